"""r7a batch 04: English tenant_request (listings, viewings, guarantor, broker/kitchen fee, contract check, keys,
replies to a proposal, large family, KdU limit; one urgent), English landlord_offer (expat owner, heirs abroad,
employer flat, short reply to a proposal, Kaution, placed tenant's mould problem), one English neighbour inquiry
and one English rental scam."""
from mailwriter import T, L, I, S

MAILS = [
T("en", 0, "forward", "Chinedu Okafor <chinedu.okafor@example.com>", "Fwd: 2-room flat Bensberg (ImmoScout)",
"""Good afternoon Mrs Brenner,

please see the flat below which I found on ImmoScout this morning. I already sent a message to the agent. Can you tell me if the Jobcenter will accept this price for one person? I am not sure if "warm" includes the electricity.

Thank you,
Chinedu Okafor

---------- Forwarded message ---------
From: ImmoScout Portal <angebote@immoscout-portal.example.com>
Date: Tue, 14 Apr 2026 at 07:52
Subject: New listing matching your search: 2-Zimmer in Bensberg

2-Zimmer-Wohnung, Bensberg, 47 m²
Warmmiete 585 € (Kaltmiete 450 €, Nebenkosten inkl. Heizung 135 €)
Strom: separat
Kaution: 1.350 €
Verfügbar: 01.06.2026
Erdgeschoss, Duschbad, Kellerraum"""),

T("en", 0, "clean", "Parwana Sultani <parwana.sultani@example.org>", "Viewing in Refrath - landlord asked many questions",
"""Dear Mr Yilmaz,

I went to the viewing in Refrath yesterday with my brother. The flat is nice and the landlady was friendly, but she asked a lot of questions: where I work, how long I will stay in Germany, whether I plan to have children, and whether my family will visit often. I did not know what I have to answer. I told her the truth, but I felt uncomfortable about the question about children.

At the end she gave me a "Selbstauskunft" form to fill in and send back by Friday. Should I send it to you first to check? I don't want to write something wrong.

Many thanks,
Parwana Sultani""", attach=["Selbstauskunft_Refrath.pdf"]),

T("en", 0, "on_behalf", "David Kessler <david.kessler@example.net>", "Contract check for the Al-Rashid family",
"""Hello team,

I'm a volunteer mentor for the Al-Rashid family (parents and three kids, currently in the accommodation in Bensberg). They've been offered a flat in Gronau and the landlord has sent the lease. I'm British and my German is decent, but legal German is another matter.

A few clauses worry me:
- The tenants have to do "Schönheitsreparaturen" every 3 years regardless of condition.
- The deposit is four months' rent.
- There's a clause saying the landlord can enter the flat "at any time after notice by phone".

I've read that some of these might not be valid. Could someone from your team look at it before they sign? The landlord would like it back by the 28th.

Cheers,
David Kessler""", attach=["Mietvertrag_AlRashid_Gronau.pdf"]),

T("en", 0, "clean", "Dr. Yasmin Haidar <yasmin.haidar.md@example.com>", "Landlord wants a guarantor",
"""Dear team,

I am a doctor from Syria; my medical licence (Approbation) is still in process, so at the moment I work as a nursing assistant in a hospital in Cologne and receive top-up benefits.

I found a small flat in Moitzfeld and the owner is willing to rent to me, but only if someone with a permanent German income signs as a guarantor (Bürgschaft). I don't have such a person. My employer's HR department said they don't do this.

Are there alternatives I can offer the owner? For example, could the Jobcenter or the city confirm something in writing? I'd be grateful for any advice.

Best regards,
Yasmin Haidar"""),

T("en", 0, "reply", "Emmanuel Asante <e.asante@example.net>", "Re: Flat proposal - 2 rooms in Paffrath",
"""Dear Mrs Brenner,

Yes, we want this flat! Thank you so much. Can we see it before we decide? My wife would like to see the kitchen. Any day after 3pm is okay, or Saturday.

God bless,
Emmanuel and Abena Asante

On Wed, 4 Mar 2026 at 10:18, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Dear Mr Asante,
>
> a landlord from our network is offering a 2-room flat in Paffrath (54 m²,
> 1st floor, 510 EUR cold rent). We think it could suit you and your wife.
> Please let us know by Monday whether you are interested.
>
> Kind regards
> Katrin Brenner""", date="2026-03-04 19:40"),

T("en", 0, "oneliner", "Samuel Tesfaye <samuel.tesfaye@example.com>", "keys!!",
"""Got the keys today. Thank you all so much!!"""),

T("en", 1, "clean", "Hussein Mahdi <hussein.mahdi@example.org>", "URGENT - landlord changed the lock, we are outside with a baby",
"""Please help us.

We rented a small flat in Heidkamp privately in January (not through you, but we are registered with you since last year). Today when I came back from work my wife was sitting outside with our baby (5 weeks old). The landlord came while I was away, changed the lock and said we have to leave by Friday because he needs the flat for his son. He put some of our things in the hallway.

We paid rent for this month. We have a contract but he says it is not valid because it is only "Untermiete".

Tonight we can stay with a friend, but only for one or two nights. Where can we go with a newborn? Please call me: 0152 5550 7713.

Hussein Mahdi""", date="2026-02-18 20:12"),

T("en", 0, "clean", "Ali Hussein Jaafar <ali.h.jaafar@example.net>", "Big family - is there any hope?",
"""Dear Sir / Madam,

We are ten people: me, my wife, our six children, my mother and my younger sister who has a disability. We have been living in the accommodation for almost three years now.

Every time I call about a flat with 4 or 5 rooms, the landlord hears "ten people" and says no. The flats that are big enough are houses for 1,800 or 2,000 euros, which the Jobcenter says is too much.

I understand it is difficult. I just want to know honestly: is there any chance for a family our size, or should we look at a different city? My older children go to school in Bensberg and we would like to stay.

Respectfully,
Ali Hussein Jaafar"""),

T("en", 0, "clean", "Grace Mensah <grace.mensah@example.com>", "They want 1,500 euro for the kitchen",
"""Hello,

I found a flat in Hand through an agent. The previous tenant wants me to pay 1,500 euro for the kitchen ("Ablöse") and the agent says the landlord will only give the flat to someone who takes the kitchen. The kitchen is old, maybe 15 years.

Is this allowed? And will the Jobcenter pay for this? I really don't have this money.

Thank you
Grace"""),

T("en", 0, "phone", "Kojo Antwi <kojo.antwi@example.net>", "workshop",
"""hi i want to register for the flat workshop (wohnungsführerschein) my friend did it and got certificate. next one when? i work shifts so evening better. thanks kojo antwi tel 0176 5551 4402"""),

T("en", 0, "clean", "Mariam Yousufzai <mariam.yousufzai@example.org>", "Flat is 38 euro over the limit - can I pay the difference?",
"""Dear Mrs Brenner,

the Jobcenter told me the flat in Schildgen is 38 euro above the limit for two people and they will not approve it. But I work part-time (mini job, 520 euro) and I could pay the 38 euro myself every month.

Is this possible? The woman at the Jobcenter said "maybe, ask your housing advisor". The landlord is waiting for my answer until Thursday.

Thank you for your help.
Mariam Yousufzai"""),

T("en", 0, "clean", "Abdullah Rahmani <abdullah.rahmani@example.com>", "Landlord would like to speak to you",
"""Hi Mr Yilmaz,

quick update: the owner of the flat in Refrath, Mrs Becker, liked us, but she says she will only decide after she has spoken with someone from your office. She wants to know who she can call if there are problems later, and about the deposit.

Her number is 02204 5559 881 (landline, she is home most mornings). She prefers German, of course.

Thanks a lot!
Abdullah"""),

L("en", 0, "clean", "Richard Hollis <richard.hollis@example.com>", "Offering my flat in Refrath while I'm abroad",
"""Hello,

I'm a British national who has lived in Refrath for twelve years. My company is sending me to Singapore for at least three years from September, and I'd like to let my flat rather than leave it empty.

It's a 3-room flat, 86 m², second floor, with a balcony and a fitted kitchen. I've heard good things about your programme from a neighbour and would be open to renting to a refugee family. I'd need a reliable local contact for repairs and the like, as I won't be around - I'm thinking of hiring a property manager.

Could you tell me how the process works and what rent would be realistic for a family on benefits?

Best regards,
Richard Hollis"""),

L("en", 0, "reply", "Sophie Brandt-Miller <sophie.bm@example.net>", "Re: Proposal - Family Ahmadi",
"""Hi Katrin,

We met the Ahmadis on Saturday - lovely family, and the kids were so polite! We'd be happy to go ahead. What are the next steps? Do we send the contract to you or directly to them?

Best,
Sophie

> On 21 Mar 2026, at 09:05, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
>
> Dear Ms Brandt-Miller,
> as discussed, we would like to propose the Ahmadi family (4 persons) for
> your flat in Schildgen...""", date="2026-03-23 08:11"),

L("en", 0, "formal", "Northgate Residential Management <lettings.de@northgate-residential.example.com>", "Direct rent payments from the Jobcenter - portfolio in Bergisch Gladbach",
"""Dear Sir or Madam,

Northgate Residential manages a portfolio of approximately 140 residential units in Bergisch Gladbach on behalf of an institutional investor. We currently have four vacant units (1 to 3 rooms) and would be willing to consider tenants referred by your programme.

Before we proceed, our asset management team requires clarity on the following points:
1. Can rent be paid directly by the Jobcenter to our collection account, and how reliable is this arrangement in practice?
2. What happens to direct payments when a tenant's benefit entitlement ends?
3. Does the city offer any form of rent or damage guarantee?

We would appreciate a written response, ideally in English, which we can forward internally.

Kind regards,
Laura Kensington
Leasing Manager, Germany""", html="alt"),

L("en", 0, "clean", "Mark Feldman <mark.feldman@example.org>", "Deposit question - loan from Jobcenter?",
"""Hi,

I'm about to sign a lease with Mr Okeke, whom your office introduced to me. He says the Jobcenter will pay the deposit as a loan. Two questions from my side:

1) How long does that usually take? I've got a handover planned for the 1st.
2) When he moves out one day, does the deposit go back to the Jobcenter or to him? I just want to make sure I don't pay it back to the wrong party.

Thanks,
Mark"""),

L("en", 0, "clean", "Helen Brooks <helen.brooks@example.com>", "Mould in the flat - tenant placed by you",
"""Dear Mr Yilmaz,

last year you helped us find tenants for our flat in Hand (Mr and Mrs Barakzai and their children). On the whole things are fine and the rent is always paid.

However, when I came round to read the meters, there was black mould in two rooms, on the outside walls behind the wardrobes. The windows were closed and there was washing drying on every radiator. I tried to explain about airing (Stoßlüften), but I'm not sure they understood me - my German is okay, but we don't share another language.

I don't want to blame them; the building is from the 60s. But it needs to stop before it gets worse. Could someone from your team help explain, perhaps with an interpreter? I'd also be happy to provide a dehumidifier.

Kind regards,
Helen Brooks"""),

L("en", 0, "clean", "Daniel Okonkwo-Weber <d.okonkwo.weber@example.net>", "Our late father's flat in Paffrath",
"""Dear team,

my sister and I (we live in Toronto and Vancouver) inherited our father's flat in Paffrath last year. It's a 2-room flat, about 60 m², in decent condition. We're not ready to sell, and our father was involved in refugee support at his church, so we think he would have liked it to go to someone who needs it.

The problem is distance. We can't come over for viewings or handle day-to-day issues. Is it possible to work with your office remotely, and do you know any reliable local property managers who work with your programme?

Thank you,
Daniel Okonkwo-Weber"""),

L("en", 0, "formal", "Kerstin Wall, HR - Lumentis Software GmbH <people@lumentis.example.com>", "Vacant company apartment in Bensberg",
"""Dear Sir or Madam,

Lumentis Software has, until recently, rented a furnished 2-room apartment in Bensberg for trainees and short-term staff relocating from abroad. Due to a change in our relocation policy, the apartment will no longer be needed from 1 July, and our lease with the owner runs until end of 2027.

Our management has agreed that we would like to sublet it at cost (currently 720 EUR warm, fully furnished) to a person or small household from your programme. The owner has agreed in principle.

Could you let us know whether this is feasible and what information you need from us?

Best regards,
Kerstin Wall
People & Culture"""),

L("en", 0, "oneliner", "Tom Reinholt <tom.reinholt@example.com>", "Re: Viewing Thursday",
"""Could we move the viewing to Saturday 11am instead? I'll be there with the keys myself. Thanks, Tom"""),

I("en", 0, "clean", "Patricia Doyle <patricia.doyle@example.org>", "Kids from the accommodation and my car",
"""Hello,

I live on the street right next to the accommodation in Hand and I'm not sure who to contact about this, so apologies if it's the wrong office.

For a few weeks now a group of boys from the accommodation has been playing football in the street every evening, and they regularly hit parked cars. My car has two dents now. I've spoken to them, they were polite and said sorry, but it keeps happening.

I don't want to call the police on children. Is there somebody at the accommodation, a social worker perhaps, who could talk to them, or a place where they could play instead?

Regards,
Patricia Doyle"""),

S("en", 0, "other", "Rev. Michael Anderson <michael.anderson.mission@example.net>", "Flat available in Bensberg for your clients",
"""Dear Sir/Madam,

I am Reverend Michael Anderson, currently serving on a mission in Lagos, Nigeria. I own a 3 bedroom apartment in Bensberg which has been vacant since I left Germany. I have read about your wonderful work and I would like to rent it to one of your refugee families for only 450 EUR per month including all bills.

Because I am abroad, the keys and contract will be delivered by a secure rental agency. The family only needs to transfer the first month rent plus deposit (1,350 EUR) via Western Union or MoneyGram to my agent, and the keys will be sent by courier within 48 hours.

Please send me the name and phone number of the family and I will contact them directly.

God bless you,
Rev. Michael Anderson"""),
]
