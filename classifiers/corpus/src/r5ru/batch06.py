"""r5ru batch 06: eviction for rent arrears (urgent), a flat found, SCHUFA forward, Genossenschaftsanteile, a
brother writing for his sister, a long letter from a 72-year-old, documents reply, header-only mail; a
Hausverwaltung offering two flats, contract signed, photos, tenant not paying Nebenkosten, owner of a flat a
client found, a parish flat; neighbour complaint, Fiktionsbescheinigung, Integrationsrat, school, a family
giving away furniture; crypto spam."""
from mailwriter import T, L, I, S

MAILS = [
T("uk", 0, "phone", "Alona Moroz <alona.moroz@example.com>", "знайшли!!!",
"""ми знайшли квартиру!!! в Гронау 2 кімнати. Vermieter каже треба якийсь підпис чи лист від вас що ви нас супроводжуєте. що йому написати? Альона"""),

T("ru", 1, "clean", "Zhanna Omarova <zhanna.omarova@example.net>", "Выселение 14-го, помогите",
"""Добрый день.

Мне стыдно писать, но больше некуда. Два года назад вы помогли нам с сыном найти квартиру в Paffrath. Прошлой осенью я потеряла работу, и пока оформляла Jobcenter, накопился долг по аренде за три месяца. Хозяин подал в суд, письма из суда я не поняла и на заседание не пошла. Теперь пришло письмо от Gerichtsvollzieher: Räumung 14-го в 10 часов. Это во вторник.

Jobcenter говорит, что долг могут взять на себя как Darlehen, но нужен документ от хозяина, а хозяин не отвечает. Сыну 11 лет, он ходит в школу рядом.

Пожалуйста, помогите. Я согласна на любую квартиру или комнату, лишь бы не на улицу.

Жанна Омарова
0163 557 20 81""", date="2025-10-09 07:35"),

L("uk", 0, "oneliner", "Petro Lysak <petro.lysak@example.net>", "Jobcenter papir",
"""Dobroho dnya, shche chekayu na papir z Jobcenter dlya pani Ostrovskoyi. Kvartyru trymayu do 15-ho, dali ne mozhu. P. Lysak"""),

L("ru", 0, "clean", "Alexander Janzen <a.janzen@verwaltung-domplatz.example.com>", "Две квартиры в Hand — предложение",
"""Добрый день!

Меня зовут Александр Янцен, я работаю в Hausverwaltung в Кёльне (Verwaltung Domplatz GmbH), родом из Киргизии, поэтому позволю себе писать по-русски — мне сказали, что у вас так можно.

В нашем управлении есть дом в Bergisch Gladbach-Hand, 12 квартир. В ближайшие два месяца освобождаются две:
— 2 комнаты, 49 м², 1-й этаж, 545 € kalt + 160 € NK, свободна с 01.05.
— 3 комнаты, 71 м², 3-й этаж, 740 € kalt + 210 € NK, свободна с 01.06.
Отопление центральное, входит в NK. Kaution — 2 Kaltmieten.

Собственник (Erbengemeinschaft) не возражает против жильцов с Jobcenter. Важно только, чтобы у вас был кто-то для связи, если возникнут вопросы. Besichtigung могу организовать по вторникам и четвергам.

С уважением
Alexander Janzen
Verwaltung Domplatz GmbH
Tel. 0221 340 55 19

Bitte prüfen Sie, ob der Ausdruck dieser E-Mail wirklich notwendig ist.""", html="alt"),

I("uk", 0, "clean", "Svitlana Kraus <svitlana.kraus@example.com>", "Скарга: шум і дим від гуртожитку в Bensberg",
"""Доброго дня,

я живу в будинку поруч із гуртожитком у Bensberg. Я й сама колись приїхала як біженка і розумію, як там непросто. Але вже кілька тижнів мешканці на балконах першого поверху курять кальян до півночі, дим іде прямо в наші вікна, а музика гучна щовечора. У мене маленька дитина і хвора мама.

Я двічі говорила з людьми, вони вибачаються, а потім усе повторюється. Адміністратора в гуртожитку ввечері немає.

Підкажіть, будь ласка, кому можна про це написати, щоб це передали керівництву гуртожитку? Я не хочу нікого карати, просто хочу спати.

Світлана Краус"""),

T("uk", 0, "other", "Liliia Pavliuk <liliia.pavliuk@example.net>", "kopiya sertyfikatu",
"""Dobryi den! Chy mozhna otrymaty kopiyu sertyfikatu z workshopu? Ya prokhodyla v berezni 2025, v grupi z perekladachem. Original zalyshyla u Vermieter v Refrath, a teper inshyi Vermieter tezh prosyt.
Liliia Pavliuk, 12.09.1985"""),

T("ru", 0, "forward", "Marina Zaitseva <marina.zaitseva@example.com>", "Fwd: Ihre Bewerbung – Wohnung Refrath",
"""Добрый день, пересылаю письмо от Vermieter. Что такое SCHUFA и где её взять? В интернете везде просят деньги. И Gehaltsnachweis — у меня Jobcenter, это подойдёт?

Марина Зайцева

-------- Original-Nachricht --------
Von: Klaus Wetzel <k.wetzel@example.org>
Datum: 11.02.2026 17:40
An: marina.zaitseva@example.com
Betreff: Ihre Bewerbung – Wohnung Refrath

Sehr geehrte Frau Zaitseva,

vielen Dank für Ihr Interesse an der Wohnung. Bevor wir einen Besichtigungstermin vereinbaren, bitte ich Sie um folgende Unterlagen:
- SCHUFA-Auskunft (nicht älter als 3 Monate)
- Gehaltsnachweise bzw. Leistungsbescheid
- Kopie des Personalausweises

Mit freundlichen Grüßen
Klaus Wetzel""", date="2026-02-12 08:55"),

S("uk", 0, "html_only", "Bitcoin Ukraine Invest <news@btc-ua-invest.example.com>", "Як українці в Німеччині заробляють 5000 € на місяць",
"""Таємниця, яку приховують банки!

Олена з Бергіш-Гладбаха вклала лише 250 € і вже за місяць отримала 5 340 €. Тепер вона не залежить від Jobcenter і допомагає рідним в Україні.

Наша автоматична платформа торгує Bitcoin замість вас — 24/7, без ризику.

🔥 Тільки сьогодні: бонус +100 % до першого депозиту
👉 https://btc-ua-invest.example.com/start?ref=gl

Не втрачайте шанс! Кількість місць обмежена.

Ви отримали цей лист, тому що підписалися на розсилку. Відписатися""", html="only"),

L("uk", 0, "reply", "Stepan Horbach <stepan.horbach@example.com>", "Re: Vorstellung Familie Nasiri",
"""Добрий день,

договір з родиною Насірі підписали 1 жовтня, ключі вже віддали. Дякую за допомогу, все пройшло добре. Якщо в мене звільниться ще одна квартира (сусідня, десь навесні), я вам напишу.

Степан Горбач

Am 17.09.2025 um 15:22 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Horbach,
>
> wie telefonisch besprochen, möchten wir Ihnen gern Familie Nasiri vorstellen (Ehepaar, zwei Kinder, 4 und 7 Jahre). Herr Nasiri arbeitet in Vollzeit als Koch, die Miete wäre gesichert. Anbei die Selbstauskunft der Familie.
>
> Mit freundlichen Grüßen
> Tatjana Wiebe
> Integration Wohnen""", date="2025-10-02 09:14"),

I("ru", 0, "phone", "Ruslan B <ruslan.b.2001@example.com>", "fiktionsbescheinigung",
"""zdravstvuyte kak prodlit fiktionsbescheinigung? termin v Ausländerbehörde ne mogu poluchit uzhe mesyac, na sayte vse zanyato. mozhet vy znaete komu napisat"""),

T("uk", 0, "clean", "Mykola Antoniuk <mykola.antoniuk@example.net>", "Genossenschaftsanteile — чи платить Jobcenter?",
"""Добрий день!

Нам пропонують квартиру в житловому кооперативі в Hand (3 кімнати). Але кооператив хоче, щоб ми до підписання договору купили Genossenschaftsanteile на 1 500 €. Kaution окремо не потрібна.

Чи може це оплатити Jobcenter? У Jobcenter одна працівниця сказала "так, як Darlehen", інша — "ні, це не Kaution". Ми заплуталися. Якщо у вас є досвід з цим, підкажіть, будь ласка, що саме подавати.

Микола Антонюк"""),

L("ru", 0, "oneliner", "Gennadij Fast <g.fast@example.net>", "Re: Fotos Wohnung",
"""Фото отправил вчера, посмотрите, пожалуйста, дошли ли. Если нужно, могу ещё прислать план квартиры. Г. Фаст"""),

T("ru", 0, "on_behalf", "Artem Grigoryan <artem.grigoryan@example.com>", "Моя сестра с детьми в общежитии — как дела с её заявкой?",
"""Добрый день,

пишу за свою сестру, Анну Григорян. Она с тремя детьми (14, 10 и 5 лет) живёт в общежитии в Herkenrath с 2023 года, у вас зарегистрирована с прошлой весны, была на воркшопе.

Я живу в Берлине и помогаю ей с документами. Сестра говорит, что ей никто не отвечает и она не понимает, ищут ли для неё вообще что-нибудь. Подскажите, на каком этапе её заявка и нужно ли что-то донести? У неё Bürgergeld, старшая дочь ходит в Gymnasium в Bensberg, поэтому им лучше остаться в Бергиш-Гладбахе.

Сестра согласна, что я пишу за неё, она в копии.

С уважением
Артём Григорян""", cc="Anna Grigoryan <anna.grigoryan.gl@example.com>"),

I("uk", 0, "other", "Marianna Bilous <marianna.bilous@example.com>", "Віддамо речі — повертаємося в Україну",
"""Добрий день!

Наша родина в кінці місяця повертається до Львова. У квартирі в Refrath лишаються речі, які ми не можемо забрати: пральна машина, холодильник, 2 ліжка з матрацами, дитячий письмовий стіл, посуд, ковдри. Все в хорошому стані.

Хочемо віддати безкоштовно тим, хто зараз переїжджає з гуртожитку. Чи можете ви переслати цю інформацію людям? Або дайте нам контакт організації, яка таке забирає.

Забрати треба до 28-го, самовивіз, 2-й поверх.

Маріанна Білоус
0152 1107 6633"""),

L("uk", 0, "clean", "Oleksii Dudnyk <oleksii.dudnyk@example.net>", "Мешканка не платить Nebenkosten",
"""Добрий день, пані Вібе,

мешканка, яку ви нам направили минулого літа (пані Ф., квартира в Schildgen), уже два місяці не доплачує Nebenkosten-Vorauszahlung: Jobcenter перераховує тільки Kaltmiete і 80 € замість 135 €. Вона каже, що Jobcenter так порахував, а чому — не знає.

Можливо, вона не подала в Jobcenter новий розрахунок з підвищеними авансами після нашої Abrechnung? Я надсилав їй лист у січні. Можете з нею поговорити? Писати Mahnung мені не хочеться.

Олексій Дудник"""),

T("ru", 0, "header_only", "Oleg Belov <oleg.belov@example.net>", "Besichtigung завтра 15:00 Schildgen — можно с переводчиком?", ""),

I("ru", 0, "clean", "Larissa Heidt <larissa.heidt@example.org>", "Integrationsrat: просьба рассказать о программе на заседании",
"""Добрый день,

я член Integrationsrat города Бергиш-Гладбах, представляю в основном русскоязычную общину. Ко мне часто обращаются люди с вопросами о вашей программе, и члены совета попросили меня узнать, не мог бы кто-то из вашей команды выступить на нашем следующем заседании (примерно в середине июня) с коротким докладом: сколько людей удалось переселить, какие есть проблемы, чем совет мог бы помочь.

Официальное приглашение придёт из Geschäftsstelle, но я хотела заранее узнать, возможно ли это в принципе и кто был бы подходящим контактным лицом.

С уважением
Лариса Хайдт"""),

T("uk", 0, "formal", "Valentyna Shulha <valentyna.shulha1953@example.com>", "Прохання про допомогу з житлом",
"""Шановні пані та панове!

Звертаюся до вас із проханням. Мене звати Валентина Петрівна Шульга, мені 72 роки, я з Херсона. У Німеччині з травня 2022 року, спочатку жила в Дюссельдорфі у знайомих, з 2023 року — в гуртожитку в Bensberg, у кімнаті на двох з іншою жінкою.

Я не скаржуся, мені тут допомагають, і за це я вдячна Німеччині. Але мені вже тяжко: спільна кухня на весь поверх, туалет у кінці коридору, вночі я боюся туди ходити. У мене цукровий діабет і гіпертонія, ліки треба приймати за розкладом, а холодильник у нас спільний.

Дуже прошу допомогти мені знайти маленьку квартиру або кімнату з власною кухнею, десь поблизу лікаря і церкви (я ходжу до української церкви в Bensberg). Великого мені не треба, вистачить однієї кімнати. Отримую Grundsicherung через Sozialamt.

На воркшоп я ходила у вересні, папірець маю. Німецьку вчу, але в моєму віці це дуже повільно — розумію прості речі.

Якщо треба прийти особисто, я прийду з онукою, вона допоможе перекласти.

З повагою та вдячністю
Валентина Шульга
тел. онуки: 0176 2208 4491 (Дарина)""", charset="windows-1251"),

L("ru", 0, "hard_case", "Michail Lange <michail.lange@example.com>", "Ваша клиентка Ирина Ткач — вопросы по программе",
"""Здравствуйте,

я владелец квартиры в Refrath, которую нашла ваша клиентка Ирина Ткач (она сама вышла на меня по объявлению). Ирина сказала, что она у вас в программе и что вы можете помочь с документами и «сопровождать».

Прежде чем подписывать, хотел бы понять: что это значит для меня как для владельца? Есть ли какие-то гарантии от города, если будут проблемы с оплатой? Кто мне ответит, если жилица не выйдет на связь? Я не против, просто раньше никогда так не сдавал.

Михаил Ланге
0172 448 90 31"""),

T("uk", 0, "reply", "Roksolana Fedoriv <roksolana.fedoriv@example.net>", "AW: Unterlagen für die Wohnung in Gronau",
"""Добрий день! Надсилаю Mietschuldenfreiheitsbescheinigung від попереднього Vermieter, нарешті він підписав. SCHUFA буде в понеділок, замовила безкоштовну (Datenkopie nach Art. 15), як ви радили.

Роксолана Федорів

Am 21.01.2026 um 11:02 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Guten Tag Frau Fedoriv,
>
> die Vermieterin der Wohnung in Gronau hat Interesse. Bitte senden Sie uns noch die Mietschuldenfreiheitsbescheinigung und eine SCHUFA-Auskunft. Die kostenlose Datenkopie nach Art. 15 DSGVO reicht aus.
>
> Viele Grüße
> Selin Aydın
> Integration Wohnen""", attach=["Mietschuldenfreiheitsbescheinigung.pdf"], date="2026-01-23 17:48"),

L("uk", 0, "formal", "Parafiia Pokrovy <parafiia.pokrova@example.org>", "Вільна квартира при парафії",
"""Шановні пані та панове,

наша парафія (українська православна громада Покрови) володіє невеликим будинком у Bensberg: унизу зал для богослужінь, угорі квартира, де раніше жив наш священник. Отець переїхав до Кельна, і квартира (2 кімнати, кухня, ванна, близько 55 м²) вільна з 1 лютого.

Рада громади вирішила передати її в оренду родині, яка найбільше цього потребує, за ціною, яку погодить Jobcenter. Для нас важливо, щоб мешканці поважали те, що під ними церковний зал (недільні служби, хор по четвергах).

Просимо повідомити, як ми можемо співпрацювати з вашою програмою і які документи потрібні від нас.

З повагою
Андрій Кушнір
староста громади"""),

I("ru", 0, "phone", "Elena P <elena.p.gl@example.com>", "школа",
"""добрый день как перевести ребенка в гимназию в Бенсберге после переезда? сыну 12 лет, сейчас в Realschule в Refrath. к кому обращаться? спасибо"""),
]
