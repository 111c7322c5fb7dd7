"""r7b batch 07: Farsi/Dari tenant_request (flat search, viewing, listing, documents, guarantor, contract,
proposal reply, keys, on behalf, workshop; one urgent), Farsi-speaking landlords and property staff, and
three Farsi/Dari inquiries (neighbour, volunteer, how the programme works)."""
from mailwriter import T, L, I

MAILS = [
T("fa", 0, "oneliner", "Jawad Hosseini <jawad.hosseini99@example.com>", "khane",
"""salam. khane khali darid? man tanha hastam, 1 nafar. jobcenter kiraya mideh. tashakor Jawad"""),

T("fa", 0, "phone", "Maryam Sadeghi <maryam.sadeghi@example.net>", "بازدید امروز",
"""سلام خانم هوفمان
امروز با همسرم رفتیم خانه رو در Refrath دیدیم. صاحبخانه خانم مهربونی بود، همه جا رو نشون داد. خونه روشنه و آشپزخونه نوئه
ولی میگه قبل از اسباب کشی باید خودمون همه دیوارها رو رنگ کنیم، هزینه رنگ هم با ما. یه اتاق هم کاغذ دیواری قدیمی داره که باید بکنیم
این عادیه تو آلمان؟ ما مشکلی نداریم فقط می‌خواستیم مطمئن بشیم
تا جمعه باید جواب بدیم
مریم"""),

T("fa", 0, "forward", "Abdul Wahid Nazari <aw.nazari@example.org>", "WG: 3-Zimmer-Wohnung Bensberg",
"""سلام و احترام،
این اعلان را در انترنت پیدا کردم. آیا کرایه‌اش برای Jobcenter مناسب است؟ ما ۵ نفر هستیم (من، خانمم و ۳ طفل). اگر مناسب است لطفاً کمک کنید که به صاحب خانه به آلمانی نامه بنویسم.
تشکر
عبدالواحد نظری

---------- Weitergeleitete Nachricht ----------
Von: Wohnen am Rhein <noreply@wohnen-am-rhein.example.com>
Datum: 22.10.2025
Betreff: 3-Zimmer-Wohnung Bensberg

3 Zimmer, 78 m², 1. OG, Balkon
Kaltmiete 720 €, NK 190 €, Heizkosten 95 €
Frei ab 01.12.2025"""),

T("fa", 0, "clean", "Reza Jafari <reza.jafari.bgl@example.com>", "مدارک درخواستی",
"""سلام آقای اوکافور،

همانطور که خواسته بودید، مدارک را برای صاحبخانه در Schildgen می‌فرستم:
- فیش حقوقی سه ماه آخر (Gehaltsabrechnungen)
- قرارداد کار (از ژانویه unbefristet شده)
- SCHUFA-Auskunft
- کپی اجازه اقامت

اگر چیز دیگری لازم است بگویید، فوراً می‌فرستم.

با تشکر
رضا جعفری""", attach=["Gehaltsabrechnungen_Jafari.pdf", "Arbeitsvertrag_Jafari.pdf", "SCHUFA_Jafari.pdf", "Aufenthaltstitel_Jafari.pdf"]),

T("fa", 0, "clean", "Fereshteh Karimi <fereshteh.karimi@example.net>", "ضامن (Bürge)",
"""سلام،

صاحبخانه‌ای در Gronau حاضر است آپارتمانش را به من اجاره بدهد، ولی فقط اگر یک ضامن (Bürge) داشته باشم که درآمد ثابت دارد. من در آلمان هیچ فامیلی ندارم و خودم هنوز در دوره آزمایشی (Probezeit) کار هستم.

آیا شهر یا برنامه شما می‌تواند به نوعی ضمانت کند؟ یا راه دیگری هست که صاحبخانه مطمئن شود؟

ممنون از کمک شما
فرشته کریمی"""),

T("fa", 0, "mixed_language", "Hamid Mohammadi <hamid.mohammadi@example.org>", "Mietvertrag — Indexmiete چیست؟",
"""سلام،

قرارداد اجاره خانه در Paffrath را ضمیمه کردم. چند جا را نمی‌فهمم:

- «Die Miete wird als Indexmiete vereinbart» — یعنی هر سال اجاره بالا می‌رود؟ Jobcenter تفاوت را می‌پردازد؟
- «Schönheitsreparaturen trägt der Mieter» — یعنی موقع رفتن باید همه جا را رنگ کنیم؟
- «Kaution: drei Nettokaltmieten» — این را Jobcenter می‌دهد یا ما؟

لطفاً قبل از پنجشنبه نگاه کنید، چون باید امضا کنیم.

حمید محمدی""", attach=["Mietvertrag_Paffrath_Mohammadi.pdf"]),

T("fa", 0, "reply", "Sakina Rahimi <sakina.rahimi@example.com>", "Re: Wohnungsangebot Hand, 2 Zimmer",
"""سلام،

تشکر زیاد از پیشنهاد شما. بلی، ما به این خانه علاقه داریم. روز سه‌شنبه ساعت ۱۰ برای ما خوب است. شوهرم هم می‌آید. آیا کسی از دفتر شما هم می‌آید؟ آلمانی ما هنوز خوب نیست.

سکینه رحیمی

Am 02.06.2026 um 13:20 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Rahimi,
> wir haben eine 2-Zimmer-Wohnung in Hand für Sie (54 m², EG, Kaltmiete 510 EUR).
> Besichtigung möglich am Dienstag, 09.06., 10 Uhr. Haben Sie Interesse?
> Viele Grüße, Integration Wohnen""", date="2026-06-02 17:48"),

T("fa", 0, "phone", "Mohammad Nabi Sultani <m.n.sultani@example.net>", "kilid",
"""salam emroz kilid khane ra gereftam dar Heidkamp!!! az hame tashakor khosusan khanom Brückner
hala bayad che konam? Anmeldung, Jobcenter, otaq dar camp ra ta kay bayad khali konam?
Nabi"""),

T("fa", 1, "clean", "Zahra Ahmadi <zahra.ahmadi.bgl@example.com>", "فوری - تا دوشنبه باید کمپ را ترک کنیم",
"""سلام و احترام،

من زهرا احمدی هستم، با شوهر و چهار طفلم (کوچکترین ۳ ماهه است) در Unterkunft در Bensberg زندگی می‌کنیم. ما در برنامه شما ثبت نام هستیم.

امروز مسئول کمپ به ما نامه داد که به خاطر بازسازی ساختمان، اتاق‌های ما باید تا دوشنبه خالی شود. گفتند شاید جای دیگری باشد، ولی هنوز هیچ آدرسی ندادند. امروز پنجشنبه است.

با یک نوزاد ۳ ماهه نمی‌دانیم کجا برویم. فامیلی هم اینجا نداریم.

لطفاً هر چه زودتر با ما تماس بگیرید. شماره شوهرم: 0152 33840917

با احترام
زهرا احمدی""", date="2026-01-22 11:27"),

T("fa", 0, "on_behalf", "Sohrab Azizi <sohrab.azizi.hamburg@example.org>", "برای خواهرم لیلا و فامیلش",
"""سلام،

من سهراب عزیزی هستم، در Hamburg زندگی می‌کنم. خواهرم لیلا عزیزی با شوهر و دو طفلش (۶ و ۹ ساله) از یک سال و نیم در کمپ Bergisch Gladbach زندگی می‌کنند. آنها در برنامه شما ثبت نام هستند.

لیلا از من خواست برایتان بنویسم، چون آلمانی‌اش هنوز ضعیف است و نمی‌داند چطور بپرسد. سوال‌های ما:
۱. وضعیت درخواست آنها چیست؟ از زمستان گذشته خبری نشنیده‌اند.
۲. اگر خودشان خانه پیدا کنند، شما در قرارداد و Jobcenter کمک می‌کنید؟
۳. آیا می‌شود آنها به Hamburg نزدیک من بیایند؟

لیلا در CC است و موافق است.

تشکر زیاد
سهراب عزیزی""", cc="Laila Azizi <laila.azizi@example.com>"),

T("fa", 0, "broken", "Ali Reza Haidari <alireza.haidari@example.net>", "ورکشاپ",
"""سلام من ميخواهم در ورکشاپ Wohnungsführerschein ثبت نام کنم. کي کورس بعدي است؟ به دري ترجمه ميشه؟ من تا ساعت 3 کار ميکنم
عليرضا حيدري""", charset="windows-1256"),

T("fa", 0, "mixed_language", "Parisa Mousavi <parisa.mousavi@example.com>", "Kaution و Jobcenter",
"""سلام،

بالاخره یک صاحبخانه در Refrath ما را قبول کرد! ولی Kaution می‌خواهد، سه ماه اجاره = ۱.۵۶۰ یورو، قبل از تحویل کلید.

Jobcenter گفت باید Antrag auf Darlehen für Mietkaution بدهیم و جوابش ۳ تا ۴ هفته طول می‌کشد. صاحبخانه نمی‌خواهد این همه صبر کند.

آیا شما می‌توانید یک نامه به صاحبخانه بدهید که پول حتماً می‌آید؟ یا راه دیگری هست؟

پریسا موسوی"""),

# ---- landlords ----
L("fa", 0, "oneliner", "Dr. Kambiz Tavakoli <k.tavakoli@example.org>", "آپارتمان",
"""سلام، یک آپارتمان ۲ اتاقه در Bensberg دارم، از ماه آینده خالی است. لطفاً تماس بگیرید: 0171 4420983"""),

L("fa", 0, "clean", "Shirin Ebrahimi <shirin.ebrahimi@example.net>", "آپارتمان در Schildgen برای یک خانواده",
"""سلام و وقت بخیر،

من و همسرم هر دو پزشک هستیم و بیست سال پیش به آلمان آمدیم. یک آپارتمان ۳ اتاقه در Schildgen داریم (۷۲ متر، طبقه اول، بالکن) که مستأجرش ماه پیش رفت.

دوست داریم آن را به یک خانواده مهاجر بدهیم، مثلاً یک خانواده افغان یا ایرانی، چون می‌دانیم پیدا کردن خانه چقدر سخت است.

قبل از تصمیم نهایی چند سوال داریم:
- آیا Jobcenter اجاره را مستقیم به حساب ما واریز می‌کند؟
- اگر خسارتی به خانه وارد شود، آیا شهر ضمانتی می‌دهد؟
- اجاره سرد ۶۵۰ یورو است، با Nebenkosten حدود ۸۴۰. این برای Jobcenter قابل قبول است؟

با احترام
شیرین ابراهیمی"""),

L("fa", 0, "reply", "Behrouz Nikpour <behrouz.nikpour@example.com>", "Re: Besichtigung Familie Wardak",
"""سلام خانم بروکنر،

شنبه ساعت ۱۱ خوب است. کلید دست همسایه طبقه پایین است (آقای کلاین)، من هم ساعت ۱۱:۱۵ می‌رسم. به خانواده بگویید مدارک Jobcenter را همراه بیاورند.

بهروز نیک‌پور

> Sehr geehrter Herr Nikpour,
> passt Ihnen Samstag, 11 Uhr, für die Besichtigung mit Familie Wardak?
> Mit freundlichen Grüßen, A. Brückner"""),

L("fa", 0, "reply", "Mina Zand <mina.zand@example.org>", "AW: Familie Noorzai",
"""سلام،

خانواده نورزی را خیلی پسندیدیم. مودب و آرام بودند، و پسر بزرگشان که آلمانی خوب صحبت می‌کرد همه چیز را ترجمه کرد.

ما حاضریم از اول ماه آینده قرارداد ببندیم. لطفاً فرم Jobcenter را برایم بفرستید تا پر کنم.

مینا زند

> Am 11.09.2025 schrieb Integration Wohnen:
> Sehr geehrte Frau Zand, wie war die Besichtigung mit Familie Noorzai?""", date="2025-09-12 09:03"),

L("fa", 0, "oneliner", "Kourosh Bahrami <kourosh.bahrami@example.net>", "Re: Wohnung Paffrath",
"""ببخشيد، آپارتمان را فروختيم و ديگر براي اجاره نيست. موفق باشيد. کوروش بهرامي""", charset="windows-1256", enc="8bit"),

L("fa", 0, "clean", "Nasser Ghaffari <nasser.ghaffari@example.com>", "Vermieterbescheinigung برای خانواده امیری",
"""سلام آقای اوکافور،

Vermieterbescheinigung برای خانواده امیری را پر کردم و ضمیمه است. اسباب‌کشی اول ماه است.

فقط یک سوال: در فرم نوشته «Heizkosten monatlich». ما Fernwärme داریم و حساب سالانه می‌آید. من ۹۰ یورو ماهانه نوشتم، درست است؟

با تشکر
ناصر غفاری""", attach=["Vermieterbescheinigung_Amiri.pdf"]),

L("fa", 0, "clean", "Farideh Sharifi <farideh.sharifi@example.org>", "مشکل با مستاجر",
"""سلام،

خانواده‌ای که از طریق شما از پاییز در آپارتمان من در Moitzfeld زندگی می‌کنند، اجاره را از طریق Jobcenter منظم می‌دهند و آدم‌های خوبی هستند.

ولی قبض گرمایش امسال دو برابر پارسال شده، چون شوفاژها شب و روز روی ۵ هستند و پنجره‌ها هم نیمه باز. حالا Nachzahlung حدود ۹۰۰ یورو است. این را Jobcenter پرداخت می‌کند؟ و می‌شود شما با آنها درباره گرمایش و تهویه صحبت کنید؟ من فارسی صحبت می‌کنم ولی آنها پشتو حرف می‌زنند و کمی دری.

فریده شریفی""", attach=["Heizkostenabrechnung_2025.pdf"]),

L("fa", 0, "formal", "Arash Kamali – Hausverwaltung Rheinblick <a.kamali@hv-rheinblick.example.net>", "آپارتمان‌های خالی",
"""با سلام و احترام،

من در Hausverwaltung Rheinblick (fiktiv) کار می‌کنم و مسئول اجاره واحدها در Bergisch Gladbach هستم. همکارانم گفتند شما با متقاضیان فارسی‌زبان و دری‌زبان کار می‌کنید.

در حال حاضر دو واحد خالی داریم:
- Gronau، ۲ اتاق، ۵۰ متر، اجاره سرد ۴۹۰ یورو، از اول ماه آینده
- Refrath، ۴ اتاق، ۹۲ متر، اجاره سرد ۹۳۰ یورو، مناسب برای خانواده بزرگ

مالکین با مستأجرانی که از Jobcenter کمک می‌گیرند مشکلی ندارند. لطفاً اگر متقاضی مناسب دارید اطلاع دهید.

Mit freundlichen Grüßen
Arash Kamali
Hausverwaltung Rheinblick
Tel. 02202 55 01 29""", html="alt"),

# ---- inquiries ----
I("fa", 0, "broken", "Golnar Saberi <golnar.saberi@example.com>", "همسایه کمپ",
"""سلام
من در Hand روبروی کمپ پناهجویان زندگی می‌کنم. خودم هم ۳۰ سال پیش از ایران آمدم و مخالف پناهجوها نیستم.
ولی چند هفته است که شب‌ها تا دیروقت سر و صدا است و ماشین‌ها جلوی در پارکینگ من پارک می‌کنند. به کی باید بگویم؟ شهرداری شماره شما را داد.
گلنار صابری"""),

I("fa", 0, "clean", "Mehdi Shokri <mehdi.shokri@example.net>", "کمک داوطلبانه",
"""سلام،

من مهندس بازنشسته هستم، فارسی، دری و آلمانی صحبت می‌کنم. هفته‌ای یکی دو روز وقت آزاد دارم و دوست دارم به صورت داوطلبانه کمک کنم: ترجمه در بازدید خانه، کمک در پر کردن فرم‌ها، یا در ورکشاپ‌ها.

چطور می‌توانم با شما همکاری کنم؟ آیا Führungszeugnis لازم است؟

مهدی شکری"""),

I("fa", 0, "other", "Hossein Rostami <h.rostami@example.org>", "سوال درباره برنامه",
"""سلام،

یکی از دوستانم گفت شهر برنامه‌ای دارد که به پناهجوها کمک می‌کند از کمپ به خانه بروند. می‌خواستم بدانم دقیقاً چطور کار می‌کند؟ چه کسانی می‌توانند شرکت کنند، هزینه دارد یا نه، و ورکشاپ‌ها به چه زبانی است؟

من در یک مسجد در کلن داوطلب هستم و می‌خواهم به مردم درست اطلاع بدهم.

ممنون
حسین رستمی"""),
]
