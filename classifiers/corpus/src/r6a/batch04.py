"""r6a batch 04: English. Landlords (a former student migrant, an heir abroad, a tech company, short
follow-ups on viewings, keys, the Jobcenter letter, a cancellation); tenants and a mentor writing about the
owner's conditions, a signed contract, SCHUFA and the certificate (one urgent: locked out); inquiries from
a researcher, an expat club, a church, a CSR team, a parent asking about Kindergeld and a neighbour."""
from mailwriter import T, L, I

MAILS = [
L("en", 0, "clean", "Chinedu Okafor <chinedu.okafor@example.com>", "Small flat in Bensberg available",
"""Hello,

I came to Germany as a student in 2009 and spent my first year in a shared room with three other guys, so I know what the market is like. Last year I finally bought a small flat in Bensberg (1.5 rooms, 38 m2, 3rd floor, no lift).

I'd like to rent it to someone from your programme. I don't speak perfect German yet for the paperwork - is it OK if we communicate in English?

Best,
Chinedu"""),

L("en", 0, "reply", "Helen Whitaker <helen.whitaker@example.net>", "Re: Proposed tenants for your flat in Refrath",
"""Saturday 11am works for me. Please tell them to bring the Jobcenter letter, otherwise I can't decide on the spot.

Helen

On Tue, 10 Feb 2026 at 09:18, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Dear Ms Whitaker,
> we would like to introduce a couple (both in language courses, one child) for your flat.
> Would a viewing this weekend be possible?""", date="2026-02-10 21:03"),

L("en", 0, "oneliner", "Tomasz Zieliński <t.zielinski@example.org>", "after viewing",
"""The family was lovely. What happens next - do I send the contract to you or straight to them?"""),

L("en", 0, "clean", "Nexora Software GmbH – People Team <people@nexora.example.com>", "Company apartment available for a refugee employee",
"""Hi there,

we're a 60-person software company in Bergisch Gladbach. We rent a two-room company apartment in Gronau that used to house visiting colleagues; it's now empty most of the year.

One of our junior developers came to Germany as a refugee and still lives in municipal accommodation. We'd like to sublet the apartment to him at cost (about 650 EUR warm) and possibly to a second person from your programme later. Are there any rules we should know about, e.g. regarding the Jobcenter or his registration?

Kind regards,
Maren Holt
People & Culture"""),

L("en", 0, "formal", "Graham Fisher <graham.fisher@mail.example.net>", "My late father's flat in Refrath",
"""Dear Sir or Madam,

I inherited my late father's flat in Refrath last autumn. I live in Manchester and have no plans to move back. A neighbour told me the city works with landlords to house families who have been living in shelters.

I would rather let it to someone who needs it than to the highest bidder. Could you tell me how the process works and whether you help if there are problems, given that I am not local?

Yours faithfully,
Graham Fisher"""),

L("en", 0, "phone", "Priya Raman <priya.raman@example.com>", "keys",
"""keys are ready! if I'm not home on the 1st I'll leave them with Mrs Berger in flat 2. tell the family to ring her bell
Priya"""),

L("en", 0, "phone", "Stefan Albers <stefan.albers@example.org>", "Re: flat in Heidkamp",
"""Has the Jobcenter approval come through yet? I've had three other people call this week and I can't keep saying no forever. Sent from my phone"""),

L("en", 0, "clean", "Amira Benali <amira.benali@example.net>", "Viewing on Tuesday - sorry",
"""Hi Ms Kessler,

I'm really sorry but I have to cancel Tuesday's viewing. The plumber found a leak behind the bathroom wall and the flat won't be usable for about three weeks. Could we find a new date for the same family in March? I'd still like to rent it to them.

Amira"""),

T("en", 0, "clean", "Daniel Mensah <daniel.mensah@example.org>", "Landlord needs a letter",
"""Good morning,

the owner of the flat in Paffrath says he will only sign if he gets a letter from your office saying that the rent will be paid by the Jobcenter. Can you write something like that, or does it have to come from the Jobcenter?

Thank you,
Daniel Mensah"""),

T("en", 0, "phone", "Grace Achieng <grace.achieng@example.com>", "SIGNED",
"""I signed!!! Contract attached. What do I do about the deposit now?? Thank you thank you""",
attach=["contract_signed.pdf"]),

T("en", 1, "clean", "Kwame Asante <kwame.asante@example.net>", "Landlord changed the locks",
"""Hello, please help. I came home from work tonight and the landlord has changed the lock on my room. My things are inside. He says I owe him money but the Jobcenter pays him directly every month. I am staying with a friend tonight but only for tonight.

You helped me find this place last year. I don't know who else to ask.
Kwame
0152 4471 9902""", date="2025-11-14 22:47"),

T("en", 0, "on_behalf", "Rebecca Stiles <rebecca.stiles@example.org>", "Mr Tadesse - landlord wants to meet you",
"""Hello,

I'm a volunteer mentor for Mr Berhane Tadesse. He had a viewing yesterday in Schildgen and the landlady liked him, but she says she would like to speak to someone from the city before she commits. Could someone call her? Frau Wessel, 02202 771 204, best in the afternoon.

Many thanks,
Rebecca"""),

T("en", 0, "broken", "Fatou Jallow <fatou.jallow@example.com>", "schufa",
"""hello. landlord ask me schufa paper. i am only 8 month in germany, i dont have any bank credit. what i do? he say without schufa no flat.
fatou"""),

T("en", 0, "clean", "Samuel Tekeste <samuel.tekeste@example.net>", "Old landlord certificate",
"""Hi,

the viewing went well and the owner said yes, but he wants a Mietschuldenfreiheitsbescheinigung from my previous landlord. Before the shelter I lived in a room in Cologne for four months, and I don't have the landlord's contact anymore. Is there anything else I can give him?

Samuel"""),

T("en", 0, "clean", "Leila Hosseini <leila.hosseini@example.org>", "Next workshop?",
"""Hello, can I register for the next housing workshop? A landlord I met told me he prefers tenants who have the certificate. I'm free every day after 2pm.
Leila Hosseini"""),

T("en", 0, "reply", "Joseph Kamara <joseph.kamara@example.com>", "Re: Your appointment",
"""Thanks. Quick question before Thursday: the owner asked if my wife can also sign the contract, her residence permit is still being renewed. Is that a problem?

Joseph

> On 2 March 2026, Integration Wohnen wrote:
> Dear Mr Kamara, your appointment is on Thursday 5 March at 10:00 in Bensberg town hall."""),

I("en", 0, "clean", "Dr. Hannah Lindqvist <h.lindqvist@research.example.org>", "Research on municipal housing programmes",
"""Dear colleagues,

I am a postdoctoral researcher at a Swedish university comparing how mid-sized European towns help refugees move from reception housing into the private market. Bergisch Gladbach was recommended to me. Would someone on your team be available for a 30-minute video call in April?

With best regards,
Hannah Lindqvist"""),

I("en", 0, "clean", "Bergisch Internationals <hello@bg-internationals.example.net>", "Volunteers available",
"""Hi!

We're an informal club of about 80 English-speaking expats in the area. A few of our members have asked whether they could help newcomers with flat hunting in general: translating listings, coming along to viewings, explaining contracts. We're not tied to any specific family. Is there a way to coordinate this with your team?

Cheers,
Olivia Brandt (organiser)"""),

I("en", 0, "clean", "St. Columba's English Church <office@stcolumba-church.example.org>", "Invitation - community lunch",
"""Dear friends at the city,

our congregation holds a community lunch on the last Sunday of each month, and in May we are focusing on housing. We'd be very glad if someone from your team could join us, say a few words about how the programme works, and answer questions from members who may have a spare room.

Warm wishes,
Rev. Alison Grant"""),

I("en", 0, "clean", "Lukas Heller <lukas.heller@corp.example.com>", "Corporate volunteering day",
"""Hello,

our company runs an annual volunteering day. This year a team of 12 people would like to support newly housed families, e.g. painting, assembling furniture, or sorting donations. Could we organise something with you for a Friday in June?

Best regards,
Lukas Heller
CSR coordinator"""),

I("en", 0, "broken", "Musa Conteh <musa.conteh@example.org>", "kindergeld",
"""hello, we moved to our new flat in Refrath in january, thank you for help. now my wife ask: for the kindergeld we must send new address to who? and my son needs new school, who we ask?
musa"""),

I("en", 0, "clean", "Margaret O'Neill <m.oneill@example.net>", "Question about the flat next door",
"""Hello,

I live in Hand. The flat next to mine has been empty since the owner went into a care home and her son lives abroad. I don't know him well, but I wondered whether the city ever contacts owners of empty flats like this. I'm only a neighbour, so I'm just asking in general.

Regards,
Margaret O'Neill"""),
]
