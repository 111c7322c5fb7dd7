"""fresh3 evaluation batch 05: inbox of 21-25 March 2026 (mixed languages and categories)."""
from mailwriter import T, L, I, S, A


FACHTAG_ICS = "\r\n".join([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Buendnis Bezahlbar Wohnen//Fachtag//DE",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    "UID:fachtag-2026-04-23@buendnis-wohnen-rb.example.org",
    "DTSTAMP:20260323T091500Z",
    "DTSTART;TZID=Europe/Berlin:20260423T093000",
    "DTEND;TZID=Europe/Berlin:20260423T153000",
    "SUMMARY:Fachtag Wohnen fuer alle? Zugaenge zum Wohnungsmarkt",
    "LOCATION:Gemeindezentrum Refrath",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
])


MAILS = [
T("de", 0, "forward", "Ali Haidari <ali.haidari.gl@example.com>",
  "WG: Schöne 3-Zimmer-Wohnung in Bergisch Gladbach - Ihre Anfrage",
"""Hallo Frau Lindner,
diese Wohnung habe ich gefunden. Ist gut für uns? Miete ist ok für Jobcenter? Vermieter will Termin nächste Woche. Können Sie mitkommen?
Danke Ali

---------- Forwarded message ---------
Von: ImmoFinder Nachrichten <nachrichten@immofinder.example.com>
Date: Sa., 21. März 2026 um 09:14 Uhr
Subject: Schöne 3-Zimmer-Wohnung in Bergisch Gladbach - Ihre Anfrage
To: <ali.haidari.gl@example.com>

Sie haben eine Nachricht vom Anbieter erhalten:

Guten Tag Herr Haidari,
vielen Dank für Ihr Interesse an unserer Wohnung in Bergisch Gladbach-Paffrath (3 Zimmer, 71 m², 2. OG, 690 EUR kalt zzgl. 210 EUR NK, Kaution 2 KM). Gerne können Sie die Wohnung am Dienstag, 24.03., um 17:30 Uhr besichtigen. Bitte bringen Sie eine Selbstauskunft, Einkommensnachweise und eine SCHUFA-Auskunft mit.
Mit freundlichen Grüßen
M. Schröder

Objekt-ID: 88231177
Antworten Sie direkt über Ihr ImmoFinder-Postfach.""", date="2026-03-21 11:03"),

L("de", 0, "broken", "Mehmet Yıldırım <mehmet.yildirim64@example.com>", "Wohnung Gronau 3 zimmer",
"""Hallo guten tag,
ich habe wohnung in Gronau, 3 zimmer kuche bad 68 qm, frei ab mai. Mein Mieter ist zuruck nach Türkei. Ich will gerne vermieten an Familie von ihre Programm, ich war selber auch auslander früher ich weiss wie schwer ist.
Aber frage: Kann die Stadt miete garantieren wenn Jobcenter nicht bezahlt? Letzte mal ich hatte Problem mit andere Mieter 4 monat keine miete.
Miete 650 kalt + 180 NK.
Bitte rufen Sie mich an 0172 555 90 41
Mehmet Yıldırım""", charset="windows-1254", date="2026-03-21 16:22"),

T("ar", 0, "other", "Osman Adam <osman.adam.sd@example.com>", "sakan",
"""salam alekum
ana osman min el sudan, ana ga3id fi heim Hand min sana w nus, ana ragil wa7id.
fi zol gal lei enkum bit sa3du el nas fi el bahs 3an sha2a (Wohnung). ana bashtaghal fi restaurant 20 sa3a fi el usbu3.
mumkin tsa3duni? ana ma bafham almani kwayis.
shukran kitir
osman""", date="2026-03-21 23:48"),

T("fa", 0, "clean", "Ahmad Shah Rasuli <ahmadshah.rasuli@example.com>", "اتاق برای شاگرد Ausbildung",
"""سلام،
من احمدشاه رسولی هستم، ۱۹ ساله. از سپتامبر گذشته Ausbildung به عنوان Elektriker را در یک شرکت در Bergisch Gladbach شروع کردم. حالا در کمپ Hand با سه نفر دیگر در یک اتاق زندگی می‌کنم و شب‌ها نمی‌توانم درس بخوانم و خوب بخوابم.
می‌خواهم یک اتاق در WG یا یک آپارتمان کوچک بگیرم. شنیدم برای شاگردان Berufsausbildungsbeihilfe (BAB) هست. آیا شما می‌توانید کمک کنید؟
تشکر
احمدشاه""", date="2026-03-22 13:15"),

L("en", 0, "clean", "Pieter van den Berg <pieter.vdberg@example.net>", "Apartment Bensberg available 1 June",
"""Dear Sir or Madam,

We are a Dutch couple and own a small apartment in Bensberg (2 rooms, 49 m2, ground floor, small terrace) which we used ourselves when visiting our daughter, who studied in Cologne. She has now finished and moved away, so the flat is empty.

Our daughter's former neighbour told us that the city helps refugees to find housing. We would be happy to rent to a single person or a couple through your programme. We were thinking of 540 EUR plus 130 EUR service costs.

We are not in Germany often. Is it possible that the city helps with the contract and the handover? And do you have a standard contract we could use?

Kind regards,
Pieter and Anneke van den Berg
Utrecht, NL""", date="2026-03-22 10:40"),

I("de", 0, "formal", "Petra Lohmar <info@buendnis-wohnen-rb.example.org>",
  "Einladung: Fachtag \u201eWohnen für alle?\u201c am 23. April 2026",
"""Liebe Kolleginnen und Kollegen,

wir laden Sie herzlich zu unserem diesjährigen Fachtag ein:

"Wohnen für alle? Zugänge zum Wohnungsmarkt für Menschen mit Fluchterfahrung"
Donnerstag, 23. April 2026, 9:30 bis 15:30 Uhr
Gemeindezentrum Refrath

Programm:
- Impulsvortrag zur Lage auf dem Wohnungsmarkt im Rheinisch-Bergischen Kreis
- Workshops: 1) Diskriminierung bei der Wohnungssuche, 2) Vermieter gewinnen - was funktioniert?, 3) Wohnen und Jobcenter
- Podium mit Vermieterinnen, Mietern und Verwaltung

Wir würden uns besonders freuen, wenn jemand aus dem Auszugsmanagement in Workshop 2 kurz (ca. 10 Minuten) von Ihren Erfahrungen berichten könnte.

Anmeldung bitte bis 10.04. per Mail an diese Adresse. Eine Kalendereinladung hängt an.

Herzliche Grüße
für das Bündnis Bezahlbar Wohnen Rhein-Berg
Petra Lohmar""", attach=[("Fachtag_Wohnen_23042026.ics", FACHTAG_ICS)], date="2026-03-23 09:15"),

T("fr", 0, "phone", "Koffi Yao <koffi.yao225@example.com>", "appartement trouvé",
"""bjr madame jai trouvé un appart a schildgen 2 pieces 560 euro le proprio est ok mais il demande papier du jobcenter et la caution. jai deposé au jobcenter lundi. est ce que vous pouvez appeler le jobcenter pour que ca va vite svp le proprio va pas attendre longtemps merci beaucoup
Koffi
envoyé de mon tel""", date="2026-03-23 12:58"),

T("ar", 0, "clean", "Lina Haj Ali <lina.hajali@example.net>", "ما هي SCHUFA؟",
"""مساء الخير،
كل صاحب بيت أكلمه يطلب مني "SCHUFA". ما هي بالضبط؟ وكيف أحصل عليها؟ هل تكلف مالاً؟ رأيت موقعاً يطلب 29,95 يورو.
أنا لم آخذ أي قرض في ألمانيا، فهل تكون فارغة؟ هل هذا جيد أم سيء؟
أنا وابني نسكن في Heim في Bensberg، وأبحث عن شقة صغيرة.
شكراً جزيلاً
لينا""", charset="windows-1256", date="2026-03-23 18:30"),

L("de", 0, "formal", "Dr. Cornelia Weyer <c.weyer@example.com>",
  "Fragen zu Rahmenbedingungen vor einer möglichen Vermietung",
"""Sehr geehrte Damen und Herren,

mein Mann und ich besitzen in Refrath ein Zweifamilienhaus, in dem wir selbst das Erdgeschoss bewohnen. Die Wohnung im Obergeschoss (4 Zimmer, 98 m²) wird im Sommer frei. Wir überlegen, sie über Ihr Programm an eine geflüchtete Familie zu vermieten, möchten uns vorher aber gründlich informieren, da wir unter einem Dach leben würden.

Konkret:
1. Gibt es seitens der Stadt eine Mietausfall- oder Schadensgarantie, und wenn ja, in welcher Höhe und wie lange?
2. Wie läuft die Mietzahlung, wenn das Jobcenter zuständig ist? Wird direkt an uns überwiesen, und was passiert, wenn die Familie später eigenes Einkommen hat?
3. Bleiben Sie nach dem Einzug Ansprechpartner, z. B. bei Verständigungsproblemen oder Konflikten?
4. Haben wir Einfluss auf die Auswahl, können wir die Familie also vorher kennenlernen?
5. Akzeptiert das Jobcenter eine Indexmiete?

Wir sind grundsätzlich offen, möchten aber nicht blauäugig entscheiden. Ein persönliches Gespräch wäre uns sehr willkommen.

Mit freundlichen Grüßen
Dr. Cornelia Weyer""", html="alt", date="2026-03-24 08:44"),

T("ku", 0, "clean", "Rojda Hesen <rojda.hesen@example.com>", "Me xaniyek dît",
"""Silav Xanim Lindner,
Ez Rojda me, me berê li ofîsa we bi hev re axivî. Mizgîn: me xaniyek dît li Heidkamp! 3 ode, 70 m².
Xwediyê xanî dibêje divê Jobcenter Mietbescheinigung îmze bike û ew Kaution jî dixwaze. Em nizanin pêşî çi bikin.
Hûn dikarin alîkariya me bikin? Em dikarin roja Çarşemê werin ofîsê.
Gelek spas
Rojda û Mehmûd""", date="2026-03-24 11:07"),

S("en", 0, "clean", "Kevin from RankBoost <kevin@rankboost-seo.example.com>", "stadt-gl.de - quick question",
"""Hi there,

I was checking stadt-gl.de and noticed a few issues that are hurting your Google ranking:
- 47 broken links
- slow mobile loading speed (5.8s)
- missing meta descriptions on 112 pages

We help businesses like yours get to page 1 of Google in 90 days or less, guaranteed. Would you be interested in a free audit report? Just reply "YES" and I'll send it over.

Best,
Kevin
Senior SEO Consultant

If you don't want to hear from me again, reply "NO".""", date="2026-03-24 05:21"),

L("fa", 0, "clean", "Dariush Tehrani <d.tehrani@example.com>", "آپارتمان برای اجاره در Bensberg",
"""با سلام،
من داریوش تهرانی هستم، سی سال است در آلمان زندگی می‌کنم و یک آپارتمان دو خوابه در Bensberg دارم که از اول ماه مه خالی می‌شود (۶۵ متر، طبقه اول، بالکن).
مایلم آن را به یک خانواده ایرانی یا افغان که از طریق برنامه شما معرفی می‌شوند اجاره بدهم، چون زبانشان را می‌فهمم و ارتباط راحت‌تر است. اجاره ۶۸۰ یورو سرد به اضافه ۱۷۰ یورو Nebenkosten.
لطفاً بفرمایید روند کار چگونه است و آیا Jobcenter اجاره را مستقیماً به حساب من واریز می‌کند؟
با احترام
داریوش تهرانی
۰۱۷۰۵۵۵۲۷۷۱""", date="2026-03-24 19:36"),

T("de", 0, "on_behalf", "Andreas Hövel <a.hoevel@baeckerei-hoevel.example.com>",
  "Wohnung für unseren Azubi Herrn Sharifi",
"""Guten Tag,

ich bin Inhaber einer Bäckerei mit drei Filialen in Bergisch Gladbach. Seit August 2025 macht Herr Mustafa Sharifi (21, aus Afghanistan) bei uns eine Ausbildung zum Bäcker. Er ist zuverlässig und wir wollen ihn nach der Ausbildung übernehmen.

Sein Problem: Er wohnt in der Unterkunft in Hand, und Schichtbeginn ist um 3:00 Uhr in Moitzfeld. Um die Zeit fährt kein Bus, er kommt mit dem Fahrrad, im Winter ist das kaum zumutbar. Er sucht ein Zimmer oder eine kleine Wohnung in der Nähe, hat aber auf seine Bewerbungen keine einzige Antwort bekommen.

Können Sie ihn unterstützen? Wir würden als Arbeitgeber gern eine Bescheinigung oder Empfehlung schreiben und ggf. auch bei der Kaution helfen. Herr Sharifi weiß, dass ich Ihnen schreibe.

Mit freundlichen Grüßen
Andreas Hövel
Bäckerei Hövel""", date="2026-03-25 07:50"),

I("ar", 0, "formal", "جمعية الجالية العربية <jaliya.arabiya.gl@example.org>", "عرض تعاون - مترجمين متطوعين",
"""السادة المحترمين في قسم الاندماج،
تحية طيبة وبعد،

نحن جمعية ثقافية تأسست عام 2017 وتضم متطوعين يتحدثون العربية والألمانية. علمنا أنكم تنظمون ورشات حول السكن (Wohnungsführerschein) وتقدمون الاستشارة لسكان المساكن المؤقتة.

نود أن نعرض عليكم التعاون: يمكن لمتطوعينا المساعدة في الترجمة خلال الورشات أو المواعيد، دون مقابل. كما يمكننا نشر مواعيد الورشات بين أعضائنا.

نرجو إعلامنا إن كان هذا ممكنا، ومن هو الشخص المسؤول للتواصل.

مع فائق الاحترام
عن الهيئة الإدارية
وائل منصور""", date="2026-03-25 10:02"),

A("de", 0, "other", "Jessica Mertens <jessica.mertens@migrationsdienst-rb.example.org>",
  "Automatische Antwort: Familie Rahimi - Unterlagen",
"""Vielen Dank für Ihre Nachricht.

Ich bin vom 23.03. bis einschließlich 03.04.2026 im Urlaub. Ihre E-Mail wird nicht weitergeleitet und erst nach meiner Rückkehr bearbeitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yasemin Arslan, Tel. 02202 555 88-14, yasemin.arslan@migrationsdienst-rb.example.org, oder an das Sekretariat der Migrationsberatung, Tel. 02202 555 88-0.

Mit freundlichen Grüßen
Jessica Mertens
Migrationsberatung für erwachsene Zuwanderer""",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, date="2026-03-25 11:31"),

I("ti", 0, "clean", "Yonas Berhe <yonas.berhe@example.org>", "ሓገዝ ትርጉም",
"""ሰላም ንዓኹም፡
ኣነ ዮናስ በርሀ እበሃል፡ ኣብ ኮሎኝ ኣብ ቤተ ክርስቲያን ኤርትራውያን ኣባል ኮሚቴ እየ። ኣብ Bergisch Gladbach ብዙሓት ኤርትራውያን ስድራ ኣለዉ፡ ገዛ ንምርካብ ብዙሕ ጸገም ኣለዎም።
ንሕና ኣብ ዎርክሾፕ (Workshop) ወይ ኣብ ቆጸራታት ብትግርኛ ትርጉም ክንሕግዝ ንኽእል ኢና፡ ብዘይ ክፍሊት።
ምስ መን ክንራኸብ ኣሎና? ብጀርመንኛ እውን ክንጽሕፍ ንኽእል ኢና።
ምስ ሰላምታ
ዮናስ በርሀ
0177 555 30 12""", date="2026-03-25 14:18"),

T("fa", 0, "clean", "Masoud Hashemi <masoud.hashemi@example.net>", "شکایت",
"""سلام
من دو سال است که در برنامه شما ثبت نام کرده‌ام. هر بار می‌گویید صبر کنید. دوستم که شش ماه پیش ثبت نام کرد الان خانه دارد. این عادلانه نیست.
ما چهار نفر در یک اتاق ۱۸ متری زندگی می‌کنیم. همسرم افسردگی گرفته و دکتر نامه داده (Attest) که وضع خانه برای سلامتی‌اش بد است. نامه را ضمیمه کردم.
می‌خواهم با مسئول شما صحبت کنم. اگر جواب ندهید به Bürgermeister نامه می‌نویسم.
مسعود هاشمی""", attach=["Attest_Hashemi.jpg"], date="2026-03-25 22:09"),

I("fr", 0, "formal", "Martine Leroux <contact@amitie-jumelage.example.org>",
  "Visite d'une délégation - échange sur l'accueil des réfugiés",
"""Madame, Monsieur,

Notre association, qui fait vivre depuis de nombreuses années le jumelage entre notre commune d'Île-de-France et Bergisch Gladbach, organise en juin le voyage d'une délégation de bénévoles et d'élus. Plusieurs d'entre nous sont engagés dans l'accueil de familles réfugiées (hébergement, accompagnement vers le logement).

Nous serions très heureux de pouvoir rencontrer votre équipe pendant une heure ou deux, si possible le vendredi 12 juin, pour échanger sur vos pratiques (ateliers logement, relations avec les propriétaires).

Une interprète accompagnera la délégation.

Avec nos salutations cordiales,
Martine Leroux
Présidente""", date="2026-03-23 17:05"),

I("de", 0, "formal", "Tobias Wendt <t.wendt@stadtverwaltung.example.org>",
  "Austausch Auszugsmanagement - Anfrage aus dem Oberbergischen",
"""Liebe Kolleginnen und Kollegen,

wir sind im Fachdienst Integration einer kreisangehörigen Stadt im Oberbergischen und bauen gerade - ebenfalls im Rahmen von KIM - ein Auszugsmanagement für Bewohnerinnen und Bewohner unserer Unterkünfte auf. Bei einem Vernetzungstreffen wurde uns Ihr Ansatz mit Workshops und Teilnahmebestätigungen empfohlen.

Wären Sie zu einem kurzen Austausch bereit (gern per Videocall, etwa eine Stunde)? Uns interessiert vor allem das Curriculum der Workshops, wie Sie Vermieter ansprechen und ob Sie mit einer Mietausfallgarantie arbeiten.

Über eine Rückmeldung würden wir uns freuen.

Viele Grüße aus dem Oberbergischen
Tobias Wendt
Fachdienst Integration
Tel. 02261 555 3310""", date="2026-03-24 13:52"),

T("ps", 0, "clean", "Hekmatullah Safi <hekmat.safi@example.com>", "کور مې پیدا کړ",
"""سلام مېرمن لیندنر
ما په Refrath کې یو کور پیدا کړ، دوه خونې، ۵۸ متره. د کور مالک وایي چې Jobcenter باید Mietbescheinigung لاسلیک کړي او Kaution ورکړي.
زه نه پوهیږم چې دا کاغذونه چیرته یوسم. ایا تاسو زما سره مرسته کولی شئ؟ زه سبا سهار ستاسو دفتر ته راتلی شم.
مننه
حکمت الله صافي""", date="2026-03-25 20:41"),
]
