# German: landlords, housing companies, agents, employers, parishes
from mailwriter import L


def H(m, src):
    m.html_source = src
    return m


MAILS = [
L("de", 0, "clean", "Gisela Reuter <gisela.reuter@example.net>", "Wohnung meiner verstorbenen Mutter",
"""Guten Tag,

nach dem Tod meiner Mutter im Sommer steht ihre Wohnung in Moitzfeld leer. Es sind 2 Zimmer, Küche, Bad, 54 m², 1. Obergeschoss, kein Aufzug. Ich dachte an eine Kaltmiete von 520 Euro, Nebenkosten etwa 160 Euro. Frei wäre sie ab dem 1. März, vorher lasse ich noch das Bad machen.

In der Zeitung habe ich gelesen, dass die Stadt Vermieter sucht, die an geflüchtete Menschen vermieten. Wie läuft das ab? Suchen Sie die Mieter aus oder ich? Meine Mutter hätte das gut gefunden.

Mit freundlichen Grüßen
Gisela Reuter
"""),

L("de", 0, "formal", "RA Dr. Henning Brauckmann <kanzlei@brauckmann-recht.example.com>", "Erbengemeinschaft Krämer – Vermietung Haus Odenthaler Straße",
"""Sehr geehrte Damen und Herren,

ich vertrete die Erbengemeinschaft nach Frau Hildegard Krämer. Zum Nachlass gehört ein Dreifamilienhaus in Bergisch Gladbach (Odenthaler Straße), dessen Erdgeschosswohnung (ca. 85 m², 4 Zimmer) seit dem Erbfall leer steht.

Die Miterben erwägen, die Wohnung über Ihr Programm an eine geflüchtete Familie zu vermieten. Vor einer Entscheidung bitten sie um Auskunft zu folgenden Punkten:

1. Übernimmt die Stadt eine Ausfallbürgschaft für Mietrückstände oder Schäden?
2. Wird die Miete bei Leistungsbezug direkt vom Jobcenter an den Vermieter gezahlt?
3. Gibt es eine feste Ansprechperson nach Einzug?

Für eine kurze schriftliche Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen

Dr. Henning Brauckmann
Rechtsanwalt

Diese Nachricht enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
""", html="alt"),

L("de", 0, "formal", "Vermietung Bergische Heimstatt <vermietung@bergische-heimstatt.example.org>", "Leerstandsmeldung KW 47 – freie Wohnungen für Ihre Klientinnen und Klienten",
"""Sehr geehrte Damen und Herren,

wie vereinbart erhalten Sie unsere aktuelle Leerstandsliste. Für Ihre Zielgruppe kommen aus unserer Sicht insbesondere in Frage:

- Am Broich 12, 2. OG links: 3 Zimmer, 68,4 m², Grundmiete 571,00 EUR, Bezug ab 01.01.
- Kaule 7, EG rechts: 2 Zimmer, 49,8 m², Grundmiete 412,00 EUR, WBS erforderlich, Bezug sofort
- Hüttenstraße 31, 3. OG: 4 Zimmer, 89,0 m², Grundmiete 744,00 EUR, Bezug ab 15.01.

Bitte senden Sie uns wie gewohnt die Selbstauskünfte der vorgeschlagenen Haushalte bis spätestens 05.12. zu.

Mit freundlichen Grüßen
i. A. Melanie Kuhlmann
Kundenbetreuung Vermietung

Bergische Heimstatt Wohnungsbau GmbH
Geschäftsführer: Dipl.-Kfm. Jürgen Hebbel | Amtsgericht Köln HRB 00000
Diese E-Mail ist ausschließlich für den Adressaten bestimmt.
""", attach=["Leerstandsliste_KW47.xlsx"]),

L("de", 0, "clean", "Wohnungsgenossenschaft Refrath eG <info@wg-refrath.example.org>", "3-Zimmer-Wohnung – Genossenschaftsanteile über Jobcenter?",
"""Guten Tag,

bei uns wird zum 1. April eine 3-Zimmer-Wohnung (72 m², 2. OG, Nutzungsgebühr 640 EUR zzgl. Betriebskosten) frei. Wir würden sie gern einer Familie aus Ihrem Programm anbieten.

Voraussetzung für die Anmietung ist der Erwerb von Genossenschaftsanteilen in Höhe von 1.500 EUR. Wissen Sie, ob das Jobcenter diese Anteile übernimmt (z. B. als Darlehen wie bei einer Kaution)? Das wäre für uns die entscheidende Frage.

Freundliche Grüße
Stefan Opladen
Vorstand
"""),

L("de", 0, "formal", "Hausverwaltung Pütz & Partner <p.huber@puetz-hv.example.com>", "Vermietung 1-Zimmer-Apartment Gladbacher Str., Bergisch Gladbach",
"""Sehr geehrte Damen und Herren,

im Auftrag der Eigentümerin vermieten wir ein möbliertes 1-Zimmer-Apartment (28 m², Kochnische, Duschbad) in zentraler Lage. Die Gesamtmiete beträgt 495,00 EUR inkl. Nebenkosten und Strom. Die Eigentümerin wünscht ausdrücklich eine Vermietung an eine Einzelperson mit geregeltem Einkommen oder Kostenübernahme durch das Jobcenter.

Für eine Besichtigung melden Sie sich bitte unter 02202 40981-23.

Mit freundlichen Grüßen
Petra Huber
Pütz & Partner Immobilienverwaltung GmbH

--------------------------------------------------------------
Pflichtangaben gem. § 35a GmbHG: Sitz Bergisch Gladbach, Registergericht Köln HRB 0000,
Geschäftsführer: Markus Pütz.
Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der beabsichtigte Empfänger sein, informieren Sie uns bitte und löschen Sie diese Nachricht.
"""),

H(L("de", 0, "html_only", "Immobilien Hambüchen <angebote@hambuechen-immo.example.com>", "Provisionsfrei für Mieter: 4-Zi.-Whg. mit Garten – für Familien",
"""Sehr geehrte Damen und Herren,

unser Kunde möchte seine 4-Zimmer-Wohnung (96 m², EG, Gartenanteil) in Bergisch Gladbach-Hand an eine Familie vermieten und steht Ihrem Programm offen gegenüber. Kaltmiete 890 EUR, NK 240 EUR. Frei ab sofort.

Bitte senden Sie uns passende Interessenten. Für Mieter provisionsfrei.

Mit freundlichen Grüßen
Thomas Hambüchen
""", html="only"),
"""<html><head><meta charset="utf-8"><title>Angebot</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#7a1c1c;color:#fff;padding:10px 14px;font-size:16px"><b>Immobilien Hambüchen</b> &middot; seit 1987</td></tr>
<tr><td style="padding:14px">
<p>Sehr geehrte Damen und Herren,</p>
<p>unser Kunde möchte seine <b>4-Zimmer-Wohnung</b> in Bergisch Gladbach-Hand an eine <b>Familie</b> vermieten und steht Ihrem Programm ausdrücklich offen gegenüber.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Wohnfläche</td><td>ca. 96 m²</td></tr>
<tr><td>Lage</td><td>Erdgeschoss, Gartenanteil</td></tr>
<tr><td>Kaltmiete</td><td>890,00 &euro;</td></tr>
<tr><td>Nebenkosten</td><td>240,00 &euro;</td></tr>
<tr><td>Verfügbar</td><td>ab sofort</td></tr>
</table>
<p>Bitte senden Sie uns passende Interessenten. <span style="color:#7a1c1c">Für Mieter provisionsfrei.</span></p>
<p>Mit freundlichen Grüßen<br>Thomas Hambüchen<br>Tel. 02204 91102-0</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:8px 14px">Immobilien Hambüchen e.K. &middot; Inhaber Thomas Hambüchen &middot; Erlaubnis nach &sect; 34c GewO</td></tr>
</table>
</body></html>
"""),

L("de", 0, "clean", "Bäckerei Krautmacher <info@baeckerei-krautmacher.example.com>", "Wohnung über der Backstube",
"""Hallo zusammen,

wir sind eine Bäckerei mit drei Filialen und suchen dringend Mitarbeiter, gern auch Menschen, die noch nicht so gut Deutsch sprechen. Über unserer Backstube in Herkenrath ist eine kleine Wohnung frei (2 Zimmer, ca. 45 m², 420 EUR warm).

Wir könnten uns vorstellen, die Wohnung an jemanden zu vermieten, der bei uns anfängt (Bäckereihelfer oder Verkauf). Ist so etwas über Sie möglich? Dann würden wir uns über einen Anruf freuen.

Beste Grüße
Ulrike Krautmacher
Bäckerei Krautmacher GmbH
"""),

L("de", 0, "formal", "Kath. Kirchengemeinde St. Laurentius <pfarrbuero@st-laurentius-gl.example.org>", "Ehemaliges Küsterhaus – Vermietung an geflüchtete Familie",
"""Sehr geehrte Damen und Herren,

der Kirchenvorstand unserer Gemeinde hat in seiner letzten Sitzung beschlossen, das ehemalige Küsterhaus neben der Kirche (Einfamilienhaus, ca. 110 m², 5 Zimmer, kleiner Garten) künftig an eine geflüchtete Familie zu vermieten. Das Haus wird derzeit renoviert und steht voraussichtlich ab Mai zur Verfügung.

Die Miete soll sich an den Richtwerten des Jobcenters orientieren. Ehrenamtliche aus unserem Flüchtlingskreis würden die Familie gern beim Ankommen begleiten.

Wir bitten um einen Gesprächstermin, um das weitere Vorgehen abzustimmen.

Mit freundlichen Grüßen
Im Auftrag des Kirchenvorstandes
Hans-Peter Weyer
stellv. Vorsitzender
"""),

L("de", 0, "hard_case", "Frank Bülow <f.buelow@example.net>", "Nur eine Frage vorab",
"""Hallo,

bevor ich mich entscheide, ob ich mitmache, eine ehrliche Frage: Wer haftet, wenn ein Mieter aus Ihrem Programm die Wohnung beschädigt oder nicht mehr zahlt? Ich habe mit einem früheren Mieter sehr schlechte Erfahrungen gemacht und will das nicht noch einmal erleben.

Gibt es eine Garantie der Stadt oder zahlt das Jobcenter die Miete direkt an mich?

Gruß
F. Bülow
"""),

L("de", 0, "clean", "Marlies Engels <marlies.engels@example.com>", "Mietrückstand Herr Ahmadi, Bensberger Str.",
"""Sehr geehrte Frau Kowalski,

Sie haben mir im letzten Jahr Herrn Jawid Ahmadi als Mieter vermittelt. Bisher lief alles gut, aber seit zwei Monaten (Oktober und November) ist keine Miete mehr eingegangen. Herr Ahmadi sagt, das Jobcenter habe die Zahlung eingestellt, weil er jetzt arbeitet, und sein erstes Gehalt komme erst im Dezember.

Ich möchte Herrn Ahmadi nicht kündigen, brauche aber eine Lösung. Können Sie mit ihm sprechen oder mir sagen, an wen ich mich wenden kann?

Mit freundlichen Grüßen
Marlies Engels
"""),

L("de", 0, "clean", "Jürgen Kettler <kettler.juergen@example.org>", "Besichtigung: Entscheidung für Familie Osman",
"""Hallo Herr Demir,

die beiden Familien, die Sie mir geschickt haben, waren am Samstag zur Besichtigung. Beide waren sehr sympathisch, ich habe mich für Familie Osman entschieden, weil die Kinder schon hier zur Schule gehen.

Wie geht es jetzt weiter? Schicke ich den Mietvertrag an die Familie oder an Sie? Und brauche ich etwas vom Jobcenter, bevor ich unterschreibe?

Bitte sagen Sie der anderen Familie freundlich ab, das ist mir unangenehm.

Viele Grüße
Jürgen Kettler
"""),

L("de", 0, "reply", "Anneliese Vogt <anneliese.vogt@example.net>", "AW: Ihr Wohnungsangebot – GL-2026-000057",
"""Guten Tag Herr Demir,

wie gewünscht hier die Fotos und der Grundriss. Die Küche bleibt drin, die Waschmaschine nehme ich mit.

Herzliche Grüße
A. Vogt

Am 14.01.2026 um 09:33 schrieb Integration Wohnen:
> Sehr geehrte Frau Vogt,
>
> vielen Dank für Ihr Angebot. Damit wir passende Mieterinnen und Mieter
> vorschlagen können, senden Sie uns bitte noch einige Fotos der Wohnung
> und, falls vorhanden, einen Grundriss.
>
> Mit freundlichen Grüßen
> Emre Demir
> Integration Wohnen / Care Management
> Stadt Bergisch Gladbach
""", date="2026-01-15 16:20", attach=["Wohnzimmer.jpg", "Kueche.jpg", "Bad.jpg", "Grundriss_EG.pdf"],
headers={"In-Reply-To": "<7b91e0.20260114093301@stadt-gl.de>", "References": "<7b91e0.20260114093301@stadt-gl.de>"}),

L("de", 0, "phone", "Kalle Wirtz <kalle.wirtz@example.com>", "whg",
"""Hallo hab ne 2 zi whg in Hand frei ab sofort 450 warm. Interesse? Bin tagsüber aufm Bau, abends anrufen 0172 9911043

Gruß Kalle

Gesendet von meinem Huawei
"""),

L("de", 0, "oneliner", "H. Berghaus <h.berghaus@example.org>", "Zimmer frei",
"""Zimmer frei für 1 Person (Frau), mit Küchenbenutzung. Bitte melden. 0171 4406612
"""),

L("de", 0, "broken", "Salvatore Russo <salvatore.russo@example.net>", "Wohnung zu vermieten",
"""Guten Tag,

ich habe eine Wohnung in Bensberg, 3 Zimmer, Küche mit alles drin, 75 qm. Ich will vermieten an Familie, keine Studenten. Miete ist 750 mit Nebenkosten. Meine Tochter hat gesagt Stadt hilft mit Mieter.

Bitte rufen Sie mich an, ich schreibe nicht gut.
0163 3319877

Salvatore Russo
"""),

L("de", 0, "clean", "Dr. Claudia Haas <claudia.haas@example.com>", "Einliegerwohnung – Fragen zu Renovierung und Ausfall",
"""Sehr geehrte Damen und Herren,

mein Mann und ich überlegen, unsere Einliegerwohnung (1,5 Zimmer, 40 m², eigener Eingang) über Ihr Programm zu vermieten. Bevor wir uns festlegen, hätten wir gern Informationen:

- Wie lange dauert es erfahrungsgemäß von der Meldung bis zum Einzug?
- Wer trägt die Kosten, wenn bei Auszug renoviert werden muss?
- Gibt es Unterstützung, falls es Verständigungsprobleme gibt?

Wir wohnen im selben Haus, daher ist uns ein gutes Miteinander wichtig.

Mit freundlichen Grüßen
Claudia Haas
"""),

L("de", 0, "forward", "Michael Lindlar <michael.lindlar@example.org>", "Fwd: Wohnung Papa",
"""Hallo,

ich schreibe im Auftrag meines Vaters, Heinz Lindlar (84). Er zieht ins Seniorenheim und möchte seine Wohnung nicht verkaufen, sondern an eine Familie vermieten, die sie wirklich braucht. Unten seine Nachricht an mich mit den Eckdaten. Er hat kein E-Mail, bitte melden Sie sich bei mir.

Gruß
Michael Lindlar
0170 2289341

---------- Weitergeleitete Nachricht ----------
Von: Heinz Lindlar (über Tablet von Ute)
An: Michael Lindlar
Betreff: Wohnung

Michael, schreib der Stadt: 3 Zimmer, 79 qm, Balkon, Keller, Garage kann dazu. 650 kalt reicht mir. Ab 1. Juli. Keine Haustiere wegen Teppich. Papa
"""),

L("de", 0, "machine_translated", "Pieter van Dongen <p.vandongen@example.net>", "Vermietung meiner Wohnung in Bergisch Gladbach",
"""Sehr geehrte Damen und Herren,

Ich bin Eigentümer einer Wohnung in Bergisch Gladbach, welche ich von meinem Onkel geerbt habe. Ich selbst wohne in Eindhoven und kann daher nicht oft vor Ort sein. Die Wohnung hat 3 Schlafzimmer und ist in einem guten Zustand, sie wurde 2019 renoviert.

Ich habe verstanden, dass Ihre Organisation Vermieter und Familien mit Fluchthintergrund zusammenbringt. Ich wäre interessiert, die Wohnung auf diese Weise zu vermieten, wenn eine lokale Person die Übergabe machen kann. Können Sie mir bitte die Bedingungen mitteilen?

Mit freundlichen Grüßen,
Pieter van Dongen
"""),

H(L("de", 0, "html_only", "Hausverwaltung Sonnenhof <service@sonnenhof-verwaltung.example.com>", "Wohnungsangebot Nr. 2025-114",
"""Wohnungsangebot Nr. 2025-114
Objekt: Paffrather Straße, 1. OG rechts
Zimmer: 2, Wohnfläche: 56 m², Kaltmiete: 489,00 EUR, NK: 145,00 EUR, Heizung: 70,00 EUR
Frei ab: 01.09.2025
Ansprechpartnerin: Frau Nolden, Tel. 02202 7711-30
""", html="only"),
"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>anbei unser aktuelles Angebot für Ihre Klienten:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde7f0"><th>Nr.</th><th>Objekt</th><th>Zi.</th><th>m&sup2;</th><th>Kalt</th><th>NK</th><th>Heizung</th><th>frei ab</th></tr>
<tr><td>2025-114</td><td>Paffrather Stra&szlig;e, 1. OG re.</td><td>2</td><td>56</td><td>489,00 &euro;</td><td>145,00 &euro;</td><td>70,00 &euro;</td><td>01.09.2025</td></tr>
</table>
<p>Ansprechpartnerin f&uuml;r Besichtigungen: Frau Nolden, Tel. 02202 7711-30</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Hausverwaltung Sonnenhof</p>
<p style="font-size:8pt;color:#777">Hausverwaltung Sonnenhof GmbH &ndash; Diese Nachricht ist vertraulich.</p>
</body></html>
"""),

L("de", 0, "clean", "Renate Schiefer <renate.schiefer@example.org>", "Mieterin Frau Tesfay – Beschwerden der Nachbarn",
"""Guten Tag Herr Demir,

Frau Tesfay wohnt seit April in meiner Wohnung in der Laurentiusstraße, die Sie damals vermittelt haben. Grundsätzlich bin ich zufrieden, die Miete kommt pünktlich.

Leider beschweren sich die Nachbarn über Lärm am späten Abend und über Müll im Treppenhaus. Ich glaube, es ist vor allem ein Missverständnis mit der Mülltrennung und der Hausordnung. Könnten Sie ein Gespräch vermitteln, vielleicht mit Dolmetscher? Ich möchte nicht, dass das eskaliert.

Freundliche Grüße
Renate Schiefer
"""),
]
