"""Fresh evaluation batch 11: Farsi/Dari (tenants, landlords, inquiries, rental scam, out-of-office, read receipt) and two Turkish mails."""
from mailwriter import T, L, I, S, A, mdn_builder

_FA_MDN_TEXT = """پیام شما

به: Ali Jafari
موضوع: Termin Workshop Wohnen 12.05.
ارسال شده: 05.05.2026 10:14

در تاریخ 05.05.2026 ساعت 11:02 خوانده شد."""

MAILS = [
T("fa", 1, "clean", "Maryam Karimi <maryam.karimi@example.net>", "تخلیه خانه پنجشنبه - لطفاً کمک کنید",
"""سلام،

من مریم کریمی هستم، با همسر و دو فرزندم در یک آپارتمان در Refrath زندگی می‌کنیم. صاحبخانه خانه را فروخت و مالک جدید به خاطر Eigenbedarf قرارداد ما را فسخ کرد. یک سال دنبال خانه گشتیم ولی پیدا نکردیم و حالا دادگاه حکم تخلیه داده است. مأمور اجرا (Gerichtsvollzieher) پنجشنبه همین هفته ساعت ۸ صبح می‌آید.

هیچ جایی نداریم برویم. اداره سوسیال گفت به شما ایمیل بزنیم. آیا می‌توانیم موقتاً در یک Unterkunft جا بگیریم؟

نامه دادگاه را ضمیمه کرده‌ام.

مریم کریمی
0172 6618 4402""", attach=["Raeumungstermin.pdf"], date="2026-06-08 09:05"),

T("fa", 0, "on_behalf", "Javad Ahmadi <javad.ahmadi@example.com>", "برای خواهرم - Wohnungssuche",
"""سلام و وقت بخیر

من برای خواهرم سمیه احمدی می‌نویسم. او با دختر ۶ ساله‌اش در هایم Paffrath زندگی می‌کند و آلمانی خوب بلد نیست، ایمیل هم ندارد. او طلاق گرفته و تنهاست. یک آپارتمان کوچک دو اتاقه می‌خواهد، بهتر است نزدیک مدرسه دخترش باشد.

من در Leverkusen زندگی می‌کنم و می‌توانم با او سر قرار بیایم. لطفاً جواب را برای من بفرستید.

با تشکر
جواد احمدی"""),

T("fa", 0, "clean", "Sayed Hashimi <sayed.hashimi@example.org>", "ثبت نام ورکشاپ",
"""سلام
من و خانمم می‌خواهیم در ورکشاپ Wohnungsführerschein نام‌نویسی کنیم. شنیدم که بعد از آن تصدیق (Zertifikat) می‌دهند که برای صاحب خانه خوب است. ورکشاپ بعدی چه وقت است؟ آیا ترجمان دری هم دارد؟
تشکر
سید هاشمی، هایم Herkenrath"""),

T("fa", 0, "oneliner", "Nilofar S. <nilofar.s@example.net>", "Zertifikat",
"""سلام، تصدیق ورکشاپ خود را گم کرده‌ام. می‌شود یک کاپی دیگر برایم بفرستید؟ ورکشاپ ما در ماه اکتوبر بود. تشکر، نیلوفر سادات"""),

T("fa", 0, "clean", "Mehdi Rostami <mehdi.rostami@example.com>", "آپارتمان پیدا کردم - ودیعه",
"""سلام
یک آپارتمان دو خوابه در Gronau در Kleinanzeigen پیدا کردم. صاحبخانه آدم خوبی است و قبول کرده، ولی ودیعه (Kaution) سه ماه کرایه یعنی ۲۱۰۰ یورو می‌خواهد که باید قبل از تحویل کلید پرداخت شود. من این پول را ندارم. آیا Jobcenter این را قرض می‌دهد؟ چقدر طول می‌کشد؟ صاحبخانه تا آخر ماه صبر می‌کند.
ممنون
مهدی رستمی"""),

T("fa", 0, "reply", "Farid Sultani <farid.sultani@example.org>", "AW: Fehlende Unterlagen",
"""سلام
اسناد را ضمیمه کردم. کارت اقامت و Bescheid جاب‌سنتر. معذرت که دیر شد.
فرید

Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 13. Januar 2026 09:30
An: farid.sultani@example.org
Betreff: Fehlende Unterlagen

Guten Tag Herr Sultani,

für Ihre Anmeldung zum Auszugsmanagement fehlen noch Kopien Ihres Aufenthaltstitels und des Jobcenter-Bescheids. Bitte senden Sie uns diese per E-Mail.

Mit freundlichen Grüßen
Auszugsmanagement""", attach=["Aufenthaltstitel_Sultani.jpg", "Bescheid.pdf"], date="2026-01-19 17:44"),

T("fa", 0, "machine_translated", "Shirin Mousavi <shirin.mousavi@example.net>", "Wie ist Stand meines Antrags / وضعیت پرونده من",
"""Sehr geehrte Damen und Herren,
ich schreibe Ihnen wegen der Situation meiner Akte. Vor vier Monaten habe ich mich in Ihrem Programm angemeldet und bis jetzt habe ich keine Nachricht erhalten. Meine Familie lebt in einem Zimmer mit drei Personen und meine Tochter kann nicht lernen für Schule.
Ich bitte Sie, mich zu informieren, ob meine Akte noch offen ist.

خانم/آقای محترم،
درباره وضعیت پرونده‌ام می‌نویسم. چهار ماه پیش در برنامه شما ثبت‌نام کردم و تا حالا هیچ خبری نشده. خانواده سه‌نفره ما در یک اتاق زندگی می‌کنیم و دخترم نمی‌تواند برای مدرسه درس بخواند.
لطفاً به من اطلاع دهید که پرونده‌ام هنوز باز است یا نه.
شیرین موسوی"""),

T("fa", 0, "on_behalf", "Parisa Lorenz <parisa.lorenz@example.com>", "خانواده رحیمی - Mietübernahmebescheinigung",
"""سلام همکاران عزیز،

من پریسا لورنتس هستم و به صورت داوطلب (Ehrenamt) با خانواده رحیمی از هرات کار می‌کنم (آقا و خانم رحیمی با سه کودک). آن‌ها در Unterkunft در Hand زندگی می‌کنند.

خانواده یک پیشنهاد آپارتمان از یک صاحبخانه در Bensberg دارند، اما صاحبخانه قبل از امضای قرارداد Mietübernahmebescheinigung جاب‌سنتر را می‌خواهد. آیا شما می‌توانید در این مورد با جاب‌سنتر تماس بگیرید، یا خود خانواده باید اقدام کند؟

اگر لازم باشد، وکالت‌نامه خانواده را هم می‌فرستم.

با سپاس
پریسا لورنتس""", html="alt"),

L("fa", 0, "formal", "Dariush Farahani <d.farahani@example.net>", "آپارتمان برای اجاره در Refrath",
"""با سلام

بنده داریوش فراهانی هستم، ساکن Bergisch Gladbach از سال ۱۹۸۷. یک آپارتمان سه‌اتاقه ۷۲ متری در Refrath دارم که از اول ماه آینده خالی می‌شود. خودم هم روزی پناهنده بودم و دوست دارم آن را به یک خانواده پناهنده اجاره بدهم.

اجاره سرد ۷۵۰ یورو، هزینه‌های جانبی حدود ۲۲۰ یورو. آپارتمان تازه رنگ شده و آشپزخانه دارد.

لطفاً بفرمایید روند کار چگونه است و چه مدارکی از من لازم دارید.

با احترام
داریوش فراهانی
تلفن: 02204 77 31 06"""),

L("fa", 0, "clean", "Kabul Market GL <kabulmarket.gl@example.com>", "خانه بالای دکان",
"""سلام
من صاحب یک دکان مواد غذایی در Heidkamp هستم. بالای دکان یک خانه دو اتاقه است که تا حالا گدام بود، حالا ترمیم کردیم. می‌خواهم به یک فامیل کوچک کرایه بدهم. اگر یک نفر از فامیل در دکان کار کند هم خوب است.
سؤال: اگر کرایه را Jobcenter بدهد، پول مستقیم به حساب من می‌آید؟ و قرارداد را من بنویسم یا شما؟
تشکر
حاجی نصیر"""),

L("fa", 0, "hard_case", "Homa Bagheri <homa.bagheri@example.org>", "Besichtigung Familie Ahmadi",
"""سلام، خانواده احمدی امروز برای دیدن آپارتمان آمدند. خانواده خوبی بودند و من موافقم. قدم بعدی چیست؟ قرارداد را کی امضا کنیم؟
هما باقری"""),

I("fa", 0, "formal", "Farsi-Dari Dolmetschen Sadeghi <kontakt@sadeghi-dolmetschen.example.com>", "خدمات ترجمه شفاهی فارسی و دری",
"""با سلام،

اینجانب لیلا صادقی، مترجم رسمی (öffentlich bestellt und beeidigt) زبان‌های فارسی، دری و پشتو در NRW هستم. به ادارات و سازمان‌ها خدمات ترجمه حضوری و تلفنی ارائه می‌دهم؛ از جمله در جلسات مشاوره، بازدید آپارتمان و امضای قرارداد اجاره.

نرخ ساعتی: ۶۵ یورو (طبق JVEG). برای همکاری‌های دائمی تخفیف در نظر گرفته می‌شود.

خوشحال می‌شوم با شما همکاری کنم.

با احترام
لیلا صادقی"""),

I("fa", 0, "clean", "Kaveh Nikpour <kaveh.nikpour@example.net>", "داوطلب برای کمک",
"""سلام،
من کاوه هستم، دانشجوی مهندسی در کلن و در Bensberg زندگی می‌کنم. فارسی، دری و آلمانی صحبت می‌کنم. هفته‌ای چند ساعت وقت آزاد دارم و دوست دارم به خانواده‌هایی که دنبال خانه هستند کمک کنم — مثلاً ترجمه هنگام بازدید آپارتمان یا پر کردن فرم‌ها.
آیا برنامه داوطلبی دارید؟ چطور می‌توانم ثبت‌نام کنم؟
کاوه نیک‌پور"""),

I("fa", 0, "clean", "Gholam Sakhi Haidari <g.sakhi.haidari@example.com>", "اقامت - Ausländerbehörde",
"""سلام
اقامت من ماه دیگر تمام می‌شود و برای تمدید به Ausländerbehörde ایمیل زدم ولی جواب ندادند. تلفن هم کسی جواب نمی‌دهد. آیا شما می‌توانید برایم یک وقت (Termin) بگیرید یا ایمیل درست اداره خارجی‌ها را بدهید؟
تشکر
غلام سخی حیدری"""),

I("fa", 0, "clean", "Neda Tavakoli <neda@podcast-ghorbat.example.org>", "درخواست مصاحبه برای پادکست «غربت»",
"""سلام و عرض ادب،

من ندا توکلی هستم، تهیه‌کننده پادکست فارسی‌زبان «غربت» که درباره زندگی مهاجران ایرانی و افغان در آلمان است. در قسمت بعدی می‌خواهیم درباره مشکل پیدا کردن خانه صحبت کنیم.

آیا یکی از همکاران شما حاضر است ۲۰ دقیقه درباره کار تیم و همکاری با صاحبخانه‌ها (Vermieter) صحبت کند؟ گفتگو می‌تواند به آلمانی باشد؛ ما زیرنویس فارسی اضافه می‌کنیم.

ممنون از وقتتان
ندا توکلی"""),

S("fa", 0, "other", "Dr. Amir Hosseini <amir.hosseini.dubai@example.com>", "آپارتمان مبله در برگیش گلادباخ - فقط ۴۵۰ یورو",
"""سلام دوست عزیز،

از پیام شما ممنونم. من پزشک هستم و فعلاً در دبی کار می‌کنم، به همین خاطر نمی‌توانم آپارتمانم در Bergisch Gladbach را شخصاً نشان دهم. آپارتمان ۳ اتاقه، کاملاً مبله، ۴۵۰ یورو با همه هزینه‌ها.

برای رزرو، لطفاً ودیعه ۱۲۰۰ یورو را از طریق Western Union یا به صورت USDT به کیف پول زیر واریز کنید:
TQx7f9Lm2aVb8cK3pR1sN6dW4yZ0hJ5eG

بعد از دریافت، کلید و قرارداد را با پست سریع برای شما می‌فرستم. افراد زیادی درخواست داده‌اند، لطفاً عجله کنید.

با احترام
دکتر امیر حسینی"""),

A("fa", 0, "header_only", "Mina Rahmani <m.rahmani@caritas-beratung.example.org>", "پاسخ خودکار: Anfrage Familie Noori",
"""با سپاس از پیام شما. من تا تاریخ ۳۱.۰۷.۲۰۲۶ در مرخصی هستم و به ایمیل‌ها دسترسی ندارم. در موارد فوری با شماره 02202 99 45 00 تماس بگیرید.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 31.07.2026 abwesend. In dringenden Fällen erreichen Sie uns unter 02202 99 45 00.

Mina Rahmani
Migrationsberatung""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  date="2026-07-14 10:48"),

A("fa", 0, "header_only", "Ali Jafari <ali.jafari@example.net>", "خوانده شد: Termin Workshop Wohnen 12.05.", _FA_MDN_TEXT,
  raw=mdn_builder(_FA_MDN_TEXT, "Microsoft Outlook 16.0", "ali.jafari@example.net", "<7a31c09e44d2.kim@stadt-gl.de>"),
  date="2026-05-05 11:02"),

# ---------------- Turkish ----------------
T("tr", 0, "formal", "Emre Yıldız <emre.yildiz@example.com>", "Konut arayışı hakkında bilgi talebi",
"""Sayın Yetkili,

2024 yılında Türkiye'den ailemle birlikte Almanya'ya geldim; Türkiye'de öğretmendim. Şu anda eşim ve iki çocuğumuzla Herkenrath'taki toplu konaklama tesisinde (Unterkunft) kalıyoruz. İltica başvurumuz kabul edildi ve üç yıllık oturum iznimiz var.

Bergisch Gladbach'ta 3 odalı bir daire arıyoruz. Programınıza nasıl kaydolabileceğimizi, hangi belgeleri hazırlamamız gerektiğini ve Wohnungsführerschein kursunun bir sonraki tarihini öğrenmek istiyorum.

Almanca B1 seviyesindeyim; gerekirse görüşmeyi Almanca da yapabiliriz.

Saygılarımla,
Emre Yıldız""", charset="windows-1254"),

L("tr", 0, "clean", "Mehmet Aydın <mehmet.aydin@example.net>", "Gronau'da 2 odalı daire",
"""Merhaba,

Gronau'da 2 odalı, 55 m² bir dairem var, 1 Mayıs'tan itibaren boş. Babamdan kaldı, yıllardır aynı kiracı oturuyordu. Mülteci bir aileye ya da bir çifte kiraya vermeyi düşünüyorum.

Kira 560 € soğuk, yan giderler 150 € civarı. Jobcenter kirayı doğrudan bana mı öder? Bir de sözleşmeyi nasıl yapıyoruz, sizin bir formunuz var mı?

Teşekkürler,
Mehmet Aydın
0171 884 2093"""),
]
