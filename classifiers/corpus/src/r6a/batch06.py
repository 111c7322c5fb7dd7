"""r6a batch 06: Arabic (standard, Levantine, Iraqi, Egyptian, Moroccan Darija, Arabizi). Landlords: a
Sudanese owner with a room in his house, an heiress, a Moroccan owner, a pharmacist asking about guarantees,
cancellations, a heating bill and a complaint about a placed tenant; tenants writing about certificate,
Mietbescheinigung, guarantor, signed contract, mould after the keys (one urgent: violence in the shelter);
inquiries from a mosque, a family that moved, a community radio, a student and a furniture donation."""
from mailwriter import T, L, I

MAILS = [
L("ar", 0, "clean", "عثمان الطيب <osman.eltayeb@example.net>", "غرفة في بيتي",
"""السلام عليكم ورحمة الله،

أنا عثمان من السودان، جئت لاجئاً سنة 2014 وأعمل الآن ممرضاً. عندي بيت صغير في Paffrath، وفيه غرفة فارغة مع حمام خاص بها. أحب أن أسكن فيها شاباً من البرنامج، يفضل أن يكون يعمل أو يدرس. المطبخ مشترك معي ومع زوجتي.

هل يدفع الجوب سنتر إيجار غرفة في بيت خاص؟

عثمان الطيب""", charset="windows-1256"),

L("ar", 0, "formal", "ليلى فرنجية-شولتس <leila.frangieh@example.org>", "شقة موروثة في بنسبرغ",
"""مرحباً،

توفي والدي رحمه الله في الصيف الماضي وورثت عنه شقة من ثلاث غرف في Bensberg. أنا أعيش في هامبورغ ولا أستطيع أن أتابع الأمور يومياً.

والدي جاء من لبنان في الثمانينات، وكان يتمنى دائماً أن يساعد العائلات الجديدة. لذلك أريد أن أؤجر الشقة لعائلة عن طريقكم. هل تساعدون في التواصل إذا صارت مشكلة وأنا بعيدة؟

مع التحية
ليلى"""),

L("ar", 0, "mixed_language", "Rami Daher <rami.daher@example.com>", "maw3ed bukra",
"""marhaba Frau Kessler,
sorry lazem elghi el maw3ed bukra, tele3 fi mushkle bel may bel 7ammam w el Handwerker ma byeji abel el jum3a el jeye. fina n7added maw3ed jdid lal 3eile? ana ba3do bade a3tihon el sha2a.
Rami"""),

L("ar", 0, "oneliner", "فادي نصر <fadi.nasr@example.net>", "بخصوص المعاينة",
"""قولوا للعيلة يجيبوا ورقة الجوب سنتر معهن يوم السبت، بدونها ما بقدر قرر. فادي"""),

L("ar", 0, "clean", "منير السعدي <mounir.saadi@example.org>", "فاتورة التدفئة للمستأجر",
"""السلام عليكم،
أرسل لكم فاتورة التدفئة لسنة 2025 الخاصة بالسيد حسين، المستأجر الذي سكن في شقتي عن طريق برنامجكم. المبلغ المطلوب 245 يورو. هل أرسلها للجوب سنتر مباشرة أم هو يدفعها؟
شكراً
منير السعدي""", attach=["Heizkosten_2025.pdf"], charset="windows-1256"),

L("ar", 0, "broken", "Youssef Benali <youssef.benali@example.com>", "عندي شقة",
"""السلام عليكم
أنا مغربي ساكن فألمانيا من 2001، عندي جوج ديال الشقق ف Schildgen. وحدة خاوية دابا، بيتين وكوزينة. بغيت نكريها لشي عائلة من اللاجئين، حيت حتى أنا كنت غريب ملي جيت.
شنو خاصني نصيفط ليكم؟
يوسف"""),

L("ar", 0, "clean", "د. سناء عودة <sanaa.odeh@example.net>", "سؤال قبل أن أقرر",
"""مساء الخير،
عندي صيدلية في Gronau وشقة صغيرة أفكر أن أؤجرها. قبل أن أقرر أريد أن أعرف: إذا حصل ضرر في الشقة أو تأخر الإيجار، هل تقدم المدينة أي ضمان؟ وهل الجوب سنتر يدفع مباشرة للمالك؟
مع الشكر
سناء عودة"""),

L("ar", 0, "reply", "بسام حداد <bassam.haddad@example.org>", "رد: المستأجر في شقتكم",
"""مرحبا،
المستأجر اللي جبتوه ما دفع فرق الإيجار (الـ 60 يورو اللي مش على الجوب سنتر) من شهرين. حكيت معه بلطف، قال رح يدفع بس لهلق ما في شي. ممكن تحكوا معه؟ ما بدي مشاكل.
بسام

> Am 02.12.2025 schrieb Integration Wohnen:
> Lieber Herr Haddad, bei Fragen zu Ihrem Mieter können Sie sich jederzeit an uns wenden."""),

T("ar", 0, "broken", "زينب كاظم <zainab.kadhim@example.com>", "شهادة الورشة",
"""مرحبا
المالك يريد يشوف شهادة الورشة قبل ما يعطيني العقد. أني حضرت الورشة بشهر ١٠ بس ما استلمت الشهادة. رجاءً دزوها على هذا الإيميل.
زينب""", charset="windows-1256"),

T("ar", 0, "mixed_language", "Ahmad Sweid <ahmad.sweid@example.net>", "Mietbescheinigung??",
"""marhaba, el landlord bado yshoof war2a men el Jobcenter. ana ba3atlo el Bescheid bas 2al la2 bado "Mietbescheinigung". shu ya3ni hay w mnein bjebha?
Ahmad"""),

T("ar", 0, "clean", "محمد الخطيب <mohammad.khatib@example.org>", "تم توقيع العقد",
"""السلام عليكم،
الحمد لله وقعت عقد الإيجار اليوم، أرفقت لكم نسخة. الانتقال يوم ١ الشهر القادم. هل يجب أن أبلغ إدارة السكن (Heim) بنفسي أم أنتم تبلغونهم؟
مع جزيل الشكر
محمد الخطيب""", attach=["Mietvertrag_Khatib.pdf"]),

T("ar", 0, "broken", "شريف عبد الحميد <sherif.abdelhamid@example.com>", "صاحب الشقة عاوز كفيل",
"""صباح الخير
صاحب الشقة عاوز كفيل (Bürge) عشان يمضي العقد، وأنا معرفش حد هنا عنده شغل ثابت. هل ممكن المدينة تبقى كفيل أو في حل تاني؟
شريف"""),

T("ar", 0, "on_behalf", "Karim Aboud <karim.aboud@example.net>", "بخصوص والدي ووالدتي",
"""مرحباً،
أكتب نيابة عن والدي ووالدتي (عادل ونوال عبود) لأنهم لا يستخدمون الإيميل. المعاينة أمس في Hand كانت جيدة وصاحب الشقة موافق، لكنه يريد أن يتكلم مع شخص من المدينة قبل التوقيع. هل يمكن أن يتصل به أحد؟ رقمه 0171 5530 862.
كريم"""),

T("ar", 1, "broken", "أم يوسف <um.yousef.gl@example.org>", "ساعدوني",
"""السلام عليكم
انا ساكنة بالهايم في Kempener Weg مع ولادي الثلاثة. زوجي يضربني، امبارح ضربني قدام الولاد والأمن اتصل بالشرطة. الشرطة طلعته يومين بس بعدين رح يرجع. أنا خايفة كتير ما بعرف وين روح.
ما بحكي ألماني منيح، ممكن حدا يحكي عربي يتصل فيني
0152 3378 9041""", date="2026-02-02 08:05"),

T("ar", 0, "oneliner", "Ghaith Al-Obaidi <ghaith.obaidi@example.com>", "المعاينة",
"""حكيتو مع صاحب البيت؟ إيمتى المعاينة؟ صرلي أسبوع مستني"""),

T("ar", 0, "clean", "رزان الحموي <razan.hamwi@example.net>", "استلمت المفتاح بس في مشكلة",
"""مرحبا،
استلمنا المفتاح مبارح الحمد لله، بس لقينا عفن بغرفة الولاد ورا الخزانة. صاحب البيت بيقول هاد من التهوية ومو مسؤوليته. نحنا لسا ما سكنّا. شو لازم نعمل قبل ما نفوت؟
رزان"""),

I("ar", 0, "formal", "مسجد النور – بيرغيش غلادباخ <idara@masjid-alnoor.example.org>", "دعوة لاحتفال عيد الفطر",
"""بسم الله الرحمن الرحيم

السادة في فريق الاندماج والسكن،

يتشرف مسجد النور بدعوتكم لحضور احتفال عيد الفطر المبارك يوم الأحد ٢٢ آذار بعد صلاة الظهر في قاعة المسجد. سيحضر عدد من الجيران وممثلي الجمعيات.

يسعدنا حضور أي من موظفيكم.

إدارة المسجد""", date="2026-03-10 11:20", charset="windows-1256"),

I("ar", 0, "mixed_language", "Bilal Hamdan <bilal.hamdan@example.net>", "Anmeldung",
"""salam, ana 3azalt 3al beit el jdid bel Refrath min jem3a. wein lazem a3mel Anmeldung lal 3enwan el jdid? 3and el Bürgerbüro wala 3andkon? w lazem Termin?
shukran"""),

I("ar", 0, "formal", "راديو الجالية <redaktion@radio-jalia.example.com>", "طلب مقابلة إذاعية",
"""تحية طيبة،
نحن برنامج إذاعي أسبوعي باللغة العربية يبث في منطقة كولونيا. نحضّر حلقة عن السكن، ونود استضافة أحد موظفيكم لمدة ١٥ دقيقة لشرح كيف يعمل البرنامج وكيف يمكن للعائلات التسجيل.
مع الاحترام
هيئة التحرير"""),

I("ar", 0, "clean", "دانة السيد <dana.elsayed@example.org>", "بحث ماجستير",
"""مرحباً،
أنا طالبة ماجستير في علم الاجتماع، وأكتب بحثي عن تجربة اللاجئين العرب في البحث عن سكن في ألمانيا. هل يمكن أن أجري مقابلة قصيرة مع أحد العاملين في الفريق؟ يمكن بالألمانية أو بالإنجليزية.
مع الشكر
دانة السيد"""),

I("ar", 0, "clean", "أبو سامي <abu.sami@example.com>", "تبرع بأثاث",
"""مرحبا
نحنا عم نغير أثاث البيت، عندنا غرفة نوم كاملة (تخت وخزانة وكومودينة) وكنباية بحالة منيحة. إذا في عيلة عم تفرش بيت جديد منعطيها ببلاش. مين منحكي؟
أبو سامي"""),
]
