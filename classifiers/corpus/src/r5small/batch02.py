"""r5small batch 02: Kurdish (Kurmanji/Sorani) landlord follow-ups, inquiries for other offices and events,
tenant requests and two scams; Dari landlord offers, inquiries and tenant requests."""
from mailwriter import T, L, I, S

MAILS = [
L("ku", 0, "mixed_language", "Cemal Oruç <cemal.oruc@example.com>", "Frage zur Miete wenn Jobcenter nicht zahlt",
"""Guten Tag,

ich habe eine Wohnung 2 Zimmer in Bensberg. Almanîya min ne zêde baş e, loma ez bi Kurmancî berdewam dikim.

Pirsa min: heke ez xanî bidim malbateke ji Heimê û Jobcenter kirê dide – lê paşê zilam dest bi kar dike û Jobcenter êdî nade, wê demê kî garantî dide? Ez ne zengîn im, kredî li ser xanî heye, her meh divê 540 € bidim bankê. Yek meh bê kirê jî ji min re zor e.

Wenn es eine Garantie gibt, mache ich gern mit. Wenn nicht, muss ich noch überlegen.

Mfg
Cemal Oruç"""),

L("ku", 0, "oneliner", "Dara Omer <dara.omer@example.net>", "شوقەکەی Hand",
"""سڵاو، شوقەکەم لە Hand هێشتا بەتاڵە. ئەگەر خێزانێکتان هەیە پێمان بناسێنن. دارا عومەر"""),

L("ku", 0, "reply", "Nûjiyan Çelik <nujiyan.celik@example.org>", "AW: Zwei Familien für Ihre Wohnung in Schildgen",
"""Silav Frau Lindner,

spas ji bo herdu malbatan. Min duh herdu dîtin. Ez malbata bi du zarokan (Familie Haidari) hildibijêrim, ji ber ku xaniyê min ji bo 6 kesan pir biçûk e. Ji kerema xwe ji malbata din re bi nermî bibêjin, ew jî pir baş bûn.

Ez kengê dikarim Mietvertrag amade bikim? Mifte dikarin 1ê Adarê bigirin.

Nûjiyan Çelik

Am 03.02.2026 um 14:22 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Liebe Frau Çelik,
>
> wie besprochen stellen wir Ihnen für die 3-Zimmer-Wohnung in Schildgen
> zwei Familien vor:
> - Familie Haidari (Eltern, zwei Kinder, 4 und 9 Jahre)
> - Familie Mahmoud (Eltern, vier Kinder)
> Beide Familien haben den Wohnungsworkshop abgeschlossen. Die
> Besichtigungen wären am Donnerstag ab 16 Uhr möglich.
>
> Viele Grüße
> Katrin Lindner
> Integration Wohnen""", date="2026-02-07 11:03", charset="windows-1254"),

L("ku", 0, "clean", "Mahmut Yavuz <mahmut.yavuz@example.com>", "Kirêya Adarê nehat – malbata ku we bi cih kir",
"""Rojbaş,

malbata Sulaimani ji meha Çiriya Paşîn ve di xaniyê min de li Paffrathê dimîne. Heta niha kirê her meh ji Jobcenterê rasterast dihat. Kirêya Adarê hê nehatiye, îro 18ê mehê ye. Min ji malbatê pirsî, ew jî nizanin; dibêjin nameyek ji Jobcenterê hatiye lê wan fam nekiriye.

Ez naxwazim tavilê tiştekî xerab bikim, malbat baş e. Lê gelo hûn dikarin bipirsin ka çi bûye? Weiterbewilligungsantrag hatiye dayîn an na?

Bi silav
Mahmut Yavuz
Vermieter, Paffrath"""),

I("ku", 0, "clean", "Goran Abdullah <goran.abdullah@example.net>", "Familiennachzug – هاوسەرەکەم لە هەولێرە",
"""سڵاو،

من ساڵێکە Aufenthaltserlaubnis م وەرگرتووە. هاوسەرەکەم و کچەکەم لە هەولێر دەژین. دەمەوێت بزانم بۆ Familiennachzug دەبێت چی بکەم و بۆ کام ئۆفیس بنووسم؟ Ausländerbehörde یان باڵیۆزخانە؟ Termin ی باڵیۆزخانە چەند دەخایەنێت؟

ئەگەر ئەمە کاری ئێوە نییە، تکایە ئیمەیڵی ئۆفیسی دروستم پێ بدەن.

سوپاس
گۆران عەبدوڵڵا"""),

I("ku", 0, "phone", "Zinar Keskin <zinar.keskin@example.org>", "ehliyet",
"""silav min ehliyeta xwe ji Iraqê anî, li vir çawa diguherînim bo Führerschein almanî? Straßenverkehrsamt li ku ye? ji kerema xwe bibêjin kîjan ofîs. spas Zinar"""),

I("ku", 0, "oneliner", "Peyman Yıldırım <peyman.y@example.com>", "Anmeldung",
"""Silav, em 1ê vê mehê bar kirin xaniyê nû li Refrathê – Anmeldung li ku ye û bi Termin e? Peyman"""),

I("ku", 0, "clean", "Awat Qadir <awat.qadir@example.net>", "پرسیار دەربارەی بەرنامەکەتان",
"""بەڕێزان،

لە گرووپێکی فەیسبووکی کوردی باسی بەرنامەکەی ئێوە کرا. دەمەوێت بە گشتی بزانم: ئەم بەرنامەیە بۆ کێیە؟ تەنها بۆ ئەوانەی لە Heim دەژین یان بۆ هەموو کەسێک؟ پارەی تێدەچێت؟ و چۆن کار دەکات – ئێوە خۆتان شوقە دەدۆزنەوە یان تەنها ڕاوێژ دەکەن؟

من خۆم خانووم هەیە و پێویستم پێی نییە، بەڵام زۆر کەس لە دەوروبەرم پرسیار دەکەن و دەمەوێت زانیاریی ڕاستیان پێ بدەم. ئەگەر فلایەرێکتان بە کوردی یان عەرەبی هەیە، زۆر باش دەبێت.

سوپاس
ئاوات قادر"""),

I("ku", 0, "reply", "Koma Jinan a Kurd <komajinan.gl@example.net>", "AW: Anfrage Vortrag Frauenfrühstück",
"""Silav Frau Berger,

gelek spas ji bo bersiva we ya erênî! Wê demê em roja Çarşemê 22.04. saet 10:00 li benda we ne, li Familienzentrum Bensberg, odeya li qata jêrîn. Dê nêzî 25 jin hebin, hinek bi zarokên biçûk. Em ê wergera Kurmancî bikin. Projektor heye heke hûn slaytan bînin.

Silav
Leyla Doğru
Koma Jinan

Am 08.04.2026 um 09:15 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Liebe Frau Doğru,
>
> vielen Dank für die Einladung zu Ihrem Frauenfrühstück. Gern stellt eine
> Kollegin unser Angebot vor. Passt Ihnen Mittwoch, der 22.04., vormittags?
>
> Freundliche Grüße
> Anja Berger
> Integration Wohnen""", date="2026-04-08 20:47"),

T("ku", 0, "oneliner", "Sozan Karim <sozan.karim@example.org>", "Teilnahmebestätigung",
"""سڵاو، Teilnahmebestätigung ی Workshop م ون کردووە، دەتوانن دووبارە بینێرن؟ سۆزان کەریم، Heim Paffrath"""),

T("ku", 0, "reply", "Hemin Ali <hemin.ali@example.com>", "AW: Beratungstermin am 05.05.",
"""سڵاو، سوپاس. دێم، بەڵام زمانی ئەڵمانیم باش نییە. دەتوانم برازاکەم لەگەڵ خۆم بهێنم بۆ وەرگێڕان؟
هێمن عەلی

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 27. April 2026 13:05
An: hemin.ali@example.com
Betreff: Beratungstermin am 05.05.

Sehr geehrter Herr Ali,

wir möchten mit Ihnen Ihre Wohnungssuche besprechen. Ihr Termin: Dienstag, 05.05., 9:30 Uhr, Rathaus Bensberg, Zimmer 2.14. Bitte bringen Sie Ihren Ausweis und den aktuellen Bescheid des Jobcenters mit.

Mit freundlichen Grüßen
Integration Wohnen""", date="2026-04-28 08:10"),

T("ku", 0, "phone", "Kawa Erdem <kawa.erdem@example.net>", "rewş",
"""silav 8 meh berê min xwe qeyd kir ji bo xanî. tu xeber nehat. ma ez hê di lîsteyê de me? telefona min guherî: 0155 60128743
Kawa Erdem, Heim Bensberg"""),

S("ku", 0, "other", "DHL Paket Service <tracking@dhl-paket-hilfe.example.com>", "پاکەتەکەت ڕاگیراوە – تکایە پارە بدە",
"""بەڕێز کڕیار،

پاکەتەکەت (ژمارە: DE4471902233) لە کۆگای ئێمە ڕاگیراوە چونکە ناونیشانەکەت تەواو نییە.
بۆ دووبارە ناردن، تکایە ١.٩٩ یۆرۆ لە ماوەی ٢٤ سەعاتدا بدە، ئەگەرنا پاکەتەکە دەگەڕێتەوە بۆ نێرەر.

کلیک لێرە بکە: http://dhl-zustellung-de.example.com/pay?id=4471902233

DHL Paket Service""", html="only"),

S("ku", 0, "mixed_language", "Wohnungen Sofort <angebot@wohnung-sofort.example.net>", "Wohnung ohne SCHUFA – xanî bê SCHUFA",
"""Wohnung ohne SCHUFA, ohne Einkommensnachweis!!
Xanî bê SCHUFA, bê kaxezên Jobcenter!

Tenê li ser WhatsApp binivîsin: +44 7700 900412
Rezervasyon: 150 € (PayPal Friends & Family an Western Union)
Mifte di 3 rojan de!!! 100% garantî

Nur noch wenige Wohnungen frei – schnell sein!"""),

L("fa", 0, "clean", "Farid Ahmadi <farid.ahmadi@example.com>", "آپارتمان در رفرات – سوال قبل از تصمیم",
"""سلام عليكم،

من فريد احمدي هستم و از سال 2003 در برگيش گلادباخ زندگي مي‌كنم. هشت سال پيش يك آپارتمان دو اتاقه در Refrath خريدم. كرايه‌نشين قبلي ماه گذشته رفت و حالا آپارتمان خالي است.

مي‌خواهم آن را به يك فاميل كه در Heim زندگي مي‌كند كرايه بدهم. پيش از اينكه تصميم بگيرم، چند سوال دارم:
- آيا جاب‌سنتر كرايه را مستقيم به حساب من مي‌فرستد؟
- كاوشن (Kaution) را كي مي‌پردازد؟
- اگر فاميل بعداً كار پيدا كند و جاب‌سنتر ديگر پرداخت نكند، چه مي‌شود؟

Kaltmiete 560 يورو، Nebenkosten حدود 130 يورو.

با احترام
فريد احمدي""", charset="windows-1256"),

L("fa", 0, "oneliner", "Nasim Rahmani <nasim.rahmani@example.net>", "Re: Besichtigung Herkenrath",
"""سلام، فامیل دیروز آمدند، آدم‌های خوبی هستند. من قبول می‌کنم. قرارداد را کی امضا کنیم؟ نسیم"""),

L("fa", 0, "broken", "Nasir Sultani <nasir.sultani@example.org>", "برق",
"""سلام
فامیلی که شما به خانه من در Bensberg فرستادید خوب هستند ولی پول برق را 3 ماه است نداده اند. Strom به نام من است. 290 یورو شده. من چند بار گفتم. شما میتوانید با آنها گپ بزنید؟ یا چطور Strom را به نام خودشان کنم؟
تشکر
ناصر سلطانی"""),

I("fa", 0, "formal", "Anjuman-e Zanan-e Afghan <anjuman.zanan@example.org>", "دعوت به نشست ماهانه انجمن زنان",
"""به تیم محترم Integration Wohnen،

با سلام و احترام، انجمن زنان افغان در برگیش گلادباخ هر ماه یک نشست برای زنان برگزار می‌کند. در نشست ماه آینده (پنجشنبه ۱۴ می، ساعت ۱۰ تا ۱۲، در Familienzentrum Refrath) می‌خواهیم موضوع مسکن را مطرح کنیم، چون بسیاری از اعضای ما سال‌هاست که در کمپ زندگی می‌کنند و نمی‌دانند از کجا شروع کنند.

خوشحال می‌شویم اگر یکی از همکاران شما تشریف بیاورند و درباره برنامه و ورکشاپ‌ها معلومات بدهند. ترجمه به دری را خودمان انجام می‌دهیم. برای اطفال هم جای بازی داریم.

با احترام
حبیبه رحیمی
مسئول انجمن زنان افغان""", html="alt"),

I("fa", 0, "broken", "Mursal Noori <mursal.noori@example.com>", "پاسپورت",
"""سلام. من پاسپورت افغانی ندارم و Ausländerbehörde میگوید باید از سفارت بگیرم. سفارت در برلین جواب نمی دهد. من چه کنم؟ کدام دفتر کمک می کند؟ ممنون
مرسل نوری"""),

I("fa", 0, "clean", "Zahra Hashimi <zahra.hashimi@example.net>", "اهدای فرنیچر",
"""سلام،

ما خانه را عوض می‌کنیم و یک الماری، یک میز با چهار چوکی و یک تخت خواب دو نفره داریم که همه سالم هستند. می‌خواهیم مجانی به فامیلی بدهیم که تازه خانه گرفته‌اند. آیا شما این کار را هماهنگ می‌کنید یا باید به جای دیگری بنویسم؟ ما در Schildgen هستیم و تا آخر ماه وقت داریم.

زهرا هاشمی
0176 33019824""", attach=["moebel_foto1.jpg", "moebel_foto2.jpg"]),

T("fa", 0, "phone", "Wahid Karimi <wahid.karimi@example.org>", "certificate",
"""سلام من ورکشاپ را در ماه مارچ تمام کردم ولی تصدیق (Teilnahmebestätigung) را نگرفتم. ویرمیتر میخواهد. لطفا به ایمیل بفرستید. وحید کریمی"""),

T("fa", 0, "on_behalf", "Sadaf Amiri <sadaf.amiri@example.com>", "برای مادرم – درخواست خانه",
"""سلام علیکم،

من صدف امیری هستم و از طرف مادرم، خانم گلالی امیری، می‌نویسم. مادرم ۶۳ سال دارد و دو سال است که در کمپ Paffrath تنها زندگی می‌کند. من با شوهر و دو طفلم در Köln زندگی می‌کنم و خانه ما جای ندارد.

مادرم آلمانی بلد نیست و نمی‌تواند خودش خانه پیدا کند. آیا می‌شود او را در لیست شما ثبت کنید؟ چه اسنادی لازم است؟ من می‌توانم در همه ملاقات‌ها همراهش بیایم.

تشکر
صدف امیری
0177 20948316"""),
]
