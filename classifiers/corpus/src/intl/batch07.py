# Tigrinya (Ge'ez script, a few in Latin transliteration): tenants, two inquiries
from common import m

MAILS = [
m("tenant_request", "ti", "clean", "Saba Tesfay <saba.tesfay@example.com>", "ሓገዝ ንገዛ",
"""ሰላም፡

ስመይ ሳባ ተስፋይ እዩ። ኣብ ሃይም ጎሮናው ምስ ክልተ ቆልዓተይ ኣብ ሓንቲ ክፍሊ ንነብር ኣለና። ካብ ክልተ ዓመት ንላዕሊ ኮይኑ።

ገዛ ይደሊ ኣለኹ፡ ሰለስተ ክፍሊ ወይ ክልተ ክፍሊ። ጆብሰንተር ይኸፍል እዩ።
ብኽብረትኩም ሓግዙኒ።

የቐንየለይ
ሳባ
0152 23458130"""),

m("tenant_request", "ti", "oneliner", "Mehari <mehari.g@example.net>", None,
"""ሰላም ገዛ ይደሊ ኣለኹ"""),

m("tenant_request", "ti", "clean", "Yonas Habte <yonas.habte@example.org>", "Wohnworkshop ምዝገባ",
"""ሰላም ዝኸበርኩም፡

ኣብቲ ዝመጽእ ናይ ገዛ ዎርክሾፕ (Wohnworkshop) ክምዝገብ እደሊ። ኣብ ሃይም ፓፍራት እየ ዝነብር። ቋንቋ ጀርመን A2 ኣለኒ፡ ግን ተርጓሚ ትግርኛ እንተሎ ጽቡቕ ነይሩ።

መዓስን ኣበይን እዩ ዎርክሾፕ?

የቐንየለይ
ዮናስ ሃብተ""", fmt="alt"),

m("tenant_request", "ti", "clean", "Helen Kidane <helen.kidane@example.com>", "ሰርቲፊኬት",
"""ሰላም፡ ኣብ ወርሒ መጋቢት ኣብ ቤንስበርግ ዎርክሾፕ ተሳቲፈ። ሰርቲፊኬት (Teilnahmebestätigung) ግን ክሳብ ሕጂ ኣይተቐበልኩን። በዓል ገዛ ኣብ ረፍራት ይሓተኒ ኣሎ። ብኽብረትኩም ስደዱለይ። የቐንየለይ። ሄለን ኪዳነ"""),

m("tenant_request", "ti", "broken", "Tesfalem <tesfalem.w@example.net>", "wohnung",
"""ሰላም
ኣነ ተስፋለም። ገዛ ረኺበ ኣለኹ ኣብ ሃንድ 2 ክፍሊ 540 euro kalt. በዓል ገዛ ወረቐት ጆብሰንተር ይደሊ። ጆብሰንተር ድማ Mietangebot ይደሊ። እንታይ ክገብር ኣለኒ? ኣይፈልጥን።
ብኽብረትኩም ደውሉለይ 0176 23451560"""),

m("tenant_request", "ti", "clean", "Abrehet Gebremedhin <abrehet.gm@example.org>", "ቆጸራ",
"""ሰላም ወ/ሮ ይልማዝ፡

ናይ ሰሉስ ቆጸራ ክመጽእ ኣይክእልን እየ፡ ምኽንያቱ ወዲ ሓሚሙ ናብ ሓኪም ክወስዶ ኣለኒ። ካልእ መዓልቲ ክህቡኒ ይኽእሉ ዶ?

ይቕሬታ
ኣብርሀት"""),

m("tenant_request", "ti", "broken", "Filmon Tekle <filmon.tekle@example.com>", "ሓገዝ",
"""ሰላም ኣነ ፊልሞን ኣብ ሃይም ሄቦርን። ሓንቲ ክፍሊ ንኣርባዕተ ሰባት እያ። ኣነ ለይቲ እሰርሕ ኣብ ሎጂስቲክ ኩባንያ፡ ቀትሪ ክድቅስ ኣይክእልን እየ ብሰንኪ ድምጺ። ንእሽቶ ገዛ ወይ ክፍሊ ኣብ WG ይደሊ። 450 euro ክኸፍል እኽእል እየ።
የቐንየለይ"""),

m("tenant_request", "ti", "clean", "Senait Berhe <senait.berhe@example.net>", "WBS",
"""ሰላም፡ WBS (Wohnberechtigungsschein) ከመይ ጌረ ክረክብ እኽእል? እንታይ ሰነዳት የድልዩ? ኣነን ሰብኣየይን ሓደ ቆልዓን ኢና። የቐንየልና። ሰናይት"""),

m("tenant_request", "ti", "on_behalf", "Daniel Ghebremariam <daniel.gm@example.com>", "ንሓፍተይ ገዛ",
"""ሰላም፡

ስመይ ዳንኤል እዩ፡ ኣብ ኮሎኝ እነብር። ሓፍተይ ሉያ ኣብ ሃይም ካተርባኽ ምስ ሰለስተ ቆልዓ ትነብር። ቋንቋ ጀርመን ኣይትኽእልን እያ፡ ስለዚ ኣነ ይጽሕፈልኩም ኣለኹ።

ገዛ ንምርካብ ሓገዝ ትደሊ። ቆልዑ ኣብ ፓፍራት ቤት ትምህርቲ ይኸዱ፡ ስለዚ ኣብ ከባቢ ፓፍራት ወይ ሄቦርን እንተኾነ ጽቡቕ።

ቁጽሪ ተሌፎና 0157 23453307። ቆጸራ ምስ እትህቡዋ ኣነ ምሳኣ ክመጽእ እኽእል እየ።

የቐንየለይ
ዳንኤል"""),

m("tenant_request", "ti", "reply", "Kibrom Asfaha <kibrom.asfaha@example.org>", "Re: Wohnungsangebot Schildgen",
"""ሰላም ኣቶ ሹልስ፡

የቐንየለይ። ነቲ ገዛ ኣብ ሺልድገን ክርእዮ እደሊ። ሓሙስ ድሕሪ ሰዓት 3 ክመጽእ እኽእል እየ።

ክብሮም

> Sehr geehrter Herr Asfaha,
> ein Vermieter aus unserem Netzwerk bietet eine 2-Zimmer-Wohnung in Schildgen an.
> Hätten Sie am Donnerstag Zeit für eine Besichtigung?
> Mit freundlichen Grüßen
> T. Schulz""", reply=True),

m("tenant_request", "ti", "phone", "Rahel <rahel.t@example.com>", "",
"""ሰላም ሓዳስ ነገር ኣሎ ዶ ብዛዕባ ገዛይ? ካብ ክልተ ወርሒ መልሲ ኣይረኸብኩን

Von meinem iPhone gesendet"""),

m("tenant_request", "ti", "clean", "Mussie Andemariam <mussie.andemariam@example.net>", "ካውሽን",
"""ሰላም፡

ገዛ ረኺበ ኣብ ሽታትሚተ። በዓል ገዛ ካውሽን (Kaution) 3 ወርሒ ይደሊ፡ 1,350 ዩሮ። ኣነ እዚ ገንዘብ የብለይን። ጆብሰንተር ክኸፍሉ ይኽእሉ ዶ? ከም ልቓሕ (Darlehen) ድዩ?

የቐንየለይ
ሙሴ"""),

m("tenant_request", "ti", "broken", "Aklilu <aklilu.mebrahtu@example.com>", "HELP",
"""ሰላም ሰለስተ ግዜ ጽሒፈልኩም መልሲ የለን። ገዛ የድልየኒ ኣሎ። ስራሕ ኣለኒ ኣብ ቤት መግቢ። ብኽብረትኩም መልሱለይ።
ኣክሊሉ ክፍሊ 9"""),

m("tenant_request", "ti", "clean", "Luwam Habtom <luwam.habtom@example.org>", "በዓል ገዛ ኣበዩ",
"""ሰላም ወ/ሮ ይልማዝ፡

ትማሊ ነቲ ገዛ ኣብ ሉከራት ርእየዮ። ጽቡቕ ገዛ ነይሩ። ግን ሎሚ በዓል ገዛ ደዊሉ፡ "ጆብሰንተር ዝኸፍሎም ሰባት ኣይደልን" በለ። እዚ ይፍቀድ ዶ? ካልእ በዓል ገዛ ትፈልጡ ዶ?

ሉዋም"""),

m("tenant_request", "ti", "clean", "Tekie Zerai <tekie.zerai@example.net>", "ካብ ሃይም ምውጻእ – መዓልቲ",
"""ሰላም፡

ውዕል ገዛ ፈሪመ ኣለኹ! ካብ 1 ሕዳር ኣብ ሓድሽ ገዛ ኣብ ሄርከንራት ክኣቱ እየ። ካብ ሃይም መዓስ ክወጽእ ኣለኒ? መፍትሕ ንመን ክህብ? ዓራትን ፍሪጅን ናይ ከተማ ክወስዶም ይኽእል ዶ?

የቐንየለይ ብዙሕ
ተኪኤ""", date="2025-10-20 16:55"),

m("tenant_request", "ti", "other", "Merhawi <merhawi.k@example.com>", "geza",
"""selam, ane merhawi ab heim gronau. geza yideli aleku, 1 kifli. ab Bergisch Gladbach ayhalfen. keyeferleni nay telefon 0151 23450991. yekenyeley"""),

m("tenant_request", "ti", "hard_case", "Eden Weldu <eden.weldu@example.org>", "ኣብ ኢንተርነት ዝረኸብክዎ ገዛ",
"""ሰላም፡

እዚ ኣብ ኢንተርነት ረኺበዮ። ጽቡቕ ድዩ ወይስ ሓሶት? ክራይ ሕሱር እዩ። ክትሕግዙኒ ትኽእሉ ዶ ምስ በዓል ገዛ ክትዛረቡ?

"3-Zimmer-Wohnung, Bergisch Gladbach-Bensberg, 78 m², 480 € warm, sofort frei. Vermieter im Ausland, Schlüssel per Post nach Zahlung der Kaution."

ኤደን"""),

m("tenant_request", "ti", "clean", "Berhane Okbay <berhane.okbay@example.net>", "SCHUFA",
"""ሰላም፡ በዓል ገዛ SCHUFA ይደሊ። ኣበይ ክረክቦ እኽእል? ብነጻ ድዩ? ኣብ ኢንተርነት 29.95 ዩሮ ይብል። የቐንየለይ። ብርሃነ"""),

m("tenant_request", "ti", "machine_translated", "Selam Tewolde <selam.tewolde@example.com>", "ሕቶ ብዛዕባ ክራይ",
"""ሰላም፡

ንሰለስተ ሰባት ጆብሰንተር ክሳብ ክንደይ ክራይ ይኸፍል ኣብ በርጊሽ ግላድባኽ? ሓደ ገዛ ረኺበ 760 ዩሮ ምስ ኩሉ (warm)። ዝበዝሕ ድዩ?

ሰላም ተወልደ"""),

m("tenant_request", "ti", "clean", "Natsinet Hailu <natsinet.hailu@example.org>", "ምስጋና",
"""ሰላም ኩልኹም፡

ብሓገዝኩም ገዛ ረኺብና ኣለና። ቆልዑ ብዙሕ ተሓጒሶም። የቐንየልና ንኹሉ ሓገዝኩም።

ሓደ ሕቶ፡ ንኣቕሑ ገዛ (Erstausstattung) ካብ ጆብሰንተር ገንዘብ ክንረክብ ንኽእል ዶ?

ናጽነት"""),

# --- urgent
m("tenant_request", "ti", "clean", "Almaz Gebreyesus <almaz.gy@example.com>", "ብቕልጡፍ – ሓገዝ የድልየኒ",
"""ሰላም፡

ሰብኣየይ ትማሊ ለይቲ ወቒዑኒ፡ ፖሊስ መጺኦም። ሕጂ ምስ ክልተ ቆልዓተይ ኣብ ገዛ ዓርከይ ኢና፡ ግን ንሓንቲ ለይቲ ጥራይ። ናብቲ ገዛ ክምለስ ኣይክእልን እየ፡ እፈርሕ።

ሎሚ ኣበይ ክንድቅስ? ብኽብረትኩም ቀልጢፍኩም ሓግዙና።

ኣልማዝ
0160 23452674""", u=1),

m("tenant_request", "ti", "broken", "Goitom <goitom.f@example.net>", "dringend",
"""ሰላም። በዓል ገዛ ደብዳበ ሂቡኒ ኣብ 30 ክንወጽእ ኣሎና ይብል (Räumung)። ሰበይተይ ነፍሰ ጾር እያ 8 ወርሒ። ኣበይ ክንከይድ? ሓግዙና ብኽብረትኩም
ጎይቶም 0176 23450448""", u=1, date="2026-04-21 07:12"),

m("tenant_request", "ti", "phone", "Yohannes <yohannes.b@example.com>", "",
"""ሰላም ጽባሕ ካብ ሆቴል ክንወጽእ ኣሎና ይብሉ ከተማ ኣይኸፍልን። ኣነን ሰበይተይን ህጻን 2 ሰሙን። ኣበይ ክንከይድ?

Sent from my Galaxy""", u=1, date="2025-01-30 20:41"),

m("tenant_request", "ti", "on_behalf", "Miriam Tsegay <miriam.tsegay@example.org>", "ሓፍተይ ካብ ሆስፒታል ትወጽእ – ገዛ የብላን",
"""ሰላም፡

ሓፍተይ ፍረወይኒ ቅድሚ ሰለስተ መዓልቲ ወሊዳ። ድሕሪ ጽባሕ ካብ ሆስፒታል ክትወጽእ እያ። ክሳብ ሕጂ ኣብ ገዛ ዓርካ ኣብ ረፍራት ትነብር ነይራ፡ ግን ዓርካ ምስ ህጻን ክትነብሪ ኣይትኽእልን ኢላታ።

ካልእ ቦታ የብላን። ብኽብረትኩም ቀልጢፍኩም ደውሉለይ 0152 23454019።

ሚርያም""", u=1),

# --- more routine
m("tenant_request", "ti", "clean", "Hagos Kahsay <hagos.kahsay@example.net>", "ቁጽሪ ተሌፎን ተቐይሩ",
"""ሰላም፡ ሓድሽ ቁጽሪ ተሌፎን ኣለኒ፡ 0157 23457722። ሓጎስ ካሕሳይ፡ ሃይም ፍራንከንፎርስት። የቐንየለይ"""),

m("tenant_request", "ti", "broken", "Ruta <ruta.michael@example.com>", "Re: Unterlagen",
"""ሰላም
እቲ ወረቐት ጆብሰንተር ኣብዚ ኣሎ። ፓስፖርት ሓሙስ ከምጽኦ እየ።
ሩታ""", reply=True, att=[("Jobcenter_Bescheid.jpg", "image/jpeg")]),

m("tenant_request", "ti", "other", "Amanuel <amanuel.t@example.org>", "workshop",
"""selam, workshop nay geza mezgeba kigebr yikialo do? ab Lückerath heim eye zineber. amanuel"""),

m("tenant_request", "ti", "clean", "Freweini Asmerom <freweini.asmerom@example.com>", "ሓድሽ ገዛ ኣብ ካልእ ከተማ",
"""ሰላም፡

ኣብ ኮሎኝ ስራሕ ረኺበ ኣለኹ። ኣብ ኮሎኝ ገዛ እንተረኺበ ካብዚ ሃይም ክወጽእ ይኽእል ዶ? ወይስ ኣብ በርጊሽ ግላድባኽ ክጸንሕ ኣለኒ ብሰንኪ Wohnsitzauflage? ኣይፈልጥን።

የቐንየለይ
ፍረወይኒ"""),

# --- inquiries
m("inquiry", "ti", "formal", "ማሕበር ኮም ኤርትራውያን (ኣብነት) <info@eritrean-community.example.org>", "ሓበሬታ ንኣባላትና",
"""ዝኸበርኩም ሰራሕተኛታት ቤት ጽሕፈት፡

ማሕበርና ኣብ ዞባ ራይን-በርግ ዝነብሩ ኤርትራውያን ስድራቤታት ይጥርንፍ። ብዙሓት ኣባላትና ገዛ ንምርካብ ይጽገሙ፡ ብዛዕባ WBS፡ SCHUFA፡ ጆብሰንተር ድማ ሓበሬታ የብሎምን።

ሓደ ካብ ሰራሕተኛታትኩም ኣብ ወርሓዊ ኣኼባና (ቀዳም ድሕሪ ቀትሪ) መጺኡ ብዛዕባ ስራሕኩም ክገልጸልና ይኽእል ዶ? ትርጉም ንሕና ነዳሉ።

ብሰላም
ኣቦ መንበር ማሕበር"""),

m("inquiry", "ti", "clean", "Mebrat Yemane <mebrat.yemane@example.net>", "ስራሕ ተርጓሚት",
"""ሰላም፡

ኣነ ተርጓሚት ትግርኛን ጀርመንን እየ (C1)። ኣብ ናይ ገዛ ዎርክሾፕኩም ከም ተርጓሚት ክሰርሕ ወይ ብፍቓደኛ ክሕግዝ ደስ ይብለኒ። ብኸመይ ክገብሮ እኽእል?

የቐንየለይ
መብራት የማነ"""),
]

if __name__ == "__main__":
    import build
    build.main()
