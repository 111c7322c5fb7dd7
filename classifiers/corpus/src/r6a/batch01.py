"""r6a batch 01: German, short and mid-length. Landlords who came as migrants themselves, an employer, a
retired woman with a room, heirs, landlord follow-ups after a proposed family; tenants mentioning owner,
viewing, contract and Jobcenter paper (one urgent); inquiries about housing that are nobody's own case."""
from mailwriter import T, L, I

MAILS = [
L("de", 0, "broken", "Nidal Haj Omar <nidal.hajomar@example.net>", "Wohnung für Familie",
"""Guten Tag,

ich heiße Nidal, bin 2015 selbst aus Syrien gekommen und habe fast zwei Jahre im Heim in Refrath gewohnt. Jetzt habe ich mit meinem Bruder zusammen eine kleine Wohnung in Hand gekauft, 2 Zimmer, 54 qm, Balkon.

Wir wollen die gern an eine Familie geben die auch neu ist, weil wir wissen wie schwer das ist mit Wohnung suchen. Miete so wie Jobcenter bezahlt, nicht mehr.

Wie funktioniert das bei Ihnen? Muss ich Formular ausfüllen?

Viele Grüße
Nidal Haj Omar
0176 4418 2207"""),

L("de", 0, "reply", "Rüdiger Wendt <r.wendt@example.com>", "AW: Ihre Wohnung Dolmanstraße – Vorschlag Mieterfamilie",
"""Hallo Frau Kessler,

Donnerstag 17 Uhr passt. Die Leute sollen bitte pünktlich sein, ich komme extra aus Köln rüber.

Gruß
R. Wendt

Am 03.03.2026 um 10:12 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Wendt,
> wir hätten für Ihre Wohnung eine passende Familie (Ehepaar, zwei Kinder, 6 und 9 Jahre).
> Wann wäre eine Besichtigung möglich?
> Mit freundlichen Grüßen
> Annika Kessler""", date="2026-03-03 18:27"),

L("de", 0, "oneliner", "Kemal Yılmaz <kemal.yilmaz.gl@example.org>", "Schlüssel",
"""Schlüssel sind fertig. Familie kann Montag ab 9 Uhr bei mir im Laden abholen, Hauptstraße neben Apotheke. Kemal Yilmaz"""),

L("de", 0, "phone", "Ferhat Aydın <ferhat.aydin@example.net>", "wohnung schildgen",
"""hallo ist das papier vom jobcenter schon da für die familie?? andere leute rufen mich die ganze zeit an wegen der wohnung ich kann nicht ewig warten. bis freitag bitte sonst muss ich an andere geben
gruß ferhat"""),

L("de", 0, "clean", "Bäckerei Hohlmann <info@baeckerei-hohlmann.example.com>", "Wohnung über der Backstube",
"""Sehr geehrte Damen und Herren,

über unserer Backstube in Moitzfeld ist die kleine Einzimmerwohnung (ca. 32 qm, Kochnische, Dusche) frei geworden. Wir beschäftigen seit letztem Sommer einen jungen Mann aus Eritrea als Auszubildenden, der noch in der Unterkunft wohnt, und würden ihm die Wohnung gern geben. Falls er nicht will, gern auch einem anderen Azubi oder Alleinstehenden aus Ihrem Programm.

Frage: Kann das Jobcenter einen Teil der Miete übernehmen, wenn die Ausbildungsvergütung nicht reicht? Die Warmmiete läge bei 420 Euro.

Freundliche Grüße
Christa Hohlmann
Bäckerei Hohlmann, Moitzfeld"""),

L("de", 0, "formal", "Dr. Bernd Ostermann <b.ostermann@kanzlei-ostermann.example.org>", "Leerstehende Erdgeschosswohnung Herkenrath (Erbengemeinschaft Ostermann)",
"""Sehr geehrte Damen und Herren,

ich schreibe für die Erbengemeinschaft nach meiner im vergangenen Jahr verstorbenen Mutter. Zum Nachlass gehört ein Zweifamilienhaus in Herkenrath; die Erdgeschosswohnung (3 Zimmer, Küche, Bad, ca. 78 qm, kleiner Garten) steht seit Oktober leer.

Meine beiden Geschwister und ich sind uns einig, dass wir vorerst nicht verkaufen, sondern vermieten möchten, gern an eine Familie, die über Ihr Programm begleitet wird. Keiner von uns wohnt in der Nähe. Ist es möglich, dass Ihr Team bei Problemen Ansprechpartner bleibt?

Mit freundlichen Grüßen
Bernd Ostermann"""),

L("de", 0, "broken", "Halina Wróbel <halina.wrobel@example.net>", "Zimmer in meine Haus",
"""Guten Tag,
ich habe ein Zimmer frei in meine Haus in Schildgen, 1. Etage, mit eigene kleine Bad. Küche zusammen mit mir. Ich bin Rentnerin, wohne allein seit mein Mann gestorben.
Am liebsten eine Frau oder junge Mädchen, ruhig. Wenn sie bisschen hilft im Garten und mit Einkaufen, Miete kann weniger sein.
Ich bin auch nicht hier geboren, kam 1989 aus Polen, ich weiß wie ist das.
Halina Wróbel"""),

L("de", 0, "reply", "Manfred Krüger <manfred.krueger@example.com>", "AW: Besichtigung am Samstag",
"""Die Familie war sehr nett, die Kinder auch, haben sich gleich ihre Zimmer ausgesucht :)
Wie geht es jetzt weiter? Mache ich den Mietvertrag selbst oder bekomme ich von Ihnen ein Muster?

M. Krüger"""),

T("de", 0, "broken", "Samir Haddad <samir.haddad88@example.org>", "Vermieter will sprechen",
"""Hallo Frau Kessler,
der Vermieter von die Wohnung in Gronau, Herr Brandt, will mit Ihnen sprechen bevor er unterschreibt. Er sagt er will wissen wer zahlt wenn etwas kaputt.
Seine Nummer 0171 2290 431.
Bitte rufen Sie an, danke
Samir"""),

T("de", 0, "phone", "Ahmad Jawid Noori <jawid.noori@example.net>", "vertrag",
"""ich hab unterschrieben!!!! vertrag ist im anhang. was muss ich jetzt mit jobcenter machen""",
attach=["IMG_20260212_Mietvertrag.jpg"]),

T("de", 0, "broken", "Bisrat Gebremedhin <bisrat.gm@example.org>", "Mietschuldenfreiheitsbescheinigung",
"""Guten Tag
Vermieter fragt nach Mietschuldenfreiheitsbescheinigung. Ich war noch nie Mieter in Deutschland, immer nur Heim. Was kann ich geben?
Bisrat"""),

T("de", 0, "on_behalf", "Gisela Hartung <gisela.hartung@example.com>", "Familie Haidari – Besichtigung gestern",
"""Liebe Frau Kessler,

kurz zum Stand bei Familie Haidari, die ich als Patin begleite: Die Besichtigung in der Paffrather Straße war gestern, die Vermieterin ist einverstanden. Sie braucht aber bis Mittwoch die Mietbescheinigung bzw. Zusicherung vom Jobcenter, sonst nimmt sie einen anderen Bewerber.

Können Sie beim Jobcenter etwas beschleunigen? Herr Haidari hat den Antrag am Montag abgegeben.

Herzliche Grüße
Gisela Hartung"""),

T("de", 1, "broken", "Rozerin Tekin <rozerin.tekin@example.net>", "Gerichtsvollzieher kommt 12.",
"""Sehr geehrte Damen und Herren,

Sie haben uns 2024 geholfen mit Wohnung in Bensberg. Jetzt ist Brief gekommen, Gerichtsvollzieher kommt am 12. März für Räumung. Vermieter sagt Mietschulden, aber Jobcenter hat doch gezahlt, ich verstehe nicht was passiert ist.

Ich habe 3 Kinder, kleinste ist 1 Jahr. Wir wissen nicht wohin. Bitte helfen Sie schnell.

Rozerin Tekin
0157 3390 1185""", date="2026-03-06 07:52", attach=["Raeumung_Schreiben.pdf"]),

T("de", 0, "oneliner", "Jawad Sultani <jawad.sultani@example.org>", "Besichtigung?",
"""Wann ist Besichtigung? Sie haben gesagt Vermieter meldet sich diese Woche, aber noch nichts. Jawad"""),

T("de", 0, "clean", "Mariam Tekle <mariam.tekle@example.com>", "Unterlagen für den Vermieter",
"""Guten Tag,

mein zukünftiger Vermieter möchte eine Kopie meines Aufenthaltstitels und die Kostenübernahme. Kann ich die Kostenübernahme bei Ihnen abholen oder kommt die direkt vom Jobcenter?

Viele Grüße
Mariam Tekle"""),

T("de", 0, "machine_translated", "Yonas Habte <yonas.habte@example.net>", "Frage von der Eigentümer",
"""Sehr geehrte Frau,
der Eigentümer der Wohnung hat die Bedingung gestellt, dass ich die Bescheinigung über den Workshop vorlege. Ich habe an dem Kurs im November teilgenommen, aber ich habe das Papier nicht erhalten. Bitte senden Sie es mir an diese Adresse.
Mit freundlichen Grüßen
Yonas Habte"""),

I("de", 0, "broken", "Abdullah Rasuli <a.rasuli@example.org>", "Adresse anmelden",
"""Hallo,
wir sind letzten Monat mit Ihrer Hilfe umgezogen, nochmal vielen Dank!
Wo muss ich jetzt die neue Adresse anmelden und brauche ich dafür Termin? Im Internet finde ich nur Köln.
Abdullah"""),

I("de", 0, "clean", "Moscheegemeinde Bensberg <vorstand@moschee-bensberg.example.org>", "Einladung zum gemeinsamen Iftar",
"""Sehr geehrte Damen und Herren,

am Samstag, den 7. März, lädt unsere Gemeinde Nachbarinnen und Nachbarn, Vereine und die Mitarbeitenden der Stadt zum gemeinsamen Fastenbrechen ein. Beginn ist um 18:15 Uhr im Gemeindesaal.

Viele unserer Mitglieder haben selbst über Ihr Team eine Wohnung gefunden, und wir würden uns freuen, wenn jemand von Ihnen dabei ist und vielleicht zwei, drei Worte sagt.

Mit herzlichen Grüßen
Für den Vorstand
Selim Karaca""", date="2026-02-23 14:05"),

I("de", 0, "clean", "Katrin Leuschner <k.leuschner@gs-refrath.example.org>", "Wie können Schulen Familien an Sie verweisen?",
"""Guten Tag,

ich bin Klassenlehrerin an einer Grundschule in Refrath. Immer wieder erzählen mir Eltern, dass sie seit Jahren in der Unterkunft wohnen und keine Wohnung finden. Gibt es einen Flyer oder ein Formular, mit dem wir Familien an Sie weitergeben können? Oder sollen die Eltern sich einfach selbst melden?

Freundliche Grüße
Katrin Leuschner"""),

I("de", 0, "phone", "Wolfgang Pütz <w.puetz@example.net>", "leerstehende wohnung nebenan",
"""Guten Tag, im Haus neben uns (Heidkamp) steht seit bestimmt 4 Jahren die Wohnung im 1. OG leer, der Eigentümer lebt in Spanien. Kann die Stadt da nicht was machen, wo doch so viele suchen? Ich bin nur Nachbar, hab mit der Wohnung nix zu tun.
Gruß W. Pütz"""),

I("de", 0, "clean", "Sabine Reuter <sabine.reuter@example.com>", "Möbel abzugeben",
"""Hallo,
wir lösen gerade den Haushalt meiner Tante auf: Sofa, Kleiderschrank, Küchentisch mit vier Stühlen, zwei Betten, alles gut erhalten. Nehmen Sie so etwas für Familien, die gerade einziehen, oder wissen Sie, wo wir es abgeben können?
Abholung müsste bis Ende des Monats sein.
Sabine Reuter"""),
]
