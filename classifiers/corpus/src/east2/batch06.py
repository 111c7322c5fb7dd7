"""Batch 06: Turkish inquiries (press, students, associations, vendors, other offices), spam and machine mail."""
from mailwriter import I, S, A
from machine import bounce_utf8, exch

MAILS = [
# ---------------- tr inquiry ----------------
I("tr", 0, "clean", "Kanal Ren – Haber Müdürlüğü <haber@kanalren.example.com>", "Çekim talebi: Wohnworkshop programı",
"""Merhaba,

Köln merkezli, Türkçe yayın yapan Kanal Ren'in "Gurbet Hayatı" programı adına yazıyorum. Yeni sezonda Almanya'da ev bulmanın zorluklarını ele alıyoruz. Bergisch Gladbach'taki Wohnworkshop uygulamanızı duyduk ve çok ilginç bulduk.

Bir atölye oturumunu (katılımcıların izniyle, istenirse yüzler gizlenerek) 10-15 dakikalık kısa bir bölüm için çekmek ve ekibinizden biriyle 5 dakikalık bir röportaj yapmak istiyoruz. Çekim ekibimiz iki kişiden oluşuyor.

Bu tür talepler için şehrin basın bürosuna mı başvurmamız gerekiyor? Yönlendirirseniz seviniriz.

Saygılarımla
Elif Tunç
Yapımcı, "Gurbet Hayatı"
Tel. 0221 2349 8810"""),

I("tr", 0, "hard_case", "Buse Kalkan <buse.kalkan@smail.uni-koeln.example.org>", "Bachelorarbeit: ev sahipleriyle görüşme imkânı",
"""Merhaba,

Köln Üniversitesi'nde sosyoloji okuyorum ve bitirme tezimi (Bachelorarbeit) "Göçmen kökenli ev sahiplerinin mültecilere kiraya verme motivasyonları" üzerine yazıyorum. Özellikle Türk kökenli ev sahipleri ilgimi çekiyor, çünkü kendileri ya da aileleri bir zamanlar benzer zorluklar yaşamış.

Ağınızdaki ev sahiplerinden 4-5 kişiyle anonim, yaklaşık 45 dakikalık görüşmeler yapmak istiyorum. Bu konuda aracılık edebilir misiniz? Ayrıca ağınızda kaç ev sahibi olduğunu ve bunların aşağı yukarı ne kadarının göçmen kökenli olduğunu paylaşabilirseniz çok yardımcı olur.

Danışmanım: Prof. Dr. S. Brenner. Etik kurul onayı mevcut.

Teşekkürler,
Buse Kalkan"""),

I("tr", 0, "clean", "Erkan <erkan.doner@example.net>", "Gewerbeanmeldung",
"""Merhaba, Bensberg'de küçük bir döner dükkanı açmak istiyorum. Gewerbeanmeldung için nereye gitmem lazım, sizde mi yapılıyor? Online form bulamadım.
Teşekkürler
Erkan"""),

I("tr", 0, "clean", "Türk Veli Derneği Bergisch Gladbach <veli.dernegi.gl@example.org>", "Unterkunft'lardaki çocuklar için ödev yardımı teklifi",
"""Merhabalar,

Derneğimiz 20 yılı aşkın süredir Bergisch Gladbach'ta Türkçe konuşan ailelere okul konularında destek veriyor. Gönüllü öğretmenlerimiz ve üniversite öğrencilerimizle, şehrin konaklama yerlerinde (Unterkunft) yaşayan çocuklara haftada bir ya da iki gün ücretsiz ödev yardımı vermek istiyoruz. Türkçe, Arapça ve Kürtçe konuşan gönüllülerimiz var.

Bu konuda sizinle mi, yoksa başka bir birimle mi görüşmemiz gerekir? Doğru adres siz değilseniz lütfen bizi yönlendirin.

Saygılarımızla
Necmettin Altay
Dernek Başkanı""", charset="iso-8859-9", enc="quoted-printable"),

I("tr", 0, "clean", "Bayram Tadilat & Renovierung <info@bayram-renovierung.example.com>", "Ev sahipleri ağınız için tadilat hizmeti",
"""Merhaba,

Firmamız 2009'dan beri Rhein-Berg bölgesinde boya, alçı, parke, fayans ve komple banyo yenileme işleri yapıyor. Programınız kapsamında boş dairelerini kiraya vermek isteyen ev sahipleri olduğunu, bazı dairelerin de kiraya verilmeden önce tadilat gerektirdiğini duyduk.

Ağınızdaki ev sahiplerine özel %10 indirim ve 5 iş günü içinde keşif garantisi sunmak istiyoruz. Broşürümüzü ev sahiplerine iletebilir misiniz, ya da bir bilgilendirme toplantınızda kendimizi kısaca tanıtabilir miyiz?

Saygılarımızla
Bayram Ateş
Malermeister""", attach=["Bayram_Tadilat_Brosur.pdf"]),

I("tr", 0, "clean", "Zeynep Harmankaya <z.harmankaya@example.com>", "Türkçe, Kürtçe ve Arapça tercümanlık",
"""İyi günler,

Yeminli (beeidigte) Türkçe tercümanım; ayrıca Kurmancî ve Arapça sözlü tercüme yapıyorum. Serbest çalışıyorum ve belediyeler ile sosyal hizmetlerle çalışmak istiyorum.

Danışmanlık görüşmelerinizde, ev sahipleriyle buluşmalarda ya da atölyelerde tercümana ihtiyacınız olursa bana ulaşabilirsiniz. Saat ücretim 50 €, Bergisch Gladbach içinde yol masrafı almıyorum. Kısa telefon tercümeleri için de uygunum.

Özgeçmişimi ekledim.

Saygılarımla
Zeynep Harmankaya
0157 2201 4493""", attach=["Lebenslauf_Harmankaya.pdf"]),

I("tr", 0, "clean", "Bergisch Gladbach Alevi Kültür Merkezi <akm.gl@example.org>", "Davet: \"Göç, Konut ve Dayanışma\" paneli – 22 Şubat",
"""Değerli Integration Wohnen ekibi,

Alevi Kültür Merkezi olarak 22 Şubat Cumartesi saat 15.00'te cemevimizin salonunda "Göç, Konut ve Dayanışma" başlıklı bir panel düzenliyoruz. 1970'lerde Bergisch Gladbach'a gelen ilk kuşağın konut deneyimlerini bugünün mültecilerinin yaşadıklarıyla karşılaştırmak istiyoruz.

Programınızdan bir konuşmacının 15-20 dakikalık bir sunum yapması bizi onurlandırır. Konuşma Almanca olabilir, Türkçe çeviri sağlanacaktır.

Katılım durumunuzu 10 Şubat'a kadar bildirirseniz seviniriz.

Aşk ile, saygılarımızla
Hüseyin Koçer
Kültür Sekreteri""", date="2025-01-20 18:05"),

I("tr", 0, "formal", "Nesrin Yurtsever <buero@nesrin-yurtsever.example.org>", "Ziyaret talebi – Landtag adayı",
"""Sayın Yetkililer,

Ben Nesrin Yurtsever; Rheinisch-Bergischer Kreis'ten eyalet meclisi (Landtag NRW) adayıyım. Seçim çalışmalarımda konut politikasına özellikle önem veriyorum.

Programınızın Bergisch Gladbach'ta mültecilerin özel konuta geçişinde oynadığı rolü yakından tanımak için ekibinizi 30-45 dakikalık kısa bir ziyaretle tanımak isterim. Basın eşliği olmadan, yalnızca bilgi almak amacıyla bir görüşme düşünüyorum.

Türkçe yazmamın sebebi ekibinizde Türkçe konuşan bir çalışan olduğunu duymam; elbette Almanca da yazışabiliriz.

Uygun tarihleri bildirirseniz sevinirim.

Saygılarımla
Nesrin Yurtsever"""),

I("tr", 0, "clean", "Gönül Akbaş <gonul.akbas@example.com>", "merak ettim",
"""Merhaba, Facebook'ta programınızı okudum. Bunu belediye mi ödüyor yoksa eyalet mi? Sadece mültecilere mi yardım ediyorsunuz, yoksa normal ev arayanlara da mı? Sadece merak ettim, teşekkürler."""),

I("tr", 0, "mixed_language", "Sevim Erdoğdu <sevim.erdogdu@example.net>", "Wohngeldantrag – ne oldu?",
"""Guten Tag,
Wohngeldantrag'ı 3 ay önce verdim, Aktenzeichen WG-2025-0831. Hâlâ cevap yok. Ich habe angerufen, aber niemand geht ran. Kirayı ödemekte zorlanıyorum, karar ne zaman çıkar? Bu adres doğru mu, yoksa Wohngeldstelle'ye mi yazmalıyım?
Danke
Sevim Erdoğdu"""),

# ---------------- tr spam ----------------
S("tr", 0, "other", "T.C. Konsolosluk Randevu <randevu@konsolosluk-randevu.example.com>", "Pasaport randevunuz iptal edilmek üzere – onay gerekli",
"""Sayın Vatandaşımız,

Köln Başkonsolosluğu'ndaki pasaport randevunuz sistem güncellemesi nedeniyle onay beklemektedir. 24 saat içinde onaylanmayan randevular otomatik olarak iptal edilecektir.

Randevunuzu onaylamak ve 4,90 € işlem ücretini ödemek için tıklayın:
https://konsolosluk-randevu.example.com/onay?ref=KLN-88120

Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.
Konsolosluk Randevu Sistemi""", html="only"),

S("tr", 0, "hard_case", "Ömer Karabulut <omer.karabulut.daire@mail.example.org>", "Ynt: Daire hk.",
"""Merhaba,

Dönüşünüz için teşekkürler. Dediğim gibi Bensberg'deki 3+1 eşyalı dairem boş, aylık 450 € her şey dahil. Ben şu anda İzmir'deyim, iş nedeniyle Almanya'ya en erken 2 ay sonra gelebileceğim. Anahtarları ve imzalı sözleşmeyi DHL Express ile göndereceğim.

Daireyi aileniz için ayırmam için 2 aylık depozitoyu (900 €) aşağıdaki hesaba yatırmanız yeterli:

Alıcı: Ö. Karabulut
IBAN: TR00 0000 0000 0000 0000 0000 00
Açıklama: Depozito Bensberg

Başka iki aile daha ilgileniyor, cumartesiye kadar ödeme yapılmazsa daireyi onlara vermek zorundayım. Dekontu bu adrese gönderin lütfen.

Saygılar
Ömer Karabulut"""),

S("tr", 0, "other", "Hızlı Kredi Avrupa <destek@hizlikredi-avrupa.example.net>", "SCHUFA'sız 10.000 € – onayınız hazır!",
"""Merhaba,

Sizin için önceden onaylanmış bir kredi teklifimiz var: 10.000 €'ya kadar, SCHUFA sorgusu YOK, Jobcenter/Bürgergeld alanlar da başvurabilir!

✔ 24 saatte hesabınızda
✔ Türkçe müşteri hizmetleri
✔ İlk taksit 3 ay sonra

Tek yapmanız gereken kimlik fotokopinizi ve 149 € dosya masrafını göndermek.

👉 Hemen başvur: https://hizlikredi-avrupa.example.net/basvuru

Bu fırsat sadece bu hafta geçerlidir."""),

S("tr", 0, "other", "Ayşe <ayse.hediye2025@mail.example.com>", "sana da geldi mi? 😊",
"""Selam canım,

dün şu anketi doldurdum, Lidl 50. yıl dönümü için 500 € hediye çeki veriyormuş, sadece 3 soru! Bana geldi bile, inanamadım 😍 Sen de doldur, yarın bitiyormuş:

https://lidl-hediye.example.com/anket?id=77413

öpüyorum, görüşürüz
Ayşe"""),

# ---------------- tr auto ----------------
A("tr", 0, "header_only", "Burak Sönmez | Sönmez Hausverwaltung <b.soenmez@soenmez-hv.example.com>",
"İzindeyim / Im Urlaub – Mietbescheinigung Familie Rahimi",
"""Merhaba,

18 Ağustos'a kadar yıllık izindeyim ve e-postalarımı okuyamıyorum. Acil durumlarda lütfen ofisimizi arayın: 02202 4410 600.

Guten Tag, ich bin bis zum 18.08. im Urlaub. In dringenden Fällen erreichen Sie unser Büro unter 02202 4410 600.

Burak Sönmez""", headers=exch("Mietbescheinigung Familie Rahimi"), date="2025-08-04 12:40"),

A("tr", 0, "header_only", "Posta Teslim Sistemi <mailer-daemon@mx.eposta.example.com>",
"Geri dönen ileti: Einladung Wohnworkshop",
"", raw=bounce_utf8("hamza.celik@eposta.example.com", "Einladung Wohnworkshop", "5.2.1",
"smtp; 550 5.2.1 Mailbox disabled, not accepting messages",
"mx.eposta.example.com",
"""Bu ileti otomatik olarak oluşturulmuştur.

İletiniz aşağıdaki alıcıya teslim edilemedi:

  hamza.celik@eposta.example.com

Neden: Alıcının posta kutusu devre dışı bırakılmış (550 5.2.1 Mailbox disabled).

Lütfen bu iletiyi yanıtlamayınız.""",
"Thu, 13 Mar 2025 08:55:40 +0100"), headers={"Auto-Submitted": "auto-replied"}, date="2025-03-13 08:56"),
]
