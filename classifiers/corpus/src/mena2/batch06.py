"""Batch 06: Farsi/Dari tenant_request in hard styles, Farsi spam, Farsi machine mail."""
from mailwriter import A, S, T

RFC3834 = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def news(list_id, unsub):
    return {"List-Id": list_id, "List-Unsubscribe": unsub,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


MAILS = [
# ---------------- tenant_request ----------------
T("fa", 1, "phone", "qudratullah.gl@example.com", "کمک",
"""سلام ما در یک خانه شخصی در Hand هستیم صاحب خانه میگه خانه را میفروشه و باید بیرون شوید دیروز برق و آب را قطع کرد و گفت روز شنبه همه سامان ما را به سرک میکشه ما ۴ طفل داریم خوردترین ۸ ماه است ما قرارداد داریم و کرایه را جاب سنتر میته مهربانی کنید کمک کنید نمیفهمیم چه کنیم
قدرت الله""", date="2025-12-04 22:51"),

T("fa", 1, "on_behalf", "Farida Noorzad <farida.noorzad@example.net>", "یک خانم با سه طفل در موتر خوابیده",
"""سلام علیکم

من فریده هستم، همسایه‌ی قدیمی خانم شکریه. دیشب فامیل شوهرش او و سه طفلش را از خانه بیرون کردند. شوهرش در افغانستان است و آن‌ها پیش ایورش در یک آپارتمان در Bensberg زندگی می‌کردند. ایورش او را لت و کوب کرد و گفت دیگر برنگردد.

خانم شکریه شب را با اطفال در موتر من خوابید. امروز پیش ما هستند ولی خانه‌ی ما یک اتاق است و صاحب خانه اجازه نمی‌دهد کسی بماند. خانم شکریه آلمانی نمی‌داند و تلفن هم ندارد، تلفنش را گرفتند.

مهربانی کرده امروز به من زنگ بزنید: 0176 23461192. من ترجمانی می‌کنم.
فریده""", date="2025-03-17 08:20"),

T("fa", 1, "mixed_language", "Hamidullah Saberi <hamidullah.saberi@example.org>", "Räumung 12.03. – Bitte Hilfe",
"""سلام امروز این نامه آمد. Gerichtsvollzieher می‌آید 12.03. ساعت 8:30. ما کجا برویم؟ ۵ نفر هستیم، یک طفل ما معلول است.
Bitte Hilfe
حمیدالله صابری 0151 23464417""", attach=["Räumungsmitteilung.pdf"], date="2026-03-06 14:02"),

T("fa", 1, "reply", "Roqia Danish <roqia.danish@example.com>", "AW: Terminbestätigung 21.01.2026",
"""سلام خانم،

ببخشید، نمی‌توانم تا ۲۱ جنوری صبر کنم. صاحب خانه‌ای که از او یک اتاق Untermiete گرفته بودم، دیروز گفت تا پنجشنبه باید بروم، چون آپارتمان را به کس دیگری داده. گفت روز پنجشنبه قفل را تبدیل می‌کند. ما قرارداد کتبی نداشتیم.

من با دخترم (۶ ساله) هستم و هیچ جای دیگری نداریم. آیا زودتر وقت دارید؟ یا کجا باید برویم؟

رقیه

Am 08.01.2026 um 14:20 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Danish,
>
> hiermit bestätigen wir Ihren Beratungstermin am Mittwoch, 21.01.2026, um 10:00 Uhr
> im Rathaus Stadtmitte, Raum 2.08. Bitte bringen Sie Ihren Aufenthaltstitel mit.
>
> Mit freundlichen Grüßen
> Integration Wohnen""", date="2026-01-12 19:34",
  headers={"In-Reply-To": "<e40a.kim.danish@stadt-gl.de>", "References": "<e40a.kim.danish@stadt-gl.de>"}),

T("fa", 0, "forward", "Nabi Sharifzada <nabi.sharifzada@example.net>", "Fwd: Neues Wohnungsangebot – Bewerbungsfrist 30.06.",
"""سلام، این ایمیل از شرکت مسکن آمده. من در لیست انتظار آن‌ها هستم. آپارتمان چهار اتاق است و برای ما خوب است. مهلتش تا ۳۰ جون است.
می‌توانید کمک کنید فورمه را پر کنم؟ خیلی از سوال‌هایش را نمی‌فهمم، مثلاً "Haushaltsnettoeinkommen". یک چیز دیگر: آن‌ها WBS برای ۵ نفر می‌خواهند ولی ما ۶ نفر هستیم، WBS ما برای ۶ نفر است. مشکل نیست؟

---------- Forwarded message ---------
Von: Rheinberg Wohnen – Vermietung <no-reply@rheinberg-wohnen.example.com>
Date: Mi., 18. Juni 2025 um 07:02 Uhr
Subject: Neues Wohnungsangebot – Bewerbungsfrist 30.06.
To: <nabi.sharifzada@example.net>

Guten Tag Herr Sharifzada,

zu Ihrem Wohnungsgesuch haben wir ein passendes Angebot:

4-Zimmer-Wohnung, 89 m², 2. OG, Bensberg
öffentlich gefördert – Wohnberechtigungsschein für 5 Personen erforderlich
Miete: 612,50 € zzgl. Nebenkosten 245,00 €
Bezugsfertig ab 01.09.2025

Bitte füllen Sie das Bewerbungsformular bis spätestens 30.06.2025 aus:
https://rheinberg-wohnen.example.com/bewerbung/77120

Ihr Vermietungsteam""", date="2025-06-18 18:55"),

T("fa", 0, "oneliner", "Mahbooba Nazir <mahbooba.nazir@example.com>", "فورم",
"""سلام فورم ثبت نام را پر کردم عکسش ضمیمه است""", attach=["IMG_4471.HEIC"]),

T("fa", 0, "phone", "Zabiullah Mohammadi <zabi.mohammadi@example.net>", "khana",
"""salam aleikum man zabiullah hastom ba khanumom da Heim Bensberg zindagi mekonem 1 sal mesha. khanumom hamila ast 5 mah, doktor gofte ke otaq e ma khele namnak ast baraye tifl khub nest. mo kar mekonom da lager Vollzeit, Jobcenter kam kam mete. mehrabani kada komak kunen yak khana 2 otaqa paida kunem. tashakor

Sent from my iPhone"""),

T("fa", 0, "on_behalf", "Dr. med. Azadeh Nematollahi <praxis.nematollahi@example.org>", "بیمار من، آقای عبدالستار یوسفی – نیاز به آپارتمان طبقه‌ی همکف",
"""با سلام و احترام،

اینجانب پزشک عمومی (Hausärztin) در Bensberg هستم. بیمار من، آقای عبدالستار یوسفی، ۵۹ ساله، به بیماری مزمن انسدادی ریه (COPD) مبتلاست و بالا رفتن از پله برایش بسیار دشوار است. ایشان در حال حاضر در طبقه‌ی سوم اقامتگاه در Gronau زندگی می‌کنند که آسانسور ندارد. رطوبت اتاق هم برای بیماری ایشان مضر است.

با رضایت ایشان گواهی پزشکی (Attest) را ضمیمه کرده‌ام و خواهشمندم در جستجوی مسکن برای ایشان، آپارتمان طبقه‌ی همکف یا دارای آسانسور در اولویت قرار گیرد.

با احترام
دکتر آزاده نعمت‌اللهی
Fachärztin für Allgemeinmedizin
Hausarztpraxis Nematollahi, Bensberg""", attach=["Attest_Yousufi.pdf"], html="alt"),

T("fa", 0, "reply", "Abdul Rauf Sadiqi <abdulrauf.sadiqi@example.com>", "Re: Wohnung Paffrath – Unterlagen",
"""سلام
خبر خوش: جاب سنتر قبول کرد 🙏 کاغذش (Mietübernahmebescheinigung) ضمیمه است.
حالا قرارداد را کی امضا کنیم؟ Vermieter گفت اول ماه. آیا شما هم می‌آیید؟ من از قرارداد آلمانی زیاد نمی‌فهمم و می‌ترسم چیزی را امضا کنم که نباید.
عبدالرئوف

On Mon, 10 Nov 2025 at 09:12, Integration Wohnen <integration-wohnen@stadt-gl.de> wrote:
> Sehr geehrter Herr Sadiqi,
>
> bitte reichen Sie das Mietangebot für die Wohnung in Paffrath umgehend beim Jobcenter
> ein und senden Sie uns die Zusicherung, sobald Sie sie erhalten haben.
>
> Viele Grüße
> Integration Wohnen""", attach=["Mietübernahme_JC.pdf"], date="2025-11-19 16:48",
  headers={"In-Reply-To": "<91ab.kim.sadiqi@stadt-gl.de>", "References": "<91ab.kim.sadiqi@stadt-gl.de>"}),

T("fa", 0, "mixed_language", "Yalda Karimzadeh <yalda.karimzadeh@example.org>", "Empfehlungsschreiben برای صاحبخانه",
"""سلام،

یک Vermieterin در Moitzfeld گفت که ما را در short list گذاشته، ولی چون Vorvermieterbescheinigung نداریم (از اول در Unterkunft بودیم)، یک Empfehlungsschreiben یا هر نامه‌ای از طرف شما می‌خواهد که نشان بدهد ما در ورکشاپ شرکت کرده‌ایم و در Unterkunft مشکلی نداشتیم.

آیا شما چنین نامه‌ای می‌نویسید؟ اگر بشود تا آخر هفته‌ی بعد، چون او چند نفر دیگر هم در نظر دارد.

Vielen Dank!
یلدا کریم‌زاده و همسرم"""),

T("fa", 0, "broken", "bibigul.1961@example.com", "خانه",
"""سلام علیکم
من بی بی گل استم عمرم ۶۴ سال اس باپسرم و عروسم و نواسه ها در کمپ هیبورن استیم. پسرم کار میکنه شبها. ماخانه میخاهیم کوچک اس ولی خوب باشه. زمستان میایه اتاق سرد اس. مه آلمانی نمیفامم نواسیم ای ایمیل را نوشت.
لطفن کمک کنید"""),

T("fa", 0, "hard_case", "Soraya Lindner <soraya.lindner@example.net>", "پیشنهاد کمک داوطلبانه – و یک خانواده‌ی مشخص",
"""سلام،

من ثریا هستم، بیست و پنج سال است در آلمان زندگی می‌کنم و در کلیسای محلی Paffrath داوطلبم. اول می‌خواستم بپرسم که آیا به طور کلی به داوطلب فارسی‌زبان برای همراهی در بازدیدها نیاز دارید.

ولی راستش دلیل اصلی ایمیلم خانواده‌ی صفری است: آقا و خانم صفری و دو پسرشان (۹ و ۱۳ ساله) که دو سال است در اقامتگاه Paffrath هستند و من از پارسال با آن‌ها آلمانی کار می‌کنم. آقای صفری الان تمام‌وقت راننده‌ی یک Lieferdienst است. WBS دارند و چند ماه است دنبال خانه‌اند ولی هیچ جوابی نمی‌گیرند.

آیا می‌توانیم با هم یک وقت بگیریم؟ خانواده رضایت دارد که من از طرف‌شان بنویسم.

ثریا لیندنر"""),

T("fa", 0, "html_only", "Ali Akbar Mousavian <aliakbar.mousavian@example.com>", "ثبت‌نام خانواده‌ی موسویان در برنامه",
"""با سلام

بر اساس راهنمایی همکارتان در جلسه‌ی اطلاع‌رسانی در اقامتگاه Gronau، مشخصات خانواده‌ام را برای ثبت‌نام ارسال می‌کنم:

- علی‌اکبر موسویان، متولد ۱۳۵۸ (1979)، Aufenthaltserlaubnis § 25 Abs. 2، شاغل (انباردار، ۳۰ ساعت در هفته)
- معصومه موسویان، متولد ۱۳۶۳ (1984)، Integrationskurs سطح B1
- دخترمان، متولد 2009، Gesamtschule
- پسرمان، متولد 2014، Grundschule

WBS: داریم، برای ۴ نفر، معتبر تا 08/2026
مناطق مورد نظر: Gronau، Stadtmitte یا Hand (نزدیک مدرسه‌ی بچه‌ها)

لطفاً اطلاع دهید که مدرک دیگری لازم است یا نه.

با تشکر
علی‌اکبر موسویان""", html="only"),

T("fa", 0, "clean", "Pegah Rostamian <pegah.rostamian@example.net>", "Eigenbedarfskündigung – حدود ۹ ماه وقت داریم",
"""سلام،

ما دو ساله توی یه آپارتمان خصوصی در Refrath زندگی می‌کنیم (قبلش تو اقامتگاه بودیم و شما کمکمون کردید، هنوزم ممنونیم!). دیروز صاحبخونه نامه‌ی Kündigung wegen Eigenbedarf فرستاد، میگه پسرش می‌خواد بیاد اینجا زندگی کنه. طبق نامه باید تا آخر اکتبر خالی کنیم، یعنی حدود ۹ ماه وقت داریم.

یه دوستم گفت میشه به Kündigung اعتراض کرد. به نظرتون ارزشش رو داره؟ یا بهتره از همین الان دنبال خونه باشیم؟ می‌تونیم دوباره تو برنامه‌تون ثبت‌نام کنیم؟

پگاه""", date="2026-01-27 21:15"),

# ---------------- spam ----------------
S("fa", 0, "other", "Dr. Shabnam Vaziri <dr.shabnam.vaziri@example.net>", "آپارتمان من در بنسبرگ – برای خانواده‌هایی که کمک می‌کنید",
"""سلام و عرض ادب،

یکی از دوستانم گفت شما برای خانواده‌های مهاجر دنبال خانه هستید، برای همین مستقیم به شما می‌نویسم.
من پزشک هستم و دو سال است در یک بیمارستان در نروژ کار می‌کنم. آپارتمان سه‌خوابه‌ام در Bensberg (۸۵ متر، کاملاً مبله) خالی مانده و فقط می‌خواهم دست آدم مطمئنی باشد. اجاره برایم مهم نیست: ۴۲۰ یورو با همه‌ی هزینه‌ها.

چون نمی‌توانم به آلمان بیایم، کلید و قرارداد را با DHL می‌فرستم. فقط لازم است Kaution دو ماه (۸۴۰ یورو) از طریق Wise به حساب وکیلم در ترکیه واریز شود تا مطمئن شوم طرف جدی است:
IBAN: TR00 0000 0000 0000 0000 0000 00

لطفاً عکس پاسپورت یا اقامت خانواده را هم بفرستید تا قرارداد را آماده کنم. چند نفر دیگر هم درخواست داده‌اند، پس زود جواب بدهید.

با آرزوی سلامتی
دکتر شبنم وزیری"""),

S("fa", 0, "other", "Hermes Paketservice <info@hermes-sendungsverfolgung.example.com>", "بسته‌ی شما در انبار ما مانده – هزینه‌ی ارسال ۱٫۹۹ €",
"""مشتری گرامی،

بسته‌ی شما با شماره‌ی پیگیری H10047 3328 0915 به دلیل ناقص بودن هزینه‌ی پست در انبار ما مانده است.
برای ارسال دوباره، لطفاً ظرف ۲۴ ساعت مبلغ ۱٫۹۹ € را پرداخت کنید:

https://hermes-sendungsverfolgung.example.com/fa/zahlung

در غیر این صورت بسته به فرستنده بازگردانده می‌شود.

با احترام
تیم Hermes""", html="alt"),

S("fa", 0, "other", "فیلترشکن آزادی <sales@azadi-vpn.example.net>", "🔥 فیلترشکن V2Ray پرسرعت – سه ماه فقط ۹ یورو",
"""🔥 فیلترشکن پرسرعت برای ایرانیان خارج و داخل کشور 🔥

✅ اتصال پایدار روی همه‌ی اپراتورها (همراه اول، ایرانسل، مخابرات)
✅ مناسب اینستاگرام، واتساپ، یوتیوب و تماس تصویری با خانواده
✅ پرداخت با PayPal یا کارت ایرانی
✅ پشتیبانی ۲۴ ساعته در تلگرام

💥 اشتراک سه‌ماهه فقط ۹ یورو – یک‌ساله ۲۹ یورو 💥
فقط تا آخر این هفته!

خرید از ربات تلگرام: @azadi_vpn_bot

برای لغو دریافت ایمیل، پاسخ دهید «لغو»."""),

S("fa", 0, "other", "Insta Rosh <admin@insta-rosh.example.com>", "۱۰ هزار فالوور واقعی ایرانی برای پیج شما",
"""سلام وقت بخیر 🌹

پیج شما رو دیدیم و به نظرمون پتانسیل خیلی خوبی داره، ولی فالوورهاش کمه 😔
ما با ۸ سال سابقه، فالوور واقعی و فعال ایرانی و لایک و بازدید ریلز ارائه می‌دیم:

⭐ ۱۰۰۰ فالوور: ۱۵ یورو
⭐ ۵۰۰۰ فالوور: ۵۹ یورو
⭐ ۱۰٬۰۰۰ فالوور + ۵۰۰۰ لایک هدیه: ۹۹ یورو

بدون نیاز به رمز عبور ✅ با ضمانت جایگزینی ریزش ✅

برای سفارش فقط آیدی پیجتون رو برامون بفرستید.
تیم اینستا رشد"""),

S("fa", 0, "other", "Sgt. Michael Brandon <sgt.m.brandon@example.com>", "محرمانه – پیشنهاد همکاری مطمئن",
"""سلام دوست عزیز،

من گروهبان مایکل براندون از ارتش آمریکا هستم. من در ماموریت در افغانستان بودم و اکنون در یک پایگاه در خاورمیانه هستم. در زمان عملیات در ولایت هلمند، من و تیم من یک مبلغ ۴٫۸ میلیون دلار پیدا کردیم که متعلق به یک قاچاقچی بود.

من نمی‌توانم این پول را از طریق بانک نظامی منتقل کنم. من به یک شریک قابل اعتماد در اروپا نیاز دارم که پول را دریافت کند تا زمانی که من بازنشسته شوم. سهم شما ۳۰٪ خواهد بود. این کار ۱۰۰٪ بدون خطر و قانونی است، زیرا بسته به عنوان اسناد دیپلماتیک ارسال می‌شود.

لطفا با اسم کامل، آدرس و شماره تلفن خود جواب دهید. این موضوع را محرمانه نگه دارید.

خدا شما را برکت دهد
گروهبان مایکل براندون"""),

S("fa", 0, "other", "AOK – بازپرداخت <erstattung@aok-rueckzahlung.example.com>", "شما مشمول بازپرداخت ۲۸۹٫۵۰ یورو هستید",
"""بیمه‌شده‌ی گرامی،

پس از بررسی سالانه‌ی حق بیمه‌ی شما، مشخص شد که مبلغ ۲۸۹٫۵۰ یورو بیشتر پرداخت کرده‌اید.
برای دریافت این مبلغ، لطفاً تا ۴۸ ساعت آینده فرم بازپرداخت را تکمیل کرده و اطلاعات کارت بانکی خود را وارد کنید:

https://aok-rueckzahlung.example.com/erstattung

پس از این مهلت، درخواست شما منقضی می‌شود.

با احترام
بخش بازپرداخت AOK
این ایمیل به صورت خودکار ارسال شده است.""", html="only"),

# ---------------- auto ----------------
A("fa", 0, "header_only", "Marzia Hamidi – Sprachmittlung <m.hamidi.sprachmittlung@example.org>", "پاسخ خودکار / Automatische Antwort: Dolmetschtermin 12.03.",
"""سلام،
تشکر از پیام شما. من از ۱۰ تا ۲۱ مارچ در رخصتی هستم و به ایمیل دسترسی ندارم. برای ترجمانی‌های عاجل دری و پشتو لطفاً به همکارم آقای فواد ستانکزی زنگ بزنید: 0176 23460555.

Guten Tag, vielen Dank für Ihre Nachricht. Ich bin vom 10. bis 21. März im Urlaub und lese keine E-Mails. Für dringende Dolmetscheinsätze (Dari/Paschtu) wenden Sie sich bitte an meinen Kollegen Herrn Fawad Stanikzai: 0176 23460555.

مرضیه حمیدی / Marzia Hamidi""", headers=RFC3834, date="2026-03-10 08:14"),

A("fa", 0, "html_only", "خبرنامه انجمن فرهنگی پارس <newsletter@pars-kulturverein.example.org>", "خبرنامه‌ی آبان: شب شعر، کلاس فارسی کودکان، مشاوره‌ی حقوقی رایگان",
"""دوستان عزیز، سلام

در این شماره می‌خوانید:

• شب شعر حافظ و سعدی – جمعه ۱۴ نوامبر، ساعت ۱۹، سالن انجمن در کلن
• ثبت‌نام کلاس‌های فارسی کودکان (۶ تا ۱۲ سال) برای ترم زمستان آغاز شد
• مشاوره‌ی حقوقی رایگان درباره‌ی اقامت و اجاره – هر دوشنبه‌ی اول ماه
• گزارش تصویری جشن مهرگان

برای حمایت از انجمن می‌توانید عضو شوید یا کمک مالی کنید.

---
این ایمیل برای شما ارسال شده چون در خبرنامه‌ی انجمن فرهنگی پارس عضو هستید.
لغو اشتراک: https://pars-kulturverein.example.org/newsletter/abmelden""",
  headers=news("<newsletter.pars-kulturverein.example.org>", "<https://pars-kulturverein.example.org/newsletter/abmelden?u=7731>"),
  html="only", date="2025-11-03 10:00"),
]
