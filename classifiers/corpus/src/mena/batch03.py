# Arabic, part 3
from mailw import M

START = 102
MAILS = [
M(lang="ar", cat="tenant_request", style="mixed_language", frm=("Mhd Alaa", "mhd.alaa94@example.com"),
  subj="mar7aba", body="""
mar7aba ya jama3a,
ana Alaa, 3omri 31, sakin b Unterkunft Bensberg ma3 marti w ibni (sana w nos). sarlna 2 snin hon.
3am dawwer 3a Wohnung min 8 ashhor, ba3att aktar min 60 Bewerbung 3a Immoscout w Kleinanzeigen, bas wala wa7ad radd. bi2ulu "Jobcenter nein".
hala2 b3mal Ausbildung Altenpfleger w b2bad 1150 net. yimken hek a7san?
baddi a3ref iza fi 3ndkon landlords bi2blu 3elet mitelna. w kamen baddi 2esjal bel workshop.
shukran ktir w ysallmo idekon
Alaa
"""),
M(cs="windows-1256", cte="8bit", lang="ar", cat="tenant_request", style="clean", frm=("Qusay Al-Dulaimi", "qusay.dulaimi@example.net"),
  subj="شقة قريبة من مدرسة الأولاد", body="""
السلام عليكم
اني قصي من العراق، عندي ولدين بالـ Gymnasium في Stadtmitte وبنية بالابتدائية. ساكنين بالكامب ب Herkenrath والباص ياخذ ساعة كل يوم.
نريد شقة قريبة من المركز اذا ممكن. الجوب سنتر يدفع. شكراً الكم
قصي الدليمي
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Muna Ayyad", "muna.ayyad@example.org"),
  subj="الأثاث من السكن", body="""
مرحبا،
إن شاء الله ننتقل الشهر القادم إلى شقة في Romaney. هل يمكن أن نأخذ معنا الأسرّة والخزانة التي في غرفتنا في السكن؟ أم يجب أن نشتري كل شيء جديد؟ وهل يدفع الجوب سنتر ثمن الأثاث (Erstausstattung)؟
منى عياد
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Ahmed Fathy", "ahmed.fathy.eg@example.com"),
  subj="عايز شقة", body="""
السلام عليكم
أنا أحمد من مصر، متجوز ومعايا ولد. ساكنين في السكن في Gronau. عايزين شقة أوضتين. أنا شغال سواق في شركة توصيل بعقد ثابت.
إزاي أقدر أتسجل عندكم؟ وإيه الورق المطلوب؟
شكراً
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Souad El Amrani", "souad.elamrani@example.net"),
  subj="خايفة من المعاينة لوحدي", body="""
السلام عليكم،
أنا مطلقة وعندي ولدين صغار. عندي موعد معاينة شقة الأسبوع الجاي، والمؤجر قال يجي لوحده للشقة وأنا ما مرتاحة نمشي لوحدي.
واش ممكن شي حد من عندكم أو متطوعة تمشي معايا؟ الموعد يوم الخميس 16:30 في Paffrath.
سعاد
"""),
M(cs="windows-1256", cte="8bit", lang="ar", cat="tenant_request", style="clean", frm=("Karim Saber", "karim.saber@example.org"),
  subj="Selbstauskunft", att=["Mieterselbstauskunft.pdf"], body="""
مرحباً
المؤجر أرسل لي ورقة اسمها Mieterselbstauskunft. فيها أسئلة كثيرة عن الراتب والعمل والحيوانات والديون.
هل يمكن أن تساعدوني في تعبئتها؟ أرفقتها. خصوصاً سؤال "Arbeitgeber" - أنا لا أعمل الآن، أكتب Jobcenter؟
كريم صابر
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Wafa Al-Hassani", "wafa.hassani@example.com"),
  subj="أسهم الجمعية السكنية (Genossenschaft)", body="""
مرحباً،
جمعية سكنية (Wohnungsgenossenschaft) عرضت علينا شقة 3 غرف في Bensberg 🙂 لكن يجب أن ندفع Genossenschaftsanteile بقيمة 1800 يورو.
هل يدفعها الجوب سنتر مثل الكفالة؟ ليس لدينا هذا المبلغ.
وفاء الحسني
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Ayham Rizk", "ayham.rizk@example.net"),
  subj="فاتورة التكاليف الإضافية", att=["Nebenkostenabrechnung_2025.pdf"], body="""
مرحبا
انتقلنا بمساعدتكم إلى شقة في Heidkamp في 2024. اليوم وصلتني Nebenkostenabrechnung ويجب أن ندفع 612 يورو خلال 4 أسابيع.
من أين هذا المبلغ؟ هل الجوب سنتر يدفعه؟ أرفقت الورقة.
أيهم رزق
"""),
M(fmt="html", lang="ar", cat="tenant_request", style="clean", frm=("Ghada Nassif", "ghada.nassif@example.org"),
  subj="إلغاء التسجيل - وجدنا شقة", body="""
مرحباً،
أردت أن أخبركم أننا وجدنا شقة بأنفسنا عن طريق صديق في Refrath، والحمد لله. لذلك لا نحتاج أن نبقى في قائمة البرنامج.
شكراً لكم على كل المساعدة والورشة كانت مفيدة جداً.
غادة ناصيف وعائلتها
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Mahmoud Sweid", "mahmoud.sweid@example.com"),
  subj="عفن في الغرفة", att=["Schimmel1.jpg", "Schimmel2.jpg"], body="""
السلام عليكم
في غرفتنا في السكن في Hebborn عفن (Schimmel) أسود على الجدار وخلف الخزانة. ابني عنده ربو والطبيب قال هذا بسبب العفن.
أخبرنا الـ Hausmeister مرتين ولم يفعل شيئاً. نريد الانتقال إلى شقة بأسرع وقت، أو على الأقل إلى غرفة أخرى.
أرسلت صوراً.
محمود سويد
"""),
M(lang="ar", cat="tenant_request", style="forward", frm=("Rana", "rana.h.gl@example.net"),
  subj="شوفوا هالاعلان", fmt="plain", body="""
مرحبا، صاحبتي بعتتلي هالإعلان عالواتس، بتقدروا تتواصلوا معهم؟ نحنا 4

*** 3 Zimmer Wohnung in Bergisch Gladbach Hand ***
ca. 70qm, 2. OG, Balkon, Keller
Warmmiete 890 Euro
WBS erforderlich!
Besichtigung nach Absprache
Kontakt: Hausverwaltung Lindner, 02202 23478
"""),
M(lang="ar", cat="tenant_request", style="on_behalf", frm=("أبو جاسم", "abu.jasem@example.org"),
  subj="ابني جاسم", body="""
السلام عليكم
ابني جاسم عمره 19 سنة ويسكن معنا في السكن في Katterbach. الآن يبدأ تدريب مهني (Ausbildung) في Leverkusen ويريد أن يسكن لوحده، ونحن أيضاً نحتاج المكان لأن الغرفة ضيقة.
هو لا يكتب بالعربي جيداً، لذلك أكتب أنا. هل يستطيع التسجيل في برنامجكم لوحده؟ عنده Aufenthaltserlaubnis خاصة به.
أبو جاسم
"""),
M(lang="ar", cat="tenant_request", style="on_behalf", frm=("Mariam Youssef - Caritas Migrationsberatung", "m.youssef@caritas-rb.example.org"),
  subj="Klientin Frau K. - طلب سكن", body="""
Sehr geehrte Damen und Herren,
ich schreibe Ihnen für meine Klientin Frau Khadija K. (Unterkunft Refrath). Da die Klientin selbst mitlesen möchte, schreibe ich den Rest auf Arabisch.

السيدة خديجة ك. تسكن مع أولادها الأربعة في غرفتين في السكن في Refrath. لديها الآن إقامة لمدة ثلاث سنوات، وقد حضرت جلستين من ورشة السكن ولم تستطع حضور الثالثة بسبب مرض ابنها.
نطلب: 1) تسجيلها في الجلسة الثالثة القادمة حتى تحصل على الشهادة، 2) موعداً للاستشارة الفردية بخصوص شقة عرضتها عليها شركة سكن.
يمكنني مرافقتها في الموعد يوم الثلاثاء أو الخميس.

Mit freundlichen Grüßen
Mariam Youssef
Migrationsberatung für Erwachsene
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Asmaa Rifai", "asmaa.rifai@example.com"),
  subj="حامل في الشهر الخامس", body="""
مرحباً
أنا حامل في الشهر الخامس بطفلنا الثالث. نحن الآن 4 أشخاص في غرفة واحدة كبيرة في السكن في Moitzfeld. عندما يأتي الطفل سيكون المكان صعباً جداً.
هل يمكن أن نحصل على أولوية في البحث عن شقة؟ أو غرفة إضافية في السكن؟
شكراً
أسماء
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Fadi Abbas", "fadi.abbas@example.net"),
  subj="WBS لأربعة أشخاص وصرنا خمسة", body="""
مرحبا
معي WBS مكتوب فيه 4 أشخاص. الآن ولدت زوجتي وصرنا 5. هل يجب أن أقدم على WBS جديد؟ الشقة التي نريدها تحتاج WBS لـ 5 أشخاص.
فادي عباس
"""),
M(lang="ar", cat="tenant_request", style="oneliner", frm=("", "yahya.99@example.com"), subj="PLEASE", body="""
PLEASE SA3DOUNI BADDI BEIT, 3AYLE 5 ASHKHAS, UNTERKUNFT HAND. 0151 23453307
Sent from my Galaxy
"""),
M(lang="ar", cat="tenant_request", style="html_only", fmt="html", flavour="simple", frm=("Hanan Issa", "hanan.issa@example.net"),
  subj="مصاريف النقل", body="""
مرحباً،
إن شاء الله ننتقل يوم 15 إلى الشقة الجديدة في Hand. من يدفع ثمن سيارة النقل (Umzugswagen)؟ الجوب سنتر قال يجب تقديم 3 عروض أسعار. هل تعرفون شركات رخيصة؟
شكراً
حنان عيسى
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Yaser Kabbani", "yaser.kabbani@example.org"),
  subj="ضروري: الشهادة اليوم", date="2026-04-16 08:40", body="""
صباح الخير
ضروري لو سمحتم! عندي موعد بكرا الساعة 10 مع المؤجر في Bensberg ونسيت أطلب شهادة ورشة السكن. ممكن تبعتوها اليوم على الإيميل؟
حضرت الورشة في شباط 2026، اسمي ياسر كباني.
شكراً كتير
"""),
M(lang="ar", cat="tenant_request", style="reply", frm=("Ahlam Hussein", "ahlam.hussein@example.com"),
  subj="Re: Re: Wohnungsangebot Moitzfeld", irt=True, body="""
نعم نحن موافقون على الشقة 😊 متى نستطيع رؤيتها؟
أحلام

Am Di., 9. Sept. 2025 um 15:02 Uhr schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Liebe Frau Hussein,
> ein Vermieter aus unserem Netzwerk bietet eine 3-Zimmer-Wohnung in Moitzfeld an
> (68 m², 760 € warm). Hätten Sie Interesse? Bitte geben Sie uns bis Freitag Bescheid.
> Viele Grüße
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Samer Al-Rawi", "samer.rawi@example.net"),
  subj="", body="""
مساء الخير،
هل الورشة القادمة حضورية أم أونلاين؟ لا أملك كمبيوتر، فقط هاتف.
سامر الراوي - رقم الملف 2025-0417

Von meinem iPhone gesendet
"""),
M(lang="ar", cat="tenant_request", style="clean", frm=("Maher Kayyal", "maher.kayyal@example.com"),
  subj="بعد الطلاق - أحتاج سكن منفصل", body="""
السلام عليكم
أنا وزوجتي انفصلنا رسمياً. هي والأولاد باقون في الغرفة في السكن في Bensberg، وأنا أنام الآن في غرفة مؤقتة في السكن نفسه لكن قالوا إنها لأسبوعين فقط.
أحتاج مكاناً لي لوحدي، ويجب أن يكون فيه مكان للأولاد في نهاية الأسبوع. ماذا أفعل؟
ماهر كيال
"""),
M(lang="ar", cat="tenant_request", urg=1, style="clean", frm=("Nawal Haddad", "nawal.haddad@example.org"),
  subj="بيت النساء - يجب أن أخرج يوم الجمعة", date="2025-07-07 10:26", body="""
مرحباً،
أنا نوال، أسكن منذ 3 أشهر في بيت حماية النساء (Frauenhaus) مع بنتي بعد العنف من زوجي السابق. الموظفة هنا قالت إن مدة إقامتي انتهت ويجب أن أخرج يوم الجمعة 11.07 لأن هناك نساء أخريات ينتظرن.
لا أستطيع الرجوع إلى المدينة التي يسكن فيها زوجي السابق. ليس لدي أي شقة حتى الآن.
أرجو المساعدة بشكل عاجل. يمكن الاتصال بالموظفة في البيت إذا أردتم، هي تعرف بالموضوع.
نوال
"""),
M(lang="ar", cat="tenant_request", urg=1, style="clean", frm=("", "ahmad.obdachlos@example.net"),
  subj="ليس لنا مكان ننام فيه الليلة", date="2026-02-03 19:58", body="""
السلام عليكم
أنا أحمد، أنا وزوجتي كنا نسكن عند صديق في Gronau لأننا خرجنا من السكن بعد الإقامة. اليوم صار خلاف وطلب منا أن نخرج، وأغراضنا في شنطتين.
نحن الآن في محطة القطار في Bergisch Gladbach. زوجتي حامل في الشهر الثامن. الجو بارد جداً.
من نتصل؟ رقمي 0157 23452296
"""),
M(lang="ar", cat="tenant_request", urg=1, style="on_behalf", frm=("Bilal Hamid", "bilal.hamid@example.com"),
  subj="إخلاء شقة والدي الأسبوع القادم", date="2026-09-08 12:10", body="""
مرحباً،
والدي (72 سنة) يسكن لوحده في شقة في Bensberg. الشركة المؤجرة أنهت العقد لأنه لم يرد على رسائلهم (لا يقرأ الألمانية)، والمحكمة قررت الإخلاء. الموعد يوم الإثنين القادم 14.09.
أنا أسكن في هامبورغ ولم أعرف إلا اليوم. هل يمكنكم مساعدته في سكن مؤقت أو التحدث مع الشركة؟ والدي مريض بالقلب.
بلال حامد
0176 23451163
"""),
M(cs="windows-1256", cte="8bit", lang="ar", cat="inquiry", style="formal", frm=("إمام مسجد الرحمة", "imam@rahma-moschee.example.org"),
  subj="دعوة ليوم المسجد المفتوح", date="2025-09-20 11:00", body="""
السادة الأفاضل في فريق الاندماج،

بمناسبة يوم المساجد المفتوحة في 3 تشرين الأول، يسرنا دعوتكم لزيارة مسجد الرحمة في Gronau. سيكون هناك جولة في المسجد، وشاي وحلويات، وحوار مع الجالية.
نتمنى أن يحضر أحد من فريقكم للتعريف ببرنامج الانتقال إلى السكن الخاص، فكثير من العائلات عندنا تسأل عنه.

مع خالص التقدير
الشيخ عبد السلام
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("مجموعة نساء الأمل", "amal.frauen@example.net"),
  subj="تبرع بأثاث ومستلزمات منزلية", body="""
مرحباً،
نحن مجموعة من النساء العربيات في Bergisch Gladbach، جمعنا أثاثاً ومستلزمات مطبخ وألعاباً للأطفال من عائلات انتقلت أو سافرت.
نحب أن نتبرع بها للعائلات التي تنتقل من السكن البلدي إلى شقة جديدة. كيف يمكن تنظيم ذلك معكم؟ هل لديكم مكان للتخزين أو قائمة عائلات؟
مع التحية
أم سليم
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Yousra Bakri", "yousra.bakri@example.com"),
  subj="Wohngeld", body="""
مرحبا، أنا أعمل وعندي شقة خاصة منذ سنة. سمعت أنه يمكنني الحصول على Wohngeld. أين أقدم الطلب؟ هل عندكم أو في مكتب آخر؟
يسرى
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Nasser Al-Khalidi", "nasser.khalidi@example.net"),
  subj="من يحق له المشاركة؟", body="""
مرحباً،
جيراني في العمارة (عائلة سورية تسكن في شقة خاصة ولكنها صغيرة) سألوني عن برنامجكم. هل البرنامج فقط للناس في السكن البلدي، أم أيضاً لمن لديهم شقة ويريدون أكبر؟
لا أسأل لنفسي، فقط لأنقل لهم المعلومة.
ناصر الخالدي
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Mat3am Beirut Catering", "info@beirut-catering.example.org"),
  subj="عرض ضيافة لفعالياتكم", body="""
مرحباً،
نحن مطعم بيروت للضيافة في Bergisch Gladbach. نقدم بوفيه عربي للفعاليات والورشات (من 15 إلى 200 شخص) بأسعار مناسبة للبلديات والجمعيات.
إذا كان عندكم ورشات أو لقاءات للمؤجرين، يسعدنا أن نرسل لكم عرض سعر.
مطعم بيروت - 02202 23491
"""),
M(lang="ar", cat="inquiry", style="clean", frm=("Adel Mansour", "adel.mansour@example.com"),
  subj="بطاقة المواصلات المخفضة", body="""
السلام عليكم
كيف أحصل على Sozialticket أو Deutschlandticket مخفض؟ أنا آخذ Bürgergeld. شكرا
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Hussam Bakkour", "hussam.bakkour@example.net"),
  subj="الإيجار مباشرة من الجوب سنتر؟", body="""
مرحباً
عندي شقة 3 غرف في Paffrath ستكون فارغة في آذار. قبل أن أعرضها أريد أن أفهم: إذا أجرتها لعائلة من برنامجكم، هل يحول الجوب سنتر الإيجار مباشرة لي (Direktzahlung)؟ وماذا يحدث إذا انقطعت المساعدة عن العائلة؟
إذا كانت الإجابات جيدة سأرسل التفاصيل.
حسام بكور
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Rafiq Al-Azzawi", "rafiq.azzawi@example.com"),
  subj="بخصوص المستأجر الذي أرسلتموه - أضرار في الشقة", body="""
السلام عليكم
العائلة التي سكنت في شقتي في Hand عن طريق برنامجكم تركت الشقة الشهر الماضي. وجدت أضراراً في الحمام والأرضية (صور عندي)، والكفالة لا تكفي.
أنتم قلتم في البداية إنكم تساعدون إذا حصلت مشاكل. لمن أرسل الفاتورة؟ وأنا ما زلت مستعداً أن أؤجر الشقة مرة أخرى بعد التصليح.
رفيق العزاوي
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Bau & Renovierung Haddad GmbH", "buero@haddad-bau.example.org"),
  subj="شقة لعائلة أحد عمالنا أو عائلة أخرى", body="""
مرحباً
نحن شركة بناء صغيرة في Bergisch Gladbach. اشترينا بناية في Heidkamp وانتهينا من تجديد شقة 2 غرف (52 م²) في الطابق العلوي.
أحد عمالنا لاجئ ويسكن في السكن البلدي، ونود أن نؤجره الشقة مع عائلته، أو لعائلة أخرى من برنامجكم إذا لم يناسبه. الإيجار 560 شامل.
مع التحية
إلياس حداد
"""),
M(lang="ar", cat="landlord_offer", style="clean", frm=("Abu Rami", "aburami.gl@example.net"),
  subj="غرفة في بيتي", body="""
مرحبا
عندي بيت في Lückerath وابني سافر. الغرفة في الطابق العلوي مع حمام خاص، مفروشة. أؤجرها لشاب أو بنت طالبة، 380 يورو مع كل شي.
أنا سوري وساكن هون من 2014. اتصلوا 0162 23450881
"""),
M(lang="ar", cat="auto", style="header_only", frm=("Nadia Boutros", "nadia.boutros@example.com"), mailer="Microsoft Outlook 16.0",
  subj="Automatische Antwort: Familie Al-Jaafari / عائلة الجعفري", hdr={"X-Auto-Response-Suppress": "All", "Thread-Topic": "Familie Al-Jaafari"}, fmt="plain", body="""
مرحباً، أنا في إجازة حتى 02.06.2025 ولا أستطيع قراءة الرسائل. في الحالات العاجلة يرجى التواصل مع زميلتي عبر dolmetscher-pool@example.com.

Ich bin bis 02.06.2025 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
"""),
M(lang="ar", cat="spam", style="other", frm=("خبير تحسين المواقع", "seo.arabia@example.com"),
  subj="موقعكم لا يظهر في الصفحة الأولى على غوغل", body="""
مرحباً،
قمنا بتحليل موقعكم ووجدنا 47 خطأ في تحسين محركات البحث (SEO). منافسوكم يظهرون قبلكم!
نضمن لكم الصفحة الأولى في غوغل خلال 30 يوماً مقابل 199 دولار فقط شهرياً.
رد على هذه الرسالة بكلمة "نعم" لتحصل على تقرير مجاني.
"""),
M(lang="ar", cat="spam", style="other", frm=("الشيخ حمدان بن راشد الخيري", "charity.fund@example.net"), tz="dubai",
  subj="مساعدة إنسانية للاجئين - 2,500,000 يورو", body="""
بسم الله الرحمن الرحيم
إلى مسؤول اللاجئين المحترم،
أنا المستشار المالي لصندوق خيري خليجي. رجل أعمال متوفى ترك وصية بتوزيع 2,500,000 يورو لإسكان اللاجئين في ألمانيا، ولم نجد جهة مناسبة إلا بلديتكم.
نحتاج فقط حساباً بنكياً شخصياً لأحد الموظفين لتحويل المبلغ، مع رسوم تصديق الوصية 1.800 يورو.
الموضوع سري جداً. يرجى الرد على بريدي الخاص.
"""),
M(lang="ar", cat="spam", style="other", frm=("Visa Express Europe", "info@visa-express-eu.example.com"),
  subj="إقامة دائمة في ألمانيا خلال 30 يوماً ✅", fmt="html", flavour="simple", body="""
✅ إقامة دائمة (Niederlassungserlaubnis) مضمونة خلال 30 يوماً
✅ لم شمل العائلة بدون انتظار
✅ جواز سفر أوروبي
محامون معتمدون - نسبة نجاح 100%
الدفع مقدماً فقط 2999 يورو
واتساب: +31 6 00000000
"""),
]

if __name__ == "__main__":
    from mailw import write_batch
    print(len(write_batch(MAILS, START)), "written")
