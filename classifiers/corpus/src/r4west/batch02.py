"""r4west batch 02: people writing FOR a named person (family, social worker, teacher, neighbour, Jobcenter,
employer) as tenant_request, against volunteers offering general help, other offices and parishes inviting
staff (inquiry), and employers, parishes and a cooperative with a vacant flat (landlord_offer)."""
from mailwriter import T, L, I

MAILS = [
T("de", 0, "broken", "Rahel Woldu <rahel.woldu@example.com>", "Für mein Bruder Yonas",
"""Hallo,

ich bin Schwester von Yonas Woldu, er wohnt bei Ihnen in Heim in Paffrath. Ich wohne in Essen. Yonas hat jetzt Ausbildung als Elektriker angefangen und er muss jeden Tag um 5 Uhr aufstehen, aber im Zimmer sind 3 Männer und es ist laut bis nachts. Er schläft nicht gut und ist müde auf Arbeit.

Er ist nicht gut mit Schreiben auf Deutsch, deshalb ich schreibe. Er sucht kleine Wohnung oder WG Zimmer, Ausbildung zahlt 980 Euro. Kann er bei Ihnen Termin bekommen?

Seine Nummer 0162 7730195, er arbeitet bis 15:30.

Danke viel mal
Rahel Woldu"""),

T("de", 0, "formal", "Migrationsberatung Südstadt – Frau Dilek Aydın <d.aydin@mbe-suedstadt.example.org>", "Familie Haidari (5 Personen) – Bitte um Aufnahme in die Wohnungsvermittlung",
"""Sehr geehrte Damen und Herren,

ich begleite im Rahmen der Migrationsberatung für erwachsene Zuwanderer die Familie Haidari (Eltern, drei Kinder im Alter von 3, 8 und 11 Jahren), die seit 14 Monaten in der Unterkunft Moitzfeld lebt.

Die Familie hat inzwischen einen Aufenthaltstitel nach § 25 Abs. 2 AufenthG, Herr Haidari arbeitet in Teilzeit als Lagerhelfer, ergänzend bezieht die Familie Leistungen nach dem SGB II. Ein WBS für fünf Personen liegt vor. Die Eltern bemühen sich selbst intensiv, scheitern aber regelmäßig an der Größe der Familie.

Ich bitte darum, die Familie in Ihre Vermittlung aufzunehmen. Eine Schweigepflichtentbindung füge ich bei. Für ein erstes Gespräch würde ich die Familie begleiten; Dari-Dolmetschung organisiere ich.

Mit freundlichen Grüßen
Dilek Aydın
Migrationsberatung (fiktiv)
Tel. 02202 81190-4""", attach=["Schweigepflichtentbindung_Haidari.pdf"]),

T("de", 0, "clean", "Thomas Reuter <t.reuter@bk-gl.example.org>", "Auszubildender Hamid Noori – Wohnungssuche",
"""Guten Tag,

ich bin Klassenlehrer an einem Berufskolleg und unterrichte Herrn Hamid Noori (Ausbildung zum Anlagenmechaniker, 2. Lehrjahr). Herr Noori wohnt noch in der städtischen Unterkunft und hat mich gebeten, Sie anzuschreiben, weil er auf seine eigenen Anfragen keine Antwort bekommen habe – eventuell an eine falsche Adresse.

Er sucht ein Zimmer oder Appartement, möglichst mit Bahnanbindung nach Köln. Sein Ausbildungsbetrieb hat eine Bestätigung über das Gehalt ausgestellt.

Könnten Sie ihn direkt kontaktieren? hamid.noori.azubi@example.net

Viele Grüße
Thomas Reuter""", cc="Hamid Noori <hamid.noori.azubi@example.net>"),

T("de", 0, "phone", "Klaus Wimmer <klaus.wimmer55@example.net>", "mein nachbar",
"""hallo mein nachbar herr Qadir aus der unterkunft gegenüber hat mich gefragt ob ich schreib. er sucht 3 zimmer für frau und 2 kinder, er hat jetzt arbeit bei der post. deutsch kann er nicht so gut schreiben. er war schon mal bei ihnen vor einem jahr aber hört nix mehr. kann jemand ihn anrufen 0176 44019273
gruss wimmer"""),

T("de", 0, "formal", "Jobcenter Rheinisch-Bergischer Kreis, Team 412 <team412@jc-rbk.example.org>", "Kundin Frau Svitlana Moroz, BG-Nr. 33301//0048812 – Unterstützung Wohnungssuche",
"""Sehr geehrte Damen und Herren,

Frau Svitlana Moroz und ihre Tochter (7 J.) leben derzeit in der städtischen Unterkunft in Bensberg. Frau Moroz nimmt ab dem 01.09. eine sozialversicherungspflichtige Beschäftigung in Bergisch Gladbach auf und wird voraussichtlich nur noch ergänzend Leistungen beziehen.

Im Rahmen der Eingliederungsvereinbarung wurde der Umzug in eigenen Wohnraum als Ziel vereinbart. Die Angemessenheitsgrenze für einen 2-Personen-Haushalt beträgt derzeit 563,00 EUR bruttokalt. Eine Zusicherung nach § 22 Abs. 4 SGB II kann nach Vorlage eines konkreten Angebots kurzfristig erteilt werden.

Wir bitten Sie, Frau Moroz in Ihre Wohnraumvermittlung aufzunehmen. Das Einverständnis der Kundin liegt vor.

Mit freundlichen Grüßen
Im Auftrag
B. Lindlar
Arbeitsvermittlung / Fallmanagement"""),

T("de", 0, "machine_translated", "Ali Rıza Demir <ali.riza.demir@example.com>", "Bitte um Hilfe für meinen Vater",
"""Sehr geehrte Damen und Herren,

ich wende mich an Sie im Namen meines Vaters, Herrn Mustafa Demir, 71 Jahre alt. Er lebt seit einem Jahr in der Unterkunft in Herkenrath. Das Zimmer befindet sich im zweiten Stock und der Vater hat ein Problem mit dem Knie, die Treppe ist für ihn jeden Tag eine große Anstrengung.

Ich selbst wohne in Leverkusen mit meiner Familie in einer kleinen Wohnung, leider kann ich ihn nicht bei mir aufnehmen. Wir suchen für ihn eine kleine Wohnung im Erdgeschoss oder mit Aufzug. Die Grundsicherung im Alter übernimmt die Miete.

Ist es möglich, dass Sie ihn auf die Liste setzen? Ich kann bei allen Terminen übersetzen.

Mit freundlichen Grüßen und Dankbarkeit
Ali Rıza Demir"""),

T("de", 0, "hard_case", "Holzbau Stommel GmbH (fiktiv) – Personal <personal@holzbau-stommel.example.com>", "Unser Mitarbeiter Herr Abdullah Safi sucht Wohnung",
"""Sehr geehrte Damen und Herren,

Herr Abdullah Safi arbeitet seit zwei Jahren als Zimmerergeselle in unserem Betrieb in Moitzfeld und ist ein sehr geschätzter Kollege. Er wohnt nach wie vor in einer Gemeinschaftsunterkunft, was ihm wegen Schichtbeginn um 6 Uhr und der Lautstärke zunehmend zu schaffen macht.

Wir selbst haben leider keine Betriebswohnungen. Wir können aber gerne eine Arbeitgeberbescheinigung ausstellen und gegenüber einem Vermieter bestätigen, dass das Arbeitsverhältnis unbefristet ist.

Können Sie Herrn Safi bei der Suche unterstützen? Er ist mit dieser Mail einverstanden.

Mit freundlichen Grüßen
Petra Stommel
Personal & Verwaltung"""),

T("en", 0, "clean", "Mebrat Kidane <mebrat.kidane@example.com>", "My brother Samuel Kidane – looking for a flat",
"""Dear Sir or Madam,

I am writing from Birmingham on behalf of my younger brother, Samuel Kidane, who has been living in your municipal accommodation in Schildgen since 2023. He finished his B1 course and now works in a warehouse in Köln.

Samuel is shy about writing emails and he asked me to contact you. He would like to know whether he is registered in your housing programme and what he needs to do next. He has his payslips and his residence permit ready.

You can reply to me or directly to him (samuel.k.gl@example.net). Thank you very much for your work.

Kind regards,
Mebrat Kidane"""),

T("en", 0, "on_behalf", "Sarah Whitfield <sarah.whitfield@example.net>", "Family Rahimi – mentor request for appointment",
"""Hello,

I'm an English volunteer mentor (my German is still work in progress, sorry) supporting the Rahimi family – parents and two small children – who live in the accommodation in Hand. They have been searching on the portals for eight months without a single viewing.

Could we book a meeting with one of your caseworkers? I would come along with Mr and Mrs Rahimi; Mr Rahimi speaks decent English, Mrs Rahimi only Dari. They have their WBS and the Jobcenter confirmation for a 4-person household.

Many thanks,
Sarah Whitfield"""),

T("fr", 0, "on_behalf", "Service social – Mme Claire Nguyen <claire.nguyen@diakonie-gl.example.org>", "Famille Kabongo – demande d'accompagnement logement",
"""Bonjour,

Je suis assistante sociale et j'accompagne la famille Kabongo (parents et quatre enfants, originaires de RDC), hébergée depuis un an et demi au foyer de Gronau. Les parents parlent français et lingala ; leur allemand est encore débutant, c'est pourquoi je vous écris en français à leur demande, avec une copie en allemand si besoin.

La famille cherche un logement de 4 pièces. Le Jobcenter a confirmé la prise en charge du loyer dans les limites habituelles. M. Kabongo a suivi votre atelier logement l'an dernier.

Serait-il possible de fixer un rendez-vous avec un ou une collègue francophone, ou avec un interprète ?

Cordialement,
Claire Nguyen
Assistante sociale (fictive)"""),

T("so", 0, "on_behalf", "Ifrah Mohamed <ifrah.mohamed@example.com>", "Hooyaday Faadumo – guri",
"""Asc,

Waxaan ahay Ifrah, gabadha Faadumo Cali Xasan. Hooyaday waxay ku nooshahay xarunta Bensberg tan iyo 2022. Jarmal si fiican uma aqoon, sidaa darteed anigaa u qoraya.

Hooyaday waxay u baahan tahay guri yar oo hal qol ah, waayo way jirran tahay oo qolka waxaa la wadaagaa laba haween kale. Jobcenter-ka ayaa bixinaya kirada.

Fadlan ma la ii sheegi karaa haddii ay ku jirto liiska? Anigu waxaan joogaa Düsseldorf, telefoonkeyga waa 0151 22893047.

Mahadsanid
Ifrah Mohamed"""),

T("ti", 0, "on_behalf", "Mulugeta Berhe <mulugeta.berhe@example.net>", "ብዛዕባ ሓፍተይ ኣዜብ",
"""ሰላም፣

ኣነ ሙሉጌታ እየ፣ ሓው ኣዜብ በርሀ። ሓፍተይ ምስ ክልተ ቆልዓ ኣብ መዕቆቢ ናይ ሞይትስፈልድ ትነብር። ጀርመንኛ ኣይትጽሕፍን እያ፣ ስለዚ ኣነ እጽሕፍ ኣለኹ።

ንሳ ናይ ገዛ ምድላይ ሓገዝ ትደሊ። ጆብሰንተር ክኽፍል ድሉው እዩ። ቆልዑ ኣብ ቤት ትምህርቲ ሃንድ እዮም ዘለዉ፣ ስለዚ ኣብኡ ቀረባ እንተኾነ ይሓይሽ።

በጃኹም ቆጸራ ሃቡና። ቁጽሪ ተሌፎን ናተይ: 0157 66204918

የቐንየልኩም
ሙሉጌታ"""),

I("de", 0, "phone", "Gisela Haas <gisela.haas@example.org>", "Ehrenamtliche Hilfe",
"""guten tag bin seit kurzem in rente (war bankkauffrau) und würd gern ehrenamtlich helfen bei leuten die wohnung suchen. formulare, bewerbungsmappen für vermieter, zu besichtigungen fahren, hab auto. kenne keinen bestimmten, einfach da wo bedarf ist. an wen kann ich mich wenden?
gisela haas refrath"""),

I("en", 0, "clean", "Peter Lindqvist <p.lindqvist@example.com>", "Volunteering – help with moves",
"""Hi there,

I'm a Swedish expat living in Bensberg and I have a van and a free Saturday most weeks. If any of the families you support are moving into a new flat and need help carrying furniture, I'd be happy to help. I can also assemble IKEA furniture reasonably well.

Just let me know how volunteering works with you – do I need to register somewhere or sign anything?

Cheers,
Peter"""),

I("de", 0, "formal", "Stadt Wermelskirchen (fiktiv) – Soziale Dienste <soziale.dienste@wermelskirchen-stadt.example.org>", "Anfrage kollegialer Austausch Auszugsmanagement",
"""Sehr geehrte Kolleginnen und Kollegen,

wir planen, ab dem kommenden Jahr ebenfalls ein Auszugsmanagement für Bewohnerinnen und Bewohner unserer Unterkünfte aufzubauen. Bei Recherchen sind wir auf Ihr Projekt gestoßen.

Wären Sie zu einem Austausch bereit? Uns interessiert vor allem, wie Sie Kontakt zu Vermietern aufbauen, wie viele Stellen Sie dafür haben und wie Ihre Workshops organisiert sind. Gerne kommen wir auch nach Bergisch Gladbach.

Mit freundlichen Grüßen
Jana Kaltenbach
Sachgebietsleitung Soziale Dienste"""),

I("de", 0, "formal", "Jobcenter Rheinisch-Bergischer Kreis – Teamleitung <teamleitung.markt@jc-rbk.example.org>", "Einladung Netzwerktreffen Wohnen am 17.03.",
"""Sehr geehrte Damen und Herren,

hiermit laden wir Sie herzlich zu unserem halbjährlichen Netzwerktreffen „Wohnen und Arbeit“ ein:

Dienstag, 17.03., 14:00–16:00 Uhr
Jobcenter, Konferenzraum EG

Themen: aktuelle Angemessenheitsgrenzen, Verfahren bei Mietkautionsdarlehen, Erfahrungsaustausch zu Vermieterkontakten.

Wir würden uns freuen, wenn Ihr Team einen kurzen Bericht (10 Minuten) über die Erfahrungen aus dem letzten Jahr geben könnte. Um Rückmeldung bis 06.03. wird gebeten.

Mit freundlichen Grüßen
Teamleitung Markt und Integration"""),

I("fr", 0, "formal", "Association Horizons Africains (fictive) <contact@horizons-africains.example.org>", "Proposition de partenariat – communauté francophone",
"""Madame, Monsieur,

Notre association réunit environ 120 familles francophones d'Afrique de l'Ouest et centrale dans le Rheinisch-Bergischer Kreis. Beaucoup de nos membres nous parlent de leurs difficultés à trouver un appartement, et peu connaissent votre service.

Nous aimerions vous inviter à présenter votre programme lors de notre assemblée générale du samedi 14 novembre à Bergisch Gladbach. Nous pourrions assurer la traduction en français et, si vous le souhaitez, distribuer vos brochures.

Dans l'attente de votre réponse, veuillez agréer nos salutations distinguées.

Jean-Pierre Mbemba
Président"""),

I("de", 0, "clean", "Pfarrbüro St. Nikolaus (fiktiv) <pfarrbuero@st-nikolaus-gl.example.org>", "Einladung zum Gemeindeabend „Willkommen in der Nachbarschaft“",
"""Liebe Mitarbeitende von Integration Wohnen,

unser Ausschuss Caritas und Soziales veranstaltet am 5. Februar einen Gemeindeabend zum Thema „Willkommen in der Nachbarschaft“. Wir möchten Gemeindemitgliedern zeigen, wie sie Geflüchteten beim Ankommen helfen können.

Hätte jemand von Ihnen Zeit, 15 Minuten über Ihre Arbeit zu berichten? Es geht uns um Information, nicht um konkrete Wohnungen – die Kirchengemeinde selbst hat derzeit leider nichts frei.

Herzliche Grüße aus dem Pfarrbüro
Monika Schallenberg"""),

L("de", 0, "formal", "Kunststoffwerk Gierath GmbH (fiktiv) – Liegenschaften <liegenschaften@kw-gierath.example.com>", "Werkswohnung in Heidkamp frei – Angebot",
"""Sehr geehrte Damen und Herren,

in unserem werkseigenen Wohnhaus in Heidkamp wird zum 1. Oktober eine 3-Zimmer-Wohnung (71 m², 1. OG, Balkon) frei. Da aktuell keiner unserer Mitarbeitenden Bedarf angemeldet hat, möchten wir die Wohnung über Ihr Programm an eine Familie vermieten.

Kaltmiete 610 €, Nebenkosten ca. 190 €. Ein befristeter Vertrag ist nicht vorgesehen. Besichtigung nach Absprache mit unserem Hausmeister.

Bitte teilen Sie uns mit, wie das weitere Vorgehen ist.

Mit freundlichen Grüßen
Gerd Baumann
Liegenschaftsverwaltung"""),

L("de", 0, "clean", "Ev. Kirchengemeinde Bensberg (fiktiv) – Verwaltung <verwaltung@ekg-bensberg.example.org>", "Wohnung im ehemaligen Küsterhaus",
"""Guten Tag,

das Presbyterium hat beschlossen, die Wohnung im ehemaligen Küsterhaus neben der Kirche (2 Zimmer, Küche, Bad, 55 m²) an eine geflüchtete Person oder ein Paar zu vermieten. Die Wohnung wird gerade renoviert und ist ab Mitte Januar bezugsfertig.

Wir orientieren uns bei der Miete an den Sätzen des Jobcenters. Können Sie uns Interessenten vorschlagen? Kontakt gerne über mich.

Mit freundlichen Grüßen
Ingrid Feldhaus
Gemeindebüro"""),

L("en", 0, "clean", "Marco Bellini <marco.bellini@example.com>", "Small flat above our bakery",
"""Hello,

my wife and I own a bakery in Schildgen and the small flat above it (1.5 rooms, 38 m²) has been empty since our apprentice moved out. We would like to rent it to someone from your programme – ideally someone who could also imagine working in the bakery, but that's not a condition.

Rent would be 390 euro plus utilities. Could you tell us how this works and whether we need to sign anything with the city?

Best regards,
Marco Bellini"""),

L("de", 0, "formal", "Wohnungsbaugenossenschaft Strunde eG (fiktiv) <vermietung@wbg-strunde.example.org>", "Zwei Wohnungen in Gronau – Belegung über Ihr Programm",
"""Sehr geehrte Damen und Herren,

wie im Rahmen unserer Kooperationsvereinbarung besprochen, melden wir Ihnen zwei freiwerdende Wohnungen:

1. Gronau, 2 Zi., 49 m², EG, frei ab 01.11., Nutzungsgebühr 468 € + NK 155 €
2. Gronau, 4 Zi., 86 m², 2. OG, frei ab 01.12., Nutzungsgebühr 790 € + NK 240 €

Voraussetzung ist wie üblich der Erwerb eines Genossenschaftsanteils (die Übernahme durch das Jobcenter ist möglich). Bitte senden Sie uns bis Monatsende geeignete Haushalte.

Mit freundlichen Grüßen
Susanne Weber
Vermietung"""),
]
