# Turkish
from mailwriter import T, L, I, A, S

MAILS = [
# ---------------------------------------------------------------- tenants
T("tr", 0, "clean", "Mehmet Aydın <mehmet.aydin.gl@example.com>", "Konut arayışında destek talebi",
"""Sayın yetkililer,

Adım Mehmet Aydın. 2016 sonrasında öğretmenlikten ihraç edildim ve 2022 yılında ailemle birlikte Almanya'ya sığındım. İltica başvurumuz kabul edildi, şu anda eşim ve iki çocuğumla (8 ve 12 yaşında) Bergisch Gladbach'taki toplu konaklama yerinde kalıyoruz.

Eşim hemşire olarak denklik sürecinde, ben ise bir lojistik firmasında çalışmaya başladım. Bir yıldır ev arıyoruz ama hiçbir ilana olumlu dönüş alamadık.

Programınıza katılmak için ne yapmamız gerekiyor? Gerekli belgeleri hemen gönderebiliriz.

Saygılarımla,
Mehmet Aydın
""", charset="iso-8859-9"),

T("tr", 1, "broken", "Zeynep Demir <zeynep.demir.83@example.net>", "ACIL - cuma gunu cikmamiz lazim",
"""merhaba

bugun yurttan mektup geldi cuma gunune kadar odayi bosaltmamiz gerekiyormus cunku baska sehre transfer olmusuz ama biz burada calisiyoruz cocuklar burada okula gidiyor. transfer yerine gidemeyiz, eve de yok. 5 kisiyiz.

lutfen bize yardim edin cuma cok yakin
Zeynep
0176 88201347
"""),

T("tr", 0, "phone", "Hasan K <hasank.1979@example.org>", "ev",
"""merhaba ev ariyorum 3 kisiyiz yardim edin lutfen

iPhone'umdan gönderildi
"""),

T("tr", 0, "clean", "Ahmad Alhamad <ahmad.alhamad.tr@example.com>", "Ev arıyorum",
"""Merhaba,

Ben Suriyeliyim, Almanya'ya gelmeden önce 7 yıl Türkiye'de yaşadım, bu yüzden Türkçe yazıyorum. Almancam henüz iyi değil.

Eşim ve üç çocuğumla kampta kalıyoruz. 3 veya 4 odalı bir ev arıyoruz. Jobcenter kirayı ödeyecek. Bize yardımcı olabilir misiniz?

Teşekkürler
Ahmad Alhamad
"""),

T("tr", 0, "reply", "Elif Yıldız <elif.yildiz@example.net>", "Ynt: Başvurunuz GL-2025-000905 – eksik belgeler",
"""Merhaba Bayan Kowalski,

Jobcenter kararını ve kimlik fotokopisini ekte gönderiyorum. Yurttan alacağım belgeyi pazartesi getiririm.

Saygılarımla
Elif Yıldız

-----Özgün İleti-----
Kimden: Integration Wohnen <integration-wohnen@stadt-gl.de>
Tarih: 10.11.2025 13:05
Konu: Başvurunuz GL-2025-000905 – eksik belgeler

Sayın Yıldız, başvurunuzun tamamlanması için Jobcenter kararı, kimlik belgesi ve konaklama yerinden bir belge gerekmektedir.
Integration Wohnen
""", date="2025-11-12 17:44", attach=["Jobcenter_Bescheid_Yildiz.pdf", "Kimlik_Yildiz.jpg"],
headers={"In-Reply-To": "<91aa07.20251110130501@stadt-gl.de>", "References": "<91aa07.20251110130501@stadt-gl.de>"}),

T("tr", 0, "on_behalf", "Serkan Polat <serkan.polat@example.org>", "Kuzenim için ev",
"""Merhaba,

Kuzenim Rojhat Polat ve eşi için yazıyorum. Bir yıldır Bergisch Gladbach'ta kampta kalıyorlar, eşi hamile, doğum mart ayında. Rojhat bir restoranda çalışıyor ama Almancası zayıf, o yüzden ben yazıyorum.

Onlar için bir ev bulmakta yardımcı olabilir misiniz? Gerekirse randevuya ben de gelip tercümanlık yapabilirim.

Serkan Polat
0152 66193024
"""),

T("tr", 0, "clean", "Fatma Kaya <fatma.kaya.gl@example.com>", "Konut kursu sertifikası",
"""Merhaba,

Mayıs ayında Wohnungsführerschein kursuna katıldım ama sertifikamı almadım. Ev sahibi sertifikayı görmek istiyor. Bana e-posta ile gönderebilir misiniz?

Teşekkür ederim
Fatma Kaya
"""),

T("tr", 0, "mixed_language", "Burak Şahin <burak.sahin@example.net>", "Zusicherung aldım, Mietvertrag?",
"""Merhaba,

Jobcenter'dan Zusicherung aldım, çok sevindim! Şimdi Mietvertrag'ı imzalayabilir miyim yoksa önce size mi göstermem lazım? Kaution için de Antrag yapmam gerekiyor mu? Vermieter yarın imza için bekliyor.

Teşekkürler
Burak
"""),

# ---------------------------------------------------------------- landlords
L("tr", 0, "clean", "Hüseyin Öztürk <huseyin.ozturk@example.com>", "Kiralık daire",
"""Merhaba,

Bergisch Gladbach Gronau'da 3 odalı, 72 m² bir dairem var, 1 Ağustos'tan itibaren boş olacak. Kampta kalan bir aileye kiralamak istiyorum. Soğuk kira 640 Euro, yan giderler yaklaşık 200 Euro.

Nasıl ilerlememiz gerekiyor? Kiracıyı siz mi öneriyorsunuz?

Saygılarımla
Hüseyin Öztürk
"""),

L("tr", 0, "phone", "Kemal Usta <kemal.usta.61@example.net>", "daire",
"""selam 2+1 daire bos refrathta kira 600 sicak aile olsun bekar istemiyorum arayin 0172 4419066
"""),

L("tr", 0, "hard_case", "Ayşe Korkmaz <ayse.korkmaz@example.org>", "Karar vermeden önce bir sorum var",
"""Merhaba,

Bensberg'deki dairemi programınız üzerinden kiralamayı düşünüyorum ama önce şunu öğrenmek istiyorum: Kira ödenmezse veya dairede hasar olursa belediye bir garanti veriyor mu? Jobcenter kirayı doğrudan bana öder mi?

Cevabınıza göre karar vereceğim.

Teşekkürler
Ayşe Korkmaz
"""),

L("tr", 0, "clean", "Murat Çelik <murat.celik@example.com>", "Kiracım Bay Haidari hakkında",
"""Merhaba Bay Demir,

Sizin aracılığınızla kiraladığım daireye geçen yıl taşınan Bay Haidari ile genel olarak memnunum. Ancak yan gider hesabından (Nebenkostenabrechnung) 420 Euro borç çıktı ve iki aydır ödenmedi. Kendisi Jobcenter'a başvurduğunu söylüyor.

Bu konuda bilginiz var mı, yardımcı olabilir misiniz?

Selamlar
Murat Çelik
"""),

L("tr", 0, "formal", "Yılmaz Immobilien <info@yilmaz-immobilien.example.net>", "Programınız için boş dairelerimiz",
"""Sayın ilgililer,

Firmamız Bergisch Gladbach ve çevresinde 40'tan fazla konutu yönetmektedir. Önümüzdeki iki ay içinde programınıza uygun olabilecek üç daire boşalacak:

- Paffrath, 2 oda, 50 m², soğuk kira 460 €
- Gronau, 3 oda, 69 m², soğuk kira 615 €
- Bensberg, 4 oda, 90 m², soğuk kira 790 €

Uygun aileleri bize yönlendirebilirseniz seviniriz.

Saygılarımızla
Cem Yılmaz
Yılmaz Immobilien GmbH – Geschäftsführer

Bu e-posta ve ekleri gizlidir. Yanlışlıkla aldıysanız lütfen göndereni bilgilendirip siliniz.
""", attach=["Daireler_Liste.pdf"]),

L("tr", 0, "on_behalf", "Derya Aksoy <derya.aksoy@example.org>", "Babamın dairesi",
"""Merhaba,

Babam Ali Aksoy adına yazıyorum, kendisi e-posta kullanmıyor. Babamın Herkenrath'ta 2 odalı küçük bir dairesi var, eski kiracı çıktı. Babam daireyi ihtiyacı olan bir aileye vermek istiyor, kirayı da Jobcenter'ın kabul ettiği kadar tutacak.

Babamla telefonla konuşabilir misiniz? Türkçe konuşursanız daha iyi olur: 02202 44109.

Teşekkürler
Derya Aksoy
"""),

L("tr", 0, "reply", "Sevgi Kılıç <sevgi.kilic@example.com>", "Ynt: Daire teklifiniz – GL-2025-000512",
"""Merhaba Bay Demir,

İstediğiniz fotoğrafları ve enerji kimlik belgesini ekte gönderiyorum. Cumartesi günü daireyi gösterebilirim.

Selamlar
Sevgi Kılıç

Integration Wohnen <integration-wohnen@stadt-gl.de> şunu yazdı (2 Tem 2025 11:40):
> Sayın Kılıç,
> teklifiniz için teşekkür ederiz. Lütfen dairenin fotoğraflarını ve
> enerji kimlik belgesini (Energieausweis) gönderiniz.
> Saygılarımızla
> Emre Demir
""", date="2025-07-03 09:10", attach=["salon.jpg", "mutfak.jpg", "Energieausweis.pdf"],
headers={"In-Reply-To": "<3f1ce2.20250702114001@stadt-gl.de>", "References": "<3f1ce2.20250702114001@stadt-gl.de>"}),

L("tr", 0, "clean", "Gülay Arslan <gulay.arslan@example.net>", "Daire yine boş",
"""Merhaba,

İki yıl önce sizin aracılığınızla daireme yerleşen Nasser ailesi daha büyük bir eve taşındı, çok mutlular. Daire 1 Mart'tan itibaren yine boş. Yine programınızdan bir aileye vermek isterim, çok iyi bir deneyimdi.

Selamlar
Gülay Arslan
"""),

# ---------------------------------------------------------------- inquiry
I("tr", 0, "clean", "Cami Derneği Bergisch Gladbach <cami.dernegi.gl@example.org>", "Taşınmalarda gönüllü yardım",
"""Selamün aleyküm,

Derneğimizin gençlik kolu, kamplardan evlere taşınan ailelere gönüllü olarak yardım etmek istiyor: taşıma, mobilya montajı, bağışlanan eşyaların getirilmesi gibi.

Bu konuda sizinle nasıl işbirliği yapabiliriz? Belirli bir kişi için değil, genel olarak destek vermek istiyoruz.

Saygılarımızla
Yönetim Kurulu
"""),

# ---------------------------------------------------------------- machine mail
A("tr", 0, "other", "Cem Yılmaz <info@yilmaz-immobilien.example.net>", "Otomatik yanıt: Programınız için boş dairelerimiz",
"""Merhaba,

20 Ağustos'a kadar izindeyim. Acil konular için ofisimizi arayabilirsiniz: 02202 901144.

Cem Yılmaz
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

# ---------------------------------------------------------------- spam
S("tr", 0, "other", "VIP Bahis <bonus@vipbahis-giris.example.com>", "%300 Hoşgeldin Bonusu Hesabınızda!",
"""Değerli üyemiz,

Size özel %300 hoşgeldin bonusu ve 100 freespin hesabınıza tanımlandı! Hemen giriş yapın ve kazanmaya başlayın.

Güncel giriş adresi: https://vipbahis-giris.example.com

Bu fırsat 24 saat geçerlidir.
"""),

S("tr", 0, "other", "Kargo Takip <bilgi@kargo-teslimat-tr.example.net>", "Gönderiniz teslim edilemedi",
"""Sayın müşterimiz,

Adresinize gelen gönderiniz eksik adres bilgisi nedeniyle teslim edilememiştir. Gönderinizin iade edilmemesi için 1,99 € adres güncelleme ücretini 48 saat içinde ödeyiniz:

https://kargo-teslimat-tr.example.net/takip?no=TR88123901

Kargo Müşteri Hizmetleri
"""),
]
