"""Batch 04: Farsi/Dari landlord_offer (Iranian and Afghan owners, relatives, an agent, an employer)."""
from mailwriter import L

MAILS = [
L("fa", 0, "clean", "Sara Mahdavi <sara.mahdavi@example.org>", "اجاره‌ی آپارتمان‌مان برای دو سال",
"""سلام و وقت بخیر،

من و همسرم از ماه آینده به خاطر کار همسرم به ونکوور می‌رویم، احتمالاً برای دو سال. آپارتمان‌مان در لوکرات (Lückerath) را نمی‌خواهیم بفروشیم و دوست داریم در این مدت به خانواده‌ای اجاره بدهیم که واقعاً به آن نیاز دارد.

مشخصات: دو اتاق خواب و یک نشیمن، ۷۴ متر، طبقه‌ی دوم، بالکن رو به باغ، آشپزخانه‌ی کامل. اجاره‌ی سرد ۶۹۰ یورو و Nebenkosten حدود ۲۲۰ یورو.

چون بعد از دو سال احتمالاً برمی‌گردیم، قرارداد باید موقت باشد (Zeitmietvertrag به دلیل Eigennutzung). آیا این برای برنامه‌ی شما و برای جاب‌سنتر مشکلی ندارد؟ نمی‌خواهم خانواده‌ای را بعد از دو سال در وضعیت سختی بگذارم، پس ترجیح می‌دهم از همین الان همه چیز شفاف باشد.

تا بیستم همین ماه اینجا هستیم و می‌توانیم آپارتمان را نشان بدهیم.

با احترام
سارا مهدوی
۰۱۷۶ ۲۳۴۶۵۰۲۸"""),

L("fa", 0, "mixed_language", "Elias Naseri <elias.naseri@example.com>", "Haus von meinem Vater in Sand / خانه‌ی پدرم",
"""Hallo liebes Team,

ich schreibe für meinen Vater, Abdul Qayum Naseri. پدرم آلمانی بلد نیست و ایمیل هم ندارد، برای همین من می‌نویسم. Ich bin hier geboren, mein Persisch ist nicht perfekt, sorry 🙂

پدرم یک خانه‌ی کوچک در Sand دارد، سه اتاق با یک باغچه. ما قبلاً خودمان آنجا زندگی می‌کردیم ولی حالا به Overath رفتیم. پدرم می‌خواهد آن را به یک فامیل افغان یا هر فامیل دیگری که ضرورت دارد کرایه بدهد. خودش می‌گوید «ما هم یک روز مهاجر بودیم و کسی به ما خانه داد».

سوال پدرم این است: آیا جاب سنتر کرایه را مستقیم به حساب او می‌فرستد؟ و اگر فامیل به خانه خساره بزند، کی مسئول است؟
Miete würde er so ca. 850 warm wollen, aber er ist flexibel.

Am besten erreichen Sie mich abends: 0157 23469914.
Danke!
Elias"""),

L("fa", 0, "hard_case", "Kourosh Tabatabaei <k.tabatabaei@example.net>", "قبل از تصمیم: بیمه و خسارت",
"""با سلام،

آپارتمان کوچکی در هبورن دارم که اواخر امسال خالی می‌شود. هنوز تصمیم نگرفته‌ام آن را از طریق شما اجاره بدهم یا از طریق بنگاه. چند سؤال مشخص دارم:

۱. آیا مستأجرانی که شما معرفی می‌کنید بیمه‌ی مسئولیت (Privathaftpflichtversicherung) دارند؟ اگر نه، آیا می‌شود آن را شرط قرارداد گذاشت؟
۲. پارکت آپارتمان نو است. اگر خسارتی بیشتر از Kaution وارد شود، آیا شهر یا برنامه‌ی شما صندوقی برای جبران دارد؟
۳. در صورت تأخیر در پرداخت اجاره، چه کسی پیگیری می‌کند؟

اگر جواب‌ها قانع‌کننده باشد، احتمالاً با شما همکاری می‌کنم.

با سپاس
کوروش طباطبایی"""),

L("fa", 0, "reply", "Mahin Ghaffari <mahin.ghaffari@example.com>", "AW: Ihre Wohnung in Katterbach – Familie Sadeqi",
"""سلام،

ممنون از ایمیل‌تون. راستش یه مشکل کوچیک هست که می‌خواستم خودم بهتون بگم. جاب‌سنتر از اول ماهی ۶۱۰ یورو مستقیم واریز می‌کنه، ولی اجاره‌ی کامل ۶۵۵ یوروئه و قرار بود خانواده‌ی صادقی ۴۵ یوروی باقیمونده رو خودشون بدن. سه ماهه که این ۴۵ یورو نیومده. خودشون میگن جاب‌سنتر باید بده.

نمی‌خوام سر ۴۵ یورو دعوا راه بیفته، آدمای خوبی هستن و بچه‌هاشون خیلی مؤدبن. فقط میشه یکی از همکاراتون با جاب‌سنتر یا با خودشون صحبت کنه که معلوم بشه تکلیف چیه؟

ممنون
مهین غفاری

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 3. Juni 2025 09:41
An: mahin.ghaffari@example.com
Betreff: Ihre Wohnung in Katterbach – Familie Sadeqi

Sehr geehrte Frau Ghaffari,

wie vereinbart melden wir uns drei Monate nach dem Einzug von Familie Sadeqi. Gibt es Fragen oder Anliegen rund um das Mietverhältnis? Wir sind gern für Sie da.

Mit freundlichen Grüßen
Integration Wohnen – Vermieternetzwerk""", date="2025-06-05 22:10",
  headers={"In-Reply-To": "<2c9d.vn.sadeqi@stadt-gl.de>", "References": "<2c9d.vn.sadeqi@stadt-gl.de>"}),

L("fa", 0, "formal", "Rahmati Immobilien – Ahmad Zia Rahmati <info@rahmati-immobilien.example.net>", "یک آپارتمان در گروناو – صاحب خانه می‌خواهد فامیل را ببیند",
"""سلام علیکم و احترام،

اینجانب احمد ضیا رحمتی، مشاور املاک (Immobilienmakler) در شهر کلن هستم. یکی از مشتریانم، یک مرد مسن افغان که فقط دری صحبت می‌کند، یک آپارتمان سه اتاقه در Gronau دارد (۶۹ متر مربع، منزل اول، کرایه‌ی سرد ۵۹۰ یورو، مصارف حدود ۱۸۰ یورو) و می‌خواهد آن را به یک فامیل مهاجر بدهد.

ایشان یک شرط دارد: می‌خواهد قبل از امضای قرارداد فامیل را شخصاً ببیند و با آن‌ها چای بنوشد. به همین خاطر پیشنهاد می‌کنم روز شنبه‌ی آینده از ساعت ۱۱ تا ۱۴ بازدید داشته باشیم.

حق‌الزحمه (Provision) را صاحب خانه می‌پردازد و از کرایه‌نشین هیچ پولی گرفته نمی‌شود. مهربانی کرده حداکثر سه فامیل را که WBS و تأییدی جاب سنتر دارند معرفی کنید. معلومات بیشتر در فایل ضمیمه است.

با احترام
احمد ضیا رحمتی
Rahmati Immobilien – Köln-Kalk
Tel: 0221 23468875""", attach=["Exposé_Gronau.pdf"]),

L("fa", 0, "oneliner", "morad.gl62@example.net", "سوئیت خالی",
"""سلام یک سوئیت کوچک (Einliegerwohnung) ۳۰ متری زیر خانه‌مان در Moitzfeld خالیه. ۴۳۰ گرم. برای یک یا دو نفر. مراد ۰۱۷۷۲۳۴۶۱۴۴۲"""),

L("fa", 0, "other", "Babak Sh. <babak.shirazi@consult.example.com>", "apartment dar Bensberg",
"""salam,
bebakhshid ke finglish minevisam, laptop-e sherkat keyboard-e farsi nadare.

ye apartemane 1.5 otaghe (42 m2) dar Bensberg daram, nazdike Schloss. ejare-ye sard 450, Nebenkosten 130. az avale mah-e ayande khalie.
ghablan be ye daneshju ejare dade budam, hala fekr kardam shayad be kasi bedam ke az tarighe barname-ye shoma miad. faghat ye nafar chon khoone kuchike.

kheili sare kar hastam, age mishe email bezanid ta telefon.
mamnun
Babak

--
Babak Shirazi | Senior Consultant
Mobile +49 160 23467720"""),

L("fa", 0, "clean", "Pflegedienst Mehr – Leila Farahmand <verwaltung@pflegedienst-mehr.example.com>", "آپارتمان خالی شرکت – برای یک خانواده",
"""سلام،

ما یک پرستاری سیار (ambulanter Pflegedienst) در برگیش گلادباخ هستیم. دو سال پیش یک آپارتمان در Hand برای کارآموزان (Azubis) خارجی‌مان اجاره کردیم. حالا کارآموزها هر کدام خانه‌ی خودشان را گرفته‌اند و آپارتمان خالی مانده. قرارداد اصلی تا سه سال دیگر به نام شرکت است.

می‌خواهیم آن را به صورت Untervermietung به یک خانواده بدهیم؛ صاحبخانه هم موافق است. اگر کسی در خانواده در حوزه‌ی پرستاری کار کند یا بخواهد Ausbildung پرستاری بکند عالی است، ولی شرط نیست.

سه اتاق، ۷۰ متر، ۷۹۰ یورو گرم، از اول ماه بعد.
لطفاً بفرمایید روال کار چیست و چه مدارکی از ما لازم دارید.

لیلا فرهمند
مدیر اداری
Pflegedienst Mehr GmbH""", html="alt"),

L("fa", 0, "clean", "Hossein Asadi <h.asadi.immo@example.org>", "Nachmieter – مستأجر فعلی می‌خواهد برود",
"""سلام خسته نباشید،

آقا و خانم نوروزی که سال ۲۰۲۳ از طریق شما در آپارتمان من در Schildgen ساکن شدند، خبر دادند که ماه سپتامبر به دوسلدورف می‌روند، چون آقای نوروزی آنجا کار پیدا کرده. مستأجرهای خیلی خوبی بودند، هیچ مشکلی نداشتیم.

قبل از اینکه آگهی بدهم، گفتم اول از شما بپرسم: اگر خانواده‌ی دیگری از برنامه‌ی شما باشد، خوشحال می‌شوم دوباره با شما کار کنم. شرایط همان است: سه اتاق، ۶۸۵ یورو سرد.

ضمناً آقای نوروزی پرسید که آیا باید سه ماه Kündigungsfrist را کامل پرداخت کنند. اگر Nachmieter زودتر پیدا شود، من مشکلی ندارم.

حسین اسدی""", date="2025-06-23 18:05"),

L("fa", 0, "html_only", "Dr. Manouchehr Daneshvar <m.daneshvar@praxis-daneshvar.example.com>", "دو واحد مبله – شش تا دوازده ماه",
"""با سلام و احترام،

اینجانب مالک دو واحد آپارتمان مبله در ساختمانی در Refrath هستم که تاکنون به صورت موقت به متخصصان خارجی یک شرکت اجاره داده می‌شد. به دلیل تغییر برنامه‌ی شرکت طرف قرارداد، هر دو واحد از ماه آینده خالی خواهند شد.

مشخصات هر واحد: ۳۸ متر مربع، یک اتاق، آشپزخانه‌ی کامل، ماشین لباسشویی، مبلمان کامل، اینترنت.
اجاره (شامل همه‌ی هزینه‌ها و مبلمان): ۷۲۰ یورو در ماه.

پرسش‌های اینجانب:
- آیا اجاره‌ی مبله (möbliert) و کوتاه‌مدت، بین شش تا دوازده ماه، برای افراد برنامه‌ی شما امکان‌پذیر است؟
- آیا جاب‌سنتر هزینه‌ی مبلمان (Möblierungszuschlag) را می‌پردازد؟

خواهشمندم در صورت امکان با دفتر اینجانب تماس بگیرید.

با تقدیم احترام
دکتر منوچهر دانشور""", html="only"),

L("fa", 0, "machine_translated", "Abdul Hadi Mohmand <abdulhadi.mohmand@example.net>", "Wohnung vermieten in Bergisch Gladbach",
"""Sehr geehrte Damen und Herren,
ich bin Besitzer eine Wohnung in Bergisch Gladbach Stadtmitte, ich wohne in Hamburg. Die Wohnung hat 2 Zimmer und 55 Quadratmeter. Der alte Mieter ist ausgezogen. Ich möchte die Wohnung an eine Familie geben, die von Ihnen geholfen wird. Die Miete ist 560 Euro kalt.
Mit freundlichen Grüßen

محترمان،
من مالک یک آپارتمان در مرکز شهر برگیش گلادباخ هستم و خودم در هامبورگ زندگی می‌کنم. آپارتمان دو اتاق و ۵۵ متر است. کرایه‌نشین قبلی رفته است. می‌خواهم آپارتمان را به یک فامیل بدهم که شما کمکش می‌کنید. کرایه ۵۶۰ یورو بدون مصارف است.
من سی سال پیش خودم با فامیلم به آلمان آمدم و می‌دانم پیدا کردن خانه چقدر سخت است. برادرزاده‌ام در کلن زندگی می‌کند و می‌تواند آپارتمان را نشان بدهد و کلید را تحویل بدهد. شماره‌ی او: 0152 23468810
متن آلمانی را با ترجمه‌ی گوگل نوشتم، اگر غلط دارد ببخشید.
تشکر
عبدالهادی مهمند"""),

L("fa", 0, "hard_case", "Nader Eslami <nader.eslami@example.com>", "پاداش برای صاحبخانه؟",
"""سلام
یکی از دوستانم گفت شهر به صاحبخانه‌هایی که به پناهنده‌ها اجاره بدهند پاداش (Prämie) یا کمک برای تعمیرات می‌دهد. درست است؟ چقدر؟ من یک آپارتمان دو خوابه در بنسبرگ دارم و دارم فکر می‌کنم با آن چکار کنم.
نادر"""),

L("fa", 0, "mixed_language", "Mina Schäfer-Rad <mina.schaefer-rad@example.org>", "Dachgeschosswohnung in Alt-Refrath",
"""سلام،

ببخشید فارسی‌ام زیاد خوب نیست، اینجا به دنیا آمدم 🙈 ولی مامانم گفت به فارسی بنویسم چون شما همکار فارسی‌زبان دارید.

ما یه Dachgeschosswohnung داریم توی خونه‌ی خودمون در Alt-Refrath: دو اتاق، ۴۸ متر (mit Schrägen, also real etwas weniger)، Warmmiete ۶۲۰. Ab 1. Februar frei.

فقط یه چیزی: ما یه سگ داریم (خیلی مهربونه 🐶) و همسایه‌ی طبقه‌ی پایین هم گربه داره، پس کسی که از حیوون می‌ترسه یا allergisch هست مناسب نیست.

کسی رو دارید که بخواد؟ Gerne auch eine junge Frau oder ein Paar.

LG Mina""", date="2025-12-09 19:22"),

L("fa", 0, "clean", "Gholamreza Mirzaei <gh.mirzaei@example.net>", "هنوز هیچ جوابی نیامده!!",
"""سلام

سه هفته پیش در مورد آپارتمانم در هرکنرات (سه اتاق، طبقه‌ی اول) ایمیل زدم و دو بار هم زنگ زدم و پیغام گذاشتم. هیچ کس جواب نداد. این چه برنامه‌ای است که می‌گویید صاحبخانه‌ها کمک کنند ولی خودتان جواب نمی‌دهید؟

تا جمعه صبر می‌کنم. اگر تا آن موقع کسی زنگ نزند، آپارتمان را به بنگاه می‌دهم.

غلامرضا میرزایی
۰۱۷۲ ۲۳۴۶ ۳۳۹۰"""),
]
