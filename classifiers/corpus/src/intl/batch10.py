# English, second round: more inquiries and confusers, tenants, a few landlords, auto, spam
from common import m, mdn

MAILS = [
# ------------------------------------------------------------------ inquiries
m("inquiry", "en", "html_only", "Maya Lindström <maya.lindstrom@docfilm.example.net>", "Documentary film – request for support",
"""Dear team,

we are a small Swedish-German production company working on a documentary about people's first year in their own flat after living in shelters. We'd like to film one or two workshop sessions (only with the consent of all participants, faces blurred if wished).

Would you be open to a short call to discuss whether this is possible?

Warm regards,
Maya Lindström
Producer""", fmt="html", tz="+0100"),

m("inquiry", "en", "clean", "Councillor R. Evans <r.evans@council-twin.example.org>", "Twin town visit – housing and integration",
"""Dear colleagues,

a delegation from our twin town in the UK will visit Bergisch Gladbach in June. Several councillors are particularly interested in how the city supports refugees into private rented housing. Would your team be able to host us for about an hour for a short presentation and Q&A?

With best wishes,
Cllr. Rhys Evans""", tz="+0000"),

m("inquiry", "en", "hard_case", "Oliver Grant <oliver.grant@propertynews.example.com>", "Landlords in your network – statistics",
"""Hello,

I write for a property-investment newsletter. Our readers (mostly private landlords) keep asking whether it's worth renting to refugees via municipal programmes. Could you give me some figures: how many landlords are in your network, how many flats were let in 2025, and have there been cases of rent arrears or damage? A quote from a landlord would also be great.

Thanks,
Oliver Grant""", fmt="html"),

m("inquiry", "en", "clean", "Helpdesk <it-support@stadt-gl.example.org>", "Scheduled maintenance of the case management server",
"""Hi all,

just a heads-up from IT: the case management server will be unavailable on Saturday from 8:00 to 14:00 due to maintenance. Please save your work on Friday evening.

Cheers,
Marc (IT, internal)"""),

m("inquiry", "en", "clean", "Natasha Ivanova <natasha.ivanova@example.com>", "Lost wallet at the workshop",
"""Hello, I think I lost my small black wallet at the housing workshop in Bensberg yesterday (I was there as an interpreter). Did anyone find it? Thank you! Natasha"""),

m("inquiry", "en", "clean", "Reception <info@hotel-am-park.example.net>", "Emergency accommodation – availability",
"""Dear Sir/Madam,

we're a family-run hotel in Bergisch Gladbach. We understand that the city occasionally needs short-term rooms for families in emergency situations. We currently have 6 double rooms available for longer stays at a special municipal rate of 55 EUR/night.

Kind regards
Hotel am Park (fictional)""", fmt="html"),

m("inquiry", "en", "formal", "Research Network Housing & Migration <office@hm-network.example.org>", "Call for contributions – practitioners' panel",
"""Dear colleagues,

for our annual conference (Vienna, 22–23 October 2026) we are inviting practitioners to a panel on "Local brokerage between landlords and refugees". If your team would like to contribute a 10-minute input, please send a short abstract (max. 200 words) by 30 June.

Travel costs for practitioners can be reimbursed.

Best regards
Conference Office""", tz="+0100", date="2026-04-14 11:11"),

m("inquiry", "en", "clean", "Ben Carter <ben.carter@example.net>", "Can I give my old bike to a refugee?",
"""Hi! Random question – I've got two kids' bikes and an adult bike that I don't need anymore. Is there anyone at the refugee accommodation who could use them? Happy to bring them over. Ben"""),

m("inquiry", "en", "hard_case", "Jessica Wu <jessica.wu@example.org>", "Volunteering – no specific family",
"""Hello,

I'm a retired accountant and I'd like to help refugees with paperwork for flats – forms, Jobcenter letters, checking rental contracts. I don't know anyone personally yet. Could I be matched with someone through your team, or is there a volunteer pool?

Jessica Wu"""),

m("inquiry", "en", "clean", "Alicia Romero <alicia.romero@example.com>", "Marriage certificate translation",
"""Hello, I need my marriage certificate from Colombia translated and recognized for the Standesamt. Which office is responsible? Thank you, Alicia"""),

m("inquiry", "en", "formal", "Municipality of Overberg (example) <auszug@kommune-ob.example.org>", "Request: your workshop materials",
"""Dear colleagues,

we are setting up housing workshops for refugees in our municipality and have heard very positive things about yours. Would you be willing to share your workshop materials (slides, handouts, the attendance certificate template)? We would of course credit Bergisch Gladbach.

Many thanks and kind regards
Sabine Kraus
Integration Management""", fmt="alt"),

m("inquiry", "en", "clean", "Sales <team@smartlocks.example.net>", "Smart key boxes for property handovers",
"""Hello,

are you still handing over keys for flats in person? Our smart key boxes let landlords and tenants exchange keys securely without meeting. Special price for municipalities: 89 EUR per box.

Would you like a sample?

Best,
SmartLocks Sales"""),

m("inquiry", "en", "clean", "Chloe Martin <chloe.martin@example.org>", "Question about the KIM programme for my presentation",
"""Hi, I'm a teacher at an international school nearby. My Year 12 students are preparing presentations on integration in Germany. Could you tell me briefly what "Kommunales Integrationsmanagement" means and what your team does? A short answer would already help a lot! Chloe"""),

m("inquiry", "en", "clean", "Gary Thompson <gary.thompson@example.com>", "Complaint",
"""I want to complain about the state of the bus stop at the Refrath S-Bahn station. Glass broken for weeks. Who is responsible? Gary Thompson"""),

m("inquiry", "en", "clean", "Fundraising <donate@shelter-charity.example.org>", "Partnership for our winter campaign",
"""Dear team,

our charity supports homeless people and refugees across the region. For our winter campaign we are looking for municipal partners who could share information about our emergency fund with clients. Could we send you flyers in English, Arabic and Ukrainian?

Kind regards
Fundraising Team""", date="2025-10-30 15:00"),

m("inquiry", "en", "clean", "Elena Petrova <elena.petrova@example.net>", "Language café – collaboration?",
"""Hello,

I organise a weekly language café in Gronau (German/English/Ukrainian). Many visitors ask about housing. Could we put up a poster about your workshops, or could someone from your team drop by once for questions?

Best,
Elena"""),

m("inquiry", "en", "clean", "Journalism Student <k.owusu@journalism.example.org>", "Interview for a student article",
"""Dear Sir or Madam,

I'm a journalism student writing an article about how cities help refugees find housing. Could I interview someone from your team for 20 minutes by phone? My deadline is in three weeks.

Kind regards,
Kofi Owusu""", fmt="html"),

m("inquiry", "en", "hard_case", "Landlord Forum Rhine-Berg <board@landlordforum.example.org>", "Speaker request – landlord breakfast",
"""Dear Ms. Yilmaz,

our landlords' forum holds a monthly breakfast for members. On 7 March the topic is "Renting to refugees – risks and opportunities". Would you or a colleague be able to give a 15-minute talk about your programme and answer questions from our members? We cannot offer a fee, but breakfast is included :)

Best regards
The Board""", date="2026-01-27 09:40"),

# ------------------------------------------------------------------ tenants
m("tenant_request", "en", "hard_case", "Ayesha Siddiqui <ayesha.siddiqui@example.com>", "Very worried – appointment on Monday",
"""Hello, I am very worried because on Monday I have the appointment with you and I don't have the SCHUFA yet. Should I still come? I don't want to lose my place on the list. Ayesha""", date="2025-07-18 21:30"),

m("tenant_request", "en", "html_only", "Daniel Haile <daniel.haile@example.net>", "Request for help – flat search",
"""Dear Ms. Yilmaz,

I am Daniel from Eritrea, 26 years old, in my second year of training as a nursing assistant at the hospital. I live in the accommodation in Katterbach. My training salary is 1,250 EUR gross.

I'm looking for a small flat or a room in a shared flat near the hospital. Could we make an appointment? I am free on Wednesdays.

Thank you,
Daniel Haile""", fmt="html"),

m("tenant_request", "en", "broken", "Zainab <zainab.ali@example.com>", "my case",
"""hello i am zainab. my husband he write you before, now he is in hospital for long time so I write. we still need flat, me and 2 kids. please call me not him. 0152 23459340. thank you so much"""),

m("tenant_request", "en", "html_only", "Grace Okafor <grace.okafor@example.org>", "Re: Certificate",
"""Dear Ms. Yilmaz,

thank you so much for the certificate! I sent it to the landlord and he invited me to sign the contract next week.

Best wishes,
Grace""", fmt="html", reply=True, date="2025-04-02 08:59"),

m("tenant_request", "en", "clean", "Mustafa Ahmadi <mustafa.ahmadi@example.net>", "Flat too small?",
"""Hi, we are 5 persons and I found a flat with 3 rooms, 68 m². Jobcenter says it is okay but the landlord says it is too small for 5 people and the Wohnungsamt might not allow it. Who is right? Thanks, Mustafa"""),

m("tenant_request", "en", "on_behalf", "Katrin Löwe <k.loewe@kita-sonnenschein.example.org>", "Family of one of our Kita children",
"""Dear integration team,

I'm the head of a Kita in Gronau. One of our families (Mr. and Mrs. Rahmani, two children in our Kita) live in a single room in the municipal accommodation. The mother asked us to contact you because she finds it hard to write e-mails in German. She writes a bit of English, which is why I'm writing in English so she can read along (she is in cc).

The family would like support in finding a flat. Could someone get in touch with Mrs. Rahmani? Her mobile: 0176 23455287.

Kind regards
Katrin Löwe""", cc="Shirin Rahmani <shirin.rahmani@example.com>"),

m("tenant_request", "en", "forward", "Obinna Eze <obinna.eze@example.com>", "Fwd: Re: Apartment Refrath",
"""Hello Mr. Schulz, the owner below wants me to send money before viewing. My friend says this is scam. What do you think? I didn't pay anything yet.
Obinna

---------- Forwarded message ---------
From: Mr. Peter Hall <peterhall.flat@example.net>
Subject: Re: Apartment Refrath

Dear Obinna, the apartment is still available. I am in Spain at the moment, please send the deposit of 800 euro by Western Union and I will send the keys by post.""", date="2025-09-03 12:12"),

m("tenant_request", "en", "clean", "Hana Suleiman <hana.suleiman@example.org>", "Accessible flat needed",
"""Dear team,

my son (9) uses a wheelchair. We live on the 2nd floor of the accommodation in Bensberg without a lift, and I carry him every day. We urgently need a barrier-free flat, but I know it takes time. Is there a special list for accessible flats or a housing company you work with?

Thank you,
Hana Suleiman"""),

m("tenant_request", "en", "oneliner", "Kofi <kofi.boateng@example.net>", "Re: documents",
"""sent everything yesterday, pls confirm""", reply=True),

# ------------------------------------------------------------------ landlords
m("landlord_offer", "en", "html_only", "Harbour Lettings <lettings@harbourlettings.example.com>", "On behalf of our client – 2-bed flat Bensberg",
"""Dear Sir/Madam,

we act on behalf of a private owner based in Dublin who would like to let a 2-bedroom flat in Bensberg (64 m², 2nd floor, available 1 May 2026) to a household supported by the city. Asking rent: 610 EUR cold + 180 EUR service charges.

Please let us know whether this fits your programme and how candidates are proposed.

Kind regards
Harbour Lettings""", fmt="html", tz="+0000"),

m("landlord_offer", "en", "reply", "Helen Carter <helen.carter@example.net>", "Re: Ahmadi family – lease",
"""Dear Mr. Schulz,

the lease is signed, the Ahmadi family moved in on Saturday. Just one open question: the Jobcenter paid the first rent, but the deposit hasn't arrived yet. Who should I ask?

Helen""", reply=True, date="2025-10-06 10:20"),

# ------------------------------------------------------------------ auto
m("auto", "en", "header_only", "Jonas Keller <jonas.keller@newsdesk.example.com>", "Re: Press inquiry: How many landlords have joined?",
"""Thanks for your email. I'm on assignment until 5 December and checking messages only occasionally. For urgent matters please contact the newsdesk.""",
hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"}, date="2025-11-26 14:02"),

mdn("en", "header_only", "Peter Lindqvist <peter.lindqvist@example.com>", "Reference letter for Mr. Rasuli",
"""Your message

  To: Peter Lindqvist
  Subject: Reference letter for Mr. Rasuli
  Sent: Friday, 16 May 2025 09:12

was read on Friday, 16 May 2025 12:47.""", disposition="manual-action/MDN-sent-automatically; displayed", date="2025-05-16 12:47"),

m("auto", "en", "other", "Meeting Bot <no-reply@meet.example.com>", "Recording available: Network meeting Housing Rhein-Berg",
"""The recording of "Network meeting Housing Rhein-Berg" is now available.

Duration: 1:42:10
View recording: https://meet.example.com/rec/share/example

This link expires in 30 days.

You received this email because you attended this meeting. This mailbox is not monitored.""",
hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}, fmt="alt", date="2026-02-04 13:35"),

# ------------------------------------------------------------------ spam
m("spam", "en", "other", "HR Department <hr-payroll@stadt-gl-payroll.example.net>", "Salary adjustment 2026 – please review",
"""Hello,

please review the attached document regarding your salary adjustment for 2026 and confirm with your employee login before Friday.

View document: https://stadt-gl-payroll.example.net/docs/salary2026

HR Department""", fmt="html"),

m("spam", "en", "other", "Link Building Team <outreach@guestposts.example.com>", "Guest post on stadt-gl.de?",
"""Hi,

I'm reaching out because I'd love to publish a guest article on your website about "Top 10 moving tips for 2026". We'd pay $150 per do-follow link. Let me know!

Regards,
Emma | Outreach Manager"""),

m("spam", "en", "other", "Property Owner <owner.rentals.de@example.org>", "Flat for your clients – no viewing needed",
"""Hello,

I'm a doctor working with a NGO in Nigeria. I have 3-room flat in Bergisch Gladbach-Gronau for only 420 euro warm. I don't need the money, I just want trustworthy people.

Because I'm abroad, the tenant must first pay 2 months' rent as deposit via Bitcoin or Western Union, then my agent will send the keys by courier. Please forward to your refugees.

Dr. Andrew Miller""", tz="+0100"),
]

from common import set_dates  # noqa: E402
set_dates(MAILS, {
    "Twin town visit – housing and integration": "2026-03-05 16:20",
})

if __name__ == "__main__":
    import build
    build.main()
