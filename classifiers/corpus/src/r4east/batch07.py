"""r4east batch 07: paperwork next to other offices. Tenants whose Anmeldung, residence permit, Gewerbe or WBS
matters for their flat or their accommodation (tenant_request, two urgent) versus landlords and a cooperative
on the same paperwork (landlord_offer) and questions meant for other offices (Kita, Ausländerbehörde,
Führerschein, Gewerbe) and a student (inquiry); two spam mails."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- tenant_request: paperwork tied to their flat
T("uk", 0, "clean", "Євгенія Марченко <yevheniia.marchenko@example.net>", "Власник не дає Wohnungsgeberbestätigung",
"""Добрий день,

я переїхала з Heim у квартиру в Hand 1 жовтня (ви допомагали з договором). Для Anmeldung у Bürgerbüro мені потрібна Wohnungsgeberbestätigung, але власник уже два тижні не відповідає, а Termin у Bürgerbüro в понеділок.

Чи можете ви нагадати йому або сказати, що мені робити, якщо він так і не дасть? Без Anmeldung Jobcenter не переводить мою справу.

Євгенія Марченко"""),

T("tr", 0, "clean", "Burak Uçar <burak.ucar@example.com>", "Oturma iznim bitiyor – ev sahibi geçerli belge istiyor",
"""Merhaba,

Moitzfeld'de bir daire buldum, ev sahibi sözleşmeyi imzalamaya hazır. Ama Aufenthaltserlaubnis'im 3 hafta sonra bitiyor. Ausländerbehörde'ye uzatma için başvurdum, Fiktionsbescheinigung da aldım.

Ev sahibi "geçerli oturma izni olmadan imzalamam" diyor. Fiktionsbescheinigung yeterli değil mi? Ona bunu açıklayan bir yazı verebilir misiniz?

Burak Uçar"""),

T("uk", 0, "clean", "Олександра Лук'яненко <oleksandra.lukianenko@example.org>", "Umzugskosten і Erstausstattung – що від вас потрібно?",
"""Добрий день, пані Беккер,

дякую, що допомогли з квартирою в Gronau! Договір підписано, переїзд 15 числа.

Jobcenter каже, що на Umzugskosten і Erstausstattung (ліжка, шафа, пральна машина) треба подати окремі заяви з трьома Kostenvoranschläge. Чи ви можете підтвердити для Jobcenter, що я переїжджаю з Unterkunft і в мене нічого немає? Або дати список фірм, які роблять такі Kostenvoranschläge?

Олександра Лук'яненко"""),

T("ru", 0, "clean", "Фарид Исмаилов <farid.ismailov@example.com>", "Перевод в другое общежитие ближе к работе",
"""Здравствуйте,

я живу в общежитии в Херкенрате и с прошлого месяца работаю в Кёльне в ночную смену. Последний автобус из Кёльна уходит раньше, чем заканчивается смена, и я каждый раз жду до 5 утра на вокзале.

Можно ли перевести меня в Unterkunft ближе к станции S-Bahn (Bergisch Gladbach или Refrath)? Квартиру я продолжаю искать, я у вас в программе с 2024 года.

Фарид Исмаилов"""),

T("tr", 0, "clean", "Cem Aslan <cem.aslan@example.org>", "Gewerbe sahibiyim – ev sahipleri kabul etmiyor",
"""Merhaba,

Ben bir yıldır kendi işimi yapıyorum (Gewerbe: Umzugshelfer ve Hausmeisterservice). Jobcenter'den sadece biraz ek ödeme alıyorum. Ev sahipleri maaş bordrosu istiyor, bende yok, sadece Gewerbeanmeldung ve vergi danışmanının hesabı var.

Ev sahibine gösterebileceğim başka bir belge var mı? Sizin bir yazınız yardımcı olur mu?

Cem Aslan"""),

T("uk", 1, "clean", "Іван Кравчук <ivan.kravchuk.gl@example.net>", "Затопило квартиру, завтра треба виїхати",
"""Добрий день,

вчора в нашому будинку в Bensberg прорвало трубу на горищі, квартира повністю залита, стеля в дитячій кімнаті обвалилася. Hausverwaltung сказала, що квартира непридатна для життя і ми повинні виїхати до завтра, 12:00, бо відключають електрику.

Ми – я, дружина і двоє дітей. Готель Hausverwaltung не оплачує, каже, що це справа страховки. Куди нам іти завтра? Чи можна тимчасово в Unterkunft?

Іван Кравчук, 0163 7718 2205""", date="2026-02-03 08:05"),

T("ru", 1, "broken", "Sabina Rakhimova <sabina.rakhimova@example.com>", "сосед по комнате угрожает",
"""Здравствуйте. я живу в Unterkunft в Гронау в комнате с другой женщиной. вчера она мне угрожала ножом, кричала что убьет. Security вызвал полицию, но ее не выселили, она опять в комнате. я сегодня ночевала у подруги, но у нее больше нельзя. пожалуйста переведите меня сегодня в другую комнату или другой Heim, я боюсь туда возвращаться
Сабина Рахимова 0152 2204 7713""", date="2025-07-22 09:48"),

T("ru", 0, "clean", "Анатолий Гринько <anatolii.grinko@example.net>", "Хозяин хочет Meldebescheinigung",
"""Добрый день,

хозяин квартиры в Рефрате просит Meldebescheinigung, чтобы проверить мой адрес. Но я в Unterkunft уже полгода, а Anmeldung у меня до сих пор на старый Heim в Кюртене, потому что переводили срочно.

Можете ли вы дать мне какую-то справку, что я живу в городском общежитии в Бергиш-Гладбахе? Или мне сначала надо сделать Ummeldung?

Анатолий Гринько"""),

T("tr", 0, "broken", "Huseyin Tas <huseyin.tas@example.org>", "WBS gecerlilik",
"""merhaba WBS im var ama gecen yil Temmuz da aldim, hala gecerli mi? simdi bir sozial wohnung buldum Hand de, ev sahibi WBS istiyor. yenilemem lazim mi ve ne kadar surer? tesekkurler Huseyin Tas"""),

# ---------------------------------------------------------------- landlord_offer: the same paperwork, owner side
L("uk", 0, "clean", "Микола Бауер <mykola.bauer@example.com>", "Wohnungsgeberbestätigung для пані Марченко",
"""Добрий день,

вибачте за затримку, я був у відрядженні. Я здав квартиру в Hand пані Марченко через вашу програму. Вона пише мені про Wohnungsgeberbestätigung.

Я це роблю вперше: чи правильно, що форму заповнюю я як власник і підписую, а вона сама несе в Bürgerbüro? Додаю заповнену форму, перевірте, будь ласка, чи все правильно, і передайте їй.

Микола Бауер""", attach=["Wohnungsgeberbestaetigung_Marchenko.pdf"]),

L("ru", 0, "formal", "Wohnungsgenossenschaft Bergland eG | Елена Шмидт <e.schmidt@wg-bergland.example.org>", "Две квартиры и вопрос по Genossenschaftsanteile",
"""Уважаемые коллеги,

наш кооператив может предоставить вашей программе две квартиры в Бенсберге с 1 августа:
– 2 комнаты, 55 м², 495 € netto kalt
– 4 комнаты, 88 м², 790 € netto kalt

Для вступления в кооператив необходимо приобрести Genossenschaftsanteile (1 000 € и 1 600 € соответственно). Нам важно знать, может ли Jobcenter оплатить доли для ваших кандидатов, и если да, то в каком порядке. После этого мы передадим Exposés.

С уважением
Елена Шмидт
Vermietung"""),

L("tr", 0, "clean", "Nihat Erdem <nihat.erdem@example.net>", "Kiracının Jobcenter kirası gelmedi",
"""Merhaba Bay Wolf,

sizin aracılığınızla 1 Mart'ta Schildgen'deki dairemi Altun ailesine verdim. Sözleşme imzalandı, aile yerleşti, her şey yolunda.

Ama Mart ve Nisan kirası hâlâ gelmedi. Aile Jobcenter'in direkt bana ödeyeceğini söylemişti. Jobcenter'e Mietbescheinigung'u ben de gönderdim. Ne zaman ödeme gelir, bir bilgi alabilir misiniz?

Nihat Erdem"""),

L("ru", 0, "clean", "Марина Гельвиг <marina.helwig@example.com>", "Унаследовала квартиру тети – думаю сдавать",
"""Здравствуйте,

в прошлом году умерла моя тетя и оставила мне квартиру в Бенсберге (2 комнаты, 61 м²). Я сама живу в Ганновере, продавать пока не хочу.

Подруга посоветовала обратиться к вам: говорят, вы помогаете найти надежных жильцов и сопровождаете их. Я бы рассмотрела такую возможность, но у меня много вопросов: кто ищет жильцов, как быть с Nebenkostenabrechnung, если я далеко, и нужна ли Hausverwaltung?

Могли бы мы созвониться?

Марина Гельвиг"""),

L("tr", 0, "oneliner", "Songül Yaman <songul.yaman@example.org>", "Kaution hesabı",
"""Merhaba, Kaution hesabı açıldı, IBAN ekte. Aileye ve Jobcenter'e iletir misiniz? Songül Yaman""", attach=["Kautionskonto_IBAN.pdf"]),

# ---------------------------------------------------------------- inquiry: meant for other offices, student
I("ru", 0, "clean", "Денис Котов <denis.kotov@example.net>", "Gewerbeanmeldung – где оформить?",
"""Добрый день,

хочу открыть маленький бизнес (ремонт телефонов) и оформить Gewerbeanmeldung. Где это делается в Бергиш-Гладбахе, в ратуше? Нужно ли записываться заранее и сколько стоит?

Денис Котов"""),

I("uk", 0, "clean", "Анастасія Шевченко <anastasiia.shevchenko@example.com>", "Місце в Kita для сина",
"""Добрий день,

ми вже рік живемо у своїй квартирі в Refrath, син (3 роки) досі без місця в Kita. Я зареєструвала його в системі Kita-Navigator, але відповіді немає.

Чи можете ви підказати, до кого звернутися в місті щодо Kita або як прискорити? Мені треба виходити на роботу.

Анастасія Шевченко"""),

I("tr", 0, "broken", "Engin Çakır <engin.cakir@example.net>", "ehliyet",
"""merhaba türk ehliyetimi alman ehliyetine cevirmek istiyorum (Umschreibung) hangi ofise gitmem lazim? bergisch gladbach ta mi yoksa köln de mi? sinav gerekiyor mu
engin"""),

I("uk", 0, "clean", "Роман Ничипорук <roman.nychyporuk@example.org>", "Продовження Aufenthaltserlaubnis §24",
"""Добрий день,

моя Aufenthaltserlaubnis за § 24 закінчується в березні. Я написав до Ausländerbehörde два тижні тому, але відповіді немає. Чи можете ви передати мій запит або дати прямий контакт відповідального працівника?

Дякую,
Роман Ничипорук"""),

I("ru", 0, "clean", "Кира Беляева <kira.belyaeva@hs.example.net>", "Практика в вашем отделе",
"""Здравствуйте,

я учусь на третьем курсе по специальности Soziale Arbeit в Hochschule Düsseldorf. С сентября у меня обязательная практика (Praxissemester, 5 месяцев).

Меня очень интересует работа с беженцами в сфере жилья. Принимает ли ваш отдел практикантов? Говорю на русском, немецком и английском, немного на украинском. Могу прислать резюме.

Кира Беляева"""),

# ---------------------------------------------------------------- spam
S("uk", 0, "other", "AI Invest Europe <info@ai-invest-eu.example.com>", "Українці в Німеччині заробляють 3000 € на місяць",
"""Вітаємо!

Нова інвестиційна платформа на основі штучного інтелекту дозволяє заробляти до 3000 € на місяць, не виходячи з дому. Вже понад 12 000 українців у Німеччині отримують пасивний дохід.

Мінімальний депозит – лише 250 €. Прибуток щодня, виведення на будь-яку картку.

Зареєструйтеся зараз: https://ai-invest-eu.example.com/ua

Кількість місць обмежена!""", html="only"),

S("uk", 0, "other", "Bundesagentur Hilfe <viplata@ba-hilfe-ua.example.net>", "Одноразова допомога 1500 € для українців – підтвердіть дані",
"""Шановний отримувачу,

відповідно до нової програми підтримки, кожен громадянин України з Aufenthaltserlaubnis § 24 має право на одноразову виплату 1500 €.

Для отримання коштів заповніть форму та вкажіть номер банківської картки, термін дії та CVV-код протягом 3 днів:
https://ba-hilfe-ua.example.net/antrag

Після цього гроші надійдуть на ваш рахунок протягом 24 годин.

Bundesagentur für Arbeit – Відділ виплат"""),
]
