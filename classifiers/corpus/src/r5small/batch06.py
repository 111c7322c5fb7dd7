"""r5small batch 06: Tigrinya (Ge'ez script): landlord follow-ups after viewings, a brother's flat, owners asking
about the Jobcenter and damages; inquiries (women's group, translator, other offices, furniture, culture
festival reply); tenant requests with one urgent; a rental scam and a fake parcel notice."""
from mailwriter import T, L, I, S

MAILS = [
L("ti", 0, "oneliner", "Saba Woldemichael <saba.woldemichael@example.org>", "Re: Besichtigung Refrath",
"""ሰላም፡ እታ ስድራ ትማሊ መጺኣ፡ ጽቡቓት እዮም። ክወስዶም እየ። Mietvertrag ከዳሉ እየ። ሳባ"""),

L("ti", 0, "phone", "Dawit Kahsay <dawit.kahsay@example.com>", "besichtigung",
"""ሰላም Besichtigung ሰኑይ ኣይክእልን እየ ስራሕ ኣለኒ። ሰሉስ ሰዓት 4 ድሕሪ ቀትሪ ይከኣል ድዩ? ነታ ስድራ ንገሩዋ በጃኹም። ዳዊት"""),

L("ti", 0, "reply", "Aster Woldu <aster.woldu@example.net>", "AW: Familie Haile – Wohnung Moitzfeld",
"""ሰላም Frau Neumann፡

ሎሚ ምስ ስድራ ሃይለ Mietvertrag ፈሪምና። ቅዳሕ ናበይ ክሰድዶ? ንዓኹም ድዩ ወይስ ናብ Jobcenter? ኣብዚ ኣተሓሒዘዮ ኣለኹ።

የቐንየለይ
ኣስቴር ወልዱ

Am 22.10.2025 um 16:05 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Liebe Frau Woldu,
>
> Familie Haile hat uns erzählt, dass die Besichtigung sehr schön war.
> Bitte melden Sie sich, wenn Sie eine Entscheidung getroffen haben.
>
> Herzliche Grüße
> Petra Neumann
> Integration Wohnen""", attach=["Mietvertrag_Haile.pdf"], date="2025-10-27 18:02"),

L("ti", 0, "broken", "Habtom Gebreyesus <habtom.gebreyesus@example.org>", "ኤሌክትሪክ",
"""ሰላም
እቲ ኣብ ገዛይ ኣብ Paffrath ዘእተኹምዎ ተኻራዪ ክራይ ካብ Jobcenter ይመጽእ ጽቡቕ። ግን Strom ብሽመይ እዩ፡ ሰለስተ ወርሒ ኣይከፈለን፡ 270 ዩሮ። ብዙሕ ግዜ ነጊረዮ። ምስኡ ክትዛረቡ ትኽእሉ ዶ? ወይ ከመይ ገይረ ብሽሙ ክገብሮ?
ሃብቶም"""),

L("ti", 0, "on_behalf", "Yonas Berhe <yonas.berhe@example.com>", "ናይ ሓወይ ገዛ ኣብ Refrath",
"""ሰላም፡

ሓወይ ኣብ ስዊዘርላንድ እዩ ዝነብር፡ ኣብ Refrath ግን ቅድሚ ትሸዓተ ዓመት ዝገዝኣ ኣፓርታማ ኣላቶ። ንዓይ Vollmacht ሂቡኒ ነቲ ገዛ ክከናኸኖ። እታ ኣፓርታማ 3 ክፍሊ እያ፡ ካብ ወርሒ ነሓሰ ባዶ ትኸውን።

ሓወይ ንስድራ ካብ Heim ክህባ ይደሊ። Besichtigung ከምኡውን መፍትሕ ምሃብ ኣነ እኽእል። Mietvertrag ግን ብሽሙ ኪኸውን እዩ።

እዚ ጸገም ኣለዎ ድዩ?

ብሰላም
ዮናስ በርሀ
0176 44208815"""),

L("ti", 0, "clean", "Kidane Tsegay <kidane.tsegay@example.net>", "ሕቶ ብዛዕባ Jobcenter ቅድሚ ምውሳን",
"""ሰላም፡

ኣብ Gronau ሓንቲ ንእሽቶ ኣፓርታማ (1.5 ክፍሊ፡ 40 ካሬ) ኣላትኒ። ንሓደ ካብ Heim ክህባ እሓስብ ኣለኹ፡ ግን ገና ኣይወሰንኩን።

ቅድሚ ምውሳነይ ክፈልጦ ዝደሊ፦ Jobcenter ክራይ ኩሉ ግዜ ይኸፍል ድዩ? እቲ ተኻራዪ ስራሕ እንተረኺቡ ከ እንታይ ይኸውን? ካብ ከተማ ዋሕስ ኣሎ ድዩ?

የቐንየለይ
ኪዳነ ጸጋይ"""),

L("ti", 0, "mixed_language", "Ruta Ghebremariam <ruta.ghebremariam@example.org>", "Studio flat – question about damages",
"""Hello,

I have a studio flat (1 room, 32 m²) in Heidkamp that I rented to students before. ሕጂ ንሓደ ካብ Heim ዝመጽእ ሰብ ክህቦ እደሊ።

My only worry: the last tenant left it in a bad state and I paid 2.000 € myself. ጉድኣት እንተበጺሑ፡ ካብ ከተማ ዝኸፍል ዋሕስ ኣሎ ድዩ? If yes, I can offer it from next month.

Thanks / የቐንየለይ
Ruta Ghebremariam""", html="alt"),

I("ti", 0, "clean", "Mahber Deki Anstiyo <dekianstiyo.bgl@example.net>", "ዕድመ ናብ ኣኼባ ደቂ ኣንስትዮ",
"""ሰላም ንኹልኹም፡

ማሕበር ደቂ ኣንስትዮ ኤርትራ ኣብ ቤርጊሽ ግላድባኽ ኣብ ነፍሲ ወከፍ ወርሒ ኣኼባ ቡን ነካይድ። ኣብ ዝመጽእ ኣኼባና (ቀዳም 14 ሰነ፡ ሰዓት 3:00፡ Familienzentrum Gronau) ብዛዕባ ገዛን ኣብ ጀርመን ምኽራይን ክንዛረብ ደሊና።

ሓንቲ ካብ ሰራሕተኛታትኩም መጺኣ ብዛዕባ መደብኩም እንተ ገለጸትልና ብዙሕ ምተሓጎስና። ቡንን ቆሎን ክህሉ እዩ :)

ብሰላም
ሰምሃር ኪዳነ
ኣወሃሃዲት"""),

I("ti", 0, "clean", "Luwam Tesfay <luwam.tesfay@example.com>", "ብወለንታ ትርጉም ክሕግዝ",
"""ሰላም፡

ኣነ ሉዋም እየ፡ ኣብ Bergisch Gladbach እነብርን ኣብ ሆስፒታል ከም ነርስ እሰርሕን። ትግርኛ፡ ኣምሓርኛ፡ ጀርመንኛን እንግሊዝኛን እፈልጥ። ኣብ ናጻ ግዜይ ብወለንታ (ehrenamtlich) ክሕግዘኩም እደሊ – ኣብ Workshop፡ ኣብ Termin ወይ ምስ Vermieter ኣብ ዝግበር ዘረባ።

ንሓንቲ ፍልይቲ ስድራ ዘይኮነስ፡ ብሓፈሻ ክሕግዝ እደሊ። ከመይ ክጅምር እኽእል?

የቐንየለይ
ሉዋም ተስፋይ
0151 20394471"""),

I("ti", 0, "broken", "Selam Mebrahtu <selam.mebrahtu@example.net>", "kita",
"""ሰላም ወደይ 3 ዓመቱ እዩ Kita ቦታ ኣይረኸብናን። ኣብ Hand ኣብ ሓድሽ ገዛ ንነብር። Kita Platz መን እዩ ዝሕግዝ? ናበይ ቤት ጽሕፈት ክኸይድ? ጀርመንኛ ቁሩብ እየ ዝፈልጥ። የቐንየለይ"""),

I("ti", 0, "machine_translated", "Tekie Asfaha <tekie.asfaha@example.org>", "Familienzusammenführung Frau in Kampala",
"""Guten Tag, ich bin anerkannter Flüchtling seit 2024. Meine Frau und meine Tochter sind in Kampala, Uganda. Ich möchte sie nach Deutschland bringen. Welche Behörde ist für mich verantwortlich? Wie lange dauert es? Danke schön.

ትግርኛ፦
ሰላም፡ ካብ 2024 ጀሚረ ኣፍልጦ ዝረኸብኩ ስደተኛ እየ። ሰበይተይን ጓለይን ኣብ ካምፓላ ኡጋንዳ ኣለዋ። ናብ ጀርመን ከምጽኤን እደሊ። ኣየናይ ቤት ጽሕፈት እዩ ሓላፍነት ዘለዎ? ክንደይ ግዜ ይወስድ? የቐንየለይ።
ተኽኤ ኣስፋሃ"""),

I("ti", 0, "oneliner", "Samuel Okbay <samuel.okbay@example.com>", "መንጃ ፍቓድ",
"""ሰላም፡ ናይ ኤርትራ መንጃ ፍቓድ ናብ ጀርመን Führerschein ንምቕያር ናበይ ክኸይድ? ሳሙኤል"""),

I("ti", 0, "clean", "Hiwet Andemariam <hiwet.andemariam@example.net>", "ኣቕሑ ገዛ ብናጻ",
"""ሰላም፡

ናብ ካልእ ከተማ ንግዕዝ ስለ ዘለና፡ ሶፋ፡ ናይ ክዳን ቁምሳጥን፡ ጠረጴዛን ኣርባዕተ ወናብርን፡ ክልተ ናይ ቆልዑ ዓራትን ኣለውና። ኩሉ ብጽቡቕ ኩነታት እዩ። ሓድሽ ገዛ ንዝረኸቡ ስድራታት ብናጻ ክንህብ ንደሊ።

ንስኻትኩም ትውሃሃድዎ ዶ ወይስ ናብ ካልእ ማሕበር ክንጽሕፍ? ኣብ Schildgen ኢና ዘለና፡ ክሳብ መወዳእታ ወርሒ።

ሕወት ኣንደማርያም
0160 71143280""", attach=["sofa.jpg"]),

I("ti", 0, "reply", "Eritreischer Kulturverein BGL <kulturverein.eri@example.org>", "AW: Ihre Einladung zum Kulturfest",
"""ሰላም Herr Schmitz፡

ብዙሕ የቐንየልና! ሽዑ ቀዳም 20 መስከረም ሰዓት 2:00 ድሕሪ ቀትሪ ኣብ Bürgerhaus ንጽበየኩም። ንመኣዲ ሓበሬታ (Infotisch) ጥቓ መእተዊ ቦታ ኣዳሊና ኣለና። ካብ ሰዓት 1:00 ክትሰርዑ ትኽእሉ ኢኹም። ወረቐት (Flyer) ብትግርኛ እንተ ኣለኩም ኣምጽኡ።

ብሰላም
ዮሃንስ ተወልደ
Eritreischer Kulturverein

Am 02.09.2025 um 08:55 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Tewelde,
>
> vielen Dank für die Einladung zu Ihrem Kulturfest am 20.09. Wir kommen
> gern mit einem Infotisch. Ab wann können wir aufbauen?
>
> Mit freundlichen Grüßen
> Thomas Schmitz
> Integration Wohnen""", date="2025-09-03 20:11"),

T("ti", 0, "on_behalf", "Semhar Tesfamichael <semhar.tesfamichael@example.com>", "ንኣደይ – ገዛ",
"""ሰላም፡

ኣነ ሰምሃር እየ፡ ንኣደይ ወ/ሮ ለተብርሃን ገብሩ (ዕድመ 66) ወኪለ እጽሕፍ ኣለኹ። ኣደይ ክልተ ዓመት ኣብ Heim Refrath በይና ትነብር። ሕማም ልቢ ኣለዋ፡ ኣብ ሳልሳይ ደርቢ ድማ ሊፍት የለን።

ኣብ ዝርዝርኩም ክትምዝግብዋ ትኽእሉ ዶ? ኣብ ታሕቲ ዘሎ ወይ ሊፍት ዘለዎ ንእሽቶ ገዛ የድልያ። ኣነ ኣብ Bonn እነብር፡ ግን ኣብ ኩሉ Termin ምስኣ ክመጽእ እኽእል።

የቐንየለይ
ሰምሃር ተስፋሚካኤል
0157 66031928"""),

T("ti", 0, "oneliner", "Mussie Ghebre <mussie.ghebre@example.org>", "Teilnahmebestätigung",
"""ሰላም፡ Workshop ወዲአ እየ ግን Teilnahmebestätigung ኣይረኸብኩን። በጃኹም ብኢመይል ስደዱለይ። ሙሴ ገብረ፡ Heim Gronau"""),

T("ti", 1, "clean", "Winta Abraha <winta.abraha@example.net>", "ህጹጽ – ኣብ Heim ውሑስ ኣይኮንኩን",
"""ሰላም፡

ኣነ ዊንታ እየ፡ ምስ ጓለይ (6 ዓመት) ኣብ Heim Paffrath እነብር። ትማሊ ምሸት ሓደ ኣብ ጎረቤት ክፍሊ ዝነብር ሰብኣይ ብካራ ኣፈራሪሁኒ። Polizei መጺኣ ነይራ፡ ግን ንሱ ሎሚ ተመሊሱ ኣብቲ Heim ኣሎ።

Heimleitung "ካልእ ክፍሊ የብልናን" ይብሉ። ሎሚ ለይቲ ኣብ ናይ ዓርከይ ገዛ ክሓድር እኽእል፡ ግን ንሓደ ለይቲ ጥራይ።

በጃኹም ቀልጢፍኩም ሓግዙኒ። ናበይ ክኸይድ?

ዊንታ ኣብርሃ
0152 30917746""", date="2026-05-07 07:48"),

T("ti", 0, "mixed_language", "Henok Gebremedhin <henok.gebremedhin@example.com>", "SCHUFA für Wohnung",
"""Hallo,

ኣብ Refrath Wohnung ረኺበ፡ 2 Zimmer, 52 m²። Vermieterin SCHUFA-Auskunft ትደሊ። ኣነ ካብ 2023 ኣብ Heim እየ ዘለኹ፡ ዕዳ የብለይን። SCHUFA ከመይ ገይረ ክረክብ እኽእል? ብናጻ ድዩ? ኣብ Internet ብ 29,95 € ዝሸጡ ርእየ፡ እዚ ቅኑዕ ድዩ? Mittwoch ምስ Vermieterin Termin ኣለኒ።

Danke
ሄኖክ ገብረመድህን"""),

S("ti", 0, "other", "Geza bzey SCHUFA <geza.schufa@deal.example.com>", "ገዛ ብዘይ SCHUFA – 250€ ጥራይ!!!",
"""ሰላም ኣሕዋት!!!

ኣብ Bergisch Gladbach ከምኡውን Köln ገዛውቲ – ብዘይ SCHUFA፡ ብዘይ Jobcenter!!!
2-3 ክፍሊ፡ ካብ 430€ warm።

250€ ናይ ምዝገባ ክፍሊት (Gebühr) ብ Western Union ስደዱ። መፍትሕ ብፖስታ ክስደደልኩም እዩ።

WhatsApp: +44 7700 900771
ቀልጥፉ፡ ውሑዳት ገዛውቲ ጥራይ ተሪፎም!!!""", html="only"),

S("ti", 0, "other", "DHL Paket <info@dhl-zustellservice.example.net>", "ጥቕላልኩም ተዓጊቱ ኣሎ",
"""ክቡር ዓሚል፡

ጥቕላልኩም (ቁ. DE5520917734) ኣድራሻ ምሉእ ስለ ዘይኮነ ክበጽሕ ኣይከኣለን።
ንዳግማይ ምልኣኽ 2.29 € ብዚ ሊንክ ክፈሉ፦ https://dhl-zustellservice.example.net/pay

ኣብ ውሽጢ 48 ሰዓት እንተ ዘይከፊልኩም፡ እቲ ጥቕላል ናብ ለኣኺ ክምለስ እዩ።
DHL Paket"""),
]
