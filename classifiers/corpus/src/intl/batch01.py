# English: tenant requests (refugees of all levels, helpers, caseworkers)
from common import m

MAILS = [
m("tenant_request", "en", "broken", "Ahmad Noori <ahmad.noori88@example.com>", "flat",
"""hello
i am ahmad from afghanistan i live in the heim in Paffrath 2 years now. me and my wife and 3 children we need flat. please help me. i have job at DHL in Köln since 4 month.

thank you
ahmad
0151 23451187"""),

m("tenant_request", "en", "clean", "Grace Okafor <grace.okafor@example.org>", "Question about the housing workshop certificate",
"""Dear Sir or Madam,

I attended the Wohnworkshop in Bensberg on the 12th and 19th of March. At the end we were told that we would receive a certificate of attendance by e-mail, but I have not received anything yet.

A landlord in Refrath asked me for it, so I would be very grateful if you could send it to me this week.

Kind regards,
Grace Okafor""", date="2025-03-27 18:41"),

m("tenant_request", "en", "oneliner", "Yonas <yonas.t@example.net>", "",
"""i need house please"""),

m("tenant_request", "en", "broken", "Mohammed Al-Sayed <m.alsayed@mail.example.net>", "Flat in Gronau – Jobcenter",
"""Good morning Mrs Becker

I found flat in Gronau, 62 m2, 3 rooms, rent is 590 cold and 160 Nebenkosten. Landlord say he want the paper from Jobcenter before he sign. Jobcenter say they need Mietangebot from landlord first. I dont understand who is first. Can you call me please I am free after 14 o clock.

Best
Mohammed
0176 23458820""", att=[("Mietangebot.pdf", "application/pdf")]),

m("tenant_request", "en", "on_behalf", "Susanne Hartmann <s.hartmann@ehrenamt.example.org>", "Family Haidari – still no flat after 14 months",
"""Hello,

I am a volunteer mentor (Patenschaft via the Caritas group in Refrath) and I'm writing on behalf of the Haidari family (father Jawad, mother Parisa, two girls aged 7 and 10), who live in the municipal accommodation on the Refrather Weg.

Jawad's German is still at A2, so I am helping with correspondence. They have been looking for over a year, have answered more than 40 ads and received two viewings. Both times the landlord chose someone else.

Could they be added to your Auszugsmanagement list, and is there a chance of a place in the next housing workshop? Jawad has signed a consent form allowing me to speak for him – I can send a scan.

My English is better than my written German, hope that's fine.

Best wishes
Susanne Hartmann
(volunteer, not an official)"""),

m("tenant_request", "en", "clean", "Daniel Mensah <daniel.mensah@example.com>", "Mietschuldenfreiheitsbescheinigung",
"""Hi,

a landlord is asking me for a "Mietschuldenfreiheitsbescheinigung". I live in the Unterkunft in Hand since 2023 and don't pay rent myself, the city pays. Who can give me this paper? Is it you or the Sozialamt?

Thanks
Daniel"""),

m("tenant_request", "en", "phone", "Fatima Rahimi <fatima.rahimi1990@example.com>", "Re: Appointment",
"""Ok thank you I will come on Tuesday 10:00 with my husband

Sent from my Galaxy""", reply=True),

m("tenant_request", "en", "clean", "Kwame Asante <k.asante@example.net>", "Request for support with moving out",
"""Dear integration team,

My name is Kwame Asante, I am 29 years old and I have been living in the accommodation in Bensberg (Im Bungert) since November 2023. I have a residence permit (§ 25 Abs. 2) and since last month a permanent contract as a warehouse worker in Bergisch Gladbach, net salary around 1,850 EUR.

I'm looking for a 1–2 room flat, max. 550 EUR warm. I have a SCHUFA report without negative entries and a reference from my employer.

My social worker Mr. Krämer told me you can help people like me who are ready to move out. Is there an appointment possible? I work early shift, so afternoons after 3 pm are best.

Best regards,
Kwame Asante
Tel. 0152 23457731""", fmt="alt"),

m("tenant_request", "en", "hard_case", "Lina Haddad <lina.haddad@example.org>", "Fwd: 2-Zimmer-Wohnung in Refrath, 58 m²",
"""Hello Mr. Schulz,
I found this on Kleinanzeigen. Is this good or is it fake? The rent is very cheap. Can you check and maybe call them for me, my German on phone is not so good.
Lina

---------- Forwarded message ---------
From: Kleinanzeigen <noreply@kleinanzeigen.example.com>
Date: Thu, 5 Jun 2025 at 09:14
Subject: 2-Zimmer-Wohnung in Refrath, 58 m²

Helle 2-Zimmer-Wohnung, 58 m², 2. OG, Balkon, Einbauküche, Nähe S-Bahn Refrath.
Kaltmiete 520 €, NK 140 €, Kaution 2 KM.
Frei ab 01.08.2025. Besichtigung nach Absprache.
Anbieter: privat"""),

m("tenant_request", "en", "broken", "Abdullahi <abdullahi.warsame@example.com>", "WBS",
"""Hello. I want apply WBS. What paper I need. I have Aufenthaltstitel 3 years. Wife and me and baby 4 month. Thank you."""),

m("tenant_request", "en", "clean", "Olena Kravets <olena.kravets@example.net>", "Registration for the housing workshop in May",
"""Good afternoon,

I would like to register for the housing workshop ("Wohnworkshop") in May, please. I am from Ukraine, I live in Moitzfeld in a flat of the city together with my mother. My German is B1 but I prefer English for written things.

Do I need to bring anything? Is there childcare? My son is 5.

Thank you and have a nice day!
Olena Kravets"""),

m("tenant_request", "en", "on_behalf", "Markus Weber <markus.weber@jobcenter-rbk.example.org>", "Kunde Herr Tesfaye – KdU Angemessenheit / cost approval",
"""Dear colleagues,

I'm writing in English because Mr. Tesfaye asked me to copy him and he reads English better than German (he is in cc).

Mr. Tesfaye (BG-Nr. 12345//0001234, currently living in the municipal accommodation in Heidkamp) has submitted a rental offer for a 1-room flat in Stadtmitte, 39 m², 430 EUR cold + 110 EUR service charges. This is within the appropriateness limits for a single person. The approval (Zusicherung) has been issued today.

As far as I know he is registered with your Auszugsmanagement. Could you please coordinate the move-out date with the accommodation management? The lease is supposed to start on 1 October.

Kind regards
Markus Weber
Jobcenter Rheinisch-Bergischer Kreis
Team 3 – Leistungen
Tel. 02202 12345-678

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail.""",
cc="Yosef Tesfaye <yosef.tesfaye@example.com>", date="2025-09-11 10:03"),

m("tenant_request", "en", "broken", "BASHIR <bashir.k2000@example.com>", "PLEASE HELP",
"""HELLO I AM BASHIR I WRITE YOU 3 TIMES NO ANSWER. I NEED FLAT. I HAVE WORK. ROOM IN HEIM IS 4 MAN AND I CANT SLEEP I WORK NIGHT. PLEASE ANSWER ME
BASHIR KHAN
ROOM 14 UNTERKUNFT PAFFRATH"""),

m("tenant_request", "en", "clean", "Mariam Tadesse <mariam.tadesse@example.org>", "Thank you + question about the deposit",
"""Dear Ms. Yilmaz,

thank you again for your help with the landlord in Schildgen! We signed the contract yesterday and we can move in on the 1st of next month. The children are so happy.

One question: the landlord wants the deposit (Kaution, 1,260 EUR) before the key handover. The Jobcenter said they give it as a loan, but the letter has not arrived yet. Should I tell the landlord to wait, or can you speak with him?

Warm regards
Mariam""", reply=True),

m("tenant_request", "en", "phone", "sam.otieno@example.net", "Re: Re: viewing",
"""Yes I can come. Which address again?

Sent from my iPhone""", reply=True),

m("tenant_request", "en", "hard_case", "Reza Mohammadi <reza.mohammadi@example.com>", "landlord said no",
"""Hi,

I had the viewing in Lückerath yesterday, the flat was perfect for us. But the Vermieter called today and said he does not want tenants from Jobcenter, only people with own income. My wife works 20 hours, I am in integration course.

Is this allowed? Do you know other landlords who accept Jobcenter? We are 4 persons and still in the container in Hebborn.

Reza"""),

m("tenant_request", "en", "clean", "Amina Yusuf <amina.yusuf@example.org>", "Change of phone number",
"""Hello, my old phone is broken, please use my new number for my housing case: 0157 23456612. My name Amina Yusuf, Unterkunft Frankenforst. Thank you"""),

m("tenant_request", "en", "machine_translated", "Hamid Sultani <hamid.sultani@example.net>", "Request for apartment",
"""Respected Sir/Madam,

With greetings and respect, I would like to inform you that I am Hamid Sultani, resident of the shelter for foreigners in the city of Bergisch Gladbach. I am a father of a family of five people, and we have been living in one room for a period of two years, which has become very difficult for the education of my children.

I kindly request your honorable office to help me find a suitable apartment within the city limits, because my children go to school in Herkenrath and I do not want to change their school.

I thank you in advance for your cooperation and kindness.

With respect,
Hamid Sultani"""),

m("tenant_request", "en", "on_behalf", "Claudia Roth-Meier <c.rothmeier@gs-hand.example.org>", "Pupil's family – housing situation",
"""Dear colleagues of the integration team,

I'm the school social worker at a primary school in Hand. One of our pupils (3rd grade) lives with her mother and three siblings in a single room in the municipal accommodation. The girl is very tired in class and tells us she cannot do homework because there is no table and it's loud until late.

The mother (Mrs. Abebe) speaks English and a little German. She gave me permission to contact you. Could somebody from the Auszugsmanagement get in touch with her? Her number: 0160 23459903.

With kind regards
Claudia Roth-Meier
Schulsozialarbeit"""),

m("tenant_request", "en", "broken", "Ibrahim <ibrahim.diallo@example.com>", "apartment in hebborn",
"""hi sir,
the apartment i told you last week in hebborn, the landlord call me. he say ok i can take it but jobcenter must pay direct to him. is possible? and what i need to do now. i send you the contract pictures tomorow

ibrahim"""),

m("tenant_request", "en", "clean", "Teresa Nwosu <teresa.nwosu@example.net>", "Still on the list?",
"""Hello,

I registered with you in February and had one meeting with Mr. Schulz. Since then I haven't heard anything. I just want to check I'm still on the list and if there is anything I need to do. My documents (Jobcenter letter, ID, SCHUFA) are all up to date.

Thanks,
Teresa Nwosu"""),

m("tenant_request", "en", "clean", "Samir Benali <samir.benali@example.org>", "SCHUFA question",
"""Hi, the landlord wants a SCHUFA Auskunft. On the internet it costs 29,95 €. My friend says there is also a free one. Which one should I take? Thanks, Samir""", fmt="html"),

m("tenant_request", "en", "on_behalf", "Peter Lindqvist <peter.lindqvist@example.com>", "My colleague Ali needs a flat",
"""Hello,

I run a small bakery in Bensberg. One of my employees, Ali Rasuli, has worked for me for a year as a baker's assistant, permanent contract, reliable, never late. He still lives in the refugee accommodation because he can't find anything. I'm Swedish, so I know a bit how it is to be new here...

Is there any way I can support him? I'd be happy to write a reference for a landlord or talk to someone.

Regards
Peter Lindqvist
Bäckerei am Markt (fictional name for this mail :)
0171 23452218"""),

m("tenant_request", "en", "oneliner", "Hussain Jaffari <hussain.jaffari@example.com>", "Certificate",
"""Please send my workshop certificate. Hussain Jaffari, workshop 3. June."""),

m("tenant_request", "en", "reply", "Aisha Bello <aisha.bello@example.org>", "Re: Your documents for the housing case",
"""Hello Ms. Yilmaz,

here are the documents you asked for. The Jobcenter letter is attached. The passport copy I will bring on Thursday because the scanner didnt work.

Thank you
Aisha

On Mon, 3 Nov 2025 at 11:20, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Dear Ms. Bello,
>
> to continue with your case we need the following documents:
> - current Jobcenter decision (Bewilligungsbescheid)
> - copy of your passport or residence permit
>
> Kind regards
> I. Yilmaz""", reply=True, att=[("Jobcenter_Bescheid.pdf", "application/pdf")], date="2025-11-04 20:17"),

m("tenant_request", "en", "broken", "Nasir Ahmadzai <nasir.ahmadzai@example.net>", "heim problem",
"""hello madam
I am Nasir, room 7 in Gronau Heim. I want move out, I find room in WG in Köln Mülheim for 450 euro. Is this possible with jobcenter Bergisch Gladbach or I must stay in this city? please tell me what i must do. thank u"""),

m("tenant_request", "en", "clean", "Rosa Mendes <rosa.mendes@example.com>", "WBS approved - next step?",
"""Hi!
Good news, my WBS has been approved (2 persons, 60 m²). What's the next step? Do you have contacts with the housing companies or should I apply myself? I attached the WBS.
Thanks so much
Rosa""", att=[("WBS_Bescheid.pdf", "application/pdf")]),

m("tenant_request", "en", "on_behalf", "Hannah Fischer <hannah.fischer@beratung.example.org>", "Referral: young adult leaving youth welfare",
"""Dear team,

I'm a counsellor at a migration advice centre (Migrationsberatung für Erwachsene). I'm referring Mr. Tewelde, 21, who came as an unaccompanied minor and is now too old for youth welfare housing. He was placed in the municipal accommodation in Katterbach last month and is struggling a lot with the shared rooms.

He is in his second year of an apprenticeship as an electrician, so there is an income (training allowance + BAB). He would be a very good candidate for a small flat or a room in a flatshare.

Could you please let me know how he can register with you? He speaks Tigrinya, German (B1) and English.

Best regards
Hannah Fischer
Migrationsberatung"""),

m("tenant_request", "en", "broken", "Jean-Baptiste Kabila <jb.kabila@example.org>", "house",
"""Good evening.
I am Jean-Baptiste from Congo I speak french and little english. I search house for me and my 2 sons. We are in the Heim Romaney. I make formation Altenpflege. Please I need rendez-vous.
Merci beaucoup"""),

m("tenant_request", "en", "clean", "Sadia Hossain <sadia.hossain@example.net>", "Workshop date clash",
"""Dear team, I'm registered for the workshop on Wednesday the 14th but I just got an appointment at the Ausländerbehörde the same morning. Can I come to the next one instead? Sorry for the trouble. Sadia""", date="2026-01-09 08:12"),

m("tenant_request", "en", "hard_case", "Tomasz Nowak <tomasz.nowak@example.com>", "URGENT!! call back about workshop",
"""URGENT please call me back about the workshop registration, the online form does not work and the deadline is tomorrow!!
Tomasz 0151 23454470"""),

m("tenant_request", "en", "reply", "Faisal Karimi <faisal.karimi@example.net>", "AW: Wohnungsangebot Paffrath",
"""Dear Mr Schulz
Thank you for the offer. Unfortunately the flat is on the 4th floor without elevator and my mother cannot walk stairs (she uses a walker). Please keep me on the list for ground floor or with lift.
Faisal

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 14. Oktober 2025 09:31
An: Faisal Karimi <faisal.karimi@example.net>
Betreff: Wohnungsangebot Paffrath

Sehr geehrter Herr Karimi,

ein Vermieter aus unserem Netzwerk bietet eine 3-Zimmer-Wohnung in Paffrath an (4. OG, 74 m²). Haben Sie Interesse an einer Besichtigung?

Mit freundlichen Grüßen
T. Schulz""", reply=True, date="2025-10-14 17:50"),

# --- urgent ones
m("tenant_request", "en", "clean", "Esther Adeyemi <esther.adeyemi@example.com>", "Must leave my room on Friday – please help",
"""Dear Sir or Madam,

I received a letter today saying that my place in the women's shelter ends this Friday (the 21st) because the maximum stay is over. They say I have to go back to the municipal accommodation, but there I was living in the same building as my ex-husband, who was violent to me. I cannot go back there with my daughter (4).

Please, is there any other place? I have nowhere to go on Friday.

Esther Adeyemi
0152 23451909""", u=1, date="2025-11-17 13:22"),

m("tenant_request", "en", "broken", "Khalid Omar <khalid.omar@example.net>", "eviction 30.",
"""hello please help me urgent. landlord send me letter Räumungsklage and the court say i must leave the flat on 30 of this month. my wife pregnant 8 month. the Jobcenter dont pay rent 3 month because mistake of them, now is payed but landlord dont want us anymore. where we go?? please call 0176 23459014
khalid""", u=1, date="2026-03-09 07:45"),

m("tenant_request", "en", "on_behalf", "Dr. Ingrid Sommer <ingrid.sommer@klinik.example.org>", "Discharge of mother and newborn – no accommodation",
"""Dear colleagues,

I am writing from the social services department of the maternity ward. Mrs. Hiwet G., 24, gave birth to a healthy boy three days ago. She is due to be discharged the day after tomorrow.

Until now she stayed with an acquaintance in Refrath, who has told her she can no longer stay there with a baby. She has a residence permit and is registered in Bergisch Gladbach. She has no other place to go.

Please could you contact us by tomorrow noon so that we can arrange a safe place before discharge? I can be reached at 02202 12345-41.

Kind regards
Dr. Ingrid Sommer
Sozialdienst""", u=1),

m("tenant_request", "en", "phone", "Alex Petrenko <alex.petrenko@example.com>", "sos",
"""they say tomorrow we must leave the hotel, city dont pay anymore. me wife 2 kids. where we go tomorrow?? pls answer

Sent from my Galaxy""", u=1, date="2025-02-13 22:37"),

m("tenant_request", "en", "clean", "Jamal Haidari <jamal.haidari@example.org>", "Threats in the accommodation",
"""Hello,

I live in the accommodation in Heidkamp. For two weeks a man in the next room threatens me and last night he attacked me with a knife, the police came. I was in the hospital and now I am afraid to go back. The security man says I have to talk to the city.

Please, can I get another room or place today? I am sleeping at a friend's floor now but only for one night.

Jamal Haidari
0157 23458801""", u=1),

# --- more normal ones
m("tenant_request", "en", "clean", "Nour Khalil <nour.khalil@example.com>", "Question on rent limits for 3 persons",
"""Hi, quick question: what is the maximum rent the Jobcenter pays in Bergisch Gladbach for 3 persons? I found a flat for 780 warm and I don't want to apply if it's too much. Thanks! Nour"""),

m("tenant_request", "en", "forward", "Pradeep Raman <pradeep.raman@example.net>", "Fwd: Your application",
"""FYI - another rejection. I don't know what else to do. 17 applications now.

-------- Original Message --------
Subject: Your application
Date: 2025-06-02 16:40
From: Hausverwaltung <vermietung@hv-nord.example.com>
To: pradeep.raman@example.net

Sehr geehrter Herr Raman,

vielen Dank für Ihr Interesse an der Wohnung in der Odenthaler Straße. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.

Mit freundlichen Grüßen
Ihre Hausverwaltung"""),

m("tenant_request", "en", "broken", "Sultan <sultan.wardak@example.com>", "apartment for single man",
"""Dear sir I am single man 34 year I live in Unterkunft Gronau. I am looking 1 room apartment. I am working in restaurant in Refrath. I can pay 500 euro. please tell me if you have something. also I dont smoke and no animals.
thank you very much
Sultan Wardak"""),

m("tenant_request", "en", "clean", "Maria Gonzalez <maria.gonzalez@example.org>", "Move-out date and furniture",
"""Hello,

we got the keys for our new flat in Schildgen! The move-out from the accommodation is planned for the 15th. Two questions:
1. Can we take the beds and the fridge we got from the city, or do they stay?
2. Who gives us the "Wohnungsgeberbestätigung" for the Bürgerbüro – the new landlord or you?

Thank you for everything,
Maria & Carlos"""),

m("tenant_request", "en", "on_behalf", "Rev. Martin Kluge <m.kluge@gemeinde.example.org>", "Help for the Nasser family",
"""Dear team,

our parish has been accompanying the Nasser family from Syria (parents and 4 children) for two years. A member of our congregation could rent them a flat in Herkenrath, but only from spring next year, and the family must leave their temporary apartment in December because the building is being renovated.

Is there any interim solution you could arrange? And how do we make sure the Jobcenter approves the rent for the later flat?

Blessings,
Martin Kluge
Pfarrer"""),

m("tenant_request", "en", "html_only", "Chen Wei <chen.wei@example.com>", "Housing support request",
"""Dear Sir/Madam,

I am a researcher from China with refugee status, living in the accommodation in Refrath with my wife. I am now working as a postdoc at a university (contract 3 years). We would like to move into a private apartment, 2 rooms, budget up to 900 EUR warm.

Could you advise me on how to find an apartment and whether you can provide a reference letter?

Best regards,
Chen Wei""", fmt="html"),

m("tenant_request", "en", "oneliner", "Musa <musa.jallow@example.net>", "Re: workshop",
"""yes i come""", reply=True),

m("tenant_request", "en", "broken", "Rahim Uddin <rahim.uddin@example.com>", "Kaution",
"""hello sir

landlord want kaution 3 month, 1500 euro. I dont have. Jobcenter say they give darlehen but I need Antrag. Which Antrag? I go to jobcenter they say ask city. city say ask jobcenter. please help

Rahim""", date="2025-05-20 12:06"),
]

from common import set_dates  # noqa: E402
set_dates(MAILS, {
    "Fwd: 2-Zimmer-Wohnung in Refrath, 58 m²": "2025-06-05 19:48",
    "Fwd: Your application": "2025-06-03 08:21",
})

from common import tweak  # noqa: E402
tweak(MAILS, 'Still on the list?', fmt="html", style="html_only")
tweak(MAILS, 'Question on rent limits for 3 persons', fmt="html", style="html_only")

if __name__ == "__main__":
    import build
    build.main()
