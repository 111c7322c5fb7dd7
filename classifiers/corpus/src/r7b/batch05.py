"""r7b batch 05: Turkish tenant_request (flat search, viewings, Genossenschaft, SCHUFA/Bürge, broker fee,
contract, payslips, keys, replies, on behalf; one urgent), four Turkish spam mails and two Farsi/Dari
inquiries (Anmeldung after a move, student survey)."""
from mailwriter import T, S, I

MAILS = [
T("tr", 0, "oneliner", "Mehmet Kaya <mehmetkaya1986@example.com>", "bos daire",
"""merhaba bos daire var mi? tek kisiyim, jobcenter oduyor. tesekkurler"""),

T("tr", 0, "phone", "Zeynep Arslan <zeynep.arslan@example.net>", "Besichtigung bugün",
"""Merhaba Hoffmann Hanım,
bugün Bensberg'deki daireye baktık eşimle. Ev sahibi kadın çok tatlı, bize kahve bile yaptı :) daire de güzel, balkonlu
ama duvarları bizim boyamamızı istiyor, taşınmadan önce. Boya ve malzeme de bizden. Bir de mutfaktaki eski dolapları atmamızı istiyor
Almanya'da böyle mi oluyor? Boyayı yaparız ama dolap işi nasıl olacak bilmiyoruz, araba yok
Cuma'ya kadar cevap vermemiz lazım
Zeynep"""),

T("tr", 0, "forward", "Hasan Yildiz <hasan.yildiz.gl@example.org>", "Fwd: Schöne 2-Zimmer-Wohnung in Heidkamp",
"""Merhaba,
bu ilanı buldum internette. Fiyatı Jobcenter için uygun mu? Ben ve eşim, 2 kişiyiz. Ev sahibine yazdım ama Almanca mektup yazmak zor, yardım edebilir misiniz?
Saygılarımla
Hasan Yıldız

----- Weitergeleitete Nachricht -----
Von: "Immo-Netz Rheinland" <alerts@immo-netz.example.com>
Datum: 03.03.2026 18:44
Betreff: Schöne 2-Zimmer-Wohnung in Heidkamp

2 Zi., 55 m², EG mit Terrasse
Kaltmiete 560 €, NK 135 €, Heizung 80 €
Kaution: 1.680 €
Bezug nach Vereinbarung"""),

T("tr", 0, "mixed_language", "Elif Dogan <elif.dogan@example.com>", "Genossenschaft payları",
"""Merhaba,

Bir Wohnungsgenossenschaft bize 3 odalı bir daire teklif etti, Paffrath'ta. Kira Jobcenter sınırına uygun. Ama üye olmamız lazımmış: Genossenschaftsanteile toplam 1.100 Euro + Eintrittsgeld 40 Euro.

Bu parayı Jobcenter öder mi? Kaution gibi mi sayılıyor? Ve taşınırsak geri alıyor muyuz?

Teşekkür ederim,
Elif Doğan""", charset="windows-1254"),

T("tr", 0, "clean", "Burak Sahin <burak.sahin.83@example.net>", "SCHUFA ve kefil",
"""İyi günler,

Gronau'da bir ev sahibi bana daireyi vermeye hazır ama iki şey istiyor: SCHUFA belgesi ve bir kefil (Bürge). 

SCHUFA'yı internetten istedim, geldiğinde göndereceğim. Ama kefil bulamıyorum. Almanya'da 3 yıldır varım, akrabam yok, arkadaşlarım da benim gibi mülteci.

Sizin programınızın ev sahiplerine verdiği bir garanti var mı? Ya da belediye kefil olabilir mi?

Burak Şahin"""),

T("tr", 0, "broken", "Fatma Celik <fatma.celik.bgl@example.org>", "Makler 2 kira istiyor",
"""merhaba
Herkenrath ta bir daire bulduk Makler ile. Makler bizden Provision istiyor 2 Kaltmiete + MwSt = 1.427 Euro. Biz ilanı internette gördük kendimiz aradık.
Arkadaşım diyor Almanya da ev sahibi ödüyor Makler parasını, bu doğru mu? ödemeli miyiz?
Fatma"""),

T("tr", 0, "clean", "Serkan Aydin <serkan.aydin@example.com>", "Kira sözleşmesi kontrol",
"""Merhaba Brückner Hanım,

telefonda konuştuğumuz gibi kira sözleşmesini ekte gönderiyorum. Hand'daki daire için. Pazartesiye kadar imzalamamız gerekiyor.

Anlamadığım maddeler:
- § 4 Indexmiete: kira her yıl enflasyona göre artacak mı? Jobcenter farkı öder mi?
- § 9 Schönheitsreparaturen: taşınırken bütün daireyi boyamak zorunda mıyız?
- § 10 Kleinreparaturen bis 120 € pro Fall: bu ne demek?

Lütfen bir bakar mısınız, tehlikeli bir şey var mı?

Saygılar,
Serkan Aydın""", attach=["Mietvertrag_Hand.pdf"]),

T("tr", 0, "clean", "Ayse Korkmaz <ayse.korkmaz@example.net>", "Maaş bordroları ekte",
"""Merhaba Okafor Bey,

istediğiniz belgeler ekte:
- son 3 ayın maaş bordrosu (Gehaltsabrechnungen Ocak, Şubat, Mart)
- iş sözleşmem (unbefristet!)
- SCHUFA

Schildgen'deki ev sahibine gönderebilirsiniz. Başka bir şey lazımsa yazın lütfen.

Ayşe Korkmaz""", attach=["Gehaltsabrechnungen_Q1_2026.pdf", "Arbeitsvertrag_Korkmaz.pdf", "SCHUFA_Korkmaz.pdf"]),

T("tr", 0, "phone", "Emre Ozturk <emre.ozturk.91@example.com>", "ANAHTARLARI ALDIK",
"""Selam!! bugun anahtarlari aldik Refrath taki daireden, inanamiyorum 2.5 yil heimda kaldik
cok tesekkurler herkese ozellikle Okafor beye
simdi ne yapmam lazim? Anmeldung, Jobcenter'e sozlesme, heim odasini ne zaman birakiyorum?
Emre ve ailesi"""),

T("tr", 0, "reply", "Murat Polat <murat.polat@example.org>", "Re: Wohnungsangebot Schildgen, 3 Zimmer",
"""Merhaba,

teklif için çok teşekkür ederiz! Evet, daireyle ilgileniyoruz. Perşembe saat 16:00 bize uyar, ben işten izin alacağım. Eşim ve çocuklar da gelsin mi, yoksa sadece ben mi?

Murat Polat

Am 24.02.2026 um 14:05 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Polat,
> wir können Ihnen eine 3-Zimmer-Wohnung in Schildgen anbieten (68 m², 2. OG,
> Kaltmiete 610 EUR). Eine Besichtigung wäre am Donnerstag, 26.02., um 16 Uhr möglich.
> Mit freundlichen Grüßen
> Team Integration Wohnen""", date="2026-02-24 18:22"),

T("tr", 0, "on_behalf", "Deniz Yilmaz <deniz.yilmaz.koeln@example.net>", "Kuzenim Abdulkadir ve ailesi için",
"""Merhaba,

Ben Deniz Yılmaz, Köln'de yaşıyorum. Kuzenim Abdulkadir Yılmaz ve ailesi (eşi, 3 çocuk: 2, 6 ve 9 yaşında) 2024'ten beri Bergisch Gladbach'ta bir Unterkunft'ta kalıyorlar. Sizin programınıza kayıtlı olduklarını biliyorum.

Kuzenimin Almancası henüz zayıf, o yüzden ben yazıyorum, onun izniyle (CC'de kendisi de var). Onlar için birkaç şey sormak istiyorum:

1. Şu anda kaç kişi bekliyor, aşağı yukarı ne kadar sürer?
2. Kendileri ev bulursa siz yine yardım ediyor musunuz (Jobcenter, sözleşme)?
3. Köln'e taşınmak isterlerse bu mümkün mü, yoksa Bergisch Gladbach'ta mı kalmak zorundalar?

Çok teşekkür ederim,
Deniz Yılmaz
0176 22871450""", cc="Abdulkadir Yilmaz <a.kadir.yilmaz@example.com>"),

T("tr", 1, "clean", "Gulsen Tekin <gulsen.tekin@example.com>", "Acil - Cuma'ya kadar kadın evinden çıkmamız gerekiyor",
"""Merhaba,

Ben Gülsen Tekin. İki çocuğumla (5 ve 11 yaşında) üç aydır Frauenhaus'ta kalıyorum, eşim bize şiddet uyguladığı için. Daha önce sizin programınıza kayıt olmuştuk, o zaman hâlâ Unterkunft'ta ailece kalıyorduk.

Frauenhaus bugün bana yerin başka bir acil vaka için gerektiğini ve en geç Cuma günü çıkmamız gerektiğini söyledi. Cuma'ya 3 gün var. Eski Unterkunft'a geri dönemem, eşim orada.

Nereye gidebiliriz? Küçük bir daire, bir oda bile olur, yeter ki güvenli olsun. Frauenhaus'taki sosyal hizmet görevlisi Frau Krämer sizinle konuşabilir.

Lütfen adresimi eşime kimse söylemesin.

Gülsen Tekin
0151 73390126""", date="2026-04-14 09:40"),

T("tr", 0, "broken", "Ibrahim Kilic <ibrahim.kilic.77@example.net>", "sertifika kayboldu",
"""Merhaba, ben geçen sene Ekim ayında Wohnungsführerschein kursuna katıldım. Teilnahmebestätigung kağıdını kaybettim taşınırken odadan odaya. Yeni bir kopya alabilir miyim? Ev sahipleri hep soruyor. Bir de eşim de kursa katılmak istiyor, bir sonraki ne zaman?
İbrahim Kılıç"""),

T("tr", 0, "other", "Yusuf Aksoy <yusuf.aksoy@example.org>", "basvurum ne durumda",
"""Merhaba,
Eylul ayinda sizin ofise geldim, kayit oldum, butun belgeleri verdim. 5 ay oldu hic haber yok. Kimse aramadi.
Basvurum hala aktif mi? Telefon numaram degisti, belki eski numarayi aradiniz: yeni 0157 40028813
Tesekkurler
Yusuf Aksoy (4 kisi)"""),

T("tr", 0, "mixed_language", "Hatice Erdem <hatice.erdem@example.com>", "Jobcenter 40 Euro fazla diyor",
"""Merhaba,

Bir daire bulduk Refrath'ta, 3 oda, ev sahibi bizi istiyor. Ama Jobcenter diyor ki Miete 40 Euro zu hoch, nicht angemessen.

Farkı biz kendimiz ödeyebilir miyiz? Eşim Minijob yapıyor. Ya da Jobcenter'e Widerspruch yapmamız mı lazım? Daireyi kaybetmek istemiyoruz, zaten 1,5 yıldır arıyoruz.

Hatice Erdem""", charset="iso-8859-9"),

# ---- Turkish spam ----
S("tr", 0, "other", "Banka Guvenlik <guvenlik@kunden-sicherheit-online.example.com>", "Hesabınız askıya alındı - hemen doğrulayın",
"""Değerli müşterimiz,

Hesabınızda şüpheli bir işlem tespit edildi ve güvenliğiniz için hesabınız geçici olarak askıya alındı.

Hesabınızı yeniden aktif etmek için lütfen 24 saat içinde aşağıdaki bağlantıdan kimlik bilgilerinizi ve TAN numaranızı doğrulayın:

https://kunden-sicherheit-online.example.com/tr/dogrulama

Doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.

Saygılarımızla
Müşteri Güvenlik Ekibi""", html="only", charset="windows-1254"),

S("tr", 0, "other", "Kargo Takip <bilgi@kargo-teslimat24.example.net>", "Paketiniz bekliyor: 2,49 € gümrük ücreti",
"""Sayın alıcı,

DE7730018842 numaralı paketiniz gümrükte bekliyor. Teslimat için 2,49 € ücretin ödenmesi gerekmektedir.

Ödeme yapmak için: https://kargo-teslimat24.example.net/odeme

48 saat içinde ödeme yapılmazsa paket göndericiye iade edilecektir."""),

S("tr", 0, "broken", "Thomas Becker <thomas.becker.owner@example.com>", "Bergisch Gladbach'ta kiralık daire - 420 Euro",
"""Merhaba,

Bergisch Gladbach'taki dairem için yazıyorum. 3 oda, 75 m², eşyalı, sıcak kira sadece 420 Euro.

Ben şu anda iş için İngiltere'deyim ve daireyi gösteremiyorum. Güvenlik için önce depozito (2 kira = 840 Euro) Western Union ile gönderilmeli, sonra anahtar ve sözleşme kargo ile adresinize gelir. Beğenmezseniz para iade edilir.

Çok kişi ilgileniyor, lütfen bugün cevap verin ve kimlik fotokopinizi gönderin.

Thomas Becker"""),

S("tr", 0, "machine_translated", "Kripto Kazanc <destek@kripto-kazanc.example.org>", "Günde 400€ kazanın - Almanya'daki Türkler için özel",
"""Merhaba!

Almanya'da yaşıyorsanız ve ek gelir arıyorsanız, yapay zeka destekli platformumuz sizin için bitcoin ticareti yapar.

✅ Sadece 250 € ile başlayın
✅ Günde 400 €'ya kadar kazanç
✅ Türkçe destek 7/24

Sınırlı sayıda yer! Hemen kayıt olun: https://kripto-kazanc.example.org/kayit

Abonelikten çıkmak için STOP yazın.""", html="alt"),

# ---- Farsi/Dari inquiries ----
I("fa", 0, "mixed_language", "Farhad Rezaei <farhad.rezaei@example.net>", "Anmeldung بعد از اسباب‌کشی",
"""سلام،

ما دو هفته پیش از Köln به Bergisch Gladbach (Bensberg) اسباب‌کشی کردیم. خانه را خودمان پیدا کردیم از طریق یک دوست.

حالا باید Anmeldung کنیم ولی در سایت Bürgerbüro اولین Termin برای شش هفته دیگر است. آیا مشکلی پیش می‌آید اگر دیرتر از دو هفته ثبت کنیم؟ و برای دخترم (۴ ساله) Kita باید کجا ثبت نام کنیم؟

اگر این سوال به بخش شما مربوط نیست، لطفاً بگویید به کجا بنویسم.

ممنون
فرهاد رضایی"""),

I("fa", 0, "clean", "Mahtab Ghorbani <mahtab.ghorbani@uni-bonn.example.com>", "پرسشنامه برای پایان‌نامه",
"""سلام و وقت بخیر،

من مهتاب قربانی هستم، دانشجوی کارشناسی ارشد جامعه‌شناسی در دانشگاه بن. پایان‌نامه من درباره تجربه مهاجران افغان و ایرانی در جستجوی خانه در شهرهای کوچک اطراف کلن است.

آیا امکان دارد لینک یک پرسشنامه ناشناس (به فارسی/دری، حدود ۱۰ دقیقه) را در اختیار شرکت‌کنندگان ورکشاپ‌های شما قرار دهید؟ همچنین اگر یکی از همکاران وقت داشته باشد، خوشحال می‌شوم یک مصاحبه کوتاه داشته باشیم.

با تشکر فراوان
مهتاب قربانی"""),
]
