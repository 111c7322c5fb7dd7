"""r5ru batch 03: eviction date (urgent), a viewing where the landlord wants to talk to the team, WBS in
transliteration, reply with payslips, a neighbour writing for an old woman, long wait complaint; cooperative
and estate agent asking about conditions, landlord still waiting for the Jobcenter paper, short follow-ups;
cleaning firm, retired teacher volunteering, association Stammtisch, Kita and Führerschein questions; two spam."""
from mailwriter import T, L, I, S

MAILS = [
T("uk", 1, "clean", "Petro Kovalchuk <petro.kovalchuk@example.com>", "Räumung 28.11. — допоможіть, будь ласка",
"""Добрий день,

ми — родина Ковальчук (я, дружина і троє дітей, наймолодшій 2 роки). З 2023 року ми знімали квартиру в Gronau напряму у власника. Минулого року він подав на Eigenbedarf, був суд, ми програли (адвокат від Caritas казав, що шансів мало). Ми весь час шукали нову квартиру, написали понад 200 листів, але нічого.

Вчора прийшов лист від Gerichtsvollzieher: Räumung 28.11. о 9:00. Це вже в п'ятницю. Ми не знаємо, куди подітися з дітьми і речами.

Ми вже були у вас на консультації (у 2023, коли жили в гуртожитку). Чи можете ви допомогти? Чи є якесь тимчасове житло від міста?

Лист від Gerichtsvollzieher прикладаю.

Петро Ковальчук
0152 8837 2210""", attach=["Raeumung_Gerichtsvollzieher.pdf"], date="2025-11-23 20:14"),

T("ru", 0, "mixed_language", "Karina Alieva <karina.alieva@example.net>", "Besichtigung in Hand – Vermieter möchte Sie sprechen",
"""Hallo, ich schreibe auf Russisch, weil mein Deutsch noch nicht so gut ist, sorry.

Вчера мы были на Besichtigung в Hand, 3 комнаты, Herr Vogt. Квартира нам очень понравилась, и мы ему, кажется, тоже. Но он сказал, что хочет сначала поговорить с вами, прежде чем что-то решать: кто платит, если что-то сломается, и будет ли у нас кто-то, к кому он может обратиться, если возникнут проблемы. Он раньше никогда не сдавал людям с Jobcenter.

Его номер: 0171 290 33 58, он сказал, лучше вечером.

Можете ему позвонить? Пожалуйста, это первая квартира за год, где нам не отказали сразу.

Vielen Dank!
Карина Алиева"""),

L("uk", 0, "oneliner", "Nataliia Ostapenko <n.ostapenko@example.com>", "договір",
"""Договір з родиною Сидоренко підписали сьогодні, ключі 1-го. Дякую вам за допомогу! Наталія"""),

L("ru", 0, "reply", "Rudolf Schäfer <r.schaefer@example.org>", "AW: Familie Jusupova – Mietübernahmebescheinigung",
"""Добрый день,

прошло уже три недели, бумаги из Jobcenter так и нет. Долго держать квартиру я не могу, у меня есть ещё двое желающих, оба работают. Семья мне нравится, но поймите и меня: каждый месяц пустой квартиры — это 800 евро.

Жду до конца следующей недели, потом буду сдавать другим.

Р. Шефер

Am 29.04.2025 um 14:03 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Schäfer,
>
> vielen Dank, dass Sie sich für Familie Jusupova entschieden haben. Die Familie hat die Mietübernahmebescheinigung beim Jobcenter beantragt. Erfahrungsgemäß dauert die Prüfung zwei bis drei Wochen; wir haken dort nach.
>
> Mit freundlichen Grüßen
> Tatjana Wiebe
> Integration Wohnen""", date="2025-05-21 08:55"),

I("uk", 0, "clean", "Chysto Service <info@chysto-service.example.com>", "Прибирання після переїзду — пропозиція",
"""Добрий день!

Ми — клінінгова компанія «Chysto Service» з Бергіш-Гладбаха, працюємо з 2023 року, в команді українки та польки.

Пропонуємо для ваших клієнтів і для міста:
— Endreinigung кімнат у гуртожитках після виїзду
— прибирання квартир перед заїздом і після ремонту
— миття вікон, чистка килимів

Для міських замовлень і для родин на Bürgergeld ціни зі знижкою. Можемо виставити рахунок для Jobcenter.

Будемо вдячні за зворотний зв'язок або за можливість залишити флаєри у вашому офісі.

З повагою
Вікторія Гук
Chysto Service
0157 9912 4450"""),

S("ru", 0, "other", "Программа поддержки мигрантов <invest@bit-profit-de.example.com>", "Государственная программа: от 3 000 € в неделю для мигрантов в Германии",
"""Здравствуйте!

Только для русскоговорящих жителей Германии! Новая платформа на основе искусственного интеллекта позволяет зарабатывать на криптовалюте от 3 000 € в неделю без опыта.

Уже 12 000 мигрантов в Германии получили финансовую независимость. Минимальный депозит – всего 250 €. Jobcenter не узнает о ваших доходах!

Количество мест ограничено – регистрация закрывается сегодня в 23:59.

👉 Зарегистрироваться: https://bit-profit-de.example.com/ru/start

Ваш персональный менеджер свяжется с вами в течение 15 минут.

Отписаться от рассылки""", html="alt"),

T("ru", 0, "other", "Oksana Guseva <oksana.guseva.de@example.com>", "WBS vopros",
"""Zdravstvujte,
u menja vopros po WBS. V Bürgerbüro skazali, chto nado prinesti Einkommensnachweise za 12 mesjacev, a ja rabotaju tolko s avgusta, do etogo byl Jobcenter. Chto prinosit? Bescheid ot Jobcenter tozhe podhodit?
I eshche: kak dolgo delajut WBS? Hozjain kvartiry v Refrath zhdet.
Spasibo
Oksana Guseva
(izvinite za latinicu, na rabote net russkoj klaviatury)"""),

L("ru", 0, "clean", "Igor Feldmann <feldmann@feldmann-immobilien.example.net>", "Три квартиры под Jobcenter — условия",
"""Добрый день!

Я маклер, работаю в основном в Рейн-Берге и Кёльне. Сейчас у меня три квартиры, владельцы которых готовы сдавать людям с Jobcenter:

1) Bensberg, 2 комнаты, 55 м², 590 € warm, свободна сразу
2) Refrath, 3 комнаты, 78 м², 860 € warm, с 1.03.
3) Heidkamp, 1 комната, 34 м², 420 € warm, с 15.02.

Courtage по закону платит владелец (Bestellerprinzip), для жильцов бесплатно. Владельцы хотят только одного: чтобы кто-то с вашей стороны был на связи, если возникнут вопросы.

Как лучше передать вам данные? Могу прислать Exposés и договориться о совместных Besichtigungen.

С уважением
Игорь Фельдман
Feldmann Immobilien
Tel. 02202 980 44 70""", html="alt"),

T("uk", 0, "phone", "Marina S <marina.s.kharkiv@example.com>", "workshop",
"""dobroho dnya a mozhna na workshop pryity z cholovikom? vin pracyuye do 17 tomu tilky yakshcho vvecheri abo v subotu. my obydva shukayemo kvartyru"""),

I("ru", 0, "clean", "Tamara Engel <tamara.engel@example.net>", "Могу помочь с переводом",
"""Здравствуйте!

Я на пенсии, мне 67 лет, бывшая учительница немецкого языка из Омска, в Германии с 1996 года. Живу в Refrath. Время у меня есть, здоровье пока позволяет.

Хотела бы бесплатно помогать людям, которые ищут квартиру: переводить на просмотрах, помогать заполнять анкеты для хозяев, объяснять письма из Jobcenter. Русский и немецкий, украинский понимаю хорошо.

Куда мне обратиться? Нужно ли какое-то Fuehrungszeugnis?

С уважением
Тамара Энгель""", charset="koi8-r"),

L("uk", 0, "clean", "Serhii Marchuk <s.marchuk@wg-hand.example.org>", "Квартири кооперативу для ваших клієнтів",
"""Добрий день,

мене звати Сергій Марчук, я працюю у Wohnungsgenossenschaft Hand eG, відповідаю за здачу квартир. Я сам з Рівного, в Німеччині з 2005 року, тому пишу українською — сподіваюся, це не проблема.

У нашому кооперативі 340 квартир у Hand і Paffrath, щороку звільняється 15–20. Правління обговорювало, чи можемо ми частину з них пропонувати через вашу програму. Перш ніж вирішити, маємо кілька питань:

1. Чи є в міста гарантія для кооперативу на випадок заборгованості або шкоди (Mietausfall, Schäden)?
2. Genossenschaftsanteile (у нас 3 × 300 €) — чи може їх оплатити Jobcenter або місто?
3. Чи супроводжуєте ви мешканців після заселення (правила будинку, сміття, провітрювання)?

Якщо відповіді нас влаштують, перші дві квартири (2 і 3 кімнати) могли б бути вільні вже з квітня.

З повагою
Сергій Марчук
Vermietung
Wohnungsgenossenschaft Hand eG
Tel. 02202 188 40 12"""),

T("uk", 0, "reply", "Vitalii Rudenko <vitalii.rudenko@example.com>", "AW: Ihre Unterlagen – Einkommensnachweise",
"""Добрий день! Надсилаю Gehaltsabrechnungen за серпень, вересень і жовтень. Arbeitsvertrag надсилав раніше.

Віталій Руденко

Am Do., 6. Nov. 2025 um 13:27 Uhr schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Guten Tag Herr Rudenko,
>
> leider fehlen uns für Ihre Bewerbung noch die Einkommensnachweise der letzten drei Monate. Bitte reichen Sie diese nach, damit wir Sie der Vermieterin vorschlagen können.
>
> Freundliche Grüße
> Jens Bauer
> Integration Wohnen""", attach=["Lohn_08_2025.pdf", "Lohn_09_2025.pdf", "Lohn_10_2025.pdf"], date="2025-11-06 21:48"),

S("uk", 0, "other", "Jobcenter Service <jobcenter-service@secure-leistung.example.com>", "Ваші виплати Bürgergeld призупинено",
"""Шановний отримувачу!

У зв'язку з оновленням системи Jobcenter ваші виплати Bürgergeld тимчасово призупинено. Щоб відновити виплати, вам необхідно підтвердити особисті дані та банківські реквізити протягом 24 годин.

Підтвердити дані: https://secure-leistung.example.com/jobcenter/ua/verify

Якщо ви не підтвердите дані вчасно, вашу справу буде закрито, а отримані кошти доведеться повернути.

З повагою,
Ваш Jobcenter
Bundesagentur für Arbeit"""),

L("ru", 0, "oneliner", "Aleksej Hahn <aleksej.hahn@example.com>", "Фото квартиры",
"""Фото как просили во вложении. Балкон тоже сфотографировал. А. Хан""", attach=["IMG_2041.jpg", "IMG_2042.jpg", "IMG_2045.jpg"]),

T("ru", 0, "on_behalf", "Yana Bilyk <yana.bilyk@example.net>", "За соседку по общежитию, Веру Степановну",
"""Добрый день.

Пишу за свою соседку по общежитию в Bensberg, Веру Степановну Кравченко, ей 78 лет, она из Донецка. Компьютера и смартфона у неё нет, по-немецки она не говорит совсем. Она попросила меня написать вам, я сижу рядом с ней.

Вера Степановна живёт одна в комнате на втором этаже, в общежитии ей всё тяжелее — ночью шум, на кухне молодёжь. Она плохо спит, давление. Она хотела бы маленькую квартиру или комнату в доме для пожилых (betreutes Wohnen?), если такое возможно.

Она спрашивает: можно ли к вам записаться и нужно ли приходить лично? Ходит она медленно, с палочкой, но до автобуса дойдёт.

Мой номер для связи: 0176 4410 9852 (Яна). Её номер есть у коменданта.

Спасибо."""),

I("uk", 0, "phone", "Viktoriia <viktoriia.p.2019@example.com>", "кіта",
"""доброго дня де записатися в кіту? ми переїхали з гуртожитку в нову квартиру в Гронау, доньці 3 роки. старий кіндергартен в Бенсберзі тепер далеко"""),

L("uk", 0, "clean", "Liudmyla Heinrich <l.heinrich@example.org>", "Квартира в Bensberg після ремонту — хотіла б спочатку зустрітися",
"""Доброго дня,

у мене двокімнатна квартира в Bensberg (близько 60 м²), зараз там ремонт: міняємо вікна і ванну. Буде готова приблизно у вересні.

Думаю здавати її через вашу програму, але спочатку хотіла б особисто зустрітися з кимось із вашої команди, щоб зрозуміти, як це працює і хто буде на зв'язку, якщо щось трапиться. Я в Німеччині з 2001 року, а квартиру здаю вперше.

Коли вам було б зручно? Я працюю до 15:00, після цього можу підійти будь-якого дня.

Людмила Гайнріх
0163 229 47 01"""),

T("ru", 0, "clean", "Ruslan Khasanov <ruslan.khasanov@example.com>", "Полгода ждём — есть ли новости?",
"""Здравствуйте,

я уже полгода стою у вас в списке (регистрировался в марте у госпожи Айдын). Нас пятеро: я, жена и трое детей — 12, 9 и 2 года. Все пятеро живём в одной комнате 24 м² в общежитии в Paffrath. Старшему негде делать уроки, младшая спит с нами.

Я понимаю, что квартир мало. Но за полгода нам не предложили ни одного просмотра. Знакомым, которые регистрировались позже, уже предлагали. Может, с моей заявкой что-то не так? Может, не хватает документов?

Я работаю водителем, Jobcenter доплачивает. Жена ходит на Integrationskurs, B1 сдаёт в декабре.

Прошу сообщить, на каком этапе моя заявка.

Руслан Хасанов"""),

I("ru", 0, "formal", "Kulturverein Brücke e.V. <verein@kulturverein-bruecke.example.org>", "Приглашение на наш Stammtisch 12 марта",
"""Уважаемые сотрудники службы Integration Wohnen,

культурное общество «Мост» (Kulturverein Brücke e.V.) объединяет около 200 русскоязычных жителей Рейн-Берга — переселенцев, контингентных беженцев, а с 2022 года и многих украинцев.

Среди наших членов немало владельцев квартир, и после последней встречи несколько человек спрашивали, как можно сдать жильё через городскую программу. Мы хотели бы пригласить кого-нибудь из ваших сотрудников на наш Stammtisch 12 марта в 18:30 (Bürgerhaus, Bergisch Gladbach), чтобы рассказать о программе и ответить на вопросы. Доклад можно делать по-немецки, мы переведём.

Будем рады вашему ответу.

С уважением,
Валентина Герман
председатель правления
Kulturverein Brücke e.V."""),

L("ru", 0, "clean", "Olga Wiens <olga.wiens@example.net>", "Семья Абдуллаевых — мы согласны",
"""Добрый день, госпожа Хоффманн,

семья Абдуллаевых была у нас в субботу, очень приятные люди, дети воспитанные. Мы с мужем посоветовались и согласны сдать им квартиру с 1 числа.

Какие документы нужны от нас для Jobcenter? Mietbescheinigung я нашла на сайте — заполнить её сейчас? И договор мы делаем свой (у нас есть образец от Haus & Grund) или у вас есть какой-то?

С уважением
Ольга Винс"""),

T("uk", 0, "clean", "Denys Yaremchuk <denys.yaremchuk@example.com>", "Знайшли квартиру самі",
"""Добрий день,

ми знайшли квартиру самі, через знайомих з церкви: 3 кімнати в Refrath, 76 м², 920 € warm. Vermieter (пан Бек) згоден здати нам, він знає, що ми на Jobcenter.

Що нам тепер робити? Потрібен Mietangebot для Jobcenter? Хто його пише — ми чи Vermieter? І чи треба вам щось від нас, щоб закрити нашу реєстрацію у вашій програмі?

Дякую!
Денис Яремчук, Heim Paffrath, кімната 8"""),

I("uk", 0, "clean", "Bohdan Zinchenko <bohdan.zinchenko@example.net>", "Обмін українського посвідчення водія",
"""Добрий день,

підкажіть, будь ласка, куди звертатися, щоб обміняти українське посвідчення водія на німецьке? Я в Німеччині вже понад рік, мені сказали, що тепер потрібно міняти. На сайті міста знайшов Führerscheinstelle, але вона, здається, в окрузі, а не в місті? Я заплутався.

Мені це потрібно для роботи (водій у Lieferdienst).

Дякую!
Богдан Зінченко"""),
]
