"""fresh2 batch 04: English (tenants, landlords, inquiries, spam) and first French mails."""
from mailwriter import T, L, I, S

MAILS = [
T("en", 0, "clean", "Grace Adeyemi <grace.adeyemi@example.org>", "Housing workshop - next date?",
"""Hi,

I heard about the housing workshop (Wohnungsführerschein) from my neighbour in the accommodation. When is the
next one, and is it possible to attend in English? My German is still basic. I would like to register myself
and my husband, Emmanuel Adeyemi.

Thanks,
Grace"""),

T("en", 0, "oneliner", "Bilal Qureshi <bilal.qureshi@example.com>", "certificate",
"""Hello, I attended the workshop on 3 and 10 February but did not receive the certificate. Can you send it by email please? A landlord asked for it. Bilal Qureshi"""),

T("en", 0, "on_behalf", "Martin Ebbinghaus <martin.ebbinghaus@example.net>", "Flat search for the Sadiqi family (Moitzfeld)",
"""Dear team,

I'm writing in English because the family I support reads English better than German and I'd like to copy them
in later. I'm a volunteer mentor for the Sadiqi family from Afghanistan (parents, grandmother and two teenage
sons), who have been living in the accommodation in Moitzfeld for almost three years.

The older son has just finished school and starts an apprenticeship in September; the father works part time
as a driver. They have a WBS for five people. We have applied for more than 40 flats. Could the family be
included in your matching programme? I can attend an appointment with them, ideally on a Thursday.

Kind regards,
Martin Ebbinghaus""", cc="Farid Sadiqi <farid.sadiqi@example.org>"),

T("en", 0, "forward", "Hanna Tesfamariam <hanna.tesfa@example.com>", "Fwd: 1-room apartment Refrath - is this real?",
"""Hello Ms Yilmaz,

I found this on an online marketplace. The price is very cheap and the man wants me to send money first before
the viewing. Is this normal in Germany? I don't want to lose my money. Please tell me what to do.

Hanna

-------- Forwarded Message --------
Subject: 1-room apartment Refrath
Date: Sun, 8 Jun 2025 22:41:10 +0200
From: Wohnung Refrath <wohnung.refrath.2025@example.net>
To: hanna.tesfa@example.com

Hello Hanna,
the apartment is still free. 1 room, 35 m², 290 euro warm. I am in Italy now. Please send 580 euro deposit
by Western Union, then my agent will bring the key to you.
Regards""", date="2025-06-09 07:55"),

T("en", 0, "reply", "Daniel Mekonnen <daniel.mekonnen@example.net>", "Re: Documents for your application",
"""Thank you, I will bring the documents on Tuesday at 10.

Daniel

On Thu, 22 May 2025 at 15:40, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Dear Mr Mekonnen,
> please bring your residence permit, the Jobcenter decision and your last three payslips to the
> appointment on Tuesday, 27 May, at 10:00.
> Kind regards
> Integration Wohnen""", date="2025-05-22 18:02"),

T("en", 0, "mixed_language", "Priya Raman <priya.raman@example.org>", "Jobcenter says flat too expensive (Angemessenheit)",
"""Hi Mr Krüger,

the Jobcenter sent me a letter today saying the flat in Heidkamp is not "angemessen" – the Bruttokaltmiete is
42 euro above the limit for two persons. The landlord would accept us and we really like it. Is there any way
to get an Ausnahme? Or can I pay the difference myself from my Minijob?

I attached the letter from the Jobcenter.

Thanks a lot,
Priya""", attach=["Schreiben_Jobcenter.pdf"]),

T("en", 0, "phone", "Samuel Osei <samuel.osei.gh@example.com>", "house",
"""need house 2 bedroom pls help me and my son we are in camp bensberg

Sent from my Galaxy"""),

L("en", 0, "oneliner", "Michael Brennan <m.brennan@example.net>", "Re: Handover Bensberg",
"""Quick update: the Yonas family moved in on Saturday, keys handed over, meter readings done. All good so far.
Michael"""),

L("en", 0, "formal", "HR Services Rhine Tech Components <hr.services@rhinetech.example.com>", "Company apartments - possible cooperation",
"""Dear Sir or Madam,

Rhine Tech Components operates a site in Bergisch Gladbach with around 600 employees. We own a small building
with six furnished apartments, originally used for international trainees. Due to changes in our trainee
programme, two or three of these apartments are currently vacant and will likely remain so for the next
year or longer.

We are considering offering them to refugees, ideally (but not necessarily) people who are interested in
working in production or logistics. Could we arrange a call to discuss how such an arrangement would work,
including the rental contract and the role of the Jobcenter?

Kind regards,
Laura Fischer-Dunn
HR Services, Germany"""),

L("en", 0, "hard_case", "Kevin O'Donnell <kevin.odonnell@example.org>", "Question about damage cover",
"""Hello,

before I decide whether to offer my flat through your programme: if a tenant placed by you damages the flat
beyond normal wear and tear, is there any insurance or fund that covers it? And what happens if the Jobcenter
stops paying the rent?

Thanks,
Kevin O'Donnell"""),

I("en", 0, "clean", "Welcome Networks Europe <events@welcome-networks.example.org>", "Invitation: panel on local housing solutions, 12 March",
"""Dear colleagues,

Welcome Networks Europe is organising an online panel, "From shelter to home: local housing solutions for
refugees", on 12 March from 14:00 to 15:30 CET. We would be delighted if a member of your team could join as a
panellist for about ten minutes to present your experience in Bergisch Gladbach.

Other panellists come from Ghent, Lyon and Bologna. The event will be held in English.

Warm regards,
Ines Duarte
Programme Coordinator"""),

I("en", 0, "html_only", "Nestwise Software <sales@nestwise.example.com>", "Automate your landlord matching in 2026",
"""Hi there,

Municipal housing teams spend up to 40% of their time on manual matching between landlords and applicants.
Nestwise automates it: applicant profiles, landlord portal, viewing scheduling and GDPR-compliant reporting, all
in one tool, hosted in Germany.

Cities like yours are already saving hours every week. Can I show you a 20-minute demo next week?

Best,
Tom Reinholt
Account Executive, Nestwise""", html="only"),

I("en", 0, "hard_case", "Yonatan Haile <yonatan.haile@example.com>", "Appointment for residence permit extension",
"""Hello,

my residence permit expires on 30 April and I need to make an appointment for the extension. The online system
shows no free dates. Can you give me an appointment, or tell me who I should write to?

Thank you
Yonatan Haile"""),

S("en", 0, "html_only", "Microsoft 365 Admin <no-reply@office365-securemail.example.net>", "Action required: your password expires today",
"""Microsoft 365

The password for integration-wohnen@stadt-gl.de expires today.

To keep using your current password, please verify your account within 12 hours:

Keep current password
https://office365-securemail.example.net/verify?u=integration-wohnen

If you do not verify, your account will be locked and your emails may be deleted.

Microsoft Corporation""", html="only"),

T("fr", 0, "clean", "Mamadou Diallo <mamadou.diallo@example.net>", "Recherche de logement pour ma famille",
"""Bonjour Madame, Monsieur,

Je m'appelle Mamadou Diallo, je suis guinéen et je vis depuis un an et demi dans le foyer de Hand avec ma femme
et nos deux enfants (2 ans et 5 ans). J'ai obtenu mon titre de séjour en janvier et je suis maintenant inscrit
au Jobcenter.

Nous cherchons un appartement de deux ou trois pièces à Bergisch Gladbach, mais les propriétaires ne répondent
presque jamais. Une assistante sociale m'a dit que votre service peut aider. Est-il possible d'avoir un
rendez-vous ? Je parle un peu allemand (A2) et bien français.

Je vous remercie d'avance.

Cordialement,
Mamadou Diallo
Tél. : 0176 2190 5541"""),

T("fr", 1, "broken", "Clarisse Mbuyi <clarisse.mbuyi@example.com>", "urgent svp foyer",
"""bonjour

on m'a dit aujourd'hui que je dois quitter le foyer de Refrath le 31 juillet parce que ils ferment le batiment.
on me propose rien. je suis seule avec mes 3 enfants, le plus petit a 1 an. je ne sais pas ou aller dans 5 jours.
aidez moi svp, je peux venir au bureau demain.

Clarisse Mbuyi
0157 6610 2384""", date="2025-07-26 20:10"),

T("fr", 0, "mixed_language", "Aïcha Traoré <aicha.traore@example.org>", "Inscription Wohnungsführerschein",
"""Bonjour,

je voudrais m'inscrire au Wohnungsführerschein. Ma Betreuerin de la Caritas m'a donné votre adresse. Je
travaille le matin dans une Kita (Minijob), donc l'après-midi c'est mieux pour moi.

Nom : Aïcha Traoré
Adresse : Unterkunft Gronau, Zimmer 14
Tél. : 0160 4471 3328

Merci beaucoup et bonne journée !"""),

T("fr", 0, "mixed_language", "Jean-Pierre Nkurunziza <jp.nkurunziza@example.net>", "Appartement trouvé – Mietbescheinigung",
"""Bonjour Monsieur Krüger,

bonne nouvelle : le propriétaire à Paffrath accepte de me louer le studio (38 m², 430 euros warm). Mais le
Jobcenter demande une Mietbescheinigung remplie par le Vermieter et une Wohnungsgeberbestätigung. Le
propriétaire ne comprend pas bien les formulaires. Est-ce que vous pouvez l'appeler ou m'aider à les remplir ?

Je vous envoie son numéro en message séparé.

Merci,
Jean-Pierre"""),

T("fr", 0, "phone", "Fatoumata Sow <fatoumata.sow@example.com>", "logement",
"""bonjour je cherche un logement svp urgent on est 4 au foyer bensberg merci"""),

T("fr", 0, "on_behalf", "Albert Kabila <albert.kabila@example.org>", "Pour ma sœur et ses enfants",
"""Bonjour,

j'écris pour ma sœur, Mme Grâce Kabila, qui vit avec ses trois enfants dans le foyer de Paffrath. Elle ne parle
pas encore bien allemand et elle n'a pas d'ordinateur. Moi j'habite à Bonn.

Elle cherche un logement depuis plus d'un an. Elle a un Wohnberechtigungsschein pour 4 personnes. Je voudrais
savoir comment elle peut être accompagnée par votre service et quels documents il faut apporter. Je peux venir
avec elle pour traduire.

Merci de votre aide.
Albert Kabila"""),
]
