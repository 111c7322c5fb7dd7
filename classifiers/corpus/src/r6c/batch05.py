"""r6c batch 05: fifteen Pashto (a mosque offering its room, family reunification and driving-licence questions, a
student survey, a women's sewing group, someone from Cologne asking how the programme works; owners following up,
a placed tenant with mould, small flats from a business owner, a son asking for his father; tenant requests, one
urgent: must leave the accommodation by Monday; a scam) and five French (a Congolese church and a Guinean
association, a studio and a viewing follow-up, a tenant from a Guinean writer)."""
from mailwriter import T, L, I, S

MAILS = [
I("ps", 0, "formal", "Abdul Wali Hotak <jomat.shura@example.org>", "د جومات د غونډو خونه – Raumangebot Moschee",
"""محترمو،

السلام علیکم ورحمة الله،

زه عبدالولي هوتک یم، د Bergisch Gladbach-Gronau د افغان جومات د شورا منشي. زموږ جومات یوه پراخه خونه لري چې تر ۴۰ کسانو پورې پکې ځایږي. د جمعې له لمانځه وروسته او د یکشنبې په ورځ ډېر افغانان دلته راټولېږي.

دغه خلک ډېری وخت له موږ څخه د کور، Jobcenter او Mietvertrag په اړه پوښتنې کوي، خو موږ سم ځوابونه نه لرو. که تاسو وغواړئ دلته د معلوماتو غونډه جوړه کړئ، موږ خونه وړیا درکوو. د پښتو او دري ژباړه هم برابرولی شو.

که علاقه لرئ، مهرباني وکړئ له موږ سره اړیکه ونیسئ.

په درنښت
عبدالولي هوتک
د جومات شورا
Tel. 02202 7743018"""),

I("ps", 0, "machine_translated", "Wahidullah Noorzai <wahid.noorzai@example.com>", "پوښتنه: د کورنۍ یوځای کېدل (Familiennachzug)",
"""درنو ښاغلو،

زه وحیدالله نورزی یم. زه په آلمان کې Flüchtlingsschutz لرم او له ۲۰۲۳ راهیسې دلته اوسېږم. زما ښځه او درې ماشومان په اسلام اباد کې دي او د آلمان سفارت ته د Termin په انتظار دي.

Ausländerbehörde له ما څخه د نکاح خط او د ماشومانو د تذکرو ترجمه غوښتې ده. زما پوښتنې دا دي:
۱. ترجمه باید په آلمان کې د beeidigter Übersetzer له خوا وشي، که په پاکستان کې هم کېدای شي؟
۲. کوم دفتر مسؤل دی، د ښار Ausländerbehörde که د Kreis؟
۳. که ستاسو دفتر نه وي، زه باید چاته ولیکم؟

ډېره مننه ستاسو د مرستې.
Entschuldigung, mein Deutsch ist nicht gut.
وحیدالله نورزی""", date="2025-07-29 21:50"),

I("ps", 0, "oneliner", "Samiullah Khogyani <sami.khogyani@example.net>", "Führerschein افغاني",
"""سلام، زما د افغانستان د موټر چلولو جواز شته، په آلمان کې یې څنګه بدلولی شم؟ کوم دفتر ته ولاړ شم؟ مننه، سمیع الله"""),

I("ps", 0, "mixed_language", "Nazia Karimi <nazia.karimi@stud.th-koeln.example.org>", "Bachelorarbeit – kurze Umfrage auf Paschtu / لنډه پوښتنپاڼه",
"""Sehr geehrte Damen und Herren,

ich studiere Soziale Arbeit an der TH Köln und schreibe meine Bachelorarbeit über die Wohnsituation afghanischer Familien nach dem Auszug aus Gemeinschaftsunterkünften. Dürfte ich Sie bitten, den folgenden kurzen Text an Ihre paschtusprachigen Teilnehmenden weiterzugeben oder im Workshop auszulegen?

----
سلام،
زه نازیه کریمي یم، د TH Köln محصله. زه د هغو افغان کورنیو په اړه څېړنه کوم چې له Heim څخه خپل کور ته تللي دي یا لا هم د کور په لټه کې دي.
که تاسو ۱۰ دقیقې وخت لرئ، مهرباني وکړئ دا لنډه پوښتنپاڼه ډکه کړئ: https://umfrage.example.org/wohnen-ps
ستاسو نوم نه اخیستل کېږي. ډېره مننه!
----

Vielen Dank im Voraus und freundliche Grüße
Nazia Karimi"""),

I("ps", 0, "clean", "Zarghuna Popal <zarghuna.popal@example.org>", "د ښځو د ګنډلو ډله – بلنه",
"""سلام خویندو او وروڼو،

زه زرغونه پوپل یم. په Refrath کې موږ د افغان ښځو یوه ډله لرو چې هره پنجشنبه سهار (۹:۳۰ – ۱۲:۰۰) ګنډل کوو او یو څه آلماني هم زده کوو. موږ د Familienzentrum خونه کاروو.

زموږ ډېرې ښځې د کور په اړه ډېرې اندېښنې لري، خو د نارینه وو په وړاندې خبرې کول ورته ګران دي. که ستاسو یوه ښځینه همکاره یوه پنجشنبه راشي او د پروګرام په اړه ورسره خبرې وکړي، موږ به ډېرې خوشاله شو. چای او کېک به وي.

مننه
زرغونه پوپل
0152 88417720"""),

I("ps", 0, "clean", "Farid Khan Wardak <farid.wardak@example.com>", "ستاسو پروګرام څنګه کار کوي؟",
"""سلام او احترام،

زه په Köln-Chorweiler کې اوسېږم او له یوې افغاني ټولنې سره په داوطلبانه توګه کار کوم. ما د Bergisch Gladbach د Auszugsmanagement او Wohnungsführerschein په اړه ډېر ښه خبرې اورېدلې دي.

غواړم پوه شم چې دا پروګرام څنګه کار کوي:
- څوک پکې ګډون کولی شي؟
- Workshop څو ورځې دی او په کومه ژبه؟
- تاسو له مالکانو (Vermieter) سره څنګه اړیکه نیسئ؟
- آیا په Köln کې هم داسې پروګرام شته؟

موږ غواړو په خپله سیمه کې هم یو داسې څه پیل کړو.

په درنښت
فرید خان وردګ"""),

L("ps", 0, "reply", "Mirwais Stanikzai <mirwais.stanikzai@example.com>", "Re: Besichtigung Samstag – Familie Sadat",
"""سلام،

د سادات کورنۍ نن راغله، ښه خلک دي. زه موافق یم.
خو یوه پوښتنه: دوی ۴ کسان دي او فلیټ 54 m² دی، Jobcenter به یې ومني؟ Mietvertrag کله لاسلیک کړو؟

میرویس

Am 15.05.2026 um 10:02 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Guten Tag Herr Stanikzai,
> vielen Dank für Ihr Angebot in Refrath. Familie Sadat (Eltern, zwei
> kleine Kinder) würde die Wohnung gern am Samstag um 11 Uhr ansehen.
> Passt Ihnen das?
> Freundliche Grüße
> Integration Wohnen""", date="2026-05-16 14:37"),

L("ps", 0, "clean", "Bibi Gul Rahimi <bibigul.rahimi@example.net>", "زموږ کرایه دار – Schimmel او Lüften",
"""سلام،

تېر کال تاسو زموږ کور ته د کرایه دار په توګه یوه ځوانه جوړه را ولېږله (ښاغلی او مېرمن حیدري). ښه خلک دي او کرایه په وخت راځي.

خو په ژمي کې کړکۍ نه خلاصوي او جامې په کوټه کې وچوي. اوس په خوب کوټه کې Schimmel پیدا شوی. ما ورته وویل، خو دوی ښه آلماني نه پوهېږي او فکر کوي چې زه ترې خفه یم.

آیا تاسو کولی شئ له دوی سره خبرې وکړئ او د Lüften په اړه ورته تشریح کړئ؟ زه نه غواړم Streit وکړم.

مننه
بي بي ګل رحیمي""", date="2026-01-22 09:14"),

L("ps", 0, "formal", "Rahmatullah Niazi <r.niazi@niazi-handel.example.com>", "دوه وړوکي فلیټونه په Bensberg کې – Wohnungsangebot",
"""محترمو مسؤلینو،

السلام علیکم،

زه رحمت الله نیازی یم، د یو وړوکي سوداګریز شرکت (Niazi Handel GmbH) مالک. په Bensberg کې زموږ د دفتر په ودانۍ کې دوه وړوکي فلیټونه خالي دي:
- هر یو ۱ کوټه، 32 m²، Kochnische او Dusche
- کرایه هر یو 390 € warm
- د اګست له لومړۍ نېټې خالي

دا فلیټونه د یوازې ځوانانو یا زده کوونکو لپاره مناسب دي. موږ غواړو هغو کسانو ته یې ورکړو چې د Heim څخه وځي او کار یا Ausbildung لري.

مهرباني وکړئ مناسب کسان را معرفي کړئ. Exposé ضمیمه دی.

په درنښت
رحمت الله نیازی
Niazi Handel GmbH
Tel. 02204 5521870""", attach=["Expose_Bensberg_2x1Zi.pdf"]),

L("ps", 0, "on_behalf", "Wahid Sherzad <wahid.sherzad@example.org>", "زما د پلار کور – Jobcenter مستقیم کرایه ورکوي؟",
"""سلام،

زه د خپل پلار حاجي شیرزاد په استازیتوب لیکم، هغه آلماني نه شي لیکلی.

پلار مې په Paffrath کې یو ۲ کوټیز فلیټ لري (58 m²). مخکې یې خپلوانو ته ورکړی و، هغوی اوس Düsseldorf ته تللي دي. اوس فکر کوي چې ستاسو د پروګرام له لارې یې یوې کورنۍ ته ورکړي، خو لا یې پرېکړه نه ده کړې.

پوښتنې:
۱) آیا Jobcenter کرایه مستقیم مالک ته ورکوي؟
۲) که کرایه دار ووځي او Nebenkosten یا زیانونه پاتې شي، څوک یې ورکوي؟
۳) آیا تاسو Mietvertrag پلار ته په پښتو کې تشریح کولی شئ؟

مننه
وحید شیرزاد
0160 7728813"""),

T("ps", 1, "phone", "Shafiqullah Mohmand <shafiq.mohmand@example.net>", "heim tar dushanbe",
"""سلام نن ماته د Heim لیک راکړل شو چې تر دوشنبې پورې باید کوټه خالي کړم
ځکه ما کار پیدا کړی او وايي نور حق نه لرم
زه کور نه لرم ملګري مې ځای نه لري
نن جمعه ده څه وکړم؟؟
مهرباني وکړئ ژر ځواب راکړئ 0157 30029947
شفیق الله""", date="2026-01-16 15:02"),

T("ps", 0, "on_behalf", "Spozhmai Achakzai <spozhmai.achakzai@example.com>", "زما د مور لپاره کور – Frau Bibi Hawa Achakzai",
"""سلام،

زه سپوږمۍ اڅکزۍ یم. مور مې بي بي حوا ۶۹ کلنه ده او په Hand کې په Unterkunft کې له دوو نورو ښځو سره په یوه کوټه کې اوسېږي. هغه د زړه ناروغي لري او شپه نشي ویده کېدای.

زه او مېړه مې په Gronau کې اوسېږو، خو زموږ کور کوچنی دی. غواړو مور ته مې نږدې یو کوچنی کور پیدا کړو. هغه Grundsicherung اخلي.

آیا هغه ستاسو سره ثبت شوې ده؟ که نه، څنګه یې ثبت کړو؟ زه کولی شم له هغې سره Termin ته راشم او ژباړه وکړم.

مننه
سپوږمۍ اڅکزۍ
0176 22019486"""),

T("ps", 0, "clean", "Shabnam Amiri <shabnam.amiri@example.net>", "د Wohnungsführerschein لپاره نوم لیکنه",
"""سلام،

زه شبنم امیري یم او له دوو ماشومانو سره په Refrath کې په Heim کې اوسېږم. ما واورېدل چې تاسو د کور د موندلو لپاره Workshop لرئ. غواړم په راتلونکي Workshop کې ګډون وکړم.

ماشومان مې تر ۱۲ بجو پورې په Kita کې دي، نو سهار راته ښه دی. آلماني مې A2 ده.

مننه
شبنم امیري"""),

T("ps", 0, "broken", "Rahmat Gul Sapi <rahmatgul.sapi@example.com>", "WBS او Jobcenter",
"""سلام
ما یو کور پیدا کړی په Bensberg کې د Genossenschaft، هغوی WBS غواړي. زه WBS نه لرم
Jobcenter وایي لومړی Mietangebot راوړه
څه وکړم لومړی؟ موږ ۵ کسان یو
د Wohnungsamt Termin ۳ اونۍ وروسته دی خو Genossenschaft تر جمعې صبر کوي
رحمت ګل"""),

S("ps", 0, "other", "Kabul Haus Service <kabulhaus.service@example.net>", "کور په ۷ ورځو کې – بې له Schufa!!",
"""سلام وروڼو او خویندو!

موږ تاسو ته په Köln، Bonn او Bergisch Gladbach کې په ۷ ورځو کې کور پیدا کوو.
نه Schufa، نه Jobcenter کاغذ، نه انتظار!

یوازې ۳۰۰ یورو Vermittlungsgebühr د Western Union یا Ria له لارې زموږ استازي ته په دوبۍ کې ولېږئ او د پاسپورت کاپي په WhatsApp کې راولېږئ: +971 50 000 4417

ځایونه محدود دي! همدا نن اړیکه ونیسئ.
Kabul Haus Service"""),

I("fr", 0, "formal", "Pasteur Emmanuel Kabongo <pasteur.kabongo@eglise-bethel.example.org>", "Mise à disposition de notre salle – Église Béthel / Raumangebot",
"""Madame, Monsieur,

Grâce et paix à vous.

Je suis le pasteur Emmanuel Kabongo, responsable de l'Église Évangélique Béthel, une communauté francophone qui se réunit à Bergisch Gladbach-Gronau depuis 2011. Nos fidèles viennent en majorité de la RDC, du Cameroun, de Côte d'Ivoire et de Guinée. Beaucoup d'entre eux vivent encore en foyer (Heim) et peinent à trouver un logement, malgré un travail et beaucoup de bonne volonté.

Nous souhaitons mettre gracieusement à votre disposition notre salle (environ 70 places, vidéoprojecteur) du lundi au jeudi, pour vos ateliers (Workshops) ou des réunions d'information. Nous serions également honorés de vous accueillir lors de notre culte du dimanche pour une courte présentation de votre programme (10 minutes suffiraient). La traduction en français et en lingala serait assurée par nos soins.

Dans l'attente de votre réponse, veuillez agréer, Madame, Monsieur, l'expression de nos salutations fraternelles.

Que Dieu vous bénisse.

Pasteur Emmanuel Kabongo
Église Évangélique Béthel e.V.
Tél. 0177 4021956""", html="alt"),

I("fr", 0, "clean", "Mamadou Saliou Diallo <ms.diallo@agrb.example.net>", "Invitation – Assemblée générale des Guinéens du Rhein-Berg",
"""Bonjour,

Je vous écris au nom de l'Association des Guinéens du Rhein-Berg (AGRB e.V.). Notre assemblée générale aura lieu le samedi 17 octobre 2026 à 15h, dans la salle paroissiale de Bensberg.

Parmi les points à l'ordre du jour, il y a le logement : beaucoup de nos jeunes ont aujourd'hui un travail ou une Ausbildung, mais restent bloqués en foyer depuis des années. Nous aimerions beaucoup qu'une personne de votre équipe vienne présenter le programme et le Wohnungsführerschein (20 à 30 minutes). La traduction en français, peul et soussou sera assurée.

Merci de nous dire si c'est possible. Un petit repas guinéen est prévu après la réunion !

Cordialement,
Mamadou Saliou Diallo
Secrétaire général, AGRB e.V.
0162 3380157""", date="2026-09-02 18:25"),

L("fr", 0, "clean", "Christelle Mbarga <christelle.mbarga@example.com>", "Studio à louer à Refrath – appartement libre au 1er septembre",
"""Bonjour Madame, Monsieur,

Je m'appelle Christelle Mbarga, je suis infirmière à Cologne et propriétaire d'un studio à Refrath (29 m², kitchenette, douche, cave) que j'habitais avant mon mariage. Il sera libre à partir du 1er septembre.

Loyer : 380 € hors charges (kalt) + 95 € de charges (Nebenkosten).

Une amie de l'église m'a parlé de votre programme. Je préférerais une femme seule ou un(e) étudiant(e), calme et non-fumeur. Est-ce que je signe le contrat directement avec la personne ou avec la ville ? Et est-ce que le Jobcenter paie la caution ?

Bien à vous,
Christelle Mbarga
0176 45509318""", charset="windows-1252"),

L("fr", 0, "oneliner", "Patrice Ndong <patrice.ndong@example.net>", "Re: Visite du studio – M. Camara",
"""Bonjour, M. Camara est venu hier, très poli. C'est d'accord pour moi, il peut signer le bail la semaine prochaine. Envoyez-moi la Mietbescheinigung à remplir svp. P. Ndong"""),

T("fr", 0, "broken", "Alpha Oumar Bah <alphaoumar.bah@example.net>", "recherche logement urgent svp",
"""bonjour madame monsieur
je suis alpha oumar bah je vie au heim de paffrath depuis 2 ans. je travaille comme lagerhelfer a 100% contrat unbefristet
je cherche un petit appartement 1 piece ou une WG. partout on me dit non, a cause de mon nom je pense ou parce que je suis etranger
j'ai fait le wohnungsführerschein en mars j'ai le papier
svp aidez moi je suis fatigué du heim, 4 personnes dans la chambre, je dors pas bien avant le travail
merci beaucoup
alpha"""),
]
