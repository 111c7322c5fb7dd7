"""r5ru batch 02: domestic violence (urgent), forwarded listing, workshop reply, Kaution as Darlehen, a son
writing for his father, heir in Ternopil, Einliegerwohnung, placed tenant not paying Nebenkosten, property
manager forwarding an Exposé, journalist, parish invitation, furniture donor, fake DHL notice."""
from mailwriter import T, L, I, S

MAILS = [
T("ru", 1, "phone", "Alina <alina.ks.1995@example.com>", "помогите пожалуйста",
"""здравствуйте мне дали ваш адрес в бератунге
муж меня ударил вчера при ребенке, я ушла с сыном (3 года) к подруге. у подруги однокомнатная и ее хозяин разрешил только до среды, а дальше нам некуда
полицию вызывала, есть протокол
к мужу в квартиру я не вернусь. квартира на нем, договор на него
в Frauenhaus звонила, мест нет
что мне делать куда идти с ребенком
Алина 0157 9930 1184""", date="2026-01-18 23:52"),

T("uk", 0, "forward", "Olha Kravchenko <olha.kravchenko@example.net>", "Fwd: Ihre Anfrage: 2-Zimmer-Wohnung Bensberg",
"""Добрий день, я знайшла цю квартиру на сайті і написала їм. Вони відповіли, ось лист. Чи це не шахрайство? Вони хочуть 3 Kaltmieten Kaution і ще "Bearbeitungsgebühr" 150 €. Jobcenter таке платить? Я сама з донькою, 2 кімнати нам якраз.

Ольга

---------- Forwarded message ---------
Von: Immobilien Sonnenhang <vermietung@sonnenhang-immo.example.com>
Date: Di., 14. Okt. 2025 um 16:20
Subject: Ihre Anfrage: 2-Zimmer-Wohnung Bensberg
To: <olha.kravchenko@example.net>

Sehr geehrte Frau Kravchenko,

vielen Dank für Ihr Interesse an unserer Wohnung in Bensberg (2 Zimmer, 54 m², EG, Terrasse).

Kaltmiete: 560 €
Nebenkosten: 140 € (inkl. Heizung)
Kaution: 3 Kaltmieten
Bearbeitungsgebühr: 150 € (bei Vertragsabschluss)

Ein Besichtigungstermin ist am Samstag, 18.10., 11:00 Uhr möglich. Bitte bringen Sie eine SCHUFA-Auskunft sowie Einkommensnachweise mit.

Mit freundlichen Grüßen
Team Sonnenhang Immobilien""", date="2025-10-14 19:05"),

L("ru", 0, "oneliner", "Viktor Heinz <viktor.heinz@example.org>", "klyuchi",
"""Dobryi den, klyuchi segodnya peredal seme Alievyh, vse v poryadke, schetchiki zapisali vmeste. Viktor Heinz"""),

L("uk", 0, "clean", "Marta Vovk <marta.vovk@example.com>", "Квартира батька в Paffrath — хочу здавати через вашу програму",
"""Доброго дня!

Мій батько, Степан Вовк, з 1999 року жив у Бергіш-Гладбаху (Paffrath), працював на будові, потім був на пенсії. Минулої зими він помер. Квартира, двокімнатна, 57 м², третій поверх, у спадщину дісталася мені. Нотаріальні справи вже закінчені, Grundbuch переписаний на мене.

Я живу в Тернополі, маю тут роботу і двох дітей, переїжджати не планую. Продавати батькову квартиру поки не хочу, тому думаю здавати. Але мені складно: я не можу приїжджати на кожен перегляд, погано знаю німецькі закони, а незнайомому маклеру не дуже довіряю.

Сусідка батька розповіла, що місто допомагає знаходити орендарів серед людей з гуртожитків і що у вас є супровід. Можливо, це навіть буде українська родина — мені було б приємно, якби в батьковій квартирі жили наші люди, але це не обов'язково.

Підкажіть, будь ласка:
— чи можна все оформити дистанційно (договір, передача ключів через сусідку)?
— хто платить оренду, якщо людина на Jobcenter?
— що потрібно від мене?

Квартира в нормальному стані, меблі батька я б залишила, якщо орендарям потрібно.

З повагою
Марта Вовк
+380 67 555 14 29 (Viber)"""),

I("ru", 0, "clean", "Oleg Sternberg <o.sternberg@rheinwoche.example.com>", "Запрос для статьи: переезд беженцев из общежитий",
"""Добрый день!

Меня зовут Олег Штернберг, я редактор русскоязычной газеты «Рейнская неделя» (выходит раз в две недели, Кёльн/Бонн/Рейн-Берг, тираж около 9 000). Готовлю материал о том, как беженцы из Украины и других стран переезжают из общежитий в собственные квартиры, и хочу рассказать о вашей программе.

Было бы здорово, если бы кто-то из сотрудников мог ответить на несколько вопросов — письменно или по телефону, минут 20:
1. Сколько человек с 2022 года переехали в квартиры с вашей помощью?
2. Сколько арендодателей сейчас в вашей сети и много ли среди них русскоязычных?
3. Что мешает чаще всего: нехватка квартир, Jobcenter, документы, предубеждения?
4. Что бы вы посоветовали нашим читателям — владельцам квартир, которые задумываются о сдаче?

Личные истории клиентов без их согласия нам не нужны. Материал планируется в номер от 15 мая, поэтому ответ до 8 мая был бы идеален.

Спасибо!
Олег Штернберг
Редакция «Рейнская неделя»
Tel. 0221 889 41 07""", date="2026-04-27 10:12"),

T("ru", 0, "reply", "Ludmila Zhukova <ludmila.zhukova@example.net>", "AW: Einladung zum Workshop „Wohnungssuche“ am 22.01.",
"""Здравствуйте, спасибо за приглашение! Я приду 22-го. Можно я возьму с собой дочь (17 лет)? Она хорошо понимает немецкий и поможет мне.

С уважением
Людмила Жукова

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Mittwoch, 7. Januar 2026 09:30
An: ludmila.zhukova@example.net
Betreff: Einladung zum Workshop „Wohnungssuche“ am 22.01.

Sehr geehrte Frau Zhukova,

wir laden Sie herzlich zu unserem Workshop „Wohnungssuche in Bergisch Gladbach“ ein:
Donnerstag, 22.01.2026, 9:30–13:00 Uhr, Stadthaus, Raum 1.04.
Ein Dolmetscher für Russisch/Ukrainisch ist anwesend.

Bitte bestätigen Sie Ihre Teilnahme bis zum 16.01.

Mit freundlichen Grüßen
Selin Aydın
Integration Wohnen""", date="2026-01-08 18:22"),

T("uk", 0, "clean", "Yuliia Shevchuk <yuliia.shevchuk@example.com>", "Питання про Kaution",
"""Добрий день!

Нам нарешті дали квартиру в Refrath, договір підписуємо наступного тижня. Jobcenter погодив оренду, але про Kaution (1 680 €) сказали, що це буде Darlehen і потім кожного місяця забиратимуть 10 % від Bürgergeld, поки не повернемо. Це приблизно 50 € на місяць, майже три роки.

Це нормально? Знайомі казали, що в них Jobcenter просто заплатив. Чи можна якось інакше, наприклад через Mietkautionsbürgschaft? Орендодавець не проти, якщо буде гарантія.

Дякую за відповідь!
Юлія Шевчук"""),

L("ru", 0, "clean", "Eduard Frank <eduard.frank@example.org>", "Жилец не платит Nebenkosten",
"""Здравствуйте, господин Бауэр.

Год назад вы помогли нам сдать квартиру в Hand господину Мамедову с семьёй. В целом мы довольны, аренда от Jobcenter приходит вовремя. Но в феврале пришла Nebenkostenabrechnung за прошлый год, доплата 486 евро. Я отдал её господину Мамедову, он сказал, что отнесёт в Jobcenter. Прошло уже три месяца, денег нет, на мои сообщения он отвечает «скоро, скоро».

Ссориться сразу я не хочу, а тем более идти к адвокату — люди они хорошие. Может быть, вы можете с ним поговорить или узнать в Jobcenter, подавал ли он вообще эту бумагу?

Копию Abrechnung прикладываю.

С уважением
Эдуард Франк
02204 77 36 15""", attach=["NK_Abrechnung_2025.pdf"]),

S("uk", 0, "html_only", "DHL Express Service <noreply@dhl-zustellung.example.net>", "Ваша посилка затримана на митниці – потрібна оплата 1,99 €",
"""Шановний клієнте,

ваша посилка № DE4471 9032 558 не може бути доставлена через несплачене митне збори (1,99 €).

Щоб уникнути повернення відправлення відправнику, підтвердіть адресу та оплатіть збір протягом 24 годин за посиланням:

https://dhl-zustellung.example.net/ua/pay?id=DE44719032558

Після оплати посилка буде доставлена протягом 1–2 робочих днів.

З повагою,
Служба доставки DHL""", html="only"),

T("ru", 0, "on_behalf", "Sergei Lytvynenko <s.lytvynenko@example.com>", "Квартира для моего отца (Heim Moitzfeld)",
"""Добрый день,

пишу за своего отца, Николая Литвиненко, 74 года. Он с 2022 года живёт в общежитии в Moitzfeld, один, приехал из Запорожья. Я сам живу в Мюнхене с семьёй, забрать его к себе не могу — у нас трёхкомнатная на пятерых.

Отцу тяжело в общежитии: общая кухня, шумно, он почти не говорит по-немецки, а недавно у него был небольшой инфаркт. Ему нужна маленькая однокомнатная квартира, желательно на первом этаже или с лифтом, недалеко от врача и магазина. Получает Grundsicherung через Sozialamt.

Зарегистрирован ли он у вас? Я не уверен — он говорит, что «что-то подписывал». Если нет, как его зарегистрировать? Я могу приехать в Бергиш-Гладбах на день, если нужна личная встреча.

У меня есть от отца Vollmacht, могу прислать.

Спасибо заранее,
Сергей Литвиненко
0170 62 11 934"""),

I("uk", 0, "clean", "Parafiia sv. Volodymyra <parafiia.volodymyr@example.org>", "Запрошення на зустріч громади 9 листопада",
"""Слава Ісусу Христу!

Шановні працівники міської служби,

наша українська греко-католицька громада збирається щонеділі після Літургії в парафіяльній залі в Бенсберзі. Багато наших парафіян живуть у гуртожитках і часто питають нас, як знайти квартиру, а ми не завжди знаємо, що відповісти.

Ми були б дуже вдячні, якби хтось із вашої служби зміг прийти 9 листопада о 13:00 і коротко (20–30 хвилин) розповісти про вашу програму, воркшопи і про те, що потрібно, щоб зареєструватися. Перекладача ми забезпечимо. Після зустрічі буде кава і домашня випічка :)

З повагою і молитвою
о. Михайло Дзюба
Українська греко-католицька громада, Бенсберг""", date="2025-10-20 12:40"),

L("uk", 0, "oneliner", "Nadiia Romaniuk <nadiia.romaniuk@example.net>", "перегляд",
"""Переносимо перегляд на суботу 11:00, в п'ятницю не можу, на роботі. Адреса та сама. Надія Романюк"""),

T("uk", 0, "other", "Halyna Boiko <halyna.boiko@example.com>", "KdU pytannia",
"""Dobryi den,
ya otrymala lyst vid Jobcenter pro KdU, ale ne rozumiyu, chy mozhu braty kvartyru za 690 euro warm. Nas troye: ya, cholovik i syn 12 rokiv. Kvartyra v Gronau, 65 m2, Vermieter zgoden.
U lysti napysano "Angemessenheitsgrenze 3 Personen", ale tsyfr ne bachu.
Mozhete pidkazaty?
Halyna Boiko"""),

L("ru", 0, "forward", "Andrej Wolf <a.wolf@immo-strunde.example.com>", "WG: Exposé Moitzfeld, 2 ZKB – noch nicht veröffentlicht",
"""Добрый день, Frau Wiebe,

как договорились по телефону, пересылаю Exposé, которое мы ещё не публиковали. Владелец согласен, чтобы мы сначала предложили квартиру вашим семьям, ждёт до конца месяца. Если кто-то подойдёт, напишите мне напрямую.

Андрей Вольф

-------- Weitergeleitete Nachricht --------
Betreff: Exposé Moitzfeld, 2 ZKB – noch nicht veröffentlicht
Datum: Mon, 2 Feb 2026 08:47:12 +0100
Von: Andrej Wolf <a.wolf@immo-strunde.example.com>
An: Vermietung <vermietung@immo-strunde.example.com>

Objekt: 2-Zimmer-Wohnung, Moitzfeld
Wohnfläche: ca. 52 m², 1. OG
Kaltmiete: 520 €, NK-Vorauszahlung: 125 €, Heizung (Fernwärme): 70 €
Kaution: 2 Kaltmieten
Frei ab: 01.04.2026
Ausstattung: Laminat, Duschbad, Keller, Stellplatz optional 30 €
Hinweis Eigentümer: WBS nicht erforderlich, Haustiere nach Absprache

--
Andrej Wolf
Immobilien Strunde GmbH – Vermietung & Verwaltung""", attach=["Expose_Moitzfeld_2ZKB.pdf"], date="2026-02-02 14:10"),

I("ru", 0, "phone", "Maksim Orlov <m.orlov.84@example.com>", "kindergeld",
"""подскажите куда писать насчет Kindergeld, уже 2 месяца не приходит, в Familienkasse не дозвониться. это у вас или нет?"""),

T("ru", 0, "broken", "Giorgi Beridze <giorgi.beridze88@example.com>", "квартира",
"""Здраствуйте я Гиорги Беридзе живу в хайм Херкенрат 3 год. Я нашол работу в пекарне Festvertrag с января. Жена тоже скоро работу будет. Хочу квартира 2 комнат для меня и жена, ребенок будет в июле.
Я был у вас один раз 2024, потом сказали ждать. Как сейчас? Можно снова термин?
Спасибо большое
Гиорги
0163 448 20 15"""),

L("uk", 0, "clean", "Oleksandr Pavlenko <o.pavlenko@example.org>", "Однокімнатна квартира в Schildgen з 1 серпня",
"""Добрий день,

маю однокімнатну квартиру в Schildgen, хочу здати з 1 серпня:
- 38 м², 1-й поверх, окрема кухня, душ
- Kaltmiete 430 €, Nebenkosten 110 €, опалення ще близько 60 €
- Kaution 2 Kaltmieten
- для однієї людини або пари без дітей

Живу в Німеччині з 2004 року, квартира — це інвестиція, раніше здавав студентам. Тепер студенти в Schildgen шукають все менше, тому вирішив спробувати через вашу програму.

Питання: як працює Mietbescheinigung для Jobcenter — заповнювати її мені чи орендарю? І скільки часу Jobcenter зазвичай розглядає?

Олександр Павленко"""),

T("uk", 0, "clean", "Iryna Dovhan <iryna.dovhan@example.net>", "Teilnahmebestätigung загубила",
"""Доброго дня,

я була на вашому воркшопі в листопаді 2024 року (з перекладачкою, у вівторок). Мені давали Teilnahmebestätigung, але коли ми переїжджали з кімнати в кімнату в гуртожитку, я її загубила. Тепер Vermieter у Bensberg просить копію.

Чи можна отримати дублікат, бажано в PDF?

Моє ім'я: Ірина Довгань, дата народження 03.07.1979.

Дякую!"""),

I("uk", 0, "other", "Tetiana Klein <tetiana.klein@example.com>", "Віддаю меблі безкоштовно",
"""Добрий вечір!

Ми переїжджаємо до Гамбурга, і в нас залишаються меблі, які шкода викидати: шафа-купе (2 м), розкладний диван, кухонний стіл і 4 стільці, дитяче ліжко з матрацом, пральна машина (Bosch, 5 років, працює).

Хочемо віддати безкоштовно родині, яка переїжджає з гуртожитку в квартиру. Забрати треба до 28 лютого самостійно (3-й поверх, Refrath, є ліфт).

Можете передати тим, кому потрібно? Або підкажіть, куди ще звернутися.

Тетяна Кляйн
0176 3380 1192""", attach=["shafa.jpg", "dyvan.jpg"]),

L("ru", 0, "clean", "Johann Ziegler <johann.ziegler@example.net>", "Einliegerwohnung в Moitzfeld",
"""Здравствуйте!

Мы — семья Циглер, переселенцы из Омской области, в Германии с 1992 года. Двадцать лет назад построили дом в Moitzfeld, внизу есть Einliegerwohnung (2 комнаты, кухня, душ, отдельный вход, около 50 метров). Раньше там жила тёща, теперь она в Pflegeheim.

Хотим сдать семье, лучше с детьми — у нас сад, качели остались от внуков. Условие одно: не курить в доме. Животные — кошку можно, собаку нет.

Сколько можно просить, чтобы Jobcenter оплатил? Мы думали около 500 тёплыми.

Жена по-немецки пишет хорошо, а мне лучше по-русски, поэтому пишу так. Можем созвониться: 02204 60 18 27.

Иоганн Циглер""", charset="windows-1251"),

T("ru", 0, "header_only", "Anna Kuznetsova <anna.kuznetsova.gl@example.com>", "Справка для Vermieter — срочно нужна до пятницы, Кузнецова А., Heim Refrath",
"""

Отправлено с iPhone"""),

I("ru", 0, "clean", "Dmitri Rusu <dmitri.rusu@example.org>", "Как работает программа? Вопрос для друга",
"""Добрый день.

Я давно живу в Бергиш-Гладбахе, у меня немецкий паспорт. Мой друг с женой и двумя детьми сейчас в Молдове, они из Одессы и думают переехать в Германию, может быть, к нам сюда.

Я нашёл на сайте города вашу программу. Хочу понять, как она работает: если они приедут, они сразу получат квартиру через вас или сначала нужно жить в общежитии? И могу ли я как-то заранее их у вас записать?

Просто чтобы знать, что им говорить. Спасибо.

Дмитрий Русу"""),
]
