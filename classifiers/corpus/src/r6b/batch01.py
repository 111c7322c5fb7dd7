"""r6b batch 01: Russian landlord_offer (migrant landlords, a Hausverwaltung, an employer, a room in the own
house, many short follow-ups after the team proposed a family; some transliterated) and three Russian inquiries."""
from mailwriter import L, I

MAILS = [
L("ru", 0, "clean", "Waldemar Reiswich <w.reiswich@example.net>", "Квартира в Рефрате",
"""Здравствуйте,

я приехал из Казахстана 25 лет назад, сам жил первые полгода в общежитии, так что знаю, как это. Сейчас у меня две квартиры в Бергиш-Гладбахе, одна из них (Refrath, 3 комнаты, 71 м², 2 этаж) освобождается с 1 июня, жильцы уезжают в Дюссельдорф.

Готов сдать семье через вашу программу. Кальтмите 690, Nebenkosten примерно 210. Курящих не хочу, собака маленькая можно.

Позвоните мне вечером после шести: 0171 4408132.

Вальдемар Райсвих"""),

L("ru", 0, "oneliner", "Lidia Kessler <lidia.kessler56@example.com>", "осмотр",
"""Семья, которую вы предложили, может прийти в четверг в 17:00. Адрес они знают? Если нет, дайте им мой номер 0157 22904417. Лидия"""),

L("ru", 0, "phone", "Gennadij Bauer <g.bauer.gl@example.org>", "Besichtigung отменяется",
"""Добрый день, у нас ночью прорвало трубу в ванной, всё в воде, Handwerker будут до конца недели. Осмотр в субботу отменяю, извинитесь перед семьёй пожалуйста. Как высохнет напишу новую дату
Г. Бауэр"""),

L("ru", 0, "reply", "Lidia Kessler <lidia.kessler56@example.com>", "Re: Vorschlag Mietinteressenten – Familie Haidari",
"""Семья была сегодня, всё посмотрели, дети бегали по комнатам, им понравилось)) Мне они тоже понравились.
Что теперь дальше делать? Договор я могу подписать, но кто мне даст бумагу что Jobcenter платит?

Лидия Кесслер

Am 12.03.2026 um 09:41 schrieb Integration Wohnen:
> Sehr geehrte Frau Kessler,
> wie telefonisch besprochen schlagen wir Ihnen Familie Haidari (2 Erwachsene, 2 Kinder) vor.
> Die Familie meldet sich bei Ihnen wegen eines Besichtigungstermins.
> Mit freundlichen Grüßen""", date="2026-03-14 18:22"),

L("ru", 0, "oneliner", "Viktor Hamm <viktor.hamm@example.net>", "бумага",
"""Передайте пожалуйста господину Амини, чтобы в понедельник принёс письмо из Jobcenter, без него я договор не подпишу."""),

L("ru", 0, "phone", "Sergej Wolf <sergej.wolf.immo@example.com>", "Mietübernahmebescheinigung",
"""zdravstvujte. Mietübernahmebescheinigung dlja semji Yousef uzhe gotova? hochu podpisat dogovor do 1-go, inache mesjac propadaet, a kredit za kvartiru ja plachu kazhdyj mesjac. skazhite hotja by primerno kogda
Sergej"""),

L("ru", 0, "oneliner", "Gennadij Bauer <g.bauer.gl@example.org>", "Schlüssel",
"""Ключи готовы. Пусть ваша семья приходит в субботу с 10 до 12, передам ключи и покажу счётчики. Übergabeprotokoll я распечатаю."""),

L("ru", 0, "clean", "Olga Dück <olga.dueck@example.net>", "Nebenkostenabrechnung Ihres Mieters Herrn Tesfamariam",
"""Добрый день,

пришёл Nebenkostenabrechnung за 2025 год по квартире в Гронау, где живёт господин Тесфамариам (вы его нам в прошлом году нашли). Доплата 318,40 евро, в основном отопление.

Я ему отдала копию, он говорит, что должен платить Jobcenter, но не понимает, куда нести. Можете ему помочь? Мне важно, чтобы до конца апреля было оплачено.

Копию прикладываю.

С уважением
Ольга Дюк""", attach=["NK_Abrechnung_2025_Gronau.pdf"]),

L("ru", 0, "formal", "Andrej Neufeld <a.neufeld@hv-neufeld.example.com>", "Свободные квартиры, Heidkamp",
"""Уважаемые коллеги,

пишу Вам по-русски, так как в нашей Hausverwaltung я отвечаю за русскоязычных собственников. Один из наших собственников готов сдать три квартиры в доме в Хайдкампе (1 комн. 38 м², 2 комн. 54 м², 2 комн. 61 м²) людям из Вашей программы. Дом после ремонта фасада, лифта нет.

Просьба сообщить, как у Вас происходит передача кандидатов и нужна ли от нас какая-то форма. Кальтмите в рамках Angemessenheitsgrenze Jobcenter, это мы проверили.

С уважением
Андрей Нойфельд
Hausverwaltung Neufeld GmbH (fiktiv)
Tel. 02202 7719-30""", html="alt"),

L("ru", 0, "broken", "Eduard Schmidt <eduard.schmidt.bau@example.org>", "квартира для работника",
"""Здравствуйте. У меня маленькая строительная фирма в Моицфельде. Третий месяц работает у меня парень из Эритреи, Самуэль, хороший работник, живёт пока у вас в Heim. Над моей мастерской есть однокомнатная квартира 35 м², пустая.
Хочу ему сдать, но не знаю как правильно, он ведь получает ещё немного от Jobcenter. Можно с вами обсудить?
Эдуард Шмидт, 0162 5530918"""),

L("ru", 0, "clean", "Rosa Gerber <rosa.gerber@example.com>", "комната в моём доме",
"""Добрый день.
Я живу одна в доме в Херкенрате, мне 71 год, дети далеко. Наверху есть комната с отдельным душем, 16 кв.м, кухня общая со мной. Могу сдать женщине, можно с ребёнком. Мужчинам не сдаю, простите.
Мне важно, чтобы человек был спокойный и немного помогал по саду.
Роза Гербер""", charset="windows-1251"),

L("ru", 0, "hard_case", "Igor Fast <igor.fast@example.net>", "вопрос про гарантии",
"""Добрый вечер. Квартира у меня есть, но я ещё не решил. Вопрос: если жилец сломает что-то или не будет платить, город что-то гарантирует? Или только Kaution и всё? У знакомого был плохой опыт, поэтому спрашиваю заранее.
Игорь""", charset="koi8-r"),

L("ru", 0, "reply", "Viktor Hamm <viktor.hamm@example.net>", "AW: Ihr Mieter Herr Nouri",
"""Я уже говорил вашей коллеге по телефону: мусор опять стоит на лестнице, соседи пишут мне каждый день. Я не хочу его выселять, он нормальный парень, но вы можете с ним поговорить? По-немецки он меня не понимает, или делает вид.

В.Хамм

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen
Gesendet: Dienstag, 3. Februar 2026 11:05
Betreff: Ihr Mieter Herr Nouri
> Sehr geehrter Herr Hamm, vielen Dank für Ihren Anruf. Wir melden uns kurzfristig."""),

L("ru", 0, "mixed_language", "Natalia Friesen <n.friesen@example.org>", "Wohnung Bensberg frei ab 01.05.",
"""Zdravstvujte, u nas svobodna 2-Zimmer-Wohnung v Bensberge, 58 m², Balkon, 3. Etage. Kalt 560, NK 160. Mozhno semju s 1 rebenkom. Pokazat mozhem v ljuboj vecher. Natalia Friesen 0176 20418863"""),

L("ru", 0, "reply", "Waldemar Reiswich <w.reiswich@example.net>", "Re: Familie Sadiqi",
"""Хорошо, берём семью Садики. Только одно условие, как я говорил: не больше четырёх человек в квартире, если приедут ещё родственники жить, это не пойдёт. Передайте им это заранее, чтобы потом не было обид.
Договор готовлю на 1 июня.

Вальдемар

> Sehr geehrter Herr Reiswich, wir würden Ihnen gern Familie Sadiqi vorschlagen ..."""),

L("ru", 0, "clean", "Tatjana Lange <tatjana.lange@example.com>", "Квартира мамы в Паффрате",
"""Здравствуйте,

мама умерла в январе, мы с братом унаследовали её квартиру в Паффрате (2 комнаты, 49 м², 1 этаж, есть маленький сад). Мы оба живём в Гамбурге и продавать пока не хотим.

Мама сама в 1994 году приехала сюда с двумя чемоданами, поэтому мы подумали сдать её квартиру тем, кто сейчас в такой же ситуации. Как это работает у вас? Сможем ли мы приехать только один раз на подписание договора?

Татьяна Ланге"""),

L("ru", 0, "phone", "Lidia Kessler <lidia.kessler56@example.com>", "",
"""женщина с детьми сегодня не пришла на осмотр. ждала час на морозе. телефон не отвечает. она вообще ещё ищет? если нет предложите кого-нибудь другого пожалуйста"""),

L("ru", 0, "oneliner", "Sergej Wolf <sergej.wolf.immo@example.com>", "Kaution",
"""Для договора с семьёй Юсеф: Kaution 1650 евро, Jobcenter платит напрямую мне или через них? Номер счёта отправлю."""),

I("ru", 0, "clean", "Marina Koch <marina.koch.gl@example.net>", "куда ставить Anmeldung",
"""Добрый день, я в прошлом месяце переехала из Heim на Kempener Weg в свою квартиру в Шильдгене (спасибо вам ещё раз!). Подскажите, где мне теперь делать Ummeldung адреса, в Bürgerbüro в Бенсберге или в центре? И надо ли записываться или можно просто прийти?
Марина"""),

I("ru", 0, "formal", "Gemeinde Lebensquelle e.V. <gemeinde.lebensquelle@example.org>", "Приглашение на встречу общины",
"""Уважаемые сотрудники отдела интеграции,

наша русскоязычная христианская община (около 120 членов, многие из нас сами когда-то приехали как переселенцы) хотела бы пригласить кого-нибудь из Вас на наш вечер 18 апреля в 18:30. Многие наши члены сдают квартиры или имеют знакомых, которые могли бы сдать, но у них есть страх и вопросы.

Вы могли бы рассказать 20-30 минут о Вашей работе? Переводчика обеспечим.

С благословением
Пастор Иоганн Реймер
Gemeinde Lebensquelle e.V. (fiktiv), Bergisch Gladbach"""),

I("ru", 0, "phone", "Pavel Gorin <p.gorin@example.com>", "мебель",
"""здравствуйте, после ремонта остались диван, шкаф и стол с 4 стульями, всё в хорошем состоянии. можем отдать бесплатно кому-то кто переезжает из общежития. забрать надо самим, Хэнд. Павел 0151 66120457"""),
]
