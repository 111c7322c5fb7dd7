"""r6b batch 04: six more Ukrainian landlord_offer (transliterated offer, accepted family with a condition, an
heir, a no-show, contract ready, rent paid directly) and Ukrainian tenant_request (short, mentioning the landlord,
viewing, contract, keys, Jobcenter paper; two urgent)."""
from mailwriter import L, T

MAILS = [
L("uk", 0, "mixed_language", "Vasyl Hartmann <vasyl.hartmann@example.net>", "Wohnung frei",
"""Dobryj den, u mene zvilnjajetsja 1-Zimmer-Wohnung v Gronau, 39 m2, z 1.07. Kalt 430 + NK 130. Mozhu zdaty cherez vashu prohramu, kraszhe odnij ljudyni. Podzvonit: 0163 7741290. Vasyl"""),

L("uk", 0, "reply", "Mykola Schulz <mykola.schulz@example.com>", "Re: Vorschlag Herr Amani und Familie",
"""Добре, нехай буде родина Амані. Договір зроблю до 25-го. Будинок у нас тихий, старші люди, Ruhezeit після 22:00 тут справді дотримуються, і на балконі не палять. Поясніть їм, будь ласка, це по-людськи, щоб не було сварок із сусідами.

М. Шульц

> Sehr geehrter Herr Schulz, gern schlagen wir Ihnen Herrn Amani mit Ehefrau und Tochter vor."""),

L("uk", 0, "clean", "Oksana Lehmann <oksana.lehmann@example.org>", "квартира після тата",
"""Добрий день,

я успадкувала квартиру батька в Хайдкампі (3 кімнати, 64 м², у ванній треба поміняти плитку). Живу у Відні і сама нею займатися не можу.

Ваша програма мене цікавить, але практичне питання: ви допомагаєте також знайти Hausverwaltung, або хтось від вас може бути контактом для квартирантів? Показувати квартиру може моя знайома з Бенсберга.

Оксана Леман"""),

L("uk", 0, "phone", "Bohdan Kramer <bohdan.kramer@example.net>", "",
"""чоловік, якого ви надіслали, на перегляд не прийшов. чекав 40 хв, телефон вимкнений. якщо він уже не шукає, дайте когось іншого"""),

L("uk", 0, "oneliner", "Iryna Vogel <iryna.vogel@example.org>", "Mietvertrag готовий",
"""Договір для родини Rahimi готовий, можуть підписати в понеділок або середу ввечері. Хто з вас прийде з ними?"""),

L("uk", 0, "clean", "Mykola Schulz <mykola.schulz@example.com>", "оплата оренди напряму",
"""Добрий день, питання: чи може Jobcenter перераховувати оренду за квартиру, де тепер живе пан Амані, одразу мені, а не йому? Мені так спокійніше. Що для цього треба від мене?
Микола Шульц"""),

T("uk", 0, "oneliner", "Daryna Melnyk <daryna.melnyk@example.com>", "власник",
"""Власник квартири в Рефраті каже, що дзвонив вам двічі і ніхто не взяв. Передзвоніть йому, будь ласка: 0151 22870615. Він чекає тільки до завтра."""),

T("uk", 0, "phone", "Andrii Koval <andrii.koval.88@example.net>", "SCHUFA",
"""доброго дня, орендодавець хоче SCHUFA. я в Німеччині 2 роки, там взагалі щось буде? де її брати безкоштовно? Андрій"""),

T("uk", 0, "clean", "Olena Savchuk <olena.savchuk@example.org>", "договір підписано",
"""Доброго дня, пані Маріє!

Сьогодні я підписала Mietvertrag на квартиру в Шільдгені, скан додаю. Заселення з 1 травня. Що мені тепер потрібно віднести в Jobcenter, і чи треба вам ще щось?

Дуже дякую за допомогу!
Олена Савчук""", attach=["Mietvertrag_Savchuk.pdf"]),

T("uk", 0, "broken", "Vitalii Bondar <vitalii.bondar@example.com>", "перегляд завтра о 10",
"""Добрий день. Завтра о 10 перегляд квартири в Хенді. Власник написав „bitte alle Unterlagen mitbringen“. Що саме брати? Bescheid з Jobcenter, паспорт, що ще? Ваш сертифікат теж?"""),

T("uk", 0, "phone", "Daryna Melnyk <daryna.melnyk@example.com>", "ключі!!",
"""власниця сьогодні дала ключі 🙂 але в квартирі зовсім немає кухні, ні плити ні мийки. вона каже в Німеччині це нормально. Jobcenter дає на це гроші чи ні?"""),

T("uk", 1, "clean", "Liliia Hrytsenko <liliia.hrytsenko@example.net>", "Маємо виїхати до неділі",
"""Добрий день,

ми з донькою (7 років) з 2022 року живемо в німецької пані в Бенсбергу, у кімнаті в її будинку, офіційного договору не було. Сьогодні вона сказала, що до її будинку переїжджає її син і ми маємо виїхати до неділі. Іншого житла в нас немає.

Я працюю на півставки, Jobcenter доплачує. Будь ласка, скажіть, куди нам звернутися. Телефон 0176 50928314.

Лілія Гриценко""", charset="windows-1251", date="2026-03-05 20:14"),

T("uk", 1, "phone", "Roman Tkachuk <roman.tkachuk@example.org>", "терміново квартира",
"""вночі в будинку прорвало трубу, наша квартира вся в воді, стеля впала в дитячій. Hausverwaltung каже жити там не можна і інше житло вони не дають. нас 5 людей, троє дітей. зараз сидимо в машині. допоможіть будь ласка 0157 38411926""", date="2026-01-09 08:03"),

T("uk", 0, "on_behalf", "Artem Savchenko <artem.savchenko@example.com>", "мама – орендодавець хоче Bürgschaft",
"""Добрий день,

я пишу за маму, Валентину Савченко (68 років), вона живе у вашому гуртожитку і у вас на обліку. Ми знайшли однокімнатну квартиру в Паффраті, власниця готова, але хоче Bürgschaft, бо мама на Grundsicherung. Я сам працюю, але живу в Мюнхені. Чи можу я бути поручителем, і чи підходить це для Sozialamt?

Артем Савченко"""),

T("uk", 0, "clean", "Nataliia Ivanenko <nataliia.ivanenko@example.net>", "Jobcenter каже задорого",
"""Доброго дня. Jobcenter не погоджує квартиру, каже, що вона на 38 євро дорожча, ніж можна. Власник знизити ціну не хоче. Я готова доплачувати ці 38 євро сама. Так можна? Квартира дуже підходить, школа для сина поруч.
Наталія"""),

T("uk", 0, "oneliner", "Taras Lytvyn <taras.lytvyn@example.com>", "WBS",
"""Власниця каже, квартира з WBS на 2 особи, а нас троє (я, чоловік і син 3 роки). Можна нам її взагалі брати?""", charset="koi8-u"),

T("uk", 0, "clean", "Svitlana Moroz <svitlana.moroz@example.org>", "Teilnahmebestätigung",
"""Добрий день! Я була на вашому Wohnungsführerschein у лютому, але сертифікат так і не отримала. Власник квартири, яку я дивилась, просить його показати. Можна надіслати на пошту?
Світлана Мороз"""),

T("uk", 0, "mixed_language", "Yulia Boiko <yulia.boiko@example.net>", "Vermieterka",
"""Dobryj den, Vermieterka skazala sho bere mene, ale potribna Mietübernahme vid Jobcenter do p'jatnyci. Jobcenter kazhe 2 tyzhni. Mozhete vy pryskoryty abo napysaty ij? Yulia"""),

T("uk", 0, "clean", "Ihor Kravets <ihor.kravets@example.com>", "мене ще шукають?",
"""Добрий день. Я у вашій програмі з листопада, але вже два місяці ніхто не дзвонить. Одна власниця в Гронау сказала, що хоче взяти людину саме через вас. Я ще на обліку? Ігор Кравець"""),

T("uk", 0, "reply", "Vitalii Bondar <vitalii.bondar@example.com>", "Re: Besichtigung Hand",
"""Перегляд був, все добре, але власник тепер каже, що квартира звільниться тільки з 1 липня, а не з червня. Мені чекати на неї чи шукати далі?

Am 14.04.2026 schrieb Integration Wohnen:
> Lieber Herr Bondar, Herr Otten erwartet Sie morgen um 10 Uhr."""),

T("uk", 0, "broken", "Kateryna Pavlenko <kateryna.pavlenko@example.org>", "Kaution",
"""Добрий день. Власниця пише, що Kaution треба покласти на окремий Kautionskonto, а Jobcenter просить реквізити від неї. Вона каже, що рахунок відкриваю я. Хто з них правий? Я вже заплутався."""),

T("uk", 0, "clean", "Serhii Marchuk <serhii.marchuk@example.net>", "Mieterselbstauskunft",
"""Доброго дня, власник надіслав мені анкету Mieterselbstauskunft на 3 сторінки. Я не все розумію (Arbeitgeber, Vormieter). Чи можемо ми заповнити її разом на консультації? Файл додаю.
Сергій Марчук""", attach=["Mieterselbstauskunft.pdf"]),
]
