"""Fresh evaluation batch 07: Arabic (MSA, Levantine, Iraqi, Egyptian, one Arabizi): tenants, landlords, inquiries, spam, auto."""
from mailwriter import T, L, I, S, A

MAILS = [
T("ar", 1, "phone", "Rahaf Al-Hasan <rahaf.alhasan93@example.com>", "مستعجل جدا - Räumung",
"""مرحبا
انا رهف الحسن ساكنة بشقة ب Refrath مع ولادي التلاتة. صاحب البيت رفع علينا دعوى والمحكمة حكمت، واليوم اجانا كتاب من Gerichtsvollzieher انو يوم التلاتا الجاي الساعة 9 الصبح لازم نطلع من البيت. الجوب سنتر ما دفع الايجار 3 شهور وانا ما كنت اعرف
هلق ما عنا وين نروح والولاد عندهم مدرسة
بترجاكن ساعدوني شو لازم اعمل؟؟ رقمي 0176 5523 8810
رهف""", date="2026-02-19 22:47"),

T("ar", 1, "clean", "Noor <noor.k.2024@example.net>", "طلب مساعدة عاجل",
"""السلام عليكم،

أنا امرأة من العراق أسكن في السكن الجماعي (Unterkunft) في Herkenrath مع زوجي وابنتي الصغيرة. زوجي يضربني منذ أشهر، وأمس هددني بالسكين أمام ابنتي. أخبرت الـ Sozialarbeiterin في السكن لكنها قالت إن عليّ أن أكتب لكم لأنكم تعرفون إن كان هناك مكان آخر لي ولابنتي.

لا أستطيع البقاء هنا ليلة أخرى معه في نفس الغرفة.

أرجوكم لا تتصلوا على رقم الهاتف المسجّل باسم زوجي. اكتبوا لي على هذا البريد فقط.

نور""", date="2025-11-06 07:12", charset="windows-1256"),

T("ar", 0, "oneliner", "Mohamad Kh <mo.khalil.gl@example.org>", "beit",
"""salam 3alaykom, ana badawwer 3ala bait la 5 ashkhas (ana w marti w 3 wlad), a7san shi b Bensberg aw Refrath. 3andi WBS. shukran ktir"""),

T("ar", 0, "forward", "Haidar Jasim <haidar.jasim@example.com>", "WG: 3-Zimmer-Wohnung in Gronau, 74 m²",
"""هلو استاذ
لگيت هاي الشقة بالانترنت، شوفوها رجاءً. الايجار 780 كالت، هل الجوب سنتر يقبل بيها؟ احنا 4 أشخاص. صاحب الشقة يريد جواب لحد الاسبوع الجاي، شلون اسوي؟ ما اعرف احچي وياه بالالماني زين.
تحياتي
حيدر

---------- Weitergeleitete Nachricht ---------
Von: Kleinanzeigen <noreply@mail.example.com>
Datum: Mi., 12. Nov. 2025 um 18:03
Betreff: 3-Zimmer-Wohnung in Gronau, 74 m²
An: haidar.jasim@example.com

Helle 3-Zimmer-Wohnung im 2. OG, Gronau, Nähe S-Bahn.
74 m², Balkon, Tageslichtbad, Einbauküche gegen Ablöse.
Kaltmiete 780 EUR, NK 210 EUR, Kaution 3 KM.
Frei ab 01.01.2026. Keine Haustiere.
Besichtigung nach Vereinbarung.""", date="2025-11-13 09:20"),

T("ar", 0, "mixed_language", "Yousef Darwish <y.darwish@example.net>", "Mietschuldenfreiheitsbescheinigung",
"""مرحباً،

وجدت شقة من غرفتين في Hand، والمؤجر السيد Becker موافق مبدئياً على تأجيرها لي، لكنه يطلب مني ورقة اسمها Mietschuldenfreiheitsbescheinigung. أنا أسكن منذ سنتين في الـ Übergangswohnheim ولم يكن لي مؤجر خاص من قبل.
من أين أحصل على هذه الورقة؟ هل يمكن أن تعطوني إياها أنتم أو إدارة السكن؟

المؤجر ينتظر حتى يوم الجمعة.

مع الشكر
يوسف درويش
Tel. 0157 3304 1129""", charset="windows-1256"),

T("ar", 0, "clean", "Mahmoud Abdelaziz <mahmoud.abdelaziz@example.org>", "تسجيل Wohnungsführerschein",
"""ازيكم عاملين ايه
انا محمود ومراتي عايزين نسجل في كورس الـ Wohnungsführerschein اللي بتعملوه. صاحبي قالي انه مفيد قوي وبتاخدوا بعده شهادة بتساعد مع صاحب الشقة.
امتى الكورس الجاي؟ احنا الاتنين بنشتغل الصبح فلو فيه معاد بالليل يبقى أحسن.
شكرا ليكم
محمود عبد العزيز
Heim Paffrath, Zimmer 14"""),

T("ar", 0, "oneliner", "Samira Haddad <samira.haddad@example.com>", "Teilnahmebestätigung",
"""مرحبا، حضرت الورشة بالصيف بس ضيّعت ورقة الـ Teilnahmebestätigung. ممكن تبعتولي نسخة جديدة عالايميل؟ صاحب الشقة بدو ياها. شكرا
سميرة حداد، مواليد 03.05.1991"""),

T("ar", 0, "on_behalf", "Bashar Alloush <bashar.alloush@example.net>", "بخصوص والدي - Wohnung Erdgeschoss",
"""مرحبا،

أنا عم اكتب عن أبي، عبد الرحمن علوش، عمره 71 سنة، ساكن لحالو بالـ Unterkunft ب Herkenrath من 2023. أنا ساكن ب Köln وما بقدر روح لعنده كل يوم.
أبي عنده مشاكل بالقلب وما بيقدر يطلع درج كتير، والغرفة تبعو بالطابق التالت وما في مصعد.

بدنا شقة صغيرة بالطابق الأرضي أو ببناية فيها Aufzug، ب Bergisch Gladbach حتى يضل قريب من الدكتور تبعو. هو ما بيحكي ألماني منيح وما عندو ايميل، فإذا في شي ابعتولي أنا. معي Vollmacht منو، حطيتها بالمرفقات.

شكراً كتير
بشار علوش
0163 118 4470""", attach=["Vollmacht_Alloush.pdf"]),

T("ar", 0, "reply", "Abdullah Saleh <abdullah.saleh88@example.org>", "AW: Ihre Unterlagen für die Wohnungssuche",
"""السلام عليكم
ارسلت لكم الاوراق: Jobcenter Bescheid و صورة الاقامة. الـ Einkommensnachweis ما عندي لأني ما أشتغل حاليا.
شكراً

Am 04.02.2026 um 10:41 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Saleh,
>
> für die weitere Unterstützung bei der Wohnungssuche benötigen wir noch
> folgende Unterlagen:
> - aktueller Bescheid des Jobcenters
> - Kopie des Aufenthaltstitels
> - ggf. Einkommensnachweise
>
> Mit freundlichen Grüßen
> Ihr Team Auszugsmanagement""", attach=["Bescheid_Jobcenter.pdf", "Aufenthaltstitel.jpg"], date="2026-02-06 18:03"),

T("ar", 0, "mixed_language", "Lina Mansour <lina.mansour@example.com>", "Kaution - Jobcenter sagt nein",
"""مرحبا
حصلت على شقة في Schildgen والعقد جاهز، لكن الـ Jobcenter رفض يدفع الكفالة (Kaution) وقال إن الإيجار أغلى من الحد المسموح ب 40 يورو. صاحبة الشقة مستعدة تنزّل الإيجار شوي. هل تقدرون تساعدوني أحكي مع الجوب سنتر؟

Hallo, ich habe Wohnung in Schildgen bekommen und Vertrag ist fertig, aber Jobcenter hat abgelehnt zu bezahlen die Kaution und sagte, dass die Miete teurer ist als die Grenze erlaubt um 40 Euro. Die Besitzerin der Wohnung ist bereit, die Miete ein wenig zu senken. Können Sie mir helfen, mit dem Jobcenter zu sprechen?

Lina Mansour"""),

L("ar", 0, "formal", "Dr. Khaled Nassar <k.nassar@praxis.example.com>", "شقة للإيجار في Gronau - عرض",
"""السادة فريق الاندماج والسكن المحترمين،

أنا طبيب سوري الأصل أعيش في Bergisch Gladbach منذ 2016، واشتريت العام الماضي شقة في Gronau (3 غرف، 78 م²، الطابق الأول، مع شرفة). ستصبح الشقة فارغة ابتداءً من 1 نيسان بعد انتقال المستأجر الحالي.

أرغب في تأجيرها لعائلة لاجئة، لأنني أعرف من تجربتي الشخصية كم هو صعب إيجاد سكن هنا. الإيجار البارد 720 يورو، والتكاليف الإضافية حوالي 190 يورو.

أرجو إعلامي بالخطوات: هل ترسلون لي عائلة مناسبة للمعاينة؟ وهل يُدفع الإيجار مباشرة من الـ Jobcenter؟

مع خالص التحية
د. خالد نصار""", html="alt"),

L("ar", 0, "mixed_language", "Maya Karam <maya.karam@example.net>", "Wohnung meines Vaters in Paffrath",
"""مرحبا،

توفي والدي قبل ست شهور وورثت أنا وأخي شقته ب Paffrath (حوالي 60 متر، غرفتين). نحنا الاتنين ساكنين برّا Bergisch Gladbach وما بدنا نبيعها هلق. سمعت من جارتنا إنو عندكن برنامج بيساعد العائلات اللاجئة تلاقي بيت وبيدعم المالكين.

عندي كم سؤال قبل ما نقرر:
- إذا صار في ضرر بالشقة، مين بيتحمّل؟
- في ضمانة للإيجار (Mietgarantie) من البلدية؟
- لازم نحنا نعمل العقد ولا انتو؟

Ich kann auch gerne auf Deutsch telefonieren, meine Nummer: 0221 555 7812.

مايا كرم"""),

L("ar", 0, "hard_case", "Adel Saber <adel.saber@example.org>", "Schlüsselübergabe erledigt",
"""مرحبا، سلّمت المفتاح امبارح للعيلة اللي بعتّوها (عيلة الأحمد) ووقّعنا محضر التسليم. بتمنى يرتاحوا بالبيت، وشكراً عالتعاون.
عادل"""),

L("ar", 0, "clean", "Restaurant Al-Sham Bensberg <info@alsham-bensberg.example.com>", "شقة فوق المطعم",
"""مرحبا،
أنا صاحب مطعم الشام ب Bensberg. في شقة صغيرة فوق المطعم (غرفة وصالون ومطبخ وحمام، تقريباً 45 متر)، كان ساكن فيها موظف عندي ورجع على بلده. بدي أجّرها، وإذا في شب أو عيلة صغيرة من عندكن بيدوّروا على بيت بكون مبسوط. الإيجار 480 مع كل شي.

سؤال: إذا الشخص بياخد من الـ Jobcenter، بيدفعوا لي مباشرة ولا هو بيدفع؟

جورج صليبا
0179 402 6631"""),

I("ar", 0, "formal", "Hiba Al-Ali <redaktion@amal-magazin.example.org>", "طلب مقابلة - مجلة أمل",
"""تحية طيبة،

أنا هبة العلي، صحفية في مجلة «أمل» الإلكترونية التي تصدر بالعربية وتتابع شؤون القادمين الجدد في ولاية شمال الراين-وستفاليا. نعدّ ملفاً عن صعوبة السكن للاجئين في المدن الصغيرة حول كولونيا.

نودّ أن نعرف:
1. كم عدد المؤجرين (Vermieter) الذين تعاونوا مع برنامجكم منذ بدايته؟
2. كم عائلة استطاعت الانتقال من السكن الجماعي إلى شقة خاصة في 2025؟
3. هل يمكن إجراء مقابلة قصيرة مع أحد أعضاء الفريق، بالألمانية أو العربية؟

الموعد النهائي للنشر هو نهاية الشهر.

مع الشكر والتقدير
هبة العلي
مجلة أمل - قسم التحرير""", charset="windows-1256"),

I("ar", 0, "other", "Salam Umzüge <angebot@salam-umzuege.example.com>", "خدمات نقل أثاث بأسعار خاصة",
"""مرحباً،

نحن شركة Salam Umzüge من Köln، نتكلم العربية والكردية والألمانية. نقدّم خدمة نقل الأثاث وتركيب المطابخ وتنظيف الشقق عند التسليم (Endreinigung).

للعائلات التي تنتقل من الـ Heim إلى شقة جديدة عندنا أسعار خاصة تبدأ من 199 يورو، ونقبل Kostenübernahme من الجوب سنتر.

نرجو أن تعطوا رقمنا للعائلات أو أن تعلّقوا إعلاننا المرفق في لوحة الإعلانات.

مع التحية
فريق سلام للنقل
Tel. 0221 9876 5544""", attach=["Flyer_Salam_Umzuege.pdf"]),

I("ar", 0, "hard_case", "Rasha Othman <rasha.othman@example.net>", "روضة - Kita Platz",
"""مرحبا
بنتي عمرها 3 سنين وأنا مسجّلة من سنة على Kita بس لحد هلق ما في مكان. نحنا ساكنين بشقة ب Refrath من 5 شهور (الحمد لله لقينا بيت). مين المسؤول عن الـ Kita بالبلدية؟ كيف بعرف وين صار الطلب تبعي؟
شكرا"""),

S("ar", 0, "other", "Mr. Robert Williams <robert.williams.home@example.com>", "شقة للإيجار في بيرغيش غلادباخ - متاحة فورا",
"""عزيزي،

شكرا لاهتمامك بشقتي. انا حاليا اعمل في لندن كمهندس نفط ولا استطيع القدوم الى المانيا. الشقة 3 غرف مفروشة بالكامل والايجار 450 يورو فقط شامل كل شيء.

لكي احجز الشقة لك يجب ان ترسل مبلغ التامين 900 يورو عن طريق Western Union باسم اختي. بعد التحويل سوف ارسل لك المفاتيح وعقد الايجار عن طريق DHL خلال 48 ساعة.

ملاحظة: هناك 6 عائلات اخرى تريد الشقة، لذلك يجب ان تسرع.

بارك الله فيك
روبرت"""),

S("ar", 0, "html_only", "DHL Paket <service@dhl-zustellung.example.net>", "طردك في انتظار الدفع - رقم الشحنة DE4481920375",
"""عميلنا العزيز،

لم نتمكن من توصيل طردك بسبب عدم دفع رسوم الجمارك (2,99 €).
سيتم إعادة الطرد إلى المرسل خلال 24 ساعة إذا لم يتم الدفع.

لتأكيد عنوانك ودفع الرسوم اضغط هنا:
http://dhl-paket-tracking.example.net/ar/pay?id=DE4481920375

شكراً لاختيارك خدماتنا
فريق DHL Express""", html="only"),

A("ar", 0, "header_only", "Omar Fakhoury <o.fakhoury@beratung.example.org>", "رد تلقائي: Termin Infoabend",
"""شكراً لرسالتك. أنا في إجازة حتى 24.03.2026 ولن أتمكن من قراءة البريد. للأمور العاجلة يرجى التواصل مع زميلتي سارة على الرقم 02202 44 18 20.

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.03.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Sarah Weber, Tel. 02202 44 18 20.

Omar Fakhoury
Migrationsberatung""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  date="2026-03-12 09:31"),
]
