"""r4west batch 07: urgent tenant_request (eviction date, must leave accommodation within days, violence,
newborn without a place), landlords reporting on a placed tenant or sending requested photos, inquiry
(politician, parking complaint, general volunteers, interpreter service, community invitation) and spam."""
from mailwriter import T, L, I, S

MAILS = [
T("de", 1, "broken", "Nasir Ahmadi <nasir.ahmadi.gl@example.com>", "Räumung 12.03 bitte Hilfe",
"""Guten Tag,

wir haben Brief vom Gericht bekommen, Räumungstermin ist 12.03 um 9 Uhr, Gerichtsvollzieher kommt. Das ist nächste Woche Donnerstag. Vermieter hat gekündigt wegen Eigenbedarf letztes Jahr und wir haben keine neue Wohnung gefunden, wir haben gesucht jeden Tag.

Wir sind 5 Personen, 3 Kinder (2, 6, 9 Jahre). Wo sollen wir hin am 12.03? Bitte helfen Sie uns, ich weiß nicht was machen.

Nasir Ahmadi
Hauptstraße, Refrath
0157 22984017""", attach=["Raeumungsmitteilung.pdf"], date="2026-03-04 07:12"),

T("de", 1, "phone", "Shirin <shirin.b.1995@example.net>", "hilfe",
"""bitte hilfe mein mann schlägt mich gestern wieder die polizei war da aber er ist heute zurück im zimmer. ich kann nicht mehr hier schlafen mit meine tochter. gibt es anderes zimmer oder heim heute? ich bin jetzt bei nachbarin. shirin heim moitzfeld zimmer 12""", date="2026-01-18 22:41"),

T("de", 1, "on_behalf", "Hebammenpraxis Lichtblick (fiktiv) – Anke Sommer <anke.sommer@hebammen-lichtblick.example.org>", "Dringend: Wöchnerin mit Neugeborenem ohne geeignete Unterbringung",
"""Sehr geehrte Damen und Herren,

ich betreue als Hebamme Frau Lina Hamdan, die am Montag im EVK per Kaiserschnitt ein Mädchen geboren hat. Frau Hamdan soll am Freitag entlassen werden.

Bisher war sie in einem Zimmer mit zwei anderen Frauen untergebracht, Gemeinschaftsküche und -bad auf dem Flur, und es gibt im Zimmer keinen Platz für ein Babybett. Ihr Mann arbeitet auswärts. Nach einem Kaiserschnitt und mit einem Neugeborenen ist diese Unterbringung aus meiner Sicht nicht zumutbar, zumal das Zimmer laut Frau Hamdan feucht ist.

Können Sie bis Freitag eine andere Lösung finden, zumindest ein Einzelzimmer mit eigenem Bad? Frau Hamdan ist einverstanden, dass ich mich an Sie wende. Ich bin unter 0171 4409283 erreichbar.

Mit freundlichen Grüßen
Anke Sommer
Hebamme""", date="2026-05-13 16:30"),

T("de", 1, "machine_translated", "Oleksandr Hnatiuk <o.hnatiuk@example.org>", "Wir müssen die Unterkunft bis Montag verlassen",
"""Sehr geehrte Damen und Herren,

heute hat uns der Hausmeister der Unterkunft in der Schule in Hand mitgeteilt, dass das Gebäude am nächsten Montag geschlossen wird und alle Bewohner bis Sonntagabend ausziehen müssen. Uns wurde gesagt, wir sollten uns selbst um eine Wohnung kümmern, weil wir eine Arbeitserlaubnis haben.

Wir sind drei Personen: ich, meine Frau und ihre Mutter, die 78 Jahre alt ist und im Rollstuhl sitzt. Wir haben keine Wohnung und keine Bekannten in der Stadt. Bitte sagen Sie uns, wohin wir am Montag gehen sollen.

Mit Respekt und großer Sorge
Oleksandr Hnatiuk
Tel. 0152 33817640""", date="2026-02-25 17:55"),

T("en", 1, "clean", "Esther Nwosu <esther.nwosu@example.com>", "URGENT – landlord wants us out by Saturday",
"""Hello,

I am writing because our landlord in Heidkamp told us yesterday that we have to leave the flat by Saturday because he sold the house. We never got a written notice. Today he came with two men and said he will change the locks on Saturday morning.

I have two children (4 and 11) and I am 7 months pregnant. We have nowhere to go. I called the Jobcenter but they said to contact the city.

Please call me: 0176 55102938

Esther Nwosu""", date="2026-06-10 09:05"),

T("fr", 1, "clean", "Awa Sylla <awa.sylla@example.org>", "Urgent – menaces dans le foyer",
"""Bonjour,

Je vous écris parce que je ne me sens plus en sécurité au foyer de Paffrath. Un homme qui habite dans le même couloir me menace depuis deux semaines ; hier soir, il a frappé à ma porte pendant une heure et il a dit qu'il allait me faire du mal. La police est venue, mais il est toujours là.

Je suis seule avec ma fille de 5 ans. Est-ce qu'on peut être déplacées dans un autre logement aujourd'hui ou demain ? Je ne veux pas passer une nuit de plus ici.

Awa Sylla
0152 88301745""", date="2026-09-22 08:17"),

T("fr", 1, "broken", "Kouadio Yao <kouadio.yao@example.net>", "bebe né, sortie hopital demain",
"""bonjour
ma femme a accouché il y a 3 jours, le bébé est né un peu tôt. l'hopital dit sortie demain. nous habitons 1 chambre au foyer avec mes 2 autres enfants et il y a moisissure sur le mur, le médecin dit pas bon pour le bébé.
on peut avoir une autre chambre avant demain? s il vous plait répondez vite
Kouadio Yao 0160 55290341""", date="2026-11-03 20:44"),

T("ti", 1, "phone", "Dawit Habtom <dawit.habtom@example.com>", "ህጹጽ",
"""ሰላም ኣነ ዳዊት እየ ካብ ካምፕ ሄርከንራት። ሎሚ ደብዳበ መጺኡኒ ኣብ 3 መዓልቲ ካብ ክፍለይ ክወጽእ ኣለኒ ይብል። ኣበይ ክኸይድ ኣይፈልጥን። ገዛ የብለይን። በጃኹም ሓግዙኒ። 0157 40028816""", date="2026-08-19 06:58"),

L("en", 0, "clean", "Catherine Hughes <catherine.hughes@example.net>", "Water damage caused by tenant – Mr Darwish",
"""Dear Integration Wohnen team,

I rented my flat in Bensberg to Mr Darwish through your programme last autumn. Overall he is a pleasant tenant, but on Sunday the washing machine hose was not connected properly and water ran into the flat below. The neighbour's ceiling now has a stain and the insurance wants a statement.

Could one of your caseworkers help explain to Mr Darwish what he needs to do (liability insurance, statement to the insurer)? I don't want this to become a conflict.

Kind regards,
Catherine Hughes"""),

L("fr", 0, "clean", "Laurent Petit <laurent.petit@example.com>", "Photos de l'appartement comme demandé",
"""Bonjour,

Comme demandé au téléphone, je vous envoie les photos de l'appartement de Refrath (séjour, chambre, cuisine, salle de bain) ainsi que le plan. Il sera libre le 1er avril.

Cordialement,
Laurent Petit""", attach=["sejour.jpg", "chambre.jpg", "cuisine.jpg", "sdb.jpg", "plan.pdf"]),

I("de", 0, "phone", "Anneliese Broich <anneliese.broich@example.com>", "Falschparker",
"""vor der unterkunft in unserer strasse in gronau parken seit wochen transporter auf dem gehweg ich komm mit dem rollator nicht vorbei. ist das ordnungsamt oder sie? bitte weiterleiten danke a broich"""),

I("de", 0, "formal", "Ratsfraktion (fiktiv) – Michael Ortmann <m.ortmann@ratsfraktion-gl.example.org>", "Anfrage für den Sozialausschuss: Zahlen Auszugsmanagement",
"""Sehr geehrte Damen und Herren,

für die Sitzung des Ausschusses für Soziales am 4. Dezember bereitet unsere Fraktion eine Anfrage zum Auszugsmanagement vor. Vorab wäre ich Ihnen dankbar für folgende Informationen:

– Anzahl der Haushalte, die seit Jahresbeginn aus städtischen Unterkünften in eigenen Wohnraum gezogen sind
– Anzahl der aktiven Vermieterkontakte
– durchschnittliche Wartezeit bis zum Auszug

Falls die Zahlen nur über die Verwaltungsspitze herausgegeben werden können, bitte ich um einen kurzen Hinweis.

Mit freundlichen Grüßen
Michael Ortmann
Mitglied des Rates"""),

I("en", 0, "clean", "Rachel Adams <rachel.adams@example.org>", "Offer: conversation practice for people preparing to move",
"""Hello,

I'm an English teacher living in Refrath and I speak good German too. I'd like to offer a free weekly conversation group for people who are preparing to move into their own flat – practising phone calls with landlords, viewings, that kind of thing.

I don't know anyone in the programme personally; I just thought it might be useful. Would that fit into what you do, and who should I speak to?

Best wishes,
Rachel Adams"""),

I("fr", 0, "formal", "Traductions Dialogue (fictive) <contact@traductions-dialogue.example.com>", "Services d'interprétariat français, lingala, wolof",
"""Madame, Monsieur,

Notre agence propose des services d'interprétariat et de traduction (français, lingala, wolof, bambara, anglais) pour les administrations et les associations, sur place ou par téléphone, avec un délai de 24 heures.

Nous serions heureux de vous faire parvenir nos tarifs pour les entretiens de conseil et les ateliers de votre service.

Cordialement,
Élodie Mansaré
Responsable commerciale"""),

I("ti", 0, "formal", "ማሕበር ኤርትራውያን ኮሙኒቲ (fictional) <info@eritrean-community-gl.example.org>", "ዕድመ ናብ ኣኼባ ኮሙኒቲ",
"""ሰላም ክቡራት፣

ማሕበርና ኣብ በርጊሽ ግላድባኽ ዝነብሩ ኤርትራውያን ስድራቤታት የጠቓልል። ብዙሓት ኣባላትና ገዛ ንምርካብ ጸገም ከም ዘለዎም ይነግሩና።

ኣብ ዝመጽእ ኣኼባና (ቀዳም 14 ሕዳር፣ ሰዓት 16:00) ሓደ ካብ ጉጅለኹም መጺኡ ብዛዕባ እቲ ፕሮግራም ክገልጸልና ንደሊ። ትርጉም ንሕና ነዳሉ።

የቐንየልኩም
ተስፋይ ገብረሂወት
ኣቦ መንበር"""),

I("so", 0, "clean", "Sahra Cali <sahra.cali@example.net>", "Waxaan rabaa inaan caawiyo",
"""Asc,

Waxaan ahay haweeney Soomaali ah oo 15 sano ku nooleyd Jarmalka, waxaanan si fiican ugu hadlaa Jarmal iyo Soomaali. Waxaan rabaa inaan si tabaruc ah u caawiyo dadka Soomaalida ah ee raadinaya guryo, tusaale ahaan turjumaad ama buuxinta foomamka.

Qof gaar ah ma aan garanayo, kaliya waxaan rabaa inaan caawiyo. Sideen isu diiwaangelin karaa?

Mahadsanid
Sahra Cali"""),

S("de", 0, "clean", "Carmen Ruiz Vermietung <carmen.ruiz.vermietung@example.com>", "Wohnung Refrath – Schlüsselübergabe per Post",
"""Guten Tag,

vielen Dank für Ihre Nachricht. Die Wohnung in Refrath ist noch frei. Ich wohne seit meiner Scheidung in Madrid und kann leider nicht nach Deutschland kommen.

Ablauf: Sie überweisen die Kaution (1.100 €) und die erste Monatsmiete auf mein spanisches Konto (IBAN folgt), danach sende ich Ihnen Schlüssel und Vertrag per Einschreiben. Sie haben 7 Tage Rückgaberecht.

Bitte schicken Sie mir eine Kopie Ihres Personalausweises.

Carmen Ruiz"""),

S("de", 0, "html_only", "Sparkasse Kundenservice <service@sparkasse-pushtan-update.example.net>", "Wichtig: Ihr pushTAN-Verfahren läuft ab",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

aufgrund neuer Sicherheitsrichtlinien muss Ihr pushTAN-Verfahren bis zum 30.11. neu registriert werden. Andernfalls wird Ihr Online-Banking-Zugang vorübergehend gesperrt.

Jetzt neu registrieren: https://sparkasse-pushtan-update.example.net/login

Mit freundlichen Grüßen
Ihre Sparkasse""", html="only"),

S("en", 0, "clean", "Barrister Paul Mensah <paul.mensah.chambers@example.com>", "Unclaimed inheritance – confidential",
"""Dear Friend,

I am Barrister Paul Mensah, personal attorney to the late Mr. Heinrich Wagner, a German national who died in a car accident leaving a deposit of USD 7,500,000 with no next of kin. Since you share the same nationality, I am contacting you to present you as beneficiary.

All legal documents will be provided. Reply with your full name, address and phone number for further details. This transaction is 100% risk free.

Barrister Paul Mensah"""),

S("so", 0, "clean", "Guri Kiro Germany <guri.kiro.germany@example.net>", "Guri kiro ah Bergisch Gladbach – 350 euro",
"""Asc walaal,

Guri saddex qol ah oo ku yaal Bergisch Gladbach ayaa kiro ah, 350 euro bishii oo wax walba ku jiraan. Milkiiluhu wuxuu joogaa Ingiriiska.

Si aad guriga u qabsato, u dir 700 euro (deposit) Western Union ama WorldRemit magaca wakiilka. Furayaasha waxaa laguugu soo diri doonaa boosto 3 maalmood gudahood. Degdeg, dad badan ayaa doonaya!

Whatsapp: +44 7700 900 418"""),
]
