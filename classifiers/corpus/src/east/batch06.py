# batch06: machine mail (auto) and spam in uk / ru / tr
from mailwriter import M

OOO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
OOO2 = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
EXCH = [("Thread-Topic", "Wohnungsangebot"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Internal")]

ORIG = """From: Integration Wohnen <integration-wohnen@stadt-gl.de>
To: {rcpt}
Subject: {subj}
Date: {date}
Message-ID: <{mid}@stadt-gl.de>"""

MAILS = [
# ================= auto =================
M("auto", "uk", 0, "header_only", "Оксана Мельник <oksana.melnyk@example.net>",
  "Автоматична відповідь: Ihr Beratungstermin",
  """Дякую за ваш лист. Я у відпустці до 18 серпня і не маю доступу до пошти.
У термінових питаннях звертайтеся, будь ласка, до моєї колеги Ірини: iryna.kh@example.net.

З повагою,
Оксана Мельник""", headers=OOO, fmt="text"),

M("auto", "uk", 0, "other", "Mail Delivery System <MAILER-DAEMON@mx1.mail.example.net>",
  "Недоставлене повідомлення: Wohnungsangebot Refrath",
  """Це повідомлення створено автоматично сервером mx1.mail.example.net.

На жаль, ваш лист не вдалося доставити одному або кільком одержувачам.

<andrii.kovalenko77@mail.example.net>: поштова скринька не існує (550 5.1.1 User unknown)

Не відповідайте на цей лист.""",
  report=dict(type="delivery-status", mta="mx1.mail.example.net", rcpt="andrii.kovalenko77@mail.example.net",
              status="5.1.1", diag="550 5.1.1 <andrii.kovalenko77@mail.example.net>: Recipient address rejected: User unknown",
              arrival="Tue, 10 Jun 2025 09:14:02 +0200",
              orig_headers=ORIG.format(rcpt="andrii.kovalenko77@mail.example.net", subj="Wohnungsangebot Refrath",
                                       date="Tue, 10 Jun 2025 09:13:58 +0200", mid="a81f22c0.4471")),
  headers=[("Auto-Submitted", "auto-replied")], date="Tue, 10 Jun 2025 09:14:03 +0200"),

M("auto", "uk", 0, "other", "Громада українців Бергіш-Гладбаха <news@hromada-gl.example.org>",
  "Новини громади: листопад 2025",
  """НОВИНИ ГРОМАДИ • листопад 2025

• 8 листопада – благодійний ярмарок на Konrad-Adenauer-Platz
• Нові групи розмовної німецької по вівторках, 18:00
• Консультації щодо Jobcenter українською – щочетверга
• Новорічне свято для дітей – 21 грудня, реєстрація до 10.12

Ви отримали цей лист, тому що підписалися на розсилку громади.
Відписатися: https://hromada-gl.example.org/unsubscribe?id=8812""",
  headers=[("List-Id", "Novyny hromady <news.hromada-gl.example.org>"),
           ("List-Unsubscribe", "<https://hromada-gl.example.org/unsubscribe?id=8812>, <mailto:unsubscribe@hromada-gl.example.org>"),
           ("Precedence", "bulk")], fmt="alt", date="Mon, 03 Nov 2025 08:00:00 +0100"),

M("auto", "uk", 0, "other", "Vasyl Hrytsak <vasyl.hrytsak@example.com>",
  "Прочитано: Einladung Wohnworkshop",
  """Ваше повідомлення

  Кому: vasyl.hrytsak@example.com
  Тема: Einladung Wohnworkshop
  Надіслано: 12.02.2026 10:05

було прочитано 12.02.2026 19:41.""",
  report=dict(type="disposition-notification", ua="Microsoft Outlook 16.0", rcpt="vasyl.hrytsak@example.com",
              orig_id="<c44a19e2.9912@stadt-gl.de>",
              orig_headers=ORIG.format(rcpt="vasyl.hrytsak@example.com", subj="Einladung Wohnworkshop",
                                       date="Thu, 12 Feb 2026 10:05:11 +0100", mid="c44a19e2.9912")),
  date="Thu, 12 Feb 2026 19:41:30 +0100"),

M("auto", "uk", 0, "other", "Житло UA-Rhein <noreply@zhytlo.example.com>",
  "Нові оголошення за вашим пошуком «Bergisch Gladbach, 2 кімнати»",
  """Вітаємо!

За вашим збереженим пошуком з'явилося 3 нових оголошення:

1. 2 кімнати, 54 м², Bergisch Gladbach-Gronau – 690 € warm
2. 2 кімнати, 61 м², Bergisch Gladbach-Refrath – 780 € warm
3. 2,5 кімнати, 66 м², Bergisch Gladbach-Bensberg – 845 € warm

Переглянути: https://zhytlo.example.com/search/44120

Це автоматичне повідомлення, не відповідайте на нього.
Керувати сповіщеннями: https://zhytlo.example.com/settings""",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
           ("List-Unsubscribe", "<https://zhytlo.example.com/unsub/44120>")], fmt="html", flavour="webmail"),

M("auto", "ru", 0, "header_only", "Николай Вебер <nikolai.weber@example.org>",
  "Автоматический ответ: Re: Ihre Wohnung in Hand",
  """Здравствуйте!
Я в отпуске с 1 по 21 июля. Письма не читаю. По срочным вопросам по квартире звоните жене: 0171 23455050.
Николай Вебер""", headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "1")], fmt="text",
  date="Wed, 02 Jul 2025 11:20:41 +0200", charset="koi8-r", cte="8bit"),

M("auto", "ru", 0, "other", "Ирина Майер <irina.maier@immo.example.net>",
  "Automatic reply: Rückfrage Wohnung Heidkamp",
  """Благодарю за ваше письмо.
С 23.12 по 06.01 офис Maier Immobilien закрыт. Ваше сообщение будет обработано после праздников.

Thank you for your e-mail. Our office is closed from 23 Dec to 6 Jan.

Maier Immobilien""", headers=EXCH + [("X-MS-Exchange-Inbox-Rules-Loop", "irina.maier@immo.example.net")], fmt="alt", flavour="outlook",
  date="Tue, 30 Dec 2025 09:02:11 +0100"),

M("auto", "ru", 0, "other", "MAILER-DAEMON <postmaster@smtp.example.net>",
  "Не удалось доставить письмо",
  """Здравствуйте!

Это служебное сообщение почтового сервера smtp.example.net.
Ваше письмо не было доставлено адресату <olga.sokol@example.net>.

Причина: почтовый ящик получателя переполнен (552 5.2.2 Mailbox full).

Попробуйте отправить письмо позже.""",
  report=dict(type="delivery-status", mta="smtp.example.net", rcpt="olga.sokol@example.net",
              status="5.2.2", diag="552 5.2.2 Mailbox full, quota exceeded",
              arrival="Fri, 14 Mar 2025 15:31:07 +0100",
              orig_headers=ORIG.format(rcpt="olga.sokol@example.net", subj="Ihre Anmeldung zum Wohnworkshop",
                                       date="Fri, 14 Mar 2025 15:30:59 +0100", mid="0be1f7a3.2210")),
  headers=[("Auto-Submitted", "auto-replied")], date="Fri, 14 Mar 2025 15:31:09 +0100"),

M("auto", "ru", 0, "other", "Культурный центр «Мост» <rassylka@most-kultur.example.net>",
  "Афиша центра «Мост»: март",
  """АФИША НА МАРТ

7 марта – праздничный концерт к 8 Марта
14 марта – лекция «Как снять квартиру в Германии: права и обязанности арендатора»
21 марта – шахматный турнир для детей
28 марта – кинопоказ

Вход свободный. Подробности на сайте.

Чтобы отписаться от рассылки, нажмите здесь: https://most-kultur.example.net/unsubscribe""",
  headers=[("List-Id", "Afisha <afisha.most-kultur.example.net>"),
           ("List-Unsubscribe", "<mailto:leave-afisha@most-kultur.example.net>"), ("Precedence", "bulk"),
           ("X-Mailer", "Sendy 6.0")], fmt="html", flavour="webmail", date="Sat, 01 Mar 2025 10:00:00 +0100"),

M("auto", "ru", 0, "other", "Вебинар-платформа <no-reply@webinar.example.com>",
  "Напоминание: вебинар «Аренда жилья для беженцев» начнётся через 1 час",
  """Здравствуйте!

Напоминаем, что вы зарегистрированы на вебинар «Аренда жилья для беженцев: опыт муниципалитетов NRW».
Начало: сегодня в 15:00 (CET)
Ссылка для входа: https://webinar.example.com/j/884120

Это автоматическое письмо. Пожалуйста, не отвечайте на него.""",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),

M("auto", "tr", 0, "header_only", "Mehmet Yılmaz <mehmet.yilmaz@example.com>",
  "Otomatik yanıt: Ihr Wohnungsangebot Refrath",
  """Merhaba,
e-postanız için teşekkürler. 20 Temmuz – 10 Ağustos tarihleri arasında Türkiye'de izindeyim ve e-postalarımı düzenli kontrol edemiyorum. Daire ile ilgili acil konularda oğlum Emre'yi arayabilirsiniz: 0176 23451010.

Saygılarımla
Mehmet Yılmaz""", headers=OOO2, fmt="text", date="Wed, 23 Jul 2025 14:12:08 +0300"),

M("auto", "tr", 0, "other", "Selin Aksoy <selin.aksoy@hausverwaltung.example.net>",
  "Automatische Antwort: Kooperation Leerstandsmeldungen",
  """Merhaba,
şu anda ofiste değilim, 15 Nisan'dan itibaren tekrar ulaşılabilir olacağım. Acil durumlarda lütfen ofisimizi arayın: 02202 88120.

Guten Tag, ich bin bis 14.04. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an 02202 88120.

Selin Aksoy
Aksoy Hausverwaltung""", headers=EXCH, fmt="alt", flavour="outlook", date="Mon, 07 Apr 2025 08:44:51 +0200"),

M("auto", "tr", 0, "other", "Mail Delivery Subsystem <mailer-daemon@mx.posta.example.com>",
  "Teslim edilemedi: Rückfrage zu Ihrer Wohnung",
  """Bu mesaj otomatik olarak oluşturulmuştur.

Gönderdiğiniz ileti aşağıdaki alıcıya teslim edilemedi:

    kadir.ozkn@example.com

Sebep: alan adı bulunamadı / alıcı adresi geçersiz.
Teknik ayrıntılar: 550 5.1.2 Host unknown

Lütfen adresi kontrol edip tekrar deneyin.""",
  report=dict(type="delivery-status", mta="mx.posta.example.com", rcpt="kadir.ozkn@example.com",
              status="5.1.2", diag="550 5.1.2 Host or domain name not found",
              arrival="Thu, 22 Jan 2026 11:02:40 +0100",
              orig_headers=ORIG.format(rcpt="kadir.ozkn@example.com", subj="Rückfrage zu Ihrer Wohnung",
                                       date="Thu, 22 Jan 2026 11:02:33 +0100", mid="77d0b2e9.5560")),
  date="Thu, 22 Jan 2026 11:02:44 +0100"),

M("auto", "tr", 0, "other", "Türk Kültür Derneği <bulten@tkd-gl.example.org>",
  "Dernek Bülteni – Aralık 2025",
  """TÜRK KÜLTÜR DERNEĞİ BERGISCH GLADBACH
Aralık Bülteni

- 6 Aralık: Kış kermesi, Gronau lokalimizde
- Her Salı 17:00: Çocuklar için Türkçe dersi
- 13 Aralık: "Ev sahibi ve kiracı hakları" semineri (Almanca/Türkçe)
- Aidat hatırlatması: 2026 aidatları Ocak sonuna kadar

Bu e-postayı dernek üyesi veya abone olduğunuz için alıyorsunuz.
Abonelikten çıkmak için: https://tkd-gl.example.org/abonelik/iptal""",
  headers=[("List-Id", "TKD Bulten <bulten.tkd-gl.example.org>"),
           ("List-Unsubscribe", "<https://tkd-gl.example.org/abonelik/iptal>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
  fmt="alt", flavour="gmail", date="Mon, 01 Dec 2025 09:30:00 +0100"),

M("auto", "tr", 0, "other", "Fatma Arslan <fatma.arslan@example.com>",
  "Okundu: Informationen für Vermieter",
  """Bu, şu adrese gönderdiğiniz iletinin okundu bilgisidir: fatma.arslan@example.com

Not: Bu okundu bilgisi yalnızca iletinin alıcının bilgisayarında görüntülendiğini gösterir. Alıcının iletiyi okuduğu veya içeriğini anladığı garanti edilemez.""",
  report=dict(type="disposition-notification", ua="Mozilla Thunderbird", rcpt="fatma.arslan@example.com",
              orig_id="<19fe00ab.3321@stadt-gl.de>",
              orig_headers=ORIG.format(rcpt="fatma.arslan@example.com", subj="Informationen für Vermieter",
                                       date="Wed, 05 Nov 2025 13:40:00 +0100", mid="19fe00ab.3321"))),

# ================= spam =================
M("spam", "uk", 0, "other", "Служба підтримки пошти <support@mailbox-secure.example.com>",
  "Ваша поштова скринька переповнена – дія обов'язкова",
  """Шановний користувачу integration-wohnen@stadt-gl.de,

Ваша поштова скринька використала 99,8 % доступного простору. Нові листи більше не надходять.
Щоб уникнути видалення облікового запису, підтвердіть свої дані протягом 24 годин:

>>> ПІДТВЕРДИТИ ЗАРАЗ: http://mailbox-secure.example.com/verify?u=integration-wohnen <<<

Якщо ви не підтвердите, ваш акаунт буде заблоковано назавжди.

Команда адміністрування пошти""", fmt="html", flavour="webmail"),

M("spam", "uk", 0, "other", "Ярослав | Крипто-клуб <profit@crypto-ua.example.net>",
  "💰 Як я заробляю 3 500 € на тиждень з дому",
  """Привіт! 👋

Мене звати Ярослав, я з Львова, зараз живу в Німеччині. Ще рік тому я сидів на Jobcenter, а тепер заробляю від 3 500 € на тиждень завдяки автоматичному торговому боту на біткоїні.

✅ Мінімальний депозит лише 250 €
✅ Бот торгує замість вас 24/7
✅ Вже 12 000 українців у Європі заробляють з нами

Реєструйся за посиланням поки є місця: https://crypto-ua.example.net/start

Не пропусти свій шанс! 🚀"""),

M("spam", "uk", 0, "hard_case", "Маргарита Стельмах <margaryta.stelmakh@mail.example.com>",
  "Квартира для українців в Bergisch Gladbach – дешево",
  """Доброго дня!

Я власниця квартири в Bergisch Gladbach (Refrath), 3 кімнати, 78 м², з меблями, 450 € все включено. Я сама з України, хочу допомогти нашим людям.
Зараз я живу в Лондоні з чоловіком, тому не можу показати квартиру особисто. Ключі та договір я надішлю поштою через DHL після оплати застави.

Застава 900 € переказується через Western Union на ім'я мого чоловіка. Після отримання ключів можете подивитися квартиру, і якщо не сподобається – я поверну гроші.

Будь ласка, передайте цю інформацію сім'ям, які шукають житло. Пишіть лише на e-mail, телефон не працює.

Маргарита"""),

M("spam", "uk", 0, "other", "Фонд підтримки ЄС <info@eu-dopomoga.example.org>",
  "Виплата 2 000 € для українців у Німеччині – останній день!",
  """Шановні громадяни України!

Європейський фонд підтримки оголошує одноразову виплату 2 000 € для кожного переселенця в Німеччині.
Для отримання коштів заповніть форму та вкажіть дані банківської картки (номер, термін дії, CVV):

https://eu-dopomoga.example.org/forma

Увага! Прийом заявок закінчується сьогодні о 23:59.""", fmt="html", flavour="outlook"),

M("spam", "uk", 0, "other", "Акція Prize-Shop <win@prize-shop.example.com>",
  "Вітаємо! Ви виграли iPhone 16 Pro",
  """ВІТАЄМО!!!

Ваша електронна адреса була обрана випадковим чином. Ви виграли iPhone 16 Pro!
Сплатіть лише доставку 1,99 € і отримайте приз вже завтра.

Забрати приз ➜ https://prize-shop.example.com/claim

Пропозиція дійсна 15 хвилин."""),

M("spam", "uk", 0, "other", "Робота Європа <hr@robota-eu.example.net>",
  "Робота з дому 150 €/день – без німецької",
  """Добрий день!
Шукаємо співробітників для роботи з дому: обробка замовлень, 2–3 години на день, оплата 150 € щодня. Німецька мова не потрібна.
Для реєстрації надішліть копію паспорта та Aufenthaltstitel на цю адресу, а також номер вашого банківського рахунку для виплат.
Менеджер з персоналу, Вікторія""", attach=["Anketa.docx"]),

M("spam", "uk", 0, "other", "SEO Агенція ТОП-1 <sales@top1-seo.example.com>",
  "Ваш сайт на першому місці в Google за 7 днів",
  """Добрий день!
Ми проаналізували сайт stadt-gl.de і знайшли 47 критичних помилок SEO. Ваші конкуренти вже в ТОП-3!
Пропонуємо пакет просування «Старт» лише за 199 € на місяць. Гарантія результату.
Відповідайте на цей лист, щоб отримати безкоштовний аудит."""),

M("spam", "ru", 0, "other", "Служба безопасности банка <security@bank-online.example.net>",
  "Ваш счёт временно заблокирован",
  """Уважаемый клиент!

Мы зафиксировали подозрительную активность в вашем онлайн-банкинге. В целях безопасности доступ к счёту временно ограничен.
Для восстановления доступа войдите в систему по ссылке ниже и подтвердите свои данные (логин, PIN, TAN):

https://bank-online.example.net/secure/login

Если вы не сделаете этого в течение 48 часов, счёт будет закрыт.

С уважением,
Отдел безопасности""", fmt="html", flavour="outlook"),

M("spam", "ru", 0, "other", "Bitcoin Profit <invest@btc-profit.example.com>",
  "Пассивный доход 1200 евро в день – проверено",
  """Вы всё ещё работаете за копейки?

Новая платформа на основе искусственного интеллекта торгует криптовалютой за вас.
Средний доход наших клиентов — 1 200 € в день!
Минимальный депозит — 250 €. Вывод средств в любое время.

👉 ЗАРЕГИСТРИРОВАТЬСЯ: https://btc-profit.example.com/ru

Количество мест ограничено!"""),

M("spam", "ru", 0, "hard_case", "John Miller <john.miller.flat@mail.example.org>",
  "Квартира в Бергиш-Гладбахе для семьи беженцев",
  """Здравствуйте,

я видел, что вы помогаете беженцам найти жильё. У меня есть квартира в Bergisch Gladbach-Bensberg, 2 комнаты, 65 м², полностью меблирована, 390 € в месяц включая все расходы.
К сожалению, я сейчас работаю в Испании и не могу приехать. Ключи передаются через агентство Airbnb после оплаты первого месяца и залога (1 170 €) переводом на мой счёт в Испании (ES00 0000 0000 0000 0000 0000).

Пожалуйста, передайте мой адрес заинтересованным семьям. Я отвечаю только по электронной почте.
С уважением,
Джон Миллер"""),

M("spam", "ru", 0, "other", "Адвокат Питер Браун <peter.brown.law@example.net>",
  "Наследство вашего однофамильца – 4,7 млн евро",
  """Уважаемый(ая) друг,

я адвокат покойного господина, который погиб в автокатастрофе и оставил 4 700 000 евро без наследников. Поскольку у вас такая же фамилия, я предлагаю вам стать наследником. Мы разделим сумму 50/50.
Для начала процедуры мне нужны ваши полные данные и копия паспорта.
Это абсолютно законно и безопасно.

Питер Браун, эсквайр"""),

M("spam", "ru", 0, "other", "Продвижение сайтов <seo@prodvizhenie.example.com>",
  "Продвижение вашего сайта в ТОП Яндекс и Google",
  """Добрый день!
Предлагаем услуги по продвижению сайта: SEO, контекстная реклама, ссылки с трастовых площадок. Первые результаты через 2 недели.
Цены от 99 $ в месяц. Ответьте «ДА», и мы пришлём коммерческое предложение."""),

M("spam", "ru", 0, "other", "DHL Express <status@dhl-paket-info.example.com>",
  "Ваша посылка ожидает оплаты таможенного сбора",
  """Уважаемый получатель,

ваша посылка №DE4471290331 задержана на складе. Для доставки необходимо оплатить таможенный сбор 2,99 €.
Оплатить: https://dhl-paket-info.example.com/pay

Если оплата не поступит в течение 3 дней, посылка будет возвращена отправителю.""", fmt="html", flavour="webmail"),

M("spam", "ru", 0, "broken", "Kristina <kristina.love88@date.example.net>", "Привет, это я)",
  """Привет) Я Кристина, мне 28, видела твою анкету. Давай познакомимся? Мои фото тут: http://date.example.net/kris
жду ответа 😘"""),

M("spam", "ru", 0, "other", "Администратор почты <admin@stadt-gl-mail.example.com>",
  "Хранилище почты заполнено на 98%",
  """Уважаемый пользователь,

ваш почтовый ящик превысил лимит хранилища. Входящие письма будут отклоняться.
Нажмите ниже, чтобы бесплатно увеличить объём до 50 ГБ:

УВЕЛИЧИТЬ ХРАНИЛИЩЕ → http://stadt-gl-mail.example.com/upgrade

ИТ-служба"""),

M("spam", "ru", 0, "other", "Аптека онлайн <sale@apteka-eu.example.org>",
  "Скидка 70% на препараты без рецепта",
  """Лучшие препараты из Индии по низким ценам! Без рецепта, доставка по всей Европе в анонимной упаковке.
Скидка 70% только сегодня. Заказ: https://apteka-eu.example.org"""),

M("spam", "ru", 0, "hard_case", "Хозяин Квартиры <vermieter.bensberg@mail.example.com>",
  "Re: квартира",
  """Добрый день. Квартира ещё свободна. Я сейчас в Лондоне по работе, поэтому показать лично не могу. Чтобы я знал что вы серьёзно, переведите залог 800 евро через Western Union, после этого я отправлю вам ключи по почте и вы сможете посмотреть. Если не понравится, деньги верну. Другие люди тоже интересуются, поэтому решайте быстро.
Алекс"""),

M("spam", "ru", 0, "other", "Casino Vulkan <bonus@vulkan-casino.example.net>",
  "🎰 500 € бонус + 200 фриспинов только для вас",
  """Ваш персональный бонус активирован!
500 € на счёт + 200 бесплатных вращений.
Забрать: https://vulkan-casino.example.net/bonus
Предложение действует 24 часа. 18+"""),

M("spam", "tr", 0, "other", "Büyük Çekiliş <kazandiniz@cekilis.example.com>",
  "TEBRİKLER! 50.000 € kazandınız",
  """Sayın talihli,

E-posta adresiniz uluslararası çekilişimizde 50.000 € ödül kazandı!
Ödülünüzü almak için işlem ücreti olarak 95 € yatırmanız ve aşağıdaki bilgileri göndermeniz gerekmektedir:
- Ad, soyad
- Adres
- Pasaport fotokopisi
- Banka bilgileri

Çekiliş Koordinatörü
Bay Richard Stone"""),

M("spam", "tr", 0, "other", "Kripto Yatırım <bilgi@kripto-kazanc.example.net>",
  "Ayda 8.000 € pasif gelir – yapay zeka ile",
  """Merhaba!
Almanya'da yaşayan Türkler arasında en popüler yatırım platformu! Yapay zeka destekli robotumuz sizin yerinize kripto alım satımı yapıyor.
📈 Günlük %3 kazanç
💶 Minimum yatırım 250 €
Hemen kayıt ol: https://kripto-kazanc.example.net
Sınırlı kontenjan!"""),

M("spam", "tr", 0, "hard_case", "Ev Sahibi <evsahibi.gl@mail.example.net>",
  "Bergisch Gladbach'ta ucuz daire – mülteci ailelere",
  """Merhaba,

Bergisch Gladbach'ta 3 odalı, eşyalı bir dairem var, aylık 400 € her şey dahil. Mülteci ailelere yardım etmek istiyorum.
Şu an Londra'dayım, iş nedeniyle Almanya'ya gelemiyorum. Depozito (2 aylık kira, 800 €) Western Union ile gönderildikten sonra anahtarları ve sözleşmeyi kargo ile yollarım. Daireyi görmeden önce ödeme yapılması gerekiyor çünkü çok talep var.

Lütfen sadece e-posta ile iletişime geçin.
Saygılarımla"""),

M("spam", "tr", 0, "other", "Posta Güvenlik <guvenlik@posta-hesap.example.com>",
  "E-posta hesabınız askıya alınacak",
  """Değerli kullanıcı,

Hesabınızda olağandışı oturum açma girişimi tespit edildi. Hesabınız 24 saat içinde askıya alınacaktır.
Hesabınızı korumak için şifrenizi hemen doğrulayın:

https://posta-hesap.example.com/dogrula

Teşekkürler,
Güvenlik Ekibi""", fmt="html", flavour="outlook"),

M("spam", "tr", 0, "other", "Web Tasarım Pro <satis@webtasarim.example.org>",
  "Siteniz Google'da ilk sayfada olsun!",
  """Merhaba,
web sitenizi inceledik, mobil uyumlu değil ve Google'da görünmüyor. Aylık sadece 149 € ile SEO ve sosyal medya yönetimi yapıyoruz. Ücretsiz analiz için bu e-postayı yanıtlayın."""),

M("spam", "tr", 0, "other", "Bahis Bonus <vip@bahis-bonus.example.net>",
  "%200 hoş geldin bonusu 🎁",
  """Yeni üyelere özel %200 yatırım bonusu + 100 freespin!
Canlı bahis, casino, poker – hepsi tek sitede.
Hemen üye ol: https://bahis-bonus.example.net/vip
18+ Sorumlu oynayın."""),

M("spam", "tr", 0, "other", "PTT Kargo <bildirim@ptt-kargo-takip.example.com>",
  "Gönderiniz teslim edilemedi",
  """Sayın müşterimiz,
Türkiye'den gönderilen kargonuz adres bilgisi eksik olduğu için teslim edilemedi. Yeniden gönderim ücreti 1,49 €.
Adresinizi güncellemek ve ödeme yapmak için: https://ptt-kargo-takip.example.com/guncelle
Takip no: TR88120044DE"""),
]
