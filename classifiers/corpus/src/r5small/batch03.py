"""r5small batch 03: Pashto: landlord offers and follow-ups (shop owner, owner asking about the Jobcenter,
a relative's flat, viewings, contract, electricity), inquiries (association, mosque, translator, other offices,
neighbour), tenant requests (one urgent), two scams."""
from mailwriter import T, L, I, S

MAILS = [
L("ps", 0, "clean", "Naqibullah Ahmadzai <naqib.ahmadzai@example.org>", "زما د دوکان پاسه فلیټ – Bensberg",
"""السلام علیکم ورحمة الله،

زه نقیب الله احمدزی یم. شل کاله کېږي چې په برګیش ګلاډباخ کې اوسېږم او په Bensberg کې د افغاني خوراکي توکو یو دوکان لرم. د دوکان پاسه یو فلیټ دی چې زما خپل دی: درې کوټې، پخلنځی، تشناب، شاوخوا ۷۵ متره مربع. پخوانی کرایه دار تېره میاشت بل ښار ته ولاړ.

زه غواړم دا فلیټ یوې کورنۍ ته ورکړم چې اوس په Heim کې اوسېږي. زه پوهېږم چې هلته ژوند څومره سخت دی، ما هم لومړي کلونه همداسې تېر کړي دي.

Kaltmiete: ۶۸۰ یورو
Nebenkosten: ۱۶۰ یورو
د جون له لومړۍ څخه خالي

څو پوښتنې لرم:
- ایا Jobcenter کرایه مستقیمه ما ته راکوي؟
- Kaution څوک ورکوي؟
- تاسو کورنۍ ما ته معرفي کوئ، یا زه پخپله یوه کورنۍ پیدا کړم؟

مهرباني وکړئ راته ووایاست چې څه کاغذونه پکار دي.

په درناوي
نقیب الله احمدزی
Ahmadzai Lebensmittel, Bensberg
0171 5839204""", attach=["Fotos_Wohnung_OG.jpg"]),

L("ps", 0, "clean", "Hamidullah Safi <hamidullah.safi@example.com>", "پوښتنه د Jobcenter په اړه مخکې له دې چې پرېکړه وکړم",
"""سلام،

ما په ۲۰۱۶ کې په Heidkamp کې یو دوه کوټیز فلیټ اخیستی و. اوس خالي دی. زما مېرمن وايي چې یوې مهاجرې کورنۍ ته یې ورکړو، خو زه لا ډاډه نه یم.

مخکې له دې چې پرېکړه وکړم، غواړم پوه شم:
۱. که Jobcenter کرایه ورکوي، نو مستقیم زما حساب ته راځي که کورنۍ ته؟
۲. که کرایه دار کرایه ورنکړي، تاسو کوم ضمانت (Bürgschaft) لرئ؟
۳. که فلیټ ته زیان ورسېږي، څوک یې ورکوي؟

مننه
حمیدالله صافي"""),

L("ps", 0, "oneliner", "Gul Agha Noorzai <gulagha.noorzai@example.net>", "Re: Besichtigung",
"""کورنۍ نن راغله، ښه خلک دي. زه یې منم. Mietvertrag به تیار کړم. ګل آغا"""),

L("ps", 0, "phone", "Wahidullah Niazi <wahid.niazi@example.org>", "besichtigung",
"""سلام د دوشنبې Besichtigung نشم کولی کار لرم سه شنبه ماسپښین ۳ بجې ښه دی؟ کورنۍ ته ووایاست مهرباني وحید"""),

L("ps", 0, "reply", "Shakila Hotak <shakila.hotak@example.com>", "AW: Ihre Wohnung in Refrath – Familie Yousufzai",
"""سلام مېرمن Krüger،

پرون مو له Familie Yousufzai سره Mietvertrag لاسلیک کړ. کیلي به د جون په لومړۍ ورکړم. د قرارداد کاپي چېرته ولېږم؟ تاسو ته، Jobcenter ته، که دواړو ته؟ Wohnungsgeberbestätigung هم ما ډکه کړې ده.

مننه
شکیله هوتک

Am Mo., 18. Mai 2026 um 09:02 Uhr schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Hotak,
>
> schön, dass die Besichtigung mit Familie Yousufzai gut verlaufen ist.
> Wenn Sie sich für die Familie entscheiden, melden Sie sich bitte bei uns,
> bevor die Schlüssel übergeben werden.
>
> Mit freundlichen Grüßen
> Sabine Krüger
> Integration Wohnen""", date="2026-05-21 19:35"),

L("ps", 0, "broken", "Zmarai Wardak <zmarai.wardak@example.net>", "د برېښنا پیسې",
"""سلام
هغه کورنۍ چې تاسو زما فلیټ ته په Schildgen کې راولېږله، کرایه یې Jobcenter ورکوي، ښه ده. خو Strom زما په نوم دی او څلور میاشتې کېږي چې پیسې یې نه دي راکړي، ۳۲۰ یورو. ما ورته ووېل، وايي بیا. زه نه غواړم جګړه وکړم. تاسو ورسره خبرې کولی شئ؟
زمری"""),

L("ps", 0, "on_behalf", "Idrees Mohmand <idrees.mohmand@example.org>", "زما د تره فلیټ په Schildgen کې",
"""السلام علیکم،

زما تره په Hamburg کې اوسېږي او په Schildgen کې یو فلیټ لري چې لس کاله مخکې یې اخیستی و. هغه زه د فلیټ مسئول کړی یم، ځکه زه نږدې اوسېږم. فلیټ درې کوټې لري او د اګست له لومړۍ څخه خالي کېږي.

زما تره غواړي چې یوې کورنۍ ته یې ورکړي چې په Heim کې اوسېږي. Mietvertrag به د هغه په نوم وي، خو Besichtigung او کیلي به زه ورکوم.

ایا تاسو دغه ډول فلیټونه هم منئ؟ کوم معلومات درته ولېږو؟

په درناوي
ادریس مومند
0160 4411837"""),

I("ps", 0, "formal", "Afghanischer Kulturverein BGL <vorstand@afghan-kultur.example.org>", "بلنه: د اختر جشن او د ټولنې ورځ",
"""درنو همکارانو،

د برګیش ګلاډباخ افغاني کلتوري ټولنه د کوچني اختر په مناسبت یو لوی جشن جوړوي. جشن به د اپرېل په ۴مه، د شنبې په ورځ، له ماسپښین ۲ بجو څخه تر ماښام ۸ بجو پورې په Bürgerhaus کې وي. موږ شاوخوا ۴۰۰ مېلمانه تمه لرو.

په برنامه کې د ټولنې د کارونو پېژندنه، د ماشومانو لوبې، موسیقي او افغاني خواړه شامل دي. موږ غواړو ستاسو له ټیم څخه یو کس راوبولو چې د ۱۵ دقیقو لپاره خپله برنامه معرفي کړي. زموږ ډېر غړي کلونه کلونه په Heim کې اوسېږي او د کور پیدا کول ورته ډېر ګران دي، نو ستاسو معلومات به ورته ډېر ګټور وي. ژباړه به موږ پښتو او دري ته کوو.

همدارنګه تاسو کولی شئ د معلوماتو یو مېز کېږدئ.

مهرباني وکړئ د مارچ تر ۲۰مې ځواب راکړئ.

په درناوي
داود شینواری
د ټولنې مشر
Afghanischer Kulturverein Bergisch Gladbach e.V.
Tel. 02202 9930417""", attach=["Einladung_Eidfest.pdf"], html="alt"),

I("ps", 0, "clean", "Moscheegemeinde Taqwa <info@taqwa-moschee.example.net>", "د جمعې له لمانځه وروسته د معلوماتو غونډه",
"""السلام علیکم،

زموږ جومات په Refrath کې دی او هره جمعه شاوخوا ۲۰۰ کسان راځي، ډېری یې افغانان او پاکستانیان دي. ډېرې کورنۍ له موږ پوښتنه کوي چې څنګه کور پیدا کړي، خو موږ پخپله په دې نه پوهېږو.

ایا ستاسو له ټیم څخه یو کس کولی شي د جمعې له لمانځه وروسته (شاوخوا ۲ بجې) راشي او نیم ساعت معلومات ورکړي؟ ژباړه موږ کوو.

مننه
عبدالرحمن
Moscheegemeinde Taqwa e.V."""),

I("ps", 0, "clean", "Mirwais Stanikzai <mirwais.stanikzai@example.com>", "د ژباړونکي په توګه مرسته – Pashto/Dari/Deutsch",
"""سلام،

زه میرویس ستانکزی یم، نهه کاله مخکې جرمني ته راغلی یم او اوس په یوه روغتون کې کار کوم. پښتو، دري، اردو او جرمني ښه پوهېږم.

غواړم وړیا (ehrenamtlich) ستاسو سره مرسته وکړم – په غونډو، Workshops یا د Vermieter سره په خبرو کې د ژباړې لپاره. د اونۍ په پای کې او ماښامونه وخت لرم.

ایا داسې کوم لیست یا فورمه لرئ؟

مننه
میرویس ستانکزی
0157 83320654"""),

I("ps", 0, "broken", "Bibi Gul Sadat <bibigul.sadat@example.net>", "kindergeld",
"""سلام زما د ماشوم Kindergeld درې میاشتې کېږي نه راځي. Familienkasse ته مې لیک ولېږه خو ځواب نه راکوي. زه څه وکړم کوم دفتر ته لاړ شم؟ بی بی ګل"""),

I("ps", 0, "machine_translated", "Noorullah Zadran <noorullah.zadran@example.org>", "Familiennachzug Frau und Kinder Pakistan",
"""Sehr geehrte Damen und Herren, ich habe Schutz bekommen im Jahr letzten. Meine Frau und drei Kinder sind in Peshawar. Wie kann ich sie nach Deutschland holen? Welches Amt ist zuständig? Vielen Dank für Ihre Hilfe.

-- په پښتو --
درنو، ما تېر کال پناه ترلاسه کړه. زما مېرمن او درې ماشومان په پېښور کې دي. څنګه کولی شم هغوی جرمني ته راوړم؟ کوم دفتر مسئول دی؟ ستاسو له مرستې مننه.
نورالله ځدراڼ"""),

I("ps", 0, "phone", "Sami Ullah <samiullah.gl@example.com>", "auslanderbehorde termin",
"""سلام زما Aufenthaltstitel په راتلونکې میاشت ختمېږي Ausländerbehörde ته زنګ وهم څوک ټیلیفون نه پورته کوي. ایمیل یې څه دی؟ مننه سمیع الله"""),

I("ps", 0, "clean", "Rahmatullah Jalali <rahmat.jalali@example.net>", "شکایت – موټرې زما د ګراج مخې ته",
"""سلام علیکم،

زه په Hand کې د Heim تر څنګ اوسېږم. د څو اونیو راهیسې ځینې موټرې هره ورځ زما د ګراج مخې ته درېږي او سهار کار ته نشم تلای. دوه ځله Heim ته ورغلم، وايي چې زموږ موټرې نه دي. د شپې ماشومان هم تر ناوخته پورې توپ وهي.

زه نه غواړم چا ته ستونزه جوړه کړم، خو مهرباني وکړئ راته ووایاست چې دا شکایت چا ته ولېږم.

مننه
رحمت الله جلالي"""),

I("ps", 0, "oneliner", "Farhad Popal <farhad.popal@example.org>", "پوښتنه",
"""سلام، ستاسو پروګرام څنګه کار کوي؟ یوازې د Heim خلکو لپاره دی که د ټولو لپاره؟ فرهاد"""),

T("ps", 0, "broken", "Gul Mohammad Khpalwak <gulmohammad.kh@example.com>", "کور پکار دی",
"""سلام
زه ګل محمد یم، په Heim Bensberg کې له خپلې مېرمنې او څلورو ماشومانو سره اوسېږم. دوه کاله کېږي. یوه کوټه ده، ماشومان درس نشي ویلی. ما ډېر فلیټونه ولیدل، هر ځای وايي Jobcenter نه غواړو. مهرباني وکړئ مرسته وکړئ. WBS لرم.
ګل محمد
0152 33094716"""),

T("ps", 0, "on_behalf", "Ahmad Shah Momand <ahmadshah.momand@example.net>", "د پلار لپاره – Wohnungssuche",
"""سلام،

زه احمد شاه یم او د خپل پلار، ښاغلي محمد ظاهر مومند، له خوا لیکم. زما پلار ۶۸ کلن دی، د زړه ناروغي لري او په Heim Refrath کې یوازې اوسېږي. زه له خپلې کورنۍ سره په Leverkusen کې اوسېږم.

ایا کولی شئ زما پلار ستاسو په لیست کې ثبت کړئ؟ هغه ته یو کوچنی فلیټ بس دی، خو بې زینو یا له لفټ سره. زه کولی شم په ټولو ملاقاتونو کې ورسره راشم.

مننه
احمد شاه مومند
0176 80213359"""),

T("ps", 0, "phone", "Shafiq Rahimi <shafiq.rahimi@example.org>", "workshop",
"""سلام Wohnungsführerschein کله شروع کېږي؟ غواړم نوم ولیکم. ما په Heim کې اعلان ولید. شفیق"""),

T("ps", 1, "clean", "Zarmina Karimi <zarmina.karimi@example.com>", "بېړني! – Räumung د راتلونکې اونۍ په سه شنبه",
"""سلام،

زه زرمینه یم، له درې ماشومانو سره په Bensberg کې په یوه کرایي فلیټ کې اوسېږم. Vermieter موږ ته د Eigenbedarf له امله Kündigung راکړې وه او موږ ونه شو کولی چې نوی کور پیدا کړو. اوس د محکمې لیک راغلی: Räumungstermin د راتلونکې اونۍ سه شنبه، سهار ۹ بجې.

زه نه پوهېږم چې له ماشومانو سره چېرته لاړ شم. زما مېړه په افغانستان کې دی. مهرباني وکړئ ژر مرسته وکړئ.

زرمینه کریمي
0157 22048861""", attach=["Raeumungsmitteilung.pdf"], date="2026-02-26 22:41"),

T("ps", 0, "mixed_language", "Najibullah Haqmal <najib.haqmal@example.net>", "Mietschuldenfreiheitsbescheinigung",
"""Hallo,

ما په Refrath کې یوه Wohnung پیدا کړه، Vermieterin وايي Mietschuldenfreiheitsbescheinigung او SCHUFA راوړه. زه له ۲۰۲۲ څخه په Heim کې اوسېږم، مخکې مې هېڅ Wohnung نه درلوده. Mietschuldenfreiheitsbescheinigung له کومه ځایه واخلم؟ Heim یې راکوي؟

Danke
نجیب الله حقمل"""),

S("ps", 0, "other", "Kor Arzan <offer@kor-arzan.example.com>", "ارزان فلیټ بې SCHUFA!!!",
"""!!! په Bergisch Gladbach کې فلیټونه – بې SCHUFA، بې Jobcenter !!!

۲–۳ کوټې، له ۴۰۰ یورو څخه
یوازې ۲۰۰ یورو د ثبت فیس (Gebühr) د Western Union له لارې ولېږئ.
کیلي به تاسو ته په پوسټ کې درشي.

WhatsApp: +44 7700 900318
ژر وکړئ، یوازې ۵ فلیټونه پاتې دي!""", html="only"),

S("ps", 0, "other", "Paket Zustellung <service@paket-zustellung.example.net>", "ستاسو پارسل ونه سپارل شو",
"""ګران پېرودونکی،

ستاسو پارسل (DE882154300) نن ونه سپارل شو، ځکه چې پته بشپړه نه وه.
د بیا لېږلو لپاره ۲.۴۹ یورو فیس د لاندې لینک له لارې ورکړئ:
https://paket-neuzustellung.example.net/track

که تر ۴۸ ساعتونو پورې پیسې ورنکړئ، پارسل به بېرته ولېږل شي.

Paketservice"""),
]
