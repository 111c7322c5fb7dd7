"""Fresh evaluation batch 12: Turkish: tenants (eviction, workshop, neighbour, replies), landlords (follow-ups, damages), inquiries, phishing, out-of-office."""
from mailwriter import T, L, I, S, A

MAILS = [
T("tr", 1, "clean", "Zeynep Demir <zeynep.demir@example.org>", "ACİL - pazartesi evden çıkarılıyoruz",
"""Merhaba,

Ben Zeynep, eşim ve 3 çocuğumla Bensberg'de bir dairede kiracıyız. Ev sahibi kira borcu yüzünden dava açtı, bugün Gerichtsvollzieher'den mektup geldi: pazartesi sabah 8'de tahliye. Jobcenter borcu ödeyeceğini söylemişti ama hiçbir şey olmadı.

Pazartesiden sonra çocuklarla sokakta kalacağız. Lütfen acil yardım edin, en azından geçici bir yer.

Telefon: 0157 4410 2278
Zeynep Demir""", date="2026-09-17 16:22", charset="windows-1254"),

T("tr", 0, "phone", "Serkan <serkan.k1990@example.com>", "ev",
"""merhaba ev ariyorum 2 oda ben esim ve kizim bensberg refrath olabilir jobcenter oduyor heimdayiz 1 yildir yardim edermisiniz tesekkurler serkan 0176 2290 4418"""),

T("tr", 0, "clean", "Ayşe Kılıç <ayse.kilic@example.net>", "Wohnungsführerschein kursu kayıt",
"""Merhaba, Wohnungsführerschein kursuna kaydolmak istiyorum. Heim'daki sosyal görevli sizin kursunuzdan bahsetti. Bir sonraki kurs ne zaman, nerede? Türkçe tercüman olur mu? Çocuğum 2 yaşında, yanımda getirebilir miyim?
Teşekkürler, Ayşe Kılıç"""),

T("tr", 0, "on_behalf", "Hasan Öztürk <hasan.ozturk@example.com>", "Komşum için yardım",
"""İyi günler,

Paffrath'ta oturuyorum, karşımızdaki yurtta (Unterkunft) yaşayan yaşlı bir komşumuz için yazıyorum: Kerem Bey, 68 yaşında, Türkiye'den gelmiş, tek başına. E-postası yok, Almancası da yok. Şeker hastası ve dizleri ağrıyor; yurttaki ortak mutfakta yemek yapmak onun için çok zor.

Küçük bir daire bulması için başvurmak istiyoruz. Ben onunla randevuya gelebilirim, tercümanlık da yaparım. Nasıl başlamalıyız?

Saygılar,
Hasan Öztürk
0162 775 3019"""),

T("tr", 0, "clean", "Ali Rıza Kaya <alirizakaya@example.org>", "WBS başvurusu",
"""Merhaba, Wohnberechtigungsschein için nereye başvurmam gerekiyor? Formu Türkçe bulamadım. 4 kişilik bir aileyiz, yurtta kalıyoruz. Gelir belgesi olarak Jobcenter Bescheid yeter mi? Teşekkür ederim."""),

T("tr", 0, "reply", "Burak Şahin <burak.sahin@example.net>", "Re: Wohnungsangebot in Schildgen",
"""Merhaba, evet bu daireyle ilgileniyoruz! Perşembe günü görmeye gelebiliriz, saat fark etmez. Çok teşekkürler.
Burak

Am 03.03.2026 um 13:47 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Hallo Herr Şahin,
> ein Vermieter aus unserem Netzwerk bietet eine 3-Zimmer-Wohnung in
> Schildgen an (68 m², 720 € kalt). Haben Sie Interesse an einer
> Besichtigung? Bitte geben Sie uns kurz Bescheid.
> Mit freundlichen Grüßen
> Auszugsmanagement""", date="2026-03-03 18:05"),

T("tr", 0, "clean", "Gülsüm Arslan <gulsum.arslan@example.com>", "Mietschuldenfreiheitsbescheinigung nereden alınır?",
"""Merhaba,

Heidkamp'ta bir daire bulduk, ev sahibi Bay Schneider bize vermek istiyor ama Mietschuldenfreiheitsbescheinigung istiyor. Biz iki yıldır yurtta kalıyoruz, daha önce Almanya'da hiç kiracı olmadık. Bu belgeyi yurttan mı alıyoruz, yoksa sizden mi? Ev sahibi cuma gününe kadar bekleyecekmiş.

Teşekkürler,
Gülsüm Arslan""", charset="windows-1254"),

T("tr", 0, "oneliner", "Murat Çelik <murat.celik@example.org>", "Teilnahmebestätigung lazım",
"""Selam, ocak ayında kursa katıldım (3 gün, salı günleri). Teilnahmebestätigung'u alamadım, e-postayla gönderebilir misiniz? Ev sahibi görmek istiyor. Murat Çelik, doğum tarihi 11.09.1988"""),

T("tr", 0, "mixed_language", "Deniz Yurt <deniz.yurt@example.net>", "Stand meiner Anmeldung? / başvurum ne durumda",
"""Merhaba,

Ekim ayında Auszugsmanagement'a kaydoldum, bütün belgeleri verdim. O zamandan beri hiç haber yok. Ich wollte fragen, ob meine Anmeldung noch aktiv ist oder ob noch etwas fehlt. Yurtta 4 kişi bir odada kalıyoruz, gerçekten çok zor.

Lütfen bir cevap verin.
Deniz Yurt"""),

T("tr", 0, "oneliner", "Yusuf <yusuf.b.2001@example.com>", "WG odası",
"""Merhaba, Moitzfeld'deki Heim'da kalıyorum, tek kişiyim. WG odası da olur. Yardım edebilir misiniz?"""),

L("tr", 0, "hard_case", "Fatma Koç <fatma.koc@example.org>", "Aile taşındı",
"""Merhaba, gönderdiğiniz aile dün daireye taşındı, her şey yolunda. Kira sözleşmesinin bir kopyasını size de göndereyim mi? Selamlar, Fatma Koç"""),

L("tr", 0, "clean", "İbrahim Yılmaz <ibrahim.yilmaz@example.net>", "Kiracı - kira 2 aydır gelmiyor",
"""Merhaba,

Geçen yaz sizin aracılığınızla Refrath'taki dairemi bir aileye kiraya verdim. Şubat ve mart kirası gelmedi. Kiracıya sordum, Jobcenter'ın ödemeyi durdurduğunu, bir belge eksik olduğunu söylüyor. Ben emekliyim, bu kira benim için önemli.

Aileyi çıkarmak istemiyorum ama bu işin çözülmesi lazım. Siz Jobcenter'la konuşabilir misiniz?

İbrahim Yılmaz""", date="2026-03-20 10:37"),

L("tr", 0, "clean", "Cem Erdoğan <cem.erdogan@example.com>", "Hasar durumunda kim öder?",
"""Merhaba,

Schildgen'de bir dairem var, sizin programınız üzerinden kiraya vermeyi düşünüyorum. Ama önce şunu bilmek istiyorum: kiracı daireye zarar verirse (duvar, mutfak, zemin) kim öder? Şehrin bir sigortası ya da garantisi var mı? Kaution'u Jobcenter mı ödüyor?

Bu soruların cevabına göre karar vereceğim.
Cem Erdoğan""", html="alt"),

L("tr", 0, "reply", "Hülya Aksoy <hulya.aksoy@example.org>", "AW: Besichtigungstermin Wohnung Hand",
"""Merhaba, perşembe 17:00 bana uyar. Aileye adresi iletir misiniz? Kapıda ben karşılarım.
Hülya Aksoy

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 20. April 2026 10:02
An: hulya.aksoy@example.org
Betreff: Besichtigungstermin Wohnung Hand

Sehr geehrte Frau Aksoy,

vielen Dank für Ihr Wohnungsangebot in Hand. Wir würden gerne mit der Familie R. eine Besichtigung vereinbaren. Wäre Ihnen Donnerstag, 23.04., um 17:00 Uhr recht?

Mit freundlichen Grüßen
Auszugsmanagement""", date="2026-04-20 12:51"),

I("tr", 0, "formal", "Türkisch-Deutscher Unternehmerverein Rhein-Berg <vorstand@tdu-rheinberg.example.org>", "Üye toplantısına davet / Einladung Mitgliederabend",
"""Sayın Integration Wohnen ekibi,

Derneğimizin üyeleri arasında Bergisch Gladbach ve çevresinde kiralık dairesi olan pek çok esnaf ve ev sahibi bulunuyor. 14 Mayıs 2026 Perşembe günü saat 19:00'da yapacağımız üye akşamına sizi konuşmacı olarak davet etmek istiyoruz.

Programınızı, ev sahiplerine sağlanan destekleri ve sık sorulan soruları 20-30 dakikalık bir sunumla anlatmanız üyelerimiz için çok faydalı olur.

Katılımınızı 30 Nisan'a kadar bildirirseniz seviniriz.

Saygılarımızla,
Yönetim Kurulu""", html="alt"),

I("tr", 0, "other", "Yıldırım Bau & Renovierung <info@yildirim-bau.example.com>", "Tadilat ve boya hizmetleri - Sonderangebot",
"""Merhaba,

Firmamız Bergisch Gladbach ve Köln'de daire tadilatı, boya, laminat döşeme ve taşınma sonrası temizlik hizmeti veriyor. Ev sahiplerinin daireyi yeni kiracıya hazırlaması için hızlı ve uygun fiyatlı çözümler sunuyoruz.

Kurumunuzla çalışan ev sahiplerine %15 indirim yapabiliriz. Broşürümüzü ekte bulabilirsiniz; ev sahiplerinize iletirseniz çok memnun oluruz.

Saygılarımızla,
Okan Yıldırım""", attach=["Brosur_Yildirim_Bau.pdf"]),

I("tr", 0, "oneliner", "Selin Karaca <selin.karaca@example.net>", "Anwohnerparkausweis",
"""Merhaba, yeni taşındığımız sokakta (Gronau) Anwohnerparkausweis gerekiyormuş. Bunu nereden ve nasıl alabilirim? Online başvuru var mı? İyi çalışmalar."""),

I("tr", 0, "clean", "Nuri Bayram <nuri.bayram@example.org>", "Gönüllü yardım teklifi",
"""Merhaba,

Emekli bir öğretmenim, 40 yıldır Bergisch Gladbach'ta yaşıyorum. Türkçe, Kürtçe (Kurmancî) ve Almanca biliyorum. Ev arayan ailelere evrak doldurma, ev sahibiyle görüşme ya da telefon konusunda gönüllü olarak yardım etmek isterim.

Nasıl bir yol izlemeliyim? Sizin bir gönüllü listeniz var mı?

Saygılarımla,
Nuri Bayram"""),

S("tr", 0, "html_only", "Ziraat Bankası <guvenlik@ziraat-online-dogrulama.example.com>", "Hesabınız askıya alındı - hemen doğrulayın",
"""Değerli Müşterimiz,

Hesabınızda olağandışı bir giriş tespit edildi. Güvenliğiniz için internet bankacılığınız geçici olarak askıya alınmıştır.

Hesabınızı yeniden aktifleştirmek için 24 saat içinde aşağıdaki bağlantıdan kimlik bilgilerinizi doğrulayın:
https://ziraat-dogrulama.example.com/tr/giris

Doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.

Ziraat Bankası Güvenlik Birimi""", html="only", charset="windows-1254"),

A("tr", 0, "header_only", "Elif Güneş <e.gunes@hausverwaltung-gunes.example.com>", "Otomatik yanıt: Wohnungsangebot Refrath / Rückfrage",
"""Mesajınız için teşekkür ederim. 15.08.2026 tarihine kadar izindeyim ve e-postalarımı kontrol edemiyorum. Acil konularda lütfen ofisimizi arayın: 02204 61 20 90.

Vielen Dank für Ihre Nachricht. Ich bin bis 15.08.2026 im Urlaub. In dringenden Fällen erreichen Sie unser Büro unter 02204 61 20 90.

Elif Güneş
Hausverwaltung Güneş""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, date="2026-08-03 09:15"),
]
