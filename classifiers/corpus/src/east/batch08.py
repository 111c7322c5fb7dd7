# batch08: more Russian-writing tenants (translit, caseworkers, forwards, replies)
from mailwriter import M

MAILS = [
M("tenant_request", "ru", 0, "on_behalf", "Caritas Migrationsdienst <m.fuchs@caritas.example.org>",
  "Klient Herr Nazarenko – Wohnungssuche / поиск жилья",
  """Здравствуйте!

Я социальный работник Caritas, консультирую на русском языке. Мой клиент, господин Назаренко Геннадий (61 год), живёт в Unterkunft Stadtmitte. У него диабет и проблемы с ногами, общий душ в подвале ему очень трудно использовать.
Он получает Grundsicherung im Alter. Ищем однокомнатную квартиру с лифтом или на первом этаже, до 520 € тёплая.

Согласие на обмен данными есть. Можете ли вы взять его в программу?

С уважением
Мария Фукс
Caritas Migrationsdienst Rhein-Berg
02202 93310""", footer="""Caritasverband (fiktiv) · Datenschutzhinweis: Diese Nachricht enthält personenbezogene Daten und ist nur für den genannten Empfänger bestimmt."""),

M("tenant_request", "ru", 0, "broken", "Artem <artem.bondar88@example.net>", "kvartira v Gronau",
  """Zdravstvuite, ya nashel kvartiru v Gronau, 2 komnaty, 690 teplaya. Vermieter soglasen no prosit Mieterselbstauskunft. chto eto i kak zapolnyat? pomogite pozhaluista. Artem Bondar"""),

M("tenant_request", "ru", 0, "clean", "Людмила Чернова <lyudmila.chernova@example.com>",
  "Куда делась моя заявка?",
  """Добрый день!

В марте я заполнила анкету на вашу программу в Unterkunft Hebborn (с помощью социальной работницы). С тех пор никто не звонил. Может, анкета потерялась? Я очень жду, живём вчетвером в одной комнате.

Людмила Чернова
0176 23457402"""),

M("tenant_request", "ru", 1, "clean", "Дарья Мельникова <darya.melnikova@example.net>",
  "Выселение из Unterkunft – завтра",
  """Здравствуйте!

Мне сегодня вручили письмо, что завтра в 10:00 я должна освободить комнату в Unterkunft Moitzfeld и переехать в другую Unterkunft в Herkenrath. Но у меня сын ходит в школу в Moitzfeld, а я работаю там же рядом, без машины я не успею.
Я понимаю, что не могу выбирать, но можно ли хотя бы отложить на неделю? Или помочь быстрее найти квартиру в этом районе?

Дарья Мельникова"""),

M("tenant_request", "ru", 0, "oneliner", "Andrei K. <andrei.kolesnik@example.org>", "Re: Besichtigung",
  """Спасибо, всё понятно, завтра в 16:00 буду."""),

M("tenant_request", "ru", 0, "forward", "Оксана Гриценко <oksana.gritsenko@example.com>",
  "Fwd: Absage Ihrer Bewerbung",
  """Здравствуйте! Вот опять отказ. Они пишут, что выбрали других. Это уже 12-й. Может, у меня что-то не так с документами? Посмотрите, пожалуйста.
Оксана

-------- Weitergeleitete Nachricht --------
Betreff: Absage Ihrer Bewerbung
Datum: Fri, 24 Oct 2025 08:40:12 +0200
Von: Vermietung <vermietung@wohnbau.example.com>
An: oksana.gritsenko@example.com

Sehr geehrte Frau Gritsenko,
vielen Dank für Ihr Interesse an der Wohnung in Bergisch Gladbach-Refrath. Leider haben wir uns für andere Mietinteressenten entschieden.
Mit freundlichen Grüßen
Ihre Wohnbau-Vermietung""", date="2025-10-24 12:19"),

M("tenant_request", "ru", 0, "clean", "Геннадий Попов <gennadiy.popov@example.net>",
  "Можно ли взять с собой кошку?",
  """Добрый день.
Мы нашли квартиру в Hand, но в договоре написано «Tierhaltung nur mit Zustimmung». У нас кошка, которую мы привезли из Николаева. Хозяин сказал, что подумает. Как лучше с ним поговорить? Не хочу потерять квартиру из-за кошки, но и оставить её не могу.
Геннадий Попов"""),

M("tenant_request", "ru", 0, "mixed_language", "Elena Fomenko <elena.fomenko@example.com>",
  "Wohnungsgeberbestätigung fehlt",
  """Hallo!
я переехала в новую квартиру в Schildgen 1 мая, но Vermieter до сих пор не дал Wohnungsgeberbestätigung. Без неё Bürgerbüro не делает Ummeldung, а Jobcenter без Ummeldung не платит Miete. Vermieter не отвечает на телефон. Was kann ich tun?
Elena Fomenko"""),

M("tenant_request", "ru", 0, "clean", "Светлана Кравец <svetlana.kravets@example.org>",
  "Сертификат Wohnworkshop на русском?",
  """Здравствуйте!
Я прошла Wohnworkshop в ноябре. Сертификат только на немецком — это нормально? Хочу показать его арендодателю-украинцу, который плохо читает по-немецки. Есть ли версия на русском или украинском?
Светлана Кравец"""),

M("tenant_request", "ru", 0, "html_only", "Александра Ветрова <alexandra.vetrova@example.net>",
  "Запрос на консультацию",
  """Здравствуйте!

Прошу записать меня на консультацию по поиску жилья. Я живу в Unterkunft в Refrath с мужем и дочерью (1 год). Муж работает водителем, я в декрете.
Удобное время: понедельник или среда до обеда.

С уважением,
Александра Ветрова
0171 23450707""", fmt="html", flavour="outlook"),

M("tenant_request", "ru", 0, "broken", "Nina S. <nina.sergeeva@example.com>", "ZDRAVSTVUITE",
  """zdravstvuite. mne 67 let, ya odna, zhivu v Unterkunft Katterbach. moya doch v Ukraine. ishchu malenkuyu kvartiru. nemetskii ne znayu. kto mozhet pomoch po-russki? Nina Sergeeva"""),

M("tenant_request", "ru", 0, "clean", "Руслан Ахмедов <ruslan.akhmedov@example.org>",
  "Дом для большой семьи",
  """Здравствуйте!
Нас 7 человек: я, жена и пятеро детей (от 1 до 15 лет). Квартиры на 7 человек почти не бывает. Мы согласны и на дом в пригороде, и на две квартиры рядом. Jobcenter говорит, что максимум для нас около 1 500 € тёплая.
Пожалуйста, если у вас есть знакомые арендодатели больших квартир — мы очень ждём.
Руслан Ахмедов"""),

M("tenant_request", "ru", 1, "broken", "Valentina P. <valentina.p@example.net>", "pomogite srochno",
  """zdravstvuite. nas s mamoi vygnal hozyain kvartiry segodnya, pomenyal zamok poka nas ne bylo doma. vse veshi vnutri. my seichas na vokzale Bergisch Gladbach. mama bolnaya. chto delat? 0160 23455599 Valentina"""),

M("tenant_request", "ru", 0, "reply", "Игорь Лысенко <igor.lysenko@example.com>",
  "Re: AW: Wohnung Lückerath",
  """Добрый день, фрау Кох,
Jobcenter прислал Zusicherung, прикладываю. Теперь можем подписать договор? Хозяин ждёт вашего звонка.
Игорь

> Sehr geehrter Herr Lysenko,
> sobald die Zusicherung des Jobcenters vorliegt, schicken Sie sie uns bitte zu. Wir informieren dann den Vermieter.
> Mit freundlichen Grüßen
> A. Koch""", attach=["Zusicherung_Jobcenter.pdf"]),

M("tenant_request", "ru", 0, "clean", "Наталья Ерёменко <natalya.eremenko@example.net>",
  "Ищу квартиру рядом с работой",
  """Добрый день.
Я работаю в больнице в Bensberg (Pflegehelferin), смены начинаются в 6 утра. Сейчас живу в Unterkunft в Paffrath, автобус в это время не ходит, приходится ходить пешком 50 минут. Ищу квартиру в Bensberg или Moitzfeld, 1–2 комнаты, могу платить до 700 € тёплая без Jobcenter.
Наталья Ерёменко"""),

M("tenant_request", "ru", 0, "oneliner", "Vasily <vasily.m@example.org>", None,
  """Когда следующий курс по квартирам? Василий"""),

M("tenant_request", "ru", 0, "clean", "Марина Гуляева <marina.gulyaeva@example.com>",
  "Просьба о письме для хозяина",
  """Здравствуйте!
Хозяин квартиры в Romaney хочет «Bestätigung», что я участвую в программе Auszugsmanagement, прежде чем подписать договор. Можете ли вы выдать такое письмо? Мои данные: Гуляева Марина, дата рождения 03.04.1990, Unterkunft Romaney.
Спасибо!
Марина"""),

M("tenant_request", "ru", 0, "machine_translated", "Евгения Соловьёва <evgenia.soloveva@example.net>",
  "Касательно помощи жилищной",
  """Уважаемый персонал,

Я обращаюсь к вам в связи с тем, что в настоящее время я нахожусь в поиске жилой площади для меня и моей дочери. Мы пребываем в общем жилье, и условия являются не подходящими для ребёнка школьного возраста.
Прошу сообщить мне о возможности получения консультации и о перечне документов, требуемых для участия.

С глубоким уважением,
Евгения Соловьёва"""),

M("tenant_request", "ru", 0, "clean", "Константин Руденко <konstantin.rudenko@example.org>",
  "Хочу снимать вместе с другом",
  """Привет!
Мы два парня, 25 и 27 лет, оба работаем. Хотим снимать вдвоём 2-комнатную квартиру как WG. Нас обоих устроит Refrath или Gronau, до 900 € тёплая на двоих. Можно ли участвовать в вашей программе вдвоём?
Костя"""),

M("tenant_request", "ru", 0, "hard_case", "Тимур Каримов <timur.karimov@example.net>",
  "Мой арендодатель против – помогите объяснить",
  """Здравствуйте!
Я живу в квартире, которую вы помогли найти. Теперь у нас родился второй ребёнок, и Vermieter говорит, что 4 человека на 55 м² — это «Überbelegung», и хочет расторгнуть договор. Разве он имеет право? Мы не хотим съезжать, другой квартиры нет.
Тимур Каримов"""),

M("tenant_request", "ru", 0, "clean", "Екатерина Луговая <ekaterina.lugovaya@example.com>",
  "Возврат залога (Kaution)",
  """Добрый день!
Мы переехали из квартиры в Heidkamp в другую, больше, уже 5 месяцев назад. Старый хозяин до сих пор не вернул Kaution (1 200 €), говорит, ждёт Nebenkostenabrechnung. Jobcenter хочет, чтобы мы вернули им Darlehen. Что делать?
Екатерина Луговая"""),

M("tenant_request", "ru", 1, "on_behalf", "Галина Шмидт <galina.schmidt@example.org>",
  "Срочно: семья Ковальчук после пожара",
  """Добрый вечер!

Я соседка семьи Ковальчук (мать и трое детей). Сегодня днём в их квартире в Bensberg был пожар на кухне, квартира сейчас закрыта пожарными, жить там нельзя. Сегодня они ночуют у меня, но у меня однокомнатная квартира.
Мама, Леся Ковальчук, почти не говорит по-немецки. Её телефон сгорел, звоните мне: 0171 23452121.

Галина Шмидт"""),

M("tenant_request", "ru", 0, "clean", "Анатолий Мороз <anatoliy.moroz@example.net>",
  "Страховка для квартиры – нужна ли?",
  """Добрый день.
Хозяин новой квартиры требует Haftpflichtversicherung. Нужна ли она обязательно и может ли Jobcenter её оплатить? Мы переезжаем через две недели.
Анатолий Мороз"""),

M("tenant_request", "ru", 0, "phone", "Svetlana <sveta.bondarenko@example.com>", "Перезвоните",
  """Добрый день, вы мне звонили вчера, я не успела ответить. Это по поводу квартиры? 0157 23458877 Светлана Бондаренко"""),

M("tenant_request", "ru", 0, "clean", "Эльмира Гасанова <elmira.gasanova@example.org>",
  "Документы для WBS",
  """Здравствуйте!
Я собираю документы для Wohnberechtigungsschein. У меня нет справки о доходах за последние 12 месяцев, потому что я начала работать только 3 месяца назад, до этого был Jobcenter. Что подавать в таком случае?
Эльмира Гасанова"""),

M("tenant_request", "ru", 0, "broken", "Mikhail <mikhail.tsyganov@example.net>", "Wohnung bitte",
  """Guten tag. ich suche wohnung. дальше по-русски, извините. Я с женой, детей нет, оба работаем (я на стройке, жена в гостинице). Ищем 2 комнаты до 800 тёплая. Хозяева не отвечают, наверно из-за имени. Михаил Цыганов"""),

M("tenant_request", "ru", 0, "clean", "Ольга Дьяченко <olga.dyachenko@example.com>",
  "Спасибо и вопрос",
  """Здравствуйте!
Хочу сказать огромное спасибо за Wohnworkshop на прошлой неделе, было очень полезно. У меня остался вопрос: вы говорили, что можно получить список арендодателей, которые готовы сдавать нашим людям. Где его взять?
Ольга Дьяченко"""),
]
