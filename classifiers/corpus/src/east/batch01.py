# batch01: Ukrainian tenants (refugees, volunteers for named families), incl. urgent ones
from mailwriter import M

MAILS = [
M("tenant_request", "uk", 0, "clean", "Олена Коваленко <olena.kovalenko@example.org>",
  "Пошук квартири для сім'ї з 3 осіб",
  """Добрий день!

Мене звати Олена Коваленко, я з Харкова. З квітня 2024 року живу з чоловіком і донькою (8 років) у тимчасовому житлі на Paffrather Straße в Бергіш-Гладбаху.
Ми шукаємо 2-кімнатну квартиру, до 650 євро тепла оренда, бо Jobcenter більше не погодить. Район не важливий, але бажано, щоб донька могла ходити в ту саму школу в Paffrath.

Чоловік з січня працює на складі (Minijob), я відвідую інтеграційний курс, рівень B1.
Чи можете ви допомогти нам з пошуком? І чи можна записатися на ваш Wohnworkshop?

Дякую заздалегідь!
З повагою,
Олена Коваленко
тел. 0151 23451187"""),

M("tenant_request", "uk", 0, "oneliner", "Mykola <mykola.hr1987@mail.example.net>",
  "квартира",
  """шукаю квартиру 1 кімната для себе, маю Jobcenter. дякую"""),

M("tenant_request", "uk", 1, "clean", "Ірина Шевчук <iryna.shevchuk@example.com>",
  "ТЕРМІНОВО! Нас виселяють 31 числа",
  """Доброго дня,

пишу вам у відчаї. Ми (я і двоє дітей, 4 і 11 років) живемо з листопада 2023 року у приватної особи в Refrath, вона нас прийняла як волонтерка. Тепер вона продає будинок і сказала, що до 31 березня ми маємо виїхати. Це вже через 9 днів.

Ми шукали всюди, на Immoscout написали більше ніж 60 листів, жодної відповіді. У місті сказали звернутися до вас.
Куди нам іти? Чи є можливість хоча б тимчасово місце в Unterkunft, поки знайдемо квартиру?

Будь ласка, зателефонуйте мені: 0157 23456612

Ірина Шевчук""", date="Sat, 22 Mar 2025 23:14:05 +0100"),

M("tenant_request", "uk", 0, "broken", "Tetiana Bondar <tetiana.bondar@example.net>",
  "Wohnung suche",
  """Guten Tag,
ich bin Tetiana aus Ukraine, ich wohne in Heim in Bensberg mit meine Mutter. Wir suchen Wohnung 2 Zimmer.
Вибачте, я краще напишу українською. Мамі 71 рік, вона погано ходить, тому нам потрібна квартира на першому поверсі або з ліфтом. Jobcenter платить. У мене є WBS з лютого.
Дякую
Tetiana"""),

M("tenant_request", "uk", 0, "on_behalf", "Sabine Hölzer <s.hoelzer@example.org>",
  "Familie Melnyk – Wohnungssuche / пошук житла",
  """Шановні пані та панове,

я пишу від імені родини Мельник (Андрій, Світлана та троє дітей), яку я як волонтерка супроводжую з 2022 року. Вони не дуже добре володіють німецькою, тому Світлана попросила мене написати, а текст переклала її старша донька.

Родина живе в контейнерах на Im Kleefeld, це дуже тісно: 5 осіб на 28 м². Андрій має постійну роботу в логістичній фірмі в Köln-Porz (Vollzeit), тож їм не потрібна оплата від Jobcenter, тільки частково Wohngeld.
Шукаємо 3–4 кімнати, до 1100 € warm, бажано Gronau або Stadtmitte, бо діти ходять там до школи.

Чи можемо ми прийти на консультацію? Я можу супроводжувати родину у вівторок або четвер.

З найкращими побажаннями
Sabine Hölzer
Ehrenamtliche Begleiterin, Helferkreis Gronau
Tel. 02202 48811"""),

M("tenant_request", "uk", 0, "reply", "Viktoriia Lysenko <v.lysenko@example.com>",
  "AW: Ihr Termin im Auszugsmanagement",
  """Добрий день, пані Беккер,

дякую за лист. Так, у четвер о 10:00 я можу прийти. Я візьму з собою паспорт, Aufenthaltstitel і лист від Jobcenter.
Питання: чи потрібно брати також довідку про доходи чоловіка? Він працює з вересня.

Вікторія

> Sehr geehrte Frau Lysenko,
>
> wir bestätigen Ihnen einen Beratungstermin am Donnerstag, 10:00 Uhr, im Rathaus Bensberg, Raum 2.14.
> Bitte bringen Sie Ihre Ausweisdokumente und den aktuellen Bescheid des Jobcenters mit.
>
> Mit freundlichen Grüßen
> Auszugsmanagement / KIM
"""),

M("tenant_request", "uk", 0, "clean", "Андрій Ткаченко <andrii.tkachenko@example.net>",
  "Знайшов квартиру, потрібна допомога з Jobcenter",
  """Вітаю!

Я знайшов квартиру в Herkenrath, 48 м², 2 кімнати, Kaltmiete 520 €, Nebenkosten 140 €, Heizung 75 €. Власник готовий здати мені, але хоче підтвердження від Jobcenter, що вони будуть платити.
Я вже відніс Mietangebot у Jobcenter минулого тижня, але вони ще не відповіли, а власник чекає тільки до п'ятниці.

Чи можете ви якось прискорити? Або підкажіть що мені робити.

Дякую,
Андрій Ткаченко
0176 23457790""", attach=["Mietangebot_Herkenrath.pdf"]),

M("tenant_request", "uk", 0, "oneliner", "nataliia.hrytsenko@mail.example.org", None,
  """Доброго дня, коли наступний Wohnworkshop? Хочу записатися. Наталія Гриценко, Unterkunft Refrath"""),

M("tenant_request", "uk", 0, "phone", "Oksana <oksana.mel@example.com>",
  "Re:",
  """Добрий день я вчора вам телефонувала про квартиру в Schildgen, ви сказали написати на пошту. Власник каже що може показати у суботу. Можна щоб хтось з вас пішов зі мною бо я не говорю добре німецькою
Оксана
Надіслано з iPhone""", mailer="iPhone Mail (21F90)"),

M("tenant_request", "uk", 0, "mixed_language", "Dmytro Savchuk <dmytro.savchuk@example.org>",
  "Mietschuldenfreiheitsbescheinigung",
  """Hallo,
вибачте що турбую. Власник квартири, яку я хочу зняти, просить Mietschuldenfreiheitsbescheinigung. Але я живу в städtische Unterkunft, у мене немає попереднього Vermieter. Хто мені може дати таку довідку? Чи ви можете написати щось що я не маю боргів за Unterkunft?
Danke schön
Dmytro Savchuk
Zimmer 14, Unterkunft Frankenforst"""),

M("tenant_request", "uk", 0, "clean", "Галина Петренко <halyna.petrenko@example.net>",
  "Зміна розміру квартири – народилась дитина",
  """Добрий день!

Місяць тому у нас народився син. Тепер нас четверо, і кімната в гуртожитку (18 м²) вже дуже мала. Jobcenter сказав, що тепер нам можна квартиру до 85 м².
Ми шукаємо самі, але було б добре, якби ви знали власників, які здають квартири для сімей з немовлям. Переважно Bensberg або Moitzfeld.

Дякую,
Галина і Сергій Петренки""", charset="koi8-u", cte="8bit"),

M("tenant_request", "uk", 1, "broken", "Svitlana K. <svitlana.k1979@example.com>",
  "HILFE Hausverwaltung kündigt",
  """Hallo bitte helfen!!! Hausverwaltung schreibt fristlose Kündigung, müssen raus bis Montag.
Ми жили 2 роки в квартирі в Hand, платив Jobcenter. Jobcenter 3 місяці не переказував оренду через якусь помилку з документами, я не знала. Тепер Hausverwaltung каже до понеділка звільнити квартиру, інакше Räumungsklage. Я з двома дітьми. Що робити??? Будь ласка подзвоніть 0152 23450081"""),

M("tenant_request", "uk", 0, "reply", "Roman Hnatiuk <roman.hnatiuk@example.org>",
  "Re: Teilnahmebestätigung Wohnworkshop",
  """Добрий день,

я не отримав сертифікат після workshop у жовтні (3 зустрічі, всі відвідав). Для квартири власник хоче бачити, що я пройшов курс. Можете надіслати ще раз PDF?

Роман Гнатюк

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 14. Oktober 2025 09:12
An: roman.hnatiuk@example.org
Betreff: Teilnahmebestätigung Wohnworkshop

Sehr geehrte Teilnehmende,
vielen Dank für Ihre Teilnahme am Wohnworkshop. Ihre Teilnahmebestätigung erhalten Sie in den nächsten Tagen per E-Mail.
Ihr Team Auszugsmanagement""", date="2025-11-07 10:12"),

M("tenant_request", "uk", 0, "clean", "Yulia Moroz <yulia.moroz@example.net>",
  "Питання щодо WBS",
  """Доброго дня.
Я подала заявку на Wohnberechtigungsschein у лютому, і досі немає відповіді. Без WBS я не можу подати заявку на квартиру від місцевого житлового товариства (Wohnungsgesellschaft). Чи знаєте ви, скільки це зазвичай триває? Може, ви можете запитати у відділі?
Мій номер справи: WBS-2025-0412
Дякую!
Юлія Мороз"""),

M("tenant_request", "uk", 0, "forward", "Petro Kravets <petro.kravets@example.com>",
  "Fwd: Ihre Anfrage: 3-Zimmer-Wohnung in Bergisch Gladbach-Refrath",
  """Добрий день! Мені відповів власник з Kleinanzeigen, але я не розумію, що він хоче. Чи це нормально, що треба 3 Kaltmieten Kaution? Jobcenter це заплатить? Будь ласка допоможіть відповісти.
Петро

---------- Forwarded message ---------
Von: Wohnungsanbieter <anbieter.refrath@example.net>
Date: Mi., 7. Mai 2025 um 18:40
Subject: Ihre Anfrage: 3-Zimmer-Wohnung in Bergisch Gladbach-Refrath
To: <petro.kravets@example.com>

Hallo Herr Kravets,
danke für Ihr Interesse. Die Wohnung (72 m², 3. OG ohne Aufzug) ist noch frei. Kaltmiete 790 EUR zzgl. 210 EUR NK. Kaution 3 KM.
Bitte schicken Sie mir Einkommensnachweise der letzten 3 Monate, SCHUFA-Auskunft und eine Kopie des Ausweises.
Gruß
M. Steinhaus""", date="2025-05-08 09:03"),

M("tenant_request", "uk", 0, "machine_translated", "Larysa Zinchenko <larysa.zinchenko@example.org>",
  "Anfrage Wohnung",
  """Шановні пані та панове!

Я пишу вам щодо пошуку квартири. Я громадянка України, перебуваю в Німеччині з 2022 року. Зараз я живу в гуртожитку для біженців у місті Бергіш-Гладбах.
Я хотіла б запитати, чи можна отримати допомогу в пошуку однокімнатної квартири. Я маю роботу помічницею з догляду в будинку для літніх людей у Bensberg. Працюю змінами, тому мені важливо жити недалеко від роботи.

(Übersetzung von Google:) Sehr geehrte Damen und Herren, Ich schreibe Ihnen in Bezug auf die Suche nach einer Wohnung. Ich bin ein Bürger der Ukraine und befinden sich in Deutschland seit 2022 Jahr. Ich habe eine Arbeit als Pflegehelferin.

Mit freundlichen Grüßen
Larysa Zinchenko"""),

M("tenant_request", "uk", 0, "oneliner", "Ivan <ivan.b.1990@example.net>", "Wohnung",
  """Добрий день є якісь квартири? нас 2 людини"""),

M("tenant_request", "uk", 1, "clean", "Марина Гончар <maryna.honchar@example.com>",
  "Потрібна допомога – насильство вдома",
  """Добрий день,

мені дуже важко про це писати. Ми з чоловіком переїхали з Unterkunft у квартиру в Heidkamp пів року тому. Останнім часом він п'є і вчора вдарив мене при дитині. Я зараз з донькою у подруги, але в неї одна кімната і ми можемо бути тільки кілька днів.
Соціальна працівниця з Frauenberatung сказала, що в жіночому притулку зараз немає місць, і порадила написати вам, бо ви допомагаєте з житлом.

Мені потрібне місце для мене і доньки (6 років) якнайшвидше. Будь ласка, не телефонуйте на старий номер, тільки на цей: 0159 23458830.

Марина"""),

M("tenant_request", "uk", 0, "clean", "Bohdan Lytvyn <bohdan.lytvyn@example.org>",
  "Запитання про Kaution",
  """Вітаю,
мені запропонували квартиру в Lückerath (Vermieter вже погодився!). Потрібна Kaution 1560 €. Я чув, що Jobcenter може дати Darlehen на Kaution. Як правильно подати заяву? Чи треба спочатку підписати Mietvertrag?
Дякую за відповідь
Богдан Литвин"""),

M("tenant_request", "uk", 0, "html_only", "Анастасія Руденко <anastasia.rudenko@example.net>",
  "Запис на консультацію",
  """Доброго дня!

Я хотіла б записатися на індивідуальну консультацію щодо переїзду з гуртожитку. Живу в Unterkunft Hebborn разом із сином (15 років). Ми в Німеччині з 2022 року, я працюю неповний день у пекарні.

Коли у вас є вільний час? Мені зручно після 14:00.

З повагою,
Анастасія Руденко""", fmt="html", flavour="outlook"),

M("tenant_request", "uk", 0, "on_behalf", "Frau Dr. Christine Albers <c.albers@schule.example.org>",
  "Schülerin Sofiia Voloshyna – Wohnsituation der Familie",
  """Sehr geehrte Damen und Herren,

ich bin Klassenlehrerin an einer Realschule in Bergisch Gladbach. Eine unserer Schülerinnen, Sofiia Voloshyna (Klasse 7b), lebt mit Mutter und Großmutter in einer Gemeinschaftsunterkunft. Die Mutter hat mich gebeten, den Kontakt herzustellen; sie hat den folgenden Text selbst verfasst:

„Добрий день, я мама Софії. Нам дуже потрібна окрема квартира, бо Софія не може робити домашні завдання: у кімнаті, крім нас трьох, живуть ще дві інші жінки, ввечері там телевізор і гучні розмови. Моя мама (бабуся Софії) хворіє на діабет, їй потрібен спокій і окрема кухня, щоб готувати дієтичну їжу.
Ми шукаємо квартиру вже рік, написали багато листів, але ніхто не відповідає. Я працюю прибиральницею 25 годин на тиждень, решту доплачує Jobcenter. Нам підійде 2–3 кімнати, будь-який район Бергіш-Гладбаха, тільки щоб Софія могла далі ходити в цю школу.
Будь ласка, зв'яжіться зі мною. Телефон: 0160 23451420. Дякую. Оксана Волошина"

Ich wäre Ihnen dankbar, wenn Sie sich direkt bei Frau Voloshyna melden könnten.

Mit freundlichen Grüßen
Dr. Christine Albers""", nodevice=True),

M("tenant_request", "uk", 0, "clean", "Serhii Marchenko <serhii.marchenko@example.com>",
  "Відмова від власника",
  """Добрий день.
Нам відмовили вже третій раз. Vermieter у Moitzfeld сказав, що не хоче орендарів з Jobcenter. Ми подали всі документи, навіть SCHUFA без записів.
Чи можете ви порадити, як краще писати власникам? Або може у вас є контакти власників, які не проти?
Сергій"""),

M("tenant_request", "uk", 0, "broken", "hanna.ostapenko@example.net", "wohnung fur 4 person",
  """hallo ich heisse Hanna Ostapenko wir sind 4 person 2 kinder ich suche wohnung
вибачте я краще українською. ми живемо в Unterkunft вже рік, чоловік, я і двоє дітей 5 і 12 років. в кімнаті нема де робити уроки, син хворіє астмою а там волого. шукаємо 3 кімнати в Бергіш-Гладбаху, Jobcenter платить. будь ласка допоможіть. дякую"""),

M("tenant_request", "uk", 0, "clean", "Олександр Данильченко <o.danylchenko@example.org>",
  "Квартира з доступом для інвалідного візка",
  """Шановна команда!

Моя дружина після поранення пересувається на інвалідному візку. Зараз ми живемо у кімнаті на третьому поверсі без ліфта в Unterkunft у Stadtmitte, і вона майже не може виходити на вулицю.
Нам потрібна безбар'єрна квартира (barrierefrei), 2 кімнати, ванна з душем без піддону. Маємо Schwerbehindertenausweis 100 %.

Чи є у вашій мережі власників такі квартири? Ми готові розглянути будь-який район.

З повагою
Олександр Данильченко
0151 23459910""", attach=["Schwerbehindertenausweis.pdf"], date="2025-10-14 12:00"),

M("tenant_request", "uk", 0, "phone", "Kateryna <kateryna.voit@example.com>", "Телефон",
  """Прошу передзвонити мені щодо квартири. Я вже два рази дзвонила, ніхто не відповідає. 0170 23456677. Катерина Войт, Unterkunft Katterbach"""),

M("tenant_request", "uk", 0, "reply", "Vasyl Pavlenko <vasyl.pavlenko@example.net>",
  "Re: Wohnungsangebot Romaney",
  """Дякую вам дуже! Так, ми хочемо подивитися квартиру в Romaney. Субота підходить. Я буду з дружиною.

Am 12.06.2026 um 11:03 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Pavlenko,
> ein Vermieter aus unserem Netzwerk bietet eine 3-Zimmer-Wohnung in Romaney an (68 m², 740 € warm).
> Haben Sie Interesse an einer Besichtigung? Bitte antworten Sie bis Freitag.
> Freundliche Grüße""", date="2026-06-12 13:47"),

M("tenant_request", "uk", 0, "clean", "Liudmyla Horbenko <liudmyla.horbenko@example.org>",
  "Переїзд до Бергіш-Гладбаха з іншого міста",
  """Добрий день!

Зараз ми живемо в Leverkusen, але моя донька вийшла заміж і живе в Бергіш-Гладбаху (Frankenforst). Я хочу переїхати ближче до неї, бо допомагаю з онуками. Мені 63 роки, отримую Grundsicherung.
Чи можете ви мені допомогти, якщо я ще не живу у вашому місті? Чи треба спочатку питати дозвіл у Ausländerbehörde через Wohnsitzauflage?

Дякую
Людмила Горбенко"""),

M("tenant_request", "uk", 0, "mixed_language", "Artem Kuzmenko <artem.kuzmenko@example.com>",
  "Besichtigung morgen",
  """Hallo Frau Schmitz,
завтра Besichtigung о 17:00 на Odenthaler Straße. Ви сказали що можливо хтось з Auszugsmanagement буде там. Це ще актуально? Якщо ні, я піду сам, але прошу дати мені список що треба взяти (Unterlagen).
Viele Grüße
Artem"""),

M("tenant_request", "uk", 1, "clean", "Валентина Ярошенко <valentyna.yaroshenko@example.net>",
  "Мене просять виїхати з Unterkunft до п'ятниці",
  """Добрий день,

сьогодні Hausmeister в Unterkunft сказав, що я маю звільнити кімнату до п'ятниці, бо мій статус змінився і місто більше не відповідає за мене (я отримала роботу і тепер не маю права жити тут?). Я не розумію, куди мені йти за 3 дні. Квартиру я шукаю з минулого року.
Я одна, мені 58 років. Будь ласка, допоможіть або поясніть, чи це правда.

Валентина Ярошенко
кімната 7, Unterkunft Schildgen
0162 23452239"""),

M("tenant_request", "uk", 0, "oneliner", "Yurii <yurii.fedorenko@example.org>", "Сертифікат",
  """Добрий день, можна отримати сертифікат Wohnworkshop? Юрій Федоренко, був 3 і 10 березня."""),

M("tenant_request", "uk", 0, "formal", "Оксана Білик <oksana.bilyk@example.com>",
  "Заява про допомогу в пошуку житла",
  """Шановні пані та панове!

Я, Білик Оксана Миколаївна, 1985 р.н., громадянка України, перебуваю в Німеччині на підставі § 24 AufenthG, прошу розглянути можливість надання мені та моїй родині (син 2012 р.н., донька 2016 р.н.) підтримки у пошуку житла.

На цей час ми проживаємо в комунальному гуртожитку за адресою Kölner Straße, 51429 Bergisch Gladbach. Мій дохід: заробітна плата (Teilzeit, 1 240 € нетто), Kindergeld, доплата від Jobcenter.
Бажаний розмір житла: 3 кімнати, до 75 м².

До листа додаю копію Aufenthaltstitel та останній Bescheid Jobcenter.

З повагою
О. М. Білик""", attach=["Aufenthaltstitel_Bilyk.pdf", "Jobcenter_Bescheid.pdf"]),

M("tenant_request", "uk", 0, "clean", "Taras Oliinyk <taras.oliinyk@example.net>",
  "Чи можна з собакою?",
  """Привіт! Питання трохи дивне: ми шукаємо квартиру, але в нас собака (середнього розміру, привезли з Києва). Всі власники відмовляють. Ви знаєте когось, хто дозволяє тварин? 2 кімнати, Paffrath/Hand/Schildgen.
Тарас"""),

M("tenant_request", "uk", 0, "on_behalf", "Alla Schneider <alla.schneider@example.org>",
  "Wohnung für Familie Tymoshchuk (5 Personen)",
  """Добрий день!

Я волонтерка з ініціативи «Bensberg hilft», сама з Житомира, живу в Німеччині вже 20 років. З 2023 року я супроводжую родину Тимощуків з Дніпра (батьки і троє дітей: 3, 9 і 14 років). Батько тепер отримав постійну роботу електриком, родина отримує від Jobcenter лише доплату.
Ми знайшли квартиру в Bensberg (4 кімнати, 92 м², 1150 € warm). Власник згоден, але хоче підтвердження, що оренда буде оплачена. Чи можете ви допомогти нам у спілкуванні з Jobcenter? Там уже два тижні ніхто не відповідає.

Додаю Exposé.

Щиро
Алла Шнайдер
Ehrenamt Bensberg hilft
0171 23458123""", attach=["Exposé_Bensberg.pdf"]),

M("tenant_request", "uk", 0, "broken", "Oleh <oleh.matviienko@example.com>", "kvartira",
  """Dobryi den. Ya Oleh Matviienko, pyshu latynkoyu bo telefon ne maye ukrainskoi klaviatury. Shukayu kvartyru abo kimnatu, ya odyn, pratsiuyu v restorani v Bensberg. Mozhna do 500 evro. Diakuyu"""),

M("tenant_request", "uk", 0, "clean", "Світлана Ковальчук <svitlana.kovalchuk@example.org>",
  "Квартира надто дорога для Jobcenter?",
  """Добрий день,

я знайшла квартиру 54 м² у Gronau, тепла оренда 780 €. Jobcenter каже, що для 2 осіб максимум 705 € (Angemessenheitsgrenze). Власник не хоче знижувати.
Чи можна якось доплачувати різницю самій з моєї зарплати? Чи Jobcenter тоді все одно відмовить?

Дякую
Світлана Ковальчук"""),

M("tenant_request", "uk", 0, "reply", "Inna Serhiienko <inna.serhiienko@example.net>",
  "AW: Rückfrage zu Ihren Unterlagen",
  """Добрий день!
надсилаю сканування SCHUFA і довідку з роботи, як ви просили.
Інна

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen
Gesendet: Montag, 3. November 2025 14:20
An: Inna Serhiienko
Betreff: Rückfrage zu Ihren Unterlagen

Liebe Frau Serhiienko,
für die Vorstellung bei dem Vermieter in Refrath benötigen wir noch Ihre SCHUFA-Auskunft und eine aktuelle Arbeitsbescheinigung.
Viele Grüße""", attach=["SCHUFA_Serhiienko.pdf", "Arbeitsbescheinigung.jpg"], date="2025-11-05 18:22"),

M("tenant_request", "uk", 1, "phone", "Mariia <mariia.kostenko@example.com>", "!!!",
  """Добрий день нас завтра виселяють з квартири Gerichtsvollzieher прийде о 9 ранку. Я з немовлям 3 тижні. Не знаю куди йти. 0152 23454408 Марія Костенко"""),

M("tenant_request", "uk", 0, "clean", "Natalia Tkach <natalia.tkach@example.org>",
  "Чи можна записатися на курс онлайн?",
  """Добрий день! Я працюю з 8 до 17, тому не можу ходити на Wohnworkshop вдень. Чи є вечірні або онлайн-заняття? Мені дуже потрібне це посвідчення для пошуку квартири.
Дякую, Наталія Ткач"""),

M("tenant_request", "uk", 0, "hard_case", "Степан Гуменюк <stepan.humeniuk@example.net>",
  "Власник з Refrath – питання",
  """Добрий день,

я той орендар, якого ви в серпні направили до пана Вебера в Refrath. Ми вже живемо в квартирі 3 місяці, все добре. Але тепер прийшов Nebenkostenabrechnung і треба доплатити 380 €. Jobcenter каже, що це має подати Vermieter. Пан Вебер каже, що це моя справа.
Хто з них правий? Я не хочу мати борги.

Степан Гуменюк"""),

M("tenant_request", "uk", 0, "clean", "Olha Prykhodko <olha.prykhodko@example.com>",
  "Житло для студентки",
  """Доброго дня.
Я студентка TH Köln (кампус в Gummersbach), але зареєстрована у Бергіш-Гладбаху і досі живу в Unterkunft з мамою. Ми хочемо розділитися: мама залишиться тут (потім шукатиме свою квартиру), а мені потрібна кімната або WG. Чи ви допомагаєте також студентам, чи це лише для сімей?
Ольга"""),

M("tenant_request", "uk", 0, "broken", "Volodymyr Shapoval <v.shapoval@example.org>",
  "Termin Wohnung Beratung bitte",
  """Sehr geehrte Dame und Herr
Ich möchte Termin für Beratung für Wohnung. Ich wohne Unterkunft Paffrath Zimmer 22.
Я погано говорю німецькою, тому пишу далі українською. Я живу в Unterkunft вже півтора року, з дружиною. Ми обидва працюємо (я на будові, дружина в готелі), тому можемо платити оренду самі, без Jobcenter. Але ніхто не хоче нам здавати, бо ми іноземці і немає SCHUFA. Коли можна прийти на консультацію? Українська або російська мова краще.
Volodymyr Shapoval
Tel 0173 23450042"""),

M("tenant_request", "uk", 0, "clean", "Діана Кириленко <diana.kyrylenko@example.net>",
  "Договір оренди – перевірити",
  """Добрий день!

Нам пропонують підписати Mietvertrag на квартиру в Hebborn. Там є пункт "Staffelmiete" і "Mindestmietdauer 2 Jahre". Я не розумію, чи це нормально і чи Jobcenter таке приймає.
Можна я надішлю вам договір, щоб ви подивилися? Додаю його до листа.

Дякуємо!
Діана і Максим Кириленки""", attach=["Mietvertrag_Entwurf.pdf"]),

M("tenant_request", "uk", 0, "oneliner", "Ludmila <ludmila.rk@example.com>", "ок",
  """Так, четвер підходить. Людмила"""),

M("tenant_request", "uk", 0, "clean", "Vitalii Nesterenko <vitalii.nesterenko@example.org>",
  "Шукаю житло після звільнення з армії / возз'єднання з сім'єю",
  """Добрий день,

я приїхав до дружини і дітей у Бергіш-Гладбах у вересні, після демобілізації. Вони живуть в Unterkunft в Moitzfeld, але мене там офіційно не можуть прописати, бо кімната розрахована на трьох. Тимчасово ночую у знайомих.
Нам тепер потрібна квартира на 4 особи. Я шукаю роботу водієм, маю категорії C і CE.

Що нам робити спочатку — Jobcenter, Ausländerbehörde чи вам?
Віталій Нестеренко""", date="2025-11-08 13:25"),
]
