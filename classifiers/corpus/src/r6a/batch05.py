"""r6a batch 05: the rest of English (a restaurant owner, a moved viewing, a utility statement; tenants and a
cousin on the owner's conditions; a school project and a furniture donation) and the first Arabic mails:
standard, Levantine, Iraqi and Egyptian colloquial and Arabizi. Landlords who came as refugees, an Iraqi shop
owner, short follow-ups; tenants with owner, contract and Jobcenter paper (one urgent: newborn, no place);
inquiries from an association, a family that moved, an interpreter and a teacher."""
from mailwriter import T, L, I

MAILS = [
L("en", 0, "clean", "Sanjay Mehta <sanjay.mehta@example.com>", "Flat above my restaurant",
"""Hello,

I run an Indian restaurant in Bergisch Gladbach centre. There is a one-room flat above the restaurant that my previous chef lived in. My new kitchen helper is from Afghanistan and still lives in the shelter in Paffrath; he often misses the last bus.

I'd like to offer him the flat, or someone else from your programme if it doesn't suit him. He works 25 hours a week. How does it work if the Jobcenter pays part of the rent?

Regards,
Sanjay Mehta"""),

L("en", 0, "oneliner", "Ingrid Bauer <ingrid.bauer@example.org>", "viewing time change",
"""Viewing moved to 4pm, same day. Could you let the Nasser family know? Their phone just goes to voicemail. Thanks, Ingrid Bauer"""),

L("en", 0, "clean", "Pieter de Vries <pieter.devries@example.net>", "Utility statement - Mr Haile",
"""Hello,

attached is the 2025 utility statement for the flat rented to Mr Haile through your programme. There's a credit of 84 EUR in his favour. Should I pay it to him or to the Jobcenter? I don't want to do it wrong.

Best,
Pieter de Vries""", attach=["Nebenkosten_2025_Haile.pdf"]),

T("en", 0, "oneliner", "Ibrahim Diallo <ibrahim.diallo@example.org>", "owner",
"""The owner wants to speak with you before Friday. His number is 0163 882 1049. Thanks, Ibrahim"""),

T("en", 0, "clean", "Aster Woldemariam <aster.wm@example.com>", "Jobcenter paper",
"""Hi, I finally have the paper from the Jobcenter (the approval for the rent). Should I take it to the landlord myself or do you send it to him? He's waiting for it.
Aster"""),

T("en", 0, "on_behalf", "Hassan Yusuf <hassan.yusuf@example.net>", "My cousin Ali's flat",
"""Hello,

I'm writing for my cousin Ali Yusuf, he doesn't write English or German well. He got a flat in Gronau (he was in your workshop in January). The landlord now wants the first month's rent in cash before he hands over the keys, but the Jobcenter only pays from next month. Is there any help for this gap? Ali can come to your office any morning.

Thank you,
Hassan"""),

I("en", 0, "clean", "Noah Fischer <noah.fischer@student.example.org>", "School project about housing",
"""Hello,

I'm in year 11 at the international school and we are doing a project on housing in our town. Could I ask you three or four short questions by email about how the programme works and how many people are waiting? It's just for school.

Thank you very much,
Noah Fischer"""),

I("en", 0, "clean", "Jennifer Walsh <jen.walsh@example.com>", "Furniture donation - moving back to the US",
"""Hi,

we're moving back to the States in May and have a whole apartment of furniture we can't take: a dining table, a sofa bed, a kids' bunk bed, a washing machine that's two years old. We'd love it to go to families who are setting up a new home. Do you accept donations or can you point us to someone who does?

Jennifer Walsh"""),

L("ar", 0, "clean", "مازن الحلبي <mazen.halabi@example.net>", "شقة للإيجار لعائلة",
"""السلام عليكم،

أنا مازن، وصلت إلى ألمانيا سنة 2015 وسكنت سنتين في Heim في بنسبرغ. الحمد لله اليوم أعمل مهندساً واشتريت شقة صغيرة في Refrath، غرفتين وصالون، 58 متر.

أريد أن أؤجرها لعائلة من البرنامج عندكم، لأني أعرف كم هو صعب أن تجد شقة هنا. الإيجار حسب ما يدفع الـ Jobcenter.

كيف أتواصل معكم؟ رقمي 0177 3094 618

مع التحية
مازن الحلبي""", charset="windows-1256"),

L("ar", 0, "reply", "رنا شحادة <rana.shehadeh@example.org>", "رد: العائلة المقترحة",
"""مرحبا،
العيلة كانت كتير لطيفة والولاد مهذبين. شو الخطوة الجاية؟ لازم أبعتلكن العقد ولا بحكي معهن مباشرة؟
رنا

Am 14.01.2026 schrieb Integration Wohnen:
> Sehr geehrte Frau Shehadeh, die Familie Al-Ali würde die Wohnung gern am Freitag besichtigen."""),

L("ar", 0, "mixed_language", "Khaled Mrad <khaled.mrad@example.com>", "mafatee7 jahzin",
"""marhaba,
ana Khaled sa7eb el sha2a bi Refrath. el mafatee7 jahzin, el 3eile fiha teji el sabt sa3a 10 la nesta2bel el sha2a w n2ayed el Zählerstand.
yalla ma3 el salame"""),

L("ar", 0, "broken", "أبو علي الجبوري <abuali.jubouri@example.net>", "شقة فوق المحل",
"""مرحبا اخوان
عندي سوبرماركت عربي في بيرغيش غلادباخ، فوق المحل اكو شقة غرفة وحدة ومطبخ. الشاب اللي يشتغل عندي من سوريا ساكن بالهايم بعد، أريد أسكنه بيها. إذا ما يريد، ممكن واحد ثاني من عدكم.
شلون نسوي الأوراق ويا الجوب سنتر؟
أبو علي""", charset="windows-1256"),

L("ar", 0, "phone", "Mahmoud Abdelaziz <m.abdelaziz@example.org>", "الشقة",
"""هو ورق الجوب سنتر وصل ولا لسه؟ في ناس كتير بتكلمني عشان الشقة وأنا مستني العيلة بقالي أسبوعين. لو مش هييجي لحد الخميس لازم أديها لحد تاني"""),

T("ar", 0, "clean", "سامر الأحمد <samer.ahmad@example.net>", "صاحب البيت",
"""مرحبا
صاحب البيت بدو يحكي معكن قبل ما يوقع، بيسأل مين بيدفع إذا صار شي بالشقة. رقمه 0160 9917 330 اسمه Herr Klein.
شكرا كتير
سامر"""),

T("ar", 0, "clean", "نادية يوسف <nadia.yousef@example.com>", "Mietschuldenfreiheitsbescheinigung",
"""السلام عليكم،
المؤجر طلب مني Mietschuldenfreiheitsbescheinigung. أنا أسكن في السكن التابع للمدينة منذ ثلاث سنوات ولم أستأجر شقة من قبل. من أين أحصل على هذه الورقة؟
مع الشكر
نادية يوسف""", charset="windows-1256"),

T("ar", 0, "mixed_language", "Yazan Khoury <yazan.khoury@example.org>", "3a2d",
"""salam, wa2a3t el 3a2d el yom!!! ba3atelkon soura. shu lazem a3mel ma3 el Jobcenter hala2? w el Heim lazem a2ollon ana tale3?""",
attach=["Mietvertrag_Khoury.jpg"]),

T("ar", 1, "broken", "هبة الخزرجي <heba.khazraji@example.net>", "ولدت والمستشفى يطلعني الجمعة",
"""مرحبا
أنا ولدت بنت الأسبوع الماضي بالمستشفى في بيرغيش غلادباخ. قبل الولادة كنت ساكنة عند صديقتي بغرفة وحدة، هي قالت ما تقدر تاخذني مع البيبي. المستشفى يطلعني يوم الجمعة وما عندي مكان أروح له.
رجاءً ساعدوني
رقمي 0157 6620 4418
هبة""", date="2026-04-08 09:12"),

T("ar", 0, "clean", "وليد القاسم <walid.qassem@example.com>", "الجوب سنتر وصاحبة الشقة",
"""صاحبة الشقة قالت لازم ورقة من الجوب سنتر إنو هني بيدفعوا الإيجار، والجوب سنتر قالوا لازم أجيب عرض الإيجار من صاحبة الشقة أول. كل واحد بيستنى التاني. شو أعمل؟
وليد"""),

I("ar", 0, "formal", "الجمعية الثقافية العربية <info@arab-kultur-gl.example.org>", "دعوة إلى أمسية ثقافية",
"""السادة فريق الاندماج والسكن المحترمين،

يسرّ الجمعية الثقافية العربية في بيرغيش غلادباخ دعوتكم إلى أمسيتها السنوية يوم السبت ١٦ أيار في قاعة البلدية، حيث نستضيف عدداً من العائلات التي استقرت في المدينة.

نرحب بمشاركة أحد أعضاء الفريق بكلمة قصيرة عن عملكم.

مع فائق الاحترام
د. سليم عواد
رئيس الجمعية""", charset="windows-1256"),

I("ar", 0, "clean", "رهف العمر <rahaf.alomar@example.net>", "سؤال عن الكيتا والكندرغيلد",
"""مرحبا
نحنا انتقلنا على البيت الجديد بشهر ١١ الحمد لله. هلق بدي أسجل ابني بالكيتا وما بعرف لوين لازم روح. وكمان الكندرغيلد لازم نغير العنوان عندهن؟
يعطيكن العافية"""),

I("ar", 0, "clean", "طارق منصور <tarek.mansour@example.org>", "تطوع للترجمة",
"""مرحباً،
أنا طالب في جامعة كولونيا وأتكلم العربية والألمانية. أرغب بالتطوع للترجمة في المواعيد أو في الورشات، وليس لعائلة محددة، بل حيث تحتاجون. هل هناك طريقة للتسجيل؟
طارق منصور"""),

I("ar", 0, "clean", "أمل حداد <amal.haddad@example.com>", "استفسار من معلمة لغة عربية",
"""تحية طيبة،
أنا معلمة لغة عربية (Herkunftssprachlicher Unterricht) في عدة مدارس ابتدائية. كثير من أولياء الأمور يسألونني عن مساعدة في إيجاد سكن. ما هي الطريقة الصحيحة لتحويل العائلات إليكم بشكل عام؟ وهل عندكم معلومات مكتوبة بالعربية أستطيع توزيعها؟
مع الشكر
أمل حداد"""),
]
