"""r5mix batch 04: English tenant_request (own cases, a reply to the team's German mail, a mentor and an NGO
worker for named people; one urgent), landlord_offer (expat owner, company housing, follow-ups, guarantees,
a placed tenant's rent) and inquiry (press, research, an EU project, a vendor, a community group)."""
from mailwriter import T, L, I

MAILS = [
T("en", 0, "clean", "Emmanuel Tabi <emmanuel.tabi.cm@example.com>", "Looking for a one-room flat",
"""Good morning,

My name is Emmanuel Tabi, I am from Cameroon and I have been living in the accommodation in Gronau since 2024. I received my residence permit in February (3 years).

I am looking for a small flat or a room for one person. I am currently doing a B1 German course in the mornings and I work part-time in a warehouse in the evenings, so I get some support from the Jobcenter but not full.

I was told by another resident that you help people find flats and that there is a course I have to do first. How can I register? I speak English and French, my German is still basic.

Thank you for your time.

Kind regards,
Emmanuel Tabi
Phone: 0152 0917 3348""", date="2026-04-07 09:26"),

T("en", 0, "clean", "Mohammad Nasir Hotak <nasir.hotak@example.org>", "Family of 6 - larger apartment needed",
"""Dear Sir or Madam,

I worked for eight years as an interpreter for the German armed forces in Mazar-i-Sharif and came to Germany with my family through the admission programme in 2023. We are six people: my wife, myself and four children aged 3 to 14.

Since then we live in two rooms in the accommodation in Hand. The children are doing well at school, but there is no space to study and my oldest daughter sleeps in the same room as her three brothers.

We have a valid WBS for six persons and we have both completed your workshop (I can send the certificate again). I have applied for more than 40 apartments, but larger flats are very rare and the landlords usually choose smaller families.

Is there anything more I can do? Would it help if I looked in neighbouring towns as well, or would the Jobcenter not allow that?

With best regards,
Mohammad Nasir Hotak"""),

T("en", 0, "reply", "Grace Owusu <grace.owusu@example.net>", "Re: Einladung zum Beratungsgespräch am 23.04.2026",
"""Hello,

sorry, I used Google Translate to read your letter, my German is not good yet. I understand that I have an appointment on Thursday 23 April at 10:30 in your office. Yes, I will come.

Can I bring my son? He is 2 and I have no one to watch him in the morning.
Do I need to bring my bank statements or only the payslips?

Thank you,
Grace Owusu

On Thu, 16 Apr 2026 at 13:05, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Sehr geehrte Frau Owusu,
>
> hiermit laden wir Sie zu einem Beratungsgespräch am Donnerstag, 23.04.2026, um 10:30 Uhr in unser Büro ein.
> Bitte bringen Sie Ihren Aufenthaltstitel, den aktuellen Jobcenter-Bescheid und, falls vorhanden, Ihre Einkommensnachweise mit.
>
> Falls Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid.
>
> Mit freundlichen Grüßen
> Aylin Demir
> Integration Wohnen""", date="2026-04-16 20:41"),

T("en", 1, "phone", "Abena Kyei <abena.kyei22@example.com>", "please help we must leave on friday",
"""hello
im abena, i was in the heim in herkenrath before and i moved out in december to my friend flat because she said i can stay. now her landlord came and saw me and my 2 kids and he said we must go out until friday or he will cancel her contract
i have no where to go. my kids are 5 and 8 they go to school here
please can i come back to the heim or what can i do
i am registered with you since last year
my number 0176 2290 4471 pls call me
abena""", date="2026-04-21 23:18"),

T("en", 0, "on_behalf", "Fiona Gallagher <f.gallagher@refugee-law-clinic.example.org>", "Client Mr. Ibrahim Adam – rent approval and moving out",
"""Dear colleagues,

I am writing from the Refugee Law Clinic, where we advise Mr. Ibrahim Adam (Sudanese national, recognised refugee since January) on a voluntary basis. Mr. Adam has consented to us contacting you; please find the signed release attached.

Mr. Adam has been offered a one-bedroom flat in Schildgen by a private landlord (warm rent 610 EUR). The Jobcenter has not yet decided on the rent approval and told him the flat might be "slightly above the limit". The landlord wants an answer by the end of next week.

Could you advise whether your office can support the case with the Jobcenter, or whether the landlord might be part of your network? Mr. Adam has completed your housing workshop in March.

Our clinic works mainly in English and German; Mr. Adam speaks Arabic and some English.

Kind regards,
Fiona Gallagher
Student adviser, Refugee Law Clinic
(supervised by attorney-at-law K. Brauckmann)""", attach=["Release_Adam.pdf", "Mietangebot_Schildgen.pdf"]),

T("en", 0, "on_behalf", "Jennifer Walsh-Hoffmann <jen.walshhoffmann@example.net>", "The Al-Khatib family - a few questions",
"""Hi there,

I'm an American living in Bensberg and for the last year I've been a volunteer "Patin" for the Al-Khatib family (Mr. Tarek Al-Khatib, his wife Noor and their three kids). They live in the accommodation in Bensberg. My German is okay for everyday stuff but I'm much more comfortable in English, I hope that's alright.

A few things we're unsure about:

1. Tarek got a permanent job at a logistics company in January. Does that change anything about their case? Do they need to tell you?
2. They found an ad for a 4-room apartment in Refrath, 890 EUR warm. Is that within what they could afford / what the Jobcenter would accept for a family of five, now that he has a salary?
3. The WBS expires in June. Should we renew it now?

They are very motivated and I'm happy to do the legwork, but I don't want to give them wrong information.

Thanks so much for everything you do!
Jen""", html="alt"),

T("en", 0, "clean", "Tharshan Sivakumar <tharshan.siva@example.org>", "Housing workshop in English?",
"""Hello,

My wife Nivetha and I would like to register for the housing workshop (Wohnungsführerschein). We live in the accommodation in Moitzfeld.

Is the workshop also offered in English? Our German is A2 and we are worried we will not understand everything about the contracts. If not, is it okay if a friend comes with us to translate?

Best regards,
Tharshan Sivakumar"""),

T("en", 0, "oneliner", "Joseph Mensah <joseph.mensah.gh@example.com>", "certificate",
"""Hi, could you please send me the workshop certificate again as PDF? I lost the paper. Thanks, Joseph Mensah (workshop in January)"""),

T("en", 0, "clean", "Olumide Adeyemi <olumide.adeyemi@example.net>", "Found a flat! Please check the contract",
"""Dear team,

Good news: a landlord in Paffrath has agreed to rent me his 1.5-room flat from 1 June! I found it myself on a website.

He sent me the rental contract (attached) and the "Mietbescheinigung" for the Jobcenter. Before I sign, could someone please look at it? I don't understand paragraph 14 about "Schönheitsreparaturen" and whether I have to paint everything when I move out.

Also, the Jobcenter needs the Mietbescheinigung – do I send it to them directly or do you?

Many thanks,
Olumide""", attach=["Mietvertrag_Paffrath.pdf", "Mietbescheinigung.pdf"], html="alt"),

T("en", 0, "broken", "Muhammad Imran <m.imran.pk@example.com>", "my case",
"""respected sir/madam

i am Muhammad Imran living in Unterkunft Gronau room 22. i am waiting since long time for flat, i give all documents to Frau Wiegand in november. after that i call many time but no body pick the phone.
kindly tell me what is status of my case. i am doing job in restaurant full time now so i can pay rent myself no jobcenter.
please reply me

thanks and regards
Muhammad Imran
0157 8840 2216"""),

L("en", 0, "clean", "Stefan Richter <stefan.richter.sg@example.com>", "Renting out my flat while abroad – guarantees?",
"""Hello,

I'm relocating to Singapore for work in July for at least three years and would like to rent out my apartment in Refrath (2 rooms, 58 sqm, fitted kitchen, balcony). A colleague mentioned that the city runs a programme that places refugee families with private landlords, and I like the idea.

As I won't be in Germany, a few practical questions:
- Is there any guarantee if rent isn't paid or if there is damage?
- Can the Jobcenter pay the rent directly to my account?
- Would your office act as a contact point if there are problems, or do I need a property manager?

Happy to have a call before I decide. I'm in Germany until the end of June.

Best,
Stefan Richter"""),

L("en", 0, "html_only", "Corporate Housing Team <housing@veritech-solutions.example.com>", "Vacant company apartments – Bergisch Gladbach",
"""Dear Sir or Madam,

Veritech Solutions GmbH maintains a small portfolio of furnished apartments in Bergisch Gladbach for international employees on temporary assignments. Due to a change in our relocation policy, three of these units will no longer be needed from 1 July 2026:

- 2 x one-bedroom apartment (approx. 45 sqm), Bensberg
- 1 x two-bedroom apartment (approx. 67 sqm), Refrath

Our management has agreed to offer these apartments on regular, unlimited rental contracts to households supported by your programme, as part of our corporate social responsibility commitment. The furniture can remain in the apartments free of charge.

Please let us know how to proceed and whom we should contact for viewings.

Kind regards,

Hannah Lindqvist
Global Mobility & Corporate Housing
Veritech Solutions GmbH

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail from your system. Any unauthorised use, disclosure or copying is strictly prohibited. Veritech Solutions GmbH, registered office: Bergisch Gladbach, commercial register: Cologne Local Court. Managing directors: see website.""", html="only"),

L("en", 0, "oneliner", "Peter Hollis <peter.hollis@example.org>", "Viewing Tuesday",
"""Hi, the family didn't turn up for the viewing on Tuesday at 5pm. Are they still interested? I have two other people asking. Peter"""),

L("en", 0, "clean", "Anja Kessler | Kessler Property Management <a.kessler@kessler-pm.example.net>", "Conditions for renting to programme participants",
"""Dear team,

We manage around 120 residential units in Bergisch Gladbach on behalf of several private owners, many of whom are based abroad and communicate with us in English.

Two owners have asked us whether they should consider renting vacant units through your programme. Before we recommend anything, we would need to understand the conditions:

1. Is there a rent guarantee or a fund covering rent arrears or damage?
2. Does the Jobcenter transfer rent directly to the landlord?
3. What support do you provide after move-in (e.g. if there are conflicts with neighbours)?
4. Is there a standard process for selecting tenants?

A short written overview we could forward to the owners would be ideal.

Best regards,
Anja Kessler
Kessler Property Management"""),

L("en", 0, "clean", "Robert Jansen <robert.jansen@example.com>", "Rent for Mr. Haile not paid since March",
"""Hello,

Last summer I rented my flat in Heidkamp to Mr. Berhane Haile through your programme. Everything was fine until March. Since then, I have not received any rent (two months now).

I spoke to Mr. Haile and he says the Jobcenter stopped paying because a form was missing, and that he sent it. I don't want to cause him problems, he is a quiet and friendly tenant, but I also have a mortgage to pay.

Could you help find out what is going on with the Jobcenter? I'm not sure they will talk to me directly.

Thanks and regards,
Robert Jansen""", date="2026-04-28 18:02"),

I("en", 0, "clean", "Sophie Turner-Blake <s.turnerblake@freelance-press.example.com>", "Interview request – feature on refugee housing in German towns",
"""Dear Integration Housing Team,

I'm a freelance journalist based in Cologne, writing a long-form feature for a UK weekly about how mid-sized German towns are trying to move refugees out of shared accommodation into regular housing.

Your "housing driving licence" workshops caught my attention. Would someone from your team be available for a 30-minute interview (in English or German) in the next two weeks? I'd also be interested in joining one of the workshops as an observer, if participants agree.

I would, of course, send you any quotes for approval before publication.

Best wishes,
Sophie Turner-Blake"""),

I("en", 0, "formal", "Dr. Maarten de Vries <m.devries@urbanstudies.example.org>", "Comparative study on municipal landlord networks (NL/DE/BE)",
"""Dear Sir or Madam,

Our research group at a university in the Netherlands is conducting a comparative study of municipal landlord networks for refugee housing in the Netherlands, Germany and Belgium, funded by a European research foundation.

We would be grateful if you could share any publicly available documents about your programme (concept papers, annual reports, workshop materials) and let us know whether a staff member would be willing to take part in a 45-minute online interview in May or June.

All data will be treated in accordance with the GDPR and anonymised in publications.

Kind regards,
Dr. Maarten de Vries
Assistant Professor, Urban Studies"""),

I("en", 0, "clean", "Ana Lúcia Ferreira <ana.ferreira@housing-inclusion-eu.example.org>", "Invitation: study visit Lisbon – EU project on inclusive housing",
"""Dear colleagues,

I'm coordinating an EU-funded exchange project on inclusive housing for newcomers, with partner cities in Portugal, Italy, Poland and Germany. We are organising a three-day study visit in Lisbon from 6 to 8 October 2026 and would be delighted to welcome one or two practitioners from your team.

Travel and accommodation costs are covered by the project. We would ask you to give a short presentation on your workshop and landlord network approach.

Please let me know by 15 May whether you are interested, and I'll send the full programme.

Warm regards,
Ana Lúcia Ferreira
Project Coordinator"""),

I("en", 0, "html_only", "HomeMatch for Cities <partnerships@homematch-app.example.com>", "Digitize your landlord network in 30 days",
"""Hi there,

HomeMatch is the leading platform helping municipalities match vulnerable tenants with private landlords – already used by 40+ cities across Europe.

With HomeMatch you can:
• Collect landlord offers via a simple online form
• Match flats to registered households automatically
• Track viewings, contracts and follow-ups in one dashboard
• Stay GDPR compliant (hosted in Frankfurt)

Book a free 20-minute demo: https://homematch-app.example.com/demo

Best,
Tom Brennan
Head of Public Sector Partnerships, HomeMatch

You are receiving this email because your organisation works in housing support. Unsubscribe here.""", html="only"),

I("en", 0, "clean", "Priya Raman <priya.raman.gl@example.net>", "International women's group – donation drive",
"""Hello,

I'm part of an international women's group in Bergisch Gladbach (mostly expats, about 60 members). Each year we pick a local cause for our spring donation drive, and this year several members suggested families who are moving from shared accommodation into their first flat.

We were thinking of collecting kitchen starter kits (pots, pans, cutlery, towels, bedding), but we'd rather ask first what is actually needed and how we could get things to people. Would it be possible to talk to someone from your team?

Thank you!
Priya Raman
(on behalf of the group's charity committee)"""),
]
