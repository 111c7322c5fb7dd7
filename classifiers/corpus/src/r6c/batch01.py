"""r6c batch 01: Tigrinya (Ge'ez script) -- community association, church and women's group invitations, a volunteer
translator, questions for other offices, a student; Eritrean owners offering flats and rooms, guarantees, follow-ups;
tenant requests (one urgent: newborn, must leave by Friday); one rental scam."""
from mailwriter import T, L, I, S

MAILS = [
I("ti", 0, "clean", "Kidane Tesfamariam <kidane.tesfamariam@example.org>", "ዕድመ ናብ ዓመታዊ ኣኼባ ማሕበርና – Einladung Jahresversammlung",
"""ሰላም ንኹልኹም ሰራሕተኛታት Integration Wohnen፡

ኣነ ኪዳነ ተስፋማርያም፡ ኣቦ መንበር ማሕበር ኤርትራውያን ኣብ በርጊሽ ግላድባኽ እየ። ማሕበርና ካብ 2016 ጀሚሩ ንኤርትራውያን ስድራቤታት ኣብዚ ከተማ ይሕግዝ ኣሎ፡ ብፍላይ ኣብ ቋንቋ፡ ባህሊ ከምኡ'ውን ኣብ ጉዳይ ቆልዑ።

ኣብ ቀዳም 14 መጋቢት 2026 ካብ ሰዓት 15:00 ክሳብ 18:00 ዓመታዊ ኣኼባና ኣብ Gemeindezentrum Refrath ክንገብር ኢና።

ብዙሓት ኣባላትና ገና ኣብ Heim ይነብሩ፡ ገዛ ንምርካብ ድማ ብዙሕ ይሽገሩ ኣለዉ። ስለዚ ሓደ ወይ ክልተ ካብ ሰራሕተኛታትኩም መጺኦም ብዛዕባ ስራሕኩም፡ ብዛዕባ እቲ Wohnungsführerschein ከምኡ'ውን ብኸመይ ምስ ወነንቲ ገዛ ትራኸቡ፡ ን20 ደቒቕ ሓበሬታ እንተሃቡና ብጣዕሚ ደስ ምበለና። ናብ ትግርኛ ምትርጓም ባዕልና ነዳልዎ።

ቡን፡ ሻሂ ከምኡ'ውን ቁሩብ መግቢ ክህሉ እዩ።

ክትመጹ እንተኽኢልኩም ብኽብረትኩም ክሳብ 28 ለካቲት ሓብሩና።

ምስ ሰላምታ
ኪዳነ ተስፋማርያም
ኣቦ መንበር – Mahber Eritrawyan Bergisch Gladbach e.V.
Tel. 0176 44219087""", date="2026-02-09 19:42"),

I("ti", 0, "formal", "Kesis Habtom Gebremedhin <habtom.gebremedhin@kidusgebriel.example.org>", "ኣዳራሽ ቤተ ክርስትያን ንኣኼባታት – Raumangebot",
"""ክቡራት ሰራሕተኛታት ቤት ጽሕፈት ውህደት፡

ብስም ቤተ ክርስትያን ኦርቶዶክስ ተዋህዶ ቅዱስ ገብርኤል ኣብ Bergisch Gladbach-Gronau ሰላምታና ነቕርበልኩም።

ቤተ ክርስትያንና ሓደ ኣዳራሽ (ኣስታት 60 ሰባት ዝሕዝ) ከምኡ'ውን ሓንቲ ንእሽቶ ክፍሊ ኣለዋ። ካብ ሰኑይ ክሳብ ሓሙስ ድሕሪ ቀትሪ መብዛሕትኡ ግዜ ባዶ እዩ። ንWorkshops ወይ ንሓበሬታዊ ኣኼባታት ክትጥቀሙሉ እንተደሊኹም፡ ብነጻ ክንህበኩም ድሉዋት ኢና።

ብዙሓት ምእመናንና ካብ ኤርትራ፡ ኢትዮጵያ ከምኡ'ውን ሱዳን እዮም፡ ገሊኦም ድማ ጀርመንኛ ገና ኣይመለኹን። ኣብ ኣኼባታትኩም ትርጉም እንተድልዩ ኣባላት ሰበካ ጉባኤና ክሕግዙ ይኽእሉ እዮም።

ቅድሚ ምውሳንኩም መጺኹም ነቲ ቦታ ክትርእይዎ ትኽእሉ ኢኹም። ብቴሌፎን ወይ ብኢመይል ተወከሱና።

ብኽብሪ
ቀሲስ ሃብቶም ገብረመድህን
ቤተ ክርስትያን ኦርቶዶክስ ተዋህዶ ቅዱስ ገብርኤል
Tel. 02202 9187743"""),

I("ti", 0, "mixed_language", "Semhar Abraha <semhar.abraha@example.net>", "Frauengruppe – ቡን ምስ ደቂ ኣንስትዮ",
"""Hallo zusammen, ሰላም፡

ኣነ ሰምሃር እየ። ኣብ Refrath ንጉጅለ ደቂ ኣንስትዮ ኤርትራውያንን ኢትዮጵያውያንን ኣወሃሃዲት እየ (Frauentreff, jeden 2. Mittwoch im Monat, 10–12 Uhr, im Familienzentrum).

ኣብ ዝሓለፈ ኣኼባና ብዙሓት ኣሓት ብዛዕባ Wohnungssuche፡ Schufa ከምኡ'ውን Mietvertrag ሕቶታት ኣልዒለን። ሓንቲ ካብ ሰራሕተኛታትኩም – ሰበይቲ እንተኾይና ይሓይሽ፡ ምኽንያቱ ገለ ኣሓት ምስ ሰብኡት ክዛረባ ይሓፍራ – ሓደ መዓልቲ ናብ ቡን ክትመጽእ ትኽእል ድያ?

Termin ከም ዝምችኣኩም ክንገብሮ ንኽእል, vielleicht April oder Mai. Kinderbetreuung haben wir, ቆልዑ ኣብ ካልእ ክፍሊ ይጻወቱ።

Danke schön, የቐንየልና!
Semhar Abraha
0159 01877345"""),

I("ti", 0, "clean", "Merhawi Tekle <merhawi.tekle@example.com>", "ብወለንታ ትርጉም – Ehrenamt Dolmetscher Tigrinya",
"""ሰላም፡

ስመይ መርሃዊ ተኽለ እዩ፡ 31 ዓመተይ፡ ኣብ Bensberg እነብር። ቅድሚ 9 ዓመት ናብ ጀርመን መጺአ፡ ሕጂ ከም Pflegefachkraft ኣብ ሆስፒታል እሰርሕ። ትግርኛ፡ ኣምሓርኛን ጀርመንኛን ጽቡቕ ገይረ እዛረብ፡ ዓረብኛ ድማ ቁሩብ።

ኣብ ቀዳሞት ዓመታተይ ብዙሓት ሰባት ሓጊዞምኒ እዮም፡ ሕጂ ድማ ኣነ ክመልሶ ደልየ። እንተ ኣድልዩኹም ኣብ Beratungstermine፡ ኣብ Workshops ወይ ብቴሌፎን ብወለንታ ክትርጉም እኽእል እየ። መብዛሕትኡ ግዜ ኣብ ሰሙን ክልተ ምሸታትን ቀዳምን ነጻ እየ።

ንምምዝጋብ እንታይ የድሊ? Führungszeugnis ኣድላዪ እንተኾይኑ ክሓትት እኽእል እየ።

ሰናይ መዓልቲ
መርሃዊ ተኽለ"""),

I("ti", 0, "phone", "Luwam G. <luwam.ghebre@example.net>", "kindergeld",
"""selam ኣነ ሉዋም እየ ወደይ ኣብ ሕዳር ተወሊዱ Kindergeld ገና ኣይመጸን 3 ወርሒ ኮይኑ
Familienkasse ብዙሕ ግዜ ደዊለ ዝምልስ የለን
ንስኹም ክትሕግዙኒ ትኽእሉ ዶ ወይ ናበይ ክኸይድ ኣለኒ
የቐንየለይ"""),

I("ti", 0, "machine_translated", "Tesfalem Weldemichael <tesfalem.wm@example.com>", "ሕቶ ብዛዕባ ምጽንባር ስድራቤት / Frage Familiennachzug",
"""ሰላም ክቡራት፡

ኣነ ተስፋልደት ወልደሚካኤል እየ፡ ኣብ ጀርመን ካብ 2022 ጀሚረ እነብር፡ Aufenthaltserlaubnis ድማ ኣለኒ። በዓልቲ ቤተይን ክልተ ደቀይን ኣብ ካምፓላ (ኡጋንዳ) ይጸንሑ ኣለዉ። ኣብ ኤምባሲ ጀርመን ቆጸራ ረኺቦም እዮም።

ሕቶይ፡ ቅድሚ ቆጸራ ኤምባሲ ኣብ Ausländerbehörde እንታይ ወረቐት ክህብ ኣለኒ? ናይ መርዓ ምስክር ወረቐት ብጀርመንኛ ክትርጎም ኣለዎ ዶ? ንስኹም እዚ ትፈልጡ ዶ ወይ ናብ መን ክጽሕፍ?

የቐንየልና

--- Übersetzung (Google) ---
Hallo geehrte,
Ich bin Tesfalem Weldemichael, ich lebe in Deutschland seit 2022 und habe Aufenthaltserlaubnis. Meine Frau und zwei meine Kinder warten in Kampala (Uganda). In Botschaft Deutschland sie bekommen Termin.
Meine Frage: Vor der Termin der Botschaft, was für Papier ich muss geben in Ausländerbehörde? Das Zeugnis der Heirat muss übersetzt in Deutsch? Sie wissen das oder zu wem ich schreiben?
Dankeschön""", date="2025-10-21 22:05"),

I("ti", 0, "oneliner", "Awet Berhe <awet.berhe1990@example.net>", "Führerschein",
"""ሰላም፡ ናይ ኤርትራ መንጃ ፍቓድ ኣብ ጀርመን ንምቕያር ናበይ እኸይድ? Straßenverkehrsamt ኣበይ እዩ? የቐንየለይ ኣወት"""),

I("ti", 0, "mixed_language", "Helen Yohannes <helen.yohannes@stud.example.org>", "Masterarbeit – Bitte um Weiterleitung / ጻውዒት ንቃለ መሕትት",
"""Sehr geehrte Damen und Herren,

ich studiere Soziale Arbeit (M.A.) und schreibe meine Masterarbeit über die Wohnungssuche eritreischer Geflüchteter im Rheinisch-Bergischen Kreis. Meine Eltern kommen aus Asmara, deshalb kann ich die Interviews auf Tigrinya führen. Ich würde Sie bitten, den folgenden Aufruf an Interessierte weiterzugeben oder in Ihren Räumen auszuhängen. Falls Sie selbst für ein kurzes Expertinneninterview (30 Min.) bereit wären, würde ich mich sehr freuen.

----------
ሰላም ንኹልኹም፡

ስመይ ሄለን ዮሃንስ እዩ፡ ተምሃሪት ዩኒቨርሲቲ እየ። ብዛዕባ ከመይ ኤርትራውያን ኣብ ጀርመን ገዛ ይደልዩ ዘሎ መጽናዕቲ እገብር ኣለኹ።

ኣብ ጀርመን ገዛ ደልዮም ዝረኸቡ ወይ ገና ዝደልዩ ዘለዉ ሰባት፡ ን45 ደቒቕ ምሳይ ክዛረቡ ድሉዋት እንተኾይኖም ደስ ይብለኒ። ስምኩም ኣይጽሓፍን፡ ኩሉ ምስጢር እዩ። ንምስጋና 20 € Gutschein ክህበኩም እየ።

ተወከሱኒ: 0152 66390014 ወይ helen.yohannes@stud.example.org
----------

Vielen Dank und freundliche Grüße
Helen Yohannes"""),

L("ti", 0, "clean", "Yohannes Kahsay <y.kahsay@example.com>", "ገዛ ንክራይ ኣብ Paffrath – Souterrain-Wohnung",
"""ሰላም ክቡራት፡

ኣነ ዮሃንስ ካሕሳይ እየ። ቅድሚ ክልተ ዓመት ምስ በዓልቲ ቤተይ ኣብ Paffrath ገዛ ገዚእና። ኣብ ታሕቲ (Souterrain) ሓንቲ ንእሽቶ ገዛ ኣላ፡ 1,5 ክፍሊ፡ ክሽነ፡ ባኞ፡ 38 m²፡ ናይ ባዕላ መእተዊ ማዕጾ ኣለዋ። ካብ 1 ሰነ ባዶ ክትከውን እያ።

ንሓደ ሰብ ወይ ንሰብኣይን ሰበይትን ክንህባ ንደሊ። ክራይ 430 € kalt፡ Nebenkosten 120 €።
ካብ ሃገርና ሓደ ሰብ እንተተሓጊዙ ደስ ይብለና፡ ግን ዝኾነ ሰብ ጽቡቕ እዩ። ንሕና ኣብ ላዕሊ ምስ ሰለስተ ቆልዑ ኢና ንነብር፡ ስለዚ ህዱእ ሰብ ንደሊ።

ሕቶታት፡
- Jobcenter ክራይ ብቐጥታ ናባና ይኸፍል ድዩ?
- Kaution መን ይኸፍላ?

ብቴሌፎን ክትድውሉለይ ትኽእሉ ኢኹም: 0157 38812460 (ድሕሪ ሰዓት 17)

የቐንየልና
ዮሃንስ ካሕሳይ""", date="2026-04-12 20:31"),

L("ti", 0, "hard_case", "Abrehet Tsegai <abrehet.tsegai@example.org>", "ሕቶ ቅድሚ ውሳነ – Mietausfall / Schäden",
"""ሰላም፡

ኣብ Heidkamp ክልተ ክፍሊ ዘለዋ ገዛ ኣላትኒ። ገና ኣይወሰንኩን፡ ግን ብመደብኩም ክህባ ሓሲበ ኣለኹ።

ሓወይ ኣብ ኮሎኝ ሕማቕ ተመክሮ ኣለዎ፡ እቲ ተኻራዪ ን5 ወርሒ ክራይ ኣይከፈለን፡ ክወጽእ ከሎ ድማ ብዙሕ ነገር ሰቢሩ። ስለዚ ፈሪሐ ኣለኹ።

ቅድሚ ምውሳነይ ክፈልጦ ዝደሊ፡
1. እቲ ተኻራዪ ክራይ እንተዘይከፊሉ፡ ከተማ ወይ Jobcenter ይኸፍል ድዩ? Mietausfallgarantie ኣላ ድያ?
2. Schäden እንተሃልዩ መን ይኸፍል?
3. ጸገም እንተመጺኡ ንስኹም ትሕግዙ ዶ፡ ወይስ ባዕለይ ክጋደል ኣለኒ?

ብሓቂ ክሕግዝ እደሊ፡ ግን ስድራይ ውን ክሕሉ ኣለኒ። ብጽሑፍ መልሲ እንተሂብኩምኒ ይሓይሽ።

ምስ ሰላምታ
ኣብርሄት ጸጋይ"""),

L("ti", 0, "reply", "Ghirmay Andemariam <ghirmay.a@example.net>", "Re: Besichtigung Dienstag, 17 Uhr",
"""ሰላም ወ/ሮ Krüger፡

እቲ ሰሉስ ዝመጸ መንእሰይ ፊልሞን ጽቡቕ ሰብ እዩ፡ ምስ በዓልቲ ቤተይ ተሰማሚዕና። Mietvertrag ክንጽሕፍ ንደሊ። ካብ Jobcenter እንታይ ወረቐት የድልየና? Mietbescheinigung ክመልእ ድዩ?

ግርማይ

Am 20.02.2026 um 09:12 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Andemariam,
>
> vielen Dank für Ihr Angebot. Wie besprochen kommt Herr Filmon T. am
> Dienstag um 17 Uhr zur Besichtigung in die Wohnung in Schildgen.
> Bitte geben Sie uns nach dem Termin kurz Bescheid.
>
> Mit freundlichen Grüßen
> A. Krüger
> Integration Wohnen""", date="2026-02-25 21:14"),

L("ti", 0, "reply", "Tsegay Mebrahtu <tsegay.mebrahtu@example.com>", "AW: Ihr Mieter Herr Dawit S. – Mietzahlung",
"""ሰላም፡

ብዛዕባ እቲ ዝሓለፈ ዝጸሓፍኩምለይ የቐንየለይ። ግን ክሳብ ሎሚ ናይ ለካቲትን መጋቢትን ክራይ ኣይበጽሓንን። ዳዊት "Jobcenter ከፊሉ እዩ" ይብል፡ ኣብ ባንኪ ግን ዋላ ሓንቲ ዩሮ የላን።

ዳዊት ባዕሉ ጽቡቕ ሰብ እዩ፡ ምስኡ ጸገም የብለይን። ግን ኣነ'ውን Kredit ናይ ገዛ ክኸፍል ኣለኒ። ምስ Jobcenter ክትዛረቡለይ ትኽእሉ ዶ? ወይ እንታይ ክገብር ኣለኒ?

ብኽብረትኩም ቀልጢፍኩም መልሱለይ።
ጸጋይ መብራህቱ

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 2. März 2026 10:40
An: Tsegay Mebrahtu <tsegay.mebrahtu@example.com>
Betreff: Ihr Mieter Herr Dawit S. – Mietzahlung

Sehr geehrter Herr Mebrahtu,

Herr S. hat uns mitgeteilt, dass die Direktzahlung der Miete beim Jobcenter beantragt ist. Bitte melden Sie sich, falls die Zahlung bis Mitte des Monats nicht eingegangen ist.

Freundliche Grüße
Integration Wohnen""", date="2026-03-19 07:55"),

L("ti", 0, "phone", "Mehret Kiflom <mehret.kiflom@example.net>", "ክፍሊ ኣሎ",
"""selam ኣብ ገዛይ ሓደ ክፍሊ ባዶ ኣሎ 14 m2 ኣብ Moitzfeld
ንሓንቲ ጓል ጥራይ ሰብኣይ ኣይኮነን
300 euro ኩሉ ሓዊሱ (Strom Internet ውን)
Jobcenter ይኽእል ድዩ? Untermietvertrag ክህብ ይኽእል እየ
ደውሉለይ 0162 4470912 መሓረት"""),

L("ti", 0, "on_behalf", "Daniel Teklehaimanot <daniel.th@example.com>", "ገዛ ኣቦይ ኣብ Gronau – Wohnung zu vermieten",
"""ሰላም ክቡራት፡

ኣቦይ ተኽለሃይማኖት ገብረእግዚኣብሄር 74 ዓመቱ እዩ፡ ጀርመንኛ ብጽሑፍ ስለዘይክእል ኣነ ወዱ እጽሕፍ ኣለኹ።

ኣቦይ ኣብ Gronau ሰለስተ ክፍሊ ዘለዋ ገዛ (72 m², 2. OG, Balkon) ኣላቶ። ንብዙሕ ዓመታት ኣካርዩዋ ነይሩ፡ እቲ ዝሓለፈ ተኻራዪ ኣብ ጥሪ ወጺኡ። ሕጂ ኣቦይ ምሳና ኣብ Köln ይነብር፡ ስለዚ እታ ገዛ ባዶ እያ።

ኣቦይ ንሓንቲ ስድራቤት ክህባ ይደሊ፡ ብፍላይ ንዝተሸገሩ ሰባት። ብመደብኩም ክኸውን ይመርጽ፡ ምኽንያቱ ድሕሪ ውዕል ውን ትከታተሉ ስለዝሰምዐ። ክራይ 690 € kalt፡ Nebenkosten ኣስታት 190 €።

ስእልታት ኣብ Anhang ኣሎ። ኣብ ዝኾነ መዓልቲ ክንራኸብ ንኽእል ኢና።

ምስ ሰላምታ
ዳኒኤል ተኽለሃይማኖት
0176 22904418""", attach=["Wohnung_Gronau_Fotos.pdf"]),

T("ti", 1, "phone", "Freweyni Hagos <freweyni.hagos@example.net>", "ሓገዝ በጃኹም ህጹጽ",
"""ሰላም ኣነ ፍረወይኒ እየ
ቅድሚ 5 መዓልቲ ጓል ወሊደ። ኣብ ገዛ መሓዛይ ኣብ Bensberg Untermiete ነይረ ግን ወናኒ ገዛ ክሳብ ዓርቢ ክትወጽኢ ኣለኪ ኢሉኒ
ሎሚ ሰሉስ እዩ። ምስ ህጻን ናበይ ክኸይድ? ኣብ Sozialamt ኬደ Heim ቦታ የለን ይብሉኒ
ሰብኣየይ ኣብ ካልእ ከተማ እዩ ዝነብር
ብኽብረትኩም ደውሉለይ 0152 77310465
ፍረወይኒ ሃጎስ""", date="2026-03-10 11:26"),

T("ti", 0, "on_behalf", "Saba Woldu <saba.woldu@example.org>", "ብዛዕባ ኣደይ – ገዛ ኣብ Erdgeschoss",
"""ሰላም፡

ኣነ ሳባ ወልዱ እየ፡ ጓል ኣበባ ገብረእግዚኣብሄር። ኣደይ 67 ዓመታ እያ፡ ኣብ Unterkunft ኣብ Hand ትነብር። ቅድሚ ሰለስተ ወርሒ ብርኳ ተሰሪሓ፡ ሕጂ መሳልል ክትድይብ ኣይትኽእልን። ኣብቲ Heim ድማ ክፍላ ኣብ 2. Stock እዩ።

ኣደይ ቅድሚ ዓመት ምሳኹም ተመዝጊባ ነይራ (ክፍሊ ቁጽሪ ኣይፈልጦን)። ሕቶይ፡
- ጉዳያ ኣበይ በጺሑ ኣሎ?
- ኣብ Erdgeschoss ወይ Aufzug ዘለዎ ገዛ ክትደልዩላ ትኽእሉ ዶ?
- Grundsicherung ትወስድ እያ፡ ክሳብ ክንደይ ክራይ ይፍቀድ?

ኣነ ኣብ Düsseldorf ስለዝነብር ኣብ ቴሌፎን ወይ ብኢመይል ክሕግዝ እኽእል። Vollmacht ናይ ኣደይ ኣብ Anhang ኣሎ።

ብዙሕ የቐንየልና
ሳባ ወልዱ
0173 5518836""", attach=["Vollmacht_A_Gebrezgiabher.pdf"]),

T("ti", 0, "clean", "Filmon Tesfay <filmon.tesfay@example.com>", "ምዝገባ ንWohnungsführerschein",
"""ሰላም፡

ስመይ ፊልሞን ተስፋይ እዩ፡ ኣብ Paffrath ኣብ Heim እነብር። Sozialarbeiterin ናይቲ Heim ብዛዕባ እቲ Workshop (Wohnungsführerschein) ነጊራትኒ።

ኣብቲ ዝቕጽል Workshop ክምዝገብ እደሊ። ካብ ሰዓት 6 ክሳብ 14 እሰርሕ፡ ስለዚ ድሕሪ ቀትሪ ወይ ምሸት እንተኾይኑ ይሓይሽ።
ሓደ ሕቶ፡ እቲ Workshop ብጀርመንኛ ጥራይ ድዩ ወይ ተርጓሚ ትግርኛ ኣሎ? ጀርመንኛይ B1 እዩ።

የቐንየለይ
ፊልሞን"""),

T("ti", 0, "broken", "Rahel Mesfin <rahel.mesfin@example.net>", "Teilnahmebestätigung ኣይበጽሓንን",
"""ሰላም
ኣብ ጥሪ ኣብ Workshop ተሳቲፈ ኣርባዕተ መዓልቲ ኩሉ መጺአ። ግን Teilnahmebestätigung ገና ኣይተቐበልኩን።
ሓደ Vermieter ኣብ Refrath ክርእዮ ደልዩ ኣሎ ሰኑይ Besichtigung ኣሎኒ
ብኽብረትኩም ብemail ስደዱለይ ወይ ክመጽእ ኣለኒ ዶ ክወስዶ?
ራሄል መስፍን"""),

T("ti", 0, "forward", "Berhane Asfaha <berhane.asfaha@example.com>", "WG: 2-Zimmer-Wohnung Bensberg, 58 m² – Ihre Anfrage",
"""ሰላም፡ እዛ ገዛ ረኺበ። ወናኒ ገዛ Mietbescheinigung ካብ Jobcenter ይደሊ። ምስ ሰበይተይ ኢና (ክልተ ሰብ)። እዚ ክራይ ንJobcenter ይኣክል ድዩ? ቀጺለ እንታይ ክገብር ኣለኒ?
በርሀ

---------- Weitergeleitete Nachricht ---------
Von: Hausverwaltung Lindner <vermietung@hv-lindner.example.com>
Datum: Do., 16. Okt. 2025 um 14:02
Betreff: 2-Zimmer-Wohnung Bensberg, 58 m² – Ihre Anfrage
An: <berhane.asfaha@example.com>

Sehr geehrter Herr Asfaha,

vielen Dank für Ihr Interesse an der Wohnung in Bensberg, 2. OG.
Kaltmiete 560 €, Betriebskosten 140 €, Heizkosten 75 €. Kaution: drei Nettokaltmieten.

Bitte senden Sie uns bis 24.10. folgende Unterlagen:
- Mietbescheinigung / Zusicherung des Jobcenters
- Kopie Ausweis bzw. Aufenthaltstitel
- Mietschuldenfreiheitsbescheinigung

Mit freundlichen Grüßen
Hausverwaltung Lindner""", date="2025-10-16 18:47"),

S("ti", 0, "other", "Habesha Wohnung Service <habesha.wohnungservice@example.net>", "ገዛ ኣብ ጀርመን ብቕልጡፍ – ብዘይ Schufa, ብዘይ Jobcenter",
"""ሰላም ኣሕዋትን ኣሓትን!!

ገዛ ኣብ Bergisch Gladbach, Köln, Leverkusen ብ7 መዓልቲ ንረኽበልኩም።
ብዘይ Schufa! ብዘይ Jobcenter ወረቐት! 100% ውሕስ!

ወናኒ ገዛ ሕጂ ኣብ London ስለዘሎ፡ Kaution (850 €) ብWestern Union ናብ ወኪልና ስደዱ፡ መፍትሕ ብDHL ናብ ገዛኹም ይመጽእ።
ቅድሚ ምልኣኽኩም Passkopie ብWhatsApp ስደዱ: +44 7700 900 318

ቦታ ውሱን እዩ!! ሎሚ ተወከሱ!!

Habesha Wohnung Service"""),
]
