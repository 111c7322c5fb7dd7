# English: inquiries (press, research, NGOs, municipalities, vendors, events, misdirected)
from common import m

MAILS = [
m("inquiry", "en", "formal", "Dr. Elena Marković <e.markovic@uni-research.example.org>", "Research interview request – housing transitions of refugees",
"""Dear Sir or Madam,

I am a postdoctoral researcher at a university institute for migration studies. Our project examines how municipalities in North Rhine-Westphalia support refugees in moving from collective accommodation into private rental housing.

We would be very interested in interviewing one or two members of your team (approx. 60 minutes, online or in person) about the Auszugsmanagement approach, especially the landlord network and the housing workshops. All data will be anonymised.

Would you be available in the coming weeks? I am happy to send our information sheet and consent form.

Kind regards,
Dr. Elena Marković
Research Associate""", fmt="alt"),

m("inquiry", "en", "clean", "Jonas Keller <jonas.keller@newsdesk.example.com>", "Press inquiry: How many landlords have joined?",
"""Hello,

I'm a reporter for an English-language news site for internationals in the Cologne/Bonn area. I'm working on a story about the housing shortage and refugees.

Could you tell me:
1. How many landlords (Vermieter) have offered flats to your programme since it started?
2. How many households have moved out of municipal accommodation with your help in 2025?
3. Is there a landlord who'd be willing to talk to me?

My deadline is Friday. Thank you!

Jonas Keller""", date="2025-11-24 10:02"),

m("inquiry", "en", "formal", "Haus & Grund Rhein-Berg <vorstand@hausundgrund.example.org>", "Invitation: Members' evening on 18 September",
"""Dear colleagues,

on behalf of our landlords' association I would like to invite a representative of your team to our members' evening on 18 September 2025 at 7 pm in Bensberg.

Many of our members have questions about renting to refugees – rent payments by the Jobcenter, guarantees, communication. A 20-minute input followed by questions would be ideal.

Please let me know whether someone could attend.

Kind regards
Werner Brückner
Chairman (English version of our letter for your international colleagues)"""),

m("inquiry", "en", "clean", "Sarah O'Connell <sarah.oconnell@example.net>", "Volunteering",
"""Hi,

I moved to Bergisch Gladbach from Ireland last year and I'd like to volunteer. I saw that you help refugees find flats. Could I help, e.g. by accompanying people to viewings or helping with English/German letters? I work part-time so I have some afternoons free.

Cheers,
Sarah"""),

m("inquiry", "en", "formal", "City of Hilden-Süd (example) <integration@kommune-nord.example.org>", "Exchange of experience: move-out management",
"""Dear colleagues,

our municipality is planning to set up a move-out management service for refugees in municipal accommodation, similar to your Auszugsmanagement. We heard about your landlord network at a KIM network meeting.

Would you be willing to share your experiences in a short video call? We'd be particularly interested in how you recruit landlords and how the workshops are organised.

With best regards
Birgit Lange
Integration Office"""),

m("inquiry", "en", "clean", "Accounts <billing@translate-now.example.com>", "Interpreting services for your team",
"""Dear Sir/Madam,

we are an interpreting agency offering telephone and video interpreting in 60+ languages including Dari, Pashto, Tigrinya, Somali and Kurmanji, available within 10 minutes. Municipal clients receive a 15% discount.

May we send you our rate card?

Best regards
Translate Now – Sales team"""),

m("inquiry", "en", "clean", "Kevin Braun <kevin.braun@example.com>", "Parking ticket",
"""Hi, I got a parking ticket in Refrath last week although I had a valid resident's permit in the window. Who do I contact to object? Thanks, Kevin"""),

m("inquiry", "en", "clean", "Amira Saleh <amira.saleh@example.org>", "Kita place for my son",
"""Hello, I am looking for a Kita place for my son (2 years) in Bensberg. We have a flat already. Who is responsible for this? I could not find it on the website. Thank you, Amira"""),

m("inquiry", "en", "formal", "UNHCR-style Liaison (fictional) <liaison@refugeeagency.example.org>", "Good practice collection – municipal housing support",
"""Dear Sir or Madam,

our organisation is compiling a collection of good practices on local integration in Germany, with a focus on access to housing for refugees. Your city's approach combining individual case management, landlord outreach and housing workshops has been mentioned to us by several partners.

We would like to include a short description (1–2 pages) of your project. Would you be willing to fill in a brief questionnaire (attached) or have a 30-minute conversation with our consultant?

Thank you for your consideration.

Yours sincerely,
Catherine Mwangi
Associate Protection Officer (Local Integration)""", att=[("Questionnaire_Good_Practice.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]),

m("inquiry", "en", "clean", "Lena Vogt <lena.vogt@student.example.org>", "Master thesis – short questionnaire",
"""Dear Sir or Madam,

I'm a master's student in social work and I'm writing my thesis about housing workshops for refugees. Would one of your staff be willing to answer 8 short questions by email? It would take about 15 minutes.

Thank you very much!
Lena Vogt"""),

m("inquiry", "en", "clean", "Mike Harrison <mike.harrison@example.net>", "How does the programme work?",
"""Hi,

I read about your programme on the city's Facebook page. Just out of curiosity – is it funded by the state or by the city? And can anyone become a "housing mentor"? I don't have a flat to rent, I'm just interested.

Mike"""),

m("inquiry", "en", "formal", "Events <events@housing-forum.example.com>", "Invitation: Affordable Housing & Integration Forum 2026 (Cologne)",
"""Dear Sir or Madam,

we are pleased to invite you to the Affordable Housing & Integration Forum 2026 on 12–13 March 2026 in Cologne. The forum brings together municipalities, housing companies and civil society to discuss practical approaches to housing for migrants and refugees.

We would be delighted if your team would present your move-out management approach in the panel "Local Landlord Networks" (15 min).

Please reply by 31 January if you are interested.

Kind regards
The Forum Team""", fmt="html"),

m("inquiry", "en", "clean", "Patricia Lowe <patricia.lowe@example.com>", "Donation of furniture",
"""Hello,

we are moving abroad in two weeks and have a complete living room set, a kitchen table with 4 chairs and a children's bed that we would like to donate to refugee families who are moving into a new flat. Is there someone at your office who organises this? We can't deliver but everything is in Schildgen.

Best,
Patricia"""),

m("inquiry", "en", "clean", "Tom Richter <tom.richter@example.org>", "Noise from the refugee accommodation",
"""Hello,

I live next to the accommodation in Paffrath and in the last weeks there was loud music until 2 am several times. Who is responsible for the building? I don't want to call the police every time.

Regards, Tom Richter"""),

m("inquiry", "en", "formal", "Office of MP (fictional) <buero@abgeordnete.example.org>", "Request for information – housing of refugees",
"""Dear Sir or Madam,

on behalf of a member of the state parliament I would kindly ask for some background information for a parliamentary question:

- the number of persons currently living in municipal accommodation in Bergisch Gladbach,
- the average length of stay,
- the number of successful move-outs supported by your team in 2024 and 2025.

Any figures you can share would be greatly appreciated.

Best regards
Office of the Member of Parliament"""),

m("inquiry", "en", "clean", "Hiroshi Tanaka <h.tanaka@example.net>", "Internship",
"""Dear Sir or Madam,

I'm studying social work in Cologne (exchange student from Japan). Is it possible to do a 6-week internship in your team in summer? I speak English, Japanese and German B2.

Best regards,
Hiroshi Tanaka""", att=[("CV_Hiroshi_Tanaka.pdf", "application/pdf")]),

m("inquiry", "en", "clean", "Support <support@caseflow-software.example.com>", "Case management software demo for KIM teams",
"""Hello,

CaseFlow is a GDPR-compliant case management tool used by over 40 integration teams in Germany. Features include multilingual client communication, document upload via smartphone and automated reminders for appointments.

Would you be interested in a free 30-minute demo? Just reply to this email with a preferred date.

Best regards
Jana from CaseFlow""", fmt="alt"),

m("inquiry", "en", "clean", "Rebecca Hill <rebecca.hill@example.com>", "Where do I apply for Wohngeld?",
"""Hello, I'm a German citizen but grew up in the UK. My income is low and I think I may be eligible for Wohngeld. Is this the right office? Thanks, Rebecca"""),

m("inquiry", "en", "formal", "Refugee Law Clinic (example) <contact@lawclinic.example.org>", "Cooperation proposal",
"""Dear team,

we are a student-run refugee law clinic offering free legal advice. Many of our clients have questions related to rental law (leases, deposits, termination). We would like to offer a monthly consultation hour in one of the accommodations or after your housing workshops.

Could we discuss whether this would be useful for you?

Kind regards,
The Refugee Law Clinic team"""),

m("inquiry", "en", "clean", "Anja Roth <anja.roth@example.net>", "Volunteer group – how can we support?",
"""Hi everyone,

we are a group of 6 neighbours in Refrath who'd like to support refugees with housing in some way – painting flats, helping with moves, driving to IKEA, translating. We're not tied to any particular family.

How could we coordinate with you?

Best
Anja (on behalf of the group)"""),

m("inquiry", "en", "clean", "Luca Moretti <luca.moretti@example.com>", "Wrong address?",
"""Hello, I was told to send my application for a residence permit extension to this address. Is that correct? My appointment is in 3 weeks. Luca"""),

m("inquiry", "en", "clean", "Printing Solutions <sales@print-solutions.example.net>", "Brochures & flyers for your workshops",
"""Dear Sir or Madam,

do you need multilingual flyers for your housing workshops? We print for NGOs and public institutions at special rates. 1,000 A5 flyers, full colour, from 49 EUR.

Regards
Print Solutions"""),

m("inquiry", "en", "formal", "Jonathan Price <jonathan.price@foundation.example.org>", "Funding call: Inclusive Housing 2026",
"""Dear colleagues,

our foundation is launching a funding call "Inclusive Housing 2026" for municipalities and NGOs that develop innovative approaches to help refugees access the private rental market. Grants up to 80,000 EUR are available; the deadline is 15 April 2026.

Given your work in Bergisch Gladbach, we thought this might be of interest. The call text is attached.

Best regards
Jonathan Price
Programme Officer""", att=[("Call_Inclusive_Housing_2026.pdf", "application/pdf")]),

m("inquiry", "en", "hard_case", "Dana Whitaker <dana.whitaker@example.org>", "Podcast: landlords who rent to refugees",
"""Hi team,

I host a small podcast on integration in Germany (in English). For the next episode I'd love to interview a landlord who rents to refugees through your programme, and ideally someone from your team. Could you pass my request on to one or two Vermieter who might be open to it?

Thanks a lot,
Dana"""),

m("inquiry", "en", "clean", "Adam Nowicki <adam.nowicki@example.net>", "Garbage collection",
"""hello, the yellow bin in our street was not collected for 3 weeks. who should I call? Adam, Gronau"""),

m("inquiry", "en", "formal", "Caritas-style Welfare Association (example) <fachdienst@wohlfahrt.example.org>", "Network meeting 'Wohnen' – save the date",
"""Dear network partners,

please save the date for our next network meeting "Housing for refugees in Rhein-Berg" on Wednesday, 4 February 2026, 10:00–12:30, in our rooms in Bensberg.

Agenda (draft): updates from the municipalities, experiences with the housing workshops, cooperation with the Jobcenter on rent approvals.

A formal invitation will follow.

Best regards
Fachdienst Integration""", date="2025-12-10 14:30"),

m("inquiry", "en", "clean", "Olumide Bakare <olumide.bakare@example.com>", "Nigerian community association – info session?",
"""Hello,

I'm the secretary of a Nigerian community association in the region. Many of our members are new and ask how to find a flat. Would it be possible for someone from your team to give an information session at one of our monthly meetings? Or can our members join your housing workshops?

Kind regards
Olumide Bakare"""),

m("inquiry", "en", "clean", "Frank Meyer <frank.meyer@example.org>", "Question about the Integration Council election",
"""Hello, when is the next election for the Integrationsrat and can I still be a candidate? Frank"""),

m("inquiry", "en", "formal", "Evaluation Team <evaluation@consult.example.com>", "Programme evaluation KIM – data request",
"""Dear Sir or Madam,

as commissioned by the state ministry, we are conducting the evaluation of the Kommunales Integrationsmanagement. As part of this, we kindly ask all participating municipalities to complete the attached data template on case management activities in 2025 (anonymised aggregate figures only).

Submission deadline: 28 February 2026.

Kind regards
Evaluation Team""", att=[("KIM_Data_Template_2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),

m("inquiry", "en", "clean", "Ruth Abramowitz <ruth.abramowitz@example.net>", "Photography project",
"""Hi, I'm a documentary photographer working on a series about "first homes" – people who moved from shelters into their own flat. Would your team be willing to ask clients whether they'd like to take part? Everything voluntary, of course, and they'd receive prints. Ruth"""),

m("inquiry", "en", "hard_case", "Gemma Taylor <gemma.taylor@example.com>", "I want to help a family but don't know one",
"""Hello,

I'd like to sponsor a refugee family's deposit (Kaution) or first month's rent – I don't know any family personally. Is there a way to donate for that through your office, or should I go through an association?

Gemma"""),

m("inquiry", "en", "clean", "Office <office@tenants-assoc.example.org>", "Tenants' association – offer of free advice",
"""Dear team, our tenants' association would like to offer free first-time membership (one year) to refugee households who move into their first flat with your help. Let us know if we should send flyers. Best regards, Mieterverein team"""),

m("inquiry", "en", "clean", "Priyanka Das <priyanka.das@example.net>", "Dog registration",
"""Hi, I just moved to Bergisch Gladbach from Bangalore, where do I register my dog for the dog tax? Thank you!"""),

m("inquiry", "en", "formal", "Municipality of Leverkusen-Ost (example) <wohnen@kommune-lev.example.org>", "Question: cooperation agreement with housing companies",
"""Dear colleagues,

we are currently drafting a cooperation agreement with local housing companies on allocating flats to refugees. I understand you have a similar agreement. Would you be able to share your template or tell us which points were most difficult to negotiate?

Many thanks and best regards
Martina Voss
Wohnraumversorgung"""),

m("inquiry", "en", "clean", "Julian Weiss <julian.weiss@example.com>", "Re: Workshop evaluation",
"""Hi, as promised here is the summary of the feedback sheets from the volunteer interpreters at the last workshop. Overall very positive, some asked for more breaks. Julian (volunteer coordinator, Refrath Helferkreis)""", reply=True),

m("inquiry", "en", "clean", "Mobile Solutions <hello@movinghelp.example.net>", "Moving company – discount for social clients",
"""Hello,

we're a small moving company in Bergisch Gladbach and would like to offer discounted moves (from 199 EUR for a 2-room flat within the city) for families supported by your office. We also take Jobcenter cost approvals (Kostenvoranschlag on request).

Best regards
Moving Help team"""),

m("inquiry", "en", "clean", "Samantha Reed <samantha.reed@example.org>", "English speaking staff?",
"""Is there anyone in your office who speaks English? I'd like to ask some general questions about how refugees are housed in the city for a school project with my class (Year 10, international school). Thanks, Ms. Reed"""),
]

from common import set_dates  # noqa: E402
set_dates(MAILS, {
    "Invitation: Members' evening on 18 September": "2025-08-20 16:10",
    "Invitation: Affordable Housing & Integration Forum 2026 (Cologne)": "2025-12-02 09:00",
    "Funding call: Inclusive Housing 2026": "2026-02-10 13:45",
    "Programme evaluation KIM – data request": "2026-01-15 10:30",
})

from common import tweak  # noqa: E402
tweak(MAILS, 'How does the programme work?', fmt="html", style="html_only")

if __name__ == "__main__":
    import build
    build.main()
