# batch02: Russian-writing tenants (many Ukrainians from the east/south), translit, urgent ones
from mailwriter import M

MAILS = [
M("tenant_request", "ru", 0, "clean", "Елена Смирнова <elena.smirnova84@example.net>",
  "Ищем квартиру, семья 4 человека",
  """Здравствуйте!

Мы семья из Запорожья: я, муж и двое детей (7 и 13 лет). С 2023 года живём в общежитии в Бергиш-Гладбахе (Unterkunft Gronau). Муж работает в пекарне, я на курсах немецкого, уровень B1.
Ищем квартиру 3 комнаты, до 900 евро тёплая. Jobcenter частично доплачивает.

Подскажите, пожалуйста, можете ли вы нам помочь? Может быть, у вас есть знакомые арендодатели?

С уважением,
Елена Смирнова
0157 23453321"""),

M("tenant_request", "ru", 0, "broken", "Sergej <sergej.kh@mail.example.org>", "kvartira",
  """Zdravstvuyte. Ya Sergey Kharchenko, ishchu kvartiru 1-2 komnaty dlya menya i zheny. My zhivem v Unterkunft v Bensberg. Rabotayu na sklade v Kelne. Pishu translitom, net russkoy klaviatury. Spasibo"""),

M("tenant_request", "ru", 1, "clean", "Наталья Гусева <natalya.guseva@example.com>",
  "Срочно! Хозяйка выгоняет до понедельника",
  """Добрый вечер.

Я с сыном (5 лет) живу в комнате у частной хозяйки в Refrath, нас поселили туда волонтёры в 2022 году. Сегодня она сказала, что к ней приезжает дочь и до понедельника мы должны освободить комнату. Договора у нас нет, только устная договорённость.
Мне некуда идти. В Unterkunft звонила, там сказали, что нужно писать вам.

Пожалуйста, помогите. Телефон 0160 23457714, звоните в любое время.

Наталья Гусева"""),

M("tenant_request", "ru", 0, "on_behalf", "Irina Becker <irina.becker@example.org>",
  "Семья Ивановых – помощь с жильём",
  """Добрый день,

я волонтёр, живу в Бергиш-Гладбахе с 1998 года (переселенка из Казахстана), помогаю украинским семьям с переводами. Пишу от имени семьи Ивановых: Виктор (52), Людмила (49) и их сын Денис (17), из Херсона.

Сейчас они живут в Unterkunft Frankenforst. Людмила нашла работу в доме престарелых, Виктор после операции на сердце, работать пока не может. Нужна 2–3-комнатная квартира, желательно без лестниц или с лифтом.
Все документы (WBS, Bescheid Jobcenter, паспорта) есть. Можем прийти на консультацию вместе, я переведу.

С уважением,
Ирина Беккер
0171 23452290"""),

M("tenant_request", "ru", 0, "oneliner", "dima.koval@example.net", "Квартира",
  """Есть свободные квартиры? Один человек. Дмитрий"""),

M("tenant_request", "ru", 0, "reply", "Oksana Petrova <oksana.petrova@example.com>",
  "Re: Ihre Anmeldung zum Wohnworkshop",
  """Спасибо! Я буду. Можно прийти с мужем? Он тоже хочет получить сертификат.
Оксана

Am 02.02.2026 um 09:15 schrieb integration-wohnen@stadt-gl.de:
> Liebe Frau Petrova,
> vielen Dank für Ihre Anmeldung. Der nächste Wohnworkshop findet am 17.02.2026 um 14 Uhr im Bürgerhaus Bergischer Löwe statt.
> Bitte bringen Sie einen Stift und Ihren Ausweis mit.
> Ihr Team Auszugsmanagement""", date="2026-02-03 07:58"),

M("tenant_request", "ru", 0, "clean", "Алексей Морозов <aleksey.morozov@example.org>",
  "Вопрос про SCHUFA",
  """Здравствуйте.
Арендодатель квартиры в Paffrath требует SCHUFA-Auskunft. Я в Германии только 2 года, у меня нет кредитов. Где и как получить эту справку бесплатно? На сайте предлагают за 29,95 евро, это правильно?
И ещё: подходит ли справка, если там почти ничего нет?

Спасибо,
Алексей Морозов"""),

M("tenant_request", "ru", 1, "phone", "Vika <vika.lomakina@example.net>", "помогите пожалуйста",
  """Здравствуйте меня с ребенком завтра выселяют из квартиры пришел Räumungstermin на 14 число это послезавтра. Я писала в Jobcenter они не отвечают. Что делать куда идти?? 0152 23458810 Виктория"""),

M("tenant_request", "ru", 0, "forward", "Андрей Литвиненко <a.litvinenko@example.com>",
  "WG: Wohnungsangebot Bensberg – nur mit Einkommensnachweis",
  """Добрый день, пересылаю объявление, которое я нашёл на Kleinanzeigen. Квартира хорошая и недорогая, но я не понимаю, подойдёт ли она по правилам Jobcenter (размер 61 м² на 2 человек). Можете посмотреть? Если подходит — помогите, пожалуйста, написать ответ хозяину на немецком.
Андрей

-----Ursprüngliche Nachricht-----
Von: Kleinanzeigen Nachricht <nachricht@kleinanzeigen.example.com>
Gesendet: Sonntag, 15. Juni 2025 20:11
An: a.litvinenko@example.com
Betreff: Wohnungsangebot Bensberg – nur mit Einkommensnachweis

2-Zimmer-Wohnung, 61 m², Bensberg-Zentrum, 2. OG, Balkon, EBK. Kaltmiete 610 €, NK 160 €.
Bezug ab 01.08. Nur an Mieter mit Einkommensnachweis. Haustiere nicht erwünscht.""", date="2025-06-16 08:31"),

M("tenant_request", "ru", 0, "clean", "Татьяна Кравченко <tatiana.kravchenko@example.net>",
  "Запись на Wohnworkshop",
  """Добрый день!
Хочу записаться на Wohnworkshop. Мне сказала социальная работница в Unterkunft Hand, что без этого курса сложнее получить квартиру через вашу программу. Какие даты в ближайшее время? Я могу только по вторникам и четвергам.
Спасибо!
Татьяна Кравченко"""),

M("tenant_request", "ru", 0, "mixed_language", "Pavel Sokolov <pavel.sokolov@example.org>",
  "Mietvertrag unterschrieben!",
  """Hallo Frau Yilmaz,
хорошие новости: мы вчера подписали Mietvertrag на квартиру в Schildgen! Einzug 1. Oktober. Спасибо за помощь!
Теперь вопрос: Jobcenter хочет Wohnungsgeberbestätigung und Übergabeprotokoll. Хозяин говорит, что даст это только при въезде. Это нормально? А Umzugskosten — кто платит?
Viele Grüße
Pavel"""),

M("tenant_request", "ru", 0, "clean", "Людмила Зайцева <lyudmila.zaitseva@example.com>",
  "Помощь для пожилой пары",
  """Здравствуйте!

Мы с мужем пенсионеры (71 и 74 года), из Харькова. Живём в общежитии в Moitzfeld, там шумно, общий туалет на этаже, мужу после инсульта очень тяжело.
Получаем Grundsicherung. Ищем маленькую квартиру, 1–2 комнаты, обязательно первый этаж или лифт.

Дочь живёт в Кёльне, но у неё самой маленькая квартира.
Будем очень благодарны за любую помощь.

Людмила и Борис Зайцевы""", charset="koi8-r", cte="8bit"),

M("tenant_request", "ru", 0, "broken", "Anna Wolkowa <anna.wolkowa@example.net>", "Hallo",
  """Hallo, ich bin Anna. Я из Мариуполя, живу в Heim в Gronau. Мне нужна квартира, я беременна, рожать в декабре. Сейчас в комнате живем втроём с чужой женщиной. Пожалуйста, помогите найти что-то до родов. Немецкий у меня A2.
Anna Wolkowa 0176 23451166"""),

M("tenant_request", "ru", 0, "clean", "Евгений Орлов <evgeniy.orlov@example.org>",
  "Квартиру нашёл, хозяин хочет поговорить с вами",
  """Добрый день!
Хозяин квартиры в Hebborn (господин Kramer) готов сдать мне 2 комнаты, но хочет сначала поговорить с кем-то из вашей программы, потому что боится, что Jobcenter не будет платить вовремя. Его телефон: 02202 55813. Можете ему позвонить? Или дать мне письмо для него?
Евгений Орлов"""),

M("tenant_request", "ru", 1, "clean", "Ольга Сидоренко <olga.sydorenko@example.com>",
  "Муж угрожает, нужно срочно жильё",
  """Здравствуйте.
Пишу с телефона подруги. Мы с мужем полгода назад получили квартиру в Bensberg через вашу программу. Вчера он опять избил меня, полиция приезжала, ему запретили 10 дней подходить к квартире (Wohnungsverweisung). Но через 10 дней он вернётся, а договор на него.
Мне с двумя детьми нужно другое жильё, куда он не знает адрес. Пожалуйста, позвоните мне только на номер подруги: 0159 23450093 (Светлана).
Ольга"""),

M("tenant_request", "ru", 0, "oneliner", "Maxim <maxim.ponomarenko@example.net>", "Re: Termin",
  """Ок, буду в 11. Максим Пономаренко"""),

M("tenant_request", "ru", 0, "html_only", "Галина Белова <galina.belova@example.org>",
  "Документы для Jobcenter",
  """Добрый день!

Мне нужна ваша помощь: Jobcenter просит Mietbescheinigung и Angebot вместе с «Zusicherung». Я не понимаю, что это, и где это взять.
Квартира в Romaney, 49 м², 615 € тёплая, хозяйка согласна ждать 2 недели.

Спасибо большое!
Галина Белова
Unterkunft Romaney, комната 3""", fmt="html", flavour="gmail"),

M("tenant_request", "ru", 0, "on_behalf", "Marina Schulz <marina.schulz@beratung.example.org>",
  "Klientin Frau Tkachuk / клиентка Ткачук",
  """Здравствуйте, коллеги!

Я работаю в Migrationsberatung für Erwachsene (MBE), консультирую на русском и немецком. Моя клиентка, госпожа Ткачук Алла (1977 г. р.), проживает в Unterkunft Lückerath с дочерью-инвалидом (19 лет, Pflegegrad 3).
Комната на втором этаже без лифта, дочь фактически не выходит на улицу. Госпожа Ткачук согласна на любой район, главное — безбарьерный доступ.

Согласие клиентки на передачу данных (Schweigepflichtentbindung) прилагаю. Прошу сообщить, можем ли мы совместно записать её на консультацию.

С уважением
Марина Шульц
Migrationsberatung, Bergisch Gladbach
Tel. 02202 41177""", attach=["Schweigepflichtentbindung_Tkachuk.pdf"]),

M("tenant_request", "ru", 0, "clean", "Игорь Кузнецов <igor.kuznetsov@example.com>",
  "Отказ Jobcenter – квартира дорогая",
  """Здравствуйте.
Jobcenter отказал в квартире в Refrath: говорят, 890 € тёплая это слишком много для троих. Но ведь мы искали 8 месяцев, и дешевле ничего нет. Можно ли подать Widerspruch? Или вы можете поговорить с Jobcenter?
Игорь Кузнецов"""),

M("tenant_request", "ru", 0, "broken", "oleg.v@example.net", "",
  """zdravstvuite mne nuzhna pomoshch s kvartiroy ya v unterkunft katterbach uzhe 2 goda nikto ne beret s jobcenter. pozvonite 0151 23456001 oleg"""),

M("tenant_request", "ru", 0, "reply", "Svetlana Romanova <svetlana.romanova@example.org>",
  "Re: Ihre Unterlagen / Wohnung Gronau",
  """Добрый день, Frau Krüger,

к сожалению, я пока не могу прислать Mietschuldenfreiheitsbescheinigung, потому что предыдущий хозяин в Днепре, и квартира разрушена. Что можно вместо этого? Может, подойдёт справка от Unterkunft?

Светлана Романова

-----Original Message-----
From: Integration Wohnen <integration-wohnen@stadt-gl.de>
Sent: Wednesday, April 9, 2025 10:44 AM
To: Svetlana Romanova
Subject: Ihre Unterlagen / Wohnung Gronau

Sehr geehrte Frau Romanova,
für die Bewerbung um die Wohnung in Gronau fehlt noch eine Mietschuldenfreiheitsbescheinigung.
Mit freundlichen Grüßen""", date="2025-04-10 16:05"),

M("tenant_request", "ru", 0, "clean", "Вадим Ткаченко <vadim.tkachenko@example.net>",
  "Общежитие → квартира, что нужно сделать",
  """Привет!
Извините за простой вопрос. Я только что получил Aufenthaltserlaubnis и хочу переехать из общежития в квартиру. С чего начать? Нужно ли мне записаться к вам, или сначала в Jobcenter? Где искать объявления? Я совсем не знаю, как тут всё устроено.
Вадим, 24 года, Unterkunft Stadtmitte"""),

M("tenant_request", "ru", 1, "clean", "Марина Лебедева <marina.lebedeva@example.com>",
  "Нас выселяют после пожара",
  """Здравствуйте,

в нашем доме в Heidkamp вчера ночью был пожар в подвале. Hausverwaltung сказала, что квартиры на нашем этаже непригодны для жилья, и мы должны съехать сегодня. Сейчас мы (я, муж и трое детей) в спортзале, где Feuerwehr разместила жильцов, но это только на одну ночь.

Что нам делать? Есть ли в городе место для временного проживания? Мы украинцы, квартиру снимали сами, через Jobcenter.
Марина Лебедева
0162 23453390""", date="Tue, 18 Nov 2025 07:42:19 +0100"),

M("tenant_request", "ru", 0, "clean", "Denis Kovalenko <denis.kovalenko@example.org>",
  "Квартира для студента и мамы",
  """Здравствуйте!
Мне 19 лет, я учусь на Ausbildung (Mechatroniker), мама работает уборщицей. Мы живём в Unterkunft Hand вдвоём. Ищем двухкомнатную квартиру. Мамин доход 1100 нетто, у меня Ausbildungsvergütung 980. Хватит ли этого без Jobcenter? Подходит ли нам WBS?
Денис"""),

M("tenant_request", "ru", 0, "machine_translated", "Вера Николаева <vera.nikolaeva@example.net>",
  "Квартира вопрос",
  """Уважаемые дамы и господа,

Я пишу вам, потому что мне нужна помощь в поиске жилья. Я являюсь беженкой из Украины и проживаю в общежитии для беженцев. Моя ситуация является сложной, потому что у меня есть двое детей и нет работы в данный момент.
Я хотела бы узнать, какие документы я должна предоставить для того, чтобы получить поддержку в вашей программе. Также я хотела бы знать, существуют ли курсы для квартиросъёмщиков.

Заранее благодарю вас за ваш ответ.
С наилучшими пожеланиями,
Вера Николаева"""),

M("tenant_request", "ru", 0, "phone", "Юрий <yuriy.g@example.com>", "Перезвоните пожалуйста",
  """Звонил 3 раза, никто не берёт. По поводу квартиры в Hand которую мне предлагали. Юрий Гончаренко 0178 23452266"""),

M("tenant_request", "ru", 0, "clean", "Kristina Zhukova <kristina.zhukova@example.org>",
  "Могу ли я снимать квартиру вместе с подругой?",
  """Добрый день!
Мы две женщины, каждая с ребёнком (дети 6 и 8 лет), дружим ещё с Украины. Хотим снимать вместе 4-комнатную квартиру, так проще найти. Jobcenter будет считать нас как одну Bedarfsgemeinschaft или как две? И как тогда считается максимальная аренда?
Кристина Жукова"""),

M("tenant_request", "ru", 0, "hard_case", "Тамара Волкова <tamara.volkova@example.net>",
  "Мой арендодатель отказал – что теперь?",
  """Здравствуйте!
Вы мне в марте дали контакт Vermieter в Herkenrath (квартира 2 комнаты). Я была на просмотре, всё понравилось, но сегодня он написал, что выбрал других жильцов. Есть ли у вас ещё что-то? Я очень расстроена, уже пятый отказ.
Тамара Волкова, Unterkunft Herkenrath"""),

M("tenant_request", "ru", 0, "oneliner", "vlad.p@example.org", "сертификат",
  """Здравствуйте, пришлите пожалуйста сертификат за курс. Влад Полищук"""),

M("tenant_request", "ru", 0, "clean", "Александр Белый <alexander.belyi@example.com>",
  "Переезд из Köln в Bergisch Gladbach",
  """Здравствуйте,

сейчас я живу в Кёльне в общежитии, но нашёл работу в Bergisch Gladbach-Bensberg (склад, смены с 6 утра). Хочу переехать ближе. Могу ли я участвовать в вашей программе, если я ещё зарегистрирован в Кёльне? Мне нужна маленькая квартира или комната.

Спасибо, Александр Белый"""),

M("tenant_request", "ru", 1, "on_behalf", "Elvira Hoffmann <elvira.hoffmann@example.org>",
  "СРОЧНО: семья Бондаренко на улице с пятницы",
  """Добрый день,

я соседка семьи Бондаренко (Андрей, Ирина, сын 2 года, дочка 2 месяца). Они жили в квартире в Gronau, договор был на 2 года и закончился, хозяин продлевать не стал. В пятницу они должны отдать ключи, новая квартира только с первого числа следующего месяца — почти три недели без жилья, с новорождённой.

Я могу их взять к себе на 2–3 дня, не больше, у меня самой маленькая квартира. Может быть, есть временное место в Unterkunft?

Ирина звонит вам, но не может дозвониться. Её номер: 0157 23455140.
Эльвира Хоффманн"""),

M("tenant_request", "ru", 0, "mixed_language", "Oleksandra Panchenko <o.panchenko@example.net>",
  "Frage Kaution Darlehen",
  """Guten Tag,
подскажите, пожалуйста: Jobcenter дал Darlehen für Kaution, а теперь хотят вычитать 10 % из Regelsatz каждый месяц. Это законно? Я переехала в новую квартиру в Paffrath в июле через вашу программу.
Danke, Oleksandra"""),

M("tenant_request", "ru", 0, "clean", "Виктор Степанов <viktor.stepanov@example.com>",
  "Хочу отказаться от места в общежитии",
  """Здравствуйте!
Я нашёл квартиру сам, подписываю договор 1 числа. Что мне нужно сделать, чтобы выписаться из Unterkunft? Кому сдать ключи и нужно ли подписывать какие-то бумаги?
Спасибо за помощь в последние месяцы!
Виктор Степанов, комната 9"""),

M("tenant_request", "ru", 0, "broken", "Liliya <liliya.m@example.org>", "KVARTIRA SROCHNO ISHU",
  """ZDRAVSTVUITE!!! ISHU KVARTIRU 2 KOMNATY DLYA MENYA I DOCHKI. RABOTAYU, ZARPLATA 1600. NE NUZHEN JOBCENTER. POZHALUISTA PISHITE NA RUSSKOM. LILIYA"""),

M("tenant_request", "ru", 0, "clean", "Олег Данилов <oleg.danilov@example.net>",
  "Можно ли жить в квартире, которую сдаёт мой работодатель?",
  """Добрый день.
Мой работодатель (фирма по уборке) предлагает мне служебную квартиру в Stadtmitte, 35 м², 480 € в месяц, вычитают из зарплаты. Но если я уволюсь, квартиру надо освободить. Это хорошая идея или лучше искать обычную? Jobcenter тогда ничего не платит?
Олег Данилов"""),

M("tenant_request", "ru", 0, "reply", "Nadezhda Fomina <nadezhda.fomina@example.com>",
  "Re: Re: Besichtigung Paffrath",
  """Здравствуйте, была на просмотре. Хозяйка очень приятная, готова сдать нам. Но требует, чтобы мы сами сделали ремонт (покрасить стены). Это нормально? Кто за это платит?
Надежда

> Liebe Frau Fomina,
> die Besichtigung ist am Samstag um 11 Uhr, Adresse: Paffrather Str. (Details per SMS).
> Viel Erfolg!
>
>> Здравствуйте, да, мы хотим посмотреть квартиру в Paffrath. Когда можно?
>> Надежда Фомина"""),

M("tenant_request", "ru", 0, "clean", "Станислав Гордиенко <s.gordienko@example.org>",
  "Квартира слишком маленькая",
  """Здравствуйте!
Два года назад через вашу программу мы получили квартиру в Lückerath, 45 м². Тогда нас было трое, сейчас пятеро (родились двойняшки). Жить тесно, но хозяин очень хороший. Можно ли снова участвовать в программе, чтобы найти квартиру побольше?
Станислав и Яна Гордиенко"""),

M("tenant_request", "ru", 0, "oneliner", "Gulnara <gulnara.ah@example.net>", "жилье",
  """Здравствуйте нужна квартира 3 человека. Гульнара, Unterkunft Schildgen"""),

M("tenant_request", "ru", 0, "clean", "Ирина Медведева <irina.medvedeva@example.com>",
  "Wohngeld или Jobcenter?",
  """Здравствуйте!
Я начала работать полный день (1 950 брутто), и Jobcenter сказал, что теперь я, возможно, должна подавать на Wohngeld. Квартиру я как раз ищу. Как считать, какую аренду я могу себе позволить? Можете ли вы помочь мне это посчитать на консультации?
Ирина Медведева"""),

M("tenant_request", "ru", 1, "broken", "Roman <roman.shevtsov@example.org>", "vyselenie",
  """dobryi den menya vygonyayut iz unterkunft v pyatnicu, skazali chto ya narushil pravila (draka s sosedom, no ya ne vinovat). kuda mne idti? ya odin, 34 goda. pomogite pozhaluysta. Roman Shevtsov 0151 23459077"""),

M("tenant_request", "ru", 0, "clean", "Валентина Ковалёва <valentina.kovaleva@example.net>",
  "Вопрос по поводу мебели",
  """Добрый день!
В следующем месяце переезжаем из Unterkunft в квартиру в Gronau. Квартира без мебели и без кухни. Говорят, Jobcenter может дать деньги на Erstausstattung. Подскажите, где подавать заявление и могут ли помочь волонтёры с перевозкой?
Валентина"""),
]
