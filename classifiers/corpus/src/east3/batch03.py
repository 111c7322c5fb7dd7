"""east3 batch 03: Turkish inquiries (other offices, neighbours, associations, media, volunteers, students,
vendors) and spam (two of three written to look personal)."""
from mailwriter import I, S

MAILS = [
# ---------------- tr inquiry ----------------
I("tr", 0, "phone", "Orhan <orhan.guler.77@example.com>", "ummeldung",
"""slm yeni eve tasindik Ummeldung icin termin lazim internetten bakiyorum hep dolu. sizden alabilir miyim yoksa direk Rathaus a mi gideyim? Wohnungsgeberbestätigung elimde var"""),

I("tr", 0, "clean", "Songül Parlak <songul.parlak@example.net>", "Kindergeld kesildi – Familienkasse mektubu",
"""Merhaba,

Familienkasse'den bir mektup aldım, büyük kızım Ecem'in (19 yaşında) Kindergeld'i Ağustos'tan itibaren kesilmiş. Mektupta "Nachweis über Ausbildung oder Studium fehlt" yazıyor. Ama kızım Eylül'de Ausbildung'a başladı, sözleşmesi var.

Bu belgeyi size mi göndermem gerekiyor, yoksa doğrudan Familienkasse'ye mi? Geçmiş ayların parasını geri alabilir miyim?

Teşekkür ederim
Songül Parlak"""),

I("tr", 0, "clean", "Burak Çınar <burak.cinar@example.org>", "Türk ehliyetini değiştirme",
"""Merhabalar,

Türk ehliyetim var (B sınıfı, 2015'ten beri). Almanya'ya 8 ay önce geldim, çalışma vizesiyle. Duyduğuma göre 6 aydan sonra Türk ehliyeti ile araba kullanamıyormuşum, Umschreibung yaptırmam lazımmış.

Führerscheinstelle'ye hangi belgelerle başvurmam gerekiyor? Sınav (Prüfung) gerekiyor mu? Tercüme (Übersetzung) yeminli mi olmalı?

Sizin birimin doğru yer olup olmadığını bilmiyorum, değilse lütfen iletin.

Saygılar
Burak Çınar"""),

I("tr", 0, "clean", "Aslıhan Ergin <aslihan.ergin@example.com>", "Kita-Navigator şifre ve bekleme listesi",
"""İyi günler,

oğlum Kerem için geçen yıl Kita-Navigator'da kayıt yapmıştık, 3 Kita seçtik. Şimdi şifremi unuttum ve e-posta adresim de değişti. Kaydımız hâlâ duruyor mu? Ağustos'ta 3 yaşına giriyor, hiçbir Kita'dan cevap gelmedi.

Kime yazmam lazım, Jugendamt'a mı? Telefonla ulaşamıyorum.

Aslıhan Ergin"""),

I("tr", 0, "hard_case", "Şevket Doğanay <sevket.doganay@example.net>", "Emekliyim, Wohngeld alabilir miyim?",
"""Sayın yetkili,

1972'de Almanya'ya geldim, 40 yıl Gladbach'taki kâğıt fabrikasında çalıştım. Şimdi 79 yaşındayım, eşim vefat etti, Gronau'daki evimde tek başıma oturuyorum. Kiram 590 € sıcak, emeklilik maaşım 1.080 €.

Komşum bana Wohngeld alabileceğimi söyledi. Bu doğru mu? Başvuru nereye yapılıyor, hangi belgeler lazım? Bilgisayarım yok, kâğıtla başvurmak istiyorum. Kızım Köln'de yaşıyor, o yardım edebilir.

Saygılarımla
Şevket Doğanay""", charset="windows-1254", enc="8bit"),

I("tr", 0, "broken", "Nevin Erdoğmuş <nevin.erdogmus@example.org>", "HAND YURT GURULTU YETER ARTIK",
"""Merhaba

Hand'da yurdun karsisinda oturuyorum 30 yildir. Son 2 aydir her gece 1 2 ye kadar avluda yuksek sesle muzik telefon konusmalar bagirislar. Arabalar gece kapinin onune park ediyor bizim Einfahrt'i kapatiyorlar sabah ise gidemiyorum. Hausmeister'e 3 kere soyledim bir sey degismedi. Ordnungsamt'i aradim "bizim degil" dediler.

Ben yabanci dusmani degilim ben de gocmenim ama bu boyle olmaz. Kim sorumlu bu yurttan?? Lutfen bu maili ilgili yere iletin.

N. Erdoğmuş"""),

I("tr", 0, "clean", "Gronauer Sportfreunde 1989 e.V. <jugend@gronauer-sf.example.org>", "Unterkunft'lardaki çocuklar için ücretsiz futbol antrenmanı",
"""Merhabalar,

biz Gronau'da 1989'dan beri faaliyet gösteren bir futbol kulübüyüz. Gençlik bölümümüzde bu sezon antrenörlerimiz ve bir sponsorumuz sayesinde yer açıldı.

Şehrinizdeki Unterkunft'larda yaşayan 7–14 yaş arası çocuklara ücretsiz antrenman sunmak istiyoruz: salı ve perşembe 17:00–18:30, Gronau'daki sahamızda. Krampon ve forma bizden. Aidat yok.

Bu bilgiyi ailelere nasıl ulaştırabiliriz? Bir el ilanı hazırladık (Türkçe, Arapça, Almanca, Ukraynaca), uygun görürseniz size göndeririz. Sizin birim değilse, kime yazmamız gerektiğini söylerseniz çok seviniriz.

Sportif selamlarla
Okan Tatlıses
Gençlik sorumlusu, Gronauer Sportfreunde 1989 e.V.""", attach=["Flyer_Fussball_4sprachig.pdf"]),

I("tr", 0, "hard_case", "Gülay Sarıkaya <g.sarikaya@rheinufer-haber.example.com>", "Haber dosyası: Alman ev sahipleri mülteci kiracılar hakkında ne düşünüyor?",
"""Merhaba,

Avrupa'daki Türkçe konuşan okurlar için yayın yapan çevrim içi gazetemizde "Almanya'da konut krizi ve göçmenler" başlıklı bir dosya hazırlıyorum.

Bergisch Gladbach'taki programınızı internetten okudum. Şu sorular için yazılı bir görüş ya da kısa bir telefon görüşmesi mümkün mü?

– Programa kaç ev sahibi katıldı, bunların ne kadarı göçmen kökenli (örneğin Türk kökenli) ev sahipleri?
– Ev sahiplerinin en sık dile getirdiği çekinceler neler?
– Türkiye kökenli ev sahiplerinin mülteci ailelere daha açık olduğu gözlemi doğru mu?

Kimsenin adını yayımlamayacağım, sadece genel rakamlar ve değerlendirmeler istiyorum. Yayın tarihi ayın 28'i.

Saygılarımla
Gülay Sarıkaya
Muhabir, Rheinufer Haber
+49 221 5550 3817"""),

I("tr", 0, "hard_case", "Nail Karakoç <nail.karakoc@example.org>", "Emekli öğretmen – gönüllü olarak yardım edebilirim",
"""Merhaba,

40 yıl Türkiye'de ve 12 yıl Köln'de Türkçe ana dil öğretmeni olarak çalıştım, şimdi emekliyim ve vaktim bol. Almanca, Türkçe ve biraz Arapça biliyorum.

Ev arayan ailelere yardım etmek istiyorum: ev sahipleriyle telefon görüşmelerinde, Besichtigung'a eşlik etmekte, form doldurmakta. Belirli bir aile tanımıyorum; siz nerede ihtiyaç varsa oraya yönlendirin. Haftada 2–3 gün öğleden önce müsaitim. Kendi arabam var.

Gönüllüler için bir tanışma toplantınız ya da başvuru formunuz var mı?

Saygılarımla
Nail Karakoç"""),

I("tr", 0, "oneliner", "Defne <defne.aslan.09@example.com>", "Projektarbeit Schule",
"""Merhaba ben Defne, 11. sınıftayım. Okulda "Wohnungslosigkeit in Deutschland" diye bir Projektarbeit yapıyoruz, 15 dakikalık kısa bir röportaj mümkün mü? Teşekkürler 🙏"""),

I("tr", 0, "html_only", "Nurdan Mobilya <kampanya@nurdan-mobilya.example.net>", "Yeni eve taşınan ailelere %15 indirim – Jobcenter Erstausstattung faturası",
"""Değerli ekip,

Köln-Mülheim'daki mağazamızda yatak, dolap, masa-sandalye ve mutfak eşyalarında yeni eve taşınan ailelere özel %15 indirim uyguluyoruz.

• Jobcenter Erstausstattung için uygun teklif (Kostenvoranschlag) hazırlıyoruz
• Bergisch Gladbach'a teslimat ve montaj ücretsiz (500 € üzeri)
• Türkçe, Arapça, Farsça konuşan personel

Broşürümüzü danışmanlık odanızda bırakmak isteriz. Uygun bir zaman var mı?

Saygılarımızla
Mağaza müdürü Kenan Nurdan
Nurdan Mobilya, Köln-Mülheim""", html="only"),

I("tr", 0, "clean", "Refrath Ulu Camii Derneği <dernek@refrath-camii.example.org>", "Davet: Dayanışma kermesi – 9 Kasım",
"""Kıymetli Integration Wohnen ekibi,

Derneğimiz her yıl olduğu gibi bu yıl da 9 Kasım Pazar günü 11:00–17:00 arası cami avlusunda geleneksel kermesimizi düzenliyor. Gelirin bir kısmı bu yıl mülteci ailelerin taşınma masraflarını destekleyen yerel bir fona bağışlanacak.

Sizi ve ekibinizi misafirimiz olarak görmekten mutluluk duyarız. Dilerseniz bir masa açıp programınızı ziyaretçilere tanıtabilirsiniz; masa ve çay bizden.

Katılım durumunuzu 31 Ekim'e kadar bildirirseniz seviniriz.

Hürmetlerimizle
Yönetim Kurulu adına
İsmail Hakkı Özdemir"""),

I("tr", 0, "machine_translated", "Kübra Yavuzer <kubra.yavuzer@example.net>", "Evlilik için Standesamt belgeleri",
"""Merhaba sayın hanımlar ve beyler,

ben ve nişanlım Bergisch Gladbach'ta evlenmek istiyoruz. Standesamt'ta hangi belgeler gerekli olduğunu bilmek istiyoruz. Benim Türk vatandaşlığım var, nişanlımın Alman. Doğum belgesinin uluslararası olması gerekiyor mu ve Apostil gerekli midir?

Eğer bu e-posta yanlış bölüme geldiyse, lütfen doğru olana iletmenizi rica ediyorum.

Saygı ile
Kübra Yavuzer"""),

# ---------------- tr spam ----------------
S("tr", 0, "hard_case", "Kerim Hoca <kerim.yatirim.danisman@mail.example.net>", "hocam geçen hafta konuştuğumuz konu",
"""Selam hocam, nasılsın?

Geçen hafta konuştuğumuz konuyu unutmadım. Sana anlattığım platformda bu ay 250 €'luk başlangıçla 3.900 € çektim, ekran görüntüsünü atabilirim. Sadece 12 kişilik yer kaldı, seni de eklemek istedim çünkü güvendiğim insanlarla çalışıyorum.

Yapay zeka destekli bot kendisi alım satım yapıyor, sen hiçbir şey yapmıyorsun. Kayıt linki:
https://akilli-kazanc.example.net/davet?ref=kerim77

Bugün gece 23:59'a kadar kayıt olursan ilk yatırımına %100 bonus geliyor. Kimseye söyleme, sadece sana özel 😉

Kolay gelsin,
Kerim"""),

S("tr", 0, "other", "e-Devlet Kapısı <bildirim@edevlet-iade.example.com>", "Vergi iadeniz hazır: 1.240,00 TL – son başvuru 48 saat",
"""Sayın Vatandaşımız,

2025 yılı için yapılan hesaplamalar sonucunda adınıza 1.240,00 TL tutarında vergi iadesi tespit edilmiştir.

İadenin hesabınıza aktarılabilmesi için kimlik ve kart bilgilerinizi 48 saat içinde doğrulamanız gerekmektedir. Aksi hâlde iade hakkınız düşecektir.

İade işlemini başlatmak için: https://edevlet-iade.example.com/dogrula

Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.

T.C. Gelir İdaresi Başkanlığı – e-Devlet Bildirim Servisi""", html="only"),

S("tr", 0, "hard_case", "Serdar Akın <serdar.akin.izmir@mail.example.com>", "Daire için başvurunuz – Kaution hakkında",
"""Merhaba,

Bergisch Gladbach'taki dairem için başvurunuzu aldım, ilginiz için teşekkürler. Ben şu anda işim gereği İzmir'deyim, o yüzden daireyi şahsen gösteremiyorum.

Birçok başvuru var ama sizinle çalışmak istiyorum çünkü bir kurum olduğunuz için güvenilirsiniz. Süreç şöyle: 2 aylık Kaution (1.380 €) aşağıdaki hesaba yatırılınca anahtarları ve sözleşmeyi DHL ile gönderiyorum. Daireyi beğenmezseniz para 3 gün içinde iade edilir, söz veriyorum.

Hesap sahibi: S. Akın
IBAN: TR00 0000 0000 0000 0000 0000 00
Açıklama: Kaution Wohnung

Yatırdıktan sonra dekontu bu adrese gönderin lütfen. Hafta sonuna kadar cevap vermezseniz daireyi başka aileye vermek zorundayım.

Saygılarımla
Serdar Akın"""),
]
