"""fresh3 batch 10: Turkish mail, November 2025 (tenants and landlords)."""
from mailwriter import T, L, I, S, A

MAILS = [
T("tr", 0, "clean", "Mehmet Aydın <mehmet.aydin.bg@example.net>", "Ev arama programına katılmak istiyoruz",
"""Merhaba,

Ben Mehmet Aydın. 2023'te Türkiye'den geldim, eşim ve 5 yaşındaki oğlumla Bensberg'deki
Unterkunft'ta yaşıyoruz. Geçen ay iltica başvurumuz kabul edildi (Anerkennung), şimdi
Aufenthaltserlaubnis kartımızı bekliyoruz.

Sosyal görevli bize sizin programınızdan bahsetti. Artık kendi evimize çıkmak istiyoruz.
Programınıza nasıl katılabiliriz, bir randevu alabilir miyiz? Almancam B1 seviyesinde,
eşiminki A2.

Teşekkürler,
Mehmet Aydın
Tel: 0157 3021 6678""", charset="windows-1254", date="2025-11-03 11:24"),

T("tr", 0, "phone", "Emre K <emrekaya.1995@example.com>", "ev",
"""merhaba ev ariyoruz 2 kisiyiz esim hamile 4 aylik. heimde cok zor oda kucuk tuvalet ortak. yardim edermisiniz. Emre Kaya 0176 5512 0387""",
  date="2025-11-04 22:48"),

T("tr", 1, "clean", "Zeynep Doğan <zeynep.dogan@example.org>", "ACİL - ev sahibi kapıyı kilitledi",
"""Merhaba,

Çok acil yardıma ihtiyacımız var. Geçen yıl Heim'dan Hand'daki bir daireye taşındık
(Untermiete, bir tanıdık üzerinden). Asıl kiracı olan adam 3 gün önce kapının kilidini
değiştirdi, bütün eşyalarımız içeride. Kirayı her ay ona elden veriyorduk ama şimdi
"siz hiç ödemediniz" diyor. Makbuz yok.

Şu an eşim, ben ve 2 çocuğumuz bir arkadaşımızın salonunda kalıyoruz ama orada da en fazla
birkaç gün kalabiliriz. Çocukların okul çantaları bile içeride kaldı.

Polise gittik, "bu hukuki bir mesele, avukata gidin" dediler. Ne yapmalıyız? Kalacak bir
yere ihtiyacımız var.

Zeynep Doğan
0152 4470 1936""", date="2025-11-10 18:52"),

T("tr", 0, "mixed_language", "Hasan Yılmaz <hasanyilmaz61@example.net>", "WBS başvurusu hakkında",
"""Merhaba, WBS için Antrag'ı doldurdum ama Einkommensnachweis kısmında ne vermem gerektiğini
anlamadım. Ben Minijob yapıyorum (520 €), geri kalanı Jobcenter ödüyor. Jobcenter Bescheid'i
yeterli mi yoksa Arbeitgeber'den ayrı bir Bescheinigung mı lazım? Bir de Antrag'ı nereye
vereceğim, Rathaus Bensberg'e mi? Teşekkürler. Hasan""", date="2025-11-05 13:10"),

T("tr", 0, "reply", "Ayşe Çelik <ayse.celik@example.com>", "Re: Anmeldung Workshop Wohnen 25.11.",
"""Merhaba, teşekkür ederim, geleceğiz. Eşim de gelebilir mi? Bebeğimiz 6 aylık, onu da
getirmek zorundayız, sorun olur mu?
Ayşe Çelik

Am 12.11.2025 um 13:40 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Çelik,
> hiermit bestätigen wir Ihre Anmeldung zum Workshop "Wohnen in Deutschland" am
> Dienstag, 25.11.2025, 9:30 bis 12:30 Uhr, im Stadthaus. Bitte bringen Sie einen Stift mit.
> Mit freundlichen Grüßen
> Sandra Vogel""", date="2025-11-12 19:05"),

T("tr", 0, "on_behalf", "Burak Şahin <burak.sahin@example.org>", "Kız kardeşim için ev",
"""İyi günler,

Kız kardeşim Elif Şahin (29) 2024'ten beri Paffrath'taki Unterkunft'ta kalıyor. Geçen hafta
olumlu karar aldı. Almanca bilmediği için ben yazıyorum; ben Köln'de yaşıyorum ve 12 yıldır
Almanya'dayım.

Elif yalnız, küçük bir daire ya da WG odası arıyor. Hemşire olarak çalışmak istiyor,
diploma denkliği için kursa başlayacak.

Programınızda yalnız yaşayan kadınlar için de destek var mı? Onunla birlikte randevuya
gelebilirim.

Saygılarımla,
Burak Şahin""", date="2025-11-06 20:30"),

T("tr", 0, "clean", "Serkan Öztürk <serkan.ozturk@example.net>", "Kaution sorusu",
"""Merhaba Frau Vogel,

Hand'da bir ev bulduk, ev sahibi 2 kira depozito (Kaution) istiyor, 1.260 Euro. Jobcenter
Darlehen olarak verebileceğini söyledi ama her ay Bürgergeld'den kesilecekmiş. Başka bir
yol var mı? Sözleşmeyi 1 Aralık'ta imzalayacağız. Sözleşme taslağını ekte gönderiyorum.

Serkan""", charset="iso-8859-9", attach=["Mietvertrag_Entwurf.pdf"], date="2025-11-13 09:55"),

T("tr", 0, "formal", "Kemal Arslan <kemal.arslan@example.com>", "Başvurumun durumu hakkında bilgi talebi",
"""Sayın Yetkili,

Eylül ayında tarafınıza yapmış olduğum başvuru ve 23 Eylül tarihli görüşmemiz hakkında
bilgi almak istiyorum. Türkiye'de 14 yıl edebiyat öğretmeni olarak çalıştım; hâlen
Moitzfeld'deki toplu konaklama yerinde eşim ve iki kızımla birlikte ikamet etmekteyim.
Ekim ayında dört oturumluk konut atölyesini tamamladım, ancak katılım belgemi henüz
alamadım.

Ev sahiplerine başvururken bu belgenin faydalı olacağını düşünüyorum. Belgenin tarafıma
e-posta ile gönderilmesi mümkün müdür? Ayrıca ağınızdaki ev sahiplerine profilimizin
iletilip iletilmediğini de öğrenmek isterim.

Gereğini saygılarımla arz ederim.

Kemal Arslan""", date="2025-11-07 08:40"),

T("tr", 1, "broken", "Rojda Kaplan <rojda.kaplan@example.org>", "yardim lutfen",
"""merhaba, ben Rojda. 2 cocugumla bir tanidigin evinde bir odada kaliyoruz (Refrath), Anmeldung da orada. Dun aksam ev sahibi (o da kiraci aslinda) cumartesiye kadar cikin dedi, kardesi Turkiyeden geliyormus. Gidecek hic bir yerimiz yok. Daha once Heimda kaliyorduk ama cikmistik. Jobcenterden para aliyorum. Ne yapabilirim, Heim'a geri donebilirmiyiz? lutfen yardim edin
Rojda 0163 9014 2257""", date="2025-11-19 07:14"),

T("tr", 0, "clean", "Fatma Koç <fatma.koc@example.com>", "Ev sahibine mektup yazma konusunda yardım",
"""Merhaba,

Atölyede ev sahiplerine kısa bir tanıtım mektubu (Bewerbungsschreiben) yazmamız gerektiğini
öğrendik. Türkçe bir taslak hazırladım, Almancaya çevirdim ama çok emin değilim. Ekte
gönderiyorum, bir bakabilir misiniz? Özellikle "Das Jobcenter zahlt die Miete direkt"
cümlesini eklemem doğru mu?

Fatma Koç""", attach=["Bewerbung_Wohnung_Koc.docx"], date="2025-11-14 15:02"),

T("tr", 0, "oneliner", "Ali Demir <alidemir.34@example.net>", "sertifika",
"""Merhaba sertifika ne zaman hazır olur? Kursu 4 Kasım'da bitirdim. Ali Demir""", date="2025-11-17 12:31"),

T("tr", 0, "clean", "Deniz Aksoy <deniz.aksoy@example.com>", "Bekar öğrenciler için destek var mı?",
"""Merhaba,

24 yaşındayım, 2022'de Türkiye'den geldim ve iltica sürecim olumlu sonuçlandı. Şu an
Bensberg'deki Unterkunft'ta 3 kişilik bir odada kalıyorum. Ekim'de Köln'de üniversitede
(Informatik) okumaya başladım ve gece ders çalışmak çok zor.

Programınız sadece ailelere mi, yoksa bekar öğrencilere de WG odası bulmada yardım ediyor
musunuz? BAföG başvurum devam ediyor, şimdilik Jobcenter'dan destek alıyorum.

Teşekkürler,
Deniz""", html="alt", date="2025-11-20 23:37"),

T("tr", 0, "forward", "Hüseyin Tekin <huseyin.tekin@example.net>", "Fwd: Ihre Anfrage zur Wohnung Gronau",
"""Merhaba, bu cevap geldi. Neden hep ret alıyoruz anlamıyorum, bu 9. başvuru. Bir şeyi yanlış
mı yapıyoruz? Başvuru metnimi de ekledim.
Hüseyin

---------- Forwarded message ---------
From: Vermietung Rheinberg Wohnbau <vermietung@rb-wohnbau.example.com>
Date: Thu, 13 Nov 2025 at 08:51
Subject: Ihre Anfrage zur Wohnung Gronau
To: <huseyin.tekin@example.net>

Sehr geehrter Herr Tekin,

vielen Dank für Ihr Interesse an unserer Wohnung. Leider müssen wir Ihnen mitteilen, dass
wir uns für andere Interessenten entschieden haben.

Wir wünschen Ihnen für Ihre weitere Wohnungssuche viel Erfolg.

Mit freundlichen Grüßen
Ihr Vermietungsteam""", attach=["Anschreiben_Tekin.docx"], date="2025-11-13 17:20"),

# --- landlords ---
L("tr", 0, "mixed_language", "Nurten Karaca <nurten.karaca@example.org>", "Gronau'da 3 odalı daire",
"""Merhaba,

Gronau'da 3 odalı (Wohnzimmer + 2 Schlafzimmer) 74 m² bir dairem var, 1 Ocak'tan itibaren
boş. Kaltmiete 720 €, Nebenkosten 200 €. Şimdiye kadar hep Alman kiracılar oturdu ama bir
arkadaşım sizin programı anlattı, ben de bir aileye vermek isterim. Tercihen çocuklu bir aile.

Daireyi göstermek için hafta sonları müsaitim. Ne yapmam gerekiyor? Sizinle bir Termin
ayarlayabilir miyiz?

Nurten Karaca""", date="2025-11-05 19:16"),

L("tr", 0, "clean", "Osman Kurt <osman.kurt@example.net>", "Jobcenter kira ödemesi hakkında soru",
"""Merhaba,

Refrath'ta kiraya vermeyi düşündüğüm 2 odalı bir dairem var. Karar vermeden önce birkaç şey
sormak istiyorum:

1) Kira Jobcenter'dan direkt bana mı ödenir?
2) Kiracı daireye zarar verirse şehir bir garanti veriyor mu?
3) Kiracı Jobcenter'dan çıkıp çalışmaya başlarsa ne olur?

Daha önce bir kiracıyla çok kötü bir tecrübem oldu, 3 ay kira alamadım. O yüzden dikkatli
olmak istiyorum.

Osman Kurt""", charset="windows-1254", date="2025-11-08 10:05"),

L("tr", 0, "reply", "Ahmet Güler <ahmet.guler@example.com>", "Re: Mietvertrag Familie Nasser",
"""Merhaba Timo Bey,

Sözleşmeyi 1 Kasım'da imzaladık, aile taşındı, çok memnunlar. Ama Jobcenter Kasım kirasını
hâlâ ödemedi, Kaution da gelmedi. Aile "Jobcenter ödeyecek" diyor. Bir bakabilir misiniz,
nerede takıldı?

Selamlar
Ahmet Güler

-----Original Message-----
From: Integration Wohnen <integration-wohnen@stadt-gl.de>
Sent: Freitag, 24. Oktober 2025 11:02
To: Ahmet Güler <ahmet.guler@example.com>
Subject: Mietvertrag Familie Nasser

Sehr geehrter Herr Güler,

vielen Dank, dass Sie sich für Familie Nasser entschieden haben. Den unterschriebenen
Mietvertrag leiten wir an das Jobcenter weiter.

Mit freundlichen Grüßen
Timo Berger""", html="alt", date="2025-11-18 08:27"),

L("tr", 0, "clean", "Kadir Polat <kadir.polat@example.net>", "Dükkanın üstündeki daire",
"""İyi günler,

Bensberg'de bir kuaför dükkanım var, dükkanın üstünde 2 odalı küçük bir daire (48 m²) var.
Şimdiye kadar depo olarak kullandım ama boşalttım, yeni boyattım. Kiraya vermek istiyorum,
520 € sıcak.

Sizin üzerinizden bir kiracı bulabilir miyim? Sakin, temiz biri olsun yeter. Alt katta
dükkan olduğu için gündüz biraz gürültü olabilir, onu da söyleyeyim.

Kadir Polat
Salon Kadir""", date="2025-11-11 20:50"),

L("tr", 0, "phone", "Yusuf Arslan <yusufarslan58@example.org>", "kiralik",
"""selam kiralik dairem var refrath 2 oda 550 sicak 1. kat. aile olabilir. ilgilenen olursa arasin 0176 2283 4410 Yusuf""",
  date="2025-11-15 13:43"),

L("tr", 0, "clean", "Mustafa Yıldırım <m.yildirim@example.com>", "Mutfakta çalışacak birine oda",
"""Merhaba,

Bergisch Gladbach merkezde bir restoranım var, mutfak yardımcısı arıyorum. Restoranın üst
katında mobilyalı bir oda (banyo ve küçük mutfak var) boş duruyor. Bu işi yapacak kişiye
odayı uygun bir fiyata (300 €) verebilirim.

Heim'larda kalan, çalışmak isteyen ve çalışma izni olan biri varsa bana yönlendirebilir
misiniz? Türkçe, Arapça ya da Kürtçe konuşması fark etmez.

Mustafa Yıldırım""", date="2025-11-21 16:18"),

L("tr", 0, "formal", "Selin Demir | Demir Immobilien <selin.demir@demir-immo.example.com>", "Kiralık daireler – işbirliği teklifi",
"""Sayın İlgili,

Bergisch Gladbach ve çevresinde faaliyet gösteren emlak ofisimizin portföyünde Jobcenter
kiracılarına açık bazı daireler bulunmaktadır:

• Gronau, 2 oda, 56 m², 610 € Kaltmiete
• Heidkamp, 4 oda, 92 m², 980 € Kaltmiete (kalabalık aileler için uygun)

Ev sahiplerimiz, şehrin destek programı sayesinde kiracılarla iletişimin kolaylaşacağını
düşünerek sizinle çalışmaya sıcak bakıyor. Komisyon ev sahibi tarafından ödenmektedir.

Detaylı ilanları ekte bulabilirsiniz. Görüşmek dileğiyle,

Selin Demir
Demir Immobilien
Tel. 02204 70 39 12""", attach=["Expose_Gronau.pdf", "Expose_Heidkamp.pdf"], date="2025-11-14 10:36"),
]
