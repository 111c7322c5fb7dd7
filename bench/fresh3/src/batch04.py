"""fresh3 evaluation batch 04: inbox of 16-20 March 2026 (mixed languages and categories)."""
from mailwriter import T, L, I, S, A, mdn_builder


READ_HUMAN = "\r\n".join([
    "Ihre Nachricht",
    "",
    "  An: Achim Reuter",
    "  Betreff: Wohnungsangebot Heidkamp - Rückmeldung",
    "  Gesendet: Montag, 16. März 2026 10:14:22 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    "",
    "wurde am Montag, 16. März 2026 11:02:47 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.",
])


MAILS = [
T("de", 0, "formal", "Mahmoud Al-Rifai <mahmoud.alrifai@example.com>",
  "Nachfrage: Stand WBS-Antrag und Unterstützung bei Vermieteranschreiben",
"""Sehr geehrte Frau Lindner,

ich hoffe, es geht Ihnen gut. Im Januar haben Sie mir geholfen, den Antrag auf einen Wohnberechtigungsschein auszufüllen, den ich am 21.01. beim Wohnungsamt abgegeben habe. Leider habe ich bis heute keinen Bescheid erhalten. Können Sie mir sagen, ob ich dort selbst nachfragen soll oder ob Sie einen Kontakt haben?

Außerdem hätte ich eine Bitte: Ich möchte mich bei mehreren Wohnungsgesellschaften bewerben und habe ein kurzes Anschreiben vorbereitet (im Anhang). Könnten Sie kurz darüber schauen, ob das so in Ordnung ist? Ich arbeite seit acht Monaten als Helfer in einem Elektrobetrieb und möchte das gerne betonen.

Zur Erinnerung: Wir sind vier Personen (meine Frau, unsere Söhne mit 6 und 3 Jahren und ich) und wohnen in der Unterkunft in Paffrath.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Mahmoud Al-Rifai""", attach=["Anschreiben_Vermieter.docx"], date="2026-03-16 08:20"),

L("de", 0, "formal", "Martin Ebbinghaus <verwaltung@kirchengemeinde-moitzfeld.example.org>",
  "Ehemalige Küsterwohnung - Vermietung an geflüchtete Familie",
"""Sehr geehrte Damen und Herren,

der Kirchenvorstand unserer Gemeinde hat in seiner letzten Sitzung beschlossen, die ehemalige Küsterwohnung neben dem Pfarrheim in Moitzfeld wieder zu vermieten, und zwar bevorzugt an eine geflüchtete Familie. Die Wohnung hat 3 Zimmer, Küche, Bad, ca. 78 m² und einen kleinen Garten. Sie wird derzeit renoviert, Fertigstellung voraussichtlich Ende April.

Die Miete soll sich an den Angemessenheitsgrenzen des Jobcenters orientieren. Wir möchten die Familie gern vorher kennenlernen; einige Ehrenamtliche aus der Gemeinde wären auch bereit, beim Einzug zu helfen.

Wie ist das weitere Vorgehen? Benötigen Sie Unterlagen von uns (Grundriss, Energieausweis)?

Mit freundlichen Grüßen
Martin Ebbinghaus
Verwaltungsleiter
Katholische Kirchengemeinde Moitzfeld-Herkenrath
Pfarrbüro: Di und Do 9-12 Uhr""", date="2026-03-16 11:34"),

T("ar", 0, "clean", "Rami Chehab <rami.chehab@example.com>", "سؤال عن الكاوشن",
"""مرحبا،
لقيت شقة بـ Refrath وصاحب الشقة بدو 3 أشهر Kaution يعني 2100 يورو. أنا ما معي هالمبلغ أبداً.
سمعت إنو الجوب سنتر بيعطي الكاوشن كقرض (Darlehen)؟ كيف بعمل الطلب؟ ولازم رجعو كل شهر؟ قديش؟
وكمان صاحب البيت بدو يسلمني المفاتيح بـ 15 نيسان، بلحق؟
يسلمو إيديكن
رامي""", date="2026-03-16 19:12"),

T("fa", 0, "clean", "Mohammad Reza Jafari <mr.jafari@example.net>", "جاب سنتر جواب نمی‌دهد",
"""سلام،
ما یک خانه در Gronau پیدا کردیم. سه هفته پیش Mietangebot را به جاب سنتر دادیم ولی هنوز جواب نداده‌اند. هر بار زنگ می‌زنم کسی گوشی را برنمی‌دارد.
صاحبخانه گفته اگر تا جمعه جواب نیاید خانه را به کس دیگری می‌دهد. خیلی نگران هستیم، یک سال است دنبال خانه‌ایم.
آیا شما می‌توانید با جاب سنتر تماس بگیرید؟ شماره پرونده ما در جاب سنتر: 34102//0045871
با تشکر
محمدرضا جعفری""", date="2026-03-17 09:03"),

T("en", 0, "on_behalf", "Fiona MacLeod <fiona.macleod@example.com>",
  "Deposit (Kaution) for the Sabbagh family - Jobcenter timeline?",
"""Hi there,

I'm a volunteer mentor with the Refrath welcome group and I've been helping the Sabbagh family (Mr Khaled Sabbagh, his wife Lina and their three kids), who are registered with you - I believe Mr Demir is their contact.

Good news: they've been accepted for a 3-room flat in Refrath, lease to start 1 May. The landlord is asking for a deposit of 1,860 EUR before handing over the keys. Khaled submitted the deposit loan application to the Jobcenter last Wednesday, together with the rental offer, but they told him it might take 4-6 weeks.

Is there any way to speed this up, or is there an alternative (e.g. a letter from the city) we could offer the landlord in the meantime? He seems flexible but wants something in writing.

Sorry for writing in English - my German is fine when speaking but slow in writing. Happy to call.

Many thanks,
Fiona MacLeod
+49 151 555 62 01""", date="2026-03-17 12:25"),

L("de", 0, "clean", "Renate Köhler-Baum <renate.koehler-baum@example.org>",
  "Besichtigung Samstag - Familie nicht erschienen",
"""Hallo Frau Lindner,

am Samstag um 11 Uhr war die Besichtigung mit der Familie Mohammadi für meine Wohnung in Refrath vereinbart. Ich habe eine Stunde gewartet, aber es ist niemand gekommen und es hat auch niemand abgesagt. Die Telefonnummer, die ich bekommen hatte, ist nicht erreichbar.

Ich bin ehrlich gesagt etwas enttäuscht, ich hatte mir extra Zeit genommen. Ist der Familie etwas passiert oder haben sie kein Interesse mehr? Ich habe noch zwei andere Anfragen für die Wohnung und müsste bis Ende der Woche wissen, woran ich bin.

Wenn Sie eine andere Familie hätten, wäre ich auch dafür offen.

Freundliche Grüße
Renate Köhler-Baum""", date="2026-03-16 14:48"),

T("ti", 0, "clean", "Senait Habte <senait.habte@example.net>", "ምዝገባ ንኮርስ ገዛ",
"""ሰላም፡
ኣነ ሰናይት ሃብተ እየ። ኣብ Hand ኣብ Heim እነብር። ብዛዕባ እቲ ናይ ገዛ ኮርስ (Wohnungsführerschein) ካብ መሓዛይ ሰሚዐ።
ክምዝገብ ደልየ ኣለኹ። መዓስ እዩ ዝጅምር? ኣበይ እዩ? ጀርመንኛ ቁሩብ እየ ዝፈልጥ፡ ተርጓሚ ኣሎ ድዩ?
ሰርቲፊኬት (Teilnahmebestätigung) ይወሃብ ድዩ?
የቐንየለይ
ሰናይት""", date="2026-03-17 17:55"),

I("de", 0, "clean", "Klaus-Dieter Wimmer <kd.wimmer@example.net>", "Ehrenamtliche Unterstützung angeboten",
"""Sehr geehrte Damen und Herren,

ich bin seit letztem Sommer im Ruhestand (früher Lehrer für Deutsch und Geschichte an einem Gymnasium in Köln) und wohne in Moitzfeld. Ich würde mich gerne ehrenamtlich engagieren und habe gelesen, dass Sie geflüchteten Menschen bei der Wohnungssuche helfen.

Ich könnte mir vorstellen, Familien zu Besichtigungen zu begleiten, bei Briefen und Formularen zu helfen oder bei Ihren Workshops zu unterstützen. Ich habe ein Auto und bin zeitlich recht flexibel (außer donnerstags).

Gibt es bei Ihnen Bedarf? An wen müsste ich mich wenden?

Mit freundlichen Grüßen
Klaus-Dieter Wimmer""", date="2026-03-18 10:11"),

T("ar", 0, "clean", "Khaled Barakat <khaled.barakat80@example.com>", "لماذا لا أحد يرد؟",
"""السلام عليكم
هذه رابع رسالة أرسلها لكم منذ شهر نوفمبر ولم يرد أحد. أنا مسجل عندكم منذ أكثر من سنة، وأعطيتكم كل الأوراق المطلوبة.
أسكن مع زوجتي وأولادي الخمسة في غرفتين في الهايم في Hand. الأولاد كبروا، ابنتي الكبيرة عمرها 16 سنة وتنام في نفس الغرفة مع إخوتها.
أرجو أن تخبروني ماذا يحدث بملفي، وإذا كان هناك شيء ناقص.
خالد بركات""", date="2026-03-18 13:29"),

T("fr", 0, "clean", "Brice Nkodo <brice.nkodo@example.com>", "Attestation de participation - atelier logement",
"""Bonjour,

J'ai participé à l'atelier « Wohnungsführerschein » en janvier à Bensberg (les trois séances). À la fin on nous a dit que l'attestation serait envoyée par e-mail, mais je ne l'ai pas encore reçue.

J'en ai besoin pour une candidature pour un appartement à Refrath, la visite est jeudi prochain. Pouvez-vous me l'envoyer s'il vous plaît ?

Mon nom : NKODO Brice Arnaud, né le 11/09/1994.

Merci d'avance et bonne journée,
Brice Nkodo""", date="2026-03-18 15:02"),

A("de", 0, "other", "Achim Reuter <a.reuter@hausverwaltung-reuter.example.com>",
  "Gelesen: Wohnungsangebot Heidkamp - Rückmeldung", "read receipt Reuter 16.03.",
  raw=mdn_builder(READ_HUMAN, "Microsoft Outlook 16.0", "a.reuter@hausverwaltung-reuter.example.com",
                  "<7c21e9f04ab3.kim@stadt-gl.de>"),
  date="2026-03-16 11:02"),

T("ps", 0, "clean", "Abdul Wali Mangal <abdulwali.mangal@example.com>", "زما دوسیه",
"""سلام
ما درې میاشتې مخکې تاسو ته ایمیل لیږلی و او ټول کاغذونه مې درکړي وو. تر اوسه ځواب نه دی راغلی.
زه، میرمن مې او څلور ماشومان په Herkenrath کې په کمپ کې اوسیږو. ماشومان ښوونځي ته ځي او ځای ډېر تنګ دی.
مهرباني وکړئ ووایاست چې زما دوسیه په کوم حال کې ده.
مننه
عبدالولي منګل
01625554419""", date="2026-03-18 21:14"),

L("de", 0, "clean", "Hartmut Seelbach <h.seelbach@example.com>", "Miete März fehlt - Herr Tesfamariam",
"""Guten Tag,

die Miete für März für die Wohnung in Schildgen, die ich über Sie an Herrn Tesfamariam vermietet habe, ist bis heute nicht eingegangen. Bisher kam das Geld immer pünktlich vom Jobcenter. Herr Tesfamariam sagt, er habe inzwischen Arbeit und das Jobcenter zahle deshalb nicht mehr direkt, er werde selbst überweisen. Gekommen ist aber nichts.

Ich möchte ungern gleich mit einer Mahnung kommen, er ist ein netter Mieter. Können Sie da mal nachhaken bzw. mit ihm sprechen? Vielleicht versteht er nicht, dass er jetzt selbst einen Dauerauftrag einrichten muss.

Mit freundlichem Gruß
Hartmut Seelbach""", charset="iso-8859-1", date="2026-03-19 08:47"),

T("fa", 0, "on_behalf", "Sultan Ahmadzai <sultan.ahmadzai@example.net>", "در مورد خانه برای کاکایم",
"""سلام علیکم،
من سلطان احمدزی هستم و در شهر Köln زندگی می‌کنم. این ایمیل را از طرف کاکایم آقای نورالله احمدزی می‌نویسم که با خانم و سه طفلش در کمپ Moitzfeld زندگی می‌کند. او ایمیل ندارد و آلمانی را خوب نمی‌داند.
کاکایم سه سال است در آلمان است و حالا Aufenthaltserlaubnis گرفته. او می‌خواهد از کمپ بیرون شود و یک خانه بگیرد.
لطفاً بگویید او چطور می‌تواند در برنامه شما ثبت نام کند؟ آیا باید به دفتر شما بیاید؟ من می‌توانم همراهش بیایم و ترجمانی کنم.
شماره من: ۰۱۷۶۵۵۵۸۳۰۲۱
با احترام
سلطان""", date="2026-03-19 12:05"),

I("en", 0, "clean", "Emmanuel Osei <e.osei.gh@example.com>", "Appointment for residence permit and Anmeldung",
"""Hello,

I am working as a nurse in a care home in Bergisch Gladbach since January, I came from Ghana with a work visa. I moved last week from the staff room to a flat in Bensberg and I need to do the Anmeldung of my new address. Also my visa has to be changed to a residence permit before end of April and I need an appointment at the Ausländerbehörde.

I found this email on the city website. Can you book the appointments for me or tell me who to contact? I tried the online booking but there is nothing free.

Thanks a lot,
Emmanuel Osei""", date="2026-03-19 16:40"),

S("ar", 0, "clean", "مركز الجوائز الدولي <awards.center@example.net>", "مبروك! لقد ربحت 500,000 يورو",
"""عزيزي الفائز،

يسعدنا إبلاغك بأن عنوان بريدك الإلكتروني قد تم اختياره في السحب السنوي الدولي للبريد الإلكتروني، وقد ربحت مبلغ 500,000 يورو (خمسمائة ألف يورو).

لاستلام الجائزة يرجى إرسال المعلومات التالية خلال 72 ساعة:
- الاسم الكامل
- رقم الهاتف
- صورة جواز السفر
- إيصال دفع رسوم التحويل البنكي (250 يورو)

رقم الملف: EU/2026/4471-AR
لا تخبر أحداً بهذه الرسالة حتى استلام المبلغ لأسباب أمنية.

مع التهاني
السيد جون ويليامز
منسق الجوائز""", charset="windows-1256", date="2026-03-19 02:58"),

T("de", 0, "oneliner", "ahmad nouri <ahmadnouri.91@example.com>", "Teilnahmebestätigung",
"""Hallo bitte Teilnahmebestätigung schicken, Ahmad Nouri, Workshop Februar Bensberg. Danke""",
  date="2026-03-20 07:15"),

T("so", 0, "clean", "Farhia Mohamed <farhia.mohamed@example.net>", "Shahaado koorsada",
"""Salaan,
Waxaan dhammeeyay koorsada Wohnungsführerschein bishii Febraayo ee Familienzentrum-ka, laakiin shahaadada (Teilnahmebestätigung) weli ma helin.
Milkiile guri ayaa i weydiiyay. Fadlan ii soo dira email ahaan.
Magaca: Farhia Mohamed Ali
Mahadsanid""", date="2026-03-20 10:37"),

I("de", 0, "clean", "Lea Brandstätter <lea.brandstaetter@stud.example.org>",
  "Anfrage Interview für Masterarbeit (Soziale Arbeit)",
"""Sehr geehrte Damen und Herren,

mein Name ist Lea Brandstätter, ich studiere im Master Soziale Arbeit an einer Hochschule in Köln und schreibe meine Masterarbeit zum Thema "Wohnfähigkeit als Voraussetzung? Kommunales Auszugsmanagement für Geflüchtete in NRW".

Ich würde sehr gerne ein leitfadengestütztes Interview (ca. 45 Minuten) mit einer Fachkraft aus Ihrem Team führen. Die Auswertung erfolgt selbstverständlich anonymisiert. Falls möglich, würde ich außerdem gern einmal bei einem Ihrer Workshops hospitieren.

Zeitlich bin ich flexibel, die Interviews sollten bis Ende Mai stattfinden.

Über eine Rückmeldung würde ich mich sehr freuen.

Viele Grüße
Lea Brandstätter""", date="2026-03-20 14:26"),

T("ar", 0, "clean", "Samer Nassar <samer.nassar@example.com>", "نسخة جديدة من شهادة الدورة",
"""مرحبا،
حضرت دورة Wohnungsführerschein عندكم في الصيف الماضي وأخذت الشهادة، لكنها ضاعت مع أوراقي لما نقلونا من غرفة إلى غرفة في الهايم.
هل ممكن تعطوني نسخة جديدة؟ أحتاجها لأني سأقدم على شقة عند شركة سكن.
اسمي: سامر نصار، تاريخ الميلاد 02.07.1987
مع الشكر""", date="2026-03-20 18:50"),
]
