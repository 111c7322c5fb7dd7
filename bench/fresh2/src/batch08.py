"""Fresh evaluation batch 08: Arabic (Arabizi, Egyptian, Levantine, Iraqi) and Ukrainian: tenants, landlords, inquiries, auto."""
from mailwriter import T, L, I, S, A  # noqa: F401

MAILS = [
# ---------------- Arabic ----------------
T("ar", 0, "phone", "Ahmad Alhamwi <ahmad.hamwi99@example.com>", "Wohnung gefunden",
"""mar7aba, ana Ahmad men el Heim b Moitzfeld. la2et bait 2 ghoraf b Heidkamp, bas el Vermieter bado wara2a men el Jobcenter enno hene bydf3o el ejar (Mietübernahmebescheinigung?). el Jobcenter 2alli lazem awwal jeeb Mietangebot. ana mesh fahem shu lazem a3mel awwal. momken tsa3douni? el Vermieter bado jawab abel el jom3a
shukran
Ahmad"""),

T("ar", 0, "clean", "Mostafa Ragab <mostafa.ragab@example.org>", "فين طلبي؟",
"""السلام عليكم
انا اتسجلت عندكم من شهر 9 اللي فات واديتكم كل الورق، ولحد دلوقتي محدش كلمني خالص. انا قاعد في الهايم في Hand في أوضة مع 3 رجالة تانيين ومش عارف أنام ولا أذاكر للـ B1.
هو الطلب بتاعي لسه موجود ولا اتلغى؟ لو محتاجين ورق تاني قولولي.
مصطفى رجب
رقم الملف اللي ادتهوني: 2025-0417""", charset="windows-1256"),

T("ar", 0, "on_behalf", "Fatima Zahra Idrissi <fz.idrissi@example.net>", "مساعدة لجارتي أم خالد",
"""مرحباً،

أكتب لكم نيابة عن جارتي في السكن، السيدة أم خالد (اسمها الرسمي: Souad Al-Jabouri). ليس لديها بريد إلكتروني ولا تقرأ الألمانية. عندها أربعة أطفال، أصغرهم عمره سنة، وسمعنا أن السكن في Paffrath سيُغلق في شهر أيار ويجب على الجميع الانتقال.

هي تريد شقة قريبة من مدرسة الأولاد. هل يمكن أن تعطوها موعداً؟ أستطيع أن أرافقها وأترجم لها.

رقم هاتفها: 0152 7781 0043

مع التحية
فاطمة الزهراء""", date="2026-01-27 20:15"),

T("ar", 0, "reply", "Omar Said <omar.said.1990@example.com>", "Re: Termin Beratung Wohnungssuche",
"""tamam, bukra essa3a 10 ana mawjood. shukran
Omar

Am Mo., 9. März 2026 um 14:22 Uhr schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Guten Tag Herr Said,
> wir können Ihnen einen Beratungstermin am Dienstag, 10.03., um 10:00 Uhr
> im Rathaus Bensberg, Raum 2.14 anbieten. Bitte bringen Sie Ihren
> Aufenthaltstitel und den Jobcenter-Bescheid mit.
> Viele Grüße
> Auszugsmanagement""", date="2026-03-09 19:40"),

L("ar", 0, "clean", "Nabil Haddad <nabil.haddad@example.com>", "سؤال قبل التأجير",
"""مرحبا،
عندي شقة ب Moitzfeld وعم فكّر أجّرها لعيلة عن طريقكن، بس قبل ما قرر بدي أفهم شغلة: إذا الجوب سنتر وقّف يدفع الإيجار لسبب ما، هل البلدية بتضمن الإيجار؟ وقديش المدة؟ وفي تأمين ضد الأضرار؟
ما بدي أعمل مشكلة لحدا، بس صار معي قبل هيك مع مستأجر وخسرت كتير.
نبيل"""),

L("ar", 0, "clean", "Ali Al-Rubaie <ali.rubaie@example.org>", "مشكلة مع المستأجر - Wohnung Heidkamp",
"""السلام عليكم
أني المؤجر للشقة في Heidkamp اللي سكنت بيها عائلة السيد K. عن طريقكم من شهر 10. من شهرين الإيجار ما وصلني، وحچيت ويا المستأجر يگول الجوب سنتر وگف الدفع لأن ناقص ورقة. الجيران هم اشتكوا من صوت عالي بالليل.
أني ما أريد أطلّعهم، بس أريد واحد منكم يحچي وياهم ويشوف قصة الجوب سنتر. ما عندي دخل غير هالشقة.
علي الربيعي
0176 2209 5518""", charset="windows-1256"),

I("ar", 0, "formal", "Deutsch-Arabischer Kulturverein GL <vorstand@dakv-gl.example.org>", "دعوة إلى إفطار جماعي / Einladung zum Iftar",
"""السادة فريق Integration Wohnen المحترمين،

يسرّ الجمعية الثقافية الألمانية العربية في Bergisch Gladbach دعوتكم إلى الإفطار الجماعي السنوي يوم السبت 7 آذار 2026 الساعة 18:00 في قاعة الكنيسة في Gronau.

سيحضر حوالي 150 شخصاً من العائلات والمتطوعين، ويسعدنا لو قدّم أحد موظفيكم كلمة قصيرة (10 دقائق) عن برنامج الانتقال إلى السكن الخاص ومواعيد الورشات.

نرجو التأكيد حتى 28 شباط.

Mit freundlichen Grüßen
Der Vorstand""", date="2026-02-10 11:05", html="alt"),

I("ar", 0, "clean", "Hanan Suleiman <hanan.suleiman@example.net>", "تطوع للترجمة",
"""مرحبا،
أنا معلمة متقاعدة من أصل فلسطيني، أعيش في Schildgen منذ 30 سنة وأتكلم العربية والألمانية بطلاقة. عندي وقت فراغ يومين في الأسبوع، وأحب أساعد العائلات العربية في المعاينات مع المؤجرين أو في تعبئة الأوراق.
هل تحتاجون متطوعين؟ ماذا يجب أن أفعل للتسجيل؟
تحياتي
حنان سليمان"""),

# ---------------- Ukrainian ----------------
T("uk", 1, "clean", "Оксана Мельник <oksana.melnyk@example.com>", "Терміново! Нам треба виїхати до неділі",
"""Добрий день,

я Оксана, з Харкова, живу з двома дітьми (7 і 12 років) у німецької родини в Schildgen з 2022 року. Учора господиня сказала, що до неділі ми мусимо звільнити кімнату, бо до неї переїжджає її мама після операції. Я розумію, але нам зовсім нікуди йти. У Jobcenter сказали звертатися до міста.

Будь ласка, допоможіть — хоч тимчасове місце в гуртожитку (Unterkunft), поки шукаємо квартиру. Діти ходять до школи в Paffrath.

Мій телефон: 0151 2340 9987

З повагою,
Оксана Мельник""", date="2026-04-08 08:26"),

T("uk", 0, "mixed_language", "Andrii Bondar <andrii.bondar@example.net>", "Wohnungssuche 2 Zimmer",
"""Доброго дня!

Шукаю 2-кімнатну Wohnung для себе і дружини в Bergisch Gladbach або поруч. Ми пройшли ваш Workshop у листопаді, маємо Teilnahmebestätigung. Я працюю на Minijob, дружина на Integrationskurs B1. Jobcenter оплачує Miete до 620 € warm (für 2 Personen).

Чи можете ви надіслати нам пропозиції від орендодавців із вашої мережі? Ми дивимося Kleinanzeigen щодня, але або не відповідають, або одразу відмовляють.

Дякую!
Андрій Бондар""", charset="windows-1251"),

T("uk", 0, "broken", "Галина Петренко <galyna.petrenko54@example.org>", "Wohnberechtigungsschein",
"""Добрий день. Ми з чоловіком пенсіонери, живемо в Übergangswohnheim. Нам сказали що для соціальної квартири потрібен Wohnberechtigungsschein. Де його отримати і які документи треба? Ми погано розуміємо німецьку, може є форма українською?
Дякую, Галина"""),

T("uk", 0, "on_behalf", "Iryna Savchuk <iryna.savchuk@example.com>", "Квартира для моєї мами (Hand)",
"""Доброго дня,

пишу від імені моєї мами, Ніни Савчук (1952 р. н.). Вона живе в гуртожитку в Hand, на другому поверсі, в кімнаті з іншою жінкою. У мами артроз, їй важко ходити сходами, а ліфта там немає.

Я сама живу в Düsseldorf і працюю, тому не можу щодня їй допомагати. Мама отримує Grundsicherung. Шукаємо невелику однокімнатну квартиру на першому поверсі або з ліфтом.

Мама погоджується, щоб усю інформацію надсилали мені. Довіреність додаю.

З повагою,
Ірина Савчук""", attach=["Vollmacht_Savchuk.pdf"]),

T("uk", 0, "phone", "Vitalii <vitalik.kr@example.net>", "курс",
"""добрий день хочу записатися на курс Wohnungsführerschein я і брат коли наступний і де це буде дякую Віталій Кравець 0176 44120987"""),

T("uk", 0, "clean", "Olha Tkachenko <olha.tkachenko@example.org>", "SCHUFA - що робити?",
"""Вітаю!

Нарешті знайшла квартиру в Bensberg — орендодавиця (приватна пані, дуже приємна) готова нам здати, але просить SCHUFA-Auskunft. Я в Німеччині півтора року, кредитів не маю. Як отримати цю довідку безкоштовно? Я бачила на сайті, що вона коштує 29,95 €, а десь писали, що є безкоштовна версія.

І ще: чи потрібна мені ще Mietschuldenfreiheitsbescheinigung, якщо я жила в гуртожитку?

Дякую за допомогу,
Ольга"""),

L("uk", 0, "formal", "Наталія Гончаренко | Hausverwaltung Rheinblick <n.honcharenko@hv-rheinblick.example.com>", "Вільні квартири в Refrath — пропозиція",
"""Шановні колеги,

мене звуть Наталія Гончаренко, я працюю менеджеркою з оренди в Hausverwaltung Rheinblick GmbH. Ми обслуговуємо кілька будинків у Refrath та Bensberg. Оскільки я сама з України, власник доручив мені зв'язатися з вами.

Наразі у нас є дві вільні квартири:
1) Refrath, 2 кімнати, 54 м², 3-й поверх, Kaltmiete 590 €, NK 160 €, вільна з 01.05.
2) Bensberg, 3 кімнати, 71 м², 1-й поверх, Kaltmiete 760 €, NK 205 €, вільна одразу.

Власник готовий розглянути родини, які отримують виплати від Jobcenter, за умови Mietübernahmebescheinigung. Чи могли б ви запропонувати кандидатів? Можемо організувати спільний огляд.

З повагою,
Наталія Гончаренко
Hausverwaltung Rheinblick GmbH
Vermietung
Tel. 02204 55 87 30""", html="alt"),

L("uk", 0, "clean", "Людмила Кох <ludmila.koch@example.net>", "Хочу здати квартиру українській родині",
"""Добрий день!

Я живу в Німеччині з 2004 року, маю невелику квартиру в Paffrath (1,5 кімнати, 42 м²), яку раніше здавала студентам. Зараз вона вільна, і я б хотіла здати її українській жінці з дитиною або літній парі.

Підкажіть, будь ласка: чи Jobcenter платить оренду напряму мені, чи через орендаря? І чи допомагаєте ви з договором — у мене є старий зразок, але не знаю, чи він ще актуальний.

Можна говорити українською або німецькою.
Людмила Кох""", charset="koi8-u"),

L("uk", 0, "oneliner", "Tetiana Wagner <t.wagner@example.org>", "Besichtigung Familie Kovalenko",
"""Добрий день, огляд з родиною Коваленко вчора пройшов добре, вони мені сподобались. Я готова підписати договір — що далі?
Тетяна Вагнер"""),

I("uk", 0, "clean", "Marta Ivanyshyn <marta.ivanyshyn@example.com>", "Меблі безкоштовно",
"""Доброго дня,

ми переїжджаємо в кінці місяця і віддаємо безкоштовно: шафу (2 м), диван-ліжко, кухонний стіл і 4 стільці, пральну машину (працює). Хотіли б, щоб це дісталося родині, яка переїжджає з гуртожитку в першу квартиру.

Чи можете ви передати цю інформацію? Забрати можна в Heidkamp до 28-го, самовивіз.
Фото в додатку.

Марта""", attach=["moebel1.jpg", "moebel2.jpg"]),

I("uk", 0, "formal", "Dmytro Lysenko <d.lysenko@ukr-rheinland.example.net>", "Запит на інтерв'ю — програма переселення з гуртожитків",
"""Добрий день!

Я Дмитро Лисенко, редактор україномовного онлайн-видання «Рейнланд UA» для українців у NRW. Готуємо матеріал про те, як українці шукають житло поза гуртожитками в невеликих містах.

Хотів би поставити кілька запитань:
— скільки українських родин ви допомогли переселити у 2025 році;
— скільки приватних орендодавців бере участь у вашій мережі;
— чи проводяться воркшопи українською мовою.

Чи можливе коротке інтерв'ю телефоном наступного тижня?

З повагою,
Дмитро Лисенко"""),

A("uk", 0, "header_only", "Світлана Бойко <s.boiko@hilfe-ua.example.org>", "Автоматична відповідь: Workshop am 14.04.",
"""Дякую за Ваш лист. Я у відпустці до 22.04.2026 включно і не маю доступу до пошти. У термінових питаннях звертайтеся, будь ласка, на info@hilfe-ua.example.org.

Vielen Dank für Ihre Nachricht. Ich bin bis 22.04.2026 im Urlaub. In dringenden Fällen schreiben Sie bitte an info@hilfe-ua.example.org.

Світлана Бойко / Swetlana Boiko
Koordination Ehrenamt""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, date="2026-04-09 14:02"),
]
