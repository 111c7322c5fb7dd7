"""Batch 08: Arabic, Ukrainian, Russian, Turkish and Farsi/Dari mixed with German: personal-looking spam,
machine mail and short human mails."""
from mailwriter import T, L, I, S, A, mdn_builder


MAILS = [
# ================= Arabic =================
S("ar", 0, "mixed_language", "Abu Khaled <abukhaled.sakan@example.net>", "شقة للعائلات السورية - Bergisch Gladbach",
"""السلام عليكم ورحمة الله

أخي الكريم، سمعت من الجماعة إنكم بتساعدوا العائلات اللاجئة تلاقي بيت. أنا أبو خالد من حلب، عايش بألمانيا من ٢٠١٥ والحمد لله. عندي شقة ٣ غرف بـ Bergisch Gladbach قريبة من المحطة، Warmmiete بس ٥٥٠ يورو، والـ Jobcenter بيقبل.

المشكلة إني هلأ مسافر بإسطنبول عند الوالدة لأنها مريضة، وما بقدر أرجع قبل شهرين. اللي بدو الشقة لازم يبعت العربون (Kaution) ٨٠٠ يورو عن طريق Western Union على اسم أخي بإسطنبول، وأنا ببعتله المفتاح والـ Mietvertrag بالبريد.

الشقة ما رح تضل، في كتير ناس طالبينها. ابعتولي رقم العيلة على الواتساب.

الله يجزيكم الخير
أبو خالد""", date="2025-07-22 23:48 +0300"),

S("ar", 0, "mixed_language", "Termin-Service Ausländerbehörde <termin@abh-terminvergabe.example.com>", "تم إلغاء موعدك في Ausländerbehörde - Termin storniert",
"""عزيزي المراجع / Sehr geehrte Kundin, sehr geehrter Kunde,

نأسف لإبلاغك بأن موعدك في دائرة الأجانب (Ausländerbehörde) بتاريخ الأسبوع القادم قد تم إلغاؤه بسبب خطأ تقني.

لحجز موعد جديد خلال ٤٨ ساعة يجب دفع رسوم الحجز (Bearbeitungsgebühr) بقيمة ٤٩ يورو عبر الرابط التالي:
https://abh-terminvergabe.example.com/neuer-termin

تنبيه: إذا لم يتم الدفع، سيتم إغلاق ملف الإقامة (Aufenthaltstitel) الخاص بك.

Mit freundlichen Grüßen
Ihr Termin-Service"""),

A("ar", 0, "mixed_language", "Rasha Mansour <r.mansour@migrationsberatung.example.org>", "Abwesenheitsnotiz / رد تلقائي: Familie Al-Hamwi",
"""Vielen Dank für Ihre Nachricht. Ich bin bis zum 2. Juni nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yıldız: 02202 8871-14.

شكراً لرسالتك. أنا خارج المكتب حتى ٢ حزيران/يونيو. في الحالات المستعجلة يرجى التواصل مع زميلتي السيدة يلدز على الرقم أعلاه.

Rasha Mansour
Migrationsberatung für Erwachsene""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, date="2025-05-19 09:12"),

T("ar", 0, "mixed_language", "Hiba Darwish <hiba.darwish@example.com>", "Besichtigung morgen - SCHUFA?",
"""السلام عليكم
morgen habe ich Besichtigung in Refrath um 17 Uhr. الوسيط قال لازم أجيب SCHUFA، بس أنا ما عندي، ما بعرف شو هي بالضبط. كيف بطلعها بسرعة؟ ولا ممكن أروح بدونها؟
شكراً كتير
هبة""", charset="windows-1256"),

T("ar", 1, "mixed_language", "Mazen Al-Obaidi <mazen.obaidi@example.org>", "Räumung am Dienstag!! ساعدونا",
"""السلام عليكم

أنا مازن العبيدي، ساكن مع زوجتي وتلات أولاد بشقة بـ Bensberg. صاحب البيت عمل Eigenbedarf ورفع علينا قضية، واليوم وصلتنا رسالة من الـ Gerichtsvollzieher إنو الـ Räumung يوم الثلاثاء الساعة ٩ الصبح.

نحنا دورنا على بيت سنة كاملة وما لقينا. الـ Sozialamt قالوا نروح على Obdachlosenunterkunft بس ما عطونا عنوان ولا موعد. البنت الصغيرة عمرها سنتين.

أرجوكم اتصلوا فيني اليوم: 0176 55024183

Mazen Al-Obaidi""", charset="windows-1256", date="2025-11-13 17:40"),

# ================= Ukrainian =================
S("uk", 0, "mixed_language", "Оксана Гнатюк <oksana.hnatiuk.help@example.com>", "Дівчата, терміново! Hilfe 3000 € для українців",
"""Привіт! Це Оксана з чату «Українці Бергіш-Гладбах» 🙂

Пишу всім, кому можу: з'явилась програма допомоги від ООН для українців у Німеччині – 3000 € на сім'ю, навіть якщо ви на Bürgergeld. Jobcenter про це не знає і не рахує як дохід!

Треба тільки заповнити Antrag до неділі, там просто ім'я, адреса, IBAN і фото паспорта:
https://un-ukraine-hilfe.example.net/antrag

Я вже отримала, прийшло за 3 дні 🙏 Перешліть своїм, поки не закрили!

Обіймаю,
Оксана"""),

S("uk", 0, "mixed_language", "Sparkasse Kundenservice <kundenservice@sparkasse-pushtan-update.example.com>", "Важливо: ваш pushTAN буде деактивовано / Ihr pushTAN-Verfahren",
"""Шановний клієнте / Sehr geehrter Kunde,

з 1 числа наступного місяця стара версія pushTAN-Verfahren більше не підтримується. Щоб не втратити доступ до Online-Banking, необхідно повторно підтвердити ваш пристрій.

Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden:
https://sparkasse-pushtan-update.example.com/login

Якщо підтвердження не буде виконано, ваш рахунок буде тимчасово заблоковано (Kontosperre).

Mit freundlichen Grüßen
Ihre Sparkasse""", html="only"),

A("uk", 0, "mixed_language", "Галина Коваль <halyna.koval@ukr-verein.example.org>", "Автовідповідь / Abwesenheitsnotiz: Re: Wohnworkshop auf Ukrainisch",
"""Дякую за ваш лист! Я у відпустці до 18 серпня і не перевіряю пошту. З термінових питань щодо волонтерів пишіть, будь ласка, на info@ukr-verein.example.org.

Danke für Ihre Nachricht! Ich bin bis zum 18. August im Urlaub. In dringenden Fällen schreiben Sie bitte an info@ukr-verein.example.org.

Галина Коваль / Halyna Koval""", headers={"Auto-Submitted": "auto-replied"}, charset="koi8-u", date="2025-08-04 10:30"),

T("uk", 0, "mixed_language", "Тетяна Мороз <tetiana.moroz@example.net>", "Wohnung Refrath – Jobcenter каже Miete zu hoch",
"""Доброго дня!

Ми знайшли Wohnung in Refrath, 2 кімнати, 58 м², власник згоден. Але Jobcenter каже, що Miete zu hoch - на 38 євро більше, ніж Angemessenheitsgrenze.

Чи можна, щоб ми ці 38 євро доплачували самі? Я працюю на Minijob. Власник чекає відповідь до кінця тижня.

Дякую!
Тетяна Мороз, Heim Refrath, кімн. 21""", charset="koi8-u"),

I("uk", 0, "mixed_language", "Наталія Бойко <natalia.boiko.uebersetzung@example.org>", "Допомога з перекладом / Hilfe beim Übersetzen",
"""Доброго дня!

Мене звати Наталія, я з Житомира, в Німеччині вже 3 роки, маю рівень C1 і зараз вчуся на Dolmetscherin. Хотіла б допомагати волонтерсько: перекладати на Besichtigung, з Mietvertrag, листами від Vermieter – для будь-кого з українців, хто шукає житло.

Ich spreche Ukrainisch, Russisch und Deutsch. Маю вільні вечори та суботи.

Як я можу долучитися?

З повагою,
Наталія Бойко"""),

# ================= Russian =================
S("ru", 0, "mixed_language", "Виктор Ланг <viktor.lang.finanz@example.net>", "Кредит ohne SCHUFA – помогу лично",
"""Добрый день!

Меня зовут Виктор, я сам переехал в Германию в 2001 году и знаю, как тяжело, когда банки отказывают из-за SCHUFA.

Помогаю лично: Kredit ohne SCHUFA от 2.000 до 25.000 €, без проверки, без Arbeitsvertrag, деньги на счёт за 24 часа. Подходит для Kaution, мебели, переезда.

Нужна только предоплата за оформление (Bearbeitungsgebühr) 189 € через Paysafecard – после одобрения возвращается.

Пишите в WhatsApp: +49 1520 000 4471
С уважением, Виктор"""),

S("ru", 0, "mixed_language", "Familienkasse Online <service@familienkasse-nachzahlung.example.com>", "Kindergeld: вам положена Nachzahlung 1 850 €",
"""Уважаемый получатель Kindergeld,

в результате перерасчёта Familienkasse вам положена доплата (Nachzahlung) в размере 1 850,00 EUR.

Для получения выплаты подтвердите ваши данные (Steuer-ID, IBAN, Online-Banking) до конца дня:
https://familienkasse-nachzahlung.example.com/bestaetigen

Ohne Bestätigung verfällt der Anspruch.

Mit freundlichen Grüßen
Familienkasse – Abteilung Auszahlung""", charset="koi8-r"),

A("ru", 0, "header_only", "Вальдемар Шмидт <w.schmidt.hand@example.com>", "Прочитано: Einladung zum Vermieterfrühstück",
"", raw=mdn_builder("Ваше сообщение\r\n\r\n  Кому: w.schmidt.hand@example.com\r\n  Тема: Einladung zum Vermieterfrühstück\r\n  Отправлено: 03.03.2026 10:15\r\n\r\nбыло прочитано 03.03.2026 19:48.",
"Microsoft Outlook 16.0", "w.schmidt.hand@example.com", "<9d1e.iw.vermieterfruehstueck@stadt-gl.de>"), date="2026-03-03 19:48"),

L("ru", 0, "mixed_language", "Ольга Гейнц <olga.heinz@example.org>", "Einliegerwohnung in Herkenrath",
"""Здравствуйте!

Мы с мужем (Spätaussiedler, живём в Германии с 1996 года) хотим сдать Einliegerwohnung в нашем доме в Herkenrath: 1 комната, кухня, душ, 42 м², отдельный вход. Frei ab 1. April.

Kaltmiete 390 €, Nebenkosten 110 €. Хотели бы одного человека или пару, лучше работающих. Муж говорит по-русски и по-немецки, я тоже, так что с украинцами или русскоязычными общаться будет легко, но можно и других.

Что нам нужно сделать, чтобы вы нам кого-то предложили? Телефон: 02207 441 96 (вечером).

Ольга Гейнц""", charset="koi8-r"),

T("ru", 0, "mixed_language", "Руслан Дадаев <ruslan.dadaev@example.com>", "Workshop abends?",
"""Добрый день. Хочу записаться на Wohnungsworkshop, но я работаю до 17:00 (Vollzeit, Lager). Есть ли вечерние термины или в субботу? Живу в Heim Paffrath.
Спасибо, Руслан"""),

# ================= Turkish =================
S("tr", 0, "mixed_language", "Zeynep <zeynep.yeni.mail2025@example.net>", "abla bu benim yeni mailim",
"""Merhaba abla nasılsın, telefonum bozuldu bu benim yeni mailim, eski numaram çalışmıyor.

Acil bir ricam olacak, bugün bir Rechnung ödemem lazım 380 € ama Online-Banking'e giremiyorum. Sen benim yerime ödeyebilir misin, yarın sana geri veririm söz. Ya da Paysafecard alıp kodları buraya yazabilir misin?

Kimseye söyleme lütfen, çok utanıyorum. Hemen cevap yaz.
Zeynep"""),

S("tr", 0, "mixed_language", "Finanzamt Rückerstattung <erstattung@finanzamt-online-service.example.com>", "Vergi iadeniz hazır / Ihre Steuererstattung: 642,30 €",
"""Sayın Vergi Mükellefi / Sehr geehrte Steuerpflichtige,

2024 yılı vergi beyannamenizin kontrolü sonucunda size 642,30 € iade (Steuererstattung) yapılmasına karar verilmiştir.

İadenin hesabınıza geçmesi için lütfen 3 iş günü içinde banka bilgilerinizi onaylayın:
https://finanzamt-online-service.example.com/erstattung

Onaylanmayan iadeler iptal edilir.

Mit freundlichen Grüßen
Ihr Finanzamt""", charset="windows-1254"),

A("tr", 0, "mixed_language", "Çeviri Bürosu Anadolu <noreply@ceviri-anadolu.example.com>", "Siparişiniz alındı / Auftrag eingegangen #TR-20931",
"""Sayın müşterimiz / Sehr geehrte Kundin, sehr geehrter Kunde,

çeviri siparişiniz alınmıştır. / Ihr Übersetzungsauftrag ist bei uns eingegangen.

Auftragsnummer: TR-20931
Sprachen: Deutsch > Türkisch
Dokument: Merkblatt_Wohnworkshop.docx
Voraussichtliche Lieferung: 5 Werktage

Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.""",
headers={"Auto-Submitted": "auto-generated"}, charset="iso-8859-9"),

L("tr", 0, "mixed_language", "Hasan Çelik <hasan.celik.bensberg@example.net>", "Bensberg'de 3+1 daire boşaldı",
"""Merhaba,

Bensberg'de 3+1 dairem boşaldı (78 m², 2. kat, balkonlu). Komşum bana sizin programınızdan bahsetti, mülteci ailelere vermeyi düşünüyorum.

Birkaç sorum var: Jobcenter kirayı direkt bana öder mi? Kaution nasıl oluyor, onu da Jobcenter mı veriyor? Bir de Mietvertrag'ı ben mi hazırlıyorum, siz mi?

Kira: 720 € kalt + 190 € Nebenkosten.
Tel: 0173 2280417

Selamlar,
Hasan Çelik""", charset="windows-1254"),

T("tr", 0, "mixed_language", "Rojda Aslan <rojda.aslan@example.com>", "Besichtigung icin Dolmetscher",
"""Merhaba, ben Rojda, Heim Gronau'da kalıyorum. Persembe 15:00'te Gronau'da bir Besichtigung'um var, Vermieter sadece Almanca konusuyor. Benimle gelebilecek bir Dolmetscher veya birisi var mi? Almancam A2.
Tesekkürler
Rojda"""),

# ================= Farsi / Dari =================
S("fa", 0, "mixed_language", "Omid Rahmani <omid.rahmani.invest@example.net>", "سلام دوست عزیز، یک فرصت برای شما",
"""سلام دوست عزیز

من امید هستم، پنج سال است که در آلمان زندگی می‌کنم. من هم مثل شما اول در Heim بودم و با Jobcenter زندگی می‌کردم. حالا از راه سرمایه‌گذاری در USDT ماهانه بیشتر از ۴۰۰۰ یورو درآمد دارم، بدون اینکه Jobcenter بفهمد.

فقط با ۲۵۰ یورو شروع کنید، من شخصاً کمک می‌کنم. ظرفیت این ماه فقط برای ۱۰ نفر است.

برای شروع به تلگرام من پیام بدهید: @omid_profit_de

موفق باشید
امید"""),

S("fa", 0, "mixed_language", "BAMF Online-Service <info@bamf-akte-service.example.com>", "پرونده شما ناقص است - Ihre Akte ist unvollständig",
"""متقاضی گرامی،

طبق بررسی اداره فدرال مهاجرت و پناهندگی (BAMF)، پرونده شما ناقص است. برای جلوگیری از Ablehnung و بسته شدن پرونده، لطفاً تا ۴۸ ساعت آینده مدارک خود را بارگذاری کرده و هزینه بررسی (Bearbeitungsgebühr) به مبلغ ۳۹ یورو را پرداخت کنید:

https://bamf-akte-service.example.com/upload

Mit freundlichen Grüßen
BAMF Online-Service"""),

A("fa", 0, "mixed_language", "انجمن فرهنگی افغان <news@afghan-kultur-rb.example.org>", "خبرنامه ماه قوس / Newsletter Dezember",
"""خبرنامه انجمن فرهنگی افغان‌های راین-برگ

- شب یلدا: شنبه ۲۰ دسامبر، ساعت ۱۸، سالن Bürgerhaus
- کلاس زبان آلمانی برای زنان (Deutschkurs für Frauen) از جنوری شروع می‌شود
- مشاوره رایگان درباره Mietvertrag و Nebenkostenabrechnung، هر پنجشنبه

Unser Newsletter auf Deutsch: https://afghan-kultur-rb.example.org/newsletter
برای لغو اشتراک / Abmelden: https://afghan-kultur-rb.example.org/abmelden""",
headers={"List-Id": "Afghan Kultur RB <news.afghan-kultur-rb.example.org>",
         "List-Unsubscribe": "<https://afghan-kultur-rb.example.org/abmelden>", "Precedence": "bulk"}),

T("fa", 1, "mixed_language", "Sayed Jalal Hashimi <sj.hashimi@example.com>", "صاحب خانه گفت تا پنجشنبه باید برویم",
"""سلام علیکم

من سید جلال هاشمی هستم. من، خانمم و بچه ۴ ماهه ما از ماه سنبله در خانه یک دوستم در Schildgen زندگی می‌کنیم، چون در Heim برای ما جای نبود. امروز Vermieter دوستم آمد و گفت که ما در Mietvertrag نیستیم و تا پنجشنبه باید خانه را خالی کنیم، ورنه پولیس را می‌خواهد.

ما هیچ جای دیگر نداریم. Sozialamt گفت فردا بیاید، ولی فردا چهارشنبه است.

لطفاً کمک کنید. شماره من: 0157 30928861 (فارسی/دری، کمی آلمانی)

سید جلال""", date="2025-12-09 19:22"),

I("fa", 0, "mixed_language", "Freshta Noori <freshta.noori@afghan-frauen.example.org>", "درخواست جلسه معلوماتی به زبان دری / Infoveranstaltung",
"""سلام و احترام

من فرشته نوری هستم از انجمن زنان افغان در Bergisch Gladbach. بسیاری از اعضای ما در Heim زندگی می‌کنند و سوال‌های زیادی درباره Wohnungssuche، WBS و Kaution دارند.

آیا امکان دارد که یک نفر از تیم شما یک جلسه معلوماتی (Infoveranstaltung) برای اعضای ما برگزار کند؟ ما ترجمه به دری را خودمان انجام می‌دهیم. جای جلسه هم داریم (Gemeindezentrum Gronau).

با تشکر
فرشته نوری"""),
]
