"""fresh3 evaluation batch 03: inbox of 11-15 March 2026 (mixed languages and categories)."""
from mailwriter import T, L, I, S, A


def html(m, src):
    m.html_source = src
    return m


EXPOSE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333}
table.facts td{padding:3px 12px 3px 0;border-bottom:1px solid #e3e3e3}
.brand{color:#8a1c2b;font-weight:bold;font-size:15px}</style></head>
<body>
<p>Sehr geehrte Damen und Herren,</p>
<p>im Auftrag unseres Eigent&uuml;mers bieten wir Ihnen folgende Wohnung an, die wir gerne an eine Familie aus Ihrem Programm vermitteln w&uuml;rden. Der Eigent&uuml;mer hat ausdr&uuml;cklich Interesse an einer langfristigen Vermietung und ist mit einer Mietzahlung durch das Jobcenter einverstanden.</p>
<table class="facts">
<tr><td><b>Objekt</b></td><td>4-Zimmer-Wohnung, 3. OG (kein Aufzug)</td></tr>
<tr><td><b>Lage</b></td><td>Bergisch Gladbach-Hand</td></tr>
<tr><td><b>Wohnfl&auml;che</b></td><td>ca. 96 m&sup2;</td></tr>
<tr><td><b>Kaltmiete</b></td><td>940,00 &euro;</td></tr>
<tr><td><b>Nebenkosten</b></td><td>260,00 &euro; (inkl. Heizung)</td></tr>
<tr><td><b>Kaution</b></td><td>3 Nettokaltmieten</td></tr>
<tr><td><b>Verf&uuml;gbar</b></td><td>ab 01.05.2026</td></tr>
<tr><td><b>Provision</b></td><td>f&uuml;r Mieter provisionsfrei</td></tr>
</table>
<p>F&uuml;r Besichtigungen stehen wir werktags zur Verf&uuml;gung. Bitte teilen Sie uns vorab Haushaltsgr&ouml;&szlig;e und Einkommensnachweise bzw. den Jobcenter-Bescheid der Interessenten mit.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en</p>
<p>Laura Sommer<br>Immobilienberaterin</p>
<p class="brand">Rheinland Wohnkonzept Immobilien GmbH</p>
<p style="font-size:11px;color:#888">Tel. 02202 555 430 &middot; www.rheinland-wohnkonzept.example.com<br>
Gesch&auml;ftsf&uuml;hrer: R. Albers &middot; HRB 55120 &middot; Erlaubnis nach &sect; 34c GewO<br>
<img src="https://www.rheinland-wohnkonzept.example.com/img/logo_mail.png" alt="Rheinland Wohnkonzept" width="180"></p>
</body></html>
"""


MAILS = [
T("de", 0, "reply", "Sami Tesfay <sami.tesfay@example.com>", "Re: Einladung Workshop Wohnen - Termine März",
"""Hallo
Ja ich komme am Dienstag mit meine Frau. Danke schön
Sami

Von meinem Samsung Galaxy Smartphone gesendet.

-------- Ursprüngliche Nachricht --------
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Datum: 10.03.26 16:40 (GMT+01:00)
An: sami.tesfay@example.com
Betreff: Einladung Workshop Wohnen - Termine März

Sehr geehrte Damen und Herren,

der nächste Workshop "Fit für die eigene Wohnung" findet an folgenden Terminen statt:
Dienstag 17.03., Dienstag 24.03. und Dienstag 31.03.2026, jeweils 14:00-16:30 Uhr, Familienzentrum Hand.
Themen: Wohnungssuche, Mietvertrag, Nebenkosten, Mülltrennung, Rechte und Pflichten als Mieter.
Bitte bestätigen Sie Ihre Teilnahme bis zum 13.03.

Mit freundlichen Grüßen
Ihr Team Integration Wohnen""", date="2026-03-11 07:02"),

T("de", 0, "on_behalf", "Melanie Fuchs <m.fuchs@gesamtschule.example.org>",
  "Familie eines Schülers - beengte Wohnsituation",
"""Sehr geehrte Damen und Herren,

ich bin Schulsozialarbeiterin an einer Gesamtschule in Bergisch Gladbach und wende mich mit Einverständnis der Eltern an Sie wegen der Familie unseres Schülers Yusuf A. (Klasse 7).

Die Familie (Eltern und fünf Kinder zwischen 2 und 15 Jahren) lebt seit über drei Jahren in zwei Zimmern in einer städtischen Unterkunft in Bensberg. Yusuf ist ein guter Schüler, aber er hat zu Hause keinen Platz für Hausaufgaben und schläft schlecht. Die Lehrkräfte merken das deutlich.

Der Vater arbeitet in Vollzeit bei einer Spedition, die Mutter besucht einen Sprachkurs. Die Familie sucht seit langem eine Wohnung, hat aber nach eigener Aussage keine Unterstützung dabei.

Könnten Sie mir sagen, ob die Familie bei Ihnen bereits bekannt ist und wie sie ins Auszugsmanagement aufgenommen werden kann? Ich würde einen ersten Termin gern begleiten. Eine Schweigepflichtentbindung der Eltern liegt mir vor.

Mit freundlichen Grüßen
Melanie Fuchs
Schulsozialarbeit""", date="2026-03-11 10:18"),

T("ar", 0, "on_behalf", "Omar Sheikh Mohammad <omar.sheikhmo@example.com>", "بخصوص والدي - طلب سكن",
"""مرحباً،

أكتب لكم بخصوص والدي، عمره 71 سنة، يسكن وحده في غرفة في الهايم في Refrath منذ 2019. أنا أسكن في مدينة Dortmund مع عائلتي ولا أستطيع أن أستقبله عندي لأن شقتنا صغيرة.

والدي عنده مرض السكري ومشاكل في الركبة ولا يستطيع صعود الدرج كثيراً. الحمام المشترك في الهايم صعب عليه جداً.
هل يمكن أن يحصل على شقة صغيرة في الطابق الأرضي أو في بناء فيه مصعد؟ هو يأخذ Grundsicherung من Sozialamt.

والدي لا يتكلم الألمانية ولا يستخدم الإيميل، لذلك أرجو التواصل معي على هذا الإيميل أو على الرقم 0157 555 63 09.

شكراً لكم
عمر""", date="2026-03-11 20:51"),

L("de", 0, "phone", "Jörg Bendig <joerg.b1971@example.com>", "Appartement frei",
"""Hallo habe ab 1.4. ein 1 Zimmer Appartement in Gladbach Stadtmitte frei, 32qm, Kochnische, Dusche, 450 warm. Gerne auch an Flüchtling, sollte aber Mann alleine sein und Nichtraucher. Besichtigung jederzeit. Bitte anrufen 0171 555 8120
Gruß Jörg Bendig

Von meinem iPhone gesendet""", date="2026-03-11 18:40"),

T("fr", 1, "clean", "Chantal Mbuyi <chantal.mbuyi@example.com>", "URGENT - expulsion le 16 mars",
"""Bonjour Madame, Monsieur,

Je m'appelle Chantal Mbuyi, je suis congolaise et je vis avec mes trois enfants (2, 6 et 10 ans) dans un appartement à Gronau depuis 2022. Le propriétaire a vendu l'immeuble et le nouveau propriétaire m'a envoyé une lettre : je dois quitter l'appartement le lundi 16 mars. Il a déjà changé la serrure de la cave et il dit qu'il viendra avec la police.

Je ne sais pas si c'est légal, je n'ai jamais reçu de lettre du tribunal. Je n'ai pas de famille ici et je ne sais pas où aller avec les enfants.

S'il vous plaît, aidez-moi. Je peux venir à votre bureau demain. Je parle un peu allemand mais pour ce genre de choses c'est difficile.

Merci beaucoup.
Chantal Mbuyi
Tél. 0176 555 49 63""", charset="iso-8859-1", date="2026-03-12 08:06"),

T("fa", 0, "clean", "Farid Noori <farid.noori@example.com>", "سوال درباره WBS",
"""سلام و احترام،
من فرید نوری هستم از افغانستان. دوستم گفت که برای بعضی خانه‌ها یک کاغذ به نام Wohnberechtigungsschein (WBS) لازم است.
۱- این کاغذ را از کجا بگیرم؟
۲- برای گرفتن آن چه اسنادی لازم است؟ من Aufenthaltserlaubnis سه ساله دارم.
۳- آیا شما در پر کردن فورم کمک می‌کنید؟
ما پنج نفر هستیم و در کمپ Herkenrath زندگی می‌کنیم.
تشکر از شما
فرید""", date="2026-03-12 11:40"),

I("de", 0, "clean", "Brigitte Lammerskötter <b.lammerskoetter@example.net>", "Bewohnerparkausweis verlängern",
"""Guten Tag,

mein Bewohnerparkausweis für die Zone in Bensberg läuft Ende März ab. Auf der Internetseite der Stadt finde ich das Formular nicht mehr. Können Sie mir das bitte zuschicken oder sagen, wo ich das beantragen kann?
Kennzeichen GL-BL 555.

Vielen Dank
B. Lammerskötter""", charset="windows-1252", date="2026-03-12 09:15"),

L("ar", 0, "clean", "Bassam Haddad <bassam.haddad@example.net>", "شقة للإيجار في Bensberg",
"""السلام عليكم،

أنا بسام حداد، سوري، أعيش في ألمانيا منذ 1998 وأعمل طبيب أسنان في كولونيا. اشتريت قبل سنتين شقة في Bensberg للاستثمار، والمستأجر السابق خرج الشهر الماضي.

الشقة ثلاث غرف وصالون، 82 متر، الطابق الثاني مع مصعد، قريبة من المدارس. الإيجار 820 يورو بارد + 210 مصاريف.

أحب أن أؤجرها لعائلة سورية أو عربية عن طريقكم، فأنا أعرف كم هو صعب على الناس إيجاد شقة هنا. لكن عندي شرطان: أن يدفع الجوب سنتر الإيجار مباشرة لي، وأن تكون العائلة قد حضرت الدورة عندكم (Wohnungsführerschein).
هل هذا ممكن؟ وما هي الخطوات؟

مع التحية
د. بسام حداد
0221 555 40 80""", date="2026-03-12 21:05"),

html(L("de", 0, "html_only", "Laura Sommer | Rheinland Wohnkonzept <l.sommer@rheinland-wohnkonzept.example.com>",
  "Exposé: Familienfreundliche 4-Zimmer-Wohnung in Bergisch Gladbach-Hand",
"""Sehr geehrte Damen und Herren, im Auftrag unseres Eigentümers bieten wir Ihnen folgende Wohnung an:
4-Zimmer-Wohnung, 3. OG, Bergisch Gladbach-Hand, ca. 96 m², Kaltmiete 940 EUR, ab 01.05.2026. Laura Sommer""",
  html="only", date="2026-03-13 10:22"), EXPOSE_HTML),

T("en", 0, "broken", "Sayed Jamal Hashimi <sayedjamal.hashimi@example.com>", "my case file status",
"""Dear Madam/Sir

I am Sayed Jamal Hashimi, I was in your office in December with my wife for registration in the program for apartment. Mrs. Lindner wrote my name and told me she will contact me. Since then I have not hear anything.

I am living in the Heim in Herkenrath with my wife and 3 children. Can you please tell me if my file is still open and if there is any news?

Also I now have a job contract (Arbeitsvertrag) from 1 April in a logistic company, maybe it helps for the landlord. I can send it.

Thank you very much
Sayed Jamal Hashimi
Date of birth 03.02.1989""", date="2026-03-13 13:47"),

T("so", 1, "clean", "Hodan Abdi <hodan.abdi@example.com>", "Caawimaad degdeg ah",
"""Asc,
Magacaygu waa Hodan Abdi. Waxaan ahay hooyo leh saddex carruur ah (1, 4 iyo 7 sano). Waxaan ku nool nahay guri yar oo ku yaal Heidkamp tan iyo 2023.

Milkiilaha guriga wuxuu noo soo diray warqad Räumung ah. Gerichtsvollzieher-ka wuxuu imanayaa Khamiista 19 Maarso saacadda 8:00 subaxnimo. Jobcenter-ku wuxuu yiri kirada waa la bixiyay, laakiin milkiiluhu wuxuu leeyahay lacag ayaa ka dhiman.

Meel aan aadno ma hayno. Fadlan naga caawiya sida ugu dhakhsaha badan.
Mahadsanid
Hodan
0152 555 73 16""", date="2026-03-13 16:30"),

I("de", 0, "formal", "Kai Brückmann <angebote@brueckmann-umzuege.example.com>",
  "Kooperationsangebot: Umzüge für Ihre Klienten zu Sonderkonditionen",
"""Sehr geehrte Damen und Herren,

als inhabergeführtes Umzugsunternehmen aus dem Rheinisch-Bergischen Kreis unterstützen wir seit vielen Jahren Sozialträger und Kommunen bei Umzügen von Leistungsempfängern. Gerne würden wir auch Ihnen ein Angebot machen:

- Pauschalpreise nach Zimmerzahl, Kostenvoranschlag für das Jobcenter innerhalb von 24 Stunden
- Möbelmontage, Küchenabbau und -aufbau, Entsorgung
- Mehrsprachige Mitarbeiter (Arabisch, Türkisch, Russisch)

Gerne stellen wir uns in einem kurzen Termin persönlich vor. Unsere Preisliste 2026 für Sozialumzüge finden Sie im Anhang.

Mit freundlichen Grüßen
Kai Brückmann
Inhaber
Brückmann Umzüge & Transporte""", attach=["Preisliste_2026_Sozialumzuege.pdf"], date="2026-03-13 08:55"),

T("ar", 0, "mixed_language", "Ahmad Kassem <ahmad.kassem.gl@example.com>", "Termin Wohnung",
"""مرحبا
انا كنت عند Frau Lindner من شهرين واعطتني Liste مع Wohnungen. انا بعتت Bewerbung ل 14 Wohnung وما حدا رد غير واحد، الVermieter قال بدو SCHUFA Auskunft و Einkommensnachweis.
انا بشتغل Minijob و الباقي من Jobcenter. هل هيك بيقبل؟
وكمان بدي اعرف اذا في Termin جديد للWorkshop لان مرتي بدها تجي معي.
شكرا
احمد""", date="2026-03-13 22:33"),

L("fr", 0, "clean", "Jean-Luc Dumont <jl.dumont@example.net>", "Studio à louer à Bergisch Gladbach",
"""Bonjour,

Je suis belge et je vis à Liège, mais je possède depuis 2015 un studio meublé à Bergisch Gladbach (quartier Gronau, 34 m², 1er étage, kitchenette et salle de douche). Mon locataire actuel, un étudiant, part fin avril.

Une amie qui travaille dans l'accueil des réfugiés m'a parlé de votre service. Je serais prêt à louer le studio à une personne seule orientée par vous, pour environ 480 € charges comprises. Je vous écris en français car mon allemand écrit n'est pas très bon, j'espère que ce n'est pas un problème.

Pourriez-vous m'expliquer comment cela fonctionne (contrat, garantie de paiement, état des lieux) ? Je viens à Bergisch Gladbach environ une fois par mois.

Cordialement,
Jean-Luc Dumont
+32 4 555 12 34""", charset="windows-1252", date="2026-03-14 09:31"),

S("de", 0, "html_only", "DHL Paket <service@dhl-zustellung-info.example.com>",
  "Ihre Sendung JJD00340434817220 konnte nicht zugestellt werden",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Paket (Sendungsnummer JJD00340434817220) konnte heute nicht zugestellt werden, da die Zollgebühr in Höhe von 2,99 EUR noch nicht bezahlt wurde.

Bitte bezahlen Sie die ausstehende Gebühr innerhalb von 48 Stunden, andernfalls wird die Sendung an den Absender zurückgeschickt:

https://dhl-paket-zoll.example.com/track?id=JJD00340434817220

Vielen Dank, dass Sie DHL gewählt haben.
Ihr DHL Kundenservice""", html="only", date="2026-03-14 04:12"),

T("fa", 0, "reply", "Hamid Karimi <hamid.karimi.af@example.com>", "AW: Unterlagen für Ihre Wohnungsbewerbung",
"""سلام خانم لیندنر
مدارک را ضمیمه کردم. Schufa را هنوز ندارم، در اینترنت درخواست دادم ولی گفتند با پست می‌آید، یک هفته طول می‌کشد.
Gehaltsabrechnung سه ماه آخر و Aufenthaltstitel را فرستادم.
تشکر
حامد

Am 10.03.2026 um 09:12 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Karimi,
>
> für die Bewerbung bei der Wohnungsgenossenschaft benötigen wir von Ihnen bitte
> bis Freitag folgende Unterlagen:
> - Kopie Aufenthaltstitel (Vorder- und Rückseite)
> - Gehaltsabrechnungen der letzten drei Monate
> - SCHUFA-Auskunft (die kostenlose Datenkopie reicht)
>
> Mit freundlichen Grüßen
> Integration Wohnen""", attach=["Aufenthaltstitel.pdf", "Gehaltsabrechnung_Dez_Jan_Feb.pdf"],
  date="2026-03-13 19:10"),

I("ku", 0, "clean", "Dilan Şêxo <komele.kurdi.gl@example.org>",
  "Agahî li ser Wohnungsführerschein ji bo endamên me",
"""Silav û rêz,

Em komeleyeke çandî ya Kurdan in li Bergisch Gladbach. Gelek endamên me, bi taybetî malbatên ji Sûriyê û Iraqê, li xaniyan digerin û pirsên wan li ser bernameya we hene.

Em dixwazin bipirsin:
- Gelo hûn dikarin rojekê werin komeleya me û bernameyê bi kurtî bidin nasîn? Em dikarin wergêrê Kurdî amade bikin.
- Gelo flyer an agahiyên we bi Kurdî an Erebî hene?

Bi silav û rêz,
Ji bo rêveberiya komeleyê
Dilan Şêxo""", date="2026-03-14 15:20"),

T("de", 0, "phone", "Eyob Tekle <eyob.tekle@example.net>", "Wohnung gefunden Mietschuldenfreiheitsbescheinigung",
"""Guten tag Frau Lindner
ich habe wohnung gefunden in Bensberg 2 zimmer, vermieter ist gut. aber er will Mietschuldenfreiheitsbescheinigung von alte vermieter. ich wohne in Heim von stadt, kein vermieter. wo bekomme ich das? von ihnen?
bitte schnell antworten vermieter wartet bis montag
danke
Eyob Tekle""", date="2026-03-14 18:02"),

A("en", 0, "other", "Priya Nair <p.nair@socpol.uni.example.org>",
  "Automatic reply: Re: Research request: municipal move-out support for refugees",
"""Thank you for your email. I am currently at a conference and will have limited access to email until 23 March. I will reply as soon as possible after my return.

For urgent matters relating to the project, please contact our project administrator at socpol-projects@uni.example.org.

Best wishes,
Priya Nair""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  date="2026-03-15 10:02"),

I("ar", 0, "clean", "Yousef Alali <yousef.alali@example.com>", "تجديد الإقامة",
"""مرحبا،
إقامتي تنتهي في 30 أبريل، وأرسلت إيميل إلى Ausländerbehörde قبل شهر ولم يردوا. لا أستطيع أن أحجز موعدا على الإنترنت، كل المواعيد ممتلئة.
هل تستطيعون مساعدتي في أخذ موعد أو إعطائي رقم شخص هناك؟ أخاف أن أخسر عملي إذا انتهت الإقامة.
شكرا
يوسف العلي""", date="2026-03-15 20:44"),
]
