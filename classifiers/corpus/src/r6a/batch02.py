"""r6a batch 02: German. Shop owner and engineer landlords with a migration background, a cooperative, a
cancelled viewing, a heating bill and a complaint about a placed tenant; tenants quoting the owner's
conditions (one urgent: violence, by a counselling service); inquiries from an MP's office, a student,
a volunteer, an owners' association and a family that already moved."""
from mailwriter import T, L, I

MAILS = [
L("de", 0, "broken", "Mehmet Özdemir <oezdemir.imbiss@example.com>", "Wohnung über Imbiss",
"""Hallo

Ich habe Imbiss in Bensberg, oben ist Wohnung 2 Zimmer frei seit Januar. Mein Mitarbeiter aus Afghanistan wohnt noch in Heim und fährt jeden Tag 40 min mit Bus. Ich möchte ihm die Wohnung geben. Er verdient bei mir Teilzeit, kann Jobcenter Rest zahlen?

Ich selbst kam 1998 als Kind aus Türkei, mein Vater hatte auch keine Wohnung am Anfang.

Mehmet Özdemir"""),

L("de", 0, "clean", "Hannelore Sommer <hannelore.sommer@example.net>", "Absage Besichtigung Samstag",
"""Liebe Frau Kessler,

leider muss ich den Besichtigungstermin am Samstag absagen. Meine Tochter hat sich von ihrem Freund getrennt und zieht nun doch selbst in die Wohnung. Bitte richten Sie der Familie aus, dass es mir sehr leid tut.

Falls im Herbst wieder etwas frei wird, melde ich mich.

Herzliche Grüße
Hannelore Sommer"""),

L("de", 0, "oneliner", "Georgios Papadakis <g.papadakis@example.org>", "Termin Mittwoch",
"""Bitte sagen Sie der Familie sie sollen das Schreiben vom Jobcenter mitbringen am Mittwoch, sonst kann ich nicht zusagen. Danke, Papadakis"""),

L("de", 0, "clean", "Hausverwaltung Lenz & Partner <abrechnung@lenz-hv.example.com>", "Heizkostenabrechnung 2025 – Mieterin Frau Osei, Am Broich 4",
"""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Heizkostenabrechnung für die über Ihr Programm vermittelte Mieterin Frau Abena Osei. Es ergibt sich eine Nachzahlung von 312,40 Euro, fällig zum 15.05.

Da die Miete bislang direkt vom Jobcenter überwiesen wird: Sollen wir die Abrechnung dorthin schicken, oder regelt das Frau Osei selbst?

Mit freundlichen Grüßen
i. A. Tobias Brenner
Hausverwaltung Lenz & Partner""", attach=["HKA_2025_Osei.pdf"]),

L("de", 0, "formal", "Wohnungsgenossenschaft Bergisch Land eG <vermietung@wgbl.example.org>", "Freie 3-Zimmer-Wohnung Gronau zum 01.06.",
"""Sehr geehrte Damen und Herren,

zum 01.06. wird in unserem Bestand in Gronau eine 3-Zimmer-Wohnung (71 qm, 2. OG, kein Aufzug) frei. Ein Wohnberechtigungsschein ist erforderlich, Genossenschaftsanteile 600 Euro.

Haben Sie Interessenten, die passen könnten? Wir würden zwei bis drei Haushalte zur Besichtigung einladen.

Freundliche Grüße
Petra Lindemann
Vermietung"""),

L("de", 0, "clean", "Dariush Karimi <dariush.karimi@example.net>", "Wohnung Refrath – Frage zu Absicherung",
"""Hallo,

ich bin 2016 als Flüchtling aus dem Iran gekommen, habe in Köln studiert und arbeite jetzt als Ingenieur. Letztes Jahr habe ich eine kleine Wohnung in Refrath gekauft (1,5 Zimmer, 41 qm), die ich vermieten möchte.

Ich würde sie gern jemandem geben, der in der gleichen Situation ist wie ich damals. Aber ich habe noch einen Kredit zu bezahlen und kann mir keinen Mietausfall leisten. Gibt es bei Ihnen eine Garantie oder Bürgschaft, falls die Miete nicht kommt?

Dariush Karimi"""),

L("de", 0, "phone", "Ursula Bellinghausen <u.bellinghausen@example.com>", "Ihr Mieter Herr K.",
"""Guten Tag, ich muss mich leider beschweren. Ihr Mieter Herr K. in meiner Wohnung in der Gladbacher Str. hat seit zwei Monaten Besuch der da wohnt, manchmal 5 Leute in 2 Zimmern. So war das nicht abgesprochen. Bitte sprechen Sie mit ihm, ich will keinen Streit.
U. Bellinghausen"""),

T("de", 0, "broken", "Hamid Azizi <hamid.azizi.1990@example.org>", "Bürgschaft",
"""Guten Tag,
Eigentümer sagt er nimmt uns nur wenn wir Bürgschaft haben. Gibt es so was bei Ihnen? Wohnung ist sehr gut, nah an Schule von Kinder.
Hamid Azizi"""),

T("de", 0, "on_behalf", "Jobcenter Rhein-Berg – Team 3 <team3.mueller@jobcenter-rb.example.org>", "Ihre Kundin Frau Yildiz, BG-Nr. 31702//0048211",
"""Hallo Frau Kessler,

kurze Info zu Frau Yildiz: Das Mietangebot für die Wohnung in der Kölner Straße liegt uns vor, die KdU-Prüfung ist positiv. Die Zusicherung geht heute per Post an Frau Yildiz, eine Kopie an den Vermieter kann sie selbst weitergeben.

Die Kaution wird als Darlehen übernommen, Antrag bitte noch einreichen.

Viele Grüße
Jens Müller
Jobcenter Rhein-Berg"""),

T("de", 1, "on_behalf", "Frauenberatung Rhein-Berg <beratung@frauenberatung-rb.example.org>", "Dringend: Klientin muss Unterkunft verlassen (Gewaltschutz)",
"""Sehr geehrte Damen und Herren,

wir begleiten Frau S. (Name und Geburtsdatum telefonisch), die mit zwei Kindern in der Unterkunft Kempener Weg lebt. Ihr früherer Partner hat herausgefunden, wo sie wohnt, und stand gestern Abend vor dem Gebäude. Es besteht ein Kontaktverbot.

Die Familie kann dort nicht bleiben. Ein Frauenhausplatz ist im Kreis derzeit nicht frei. Wir bitten dringend um Rückruf heute, ob eine Verlegung oder eine andere Lösung möglich ist.

Mit freundlichen Grüßen
Anja Vossen, Dipl.-Sozialpädagogin
Tel. 02202 55 01 20""", date="2026-01-20 08:31"),

T("de", 0, "broken", "Lamin Sanneh <lamin.sanneh@example.net>", "Küche",
"""Hallo,
ich habe Schlüssel bekommen letzte Woche, danke! Aber Wohnung ist ohne Küche, nur Wasser und Strom Anschluss. Vermieter sagt Küche ist meine Sache. Bezahlt Jobcenter Küche oder wo ich frage?
Lamin"""),

T("de", 0, "phone", "Shukri Warsame <shukri.warsame@example.org>", "morgen besichtigung",
"""hallo morgen 15 uhr besichtigung in der kölner str 118, kann jemand von ihnen mitkommen? ich spreche nicht gut deutsch und vermieter redet sehr schnell"""),

T("de", 0, "reply", "Tesfay Kidane <tesfay.kidane@example.com>", "AW: Wohnungsangebot Refrath",
"""Ja ich war da gestern. Wohnung ist gut aber Vermieter will 3 Monatsmiete Kaution in bar bei Vertrag. Ist das normal? Ich habe nicht so viel Geld.

Tesfay

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 9. Februar 2026 09:40
An: tesfay.kidane@example.com
Betreff: Wohnungsangebot Refrath

Hallo Herr Kidane,
der Vermieter der Wohnung in der Dolmanstraße würde Sie gern kennenlernen. Bitte melden Sie sich bei ihm unter 0160 ...""", date="2026-02-11 20:14"),

T("de", 0, "forward", "Nour Al-Hassan <nour.alhassan@example.net>", "WG: Wohnungsanzeige 2 ZKB Bensberg",
"""Hallo, ist das seriös? Der Vermieter will dass ich zuerst 50 Euro überweise für Besichtigung. Ich habe noch nicht bezahlt.
Nour

---------- Weitergeleitete Nachricht ---------
Betreff: Re: Ihre Anfrage 2 ZKB Bensberg
Sehr geehrte Interessentin, die Wohnung ist noch frei. Zur Terminreservierung bitten wir um eine Bearbeitungsgebühr von 50 EUR auf folgendes Konto ..."""),

I("de", 0, "formal", "Büro MdL Schäfer <buero.schaefer@landtag-abg.example.org>", "Anfrage für Bürgersprechstunde",
"""Sehr geehrte Damen und Herren,

Frau Abgeordnete Schäfer bereitet ihre Bürgersprechstunde im April vor, in der das Thema Wohnraum für Geflüchtete erfahrungsgemäß häufig angesprochen wird. Könnten Sie uns kurz mitteilen, wie viele Haushalte im vergangenen Jahr über das Auszugsmanagement in privaten Wohnraum vermittelt wurden und wo die größten Hürden liegen?

Mit freundlichen Grüßen
Lukas Berner
Wissenschaftlicher Mitarbeiter"""),

I("de", 0, "clean", "Paulina Nowicka <paulina.nowicka@smail.example.org>", "Interviewanfrage Bachelorarbeit",
"""Guten Tag,

ich studiere Soziale Arbeit an der TH Köln und schreibe meine Bachelorarbeit über kommunale Programme, die Geflüchtete bei der Wohnungssuche unterstützen. Wäre jemand aus Ihrem Team zu einem Interview (ca. 45 Minuten, gern auch online) bereit?

Vielen Dank und viele Grüße
Paulina Nowicka"""),

I("de", 0, "phone", "Heinz-Peter Wirtz <hp.wirtz@example.net>", "Hilfe bei Umzügen",
"""Hallo, bin seit Januar Rentner, war 40 Jahre Elektriker. Wenn Familien umziehen und Lampen anschließen müssen oder Möbel aufbauen, kann ich helfen, umsonst natürlich. Hab auch einen Anhänger. Wen muss ich da ansprechen?
Gruß Heinz-Peter"""),

I("de", 0, "formal", "Eigentümerverein Refrath e.V. <vorstand@ev-refrath.example.com>", "Einladung Mitgliederabend 22.04.",
"""Sehr geehrte Damen und Herren,

unser Verein vertritt rund 300 Haus- und Wohnungseigentümer in Refrath und Bensberg. Auf unserem Mitgliederabend am 22. April würden wir gern über die Vermietung an Geflüchtete informieren: Welche Unterstützung bietet die Stadt Vermietern, wer ist Ansprechpartner bei Problemen?

Hätte jemand aus Ihrem Team Zeit für einen kurzen Vortrag (20 Minuten) mit anschließenden Fragen?

Mit freundlichen Grüßen
Dieter Halfmann, 1. Vorsitzender"""),

I("de", 0, "broken", "Zainab Mohammadi <zainab.mohammadi@example.com>", "Kita Platz",
"""Guten Tag, wir wohnen jetzt seit 2 Monate in neue Wohnung in Bensberg. Mein Sohn ist 3 Jahre. Wie bekomme ich Kita Platz hier? Bei Ihnen oder andere Amt?
Danke
Zainab"""),
]
