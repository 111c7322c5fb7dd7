"""r6b batch 02: Russian tenant_request (short messages by people in the programme that mention a landlord, a
viewing, a contract, keys, Jobcenter paper, the owner's conditions; two urgent) and two Russian inquiries."""
from mailwriter import T, I

MAILS = [
T("ru", 0, "oneliner", "Ruslan Dzhabrailov <ruslan.dzh@example.com>", "хозяин",
"""Хозяин квартиры в Гронау хочет поговорить с вами лично, вот его номер 0172 9910384. Он говорит, без разговора с вами не подпишет."""),

T("ru", 0, "phone", "Zarina Musaeva <zarina.musaeva.95@example.net>", "SCHUFA",
"""добрый день. Vermieter хочет SCHUFA, где её взять? в интернете пишут 30 евро, это правда надо платить? у меня нет денег на это. Зарина"""),

T("ru", 0, "clean", "Aleksandr Tkachenko <a.tkachenko.gl@example.org>", "Mietvertrag подписан",
"""Здравствуйте, Анна!

Сегодня я подписал договор на квартиру в Паффрате, прикрепляю скан. Начало аренды с 1.04. Что мне теперь нести в Jobcenter и нужно ли вам что-то ещё?

Спасибо вам за всё,
Александр""", attach=["Mietvertrag_Tkachenko_unterschrieben.pdf"]),

T("ru", 0, "broken", "Madina Ismailova <madina.ismailova@example.com>", "осмотр завтра",
"""Здравствуйте. Завтра в 11 у меня осмотр квартиры в Бенсберге, хозяйка говорит только по-немецки. Может кто-то из вас пойти со мной или хотя бы по телефону помочь? Я боюсь что не пойму её условия."""),

T("ru", 0, "phone", "Timur Alijew <timur.alijew@example.net>", "",
"""ключи получил. хозяин говорит Strom я должен сам оформить, у Stadtwerke или где? и Jobcenter платит за свет или нет? Тимур"""),

T("ru", 0, "clean", "Nodira Karimova <nodira.karimova@example.org>", "Формуляр от Jobcenter",
"""Добрый день,
Jobcenter дал мне бланк „Mietbescheinigung“, который должен заполнить хозяин квартиры. Хозяин говорит, что он ничего не будет заполнять, у него есть договор и этого достаточно. Что мне делать? Без этого Jobcenter не подтвердит.
С уважением, Нодира Каримова"""),

T("ru", 0, "broken", "Arsen Gasanov <arsen.gasanov@example.com>", "Mietschuldenfreiheitsbescheinigung",
"""Здравствуйте. Хозяйка квартиры просит Mietschuldenfreiheitsbescheinigung от прошлого арендодателя. Но я в Германии жил только в Heim, никогда квартиру не снимал. Что ей дать вместо этого? Можете вы написать бумагу что я жил у вас?"""),

T("ru", 1, "clean", "Svetlana Pak <svetlana.pak@example.net>", "Нас выселяют из общежития в пятницу!",
"""Здравствуйте, пожалуйста помогите.

Сегодня нам в Heim сказали, что мы (я и двое детей, 4 и 9 лет) должны освободить комнату до пятницы, потому что у нас теперь Aufenthaltserlaubnis и мы „больше не положены“. Квартиры у нас нет, я ищу с осени, была на 6 осмотрах, везде отказ.

Куда нам идти в пятницу? Мой телефон 0152 33087716.

Светлана Пак""", charset="windows-1251", date="2026-02-17 07:32"),

T("ru", 1, "phone", "Kamila R. <kamila.r.gl@example.com>", "помогите срочно",
"""муж опять избил меня вчера, я с дочкой сейчас у подруги но только до завтра. в квартиру к нему не могу вернуться. мне нужно где-то жить, я была у вас на консультации в январе. пожалуйста позвоните только на этот номер 0157 40022938, не домой""", date="2026-01-22 23:48"),

T("ru", 0, "mixed_language", "Anvar Tursunov <anvar.tursunov@example.org>", "kvartira s 15",
"""Zdravstvujte, Vermieter skazal chto kvartira budet svobodna s 15. maja a ne s 1. Nado li eto soobshit v Jobcenter ili vy sami? Anvar"""),

T("ru", 0, "on_behalf", "Elena Schreiner <elena.schreiner@example.net>", "Родители Шрайнер – хозяин хочет встретиться",
"""Добрый день,

пишу за своих родителей, Виктора и Ирину Шрайнер, они живут у вас в общежитии в Бенсберге с декабря. Мы нашли для них квартиру в Рефрате, хозяин в принципе согласен, но хочет сначала познакомиться с ними и с кем-то из вашей службы. Я в будни работаю в Кёльне, поэтому сама пойти не могу.

Можно ли договориться на встречу? Хозяин предложил следующий вторник в 15:00.

Елена Шрайнер (дочь)"""),

T("ru", 0, "on_behalf", "Jurij Wiebe <jurij.wiebe@example.com>", "семья Хасановых – хозяин просит справку о доходе",
"""Здравствуйте, я волонтёр, сопровождаю семью Хасановых (Чечня, 5 человек). Вчера были на осмотре в Хэнде, всё прошло хорошо. Хозяин теперь просит Einkommensnachweis. Отец работает на Minijob, остальное Jobcenter. Достаточно ли будет Bescheid от Jobcenter или нужно ещё что-то от вас?
Юрий Вибе"""),

T("ru", 0, "clean", "Farhod Nazarov <farhod.nazarov@example.net>", "Статус моей заявки",
"""Здравствуйте. Я у вас зарегистрирован с сентября. Хозяин квартиры в Шильдгене говорит, что от вас ему уже прислали мои документы и он согласен, а я от вас ничего не слышал. Это правда? Фархад Назаров"""),

T("ru", 0, "clean", "Oksana Wirth <oksana.wirth@example.org>", "запись на Wohnungsführerschein",
"""Добрый день! Хочу записаться на ваш курс Wohnungsführerschein. Хозяйка одной квартиры сказала, что с сертификатом ей будет спокойнее сдать мне. Когда следующий курс и есть ли перевод на русский?
Оксана"""),

T("ru", 0, "broken", "Bakhtiyor Rakhimov <b.rakhimov@example.com>", "Kaution наличными",
"""Добрый день, хозяйка хочет Kaution 1500 сразу наличными при ключах. Jobcenter говорит даст только Darlehen и переведёт через 2 недели. Хозяйка ждать не хочет. Это нормально так? Что делать?"""),

T("ru", 0, "reply", "Madina Ismailova <madina.ismailova@example.com>", "Re: Besichtigungstermin Bensberg",
"""Я была на осмотре, хозяйка добрая, сказала что решит до пятницы, есть ещё две семьи. Спасибо что позвонили ей заранее.

Am 03.03.2026 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Liebe Frau Ismailova, die Vermieterin erwartet Sie am Mittwoch um 11 Uhr."""),

T("ru", 0, "phone", "Oleg Sorokin <oleg.sorokin.1982@example.net>", "WBS",
"""хозяйка сказала квартира только с WBS. где его делать и сколько ждать? я один, Jobcenter. Олег""", charset="koi8-r"),

T("ru", 0, "phone", "Timur Alijew <timur.alijew@example.net>", "подтвердить",
"""мне позвонил хозяин говорит квартира моя если ваша служба подтвердит. что подтвердить? я не понял. позвоните ему пожалуйста 0160 3310872"""),

T("ru", 0, "forward", "Zarina Musaeva <zarina.musaeva.95@example.net>", "Fwd: Wohnung Bergisch Gladbach 3 Zimmer",
"""это нормально? хозяин в Испании и хочет сначала деньги за ключи. мне подруга говорит это обман

---------- Forwarded message ---------
From: Mark Hoffmann <mark.hoffmann.rent@example.com>
Subject: Wohnung Bergisch Gladbach 3 Zimmer

Hallo, die Wohnung ist noch frei. Ich bin zur Zeit beruflich in Madrid. Bitte überweisen Sie die Kaution von 1200 Euro, dann schicke ich den Schlüssel per Post."""),

I("ru", 0, "clean", "Alina Martens <alina.martens@example.com>", "Kindergeld после переезда",
"""Здравствуйте, мы переехали в новую квартиру в Хэнде. Надо ли сообщать в Familienkasse новый адрес для Kindergeld, или это автоматически после Ummeldung? К кому обращаться?
Алина"""),

I("ru", 0, "formal", "Jelena Bürger <j.buerger@rheinbote-ru.example.net>", "Запрос от редакции русскоязычной газеты",
"""Здравствуйте!

Я журналист русскоязычной газеты, которая выходит в NRW. Мы готовим материал о том, как беженцам помогают переехать из общежитий в обычные квартиры, и слышали о Вашем проекте в Бергиш-Гладбахе.

Можно ли поговорить с кем-то из сотрудников по телефону 15-20 минут? Нас интересует, сколько семей уже переехали и почему многие русскоязычные владельцы квартир сейчас участвуют.

С уважением
Елена Бюргер
редакция (fiktiv), Köln"""),
]
