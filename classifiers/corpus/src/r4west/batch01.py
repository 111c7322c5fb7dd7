"""r4west batch 01: housing workshop / Wohnungsfuehrerschein / certificate in every language (tenant_request),
set against associations and institutions asking about the workshop (inquiry) and landlords asking whether an
applicant has the certificate or offering a flat to course graduates (landlord_offer)."""
from mailwriter import T, L, I

MAILS = [
T("de", 0, "phone", "Samir Haddad <samir.haddad.gl@example.net>", "wohnungsführerschein",
"""hallo ich will mich anmelden für wohnungsführerschein nächste kurs
samir haddad heim am broich zimmer 9
tel 0157 33920114"""),

T("de", 0, "broken", "Ghulam Nabi Rezai <gn.rezai@example.com>", "Bestätigung verloren",
"""Guten Tag,

ich habe gemacht Workshop bei ihnen im Oktober, alle 3 Termine. Ich habe bekommen Papier Teilnahmebestätigung aber bei Umzug von Zimmer ist weg. Jetzt ich habe Besichtigung und die Frau von Wohnung fragt ob ich habe das Papier.

Können sie bitte neu machen und schicken per Mail? Foto ist auch gut.

Danke
Ghulam Nabi Rezai
geb. 04.02.1988"""),

T("de", 0, "machine_translated", "Haben Tsegay <haben.tsegay@example.org>", "Anmeldung für den Kurs der Mieter, zwei Personen",
"""Sehr geehrte Damen und Herren,

hiermit möchte ich mich und meine Ehefrau für den Kurs der zukünftigen Mieter anmelden. Wir haben von einer Bekannten erfahren, dass man nach diesem Kurs ein Zertifikat erhält, welches bei den Vermietern einen guten Eindruck macht.

Leider arbeite ich in der Woche bis 17 Uhr in einer Logistikfirma in Köln. Gibt es den Kurs auch am Abend oder am Samstag? Meine Frau kann auch am Vormittag, aber sie möchte lieber zusammen mit mir gehen, weil ihr Deutsch noch auf dem Niveau A2 ist.

Unsere Namen: Haben Tsegay (geb. 1990) und Senait Gebru (geb. 1994), wohnhaft in der Unterkunft in Refrath.

Mit hochachtungsvollen Grüßen
Haben Tsegay"""),

T("de", 0, "reply", "Olga Bondar <olga.bondar@example.net>", "AW: Einladung Workshop Wohnen – Termine im Mai",
"""Hallo Frau Kretschmer,

danke für die Einladung. Am 13.05. kann ich leider nicht, da hat mein Sohn eine Operation im Krankenhaus. Die anderen zwei Termine komme ich. Bekomme ich dann trotzdem die Bescheinigung oder muss ich den Termin nachholen?

Viele Grüße
Olga Bondar

Am 28.04.2026 um 10:12 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Bondar,
>
> Sie sind für den Workshop "Fit für die eigene Wohnung" angemeldet. Termine:
> 06.05., 13.05. und 20.05.2026, jeweils 9:30-12:00 Uhr, Stadthaus, Raum 104.
> Bitte bringen Sie einen Stift und Ihre Fragen mit.
>
> Mit freundlichen Grüßen
> Team Integration Wohnen""", date="2026-04-29 18:05"),

T("de", 0, "on_behalf", "Ute Brandenburg <ute.brandenburg@example.org>", "Anmeldung Wohnungsführerschein für Herrn Mahmoud Ali",
"""Guten Tag,

ich bin ehrenamtliche Patin von Herrn Mahmoud Ali (Unterkunft Bensberg) und möchte ihn – mit seinem Einverständnis – für den nächsten Wohnungsführerschein anmelden. Herr Ali spricht recht gut Deutsch, liest aber noch langsam; vielleicht können Sie das bei den Unterlagen berücksichtigen.

Ich würde ihn zum ersten Termin begleiten, falls das erlaubt ist. Bitte schicken Sie die Einladung an mich und an ihn (mahmoud.ali.bgl@example.com).

Herzliche Grüße
Ute Brandenburg
Patenschaftsprojekt Refrath (ehrenamtlich)""", cc="Mahmoud Ali <mahmoud.ali.bgl@example.com>"),

T("de", 0, "oneliner", "Yasin Karimi <yasin.karimi@example.com>", "Zertifikat",
"""War im März beim Workshop alle Module, wann kommt Zertifikat?"""),

T("en", 0, "clean", "Chinedu Okafor <chinedu.okafor@example.net>", "Registration for the housing workshop",
"""Hello,

my caseworker at the accommodation told me there is a workshop about renting a flat in Germany (how to read a contract, Nebenkosten, heating and so on) and that landlords like to see the certificate.

I would like to register. I am available every weekday except Thursday morning (German course). My German is B1 but I prefer English materials if you have them.

Name: Chinedu Okafor
Accommodation: Gronau, room 31
Phone: 0176 22048391

Thank you and kind regards,
Chinedu"""),

T("en", 0, "phone", "Grace Mensah <grace.mensah@example.com>", "certificate pls",
"""hi i did the housing course last month with mr weber group, i need the certificate for a flat viewing on friday can u send it by email pls
grace mensah
sent from my phone"""),

T("en", 0, "on_behalf", "Daniel Hoffmann <d.hoffmann@jmd-rhein.example.org>", "Workshop registration – two clients (Ms Amina Warsame, Mr Tedros Habte)",
"""Dear colleagues,

I am a youth migration counsellor and would like to register two of my clients for your next housing workshop:

- Ms Amina Warsame, 22, lives in the accommodation in Hand, speaks English and basic German
- Mr Tedros Habte, 24, lives in a shared room in Paffrath, German A2

Both have signed consent forms allowing me to pass on their contact details. They are both actively looking for a one-room flat and would benefit a lot from the certificate. If there is a waiting list, please let me know where they stand.

Best regards,
Daniel Hoffmann
Youth Migration Service (fictional), Bergisch Gladbach
Tel. 02202 7741-30""", attach=["Einwilligung_Warsame.pdf", "Einwilligung_Habte.pdf"]),

T("fr", 0, "broken", "Moussa Diallo <moussa.diallo@example.net>", "inscription atelier logement",
"""bonjour madame monsieur
je veux m inscrire pour atelier logement (Wohnungsführerschein). j habite au foyer de Bensberg chambre 7 depuis 2 ans. je parle un peu allemand mais mieux francais.
merci beaucoup
Moussa Diallo 0152 48830271"""),

T("fr", 0, "clean", "Aïcha Touré <aicha.toure@example.org>", "Demande d'attestation de participation",
"""Bonjour,

J'ai suivi les trois séances de l'atelier « Bien se loger » en février, avec Mme Kretschmer. Lors de la dernière séance, les attestations n'étaient pas encore prêtes et on nous a dit qu'elles seraient envoyées par courrier, mais je n'ai toujours rien reçu.

Pourriez-vous me l'envoyer par e-mail en PDF ? Un propriétaire à Refrath me l'a demandée pour compléter mon dossier.

Je vous remercie par avance.

Cordialement,
Aïcha Touré""", charset="iso-8859-1"),

T("ti", 0, "clean", "Filmon Tesfamariam <filmon.tesfa@example.com>", "ምዝገባ ናይ ገዛ ትምህርቲ (Wohnungsführerschein)",
"""ሰላም ክቡራት፣

ስመይ ፍልሞን ተስፋማርያም እዩ። ኣብ መዕቆቢ ናይ ቤንስበርግ (Heim) እነብር ኣለኹ። ናይ ገዛ ትምህርቲ (Wohnungsführerschein) ክመሃር ክምዝገብ እደሊ። ሰርቲፊኬት ድማ ንዋና ገዛ ከርኢ እደሊ።

ጀርመንኛ ቁሩብ እፈልጥ እየ። ምስ ተርጓሚ እንተኾይኑ ይሓይሽ።

ቁጽሪ ተሌፎን: 0160 44829173

የቐንየልኩም
ፍልሞን"""),

T("ti", 0, "phone", "Selam Ghebremedhin <selam.ghebre@example.net>", "ሰርቲፊኬት",
"""ሰላም ኣነ ሰላም እየ ኣብ ሕዳር ኣብ ናይ ገዛ ወርክሾፕ ነይረ። ናተይ Teilnahmebestätigung ኣይበጽሓንን። በጃኹም ብኢመይል ስደዱለይ። የቐንየለይ"""),

T("so", 0, "clean", "Hodan Abdi Farah <hodan.farah@example.org>", "Is diiwaangelinta koorsada guriga",
"""Asc, 

Magacaygu waa Hodan Abdi Farah. Waxaan ku noolahay xarunta qaxootiga ee Hand anigoo leh laba carruur ah. Waxaan doonayaa inaan iska diiwaangeliyo koorsada guriga (Wohnungsführerschein) si aan u helo shahaadada, maxaa yeelay milkiilayaasha guryaha ayaa weydiiya.

Fadlan ii sheeg goorta koorsada xigta iyo in carruurta la keeni karo.

Mahadsanid
Hodan
0176 90033812"""),

T("so", 0, "broken", "Abdirahman Yusuf <abdirahman.yusuf88@example.com>", "shahaado workshop",
"""salaan
waxaan dhameeyay workshop guriga bishii hore laakiin shahaado ma helin. fadlan email ii soo dir, waxaan u baahanahay Jobcenter iyo milkiilaha.
Abdirahman Yusuf"""),

I("de", 0, "formal", "Frauencafé Internationale Begegnung <kontakt@frauencafe-gl.example.org>", "Anfrage: Vorstellung des Wohnungsführerscheins bei unserem Frauencafé",
"""Sehr geehrte Damen und Herren,

unser Verein betreibt seit 2017 ein wöchentliches Frauencafé in Heidkamp, zu dem regelmäßig 20 bis 30 Frauen mit Fluchtgeschichte kommen. Viele unserer Besucherinnen erzählen uns von ihren Schwierigkeiten bei der Wohnungssuche, und immer wieder fällt der Begriff „Wohnungsführerschein“.

Wir würden uns sehr freuen, wenn eine Mitarbeiterin Ihres Teams an einem Donnerstagvormittag (10–12 Uhr) zu uns kommt und das Angebot kurz vorstellt: Was lernt man dort, wie meldet man sich an, wer kann teilnehmen? Kinderbetreuung ist bei uns vorhanden, eine Dolmetscherin für Arabisch und Dari können wir organisieren.

Passende Termine wären z. B. der 11. oder 18. Juni.

Mit freundlichen Grüßen
Marion Esser
Vorsitzende, Internationale Begegnung e. V. (fiktiv)"""),

I("de", 0, "clean", "VHS Bergisch Land – Programmplanung <programm@vhs-bl.example.org>", "Kooperation Workshops Wohnen im Herbstsemester",
"""Liebe Kolleginnen und Kollegen,

im Herbstsemester haben wir in den Integrationskursen wieder das Modul „Wohnen in Deutschland“. Einige Kursleitungen haben angeregt, Ihre Workshops dafür zu nutzen oder zumindest aufeinander abzustimmen, damit die Teilnehmenden nicht zweimal dasselbe hören.

Hätten Sie Interesse an einem kurzen Austausch (30 Minuten, gern per Video)? Außerdem die Frage, ob Sie unsere Räume in der Buchmühle nutzen möchten – donnerstags ist Raum 3 frei.

Beste Grüße
Katrin Lohmar
Fachbereich Sprachen und Integration (fiktiv)"""),

I("en", 0, "clean", "Lea Schumacher <lea.schumacher@uni-koeln.example.net>", "Master's thesis – request to observe a housing workshop",
"""Dear Integration Wohnen team,

I am a master's student in social work and my thesis looks at "housing readiness" courses for refugees in North Rhine-Westphalia. Your Wohnungsführerschein is mentioned in several reports as a good example.

Would it be possible for me to sit in on one workshop session as a silent observer, and perhaps to talk with one of the trainers for about 45 minutes afterwards? I would of course not record anything and I will anonymise everything. I can send my supervisor's letter and the ethics approval.

Kind regards,
Lea Schumacher"""),

L("de", 0, "clean", "Reinhard Pütz <reinhard.puetz@example.com>", "Bewerber Herr Rezai – hat er den Wohnungsführerschein?",
"""Guten Tag Frau Kretschmer,

Herr Rezai war gestern bei mir in Gronau zur Besichtigung der Dachgeschosswohnung. Netter Mann, pünktlich, hat sich alles genau angeschaut.

Bevor ich zusage: Hat er Ihren Wohnungsführerschein gemacht? Mein letzter Mieter hatte keine Ahnung vom Lüften, da hatte ich nach einem Winter Schimmel im Bad. Wenn er das Zertifikat hat, bin ich beruhigt und wir können den Vertrag machen.

Gruß
R. Pütz"""),

L("de", 0, "phone", "Manfred Kürten <m.kuerten@example.net>", "Wohnung für Leute mit Mieterführerschein",
"""Hallo hab von nem Bekannten gehört dass ihr so einen Mieterführerschein macht. Hab in Hand 2 Zimmer 48qm frei ab 1.8., nehm gern jemand der den gemacht hat. Miete 520 warm. Meldet euch 0171 5502938
Kürten"""),

I("de", 0, "formal", "Haus- und Grundbesitzerverein Rhein-Berg (fiktiv) <geschaeftsstelle@hug-rheinberg.example.org>", "Einladung Mitgliederabend – Vortrag zum Wohnungsführerschein",
"""Sehr geehrte Damen und Herren,

am Dienstag, 22. September, findet unser Herbst-Mitgliederabend im Bürgerhaus Bergischer Löwe statt. Viele unserer Mitglieder haben in letzter Zeit Fragen zur Vermietung an Geflüchtete gestellt, und der Vorstand würde gerne Ihr Projekt und insbesondere den „Wohnungsführerschein“ vorstellen lassen.

Wir stellen uns einen Vortrag von etwa 20 Minuten mit anschließender Fragerunde vor. Beginn 19 Uhr, Beamer ist vorhanden. Eine Aufwandsentschädigung können wir leider nicht zahlen, wohl aber ein gutes Abendessen.

Über eine Zusage freuen wir uns.

Mit freundlichen Grüßen
Dr. Hans-Georg Nettekoven
Geschäftsführer"""),

L("fr", 0, "clean", "Bernard Lefèvre <b.lefevre@mail.example.com>", "Studio à Refrath – pour un participant de vos ateliers",
"""Bonjour,

Je suis propriétaire d'un petit studio (28 m², meublé) à Refrath, libre à partir du 1er septembre. J'ai lu dans le journal local que vous organisez des ateliers pour les futurs locataires et qu'ils reçoivent un certificat à la fin.

Je serais prêt à louer à une personne seule qui a suivi cet atelier. Loyer : 430 € charges comprises. Pouvez-vous me proposer un ou deux candidats ? Je parle allemand, mais j'écris plus facilement en français.

Bien cordialement,
Bernard Lefèvre"""),
]
