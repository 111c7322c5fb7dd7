"""r5mix batch 06: Turkish landlord_offer (owners of Turkish origin, a son writing for his father, a small
estate agency, follow-ups on viewings, contracts and a placed tenant), Turkish inquiry (press, an association,
a shop, mail for the foreigners' office), spam in Turkish, Arabic and Farsi, and Arabic inquiry."""
from mailwriter import L, I, S

MAILS = [
L("tr", 0, "clean", "Hüseyin Doğan <huseyin.dogan1952@example.net>", "Kiralık daire - Gronau",
"""Merhaba,

Ben Hüseyin Doğan, 1971'de işçi olarak Almanya'ya geldim, 40 yıl Köln'de fabrikada çalıştım, şimdi emekliyim. Gronau'da kendi evimiz var, alt kattaki daire (3 oda, mutfak, banyo, 74 m²) Haziran'dan itibaren boş olacak. Eski kiracımız yaşlı bir Alman hanımdı, huzurevine geçti.

Bu daireyi Heim'da kalan bir aileye vermek istiyorum. Biz de zamanında çok zorluk çektik, kimse bize ev vermek istemezdi.

Kira olarak 600 Euro kalt düşünüyorum, Nebenkosten 180 civarı. Kirayı Jobcenter direkt bana ödeyebilir mi? Bir de kontrat işlerini siz mi yapıyorsunuz, yoksa ben mi hazırlamalıyım?

Almanca da konuşurum ama yazmak zor geliyor, Türkçe yazdım kusura bakmayın.

Saygılarımla
Hüseyin Doğan
Tel: 02202 81 44 09""", charset="windows-1254", date="2026-04-08 15:40"),

L("tr", 0, "on_behalf", "Cem Yurt <cem.yurt@example.com>", "Babamın dairesi hakkında / Wohnung meines Vaters",
"""Merhaba,

Babam Ahmet Yurt adına yazıyorum, kendisi e-posta kullanmıyor. Babamın Bensberg'de 2 odalı bir dairesi var (52 m², 2. kat, balkonlu), Mayıs sonunda boşalıyor.

Babam bu daireyi mülteci bir aileye ya da tek kişiye kiralamak istiyor, ama bazı endişeleri var: Daha önce bir kiracı evi çok kötü bırakmış, tadilat 5.000 Euro'ya mal olmuştu. Eğer bir hasar olursa şehir ya da Jobcenter bir şey ödüyor mu? Kira her ay düzenli gelir mi?

Bu sorular cevaplanırsa babam evi size vermeye hazır. Beni bu numaradan arayabilirsiniz: 0160 4428 7710.

Teşekkürler,
Cem Yurt"""),

L("tr", 0, "formal", "Yıldız Emlak & Immobilien <info@yildiz-emlak.example.com>", "Kiralık daireler / Mietwohnungen Bergisch Gladbach",
"""Sayın Yetkili,

Yıldız Emlak olarak Köln ve Bergisch Gladbach bölgesinde 18 yıldır hizmet vermekteyiz. Müşterilerimizden biri, Refrath ve Paffrath'ta bulunan iki dairesini uzun süreli olarak kiraya vermek istemektedir:

1) Refrath: 2 oda, 56 m², zemin kat, Kaltmiete 520 €, Nebenkosten 150 €
2) Paffrath: 3 oda, 70 m², 1. kat, Kaltmiete 650 €, Nebenkosten 190 €

Mülk sahibi, kiranın Jobcenter tarafından karşılanmasına açıktır. Kiracılar için Provision alınmayacaktır. Exposé'leri ekte bulabilirsiniz.

Uygun adaylarınız varsa Besichtigung için bizimle iletişime geçebilirsiniz. İsterseniz yazışmayı Almanca da yürütebiliriz.

Saygılarımızla,

Derya Yıldız
Yıldız Emlak & Immobilien e.K.
Tel: 0221 000 44 88

Bu e-posta ve ekleri yalnızca alıcısına yöneliktir. Yanlışlıkla size ulaştıysa lütfen göndericiye bildirip siliniz. / Diese E-Mail ist ausschließlich für den Adressaten bestimmt.""", attach=["Expose_Refrath.pdf", "Expose_Paffrath.pdf"]),

L("tr", 0, "clean", "Sevgi Karaca <sevgi.karaca@example.org>", "Dünkü Besichtigung - Familie Habibi",
"""Merhaba Aylin Hanım,

Dün daireyi gösterdiğimiz Habibi ailesi bize çok iyi bir izlenim bıraktı. Eşimle konuştuk, daireyi onlara vermeye karar verdik.

Şimdi ne yapmamız gerekiyor? Mietbescheinigung'u doldurup size mi gönderelim, yoksa aileye mi verelim? Sözleşmeyi Mayıs ortasında imzalayabiliriz, 1 Haziran'da taşınabilirler.

Selamlar,
Sevgi ve Tuncay Karaca""", date="2026-04-17 19:02"),

L("tr", 0, "clean", "İsmail Kurt <ismail.kurt.gl@example.net>", "Kiracım ile ilgili bir sorun - Schimmel",
"""Merhaba,

Geçen yıl sizin aracılığınızla Heidkamp'taki dairemi Bay Yonas Gebremariam'a kiraladım. Kendisi kibar ve kirası zamanında geliyor, bir şikâyetim yok.

Ancak geçen hafta daireye gittiğimde yatak odasında ve banyoda ciddi Schimmel gördüm. Pencereler kış boyunca hiç açılmamış gibi, içeride çamaşır da kurutuyorlar. Ona anlatmaya çalıştım ama dil yüzünden tam anlaşamadık.

Sizin kursunuzda Lüften ve Heizen konuları anlatılıyor mu? Mümkünse biri ona kendi dilinde (Tigrinya sanırım) bunu açıklayabilir mi? Duvarları boyatacağım ama aynı şey tekrar olmasın istiyorum.

Teşekkürler,
İsmail Kurt"""),

L("tr", 0, "clean", "Serpil Aktaş <serpil.aktas@example.com>", "Garanti var mı?",
"""Merhaba,

Hand'da küçük bir dairem var (1 oda, 36 m²). Sizin programınızı bir arkadaştan duydum. Daireyi vermeyi düşünüyorum ama önce şunu bilmek istiyorum: Kira ödenmezse ya da evde hasar olursa şehir bir garanti veriyor mu? Bir de kiracı ile sorun olursa size ulaşabiliyor muyuz?

Cevabınıza göre karar vereceğim.

İyi çalışmalar
Serpil Aktaş"""),

L("tr", 0, "oneliner", "Orhan Bozkurt <orhan.bozkurt@example.net>", "sözleşme",
"""Merhaba, Bay Tesfaye ile sözleşmeyi ne zaman imzalıyoruz? Ben Cuma günü müsaitim. Orhan Bozkurt"""),

L("tr", 0, "reply", "Nermin Öztürk <nermin.ozturk.55@example.com>", "AW: Mietbescheinigung für Herrn Sharifi",
"""Merhaba,

Mietbescheinigung'u doldurdum, imzaladım ve ekte gönderiyorum. Heizkosten kısmını tam bilmiyordum, geçen yılın Abrechnung'una göre aylık 75 Euro yazdım. Yanlışsa söyleyin düzeltirim.

Anahtar teslimi için 1 Mayıs Cuma saat 10 bana uyar, Bay Sharifi'ye de iletebilir misiniz?

Saygılar
Nermin Öztürk

Am 22.04.2026 um 10:30 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Öztürk,
>
> vielen Dank, dass Sie Herrn Sharifi die Wohnung vermieten möchten. Damit das Jobcenter die Kosten übernehmen kann, füllen Sie bitte die beigefügte Mietbescheinigung aus und senden Sie sie unterschrieben an uns zurück.
>
> Mit freundlichen Grüßen
> Aylin Demir
> Integration Wohnen""", attach=["Mietbescheinigung_Sharifi_unterschrieben.pdf"], date="2026-04-24 08:47"),

I("tr", 0, "clean", "Burak Tunç <burak.tunc@avrupa-haber.example.com>", "Röportaj talebi - Avrupa Haber",
"""Merhaba,

Ben Burak Tunç, Avrupa Haber'in Köln muhabiriyim. Almanya'daki Türkçe konuşan okuyucularımız için mültecilerin ve göçmenlerin ev bulma sorunları üzerine bir dosya hazırlıyoruz.

Bergisch Gladbach'taki "Wohnungsführerschein" uygulamanızı çok ilginç bulduk. Ekibinizden biriyle kısa bir röportaj yapabilir miyiz? Ayrıca kaç ev sahibinin programa katıldığını ve bu yıl kaç ailenin ev bulduğunu öğrenebilirsek çok memnun oluruz.

Röportaj Almanca da olabilir, biz çeviririz.

Saygılarımla,
Burak Tunç
Avrupa Haber - Köln Bürosu"""),

I("tr", 0, "clean", "Bergisch Gladbach Türk Kültür Derneği <dernek@tkd-gl.example.org>", "Gönüllü tercüman desteği",
"""Sayın İlgililer,

Derneğimiz 1989'dan beri Bergisch Gladbach'ta faaliyet göstermektedir. Üyelerimiz arasında Türkçe, Kürtçe, Arapça ve Almanca bilen çok sayıda gönüllü bulunmaktadır.

Ev arayan ailelere yardımcı olmak için gönüllü tercümanlık, ev görmeye eşlik etme veya taşınmalarda yardım gibi konularda destek vermek istiyoruz. Belirli bir aile için değil, genel olarak ihtiyaç olduğunda çağırabileceğiniz bir gönüllü grubu oluşturabiliriz.

Bu konuyu görüşmek için sizi derneğimize çay içmeye davet ediyoruz.

Saygılarımızla,
Kadir Yücel
Dernek Başkanı"""),

I("tr", 0, "html_only", "Mobilya Evi Bergisch Gladbach <kampanya@mobilya-evi.example.com>", "Yeni eve taşınanlara %20 indirim!",
"""Değerli Kurum Çalışanları,

Mobilya Evi olarak yeni evine taşınan ailelere özel bir kampanya başlattık:

- Tüm yatak ve baza setlerinde %20 indirim
- Jobcenter Erstausstattung belgesi ile ücretsiz teslimat ve montaj
- Almanca, Türkçe ve Arapça danışmanlık

Danışanlarınıza broşürümüzü iletebilirseniz çok seviniriz. Broşürleri ofisinize de getirebiliriz.

Mobilya Evi
Bensberger Str. - Bergisch Gladbach
Tel: 02202 000 77 11""", html="only"),

I("tr", 0, "clean", "Selim Korkmaz <selim.korkmaz@example.com>", "Vatandaşlık başvurusu randevusu",
"""Merhaba,

Alman vatandaşlığına (Einbürgerung) başvurmak istiyorum, 9 yıldır Bergisch Gladbach'ta yaşıyorum ve B1 sertifikam var. Internetten randevu bulamadım. Bu adres doğru mu, başvuruyu size mi yapmalıyım? Değilse lütfen doğru birime iletir misiniz?

Teşekkürler
Selim Korkmaz"""),

S("tr", 0, "html_only", "PTT Kargo Bilgilendirme <bildirim@ptt-kargo-takip.example.net>", "Kargonuz teslim edilemedi - Adres onayı gerekli",
"""Sayın Müşterimiz,

TR48210093 numaralı gönderiniz adres bilgilerinin eksik olması nedeniyle teslim edilememiştir.

Gönderinizin iade edilmemesi için 48 saat içinde adresinizi onaylayıp 1,99 EUR gümrük ücretini ödemeniz gerekmektedir.

Adresi onayla: https://ptt-kargo-takip.example.net/onay?id=TR48210093

Bu e-posta otomatik olarak gönderilmiştir.""", html="only"),

S("tr", 0, "clean", "Ahmet Bey - Yatırım Danışmanı <yatirim.kazanc@example.com>", "Ayda 5.000 Euro pasif gelir - Almanya'daki Türkler için",
"""Merhaba kardeşim,

Almanya'da yaşayan Türkler için özel bir fırsat! Yapay zeka destekli kripto robotumuz ile günde sadece 10 dakika harcayarak ayda 5.000 Euro'ya kadar kazanabilirsiniz.

Başlangıç için sadece 250 Euro yatırım yeterli. İlk ay kazanç garantili, kazanamazsanız paranız iade!

Kontenjan sınırlı: https://kripto-robot-de.example.com/tr

WhatsApp: +44 7700 900 123

Bol kazançlar,
Ahmet Bey"""),

S("tr", 0, "clean", "Avrupa Büyük Çekiliş <cekilis@avrupa-piyango.example.org>", "TEBRİKLER! 250.000 € kazandınız",
"""Sayın Talihli,

E-posta adresiniz Avrupa Büyük Çekilişi'nde 250.000,00 € ödül kazanmıştır. Referans numaranız: EU-TR-7741-2026.

Ödülünüzü almak için aşağıdaki bilgileri 7 gün içinde göndermeniz gerekmektedir:
- Ad soyad
- Adres ve telefon
- Kimlik fotokopisi
- Banka bilgileri

Transfer işlemleri için 380 € noter ücreti talep edilmektedir.

Ödül Sorumlusu
Av. Mehmet Karan"""),

S("ar", 0, "other", "م. جورج حداد <george.haddad.owner@example.net>", "شقة مفروشة للإيجار في برغيش غلادباخ",
"""السلام عليكم،

أنا جورج حداد، أملك شقة مفروشة من 3 غرف في برغيش غلادباخ (منطقة رفرات)، الإيجار 400 يورو فقط شامل كل المصاريف والإنترنت.

أنا الآن أعمل في دبي ولا أستطيع الحضور لعرض الشقة. المفاتيح والعقد عند وكيلي في لندن. إذا كنتم تعرفون عائلة لاجئة تحتاج بيتاً، فقط يجب أن ترسل العائلة التأمين (800 يورو) عن طريق ويسترن يونيون باسم الوكيل، وبعدها يرسل المفاتيح بالبريد خلال 3 أيام.

الرجاء الرد بسرعة لأن هناك الكثير من الطلبات.

مع التحية
جورج"""),

S("fa", 0, "clean", "سیگنال طلایی فارکس <vip.signal.forex@example.com>", "سود روزانه ۳٪ با ربات معاملاتی — فقط برای ایرانیان آلمان",
"""سلام دوست عزیز،

با ربات هوشمند ما روزانه تا ۳٪ سود دلاری بگیرید! بیش از ۴۰۰۰ ایرانی در آلمان و اتریش عضو کانال VIP ما هستند.

حداقل سرمایه: ۳۰۰ یورو (تتر یا کارت بانکی آلمانی)
سود تضمینی در ماه اول، در غیر این صورت پول شما برگشت داده می‌شود.

برای عضویت فقط روی لینک زیر بزنید و کد هدیه GL2026 را وارد کنید:
https://t.example.com/vip-signal-forex

ظرفیت محدود است!
تیم پشتیبانی"""),

I("ar", 0, "clean", "قناة جسور الإخبارية <redaktion@jusoor-media.example.com>", "طلب مقابلة حول برنامج السكن",
"""السيدات والسادة المحترمون،

تحية طيبة وبعد،

نحن فريق "جسور"، منصة إعلامية ناطقة بالعربية تتابع شؤون العرب والقادمين الجدد في ألمانيا، ولدينا أكثر من مئتي ألف متابع على وسائل التواصل.

نعدّ حالياً تقريراً مصوراً عن صعوبات إيجاد السكن للاجئين في مدن ولاية شمال الراين - وستفاليا، وقد سمعنا عن برنامجكم "رخصة السكن" (Wohnungsführerschein). نرغب في إجراء مقابلة قصيرة مع أحد العاملين في البرنامج، ويمكن أن تكون المقابلة باللغة الألمانية ونقوم نحن بالترجمة.

هل يمكن تحديد موعد خلال شهر أيار/مايو؟

مع فائق الاحترام،
رنا الخطيب
محررة - منصة جسور"""),

I("ar", 0, "clean", "جمعية البيت السوري <info@syrisches-haus.example.org>", "عرض مساعدة من متطوعي الجمعية",
"""مرحباً،

نحن جمعية ثقافية سورية في منطقة كولن وبرغيش غلادباخ، مسجلة كجمعية ذات نفع عام (e.V.). لدينا مجموعة من المتطوعين، منهم طلاب جامعة ومهندسون ومترجمون، يرغبون في دعم العائلات التي تبحث عن سكن.

نستطيع تقديم: ترجمة عربي - ألماني في المواعيد، مرافقة العائلات لمعاينة الشقق، مساعدة في تعبئة الاستمارات، وأيضاً المساعدة في النقل بالسيارات.

لا نقصد عائلة معينة، بل نريد أن نعرف كيف يمكن أن نتعاون معكم بشكل منظم. هل يمكن أن نحدد لقاءً للتعارف؟

مع الشكر والتقدير
د. سامر النجار
رئيس الجمعية"""),

I("ar", 0, "mixed_language", "Nour Al-Hamwi <nour.alhamwi@example.com>", "Kindergeld سؤال",
"""مرحبا

عندي سؤال عن الـ Kindergeld، ولدت ابنتي في شهر شباط وقدمت الطلب على Familienkasse من شهرين وما وصلني أي رد. حاولت اتصل كتير ما حدا بيرد.

هل انتو بتقدروا تساعدوني او تقولولي لمين لازم ابعت؟ انا ساكنة بشقة في Refrath من سنة.

شكرا كتير
نور""", charset="windows-1256"),
]
