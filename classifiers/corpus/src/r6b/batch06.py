"""r6b batch 06: Turkish landlord_offer (short follow-ups on a proposed family, a Hausverwaltung, a room in the
own house, rent paid by the Jobcenter, a placed tenant, an heir; some typed without Turkish letters or with German
words) and Turkish tenant_request (landlord, viewing, contract, keys, Jobcenter paper; one urgent)."""
from mailwriter import L, T

MAILS = [
L("tr", 0, "phone", "Kemal Yıldız <kemal.yildiz.gl@example.com>", "Mietübernahmebescheinigung ne oldu",
"""merhaba Bay Tesfaye icin Mietübernahmebescheinigung hazir mi? 2 haftadir bekliyorum, her gun baska insanlar arayip daireyi soruyor. cumaya kadar gelmezse baskasina vermek zorundayim kusura bakmayin""", charset="windows-1254"),

L("tr", 0, "oneliner", "Serpil Öztürk <serpil.ozturk@example.org>", "Schlüssel",
"""Anahtarlar hazır ama mutfak ancak salı günü takılıyor. Aile yine de cumartesi taşınmak ister mi, yoksa salıyı mı beklesin? Bana haber verin."""),

L("tr", 0, "clean", "Ayşe Demirci <ayse.demirci@example.net>", "Nebenkosten-Vorauszahlung Bay Osman",
"""Merhaba,

geçen yıl sizin aracılığınızla Paffrath'taki dairemize yerleşen Bay Osman'ın aylık Nebenkosten avansını 1 Temmuz'dan itibaren 40 € artırmamız gerekiyor, belediye çöp ve su ücretlerini yükseltti.

Kendisine mektubu verdim ama Jobcenter'e iletip iletmediğini bilmiyorum. Bir kontrol edebilir misiniz? Sonra borç çıksın istemiyoruz, çok düzgün bir kiracı.

Selamlar
Ayşe Demirci""", attach=["Anpassung_Vorauszahlung_Osman.pdf"], charset="windows-1254"),

L("tr", 0, "clean", "Cem Arslan <c.arslan@hausverwaltung-berg.example.com>", "Heidkamp – 2 daire",
"""Merhaba,

Hausverwaltung'dan yazıyorum, Türk mülk sahiplerimizle ben ilgileniyorum. Bir müşterimiz Heidkamp'taki binasında 2 daireyi (52 ve 70 m²) sizin programınıza vermeye hazır, Exposé ekte.

Kısa bir soru: kiracıyı siz mi seçiyorsunuz, yoksa birkaç aday gönderip seçimi bize mi bırakıyorsunuz?

İyi çalışmalar
Cem Arslan""", attach=["Expose_Heidkamp_2_Wohnungen.pdf"], html="alt"),

L("tr", 0, "clean", "Nevin Yurt <nevin.yurt@example.org>", "evimizde bir oda",
"""Merhaba, oğlumuz üniversite için Aachen'e gitti, Moitzfeld'deki evimizde odası boş kaldı (14 m², çatı katı, ayrı duş). Programınızdan genç bir erkek ya da öğrenci olabilir. Eşim ve ben gündüz çalışıyoruz, mutfağı beraber kullanırız. Kira 350 her şey dahil.
Nevin Yurt"""),

L("tr", 0, "hard_case", "Levent Çelik <levent.celik@example.com>", "kira kime ödeniyor?",
"""İyi akşamlar. Boş bir dairem var, henüz karar vermedim. Önce şunu bilmek istiyorum: Jobcenter kirayı doğrudan bana mı öder, yoksa kiracının hesabına mı? Kiracı parayı başka yere harcarsa ne oluyor? Buna göre karar vereceğim.
Levent"""),

L("tr", 0, "broken", "Hüseyin Aydın <huseyin.aydin58@example.com>", "AW: Ihr Mieter Herr Haddad",
"""Merhaba, yine ben. Bay Haddad'ın dairesinde son bir aydır 3-4 kişi daha kalıyor, komşular söylüyor, posta kutusunda başka isimler var. Sözleşmede 2 kişi yazıyor. Kavga etmek istemiyorum, siz onunla konuşabilir misiniz? Yoksa Abmahnung yazmak zorunda kalacağım.

Hüseyin Aydın

> Sehr geehrter Herr Aydın, vielen Dank für Ihre Nachricht. Wir nehmen Kontakt mit Herrn Haddad auf."""),

L("tr", 0, "mixed_language", "Erdal Koç <erdal.koc@example.net>", "Wohnung frei in Hand",
"""Selam, Hand'da 2-Zimmer-Wohnung frei ab 1.8., 57 qm, Erdgeschoss, kleiner Garten. Kalt 575, NK 165, Kaution 2 KM. Programdan birine verebilirim, tercihen küçük aile. Besichtigung her akşam olur. Erdal 0151 44720938"""),

L("tr", 0, "reply", "Levent Çelik <levent.celik@example.com>", "Re: Vorschlag Familie Mohammadi",
"""Açıklama için teşekkürler, kiranın doğrudan bana gelmesi benim için yeterli. Mohammadi ailesi olur. Sözleşmeyi avukatım hazırlıyor, 1 Eylül başlangıç. Aile imzaya tercüman getirsin ya da siz gelin, avukat biraz hızlı konuşuyor :)

Levent Çelik

Am 02.08.2026 um 14:20 schrieb Integration Wohnen:
> Sehr geehrter Herr Çelik, wie besprochen schlagen wir Ihnen Familie Mohammadi vor."""),

L("tr", 0, "clean", "Gülay Erdem <gulay.erdem@example.com>", "babamdan kalan ev",
"""Merhaba,

babam geçen sonbahar vefat etti, Schildgen'de iki aileli bir ev kaldı bize. Alt katta annem oturuyor, üst kat (3 oda, 68 m²) boş. Ben Stuttgart'ta yaşıyorum.

Babam 1971'de Ford'da çalışmak için gelmişti, hep "bize de kimse kapı açmadı başta" derdi. Bu yüzden üst katı sizin programınızdan bir aileye vermek istiyoruz. Annem Almanca az biliyor, görüşmelerde Türkçe konuşan biri olursa iyi olur.

Gülay Erdem"""),

L("tr", 0, "phone", "Serpil Öztürk <serpil.ozturk@example.org>", "",
"""dün gelen aile hoş insanlar ama 5 kişi olduklarını söylememiştiniz, daire 2 oda 54 m2. bu olur mu, Jobcenter kabul eder mi? yoksa daha küçük bir aile var mı""" ),

L("tr", 0, "oneliner", "Kemal Yıldız <kemal.yildiz.gl@example.com>", "Kaution",
"""Tesfaye bey icin Kaution 1300 €, Jobcenter direkt bana mi yatirir? IBAN'i kime gondereyim?"""),

T("tr", 0, "oneliner", "Mehmet Karataş <mehmet.karatas@example.net>", "ev sahibi",
"""Refrath'taki evin sahibi sizin programı hiç duymamış. Ona kısaca ne olduğunu anlatan bir mektup yazabilir misiniz? Adresini veririm."""),

T("tr", 0, "phone", "Zeynep Aksoy <zeynep.aksoy91@example.com>", "SCHUFA",
"""merhaba vermieter SCHUFA istedi, bende eski telefon sozlesmesinden negatif kayit var 2023ten. borcu odedim ama kayit duruyor. ev sahibine ne diyeyim, Jobcenter Bescheid yeterli olur mu? Zeynep"""),

T("tr", 0, "clean", "Ahmet Bulut <ahmet.bulut@example.org>", "Sözleşme ekte",
"""Elif Hanım merhaba,

sözleşme ekte, dün imzaladım. Ev sahibi ilk kirayı 1 Haziran'dan önce istiyor ama Jobcenter "ayın başında öderiz" dedi. Birkaç gün geç kalırsa sorun olur mu, ev sahibine önceden bir şey söylemem lazım mı?

Ahmet""", attach=["Mietvertrag_Bulut.pdf"]),

T("tr", 0, "broken", "Fatma Yılmaz <fatma.yilmaz.gl@example.com>", "yarın Besichtigung",
"""Merhaba. Yarın Gronau'da ev bakmaya gidiyorum. Ev sahibi telefonda "Jobcenter ödüyor mu, ne kadar zaman sürer" diye sordu, ben tam cevap veremedim. Ona ne demeliyim? Kağıtlarımdan hangisini götüreyim?"""),

T("tr", 0, "phone", "Mehmet Karataş <mehmet.karatas@example.net>", "anahtar",
"""anahtarları aldım. ev sahibi elektrik ve internet icin kendin Anmeldung yapacaksin dedi. Stadtwerke'ye mi gidecegim, elektrigi Jobcenter oder mi""", charset="windows-1254"),

T("tr", 1, "clean", "Songül Aktaş <songul.aktas@example.com>", "Acil – çocuklarla kalacak yerimiz yok",
"""Merhaba,

eşim dün gece beni ve iki çocuğumu (3 ve 6 yaşında) evden çıkardı ve kapının kilidini değiştirdi. Ev onun adına. Gece camideki kadınlar bölümünde kaldık ama bu gece orada kalamıyoruz.

Geçen yıl sizin Wohnungsführerschein kursunuza katılmıştım. Şu an nereye gidebiliriz? Eşime adresimizi söylemeyin lütfen.

Telefon: 0176 92018843

Songül Aktaş""", date="2026-04-14 07:12"),

T("tr", 0, "clean", "Hatice Doğan <hatice.dogan@example.org>", "Jobcenter onayı",
"""Merhaba, Jobcenter Mietangebot'u onayladı, yazı bana geldi. Ev sahibine bu yazıyı ben mi götüreyim, yoksa siz mi gönderirsiniz? Ev sahibi "kurum bana yazsın" diyor.
Hatice Doğan"""),

T("tr", 0, "broken", "Yusuf Kılıç <yusuf.kilic@example.net>", "ev sahibi maaş bordrosu istiyor",
"""Merhaba. Ausbildung yapıyorum (Elektriker, 2. yıl), Ausbildungsvergütung + biraz Jobcenter. Ev sahibi son 3 ayın Gehaltsnachweis'ini ve Arbeitsvertrag istiyor. Ausbildungsvertrag olur mu, yoksa başka kağıt mı lazım?"""),

T("tr", 0, "oneliner", "Zeynep Aksoy <zeynep.aksoy91@example.com>", "WBS",
"""Ev sahibi WBS soruyor, benimki geçen ay bitti. Yenisini nereden alıyorum, uzun sürer mi?"""),

T("tr", 0, "clean", "Emre Polat <emre.polat@example.com>", "kurs – eşimle beraber",
"""Merhaba, Wohnungsführerschein kursuna eşimle beraber kaydolabilir miyiz? Baktığımız evin sahibi ikimizin de sertifikası olsun istiyor. Eşim sadece öğleden sonra gelebiliyor, çocuk yüzünden.
Emre"""),
]
