# Pashto, Kurdish, Somali, Tigrinya, and mail mixing two languages
from mailwriter import T, L, I, A, S

MAILS = [
# ---------------------------------------------------------------- Pashto
T("ps", 0, "clean", "Gul Rahman Safi <gulrahman.safi@example.com>", "د کور په موندلو کې مرسته",
"""السلام علیکم،

زما نوم ګل رحمان صافي دی. زه د افغانستان یم او له خپلې مېرمنې او څلورو ماشومانو سره له دوو کلونو راهیسې په برګیش ګلادباخ کې په کمپ کې اوسېږم. موږ ټول په یوه کوټه کې یو او ماشومان د درس لپاره ځای نه لري.

موږ اقامت لرو او جاب سنټر زموږ کرایه ورکوي. موږ د درې یا څلورو کوټو کور ته اړتیا لرو.

مهرباني وکړئ له موږ سره مرسته وکړئ چې ستاسو په پروګرام کې ثبت شو.

په درنښت
ګل رحمان صافي
0176 31190482
"""),

T("ps", 0, "phone", "Wahidullah <wahidullah.m@example.net>", "کور",
"""سلام زه کور غواړم موږ ۵ کسان یو مهرباني وکړئ مرسته وکړئ مننه
"""),

T("ps", 0, "on_behalf", "Farhad Zadran <farhad.zadran@example.org>", "زما د پلار لپاره",
"""سلام،

زه فرهاد یم، د خپل پلار عبدالولي زدران په استازیتوب لیکم ځکه چې هغه ایمیل نه پېژني. پلار مې شپږ میاشتې مخکې ستاسو سره ثبت شوی و خو تر اوسه چا ورته زنګ نه دی وهلی.

ایا د هغه دوسیه لا هم خلاصه ده؟ ایا کوم کاغذ کم دی؟

مننه
فرهاد زدران
"""),

T("ps", 0, "mixed_language", "Noor Agha Stanikzai <nooragha.stanikzai@example.com>", "Jobcenter Zusicherung پوښتنه",
"""سلام،

ما په Refrath کې یو Wohnung پیدا کړی. Vermieter وایي چې لومړی باید د Jobcenter نه Zusicherung راوړم. جاب سنټر وایي لومړی Mietangebot راوړه. زه نه پوهېږم چې څه وکړم. مهرباني وکړئ لارښوونه وکړئ.

نور آغا ستانکزی
"""),

# ---------------------------------------------------------------- Kurdish
T("ku", 0, "clean", "Rojda Ahmed <rojda.ahmed@example.net>", "Alîkarî ji bo xanî",
"""Silav,

Navê min Rojda Ahmed e. Ez ji Qamişlo me û ji sala 2023an ve bi zilamê xwe û sê zarokên xwe re li kampa Bergisch Gladbachê dimînim. Em li xaniyekî sê odeyî digerin, lê heta niha tu kesî bersiv neda me.

Jobcenter kirê dide. Gelo hûn dikarin alîkariya me bikin? Ez hinekî bi almanî dizanim, lê bi kurdî hêsantir e.

Bi rêz û silav
Rojda Ahmed
"""),

T("ku", 0, "mixed_language", "Dilovan Şêxo <dilovan.sexo@example.com>", "Wohnungsführerschein kurs",
"""Silav,

Ez dixwazim beşdarî kursa Wohnungsführerschein bibim. Ich arbeite bis 15 Uhr, gelo kursek piştî saet 16an heye? Zertifikat ji bo Vermieter pir girîng e.

Spas
Dilovan Şêxo
"""),

T("ku", 0, "clean", "Karwan Mahmud <karwan.mahmud@example.org>", "داوای یارمەتی بۆ دۆزینەوەی خانوو",
"""سڵاو،

ناوم کاروان مەحمودە، خەڵکی هەولێرم. لەگەڵ خێزانەکەم (ژنەکەم و دوو منداڵ) ماوەی ساڵێکە لە کەمپ لە بێرگیش گلادباخ دەژین. بەدوای خانوویەکی دوو ژووریدا دەگەڕێین بەڵام هیچ وەڵامێکمان وەرنەگرتووە.

تکایە یارمەتیمان بدەن. ژمارەی تەلەفۆنم: 0152 88314076

زۆر سوپاس
کاروان مەحمود
"""),

L("ku", 0, "clean", "Hesen Bozkurt <hesen.bozkurt@example.net>", "Xaniyek ji bo kirê",
"""Silav,

Ez 30 sal in li Almanyayê dijîm û li Bergisch Gladbachê xaniyekî min heye: du ode, mitbax, 58 m². Ji 1ê Gulanê ve vala ye. Ez dixwazim wê bidim malbateke ku li kampê dimîne, bi taybetî malbateke kurd. Kirê 540 Euro ye.

Ji kerema xwe ji min re binivîsin ka em çawa dikarin bi hev re bixebitin.

Hesen Bozkurt
"""),

I("ku", 0, "clean", "Komeleya Çanda Kurdî <komele.kurdi.rb@example.org>", "Vexwendin ji bo civîna agahdariyê",
"""Silav,

Komeleya me her meh civînekê ji bo endamên civaka kurd li herêma Rhein-Berg li dar dixe. Gelek kes li ser lêgerîna xaniyan û bernameya we dipirsin.

Gelo kesek ji tîma we dikare di civîna meha bê de bernameyê bide nasîn? Em ê wergerê amade bikin.

Bi rêz
Desteya Rêveber
"""),

# ---------------------------------------------------------------- Somali
T("so", 0, "clean", "Hodan Mohamed <hodan.mohamed@example.com>", "Caawimaad guri",
"""Salaan,

Magacaygu waa Hodan Mohamed. Waxaan ahay hooyo keli ah oo leh saddex carruur ah. Laba sano ayaan ku noolaa xerada Bergisch Gladbach. Waxaan raadinayaa guri leh laba ama saddex qol.

Jobcenter ayaa bixinaya kirada. Fadlan ma i caawin kartaan? Waxaan jeclaan lahaa inaan ka qeyb galo barnaamijkiinna.

Mahadsanid
Hodan Mohamed
"""),

T("so", 1, "broken", "Abdullahi Warsame <abdullahi.warsame@example.net>", "degdeg - guriga naga saaraya",
"""salaan

mulkiilaha guriga ayaa noo sheegay inaan ka baxno guriga jimcaha soo socda. warqad maxkamadeed ayaa timid, Gerichtsvollzieher ayaa imanaya jimcaha. waxaan nahay 6 qof, carruurta yar yihiin. meel aan aadno ma jirto.

fadlan na caawiya ka hor jimcaha
Abdullahi Warsame
0176 40021983
"""),

T("so", 0, "phone", "Faadumo A <faadumo.a.2021@example.org>", "guri",
"""salaan waxaan raadinayaa guri aniga iyo wiilkayga fadlan i caawiya mahadsanid
"""),

I("so", 0, "clean", "Ururka Bulshada Soomaaliyeed <urur.soomaali.koeln@example.org>", "Casuumaad kulan macluumaad",
"""Salaan,

Ururkayagu wuxuu bishii mar kulan u qabtaa bulshada Soomaaliyeed ee Köln iyo Bergisch Gladbach. Dad badan ayaa waydiiya sida guri loo helo iyo barnaamijkiinna.

Ma jiri karaa qof kooxdiinna ka mid ah oo barnaamijka ku sharxi kara kulankayaga soo socda? Turjumaan ayaan diyaarin doonnaa.

Mahadsanid
Guddiga Ururka
"""),

# ---------------------------------------------------------------- Tigrinya
T("ti", 0, "clean", "Yonas Tesfamichael <yonas.tesfamichael@example.com>", "ሓገዝ ንገዛ",
"""ሰላም፡

ስመይ ዮናስ ተስፋሚካኤል እዩ። ካብ ኤርትራ እየ። ምስ በዓልቲ ቤተይን ክልተ ቆልዑን ኣብ ካምፕ ኣብ በርግሽ ግላድባኽ ካብ 2023 ጀሚርና ንነብር። ናይ ክልተ ወይ ሰለስተ ክፍሊ ገዛ ንደሊ ኣለና።

ጆብሰንተር ክራይ ይኸፍል እዩ። በጃኹም ክትሕግዙና ትኽእሉ ዶ?

የቐንየለይ
ዮናስ ተስፋሚካኤል
0157 22081936
"""),

T("ti", 0, "phone", "Selam G <selam.g.2019@example.net>", "ገዛ",
"""ሰላም ገዛ ይደሊ ኣለኹ ምስ ጓለይ በጃኹም ሓግዙኒ የቐንየለይ

Sent from my iPhone
"""),

T("ti", 0, "on_behalf", "Tekle Habte <tekle.habte@example.org>", "ንሓወይ ዝምልከት",
"""ሰላም፡

ኣነ ተኽለ ሃብተ እየ፡ ኣብ ክንዲ ሓወይ ሚኪኤል ሃብተ እየ ዝጽሕፍ ዘለኹ፡ ንሱ ጀርመንኛ ኣይክእልን እዩ። ሓወይ ኣብ ካምፕ እዩ ዝነብር፡ ንኣሽቶ ገዛ ወይ ክፍሊ ኣብ WG ይደሊ ኣሎ። ኣብ ቤት ጽሕፈት ስራሕ ጀሚሩ ኣሎ።

ብኸመይ ኣብ መደብኩም ክምዝገብ ይኽእል?

የቐንየለይ
ተኽለ ሃብተ
"""),

# ---------------------------------------------------------------- mixing two languages
L("de", 0, "mixed_language", "Oliver Grant <oliver.grant@example.com>", "Wohnung frei / flat available",
"""Hallo zusammen,

ich habe eine 2-Zimmer-Wohnung in Refrath, 55 m², ab 1. Mai frei. Kaltmiete 540 Euro, Nebenkosten ca. 170. Sorry, my German isn't perfect, I moved here from Manchester five years ago.

Ich würde sie gern an eine Familie aus Ihrem Programm vermieten. What do you need from me? Fotos habe ich, Grundriss auch.

Viele Grüße / best,
Oliver Grant
"""),

A("de", 0, "mixed_language", "Nolden, Sabine <s.nolden@sonnenhof-verwaltung.example.com>", "Abwesenheitsnotiz / Out of office",
"""Vielen Dank für Ihre Nachricht. Ich bin bis zum 10.06. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an service@sonnenhof-verwaltung.example.com.

Thank you for your message. I am out of the office until 10 June with no access to email. For urgent matters please contact service@sonnenhof-verwaltung.example.com.

Sabine Nolden
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "s.nolden@sonnenhof-verwaltung.example.com"}),

S("en", 0, "mixed_language", "Global Finance Partners <offer@global-finance-partners.example.net>", "Kredit ohne Schufa - fast approval / schnelle Zusage",
"""Dear Customer / Sehr geehrter Kunde,

Do you need money fast? We offer loans from 5.000 to 500.000 EUR at only 2% interest, no Schufa check, approval within 24 hours. Kredit ohne Schufa, sofortige Auszahlung!

Send us your full name, amount needed, phone number and a copy of your ID to apply today.

Best regards / Mit freundlichen Grüßen
Mr. Richard Collins
Loan Officer
"""),

S("de", 0, "mixed_language", "Job Angebot <karriere@homeoffice-jobs-de.example.com>", "Nebenjob im Home Office – 450€ pro Tag / günlük 450€",
"""Hallo!

Wir suchen Mitarbeiter für einen einfachen Nebenjob im Home Office. Sie verdienen bis zu 450€ pro Tag, nur 1-2 Stunden Arbeit mit dem Handy. Keine Erfahrung nötig!

Türkçe bilen adaylar da başvurabilir – günlük 450€'ya kadar kazanç!

Schreiben Sie uns jetzt auf WhatsApp: +44 7700 900733

Ihr Recruiting-Team
"""),
]
