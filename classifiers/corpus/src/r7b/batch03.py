"""r7b batch 03: Ukrainian tenant_request (flat search, viewings, SCHUFA, Genossenschaft, contracts, documents,
replies to proposals, keys; two urgent), four Ukrainian spam mails and two Russian inquiries."""
from mailwriter import T, S, I

MAILS = [
T("uk", 0, "oneliner", "Halyna Savchuk <halyna.savchuk@example.com>", "квартира",
"""Доброго дня. Чи є у вас вільні квартири? Одна особа, жінка 58 років, живу в гуртожитку в Bensberg.""", charset="koi8-u", enc="8bit"),

T("uk", 0, "phone", "Iryna Melnychuk <iryna.melnychuk@example.net>", "після огляду",
"""Добрий вечір, пані Гофман
були сьогодні на огляді квартири в Hand разом з чоловіком. Господиня дуже приємна жінка, все показала, навіть підвал і горище. Квартира гарна але стіни дуже брудні і в одній кімнаті темно-зелені
вона каже якщо хочемо, фарбуємо самі на свої гроші, і ще ламінат у коридорі поміняти теж ми. Це взагалі нормально так? Ми б пофарбували, але ламінат ні
і ще вона хоче щоб ми відповіли до п'ятниці
Ірина""", charset="windows-1251"),

T("uk", 0, "forward", "Bohdan Kravchenko <bohdan.kravchenko@example.org>", "Fwd: 3-Zimmer-Wohnung Refrath",
"""Добрий день!
Знайшов це оголошення. Чи підходить воно для Jobcenter на 4 особи (я, дружина, 2 сини 12 і 16)? Мені здається трохи дорого. Якщо так, допоможете написати власнику по-німецьки? Мій німецький поки А2.
Дякую, Богдан

---------- Forwarded message ---------
From: Wohnungsbörse Rhein-Berg <info@wohnboerse-rb.example.com>
Date: Mi., 11. Feb. 2026 um 18:02
Subject: 3-Zimmer-Wohnung Refrath

3 Zimmer, Küche, Bad, Balkon, 76 m², 2. OG
Kaltmiete 795 €, NK-Vorauszahlung 210 €
Frei ab 01.04.2026, Kaution 2.385 €
Energieausweis: Verbrauch, 142 kWh/(m²·a), Gas"""),

T("uk", 0, "clean", "Oleksandr Tkachuk <o.tkachuk@example.com>", "SCHUFA — що робити?",
"""Доброго дня,

власник квартири в Gronau, яку я знайшов на порталі, просить SCHUFA-Auskunft. Я в Німеччині тільки 2 роки, кредитів тут не брав, рахунок у Sparkasse маю з 2023 року.

Чи буде в мене взагалі щось у SCHUFA? Як її отримати безкоштовно, а не за 30 євро? І якщо там порожньо — це погано для власника чи ні?

Дякую за допомогу,
Олександр Ткачук"""),

T("uk", 0, "mixed_language", "Nataliia Bondar <nataliia.bondar@example.net>", "Genossenschaftsanteile",
"""Добрий день!
Нам запропонували квартиру від Wohnungsgenossenschaft у Paffrath, 2 Zimmer, 58 m². Але треба купити Genossenschaftsanteile на 930 євро (3 Anteile x 310). Jobcenter каже, що подивиться, але «не обіцяє».
Ich verstehe nicht: це як Kaution? Гроші потім повертаються, якщо ми виїдемо?
Може, ви знаєте, як інші сім'ї це вирішували?
Наталія Бондар"""),

T("uk", 1, "clean", "Svitlana Hrytsenko <svitlana.hrytsenko@example.org>", "Терміново: маємо виїхати до неділі",
"""Доброго дня,

ми з донькою (8 років) з березня 2022 року живемо у німецької родини в Herkenrath — вони прийняли нас як Gastfamilie. Весь час були дуже добрі до нас.

Але вчора вони сказали, що продали будинок і новим власникам треба передати його вже в понеділок. Тобто до неділі ми маємо виїхати. Вони самі в шоці, продаж пройшов швидше, ніж вони думали.

Ми ніколи не жили в гуртожитку і не знаємо, куди звертатися. У мене є робота (Teilzeit, кафе в Bensberg), у доньки школа тут.

Будь ласка, підкажіть, що нам робити. Чи можна хоча б тимчасово отримати місце?

Світлана Гриценко
0157 71209834""", date="2026-05-06 20:31"),

T("uk", 1, "broken", "Yulia Marchenko <yulia.marchenko93@example.com>", "Немовля, нас виселяють 15-го",
"""Доброго дня
я Юлія, тиждень тому народила сина, зараз ми вже вдома з лікарні. Живемо в Wohnheim в одній кімнаті з чоловіком.
Сьогодні Heimleitung сказала що кімната для 2 людей і з дитиною не можна, ми маємо переїхати до 15 числа але куди не сказали, сказали шукати самим. 15 це через 4 дні!!
дитині 8 днів, у мене після кесаревого розтину шви, я не можу зараз шукати квартиру
будь ласка допоможіть
Юлія Марченко, кімната 12"""),

T("uk", 0, "clean", "Andrii Shevchenko <andrii.shevchenko@example.net>", "Документи, які ви просили",
"""Пані Брюкнер, добрий день!

Надсилаю документи для заявки на квартиру в Schildgen:
1. Kopie Aufenthaltstitel (§ 24) — я і дружина
2. Bescheid vom Jobcenter (останній, від січня)
3. Meldebescheinigung
4. Teilnahmebestätigung Wohnungsführerschein (листопад 2025)

Довідку про відсутність боргів за оренду ми не маємо, бо жили тільки в Unterkunft. Якщо потрібна довідка від Unterkunft, скажіть, я попрошу.

З повагою,
Андрій Шевченко""", attach=["Aufenthaltstitel_Shevchenko.pdf", "Jobcenter_Bescheid_01_2026.pdf", "Meldebescheinigung.pdf", "Teilnahmebestaetigung.pdf"]),

T("uk", 0, "clean", "Kateryna Lysenko <kateryna.lysenko@example.org>", "Ми підписали договір!",
"""Вітаю!

Хочу поділитися: сьогодні ми підписали Mietvertrag на квартиру в Bensberg. Ключі отримаємо 1 червня. Три роки в гуртожитку — і нарешті свій дім! Мама плакала.

Дякуємо пану Окафору, що пішов з нами до власника і пояснив про Jobcenter. Власник сказав, що без вас не погодився б.

Що тепер треба зробити, щоб все правильно? Jobcenter, Anmeldung, Rundfunkbeitrag... Може у вас є якийсь список?

Катерина Лисенко і родина"""),

T("uk", 0, "reply", "Mykola Rudenko <mykola.rudenko@example.com>", "Re: Wohnungsangebot Moitzfeld, 3 Zimmer",
"""Дякую за пропозицію, але ми змушені відмовитися. Діти ходять до школи в Bensberg, і з Moitzfeld їм довелося б їхати двома автобусами, молодшому лише 7 років. Якщо буде щось ближче до Bensberg або Refrath, ми дуже хочемо.

Микола Руденко

Am 20.01.2026 um 11:12 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Rudenko,
> wir haben eine 3-Zimmer-Wohnung in Moitzfeld (72 m², Kaltmiete 640 EUR) für Sie.
> Möchten Sie einen Besichtigungstermin?
> Viele Grüße, Team Integration Wohnen""", date="2026-01-21 07:55"),

T("uk", 0, "on_behalf", "Oksana Fedoriv <oksana.fedoriv@example.net>", "Родина Поліщук — потрібна квартира",
"""Доброго дня,

я працюю волонтеркою при українській громаді в Bergisch Gladbach і допомагаю родині Поліщук: Роман (42), Лілія (39), троє дітей (15, 11, 4). Вони з Запоріжжя, живуть в Unterkunft у Gronau з 2023 року в двох кімнатах.

Родина вже зареєстрована у вашій програмі, але останні місяці нічого не чути. Роман з вересня працює на складі повний день, Лілія на курсі B1. Обидва пройшли Wohnungsführerschein.

Вони самі шукають на порталах, але на п'ятьох осіб майже нічого немає, а власники не відповідають. Чи могли б ви підказати, чи є шанс щось отримати через вашу мережу власників? Я можу допомагати з перекладом і документами, Роман дав на це згоду.

Дякую!
Оксана Федорів
0176 55038291""", cc="Roman Polishchuk <roman.polishchuk@example.com>"),

T("uk", 0, "broken", "Vasyl Hnatiuk <vasyl.hnatiuk@example.org>", "курс Wohnungsführerschein",
"""добрий день хочу записатися на курс Wohnungsführerschein. коли наступний? я працюю до 16:00 тому краще ввечері. чи можна з дружиною разом? вона трохи розуміє по-німецьки, я ні
Василь"""),

T("uk", 0, "other", "Petro Kovalchuk <petro.kovalchuk@example.net>", "pytannia pro kvartyru",
"""Dobryi den!
Pyshu latynkoiu bo na robochomu kompiuteri nemaie ukrainskoi klaviatury.
My z druzhynoiu i synom (5 rokiv) shukaiemo kvartyru vzhe 8 misiatsiv. Ya pratsiuiu v Logistik (Vollzeit), druzhyna na Integrationskurs. Zarplata ok. 2100 netto.
Chy mozhemo my vziaty kvartyru bez Jobcenter, sami platyty? I chy vy todi nam shche dopomahaiete?
Dyakuiu,
Petro Kovalchuk"""),

T("uk", 0, "mixed_language", "Tetiana Moroz <tetiana.moroz@example.com>", "Kaution 3 Kaltmieten — Jobcenter?",
"""Доброго дня!

Власник квартири в Heidkamp готовий нас взяти (нарешті!!). Але хоче Kaution 3 Kaltmieten = 1.650 євро одразу при підписанні.

Jobcenter мені сказав: «Stellen Sie einen Antrag auf Darlehen für die Mietkaution», але рішення може бути через 3-4 тижні. Власник так довго чекати не хоче.

Чи є якась Bestätigung від вас або від Jobcenter, яку можна показати власнику, що гроші точно будуть? Або можна платити частинами?

Тетяна Мороз"""),

T("uk", 0, "clean", "Serhii Pavlenko <serhii.pavlenko@example.org>", "Indexmiete і Staffelmiete — що краще?",
"""Добрий день,

нам пропонують дві квартири, і в обох договорах щось незрозуміле:

Перша (Refrath): «Indexmiete nach § 557b BGB». 
Друга (Gronau): «Staffelmiete: Erhöhung um 20 € jährlich».

Я правильно розумію, що в першій оренда залежить від інфляції і може зрости багато, а в другій ми точно знаємо, скільки буде? Що з цього безпечніше для нас, якщо Jobcenter платить тільки до певної межі?

Можна прийти до вас на консультацію з договорами? Я можу в четвер або п'ятницю.

Сергій Павленко""", attach=["Vertrag_Refrath.pdf", "Vertrag_Gronau.pdf"]),

# ---- spam ----
S("uk", 0, "other", "Familienkasse Info <familienkasse@kindergeld-service.example.net>", "Kindergeld: потрібне підтвердження даних до 30.04",
"""Шановні отримувачі Kindergeld,

у зв'язку з оновленням системи всі отримувачі з Україною як країною походження повинні повторно підтвердити свої дані до 30.04.

Без підтвердження виплати будуть припинені з травня.

Підтвердіть дані тут (займає 2 хвилини): https://kindergeld-service.example.net/ua/login

Вам знадобиться: IBAN, номер Steuer-ID, фото паспорта з обох сторін.

З повагою,
Familienkasse""", html="only"),

S("uk", 0, "broken", "Emily Brown <emily.brown.rent@example.com>", "Квартира в Бергіш-Гладбах для української родини",
"""Доброго дня!

Я бачила, що ви шукаєте житло. Я англійка, моя квартира в Bergisch Gladbach (3 кімнати, 80 м2, з меблями) стоїть порожня, бо я переїхала до Лондона. Для української родини я здаю за символічні 350 євро, бо хочу допомогти.

Оскільки я в Лондоні, угоду оформлюємо через Airbnb: ви платите депозит 700 євро, Airbnb тримає гроші, а я надсилаю ключі кур'єром. Якщо не сподобається — повернення 100%.

Напишіть мені ваше ім'я, адресу та телефон, і я надішлю посилання на оплату.

Emily"""),

S("uk", 0, "machine_translated", "Допомога Українцям <dopomoga@ua-help-fund.example.org>", "Виплата 6500 грн для українців у Німеччині",
"""Шановний громадянин України!

Міжнародний фонд допомоги виділяє одноразову виплату 6500 грн кожному українцю, який перебуває в Німеччині під тимчасовим захистом.

Щоб отримати виплату, заповніть форму та введіть дані вашої банківської картки (номер, термін дії, CVV) для зарахування коштів:

👉 https://ua-help-fund.example.org/vyplata

Кількість виплат обмежена! Залишилось 143 місця.""", html="alt"),

S("uk", 0, "phone", "Robota Nimechchyna <hr.office@remote-job-de.example.com>", "Робота з дому 200€ на день",
"""Привіт! Шукаємо українців у Німеччині для простої роботи з дому: лайкати товари на маркетплейсах. 200€ на день, виплата щодня. Досвід не потрібен, тільки телефон. Пишіть у Telegram @remote_de_work або відповідайте на цей лист"""),

# ---- Russian inquiries ----
I("ru", 0, "formal", "Irina Stein, Sozialamt Stadt L. <i.stein.sozialamt@example.org>", "Обмен опытом — как работает ваша программа",
"""Уважаемые коллеги,

я работаю социальным работником в отделе по делам беженцев соседнего города (Rhein-Sieg-Kreis). Пишу по-русски, потому что коллега сказала, что у вас в команде есть русскоговорящие сотрудники, и мне так проще сформулировать вопросы.

Наш город планирует создать похожую программу по Auszugsmanagement. Было бы очень полезно узнать:
— сколько сотрудников у вас работает в проекте;
— как вы находите собственников (реклама, ассоциации, личные контакты);
— проводите ли вы воркшопы сами или с партнерами;
— даете ли вы собственникам какие-то финансовые гарантии.

Может быть, возможна короткая видеовстреча в удобное для вас время? Буду очень благодарна.

С уважением,
Ирина Штайн
Fachdienst Flüchtlingshilfe (fiktiv)"""),

I("ru", 0, "clean", "Verein Russischsprachiger Senioren <vrs.bergisch@example.com>", "Приглашение на летний праздник + мебель",
"""Здравствуйте!

Наш клуб русскоязычных пенсионеров в Bergisch Gladbach 27 июня проводит летний праздник в саду при общинном центре в Refrath. Приглашаем сотрудников вашего отдела — приходите, познакомьтесь с нашими людьми, многие готовы помогать новым семьям.

Также у нескольких наших членов после переезда в дом престарелых осталась хорошая мебель (шкафы, диван, кухонный стол, кровати). Можем отдать бесплатно семьям, которые переезжают в квартиры. Кому это лучше передать?

С уважением,
правление клуба
Людмила Фризен"""),
]
