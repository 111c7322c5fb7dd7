# Farsi / Dari, part 2
from mailw import M

START = 199
MAILS = [
M(lang="fa", cat="tenant_request", style="mixed_language", frm=("Mehdi Farhadi", "mehdi.farhadi@example.net"),
  subj="dige khaste shodam", body="""
salam,
bebakhshid ke finglish minevisam, rooye gushim farsi nadaram.
man Mehdi hastam, 2 sale too Unterkunft Paffrath zendegi mikonam. az ruzi ke Aufenthalt gereftam (8 mah pish) har ruz donbale khune hastam. bishtar az 100 ta Bewerbung ferestadam, faghat 3 ta Besichtigung dashtam va hame goftan na.
man alan Vollzeit too ye anbar (Lager) kar mikonam, 2200 brutto. Jobcenter ham nemigiram. vali bazam kasi be ma khune nemide, fekr mikonam be khatere esmam.
lotfan age rahi hast behem begid. age workshop ham hast mikham biyam. 
mamnun
Mehdi
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Gulsoom Rezaie", "gulsoom.rezaie@example.com"),
  subj="بیوه هستم با چهار طفل", body="""
سلام علیکم خواهران و برادران
من بیوه هستم، شوهرم در افغانستان شهید شد. با چهار طفل (۳ تا ۱۲ ساله) در کمپ در هاند هستم.
اتاق ما یکی است و اطفال شب خواب نمی‌کنند چون همسایه‌ها سر و صدا دارند. من کورس لسان می‌روم.
لطفاً برای ما یک خانه پیدا کنید. خدا شما را خیر بدهد.
گلثوم رضایی
"""),
M(lang="fa", cat="tenant_request", style="formal", frm=("Eng. Abdul Qadir Stanekzai", "aq.stanekzai@example.org"),
  subj="عریضه درخواست مسکن", body="""
به حضور محترم مسئولین برنامه مسکن شهر برگیش گلادباخ،

با عرض سلام و احترام، اینجانب انجنیر عبدالقادر ستانکزی، کارمند سابق یک پروژه انکشافی آلمانی در ولایت بلخ، به اطلاع می‌رسانم که به تاریخ ۱۵ جدی ۱۴۰۲ از طریق برنامه پذیرش کارمندان محلی (Ortskräfte) به آلمان منتقل شده و فعلاً با خانم و پنج فرزندم در اقامتگاه شهری بنسبرگ سکونت داریم.
نظر به اینکه فرزندانم در مکاتب شهر مشغول تحصیل هستند، خواهشمندم در قسمت دریافت یک منزل چهار اتاقه در همین شهر با ما همکاری فرمایید.
اسناد لازم (اقامت، فیصله جاب سنتر، تصدیق ورکشاپ) آماده است.

با احترام فراوان
انجنیر عبدالقادر ستانکزی
"""),
M(lang="fa", cat="tenant_request", urg=1, style="clean", frm=("", "arman.safe@example.net"),
  subj="تهدید در کمپ", date="2025-07-29 08:11", body="""
سلام
من یک مرد همجنسگرا از ایران هستم و در اقامتگاه در لوکرات با سه مرد دیگر در یک اتاق هستم. دیروز وقتی فهمیدند، یکی از آن‌ها مرا زد و گفتند اگر امشب برگردم مرا می‌کشند.
دیشب در ایستگاه قطار خوابیدم. به پلیس هم گفتم ولی گفتند با شهرداری صحبت کنم.
لطفاً امروز یک جای امن برای من پیدا کنید. شماره‌ام: 0152 23453371
"""),
M(lang="fa", cat="tenant_request", urg=1, style="mixed_language", frm=("Samira Yousufi", "samira.yousufi@example.com"),
  subj="Räumung جمعه", date="2025-11-25 10:40", body="""
سلام
ما در یک خانه شخصی در Refrath هستیم. Vermieter یک سال پیش Kündigung داد و ما خانه پیدا نکردیم. حالا نامه Gerichtsvollzieher آمده که روز جمعه ۲۸ نوامبر ساعت ۸ Räumung است.
ما شش نفر هستیم، پدر شوهرم مریض است. Jobcenter گفت به Stadt بروید. لطفاً بگویید کجا بروم، به کدام دفتر؟
سمیرا یوسفی 0176 23455890
"""),
M(lang="fa", cat="tenant_request", urg=1, style="clean", frm=("Marzia Sadat", "marzia.sadat@example.org"),
  subj="با نوزاد از خانه بیرون شدم", date="2026-07-03 20:34", body="""
سلام
امروز شوهر خواهرم مرا با پسر سه هفته‌ای‌ام از خانه‌شان بیرون کرد. ما از ماه پیش آنجا بودیم چون از کمپ شهر دیگری آمده بودیم.
حالا در مسجد در گروناو هستیم و امام گفت فقط امشب می‌توانیم بمانیم. شوهرم هنوز در ایران است.
لطفاً کمک کنید. 0157 23458826
مرضیه سادات
"""),
M(lang="fa", cat="tenant_request", urg=1, style="clean", frm=("Taher Mohseni", "taher.mohseni@example.net"),
  subj="لوله ترکید - خونه قابل زندگی نیست", date="2026-01-14 07:52", body="""
سلام
دیشب لوله‌ی آب طبقه‌ی بالا ترکید و سقف آشپزخونه و اتاق بچه‌ها ریخت پایین. آتش‌نشانی اومد و گفت برق رو قطع کردن و نباید اینجا بخوابیم.
Vermieter میگه برید هتل تا درست بشه، ولی ما پول هتل نداریم و تعمیر چند هفته طول می‌کشه. دیشب تو ماشین بودیم با دو تا بچه.
این خونه رو سال پیش از طریق شما گرفتیم (Paffrath). چیکار کنیم؟
طاهر محسنی
"""),
M(lang="fa", cat="tenant_request", urg=1, style="on_behalf", frm=("Frauenhaus Rhein-Berg", "team@frauenhaus-rb.example.org"),
  subj="Frau N. / خانم ن. - Auszug bis Freitag", date="2026-08-17 11:30", body="""
Sehr geehrte Damen und Herren,
unsere Bewohnerin Frau N. hat folgende Nachricht selbst verfasst, wir unterstützen ihr Anliegen:

سلام، من نگینه هستم. چهار ماه است با دو دخترم در خانه امن زنان هستم. می‌گویند باید تا جمعه ۲۱ اگست اینجا را ترک کنم چون وقتم تمام شده و جای دیگری برای زنان دیگر لازم است. من نمی‌توانم به خانه قبلی برگردم چون شوهرم آنجاست. هیچ خانه‌ای پیدا نکرده‌ام. لطفاً کمکم کنید که حداقل یک اتاق در اقامتگاه شهری بگیرم.

Mit freundlichen Grüßen
Team Frauenhaus
"""),
M(lang="fa", cat="tenant_request", style="reply", frm=("Hakim Jalali", "hakim.jalali@example.com"),
  subj="Re: Ihre Unterlagen", irt=True, att=["Aufenthaltstitel.pdf", "Bescheid_Jobcenter.pdf", "Zertifikat_Wohnworkshop.pdf"], body="""
سلام
اسناد را فرستادم: اقامت، فیصله جاب سنتر و تصدیق ورکشاپ. پاسپورت ما در اداره اتباع است، فقط کاپی تذکره داریم. آیا کافی است؟
حکیم جلالی

> Sehr geehrter Herr Jalali,
> bitte senden Sie uns Ihren Aufenthaltstitel, den Bescheid des Jobcenters und, falls
> vorhanden, die Teilnahmebestätigung des Wohnworkshops.
"""),
M(lang="fa", cat="tenant_request", style="reply", frm=("Fatemeh Nazari", "fatemeh.nazari@example.net"),
  subj="AW: Wohnungsangebot Herkenrath", irt=True, body="""
سلام
خیلی ممنون که به ما فکر کردید. ولی هرکنرات خیلی دوره، من هر روز ساعت ۶ صبح باید برم سر کار در بنسبرگ و اتوبوس اونجا خیلی کمه.
اگه آپارتمانی نزدیک‌تر پیدا شد خیلی خوشحال میشیم. امیدوارم این رد کردن مشکلی برای پرونده‌مون درست نکنه.
فاطمه نظری

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen
Gesendet: Freitag, 24. April 2026 09:15
An: fatemeh.nazari@example.net
Betreff: Wohnungsangebot Herkenrath
Liebe Frau Nazari, wir können Ihnen eine 2-Zimmer-Wohnung in Herkenrath anbieten ...
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Yaqub Ahmadi", "yaqub.ahmadi@example.org"),
  subj="نمونه نامه برای صاحبخانه", body="""
سلام
در ورکشاپ گفتند یک نمونه نامه (Anschreiben) و جدول مدارک برای ما می‌فرستند. هنوز نرسیده. لطفاً بفرستید.
تشکر
یعقوب احمدی
"""),
M(lang="fa", cat="tenant_request", style="mixed_language", frm=("Roya", "roya.h@example.com"),
  subj="Wohnungsgeberbestätigung چیست؟", body="""
سلام، ما Mietvertrag را امضا کردیم و Einzug روز ۱ است. Bürgeramt برای Anmeldung یک Wohnungsgeberbestätigung می‌خواهد. Vermieter گفت Hausverwaltung می‌دهد ولی Hausverwaltung جواب نمی‌دهد. چه کنم؟ Termin در Bürgeramt دارم ۸ ام.
رویا
"""),
M(lang="fa", cat="tenant_request", style="broken", frm=("Karim Dad", "karimdad.gl@example.net"),
  subj="wohnung", fmt="plain", cte="8bit", body="""
hallo ich Karim Dad, ich 4 jahre Heim Hand wohnen. Frau, 3 Kinder. ich arbeiten Reinigung. immer Wohnung suchen, nix finden. Vermieter sagen nein Afghanistan.
bitte Hilfe. Termin geben?
تشکر، کریم داد
"""),
M(lang="fa", cat="tenant_request", style="oneliner", frm=("", "zakia.77@example.com"), subj="سلام", body="""
سلام خانه پیدا شد یا نه؟ زکیه
"""),
M(lang="fa", cat="tenant_request", style="oneliner", frm=("Ali Reza", "alireza.h@example.net"), subj="workshop", body="""
SALAM MAN MIKHAM DAR WORKSHOP SABTE NAM KONAM. ALI REZA HOSSEINI 0151 23457740
"""),
M(lang="fa", cat="tenant_request", style="oneliner", frm=("", "bahar.n@example.org"), subj="", body="""
ببخشید، گواهی ورکشاپ من کی آماده میشه؟
"""),
M(lang="fa", cat="tenant_request", style="html_only", fmt="html", flavour="gmail", frm=("Sepideh Rahnama", "sepideh.rahnama@example.com"),
  subj="سوال درباره حیوان خانگی", body="""
سلام وقتتون بخیر 🌸
ما یه گربه‌ی کوچیک داریم که از ایران با خودمون آوردیم. توی اقامتگاه اجازه داده بودن. حالا موقع گشتن دنبال خونه، خیلی از صاحبخونه‌ها میگن «keine Haustiere».
آیا باید بگیم که گربه داریم؟ و آیا صاحبخونه‌هایی که با شما کار می‌کنن با حیوون مشکلی ندارن؟
ممنونم
سپیده
"""),
M(lang="fa", cat="tenant_request", style="phone", frm=("Abdul Ghafoor", "a.ghafoor@example.net"),
  subj="تلفن", body="""
سلام. من تلفن کردم ولی کسی جواب نداد. لطفا به من زنگ بزنید 0162 23451108. در باره کاغذ جاب سنتر برای خانه.
Sent from my Galaxy
"""),
M(lang="fa", cat="tenant_request", style="on_behalf", frm=("Niloofar Zand", "niloofar.zand@example.com"),
  subj="خانواده‌ی عظیمی", body="""
سلام
من نیلوفر هستم، داوطلب در کلیسای رفرات و به زبان فارسی و آلمانی مسلطم. چند ماهه که به خانواده‌ی عظیمی (پدر، مادر، سه بچه، ساکن اقامتگاه در رفرات) کمک می‌کنم.
آقای عظیمی الان یک قرارداد کار دائم در یک شرکت ساختمانی داره و بچه‌ها همه مدرسه میرن. می‌خواستیم بپرسیم آیا می‌تونیم برای این خانواده وقت مشاوره بگیریم؟ من همراهشون میام.
با سپاس
نیلوفر زند
"""),
M(lang="fa", cat="tenant_request", style="on_behalf", frm=("Hamida Sharifi - Schulbegleitung", "h.sharifi@grundschule-hand.example.org"),
  subj="فامیل شاگرد ما - Familie eines Schülers", body="""
سلام،
من میانجی زبان (Sprachmittlerin) در مکتب ابتدائیه در هاند هستم. شاگرد ما احمد (صنف ۳) با پدر و مادر و چهار خواهر و برادر در یک اتاق در کمپ زندگی می‌کند. معلمش دیده که او همیشه خسته است و جای کار خانگی ندارد.
والدینش از من خواستند برایشان به شما بنویسم. پدرش آقای محمد رحیم صدیقی است و شماره‌اش 0176 23452205 می‌باشد (فقط دری).
آیا می‌توانید با او تماس بگیرید؟
حمیده شریفی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Hassan Akbari", "hassan.akbari@example.com"),
  subj="هزینه اسباب‌کشی", body="""
سلام
ما ان‌شاءالله ماه بعد به خانه جدید در گروناو می‌رویم. جاب سنتر گفت برای موتر اسباب‌کشی و برای فرنیچر (Erstausstattung) باید درخواست بدهیم. آیا فورمه آن را دارید؟ و آیا تخت‌های کمپ را می‌توانیم ببریم؟
حسن اکبری
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Reza Bahrami", "reza.bahrami@example.net"),
  subj="انتقال به اقامتگاه نزدیک محل کار", body="""
سلام
من در یک نانوایی در رفرات کار می‌کنم و شیفتم ساعت ۴ صبح شروع میشه. الان در اقامتگاه هرکنرات هستم و صبح زود اتوبوس نیست، با دوچرخه ۴۵ دقیقه طول می‌کشه.
تا وقتی خونه پیدا کنم، آیا میشه منو به اقامتگاهی در رفرات منتقل کنید؟
رضا بهرامی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Somaye Azimi", "somaye.azimi@example.org"),
  subj="سهم تعاونی مسکن", body="""
سلام
یه تعاونی مسکن (Genossenschaft) در بنسبرگ به ما آپارتمان پیشنهاد داده ولی باید ۱۲۰۰ یورو Geschäftsanteile بدیم. جاب سنتر اینو مثل Kaution قبول می‌کنه؟
سمیه عظیمی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Mohammad Ewaz", "m.ewaz@example.com"),
  subj="افزایش کرایه", att=["Mieterhoehung.pdf"], body="""
سلام علیکم
یک سال پیش با کمک شما خانه گرفتیم در هیدکامپ. حالا صاحب خانه نامه داده که کرایه از ماه آینده ۶۰ یورو زیاد می‌شود (Mieterhöhung). آیا این قانونی است و جاب سنتر این را قبول می‌کند؟ نامه را ضمیمه کردم.
محمد عوض
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Tayeba Noorzai", "tayeba.noorzai@example.net"),
  subj="ضمانت از دوست", body="""
سلام
یک دوست آلمانی ما حاضر است برای ما Bürgschaft بدهد تا صاحب خانه قبول کند. آیا این کمک می‌کند؟ چه کاغذی باید بنویسد؟
طیبه نورزی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Jamshid Karimi", "jamshid.karimi@example.org"),
  subj="پیشنهاد شرکت مسکن - طبقه چهارم", body="""
سلام
شرکت مسکن یک آپارتمان در طبقه‌ی چهارم بدون آسانسور در پافرات پیشنهاد داده. مادرم ۷۸ ساله با ماست و زانوهاش مشکل داره.
اگه رد کنیم، جامون توی لیست از بین میره؟ تا جمعه باید جواب بدیم.
جمشید کریمی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Homa Rostami", "homa.rostami@example.com"),
  subj="خونه پیدا کردیم 🙏", att=["neue_Wohnung.jpg"], body="""
سلام به همه‌ی تیم
می‌خواستم خبر بدم که بالاخره خودمون یه خونه در کاترباخ پیدا کردیم! خیلی ممنون از ورکشاپ و همه‌ی راهنمایی‌ها. لطفاً اسم ما رو از لیست انتظار بردارید.
یه عکس از بالکن جدید فرستادم 😊
هما رستمی و خانواده
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Najibullah Hotak", "najib.hotak@example.net"),
  subj="شماره نو", body="""
سلام، شماره تلفن من تغییر کرده: 0178 23459901. ایمیل هم همین است. لطفاً در پرونده من درست کنید. تشکر، نجیب‌الله هوتک (کمپ بنسبرگ)
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Mariam Sultani", "mariam.sultani@example.org"),
  subj="ترجمان دری در ورکشاپ", body="""
سلام
ورکشاپ بعدی ترجمان دری دارد؟ دفعه قبل فقط عربی بود و من خیلی چیزها را نفهمیدم. می‌خواهم دوباره شرکت کنم.
مریم سلطانی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Ehsan Moradi", "ehsan.moradi@example.com"),
  subj="شکایت و درخواست مسئول جدید", body="""
سلام
راستش از برخورد همکارتون در جلسه‌ی آخر ناراحت شدم. جلوی بچه‌هام گفت «شما خیلی سخت‌گیرید، هر خونه‌ای رو باید قبول کنید». ما فقط یه خونه‌ی نم‌دار رو قبول نکردیم.
آیا ممکنه پرونده‌ی ما رو یه همکار دیگه پیگیری کنه؟ ما همچنان دنبال خونه‌ایم.
احسان مرادی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Sadaf Haidari", "sadaf.haidari@example.net"),
  subj="WBS با آوسبیلدونگ", body="""
سلام
من Ausbildung آرایشگری دارم و ۸۵۰ یورو می‌گیرم، و BAB هم می‌گیرم. آیا با این درآمد می‌تونم WBS بگیرم؟ تنها هستم.
صدف حیدری
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Shafiq Azimi", "shafiq.azimi@example.com"),
  subj="قرارداد موقت", body="""
سلام
صاحبخانه یک قرارداد دو ساله (befristet) پیشنهاد کرده. بعد از دو سال چه می‌شود؟ آیا باید دوباره خانه پیدا کنیم؟ جاب سنتر این را قبول می‌کند؟
شفیق عظیمی
"""),
M(lang="fa", cat="tenant_request", style="forward", frm=("Pari Gul", "parigul.n@example.org"),
  subj="اعلان از واتساپ", fmt="plain", body="""
سلام، این را در گروپ واتساپ افغان‌ها دیدم. آیا می‌توانید زنگ بزنید؟ ما چهار نفر هستیم.

>> Nachmieter gesucht! 3 Zimmer, Bensberg, 74 qm, 2.OG, 680 kalt + 200 NK, ab 1.9.
>> Küche muss übernommen werden (1500 €). Tel. 0159 23450012
"""),
M(lang="fa", cat="tenant_request", style="forward", frm=("Vahid Rahimi", "vahid.rahimi@example.net"),
  subj="Fwd: Ihre Bewerbung - fehlende Unterlagen", body="""
سلام، صاحب‌خونه این ایمیل رو فرستاده. Einkommensnachweis یعنی چی؟ من جاب سنتر می‌گیرم، فیش حقوقی ندارم.

---------- Forwarded message ---------
From: Monika Schreiber <m.schreiber@example.com>
Date: Wed, 3 Sep 2025 19:02
Subject: Ihre Bewerbung - fehlende Unterlagen
To: vahid.rahimi@example.net

Hallo Herr Rahimi,
danke für Ihre Bewerbung. Bitte schicken Sie mir noch einen Einkommensnachweis
und eine Kopie Ihres Ausweises. Dann melde ich mich wegen eines Besichtigungstermins.
Viele Grüße
M. Schreiber
"""),
M(lang="fa", cat="tenant_request", style="hard_case", frm=("Ghazal Ahmadi", "ghazal.ahmadi@example.com"),
  subj="باید برای بازدید پول بدم؟", body="""
سلام
یه نفر تو Kleinanzeigen نوشته برای Besichtigung باید ۵۰ یورو «Besichtigungsgebühr» بدم و از قبل با PayPal بفرستم. آپارتمان توی رفرات و ارزونه.
این عادیه؟ ما واقعاً به خونه احتیاج داریم و نمی‌خوام شانس رو از دست بدم.
غزل
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Bashir Nawabi", "bashir.nawabi@example.org"),
  subj="زیر اجاره (Untermiete)", body="""
سلام
من الان در یک اتاق در خانه یک هموطن زندگی می‌کنم و ماهی ۴۰۰ یورو نقد می‌دهم، ولی قرارداد ندارم و نمی‌توانم Anmeldung کنم. جاب سنتر هم این را قبول نمی‌کند.
می‌خواهم یک خانه کوچک با قرارداد رسمی داشته باشم. آیا می‌توانم در برنامه شما ثبت شوم با اینکه در کمپ نیستم؟
بشیر نوابی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Zohreh Kazemi", "zohreh.kazemi@example.net"),
  subj="جدایی از همسر", body="""
سلام
من و همسرم در حال جدایی هستیم ولی هنوز در یک اتاق در اقامتگاه موتسفلد زندگی می‌کنیم. خشونتی نیست ولی زندگی در یک اتاق خیلی سخت شده.
آیا می‌توانم جداگانه در برنامه ثبت نام کنم و دنبال یک خانه‌ی کوچک برای خودم و دخترم باشم؟
زهره کاظمی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Aziz Ahmad Noori", "aziz.noori@example.com"),
  subj="مادر کلانم می‌آید", body="""
سلام علیکم
مادر کلانم (۸۰ ساله) از طریق ویزای الحاق فامیل به زودی می‌آید. ما حالا سه نفر در یک خانه دو اتاقه هستیم که از طریق شما گرفتیم. برای او جای نداریم.
آیا می‌توانیم برای یک خانه بزرگتر دوباره ثبت نام کنیم؟
عزیز احمد نوری
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Latifa Barakzai", "latifa.barakzai@example.org"),
  subj="با دولدونگ هم می‌شود؟", body="""
سلام
ما Duldung داریم، اقامت نداریم. آیا می‌توانیم در ورکشاپ و برنامه خانه شرکت کنیم؟ بعضی‌ها می‌گویند فقط با اقامت ممکن است.
لطیفه بارکزی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Farhad Sharifi", "farhad.sharifi@example.net"),
  subj="مشکلات در اقامتگاه", body="""
سلام
توی ساختمون ما در اقامتگاه گروناو هر شب تا ساعت ۳ صدای بلند و دعواست و بعضی‌ها مواد می‌فروشن. بچه‌هام می‌ترسن تنهایی برن دستشویی.
ما از ۶ ماه پیش تو برنامه‌ی شما هستیم. ممکنه به پرونده‌ی ما سرعت بدید؟ یا حداقل ما رو به یه ساختمون دیگه منتقل کنید؟
فرهاد شریفی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Nasima Habibi", "nasima.habibi@example.com"),
  subj="Kaution - جاب سنتر می‌گوید از شهر بپرسید", body="""
سلام
برای Kaution به جاب سنتر رفتم، گفتند این کار را شهر (Stadt) انجام می‌دهد چون ما هنوز در کمپ هستیم. در شهر گفتند جاب سنتر. حالا نمی‌دانم کی مسئول است.
صاحب خانه تا آخر هفته منتظر است.
نسیمه حبیبی
"""),
M(fmt="html", lang="fa", cat="tenant_request", style="clean", frm=("Sohrab Yazdani", "sohrab.yazdani@example.org"),
  subj="Mietübernahmebescheinigung", body="""
سلام
Vermieter یه نامه می‌خواد که جاب سنتر اجاره رو پرداخت می‌کنه (Mietübernahmebescheinigung). جاب سنتر میگه اول Mietangebot لازمه. Vermieter میگه اول این نامه. دور باطل!
شما می‌تونید کمک کنید؟
سهراب یزدانی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Khalil Mohammadi", "khalil.mohammadi@example.net"),
  subj="خانه در بن", body="""
سلام
خانواده‌ی برادرم در بن زندگی می‌کنند و ما می‌خواهیم نزدیک آن‌ها باشیم. آیا برنامه‌ی شما می‌تواند کمک کند که در بن خانه پیدا کنیم، یا فقط برای برگیش گلادباخ است؟
خلیل محمدی - اقامتگاه هبورن
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Anisa Qasemi", "anisa.qasemi@example.com"),
  subj="گواهی به آلمانی و انگلیسی", body="""
سلام
گواهی ورکشاپ من فقط آلمانی است. یک صاحب‌خانه که انگلیسی‌زبان است پرسید آیا نسخه‌ی انگلیسی هم دارید؟ اگر ممکن است بفرستید.
انیسه قاسمی
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("انجمن زنان افغان", "afghan.frauen.gl@example.org"),
  subj="پیشنهاد کمک عمومی", body="""
سلام
ما انجمن زنان افغان در برگیش گلادباخ هستیم. اعضای ما می‌توانند در ورکشاپ‌ها برای خانم‌ها ترجمه کنند و در روز اسباب‌کشی کمک کنند.
لطفاً بگویید چطور می‌توانیم همکاری کنیم. جلسه ماهانه ما اولین سه‌شنبه هر ماه است و شما هم دعوت هستید.
با احترام
پروین
"""),
M(lang="fa", cat="inquiry", style="formal", frm=("Dr. Roya Ansari - Psychotherapie", "praxis.ansari@example.com"),
  subj="ارائه مشاوره روانی رایگان به زبان فارسی", body="""
با سلام و احترام
اینجانب روانشناس بالینی فارسی‌زبان در کلن هستم. ماهی دو ساعت مشاوره‌ی رایگان برای خانواده‌های فارسی و دری‌زبان که تحت فشار روانی ناشی از شرایط مسکن هستند ارائه می‌دهم.
اگر مایل هستید، می‌توانم اطلاعیه‌ای برای معرفی این خدمت به شما بدهم تا در اختیار خانواده‌ها قرار دهید.
با احترام
دکتر رویا انصاری
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("Jawid Rahimi", "jawid.rahimi@example.net"),
  subj="پول اطفال (Kindergeld)", body="""
سلام
برای Kindergeld درخواست دادم ولی شش ماه است جواب نیامده. این کار مربوط به شماست؟ اگر نه، آدرس درست را بدهید.
جاوید
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("Amir Hosseinzadeh", "amir.hz@example.org"),
  subj="تایید گواهینامه رانندگی", body="""
سلام
می‌خوام گواهینامه‌ی رانندگی ایرانیم رو به آلمانی تبدیل کنم (Führerschein umschreiben). باید به کدوم اداره مراجعه کنم؟
ممنون
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("Umzug Kaveh Transport", "info@kaveh-umzug.example.com"),
  subj="خدمات اسباب‌کشی برای خانواده‌ها", body="""
سلام و عرض ادب
شرکت حمل و نقل کاوه در کلن و برگیش گلادباخ خدمات اسباب‌کشی با قیمت مناسب ارائه می‌دهد. برای خانواده‌هایی که از طریق جاب سنتر جابجا می‌شوند، پیش‌فاکتور (Kostenvoranschlag) رسمی ظرف ۲۴ ساعت صادر می‌کنیم.
اگر مایلید، بروشور ما را برای خانواده‌ها بفرستیم.
کاوه - 0221 23453388
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("کلیسای فارسی‌زبانان کلن", "persische.gemeinde@example.org"),
  subj="دعوت به شب یلدا", body="""
سلام دوستان عزیز
جامعه‌ی مسیحیان فارسی‌زبان کلن و حومه شما را به جشن شب یلدا در ۲۰ دسامبر ساعت ۱۸ در سالن کلیسای انجیلی رفرات دعوت می‌کند.
حضور شما باعث خوشحالی ما خواهد بود. ورود آزاد است.
با مهر
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("Parwin Hamidi", "parwin.hamidi@example.com"),
  subj="سوال عمومی برای والدین شاگردان", body="""
سلام
من معلم زبان مادری دری در چند مکتب برگیش گلادباخ هستم. بسیاری از والدین از من درباره برنامه شما سوال می‌کنند.
آیا یک ورق معلوماتی (Flyer) به دری یا فارسی دارید که بتوانم به آنها بدهم؟ و چه کسانی حق شرکت دارند؟
پروین حمیدی
"""),
M(lang="fa", cat="inquiry", style="formal", frm=("Fariba Ghorbani - Stadt Leverkusen", "f.ghorbani@leverkusen-integration.example.org"),
  subj="تبادل تجربه درباره برنامه مسکن", body="""
همکاران گرامی،
من در بخش ادغام شهر لورکوزن کار می‌کنم و چون فارسی‌زبان هستم، به فارسی می‌نویسم (البته جلسه می‌تواند آلمانی باشد).
ما قصد داریم برنامه‌ای مشابه Auszugsmanagement راه‌اندازی کنیم. آیا امکان یک گفتگوی کوتاه درباره‌ی تجربیات شما، به‌ویژه شبکه‌ی صاحبخانه‌ها و ورکشاپ‌ها، وجود دارد؟
با سپاس
فریبا قربانی
"""),
M(lang="fa", cat="landlord_offer", style="clean", frm=("Haji Abdul Rahman", "haji.rahman@example.net"),
  subj="خانه برای کرایه در بنسبرگ", body="""
سلام علیکم
من یک خانه سه اتاقه در بنسبرگ دارم که مستأجرش رفته. خودم از ۲۰ سال به اینطرف در آلمان هستم.
می‌خواهم به یک فامیل از کمپ بدهم، ترجیحاً فامیلی که اولاد دارد. کرایه ۷۲۰ گرم. جاب سنتر مشکلی نیست.
لطفاً زنگ بزنید: 0172 23454401
حاجی عبدالرحمن
"""),
M(lang="fa", cat="landlord_offer", style="formal", frm=("Hausverwaltung Sadri", "info@hv-sadri.example.com"),
  subj="معرفی سه واحد مسکونی خالی", att=["Wohnungsliste_Sadri.pdf"], body="""
با سلام و احترام
دفتر مدیریت املاک صدری در کلن مدیریت چند ساختمان در برگیش گلادباخ را بر عهده دارد. در حال حاضر سه واحد خالی داریم (گروناو، هند و رومانی، بین ۴۵ تا ۸۰ متر مربع).
صاحبان این واحدها با اجاره به خانواده‌های معرفی‌شده از سوی برنامه‌ی شما موافق هستند. لیست مشخصات پیوست است.
با احترام
کوروش صدری
"""),
M(lang="fa", cat="landlord_offer", style="clean", frm=("Mahmoud Zamani", "mahmoud.zamani@example.org"),
  subj="پرداخت مستقیم اجاره؟", body="""
سلام
یک آپارتمان یک‌خوابه در هبورن دارم. اگر به یکی از افراد برنامه‌ی شما اجاره بدم، آیا جاب سنتر اجاره رو مستقیم به حساب من می‌ریزه؟ و اگه مستأجر کار پیدا کرد و جاب سنتر قطع شد، چی میشه؟
محمود زمانی
"""),
M(lang="fa", cat="landlord_offer", style="clean", frm=("Nasser Hedayati", "nasser.hedayati@example.net"),
  subj="متقاضی به بازدید نیامد", body="""
سلام
شما هفته‌ی پیش خانواده‌ی کریمی رو برای بازدید آپارتمان من در شیلدگن معرفی کردید. قرار بود شنبه ساعت ۱۱ بیان ولی نیومدن و جواب تلفن هم نمیدن.
آیا هنوز علاقه دارن؟ اگه نه، لطفاً یه خانواده‌ی دیگه معرفی کنید. آپارتمان هنوز خالیه.
ناصر هدایتی
"""),
M(lang="fa", cat="landlord_offer", style="clean", frm=("Shokoufeh Bahrami", "shokoufeh.bahrami@example.com"),
  subj="اتاق برای یک خانم", body="""
سلام
من در فرانکن‌فورست یک خانه دارم و بچه‌هایم رفته‌اند. یک اتاق با حمام جداگانه دارم که می‌خواهم به یک خانم تنها یا یک مادر با بچه‌ی کوچک اجاره بدهم، ۴۲۰ یورو با همه‌ی هزینه‌ها.
خودم هم ۲۵ سال پیش پناهنده بودم. اگر کسی مناسب هست خبرم کنید.
شکوفه بهرامی
"""),
M(lang="fa", cat="auto", style="header_only", frm=("WebKonferenz Noreply", "noreply@webinar.example.net"),
  subj="ثبت نام شما تأیید شد: وبینار «حقوق مستأجر در آلمان»", mailer=None, hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply"}, fmt="alt", flavour="simple", body="""
سلام Integration Wohnen،

ثبت نام شما برای وبینار زیر تأیید شد:
«حقوق مستأجر در آلمان - به زبان فارسی»
تاریخ: چهارشنبه ۱۲ نوامبر ۲۰۲۵، ساعت ۱۸:۰۰ (به وقت برلین)
لینک ورود: https://webinar.example.net/j/84412097

این ایمیل به صورت خودکار ارسال شده است. لطفاً به آن پاسخ ندهید.
"""),
M(lang="fa", cat="spam", style="other", frm=("Bitcoin Iran Trader", "support@btc-irani.example.com"),
  subj="سود روزانه ۵٪ با ربات معامله‌گر 🚀", fmt="html", flavour="simple", body="""
🚀 فرصت طلایی برای ایرانیان خارج از کشور 🚀
ربات هوشمند ما روزانه ۵٪ سود تضمینی می‌دهد.
حداقل سرمایه: ۲۰۰ یورو
برداشت سریع به حساب اروپایی
همین حالا ثبت نام کنید: https://btc-irani.example.com/fa
"""),
M(lang="fa", cat="spam", style="other", frm=("استخدام فوری", "hr@kar-online.example.net"),
  subj="کار در منزل با درآمد ۳۰۰۰ یورو", body="""
سلام
شرکت ما برای بسته‌بندی و ارسال کالا از منزل نیروی فارسی‌زبان در آلمان استخدام می‌کند.
درآمد ماهانه تا ۳۰۰۰ یورو. نیاز به زبان آلمانی ندارد.
برای شروع فقط کپی پاسپورت، آدرس و اطلاعات حساب بانکی خود را به تلگرام @karonline_de بفرستید.
"""),
M(lang="fa", cat="spam", style="other", frm=("Eng. Saeed Alavi", "saeed.alavi.property@example.net"), tz="dubai",
  subj="آپارتمان ارزان در برگیش گلادباخ", body="""
سلام و احترام
من مهندس سعید علوی هستم و در حال حاضر در دبی کار می‌کنم. آپارتمان ۳ اتاقه‌ام در برگیش گلادباخ را فقط ۴۰۰ یورو اجاره می‌دهم چون می‌خواهم دست آدم مطمئنی باشد.
چون در آلمان نیستم، اجاره‌ی ماه اول و ودیعه (۱۲۰۰ یورو) را از طریق Western Union بفرستید تا کلید و قرارداد را با DHL بفرستم.
عجله کنید، متقاضی زیاد است.
"""),
]

if __name__ == "__main__":
    from mailw import write_batch
    print(len(write_batch(MAILS, START)), "written")
