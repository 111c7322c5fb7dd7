"""r5small batch 04: Pashto (landlord guarantee question, owner abroad, utility follow-up, inquiries, tenant
replies, a scam) and Somali (landlord offers and viewing follow-ups, association/mosque/volunteer/other-office
inquiries, tenant requests with one urgent, a rental scam)."""
from mailwriter import T, L, I, S

MAILS = [
L("ps", 0, "formal", "Abdul Wali Kakar <a.kakar@hv-kakar.example.com>", "Mietausfallgarantie – پوښتنه",
"""درنو ښاغلو او مېرمنو،

زه عبدالولي کاکړ یم او په Refrath کې د یوې کوچنۍ ودانۍ مالک یم چې څلور فلیټونه لري. یو فلیټ (۲ کوټې، ۵۵ m²) د سپټمبر له لومړۍ څخه خالي کېږي.

ما اورېدلي چې ښار د هغو Vermieter لپاره چې د Heim خلکو ته فلیټ ورکوي، یو ډول Mietausfallgarantie یا Kautionsbürgschaft لري. مهرباني وکړئ راته ولیکئ:
- دا ضمانت څو میاشتې پوښي؟
- که د Auszug پر وخت Schönheitsreparaturen ونه شي، څوک یې ورکوي؟
- ایا د Mietvertrag لپاره ستاسو خپل Muster شته؟

که دا شرایط ښه وي، زه چمتو یم چې فلیټ ستاسو له لارې ورکړم.

په درناوي
عبدالولي کاکړ
Hausverwaltung Kakar, Refrath
Tel. 02204 7730215""", html="alt"),

L("ps", 0, "mixed_language", "Tariq Yousafzai <tariq.yousafzai@mail.example.com>", "Flat in Bergisch Gladbach-Hand / فلیټ",
"""Hello, sorry my German is not good, I live in London since 2009.

زه په لندن کې اوسېږم خو په Hand کې مې یو فلیټ دی چې زما د مرحوم پلار و. اوس خالي دی او نه غواړم چې خالي پاتې شي. I would like to rent it to a refugee family, ideally an Afghan family because the neighbours there speak Pashto.

پوښتنه: زه چې دلته یم، څوک به د فلیټ ستونزې حل کوي؟ Do you help after the family moves in, or only until the contract is signed?

Thanks / مننه
Tariq Yousafzai"""),

L("ps", 0, "clean", "Sultan Ahmad Hamdard <sultan.hamdard@example.net>", "Nebenkostenabrechnung – هغه کورنۍ چې تاسو راولېږله",
"""سلام،

Familie Wardak تېر کال ستاسو له لارې زما فلیټ ته په Paffrath کې راغله. هر څه ښه دي، کرایه هره میاشت له Jobcenter څخه راځي.

اوس ما د ۲۰۲۵ Nebenkostenabrechnung جوړه کړه، ۴۱۰ یورو Nachzahlung ده، ځکه چې د ګاز بیه لوړه شوه. کورنۍ وايي چې دا پیسې نه لري.

ایا Jobcenter دا Nachzahlung هم ورکوي؟ لیک باید چا ته ولېږم – کورنۍ ته که Jobcenter ته؟

مننه
سلطان احمد همدرد""", attach=["Nebenkostenabrechnung_2025_Wardak.pdf"]),

I("ps", 0, "mixed_language", "Habib Rahman Ludin <habib.ludin@example.org>", "Führerschein umschreiben",
"""Hallo,

زه د پاکستان Führerschein لرم (international هم). دلته څنګه یې Umschreibung وکړم؟ Fahrschule وايي Straßenverkehrsamt ته لاړ شه، هغوی وايي Termin online. ایا تاسو پوهېږئ چې کوم کاغذونه پکار دي؟ که دا ستاسو کار نه دی، بښنه غواړم.

Danke
حبیب الرحمن"""),

I("ps", 0, "clean", "Laila Sherzad <laila.sherzad@example.com>", "د فرنیچر ډالۍ",
"""سلام،

زموږ کورنۍ بل ښار ته ځي. موږ د ماشومانو یو کټ، د جامو یوه المارۍ، یو مېز او څلور چوکۍ، او یوه د جامو مینځلو ماشین لرو. ټول ښه حالت کې دي. غواړو وړیا یې هغو کورنیو ته ورکړو چې له Heim څخه نوي کورونو ته ځي.

ایا تاسو دا کار کوئ، یا کومه بله ټولنه راته ښیئ؟ تر ۱۵مې پورې باید کور خالي کړو. موږ په Moitzfeld کې یو.

مننه
لیلا شېرزاد
0171 2290543"""),

T("ps", 0, "reply", "Obaidullah Wardak <obaidullah.wardak@example.net>", "AW: Einladung Wohnungsworkshop 10.06.",
"""سلام، مننه. زه به راشم. خو زما مېرمن هم غواړي راشي، ایا هغه هم نوم لیکلی شي؟ ماشوم به له موږ سره وي. عبیدالله

Am 02.06.2026 um 11:30 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Guten Tag Herr Wardak,
>
> Sie sind für den Wohnungsworkshop am Mittwoch, 10.06., 9:00–12:30 Uhr,
> angemeldet (Stadtteilhaus Gronau). Bitte bestätigen Sie kurz Ihre Teilnahme.
>
> Viele Grüße
> Integration Wohnen""", date="2026-06-02 21:18"),

T("ps", 0, "oneliner", "Hasina Nazari <hasina.nazari@example.org>", "Teilnahmebestätigung",
"""سلام، ما Workshop پوره کړ خو Teilnahmebestätigung مې نه دی ترلاسه کړی. Vermieter یې غواړي. مهرباني وکړئ ولېږئ. حسینه نظري"""),

S("ps", 0, "mixed_language", "Immobilien Service <wohnung.direkt@rent-direct.example.com>", "Wohnung ohne Schufa – فلیټ بې SCHUFA",
"""Hallo!!
Wir haben Wohnungen ohne SCHUFA und ohne Jobcenter Papiere.

موږ بې SCHUFA فلیټونه لرو! یوازې په WhatsApp کې پیغام راکړئ: +31 6 1234 0099
د Reservierung لپاره ۱۵۰ یورو (Western Union / Paysafecard)

Schlüssel in 48 Stunden!"""),

L("so", 0, "clean", "Cabdiraxmaan Cali Warsame <c.warsame@example.com>", "Guri ku yaal Refrath – qoys ka yimid Heim-ka",
"""Asalaamu calaykum,

Magacaygu waa Cabdiraxmaan Cali Warsame. Waxaan ku noolaa Bergisch Gladbach in ka badan 15 sano. Sannadkii 2013 waxaan iibsaday aqal (Eigentumswohnung) ku yaal Refrath: 3 qol, jiko, musqul, balakoon, 78 m², dabaqa 1aad.

Bisha soo socota waxaan u guuraynaa Birmingham (UK) shaqo dartood, laakiin ma rabo inaan iibiyo gurigan. Waxaan rabaa inaan kireeyo qoys hadda ku nool Heim-ka magaalada – anigu qudhaydu sidaas ayaan ku bilaabay nolosha Jarmalka.

Su'aalahayga:
1) Jobcenter-ku si toos ah ma ii soo bixinayaa kirada?
2) Kaution-ka yaa bixiya?
3) Maadaama aanan dalka joogi doonin, ma jiraa qof idinka ah oo qoyska la xiriiri kara haddii ay dhibaato timaado? Walaalkay ayaa Köln ku nool, wuxuu noqon karaa qofka furayaasha haya.

Kaltmiete: 720 €, Nebenkosten: 180 €.

Mahadsanid,
Cabdiraxmaan Cali Warsame
0176 22839105"""),

L("so", 0, "broken", "Maxamed Xuseen Jaamac <maxamed.jaamac@example.net>", "guri dukaanka korkiisa",
"""asc
waxaan leeyahay dukaan (Internetcafé iyo lacag dirid) Bergisch Gladbach Stadtmitte. dukaanka korkiisa waxaa ku yaal guri 2 qol, aniga ayaa iska leh. hada waa banaan. waxaan rabaa in aan siiyo qoys Heim ku jira, qoys yar 3 ama 4 qof. kirada 550 warm. sidee ayay tahay, maxaan sameeyaa? waraaqo maxaa loo baahan yahay?
Maxamed
0157 70193325"""),

L("so", 0, "oneliner", "Ayaan Jaamac <ayaan.jaamac@example.org>", "Re: Besichtigung Paffrath",
"""Qoyskii way yimaadeen, waan qaadanayaa. Mietvertrag-ka goorma ayaan saxiixnaa? Ayaan"""),

L("so", 0, "phone", "Xasan Muuse <xasan.muuse@example.com>", "Besichtigung",
"""salaan besichtigung isniinta ma imaan karo shaqo ayaan leeyahay. talaadada 4ta galabnimo ma suurtagal tahay? qoyska u sheeg fadlan. Xasan"""),

L("so", 0, "reply", "Hodan Cabdi Nuur <hodan.nuur@example.net>", "AW: Familie Tesfamariam – nächste Schritte",
"""Salaan Frau Albers,

Mietvertrag-ka maanta ayaan saxiixnay, aniga iyo qoyska Tesfamariam. Koobiga xaggee u diraa – idinka mise Jobcenter-ka? Sidoo kale Wohnungsgeberbestätigung-ka waan buuxiyay, ma idiin soo diraa?

Mahadsanid
Hodan Cabdi Nuur

Am 09.09.2025 um 15:12 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Liebe Frau Nuur,
>
> vielen Dank für Ihre Zusage. Sobald der Mietvertrag unterschrieben ist,
> kümmern wir uns gemeinsam mit der Familie um die nächsten Schritte.
>
> Freundliche Grüße
> Marion Albers
> Integration Wohnen""", date="2025-09-12 17:26"),

I("so", 0, "clean", "Ururka Haweenka Soomaaliyeed <haweenka.so@example.org>", "Martiqaad: Kulanka Haweenka – 8da Maarso",
"""Ku: Kooxda Integration Wohnen

Asalaamu calaykum,

Ururka Haweenka Soomaaliyeed ee Bergisch Gladbach wuxuu qabanayaa kulan weyn maalinta haweenka caalamka, Axadda 8da Maarso, 14:00–18:00, Stadtteilhaus Gronau. Waxaan filaynaa qiyaastii 60 haween ah iyo carruurtooda.

Haween badan oo xubnahayaga ah weli waxay ku nool yihiin Heim-ka, guri raadintuna way ku adag tahay. Sidaas darteed waxaan jeclaan lahayn in mid idinka mid ah uu yimaado oo 20 daqiiqo ka hadlo barnaamijkiinna iyo Workshop-ka. Turjumaadda Soomaaliga annaga ayaa samaynaya.

Fadlan noogu soo jawaab ilaa 25ka Febraayo.

Mahadsanid,
Faadumo Xirsi
Guddoomiyaha ururka""", attach=["Flyer_Kulanka_Haweenka.pdf"]),

I("so", 0, "formal", "Masjidka Nuur <masjid.nuur@example.net>", "Codsi: kulan macluumaad ah",
"""Mudane/Marwo,

Anagoo ah guddiga Masjidka Nuur ee Bergisch Gladbach, waxaan idinku martiqaadaynaa kulan macluumaad ah oo loogu talagalay bulshada Soomaaliyeed. Kulanku wuxuu dhici doonaa Sabtida 16ka Meey, 16:00, xarunta masjidka.

Mawduucyada: waxbarashada carruurta, shaqada, iyo guri helidda. Waxaan rajaynaynaa in qof ka socda xafiiskiinna uu ka qayb galo oo uu sharaxo sida barnaamijku u shaqeeyo.

Mahadsanid,
Sheekh Cabdullaahi Maxamuud
Guddoomiyaha guddiga masjidka"""),

I("so", 0, "clean", "Ilhaan Axmed <ilhaan.axmed@example.com>", "Turjubaan mutadawac ah (Somali – Deutsch – English)",
"""Salaan,

Magacaygu waa Ilhaan, waxaan ahay arday jaamacadda Köln ah, waxaanan ku noolahay Refrath. Waxaan si fiican u aqaan Soomaali, Jarmal iyo Ingiriis. Waxaan jeclaan lahaa inaan si mutadawacnimo (ehrenamtlich) ah idiin caawiyo – turjumaad Workshop-yada, ballamaha ama Besichtigung-yada.

Qoys gaar ah uma jeedo, waxaan rabaa inaan guud ahaan caawiyo. Sidee u bilaabaa?

Mahadsanid
Ilhaan Axmed
0152 88014472"""),

I("so", 0, "broken", "Xaliimo Yuusuf <xaliimo.yuusuf@example.org>", "kita",
"""asc gabadhayda 2 jir ayey tahay, kita meel uma helin. waxaan deggannahay Hand, guri cusub. yaa ka caawiya Kita Platz? xafiiskee la aadaa? jarmalka wax yar ayaan ku hadlaa. mahadsanid"""),

I("so", 0, "oneliner", "Abdirizak Faarax <abdirizak.faarax@example.net>", "Anmeldung cinwaan cusub",
"""Salaan, guri cusub ayaan u guurnay Bensberg. Anmeldung-ka xaggee la sameeyaa, Termin ma loo baahan yahay? Abdirizak"""),

T("so", 0, "broken", "Sahra Maxamed <sahra.maxamed@example.com>", "guri",
"""asc
magacaygu waa sahra, 3 caruur ayaan leeyahay (10, 7, 3). waxaan ku jirnaa Heim Refrath 2 sano. qol kaliya. caruurtu ma seexan karaan, qaylo badan. waxaan raadinayaa guri 3 qol. WBS waan haystaa. fadlan i caawiya, Workshop-na waan dhammeeyay.
Sahra Maxamed
0157 41196208"""),

T("so", 1, "clean", "Cabdiqaadir Cismaan <cabdiqaadir.cismaan@example.net>", "DEGDEG – ilmo dhashay, meel ma haysanno",
"""Salaan,

Xaaskaygu shalay ayay ilmo ku dhashay isbitaalka Bensberg. Berri ayaa laga saarayaa isbitaalka. Waxaan ku noolnahay qol yar oo saaxiibkay leeyahay oo ku yaal Gronau, mulkiiluhuna wuxuu yiri ilmo halkan ma joogi karo, waa inaad baxdaan ugu dambeyn Jimcaha.

Heim-ka weli meel nalooma helin. Ma naqaanno meel aan ilmaha dhallaanka ah la aadno.

Fadlan si degdeg ah noo caawiya.
Cabdiqaadir Cismaan
0176 50317742""", date="2025-11-12 06:55"),

T("so", 0, "oneliner", "Ayaan Warsame <ayaan.warsame@example.org>", "Workshop",
"""Salaan, waxaan rabaa inaan iska diiwaan geliyo Workshop-ka xiga (Wohnungsführerschein). Ayaan Warsame, Heim Paffrath, 0152 90127734"""),

S("so", 0, "other", "Guryo Jaban <guryo.jaban@mail.example.org>", "GURI AAN SCHUFA LAHAYN – 300€ KALIYA",
"""Salaan walaal!

Guryo kiro ah Bergisch Gladbach iyo Köln – SCHUFA looma baahna, Jobcenter looma baahna!
2-3 qol, 420€ warm.

Kaliya 300€ "Bearbeitungsgebühr" ku soo dir Western Union magaca "J. Okoro, Lagos". Furaha waxaa laguugu soo diri doonaa boosto.

WhatsApp: +234 801 000 2277
Degdeg, guryaha way yar yihiin!!""", html="only"),
]
