# Somali: tenants, one landlord, two inquiries
from common import m

MAILS = [
m("tenant_request", "so", "clean", "Faadumo Cali <faadumo.cali@example.com>", "Caawimaad guri",
"""Assalaamu calaykum,

Magacaygu waa Faadumo Cali. Waxaan ku noolahay heim-ka Gronau anigoo wata saddex carruur ah. Hal qol ayaan ku jirnaa muddo laba sano ah, aad bay u adag tahay.

Waxaan raadinayaa guri kiro ah, laba ama saddex qol. Jobcenter-ka ayaa bixiya kirada.

Fadlan i caawiya.
Mahadsanid
Faadumo
0152 23459551"""),

m("tenant_request", "so", "oneliner", "Abdi <abdi.warsame@example.net>", "",
"""asc guri ayaan raadinayaa fadlan"""),

m("tenant_request", "so", "clean", "Hodan Maxamed <hodan.maxamed@example.org>", "Is diiwaangelinta workshop-ka",
"""Salaan,

Waxaan rabaa inaan iska diiwaangeliyo workshop-ka guryaha (Wohnworkshop) ee bisha soo socota. Waxaan deggenahay heim-ka Paffrath. Jarmalkaygu waa A2. Ma jiraa turjubaan af-Soomaali ah?

Goorma iyo halkee ayuu ka dhacayaa?

Mahadsanid
Hodan""", fmt="alt"),

m("tenant_request", "so", "clean", "Ayaan Yuusuf <ayaan.yuusuf@example.com>", "Shahaadada workshop-ka",
"""Asc, waxaan ka qayb galay workshop-ka Bensberg bishii Maarso laakiin shahaadada (Teilnahmebestätigung) weli ma helin. Milkiilaha guriga ee Refrath ayaa i weydiiyay. Fadlan ii soo dir. Mahadsanid, Ayaan"""),

m("tenant_request", "so", "broken", "Mohamed Hassan <mohamed.hassan88@example.net>", "wohnung hand",
"""asc
waxaan helay guri Hand 2 qol 560 euro kalt. milkiilaha guriga wuxuu rabaa warqadda jobcenter. jobcenter-na wuxuu rabaa Mietangebot. maxaan sameeyaa? ma garanayo.
fadlan i soo wac 0176 23456632
mohamed""", att=[("Mietangebot.jpg", "image/jpeg")]),

m("tenant_request", "so", "clean", "Sahra Jaamac <sahra.jaamac@example.org>", "Ballanta Talaadada",
"""Salaan Marwo Yilmaz,

Ballanta Talaadada ma iman karo sababtoo ah wiilkayga ayaa jiran, dhakhtar ayaan u geynayaa. Ma i siin kartaa maalin kale?

Raali ahow
Sahra"""),

m("tenant_request", "so", "broken", "Abdirahman <abdirahman.o@example.com>", "caawimaad",
"""asc waxaan ahay abdirahman heim hebborn. qolka waa 4 nin. habeenkii ayaan shaqeeyaa, maalintii ma seexan karo buuq dartiis. guri yar ama qol WG ah ayaan raadinayaa. 450 euro waan bixin karaa.
mahadsanid"""),

m("tenant_request", "so", "clean", "Nimco Cabdi <nimco.cabdi@example.net>", "WBS",
"""Salaan, sidee baan ku heli karaa WBS (Wohnberechtigungsschein)? Dukumiintiyada maxaa loo baahan yahay? Waxaan nahay aniga, ninkayga iyo hal ilmo. Mahadsanid. Nimco"""),

m("tenant_request", "so", "on_behalf", "Cabdullahi Faarax <cabdullahi.faarax@example.com>", "Guri walaashay",
"""Assalaamu calaykum,

Magacaygu waa Cabdullahi, waxaan ku noolahay Köln. Walaashay Khadra waxay ku nooshahay heim-ka Katterbach iyadoo wadata afar carruur ah. Jarmal ma taqaan, sidaa darteed anigaa idiin qoraya.

Waxay u baahan tahay caawimaad si ay guri u hesho. Carruurtu waxay dugsi ka dhigtaan Paffrath, markaa Paffrath ama Hebborn agagaarkooda ayaa fiican.

Taleefankeeda: 0157 23458874. Haddii aad ballan siisaan, anigaa la iman kara.

Mahadsanid
Cabdullahi"""),

m("tenant_request", "so", "reply", "Liibaan Aadan <liibaan.aadan@example.org>", "Re: Wohnungsangebot Schildgen",
"""Salaan Mudane Schulz,

Mahadsanid. Waxaan rabaa inaan arko guriga Schildgen. Khamiista saacadda 3 kadib waan iman karaa.

Liibaan

> Sehr geehrter Herr Aadan,
> ein Vermieter aus unserem Netzwerk bietet eine 3-Zimmer-Wohnung in Schildgen an.
> Mit freundlichen Grüßen
> T. Schulz""", reply=True),

m("tenant_request", "so", "phone", "Ifrah <ifrah.h@example.com>", None,
"""asc war cusub ma jiraa guriga? laba bilood jawaab ma helin

Sent from my Galaxy"""),

m("tenant_request", "so", "clean", "Xasan Ismaaciil <xasan.ismaaciil@example.net>", "Lacagta dammaanadda (Kaution)",
"""Salaan,

Waxaan guri ka helay Stadtmitte. Milkiilaha wuxuu rabaa Kaution 3 bilood ah, 1,410 euro. Lacagtaas ma haysto. Jobcenter-ku ma bixin karaa? Ma deyn (Darlehen) baa?

Mahadsanid
Xasan"""),

m("tenant_request", "so", "broken", "Bashiir <bashiir.n@example.com>", "JAWAAB",
"""ASC SADDEX JEER AYAAN IDIIN QORAY JAWAAB MA JIRTO. GURI AYAAN U BAAHANAHAY. SHAQO WAAN HAYSTAA MAQAAYAD. FADLAN II JAWAABA
BASHIIR QOLKA 11"""),

m("tenant_request", "so", "hard_case", "Ubax Maxamuud <ubax.maxamuud@example.org>", "Milkiilaha wuu diiday",
"""Salaan Marwo Yilmaz,

Shalay waxaan arkay guriga Lückerath, aad buu u fiicnaa. Laakiin maanta milkiilaha (Vermieter) ayaa i soo wacay oo yiri "ma rabo dad Jobcenter-ku u bixiyo". Taasi ma la oggol yahay? Ma taqaanaan milkiilayaal kale?

Ubax"""),

m("tenant_request", "so", "clean", "Guuleed Axmed <guuleed.axmed@example.net>", "Ka bixitaanka heim-ka",
"""Salaan,

Heshiiska guriga waan saxiixay! 1da Nofembar ayaan u guurayaa guri cusub oo Herkenrath ku yaal. Goorma ayaan ka baxayaa heim-ka? Furaha yaan siiyaa? Sariirta iyo qaboojiyaha magaalada ma qaadan karaa?

Aad iyo aad u mahadsanid
Guuleed""", date="2025-10-21 17:30"),

m("tenant_request", "so", "other", "Cabdiqaadir <cabdiqaadir.y@example.com>", "guri",
"""salaam, waxaan ahay cabdiqaadir heim gronau. guri 1 qol ah ayaan raadinayaa bergisch gladbach. tel 0151 23457710. mahadsanid walaal"""),

m("tenant_request", "so", "hard_case", "Muna Shire <muna.shire@example.org>", "Guri aan internetka ka helay",
"""Salaan,

Kan internetka ayaan ka helay. Ma run baa mise waa khiyaano? Kiradu aad bay u jaban tahay. Ma ila hadli kartaa milkiilaha?

"2-Zimmer-Wohnung Refrath, 60 m², 420 € warm. Eigentümer zurzeit in Spanien, Kaution bitte vorab per Überweisung, Schlüssel kommen per Post."

Muna"""),

m("tenant_request", "so", "clean", "Sucaad Guuleed <sucaad.guuleed@example.net>", "SCHUFA",
"""Salaan, milkiilaha guriga wuxuu rabaa SCHUFA. Xagee baan ka helayaa? Ma bilaash baa? Internetka wuxuu leeyahay 29.95 euro. Mahadsanid, Sucaad"""),

m("tenant_request", "so", "clean", "Cawil Maxamed <cawil.maxamed@example.com>", "Imisa kiro ayuu Jobcenter bixiyaa?",
"""Salaan,

Afar qof (aniga, xaaskayga iyo laba carruur ah) Jobcenter-ku imisa kiro ayuu bixiyaa Bergisch Gladbach? Waxaan helay guri 890 euro warm. Ma badan yahay?

Cawil"""),

# --- urgent
m("tenant_request", "so", "clean", "Hibaaq Cismaan <hibaaq.cismaan@example.org>", "DEGDEG – caawimaad",
"""Salaan,

Ninkaygii ayaa xalay i garaacay, booliska ayaa yimid. Hadda waxaan la joogaa saaxiibaday iyo labada carruur, laakiin hal habeen oo keliya. Gurigii dib ugu noqon kari maayo, waan baqayaa.

Caawa xagee baan seexanaynaa? Fadlan si degdeg ah noo caawiya.

Hibaaq
0160 23450385""", u=1),

m("tenant_request", "so", "broken", "Yaasiin <yaasiin.c@example.net>", "dringend Räumung",
"""asc milkiilaha guriga ayaa warqad i siiyay in 28-ka aan ka baxno guriga (Räumung). xaaskayga waa uur leh 8 bilood. xagee aadnaa? fadlan na caawiya
yaasiin 0176 23453391""", u=1, date="2026-06-15 06:58"),

m("tenant_request", "so", "phone", "Sakariye <sakariye.m@example.com>", "",
"""asc berri hotelka waa inaan ka baxnaa ayay leeyihiin magaaladu ma bixinayso. aniga xaaskayga iyo ilmo 3 toddobaad jira. xagee aadnaa??

Von meinem iPhone gesendet""", u=1, date="2025-02-06 21:15"),

m("tenant_request", "so", "on_behalf", "Istahil Warsame <istahil.warsame@example.org>", "Walaashay isbitaalka ayay ka baxaysaa – guri ma leh",
"""Assalaamu calaykum,

Walaashay Deeqa saddex maalmood ka hor ayay dhashay. Saadambe ayay isbitaalka ka baxaysaa. Ilaa hadda waxay la joogtay saaxiibad ku nool Refrath, laakiin saaxiibaddu waxay tiri ilmaha la iman kartid.

Meel kale ma leh. Fadlan si degdeg ah ii soo wac 0152 23451128.

Istahil""", u=1),

# --- more routine
m("tenant_request", "so", "clean", "Mustafe Jaamac <mustafe.jaamac@example.net>", "Taleefan cusub",
"""Salaan, lambar taleefan cusub ayaan haystaa: 0157 23454480. Mustafe Jaamac, heim Frankenforst. Mahadsanid"""),

m("tenant_request", "so", "broken", "Deeqa <deeqa.axmed@example.com>", "Re: Unterlagen",
"""asc
warqadda jobcenter waa tan. baasaboorka khamiista ayaan keenayaa.
deeqa""", reply=True, att=[("Jobcenter_Bescheid.pdf", "application/pdf")]),

m("tenant_request", "so", "machine_translated", "Axmed Nuur <axmed.nuur@example.org>", "Guri magaalo kale",
"""Salaan,

Shaqo ayaan ka helay Köln. Haddii aan guri ka helo Köln, ma ka bixi karaa heim-kan? Mise waa inaan ku sii jiro Bergisch Gladbach sababtoo ah Wohnsitzauflage? Ma garanayo.

Mahadsanid
Axmed"""),

# --- landlord / inquiries
m("landlord_offer", "so", "clean", "Maxamed Cilmi <maxamed.cilmi@example.com>", "Guri kiro ah – Bensberg",
"""Salaan,

Waxaan ahay nin Soomaali ah oo 25 sano Jarmalka ku noolaa. Waxaan leeyahay guri 3 qol ah oo Bensberg ku yaal (70 m²), bisha soo socota ayuu bannaanaanayaa. Waxaan jeclaan lahaa inaan kireeyo qoys u baahan, gaar ahaan qoys Soomaali ah haddii ay suurtagal tahay. Jobcenter waan aqbalayaa.

Kirada: 650 euro kalt.
Taleefan: 0172 23453346

Maxamed Cilmi"""),

m("inquiry", "so", "formal", "Ururka Bulshada Soomaaliyeed (tusaale) <info@somali-community.example.org>", "Kulan macluumaad ah xubnahayaga",
"""Mudane/Marwo,

Ururkayagu wuxuu mideeyaa qoysaska Soomaaliyeed ee ku nool gobolka Rhein-Berg. Xubno badan ayaa dhibaato ku qaba helitaanka guri, mana fahmin WBS, SCHUFA iyo Jobcenter.

Ma suurtagal baa in mid ka mid ah shaqaalahaagu uu yimaado kulankayaga bishiiba mar (Sabti galabta) oo uu ka warramo shaqadiinna? Turjumaadda annagaa diyaarinayna.

Mahadsanid
Guddoomiyaha ururka"""),

m("inquiry", "so", "clean", "Faarax Cumar <faarax.cumar@example.net>", "Tarjumaan ahaan",
"""Salaan,

Waxaan ahay turjubaan af-Soomaali iyo Jarmal (C1). Waxaan jeclaan lahaa inaan idinka caawiyo workshop-yada guryaha, mushahar ama tabarruc ahaan. Sideen u samayn karaa?

Mahadsanid
Faarax"""),
]

from common import tweak  # noqa: E402
tweak(MAILS, 'Imisa kiro ayuu Jobcenter bixiyaa?', fmt="html", style="html_only")

if __name__ == "__main__":
    import build
    build.main()
