"""r5small batch 01: Kurdish (Kurmanji Latin script and Sorani Arabic script): landlord offers and follow-ups from
community members who own or manage flats, inquiries (associations, mosque, translator, other offices,
neighbour, furniture), tenant requests (one urgent) and one rental scam."""
from mailwriter import T, L, I, S

MAILS = [
L("ku", 0, "clean", "Rojhat Tekin <rojhat.tekin@example.net>", "Xaniyek li Refrathê – ji bo malbateke ji Heimê",
"""Rojbaş,

navê min Rojhat Tekin e, ez 22 sal in li Bergisch Gladbachê dijîm. Sala 2014an min li Refrathê xaniyek (Eigentumswohnung) kirî: 3 ode, mitbex, serşok, balkon, 74 m², qata duyem. Kirêdarê min ê berê dawiya meha Sibatê bar kir û xanî niha vala ye.

Ez dixwazim xanî bidim malbateke ku niha li Heimê dimîne. Dema ez bi xwe hatim Almanyayê, ez jî du salan li Heimê mam – ez dizanim ew jiyan çiqas zor e.

Berî ku ez biryara dawî bidim, çend pirsên min hene:
1. Jobcenter kirê rasterast dişîne hesabê min, an ew dide malbatê?
2. Kaution kî dide – Jobcenter an malbat bi xwe?
3. Heke zirar bigihîje xanî, ji aliyê we ve garantiyek heye?

Kaltmiete 690 €, Nebenkosten 170 €. Ez dikarim hefteya bê xanî nîşan bidim, piştî saet 17:00.

Bi silav û rêz
Rojhat Tekin
0176 48230917""", charset="windows-1254"),

L("ku", 0, "oneliner", "Zana Aydın <zana.aydin@example.com>", "Re: Besichtigung Schildgen",
"""silav, malbat duh hat, ez wan digirim. Mietvertrag ez amade dikim, hûn kengê dikarin werin? Zana"""),

L("ku", 0, "formal", "Karwan Aziz Ahmed <karwan.aziz@markt.example.org>", "شوقە لە سەرووی دوکانەکەم – Gronau",
"""بەڕێزان، تیمی Integration Wohnen

سڵاو و ڕێز. من ناوم کاروان عەزیز ئەحمەدە، خاوەنی سوپەرمارکێتێکی بچووکم لە Gronau (Bergisch Gladbach). لە سەرووی دوکانەکەمەوە شوقەیەک هەیە کە موڵکی خۆمە: دوو ژوور و هۆڵێک، چێشتخانە، حەمام، نزیکەی ٦٥ مەتر دووجا. کرێچیی پێشوو مانگی ڕابردوو ڕۆیشت.

دەمەوێت ئەم شوقەیە بە خێزانێک بدەم کە ئێستا لە Heim دەژین. هاوڕێیەکم پێی وتم کە ئێوە یارمەتیی خاوەن خانووەکان دەدەن و خێزانی گونجاو پێشنیار دەکەن.

Kaltmiete: ٥٩٠ یۆرۆ
Nebenkosten: ١٤٠ یۆرۆ
ئامادەیە لە: ١ی ئایار

تکایە پێم بڵێن چ بەڵگەنامەیەک لە من پێویستە و کەی دەتوانن خێزانێک بنێرن بۆ Besichtigung.

لەگەڵ ڕێزدا
کاروان عەزیز ئەحمەد
Aziz Markt, Gronau
0157 31186402""", attach=["Grundriss_Wohnung_OG.jpg"]),

L("ku", 0, "mixed_language", "Berfin Yıldız <berfin.yildiz@example.org>", "Besichtigung verschieben",
"""Merheba Frau Schäfer,

Besichtigung ji bo Wohnung li Hand ku me ji roja Duşemê re danîbû – ez nikarim, roja Duşemê Termina min li Köln heye (Notar). Ma em dikarin bikin roja Sêşemê, saet 15:00? Heke ji malbatê re ne baş be, Çarşem jî dibe, piştî 16:00.

Bitte sagen Sie der Familie Bescheid, ich spreche kein Arabisch und die Familie noch wenig Deutsch.

Spas
Berfin Yıldız"""),

L("ku", 0, "reply", "Hawre Kamal <hawre.kamal@example.com>", "AW: Familie Rahimi – Mietvertrag",
"""سڵاو،
ئەمڕۆ لەگەڵ خێزانی ڕەحیمی Mietvertrag واژۆ کرا. کۆپیەکەی بۆ کێ بنێرم؟ بۆ ئێوە یان بۆ Jobcenter؟ یان بۆ هەردووکیان؟ کۆپیەکی سکانکراوم هاوپێچ کردووە.
سوپاس
هاوڕێ کەمال

Am 12.03.2026 um 10:41 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrter Herr Kamal,
>
> vielen Dank, dass Sie sich für Familie Rahimi entschieden haben. Bitte
> geben Sie uns kurz Bescheid, sobald der Mietvertrag unterschrieben ist,
> damit wir die Familie beim Antrag auf Übernahme der Kosten unterstützen
> können.
>
> Mit freundlichen Grüßen
> Integration Wohnen""", attach=["Mietvertrag_Rahimi_unterschrieben.pdf"], date="2026-03-14 18:22"),

L("ku", 0, "broken", "Sherzad Doğan <sherzad.dogan@example.net>", "kirêdar elektrîk nade",
"""silav
ez xwediyê xaniyê li Paffrath im, malbata Hüseynî ku we sala par bi cih kir. kirê ji Jobcenter tê baş e, lê elektrîk (Strom) li ser navê min e û 4 meh e ew pere nadin. 380 euro. min 3 caran got, dibêjin "em ê bidin".
ez naxwazim şer bikim, malbat baş e, zarok baş in, lê wisa nabe. hûn dikarin bi wan re biaxivin? an divê ez Strom bidim ser navê wan, çawa dibe?
Sherzad"""),

L("ku", 0, "clean", "Dilan Kaya <dilan.kaya@example.org>", "Mala bavê min – pirsek berî biryarê",
"""Silav û rêz,

bavê min par çû ser dilovaniya Xwedê. Ji wî re xaniyek li Moitzfeldê ma, xaniyek du qatî. Qata jêrîn ez û birayê xwe ji bo tiştên malê bi kar tînin, lê qata jorîn vala ye: 2 ode, mitbex, serşok, nêzî 58 m².

Birayê min dibêje em bidin malbateke ku li Heimê ye, lê ez hinekî ditirsim. Me qet xanî nedabû kirê. Pirsên min:
- Heke kirêdar kirê nede, kî berpirsiyar e?
- Heke tiştek bişkê, garantî (Bürgschaft) heye?
- Hûn piştî ku malbat bi cih bû jî alîkariyê didin, an tenê heta Mietvertrag?

Em hê biryar nedane. Heke hûn dikarin telefon bikin, ez ji 17:00 şûnde li malê me.

Dilan Kaya
0152 77410386"""),

L("ku", 0, "on_behalf", "Karzan Hussein <karzan.hussein@example.com>", "شوقەی براکەم لە Hand",
"""سڵاو،

براکەم لە سوید دەژی و شوقەیەکی لە Hand هەیە کە چەند ساڵ لەمەوبەر کڕیویەتی. ئەو منی کردووە بە بەرپرسی شوقەکە (Vollmacht م هەیە). ئێستا شوقەکە بەتاڵە: سێ ژوور، قاتی یەکەم، باخچەیەکی بچووک.

براکەم دەیەوێت بە خێزانێکی پەنابەر بیدات کە لە Heim دەژین، بەڵام هەموو شتێک لە ڕێگەی منەوە دەبێت چونکە ئەو لێرە نییە.
ئایا ئەمە کێشە نییە؟ Mietvertrag بە ناوی ئەو دەبێت بەڵام من بە Vollmacht واژۆی دەکەم.

سوپاس
کارزان حسێن
0163 5520718""", attach=["Vollmacht_Hussein.pdf"]),

I("ku", 0, "clean", "Navenda Çanda Kurdî <info@navenda-kurdi.example.org>", "Vexwendin: Şeva Newrozê – 21ê Adarê",
"""Hevalên hêja yên Integration Wohnen,

wek her sal, Navenda Çanda Kurdî ya Bergisch Gladbachê şahiya Newrozê li dar dixe. Îsal şahî dê roja Şemiyê, 21ê Adarê, ji saet 17:00 heta 23:00 li Bürgerhausê be. Em li benda nêzî 300 mêvanan in – malbat, ciwan, kal û pîr.

Gelek endamên me hê jî li Heimê dimînin û bi salan e li xanî digerin. Ji ber vê yekê em dixwazin 10–15 deqîqe wext bidin yek ji we, da ku hûn bi kurtî bibêjin ka bernameya we çawa dixebite, Workshop çi ye û mirov çawa dikare beşdar bibe. Wergera Kurmancî û Soranî em bi xwe amade dikin.

Ger hûn bixwazin, hûn dikarin maseyek agahdariyê jî deynin, bi belavok (Flyer) û hwd.

Ji kerema xwe heta 10ê Adarê bersiva me bidin, da ku em bernameyê çap bikin.

Bi silavên germ
Lokman Aslan
Serokê komeleyê
Navenda Çanda Kurdî Bergisch Gladbach e.V.
Tel. 02202 5540312""", attach=["Newroz_Programm.pdf"], html="alt"),

I("ku", 0, "formal", "Komeley Mizgewti Nûr <mizgewt.nur@example.net>", "بانگهێشت بۆ شەوی زانیاری",
"""بەڕێز تیمی Integration Wohnen،

سڵاوێکی گەرم. ئێمە کۆمەڵەی مزگەوتی نوور لە Bensberg، زیاتر لە ١٥٠ خێزانی کورد و عەرەب هاوکاری دەکەین. لە مانگی داهاتوودا شەوێکی زانیاری بۆ ئەندامەکانمان ڕێک دەخەین دەربارەی ژیان لە ئەڵمانیا: قوتابخانە، کار، و خانوو.

دەمانەوێت کەسێک لە تیمەکەتان بانگهێشت بکەین بۆ ئەوەی بۆ ماوەی نیو سەعات باسی بەرنامەکەتان بکات. ڕێکەوتی پێشنیارکراو: هەینی ١٧ی نیسان، سەعات ٧:٣٠ی ئێوارە.

ئەگەر ئەم ڕێکەوتە گونجاو نییە، تکایە ڕێکەوتێکی تر پێشنیار بکەن. هۆڵەکە جێی ٨٠ کەسی تێدا دەبێتەوە و پرۆجێکتەرمان هەیە.

لەگەڵ ڕێزدا
مامۆستا عومەر فەتاح
بەڕێوەبەری کۆمەڵە"""),

I("ku", 0, "clean", "Azad Bilgin <azad.bilgin@example.com>", "Alîkarî wekî wergêr (Kurmancî, Soranî, Tirkî)",
"""Silav,

ez Azad im, xwendekarê zanîngeha Kolnê me û li Schildgenê dimînim. Ez Kurmancî, Soranî, Tirkî û Almanî baş dizanim. Di dema xwe ya vala de ez dixwazim wekî dilxwaz (ehrenamtlich) alîkariyê bidim: wergera li Termînan, li Besichtigungan, an jî di Workshopan de.

Ji bo kîjan malbatê be ne girîng e, ez dixwazim bi giştî alîkar bim. Ez çi bikim – formek heye, an divê ez werim cem we?

Silav
Azad Bilgin
0178 2209154"""),

I("ku", 0, "broken", "Hêvî Ekinci <hevi.ekinci@example.net>", "kita cih",
"""silav
kurê min 3 salî ye, em li Herkenrath dijîn di xaniyê xwe de. ji bo Kita cih nîn e, min li 4 Kitayan nivîsî, kes bersiv nade. kî alîkariya Kita Platz dike? ma hûn dikarin bibêjin kîjan ofîs? zimanê min ê almanî kêm e
spas"""),

I("ku", 0, "machine_translated", "Nasrin Mahmud <nasrin.mahmud@example.org>", "Kindergeld Frage",
"""Hallo, ich schreibe mit Google übersetzen. Meine Kindergeld ist gestoppt seit 2 Monat. Familienkasse sagt ein Papier fehlt. Wo ich muss gehen? Danke.

----
سڵاو، کیندەرگێڵدی منداڵەکانم دوو مانگە ڕاگیراوە. Familienkasse نامەیەکی ناردووە دەڵێت بەڵگەنامەیەک کەمە، بەڵام تێناگەم کامە. نازانم بچم بۆ کوێ. ئایا ئێوە دەتوانن یارمەتیم بدەن یان ناونیشانی ئۆفیسی دروست پێم بدەن؟
نەسرین مەحموود"""),

I("ku", 0, "mixed_language", "Welat Demir <welat.demir@example.com>", "Termin Ausländerbehörde – Aufenthaltstitel",
"""Merheba,

Aufenthaltstitel min 30ê Nîsanê diqede. Ez 2 meh in dixwazim Termin bigirim li Ausländerbehörde, lê telefon qet nayê vekirin, online jî tu Termin tune. Ma hûn dikarin ji min re bibêjin ez çi bikim? Ez ditirsim ku karê min ji dest here, Arbeitgeber Fiktionsbescheinigung dixwaze.

Danke
Welat Demir"""),

I("ku", 0, "clean", "Ferhat Özer <ferhat.oezer@example.net>", "Gilî ji ber Heimê li kuçeya me",
"""Rojbaş,

ez li Heidkampê, li kêleka avahiya Heimê dijîm. Ez bi xwe jî Kurd im û dizanim jiyana li wir çiqas zor e, ji ber vê yekê min heta niha tiştek negotibû. Lê ev 3 hefte ne ku çop (Müll) li ber deriyê min tê danîn, û şevan heta saet 2an deng û muzîk heye. Zarokên min sibehê diçin dibistanê.

Ez nizanim ev karê we ye an yê kesekî din, lê ji kerema xwe bibêjin ez ji kê re binivîsim.

Spas
Ferhat Özer"""),

I("ku", 0, "phone", "Gulistan Polat <gulistan.polat@example.org>", "mobilya",
"""silav em bar dikin diçin Leverkusen. kanepe 3 kes, dolab, maseya xwarinê bi 6 kursî, 2 nivînên zarokan hemû baş in. em dixwazin bidin malbatên ku nû xanî girtine belaş. kî tê digire? heta 28ê divê em derkevin
Gulistan 0151 60392271"""),

T("ku", 0, "broken", "Bawer Kılıç <bawer.kilic@example.com>", "xanî lazim",
"""silav
ez Bawer im, 3 sal in em li Heimê Bensberg in. ez, jina min, 3 zarok (8, 5, 1 salî). odeyek tenê ye, zarok nikarin xew bikin. min li ImmoScout 60 xanî nivîsî, kes bersiv nade. WBS min heye. ji kerema xwe alîkarî bikin. ez dikarim Workshop jî bikim.
Bawer Kılıç
0152 19047736"""),

T("ku", 0, "on_behalf", "Rebwar Salih <rebwar.salih@example.net>", "بۆ دایکم – پێویستی بە شوقەی بێ پلیکانە هەیە",
"""سڵاو،

من ڕێبوار ساڵحم، بۆ دایکم دەنووسم، خاتوو فاتمە محەمەد (لەدایکبووی ١٩٥٤). دایکم دوو ساڵە لە Heim ی Refrath دەژی. ئەژنۆکانی زۆر نەخۆشن و ناتوانێت پلیکانە سەربکەوێت، بەڵام ژوورەکەی لە قاتی دووەمە و ئاسانسۆر نییە.

ئایا دەتوانن شوقەیەکی بچووک بۆی بدۆزنەوە لە قاتی خوارەوە یان بە ئاسانسۆر؟ من خۆم لە Köln دەژیم، بۆیە ناتوانم هەموو ڕۆژێک یارمەتی بدەم.
Attest ی دکتۆرەکەی هاوپێچ کردووە.

سوپاس
ڕێبوار ساڵح
0176 91127340""", attach=["Attest_Fatme_Mohammed.pdf"]),

T("ku", 0, "phone", "Diyar Şahin <diyar.sahin@example.org>", "workshop",
"""silav ez dixwazim beşdarî Workshop bibim (Wohnungsführerschein) kengê dest pê dike? ez li Heimê Paffrath im. almaniya min A2 e, baş e? Diyar"""),

T("ku", 1, "clean", "Rûken Ateş <ruken.ates@example.com>", "Lezgîn – ez û zarok nikarin vegerin malê",
"""Silav,

ez Rûken im. Sala par we alîkariya me kir ku em xaniyek li Bensbergê bibînin. Mêrê min duh şev dîsa li min xist, polîs hat û ew 10 rojan ji malê derxist (Wohnungsverweisung). Lê ew dibêje piştî 10 rojan ew ê vegere.

Ez niha bi 2 zarokan li cem hevalekê me li Refrathê, lê ew tenê heta roja Înê dikare me bihewîne.

Ez nikarim vegerim wê xaniyê. Mietvertrag li ser navê her duyan e. Ji kerema xwe, ez çi bikim? Cihekî ewle (Frauenhaus?) an xaniyekî din?

Ji kerema xwe zû bersiv bidin.
Rûken Ateş
0157 44082915""", date="2026-01-20 07:12"),

T("ku", 0, "mixed_language", "Serhat Baran <serhat.baran@example.net>", "Wohnung gefunden – Jobcenter Zustimmung?",
"""Hallo,

min xaniyek dît li Gronau, 2 Zimmer, 48 m², warm 610 €. Vermieter dibêje ew dixwaze heta roja Înê bersiv bigire. Jobcenter dibêje divê ez Mietangebot bînim, lê Vermieter hê Mietangebot nedaye, tenê Exposé. Ez çi bikim? Ma hûn dikarin bi Jobcenter re biaxivin? Ev kirê angemessen e an na?

Exposé im Anhang.
Serhat Baran""", attach=["Expose_Gronau_2Zi.pdf"]),

S("ku", 0, "other", "Xanî Bê SCHUFA <kiralik.ev24@mail.example.net>", "XANÎ BÊ SCHUFA – TENÊ 250€ 🔑",
"""Silav hevalno!!!

XANÎ LI BERGISCH GLADBACH – BÊ SCHUFA, BÊ JOBCENTER, BÊ KAUTION!!!
2-3 ode, ji 450€ warm. Heta îro 8 xanî vala ne.

Tenê Bearbeitungsgebühr 250€ bi WESTERN UNION bişînin ser navê "M. Karimov, Riga". Piştî ku pere hat, em mifteyê bi DHL dişînin.

WhatsApp: +371 2000 4471
Lez bikin, cih kêm in!!!""", html="only"),
]
