# batch03: Turkish(-German) landlords offering flats, and Turkish tenants
from mailwriter import M

MAILS = [
M("landlord_offer", "tr", 0, "clean", "Mehmet Yılmaz <mehmet.yilmaz@example.com>",
  "Kiralık daire – Refrath",
  """Merhaba,

Refrath'ta (Dolmanstraße yakını) 3 odalı, 74 m² bir dairem boşaldı. 1. kat, balkonlu, mutfak dolabı var. Soğuk kira 720 €, yan giderler 190 €.
Belediyenin mülteci ailelere ev bulma programını gazetede okudum. Bir aileye vermek isterim, yeter ki kira düzenli ödensin ve eve iyi baksınlar.

1 Eylül'den itibaren boş. Görüşmek için beni arayabilirsiniz: 0172 23451209.

Saygılarımla
Mehmet Yılmaz""", charset="iso-8859-9", cte="8bit", date="2025-06-21 18:30"),

M("landlord_offer", "tr", 0, "mixed_language", "Ayşe Demir <ayse.demir@example.net>",
  "Wohnung frei / daire boş",
  """Merhaba, guten Tag,

babamdan kalan bir daire var Gronau'da, 2 Zimmer, 55 m², Erdgeschoss. Biraz renovieren lazım ama oturulabilir durumda. Kaltmiete 560 düşündüm.
Jobcenter kirayı direkt bana öderse sorun yok. Nasıl oluyor bu süreç, bir Vertrag mı imzalıyoruz sizinle?

Viele Grüße / Selamlar
Ayşe Demir"""),

M("landlord_offer", "tr", 0, "clean", "Hasan Kaya <hasan.kaya@immobilien.example.com>",
  "Aile için uygun 4 odalı daire",
  """Sayın yetkili,

Kaya Immobilien olarak Bensberg'de bulunan 4 odalı, 96 m² bir daireyi kiraya vermek istiyoruz. Daire 2. katta, asansör yok, yeni boyandı. Kira: 1.050 € soğuk + 240 € yan gider. Depozito 2 aylık kira.
Daha önce başka şehirlerde de mülteci ailelere kiraladık, iyi tecrübelerimiz oldu. Uygun bir aile varsa sizden önerilerinizi bekliyoruz.

Ekte ilanı ve kat planını gönderiyorum.

Saygılarımızla
Hasan Kaya
Kaya Immobilien GmbH
Hauptstraße, 51465 Bergisch Gladbach
Tel. 02202 91744""", attach=["Expose_Bensberg_4Zi.pdf", "Grundriss.png"], footer="""--
Kaya Immobilien GmbH · Hauptstraße · 51465 Bergisch Gladbach
Geschäftsführer: Hasan Kaya · Amtsgericht Köln HRB 000000
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""),

M("landlord_offer", "tr", 0, "oneliner", "Kemal <kemal.ozturk@example.org>", "ev",
  """Paffrath da 1 oda küçük daire var 35 m2 kiralık, ilgilenirseniz arayın 0176 23454432 Kemal"""),

M("landlord_offer", "tr", 0, "clean", "Fatma Arslan <fatma.arslan@example.com>",
  "Teminat konusunda soru",
  """Merhaba,

Schildgen'de bir dairem var, şu an kiracı çıkıyor. Programınıza katılmayı düşünüyorum ama önce bazı şeyleri öğrenmek istiyorum:
- Kira ödenmezse belediye bir garanti veriyor mu?
- Evde hasar olursa kim öder?
- Kiracı Jobcenter'den para alıyorsa kira doğrudan bana mı gelir?

Bu sorulara cevap alırsam karar vereceğim.

Teşekkürler
Fatma Arslan""", date="2025-11-03 19:22"),

M("landlord_offer", "tr", 0, "broken", "ali.celik@example.net", "Kiralik",
  """Selam. Heidkamp ta 3 oda daire bos. 68 m2, kira 650 soguk. Multeci aile olabilir sorun degil, ben de zamaninda buraya gelip zorluk cektim. Telefon 0151 23458876 Ali Celik"""),

M("landlord_offer", "tr", 0, "formal", "Dr. Murat Şahin <murat.sahin@example.org>",
  "Konut teklifi – Hand mahallesi",
  """Sayın Bayan/Bay,

Bergisch Gladbach-Hand'de bulunan müstakil evimin üst katını (2,5 oda, 62 m², ayrı girişli) kiraya vermek istiyorum. Kendim alt katta ikamet ediyorum.
Tercihim sakin, küçük bir aile veya çift. Sigara içilmemesini rica ediyorum. Kira sıcak 780 € (ısıtma ve su dahil).

Kiracı adaylarıyla önce tanışmak isterim. Uygun bir zamanda görüşebilirsek sevinirim.

Saygılarımla
Dr. Murat Şahin
Tel.: 02202 30451""", charset="iso-8859-9", cte="quoted-printable"),

M("landlord_offer", "tr", 0, "reply", "Emine Koç <emine.koc@example.com>",
  "Ynt: Ihr Wohnungsangebot in Moitzfeld",
  """Merhaba Frau Weber,

evet, daire hâlâ boş. Cumartesi saat 11'de aileyle tanışabilirim. Aile kaç kişi? Çocuklar küçük mü? Dairede 3 oda var, bence 4 kişiye kadar uygun.

Selamlar
Emine Koç

Am 04.09.2025 um 08:31 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Koç,
> vielen Dank für Ihr Angebot. Wir hätten eine interessierte Familie. Wäre eine Besichtigung am Samstag möglich?
> Freundliche Grüße""", date="2025-09-04 12:40 +0300"),

M("landlord_offer", "tr", 0, "clean", "Osman Polat <osman.polat@example.net>",
  "Programa yerleştirdiğiniz kiracı hakkında",
  """Merhaba,

geçen yıl sizin aracılığınızla Herkenrath'taki dairemi Suriyeli bir aileye kiraladım. Genel olarak memnunum, çok temiz insanlar.
Ancak son iki aydır Jobcenter'den kira eksik geliyor (her ay 120 € az). Aile de ne olduğunu bilmiyor. Sizin bu konuda yardımcı olmanız mümkün mü? Kiracıyla arayı bozmak istemiyorum.

Teşekkürler
Osman Polat"""),

M("landlord_offer", "tr", 0, "mixed_language", "Serkan Aydın <serkan.aydin@bau.example.com>",
  "Neubau Wohnungen / yeni daireler",
  """Hallo zusammen,

wir haben in Bergisch Gladbach-Stadtmitte ein Neubauprojekt mit 12 Wohnungen, Fertigstellung Frühjahr.
Ben Türkçe de yazayım: 3 tane daireyi sosyal konut (öffentlich gefördert, WBS gerekli) olarak vermemiz gerekiyor. Sizin programınızdaki ailelere öncelik vermek isteriz. Daireler 2 ve 3 odalı, 58–79 m², kira m² başına 7,25 €.

Bu konuda bir görüşme ayarlayabilir miyiz? Projeyi tanıtmak isterim.

Mit freundlichen Grüßen / Saygılarımla
Serkan Aydın
Aydın Bau & Projekt GmbH""", footer="""______________________________
Aydın Bau & Projekt GmbH | Sitz: Bergisch Gladbach | HRB 00000
Bu e-posta ve ekleri gizlidir ve yalnızca alıcıya yöneliktir. / Diese E-Mail ist vertraulich."""),

M("landlord_offer", "tr", 0, "clean", "Zeynep Kurt <zeynep.kurt@example.org>",
  "Oda kiralama",
  """Merhaba,
evimde bir oda boş kaldı (kızım üniversiteye gitti). Oda 14 m², mobilyalı, mutfak ve banyo ortak. Yalnız bir kadına kiralamak isterim, 350 € her şey dahil. Refrath'tayım.
Programınız böyle oda kiralamalarını da kapsıyor mu?
Zeynep Kurt"""),

M("landlord_offer", "tr", 0, "phone", "Yusuf Erdem <yusuf.erdem@example.com>", "telefon görüşmemiz",
  """Merhaba Bay Schneider, bugünkü telefon görüşmemize istinaden dairenin bilgilerini gönderiyorum: Katterbach, 2 oda, 51 m², 3. kat, 590 € soğuk + 150 yan gider. 15 Nisan'dan itibaren boş. Fotoğraflar ekte.
Yusuf Erdem""", attach=["foto_salon.jpg", "foto_mutfak.jpg"], date="2025-03-26 15:35"),

M("landlord_offer", "tr", 0, "clean", "İbrahim Güneş <ibrahim.gunes@example.net>",
  "Mülteciye ev vermek istiyorum ama…",
  """Merhaba,

açık konuşayım: daha önce bir kiracım yüzünden çok zarar ettim, 4 ay kira alamadım ve daireyi tamir etmek zorunda kaldım. Şimdi Hebborn'daki 2 odalı dairem boş.
Sizin programınızda kiracılar önceden bir eğitimden geçiyormuş, doğru mu? Bir de sorun olursa belediyeden biri ilgileniyor mu? Eğer öyleyse vermeyi düşünürüm.

İbrahim Güneş"""),

M("landlord_offer", "tr", 0, "html_only", "Gül Yıldız <gul.yildiz@example.com>",
  "Kiralık 2+1 daire Lückerath",
  """Merhaba,

Lückerath'ta 2+1 dairemiz kiralıktır.
- 63 m², 1. kat
- Balkon, bodrum deposu
- Soğuk kira 640 €, aidat/yan gider 175 €
- Ev hayvanı olmaması tercihimiz

Eşim Almanca konuşur, randevu için onu arayabilirsiniz: 0160 23451399 (Cem Yıldız).

İyi günler
Gül Yıldız""", fmt="html", flavour="webmail"),

M("landlord_offer", "tr", 0, "broken", "hakan.ozdemir@example.org", "WOHNUNG",
  """MERHABA ELIMDE 3 TANE DAIRE VAR BENSBERG VE REFRATH. HEPSI 2 ODA. ARAYIN KONUSALIM. HAKAN OZDEMIR 0171 23450909"""),

M("landlord_offer", "tr", 0, "clean", "Selin Aksoy <selin.aksoy@hausverwaltung.example.net>",
  "Hausverwaltung – boş daireler hakkında",
  """Sayın ilgili,

Aksoy Hausverwaltung olarak Bergisch Gladbach'ta yaklaşık 140 daireyi yönetiyoruz. Ev sahiplerimizin bir kısmı, Jobcenter'den kira alan kiracılara karşı değil, ancak süreci bilmiyorlar.
Sizinle düzenli çalışmak isteriz: boşalan daireleri size bildirsek, siz de uygun adayları önerseniz nasıl olur? Şu anda Paffrath'ta 1 ve Gronau'da 2 boş daire var.

Saygılarımla
Selin Aksoy
Aksoy Hausverwaltung
Tel. 02202 88120""", footer="""Aksoy Hausverwaltung e.K. · www.aksoy-hv.example.net
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken. / Lütfen bu e-postayı yazdırmadan önce çevreyi düşünün.""", date="2025-03-25 10:02"),

M("landlord_offer", "tr", 0, "mixed_language", "Cem Öztürk <cem.ozturk@example.com>",
  "Mieter Familie Haidari – Nebenkosten",
  """Hallo Frau Schmitz,
sizin yerleştirdiğiniz Familie Haidari hakkında yazıyorum. Kirada sorun yok, ama Nebenkostenabrechnung 2025 geldi, 410 € Nachzahlung var. Aileye söyledim, Jobcenter'e vermeleri lazım ama anlamadılar galiba. Siz bir açıklayabilir misiniz onlara? Ich habe die Abrechnung angehängt.
Danke & selamlar
Cem Öztürk""", attach=["Nebenkostenabrechnung_2025.pdf"]),

M("landlord_offer", "tr", 0, "clean", "Necla Tekin <necla.tekin@example.org>",
  "Annemin evi",
  """Merhaba,

annem geçen ay huzurevine taşındı ve Moitzfeld'deki evi boş kaldı. Küçük bir müstakil ev, 3 oda, bahçeli, 85 m². Satmayı düşünmüyoruz, kiraya vermek istiyoruz.
Bir aileye verilirse annem de çok mutlu olur, kendisi de 1970'lerde buraya işçi olarak gelmişti.

Kira olarak 950 € sıcak düşünüyoruz. Evin içinde biraz eşya var, isterlerse kalabilir.

Sevgiler
Necla Tekin
0157 23456634"""),

M("landlord_offer", "tr", 0, "oneliner", "Murat <murat.k@example.net>", "Re: Wohnung",
  """Tamam, Salı 17:00 uygun. Murat Karaca"""),

M("landlord_offer", "tr", 0, "clean", "Erdal Kılıç <erdal.kilic@example.com>",
  "İşyerimizde çalışanlar için daire",
  """Merhaba,

restoranımızda (Bensberg) iki Ukraynalı çalışanımız var, ikisi de hâlâ yurtta kalıyor. Restoranın üstünde 2 küçük daire var (her biri 1,5 oda, 38 m²), birini onlara, diğerini başka bir aileye verebiliriz.
Kira 450 € sıcak. Bunu sizin programınız üzerinden yapmak mümkün mü, yoksa direkt çalışanlarla mı anlaşmalıyız?

Erdal Kılıç
Restaurant Anatolia Bensberg"""),

M("landlord_offer", "tr", 0, "reply", "Sevgi Doğan <sevgi.dogan@example.net>",
  "Ynt: Ynt: Besichtigung",
  """Merhaba,
aile daireyi çok beğenmiş, ben de onları. Kontratı ne zaman imzalayabiliriz? Jobcenter'den onay geldi mi? Ben 1 Haziran'dan itibaren boş olduğunu söylemiştim, beklerim ama çok uzun olmasın.
Sevgi Doğan

> Sehr geehrte Frau Doğan,
> vielen Dank für die Besichtigung. Familie Rezaei hat großes Interesse.
> Wir melden uns, sobald die Zusicherung des Jobcenters vorliegt."""),

M("landlord_offer", "tr", 0, "broken", "Bülent <bulent.ay@example.org>", "daire var",
  """merhaba arkadasim soyledi sizin programi. benim bir daire var katterbach 2 oda 560 euro. ama sadece kadin veya aile, bekar erkek istemiyorum. arayin"""),

M("landlord_offer", "tr", 0, "clean", "Tuncay Şimşek <tuncay.simsek@example.com>",
  "Kira garantisi / Mietausfallgarantie",
  """Merhaba,

bir arkadaşım Köln'de belediyenin "Mietausfallgarantie" verdiğini söyledi. Bergisch Gladbach'ta da böyle bir şey var mı? Eğer varsa, Refrath'taki 2 dairemden birini programınıza vermeye hazırım. Yoksa önce düşünmem lazım.

Tuncay Şimşek"""),

M("landlord_offer", "tr", 0, "mixed_language", "Hülya Acar <hulya.acar@example.net>",
  "Angebot 1-Zimmer Apartment",
  """Guten Tag,
ich habe ein 1-Zimmer-Apartment in Bensberg, 32 m², möbliert. Almancam çok iyi değil, kusura bakmayın, Türkçe devam ediyorum: daire öğrenci yurdu gibi, küçük mutfak ve duş var. 420 € her şey dahil, internet de dahil. Tek kişi için çok uygun. Jobcenter kabul eder mi bu fiyatı?
Hülya Acar"""),

M("landlord_offer", "tr", 0, "clean", "Levent Bozkurt <levent.bozkurt@example.org>",
  "Kiracımız çıkmak istiyor – yerine yeni aile?",
  """Merhaba,

sizin programınızdan gelen Ukraynalı kiracımız (Bayan Moroz) Köln'de iş bulduğu için Ağustos sonunda çıkacak. Çok memnunduk. Daireyi yine programınızdan bir aileye vermek isterim, ilan vermekle uğraşmak istemiyorum.
Aynı koşullar: 2 oda, Gronau, 610 € sıcak.

Selamlar
Levent Bozkurt""", date="2025-07-03 17:40"),

M("landlord_offer", "tr", 0, "forward", "Orhan Yavuz <orhan.yavuz@example.com>",
  "Fwd: Mietinteresse",
  """Merhaba, bana bu mail geldi, bu kişi sizin programınızdan mı? Doğru ise tanışmak isterim, dairem hâlâ boş (Schildgen, 3 oda).
Orhan Yavuz

---------- Forwarded message ---------
Von: Ahmad Noori <ahmad.noori@example.net>
Date: Do., 20. März 2025 um 21:03
Subject: Mietinteresse
To: <orhan.yavuz@example.com>

Sehr geehrter Herr Yavuz,
ich habe Ihre Anzeige gesehen. Ich bin Teilnehmer im Auszugsmanagement der Stadt Bergisch Gladbach und suche eine Wohnung für meine Familie (4 Personen).
Mit freundlichen Grüßen
Ahmad Noori""", date="2025-03-22 11:18"),

M("landlord_offer", "tr", 0, "clean", "Canan Erol <canan.erol@example.net>",
  "Küçük daire, yaşlı kiracı tercih",
  """Merhaba,
Herkenrath'ta bodrum katı sayılmaz ama yarı zemin katta 1,5 odalı bir dairem var, 41 m², merdiven yok. Yaşlı bir kişi veya çift için çok uygun olur. Kira 480 € sıcak.
Kiracıyla iletişimde dil sorunu olursa siz yardımcı olabilir misiniz?
Canan Erol"""),

M("landlord_offer", "tr", 0, "phone", "Recep Aslan <recep.aslan@example.org>", "Arayamadım",
  """Merhaba, birkaç kez aradım ama kimse açmadı. Elimde boş daire var (Romaney, 3 oda, 720 €). Beni arar mısınız 0170 23452299. Recep Aslan"""),

M("landlord_offer", "tr", 0, "clean", "Derya Çetin <derya.cetin@example.com>",
  "Sorun: kiracı çok kalabalık",
  """Merhaba,

geçen sonbaharda programınız aracılığıyla 2 odalı daireme 3 kişilik bir aile yerleşti. Şimdi evde en az 6 kişi kalıyor, akrabaları gelmiş. Komşular şikayet ediyor, Hausordnung'a uyulmuyor.
Aileyle konuşmaya çalıştım ama dil sorunu var. Sizin bir görüşme ayarlamanız mümkün mü? Sözleşmeyi feshetmek istemiyorum ama böyle de devam edemez.

Derya Çetin"""),

# --- Turkish tenants ---
M("tenant_request", "tr", 0, "clean", "Elif Yıldırım <elif.yildirim@example.net>",
  "Ev arıyoruz – 5 kişilik aile",
  """Merhaba,

biz 2023'te deprem sonrası Hatay'dan geldik, şu an Bergisch Gladbach'ta belediyenin yurdunda (Unterkunft Paffrath) kalıyoruz. Eşim, ben ve 3 çocuğumuz var (2, 6 ve 10 yaş).
Eşim bir inşaat firmasında çalışıyor. 4 odalı bir daire arıyoruz, Jobcenter bir kısmını ödüyor.

Bize yardımcı olabilir misiniz? Ayrıca ev atölyesine (Wohnworkshop) katılmak istiyoruz.

Teşekkürler
Elif Yıldırım"""),

M("tenant_request", "tr", 0, "broken", "Ahmet <ahmet.ucar@example.org>", "ev lazim",
  """merhaba ben ahmet ucar heim de kaliyorum gronau. ev ariyorum 2 oda esim ve ben. almanca az biliyorum. yardim edermisiniz"""),

M("tenant_request", "tr", 1, "clean", "Sibel Kara <sibel.kara@example.com>",
  "ACİL – Cuma günü evden çıkarılıyoruz",
  """Merhaba,

ev sahibimiz evi kendi oğluna vermek için Eigenbedarf ile sözleşmeyi feshetti, mahkemede de kaybettik. Räumung tarihi bu Cuma. Üç çocuğumla (biri 4 aylık) gidecek yerim yok. Akrabalarım Türkiye'de.
Sosyal daireye (Sozialamt) gittim, bana size yazmamı söylediler.
Lütfen acil yardım edin. Telefon: 0152 23457001

Sibel Kara
Hebborn"""),

M("tenant_request", "tr", 0, "mixed_language", "Burak Tan <burak.tan@example.net>",
  "Wohnungssuche / ev arama",
  """Hallo,
ich bin Burak, 27, aus Izmir. Yaklaşık 1 yıldır Almanya'dayım, Chancenkarte ile geldim, şimdi bir lojistik firmasında çalışıyorum. Arkadaşımın evinde geçici kalıyorum ama çıkmam lazım ay sonunda değil ama yakında.
Eine kleine Wohnung, 1 Zimmer, bis 550 warm. Yardımcı olabilir misiniz, yoksa sadece mültecilere mi yardım ediyorsunuz?
Danke
Burak"""),

M("tenant_request", "tr", 0, "on_behalf", "Nurhan Aydoğan <nurhan.aydogan@example.org>",
  "Kürt aile için ev – Bay Rojhat Demir",
  """Merhaba,

ben mahallede gönüllü olarak tercümanlık yapıyorum. Bay Rojhat Demir ve ailesi (eşi ve 4 çocuk) 2024'te iltica başvurusu yaptılar, tanınmaları geçen ay geldi. Şu an Unterkunft Stadtmitte'de 2 odada kalıyorlar.
Almancaları henüz zayıf, Türkçe iyi konuşuyorlar. Ev arama konusunda size nasıl başvurabilirler? Randevuya ben de eşlik edebilirim.

Nurhan Aydoğan
0176 23459980"""),

M("tenant_request", "tr", 0, "oneliner", "yasemin.t@example.com", "Zertifika",
  """Merhaba Wohnworkshop sertifikami alabilir miyim? Yasemin Turan"""),

M("tenant_request", "tr", 0, "clean", "Hüseyin Bulut <huseyin.bulut@example.net>",
  "Ev sahibi Jobcenter istemiyor",
  """Merhaba,
Refrath'ta güzel bir daire buldum ama ev sahibi Jobcenter'den kira alan kiracı istemiyormuş. Aslında ben çalışıyorum, sadece biraz destek alıyorum. Ev sahibine ne desem? Sizin bir mektup yazmanız mümkün mü?
Hüseyin Bulut"""),

M("tenant_request", "tr", 0, "reply", "Gamze Şen <gamze.sen@example.org>",
  "AW: Beratungstermin",
  """Merhaba Frau Becker,
Perşembe saat 14:00 olur mu? Salı günü işteyim. Kızım da gelecek tercüme için.
Gamze Şen

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen
Gesendet: Montag, 6. Oktober 2025 11:05
Betreff: Beratungstermin
Bitte teilen Sie uns mit, wann Sie für ein Beratungsgespräch Zeit haben.""", date="2025-10-06 19:51"),
]
