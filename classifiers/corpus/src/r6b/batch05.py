"""r6b batch 05: two Ukrainian tenant_request, thirteen Ukrainian inquiries (address registration, Kita,
Kindergeld, school, community and parish, press, a furniture donation, volunteers, a neighbour, a trainee, mail
for the Ausländerbehörde, a removal firm) and the first six Turkish landlord_offer."""
from mailwriter import T, L, I

MAILS = [
T("uk", 0, "clean", "Yana Shevchuk <yana.shevchuk@example.com>", "довідка для власниці",
"""Добрий день. Нова власниця хоче Mietschuldenfreiheitsbescheinigung від моєї попередньої хазяйки (я рік жила в неї в кімнаті). А та вже місяць не відповідає ні на листи, ні на дзвінки. Що можна дати замість цього?
Яна Шевчук"""),

T("uk", 0, "oneliner", "Halyna Oliinyk <halyna.oliinyk@example.net>", "підтвердження",
"""Хазяйка питає, коли буде підтвердження від Jobcenter, я віддала їм усі папери ще 3 тижні тому. Можете дізнатися?"""),

I("uk", 0, "phone", "Mariia Tkachenko <mariia.tkachenko@example.org>", "Ummeldung",
"""доброго дня, ми вже переїхали з гуртожитку в свою квартиру. де тепер робити Ummeldung адреси, і чи треба Termin? дякую"""),

I("uk", 0, "clean", "Oleksii Hnatiuk <oleksii.hnatiuk@example.com>", "місце в дитсадку",
"""Добрий день. Після переїзду в Бенсберг дитсадок сина тепер дуже далеко. Куди подавати заяву на Kita ближче до нового дому? Це через вас чи через Jugendamt?
Олексій"""),

I("uk", 0, "clean", "Inna Kuzmenko <inna.kuzmenko@example.net>", "Kindergeld і нова адреса",
"""Добрий день! Ми переїхали в квартиру в Рефраті. Чи треба самій повідомляти Familienkasse нову адресу для Kindergeld? Вибачте, якщо пишу не туди, не знаю, хто за це відповідає.
Інна Кузьменко""", charset="windows-1251"),

I("uk", 0, "broken", "Volodymyr Yatsenko <volodymyr.yatsenko@example.org>", "школа для доньки",
"""Доброго дня. Ми переїхали в Паффрат, донька ходить в 5 клас в Гімназію в центрі. Можна її перевести ближче? Куди писати, в Schulamt?"""),

I("uk", 0, "formal", "Ukrainische Gemeinde Rhein-Berg e.V. <kontakt@ukr-gemeinde-rb.example.org>", "Запрошення на інформаційний вечір",
"""Шановні пані та панове,

Українська громада Rhein-Berg (fiktiv) 23 травня о 18:00 проводить інформаційний вечір для українців, які ще живуть у гуртожитках та у приймаючих сім'ях. Нас часто питають, як шукати квартиру і що таке Wohnungsführerschein.

Чи могли б ви виступити з коротким повідомленням (20 хв.) і відповісти на запитання? Зал і переклад забезпечуємо.

З повагою
Правління громади"""),

I("uk", 0, "clean", "o. Petro Hrynyshyn <parafiia.gl@example.net>", "Парафія пропонує приміщення",
"""Слава Ісусу Христу!

Я парох української греко-католицької парафії, ми збираємося в залі при католицькій церкві в Бенсбергу. Зал вільний у будні вечори. Якщо вам потрібне приміщення для курсів для майбутніх квартирантів, ми можемо його надати безкоштовно.

о. Петро Гринишин"""),

I("uk", 0, "formal", "Yevheniia Tkach <y.tkach@ukr-media.example.com>", "Запит від україномовного видання",
"""Доброго дня!

Я журналістка україномовного онлайн-видання для українців у Німеччині. Готую матеріал про те, як громади допомагають біженцям переїжджати з гуртожитків у звичайне житло.

Чи можна поставити вам кілька запитань письмово: скільки людей уже переїхали, чи є серед власників квартир українці, які труднощі найчастіші?

З повагою
Євгенія Ткач"""),

I("uk", 0, "phone", "Anastasiia Romaniuk <anastasiia.romaniuk@example.org>", "меблі безкоштовно",
"""добрий день, ми в липні повертаємось додому в Україну. залишається шафа, ліжко 140, дитяче ліжко, пральна машина. віддамо безкоштовно тим, хто переїжджає в першу квартиру. забрати самим з Гронау. Анастасія 0152 90016342"""),

I("uk", 0, "clean", "Oksana Didenko <oksana.didenko@example.com>", "можу допомагати",
"""Вітаю! Я вже 10 років у Німеччині, працюю бухгалтеркою, по суботах вільна. Можу допомагати з перекладом (українська, російська, німецька) на ваших курсах або з заповненням анкет. Безкоштовно, просто хочу бути корисною.
Оксана Діденко"""),

I("uk", 0, "broken", "Petro Zahorodnii <petro.zahorodnii@example.net>", "машини біля гуртожитку",
"""Доброго дня. Я живу поруч з гуртожитком в Хайдкампі. Вже місяць машини мешканців стоять на тротуарі і перед нашим в'їздом, я не можу виїхати на роботу. Куди про це писати? Петро, сусід"""),

I("uk", 0, "clean", "Sofiia Lysenko <sofiia.lysenko@schule.example.org>", "Практика у вашій службі",
"""Добрий день! Я вчуся на Sozialassistentin і шукаю місце для практики на 6 тижнів восени. Мені дуже цікаво, як працює ваша програма з переїздом з гуртожитків. Чи берете ви практикантів? Можу надіслати резюме.
Софія Лисенко"""),

I("uk", 0, "phone", "Maksym Horbenko <maksym.horbenko@example.com>", "Fiktionsbescheinigung",
"""доброго дня мій § 24 закінчується в травні, Fiktionsbescheinigung ще не отримав. до кого в місті звертатись? Максим"""),

I("uk", 0, "clean", "Umzüge Kovalchuk <info@umzuege-kovalchuk.example.com>", "Перевезення для ваших клієнтів",
"""Добрий день!

Ми невелика транспортна фірма з Кельна, працюємо з 2019 року, говоримо українською, російською, німецькою. Пропонуємо переїзди для людей, які виїжджають із гуртожитків: бус з вантажниками від 45 євро за годину, збирання меблів. Можемо виставити рахунок на Jobcenter.

Прайс додаю.
Umzüge Kovalchuk (fiktiv)""", attach=["Preisliste_2026.pdf"]),

L("tr", 0, "clean", "Hüseyin Aydın <huseyin.aydin58@example.com>", "Gronau'da boş daire",
"""Merhaba,

ben 1979'da babamın yanına geldim, 12 yaşındaydım, Almanca bilmiyordum. Şimdi Bergisch Gladbach'ta üç dairem var, biri Gronau'da 1 Haziran'dan itibaren boş: 3 oda, 74 m², balkon, 2. kat.

Sizin programınız üzerinden bir aileye vermek istiyorum. Kalt 710, Nebenkosten 220 civarı. Akşamları arayabilirsiniz: 0172 6650391.

Hüseyin Aydın"""),

L("tr", 0, "clean", "Murat Kaya <murat.kaya.gastro@example.net>", "lokantanin ustundeki daire",
"""Merhaba. Bensberg'de lokantam var, ustundeki 1+1 daire 3 aydir bos duruyor. Aslinda calisanim icin ayirmistim ama o Koln'e tasindi. Sizin programdan birine verebilirim, mutfakta calismak isteyen biri olursa daha iyi, is de var. Kira 450 sicak.
Murat Kaya 0176 3092217"""),

L("tr", 0, "oneliner", "Serpil Öztürk <serpil.ozturk@example.org>", "Besichtigung",
"""Önerdiğiniz aileye söyler misiniz: cumartesi 11'de gelsinler, ama sokakta park yeri yok, otobüsle gelsinler, durak evin tam önünde."""),

L("tr", 0, "phone", "Kemal Yıldız <kemal.yildiz.gl@example.com>", "iptal",
"""slm eski kiraci daha cikmadi, Auszug 2 hafta kaydi. persembe Besichtigung iptal, aileye soyler misiniz. yeni tarih yazarim. Kemal"""),

L("tr", 0, "reply", "Serpil Öztürk <serpil.ozturk@example.org>", "AW: Vorschlag Familie Jafari",
"""Aile geldi, baktılar, çocuklar çok tatlıydı. Biz razıyız. Şimdi ne yapıyoruz, sözleşmeyi kim hazırlıyor, Jobcenter'den kağıt ne zaman gelir?

Serpil

Am 20.05.2026 schrieb Integration Wohnen:
> Sehr geehrte Frau Öztürk, wir dürfen Ihnen Familie Jafari vorschlagen (2 Erwachsene, 3 Kinder)."""),

L("tr", 0, "oneliner", "Hüseyin Aydın <huseyin.aydin58@example.com>", "Jobcenter yazısı",
"""Haddad bey Jobcenter'in onay yazısının fotoğrafını WhatsApp'tan atsın yeter. Ben pazartesiye kadar Türkiye'deyim, dönünce imzalarız."""),
]
