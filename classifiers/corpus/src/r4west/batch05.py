"""r4west batch 05: replies (AW:/RE:) to the team's own mails, decided by the earlier case: landlords answering
about their flat (landlord_offer, also when they say they rented privately), tenants answering about theirs
(tenant_request), a journalist's follow-up (inquiry). Plus plain offers by heirs, an agent, a housing company,
an owner abroad, a church, and a paid letting service selling itself (inquiry)."""
from mailwriter import T, L, I

MAILS = [
L("de", 0, "reply", "Friedhelm Burscheid <f.burscheid@example.net>", "AW: Ihre Wohnung Odenthaler Straße – Besichtigungstermine",
"""Guten Tag Frau Kretschmer,

Dienstag 17 Uhr und Donnerstag 10 Uhr passen mir beide. Ich bin dann vor Ort, Klingel "Burscheid/Verwaltung". Die Leute sollen bitte den Gehaltsnachweis oder den Jobcenter-Bescheid mitbringen.

Freundliche Grüße
F. Burscheid

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 9. Februar 2026 14:21
An: f.burscheid@example.net
Betreff: Ihre Wohnung Odenthaler Straße – Besichtigungstermine

Sehr geehrter Herr Burscheid,

vielen Dank für Ihr Angebot. Wir haben zwei Haushalte, die gut zu Ihrer Wohnung passen würden. Wäre eine Besichtigung am Dienstag, 17.02., um 17 Uhr oder am Donnerstag, 19.02., um 10 Uhr möglich?

Mit freundlichen Grüßen
Team Integration Wohnen""", date="2026-02-09 19:48"),

L("de", 0, "reply", "Gabriele Thiel <gabriele.thiel@example.com>", "AW: Nachfrage zu Ihrer Wohnung in Refrath",
"""Hallo,

danke für die Nachfrage. Ich habe die Wohnung inzwischen privat an die Tochter einer Nachbarin vermietet, das hat sich kurzfristig ergeben. Tut mir leid, dass ich mich nicht früher gemeldet habe. Falls wieder etwas frei wird, denke ich an Sie.

Gabriele Thiel

> Sehr geehrte Frau Thiel,
> wir wollten nachfragen, ob Ihre 2-Zimmer-Wohnung in Refrath noch frei ist.
> Wir hätten eine junge Frau mit Kind, die sehr interessiert wäre.
> Mit freundlichen Grüßen, Integration Wohnen"""),

L("de", 0, "reply", "Wilfried Hamm <wilfried.hamm@example.org>", "AW: Rückfragen zu Ihrem Angebot",
"""Hallo Herr Yilmaz,

zu Ihren Fragen:
- Energieausweis: Verbrauchsausweis, 132 kWh/(m²a), Gas-Zentralheizung, schicke ich als PDF mit
- Nebenkosten 165 € inkl. Heizung, Abrechnung jährlich
- Keller ja, kleiner Abstellraum
- Haustiere nein, Kleintiere ok

Wann könnten Sie Interessenten schicken?

Gruß
W. Hamm

Am 14.10.2025 um 11:03 schrieb Integration Wohnen:
> Sehr geehrter Herr Hamm,
> bevor wir Ihr Angebot an Interessenten weitergeben, brauchen wir noch den
> Energieausweis und die genaue Höhe der Nebenkosten. Gibt es einen Keller?
> Viele Grüße, Integration Wohnen""", attach=["Energieausweis.pdf"]),

L("de", 0, "formal", "Erbengemeinschaft Hölzer – c/o RA Sebastian Hölzer <s.hoelzer@kanzlei-hoelzer.example.com>", "Wohnung Am Rittersberg – Vermietungsangebot einer Erbengemeinschaft",
"""Sehr geehrte Damen und Herren,

ich schreibe als Mitglied und Bevollmächtigter der Erbengemeinschaft nach Frau Liselotte Hölzer. Zum Nachlass gehört eine 3-Zimmer-Wohnung in Bensberg (Am Rittersberg, 78 m², 1. OG, Balkon, Garage optional), die seit dem Tod unserer Mutter leer steht.

Die Erbengemeinschaft hat sich einstimmig entschieden, die Wohnung zunächst für mindestens fünf Jahre zu vermieten, und möchte dabei eine Familie berücksichtigen, die über Ihr Programm eine Wohnung sucht. Die Wohnung wird bis Ende des Monats gestrichen, die Einbauküche bleibt.

Kaltmiete: 690 € zzgl. 210 € Nebenkosten. Bitte nennen Sie uns einen Ansprechpartner.

Mit freundlichen Grüßen
Sebastian Hölzer"""),

L("de", 0, "html_only", "GL Wohnen AG (fiktiv) – Vermietungsteam <vermietung@glwohnen.example.com>", "Freie Wohnungen Kalenderwoche 14 – Kontingent für Ihr Programm",
"""Sehr geehrte Damen und Herren,

gemäß unserer Vereinbarung stellen wir Ihnen folgende Wohnungen aus dem Kontingent zur Verfügung:

• Paffrath, 1 Zi., 34 m², EG, 355 € kalt, frei ab sofort
• Heidkamp, 3 Zi., 69 m², 3. OG, 598 € kalt, frei ab 01.05.
• Hand, 4 Zi., 92 m², 1. OG, 812 € kalt, WBS erforderlich, frei ab 01.06.

Bitte melden Sie geeignete Haushalte mit Haushaltsgröße und Einkommensart bis Freitag.

Mit freundlichen Grüßen
Ihr Vermietungsteam""", html="only"),

L("de", 0, "phone", "Erwin Schmitz <erwin.schmitz@example.net>", "wohnung frei",
"""hallo hab ne wohnung frei in gronau 2 zi küche bad 52qm 2 stock ab sofort. miete 470 + nk 130. gerne an familie oder paar von euch. anrufen abends 02202 44109
erwin schmitz"""),

L("de", 0, "clean", "Immobilien Rheinblick (fiktiv) – Jörg Pesch <j.pesch@rheinblick-immo.example.com>", "Provisionsfreie 2-Zimmer-Wohnung in Moitzfeld – im Auftrag der Eigentümerin",
"""Guten Tag,

im Auftrag einer Eigentümerin vermittle ich eine 2-Zimmer-Wohnung in Moitzfeld (57 m², Erdgeschoss mit kleiner Terrasse, 545 € kalt). Die Eigentümerin hat ausdrücklich gewünscht, dass die Wohnung an einen Haushalt aus Ihrem Programm geht; für die Mieter fällt keine Provision an.

Gerne organisiere ich Besichtigungen, auch gebündelt an einem Nachmittag. Das Exposé hängt an.

Mit freundlichen Grüßen
Jörg Pesch
Immobilienmakler""", attach=["Expose_Moitzfeld.pdf"]),

L("en", 0, "reply", "Helen Carter <helen.carter@example.com>", "RE: Your flat in Refrath – next steps",
"""Hi Ms Kretschmer,

thanks for sending the documents of Mr and Mrs Yousef. I read everything and I'm happy to go ahead. I'll prepare the lease for 1 March – could you tell me whether the Jobcenter needs a "Mietbescheinigung" from me first?

Best,
Helen

From: Integration Wohnen <integration-wohnen@stadt-gl.de>
Sent: Wednesday, 28 January 2026 09:15
To: Helen Carter
Subject: Your flat in Refrath – next steps

Dear Ms Carter,
please find attached the application documents of the Yousef family, who viewed your flat on Monday. Please let us know if you would like to rent to them.
Kind regards, Integration Wohnen"""),

L("en", 0, "clean", "Michael Brenner <michael.brenner@example.net>", "Flat in Bensberg – I live in Spain",
"""Hello,

I have lived in Valencia for several years but I still own a small two-room flat in Bensberg, which my tenant of many years is leaving at the end of June. I'd rather not use an agency this time and a friend suggested your programme.

My neighbour, Mrs Kamp, has a key and can show the flat to applicants. I would sign the contract digitally, and the rent and deposit would go to my German bank account as before – I don't need anything paid in advance. Rent 460 cold, about 140 utilities.

Could you let me know how to proceed?

Kind regards,
Michael Brenner"""),

L("en", 0, "formal", "International Fellowship Church Bergisch Gladbach (fictional) <office@ifc-gl.example.org>", "Vacant flat in our church building",
"""Dear Integration Wohnen team,

our congregation owns a building with a meeting hall on the ground floor and a two-bedroom flat upstairs (64 m²). The flat has just become vacant, and our board would like to rent it to a refugee family at an affordable rent within the Jobcenter limits.

We are an English-speaking church, but several board members speak German. Could you tell us how to offer the flat through your programme and who would be our contact person?

With kind regards,
Pastor Jonathan Ebi"""),

L("fr", 0, "reply", "Sylvie Moreau <sylvie.moreau@example.org>", "RE: Votre appartement à Gronau – candidats",
"""Bonjour Madame,

Merci pour les deux dossiers. J'ai une petite préférence pour la famille Bah, car ils ont des enfants du même âge que ceux de mes voisins. Pouvez-vous organiser une visite samedi matin ?

Bien à vous,
Sylvie Moreau

-----Message d'origine-----
De : Integration Wohnen <integration-wohnen@stadt-gl.de>
Envoyé : mardi 3 mars 2026 10:40
Objet : Votre appartement à Gronau – candidats

Chère Madame Moreau,
comme convenu, voici deux candidatures pour votre appartement (famille Bah et M. Traoré).
Cordialement, Integration Wohnen"""),

L("fr", 0, "clean", "Philippe Renard <philippe.renard@example.com>", "Appartement hérité à Schildgen",
"""Bonjour,

J'ai hérité de l'appartement de mon père à Schildgen (2 pièces, 50 m², 2e étage, sans ascenseur). Je vis à Lyon et je ne souhaite pas le vendre pour le moment.

Une amie allemande m'a parlé de votre programme. Je serais heureux de le louer à une personne ou à un couple qui cherche un logement depuis longtemps. Le loyer serait de 450 € hors charges. Un gestionnaire local s'occupe déjà de l'immeuble et pourrait faire les visites.

Cordialement,
Philippe Renard""", charset="iso-8859-1"),

L("ti", 0, "clean", "Abraham Ghirmay <abraham.ghirmay@example.com>", "ገዛ ኣብ ፓፍራት ንምክራይ",
"""ሰላም ክቡራት፣

ኣብ ፓፍራት ሓደ ክፍሊ ዘለዎ ንእሽቶ ገዛ ኣለኒ (35 m²)። ካብ ዝመጽእ ወርሒ ጀሚሩ ባዶ እዩ። ንሓደ ካብ መዕቆቢ ዝወጽእ ሰብ ክህቦ እደሊ። ክራይ 380 ዩሮ ምስ Nebenkosten።

ከመይ ጌርና ክንቀጽል ንኽእል? ንዝደልዩ ሰባት ክርእዩዎ ይኽእሉ እዮም።

የቐንየልኩም
ኣብርሃም ግርማይ"""),

L("so", 0, "reply", "Maxamed Xuseen <maxamed.xuseen@example.net>", "AW: Gurigaaga Hand – warqadaha",
"""Asc,

Waan helay warqadaha qoyska Cabdi. Waan raali ahay, heshiiska waan saxiixi karaa 1-da bisha. Fadlan ii soo dir lambarka Jobcenter-ka si aan ugu diro Mietbescheinigung.

Mahadsanid
Maxamed Xuseen

> Sehr geehrter Herr Xuseen,
> anbei die Unterlagen der Familie Abdi für Ihre Wohnung in Hand.
> Mit freundlichen Grüßen, Integration Wohnen"""),

T("de", 0, "hard_case", "Marwa Al-Hassan <marwa.alhassan@example.com>", "AW: Ihr Beratungstermin am 22.04.",
"""Hallo Frau Kretschmer,

danke, der Termin am 22. passt. Eine Frage noch: Meine Tochter braucht einen Kitaplatz, wenn wir umziehen. Muss ich das neu beantragen oder geht der Platz mit? Können wir das beim Termin auch besprechen?

Marwa Al-Hassan

Am 10.04.2026 um 13:30 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Al-Hassan,
> wir haben für Sie einen Beratungstermin zur Wohnungssuche am 22.04. um
> 11 Uhr im Stadthaus reserviert. Bitte bestätigen Sie kurz.
> Viele Grüße, Integration Wohnen""", date="2026-04-11 08:02"),

T("de", 0, "reply", "Reza Mohammadi <reza.mohammadi@example.net>", "AW: Wohnungsangebot Hand, 3 Zimmer",
"""Ja wir wollen!! Aber können wir vorher sehen die Wohnung? Meine Frau will Küche sehen. Jeden Tag nach 15 Uhr geht.
Reza

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Betreff: Wohnungsangebot Hand, 3 Zimmer

Sehr geehrter Herr Mohammadi,
ein Vermieter in Hand hat eine 3-Zimmer-Wohnung (68 m²) angeboten, die zu Ihrer Familie passen könnte. Haben Sie Interesse?
Mit freundlichen Grüßen, Integration Wohnen"""),

T("en", 0, "reply", "Aster Gebremariam <aster.gebremariam@example.com>", "Re: Viewing appointment Friday",
"""Yes I will be there on Friday at 2pm. Should I bring the Jobcenter letter and my ID? Thank you so much.
Aster

On Tue, 3 Mar 2026 at 16:20, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Dear Ms Gebremariam,
> the landlord of the flat in Schildgen would like to meet you on Friday
> at 2 pm at the flat. Please confirm.
> Kind regards, Integration Wohnen"""),

T("fr", 0, "reply", "Mamadou Barry <mamadou.barry@example.org>", "RE: Documents manquants",
"""Bonjour,

Voici les documents demandés : attestation de salaire des trois derniers mois et copie du titre de séjour. Le certificat de l'atelier, je l'ai aussi mis en pièce jointe.

Merci,
Mamadou Barry

> Bonjour M. Barry, il nous manque encore vos fiches de paie et la copie de votre titre de séjour.
> Cordialement, Integration Wohnen""", attach=["Gehalt_Jan_Feb_Maerz.pdf", "Aufenthaltstitel.pdf", "Teilnahmebestaetigung.pdf"]),

I("de", 0, "reply", "Carina Weiss – Bergische Rundschau (fiktiv) <c.weiss@bergische-rundschau.example.com>", "AW: Presseanfrage Vermieternetzwerk",
"""Liebe Frau Lenz,

herzlichen Dank für die Zahlen! Eine Nachfrage noch: Dürfte ich für den Artikel mit einem Vermieter sprechen, der über Ihr Programm vermietet hat? Gern anonym. Und wie viele Wohnungen wurden im letzten Jahr insgesamt vermittelt?

Beste Grüße
Carina Weiss
Lokalredaktion

> Sehr geehrte Frau Weiss,
> im vergangenen Jahr haben sich 47 Vermieterinnen und Vermieter neu bei uns
> gemeldet. Gerne beantworte ich weitere Fragen.
> Mit freundlichen Grüßen, Presse- und Öffentlichkeitsarbeit"""),

I("de", 0, "formal", "Mieterverein Bergisch Land (fiktiv) <beratung@mieterverein-bl.example.org>", "Kooperationsanfrage Mietrechtsberatung",
"""Sehr geehrte Damen und Herren,

der Mieterverein berät seit vielen Jahren Mieterinnen und Mieter im Kreis. Wir stellen fest, dass zunehmend Menschen mit Fluchtgeschichte zu uns kommen, oft erst, wenn der Streit mit dem Vermieter schon eskaliert ist.

Wir schlagen vor, in Ihren Workshops eine kurze Einheit zum Mietrecht zu übernehmen oder zumindest unser Angebot dort vorzustellen. Außerdem könnten wir über eine ermäßigte Mitgliedschaft für Ihre Klientinnen und Klienten sprechen.

Mit freundlichen Grüßen
Ass. jur. Tobias Marx
Geschäftsstelle"""),

I("de", 0, "clean", "MietPilot Vermietungsservice (fiktiv) <vertrieb@mietpilot.example.com>", "Entlastung für Ihr Team: Mieterauswahl als Dienstleistung",
"""Sehr geehrte Damen und Herren,

Kommunen wie Ihre stehen vor der Herausforderung, passende Mieter und Vermieter zusammenzubringen. MietPilot übernimmt die komplette Vorauswahl: Bonitätsprüfung, Dokumentencheck, Besichtigungskoordination – digital und DSGVO-konform.

Für öffentliche Auftraggeber bieten wir ein Pilotpaket für 3 Monate zum Festpreis an. Darf ich Ihnen in einem 20-minütigen Online-Termin zeigen, wie das funktioniert?

Viele Grüße
Lukas Brandner
Key Account Public Sector"""),
]
