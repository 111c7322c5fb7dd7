"""fresh3 evaluation batch 06: inbox of 26-31 March 2026 (mixed languages and categories)."""
from mailwriter import T, L, I, S, A, bounce_builder


def html(m, src):
    m.html_source = src
    return m


BOUNCE_HUMAN = "\r\n".join([
    "This is the mail system at host mx2.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    "",
    "For further assistance, please send mail to postmaster.",
    "",
    "If you do so, please include this problem report. You can",
    "delete your own text from the attached returned message.",
    "",
    "                   The mail system",
    "",
    "<blesing.okafor@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1",
    "    <blesing.okafor@example.com>: Recipient address rejected: User unknown in",
    "    virtual mailbox table (in reply to RCPT TO command)",
])


HOMELY_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f6f7fb;">
<div style="max-width:560px;margin:0 auto;padding:28px;background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.55;color:#1f2430;">
<img src="https://homely-match.example.com/assets/logo.png" alt="Homely" width="110" style="display:block;margin-bottom:18px;">
<p>Hi team,</p>
<p>I'm Hannah from <b>Homely</b>, a Berlin-based startup that helps municipalities place refugees in private rentals. Our platform matches verified tenants with landlords, automates document collection (SCHUFA, payslips, Jobcenter approvals) and tracks every case in one dashboard.</p>
<p>Cities using Homely have seen placements <b>up to 30% faster</b> and fewer failed viewings.</p>
<p>Would you be open to a 20-minute demo in April?</p>
<p style="text-align:center;margin:26px 0;"><a href="https://homely-match.example.com/demo?utm_source=outreach&amp;utm_campaign=kommunen_nrw" style="background:#3d5afe;color:#ffffff;padding:12px 22px;border-radius:6px;text-decoration:none;">Book a demo</a></p>
<p>Best,<br>Hannah Vogt<br>Partnerships Lead, Homely</p>
<hr style="border:none;border-top:1px solid #e5e7ef;margin:24px 0;">
<p style="font-size:11px;color:#8a90a0;">Homely GmbH &middot; Berlin &middot; <a href="https://homely-match.example.com/unsubscribe?e=integration-wohnen" style="color:#8a90a0;">Unsubscribe</a></p>
</div></body></html>
"""


MAILS = [
L("de", 0, "formal", "Sandra Jansen <s.jansen@jansen-bau.example.com>",
  "Leerstehende Werkswohnungen - Interesse an Vermittlung?",
"""Sehr geehrte Damen und Herren,

unser Bauunternehmen besitzt in Heidkamp ein kleines Mehrfamilienhaus, in dem wir früher Mitarbeitende untergebracht haben. Zwei der Wohnungen (jeweils 2 Zimmer, ca. 55 m²) stehen derzeit leer, weil wir aktuell keinen Bedarf haben.

Wir könnten uns vorstellen, diese an Personen aus Ihrem Programm zu vermieten, gern auch an Menschen, die handwerklich arbeiten möchten - wir suchen laufend Helfer und Auszubildende. Das wäre aber keine Bedingung.

Die Wohnungen sind einfach, aber in Ordnung (Nachtspeicherheizung, Bad mit Dusche). Über die Miete können wir reden.

Wer wäre bei Ihnen der richtige Ansprechpartner?

Mit freundlichen Grüßen
Sandra Jansen
Prokuristin
Jansen Bau GmbH""", date="2026-03-26 09:22"),

T("ar", 0, "clean", "Wael Hamdan <wael.hamdan@example.com>", "سمسار يطلب عمولة",
"""مرحبا،
وجدت شقة عن طريق مكتب عقارات (Makler). بعد المعاينة قال لي الموظف إنه يجب أن أدفع إيجار شهرين كـ Provision للمكتب بالإضافة إلى الكاوشن، يعني حوالي 1600 يورو، قبل توقيع العقد.
صديقي قال إن هذا ممنوع في ألمانيا وإن صاحب البيت هو الذي يدفع. هل هذا صحيح؟ ماذا أفعل؟ لا أريد أن أخسر الشقة.
وائل حمدان""", date="2026-03-26 12:40"),

T("de", 0, "formal", "Anja Pohlmann <anja.pohlmann@jobcenter-rbk.example.org>",
  "Kundin Frau Amina Y., BG-Nr. 34102//0061234 - Unterstützung Wohnungssuche",
"""Sehr geehrte Damen und Herren,

ich betreue als Integrationsfachkraft Frau Amina Y. (BG-Nr. s. Betreff), die mit ihren drei Kindern in einer städtischen Unterkunft in Refrath lebt. Frau Y. beginnt im April eine Umschulung zur Pflegefachassistentin und wird künftig eigenes Einkommen erzielen.

Im Beratungsgespräch hat Frau Y. mitgeteilt, dass sie seit längerer Zeit erfolglos eine Wohnung sucht und von Ihrem Angebot noch nichts wusste. Ich habe ihr Ihre E-Mail-Adresse gegeben, möchte Sie aber auch direkt um Kontaktaufnahme bitten. Eine Einwilligung zur Datenweitergabe liegt vor (Anlage).

Eine Zusicherung zu den Aufwendungen für eine neue Unterkunft kann bei Vorlage eines konkreten Mietangebots kurzfristig geprüft werden.

Mit freundlichen Grüßen
Im Auftrag
Anja Pohlmann
Integrationsfachkraft, Team 405
Jobcenter Rheinisch-Bergischer Kreis

Hinweis: Diese E-Mail kann vertrauliche Sozialdaten enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie die Nachricht.""",
  attach=["Einwilligung_Datenweitergabe.pdf"], date="2026-03-26 14:05"),

I("fa", 0, "mixed_language", "Fariba Nazari <afghan.kultur.gl@example.org>", "دعوت به جشن نوروز - Einladung Nowruz-Fest",
"""سلام و احترام،

انجمن فرهنگی افغان‌های برگیش گلادباخ شما و همکاران محترم تان را به جشن نوروز ۱۴۰۵ دعوت می‌کند.

تاریخ: شنبه ۲۸ مارچ ۲۰۲۶، ساعت ۱۵:۰۰
مکان: Gemeindesaal در Bensberg
برنامه: موسیقی، غذای افغانی و برنامه برای اطفال

حضور شما باعث خوشی ما خواهد بود. اگر بخواهید، می‌توانید چند دقیقه در مورد برنامه Wohnungsführerschein برای خانواده‌ها صحبت کنید؛ بسیاری از اعضای ما سوال دارند.

Sehr geehrte Damen und Herren, wir laden Sie herzlich zu unserem Nowruz-Fest am Samstag, 28.03.2026, um 15 Uhr ein.

با احترام
هیئت مدیره
فریبا نظری""", date="2026-03-26 18:33"),

T("en", 0, "phone", "Filmon Kidane <filmonkidane22@example.com>", "course",
"""hello sir i want to join the course for house (Wohnungsführerschein) my friend tell me. i live heim hand, single. when is next course? i work morning until 2. thank you filmon

Sent from my Huawei""", date="2026-03-27 06:48"),

L("de", 0, "clean", "Birgit Oster <birgit.oster@example.net>", "Mietvertrag Familie Nasiri - Entwurf zur Durchsicht",
"""Liebe Frau Lindner,

anbei wie besprochen der Entwurf des Mietvertrags für Familie Nasiri (Wohnung in Paffrath, Einzug 01.05.). Ich habe einen Standardvertrag aus dem Schreibwarenladen genommen und ein paar Punkte ergänzt (Hausordnung, Mülltonnen rausstellen, Schneeräumen im Wechsel).

Könnten Sie den Vertrag vorher einmal mit der Familie durchgehen, damit sie wissen, was sie unterschreiben? Herr Nasiri versteht ja schon einiges, aber bei den Nebenkosten und der Klausel zu Schönheitsreparaturen wäre ich froh, wenn jemand das erklärt.

Unterschreiben könnten wir dann am 10.04. bei mir.

Viele Grüße
Birgit Oster""", attach=["Mietvertrag_Nasiri_Entwurf.pdf", "Hausordnung.pdf"], date="2026-03-27 10:14"),

S("fr", 0, "clean", "Mme Béatrice Lavoisier <b.lavoisier.fondation@example.com>",
  "Proposition de don pour vos familles réfugiées",
"""Bonjour cher(e) responsable,

Je suis Madame Béatrice Lavoisier, veuve de feu M. Henri Lavoisier, homme d'affaires français. Atteinte d'une maladie grave, mon médecin ne me donne que quelques mois à vivre. Je souhaite faire don de la somme de 1 850 000 € à une institution qui aide les familles réfugiées à trouver un logement.

Après de longues prières, votre organisme a été choisi. Pour que les fonds soient débloqués, je vous prie de contacter mon notaire, Maître Dubreuil, à l'adresse notaire.dubreuil@example.net, en lui fournissant le nom complet du responsable, une copie de sa pièce d'identité et les coordonnées bancaires de votre organisme.

Que Dieu vous bénisse.
Mme Béatrice Lavoisier""", charset="iso-8859-1", date="2026-03-27 03:40"),

html(I("en", 0, "html_only", "Hannah Vogt <hannah@homely-match.example.com>",
  "Matching refugees with landlords - 30% faster placements",
"""Hi team, I'm Hannah from Homely, a Berlin-based startup that helps municipalities place refugees in private rentals.
Would you be open to a 20-minute demo in April? Hannah Vogt, Partnerships Lead""",
  html="only", headers={"List-Unsubscribe": "<https://homely-match.example.com/unsubscribe?e=integration-wohnen>"},
  date="2026-03-27 15:00"), HOMELY_HTML),

T("ar", 1, "clean", "Abdulkarim Mousa <abdulkarim.mousa@example.net>", "عاجل جدا - الإخلاء يوم الخميس",
"""السلام عليكم
أنا عبد الكريم موسى، أسكن مع زوجتي وأولادي الأربعة في شقة في Refrath منذ 2021. صاحب البيت رفع علينا دعوى لأن الجوب سنتر توقف عن دفع الإيجار أربعة أشهر في العام الماضي (بسبب مشكلة في الأوراق).
اليوم وصلتنا رسالة من Gerichtsvollzieher أن الإخلاء (Räumung) سيكون يوم الخميس 2 أبريل الساعة 9 صباحا.
لا نعرف أين نذهب. الأولاد في المدرسة هنا. أرجوكم ساعدونا بسرعة. أرفقت صورة الرسالة.
رقمي: 0176 555 26 84""", attach=["Raeumung.jpg"], date="2026-03-27 17:26"),

L("de", 0, "reply", "Ingrid Sauerland <ingrid.sauerland@example.org>", "AW: Ihre Wohnung in Paffrath - Fotos",
"""Hallo,
wie gewünscht anbei die Fotos der Wohnung. Die Küche bleibt drin. Das Bad wird bis Mitte April noch neu gefliest.
Viele Grüße
I. Sauerland

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Donnerstag, 26. März 2026 11:47
An: Ingrid Sauerland <ingrid.sauerland@example.org>
Betreff: Ihre Wohnung in Paffrath - Fotos

Sehr geehrte Frau Sauerland,

vielen Dank für Ihren Anruf. Könnten Sie uns einige Fotos der Wohnung (Küche, Bad, Zimmer) und den Grundriss schicken? Dann können wir gezielt passende Interessenten ansprechen.

Mit freundlichen Grüßen
Integration Wohnen""", attach=["IMG_4031.jpg", "IMG_4032.jpg", "IMG_4035.jpg", "Grundriss.pdf"],
  date="2026-03-28 09:57"),

T("fa", 0, "clean", "Nasrin Sultani <nasrin.sultani@example.com>", "سوال در مورد قرارداد",
"""سلام خانم،
صاحب خانه قرارداد را داده و گفته تا دوشنبه امضا کنیم. یک بخش را نمی‌فهمم، عکسش را فرستادم. نوشته Schönheitsreparaturen و Kleinreparaturen bis 100 Euro. یعنی ما باید خانه را رنگ کنیم؟ و هر چیزی که خراب شود ما پول بدهیم؟
لطفاً قبل از دوشنبه جواب بدهید.
تشکر
نسرین""", attach=["WhatsApp Image 2026-03-28 at 18.22.41.jpeg"], date="2026-03-28 18:25"),

A("en", 0, "other", "Mail Delivery System <MAILER-DAEMON@mx2.example.net>", "Undelivered Mail Returned to Sender",
  "bounce blesing.okafor 30.03.",
  raw=bounce_builder("blesing.okafor@example.com", "Ihre Anmeldung zum Workshop Wohnen", "5.1.1",
                     "smtp; 550 5.1.1 <blesing.okafor@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
                     "mx2.example.net", BOUNCE_HUMAN, orig_date="Mon, 30 Mar 2026 09:41:12 +0200"),
  headers={"Auto-Submitted": "auto-replied"}, date="2026-03-30 09:41"),

T("ti", 0, "clean", "Helen Tsegay <helen.tsegay@example.com>", "ገዛ ንዓይን ንሕፃነይን",
"""ሰላም፡
ኣነ ሄለን እየ፡ ናይ 7 ወርሒ ጥንሲ ኣለኒ። ሕጂ ምስ ክልተ ካልኦት ደቂ ኣንስትዮ ኣብ ሓንቲ ክፍሊ ኣብ Heim Bensberg እነብር። ሕፃን ምስ ተወልደ ኣብዚ ቦታ የለን።
ቆልዓ ኣብ ግንቦት (Mai) ክውለድ እዩ። ንዓይን ንሕፃነይን ንእሽቶ ገዛ ወይ ክፍሊ ክረክብ ክትሕግዙኒ ትኽእሉ ዶ?
እታ ሶሻል ወርከር (Sozialarbeiterin) ናብዚ ኢመይል ክጽሕፍ ነጊራትኒ።
የቐንየለይ
ሄለን""", date="2026-03-29 20:12"),

A("fr", 0, "other", "Martine Leroux <contact@amitie-jumelage.example.org>",
  "Réponse automatique : Re: Visite d'une délégation - échange sur l'accueil des réfugiés",
"""Bonjour,

Je suis absente jusqu'au lundi 6 avril inclus, avec un accès limité à ma messagerie. Pour toute question urgente concernant le voyage de juin, merci de contacter Gérard Fontaine au 06 55 51 22 87.

Bien cordialement,
Martine Leroux""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  date="2026-03-30 11:20"),

I("de", 0, "clean", "Anne Krämer <kontakt@sprachcafe-gronau.example.org>", "Flyer für Ihre Workshops auslegen?",
"""Hallo liebes Team,

wir sind ein kleiner Verein, der ehrenamtlich ein Sprachcafé und Hausaufgabenhilfe in Gronau anbietet. Viele unserer Besucherinnen und Besucher fragen uns nach Hilfe bei der Wohnungssuche, und wir wissen ehrlich gesagt oft nicht weiter.

Hätten Sie Flyer zu Ihren Workshops und Ihrer Beratung (am besten mehrsprachig), die wir bei uns auslegen können? Und gibt es eine Telefonnummer, die wir weitergeben dürfen, oder sollen die Leute einfach an diese Adresse schreiben?

Herzliche Grüße
Anne Krämer
für das Sprachcafé-Team""", date="2026-03-30 13:44"),

I("ar", 0, "formal", "سلمى الخوري <salma.khoury@arabmedia.example.com>",
  "طلب مقابلة صحفية حول برنامج مساعدة اللاجئين في السكن",
"""السادة الكرام،

أنا سلمى الخوري، صحفية في موقع إخباري ناطق بالعربية يهتم بشؤون الجالية العربية في ألمانيا. نعدّ تقريراً عن صعوبة إيجاد السكن للاجئين في منطقة كولونيا والمدن المحيطة بها، وسمعنا عن برنامجكم في بيرغيش غلادباخ.

هل يمكن إجراء مقابلة قصيرة (هاتفية أو بالفيديو) مع أحد الموظفين؟ يمكن أن تكون المقابلة بالألمانية، ونحن نتولى الترجمة.
كما نود أن نعرف: كم عائلة ساعدتم في الانتقال إلى شقة خاصة، وما هي النصائح التي تقدمونها لقرائنا الباحثين عن سكن؟

مع الشكر والتقدير
سلمى الخوري""", date="2026-03-30 16:08"),

I("fa", 0, "clean", "Shabnam Azizi <shabnam.azizi@example.net>", "سوال درباره ویزای خانواده",
"""سلام،
شوهر من در پاکستان است و ما یک سال پیش درخواست Familiennachzug دادیم. سفارت آلمان در اسلام‌آباد هنوز وقت مصاحبه نداده است.
آیا شما می‌توانید از Ausländerbehörde بپرسید که پرونده ما در چه مرحله‌ای است؟ یا بگویید با چه کسی باید صحبت کنم؟
تشکر
شبنم عزیزی""", date="2026-03-31 08:30"),

I("en", 0, "clean", "Tom Whitfield <tom.whitfield@example.com>", "Media enquiry: refugees and Germany's rental market",
"""Hello,

I'm a freelance reporter working on a piece for a UK newspaper about how German towns are moving refugees out of shared accommodation and into private rentals. A contact at a welfare organisation in Cologne pointed me to your team.

Would someone be available for a short phone interview next week? I'm especially interested in what persuades landlords to take part, and whether the housing "driving licence" workshops make a difference. I'd also love to speak to a family who has moved, if anyone is willing (I can arrange an interpreter).

My deadline is 10 April.

Thanks,
Tom Whitfield
+44 7700 900412""", date="2026-03-31 10:55"),

T("fa", 0, "oneliner", "Mariam Wardak <mariam.wardak@example.com>", "تصدیق کورس",
"""سلام علیکم
من و شوهرم در ماه فبروری در کورس Wohnungsführerschein در Bensberg اشتراک کردیم. لطفاً تصدیق (Teilnahmebestätigung) ما را به این ایمیل بفرستید.
نام‌ها: مریم وردک و عبدالقادر وردک
تشکر زیاد""", date="2026-03-31 12:17"),

T("fr", 0, "mixed_language", "Yacine Boudiaf <yacine.boudiaf213@example.com>", "logement svp",
"""Salam alikoum,
je suis Yacine, algérien, 34 ans, je suis dans le foyer à Refrath depuis 2 ans avec ma femme et mon fils. Wallah c'est très dur, une seule chambre, la cuisine partagée avec 10 familles.
J'ai un travail dans un Lager depuis 6 mois, CDI (unbefristet). J'ai cherché sur Kleinanzeigen et les sites, rien. Les propriétaires quand ils voient le nom ils répondent pas.
Est-ce que vous pouvez nous inscrire pour l'aide au logement ? Inchallah ça va marcher.
Merci beaucoup, saha
Yacine""", date="2026-03-31 21:34"),
]
