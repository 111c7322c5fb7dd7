"""Batch 03: Russian tenant requests in hard styles (3 urgent) and Russian-speaking landlords."""
from mailwriter import T, L

MAILS = [
# ---------------- ru tenant_request ----------------
T("ru", 1, "phone", "Малика <malika.dzh88@example.net>", "срочно нас выгоняют",
"""здравствуйте пишу с телефона извините за ошибки. сегодня приходил Hausmeister и с ним женщина из Sozialamt сказали что до четверга мы должны освободить комнату в Heim Gronau потому что мой муж поругался с охраной и толкнул его. муж ушёл к брату в Кёльн а я с тремя детьми младшему год. куда нам идти?? я ни в чём не виновата. пожалуйста помогите или скажите кому звонить
0171 3380 9916 Малика""", date="2026-02-02 18:37"),

T("ru", 1, "reply", "Татьяна Зубова <t.zubova@example.org>", "Re: Ihr Beratungstermin am 12.11.",
"""Здравствуйте.

Я не могу ждать до 12 ноября. Вчера вечером муж опять меня ударил, при дочери. Я вызвала полицию, сейчас мы с дочкой у знакомой в Schildgen, но она может нас оставить максимум до пятницы, у неё самой однокомнатная. В Frauenhaus звонила — мест нет, сказали перезвонить через неделю.

Пожалуйста, можно ли встретиться раньше или хотя бы подскажите, куда нам деваться после пятницы.

Татьяна
0152 7781 0345

> Sehr geehrte Frau Zubova,
>
> hiermit bestätigen wir Ihren Beratungstermin am Mittwoch, 12.11.2025, um 14:00 Uhr.
> Bitte bringen Sie Ihren Aufenthaltstitel und, falls vorhanden, den WBS mit.
>
> Mit freundlichen Grüßen
> Integration Wohnen""", date="2025-10-28 07:55"),

T("ru", 1, "on_behalf", "Marina Götz – Berufsbetreuung <m.goetz@betreuung-goetz.example.com>",
"Räumungstermin 18.03. – Herr Lewin / срочно",
"""Добрый день,

я профессиональный опекун (Berufsbetreuerin) господина Бориса Левина, 81 год, живёт в Bensberg в квартире у частного хозяина. Пишу по-русски, потому что господин Левин немецкого почти не знает и хотел бы сам прочитать это письмо (он в копии).

Ситуация: из-за долгов за аренду, накопившихся ещё до того, как я в январе взяла на себя Betreuung, хозяин получил Räumungstitel. Gerichtsvollzieher назначил Räumung на вторник, 18.03., в 9:00. Отсрочку через суд получить не удалось. У господина Левина начальная деменция, он ходит с палочкой, родственников в Германии нет.

Мне срочно нужно понять: может ли город предоставить ему место в Unterkunft или Notunterkunft с 18-го, и можете ли вы параллельно помочь с поиском небольшой квартиры? Grundsicherung идёт через Sozialamt, старые долги я буду гасить по договорённости с хозяином.

Я на связи в любое время: 0176 2208 4417.

С уважением
Марина Гётц
Berufsbetreuerin""", cc="boris.lewin@example.net", date="2025-03-12 15:22"),

T("ru", 0, "forward", "Дмитрий Корнеев <d.korneev@example.net>",
"Fwd: Ihre Anfrage zu „Gemütliche 2-Zimmer-Wohnung mit EBK, Refrath“",
"""Добрый день!

Нашёл вот такую квартиру, ответ хозяйки ниже. Цена 720 тёплая на двоих, не уверен, что Jobcenter согласится, нам говорили, что лимит где-то 650 для двух человек. Можно ли как-то договориться? Или лучше не тратить время?
Хозяйка хочет ответ до пятницы, но это не горит, просто если вдруг подходит.

Дмитрий (Unterkunft Paffrath, комната 14)

-------- Weitergeleitete Nachricht --------
Betreff: Ihre Anfrage zu „Gemütliche 2-Zimmer-Wohnung mit EBK, Refrath“
Datum: Mon, 8 Sep 2025 20:41:17 +0200
Von: Ute Brinkmann <ute.brinkmann@example.com>
An: d.korneev@example.net

Guten Abend Herr Korneev,

die Wohnung ist noch zu haben. Warmmiete 720 €, inkl. Heizung und Wasser, Strom separat. Die Einbauküche kann übernommen werden (Ablöse 800 €, verhandelbar).

Besichtigung wäre am Samstag möglich. Bitte geben Sie mir bis Freitag Bescheid.

Viele Grüße
U. Brinkmann""", date="2025-09-09 12:14"),

T("ru", 0, "broken", "Ruslan <ruslan.begiev@example.org>", "spravka ot starogo hozyaina",
"""Zdravstvuite. U menya vopros, novyi hozyain v Bensberg hochet Mietschuldenfreiheitsbescheinigung ot starogo. No ya do Unterkunft zhil 8 mesyacev u chastnogo v Leverkusen i on ne otvechaet, telefon ne beret. Dolgov u menya net, vse kvitancii est. Chto delat? Mozhno vmesto etogo chto to drugoe dat?
Spasibo
Ruslan B."""),

T("ru", 0, "mixed_language", "Aliaksandra Shydlouskaya <a.shydlouskaya@example.net>", "Brief Jobcenter – Mietangebot abgelehnt?",
"""Guten Tag,
ich habe Brief von Jobcenter bekommen über die Wohnung in Gronau, die Sie mir geschickt haben. Извините, дальше по-русски, так быстрее.

В письме написано „Die Aufwendungen für die Unterkunft sind nicht angemessen“ и что они оплатят только 598 €, а хозяин хочет 645. Значит ли это, что я не могу брать эту квартиру? Или я могу доплачивать разницу сама? У меня Minijob, 520 € в месяц.
Хозяин ждёт ответа, сказал, что может подождать до середины месяца.

Письмо прикрепляю (фото).
Danke!
Александра""", attach=["Jobcenter_Brief.jpg"]),

T("ru", 0, "oneliner", "Gela <gela.mchedlishvili@example.com>", "вопрос",
"""можно на консультацию прийти с женой? она не говорит по-немецки"""),

T("ru", 0, "on_behalf", "Elena Rosenberg <e.rosenberg@vhs-kurs.example.org>", "Семья Мусаевых – просьба о консультации",
"""Здравствуйте!

Я преподаю немецкий на интеграционном курсе (VHS, модуль 4), у меня в группе учится Хеда Мусаева. Она попросила меня написать вам: сама она по-немецки пока пишет с трудом, а по-русски понимает хорошо.

Семья Мусаевых (мать, отец и четверо детей от 3 до 13 лет) почти два года живёт в Unterkunft в Hand, в двух комнатах. Отец работает на стройке, зарплата нестабильная, остальное доплачивает Jobcenter. С прошлой недели у Хеды на руках WBS на 6 человек. Семья готова к любому району, главное — 4 комнаты.

Могла бы Хеда прийти к вам на консультацию? Лучше в пятницу после 13:00 — в этот день курс заканчивается раньше. Если нужно, я могу её проводить.

С уважением
Елена Розенберг
Kursleiterin DaZ"""),

T("ru", 0, "hard_case", "Артур Саркисян <a.sarkisyan@example.com>", "Жалоба: плесень и тараканы в общежитии",
"""Здравствуйте.

Пишу вам, потому что больше не знаю, к кому. Мы живём в общежитии в Moitzfeld (Unterkunft), комната 7. На стене за кроватью плесень, уже третий месяц, у младшего сына постоянный кашель, врач сказал, что это может быть из-за сырости. На кухне тараканы. Хаусмайстеру говорили много раз.

Я понимаю, что вы, наверное, не отвечаете за ремонт. Но может быть, можно ускорить наш переезд в нормальную квартиру? У нас есть WBS, я работаю в пекарне, жена ходит на курс. Согласны на любой район.

Справку от врача могу принести.
Саркисян Артур"""),

# ---------------- ru landlord_offer ----------------
L("ru", 0, "clean", "Jakob Friesen <jakob.friesen@example.net>", "квартира в Hand, 3 комнаты",
"""Здравствуйте.

Меня зовут Яков Фризен, мы с женой переехали из Казахстана в 1994 году, сейчас оба на пенсии. У нас Zweifamilienhaus в Hand, верхний этаж освободился - квартиранты уехали к детям в Баварию.

3 комнаты, кухня, ванная с окном, 78 кв. м, балкон. Отопление газовое. Kaltmiete 720, Nebenkosten примерно 220. Гараж можно отдельно за 50.

Хотим порядочную семью, некурящих. Дети не мешают, у нас самих 9 внуков. Собаку нежелательно, кошку можно.

Сын сказал, что у вас есть программа и город помогает, если что. Как это всё делается, надо куда-то приходить? Я лучше по телефону объясню, на компьютере пишу плохо.
02202 4588 013 (лучше утром)

Я. Фризен""", charset="koi8-r", enc="8bit"),

L("ru", 0, "mixed_language", "Olga Reimer | Hausverwaltung Strunde <o.reimer@hv-strunde.example.com>",
"Freie Einheiten Oktober / свободные квартиры",
"""Добрый день!

Пишу по-русски, так как знаю, что у вас в команде есть русскоязычная коллега (нам сказали на встрече в Ratssaal). Если неудобно, перешлю на немецком.

Наша Hausverwaltung обслуживает несколько домов в Gronau и Stadtmitte. К 1 октября освобождаются две квартиры, собственники согласны на жильцов из вашей программы:

• WE 04, Gronau, 1. OG – 2 Zi., 49 m², KM 455 €, NK 160 €
• WE 11, Stadtmitte, 3. OG, mit Aufzug – 3 Zi., 74 m², KM 705 €, NK 235 €

Нужны: Selbstauskunft, копия Aufenthaltstitel, Jobcenter-Mietbescheinigung или справка о доходах. SCHUFA не обязательна — собственники согласны, если будет Zusicherung от Jobcenter.

Mit freundlichen Grüßen
Olga Reimer
Immobilienkauffrau
Hausverwaltung Strunde GmbH · Geschäftsführer: R. Kessler · Amtsgericht Köln HRB 00000

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""),

L("ru", 0, "hard_case", "Владимир Кнорр <v.knorr@example.org>", "Что будет, если жильцу не продлят вид на жительство?",
"""Добрый день,

у меня вопрос до того, как я решу, сдавать ли квартиру через вашу программу. Квартира есть (2 комнаты, Refrath), но я пока сомневаюсь.

Беспокоит меня вот что: у многих беженцев временный Aufenthaltstitel. Если жильцу не продлят документы и его вышлют или он уедет сам — кто будет платить аренду до конца срока расторжения и кто освободит квартиру от вещей?

И второй вопрос: слышал, что некоторые города сами снимают квартиры (Generalanmietung) и потом сдают их беженцам. В Бергиш-Гладбахе так бывает? Мне было бы спокойнее — договор с городом, а не с частным лицом.

Спасибо за разъяснения.
В. Кнорр""", charset="windows-1251", enc="quoted-printable"),

L("ru", 0, "clean", "Irina Schell <irina.schell@example.com>", "Плесень в квартире – жильцы и я не можем договориться",
"""Здравствуйте, госпожа Шмитц,

в прошлом году через вас я сдала квартиру в Paffrath семье Х. (номер дела где-то есть, могу найти). Семья хорошая, платят вовремя.

Но сейчас они пишут, что в спальне и в ванной плесень, требуют ремонт и даже говорили что-то про Mietminderung. Я приезжала, посмотрела: плесень есть, но небольшая, и по всем признакам от того, что не проветривают — окна всё время закрыты, бельё сушат в спальне, батарею не включают, чтобы сэкономить. За 20 лет ни у кого в доме плесени не было.

Я готова пригласить специалиста и, если нужно, обработать стены. Но надо, чтобы кто-то объяснил им на их языке, как правильно проветривать (Stoßlüften) и топить, иначе через полгода будет то же самое. Они говорят по-арабски и немного по-немецки.

Можете ли вы помочь? Может быть, у вас есть памятка на арабском?

С уважением
Ирина Шелль"""),

L("ru", 0, "clean", "Alexander Miller Immobilien <a.miller@miller-immo.example.net>", "Квартира 2 комн. Bensberg – кто платит Provision?",
"""Добрый день,

я частный маклер, работаю в основном с русскоязычными собственниками. Сейчас у меня в аренде квартира в Bensberg: 2 комнаты, 58 м², 2-й этаж, ремонт 2023 года, KM 560 €, NK 170 €.

Собственник не против жильцов с Jobcenter. Вопрос в Provision: по закону платит тот, кто заказал маклера, но собственник хочет, чтобы часть (1 Kaltmiete + MwSt.) оплатил арендатор, раз я ищу специально под вашу программу. Оплачивает ли это Jobcenter или ваша программа? Если нет, попробую договориться с собственником.

Готов прислать Exposé.

С уважением,
Александр Миллер"""),

L("ru", 0, "reply", "Галина Кох <galina.koch@example.org>", "AW: Vorschlag Mieterin für Ihre Wohnung in Refrath",
"""Добрый день!

Спасибо, мы с мужем встретились с госпожой Марченко и её сыном, они нам очень понравились. Мы согласны сдать им квартиру с 1 декабря.

Что нужно от нас дальше? Mietbescheinigung для Jobcenter мы заполнили, скан прикладываю. Договор подписываем, когда придёт Zusicherung, правильно понимаю?
И ещё: Kaution Jobcenter платит как Darlehen сразу нам или через неё?

Галина Кох

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 4. November 2025 09:17
An: Galina Koch <galina.koch@example.org>
Betreff: Vorschlag Mieterin für Ihre Wohnung in Refrath

Sehr geehrte Frau Koch,

gern schlagen wir Ihnen Frau Oksana Marchenko und ihren Sohn (12) als Mieter für Ihre Wohnung vor. Frau Marchenko hat den Wohnworkshop abgeschlossen und arbeitet in Teilzeit in einer Bäckerei.

Über eine Rückmeldung nach dem Kennenlernen freuen wir uns.

Mit freundlichen Grüßen
Integration Wohnen""", attach=["Mietbescheinigung_Koch.pdf"], date="2025-11-10 20:31"),

L("ru", 0, "phone", "Nelli <nelli.wiebe@example.com>", "сдаём",
"""здравствуйте сдаётся 1 комн кв в Bensberg 42 кв м 2 эт без лифта 480 тёплая свободна с 1.9 можно одному или паре звоните вечером после 18 0162 5510 837 Нелли"""),

L("ru", 0, "clean", "Евгений и Лариса Шульц <shultz.family@example.net>", "Сдаём свою квартиру на 2 года (с мебелью)",
"""Добрый день!

С апреля мы уезжаем на два года в Канаду к дочери (внуки, нужна помощь). Нашу квартиру в Moitzfeld продавать не хотим, а оставлять пустой жалко. Хотим сдать на два года, с мебелью и техникой.

3 комнаты, 80 м², кухня, стиральная машина — всё есть. Цену назначим по правилам Jobcenter, нам главное, чтобы за квартирой ухаживали.

Вопрос: можно ли вообще в вашей программе сдавать так, на определённый срок (befristeter Mietvertrag)? Понимаем, что семье через два года придётся снова искать, и это не очень хорошо. Если не подходит — скажите честно.

Лариса Шульц""", html="alt"),

L("ru", 0, "clean", "Виктор Энс <viktor.ens@example.com>", "Кандидат с собакой",
"""Здравствуйте. Кандидат, которого вы прислали на квартиру в Schildgen (господин Петренко), сказал на осмотре, что у него собака, средняя. Раньше про это речи не было. В принципе можно, но тогда Kaution на одну месячную больше. Это нормально для Jobcenter? Или предложите другого кандидата.
В. Энс"""),

L("ru", 0, "other", "Sergej Dick <sergej.dick@example.org>", "Фото квартиры в Gronau",
"""Добрый вечер, как договаривались по телефону, фото квартиры во вложении. Ремонт доделаем до 15-го. Жду кандидатов.
С. Дик""", attach=["IMG_4471.jpg", "IMG_4472.jpg", "IMG_4475.jpg"]),
]
