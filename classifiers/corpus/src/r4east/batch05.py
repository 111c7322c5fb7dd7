"""r4east batch 05: trouble. Urgent tenants (violence, eviction date, lock-out, newborn, must leave the
accommodation) and tenants in conflict with their landlord (tenant_request) versus landlords reporting problems
with the tenant placed through the programme (landlord_offer) and neighbours complaining about the
accommodation, a parish and an association (inquiry); one rental scam."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- tenant_request: urgent and conflict
T("uk", 1, "clean", "Христина <khrystyna.p@example.net>", "Терміново, прошу допомоги",
"""Добрий день,

мене звати Христина Павленко, ви допомогли нам знайти квартиру в Gronau минулого року. Мій чоловік знову мене вдарив учора ввечері, при дітях. Поліція приходила, його на 10 днів вивели з квартири (Wohnungsverweisung), але потім він повернеться, а квартира оформлена на нього.

Я не можу там залишатися з дітьми (5 і 8 років). У Frauenhaus у Бергіш-Гладбасі немає місць, мені дали номер у Кельні, але там теж зараз повно.

Будь ласка, чи можете ви допомогти з іншим житлом? Я боюся. Пишіть тільки на цей email, не на телефон, він перевіряє.

Христина""", date="2026-03-09 07:12"),

T("ru", 1, "clean", "Олег Бондаренко <oleg.bondarenko@example.org>", "Räumung назначена на вторник",
"""Здравствуйте,

сегодня пришло письмо от Gerichtsvollzieher: принудительное выселение (Räumung) из нашей квартиры в Бенсберге назначено на следующий вторник, 9:00. Долг по аренде появился, когда Jobcenter полгода не платил после моего перехода на работу, сейчас мы выплачиваем частями, но хозяин не согласился ждать.

Нас четверо, младшему сыну 2 года. Мы не знаем, куда идти во вторник. Можно ли получить место в Unterkunft или какую-то помощь?

Письмо от суда во вложении.

Олег Бондаренко
0176 8810 2290""", attach=["Raeumungsmitteilung.pdf"], date="2025-10-02 16:55"),

T("tr", 1, "broken", "Hacer Öz <hacer.oz@example.com>", "ev sahibi kilidi degistirdi",
"""merhaba
bugun aksam eve geldim ev sahibi kapinin kilidini degistirmis, esyalarimiz icerde. kira borcumuz yok sadece kavga ettik cunku kalorifer 3 haftadir calismiyor. 3 cocukla disaridayiz su an komsuda bekliyoruz. polisi aradik bu medeni hukuk dediler. ne yapacagiz bu gece nerde kalacagiz lutfen yardim
Hacer Öz 0160 3390 4417""", date="2026-01-20 20:37"),

T("uk", 1, "on_behalf", "Соціальна служба лікарні | Аліна Вовк <a.vovk@klinikum.example.org>", "Новонароджена дитина, мати без житла",
"""Шановні колеги,

пишу як соціальна працівниця пологового відділення, за згодою пацієнтки пані Дарини Руденко (22 роки, з України). Вона народила доньку три дні тому, виписка запланована на п'ятницю.

До пологів пані Руденко жила в кімнаті у знайомих, але ті сказали, що з немовлям вона повернутися не може. В Unterkunft вона не зареєстрована, чоловіка немає.

Чи можете ви терміново допомогти з місцем для матері з дитиною до п'ятниці? Я на зв'язку щодня до 15:30, тел. 02202 122-4471.

З повагою
Аліна Вовк
Sozialdienst"""),

T("ru", 1, "broken", "Zaur Ibragimov <zaur.ibragimov@example.net>", "должен выйти из Heim до пятницы",
"""здравствуйте, мне сказали в Heim что у меня теперь Aufenthaltserlaubnis и я больше не могу там жить, до пятницы надо освободить комнату. я ищу квартиру уже 4 месяца ничего нет. работаю на стройке. куда мне в пятницу? пожалуйста помогите
Заур Ибрагимов"""),

T("tr", 0, "clean", "Levent Acar <levent.acar@example.org>", "Ev sahibi küfü tamir ettirmiyor",
"""Merhaba Frau Schulte,

sizin aracılığınızla geçen yaz Refrath'ta bir daire kiralamıştım. Yatak odasında ve banyoda ciddi küf (Schimmel) var, çocuğumun astımı kötüleşti. Ev sahibine üç kez yazdım, "siz yeterince havalandırmıyorsunuz" diyor ve bir şey yapmıyor.

Mieterverein'a gitmem mi gerekiyor, yoksa siz ev sahibiyle konuşabilir misiniz? Fotoğrafları ekliyorum.

Levent Acar""", attach=["Schimmel_Bad.jpg", "Schimmel_Schlafzimmer.jpg"]),

T("uk", 0, "clean", "Людмила Савченко <liudmyla.savchenko@example.com>", "Vermieter надіслав Abmahnung через шум",
"""Добрий день,

ми живемо в квартирі в Paffrath з вересня, ви допомагали з договором. Сьогодні прийшов лист від власника (Abmahnung): сусіди знизу скаржаться, що діти шумлять після 20:00 і бігають.

Діти у нас 3 і 6 років, ми стараємося, купили килим. Я дуже боюся, що нас виселять. Що означає Abmahnung і що нам тепер робити? Чи можете ви пояснити власнику, що ми стараємося?

Лист додаю.
Людмила Савченко""", attach=["Abmahnung_Savchenko.pdf"]),

T("ru", 0, "clean", "Гульнара Юсупова <gulnara.yusupova@example.net>", "Mahnung от хозяина – Jobcenter не заплатил",
"""Здравствуйте,

хозяин квартиры прислал Mahnung: за март и апрель аренда не пришла. Оказалось, Jobcenter остановил выплаты, потому что я не успела сдать Weiterbewilligungsantrag вовремя (была в больнице).

Antrag я уже сдала, но Jobcenter говорит, что обработка займет несколько недель. Хозяин пишет, что если до 15-го не будет денег, он будет думать о Kündigung.

Можете ли вы помочь поговорить с Jobcenter или с хозяином?

Гульнара Юсупова"""),

T("tr", 0, "mixed_language", "Kadir Yavuz <kadir.yavuz@example.com>", "Heim'da huzur yok – taşınmak istiyorum",
"""Guten Tag,

Heim'da her gece kavga var, özellikle 3. kattaki odalarda. Ich kann nicht schlafen, sabah 5'te işe gidiyorum. Odamı değiştirmek istedim ama boş oda yokmuş.

Kendi dairem için sizde kaydım var, 8 aydır bekliyorum. Biraz hızlandırmak mümkün mü? Tek kişiyim, küçük bir oda da olur, WG-Zimmer da olur.

Danke
Kadir Yavuz"""),

# ---------------------------------------------------------------- landlord_offer: problems with the placed tenant
L("ru", 0, "clean", "Александр Ланг <alexander.lang@example.org>", "Квартирант не платит два месяца",
"""Здравствуйте,

в прошлом году через вашу программу я сдал квартиру в районе Hand господину Т. (договор от 01.06.2025). До февраля все было хорошо, но за февраль и март аренда не пришла. Квартирант говорит, что Jobcenter что-то не перечислил.

Я не хочу сразу выселять человека, но и ждать бесконечно не могу, у меня кредит за квартиру. Можете ли вы выяснить с Jobcenter, в чем дело? Возможно ли, чтобы Jobcenter платил мне напрямую?

Александр Ланг
0171 4429 861"""),

L("tr", 0, "clean", "Selma Güler <selma.guler@example.net>", "Kiracı ailenin çocukları – komşular şikayetçi",
"""Merhaba,

sizin aracılığınızla Ocak ayında Bensberg'teki dairemi Kaya ailesine verdim. Aile çok kibar, kirayı düzenli ödüyorlar. Ama alt kattaki yaşlı komşu her hafta bana şikayet ediyor: çocuklar akşam geç saatlere kadar koşuyormuş.

Ben Türkçe konuşabiliyorum ama aileyle direkt konuşursam kırılmalarından korkuyorum. Siz Hausordnung'u ve Ruhezeiten'i aileye bir daha anlatabilir misiniz? Belki bir görüşme ayarlarız.

Selma Güler"""),

L("uk", 0, "formal", "Hausverwaltung Nord | Віктор Коваленко <v.kovalenko@hv-nord.example.com>", "Schimmel у квартирі родини Лисенко",
"""Шановні колеги,

наш Hausmeister повідомив про пліснявку (Schimmel) у спальні квартири, яку ми здали родині Лисенко через вашу програму (Moitzfeld, 2 поверх). Перевірка показала, що будова в порядку, причина – сушіння білизни в квартирі та недостатнє провітрювання.

Чи могли б ви пояснити родині українською, як правильно провітрювати (Stoßlüften)? Ми підготували інструкцію німецькою, додаємо її. Ремонт стіни ми зробимо, але хочемо уникнути повторення.

З повагою
Віктор Коваленко
Objektbetreuung""", attach=["Lueftungshinweise.pdf"]),

L("tr", 0, "clean", "Orhan Şimşek <orhan.simsek@example.org>", "Dairede anlaşılandan fazla kişi kalıyor",
"""Merhaba,

Şubat ayında sizin aracılığınızla Gronau'daki 2 odalı dairemi bir çifte kiraladım. Sözleşmede 2 kişi yazıyor. Şimdi komşular söylüyor, son iki aydır orada 5-6 kişi kalıyormuş, akrabaları gelmiş.

Misafir olabilir tabii, ama bu kadar uzun süre ve bu kadar kişi olmaz, su ve ısınma masrafları da artıyor. Aileyle konuşabilir misiniz? Yoksa ben yazılı uyarı mı göndermeliyim?

Orhan Şimşek"""),

L("ru", 0, "broken", "Ирина Дик <irina.dik@example.com>", "мусор",
"""Добрый день. Hausmeister опять жалуется что ваши жильцы на 1 этаже (семья Абдуллаевых) выбрасывают все в один бак, Biomüll с пластиком. Мне уже пришел счет за Sonderleerung 85 евро. Объясните им пожалуйста правила Mülltrennung, по-русски они понимают. Ирина Дик, Vermieterin"""),

L("uk", 0, "clean", "Галина Мюллер <halyna.mueller@example.net>", "Орендар хоче виїхати раніше – можете запропонувати нового?",
"""Добрий день,

пан Іваненко, якого ви нам рекомендували у 2024 році, знайшов роботу в Мюнхені й хоче виїхати вже в кінці квітня, хоча Kündigungsfrist три місяці. Я не проти його відпустити, якщо квартира не буде стояти порожньою.

Чи можете ви запропонувати нового орендаря з вашої програми на 1 травня? Умови ті самі: 2 кімнати, 465 € kalt, Jobcenter можна.

Галина Мюллер"""),

# ---------------------------------------------------------------- inquiry: neighbours, parish, association
I("ru", 0, "clean", "Геннадий Ротт <gennadij.rott@example.net>", "Жалоба на шум из общежития",
"""Добрый день,

я живу на Борнхайдер-штрассе, напротив городского общежития для беженцев. Уже третью неделю почти каждую ночь там шумно до двух-трех часов: громкая музыка, крики во дворе, хлопают двери машин.

Я не против беженцев, сам когда-то приехал из Казахстана. Но мне в 5 утра на работу. Звонил в Ordnungsamt, сказали писать вам. Кто отвечает за порядок в этом общежитии?

Геннадий Ротт"""),

I("tr", 0, "clean", "Hülya Esen <hulya.esen@example.com>", "Unterkunft bahçesinde mangal dumanı",
"""Merhaba,

Paffrath'taki Unterkunft'un arka bahçesine bitişik bir evde oturuyorum. Hafta sonları bahçede mangal yapılıyor, duman doğrudan bizim yatak odamıza geliyor, çamaşırlarımızı dışarıya asamıyoruz. Bir de çocuklar topla bizim bahçeye giriyor.

Kimseyi kırmak istemiyorum, ama bir çözüm bulunmalı. Unterkunft'un yönetimine kim bakıyor, kime başvurmalıyım?

Hülya Esen"""),

I("uk", 0, "broken", "Vasyl Romanenko <vasyl.romanenko@example.org>", "smittia bilia kontejneriv",
"""Dobryi den, ya susid kontejnernoho Heim v Moitzfeld. Bilia smitnykiv uzhe tyzhden lezhat meshky, shchury. Khto za tse vidpovidaie? Proshu peredaty kudy treba.
Vasyl Romanenko"""),

I("uk", 0, "formal", "Парафія УГКЦ Бергіш-Гладбах <parafiia.ugkc@example.com>", "Запрошення на благодійний ярмарок",
"""Шановні працівники служби Integration Wohnen,

наша українська греко-католицька парафія 27 квітня проводить благодійний великодній ярмарок біля церкви в Бенсберзі. Кошти підуть на допомогу родинам, які облаштовують свої перші квартири.

Запрошуємо вас відвідати ярмарок і, якщо бажаєте, поставити інформаційний стіл про вашу роботу. Місце та стіл ми надамо.

З повагою
о. Михайло Левицький"""),

I("tr", 0, "formal", "Kadın Dayanışma Derneği <kadin.dayanisma@example.org>", "İşbirliği önerisi",
"""Sayın yetkililer,

derneğimiz 2019'dan beri Bergisch Gladbach'ta göçmen kadınlarla çalışıyor: dil kafesi, danışmanlık, çocuk bakımı sırasında buluşmalar.

Ev arayan kadınların çoğu bize geliyor ama sizin programı yeterince bilmiyoruz. Bir tanışma toplantısı yapabilir miyiz? Ayrıca ortak bir bilgilendirme akşamı da düşünebiliriz.

Saygılarımızla
Nermin Aktaş, koordinatör"""),

# ---------------------------------------------------------------- spam: rental scam
S("ru", 0, "other", "Dr. Klaus Werner <klaus.werner.owner@example.com>", "Сдаю квартиру недорого – только для беженцев",
"""Здравствуйте,

я врач, сейчас работаю по контракту в Лондоне. Моя квартира в Бергиш-Гладбахе (2 комнаты, 60 м², мебель) пустует, хочу сдать семье беженцев всего за 390 € в месяц со всеми коммунальными.

Показать лично не могу. Агентство Airbnb хранит ключи: вы переводите первую арендную плату и залог (780 €) через Western Union или MoneyGram, после подтверждения оплаты курьер привозит ключи.

Пишите только на мою личную почту: dr.k.werner.london@example.com

Доктор Клаус Вернер"""),
]
