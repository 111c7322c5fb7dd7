"""r7a batch 06: Arabic tenant_request in standard and colloquial Arabic (Syrian, Iraqi, Egyptian, Sudanese,
Yemeni, Palestinian/Lebanese), with German words mixed in: listings, viewings, owner demands, contract, keys,
replies to proposals, large family, status of a case; two urgent. Four Arabic landlord_offer mails."""
from mailwriter import T, L

MAILS = [
T("ar", 0, "forward", "Ghaith Al-Hamwi <ghaith.alhamwi@example.com>", "Fwd: Wohnung Paffrath Kleinanzeigen",
"""مرحبا أستاذ يلماز

لقيت هالإعلان عالـ Kleinanzeigen، شقة ٣ غرف بـ Paffrath، الأجار ٧٢٠ warm. نحنا ٤ أشخاص. بتعرف إذا الجوب سنتر بيقبل هالسعر؟ وكمان مكتوب "Nur mit Einkommensnachweis" يعني لازم يكون عندي شغل؟ أنا عم اشتغل Minijob بس.

شكراً كتير
غيث

---------- Weitergeleitete Nachricht ---------
Von: Kleinanzeigen <noreply@kleinanzeigen-portal.example.com>
Betreff: Neue Anzeige für deine Suche "Wohnung Bergisch Gladbach"

3-Zimmer-Wohnung in Paffrath, 78 m²
Warmmiete: 720 €
Kaution: 2 Kaltmieten
Frei ab 01.07.
Nur mit Einkommensnachweis, keine Haustiere."""),

T("ar", 0, "clean", "نور الهدى السامرائي <nour.samarrai@example.net>", "بخصوص المعاينة في Refrath",
"""السلام عليكم ورحمة الله،

أودّ أن أخبركم بأنني ذهبت اليوم مع زوجي إلى معاينة الشقة في Refrath. كانت الشقة جميلة ونظيفة، والمالكة امرأة لطيفة، لكنها طلبت منا قبل يوم الجمعة ورقة SCHUFA وإثبات دخل لآخر ثلاثة أشهر.

زوجي يعمل منذ شهرين فقط، فليس لدينا إلا كشفان للراتب. هل يكفي أن نرسل كشفين مع قرار الجوب سنتر (Bescheid)؟ وكيف نحصل على SCHUFA بسرعة؟

جزاكم الله خيراً على مساعدتكم.
نور الهدى"""),

T("ar", 0, "broken", "Rami Khoury <rami.khoury@example.org>", "Renovierung؟؟",
"""مرحبا

صاحب البيت بـ Hand بدو ياني أعمل Renovierung كاملة قبل ما اسكن، دهان وأرضية وحتى المطبخ لازم جيب واحد جديد لأنو ما في مطبخ أبداً. وبيقول إذا ما بدي في غيري كتير.
أنا بعرف دهّن، بس المطبخ والأرضية بدهن مصاري كتير. الجوب سنتر بيدفع شي من هاد؟ ولا لازم قلّو لأ؟

رامي"""),

T("ar", 0, "clean", "حيدر الجبوري <haider.aljubouri@example.com>", "أسهم التعاونية Genossenschaft",
"""السلام عليكم

عيني إحنا لگينا شقة بالـ Genossenschaft بـ Heidkamp، ٣ غرف، والحمد لله وافقوا علينا. بس گالولنا لازم ندفع Genossenschaftsanteile، ١٥٠٠ يورو، قبل ما نوقّع العقد.

ما عدنا هالمبلغ. سمعت إنو الجوب سنتر يدفعها كـ Darlehen، صحيح؟ شنو الورقة اللي لازم أقدمها وشگد تاخذ وقت؟ الـ Genossenschaft انطونا أسبوعين بس.

وشكراً إلكم
حيدر"""),

T("ar", 0, "broken", "Mahmoud Abdelaziz <mahmoud.abdelaziz@example.net>", "صاحب الشقة عايز كفيل",
"""ازيكم يا جماعة

صاحب الشقة اللي في Moitzfeld وافق بس بشرط يكون فيه Bürge، يعني حد ألماني عنده شغل ثابت يمضي معايا على العقد. أنا معرفش حد هنا غير ناس في الكورس وكلهم على الجوب سنتر زيي.

هو فيه حل تاني؟ ممكن البلدية أو حد من عندكم يكلمه؟ الراجل كويس بس خايف.

شكراً
محمود"""),

T("ar", 0, "clean", "Omer Abdalla Osman <omer.osman@example.com>", "عمولة السمسار",
"""السلام عليكم

لقيت شقة في Schildgen عن طريق Makler. الـ Makler قال لازم أدفع Provision شهرين إيجار، يعني قريب ١٢٠٠ يورو. قال لي دي حاجة عادية في ألمانيا.

صاحبي قال إنو في ألمانيا صاحب البيت هو البيدفع للسمسار لو هو اللي طلبه. أنا لسه ما مضيت على حاجة. منو الصاح؟ وهل الجوب سنتر بيدفع العمولة دي؟

شكراً ليكم كتير
عمر"""),

T("ar", 0, "formal", "د. سامر الحلبي <samer.halabi@example.org>", "طلب مراجعة عقد الإيجار قبل التوقيع",
"""السادة الكرام في فريق الاندماج والسكن،

تحية طيبة وبعد،

أرفق لكم طيّه عقد الإيجار (Mietvertrag) الخاص بالشقة في Bensberg التي حصلت عليها بمساعدتكم، وقد طلبت إدارة العقار (Hausverwaltung) إعادته موقّعاً قبل يوم الاثنين القادم.

ألاحظ في العقد بعض البنود التي لم أفهمها تماماً، ولا سيما البند المتعلق بـ Indexmiete، والبند الذي يُلزم المستأجر بدفع تكاليف الإصلاحات الصغيرة حتى 120 يورو للمرة الواحدة، إضافة إلى شرط تجديد الدهان كل خمس سنوات.

أرجو التكرم بمراجعة العقد وإفادتي بما إذا كانت هذه البنود معتادة ومقبولة لدى الجوب سنتر.

وتفضلوا بقبول فائق الاحترام والتقدير،
د. سامر الحلبي""", attach=["Mietvertrag_Halabi.pdf"], charset="windows-1256"),

T("ar", 0, "mixed_language", "Lama Haddad <lama.haddad@example.net>", "وقّعنا العقد!!",
"""مرحبا فريق Integration Wohnen

وقّعنا الـ Mietvertrag اليوم الصبح!! منتقلين على الشقة بـ Gronau بأول حزيران. ما عم صدّق بعد سنتين ونص بالـ Heim.

هلأ عندي سؤالين:
١- الـ Umzugskosten، منقدّم عليها للجوب سنتر قبل ولا بعد؟ عندي Kostenvoranschlag من شركة نقل.
٢- الشقة ما فيها ولا شي، حتى ما في لمبات. في Erstausstattung للمفروشات؟ لمين بقدّم؟

ألف شكر إلكن
لمى"""),

T("ar", 0, "phone", "Ahmed Fathy <ahmed.fathy89@example.com>", "المفاتيح",
"""استلمت المفاتيح النهارده الحمد لله ربنا يخليكم ويجازيكم كل خير والله مش مصدق"""),

T("ar", 0, "clean", "Mustafa Kadhim <mustafa.kadhim@example.org>", "المؤجر يريد يحچي وياكم",
"""مرحبا أستاذ يلماز

صاحب الشقة بـ Herkenrath، Herr Weber، يريد يحچي ويا واحد من عدكم قبل لا يوقّع. عنده أسئلة على الجوب سنتر، إذا يدفع الإيجار مباشرة إله، وإذا صار ضرر بالشقة منو يتحمّل.

رقمه ٠١٧٢ ٥٥٥٠ ٦٦١٩، أحسن وقت بعد الساعة خمسة العصر. هو رجال زين بس خايف لأن صارت عنده مشكلة ويا مستأجر قبل.

رجاءً اتصلوا بيه، الشقة جداً زينة وقريبة على مدرسة الأطفال.

مصطفى"""),

T("ar", 0, "clean", "Salah Al-Din Murad <salah.murad@example.net>", "عائلة من ١١ شخصاً",
"""السلام عليكم،

نحن عائلة مكوّنة من أحد عشر شخصاً: أنا وزوجتي وأطفالنا الثمانية ووالدتي المسنّة. نسكن منذ أكثر من سنتين في ثلاث غرف متفرقة في الـ Unterkunft، ووالدتي في طابق آخر.

أبحث يومياً في ImmoScout و Kleinanzeigen، لكن لا توجد شقق بهذا الحجم، وإن وُجد بيت كبير فسعره أعلى من حدّ الجوب سنتر بكثير، وأغلب المؤجرين يرفضون عندما يسمعون عدد الأشخاص.

هل يمكن أن نستأجر شقتين متجاورتين؟ أو هل تعرفون مالكاً لديه بيت كامل؟ لقد أنهيت الـ Workshop ولدي كل الأوراق جاهزة.

مع الشكر والتقدير
صلاح الدين مراد"""),

T("ar", 0, "reply", "Hiba Sweidan <hiba.sweidan@example.com>", "AW: Wohnungsvorschlag Bensberg – 2 Zimmer",
"""مرحبا مدام برينر

أكيد منريدها!! بس فينا نشوفها قبل؟ جوزي بيخلص شغل الساعة ٣، وبعدها كل يوم منيح، والسبت كمان.

شكراً كتير كتير
هبة

Am 10.02.2026 um 09:12 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Sweidan,
> ein Vermieter aus unserem Netzwerk bietet eine 2-Zimmer-Wohnung in Bensberg an
> (55 m², EG, Kaltmiete 520 €). Hätten Sie Interesse?
> Mit freundlichen Grüßen
> Katrin Brenner""", date="2026-02-10 16:48"),

T("ar", 0, "reply", "Yousef Al-Nasser <yousef.alnasser@example.net>", "AW: Vorschlag Wohnung Schildgen 4. OG",
"""أستاذ يلماز، شكراً جزيلاً على الاقتراح ونحن نقدّر تعبكم.

للأسف الشقة في الطابق الرابع بدون مصعد، ووالدي عنده مرض قلب وأجرى عملية قبل ثلاثة أشهر، الدكتور منعه من صعود الدرج. لا نستطيع أن نأخذها.

هل يوجد شيء في الطابق الأرضي أو في بناية فيها مصعد؟ حتى لو كانت أصغر، نقبل.

مع الاحترام
يوسف الناصر

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Betreff: Vorschlag Wohnung Schildgen 4. OG
Sehr geehrter Herr Al-Nasser, wir hätten eine 3-Zimmer-Wohnung in Schildgen..."""),

T("ar", 1, "clean", "Amna Ibrahim <amna.ibrahim@example.org>", "عاجل – لا أستطيع الرجوع إلى الـ Heim",
"""السلام عليكم

أنا آمنة من السودان، أسكن في Unterkunft Bensberg مع طفليّ (٣ سنوات و٧ سنوات). زوجي ضربني أمس أمام الأطفال وهدّدني بالقتل إذا اشتكيت. جاءت الشرطة وأخرجته ليلة واحدة فقط، وقالوا إنه قد يرجع بعد أيام.

أنا الآن عند صديقتي في Refrath، لكن لا أستطيع البقاء عندها أكثر من ليلتين لأن زوجها لا يوافق. لا أريد الرجوع إلى الـ Heim لأنه يعرف الغرفة.

أرجوكم ساعدوني، أين أذهب مع أولادي؟ رقمي ٠١٥٩ ٥٥٥١ ٢٠٧٤، أرجو أن تتصلوا امرأة إذا أمكن.

آمنة""", date="2026-02-26 09:31"),

T("ar", 1, "phone", "Bashar Al-Ali <bashar.alali@example.com>", "Räumung يوم الثلاثاء",
"""مرحبا ارجوكم ساعدوني
اليوم اجاني مكتوب من Gerichtsvollzieher انو الـ Räumung يوم الثلاثاء الساعة ٨ الصبح
نحنا ساكنين بشقة بـ Gronau من ٢٠٢٣، صاحب البيت عمل Kündigung لانو بدو الشقة لبنتو وانا ما فهمت الورقة منيح وما لقيت شقة
نحنا ٥ والصغير عمرو سنة
وين بدنا نروح يوم الثلاثاء؟؟
بشار ٠١٧٦ ٥٥٥٢ ٨٨٤٣""", date="2025-10-30 23:17"),

T("ar", 0, "clean", "Abdulrahman Al-Sanani <a.alsanani@example.net>", "شهادة المشاركة في الورشة",
"""السلام عليكم ورحمة الله وبركاته

حضرت الـ Workshop (Wohnungsführerschein) في شهر نوفمبر، الثلاث جلسات كلها، لكن ما استلمت الـ Teilnahmebestätigung. قالوا لي إنها ستُرسل بالإيميل ولم يصل شيء.

الآن صاحب شقة في Refrath يطلبها مني. هل ممكن ترسلوها لي PDF على هذا الإيميل؟

اسمي عبد الرحمن الصنعاني، مواليد ١٩٩٢.

وجزاكم الله خير"""),

T("ar", 0, "on_behalf", "Karam Al-Sheikh <karam.alsheikh@example.org>", "بخصوص والديّ – ملف البحث عن سكن",
"""مرحباً،

أكتب إليكم نيابةً عن والديّ، محمد وفاطمة الشيخ، لأن لغتهما الألمانية ضعيفة. يسكنان في الـ Unterkunft في Paffrath منذ ٢٠٢٣، وسجّلا عندكم في الربيع الماضي.

أنا أسكن في Köln مع عائلتي ولا أستطيع استضافتهما. والدي عمره ٦٩ سنة ويعاني من السكري، ووالدتي لا تستطيع صعود الدرج كثيراً.

أردت أن أسأل: ما هو وضع ملفّهما حالياً؟ هل هناك شيء ناقص من الأوراق؟ وهل يمكن أن يُعطى لهما أولوية بسبب وضعهما الصحي؟ أستطيع إرسال تقارير طبية.

شكراً لكم
كرم الشيخ""", cc="Mohammad Al-Sheikh <m.alsheikh.1956@example.com>"),

L("ar", 0, "clean", "Wael Kabbani <wael.kabbani@example.com>", "عندي شقة للإيجار",
"""مرحبا

أنا سوري ساكن بألمانيا من ٢٠٠٢، واشتريت من سنتين شقة صغيرة بـ Bensberg، غرفتين ومطبخ وحمام، ٥٠ متر. المستأجر القديم طلع آخر الشهر.

بحب أأجرها لعيلة صغيرة من اللي ساكنين بالـ Heime، لأني بعرف شو يعني الواحد يدوّر على بيت هون. بس بدي أعرف كيف بيمشي الموضوع معكن: الإيجار بيجي من الجوب سنتر مباشرة؟ وكم لازم يكون الإيجار حتى يوافقوا؟

رقمي ٠١٧٣ ٥٥٥٩ ٣١٢٠ إذا بدكن تحكوا.

وائل قباني"""),

L("ar", 0, "formal", "جورج نصّار <georges.nassar@example.net>", "عرض شقة في Gronau",
"""السادة المحترمون،

أملك شقة في منطقة Gronau مساحتها 82 متراً مربعاً، تتألف من ثلاث غرف ومطبخ مجهّز وحمام وشرفة، في الطابق الأول من بناء حديث نسبياً (2005). الشقة شاغرة اعتباراً من الأول من أيلول/سبتمبر.

أنا رجل أعمال لبناني الأصل مقيم في Düsseldorf، وقد علمت من أحد الأصدقاء بمشروعكم لمساعدة العائلات اللاجئة على الانتقال إلى سكن خاص. يسعدني أن أضع الشقة تحت تصرفكم، على أن تتم المعاملات بشكل رسمي وبعقد إيجار أصولي.

أرجو إعلامي بالخطوات المطلوبة والوثائق التي تحتاجونها مني.

مع فائق الاحترام،
جورج نصّار""", charset="windows-1256"),

L("ar", 0, "reply", "Nabil Hamdan <nabil.hamdan@example.org>", "AW: Vorschlag Familie Al-Hassan",
"""مرحبا مدام برينر،

التقينا بعائلة الحسن يوم السبت، عائلة محترمة جداً والأولاد مؤدبين. أنا وزوجتي موافقين. شو الخطوة الجاية؟ نجهّز العقد نحنا ولا بتبعتولنا شي؟

مع التحية
نبيل حمدان

Am 14.03.2026 um 10:40 schrieb Integration Wohnen:
> Sehr geehrter Herr Hamdan,
> wie besprochen schlagen wir Ihnen Familie Al-Hassan (5 Personen) für Ihre
> Wohnung in Refrath vor...""", date="2026-03-16 21:03"),

L("ar", 0, "oneliner", "Tarek Mansour <tarek.mansour@example.com>", "موعد المعاينة",
"""الخميس الساعة ٥ مناسب. بكون موجود بالشقة مع المفاتيح، الجرس مكتوب عليه Mansour، الطابق الثاني."""),
]
