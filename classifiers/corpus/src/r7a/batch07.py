"""r7a batch 07: Arabic landlord_offer (guarantees, placed tenant's utility arrears, heirs, a restaurant owner's
flat, Kaution, phone-number-only offer), Arabic inquiry (online paper, cultural association, volunteer, mail for the
Ausländerbehörde), Arabic spam (bank, photos, rental scam, fake Jobcenter), French spam (invoice, photos, SEO),
one French volunteer inquiry and two English spam mails."""
from mailwriter import L, I, S

MAILS = [
L("ar", 0, "clean", "Khaled Al-Masri <khaled.almasri@example.net>", "أسئلة قبل ما قرّر",
"""مرحباً،

عندي شقة بـ Schildgen، غرفتين وصالون، فاضية من شهر. فكّرت أأجّرها لحدا من البرنامج تبعكم، بس قبل ما قرّر عندي كم سؤال:

- إذا المستأجر ما دفع، في ضمان من البلدية (Mietausfallgarantie)؟
- إذا صار خراب بالشقة أكتر من الـ Kaution، مين بيتحمّل؟
- إذا لقي المستأجر شغل وقطع عنه الجوب سنتر، شو بيصير بالإيجار؟

مش قصدي شي عاطل، بس الشقة عليها قرض من البنك وما بقدر أتحمّل أي خسارة.

خالد المصري"""),

L("ar", 0, "clean", "Samira Toumi <samira.toumi@example.com>", "مشكلة مع المستأجر – Nebenkosten",
"""السلام عليكم أستاذ يلماز،

أنا صاحبة الشقة في Hand اللي أجّرتها السنة الماضية لعائلة الأحمد عن طريقكم. الحمد لله الإيجار كل شهر بيوصل من الجوب سنتر بدون مشاكل.

المشكلة إنو بعثت لهم في أبريل الـ Nebenkostenabrechnung، وفيها Nachzahlung ٤٨٠ يورو بسبب التدفئة. مرّ شهرين وما دفعوا شي. لما سألت السيد الأحمد قال إنو ما فهم الورقة وحطّها بالدرج.

ممكن حدا منكم يشرح له إنو لازم يقدّمها للجوب سنتر بسرعة؟ ما بدي أعمل مشاكل، هم ناس طيبين، بس أنا كمان لازم أدفع للـ Hausverwaltung.

شكراً
سميرة التومي"""),

L("ar", 0, "formal", "Layla Al-Rubaie <layla.alrubaie@example.org>", "شقة موروثة في Refrath",
"""السادة الأفاضل،

توفي والدنا رحمه الله في الخريف الماضي، وترك لنا (أنا وأخويّ) شقة من ثلاث غرف في Refrath. نحن نعيش في مدن مختلفة (Frankfurt وبرلين وأحدنا في عمّان)، ولا ينوي أي منا السكن فيها في الوقت الحالي.

كان والدي يعمل متطوعاً مع اللاجئين في سنواته الأخيرة، ونرغب أن تُؤجَّر الشقة لعائلة تحتاجها، تكريماً لذكراه.

نحن في طور إتمام معاملات الإرث (Erbschein)، ونتوقع أن تنتهي خلال شهرين. هل يمكن أن نبدأ معكم التنسيق من الآن؟ وما هي الشروط والأوراق المطلوبة من جهتنا؟

مع الشكر والتقدير،
ليلى الربيعي، بالنيابة عن الورثة"""),

L("ar", 0, "clean", "مطعم الياسمين <info@yasmin-restaurant.example.com>", "شقة فوق المطعم",
"""مرحبا

عندي مطعم بـ Bensberg وفوق المطعم في شقة صغيرة، غرفة وصالون ومطبخ صغير، كان ساكن فيها الطباخ تبعي بس رجع على بلده. الشقة نظيفة ومفروشة شوي.

بحب أأجرها لشب أو لزوجين من اللي عندكم، والإيجار بيكون معقول، ٤٢٠ مع كل شي. وإذا الشخص بدو شغل، ممكن يشتغل معنا بالمطبخ، بس هاد مش شرط.

اتصلوا على المطعم ٠٢٢٠٤ ٥٥٥ ٣٨٧ واسألوا عن أبو سامي.

أبو سامي"""),

L("ar", 0, "clean", "Fadi Azar <fadi.azar@example.net>", "سؤال عن الكفالة (Kaution)",
"""مساء الخير،

بعد أسبوع رح نوقّع العقد مع السيد قاسمي اللي عرّفتونا عليه. هو قال إنو الجوب سنتر بيدفع الـ Kaution كقرض.

بدي أعرف: المبلغ بيوصلني أنا مباشرة ولا بيوصله هو وهو بيدفعلي؟ وبأي مدة تقريباً؟ لأنو اتفقنا يستلم المفاتيح بأول الشهر. وبعدين لما يطلع من الشقة بعد سنين، برجّع الكفالة للجوب سنتر ولا إله؟

شكراً
فادي عازر"""),

L("ar", 0, "oneliner", "أبو محمد <abu.mohammad.gl@example.com>", "شقة",
"""عندي شقة غرفتين بـ Bensberg للإيجار فاضية هلق. رقمي ٠١٥٢ ٥٥٥٤ ٧٠٩٠"""),

I("ar", 0, "clean", "صحيفة الجسر الإلكترونية <tahrir@aljisr-news.example.org>", "طلب مقابلة صحفية حول السكن",
"""تحية طيبة،

نحن صحيفة "الجسر" الإلكترونية، صحيفة ناطقة بالعربية تُعنى بشؤون الجالية العربية في ألمانيا، ويتابعنا عشرات الآلاف من القرّاء في ولاية شمال الراين - وستفاليا.

نُعدّ حالياً ملفاً خاصاً بعنوان "من الـ Heim إلى البيت"، عن تجارب اللاجئين في الانتقال من مراكز السكن الجماعي إلى شقق خاصة، ونرغب في إجراء مقابلة قصيرة مع أحد أعضاء فريقكم حول طريقة عملكم والورشات التي تقدّمونها، وكذلك حول عدد العائلات التي تمكنتم من مساعدتها.

يمكن إجراء المقابلة بالألمانية وسنتولى الترجمة، كتابياً أو عبر الهاتف.

مع خالص التحية،
رنا الخطيب
محرّرة – صحيفة الجسر""", charset="windows-1256"),

I("ar", 0, "clean", "جمعية البيت العربي الثقافية <info@albait-alarabi.example.org>", "دعوة لأمسية إفطار ولقاء تعريفي",
"""السلام عليكم ورحمة الله،

تتشرف جمعية "البيت العربي" الثقافية بدعوة فريقكم إلى أمسية الإفطار الرمضانية التي ننظمها يوم السبت ٢١ آذار في قاعة الجمعية، بحضور عدد كبير من العائلات العربية في بيرغيش غلادباخ والمنطقة.

ونرجو، إن أمكن، أن يقدّم أحد أعضاء الفريق تعريفاً قصيراً (١٠ إلى ١٥ دقيقة) ببرنامجكم للمساعدة في البحث عن السكن، إذ إن كثيراً من الأسر لا تعرف بوجوده. سنوفر الترجمة إلى العربية.

يسعدنا تأكيد الحضور قبل ١٥ آذار.

مع التقدير،
الهيئة الإدارية"""),

I("ar", 0, "clean", "Yara Qassem <yara.qassem@example.com>", "أرغب في التطوع للترجمة",
"""مرحباً،

اسمي يارا، طالبة في جامعة كولونيا (هندسة)، وأسكن في Bergisch Gladbach منذ سبع سنوات. أتكلم العربية والألمانية بطلاقة والإنجليزية بشكل جيد.

أعرف من تجربة عائلتي كم كان صعباً أن نفهم العقود والرسائل عندما بحثنا عن بيت. لذلك أحب أن أتطوع بالترجمة، سواء في الورشات أو في المواعيد مع المؤجرين، بضع ساعات في الأسبوع.

هل تقبلون متطوعين؟ وماذا أحتاج لذلك؟

تحياتي
يارا قاسم"""),

I("ar", 0, "broken", "Adnan Hussein <adnan.hussein@example.net>", "لم الشمل – Familiennachzug",
"""السلام عليكم

عندي Aufenthaltserlaubnis وبدي اعمل لم شمل لزوجتي وولادي الاثنين من تركيا. السفارة قالت لازم موافقة من الـ Ausländerbehörde. انتو بتعطوا هالموافقة؟ او لوين لازم ابعت الاوراق؟

ارجو الرد
عدنان"""),

S("ar", 0, "other", "خدمة العملاء – البنك <alerts@secure-bank-verify.example.com>", "تنبيه أمني: تم تعليق حسابك مؤقتاً",
"""عزيزي العميل،

لاحظنا نشاطاً غير معتاد على حسابك المصرفي، ولحمايتك تم تعليق الحساب مؤقتاً.

لإعادة تفعيل الحساب، يرجى تأكيد بياناتك خلال ٢٤ ساعة عبر الرابط التالي:
https://secure-bank-verify.example.com/ar/confirm

في حال عدم التأكيد سيتم إغلاق الحساب نهائياً وتجميد الأموال.

مع تحيات،
قسم الأمان"""),

S("ar", 0, "other", "سارة <sara.memories22@example.net>", "تتذكرني؟ 😊 صور الحفلة",
"""مرحبا!!

أكيد تتذكرني، تعرفنا على بعض بحفلة العيد بالصالة الصيف الماضي وكنت واقف عند طاولة المعلومات. صوّرت كتير صور وإنت طالع فيهم 😄

حطيتهم كلهم هون، بس لازم تسجل دخول بإيميلك وكلمة السر حتى تشوفهم:
http://alboum-sowar.example.net/login?u=gl

الرابط بينمسح بعد يومين فاستعجل!
سارة"""),

S("ar", 0, "other", "مكتب الخليج للعقارات <offers@gulf-realestate-de.example.com>", "شقة مفروشة في بنسبرغ بسعر خاص للعائلات",
"""السلام عليكم

عندنا شقة ٣ غرف مفروشة بالكامل في Bensberg، الإيجار ٤٠٠ يورو فقط شامل كل شيء. المالك يعيش في دبي ويريد مستأجراً محترماً بسرعة، ولا يحتاج SCHUFA ولا موافقة الجوب سنتر.

لحجز الشقة يجب تحويل التأمين (٨٠٠ يورو) عن طريق Western Union باسم وكيل المالك، وبعدها نرسل لكم العقد والمفاتيح بالبريد خلال ٣ أيام.

العرض محدود، أول من يحوّل يحصل على الشقة. أرسلوا هذا العرض للعائلات عندكم.

مكتب الخليج للعقارات"""),

S("ar", 0, "machine_translated", "Jobcenter Rhein-Berg <no-reply@jobcenter-bescheid-online.example.net>", "إشعار هام من الجوب سنتر: تحديث بياناتك",
"""عزيزي المستفيد من الإعانة،

وفقاً للقانون الجديد، يجب على جميع المستفيدين من Bürgergeld تحديث بياناتهم البنكية حتى نهاية هذا الشهر. إذا لم يتم التحديث سيتم إيقاف دفع الإيجار (KdU) ومبلغ المعيشة فوراً.

يرجى الدخول على الرابط وإدخال رقم الزبون (Kundennummer) ورقم IBAN ورقم بطاقة البنك مع الرقم السري:
https://jobcenter-bescheid-online.example.net/ar

شكراً لتعاونكم
الجوب سنتر"""),

S("fr", 0, "other", "Service Facturation <facturation@solutions-bureau-pro.example.com>", "Facture impayée n° FA-26-0917 – relance",
"""Madame, Monsieur,

Sauf erreur de notre part, la facture n° FA-26-0917 d'un montant de 946,80 EUR, relative à la maintenance de vos imprimantes, reste impayée à ce jour.

Nous vous remercions de bien vouloir procéder au règlement sous 72 heures. Vous trouverez la facture détaillée en pièce jointe (ouvrir avec Microsoft Word et activer le contenu pour l'afficher correctement).

Sans règlement de votre part, des frais de recouvrement seront appliqués.

Cordialement,
Service Facturation""", attach=["Facture_FA-26-0917.docx"]),

S("fr", 0, "other", "Élodie <elodie.souvenirs@example.org>", "Tu te souviens de moi ? Les photos de la fête !",
"""Coucou !

On s'est croisés à la fête interculturelle l'été dernier, tu te souviens ? J'étais avec l'appareil photo près du stand de crêpes :) J'ai mis toutes les photos en ligne, il y en a plein où on te voit !

Pour les voir, il faut juste te connecter avec ton adresse mail et ton mot de passe ici :
http://galerie-photos-fete.example.org/connexion

Le lien expire dans 48h, dépêche-toi !
Bisous,
Élodie"""),

S("fr", 0, "clean", "Agence Référencement Plus <contact@referencement-plus.example.net>", "Votre site stadt-gl.de invisible sur Google ?",
"""Bonjour,

Nous avons réalisé un audit gratuit de votre site internet et constaté qu'il ne figure pas dans les premiers résultats de recherche pour des mots-clés importants de votre secteur.

Notre agence vous propose un accompagnement SEO complet : optimisation technique, création de contenu, netlinking. Résultats garantis en 60 jours, ou remboursé.

Offre spéciale ce mois-ci : -40 % sur le premier trimestre.

Répondez simplement à ce message pour recevoir votre audit détaillé.

L'équipe Référencement Plus
Pour ne plus recevoir nos messages, cliquez ici."""),

I("fr", 0, "clean", "Monique Haddad-Lefèvre <monique.lefevre@example.com>", "Proposition d'aide bénévole (traduction français)",
"""Bonjour,

Je suis professeure de français à la retraite, d'origine française, et j'habite à Refrath depuis plus de vingt ans. J'ai entendu dire que beaucoup de personnes venant d'Afrique de l'Ouest et centrale vivent dans les foyers de la ville et parlent surtout français.

Si cela peut vous être utile, je me propose comme bénévole pour traduire lors des ateliers, des entretiens ou des visites d'appartements, quelques heures par semaine. Je parle allemand couramment.

N'hésitez pas à me dire si cela vous intéresse et quelles sont les démarches.

Bien cordialement,
Monique Haddad-Lefèvre""", charset="iso-8859-1"),

S("en", 0, "other", "Accounts Payable <invoices@swift-docshare.example.com>", "Invoice INV-88213 shared with you via SecureDocs",
"""Hello,

A document has been shared with you:

  INV-88213_Payment_Overdue.pdf  (2 pages)

The sender has requested that you review and sign this document within 24 hours to avoid late payment charges.

[ View Document ]  https://swift-docshare.example.com/d/INV-88213

You may be asked to sign in with your work email account to verify your identity.

This message was sent by SecureDocs on behalf of Accounts Payable."""),

S("en", 0, "other", "Ryan <ryan.w.1991@example.net>", "hey!! remember me? pics from the summer event",
"""Hey!

not sure if you remember me, we chatted at the summer festival in the park, you were at the info stand. I took loads of pictures and you're in quite a few of them haha

uploaded them all here, just log in with your email so they know it's you:
http://summer-pics-share.example.net/album?id=77421

they get deleted after 2 days so grab them quick!

cheers
Ryan"""),
]
