"""r7b batch 06: Turkish-speaking landlords, heirs, employer, estate agent and property staff (offers, viewing
logistics, feedback, cancellation, Jobcenter paper, problems with placed tenants, guarantees) and Turkish
inquiries (press, TV, mosque association, neighbour, Kita, volunteer, student, parents' association)."""
from mailwriter import L, I

MAILS = [
L("tr", 0, "oneliner", "Ali Ozdemir <ali.ozdemir.refrath@example.com>", "daire",
"""Refrath'ta 3 odalı daire var, boş. Arayın 0176 5512840 Ali Özdemir"""),

L("tr", 0, "clean", "Kemal Karaca <kemal.karaca@example.net>", "Gronau'da iki boş daire",
"""Merhaba,

Gronau'da 6 daireli bir binam var, babamdan kaldı. Şu anda iki daire boş:

1. Zemin kat, 2 oda, 52 m², kira 500 € + yan giderler 140 €
2. Çatı katı, 3 oda, 64 m² (eğimli tavan), kira 590 € + 160 €

Babam 1971'de Almanya'ya geldiğinde ona da kimse ev vermek istememiş. O yüzden mülteci ailelere vermek istiyorum, ama bazı şartlarım var: evde sigara içilmeyecek, Hausordnung'a uyulacak (merdiven temizliği sırayla), bahçe ortak.

Ne zaman görüşebiliriz? Hafta içi akşamları veya cumartesi uygunum.

Kemal Karaca
0172 3309817""", charset="windows-1254"),

L("tr", 0, "reply", "Sibel Gunes <sibel.gunes@example.org>", "Re: Besichtigung Familie Noori",
"""Merhaba Brückner Hanım,

Salı 18:00 olur. Ben orada olacağım, ama eşim Almanca bilmez, o yüzden ailenin yanında tercüman olursa iyi olur. Zil: "Güneş / 1. OG". Bina arkasında park yeri var.

Aile mutlaka Jobcenter belgesini ve kimliklerini getirsin lütfen.

Sibel Güneş

> Sehr geehrte Frau Güneş,
> wäre eine Besichtigung am Dienstag um 18 Uhr mit Familie Noori (2 Erwachsene,
> 2 Kinder) möglich? Freundliche Grüße, Integration Wohnen"""),

L("tr", 0, "reply", "Osman Kurt <osman.kurt@example.com>", "AW: Rückmeldung zur Besichtigung",
"""Merhaba,

aileyi çok beğendik. Anne ve baba çok kibar, çocuklar da sakin. Baba daha önce boyacıymış, daireyi kendisi boyamak istediğini söyledi, bu bizim için çok iyi.

1 Haziran'dan itibaren sözleşme yapabiliriz. Jobcenter için hangi kağıdı doldurmam gerekiyor? Bana gönderir misiniz?

Osman Kurt

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Freitag, 15. Mai 2026 09:30
An: osman.kurt@example.com
Betreff: Rückmeldung zur Besichtigung

Sehr geehrter Herr Kurt, wie ist die Besichtigung mit Familie Rahimi verlaufen?""", date="2026-05-15 20:06"),

L("tr", 0, "oneliner", "Nurcan Bal <nurcan.bal@example.net>", "Re: Wohnungsangebot",
"""Kusura bakmayın, daireyi yeğenime verdik, artık boş değil. İyi çalışmalar. Nurcan Bal"""),

L("tr", 0, "mixed_language", "Cengiz Aktas <cengiz.aktas@example.org>", "Mietbescheinigung Familie Sultani",
"""Merhaba Okafor Bey,

Familie Sultani için Mietbescheinigung'u doldurdum, ekte. Einzug 01.04.

Heizkosten kısmında ne yazmalıyım bilmiyorum, Zentralheizung var ama Abrechnung yılda bir geliyor. Vorauszahlung 85 € yazdım, doğru mu?

Kira Jobcenter'den direkt bana gelsin isterim, IBAN 2. sayfada.

Grüße
Cengiz Aktaş""", attach=["Mietbescheinigung_Sultani.pdf"]),

L("tr", 0, "clean", "Hulya Sen <hulya.sen@example.com>", "Yerleştirdiğiniz kiracı hakkında",
"""Merhaba,

Geçen yaz sizin aracılığınızla Paffrath'taki daireme bir aile taşındı. Aslında iyi insanlar ama son iki aydır komşulardan şikayet geliyor:

- Merdiven temizliği (Treppenhausreinigung) sıraları geldiğinde yapılmıyor,
- Çocuklar akşam 22:00'den sonra koridorda top oynuyor,
- Bisikletler ve bebek arabası kaçış yolunda duruyor, Hausmeister uyardı.

Kendim konuşmaya çalıştım ama dil problemi var, sadece "tamam tamam" diyorlar. Onlarla bir tercümanla konuşabilir misiniz? Kimseyi çıkarmak istemiyorum, sadece evde huzur olsun.

Hülya Şen"""),

L("tr", 0, "clean", "Recep Dincer <recep.dincer@example.net>", "Karar vermeden önce birkaç soru",
"""İyi günler,

Bensberg'de 2 odalı bir dairem var, şu anda boş. Sizin programınızı bir arkadaşımdan duydum. Karar vermeden önce öğrenmek istediklerim:

1) Jobcenter kirayı direkt bana öder mi, yoksa kiracıya mı?
2) Dairede hasar olursa kim öder? Belediyenin bir garantisi var mı?
3) Kiracı işe girerse ve Jobcenter ödemeyi keserse ne olur?
4) Siz kiracıyla taşındıktan sonra da ilgileniyor musunuz?

Daha önce kötü bir tecrübem oldu, 4 ay kira alamadım, o yüzden soruyorum.

Selamlar,
Recep Dinçer"""),

L("tr", 0, "formal", "Gokhan Yavuz | Bergland Wohnen GmbH <g.yavuz@bergland-wohnen.example.com>", "Boş daireler hakkında bilgi",
"""Sayın ilgili,

Bergland Wohnen GmbH'de (fiktiv) kiralama bölümünde çalışıyorum. Türkçe konuşan kiracı adaylarıyla genellikle ben ilgileniyorum, bu yüzden size Türkçe yazıyorum; isterseniz Almanca devam edebiliriz.

Şu anda Bergisch Gladbach'ta aşağıdaki daireler boş:
• Hand, 2 oda, 48 m², 470 € kalt, 01.09'dan itibaren
• Refrath, 4 oda, 89 m², 910 € kalt, 01.10'dan itibaren (büyük aileler için uygun)

Şirketimiz Jobcenter'den kira alan kiracılara açık. Başvuru için Selbstauskunft, Jobcenter onayı ve mümkünse Wohnungsführerschein belgesi istiyoruz.

Uygun adaylarınız varsa kısa bir bilgi ile bana yazabilirsiniz.

Saygılarımla
Gökhan Yavuz
Vermietung
Tel. 02202 97710-44""", html="alt"),

L("tr", 0, "clean", "Yilmaz Bau GmbH - Erol Yilmaz <erol.yilmaz@yilmaz-bau.example.org>", "Çalışanımız için daire + bir daire daha",
"""Merhaba,

Ben Erol Yılmaz, Bergisch Gladbach'ta küçük bir inşaat firmam var. Şirketin üstünde, Heidkamp'ta iki küçük daire var, eskiden işçilerimiz kalıyordu.

Bir daireyi yeni işe aldığım bir Suriyeli çalışanıma vermek istiyorum, kendisi şu an hâlâ Unterkunft'ta kalıyor, adı Khaled. Diğer daire (1 oda, 32 m²) boş, onu da sizin programınızdaki biri için verebilirim, 380 € warm.

Bu nasıl işliyor? Khaled için de sizinle mi konuşmalıyım, yoksa o kendisi Jobcenter'e mi başvuruyor?

Erol Yılmaz
0171 6604528"""),

L("tr", 0, "clean", "Leyla Tuncer <leyla.tuncer@example.com>", "Annemin evi Hand'da",
"""Merhaba,

Annem geçen yıl vefat etti, Hand'da küçük bir evi vardı (2 kat, 4 oda, bahçeli). Ben ve kardeşim Frankfurt'ta yaşıyoruz, evi şimdilik satmak istemiyoruz.

Büyük bir aileye kiralamayı düşünüyoruz. Ama evin bazı eksikleri var: ısıtma eski (gazlı), banyo yenilenmeli. Bunları yaptıracağız ama 2-3 ay sürer.

Bu durumda sizin programınıza şimdiden yazabilir miyiz? Ve büyük aileler için kira sınırı ne kadar, Jobcenter 4 odalı ev için ne öder?

Leyla Tuncer"""),

L("tr", 0, "formal", "Ozlem Acar Immobilien <info@acar-immobilien.example.net>", "İş birliği teklifi - komisyonsuz daireler",
"""Merhaba,

Emlakçıyım, Bergisch Gladbach ve Rösrath bölgesinde 15 yıldır çalışıyorum. Ev sahibi müşterilerimin bir kısmı Jobcenter'den kira alan kiracılara açık, yeter ki iyi bir takip olsun.

Kiracılardan komisyon almıyoruz (Bestellerprinzip). Şu anda Schildgen'de 2 odalı (450 € kalt) ve Bensberg'de 3 odalı (640 € kalt) daire var.

Emlakçılarla çalışıyor musunuz? Teklifleri size nasıl iletmemi istersiniz?

Saygılarımla,
Özlem Acar
Acar Immobilien (fiktiv)
0173 8812945"""),

L("tr", 0, "broken", "Mustafa Ekinci <mustafa.ekinci@example.org>", "kira 2 aydir gelmiyor",
"""merhaba
sizin yerlestirdiginiz kiraci Bay A. Karimi Moitzfeld daki dairemde oturuyor Kasimdan beri. Ocak ve Subat kirasi gelmedi. Kiraci diyor Jobcenter da bir problem var, yeni Bescheid bekliyormus.
Ben bankaya kredi oduyorum bu daire icin, bekleyemem cok. Ne yapmam lazim, Jobcenter'e kim yazacak?
Mustafa Ekinci 0160 2937751"""),

# ---- Turkish inquiries ----
I("tr", 0, "formal", "Köln Postası Yazı İşleri <redaksiyon@koeln-postasi.example.com>", "Röportaj talebi",
"""Sayın yetkililer,

Köln ve çevresinde yayın yapan Türkçe haftalık gazete Köln Postası'ndan (fiktiv) yazıyorum. Okurlarımızın çoğu ev sahibi, bir kısmı da yeni gelen akrabalarına ev arıyor.

Bergisch Gladbach'taki programınız hakkında bir haber hazırlamak istiyoruz: ev sahipleri programa nasıl katılabilir, mülteci ailelerin yerleşmesi nasıl oluyor, son bir yılda kaç daire bulundu?

Bir çalışanınızla 30 dakikalık bir röportaj mümkün mü? Telefonla da olabilir.

Saygılarımla,
Aylin Çakır
Muhabir"""),

I("tr", 0, "clean", "Burcu Tas <burcu.tas@avrupa-tv.example.net>", "TV haberi için çekim",
"""Merhaba,

Avrupa'da yayın yapan Türkçe bir TV kanalında (fiktiv) muhabirim. "Almanya'da konut krizi" konulu bir haber dizisi hazırlıyoruz.

Sizin Wohnungsführerschein atölyelerinizden birini çekmek ve bir çalışanınızla kısa bir röportaj yapmak istiyoruz. Katılımcıların yüzlerini göstermeyiz, izin vermeyen kimseyi çekmeyiz.

Nisan sonunda Köln'de olacağız. Mümkün olur mu?

Burcu Taş"""),

I("tr", 0, "formal", "Bergisch Türk Kültür Derneği <dernek.btkd@example.org>", "Bilgilendirme akşamına davet",
"""Değerli yetkililer,

Derneğimiz Bergisch Türk Kültür Derneği (fiktiv) her ay üyelerine yönelik bir bilgilendirme akşamı düzenliyor. Üyelerimizin bir kısmı ev sahibi, bir kısmı da yeni gelen akrabaları için ev arıyor.

Önümüzdeki ay, 12 Kasım Çarşamba akşamı saat 19:00'da, Gronau'daki dernek merkezimizde programınızı tanıtmanız için sizi davet etmek istiyoruz. Yaklaşık 60 kişi bekliyoruz. Çay ve ikram bizden.

Katılabilirseniz çok memnun oluruz.

Saygılarımızla
Yönetim Kurulu adına
Hüseyin Aydoğdu"""),

I("tr", 0, "broken", "Necla Bayram <necla.bayram@example.com>", "Unterkunft komşusu olarak şikayet",
"""Merhaba,
ben Paffrath'ta mülteci yurdunun tam karşısında oturuyorum. Irkçı değilim, ben de göçmen çocuğuyum.
Ama son haftalarda her gece saat 1-2'ye kadar bahçede yüksek sesle müzik, bağırış var. Çöpler de konteynerlerin yanına atılıyor, kediler dağıtıyor.
Kime şikayet etmem lazım? Belediyeyi aradım, sizi verdiler. Siz değilseniz lütfen doğru adresi söyleyin.
Necla Bayram"""),

I("tr", 0, "clean", "Onur Yalcin <onur.yalcin@example.net>", "Kita yeri ve Anmeldung",
"""Merhaba,

Ailecek Düsseldorf'tan Bergisch Gladbach'a (Refrath) taşındık, eşimin işi burada. Evi kendimiz bulduk.

İki sorum var:
1) Anmeldung için Bürgerbüro'da randevu 5 hafta sonra, bu bir problem mi?
2) 2 yaşındaki oğlumuz için Kita yeri nasıl bulunur? Merkezi bir liste var mı?

Belki yanlış yere yazıyorum, öyleyse kusura bakmayın ve doğru yeri söyler misiniz?

Onur Yalçın"""),

I("tr", 0, "phone", "Selin Koc <selin.koc.gl@example.org>", "gönüllü",
"""Merhaba, Türkçe ve Almanca biliyorum, emekli öğretmenim. Haftada 1-2 gün gönüllü olarak yardım etmek istiyorum, tercüme, evrak doldurma vs. Nasıl başvurabilirim? Selin Koç"""),

I("tr", 0, "clean", "Can Ucar <can.ucar@hs-duesseldorf.example.com>", "Anket çalışması",
"""İyi günler,

Düsseldorf'ta Sosyal Hizmet bölümünde okuyorum. Bitirme tezim için mülteci ailelerin ev bulma sürecini araştırıyorum.

Sizin programınızın çalışanlarıyla kısa bir anket (15 dakika) yapmam mümkün mü? Ayrıca atölyelere katılanlara Türkçe/Arapça/Farsça anonim bir anket linki iletebilir misiniz?

Teşekkür ederim,
Can Uçar"""),

I("tr", 0, "clean", "Türk Veli Birliği BGL <veli.birligi.bgl@example.com>", "Programınız nasıl çalışıyor?",
"""Merhaba,

Biz Bergisch Gladbach'ta bir veliler derneğiyiz. Okullardaki mülteci ailelerin çocukları çok zor koşullarda, yurtlarda ders çalışıyor, ve aileler bize sık sık ev konusunda soru soruyor.

Üyelerimizi bilgilendirmek istiyoruz: Programınıza kim başvurabilir? Başvuru nasıl yapılıyor? Atölyeler hangi dillerde? Broşürünüz varsa Türkçe veya Almanca gönderebilir misiniz?

Teşekkürler,
Derya Öztürk, Türk Veli Birliği (fiktiv)"""),
]
