# batch05: inquiries (press, associations, volunteers offering general help, vendors, wrong department, other towns)
from mailwriter import M

MAILS = [
# ---------- Ukrainian ----------
M("inquiry", "uk", 0, "hard_case", "Ольга Гнатенко <olha.hnatenko@redaktsiia.example.org>",
  "Запит від редакції: скільки власників пропонують житло?",
  """Добрий день!

Я журналістка україномовного онлайн-видання для українців у Німеччині. Готуємо матеріал про те, як українським біженцям у NRW вдається переїхати з гуртожитків у власні квартири.
Чи могли б ви відповісти на кілька запитань:
– скільки власників (Vermieter) у Бергіш-Гладбаху долучилися до вашої програми з 2023 року?
– скільки квартир вдалося знайти для українських родин?
– з якими труднощами найчастіше стикаються власники?

Було б чудово також поговорити з кимось із ваших співробітників по телефону, 15–20 хвилин. Дедлайн — наступна п'ятниця.

З повагою,
Ольга Гнатенко
редакторка"""),

M("inquiry", "uk", 0, "clean", "Марта Левицька <marta.levytska@example.net>",
  "Пропоную допомогу як перекладачка",
  """Добрий день!

Я живу в Refrath уже 6 років, за фахом перекладачка (німецька, українська, російська). У мене є вільний час по середах і п'ятницях, і я хотіла б волонтерити: допомагати з перекладом на консультаціях, на переглядах квартир або на Wohnworkshops.
Чи потрібна вам така допомога? Що для цього треба зробити (Führungszeugnis тощо)?

Марта Левицька"""),

M("inquiry", "uk", 0, "clean", "Громада українців Бергіш-Гладбаха <hromada.gl@example.org>",
  "Запрошення на День Незалежності",
  """Шановні працівники відділу інтеграції!

Українська громада Бергіш-Гладбаха запрошує вас на святкування Дня Незалежності України 24 серпня о 15:00 у парку біля Bergischer Löwe. У програмі концерт дитячого ансамблю, ярмарок, смаколики.
Ми були б дуже раді, якби хтось із вашої команди прийшов і коротко розповів про програму переїзду в квартири — багато наших людей про неї не знають.

З повагою,
правління громади""", date="2025-07-28 11:04"),

M("inquiry", "uk", 0, "clean", "Іван Ярмолюк <ivan.yarmoliuk@example.com>",
  "Питання про Kita",
  """Добрий день,
підкажіть будь ласка де подати заяву на місце в дитячому садку (Kita) для сина, 3 роки? Ми живемо в Paffrath. Мені дали вашу адресу в Bürgerbüro.
Іван"""),

M("inquiry", "uk", 0, "oneliner", "Sergii <sergii.hlushko@example.net>", "штраф",
  """Добрий день, мені прийшов штраф за паркування в Bensberg 35 євро, куди писати якщо я не згоден? Сергій Глушко"""),

M("inquiry", "uk", 0, "formal", "Наталія Остапчук <n.ostapchuk@uni.example.org>",
  "Запит на інтерв'ю для магістерської роботи",
  """Шановні пані та панове,

я студентка магістратури з соціальної роботи (Universität zu Köln), пишу дипломну роботу на тему «Перехід українських біженців з комунального житла до приватного ринку оренди». Ваша програма Auszugsmanagement мені здається дуже цікавим прикладом.
Чи можна провести з одним із співробітників інтерв'ю (45 хвилин, анонімно)? Також буду вдячна за будь-які публічні звіти.

З повагою
Наталія Остапчук"""),

M("inquiry", "uk", 0, "clean", "Переїзди Крок <info@pereizdy.example.com>",
  "Послуги перевезення для ваших клієнтів",
  """Добрий день!

Ми — невелика українська фірма з перевезень у регіоні Köln/Bergisch Gladbach. Перевозимо меблі, допомагаємо зі збиранням кухонь, вивозимо старі речі. Для людей, які переїжджають з гуртожитку, даємо знижку 15 %. Працюємо з Jobcenter (Kostenvoranschlag за 24 години).
Будемо вдячні, якщо ви розповісте про нас своїм клієнтам. Додаю прайс-лист.

Команда «Крок»
0176 23452020""", attach=["Preisliste_Umzug.pdf"]),

M("inquiry", "uk", 0, "clean", "Оксана Данилюк <oksana.danyliuk@example.org>",
  "Скарга на шум від гуртожитку",
  """Добрий день,

я живу навпроти Unterkunft у Hand. Останні тижні кожної ночі до 2–3 години на подвір'ї гучна музика, крики. Я сама українка і розумію, що людям важко, але в мене маленька дитина.
Куди можна звернутися з цим питанням? Можливо, ви можете передати в потрібний відділ.

Оксана Данилюк"""),

M("inquiry", "uk", 0, "clean", "Володимир Кравчишин <v.kravchyshyn@example.net>",
  "Меблі безкоштовно",
  """Вітаю!
Ми переїжджаємо і віддаємо безкоштовно: диван, шафу, дитяче ліжко, кухонний стіл з 4 стільцями. Усе в гарному стані. Може, комусь з ваших клієнтів, хто переїжджає в порожню квартиру, знадобиться? Забрати треба до кінця місяця, адреса Lückerath.
Володимир"""),

M("inquiry", "uk", 0, "clean", "Юлія Бережна <yulia.berezhna@example.com>",
  "Як працює ваша програма? (для Telegram-каналу)",
  """Добрий день!
Я адмініструю Telegram-канал для українців у Rhein-Berg (близько 4 000 підписників). Люди часто питають про вашу програму, а точної інформації немає. Чи можете коротко пояснити: хто може брати участь, чи треба десь реєструватися, і чи це безкоштовно? Хочу написати правильний пост, щоб не вводити людей в оману.
Юлія"""),

M("inquiry", "uk", 0, "mixed_language", "Andrii Pavliuk <a.pavliuk@stadt.example.net>",
  "Austausch Auszugsmanagement / обмін досвідом",
  """Добрий день, колеги!

Я працюю в Integrationsbüro міста в Sauerland (з 2023 року, сам з Києва). Ми хочемо запустити подібний до вашого проект Auszugsmanagement. Дуже цікаво, як ви організували Wohnworkshops і мережу власників.
Чи можна приїхати до вас на пів дня для Hospitation або поговорити онлайн? Я пишу українською, бо знаю, що у вас є україномовна колега, але можу й німецькою.

Mit kollegialen Grüßen
Andrii Pavliuk""", footer="""--
Stadtverwaltung (Integrationsbüro)
Diese E-Mail wurde aus Umweltgründen nicht ausgedruckt."""),

M("inquiry", "uk", 0, "clean", "Галина Сорока <halyna.soroka@example.org>",
  "Запитання про Ausländerbehörde",
  """Добрий день,
у мене закінчується Aufenthaltstitel через місяць, а в Ausländerbehörde не можу записатися, онлайн-запис все зайнятий. Можете підказати, що робити? Чи ви можете передати моє питання?
Галина Сорока"""),

M("inquiry", "uk", 0, "clean", "Церковна громада св. Володимира <parafiia@example.net>",
  "Приміщення для зустрічей",
  """Слава Ісусу Христу!

Наша парафія проводить щонеділі зустрічі для українських родин у Бергіш-Гладбаху. Ми хотіли б запропонувати наше приміщення для ваших Wohnworkshops українською мовою, якщо це вам допоможе. Там є проектор і 30 місць.
Також наші парафіяни готові допомагати з переїздами.

З повагою,
о. Михайло та парафіяльна рада"""),

M("inquiry", "uk", 0, "oneliner", "Denys <denys.kyrychenko@example.com>", "робота",
  """Привіт, ви допомагаєте шукати роботу? Денис"""),

M("inquiry", "uk", 0, "clean", "Ірина Литвин <iryna.lytvyn@example.org>",
  "Статистика для звіту благодійного фонду",
  """Добрий день!

Наш благодійний фонд підтримує українських переселенців у Rhein-Berg. Для річного звіту ми хотіли б згадати вашу програму. Чи можете ви поділитися загальними цифрами (кількість консультацій, учасників Wohnworkshops у 2025 році)? Персональні дані нам не потрібні.

Дякуємо!
Ірина Литвин, координаторка""", date="2026-01-15 10:40"),

M("inquiry", "uk", 0, "clean", "Тарас Бойко <taras.boiko@example.net>",
  "Хочу стати волонтером-наставником",
  """Вітаю!
Я вже три роки в Німеччині, сам пройшов шлях з гуртожитку до квартири. Знаю, як це важко. Хочу допомагати іншим: ходити на перегляди, пояснювати, як писати власникам, заповнювати документи. Чи шукаєте ви волонтерів-наставників? Я вільний у вихідні.
Тарас Бойко"""),

M("inquiry", "uk", 0, "clean", "Ukrainian Business Club Rhein <club@ubc-rhein.example.com>",
  "Запрошення на нетворкінг-вечір",
  """Шановні колеги!

Запрошуємо представників вашої команди на нетворкінг-вечір Ukrainian Business Club Rhein 14 листопада о 18:30 у Köln. Тема вечора: «Житло і робота: як українцям закріпитися в регіоні». Серед гостей будуть роботодавці, представники житлових кооперативів і Jobcenter.
Будемо раді, якщо ви підтвердите участь до 7 листопада.

Команда UBC Rhein""", attach=["Einladung_Networking.pdf"], date="2025-10-20 10:30"),

M("inquiry", "uk", 0, "clean", "Олексій Гуменний <oleksii.humennyi@example.org>",
  "Де оформити Wohngeld?",
  """Добрий день.
Я живу у власній квартирі вже рік, працюю. Друзі кажуть, що можна отримувати Wohngeld. Куди подавати заяву — до вас чи в інший відділ?
Олексій"""),

# ---------- Russian ----------
M("inquiry", "ru", 0, "hard_case", "Дмитрий Ланге <d.lange@gazeta.example.net>",
  "Вопросы для статьи о рынке аренды",
  """Здравствуйте!

Я корреспондент русскоязычной газеты в NRW. Пишу статью о том, почему арендодатели в пригородах Кёльна неохотно сдают квартиры беженцам.
Хотел бы узнать у вас:
1) Сколько арендодателей (Vermieter) сотрудничают с вашей программой?
2) Какие аргументы убеждают арендодателей?
3) Есть ли у города гарантии для арендодателей?

Можно ли получить короткий комментарий от руководителя отдела? Статья выйдет в следующем номере.

С уважением,
Дмитрий Ланге"""),

M("inquiry", "ru", 0, "hard_case", "Союз домовладельцев Рейн-Берг <info@hausbesitzer-rb.example.org>",
  "Приглашение выступить на встрече членов союза",
  """Уважаемые дамы и господа!

Наш союз объединяет около 80 домовладельцев и арендодателей из Bergisch Gladbach и окрестностей, большинство — русскоязычные переселенцы. 12 марта в 19:00 состоится ежегодное собрание членов.
Мы хотели бы пригласить сотрудника вашей службы рассказать о программе для арендодателей (20–30 минут, потом вопросы). Многие наши члены интересуются, но боятся рисков.

Будем благодарны за ответ.
С уважением,
Правление""", date="2026-02-04 17:40"),

M("inquiry", "ru", 0, "clean", "Анна Штерн <anna.stern@example.com>",
  "Могу помочь с переводами",
  """Здравствуйте!
Я на пенсии, раньше работала учительницей немецкого в Казахстане. Свободно говорю по-русски и по-немецки. Если вам нужны добровольцы для перевода на консультациях или для сопровождения людей к арендодателям — с удовольствием помогу, 2–3 раза в неделю.
Анна Штерн, Refrath"""),

M("inquiry", "ru", 0, "clean", "Игорь Павлов <igor.pavlov@example.net>",
  "Штраф за парковку",
  """Добрый день, я получил штраф за парковку у Rathaus Bensberg, хотя стоял на месте для посетителей. Куда подать жалобу? Спасибо.
Игорь Павлов"""),

M("inquiry", "ru", 0, "clean", "Светлана Гросс <svetlana.gross@example.org>",
  "Место в детском саду",
  """Здравствуйте, подскажите пожалуйста, мы переехали в Schildgen, сыну 4 года, до сих пор нет места в Kita. К кому обращаться? Извините, если не по адресу.
Светлана"""),

M("inquiry", "ru", 0, "clean", "Умзуги Гольд <info@umzug-gold.example.com>",
  "Предложение: переезды со скидкой",
  """Добрый день!

Фирма «Umzüge Gold» (Bergisch Gladbach) предлагает услуги по переезду для ваших клиентов: транспорт, грузчики, сборка мебели, вывоз мусора. Говорим по-русски, по-украински, по-немецки. Для семей, переезжающих из общежития, — фиксированная цена от 290 €.
Оформляем Kostenvoranschlag для Jobcenter.

Будем рады сотрудничеству.
Команда Umzüge Gold""", footer="""Umzüge Gold · Inh. (fiktiv) · Tel. 02202 00000 · Impressum: umzug-gold.example.com/impressum"""),

M("inquiry", "ru", 0, "formal", "Ксения Лебедь <k.lebed@uni.example.net>",
  "Исследовательский проект: интервью",
  """Уважаемые коллеги!

В рамках исследовательского проекта нашего университета (кафедра социологии) мы изучаем муниципальные программы по переселению беженцев из общежитий в частное жильё. Мы хотели бы провести экспертное интервью (около часа) с сотрудником вашей программы и, при возможности, присутствовать на одном из Wohnworkshops в качестве наблюдателя.
Все данные анонимизируются. Информационное письмо прилагаю.

С уважением,
Ксения Лебедь, научный сотрудник""", attach=["Projektinfo_Interview.pdf"]),

M("inquiry", "ru", 0, "clean", "Павел Гофман <pavel.hofmann@example.com>",
  "Отдам мебель",
  """Здравствуйте,
после смерти отца осталась мебель: кровать, шкаф, кухонный гарнитур (можно забрать целиком), холодильник. Хотели бы отдать бесплатно семье, которая переезжает. Можете передать информацию? Квартира в Gronau, освободить надо до 15 числа.
Павел Гофман"""),

M("inquiry", "ru", 0, "clean", "Евангельская община Бергиш-Гладбах <gemeinde@example.org>",
  "Помощь волонтёров",
  """Добрый день!
Наша русскоязычная евангельская община хочет помогать людям, которые переезжают из общежитий: у нас есть мужчины с машинами, которые могут помочь с переездом, и женщины, которые готовы помогать с документами. Как лучше с вами сотрудничать? Может быть, встретимся?
С уважением, пастор Андрей Регер"""),

M("inquiry", "ru", 0, "oneliner", "Nikolai <nikolai.k@example.net>", "Вопрос",
  """Здравствуйте, где можно сделать Führerschein перевод? Николай"""),

M("inquiry", "ru", 0, "clean", "Ирина Шнайдер <irina.schneider@example.com>",
  "Жалоба: мусор возле общежития",
  """Добрый день.
Я живу рядом с Unterkunft в Frankenforst. Уже неделю возле контейнеров лежат мешки с мусором, приходят крысы. Кому сообщить? Спасибо.
Ирина Шнайдер"""),

M("inquiry", "ru", 0, "clean", "Олег Браун <oleg.braun@stadt.example.org>",
  "Вопрос от коллеги из другого города",
  """Добрый день!

Я сотрудник социального отдела в одном из городов района Oberberg, сам родом из Харькова. Наш руководитель попросил узнать, как у вас устроена программа переселения из общежитий: сколько сотрудников, работаете ли вы с Jobcenter по договору, как находите арендодателей.
Можно ли созвониться на 30 минут? Могу и по-немецки.

С уважением,
Олег Браун"""),

M("inquiry", "ru", 0, "clean", "Русский культурный центр <kultur.zentrum@example.net>",
  "Приглашение на круглый стол",
  """Здравствуйте!
Культурный центр «Мост» проводит 20 апреля круглый стол «Интеграция через жильё». Приглашаем сотрудников вашей службы принять участие в дискуссии (30 минут) вместе с представителями Jobcenter и Caritas.
Место: Stadtmitte, начало в 17:00. Просим подтвердить участие.
С уважением, оргкомитет""", date="2026-03-24 15:12"),

M("inquiry", "ru", 0, "clean", "Вадим Резник <vadim.reznik@example.org>",
  "Страховка для квартир – предложение",
  """Добрый день,
я независимый страховой агент, работаю с русскоязычными клиентами. Могу предложить вашим подопечным выгодную Hausrat- и Haftpflichtversicherung (от 4,90 € в месяц), многие арендодатели этого требуют. Могу провести бесплатную консультацию в общежитии на русском. Как с вами это согласовать?
Вадим Резник"""),

# ---------- Turkish ----------
M("inquiry", "tr", 0, "clean", "Türk Kültür Derneği Bergisch Gladbach <dernek.gl@example.org>",
  "İşbirliği teklifi – Wohnworkshop için salon",
  """Sayın yetkililer,

Türk Kültür Derneği olarak Gronau'daki lokalimizde 40 kişilik bir salonumuz var. Duyduk ki kiracılara yönelik Wohnworkshop'lar düzenliyorsunuz. Salonumuzu bu etkinlikler için ücretsiz olarak kullanabilirsiniz.
Ayrıca üyelerimiz arasında ev sahipleri de var; bir bilgilendirme akşamı düzenlersek onlara programınızı tanıtabilirsiniz.

Görüşmek dileğiyle
Yönetim Kurulu adına
Ahmet Korkmaz"""),

M("inquiry", "tr", 0, "hard_case", "Ev Sahipleri Birliği Rhein-Berg <birlik@example.net>",
  "Üye toplantımızda konuşmacı daveti",
  """Merhaba,

Türk asıllı ev sahiplerinden oluşan birliğimizin Mayıs ayındaki üye toplantısına sizi konuşmacı olarak davet etmek istiyoruz. Üyelerimiz mülteci kiracılar, Jobcenter ödemeleri ve kira garantileri hakkında bilgi almak istiyor.
Tarih: 22 Mayıs, saat 19:30, Refrath. Konuşma süresi 30 dakika + soru-cevap.

Katılıp katılamayacağınızı bildirirseniz seviniriz.
Saygılarımızla
Birlik Başkanı Hakan Ertuğrul""", date="2026-04-09 20:15"),

M("inquiry", "tr", 0, "hard_case", "Aslı Koray <asli.koray@haber.example.com>",
  "Haber için sorular – ev sahipleri ve mülteciler",
  """Merhaba,

Almanya'daki Türk toplumu için yayın yapan bir haber sitesinde muhabirim. Bergisch Gladbach'ta Türk asıllı ev sahiplerinin mültecilere daire kiraladığını duyduk ve bu konuda bir haber hazırlıyoruz.
Kaç ev sahibi programınıza katıldı? Bunların arasında Türk kökenli ev sahipleri var mı? Röportaj yapmak isteyen bir ev sahibiyle bizi tanıştırabilir misiniz?

Teşekkürler
Aslı Koray"""),

M("inquiry", "tr", 0, "clean", "Fadime Aktaş <fadime.aktas@example.org>",
  "Gönüllü olmak istiyorum",
  """Merhaba,
emekli öğretmenim, Türkçe ve Almanca biliyorum, biraz da Arapça. Haftada bir iki gün gönüllü olarak tercümanlık veya ev aramada yardımcı olmak isterim. Nasıl başvurabilirim?
Fadime Aktaş"""),

M("inquiry", "tr", 0, "clean", "Mustafa Eren <mustafa.eren@example.com>",
  "Kreş yeri (Kita)",
  """Merhaba, oğlum için Kita yeri arıyorum, 2 yaşında. Hangi birime yazmam gerekiyor? Bu adres doğru mu bilmiyorum.
Mustafa"""),

M("inquiry", "tr", 0, "oneliner", "Serdar <serdar.b@example.net>", "park cezası",
  """Park cezasına itiraz için hangi adrese yazmalıyım? Serdar Bal"""),

M("inquiry", "tr", 0, "clean", "Anadolu Nakliyat <info@anadolu-nakliyat.example.com>",
  "Taşımacılık hizmetlerimiz hakkında",
  """Merhaba,

Anadolu Nakliyat olarak Köln ve Bergisch Gladbach bölgesinde ev taşıma hizmeti veriyoruz. Yurtlardan daireye taşınan aileler için uygun fiyatlar sunuyoruz (küçük taşıma 199 €'dan başlayan fiyatlarla). Jobcenter için Kostenvoranschlag hazırlıyoruz.
Broşürümüzü ekte bulabilirsiniz. Müşterilerinize tavsiye ederseniz memnun oluruz.

Saygılarımızla
Anadolu Nakliyat""", attach=["Brosur_Nakliyat.pdf"], footer="""Anadolu Nakliyat · Köln · Tel. 0221 0000000
Bu mesaj yalnızca alıcısına yöneliktir."""),

M("inquiry", "tr", 0, "clean", "Bensberg Camii Derneği <cami.bensberg@example.org>",
  "İftar davetiyesi",
  """Değerli belediye çalışanları,

Ramazan ayı vesilesiyle 14 Mart Cumartesi akşamı camimizin bahçesinde herkese açık bir iftar yemeği düzenliyoruz. Komşularımız, mülteci aileler ve belediyeden misafirlerimizi de aramızda görmekten mutluluk duyarız.
İftar saati yaklaşık 18:35.

Saygılarımızla
Dernek Yönetimi""", date="2026-03-02 13:00"),

M("inquiry", "tr", 0, "mixed_language", "Kerem Aydın <kerem.aydin@example.net>",
  "Masterarbeit – anket",
  """Merhaba,
ben Bonn Üniversitesi'nde master öğrencisiyim, tezim mülteci konut politikaları üzerine (Thema: kommunale Auszugsprogramme in NRW). Programınız hakkında kısa bir anket doldurabilir misiniz? 10 dakika sürüyor. Link: umfrage.example.org/auszug
Vielen Dank!
Kerem Aydın"""),

M("inquiry", "tr", 0, "clean", "Serap Gündoğdu <serap.gundogdu@example.com>",
  "Yurdun yanındaki gürültü",
  """Merhaba,
Paffrath'taki yurdun karşısında oturuyorum. Son günlerde gece yarısına kadar çocuklar sokakta top oynuyor, bağırıyor. Kime şikayet edebilirim? Kimseyi suçlamak istemiyorum ama uyuyamıyoruz.
Serap Gündoğdu"""),

M("inquiry", "tr", 0, "clean", "TD-Unternehmerverein <info@td-unternehmer.example.org>",
  "Türk-Alman işverenler buluşması daveti",
  """Merhaba,

Türk-Alman İşverenler Derneği olarak 10 Ekim'de Bergisch Gladbach'ta "Mültecilere iş ve konut" konulu bir panel düzenliyoruz. Belediyenin Auszugsmanagement programını tanıtmak üzere bir temsilcinizi panelist olarak davet ediyoruz.
Ayrıntılar ekteki davetiyede.

Saygılarımızla
Dernek Sekreterliği""", attach=["Davetiye_Panel.pdf"], date="2025-09-02 09:45"),

M("inquiry", "tr", 0, "clean", "Mert Kılınç <mert.kilinc@example.org>",
  "Programınız nasıl işliyor?",
  """Merhaba,
komşum bana sizin programınızdan bahsetti. Ben ev sahibi değilim, kiracı da değilim, sadece merak ediyorum: belediye ev mi buluyor, yoksa sadece danışmanlık mı veriyor? Nasıl finanse ediliyor? Bir yerel gazeteye okur mektubu yazmak istiyorum.
Mert Kılınç"""),

M("inquiry", "tr", 0, "clean", "Sigorta Acentesi Öztürk <ozturk.sigorta@example.net>",
  "Kiracılar için ev sigortası",
  """Merhaba,
sigorta acentemiz mülteci ailelere uygun fiyatlı Hausrat ve Haftpflicht sigortası sunuyor, Türkçe, Arapça ve Farsça danışmanlık veriyoruz. Yurtta bir bilgilendirme günü düzenlemek mümkün mü?
Saygılarımla
Oğuz Öztürk"""),
]
