"""Fresh evaluation batch 09: Ukrainian and Russian: tenants (eviction, certificate, mentor), landlords, inquiries, spam, newsletter."""
from mailwriter import T, L, I, S, A

MAILS = [
# ---------------- Ukrainian ----------------
T("uk", 1, "clean", "Serhii Moroz <serhii.moroz@example.com>", "Räumung 18.03 — допоможіть",
"""Добрий день,

ми (я, дружина і син 4 роки) живемо в квартирі в Gronau з 2023 року. Через помилку Jobcenter оренда не сплачувалась кілька місяців, орендодавець подав до суду, і тепер прийшов лист від Gerichtsvollzieher: виселення 18.03, тобто наступної середи.

Jobcenter каже, що борг уже оплачено, але орендодавець не хоче відкликати Räumung. Ми не знаємо, куди йти через тиждень. Лист від Gerichtsvollzieher у додатку.

Прошу, зателефонуйте: 0157 8821 3304.
Сергій Мороз""", attach=["Schreiben_Gerichtsvollzieher.pdf"], date="2026-03-11 07:52"),

T("uk", 0, "reply", "Alina Rudenko <alina.rudenko@example.net>", "AW: Mietschuldenfreiheitsbescheinigung / Unterlagen",
"""Добрий день, надсилаю Mietschuldenfreiheitsbescheinigung від попереднього Vermieter і довідку з Jobcenter. Вибачте, що так довго — чекала на підпис.
Аліна Руденко

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 2. Februar 2026 11:05
An: alina.rudenko@example.net
Betreff: Mietschuldenfreiheitsbescheinigung / Unterlagen

Sehr geehrte Frau Rudenko,

damit wir Ihre Bewerbung an den Vermieter in Moitzfeld weiterleiten können, benötigen wir noch die Mietschuldenfreiheitsbescheinigung und den aktuellen Bescheid des Jobcenters.

Freundliche Grüße
Auszugsmanagement""", attach=["MSFB_Rudenko.pdf", "Jobcenter_Bescheid.pdf"], date="2026-02-12 16:40"),

T("uk", 0, "clean", "Yurii Shevchuk <yurii.shevchuk@example.org>", "Сертифікат Wohnungsführerschein",
"""Добрий день! Я пройшов усі три заняття воркшопу в січні (група по середах), але сертифікат так і не отримав. Чи можна надіслати його в PDF? Орендодавець просить копію.
Юрій Шевчук"""),

T("uk", 0, "on_behalf", "Bohdan Hryhorenko <b.hryhorenko@example.com>", "Родина Поліщук — пошук житла",
"""Доброго дня!

Я волонтер і вже рік супроводжую родину Поліщук (мама Ганна і троє дітей, 5, 9 і 14 років), яка живе в Unterkunft у Moitzfeld. Ганна погано пише німецькою, тому я пишу замість неї, з її згоди.

Вони вже рік шукають квартиру на 4 особи, надіслали понад 60 заявок. Чи можна записати їх до вашої програми і отримати консультацію? Я можу прийти разом із Ганною як перекладач. Найкраще нам підходить вівторок або четвер після обіду.

З повагою,
Богдан Григоренко
Ehrenamtlicher Pate""", cc="Hanna Polishchuk <hanna.polishchuk@example.net>"),

T("uk", 0, "oneliner", "Natalia K. <nata.k1987@example.net>", "",
"""шукаю квартиру 3 особи Бергіш Гладбах, Jobcenter платить. можна допомогу?"""),

T("uk", 0, "clean", "Maksym Oliinyk <maksym.oliinyk@example.org>", "Чи підходить квартира під Jobcenter?",
"""Добрий день,

знайшов квартиру в Heidkamp: 3 кімнати, 68 м², Kaltmiete 690 €, Nebenkosten 180 €, Heizkosten 95 €. Нас 3 особи (я, дружина, донька). Чи вкладається це в Angemessenheitsgrenze Jobcenter для Bergisch Gladbach? Не хочу підписувати, а потім доплачувати різницю сам.

Орендодавець дав час до понеділка. Mietangebot додаю.

Дякую,
Максим Олійник""", attach=["Mietangebot_Heidkamp.pdf"]),

L("uk", 0, "clean", "Roman Kovalchuk <r.kovalchuk@immo-verwaltung.example.com>", "Проблема з орендарем — Refrath, кв. 4",
"""Добрий день,

пишу як представник власника квартири в Refrath (2-й поверх, кв. 4), куди у вересні через вашу програму заселилась родина Z. Загалом усе нормально, але вже втретє орендар не пускає майстра для перевірки газового котла (Wartung), хоча ми заздалегідь повідомляли письмово. Термін перевірки — до кінця місяця, інакше у власника будуть проблеми зі страховкою.

Чи можете ви поговорити з родиною? Можливо, є мовний бар'єр.

З повагою,
Роман Ковальчук
Immobilienverwaltung""", charset="windows-1251"),

L("uk", 0, "mixed_language", "Olena Schäfer <familie.schaefer@example.net>", "Einliegerwohnung — питання",
"""Вітаю!

У нас з чоловіком (він німець) будинок у Herkenrath, внизу є окрема Einliegerwohnung (1 кімната, кухня, душ, 35 м²). Ми думаємо здати її людині з вашої програми, але чоловік трохи хвилюється.

Питання: що буде, якщо орендар перестане платити або з'їде, не заплативши? Чи є якась гарантія від міста? І чи можна укласти договір на обмежений строк (befristet)?

Mein Mann liest mit — wir können auch auf Deutsch telefonieren.

Дякуємо,
Олена Шефер"""),

I("uk", 0, "formal", "Українська громада Бергіш-Гладбах e.V. <kontakt@ua-gromada-gl.example.org>", "Запрошення на зустріч громади 19 квітня",
"""Шановна командо Integration Wohnen!

Українська громада Бергіш-Гладбаха щомісяця проводить зустрічі для українців міста. Наступна зустріч відбудеться 19 квітня о 16:00 у приміщенні парафії в Bensberg.

Багато людей питають про житло, тому ми хотіли б запросити когось із вашої команди, щоб розповісти про програму та воркшопи. Переклад забезпечимо.

Будемо вдячні за відповідь.

З повагою,
Правління""", html="alt"),

I("uk", 0, "hard_case", "Viktoriia Pavlenko <viktoriia.pavlenko@example.com>", "Schulanmeldung для сина",
"""Добрий день. Ми переїхали в нову квартиру в Schildgen (дякую вам ще раз!). Тепер сину треба перейти в іншу школу ближче до дому. До кого звертатися в місті — Schulamt? Чи можете дати контакт? Дякую, Вікторія"""),

S("uk", 0, "html_only", "Sparkasse KölnBonn <sicherheit@sparkasse-kundenservice.example.com>", "Ваш рахунок тимчасово заблоковано",
"""Шановний клієнте,

через підозрілу активність ваш онлайн-банкінг тимчасово заблоковано. Щоб уникнути остаточного блокування, підтвердьте свої дані протягом 24 годин за посиланням:

https://sparkasse-verifizierung.example.com/ua/login

Після підтвердження доступ буде відновлено автоматично.

З повагою,
Служба безпеки Sparkasse""", html="only"),

A("uk", 0, "other", "Новини Ukraine-Hilfe NRW <newsletter@ukraine-hilfe-nrw.example.org>", "Розсилка №14: нові правила Jobcenter, курси, події березня",
"""Вітаємо!

У цьому випуску:
• Що змінюється для отримувачів Bürgergeld з 1 квітня
• Безкоштовні курси німецької B2 у Köln та Leverkusen
• Юридична консультація онлайн щочетверга
• Події березня: ярмарок вакансій, дитячий фестиваль

Детальніше читайте на нашому сайті: https://ukraine-hilfe-nrw.example.org/news/14

Ви отримали цей лист, тому що підписалися на розсилку.
Відписатися: https://ukraine-hilfe-nrw.example.org/unsubscribe?u=8812""",
  headers={"List-Unsubscribe": "<https://ukraine-hilfe-nrw.example.org/unsubscribe?u=8812>",
           "List-Id": "Newsletter Ukraine-Hilfe NRW <news.ukraine-hilfe-nrw.example.org>",
           "Precedence": "bulk"}, html="alt", date="2026-03-02 06:00"),

# ---------------- Russian ----------------
T("ru", 0, "mixed_language", "Dmitri Sokolov <d.sokolov@example.net>", "1-Zimmer Wohnung suche",
"""Здравствуйте. Я из Днепра, живу в Heim в Paffrath один, работаю Teilzeit на Lager. Ищу 1-комнатную квартиру или WG-Zimmer. Ich spreche ein bisschen Deutsch, но писать трудно. Могу прийти на Termin в любой день после 15 часов. Спасибо. Дмитрий"""),

T("ru", 0, "forward", "Elena Grigorieva <elena.grigorieva@example.com>", "WG: Wohnung Bensberg — это не мошенники?",
"""Добрый день,

пересылаю письмо, которое мне пришло после того, как я откликнулась на объявление на Kleinanzeigen. Квартира очень дешёвая, и хозяин просит сначала перевести Kaution, а ключи пришлёт почтой. Мне кажется это странно. Скажите, пожалуйста, это обман? Я уже два месяца ищу квартиру для себя и дочки и боюсь упустить шанс.

Елена

-------- Weitergeleitete Nachricht --------
Betreff: Re: Ihre Anfrage 2-Zimmer Bensberg
Datum: 19.01.2026 22:41
Von: Jonathan Miller <j.miller.rent@example.com>
An: elena.grigorieva@example.com

Hello dear,
the flat is still available. I am working in Scotland now. Please send the deposit of 800 EUR via Western Union and I will send keys and contract by DHL.
Best regards Jonathan""", date="2026-01-20 08:15"),

T("ru", 0, "clean", "Ольга Ким <olga.kim@example.org>", "Регистрация на Workshop Wohnen",
"""Здравствуйте!

Хотела бы записать на ближайший воркшоп «Wohnungsführerschein» себя, мужа (Руслан Ким) и нашего старшего сына (19 лет), он тоже будет искать жильё. Можно ли на русском или с переводчиком? Если нет, муж немного понимает немецкий.

Наш адрес: Unterkunft Herkenrath, комната 7.

С уважением, Ольга Ким""", charset="koi8-r"),

T("ru", 0, "broken", "Aslan Dudaev <aslan.dudaev@example.net>", "WBS вопрос",
"""Добрый день. Мне сказали что без WBS квартиру от Genossenschaft не дадут. Я подал Antrag в октябре ответа нет. Можете узнать что с моим заявлением или куда звонить? Семья 5 человек, живём в Heim в Hand. Аслан"""),

L("ru", 0, "formal", "Immobilien Vostrikov <info@vostrikov-immobilien.example.com>", "Предложение: 3 квартиры Bensberg / Moitzfeld",
"""Добрый день,

меня зовут Павел Востриков, я маклер (§34c GewO) в Bergisch Gladbach. У меня в работе три квартиры, собственники которых не против арендаторов с оплатой через Jobcenter:

— Bensberg, 2 комнаты, 58 м², 640 € kalt
— Bensberg, 4 комнаты, 92 м², 980 € kalt
— Moitzfeld, 3 комнаты, 75 м², 810 € kalt

Provision платит собственник (Bestellerprinzip), для арендаторов бесплатно. Готов прислать экспозе и согласовать просмотры. Подскажите, как вам удобнее получать предложения — по почте или есть какой-то формуляр?

С уважением,
Павел Востриков
Vostrikov Immobilien
Tel. 02202 93 11 40""", attach=["Expose_Bensberg_2Zi.pdf"]),

L("ru", 0, "clean", "Виктор Шмидт <viktor.schmidt@example.org>", "Mietausfallgarantie?",
"""Здравствуйте. У меня двухкомнатная квартира в Refrath, прежние жильцы съехали. Прежде чем решить, сдавать ли через вашу программу, хочу узнать: есть ли у города Mietausfallgarantie или какой-то фонд на случай ремонта после выезда? Если нет — наверное, не буду. Заранее спасибо. В. Шмидт""", charset="windows-1251"),

I("ru", 0, "clean", "Людмила Беккер <l.becker59@example.com>", "Жалоба — общежитие на нашей улице",
"""Здравствуйте,

я живу в Paffrath, напротив общежития для беженцев. Уже несколько недель мусор не вывозят вовремя, контейнеры переполнены, пакеты лежат на тротуаре, появились крысы. Кроме того, по ночам во дворе громко играет музыка до 2–3 часов.

Я ничего не имею против людей, которые там живут, сама когда-то приехала в Германию с одним чемоданом. Но так продолжаться не может. Куда мне обратиться, если это не ваш отдел?

Людмила Беккер"""),

S("ru", 0, "other", "DHL Express <noreply@dhl-paketinfo.example.net>", "Ваша посылка задержана на таможне",
"""Уважаемый получатель!

Ваша посылка № JJD0002249871 задержана на таможенном складе. Для продолжения доставки необходимо оплатить таможенный сбор 1,99 EUR.

Оплатить: http://dhl-zoll-zahlung.example.net/ru/?n=JJD0002249871

Если оплата не поступит в течение 48 часов, посылка будет возвращена отправителю.

С уважением, DHL Express Germany""", charset="windows-1251", html="alt"),
]
