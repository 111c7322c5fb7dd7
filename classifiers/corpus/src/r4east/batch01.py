"""r4east batch 01: housing workshop / Wohnungsführerschein theme in Ukrainian, Russian and Turkish: tenants
registering and asking for the certificate, versus landlords who want certificate holders, associations and
students asking about the workshops in general, and two spam mails."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- tenant_request: workshop / certificate
T("uk", 0, "clean", "Оксана Гнатюк <oksana.hnatiuk@example.net>", "Реєстрація на Workshop Wohnungsführerschein",
"""Доброго дня!

Мене звати Оксана Гнатюк, я з чоловіком Андрієм живу в Unterkunft у Бенсберзі з літа 2024 року. Соціальна працівниця в Heim сказала нам, що у вас можна пройти курс «Wohnungsführerschein» і що з цим сертифікатом легше знайти квартиру.

Ми хотіли б записатися обоє. Скажіть, будь ласка:
– коли буде наступний Workshop?
– чи він німецькою мовою, чи є перекладач українською?
– чи треба щось принести з собою (Aufenthaltstitel, Bescheid vom Jobcenter)?

Андрій працює до 15:00, тому нам краще після обіду або в суботу, якщо таке буває.

Дякую заздалегідь!
Оксана Гнатюк
тел. 0157 3318 4402"""),

T("uk", 0, "phone", "Vitalii <vitalii.kr88@example.com>", "курс",
"""добрий день хочу записатись на курс wohnungsführerschein коли наступний я живу в heim в Refrath кімната 12 мене звати Віталій Кравчук дякую"""),

T("ru", 0, "reply", "Ирина Соколова <irina.sokolova.gl@example.org>", "AW: Einladung zum Workshop am 12.03.2026",
"""Здравствуйте,

спасибо за приглашение, я обязательно приду 12 марта. Можно взять с собой дочку (9 лет)? У нее в этот день нет школы, а оставить не с кем.

И еще вопрос: Teilnahmebestätigung дают сразу в конце или потом по почте?

С уважением
Ирина Соколова

Am 24.02.2026 um 10:41 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Sokolova,
>
> wir freuen uns, Sie zu unserem Workshop „Fit für die eigene Wohnung“ einzuladen:
> Donnerstag, 12.03.2026, 9:30 – 13:00 Uhr, Rathaus Bensberg, Raum 2.14.
> Bitte geben Sie uns bis zum 06.03. kurz Bescheid, ob Sie teilnehmen.
>
> Mit freundlichen Grüßen
> Ihr Team Integration Wohnen""", date="2026-02-24 19:05"),

T("ru", 0, "oneliner", "Irina Levchenko <i.levchenko@example.net>", "Teilnahmebestätigung",
"""Потеряла свою Teilnahmebestätigung после переезда, можно копию? Курс был в ноябре. Ирина Левченко"""),

T("tr", 0, "broken", "Emre Aksoy <emre.aksoy1990@example.com>", "sertifika lazim",
"""merhaba
ben ocak ayinda sizin workshopa katildim Wohnungsführerschein ama sertifika bana verilmedi, o gun erken cikmam gerekti cocuk hastaydi. simdi bir ev buldum Paffrath da ev sahibi sertifikayi gormek istiyor pazartesiye kadar. bana gonderebilir misiniz pdf olarak? yoksa tekrar katilmam mi lazim
emre aksoy
0176 22874105"""),

T("tr", 0, "mixed_language", "Zeynep Kılıç <zeynep.kilic@example.org>", "Anmeldung Workshop / kursa kayıt",
"""Guten Tag,

ich möchte mich für den nächsten Workshop anmelden.

Almancam henüz çok iyi değil, B1 kursuna gidiyorum. Workshop'ta Türkçe çeviri var mı? Yoksa bir arkadaşımı yanımda getirebilir miyim, o tercüme eder.

Ben Schildgen'deki Unterkunft'ta kalıyorum, iki çocuğum var. Kursun sabah olması benim için daha iyi, çocuklar o saatte okulda ve Kita'da.

Vielen Dank
Zeynep Kılıç""", charset="windows-1254"),

T("uk", 0, "broken", "Oleh Tkachenko <oleh.tkachenko.de@example.net>", "Mieterfuehrerschein anmeldung",
"""Dobryi den,
ya khochu zapysatysia na kurs Mieterführerschein. Mene zvaty Oleh Tkachenko, meni 34 roky, ya v Nimechchyni 1,5 roku, zhyvu v Unterkunft Heidkamp. Ukrainska klaviatura v mene ne pratsiuie na robochomu kompiuteri, tomu pyshu latynkoiu, vybachte.
Koly naistupnyi termin? Ya mozhu v ponedilok i v seredu.
Diakuiu,
Oleh"""),

T("ru", 0, "on_behalf", "Мадина Дудаева <madina.dudaeva@example.com>", "Запись родителей на курс по жилью",
"""Добрый день,

я пишу за своих родителей, Ахмеда и Зарему Дудаевых. Они живут в общежитии (Gemeinschaftsunterkunft) в Гронау, а я уже отдельно с мужем в Кёльне. Папа и мама по-немецки говорят плохо, поэтому пишу я.

Они хотят пройти ваш Workshop, чтобы потом искать квартиру. Можно ли их записать вдвоем на один день? Я могу прийти с ними и переводить, если это разрешено.

Мой телефон для связи: 0162 9917 384 (Мадина). У папы телефона с интернетом нет.

Спасибо!"""),

T("uk", 0, "clean", "Наталія Романюк <nataliia.romaniuk@example.org>", "Сертифікат для маклера",
"""Добрий день,

я проходила ваш курс «Wohnungsführerschein» у жовтні минулого року, але сертифікат мені тоді ще не видали, сказали, що надішлють поштою. Я його так і не отримала, можливо, через те, що я змінила кімнату в Heim.

Зараз маклер з агентства в Refrath просить копію сертифіката разом з іншими документами (Gehaltsnachweis, SCHUFA). Квартира дуже хороша, 2 кімнати, і мені важливо встигнути до п'ятниці.

Чи можете ви надіслати сертифікат на цю адресу як PDF?

З повагою,
Наталія Романюк""", charset="windows-1251"),

T("tr", 0, "clean", "Mustafa Er <mustafa.er@example.net>", "Workshop tarihi değişebilir mi?",
"""Merhaba,

16 Nisan'daki workshop'a kaydım yapıldı, teşekkür ederim. Ancak aynı gün VHS'de Deutschkurs sınavım var (DTZ). Sınavı kaçıramam.

Bir sonraki workshop'a katılabilir miyim? Mayıs veya Haziran olabilir, bana fark etmez.

Saygılarımla
Mustafa Er"""),

# ---------------------------------------------------------------- landlord_offer: same vocabulary
L("ru", 0, "clean", "Виктор Шефер <viktor.schaefer@example.com>", "Квартира в Hand – лучше с вашим сертификатом",
"""Здравствуйте,

я сам приехал в Германию в 1996 году как поздний переселенец и знаю, как трудно найти жилье. У меня в Hand освобождается двухкомнатная квартира, 54 м², второй этаж, 560 € холодная плюс примерно 150 € Nebenkosten. Свободна с 1 мая.

Знакомый сказал, что вы проводите курсы «Wohnungsführerschein». Мне было бы спокойнее сдать квартиру человеку, который такой курс прошел и знает про Mülltrennung, проветривание и так далее. Можете ли вы предложить мне одну-две кандидатуры? Лучше пара или небольшая семья, без собаки.

Телефон: 02202 4471 93, звонить лучше вечером.

Виктор Шефер"""),

L("tr", 0, "clean", "Hüseyin Çelik <h.celik.gl@example.org>", "Dachgeschosswohnung – önce birkaç soru",
"""Merhaba,

Herkenrath'ta kendi evimin çatı katında 1,5 odalı bir daire var, 38 m². Kızım taşındı, şimdi boş duruyor. Kiraya vermeyi düşünüyorum ama önce bilgi almak istiyorum:

1. Sizin kursu bitirmiş kişilerin kirasını Jobcenter direkt bana öder mi, yoksa kiracıya mı?
2. Bir hasar olursa sizin bir güvenceniz (Garantie) var mı?
3. Sözleşmeyi ben mi hazırlarım, siz mi?

Bu sorulara cevap verirseniz karar vereceğim.

Selamlar
Hüseyin Çelik"""),

L("uk", 0, "formal", "Людмила Бойко | Hausverwaltung Rheinblick <l.boiko@hv-rheinblick.example.com>", "Вільна 1-кімнатна квартира, Gronau",
"""Шановні колеги,

я працюю в компанії Hausverwaltung Rheinblick і відповідаю за кілька будинків у Бергіш-Гладбасі. Оскільки я сама з України, керівник попросив мене написати вам напряму.

З 1 червня у нас вільна 1-кімнатна квартира в Gronau: 31 м², 1 поверх, Kaltmiete 390 €, Nebenkosten 110 €, Kaution дві Kaltmieten. Власник погоджується, щоб оренду платив Jobcenter.

Ми б розглянули одну особу, яка пройшла ваш Workshop. Фото та план квартири можу надіслати.

З повагою
Людмила Бойко
Hausverwaltung Rheinblick GmbH
Tel. 02202 77810-23"""),

L("ru", 0, "oneliner", "Галина Беккер <galina.becker@example.net>", "Re: Besichtigung Paffrath",
"""Семья Абрамян была вчера на просмотре, они мне понравились, беру их. Договор можем подписать в пятницу."""),

L("tr", 0, "clean", "Ahmet Öztürk <ahmet.ozturk@example.com>", "Paffrath daire fotoğrafları",
"""Merhaba Frau Schneider,

telefonda konuştuğumuz gibi Paffrath'taki dairenin fotoğraflarını ekte gönderiyorum. Mutfak yeni, banyo geçen yıl yenilendi.

Workshop'a katılmış bir aile olursa haber verin, hafta içi akşamları gösterebilirim.

Ahmet Öztürk""", attach=["Wohnzimmer.jpg", "Kueche.jpg", "Bad.jpg"]),

# ---------------------------------------------------------------- inquiry: workshop in general
I("uk", 0, "formal", "Українська громада Бергіш-Гладбах e.V. <kontakt@ukr-gromada-gl.example.org>", "Запрошення: розповісти про Wohnungsführerschein",
"""Шановна команда Integration Wohnen,

наше товариство щомісяця проводить зустрічі для українців, які живуть у Бергіш-Гладбасі. На квітневій зустрічі (25.04., 18:00, Gemeindesaal St. Joseph, Heidkamp) ми хотіли б присвятити вечір темі житла.

Чи могла б хтось із ваших співробітниць коротко розповісти, як працює курс «Wohnungsführerschein» і хто може брати участь? Ми очікуємо приблизно 40 осіб. Перекладача ми забезпечимо самі.

Будемо раді відповіді.

З повагою
Тетяна Мороз
голова правління"""),

I("ru", 0, "clean", "Алина Гусева <alina.guseva@uni.example.net>", "Bachelorarbeit: вопросы о ваших воркшопах",
"""Здравствуйте,

меня зовут Алина Гусева, я изучаю социальную работу в TH Köln и пишу бакалаврскую работу о программах, которые готовят беженцев к аренде жилья («Mieterführerschein» и похожие курсы).

Можно ли провести с кем-то из вашей команды интервью (30–40 минут, онлайн или в Бергиш-Гладбахе)? Меня интересует, как устроены ваши воркшопы, сколько человек в среднем участвуют и как вы оцениваете результат. Персональные данные участников мне не нужны.

Могу писать и по-немецки, если вам удобнее.

С уважением
Алина Гусева"""),

I("tr", 0, "formal", "Bergisch Gladbach Türk Kültür Derneği <dernek@tkd-gl.example.org>", "Açık kapı günü – davet",
"""Sayın yetkililer,

derneğimiz 14 Haziran Cumartesi günü Heidkamp'taki lokalimizde bir açık kapı günü düzenliyor. Üyelerimiz arasında ev arama konusunda bilgi almak isteyen çok kişi var.

Sizin ekipten biri gelip "Wohnungsführerschein" programını ve şehrin konut alanındaki çalışmalarını kısaca anlatabilir mi? Saat 14:00 ile 17:00 arası uygun olur. Masa ve projektör bizden.

Saygılarımızla
Yönetim kurulu adına
Serkan Yavuz"""),

I("uk", 0, "clean", "Марія Дячук <mariia.diachuk@example.com>", "Можу перекладати на ваших курсах",
"""Добрий день!

Я живу в Бергіш-Гладбасі вже 12 років, за освітою перекладачка (німецька, українська, російська). Чула, що ви проводите курси для людей, які шукають житло.

Якщо вам колись потрібен буде перекладач на Workshop або на консультації, я готова допомагати волонтерськи, 1–2 рази на місяць. Не для когось конкретного, просто там, де потрібно.

Напишіть, до кого мені звернутися.

Марія Дячук"""),

I("ru", 0, "clean", "Людмила Ветрова <l.vetrova@example.org>", "Как работает ваш Wohnungsführerschein?",
"""Добрый день,

прочитала в газете Bergisches Handelsblatt заметку о вашем «Wohnungsführerschein». Я преподаю в интеграционном курсе и хотела бы рассказать о нем своим ученикам.

Подскажите, пожалуйста, в общем: кто может участвовать (только жители Unterkunft или все беженцы из города), сколько длится курс, платный ли он и есть ли какие-то материалы, которые я могу раздать?

Спасибо
Людмила Ветрова"""),

# ---------------------------------------------------------------- spam
S("ru", 0, "other", "Zertifikat-Service <info@schnell-zertifikat.example.net>", "Сертификат B1 и Wohnungsführerschein без экзамена!!!",
"""ВНИМАНИЕ!!! Только в этом месяце!

Получите официальный сертификат B1, B2, Wohnungsführerschein, Führerschein без сдачи экзамена.
100% гарантия, настоящие документы, проверка в базе данных.
Доставка по всей Германии за 3 дня.

Цены от 390 евро. Оплата в криптовалюте или Paysafecard.
Пишите в Telegram: @zertifikat_de_fast

Отписаться: ответьте STOP"""),

S("tr", 0, "other", "DHL Kargo <bildirim@dhl-teslimat.example.com>", "Paketiniz teslim edilemedi – 1,99 € gümrük ücreti",
"""Sayın müşterimiz,

paketiniz (Takip no: DE8813 4490 22) adres bilgileri eksik olduğu için teslim edilemedi.

Paketinizi almak için 48 saat içinde 1,99 € gümrük ücretini ödemeniz gerekmektedir. Aksi halde paket göndericiye iade edilecektir.

Ödeme için: http://dhl-paket-teslim.example.com/tr/odeme

DHL Müşteri Hizmetleri""", html="alt"),
]
