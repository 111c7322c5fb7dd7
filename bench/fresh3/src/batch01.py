"""fresh3 evaluation batch 01: inbox of 2-6 March 2026 (mixed languages and categories)."""
from mailwriter import T, L, I, S, A


def html(m, src):
    m.html_source = src
    return m


NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter März 2026</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#1d4f7a;color:#ffffff;padding:18px 24px;font-size:20px;">
Vermieterverein Rhein-Berg e.V. &ndash; Mitglieder-Newsletter M&auml;rz 2026</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.5;color:#222;">
<p>Liebe Mitglieder, liebe Interessierte,</p>
<h2 style="font-size:16px;color:#1d4f7a;">1. Grundsteuer: Was Sie jetzt auf die Nebenkosten umlegen d&uuml;rfen</h2>
<p>Viele Kommunen haben die Hebes&auml;tze angepasst. Wir erkl&auml;ren, wie Sie die neuen Bescheide korrekt in der Betriebskostenabrechnung ber&uuml;cksichtigen. <a href="https://www.vermieterverein-rb.example.org/grundsteuer">Weiterlesen &raquo;</a></p>
<h2 style="font-size:16px;color:#1d4f7a;">2. Heizkostenabrechnung 2025 &ndash; typische Fehler</h2>
<p>Fristen, Verbrauchserfassung, K&uuml;rzungsrecht der Mieter: unsere Checkliste zum Download f&uuml;r Mitglieder. <a href="https://www.vermieterverein-rb.example.org/heizkosten">Zur Checkliste &raquo;</a></p>
<h2 style="font-size:16px;color:#1d4f7a;">3. Mitgliederabend am 26. M&auml;rz</h2>
<p>Thema: &bdquo;Mietausfall vorbeugen &ndash; Bonit&auml;tspr&uuml;fung mit Augenma&szlig;&ldquo;. Beginn 19 Uhr in der Gesch&auml;ftsstelle. Anmeldung bitte bis 20.03.</p>
<h2 style="font-size:16px;color:#1d4f7a;">4. Sprechzeiten Rechtsberatung</h2>
<p>Dienstags 15&ndash;18 Uhr und donnerstags 9&ndash;12 Uhr, nur nach Terminvereinbarung.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #ddd;">
Sie erhalten diesen Newsletter, weil Ihre Adresse in unserem Verteiler eingetragen ist.
<a href="https://www.vermieterverein-rb.example.org/newsletter/abmelden?u=7f31c2">Abmelden</a> |
Impressum: Vermieterverein Rhein-Berg e.V., Vereinsregister Amtsgericht K&ouml;ln VR 55512
</td></tr></table></td></tr></table>
</body></html>
"""


MAILS = [
T("de", 0, "phone", "Mohamad Alhasan <m.alhasan93@example.com>", "wohnung",
"""hallo guten tag
ich suche wohnung fur 5 person ich und meine frau und 3 kinder wir wohnen in heim refrath seit 3 jahre es ist sehr eng
ich habe arbeit seit 1 jahr bei lager in köln
bitte helfen sie uns
mohamad alhasan
tel 0176 5550 2381

Von meinem iPhone gesendet""", date="2026-03-02 07:41"),

A("de", 0, "other", "Kathrin Vossberg <kathrin.vossberg@jobcenter-rbk.example.org>",
  "Abwesenheitsnotiz: AW: Mietangebot Fam. Haidari, Paffrath",
"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.03.2026 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Angelegenheiten wenden Sie sich bitte an das Service-Center unter 02202 555-0 oder an das Funktionspostfach team-412@jobcenter-rbk.example.org.

Mit freundlichen Grüßen
Kathrin Vossberg
Jobcenter Rheinisch-Bergischer Kreis
Team 412 - Leistungsgewährung""",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
  date="2026-03-02 08:03"),

T("ar", 0, "clean", "Yasser Al-Khatib <yasser.alkhatib@example.net>", "التسجيل في دورة السكن",
"""السلام عليكم ورحمة الله وبركاته،
تحية طيبة وبعد،

أنا اسمي ياسر الخطيب، من سوريا، أسكن مع زوجتي وابنتي في السكن التابع للبلدية في منطقة Bensberg منذ سنتين تقريبا. سمعت من جارنا أن هناك دورة عن السكن (Wohnungsführerschein) تساعد في البحث عن شقة، وفي النهاية يحصل المشارك على شهادة يمكن تقديمها للمؤجر.

أرغب أنا وزوجتي بالتسجيل في هذه الدورة. لغتي الألمانية مستوى B1 وزوجتي A2، فهل تكون الدورة باللغة الألمانية فقط أم يوجد مترجم؟
كما أرجو إعلامي بالمواعيد والمكان.

مع جزيل الشكر والتقدير
ياسر الخطيب
هاتف: 0157 555 81 204""", date="2026-03-02 10:26"),

L("de", 0, "clean", "Hannelore Pütz <h.puetz@example.net>", "Wohnung in Hand frei - Artikel in der Zeitung",
"""Sehr geehrte Damen und Herren,

ich habe in der Zeitung gelesen, dass Sie Vermieter suchen, die an geflüchtete Familien vermieten. Ich habe in Hand eine 2-Zimmer-Wohnung (58 qm, 1. Etage, Balkon) im Haus meines verstorbenen Mannes, die seit Januar leer steht. Der letzte Mieter ist ins Altenheim gezogen.

Ich bin jetzt 78 und möchte keinen Ärger mehr mit Mietern haben, das sage ich ganz offen. Meine Fragen wären:
- Zahlt das Jobcenter die Miete direkt an mich oder an den Mieter?
- Wer ist mein Ansprechpartner, wenn es Probleme gibt?
- Die Wohnung müsste noch gestrichen werden, macht das der Mieter?

Die Miete hatte ich bisher bei 420 Euro kalt plus 150 Euro Nebenkosten.
Am liebsten wäre mir ein ruhiges älteres Ehepaar oder eine Frau mit Kind.

Über einen Anruf würde ich mich freuen, ich bin meistens vormittags zu Hause: 02202 55 31 87.

Mit freundlichen Grüßen
Hannelore Pütz""", charset="iso-8859-1", date="2026-03-02 11:52"),

T("en", 0, "clean", "Blessing Okafor <blessing.okafor@example.com>", "Registration for housing workshop",
"""Good afternoon,

My name is Blessing Okafor, I live in the accommodation at Paffrath with my two sons (7 and 4 years). My social worker Mrs. Brandt told me that there is a workshop which helps people to find their own apartment and that you can get a certificate at the end.

I would like to register. I speak English and a little German (A2, I am still in the course in the mornings until 12:30), so an afternoon date would be best for me. Is there childcare or can I bring my younger son?

Thank you for your help.

Kind regards,
Blessing Okafor
0152 555 40 917""", date="2026-03-02 14:18"),

T("fa", 0, "clean", "Rahmatullah Sadiqi <r.sadiqi88@example.net>", "درخواست خانه",
"""سلام علیکم
من رحمت الله صدیقی از افغانستان هستم. ما شش نفر هستیم، من، خانمم و چهار طفل. از دو سال به این طرف در کمپ Hand در یک اتاق زندگی می کنیم.
اولادها مکتب میروند و جای درس خواندن ندارند، شب ها هم خواب شان پوره نمی شود.
من در یک رستورانت کار می کنم، خانمم کورس زبان میرود.
خواهش می کنم برای ما یک خانه پیدا کنید یا بگویید که چه کار کنیم.
تشکر
رحمت الله
0162 555 19 44""", date="2026-03-02 21:37"),

I("de", 0, "formal", "Jana Kettler <j.kettler@redaktion.example.com>",
  "Presseanfrage: Auszugsmanagement - Zahlen Vermieter",
"""Sehr geehrte Damen und Herren,

für einen Beitrag im Bergischen Wochenblatt (Ausgabe 14.03.) recherchiere ich zur Situation geflüchteter Menschen in den städtischen Unterkünften. Ich hätte folgende Fragen an das Auszugsmanagement:

1. Wie viele Personen leben derzeit in den städtischen Unterkünften, und wie viele davon werden vom Auszugsmanagement begleitet?
2. Wie viele private Vermieter haben sich seit Start des Projekts bei Ihnen gemeldet, und wie viele Mietverhältnisse sind tatsächlich zustande gekommen?
3. Welche Bedenken äußern Vermieter am häufigsten?
4. Wäre ein kurzes Gespräch mit einer Mitarbeiterin oder einem Mitarbeiter möglich, gern auch mit einer Familie, die eine Wohnung gefunden hat?

Für eine Antwort bis Dienstag, 10.03., wäre ich sehr dankbar. Falls die Anfrage über die Pressestelle laufen muss, leiten Sie sie gern weiter.

Viele Grüße
Jana Kettler
Freie Journalistin
Mobil 0171 555 2290""", date="2026-03-03 09:04"),

T("ar", 0, "phone", "Abdo Hamwi <abdo.h1990@example.com>", "بيت",
"""مرحبا
انا اسمي عبدو من حلب ساكن بالهايم بريفراث
بدي بيت انا ومرتي و ٣ ولاد
صرلي سنتين عم دور ما حدا بيأجرنا لانو جوب سنتر
الله يخليكن ساعدونا
وشكرا""", date="2026-03-03 00:12"),

T("de", 0, "on_behalf", "Ursula Brenner-Klaes <u.brenner-klaes@example.org>",
  "Wohnung für Familie Rahimi gefunden - Mietangebot, wie weiter?",
"""Liebe Frau Lindner,

ich begleite ja seit letztem Sommer ehrenamtlich die Familie Rahimi (Herr Jawad Rahimi, Frau Soraya Rahimi, drei Kinder), die in der Unterkunft in Gronau wohnt. Wir haben tatsächlich eine Wohnung gefunden! 4 Zimmer, 86 qm, ebenfalls in Gronau, Vermieter ist ein älterer Herr, der die Familie bei der Besichtigung sehr nett fand.

Das Mietangebot hänge ich an. Kaltmiete 790 Euro, Nebenkosten 230, Heizung 110. Nach meiner Rechnung müsste das für fünf Personen im Rahmen der Angemessenheit liegen, aber ich bin mir nicht sicher.

Meine Fragen:
- Reichen wir das Mietangebot selbst beim Jobcenter ein, oder machen Sie das?
- Der Vermieter möchte zwei Kaltmieten Kaution. Geht das über das Jobcenter als Darlehen?
- Er möchte bis Ende nächster Woche Bescheid wissen.

Herr Rahimi hat mich gebeten, Ihnen zu schreiben, da sein Deutsch für so etwas noch nicht reicht. Seine Einverständniserklärung liegt Ihnen ja schon vor.

Herzliche Grüße
Ursula Brenner-Klaes
(Patin, Flüchtlingshilfe Gronau)""", attach=["Mietangebot_Rahimi.pdf"], date="2026-03-03 13:30"),

T("fr", 0, "broken", "Mamadou Saliou Diallo <mamadou.diallo224@example.com>", "demande de logement",
"""bonjour madame monsieur
je m appelle mamadou saliou diallo je suis guineen, je vie a l heim de Hand depuis 2 ans, je travail maintenant dans une entreprise de nettoyage a Bergisch Gladbach contrat CDI.
je cherche un petit appartement ou une chambre pour moi seul. j ai deja envoyer beaucoup de demandes sur internet mais personne repond.
le jobcenter ne paye plus tout car je travail. est ce que vous pouvez m aider svp
merci beaucoup
Mamadou""", date="2026-03-03 19:48"),

S("de", 0, "html_only", "Stadt-GL IT-Service <it-service@stadt-gl-postfach.example.net>",
  "WICHTIG: Ihr Postfach hat das Speicherlimit erreicht (98%)",
"""Sehr geehrter Nutzer,

Ihr Postfach integration-wohnen@stadt-gl.de hat 98% des zugewiesenen Speichers erreicht. Eingehende Nachrichten werden ab dem 05.03.2026 abgewiesen.

Um Datenverlust zu vermeiden, bestätigen Sie bitte innerhalb von 24 Stunden Ihre Kontodaten über den folgenden Link:

https://login-stadtgl.example.net/owa/verify?user=integration-wohnen

Nach der Bestätigung wird Ihr Speicher automatisch auf 50 GB erweitert.

Mit freundlichen Grüßen
IT-Service-Desk
Dies ist eine automatisch generierte Nachricht, bitte nicht antworten.""", html="only", date="2026-03-04 03:17"),

T("ku", 0, "clean", "Xalid Ehmed <xalid.ehmed@example.net>", "Alîkarî ji bo xanî",
"""Silav û rêz,

Navê min Xalid Ehmed e, ez ji Efrînê me. Em 6 kes in: ez, jina min û çar zarokên me. Em 3 sal in li Heimê li Paffrath dimînin. Odeya me pir teng e, zarok nikarin dersên xwe bixwînin.

Ez li Wohnung digerim lê kes bersivê nade. Ez dixebitim, Minijob li supermarketê.

Ji kerema xwe alîkariya me bikin. Ez almanî kêm dizanim, heger hûn bikaribin bi Kurdî an Erebî bersiv bidin baş e.

Spas
Xalid
0176 555 30 44""", date="2026-03-04 08:55"),

L("de", 0, "formal", "Dirk Hammerschmidt <vermietung@strunde-eg.example.com>",
  "Freie Wohnungen ab April/Mai - Kooperation Auszugsmanagement",
"""Sehr geehrte Frau Lindner,

wie in unserem Telefonat im Februar besprochen, möchten wir Ihnen als Genossenschaft im Rahmen der Kooperation folgende Wohnungen anbieten, die in den nächsten Wochen frei werden:

1) Refrath, 3 Zimmer, 71 m², EG, Nutzungsgebühr 612,00 EUR + 195,00 EUR NK, frei ab 01.04.2026
2) Heidkamp, 2 Zimmer, 54 m², 2. OG ohne Aufzug, 468,00 EUR + 160,00 EUR NK, frei ab 15.04.2026
3) Bensberg, 4 Zimmer, 92 m², 1. OG, 798,00 EUR + 240,00 EUR NK, frei ab 01.05.2026 (Renovierung läuft noch)

Voraussetzung ist wie immer der Erwerb von Genossenschaftsanteilen (3 Anteile à 250 EUR); hier wäre zu klären, ob das Jobcenter die Anteile übernimmt. Für die Wohnung in Bensberg ist ein WBS erforderlich.

Bitte schicken Sie uns bis zum 16.03. geeignete Interessenten mit Haushaltsgröße und Einkommenssituation, wir melden uns dann wegen Besichtigungsterminen.

Mit freundlichen Grüßen

i. A. Dirk Hammerschmidt
Vermietung / Bestandsmanagement
Gemeinnützige Wohnungsgenossenschaft Strunde eG
Tel. 02202 555 19-23

------------------------------------------------------------
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
Sitz der Genossenschaft: Bergisch Gladbach | Registergericht Köln GnR 555 | Vorstand: A. Weinreich, B. Kowalczyk""",
  html="alt", date="2026-03-04 10:40"),

I("ar", 0, "clean", "Rania Saleh <rania.saleh@example.com>", "سؤال عن روضة Kita",
"""مرحبا،
أنا أم لطفلة عمرها 3 سنوات، انتقلنا قبل شهرين من الهايم في Refrath إلى شقة في Schildgen والحمد لله.
ابنتي لم تجد مكان في الروضة (Kita) حتى الآن. سجلتها في Kita-Navigator لكن لا أحد يرد علينا. هل يمكنكم مساعدتي أو إعطائي رقم المسؤول في البلدية عن الروضات؟
شكرا جزيلا
رانيا""", date="2026-03-04 15:02"),

T("ps", 0, "clean", "Gul Agha Stanikzai <gulagha.stanikzai@example.net>", "کور",
"""السلام علیکم
زه ګل آغا یم، د ننګرهار یم. شپږ کاله کیږي چې په جرمني کې یم. اوس په Bensberg کې په کمپ کې اوسیږم.
زما کورنۍ اووه کسان دي. زه کور لټوم خو هیڅوک ماته کور نه راکوي.
مهرباني وکړئ زما سره مرسته وکړئ.
مننه
ګل آغا
01525556789""", date="2026-03-04 18:21"),

T("de", 1, "on_behalf", "Sabine Roth <s.roth@beratung-rheinberg.example.org>",
  "DRINGEND: Räumungstermin 17.03. - Frau K., 2 Kinder",
"""Sehr geehrte Damen und Herren,

ich wende mich als Sozialarbeiterin unserer Sozial- und Schuldnerberatung an Sie, weil wir für eine Klientin dringend Hilfe brauchen.

Frau Nadia K. (32, aus Syrien, anerkannt) lebt mit ihren zwei Kindern (5 und 9) seit 2023 in einer privaten Wohnung in Heidkamp, die sie damals über Ihr Programm gefunden hat. Nach Mietrückständen aus dem letzten Sommer (der Weiterbewilligungsantrag beim Jobcenter war monatelang nicht bearbeitet) hat der Vermieter Räumungsklage erhoben. Der Räumungstermin durch den Gerichtsvollzieher ist am Dienstag, 17.03.2026, 9:00 Uhr.

Wir versuchen parallel die Übernahme der Rückstände beim Jobcenter zu erreichen, aber es ist unklar, ob das rechtzeitig klappt. Frau K. hat keine Angehörigen in der Nähe.

Können Sie kurzfristig klären, ob im Notfall ein Platz in einer städtischen Unterkunft für sie und die Kinder zur Verfügung steht, und ob Sie mit dem Vermieter Kontakt aufnehmen könnten? Eine Schweigepflichtentbindung liegt vor, ich kann sie Ihnen sofort schicken.

Ich bin heute und morgen bis 16 Uhr telefonisch erreichbar.

Mit freundlichen Grüßen
Sabine Roth
Dipl.-Sozialarbeiterin
Soziale Beratung Rhein-Berg e.V.
Tel. 02202 555 77 40""", date="2026-03-05 09:12"),

L("en", 0, "clean", "Michael Tran <mtran@example.com>", "Renting out my apartment in Refrath - refugee program?",
"""Hello,

I'm a German-American dual citizen; I own a 3-bedroom apartment in Refrath (about 95 sqm, 2nd floor, built 1998, underground parking) that I lived in until last year. My employer has now sent me to Singapore for at least three years, so I'd like to rent it out rather than sell.

A friend mentioned that the city helps refugee families find private housing and works with landlords. I'd be open to that, but since I'm abroad I have a few practical concerns:

- Who would be my point of contact for day-to-day issues? There is a Hausverwaltung for the building, but not for the unit itself.
- Is there any kind of guarantee if the rent is not paid or if there is damage?
- Would the rent be paid by the Jobcenter directly?
- I was thinking of around 1,050 EUR cold. Is that realistic for the program?

I can do a video call any weekday morning German time (afternoon here).

Best regards,
Michael Tran""", date="2026-03-05 07:33"),

T("fa", 0, "formal", "Maryam Ahmadi <maryam.ahmadi.de@example.com>", "ثبت نام در کارگاه مسکن",
"""با سلام و احترام،

اینجانب مریم احمدی به همراه همسرم، آقای رضا کریمی، از حدود یک سال و نیم پیش در اقامتگاه شهری در منطقه Schildgen زندگی می‌کنیم. اقامت ما (Aufenthaltserlaubnis) تا سال ۲۰۲۸ معتبر است.

از طریق مددکار اجتماعی مطلع شدیم که شهر کارگاه‌هایی با عنوان Wohnungsführerschein برگزار می‌کند. خواهشمندم ما را برای دوره بعدی ثبت نام کنید. همسرم از ساعت ۶ صبح تا ۲ بعدازظهر کار می‌کند؛ اگر امکان دارد کلاس‌های بعدازظهر را انتخاب کنیم.

ضمناً آیا در پایان دوره گواهی (Teilnahmebestätigung) داده می‌شود؟

با تشکر فراوان
مریم احمدی
تلفن: ۰۱۵۱۵۵۵۲۳۴۸۸""", date="2026-03-05 16:45"),

html(A("de", 0, "html_only", "Vermieterverein Rhein-Berg e.V. <newsletter@vermieterverein-rb.example.org>",
  "Newsletter März 2026: Grundsteuer, Heizkostenabrechnung, Mitgliederabend",
"""Vermieterverein Rhein-Berg e.V. - Mitglieder-Newsletter März 2026
1. Grundsteuer 2. Heizkostenabrechnung 2025 3. Mitgliederabend am 26. März 4. Sprechzeiten Rechtsberatung""",
  html="only",
  headers={"List-Unsubscribe": "<https://www.vermieterverein-rb.example.org/newsletter/abmelden?u=7f31c2>",
           "List-Id": "Mitglieder-Newsletter <newsletter.vermieterverein-rb.example.org>",
           "Precedence": "bulk", "X-Mailer": "vm-newsletter 4.2"},
  date="2026-03-06 06:00"), NEWSLETTER_HTML),

T("so", 0, "clean", "Abdirahman Warsame <abdirahman.w@example.com>", "Guri raadin",
"""Asc walaal,

Magacaygu waa Abdirahman Warsame, waxaan ka imid Soomaaliya. Waxaan ku nool ahay Heim-ka Refrath muddo laba sano ah. Waxaan ahay nin keligiis ah, 27 jir.

Waxaan raadinayaa qol ama guri yar. Waxaan ka shaqeeyaa Lager (bakhaar) ku yaal Köln, 30 saacadood toddobaadkii.

Ma i caawin kartaan? Jaaliyadda ayaa ii sheegtay inaad dadka ka caawisaan raadinta guryaha.

Mahadsanid
Abdirahman
0157 555 91 320""", date="2026-03-06 12:09"),
]
