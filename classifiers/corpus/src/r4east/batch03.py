"""r4east batch 03: viewings, contracts, Kaution, estate agents and photos, seen from both sides: tenants who
talk about their (future) landlord (tenant_request) versus landlords, agents and property managers following
up on the same steps (landlord_offer); vendors, a student and a journalist who use the same words (inquiry);
one crypto spam."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- tenant_request: tenant mentions the landlord
T("uk", 0, "clean", "Богдан Шевчук <bohdan.shevchuk@example.net>", "Vermieter погодився! Mietschuldenfreiheitsbescheinigung?",
"""Добрий день!

Маю гарну новину: власник квартири в Моітцфельді (пан Краузе) сказав, що готовий здати її мені і моїй дружині. Перегляд був у понеділок.

Але він просить до кінця тижня Mietschuldenfreiheitsbescheinigung. Я ж зараз живу в Unterkunft, у мене немає попереднього орендодавця. Хто мені таку довідку може дати – ви, Heimleitung чи Sozialamt?

Дякую за допомогу!
Богдан Шевчук
0160 9981 2043"""),

T("uk", 0, "phone", "Alina Zhuk <alina.zhuk@example.com>", "Besichtigung zavtra",
"""zavtra v 10 Besichtigung v Refrath cherez makler, shcho meni vziaty z soboiu? pasport, Jobcenter Bescheid shche shcho? i makler khoche Provision 2 Kaltmiete ya ne maiu hroshei, tse normalno?"""),

T("ru", 0, "clean", "Дмитрий Орлов <dmitrii.orlov.gl@example.org>", "Маклер требует Provision – это законно?",
"""Добрый день,

я нашел квартиру через агентство недвижимости, 2 комнаты в Гронау, 520 € холодная. Маклер сказал, что если я хочу квартиру, то должен заплатить ему Provision – две холодные аренды плюс НДС, почти 1240 €. Jobcenter сказал, что такие расходы не оплачивает.

Я читал, что в Германии платит тот, кто заказал маклера (Bestellerprinzip). Это так? Что мне ответить маклеру, чтобы не потерять квартиру?

Спасибо,
Дмитрий Орлов"""),

T("ru", 0, "forward", "Светлана Маркова <svetlana.markova@example.net>", "WG: Mietvertrag Entwurf – Wohnung Bensberg",
"""Здравствуйте, хозяйка прислала мне договор. Посмотрите пожалуйста, все ли нормально? Там есть пункт про Schönheitsreparaturen и что я должна платить за ремонт до 150 € сама. Я не все понимаю. Спасибо, Светлана

---------- Forwarded message ---------
Von: Brigitte Lenz <b.lenz@example.org>
Date: Di., 3. Juni 2025 um 17:02
Subject: Mietvertrag Entwurf – Wohnung Bensberg
To: Svetlana Markova <svetlana.markova@example.net>

Liebe Frau Markova,

wie besprochen sende ich Ihnen anbei den Entwurf des Mietvertrags. Bitte lesen Sie ihn in Ruhe durch. Wenn alles passt, können wir am Freitag um 11 Uhr unterschreiben, der Einzug wäre dann zum 1. Juli möglich.

Die Kaution bitte erst nach Unterschrift überweisen.

Herzliche Grüße
Brigitte Lenz""", attach=["Mietvertrag_Entwurf_Markova.pdf"]),

T("tr", 0, "broken", "Ramazan Güneş <ramazan.gunes@example.com>", "Kaution 3 kira",
"""merhabalar
ev sahibi bana evi veriyor ama Kaution istiyor 3 kira yani 1650 euro. benim bu kadar param yok. Jobcenter bunu öder mi yoksa Darlehen mi verir? nasıl başvuracagim hangi form? ev sahibi 2 hafta bekleyecegini söyledi
Ramazan Güneş"""),

T("tr", 0, "oneliner", "Sibel Tekin <sibel.tekin@example.org>", "Çarşamba 16:30",
"""Merhaba, Çarşamba 16:30'daki Besichtigung'a geleceğim, kocam da gelecek. Adres Gladbacher Str. 41 değil mi? Sibel Tekin""", charset="iso-8859-9"),

T("uk", 0, "clean", "Марина Ткач <maryna.tkach@example.com>", "Mietvertrag підписала! Що далі з Heim?",
"""Добрий день, пані Шмідт!

Сьогодні я підписала Mietvertrag на квартиру в Hand, дякую вам величезне за допомогу з Jobcenter! Ключі отримаю 28 лютого.

Підкажіть, будь ласка:
1. Кому в Heim сказати, що я виїжджаю, і до якого числа треба звільнити кімнату?
2. Чи можна забрати ліжко, яке я отримала від Kleiderkammer?
3. Чи треба мені ще щось робити для Anmeldung на новій адресі?

Марина Ткач"""),

T("ru", 0, "clean", "Артур Асланян <artur.aslanyan@example.org>", "Хозяин ждет Mietübernahmebescheinigung",
"""Здравствуйте,

хозяин квартиры в Херкенрате согласен сдать мне квартиру, но он хочет до пятницы получить от Jobcenter письменное подтверждение, что они будут платить аренду (Mietübernahmebescheinigung / Zusicherung). Иначе он отдаст квартиру другому человеку.

Я отправил в Jobcenter все документы в прошлый вторник, но ответа нет, по телефону не дозвониться. Можете ли вы как-то помочь ускорить?

Мой номер в Jobcenter: 32401BG0018877.

Артур Асланян"""),

T("uk", 0, "hard_case", "Роман Коваль <roman.koval.de@example.net>", "Фото квартири, яку я знайшов",
"""Добрий день,

як ви просили на консультації, надсилаю фото квартири, яку я знайшов на Kleinanzeigen. Власник сказав, що я можу її взяти, якщо Jobcenter погодиться.

Мене трохи турбує вологість у ванній (див. останнє фото). Як думаєте, чи варто брати? І чи правильно я розумію, що 12 € Kabelgebühr Jobcenter теж платить?

Роман Коваль""", attach=["kimnata.jpg", "kukhnia.jpg", "vanna_plyama.jpg"]),

# ---------------------------------------------------------------- landlord_offer: same steps from the owner's side
L("uk", 0, "oneliner", "Павло Зайченко <pavlo.zaichenko@example.com>", "Besichtigung Mittwoch",
"""Підтверджую показ квартири в середу о 16:30 для родини, яку ви запропонували. Я буду на місці, дзвінок «Zaichenko», 2 поверх.
Павло Зайченко"""),

L("ru", 0, "oneliner", "Вальдемар Кох <waldemar.koch@example.net>", "Договор с семьей Кравец",
"""Добрый день,
договор с семьей Кравец подписан, ключи отдам первого числа. Копию Mietvertrag для Jobcenter прикладываю.
Кох""", attach=["Mietvertrag_Kravets.pdf"]),

L("tr", 0, "oneliner", "Nevzat Aydın <nevzat.aydin@example.org>", "Re: Besichtigung Bensberg",
"""Merhaba, aile bugün geldi, evi gezdiler. Onları alıyorum. Sözleşme için ne zaman gelebilirler?
Nevzat Aydın"""),

L("ru", 0, "formal", "Immobilien Rauch & Partner | Елена Рауш <e.rausch@rauch-immo.example.com>", "Три квартиры для ваших клиентов",
"""Добрый день,

я работаю маклером в агентстве Rauch & Partner (Bergisch Gladbach). Наши клиенты-владельцы готовы сдать три квартиры людям из вашей программы:

– 1 комната, 34 м², Refrath, 410 € kalt
– 2 комнаты, 58 м², Gronau, 575 € kalt
– 3 комнаты, 79 м², Bensberg, 760 € kalt

Provision оплачивают владельцы, для арендаторов бесплатно. Вопрос только один: можете ли вы подтвердить, что Jobcenter эти суммы принимает? Если да, пришлю Exposés.

С уважением
Елена Рауш
Immobilienmaklerin"""),

L("uk", 0, "clean", "Світлана Фішер <svitlana.fischer@example.net>", "Питання про Kaution перед рішенням",
"""Добрий день,

у мене є однокімнатна квартира в Paffrath, і я думаю, чи здати її через вашу програму. Перш ніж вирішити, хочу зрозуміти одне:

Якщо орендар отримує Jobcenter, хто платить Kaution – Jobcenter напряму мені чи орендар? І якщо Jobcenter дає це як Darlehen, а орендар потім виїде, я отримаю гроші назад чи вони?

Дякую за відповідь.
Світлана Фішер"""),

L("tr", 0, "clean", "Hausverwaltung Yalçın | Fatma Yalçın <f.yalcin@hv-yalcin.example.com>", "İstediğiniz fotoğraflar ve kat planı",
"""Merhaba Bay Müller,

dün telefonda istediğiniz gibi Heidkamp'taki 3 odalı dairenin fotoğraflarını ve kat planını (Grundriss) ekte gönderiyorum. Daire 15 Mayıs'tan itibaren boş.

Besichtigung için perşembe veya cuma öğleden sonra uygun. Aile büyükse (5 kişi) ev sahibiyle ayrıca konuşmam gerekir.

Saygılarımla
Fatma Yalçın
Hausverwaltung Yalçın""", attach=["Grundriss_Heidkamp.pdf", "Fotos_Heidkamp.jpg"]),

# ---------------------------------------------------------------- inquiry: same words, no dwelling, no tenant
I("ru", 0, "clean", "Umzüge Petrov <info@umzuege-petrov.example.com>", "Переезды для ваших клиентов – скидка",
"""Здравствуйте,

мы – небольшая фирма по переездам из Бергиш-Гладбаха (Umzüge Petrov). Знаем, что многие люди из общежитий переезжают в свои первые квартиры и у них почти нет денег.

Мы предлагаем для таких переездов специальную цену: машина + 2 грузчика, 3 часа – 190 €, работаем также с Kostenvoranschlag для Jobcenter. Говорим по-русски, по-украински, по-немецки.

Будем рады, если вы передадите наши контакты. Прикладываю прайс-лист.

Игорь Петров""", attach=["Preisliste_Umzuege_Petrov.pdf"]),

I("tr", 0, "clean", "Temizlik Parlak <info@parlak-reinigung.example.org>", "Endreinigung hizmetimiz",
"""Merhaba,

Parlak Gebäudereinigung olarak Bergisch Gladbach ve çevresinde daire teslimi öncesi temizlik (Endreinigung) yapıyoruz. Heim'dan ya da eski dairesinden çıkan kiracılar için uygun fiyat sunabiliriz. Ayrıca Vermieter'ler için de teslim temizliği yapıyoruz.

Fiyat: 2 odalı daire 180 €'dan başlayan fiyatlarla. İsterseniz broşürümüzü gönderebiliriz.

Saygılarımızla
Ercan Parlak"""),

I("uk", 0, "clean", "Дарина Олійник <daryna.oliinyk@uni.example.org>", "Опитування орендодавців – магістерська робота",
"""Добрий день!

Я навчаюся в магістратурі з міського планування (Universität zu Köln) і досліджую, чому приватні орендодавці (Vermieter) погоджуються або відмовляються здавати житло біженцям.

Чи могли б ви розповісти, скільки орендодавців у середньому звертається до вас за рік і чи можна поширити серед вашої мережі Vermieter анонімну анкету (10 хвилин)? Жодних персональних даних я не збираю.

Дякую заздалегідь.
Дарина Олійник"""),

I("ru", 0, "formal", "Редакция «Рейнский вестник» <redaktion@rhein-vestnik.example.net>", "Запрос для статьи: сколько арендодателей предложили квартиры?",
"""Добрый день,

я готовлю материал для русскоязычной газеты «Рейнский вестник» о жилье для беженцев в Рейнско-Бергском округе.

Не могли бы вы сообщить:
– сколько арендодателей (Vermieter) предложили квартиры через вашу программу в 2025 году;
– сколько семей удалось переселить из общежитий;
– и можно ли поговорить с кем-то из арендодателей, которые готовы рассказать о своем опыте?

Срок сдачи – 20 ноября. Заранее благодарю.

Ольга Берг, журналистка"""),

I("uk", 0, "clean", "Людмила Кравець | Migrationsberatung <l.kravets@migrationsberatung.example.org>", "Як працює ваша програма для наших клієнтів?",
"""Добрий день,

я консультантка в Migrationsberatung für Erwachsene, консультую переважно українською та російською. До мене часто приходять люди, які живуть в Unterkunft і шукають квартиру.

Хочу краще зрозуміти вашу програму, щоб правильно їх направляти: хто може зареєструватися, як довго зазвичай триває пошук, чи є черга і чи ви самі спілкуєтеся з Vermieter? Можливо, є коротка презентація, яку я могла б переглянути?

Конкретних клієнтів зараз не передаю, це загальне питання.

З повагою
Людмила Кравець"""),

# ---------------------------------------------------------------- spam
S("tr", 0, "other", "Kripto Kazanç <destek@kripto-kazanc.example.com>", "Günde 450 € pasif gelir – devlet destekli platform",
"""Merhaba,

Almanya'da yaşayan Türkler için özel fırsat! Yeni yapay zeka destekli kripto platformumuz ile sadece 250 € yatırarak günde 450 €'ya kadar kazanın.

✔ Devlet destekli
✔ Risk yok
✔ İlk hafta içinde kazanç garantili

Yerleri sınırlı. Hemen kayıt olun: http://kripto-kazanc.example.com/de-tr

Bu e-postayı artık almak istemiyorsanız cevap vermeyin.""", html="only"),
]
