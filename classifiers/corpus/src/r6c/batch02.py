"""r6c batch 02: five Tigrinya (a neighbour, an owner with a flat above his restaurant, a follow-up on a placed family
with a second flat, two tenant requests) and fifteen Somali mails: women's association, mosque and culture centre
invitations and room offers, a volunteer translator, a Kita question, a general question; Somali owners offering
flats, asking about guarantees, following up; tenant requests (one urgent: violence in the accommodation); a scam."""
from mailwriter import T, L, I, S

MAILS = [
I("ti", 0, "clean", "Tekie Weldegebriel <tekie.wg@example.net>", "ብዛዕባ ጓሓፍ ኣብ ጥቓ Unterkunft – Nachbarschaft Hand",
"""ሰላም፡

ኣነ ኣብ Hand ኣብ ጥቓ እታ Unterkunft ናይ ከተማ እነብር። ካብ ዝሓለፈ ወርሒ ጀሚሩ ጓሓፍ ኣብ ደገ ኣብ ጥቓ ጽርግያ ይእከብ ኣሎ፡ ከረጺት ይቕደዱ፡ ኣንጭዋ ውን ርእየ። ደቀይ በዚ ጽርግያ ናብ ቤት ትምህርቲ ይኸዱ።

ኣነ ባዕለይ ውን ቅድሚ 12 ዓመት ስደተኛ ኮይነ ኣብ Heim ነቢረ፡ ስለዚ ኣብ ልዕሊ እቶም ሰባት ክማጎት ኣይደልን። ግን መን እዩ ሓላፍነት ዘለዎ? Hausmeister ኣሎ ድዩ? Abfallwirtschaft ድየ ክድውል ወይስ ንስኹም?

ናብ ትኽክለኛ ቤት ጽሕፈት እንተዘይበጺሐ ይቕሬታ፡ ብኽብረትኩም ኣመሓላልፍዎ።

ምስ ሰላምታ
ተኽኤ ወልደገብርኤል"""),

L("ti", 0, "clean", "Mulugeta Berhe <mulugeta@asmara-kueche.example.com>", "ገዛ ኣብ ልዕሊ ቤት መግብና – kleine Wohnung frei",
"""ሰላም ክቡራት፡

ኣነ ሙሉጌታ በርሀ እየ፡ ኣብ Bensberg ንእሽቶ ቤት መግቢ (Asmara Küche) ኣላትኒ። ኣብ ልዕሊ ቤት መግቢ ክልተ ክፍሊ ዘለዋ ገዛ ኣላ፡ 46 m²፡ ክሽነን ባኞን ምሉእ፡ ካብ 1 ነሓሰ ባዶ ክትከውን እያ።

ክራይ 410 € kalt፡ Nebenkosten 110 €። ንሓደ ሰብ ወይ ንሰብኣይን ሰበይትን ትኸውን። ምሸት ካብ ቤት መግቢ ቁሩብ ድምጺን ሽታ መግብን ይመጽእ እዩ፡ ስለዚ ዝጸልኦ ሰብ እንተዘይኮይኑ ይሓይሽ። ሽጋራ ኣብ ውሽጢ ኣይፍቀድን።

ብዛዕባ መደብኩም ከም ወናኒ ገዛ ብኸመይ ከም ዝሰርሕ ክትነግሩኒ ትኽእሉ ዶ? ውዕል ባዕለይ ድየ ዝጽሕፎ?

የቐንየልና
ሙሉጌታ
ሞባይል: 0178 3320561""", date="2025-06-23 15:10"),

L("ti", 0, "clean", "Hiwet Gebreyesus <hiwet.gebreyesus@example.org>", "ስድራ ኣሚን – ኩሉ ጽቡቕ / zweite Wohnung ab Oktober",
"""ሰላም ወ/ሮ Brandt፡

ቅድሚ ሸሞንተ ወርሒ ብመደብኩም ስድራ ኣሚን ኣብ ገዛና ኣትዮም። ክሕብረኩም ደልየ፡ ኩሉ ጽቡቕ እዩ። ክራይ ካብ Jobcenter ብግዜኡ ይመጽእ፡ ቆልዑ ድማ ምስ ደቀይ ይጻወቱ።

ኣብ 1. OG ዘላ ገዛ (3 ክፍሊ፡ 68 m²) ውን ካብ 1 ጥቅምቲ ባዶ ክትከውን እያ፡ እቲ ኣረጋዊ ተኻራዪ ናብ Seniorenheim ይኸይድ ኣሎ። ካልእ ስድራ ኣለኩም ዶ? ክራይ ከምቲ ናይ ስድራ ኣሚን እዩ።

Besichtigung ካብ መስከረም ክንገብር ንኽእል።

ምስ ሰላምታ
ሕወት ገብረየሱስ"""),

T("ti", 0, "oneliner", "Yonatan Kidane <yonatan.kidane@example.net>", "ጉዳየይ ኣበይ በጺሑ?",
"""ሰላም፡ ቅድሚ 8 ወርሒ ተመዝጊበ ክሳብ ሕጂ ዝኾነ ዜና የለን። ገና ኣብ ዝርዝር ኣለኹ ዶ? ዮናታን ኪዳነ (Heim Paffrath, Zimmer 21)"""),

T("ti", 0, "broken", "Senait Ghebremariam <senait.gm@example.com>", "Kaution ሕቶ",
"""ሰላም
ገዛ ረኺበ ኣብ Schildgen!! Vermieter Kaution 1200 € ይደሊ።
Jobcenter Darlehen እዩ ይብሉ ካብ Regelsatz ወርሓዊ ክቖርጹ። እዚ ሓቂ ድዩ? ካልእ መንገዲ የለን ዶ?
ካልኣይ ሕቶ: Vermieter Mietschuldenfreiheitsbescheinigung ይደሊ። ኣነ ኣብ Heim ነይረ ክራይ ኣይነበረንን፡ መን ይህበኒ?
ብኽብረትኩም ሓግዙኒ ቅድሚ 15 ክፍርም ኣለኒ
ሰናይት"""),

I("so", 0, "clean", "Hodan Warsame <hodan.warsame@example.org>", "Casuumaad: Maalinta Haweenka – Einladung 8. März",
"""Asalaamu calaykum, Guten Tag,

Magacaygu waa Hodan Warsame, waxaan ahay guddoomiyaha Ururka Haweenka Soomaaliyeed ee Bergisch Gladbach (e.V.). Ururkeennu wuxuu leeyahay ku dhawaad 40 xubnood, badankood hooyooyin carruur leh.

Waxaan qabanaynaa xaflad yar oo loogu dabaaldegayo Maalinta Haweenka Adduunka: Sonntag, 8. März 2026, 14:00–18:00, hoolka Stadtteilzentrum Gronau. Waxaan jeclaan lahayn in mid idinka mid ah uu yimaado oo 15 daqiiqo noogu sharxo barnaamijkiinna. Haween badan oo xubnahayaga ah ayaa weli ku nool Heim, guri raadintuna aad bay ugu adag tahay.

Sidoo kale: haddii aad u baahan tihiin qol aad ku qabataan kulan ama Workshop haweenka oo keliya ah, qolkayaga Dienstag iyo Donnerstag subaxdii waa bannaan yahay, bilaash.

Fadlan noo soo sheega ilaa 25-ka Febraayo.

Mahadsanidiin,
Hodan Warsame
Ururka Haweenka Soomaaliyeed BGL e.V.
0157 92283014""", date="2026-02-11 10:03"),

I("so", 0, "formal", "Cabdiraxmaan Aadan Maxamed <guddiga.masjidka@alfurqaan-gl.example.org>", "Qol shir oo bilaash ah – Masjidka Al-Furqaan (Raumangebot)",
"""Mudane / Marwo,

Asalaamu calaykum warahmatullaahi wabarakaatuh.

Anigoo ku hadlaya magaca guddiga Masjidka Al-Furqaan ee Bergisch Gladbach-Heidkamp, waxaan idinku wargelinayaa in masjidkeennu leeyahay qol waxbarasho oo qaadi kara ilaa 35 qof, kuraas iyo Beamer leh.

Salaadda Jimcaha kadib iyo Sabtida galabtii, dad badan oo ka tirsan bulshada Soomaaliyeed iyo Carabta ayaa halkan isugu yimaada. Qaar badan oo ka mid ah ayaa na weydiiya sida guri loo helo iyo waxa Jobcenter-ku bixiyo. Waxaan aaminsanahay in kulan warbixineed oo aad halkan ku qabataan uu aad u anfici lahaa.

Qolka waxaan idiin siinaynaa bilaash. Turjumaan Af-Soomaali iyo Carabi ah waan idiin diyaarin karnaa.

Haddii aad xiisaynaysaan, fadlan nala soo xiriira.

Si mahadnaq leh,
Cabdiraxmaan Aadan Maxamed
Xoghayaha guddiga masjidka
Tel. 02202 8814420"""),

I("so", 0, "mixed_language", "Khadar Jaamac <khadar.jaamac@xarunta-koeln.example.net>", "Infotisch Familientag 20.6. + Flyer af-Soomaali?",
"""Hallo liebes Team,

waxaan ahay Khadar, Projektleiter ka ah Xarunta Dhaqanka Soomaaliyeed ee Köln-Mülheim. Wir machen am Samstag, 20. Juni einen Jugend- und Familientag (Sport, cunto, Musik) und haben einen Bereich für Infotische. Ma rabtaan inaad miis yar halkaas dhigataan? Tisch und Stühle haben wir, Strom auch.

Su'aal kale: ma haysaan Flyer ama warqad macluumaad ah oo af-Soomaali ku qoran oo ku saabsan Wohnungsführerschein-ka? Haddii kale, waan idiin turjumi karnaa, kostenlos natürlich. Dad badan oo Bergisch Gladbach ka yimaada ayaa xaruntayada booqda.

Beste Grüße / Mahadsanid
Khadar Jaamac
Xarunta Dhaqanka Soomaaliyeed e.V.
0178 5530291""", date="2026-05-04 13:37"),

I("so", 0, "clean", "Ilhaan Xasan <ilhaan.xasan@example.com>", "Iskaa wax u qabso – turjumaan Soomaali/Deutsch/English",
"""Salaan,

Waxaan ahay Ilhaan Xasan, 26 jir, ardayad ka dhigata Soziale Arbeit jaamacadda TH Köln, waxaanan ku noolahay Bensberg. Waxaan ku hadlaa Af-Soomaali, Jarmal (C1) iyo Ingiriis.

Markii aan yaraa, qoyskaygu wuxuu ku noolaa Heim muddo saddex sano ah, waana ogahay sida ay u adag tahay. Waxaan doonayaa inaan si tabarruc ah (ehrenamtlich) idiin caawiyo: turjumaad, la socodka dadka Termin-ada, ama caawinta Workshop-yada. Toddobaadkii 4 ilaa 6 saacadood ayaan bixin karaa.

Ma jirtaa fursad noocaas ah? Maxaan sameeyaa si aan isu diiwaangeliyo?

Mahadsanid, nabad gelyo
Ilhaan"""),

I("so", 0, "phone", "Sahra Nuur <sahra.nuur88@example.net>", "kita",
"""salaan walaalayaal wiilkayga 3 jir kita meel uma helin ilaa hadda
Kita-Navigator waan isku qoray 6 bilood ka hor wax jawaab ah ma jiro
yaa la hadlaa? Jugendamt? mise idinka
mahadsanid sahra"""),

I("so", 0, "clean", "Maxamed Cali Faarax <m.cali.faarax@example.org>", "Su'aal guud: sidee buu barnaamijku u shaqeeyaa?",
"""Asc,

Waxaan ku noolahay Refrath 12 sano, shaqo iyo guri waan haystaa, alxamdulillaah. Laakiin bulshada dhexdeeda dad badan ayaa i weydiiya barnaamijkiinna, waana doonayaa inaan si sax ah ugu sharxo oo aanan war khaldan faafin.

Su'aalahayga:
- Yaa geli kara barnaamijka? Ma kaliya dadka Heim-ka ku jira?
- Lacag ma laga bixiyaa?
- Workshop-ku luqaddee buu ku dhacaa, immisa maalmood?
- Ma idinkaa guri u raadiya dadka, mise iyagaa raadsada oo idinku caawisaan?
- Ma jiraa warqad ama bog internet ah oo aan dadka u gudbin karo?

Mahadsanid, Ilaahay ha idin barakeeyo.
Maxamed Cali Faarax"""),

L("so", 0, "phone", "Abdiweli Yuusuf <abdiweli.yuusuf@example.net>", "guri kiro refrath",
"""asc waxaan haystaa guri 2 qol refrath 52 m2 bisha soo socota ayuu bannaan yahay
kirada 540 kalt + 150 NK
qoys yar ama 2 qof. jobcenter ok
i soo wac 0176 81120347 abdiweli"""),

L("so", 0, "clean", "Faadumo Cali Ismaaciil <faadumo.ismaaciil@example.com>", "Su'aalo ka hor intaanan go'aan gaarin",
"""Salaan,

Aniga iyo ninkayga waxaan leenahay guri 3 qol ah oo ku yaal Herkenrath (71 m², balkoon leh). Hadda waa la dayactirayaa, bisha Juli ayuuna diyaar noqon doonaa. Waxaan ka fikiraynaa inaan ku kireyno barnaamijkiinna, laakiin weli go'aan ma gaarin.

Ka hor intaanan go'aan gaarin, waxaan rabnaa inaan ogaano:
1. Jobcenter-ku ma si toos ah ayuu noogu bixinayaa kirada?
2. Haddii kireystuhu uusan bixin kirada ama uu guriga waxyeello gaarsiiyo, ma jiraa dammaanad (Bürgschaft) ka timaada magaalada?
3. Yaa bixiya Kaution-ka?
4. Guriga kadib markii la galo, ma jiraa qof aan la xiriiri karno haddii dhibaato timaado?

Waan ognahay in dad badan ay guri u baahan yihiin, waana doonaynaa inaan caawinno. Laakiin guriga ayaa ah lacagtii aan 15 sano ururinaynay.

Mahadsanid,
Faadumo Cali Ismaaciil"""),

L("so", 0, "reply", "Nimco Barre <nimco.barre@example.net>", "Re: Besichtigung Samstag – Familie Warsame",
"""Salaan Frau Kessler,

Qoyska Warsame shalay ayay yimaadeen. Aad bay u wanaagsan yihiin, carruurtuna waa edeb leeyihiin. Waan ogolahay inaan siiyo guriga.
Tallaabada xigta maxay tahay? Mietvertrag-ka ma aniga ayaa qoraya mise idinka? Jobcenter-ka maxaan u diraa?

Nimco Barre

Am 28.05.2025 um 16:20 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Liebe Frau Barre,
>
> Familie Warsame (Eltern, zwei Kinder) kann am Samstag um 11 Uhr zur
> Besichtigung nach Moitzfeld kommen. Herr Warsame spricht etwas
> Deutsch, Sie können aber gern auch auf Somali mit ihm sprechen.
>
> Viele Grüße
> J. Kessler""", date="2025-06-01 09:48"),

L("so", 0, "reply", "Cabdullaahi Guuleed <c.guuleed@example.org>", "AW: Nebenkostenabrechnung – Mieter Herr Osman",
"""Salaan,

Sidii aad ii sheegteen, waxaan idiin soo lifaaqay Nebenkostenabrechnung 2025. Kireystaha Mr Osman wuxuu leeyahay Nachzahlung 412 €. Wuxuu yiri Jobcenter-ka ayaa bixin doona, laakiin saddex toddobaad ayaa laga joogaa, lacagna ma imaan.

Mr Osman waa nin fiican, wax dhibaato ah kama qabo. Kaliya waxaan rabaa inaan ogaado yaa bixinaya iyo goorta.

Mahadsanid
Cabdullaahi Guuleed

> Am 14.04.2026 schrieb Integration Wohnen:
> Sehr geehrter Herr Guuleed,
> bitte schicken Sie uns eine Kopie der Abrechnung, dann klären wir mit
> Herrn Osman, ob der Antrag beim Jobcenter gestellt wurde.
> Freundliche Grüße, Integration Wohnen""", attach=["Nebenkostenabrechnung_2025_Osman.pdf"], date="2026-04-16 18:22"),

L("so", 0, "formal", "Maxamuud Ciise Jaamac <m.ciise@ciise-immobilien.example.com>", "Laba guri oo bannaan – Mehrfamilienhaus Bergisch Gladbach-Hand",
"""Mudane / Marwo,

Waxaan ahay Maxamuud Ciise Jaamac, milkiilaha shirkad yar oo guryo kireysa (Ciise Immobilien GbR). Waxaan leenahay dhismo 6 guri ah oo ku yaal Bergisch Gladbach-Hand. Hadda laba guri ayaa bannaan:

1) 3 qol, 74 m², 2. OG, 720 € kalt + 210 € Nebenkosten
2) 2 qol, 55 m², EG (Erdgeschoss), 560 € kalt + 160 € Nebenkosten

Labadaba waxaa la dayactiray sanadka 2025 (sagxad cusub, musqul cusub). Waxaan diyaar u nahay inaan la shaqeyno barnaamijkiinna, gaar ahaan qoysas carruur leh. Guriga hoose wuxuu ku habboon yahay qof waayeel ah ama qof aan jaranjarada fuuli karin.

Fadlan noo soo jeediya codsadayaal ku habboon. Exposé-ga waa ku lifaaqan yahay.

Si mahadnaq leh,
Maxamuud Ciise Jaamac
Ciise Immobilien GbR
Tel. 02202 4471180""", attach=["Expose_Hand_2Wohnungen.pdf"], html="alt"),

T("so", 1, "broken", "Deeqa Ismaaciil <deeqa.ismaaciil@example.net>", "caawimaad degdeg ah fadlan",
"""asc
waxaan ku noolahay Unterkunft-ka Paffrath ninkayga iyo 3 carruur ah. ninkaygu xalay wuu i garaacay, booliska ayaa yimid, hadda wuu soo laabtay maanta subax.
wuxuu yiri haddii aad mar kale booliska wacdo waan ku dilayaa. aad baan u baqayaa carruurtuna way baqayaan.
ma rabo inaan halkan ku sii jiro. maanta ama berri waxaan u baahanahay meel kale, qol kale ama guri kale.
Heimleitung weli lama hadlin, ma garanayo luqadda.
fadlan i caawiya 0152 90034817 (waqtiga uu shaqada joogo 8-16 i wac)
Deeqa""", date="2025-11-18 07:41"),

T("so", 0, "on_behalf", "Mukhtar Jaamac <mukhtar.jaamac@example.com>", "Aabbahay – Wohnung gesucht (Herr Jaamac Xuseen, 71)",
"""Salaan,

Waxaan idiin qorayaa aabbahay Jaamac Xuseen Cali, 71 jir, oo ku nool Heim-ka Paffrath muddo laba sano ah. Wuxuu qabaa sonkorow iyo dhiig kar, aadna uma socon karo. Musqusha wadaagga ah iyo jaranjarada ayaa aad ugu adag.

Aniga waxaan ku noolahay Schildgen xaaskayga iyo carruurtayda. Waxaan rabnaa inaan aabbahay u helno guri yar (1 ama 2 qol) oo noo dhow, si aan maalin kasta u booqan karno. Wuxuu qaataa Grundsicherung.

Su'aalaha:
- Ma isku diiwaangeliyey barnaamijkiinna? Isagu ma xasuusto.
- Ma u baahan yahay Workshop-ka? Jarmal ma yaqaan.
- Ma jiraa wax aad u qaban kartaan?

Waxaan ahay wiilkiisa, wax walba waan u turjumaa. Vollmacht waan soo diri karaa.

Mahadsanid
Mukhtar Jaamac
0160 3321897"""),

T("so", 0, "phone", "Hibo Guuleed <hibo.guuleed@example.net>", "Bescheinigung lumay",
"""salaan waxaan ka qeybgalay Workshop-ka Wohnungsführerschein bishii November 2025
warqadda Teilnahmebestätigung waan lumiyay markii aan qolka beddelay
mid kale ma ii soo diri kartaan? email ama post, labadaba waa ok
hibo guuleed geb. 12.04.1995"""),

S("so", 0, "machine_translated", "Thomas Wilkins <t.wilkins.property@example.com>", "Guri kiro ah – Bensberg 3 qol 390 € oo keliya!",
"""Salaan qofka qaaliga ah,

Waxaan ahay Thomas Wilkins, hadda waxaan ku noolahay Scotland shaqo darteed. Gurigayga Bensberg 3 qol 78 m² waxaan ku kireynayaa 390 € oo keliya bishii, Nebenkosten ku jira. Jobcenter looma baahna.

Maadaama aanan Jarmalka joogin, furayaasha iyo qandaraaska waxaa idiin soo diri doona shirkadda DHL. Ka hor intaan la dirin, waa inaad soo dirtaan lacagta dhigaalka iyo kirada bisha koowaad (780 €) adigoo isticmaalaya Western Union magaca xaaskayga Mrs. Linda Wilkins, Edinburgh.

Haddii gurigu aanu ku qancin, lacagta 100% waa laguu celin doonaa.
Fadlan ii soo jawaab si degdeg ah, dad badan ayaa doonaya.

Ilaahay ha ku barakeeyo
Thomas"""),
]
