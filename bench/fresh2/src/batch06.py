"""fresh2 batch 06: Somali (rest), Kurdish (Kurmanji and Sorani), Pashto."""
from mailwriter import T, L, I

MAILS = [
L("so", 0, "clean", "Cabdullaahi Geedi <c.geedi@example.net>", "Guri kiro ah - Bensberg",
"""Asc,

Waxaan leeyahay guri saddex qol ah oo ku yaal Bensberg (70 m², dabaqa labaad). Kiraystihii hore wuu ka guuray,
guriguna wuu bannaan yahay laga bilaabo 1-da June. Waxaan maqlay inaad qoysaska ka imanaya Unterkunft-ka u
raadisaan guryo. Waxaan diyaar u ahay inaan kireeyo qoys.

Kirada waa 820 euro oo kulul (warm). Su'aal: Jobcenter-ka ma si toos ah ayuu kirada iigu soo diraa? Iyo haddii
guriga wax ku xumaadaan, yaa bixiya?

Mahadsanid
Cabdullaahi Geedi
0171 2290 6653"""),

I("so", 0, "hard_case", "Nimco Aadan <nimco.aadan@example.org>", "Kita gabadhayda",
"""Asc,

Gabadhayda oo 3 jir ah waxaan u raadinayaa meel Kita ah oo u dhow Refrath. Halkee baan iska diiwaangeliyaa,
ma idinka ayaa caawiya mise xafiis kale? Internet-ka waxaan ka arkay Kita-Navigator laakiin ma fahmin.

Mahadsanid
Nimco"""),

T("ku", 0, "clean", "Azad Hesen <azad.hesen@example.net>", "Em li xanî digerin",
"""Silav,

Navê min Azad Hesen e. Ez bi jina xwe û çar zarokên xwe re li Unterkunft'a Hand dijîm. Em ji du salan ve li
xaniyekî digerin, lê me tiştek nedît. Gelek Vermieter bersiv nadin.

Ez niha li kargehekê kar dikim, Jobcenter jî piştgiriyê dide. Em xaniyekî bi sê odeyan dixwazin. Ji kerema xwe
alîkariya me bikin û Termin'ekê bidin me.

Spas
Azad
0176 5590 2218"""),

T("ku", 1, "mixed_language", "Rojda Xelîl <rojda.xelil@example.com>", "Acil - Räumung 12.05.",
"""Silav,

Xwediyê xanî (Vermieter) sala borî Kündigung şand ji ber ku ew dixwaze kurê wî li vir bijî. Niha dadgehê Räumung
biryar da: divê em roja 12.05. ji xanî derkevin. Gerichtsvollzieher nameyek şand.

Em 5 kes in, du zarok piçûk in. Me xaniyek nû nedît, cihekî me yê din tune. Ji kerema xwe zû alîkariya me bikin,
ez dikarim sibê werim ofîsê.

Rojda Xelîl
0152 7704 3361""", date="2026-05-06 19:25"),

T("ku", 0, "clean", "هێرۆ عەبدوڵڵا <hero.abdullah@example.org>", "داوای خانوو",
"""سڵاو،

ناوم هێرۆیە. من و مێردەکەم و دوو منداڵمان ماوەی ساڵ و نیوێکە لە Unterkunftی Moitzfeld دەژین. بەدوای
خانوویەکدا دەگەڕێین کە دوو یان سێ ژووری هەبێت، بەڵام تا ئێستا هیچمان نەدۆزیوەتەوە.

مێردەکەم لە چێشتخانەیەک کار دەکات. تکایە یارمەتیمان بدەن و کاتێکی چاوپێکەوتنمان بۆ دابنێن.

سوپاس
هێرۆ"""),

T("ku", 0, "mixed_language", "ڕێباز ئەحمەد <rebaz.ahmed@example.net>", "Anmeldung Workshop",
"""سڵاو بەڕێزان،

دەمەوێت ناوم بنووسم بۆ Workshopی Wohnungsführerschein. کەی دەست پێدەکات و لە کوێیە؟ هاوڕێیەکم وتی
دوای Workshop بڕوانامەیەک وەردەگریت کە بۆ Vermieter باشە.

ناو: ڕێباز ئەحمەد
تەلەفۆن: 0160 2215 7784

سوپاس"""),

T("ku", 0, "mixed_language", "Bêrîvan Ehmed <berivan.ehmed@example.com>", "Min Wohnung dît li Schildgen",
"""Silav Frau Yilmaz,

min Wohnung dît li Schildgen, 3 Zimmer, 690 warm. Vermieter dibêje ew heta roja Duşemê Mietbescheinigung
ji Jobcenter dixwaze, wekî din ew ê Wohnung bide kesekî din. Hûn dikarin alîkarî bikin ku Jobcenter zû bersiv bide?

Ez Exposé û Mietangebot di Anhang de dişînim.

Spas
Bêrîvan""", attach=["Expose_Schildgen.pdf", "Mietangebot.jpg"]),

T("ku", 0, "phone", "Şêrko Mistefa <sherko.m@example.org>", "xani",
"""slv ez li xani digerim 3 kes em li bensberg in alikari bikin ji kerema xwe"""),

T("ku", 0, "clean", "دانا کەریم <dana.karim@example.com>", "Teilnahmebestätigung",
"""سڵاو بەڕێزان،

من مانگی ڕابردوو لە هەموو کۆبوونەوەکانی Workshop بەشدار بووم، بەڵام Teilnahmebestätigungم وەرنەگرتووە.
تکایە بە ئیمەیڵ بۆمی بنێرن. هەروەها دەمەوێت بزانم کەیسەکەم گەیشتۆتە کوێ، چونکە سێ مانگە هیچ
وەڵامێکم وەرنەگرتووە.

سوپاس
دانا کەریم"""),

L("ku", 0, "clean", "Kawa Reşîd <kawa.reshid@example.net>", "Xaniyek vala li Gronau",
"""Silav,

Ez xwediyê xaniyekî me li Gronau. Qata jor vala ye: 2 ode, metbex, serşok, nêzîkî 55 m². Ez dixwazim wê bidim
malbatekê ku ji Unterkunft derdikeve, ji ber ku ez jî demekê wisa jiyam.

Kirê dê nêzîkî 520 euro warm be. Çi şert hene? Ma Jobcenter kirê rasterast dide xwediyê xanî? Û ger tiştek
xera bibe, kî dide?

Bi silav
Kawa Reşîd"""),

I("ku", 0, "mixed_language", "Komeleya Çanda Kurdî <komele.kurdi@example.org>", "Vexwendin - Newroz 2026 / Einladung",
"""Silav hevalên hêja,

Komeleya Çanda Kurdî ya Bergisch Gladbach dê roja 21.03.2026 şahiya Newrozê li dar bixe. Em dixwazin karmendên
ofîsa we jî vexwînin. Ger hûn bixwazin, hûn dikarin stendekê vekin û agahiyan li ser xebata xwe bidin.

Wir laden Ihr Team herzlich zu unserem Newroz-Fest am 21.03. ein, gern auch mit einem Infostand.

Bi silav
Dilan Ay, ji bo desteya rêveberiyê"""),

I("ku", 0, "hard_case", "ئاراس حەمە <aras.hama@example.net>", "Familiennachzug پرسیار",
"""سڵاو،

ژنەکەم و کچەکەم لە هەولێرن. دەمەوێت داوای Familiennachzug بکەم. ئایا ئێوە لەم کارەدا یارمەتی دەدەن، یان
دەبێت بچم بۆ Ausländerbehörde؟ چ بەڵگەنامەیەک پێویستە؟

سوپاس
ئاراس"""),

T("ps", 0, "clean", "احمد شاه صافي <ahmadshah.safi@example.net>", "کور ته اړتیا",
"""سلام،

زما نوم احمد شاه صافي دی. زه د خپلې کورنۍ سره (اووه کسان) په Bensberg کې په Unterkunft کې اوسېږم. دوه کاله کېږي
چې کور لټوو، خو تر اوسه مو پیدا نه کړ. زما ماشومان ښوونځي ته ځي او په یوه کوټه کې ډېر تنګ یو.

مهرباني وکړئ زموږ سره مرسته وکړئ او یو Termin راکړئ.

مننه
احمد شاه"""),

T("ps", 0, "mixed_language", "نجیب الله <najibullah.k@example.com>", "Mietangebot Refrath",
"""سلام،

Jobcenter راته وویل چې د Wohnung لپاره Mietangebot راوړه. ما په Refrath کې یو کور پیدا کړ، دوه کوټې، 590 warm.
Vermieter ښه سړی دی. اوس زه څه وکړم؟ ایا زه باید ستاسو سره Termin ولرم که مستقیم Jobcenter ته لاړ شم؟

مننه
نجیب الله"""),

T("ps", 0, "phone", "Gul Agha <gulagha.2020@example.net>", "kor",
"""سلام کور غواړم ۵ نفره یو په hand کې مرسته وکړئ"""),

T("ps", 0, "clean", "زرغونه احمدزی <zarghuna.ahmadzai@example.org>", "Wohnungsführerschein ورکشاپ",
"""سلام،

زه غواړم چې د Wohnungsführerschein ورکشاپ لپاره نوم ثبت کړم. زه او زما مېړه دواړه راځو. موږ په Paffrath کې په
Unterkunft کې اوسېږو. ایا ورکشاپ کې د پښتو یا دري ژباړونکی شته؟

زرغونه احمدزی
0157 2286 4410"""),

T("ps", 0, "hard_case", "Hamidullah Stanikzai <h.stanikzai@example.com>", "Kaution پوښتنه",
"""سلام ګرانه،

ما په Heidkamp کې کور پیدا کړ او Vermieter غواړي چې Mietvertrag لاسلیک کړو. خو هغه وايي چې درې میاشتې Kaution
باید ورکړم، ۱۵۰۰ یورو. زه دومره پیسې نه لرم. ایا Jobcenter یې ورکوي؟ که څنګه؟

مننه
حمیدالله"""),

T("ps", 0, "reply", "Wahid Safi <wahid.safi@example.net>", "Re: Unterlagen Familie Safi",
"""سلام،

زه د خپل ورور احمد شاه د کورنۍ په اړه لیکم، هغه آلمانی ښه نه پوهېږي. ټول کاغذونه مې په Anhang کې ولېږل:
Aufenthaltstitel، د Jobcenter Bescheid او WBS. که بل څه ته اړتیا وي، ما ته ووایاست.

مننه
وحید صافي

Am 18.02.2026 um 09:12 schrieb Integration Wohnen:
> Guten Tag,
> für die Akte der Familie Safi benötigen wir noch Kopien der Aufenthaltstitel,
> den aktuellen Bescheid des Jobcenters und den Wohnberechtigungsschein.
> Mit freundlichen Grüßen
> Integration Wohnen""", attach=["Aufenthaltstitel.pdf", "Bescheid_Jobcenter.pdf", "WBS.pdf"], date="2026-02-19 21:40"),

L("ps", 0, "clean", "محمد نادر <mohammad.nader@example.com>", "کور د کرایې لپاره په Hand کې",
"""سلام،

زه په Hand کې یو کور لرم، دوه کوټې، پخلنځی او تشناب، شاوخوا ۶۰ متره. له ۱ جولای څخه خالي دی. ما اورېدلي چې
تاسو د Unterkunft کورنیو ته کور لټوئ. غواړم چې یوې کورنۍ ته یې په کرایه ورکړم.

کرایه ۶۳۰ یورو warm ده. شرایط څه دي؟ ایا Jobcenter کرایه مستقیم ما ته راکوي؟

مننه
محمد نادر
0170 3318 5526"""),

I("ps", 0, "hard_case", "Shafiq Momand <shafiq.momand@example.org>", "Führerschein",
"""سلام،

زه غواړم خپل افغاني Führerschein په آلماني بدل کړم. کوم دفتر ته باید لاړ شم او Termin څنګه واخلم؟
ایا تاسو په دې کې مرسته کولی شئ؟

مننه
شفیق"""),
]
