"""east3 batch 04: Russian-speaking landlords: short follow-ups after a first contact and a few new offers."""
from mailwriter import L

MAILS = [
L("ru", 0, "reply", "Galina Reiswich <g.reiswich@example.org>", "AW: Besichtigung Wohnung Bensberg, Sa 10:00",
"""Добрый день,

субботу в 10 подтверждаю. Меня самой не будет, ключ у соседки снизу, фрау Клаус, она покажет. Пусть позвонят в её звонок (EG links).

С уважением
Г. Райсвих

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 9. September 2025 14:03
An: g.reiswich@example.org
Betreff: Besichtigung Wohnung Bensberg, Sa 10:00

Sehr geehrte Frau Reiswich,
Familie Amiri würde die Wohnung gern am Samstag um 10:00 Uhr besichtigen. Passt Ihnen das?
Mit freundlichen Grüßen
Integration Wohnen""", headers={"In-Reply-To": "<5c1d88.iw@stadt-gl.de>"}, date="2025-09-09 19:22"),

L("ru", 0, "phone", "Valerij Gerber <valera.gerber@example.net>", "перенос",
"""Здравствуйте во вторник не получится я на гартене, у нас там в Kleingarten трубу прорвало. давайте в четверг после 18 или в пятницу с утра. Передайте семье пожалуйста, номер у них мой есть
Валерий"""),

L("ru", 0, "clean", "Tatjana Seibel <t.seibel@example.com>", "Договор подписан – скан",
"""Здравствуйте, Анна!

Вчера подписали с господином Хабибом Mietvertrag, скан во вложении. Übergabe 1 апреля в 10 утра, я ему сказала. Первая оплата – пропорционально, с 1-го числа.

Спасибо вам большое за помощь, всё прошло быстрее, чем я думала.

Татьяна Зайбель""", attach=["Mietvertrag_Habib_Scan.pdf"]),

L("ru", 0, "clean", "Peter Unruh <peter.unruh@example.org>", "Ключи для семьи Nazari",
"""Добрый день.

Сообщаю, что семья Назари может забрать ключи в пятницу с 9 до 12 у меня в офисе (Hauptstrasse, 2 этаж, вывеска "Unruh Steuerberatung"). Паспорт взять с собой, я сделаю копию для Hausverwaltung.

Квартиру уже покрасили, плита подключена. Счётчики запишем в понедельник на месте.

П. Унру""", charset="koi8-r", enc="8bit"),

L("ru", 0, "broken", "Viktor <viktor.schellenberg@example.net>", "Jobcenter ???",
"""Zdravstvuite, uzhe est Mietübernahmebescheinigung ot Jobcenter dlya Frau Tesfaye? Ya derzhu kvartiru uzhe vtoruyu nedelyu, mne zvonyat drugie lyudi kazhdyj den. Esli do pyatnicy ne budet bumagi, ya ne znayu chto delat.
Viktor Schellenberg
0176 5530 7712"""),

L("ru", 0, "clean", "Lidia Fast <lidia.fast@example.com>", "Жильцы шумят по ночам – прошу помочь",
"""Здравствуйте,

пишу по поводу семьи, которая в январе въехала в мою квартиру в Паффрате через вашу программу. Я сама живу в этом же доме, этажом выше.

Почти каждую ночь после полуночи у них громкие ссоры, кричат, что-то падает. Соседи уже дважды жаловались в Hausverwaltung, один раз приезжала полиция. Я не хочу сразу писать Abmahnung, люди в целом хорошие, за квартиру платят вовремя, детей жалко. Но я боюсь, что меня саму начнут обвинять соседи.

Можете ли вы с ними поговорить? Может быть, им нужна какая-то помощь (консультация, не знаю). Мне неудобно самой в это лезть.

С уважением,
Лидия Фаст"""),

L("ru", 0, "clean", "Andreas Penner <a.penner@immo-penner.example.com>", "Аренда за 2 месяца не поступила – Herr Ahmadzai",
"""Добрый день,

у меня проблема с жильцом, которого вы мне порекомендовали в прошлом году, г-ном Ахмадзаем (квартира в Herkenrath, 2 комнаты).

С октября он работает на стройке, и, как я понял, Jobcenter перестал платить аренду напрямую. Но сам он мне за октябрь и ноябрь не заплатил ничего, на сообщения отвечает «скоро, скоро». Всего 1 340 € долга.

Я понимаю, что у человека переходный период, но ждать бесконечно не могу. Прошу вас связаться с ним и объяснить, что теперь он сам должен переводить мне деньги, лучше через Dauerauftrag. Если до 15 декабря ничего не изменится, мне придётся передать дело адвокату.

С уважением
Андреас Пеннер"""),

L("ru", 0, "formal", "Elena Hildebrandt <e.hildebrandt@example.net>", "Гарантия по залогу – действует ли ещё?",
"""Уважаемые дамы и господа,

в марте 2024 года я сдала квартиру в Бенсберге семье Кадыровых через вашу программу. При заключении договора мне было сказано, что город даёт гарантию на Kaution и на возможный ущерб.

Семья сообщила, что съезжает в конце следующего месяца (переезжают к родственникам в Гамбург). Прошу сообщить:

1. Действует ли гарантия после 14 месяцев аренды?
2. В какие сроки я должна заявить об ущербе, если он будет обнаружен при сдаче квартиры?
3. Нужен ли для этого отдельный бланк?

Заранее благодарю за ответ.

С уважением
Елена Хильдебрандт""", charset="windows-1251", enc="quoted-printable"),

L("ru", 0, "oneliner", "Oleg Derksen <oleg.derksen@example.com>", "фото квартиры в Moitzfeld",
"""Как обещал – фото во вложении. Ванну поменяем до въезда.""", attach=["Moitzfeld_Wohnzimmer.jpg", "Moitzfeld_Bad.jpg", "Moitzfeld_Kueche.jpg", "Moitzfeld_Balkon.jpg"]),

L("ru", 0, "phone", "Nina Wall <nina.wall59@example.net>", "Re: Wohnung Refrath",
"""Добрый вечер семья решила или нет? Если в понедельник не будет ответа отдам другим, у меня очередь. Не обижайтесь просто жду уже 10 дней
Нина

Отправлено с iPhone"""),

L("ru", 0, "mixed_language", "Monteurwohnungen Dück <info@monteur-dueck.example.org>", "Monteurwohnung → долгосрочная аренда?",
"""Здравствуйте,

у меня в Schildgen две Monteurwohnungen (по 3 спальных места, кухня, душ, WLAN, мебель). Раньше сдавал фирмам посуточно, но с прошлого года заказов почти нет, стоят пустые.

Думаю сдать одну или обе надолго, но не знаю, как это с Jobcenter: мебель остаётся, Nebenkosten у меня pauschal (включая интернет и электричество). Jobcenter такое примет? Или надо делать обычный Mietvertrag с отдельными Nebenkosten?

Сколько семья может платить – 2 взрослых + 1 ребёнок?

Mit freundlichen Grüßen
Эрвин Дюк
Monteurwohnungen Dück, Schildgen
0172 9087 3341"""),

L("ru", 0, "clean", "Dmitrij und Julia Koch <koch.dj@example.com>", "Сдаём квартиру на 10 месяцев (Zwischenmiete), с мебелью",
"""Добрый день,

мы с мужем уезжаем по работе в Сингапур с сентября по июнь включительно и хотим сдать на это время нашу квартиру в Gronau. Продавать или сдавать надолго не хотим, потому что вернёмся.

– 2 комнаты, 58 м², 3-й этаж с лифтом
– полностью с мебелью, посудой, стиральной машиной
– 690 € всё включено (тёплая, с электричеством и интернетом)
– срок: 01.09. – 30.06., договор Zwischenmiete

Понимаем, что 10 месяцев – это немного. Но может быть, кому-то это поможет выехать из общежития, пока ищут постоянное жильё? Нам важно, чтобы жильцы были аккуратные, некурящие. Можно женщину с ребёнком или пару.

Будем рады ответу до конца июля.
Юлия и Дмитрий Кох""", html="alt"),

L("ru", 0, "html_only", "Hausverwaltung Bastian | Irina Lutz <i.lutz@hv-bastian.example.net>", "Свободная квартира в Гронау: 2 комнаты, без порогов",
"""Уважаемые коллеги,

меня зовут Ирина Лутц, я работаю в Hausverwaltung Bastian и отвечаю за сдачу в аренду. Пишу по-русски, потому что на сайте вашей программы видела, что у вас есть русскоязычные семьи.

Свободна с 15.02.:
• Bergisch Gladbach-Gronau, 2 комнаты, 54 м², первый этаж
• Вход без ступенек, широкие двери, душ без поддона (barrierearm)
• Kaltmiete 590 €, Nebenkosten 170 €, отопление центральное
• Wohnberechtigungsschein обязателен (öffentlich gefördert)

Владелец особенно хотел бы сдать пожилой паре или человеку с ограниченной подвижностью. Если у вас есть подходящие кандидаты с WBS, пришлите, пожалуйста, краткую информацию, мы организуем просмотр.

С уважением
Ирина Лутц
Hausverwaltung Bastian
Tel. 02202 4418 25""", html="only"),

L("ru", 0, "forward", "Alexander Rempel <alex.rempel@example.org>", "WG: Ihre Anzeige: 3-Zimmer-Wohnung in Hand",
"""Здравствуйте,

пересылаю своё объявление с ImmoScout. Желающих много, но в основном все хотят смотреть и пропадают. Коллега сказал, что вы подбираете людей из общежитий, которые реально ищут. Если подойдёт вашим – пишите, сниму объявление на неделю.

Александр Ремпель

-------- Original-Nachricht --------
Betreff: Ihre Anzeige: 3-Zimmer-Wohnung in Hand
Datum: 03.02.2025 08:00
Von: ImmoScout Anzeigen-Service <anzeigen@immo-portal.example.com>
An: alex.rempel@example.org

Ihre Anzeige ist online:

3-Zimmer-Wohnung mit Balkon in Bergisch Gladbach-Hand
Wohnfläche: 71 m² | Zimmer: 3 | Etage: 1. OG
Kaltmiete: 680 € | Nebenkosten: 190 € | Heizkosten: 90 €
Kaution: 2 Kaltmieten
Frei ab: 01.03.2025
Haustiere: nach Vereinbarung

Ihr ImmoScout Team""", date="2025-02-03 18:44"),
]
