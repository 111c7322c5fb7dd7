"""mixed3 batch 05: Arabic (Levantine, Iraqi, Egyptian and standard Arabic; tenants and relatives, landlords'
short follow-ups, an agent, an employer, general inquiries, spam and two auto; two urgent)."""
from mailwriter import T, L, I, S, A

MAILS = [
# ---------------- tenant_request ----------------
T("ar", 1, "phone", "Umm Mohammad <umm.mohammad.gl@example.com>", "ساعدوني",
"""مرحبا انا ام محمد ساكنة بالهايم ب Bensberg
جوزي ضربني مبارح قدام الولاد وكسرلي تلفوني هاد ايميل جارتي
انا هلق عندها بنفس الهايم بس هو بيعرف وين انا وخايفة يرجع
الهايم قالولي روحي على Frauenhaus بس قالوا ما في محل
عندي ٣ ولاد الصغير عمره سنتين
شو بعمل الله يخليكن ردو علي بسرعة""", date="2025-10-14 07:52"),

T("ar", 1, "formal", "Khaled Al-Jaber <khaled.aljaber@example.net>", "موعد الإخلاء يوم الخميس 20.11 – نرجو المساعدة",
"""السادة المحترمون في فريق Integration Wohnen،

تحية طيبة وبعد،

أنا خالد الجابر، أسكن مع زوجتي وأطفالي الأربعة في شقة خاصة في Hand منذ عام 2021. في بداية السنة استلمنا إنهاء عقد بسبب الحاجة الشخصية (Eigenbedarf) لأن ابن المالك سيتزوج. بحثنا طوال الأشهر الماضية وقدمنا على أكثر من أربعين شقة دون نتيجة.

اليوم وصلتنا رسالة من المحضر القضائي (Gerichtsvollzieher) تحدد موعد الإخلاء يوم الخميس 20.11 الساعة التاسعة صباحاً، أي بعد ستة أيام. أرفقت لكم صورة الرسالة.

لا نعرف إلى أين نذهب. الأطفال في المدرسة في Hand وأصغرهم عمره ثلاث سنوات. هل يمكنكم مساعدتنا في إيجاد مكان مؤقت على الأقل، أو إخبارنا بالجهة المسؤولة؟

رقمي: 0176 50213988

مع جزيل الشكر
خالد الجابر""", attach=["Raeumungsmitteilung.pdf"], date="2025-11-14 10:26"),

T("ar", 0, "oneliner", "Lina Haddad <lina.haddad92@example.com>", "ورشة",
"""مرحبا، في ورشة سكن بالعربي الشهر الجاي؟ شكراً"""),

T("ar", 0, "mixed_language", "Ali Kadhim <ali.kadhim.gl@example.net>", "Jobcenter ما وافق على الشقة",
"""السلام عليكم

لكيت شقة ب Refrath، غرفتين ومطبخ، الايجار 575 kalt و 160 Nebenkosten. الراجل (Vermieter) وافق علينا. رحت للـ Jobcenter بالـ Mietangebot وگالولي لا، الشقة غالية ب 30 يورو على الـ Angemessenheitsgrenze.

هسه شنو نسوي؟ اذا المؤجر نزّل الـ Nebenkosten شوية يصير؟ لو ندفع الفرق احنا من الـ Regelsatz؟ المؤجر ينتظر جواب لحد الاسبوع الجاي.

علي كاظم""", charset="windows-1256"),

T("ar", 0, "forward", "Mostafa Abdelrahman <mostafa.abdelrahman@example.com>", "Fwd: 3-Zimmer-Wohnung Gronau – Besichtigung",
"""صباح الخير، لقيت الإعلان ده على Kleinanzeigen. الإيجار 690 warm. هو ده ينفع مع الجوب سنتر؟ وأعمل إيه في المعاينة؟ أول مرة.

---------- Forwarded message ---------
Von: Kleinanzeigen-Nutzer "R. Schmitz" <nachricht-r8812@kleinanzeigen-mail.example.net>
Date: Do., 22. Jan. 2026, 17:03
Subject: 3-Zimmer-Wohnung Gronau – Besichtigung
To: <mostafa.abdelrahman@example.com>

Hallo Herr Abdelrahman,
danke für Ihr Interesse. Die Wohnung (3 Zi., 67 m², 1. OG) kostet 540 € kalt + 150 € NK inkl. Heizung. Besichtigung wäre Samstag um 11 Uhr möglich. Bitte bringen Sie eine Selbstauskunft mit.
Gruß R. Schmitz"""),

T("ar", 0, "on_behalf", "Bilal Saeed <bilal.saeed@example.org>", "بخصوص أختي سناء سعيد – مسكن Paffrath",
"""مرحباً،

أنا بلال سعيد، أعيش في هولندا (Utrecht). أختي سناء سعيد تسكن منذ سنتين ونصف في مسكن اللاجئين في Paffrath مع ابنتها (7 سنوات). أختي لا تستعمل الإيميل كثيراً ولذلك طلبت مني أن أكتب لكم.

هي تريد أن تسكن في شقة خاصة، وسمعت من جارتها أنكم تساعدون في ذلك، لكنها لا تعرف إن كانت مسجلة عندكم. هي تتكلم ألماني B1 وتعمل نصف دوام في محل تنظيف ملابس.

هل يمكنكم أن تتواصلوا معها مباشرة؟ رقمها 0152 33140967. وإذا احتجتم أي معلومات أنا موجود على هذا الإيميل.

شكراً جزيلاً
بلال"""),

T("ar", 0, "reply", "Hussein Nasser <hussein.nasser@example.net>", "AW: Besichtigungstermin Am Rodenbach – Mittwoch 16:30",
"""شكراً كتير. تمام، بكون هونيك الأربعاء ٤ ونص، وبجيب معي Selbstauskunft و Jobcenter Bescheid. في حدا منكم رح يجي معي؟

حسين

Am 03.03.2026 um 12:05 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Nasser,
> der Vermieter, Herr Lohmar, hat der Besichtigung am Mittwoch, 16:30 Uhr, zugestimmt.
> Adresse: Am Rodenbach 9 (fiktiv), Klingel „Lohmar“.
> Mit freundlichen Grüßen
> Team Integration Wohnen"""),

T("ar", 0, "other", "Rana Mousa <rana.mousa@example.com>", "Wohnberechtigungsschein",
"""مرفق صورة الـ Wohnberechtigungsschein متل ما طلبتو. مع الشكر
رنا موسى""", attach=["WBS_Rana_Mousa.jpg"]),

T("ar", 0, "clean", "Abu Haidar <abu.haidar.gl@example.net>", "ابني يريد يطلع من الهايم",
"""السلام عليكم ورحمة الله

اني ساكن بالهايم بـ Stadtmitte ويايه زوجتي وأربع أولاد. ابني الجبير حيدر عمره ١٩ سنة، خلص المدرسة وهسه يسوي Ausbildung كهربائي. يريد يطلع ويسكن وحده بشقة صغيرة أو غرفة، لأن الغرفة عدنا ضيقة كلش وهو يگعد الصبح ٥.

سؤالي: هل يكدر يسجل عدكم وحده، لو لازم العائلة كلها سوية؟ وراتب الـ Ausbildung يكفي للإيجار لو يحتاج Jobcenter؟

الله يخليكم
أبو حيدر"""),

# ---------------- landlord_offer ----------------
L("ar", 0, "oneliner", "Abu Fadi <abufadi.kfz@example.net>", "المفتاح",
"""المفتاح جاهز، خلي المستأجر يمر عالمحل السبت الساعة ١١. أبو فادي"""),

L("ar", 0, "html_only", "Georges Khoury <georges.khoury@example.com>", "شكوى بخصوص المستأجرين في Schildgen",
"""مرحباً،

أنا مالك الشقة في Schildgen التي سكنت فيها عائلة العلي عن طريقكم منذ سبعة أشهر. الإيجار يصل في وقته ولا مشكلة بهذا.

المشكلة أن الجيران يشتكون لي كل أسبوع تقريباً: ضيوف كثيرون حتى منتصف الليل، وأرجيلة على البلكون ورائحتها تدخل إلى الشقة التي فوقها حيث تسكن سيدة كبيرة في السن مريضة بالربو. أرسلت لي إدارة البناية (Hausverwaltung) رسالة تحذير رسمية.

أنا لبناني الأصل وأفهم العادات، لكن هنا الوضع مختلف والقوانين واضحة. لا أريد إنهاء العقد. هل يمكن أن يتحدث أحد منكم مع العائلة ويشرح لهم الـ Hausordnung؟

مع التحية
جورج خوري""", html="only"),

L("ar", 0, "formal", "Nour Immobilien <info@nour-immobilien.example.com>", "عروض شقق جديدة – مارس",
"""السادة الكرام،

نرسل لكم عروضنا الحالية التي يقبل أصحابها تأجيرها لعائلات تحصل على دعم من الـ Jobcenter:

١- Bensberg: غرفتان، 54 م²، الطابق الثاني، 560 € بارد + 150 € مصاريف، متاحة من 01.04.
٢- Refrath: ثلاث غرف، 72 م²، طابق أرضي مع حديقة صغيرة، 710 € بارد + 190 € مصاريف، متاحة فوراً.
٣- Stadtmitte: غرفة واحدة، 35 م²، 395 € بارد + 90 € مصاريف، من 15.04.

لا توجد عمولة على المستأجر. المعاينات بالتنسيق معنا.

مع فائق الاحترام
سامي نور
Nour Immobilien (fiktiv)""", attach=["Angebote_Maerz.pdf"]),

L("ar", 0, "clean", "Karim Auto Service <karim.autoservice@example.net>", "شقة صغيرة بالحوش عند الورشة",
"""مرحبا

عندي ورشة تصليح سيارات ب Gronau، ووراها بالحوش في شقة صغيرة، غرفة ومطبخ وحمام، حوالي ٣٥ متر. كان ساكن فيها عامل عندي ورجع على سوريا.

بدي أجّرها لشخص واحد أو زوجين بدون ولاد، الأفضل حدا بيشتغل أو بيدور على شغل، وإذا بيفهم بالسيارات ممكن يشتغل عندي كمان. الإيجار ٣٥٠ مع كل شي.

كيف منعمل؟ بتبعتولي حدا يشوفها؟

كريم
0173 4421987"""),

L("ar", 0, "hard_case", "Samir Ayoub <samir.ayoub@example.org>", "سؤال قبل التأجير: إذا رُفض اللجوء؟",
"""مساء الخير،

أفكر بتأجير شقتي في Paffrath من خلال برنامجكم، لكن عندي سؤال قبل أن أقرر: إذا كان المستأجر ما زال في إجراءات اللجوء ثم رُفض طلبه واضطر لمغادرة ألمانيا، ماذا يحصل بالعقد؟ من يدفع الإيجار حتى أجد مستأجراً جديداً، ومن يتكفل بإخلاء الشقة؟

وهل تقترحون عليّ فقط أشخاصاً لديهم إقامة ثابتة؟

مع الشكر
سمير أيوب"""),

L("ar", 0, "reply", "Hala Mansour <hala.mansour@example.com>", "AW: Mietvertrag Familie Darwish – Unterschrift",
"""أهلاً،

العقد صار موقّع من الطرفين، وأرسلت لكم نسخة بالمرفق. التسليم يوم ١ الشهر الساعة ٩ الصبح. لو في مترجم منيح بس مش ضروري، أنا بحكي عربي 🙂

هالة

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 26. Januar 2026 14:20
An: Hala Mansour <hala.mansour@example.com>
Betreff: Mietvertrag Familie Darwish – Unterschrift

Liebe Frau Mansour,
Familie Darwish hat den Mietvertrag heute bei uns unterschrieben. Können Sie uns eine Kopie des vollständig unterschriebenen Vertrags für das Jobcenter schicken?
Viele Grüße
Team Integration Wohnen""", attach=["Mietvertrag_Darwish_unterschrieben.pdf"]),

# ---------------- inquiry ----------------
I("ar", 0, "clean", "Adnan Al-Saadi <adnan.alsaadi@example.net>", "أريد أن أتطوع",
"""السلام عليكم،

أنا مهندس متقاعد، أتكلم الألمانية جيداً وعندي وقت. أحب أن أساعد العائلات العربية بشكل عام: ترجمة في المعاينات، شرح العقود، مرافقة للدوائر. هل عندكم برنامج للمتطوعين؟

مع التقدير
عدنان السعدي"""),

I("ar", 0, "hard_case", "Wafaa Hamdan <wafaa.hamdan@example.com>", "تجديد الإقامة",
"""مرحبا، إقامتي بتخلص بعد شهر وبعتت للـ Ausländerbehörde ٣ إيميلات وما حدا رد. كيف بجدد؟ ممكن تساعدوني أو تعطوني رقم حدا هناك؟"""),

I("ar", 0, "hard_case", "Fadia Sleiman <f.sleiman@hsu-arabisch.example.org>", "كيف تستطيع العائلات الاشتراك في برنامجكم؟",
"""مرحباً،

أنا معلمة لغة عربية (Herkunftssprachlicher Unterricht) في ثلاث مدارس ابتدائية في المدينة. أولياء الأمور يسألونني كثيراً عن السكن، ولا أعرف بماذا أجيب.

أريد أن أفهم بشكل عام: من يحق له الاشتراك في برنامجكم؟ هل يجب أن تكون العائلة في مسكن لاجئين، أم يمكن لعائلة تسكن في شقة صغيرة جداً أن تشترك أيضاً؟ وهل عندكم ورقة معلومات بالعربي أستطيع توزيعها على الأهالي؟

شكراً لكم
فادية سليمان"""),

I("ar", 0, "clean", "Al-Amal Umzüge <info@alamal-umzuege.example.com>", "خدمات نقل العفش للعائلات الجديدة",
"""السلام عليكم

شركة الأمل للنقل في Köln-Kalk: نقل عفش وتركيب مطابخ بأسعار خاصة للعائلات التي تنتقل من المساكن. نعمل Kostenvoranschlag للـ Jobcenter.

هاتف: 0221 98776540"""),

# ---------------- spam ----------------
S("ar", 0, "other", "Dr. Yasser Al-Omari <dr.yasser.omari@example.net>", "شقة في Refrath لعائلة لاجئة",
"""السلام عليكم ورحمة الله

أخي الكريم، أنا طبيب أعمل حالياً في دبي، ولي شقة في Refrath ثلاث غرف مفروشة بالكامل. أريد تأجيرها لعائلة سورية أو عراقية بـ 450 يورو فقط شاملة كل شيء، ابتغاء الأجر والثواب.

بما أني خارج ألمانيا فلا يمكن المعاينة، ولكن بعد تحويل التأمين (Kaution) وهو 900 يورو عن طريق Western Union باسم وكيلي في لندن، سيتم إرسال المفتاح والعقد بالبريد السريع خلال يومين.

أرسل لي اسم العائلة ورقم هاتفها.

جزاكم الله خيراً
د. ياسر العمري""", charset="windows-1256"),

S("ar", 0, "clean", "Jobs Deutschland <karriere@jobs-de-arbeit.example.com>", "وظيفة من البيت – 3000 يورو شهرياً",
"""مرحباً،

مطلوب موظفين يتكلمون العربية للعمل من البيت، ساعتان يومياً، الراتب 3000 يورو. بدون خبرة.

أرسل صورة الإقامة من الجهتين ورقم الحساب البنكي اليوم، الأماكن محدودة!"""),

S("ar", 0, "oneliner", "Hermes Versand <info@hermes-zustellung-service.example.org>", "لديك طرد غير مستلم",
"""لديك طرد غير مستلم. ادفع 1,49 يورو لإعادة التوصيل خلال 24 ساعة: https://hermes-zustellung-service.example.org/ar"""),

S("ar", 0, "other", "Mahmoud Al-Khatib <mahmoud.alkhatib.trade@example.com>", "أخي العزيز.. فرصة لا تعوض",
"""السلام عليكم أخي العزيز،

أتمنى أن تكون بخير. أنا أيضاً جئت إلى ألمانيا سنة 2015 وأعرف صعوبة الحياة هنا. منذ سنة بدأت أستثمر في العملات الرقمية عن طريق منصة ألمانية مرخصة، والحمد لله أصبح دخلي 2000 يورو في الأسبوع.

أريد أن أساعد أخوتنا، لذلك أعطيك فرصة مجانية: تبدأ بـ 250 يورو فقط، ومدير حسابك يتكلم العربي ويساعدك خطوة بخطوة. الربح مضمون 100%.

سجّل هنا: https://crypto-halal-invest.example.com

أخوك محمود""", html="alt"),

# ---------------- auto ----------------
A("ar", 0, "header_only", "Maryam Saleh <m.saleh@migrationsdienst-gl.example.org>", "Abwesenheit / غياب: Familie Al-Hassan – Termin",
"""Vielen Dank für Ihre Nachricht. Ich bin vom 23.12. bis 06.01. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

شكراً لرسالتك. أنا في إجازة حتى 06.01. للحالات العاجلة: 02202 5566-10

Maryam Saleh
Migrationsdienst""", date="2025-12-23 08:15"),

A("ar", 0, "other", "الجمعية السورية <newsletter@syrisch-deutsch-rb.example.org>", "النشرة الشهرية – فبراير: دورة خياطة، أمسية شعرية، سوق خيري",
"""النشرة الشهرية – فبراير

أعزاءنا أعضاء الجمعية والأصدقاء،

– دورة خياطة للنساء كل يوم ثلاثاء من الساعة 10 حتى 12 في مقر الجمعية.
– أمسية شعرية بعنوان «بين دمشق والراين» يوم السبت 21 فبراير الساعة 18:00.
– سوق خيري لدعم الأسر المحتاجة في 8 مارس. نرحب بالمتطوعين!

لإلغاء الاشتراك في النشرة: https://syrisch-deutsch-rb.example.org/abmelden
الجمعية السورية الألمانية في Rhein-Berg (وهمية)""",
headers={"List-Id": "Newsletter SDV <newsletter.syrisch-deutsch-rb.example.org>",
"List-Unsubscribe": "<https://syrisch-deutsch-rb.example.org/abmelden>", "Precedence": "bulk"}, html="alt"),
]
