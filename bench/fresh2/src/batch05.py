"""fresh2 batch 05: French (rest), Tigrinya, Somali (first part)."""
from mailwriter import T, L, I, S, A

MAILS = [
T("fr", 0, "reply", "Moussa Koné <moussa.kone@example.net>", "Re: Ihr Termin am Dienstag",
"""Merci beaucoup, je viens mardi à 14h avec mon passeport et la lettre du Jobcenter.

Moussa Koné

Am Mi., 11. März 2026 um 10:05 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Guten Tag Herr Koné,
>
> Ihr Termin zur Beratung ist am Dienstag, 17.03., um 14 Uhr im Stadthaus.
> Bitte bringen Sie Ihren Pass und den Bescheid des Jobcenters mit.
>
> Freundliche Grüße
> Integration Wohnen""", date="2026-03-11 12:47"),

L("fr", 0, "clean", "Philippe Dumont <philippe.dumont@example.net>", "Appartement à louer à Refrath",
"""Bonjour,

je suis belge et propriétaire d'un appartement à Refrath que j'ai acheté quand je travaillais à Cologne. Mon
locataire actuel part fin septembre. Il s'agit d'un trois-pièces de 70 m² au premier étage, avec cave et place
de parking, loyer 650 euros hors charges.

Un ami allemand m'a parlé de votre programme. Je serais prêt à louer à une famille réfugiée, mais comme
j'habite à Liège, je voudrais savoir si vous pouvez organiser les visites et si quelqu'un reste en contact
avec la famille après l'emménagement. Je lis l'allemand, mais j'écris plus facilement en français.

Bien cordialement,
Philippe Dumont"""),

L("fr", 0, "hard_case", "Nathalie Weber-Roux <n.weberroux@example.com>", "Problème d'humidité – locataires placés par vos soins",
"""Bonjour Madame Yilmaz,

vous m'avez mis en relation l'an dernier avec la famille Ahmadzai pour mon appartement à Bensberg. Le loyer est
payé régulièrement et je n'ai rien à redire sur la famille elle-même.

Cependant, lors de mon passage la semaine dernière, j'ai constaté de la moisissure dans la chambre des enfants
et dans la salle de bain. J'ai l'impression qu'on n'aère pas assez et que le linge sèche à l'intérieur. Serait-il
possible qu'une personne de votre équipe leur explique comment chauffer et aérer correctement ? Je préférerais
éviter un conflit.

Merci d'avance,
Nathalie Weber-Roux
(propriétaire, domiciliée à Luxembourg)"""),

I("fr", 0, "formal", "Habitat Solidaire Lyon <contact@habitat-solidaire-lyon.example.org>", "Demande de visite d'échange – accès au logement des réfugiés",
"""Madame, Monsieur,

notre association accompagne depuis 2017 des personnes réfugiées vers le logement à Lyon. Dans le cadre d'un
programme d'échange européen, une délégation de quatre salariés souhaiterait découvrir des pratiques
municipales en Allemagne au cours du mois d'octobre.

Votre dispositif d'accompagnement vers le logement privé nous intéresse particulièrement. Seriez-vous
disposés à nous recevoir une demi-journée pour une présentation et un échange ? Nous pouvons prévoir une
interprète.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Claire Fontanel
Directrice"""),

A("fr", 0, "header_only", "Sophie Lambert <s.lambert@partenaires.example.org>", "Réponse automatique : Atelier logement – dates d'automne",
"""Bonjour,

je suis absente jusqu'au 2 septembre inclus, sans accès à ma messagerie. Pour toute demande urgente, merci
d'écrire à accueil@partenaires.example.org.

Cordialement,
Sophie Lambert""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

S("fr", 0, "html_only", "Service Colis <suivi@colis-express.example.net>", "Votre colis est en attente de livraison",
"""Bonjour,

Nous n'avons pas pu livrer votre colis n° FR7730021 car l'adresse est incomplète.
Des frais de relivraison de 2,49 EUR doivent être réglés sous 24 heures.

Confirmez votre adresse ici : https://colis-express.example.net/relivraison

Sans action de votre part, le colis sera renvoyé à l'expéditeur.

Service Client""", html="only"),

T("ti", 0, "clean", "Tesfay Gebremedhin <tesfay.gebremedhin@example.net>", "ገዛ ንደሊ ኣለና",
"""ሰላም ክቡራት፣

ኣነ ተስፋይ ገብረመድህን እየ። ምስ ሰበይተይን ሰለስተ ቆልዑን ኣብ Bensberg ኣብ Unterkunft ንነብር ኣለና።
ካብ ክልተ ዓመት ጀሚርና ገዛ ንደሊ ኣለና፣ ግን ክሳብ ሕጂ ኣይረኸብናን። ብዙሕ ኢመይል ናብ Vermieter ለኣኽና፣ መልሲ የለን።

ቆልዑ ኣብ ቤት ትምህርቲ እዮም፣ እቲ ክፍሊ ንሓሙሽተ ሰብ ጸቢቡና ኣሎ። በጃኹም ቆጸራ (Termin) ክትህቡና ንሓትት።

የቐንየልና
ተስፋይ
ስልኪ፡ 0176 9920 4415"""),

T("ti", 1, "mixed_language", "Mebrat Kidane <mebrat.kidane@example.com>", "ህጹጽ - Unterkunft ክወጽእ ኣለኒ",
"""ሰላም፣

ሎሚ ካብ Sozialamt ደብዳቤ መጺኡኒ። ክሳብ 30.04. ካብ Unterkunft Gronau ክወጽእ ኣለኒ ይብል፣ ምኽንያቱ ሕጂ Aufenthalt ረኺበ
Jobcenter ኢዩ ዝምልከቶ። ግን ገዛ የብለይን፣ ካልእ ቦታ ድማ የብለይን። ምስ ጓለይ እየ፣ ሸሞንተ ወርሒ ጥራይ እያ።

እንታይ ክገብር ኣለኒ? ኣብ ሰለስተ መዓልቲ ኣበይ ክኸይድ? በጃኹም ቀልጢፍኩም መልሱለይ።

Mebrat Kidane
0152 6601 3872""", date="2026-04-27 16:20"),

T("ti", 0, "mixed_language", "Saba Kidane <saba.kidane@example.org>", "Anmeldung Workshop",
"""ሰላም፣

ናብቲ Wohnungsführerschein Workshop ክምዝገብ እደሊ። መዓስ እዩ እቲ ዝቕጽል? ኣብ Paffrath Unterkunft እነብር።
ጀርመንኛ ቁሩብ እፈልጥ (B1)፣ ግን እንተ ተኻኢሉ ተርጓሚ ትግርኛ ጽቡቕ ነይሩ።

ስመይ፡ ሳባ ኪዳነ
ስልኪ፡ 0160 3381 2295

የቐንየልና"""),

T("ti", 0, "phone", "Yohannes Abraha <yohannes.abraha@example.net>", "ገዛ",
"""ሰላም ገዛ ንደሊ ኣለና 4 ሰባት ኣብ Hand ኢና ዘለና በጃኹም ሓግዙና"""),

T("ti", 0, "mixed_language", "Filmon Tesfamichael <filmon.tesfamichael@example.com>", "ገዛ ረኺበ - Kaution",
"""ሰላም ወይዘሮ Yilmaz፣

ኣብ Refrath ገዛ ረኺበ! ክልተ ክፍሊ፣ 52 m²፣ 610 ዩሮ warm። እቲ Vermieter ጽቡቕ ሰብ እዩ፣ ግን Kaution 1200 ዩሮ ይደሊ።
Jobcenter ነዚ ክኸፍሎ ይኽእልዶ? Mietangebot ኣብ Anhang ተሓዊሱ ኣሎ።

Vermieter ክሳብ ዓርቢ መልሲ ይደሊ። ሓገዝኩም የድልየኒ።

የቐንየለይ
ፊልሞን""", attach=["Mietangebot_Refrath.pdf"]),

T("ti", 0, "clean", "Rahel Berhe <rahel.berhe@example.net>", "Teilnahmebestätigung",
"""ሰላም፣

ኣብ ወርሒ ሕዳር ኣብቲ ናይ ገዛ Workshop ኣብ ኩሉ መዓልታት ተሳቲፈ ነይረ። ግን Teilnahmebestätigung ኣይተቐበልኩን።
ብኢመይል ክትልእኹለይ ትኽእሉዶ? ሓደ Vermieter ኣብ Schildgen ይሓተኒ ኣሎ።

ራሄል በርሀ"""),

T("ti", 0, "clean", "Habtom Weldu <habtom.weldu@example.com>", "ጉዳየይ ኣበይ በጺሑ?",
"""ሰላም፣

ቅድሚ ሰለስተ ወርሒ ኣብ ቤት ጽሕፈትኩም ፎርም መሊአ ሂበ ነይረ፣ ኩሉ ሰነዳት ድማ ኣቕሪበ። ክሳብ ሕጂ ግን ዝኾነ መልሲ ኣይመጸንን።
ጉዳየይ ኣበይ በጺሑ? ካልእ ዘድሊ ሰነድ ኣሎ ድዩ?

ምስ ሰላምታ
ሃብቶም ወልዱ
Unterkunft Moitzfeld"""),

I("ti", 0, "mixed_language", "Eritreische Gemeinde Rhein-Berg <gemeinde.rb@example.org>", "ዕድመ ኣኼባ / Einladung Gemeindetreffen",
"""ክቡራት ሰራሕተኛታት ቤት ጽሕፈት፣

ማሕበር ኮሚኒቲ ኤርትራውያን Rhein-Berg ኣብ 14 ሰነ ኣብ ሰዓት 15:00 ወርሓዊ ኣኼባ ኣለዎ። ብዙሓት ኣባላትና ብዛዕባ ገዛ ምድላይ ሕቶታት
ኣለዎም። ሓደ ካብ ጉጅለኹም መጺኡ ብዛዕባ ፕሮግራምኩም ሓበሬታ ክህብ ንዕድመኩም።

Sehr geehrte Damen und Herren, wir laden Sie herzlich zu unserem Gemeindetreffen am 14. Juni um 15 Uhr ein.
Viele Mitglieder haben Fragen zur Wohnungssuche; wir würden uns freuen, wenn jemand Ihr Programm kurz vorstellt.

ምስ ሰላምታ / Mit freundlichen Grüßen
Berhane Tsegay, ኣቦ መንበር / Vorsitzender"""),

T("so", 0, "clean", "Hodan Cali <hodan.cali@example.net>", "Guri raadin",
"""Asc,

Magacaygu waa Hodan Cali. Waxaan ku noolahay Unterkunft-ka Gronau, aniga iyo afar caruur ah. Laba sano ayaan
halkan joognay. Waxaan raadinayaa guri (Wohnung) saddex qol ah, laakiin guriileyda badankood ima soo jawaabaan.

Jobcenter-ka ayaa bixin doona kirada. Fadlan ma i caawin kartaan ama ballan (Termin) ma i siin kartaan?

Mahadsanid
Hodan Cali
0157 4402 9186"""),

T("so", 1, "clean", "Ubah Maxamed <ubah.maxamed@example.com>", "Degdeg - caawimaad",
"""Asc,

Xalay ninkaygii wuu i garaacay mar kale, booliska ayaa yimid. Wuxuu weli ku nool yahay isla Unterkunft-ka
Bensberg, qolka ku xiga. Ma rabo inaan halkan sii joogo, waan ka baqayaa isaga iyo caruurta aawadood.

Waxaan u baahanahay meel kale oo degdeg ah, aniga iyo labada caruur (4 iyo 7 sano). Fadlan maanta ama
berri ii soo jawaaba. Telefoonkayga: 0176 3310 8824

Ubah""", date="2025-12-08 07:36"),

T("so", 0, "hard_case", "Faarax Jaamac <faarax.jaamac@example.org>", "WBS su'aal",
"""Iska warran,

Waxaan helay guri ku yaal Schildgen, guriilaha (Vermieter) wuxuu igu yiri waxaad u baahan tahay Wohnberechtigungsschein
(WBS) maxaa yeelay waa guri dawladdu caawiso. Sideen u helaa WBS? Xafiiskee baan aadaa, waraaqahee baan
keenaa? Guriilaha wuxuu sugayaa ilaa toddobaadka dambe.

Mahadsanid
Faarax"""),

T("so", 0, "phone", "Cabdirisaaq Nuur <cabdirisaaq.n@example.net>", "guri",
"""asc guri baan raadinayaa 2 qof aniga iyo walaalkay hand ayaan joognaa fadlan"""),

T("so", 0, "on_behalf", "Axmed Xuseen <axmed.xuseen@example.com>", "Qoyska walaalkay",
"""Asc walaalayaal,

Waxaan idiin qorayaa walaalkay Maxamed iyo qoyskiisa (xaaskiisa iyo shan caruur ah) oo ku nool Unterkunft-ka
Moitzfeld. Anigu waxaan deganahay Köln, walaalkayna luqadda Jarmalka wali si fiican uma yaqaan.

Waxay raadinayaan guri afar qol ah. Xaggee ayuu iska diiwaangelin karaa si aad u caawisaan? Anigu waan la
iman karaa oo turjumi karaa.

Mahadsanid
Axmed Xuseen
0163 8820 1147"""),

T("so", 0, "mixed_language", "Ifrah Warsame <ifrah.warsame@example.org>", "Mietschuldenfreiheitsbescheinigung iyo SCHUFA",
"""Asc,

Vermieter-ka Refrath wuxuu i waydiiyay Mietschuldenfreiheitsbescheinigung iyo SCHUFA-Auskunft. Anigu weligay
guri kama kireysan Jarmalka, Unterkunft-ka ayaan ku noolaa tan iyo 2022. Maxaan u dhiibaa? SCHUFA-da sideen
u helaa, lacag ma la bixiyaa?

Mahadsanid
Ifrah"""),
]
