"""r4mena batch 06: Farsi/Dari (6) and Pashto (14). Farsi: a sister writing for her brother's family facing
a Räumung (urgent), a tenant forwarding the landlord's Kaution question, a changed phone number; a landlord
asking whether the placed tenant's brother may move in, an estate agent offering flats; a lost-ID question for
the Bürgerbüro. Pashto: workshop / certificate, a son writing for his father, a landlord who wants to talk to
the team, Jobcenter approval pending, thrown out of the Heim (urgent); Pashto-speaking landlords offering,
following up, asking about guarantees; an association, a translator, a family-reunification question; spam."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- Farsi tenant_request
T("fa", 1, "on_behalf", "Soraya Naderi <soraya.naderi@example.com>", "فوری - خانواده برادرم دوشنبه باید خانه را تخلیه کنند",
"""سلام،

من خواهر آقای فرید نادری هستم. سه سال پیش شما به او و خانواده‌اش (همسر و سه فرزند) کمک کردید تا آپارتمانی در Gronau پیدا کنند.

صاحبخانه به خاطر Eigenbedarf قرارداد را فسخ کرد و برادرم با اینکه ماه‌ها دنبال خانه گشت، چیزی پیدا نکرد. حالا نامه Gerichtsvollzieher آمده که دوشنبه ساعت ۹ صبح خانه باید تخلیه شود. یعنی چهار روز دیگر.

برادرم خیلی آشفته است و نمی‌تواند درست نامه بنویسد. او موافق است که من از طرفش بنویسم. لطفاً بگویید خانواده دوشنبه کجا بروند؟

شماره برادرم: 0157 44029183
شماره من: 0176 13390528

سپاس
ثریا نادری""", attach=["Raeumungsankuendigung.pdf"], date="2026-06-04 07:58"),

T("fa", 0, "forward", "Hossein Rahmani <hossein.rahmani@example.net>", "Fwd: Frage zur Kaution",
"""سلام، صاحبخانه‌ای که آپارتمانش را در Paffrath دیدم این ایمیل را برایم فرستاد. من جوابش را نمی‌دانم. آیا شهر کاوشن را می‌دهد یا جاب‌سنتر؟ لطفاً کمکم کنید که چه جوابی بدهم.
حسین رحمانی

---------- Forwarded message ---------
From: Ingrid Lohmar <ingrid.lohmar@example.org>
Date: Di., 17. März 2026 um 18:22
Subject: Frage zur Kaution
To: <hossein.rahmani@example.net>

Hallo Herr Rahmani,

es hat mich gefreut, Sie kennenzulernen. Bevor ich mich entscheide: Wer übernimmt
die Kaution von drei Monatsmieten? Zahlt das die Stadt oder das Jobcenter, und
wann wäre das Geld da? Der Einzug wäre zum 1. Mai.

Viele Grüße
I. Lohmar"""),

T("fa", 0, "oneliner", "Khadija Azimi <khadija.azimi@example.org>", "شماره جدید",
"""سلام، شماره تلفنم عوض شد. شماره جدید: 0163 72290415. خدیجه عظیمی، کمپ Hand"""),

# ---------------------------------------------------------------- Farsi landlord_offer
L("fa", 0, "clean", "Aziz Rahman Wardak <azizrahman.wardak@example.net>", "برادر مستأجر میخواهد بیاید",
"""سلام،

مستأجری که پارسال از طریق شما در آپارتمانم در Bensberg ساکن شد از من پرسید که آیا برادرش که تازه از افغانستان آمده میتواند با او زندگی کند.

آپارتمان ۵۴ متر است و در قرارداد فقط یک نفر نوشته شده. آیا این برای جاب‌سنتر مشکل دارد؟ باید قرارداد را تغییر بدهم؟ لطفاً راهنمایی کنید.

عزیز رحمان وردک"""),

L("fa", 0, "formal", "Immobilien Sepehr / Darius Sepehri <d.sepehri@immo-sepehr.example.com>", "سه آپارتمان بدون کمیسیون برای متقاضیان شما",
"""با سلام،

دفتر املاک ما در Bergisch Gladbach در حال حاضر سه آپارتمان برای اجاره دارد که مالکان آن‌ها حاضرند به متقاضیان برنامه شما اجاره دهند:

۱. ۲ اتاق، ۵۰ متر، Heidkamp، ۴۹۰ یورو سرد
۲. ۳ اتاق، ۶۸ متر، Refrath، ۶۴۰ یورو سرد
۳. ۴ اتاق، ۸۹ متر، Herkenrath، ۸۱۰ یورو سرد

برای متقاضیانی که از طرف شما معرفی شوند کمیسیون (Provision) دریافت نمی‌کنیم. Exposé هر سه ضمیمه است.

با احترام
داریوش سپهری
Immobilien Sepehr""", attach=["Expose_Heidkamp.pdf", "Expose_Refrath.pdf", "Expose_Herkenrath.pdf"]),

# ---------------------------------------------------------------- Farsi inquiry
I("fa", 0, "broken", "Mohammad Yasin Hakimi <yasin.hakimi@example.com>", "تذکره گم شده",
"""سلام
Aufenthaltstitel (کارت اقامت) من دیروز در بس گم شد. کجا باید اطلاع بدهم؟ Bürgerbüro یا Ausländerbehörde؟ پولیس هم لازم است؟
تشکر
محمد یاسین حکیمی"""),

# ---------------------------------------------------------------- Pashto tenant_request
T("ps", 0, "clean", "Abdullah Shinwari <abdullah.shinwari@example.org>", "د ورکشاپ لپاره نوم لیکنه",
"""السلام علیکم،

زما نوم عبدالله شینواری دی. زه له خپلې مېرمنې او دوو ماشومانو سره په Bensberg کمپ کې اوسېږم.

ما اورېدلي چې تاسو د «Wohnungsführerschein» ورکشاپ لرئ چې پکې د کور موندلو او د کرایې د قرارداد په اړه زده کړه کېږي. زه غواړم چې د راتلونکي ورکشاپ لپاره خپل نوم ولیکم.

ایا پښتو ژباړونکی شته؟ زه الماني ښه نه پوهېږم.

ډېره مننه
عبدالله شینواری
0152 80473319"""),

T("ps", 0, "phone", "Gulalai Momand <gulalai.momand@example.com>", "سند",
"""سلام
ما تېره میاشت ورکشاپ ختم کړ خو سند (Teilnahmebestätigung) مې لا نه دی ترلاسه کړی
د کور خاوند وایي سبا یې راوړه
مهرباني وکړئ په ایمیل کې یې راولېږئ
ګلالۍ مومند"""),

T("ps", 0, "on_behalf", "Naqibullah Zazai <naqibullah.zazai@example.net>", "زما د پلار په اړه - حاجي شېر محمد زازی",
"""السلام علیکم،

زه نقیب الله یم او د خپل پلار حاجي شېر محمد زازي په استازیتوب لیکم. زما پلار ۷۱ کاله عمر لري او دوه کاله کېږي چې په Herkenrath کمپ کې اوسېږي. هغه الماني نه پوهېږي او لیک نشي لیکلی.

زما پلار د زړه ناروغي لري او په کمپ کې ډېر شور دی، شپه نشي ویده کېدای. ایا ممکنه ده چې هغه د یوه کوچني اپارتمان لپاره ثبت شي؟ که د ډاکټر لیک ته اړتیا وي، موږ یې لرو.

زما پلار موافق دی چې زه ستاسو سره اړیکه ونیسم.
زما شمېره: 0176 29930417

مننه
نقیب الله زازی"""),

T("ps", 0, "clean", "Rahmatullah Khogyani <rahmat.khogyani@example.org>", "د کور خاوند غواړي له تاسو سره خبرې وکړي",
"""سلام،

ما په Gronau کې یو اپارتمان موندلی. د کور خاوند (Herr Schmitz) نېک سړی دی او چمتو دی چې ما ته یې راکړي، خو وایي چې مخکې له دې چې قرارداد لاسلیک کړي، غواړي ستاسو له ټیم سره په تلیفون خبرې وکړي، ځکه چې لومړی ځل دی چې Jobcenter سره کار کوي.

د هغه شمېره: 02202 6618840 (له غرمې وروسته)

مهرباني وکړئ په دې اونۍ کې ورته زنګ ووهئ.

رحمت الله خوګیانی"""),

T("ps", 0, "broken", "Samiullah Ahmadzai <samiullah.ahmadzai@example.com>", "جابسنټر لا منظوري نه ده ورکړې",
"""سلام
د کور خاوند قرارداد چمتو کړی او Kaution هم غواړي. ما Mietangebot جابسنټر ته دوه اونۍ مخکې ورکړ خو لا ځواب نه دی راغلی. د کور خاوند وایي تر جمعې پورې انتظار کوم، بیا بل چا ته ورکوم.
زه باید څه وکړم؟ ایا تاسو له جابسنټر سره خبرې کولی شئ؟
سمیع الله احمدزی"""),

T("ps", 1, "phone", "Wahidullah Safi <wahidullah.safi@example.net>", "سبا باید له کمپ ووځم",
"""سلام نن Heimleitung ماته لیک راکړ چې سبا باید کمپ پرېږدم
وایي زما Aufenthalt بدل شوی او نور حق نه لرم
هیڅ ځای نه لرم هیڅ خپلوان دلته نشته
مهرباني مرسته وکړئ
وحید الله صافي 0157 11908326""", date="2026-02-05 18:47"),

# ---------------------------------------------------------------- Pashto landlord_offer
L("ps", 0, "clean", "Habibullah Mangal <habibullah.mangal@example.org>", "په Paffrath کې د کرایې لپاره اپارتمان",
"""السلام علیکم،

زه په Paffrath کې یو دوه خونه ییز اپارتمان لرم (۵۲ متره، لومړی پوړ). له راتلونکې میاشتې خالي کېږي.

زه پخپله ۲۵ کاله مخکې افغانستان څخه راغلی یم او پوهېږم چې کډوالو ته کور موندل څومره سخت دي. غواړم چې دا اپارتمان ستاسو د پروګرام له لارې یوې کورنۍ ته په کرایه ورکړم.

کرایه: ۵۰۰ یورو (Kaltmiete)، Nebenkosten شاوخوا ۱۲۰ یورو.

مهرباني وکړئ راته ووایاست چې راتلونکی ګام څه دی.

حبیب الله منګل
0171 50823914"""),

L("ps", 0, "oneliner", "Zarmina Wardak <zarmina.wardak@example.com>", "نن کتنه",
"""سلام، کورنۍ نن اپارتمان ولید، ماته ښه ښکاري. قرارداد کله لاسلیک کړو؟ زرمینه وردګ"""),

L("ps", 0, "formal", "Mohammad Qasim Stanikzai <mq.stanikzai@example.net>", "د تضمین په اړه پوښتنه",
"""سلام،

زه په Refrath کې یو اپارتمان لرم او فکر کوم چې ستاسو د پروګرام له لارې یې په کرایه ورکړم، خو لا مې پرېکړه نه ده کړې.

زما پوښتنې:
- که کرایه دار کرایه ورنکړي، ایا ښار یا Jobcenter تضمین ورکوي؟
- که اپارتمان ته تاوان ورسېږي، څوک یې ورکوي؟
- ایا Jobcenter کرایه مستقیم ما ته رالېږي؟

له ځواب وروسته به پرېکړه وکړم.

محمد قاسم ستانکزی"""),

# ---------------------------------------------------------------- Pashto inquiry
I("ps", 0, "formal", "Afghan-Paschtunischer Verein Rhein-Berg <info@pashtun-verein.example.org>", "بلنه: د اختر غونډه او د کور په اړه معلومات",
"""ګرانو ملګرو، د Integration Wohnen ټیم،

زموږ ټولنه د اختر په مناسبت د شنبې په ورځ په Gronau کې یوه غونډه جوړوي. زموږ ډېر غړي لا هم په کمپونو کې اوسېږي او تل د کور موندلو په اړه پوښتنې کوي.

موږ غواړو ستاسو له همکارانو څخه یو تن راوبلو چې ۲۰ دقیقې ستاسو پروګرام معرفي کړي او پوښتنو ته ځواب ووایي. پښتو ژباړه موږ برابروو.

په درنښت
عبدالرحیم ساپی
د ټولنې مشر"""),

I("ps", 0, "clean", "Mursal Kakar <mursal.kakar@example.net>", "د ژباړې لپاره داوطلبانه مرسته",
"""سلام،

زما نوم مرسل کاکړ دی. زه پښتو، دري او الماني (C1) ژبې پېژنم او په Bergisch Gladbach کې اوسېږم.

غواړم چې داوطلبانه ژباړه وکړم، د بېلګې په توګه په ورکشاپونو یا د کورنیو سره په ملاقاتونو کې. کومه ځانګړې کورنۍ په نظر کې نه لرم، یوازې غواړم هر چېرې چې اړتیا وي مرسته وکړم.

څنګه کولی شم پیل وکړم؟

مرسل کاکړ"""),

I("ps", 0, "broken", "Ezatullah Niazi <ezatullah.niazi@example.com>", "د کورنۍ یوځای کېدل - اسناد",
"""سلام
زه غواړم خپله مېرمن او ماشومان له پاکستان څخه راولم (Familiennachzug). سفارت د Ausländerbehörde څخه یو لیک غواړي. دا لیک له کومه ځایه واخلم؟ ایا تاسو یې ورکوئ؟
عزت الله نیازی"""),

# ---------------------------------------------------------------- Pashto spam
S("ps", 0, "other", "Kor Bey SCHUFA <kor.schufa@example.net>", "بې له SCHUFA کور - یوازې ۱۵۰ یورو",
"""‼️ د کمپونو ټولو کورنیو ته زېری ‼️

په Köln او Bergisch Gladbach کې چمتو اپارتمانونه:
✅ SCHUFA ته اړتیا نشته
✅ Jobcenter ټوله کرایه ورکوي
✅ په ۳ ورځو کې کیلي

یوازې ۱۵۰ یورو د نوم لیکنې فیس د Western Union له لارې ولېږئ او د پاسپورټ انځور په WhatsApp راولېږئ: +44 7700 900852

ځایونه محدود دي! دا پیغام خپلو ملګرو ته ولېږئ."""),

S("ps", 0, "html_only", "DPD Zustellung <noreply@dpd-paket-info.example.com>", "ستاسو پارسل ونه سپارل شو",
"""ګران پېرودونکی،

ستاسو پارسل (شمېره 0148 7720 3391) د نامکمل پتې له امله ونه سپارل شو.

مهرباني وکړئ خپله پته تایید کړئ او ۱،۹۹ یورو فیس په ۲۴ ساعتونو کې ورکړئ:

https://dpd-paket-info.example.com/ps/track

که نه، پارسل بېرته لېږونکي ته ځي.

DPD""", html="only"),
]
