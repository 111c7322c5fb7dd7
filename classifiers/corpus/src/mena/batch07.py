# Kurdish: Kurmanji (Latin script) and Sorani (Arabic script)
from mailw import M

START = 304
MAILS = [
M(lang="ku", cat="tenant_request", style="clean", frm=("Azad Xelîl", "azad.xelil@example.org"),
  subj="Alîkarî ji bo xanî", date="2025-03-12 09:45", body="""
Silav û rêz,
Navê min Azad Xelîl e, ez ji Qamişloyê me. Em pênc kes in: ez, jina min û sê zarok. Du sal in em li kampa şaredariyê li Bensbergê dimînin.
Niha me îqamet girtiye û Jobcenter dibêje divê em xaniyekî taybet bibînin. Me gelek bersiv şandin, lê kes bersiva me nade.
Ji kerema xwe alîkariya me bikin. Eger workshop hebe, em dixwazin beşdar bibin.
Gelek spas
Azad
0151 23450764
"""),
M(lang="ku", cat="tenant_request", style="broken", frm=("Rojda Hesen", "rojda.hesen@example.net"),
  subj="Wohnung bitte", fmt="plain", cte="8bit", body="""
Hallo, ich bin Rojda. ich wohne Unterkunft Gronau mit 2 kinder. Ich suche Wohnung seit 1 Jahr. Vermieter immer sagen nein.
Ez bi almanî baş nizanim. Eger kesek kurdî dizane, ji kerema xwe telefonî min bike.
0176 23457718
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Dilşad Şêxo", "dilsad.sexo@example.com"),
  subj="Qeydkirin ji bo Wohnworkshop", cs="iso-8859-9", cte="qp", body="""
Rojbaş,
Ez dixwazim xwe û jina xwe ji bo Wohnworkshopê qeyd bikim. Em herdu jî heta saet 12an diçin kursa almanî.
Gelo workshop piştî nîvro jî heye? Wergêrê kurdî dê hebe?
Spas
Dilşad Şêxo
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Xalid Êzdîn", "xalid.ezdin@example.org"),
  subj="Belgeya beşdariyê", body="""
Silav,
Min di meha Nîsanê de beşdarî workshopa xaniyan kir, lê min belgeya beşdariyê (Teilnahmebestätigung) wernegirt.
Xwediyê xaniyekî li Paffrathê vê belgeyê dixwaze. Ji kerema xwe bi e-mailê ji min re bişînin.
Xalid Êzdîn, 14.06.1986
"""),
M(lang="ku", cat="tenant_request", style="forward", frm=("Berîvan Omer", "berivan.omer@example.net"),
  subj="WG: Wohnung in Refrath", att=["Expose_Refrath.pdf"], body="""
Silav, min ev ragihandin li ser înternetê dît. 3 ode ne, 790 euro germ. Em çar kes in. Gelo Jobcenter vê qebûl dike? Ji kerema xwe bi xwediyê xanî re biaxivin, almaniya min ne baş e.

-------- Weitergeleitete Nachricht --------
Betreff: Wohnung in Refrath
Von: Privatvermieter <p.lorenz@example.com>
An: berivan.omer@example.net

Hallo Frau Omer,
anbei das Exposé. 3 Zimmer, 71 m², Kaltmiete 590 €, NK 200 €. Besichtigung Samstag möglich.
Gruß P. Lorenz
"""),
M(lang="ku", cat="tenant_request", style="mixed_language", frm=("Şivan", "sivan.kobani@example.com"),
  subj="xani", body="""
slav, ez Şivan im, li Heim Hand dimînim. em 6 kes in. xaniyek 4 ode dixwazin. Jobcenter kirê dide. min 40 Bewerbung şandin, tu bersiv tune. ji kerema xwe alîkarî bikin. spas
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Nadia Qasim Şingalî", "nadia.singali@example.org"),
  subj="Em malbata Êzidî ne", body="""
Silav û rêz,
Em malbateke Êzidî ne ji Şingalê. Ez û sê zarokên min ji sala 2023an ve li kampê li Moitzfeldê dimînin. Mêrê min di 2014an de winda bû.
Zarokên min li dibistanê ne û baş almanî hîn bûne. Ez jî kursa B1 diçim.
Em xaniyekî piçûk dixwazin, nêzî dibistanê. Ji kerema xwe alîkariya me bikin.
Nadia
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Mehmet Aslan", "mehmet.aslan72@example.net"),
  subj="Kaution pirsgirêk", cs="iso-8859-9", cte="8bit", fmt="plain", body="""
Merheba,
Me li Hebbornê xaniyek dît. Xwediyê xanî 3 meh kirê wek Kaution dixwaze, 1650 euro. Ev pere me tune.
Jobcenter dibêje ew ê deyn bide, lê pêşî divê peyman were îmzekirin. Xwediyê xanî dibêje pêşî pere. Em çi bikin?
Mehmet Aslan
"""),
M(lang="ku", cat="tenant_request", urg=1, style="clean", frm=("", "jin.azad2025@example.com"),
  subj="Alîkariya lezgîn", date="2025-10-30 22:18", body="""
Silav
Ez li kampa Refrathê bi du zarokên xwe re dimînim. Mêrê min ê berê (em veqetiyane) îro hat ber deriyê odeya me û got ew ê min bikuje. Polîs hat, lê ew dîsa tê. Ew dizane em li ku ne.
Ez natirsim ji bo xwe, lê ji bo zarokan. Gelo hûn dikarin me îro an sibê biguhêzin cihekî din ku ew nizanibe?
Hejmara min: 0152 23451196
"""),
M(lang="ku", cat="tenant_request", urg=1, style="mixed_language", frm=("Rênas Mûsa", "renas.musa@example.org"),
  subj="Räumung roja Înê!", date="2026-06-09 08:30", body="""
Silav,
Em li Lückerathê di xaniyekî taybet de dimînin. Vermieter ji ber Mietrückstand doz vekir. Niha Gerichtsvollzieher nameyek şand: roja Înê 12.06 saet 9 Räumung e.
Jobcenter got ew ê deynê kirê bide, lê hîn nedaye. Em pênc kes in, keçeke min a du salî heye. Em ê herin ku derê?
Ji kerema xwe zû bersiv bidin. Rênas 0176 23459921
"""),
M(fmt="html", lang="ku", cat="tenant_request", style="on_behalf", frm=("Hêvîn Ahmed", "hevin.ahmed@example.com"),
  subj="Derbarê malbata birayê min", body="""
Silav û rêz,
Ez Hêvîn im, ji sala 2012an ve li Almanyayê dijîm. Ez vê e-mailê ji bo birayê xwe Cûdî û malbata wî (jina wî û çar zarok) dinivîsim. Ew li kampa Katterbachê ne.
Birayê min almanî nizane. Sê meh berê ew hatin qeydkirin, lê kes telefon nekir.
Gelo hûn dikarin randevûyekê bidin da ku ez jî bi wan re bêm û wergerînim? 0160 23453302
"""),
M(lang="ku", cat="tenant_request", style="reply", frm=("Baran Yusuf", "baran.yusuf@example.net"),
  subj="AW: Unterlagen", irt=True, att=["Aufenthaltstitel_Yusuf.jpg", "Jobcenter_Bescheid.pdf"], body="""
Silav, min belge şandin: îqamet û nameya Jobcenter. Pasaporta min li Ausländerbehörde ye, tenê kopiya nasnameyê heye. Ev têrê dike?
Baran

> Guten Tag Herr Yusuf,
> bitte senden Sie uns noch Ihren Aufenthaltstitel und den aktuellen Jobcenter-Bescheid.
"""),
M(lang="ku", cat="tenant_request", style="oneliner", frm=("", "zozan.88@example.com"), subj="xanî", body="""
slav ez xanî dixwazim alîkarî bikin
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Ciwan Ibo", "ciwan.ibo@example.org"),
  subj="Çima kes bersiv nade?", body="""
Silav,
Min 5 caran e-mail şand û 2 caran hatim nivîsgehê. Her car dibêjin li bendê bin. Niha 9 meh bûn.
Em 7 kes di odeyekê de li kampa Schildgenê ne. Ez westiyame.
Ji kerema xwe bibêjin dosyaya min li ku ye. Ciwan Ibo
"""),
M(lang="ku", cat="tenant_request", style="html_only", fmt="html", flavour="gmail", frm=("Hozan Kerim", "hozan.kerim@example.com"),
  subj="Kursî bi teker - xaniyê bê derence", body="""
Silav û rêz,
Kurê min 11 salî ye û bi kursiyê bi teker (Rollstuhl) dimeşe. Em li kampê li qata duyem in û asansor tune. Her roj ez wî hildigirim.
Em li xaniyekî barrierefrei digerin. Kaxeza me ya Schwerbehindertenausweis heye.
Gelo xaniyên weha di bernameya we de hene? 🙏
Hozan Kerim
"""),
M(lang="ku", cat="tenant_request", style="hard_case", frm=("Sîpan Elî", "sipan.eli@example.net"),
  subj="Xwediyê xanî me red kir", body="""
Silav,
Me bi Vermieterekî li Frankenforstê her tişt amade kiribû, me xanî jî dît û wî got baş e. Îro wî telefon kir û got: "Jobcenter naxwazim". Ev cara sêyemîn e.
Gelo hûn xwediyên xaniyan nas dikin ku Jobcenter qebûl dikin? Em sê kes in.
Sîpan
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Lorîn Ferhad", "lorin.ferhad@example.com"),
  subj="Lezgîn - guhertina randevûyê", body="""
Silav,
Lezgîn e ji kerema xwe! Sibê (Duşemê) saet 9 randevûya min bi we re heye, lê keça min nexweş e û divê ez wê bibim cem doktor.
Ez dikarim randevûyê bikim Çarşemê an Pêncşemê? Bibore.
Lorîn
"""),
M(lang="ku", cat="tenant_request", style="phone", frm=("Kawa", "kawa.gl@example.org"),
  subj="telefon", body="""
Silav. Nivîsandin ji bo min zehmet e. Ji kerema xwe telefonî min bikin: 0157 23455530. Piştî saet 14an. Derbarê xanî ye.
Kawa
Sent from my Galaxy
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Şîrîn Bozan", "sirin.bozan@example.net"),
  subj="Me xanî dît 🎉", body="""
Silav ji hemû tîmê re,
Min dixwest bibêjim ku me bi xwe xaniyek li Katterbachê dît! Ji bo workshopê û hemû alîkariyê gelek spas. Ji kerema xwe navê me ji lîsteya bendewariyê derxin.
Şîrîn û malbat
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Welat Ömer", "welat.omer@example.com"),
  subj="18 salî bûm", cs="iso-8859-9", cte="qp", body="""
Silav,
Ez Welat im, 18 salî me. Ez bi tena xwe hatim Almanyayê û li xaniyekî Jugendhilfeyê dimînim. Niha ez 18 salî bûm û berpirsiyarê min got divê ez di nava du mehan de cihekî din bibînim.
Min Ausbildunga aşpêjiyê dest pê kir. Gelo hûn dikarin alîkariya min bikin da ku odeyekê bibînim?
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Nesrîn Haco", "nesrin.haco@example.org"),
  subj="Kêrbûn di odeyê de", att=["Schimmel.jpg"], body="""
Silav,
Di odeya me de li kampa Hebbornê gelek kêrbûn (Schimmel) heye, reş bûye. Kurê min ê du salî her tim dikuxe. Me ji Hausmeister re got, lê wî tiştek nekir.
Gelo hûn dikarin me zûtir veguhezînin xaniyekî an odeyeke din? Min wêne şand.
Nesrîn Haco
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Dilovan Mahmûd", "dilovan.mahmud@example.net"),
  subj="WBS çi ye?", body="""
Silav,
Hevalê min got ji bo xaniyên erzan WBS lazim e. Ez nizanim çawa werbigirim û kîjan belge lazim in. Em şeş kes in, ez di fabrîkayekê de Teilzeit dixebitim.
Dilovan
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("Zînê Reşîd", "zine.resid@example.com"),
  subj="Mietvertrag - pirs", att=["Mietvertrag_Entwurf.pdf"], body="""
Silav,
Xwediyê xanî peyman (Mietvertrag) şand. Tê de nivîsandiye ku ez hemû tamîrên piçûk heta 200 euro bidim û her sal dîwaran boyax bikim.
Ev normal e? Berî ku ez îmze bikim, dixwazim piştrast bim. Min peyman pêve kir.
Zînê
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("ئازاد محەمەد", "azad.mohammed@example.org"),
  subj="داوای یارمەتی بۆ دۆزینەوەی خانوو", date="2025-04-22 11:10", body="""
سڵاو و ڕێز،
ناوم ئازاد محەمەدە، خەڵکی هەولێرم. ئێمە چوار کەسین: من، ژنەکەم و دوو منداڵ. ماوەی ساڵێکە لە کەمپی شارەوانی لە بێنسبێرگ دەژین.
ئێستا ئیقامەمان وەرگرتووە و جۆب سەنتەر دەڵێت دەبێت خانوویەکی تایبەت بدۆزینەوە. زۆر داوامان ناردووە بەڵام کەس وەڵاممان ناداتەوە.
تکایە یارمەتیمان بدەن. ئەگەر وۆرکشۆپ هەبێت، دەمانەوێت بەشداری بکەین.
زۆر سوپاس
ئازاد
0151 23452241
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("شیلان عەبدوڵڵا", "shilan.abdullah@example.net"),
  subj="تۆمارکردن بۆ وۆرکشۆپی خانوو", body="""
سڵاو،
دەمەوێت خۆم و مێردەکەم بۆ وۆرکشۆپی خانوو (Wohnworkshop) تۆمار بکەم. هەردووکمان تا کاتژمێر ١٢ دەچینە کۆرسی زمان.
ئایا وۆرکشۆپ دوای نیوەڕۆش هەیە؟ وەرگێڕی کوردی دەبێت؟
سوپاس
شیلان
"""),
M(lang="ku", cat="tenant_request", style="mixed_language", frm=("Karwan", "karwan.slemani@example.com"),
  subj="xanu", body="""
slaw, min Karwanm, la Unterkunft Paffrath dazhim. ema 3 kasin. xanuyak dawet. Jobcenter kre dadat. zor Bewerbung mnard bas kas walam nadatawa. tkaya yarmatim bdan. zor supas
"""),
M(lang="ku", cat="tenant_request", urg=1, style="clean", frm=("هێمن ڕەشید", "hemn.rashid@example.org"),
  subj="دەبێت سبەی لە کەمپ دەربچین", date="2025-09-04 17:25", body="""
سڵاو
ئەمڕۆ بەرپرسی کەمپەکە لە هاند پێی وتین کە دەبێت سبەی بەیانی ژوورەکە چۆڵ بکەین، چونکە دۆسیەکەمان گوازراوەتەوە بۆ شارێکی تر (Zuweisung)، بەڵام لەوێ هیچ شوێنێکمان نییە و کەس تەلەفۆن وەرناگرێت.
ئێمە پێنج کەسین و منداڵێکی شەش مانگیمان هەیە. منداڵەکانمان لێرە لە قوتابخانەن.
تکایە ئەمڕۆ وەڵاممان بدەنەوە. 0157 23453381
هێمن ڕەشید
"""),
M(lang="ku", cat="tenant_request", urg=1, style="clean", frm=("ڤیان کەریم", "vian.karim@example.com"),
  subj="منداڵی تازە لەدایکبوو و هیچ شوێنێکمان نییە", date="2026-02-16 13:05", body="""
سڵاو
پێنج ڕۆژ لەمەوبەر کچێکم لە نەخۆشخانەی بێنسبێرگ بوو. پێشتر لە ماڵی خزمێکمان لە گرۆناو دەژیاین، بەڵام خاوەن خانووەکەی وتی تا کۆتایی ئەم هەفتەیە دەبێت بڕۆین.
ئێمە لە شارێکی ترەوە هاتووین و لە هیچ کەمپێک تۆمار نەکراوین. منداڵەکە زۆر بچووکە و هەوا سارده.
تکایە پێمان بڵێن چی بکەین.
ڤیان کەریم
"""),
M(fmt="html", lang="ku", cat="tenant_request", style="clean", frm=("دلێر حەسەن", "dler.hasan@example.org"),
  subj="بۆچی وەڵام نادەنەوە؟", body="""
سڵاو
چوار جار ئیمەیڵم ناردووە و دوو جار هاتمە نووسینگە. هەموو جارێک دەڵێن چاوەڕێ بکە. ئێستا هەشت مانگ تێپەڕیوە.
تکایە پێم بڵێن دۆسیەکەم لە چ قۆناغێکدایە. ناو: دلێر حەسەن، کەمپی لوکەرات
"""),
M(lang="ku", cat="tenant_request", style="forward", frm=("Rebwar Aziz", "rebwar.aziz@example.net"),
  subj="Fwd: Absage", body="""
سڵاو، ئەم نامەیەم وەرگرت. تێگەیشتم کە ڕەتیان کردینەوە بەڵام نازانم بۆچی. دەتوانن پرسیار بکەن؟ ئەو خانووەمان زۆر دەویست.

---------- Forwarded message ---------
From: Hausverwaltung Nord <info@hv-nord.example.com>
Date: Tue, 7 Oct 2025 at 10:22
Subject: Absage
To: <rebwar.aziz@example.net>

Sehr geehrter Herr Aziz,
wir haben uns für einen anderen Mietinteressenten entschieden.
Mit freundlichen Grüßen
"""),
M(lang="ku", cat="tenant_request", style="on_behalf", frm=("Julia Hoffmann", "julia.hoffmann.paten@example.com"),
  subj="Familie Mustafa / خێزانی مستەفا", body="""
Hallo,
ich bin Patin von Familie Mustafa (Unterkunft Bensberg). Frau Mustafa hat diese Nachricht auf Kurdisch geschrieben und mich gebeten, sie weiterzuleiten:

سڵاو، ئێمە خێزانی مستەفاین، شەش کەس. خاوەن خانوویەک لە شیلدگن ئامادەیە خانووەکەی بە ئێمە بدات، بەڵام نامەیەک لە ئێوە دەوێت کە ئێمە لە بەرنامەکەتانداین و کەسێک یارمەتیمان دەدات. تکایە ئەم نامەیە بنێرن. سوپاس، گوڵاڵە مستەفا

Viele Grüße
Julia Hoffmann
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("سۆران ئەحمەد", "soran.ahmad@example.com"),
  subj="شوفا (SCHUFA)", body="""
سڵاو
خاوەن خانوو SCHUFAم لێ دەخوازێت. من هیچ قەرزێکم نییە. لە کوێ بە خۆڕایی وەریبگرم؟ لە ئینتەرنێت هەموو شوێنێک ٣٠ یۆرۆ نووسراوە.
سۆران
"""),
M(lang="ku", cat="tenant_request", style="clean", frm=("نازدار عومەر", "nazdar.omar@example.org"),
  subj="", body="""
سڵاو
ئایا وۆرکشۆپی داهاتوو ئامادەبوونە یان ئۆنلاین؟ کۆمپیوتەرم نییە، تەنها مۆبایل.
نازدار

Von meinem iPhone gesendet
"""),
M(lang="ku", cat="inquiry", style="formal", frm=("Navenda Çanda Kurdî Rhein-Berg", "info@navenda-kurdi.example.org"),
  subj="Vexwendina Newrozê / Einladung zum Newroz-Fest", date="2026-03-05 10:00", fmt="alt", body="""
Hevkarên hêja yên tîma xanî û entegrasyonê,

Navenda Çanda Kurdî we vedixwîne pîrozbahiya Newrozê:
Dîrok: Şemî, 21ê Adarê 2026, saet 15:00
Cih: Salona civakê li Refrathê

Em ê kêfxweş bibin eger yek ji we çend deqeyan li ser bernameya koçkirina bo xaniyên taybet biaxive.

Wir laden Sie herzlich zu unserem Newroz-Fest am 21.03.2026 ein.

Bi rêz
Desteya rêveber
"""),
M(lang="ku", cat="inquiry", style="clean", frm=("Civata Êzidiyan Bergisch Gladbach", "civata.ezidi@example.net"),
  subj="Pêşniyara alîkariya dilxwazî", body="""
Silav û rêz,
Em civata Êzidiyan li Bergisch Gladbachê ne. Çend endamên me dikarin bi dilxwazî alîkariyê bikin: wergerandina kurmancî-almanî, bi malbatan re çûna dîtina xaniyan, alîkarî di roja barkirinê de.
Ji kerema xwe bibêjin em bi kê re têkilî daynin.
Bi rêz
Xêrî Silêman
"""),
M(lang="ku", cat="inquiry", style="clean", frm=("Evîn Reşo", "evin.reso@example.com"),
  subj="Cihê Kitayê", body="""
Silav,
Kurê min 3 salî ye û cihê wî li Kitayê tune. Min salek berê li Kita-Navigator qeyd kir. Divê ez li şaredariyê bi kê re biaxivim?
Evîn
"""),
M(lang="ku", cat="inquiry", style="clean", frm=("Mîrza Hesen", "mirza.hesen@example.org"),
  subj="Bername çawa dixebite?", body="""
Silav,
Malbata xwişka min dibe ku sala bê bi rêya yekbûna malbatê were Almanyayê, belkî li Bergisch Gladbachê bi cih bibin.
Ez dixwazim bi giştî fêm bikim bernameya we çawa dixebite: kî dikare beşdar bibe? Tenê ji bo kesên li kampên şaredariyê ye?
Spas
Mîrza
"""),
M(lang="ku", cat="inquiry", style="clean", frm=("بەختیار عەزیز", "bakhtiyar.aziz@example.net"),
  subj="کۆرسی زمان", body="""
سڵاو
دەمەوێت لە کۆرسی ئینتیگراسیۆن (Integrationskurs) ئاستی A2 تۆمار بکەم. کۆرسی داهاتوو کەی دەست پێدەکات؟
بەختیار
"""),
M(lang="ku", cat="inquiry", style="clean", frm=("Hawre Jamal | Kurdistan24-DE", "hawre.jamal@kurd-media.example.org"),
  subj="چاوپێکەوتنی ڕۆژنامەوانی", body="""
سڵاو و ڕێز
من ڕۆژنامەنووسی ماڵپەڕێکی کوردیم لە ئەڵمانیا. ڕاپۆرتێک ئامادە دەکەین دەربارەی کێشەی خانوو بۆ پەنابەران.
دەمەوێت بپرسم: تا ئێستا چەند خێزان لە کەمپەوە گوازراونەتەوە بۆ خانووی تایبەت؟ چەند خاوەن خانوو هاوکارییان کردوون؟
ئایا چاوپێکەوتنێکی تەلەفۆنی لەگەڵ بەرپرسێک دەکرێت؟
هاوڕێ جەمال
"""),
M(lang="ku", cat="inquiry", style="clean", frm=("ڕێزان ساڵح", "rezan.salih@uni.example.org"),
  subj="داوای چاوپێکەوتن بۆ توێژینەوە", body="""
سڵاو
من خوێندکاری ماستەرم لە زانکۆی دوسڵدۆرف. نامەکەم دەربارەی ئەزموونی پەنابەرانی کورد لە بازاڕی خانووی ئەڵمانیایە.
ئایا دەتوانم چاوپێکەوتنێکی ٣٠ خولەکی لەگەڵ یەکێک لە ئەندامانی تیمەکەتان بکەم؟ دەتوانێت بە ئەڵمانیش بێت.
سوپاس
ڕێزان
"""),
M(lang="ku", cat="landlord_offer", style="clean", frm=("Hasan Demir - Demir Döner", "demir.doener@example.com"),
  subj="Xaniyek ji bo kirê li Bensbergê", cs="iso-8859-9", cte="8bit", fmt="plain", body="""
Silav,
Ez xwediyê dikana Demir Döner im li Bensbergê. Li ser dikanê xaniyek 2 ode heye (55 m²), vala bûye.
Ez dixwazim bidim malbateke ku li kampê dimîne. Kirê 560 euro germ. Jobcenter ji bo min ne pirsgirêk e. Ez bi xwe jî 25 sal berê wek penaber hatim.
Telefon: 0172 23459907
Hasan Demir
"""),
M(lang="ku", cat="landlord_offer", style="clean", frm=("کاوە عوسمان", "kawa.osman@example.net"),
  subj="گەرەنتی بۆ خاوەن خانوو؟", body="""
سڵاو
شوقەیەکی دوو ژووریم لە ڕۆمانی هەیە و لە مانگی داهاتوو چۆڵ دەبێت. پێش ئەوەی بڕیار بدەم، دەمەوێت بزانم: ئەگەر کرێچی زیان بە خانووەکە بگەیەنێت یان جۆب سەنتەر کرێ نەدات، شارەوانی هیچ گەرەنتییەک دەدات؟
کاوە عوسمان
"""),
M(lang="ku", cat="auto", style="header_only", frm=("Nûçename - Navenda Çanda Kurdî", "newsletter@navenda-kurdi.example.org"),
  subj="Nûçenameya Îlonê: Kurs, çalakî û agahdarî", mailer="Mailchimp Mailer",
  hdr={"List-Id": "Nucename Navenda Kurdi <nucename.navenda-kurdi.example.org>", "List-Unsubscribe": "<https://navenda-kurdi.example.org/unsub?id=4471>", "Precedence": "bulk"},
  fmt="alt", flavour="simple", body="""
Nûçenameya Navenda Çanda Kurdî - Îlon 2025

• Kursa kurmancî ji bo zarokan her Şemî saet 10:00
• Şevê muzîkê: 19ê Îlonê, bi Dengbêj Şêrko
• Şêwirmendiya belaş derbarê îqamet û Jobcenter: her Sêşemê
• Koma meşê ya jinan li daristana Königsforstê

Ji bo betalkirina abonetiyê li vir bitikînin: https://navenda-kurdi.example.org/unsub?id=4471
"""),
M(lang="ku", cat="spam", style="other", frm=("Lotoya Navneteweyî", "winner@euro-lotto-win.example.com"),
  subj="Pîroz be! We 750.000 euro qezenc kir", body="""
Birêz qezenckar,
Navnîşana e-maila we di kişandina salane ya Euro Lotto de hat hilbijartin. We 750.000 euro qezenc kir!
Ji bo wergirtina xelatê, navê xwe yê temam, telefon, kopiya pasaportê û 290 euro lêçûna veguhastinê bi Western Union bişînin.
Koda qezencê: EL/2025/KU-5512
Divê hûn di nava 72 saetan de bersiv bidin.
"""),
M(lang="ku", cat="spam", style="other", frm=("Mr. Daniel Brooks", "daniel.brooks.rent@example.net"), tz="london",
  subj="Xaniyê erzan li Bergisch Gladbach", body="""
Silav,
Ez Daniel im, niha ji ber karê xwe li Londonê dijîm. Xaniyê min ê 3 odeyî li Bergisch Gladbachê bi tenê 400 euro ye.
Ji ber ku ez ne li Almanyayê me, kirêya meha yekem û Kaution (1200 euro) bi Western Union ji min re bişînin, paşê ez ê mifte û peymanê bi postê bişînim.
Zû bersiv bidin, gelek kes dixwazin.
"""),
M(lang="ku", cat="spam", style="other", frm=("پشتیوانی ئیمەیڵ", "support@mailbox-kurd.example.com"),
  subj="ئاگاداری: سندوقی ئیمەیڵەکەت پڕ بووە", fmt="html", flavour="simple", body="""
بەڕێز بەکارهێنەر،
سندوقی ئیمەیڵەکەت ٩٩٪ پڕ بووە. لە ماوەی ٢٤ کاتژمێردا نامەی نوێ وەرناگریت.
بۆ زیادکردنی شوێن، تکایە لێرە کلیک بکە و وشەی نهێنییەکەت پشتڕاست بکەرەوە:
https://mailbox-kurd.example.com/verify
تیمی پشتیوانی
"""),
M(lang="ku", cat="spam", style="other", frm=("کۆمپانیای داهاتی زیرەک", "info@dahat-zirak.example.net"),
  subj="ڕۆژانە ٢٠٠ یۆرۆ لە ماڵەوە قازانج بکە 💰", body="""
💰 هەلێکی زێڕین بۆ کوردانی ئەوروپا 💰
بە تەنها ٢٥٠ یۆرۆ دەست پێبکە و ڕۆژانە تا ٢٠٠ یۆرۆ قازانج بکە بە ڕۆبۆتی بازرگانی بیتکۆین.
پێویستت بە ئەزموون نییە. قازانج ١٠٠٪ گەرەنتی کراوە.
ئێستا تۆمار بکە: https://dahat-zirak.example.net/ku
"""),
]

if __name__ == "__main__":
    from mailw import write_batch
    print(len(write_batch(MAILS, START)), "written")
