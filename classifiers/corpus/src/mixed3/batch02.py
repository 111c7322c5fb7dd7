"""mixed3 batch 02: German landlord_offer (short follow-ups on viewings, contracts, keys, arrears, damage and
a placed tenant's behaviour; an agent's and a cooperative's lists; an employer and a parish with a vacancy)."""
from mailwriter import L

MAILS = [
L("de", 0, "oneliner", "Klaus Brandes <k.brandes@example.net>", "Besichtigung Donnerstag",
"""Do 17 Uhr passt. Schlüssel hat Frau Ley im EG, falls ich mich verspäte.
Gruß K. Brandes"""),

L("de", 0, "clean", "Ilse Jansen <ilse.jansen@example.com>", "Mietvertrag zurück",
"""Hallo Frau Demir,

der Vertrag ist unterschrieben zurückgekommen, vielen Dank für die schnelle Vermittlung. Übergabe wie besprochen am 1.3. um 10 Uhr. Wenn möglich bitte jemanden zum Übersetzen mitbringen, wegen Zählerständen und Mülltonnen.

Grüße
Ilse Jansen"""),

L("de", 0, "hard_case", "Gregor Nettekoven <g.nettekoven@example.org>", "Ihre Mieter in der Bockenberger Straße",
"""Guten Tag,

ich muss mich leider einmal melden wegen der Familie Haidari, die Sie mir im Frühjahr vermittelt haben.

Grundsätzlich habe ich nichts gegen die Leute, die Miete kommt pünktlich. Aber: Im Treppenhaus stehen seit Wochen zwei Kinderwagen und ein Fahrradanhänger, obwohl im Keller Platz ist. Der gelbe Sack wird in die Papiertonne gestopft, die Abfallwirtschaft hat die Tonne jetzt zweimal stehen lassen und die anderen Mieter beschweren sich bei mir, nicht bei der Familie. Außerdem wird sonntags auf dem Balkon gegrillt, mit Holzkohle, was laut Hausordnung nicht erlaubt ist.

Ich habe versucht, es Herrn Haidari zu erklären, er nickt und lächelt, aber ich glaube, er versteht mich nicht wirklich. Ich möchte keine Abmahnung schreiben. Könnte jemand von Ihnen mit der Familie in ihrer Sprache reden und die Hausordnung erklären? Ich lege sie bei.

Gregor Nettekoven""", attach=["Hausordnung_Bockenberger.pdf"]),

L("de", 0, "clean", "Hausverwaltung Dreesen <buchhaltung@hv-dreesen.example.com>", "Mietrückstand Whg. 3.OG li – Herr Ghebremariam",
"""Sehr geehrte Damen und Herren,

für die von Ihnen vermittelte Wohnung Gladbacher Str. 61, 3. OG links, Mieter Herr Filmon Ghebremariam, sind die Mieten für Mai und Juni (je 612,00 €) nicht eingegangen.

Herr Ghebremariam sagt am Telefon, das Jobcenter zahle direkt. Bei uns ist seit April nichts vom Jobcenter angekommen. Wissen Sie, ob sich am Bescheid etwas geändert hat, oder an wen wir uns wenden sollen? Mahnen möchten wir ungern, solange es ein Behördenproblem ist.

Mit freundlichen Grüßen
i. A. Petra Schüller
Buchhaltung
Hausverwaltung Dreesen (fiktiv)""", charset="iso-8859-15"),

L("de", 0, "clean", "Werner Dünnwald <werner.duennwald@example.net>", "Wasserschaden nach Auszug – wer kommt dafür auf?",
"""Sehr geehrte Frau Kessler,

Herr und Frau Alizada sind Ende des Monats ausgezogen (neue Wohnung in Köln, die Familie ist gewachsen, verstehe ich ja). Bei der Übergabe haben wir festgestellt, dass unter der Badewanne über längere Zeit Wasser ausgetreten ist. Die Silikonfuge war offenbar kaputt und keiner hat es gemeldet. Der Estrich im Bad ist feucht, der Laminatboden im Flur hat sich aufgewölbt.

Der Handwerker schätzt 4.800 bis 5.500 Euro. Die Kaution (1.350 €) deckt das nicht. Meine Gebäudeversicherung sagt, das sei ein „schleichender Schaden“ und zahlt nicht.

Sie hatten mir beim Abschluss damals etwas von einem Fonds der Stadt für Schäden erzählt. Wie komme ich da dran? Was brauchen Sie von mir: Fotos, Kostenvoranschlag, Übergabeprotokoll? Das habe ich alles.

Ich vermiete übrigens weiter gern über Sie, wenn das hier vernünftig geregelt wird.

Mit freundlichen Grüßen
Werner Dünnwald""", attach=["Uebergabeprotokoll_Alizada.pdf", "KVA_Sanitaer_Mueller.pdf"]),

L("de", 0, "phone", "Sahin Immobilienservice <sahin.immo@example.com>", "Schlüssel",
"""Schlüssel für Refrather Weg liegen beim Hausmeister Hr. Krause, 0171 4490316, ab Mo. abholbar. Zählerstände hab ich schon fotografiert
Gesendet von meinem iPhone"""),

L("de", 0, "formal", "Lindner & Sohn Immobilien <vermietung@lindner-sohn.example.com>", "Aktuelle Mietangebote – provisionsfrei für Ihre Klientinnen und Klienten",
"""Sehr geehrte Damen und Herren,

wie telefonisch mit Ihrer Kollegin besprochen, senden wir Ihnen unsere aktuellen Objekte, bei denen die Eigentümer ausdrücklich auch an Haushalte mit Leistungsbezug vermieten. Für Vermittlungen über Ihr Programm fällt keine Provision für die Mieter an (Bestellerprinzip).

1) Bensberg, Schloßstraße – 2 Zi., 58 m², 1. OG, 560 € kalt + 165 € NK, frei ab 01.06.
2) Gronau, Am Wiesenhang – 3 Zi., 74 m², EG mit Terrasse, 690 € kalt + 210 € NK, frei ab sofort
3) Heidkamp, Kölner Str. – 1 Zi.-Apartment, 33 m², 390 € kalt + 95 € NK, frei ab 15.05.
4) Moitzfeld, Im Eichenkamp – 4 Zi., 96 m², DG, 880 € kalt + 240 € NK, frei ab 01.07., WBS erforderlich

Exposés im Anhang. Besichtigungen vereinbaren Sie bitte direkt mit Frau Lindner (0 22 02 / 86 41 20). Wir bitten um Rückmeldung bis Ende nächster Woche, welche Objekte für Sie in Frage kommen.

Mit freundlichen Grüßen

Markus Lindner
Lindner & Sohn Immobilien (fiktiv)
Geschäftsführer""", attach=["Exposes_KW19.pdf"]),

L("de", 0, "clean", "Wohnungsgenossenschaft Strunde eG <vermietung@wg-strunde.example.org>", "Freie Wohnungen KW 14 – Vormerkung bis 10.04.",
"""Guten Tag,

in dieser Woche werden in unserem Bestand folgende Wohnungen frei, für die wir Ihnen wie vereinbart ein Vorschlagsrecht einräumen:

- Paffrath, Nußbaumer Str., 2 Zimmer, 51 m², 2. OG, Nutzungsgebühr 498 € zzgl. 140 € BK, ab 01.05.
- Schildgen, Altenberger-Dom-Str., 3 Zimmer, 69 m², EG, 612 € zzgl. 185 € BK, ab 01.06. (barrierearm)

Voraussetzung ist wie immer der Erwerb von Genossenschaftsanteilen (2 Anteile à 300 €); das Jobcenter übernimmt diese in der Regel als Darlehen.

Bitte schicken Sie uns Ihre Vorschläge mit Selbstauskunft bis zum 10.04.

Freundliche Grüße
Vermietungsteam
Wohnungsgenossenschaft Strunde eG (fiktiv)""", html="alt"),

L("de", 0, "clean", "Bäckerei Heuser <info@baeckerei-heuser.example.net>", "Zimmer über der Backstube",
"""Hallo,

wir sind ein Familienbetrieb in Herkenrath und haben über der Backstube ein möbliertes Zimmer mit kleiner Küchenzeile und Dusche, ca. 22 m². Früher hat da unser Geselle gewohnt.

Wir suchen ab Sommer einen Azubi (Bäcker oder Verkauf) und könnten ihm das Zimmer günstig geben, 280 € warm. Wir würden es aber auch unabhängig davon an jemanden aus Ihrem Programm vermieten, wenn das ruhig ist – nur Frühaufsteher sollte man vertragen, ab 3 Uhr läuft der Ofen :)

Melden Sie sich gern.
Martina Heuser
Bäckerei Heuser (fiktiv)"""),

L("de", 0, "formal", "Kath. Kirchengemeinde St. Laurentius – Verwaltung <verwaltung@st-laurentius-gl.example.org>", "Küsterwohnung am Pfarrhaus – Vermietung ab Herbst",
"""Sehr geehrte Damen und Herren,

der Kirchenvorstand hat in seiner letzten Sitzung beschlossen, die seit dem Ruhestand unseres Küsters leerstehende Wohnung im Pfarrhaus (3 Zimmer, Küche, Bad, ca. 71 m², 1. OG, separater Eingang) zum Herbst zu vermieten und dabei vorrangig einen Haushalt zu berücksichtigen, der über Ihr Programm Wohnraum sucht.

Vor einer Vermietung muss noch die Elektrik erneuert werden; das Erzbistum hat die Mittel bewilligt, die Arbeiten sind für August geplant. Die Miete soll sich an den Angemessenheitsgrenzen des Jobcenters orientieren.

Wir bitten um einen Gesprächstermin, gern vor Ort, um die Einzelheiten (Mietvertrag, Ansprechpartner, Begleitung) zu klären.

Mit freundlichen Grüßen
im Auftrag des Kirchenvorstandes
Johannes Eschbach
Verwaltungsleiter"""),

L("de", 0, "phone", "Jürgen Hölzer <j.hoelzer@example.com>", "frage vorab",
"""moin, überlege meine einliegerwhg in hand an geflüchtete zu vermieten. vorher: wer haftet wenn beim auszug renoviert werden muss und der mieter kein geld hat? gibts da was schriftlich von der stadt?
jh"""),

L("de", 0, "reply", "Dorothea Kierdorf <d.kierdorf@example.net>", "AW: Vorschlag Mietinteressentin Frau Hashimi – Wohnung Lerbacher Weg",
"""Liebe Frau Yıldız,

Frau Hashimi war sehr nett und hat sich gut vorbereitet. Wir haben uns trotzdem für eine andere Bewerberin entschieden, eine ältere Dame, die wegen der Treppen besser passt als eine Mutter mit Kinderwagen. Bitte richten Sie ihr das freundlich aus.

Bei der nächsten freien Wohnung melde ich mich wieder bei Ihnen.

Herzliche Grüße
Dorothea Kierdorf

> Am 12.02.2026 um 09:40 schrieb Integration Wohnen:
> Liebe Frau Kierdorf,
> wie besprochen schlagen wir Ihnen Frau Nilofar Hashimi (32) und ihre Tochter (2) vor.
> Frau Hashimi besucht einen B2-Kurs und arbeitet in Teilzeit in einer Kita-Küche.
> Die Selbstauskunft finden Sie im Anhang. Frau Hashimi würde sich über einen Besichtigungstermin freuen.
> Viele Grüße
> Team Integration Wohnen"""),

L("de", 0, "broken", "Valentina Hermann <valentina.hermann@example.com>", "Wohnung frei",
"""Guten Tag

ich habe Wohnung 2 Zimmer in Gronau, 48 qm, Erdgeschoss, ab 1. nächste Monat frei. 520 kalt plus 120 Nebenkosten. Familie mit 1 Kind oder Frau allein ist ok.

Bitte anrufen abends 0171 5562290
Valentina Hermann"""),

L("de", 0, "hard_case", "Reinhold Klein <reinhold.klein@example.org>", "Herr Mohammadi will Bruder aufnehmen",
"""Hallo Frau Kessler,

Herr Mohammadi (Frankenforster Str.) möchte seinen jüngeren Bruder bei sich aufnehmen. Ich hätte nichts dagegen. Ändert sich dann was an der Zahlung durchs Jobcenter? Und reicht eine Untervermietungserlaubnis?

Danke und Gruß
Reinhold Klein"""),
]
