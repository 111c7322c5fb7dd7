"""Batch 03: tenant_request, third set."""
from mailwriter import T

MAILS = [
T("de", 0, "oneliner", "Mohammed A. <mohammed.a.gl@example.com>", "?",
"""Hallo gibt es was neues?"""),

T("de", 0, "clean", "Aylin Şahin <aylin.sahin@example.net>", "Bewerbung über die Stadt – Rückmeldung der Hausverwaltung",
"""Hallo Frau Becker,

die Hausverwaltung, an die Sie meine Unterlagen weitergeleitet haben, hat sich gemeldet. Sie bieten mir eine 2-Zimmer-Wohnung in Romaney an, allerdings erst ab dem 1. April. Ich würde sie gern nehmen.

Meine Frage ist, ob ich bis dahin in der Unterkunft bleiben kann. In meinem Bescheid steht, dass ich eigentlich bis Ende Februar ausziehen soll.

Liebe Grüße
Aylin Şahin"""),

T("de", 0, "broken", "Tesfalem <tesfalem.g@example.org>", "wohnung",
"""Sehr geehrte Frau oder Herr
Ich Tesfalem aus Eritrea. Ich wohne Herkenrath Unterkunft 4 jahre!! Sehr lange. Andere Leute bekommen Wohnung, ich nicht. Warum? Ich habe alle Papier gegeben. Ich arbeite bei Amazon Lager Nachtschicht. Bitte sagen Sie mir was ist Problem.
Tesfalem"""),

T("de", 1, "broken", "Layla <layla.ibrahim@example.com>", "HILFE",
"""HALLO BITTE HILFE MEIN EX MANN WEISS WO ICH WOHNE ER WAR HEUTE VOR TÜR UND HAT GESCHRIEN. ICH HABE ANGST MIT KINDER. POLIZEI SAGT ICH SOLL WEG GEHEN ABER WOHIN?? ICH WOHNE IN WOHNUNG DIE SIE HABEN GEFUNDEN IN BENSBERG.
LAYLA 0157 23455561"""),

T("de", 0, "clean", "Hamza Qureshi <hamza.qureshi@example.net>", "Zusicherung Jobcenter liegt vor",
"""Sehr geehrter Herr Krämer,

das Jobcenter hat mir heute die Zusicherung für die Wohnung in der Hauptstraße in Bensberg geschickt. Ich habe sie eingescannt und angehängt. Können Sie bitte der Vermieterin Bescheid geben? Sie wartet auf die Bestätigung, bevor wir den Vertrag unterschreiben.

Vielen Dank!
Hamza Qureshi""", attach=["Jobcenter_Bescheid.pdf"]),

T("de", 0, "on_behalf", "Meryem Öztürk <meryem.oeztuerk@example.org>", "Für meine Eltern",
"""Guten Tag,

ich schreibe für meine Eltern (beide über 60), die seit einem Jahr in der Unterkunft in der Stadtmitte wohnen. Mein Vater hatte einen Schlaganfall und kann nur schlecht laufen. Ich selbst wohne mit meiner Familie in Köln und kann sie leider nicht aufnehmen.

Meine Eltern sprechen kaum Deutsch, daher möchte ich fragen, ob ich stellvertretend für sie Termine mit Ihnen machen kann. Sie suchen eine kleine barrierearme Wohnung, am liebsten in Bergisch Gladbach, weil ihr Arzt hier ist.

Viele Grüße
Meryem Öztürk
0177 23453344"""),

T("de", 0, "machine_translated", "Yaser Hamdan <yaser.hamdan@example.com>", "Bezüglich des Workshops",
"""Guten Abend,

Ich habe gehört von meinem Nachbarn, dass es gibt eine Schulung über wie man mietet eine Wohnung in Deutschland. Ich würde gerne mich registrieren für diese Schulung mit meiner Ehefrau. Wir sprechen die deutsche Sprache auf dem Niveau A2, ist das ausreichend oder es gibt einen Übersetzer?

Bitte informieren Sie uns über das Datum und den Ort.

Mit freundlichen Grüßen und Dankbarkeit
Yaser Hamdan und Ehefrau"""),

T("de", 0, "reply", "Olga Petrenko <olga.petrenko@example.net>", "Re: Wohnung Refrath – Absage",
"""Schade, trotzdem danke. Bitte denken Sie an mich wenn es was neues gibt. Ich kann auch nach Moitzfeld oder Herkenrath.

Olga

Am 14.10.2025 um 12:30 schrieb integration-wohnen@stadt-gl.de:
> Sehr geehrte Frau Petrenko,
> leider hat sich der Vermieter der Wohnung in Refrath für eine andere Bewerberin entschieden.
> Wir melden uns, sobald wir ein neues Angebot für Sie haben.
> Freundliche Grüße""", date="2025-10-14 13:05"),

T("de", 0, "clean", "Babak Tehrani <babak.tehrani@example.org>", "Nachweis über Teilnahme",
"""Guten Tag,

ich brauche für meine Bewerbung bei der Genossenschaft eine Bestätigung, dass ich am Wohnworkshop teilgenommen habe. Ich habe das Zertifikat leider beim Umzug verloren. Können Sie mir eine Kopie ausstellen? Der Workshop war im Juni 2025 in Refrath.

Mit freundlichen Grüßen
Babak Tehrani""", date="2025-09-22 10:14"),

T("de", 0, "oneliner", "Mariam K <mariam.k.1999@example.net>", "Wohnung",
"""Bitte ich brauche eine wohnung schnell 3 kinder 😢"""),

T("de", 0, "on_behalf", "Hans-Peter Möller <hp.moeller@example.com>", "Familie Sharifi – Stand der Dinge?",
"""Hallo zusammen,

als Ehrenamtler im Café International kümmere ich mich ein bisschen um Familie Sharifi (Unterkunft Gronau). Herr Sharifi sagt, er hat seit seinem Erstgespräch im Frühjahr nichts mehr gehört. Er ist unsicher, ob er noch etwas nachreichen muss.

Könnten Sie ihm (oder mir, er ist einverstanden) kurz mitteilen, wie der Stand ist? Seine Nummer: 0152 23450101.

Besten Dank
Hans-Peter Möller"""),

T("de", 0, "mixed_language", "Rahaf Al-Sayed <rahaf.alsayed@example.com>", "Wohnung Frage Kaution",
"""Marhaba Frau Schneider,
ich hoffe es geht Ihnen gut. Ana la2et shi2a fi Gronau, 2 Zimmer, aber Vermieter will Kaution in bar. Is that normal? Mein Bruder sagt es ist nicht sicher. Bitte sagen Sie mir.
Shukran
Rahaf"""),

T("de", 0, "clean", "Michael Ogunleye <michael.ogunleye@example.net>", "Frage zu Wohnungen der städtischen Wohnungsbaugesellschaft",
"""Guten Tag,

ich bin Vater von zwei Kindern und lebe seit 2023 in der Unterkunft in Schildgen. Ist es möglich, über Sie direkt eine Wohnung bei einer Wohnungsbaugesellschaft zu bekommen, oder muss ich mich dort selbst bewerben? Ich habe einen WBS für 3 Personen (meine Frau kommt im Rahmen des Familiennachzugs nach).

Beste Grüße
Michael Ogunleye"""),

T("de", 0, "broken", "Zarmina <zarmina.a@example.com>", "Termin Workshop Kinderbetreuung",
"""Hallo, ich will Workshop machen aber meine Baby ist 6 Monat. Gibt es Kinderbetreuung dort? Oder kann ich Baby mitbringen? Danke Zarmina"""),

T("de", 1, "clean", "Aram Khoshnaw <aram.khoshnaw@example.org>", "Feuer in der Wohnung – wir sind im Hotel nur bis Freitag",
"""Sehr geehrte Damen und Herren,

in unserem Haus in Lückerath hat es am Sonntag in der Küche der Nachbarwohnung gebrannt. Unsere Wohnung ist durch Rauch und Löschwasser unbewohnbar. Die Feuerwehr hat uns in ein Hotel gebracht, aber die Versicherung des Vermieters bezahlt nur bis Freitag.

Wir sind zwei Erwachsene und drei Kinder. Sie haben uns damals in diese Wohnung vermittelt. Bitte helfen Sie uns – was passiert ab Freitag?

Aram Khoshnaw
0176 23452468"""),

T("de", 0, "forward", "Esra Demir <esra.demir@example.net>", "Fwd: Wohnung Kleinanzeige",
"""Hallo Frau Becker, diese Anzeige habe ich gefunden. Ist das seriös? Der Mann will erst Geld dann Besichtigung. Ich habe noch nichts bezahlt.

---------- Weitergeleitete Nachricht ---------
Von: "John Miller" <j.miller.rent@example.com>
Datum: Mi., 9. Apr. 2025, 22:14
Betreff: Wohnung Bergisch Gladbach
An: <esra.demir@example.net>

Hallo, die Wohnung ist noch verfügbar. Ich bin zur Zeit in Spanien beruflich. Bitte überweisen Sie 2 Monatsmieten als Kaution über Western Union, dann schicke ich die Schlüssel per Post. 3 Zimmer, 85 m², 450 € warm.""", date="2025-04-10 07:55"),

T("de", 0, "clean", "Abdul Basir Rahmani <ab.rahmani@example.com>", "Wohnung passt nicht mehr – Familiennachzug",
"""Sehr geehrte Frau Yilmaz,

ich wohne seit letztem Jahr in der 1-Zimmer-Wohnung in der Stadtmitte, die Sie mir vermittelt haben. Jetzt hat meine Frau mit unseren zwei Kindern das Visum bekommen und kommt im August nach Deutschland. Die Wohnung ist zu klein (31 m²).

Kann ich wieder in Ihre Begleitung aufgenommen werden, um eine Familienwohnung zu finden? Die Ausländerbehörde sagt, ich brauche ausreichend Wohnraum.

Mit freundlichen Grüßen
Abdul Basir Rahmani""", charset="windows-1252", enc="quoted-printable"),

T("de", 0, "phone", "Sandra Vogt <sandra.vogt@example.org>", "Telefonat heute – Frau Gebremariam",
"""Hallo Frau Schneider,

wie eben am Telefon besprochen, hier die Kontaktdaten von Frau Gebremariam, die ich als Integrationslotsin begleite: 0159 23457766 (am besten nachmittags, Tigrinya, etwas Englisch). Sie hat die Unterlagen für den WBS dabei, wenn Sie sich treffen.

Grüße
Sandra Vogt"""),

T("de", 0, "machine_translated", "Nazir Ahmad <nazir.ahmad.gl@example.net>", "Problem mit Vermieter",
"""Sehr geehrte Damen und Herren,

Ich bin derjenige, dem Sie geholfen haben zu bekommen die Wohnung in Gronau im letzten Jahr. Jetzt der Vermieter sagt, dass ich muss bezahlen 600 Euro für die Farbe der Wände, weil die Kinder haben gemalt. Ich denke, das ist zu viel Geld. Hat er das Recht?

Danke im Voraus für Ihre Antwort.
Nazir Ahmad""", enc="base64"),

T("de", 0, "clean", "Emilia Kowalczyk <emilia.kowalczyk@example.com>", "Wohnungstausch innerhalb der Stadt?",
"""Guten Tag,

ich bin eine der Mieterinnen, die über das Auszugsmanagement eine Wohnung gefunden hat (Refrath, 2 Zimmer). Ich habe jetzt eine Arbeitsstelle in Herkenrath und ohne Auto ist der Weg sehr lang. Gibt es eine Möglichkeit, die Wohnung zu tauschen oder mir bei einer neuen Suche zu helfen?

Mit freundlichen Grüßen
Emilia Kowalczyk"""),

T("de", 0, "oneliner", "Yonas Berhe <yonas.berhe@example.net>", "Yonas Berhe",
"""Ich komme morgen 9 Uhr ok?"""),

T("de", 0, "on_behalf", "Kita Regenbogen Hebborn <leitung.kita-regenbogen@example.org>", "Familie Rahimi – Bitte um Unterstützung bei Wohnungssuche",
"""Sehr geehrte Damen und Herren,

die Familie Rahimi hat einen Platz in unserer Kita. Die Mutter hat uns gebeten, Sie zu kontaktieren, weil die Familie in der Unterkunft sehr beengt lebt und der Jüngste (3 Jahre) häufig krank ist – die Kinderärztin vermutet Schimmel im Zimmer.

Wir würden uns freuen, wenn Sie Kontakt zu Frau Rahimi aufnehmen könnten (0151 23453030, Dari, gutes Englisch).

Mit freundlichen Grüßen
Petra Winkelmann
Kita-Leitung""", html="alt"),

T("de", 0, "broken", "Karwan Mustafa <karwan.mustafa@example.com>", "Wohnung gefunden",
"""Hallo Frau Becker,
ich habe Wohnung gefunden!! In Paffrath 2 Zimmer. Vermieter ist Kurde auch, er kennt mein Onkel. Er will Mietvertrag machen aber sagt ich brauche Papier von Jobcenter. Welche Papier? Bitte schreiben Sie mir Liste.
Karwan
Ji kerema xwe alîkarî bike"""),

T("de", 0, "clean", "Helen Asfaw <helen.asfaw@example.org>", "Wohnung Kündigungsfrist Unterkunft",
"""Guten Tag,

ich habe eine Wohnung ab 15. Mai gefunden. Muss ich der Unterkunft etwas kündigen, wie bei einer normalen Wohnung mit 3 Monaten Frist? Oder kann ich einfach umziehen und den Schlüssel abgeben? Ich möchte keine Probleme bekommen.

Danke
Helen Asfaw"""),

T("de", 0, "html_only", "Shabnam Azizi <shabnam.azizi@example.net>", "Frage",
"""Sehr geehrte Damen und Herren

Ich bin in der Unterkunft Bensberg. Ich will fragen ob man auch Wohnung außerhalb von Bergisch Gladbach suchen darf, zum Beispiel Köln oder Leverkusen. Mein Mann arbeitet in Köln.

Mit freundlichen Grüßen
Shabnam Azizi""", html="only"),

T("de", 1, "on_behalf", "Streetwork Bergisch Gladbach <streetwork@jugendhilfe-gl.example.org>", "Junger Mann nach Entlassung aus Klinik obdachlos – Unterkunftsplatz verloren",
"""Hallo,

wir betreuen seit heute einen 20-jährigen jungen Mann (Herr Ali Reza Nazari), der nach zwei Wochen Krankenhausaufenthalt entlassen wurde und feststellen musste, dass sein Platz in der Unterkunft Lückerath neu belegt ist. Seine Sachen wurden eingelagert. Er hat heute Nacht keinen Schlafplatz.

Herr Nazari war bei Ihnen im Auszugsmanagement angemeldet und hatte eine Besichtigung in Aussicht. Können Sie uns bitte heute noch zurückrufen, damit wir klären, wo er unterkommen kann?

Streetwork-Team
0171 23451919""", date="2026-01-15 14:20"),

T("de", 0, "clean", "Georgi Dimitrov <georgi.dimitrov@example.com>", "Anfrage: Aufnahme ins Programm",
"""Sehr geehrte Damen und Herren,

ich bin bulgarischer Staatsbürger und wohne seit einem halben Jahr in einer städtischen Notunterkunft, nachdem ich meine Wohnung wegen Arbeitslosigkeit verloren habe. Inzwischen arbeite ich wieder (Produktionshelfer, Vollzeit). Kann ich auch an Ihrem Programm teilnehmen, obwohl ich kein Flüchtling bin?

Mit freundlichen Grüßen
Georgi Dimitrov"""),

T("de", 0, "broken", "Nasima <nasima.hakimi@example.org>", "Wohnung",
"""Hallo frau yilmaz

ich bin nasima, ich habe sie gesehen im workshop. Sie haben gesagt ich kann schreiben. Ich habe 4 kinder und mein mann ist gestorben 2023. ich suche wohnung 4 zimmer. jobcenter zahlt. bitte wenn Sie hören von wohnung sagen mir.

danke viel mal
nasima hakimi
unterkunft romaney"""),

T("de", 0, "reply", "Farzana Ahmadzai <farzana.ahmadzai@example.com>", "AW: Unterlagen",
"""Sehr geehrte Frau Becker, hier der WBS. Die Gehaltsabrechnungen hat mein Mann, er schickt morgen.

Mit freundlichen Grüßen
Farzana Ahmadzai

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen
Gesendet: Donnerstag, 22. Januar 2026 11:02
An: Farzana Ahmadzai
Betreff: Unterlagen

Liebe Frau Ahmadzai, bitte senden Sie uns noch den WBS und die Gehaltsabrechnungen Ihres Mannes.""", attach=["WBS.jpg"], date="2026-01-22 18:13"),

T("de", 0, "clean", "Adnan Suleiman <adnan.suleiman@example.net>", "Probleme mit der Anmeldung im Bürgerbüro",
"""Hallo,

ich bin am 1. März in meine neue Wohnung in Bensberg gezogen. Im Bürgerbüro wollten sie für die Ummeldung eine Wohnungsgeberbestätigung, die mein Vermieter mir nicht geben will. Er sagt, er kennt das nicht. Können Sie ihm erklären, was das ist, oder haben Sie ein Formular für ihn?

Viele Grüße
Adnan Suleiman"""),

T("de", 0, "oneliner", "Sediqa <sediqa.r@example.com>", "Re: Termin",
"""Danke, bis Dienstag."""),

T("de", 0, "machine_translated", "Mahmoud Abu Shanab <m.abushanab@example.org>", "Beantragung einer Hilfe",
"""An die geehrte Abteilung der Integration,

Ich schreibe zu Ihnen mit einem gebrochenen Herzen. Seit wir angekommen sind in diesem Land, wir leben in einem Raum in einem Container, und im Sommer es ist heiß wie ein Ofen und im Winter es ist kalt. Meine Ehefrau ist krank mit Zucker und braucht Ruhe.

Ich bitte Sie im Namen der Menschlichkeit, betrachten Sie unseren Fall und helfen Sie uns zu finden einen passenden Ort. Wir sind bereit zu wohnen in jedem Stadtteil.

Mit Gebet für Ihr Wohlbefinden
Mahmoud Abu Shanab"""),

T("de", 0, "clean", "Iryna Koval <iryna.koval@example.net>", "Vermieterin wünscht Kontakt zu Ihnen",
"""Guten Tag Frau Schneider,

ich war am Samstag bei der Besichtigung in Frankenforst. Die Vermieterin, Frau Lenz, hätte gerne eine Ansprechperson bei der Stadt, falls später Probleme auftreten. Darf ich ihr Ihre Telefonnummer geben?

Ich würde die Wohnung sehr gerne nehmen, sie ist nah an der Schule meines Sohnes.

Mit freundlichen Grüßen
Iryna Koval"""),

T("de", 0, "hard_case", "Nabil Hamdi <nabil.hamdi@example.com>", "Vermieter",
"""Sehr geehrte Damen und Herren,

ich bin im Auszugsmanagement. Mein Vermieter (ich wohne seit Januar in der Wohnung in der Gladbacher Straße) will die Miete um 80 € erhöhen. Er sagt, die Stadt hat das erlaubt. Stimmt das? Das Jobcenter hat mir geschrieben, dass die neue Miete nicht mehr angemessen ist.

Mit freundlichen Grüßen
Nabil Hamdi"""),

T("de", 0, "broken", "Ramin <ramin.jafari@example.net>", "wohnung angebot",
"""hallo
danke für wohnung angebot in hand. aber ich habe schon vertrag unterschrieben andere wohnung in bensberg gestern. sorry. bitte geben sie wohnung andere person.
ramin"""),

T("de", 0, "on_behalf", "Amtsvormund Jugendamt <amtsvormundschaft@jugendamt-gl.example.org>", "Ehemaliger UMF, jetzt volljährig – Wohnungssuche",
"""Sehr geehrte Kolleginnen und Kollegen,

ich war bis zu seiner Volljährigkeit Amtsvormund von Herrn Samir Haidari (jetzt 19 Jahre). Die Jugendhilfemaßnahme endet zum 30.06.; Herr Haidari soll dann in eine städtische Unterkunft wechseln, was wir gern vermeiden würden. Er ist in einer Ausbildung zum Kfz-Mechatroniker und sehr selbstständig.

Besteht die Möglichkeit, ihn bereits jetzt in die Auszugsbegleitung aufzunehmen, damit er direkt in eine eigene kleine Wohnung ziehen kann?

Mit freundlichen Grüßen
Im Auftrag
B. Krüger
Stadt (fiktiv) – Fachdienst Vormundschaften""", enc="quoted-printable"),
]
