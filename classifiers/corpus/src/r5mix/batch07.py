"""r5mix batch 07: Arabic tenant_request (Syrian and Iraqi dialect, standard Arabic, Arabizi, German words mixed
in, a reply to the team's German mail, a daughter and a brother writing for others; two urgent) and Arabic
landlord_offer (owners of Arab origin, follow-ups on a viewing, a contract and a placed tenant)."""
from mailwriter import T, L

MAILS = [
T("ar", 0, "phone", "Abu Yazan <abuyazan.2016@example.com>", "بيت",
"""مرحبا
بدي بيت ٤ غرف نحنا ٦ اشخاص انا ومرتي و٤ ولاد
عنا WBS من شهرين
ساكنين بالهايم ب Paffrath
الله يخليكن ساعدونا صرلنا ٣ سنين هون
رقمي 0176 5520 1983"""),

T("ar", 0, "formal", "Haidar Al-Musawi <haidar.almusawi@example.org>", "طلب مساعدة في إيجاد سكن مناسب",
"""السيدات والسادة في قسم الاندماج والسكن المحترمون،

تحية طيبة وبعد،

أنا حيدر الموسوي، كنت أعمل محامياً في بغداد لمدة خمسة عشر عاماً، ووصلت إلى ألمانيا في عام 2022. حصلت على الإقامة قبل ستة أشهر، وأسكن حالياً مع زوجتي وابنتي (12 عاماً) في غرفة واحدة في مركز الإيواء في هيركنرات.

أدرس حالياً اللغة الألمانية في المستوى B2، وأعمل بدوام جزئي كمساعد في مكتب ترجمة. أرغب في الحصول على شقة من غرفتين أو ثلاث غرف، ولديّ شهادة الأحقية بالسكن (WBS) لثلاثة أشخاص.

أودّ أن أستفسر عن الإجراءات اللازمة للانضمام إلى برنامجكم، وعن مواعيد الدورة التدريبية القادمة (Wohnungsführerschein)، وما هي الوثائق التي يجب أن أقدمها.

وتفضلوا بقبول فائق الاحترام والتقدير،
حيدر الموسوي
هاتف: 0152 7730 4418""", charset="windows-1256"),

T("ar", 0, "reply", "Lina Sabbagh <lina.sabbagh@example.net>", "AW: Ihr Termin zur Wohnungsbesichtigung",
"""مرحبا

شكراً كتير على الرسالة. ترجمتها بالـ Google. يعني الموعد يوم الثلاثاء 28 الساعة 15:00 بالـ Schildgen صح؟ أنا وزوجي رح نيجي.

بس سؤال: لازم نجيب معنا الـ Jobcenter Bescheid والـ Gehaltsabrechnung؟ وهل لازم نجيب الأولاد؟

شكراً
لينا صباغ

Am Do., 23. Apr. 2026 um 14:10 Uhr schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Sabbagh,
>
> wir freuen uns, Ihnen mitteilen zu können, dass eine Vermieterin Sie und Ihre Familie zu einer Besichtigung eingeladen hat:
> Dienstag, 28.04.2026, 15:00 Uhr, Schildgen.
> Bitte bringen Sie Ihre Bewerbungsmappe mit.
>
> Mit freundlichen Grüßen
> Sabine Wiegand
> Integration Wohnen""", date="2026-04-23 18:25"),

T("ar", 1, "mixed_language", "Mahmoud Hamdan <mahmoud.hamdan.80@example.com>", "Räumung يوم الخميس - مساعدة عاجلة",
"""السلام عليكم

اليوم وصلتنا رسالة من الـ Gerichtsvollzieher إنو يوم الخميس 30.04 الساعة 8 الصبح لازم نطلع من البيت (Räumung). صاحب البيت رفع علينا دعوى لأنو الجوب سنتر وقف دفع الإيجار ٣ شهور بسبب ورقة ناقصة، وأنا ما كنت فاهم الرسائل.

هلق الجوب سنتر عم يدفع من جديد بس صاحب البيت ما بدو يلغي الـ Räumung.

نحنا ٥ أشخاص، عندي بنت عمرها ٣ شهور. ما عنا وين نروح. كنا مسجلين عندكن قبل ٣ سنين ولقيتولنا هالبيت.

أرجوكم ساعدونا بأسرع وقت
محمود حمدان
0157 8812 0436""", date="2026-04-27 12:44"),

T("ar", 1, "clean", "Rasha Al-Obaidi <rasha.alobaidi@example.org>", "مولود جديد وبيت غير صالح للسكن",
"""مرحباً،

اسمي رشا العبيدي. قبل أسبوعين ولدتُ طفلي الثاني. يوم الأحد الماضي انفجر أنبوب ماء في الشقة فوقنا، ونزلت المياه على كل الغرف، والسقف في غرفة النوم بدأ يسقط. صاحب البيت قال إن الشقة غير صالحة للسكن لمدة شهرين على الأقل بسبب التجفيف (Trocknung)، وإنه لا يستطيع أن يعطينا بيتاً آخر.

منذ أربعة أيام نحن نائمون عند أخي في غرفة صغيرة، خمسة أشخاص مع رضيع عمره أسبوعين، وزوجة أخي قالت إننا لا نستطيع البقاء بعد نهاية هذا الأسبوع.

هل يمكن أن تساعدونا في إيجاد مكان مؤقت؟ شركة التأمين لم ترد علينا حتى الآن.

مع الشكر
رشا العبيدي
0162 3309 8817""", date="2026-04-15 09:58"),

T("ar", 0, "on_behalf", "Sidra Khalil <sidra.khalil.2008@example.com>", "عن أهلي / für meine Eltern",
"""مرحبا،

أنا سدرة، عمري 17 سنة، بكتب عن أهلي لأنو أبي وأمي ما بيعرفوا يكتبوا إيميل بالألماني.

وصلتنا منكم رسالة إنو لازم نبعت Kopie vom Aufenthaltstitel ومن الـ WBS. بعتلكن الصور بالمرفقات. أبي اسمه عمر خليل، نحنا بالهايم بـ Bensberg.

وإذا في موعد، أنا بقدر إجي معهم وترجم، بس بعد الساعة 2 لأني بالمدرسة.

Danke!
سدرة""", attach=["Aufenthaltstitel_Khalil.jpg", "WBS_Khalil.jpg"]),

T("ar", 0, "mixed_language", "Yamen Darwish <yamen.darwish@example.net>", "تسجيل بالـ Workshop",
"""مرحبا،

بدي سجل بالـ Workshop تبع الـ Wohnungsführerschein. الـ Sozialarbeiter بالـ Heim قلي إنو لازم ابعتلكن إيميل.
اسمي يامن درويش، مواليد 1996، ساكن بـ Unterkunft Moitzfeld.
بشتغل Schicht، فإذا في Termin بعد الضهر أحسن.

شكراً"""),

T("ar", 0, "oneliner", "Ammar Haj Ali <ammar.hajali@example.com>", "شهادة",
"""مرحبا ممكن تبعتولي شهادة الكورس (Teilnahmebestätigung) مرة تانية؟ ضيعت الورقة. عمار حاج علي"""),

T("ar", 0, "clean", "Suad Ibrahim <suad.ibrahim.76@example.org>", "سؤال عن التأمين (Kaution) والجوب سنتر",
"""السلام عليكم،

الحمد لله وجدنا شقة في Gronau عن طريق صديقة، وصاحب الشقة موافق. يطلب تأميناً (Kaution) بقيمة ثلاث أضعاف الإيجار، أي 1800 يورو، ويطلب أيضاً أن ندفع أول شهر قبل التوقيع.

ذهبت إلى الجوب سنتر وقالوا إنهم يعطون الـ Kaution كقرض، لكن يجب أن نسدده كل شهر من المساعدة. كم يأخذون كل شهر؟ وهل يدفعون الإيجار الأول أيضاً؟

وهل يجب أن أخبركم بأننا وجدنا الشقة، حتى تغلقوا ملفنا؟

شكراً جزيلاً
سعاد إبراهيم""", charset="windows-1256"),

T("ar", 0, "phone", "Mohammed K. <mo.k.gl1999@example.com>", "sakan",
"""salam alaikum
ana mohammed mn souria, 3omri 26, sakn bl heim b gronau. bdawer 3ala shi22a zghire ghorfe wa7de. 3andi sho8l b restaurant full time w 3andi aufenthalt 3 snin
kif bsajel 3endkon? lazem a3mel kurs?
shukran"""),

T("ar", 0, "broken", "Abu Ali Al-Jubouri <abuali.jubouri@example.net>", "وين صار ملفي",
"""السلام عليكم

اني عباس الجبوري، سجلت عدكم من سنة وسويت الكورس وانطيتكم كل الاوراق. لحد الان ماكو اي خبر. اتصلت هواية مرات محد يرد.
جيراني بالكامب كلهم لكوا بيت واني لا. شنو السبب؟ اذا اكو ورقة ناقصة كولولي.
احنا ٤ بغرفة وحدة، ابني عنده ربو والغرفة بيها رطوبة.

عباس الجبوري
Unterkunft Hand"""),

T("ar", 0, "forward", "Wafaa Nasser <wafaa.nasser@example.com>", "Fwd: 3-Zimmer-Wohnung in Bensberg, 75 m²",
"""مرحبا، لقيت هالشقة عالانترنت. الإيجار 820 مع المصاريف. هل الجوب سنتر بيقبل لعيلة ٤ أشخاص؟ وإذا لا، شو بعمل؟ صاحب البيت بدو جواب لبكرا.

---------- Forwarded message ---------
From: Wohnungsportal Rheinland <benachrichtigung@wohnportal-rheinland.example.net>
Date: Sa., 25. Apr. 2026
Subject: 3-Zimmer-Wohnung in Bensberg, 75 m²

3-Zimmer-Wohnung in Bensberg, 75 m²
Kaltmiete: 640 €
Nebenkosten: 180 €
Gesamtmiete: 820 €
Kaution: 1.920 €
Frei ab: 01.06.2026
Haustiere: nein
Energieausweis: Verbrauchsausweis, 118 kWh/(m²a)""", date="2026-04-25 22:10"),

T("ar", 0, "on_behalf", "Bassel Qassem <bassel.qassem@example.org>", "بخصوص أختي ديما قاسم",
"""مرحباً،

أنا باسل قاسم، أسكن في مدينة إيسن، وأكتب لكم بخصوص أختي ديما قاسم (مواليد 1994) التي تسكن في مركز الإيواء في هايدكامب مع ابنها (6 سنوات). ديما موافقة على أن أكتب لكم نيابة عنها، لأن لغتها الألمانية ما زالت ضعيفة.

ديما سجلت في برنامجكم في شهر كانون الثاني، ولكن لم يتم دعوتها إلى الدورة حتى الآن. هل هي على قائمة الانتظار؟ وهل يمكن أن أحضر معها إلى المواعيد كمترجم، حتى لو كنت أسكن في مدينة أخرى؟

رقم ديما: 0176 4488 2201
رقمي: 0152 9901 3374

مع جزيل الشكر
باسل قاسم"""),

T("ar", 0, "clean", "Kinan Sheikho <kinan.sheikho@example.net>", "استلمت مفتاح الشقة! أسئلة عن الخروج من الهايم",
"""مرحباً فريق Integration Wohnen،

أخيراً وقّعت العقد واستلمت المفتاح اليوم 😊 شكراً لكم من القلب على كل المساعدة.

عندي بعض الأسئلة:
1- لمن يجب أن أسلّم مفتاح الغرفة في الهايم؟ وهل يجب أن أكتب رسالة (Kündigung)؟
2- هل أستطيع أخذ الخزانة الصغيرة التي اشتريتها بنفسي؟
3- الجوب سنتر يطلب "Wohnungsgeberbestätigung"، هل هذه من صاحب البيت؟

مع التحية
كنان شيخو""", html="alt", charset="windows-1256"),

L("ar", 0, "clean", "Fadi Al-Sayed <fadi.alsayed.immo@example.com>", "شقة للإيجار في Paffrath",
"""السلام عليكم ورحمة الله،

اسمي فادي السيد، جئت إلى ألمانيا عام 2015 وأعمل اليوم مهندساً في شركة في كولن. اشتريت قبل سنة شقة صغيرة في Paffrath كاستثمار، وهي الآن فارغة بعد أن انتقل المستأجر السابق.

الشقة: غرفتان، مطبخ مجهز، حمام، 50 متر مربع، الطابق الأول. الإيجار 500 يورو بارد + 140 مصاريف.

أرغب في تأجيرها لعائلة صغيرة أو لشخص يسكن حالياً في مركز إيواء. هل يمكنكم أن ترسلوا لي المعلومات عن طريقة العمل؟ وهل الجوب سنتر يدفع الإيجار مباشرة لصاحب البيت؟

مع الشكر
فادي السيد
0177 3301 9928"""),

L("ar", 0, "mixed_language", "Khalil Mourad <khalil.mourad@example.net>", "Wohnung über meinem Laden",
"""مرحبا،

أنا خليل مراد، لبناني، عندي محل خضرة وفواكه بـ Bensberg من ٢٠ سنة. فوق المحل في شقة صغيرة ٢ غرف، ٤٥ متر، صارت فاضية من أول الشهر.

بدي أأجرها لحدا محتاج، عيلة صغيرة أو شب لحالو. الإيجار ٤٥٠ Warm. بس بدي حدا نضيف ومحترم، لأنو أنا وعيلتي ساكنين بنفس البناية.

Bitte ruft mich an, ich spreche auch Deutsch: 0172 9033 1147

خليل""", charset="windows-1256"),

L("ar", 0, "clean", "Nabil Haddad <nabil.haddad.gl@example.org>", "العائلة ما حضرت موعد المعاينة",
"""مرحباً،

كان عندنا موعد معاينة للشقة مع عائلة الأحمد يوم الإثنين الساعة الخامسة، وانتظرتهم نص ساعة وما حدا إجا ولا حدا اتصل.

هل هنن لسا مهتمين بالشقة؟ إذا لا، خبروني لو سمحتوا، لأنو في ناس تانيين بدهم ياها. وإذا عندكم عائلة تانية مناسبة، أنا جاهز أعمل موعد جديد هالأسبوع.

نبيل حداد""", date="2026-04-21 08:30"),

L("ar", 0, "clean", "Samira Bakri <samira.bakri@example.com>", "مشكلة مع المستأجر الذي سكن عن طريقكم",
"""مرحباً،

قبل ستة أشهر أجّرتُ شقتي في Refrath لعائلة عن طريق برنامجكم (عائلة السيد محمد نور). الإيجار يصل في موعده، والحمد لله لا توجد مشاكل في هذا الموضوع.

لكن الجيران يشتكون منذ شهر تقريباً من أن عدداً كبيراً من الضيوف يأتون كل نهاية أسبوع ويبقون حتى وقت متأخر جداً، وأن هناك ضجيجاً بعد العاشرة ليلاً. مدير العقار (Hausverwaltung) أرسل لي رسالة تحذير.

لا أريد أن أسبب مشاكل للعائلة، لكن أخاف أن يُرسلوا لهم إنذاراً (Abmahnung). هل يمكنكم أن تتحدثوا معهم وتشرحوا لهم قواعد البيت (Hausordnung)؟

مع الشكر
سميرة بكري"""),

L("ar", 0, "clean", "Ziad Hamoud <ziad.hamoud@example.net>", "استفسار قبل تأجير الشقة",
"""مرحباً،

عندي شقة صغيرة في Hand وأفكر أن أؤجرها عن طريق برنامجكم، لكن قبل أن أقرر أريد أن أعرف:
- إذا حصل ضرر في الشقة، هل هناك تأمين أو ضمان من البلدية؟
- إذا توقف الجوب سنتر عن الدفع، من يدفع الإيجار؟
- هل العقد يكون بيني وبين المستأجر مباشرة أم بيني وبين البلدية؟

شكراً لكم
زياد حمود"""),

L("ar", 0, "reply", "Hala Mansour <hala.mansour.immo@example.org>", "AW: Mietvertrag Familie Yousef – Termin",
"""مرحباً،

نعم، موعد توقيع العقد يوم الجمعة 8 أيار الساعة 11 يناسبني. سأحضر العقد في نسختين ومفاتيح الشقة. هل ستحضرون أنتم أيضاً مع العائلة؟ سيكون ذلك أسهل بالنسبة للترجمة.

أرفقت لكم شهادة الطاقة (Energieausweis) التي طلبها الجوب سنتر.

مع التحية
هالة منصور

Am 29.04.2026 um 11:20 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Mansour,
>
> das Jobcenter hat die Kosten für die Wohnung bewilligt. Wir schlagen als Termin für die Vertragsunterzeichnung Freitag, 08.05.2026, 11:00 Uhr vor. Bitte bestätigen Sie uns den Termin.
>
> Mit freundlichen Grüßen
> Aylin Demir
> Integration Wohnen""", attach=["Energieausweis.pdf"], date="2026-04-29 17:02"),
]
