"""mixed3 batch 06: Farsi/Dari (Dari and Iranian Persian; tenants, relatives and a volunteer for a named family,
landlords' follow-ups, an agent, an employer, general inquiries, spam and two auto; one urgent)."""
from mailwriter import T, L, I, S, A

MAILS = [
# ---------------- tenant_request ----------------
T("fa", 0, "phone", "Gul Ahmad <gulahmad.bensberg@example.com>", "سلام",
"""سلام خواهر جان از هایم بنزبرگ گپ میزنم شش ماه شد فورم را پر کردیم هیچ خبر نشد نام ما در لست است یا نی تشکر
گل احمد"""),

T("fa", 1, "clean", "Mohammad Nabi Hotaki <mn.hotaki@example.net>", "طفل نوزاد – فردا از شفاخانه مرخص میشویم",
"""سلام علیکم،

من محمد نبی هوتکی هستم. خانمم دو روز پیش در شفاخانه Marien-Krankenhaus یک دختر به دنیا آورد. ما تا حالا در خانه یک دوستم در یک اتاق زندگی میکردیم، چون از هایم Zuweisung ما تمام شده بود و هنوز خانه پیدا نکرده بودیم. دوستم حالا گفته که با طفل نوزاد نمیشود، صاحبخانه‌اش قبول ندارد.

شفاخانه گفته فردا خانمم و طفل مرخص میشوند. ما جای رفتن نداریم. Sozialamt امروز تلفن را جواب نداد.

لطفاً هر چه زودتر کمک کنید. شماره من: 0176 40322815

با احترام
محمد نبی هوتکی""", date="2026-01-21 16:40"),

T("fa", 0, "oneliner", "Zahra Akbari <zahra.akbari@example.com>", "ورکشاپ",
"""ورکشاپ بعدی کی است؟ میخواهم نام‌نویسی کنم. زهرا اکبری"""),

T("fa", 0, "on_behalf", "Mursal Azimi <mursal.azimi2007@example.net>", "برای پدر و مادرم – Familie Azimi",
"""سلام

من مرسل عظیمی هستم، ۱۷ ساله. پدر و مادرم آلمانی خوب نمیفهمند و ایمیل ندارند، به همین خاطر من مینویسم.

ما ۵ نفر هستیم و از ۲۰۲۳ در Unterkunft در Refrath زندگی میکنیم. پدرم حالا در یک Firma برای پاک‌کاری Vollzeit کار میکند. ما شنیدیم شما برای Wohnung کمک میکنید. پدرم پرسید چه Unterlagen لازم است و آیا باید یک Termin بگیریم؟

من بعد از مکتب ساعت ۲ به بعد میتوانم تلفن جواب بدهم: 0157 22418076

تشکر
Mursal Azimi"""),

T("fa", 0, "mixed_language", "Sayed Rahim Musawi <sr.musawi@example.com>", "Mietvertrag امضا شد – حالا چی؟",
"""سلام و احترام

خبر خوب: دیروز Mietvertrag را برای خانه در Heidkamp امضا کردم 🙏 از همه شما تشکر.

حالا چند سوال دارم و نمیدانم اول کدام را انجام بدهم:
- Jobcenter برای Erstausstattung (فرنیچر) چه وقت پول میدهد؟
- Anmeldung در Bürgerbüro را قبل از کوچ کردن انجام بدهم یا بعد؟
- کلید اتاق هایم را به کی بدهم؟
- Kaution را Jobcenter مستقیم به صاحبخانه میدهد یا به من؟

بسیار ممنون
سید رحیم موسوی"""),

T("fa", 0, "hard_case", "Shirin Bahrami-Koch <shirin.bahrami@example.org>", "درباره‌ی خانواده‌ی رضایی در Unterkunft Gronau",
"""سلام و وقت بخیر،

من داوطلب هستم و از پارسال با خانواده‌ی رضایی (آقای جواد رضایی، همسرشان فاطمه و دو پسرشان) در Unterkunft گروناو کار می‌کنم، بیشتر کمک درسی به بچه‌ها.

آقای رضایی سه هفته پیش کار ثابت در یک انبار پیدا کرده و حالا می‌خواهند جدی دنبال خانه بگردند. از من خواستند از شما بپرسم آیا پرونده‌شان پیش شما فعال است و قدم بعدی چیست. یک رضایت‌نامه‌ی امضاشده از آقای رضایی دارم که می‌توانم برایتان بفرستم.

ضمناً اگر برای خانواده‌های دیگر هم به داوطلب احتیاج دارید، من در خدمتم، ولی فعلاً موضوع اصلی همین خانواده است.

با سپاس
شیرین بهرامی-کخ"""),

T("fa", 0, "forward", "Naqibullah Sediqi <naqib.sediqi@example.net>", "Fwd: Ihre Anfrage – 2-Zimmer-Wohnung Bensberg",
"""سلام این خانه را در انترنت پیدا کردم صاحبخانه جواب داده. کرایه ۶۱۰ گرم است برای یک نفر زیاد است؟ جابسنتر قبول میکند؟ لطفا کمک کنید

---------- Forwarded message ---------
Von: Heike Brand <heike.brand.vermietung@example.com>
Date: Mi., 8. Okt. 2025 um 19:11
Subject: Ihre Anfrage – 2-Zimmer-Wohnung Bensberg
To: <naqib.sediqi@example.net>

Guten Abend Herr Sediqi,
die Wohnung ist noch frei. 2 Zimmer, 49 m², 480 € kalt + 130 € Nebenkosten. Ich bräuchte eine Mietkostenübernahme vom Jobcenter, bevor wir einen Vertrag machen. Besichtigung ginge am Samstag.
Freundliche Grüße
H. Brand"""),

T("fa", 0, "reply", "Farhad Karimi <farhad.karimi@example.com>", "Re: Fehlende Unterlagen für Ihre Bewerbung",
"""سلام خانم وینتر،
فیش حقوقی ماه ژانویه را ضمیمه کردم. فیش دسامبر را کارفرما هنوز نداده، هفته‌ی بعد می‌فرستم.
ممنون
فرهاد کریمی

Am 02.02.2026 um 09:30 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Karimi,
> für Ihre Bewerbung fehlen noch die Gehaltsabrechnungen der letzten zwei Monate.
> Viele Grüße
> Team Integration Wohnen""", attach=["Gehaltsabrechnung_Jan2026.pdf"]),

T("fa", 0, "clean", "Niloofar Sadeghi <niloofar.sadeghi@example.org>", "سوال درباره‌ی WBS برای دو نفر",
"""سلام،

من و همسرم حدود یک سال است که اقامت گرفته‌ایم و هنوز در Unterkunft در Moitzfeld زندگی می‌کنیم. همسرم مهندس است و در یک دوره‌ی Anerkennung شرکت می‌کند، من هم در یک داروخانه کارآموزی می‌کنم.

سوالم این است: آیا برای ما دو نفر Wohnberechtigungsschein لازم است؟ و اگر درآمدمان در چند ماه آینده بالاتر برود، باز هم شامل برنامه‌ی شما هستیم؟

با تشکر
نیلوفر صادقی"""),

# ---------------- landlord_offer ----------------
L("fa", 0, "oneliner", "Parviz Tehrani <parviz.tehrani@example.com>", "کلید",
"""کلید را به همسایه‌ی طبقه‌ی پایین، خانم برگر، دادم. آقای رحیمی فردا بعد از ساعت ۵ می‌تواند بگیرد. پرویز"""),

L("fa", 0, "clean", "Behrouz Moradi <behrouz.moradi@example.net>", "کرایه‌ی دو ماه نرسیده",
"""سلام خانم کسلر،

مستأجری که پارسال از طریق شما در آپارتمانم در Paffrath ساکن شد، آقای عزیزی، دو ماه است کرایه را نپرداخته (دسامبر و ژانویه). قبلاً همیشه Jobcenter مستقیم واریز می‌کرد. به خودش زنگ زدم، گفت کار پیدا کرده و Jobcenter دیگر پول نمی‌دهد، ولی حقوقش هنوز نیامده.

من نمی‌خواهم مشکل درست کنم، ولی قسط بانک آپارتمان را باید بدهم. لطفاً با او صحبت کنید و ببینید چه راهی هست.

با احترام
بهروز مرادی"""),

L("fa", 0, "formal", "Pars Immobilien <angebote@pars-immobilien.example.com>", "فهرست آپارتمان‌های آزاد – آوریل",
"""با سلام و احترام،

فهرست آپارتمان‌هایی که مالکان‌شان با اجاره به خانواده‌های برنامه‌ی شما موافقت کرده‌اند:

۱. Refrath – دو خوابه، ۶۵ متر، طبقه‌ی اول، ۶۳۰ یورو سرد + ۱۷۰ یورو هزینه‌ی جانبی، از اول مه
۲. Hand – یک خوابه، ۴۲ متر، زیرشیروانی، ۴۲۰ یورو سرد + ۱۱۰ یورو، فوری
۳. Bensberg – سه خوابه، ۸۴ متر، همکف با باغچه، ۸۲۰ یورو سرد + ۲۲۰ یورو، از اول ژوئن (WBS لازم)

کمیسیون از مستأجر گرفته نمی‌شود. برای بازدید با دفتر ما تماس بگیرید.

ارادتمند
علی پارسا
Pars Immobilien (fiktiv)"""),

L("fa", 0, "clean", "Kabul Market <kabul.market.gl@example.net>", "یک آپارتمان پشت دکان",
"""سلام علیکم

ما یک سوپرمارکت افغانی در Stadtmitte داریم. پشت دکان یک آپارتمان کوچک است، یک اتاق خواب، آشپزخانه و تشناب، تقریباً ۴۰ متر. از ماه آینده خالی میشود.

میخواهیم به یک خانواده‌ی کوچک یا یک زوج کرایه بدهیم که از طریق شما معرفی شوند، چون خودما هم روزی در هایم بودیم. کرایه ۴۵۰ با همه‌ی مصارف.

لطفاً به من زنگ بزنید: 0152 66110348

حاجی عبدالواحد"""),

L("fa", 0, "clean", "Manijeh Rostami <manijeh.rostami@example.org>", "متقاضی که فرستادید نیامد",
"""سلام،

آقای نوری دیروز برای بازدید آپارتمان Schildgen نیامد، تلفنش هم خاموش بود. اگر هنوز علاقه دارد یک وقت دیگر می‌دهم، وگرنه لطفاً کس دیگری را معرفی کنید.

منیژه رستمی"""),

L("fa", 0, "reply", "Dariush Farahani <d.farahani@example.com>", "AW: Übergabe Wohnung Refrath – Familie Wahidi",
"""سلام،
قرارداد امضا شد و یک نسخه را دیروز به آقای وحیدی دادم. تحویل کلید شنبه ساعت ۱۰. کنتورها را با هم می‌خوانیم.
داریوش فراهانی

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Donnerstag, 12. März 2026 10:05
Betreff: Übergabe Wohnung Refrath – Familie Wahidi

Lieber Herr Farahani,
ist der Mietvertrag mit Familie Wahidi inzwischen unterschrieben? Wann ist die Schlüsselübergabe geplant?
Viele Grüße
Team Integration Wohnen"""),

# ---------------- inquiry ----------------
I("fa", 0, "hard_case", "Hamid Sharifi <hamid.sharifi@example.com>", "Einbürgerungstest",
"""سلام، برای Einbürgerungstest کجا باید ثبت‌نام کنم و هزینه‌اش چقدر است؟ ممنون"""),

I("fa", 0, "clean", "Afghan Students Cologne <afghan.students.koeln@example.org>", "جمع‌آوری فرنیچر برای خانواده‌ها",
"""سلام به تیم محترم،

ما یک گروه از دانشجویان افغان در پوهنتون کلن هستیم. میخواهیم در ماه آینده یک کمپاین جمع‌آوری فرنیچر و لوازم آشپزخانه برای خانواده‌هایی که تازه از هایم به خانه کوچ می‌کنند راه‌اندازی کنیم. یک موتر باربری هم از طریق یک دوست داریم.

آیا می‌توانیم با شما همکاری کنیم؟ مثلاً شما به ما بگویید چه چیزهایی بیشتر لازم است، و ما به شکل عمومی کمک کنیم. اطلاعات شخصی خانواده‌ها لازم نیست.

با احترام
احسان، از طرف گروه"""),

I("fa", 0, "clean", "Shahla Amini <shahla.amini@example.net>", "ساختمان خالی کنار خانه‌ی ما",
"""سلام،

ما در Lückerath کنار Unterkunft قدیمی زندگی می‌کنیم که یک سال است خالی است. دوباره استفاده می‌شود؟ بچه‌های محله می‌توانند از زمین بازی‌اش استفاده کنند؟

ممنون
شهلا امینی"""),

I("fa", 0, "hard_case", "Watandar News <redaksion@watandar-news.example.com>", "پرسش برای گزارش درباره‌ی برنامه‌ی مسکن",
"""سلام و احترام،

من خبرنگار وبسایت «وطندار نیوز» هستم که برای مهاجرین افغان در آلمان خبر نشر می‌کند. میخواهیم یک گزارش بنویسیم که یک شهر آلمانی چطور به پناهندگان برای پیدا کردن خانه کمک میکند.

چند سوال داریم: برنامه‌ی شما از چه سالی شروع شده؟ هر کسی می‌تواند ثبت‌نام کند؟ ورکشاپ‌ها به زبان دری هم برگزار میشود؟ و آیا ممکن است یک مصاحبه‌ی کوتاه تلفنی داشته باشیم؟

با تشکر
نجیب‌الله رسولی
وطندار نیوز"""),

I("fa", 0, "clean", "Soheila Nazari <s.nazari@sprachschule-rb.example.org>", "مواد معلوماتی برای کورس ادغام",
"""سلام،

معلم Integrationskurs هستم. برای ماژول «Wohnen» بروشور یا پاورپوینت عمومی درباره‌ی برنامه‌ی شما دارید که در کلاس نشان بدهم؟ آلمانی ساده یا فارسی، فرقی نمی‌کند.

سپاسگزارم
سهیلا نظری"""),

# ---------------- spam ----------------
S("fa", 0, "clean", "Kar dar Alman <jobs@kar-dar-alman.example.net>", "استخدام فوری – کار از خانه با درآمد ۲۵۰۰ یورو",
"""سلام دوست عزیز،

استخدام نیروی فارسی‌زبان برای کار از خانه، روزی ۲ ساعت، ماهی ۲۵۰۰ یورو. بدون مدرک زبان.

عکس کارت اقامت (دو طرف) و شماره‌ی IBAN را بفرستید. ظرفیت محدود!

واحد استخدام"""),

S("fa", 0, "other", "Reza Kamali <reza.kamali.invest@example.com>", "سلام عزیزم، شماره‌ام عوض شده",
"""سلام عزیزم، خوبی؟ شماره‌ی واتساپم عوض شده، این یکی را ذخیره کن: +44 7700 918223

راستی یادت هست درباره‌ی اون سرمایه‌گذاری بیت‌کوین حرف زدیم؟ من با ۳۰۰ یورو شروع کردم و الان ماهی ۱۸۰۰ یورو برداشت می‌کنم. مشاورم خانم سارا فارسی صحبت می‌کند، اگر بخواهی لینک ثبت‌نام را برایت می‌فرستم. فقط تا آخر هفته ظرفیت دارند.

قربانت
رضا"""),

S("fa", 0, "other", "Mehdi Alavi <mehdi.alavi.rent@example.net>", "آپارتمان مبله در Bensberg برای خانواده‌ی پناهنده",
"""سلام و عرض ادب،

من صاحب یک آپارتمان سه‌خوابه‌ی مبله در Bensberg هستم و شنیدم شما برای خانواده‌های پناهنده دنبال خانه هستید. چون خودم مهاجرم، می‌خواهم آن را با قیمت ۴۸۰ یورو با همه‌ی هزینه‌ها اجاره بدهم.

متاسفانه من فعلاً در ترکیه کار می‌کنم و نمی‌توانم بیایم. اگر خانواده ودیعه (۹۶۰ یورو) را از طریق MoneyGram به نام وکیلم در استانبول بفرستد، کلید و قرارداد ظرف ۴۸ ساعت با پست فرستاده می‌شود.

لطفاً نام و شماره‌ی خانواده را بفرستید.

با احترام
مهدی علوی"""),

# ---------------- auto ----------------
A("fa", 0, "header_only", "Farzana Sultani <f.sultani@fluechtlingshilfe-rb.example.org>", "Abwesenheitsnotiz: Re: Workshop auf Dari",
"""Ich bin bis zum 14.04. im Urlaub.

تا ۱۴ اپریل در رخصتی هستم. موارد عاجل: 02202 33445-0

Farzana Sultani
Flüchtlingshilfe (fiktiv)""", date="2026-04-02 17:55"),

A("fa", 0, "header_only", "انجمن زنان افغان <noreply@afghan-frauen-nrw.example.org>", "پیام شما دریافت شد – شماره‌ی پیگیری 20931",
"""پیام شما دریافت شد.

شماره‌ی پیگیری: 20931
همکاران ما حداکثر تا ۷ روز کاری به شما پاسخ خواهند داد.

لطفاً به این ایمیل پاسخ ندهید. این پیام به صورت خودکار ارسال شده است.

انجمن زنان افغان در NRW (خیالی)""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
]
