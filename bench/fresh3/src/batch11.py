"""fresh3 batch 11: Turkish (rest: heirs, inquiries, auto, spam) and Arabic mail, November 2025."""
from mailwriter import T, L, I, S, A


def H(m, html):
    m.html_source = html
    return m


PTT_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;background:#ffffff;">
<table width="560" align="center" cellpadding="12" style="border:1px solid #dddddd;">
<tr><td style="background:#ffcc00;font-size:20px;font-weight:bold;color:#003366;">PTT Kargo</td></tr>
<tr><td>
<p>Sayın Müşterimiz,</p>
<p><b>TR48291736DE</b> takip numaralı uluslararası gönderiniz gümrük bedeli ödenmediği için
teslim edilememiştir.</p>
<p>Gönderinizin iade edilmemesi için <b>48 saat</b> içinde <b>2,99 &euro;</b> tutarındaki gümrük
ücretini ödemeniz gerekmektedir.</p>
<p style="text-align:center;"><a href="https://ptt-kargo-takip.example.net/odeme/TR48291736DE"
style="background:#003366;color:#ffffff;padding:10px 24px;text-decoration:none;">ŞİMDİ ÖDE</a></p>
<p style="font-size:11px;color:#777777;">Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.<br>
PTT Kargo Müşteri Hizmetleri</p>
</td></tr></table>
</body></html>
"""

MAILS = [
L("tr", 0, "clean", "Gülay Aksu <gulay.aksu@example.net>", "Babamızdan kalan ev",
"""Merhaba,

Babamız geçen yıl vefat etti, Heidkamp'taki iki katlı evi biz üç kardeşe kaldı. Üst kattaki
daireyi (3 oda, 80 m²) kiraya vermeyi konuşuyoruz ama aramızda henüz karar vermedik. Bir
kardeşim mülteci bir aileye vermek istiyor, diğeri özellikle hasar konusunda çekiniyor.

Sizin programınızda hasar olursa bir güvence veya sigorta var mı? Sorun çıkarsa ev sahibine
kim destek oluyor? Bilgi verirseniz kardeşlerime de anlatırım.

Gülay Aksu""", date="2025-11-09 21:11"),

I("tr", 0, "formal", "Türk Kültür ve Dayanışma Derneği <dernek@tkd-bg.example.org>", "Bilgilendirme akşamı daveti – 5 Aralık",
"""Değerli Entegrasyon Ekibi,

Derneğimiz olarak 5 Aralık Cuma akşamı saat 19:00'da üyelerimiz ve mahalle sakinleri için
"Almanya'da kiracı olmak – haklar ve sorumluluklar" konulu bir bilgilendirme akşamı
düzenliyoruz.

Ekibinizden birinin katılıp şehrin programını ve atölyeleri kısaca tanıtması bizi çok mutlu
eder. Ayrıca derneğimizin salonunu atölyeleriniz için ücretsiz kullanıma açabiliriz.

Saygılarımızla,
Yönetim Kurulu adına
Hatice Bulut
Türk Kültür ve Dayanışma Derneği Bergisch Gladbach e.V.""", date="2025-11-06 14:02"),

I("tr", 0, "formal", "Can Ergün <c.erguen@haber-rhein.example.net>", "Basın talebi: Mültecilerin konut durumu",
"""Merhaba,

Ben Can Ergün, Köln merkezli Türkçe haber sitesi Haber Rhein'da muhabirim. Bölgedeki
mültecilerin konut sorunu üzerine bir dosya hazırlıyoruz ve Bergisch Gladbach'taki
"Auszugsmanagement" programına da yer vermek istiyoruz.

Şu sorular hakkında bilgi verebilir misiniz:
- Program ne zamandan beri sürüyor ve şimdiye kadar kaç kişi destek aldı?
- Programla çalışan ev sahibi sayısı nedir?
- Türkiye'den gelen sığınmacılar da programdan yararlanabiliyor mu?

Mümkünse ekibinizden biriyle kısa bir telefon görüşmesi de yapmak isterim. Almanca da
konuşabiliriz.

Saygılarımla,
Can Ergün
Haber Rhein""", date="2025-11-12 11:47"),

I("tr", 0, "clean", "Berivan Acar <berivan.acar@example.com>", "Gönüllü tercümanlık",
"""Merhaba, ben Berivan. Bergisch Gladbach'ta doğup büyüdüm, Türkçe, Kurmancî ve Almanca
konuşuyorum, Sosyal Hizmet okuyorum (3. dönem). Haftada birkaç saat gönüllü olarak
danışmanlıklarda ya da atölyelerde tercümanlık yapabilirim. Nasıl başvurabilirim?
Berivan Acar""", date="2025-11-16 18:29"),

I("tr", 0, "clean", "Yıldız Renovierung <info@yildiz-renovierung.example.com>", "Boya, badana ve tadilat hizmetlerimiz",
"""Sayın Yetkililer,

Yıldız Renovierung olarak 15 yıldır Bergisch Gladbach ve Köln'de boya, badana, zemin
döşeme ve taşınma sonrası temizlik hizmetleri veriyoruz.

Belediyenin kiraladığı dairelerde kiracı değişimlerinde ya da taşınma sonrası Renovierung
işlerinde sizinle çalışmak isteriz. Kamu kurumlarına özel fiyatlarımız mevcuttur;
Kostenvoranschlag ücretsizdir.

Referanslarımız ve fiyat listemiz ektedir.

Saygılarımızla,
Orhan Yıldız
Yıldız Renovierung & Malerbetrieb
www.yildiz-renovierung.example.com""", html="alt", attach=["Preisliste_2025.pdf"], date="2025-11-19 09:15"),

I("tr", 0, "clean", "Esra Kılıç <esra.kilic@example.org>", "Kita yeri",
"""Merhaba, 3 yaşındaki kızım için Kita yeri arıyorum. Kita-Navigator'a kayıt yaptım ama
6 aydır cevap yok. Kime yazmam lazım? Sizin adresinizi bir arkadaşım verdi.
Esra Kılıç""", date="2025-11-20 10:44"),

I("tr", 0, "phone", "Tuncay Özer <tuncay.ozer@example.net>", "Anwohnerparkausweis",
"""merhaba anwohnerparkausweis icin nereye basvurmam gerekiyor, online form calismiyor. tesekkurler Tuncay Özer, Bensberg""",
  date="2025-11-24 07:58"),

A("tr", 0, "other", "Selin Demir <selin.demir@demir-immo.example.com>", "Otomatik yanıt: Kiralık daireler – işbirliği teklifi",
"""Merhaba,

E-postanız için teşekkür ederim. 17–21 Kasım tarihleri arasında ofis dışındayım ve
e-postalarımı kontrol edemiyorum. Acil durumlarda lütfen ofisimizi arayınız: 02204 70 39 10.

Vielen Dank für Ihre Nachricht. Vom 17. bis 21. November bin ich nicht im Büro. In dringenden
Fällen erreichen Sie uns unter 02204 70 39 10.

Selin Demir
Demir Immobilien""",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
           "In-Reply-To": "<20251117101244.19c3@stadt-gl.de>"},
  date="2025-11-17 10:13"),

H(S("tr", 0, "html_only", "PTT Kargo <bildirim@ptt-kargo-takip.example.net>", "Kargonuz teslim edilemedi - Adres onayı gerekli",
"""PTT Kargo. Sayın Müşterimiz, TR48291736DE takip numaralı uluslararası gönderiniz gümrük
bedeli ödenmediği için teslim edilememiştir. 48 saat içinde 2,99 € ödeyiniz.
https://ptt-kargo-takip.example.net/odeme/TR48291736DE""", html="only", date="2025-11-08 06:21"), PTT_HTML),

S("tr", 0, "other", "Bonus Kampanya <kampanya@mega-bonus.example.net>", "Tebrikler! 500 TL deneme bonusunuz hazır 🎁",
"""🎰 Sadece bugüne özel!

Yeni üyelere 500 TL deneme bonusu + 200 freespin!
Çevrim şartı yok, anında çekim.

Hemen üye ol: https://mega-bonus.example.net/kayit?ref=8821

Bu e-postayı almak istemiyorsanız buraya tıklayın: https://mega-bonus.example.net/iptal""",
  html="alt", date="2025-11-22 01:36"),

# --- Arabic ---
T("ar", 1, "mixed_language", "Khaled Al-Hamwi <khaled.alhamwi@example.net>", "موعد الإخلاء يوم الثلاثاء - Räumung",
"""السلام عليكم،

أنا خالد الحموي، أسكن مع زوجتي وأطفالي الثلاثة في شقة في Refrath منذ سنتين. صاحب البيت
أرسل لنا Kündigung بسبب Eigenbedarf قبل سنة، ولم نجد شقة جديدة رغم أننا بحثنا كثيراً.
بعد ذلك رفع علينا دعوى في المحكمة، والآن وصلتنا رسالة من الـ Gerichtsvollzieher أن موعد
الإخلاء (Räumung) يوم الثلاثاء القادم 25.11 الساعة 8 صباحاً.

لا نعرف إلى أين نذهب. الـ Jobcenter قال لنا أن نتواصل مع المدينة. هل يمكن أن تساعدونا
بمكان مؤقت على الأقل؟ الأطفال في المدرسة هنا في Refrath.

أرفقت رسالة الـ Gerichtsvollzieher.

شكراً جزيلاً
خالد الحموي
0176 8830 2741""", attach=["Gerichtsvollzieher.pdf"], date="2025-11-19 17:45"),

T("ar", 0, "phone", "abo ahmad <aboahmad.syr@example.com>", "wohnung",
"""salam 3alaykom. ana sakin bl heim b Gronau ma3 marti w 3 wlad. badna bet 3 ghuraf. el jobcenter byedfa3. fi ay musa3ade? shukran. Mahmoud""",
  date="2025-11-07 21:33"),

T("ar", 0, "mixed_language", "Rasha Ibrahim <rasha.ibrahim@example.org>", "Mietangebot Jobcenter",
"""مرحباً،

وجدت شقة في Bensberg، غرفتين، 62 متر، الـ Kaltmiete ‏650 والـ Nebenkosten ‏170. صاحب الشقة
أعطاني Mietangebot ويجب أن أقدّمه للـ Jobcenter، لكن الموظف طلب مني أيضاً ورقة أخرى
لم أفهم اسمها (شيء عن Heizkosten؟). هل يمكنكم مساعدتي في تعبئة الأوراق؟ نحن أنا وابنتي فقط.

رشا""", date="2025-11-10 15:26"),

T("ar", 0, "clean", "Nour Al-Khatib <nour.alkhatib@example.net>", "تسجيل في ورشة السكن",
"""مرحباً،

أنا وزوجي نسكن في الـ Unterkunft في Paffrath. سمعنا عن ورشة "Wohnungsführerschein" ونريد أن
نسجّل فيها. هل يوجد مترجم للغة العربية؟ زوجي لغته الألمانية ضعيفة. ومتى الموعد القادم؟

مع الشكر،
نور الخطيب""", charset="windows-1256", date="2025-11-04 12:09"),

T("ar", 0, "reply", "Yasser Darwish <yasser.darwish@example.com>", "AW: Unterlagen",
"""مرحباً سيدة Vogel،
أرسلت لكم كل الأوراق في المرفقات: الـ Aufenthaltstitel والـ Bescheid من الـ Jobcenter والـ SCHUFA.
شكراً
ياسر

Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Mittwoch, 5. November 2025 10:12
An: yasser.darwish@example.com
Betreff: Unterlagen

Guten Tag Herr Darwish,
bitte senden Sie uns die besprochenen Unterlagen zu.
Viele Grüße
Sandra Vogel""", attach=["Aufenthaltstitel_Darwish.pdf", "Bescheid_JC.pdf", "SCHUFA.pdf"], date="2025-11-06 18:40"),

T("ar", 0, "on_behalf", "Omar Haddad <omar.haddad@example.org>", "عائلة ابن عمي",
"""السلام عليكم ورحمة الله،

أنا عمر حداد، أعيش في Köln منذ 2016 وأعمل ممرضاً. أكتب لكم بخصوص عائلة ابن عمي محمد حداد،
التي تسكن في الـ Unterkunft في Hand منذ ثلاث سنوات (الأب والأم وثلاثة أطفال، أصغرهم عمره سنة).

ابن عمي لا يتكلم الألمانية جيداً ولا يعرف كيف يبحث عن شقة. هو يعمل الآن في مخبز بدوام كامل
ولديه Arbeitsvertrag غير محدود المدة.

هل يمكنه أن يشارك في برنامجكم؟ أستطيع أن آتي معه إلى الموعد للترجمة. رقم هاتفي: 0177 6402 1150

مع الشكر والتقدير،
عمر حداد""", date="2025-11-15 11:52"),

T("ar", 0, "oneliner", "Amal <amal.saeed@example.net>", "شهادة",
"""مرحبا، متى أستطيع أن آخذ شهادة الورشة؟ حضرت كل الجلسات. أمل سعيد""", date="2025-11-18 13:20"),

L("ar", 0, "clean", "Bassam Al-Sayed <bassam.alsayed@example.com>", "شقة للإيجار في Refrath",
"""السلام عليكم،

أنا أعيش في ألمانيا منذ 2015، والحمد لله اشتريت قبل سنة شقة صغيرة في Refrath: غرفتان، 55 متراً،
في الطابق الأرضي مع حديقة صغيرة. الشقة ستصبح فارغة من 1.1.2026.

أريد أن أؤجّرها لعائلة صغيرة من الذين يسكنون في الـ Heim، لأنني أعرف كم هو صعب. الإيجار
600 Kalt و160 Nebenkosten.

ما هي الخطوات؟ هل تتواصلون أنتم مع الـ Jobcenter أم أنا؟

باسم السيد""", charset="windows-1256", date="2025-11-12 20:18"),

I("ar", 0, "formal", "جمعية الجسر <info@jisr-verein.example.org>", "دعوة للتعاون",
"""السادة فريق الاندماج والسكن المحترمين،
تحية طيبة وبعد،

نحن جمعية "الجسر" العربية الألمانية في Bergisch Gladbach، نقدّم منذ 2017 دروس دعم مدرسي
وأنشطة ثقافية للعائلات العربية. نلاحظ أن موضوع السكن هو أكثر ما يسأل عنه الناس في لقاءاتنا.

نود أن نعرض عليكم التعاون: يمكننا استضافة ورشة السكن في قاعتنا مع ترجمة إلى العربية، أو
توزيع معلوماتكم على أعضائنا. كما نرحب بزيارتكم في لقائنا الشهري يوم السبت 13 ديسمبر.

نرجو إعلامنا إن كان ذلك ممكناً.

مع خالص التحيات،
د. هالة منصور
رئيسة جمعية الجسر e.V.""", date="2025-11-17 16:55"),

S("ar", 0, "other", "Mr. Abdullah Rahman <claims.office@intl-fund.example.net>", "تهانينا: لقد فزت بمبلغ 850,000 دولار",
"""عزيزي المستفيد،

يسعدنا إبلاغك بأن عنوان بريدك الإلكتروني قد تم اختياره في السحب السنوي لصندوق التنمية الدولي،
وقد ربحت مبلغ 850,000 دولار أمريكي.

لاستلام الجائزة، يرجى إرسال المعلومات التالية: الاسم الكامل، العنوان، رقم الهاتف، صورة جواز السفر.

ملاحظة: يجب دفع رسوم تحويل بقيمة 250 دولاراً عبر Western Union قبل إرسال المبلغ.

يرجى الرد خلال 7 أيام وإلا سيتم إلغاء الجائزة.

السيد عبدالله رحمن
مكتب المطالبات الدولية""", charset="windows-1256", date="2025-11-26 03:47"),
]
