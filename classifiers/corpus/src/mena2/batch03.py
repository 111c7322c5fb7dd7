"""Batch 03: Arabic tenant_request in hard styles, Arabic spam, Arabic machine mail."""
import base64

from mailwriter import A, S, T, CRLF, enc_header, part_lines

EXCH = {"Thread-Topic": "", "X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "",
        "X-MS-Exchange-Organization-AuthAs": "Internal"}


def exch(topic):
    h = dict(EXCH)
    h["Thread-Topic"] = topic
    return h


def utf8_bounce(orig_to, orig_subj, human, status, diag, mta, orig_date):
    """A delivery-status report whose human-readable part is UTF-8 (a localised mail server)."""
    def build(m, rng):
        b = "%032x" % rng.getrandbits(128)
        b = "=_%s/%s" % (b[:20], mta)
        h = ['Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % b]
        hb = base64.encodebytes(human.replace("\n", CRLF).encode("utf-8")).decode("ascii")
        parts = [part_lines(["Content-Description: Notification", "Content-Type: text/plain; charset=utf-8",
                             "Content-Transfer-Encoding: base64"], hb.replace("\n", CRLF).rstrip(CRLF))]
        ds = ("Reporting-MTA: dns; %s%s" % (mta, CRLF) +
              "Arrival-Date: %s%s%s" % (orig_date, CRLF, CRLF) +
              "Final-Recipient: rfc822; %s%s" % (orig_to, CRLF) +
              "Action: failed%sStatus: %s%s" % (CRLF, status, CRLF) +
              "Diagnostic-Code: %s" % diag)
        parts.append(part_lines(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds))
        oh = ("From: Integration Wohnen <integration-wohnen@stadt-gl.de>%sTo: %s%sSubject: %s%sDate: %s%s"
              "Message-ID: <%x.kim@stadt-gl.de>%sMIME-Version: 1.0%sContent-Type: text/plain; charset=utf-8" %
              (CRLF, orig_to, CRLF, enc_header(orig_subj), CRLF, orig_date, CRLF, rng.getrandbits(48), CRLF, CRLF))
        parts.append(part_lines(["Content-Description: Undelivered Message Headers",
                                 "Content-Type: text/rfc822-headers"], oh))
        body = "This is a MIME-encapsulated message." + CRLF + CRLF
        for p in parts:
            body += "--" + b + CRLF + p + CRLF + CRLF
        body += "--" + b + "--" + CRLF
        return h, body
    return build


MAILS = [
# ---------------- tenant_request ----------------
T("ar", 1, "phone", "hamoudi.abdullah2001@example.com", "مساعده ضروري",
"""مرحبا انا احمد العبدالله ساكن بالهايم بهاند غرفه ١٢ صارت مشكله مع واحد مبارح وجاب الشرطه والسكيوريتي عطوني Hausverbot لمدة اسبوعين وانا ما عملت شي هو اللي بلش نمت مبارح بمحطة القطار ب Bergisch Gladbach وكل اغراضي واوراقي جوا الغرفه ما عندي حدا هون ابدا بليز ساعدوني لوين روح اليوم بالليل البرد كتير""",
  date="2025-11-18 07:12"),

T("ar", 1, "on_behalf", "Sozialdienst Klinikum – Reem Abu Shakra <r.abushakra@klinikum-gl.example.org>",
  "Entlassung morgen – Mutter mit Neugeborenem ohne Unterkunft / أم مع مولود بدون سكن",
"""الزملاء الأعزاء،

أكتب لكم من الخدمة الاجتماعية (Sozialdienst) في المستشفى بخصوص السيدة هديل م.، 23 سنة، التي ولدت يوم السبت طفلاً بعملية قيصرية.

السيدة كانت تنام عند صديقة في Bensberg على الكنبة، والصديقة أخبرتنا اليوم أنها لا تستطيع استقبالها مع الطفل. السيدة ليست مسجلة حالياً في أي سكن تابع للبلدية، وليس لها أقارب هنا.

الخروج من المستشفى مقرر غداً ظهراً. أمّنا لها سرير أطفال متنقلاً وبعض الملابس فقط.

هل يمكن أن تتصلوا بي اليوم؟ نحتاج حلاً ولو مؤقتاً لليلة الأولى على الأقل. السيدة موافقة على تواصلي معكم (Schweigepflichtentbindung liegt vor).

Mit freundlichen Grüßen / مع التحية
Reem Abu Shakra
Sozialdienst – Klinikum
Tel. 02202 12345-612""", date="2025-02-24 11:05", html="alt"),

T("ar", 1, "other", "lilac.2004@example.net", "ارجوكم لا تتصلوا على رقمي",
"""مرحبا
انا بنت عمري ٢٠ سنة ساكنة مع عيلتي بالسكن بموتسفلد. اخوي الكبير عرف اني بحكي مع شب وهددني اذا ما بطلت بيكسر راسي. امبارح ضربني وامي ما عملت شي.
انا هلق بالمدرسة وخايفة ارجع عالسكن بعد الضهر.
ارجوكم لا تتصلوا على رقمي لانو اخوي بياخد تلفوني وبيقرا كل شي. بس ردوا عالايميل.
بدي اطلع من هونيك اليوم اذا ممكن"""),

T("ar", 1, "forward", "Umm Yamen <ummyamen.gl@example.com>", "Fwd: رسالة من ابو خليل",
"""السلام عليكم
هاد الكلام يلي بعتلي ياه ابو خليل (نحنا ساكنين عنده بغرفة). ساكنين عنده Untermiete بدون عقد من ٨ شهور، أنا وجوزي و٣ ولاد. هلق بدو يانا نطلع بكرا الأحد لأن جاية عيلته من تركيا. ما عنا وين نروح، والهايم قالولنا ما في محل.
ساعدونا الله يخليكم
ام يامن 0152 23460718

---------- Forwarded message ---------
WhatsApp-Chat mit Abu Khalil

[16.08.25, 21:47] Abu Khalil: مرحبا ام يامن، متل ما حكينا، لازم تفضوا الغرفة بكرا الأحد الساعة ١٢ بالكتير. أهلي واصلين الاتنين وما عندي محل إلهم
[16.08.25, 21:48] Abu Khalil: سامحوني بس ما بقدر اعمل شي
[16.08.25, 21:49] Abu Khalil: المفتاح حطوه بصندوق البريد والغسالة لا تاخدوها هي إلي""", date="2025-08-16 23:05"),

T("ar", 0, "mixed_language", "Rami Hassoun <rami.hassoun@example.org>", "Mietvertrag befristet bis 31.03 – لازم نطلع",
"""Hallo,

عندي Mietvertrag befristet لسنتين بشقة بـ Sand، وبيخلص بـ 31.03. صاحب البيت قال ما رح يجدد لأن بنته رح تسكن فيها. يعني باقي النا تقريباً ٥ شهور.

نحنا ما كنا بالـ Unterkunft، جينا لهون على طول من عند أخوي بـ Siegen. هل بقدر سجل عندكم ولو ما كنا بالهايم؟
Ich arbeite Vollzeit als Busfahrer und meine Frau macht Integrationskurs B1. Wir sind 4 Personen, die Kinder sind 3 und 8.

بعتنا لحد هلق أكتر من ٤٠ Bewerbung وما حدا رد غير مرتين، وبالمرتين قالوا لا. صراحة تعبنا.

Danke
Rami Hassoun
0176 23462249""", date="2025-10-27 20:41"),

T("ar", 0, "forward", "Yazan Mhanna <yazan.mhanna@example.net>", "WG: Einladung zur Besichtigung – Am Birkenhang 7",
"""مرحبا،
وصلتني هي الرسالة من الـ Genossenschaft!! أخيراً 🙏 المعاينة يوم الخميس الساعة 16:30.
بس ألماني تبعي لسا ضعيف وخايف ما افهم شو بيقولوا أو يسألوني شي وما أعرف جاوب. في حدا منكم بيقدر يجي معي؟ وشو لازم جيب معي غير يلي كاتبينه؟

-------- Weitergeleitete Nachricht --------
Betreff: Einladung zur Besichtigung – Am Birkenhang 7, 2. OG links
Datum: Mon, 12 May 2025 09:14:22 +0200
Von: Vermietung GWG Rhein-Berg eG <vermietung@gwg-rheinberg.example.com>
An: yazan.mhanna@example.net

Sehr geehrter Herr Mhanna,

vielen Dank für Ihr Interesse an unserer Wohnung Am Birkenhang 7 (3 Zimmer, 68 m², Nutzungsgebühr 598,00 € zzgl. Betriebskosten 185,00 €).

Wir laden Sie herzlich zur Besichtigung am Donnerstag, 15.05.2025, um 16:30 Uhr ein. Bitte bringen Sie folgende Unterlagen mit: gültigen Wohnberechtigungsschein, Einkommensnachweise der letzten drei Monate, Kopie des Ausweisdokuments.

Bitte beachten Sie, dass für die Mitgliedschaft Geschäftsanteile in Höhe von 3 x 300 € zu zeichnen sind.

Mit freundlichen Grüßen
Ihr Vermietungsteam""", date="2025-05-12 19:40"),

T("ar", 0, "oneliner", "Abu Kinan <abukinan.77@example.com>", "WBS",
"""مرفق صورة ال WBS متل ما طلبتو. ابو كنان""", attach=["WBS_scan.jpg"]),

T("ar", 0, "mixed_language", "Youssef Ait Lhaj <youssef.aitlhaj@example.net>", "salam",
"""salam 3alikom, smhli ila ktbt b had tari9a, ma3ndich l3arbiya f tilifon.
ana youssef mn lmaghrib, 3andi 27 3am, kan skon f Unterkunft f Bensberg 3am w nss. daba khdam f restaurant f Köln (Teilzeit + Minijob). bghit n9lb 3la chi studio wla chambre sghira, walakin kolchi kay9oli khassk Schufa w Gehaltsnachweis w ana ma3ndich contrat fix.
wach n9der ndir l workshop dyalkom? w wach kayn chi wa7ed y3awni nkteb l'email l Vermieter b l'allemand, 7it ana kanhder chwiya walakin lktaba s3iba.
chokran bzaf
Youssef"""),

T("ar", 0, "on_behalf", "Hanadi Yassin – Kita Sonnenblume <h.yassin@kita-sonnenblume.example.org>", "بخصوص عائلة الطفلة ليان (Kita Sonnenblume)",
"""مرحبا،

أنا هنادي، مربية (Erzieherin) في روضة Sonnenblume في Paffrath. أتكلم العربية، ولذلك تتحدث معي العائلات العربية كثيراً.

أكتب بإذن من والدي الطفلة ليان (4 سنوات)، السيد عماد زريق والسيدة وعد زريق. العائلة تسكن مع أطفالها الأربعة في غرفتين في Unterkunft Paffrath منذ أكثر من سنتين. ليان تأتي إلى الروضة متعبة كثيراً، وتقول إن إخوتها لا يدعونها تنام. الأم قالت لي إنهم يبحثون منذ سنة، ومعهم WBS لستة أشخاص، والأب يعمل Teilzeit في مستودع.

العائلة تريد موعداً عندكم، والأم تفضّل أن يكون هناك من يترجم بالعربي. أستطيع أن أرافقهم إذا كان الموعد بعد الساعة الرابعة.
رقم السيد زريق: 0157 23465560

مع التحية
هنادي ياسين
Kita Sonnenblume"""),

T("ar", 0, "reply", "Hussam Eddin Raslan <hussam.raslan@example.com>", "AW: Besichtigungstermin Refrath – Dienstag 10:00",
"""مرحبا ومشكورين كتير إنكم فكرتوا فينا 🙏
بس أنا يوم التلاتا من الساعة ٦ الصبح لـ ٣ بالشغل (Schicht بمصنع بـ Köln-Porz)، وإذا غبت بيعملولي مشكلة لأني لسا بالـ Probezeit.
بتقدر مرتي تروح لحالها؟ هي بتحكي ألماني أحسن مني (B1). وإذا لازم أنا، بقدر أي يوم بعد الساعة ٤.
حسام

> Am 07.10.2025 um 11:32 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
>
> Sehr geehrter Herr Raslan,
>
> die Vermieterin der Wohnung in Refrath (3 Zimmer, 71 m²) möchte Sie gern kennenlernen.
> Besichtigung: Dienstag, 14.10.2025, 10:00 Uhr. Bitte geben Sie uns bis Freitag Bescheid,
> ob Sie den Termin wahrnehmen können.
>
> Mit freundlichen Grüßen
> Integration Wohnen""", date="2025-10-07 20:15",
  headers={"In-Reply-To": "<b71f.kim.raslan@stadt-gl.de>", "References": "<b71f.kim.raslan@stadt-gl.de>"}),

T("ar", 0, "mixed_language", "Anwar Salem <anwar.salem@example.org>", "Wohnung in Leverkusen – Wohnsitzauflage?",
"""السلام عليكم

لقيت شقة بـ Leverkusen-Opladen، قريبة من شغلي، والـ Vermieter موافق مبدئياً. بس بالـ Aufenthaltstitel تبعي مكتوب Wohnsitzauflage Bergisch Gladbach.

سؤالي: بقدر انتقل؟ لازم اطلب Umverteilung أو Streichung der Wohnsitzauflage أول شي؟ وهل الـ Jobcenter بـ Bergisch Gladbach بيوافق على شقة بمدينة تانية؟ ولا ما عاد إلهم علاقة؟

الشغل Vollzeit، ومعي Arbeitsvertrag unbefristet من شهرين. الشقة ٢ غرف، ٥٢ متر، ٦١٠ warm.

أنور سالم"""),

T("ar", 0, "broken", "عبدالمنعم الطيب <abdelmoneim.tayeb@example.com>", "طلب شقه",
"""السلام عليكم ورحمه الله وبركاته

انا عبدالمنعم الطيب من السودان عمرى 61 سنه عندى السكرى والضغط وساكن فى الهايم فى بنسبرج الطابق التالت والسلم صعب على خالص والحمام مشترك مع 12 نفر
ارجو منكم شقه صغيره قريبه من الدكتور او من الجامع لانى ما عندى عربيه
وانا ما بعرف الالمانى كويس وولدى ساكن فى هامبورج وما يقدر يساعدنى

ولكم جزيل الشكر
عبدالمنعم""", charset="iso-8859-6"),

T("ar", 0, "hard_case", "Kinan Jomaa <kinan.jomaa@example.com>", "Vermieter will mit Ihnen sprechen",
"""مرحباً،

الـ Vermieter تبع الشقة يلي شفتها بـ Schildgen (Herr Becker) قال إنو موافق يأجرني، بس قبل ما يوقّع بدو يحكي معكم عن الضمانات: إذا صار ضرر مين بيدفع، وإذا الجوب سنتر وقف الدفع شو بصير. هو زلمة لطيف بس خايف لأنو المستأجر يلي قبلي ما دفع آخر ٣ أشهر.

رقمه: 0170 23462205 (بيقول الأحسن بعد الساعة ٥). ورقمي أنا 0176 23467781.

فيكم تتصلوا فيه هالأسبوع قبل ما يعطيها لحدا تاني؟
كنان"""),

T("ar", 0, "html_only", "Bassam Al-Shaar <bassam.shaar@example.net>", "شقة فيها غرفة للأولاد (حق الرؤية)",
"""مساء الخير،

أنا منفصل عن زوجتي منذ سنة، وهي تسكن مع الأطفال (7 و10 سنوات) في شقة في Refrath. أما أنا فما زلت في السكن الجماعي في Gronau، في غرفة مع رجلين آخرين.

المحكمة (Familiengericht) قررت أن يكون الأولاد عندي كل نهاية أسبوع ثانية، لكني لا أستطيع أن أستقبلهم في الغرفة المشتركة، فصرت أراهم فقط في الحديقة أو في المطعم.

أبحث عن شقة صغيرة بغرفتين حتى يكون لهم مكان ينامون فيه. سمعت أن الجوب سنتر يوافق لشخص واحد على 50 متراً فقط. هل يمكن أن يحسبوا الأولاد بسبب حق الرؤية (Umgangsrecht)؟ وهل تستطيعون مساعدتي؟

مع الشكر
بسام الشعار""", html="only"),

# ---------------- spam ----------------
S("ar", 0, "other", "DHL Express <no-reply@dhl-zustellung.example.net>", "طردك JJD000340431187 بانتظار دفع الرسوم",
"""عزيزي العميل،

لم نتمكن من تسليم طردك رقم JJD0003 4043 1187 بسبب عدم دفع رسوم الجمارك (2,99 €).
سيُعاد الطرد إلى المرسل خلال 48 ساعة إذا لم يتم الدفع.

👉 ادفع الآن: https://dhl-zustellung.example.net/ar/pay?id=88213

شكراً لاختيارك DHL.
© 2025 DHL International GmbH. جميع الحقوق محفوظة.
هذه رسالة آلية، يرجى عدم الرد عليها.""", html="alt"),

S("ar", 0, "other", "Dr. Samia Haddadin <dr.samia.rentals@example.com>", "Re: الشقة في Refrath – التفاصيل",
"""أخي الكريم / أختي الكريمة،

شكراً على اهتمامكم بشقتي، وسمعت أنكم تساعدون العائلات فهذا يسعدني أكثر.
كما ذكرت لكم، أنا طبيبة أعمل حالياً في مستشفى في مدريد ولا أستطيع المجيء إلى ألمانيا قبل نهاية السنة. الشقة في Refrath: 3 غرف، 80 م²، مفروشة بالكامل، 450 يورو شاملة كل شيء (التدفئة والكهرباء والإنترنت).

بسبب تجارب سيئة سابقة، سنتمم العملية عن طريق Airbnb بشكل آمن: تدفعون الكفالة (شهرين = 900 €) وإيجار الشهر الأول إلى حساب Airbnb الخاص بي في إسبانيا، وAirbnb تحتفظ بالمبلغ، ثم أرسل لكم المفاتيح والعقد بالبريد السريع. إذا لم تعجبكم الشقة تعيد لكم Airbnb المبلغ خلال 7 أيام.

يرجى إرسال صورة جواز السفر أو الإقامة مع الاسم الكامل والعنوان حتى أبدأ بالإجراءات، لأن هناك ثلاث عائلات أخرى مهتمة.

بارك الله فيكم
د. سامية"""),

S("ar", 0, "other", "Finanz Sofort 24 <kredit@finanz-sofort24.example.com>", "قرض حتى 15.000 € بدون Schufa – الموافقة خلال 24 ساعة ✅",
"""✅ قرض سريع بدون Schufa
✅ حتى لو عندك Jobcenter أو Bürgergeld
✅ بدون كفيل وبدون أوراق كثيرة
✅ المبلغ في حسابك خلال 24 ساعة

مبالغ من 1.000 € إلى 15.000 €، وقسط شهري يبدأ من 49 € فقط!

كل ما عليك: أرسل صورة الإقامة وكشف حساب آخر شهر، وادفع رسوم المعالجة (149 €) مرة واحدة فقط عن طريق Paysafecard، وبعدها يتم التحويل فوراً.

📲 واتساب: +44 7700 900182
العرض محدود – فقط لأول 50 طلب هذا الشهر!

لإلغاء الاشتراك أرسل STOP"""),

S("ar", 0, "other", "Sparkasse Online-Banking <sicherheit@sparkasse-kundendienst.example.net>", "إجراء مطلوب: تحديث S-pushTAN الخاص بك",
"""عميلنا العزيز،

بسبب التعليمات الأوروبية الجديدة للدفع الإلكتروني (PSD2) يجب على جميع العملاء تحديث إجراء S-pushTAN قبل تاريخ 14.03.
إذا لم تقم بالتحديث، سيتم تقييد الوصول إلى حسابك عبر الإنترنت مؤقتاً لأسباب أمنية.

يستغرق التحديث دقيقتين فقط:
https://sparkasse-kundendienst.example.net/pushtan/update

نشكرك على ثقتك بنا.
فريق الأمان – Sparkasse

يرجى عدم الرد على هذه الرسالة.""", html="only", date="2026-03-09 06:44"),

S("ar", 0, "other", "الشيخ الروحاني ابو عبدالله <sheikh.rohani.abuabdullah@example.com>", "جلب الحبيب ورد المطلقة وفك السحر خلال 24 ساعة",
"""بسم الله الرحمن الرحيم

الشيخ الروحاني ابو عبدالله
مجرب ومضمون 100% – نتائج خلال 24 ساعة

✔ جلب الحبيب ورد المطلقة
✔ فك السحر والعين والحسد
✔ تسهيل الزواج وحل المشاكل الزوجية
✔ تسهيل الأوراق والإقامة في أوروبا وإيجاد السكن والعمل
✔ جلب الرزق وسداد الديون

خدمة سرية تماماً للعرب في ألمانيا والسويد وهولندا
التواصل واتساب فقط: +32 460 00 12 87
الكشف مجاني لأول 10 أشخاص"""),

S("ar", 0, "other", "Bundeszentralamt für Steuern <erstattung@bzst-rueckerstattung.example.org>", "إشعار: لديك استرداد ضريبي بقيمة 312,80 €",
"""السيد/السيدة المحترم(ة)،

بعد الحساب السنوي الأخير لضريبة الدخل، تبين أنك تستحق استرداداً ضريبياً بقيمة 312,80 €.
رقم المرجع: DE-RT-2025-0471139

لاستلام المبلغ، يرجى تعبئة نموذج الاسترداد الإلكتروني وإدخال بيانات بطاقتك البنكية خلال 3 أيام عمل:
https://bzst-rueckerstattung.example.org/antrag

بعد انتهاء المدة يسقط حقك في الاسترداد.

مع التحية
قسم الاسترداد
Bundeszentralamt für Steuern"""),

# ---------------- auto ----------------
A("ar", 0, "header_only", "Nabil Aoun | Hausverwaltung Aoun <n.aoun@hv-aoun.example.com>", "Automatische Antwort: Ihre Nachricht zur Wohnung in Kaule",
"""شكراً لرسالتكم.
أنا خارج المكتب حتى 06.01.2026 ولا أستطيع قراءة البريد الإلكتروني. في الأمور العاجلة المتعلقة بالعقارات (أعطال، تسرب مياه، انقطاع التدفئة) يرجى الاتصال بخدمة الطوارئ: 02202 23461-99.

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.01.2026 nicht im Büro. In dringenden Fällen (Wasserschaden, Heizungsausfall) erreichen Sie unseren Notdienst unter 02202 23461-99.

Nabil Aoun
Hausverwaltung Aoun""", headers=exch("Ihre Nachricht zur Wohnung in Kaule"), date="2025-12-22 09:03"),

A("ar", 0, "header_only", "نظام البريد <MAILER-DAEMON@mx1.mail.example.net>", "فشل التسليم: Einladung Wohnworkshop am 20.11.",
"", raw=utf8_bounce("abu.taim.1986@mail.example.net", "Einladung Wohnworkshop am 20.11.",
"""هذه رسالة آلية من نظام البريد في mx1.mail.example.net.

تعذّر تسليم رسالتك إلى المستلم التالي:

    abu.taim.1986@mail.example.net

السبب: صندوق البريد غير موجود أو تم إيقافه.
يرجى التحقق من العنوان وإعادة المحاولة.

---
This is an automatically generated Delivery Status Notification.
Delivery to the following recipient failed permanently: abu.taim.1986@mail.example.net""",
"5.1.1", "smtp; 550 5.1.1 <abu.taim.1986@mail.example.net>: mailbox unavailable",
"mx1.mail.example.net", "Thu, 13 Nov 2025 10:02:51 +0100"),
  headers={"Auto-Submitted": "auto-replied"}, date="2025-11-13 10:03"),
]
