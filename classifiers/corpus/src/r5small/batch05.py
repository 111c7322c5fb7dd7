"""r5small batch 05: Somali (landlord follow-ups, a relative's and an inherited flat, inquiries for other
offices, a neighbour, a youth club, tenant requests with one urgent, a fake parcel notice), two Dari mails
(a relative's flat, a neighbour's complaint) and four Tigrinya mails."""
from mailwriter import T, L, I, S

MAILS = [
L("so", 0, "mixed_language", "Faarax Cawil <faarax.cawil@example.com>", "Stromrechnung – kiraystaha",
"""Guten Tag,

qoyska aad ii soo dirteen (Familie Nuur, Schildgen) kirada waa caadi, Jobcenter ayaa bixiya. Laakiin Strom-ka magacayga ayuu ku qoran yahay, 5 bilood ma ay bixin, 410 €. Waan u sheegay, waxay yiraahdeen "waan bixin doonnaa".

Ich möchte keinen Streit, aber so geht es nicht weiter. Ma la hadli kartaan? Mise sidee Strom-ka ugu wareejiyaa magacooda?

Mahadsanid
Faarax Cawil"""),

L("so", 0, "on_behalf", "Muna Xirsi <muna.xirsi@example.net>", "Guriga walaashay ee Herkenrath",
"""Salaan,

Walaashay waxay ku nooshahay Nairobi laba sano, laakiin waxay leedahay guri ku yaal Herkenrath oo ay iibsatay 2015. Waxay i siisay Vollmacht si aan u maamulo guriga. Guriga waa 3 qol, 70 m², hadda waa banaan.

Walaashay waxay rabtaa in qoys ka yimid Heim-ka uu dego. Anigu waan idin la kulmi karaa, Besichtigung-na waan sameyn karaa. Mietvertrag-ku magaceeda ayuu ku noqonayaa.

Maxaan idiin soo diraa? Koobiga Vollmacht-ka waan haystaa.

Mahadsanid
Muna Xirsi
0163 2281906""", attach=["Vollmacht_Xirsi.pdf"]),

L("so", 0, "clean", "Abdullahi Hersi <abdullahi.hersi@example.org>", "Question before I decide – su'aal",
"""Hi,

I own a small flat in Bensberg (1.5 rooms, 42 m²). Waxaan ka fikirayaa inaan siiyo qof ka yimid Heim-ka, laakiin weli go'aan ma gaarin.

Before I decide I want to understand: if the tenant is on Jobcenter, who guarantees the rent? Haddii uu shaqo helo oo Jobcenter-ku joojiyo, maxaa dhacaya? And is there some insurance for damages?

Please send me the information in English or Somali if possible, Jarmalkaygu ma fiicna.

Thanks / Mahadsanid
Abdullahi Hersi"""),

L("so", 0, "broken", "Deeqa Salaad <deeqa.salaad@example.com>", "kiraystihii baxay",
"""asc
ninkii aad ii soo dirteen sanadkii hore (Herr Kidane, Gronau) wuu baxay isagoo aan ii sheegin. furayaasha sanduuqa boostada ayuu ku tuuray. kirada bishan Jobcenter weli wuu bixiyay, ma celin karaa? guriga qashin badan ayaa ku jira. maxaan sameeyaa? Kaution-ka Jobcenter ayaa bixiyay.
Deeqa"""),

L("so", 0, "machine_translated", "Khadra Ismaaciil <khadra.ismaaciil@example.net>", "Wohnung von meinem verstorbenen Mann",
"""Sehr geehrte Damen und Herren, mein Mann ist letztes Jahr gestorben und hat eine Wohnung in Paffrath hinterlassen. Ich wohne selbst in Köln bei meiner Tochter. Ich möchte die Wohnung vermieten an eine Familie, die Hilfe braucht. Aber ich weiß nicht, wie man Vermieter ist. Können Sie helfen?

(Soomaali)
Mudane/Marwo, ninkaygu sannadkii hore ayuu geeriyooday, wuxuuna ka tegay guri ku yaal Paffrath. Anigu waxaan la deggenahay gabadhayda Köln. Waxaan rabaa inaan guriga kireeyo qoys u baahan caawimaad. Laakiin ma aqaan sida loo noqdo mulkiile guri kireeya. Ma i caawin kartaan?
Khadra Ismaaciil"""),

I("so", 0, "clean", "Maxamuud Cali <maxamuud.cali@example.org>", "Familiennachzug – xaaskayga iyo carruurta",
"""Salaan,

Waxaan helay Aufenthaltserlaubnis 8 bilood ka hor. Xaaskayga iyo saddex carruur ah waxay joogaan Addis Ababa. Waxaan rabaa inaan keeno (Familiennachzug). Xafiiskee ayaan u qoraa, Ausländerbehörde mise safaaradda Jarmalka? Foomam gaar ah ma jiraan?

Haddii aysan ahayn shaqadiinna, fadlan ii sheega cidda ay tahay.

Mahadsanid
Maxamuud Cali"""),

I("so", 0, "mixed_language", "Nimco Jaamac <nimco.jaamac@example.com>", "Kindergeld Antrag",
"""Hallo,

Kindergeld-ka wiilkayga cusub (dhashay Janaayo) weli ma bilaaban. Familienkasse waxay soo dirtay warqad, waxay rabaan Geburtsurkunde iyo Steuer-ID. Steuer-ID-ga ilmaha xaggee laga helaa?

Bitte helfen Sie mir oder sagen Sie mir, wo ich fragen kann.
Nimco"""),

I("so", 0, "phone", "Cumar Maxamed <cumar.maxamed@example.net>", "qaylo",
"""salaan waxaan deggenahay Heidkamp meel u dhow Heim-ka. habeen walba ilaa 1da habeennimo ciyaar kubad iyo muusik. caruurtayda ma seexdaan. cidda aan u qoro ii sheega fadlan. Cumar"""),

I("so", 0, "clean", "Saado Cige <saado.cige@example.org>", "Su'aal guud oo ku saabsan barnaamijka",
"""Salaan,

Waxaan ka shaqeeyaa xarun bulsho oo Köln ku taal, dad badan oo Soomaali ah ayaa i weydiiya barnaamijkiinna. Fadlan ii sharaxa guud ahaan: yaa ka qayb geli kara? Ma waxaa loogu talagalay oo keliya dadka Bergisch Gladbach ku nool? Workshop-ku imisa maalmood ayuu socdaa? Lacag ma ku baxdaa?

Ma jiraan warqado macluumaad ah oo af-Soomaali ku qoran?

Mahadsanid
Saado Cige"""),

I("so", 0, "reply", "Dhallinyarada Soomaaliyeed BGL <dhallinyaro.bgl@example.com>", "AW: Fußballturnier – Infostand",
"""Salaan Herr Weber,

Aad iyo aad ayaad u mahadsan tihiin! Infostand-kiinna waxaan u diyaarinaynaa meel u dhow albaabka garoonka. Miis iyo laba kursi annaga ayaa keenaya. Tartanku wuxuu bilaabanayaa 10:00, idinkuna waad iman kartaan 9:30.

Hal su'aal: korontada (Strom) ma u baahan tihiin?

Nabad gelyo
Yuusuf Cabdi
Dhallinyarada Soomaaliyeed ee Bergisch Gladbach

Am 14.06.2025 um 10:07 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Hallo Herr Cabdi,
>
> danke für die Einladung zum Fußballturnier am 28.06. Wir kommen gern mit
> einem kleinen Infostand vorbei. Brauchen Sie vorab noch etwas von uns?
>
> Beste Grüße
> Jonas Weber
> Integration Wohnen""", date="2025-06-15 13:40"),

T("so", 0, "on_behalf", "Hibo Cali <hibo.cali@example.net>", "Hooyaday – guri yar",
"""Salaan,

Waxaan u qorayaa hooyaday, Marwo Asli Nuur (dhalatay 1958). Waxay ku nooshahay Heim-ka Bensberg saddex sano. Waxay qabtaa sonkor iyo dhiig kar, lugaheeduna way xanuunsadaan, dabaqa saddexaad ayay deggan tahay oo lift ma jiro.

Anigu waxaan ku noolahay Düsseldorf, sidaa darteed ma caawin karo maalin kasta. Ma ku qori kartaan liiskiinna? Waxay u baahan tahay guri yar oo dabaqa hoose ah ama lift leh. Anigu waan la iman karaa ballamaha.

Mahadsanid
Hibo Cali
0176 33920417"""),

T("so", 0, "phone", "Bashiir Cabdulle <bashiir.cabdulle@example.com>", "shahaado workshop",
"""salaan workshop-ka waan dhameeyay bishii hore laakin Teilnahmebestätigung ma helin. Vermieter ayaa doonaya. email ii soo dira fadlan. Bashiir"""),

T("so", 1, "clean", "Nuur Xasan <nuur.xasan@example.org>", "Degdeg – waa inaan ka baxaa Heim-ka Jimcaha",
"""Salaan,

Maanta Heimleitung-ka ayaa ii sheegay inaan ka baxo qolka Heim-ka Paffrath ilaa Jimcaha, sababtoo ah hadda waxaan leeyahay shaqo full-time, Jobcenter-kuna ma bixiyo. Maanta waa Talaado!

Guri ma haysto, hal sano ayaan raadinayay. Saaxiibkay wuxuu i siin karaa sariir laba habeen oo keliya.

Maxaan sameeyaa? Fadlan ii soo jawaab si degdeg ah. Shaqada ayaan joogaa ilaa 16:00.

Nuur Xasan
0152 66201938""", date="2026-03-03 12:31"),

T("so", 0, "mixed_language", "Ifrax Cabdi <ifrax.cabdi@example.net>", "Kaution Jobcenter",
"""Hallo,

guri waan helay Refrath, 2 Zimmer, 540 warm. Vermieter-ku wuxuu rabaa Kaution 3 Kaltmieten (1350 €). Jobcenter-ku ma bixinayaa? Darlehen ayay yiraahdeen. Darlehen maxay tahay – ma aniga ayaa dib u bixinaya? Mietvertrag-ka Isniinta ayaan saxiixayaa.

Danke
Ifrax"""),

T("so", 0, "reply", "Cabdiwali Faarax <cabdiwali.faarax@example.net>", "AW: Ihre Anmeldung im Programm",
"""Salaan,

Waad ku mahadsan tihiin jawaabta. Hadda 6 bilood ayaa ka soo wareegay, weli wax war ah ma hayo. Ma jiraa wax isbeddel ah? Weli liiska ma ku jiraa? Sidoo kale lambarka taleefankaygu wuu is beddelay: 0155 71209384.

Cabdiwali Faarax

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Donnerstag, 16. Oktober 2025 14:20
An: cabdiwali.faarax@example.net
Betreff: Ihre Anmeldung im Programm

Sehr geehrter Herr Faarax,

wir haben Ihre Anmeldung erhalten und Sie in unsere Liste der Wohnungssuchenden aufgenommen. Sobald wir eine passende Wohnung haben, melden wir uns bei Ihnen.

Mit freundlichen Grüßen
Integration Wohnen""", date="2026-04-20 09:14"),

S("so", 0, "other", "DHL Express <noreply@dhl-track-info.example.com>", "Xirmadaada waa la joojiyay – DE-77120933",
"""Macmiil qaali ah,

Xirmadaada (DE-77120933) lama gaarsiin karo sababtoo ah cinwaanka ayaa khaldan.
Fadlan bixi 1,79 € si loo cusboonaysiiyo gaarsiinta: http://dhl-track-info.example.com/so/pay

Haddii aadan bixin 24 saac gudahood, xirmada waa la celin doonaa.
DHL""", html="only"),

L("fa", 0, "on_behalf", "Jamshid Hakimi <jamshid.hakimi@example.com>", "آپارتمان کاکایم در Bensberg",
"""سلام،

کاکایم در هالند زندگی می‌کند و یک آپارتمان سه اتاقه در Bensberg دارد که ده سال پیش خریده. او به من وکالت‌نامه (Vollmacht) داده تا آپارتمان را اداره کنم. آپارتمان از اول ماه آینده خالی می‌شود.

کاکایم می‌خواهد آن را به یک فامیل از Heim کرایه بدهد. من می‌توانم Besichtigung را انجام بدهم و کلید را تحویل بدهم. قرارداد به نام کاکایم خواهد بود.

لطفاً بگویید چه معلوماتی لازم دارید.

با احترام
جمشید حکیمی
0160 90327715"""),

I("fa", 0, "clean", "Homayoun Rasuli <homayoun.rasuli@example.net>", "شکایت همسایه",
"""سلام،

من در Refrath نزدیک کمپ زندگی می‌کنم. چند هفته است که خریطه‌های زباله کنار سرک گذاشته می‌شود و پشک‌ها و زاغ‌ها آنها را پاره می‌کنند. همه جا کثیف است. نمی‌دانم این به شما مربوط است یا به اداره دیگری؛ لطفاً بگویید به کجا شکایت کنم.

تشکر
همایون رسولی"""),

L("ti", 0, "clean", "Tesfaldet Kifle <tesfaldet.kifle@example.org>", "ኣፓርታማ ኣብ ቤንስበርግ – ንስድራ ካብ Heim",
"""ሰላም ክቡራን፡

ኣነ ተስፋልደት ክፍለ እየ። ካብ 2004 ኣትሒዘ ኣብ ቤርጊሽ ግላድባኽ እነብር። ቅድሚ ዓሰርተ ዓመት ኣብ ቤንስበርግ ሓንቲ ኣፓርታማ ገዚአ ነይረ፡ ክልተ ክፍሊ፡ ክሽነ፡ ባኞ፡ 62 ካሬ ሜትሮ፡ ኣብ ካልኣይ ደርቢ።

እቲ ዝነበረ ተኻራዪ ኣብ ወርሒ መጋቢት ወጺኡ። ንሓንቲ ስድራ ካብ Heim ክህባ እደሊ፡ ምኽንያቱ ኣነውን ኣብ መጀመርታ ኣብ Heim ነቢረ እየ።

ቅድሚ ምውሳነይ ገለ ሕቶታት ኣለዉኒ፦
- Jobcenter ነቲ ክራይ ብቐጥታ ናባይ ይኸፍሎ ድዩ?
- Kaution መን ይኸፍሎ?
- ጉድኣት እንተበጺሑ ዋሕስ (Bürgschaft) ኣሎ ድዩ?

Kaltmiete 590 €፡ Nebenkosten 150 €።

ምስ ሰላምታ
ተስፋልደት ክፍለ
0176 51093382"""),

L("ti", 0, "mixed_language", "Mehari Habte <mehari.habte@example.com>", "Wohnung über meinem Restaurant",
"""Guten Tag,

ኣነ መሓሪ ሃብተ እየ፡ ኣብ Stadtmitte ናይ ኤርትራ ቤት መግቢ (Restaurant) ኣለኒ። ኣብ ልዕሊ እቲ Restaurant ሓንቲ Wohnung ኣላ፡ 3 Zimmer, 68 m², ናተይ እያ። ካብ 1. Juli ባዶ ትኸውን።

ንስድራ ካብ Heim ክህባ ደልየ ኣለኹ። Ich spreche Deutsch, aber Schreiben ist schwer für mich, deshalb auf Tigrinya.

እንታይ ወረቐት የድልየኩም? መዓስ Besichtigung ክንገብር ንኽእል?

የቐንየለይ
መሓሪ ሃብተ
0157 30417729"""),

I("ti", 0, "formal", "Kidus Mikael Gemeinde <kidusmikael.gl@example.org>", "ዕድመ፦ ናይ ማሕበረሰብ ኣኼባ",
"""ንክቡራት ሰራሕተኛታት Integration Wohnen፡

ሰላምታ ይብጸሓኩም። ናይ ቅዱስ ሚካኤል ኤርትራዊት ኦርቶዶክስ ቤተ ክርስቲያን ማሕበረሰብ ኣብ ቤርጊሽ ግላድባኽ፡ ድሕሪ ቅዳሴ ሰንበት 26 ሚያዝያ፡ ሰዓት 1:00 ድሕሪ ቀትሪ፡ ናይ ሓበሬታ ኣኼባ ከነካይድ መዲብና ኣለና።

ብዙሓት ኣባላትና ገዛ ንምርካብ ይጽገሙ ኣለዉ። ካብ ቤት ጽሕፈትኩም ሓደ ሰብ መጺኡ ብዛዕባ መደብኩምን Workshopን ንፍርቂ ሰዓት ሓበሬታ እንተሃበና ምተሓጎስና። ትርጉም ናብ ትግርኛ ባዕልና ነዳሉ።

ብኽብሪ
ቀሺ ዮውሃንስ ገብረመድህን
ኣቦ መንበር ኮሚቴ"""),

T("ti", 0, "broken", "Filmon Tekle <filmon.tekle@example.net>", "ገዛ",
"""ሰላም
ኣነ ፊልሞን እየ። ምስ ሰበይተይን ክልተ ቆልዑን ኣብ Heim Bensberg ክልተ ዓመት ኮይኑና። ሓንቲ ክፍሊ ጥራይ። ብዙሕ Wohnung ደሊና፡ Vermieter ኩሎም "Jobcenter ኣይንደልን" ይብሉ። WBS ኣለና። በጃኹም ሓግዙና።
ፊልሞን ተኽለ
0152 77903361"""),
]
