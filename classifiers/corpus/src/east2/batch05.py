"""Batch 05: Turkish tenant requests in hard styles (3 urgent) and Turkish-German landlords."""
from mailwriter import T, L

MAILS = [
# ---------------- tr tenant_request ----------------
T("tr", 1, "phone", "Rojda Baran <rojdabaran1992@example.com>", "acil heimden cikmamiz lazim",
"""merhaba kolay gelsin telefondan yaziyorum turkce karakter yok kusura bakmayin. bugun Heim e mektup geldi Anerkennung cikti diye sevindik ama sozialamt dedi artik burada kalamazsiniz 3 gun icinde cikmaniz lazim cuma gunu son gun. esim ve 2 cocugum var kucuk olan 8 aylik. ev bulamadik daha jobcenter e de basvuru yapmadik nereye gidecegiz bilmiyoruz lutfen yardim edin. almancam az esim biraz biliyor
telefon 0157 3009 8821
Rojda""", date="2025-07-15 16:02"),

T("tr", 1, "on_behalf", "Familienhebamme Songül Erbaş <s.erbas@hebammen-gl.example.org>",
"ACİL: yenidoğan bebekle kalacak yer yok – Bayan Hamdan",
"""Merhaba,

Bergisch Gladbach'ta aile ebesi (Familienhebamme) olarak çalışıyorum. Size Türkçe yazıyorum, çünkü bahsettiğim anne Suriyeli ama Türkiye'de 7 yıl yaşadığı için en iyi Türkçe anlıyor; bu maili ona da okudum.

Bayan Amira Hamdan 5 gün önce doğum yaptı (erken doğum, bebek şu an iyi). Yarın, perşembe günü hastaneden taburcu ediliyor. Doğumdan önce bir arkadaşının yanında, oturma odasında kalıyordu; arkadaşının ev sahibi artık buna izin vermiyor ve dün kesin olarak "bebekle gelmeyin" dediler. Eşi hâlâ Türkiye'de.

Yani yarından itibaren anne ve yenidoğan bebek için kalacak hiçbir yer yok. Sozialamt'a da yazdım ama henüz cevap gelmedi.

Lütfen bugün ya da en geç yarın sabah beni arayın: 0170 4412 760. Gerekirse annenin imzaladığı Schweigepflichtentbindung'u hemen gönderebilirim.

Saygılarımla
Songül Erbaş
Familienhebamme""", date="2025-08-13 10:26"),

T("tr", 1, "forward", "Mehmet Ali Karataş <m.ali.karatas@example.net>", "Fwd: Räumungsmitteilung – Termin 14.05.2025",
"""Merhaba,

aşağıdaki mektubu bugün aldım, oğlum tercüme etti. Ev sahibi geçen yıl Eigenbedarf için çıkmamızı istemişti, mahkeme oldu, biz ev bulamadık. Şimdi Gerichtsvollzieher 14 Mayıs'ta, yani gelecek çarşamba geliyor. Eşim, ben ve 3 çocuk nereye gideceğiz? Avukatımız artık yapacak bir şey kalmadı diyor.

Lütfen bize yardım edin, her gün arayabilirsiniz: 0176 9923 1145
Mehmet Ali Karataş

----- Weitergeleitete Nachricht -----
Von: Obergerichtsvollzieher K. Weiland <gv.weiland@example.org>
An: m.ali.karatas@example.net
Datum: 06.05.2025 14:12
Betreff: Räumungsmitteilung – Termin 14.05.2025

Sehr geehrter Herr Karataş,

in der Zwangsvollstreckungssache Heinen ./. Karataş teile ich Ihnen mit, dass die Räumung der von Ihnen bewohnten Wohnung in 51469 Bergisch Gladbach am Mittwoch, 14.05.2025, um 08:00 Uhr durchgeführt wird.

Bitte sorgen Sie dafür, dass die Wohnung bis zu diesem Zeitpunkt geräumt ist. Zurückgelassene Gegenstände werden auf Ihre Kosten eingelagert.

Hochachtungsvoll
Weiland
Obergerichtsvollzieher""", date="2025-05-07 19:48"),

T("tr", 0, "forward", "Emine Öztekin <emine.oztekin34@example.com>", "bu ev olur mu?",
"""Merhaba Frau Schmitz,

komşum bu ilanı WhatsApp'tan gönderdi, aşağıya kopyaladım. Bize uyar mı? 4 kişiyiz, ben, eşim ve iki kızım. Jobcenter bu kirayı öder mi bilmiyorum. Ev sahibi cumaya kadar cevap bekliyormuş ama acelesi yokmuş, başka biri çıkarsa ona verecekmiş.

---
🏠 3-Zimmer-Wohnung in BGL-Gronau
77 m², 1. OG, Balkon, Keller
Kaltmiete 790 € + NK 230 €
ab 01.12. frei
Keine Haustiere, Nichtraucher
Kontakt nur per WhatsApp: 0151 2288 0043
---

Teşekkürler
Emine"""),

T("tr", 0, "broken", "Ahmad Noori <ahmadnoori.af@example.net>", None,
"""merhaba 3 kisiyiz 2 oda yeter mi jobcenter izin veriyomu bide WBS kac kisilik alicam bilmiyorum tesekkurler"""),

T("tr", 0, "reply", "Hüsnü Çiftçi <husnu.ciftci@example.org>", "Ynt: AW: Fehlende Unterlagen WBS-Antrag",
"""İyi günler,

istediğiniz WBS taramasını ekte gönderiyorum. Yalnız oturum kartım (Aufenthaltstitel) hâlâ hazır değil, Ausländerbehörde'de randevum 3 Aralık'ta. Elimde eski kartın fotokopisi var, onu da ekledim. Bu şimdilik yeterli olur mu?

Saygılar
Hüsnü Çiftçi

Integration Wohnen <integration-wohnen@stadt-gl.de> şunları yazdı (20 Kas 2025 Per 11:02):
> Sehr geehrter Herr Çiftçi,
>
> für die weitere Bearbeitung fehlen uns noch eine Kopie Ihres Wohnberechtigungsscheins sowie Ihres gültigen Aufenthaltstitels.
>
> Mit freundlichen Grüßen
> Integration Wohnen""", attach=["WBS_scan.jpg", "Aufenthaltstitel_alt.jpg"], date="2025-11-21 08:40"),

T("tr", 0, "on_behalf", "Murtaza Rezaei <murtaza.rezaei@example.com>", "Annem için başvuru – Bayan Zahra Rezaei",
"""Merhaba,

ben Murtaza, 19 yaşındayım. Annem Zahra Rezaei adına yazıyorum. Afganistanlıyız ama 8 yıl Türkiye'de (Kayseri'de) yaşadık, o yüzden Türkçe yazmak benim için Almancadan daha kolay. Annem Farsça konuşuyor, Almancası çok az.

Annem ve küçük kardeşim (11 yaşında) Herkenrath'taki Unterkunft'ta kalıyor. Ben Ausbildung için Köln'de bir WG'ye taşındım. Annem de artık kendi evine çıkmak istiyor, 2 odalı küçük bir ev yeter. Jobcenter'den destek alıyor.

Annemi Wohnworkshop'a kaydedebilir misiniz? Farsça tercüman var mı? Yoksa ben gelip çeviri yapabilirim ama sadece cumartesi ya da akşamları boşum.

Teşekkür ederim
Murtaza Rezaei"""),

T("tr", 0, "hard_case", "Dr. Kemal Aras <k.aras@example.net>", "Programınıza katılım koşulları hakkında",
"""Sayın Yetkili,

2023 yılından beri Almanya'da bulunmaktayım. Türkiye'de bir devlet üniversitesinde öğretim üyesiyken ihraç edildim; burada iltica başvurum kabul edildi. Eşim ve oğlumla birlikte halen Paffrath'taki bir belediye konaklama tesisinde (Unterkunft) yaşıyoruz.

Köln'de yarı zamanlı bir araştırma projesinde çalışmaya başladım; gelirim kirayı tam karşılamıyor, aradaki farkı Jobcenter tamamlayacak.

Programınızın işleyişine dair bilgi edinmek istiyorum: Katılım için belirli bir başvuru formu var mı? Danışmanlık görüşmeleri hangi dillerde yapılıyor? Wohnworkshop'a katılım bir ön koşul mu?

Saygılarımla,
Dr. Kemal Aras""", charset="iso-8859-9", enc="8bit"),

T("tr", 0, "oneliner", "Berivan <berivan.ctn@example.com>", "Türkçe workshop",
"""Türkçe workshop var mı? Almanca çok anlamıyorum"""),

# ---------------- tr landlord_offer ----------------
L("tr", 0, "mixed_language", "Can Özkaya <can.oezkaya@example.com>", "Wohnung von meinem Vater in Paffrath / babamın dairesi",
"""Hallo zusammen,

ich schreibe im Namen meines Vaters, Herrn Ramazan Özkaya. Babam Almanca yazamıyor, o yüzden Türkçe devam ediyorum ki o da okuyabilsin:

Babamın Paffrath'ta 3 daireli bir evi var. Zemin kattaki daire (2,5 oda, 64 m², küçük bahçe) Ocak'tan itibaren boş olacak. Kira 610 € kalt, yan giderler yaklaşık 190 €.

Babam şimdiye kadar hep tanıdıklara kiraya verdi, bu sefer sizin programınız üzerinden bir aileye vermek istiyor. Tek şartı var: Hausordnung'a dikkat edilsin, çünkü üst katlarda yaşlı kiracılar oturuyor.

Süreç nasıl işliyor, kiracıyla önceden tanışabiliyor muyuz? Babamla bir görüşme ayarlarsak ben de tercüman olarak gelirim.

Viele Grüße / selamlar
Can Özkaya
0176 4438 2201"""),

L("tr", 0, "formal", "Yıldırım Immobilien | Sevda Yıldırım <info@yildirim-immobilien.example.com>",
"Kiralık iki daire – Refrath ve Stadtmitte (kiracıdan komisyon yok)",
"""Sayın İlgili,

Bergisch Gladbach ve Köln-Ost bölgesinde faaliyet gösteren emlak ofisimiz adına yazıyorum. Portföyümüzde bulunan ve mal sahiplerinin programınız kapsamındaki kiracılara açık olduğunu bildirdiği iki daireyi dikkatinize sunarız:

1. Refrath – 2 oda, 55 m², 2. kat, asansörlü; soğuk kira 540 €, yan gider 175 €; 01.02. itibarıyla boş.
2. Stadtmitte – 4 oda, 96 m², 1. kat; soğuk kira 935 €, yan gider 290 €; hemen taşınılabilir. Kalabalık aileler için uygundur.

Kiracıdan komisyon (Provision) alınmamaktadır. Depozito üç aylık soğuk kiradır; Jobcenter tarafından ödenmesi mal sahiplerince kabul edilmektedir.

Görüntüleme randevuları için ofisimizle iletişime geçebilirsiniz. Exposé'ler ektedir.

Saygılarımızla,
Sevda Yıldırım
Yıldırım Immobilien e.K.
Tel. 02202 7710 350""", attach=["Expose_Refrath.pdf", "Expose_Stadtmitte.pdf"], charset="windows-1254"),

L("tr", 0, "hard_case", "Nihat Erkan <nihat.erkan@example.org>", "Karar vermeden önce birkaç soru",
"""Merhaba,

Bensberg'de bir dairem var ama sizin programa verip vermeyeceğime henüz karar vermedim. Açık konuşayım: çevremde kötü tecrübe yaşayan ev sahipleri duydum, o yüzden önce bazı şeyleri bilmek istiyorum.

- Kira ödenmezse şehir bir garanti veriyor mu, yoksa tek güvence Jobcenter'in ödemesi mi?
- Mietausfallversicherung gibi bir sigortayı şehir üstleniyor mu?
- Sözleşmeden önce kiracıyla tanışma imkânım olur mu? Birkaç aday arasından seçebilir miyim?
- Bir sorun çıkarsa sizde muhatap kim, ne kadar süre ilgileniyorsunuz (sadece taşınana kadar mı, sonra da mı)?

Cevaplarınıza göre daire hakkında detay gönderirim.

İyi çalışmalar
Nihat Erkan"""),

L("tr", 0, "clean", "Gülsüm Karadağ <gulsum.karadag@example.net>", "Kiracı hakkında şikayet – komşular rahatsız",
"""Merhaba Frau Schmitz,

sizin aracılığınızla Mart'ta Schildgen'deki daireme yerleşen ailenin (Bay ve Bayan Y.) kirası düzenli geliyor, bu konuda memnunum. Ama iki konuda sorun var ve komşulardan her hafta şikayet alıyorum:

1. Aile avluya (Hof) plakasız eski bir araba park etti, iki aydır orada duruyor. Hof ortak alan, park yeri değil.
2. Çöpler ayrılmıyor; Biomüll kovasına plastik poşetler atılıyor. Geçen ay çöp şirketi kovayı boşaltmadı, üstüne uyarı yapıştırdı.

Aileyle konuştum ama dil sorunu var, ne kadar anladılar emin değilim. Bir tercümanla birlikte kısa bir görüşme ayarlayabilir miyiz? Sözleşmeyi feshetmek gibi bir niyetim yok, sadece düzen sağlansın istiyorum.

Saygılar
Gülsüm Karadağ"""),

L("tr", 0, "reply", "Tarık Bilgin <tarik.bilgin@example.com>", "Ynt: Besichtigungstermin Familie Khalil – Wohnung Moitzfeld",
"""Merhaba,
cumartesi olur ama saat 11 yerine 14'te gelsinler, sabah başka işim çıktı. Adres aynı, zilde 'Bilgin' yazıyor, 2. kat. Tercüman gelirse daha iyi olur, ben Almanca ve Türkçe konuşuyorum ama aile sanırım Arapça konuşuyor.
Tarık Bilgin
0163 3310 9902

-----Original Message-----
From: Integration Wohnen <integration-wohnen@stadt-gl.de>
Sent: Tuesday, 7 October 2025 10:41
To: tarik.bilgin@example.com
Subject: Besichtigungstermin Familie Khalil – Wohnung Moitzfeld

Sehr geehrter Herr Bilgin,

Familie Khalil würde die Wohnung gern am Samstag, 11.10., um 11:00 Uhr besichtigen. Bitte teilen Sie uns mit, ob der Termin passt.

Mit freundlichen Grüßen
Integration Wohnen""", date="2025-10-08 07:12"),

L("tr", 0, "phone", "Hüseyin Tekeli <huseyintekeli1961@example.net>", "Ev",
"""Merhaba ben Hüseyin Tekeli Bensberg de evim var iki oda mutfak banyo balkon virgül ikinci kat nokta Kira 480 artı yan gider 150 nokta mülteci aileye verebilirim ama çok çocuk olmasın çünkü alt katta yaşlı bir hanım oturuyor nokta Beni arayın akşam 6'dan sonra sıfır bir yedi beş dört dört üç iki bir sekiz dokuz

iPhone'umdan gönderildi"""),

L("tr", 0, "formal", "Hand Mevlana Camii Derneği e.V. <yonetim@mevlana-hand.example.org>", "Dernek binamızdaki boş daire hakkında",
"""Esselamü aleyküm, Sayın Yetkililer,

Derneğimizin Hand'daki binasının üst katında, daha önce imamımızın ailesiyle birlikte oturduğu 3 odalı bir daire bulunmaktadır. İmam efendi Eylül ayında Türkiye'ye döndüğü için daire boşalmıştır; yeni imamımız kendi evinde oturacaktır.

Yönetim kurulumuz daireyi ihtiyaç sahibi bir aileye kiraya verme kararı almıştır. Kiracının dini veya milliyeti bizim için önemli değildir. Kira bedelini Jobcenter'in kabul ettiği sınırlar içinde tutmayı düşünüyoruz.

Bilinmesi gereken bir husus: Cuma günleri ve bayramlarda binada kalabalık olmakta, otopark sınırlı kalmaktadır.

Sözleşmenin dernek adına yapılması mümkün müdür, hangi belgeler gereklidir? Yönetim kurulu olarak sizi derneğimizde ağırlamaktan memnuniyet duyarız.

Saygılarımızla
Abdullah Sarıkaya
Yönetim Kurulu Başkanı"""),

L("tr", 0, "oneliner", "Ferhat Kocaman <ferhat.kocaman@example.com>", "Mietangebot Bay Nazari",
"""Merhaba, Bay Nazari için Mietangebot'u doldurdum, ekte. Jobcenter'e siz mi gönderiyorsunuz yoksa kendisi mi götürecek?""",
attach=["Mietangebot.pdf"]),

L("tr", 0, "html_only", "Deniz Akgül <deniz.akguel@example.net>", "1+1 daire, S-Bahn'a 5 dk 🚆",
"""Selam 👋

Bergisch Gladbach merkezde (S-Bahn istasyonuna yürüyerek 5 dk) 1 odalı, 34 m² küçük ama çok derli toplu bir dairem var. Geçen yıl baştan yeniledim: yeni mutfak, laminat, duşakabin. Münih'e taşındığım için kiraya vermek istiyorum.

📍 Stadtmitte
📐 34 m², 3. kat (asansör yok)
💶 420 € soğuk + 110 € yan gider
📅 1 Mart'tan itibaren

Tek kişi veya çift için ideal. İşe giden ya da Ausbildung yapan biri olursa çok sevinirim ama Jobcenter de olur, sorun değil.

Nasıl ilerliyoruz? Çoğunlukla uzaktayım, görüntülü aramayla da tanışabiliriz.

Deniz""", html="only"),

L("tr", 0, "clean", "Selahattin Güven <s.guven@example.org>", "Kiralık ev – Türkçe bilen bir aile olursa iyi olur",
"""İyi günler,

Refrath'ta oturduğumuz Reihenhaus'un yanındaki küçük müstakil evi (eskiden annemle babam otururdu) kiraya vermek istiyoruz. 3 oda, 70 m², küçük bahçe, depo. Ev biraz eski: pencereler 90'lardan kalma, banyo küçük. Kira 650 € soğuk, ısınma doğalgaz, yan giderler kiracıya ait.

Bir ricamız var: mümkünse Türkçe bilen bir aile olsun, çünkü yan yana yaşayacağız ve eşim Almancayı iyi konuşmuyor, iletişim kolay olsun. Suriyeli, Iraklı, Afgan fark etmez; Türkiye'de yaşamış, Türkçe konuşan çok aile var biliyorum.

Bu mümkün mü, yoksa böyle bir tercih yapmamız doğru olmaz mı? Açıkçası bilmiyoruz, danışmak istedik.

Selahattin Güven"""),
]
