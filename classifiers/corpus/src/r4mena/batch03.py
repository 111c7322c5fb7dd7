"""r4mena batch 03: Arabic (16) and Kurdish (6). An imam writing for a named family (tenant) next to a mosque /
association invitation elsewhere (inquiry); tenants whose landlord wants to talk to the team or waits for the
Kaution; follow-ups (one urgent); landlords offering, chasing an unpaid Nachzahlung, a no-show at a viewing,
asking how Jobcenter rent is paid; translator, cleaning firm, family-reunification and neighbour mails;
spam. Kurdish: workshop registration, a son writing for his mother (Sorani), an urgent one, a Sorani landlord,
a Newroz invitation, a scam."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- Arabic tenant_request
T("ar", 0, "on_behalf", "Sheikh Abdelkader Benyahia <imam.benyahia@example.org>", "عائلة السيد مالك عمران - طلب مساعدة في السكن",
"""السلام عليكم ورحمة الله،

أنا إمام مسجد صغير في Bergisch Gladbach. أكتب لكم بطلب من السيد مالك عمران وزوجته، وهما من المصلين عندنا ويسكنان مع أطفالهما الخمسة في غرفتين في مركز الإيواء في Bensberg منذ ثلاث سنوات.

السيد مالك لا يكتب بالألمانية، وقد طلب مني أن أسأل إن كان ملفه لا يزال مفتوحاً عندكم، وهل يحتاج إلى تجديد أي أوراق. الأطفال يكبرون والمكان ضيق جداً، والابنة الكبرى (16 سنة) تدرس للامتحانات ولا تجد مكاناً هادئاً.

رقم السيد مالك: 0152 77410928
وأنا مستعد للمساعدة في الترجمة إذا احتجتم.

جزاكم الله خيراً
عبد القادر بن يحيى"""),

T("ar", 0, "clean", "Layla Darwish <layla.darwish@example.com>", "صاحب الشقة بدو يحكي معكم قبل العقد",
"""مرحبا،

انا ليلى درويش، مسجلة عندكم (رقم الملف عندي بالورقة 2025-0417). شفت شقة بـ Moitzfeld يوم الاثنين، وصاحبة الشقة Frau Krämer عجبها وضعي بس قالت إنها بدها تحكي مع حدا من فريقكم قبل ما توقع، لأنها سمعت إنكم بتساعدوا إذا صار في مشكلة.

هي بتفضل تتصلوا فيها بعد الساعة 4 على 02204 5581730.

الشقة 2 غرف، 495 بارد، والجوب سنتر لسا ما وافق، بعتلهم Mietangebot يوم الثلاثاء.

شكراً كتير
ليلى"""),

T("ar", 0, "broken", "Hussein Kadhim <hussein.kadhim@example.net>", "المؤجر يسأل متى الكاوشن",
"""مرحبا
وقعت العقد الاسبوع الماضي للشقة بـ Gronau والحمد لله. بس المؤجر كل يوم يتصل يسأل متى توصل الكاوشن من الجوب سنتر، يقول اذا ما توصل للاول من الشهر يلغي العقد.
الجوب سنتر قال الطلب بالمعالجة. شنو اسوي؟ ممكن تحكون ويا الجوب سنتر او ويا المؤجر؟
حسين كاظم
0157 38209164""", charset="windows-1256", enc="8bit"),

T("ar", 1, "phone", "Bushra Al-Tamimi <bushra.tamimi@example.org>", "باجر لازم اطلع",
"""السلام عليكم باجر الصبح لازم اطلع من الهايم، گالولي الغرفة لعائلة ثانية لأن آني صار عندي اقامة ولازم اروح
ما عندي مكان ولا اهل هنا
آني وحدي مع ابني عمره ٧ سنين
بشرى التميمي 0176 55091823""", date="2026-01-22 21:54"),

T("ar", 0, "oneliner", "Anas Yousef <anas.yousef@example.com>", "الأوراق",
"""أرسلت لكم الأوراق أمس (الإقامة وورقة الجوب سنتر)، هل وصلت؟ أنس يوسف""", attach=["Aufenthaltstitel.jpg", "Bescheid_Jobcenter.pdf"]),

T("ar", 0, "oneliner", "Maha Saeed <maha.saeed@example.net>", "لقيت شقة",
"""مرحبا، لقيت شقة لحالي بـ Hand والعقد بدأ أول الشهر. ما عاد بحتاج مساعدة، شكراً إلكم كتير. مها سعيد"""),

# ---------------------------------------------------------------- Arabic landlord_offer
L("ar", 0, "clean", "Jihad Aboud <jihad.aboud@example.com>", "شقة فوق المحل في Bensberg",
"""مرحباً،

عندي محل بقالة في Bensberg، وفوق المحل شقة من غرفتين ومطبخ صغير وحمام (حوالي 48 متر). كانت لابني لكنه انتقل إلى Düsseldorf.

أريد أن أؤجرها لشخص أو زوجين من برنامجكم. الإيجار 450 بارد + 100 مصاريف. الشقة مدهونة جديد.

هل ترسلون لي أشخاصاً للمعاينة، أم أنتم تأتون أولاً لتروا الشقة؟

جهاد عبود
صاحب محل «Aboud Market»"""),

L("ar", 0, "clean", "Wafaa Najjar <wafaa.najjar@example.org>", "Nachzahlung غير مدفوعة - المستأجر لا يرد",
"""مرحباً،

المستأجر الذي سكن في شقتي في Schildgen عن طريقكم (منذ 2024) لم يدفع فاتورة Nebenkostenabrechnung بقيمة 412 يورو. أرسلت له رسالتين ولم يرد، وعندما أتصل لا يرد أيضاً.

الإيجار الشهري يصل بانتظام من الجوب سنتر، لكن الـNachzahlung لا. هل تعرفون إذا كان قد قدّمها للجوب سنتر؟ وهل يمكنكم التواصل معه؟

لا أريد أن أكتب له إنذاراً رسمياً قبل أن أفهم ماذا يحدث.

وفاء النجار""", attach=["NK_Abrechnung_2025.pdf"]),

L("ar", 0, "oneliner", "Ziad Al-Omari <ziad.omari@example.net>", "المعاينة اليوم",
"""الشاب اللي بعتوه ما إجا عالمعاينة اليوم وما اتصل. في حدا تاني مهتم؟ الشقة لسا فاضية.
زياد العمري"""),

L("ar", 0, "formal", "Tamer Saber <tamer.saber@example.com>", "كيف يُدفع الإيجار من الجوب سنتر؟",
"""السلام عليكم،

أفكر في تأجير شقتي في Refrath (3 غرف) لعائلة من برنامجكم، ولكن قبل ذلك لدي أسئلة عملية:

- هل يدفع الجوب سنتر الإيجار مباشرة إلى حسابي أم إلى المستأجر؟
- ماذا يحدث إذا وجد المستأجر عملاً وتوقف الجوب سنتر عن الدفع؟
- هل يجب أن يكون الإيجار أقل من حد معين؟ وكم هو هذا الحد لثلاثة أشخاص؟

بعد الإجابة سأقرر.

مع الشكر
تامر صابر"""),

# ---------------------------------------------------------------- Arabic inquiry
I("ar", 0, "clean", "Yousra Belhaj <yousra.belhaj@example.net>", "متطوعة للترجمة في عطلة نهاية الأسبوع",
"""مرحباً،

أنا طالبة في جامعة كولن (أدرس الترجمة)، لغتي الأم العربية (مغربية) وأتقن الفصحى والألمانية والفرنسية.

أريد أن أساعد متطوعةً في الترجمة، خاصة في عطلة نهاية الأسبوع أو في الورشات المسائية. ليس لدي شخص معين أساعده، فقط أريد أن أكون متاحة حين تحتاجون.

هل لديكم قائمة متطوعين أو استمارة؟

يسرى بلحاج"""),

I("ar", 0, "formal", "Glanz Reinigungsservice <kontakt@glanz-reinigung.example.com>", "عرض تنظيف نهائي للشقق (Endreinigung)",
"""السادة المحترمون،

نحن شركة تنظيف في Bergisch Gladbach ونقدم خدمة „Endreinigung" للشقق وغرف مراكز الإيواء عند الانتقال، بما في ذلك تنظيف المطبخ والنوافذ والأرضيات، مع Abnahme-Garantie.

الأسعار تبدأ من 3 يورو للمتر المربع. فريقنا يتكلم العربية والتركية والألمانية.

يسعدنا التعاون معكم أو أن تعطوا رقمنا لمن يحتاج.

مع أطيب التحيات
يوسف قره
Glanz Reinigungsservice"""),

I("ar", 0, "broken", "Mohannad Assaf <mohannad.assaf@example.org>", "لم الشمل - الأوراق",
"""مرحبا
انا عندي اقامة حماية ثانوية وبدي اعمل Familiennachzug لمرتي وولادي من تركيا. السفارة طلبت ورقة من Ausländerbehörde وكمان اثبات سكن. لمين لازم اكتب؟ هل انتم بتعطوا هالورقة؟
مهند عساف"""),

I("ar", 0, "clean", "Ghassan Toma <ghassan.toma@example.com>", "جيراني الجدد والضجيج",
"""مساء الخير،

أنا ساكن في بناية في Bensberg، ومنذ ثلاثة أشهر سكنت في الشقة فوقي عائلة جديدة. سمعت من صاحب البيت أنهم جاؤوا عن طريق المدينة.

أنا لست صاحب الشقة، أنا مجرد جار. المشكلة أن هناك صوت غسالة وأطفال كل يوم حتى منتصف الليل، وحاولت أن أتكلم معهم بالعربية لكنهم من أفغانستان ولم نفهم بعض.

هل يمكنكم مساعدتنا في التواصل؟ أو إلى من أتوجه؟

غسان توما""", charset="windows-1256", enc="8bit"),

# ---------------------------------------------------------------- Arabic spam
S("ar", 0, "other", "Eng. Fouad Al-Rawi <fouad.alrawi.rent@example.net>", "شقتي في Bergisch Gladbach - أنا خارج ألمانيا",
"""مرحباً،

رأيت أنك تبحث عن شقة. عندي شقة 3 غرف في Bergisch Gladbach، مفروشة، 390 يورو شامل كل شيء.

أنا أعمل حالياً في دبي ولا أستطيع الحضور للمعاينة. لكن يمكنني إرسال المفاتيح والعقد بالبريد عن طريق شركة Airbnb Secure Delivery بعد أن تحوّل الكاوشن (780 يورو) وأول شهر.

التحويل عبر Western Union باسم زوجتي. بعد وصول المبلغ تصلك المفاتيح خلال 3 أيام. إذا لم تعجبك الشقة يُرجَع المبلغ كاملاً.

الرجاء الرد بسرعة لأن هناك أشخاصاً آخرين مهتمين.

م. فؤاد الراوي"""),

S("ar", 0, "other", "Rabeh Al-Jawaez <prize-center@example.com>", "مبروك!! ربحت iPhone 16 Pro",
"""🎉 تهانينا 🎉

تم اختيار بريدك الإلكتروني كفائز في السحب الشهري لعملاء الاتصالات في ألمانيا.
جائزتك: iPhone 16 Pro + 200 يورو رصيد.

لاستلام الجائزة ادفع فقط رسوم الشحن 2 يورو عبر الرابط:
https://prize-center.example.com/claim/ar

العرض صالح لمدة 24 ساعة فقط."""),

# ---------------------------------------------------------------- Kurdish tenant_request
T("ku", 0, "clean", "Rojhat Amed <rojhat.amed@example.org>", "Qeydkirin ji bo workshopa Wohnungsführerschein",
"""Silav û rêz,

Navê min Rojhat Amed e, ez 27 salî me û ez li Heima Paffrath dimînim. Min bihîst ku hûn workshopeke bi navê "Wohnungsführerschein" li dar dixin.

Ez dixwazim xwe ji bo workshopa din qeyd bikim. Almanîya min B1 e, lê heke wergêrekî kurdî hebe dê baştir be.

Gelo workshop kengê û li ku ye? Û gelo piştî wê belgeyek (Teilnahmebestätigung) tê dayîn?

Spas
Rojhat Amed
0152 66103827"""),

T("ku", 0, "on_behalf", "Karwan Aziz <karwan.aziz@example.com>", "دەربارەی دایکم - خاتوو گوڵاڵە عەزیز",
"""سڵاو و ڕێز،

من کاروان عەزیزم، کوڕی خاتوو گوڵاڵە عەزیز. دایکم تەمەنی ٦٢ ساڵە و دوو ساڵە لە کەمپەکەی Herkenrath دەژی. من لە Köln کار دەکەم و دایکم ئەڵمانی نازانێت، بۆیە من بۆی دەنووسم.

دایکم نەخۆشی شەکرەی هەیە و ئەو ژوورەی کە تێیدا دەژی چێشتخانەی هاوبەشە لەگەڵ دە کەس. دەمانەوێت بزانین ئایا دەتوانێت بۆ شوقەیەکی بچووک تۆمار بکرێت؟ ئایا پێویستە بێت بۆ نووسینگەکەتان؟

ژمارەی من: 0176 91028374
دایکم ڕازییە کە من لە جیاتی ئەو قسە بکەم.

زۆر سوپاس
کاروان عەزیز"""),

T("ku", 1, "phone", "Berivan Xelil <berivan.xelil@example.net>", "alîkarî lezgîn",
"""silav mêrê min îro şev dîsa li min xist polîs hat
ez û 2 zarok niha li cem hevala min in lê tenê îşev
ez naxwazim vegerim wê malê li Refrath
ji kerema xwe alîkarî bikin em li ku bimînin
Berivan 0157 20837461""", date="2026-02-27 23:12"),

# ---------------------------------------------------------------- Kurdish landlord_offer
L("ku", 0, "clean", "Hêmin Rasul <hemin.rasul@example.org>", "شوقە بۆ کرێ لە Bensberg",
"""سڵاو،

من خاوەنی شوقەیەکی دوو ژوورم لە Bensberg (٥٥ مەتر، نهۆمی یەکەم). لە مانگی داهاتووەوە بەتاڵ دەبێت.

بیستوومە ئێوە یارمەتی خێزانە پەنابەرەکان دەدەن بۆ دۆزینەوەی خانوو. ئامادەم شوقەکە بە خێزانێک لە بەرنامەکەتان بدەم بە کرێ.

کرێی سارد: ٥٣٠ یۆرۆ، Nebenkosten نزیکەی ١٣٠ یۆرۆ.

تکایە پێم بڵێن هەنگاوی داهاتوو چییە.

هێمن ڕەسوڵ
0171 48203917"""),

# ---------------------------------------------------------------- Kurdish inquiry
I("ku", 0, "formal", "Komeleya Çandî ya Kurdî Rhein-Berg <komele.kurdi@example.org>", "Vexwendin: Şahiya Newrozê û panel li ser xanî",
"""Rêzdar tîma Integration Wohnen,

Komeleya me ya çandî ya kurdî her sal şahiya Newrozê li dar dixe. Îsal em dixwazin di 22yê Adarê de, berî şahiyê, panelekê li ser mijara xanî û kirêkirinê li Almanyayê çêbikin.

Gelek endamên me hîn jî li kampan dimînin û pirsên wan li ser dîtina xaniyan pir in. Em dixwazin yek ji karmendên we vexwînin ku di 20 deqîqeyan de bernameya we nas bike.

Wergerandin ji kurdî bo almanî ji hêla me ve tê kirin.

Bi silav û rêz
Dilan Şêxmûs
Seroka komeleyê"""),

# ---------------------------------------------------------------- Kurdish spam
S("ku", 0, "other", "Xanî Bê SCHUFA <xani.beschufa@example.net>", "Xanî bê SCHUFA - tenê 120€ qeydkirin!",
"""!!! MIZGÎN JI BO HEMÛ MALBATÊN LI KAMPAN !!!

Xaniyên amade li Bergisch Gladbach û Köln:
- SCHUFA ne pêwîst e
- Jobcenter hemû kirê dide
- Di 3 rojan de mifte

Tenê 120 € heqê qeydkirinê bi Western Union bişînin û wêneyê pasaportê bi WhatsAppê re: +49 1521 0000 777

Cih kêm in! Vê peyamê ji hevalên xwe re bişînin."""),
]
