"""r4west batch 03: very short follow-ups. Landlords after a viewing or placement (landlord_offer) next to
tenants following up on their own case with almost the same words (tenant_request)."""
from mailwriter import T, L

MAILS = [
L("de", 0, "phone", "Heinz Odenthal <heinz.odenthal@example.net>", "Familie Nazari",
"""Familie Nazari war da, nette Leute, ich nehme sie. Wie geht's jetzt weiter?
H. Odenthal"""),

L("de", 0, "oneliner", "Brigitte Lammerz <b.lammerz@example.org>", "Mietvertrag Schildgen",
"""Mietvertrag ist unterschrieben, wohin soll ich die Kopie schicken – an Sie oder ans Jobcenter?"""),

L("en", 0, "oneliner", "Kevin O'Brien <kevin.obrien@example.com>", "Rent April – Mr Jaber",
"""Hi, your tenant Mr Jaber has not paid April rent yet. Do you know if the Jobcenter transfer is delayed? Kevin O'Brien (flat Refrath, Lerbacher Weg)"""),

L("de", 0, "phone", "Ursula Bremer <ursula.bremer@example.com>", "Fotos wie gewünscht",
"""hallo herr yilmaz anbei wie am telefon besprochen die fotos von der wohnung paffrath und grundriss
gruß u bremer
Von meinem iPhone gesendet""", attach=["Wohnzimmer.jpg", "Kueche.jpg", "Bad.jpg", "Balkon.jpg", "Grundriss.pdf"]),

L("de", 0, "broken", "Josef Kirchhoff <josef.kirchhoff@example.net>", "Besichtigung heute",
"""Guten Tag

der Herr Omari ist heute nicht gekommen zur Besichtigung um 15 Uhr. Ich habe eine Stunde gewartet vor dem Haus. Telefon geht nicht ran.
Soll ich noch mal einen Termin machen oder schicken Sie mir jemand anderen?

Kirchhoff"""),

L("de", 0, "clean", "Hausverwaltung Lindenhof (fiktiv) <info@hv-lindenhof.example.com>", "Wohnungsgeberbestätigung Frau Tesfaye",
"""Sehr geehrte Damen und Herren,

anbei die Wohnungsgeberbestätigung für Frau Tesfaye, Einzug 01.06. Bitte leiten Sie sie an die Mieterin weiter, wir haben keine Mailadresse von ihr.

Freundliche Grüße
Hausverwaltung Lindenhof""", attach=["Wohnungsgeberbestaetigung_Tesfaye.pdf"]),

L("en", 0, "clean", "Anna Kowalczyk <anna.kowalczyk@example.org>", "Family Ahmadi moved in",
"""Hello,

just to let you know the Ahmadi family moved in on Saturday and everything went fine. The children already explored the garden :)

One thing: the first rent has not arrived and the Jobcenter letter says "in Bearbeitung". Should I just wait or is there someone I can call?

Best,
Anna Kowalczyk"""),

L("fr", 0, "clean", "Hélène Dubois <helene.dubois@example.net>", "Visite d'hier – c'est d'accord",
"""Bonjour,

Le couple que vous m'avez envoyé (M. et Mme Keita) a visité l'appartement hier. Ils ont été très polis et intéressés. C'est d'accord pour moi, je peux préparer le bail pour le 1er du mois prochain.

Merci et bonne journée,
Hélène Dubois"""),

L("de", 0, "phone", "Dieter Steinbach <dieter.steinbach@example.com>", "kaution",
"""hallo die Kaution vom Jobcenter ist immer noch nicht da. mieter wohnt seit 6 wochen drin. wer ist da zuständig?
steinbach"""),

L("so", 0, "clean", "Cabdullahi Nuur <c.nuur@example.com>", "Qoyska Warsame – waan aqbalay",
"""Asc,

Qoyska Warsame ayaa shalay soo arkay guriga. Waan aqbalay, heshiiska kirada waxaan diyaarin doonaa todobaadkan. Fadlan ii sheeg haddii Jobcenter-ka u baahan yahay warqad kale oo aniga iga timaadda.

Mahadsanid
Cabdullahi Nuur"""),

L("de", 0, "oneliner", "Ralf Zimmermann <ralf.zimmermann@example.org>", "noch eine Wohnung",
"""Im selben Haus wird ab Juli noch eine 2-Zimmer frei, falls Sie wieder jemanden haben. Gruß R. Zimmermann"""),

T("de", 0, "phone", "Nasrin Ahmadzai <nasrin.ahmadzai@example.com>", "wohnung",
"""hallo gibt es neue wohnung für mich? ich warte seit 3 monate. nasrin ahmadzai heim gronau"""),

T("de", 0, "oneliner", "Kidane Asmerom <kidane.asmerom@example.net>", "Mietvertrag unterschrieben!!",
"""Mietvertrag unterschrieben!! Wohin soll ich die Kopie schicken, zu Ihnen oder Jobcenter? Danke für alles. Kidane"""),

T("de", 0, "phone", "Bashir Jalali <bashir.jalali@example.com>", "Besichtigung",
"""Besichtigung war gut vermieter sagt ja!! was muss ich jetzt machen mit jobcenter"""),

T("en", 0, "clean", "Joy Adeyemi <joy.adeyemi@example.net>", "Photos of the flat I found",
"""Hello,

as you asked on the phone, here are the photos of the flat I found in Bensberg and the offer from the landlord. Rent is 495 cold plus 140 utilities. Can you check if this is ok for the Jobcenter before I say yes?

Thank you,
Joy Adeyemi""", attach=["flat1.jpg", "flat2.jpg", "Angebot_Vermieter.pdf"]),

T("de", 0, "oneliner", "Zahra Hosseini <zahra.hosseini@example.org>", "Termin morgen",
"""Bleibt mein Termin morgen um 10 Uhr? Zahra Hosseini"""),

T("fr", 0, "oneliner", "Ibrahima Sow <ibrahima.sow@example.com>", "mon dossier",
"""Bonjour, est-ce qu'il y a des nouvelles de mon dossier logement ? Merci. Ibrahima Sow"""),

T("ti", 0, "phone", "Yohannes Kahsay <yohannes.kahsay@example.net>", "ሕቶ",
"""ሰላም ኣነ ዮሃንስ እየ ካብ ካምፕ ፓፍራት። ኣብ ጥሪ ወረቐተይ ሂበኩም ነይረ። ሕጂ ሓዱሽ ነገር ኣሎ ድዩ? የቐንየለይ"""),

T("so", 0, "phone", "Ayaan Jama <ayaan.jama@example.com>", "war cusub",
"""asc ma jiraa war cusub oo ku saabsan guriga aan codsaday bishii hore? ayaan jama xarunta hand"""),

T("en", 0, "oneliner", "Mohammed Saleh <m.saleh.gl@example.com>", "documents",
"""Did you receive the documents I sent last Tuesday (payslips + passport copy)? Mohammed Saleh"""),

T("de", 0, "broken", "Irina Sokolova <irina.sokolova@example.net>", "Wohnung selbst gefunden",
"""Guten Tag,

ich will sagen Bescheid, ich habe selbst Wohnung gefunden in Refrath durch Kollegin von Arbeit. Einzug ist 15. von diese Monat. Bitte nehmen Sie mich von Liste weg, dann andere Person kann bekommen. Großes Dank für Hilfe die letzte Monate!

Irina Sokolova"""),

T("de", 0, "reply", "Abdul Wahid Sharifi <aw.sharifi@example.com>", "AW: Ihre Unterlagen",
"""ja habe ich geschickt gestern per post. gehalt 3 monate und aufenthalt.

Am 03.02.2026 um 09:40 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Guten Tag Herr Sharifi,
> für die Weitergabe an den Vermieter fehlen uns noch Ihre letzten drei
> Gehaltsabrechnungen und eine Kopie Ihres Aufenthaltstitels.
> Viele Grüße, Ihr Team Integration Wohnen""", date="2026-02-04 21:33"),
]
