# English
from mailwriter import T, L, I, A, S, bounce_builder


def H(m, src):
    m.html_source = src
    return m


MAILS = [
# ---------------------------------------------------------------- tenants
T("en", 0, "clean", "Samuel Haile <samuel.haile@example.com>", "Looking for an apartment for my family",
"""Dear Sir or Madam,

My name is Samuel Haile, I am from Eritrea and I have been living in the shelter in Refrath with my wife and our two daughters (2 and 6) since 2023. We have a residence permit for three years.

I speak English better than German, so I hope it is okay that I write in English. We are looking for an apartment with 2 or 3 rooms. I work as a cleaner (mini job) and we receive support from the Jobcenter.

Could you please tell me how I can register for your support and what documents you need?

Kind regards,
Samuel Haile
"""),

T("en", 0, "on_behalf", "Rachel Donovan <rachel.donovan@example.net>", "Support for the Sultani family",
"""Hello,

I'm a volunteer mentor (originally from Ireland, living in Bensberg) and I've been helping the Sultani family from Afghanistan for about a year: Mr. Farid Sultani, his wife Zarmina and their three boys. They live in the accommodation on Frankenforster Straße.

They have been looking for a flat for months. Mr. Sultani has just got a permanent contract as a forklift driver, so their chances should be better now. Could they be included in your case management, and could I come along to the first appointment? My German is okay but the family feels more comfortable with me there.

Thanks a lot,
Rachel Donovan
+49 171 5520813
"""),

T("en", 0, "phone", "Abdirahman Y. <abdirahman.y22@example.org>", "help flat",
"""hi i need flat my wife is pregnant 8 month we live in container 1 room, very hot, pls help what to do

sent from my phone
"""),

T("en", 1, "clean", "Grace Okonkwo <grace.okonkwo@example.com>", "URGENT - eviction on Thursday",
"""Dear Ms Kowalski,

I am writing because I received an eviction notice. The bailiff (Gerichtsvollzieher) is coming on Thursday at 10 am and we have to leave the apartment. The landlord sold the house and the new owner went to court. I did not understand the letters in time because they were in legal German, I am very sorry.

I live there with my two children (5 and 11). We have nowhere to go. You helped me find this apartment in 2023, my case number was GL-2023-000447.

Please call me as soon as possible: 0176 39920145.

Grace Okonkwo
""", attach=["Raeumungsmitteilung.pdf"]),

T("en", 0, "reply", "Omid Jafari <omid.jafari@example.net>", "Re: Your request GL-2026-000911 - documents needed",
"""Hi,

here are the documents. The rental debt-free certificate I don't have because I never rented in Germany before, is the letter from the shelter ok instead?

Thanks
Omid

On Wed, 4 Feb 2026 at 10:05, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Dear Mr Jafari,
>
> thank you for your application. Please send us:
> - a copy of your residence permit (both sides)
> - your Jobcenter decision (Bewilligungsbescheid)
> - a certificate that you have no rent arrears (Mietschuldenfreiheitsbescheinigung)
>
> Kind regards
> Integration Wohnen
""", date="2026-02-05 22:47", attach=["Aufenthaltstitel_vorne.jpg", "Aufenthaltstitel_hinten.jpg", "Bewilligungsbescheid_JC.pdf"],
headers={"In-Reply-To": "<e27c19.20260204100511@stadt-gl.de>", "References": "<e27c19.20260204100511@stadt-gl.de>"}),

# ---------------------------------------------------------------- landlords
L("en", 0, "clean", "James Whitfield <j.whitfield@mail.example.com>", "Inherited flat in Refrath - renting through your programme?",
"""Hello,

I inherited a two-bedroom flat in Refrath from my aunt last year. I live in London and have no plans to sell it at the moment. A friend in Cologne told me that the city works with landlords who rent to refugee families.

Could you explain how it works in practice? In particular: who would be my contact if something goes wrong, and is the rent paid reliably? I'd be happy to set the rent at the level the Jobcenter accepts.

Best regards,
James Whitfield
"""),

L("en", 0, "formal", "HR Team, Vantaro GmbH <people@vantaro.example.com>", "Company apartments available for employees with refugee background",
"""Dear Integration Team,

Vantaro is a logistics company with a site in Bergisch Gladbach. We currently employ eleven colleagues who came to Germany as refugees, several of whom still live in municipal accommodation.

We have leased two furnished apartments (1 room, 32 m² and 2 rooms, 48 m²) that we can sublet to employees at 380 EUR and 520 EUR including utilities. We would like to offer them first to employees who are registered with your programme. Could we arrange a call to discuss how to proceed?

Best regards,
Lena Marquardt
People & Culture

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
"""),

L("en", 0, "hard_case", "Marco Bellini <marco.bellini@example.org>", "Question about guarantees before I decide",
"""Hi there,

I own a small apartment in Gronau and I'm thinking about renting it to a refugee family. Before I make up my mind I'd like to understand the risks. Is there any kind of guarantee from the city if the rent isn't paid, or for damages? And can the Jobcenter pay me directly?

Thanks,
Marco
"""),

L("en", 0, "formal", "Rhine Residential Management <lettings@rhine-residential.example.com>", "Available units - Bergisch Gladbach portfolio, Q3",
"""Dear Sir or Madam,

On behalf of our client, an institutional investor, we manage 140 residential units in Bergisch Gladbach. The following units will be available in Q3 and could be allocated to households referred by your office:

Unit 3.2 - 2 rooms, 51 m², net rent EUR 468, available 1 July
Unit 7.1 - 3 rooms, 70 m², net rent EUR 612, available 15 July
Unit 7.4 - 4 rooms, 88 m², net rent EUR 759, available 1 September

Please note that a rent guarantee or a direct-payment declaration from the Jobcenter is required for all tenancies.

Kind regards,
Daniel Frost
Senior Letting Manager

Rhine Residential Management GmbH | Registered office: Düsseldorf
DISCLAIMER: This message may contain privileged information. Any review, retransmission or other use by persons other than the intended recipient is prohibited.
"""),

L("en", 0, "clean", "Susan Meyer-Clarke <susan.mc@example.net>", "Mr Hamid moved out - keys?",
"""Dear Mr Demir,

Mr Hamid, whom you placed in my flat on Dechant-Müller-Straße last year, seems to have moved out. The neighbours say they haven't seen him for three weeks and the post is piling up. He hasn't given notice and the rent for this month came from the Jobcenter as usual.

Do you know anything about this? I'd like to sort out the keys and the handover properly. I'm also happy to rent the flat again through your programme.

Best,
Susan Meyer-Clarke
"""),

L("en", 0, "phone", "Tom Riedel <tom.riedel@example.com>", "room in my shared house",
"""hey, I've got a room free in my shared house in Bensberg, 380 incl everything, from January. 3 other people live here, all working/studying, English + German spoken. Can refugees rent it through you? Cheers Tom

Sent from my iPhone
"""),

H(L("en", 0, "html_only", "Bram de Vries <bram.devries@example.org>", "Apartment for rent Bergisch Gladbach (3 rooms)",
"""Dear team, I am a Dutch owner of a 3-room apartment (74 m2) in Bergisch Gladbach-Hand. My tenant leaves end of May. I would like to rent it to a refugee family via your program. Rent 680 EUR cold. Please let me know how to proceed. Kind regards, Bram de Vries
""", html="only"),
"""<div dir="ltr"><div>Dear team,</div><div><br></div><div>I am a Dutch owner of a <b>3-room apartment (74 m2)</b> in Bergisch Gladbach-Hand. My tenant leaves end of May.</div><div>I would like to rent it to a refugee family via your program. Rent 680 EUR cold, utilities approx. 190 EUR.</div><div><br></div><div>Please let me know how to proceed.</div><div><br></div><div>Kind regards,</div><div>Bram de Vries</div><div><span style="color:#888">Utrecht, NL</span></div></div>
"""),

# ---------------------------------------------------------------- inquiries
I("en", 0, "clean", "Hannah Lowe <h.lowe@europe-desk.example.com>", "Press inquiry: refugees moving out of shelters",
"""Dear press office / integration team,

I'm a freelance journalist working on a piece about how German municipalities help refugees move from shelters into private housing. Bergisch Gladbach was mentioned to me as an interesting example.

Would someone be available for a 20-minute phone interview next week? I'd be particularly interested in how many people have moved out so far and what has worked with landlords.

Best wishes,
Hannah Lowe
"""),

I("en", 0, "clean", "Dr. Aylin Kaya <a.kaya@migration-research.example.org>", "Research survey on municipal housing programmes",
"""Dear colleagues,

Our research group at the Institute for Migration Studies is conducting a comparative study of municipal housing support for refugees in Germany, the Netherlands and Denmark. We would be grateful if a member of your team could complete a short online questionnaire (about 15 minutes):

https://survey.migration-research.example.org/housing-2025

Participation is voluntary and all responses are treated confidentially.

With kind regards,
Dr. Aylin Kaya
"""),

I("en", 0, "formal", "European Housing Inclusion Network <events@ehin.example.org>", "Invitation: Peer-learning conference 'Homes not Shelters', Brussels",
"""Dear Sir or Madam,

We are pleased to invite your team to our annual peer-learning conference "Homes not Shelters - local strategies for housing refugees", taking place on 22-23 October in Brussels.

We would particularly welcome a short presentation of your landlord network. Travel costs for one speaker can be reimbursed.

Please register by 15 September: https://ehin.example.org/conference2025

Kind regards,
Marie Lefebvre
Programme Officer
"""),

I("en", 0, "clean", "Municipality of Kerava Twin Town Office <twintown@kerava-city.example.org>", "Study visit request from our partner city",
"""Dear colleagues in Bergisch Gladbach,

A delegation of four social workers from our city would like to visit Bergisch Gladbach in spring as part of our twin-town exchange. We are very interested in learning about your work helping refugees move into private flats.

Would it be possible to meet your team for half a day in April or May?

Warm regards from Finland,
Sanna Virtanen
International Relations
"""),

I("en", 0, "other", "Jonas Weber, HomeMatch <jonas@homematch.example.com>", "Quick demo? Matching platform for refugee housing",
"""Hi team,

I came across your programme and thought you might find our tool useful. HomeMatch is a platform that matches landlords and tenants based on needs, budget and location, used by 14 municipalities in Germany.

Would you be open to a 20-minute demo next week? Here's my calendar: https://cal.homematch.example.com/jonas

Best,
Jonas
Founder, HomeMatch
"""),

I("en", 0, "clean", "Priya Raman <priya.raman@example.org>", "Volunteering",
"""Hello,

I'm a PhD student at the University of Cologne and live in Bergisch Gladbach. I speak English, Tamil and some German and I would like to volunteer a few hours a week, for example helping people write flat applications or translating at appointments.

Is there any way to get involved?

Best regards,
Priya
"""),

I("en", 0, "other", "Kevin O'Brien <kevin.obrien@example.com>", "Anmeldung appointment?",
"""Hi,

I've just moved to Bergisch Gladbach for work and need to register my address (Anmeldung). The online booking shows no appointments for the next 6 weeks. Is there any other way? I need the registration for my bank account.

Thanks,
Kevin
"""),

# ---------------------------------------------------------------- machine mail
A("en", 0, "header_only", "Daniel Frost <d.frost@rhine-residential.example.com>", "Automatic reply: Available units - Bergisch Gladbach portfolio, Q3",
"""Thank you for your email. I am currently out of the office with limited access to email and will return on 18 August.

For urgent letting matters please contact lettings@rhine-residential.example.com.

Kind regards,
Daniel Frost
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Thread-Topic": "Available units - Bergisch Gladbach portfolio, Q3"}),

A("en", 0, "header_only", "Mail Delivery Subsystem <mailer-daemon@mx.example.com>", "Delivery Status Notification (Failure)",
"", raw=bounce_builder("samuel.haile.eri@example.com", "Your appointment on 14 March", "5.2.2",
    "smtp; 552-5.2.2 The email account that you tried to reach is over quota.",
    "mx.example.com",
    "** Address not found **\r\n\r\nYour message wasn't delivered to samuel.haile.eri@example.com because the "
    "recipient's inbox is full.\r\n\r\nThe response from the remote server was:\r\n552 5.2.2 The email account that "
    "you tried to reach is over quota.\r\n",
    orig_date="Tue, 11 Mar 2025 09:30:02 +0100", headers_only=False)),

H(A("en", 0, "other", "Housing Europe Observatory <newsletter@housing-observatory.example.org>", "Monthly Digest: Social housing & migration - November",
"""Monthly Digest - November

- New report: Access to housing for refugees in 12 EU countries
- Webinar recording: Rent guarantees that work
- Call for good practices 2026

You are receiving this email because you subscribed to our newsletter. Unsubscribe: https://housing-observatory.example.org/u/ab83
""", html="alt", headers={"List-Unsubscribe": "<https://housing-observatory.example.org/u/ab83>", "Precedence": "bulk",
    "X-Campaign": "nov-digest", "Feedback-ID": "nov-digest:mc:1133"}),
"""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#123b5c;color:#fff;padding:14px"><b>Housing Europe Observatory</b> &ndash; Monthly Digest</td></tr>
<tr><td style="padding:14px"><ul>
<li><a href="https://housing-observatory.example.org/r/refugees-12">New report: Access to housing for refugees in 12 EU countries</a></li>
<li><a href="https://housing-observatory.example.org/w/rent-guarantees">Webinar recording: Rent guarantees that work</a></li>
<li><a href="https://housing-observatory.example.org/c/2026">Call for good practices 2026</a></li></ul>
<p style="font-size:11px;color:#888">You are receiving this email because you subscribed to our newsletter. <a href="https://housing-observatory.example.org/u/ab83">Unsubscribe</a></p></td></tr></table></body></html>
"""),

A("en", 0, "other", "Eventmaker <no-reply@eventmaker.example.com>", "Your registration is confirmed: Homes not Shelters 2025",
"""Hi Integration Wohnen,

You're registered for Homes not Shelters 2025.

Date: 22-23 October 2025
Location: Brussels
Order: #EM-4471902

Add to calendar | View ticket: https://eventmaker.example.com/t/EM-4471902

This is an automated message. Replies to this address are not monitored.
""", headers={"Auto-Submitted": "auto-generated"}, attach=[("invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Eventmaker//EN\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:EM-4471902@eventmaker.example.com\r\nDTSTART:20251022T070000Z\r\nDTEND:20251023T150000Z\r\nSUMMARY:Homes not Shelters 2025\r\nLOCATION:Brussels\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]),

# ---------------------------------------------------------------- spam
S("en", 0, "other", "Barrister Williams Okafor <williamsokafor.chambers@example.net>", "ATTENTION: UNCLAIMED INHERITANCE FUND",
"""Dear Beneficiary,

I am Barrister Williams Okafor, personal attorney to late Engr. Klaus Müller, a German national who died in a car accident with his family in 2019. He left a deposit of US$8,500,000 (Eight Million Five Hundred Thousand United States Dollars) with a bank here.

Since you share the same country with my late client, I am contacting you to stand as next of kin so that the fund can be released to you. We will share 50/50. This transaction is 100% risk free.

Reply with your full name, phone number and address.

Regards,
Barrister Williams Okafor (Esq.)
""", headers={"Reply-To": "okafor.legal.chambers@example.org"}),

S("en", 0, "hard_case", "Emily Carter <emily.carter.nurse@example.com>", "Flat available for a refugee family - I'm abroad",
"""Hello,

I saw that you help refugee families find homes. I have a lovely furnished 2-bedroom flat in Bergisch Gladbach that I'd like to rent to a family in need for only 390 EUR per month, all bills included. I'm currently working as a nurse with Doctors Without Borders in Scotland so I can't show it in person.

Everything is arranged through Airbnb so it's safe for both sides: the family pays the first month and deposit (780 EUR) to Airbnb, then the keys are delivered to their door. I can send more pictures.

God bless,
Emily
""", attach=["flat1.jpg", "flat2.jpg"]),
]
