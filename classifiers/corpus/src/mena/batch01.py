# Arabic, part 1
from mailw import M

START = 1
MAILS = [
M(lang="ar", cat="tenant_request", style="clean", frm=("محمد الحسن", "m.alhassan88@example.org"),
  subj="طلب مساعدة في البحث عن شقة", date="2025-02-11 10:14", body="""
السلام عليكم ورحمة الله،

اسمي محمد الحسن، عمري 41 سنة، وأسكن مع زوجتي وأولادي الثلاثة في السكن التابع للبلدية في بنسبرغ منذ سنة ونصف تقريباً.
حصلنا على الإقامة قبل أربعة أشهر، والجوب سنتر قال لنا إن علينا البحث عن شقة خاصة.
نحتاج شقة من ثلاث أو أربع غرف، والجوب سنتر يدفع الإيجار.
بحثنا كثيراً على الإنترنت لكن كل مرة لا أحد يرد علينا.
هل يمكنكم مساعدتنا؟ وهل نستطيع التسجيل في ورشة السكن (Wohnworkshop)؟

مع الشكر الجزيل
محمد الحسن
0151 23458812
"""),
M(lang="ar", cat="tenant_request", style="oneliner", frm=("", "abu.yazan.91@example.net"),
  subj="sha2a", body="""
salam 3alaykom ana bdi sha2a 4 ashkhas wen bsajel? shukran
"""),
M(lang="ar", cat="tenant_request", style="mixed_language", frm=("Mohammed Kassem", "mohammed.kassem@example.com"),
  subj="Wohnung suche", fmt="plain", cte="8bit", body="""
Hallo,
ich bin Mohammed Kassem, ich wohne in Heim Refrath Zimmer 14. Ich suche Wohnung für mich und meine Frau. Ich habe Termin bei Jobcenter am 3.3.

أنا آسف لغتي الألمانية ضعيفة. نحن اثنان فقط، زوجتي حامل في الشهر الخامس. نريد شقة صغيرة غرفتين. هل يوجد شقة عندكم؟

Danke
Mohammed
"""),
M(fmt="html", lang="ar", cat="tenant_request", style="clean", frm=("Rania Haddad", "rania.haddad@example.org"),
  subj="التسجيل في ورشة السكن", body="""
مرحباً،
سمعت من جارتي في السكن في غرونو أنكم تقدمون ورشات عن كيفية البحث عن شقة وكتابة الطلبات للمؤجرين.
أريد أن أسجل أنا وزوجي في الورشة القادمة. هل تكون باللغة العربية أو يوجد مترجم؟
أنا أعمل صباحاً في روضة أطفال، فالأفضل لي يكون بعد الساعة الثالثة.

شكراً لكم
رانيا حداد
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("خالد عبد الرحيم", "khaled.abdelrahim@example.net"),
  subj="شهادة المشاركة", body="""
مساء الخير
حضرت ورشة السكن في شهر نيسان في مبنى البلدية، ثلاث جلسات كاملة. ولكن لم أستلم شهادة المشاركة (Teilnahmebestätigung).
صاحب شقة في بافرات طلب مني الشهادة مع الأوراق الأخرى. ممكن ترسلوها لي على الإيميل؟
اسمي كامل: خالد عبد الرحيم، تاريخ الميلاد 02.09.1987

شكراً
"""),
M(lang="ar", cat="tenant_request", style="forward", frm=("Ahmad Suleiman", "ahmad.suleiman@mail.example.net"),
  subj="Fwd: 3-Zimmer-Wohnung in Paffrath, 72 m²", att=["Exposé.pdf"], body="""
مرحبا
لقيت هذا الإعلان على الانترنت. الشقة في بافرات والسعر 810 يورو مع التدفئة. هل الجوب سنتر يقبل هذا السعر لعائلة من 4 أشخاص؟ وممكن تتصلوا بالمؤجر عني لأن ألماني مش منيح؟

---------- Forwarded message ---------
Von: ImmoPortal <noreply@immoportal.example.com>
Date: Mo., 14. Apr. 2025 um 08:02 Uhr
Subject: 3-Zimmer-Wohnung in Paffrath, 72 m²
To: <ahmad.suleiman@mail.example.net>

Neues Angebot passend zu Ihrem Suchauftrag:
3-Zimmer-Wohnung, 72 m², 1. OG, Balkon
51469 Bergisch Gladbach-Paffrath
Kaltmiete 620 €, Nebenkosten 190 €, Kaution 3 Kaltmieten
Frei ab 01.06.2025
Anbieter: privat

Zum Exposé: https://immoportal.example.com/expose/44812093
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Nour Al-Ali", "nour.alali@example.org"),
  subj="سؤال عن WBS", att=["WBS_Antrag.pdf"], body="""
مرحبا،
عبيت طلب الـ WBS (Wohnberechtigungsschein) بس مش متأكدة إذا عبيته صح. بعتلكم نسخة بالمرفق.
خاصة الصفحة التالتة عن الدخل، أنا آخدة Bürgergeld وزوجي بيشتغل Minijob.
لمين لازم ابعته؟ للبلدية هون ولا لمكان تاني؟

نور
"""),
M(lang="ar", cat="tenant_request", urg=1, style="clean", frm=("عمر الشامي", "omar.shami@example.com"),
  subj="عاجل - يجب أن نخرج من السكن يوم الجمعة", date="2025-05-06 07:48", body="""
السلام عليكم
أنا عمر الشامي، أسكن مع زوجتي وطفلين في السكن في شارع ... في هاند.
أمس أعطانا مسؤول السكن ورقة تقول إننا يجب أن نترك الغرفة يوم الجمعة 9.5 لأن حالتنا انتقلت إلى مدينة أخرى (Zuweisung)، لكن لا يوجد لنا أي مكان هناك ولا أحد يرد على الهاتف.
الأولاد في المدرسة هنا في بيرغيش غلادباخ. لا نعرف أين ننام يوم الجمعة.
أرجوكم ساعدونا بسرعة. هاتفي 0157 23451190

عمر
"""),
M(lang="ar", cat="tenant_request", urg=1, style="clean", frm=("", "hope.2019@example.net"),
  subj="مساعدة", date="2025-09-22 23:41", fmt="plain", body="""
مرحبا انا امرأة اسكن في السكن في رفرات مع زوجي. زوجي يضربني واليوم كسر الباب. انا خايفة ارجع للغرفة. عندي بنت عمرها ٦ سنوات. لا اعرف الالمانية جيدا.
هل يوجد مكان اخر لي ولبنتي؟ الليلة نحن عند جارة لكن لا نستطيع البقاء
لا تتصلوا على رقم زوجي. رقمي 0152 23459921
"""),
M(lang="ar", cat="tenant_request", urg=1, style="mixed_language", frm=("Yasser Hamdan", "yasser.hamdan@example.org"),
  subj="Räumung am Donnerstag!!", date="2025-11-17 16:20", att=["Raeumungstermin.jpg"], body="""
مرحبا،
جاني اليوم رسالة من الـ Gerichtsvollzieher إنه يوم الخميس 20.11 الساعة 9 الصبح رح يعملوا Räumung للشقة. المؤجر رفع قضية علينا لأن الجوب سنتر تأخر بدفع الإيجار ٣ أشهر السنة الماضية، وهلأ الجوب سنتر دفع كل شي بس المؤجر ما بدو يسحب القضية.
نحنا ٥ أشخاص، عندي بنت عمرها سنتين. بعتلكم صورة الرسالة.
شو لازم نعمل؟ وين بدنا نروح يوم الخميس؟؟

ياسر حمدان
0176 23457734
"""),
M(lang="ar", cat="tenant_request", urg=1, style="clean", frm=("فاطمة الزهراء سعيد", "fatima.saeed@example.com"),
  subj="طفل حديث الولادة ولا يوجد مكان", date="2026-01-08 11:05", body="""
السلام عليكم
ولدت ابني قبل ثمانية أيام في مستشفى بنسبرغ. كنا نسكن مؤقتاً عند أخ زوجي في غرفة واحدة، لكنه قال إن صاحب البيت اكتشف ذلك ويجب أن نخرج قبل يوم الإثنين القادم وإلا سيطرده هو أيضاً.
ليس لنا سكن مسجل عند البلدية لأننا جئنا من مدينة أخرى بعد الإقامة. الطفل صغير جداً والجو بارد.
أرجو أن تخبرونا ماذا نفعل، وهل يمكن أن نحصل على غرفة في السكن التابع للمدينة ولو مؤقتاً.

فاطمة الزهراء سعيد
"""),
M(lang="ar", cat="tenant_request", style="on_behalf", frm=("Samer Nasser", "samer.nasser@example.net"),
  subj="بخصوص أختي وعائلتها", body="""
مرحباً،
أنا سامر، أسكن في كولن منذ ٢٠١٥. أكتب لكم عن أختي هبة نصار وعائلتها (زوجها و٣ أطفال)، هم الآن في السكن التابع للمدينة في هاند.
أختي لا تعرف كيف تكتب إيميل بالألماني، وأنا أساعدها. سجلوا عندكم قبل شهرين تقريباً، وقالوا لهم إن موظفة ستتصل، لكن لم يتصل أحد.
هل يمكن أن تعطوني موعداً أحضر فيه معها؟ أنا أتكلم الألمانية جيداً ويمكنني الترجمة.

رقمي: 0160 23451207
مع الشكر،
سامر نصار
"""),
M(lang="ar", cat="tenant_request", style="reply", frm=("Hussein Jaber", "hussein.jaber@example.org"),
  subj="AW: Ihr Termin zur Wohnungsberatung", irt=True, body="""
شكرا جزيلا، نعم أنا موافق على الموعد يوم الثلاثاء الساعة العاشرة. سأحضر معي الإقامة وورقة الجوب سنتر.
هل أستطيع أن أحضر زوجتي أيضاً؟

حسين

Am 02.06.2025 um 14:31 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Jaber,
>
> gerne bieten wir Ihnen einen Beratungstermin am Dienstag, 10.06.2025, um 10:00 Uhr
> im Rathaus Bensberg, Raum 2.14, an. Bitte bringen Sie Ihren Aufenthaltstitel
> und den aktuellen Bescheid des Jobcenters mit.
>
> Mit freundlichen Grüßen
> Ihr Team Auszugsmanagement
"""),
M(fmt="html", lang="ar", cat="tenant_request", style="clean", frm=("Basel Ibrahim", "basel.ibrahim@example.com"),
  subj="الكفالة (Kaution)", body="""
مرحبا
وجدت شقة في هايدكامب، المؤجر موافق، لكن يريد Kaution ثلاثة أشهر = 1650 يورو قبل توقيع الـ Mietvertrag.
الجوب سنتر قال يعطوني قرض (Darlehen) للكفالة ولكن يحتاج أسبوعين على الأقل. المؤجر يريد الجواب هذا الأسبوع.
هل تقدرون تكلمون المؤجر أو الجوب سنتر حتى ما أخسر الشقة؟

باسل
"""),
M(cs="windows-1256", cte="8bit", fmt="html", lang="ar", cat="tenant_request", style="clean", frm=("ليلى منصور", "layla.mansour@example.net"),
  subj="ما هي Mietschuldenfreiheitsbescheinigung؟", body="""
مرحباً،
شركة السكن طلبت مني ورقة اسمها Mietschuldenfreiheitsbescheinigung. أنا لم أسكن في شقة خاصة في ألمانيا أبداً، فقط في السكن التابع للمدينة في موتسفيلد.
من أين أحصل على هذه الورقة؟ هل أنتم تعطونها؟

مع الشكر
ليلى منصور
"""),
M(lang="ar", cat="tenant_request", style="broken", frm=("Ali Mahmoud", "ali.mahmoud77@example.org"),
  subj="schufa", fmt="plain", cte="8bit", body="""
hallo
ich brauche Schufa für Wohnung. wo bekomme ich kostenlos? Internet sagt 30 euro
انا ما عندي ديون، بس ما بعرف كيف اطلبها
danke ali
"""),
M(cs="windows-1256", cte="8bit", lang="ar", cat="tenant_request", style="clean", frm=("Abdulkarim Othman", "a.othman@example.com"),
  subj="لا أحد يرد!!!", body="""
السلام عليكم
سجلت عندكم في شهر ١١ السنة الماضية. الآن صار ٧ أشهر. أرسلت ٣ إيميلات ولا جواب.
أنا وعائلتي (٦ أشخاص) في غرفتين في السكن في شيلدغن، الأولاد يدرسون على السرير.
هل ملفي موجود أصلاً؟ أريد أن أعرف ماذا يحدث.
رقم الملف عندكم على ما أذكر KIM-2024-1183

عبد الكريم عثمان
"""),
M(lang="ar", cat="tenant_request", style="html_only", fmt="html", flavour="outlook", frm=("Dr. Mazen Al-Tawil", "mazen.tawil@example.org"),
  subj="طلب دعم في إيجاد سكن مناسب", cs="windows-1256", cte="qp", body="""
السادة المحترمون في فريق السكن والاندماج،

تحية طيبة وبعد،

أتقدم إليكم بهذا الطلب بصفتي طبيباً سورياً أعمل حالياً في فترة الاعتراف بالشهادة (Anerkennung) في مستشفى في كولن، وأسكن مع زوجتي وابنتي في السكن البلدي في بنسبرغ.
أرجو مساعدتي في إيجاد شقة من غرفتين أو ثلاث غرف، ويفضل أن تكون قريبة من خط القطار S11 أو الترام رقم 1.
دخلي الحالي يغطي الإيجار جزئياً، ويساهم الجوب سنتر بالباقي.

أرفق لكم عند الحاجة عقد العمل وكشوف الراتب.

وتفضلوا بقبول فائق الاحترام،
د. مازن الطويل
"""),
M(lang="ar", cat="tenant_request", style="phone", frm=("", "jamal.1975@example.net"),
  subj="اتصلوا فيني", body="""
مرحبا انا جمال من السكن في لوكيرات. ما بعرف اكتب منيح. ارجو تتصلوا فيني على 0151 23457706 بعد الساعة ٢ عشان موضوع الشقة

Sent from my Galaxy
"""),
M(lang="ar", cat="tenant_request", style="mixed_language", frm=("Wael Darwish", "wael.darwish@example.com"),
  subj="Termin Jobcenter + Mietangebot", att=["Mietangebot.pdf"], body="""
مرحبا فريق Integration Wohnen،
عندي Mietangebot لشقة في Romaney، 3 Zimmer، 68 qm، Warmmiete 845 €. الـ Vermieter بدو جواب لآخر الشهر.
عندي Termin بالـ Jobcenter يوم 14.10 بس الموظفة قالت لازم Mietangebot يكون مختوم ومعه Wohnflächenberechnung.
بعتلكم المرفق، هل هيك كافي؟ ولا ناقص شي؟

شكرا
وائل
"""),
M(cs="windows-1256", cte="qp", lang="ar", cat="tenant_request", style="clean", frm=("Mustafa Al-Obaidi", "mustafa.obaidi@example.org"),
  subj="غرفة في WG", body="""
هلو
انا مصطفى، عمري ٢٤، عراقي، اشتغل Ausbildung كهربائي بشركة بـ Bergisch Gladbach. ساكن بالهايم ويا ٣ شباب بنفس الغرفة وما اكدر انام زين.
ادور غرفة بـ WG او شقة صغيرة (1 Zimmer). راتب الـ Ausbildung 980 يورو. اكدر ادفع لحد 450.
تكدرون تساعدوني؟
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("أم أحمد", "umm.ahmad.gl@example.net"),
  subj="ابني على كرسي متحرك", body="""
السلام عليكم
نحن عائلة من خمسة أشخاص، ابني الكبير أحمد (١٤ سنة) يستعمل كرسياً متحركاً. السكن الحالي في الطابق الثاني ولا يوجد مصعد، ونحمله كل يوم على الدرج.
نبحث عن شقة في الطابق الأرضي أو مع مصعد (barrierefrei). عندنا ورقة من الطبيب وبطاقة الإعاقة (Schwerbehindertenausweis 80%).
هل هناك شقق من هذا النوع في برنامجكم؟
مع الشكر
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Tareq Barakat", "tareq.barakat@example.com"),
  subj="عائلة كبيرة", body="""
مرحبا
عائلتنا 8 أشخاص (أنا وزوجتي و6 أولاد، أكبرهم 17 سنة). كل الإعلانات التي نراها 3 غرف كحد أقصى.
هل يمكن أن نستأجر شقتين متجاورتين؟ أو بيت صغير؟ الجوب سنتر قال الحد الأعلى للإيجار لعائلة بحجمنا أعلى من العادي.
ننتظر ردكم
طارق بركات - السكن في هيبورن
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Sara Khalil", "sara.khalil@example.org"),
  subj="شقة قرب العمل", body="""
مرحباً
أنا سارة، أعمل الآن بدوام كامل في صيدلية في Refrath ولم أعد آخذ أي شيء من الجوب سنتر منذ شهرين.
هل ما زلت أستطيع المشاركة في برنامجكم؟ أبحث عن شقة صغيرة لي ولأمي. راتبي 2100 صافي.
شكراً
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Ibrahim Younes", "ibrahim.younes@example.net"),
  subj="Besichtigung", body="""
مرحباً،
عندي موعد لمعاينة شقة (Besichtigung) يوم السبت الساعة 11 في Katterbach. المؤجرة امرأة كبيرة بالعمر وتتكلم بسرعة.
هل يمكن أن يأتي أحد منكم أو متطوع معي؟ أخاف أن لا أفهم الشروط.
إبراهيم يونس
0157 23450018
"""),
M(lang="ar", cat="tenant_request", style="hard_case", frm=("Hadi Al-Rifai", "hadi.rifai@example.com"),
  subj="المؤجر رفضنا", body="""
مرحبا
كنا قد اتفقنا مع Vermieter على شقة في Frankenforst، وشاف كل الأوراق وقال تمام. اليوم بعت رسالة إنه غير رأيه لأنه "ما بدو Jobcenter". هذه ثالث مرة يصير معنا هيك.
هل هذا مسموح؟ وهل عندكم مؤجرين بيقبلوا الجوب سنتر؟ نحنا ٣ أشخاص.
هادي
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Mahmoud Zaher", "mahmoud.zaher@example.org"),
  subj="شقة في Refrath - هل تتصلون بالمؤجر؟", body="""
السلام عليكم
الموظفة عندكم (السيدة ...) أعطتني رقم مؤجر في Refrath عنده شقة 2 غرف. اتصلت مرتين ولم يرد. هل يمكن أن تتصلوا أنتم به وتقولوا له إنني مهتم جداً؟
عنواني الحالي: السكن في Bensberg.
شكراً
محمود زاهر
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Aya Hamoud", "aya.hamoud@example.net"),
  subj="تأجيل الموعد - ضروري", body="""
مرحبا،
ضروري جداً! عندي موعد عندكم يوم الإثنين الساعة ٩ بخصوص ورشة السكن، لكن ابنتي مريضة ويجب أن أذهب بها إلى الطبيب.
هل يمكن تغيير الموعد إلى يوم الأربعاء أو الخميس؟
آسفة جداً
آية
"""),
M(lang="ar", cat="tenant_request", style="oneliner", frm=("", "hamza.gl@example.com"), subj=None, body="""
مرحبا بدي بيت
"""),
M(lang="ar", cat="tenant_request", style="forward", frm=("Nabil Farouk", "nabil.farouk@example.org"),
  subj="WG: Ihr Bescheid - Angemessenheit der Unterkunftskosten", att=["Jobcenter_Bescheid.pdf"], body="""
مرحبا، وصلني هذا من الجوب سنتر. ما فهمت شو يعني. هل رفضوا الشقة اللي لقيتها في Gronau؟ الايجار 720 وارم.

-----Ursprüngliche Nachricht-----
Von: Jobcenter Rhein-Berg <noreply@jobcenter.example.com>
Gesendet: Mittwoch, 19. März 2025 09:12
An: nabil.farouk@example.org
Betreff: Ihr Bescheid - Angemessenheit der Unterkunftskosten

Sehr geehrter Herr Farouk,

die von Ihnen vorgelegte Wohnung (Bruttokaltmiete 640,00 EUR) übersteigt die für eine
Bedarfsgemeinschaft von 2 Personen angemessene Bruttokaltmiete. Eine Zusicherung nach
§ 22 Abs. 4 SGB II kann daher nicht erteilt werden. Näheres entnehmen Sie bitte dem
beigefügten Bescheid.

Mit freundlichen Grüßen
Ihr Jobcenter
"""),
M(lang="ar", cat="tenant_request", style="on_behalf", frm=("Rasha Mardini", "rasha.mardini@example.com"),
  subj="عائلة السيد حمدو - بحث عن سكن", body="""
مساء الخير،
أنا رشا، متطوعة مع عائلة السيد عبد الله حمدو (٥ أشخاص) منذ وصولهم إلى السكن في Herkenrath. أساعدهم في الأوراق والمواعيد.
العائلة حصلت على الإقامة لثلاث سنوات والأب بدأ يعمل في مخبز. نريد أن نسجلهم في برنامجكم للبحث عن سكن، وأيضاً في ورشة السكن.
ما هي الأوراق المطلوبة؟ وهل يمكن أن أحضر معهم الموعد الأول؟

مع التحية
رشا مارديني
"""),
M(lang="ar", cat="tenant_request", style="mixed_language", frm=("", "ghaith.alhamwi@example.net"),
  subj="wohnung bitte", body="""
salam, ana ghaith, sakin bel Unterkunft b Paffrath. 3ndi Termin ma3 Vermieter bukra bas ma 3ndi Schufa w ma 3ndi Mietschuldenfreiheitsbescheinigung. shu a3mel? momken ta3touni waraqa enno ana sakin 3ndkon w ma fi 3laye deen?
shukran ktir
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Mohamad Ayoub", "mohamad.ayoub@example.com"),
  subj="عقد الإيجار - سؤال", att=["Mietvertrag_Seite1.jpg", "Mietvertrag_Seite2.jpg"], body="""
مرحبا
المؤجر أرسل لي الـ Mietvertrag للتوقيع. فيه بند عن Staffelmiete وبند أنني أدفع كل التصليحات الصغيرة حتى 150 يورو.
هل هذا طبيعي؟ أرسلت لكم صور الصفحات. لا أريد أن أوقع على شيء لا أفهمه.
محمد أيوب
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("عائشة الخطيب", "aisha.k@example.org"),
  subj="تحديث بخصوص ملفي", body="""
السلام عليكم
أردت فقط أن أخبركم أن عنواني تغير داخل السكن (انتقلنا من المبنى A إلى المبنى C في Moitzfeld) ورقم هاتفي الجديد 0152 23454410.
وأيضاً ولدت ابنتي في شهر آب، فأصبحنا أربعة أشخاص بدل ثلاثة. أرجو تحديث ملفي.
شكراً
عائشة
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Ahmad Al-Khatib", "ahmad.khatib.de@example.net"),
  subj="السؤال عن مكافأة للمؤجر", body="""
مرحبا،
صاحب شقة في Stadtmitte يسأل إذا كانت البلدية تعطي أي ضمانة إذا صار خراب بالشقة. قال إذا في ضمانة بيأجرني.
أنا محتاج الشقة كثير، عائلتي ٤ أشخاص. شو بقدر قول له؟ أو ممكن تحكوا معه مباشرة؟ رقمه معي.
أحمد
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Zainab Al-Saadi", "zainab.saadi@example.com"),
  subj="", body="""
السلام عليكم
ماكو اي خبر من شهرين. اني وبناتي الاثنين بعدنا بالكامب ب Hand. البنت الجبيرة عمرها ١٦ ومحتاجة غرفة تدرس بيها، عدها امتحانات.
اريد اعرف اذا اكو شقة او لا. رجاءً ردوا علي
زينب
"""),
M(lang="ar", cat="tenant_request", urg=1, style="mixed_language", frm=("Anas Qasim", "anas.qasim@example.org"),
  subj="Kündigung Eigenbedarf - Auszug Ende der Woche", date="2026-03-23 08:02", body="""
مرحباً
نحن نسكن منذ سنتين في شقة خاصة في Lückerath (لم نعد في السكن البلدي). المؤجر أرسل Kündigung wegen Eigenbedarf قبل ٣ أشهر، ونحن لم نفهم الرسالة جيداً ولم نجد شقة.
الآن يقول يجب أن نسلم المفتاح يوم السبت ٢٨.٣، وابنه سيأتي مع شاحنة. ليس لدينا أي مكان.
نحن ٤ أشخاص. هل يمكن أن نعود إلى السكن البلدي؟ أرجو الرد اليوم.

أنس قاسم - 0176 23452278
"""),
M(lang="ar", cat="inquiry", style="formal", frm=("جمعية مسجد النور - بنسبرغ", "info@annur-verein.example.org"),
  subj="عرض تعاون من جمعية مسجد النور", body="""
السادة الكرام في فريق الاندماج والسكن في مدينة بيرغيش غلادباخ،

السلام عليكم ورحمة الله وبركاته،

نحن جمعية مسجد النور في بنسبرغ، ولدينا مجموعة من المتطوعين الذين يتحدثون العربية والكردية والتركية والألمانية.
نود أن نعرض عليكم تعاوناً عاماً: يمكن لمتطوعينا المساعدة في الترجمة أثناء معاينة الشقق أو في ورشات السكن، كما يمكننا نشر معلومات برنامجكم في خطبة الجمعة وعلى صفحتنا.
نرجو أن تخبرونا بمن نتواصل، وإن أمكن نحدد لقاءً تعارفياً.

مع خالص التحيات،
عن الهيئة الإدارية
حسن يلماز / أبو خليل
Tel. 02202 23456
"""),
M(lang="ar", cat="inquiry", style="formal", frm=("Deutsch-Arabischer Kulturverein Rhein-Berg", "vorstand@dakv-rheinberg.example.org"),
  subj="دعوة إلى إفطار رمضاني / Einladung zum Iftar", date="2026-02-10 18:40", fmt="alt", body="""
الأعزاء في فريق Integration Wohnen،

يسر الجمعية الثقافية الألمانية العربية أن تدعوكم إلى الإفطار الرمضاني المشترك يوم السبت 28 شباط 2026 الساعة 17:30 في قاعة الكنيسة في Gronau.
سيحضر ممثلون عن البلدية والكنائس والجمعيات. يسعدنا جداً إذا قدم أحدكم كلمة قصيرة (5 دقائق) عن برنامج الانتقال إلى السكن الخاص.

Liebe Kolleginnen und Kollegen, wir laden Sie herzlich zu unserem gemeinsamen Iftar am Samstag, 28.02.2026, ein. Um Anmeldung wird gebeten.

مع التحية
الهيئة الإدارية
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Omar Haidar", "omar.haidar@example.com"),
  subj="كيف يعمل البرنامج؟", body="""
مرحباً،
أخي وعائلته سيأتون إلى ألمانيا العام القادم عن طريق لم الشمل، على الأغلب سيُسكنون في بيرغيش غلادباخ.
أريد أن أفهم بشكل عام كيف يعمل برنامجكم: من يحق له المشاركة؟ هل هو فقط لمن يسكن في السكن التابع للمدينة؟ وهل هناك قائمة انتظار؟
شكراً لكم
عمر حيدر
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Hala Shaker", "hala.shaker@example.net"),
  subj="دورة اللغة", body="""
مرحبا
أريد التسجيل في دورة اللغة الألمانية B1 (Integrationskurs). صديقتي أعطتني هذا الإيميل. متى تبدأ الدورة القادمة وكم السعر؟
هالة
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Bashar Aziz", "bashar.aziz@example.org"),
  subj="تجديد الإقامة", body="""
السلام عليكم
إقامتي تنتهي بعد شهر ونصف. أرسلت إيميل إلى Ausländerbehörde ولم يردوا. هل يمكن أن تعطوني موعداً لتجديد الإقامة أو تحولوا رسالتي للقسم المسؤول؟
بشار عزيز
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Mona Rahal", "mona.rahal@example.com"),
  subj="مكان في الروضة Kita", body="""
مرحباً
ابني عمره ٣ سنوات ولا يوجد له مكان في الروضة. سجلت في Kita-Navigator منذ سنة. لمن أتوجه في البلدية؟
شكراً
منى
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Abu Firas / Firas Immobilien", "firas.immobilien@example.net"),
  subj="شقة للإيجار في Schildgen", att=["Grundriss.png"], body="""
السلام عليكم
أنا مالك شقة في Schildgen، ثلاث غرف، 74 متر، الطابق الأول، مطبخ جديد وبلكون. الإيجار البارد 690 والتكاليف الإضافية 210.
الشقة فاضية من أول الشهر القادم. أنا نفسي جئت إلى ألمانيا قبل عشرين سنة وأعرف كم هو صعب إيجاد بيت، فأفضل أن أؤجرها لعائلة من برنامجكم.
لا مشكلة عندي أن يدفع الجوب سنتر مباشرة. أرسلت لكم المخطط.

أبو فراس
0171 23458890
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Kamal Saad", "kamal.saad@example.org"),
  subj="سؤال قبل أن أؤجر", body="""
مرحباً،
عندي شقة صغيرة (غرفتين) فوق محلي في Bensberg وأفكر أن أؤجرها لعائلة لاجئة عن طريقكم.
لكن قبل أن أقرر: إذا لم يدفع الجوب سنتر في الوقت، أو حصل ضرر في الشقة، هل تقدم البلدية أي ضمان (Bürgschaft)؟ وهل تساعدون في العقد؟
كمال سعد
"""),
M(lang="ar", cat="landlord_offer", style="reply", frm=("Georges Haddad", "georges.haddad@example.com"),
  subj="AW: Vermittlung Familie Al-Ali", irt=True, body="""
مرحباً،
العائلة التي أرسلتموها سكنت في الشقة في Gronau منذ شهرين، والحمد لله كل شيء جيد معهم. لكن إيجار شهر أيلول لم يصل حتى الآن من الجوب سنتر، والعائلة تقول إنها أرسلت كل الأوراق.
هل يمكنكم السؤال؟ لا أريد أن أضغط على العائلة.

جورج حداد

> Sehr geehrter Herr Haddad,
> vielen Dank, dass Sie Ihre Wohnung in der Gronauer Straße an Familie Al-Ali vermieten.
> Bei Fragen stehen wir Ihnen gerne zur Verfügung.
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Restaurant Al-Sham Bergisch Gladbach", "info@alsham-gl.example.net"),
  subj="غرفة مع حمام للإيجار", body="""
مرحبا
نحن مطعم الشام في Stadtmitte. عندنا فوق المطعم غرفة مع حمام ومطبخ صغير (28 متر) فاضية. ممكن تكون لشاب أعزب.
الإيجار 420 شامل كل شي. إذا عندكم حدا مناسب خبرونا.
"""),
M(lang="ar", cat="auto", style="header_only", frm=("جمعية الجسر للاندماج", "kontakt@jisr-integration.example.org"),
  subj="رد تلقائي: دعوة اجتماع شبكة المؤجرين", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
  mailer=None, fmt="plain", body="""
شكراً لرسالتكم.
مكتب الجمعية مغلق من 23.12 حتى 06.01 بسبب العطلة. سنرد على رسالتكم بعد عودتنا.
للحالات الطارئة يرجى الاتصال بـ 0151 23450099.

Vielen Dank für Ihre Nachricht. Unser Büro ist bis zum 06.01. geschlossen.
"""),
M(lang="ar", cat="auto", style="header_only", kind="bounce", frm=("Mail Delivery System", "MAILER-DAEMON@mx.example.net"),
  subj="Undelivered Mail Returned to Sender", rcpt="yousef.alnajjar@example.net", diag="550 5.1.1 <yousef.alnajjar@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
  orig_subj="موعدك في ورشة السكن", body="""
This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<yousef.alnajjar@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1
    User unknown in virtual mailbox table
""", orig_body="""
مرحباً السيد يوسف النجار،

نود أن نذكركم بموعد ورشة السكن يوم الأربعاء 12.03.2025 الساعة 14:00 في مبنى البلدية في بنسبرغ، القاعة 1.
الورشة تتكون من ثلاث جلسات، وفي نهايتها تحصلون على شهادة مشاركة.
إذا لم تستطيعوا الحضور، يرجى إبلاغنا مسبقاً.

مع التحية
فريق السكن والاندماج
"""),
M(lang="ar", cat="spam", style="other", frm=("مؤسسة الخليج للجوائز", "awards@gulf-prize.example.com"),
  subj="مبروك!!! لقد ربحت 500,000 دولار", tz="dubai", body="""
عزيزي الفائز،

يسعدنا إبلاغكم بأن بريدكم الإلكتروني قد تم اختياره عشوائياً في السحب السنوي الكبير لمؤسسة الخليج، وقد ربحتم مبلغ 500,000 دولار أمريكي.
لاستلام الجائزة يرجى إرسال: الاسم الكامل، رقم الهاتف، صورة جواز السفر، ودفع رسوم التحويل البنكي 350 دولار عبر ويسترن يونيون.
رقم الفوز: GPZ/7781/2025
يجب الرد خلال 48 ساعة وإلا ستلغى الجائزة.

المنسق: د. سليمان الراشد
"""),
M(lang="ar", cat="spam", style="other", frm=("Eng. Walid Nassar", "walid.nassar.home@example.net"),
  subj="شقة مفروشة للإيجار في بيرغيش غلادباخ - سعر ممتاز", tz="dubai", body="""
السلام عليكم
رأيت أنكم تبحثون عن شقق للعائلات. أنا مهندس أعمل حالياً في دبي ولدي شقة مفروشة 3 غرف في Bergisch Gladbach، الإيجار فقط 450 يورو شامل كل شيء.
لأنني خارج ألمانيا لا أستطيع أن أريكم الشقة، لكن إذا أرسل المستأجر التأمين (شهرين = 900 يورو) عبر ويسترن يونيون أو MoneyGram سأرسل له المفاتيح والعقد بالبريد DHL خلال يومين.
الشقة عليها طلب كبير، أرجو الرد بسرعة.
م. وليد
"""),
]

if __name__ == "__main__":
    from mailw import write_batch
    print(len(write_batch(MAILS, START)), "written")
