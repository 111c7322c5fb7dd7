# batch04: Russian- and Ukrainian-speaking landlords, more Turkish landlords
from mailwriter import M

MAILS = [
M("landlord_offer", "ru", 0, "clean", "Виктор Шмидт <viktor.schmidt@example.net>",
  "Сдаю квартиру в Бенсберге",
  """Здравствуйте!

Я живу в Бергиш-Гладбахе с 1995 года (переселенец из Омска). У меня есть квартира в Bensberg, 2 комнаты, 58 м², 2 этаж, балкон, встроенная кухня. Kaltmiete 590 €, Nebenkosten 170 €.
Прочитал в газете, что город ищет квартиры для беженцев. Готов сдать украинской семье, могу с ними говорить по-русски, это удобно.

Квартира свободна с 1 числа. Звоните: 0171 23451818.

С уважением,
Виктор Шмидт""", charset="koi8-r", cte="quoted-printable"),

M("landlord_offer", "ru", 0, "clean", "Людмила Вагнер <lyudmila.wagner@example.com>",
  "Вопрос по гарантиям",
  """Добрый день,

у меня квартира в Refrath, сейчас ремонтируем, будет готова в мае. Думаю сдать через вашу программу, но есть вопросы:
1) Кто платит, если жильцы испортят квартиру?
2) Есть ли гарантия от города, если Jobcenter задержит оплату?
3) Можно ли самой выбрать жильцов из нескольких кандидатов?

Ответьте, пожалуйста, потом решу.
Людмила Вагнер"""),

M("landlord_offer", "ru", 0, "oneliner", "Andrej Keller <andrej.keller@example.org>", "Квартира",
  """Есть 1-комнатная в Gronau 38 м2 450 тёплая. Андрей 0176 23450404"""),

M("landlord_offer", "ru", 0, "broken", "Eduard Braun <eduard.braun@example.net>", "Wohnung vermieten",
  """Guten Tag, ich möchte Wohnung vermieten. Я лучше по-русски. Квартира в Hand, 3 комнаты, 80 м², после смерти моей мамы стоит пустая. Мебель старая, можем оставить. Хочу 800 тёплая. Можно семье с детьми, я не против. Эдуард Браун"""),

M("landlord_offer", "ru", 0, "reply", "Галина Фишер <galina.fischer@example.com>",
  "Re: Ihre Wohnung in Paffrath",
  """Здравствуйте, Frau Müller!

Спасибо, что прислали кандидатов. Семья Петренко мне очень понравилась на просмотре, особенно то, что муж работает. Я готова подписать договор с ними. Какие документы мне нужны от вас? И нужно ли подписывать что-то с Jobcenter?

Галина Фишер

> Sehr geehrte Frau Fischer,
> anbei die Kurzprofile von zwei Familien, die sich für Ihre Wohnung in Paffrath interessieren.
> Bitte teilen Sie uns mit, wen Sie kennenlernen möchten."""),

M("landlord_offer", "ru", 0, "clean", "Константин Фогель <konstantin.vogel@example.org>",
  "Жильцы не платят за коммуналку",
  """Добрый день.

Год назад через ваш проект я сдал квартиру в Lückerath семье из Украины. Аренду Jobcenter платит исправно, но жильцы не оплатили Stromnachzahlung, и теперь пришло письмо, что могут отключить электричество — а счётчик на моё имя.
Прошу вас поговорить с семьёй или подсказать, к кому обратиться. Не хочу конфликта, люди хорошие.

Константин Фогель
0151 23453030"""),

M("landlord_offer", "ru", 0, "html_only", "Ирина Майер <irina.maier@immo.example.net>",
  "Предложение: 3 квартиры от частного инвестора",
  """Уважаемые сотрудники!

Наше агентство (Maier Immobilien, Bergisch Gladbach) представляет частного инвестора, который купил дом в Heidkamp и хочет сдавать 3 квартиры людям, получающим поддержку Jobcenter.
Квартиры: 2 × 2 комнаты (52 м²), 1 × 3 комнаты (71 м²). Ремонт 2025 года. Цены в пределах норм Jobcenter (Angemessenheitsgrenzen).
Комиссия (Provision) для жильцов не взимается.

Буду рада обсудить детали по телефону.
Ирина Майер
Maier Immobilien
02202 70311""", fmt="html", flavour="outlook", date="2025-12-15 11:20"),

M("landlord_offer", "ru", 0, "clean", "Олег Нойман <oleg.neumann@example.com>",
  "Комната в доме",
  """Здравствуйте.
У нас большой дом в Herkenrath, дети выросли и уехали. Одну комнату с отдельным душем можем сдать одинокому мужчине или женщине, 380 € всё включено. Русский или украинский язык приветствуется :)
Олег и Тамара Нойман"""),

M("landlord_offer", "ru", 0, "mixed_language", "Waldemar Schäfer <waldemar.schaefer@example.net>",
  "Mietinteressenten / просмотр",
  """Hallo,
в субботу был просмотр моей квартиры в Schildgen, пришли две семьи из вашего Programm. Обе хорошие. Но одна семья не пришла, хотя обещали, и не позвонили. Warum? Пожалуйста, передайте, что квартиру я отдаю семье Коваль, если они до среды пришлют Unterlagen.
Gruß, Waldemar Schäfer"""),

M("landlord_offer", "ru", 0, "clean", "Наталья Рихтер <natalia.richter@example.org>",
  "Наследство – квартира в Moitzfeld",
  """Добрый день!

Мы с братом получили в наследство квартиру тёти в Moitzfeld. Сами живём в Мюнхене и не можем заниматься сдачей. Подумали, что хорошо бы сдать её людям, которым действительно нужно жильё.
Как это у вас работает? Вы берёте на себя управление, или нам нужен Hausverwalter? Квартира 2,5 комнаты, 64 м², 1 этаж.

С уважением
Наталья Рихтер"""),

M("landlord_offer", "ru", 0, "broken", "Alexander Hahn <a.hahn@example.com>", "SDAYU",
  """zdravstvuite sdayu kvartiru 2 komnaty v katterbach, 620 teplaya, mozhno ukraincam, zvonit posle 18:00 0160 23454422 Aleksandr"""),

M("landlord_offer", "ru", 0, "clean", "Ольга Беккер <olga.becker@example.net>",
  "Повторно: квартира ещё свободна",
  """Добрый день,

две недели назад я писала вам о квартире в Stadtmitte (1,5 комнаты, 44 м², 520 € тёплая). Ответа пока нет. Квартира всё ещё свободна, но если от вас никого не будет, я дам объявление на Immoscout в конце месяца.
Пожалуйста, сообщите, есть ли интерес.

Ольга Беккер"""),

M("landlord_offer", "ru", 0, "formal", "Юрий Краузе <yuri.krause@example.org>",
  "Условия участия в программе для арендодателей",
  """Уважаемые дамы и господа!

Я являюсь собственником двух квартир в Бергиш-Гладбахе (Frankenforst). Прошу выслать мне информацию об условиях сотрудничества с программой «Auszugsmanagement»: договорная форма, порядок выплаты арендной платы, наличие страхования или гарантий на случай повреждений, а также контактное лицо для арендодателей.

Одна из квартир освобождается 30.06.

С уважением
Юрий Краузе""", charset="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0", date="2025-05-13 11:00"),

M("landlord_offer", "ru", 0, "phone", "Svetlana Lang <svetlana.lang@example.com>", "по телефону",
  """Как договорились по телефону, пишу адрес квартиры: Bensberg, рядом с Schloss, 2 комнаты. Фото пришлю завтра. Светлана Ланг"""),

M("landlord_offer", "ru", 0, "clean", "Михаил Циммер <mikhail.zimmer@example.net>",
  "Жилец съехал, оставил долг",
  """Здравствуйте,

жилец, которого я взял по вашей программе в 2024 году, съехал без предупреждения и оставил долг за 2 месяца и сломанную дверь в ванную. Телефон не отвечает.
У вас был какой-то фонд или гарантия для таких случаев? Что мне делать? Я по-прежнему готов сдавать квартиру, но хочу понять, как защитить себя.

Михаил Циммер"""),

M("landlord_offer", "ru", 0, "clean", "Татьяна Кёлер <tatjana.koehler@example.org>",
  "Квартира для женщины с ребёнком",
  """Добрый вечер!
Хочу предложить маленькую квартиру (2 комнаты, 46 м²) в Refrath. Я сама когда-то одна с ребёнком приехала в Германию, мне помогли, теперь хочу помочь. Сдам матери-одиночке с ребёнком, 560 € тёплая.
Татьяна Кёлер
0157 23458181"""),

M("landlord_offer", "ru", 0, "reply", "Роберт Энгель <robert.engel@example.com>",
  "AW: Rückmeldung zur Besichtigung",
  """Спасибо за ответ. Хорошо, тогда подождём решения Jobcenter ещё неделю. Но дольше ждать я не могу, у меня кредит на эту квартиру.
Роберт Энгель

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen
Gesendet: Freitag, 23. Januar 2026 09:40
Betreff: Rückmeldung zur Besichtigung
Sehr geehrter Herr Engel, die Entscheidung des Jobcenters zur Mietübernahme steht noch aus. Wir bitten um etwas Geduld.""", date="2026-01-23 14:27"),

M("landlord_offer", "ru", 0, "clean", "Елена Губер <elena.huber@example.net>",
  "Сдаём квартиру, но только с договором на 1 год",
  """Здравствуйте!
Через год мы, возможно, будем продавать квартиру в Hebborn, поэтому можем сдать её только с ограниченным договором (Zeitmietvertrag) на 12 месяцев. 3 комнаты, 78 м². Подходит ли это для вашей программы, или семьям нужны только бессрочные договоры?
Елена Губер"""),

M("landlord_offer", "ru", 0, "mixed_language", "Artur Wolf <artur.wolf@example.org>",
  "Frage zu Mietzahlung Jobcenter",
  """Hallo, у меня квартира в Gronau свободна, хочу сдать через вас. Frage: Jobcenter платит Miete direkt an Vermieter или жильцу? В прошлый раз (не через вас) жилец получал деньги и не платил мне 3 месяца. Если direkt – тогда ok, сдаю.
Artur Wolf"""),

M("landlord_offer", "ru", 0, "clean", "Инна Лоренц <inna.lorenz@example.com>",
  "Сдаю квартиру – бесплатно посредник?",
  """Здравствуйте.
Я не хочу платить маклеру. Если я сдаю квартиру через город, это бесплатно для меня? И вы проверяете жильцов (SCHUFA, доход)?
Квартира: Romaney, 2 комнаты, 55 м².
Инна Лоренц"""),

# --- Ukrainian-speaking landlords ---
M("landlord_offer", "uk", 0, "clean", "Роман Шульга <roman.shulha@example.net>",
  "Здаю квартиру українській родині",
  """Добрий день!

Я українець, живу в Німеччині з 2010 року, два роки тому купив квартиру в Paffrath як інвестицію. Тепер попередні орендарі виїхали, і я хочу здати її українській родині, яка шукає житло.
2 кімнати, 57 м², 3 поверх з ліфтом, 610 € холодна + 180 € Nebenkosten.

Чи можете ви порекомендувати родину? Можу сам поспілкуватися з ними українською.

З повагою
Роман Шульга
0176 23456060"""),

M("landlord_offer", "uk", 0, "reply", "Оксана Келлер <oksana.keller@example.com>",
  "Re: Interessenten für Ihre Wohnung",
  """Дякую! Я подзвонила родині Савчуків, домовилися на перегляд у неділю. Якщо все буде добре, підпишемо договір з 1 числа.
Оксана Келлер

> Sehr geehrte Frau Keller,
> anbei die Kontaktdaten der Familie Savchuk, die sich für Ihre Wohnung in Hand interessiert."""),

M("landlord_offer", "uk", 0, "clean", "Ігор Мельничук <ihor.melnychuk@example.org>",
  "Гарантії для власників",
  """Вітаю,

маю невелику квартиру в Frankenforst, 1 кімната, 33 м². Думаю здати через вашу програму, але спочатку хочу дізнатися: чи є від міста гарантія оплати, якщо Jobcenter перестане платити? І чи допомагаєте ви, якщо у власника виникнуть проблеми з орендарем?

Дякую
Ігор Мельничук"""),

M("landlord_offer", "uk", 0, "oneliner", "Nadiia Wolff <nadiia.wolff@example.net>", "Квартира",
  """Маю вільну кімнату в квартирі в Bensberg для жінки, 300 € все включено. Надія"""),

M("landlord_offer", "uk", 0, "clean", "Валерій Кох <valerii.koch@example.com>",
  "Наш орендар – питання",
  """Добрий день!

Рік тому через вас ми здали квартиру пані Олені Кравчук із сином. Все добре, але тепер вона хоче, щоб до неї переїхала її мати з України. Квартира 2 кімнати, 50 м². Чи дозволено це за правилами, і чи буде Jobcenter платити більше? Ми як власники не проти, але хочемо, щоб усе було офіційно.

Валерій Кох"""),

M("landlord_offer", "uk", 0, "mixed_language", "Svitlana Bauer <svitlana.bauer@example.org>",
  "Wohnung ab Juli / квартира з липня",
  """Guten Tag!
з 1 липня звільняється наша квартира в Schildgen (3 Zimmer, 75 m², Balkon, Keller). Ми самі колись були біженцями з Донецька (2014), тому хочемо допомогти. Miete 790 warm. Bitte melden Sie sich.
Світлана і Томас Бауер""", date="2025-05-18 20:20"),

M("landlord_offer", "uk", 0, "formal", "Петро Гаврилюк <petro.havryliuk@example.net>",
  "Пропозиція житла",
  """Шановні пані та панове!

Як власник житлової нерухомості за адресою 51469 Bergisch Gladbach (Hand), пропоную до оренди квартиру загальною площею 69 м² (3 кімнати, кухня, ванна, балкон). Квартира вільна з 01.09.
Орендна плата: 680 € (Kaltmiete) плюс 190 € комунальні послуги.

Прошу повідомити, чи є потреба в такому житлі, та надіслати інформацію щодо процедури.

З повагою
Петро Гаврилюк""", date="2025-07-30 10:15"),

M("landlord_offer", "uk", 0, "phone", "Tetiana Schwarz <tetiana.schwarz@example.com>", "Дзвонила вам",
  """Добрий день, я дзвонила сьогодні щодо квартири в Refrath (2 кімнати). Ваша колега сказала написати. Квартира вільна з травня, 640 € тепла. Тетяна Шварц 0162 23457676""", date="2025-04-03 18:05"),

M("landlord_offer", "uk", 0, "clean", "Андрій Беккер <andrii.becker@example.org>",
  "Квартира з меблями на пів року",
  """Привіт!
Я їду на роботу в Польщу на 6 місяців і хочу здати свою квартиру в Gronau з меблями на цей період. 1,5 кімнати, 42 м². Чи підходить це для вашої програми, або вам потрібні тільки довгострокові варіанти?
Андрій"""),

M("landlord_offer", "uk", 0, "clean", "Людмила Гоффман <liudmyla.hoffmann@example.net>",
  "Орендар з вашої програми не платить",
  """Добрий день,

з березня я здаю квартиру в Heidkamp чоловікові, якого ви мені порекомендували. Вже два місяці він не платить свою частину оренди (150 € понад Jobcenter). На повідомлення не відповідає.
Я не хочу одразу розривати договір. Чи можете ви з ним поговорити?

Людмила Гоффман"""),

# --- more Turkish landlords ---
M("landlord_offer", "tr", 0, "clean", "Kadir Özkan <kadir.ozkan@example.com>",
  "Yeni yenilenmiş daire – Bensberg",
  """Merhaba,

Bensberg'de tamamen yenilenmiş 2 odalı bir dairem var: yeni banyo, yeni parke, yeni pencereler. 57 m², 2. kat. Kira 640 € soğuk, yan giderler 160 €.
Mülteci aile olabilir, çalışan biri olursa daha iyi ama şart değil. Evin temiz kullanılması önemli.

Kadir Özkan
0157 23451212"""),

M("landlord_offer", "tr", 0, "broken", "Sinan <sinan.kocak@example.net>", "",
  """selam benim bir evim var refrath 3 oda 700 soguk arayin 0173 23456565"""),

M("landlord_offer", "tr", 0, "clean", "Meryem Altun <meryem.altun@example.org>",
  "Daire ve bahçe",
  """İyi günler,

Hebborn'daki evimizin zemin katı boş. 2 oda, 60 m², bahçe kullanımı var. Çocuklu bir aile için ideal. Biz üst katta oturuyoruz, iki küçük çocuğumuz var, komşuluk önemli bizim için.
Kira 690 € sıcak. Tanışmak için aileyle bir kahve içmek isteriz.

Meryem ve Tolga Altun"""),

M("landlord_offer", "tr", 0, "mixed_language", "Volkan Eren <volkan.eren@example.com>",
  "Kündigung Mieter / kiracı sorunu",
  """Merhaba Herr Hoffmann,
programdan gelen kiracım Bay Rahimi ile ilgili yazıyorum. Kira düzenli, aber es gibt Probleme mit Lärm, komşular 3 kez şikayet etti, gece 2'de müzik. Ihm eine Abmahnung schicken istemiyorum, önce sizin konuşmanızı tercih ederim. Mümkün mü?
Gruß
Volkan Eren"""),

M("landlord_offer", "tr", 0, "clean", "Şükrü Tunç <sukru.tunc@example.net>",
  "Ev sahipleri için bilgi toplantısı var mı?",
  """Merhaba,
Gronau'da 2 dairem var, birini programınıza vermeyi düşünüyorum. Ev sahipleri için bir bilgilendirme toplantısı yapıyor musunuz? Önce diğer ev sahiplerinin deneyimlerini dinlemek isterim. Sonra karar vereceğim.
Şükrü Tunç"""),

M("landlord_offer", "tr", 0, "oneliner", "Aylin Keskin <aylin.keskin@example.org>", "Re: Mietvertrag",
  """Sözleşmeyi imzaladım, ekte gönderiyorum. Aylin Keskin""", attach=["Mietvertrag_unterschrieben.pdf"]),

M("landlord_offer", "tr", 0, "clean", "Kenan Çakır <kenan.cakir@example.com>",
  "Büyük aile için 5 oda",
  """Merhaba,

Refrath'ta 5 odalı, 118 m² bir dubleks dairem var. Büyük aileler için ev bulmanın zor olduğunu duydum. Kira 1.290 € soğuk + 300 € yan gider. Jobcenter büyük aileler için bu kadar öder mi bilmiyorum, bilgi verirseniz sevinirim.

Kenan Çakır"""),

M("landlord_offer", "tr", 0, "clean", "Dilek Sarı <dilek.sari@example.net>",
  "Kiracım evden çıktı, anahtarları teslim etmedi",
  """Merhaba,
sizin programınızdan gelen kiracım Bayan Nazari geçen hafta Köln'e taşındı ama anahtarları teslim etmedi, Übergabeprotokoll da yapılmadı. Ona ulaşamıyorum. Onunla iletişimde olan biri varsa lütfen bana haber versin. Yeni kiracı için daireyi size yine vermek istiyorum.
Dilek Sarı
Paffrath"""),

M("landlord_offer", "tr", 0, "html_only", "Emre Gök <emre.gok@gokimmo.example.com>",
  "Gök Immobilien – boş daireler listesi (Kasım)",
  """Merhaba,

bu ay Bergisch Gladbach'ta programınız için uygun olabilecek boş dairelerimiz:

1) Stadtmitte – 1 oda, 34 m², 430 € sıcak
2) Gronau – 2 oda, 55 m², 620 € sıcak
3) Refrath – 3 oda, 72 m², 860 € sıcak
4) Herkenrath – 4 oda, 90 m², 1.080 € sıcak

Kiracılardan Provision almıyoruz. Uygun adaylarınız varsa bize yazabilirsiniz.

Saygılarımızla
Emre Gök
Gök Immobilien""", fmt="html", flavour="outlook", footer="""Gök Immobilien · Inhaber Emre Gök · USt-IdNr. DE000000000
Diese Nachricht ist ausschließlich für den Adressaten bestimmt."""),

M("landlord_offer", "tr", 0, "clean", "Nermin Yücel <nermin.yucel@example.org>",
  "Mülteci kiracı – kötü deneyim duyuyorum",
  """Merhaba,
açıkçası komşularımdan mülteci kiracılar hakkında kötü şeyler duyuyorum. Ama ben de göçmen çocuğuyum ve önyargılı olmak istemiyorum. Gronau'daki 2 odalı dairemi vermeyi düşünüyorum. Sizin programınızda kiracılar nasıl seçiliyor? Ev sahibine destek veriyor musunuz? Bir kez görüşmek isterim.
Nermin Yücel"""),

M("landlord_offer", "tr", 0, "phone", "Tamer Bayram <tamer.bayram@example.com>", "dünkü konuşma",
  """Dün konuştuğumuz daire için adres: Moitzfeld, 2. kat, 3 oda. Pazartesi anahtarı alabilirsiniz. Tamer Bayram 0170 23459191"""),

M("landlord_offer", "tr", 0, "clean", "Gökhan Uysal <gokhan.uysal@example.net>",
  "Depozito Jobcenter tarafından ödenir mi?",
  """Merhaba,
Katterbach'ta bir daire için programınızdan bir aileyle anlaştık. Depozitoyu (3 kira, 1.650 €) kim ödüyor, Jobcenter mı? Ne zaman ödenir? Anahtarı depozito gelmeden vermek istemiyorum.
Gökhan Uysal"""),

M("landlord_offer", "tr", 0, "mixed_language", "Özlem Taş <ozlem.tas@example.org>",
  "Zimmer frei – kadın için oda",
  """Hallo,
bei mir ist ein Zimmer frei. Bensberg, tek başına yaşayan bir kadına vermek istiyorum, Ukrainerin olabilir, Syrerin olabilir, fark etmez. 320 € alles inklusive. Ich wohne allein, bin 66 Jahre alt, biraz yardım da olursa sevinirim (alışveriş vb.).
Özlem Taş"""),

M("landlord_offer", "tr", 0, "clean", "Yakup Demirci <yakup.demirci@example.com>",
  "Kiracıyla ilgili memnuniyet",
  """Merhaba,
sadece teşekkür etmek istedim. Sizin aracılığınızla 2024'te kiraladığım Ukraynalı aile çok iyi insanlar, bahçeyle bile ilgileniyorlar. Şimdi aynı binada ikinci bir daire boşalıyor (2 oda, 54 m²). Yine sizin üzerinden vermek isterim.
Yakup Demirci
Lückerath"""),

M("landlord_offer", "tr", 0, "broken", "Nuri Çelebi <nuri.celebi@example.net>", "DAİRE",
  """Merhaba. Romaney 2 oda 58m2 1 kat boş. Kira 600 soğuk. Depozito 2 kira. Hayvan yok. Sigara yok. Nuri Çelebi 0152 23453434"""),

M("landlord_offer", "tr", 0, "reply", "Berk Yazıcı <berk.yazici@example.org>",
  "Re: Wohnung Schildgen – Rückfrage",
  """Merhaba,
sorularınızın cevapları:
- Isıtma: merkezi gaz
- Enerji belgesi (Energieausweis) ekte
- Kablolu internet var
- Çamaşır makinesi bağlantısı banyoda
Aileyle ne zaman tanışabilirim?
Berk Yazıcı

> Sehr geehrter Herr Yazıcı,
> für die Zusicherung des Jobcenters benötigen wir noch Angaben zur Heizungsart und den Energieausweis.""", attach=["Energieausweis.pdf"]),

M("landlord_offer", "tr", 0, "clean", "Hatice Öz <hatice.oz@example.com>",
  "Daire engelli kullanımına uygun",
  """Merhaba,
Stadtmitte'de asansörlü binada, tekerlekli sandalyeye uygun (barrierefrei) 2 odalı bir dairemiz var. Eşim engelliydi, o yüzden böyle yaptırmıştık, kendisi vefat etti. Şimdi daireyi ihtiyacı olan birine vermek isterim. Kira 690 € sıcak.
Hatice Öz"""),
]
