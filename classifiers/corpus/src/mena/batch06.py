# Pashto
from mailw import M

START = 260
MAILS = [
M(lang="ps", cat="tenant_request", style="clean", frm=("Gul Agha Ahmadzai", "gulagha.ahmadzai@example.org"),
  subj="د کور لپاره مرسته", date="2025-02-04 10:20", body="""
السلام علیکم،
زما نوم ګل آغا احمدزی دی. موږ شپږ کسان یو: زه، زما ښځه او څلور ماشومان. له یو کال راهیسې د ښاروالۍ په کمپ کې په بنسبرګ کې اوسېږو.
اوس موږ اقامت لرو او جاب سنټر وايي چې باید خپل کور پیدا کړو. موږ ډېر لټون وکړ خو هیڅ ځواب نه راځي.
مهرباني وکړئ زموږ سره مرسته وکړئ. که ورکشاپ وي، موږ غواړو ګډون وکړو.
ډېره مننه
ګل آغا
0151 23456120
"""),
M(lang="ps", cat="tenant_request", style="mixed_language", frm=("Zabihullah", "zabihullah.k@example.net"),
  subj="kor", body="""
salam ruruna, za Zabihullah yam, pa Unterkunft Hand ke osegam. mung 4 kasan yu. kor ghwaro. Jobcenter kiraya warkawi. mehrabani wokrai mung sara mrasta wokrai.
manana
"""),
M(lang="ps", cat="tenant_request", style="broken", frm=("Noorullah Mangal", "noorullah.mangal@example.com"),
  subj="Wohnung suchen", fmt="plain", cte="8bit", body="""
Hallo Guten Tag
ich heiße Noorullah. ich wohne in Heim Refrath. Ich habe 3 Kinder. Wohnung suchen 1 Jahr. kein Antwort.
زه په الماني ښه نه پوهېږم. که څوک پښتو خبرې کوي، مهرباني وکړئ ما ته زنګ ووهئ.
0176 23451442
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Palwasha Zadran", "palwasha.zadran@example.org"),
  subj="په ورکشاپ کې نوم لیکل", body="""
سلام،
زه غواړم چې زه او زما مېړه د کور په ورکشاپ (Wohnworkshop) کې نوم ولیکو. موږ دواړه د ژبې کورس ته ځو تر ۱۲ بجو پورې.
ایا ورکشاپ د غرمې وروسته هم شته؟ ایا پښتو ژباړونکی به وي؟
مننه
پلوشه زدراڼ
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Hekmatullah Safi", "hekmat.safi@example.net"),
  subj="د ورکشاپ سند", body="""
السلام علیکم
ما د اپرېل په میاشت کې د کور په ورکشاپ کې ګډون وکړ، خو سند (Teilnahmebestätigung) مې نه دی ترلاسه کړی.
یو کور خاوند په پافرات کې دا سند غواړي. مهرباني وکړئ ما ته یې په ایمیل کې راولېږئ.
حکمت الله صافي، د زېږېدو نېټه ۱۹۹۰/۰۵/۱۰
"""),
M(lang="ps", cat="tenant_request", style="forward", frm=("Samiullah Niazi", "samiullah.niazi@example.com"),
  subj="Fwd: 3 Zimmer Wohnung Gronau", body="""
سلام، ما دا اعلان په انټرنټ کې پیدا کړ. درې کوټې دي، ۸۲۰ یورو ګرمه کرایه. موږ پنځه کسان یو. ایا جاب سنټر دا مني؟ مهرباني وکړئ له کور خاوند سره خبرې وکړئ، زه الماني نه شم ویلای.

---------- Forwarded message ---------
From: Wohnungsbörse <alert@wohnungsboerse.example.com>
Date: Mon, 9 Jun 2025 07:15
Subject: 3 Zimmer Wohnung Gronau
To: samiullah.niazi@example.com

3-Zimmer-Wohnung, 75 m², 51469 Bergisch Gladbach-Gronau
Kaltmiete 610 €, Nebenkosten 210 €
Verfügbar ab 01.08.2025
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Shah Wali Popalzai", "shahwali.popalzai@example.org"),
  subj="WBS څه شی دی؟", body="""
السلام علیکم
زما ملګري وویل چې د ارزانه کورونو لپاره WBS پکار دی. زه نه پوهېږم چې څنګه یې واخلم او کوم اسناد پکار دي.
موږ اووه کسان یو. مهرباني وکړئ معلومات راکړئ.
شاه ولي پوپلزی
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Rahmatullah Khpalwak", "rahmat.khpalwak@example.net"),
  subj="د کاوشن پیسې", body="""
سلام
موږ په هېبورن کې یو کور پیدا کړ. کور خاوند درې میاشتې کرایه Kaution غواړي، ۱۵۹۰ یورو. دا پیسې نه لرو.
جاب سنټر وايي قرض راکوي خو لومړی باید تړون لاسلیک شي. کور خاوند وايي لومړی پیسې. څه وکړو؟
رحمت الله خپلواک
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Bibi Hawa", "bibihawa.gl@example.com"),
  subj="د جاب سنټر لیک", att=["Brief_Jobcenter.jpg"], body="""
سلام
جاب سنټر ما ته لیک راستولی دی. زه نه پوهېږم چې څه وايي. ایا هغه کور چې ما پیدا کړی رد شو؟ عکس مې درولېږه.
بي بي حوا
"""),
M(lang="ps", cat="tenant_request", urg=1, style="clean", frm=("", "help.mor2025@example.net"),
  subj="بېړنۍ مرسته", date="2025-08-11 23:05", body="""
سلام
زه له خپل مېړه او درې ماشومانو سره په کمپ کې په هاند کې اوسېږم. نن شپه زما مېړه بیا ما ووهلم او ویې ویل چې که پولیس ته ووایم ما وژني.
اوس زه له ماشومانو سره د ګاونډي په کوټه کې یم. سبا نه غواړم بېرته هغې کوټې ته لاړ شم.
ایا زما او زما د ماشومانو لپاره بل ځای شته؟ مهرباني وکړئ زما د مېړه شمېرې ته زنګ مه وهئ. زما شمېره: 0152 23450831
"""),
M(lang="ps", cat="tenant_request", urg=1, style="clean", frm=("Fazal Rahman Stanikzai", "fazal.stanikzai@example.org"),
  subj="باید په دوه ورځو کې له کمپ څخه ووځو", date="2025-12-03 16:40", body="""
السلام علیکم
نن د کمپ مسؤل موږ ته یو کاغذ راکړ چې باید تر جمعې ۵ دسمبر پورې کوټه خالي کړو، ځکه چې زموږ دوسیه بل ښار ته لېږدول شوې ده (Zuweisung). هلته هیڅ ځای نه لرو او هیڅوک ټیلیفون نه اخلي.
زموږ ماشومان دلته په ښوونځي کې دي. موږ نه پوهېږو چې د جمعې په ورځ به چېرته ویده کېږو.
مهرباني وکړئ ژر مرسته وکړئ. 0157 23459083
فضل الرحمن ستانکزی
"""),
M(lang="ps", cat="tenant_request", urg=1, style="mixed_language", frm=("Wali Khan Zazai", "walikhan.zazai@example.com"),
  subj="Räumung دوشنبه", date="2026-04-08 09:02", body="""
سلام
موږ په Stadtmitte کې په یو شخصي کور کې اوسېږو. Vermieter شکایت کړی و ځکه چې جاب سنټر درې میاشتې کرایه نه وه ورکړې. اوس Gerichtsvollzieher لیک راکړی چې د دوشنبې په ورځ ۱۳ اپرېل Räumung ده.
موږ پنځه کسان یو، یو ماشوم یې دوه کلن دی. چېرته لاړ شو؟ مهرباني وکړئ مرسته وکړئ.
ولي خان ځاځی 0176 23453390
"""),
M(lang="ps", cat="tenant_request", urg=1, style="clean", frm=("Zarmina Mohmand", "zarmina.mohmand@example.net"),
  subj="نوی زېږېدلی ماشوم او هیڅ ځای نه لرو", date="2026-10-19 12:15", body="""
سلام
ما پرون په بنسبرګ روغتون کې زوی وزېږاوه. سبا له روغتون څخه رخصت کېږم. موږ د مېړه د ورور سره په یوه کوټه کې اوسېدو، خو د هغه کور خاوند وویل چې موږ باید لاړ شو او بېرته نه شو راتلای.
موږ په هیڅ کمپ کې ثبت نه یو ځکه چې له بل ښار څخه راغلي یو. ماشوم ډېر کوچنی دی.
مهرباني وکړئ ووایاست چې څه وکړو.
زرمینه مومند
"""),
M(lang="ps", cat="tenant_request", urg=1, style="clean", frm=("Abdul Hadi Wardak", "ahadi.wardak@example.org"),
  subj="کور خاوند زموږ سامان بهر اچوي", date="2025-06-27 14:48", body="""
سلام
نن زموږ کور خاوند په پافرات کې زموږ سامان له کوره بهر واچاوه او وایي چې باید همدا نن لاړ شو، ځکه چې زوی یې کور ته راځي. موږ هیڅ لیک یا Kündigung نه دی ترلاسه کړی.
ښځه مې او دوه لوڼې اوس د کوڅې په سر ولاړې دي. پولیس مو خبر کړل خو ویې ویل چې ښاروالۍ ته زنګ ووهئ.
مهرباني وکړئ ژر ځواب راکړئ. 0162 23456674
"""),
M(lang="ps", cat="tenant_request", style="on_behalf", frm=("Ajmal Khan", "ajmal.khan.de@example.com"),
  subj="د ورور د کورنۍ په اړه", body="""
سلام،
زه اجمل خان یم، لس کاله کېږي چې په المان کې اوسېږم. دا ایمیل د خپل ورور نقیب الله او د هغه د کورنۍ (ښځه او درې ماشومان) لپاره لیکم. هغوی په رومانی کې په کمپ کې دي.
زما ورور الماني نه پوهېږي. درې میاشتې مخکې یې نوم لیکلی و خو هیچا زنګ نه دی وهلی.
ایا کولای شئ یو وخت راکړئ چې زه هم ورسره راشم او ژباړه وکړم؟ 0160 23454471
اجمل خان
"""),
M(lang="ps", cat="tenant_request", style="on_behalf", frm=("Sabine Krämer", "sabine.kraemer.ehrenamt@example.net"),
  subj="Familie Zadran / د زدراڼ کورنۍ", body="""
Hallo zusammen,
ich betreue ehrenamtlich Familie Zadran in der Unterkunft Moitzfeld. Herr Zadran hat mir folgenden Text diktiert, sein Sohn hat ihn getippt:

سلام، موږ د زدراڼ کورنۍ یو، شپږ کسان. په شیلډګن کې یو کور خاوند موږ ته کور راکوي، خو هغه ستاسو څخه یو لیک غواړي چې موږ ستاسو په پروګرام کې یو او څوک زموږ ملاتړ کوي. مهرباني وکړئ دا لیک راولېږئ. مننه، شېر محمد زدراڼ

Viele Grüße
Sabine Krämer
"""),
M(lang="ps", cat="tenant_request", style="reply", frm=("Mirwais Hotak", "mirwais.hotak@example.org"),
  subj="AW: Ihr Beratungstermin", irt=True, body="""
سلام، ډېره مننه. د سه شنبې په ورځ لس بجې ښه دی. زه به خپل اقامت او د جاب سنټر کاغذ راوړم. ایا خپله ښځه هم راوړلای شم؟
میرویس هوتک

Am 14.01.2026 um 09:44 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Hotak,
> wir bieten Ihnen einen Termin am Dienstag, 20.01.2026, um 10:00 Uhr an.
> Bitte bringen Sie Ihren Aufenthaltstitel und den Jobcenter-Bescheid mit.
"""),
M(lang="ps", cat="tenant_request", style="oneliner", frm=("", "shabana.22@example.com"), subj="کور", body="""
سلام زه کور غواړم مرسته وکړئ
"""),
M(lang="ps", cat="tenant_request", style="oneliner", frm=("Asadullah", "asadullah.gl@example.net"), subj=None, body="""
salam, kor ta zma pa bara ke khabar shta? Asadullah, Heim Bensberg
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Obaidullah Safi", "obaidullah.safi@example.com"),
  subj="ولې ځواب نه راکوئ؟", body="""
سلام
ما څلور ځله ایمیل درولېږه او دوه ځله دفتر ته راغلم. هر ځل وایئ صبر وکړئ. اوس نهه میاشتې شوې.
زموږ په کوټه کې په لوکرات کمپ کې اووه کسان اوسېږي. زه ستړی شوی یم.
مهرباني وکړئ ووایاست چې زما دوسیه چېرته ده. نوم: عبید الله صافي
"""),
M(lang="ps", cat="tenant_request", style="phone", frm=("Gulalai", "gulalai.n@example.org"),
  subj="زنګ ووهئ", body="""
سلام. زه لیکل نه شم کولای. مهرباني وکړئ ما ته زنګ ووهئ 0151 23452287. د غرمې یوه بجه وروسته په کور کې یم. د کور په اړه ده.
ګلالۍ
"""),
M(lang="ps", cat="tenant_request", style="html_only", fmt="html", flavour="outlook", frm=("Eng. Sayed Rahim Sadat", "rahim.sadat@example.com"),
  subj="د کور د پیدا کولو لپاره غوښتنلیک", body="""
د برګیش ګلادباخ ښار د کور او ادغام ټیم ته،

په درناوي، زه انجنیر سید رحیم سادات یم. مخکې مې په کابل کې له یوې الماني ادارې سره کار کاوه او د محلي کارکوونکو (Ortskräfte) د پروګرام له لارې المان ته راغلی یم.
اوس له خپلې مېرمنې او څلورو ماشومانو سره په بنسبرګ کې د ښار په استوګنځي کې اوسېږو. زه په یوه ساختماني شرکت کې کار کوم.
هیله لرم چې زموږ دوسیه ستاسو په پروګرام کې ثبت کړئ. ټول اسناد چمتو دي.

په درناوي
انجنیر سید رحیم سادات
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Ahmad Shah Mangal", "ahmadshah.mangal@example.net"),
  subj="په WG کې کوټه", body="""
سلام
زه احمد شاه یم، ۲۳ کلن. په یوه ورکشاپ کې د موټرو میخانیک Ausbildung کوم. په کمپ کې له درې نورو ځوانانو سره په یوه کوټه کې اوسېږم او نه شم ویده کېدای.
یوه کوټه په WG کې یا کوچنی اپارتمان غواړم، تر ۴۵۰ یورو پورې. ایا مرسته کولای شئ؟
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Haji Mohammad Gul", "haji.mgul@example.org"),
  subj="زاړه مور او پلار", body="""
السلام علیکم
زما مور او پلار ۷۲ او ۶۹ کلن دي او له موږ سره په یوه کوټه کې اوسېږي. پلار مې د زړه ناروغي لري او په زینو ختل ورته ګران دي.
موږ یو کور په لومړي پوړ کې یا له لفټ سره غواړو. ټول اته کسان یو.
مننه
حاجي محمد ګل
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Shir Agha Zazai", "shiragha.zazai@example.com"),
  subj="لوی کور - لس کسان", body="""
سلام
زموږ کورنۍ لس کسان ده. په اعلانونو کې تل کوچني کورونه دي. ایا ستاسو په پروګرام کې لوی کورونه هم شته؟ یا دوه کورونه چې یو بل ته نږدې وي؟
شیر آغا ځاځی - کمپ هاند
"""),
M(lang="ps", cat="tenant_request", style="hard_case", frm=("Naqibullah Amin", "naqib.amin@example.net"),
  subj="کور خاوند رد کړو", body="""
سلام
موږ له یو Vermieter سره په فرانکنفورسټ کې هر څه خبرې کړې وې، کور مو هم ولید او هغه وویل ښه دی. نن یې زنګ وواهه او ویې ویل چې «جاب سنټر نه غواړم». دا درېیم ځل دی.
ایا تاسو داسې کور خاوندان لرئ چې جاب سنټر مني؟ موږ څلور کسان یو.
نقیب الله امین
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Malalai Ahmadzai", "malalai.ahmadzai@example.org"),
  subj="بېړني - د وخت بدلون", body="""
سلام
بېړنی دی! سبا (دوشنبه) نهه بجې ستاسو سره وخت لرم، خو نن مې لور تبه کړې او باید ډاکټر ته یې بوځم.
ایا کولای شم وخت چهارشنبې یا پنجشنبې ته بدل کړم؟ بښنه غواړم.
ملالۍ احمدزۍ
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Juma Khan", "jumakhan.gl@example.com"),
  subj="په کوټه کې پوپنې", att=["Schimmel.jpg"], body="""
سلام
زموږ په کوټه کې په کمپ کې په هېبورن کې ډېرې پوپنې (Schimmel) دي، تور شوي. زما دوه کلن زوی تل ټوخی لري. Hausmeister ته مو وویل خو هیڅ یې ونه کړل.
ایا کولای شئ موږ ژر بل کور یا کوټې ته ولېږدوئ؟ عکس مې درولېږه.
جمعه خان
"""),
M(lang="ps", cat="tenant_request", style="mixed_language", frm=("Lailuma", "lailuma.s@example.net"),
  subj="Mietangebot Jobcenter Termin", body="""
سلام، زه یو Mietangebot لرم د یوې Wohnung لپاره په Gronau کې، 2 Zimmer، 60 qm، Warmmiete 720. په Jobcenter کې مې Termin د میاشتې په ۱۸ مه دی. Sachbearbeiterin وویل چې د Vermieter څخه Mietbescheinigung پکار ده. Vermieter نه پوهېږي چې دا څه ده. ایا تاسو Formular لرئ؟
مننه
لیلما
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Sher Mohammad Niazi", "shermohammad.niazi@example.com"),
  subj="سکوفا (SCHUFA)", body="""
سلام
کور خاوند له ما څخه SCHUFA غواړي. زه هیڅ پور نه لرم. له کومه یې وړیا ترلاسه کړم؟ په انټرنټ کې هر ځای ۳۰ یورو لیکل شوي.
شېر محمد
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Nazifa Wardak", "nazifa.wardak@example.org"),
  subj="زما مېړه او ماشومان راغلل", body="""
سلام علیکم
ښه خبر لرم: زما مېړه او درې ماشومان د کورنۍ د یوځای کېدو (Familiennachzug) له لارې تېره اونۍ المان ته راورسېدل. اوس موږ ټول پنځه کسان په یوه کوچنۍ کوټه کې یو.
مهرباني وکړئ زما دوسیه بدله کړئ، اوس لوی کور ته اړتیا لرو.
نظیفه وردګ
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Khan Mohammad", "khanmohammad.a@example.net"),
  subj="د برېښنا بل", body="""
سلام
ستاسو په مرسته موږ په هایډکامپ کې نوي کور ته لاړو. ډېره مننه! اوس د برېښنا شرکت لیک راکړی چې هره میاشت ۱۰۰ یورو باید ورکړو. دا ډېر دي. ایا جاب سنټر دا ورکوي؟
خان محمد
"""),
M(fmt="html", lang="ps", cat="tenant_request", style="clean", frm=("Hamidullah Rahimi", "hamidullah.rahimi@example.com"),
  subj="د کور کلي", body="""
سلام
موږ د نوي کور تړون لاسلیک کړ 🙏 د راتلونکې میاشتې په لومړۍ نېټه ننوځو. د کمپ د کوټې کلي چا ته وسپارو؟ ایا کټونه له ځان سره وړلای شو؟
ستاسو د مرستې ډېره مننه
حمید الله رحیمي
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Sardar Wali", "sardarwali.gl@example.org"),
  subj="", body="""
سلام
ایا بل ورکشاپ حضوري دی که آنلاین؟ کمپیوټر نه لرم، یوازې موبایل لرم.
سردار ولي

Von meinem iPhone gesendet
"""),
M(lang="ps", cat="tenant_request", style="forward", frm=("Rohullah Zadran", "rohullah.zadran@example.net"),
  subj="Fwd: Absage Wohnung", body="""
سلام، دا لیک مې ترلاسه کړ. پوه شوم چې رد یې کړو خو نه پوهېږم ولې. ایا تاسو پوښتنه کولای شئ؟

---------- Forwarded message ---------
From: Immobilien Rhein-Berg <info@immo-rb.example.com>
Date: Fri, 21 Nov 2025 at 15:10
Subject: Absage Wohnung
To: <rohullah.zadran@example.net>

Sehr geehrter Herr Zadran,
leider haben wir die Wohnung bereits anderweitig vergeben.
Mit freundlichen Grüßen
"""),
M(lang="ps", cat="tenant_request", style="clean", frm=("Yar Mohammad", "yarmohammad.k@example.com"),
  subj="۱۸ کلن شوم", body="""
سلام
زه یار محمد یم، ۱۸ کلن. یوازې المان ته راغلی یم او د Jugendhilfe په یوه کور کې اوسېږم. اوس ۱۸ کلن شوی یم او مسؤل مې وویل چې تر دوو میاشتو پورې باید بل ځای پیدا کړم.
د پخلي Ausbildung مې پیل کړې. ایا تاسو مرسته کولای شئ چې یوه کوټه پیدا کړم؟
"""),
M(lang="ps", cat="inquiry", style="formal", frm=("د پښتنو کلتوري ټولنه - راین برګ", "info@pashtun-verein.example.org"),
  subj="د اختر د جشن بلنه / Einladung zum Eid-Fest", date="2026-05-18 12:00", body="""
د ښار د کور او ادغام ټیم ګرانو همکارانو،

د پښتنو کلتوري ټولنه تاسو د لوی اختر په جشن ته رابولي:
نېټه: شنبه، ۳۰ می ۲۰۲۶، ماسپښین ۳ بجې
ځای: په ګروناو کې د ټولنې تالار

خوښ به شو که ستاسو یو همکار د شخصي کورونو ته د لېږد د پروګرام په اړه لنډې خبرې وکړي.

Wir laden Sie herzlich zu unserem Eid-Fest am 30.05.2026 ein.

په درناوي
اداري هیئت
"""),
M(lang="ps", cat="inquiry", style="clean", frm=("Spogmai Radio - Redaktion", "redaktion@spogmai-radio.example.net"),
  subj="د راډیو مرکه", body="""
سلام
زه د یوې پښتو آنلاین راډیو خبریال یم چې په المان کې خپرونې کوي. غواړو ستاسو د پروګرام په اړه یو راپور جوړ کړو: تر اوسه څو کورنۍ له کمپ څخه شخصي کورونو ته تللې دي؟ څو کور خاوندان له تاسو سره همکاري کوي؟
ایا له یو مسؤل سره ټیلیفوني مرکه ممکنه ده؟
مننه، احمد ولي
"""),
M(lang="ps", cat="inquiry", style="clean", frm=("Gulbuddin Noori", "gulbuddin.noori@example.com"),
  subj="د ژبې کورس", body="""
سلام
غواړم د ادغام کورس (Integrationskurs) A2 کې نوم ولیکم. راتلونکی کورس کله پیلېږي؟ ایا د ماشومانو ساتنه هم شته؟
ګلبدین
"""),
M(lang="ps", cat="inquiry", style="clean", frm=("Tamim Ahmadzai", "tamim.ahmadzai@example.org"),
  subj="د کورنۍ ویزه", body="""
سلام
زما ښځه او ماشومان په پاکستان کې دي او د کورنۍ د یوځای کېدو ویزې ته انتظار باسي. ما Ausländerbehörde ته لیک ولیږه خو ځواب یې رانه کړ. ایا تاسو زما لیک هغوی ته ورلېږلای شئ؟
تمیم احمدزی
"""),
M(lang="ps", cat="inquiry", style="clean", frm=("Farid Ahmad Popal", "farid.popal@example.net"),
  subj="رضاکار", body="""
سلام
زه ۱۵ کاله کېږي چې په برګیش ګلادباخ کې اوسېږم او پښتو، دري او الماني ښه پوهېږم. غواړم د رضاکار په توګه له کورنیو سره مرسته وکړم: ژباړه، د کور کتلو ته ورسره تلل، فورمې ډکول.
څنګه کولای شم له تاسو سره د رضاکار په توګه ثبت شم؟
فرید احمد پوپل
"""),
M(lang="ps", cat="landlord_offer", style="clean", frm=("Kabul Grill - Inhaber", "kabulgrill.gl@example.com"),
  subj="د رستورانت پاس کور", body="""
السلام علیکم
زه په مرکز ښار کې د کابل ګریل رستورانت لرم. د رستورانت پاس دوه کوټې کور دی (۵۲ متره) چې خالي شوی.
غواړم یوې افغان کورنۍ ته یې په کرایه ورکړم چې په کمپ کې اوسېږي. کرایه ۵۸۰ له ټولو لګښتونو سره. جاب سنټر ستونزه نه ده.
مهرباني وکړئ که څوک مناسب وي خبر راکړئ: 0173 23455518
محمد نادر
"""),
M(lang="ps", cat="auto", style="header_only", frm=("Wahid Shinwari", "wahid.shinwari@dolmetscher.example.org"), mailer="Microsoft Outlook 16.0",
  subj="Automatic reply: د زدراڼ کورنۍ - Termin", hdr={"X-Auto-Response-Suppress": "All", "Thread-Topic": "Termin Familie Zadran"}, fmt="plain", body="""
سلام، زه تر ۱۰ اګست پورې په رخصتۍ یم او ایمیلونه نه شم لوستلای. په بېړنیو حالاتو کې له dolmetscher-pool@example.org سره اړیکه ونیسئ.

I am out of the office until 10 August with no access to e-mail.
"""),
M(lang="ps", cat="spam", style="other", frm=("Germany Visa Help Center", "visa.help@de-visa-center.example.net"),
  subj="د المان ویزه په ۱۵ ورځو کې - تضمین", body="""
سلام ګرانو افغانانو!
ستاسو کورنۍ په پاکستان یا ایران کې انتظار باسي؟ موږ د کورنۍ ویزه (Familiennachzug) په ۱۵ ورځو کې تضمینوو.
یوازې ۱۵۰۰ یورو مخکې ورکړئ. د سفارت سره مستقیم اړیکه لرو.
واټساپ: +92 300 0000000
"""),
]

if __name__ == "__main__":
    from mailw import write_batch
    print(len(write_batch(MAILS, START)), "written")
