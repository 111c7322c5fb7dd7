"""r6c batch 03: ten Somali (family reunification and Anmeldung questions, a researcher; owners offering a room and an
inherited flat, follow-ups on a viewing and a placed tenant; three tenant requests) and ten Kurdish, Kurmanji and
Sorani (Newroz invitation, women's association room offer, a volunteer translator, a driving-licence question;
owners offering, asking about guarantees, a viewing no-show; tenant requests, one urgent: eviction date in six days)."""
from mailwriter import T, L, I

MAILS = [
I("so", 0, "machine_translated", "Cabdi Yuusuf Maxamed <cabdi.yuusuf.m@example.net>", "Su'aal: Familiennachzug – Ausländerbehörde yaa mas'uul ah",
"""Mudane xafiiska,

Waxaan ahay Cabdi Yuusuf Maxamed. Waxaan haystaa Aufenthaltserlaubnis (subsidiärer Schutz) laga bilaabo 2024. Xaaskayga iyo afarta carruurta ah waxay joogaan Nairobi, waxayna sugayaan ballan Safaaradda Jarmalka.

Su'aalahaygu waa sidan:
1. Ausländerbehörde-ka magaalada Bergisch Gladbach mise kan Kreis-ka ayaa mas'uul ka ah arrinkayga?
2. Dukumeentiyada aan u baahanahay maxay yihiin? Shahaadada guurka ma in la turjumo ayay tahay?
3. Sidee baan u helaa Termin? Telefoonka cidna kama jawaabto.

Haddii aysan ahayn xafiiskiinna, fadlan ii sheega cidda aan u qorayo.

Waad ku mahadsan tihiin caawimaaddiinna.
Cabdi Yuusuf Maxamed""", date="2025-08-05 23:12"),

I("so", 0, "formal", "Ayaan Maxamed Xirsi <ayaan.xirsi@uni-bonn.example.org>", "Codsi wareysi – cilmi-baaris: guryaha iyo qurbajoogta Soomaaliyeed (Interviewanfrage)",
"""Mudane / Marwo,

Magacaygu waa Ayaan Maxamed Xirsi, waxaan ahay ardayad Doktorantin ah oo wax ka barata jaamacadda Bonn, qaybta cilmiga bulshada. Cilmi-baaristaydu waxay ku saabsan tahay sida qoysaska Soomaaliyeed ee ku nool NRW ay u helaan guryo gaar ah, iyo caqabadaha ay la kulmaan (takoorka, Schufa, luqadda).

Waxaan jeclaan lahaa inaan wareysi gaaban (ilaa 45 daqiiqo) la yeesho mid ka mid ah shaqaalahiinna, si aan u fahmo sida barnaamijkiinnu u shaqeeyo. Magac kasta waa la qarin doonaa. Haddii ay suurtagal tahay, tirakoob guud (anonymisiert) ayaa sidoo kale wax ii tari lahaa.

Kurzfassung auf Deutsch: Ich bitte um ein etwa 45-minütiges Experteninterview zu Ihrem Programm; die Ethikfreigabe der Fakultät ist beigefügt.

Si mahadnaq leh,
Ayaan Maxamed Xirsi, M.A.
Institut für Soziologie
Universität Bonn (Doktorandin)""", attach=["Ethikvotum_Xirsi.pdf"]),

I("so", 0, "broken", "Khaalid Aadan <khaalid.aadan@example.com>", "Anmeldung cinwaan cusub",
"""salaan
waxaan u guuray guri cusub Gronau 1 March. Anmeldung xaggee ayaan ka sameeyaa?
Bürgerbüro Termin online waan isku dayay, ma heli karo Termin ilaa April dhammaadkiisa
ganaax (Bußgeld) ma jiraa haddii 2 toddobaad dhaafo?
Wohnungsgeberbestätigung milkiilaha ayaa i siiyay horey
mahadsanid khaalid"""),

L("so", 0, "clean", "Xaliimo Nuur Dirie <xaliimo.dirie@example.net>", "Qol bannaan – gabar ama haweeney keligeed ah",
"""Salaan,

Waxaan ahay Xaliimo, hooyo keligeed nool. Carruurtaydii way waaweynaadeen oo guryahooda ayay u guureen. Gurigayga Refrath (4 qol) qol ayaa bannaan: 16 m², sariir, armaajo iyo miis ayaa ku jira. Jikada iyo musqusha waa la wadaagaa.

Waxaan rabaa gabar ama haweeney keligeed ah, ardayad ama mid shaqeysa, aan sigaar cabbin. Kirada waa 350 € warm, wax walba ku jiraan (Internet sidoo kale).

Su'aal: Jobcenter-ku ma ogol yahay qol la wadaago (Untermiete)? Anigu Untermietvertrag waan bixin karaa.

Mahadsanid,
Xaliimo Nuur Dirie
0163 2298104"""),

L("so", 0, "mixed_language", "Ismaaciil Xuseen Barre <ismaaciil.barre@example.com>", "Guriga aabbaheen (Bensberg) – Erbengemeinschaft, Vermietung?",
"""Guten Tag / Salaan,

Aabbaheen, Allaha u naxariisto, wuxuu dhintay sanadkii hore. Wuxuu noogu reebay guri 3 qol ah oo ku yaal Bensberg (68 m², 1. OG). Aniga iyo saddex walaalahay ah ayaa hadda leh (Erbengemeinschaft). Hadda ma iibinayno.

Aabbahay wuxuu yimid Jarmalka 1992 isagoo qaxooti ah, had iyo jeer wuxuu jeclaa inuu dadka cusub caawiyo. Sidaas darteed waxaan ka fikiraynaa inaan guriga ku kireyno qoys ka mid ah barnaamijkiinna.

Ein paar Fragen vorab:
- Haddii kireystuhu guriga waxyeello gaarsiiyo, ma jiraa Versicherung ama dammaanad?
- Walaalahay mid ka mid ah wuxuu ku nool yahay London. Mietvertrag-ka ma in dhammaanteen saxiixno?
- Jobcenter-ku ma si toos ah ayuu u bixiyaa?

Mahadsanid, viele Grüße
Ismaaciil Xuseen Barre"""),

L("so", 0, "oneliner", "Abdiweli Yuusuf <abdiweli.yuusuf@example.net>", "Re: guri kiro refrath",
"""asc qoyska Ibraahim shalay ayay guriga arkeen waan ogolahay, 1.9 way geli karaan. contract goorma? abdiweli"""),

L("so", 0, "clean", "Cawo Maxamuud <cawo.maxamuud@example.org>", "Mieterhöhung – kireystaha aad ii soo dirteen (Frau Hassan)",
"""Salaan,

Kireystahayga Frau Hassan, oo aad ii soo dirteen 2023, waa qof aad u fiican, guriguna had iyo jeer waa nadiif. Waad ku mahadsan tihiin.

Bangiga ayaa kor u qaaday ribada Kredit-ka, sidaas darteed waxaan u baahanahay Mieterhöhung yar: 35 € bishii, laga bilaabo Januar. Si sharci ah ayaan u sameyn doonaa (Mietspiegel waan eegay).

Su'aalahayga: Jobcenter-ku ma bixin doonaa kordhintan? Ma u baahanahay inaan warqad gaar ah u qoro Jobcenter-ka? Frau Hassan way walwalsan tahay, waxayna ka baqaysaa inay guriga waayo. Anigu ma rabo inay baxdo.

Mahadsanid,
Cawo Maxamuud""", date="2025-10-28 17:40"),

T("so", 0, "clean", "Axmed Cumar Xasan <axmed.cumar.x@example.net>", "Qoys 7 qof – guri raadin 2 sano",
"""Asalaamu calaykum,

Waxaan ahay Axmed Cumar Xasan. Laba sano ayaan ku jirnaa Heim-ka Refrath, 7 qof oo ku nool 2 qol. Carruurtu waxay dhigtaan dugsiga Refrath, meel ay casharradooda ku qortaanna ma haystaan.

Workshop-ka Wohnungsführerschein waan dhammeeyay 2024, warqaddiina waan haystaa. Internetka maalin kasta ayaan ka raadiyaa, laakiin guryaha 5 qol ah aad bay u yar yihiin, marka aan wacana waxay yiraahdaan "7 qof waa badan yihiin".

Su'aalo:
- Yaa haya kiiskayaga hadda? Qofkii hore (Frau Schulte) way tagtay sida la igu yiri.
- Ma jiraa guri aad noo haysaan ama liis?
- Ma suurtagal tahay in laba guri oo isku dhow la raadiyo?

Mahadsanid,
Axmed Cumar Xasan
0176 90023417"""),

T("so", 0, "broken", "Ubax Cali <ubax.cali@example.com>", "WBS sidee loo helaa",
"""asc
sidee baan u helaa WBS? waxaan haystaa Aufenthaltserlaubnis 3 sano.
waraaqaha maxaa loo baahan yahay?
Jobcenter ayaa i yiri WBS la'aan guryaha Genossenschaft ma heli kartid.
Wohnungsamt xaggee ku yaal? anigu iyo 2 carruur
fadlan caawiya
ubax"""),

T("so", 0, "mixed_language", "Xamse Maxamed <xamse.maxamed@example.net>", "Anmeldung Workshop – aniga iyo xaaskayga",
"""Hallo, Guten Tag,

ich möchte mich und meine Frau für den nächsten Wohnungsführerschein anmelden.
Xaaskaygu Jarmal wax yar ayay taqaan (A2). Ma jiraa turjumaan Af-Soomaali ah? Haddii kale anigaa u turjumi kara.
Kinderbetreuung ma jirtaa? Waxaan leenahay ilmo 1 sano jir ah.

Namen:
Xamse Maxamed Cabdi, geb. 03.02.1990
Sucaad Axmed Jibriil, geb. 17.09.1996
Unterkunft Refrath, Zimmer 9

Danke, mahadsanid
Xamse"""),

I("ku", 0, "clean", "Rêzan Amed <rezan.amed@navenda-kurdi.example.org>", "Vexwendin: Şahiya Newrozê 2026 – Einladung",
"""Silav û rêz,

Ez Rêzan Amed im, ji lijneya rêveber a Navenda Çanda Kurdî ya Bergisch Gladbachê. Her sal em bi hev re Newrozê pîroz dikin. Îsal em ê roja Şemiyê, 21ê Adarê, ji saet 16:00 heta 22:00 li salona Bürgerhaus Schildgen şahiyekê li dar bixin.

Di nav endamên me de gelek malbatên ji Rojava, Başûr û Bakur hene. Hin ji wan hîn jî li Heimê dijîn û bi salan e li xaniyekî digerin. Ji ber vê yekê em dixwazin we vexwînin: dibe ku hûn maseyeke agahiyê deynin, an jî 10 deqîqeyan li ser bernameya xwe biaxivin. Wergera Kurmancî û Soranî em ê bi xwe amade bikin.

Ji kerema xwe heta 10ê Adarê bersivê bidin.

Bi silavên germ
Rêzan Amed
Navenda Çanda Kurdî Bergisch Gladbach e.V.
0176 50021934""", date="2026-02-27 12:18"),

I("ku", 0, "formal", "Shilan Rauf <shilan.rauf@example.net>", "ژووری کۆبوونەوە بۆ ئێوە – Raumangebot Kurdischer Frauenverein",
"""بەڕێزان،

سڵاو و ڕێز،

من شیلان ڕەئوفم، بەرپرسی کۆمەڵەی ئافرەتانی کورد لە بێرگیش گلادباخ. کۆمەڵەکەمان ژوورێکی گەورەی هەیە لە گرۆناو (Gronau) کە نزیکەی ٣٠ کەس جێ دەکاتەوە، لەگەڵ چێشتخانەیەکی بچووک.

ئەو ژوورە ڕۆژانی دووشەممە و چوارشەممە بەتاڵە. ئەگەر پێویستتان بە شوێنێک بێت بۆ Workshop یان بۆ کۆبوونەوەی زانیاری، ئامادەین بە خۆڕایی بیدەینە ئێوە.

زۆرێک لە ئەندامەکانمان هێشتا لە Heim دەژین و ماڵیان دەست ناکەوێت، بۆیە بە دڵخۆشییەوە یارمەتی دەدەین. دەتوانین وەرگێڕان بۆ کوردیی سۆرانی و عەرەبی ئامادە بکەین.

تکایە ئاگادارمان بکەنەوە ئەگەر ئارەزووتان هەیە.

لەگەڵ ڕێزدا
شیلان ڕەئوف
کۆمەڵەی ئافرەتانی کورد – Kurdischer Frauenverein BGL e.V.
Tel. 0151 22409881"""),

I("ku", 0, "mixed_language", "Azad Şêxo <azad.sexo@example.com>", "Ehrenamt: Dolmetschen Kurmancî / Soranî / Erebî / Türkçe",
"""Hallo, silav,

navê min Azad e, ez 38 salî me û ji Qamişloyê me. Ji 2015an ve ez li Almanyayê dijîm, niha li şirketeke otobusan wek Busfahrer dixebitim. Ez bi Kurmancî, Erebî, Tirkî û Almanî diaxivim, Soranî jî hinekî.

Ich möchte gern ehrenamtlich helfen – wergerandin bi telefonê, bi malbatan re çûyîna Terminan, an jî di Workshopan de. Berê min li Köln-Kalk bi Flüchtlingshilfe re du sal xebitiye, Führungszeugnis jî heye.

Ma hûn dilxwazan digirin? Ez çawa dikarim xwe qeyd bikim?

Spas û silav
Azad Şêxo
0157 77382010"""),

I("ku", 0, "phone", "Karwan Ahmed <karwan.ahmed91@example.net>", "مۆڵەتی شۆفێری / Führerschein",
"""سڵاو من مۆڵەتی شۆفێریی عێراقم هەیە (هەولێر) چۆن دەیگۆڕم بۆ Führerschein ی ئەڵمانی؟
Führerscheinstelle لە کوێیە؟ پێویستە دووبارە تاقیکردنەوە بکەم؟
سوپاس کاروان"""),

L("ku", 0, "broken", "Baran Ekinci <baran.ekinci@example.com>", "xanî li ser dikana min",
"""silav
ez Baran im, li Bensberg dikana min a berberiyê heye. li ser dikanê xaniyek 2 ode heye 48 m2, 1ê Hezîranê vala dibe.
kirê 450 kalt + 130 NK. ji bo malbateke piçûk an jin û mêrek. Jobcenter dibe.
ez dixwazim alîkariyê bikim lê kaxezên almanî ji bo min zehmet in, hûn dikarin bi Mietvertragê alîkarî bikin?
tel 0173 6602195
Baran"""),

L("ku", 0, "clean", "Hawre Mahmud <hawre.mahmud@example.org>", "پرسیار دەربارەی گەرەنتی پێش بڕیاردان",
"""سڵاو،

من و هاوسەرەکەم شوقەیەکمان هەیە لە ڕێفرات (Refrath)، سێ ژوور، ٧٥ مەتر دووجا. بیر لەوە دەکەینەوە بە ڕێگەی بەرنامەکەتانەوە بیدەین بە کرێ، بەڵام هێشتا بڕیارمان نەداوە.

پرسیارەکانم:
١. ئایا Jobcenter ڕاستەوخۆ کرێکە دەدات بە خاوەن ماڵ؟
٢. ئەگەر کرێچی زیان بە ماڵەکە بگەیەنێت، کێ قەرەبووی دەکاتەوە؟ گەرەنتی (Bürgschaft) لە شارەوانییەوە هەیە؟
٣. ئەگەر کێشە دروست بوو، کەسێک لە لایەن ئێوەوە هەیە یارمەتیمان بدات؟

پێشوەختە سوپاس.
هەورێ مەحمود"""),

L("ku", 0, "reply", "Zozan Aydın <zozan.aydin@example.net>", "Re: Besichtigungstermin Donnerstag – Familie H.",
"""Silav Frau Becker,

malbat îro nehat. Ez saetekê li benda wan mam, min telefon kir, kesî bersiv neda. Dibe ku tiştek qewimî be, ez ne xeyidî me. Lê xanî hîn vala ye.
Hûn dikarin malbateke din bişînin? Hefteya bê ez her roj piştî saet 17:00 dikarim.

Zozan

Am 22.09.2025 um 14:05 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Liebe Frau Aydın,
> Familie H. (4 Personen) kommt am Donnerstag, 25.09., um 16 Uhr zur
> Besichtigung. Die Familie spricht Kurmancî, eine Begleitung ist leider
> nicht möglich.
> Herzliche Grüße
> M. Becker""", date="2025-09-25 17:32"),

T("ku", 1, "broken", "Xelîl Osê <xelil.ose@example.net>", "Räumung pêncşemê – alîkarî",
"""silav ez Xelîl im
em 5 kes in, ez, jina min û 3 zarok. xwediyê xanî ji me re Kündigung şand ji ber Eigenbedarf, me xaniyek nedît.
niha Gerichtsvollzieher name şand: Räumung roja pêncşemê 12.03 saet 9:00. ev 6 roj e!!
em nizanin em ê herin ku. Jobcenter got herin Sozialamtê. Sozialamt got "em ê binêrin".
zarokê min ê piçûk 8 mehî ye.
ji kerema xwe alîkarî bikin. tel 0176 31187720
Xelîl Osê, Refrath""", date="2026-03-06 08:27", attach=["Raeumungsmitteilung.jpg"]),

T("ku", 0, "on_behalf", "Dlshad Omer <dlshad.omer@example.com>", "دەربارەی دایکم – خاتوو فاتمە عەلی",
"""سڵاو،

من دڵشاد عومەرم، کوڕی خاتوو فاتمە عەلی. دایکم ٦٣ ساڵە و لەگەڵ خوشکە بچووکەکەم (١٩ ساڵ) لە Heim ی Paffrath دەژی. ژوورەکەیان زۆر بچووکە و حەمام هاوبەشە.

دەمانەوێت ماڵێکی بچووکیان بۆ بدۆزینەوە، باشترە نزیک لە ئێمە لە Bensberg. دایکم لە ساڵی ٢٠٢٤ بەشداری Workshop ی کردووە و Teilnahmebestätigung ی هەیە. خوشکم لە Ausbildung ە.

پرسیارم ئەوەیە: دۆسیەکەیان لە چ قۆناغێکدایە؟ و ئایا پێویستە بە شتێکی تر؟ من دەتوانم هەموو شتێک وەربگێڕم و بێم بۆ Termin.

سوپاس
دڵشاد عومەر
0152 04418832"""),

T("ku", 0, "clean", "Berfîn Hesen <berfin.hesen@example.org>", "Mietschuldenfreiheitsbescheinigung – xwediyê berê nade",
"""Rojbaş,

Ez Berfîn im. Min li Moitzfeld xaniyek dît, xwediyê nû Mietschuldenfreiheitsbescheinigung dixwaze. Berê em li Overathê di xaniyekî de bûn; xwediyê wî xaniyî niha bersiv nade, dibêje "ez ne mecbûr im".

Me her meh kirê di wextê xwe de da, Kontoauszüge li ba min hene. Ma Kontoauszüge têrê dikin? An jî hûn dikarin bi xwediyê nû re biaxivin?

Divê ez roja Duşemê bersiva wî bidim.

Spas û silav
Berfîn Hesen"""),
]
