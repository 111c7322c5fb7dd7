# Arabic, part 2
from mailw import M

START = 52
MAILS = [
M(lang="ar", cat="tenant_request", style="clean", frm=("Yousef Al-Najjar", "yousef.najjar2@example.com"),
  subj="إيميلي الجديد", body="""
مرحباً،
أرسلتم لي رسالة عن موعد الورشة لكن الإيميل القديم yousef.alnajjar@... لم يعد يعمل. هذا إيميلي الجديد.
هل يمكن أن ترسلوا لي الموعد مرة أخرى؟ أنا ما زلت أريد المشاركة في الورشة.
يوسف النجار
"""),
M(fmt="html", lang="ar", cat="tenant_request", style="clean", frm=("Hiba Al-Masri", "hiba.masri@example.org"),
  subj="استفسار عن ملفي", body="""
مساء الخير،
أنا هبة المصري، سجلت عندكم في أيار. هل يمكن أن تخبروني في أي مرحلة ملفي؟ وهل تحتاجون مني أي أوراق إضافية؟
جددت الإقامة الأسبوع الماضي ويمكنني أن أرسل النسخة الجديدة.
شكراً جزيلاً
"""),
M(lang="ar", cat="tenant_request", style="broken", frm=("Ammar", "ammar.sy@example.net"),
  subj="Hilfe Wohnung", cte="8bit", fmt="plain", body="""
Guten Tag
Ich heiße Ammar. ich wohne seit 2 Jahre in Unterkunft Bensberg. Ich habe Frau und 2 Kinder. Ich suche Wohnung aber immer Vermieter sagt nein. 
bitte hilfe.
عفواً على الألماني. إذا في حدا بيحكي عربي يتصل فيني أحسن
0157 23459044
"""),
M(lang="ar", cat="tenant_request", style="machine_translated", frm=("Abdulrahman Saleh", "a.saleh.gl@example.com"),
  subj="Antrag auf Hilfe bei der Wohnungssuche / طلب مساعدة", body="""
Sehr geehrte Damen und Herren, ich bitte Sie um Hilfe bei der Suche nach einer Wohnung für meine Familie bestehend aus fünf Personen. Wir wohnen in der Unterkunft Hebborn.

السادة المحترمون، أطلب منكم المساعدة في البحث عن شقة لعائلتي المكونة من خمسة أشخاص. نحن نسكن في السكن في هيبورن منذ أكثر من سنتين، والغرفة صغيرة جداً والأطفال يكبرون. ابنتي الكبيرة عمرها ١٣ سنة وتحتاج مكاناً خاصاً بها. زوجتي تعاني من ضيق التنفس والرطوبة في الغرفة تزيد الحالة سوءاً، ولدينا تقرير من الطبيب.
أنا أعمل في شركة تنظيف ٢٠ ساعة في الأسبوع، والجوب سنتر يكمل الباقي.
كتبت الجزء الألماني بمساعدة غوغل، أرجو المعذرة إذا كان فيه أخطاء.
عبد الرحمن صالح
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Eman Taha", "eman.taha@example.net"),
  subj="ورشة السكن - هل يوجد موعد للنساء فقط؟", body="""
السلام عليكم
أنا أم لثلاثة أطفال، زوجي ليس في ألمانيا. أريد أن أحضر ورشة السكن، لكن أرتاح أكثر إذا كانت مجموعة نساء. هل هذا ممكن؟ وهل يوجد مكان للأطفال أثناء الورشة؟
إيمان طه
"""),
M(lang="ar", cat="tenant_request", style="oneliner", frm=("", "m.ali.1990@example.com"), subj="؟", body="""
وين صار موضوع الشقة؟؟
"""),
M(lang="ar", cat="tenant_request", style="reply", frm=("Ahmad Al-Hamwi", "ahmad.hamwi@example.org"),
  subj="Re: Unterlagen für Ihre Bewerbung", irt=True, att=["Pass_Kopie.jpg", "Aufenthaltstitel.jpg", "Einkommensnachweis.pdf"], body="""
مرحبا،
أرسلت لكم الأوراق المطلوبة: صورة الجواز، الإقامة، وورقة الراتب. ورقة الجوب سنتر سأرسلها بعد يوم الخميس لأن الموعد عندهم يوم الخميس.
شكرا
أحمد

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 6. Oktober 2025 11:20
An: ahmad.hamwi@example.org
Betreff: Unterlagen für Ihre Bewerbung

Guten Tag Herr Al-Hamwi,
für die Bewerbung bei der Wohnungsgesellschaft benötigen wir noch eine Kopie Ihres Passes,
Ihres Aufenthaltstitels, einen Einkommensnachweis und den aktuellen Bescheid des Jobcenters.
Freundliche Grüße
"""),
M(lang="ar", cat="tenant_request", urg=1, style="clean", frm=("Majd Sabbagh", "majd.sabbagh@example.com"),
  subj="المؤجر غيّر القفل", date="2025-08-02 21:17", body="""
مرحبا، أرجوكم ساعدونا
رجعنا اليوم من عند الطبيب ولقينا المؤجر غير قفل الباب. أغراضنا كلها جوا. قال إننا ما دفعنا الإيجار، بس الجوب سنتر دفع، عندي الورقة.
هلأ نحنا قاعدين بالسيارة قدام البناية في Refrath أنا وزوجتي والولدين. الشرطة قالوا لازم نحكي مع البلدية.
شو نعمل الليلة؟
مجد صباغ 0176 23453318
"""),
M(lang="ar", cat="tenant_request", urg=1, style="clean", frm=("", "anonymous.gl2025@example.net"),
  subj="تهديد في السكن", date="2025-10-14 06:55", body="""
السلام عليكم
أنا شاب أسكن في السكن في Hand في غرفة مع شخص آخر. هذا الشخص هددني البارحة بسكين لأنه يشرب كثيراً. نمت في الحديقة. المسؤول في السكن يأتي فقط مرتين في الأسبوع.
لا أستطيع أن أرجع للغرفة. هل يمكن نقلي اليوم إلى مكان آخر؟ أرجوكم.
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Rawan Al-Sheikh", "rawan.sheikh@example.org"),
  subj="غرفة للدراسة", body="""
مرحبا
أنا طالبة في جامعة كولن (سنة أولى) وأسكن مع أهلي في السكن في Paffrath. لا يوجد مكان هادئ للدراسة أبداً.
هل يمكن أن أبحث عن سكن لوحدي عن طريقكم، أو أن أسكن في سكن الطلاب؟ أنا آخذ BAföG.
روان
"""),
M(lang="ar", cat="tenant_request", style="on_behalf", frm=("Sprachmittlerin Nadia Boutros", "nadia.boutros@example.com"),
  subj="Familie Al-Jaafari / عائلة الجعفري", body="""
Sehr geehrte Damen und Herren,
ich dolmetsche für Familie Al-Jaafari (Unterkunft Moitzfeld). Die Familie bat mich, Ihnen folgende Nachricht zu senden:

"مرحباً، نحن عائلة الجعفري. وجدنا شقة عند شركة سكن في Bensberg، والشركة تريد ورقة منكم تؤكد أننا في برنامج الانتقال وأن هناك من يرافقنا. هل يمكن أن تكتبوا لنا هذه الورقة؟ الموعد مع الشركة يوم 22.05. شكراً لكم، أبو حسين"

Mit freundlichen Grüßen
Nadia Boutros
Sprachmittlerin (Arabisch/Deutsch)
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Mohammed Al-Yamani", "m.alyamani@example.net"),
  subj="شقة مع حديقة للأطفال", body="""
السلام عليكم ورحمة الله
يا إخوان أنا من اليمن، عندي 4 عيال صغار، ساكنين في السكن في Katterbach. نبغى شقة فيها مكان يلعبوا فيه العيال، حديقة أو قريبة من ملعب.
الإيجار الجوب سنتر يدفعه. ممكن تشوفوا لنا؟ وجزاكم الله خير.
محمد اليماني
"""),
M(lang="ar", cat="tenant_request", style="html_only", fmt="html", flavour="gmail", frm=("Lina Abboud", "lina.abboud@example.com"),
  subj="أوراق الجوب سنتر للشقة الجديدة", body="""
مرحبا،
الجوب سنتر وافق على الشقة في Herkenrath 🎉 أخيراً!
بس قالولي لازم ورقة Wohnungsgeberbestätigung من المؤجر وورقة منكم إني طالعة من السكن البلدي بتاريخ 1.12.
مين بيعطيني هالورقة التانية؟ ولمين بسلم مفتاح الغرفة؟

لينا
"""),
M(lang="ar", cat="tenant_request", style="mixed_language", frm=("Firas", "firas.alkurdi@example.org"),
  subj="Anmeldung Wohnworkshop", cte="qp", body="""
Hallo,
ich möchte mich für Wohnworkshop anmelden. 
الاسم: فراس الكردي
عدد الأشخاص: 1 (أنا فقط)
العنوان: Unterkunft Romaney
الهاتف: 0152 23451845
أنا أعمل بالليل، فقط الصباح ممكن.
Danke!
"""),
M(fmt="html", lang="ar", cat="tenant_request", style="clean", frm=("Noura Haj Omar", "noura.hajomar@example.net"),
  subj="سؤال عن السكن المدعوم", body="""
مرحباً،
سمعت أن هناك شققاً "مدعومة" أرخص للناس الذين عندهم WBS. عندي WBS منذ شهر. أين أجد هذه الشقق؟ هل أنتم تعطون قائمة؟
نورة حاج عمر - Gronau
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Adnan Salloum", "adnan.salloum@example.com"),
  subj="فاتورة الكهرباء في الشقة الجديدة", body="""
مرحباً
انتقلنا الشهر الماضي عن طريقكم من السكن إلى شقة في Frankenforst. شكراً جزيلاً لكم!
عندي سؤال: وصلتني رسالة من شركة الكهرباء أنني يجب أن أدفع 95 يورو في الشهر (Abschlag). هل هذا كثير؟ وهل الجوب سنتر يدفع الكهرباء؟
عدنان سلوم
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Salma Idris", "salma.idris@example.org"),
  subj="من السودان - أبحث عن شقة", body="""
سلام عليكم،
أنا سلمى من السودان، عندي حماية (subsidiärer Schutz) منذ شهرين. ساكنة في السكن في Bensberg مع بنتي (٩ سنين).
دايرة شقة صغيرة غرفتين. ما بعرف أبدأ من وين. ممكن أجي لمكتبكم؟ متين بتفتحوا؟
سلمى
"""),
M(lang="ar", cat="tenant_request", style="forward", frm=("Khaled Nasrallah", "khaled.nasrallah@example.net"),
  subj="Fwd: Ihre Anfrage zur Wohnung Hauptstraße", body="""
شوفوا شو رد علي المؤجر. يعني ما في أمل؟ انا ما فهمت كلمة "vorgemerkt".

Begin forwarded message:

From: H. Schumacher <h.schumacher@example.com>
Date: 3. Juli 2025 um 18:44:10 MESZ
To: khaled.nasrallah@example.net
Subject: Re: Ihre Anfrage zur Wohnung Hauptstraße

Hallo Herr Nasrallah,
danke für Ihr Interesse. Die Wohnung ist schon vergeben, ich habe Sie aber für
weitere Angebote vorgemerkt.
Gruß H. Schumacher

Von meinem iPhone gesendet
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Ziad Khoury", "ziad.khoury@example.com"),
  subj="تأكيد عدم وجود ديون إيجار", body="""
مرحبا،
شركة السكن (Wohnungsbaugesellschaft) تطلب Mietschuldenfreiheitsbescheinigung. أنا أسكن في السكن البلدي في Hebborn منذ 2023 وأدفع رسوم السكن (Nutzungsgebühr) بنفسي لأني أعمل.
هل تستطيعون أن تعطوني ورقة أنني دفعت كل الرسوم؟ أو لمن أكتب؟
زياد خوري
"""),
M(cs="windows-1256", cte="8bit", lang="ar", cat="tenant_request", style="clean", frm=("", "abu.omar.syr@example.org"),
  subj="مساعده", body="""
السلام عليكم انا ابو عمر عندي ٧ اولاد ساكن بالكامب بهاند من ٣ سنين ونص وكل مره يقولو ما في شقق كبيره. ولادي كبرو وبدهم يفصلو عن البنات
الله يخليكم شوفولنا حل
"""),
M(lang="ar", cat="tenant_request", urg=1, style="on_behalf", frm=("Dana Mikhail", "dana.mikhail@example.net"),
  subj="عاجل: عائلة صديقتي ستُطرد يوم الثلاثاء", date="2026-06-12 13:30", body="""
مرحباً،
أكتب عن صديقتي مريم الحسين (لا تتكلم الألمانية) وزوجها و٣ أطفال. يسكنون في شقة خاصة في Stadtmitte. الجوب سنتر أوقف دفع الإيجار منذ شباط لأن زوجها بدأ عملاً ثم خسره، والأوراق ضاعت بين المكاتب.
المحكمة قررت الإخلاء، والموعد مع المحضر يوم الثلاثاء 16.06 الساعة 8:00.
هم لا يملكون أي مكان آخر. هل يمكن لكم التدخل أو على الأقل تأمين غرفة في السكن البلدي؟

رقمي: 0160 23457781
دانا ميخائيل
"""),
M(lang="ar", cat="tenant_request", style="mixed_language", frm=("Hassan", "hassan.m.gl@example.com"),
  subj="Kaution Darlehen", body="""
مرحبا، الJobcenter وافق على الـ Kaution كـ Darlehen، بس بدهم Kontoauszug تبع الـ Vermieter ومين بدو يحولله المصاري. الـ Vermieter ما بدو يعطي رقم حسابه قبل ما نوقع الـ Mietvertrag. وقفنا هون. شو الحل؟
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Bushra Al-Hadi", "bushra.hadi@example.org"),
  subj="شكر + سؤال", body="""
السلام عليكم
أشكركم جداً على ورشة السكن الأسبوع الماضي، استفدت كثيراً خاصة في كيفية كتابة رسالة للمؤجر.
عندي سؤال: الموظفة قالت إنها سترسل لنا نموذج رسالة (Anschreiben) بالألماني، لكن لم يصلني. هل يمكن إرساله؟
بشرى الهادي
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Waleed Fakhoury", "waleed.f@example.com"),
  subj="شقة في Köln بدل Bergisch Gladbach؟", body="""
مرحباً،
وجدت عملاً في Köln-Mülheim وأريد أن أسكن هناك. هل يمكن لبرنامجكم أن يساعدني في شقة في كولن، أم فقط في بيرغيش غلادباخ؟ وهل يجب أن أطلب إذن من الـ Ausländerbehörde بسبب Wohnsitzauflage؟
وليد فاخوري - السكن في Refrath
"""),
M(lang="ar", cat="tenant_request", style="oneliner", frm=("Samira", "samira.s@example.net"), subj="ورشة", body="""
بدي سجل بالورشة الجاية انا وزوجي. سميرة ٠١٥١٢٣٤٥٦٦٠١
"""),
M(lang="ar", cat="tenant_request", style="phone", frm=("Ayman Hijazi", "ayman.hijazi@example.org"),
  subj="رقم جديد", body="""
مرحبا، رقمي تغير. الرقم الجديد 0178 23456620. الموظفة قالت رح تتصل هالأسبوع بخصوص الشقة بـ Hand، أرجو تتصل عالرقم الجديد.
أيمن
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Tamer Al-Ahmad", "tamer.ahmad@example.net"),
  subj="الجيران والضجيج في الشقة", body="""
مرحباً،
انتقلت إلى الشقة التي ساعدتموني فيها في Paffrath قبل ٤ أشهر. الجار تحتي يشتكي كل يوم من أصوات الأطفال، وأمس وضع رسالة على الباب فيها كلام سيء. المؤجر يقول "حلوا المشكلة بينكم".
لا أريد أن أخسر الشقة. هل يمكن أن تساعدوا أو تتوسطوا؟
تامر
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Raghad Kanaan", "raghad.kanaan@example.com"),
  subj="المفتاح للشقة الجديدة", body="""
مرحبا،
وقعنا العقد اليوم 🙏 الشقة في Schildgen والاستلام يوم 1.4. متى يجب أن نترك الغرفة في السكن؟ هل نستطيع البقاء أسبوعاً لنقل الأغراض؟ ومن يساعد في النقل (Umzug)؟
شكراً لكم على كل شيء
رغد كنعان
"""),
M(cs="windows-1256", cte="8bit", lang="ar", cat="tenant_request", style="clean", frm=("محمود العلي", "mahmoud.alali@example.org"),
  subj="طلب", body="""
الى مكتب السكن
اطلب منكم مساعدتي بايجاد شقة لي ولزوجتي. عمري 63 سنة وزوجتي مريضة بالسكري والقلب. الدرج صعب علينا. السكن الحالي في Lückerath الطابق الثالث.
مع الاحترام
محمود العلي
"""),
M(lang="ar", cat="tenant_request", style="hard_case", frm=("Jihad Al-Baghdadi", "jihad.bg@example.com"),
  subj="إعلان من Kleinanzeigen - هل هو حقيقي؟", body="""
مرحبا
لقيت إعلان على Kleinanzeigen: شقة 3 غرف في Bensberg بـ 480 يورو فقط. صاحب الشقة كتبلي إنه موجود بلندن وبدو أبعتله الكفالة قبل ما يبعتلي المفتاح.
أنا شاكك. هل هاد نصب؟ ما بعتت شي لسا. إذا مش نصب بدي الشقة أكيد.
جهاد
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Nisreen Halabi", "nisreen.halabi@example.net"),
  subj="", fmt="plain", body="""
مرحبا، أنا نسرين. أرسلت لكم الأسبوع الماضي طلب التسجيل مع الأوراق. هل وصل؟ لم يصلني أي رد. شكراً
"""),
M(lang="ar", cat="tenant_request", urg=1, style="mixed_language", frm=("Louay Hamdi", "louay.hamdi@example.org"),
  subj="Heim Brand - Zimmer kaputt", date="2025-12-29 09:12", body="""
مرحبا
صار حريق بالليل بالمطبخ المشترك بالـ Unterkunft في Gronau. غرفتنا كلها دخان والسقف واقع جزء منه. الـ Hausmeister قال ما منقدر نرجع ننام فيها. نمنا الليلة عند جيراننا بغرفة صغيرة 7 أشخاص.
عندي طفل عمره ٣ أشهر. وين بدنا ننام الليلة؟ أحد يرد علينا بالله
لؤي حمدي 0152 23450377
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Osama Dib", "osama.dib@example.com"),
  subj="عرض شقة من شركة السكن", body="""
السلام عليكم
وصلتني رسالة من شركة السكن بأن هناك شقة متاحة لنا في Bensberg، وطلبوا أن أرد خلال 5 أيام. لكنها في الطابق الرابع بدون مصعد وأمي تعيش معنا وعمرها 75.
هل إذا رفضت هذه الشقة سأخسر مكاني في البرنامج؟
أسامة ديب
"""),
M(lang="ar", cat="inquiry", style="formal", frm=("مركز الترجمة الدقيقة", "office@dakik-uebersetzung.example.com"),
  subj="خدمات ترجمة محلفة عربي-ألماني للبلديات", body="""
السادة المحترمون،

نقدم لكم خدمات الترجمة الفورية والمحلفة (عربي، كردي، فارسي، ألماني) للدوائر الحكومية والبلديات في منطقة راين-بيرغ بأسعار خاصة.
يمكننا توفير مترجمين لورشات السكن ومواعيد معاينة الشقق خلال 48 ساعة.
نرفق لكم قائمة الأسعار عند الطلب.

مع التحية
مركز الترجمة الدقيقة - كولن
Tel. 0221 23456789
"""),
M(lang="ar", cat="inquiry", style="formal", frm=("Rasha Al-Amin | Redaktion", "r.alamin@arab-news-de.example.org"),
  subj="طلب مقابلة صحفية حول برنامج السكن", body="""
تحية طيبة،
أنا رشا الأمين، صحفية في موقع إخباري باللغة العربية يصدر في ألمانيا. نعد تقريراً عن صعوبة إيجاد السكن للاجئين في ولاية شمال الراين-وستفاليا.
أود أن أسأل: كم عدد المؤجرين (Vermieter) الذين عرضوا شققاً على برنامجكم في عام 2025؟ وكم عائلة انتقلت من السكن البلدي إلى سكن خاص؟
هل يمكن إجراء مقابلة قصيرة عبر الهاتف مع أحد المسؤولين؟
مع الشكر
رشا الأمين
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Lama Fares", "lama.fares@uni.example.org"),
  subj="بحث جامعي - مقابلة", body="""
مرحباً،
أنا طالبة ماجستير في جامعة بون، أكتب رسالتي عن تجارب اللاجئين العرب في سوق السكن الألماني.
هل يمكن أن أجري مقابلة مع أحد أعضاء فريقكم (30 دقيقة)؟ ويمكنني أن أرسل لكم الاستبيان باللغتين.
مع الشكر
لمى فارس
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("", "sami.parking@example.net"),
  subj="مخالفة وقوف", body="""
مرحبا، وصلتني مخالفة وقوف سيارة (Knöllchen) 35 يورو في Bensberg، لكن كان عندي ورقة موقف المعاقين على الزجاج. لمن أرسل الاعتراض؟
سامي
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Hassan Shami", "hassan.shami@example.com"),
  subj="متطوع للمساعدة", body="""
مرحباً،
أنا مهندس سوري أعيش في Refrath منذ 2016 وعندي وقت في المساء ونهاية الأسبوع. أحب أن أساعد العائلات العربية كمتطوع: ترجمة، مرافقة لمعاينة الشقق، تعبئة الطلبات.
كيف يمكنني أن أسجل كمتطوع عندكم؟
حسان شامي
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Salah Eddin Mourad", "salah.mourad@example.org"),
  subj="التجنيس", body="""
مرحبا، أنا في ألمانيا منذ 7 سنوات وعندي B1 وعمل. أريد أن أقدم على الجنسية الألمانية (Einbürgerung). هل هذا عندكم أو في مكتب آخر؟ شكراً
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Nizar Al-Tamimi", "nizar.tamimi@example.net"),
  subj="بيت صغير للإيجار في Herkenrath", att=["Fotos_Haus.jpg"], body="""
السلام عليكم
أملك بيتاً صغيراً في Herkenrath (4 غرف، 95 متر، حديقة صغيرة). كان يسكن فيه أخي وانتقل إلى دوسلدورف.
أريد أن أؤجره لعائلة كبيرة من السكن البلدي. الإيجار البارد 980 يورو. أعرف أن الجوب سنتر عنده حد أعلى، فإذا كانت العائلة 6 أشخاص أو أكثر أعتقد أنه يناسب.
هل نتكلم بالتلفون؟ 0171 23455502
نزار التميمي
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Dalia Sarkis", "dalia.sarkis@example.com"),
  subj="شقة الوالد رحمه الله في Hebborn", body="""
مساء الخير،
توفي والدي في الربيع، وورثت أنا وأخي شقته في Hebborn (غرفتين ونصف، 61 متر، الطابق الأرضي).
نحن لا نسكن في بيرغيش غلادباخ ونفضل أن نؤجرها عن طريق جهة موثوقة. والدي كان هو نفسه لاجئاً من لبنان في الثمانينات، وأظن أنه كان سيحب أن تسكن فيها عائلة تبدأ من جديد.
ما هي الخطوات؟
داليا سركيس
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Samir Immobilienservice", "kontakt@samir-immo.example.org"),
  subj="شقتان متاحتان - Refrath و Moitzfeld", body="""
السادة فريق Integration Wohnen،
نحن مكتب عقاري صغير في Bergisch Gladbach. لدينا شقتان من المالكين مستعدان للتأجير لعائلات من برنامجكم:
1) Refrath: 2 غرف، 55 م²، 520 بارد + 160 تكاليف
2) Moitzfeld: 3 غرف، 78 م²، 710 بارد + 230 تكاليف
لا عمولة على المستأجر (Bestellerprinzip). نحتاج فقط ملف المستأجر كاملاً.
سمير - مكتب سمير للعقارات
"""),
M(lang="ar", cat="landlord_offer", style="reply", frm=("Mounir Jabbour", "mounir.jabbour@example.net"),
  subj="Re: Bewerber für Ihre Wohnung in Bensberg", irt=True, body="""
مرحبا،
قابلت العائلتين اللتين أرسلتموهما. عائلة السيد داود أعجبتني ويمكن أن نوقع العقد الأسبوع القادم.
لكن أحتاج موافقة الجوب سنتر مكتوبة قبل التوقيع. هل تستطيعون تسريع ذلك؟
منير جبور

> Sehr geehrter Herr Jabbour,
> anbei die Kurzprofile von zwei Familien, die sich für Ihre Wohnung interessieren.
"""),
M(lang="ar", cat="auto", style="header_only", frm=("نشرة جمعية البيت العربي", "newsletter@bayt-arabi.example.org"),
  subj="نشرة شهر تشرين الثاني: فعاليات وأخبار الجالية", mailer="Sendinblue",
  hdr={"List-Id": "<news.bayt-arabi.example.org>", "List-Unsubscribe": "<https://bayt-arabi.example.org/unsubscribe?u=8812>, <mailto:unsubscribe@bayt-arabi.example.org>",
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}, fmt="alt", flavour="simple", body="""
نشرة جمعية البيت العربي - تشرين الثاني 2025

• أمسية شعرية يوم الجمعة 14.11 الساعة 19:00
• دروس اللغة العربية للأطفال كل سبت
• استشارة قانونية مجانية (إقامة، لم شمل) في أول ثلاثاء من كل شهر
• مجموعة المشي للنساء في غابة Königsforst

لإلغاء الاشتراك اضغط هنا: https://bayt-arabi.example.org/unsubscribe?u=8812
"""),
M(lang="ar", cat="auto", style="header_only", kind="mdn", frm=("Rami Saadeh", "rami.saadeh@example.com"),
  subj="تمت القراءة: موعدك في مكتب السكن", rcpt="rami.saadeh@example.com", orig_subj="موعدك في مكتب السكن", body="""
رسالتك

إلى: Rami Saadeh
الموضوع: موعدك في مكتب السكن
تاريخ الإرسال: 2025/04/07 10:12

تمت قراءتها في 2025/04/07 18:40.
"""),
M(lang="ar", cat="spam", style="other", frm=("Mail Admin", "admin@webmail-secure.example.net"),
  subj="تنبيه: صندوق البريد ممتلئ 99%", body="""
عزيزي المستخدم،
لقد تجاوز صندوق بريدك الحد المسموح (4.98 GB / 5 GB). سيتم إيقاف استقبال الرسائل الجديدة خلال 24 ساعة.
لتجنب ذلك، يرجى التحقق من حسابك فوراً عبر الرابط التالي:
https://webmail-secure.example.net/verify?id=integration-wohnen
فريق الدعم التقني
© 2025 Webmail Services
"""),
M(lang="ar", cat="spam", style="other", frm=("شركة النجاح للتوظيف", "jobs@najah-recruit.example.com"),
  subj="فرصة عمل من المنزل - 3500 يورو شهرياً", body="""
مرحباً!
هل تبحث عن دخل إضافي؟ نحن نبحث عن "وكلاء دفع" في ألمانيا. العمل سهل: تستلم تحويلات على حسابك وترسلها إلى شركائنا وتحصل على 10% عمولة.
لا حاجة لخبرة أو لغة ألمانية. الراتب حتى 3500 يورو شهرياً.
أرسل الآن: الاسم، العمر، رقم الحساب البنكي (IBAN) على واتساب +44 7700 900123
"""),
M(lang="ar", cat="spam", style="other", frm=("CryptoArab Pro", "vip@cryptoarab-pro.example.net"),
  subj="🔥 ضاعف أموالك في 7 أيام مع البيتكوين", fmt="html", flavour="simple", body="""
🔥🔥 فرصة لا تتكرر 🔥🔥
استثمر 250 يورو فقط واحصل على 2500 يورو خلال 7 أيام!
منصة التداول الذكية بالذكاء الاصطناعي - أرباح مضمونة 100%
آلاف العرب في أوروبا ربحوا معنا، انضم الآن قبل إغلاق التسجيل!
سجل هنا: https://cryptoarab-pro.example.net/ar/start
"""),
M(lang="ar", cat="spam", style="other", frm=("Mr. James Whitfield", "j.whitfield.property@example.net"),
  subj="شقة للإيجار - المالك في لندن", tz="london", body="""
السلام عليكم ورحمة الله
أنا جيمس، اعتنقت الإسلام قبل سنوات وأعيش الآن في لندن بسبب العمل. عندي شقة في Bergisch Gladbach-Gronau، 3 غرف، 65 متر، الإيجار 390 يورو شامل.
أريد أن أؤجرها لعائلة مسلمة محترمة. بما أنني في لندن، الرجاء إرسال إيجار أول شهر والكفالة (1170 يورو) عن طريق Western Union باسم وكيلي، وبعدها أرسل لكم المفاتيح والعقد مع شركة البريد.
لا تفوتوا الفرصة، هناك 20 عائلة تطلب الشقة.
"""),
M(lang="ar", cat="spam", style="other", frm=("Jobcenter Online Service", "service@jobcenter-bonus.example.com"),
  subj="منحة إضافية 750 يورو لكل عائلة - آخر موعد اليوم", body="""
عزيزي المستفيد من الجوب سنتر،
تم إقرار منحة طاقة إضافية بقيمة 750 يورو لكل عائلة. لاستلام المبلغ يجب تحديث بياناتك البنكية اليوم عبر الرابط:
https://jobcenter-bonus.example.com/antrag
أدخل: رقم الزبون (Kundennummer)، IBAN، رقم بطاقة البنك والرقم السري للتأكيد.
بعد اليوم لن يتم قبول الطلبات.
"""),
]

if __name__ == "__main__":
    from mailw import write_batch
    print(len(write_batch(MAILS, START)), "written")
