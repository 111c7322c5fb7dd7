"""de2 batch 04: spam (phishing as bank, parcel service and Microsoft 365, SEO, loans, rental scams asking for a
deposit abroad, property-purchase spam, CEO fraud, several written to look personal)."""
from mailwriter import S


def with_html(mail, source):
    """Give a mail its own HTML instead of the writer's generated one."""
    mail.html_source = source
    return mail


MAILS = [
with_html(S("de", 0, "html_only", "Volksbank Online-Service <service@vb-secure-freigabe.example.net>", "SecureGo plus: Ihre Freigabe-App wird am 28.02. deaktiviert",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

im Rahmen der Umstellung auf das neue Sicherheitsverfahren müssen alle registrierten Geräte bis zum 28.02. erneut bestätigt werden. Nicht bestätigte Geräte werden automatisch deaktiviert; Überweisungen sind dann nicht mehr möglich.

Jetzt Gerät bestätigen

Die Bestätigung dauert weniger als 2 Minuten. Halten Sie Ihre Zugangsdaten bereit.

Mit freundlichen Grüßen
Ihre Volksbank
Dies ist eine automatisch erstellte Nachricht.""", html="alt"),
"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff"><tr><td style="background:#0066b3;padding:18px;color:#fff;font-size:20px"><b>Volksbank</b> Online-Service</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>im Rahmen der Umstellung auf das neue Sicherheitsverfahren m&uuml;ssen alle registrierten Ger&auml;te bis zum <b>28.02.</b> erneut best&auml;tigt werden. Nicht best&auml;tigte Ger&auml;te werden automatisch deaktiviert; &Uuml;berweisungen sind dann nicht mehr m&ouml;glich.</p>
<p style="text-align:center"><a href="https://vb-secure-freigabe.example.net/geraet/bestaetigen?id=8812" style="background:#ff6600;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px">Jetzt Ger&auml;t best&auml;tigen</a></p>
<p>Die Best&auml;tigung dauert weniger als 2 Minuten. Halten Sie Ihre Zugangsdaten bereit.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Volksbank</p>
<p style="font-size:11px;color:#999">Dies ist eine automatisch erstellte Nachricht.</p>
</td></tr></table></td></tr></table></body></html>
"""),

S("de", 0, "oneliner", "GLS Zustellservice <info@gls-zustellung-de.example.org>", "Zustellung fehlgeschlagen",
"""GLS: Ihr Paket 7731-0042 konnte heute nicht zugestellt werden (Hausnummer fehlt). Bitte Adresse bestätigen und 1,95 € Neuzustellgebühr zahlen: https://gls-zustellung-de.example.org/p/77310042"""),

with_html(S("de", 0, "html_only", "Microsoft 365 Admin Center <quarantine@m365-mailschutz.example.com>", "14 eingehende Nachrichten wurden zurückgehalten – Postfachspeicher voll",
"""Microsoft 365

Ihr Postfach integration-wohnen@stadt-gl.de hat das Speicherkontingent überschritten (49,9 GB von 50 GB).

14 eingehende Nachrichten wurden in die Quarantäne verschoben und werden in 72 Stunden gelöscht.

Nachrichten freigeben und Speicher erweitern

© Microsoft Corporation. Alle Rechte vorbehalten.""", html="only"),
"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#201f1e">
<div style="max-width:560px;margin:auto;border:1px solid #e1dfdd;padding:24px">
<div style="font-size:22px;color:#0078d4;margin-bottom:18px">Microsoft 365</div>
<p>Ihr Postfach <b>integration-wohnen@stadt-gl.de</b> hat das Speicherkontingent &uuml;berschritten (49,9 GB von 50 GB).</p>
<p><b>14 eingehende Nachrichten</b> wurden in die Quarant&auml;ne verschoben und werden in 72 Stunden gel&ouml;scht.</p>
<table style="font-size:13px;border-collapse:collapse;width:100%">
<tr><td style="padding:4px;border-bottom:1px solid #eee">Jobcenter Rhein-Berg</td><td style="padding:4px;border-bottom:1px solid #eee">Zusicherung Mietangebot</td></tr>
<tr><td style="padding:4px;border-bottom:1px solid #eee">Wohnbau eG</td><td style="padding:4px;border-bottom:1px solid #eee">Freie Wohnungen</td></tr>
<tr><td style="padding:4px">+ 12 weitere</td><td></td></tr></table>
<p style="margin:26px 0"><a href="https://m365-mailschutz.example.com/quarantine/release?u=integration-wohnen" style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none">Nachrichten freigeben und Speicher erweitern</a></p>
<p style="font-size:11px;color:#605e5c">&copy; Microsoft Corporation. Alle Rechte vorbehalten.</p>
</div></body></html>
"""),

S("de", 0, "hard_case", "Laura Weingartner <laura.weingartner@content-partner.example.com>", "Kurze Frage zu Ihrem Artikel über Wohnworkshops",
"""Hallo liebes Team,

ich habe gerade Ihren Beitrag über die Wohnworkshops gelesen – wirklich toll, wie Sie das Thema angehen!

Ich bin Content-Managerin und arbeite mit verschiedenen Ratgeber-Portalen zusammen. Wir würden gern einen hochwertigen Gastartikel (ca. 800 Wörter, Thema z. B. „10 Tipps für die erste eigene Wohnung“) auf Ihrer Webseite veröffentlichen. Im Text wäre lediglich ein thematisch passender Link zu einem unserer Partner enthalten.

Für die Veröffentlichung zahlen wir eine Aufwandsentschädigung von 180 € (per PayPal oder Überweisung). Der Link sollte dauerhaft und dofollow sein.

Wäre das für Sie interessant? Ich freue mich auf Ihre Antwort!

Liebe Grüße
Laura"""),

S("de", 0, "hard_case", "KautionsKredit Sofort <angebot@kautionskredit-sofort.example.net>", "Kaution für die neue Wohnung? Kredit auch bei Jobcenter-Bezug – ohne Schufa",
"""Neue Wohnung gefunden, aber die Kaution fehlt?

✔ Bis zu 5.000 € Sofortkredit – auch bei Bürgergeld / Jobcenter
✔ Ohne Schufa-Abfrage, ohne Arbeitgeber
✔ Auszahlung in 24 Stunden
✔ Für Geflüchtete mit Aufenthaltserlaubnis – wir sprechen Arabisch, Ukrainisch, Farsi

Einfach Antrag ausfüllen, Kopie vom Ausweis und Bearbeitungsgebühr von 89 € per Paysafecard einreichen – fertig!

Geben Sie diese Information gern an Ihre Klienten weiter. Für jede Vermittlung erhalten Sie 50 € Provision.

Jetzt beantragen: https://kautionskredit-sofort.example.net/antrag"""),

S("de", 0, "hard_case", "Dr. Heinrich Vollmer <dr.heinrich.vollmer@example.com>", "Meine Wohnung in Bensberg für eine Familie – bitte vertraulich",
"""Sehr geehrte Frau Demirci,

eine Bekannte aus der Kirchengemeinde hat mir Ihren Namen gegeben. Ich bin Arzt und arbeite seit letztem Jahr für eine Hilfsorganisation in Kamerun. Meine Wohnung in Bensberg (3 Zimmer, 78 m², Balkon, komplett möbliert) steht leer, und ich möchte sie gern einer geflüchteten Familie geben. Miete nur 420 € warm, weil mir Geld nicht wichtig ist.

Da ich nicht vor Ort bin, habe ich alles mit meinem Anwalt in London vorbereitet. Die Familie muss nur die erste Monatsmiete und die Kaution (insgesamt 1.260 €) per Western Union an meinen Anwalt, Mr. James Whitfield, schicken. Danach sendet er den unterschriebenen Mietvertrag und die Schlüssel per DHL Express. Das ist für beide Seiten sicher.

Bitte nennen Sie mir eine Familie, die schnell einziehen kann. Es gibt viele Interessenten, aber ich möchte wirklich Menschen helfen, die es brauchen.

Gott segne Ihre Arbeit
Dr. Heinrich Vollmer"""),

S("de", 0, "broken", "Sabine Lorenz <sabine.lorenz.vermietung@example.org>", "Wohnung frei Gronau für Ihre Kunden – Zahlung über Treuhand",
"""Hallo,

ich habe Ihre Adresse im Internet gefunden das Sie helfen Flüchtlinge bei Wohnung. Ich habe eine Wohnung in Bergisch Gladbach Gronau 2 Zimmer 60 m2 nur 350 Euro warm inkl. Internet. Ich bin umgezogen nach Zypern wegen Arbeit meines Mannes.

Besichtigung leider nicht möglich, aber ich schicke viele Fotos. Kaution 700 Euro bitte überweisen auf Treuhandkonto in Zypern (IBAN CY00 0000 0000 0000 0000 0000 0000), dann Schlüssel kommt mit Kurier in 2 Tage. Wenn Wohnung nicht gefällt Geld komplett zurück, garantiert.

Bitte schicken Sie mir Namen und Telefon von Familie und Kopie Pass.

LG Sabine"""),

with_html(S("de", 0, "html_only", "Pflegeimmobilien Invest <beratung@pflege-invest-rendite.example.com>", "4,8 % Rendite mit staatlich gesicherter Pflegeimmobilie – ab 0 € Eigenkapital",
"""Sicher investieren – in die Pflege von morgen

Ihre Vorteile:
- 4,8 % Mietrendite, garantiert über 20 Jahre
- Mietzahlung abgesichert durch Sozialhilfeträger
- Grundbuchlich gesichertes Eigentum
- Ab 0 € Eigenkapital, Finanzierung inklusive

Nur noch 3 Apartments verfügbar!

Jetzt kostenloses Exposé anfordern

Sie erhalten diese E-Mail als Entscheider im öffentlichen Dienst.""", html="only"),
"""<html><body style="font-family:Georgia,serif;background:#faf7f2">
<div style="max-width:620px;margin:auto;background:#fff;padding:30px">
<h1 style="color:#2c4a3e;font-weight:normal">Sicher investieren &ndash; in die Pflege von morgen</h1>
<p>Ihre Vorteile:</p>
<ul><li><b>4,8 % Mietrendite</b>, garantiert &uuml;ber 20 Jahre</li>
<li>Mietzahlung abgesichert durch Sozialhilfetr&auml;ger</li>
<li>Grundbuchlich gesichertes Eigentum</li>
<li>Ab <b>0 &euro; Eigenkapital</b>, Finanzierung inklusive</li></ul>
<p style="color:#c0392b;font-weight:bold">Nur noch 3 Apartments verf&uuml;gbar!</p>
<p><a href="https://pflege-invest-rendite.example.com/expose?src=kommune" style="background:#2c4a3e;color:#fff;padding:12px 24px;text-decoration:none">Jetzt kostenloses Expos&eacute; anfordern</a></p>
<p style="font-size:10px;color:#aaa">Sie erhalten diese E-Mail als Entscheider im &ouml;ffentlichen Dienst.</p>
</div></body></html>
"""),

S("de", 0, "clean", "Haus-Sofortankauf Rheinland <ankauf@haus-sofortankauf.example.net>", "Wir kaufen Ihre Immobilie in Bergisch Gladbach – Barzahlung in 48 Stunden",
"""Sehr geehrte Eigentümerin, sehr geehrter Eigentümer,

Sie besitzen ein Haus oder eine Wohnung in Bergisch Gladbach? Wir kaufen Immobilien in jedem Zustand – auch vermietet, sanierungsbedürftig, mit Erbengemeinschaft oder Schulden.

• Kostenlose Bewertung innerhalb von 24 Stunden
• Kaufpreis bar oder per Überweisung innerhalb von 48 Stunden
• Keine Maklerprovision, keine Besichtigungstouristen
• Notartermin übernehmen wir

Antworten Sie einfach mit Ihrer Adresse und Telefonnummer – wir melden uns noch heute.

Ihr Ankaufteam Rheinland

Wenn Sie keine weiteren Angebote wünschen, antworten Sie mit STOP."""),

S("de", 0, "hard_case", "Katja Berends <katja.berends.mail@example.org>", "Erinnern Sie sich an mich? Fachtag Köln",
"""Hallo Frau Becker,

ich hoffe, Sie erinnern sich noch an mich – wir saßen beim Fachtag in Köln im Workshop „Wohnraumakquise“ nebeneinander und haben in der Pause über die Mieten in Gladbach gestöhnt 🙂

Ich wollte Ihnen eigentlich nur kurz erzählen, was sich bei mir seitdem getan hat: Mein Schwager hat mir eine Plattform gezeigt, auf der eine KI automatisch mit Kryptowährungen handelt. Ich war extrem skeptisch, habe mit 250 € angefangen und habe inzwischen über 11.000 € auf dem Konto. Ich habe mir letzte Woche sogar die ersten 3.000 € auszahlen lassen, es funktioniert wirklich!

Wenn Sie wollen, schicke ich Ihnen meinen persönlichen Einladungslink, dann bekommen Sie einen Startbonus: https://ki-trade-einladung.example.net/r/katja88

Liebe Grüße und bis zum nächsten Fachtag
Katja"""),

S("de", 0, "other", "Frank Stein <buergermeister.buero.gl@example.net>", "Kurze Bitte",
"""Sind Sie gerade im Büro? Ich brauche kurzfristig Ihre Unterstützung bei einer vertraulichen Angelegenheit, ich sitze in einer Besprechung und kann nicht telefonieren. Bitte antworten Sie nur per Mail.

Frank Stein
Bürgermeister

Von meinem iPhone gesendet"""),

S("de", 0, "clean", "Zentrale Bußgeldstelle <anhoerung@bussgeld-zentrale-nrw.example.com>", "Anhörung im Ordnungswidrigkeitenverfahren – Az. OWi 2025/ 448193",
"""Sehr geehrte Damen und Herren,

Ihnen wird zur Last gelegt, am 14.10. um 15:42 Uhr mit dem Fahrzeug Ihrer Dienststelle die zulässige Höchstgeschwindigkeit innerorts um 21 km/h überschritten zu haben (Bergisch Gladbach, Refrather Weg).

Die Verwarnung beträgt 115,00 €. Die Unterlagen einschließlich Beweisfoto finden Sie im Anhang. Wenn Sie den Betrag innerhalb von 7 Tagen begleichen, wird das Verfahren ohne Punkteeintrag eingestellt.

Zahlung online: https://bussgeld-zentrale-nrw.example.com/zahlung

Mit freundlichen Grüßen
Zentrale Bußgeldstelle""", attach=["Anhoerung_OWi_448193.zip"]),

S("de", 0, "formal", "Rechtsanwalt Kilian Vogt (fiktiv) <kanzlei@datenschutz-abmahnung.example.com>", "Abmahnung wegen Verletzung des Persönlichkeitsrechts – Google Fonts – Mandant J. Hübner",
"""Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass uns Herr Jakob Hübner mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat.

Unser Mandant hat am 02.09. Ihre Internetseite besucht. Dabei wurde seine IP-Adresse ohne Einwilligung an Server der Google LLC in den USA übermittelt, da Ihre Seite Schriftarten („Google Fonts“) dynamisch nachlädt. Hierin liegt ein Verstoß gegen die DSGVO und eine Verletzung seines allgemeinen Persönlichkeitsrechts.

Zur außergerichtlichen Erledigung schlagen wir einen Vergleich vor: Zahlung eines Schadensersatzes von 170,00 € auf das unten genannte Konto binnen 14 Tagen. Nach fristgerechter Zahlung verzichtet unser Mandant auf weitere Ansprüche.

IBAN: DE00 0000 0000 0000 0000 00
Verwendungszweck: GF-22719

Mit freundlichen Grüßen
Vogt
Rechtsanwalt"""),

S("de", 0, "clean", "Kundenbarometer Deutschland <umfrage@kundenbarometer-gewinn.example.org>", "Ihre Meinung zählt: 50 € Einkaufsgutschein für 2 Minuten",
"""Herzlichen Glückwunsch!

Sie wurden zufällig für unsere Kundenumfrage 2026 ausgewählt. Beantworten Sie 5 kurze Fragen zu Ihrem Einkaufsverhalten und erhalten Sie als Dankeschön einen Einkaufsgutschein im Wert von 50 € – einlösbar in allen großen Supermärkten.

Das Angebot gilt nur heute und nur für die ersten 100 Teilnehmer.

Jetzt teilnehmen: https://kundenbarometer-gewinn.example.org/umfrage?id=44a1

Hinweis: Für den Versand des Gutscheins fällt eine einmalige Gebühr von 1,00 € an."""),

S("de", 0, "machine_translated", "Mr. Ibrahim Ouedraogo <ibrahim.ouedraogo.bank@example.net>", "Vertraulicher Geschäftsvorschlag von gegenseitigem Nutzen",
"""Lieber Freund,

ich bin Herr Ibrahim Ouedraogo, Direktor der Abteilung Auslandsüberweisung bei einer großen Bank in Ouagadougou, Burkina Faso. Ich schreibe Ihnen mit großem Vertrauen wegen einer Summe von 7.500.000 US-Dollar, die auf einem ruhenden Konto eines verstorbenen deutschen Kunden liegt, der bei einem Flugzeugunglück mit seiner ganzen Familie gestorben ist.

Da Sie eine Behörde für Menschen in Not sind, möchte ich Sie als Begünstigten vorstellen, damit dieses Geld nicht an die Regierung fällt. Sie bekommen 40 % für Ihre humanitäre Arbeit und ich 60 %.

Bitte senden Sie mir Ihren vollständigen Namen, Telefonnummer und eine Kopie Ihres Ausweises, um den Prozess zu beginnen. Dieses Geschäft ist 100 % risikofrei.

Mit freundlichen Grüßen
Herr Ibrahim Ouedraogo"""),
]
