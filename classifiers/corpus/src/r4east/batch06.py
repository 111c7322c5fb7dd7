"""r4east batch 06: money and offers. Tenants asking about Jobcenter/KdU, Kaution, WBS, SCHUFA and cooperative
shares (tenant_request, one urgent) versus landlords, an employer and a room owner offering flats or asking only
about guarantees and damages before deciding (landlord_offer); movers, renovators, furniture donors, a
software vendor and a volunteer teacher (inquiry); one bank phishing."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- tenant_request: money questions of tenants
T("uk", 0, "clean", "Максим Остапенко <maksym.ostapenko@example.com>", "Jobcenter каже, що квартира задорога",
"""Добрий день,

я знайшов квартиру в Schildgen: 2 кімнати, 52 м², Bruttokaltmiete 538 €. Jobcenter відповів, що для однієї людини максимум 508 €, тобто на 30 € більше, і вони не дають Zusicherung.

Власник готовий почекати тиждень. Чи можу я сам доплачувати ці 30 € з Regelsatz? Або чи є якийсь виняток, якщо квартира поруч з моєю роботою (я працюю на Minijob у Schildgen)?

Максим Остапенко"""),

T("ru", 0, "clean", "Ольга Тимченко <olga.timchenko@example.net>", "Mietangebot для Jobcenter – хозяин не хочет подписывать",
"""Здравствуйте,

Jobcenter дал мне форму «Mietangebot», которую должен заполнить и подписать хозяин квартиры, прежде чем они решат, оплачивать ли аренду. Хозяйка говорит, что у нее нет времени на такие бумаги и что другие кандидаты ничего такого не требуют.

Могу ли я заполнить сама, а она только подпишет? Или достаточно копии ее объявления? Я боюсь, что она передумает.

Ольга Тимченко"""),

T("tr", 0, "broken", "Serkan Ateş <serkan.ates@example.com>", "Jobcenter Kaution ödemiyor",
"""merhaba
Jobcenter kira ok dedi ama Kaution'u ödemiyoruz diyor, siz yeni çalışmaya başladınız kendiniz ödeyin diyorlar. ama ilk maaşım ay sonunda, ev sahibi anahtardan önce Kaution istiyor. ne yapabilirim? Darlehen istemem lazim mi?
Serkan"""),

T("uk", 0, "mixed_language", "Tetiana Bilous <tetiana.bilous@example.org>", "WBS Antrag – допомога",
"""Guten Tag,

ich möchte einen Wohnberechtigungsschein beantragen. Я вже завантажила форму з сайту, але не розумію пункт про «Gesamteinkommen aller Haushaltsangehörigen» – чи треба вказувати Kindergeld і Unterhaltsvorschuss?

Також: чи потрібен WBS для квартир, які ви пропонуєте, чи тільки для Sozialwohnungen?

Vielen Dank
Tetiana Bilous"""),

T("ru", 0, "clean", "Руслан Абдуллаев <ruslan.abdullaev@example.com>", "SCHUFA-Auskunft – где взять?",
"""Здравствуйте,

почти все хозяева квартир просят SCHUFA-Auskunft. Я никогда кредитов не брал, счет в банке у меня только год. Где ее сделать бесплатно? На сайте SCHUFA все платно, 29,95 €.

И если там будет пусто (потому что я недавно в Германии), это плохо для хозяина?

Руслан Абдуллаев"""),

T("tr", 0, "clean", "Ferhat Bozkurt <ferhat.bozkurt@example.net>", "Tanıdığımın dairesi – 5 kişi 3 oda",
"""Merhaba,

bir tanıdığımın Gronau'da 3 odalı, 72 m²'lik bir dairesi boşalıyor, bize vermek istiyor. Biz 5 kişiyiz (ben, eşim, 3 çocuk). Kira 780 € kalt + 190 € Nebenkosten.

Jobcenter bu daireyi 5 kişi için kabul eder mi? Metrekare yeterli mi? Tanıdığım bizim için bekliyor ama Jobcenter'den onay olmadan söz veremiyorum.

Teşekkürler
Ferhat Bozkurt"""),

T("uk", 0, "clean", "Віктор Гриценко <viktor.hrytsenko@example.net>", "Я тепер працюю – чи я ще у програмі?",
"""Добрий день,

з 1 березня я працюю повний день на складі в Köln-Porz, тепер Jobcenter мені більше не платить. Я й далі живу в Unterkunft і шукаю квартиру.

Чи залишаюсь я у вашій програмі? Я тепер можу платити до 700 € warm сам, можливо, це навіть допоможе з власниками.

Віктор Гриценко"""),

T("ru", 1, "phone", "Timur Nazarov <timur.nazarov@example.org>", "выгоняет в воскресенье",
"""здравствуйте я снимаю комнату Untermiete у знакомого в Рефрате без договора, он сегодня сказал что в воскресенье я должен уйти потому что к нему приезжает семья. у меня нет куда идти, Heim я уже давно сдал. помогите пожалуйста что делать тел 0159 0331 7742 Тимур Назаров""", date="2025-08-14 21:03"),

T("ru", 0, "clean", "Наиля Ахмедова <nailia.akhmedova@example.com>", "Genossenschaft – кто платит Anteile?",
"""Добрый день,

нам предложили квартиру в жилищном кооперативе (Genossenschaft) в Бенсберге, 3 комнаты. Но чтобы въехать, надо купить Genossenschaftsanteile на 1500 €.

Платит ли это Jobcenter, как Kaution? Или это надо нам самим? У нас таких денег нет, а квартира очень хорошая и недорогая.

Наиля Ахмедова"""),

# ---------------------------------------------------------------- landlord_offer: offers and conditions
L("tr", 0, "clean", "Bayram Kılınç <bayram.kilinc@example.org>", "Gronau'da 3 odalı daire – kiracı arıyorum",
"""Merhaba,

Gronau'da 3 odalı bir dairem var, 1 Haziran'dan itibaren boş:
– 71 m², 2. kat, balkon
– Kaltmiete 690 €, Nebenkosten yaklaşık 180 €
– Kaution 2 kira
– Bodrum (Keller) ve çamaşır odası var

4-5 kişilik bir aileye verebilirim. Sizin programdan bir aile olursa memnun olurum, ben de 1980'lerde buraya gelip zor ev bulduk.

Besichtigung için beni arayabilirsiniz: 0172 6620 9913

Bayram Kılınç""", charset="windows-1254"),

L("ru", 0, "clean", "Лидия Рейнгардт <lidia.reinhardt@example.net>", "Einliegerwohnung в Херкенрате",
"""Добрый день,

мы с мужем построили дом в Херкенрате, в подвале (Souterrain, но светлый, окна большие) есть отдельная квартира: 1 комната, кухня, душ, отдельный вход, 36 м².

Мы готовы сдать ее одному человеку или паре без детей. Аренда 420 € warm, включая свет и интернет. Лучше, если человек работает или учится, но и Jobcenter можно.

Как нам действовать дальше? Надо ли что-то заполнить?

Лидия Рейнгардт"""),

L("uk", 0, "clean", "Надія Кох <nadiia.koch@example.com>", "Кімната в моєму будинку",
"""Добрий день,

я живу сама в будинку в Moitzfeld після смерті чоловіка, на другому поверсі є мебльована кімната (18 м²) з окремою ванною. Кухню можна використовувати разом зі мною.

Хотіла б здати жінці або студентці, бажано з України, на тривалий строк. Оренда 350 € разом з усім.

Чи ви працюєте і з кімнатами, а не тільки з квартирами? Якщо так, як це відбувається?

Надія Кох"""),

L("tr", 0, "formal", "Aydın Bau GmbH | Murat Aydın <m.aydin@aydin-bau.example.com>", "Firmamıza ait boş daire",
"""Merhaba,

inşaat şirketimize ait Paffrath'ta 2 odalı bir Werkswohnung boş duruyor. Normalde işçilerimize veriyoruz, ama şu an ihtiyaç yok.

Sizin programınızdaki biri kiralayabilir; eğer inşaat alanında çalışmak isteyen biri olursa ona iş de verebiliriz, bu bizim için artı olur. Kira 480 € kalt.

Görüşmek için beni 0221 998 41 20 numarasından arayabilirsiniz.

Saygılarımla
Murat Aydın
Geschäftsführer"""),

L("ru", 0, "clean", "Вадим Клейн <vadim.klein@example.org>", "Вопрос о гарантиях перед решением",
"""Здравствуйте,

у меня есть квартира в Рефрате, которую я мог бы сдать через вашу программу. Но сначала хочу понять, какие гарантии вы даете:

– есть ли у города Mietausfallgarantie, если аренда не будет оплачена?
– кто платит за ущерб при выезде, если Kaution не хватит?
– будет ли у меня контактное лицо, если возникнут проблемы с квартирантом?

Если ответы меня устроят, пришлю данные квартиры.

Вадим Клейн""", charset="windows-1251"),

L("uk", 0, "clean", "Ігор Шмідт <ihor.schmidt@example.net>", "Хто відповідає за пошкодження?",
"""Добрий день,

розглядаю можливість здати свою двокімнатну квартиру в Heidkamp людям з вашої програми. Квартира щойно після ремонту, нова кухня.

Питання: якщо орендарі щось пошкодять (кухню, підлогу), хто це оплачує? Є якась страховка від міста чи тільки Kaution і Haftpflichtversicherung орендаря? Без цієї відповіді поки не можу вирішити.

Ігор Шмідт""", charset="windows-1251"),

# ---------------------------------------------------------------- inquiry: vendors, donors, volunteers
I("tr", 0, "clean", "Yıldız Nakliyat <info@yildiz-nakliyat.example.com>", "Taşınma hizmeti – mülteci ailelere indirim",
"""Merhaba,

Yıldız Nakliyat olarak 15 yıldır Köln ve Bergisch Gladbach'ta taşınma işleri yapıyoruz. Heim'dan ilk dairesine taşınan ailelere %20 indirim veriyoruz, Jobcenter için Kostenvoranschlag da hazırlıyoruz.

Broşürümüzü ekte gönderiyorum, danışmanlarınıza iletebilirseniz seviniriz.

Saygılarımızla
Kenan Yıldız""", attach=["Yildiz_Nakliyat_Flyer.pdf"]),

I("uk", 0, "clean", "Оксана Беренс <oksana.behrens@example.org>", "Віддам меблі безкоштовно",
"""Добрий день,

ми переїжджаємо і хочемо віддати меблі в хорошому стані: диван, шафа (2 м), кухонний стіл з 4 стільцями, дитяче ліжко. Безкоштовно, для будь-якої родини, яка облаштовує квартиру.

Забрати треба самим з Refrath до 30 числа. Кому я можу передати цю інформацію?

Оксана Беренс"""),

I("ru", 0, "clean", "Малярная фирма «Колор» <info@color-maler.example.net>", "Ремонт квартир перед заселением",
"""Здравствуйте,

наша фирма делает малярные работы и мелкий ремонт (Malerarbeiten, Bodenbeläge, Schönheitsreparaturen) в Бергиш-Гладбахе. Работаем с частными хозяевами и с Hausverwaltungen.

Если вашим арендодателям или жильцам нужна покраска квартиры при въезде или выезде, будем рады предложить хорошую цену. Прилагаем визитку.

С уважением
Константин Зайцев""", attach=["Visitenkarte_Color.jpg"]),

I("tr", 0, "clean", "İkinci El Mobilya Sarı <sari.mobilya@example.org>", "Uygun fiyatlı mobilya",
"""Merhaba,

Bergisch Gladbach'ta ikinci el mobilya dükkanımız var. Yeni daireye taşınan aileler için Erstausstattung paketleri hazırladık (yatak, dolap, masa, sandalye), Jobcenter'in Erstausstattung bütçesine uygun fiyatlarla.

Danışanlarınıza adresimizi verebilir misiniz? Teslimat da yapıyoruz.

Tuncay Sarı"""),

I("uk", 0, "formal", "Softline Municipal | Дмитро Левченко <d.levchenko@softline-mun.example.com>", "CRM для управління житловими справами",
"""Шановні пані та панове,

наша компанія розробляє програмне забезпечення для муніципалітетів: облік справ, реєстр житла та орендодавців, автоматичні нагадування. Програма вже працює в кількох містах NRW.

Пропонуємо безкоштовну онлайн-демонстрацію (45 хв) у зручний для вас час. Можемо провести її німецькою.

З повагою
Дмитро Левченко
Sales Manager, Softline Municipal GmbH"""),

I("ru", 0, "clean", "Раиса Гербер <raissa.gerber@example.com>", "Бесплатные уроки немецкого",
"""Добрый день,

я учительница немецкого на пенсии. Могу бесплатно заниматься с людьми, которые готовятся к переезду в квартиру: как писать Vermieter, как звонить, как понимать договор. Два раза в неделю, в библиотеке в Бенсберге.

Это предложение для всех, не для кого-то конкретного. Если интересно, передайте мои контакты.

Раиса Гербер"""),

# ---------------------------------------------------------------- spam
S("tr", 0, "other", "Deutsche Bank Güvenlik <guvenlik@db-kontrol.example.net>", "Hesabınız askıya alındı – hemen doğrulayın",
"""Değerli müşterimiz,

hesabınızda olağandışı bir giriş tespit edildi. Güvenliğiniz için hesabınız geçici olarak askıya alınmıştır.

Hesabınızı yeniden etkinleştirmek için aşağıdaki bağlantıya tıklayın ve kart bilgilerinizi doğrulayın:
https://db-kontrol.example.net/tr/giris

24 saat içinde doğrulama yapılmazsa hesabınız kapatılacaktır.

Deutsche Bank Müşteri Güvenliği""", html="only", charset="windows-1254"),
]
