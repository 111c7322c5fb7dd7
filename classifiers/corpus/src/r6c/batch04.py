"""r6c batch 04: fifteen Kurdish, Kurmanji and Sorani (a culture-centre info evening, Kita and school questions, a
neighbour, a researcher; owners offering flats, an heir, guarantees, a placed tenant in arrears, a short yes after a
viewing; tenant requests: Schufa, a misspelt certificate, a Jobcenter limit; one rental scam) and five Pashto (an
Eid invitation, a volunteer translator, two owners, one tenant writing Pashto in Latin letters)."""
from mailwriter import T, L, I, S

MAILS = [
I("ku", 0, "mixed_language", "Sazan Kakai <sazan.kakai@example.org>", "ئێوارەی زانیاری بۆ خێزانە کوردەکان – Infoabend Wohnen",
"""Hallo, سڵاو،

من سازان کاکەییم، لە ناوەندی ڕۆشنبیریی کوردستان لە Bergisch Gladbach-Heidkamp کار دەکەم (ehrenamtlich).

ئێمە دەمانەوێت لە ١٥ی تشرینی یەکەم (Mittwoch, 15.10., 18:30 Uhr) Infoabend ێک ڕێک بخەین بۆ خێزانە کوردەکان دەربارەی Wohnungssuche، Jobcenter و Schufa. زۆرێک لە ئەندامەکانمان هێشتا لە Heim دەژین و پرسیاری زۆریان هەیە.

ئایا دەتوانن یەکێک لە کارمەندەکانتان بنێرن بۆ نیو کاتژمێر؟ ژوورەکەمان بەخۆڕاییە، Beamer مان هەیە، وەرگێڕانیش بۆ سۆرانی و بادینی ئامادە دەکەین.

Vielen Dank und liebe Grüße
سازان کاکەیی
Kulturzentrum Kurdistan e.V.""", date="2025-09-16 11:05"),

I("ku", 0, "phone", "Dilan Xalid <dilan.xalid@example.net>", "kita cih",
"""silav keça min 2 salî ye, em 3 meh berê ji Heimê derketin û niha li Gronau dijîn
ji bo kitayê ez li ku derê serî lê bidim? Jugendamt?
em ji Kita-Navigator tiştek fam nakin
spas dilan"""),

I("ku", 0, "clean", "Mehmet Temo <mehmet.temo@example.com>", "Xaniyê vala li cem me – Frage als Nachbar",
"""Rojbaş,

Ez li Herkenrathê dijîm. Xaniyê li kêleka me bi mehan vala ye; niha karker tên û diçin, û cîran dibêjin ku ew ê bibe Unterkunft ji bo penaberan.

Ez bi xwe jî sala 1998an wek penaber hatim, ez ne li dijî wê me. Lê cîran ditirsin û pirsan ji min dikin, ji ber ku ez "ê biyanî" me. Em dixwazin zanibin: ev rast e? Çend kes dê li wir bijîn? Ma civîneke agahiyê ji bo cîranan heye?

Eger wisa be, ez dikarim alîkariyê jî bikim: ez Kurmancî, Erebî û Tirkî dizanim.

Bi silav
Mehmet Temo"""),

I("ku", 0, "formal", "Awat Jalal <awat.jalal@uni-goettingen.example.net>", "داواکاری بۆ چاوپێکەوتن – توێژینەوەی دکتۆرا (Interviewanfrage)",
"""بەڕێزان،

من ئاوات جەلالم، قوتابیی دکتۆرا لە بەشی جوگرافیای مرۆیی لە زانکۆی گۆتینگن. توێژینەوەکەم دەربارەی نیشتەجێبوونی پەنابەرە کوردەکانی عێراق و سووریایە لە شارە مامناوەندەکانی ئەڵمانیا، و بە تایبەتی ڕۆڵی پرۆژە شارەوانییەکان لە دۆزینەوەی خانوو.

داوای چاوپێکەوتنێکی نزیکەی ٤٥ خولەکی دەکەم لەگەڵ یەکێک لە کارمەندەکانتان، بە شێوەی ڕاستەوخۆ یان بە Zoom. هەموو زانیارییەکان بێناو (anonym) دەبن. ئەگەر بکرێت، ئامارێکی گشتی دەربارەی ژمارەی ئەو کەسانەی بە ڕێگەی پرۆژەکەتانەوە خانوویان دۆزیوەتەوە زۆر بەسوود دەبێت.

Kurz auf Deutsch: Bitte um ein Experteninterview (ca. 45 Min.) für meine Dissertation; Einwilligungserklärung und Projektbeschreibung liegen bei.

لەگەڵ ڕێزدا
ئاوات جەلال
Georg-August-Universität Göttingen""", attach=["Projektbeschreibung_Jalal.pdf"], html="alt"),

I("ku", 0, "broken", "Nûjiyan Mihemed <nujiyan.mihemed@example.org>", "dibistan ji bo kurê min",
"""silav
em 2 hefte berê ji Dortmundê hatin Bergisch Gladbach, ji ber karê mêrê min. xanî heye, spas ji Xwedê.
kurê min 11 salî ye, hîn dibistan tune. li ku derê em wî qeyd bikin? Schulamt? ez nizanim kîjan ofîs e
ger ne hûn bin, ji kerema xwe ji min re bêjin kî
Nûjiyan"""),

L("ku", 0, "formal", "Dr. Sherko Salih <sherko.salih@example.com>", "شوقەی سێ ژووری بۆ کرێ لە Hand – Wohnungsangebot",
"""بەڕێزان،

من دکتۆر شێرکۆ ساڵحم، پزیشکم لە Köln. شوقەیەکم هەیە لە Bergisch Gladbach-Hand:
- ٣ ژوور، ٨١ m²، بالکۆن، Tiefgarage
- لە ١ی تەممووزەوە بەتاڵ دەبێت
- کرێ: 790 € kalt + 230 € Nebenkosten

حەز دەکەم بیدەم بە خێزانێک کە ماوەیەکی زۆرە بەدوای ماڵدا دەگەڕێت. من خۆم ساڵی ١٩٩٦ وەک پەنابەر هاتمە ئەڵمانیا و دەزانم دۆزینەوەی ماڵ چەند قورسە.

Grundriss ەکەم هاوپێچ کردووە. تکایە بۆ Besichtigung پەیوەندیم پێوە بکەن، باشترە ڕۆژی شەممە.

لەگەڵ ڕێزدا
د. شێرکۆ ساڵح
Tel. 0221 99823410""", attach=["Grundriss_Hand_3Zi.pdf"]),

L("ku", 0, "clean", "Nafiya Xidir <nafiya.xidir@example.net>", "Xaniyek ji bo malbateke Êzîdî?",
"""Silav,

Em malbateke Êzîdî ne ji Şingalê, ji sala 2008an ve li Almanyayê ne. Me li Paffrath xaniyek kirî; qata jorîn (2 ode, 55 m², metbex û serşok) vala ye.

Em dixwazin wê bidin malbateke ku ji Şingalê hatiye, ji ber ku em dizanin çi hat serê wan. Ma ev gengaz e, an divê hûn ji her kesî re vekirî bin? Ger ne gengaz be, em ê dîsa jî bidin malbateke din.

Kirê em ê zêde naxwazin: 480 € warm. Jobcenter ne pirsgirêk e.

Spas û silav
Nafiya Xidir
0157 34409126"""),

L("ku", 0, "reply", "Rebwar Hasan <rebwar.hasan@example.org>", "AW: Mieter Familie N. – Mietrückstand",
"""سڵاو،

سوپاس بۆ وەڵامەکەتان. بەڵام کێشەکە هێشتا چارەسەر نەبووە: Jobcenter لە مانگی ئابەوە (August) کرێکە نادات، چونکە کاک نەبەز کاری دۆزیوەتەوە. ئەو دەڵێت مووچەی یەکەمی هێشتا نەهاتووە. ئێستا دوو مانگ کرێ ماوە (1.540 €).

نامەوێت Kündigung بکەم، خێزانێکی باشن. بەڵام منیش قیستی بانکم هەیە. دەتوانن قسەی لەگەڵ بکەن یان بە Jobcenter بڵێن؟

ڕێبوار حەسەن

Am 02.10.2025 um 11:47 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Hasan,
> danke für Ihre Nachricht. Wir haben Familie N. gebeten, den
> Weiterbewilligungsantrag beim Jobcenter zu stellen. Bitte melden Sie
> sich, wenn die Miete für Oktober nicht eingeht.
> Mit freundlichen Grüßen
> Integration Wohnen""", date="2025-10-14 20:11"),

L("ku", 0, "phone", "Welat Çiçek <welat.cicek@example.com>", "jobcenter kirê rasterast?",
"""silav
xaniyekî min ê 1 odeyî li Schildgen heye 34 m2. hîn min biryar neda
pirsa min: Jobcenter kirê rasterast dide min? û eger kirêdar zirarê bide xanî, bajar Bürgschaft dide an na?
eger erê ez ê bidim
welat"""),

L("ku", 0, "machine_translated", "Jiyan Rêşo <jiyan.reso@example.net>", "Xaniyê mîrasî li Schildgen – pirs ji bo kirê",
"""Silav ji we re,

Ez û xwişka min xaniyek ji apê me yê mirî bi mîrasî girtin. Xanî li Schildgen e, 2 ode û salon, 64 m². Apê me bê zarok bû û xanî ji me re hişt.

Xanî pêdivî bi hin tamîrê heye (Badezimmer kevn e, paceyên jî). Em difikirin ku kirê bidin bi rêya bernameya we, lê em nizanin gelo xanî di vê rewşê de tê qebûlkirin an na. Gelo hûn dikarin werin û binêrin? Kirê em dixwazin li gorî Mietspiegel be.

Bi rêz û hurmet
Jiyan Rêşo û Gulê Rêşo"""),

L("ku", 0, "oneliner", "Sirwan Aziz <sirwan.aziz@example.com>", "کاک ئەحمەد – باشە",
"""سڵاو، کاک ئەحمەد و خێزانەکەی دوێنێ شوقەکەیان بینی، من ڕازیم. کەی Mietvertrag واژۆ بکەین؟ سیروان"""),

T("ku", 0, "mixed_language", "Şêrko Hemo <serko.hemo@example.net>", "Wohnungssuche / Schufa pirs",
"""Hallo, silav,

ich heiße Şêrko Hemo, ez 29 salî me û li Heimê li Hand dimînim. Ich arbeite seit einem Jahr Vollzeit im Lager (unbefristet).
Ez li xaniyekî 1–2 odeyî digerim. Gelek Vermieter Schufa-Auskunft dixwazin.

- Ez çawa Schufa distînim? Belaş e?
- Sala 2022an min Handyvertrag dereng da, dibe ku negatîf be. Ma ev pirsgirêkeke mezin e?
- Ma ez dikarim beşdarî Workshopê jî bibim?

Danke, spas
Şêrko"""),

T("ku", 0, "clean", "Avin Rashid <avin.rashid@example.org>", "Teilnahmebestätigung – ناوم بە هەڵە نووسراوە",
"""سڵاو،

من لە Workshop ی مانگی ئەیلوول بەشدار بووم و بڕوانامەکەم وەرگرت، زۆر سوپاس.
بەڵام ناوەکەم بە هەڵە نووسراوە: "Avin Rachid" لە جیاتی "Avin Rashid" وەک لە Aufenthaltstitel دا هەیە.

خاوەن ماڵێک لە Gronau داوای کردووە و دەترسم کێشە دروست بێت. دەتوانن یەکێکی نوێ بۆم بنێرن؟

سوپاس
ئاڤین ڕەشید"""),

T("ku", 0, "reply", "Hezha Aziz <hezha.aziz@example.net>", "AW: Ihre Wohnungsanfrage – nächste Schritte",
"""سڵاو خاتوو Yilmaz،

سوپاس بۆ نامەکەت. ئەو بەڵگانەی داوات کردبوو ناردم بۆ Jobcenter (Mietangebot، Grundriss). بەڵام Jobcenter دەڵێت کرێکە ٤٠ یۆرۆ لە Angemessenheitsgrenze زیاترە.

خاوەن ماڵ دەڵێت تا هەینی چاوەڕێ دەکات. چی بکەم؟ دەتوانم ئەو ٤٠ یۆرۆیە لە پارەی خۆم بدەم؟

هێژا

Am 11.05.2026 um 09:30 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Liebe Frau Aziz,
> schön, dass Sie eine Wohnung gefunden haben. Bitte reichen Sie das
> Mietangebot und den Grundriss beim Jobcenter ein und warten Sie die
> Zusicherung ab, bevor Sie den Vertrag unterschreiben.
> Viele Grüße
> S. Yilmaz""", date="2026-05-13 16:48"),

S("ku", 0, "machine_translated", "Mark Hoffmann <mark.hoffmann.vermietung@example.net>", "Xanî li Bergisch Gladbach – 3 ode, 420 € – bi lez",
"""Silav hêja,

Ez Mark Hoffmann im, niha li Spanyayê dixebitim. Xaniyê min li Bergisch Gladbach (3 ode, 80 m²) bi tevahî 420 € e, Nebenkosten tê de.

Ji ber ku ez ne li Almanyayê me, ji kerema xwe Kaution 2 meh (840 €) bi Western Union ji parêzera min re li Madrîdê bişînin. Piştre kilît û peyman bi postê tên mala we. Kopiya pasaportê jî bişînin.

Gelek kes dixwazin, zû bersivê bidin!
Mark Hoffmann"""),

I("ps", 0, "clean", "Hamidullah Zadran <hamidullah.zadran@example.org>", "بلنه: د اختر ګډه غونډه – Einladung Eid-Fest",
"""درنو همکارانو،

السلام علیکم،

زه حمیدالله ځدراڼ یم، په برګیش ګلادباخ کې د افغانانو د فرهنګي ټولنې مشر. موږ د کوچني اختر په مناسبت یوه ګډه غونډه جوړوو: د شنبې په ورځ، ۲۸ مارچ، له ماسپښین ۲ بجو تر ماښام ۷ بجو، د Moitzfeld په Gemeindesaal کې.

زموږ ډېر غړي لا هم په Heim کې اوسېږي او کلونه کېږي چې د کور په لټه کې دي. غواړو تاسو ته بلنه درکړو چې یو یا دوه کسان راشي او په لنډه توګه د خپل پروګرام او Wohnungsführerschein په اړه معلومات ورکړي. پښتو او دري ژباړه موږ پخپله برابروو.

مهرباني وکړئ تر ۲۰ مارچ پورې موږ ته خبر راکړئ.

په درنښت
حمیدالله ځدراڼ
د افغانانو فرهنګي ټولنه – Afghanischer Kulturverein BGL e.V.
0176 22813390""", date="2026-03-05 14:20"),

I("ps", 0, "clean", "Palwasha Safi <palwasha.safi@example.net>", "داوطلبانه ژباړه – پښتو، دري، اردو",
"""سلام،

زما نوم پلوشه صافي دی. ۲۷ کلنه یم او په Bensberg کې اوسېږم. له ۲۰۱۶ راهیسې په آلمان کې یم او اوس په یوه Apotheke کې د PTA په توګه کار کوم. پښتو، دري، اردو او آلماني ښه پوهېږم.

غواړم په داوطلبانه (ehrenamtlich) توګه له تاسو سره مرسته وکړم: په Termine کې ژباړه، له خلکو سره Jobcenter ته تلل، یا په Workshops کې. په اونۍ کې دوه ماښامونه او د شنبې ورځ وزګاره یم.

که اړتیا وي، راته ووایاست چې څنګه نوم ثبت کړم.

مننه
پلوشه صافي"""),

L("ps", 0, "mixed_language", "Mirwais Stanikzai <mirwais.stanikzai@example.com>", "Wohnung in Refrath frei – کور د کرایې لپاره",
"""Guten Tag, السلام علیکم،

زه میرویس ستانکزی یم. ما په Refrath کې یو فلیټ اخیستی دی: ۲ کوټې، 54 m²، 1. OG، Balkon. د جون له لومړۍ نېټې خالي کېږي.
کرایه: 560 € kalt + 160 € Nebenkosten.

غواړم یوې وړې کورنۍ یا یوې جوړې ته یې ورکړم. Jobcenter ستونزه نه ده. زه له Montag تر Freitag کار کوم، نو Besichtigung د شنبې په ورځ ښه ده.

Mit freundlichen Grüßen / په درنښت
Mirwais Stanikzai
0171 6630284"""),

L("ps", 0, "broken", "Gul Agha Mangal <gulagha.mangal@example.net>", "سوال د ضمانت په باره کې",
"""سلام ورور
زما یو کور دی په Heidkamp کې ۳ کوټې. غواړم کرایه یې ورکړم خو ډار لرم
که کرایه دار کرایه ورنکړي څوک یې ورکوي؟ ښار ضمانت ورکوي؟
که کور خراب کړي څوک پیسې ورکوي؟
تر اوسه مې فیصله نه ده کړې. مهرباني وکړئ ځواب راکړئ
ګل آغا"""),

T("ps", 0, "phone", "Naqibullah Ahmadzai <naqib.ahmadzai@example.net>", "kor ghwaram",
"""salam ma naqibullah yam pa heim paffrath ke osegam 3 kala
lager ke kar kawam vollzeit, jobcenter na pese na akhlam khpal mash 1900 brutto
yawa kota ya dwa kote kor ghwaram
workshop ma karay dey 2024 bescheinigung ma sara shta
ta sara komak kawalay shi? manana"""),
]
