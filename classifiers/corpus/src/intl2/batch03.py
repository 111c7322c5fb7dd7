"""Batch 03: English inquiry (press, EU projects, vendors, volunteers, students, misdirected mail)."""
from mailwriter import I

MAILS = [
I("en", 0, "clean", "Sanne de Vries <s.devries@dagblad-noord.example.org>", "Dutch newspaper - visiting one of your housing workshops?",
"""Dear Integration Wohnen team,

I'm the Germany correspondent of a Dutch regional daily, based in Cologne. The Netherlands is having a heated debate about housing status holders (statushouders), and my editors would like a piece on how German towns handle the move from shelters into ordinary rental flats.

Would it be possible for me to sit in on one of your housing workshops - without photos, of course, and only with the participants' consent? I'd also love 20-30 minutes with a member of staff, and, if anyone is willing, a short conversation with a former participant who has found a flat.

I'm flexible on dates in the next four weeks. I write in Dutch, but happy to send you the quotes in English for checking.

Kind regards,
Sanne de Vries"""),

I("en", 0, "formal", "HOME-STEP consortium <partners@homestep-project.example.org>", "Partner search: Erasmus+ / AMIF project on refugee housing pathways - letter of intent",
"""Dear colleagues,

We are a Lisbon-based NGO coordinating a proposal under the AMIF call on integration of third-country nationals, working title HOME-STEP ("Housing pathways from reception to tenancy"). The consortium currently includes partners from Portugal, Greece, Austria and Finland, and we are looking for one German municipality with hands-on experience in accompanying refugees from collective accommodation into private rental housing.

Your approach - individual case management combined with housing workshops and a landlord network - was recommended to us by a colleague from the Eurocities working group.

The role of a municipal partner would mainly involve two peer-learning visits, contributing to a practice guide and hosting one transnational workshop in year two. Personnel costs would be covered at 100% for the partner's share.

If you are interested, we would need a short letter of intent by the end of the month. We would be glad to set up a call to explain the project in more detail.

With best regards,
Inês Carvalho
Project Coordinator, HOME-STEP (working title)"""),

I("en", 0, "clean", "Partnerships <partners@safehome-insure.example.com>", "Liability insurance bundle for newly housed refugees",
"""Hello,

I'm reaching out from SafeHome, a small insurance broker specialising in people who are new to renting in Germany. Many landlords ask their future tenants for proof of personal liability insurance (Privathaftpflicht), and we've found that refugees often don't know it exists or sign expensive contracts at the door.

We've put together a basic bundle (liability + optional household contents) from 4.50 € per month, with documents available in English, Arabic, Ukrainian and Dari. We would be happy to present it to your team or provide flyers for your workshops - no commission arrangements, no sales visits to the accommodation.

Would you be open to a 15-minute call?

Best,
Leonie Hartung
SafeHome (example)"""),

I("en", 0, "html_only", "Refugee Day Alliance Bergisch Gladbach <hello@refugeeday-gl.example.org>", "Invitation: World Refugee Day market on 20 June - stand for your team?",
"""Dear friends,

on Friday 20 June, World Refugee Day, the Refugee Day Alliance is organising a small market in the town centre (Konrad-Adenauer-Platz, 3 to 7 pm) with food from different countries, music, a children's corner and info stands.

We'd be delighted if Integration Wohnen could have a stand - many visitors ask us how to find a flat, and many landlords have questions too. We provide a table, a gazebo and electricity. All you need to bring is information material and good mood!

Please let us know by 30 May whether you'd like to take part.

Warm regards,
The organising team
Refugee Day Alliance (example)""", html="only"),

I("en", 0, "clean", "Miguel Ferreira <miguel.ferreira@example.com>", "Einbürgerung appointment",
"""Hello, I applied for naturalisation (Einbürgerung) in March and still haven't heard anything. Is there a way to check the status or get an appointment? I don't know who is responsible, sorry if this is the wrong email.

Thanks,
Miguel Ferreira"""),

I("en", 0, "hard_case", "Hannah Jessop <hannah.jessop@example.net>", "Article for Rhineland Expat Magazine - looking for a landlord to interview",
"""Hi there,

I write for an English-language magazine for internationals living around Cologne and Bonn. For our autumn issue I'm working on a feature about landlords who rent to refugees - why they do it, what worried them beforehand, what their experience has been.

Ideally I'd interview one or two landlords from your network, for example someone who has rented to a Syrian or Afghan family, plus a short quote from your team about how you support landlords. Of course everything would be voluntary and landlords could stay anonymous if they prefer.

Would you be willing to pass my request on to landlords who might be interested? I'd send you a short text they could read first.

Many thanks,
Hannah Jessop
Freelance journalist"""),

I("en", 0, "hard_case", "Owen Tremblay <owen.tremblay@student.example.org>", "Exchange student - term paper on why landlords say no",
"""Hello,

I'm an exchange student from Canada spending a semester at the University of Cologne, in a sociology seminar on housing and discrimination. My term paper is about why private landlords refuse tenants who receive benefits or have a refugee background, and what changes their mind.

Would it be possible to get contact details of two or three landlords in your network who might be willing to answer some questions (15-20 min, anonymous)? Or, if that's not possible, could I ask one of your staff about typical concerns landlords raise?

I completely understand if you're too busy. Thank you for considering it!

Owen Tremblay"""),

I("en", 0, "hard_case", "Peter Blackwood <peter.blackwood@example.net>", "Offer: weekly drop-in for online flat search",
"""Dear team,

I'm a retired IT consultant (British, living in Moitzfeld for 30 years) and I've been looking for a way to make myself useful. I noticed that many people struggle with the online side of flat hunting: setting up search alerts, writing messages on the portals, scanning documents into a single PDF, spotting fake ads.

I could offer a weekly drop-in, say Wednesday afternoons, either at your office or in one of the accommodations, open to anyone who needs help. I'd bring my own laptop. I'm not looking for anything in return, and I'm happy to get a Führungszeugnis if that's needed.

Let me know if this would be helpful or if there's a better way I can support.

Best regards,
Peter Blackwood"""),

I("en", 0, "clean", "Second Round Furniture <team@secondround.example.com>", "Refurbished furniture packages for first flats",
"""Hi,

we're a social enterprise in Cologne that collects used furniture, refurbishes it in our workshop (where we train long-term unemployed people) and sells it at low prices. We've noticed that many of our customers are refugees furnishing their first flat, often with a tight Erstausstattung budget from the Jobcenter.

We now offer fixed "first flat" packages (bed, wardrobe, table, chairs, basic kitchen) from 390 €, delivered and assembled anywhere in Rhein-Berg, with invoices the Jobcenter accepts.

Could we send you a flyer for your case managers, or present the idea at a team meeting?

Kind regards,
Jasper Nkemelu
Second Round (example)"""),

I("en", 0, "formal", "Campaign office Dr. L. Ammann <team@ammann-fuer-gl.example.org>", "Request for figures: waiting times for refugees in municipal accommodation",
"""Dear Sir or Madam,

I am writing on behalf of Dr. Lisa Ammann, who is standing as an independent candidate in the upcoming local elections. As part of her programme on affordable housing, she would like to base her statements on reliable figures.

Could you provide, or tell us where to find, the following information:
1. the average length of stay in municipal accommodation before moving into a private flat;
2. the number of households supported by your programme per year since it started;
3. whether there is a waiting list for the housing workshops.

We understand that you may need to refer us to the press office. Thank you in advance.

Yours faithfully,
Martin Oyelaran
Campaign office (volunteer)"""),
]
