# English: landlord offers (expats, international owners, companies, agents, employers)
from common import m

MAILS = [
m("landlord_offer", "en", "clean", "James Whitfield <james.whitfield@example.com>", "Flat in Refrath available from 1 March",
"""Hello,

I'm a British national who lived in Bergisch Gladbach for 12 years and I've now moved back to Manchester. I still own a 2-bedroom flat in Refrath (68 m², 1st floor, balcony, fitted kitchen, cellar) and I'm looking for long-term tenants.

A friend told me about your programme. I'd be happy to rent to a refugee family, as long as the rent is paid reliably. I was thinking of 640 EUR cold plus approx. 190 EUR service charges.

How does it work? Do you select tenants or do I? I'm not in Germany often, so I'd need someone local to do the handover – my neighbour has a key.

Best regards,
James Whitfield""", tz="+0000", date="2026-01-19 20:15"),

m("landlord_offer", "en", "clean", "Priya Nair <priya.nair@example.net>", "Room in my house – is this something for your programme?",
"""Hi there,

we have a self-contained granny flat (1 room, small kitchen, shower, separate entrance, ~30 m²) in our house in Moitzfeld. It's been empty since my mother-in-law moved into care.

We'd like to rent it to a single woman or a mother with a small child, ideally someone who needs a safe place. Is that something you can help with? We don't have much idea about Jobcenter rules etc.

Thanks,
Priya (and Thomas)""", fmt="alt"),

m("landlord_offer", "en", "hard_case", "Robert Klein <robert.klein@example.com>", "Guarantees?",
"""Good morning,

before I decide anything: if I rent my flat to someone in your programme and there is damage or the rent is not paid, who is responsible? Does the city give any guarantee or insurance? I had a bad experience once (not with refugees) and lost almost 4,000 EUR.

I'm not offering anything yet, just asking.

Robert Klein"""),

m("landlord_offer", "en", "formal", "Lettings Team <lettings@rheinhome.example.com>", "Available units – Q3 2025 – Bergisch Gladbach",
"""Dear Sir or Madam,

RheinHome Residential manages approximately 1,400 units in the Rhine-Berg region. As part of our social responsibility commitment, we would like to make selected units available to households supported by your integration team.

For Q3 2025 we can offer the following in Bergisch Gladbach:

- Gronau, 3 rooms, 71 m², ground floor, 695 EUR cold, available 01.08.
- Stadtmitte, 1 room, 34 m², 3rd floor (lift), 405 EUR cold, available 15.07.
- Bensberg, 4 rooms, 92 m², 2nd floor, 880 EUR cold, available 01.09.

All units are within the local KdU limits as far as we can tell. Please send us suitable candidates with a short profile; viewings can be arranged at short notice.

Kind regards

Anna Berger
Lettings Manager
RheinHome Residential GmbH (fictitious)
Phone +49 221 1234567-0

The information in this e-mail is confidential and intended solely for the addressee. Access to this e-mail by anyone else is unauthorised.""",
att=[("Exposé.pdf", "application/pdf"), ("Grundriss_Gronau.png", "image/png")]),

m("landlord_offer", "en", "clean", "Marco Rossi <marco.rossi@example.org>", "1-bedroom flat, Stadtmitte",
"""Hi, I have a small flat in the city centre, 42 m², 480 € + 120 € NK. I'm Italian, living in Milan now. Tenant moved out. Interested? Marco"""),

m("landlord_offer", "en", "reply", "Helen Carter <helen.carter@example.net>", "Re: Tenant for your flat in Paffrath",
"""Dear Mr. Schulz,

thank you for sending the profile of the Ahmadi family. I met them yesterday at the flat together with my husband, they were lovely and the children were very polite. We'd be happy to go ahead.

Could you tell me what happens next? Do I send the lease to you, to them, or to the Jobcenter? And is the deposit paid by the Jobcenter directly to my account?

Best,
Helen Carter

> Dear Mrs. Carter,
> as discussed on the phone, please find attached the profile of a family
> who would be interested in your flat in Paffrath...""", reply=True),

m("landlord_offer", "en", "clean", "Svetlana & Mark Jensen <jensen.family@example.com>", "We want to help",
"""Hello,

we are a Danish-Ukrainian couple living in Bergisch Gladbach. We bought a second flat as an investment (Hebborn, 2 rooms, 55 m², newly renovated). After seeing what is happening in Ukraine and elsewhere we thought, why not rent it to someone who really needs it.

Rent would be 550 cold. We can also leave some furniture (sofa, bed, table).

Please let us know the procedure.
Svetlana Jensen
0172 23455561"""),

m("landlord_offer", "en", "hard_case", "David Moreau <david.moreau@example.org>", "Following up on Mr. Karimi",
"""Hello,

Mr. Karimi moved into my flat in Lückerath via your programme in April. Overall it's going well, but the rent for October hasn't arrived yet, and the Jobcenter told me on the phone they need a new certificate from him. He doesn't reply to my messages.

Could you perhaps talk to him? I don't want to cause him trouble, I just need to know what's happening.

Regards
David Moreau""", date="2025-10-09 09:48"),

m("landlord_offer", "en", "formal", "Hr Department <hr@metallbau-example.example.com>", "Company apartments for employees with refugee background",
"""Dear integration team,

our company (metal construction, 120 employees, located in Bergisch Gladbach-Hand) employs several people who came to Germany as refugees. Some of them still live in municipal accommodation.

We have recently acquired a building with six small apartments (1–2 rooms) which we intend to rent to employees at a reduced rent. We would like to coordinate with you so that the move-out from the accommodations works smoothly and the Jobcenter-side questions (top-up benefits) are clarified.

Could we arrange a short meeting?

Kind regards
Sandra Köhler
Human Resources"""),

m("landlord_offer", "en", "broken", "Ayhan Demirtas <ayhan.demirtas@example.net>", "apartment",
"""Hello i have apartment in Romaney 3 room 70 qm free from next month. I accept jobcenter. My english not perfect sorry. call me 0160 23454492
Ayhan"""),

m("landlord_offer", "en", "clean", "Claire Dubois-Schmitz <claire.ds@example.com>", "Inherited flat – thinking about renting it to refugees",
"""Hello,

my late father left me his flat in Herkenrath (3 rooms, 78 m², 2nd floor, no lift, a bit old-fashioned but in good condition). I live in Brussels and don't want to sell yet.

I've read about your programme in the local newspaper online. Before deciding I have a few questions:
- Is the rent paid directly by the Jobcenter?
- What happens if the tenants leave after a few months?
- Do you help with the paperwork in German? Mine is rusty.

Many thanks,
Claire""", tz="+0100", date="2025-02-27 21:05"),

m("landlord_offer", "en", "oneliner", "Tim O'Brien <tim.obrien@example.net>", "Studio free in Bensberg",
"""Studio free in Bensberg from 1st, 380 warm, call me if you have someone. Tim 0151 23450087"""),

m("landlord_offer", "en", "html_only", "Frontdesk <info@bergviewapartments.example.com>", "Furnished apartments for long-term stay",
"""Dear Sir/Madam,

Bergview Apartments offers 8 furnished apartments (25–45 m²) in Bergisch Gladbach-Stadtmitte for long-term rental. We understand the city sometimes needs short-notice housing for families. We can offer monthly rates from 690 EUR all-inclusive (internet, electricity, cleaning every two weeks).

We'd be pleased to discuss a framework agreement.

Kind regards
Bergview Apartments – Reservations""", fmt="html"),

m("landlord_offer", "en", "reply", "Anil Kapoor <anil.kapoor@example.org>", "Re: Re: Viewing on Saturday",
"""Saturday 11 am works for me. I'll meet the family at the front door of the building (Hauptstraße, the bakery is on the ground floor). Please tell them to bring the Jobcenter letter so we can already fill out the form.

Anil""", reply=True),

m("landlord_offer", "en", "clean", "Elisabeth Grant <e.grant@example.com>", "Problem with tenants from your programme",
"""Dear Ms. Yilmaz,

I rented my flat in Frankenforst to the Osman family through you last year. I'm writing because the neighbours have complained several times about noise in the evenings, and the staircase cleaning rota isn't being followed.

I don't want to terminate the lease, I just think someone should explain the house rules to them in their language. Is that something your team does?

Best regards,
Elisabeth Grant"""),

m("landlord_offer", "en", "clean", "Kenji Watanabe <kenji.watanabe@example.net>", "Returning to Japan – flat available",
"""Good evening,

I am returning to Japan for three years for work. My apartment in Schildgen (2 rooms, 60 m², kitchen, balcony) will be empty from April 2026 until at least March 2029. I'd like to rent it to a family who needs it, with a fixed-term lease (Zeitmietvertrag).

Is a fixed-term contract possible with your programme? Rent 620 EUR warm.

Sincerely,
Kenji Watanabe""", date="2025-12-01 19:40"),

m("landlord_offer", "en", "forward", "Nina Petrova <nina.petrova@example.com>", "Fwd: flat for refugees?",
"""Hi, my friend Karin (below) has a flat and asked me to forward it to you since she doesn't use e-mail much. Her number is in the text.
Nina

---------- Forwarded message ---------
From: Karin <karin.weiss@example.org>
Date: Sun, 8 Jun 2025 at 21:02
Subject: flat for refugees?

Nina, du kennst doch die Leute von der Stadt. Meine Wohnung in Katterbach (2 Zi, 54 qm) wird frei, ich würde sie gerne an eine Flüchtlingsfamilie vermieten. Kannst du das weitergeben? Tel 02202 23456.
Karin"""),

m("landlord_offer", "en", "clean", "Oliver Brandt <oliver.brandt@example.org>", "Question about rent levels",
"""Hello,

I own a 3-room flat in Bensberg and I'm considering your programme. What is the maximum cold rent the Jobcenter accepts for a family of 4? I don't want to offer it if it's above the limit anyway. Currently asking 790 cold + 210 NK.

Oliver"""),

m("landlord_offer", "en", "formal", "St. Mary's Anglican Chaplaincy <office@stmarys-chaplaincy.example.org>", "Vacant parsonage flat",
"""Dear Sir or Madam,

the chaplaincy council has decided to make the small flat above our parish hall in Bensberg (2 rooms, 48 m²) available to a refugee household. The flat is currently vacant after our chaplain moved.

We would prefer a small family or a couple. The parish would charge a modest rent covering costs only. Could someone from your team visit the flat and advise us on the next steps?

With kind regards,
Margaret Ellis
Churchwarden"""),

m("landlord_offer", "en", "broken", "Haris Begovic <haris.begovic@example.com>", "I have room",
"""Hi, I am from Bosnia, 30 years in Germany. I have house in Hand with 1 room with own bath on top floor. Is for man alone. 350 euro with everything. I was also refugee in 1993 so I know how it is. If you have good man please call. Haris 0176 23456130"""),

m("landlord_offer", "en", "clean", "Sophie Laurent <sophie.laurent@example.net>", "Our tenant Mr. Ghebre – thank you",
"""Dear Mr. Schulz,

I just wanted to let you know that Mr. Ghebre has now lived in our flat for one year and we are very happy. He is a great tenant. We would like to extend his fixed-term contract and possibly also rent the second flat (the one on the ground floor, 2 rooms) which will become free in autumn.

Would you have someone for it?

Best,
Sophie Laurent""", date="2026-05-22 10:12"),

m("landlord_offer", "en", "clean", "Ahmed Farouk <ahmed.farouk@immo.example.com>", "Listing: 4-room flat Paffrath",
"""Dear team,

I'm an estate agent (Immobilienmakler) working for a private owner. The owner explicitly wants to rent to a family supported by the city. 4 rooms, 95 m², Paffrath, 2nd floor, garden use, 920 EUR cold, available 01.11.2025. No commission for the tenant.

Exposé attached. Viewings possible Tuesdays and Thursdays.

Regards
Ahmed Farouk
Real Estate Consultant""", att=[("Expose_Paffrath.pdf", "application/pdf")]),

m("landlord_offer", "en", "hard_case", "Gareth Hughes <gareth.hughes@example.org>", "Refugees – what documents do they have?",
"""Hi,

I'm thinking of renting my flat to refugees but I'm unsure about the legal side. What residence status do your clients have? If someone's permit expires after 1 year, what happens with the lease? I'd rather know before I commit.

Thanks
Gareth"""),

m("landlord_offer", "en", "phone", "Lucia Fernandez <lucia.fernandez@example.com>", "Flat",
"""Hi! Small flat in Hebborn becomes free end of month. 1,5 rooms. Send me someone nice 🙂

Sent from my iPhone"""),

m("landlord_offer", "en", "clean", "Wohnbau Rhein-Berg eG <vermietung@wohnbau.example.com>", "Cooperative flats – English version as requested",
"""Dear Ms. Yilmaz,

as requested during our phone call, here is the information in English so you can forward it to your colleagues.

Our cooperative (Wohnungsbaugenossenschaft) has two flats available in Gronau from 1 December:
- 2 rooms, 57 m², 1st floor, 489 EUR cold + 165 EUR advance payment for operating costs
- 3 rooms, 74 m², 3rd floor, 612 EUR cold + 210 EUR

Tenants must become members of the cooperative (cooperative shares of 3 x 260 EUR, can be paid by the Jobcenter as a loan in many cases). A WBS is required for the 2-room flat.

Best regards
Jürgen Hoffmann
Wohnungsvergabe""", fmt="alt", date="2025-10-28 11:26"),

m("landlord_offer", "en", "clean", "Yusuf Arslan <yusuf.arslan@example.net>", "House for big family",
"""Dear Sir/Madam,

I am renting out a house (Reihenhaus) in Herkenrath: 5 rooms, 120 m², small garden. It is suitable for a big family with many children. I know it's hard for large families to find something.

Rent 1,350 EUR warm. I know this might be over the limit, but maybe the Jobcenter pays for 7 or 8 persons?

Yusuf Arslan"""),

m("landlord_offer", "en", "reply", "Rachel Stein <rachel.stein@example.org>", "Re: Your flat offer – candidates",
"""Thanks for the three profiles. I'd like to meet the single mother (profile 2) first. Could you arrange a viewing next Wednesday afternoon? If it doesn't work out, profile 1 is also fine.

Rachel

-----Original Message-----
From: Integration Wohnen <integration-wohnen@stadt-gl.de>
Sent: Monday, 16 February 2026 14:05
To: Rachel Stein <rachel.stein@example.org>
Subject: Your flat offer – candidates

Dear Ms. Stein,
attached you will find three anonymised profiles of households who would fit your flat in Refrath...""", reply=True),

m("landlord_offer", "en", "clean", "Thomas Becker <thomas.becker@example.com>", "Attic flat in Moitzfeld",
"""Hello,
we have finished converting our attic into a small flat (38 m², sloped ceilings, new bathroom). We'd like to rent it to a young person, maybe a refugee doing an apprenticeship. We are a family with 3 kids so it would be good if the person doesn't mind some noise :)
Rent: 420 warm.
Thomas & Julia Becker"""),

m("landlord_offer", "en", "hard_case", "Andrew Mills <andrew.mills@example.net>", "Damage after tenant moved out",
"""Dear team,

the family you placed in my flat in Gronau moved out last month to a bigger place. Unfortunately there is significant damage (kitchen worktop burned, two doors broken). The deposit won't cover it.

In the programme information it said there is a contact person for landlords in such cases. Who can I talk to? Photos attached.

Andrew Mills""", att=[("damage_kitchen.jpg", "image/jpeg"), ("door.jpg", "image/jpeg")]),

m("landlord_offer", "en", "clean", "Ilse van der Berg <ilse.vdberg@example.com>", "Two rooms in shared house",
"""Hello! I'm Dutch and own a large old house in Bensberg. I live on the ground floor and want to rent out two rooms upstairs (shared kitchen and bath) to women or students. Would refugees in training or studying be interested? 320 EUR per room incl. everything.
Groetjes, Ilse"""),

m("landlord_offer", "en", "broken", "Mr. Singh <gurpreet.singh@example.org>", "rent",
"""sir
I have shop and above flat 2 room in Stadtmitte. flat is empty. I can rent jobcenter people. what rent jobcenter pay? I want 600 euro.
thanks
singh"""),

m("landlord_offer", "en", "clean", "Laura Bianchi <laura.bianchi@example.net>", "Can I choose the tenant?",
"""Hi,
I'd like to offer my 2-room flat in Katterbach through your programme but it's important to me that I meet the people first and decide myself. Is that how it works, or does the city assign someone? Also I prefer non-smokers.
Thanks, Laura"""),
]

from common import set_dates  # noqa: E402
set_dates(MAILS, {
    "Fwd: flat for refugees?": "2025-06-09 10:05",
    "Re: Your flat offer – candidates": "2026-02-17 18:30",
})

from common import tweak  # noqa: E402
tweak(MAILS, 'Question about rent levels', fmt="html", style="html_only")

if __name__ == "__main__":
    import build
    build.main()
