"""r4west batch 06: inquiry from everyone else (movers, cleaning firm, furniture donation, neighbours' complaint,
questions meant for the Buergerbuero, Familienkasse, Fuehrerscheinstelle, Auslaenderbehoerde, Kita, press,
students, a member of the public, a vendor, a community association) and spam (rental scams, fake parcel
notice, mailbox phishing)."""
from mailwriter import I, S

MAILS = [
I("de", 0, "clean", "Umzüge Bergland Schäfer & Sohn (fiktiv) <info@umzuege-bergland.example.com>", "Sonderkonditionen für Umzüge Ihrer Klienten",
"""Sehr geehrte Damen und Herren,

wir sind ein Familienbetrieb aus Bergisch Gladbach und führen seit über 30 Jahren Umzüge im Rheinisch-Bergischen Kreis durch. Uns ist bekannt, dass viele Menschen aus den städtischen Unterkünften in eigene Wohnungen ziehen.

Für diese Umzüge bieten wir einen Festpreis ab 189 € (bis 15 m³, innerhalb der Stadt, 2 Mann + Transporter) an und stellen selbstverständlich Kostenvoranschläge aus, die beim Jobcenter eingereicht werden können.

Gerne senden wir Ihnen Flyer für Ihre Beratung zu.

Mit freundlichen Grüßen
Markus Schäfer"""),

I("de", 0, "formal", "Glanzwerk Gebäudeservice (fiktiv) <angebote@glanzwerk-gs.example.com>", "Angebot Endreinigung und Renovierung bei Auszug",
"""Sehr geehrte Damen und Herren,

bei Auszügen aus Unterkünften und bei Wohnungsübergaben fallen regelmäßig Endreinigungen und kleinere Renovierungsarbeiten an. Glanzwerk bietet Ihnen hierfür einen Rahmenvertrag mit festen Stundensätzen (Reinigung 32,50 €/h, Malerarbeiten 44 €/h netto).

Referenzen aus anderen Kommunen stellen wir gern zur Verfügung. Wir freuen uns auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Svenja Dreher
Vertrieb""", attach=["Preisliste_2026.pdf"]),

I("de", 0, "phone", "Renate Külheim <renate.kuelheim@example.net>", "Möbel zu verschenken",
"""hallo wir lösen die wohnung meiner mutter auf, zu verschenken: sofa grau 3sitzer, esstisch +4 stühle, kleiderschrank zerlegt, bett 140 mit lattenrost, kühlschrank, waschmaschine 4 jahre alt. vielleicht braucht das jemand der grad in eigene wohnung zieht? abholung schildgen bis monatsende, wir helfen tragen. fotos anbei
r külheim 0171 7720934""", attach=["Sofa.jpg", "Esstisch.jpg"]),

I("de", 0, "phone", "Bernd Overath <bernd.overath@example.com>", "Beschwerde Unterkunft Paffrath",
"""ich wohn direkt neben der unterkunft in paffrath und es reicht jetzt. seit wochen mülltonnen voll sperrmüll auf dem gehweg und am wochenende laut im hof bis nach 12. hab nix gegen die leute aber irgendwer muss sich mal kümmern!! bitte weiterleiten wenn ihr nicht zuständig seid
b overath"""),

I("de", 0, "phone", "Lukas Heider <lukas.heider@example.org>", "ummelden",
"""hallo bin letzte woche von köln nach bensberg gezogen. muss ich mich bei euch ummelden oder wo? und brauch ich termin? danke lukas"""),

I("de", 0, "broken", "Amal Saeed <amal.saeed@example.com>", "Kindergeld Frage",
"""Guten Tag,

ich habe Baby bekommen im Januar und Antrag Kindergeld geschickt, aber bis jetzt keine Antwort, schon 3 Monate. Wo kann ich fragen? Ist das bei Ihnen oder andere Amt? Ich habe Nummer von Antrag.

Danke
Amal Saeed"""),

I("de", 0, "hard_case", "Ahmad Rasuli <ahmad.rasuli@example.net>", "Führerschein",
"""Hallo,

ich möchte meinen Führerschein aus Afghanistan in deutschen Führerschein umschreiben. Ich habe gehört bei Stadt gibt es Führerschein Kurs. Wo muss ich Antrag machen und welche Papiere brauche ich? Muss ich neue Prüfung machen?

Mit freundlichen Grüßen
Ahmad Rasuli"""),

I("en", 0, "clean", "Tom Whitaker <tom.whitaker@example.com>", "Press enquiry – refugees moving out of shelters",
"""Hello,

I'm a freelance journalist writing a piece for an English-language magazine about how German towns help refugees move from shelters into private housing. Bergisch Gladbach's programme was recommended to me.

Could someone answer a few questions by phone or email? I'm interested in how many people have moved out with your help, how you find landlords, and what the main obstacles are. Deadline is in three weeks.

Many thanks,
Tom Whitaker"""),

I("en", 0, "clean", "Priya Raman <priya.raman@example.net>", "Survey for a university project",
"""Dear Sir or Madam,

I'm a bachelor's student of urban planning. For a group project we are comparing municipal programmes that support refugees in finding private housing. Would a member of your team be willing to fill in a short online questionnaire (about 15 minutes)? All answers will be anonymised.

Thank you for considering it.
Priya Raman"""),

I("en", 0, "clean", "Emily Foster <emily.foster@example.org>", "How does your programme work?",
"""Hi,

I read about your project in the local paper. I don't own a flat myself, but I'm curious how it works in general: who can take part, how long people usually wait, and whether private people can support the programme financially (for example, with a donation for deposits)?

Thanks for any information,
Emily Foster"""),

I("en", 0, "formal", "ModuLiving Systems (fictional) <sales@moduliving.example.com>", "Modular housing units for municipalities",
"""Dear Integration Team,

ModuLiving supplies turnkey modular housing units (20–60 m²) that can be installed within eight weeks. Several municipalities in Germany already use our units to relieve pressure on temporary accommodation.

We would be glad to present our solutions and pricing to your department. Please find our brochure attached.

Best regards,
Daniel Krüger
Business Development DACH""", attach=["ModuLiving_Brochure_DE_EN.pdf"]),

I("fr", 0, "clean", "Jean-Baptiste Kouassi <jb.kouassi@example.com>", "Renouvellement titre de séjour",
"""Bonjour,

Mon titre de séjour expire dans deux mois. Je voudrais savoir où je dois prendre rendez-vous pour le renouvellement et quels documents apporter. Est-ce que c'est votre service ou la Ausländerbehörde du Kreis ?

Merci d'avance,
Jean-Baptiste Kouassi"""),

I("fr", 0, "formal", "Nathalie Dupont <n.dupont@ulb-recherche.example.org>", "Demande d'entretien – recherche sur l'accès au logement des réfugiés",
"""Madame, Monsieur,

Je suis chercheuse en sociologie à Bruxelles et je mène une étude comparative sur les dispositifs municipaux d'accès au logement pour les personnes réfugiées en Belgique, en France et en Allemagne.

Votre programme de Bergisch Gladbach, et notamment le « Wohnungsführerschein », m'intéresse beaucoup. Accepteriez-vous un entretien d'environ une heure, en allemand, anglais ou français, par visioconférence ?

Je vous prie d'agréer mes salutations distinguées.
Dr Nathalie Dupont"""),

I("fr", 0, "broken", "Mariam Koné <mariam.kone@example.net>", "place crèche",
"""bonjour je cherche une place Kita pour mon fils 2 ans a Gronau. on m a dit d ecrire a la ville. c est ici ? merci mariam kone"""),

I("ti", 0, "clean", "Semhar Weldemichael <semhar.weldemichael@example.com>", "ሕቶ ብዛዕባ ፓስፖርት",
"""ሰላም፣

ናይ መንበሪ ፍቓደይ (Aufenthaltstitel) ኣብ ሰነ ይውዳእ። ንምሕዳሱ ቆጸራ ኣበይ እየ ዝሕዝ? ኣብ ናትኩም ቤት ጽሕፈት ድዩ ወይስ ኣብ Ausländerbehörde? እንታይ ወረቐት የድልየኒ?

የቐንየልኩም
ሰምሃር"""),

I("so", 0, "formal", "Ururka Bulshada Soomaalida (fictional) <xafiiska@ururka-soomaali.example.org>", "Casuumaad shir bulsho",
"""Asc,

Ururkeenu wuxuu isu keenaa qoysaska Soomaalida ee ku nool Bergisch Gladbach iyo agagaarka. Xubno badan ayaa noo sheegay inay dhib ka qabaan helitaanka guryo.

Waxaan jeclaan lahayn in qof ka mid ah kooxdiinnu uu yimaado shirkayaga bulshada ee Sabtida 21-ka, saacadda 15:00, si uu u sharaxo sida barnaamijkiinnu u shaqeeyo. Turjubaan ayaan diyaarin doonaa.

Mahadsanid
Xasan Maxamuud
Guddoomiyaha"""),

S("de", 0, "clean", "Robert Williams <robert.williams.london@example.net>", "Ihre Anfrage: 3-Zimmer-Wohnung Bensberg 450 € warm",
"""Hallo,

danke für Ihr Interesse an meiner Wohnung in Bensberg. Ich bin Ingenieur und arbeite zurzeit in London, deshalb kann ich Ihnen die Wohnung nicht persönlich zeigen. Die Wohnung ist komplett möbliert, 85 m², 450 € warm alles inklusive.

Damit wir sicher sind, läuft alles über Airbnb: Sie überweisen die Kaution (2 Monatsmieten = 900 €) über den Airbnb-Zahlungsservice, danach schickt Airbnb Ihnen die Schlüssel per Kurier. Wenn Ihnen die Wohnung nicht gefällt, bekommen Sie das Geld zurück.

Bitte senden Sie mir Ihren vollständigen Namen, Adresse und eine Kopie Ihres Ausweises, dann leite ich alles in die Wege.

Mit freundlichen Grüßen
Robert Williams"""),

S("de", 0, "html_only", "DHL Paket Service <benachrichtigung@dhl-zustellung.example.com>", "Ihre Sendung konnte nicht zugestellt werden – Zollgebühr offen",
"""Sehr geehrter Kunde,

Ihr Paket mit der Sendungsnummer 00340434 1827 55 konnte nicht zugestellt werden, da eine Zollgebühr von 1,99 EUR offen ist.

Bitte bezahlen Sie die Gebühr innerhalb von 48 Stunden, sonst wird das Paket an den Absender zurückgeschickt:
https://dhl-zustellung.example.com/sendung/bezahlen?id=8827161

Ihr DHL Team""", html="only"),

S("de", 0, "formal", "IT-Service Stadtverwaltung <it-service@stadt-gl-postfach.example.net>", "Ihr Postfach ist zu 98% voll – Sofortige Bestätigung erforderlich",
"""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

Ihr Postfach integration-wohnen@stadt-gl.de hat die Speichergrenze fast erreicht (4,9 GB von 5 GB). Eingehende Nachrichten werden ab morgen abgelehnt.

Um Ihr Postfach zu erweitern, bestätigen Sie bitte Ihre Anmeldedaten über den folgenden Link:
https://stadt-gl-postfach.example.net/owa/verify

Nicht bestätigte Konten werden nach 24 Stunden gesperrt.

IT-Service"""),

S("en", 0, "clean", "Rev. Andrew Collins <andrew.collins.mission@example.com>", "2 bedroom apartment Refrath – available now",
"""Dear applicant,

thank you for your interest in my apartment in Refrath (2 bedrooms, 70 m², 420 EUR all inclusive). I am currently on a missionary assignment in Nigeria and cannot return to Germany before next year, so God bless you for taking care of my home.

To reserve the apartment, please send the first month rent and deposit (1260 EUR) via Western Union to my agent, Mr. James Okon, Lagos. Once received, the keys and the signed contract will be sent to you by DHL within 48 hours.

Kindly reply with your full name and phone number.

Rev. Andrew Collins"""),

S("en", 0, "clean", "Accounts Payable <invoice-noreply@secure-docs-share.example.net>", "Outstanding invoice #INV-44821 – action required",
"""Hello,

Please find your outstanding invoice #INV-44821 (EUR 2,480.00) in the secure document portal. Payment is overdue and late fees will apply after today.

View document: https://secure-docs-share.example.net/view?doc=INV-44821

You will need to sign in with your email password to access the file.

Regards,
Accounts Department"""),

S("fr", 0, "clean", "Marie Lambert <marie.lambert.propriete@example.net>", "Appartement à louer Bergisch Gladbach – 390 €",
"""Bonjour,

Je vous contacte au sujet de mon appartement à Bergisch Gladbach (3 pièces, 75 m², 390 € charges comprises). Je suis actuellement en mission humanitaire en Côte d'Ivoire et je ne peux pas organiser de visite.

Pour réserver le logement, il suffit de verser la caution de 780 € par Western Union au nom de mon notaire. Dès réception, je vous envoie les clés par colis recommandé.

Merci de me répondre rapidement car j'ai beaucoup de demandes.

Marie Lambert"""),
]
