"""east3 batch 02: Turkish tenant requests (own case, on behalf, forwards, short replies; three urgent)."""
from mailwriter import T

MAILS = [
T("tr", 1, "phone", "Cemal Aydınlı <cemalaydinli@example.com>", "su basti ev sahibi cikin diyor",
"""iyi aksamlar. dun gece ust kattaki boru patladi bizim ev komple su oldu tavan coktu mutfakta. ev sahibi bugun geldi bakti dedi ki ev oturulacak halde degil persembeye kadar cikmaniz lazim Versicherung gelecek insaat baslicak. nereye gidecegiz bilmiyoruz 4 cocuk var en kucugu 2 yasinda. simdi komsuda kaliyoruz ama onlarin evi de kucuk. ev sahibi baska ev vermiyor, hotel parasini Versicherung oder mi onu da bilmiyoruz
lutfen yardim edin yarin sabah gelebilirim
Cemal Aydınlı 0152 1180 4476""", date="2025-12-08 21:37"),

T("tr", 1, "on_behalf", "Baran Yıldız <baran.yildiz.2008@example.net>", "Annem için yazıyorum – Gerichtsvollzieher 12 Mart",
"""Merhaba,

ben Baran, 17 yaşındayım. Annem Almanca okuyamadığı için ben yazıyorum. Annem Gülistan Yıldız, ben ve kız kardeşim (11) Gronau'da oturuyoruz.

Bugün postadan bir mektup çıktı, Gerichtsvollzieher'den. Okul'da öğretmenime gösterdim, o dedi ki 12 Mart'ta sabah 9'da evden çıkarılacağız (Räumung). Yani 6 gün sonra. Annem geçen yıl hastaydı ve bazı kiraları ödeyemedi, sonra mahkemeden mektuplar geldi ama anlamadık, annem korkudan açmadı bile.

Annem sürekli ağlıyor. Başka gideceğimiz yer yok, dayım Türkiye'de. Annem her gün evde, telefonu 0176 3391 0827 (sadece Türkçe ve Kürtçe konuşuyor). Ben okuldan sonra 14:00'ten sonra telefona bakabilirim.

Mektubun fotoğrafını ekledim.

Teşekkürler
Baran Yıldız""", attach=["Brief_Gerichtsvollzieher.jpg"], date="2026-03-06 16:12"),

T("tr", 1, "clean", "Hatice Kuşçu <hatice.kuscu@example.org>", "Unterkunft Hand kapanıyor – cumartesi Overath'a gitmemiz söylendi",
"""Merhaba,

Hand'daki Unterkunft'ta kalıyoruz (ben, eşim, 3 çocuk). Dün akşam Hausmeister kapıya bir kâğıt astı: bina kapanıyormuş, cumartesi sabahı (yani 3 gün sonra) otobüsle hepimizi Overath'taki bir Sammelunterkunft'a götüreceklermiş.

Çocuklarım burada okula ve Kita'ya gidiyor, büyük oğlum Abschlussklasse'de, sınavları var. Overath'tan her gün okula gelmek mümkün değil. Ayrıca eşim Refrath'ta bir fırında çalışıyor, sabah 4'te işe başlıyor.

Biz zaten 8 aydır sizin programınızdayız, Wohnworkshop'u bitirdik, WBS de var. Bu kadar kısa sürede bir daire bulmak imkânsız biliyorum, ama Bergisch Gladbach içinde başka bir Unterkunft'a geçmemiz ya da bir geçici çözüm mümkün mü? Kime başvurmamız lazım? Sozialamt'a gittim, "karar verildi" dediler.

Lütfen en kısa zamanda dönüş yapın.
Hatice Kuşçu
0157 4450 2981""", date="2025-09-17 08:05"),

T("tr", 0, "clean", "Ferit Alkan <ferit.alkan@example.net>", "Mietangebot ay sonuna kadar",
"""İyi günler,

Jobcenter'daki danışmanım bana ay sonuna kadar bir Mietangebot getirmem gerektiğini söyledi, yoksa "Unterkunftskosten konusunu yeniden değerlendireceklermiş". Tam ne demek istediğini anlamadım. Bu bir ceza mı, yoksa sadece ev aramaya devam ettiğimi mi göstermem lazım?

Şu ana kadar 23 yere yazdım, 2 Besichtigung oldu, ikisinden de ret geldi. Listesini tutuyorum, isterseniz gösterebilirim.

Bir randevu alabilir miyim? Salı ve perşembe öğleden sonra müsaitim.

Saygılar
Ferit Alkan"""),

T("tr", 0, "reply", "Şükran Demirel <sukran.demirel@example.com>", "Ynt: Einladung Beratungsgespräch 22.10., 10:00 Uhr",
"""Merhaba, gelirim ama eşim o saatte işte. Tek gelsem olur mu? Kimlikleri ikimizin de getiririm.
Şükran

> Sehr geehrte Frau Demirel, sehr geehrter Herr Demirel,
> wir laden Sie zu einem Beratungsgespräch am 22.10. um 10:00 Uhr ein.
> Bitte bringen Sie Ihre Ausweise und den aktuellen Jobcenter-Bescheid mit.""", headers={"In-Reply-To": "<e41b9d.iw@stadt-gl.de>"}),

T("tr", 0, "forward", "Yusuf Kenan Balcı <yk.balci@example.org>", "İlt: Ihre Anfrage zur Wohnung Bensberg – Provision + Abstand",
"""Merhaba,

bu ilanı ImmoScout'ta buldum, aşağıda emlakçının cevabı var. Daire bize çok uygun (3 oda, okul yakın), ama 2 aylık Provision ve mutfak için 3.500 € Abstand istiyorlar. Bu normal mi? Jobcenter bunları öder mi? Ödemezse biz bu parayı nereden bulacağız.

Bir de "Selbstauskunft" formu gönderdiler, onu doldurmama yardım edebilir misiniz?

Yusuf Kenan Balcı

-------- İletilen Mesaj --------
Konu: Ihre Anfrage zur Wohnung Bensberg
Tarih: Mon, 14 Apr 2025 16:22:10 +0200
Kimden: Vermietungsteam Rheinblick Immobilien <anfragen@rheinblick-immo.example.com>
Kime: yk.balci@example.org

Sehr geehrter Herr Balcı,

vielen Dank für Ihre Anfrage. Die 3-Zimmer-Wohnung (79 m², Kaltmiete 830 €) ist noch verfügbar. Bitte beachten Sie: Es fällt eine Maklerprovision von 2 Nettokaltmieten zzgl. MwSt. an. Die Einbauküche des Vormieters wird gegen eine Ablöse von 3.500 € übernommen.

Für einen Besichtigungstermin senden Sie uns bitte die ausgefüllte Selbstauskunft (Anhang) sowie Einkommensnachweise.

Mit freundlichen Grüßen
Ihr Vermietungsteam""", attach=["Selbstauskunft_Rheinblick.pdf"]),

T("tr", 0, "hard_case", "Hüseyin Kaplan <huseyin.kaplan.gl@example.com>", "Ahıska Türkü aile için yardım – Mamedov ailesi",
"""Selamünaleyküm,

ben Hand'daki camide gönüllü olarak yardım ediyorum. Cemaatimize Ukrayna'dan gelmiş bir Ahıska Türkü aile katılıyor: Bay Rustam Mamedov, eşi Zarifa ve üç çocukları. 2022'den beri Paffrath'taki Unterkunft'ta kalıyorlar. Türkçeleri bizim Türkçeye benzemiyor biraz, Rusça da konuşuyorlar, Almancaları zayıf.

Bay Mamedov bir nakliye firmasında çalışmaya başladı (Vollzeit, Probezeit bitti). Jobcenter'dan artık sadece biraz ek ödeme alıyorlar. Ev arıyorlar ama ilanlara yazdıkları hiçbir mesaja cevap gelmiyor.

Ailenin rızası ile yazıyorum, bu mail'i Rustam Bey'e de okudum. Aileyi programınıza alabilir misiniz? Ben gerekirse randevuya da gelir, tercümanlık yaparım.

Rustam Bey: 0163 8820 5512
Ben: 0171 4039 2270

Hayırlı günler
Hüseyin Kaplan"""),

T("tr", 0, "mixed_language", "Emre Başaran <emre.basaran94@example.net>", "WBS für 1 Person – nişanlım geliyor",
"""Hallo,

ich habe letztes Jahr WBS bekommen, für 1 Person. Şimdi nişanlım Türkiye'den geliyor, Familienzusammenführung, Visum ist fast fertig, Konsulat sagt vielleicht Mai. Benim şimdiki Zimmer in der Unterkunft ist nur 12 m², zu zweit olmaz.

Fragen:
1) Muss ich neue WBS beantragen für 2 Personen oder kann man ändern?
2) Ausländerbehörde istiyor ki "ausreichender Wohnraum" olsun, vorher. Ama o gelmeden 2 kişilik ev nasıl bulacağım, Jobcenter sagt erst wenn sie da ist. Tavuk mu yumurta mı 🙂
3) Hilft ihr auch mit so einem Fall?

Danke / teşekkürler
Emre"""),

T("tr", 0, "clean", "Leyla Cömert <leyla.comert@example.com>", "Wohnworkshop'a eşim benim yerime gelebilir mi?",
"""Merhabalar,

Nisan'daki Wohnworkshop'a ikimizi de kaydetmiştiniz. Ben yeni bir işe başladım (gece vardiyası, Pflegeheim), gündüz uyumam gerekiyor. Sadece eşim Nihat gelse, sertifika ikimiz için geçerli olur mu? Yoksa benim de ayrıca katılmam mı lazım?

Teşekkürler
Leyla Cömert"""),

T("tr", 0, "html_only", "Zelal Tekin <zelal.tekin@example.org>", "Mietschuldenfreiheitsbescheinigung – Heim'da kaldığım için yok",
"""Merhaba Bay Offermann,

geçen hafta Bensberg'de bir dairenin Besichtigung'una gittim, ev sahibi beni beğendi sanırım. Ama benden "Mietschuldenfreiheitsbescheinigung" istiyor, yani önceki ev sahibinden kira borcu olmadığına dair bir kâğıt.

Ben 2023'ten beri Unterkunft'ta kalıyorum, daha önce Almanya'da hiç ev kiralamadım. Önceki ev sahibim yok ki! Bunun yerine ne verebilirim? Unterkunft'un yönetiminden bir yazı alabilir miyim, siz yardımcı olur musunuz?

Ev sahibi cuma gününe kadar evrakları bekliyor.

Çok teşekkürler
Zelal Tekin
Unterkunft Bensberg, Zimmer 14""", html="only"),
]
