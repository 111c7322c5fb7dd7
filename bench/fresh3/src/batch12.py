"""fresh3 batch 12: German mail, November 2025 (caseworkers, tenants, landlords, press, politics, machine mail)."""
from mailwriter import T, L, I, S, A, bounce_builder, mdn_builder


def H(m, html):
    m.html_source = html
    return m


GENO_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
td{font-family:"Calibri",sans-serif;font-size:10.5pt;border:1px solid #bfbfbf;padding:4px 8px;}--></style></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">wie im Kooperationsgespr&auml;ch im September vereinbart, melden wir Ihnen die Wohnungen,
die in den kommenden Wochen frei werden und f&uuml;r Haushalte aus Ihrem Programm in Frage kommen:</p>
<p class="MsoNormal">&nbsp;</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;">
<tr><td><b>Lage</b></td><td><b>Zimmer</b></td><td><b>Fl&auml;che</b></td><td><b>Nettokalt</b></td><td><b>NK-Voraus.</b></td><td><b>frei ab</b></td><td><b>WBS</b></td></tr>
<tr><td>Gronau, 1. OG</td><td>2</td><td>57 m&sup2;</td><td>548,00 &euro;</td><td>185,00 &euro;</td><td>01.12.2025</td><td>ja</td></tr>
<tr><td>Heidkamp, EG</td><td>3</td><td>72 m&sup2;</td><td>689,00 &euro;</td><td>230,00 &euro;</td><td>01.01.2026</td><td>ja</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Bitte schlagen Sie uns bis zum <b>28.11.2025</b> jeweils einen Haushalt vor. Voraussetzung ist ein
g&uuml;ltiger Wohnberechtigungsschein; die Genossenschaftsanteile (2 x 310 &euro;) k&ouml;nnen nach unserer Erfahrung
&uuml;ber das Jobcenter finanziert werden.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en</p>
<p class="MsoNormal">Dirk Sommer</p>
<p class="MsoNormal">Vermietung / Bestandsmanagement</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:#7f7f7f;">Bergische Wohnungsgenossenschaft eG &middot; Vorstand: (vertreten durch den Vorstand) &middot;
Genossenschaftsregister Amtsgericht K&ouml;ln<br>
Diese E-Mail enth&auml;lt vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte
den Absender und l&ouml;schen Sie diese Nachricht.</span></p>
</div></body></html>
"""

VENDOR_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>WohnMatch f&uuml;r Kommunen</title></head>
<body style="margin:0;background:#eef3f7;font-family:Helvetica,Arial,sans-serif;color:#1d2b36;">
<div style="display:none;max-height:0;overflow:hidden;">Vermieterkontakte und Suchprofile an einem Ort &ndash; f&uuml;r Ihr Auszugsmanagement.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;">
<tr><td style="padding:28px 32px;background:#12616b;color:#ffffff;font-size:24px;font-weight:bold;">WohnMatch</td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:23px;">
<p>Sehr geehrtes Team des Auszugsmanagements,</p>
<p>in der Mitteilungsvorlage zu Ihrem Auszugsmanagement habe ich gelesen, dass Sie Vermieterkontakte,
Suchprofile und Unterlagen von Haushalten aus den Unterk&uuml;nften zusammenf&uuml;hren. Genau daf&uuml;r haben wir
<b>WohnMatch</b> entwickelt &ndash; eine Plattform, die bereits in mehreren Kommunen im Einsatz ist:</p>
<ul>
<li>Digitale Suchprofile mit Dokumentenmappe (SCHUFA, WBS, Bescheide)</li>
<li>Vermieterportal mit Angebotsformular und automatischem Abgleich</li>
<li>Auswertungen f&uuml;r Ausschuss und F&ouml;rdermittelgeber auf Knopfdruck</li>
</ul>
<p>Testen Sie WohnMatch <b>30 Tage kostenlos</b> &ndash; ohne Vertragsbindung.</p>
<p style="text-align:center;margin:28px 0;"><a href="https://wohnmatch.example.com/kommunen/demo?utm_source=mail&amp;utm_campaign=kommunen-nov"
style="background:#f2a541;color:#1d2b36;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">Demo vereinbaren</a></p>
<p>Gern stelle ich Ihnen WohnMatch in 30 Minuten per Video vor. Sie erreichen mich auch direkt unter 0221 5550 1872.</p>
<p>Viele Gr&uuml;&szlig;e<br>Jana Ro&szlig;bach<br>Kundenberatung &ouml;ffentlicher Sektor</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6b7c88;">WohnMatch GmbH &middot; K&ouml;ln &middot; Gesch&auml;ftsf&uuml;hrung: siehe Impressum &middot;
<a href="https://wohnmatch.example.com/impressum" style="color:#6b7c88;">Impressum</a></td></tr>
</table></td></tr></table>
</body></html>
"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Newsletter 11/2025</title></head>
<body style="font-family:Georgia,serif;background:#fafafa;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="18" cellspacing="0" style="background:#ffffff;border-top:6px solid #8a2d3b;">
<tr><td><span style="font-size:12px;color:#999;">Newsletter 11/2025</span><br>
<span style="font-size:22px;color:#8a2d3b;">Netzwerk Wohnen &amp; Teilhabe NRW</span></td></tr>
<tr><td style="font-size:15px;line-height:22px;">
<h3>1. F&ouml;rderaufruf 2026 ver&ouml;ffentlicht</h3>
<p>Kommunen und freie Tr&auml;ger k&ouml;nnen ab sofort Projekte zur Wohnraumvermittlung einreichen. Frist: 31.01.2026.</p>
<h3>2. Fachtag &bdquo;Vermieter gewinnen&ldquo; am 22. Januar</h3>
<p>Mit Praxisbeispielen aus drei Kommunen und einem Workshop zu Mietausfallgarantien. Anmeldung bis 15.12.</p>
<h3>3. Neue Arbeitshilfe: Angemessenheit der Kosten der Unterkunft</h3>
<p>Die aktualisierte Arbeitshilfe steht zum Download bereit.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;border-top:1px solid #eee;">Sie erhalten diesen Newsletter, weil Sie sich
eingetragen haben. <a href="https://netzwerk-wohnen.example.org/newsletter/abmelden?id=4471">Abmelden</a> |
<a href="https://netzwerk-wohnen.example.org/impressum">Impressum</a></td></tr>
</table></td></tr></table></body></html>
"""

BOUNCE_HUMAN = (
    "Dies ist eine automatisch erstellte Nachricht des Mailsystems auf mailout.example.net.\r\n"
    "\r\n"
    "Ihre Nachricht konnte an einen oder mehrere Empfaenger nicht zugestellt werden.\r\n"
    "Die Nachricht wurde dauerhaft abgewiesen. Bitte pruefen Sie die Adresse.\r\n"
    "\r\n"
    "This is the mail system at host mailout.example.net. Your message could not be\r\n"
    "delivered to one or more recipients.\r\n"
    "\r\n"
    "<zarina.yusopova@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1\r\n"
    "    <zarina.yusopova@example.org>: Recipient address rejected: User unknown in\r\n"
    "    virtual mailbox table (in reply to RCPT TO command)\r\n")

MDN_HUMAN = (
    "Ihre Nachricht\r\n"
    "\r\n"
    "    An: Markus Feld\r\n"
    "    Betreff: Besichtigung Wohnung Refrath – Familie Rahimi\r\n"
    "    Gesendet: Montag, 17. November 2025 14:20:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\r\n"
    "\r\n"
    "wurde am Montag, 17. November 2025 18:02:37 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.\r\n")

MAILS = [
T("de", 1, "on_behalf", "Birgit Krämer – Jobcenter Rhein-Berg <b.kraemer@jobcenter-rb.example.org>", "Dringend: Räumungstermin 27.11.2025 – Familie Noori",
"""Sehr geehrte Damen und Herren,

ich betreue als Integrationsfachkraft Herrn Qasim Noori, der mit seiner Ehefrau und zwei
Kindern (3 und 6 Jahre) in einer Mietwohnung in Bergisch Gladbach-Heidkamp lebt.

Herr Noori hat mir heute das Schreiben des Gerichtsvollziehers vorgelegt: Die Räumung ist
für Donnerstag, 27.11.2025, 9:00 Uhr angesetzt. Hintergrund sind Mietrückstände aus der Zeit
vor dem Leistungsbezug. Eine Übernahme der Rückstände nach § 22 Abs. 8 SGB II prüfen wir
parallel, der Vermieter hat aber bereits signalisiert, an der Räumung festhalten zu wollen.

Die Familie war bis 2023 in einer städtischen Unterkunft untergebracht und ist über Ihr
Programm in die jetzige Wohnung gezogen. Ich wäre Ihnen sehr dankbar, wenn Sie kurzfristig
prüfen könnten, welche Unterstützung möglich ist (Unterbringung, Wohnungssuche). Die
Schweigepflichtentbindung liegt bei.

Für Rückfragen bin ich heute bis 16 Uhr und morgen ab 8 Uhr erreichbar.

Mit freundlichen Grüßen
Birgit Krämer
Integrationsfachkraft
Jobcenter Rhein-Berg, Standort Bergisch Gladbach
Tel. 02202 9870-341

Diese Nachricht kann vertrauliche Sozialdaten enthalten. Sollten Sie nicht der vorgesehene
Empfänger sein, informieren Sie bitte den Absender und löschen Sie die Nachricht.""",
  html="alt", cc="Team Leistung 2 <leistung2@jobcenter-rb.example.org>",
  attach=["Schweigepflichtentbindung_Noori.pdf"], date="2025-11-20 11:38"),

T("de", 0, "broken", "Ahmad Rahimi <ahmad.rahimi@example.net>", "wohnung suchen",
"""Hallo

ich heise Ahmad Rahimi ich komme aus Afghanistan. Ich wohne mit meine Familie 6 Person in
Heim Gronau seit 2022. Wir suchen Wohnung 4 Zimmer. Ich habe Arbeit bei Paketdienst
Vollzeit. Bitte helfen Sie uns. Ich war schon viel Besichtigung aber immer Absage.

Danke
Ahmad""", date="2025-11-03 19:22"),

T("de", 0, "on_behalf", "Ursula Brandt <u.brandt@example.org>", "Familie Tesfaye – Wohnung gefunden, Fragen zur KdU",
"""Liebes Team,

ich begleite seit gut einem Jahr ehrenamtlich die Familie Tesfaye (Eltern und drei Kinder)
aus Eritrea, die derzeit noch in der Unterkunft in Moitzfeld lebt. Große Freude: Über eine
Bekannte aus meinem Chor haben wir eine 4-Zimmer-Wohnung in Herkenrath gefunden, 89 m²,
890 € kalt, 240 € Nebenkosten. Die Vermieterin wäre einverstanden.

Jetzt meine Fragen:
1. Liegt das noch in dem Rahmen, den das Jobcenter für 5 Personen übernimmt? Im Netz finde
   ich widersprüchliche Zahlen.
2. Wer stellt den Antrag auf Zusicherung – die Familie selbst, oder können Sie unterstützen?
3. Die Vermieterin möchte gern vorher einmal mit jemandem von der Stadt sprechen. Ginge das?

Herr Tesfaye hat unterschrieben, dass ich mich in seinem Namen an Sie wenden darf
(Vollmacht hängt an).

Herzliche Grüße
Ursula Brandt""", attach=["Vollmacht_Tesfaye.pdf"], date="2025-11-10 20:05"),

T("de", 0, "on_behalf", "Julia Neumann – Schulsozialarbeit <j.neumann@ggs-ampark.example.org>", "Anfrage zu einer Familie unserer Schule",
"""Sehr geehrte Damen und Herren,

ich bin Schulsozialarbeiterin an einer Grundschule in Bergisch Gladbach. Eine Schülerin der
3. Klasse lebt mit ihrer Familie (Familie Haidari, 2 Erwachsene, 4 Kinder) in einem einzigen
Zimmer einer Unterkunft. Die Klassenlehrerin berichtet, dass das Mädchen oft übermüdet ist
und keinen Platz für Hausaufgaben hat.

Die Eltern haben mir erlaubt, mich an Sie zu wenden. Sie suchen seit längerem eine Wohnung,
kennen sich mit dem Wohnungsmarkt aber kaum aus. Wäre ein Beratungstermin möglich? Ich würde
die Mutter gern begleiten; sie spricht Dari und etwas Deutsch.

Mit freundlichen Grüßen
Julia Neumann
Schulsozialarbeit
GGS Am Park""", date="2025-11-12 13:48"),

T("de", 0, "machine_translated", "Maryam Ahmadi <maryam.ahmadi@example.com>", "Anfrage zur Hilfe bei der Wohnungssuche",
"""Hallo, ich hoffe, es geht Ihnen gut und Sie sind gesund.

Ich bin Maryam Ahmadi und lebe seit zwei Jahren mit meinen beiden Töchtern im Wohnheim im
Bezirk Hand. Ich möchte Sie höflich bitten, mir bei der Suche nach einer Wohnung zu helfen.
Meine Töchter sind 15 und 17 Jahre alt und sie brauchen eine ruhige Umgebung, um für die
Schule zu lernen, weil im Wohnheim ist es jeden Nacht laut.

Ich habe an Ihrem Kurs des Wohnungsführerscheins teilgenommen und habe das Zertifikat. Ich
arbeite als Reinigungskraft in Teilzeit.

Ich danke Ihnen im Voraus für Ihre Freundlichkeit und Ihre Mühe. Möge Gott Sie beschützen.

Mit freundlichen Grüßen
Maryam Ahmadi""", date="2025-11-16 22:31"),

T("de", 0, "reply", "Abdi Warsame <abdi.warsame@example.net>", "AW: Unterlagen Wohnungsbewerbung",
"""Hallo Frau Vogel,
anbei die Unterlagen. Die SCHUFA kommt nächste Woche.
Gruß Abdi Warsame

Gesendet von Outlook für Android

________________________________
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, November 18, 2025 9:47:12 AM
An: abdi.warsame@example.net <abdi.warsame@example.net>
Betreff: Unterlagen Wohnungsbewerbung

Hallo Herr Warsame,
für die Bewerbung bei der Genossenschaft brauchen wir noch Ihre Gehaltsnachweise und die
SCHUFA-Auskunft.
Viele Grüße
Sandra Vogel""", attach=["Gehalt_Sept.pdf", "Gehalt_Okt.pdf"], date="2025-11-19 06:52"),

H(L("de", 0, "html_only", "Dirk Sommer – Bergische Wohnungsgenossenschaft eG <d.sommer@bergische-wg.example.com>",
  "Freie Wohnungen Dezember/Januar – Kooperation Auszugsmanagement",
"""Sehr geehrte Damen und Herren, wie im Kooperationsgespräch im September vereinbart, melden wir
Ihnen die Wohnungen, die in den kommenden Wochen frei werden: Gronau, 2 Zimmer, 57 m², 548 €,
frei ab 01.12.2025; Heidkamp, 3 Zimmer, 72 m², 689 €, frei ab 01.01.2026. WBS erforderlich.
Bitte schlagen Sie uns bis zum 28.11.2025 jeweils einen Haushalt vor. Dirk Sommer""",
  html="only", date="2025-11-11 09:14"), GENO_HTML),

L("de", 0, "clean", "Hildegard Schumacher <h.schumacher@example.net>", "Einliegerwohnung – bin noch unsicher",
"""Guten Tag,

in der Zeitung habe ich gelesen, dass die Stadt Vermieter sucht für Menschen aus den
Unterkünften. Seit mein Mann gestorben ist, steht bei mir in Moitzfeld die Einliegerwohnung
im Souterrain leer (ca. 45 m², 1,5 Zimmer, eigene Küche und Bad).

Ich bin 81 Jahre alt und ganz ehrlich etwas unsicher. Was passiert, wenn die Miete nicht
kommt? Und wer ist mein Ansprechpartner, wenn es Probleme gibt, z. B. mit der Heizung oder
mit Lärm? Ich kann ja nicht ständig hinterhertelefonieren.

Könnte vielleicht jemand von Ihnen einmal vorbeikommen? Ich bin fast immer zu Hause. Meine
Tochter (Tel. 0171 4420 339) kann auch dazukommen.

Mit freundlichen Grüßen
Hildegard Schumacher""", charset="iso-8859-1", date="2025-11-05 10:17"),

L("de", 0, "reply", "Markus Feld <m.feld@example.com>", "AW: Besichtigung Wohnung Refrath – Familie Rahimi",
"""Hallo Herr Berger,

die Familie war heute da, sehr sympathisch, und die Kinder haben sich gleich ihre Zimmer
ausgesucht :-) Meine Frau und ich würden gern an sie vermieten.

Wie geht es jetzt weiter? Schicken Sie mir die Unterlagen fürs Jobcenter, oder soll ich den
Mietvertrag schon fertig machen? Wir hatten an den 1.1. gedacht.

Beste Grüße
Markus Feld

Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 17. November 2025 14:20
An: Markus Feld <m.feld@example.com>
Betreff: Besichtigung Wohnung Refrath – Familie Rahimi

Sehr geehrter Herr Feld,

vielen Dank für Ihr Angebot. Familie Rahimi würde die Wohnung gern am Mittwoch, 19.11., um
17 Uhr besichtigen. Ich begleite den Termin.

Mit freundlichen Grüßen
Timo Berger""", html="alt", date="2025-11-19 19:46"),

L("de", 0, "formal", "Sabine Otten – Hausverwaltung Lenz & Partner <s.otten@hv-lenz.example.com>", "Mietverhältnis Gronau, Whg. 3 – Mietrückstand Herr Ghebre",
"""Sehr geehrte Damen und Herren,

in unserem verwalteten Objekt in Bergisch Gladbach-Gronau wurde im Juni 2025 über Ihr
Programm die Wohnung Nr. 3 an Herrn Yonas Ghebre vermietet. Für die Monate Oktober und
November 2025 ist bislang keine Mietzahlung eingegangen (Rückstand: 1.412,00 €). Auf zwei
Schreiben hat der Mieter nicht reagiert.

Da uns Ihre Stelle seinerzeit als Ansprechpartner benannt wurde, bitten wir um Unterstützung
bei der Klärung, bevor wir weitere Schritte einleiten. Möglicherweise handelt es sich um ein
Problem mit der Direktzahlung durch das Jobcenter.

Mit freundlichen Grüßen

i. A. Sabine Otten
Mietenbuchhaltung
Hausverwaltung Lenz & Partner GmbH
Tel. 02202 10 66 20

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""",
  html="alt", date="2025-11-14 14:09"),

L("de", 0, "clean", "Thomas Reuter <verwaltung@st-matthias-bg.example.org>", "Ehemalige Küsterwohnung – Angebot der Kirchengemeinde",
"""Sehr geehrte Damen und Herren,

der Kirchenvorstand unserer Gemeinde hat in seiner letzten Sitzung beschlossen, die seit dem
Sommer leerstehende ehemalige Küsterwohnung neben dem Pfarrheim (3 Zimmer, ca. 70 m²,
Baujahr 1965, Gasetagenheizung) einer geflüchteten Familie zur Verfügung zu stellen. Die
Miete soll sich an den Angemessenheitsgrenzen des Jobcenters orientieren.

Wir würden gern mit Ihnen besprechen, wie die Auswahl einer Familie abläuft und ob Sie uns
bei der Vertragsgestaltung unterstützen. Einige Gemeindemitglieder haben außerdem angeboten,
beim Einzug und in der ersten Zeit zu helfen.

Über einen Terminvorschlag würde ich mich freuen.

Mit freundlichen Grüßen
Thomas Reuter
Verwaltungsleitung
Kath. Kirchengemeinde St. Matthias am Bach""", date="2025-11-18 11:26"),

I("de", 0, "formal", "Lisa Hartmann <l.hartmann@bergischer-anzeiger.example.net>", "Presseanfrage: Auszugsmanagement – Zahlen 2025",
"""Sehr geehrte Damen und Herren,

für einen Artikel über die Wohnungssituation von Geflüchteten in Bergisch Gladbach bitte ich
um folgende Informationen:

– Wie viele Menschen leben aktuell in städtischen Unterkünften?
– Wie viele konnten 2025 mit Unterstützung des Auszugsmanagements in eine eigene Wohnung ziehen?
– Wie viele Vermieterinnen und Vermieter haben sich in diesem Jahr bei Ihnen gemeldet?
– Gibt es jemanden, mit dem ich kurz sprechen könnte, eventuell auch eine Familie, die
  erfolgreich umgezogen ist und darüber berichten möchte?

Redaktionsschluss ist Freitag, 28.11. Ich freue mich über Ihre Rückmeldung.

Viele Grüße
Lisa Hartmann
Lokalredaktion Bergischer Anzeiger""", date="2025-11-21 10:03"),

I("de", 0, "formal", "Dr. Frank Weller <frank.weller@ratsfraktion.example.org>", "Anfrage zur Sitzung des Sozialausschusses am 4.12.",
"""Sehr geehrte Damen und Herren,

im Hinblick auf die kommende Sitzung des Ausschusses für Soziales, Wohnungswesen, Demografie
und Gleichstellung bitte ich – vorab und informell – um einige Auskünfte:

1. Wie lange leben Haushalte, die das Auszugsmanagement begleitet, im Durchschnitt in den
   städtischen Unterkünften, bevor ein Umzug gelingt?
2. Wie viele Haushalte stehen derzeit auf Ihrer Liste?
3. Gibt es Erkenntnisse dazu, welche Kosten der Stadt durch einen gelungenen Auszug
   im Vergleich zur weiteren Unterbringung erspart bleiben?

Sollte eine förmliche Anfrage über das Ratsbüro sinnvoller sein, lassen Sie es mich wissen.

Mit freundlichen Grüßen
Dr. Frank Weller
Mitglied des Rates""", date="2025-11-13 17:54"),

I("de", 0, "clean", "Jonas Becker <jonas.becker@stud.example.org>", "Bitte um Weiterleitung einer kurzen Umfrage an Vermieter",
"""Hallo zusammen,

ich schreibe gerade meine Bachelorarbeit in Geographie an der Uni Köln zum Thema
"Zugang zum Mietwohnungsmarkt für Geflüchtete im Kölner Umland". Teil der Arbeit ist eine
kurze Online-Umfrage unter privaten Vermieterinnen und Vermietern (ca. 8 Minuten, anonym).

Wäre es möglich, den Link an die Vermieter in Ihrem Netzwerk weiterzugeben? Gern schicke ich
Ihnen vorher den Fragebogen als PDF und die Bestätigung meines Betreuers.

Link: https://umfrage.stud.example.org/s/vermieter-2025

Vielen Dank und viele Grüße
Jonas Becker""", date="2025-11-07 15:40"),

H(I("de", 0, "html_only", "Jana Roßbach | WohnMatch <j.rossbach@wohnmatch.example.com>", "Digitale Wohnraumvermittlung für Kommunen – 30 Tage kostenlos testen",
"""Sehr geehrtes Team des Auszugsmanagements, WohnMatch bündelt Suchprofile, Vermieterportal und
Auswertungen in einer Plattform. Testen Sie WohnMatch 30 Tage kostenlos. Jana Roßbach""",
  html="only",
  date="2025-11-25 08:30"), VENDOR_HTML),

I("de", 0, "formal", "Melanie Kurz <m.kurz@roesrath-integration.example.org>", "Kollegialer Austausch Auszugsmanagement",
"""Liebe Kolleginnen und Kollegen,

wir bauen in Rösrath gerade ein ähnliches Angebot zum Auszugsmanagement auf und haben gehört,
dass Ihre Workshops gut angenommen werden. Hätten Sie Interesse an einem kollegialen
Austausch, gern im Dezember, digital oder bei Ihnen vor Ort?

Besonders interessiert uns, wie Sie die Teilnahmebestätigungen gestalten und wie Sie
Vermieterinnen und Vermieter ansprechen.

Viele Grüße aus der Nachbarschaft
Melanie Kurz
Fachdienst Integration""", date="2025-11-26 09:12"),

A("de", 0, "other", "Mail Delivery System <MAILER-DAEMON@mailout.example.net>", "Unzustellbar: Ihre Anfrage – Beratungstermin",
  BOUNCE_HUMAN,
  raw=bounce_builder("zarina.yusopova@example.org", "Ihre Anfrage – Beratungstermin", "5.1.1",
                     "smtp; 550 5.1.1 <zarina.yusopova@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
                     "mailout.example.net", BOUNCE_HUMAN, orig_date="Mon, 24 Nov 2025 10:12:44 +0100"),
  headers={"Auto-Submitted": "auto-replied"}, date="2025-11-24 10:12"),

A("de", 0, "html_only", "Netzwerk Wohnen & Teilhabe NRW <newsletter@netzwerk-wohnen.example.org>", "Newsletter 11/2025: Förderaufruf, Fachtag „Vermieter gewinnen“, Arbeitshilfe KdU",
"""Netzwerk Wohnen & Teilhabe NRW – Newsletter 11/2025

1. Förderaufruf 2026 veröffentlicht
Kommunen und freie Träger können ab sofort Projekte zur Wohnraumvermittlung einreichen.
Frist: 31.01.2026.

2. Fachtag "Vermieter gewinnen" am 22. Januar
Mit Praxisbeispielen aus drei Kommunen und einem Workshop zu Mietausfallgarantien.
Anmeldung bis 15.12.

3. Neue Arbeitshilfe: Angemessenheit der Kosten der Unterkunft
Die aktualisierte Arbeitshilfe steht zum Download bereit.

Abmelden: https://netzwerk-wohnen.example.org/newsletter/abmelden?id=4471""",
  html="alt", headers={"List-Id": "Newsletter <newsletter.netzwerk-wohnen.example.org>",
                       "List-Unsubscribe": "<https://netzwerk-wohnen.example.org/newsletter/abmelden?id=4471>",
                       "Precedence": "bulk"},
  date="2025-11-27 07:00"),

A("de", 0, "other", "Rheinberg Wohnbau <noreply@rb-wohnbau.example.com>", "Ihre Anfrage Nr. 2025-11-04417 ist eingegangen",
"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Anfrage über unser Mietinteressenten-Portal. Ihre Anfrage wurde unter
der Nummer 2025-11-04417 registriert.

Objekt: 2-Zimmer-Wohnung, Bergisch Gladbach-Gronau, Whg.-Nr. 0412-07
Kontakt: Integration Wohnen

Aufgrund der hohen Nachfrage können wir nicht jede Anfrage einzeln beantworten. Passt Ihr
Profil zu der Wohnung, melden wir uns innerhalb von 14 Tagen bei Ihnen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.

Rheinberg Wohnbau GmbH | Vermietungsservice""",
  headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
  date="2025-11-21 14:47"),

A("de", 0, "other", "Markus Feld <m.feld@example.com>", "Gelesen: Besichtigung Wohnung Refrath – Familie Rahimi",
  MDN_HUMAN,
  raw=mdn_builder(MDN_HUMAN, "Microsoft Outlook 16.0", "m.feld@example.com",
                  "<DB9PR04MB8412C3F0A1E27B5D9E4C11A7B3212@stadt-gl.de>"),
  date="2025-11-17 18:02"),
]
