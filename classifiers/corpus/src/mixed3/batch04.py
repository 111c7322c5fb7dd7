"""mixed3 batch 04: English (tenants and people writing for them, expat and company landlords, an agent's list,
researchers, a GP, neighbours, other-department questions, personal-looking spam, two auto)."""
from mailwriter import T, L, I, S, A

MAILS = [
# ---------------- tenant_request ----------------
T("en", 0, "phone", "Samuel Owusu <samuel.owusu@example.com>", "he said yes",
"""hi its Samuel from the Heim in Bensberg. the landlord in Hand said YES!! what do i do now, he wants a paper from jobcenter

Sent from my iPhone"""),

T("en", 0, "on_behalf", "Rachel Whitmore <rachel.whitmore@example.net>", "Haidari family (Unterkunft Paffrath) – how do we register them?",
"""Hello,

I'm a volunteer with the English-speaking congregation in Bensberg and for the past year I've been helping the Haidari family (Mr. Nasrullah Haidari, his wife Zarmina and their three boys, currently in the accommodation in Paffrath) with school things and appointments.

They would very much like to move into a flat of their own and I believe they're eligible for your programme, but they are not sure whether they ever registered. Mr. Haidari remembers filling in "a form with many pages" at the Sozialamt in 2024, that's all.

Could you tell me whether they are on your list, and if not, how to sign them up? They've asked me to write on their behalf and are happy for you to contact me. Mr. Haidari speaks some German and good English; his number is 0176 22918405.

Many thanks,
Rachel Whitmore"""),

T("en", 1, "clean", "Grace Adeyemi <grace.adeyemi@example.org>", "Flatmate threatened me - I can't go back",
"""Hello,

I live in a shared flat in Gronau that your team helped me find last year (room with my own contract). Since two weeks the new flatmate is drinking every night. Yesterday he shouted at me in the kitchen and held a knife while he did it. I called the police, they came and talked to him but he is still living there.

I am sleeping at a friend's place now, but she has a small flat and a baby and I can only stay until Thursday. I am afraid to go back and I don't know where to go after that. Is there any emergency room or some way to move quickly?

Grace Adeyemi
0157 31120948""", date="2026-03-16 22:05"),

T("en", 0, "forward", "Kasun Perera <kasun.perera@example.net>", "Fwd: Room in 3-person WG, Refrath, 420€ warm",
"""Hello, I found this WG room online. Will the Jobcenter pay for a room in a WG, or only for a whole flat? The lady wants an answer this week. Thanks, Kasun

---------- Forwarded message ---------
From: Lena <lena.wg.refrath@example.com>
Date: Tue, 14 Oct 2025 at 18:22
Subject: Re: Room in 3-person WG, Refrath, 420€ warm
To: Kasun Perera <kasun.perera@example.net>

Hi Kasun,
thanks for your message! The room is 14 m², furnished, free from 1 November. 420€ all inclusive (internet too). We are two students (Biology + Law), quiet, non-smokers. We could do a video call on Thursday evening if you like?
Lena"""),

T("en", 0, "reply", "Hamza Al-Rifai <hamza.alrifai@example.com>", "Re: Documents for the Jobcenter approval",
"""Dear Ms. Kessler,

thank you. I handed in the Mietangebot at the Jobcenter on Monday. They told me it takes about 2 weeks. The landlord says he would like an answer by the end of the month if possible. Is there anything you can do to speed it up, or should I just wait?

Best regards,
Hamza

On Fri, 7 Nov 2025 at 10:15, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Dear Mr. Al-Rifai,
> please take the rental offer (Mietangebot) and the landlord's form to the Jobcenter so they can approve the costs.
> Let us know if you need help with the form.
> Kind regards
> Team Integration Wohnen"""),

T("en", 0, "broken", "Ahmad Alsayed <ahmad.alsayed90@example.com>", "flat without wbs?",
"""hello
i want go out from Heim to own flat. i work in Amazon Köln since 8 month, 2100 brutto. i have no WBS. can i get flat without WBS or must i make first?
thank you
Ahmad"""),

T("en", 0, "mixed_language", "Nimal Jayasuriya <nimal.jaya@example.org>", "Mietschuldenfreiheitsbescheinigung?",
"""Hi, the landlord is asking for a "Mietschuldenfreiheitsbescheinigung". What is that and where do I get it? I lived in the Unterkunft only. Nimal"""),

T("en", 0, "on_behalf", "Pastor Emmanuel Okoro <pastor.okoro@grace-intl-church.example.org>", "Request for support – the Okafor family",
"""Dear Sir or Madam,

Greetings from Grace International Church, Bergisch Gladbach.

One of our member families, Mr. and Mrs. Chinedu and Blessing Okafor, have been living in a two-room flat in Heidkamp with their four children. The youngest was born in March. The flat is simply too small now; the children sleep in the living room. They have been searching for over a year without success and are quite discouraged.

The family has asked me to get in touch with you to find out whether they can join your housing programme. Mr. Okafor works full-time as a warehouse supervisor, Mrs. Okafor is on parental leave. They have a valid residence permit.

Please let me know what the next step would be. I am happy to accompany them to an appointment.

God bless,
Emmanuel Okoro
Pastor"""),

# ---------------- landlord_offer ----------------
L("en", 0, "oneliner", "Tom Fairbairn <tom.fairbairn@example.com>", "keys",
"""Keys are with me, Mr Abebe can pick them up Sat 10am. Tom"""),

L("en", 0, "clean", "Daniel Kowalczyk <daniel.kowalczyk@example.com>", "Our flat in Moitzfeld – available for 2 years",
"""Hello,

my wife and I are moving to Singapore for my job in July, for two years, maybe three. We own a 3-room flat in Moitzfeld (78 sqm, 2nd floor, balcony, fitted kitchen) and would rather rent it to a family who really needs it than leave it empty or do short-term lets.

A colleague mentioned your programme. A few questions before we decide:
- Can we sign a fixed-term lease (Zeitmietvertrag) because we'll want to come back?
- Who would be our contact person while we're abroad?
- Is the rent paid directly by the Jobcenter?

We'd be looking for roughly 780 € cold. Happy to have a call, we're in Germany until end of June.

Best,
Daniel Kowalczyk"""),

L("en", 0, "hard_case", "Marguerite Delacroix-Schmitz <m.delacroix@example.org>", "Guarantees?",
"""Good afternoon,

I'm considering renting out my late father's flat in Refrath. Before I commit: if the tenant stops paying or damages the flat, who pays? Is there a written municipal guarantee?

Regards,
M. Delacroix-Schmitz"""),

L("en", 0, "clean", "Pieter van der Berg <pieter.vdberg@example.net>", "Mould in the flat in Gronau – please talk to the family",
"""Dear Ms. Kessler,

I'm the owner of the flat in Gronau where the Sahak family has been living since last spring. I was there on Saturday to check the smoke detectors and found black mould in the bedroom corners and behind the wardrobe. The windows were closed, laundry was drying on a rack in the bedroom and the heating was off in two rooms.

I don't think they are doing it on purpose; I suspect nobody ever explained "Stoßlüften" and heating in a German flat. I've already had a professional treat the walls, but it will come back if nothing changes.

Could someone from your team explain it to them in Dari? I'm happy to pay for a hygrometer for each room. I'd like to keep this tenancy going, they're nice people.

Kind regards,
Pieter van der Berg"""),

L("en", 0, "formal", "Rhine Relocation Services <listings@rhine-relocation.example.com>", "Available furnished apartments – municipal partners, June",
"""Dear Partner,

Please find below our current furnished apartments in Bergisch Gladbach that owners have cleared for placement through municipal programmes. Minimum lease 6 months; utilities and internet included.

Ref. BG-214 | Bensberg | 1 room, 31 sqm | 640 EUR all-in | from 1 June
Ref. BG-219 | Refrath | 2 rooms, 48 sqm | 890 EUR all-in | from 15 June
Ref. BG-225 | Stadtmitte | 2 rooms, 55 sqm | 960 EUR all-in | from 1 July

A one-off service fee of one month's rent is payable by the tenant or sponsoring body on signing. We can arrange video viewings within 48 hours.

Kind regards,
Olivia Brandt
Partner Listings
Rhine Relocation Services (fictitious)""", attach=["RRS_Listings_June.pdf"]),

L("en", 0, "clean", "Priya Raman – Facilities <facilities@nexotech-rheinland.example.com>", "Two unused staff apartments",
"""Hi,

our company keeps a few apartments in Bergisch Gladbach for interns and visiting engineers. Since we moved most internships to remote, two of them (both 1-bedroom, furnished, in Stadtmitte) have been empty for months.

Our management would be open to renting them through your programme for a year, at cost (about 520 EUR warm each). Ideally to people working or training, but we're flexible. Could we have a short call about how this works contractually?

Thanks,
Priya Raman
Facilities Manager, NexoTech Rheinland (fictitious)"""),

L("en", 0, "reply", "Gareth Lloyd <gareth.lloyd@example.net>", "RE: Rent arrears – Mr. Tesfay",
"""Hi Anna,

thanks for the call yesterday. Just for the record: rent for March is still missing, February came in late on the 20th. I'm not trying to be difficult, but if March isn't paid by the end of the month I'll have to send a formal reminder (Mahnung). Can you check with him or the Jobcenter?

Cheers,
Gareth

-----Original Message-----
From: Integration Wohnen <integration-wohnen@stadt-gl.de>
Sent: Tuesday, March 10, 2026 16:41
To: Gareth Lloyd <gareth.lloyd@example.net>
Subject: Rent arrears – Mr. Tesfay

Dear Mr. Lloyd,
thank you for letting us know. We will contact Mr. Tesfay this week and get back to you.
Best regards, Anna Kessler""", date="2026-03-11 08:12"),

# ---------------- inquiry ----------------
I("en", 0, "hard_case", "Dr. Fiona McAllister <f.mcallister@urbanstudies.example.org>", "Comparative study: private landlords and refugee housing (Leeds / Bergisch Gladbach)",
"""Dear colleagues,

I'm a lecturer in urban studies and, together with a colleague in Leeds, I'm preparing a small comparative study on how municipalities persuade private landlords to rent to refugees. Your landlord network came up in a German conference paper and looks like a very interesting case.

Would someone on your team be willing to do a 45-minute online interview in the spring? We're interested in how you recruit landlords, what guarantees you offer and what makes landlords stay or leave the network. We wouldn't need any personal data about tenants or landlords.

Best wishes,
Fiona McAllister"""),

I("en", 0, "html_only", "Linda Carver <linda.carver@example.com>", "Volunteering",
"""Hi there,

I moved to Bergisch Gladbach in September with my husband (he works at the research centre in Cologne). I'm a retired primary school teacher from Ohio, I speak English and Spanish and a tiny bit of German. I have lots of free time and would love to help in some way – tutoring kids, helping people fill in forms, driving, whatever is useful.

Is there a volunteer programme I could join?

Linda""", html="only"),

I("en", 0, "clean", "EuroCities Housing Network <events@eurocities-housing.example.org>", "Invitation: webinar 'Move-on housing for refugees – what works?' (12 Feb)",
"""Dear colleagues,

you are warmly invited to our next peer-learning webinar on move-on housing for refugees leaving reception centres. Speakers from Ghent, Malmö and Utrecht will present their landlord-engagement schemes, followed by breakout discussions.

Date: 12 February, 10:00–12:00 CET (online)
Language: English
Registration: https://eurocities-housing.example.org/events/move-on

We would particularly welcome participants from German municipalities.

Best regards,
Programme team, EuroCities Housing Network (fictitious)"""),

I("en", 0, "hard_case", "Rohan Mehta <rohan.mehta@example.net>", "Anmeldung appointment",
"""Hello, I moved here from Bangalore last month for work. How do I book an appointment to register my address (Anmeldung)? The website is only in German. Thanks, Rohan"""),

I("en", 0, "clean", "Sarah Nkemelu <s.nkemelu@international-school-rb.example.org>", "Grade 10 project on housing and integration",
"""Dear Integration Wohnen team,

I teach Individuals & Societies at an international school nearby. My grade 10 students are doing a unit on migration and want to understand how a city supports refugees moving into their own homes.

Would it be possible for someone from your team to talk to the class for 30 minutes (on site or via video), or to answer a few questions by email? The students would prepare the questions in advance. Nothing about individual cases, of course.

Kind regards,
Sarah Nkemelu"""),

I("en", 0, "clean", "FlatStart <partnerships@flatstart.example.com>", "Furniture-as-a-service for newly housed families",
"""Hi team,

FlatStart provides complete furniture packages on a monthly subscription (from 39 EUR/month for a 1-room flat), delivered and assembled within 5 working days. Several German municipalities use us so newly housed families don't start on the floor.

Would you be open to a 20-minute intro call? Happy to share references.

Best,
Jonas Feld
Partnerships, FlatStart (fictitious)"""),

I("en", 0, "hard_case", "Dr. Aisha Rahman <dr.rahman@praxis-rahman.example.org>", "How do I refer patients in general?",
"""Hello,

I'm a GP in Refrath. Quite a few of my patients from the shared accommodations ask me for help with finding a flat, and some of them clearly get sick from living there. I'd like to know in general how the referral works: can doctors refer patients to you directly, do you need a medical certificate, and does it actually change anything in the prioritisation?

I'm not asking about a specific patient yet, I just want to know what to tell people.

Thank you,
Aisha Rahman"""),

I("en", 0, "clean", "Mark Hollis <mark.hollis@example.org>", "New accommodation on Lerbacher Weg?",
"""Hi, heard containers for refugees are going up in the field behind Lerbacher Weg. Any information evening for neighbours planned? We'd like to help welcome people, not complain. Mark"""),

# ---------------- spam ----------------
S("en", 0, "hard_case", "Emily Harper <emily.harper@contentbridge.example.com>", "Quick question about your article",
"""Hi there,

I just read your article on moving out of shared accommodation – really helpful stuff, especially the part about the housing workshops!

I'm reaching out because we recently published a comprehensive guide on "Renting in Germany as a Newcomer (2026 Edition)" and I think it would add a lot of value for your readers. Would you consider adding a link to it on that page?

Happy to return the favour with a share on our socials or a small contribution for your time.

Cheers,
Emily"""),

S("en", 0, "formal", "Organizing Committee WSMUH 2026 <speakers@wsmuh-summit.example.net>", "Invitation to Speak: 7th World Summit on Migration & Urban Housing, Dubai",
"""Dear Dr./Prof./Esteemed Colleague,

On behalf of the Organizing Committee, it is our great pleasure to invite you as a KEYNOTE/PLENARY SPEAKER at the 7th World Summit on Migration & Urban Housing (WSMUH 2026), to be held on November 23-25, 2026 in Dubai, UAE.

Considering your excellent contributions in the field, we would be honoured to have your presence. Kindly send us your talk title and a short biography at the earliest.

Speaker registration: USD 799 (includes conference kit, certificate, lunch and coffee breaks). Accommodation is not included. Early bird discount valid until 15 July.

We look forward to your positive response.

Best Regards,
Sophia Williams
Program Manager, WSMUH 2026"""),

S("en", 0, "other", "James Whitfield <james.whitfield.home@example.net>", "Apartment in Refrath for a refugee family",
"""Hello,

I was told you are looking for apartments for refugee families. I own a 2-bedroom apartment in Refrath, fully furnished, and I would like to give it to a family that needs it for only 490 Euro per month including all bills.

Unfortunately I am currently working offshore in the North Sea and cannot come for a viewing. I have arranged everything through Airbnb so you are protected: once the family pays the first month and deposit (980 Euro total) via Western Union to my agent in London, Airbnb will send the keys and contract by courier within 48 hours.

Please tell me the name of the family and I will send the payment details.

Best regards,
James"""),

S("en", 0, "reply", "Michael Brennan <m.brennan.invest@example.com>", "Re: our conversation",
"""Hi,

Good to hear from you again. As promised, here is the information on the AI trading platform I mentioned. I started with 250 EUR in January and withdrew 4,300 EUR last month, all verified. My account manager Anna will call you personally to set everything up, you don't need any experience.

Just register here and mention my name: https://quantedge-ai.example.com/ref/brennan

Talk soon,
Michael"""),

S("en", 0, "oneliner", "Parcel Service <notice@parcel-redelivery.example.org>", "Unclaimed parcel – action required",
"""You have an unclaimed parcel. Confirm your address and pay the 2.99 EUR redelivery fee within 24 hours: https://parcel-redelivery.example.org/confirm"""),

# ---------------- auto ----------------
A("en", 0, "header_only", "Dr. Henrik Solberg <h.solberg@nordic-migration.example.org>", "Out of Office: Interview request – landlord network",
"""Thank you for your email. I am currently out of the office with limited access to email until 3 June. For urgent matters please contact our office at office@nordic-migration.example.org.

Best regards,
Henrik Solberg""", date="2026-05-20 13:09"),

A("en", 0, "header_only", "EU Funding Helpdesk <no-reply@amif-helpdesk.example.org>", "[Ticket #AMIF-88213] Your request has been received",
"""Dear applicant,

Your request has been registered under ticket number AMIF-88213. We will respond within 5 working days.

Please do not reply to this message. This is an automatically generated message.""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
]
