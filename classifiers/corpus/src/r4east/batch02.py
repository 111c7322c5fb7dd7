"""r4east batch 02: writing for someone else. Relatives, neighbours and mentors writing for a named tenant
(tenant_request) versus relatives writing for a landlord parent, heirs and a parish with a flat (landlord_offer)
and volunteers, translators and churches offering general help or invitations (inquiry); one rental scam."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- tenant_request: on behalf of a named person
T("uk", 0, "on_behalf", "Ірина Савчук <iryna.savchuk@example.com>", "Квартира для моєї мами, Ганни Савчук",
"""Добрий день,

пишу щодо своєї мами, Ганни Савчук (1958 р. н.). Вона живе в Gemeinschaftsunterkunft у Бенсберзі з березня 2023 року, отримує Grundsicherung. Я сама працюю в Дюссельдорфі і можу приїжджати тільки на вихідних.

Мамі важко в Heim: спільна кухня, шумно, вона погано спить. Ми шукаємо маленьку квартиру (1 кімната, до 40 м²), бажано в Бенсберзі або Moitzfeld, щоб вона могла й далі ходити до свого лікаря.

Чи можна зареєструвати маму у вашій програмі? Які документи потрібні? Мама згодна, щоб ви писали мені, вона сама email не користується.

Дякую!
Ірина Савчук
0151 4420 7781"""),

T("uk", 0, "on_behalf", "Denys Lytvyn <denys.lytvyn@example.net>", "babusia potrebuie kvartyru na pershomu poversi",
"""Dobryi den.
Ya onuk Lidii Lytvyn, vona zhyve v Heim na Kempener Str, kimnata 3. Babusi 81 rik, pislia operatsii na stehni vona ne mozhe khodyty po skhodakh. V Heim vona zaraz na 2 poversi i lift chasto ne pratsiuie.
Chy mozhna shukaty dlia nei kvartyru na Erdgeschoss abo z liftom? Yakshcho treba yakiis papir vid likaria (Attest) ya prynesu.
Z povahoiu
Denys Lytvyn"""),

T("ru", 0, "on_behalf", "Тамара Ким <tamara.kim@example.org>", "Соседка по Heim – Нина Полякова",
"""Здравствуйте,

я живу в общежитии в Шильдгене, соседка по коридору – Нина Полякова, 72 года. Она по-немецки совсем не говорит, телефоном с интернетом пользоваться не умеет, поэтому попросила меня написать вам.

Нина Петровна в вашей программе зарегистрирована уже год, но никто ей не звонил. Она спрашивает, есть ли какие-то новости по квартире и не нужно ли заново подать документы (у нее новый Bescheid от Sozialamt).

Если можно, пишите мне, я ей все передам. Или позвоните ей сами: 0176 5533 108, но лучше медленно и с переводчиком.

С уважением
Тамара Ким"""),

T("ru", 1, "on_behalf", "Руслан Гаджиев <ruslan.gadzhiev@example.com>", "СРОЧНО мама должна до понедельника выехать из Unterkunft",
"""Здравствуйте!

Пишу за маму, Патимат Гаджиеву, 67 лет. Сегодня Heimleitung сказала ей, что корпус на Refrather Weg закрывают и до понедельника она должна освободить комнату. Других жильцов переводят, а про нее сказали, что у нее есть «сын в Германии» и она может жить у него.

Но я живу с женой и тремя детьми в двухкомнатной квартире в Леверкузене, по договору аренды мне нельзя никого прописывать надолго, места нет совсем. Мама больная (диабет, давление).

Пожалуйста, помогите, куда ей идти с понедельника? Я могу приехать в любое время.

Руслан Гаджиев
0173 2208 651""", date="2026-01-15 18:22"),

T("tr", 0, "on_behalf", "Kemal Arslan <kemal.arslan@example.net>", "Babam için engelsiz daire",
"""Merhaba,

babam Yusuf Arslan (69) üç aydır sizin Unterkunft'unuzda, Hand'da kalıyor. Geçen ay felç geçirdi, şimdi rollator ile yürüyor. Odası ikinci katta ve asansör yok, banyo da koridorun sonunda.

Babam için barrierefrei bir daire arıyoruz, yalnız yaşayacak ama ben her gün ona bakacağım. Ben Refrath'ta oturuyorum, oraya yakın olursa çok iyi olur.

Babamın dosyasına benim telefon numaramı ekleyebilir misiniz? Babam Almanca bilmiyor.

0157 8812 4409
Kemal Arslan"""),

T("tr", 0, "on_behalf", "Gülay Şahin <gulay.sahin@example.org>", "Komşum Demir ailesi hakkında",
"""Merhaba,

ben Paffrath'ta, şehrin Unterkunft'unun hemen yanındaki binada oturuyorum. Oradaki Demir ailesiyle (Serdar ve Elif Demir, 3 çocuk) tanıştım, Türkçe konuştuğum için bazen onlara yardım ediyorum.

Elif Hanım benden rica etti: aile bir yıldır sizde kayıtlı, bir daire arıyorlar. Geçen hafta internette Gronau'da 4 odalı bir ilan bulmuşlar ama Jobcenter'in bu kirayı ödeyip ödemeyeceğini bilmiyorlar. İlanı ekliyorum.

Aile bu e-postadan haberdar, Serdar Bey'in numarası: 0152 9033 7712.

Selamlar
Gülay Şahin""", attach=["Inserat_Gronau_4Zimmer.pdf"]),

T("uk", 0, "on_behalf", "Андрій Мельник <andrii.melnyk.mentor@example.com>", "Родина Петренко – пошук житла, я їхній ментор",
"""Добрий день, пані Вебер,

я волонтер-ментор у програмі «Patenschaften» і з осені супроводжую родину Петренко (Сергій, Олена та троє дітей 4, 9 і 13 років). Вони живуть у Heim у Гронау і зареєстровані у вас, номер справи я, на жаль, не знаю.

Ми знайшли дві квартири в Refrath, але в обох випадках власники хочуть SCHUFA та Vorvermieterbescheinigung, яких у родини немає. Чи можете ви підказати, які документи від вас можна показати замість цього? І чи може родина прийти разом зі мною на консультацію?

Сергій дав згоду на те, щоб я вам писав.

З повагою
Андрій Мельник"""),

T("ru", 0, "on_behalf", "Лейла Мамедова <leyla.mamedova@example.net>", "Брат в больнице – что с его квартирой?",
"""Добрый день,

мой брат Эльдар Мамедов сейчас в больнице (Evangelisches Krankenhaus, после аварии), пробудет там еще минимум три недели. Он живет в Unterkunft в Моитцфельде и у вас в программе по квартирам.

На прошлой неделе ему звонили от вас насчет просмотра квартиры, но он не мог пойти. Он очень переживает, что теперь его вычеркнут из списка. Пожалуйста, не вычеркивайте его! Когда выйдет, он сразу свяжется с вами.

Если нужна справка из больницы, я принесу.

Лейла Мамедова (сестра)"""),

T("tr", 0, "on_behalf", "Merve Yıldız <merve.yildiz@example.com>", "annem için workshop kaydı ve sertifika",
"""Merhaba,
annem Hatice Yıldız sizin workshopa kaydolmak istiyor ama Almanca yazamıyor, ben yazıyorum. Annem Schildgen'deki Heim'da kalıyor. Bir de geçen yıl babam katılmıştı, Ramazan Yıldız, onun sertifikası kayboldu, ikisi için de bilgi verirseniz sevinirim.
tesekkurler
Merve"""),

# ---------------------------------------------------------------- landlord_offer: family writing for the owner, heir, parish
L("uk", 0, "clean", "Олена Вагнер <olena.wagner@example.org>", "Квартира моєї свекрухи в Gronau",
"""Добрий день,

моя свекруха Гертруда Вагнер померла в грудні, мій чоловік і я тепер спадкоємці її квартири в Gronau (3 кімнати, 68 м², 1 поверх, балкон). Ми самі живемо в Кельні й переїжджати не будемо.

Я родом з Житомира і дуже хотіла б, щоб там жила родина з України. Чи можете ви допомогти знайти орендарів? Квартиру треба трохи пофарбувати, в березні буде готова.

Ми ще не знаємо, скільки брати за оренду і чи Jobcenter це оплатить. Можемо зустрітися з вами?

Олена Вагнер
0171 3304 982"""),

L("ru", 0, "on_behalf", "Эдуард Фризен <eduard.friesen@example.net>", "Пишу за отца – он хочет сдать квартиру",
"""Здравствуйте,

пишу за своего отца, Генриха Фризена (84 года). У него в Шильдгене дом на две семьи, нижний этаж освободился после смерти квартирантки. Отец плохо слышит и по телефону не разговаривает, поэтому все вопросы через меня.

Квартира: 3 комнаты, 74 м², сад, Kaltmiete думаем около 690 €. Отец хочет сдать семье, которой трудно найти жилье, но ему важно, чтобы квартиранты были тихие и аккуратные, он живет прямо над ними.

Как у вас это происходит? Вы присылаете кандидатов, или мы сами выбираем?

Эдуард Фризен"""),

L("tr", 0, "on_behalf", "Derya Koç <derya.koc@example.com>", "Babam üst kattaki daireyi kiraya vermek istiyor",
"""Merhaba,

babam Mehmet Koç'un Refrath'ta iki katlı bir evi var, üst kattaki daire (2 oda, 55 m²) nisan ayında boşalıyor. Babamın Almancası iyi ama bilgisayar kullanmıyor, o yüzden ben yazıyorum.

Babam, Jobcenter'den kira alan bir aileye vermeyi düşünüyor ama daha önce kötü bir tecrübesi oldu, kira aylarca gelmedi. Siz bu konuda nasıl destek veriyorsunuz? Kira direkt babama gelebilir mi?

Bilgi verirseniz babamla birlikte karar vereceğiz.

Derya Koç"""),

L("tr", 0, "oneliner", "Mehmet Koç <mehmet.koc.gl@example.net>", "AW: Besichtigung Refrath",
"""Nurlu ailesi geldi, çok kibarlar. Ben kabul ediyorum, sözleşmeyi hazırlayayım mı?
Mehmet Koç"""),

L("uk", 0, "formal", "Тарас Гончар <t.honchar@wohnbau-berg.example.com>", "Mietvertrag Fam. Bondar – підписано",
"""Шановна пані Кляйн,

повідомляю, що сьогодні родина Бондар підписала договір оренди на квартиру в Heidkamp, Einzug 01.04.2026. Дякуємо за гарну співпрацю.

Mietbescheinigung для Jobcenter заповнена і додається. Kaution, як домовлялися, переказує Jobcenter напряму на наш рахунок.

З повагою
Тарас Гончар
Wohnbau Berg eG, Vermietung""", attach=["Mietbescheinigung_Bondar.pdf"]),

L("ru", 0, "formal", "Приход Св. Николая <prihod.nikolai@example.org>", "Свободная квартира в приходском доме",
"""Уважаемые сотрудники,

при нашем православном приходе в Бергиш-Гладбахе есть небольшой дом, в котором раньше жил священник с семьей. Сейчас на втором этаже освободилась квартира: 2 комнаты, кухня, ванная, около 50 м².

Приходской совет решил сдать ее семье беженцев. Арендную плату мы хотим установить в пределах, которые оплачивает Jobcenter. Национальность и вероисповедание значения не имеют.

Просим сообщить, как передать вам данные и фотографии квартиры.

С уважением
от имени приходского совета
Сергей Кузнецов, староста"""),

# ---------------------------------------------------------------- inquiry: general help, churches
I("uk", 0, "clean", "Юлія Панченко <yuliia.panchenko@example.net>", "Волонтерська допомога з перекладом",
"""Добрий день!

Я студентка, вивчаю германістику в Кельні, живу в Бергіш-Гладбасі. Маю вільний час по вівторках і четвергах.

Хочу допомагати українцям, які шукають житло: перекладати на переглядах квартир, допомагати заповнювати анкети, дзвонити власникам. Конкретної родини не маю, просто хочу бути корисною.

Чи потрібні вам такі волонтери? Як можна зареєструватися?

Юлія Панченко"""),

I("ru", 0, "clean", "Валентина Шульц <valentina.schulz@example.com>", "Хочу помогать как волонтер",
"""Здравствуйте,

я на пенсии, раньше работала бухгалтером, живу в Рефрате. Говорю по-русски и по-немецки, немного по-украински.

Могу сопровождать людей на Termin в Jobcenter, помогать с письмами, объяснять счета за Nebenkosten. Это не для кого-то конкретного, я просто готова помогать, если вам нужны такие люди.

Сообщите, пожалуйста, куда обратиться.

Валентина Шульц
02204 66 71 38"""),

I("tr", 0, "broken", "Baran Doğan <baran.dogan@example.org>", "tercuman olarak yardim",
"""merhaba
ben türkçe ve kürtçe konuşuyorum, almancam da iyi, 20 yildir burdayim. gönüllü tercüman olarak yardım etmek istiyorum, ev arayan kim varsa. haftada 1-2 gün olabilir. kime yazmam lazim?
baran"""),

I("ru", 0, "formal", "Евангельская община «Надежда» <gemeinde.nadezhda@example.net>", "Приглашение на праздник общины",
"""Дорогие сотрудники отдела интеграции,

6 сентября наша русскоязычная евангельская община проводит Gemeindefest в Paffrath (начало в 11:00, после богослужения).

Мы хотели бы пригласить вас на праздник и, если возможно, попросить коротко рассказать гостям о том, как город помогает людям из общежитий найти квартиру. Многие наши прихожане – сами бывшие беженцы и хотят помочь советом.

Будем рады вашему ответу.

С благословением
пастор Алексей Вормс"""),

I("uk", 0, "clean", "Недільна школа «Барвінок» <barvinok.school@example.com>", "Листівки українською для батьків",
"""Добрий день!

Ми – українська недільна школа при парафії в Бенсберзі, у нас навчається близько 60 дітей. Батьки часто питають, де отримати допомогу з пошуком квартири.

Чи є у вас інформаційні листівки або брошура українською про вашу програму? Ми могли б роздати їх на батьківських зборах. Якщо ні, можемо допомогти з перекладом.

З повагою
Світлана Коваль, координаторка"""),

# ---------------------------------------------------------------- spam: rental scam
S("uk", 0, "other", "Margarete Hoffmann <margarete.hoffmann.vermietung@example.net>", "Квартира в Бергіш-Гладбасі для української родини",
"""Доброго дня!

Я бачила, що ви допомагаєте українцям. Я власниця 3-кімнатної квартири в Бергіш-Гладбасі (80 м², повністю мебльована), здаю за 450 € разом з усіма витратами. Я зараз живу в Іспанії по роботі і не можу показати квартиру особисто.

Процедура проста: орендар переказує Kaution (900 €) через Western Union на моє ім'я в Мадриді, після цього я надсилаю ключі і договір поштою DHL. Якщо квартира не сподобається, гроші повернуться.

Передайте, будь ласка, цей лист родинам, які шукають житло. Пишіть на мою приватну адресу: margarete.h.espana@example.net

Маргарете Гофман"""),
]
