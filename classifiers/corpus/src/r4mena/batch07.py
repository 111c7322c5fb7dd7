"""r4mena batch 07: Kurdish (Kurmanji and Sorani, 16) and Pashto (4). Kurdish tenants registering for the
workshop, an uncle writing for his nephew, tenants whose landlord wants Jobcenter proof or a meeting with the
team, a one-liner and an urgent Heim exit; Kurdish landlords following up, complaining, asking about
guarantees, reporting a no-show; a women's group, a translator, a furniture donor, a Kindergeld question and a
neighbour complaint; one chain message. Pashto: a brother writing for his widowed sister, a one-liner, a
landlord with unpaid charges, a shopkeeper asking how the programme works."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- Kurdish tenant_request
T("ku", 0, "clean", "Shilan Omer <shilan.omer@example.com>", "تۆمارکردن بۆ وۆرکشۆپی Wohnungsführerschein",
"""سڵاو و ڕێز،

من شیلان عومەرم، لەگەڵ مێردەکەم و دوو منداڵ لە کەمپی Moitzfeld دەژین. بیستوومە ئێوە وۆرکشۆپێک ساز دەکەن کە فێری دۆزینەوەی شوقە و مامەڵەکردن لەگەڵ خاوەن خانوو دەکات.

دەمەوێت من و مێردەکەم خۆمان بۆ وۆرکشۆپی داهاتوو تۆمار بکەین. ئایا لە کۆتاییدا بڕوانامە (Teilnahmebestätigung) دەدرێت؟ و ئایا وەرگێڕی کوردی هەیە؟

سوپاس
شیلان عومەر
0157 30928461"""),

T("ku", 0, "on_behalf", "Cemil Biro <cemil.biro@example.net>", "Derbarê biraziyê min Azad Biro",
"""Silav û rêz,

Ez Cemîl Biro me, apê Azad Biro. Azad 23 salî ye û sê sal in li Heima Hand dimîne. Ew bi almanî baş dizane lê ji ber kar wextê wî tune ye ku binivîse, ji ber vê yekê ez ji bo wî dinivîsim. Azad bi vê nameyê razî ye.

Azad niha wek Pflegehelfer li nexweşxaneyê dixebite û dixwaze ji Heimê derkeve û xaniyekî biçûk bibîne, ji ber ku di odeyê de bi sê kesan re dimîne û şev kar dike, roj nikare razê.

Gelo ew dikare ji bo bernameya we qeyd bibe? Kîjan belge pêwîst in?

Azad: 0176 82209354

Bi silav
Cemîl Biro"""),

T("ku", 0, "clean", "Sherzad Hasan <sherzad.hasan@example.org>", "Xwediyê xanî belgeya Jobcenterê dixwaze",
"""Silav,

Sibê saet 11an ez ê xaniyekî li Refrath bibînim (2 ode, 470 € kirêya sar). Xwediyê xanî di telefonê de got ku ew dixwaze bizane gelo Jobcenter kirê rasterast dide wî an na, û belgeyek dixwaze.

Gelo hûn dikarin nameyek kurt ji min re bişînin ku ez wê nîşanî wî bidim? An jî ew dikare rasterast gazî we bike?

Spas
Şêrzad Hesen
Heim Paffrath"""),

T("ku", 0, "broken", "Dilshad Mahmud <dilshad.mahmud@example.com>", "گرێبەست - خاوەن خانوو دەیەوێت قسە لەگەڵ ئێوە بکات",
"""سڵاو
گرێبەستی شوقەکەم لە Gronau واژۆ کرد. جۆب سەنتەر دەڵێت Kaution وەک Darlehen دەدەین بەڵام هێشتا نەهاتووە. خاوەن خانووەکە دەیەوێت کۆبوونەوەیەک لەگەڵ کەسێک لە تیمەکەتان بکات پێش ئەوەی کلیلەکە بدات.
ژمارەی ئەو: 02202 7340918
تکایە پەیوەندی پێوە بکەن
دلشاد مەحمود"""),

T("ku", 0, "oneliner", "Nesrin Cudi <nesrin.cudi@example.net>", "",
"""silav, tiştekî nû heye ji bo min? ez hîn li bendê me. Nesrîn Cûdî, Heim Bensberg"""),

T("ku", 1, "phone", "Hawre Salih <hawre.salih@example.org>", "دوای ٣ ڕۆژ دەبێت لە کەمپ دەربچین",
"""سڵاو ئەمڕۆ بەڕێوەبەری کەمپ نامەیەکی پێدام کە دوای ٣ ڕۆژ دەبێت ژوورەکە چۆڵ بکەین
من و ژنەکەم و منداڵێکی ٨ مانگی
هیچ شوێنێکمان نییە
تکایە یارمەتیمان بدەن
هاوڕێ ساڵح 0152 99014736""", date="2026-01-13 17:25"),

# ---------------------------------------------------------------- Kurdish landlord_offer
L("ku", 0, "oneliner", "Xalid Dogan <xalid.dogan@example.com>", "Malbata Xelîl",
"""Silav, malbata Xelîl du meh in di xaniyê min de ne, her tişt baş e. Xaniyekî din jî li heman avahiyê ji meha bê vala dibe, eger kesekî we hebe.
Xalid Dogan"""),

L("ku", 0, "clean", "Ranj Abdulla <ranj.abdulla@example.net>", "کێشە لەگەڵ کرێچییەکە",
"""سڵاو،

ئەو کرێچییەی کە پار لە ڕێگەی ئێوەوە لە شوقەکەم لە Schildgen نیشتەجێ بوو، سێ مانگە Nebenkosten نادات. کرێی سەرەکی لە جۆب سەنتەرەوە دێت بەڵام ئەوانی تر نا.

هەروەها دراوسێکان سکاڵایان هەیە لەبەر دەنگەدەنگ تا درەنگانی شەو.

نامەوێت گرێبەستەکە هەڵبوەشێنمەوە، بەڵام پێویستم بە یارمەتییە. ئایا کەسێک لە ئێوە دەتوانێت قسەی لەگەڵ بکات؟

ڕەنج عەبدوڵڵا"""),

L("ku", 0, "formal", "Zeynep Aslan <zeynep.aslan@example.org>", "Pirs berî ku ez biryarê bidim",
"""Silav,

Xaniyekî min ê 3 odeyî li Herkenrath heye û ez difikirim ku wî bi rêya bernameya we kirê bikim, lê hîn min biryar neda.

Pirsên min:
- Heke kirêdar kirê nede, gelo bajar garantiyekê (Bürgschaft) dide?
- Heke zirar bi xaniyê bikeve, kî dide?
- Gelo Jobcenter kirê rasterast ji min re dişîne?

Piştî bersiva we ez ê biryarê bidim.

Zeyneb Arslan"""),

L("ku", 0, "oneliner", "Karzan Faraj <karzan.faraj@example.com>", "سەردانی شوقە",
"""سڵاو، ئەو خێزانەی ناردتان ئەمڕۆ نەهاتن بۆ بینینی شوقەکە. کەسێکی ترتان هەیە؟ کارزان فەرەج"""),

# ---------------------------------------------------------------- Kurdish inquiry
I("ku", 0, "clean", "Komeley Afretan / Nazdar Ahmed <komeley.afretan@example.org>", "بانگهێشت بۆ کۆبوونەوەی ئافرەتان",
"""سڵاو،

ئێمە گروپێکی ئافرەتانی کوردین کە هەموو سێشەممەیەک لە Gronau کۆدەبینەوە. زۆربەی ئەندامەکانمان ساڵانێکە لە کەمپەکان دەژین و هەمیشە پرسیار دەکەن چۆن شوقە بدۆزنەوە.

دەمانەوێت یەکێک لە کارمەندە ئافرەتەکانتان بانگهێشت بکەین بۆ ئەوەی بەرنامەکەتان و وۆرکشۆپەکان بناسێنێت. نزیکەی یەک کاتژمێر.

نازدار ئەحمەد
هەماهەنگکاری گروپ"""),

I("ku", 0, "clean", "Rewşen Bedirxan <rewsen.bedirxan@example.net>", "Alîkariya wergerê ya dilxwazî",
"""Silav,

Navê min Rewşen e. Ez kurmancî, soranî, erebî û almanî (C1) dizanim û li Bergisch Gladbach dijîm.

Ez dixwazim bi dilxwazî alîkariya wergerê bikim, mînak di workshopan de an di hevdîtinên bi malbatan re. Kesekî taybet di hişê min de nîn e, tenê dixwazim li ku derê hewce be alîkar bim.

Ez çawa dikarim dest pê bikim?

Rewşen Bedirxan"""),

I("ku", 0, "clean", "Mehmet Tekin <mehmet.tekin@example.com>", "Mobîlya belaş",
"""Silav,

Em diçin bajarekî din û mobîlyayên me hene ku hîn baş in: dolabek, du text, maseyek bi şeş kursiyan, û cemedanek. Em dixwazin wan bidin malbatekê ku ji Heimê derdikeve û diçe xaniyekî nû.

Mobîlya li Paffrath in û divê heta dawiya mehê bên birin. Gelo hûn kesekî nas dikin, an divê ez ji kê re binivîsim?

Mehmet Tekin"""),

I("ku", 0, "broken", "Sozan Qadir <sozan.qadir@example.org>", "Kindergeld پرسیار",
"""سڵاو
منداڵەکەم سێ مانگ لەمەوبەر لەدایک بوو، داوای Kindergeldم کرد بەڵام هیچ وەڵامێک لە Familienkasse نەهاتووە. دەبێت لە کوێ بپرسم؟ ئایا ئێوە دەتوانن یارمەتی بدەن؟
سۆزان قادر"""),

I("ku", 0, "clean", "Sipan Hemo <sipan.hemo@example.net>", "Gilî: deng û çop li ber Heimê",
"""Silav,

Ez li hember Heima Heidkamp dijîm. Ez bi xwe jî kurd im û ji cîranên nû re tu pirsgirêka min tune ye. Lê ji du mehan ve hema her şev heta saet 1ê deng û qîrîn li hewşê heye û kîsikên çopê rojan li ber derî dimînin.

Min xwest bi hinek ciwanan re biaxivim lê tiştek neguherî. Zarokên min nikarin razên.

Ez nizanim hûn berpirsiyar in an na, lê ji kerema xwe vê gilîyê bigihînin kesê têkildar.

Sîpan Hemo"""),

# ---------------------------------------------------------------- Kurdish spam
S("ku", 0, "other", "Peyama Girîng <peyam.girin@example.net>", "ئەم نامەیە بۆ ١٥ کەس بنێرە",
"""⚠️ تکایە بێ خوێندنەوە مەیسڕەوە ⚠️

حکومەتی ئەڵمانیا ئەمساڵ ١٠٠٠ یۆرۆ دەدات بە هەموو ئەو خێزانانەی لە کەمپ دەژین بۆ کڕینی کەلوپەلی خانوو!
ناو و ژمارەی ئیقامە و IBAN لەم لینکەدا بنووسە:
http://hilfe-familien.example.net/ku

ئەم نامەیە بۆ ١٥ کەس بنێرە بۆ ئەوەی داواکارییەکەت چالاک بێت ✅"""),

# ---------------------------------------------------------------- Pashto
T("ps", 0, "on_behalf", "Zabihullah Noorzai <zabihullah.noorzai@example.org>", "زما خور - کونډه له درې ماشومانو سره",
"""السلام علیکم،

زه ذبیح الله یم، د مېرمن شکیلا نورزۍ ورور. زما خور کونډه ده او له درې ماشومانو سره په Hand کمپ کې په یوه کوټه کې اوسېږي. هغه لیک نشي لیکلی، ځکه زه د هغې په استازیتوب لیکم او هغه پرې خبره ده.

هغې یو کال مخکې ستاسو سره نوم لیکلی خو تر اوسه هیڅ خبر نه دی راغلی. ماشومان ښوونځي ته ځي او کوټه ډېره تنګه ده. ایا کولی شئ هغې ته د ملاقات وخت ورکړئ؟ زه ورسره راځم.

د شکیلا شمېره: 0152 71840293

مننه
ذبیح الله نورزی"""),

T("ps", 0, "oneliner", "Hayatullah Jalali <hayatullah.jalali@example.com>", "اسناد",
"""سلام، ما پرون خپل اسناد (Aufenthaltstitel او د جابسنټر لیک) درولېږل، تاسو ترلاسه کړل؟ حیات الله جلالي""", attach=["Dokumente_Jalali.pdf"]),

L("ps", 0, "clean", "Nazifa Ahmadzai <nazifa.ahmadzai@example.net>", "کرایه دار Nebenkosten نه ورکوي",
"""سلام،

هغه کرایه دار چې تېر کال ستاسو له لارې زما په اپارتمان کې په Bensberg کې اوسېدلی، د Nebenkosten د کال پای بل (۳۶۰ یورو) نه دی ورکړی. ما دوه لیکونه ورته لېږلي خو ځواب یې نه دی راکړی.

اصلي کرایه په وخت له Jobcenter څخه راځي. ایا تاسو کولی شئ ورسره خبرې وکړئ یا معلومه کړئ چې Jobcenter ته یې ورکړی که نه؟

نظیفه احمدزۍ"""),

I("ps", 0, "clean", "Sher Agha Popalzai <sheragha.popalzai@example.com>", "ستاسو پروګرام څنګه کار کوي؟",
"""سلام،

زه په Bergisch Gladbach کې یو افغاني پلورنځی لرم. هره ورځ خلک له ما څخه پوښتنه کوي چې څنګه کولی شي له کمپ څخه ووځي او کور پیدا کړي.

غواړم سم معلومات ورکړم. ایا کولی شئ په لنډه توګه ووایاست چې ستاسو پروګرام څنګه کار کوي؟ څوک کولی شي نوم ولیکي؟ ایا په پښتو یا دري کې پاڼه لرئ چې په پلورنځي کې یې کېږدم؟

مننه
شېر آغا پوپلزی"""),
]
