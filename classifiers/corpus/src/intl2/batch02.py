"""Batch 02: English landlord_offer (expat owners, relocation agents, employers, complaints, follow-ups)."""
from mailwriter import L

MAILS = [
L("en", 0, "clean", "Daniel Koh <daniel.koh@example.net>", "3-room flat in Schildgen - owner abroad",
"""Hello,

I own a 3-room flat (74 m², 2nd floor, no lift, balcony) in Schildgen which I bought while I was working in Leverkusen. I moved back to Singapore in 2022 and the flat has been rented to the same tenant since then, but she is moving out at the end of January.

A friend in Cologne told me about your programme. I would be open to renting to a refugee family, but as I'm 7 hours ahead and can't visit, I'd like to understand how it works in practice. A property management company (Hausverwaltung) takes care of the building and could do the handover of keys.

Rent would be 780 € cold plus approx. 210 € Nebenkosten. Heating is gas central.

Could you tell me roughly how long it usually takes from first contact to a signed lease, and who I would be talking to on your side?

Best regards,
Daniel Koh""", date="2025-11-18 03:20 +0800"),

L("en", 0, "formal", "Charlotte Reinders | Rhine Relocation Services <c.reinders@rhine-relocation.example.com>", "Furnished 2-bed apartment, Bensberg - owner seeks long-term tenant",
"""Dear Sir or Madam,

Rhine Relocation Services supports international assignees moving to and from the Cologne area. One of our corporate clients is leaving Germany at the end of next month, and the owner of the apartment they have been renting has asked us to find a long-term tenant rather than another short corporate let.

The owner, who lives in Dubai, specifically mentioned that she would be glad if the apartment could go to a family who has had a difficult start in Germany, and asked us to contact your office.

Key facts:
- Bensberg, 2 bedrooms + living room, 68 m², ground floor with small garden
- Partly furnished (kitchen, wardrobes, dining table); further furniture can stay if wanted
- Cold rent 720 EUR, service charges approx. 190 EUR
- Available from the 1st of the month after next

Please find the floor plan attached. I would be happy to arrange a viewing with you or directly with candidates.

Kind regards,
Charlotte Reinders
Senior Relocation Consultant
Rhine Relocation Services (example)
+49 221 5550 3412""", attach=["Floorplan_Bensberg_EG.pdf"]),

L("en", 0, "formal", "People & Culture | Rhein-Berg Hospitality <people@rb-hospitality.example.com>", "Rooms in our staff house in Refrath",
"""Dear integration team,

our hotel group runs a staff house in Refrath with 14 single rooms (shared kitchens and bathrooms on each floor) for seasonal and trainee staff. Since we changed our seasonal planning, six of these rooms have been empty for several months.

We would be willing to rent them to refugees currently living in municipal accommodation, at 390 EUR per month all-inclusive (furnished, internet included), with a regular tenancy agreement. Tenants would not need to work for us, although we are of course always looking for staff in housekeeping and the kitchen and would be happy to talk to anyone interested.

Would this fit your programme? If so, what would be the next step - should we send you a description of the rooms, or would you like to visit the house first?

With kind regards
Anja Feldhoff
Head of People & Culture""", html="alt"),

L("en", 0, "hard_case", "Ruth & Simon Adeleke-Frost <adeleke.frost@example.org>", "Before we decide: does the city act as head tenant?",
"""Good afternoon,

we have a small 2-room flat above our garage in Herkenrath that we haven't rented out for years. We're thinking about it, but we haven't decided yet whether to rent at all, and honestly a lot depends on your answer.

Friends in another town told us that their municipality rents flats as the main tenant (Generalmieter) and sublets to refugees, so the owner has the city as contract partner. Do you do that in Bergisch Gladbach? If not, is there any kind of rent guarantee (Mietausfallgarantie) or a fund for damages if things go wrong?

We are not looking for anything special, we just can't afford months of unpaid rent.

Thank you for an honest answer.
Ruth and Simon"""),

L("en", 0, "hard_case", "Graham Whitlock <g.whitlock@example.net>", "Tenant placed by you - too many people living in the flat",
"""Dear Ms Brenner,

I'm writing about Mr Haidar Saleh, who moved into my 2-room flat in Gronau in April through your programme. Until recently there were no problems at all, the rent comes on time.

However, for about six weeks now at least three more adults seem to be living there - I'm told they're his cousins. The neighbours have complained to me twice about noise late at night and the staircase is full of shoes and bags. The lease is for one person and the flat is 46 m².

I don't want to go straight to a lawyer or a warning letter (Abmahnung), because I think Mr Saleh simply wants to help his family. But this can't go on. Could someone from your team talk to him, ideally with an interpreter, and explain what's allowed? Please let me know how you'd like to proceed.

Kind regards,
Graham Whitlock
0170 8814256"""),

L("en", 0, "phone", "Bev Harlan <bev.harlan@example.com>", "House in Herkenrath - 2 or 3 yrs?",
"""Hi folks,
we're heading back to Oregon in the spring (Jim's retiring) and don't want to sell our house in Herkenrath quite yet. 4 bedrooms, yard, garage, some furniture stays. We'd rent it for 2-3 yrs to a family who'd take good care of it. A neighbor mentioned you guys. Is that something you do? Happy to talk by phone, evenings best. 0160 9920443

Bev

Sent from my iPhone"""),

L("en", 0, "broken", "Krzysztof Zielinski <k.zielinski.bg@example.com>", "room flat in souterrain Hand",
"""Hello

I am owner of house in Hand. In souterrain (basement but with big windows, not dark) is free flat 2 room, own bath, small kitchen, 38 m2. I make renovation now, ready in 3 weeks.

Rent 430 plus 120 Nebenkosten. I want one person or couple, quiet, no party. I was also immigrant 20 years ago, I know how difficult is to find flat, Germans dont want to give.

Please tell me what you need from me. My german is better than english, you can write german.

Krzysztof Zielinski
0178 3360129"""),

L("en", 0, "reply", "Marianne Cole <marianne.cole@example.org>", "Re: Proposal: Sediqi family for your flat in Gronau",
"""Dear Mr Ortmann,

thank you for arranging the meeting on Saturday. We liked the Sediqi family very much, the children were lovely and Mrs Sediqi already asked about the garden rules, which I found very sweet.

One thing: Mr Sediqi told us he smokes. We're fine with that on the balcony but not inside the flat - could you make sure this is understood, maybe in their language? If so, we'd like to go ahead.

What do you need from us next - is it the form for the Jobcenter (Mietbescheinigung?) that I fill in? Then please send it and I'll return it this week.

Best wishes,
Marianne Cole

-----Original Message-----
From: Integration Wohnen <integration-wohnen@stadt-gl.de>
Sent: Wednesday, 21 May 2025 14:05
To: Marianne Cole <marianne.cole@example.org>
Subject: Proposal: Sediqi family for your flat in Gronau

Dear Ms Cole,

as discussed on the phone, we would like to propose the Sediqi family (parents, two children aged 5 and 9) for your 3-room flat in Gronau. Mr Sediqi works part-time as a bus driver trainee; the remaining rent would be covered by the Jobcenter. Would Saturday, 24 May, 11:00 suit you for a first meeting at the flat?

Kind regards
Tobias Ortmann
Integration Wohnen""", date="2025-05-26 09:31"),

L("en", 0, "forward", "Emre Tas | Tas Immobilien <e.tas@tas-immobilien.example.com>", "Fwd: Exposé 3-room flat Paffrath - owner open to social tenants",
"""Hello,

forwarding the exposé I sent to the owner yesterday. He is an older gentleman and told me he'd prefer a family that "really needs it" over the highest bidder, and that the rent can be adjusted to the Jobcenter limits if necessary. He asked me to get in touch with you. Commission is paid by the owner, so nothing for the tenant.

Viewings possible Tuesdays and Thursdays.

Best regards
Emre Tas
Tas Immobilien (example)

-------- Forwarded Message --------
Subject: Exposé Paffrath, 3 Zimmer, 79 m²
Date: Mon, 8 Sep 2025 17:44:10 +0200
From: Emre Tas <e.tas@tas-immobilien.example.com>

Dear Mr Brandl,
attached the draft exposé for your flat. Please check the details (year of construction, energy certificate) and let me know if anything needs correcting.""", attach=["Expose_Paffrath_3Zi.pdf"], date="2025-09-09 10:15"),

L("en", 0, "clean", "Ananya Bose <ananya.bose@example.net>", "Furnished flat for 12 months while I'm on sabbatical",
"""Dear team,

I'm a researcher at a university in Cologne and will spend a sabbatical year in Montreal from August. Rather than leaving my flat empty, I'd like to sublet it furnished for exactly 12 months (August to July) - 2 rooms, 55 m², Stadtmitte, close to the S-Bahn.

I came to Germany as a student myself and would love it to go to someone who needs it. But I'm not sure whether a fixed-term, furnished let even works for your programme - I've read that the Jobcenter sometimes doesn't like temporary contracts, and of course the person would need to find something else after a year.

Is this useful to you at all, or would it create more problems than it solves? Rent would be 640 € all-in.

Warm regards,
Ananya"""),

L("en", 0, "clean", "Rupert Engel <rupert.engel@example.com>", "Mr Kahsay - still waiting for the Jobcenter confirmation",
"""Hello Ms Brenner,

just a quick follow-up on Mr Kahsay, whom you suggested for my flat in Bensberg. He made a good impression at the viewing and I'd like to rent to him, but I still haven't received anything from the Jobcenter about the rent approval.

I've reserved the flat for him until the end of next week, but I have two other interested parties and I can't keep it empty much longer. Could you check where things stand, or tell me whom to contact at the Jobcenter?

Thanks and regards,
Rupert Engel"""),
]
