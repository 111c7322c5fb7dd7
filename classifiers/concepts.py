"""Shared concepts across languages: phrases that mean "I rent out a flat", "we are looking for a flat",
"I write for a newspaper / a study / an association", "send the deposit abroad" in each language the team
receives. They become language-independent tokens, so what the model learns from the many German examples
carries over to Farsi or Turkish mail with few examples of their own."""

from __future__ import annotations

import re

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "offer": (
        r"vermiete|zu vermieten|vermieten (möchte|will|würde)|wohnung (ist )?frei ab|kaltmiete|warmmiete|"
        r"nebenkosten|exposé|expose|nachmieter|mieter(in)? (gesucht|finden)|meine wohnung|unsere wohnung in|"
        r"leerstehend|wohnungsbaugesellschaft|genossenschaft|hausverwaltung",
        r"rent (it )?out|for rent|to let|available from|my (flat|apartment)|our (flat|apartment)|landlord|"
        r"property (manager|management)|vacant",
        r"je loue|à louer|mon appartement|propriétaire|disponible à partir",
        r"сдаю|сдам|сдать|сдаём|сдаем|моя квартира|арендатор|арендодател|свободна с|sdayu|sdaju|sdam|sdaem",
        r"здаю|здам|здати|здаємо|моя квартира|орендар|орендодав|вільна з|zdayu|zdaju|zdam",
        r"kiraya ver|kiralık|kiralik|kiracı|kiraci|ev sahib|dairem|boş daire|bos daire|evim var|dairem var",
        r"للإيجار|أؤجر|اؤجر|أأجر|شقتي|مستأجر|المؤجر|إيجار بارد",
        r"اجاره (می ?)?(دهم|بدهم)|برای اجاره|مستأجر|صاحبخانه|آپارتمانم",
    ),
    # "I have a flat / a room" - and not one the writer found or was shown.
    "have_flat": (
        r"(ich habe|ich hab|wir haben|habe) (eine?|ein|noch eine?) (freie[ns]? |leere[ns]? |kleine[ns]? )?"
        r"(wohnung|zimmer|haus|einliegerwohnung|apartment)(?![^.!?\n]{0,40}(gefunden|gesehen|besichtigt|angeboten))",
        r"i (have|own) (a|an) (vacant |empty |small )?(flat|room|house|apartment|studio)"
        r"(?![^.!?\n]{0,40}(found|seen|viewed|offered))",
        r"j'ai un (appartement|studio|logement)(?![^.!?\n]{0,40}(trouvé|visité))",
        r"у (меня|нас) есть (свободная )?(квартира|комната|дом)",
        r"у (мене|нас) є (вільна )?(квартира|кімната|будинок)",
        r"(bir )?(evim|dairem|odam) var",
        r"(عندي|لدي|عندنا|لدينا) (شقة|غرفة|بيت)(?![^.!؟\n]{0,40}(لقيت|وجدت|شفت))|غرفة في بيتي",
        r"(یک )?(آپارتمان|خانه|اتاق|واحد) دارم",
        r"xaniyek(î)? min|xaniyê min|odeyek(î)? min",
    ),
    # The tenant's side of a viewing: a flat or a listing the writer found, a viewing the writer went to.
    "found_flat": (
        r"(habe|hab|haben) (eine |die |diese |das |ein )?(wohnung|anzeige|inserat|angebot|zimmer) "
        r"([^.!?\n]{0,30} )?(gefunden|gesehen)|wohnung gefunden|"
        r"(war|waren) (heute |gestern )?(bei der|zur) besichtigung",
        r"(i|we) (have )?found (a|this|the|an) (flat|listing|ad|apartment|room)|(i|we) (went to|had) the viewing",
        r"j'ai trouvé (un|cet|une|ce) (appartement|annonce|logement|studio)",
        r"(нашёл|нашел|нашла|нашли) (квартиру|объявление|комнату)|(был|была|были) на просмотре",
        r"(знайшов|знайшла|знайшли) (квартиру|оголошення|кімнату)|(був|була|були) на огляді",
        r"(ev|daire|ilan|oda) buldum|ilanı? gördüm|daireye baktık|evi gezdik",
        r"(لقيت|وجدت|لاقيت|شفت) (شقة|الإعلان|إعلان|بيت|غرفة)",
        r"(یک )?(خانه|آپارتمان|آگهی|اتاق) پیدا کردم",
    ),
    "seek": (
        r"suche|suchen|gesucht|wohnungssuche|wbs|wohnberechtigungsschein|unterkunft|heim\b|jobcenter|"
        r"mietschuldenfreiheit|schufa|kaution|ausziehen|workshop|teilnahmebescheinigung|zertifikat",
        r"looking for|searching|search for|need (a|an) (flat|apartment|home|place)|we are a family|shelter",
        r"je cherche|nous cherchons|cherche un logement|logement|foyer",
        r"ищу|ищем|нужна квартира|нужно жиль|жильё|жилье|общежит",
        r"шукаю|шукаємо|потрібна квартира|житло|гуртожит",
        r"arıyorum|arıyoruz|ev lazım|ev bul|barınma",
        r"أبحث|نبحث|ابحث|بحاجة إلى (شقة|سكن)|سكن|الكامب|مأوى",
        r"دنبال|می ?گردم|خانه پیدا|سرپناه|کمپ",
        r"raadin|guri|hooy",
        r"digerim|xanî|mal dig",
        r"کور لټو|کور غواړ",
        r"ገዛ|ኣባይቲ",
    ),
    "public": (
        r"redaktion|zeitung|artikel|interview|journalist|presse|reportage|bachelorarbeit|masterarbeit|"
        r"studie|umfrage|forschung|hochschule|universität|verein|initiative|veranstaltung|einladung|"
        r"stadtrat|fraktion|ratsmitglied|kommune|landkreis|ministerium|ehrenamt|spende",
        r"newspaper|journalist|article|thesis|research|study|survey|invitation|event|association|council|"
        r"university|volunteer|donation|conference|webinar",
        r"journaliste|journal|recherche|étude|association|invitation|conférence|bénévole",
        r"журналист|газет|исследован|ассоциац|приглаш|университет|волонт",
        r"журналіст|газет|дослідж|асоціац|запрош|університет|волонт",
        r"gazeteci|gazete|araştırma|dernek|davet|üniversite|gönüllü",
        r"صحفي|جريدة|صحيفة|دراسة|جمعية|دعوة|جامعة|متطوع",
        r"خبرنگار|روزنامه|پژوهش|انجمن|دعوت|دانشگاه|داوطلب",
        r"komele|navenda|vexwendin|civîn|panel",
        r"ururk|urur\b|kulan|casuumad|martiqaad",
        r"ማሕበር|ኣኼባ|ዕድመ",
        r"ټولنه|بلنه|غونډه",
    ),
    # Neighbours of an accommodation write about it without living there.
    "neighbour": (
        r"(wohne|wohnen|lebe) (direkt )?(gegenüber|neben|nebenan)|nachbar(n|in)? (der|des|von der) (unterkunft|heim)",
        r"(live|living) (opposite|next to|across from|near) the (accommodation|shelter|hostel)",
        r"(живу|живём|живем) (напротив|рядом с|по соседству)",
        r"(живу|живемо) (навпроти|поруч|по сусідству)",
        r"karşısında oturuyorum|yanında oturuyorum|komşusuyum",
        r"(أسكن|اسكن|نسكن|ساكن) (مقابل|جنب|بجانب|قرب)",
        r"(روبروی|کنار|نزدیک) (کمپ|هایم|خوابگاه).{0,20}(زندگی می ?کنم|می ?نشینم)",
        r"li hember|li cem(?=.{0,20}heim)",
    ),
    "my_tenant": (
        r"mein(e|em|en)? mieter|unser(e|em|en)? mieter|meine mieterin|der mieter|die mieterin|mietrückstand|"
        r"miete (nicht|noch nicht) (bezahlt|gezahlt|überwiesen)|nebenkostenabrechnung|wohnungsübergabe|"
        r"vermittelt(e|en)? (familie|mieter)|über ihr(en)? (projekt|programm)",
        r"my tenant|our tenant|the tenants? (you|placed)|rent arrears|placed (by|through) you",
        r"mon locataire|nos locataires",
        r"мой арендатор|мои (жильцы|квартиранты)|жильцы не платят|через ваш проект",
        r"мій орендар|мої (мешканці|квартиранти)|через ваш(у|ий) (програму|проєкт)",
        r"kiracım|kiracılarım|kirayı ödemi",
        r"مستأجري|المستأجر عندي|العائلة التي أرسلتموها",
        r"مستأجرم|مستاجرم",
    ),
    "other_office": (
        r"\bkita\b|kindergarten|kindergeld|elterngeld|parkausweis|anwohnerpark|knöllchen|strafzettel|bußgeld|"
        r"hundesteuer|führerschein|personalausweis|reisepass|einbürgerung|"
        r"sperrmüll|müllabfuhr|standesamt|kfz|sozialticket|deutschlandticket|schulanmeldung|sprachkurs|"
        r"integrationskurs|lärm|ruhestörung|ummeld|wohnsitz ?anmeld|"
        r"anmeldung(?!\s+((zum|zur|für den|für das|für)\s+)?(workshop|kurs|wohn\w*führerschein|seminar))|"
        r"wohnungsgeberbestätigung|meldebescheinigung|"
        r"bürgerbüro|bürgeramt|gewerbe(anmeldung)?\b|"
        r"ausländerbehörde|familiennachzug",
        r"parking (ticket|permit)|dog tax|driving licen[cs]e|passport|citizenship|"
        r"language course|bulky waste|noise",
        r"permis de conduire|crèche|bruit",
        r"детский сад|штраф за парковк|водительск",
        r"дитячий садок|штраф за парковк",
        r"kreş|park cezası|ehliyet|gürültü",
        r"مخالفة|روضة|رخصة القيادة|إزعاج|ضجيج",
        r"مهدکودک|جریمه|گواهینامه|سر و صدا",
    ),
    "workshop": (
        r"workshop|wohnungsführerschein|mieterführerschein|wohnführerschein|mietführerschein|schulung|"
        r"teilnahmebe(stätigung|scheinigung)|zertifikat|kurs für mieter|wohnkurs",
        r"housing (course|class|training)|renters?'? (course|certificate)|certificate of (attendance|participation)",
        r"atelier|formation (logement|locataire)|attestation de (participation|présence)|certificat",
        r"курс|семинар|тренинг|сертификат|справк[уа] об участии",
        r"курс|семінар|тренінг|сертифікат|довідк[уа] про участь",
        r"kurs|atölye|seminer|sertifika|katılım belgesi",
        r"دورة|الدورة|ورشة|الورشة|شهادة (المشاركة|الحضور|الدورة)|الشهادة",
        r"دوره|کارگاه|گواهی|مدرک (دوره|شرکت)",
    ),
    "on_behalf": (
        r"im namen (von|meine)|in vertretung|für (meine[nm]?|unsere[nm]?) (vater|mutter|eltern|bruder|schwester|"
        r"sohn|tochter|onkel|tante|nachbar|nachbarin|klient|klientin|klienten|schüler|schülerin|mandant)|"
        r"(mein|meine) (klient|klientin|mandant|schützling)|familie, die ich (betreue|begleite)|"
        r"als (pate|patin|mentor)",
        r"on behalf of|for my (father|mother|parents|brother|sister|son|daughter|uncle|aunt|neighbou?r|client)|"
        r"my client|a family i (support|mentor)|i am (his|her|their) (mentor|social worker|teacher)",
        r"au nom de|pour (mon|ma|mes) (père|mère|parents|frère|sœur|soeur|voisin|voisine)",
        r"от имени|за (маму|отца|брата|сестру|соседку|соседа)|(моя|мою) (мама|маму|мать|бабушк)|"
        r"(мой|моего) (отец|отца|брат)",
        r"від імені|за (маму|тата|брата|сестру|сусідку)|(моя|мою) (мама|маму|бабус)|"
        r"(мій|мого) (батько|батька|тато|брат)",
        r"adına|annem|babam|kardeşim|annemin|babamın|komşum",
        r"نيابة عن|بالنيابة|والدي|والدتي|أبي|امي|أمي|أخي|اختي|أختي|جارتي|جاري",
        r"از طرف|به نمایندگی|پدرم|مادرم|برادرم|خواهرم|همسایه‌?ام",
    ),
    "placed": (
        r"die (sie|ihr) (mir )?(geschickt|vorgeschlagen|vermittelt)|(war|waren) zur besichtigung|grundriss|"
        r"(miet)?interessent|bewerber(in|innen)?\b|ich (habe mich|hab mich) für .{0,40} entschieden|"
        r"mietvertrag (ist )?(unterschrieben|unterzeichnet)|schlüsselübergabe|übergabeprotokoll",
        r"(family|families|applicants?|tenants?) you sent|floor ?plan|i (have )?decided (on|for)|"
        r"lease (is )?signed|"
        r"key handover",
        r"que vous (m'avez )?envoy",
        r"котор(ую|ых|ого) вы (мне )?(прислали|направили)|через вас|договор (аренды )?подписан|план квартиры",
        r"як(у|их|ого) ви (мені )?(надіслали|направили)|через вас|договір (оренди )?підписан|план квартири",
        r"gönderdiğiniz|sizin aracılığınızla|sözleşme imzaland|kat planı",
        r"التي أرسلتموها|الذي أرسلتموه|الذين أرسلتموهم|عن طريقكم|مخطط الشقة|وقعنا العقد|"
        r"(اللي|يلي) (بعتوها|بعتوهم|بعثتوها|أرسلتوها)",
        r"که (شما )?فرستادید|از طریق شما|قرارداد امضا",
    ),
    "business": (
        r"unser(e|em)? (unternehmen|firma|betrieb|dienstleistung)|umzugs(unternehmen|firma|service)|"
        r"reinigungs(firma|service)|kostenvoranschlag|pauschale|unverbindlich|rabatt|"
        r"möbel (abzugeben|zu verschenken|spenden)|verschenken|spenden möchte|sachspende",
        r"our (company|firm|services)|moving company|removals?|cleaning (company|service)|quote|discount|"
        r"donate|give away|furniture",
        r"notre (entreprise|société)|déménagement|devis|donner des meubles",
        r"наша (компания|фирма)|переезд|грузчик|мебель (отдам|даром)|отдам",
        r"наша (компанія|фірма)|переїзд|вантажник|меблі (віддам|безкоштовно)|віддам",
        r"firmamız|şirketimiz|nakliyat|taşımacılık|eşya (bağış|hediye)|bağışlamak",
        r"شركتنا|شركة نقل|نقل العفش|أثاث (مجاني|للتبرع)|تبرع",
        r"شرکت ما|اسباب ?کشی|اثاثیه (رایگان|اهدا)|اهدا",
    ),
    "scam": (
        r"western union|moneygram|paysafe|bitcoin|krypto|crypto|lotter|gewinn(spiel|er)|gewonnen|"
        r"schlüssel per (post|dhl)|keys? by (post|dhl|courier)|send (the )?deposit|kaution (vorab |ins ausland)|"
        r"hier klicken|click here|konto (gesperrt|verifizieren)|verify your account|postfach (ist )?voll|"
        r"mailbox (is )?full|seo|backlinks?|investment opportunity|inheritance|erbschaft|gastartikel|gastbeitrag|"
        r"guest ?post|sponsored (post|article)|do-?follow|link ?building|linkaufbau|"
        r"(add|adding|include|place) (a |our )?link|verlinken|verlinkung|link (zu|auf) unser",
        # Rental scams in every language: the owner is abroad, the deposit goes first, the keys come by courier.
        r"(deliver|send|ship|post) (you |them )?the keys|no viewing|(i am|i'm) (currently )?(abroad|overseas)|"
        r"airbnb (payment|agency|service)|keine besichtigung|(bin|wohne) (derzeit |zurzeit )?im ausland|"
        r"schlüssel (werden|wird) (ihnen )?(zugeschickt|geliefert|per post)",
        r"clés par (la poste|courrier|coursier)|envoyer (la caution|le dépôt)|mandat cash",
        r"ключи (курьером|по почте|почтой)|(переведите|перевести|перечислите) (залог|депозит|предоплату)|"
        r"фото паспорта|вестерн юнион",
        r"ключі (кур.єром|поштою)|(переказуєте|переказати|перекажіть|надішліть) (завдаток|депозит|передоплату)|"
        r"фото паспорта",
        r"anahtar(lar)?ı? kargo|depozito(yu)? (yurt ?dışı|önceden|hesab)|pasaport fotoğraf",
        r"المفاتيح (بالبريد|عبر البريد|مع شركة|بالشحن)|(حوّل|حول|تحويل|ارسل|أرسل) (التأمين|العربون|الكفالة|المبلغ)|"
        r"ويسترن يونيون|صورة (عن )?جواز",
        r"کلید(ها)? (را )?(با|از طریق) پست|(ودیعه|پیش ?پرداخت) (را )?(واریز|بفرست|ارسال)|وسترن یونیون|عکس پاسپورت",
    ),
}
# The phrases of each script are matched only in text that has that script: a German mail is not searched for
# Arabic or Cyrillic phrases (a third less work per mail).
_SCRIPTS = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]"),
    "ethiopic": re.compile(r"[\u1200-\u137f]"),
}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    parts, depth, current, escaped = [], 0, "", False
    for char in pattern:
        if escaped:
            current, escaped = current + char, False
            continue
        if char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    return [*parts, current]


def _script(alternative: str) -> str:
    return next((name for name, letters in _SCRIPTS.items() if letters.search(alternative)), "latin")


def _compile(script: str) -> re.Pattern[str]:
    """One pass over the lower-cased text finds every concept (named groups; matches do not overlap, so one
    phrase counts for one concept). Phrases start at the start of a word: "kurs" is not "Integrationskurs", "heim"
    not "geheim"; and the regex engine skips the whole alternation inside words, which makes it five times
    faster."""
    groups = []
    for name, patterns in _CONCEPTS.items():
        chosen = [a for p in patterns for a in _alternatives(p) if _script(a) in ("latin", script)]
        if chosen:
            groups.append(f"(?P<{name}>{'|'.join(chosen)})")
    return re.compile(r"(?<!\w)(?:" + "|".join(groups) + ")")


_BY_SCRIPT = {script: _compile(script) for script in ("latin", *_SCRIPTS)}


def concept_tokens(text: str) -> list[str]:
    """One token per concept the text expresses, e.g. ["concept_offer"]."""
    text = text.lower()
    found: set[str | None] = set()
    scripts = [name for name, letters in _SCRIPTS.items() if letters.search(text)] or ["latin"]
    for script in scripts:
        found.update(m.lastgroup for m in _BY_SCRIPT[script].finditer(text))
    return [f"concept_{name}" for name in _CONCEPTS if name in found]
