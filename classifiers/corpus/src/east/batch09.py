# batch09: Turkish tenants (incl. urgent), more Turkish landlords, a few Ukrainian tenants
from mailwriter import M

MAILS = [
M("tenant_request", "tr", 0, "clean", "Zehra Aksoy <zehra.aksoy@example.org>",
  "Wohnworkshop'a kayıt",
  """Merhaba,
Wohnworkshop'a kaydolmak istiyorum. Unterkunft Hand'da kalıyorum, eşim ve iki çocuğumla. Almancam B1 seviyesinde, Türkçe bir grup varsa daha iyi olur ama şart değil.
Teşekkürler
Zehra Aksoy"""),

M("tenant_request", "tr", 1, "clean", "Kübra Yalçın <kubra.yalcin@example.com>",
  "Acil yardım – eşimden şiddet görüyorum",
  """Merhaba,

bunu yazmak çok zor. Eşim beni ve çocukları dövüyor. Dün polisi aradım, ona 10 gün eve yaklaşma yasağı verildi. Ama ev onun adına kiralık ve 10 gün sonra geri gelecek.
İki çocuğumla (3 ve 7 yaş) güvenli bir yere gitmem lazım. Kadın sığınma evi (Frauenhaus) dolu dediler.

Lütfen bu numarayı arayın, eski telefonumu o biliyor: 0152 23459012
Kübra"""),

M("tenant_request", "tr", 0, "broken", "Mahmut <mahmut.kaplan@example.net>", "ev ariyorum",
  """Merhaba ben Mahmut Kaplan 2024te Türkiyeden geldim iltica basvurusu yaptim kabul oldu. Heim de kaliyorum Bensberg. ev lazim 1 oda. is ariyorum da. almanca yok. turkce yazabilirmisiniz"""),

M("tenant_request", "tr", 0, "mixed_language", "Derya Yıldız <derya.yildiz@example.org>",
  "Frage zur Kaution / depozito",
  """Hallo,
Gronau'da bir daire bulduk, Vermieter 3 Kaltmieten Kaution istiyor, yani 1.740 €. Jobcenter Darlehen veriyor mu, yoksa bizim mi ödememiz lazım? Biz ikimiz de çalışıyoruz ama ergänzend Bürgergeld alıyoruz.
Danke schön
Derya Yıldız"""),

M("tenant_request", "tr", 0, "on_behalf", "Ayten Bulut <ayten.bulut@schule.example.net>",
  "Öğrencimizin ailesi için konut yardımı",
  """Merhaba,

ben Bensberg'deki bir ilkokulda okul sosyal çalışanıyım (Schulsozialarbeiterin). Velilerimizden Bayan Songül Erdoğan, üç çocuğuyla birlikte eşinden ayrıldıktan sonra bir arkadaşının yanında, tek odada kalıyor. Çocuklar okulda çok yorgun ve huzursuz.
Bayan Erdoğan sadece Türkçe konuşuyor. Onunla birlikte bir randevu alabilir miyiz? Tercüme ben yaparım.

Saygılarımla
Ayten Bulut
Schulsozialarbeit"""),

M("tenant_request", "tr", 0, "oneliner", "Cengiz <cengiz.oz@example.com>", "Termin",
  """Salı günkü randevuya gelemiyorum, başka gün olur mu? Cengiz Öz"""),

M("tenant_request", "tr", 1, "clean", "Hacer Duman <hacer.duman@example.net>",
  "Pazartesi evden çıkarılıyoruz – Räumung",
  """Merhaba,

kira borcumuz olduğu için (eşim işsiz kaldı, Jobcenter başvurusu geç oldu) ev sahibi dava açtı. Gerichtsvollzieher'den mektup geldi: Räumung pazartesi sabah 8'de. Dört çocuğumuz var, en küçüğü 5 aylık.
Jobcenter şimdi borcu ödemek istiyormuş ama ev sahibi kabul etmiyor. Ne yapabiliriz? Lütfen acil dönüş yapın.

Hacer Duman
Katterbach
0176 23454466"""),

M("tenant_request", "tr", 0, "clean", "Okan Şahin <okan.sahin@example.org>",
  "Daha büyük ev",
  """Merhaba,
sizin programınızla 2024'te Schildgen'de 2 odalı bir ev bulduk. Şimdi üçüncü çocuğumuz doğdu, ev çok küçük geliyor. Ev sahibimizle aramız iyi, ama daha büyük bir daireye ihtiyacımız var. Yine programınıza başvurabilir miyiz?
Okan Şahin"""),

M("tenant_request", "tr", 0, "forward", "Esra Kaya <esra.kaya@example.com>",
  "Fwd: Wohnung Refrath – Rückmeldung",
  """Merhaba, ev sahibi bu cevabı gönderdi, tam anlamadım. Daireyi bize veriyor mu vermiyor mu? Bir de "Bürgschaft" ne demek?
Esra

---------- Forwarded message ---------
Von: H. Brenner <h.brenner@example.net>
Date: Di., 3. Feb. 2026 um 17:55
Subject: Wohnung Refrath – Rückmeldung
To: Esra Kaya <esra.kaya@example.com>

Sehr geehrte Frau Kaya,
grundsätzlich bin ich bereit, Ihnen die Wohnung zu vermieten. Da Sie erst seit kurzem ein Einkommen haben, benötige ich jedoch eine Bürgschaft.
Freundliche Grüße
H. Brenner""", date="2026-02-04 09:14"),

M("tenant_request", "tr", 0, "clean", "Şerife Koç <serife.koc@example.net>",
  "Annem için ev",
  """Merhaba,
annem 72 yaşında, Türkiye'deki depremden sonra yanımıza geldi ve iltica etti. Şu an bir Unterkunft'ta kalıyor çünkü bizim evimiz çok küçük. Ona yakınımızda (Paffrath) küçük bir daire bulmak istiyoruz. Grundsicherung alıyor. Siz yardımcı olabilir misiniz?
Şerife Koç"""),

M("tenant_request", "tr", 0, "broken", "Yunus <yunus.arslan@example.org>", "WOHNUNG SUCHE",
  """MERHABA. EV ARIYORUM 3 KISI. JOBCENTER ODUYOR. BERGISCH GLADBACH HER YER OLUR. TELEFON 0151 23457766 YUNUS ARSLAN"""),

M("tenant_request", "tr", 0, "reply", "Nazlı Demirtaş <nazli.demirtas@example.com>",
  "Ynt: Bewerbungsunterlagen",
  """Merhaba Frau Klein,
istediğiniz belgeler ekte: maaş bordroları (son 3 ay), SCHUFA ve kimlik. Ev sahibine iletirseniz çok sevinirim.
Nazlı Demirtaş

Am 21.05.2025 um 10:12 schrieb Integration Wohnen:
> Liebe Frau Demirtaş, bitte senden Sie uns Ihre Gehaltsnachweise, die SCHUFA-Auskunft und eine Ausweiskopie.""",
  attach=["Gehaltsnachweise.pdf", "SCHUFA.pdf", "Kimlik.jpg"], date="2025-05-22 20:45"),

M("tenant_request", "tr", 1, "on_behalf", "Selma Güler <selma.guler@example.net>",
  "ACİL: komşumun ailesi sokakta kalacak",
  """Merhaba,

alt katımızdaki Kürt aile (Bay Aziz ve Bayan Leyla, 2 çocuk) Perşembe günü evden çıkmak zorunda, çünkü bina satıldı ve yeni sahip tüm binayı yenileyecek. Kendi evlerini bulamadılar, Almancaları zayıf.
Onlara 2-3 gün kendi evimde yer verebilirim ama daha fazla olmaz. Belediyenin geçici konaklama imkânı var mı?

Leyla Hanım'ın numarası: 0162 23450550
Selma Güler"""),

M("tenant_request", "tr", 0, "clean", "Ramazan Tekin <ramazan.tekin@example.org>",
  "Sertifika ve ev sahibi mektubu",
  """Merhaba,
geçen ay Wohnworkshop'a katıldım, sertifikamı almadım. Ayrıca bir ev sahibi "Bestätigung" istiyor. İkisini birlikte gönderebilir misiniz?
Ramazan Tekin"""),

M("tenant_request", "tr", 0, "clean", "Dilan Aydın <dilan.aydin@example.com>",
  "Öğrenci – oda arıyorum",
  """Merhaba,
ben Dilan, 20 yaşındayım, ailemle birlikte yurtta (Unterkunft Frankenforst) kalıyorum. Ausbildung'a başladım, kendi odamı istiyorum, ailem de kalacak. Ausbildung maaşımla bir WG odası tutabilir miyim? Berufsausbildungsbeihilfe alabilir miyim?
Dilan"""),

M("tenant_request", "tr", 0, "html_only", "Sevda Öztürk <sevda.ozturk@example.net>",
  "Danışmanlık randevusu",
  """Merhaba,

ev arama konusunda bir danışmanlık randevusu almak istiyorum.
Bilgilerim:
- Ad: Sevda Öztürk
- Kişi sayısı: 3 (ben, kızım, oğlum)
- Şu an: Unterkunft Stadtmitte
- Gelir: Teilzeit + Bürgergeld

En uygun günler Çarşamba ve Cuma.

Teşekkürler""", fmt="html", flavour="gmail"),

M("tenant_request", "tr", 0, "clean", "Metin Çakır <metin.cakir@example.org>",
  "Ev sahibi Jobcenter kağıdını imzalamıyor",
  """Merhaba,
bir daire bulduk, ama ev sahibi Jobcenter'in "Mietbescheinigung" formunu doldurmak istemiyor, "çok bürokrasi" diyor. Siz onunla konuşabilir misiniz? Telefonunu verebilirim.
Metin Çakır"""),

M("tenant_request", "tr", 0, "phone", "Gülten <gulten.ak@example.com>", "aradım",
  """Merhaba, bugün iki kere aradım kimse açmadı. Ev için arıyorum. Gülten Ak 0157 23456543"""),

M("tenant_request", "tr", 0, "clean", "Fırat Ekinci <firat.ekinci@example.net>",
  "Kira sözleşmesini kontrol eder misiniz?",
  """Merhaba,
ilk defa Almanya'da kira sözleşmesi imzalayacağım. Sözleşme 14 sayfa, çok anlamadığım madde var (Schönheitsreparaturen, Indexmiete). Bir bakabilir misiniz? Ekte gönderiyorum.
Fırat Ekinci""", attach=["Mietvertrag_Ekinci.pdf"]),

M("tenant_request", "tr", 0, "mixed_language", "Songül Yurt <songul.yurt@example.org>",
  "Umzug nächste Woche",
  """Hallo,
gelecek hafta taşınıyoruz, Umzugskosten için Jobcenter 3 Kostenvoranschläge istiyor. Biz sadece bir firma bulduk. Sizin bildiğiniz günstige Umzugsfirmen var mı? Yoksa Helfer mi bulalım?
LG Songül"""),

M("tenant_request", "tr", 1, "phone", "Emrah <emrah.sari@example.net>", "acil",
  """yarın yurttan çıkarılıyorum kavga yüzünden ama ben başlatmadım. gidecek yerim yok. Emrah Sarı 0173 23451177"""),

M("tenant_request", "tr", 0, "clean", "Aynur Keskin <aynur.keskin@example.com>",
  "Bekleme süresi",
  """Merhaba,
6 aydır programınızdayım, hâlâ ev bulunamadı. Sizde kaç kişi bekliyor? Ben ne yapabilirim, kendi başıma aramaya devam etmeli miyim? Her gün ilanlara bakıyorum ama cevap gelmiyor.
Aynur Keskin"""),

M("tenant_request", "tr", 0, "clean", "Hakan Polat <hakan.polat@example.org>",
  "Ev sahibim bana kötü davranıyor",
  """Merhaba,
programınız aracılığıyla Herkenrath'ta bir ev tuttum. Ev sahibi izinsiz içeri giriyor, kaloriferi kısıyor. Vermieter ile nasıl konuşmalıyım? Başka bir eve taşınmak mı gerekir? Mieterverein'a mı gitmeliyim?
Hakan Polat"""),

M("tenant_request", "tr", 0, "oneliner", "Leyla <leyla.tas@example.net>", "Re: Einladung",
  """Teşekkürler, geleceğim. Leyla Taş"""),

# ---- more Turkish landlords ----
M("landlord_offer", "tr", 0, "clean", "Ercan Karaca <ercan.karaca@example.com>",
  "Garaj üstü küçük daire",
  """Merhaba,
evimizin garajı üstünde yeni yaptırdığımız 1 odalı bir stüdyo daire var (30 m², mutfak, duş). Tek bir kişiye 420 € sıcak verebiliriz. Gronau'da, otobüs durağına yakın. Kiracı Jobcenter'den olabilir, sorun değil.
Ercan Karaca"""),

M("landlord_offer", "tr", 0, "mixed_language", "Sultan Yavuz <sultan.yavuz@example.net>",
  "Wohnung Refrath frei ab 1.4.",
  """Guten Tag,
Refrath'taki dairemiz 1 Nisan'dan itibaren boş. 3 Zimmer, 70 qm, 2. OG, Balkon. Kaltmiete 710, NK 200. Familie mit Kindern olabilir, okul da yakın. Besichtigung Cumartesi günleri mümkün.
Sultan Yavuz""", date="2026-03-06 16:10"),

M("landlord_offer", "tr", 0, "clean", "Adem Şimşek <adem.simsek@example.org>",
  "Kiracı önerinizi bekliyorum",
  """Merhaba,
iki hafta önce size Bensberg'deki dairemi bildirmiştim (2 oda, 600 €). Henüz bir aile önerisi gelmedi. Hâlâ ilgileniyor musunuz? Yoksa başka bir yolla kiralayacağım.
Adem Şimşek"""),

M("landlord_offer", "tr", 0, "clean", "Filiz Özer <filiz.ozer@example.com>",
  "Kiracı ailenin çocuğu için okul sorunu",
  """Merhaba,
programınız üzerinden kiraladığım Afgan aile çok iyi, ama çocuklardan biri 3 aydır okula kayıt olamamış. Annesi benden yardım istedi, ben de bilmiyorum nereye başvurmak gerekir. Sizin bu konuda aileyle konuşmanız mümkün mü? Daire konusunda her şey yolunda.
Filiz Özer"""),

M("landlord_offer", "tr", 0, "broken", "Ismail <ismail.dogru@example.net>", "kiralik ev hand",
  """merhaba hand da 2 oda daire 55 m2 var 620 euro sicak. ukraynali olsun suriyeli olsun farketmez temiz olsun yeter. ismail dogru 0160 23451234"""),

M("landlord_offer", "tr", 0, "formal", "Av. Burcu Aydemir <burcu.aydemir@hukuk.example.com>",
  "Müvekkilimin dairesi hakkında",
  """Sayın ilgili,

müvekkilim Bay Nevzat Kara adına yazıyorum. Müvekkilim, Bergisch Gladbach-Heidkamp'taki 3 odalı dairesini programınız çerçevesinde kiraya vermeyi değerlendirmektedir.
Kiraya vermeden önce, belediyenin olası kira kayıpları ve hasarlar için herhangi bir güvence (Mietausfall- veya Schadensgarantie) sağlayıp sağlamadığı ve bunun yazılı olarak nasıl düzenlendiği konusunda bilgi rica ederim.

Saygılarımla
Av. Burcu Aydemir""", footer="""GİZLİLİK UYARISI: Bu e-posta avukat-müvekkil gizliliği kapsamında olabilir. Yanlışlıkla size ulaştıysa lütfen göndereni bilgilendirip siliniz.
VERTRAULICHKEITSHINWEIS: Diese Nachricht kann anwaltlich vertrauliche Informationen enthalten."""),

M("landlord_offer", "tr", 0, "clean", "Taner Erdem <taner.erdem@example.org>",
  "Çalışan kiracı tercih ederim",
  """Merhaba,
Paffrath'ta 2 odalı bir dairem boşaldı. Çalışan bir kişi veya çift olursa sevinirim, Ausbildung yapan genç biri de olabilir. 580 € soğuk, 150 € yan gider. Fotoğraflar ekte.
Taner Erdem""", attach=["Wohnung_Paffrath_1.jpg", "Wohnung_Paffrath_2.jpg"]),

M("landlord_offer", "tr", 0, "reply", "Seda Çelik <seda.celik@example.net>",
  "Ynt: Zusicherung Jobcenter liegt vor",
  """Harika, teşekkürler! O zaman sözleşmeyi 1 Ekim başlangıçlı hazırlıyorum. Anahtar teslimi için 30 Eylül saat 17:00 uygun mu aile için?
Seda Çelik

> Sehr geehrte Frau Çelik,
> die Zusicherung des Jobcenters für Familie Mohammadi liegt nun vor. Sie können den Mietvertrag vorbereiten.""", date="2025-09-15 09:30"),

M("landlord_offer", "tr", 0, "clean", "Gürkan Bal <gurkan.bal@example.com>",
  "Dükkân üstü daire – ticari bölge",
  """Merhaba,
Stadtmitte'de dükkânımın üstünde 3 odalı bir daire var, 82 m². Biraz gürültülü olabilir çünkü ana cadde üzerinde, ama merkezi ve ulaşımı kolay. 820 € sıcak. Uygun bir aile olursa haber verin.
Gürkan Bal"""),

# ---- a few more Ukrainian tenants ----
M("tenant_request", "uk", 0, "clean", "Ольга Бондаренко <olha.bondarenko@example.net>",
  "Чи можна змінити квартиру через сусідів?",
  """Добрий день!
Ми живемо в квартирі, яку знайшли через вас, у Gronau. Сусід зверху постійно кричить на нас, двічі залишав погрози на дверях через те, що діти шумлять. Поліція сказала, що нічого не може зробити. Діти бояться. Чи можна знову стати на пошук через вашу програму?
Ольга Бондаренко"""),

M("tenant_request", "uk", 0, "oneliner", "Vlad <vlad.prokopenko@example.com>", "?",
  """А коли будуть нові квартири?"""),

M("tenant_request", "uk", 1, "clean", "Софія Литвин <sofiia.lytvyn@example.org>",
  "Мене виписують з Unterkunft через дохід, до четверга",
  """Добрий день!

Я отримала лист від Sozialamt: оскільки я тепер заробляю більше, ніж ліміт, моє право на місце в Unterkunft закінчується, і я повинна звільнити кімнату до четверга. Квартиру я не знайшла, хоча шукаю пів року. Мені нікуди йти, родичів у Німеччині немає.
Чи можна залишитися хоча б на місяць, платячи самій? Або є якесь тимчасове житло?

Софія Литвин
0170 23459988"""),

M("tenant_request", "uk", 0, "reply", "Hryhorii Marchuk <hryhorii.marchuk@example.net>",
  "Re: Wohnungsangebot Hebborn",
  """Дякую, але ця квартира нам не підходить — 4 поверх без ліфта, а в мене мама з візком. Чекаємо інших варіантів.
Григорій Марчук

> Sehr geehrter Herr Marchuk,
> wir können Ihnen eine 3-Zimmer-Wohnung in Hebborn anbieten (4. OG, 71 m², 860 € warm).
> Bitte geben Sie uns bis Mittwoch Bescheid."""),

M("tenant_request", "uk", 0, "clean", "Лариса Кушнір <larysa.kushnir@example.com>",
  "Хочу знати, чи правильна сума Nebenkosten",
  """Добрий день!
У пропозиції квартири в Refrath вказано Nebenkosten 320 € на 58 м². Мені здається, це дуже багато. Jobcenter погодиться? Може, варто попросити власника показати Abrechnung за минулий рік?
Лариса Кушнір"""),
]
