"""r7b batch 01: Russian tenant_request (flat search, viewings, landlord demands, contracts, documents, keys,
replies to the team's proposal; two urgent) and four Russian spam mails."""
from mailwriter import T, S

MAILS = [
T("ru", 0, "oneliner", "Rustam Ergashev <rustam.ergashev88@example.net>", "квартира",
"""здравствуйте есть свободные квартиры? я один 1 человек, Jobcenter платит. Рустам"""),

T("ru", 0, "phone", "Nino Beridze <nino.beridze@example.com>", "Re: Besichtigung",
"""Добрый вечер!
были сегодня на Besichtigung в Refrath как вы сказали. хозяйка очень милая женщина, пожилая, угостила чаем)) квартира светлая 2 комнаты 3 этаж
НО она хочет чтобы мы сами покрасили все стены перед въездом и еще поменяли ковролин в спальне, говорит это наши расходы. это нормально в Германии? мы не против покрасить но ковролин это дорого наверное
муж говорит соглашаться пока не взяли другие
что посоветуете?
Нино

Отправлено с iPhone"""),

T("ru", 0, "forward", "Andrei Moldovan <a.moldovan.bgl@example.org>", "Fwd: 2-Zimmer-Wohnung in Gronau, ab sofort",
"""Здравствуйте, Frau Brückner,
нашел вот это объявление. Подходит ли по цене для Jobcenter? Я один, но ко мне иногда приезжает дочь на выходные. Можно ли мне 2 комнаты?
Я уже написал владельцу, он пока не ответил.

Андрей Молдован

-------- Пересылаемое сообщение --------
От: WohnRadar <benachrichtigung@wohnradar.example.com>
Дата: 14.01.2026, 07:32
Тема: 2-Zimmer-Wohnung in Gronau, ab sofort

Gepflegte 2-Zimmer-Wohnung, 49 m², 1. OG, Bergisch Gladbach-Gronau
Kaltmiete: 520 EUR
Nebenkosten: 140 EUR
Heizkosten: 75 EUR
Kaution: 3 Kaltmieten
Bad mit Wanne, Kellerabteil, keine Haustiere.
Bitte nur mit vollständiger Selbstauskunft melden.
"""),

T("ru", 0, "clean", "Tatjana Schewtschuk <t.schewtschuk@example.net>", "Проверить договор аренды, пожалуйста",
"""Уважаемая госпожа Линдквист,

как мы договаривались по телефону, прикладываю договор аренды, который нам прислала Hausverwaltung для квартиры в Paffrath. Подписать нужно до следующей пятницы.

Меня беспокоят два пункта:

§ 3 — там написано «Indexmiete», аренда будет меняться по индексу цен. Я правильно понимаю, что аренда может каждый год расти? И если она вырастет, Jobcenter будет доплачивать разницу или нет?

§ 12 — «Schönheitsreparaturen trägt der Mieter». Мне знакомые сказали, что такой пункт иногда недействителен, если квартира сдается без ремонта. Квартира у нас как раз не отремонтирована, на кухне пятна на стенах.

Посмотрите, пожалуйста, есть ли там еще что-то опасное. Мы очень хотим эту квартиру, но боимся подписать что-то не то.

С уважением,
Татьяна Шевчук
тел. 0157 38820417""", attach=["Mietvertrag_Paffrath.pdf"]),

T("ru", 0, "mixed_language", "Gulnara Ismailova <gulnara.ismailova@example.com>", "Genossenschaft Anteile wer zahlt?",
"""Здравствуйте!
Нам предложили квартиру в Genossenschaft, 3 Zimmer, 74 qm, в Hand. Очень хорошая квартира, аренда подходит под Jobcenter.
Но они хотят, чтобы мы стали Mitglied und kaufen Genossenschaftsanteile — 5 Anteile по 250 евро, всего 1250 евро, плюс Eintrittsgeld 50 евро. У нас таких денег нет.
Вопрос: Jobcenter может это оплатить как Kaution или как Darlehen? Кто-то нам говорил что да, кто-то что нет.
Und muss ich einen Antrag stellen vor dem Vertrag oder danach?
Спасибо большое,
Гульнара Исмаилова, 4 человека (я, муж, 2 детей 7 и 11)""", charset="windows-1251"),

T("ru", 0, "reply", "Vladimir Sokolov <vova.sokolov61@example.org>", "AW: Wohnungsangebot Bergisch Gladbach-Hand, 2 Zimmer",
"""Добрый день,

спасибо большое за предложение. Мы с женой посмотрели фотографии, квартира очень нравится. Но есть проблема: 3 этаж без лифта, а жена после операции на колене, ей очень тяжело подниматься по лестнице. Врач говорит, восстановление еще минимум полгода.

Если есть что-то на 1 этаже или с лифтом, мы бы очень хотели. Если нет, мы все равно пойдем смотреть эту, и будем решать.

С уважением,
Владимир и Людмила Соколовы

Am 03.02.2026 um 10:41 schrieb Integration Wohnen:
> Sehr geehrter Herr Sokolov,
>
> wir können Ihnen eine 2-Zimmer-Wohnung in Bergisch Gladbach-Hand anbieten:
> 56 m², 3. OG (kein Aufzug), Kaltmiete 495 EUR, Nebenkosten 160 EUR.
> Der Vermieter würde die Wohnung am Donnerstag, 12.02., um 16 Uhr zeigen.
> Bitte geben Sie uns bis Montag Bescheid, ob Sie Interesse haben.
>
> Mit freundlichen Grüßen
> Ihr Team Integration Wohnen
""", date="2026-02-04 19:12"),

T("ru", 0, "clean", "Oksana Petrenko <oksana.petrenko.75@example.net>", "Gehaltsabrechnungen и SCHUFA",
"""Здравствуйте, господин Окафор!

Да, отправляю то, что вы просили для хозяина квартиры в Schildgen:
- Gehaltsabrechnungen за ноябрь, декабрь и январь (я работаю в Pflege, Teilzeit 30 часов)
- SCHUFA-Auskunft (сделала онлайн, пришла вчера по почте)
- копию Aufenthaltstitel

Mietschuldenfreiheitsbescheinigung у меня нет, потому что я все время жила в Heim. Надеюсь, это не страшно.

Если нужно что-то еще — пишите, я сразу пришлю.

Оксана Петренко""", attach=["Gehaltsabrechnung_11_2025.pdf", "Gehaltsabrechnung_12_2025.pdf", "Gehaltsabrechnung_01_2026.pdf", "SCHUFA_Petrenko.pdf"]),

T("ru", 0, "clean", "Ruslan Dzhabrailov <ruslan.dzhab@example.com>", "Мы подписали!!!",
"""Здравствуйте, дорогая команда!

Вчера мы подписали договор на квартиру в Moitzfeld. Ключи дадут 1 марта. Я до сих пор не верю, два года в Heim с тремя детьми, и теперь своя квартира.

Спасибо вам, особенно Frau Hoffmann, которая ходила с нами на просмотр и все объясняла хозяину.

Теперь вопросы:
1. Kaution 1.440 евро — хозяин хочет до 1 марта. Jobcenter нам сказал, что нужно подать Antrag auf Darlehen. Нужно ли приложить договор целиком или только первую страницу?
2. Комнату в Heim когда надо освободить? В тот же день или можно несколько дней для переезда?
3. Мебели у нас нет совсем. Есть ли Erstausstattung от Jobcenter?

С благодарностью,
Руслан Джабраилов и семья"""),

T("ru", 1, "broken", "Marina Kravets <marina.kravets@example.org>", "СРОЧНО выселение во вторник",
"""Здравствуйте помогите пожалуйста!!!

я Марина Кравец, у меня 2 детей 4 и 9 лет. мы живем в квартире на Hauptstraße уже 1,5 года. хозяин продал дом, новый хозяин сделал Kündigung wegen Eigenbedarf, мы не могли найти квартиру. потом был суд, я не поняла все, адвоката не было.
сегодня пришло письмо от Gerichtsvollzieher что Räumung 24.02 в 9:00. это ВТОРНИК. через 5 дней!!!

куда нам идти? у меня нет родственников тут. Jobcenter сказал звонить в Stadt. я звонила в Obdachlosenberatung но там автоответчик

пожалуйста позвоните мне 0176 44120985 я весь день дома
Марина""", date="2026-02-19 07:03", attach=["Schreiben_Gerichtsvollzieher.jpg"]),

T("ru", 1, "phone", "Aliya K <aliya.k.2019@example.net>", "помогите",
"""пишу с телефона подруги. мой муж опять бил меня вчера вечером, соседи вызвали полицию, его забрали только на одну ночь. он вернется сегодня или завтра в нашу комнату в Unterkunft.
я с сыном 3 года сейчас у подруги, но тут нельзя оставаться, у нее маленькая квартира и хозяин против.
мне нужно другое место сразу, не в том же Heim где он.
пожалуйста ответьте на эту почту, мой телефон у него.
Алия"""),

T("ru", 0, "on_behalf", "Elena Weber <elena.weber.bgl@example.com>", "Для моих родителей — Семенов Г. и Семенова А.",
"""Здравствуйте,

пишу по поводу моих родителей, Семенова Григория (75 лет) и Семеновой Антонины (72 года). Они приехали из Харькова в 2023 году и живут в общежитии в Bensberg, у них регистрационный номер у вас — 2023-BG-0417 (если я правильно переписала).

Я сама живу в Overath с семьей, у нас нет места, чтобы взять их к себе, к сожалению.

У папы сердечная недостаточность, он не может подниматься выше первого этажа. Нужна маленькая квартира 1-2 комнаты, первый этаж или с лифтом, желательно недалеко от автобуса, потому что машины у них нет.

Я понимаю, что таких квартир мало. Но может быть, можно отметить в их деле, что это срочно по здоровью? Я могу прислать справку от кардиолога.

Родители немецкий почти не знают, поэтому прошу писать мне, я все переведу. Доверенность (Vollmacht) от них есть, могу прислать.

С уважением,
Елена Вебер (дочь)
0170 5523918"""),

T("ru", 0, "clean", "Dmitri Lavrov <d.lavrov@example.org>", "Поручитель (Bürgschaft)",
"""Добрый день.

Хозяин квартиры на Kölner Straße (2 комнаты, которую я нашел сам) готов сдать мне, но только если будет Bürge — человек с постоянной работой, который подпишет Bürgschaft на 12 месяцев.

У меня в Германии никого нет. Я работаю с октября в Lager, Probezeit до апреля, поэтому хозяин боится.

Может ли город или ваша программа быть поручителем? Или есть какая-то другая гарантия, которую можно показать хозяину?

Спасибо.
Дмитрий Лавров"""),

T("ru", 0, "broken", "Nargiza Tursunova <nargiza.t@example.net>", "Makler хочет 2 аренды",
"""Здравствуйте
нашла квартиру через Makler, 3 комнаты Herkenrath. Makler сказал что мы должны платить ему Provision 2 Kaltmiete + MwSt, это 1.380 евро. Плюс Kaution.
Но я читала что в Германии платит тот кто заказал маклера? Это Bestellerprinzip?
Мы видели объявление в интернете и сами ему позвонили.
Надо платить или нет? Jobcenter это не заплатит точно.
Наргиза""", charset="windows-1251"),

T("ru", 0, "clean", "Igor Bondarenko <igor.bondarenko@example.com>", "Wohnungsführerschein — запись и сертификат",
"""Здравствуйте!

1) Хочу записаться на Workshop «Wohnungsführerschein». Когда будет следующий курс на русском или с переводом? Я работаю до 15:00, поэтому вечером или в субботу мне лучше.

2) Моя жена Ирина Бондаренко прошла курс в прошлом году (октябрь, кажется), но потеряла Teilnahmebestätigung при переезде из одной комнаты в другую. Можно получить копию? Хозяева всегда спрашивают.

Игорь"""),

T("ru", 0, "other", "Armen Hakobyan <armen.hakobyan77@example.org>", "Статус моей заявки",
"""Здравствуйте.

Я зарегистрировался у вас в сентябре, приносил все документы (Aufenthaltstitel, Jobcenter-Bescheid, справку из Heim). С тех пор прошло 5 месяцев, и никто мне не звонил и не писал.

Я не жалуюсь, я понимаю что квартир мало. Но хотел бы знать: моя заявка вообще активна? Может что-то потерялось? Мой телефон поменялся в ноябре, новый номер 0152 99431076, может быть, вы звонили на старый.

Заранее спасибо,
Армен Акопян
(семья 3 человека)""", charset="koi8-r", enc="8bit"),

T("ru", 0, "mixed_language", "Svetlana Kim <svetlana.kim.gl@example.net>", "WBS — wo beantragen?",
"""Guten Tag,
извините, мой немецкий еще плохой, поэтому пишу по-русски.
Одна Wohnungsgesellschaft сказала мне, что без Wohnberechtigungsschein они даже не смотрят заявку. Где в Bergisch Gladbach надо подавать Antrag auf WBS? Какие документы нужны? И сколько ждать?
Я одна с дочкой (14 лет), Einkommen только Bürgergeld.
Danke schön im Voraus!
Светлана Ким"""),

T("ru", 0, "reply", "Bakhyt Nurlanov <bakhyt.nurlanov@example.com>", "Re: Ihr Termin zur Wohnungsbesichtigung in Bensberg",
"""Спасибо, но мы отказываемся от этой квартиры. Я нашел работу в Köln-Porz, начинаю в 6 утра, из Bensberg первый автобус слишком поздно. Пожалуйста, ищите для нас в сторону Köln или Refrath.
Извините за беспокойство.
Бахыт

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 9. September 2025 14:20
An: bakhyt.nurlanov@example.com
Betreff: Ihr Termin zur Wohnungsbesichtigung in Bensberg

Sehr geehrter Herr Nurlanov,
die Besichtigung der Wohnung in Bensberg ist am Freitag, 12.09., um 10:30 Uhr. Der Vermieter erwartet Sie vor dem Haus.
Freundliche Grüße""", date="2025-09-10 21:47"),

T("ru", 0, "broken", "Zaur Aliyev <zaur.aliyev.1990@example.net>", "ключи!",
"""Privet vsem, pishu latinicej potomu chto telefon novyj i net russkoj klaviatury.
Segodnja poluchil Schlüssel ot kvartiry v Heidkamp!!! Spasibo ogromnoe gospodinu Okafor i vsem.
Vopros: Wohnungsgeberbestätigung hozjain dal, teper nado idti v Bürgerbüro na Anmeldung, da? I v Jobcenter nado novyj Mietvertrag otdat?
I eshe - komnatu v Heim do kakogo chisla osvobodit?
Zaur"""),

# ---- spam ----
S("ru", 0, "other", "Jobcenter Service <leistungen-info@jobcenter-bescheid.example.com>", "Уведомление: выплата Bürgergeld приостановлена",
"""Уважаемый получатель пособия,

в связи с проверкой данных ваша выплата Bürgergeld за текущий месяц временно ПРИОСТАНОВЛЕНА.

Для возобновления выплаты необходимо в течение 48 часов подтвердить ваши банковские данные и номер Steuer-ID по ссылке ниже:

https://jobcenter-bescheid.example.com/ru/bestaetigung?id=RU-88172

Если данные не будут подтверждены, выплаты будут прекращены, а переплаченные суммы взысканы.

С уважением,
Отдел выплат
Bundesagentur für Arbeit – Jobcenter
(Это автоматическое сообщение, не отвечайте на него)""", html="only"),

S("ru", 0, "broken", "Sergey Kaufmann <s.kaufmann.property@example.net>", "Квартира в Бергиш-Гладбахе, 2 комнаты, 390 евро",
"""Здравствуйте,

вы интересовались моей квартирой в Bergisch Gladbach, 2 комнаты, 62 м2, тепло включено 390 евро. Квартира полностью с мебелью.

К сожалению, я сейчас работаю в Испании (нефтяная компания, контракт на 3 года) и не могу показать квартиру лично. Ключи и договор я отправлю вам через курьерскую службу после оплаты залога (2 месяца = 780 евро) через Western Union на имя моего агента в Мадриде.

Если квартира вам не понравится, деньги будут возвращены в течение 3 дней, это гарантирует служба доставки.

Желающих много, поэтому прошу ответить сегодня и прислать копию паспорта.

Сергей Кауфман"""),

S("ru", 0, "machine_translated", "Crypto Invest Club <invest@kapital-rost.example.org>", "Заработок от 3500€ в неделю — без опыта",
"""Добрый день!

Вы живете в Германии и получаете пособие? Государство не хочет, чтобы вы знали этот способ!

Наша платформа с искусственным интеллектом торгует биткоином автоматически. Минимальный депозит всего 250 евро, уже через неделю вы получите от 3500 евро на счет.

✅ Отзывы 12 000 довольных клиентов
✅ Персональный менеджер на русском языке
✅ Вывод денег в любой момент

Осталось только 7 мест в этом месяце. Зарегистрируйтесь здесь: https://kapital-rost.example.org/start

Чтобы отписаться, ответьте STOP.""", html="alt"),

S("ru", 0, "other", "Paketdienst <noreply@paket-zustellung24.example.com>", "Ваша посылка задержана — оплатите 1,99 €",
"""Здравствуйте,

ваша посылка № DE4471902385 не может быть доставлена, так как не оплачена таможенная пошлина (1,99 €).

Оплатите пошлину в течение 24 часов, иначе посылка будет возвращена отправителю:
https://paket-zustellung24.example.com/zahlung/DE4471902385

Спасибо, что пользуетесь нашими услугами.
Служба доставки""", charset="windows-1251"),
]
