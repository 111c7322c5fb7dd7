"""Batch 01: English tenant_request (refugees, sponsors, relatives abroad, teachers, phone-typed mail)."""
from mailwriter import T

MAILS = [
T("en", 0, "on_behalf", "Farid Popal <farid.popal@example.com>", "My sister Mahbooba Popal - housing help from Canada",
"""Hello,

I hope this is the right address. My name is Farid Popal and I live in Mississauga, Canada. I am writing for my younger sister, Mahbooba Popal, who lives with her two sons (8 and 13) in the municipal accommodation in Bensberg since September 2023.

Her German is A2 and she gets very nervous on the phone, so she asked me to write. She has been looking for an apartment for more than a year. She applied for the Wohnberechtigungsschein in spring but she doesn't know if it was approved, she only got a letter she couldn't understand and then nothing. The boys share one room with her and the older one has exams next year.

Is it possible that she comes to your office for an appointment? And is it ok if I am on the phone during the appointment to help her? I am 6 hours behind you but I can call in the morning my time.

Her phone is 0152 48819031 (WhatsApp is best).

Thank you very much for what you do.
Farid Popal""", date="2025-10-07 15:40 -0400"),

T("en", 0, "on_behalf", "Karen Lindholm-Weiss <karen.lw@nest-mentoren.example.org>", "NesT mentoring group - Tsegay family needs to take over or find new flat",
"""Dear colleagues,

I'm one of five mentors in a NesT community sponsorship group ("Neustart im Team") in Paffrath. Since May 2024 we have been supporting the Tsegay family (parents, three children aged 2, 6 and 10), who came to Germany through the programme.

As you may know, under NesT the mentor group rents the flat for the first two years. Our lease for the flat in the Dellbrücker area of Paffrath ends on 31 March and the landlord has told us he won't transfer it to the family - he wants to sell. So the family will need a new place in spring, ideally within walking distance of the primary school.

Mr. Tsegay works 25 hours a week in a warehouse, Mrs. Tsegay is in her B1 course. Part of the rent will still come from the Jobcenter.

Could we get an appointment with one of your case managers together with the family? Two of us (mentors) would come along. We are also happy to sign whatever consent form you need.

Many thanks and best wishes,
Karen Lindholm-Weiss
on behalf of the NesT group Paffrath
Mobile 0171 5520347"""),

T("en", 0, "clean", "Tesfalem Gebremedhin <tesfalem.gm@example.net>", "Nursing trainee - need a quiet room near the hospital",
"""Dear Sir or Madam,

I am Tesfalem Gebremedhin, 24 years, from Eritrea. Since 1 October I am doing the Ausbildung as Pflegefachmann at the hospital in Bensberg. I am very happy with it, but I have a problem with my living.

I live in the Unterkunft in Moitzfeld in a room with three other men. When I have night shift I must sleep in the day, but it is not possible, there is always noise, phones, cooking. Two times I was almost falling asleep at work.

My training salary is around 1.190 euro brutto in the first year. My question: is that enough to rent a small apartment or a room alone? My colleague told me about Berufsausbildungsbeihilfe, I don't know if I can get it.

I can come on Mondays or Fridays, these are my free days most weeks.

Best regards
Tesfalem Gebremedhin
0157 36624810"""),

T("en", 0, "phone", "haroon.safi <haroon.safi93@example.com>", "salary slips",
"""hi sorry to write again
landlord in gronau want 3 salary slip but my job start only 1 march so i have 1 slip only. he say without 3 no contract
what i do can you call him? his name is mr peters i send you his number when i have

thanks haroon

Sent from my Galaxy"""),

T("en", 1, "clean", "Yared Kidane <yared.kidane@example.org>", "Landlord is changing the locks on Monday - I have nowhere to go",
"""Hello,

I need help very quickly please. Since last year I live in a shared flat (WG) in Refrath. I paid my rent every month to the main tenant, a student called Lukas. Two weeks ago Lukas moved to Spain. Yesterday the landlord came and said he never allowed the subletting, I am not on the contract, and he will change the locks on Monday morning. He told me to take my things out before.

I have a job (kitchen help, 30 hours) and I was never a problem. I have all the bank transfers to Lukas as proof. But I don't have any other place. I left the Unterkunft in Hand when I moved into the WG so I don't know if I can go back.

Please call me today if possible: 0176 40219978. I finish work at 3pm.

Yared Kidane""", date="2025-06-19 07:12"),

T("en", 1, "broken", "Abdul Basir Stanikzai <ab.stanikzai@example.com>", "family come and landlord say go out sunday",
"""Dear madam dear sir

My name Abdul Basir Stanikzai, i live in 1 room apartment in Schildgen since 2023. Last week my wife and my 4 children come to Germany with family reunion (Familiennachzug), after 3 years waiting. I am very happy but now big problem.

Landlord see the children and he say this apartment only for 1 person, is contract, and we must go out until Sunday or he call police. Now 6 persons sleep on floor in 24 m2. Small girl is 2 year.

Jobcenter say they need time for new application. Sozialamt say come Monday. But Sunday we are on street.

Please help me what can i do. My number 0163 7781520 i speak english and little german.

Thank you very much
Abdul Basir""", date="2025-08-14 21:36"),

T("en", 0, "broken", "Dmytro Kovalchuk <d.kovalchuk.kh@example.net>", "Flat in Köln Dellbrück - can I take it?",
"""Good day,

I am Dmytro from Kharkiv, 41 years old, living in Heim in Schildgen with my wife. We get the offer from landlord for flat in Köln-Dellbrück, 2 rooms, it is only 10 minutes from Schildgen by bus, but it is not Bergisch Gladbach, it is Köln.

Someone in Heim say we cannot move to other city because of Wohnsitzauflage and Jobcenter will not pay. Other person say for Ukrainians it is different. Now I am confused and landlord wait for answer until end of month.

Can you tell me if we can take it, or which office I must ask? We have Aufenthaltserlaubnis §24.

Thank you,
Dmytro Kovalchuk"""),

T("en", 0, "hard_case", "Lamin Ceesay <lamin.ceesay@example.com>", "Fwd: WG room Schildgen - is this normal?",
"""Hi,

I found this room on the internet and wrote to the man. He answered fast and wants 1,200 euro deposit in cash before I can see the room, he says many people want it. Is this normal in Germany? And will the Jobcenter pay for a room in a WG or only for a flat?

I copied his ad below. Please tell me what you think before I pay anything.

Lamin (Unterkunft Hand, room 7)

---------- Forwarded message ---------
Subject: WG-Zimmer Schildgen ab sofort
Date: Tue, 3 Jun 2025

Helles WG-Zimmer (14 m²) in 3er-WG, Schildgen, Nähe Bus.
Warmmiete 420 €, Kaution 1.200 €. Möbliert (Bett, Schrank, Schreibtisch).
Mitbewohner: 2 Berufstätige, Nichtraucher.
Besichtigung nach Anzahlung der Kaution, da sehr viele Anfragen.
Bei Interesse bitte kurze Vorstellung.""", date="2025-06-03 19:55"),

T("en", 0, "reply", "Parwana Hakimi <parwana.hakimi@example.net>", "Re: Einladung / Invitation: Housing workshop, module 2",
"""Hello Ms Brenner,

thank you for the invitation. I am very sorry but I can't come on Thursday, my daughter has fever since yesterday and the Kita doesn't take her. Is there another date for module 2? I don't want to lose my place, I already did module 1.

Best wishes
Parwana Hakimi

On Mon, 10 Nov 2025 at 11:02, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Dear Ms Hakimi,
>
> we are happy to invite you to module 2 of our housing workshop
> ("Searching and applying for a flat") on Thursday, 13 November,
> 9:30 to 12:00, at the community room in the town centre.
>
> Please bring your notes from module 1.
>
> Kind regards
> Your Integration Wohnen team""", date="2025-11-12 07:48"),

T("en", 0, "clean", "Rami Hourani <rami.hourani@example.org>", "Student at TH Köln - can I still get support?",
"""Hello,

my name is Rami Hourani, I'm 23 and I came from Daraa in 2021. I live in the accommodation in Hand. Last month I started studying electrical engineering at TH Köln and I get BAföG now instead of Jobcenter money.

A friend said your programme is only for people with Jobcenter. Is that true? I would really like to take part in the workshops, and I'm looking for a room - either a Studentenwohnheim place (the waiting list is long) or a small flat. Do you also help with student dorms, or only with private landlords?

Thanks a lot,
Rami"""),

T("en", 0, "on_behalf", "Fiona MacLeod <f.macleod@sprachschule-gl.example.org>", "Student of mine, Mr Noorzai - flat offer and a form he doesn't understand",
"""Hi there,

I teach one of the integration courses at our language school in the town centre. One of my learners, Mr Ghulam Sakhi Noorzai (he lives in the Paffrath accommodation), has been offered a 2-room flat in Paffrath by a private landlord - great news after a long search.

The landlord gave him a "Mieterselbstauskunft" and a "Vorvermieterbescheinigung" to fill in, and he'd like to bring them back by Friday. He has never rented in Germany, so there is no previous landlord, and he's worried that leaving fields empty will look bad. I helped as far as I could in the break but I'm really not an expert on tenancy matters.

Could someone from your team look at the forms with him? He has given me permission to write to you and is happy to come in any afternoon after 1 pm.

Thanks so much,
Fiona MacLeod
(phone via the school office: 02202 5518-20)"""),

T("en", 0, "clean", "Mahmoud Bakr <mahmoud.bakr@example.com>", "Family of 9 - two flats next to each other?",
"""Dear team,

We are a family of nine (me, my wife, seven children from 1 to 17 years). For two years we are searching for a flat with 5 or 6 rooms in Bergisch Gladbach and there is simply nothing for this size that the Jobcenter accepts.

Now a landlord in Gronau has two 3-room flats on the same floor, next to each other, and he would rent both to us. My question: is this allowed? Can we be one household with two rental contracts? Will the Jobcenter count it as one flat with the rent limit for 9 persons, or as two separate flats?

I am sorry for the long question, but we don't want to lose this chance.

Mahmoud Bakr
Unterkunft Herkenrath, house B"""),

T("en", 0, "clean", "Nadia Sharifi <nadia.sharifi@example.net>", "Good news - I found a flat! What are the next steps?",
"""Hi!!

I wanted to tell you that I found a flat by myself - 1.5 rooms in Bensberg, 41 m², and the landlord already said yes. I'm so happy. Thank you for the workshop, the tips about the cover letter really helped.

Now I'm a bit lost with all the next steps and I don't want to make a mistake:
- The landlord wants the Kaution (2 x 430 €) before the keys. Can the Jobcenter give this as a loan?
- Do I have to tell the Unterkunft myself that I'm leaving, and by when?
- I have no furniture at all. Is there help for a bed and a fridge?
- When do I do the Anmeldung, before or after moving?

The contract would start on 1 December.

Best regards and thank you again,
Nadia Sharifi"""),

T("en", 0, "html_only", "Iryna Lysenko <iryna.lysenko@example.com>", "Flat search with a cat",
"""Hello,

I am Iryna, from Kherson. I live with my mother in the Unterkunft in Refrath. We are registered in your programme since summer (my case worker is Mr. Ortmann).

I want to ask something maybe strange: we have a cat, Masya. We brought her from Ukraine, she is 11 years old and very quiet. Many ads say "keine Haustiere" and I already lost two flats because of her. Do you know landlords who accept a cat? Should I write it in the application from the beginning or only at the viewing?

We cannot give her away, she is the only thing we have from home.

Thank you,
Iryna Lysenko""", html="only"),

T("en", 0, "oneliner", "Jawad <jawad.azizi@example.com>", "missed call",
"""pls call back, missed ur call this morning. Jawad Azizi"""),

T("en", 0, "mixed_language", "Kelechi Nwankwo <kelechi.nwankwo@example.org>", "Mietvertrag - bitte prüfen / please check before Friday",
"""Hallo,

sorry, mein Deutsch ist noch nicht so gut, so I write in English.

I got the Mietvertrag for the flat in Hand (Herr Albrecht, 2 Zimmer, 520 € kalt). I should sign it on Friday. There are two things I don't understand: it says "Staffelmiete" and then a table with higher rent every year, and also something about "Schönheitsreparaturen" that I must do when I move out.

Is that normal? Will the Jobcenter still pay when the rent goes up in 2027? Could someone please look at it with me before Friday? I attached the contract.

Vielen Dank!
Kelechi Nwankwo
0151 20993476""", attach=["Mietvertrag_Albrecht.pdf"]),
]
