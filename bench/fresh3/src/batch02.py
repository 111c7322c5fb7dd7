"""fresh3 evaluation batch 02: inbox of 6-10 March 2026 (mixed languages and categories)."""
from mailwriter import T, L, I, S, A


MAILS = [
T("de", 1, "broken", "Haider Al-Saadi <haider.alsaadi@example.net>", "Hilfe bitte wir müssen raus Freitag",
"""Sehr geerte Damen und Herren

ich bin Haider Al-Saadi wohne mit meine Familie (Frau und 4 Kinder) in Wohnung von Stadt in Heidkamp, 2. Etage.
Gestern Hausmeister ist gekommen und sagt wir müssen bis Freitag 13.03 raus weil Stadt Vertrag mit Vermieter ist zu Ende. Wir haben keine Brief bekommen nur er sagt. Wohin wir gehen? Meine Kinder gehen Schule hier, kleine Tochter ist 8 Monate.
Bitte sagen Sie was wir machen, wir haben Angst.

Danke
Haider Al-Saadi
0160 555 47 12""", date="2026-03-09 06:52"),

T("en", 1, "clean", "Grace Mensah <gracemensah.gh@example.com>", "Please help - new baby no place",
"""Dear Sir/Madam,

I am Grace Mensah from Ghana. I gave birth to my daughter on 28 February and the hospital says I will be discharged on Monday 9 March.

Before the baby I was staying with a friend in her flat in Refrath because I had to leave the women's accommodation in January, but her landlord has now said that no baby can stay there and I have to leave. I am not registered in any Heim right now. My caseworker at the Sozialamt is on holiday and I don't know who else to ask.

Please, I need a place for me and my baby from Monday. I have all documents, my Aufenthaltstitel is valid.

My phone: 0152 555 88 301

Thank you and God bless,
Grace""", date="2026-03-06 21:17"),

L("de", 0, "formal", "Thomas Kessler <t.kessler@kessler-verwaltung.example.com>",
  "Mieter Fam. Osman, Refrath - Beschwerden Hausgemeinschaft",
"""Sehr geehrte Frau Lindner,

Sie hatten uns im vergangenen Herbst die Familie Osman für die Wohnung im 1. OG in Refrath vermittelt. Grundsätzlich läuft das Mietverhältnis, die Miete kommt pünktlich über das Jobcenter.

Leider erreichen uns inzwischen wiederholt Beschwerden aus der Hausgemeinschaft:
- Der Müll wird nicht getrennt, Gelbe Säcke stehen tagelang im Treppenhaus.
- Im Keller wurde über Wochen Wäsche zum Trocknen aufgehängt, dort hat sich an einer Wand Schimmel gebildet.
- Lärm nach 22 Uhr (Kinder, Besuch).

Wir möchten das Mietverhältnis nicht gefährden, aber die anderen Eigentümer drängen auf eine Abmahnung. Wäre es möglich, dass Sie bzw. jemand aus Ihrem Team mit der Familie spricht, ggf. mit Dolmetscher? Gerne auch ein gemeinsamer Termin vor Ort.

Mit freundlichen Grüßen

Thomas Kessler
Geschäftsführer
Immobilienverwaltung Kessler GmbH
Tel. 02204 555 61 0 | Fax 02204 555 61 99
Geschäftsführer: Thomas Kessler | HRB 55871 Amtsgericht Köln""", html="alt", date="2026-03-06 10:05"),

T("ar", 1, "clean", "Samira Y. <samira.y@example.net>", "ساعدوني",
"""السلام عليكم
أنا امرأة من العراق، أسكن مع زوجي وأولادي الثلاثة في الهايم في Hand. زوجي يضربني منذ فترة، وأمس ضربني أمام الأطفال وهددني أنه سيأخذ الأولاد ويقتلني إذا ذهبت إلى الشرطة.
لا أستطيع البقاء هنا. لا أعرف أحدا في ألمانيا ولا أتكلم الألماني جيدا.
أرجوكم هل يوجد مكان آخر أسكن فيه مع أولادي؟ لا تتصلوا على رقمي، هو يفتش التلفون. أكتب لكم من تلفون جارتي.
نور""", date="2026-03-07 23:40"),

T("fa", 0, "phone", "ali rezaei <alirezaei1372@example.com>", "khane",
"""salam khaste nabashid
man ali hastam az iran 2 sale too heim moitzfeld zendegi mikonam ba khanomam
donbale khane hastim vali kasi be ma khane nemide chon jobcenter pool mide
shoma mitunid komak konid? man almani kam baladam
mamnoon
ali""", date="2026-03-07 13:26"),

I("de", 0, "formal", "Dr. Felix Aldenhoven <f.aldenhoven@fraktion-gl.example.org>",
  "Anfrage für Sozialausschuss 17.03. - Auszugsmanagement",
"""Sehr geehrte Damen und Herren,

als Mitglied des Ausschusses für Soziales, Wohnungswesen, Demografie und Gleichstellung bereite ich mich auf die Sitzung am 17.03. vor, in der auch über die Fortführung der KIM-Stellen gesprochen wird. Mich würden vorab folgende Punkte interessieren:

- Wie viele Haushalte konnten 2025 aus den Unterkünften in privaten Wohnraum vermittelt werden?
- Wie viele Personen haben an den Workshops teilgenommen, und wie viele haben eine Teilnahmebestätigung erhalten?
- Wie lange warten Interessierte im Schnitt auf ein erstes Beratungsgespräch?
- Reicht aus Ihrer Sicht die Personalausstattung mit zwei Stellen?

Ich wäre dankbar, wenn Sie mir die Zahlen - soweit vorhanden - vorab zukommen lassen könnten, gerne auch informell. Selbstverständlich kann ich die Fragen auch offiziell über die Verwaltung stellen, falls Ihnen das lieber ist.

Mit freundlichen Grüßen
Dr. Felix Aldenhoven
Mitglied des Rates der Stadt Bergisch Gladbach""", date="2026-03-08 17:50"),

T("ar", 0, "clean", "محمد الحسين <m.alhussein@example.net>", "وجدت شقة في Paffrath",
"""مرحبا مدام ليندنر،
الحمد لله وجدنا شقة في Paffrath، ثلاث غرف، 74 متر. صاحب البيت موافق بشرط أن يوافق الجوب سنتر.
الجوب سنتر طلب مني ورقة Mietbescheinigung يعبيها صاحب البيت، وصاحب البيت عبأها، لكن الجوب سنتر يقول إن الإيجار أعلى من المسموح بـ 38 يورو.
هل يمكن أن تساعدينا؟ صاحب البيت قال ممكن ينزل شوي بس بدو يحكي مع حدا من البلدية.
رقم صاحب البيت: Herr Wegener 0171 555 3344
شكرا كتير
محمد الحسين وعائلته""", charset="windows-1256", date="2026-03-09 11:14"),

T("de", 0, "machine_translated", "Oksana Hrytsenko <oksana.hrytsenko@example.net>",
  "Bitte um Teilnahmebestätigung Kurs Wohnungsführerschein",
"""Sehr geehrte Damen und Herren!

Ich wende mich an Sie mit der Bitte, mir die Bestätigung über die Teilnahme am Kurs "Wohnungsführerschein" auszustellen, welchen ich im Januar-Februar dieses Jahres in dem Familienzentrum besucht habe (4 Termine, ich war bei allen Terminen anwesend).

Zurzeit suche ich aktiv eine Wohnung für mich und meine Tochter (12 Jahre), und der Vermieter, bei dem wir am Samstag die Besichtigung hatten, hat gefragt, ob ich ein solches Dokument vorweisen kann. Es wäre für mich sehr wichtig, diese Bestätigung so schnell wie möglich zu erhalten, wenn möglich in elektronischer Form.

Im Voraus bedanke ich mich herzlich für Ihre Hilfe und Ihr Verständnis.

Mit freundlichen Grüßen
Oksana Hrytsenko
geb. 14.05.1986
wohnhaft: Unterkunft Moitzfeld, Zimmer 12""", date="2026-03-09 08:31"),

S("en", 0, "clean", "Dr. Richard Hollister <richard.hollister.uk@example.com>",
  "Apartment available for refugees - Bergisch Gladbach",
"""Good day,

I am Dr. Richard Hollister, a British surgeon currently working with a medical mission in Lagos, Nigeria. I own a fully furnished 3 room apartment in Bergisch Gladbach (Bensberg) which I inherited from my late aunt. I am not in Germany and I will not be coming back for the next years so I want the apartment to be used by a family in need, preferably refugees, for a low rent of 350 EUR all inclusive.

Because I am abroad, the keys and the contract will be sent through a secure delivery service. The tenant or your office only needs to transfer the first month rent and the deposit (total 1.050 EUR) via Western Union to my agent in London, and the keys will be delivered within 48 hours. Full refund is guaranteed if you don't like the apartment.

Please send me the name and ID copy of the family and I will prepare the contract immediately.

God bless you for your work.
Dr. Richard Hollister""", date="2026-03-08 02:44"),

I("fr", 0, "formal", "Camille Rousseau <camille.rousseau@univ-strasbourg.example.org>",
  "Demande d'entretien - recherche sur l'accès au logement des réfugiés",
"""Madame, Monsieur,

Je suis doctorante en sociologie à l'Université de Strasbourg et je prépare une thèse comparative sur les dispositifs municipaux d'accès au logement pour les personnes réfugiées en France et en Allemagne. Votre programme « Auszugsmanagement » m'a été signalé par une collègue de Cologne.

Serait-il possible d'organiser un entretien (en visio, d'environ une heure) avec une personne de votre équipe ? Je parle allemand (niveau B2) mais je me permets d'écrire en français ; l'entretien pourra bien sûr se faire en allemand ou en anglais.

Je joins une brève présentation du projet ainsi que le formulaire de consentement.

Bien cordialement,

Camille Rousseau
Doctorante en sociologie
Université de Strasbourg""", attach=["Presentation_projet_these.pdf"], charset="iso-8859-1", date="2026-03-09 14:02"),

L("de", 0, "reply", "Gerd Wienands <g.wienands@example.net>", "AW: Besichtigung Wohnung Schildgen - Interessenten",
"""Hallo Frau Lindner,

Donnerstag 15 Uhr passt mir. Ich bin dann vor Ort, Klingel Wienands (Erdgeschoss), die Wohnung ist oben.
Bringen die Leute einen Dolmetscher mit oder kommen Sie mit?

Gruß
G. Wienands

Am 09.03.2026 um 14:22 schrieb Integration Wohnen:
> Sehr geehrter Herr Wienands,
>
> vielen Dank für Ihr Angebot der 2-Zimmer-Wohnung in Schildgen. Wir hätten
> ein Ehepaar (beide berufstätig, keine Kinder), das sich sehr für die Wohnung
> interessiert. Wäre eine Besichtigung am Donnerstag, 12.03., um 15 Uhr möglich?
>
> Mit freundlichen Grüßen
> im Auftrag
> Lindner
> Stadt Bergisch Gladbach
> Fachbereich Jugend und Soziales - Auszugsmanagement""", date="2026-03-09 19:03"),

T("ti", 0, "clean", "Tesfaldet Ghebremedhin <tesfaldet.g@example.com>", "ገዛ ንደሊ",
"""ሰላም ንዓኹም፡
ኣነ ተስፋልደት ይበሃል። ካብ ኤርትራ እየ። ምስ በዓልቲ ቤተይን ክልተ ቆልዑናን ኣብ Heim Refrath ንነብር ኣለና፡ ሓንቲ ክፍሊ ጥራይ እያ።
ንዓመት ዝኸውን ገዛ ንደሊ ኣለና ግን ዋላ ሓደ መልሲ ኣይረኸብናን። ኣነ ኣብ ትካል ምጽራይ (Reinigung) እሰርሕ ኣለኹ።
በጃኹም ሓግዙና። ጀርመንኛ ቁሩብ እየ ዝፈልጥ።
የቐንየልና
ተስፋልደት
0176 555 21 90""", date="2026-03-09 20:40"),

T("ar", 0, "reply", "Hiba Darwish <hiba.darwish@example.com>", "AW: Ihr Termin zur Beratung am 11.03.2026",
"""شكرا كتير. بس ما بقدر اجي الساعة ١٠ لان عندي كورس الماني. ممكن بعد الساعة ١ او يوم الخميس؟
هبة

Am 06.03.2026 um 11:05 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Darwish,
>
> wir laden Sie zu einem Beratungsgespräch zur Wohnungssuche ein:
> Mittwoch, 11.03.2026, 10:00 Uhr, Verwaltungsgebäude, Raum 2.14.
> Bitte bringen Sie Ihren Aufenthaltstitel und den aktuellen Jobcenter-Bescheid mit.
>
> Mit freundlichen Grüßen
> Integration Wohnen""", date="2026-03-09 22:15"),

I("de", 0, "clean", "Werner Schallenberg <w.schallenberg@example.net>", "Zustände an der Unterkunft",
"""Guten Tag,

ich wohne direkt neben der städtischen Unterkunft in Paffrath und möchte mich jetzt doch einmal beschweren. Seit Wochen stehen vor dem Haus Sperrmüll, alte Matratzen und Säcke, die Ratten anziehen. Abends wird auf dem Parkplatz laut Musik gehört, teilweise bis nach Mitternacht.

Ich habe nichts gegen die Leute, die da wohnen, aber irgendjemand bei der Stadt muss sich doch mal darum kümmern. Wer ist dafür zuständig? Beim Ordnungsamt hat man mich an "das Integrationsteam" verwiesen, deshalb schreibe ich Ihnen.

Mit freundlichen Grüßen
W. Schallenberg""", charset="iso-8859-15", date="2026-03-10 07:12"),

T("fa", 1, "clean", "Zahra Hosseini <zahra.hosseini95@example.net>", "فوری - باید اتاق را خالی کنیم",
"""سلام،
من زهرا حسینی هستم. با دو فرزندم (۳ ساله و ۸ ماهه) از پارسال در یک اتاق در خانه یک هموطن در Bensberg زندگی می‌کنیم (Untermiete). بعد از اینکه جواب مثبت پناهندگی گرفتیم از کمپ بیرون آمدیم.
دیروز صاحبخانه گفت تا روز شنبه (۱۴ مارس) باید اتاق را خالی کنیم چون برادرش از ایران می‌آید. هیچ قراردادی نداریم.
من جای دیگری ندارم. شوهرم در آلمان نیست. لطفاً کمک کنید، ما شنبه در خیابان می‌مانیم.
شماره من: ۰۱۷۳۵۵۵۶۲۱۸
زهرا""", date="2026-03-10 09:48"),

A("de", 0, "other", "ImmoFinder Suchagent <noreply@immofinder.example.com>",
  "3 neue Angebote für Ihre Suche \u201eWohnung Bergisch Gladbach bis 800 \u20ac\u201c",
"""Hallo,

für Ihren Suchauftrag "Wohnung Bergisch Gladbach bis 800 EUR" gibt es 3 neue Angebote:

* 2-Zimmer-Wohnung, 52 m², Bergisch Gladbach-Refrath - 640 EUR kalt
  https://www.immofinder.example.com/expose/88213457
* Helle 3-Zi.-Whg. mit Balkon, 68 m², Bergisch Gladbach-Gronau - 745 EUR kalt
  https://www.immofinder.example.com/expose/88219902
* Appartement, 31 m², Bergisch Gladbach-Stadtmitte - 410 EUR kalt
  https://www.immofinder.example.com/expose/88220115

Suchauftrag bearbeiten oder abbestellen: https://www.immofinder.example.com/suchauftrag/4471902

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
ImmoFinder GmbH | Musterallee 1 | 10115 Berlin""",
  html="alt", headers={"Auto-Submitted": "auto-generated",
                       "List-Unsubscribe": "<https://www.immofinder.example.com/suchauftrag/4471902/abbestellen>",
                       "Precedence": "bulk"},
  date="2026-03-10 05:30"),

T("ku", 0, "clean", "Shilan Kareem <shilan.kareem@example.com>", "داوای یارمەتی بۆ خانوو",
"""سڵاو و ڕێز،
من ناوم شیلانە، لە هەولێرەوە هاتووم. من و مێردەکەم و دوو منداڵەکەمان ساڵێکە لە Heim لە Schildgen دەژین.
ئێمە بەدوای خانوویەکدا دەگەڕێین بەڵام هیچ کەس وەڵاممان ناداتەوە. مێردەکەم لە کۆمپانیایەک کار دەکات.
ئایا دەتوانن یارمەتیمان بدەن؟ ئایا کۆرسی Wohnungsführerschein هەیە؟
زۆر سوپاس
شیلان""", date="2026-03-10 12:37"),

L("de", 0, "clean", "Stefan Overbeck <stefan.overbeck@example.org>",
  "Elternhaus Herkenrath - Einliegerwohnung evtl. vermieten",
"""Guten Tag,

meine Schwester und ich haben im letzten Jahr das Haus unserer Eltern in Herkenrath geerbt. Im Obergeschoss gibt es eine abgeschlossene Wohnung (3 Zimmer, Küche, Bad, ca. 75 m²), die seit dem Tod unseres Vaters leer steht. Wir wohnen beide nicht in Bergisch Gladbach (ich in Münster, meine Schwester in Hamburg) und sind uns noch nicht einig, ob wir verkaufen oder vermieten.

Eine Nachbarin hat uns auf Ihr Programm aufmerksam gemacht. Bevor wir uns entscheiden, hätten wir ein paar Fragen:
- Gibt es eine Absicherung, falls die Miete ausbleibt oder Schäden entstehen (Mietausfallbürgschaft o. ä.)?
- Mietet ggf. die Stadt selbst an, oder schließen wir direkt mit den Mietern ab?
- Im Erdgeschoss stehen noch Möbel unserer Eltern, das Erdgeschoss würden wir vorerst nicht vermieten. Ist das ein Problem?
- Die Heizung ist eine alte Ölheizung für das ganze Haus. Wie rechnet man das dann ab?

Vielen Dank vorab. Gerne können Sie mich telefonisch erreichen: 0251 555 78 23 (abends).

Freundliche Grüße
Stefan Overbeck""", date="2026-03-10 20:22"),

I("en", 0, "formal", "Dr. Priya Nair <p.nair@socpol.uni.example.org>",
  "Research request: municipal move-out support for refugees",
"""Dear colleagues,

I am a lecturer in Social Policy at a UK university and lead a small comparative project on how municipalities support refugees in moving from temporary accommodation to the private rental market. Germany's "Auszugsmanagement" approaches are of particular interest to us.

We would be grateful for a 45-60 minute online interview with a member of your team in April or May. Questions would cover how landlords are recruited, what role the housing workshops play, and which barriers you see (e.g. SCHUFA, Jobcenter rent limits). We can conduct the interview in English or with a German-speaking colleague.

The project has ethics approval; all data are anonymised and no individual cases are discussed. I attach a participant information sheet.

With thanks and best wishes,
Priya Nair
Senior Lecturer in Social Policy""", attach=["Participant_Information_Sheet.pdf"], date="2026-03-10 15:55"),

T("ps", 0, "mixed_language", "Naqibullah Zadran <naqib.zadran@example.net>", "Wohnungsführerschein کورس",
"""سلام علیکم
زه نقیب الله یم. زما د ټولنیز کارکوونکي (Sozialarbeiter) نه مې واورېدل چې تاسو د کور موندلو لپاره کورس لرئ (Wohnungsführerschein).
زه غواړم چې په دې کورس کې ځان ثبت کړم. زه په Moitzfeld کې په کمپ کې اوسیږم. الماني ژبه لږ پوهیږم، اوس B1 کورس وایم.
کورس کله پیلیږي او چیرته دی؟
ډېره مننه
نقیب الله زدران""", date="2026-03-10 17:29"),
]
