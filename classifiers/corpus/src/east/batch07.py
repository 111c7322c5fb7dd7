# batch07: more Ukrainian tenants – caseworkers, forwards, not-really-urgent "urgent", hard cases
from mailwriter import M

MAILS = [
M("tenant_request", "uk", 0, "hard_case", "Oksana Levchenko <oksana.levchenko@example.net>",
  "ТЕРМІНОВО – реєстрація на Wohnworkshop",
  """Добрий день! Терміново прошу передзвонити: я записалась на Wohnworkshop 5 травня, але в цей день у мене іспит B1. Чи можна перенести на іншу дату? Не хочу втратити місце.
Оксана Левченко 0157 23450188""", date="2026-04-21 08:55"),

M("tenant_request", "uk", 0, "forward", "Nadiia Boiko <nadiia.boiko@example.com>",
  "Fwd: 2-Zimmer-Wohnung in Bergisch Gladbach Hand",
  """Добрий день! Я знайшла це оголошення на Immowelt. Ціна наче підходить для Jobcenter (Warmmiete 695 €). Можете подивитися, чи це не шахрайство? Власник хоче 50 € за «Besichtigungsgebühr». Це нормально?
Надія Бойко

---------- Forwarded message ---------
From: Immowelt Nachricht <noreply@immowelt.example.com>
Date: Mon, 8 Sep 2025 at 19:22
Subject: 2-Zimmer-Wohnung in Bergisch Gladbach Hand
To: nadiia.boiko@example.com

Gepflegte 2-Zimmer-Wohnung, 52 m², 1. OG, Bad mit Wanne, Keller.
Kaltmiete: 520 €, Nebenkosten: 175 €.
Besichtigungsgebühr 50 € vorab per PayPal.""", date="2025-09-09 08:02"),

M("tenant_request", "uk", 0, "on_behalf", "Birgit Lammers <birgit.lammers@jobcenter.example.org>",
  "WG: Schreiben meiner Kundin Frau Hnatyshyn",
  """Sehr geehrte Kolleginnen und Kollegen,

meine Kundin Frau Hnatyshyn hat mir das untenstehende Schreiben geschickt. Da es um die Wohnungssuche geht, leite ich es mit ihrem Einverständnis an Sie weiter.

Freundliche Grüße
B. Lammers
Jobcenter Rhein-Berg, Team 3

-----Ursprüngliche Nachricht-----
Von: Khrystyna Hnatyshyn
Betreff: квартира

Добрий день, пані Ламмерс!
Я вже рік шукаю квартиру і нічого не виходить. Мені постійно відмовляють, бо я з Jobcenter і з дитиною. У гуртожитку в Gronau дуже шумно, донька (3 роки) погано спить, часто хворіє. Я відвідую курс B2 і хочу з осені почати Ausbildung на медсестру, але без нормального житла я не зможу вчитися.
Будь ласка, порадьте, до кого звернутися. Мені казали про програму міста для переїзду з гуртожитків.
Дякую,
Христина Гнатишин""", footer="""Hinweis: Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen (Sozialdaten gem. § 35 SGB I) enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender."""),

M("tenant_request", "uk", 1, "clean", "Віра Ярема <vira.yarema@example.org>",
  "Нас виселяють з квартири 1 грудня",
  """Добрий день!

Я писала вам влітку, що власник продає квартиру. Тепер новий власник надіслав Kündigung wegen Eigenbedarf, і суд уже вирішив: ми маємо звільнити квартиру до 1 грудня. Це через 5 днів. Ми (я, чоловік, двоє дітей і бабуся) нічого не знайшли, хоча шукали щодня.

Чи є можливість тимчасово повернутися в Unterkunft? Або якась інша допомога?
Будь ласка, відповідайте якнайшвидше.

Віра Ярема
Bensberg
0151 23452876""", date="Wed, 26 Nov 2025 08:15:44 +0100"),

M("tenant_request", "uk", 0, "oneliner", "Alina <alina.savko@example.net>", "Re: Termin Montag",
  """Добре, в понеділок о 9:30 буду. Аліна Савко"""),

M("tenant_request", "uk", 0, "reply", "Yevhen Shevchenko <yevhen.shevchenko@example.com>",
  "Re: Ihre Wohnung in Katterbach – Glückwunsch!",
  """Дякуємо вам величезне! Ми вже переїхали, діти дуже щасливі 🙏 Якщо можна, надішліть мені ще раз, будь ласка, лист для Jobcenter про Umzugskosten, я його загубив.

Євген Шевченко

Am 14.03.2026 um 16:20 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Lieber Herr Shevchenko,
> herzlichen Glückwunsch zur neuen Wohnung! Anbei das Schreiben für das Jobcenter zu den Umzugskosten.
> Alles Gute!""", date="2026-04-01 21:10"),

M("tenant_request", "uk", 0, "clean", "Катерина Павлюк <kateryna.pavliuk@example.org>",
  "Допомога з листом до власника",
  """Добрий день!

Я хочу написати власникам квартир на Immoscout, але мої листи, мабуть, виглядають погано, бо ніхто не відповідає. Чи можете ви подивитися мій текст німецькою? Додаю його нижче.

„Sehr geehrte Vermieter, ich interessiere mich für Ihre Wohnung. Ich bin 34 Jahre, habe eine Tochter 9 Jahre. Ich arbeite als Verkäuferin in Teilzeit. Ich bin ordentlich und ruhig. Bitte laden Sie mich ein zur Besichtigung."

Дякую!
Катерина Павлюк"""),

M("tenant_request", "uk", 0, "broken", "Mykhailo <mykhailo.zh@example.com>", "vopros",
  """dobryi den, ya Mykhailo Zhuk. v nas v Unterkunft skazaly shcho do kintsia roku treba shukaty kvartyru sami, bo ukraintsi teper ne mozhut dovho zhyty v Unterkunft. tse pravda? ya shukayu ale nichoho nema. shcho bude yakshcho ne znaydu?"""),

M("tenant_request", "uk", 0, "clean", "Оксана Тимошенко <oksana.tymoshenko@example.net>",
  "Хочу пройти Wohnworkshop онлайн",
  """Доброго дня!
Я мама двох маленьких дітей і не можу прийти на Wohnworkshop в Rathaus, бо немає з ким залишити дітей. Чи можна пройти курс онлайн або з дітьми? Мені потрібне посвідчення про участь, бо власник квартири в Gronau його просить.
Оксана Тимошенко"""),

M("tenant_request", "uk", 0, "html_only", "Роксолана Мельник <roksolana.melnyk@example.com>",
  "Консультація щодо WBS",
  """Добрий день!

Мені потрібна допомога з заявою на Wohnberechtigungsschein. Я не розумію розділ про доходи (Einkommenserklärung), там багато питань.
Чи можна прийти на консультацію і заповнити разом з вами?

Дякую,
Роксолана Мельник
Unterkunft Refrath""", fmt="html", flavour="gmail"),

M("tenant_request", "uk", 1, "on_behalf", "Наталія Штерн <natalia.stern@example.org>",
  "Терміново: жінка з немовлям без житла",
  """Доброго дня,

я волонтерка з Refrath. Пишу від імені Анни Кучер (22 роки), вона тиждень тому народила доньку. До пологів Анна жила в кімнаті у знайомих, але вони сказали, що з немовлям вона більше не може там бути. З лікарні її виписують завтра, і їй нікуди йти.
Соціальна служба в лікарні дала нам вашу адресу. Анна має § 24 і отримує Bürgergeld.

Будь ласка, зателефонуйте мені: 0176 23453355. Я зараз з нею в лікарні.

Наталія Штерн"""),

M("tenant_request", "uk", 0, "clean", "Богдана Іваницька <bohdana.ivanytska@example.net>",
  "Як довго чекати?",
  """Вітаю!
Я зареєструвалась у вашій програмі в січні, мала одну консультацію, відтоді нічого не чула. Чи я ще в списку? Чи треба щось зробити з мого боку? Квартиру шукаю далі сама.
Богдана Іваницька, 2 особи"""),

M("tenant_request", "uk", 0, "mixed_language", "Serhii Bilous <serhii.bilous@example.org>",
  "Mietangebot für Jobcenter ausfüllen",
  """Hallo,
Jobcenter дав мені формуляр „Mietangebot / Mietbescheinigung", його треба заповнити Vermieter. Але Vermieter каже, що це занадто складно і він не буде. Що робити? Можна, щоб ви йому пояснили? Sein Telefon: 02202 61177.
Danke,
Serhii"""),

M("tenant_request", "uk", 0, "clean", "Любов Кравець <liubov.kravets@example.com>",
  "Обмін квартирами",
  """Доброго дня!
Ми живемо в квартирі в Bensberg (3 кімнати, 4-й поверх без ліфта). Я після операції на коліні, мені дуже важко підніматися. Чи можна якось помінятися з кимось, хто живе на першому поверсі? Або допоможіть знайти іншу квартиру, будь ласка.
Любов Кравець"""),

M("tenant_request", "uk", 0, "oneliner", "Mariana <mariana.tkachuk@example.net>", None,
  """Я знайшла квартиру!!! Що тепер робити далі?"""),

M("tenant_request", "uk", 0, "clean", "Станіслав Бондар <stanislav.bondar@example.org>",
  "Чи можна двом родинам знімати будинок?",
  """Добрий день.
Ми дві родини (4 і 3 особи), родичі. Знайшли будинок у Herkenrath, 6 кімнат, 1 650 € тепла. Одна родина працює, інша отримує Bürgergeld. Як Jobcenter порахує частину для другої родини? Чи це взагалі можливо?
Станіслав Бондар"""),

M("tenant_request", "uk", 0, "phone", "Tamara Lytvynenko <tamara.lytvynenko@example.com>", "Zvonok",
  """Прошу зателефонувати. Я не розумію лист від Vermieter. Тамара Литвиненко, 0160 23458844"""),

M("tenant_request", "uk", 0, "clean", "Максим Гаврилюк <maksym.havryliuk@example.net>",
  "Мене не пускають на перегляд квартири",
  """Доброго дня!
Я записався на перегляд квартири від житлового товариства, але коли прийшов, мені сказали, що потрібен WBS, а в мене його ще немає (заява в обробці). Чи можна отримати якусь довідку, що заява подана? Хто її видає?
Максим Гаврилюк"""),

M("tenant_request", "uk", 0, "reply", "Iryna Kovalska <iryna.kovalska@example.org>",
  "Re: Einladung zum Beratungsgespräch",
  """Так, я буду. Дякую!

-----Original Message-----
From: Integration Wohnen <integration-wohnen@stadt-gl.de>
Sent: Thursday, 4 September 2025 10:01
To: Iryna Kovalska <iryna.kovalska@example.org>
Subject: Einladung zum Beratungsgespräch

Sehr geehrte Frau Kovalska,
wir laden Sie zu einem Beratungsgespräch am Dienstag, 9. September, um 11:00 Uhr ein.""", date="2025-09-04 10:37"),

M("tenant_request", "uk", 0, "clean", "Юрій Мирошниченко <yurii.myroshnychenko@example.com>",
  "Житло для батька після лікарні",
  """Добрий день!

Мій батько (68 років) після інсульту виписується з Reha через 3 тижні. До цього він жив у Unterkunft в Schildgen, але там спільна кухня і душ на поверсі, а тепер він ходить з ходунками.
Я живу в маленькій квартирі з дружиною і дітьми, взяти його до себе ми не можемо. Чи можете ви допомогти знайти для нього невелику квартиру з доступом без сходів? Може, є соціальне житло для літніх?

Юрій Мирошниченко"""),

M("tenant_request", "uk", 0, "machine_translated", "Ганна Голуб <hanna.holub@example.net>",
  "Запит",
  """Добрий день шановні,

Я є мати-одиначка з двома дітьми віком 5 і 7 років. Ми проживаємо у спільному житлі протягом 2 років. Ми шукаємо житло, яке є доступним за ціною. Я маю роботу на неповний робочий день.
Будь ласка, дайте мені знати, які кроки я маю здійснити для того, щоб бути включеною до вашої програми. Я вдячна за вашу увагу до мого запиту.

З найкращими побажаннями,
Ганна Голуб"""),

M("tenant_request", "uk", 1, "phone", "Viktor <viktor.rudenko@example.org>", "допоможіть будь ласка",
  """нас з дружиною і 2 дітьми в п'ятницю виселяють з Ferienwohnung де ми жили (власник сказав сезон). платили самі. нема куди. Віктор Руденко 0152 23451144"""),

M("tenant_request", "uk", 0, "clean", "Ліна Захарченко <lina.zakharchenko@example.com>",
  "Власник хоче гарантію від міста",
  """Добрий день,

я знайшла квартиру в Heidkamp, власниця — літня пані, дуже мила, але вона боїться, що я не зможу платити. Вона запитала, чи місто може дати якусь гарантію або хоча б лист, що я беру участь у програмі і пройшла Wohnworkshop.
Чи можете ви такий лист написати? Я пройшла курс у лютому.

Ліна Захарченко"""),

M("tenant_request", "uk", 0, "clean", "Oleksandr Huk <oleksandr.huk@example.net>",
  "Хочу виписатися з гуртожитку, але є питання про борг",
  """Доброго дня.
Я знайшов квартиру і переїжджаю в кінці місяця. Але в Unterkunft мені сказали, що я маю борг за Nutzungsgebühr за 4 місяці, коли я працював і не отримував Jobcenter. Це правда? Чи можна платити частинами? Боюся, що це буде проблемою з новим Vermieter.
Олександр Гук"""),

M("tenant_request", "uk", 0, "on_behalf", "Ірина Дорош <iryna.dorosh@example.org>",
  "Для моєї сестри та її дітей",
  """Добрий день!
Я пишу за мою сестру Тетяну Дорош, вона не має електронної пошти. Вона живе в Unterkunft Paffrath з трьома дітьми (2, 8, 12 років). Вони хочуть переїхати ближче до мене в Refrath, бо я допомагаю з дітьми, поки вона працює у вечірню зміну.
Її телефон: 0162 23459933. Будь ласка, зв'яжіться з нею або зі мною.
Ірина Дорош"""),

M("tenant_request", "uk", 0, "oneliner", "andrii.sh@example.com", "Zertifikat",
  """Доброго дня, мені потрібен Zertifikat про Wohnworkshop для власника, будь ласка. Андрій Шевчук"""),

M("tenant_request", "uk", 0, "clean", "Дарина Кузьменко <daryna.kuzmenko@example.org>",
  "Питання про Genossenschaft",
  """Вітаю!
Мені порадили записатися в житловий кооператив (Wohnungsgenossenschaft). Там треба купити Genossenschaftsanteile на 1 200 €. Чи може це оплатити Jobcenter? І чи є такі кооперативи в Bergisch Gladbach, які беруть біженців?
Дарина Кузьменко"""),

M("tenant_request", "uk", 1, "clean", "Євгенія Панченко <yevheniia.panchenko@example.net>",
  "Чоловік погрожує, не можу повернутися додому",
  """Добрий день!

Я зараз у Frauenhaus в іншому місті, але там тільки на два тижні, бо немає місць. Раніше ми з чоловіком жили в квартирі в Stadtmitte, яку знайшли через вашу програму. Повернутися туди я не можу — він погрожує.
Мені з сином (4 роки) потрібне будь-яке житло в Бергіш-Гладбаху, бо син ходить тут у садок і в мене тут робота. Строк у Frauenhaus закінчується в понеділок.

Будь ласка, допоможіть. Дзвоніть на 0159 23456721 (з 9 до 16).
Євгенія Панченко"""),

M("tenant_request", "uk", 0, "clean", "Семен Ткаченко <semen.tkachenko@example.com>",
  "Ремонт у квартирі, яку мені пропонують",
  """Доброго дня.
Власник квартири в Romaney каже, що квартира буде готова тільки через 2 місяці, бо ремонт. Але хоче, щоб я вже зараз підписав договір і платив оренду з 1 числа. Jobcenter каже, що не платитиме за квартиру, в якій я не живу. Що робити?
Семен Ткаченко"""),

M("tenant_request", "uk", 0, "broken", "Halyna Danyliuk <halyna.danyliuk@example.org>", "frage",
  """guten tag ich habe frage. вибачте далі українською. я отримала від Jobcenter Zusicherung на квартиру але там написано тільки 2 тижні. Vermieter ще не готовий з договором. що буде якщо 2 тижні пройде? треба знову подавати? дякую Галина"""),

M("tenant_request", "uk", 0, "clean", "Павло Костюк <pavlo.kostiuk@example.net>",
  "Кімната в WG замість квартири",
  """Привіт!
Мені 23, я один, живу в Unterkunft. Думаю, що кімната у WG для мене краще і швидше, ніж квартира. Чи Jobcenter платить за кімнату в WG? Як довести, що це окреме господарство? Чи ви допомагаєте і з таким пошуком?
Павло"""),

M("tenant_request", "uk", 0, "reply", "Olha Fedoruk <olha.fedoruk@example.com>",
  "AW: Unterlagen für die Wohnung in Gronau",
  """Добрий день! Надсилаю документи: копію паспорта, Aufenthaltstitel, Bescheid Jobcenter та довідку з Unterkunft. Якщо ще щось треба, пишіть.
Ольга Федорук

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen
Gesendet: Dienstag, 17. Februar 2026 13:02
An: Olha Fedoruk
Betreff: Unterlagen für die Wohnung in Gronau
Bitte senden Sie uns Ihre Unterlagen bis Freitag.""", attach=["Pass_Kopie.jpg", "Aufenthaltstitel.jpg", "Jobcenter_Bescheid.pdf"]),

M("tenant_request", "uk", 0, "clean", "Людмила Савицька <liudmyla.savytska@example.org>",
  "Переїзд: хто допоможе з меблями?",
  """Добрий день!
Ми отримали ключі від квартири в Gronau, переїзд 15 числа. У нас немає машини і меблів. Чи є волонтери або Kleiderkammer / Möbellager, де можна щось отримати? Jobcenter дав 1 100 € на Erstausstattung, але цього мало на все.
Людмила Савицька"""),

M("tenant_request", "uk", 0, "clean", "Артем Головко <artem.holovko@example.com>",
  "Чи можна знімати квартиру в іншому місті?",
  """Добрий день.
Я знайшов квартиру в Overath, це зовсім поруч. Я зараз живу в Unterkunft Moitzfeld. Чи можна переїхати в інше місто, чи через Wohnsitzauflage мені треба жити тільки в Бергіш-Гладбаху? Хто дає дозвіл?
Артем Головко"""),

M("tenant_request", "uk", 0, "oneliner", "Tetiana <tetiana.moroz@example.net>", "Wohnung",
  """Шукаю 1 кімнату. Тетяна, 52 роки."""),

M("tenant_request", "uk", 0, "clean", "Валентина Гончаренко <valentyna.honcharenko@example.org>",
  "Чи можна разом із сином?",
  """Добрий день!
Моєму синові 19, він навчається на Ausbildung. Ми живемо разом у гуртожитку. Якщо ми знімемо квартиру разом, Jobcenter нас рахує як одну сім'ю? Він хоче жити окремо, але поки що у нього недостатньо грошей.
Валентина Гончаренко"""),

M("tenant_request", "uk", 1, "mixed_language", "Andriy Moskalenko <andriy.moskalenko@example.com>",
  "DRINGEND Wasserschaden – Wohnung unbewohnbar",
  """Hallo, dringend!
вчора у нас прорвало трубу, вся квартира в воді, стеля в дитячій кімнаті впала. Hausverwaltung каже, що жити тут не можна мінімум 6 тижнів, але іншого житла не дає. Versicherung теж не відповідає. Ми зараз (4 особи) сидимо у сусідів, на ніч нам нема куди.
Andriy Moskalenko, Paffrath, 0157 23452207"""),

M("tenant_request", "uk", 0, "clean", "Марія Бойчук <mariia.boichuk@example.net>",
  "Шукаємо квартиру – лист від лікаря",
  """Доброго дня!
У мого сина важка астма, а в кімнаті в Unterkunft цвіль. Лікар дав Attest, що йому потрібне сухе житло. Чи це може допомогти швидше отримати квартиру через вашу програму? Додаю Attest.
Марія Бойчук""", attach=["Attest_Kinderarzt.pdf"]),

M("tenant_request", "uk", 0, "clean", "Олена Свириденко <olena.svyrydenko@example.com>",
  "Житло після закінчення контракту",
  """Вітаю!
Я працюю au-pair/Pflegehilfe в родині в Bensberg і живу в них. Контракт закінчується через 3 місяці. Після цього мені треба десь жити. Я отримую § 24, але ніколи не жила в Unterkunft. Чи можу я звернутися до вас?
Олена Свириденко"""),

M("tenant_request", "uk", 0, "hard_case", "Ruslan Kravchenko <ruslan.kravchenko@example.org>",
  "Re: Ihre Anfrage vom 12.05.",
  """Окей, дякую

> Sehr geehrter Herr Kravchenko,
> Ihre Unterlagen sind vollständig. Wir stellen Ihr Profil in den nächsten Tagen Vermietern aus unserem Netzwerk vor."""),

M("tenant_request", "uk", 0, "clean", "Христина Попович <khrystyna.popovych@example.net>",
  "Студентка шукає кімнату",
  """Доброго дня!
Я з Ужгорода, навчаюсь у Köln, але ще прописана в Бергіш-Гладбаху у тітки. У тітки тісно, і вона просить, щоб я знайшла своє житло до осені. Мені підходить кімната або маленька квартира в Refrath чи Bensberg (зручно S-Bahn). BAföG отримую.
Христина"""),
]
