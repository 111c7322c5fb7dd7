"""r4east batch 04: very short mail. One-liners and short follow-ups of tenants on their own case (one urgent)
versus landlords' 1-4 line follow-ups (viewing confirmed, photos, contract, family accepted, Jobcenter
question); short questions meant for other offices and a neighbour's complaint (inquiry); two spam notices."""
from mailwriter import T, L, I, S

MAILS = [
# ---------------------------------------------------------------- tenant_request: short follow-ups
T("uk", 0, "oneliner", "Ганна Мороз <hanna.moroz@example.net>", "новини?",
"""Добрий день, чи є якісь новини по моїй справі? Я зареєстрована з вересня. Ганна Мороз, Unterkunft Gronau""", charset="windows-1251"),

T("uk", 0, "phone", "Kateryna <kateryna.bilyk@example.com>", "Я знайшла квартиру!!",
"""я знайшла квартиру в Refrath 2 кімнати 49м2 хазяїн хоче говорити з вами подзвоніть мені будь ласка 0152 7719 3306 Катерина Білик"""),

T("ru", 0, "oneliner", "Аслан Хасанов <aslan.khasanov@example.org>", "документы",
"""Спасибо, все документы отправил вчера по почте. Аслан Хасанов""", charset="koi8-r"),

T("ru", 0, "reply", "Елена Сидоренко <elena.sidorenko@example.net>", "AW: Ihr Beratungstermin",
"""Да, в четверг в 10:00 приду. Спасибо!
Елена

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Montag, 8. September 2025 14:12
An: elena.sidorenko@example.net
Betreff: Ihr Beratungstermin

Sehr geehrte Frau Sidorenko,

wir können Ihnen einen Beratungstermin am Donnerstag, 11.09., um 10:00 Uhr anbieten (Konrad-Adenauer-Platz, Zimmer 118). Bitte bringen Sie Ihren aktuellen Jobcenter-Bescheid mit.

Mit freundlichen Grüßen
Team Integration Wohnen"""),

T("tr", 0, "oneliner", "Oğuz Polat <oguz.polat@example.com>", "termin",
"""termin yarin mi saat kacta unuttum"""),

T("tr", 0, "reply", "Esra Kurt <esra.kurt@example.org>", "Re: Rückfrage zu Ihren Unterlagen",
"""Merhaba, evet, maaş bordrosu (Gehaltsabrechnung) son 3 ay ekte. Kocamın iş sözleşmesi de ekte.
Esra Kurt

Am 02.10.2025 um 09:15 schrieb Integration Wohnen:
> Sehr geehrte Frau Kurt,
> für die weitere Bearbeitung benötigen wir noch die Gehaltsabrechnungen der letzten drei Monate.
> Freundliche Grüße""", attach=["Gehaltsabrechnung_Jul_Sep.pdf", "Arbeitsvertrag_Kurt.pdf"]),

T("uk", 0, "broken", "Vira Sokil <vira.sokil@example.net>", "WBS",
"""dobryi den, ya vzhe otrymala WBS (dodaiu foto), shcho meni teper robyty dali? Vira Sokil""", attach=["WBS_foto.jpg"]),

T("ru", 0, "broken", "Murad Aliev <murad.aliev77@example.com>", "zhdu",
"""zdravstvujte, ja uzhe 6 mesjacev zhdu kvartiru, zhivu v Heim Schildgen, est kakie-to novosti? mozhet nado chto-to eshe prinesti. Murad Aliev"""),

T("tr", 1, "phone", "Yasin Kara <yasin.kara@example.net>", "acil",
"""yarin heimden cikmam lazim dediler nereye gidecegim bilmiyorum 2 cocuk var lutfen arayin 0157 4410 2298""", date="2025-11-27 22:41"),

T("uk", 0, "oneliner", "Сергій Кузьменко <serhii.kuzmenko@example.org>", "новий номер",
"""Змінив номер телефону: 0176 3302 8814. Сергій Кузьменко (справа у пані Беккер)"""),

# ---------------------------------------------------------------- landlord_offer: short follow-ups
L("uk", 0, "oneliner", "Ніна Шнайдер <nina.schneider.gl@example.com>", "Besichtigung Freitag",
"""Добрий день, показ моєї квартири для родини Гуменюк у п'ятницю о 17:00 підходить. Прошу не запізнюватися, о 18:00 у мене інший Termin.
Ніна Шнайдер"""),

L("ru", 0, "oneliner", "Андрей Вебер <andrej.weber@example.net>", "Фото квартиры",
"""Фото квартиры в Моитцфельде во вложении, как вы просили. А. Вебер""", attach=["IMG_4410.jpg", "IMG_4411.jpg", "IMG_4415.jpg"]),

L("tr", 0, "oneliner", "İsmail Bulut <ismail.bulut@example.org>", "Sözleşme",
"""Sözleşme imzalandı, teşekkürler. Anahtarları 1 Nisan'da aileye vereceğim.
İsmail Bulut"""),

L("uk", 0, "broken", "Petro Hartmann <petro.hartmann@example.com>", "rodyna",
"""Dobryi den, rodyna vchora pryikhala dyvytys kvartyru, vony meni spodobalys, beru yikh. Shcho dali? Petro Hartmann"""),

L("tr", 0, "oneliner", "Cengiz Yurt <cengiz.yurt@example.net>", "Jobcenter kirası",
"""Merhaba, kirayı Jobcenter direkt bana mı öder? Öyleyse Bensberg'deki daireyi sizin programa veririm. Cengiz Yurt"""),

L("uk", 0, "reply", "Оксана Ланге <oksana.lange@example.org>", "AW: Ist Ihre Wohnung noch frei?",
"""Так, квартира ще вільна до кінця місяця. Якщо у вас є кандидати, можу показати в суботу.
О. Ланге

Am 14.05.2025 um 11:30 schrieb Integration Wohnen <integration-wohnen@stadt-gl.de>:
> Sehr geehrte Frau Lange,
> ist die Wohnung in der Dolmanstraße noch verfügbar? Wir hätten eine passende Familie.
> Viele Grüße"""),

# ---------------------------------------------------------------- inquiry: other offices, complaint
I("ru", 0, "oneliner", "Игорь Павлов <igor.pavlov@example.com>", "Ummeldung",
"""Где сделать Ummeldung, если я переехал внутри Бергиш-Гладбаха? Это к вам или в Bürgerbüro?"""),

I("uk", 0, "oneliner", "Олександр Дем'яненко <o.demianenko@example.net>", "Anmeldung",
"""Доброго дня, чи можна у вас зробити Anmeldung? Не можу знайти вільний Termin у Bürgerbüro."""),

I("tr", 0, "broken", "Nuri Keskin <nuri.keskin@example.org>", "arabalar",
"""merhaba, Kempener Str deki Heim in önüne her aksam arabalar park ediyor benim garaj kapımın önüne de. 3 kere oldu bu hafta, ben ise gidemiyorum. bu kimin sorumlulugu? lutfen bir sey yapin
Nuri Keskin, komşu"""),

I("uk", 0, "oneliner", "Людмила Гордієнко <liudmyla.hordiienko@example.com>", "Kindergeld",
"""Підкажіть, будь ласка, куди подавати заяву на Kindergeld? Familienkasse в Бергіш-Гладбасі є?"""),

# ---------------------------------------------------------------- spam
S("uk", 0, "other", "Sparkasse Sicherheit <sicherheit@sparkasse-konto.example.com>", "Ваш рахунок тимчасово заблоковано",
"""Шановний клієнте Sparkasse,

через підозрілу активність ваш онлайн-банкінг тимчасово заблоковано. Щоб відновити доступ, підтвердіть свої дані протягом 24 годин:

https://sparkasse-konto.example.com/ua/verify

Після цього терміну рахунок буде закрито остаточно.

Ваша Sparkasse""", html="only"),

S("ru", 0, "other", "Hermes Доставка <noreply@hermes-zustellung.example.net>", "Ваша посылка ожидает – подтвердите адрес",
"""Здравствуйте!

Ваша посылка № H10022 8471 не может быть доставлена: неверный номер дома.
Подтвердите адрес и оплатите повторную доставку (2,49 €) по ссылке:
http://hermes-zustellung.example.net/ru/adresse

Если вы не подтвердите адрес в течение 2 дней, посылка будет уничтожена."""),
]
