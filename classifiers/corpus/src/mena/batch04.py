# Farsi / Dari, part 1
from mailw import M

START = 140
MAILS = [
M(lang="fa", cat="tenant_request", style="clean", frm=("Ahmad Shah Sultani", "ahmadshah.sultani@example.org"),
  subj="درخواست کمک برای پیدا کردن خانه", date="2025-01-21 09:30", body="""
سلام علیکم،
من احمد شاه سلطانی هستم. ما یک فامیل شش نفری از افغانستان هستیم و از یک سال به اینطرف در کمپ شهرداری در بنسبرگ زندگی می‌کنیم.
من در کابل با یک موسسه آلمانی کار می‌کردم و حالا اقامت داریم. اولادهایم به مکتب می‌روند و خیلی خوب آلمانی یاد گرفته‌اند.
ما یک خانه سه یا چهار اتاقه ضرورت داریم. جاب سنتر کرایه را می‌پردازد.
لطفاً ما را کمک کنید. اگر ورکشاپ خانه هم است، ما می‌خواهیم اشتراک کنیم.
با احترام
احمد شاه سلطانی
0151 23451920
"""),
M(lang="fa", cat="tenant_request", style="mixed_language", frm=("Reza K.", "reza.k1988@example.net"),
  subj="donbale khune", body="""
salam vaghtetun bekheir
man Reza hastam, 36 salame, az Iran. alan too Unterkunft Refrath zendegi mikonam ba khanumam.
donbale ye apartman 2 khabe hastim (2 Zimmer). man kar mikonam too ye restoran, Teilzeit. Jobcenter ham ye kam komak mikone.
mishe too Wohnworkshop esm benevisid? kei hast?
merci
Reza
"""),
M(cs="windows-1256", cte="8bit", lang="fa", cat="tenant_request", style="clean", frm=("مریم احمدی", "maryam.ahmadi@example.com"),
  subj="درخواست مسکن", body="""
با سلام و احترام
اینجانب مریم احمدی، ۳۴ ساله، از ایران هستم و حدود دو سال است که در خوابگاه شهرداری در پافرات زندگی می‌کنم. پناهندگی‌ام به دلیل تغییر دین پذیرفته شده است.
در اتاق با سه خانم دیگر زندگی می‌کنم و شرایط برایم خیلی سخت است، مخصوصاً چون در حال گذراندن دوره B2 هستم و جای آرامی برای درس خواندن ندارم.
خواهش می‌کنم مرا در برنامه‌تان ثبت کنید. یک آپارتمان کوچک یک‌اتاقه یا یک اتاق در WG برایم کافی است.
با تشکر فراوان
مریم احمدی
"""),
M(lang="fa", cat="tenant_request", style="broken", frm=("Nasir Ahmad", "nasir.ahmad.gl@example.org"),
  subj="wohnung", fmt="plain", cte="8bit", body="""
Hallo guten tag
ich Nasir Ahmad. Ich wohne Heim in Gronau mit Familie 5 Person. wir suchen Wohnung lange Zeit, viele Bewerbung schreiben aber keine antwort.
bitte helfen uns
من آلمانی خوب نمی‌دانم، اگر کسی دری گپ می‌زند لطفاً زنگ بزند
Nasir 0176 23458871
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Zahra Hosseini", "zahra.hosseini@example.net"),
  subj="ثبت نام ورکشاپ", body="""
سلام
می‌خواهم خودم و شوهرم را برای ورکشاپ خانه (Wohnworkshop) ثبت نام کنم. ما هر دو کورس لسان می‌رویم تا ساعت ۱۲.
آیا ورکشاپ بعد از چاشت هم است؟ ترجمان دری هم می‌باشد؟
تشکر
زهرا حسینی
"""),
M(cs="windows-1256", cte="b64", lang="fa", cat="tenant_request", style="clean", frm=("Hamid Rezaei", "hamid.rezaei@example.com"),
  subj="گواهی شرکت در ورکشاپ", body="""
سلام خسته نباشید
من در ورکشاپ مسکن ماه مارس شرکت کردم ولی گواهی (Zertifikat) رو نگرفتم چون روز آخر مریض بودم.
الان یه صاحبخونه توی رفرات ازم خواسته. میشه لطفاً برام بفرستید یا بگید چیکار کنم؟
حمید رضایی
"""),
M(lang="fa", cat="tenant_request", style="forward", frm=("Mohammad Nabi Rahimi", "m.nabi.rahimi@example.org"),
  subj="WG: Wohnungsangebot Bensberg", att=["Expose_Bensberg.pdf"], body="""
سلام، این خانه را در انترنت پیدا کردم. چهار اتاق است و ۹۳۰ یورو گرم. برای ما هفت نفر خوب است. آیا جاب سنتر قبول می‌کند؟ مهربانی کرده با صاحب خانه تماس بگیرید، من آلمانی خوب گپ زده نمی‌توانم.

-------- Weitergeleitete Nachricht --------
Betreff: Wohnungsangebot Bensberg
Datum: Tue, 8 Jul 2025 17:21:04 +0200
Von: Hausverwaltung Berg <vermietung@hv-berg.example.com>
An: m.nabi.rahimi@example.org

Sehr geehrter Herr Rahimi,
vielen Dank für Ihre Anfrage. Anbei erhalten Sie das Exposé zur 4-Zimmer-Wohnung in
51429 Bergisch Gladbach-Bensberg (92 m², Kaltmiete 720 €, NK 210 €).
Für eine Besichtigung benötigen wir vorab eine Selbstauskunft.
Mit freundlichen Grüßen
Hausverwaltung Berg
"""),
M(fmt="html", lang="fa", cat="tenant_request", style="clean", frm=("Fereshta Nazari", "fereshta.nazari@example.com"),
  subj="سوال در مورد WBS", body="""
سلام،
دوستم گفت برای خانه‌های ارزان WBS لازم است. من نمی‌دانم از کجا درخواست کنم و چه اسنادی لازم است.
ما پنج نفر هستیم و شوهرم در یک نانوایی کار می‌کند. آیا با معاش او هم WBS می‌گیریم؟
فرشته نظری
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Ali Mohammadi", "ali.mohammadi77@example.net"),
  subj="ودیعه (Kaution)", body="""
سلام
یک خانه در هاند پیدا کردیم. صاحبخانه ۳ ماه کرایه Kaution می‌خواهد، یعنی ۱۷۴۰ یورو. ما این پول را نداریم.
جاب سنتر گفت قرض می‌دهد ولی باید اول قرارداد امضا شود، و صاحبخانه می‌گوید اول پول. چه کار کنیم؟
علی محمدی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Sima Karimi", "sima.karimi@example.org"),
  subj="نامه جاب سنتر را نمی‌فهمم", att=["Schreiben_Jobcenter.jpg"], body="""
سلام
جاب سنتر برایم نامه فرستاده که خانه‌ای که پیدا کردم «nicht angemessen» است. کرایه ۶۹۰ یورو گرم است برای دو نفر.
یعنی چه؟ یعنی نمی‌توانم این خانه را بگیرم؟ عکس نامه را فرستادم.
سیما کریمی
"""),
M(lang="fa", cat="tenant_request", urg=1, style="clean", frm=("", "safe.woman.gl@example.com"),
  subj="کمک فوری", date="2025-06-18 22:47", body="""
سلام
من با شوهر و دو بچه‌ام در کمپ در موتسفلد زندگی می‌کنم. امشب شوهرم دوباره مرا زد و گفت اگر به پولیس بگویم مرا می‌کشد.
من الان با بچه‌ها در اتاق همسایه هستم. فردا نمی‌خواهم به آن اتاق برگردم.
آیا جای دیگری برای من و اولادهایم هست؟ لطفاً به شماره شوهرم زنگ نزنید. شماره من: 0152 23456610
"""),
M(lang="fa", cat="tenant_request", urg=1, style="clean", frm=("Jawad Hakimi", "jawad.hakimi@example.net"),
  subj="باید فردا از کمپ بیرون شویم", date="2025-10-02 17:05", body="""
سلام علیکم
امروز مسئول کمپ در هیبورن به ما گفت که چون اقامت گرفته‌ایم و حالا جاب سنتر مسئول است، باید فردا صبح اتاق را خالی کنیم چون برای یک فامیل نو جا لازم دارند.
ما چهار نفر هستیم و یک طفل شش ماهه داریم. هیچ جای دیگری نداریم. کسی به ما نگفته بود.
آیا این درست است؟ لطفاً امروز جواب بدهید.
جواد حکیمی 0157 23454482
"""),
M(lang="fa", cat="tenant_request", urg=1, style="mixed_language", frm=("Behrouz Tavakoli", "behrouz.tavakoli@example.com"),
  subj="Räumungstermin 24.02 - خواهش میکنم کمک کنید", date="2026-02-19 09:15", body="""
سلام
ما سه ساله توی یه آپارتمان خصوصی توی Stadtmitte زندگی می‌کنیم. Vermieter به خاطر Mietrückstand شکایت کرده و Gerichtsvollzieher نامه داده که روز سه‌شنبه ۲۴ فوریه Räumung است.
بدهی رو Jobcenter قبول کرده بپردازه (Übernahme Mietschulden)، ولی هنوز پول واریز نشده و Vermieter میگه دیره.
ما با دو تا بچه کجا بریم؟ لطفاً کمک کنید، چهار روز بیشتر وقت نداریم.
بهروز توکلی
0176 23450949
"""),
M(lang="fa", cat="tenant_request", urg=1, style="clean", frm=("Nilofar Azizi", "nilofar.azizi@example.org"),
  subj="نوزاد دو هفته‌ای و بدون جا", date="2026-05-11 14:22", body="""
سلام
من دو هفته پیش در شفاخانه برگیش گلادباخ دختری به دنیا آوردم. قبل از آن با شوهرم در خانه خاله‌ام در هرکنرات زندگی می‌کردیم، ولی صاحب خانه خاله‌ام گفت تا آخر همین هفته باید برویم، وگرنه قرارداد او را فسخ می‌کند.
ما از شهر دیگری به اینجا آمدیم و در هیچ کمپی ثبت نیستیم. طفل خیلی کوچک است.
لطفاً بگویید چه کنیم.
نیلوفر عزیزی
"""),
M(lang="fa", cat="tenant_request", style="on_behalf", frm=("Farid Noori", "farid.noori@example.com"),
  subj="درباره فامیل برادرم", body="""
سلام علیکم،
من فرید نوری هستم، از ده سال به اینطرف در آلمان زندگی می‌کنم. این ایمیل را برای برادرم عبدالله نوری و فامیلش (خانمش و سه اولاد) می‌نویسم. آن‌ها در کمپ در هاند زندگی می‌کنند.
برادرم آلمانی خوب نمی‌داند. آنها سه ماه پیش نزد شما ثبت نام کردند ولی کسی تماس نگرفته.
آیا ممکن است یک وقت ملاقات بدهید که من هم همراهشان بیایم و ترجمه کنم؟
شماره من: 0160 23458817
با احترام
فرید نوری
"""),
M(lang="fa", cat="tenant_request", style="on_behalf", frm=("Katharina Weber", "k.weber.ehrenamt@example.net"),
  subj="Familie Haidari / فامیل حیدری", body="""
Hallo liebes Team,
ich begleite ehrenamtlich Familie Haidari (Unterkunft Paffrath). Herr Haidari hat den folgenden Text selbst geschrieben und bat mich, ihn weiterzuleiten:

سلام، ما فامیل حیدری هستیم، پنج نفر. یک خانه در شیلدگن پیدا کرده‌ایم که صاحبش حاضر است به ما بدهد. او یک نامه از شما می‌خواهد که ما در برنامه شما هستیم و کسی ما را همراهی می‌کند. لطفاً این نامه را برای ما بفرستید. تشکر، محمد حیدری

Viele Grüße
Katharina Weber
"""),
M(lang="fa", cat="tenant_request", style="reply", frm=("Omid Jafari", "omid.jafari@example.org"),
  subj="AW: Terminbestätigung Beratung", irt=True, body="""
سلام، ممنون. ساعت ۱۴ روز پنجشنبه خوبه. فقط آدرس دقیق رو نفهمیدم، اتاق ۲.۱۴ کدوم ساختمونه؟
امید

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 11. November 2025 10:03
An: omid.jafari@example.org
Betreff: Terminbestätigung Beratung

Sehr geehrter Herr Jafari,
hiermit bestätigen wir Ihren Termin am Donnerstag, 13.11.2025, 14:00 Uhr, Raum 2.14.
Mit freundlichen Grüßen
"""),
M(lang="fa", cat="tenant_request", style="oneliner", frm=("", "gul.ahmad.22@example.net"), subj="خانه", body="""
سلام من خانه میخواهم کمک کنید
"""),
M(lang="fa", cat="tenant_request", style="oneliner", frm=("Saeed", "saeed.m@example.com"), subj=None, body="""
salam khune mikham 3 nafarim. Unterkunft Hand. merci
"""),
M(cs="windows-1256", cte="8bit", lang="fa", cat="tenant_request", style="clean", frm=("Abdul Wahid Safi", "awahid.safi@example.org"),
  subj="چرا جواب نمیدهید؟", body="""
سلام
من پنج بار ایمیل فرستادم و دو بار به دفتر آمدم. هر بار می‌گویند صبر کنید. حالا ۱۰ ماه شده.
در اتاق ما در کمپ لوکرات هشت نفر زندگی می‌کنیم. من خسته شده‌ام.
لطفاً بگویید پرونده من در کجاست. اسم: عبدالواحد صافی، تاریخ تولد ۱۹۸۰/۰۳/۰۱
"""),
M(lang="fa", cat="tenant_request", style="phone", frm=("Khadija Popal", "khadija.popal@example.net"),
  subj="لطفا تماس بگیرید", body="""
سلام. نوشتن برایم مشکل است. مهربانی کرده به من زنگ بزنید: 0151 23459930. بعد از ساعت ۱ چاشت خانه هستم. در مورد خانه است.
خدیجه
"""),
M(lang="fa", cat="tenant_request", style="html_only", fmt="html", flavour="outlook", cs="windows-1256", cte="qp",
  frm=("Dr. Kaveh Moradi", "kaveh.moradi@example.com"), subj="درخواست همکاری برای یافتن مسکن", body="""
با سلام و احترام،

اینجانب کاوه مرادی، پزشک عمومی از ایران، در حال گذراندن مراحل شناسایی مدرک پزشکی (Approbation) هستم و به همراه همسر و پسرم در اقامتگاه شهری در رفرات ساکنیم.
از آنجا که از ماه آینده دوره کارآموزی (Hospitation) خود را در بیمارستانی در کلن آغاز می‌کنم، به دنبال آپارتمانی دو یا سه اتاقه در نزدیکی ایستگاه S-Bahn هستیم.
خواهشمندم در صورت امکان پرونده ما را در برنامه مسکن ثبت فرمایید. مدارک لازم را با کمال میل ارسال خواهم کرد.

با سپاس فراوان
دکتر کاوه مرادی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Arash Sadeghi", "arash.sadeghi@example.org"),
  subj="اتاق در WG", body="""
سلام
من آرش هستم، دانشجوی مهندسی در TH Köln (ترم سوم). فعلاً توی خوابگاه شهرداری در گروناو با یه هم‌اتاقی زندگی می‌کنم.
دنبال یه اتاق توی WG هستم، تا ۴۰۰ یورو. BAföG می‌گیرم. آیا برنامه‌ی شما شامل دانشجوها هم میشه؟
ممنون
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Gholam Sakhi", "gsakhi.gl@example.net"),
  subj="خانه برای پدر و مادر پیر", body="""
سلام علیکم
پدر و مادرم ۷۰ و ۶۸ ساله هستند و با ما در یک اتاق در کمپ زندگی می‌کنند. پدرم مریضی قلب دارد و زینه بالا رفتن برایش سخت است.
ما یک خانه در طبقه اول یا با لفت ضرورت داریم. همه ما شش نفر هستیم.
تشکر
غلام سخی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Parisa Ebrahimi", "parisa.ebrahimi@example.com"),
  subj="آپارتمان مناسب ویلچر", body="""
سلام وقت بخیر
دخترم ۸ سالشه و روی ویلچر هست. توی اقامتگاه در شیلدگن توی طبقه دوم هستیم و آسانسور نداره، هر روز بغلش می‌کنم.
دنبال آپارتمان barrierefrei هستیم. کارت معلولیت (Schwerbehindertenausweis) داریم. آیا شما اینطور آپارتمان‌ها رو می‌شناسید؟
پریسا ابراهیمی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Mohammad Yasin Amiri", "yasin.amiri@example.org"),
  subj="فامیل نه نفری", body="""
سلام
فامیل ما نه نفر است (من، خانمم و هفت اولاد). در اعلانات همیشه خانه‌های کوچک است. آیا در برنامه شما خانه‌های بزرگ هم پیدا می‌شود؟ یا دو خانه نزدیک هم؟
محمد یاسین امیری - کمپ بنسبرگ
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Shabnam Rasuli", "shabnam.rasuli@example.net"),
  subj="کار دارم - باز هم می‌توانم ثبت نام کنم؟", body="""
سلام
من حالا به عنوان کمک‌پرستار (Pflegehelferin) در یک خانه سالمندان در بنسبرگ کار می‌کنم و ۱۹۰۰ یورو معاش می‌گیرم. جاب سنتر دیگر کمک نمی‌کند.
آیا باز هم می‌توانم از برنامه شما استفاده کنم؟ من با پسرم هستم و هنوز در کمپ زندگی می‌کنیم.
شبنم رسولی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Kamran Hashemi", "kamran.hashemi@example.com"),
  subj="سوال درباره قرارداد اجاره", att=["Mietvertrag.pdf"], body="""
سلام
صاحبخونه قرارداد رو فرستاده. توش نوشته Indexmiete و اینکه من باید هر سال دیوارها رو رنگ کنم (Schönheitsreparaturen).
این قانونیه؟ قبل از امضا می‌خوام مطمئن بشم. قرارداد پیوسته.
کامران هاشمی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Sakina Jafari", "sakina.jafari@example.org"),
  subj="کسی همراه من به دیدن خانه بیاید؟", body="""
سلام
روز شنبه ساعت ۱۰ برای دیدن خانه (Besichtigung) در کاتر باخ وقت دارم. شوهرم کار دارد و من آلمانی کم می‌دانم.
آیا کسی از دفتر شما یا یک داوطلب می‌تواند همراهم بیاید؟
سکینه جعفری 0157 23451174
"""),
M(lang="fa", cat="tenant_request", style="hard_case", frm=("Masoud Parvizi", "masoud.parvizi@example.net"),
  subj="صاحبخانه قبول نکرد", body="""
سلام
با یه Vermieter توی Refrath همه چی رو هماهنگ کرده بودیم، حتی Besichtigung رفتیم و گفت خوبه. امروز زنگ زد گفت «با Jobcenter نمی‌خوام». این چهارمین باره.
آیا Vermieter هایی دارید که با جاب سنتر مشکل نداشته باشن؟ ما دو نفریم و یه بچه تو راه داریم.
مسعود پرویزی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Farzana Wardak", "farzana.wardak@example.com"),
  subj="فوری - تغییر وقت", body="""
سلام
فوری است! من فردا (دوشنبه) ساعت ۹ نزد شما وقت مشوره دارم، ولی امروز پسرم تب کرده و باید او را نزد داکتر ببرم.
آیا می‌توانم وقت را به روز چهارشنبه یا پنجشنبه تغییر بدهم؟ معذرت می‌خواهم.
فرزانه وردک
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Hassan Alizada", "hassan.alizada@example.org"),
  subj="کپک در اتاق", att=["Schimmel_Zimmer.jpg"], body="""
سلام
در اتاق ما در کمپ هاند کپک (Schimmel) زیاد است، سیاه شده. پسر دو ساله‌ام همیشه سرفه دارد. به Hausmeister گفتیم ولی کاری نکرد.
آیا می‌شود ما را زودتر به یک خانه یا اتاق دیگر انتقال بدهید؟ عکس را فرستادم.
حسن علیزاده
"""),
M(fmt="html", lang="fa", cat="tenant_request", style="clean", frm=("Leila Mousavi", "leila.mousavi@example.net"),
  subj="تحویل کلید اتاق", body="""
سلام
قرارداد خونه‌ی جدید رو امضا کردیم 🎉 از اول ماه آینده می‌تونیم بریم. کلید اتاق اقامتگاه رو باید به کی تحویل بدیم؟ و آیا می‌تونیم تختخواب‌ها رو با خودمون ببریم؟
خیلی ممنون از کمکتون
لیلا موسوی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Nematullah Karimi", "nematullah.karimi@example.com"),
  subj="قبض برق خیلی زیاد است", body="""
سلام علیکم
با کمک شما به خانه نو در فرانکن‌فورست رفتیم. حالا از شرکت برق نامه آمده که ماهانه ۱۱۰ یورو باید بدهیم. این خیلی زیاد است. آیا جاب سنتر این را می‌پردازد؟ لطفاً معلومات بدهید.
نعمت‌الله کریمی
"""),
M(lang="fa", cat="tenant_request", style="mixed_language", frm=("Tahmina", "tahmina.s@example.org"),
  subj="Termin Jobcenter Mietangebot", body="""
سلام، من یک Mietangebot برای یک Wohnung در Gronau دارم، 2 Zimmer، 58 qm، Warmmiete 710. Termin در Jobcenter روز 21 است. Sachbearbeiterin گفت Mietbescheinigung از Vermieter لازم است. Vermieter گفت این را نمی‌داند. آیا شما یک Formular دارید؟
تشکر
تهمینه
"""),
M(lang="fa", cat="tenant_request", style="machine_translated", frm=("Ghulam Haidar Qaderi", "gh.qaderi@example.net"),
  subj="Bitte um Wohnung / درخواست خانه", body="""
Hallo sehr geehrte. Ich bin Ghulam Haidar. Ich habe eine Familie von vier Personen. Wir leben im Lager. Wir brauchen ein Haus. Danke schön.

سلام محترم. من غلام حیدر قادری هستم. ما چهار نفر هستیم: من، خانمم و دو دختر. از دو سال به اینطرف در کمپ هیبورن زندگی می‌کنیم. دخترانم به مکتب می‌روند و در اتاق جای درس خواندن نیست. من در کابل معلم بودم و حالا کورس آلمانی B1 را تمام کرده‌ام و دنبال کار هستم.
قسمت آلمانی را با گوگل ترجمه کردم، ببخشید اگر اشتباه است.
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Navid Ghasemi", "navid.ghasemi@example.com"),
  subj="خونه در کلن؟", body="""
سلام
من یه کار تمام وقت توی کلن پیدا کردم. میشه از طریق برنامه‌ی شما توی کلن هم دنبال خونه بگردم؟ یا باید توی برگیش گلادباخ بمونم به خاطر Wohnsitzauflage؟
نوید قاسمی
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Rohullah Nazari", "rohullah.nazari@example.org"),
  subj="شوفا", body="""
سلام
صاحب خانه SCHUFA از من می‌خواهد. من هیچ قرضی ندارم. از کجا بگیرم که پول ندهم؟ در انترنت همه جا ۲۹ یورو نوشته است.
روح‌الله
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Elham Soltani", "elham.soltani@example.net"),
  subj="گواهی عدم بدهی اجاره", body="""
سلام
شرکت مسکن از ما Mietschuldenfreiheitsbescheinigung خواسته. ما از اول در اقامتگاه شهرداری بودیم و هیچ وقت خونه‌ی خصوصی نداشتیم.
آیا شما می‌تونید یه نامه بدید که ما بدهی نداریم؟
الهام سلطانی
"""),
M(lang="fa", cat="tenant_request", style="forward", frm=("Wahid Ahmadzai", "wahid.ahmadzai@example.com"),
  subj="Fwd: Ablehnung Ihrer Wohnungsbewerbung", body="""
سلام، این نامه را گرفتم. فهمیدم که قبول نکردند ولی نمی‌دانم چرا. آیا می‌توانید بپرسید؟ ما خیلی این خانه را می‌خواستیم.

---------- Forwarded message ---------
From: Wohnungsbaugesellschaft Rhein-Berg <vermietung@wbg-rb.example.com>
Date: Thu, 15 May 2025 at 11:40
Subject: Ablehnung Ihrer Wohnungsbewerbung
To: <wahid.ahmadzai@example.com>

Sehr geehrter Herr Ahmadzai,
leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.
Wir wünschen Ihnen für die weitere Suche alles Gute.
Mit freundlichen Grüßen
Vermietungsteam
"""),
M(lang="fa", cat="tenant_request", style="hard_case", frm=("Shirin Nikpour", "shirin.nikpour@example.org"),
  subj="این آگهی واقعیه؟", body="""
سلام
یه آگهی تو Kleinanzeigen دیدم، آپارتمان ۳ اتاقه توی بنسبرگ با ۴۵۰ یورو. صاحبش میگه توی اسپانیاست و باید اول Kaution رو با Western Union بفرستم تا کلید رو پست کنه.
به نظرتون کلاهبرداریه؟ ما واقعاً خونه لازم داریم.
شیرین
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Abdul Basir Hamdard", "basir.hamdard@example.net"),
  subj="خانمم و اولادها آمدند", body="""
سلام علیکم
خبر خوش دارم: خانمم و سه اولادم از طریق الحاق فامیل (Familiennachzug) هفته گذشته به آلمان رسیدند. حالا همه ما پنج نفر در یک اتاق کوچک در کمپ رومانی هستیم.
لطفاً پرونده مرا تغییر بدهید، حالا پنج نفر هستیم و خانه بزرگتر ضرورت داریم.
عبدالبصیر همدرد
"""),
M(lang="fa", cat="tenant_request", style="clean", frm=("Mustafa Rahmani", "mustafa.rahmani07@example.com"),
  subj="۱۸ ساله شدم", body="""
سلام
من مصطفی هستم، ۱۸ ساله. تنها به آلمان آمدم و در یک خانه Jugendhilfe زندگی می‌کنم. حالا ۱۸ سالم شده و مسئولم گفت تا آخر ماه سپتامبر باید جای دیگری پیدا کنم (دو ماه وقت دارم).
من Ausbildung آشپزی شروع کردم. آیا می‌توانید کمکم کنید یک اتاق پیدا کنم؟
مصطفی
"""),
M(lang="fa", cat="inquiry", style="formal", frm=("انجمن فرهنگی افغان‌های راین-برگ", "info@afghan-kultur-rb.example.org"),
  subj="دعوت به جشن نوروز / Einladung Nouruz-Fest", date="2026-03-02 12:00", fmt="alt", body="""
همکاران محترم تیم مسکن و ادغام شهر برگیش گلادباخ،

انجمن فرهنگی افغان‌های راین-برگ شما را به جشن نوروز ۱۴۰۵ دعوت می‌کند:
تاریخ: شنبه ۲۱ مارس ۲۰۲۶، ساعت ۱۶:۰۰
مکان: سالن اجتماعات در رفرات

خوشحال می‌شویم اگر یکی از همکاران شما چند دقیقه درباره برنامه انتقال به خانه‌های شخصی صحبت کند. بسیاری از اعضای ما سوال دارند.

Wir laden Sie herzlich zu unserem Nouruz-Fest am 21.03.2026 ein.

با احترام
هیئت مدیره
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("کانون ایرانیان برگیش گلادباخ", "kanoon.iranian@example.net"),
  subj="پیشنهاد همکاری داوطلبانه", body="""
با سلام
ما گروهی از ایرانیان مقیم برگیش گلادباخ هستیم که سال‌هاست اینجا زندگی می‌کنیم. چند نفر از اعضای ما آماده‌اند به صورت داوطلبانه در ترجمه فارسی/دری هنگام بازدید خانه یا در ورکشاپ‌ها کمک کنند.
لطفاً بفرمایید با چه کسی باید هماهنگ کنیم.
با احترام
فرهاد کیانی، از طرف کانون
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("Zarghona Ahmadi", "zarghona.ahmadi@example.com"),
  subj="کورس لسان", body="""
سلام
من می‌خواهم در کورس ادغام (Integrationskurs) سطح A2 ثبت نام کنم. کورس بعدی چه وقت شروع می‌شود؟ آیا برای اطفال کودکستان هم هست؟
زرغونه
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("Hossein Bagheri", "hossein.bagheri@example.org"),
  subj="تمدید اقامت", body="""
سلام
اقامت من ماه آینده تمام می‌شود. به اداره اتباع (Ausländerbehörde) ایمیل زدم جواب ندادند. میشه ایمیل منو به بخش مربوط بفرستید یا یه شماره بدید؟
حسین باقری
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("Mahsa Tehrani", "m.tehrani@uni.example.org"),
  subj="درخواست مصاحبه برای پایان‌نامه", body="""
با سلام و احترام
اینجانب مهسا تهرانی، دانشجوی دکترای جامعه‌شناسی در دانشگاه کلن هستم. موضوع پژوهش من «تجربه مسکن پناهجویان افغان در شهرهای کوچک و متوسط آلمان» است.
آیا امکان دارد با یکی از همکاران شما مصاحبه‌ای ۴۵ دقیقه‌ای داشته باشم؟ البته مصاحبه می‌تواند به آلمانی هم باشد.
با سپاس
مهسا تهرانی
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("Ajmal Wardak | Sada-e Afghan TV", "ajmal.wardak@sada-afghan.example.net"),
  subj="گزارش درباره مسکن پناهجویان", body="""
سلام
من خبرنگار یک کانال یوتیوب دری‌زبان در آلمان هستم. می‌خواهیم یک گزارش کوتاه درباره برنامه شما بسازیم: چند خانواده تا حالا از کمپ به خانه شخصی رفته‌اند؟ چند صاحبخانه با شما همکاری می‌کنند؟
آیا می‌توانیم با یک مسئول مصاحبه ویدیویی داشته باشیم؟
اجمل وردک
"""),
M(lang="fa", cat="inquiry", style="clean", frm=("Nasrin Faizi", "nasrin.faizi@example.com"),
  subj="معلومات درباره برنامه", body="""
سلام
خواهرم با فامیلش شاید سال آینده از طریق برنامه پذیرش (Aufnahmeprogramm) به آلمان بیاید. می‌خواستم به طور کلی بدانم برنامه شما چطور کار می‌کند و آیا برای تازه واردها هم هست؟
تشکر
نسرین فیضی
"""),
M(lang="fa", cat="landlord_offer", style="clean", frm=("Bijan Farahani", "bijan.farahani@example.net"),
  subj="آپارتمان برای اجاره در رفرات", att=["Grundriss_Refrath.png"], body="""
سلام و وقت بخیر
من یه آپارتمان ۲ اتاقه ۵۸ متری توی رفرات دارم، طبقه‌ی همکف با یه باغچه‌ی کوچیک. اجاره‌ی سرد ۵۴۰ و Nebenkosten ۱۷۰ یورو.
خودم ۳۰ سال پیش به عنوان پناهنده اومدم آلمان و دوست دارم به یه خانواده از برنامه‌ی شما اجاره بدم. پرداخت از طریق جاب سنتر برام مشکلی نیست.
نقشه‌ی آپارتمان رو ضمیمه کردم.
بیژن فراهانی
0171 23459914
"""),
M(lang="fa", cat="landlord_offer", style="clean", frm=("Sultan Mahmood Sherzad", "sherzad.markt@example.org"),
  subj="خانه بالای دکان", body="""
سلام علیکم
من یک دکان مواد خوراکی افغانی در مرکز شهر دارم. بالای دکان یک خانه دو اتاقه است که خالی شده (۵۰ متر).
می‌خواهم به یک فامیل افغان که در کمپ زندگی می‌کند کرایه بدهم. کرایه ۵۵۰ با همه مصارف.
لطفاً اگر کسی مناسب است خبر بدهید.
سلطان محمود شیرزاد
"""),
M(lang="fa", cat="landlord_offer", style="clean", frm=("Dr. Shahrzad Amini", "shahrzad.amini@example.com"),
  subj="آپارتمان مادرم", body="""
با سلام
مادرم سال گذشته فوت کرد و آپارتمانش در بنسبرگ (۳ اتاق، ۷۵ متر، طبقه‌ی دوم با آسانسور) خالی مونده. من و برادرم در مونیخ زندگی می‌کنیم.
دوست داریم آپارتمان رو به یه خانواده‌ی پناهجو اجاره بدیم ولی نمی‌دونیم از کجا شروع کنیم. آیا شما واسطه می‌شید؟ قرارداد رو کی تنظیم می‌کنه؟
شهرزاد امینی
"""),
M(lang="fa", cat="landlord_offer", style="clean", frm=("Majid Nouri", "majid.nouri.immo@example.net"),
  subj="تضمین برای صاحبخانه؟", body="""
سلام
من دو آپارتمان کوچک در پافرات دارم و یکی از آن‌ها از ماه آینده خالی میشه. قبل از اینکه تصمیم بگیرم، می‌خوام بدونم: اگه مستأجر خسارت بزنه یا جاب سنتر پول نده، شهرداری تضمینی میده؟
مجید نوری
"""),
M(lang="fa", cat="landlord_offer", style="reply", frm=("Parviz Rostami", "parviz.rostami@example.org"),
  subj="AW: Ihre Vermietung an Familie Sharifi", irt=True, body="""
سلام
خانواده‌ی شریفی سه ماهه توی آپارتمان من هستن و خیلی آدمای خوبی‌ان. فقط Nebenkosten این سه ماه هنوز پرداخت نشده، فقط اجاره‌ی سرد اومده.
ممکنه با جاب سنتر صحبت کنید؟
پرویز رستمی

> Sehr geehrter Herr Rostami,
> wir freuen uns, dass der Mietvertrag mit Familie Sharifi zustande gekommen ist.
> Sollten Fragen auftreten, melden Sie sich gerne.
"""),
M(lang="fa", cat="auto", style="header_only", frm=("Farhad Kiani", "kanoon.iranian@example.net"),
  subj="پاسخ خودکار: Re: پیشنهاد همکاری داوطلبانه", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, mailer=None, fmt="plain", body="""
سلام،
از پیام شما سپاسگزارم. تا تاریخ ۱۵ آگوست در سفر هستم و دسترسی محدودی به ایمیل دارم. پس از بازگشت پاسخ خواهم داد.
فرهاد کیانی
"""),
M(lang="fa", cat="auto", style="header_only", kind="bounce", frm=("Mail Delivery Subsystem", "postmaster@mail.example.com"),
  subj="Delivery Status Notification (Failure)", rcpt="hamid.rezaei.old@example.com", status="5.2.2",
  diag="552 5.2.2 The email account that you tried to reach is over quota", orig_subj="گواهی شرکت در ورکشاپ مسکن", body="""
** Die Nachricht wurde nicht zugestellt **

Ihre Nachricht an hamid.rezaei.old@example.com konnte nicht zugestellt werden, da das Postfach des Empfängers voll ist.

The response was:
552 5.2.2 The email account that you tried to reach is over quota.
""", orig_body="""
سلام آقای رضایی،

گواهی شرکت شما در ورکشاپ مسکن (مارس ۲۰۲۵) به پیوست فرستاده می‌شود. لطفاً آن را همراه با سایر مدارک به صاحبخانه نشان دهید.
اگر سوالی دارید، با ما تماس بگیرید.

با احترام
تیم مسکن و ادغام
"""),
M(lang="fa", cat="spam", style="other", frm=("بانک ملت - خدمات آنلاین", "security@mellat-online.example.com"),
  subj="حساب شما مسدود شد - فوری", body="""
مشتری گرامی،
به دلیل فعالیت مشکوک، حساب بانکی شما به طور موقت مسدود شده است.
برای رفع مسدودی، لطفاً ظرف ۲۴ ساعت از طریق لینک زیر اطلاعات کارت و رمز دوم خود را تأیید کنید:
https://mellat-online.example.com/verify
در غیر این صورت حساب شما به طور دائم بسته خواهد شد.
"""),
M(lang="fa", cat="spam", style="other", frm=("Green Card Lottery Office", "dv-lottery@usa-visa-win.example.net"),
  subj="🎉 تبریک! شما برنده گرین کارت ۲۰۲۶ شدید", body="""
تبریک!
نام شما در قرعه‌کشی گرین کارت آمریکا انتخاب شده است. برای تکمیل پرونده و رزرو وقت مصاحبه، هزینه پردازش ۴۹۰ یورو را ظرف ۳ روز از طریق MoneyGram پرداخت کنید.
کد پرونده: DV-2026-AS-88412
این ایمیل را به کسی نشان ندهید.
"""),
]

if __name__ == "__main__":
    from mailw import write_batch
    print(len(write_batch(MAILS, START)), "written")
