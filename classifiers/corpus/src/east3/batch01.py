"""east3 batch 01: Turkish landlords: short follow-ups after a first contact (viewing times, contract, keys,
Jobcenter approval, late rent, noise, deposit guarantee) and a few new offers."""
from mailwriter import L

MAILS = [
L("tr", 0, "reply", "Nurettin Bayraktar <n.bayraktar@example.net>", "Ynt: Besichtigung Wohnung Hebborn – Familie Sultani",
"""Cumartesi saat 11 bana uyar. Aileye söyler misiniz, zili "Bayraktar / EG" yazan. Çocukları da getirebilirler, sorun değil.

N. Bayraktar

Integration Wohnen <integration-wohnen@stadt-gl.de> şunları yazdı (4 Mar 2026 Çar 09:41):
> Sehr geehrter Herr Bayraktar,
>
> vielen Dank für Ihr Angebot. Familie Sultani (Eltern, zwei Kinder) hätte großes Interesse an der Wohnung.
> Wäre eine Besichtigung am Samstag, 7.3., vormittags möglich?
>
> Mit freundlichen Grüßen
> Integration Wohnen""", headers={"In-Reply-To": "<a7f3c2.iw@stadt-gl.de>"}, date="2026-03-04 12:15"),

L("tr", 0, "phone", "Gülizar Tunç <gulizar.tunc61@example.com>", "persembe",
"""merhabalar persembe gunu olmuyor annem hastaneye yatti Leverkusen e gitmem lazim. pazartesi aksam 17.30 olur mu ailenin isi varsa sali de olur. daireyi kimseye vermedim merak etmesinler
Gülizar Tunç

iPhone'umdan gönderildi"""),

L("tr", 0, "clean", "Kadir Erçetin <kadir.ercetin@example.org>", "Mietvertrag Herr Rahmani – imzalı",
"""Merhaba Bayan Wirtz,

Bay Rahmani ile dün akşam sözleşmeyi imzaladık, imzalı nüshanın taramasını ekte gönderiyorum. Asıl nüshayı kendisine verdim.

Kaution'u Jobcenter ödeyecek diye konuştuk, onay yazısı gelince bana da bir kopya iletirseniz sevinirim.

Selamlar
Kadir Erçetin""", attach=["Mietvertrag_Rahmani_unterschrieben.pdf"]),

L("tr", 0, "mixed_language", "Selma Kırbaş-Hoffmann <selma.k.hoffmann@example.com>", "Schlüsselübergabe Freitag",
"""Merhaba,

kısaca: aile anahtarları cuma günü saat 15:00'te alabilir. Ben dairede olacağım, Übergabeprotokoll'ü birlikte yaparız, Zählerstände'yi de o zaman yazarız (Strom ve Gas). Kellerschlüssel ve Briefkastenschlüssel de hazır.

Biri Almanca ya da Türkçe bilen gelirse iyi olur, çünkü protokolde her şeyi açıklamak istiyorum. Olmazsa sorun değil, bir çözüm buluruz.

Schöne Grüße / selamlar
Selma Kırbaş-Hoffmann
0172 6604 218"""),

L("tr", 0, "broken", "Yakup Şenol <yakupsenol@example.net>", "Jobcenter onay ?",
"""Iyi gunler

2 hafta oldu jobcenter dan kagit geldi mi? Bay Haidari her gun ariyor bana ama ben de bilmiyorum. Ben daireyi bosta tutuyorum Mart ayi kirasi gitti zaten. Baska 2 kisi daha istiyor daireyi, ama ben bu aileye soz verdim.
Bu hafta cevap verirseniz iyi olur

Yakup Şenol
Paffrather Str."""),

L("tr", 0, "clean", "Aysel Karataş <aysel.karatas@example.org>", "Kira bu ay da geç geldi",
"""Merhaba,

geçen yıl sizin aracılığınızla Moitzfeld'deki dairemi Bay ve Bayan Osmani'ye kiraladım. Şimdiye kadar her şey yolundaydı, aile temiz ve sessiz, bundan şikâyetim yok.

Ama ikinci aydır kira hesabıma ayın 15'inden sonra geçiyor. Ocak'ta 19'unda, şubatta 22'sinde geldi. Sözleşmede 3. iş gününe kadar yazıyor. Benim de bankaya kredi taksitim var, bu gecikmeler beni zor durumda bırakıyor.

Bay Osmani'ye sordum, "Jobcenter geç yatırıyor" diyor. Doğru mu bilmiyorum. Kiranın doğrudan bana ödenmesi (Direktzahlung an den Vermieter) mümkün mü? Bunu kim ayarlıyor, siz mi yoksa aile mi Jobcenter'a başvurmalı?

Cevabınız için şimdiden teşekkür ederim.
Aysel Karataş"""),

L("tr", 0, "clean", "Metin Aksu <metin.aksu@eigentuemer.example.com>", "Kiracı aile hakkında – komşulardan şikâyet",
"""İyi akşamlar,

Schildgen'deki Eigentumswohnung'uma geçen sonbaharda sizin programınızdan bir aile yerleşti. Bugün Hausverwaltung'dan ikinci yazılı uyarı geldi: akşam 22'den sonra çocuklar koridorda top oynuyormuş, bir de balkonda mangal yapılmış. Alt kattaki yaşlı bayan yönetime şikâyet etmiş.

Aileye kızgın değilim, çocuklar çocuk. Ama üçüncü uyarıdan sonra yönetim bana Abmahnung göndermemi söylüyor, bunu yapmak istemiyorum. Siz aileyle bir konuşabilir misiniz? Belki Hausordnung'u kendi dillerinde anlatırsanız daha iyi anlarlar. Ben anlatmaya çalıştım ama Almancaları pek iyi değil, Türkçe de bilmiyorlar.

Hausverwaltung'un mektubunu isterseniz iletebilirim.

Metin Aksu"""),

L("tr", 0, "formal", "Av. Hülya Gezer <hulya.gezer@example.com>", "Kaution teminatı – Refrath'taki daire (sözleşme Kasım 2024)",
"""Sayın ilgili,

annem Nuran Gezer adına yazıyorum; dairesini Kasım 2024'te programınız aracılığıyla Bay Tesfay Gebremariam'a kiralamıştı. Bay Gebremariam 31 Mayıs itibarıyla başka şehre taşınmak üzere sözleşmeyi feshetti.

Ön incelemede banyoda ve mutfak tezgâhında hasarlar tespit ettik (tahmini onarım bedeli 1.400–1.800 €). Kaution olarak yatırılan üç aylık kira Jobcenter kredisiyle karşılanmıştı. Sözleşmenin imzası sırasında tarafımıza sözlü olarak, programın hasarlar için ayrıca bir güvence sağladığı ifade edilmişti.

Bu nedenle şu hususlarda bilgi rica ediyorum:
1. Bu güvence kiracının taşınmasından sonra da geçerli midir?
2. Başvuru için hangi belgeler (Übergabeprotokoll, fotoğraflar, teklif) gereklidir ve bir süre sınırı var mıdır?
3. Kaution'un iadesi Jobcenter'a mı yoksa kiracıya mı yapılmalıdır?

Saygılarımla
Av. Hülya Gezer
(annem Nuran Gezer adına)""", charset="windows-1254", enc="quoted-printable"),

L("tr", 0, "oneliner", "Ramazan Uçar <ramazan.ucar@example.net>", "fotolar",
"""Söz verdiğim gibi fotoğraflar ekte. Mutfak yeni yapıldı.
Ramazan""", attach=["IMG_20250912_101533.jpg", "IMG_20250912_101602.jpg", "IMG_20250912_101648.jpg"]),

L("tr", 0, "phone", "Sabri Oral <sabri.oral@example.org>", "Ynt: Wohnung Gronau",
"""Merhaba dün aile daireye baktı begendiler mi? Haber bekliyorum. Baska birine söz vermeden önce sizden cevap almak istiyorum. Pazartesiye kadar bilirsem iyi olur
Sabri

Samsung Galaxy akıllı telefonumdan gönderildi"""),

L("tr", 0, "html_only", "Aksoy & Partner Immobilien <vermietung@aksoy-immo.example.com>", "Schildgen: 3+1 daire, 01.06. itibarıyla boş – sosyal kiracı uygun",
"""Sayın Integration Wohnen ekibi,

portföyümüzde bulunan ve mal sahibinin özellikle "sosyal bir projeye" kiralamak istediği bir daireyi size sunmak istiyoruz:

• Bergisch Gladbach-Schildgen, Altenberger-Dom-Straße yakını
• 3 oda + mutfak, 82 m², 2. kat (asansör yok)
• Balkon, kiler, bisiklet odası
• Kaltmiete: 715 €, Nebenkosten: 210 €, Heizkosten: 95 €
• Boş: 01.06. itibarıyla
• Tadilat: 2024'te banyo yenilendi, laminat zemin

Mal sahibi için Jobcenter ödemesi sorun değil; ancak kiranın doğrudan kendisine ödenmesini istiyor. Kiracıdan komisyon (Provision) alınmayacaktır.

Uygun bir aile varsa, Besichtigung için bizi arayabilirsiniz.

Saygılarımızla
Derya Aksoy
Aksoy & Partner Immobilien
Tel. 02202 9930 41""", html="only"),

L("tr", 0, "clean", "Mustafa ve Hatice Önal <onal.family@example.net>", "Türkiye'ye dönüyoruz – dairemizi 3 yıllığına kiralamak istiyoruz",
"""Merhaba,

ben Mustafa Önal, 1978'den beri Almanya'dayım, 41 yıl Bergisch Gladbach'ta fabrikada çalıştım. Eşimle emekli olduk ve önümüzdeki ay Türkiye'ye, Kayseri'ye dönüyoruz. Refrath'taki dairemizi satmak istemiyoruz, belki torunlar ileride oturur.

Oğlumuz dedi ki belediye mülteci ailelere ev arıyormuş. Biz de vaktiyle buraya geldiğimizde kimse bize ev vermek istemiyordu, o yüzden böyle bir aileye vermek isteriz.

Daire: 3 oda, 74 m², 1. kat, mutfak eşyaları ve bazı mobilyalar kalabilir. Kira ne kadar olmalı bilmiyorum, oğlum 650 € soğuk dedi, siz daha iyi bilirsiniz. 3 yıllık (befristet) sözleşme yapabilir miyiz? İşleri oğlumuz Serkan takip edecek, telefonu 0176 2840 1193.

Selam ve saygılar
Mustafa Önal"""),

L("tr", 0, "mixed_language", "Tolga Yeşilyurt <t.yesilyurt@bau.example.org>", "Dachgeschossausbau Bensberg – 2 kleine Wohnungen",
"""Merhaba,

ben Bensberg'de küçük bir inşaat firmam var (Trockenbau, Dachgeschossausbau). Kendi evimin çatı katını iki küçük daireye çevirdik, Bauabnahme Mart sonunda:

- Wohnung 1: 1 Zimmer, 34 m², Kochnische, Duschbad
- Wohnung 2: 2 Zimmer, 46 m², offene Küche, Dachfenster

İkisi de yeni, Fußbodenheizung var. Tek kişi ya da çift için uygun; çocuklu aile için biraz küçük.

Sorum şu: Jobcenter tek kişi için kaç euro ödüyor Bergisch Gladbach'ta (Angemessenheitsgrenze)? Kira fiyatını ona göre yapmak istiyorum, boş kalmasın. Kiranın direkt bana yatması da mümkün mü?

Baustelle'de olduğum için telefonla daha kolay ulaşırsınız: 0157 7721 0094

Grüße
Tolga Yeşilyurt""", charset="iso-8859-9", enc="8bit"),

L("tr", 0, "oneliner", "Hamza <hamza.kilicarslan@example.com>", "Paffrath 2 oda boş",
"""Paffrath'ta 2 oda boş 1 Nisan'dan itibaren, 620 sıcak. Aile olursa ara beni 0171 5532 870"""),
]
