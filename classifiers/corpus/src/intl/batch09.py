# Mixed-language mails, labelled with the dominant language
from common import m, dsn

MAILS = [
# ------------------------------------------------------------------ tenants
m("tenant_request", "en", "mixed_language", "Omid Rezaei <omid.rezaei@example.com>", "Wohnung suchen / looking for flat",
"""Hallo,
ich heiße Omid. Sorry my German is not so good, I write English. I live in the Unterkunft in Refrath with my wife, we are looking for a flat since 8 months. Ich arbeite bei einer Firma in Köln, Vollzeit. We can pay up to 750 warm.
Können Sie mir helfen? Thank you!
Omid
0151 23456619"""),

m("tenant_request", "ar", "mixed_language", "Abu Khaled <abu.khaled@example.net>", "Wohnung",
"""مرحبا
انا اسمي خالد من سوريا. ساكن في Heim في Gronau مع زوجتي و 4 أولاد. نحنا بدنا Wohnung 4 Zimmer. الـ Jobcenter قال لازم Mietangebot. انا ما بعرف كيف لاقي Vermieter يقبل Jobcenter.
bitte helfen Sie uns
danke
خالد""", charset="windows-1256", cte="8bit"),

m("tenant_request", "ar", "mixed_language", "Rania <rania.h@example.com>", "Wohnungsbesichtigung morgen",
"""السلام عليكم أستاذة يلماز
بكرا عندي Besichtigung في Bensberg الساعة ١٠. ممكن حدا يجي معي؟ ألماني تبعي B1 بس بخاف ما افهم كل شي عن Mietvertrag و Nebenkosten.
شكرا كتير
رانيا""", fmt="alt"),

m("tenant_request", "ar", "mixed_language", "Mahmoud Saleh <mahmoud.saleh@example.org>", "Frage",
"""salam, ana mahmoud, sakn fi Unterkunft Paffrath. lae2t Wohnung 2 Zimmer bs el Vermieter bdo Kaution 3 Monate. el Jobcenter bi3ti Darlehen? shukran ktir. Tel 0176 23451187"""),

m("tenant_request", "fr", "mixed_language", "Bintou Sangaré <bintou.sangare@example.com>", "Wohnung / appartement",
"""Guten Tag,
ich bin Bintou, ich wohne in Unterkunft Heidkamp. Excusez-moi, je continue en français parce que mon allemand n'est pas encore assez bon. Je cherche un appartement pour moi et ma fille de 3 ans. J'ai fait le Wohnworkshop en janvier et j'ai le certificat.
Est-ce que vous avez des propositions ?
Vielen Dank
Bintou"""),

m("tenant_request", "uk", "mixed_language", "Oksana Melnyk <oksana.melnyk@example.net>", "Квартира / flat",
"""Добрий день!

Я Оксана, живу з донькою в гуртожитку в Бенсберзі (Unterkunft). We are looking for a small flat, 1-2 rooms. Jobcenter погодився платити до 520 євро warm.

Чи можете допомогти? I can also speak English if easier.

Дякую,
Оксана""", charset="windows-1251", cte="8bit"),

m("tenant_request", "en", "mixed_language", "Taras Bondarenko <taras.bondarenko@example.com>", "Workshop registration + question",
"""Hello, I'd like to register for the Wohnworkshop for me and my wife. Ми живемо в Моїцфельді (Moitzfeld). My wife speaks only Ukrainian, is there translation? Дякую! Taras"""),

m("tenant_request", "ru", "mixed_language", "Sergej <sergej.k@example.org>", "kvartira",
"""Zdravstvujte,
menya zovut Sergej, ya iz Ukrainy (Charkiv), zhivu v Heim v Schildgen. Ishu Wohnung 2 Zimmer dlya menya i mamy. Mama invalid, nuzhen Aufzug ili Erdgeschoss. Jobcenter platit.
Spasibo bolshoe
Sergej"""),

m("tenant_request", "de", "mixed_language", "Nazanin Karimi <nazanin.karimi@example.net>", "Teilnahmebestätigung",
"""Hallo Frau Yilmaz,
ich habe am Workshop teilgenommen (März, Bensberg). Können Sie mir bitte die Teilnahmebestätigung schicken? Der Vermieter braucht sie.
سپاس فراوان / vielen Dank
Nazanin"""),

m("tenant_request", "fa", "mixed_language", "Hamid Azizi <hamid.azizi@example.com>", "Wohnung Refrath",
"""سلام خانم یلماز
من یک Wohnung در Refrath پیدا کردم، ۲ اتاق، ۵۸ متر. Vermieter گفت باید Bescheinigung از Jobcenter بیارم. من نمی‌دونم چه کاغذی. لطفاً کمک کنید.
Danke
حمید"""),

m("tenant_request", "tr", "mixed_language", "Emre Yıldız <emre.yildiz@example.org>", "Kira / Miete",
"""Merhaba,
ben Emre, Heim Lückerath'ta kalıyorum. Hand'da bir Wohnung buldum, 3 Zimmer, 690 Euro kalt. Vermieter Mietschuldenfreiheitsbescheinigung istiyor ama ben daha önce Almanya'da hiç kiracı olmadım. Ne yapmalıyım?
Danke schön
Emre""", charset="iso-8859-9", cte="quoted-printable"),

m("tenant_request", "ku", "mixed_language", "Rojda Ehmed <rojda.ehmed@example.net>", "Wohnung",
"""Silav,
navê min Rojda ye. Ez û zarokên xwe li Unterkunft Hebborn dimînin. Em li Wohnung digerin, 3 Zimmer. Jobcenter kirê dide.
Ji kerema xwe alîkariya me bikin.
Danke
Rojda"""),

m("tenant_request", "ti", "mixed_language", "Hanna Tesfamariam <hanna.tesfa@example.com>", "Mietvertrag unterschrieben",
"""Hallo Herr Schulz,
ich habe den Mietvertrag unterschrieben!! 🙏
ሎሚ ፈሪመ። ብዙሕ የቐንየለይ ንኹሉ ሓገዝኩም። Wann muss ich die Schlüssel vom Heim abgeben?
Hanna"""),

m("tenant_request", "so", "mixed_language", "Khadar Maxamed <khadar.maxamed@example.org>", "flat",
"""Hello, asc. Waxaan ahay Khadar, I live in Heim Gronau. I need flat for me and my brother. Waxaan labadeenuba shaqeynaa. We can pay 700 euro. Mahadsanid / thank you"""),

m("tenant_request", "en", "mixed_language", "Beatrice Achieng <beatrice.achieng@example.com>", "AW: Termin",
"""Dear Mr. Schulz, danke für den Termin. I will come on Thursday at 2 pm with my Betreuerin Frau Schmidt. Ich bringe alle Unterlagen mit, also the SCHUFA.
Best regards, Beatrice""", reply=True),

m("tenant_request", "de", "mixed_language", "Anna Schmidt (Ehrenamt) <anna.schmidt@ehrenamt.example.org>", "Familie Hosseini – bitte um Termin / appointment request",
"""Liebes Team,

ich begleite ehrenamtlich die Familie Hosseini (Eltern und drei Kinder, Unterkunft Romaney). Sie suchen seit einem Jahr eine Wohnung. Herr Hosseini hat jetzt einen unbefristeten Arbeitsvertrag als Lagerhelfer.

Könnten Sie der Familie einen Termin geben? Herr Hosseini hat mich gebeten, ihm auch auf Englisch zu antworten, damit er es selbst lesen kann:

"Dear Mr. Hosseini, I have asked the city for an appointment for you. I will let you know the date as soon as I hear back."

Viele Grüße
Anna Schmidt"""),

m("tenant_request", "ar", "mixed_language", "Yasmin <yasmin.o@example.net>", "",
"""مرحبا، عندي سؤال عن WBS. لازم قدم الطلب عندكم او عند Wohnungsamt؟ انا وزوجي و بنت وحدة. Danke""", fmt="html"),

m("tenant_request", "uk", "mixed_language", "Iryna Kovalenko <iryna.kovalenko@example.com>", "Re: Wohnungsangebot",
"""Добрий день пане Шульц,
дуже дякую за пропозицію! Квартира в Katterbach нам підходить. Ми можемо прийти на Besichtigung у середу після 15:00.
З повагою
Ірина Коваленко""", reply=True, charset="koi8-u", cte="8bit"),

m("tenant_request", "en", "mixed_language", "Joseph Kamara <joseph.kamara@example.org>", "housing + Kita",
"""Hello, I have 2 questions. 1) Status of my Wohnungssuche? Last contact was in May. 2) If we move to Bensberg, do we keep the Kita place in Gronau or need new Anmeldung? Vielen Dank, Joseph"""),

# --- urgent mixed
m("tenant_request", "ar", "mixed_language", "Lubna <lubna.a@example.com>", "DRINGEND Hilfe",
"""أرجوكم ساعدوني
زوجي ضربني امبارح و الـ Polizei جاءت. هلق أنا عند جارتي مع الولاد بس ما بقدر ارجع على البيت. wo können wir heute schlafen? bitte schnell
لبنى 0160 23459087""", u=1),

m("tenant_request", "uk", "mixed_language", "Natalia Shevchenko <natalia.shevchenko@example.net>", "Räumung am Freitag / виселення",
"""Добрий день,
хазяїн квартири (Vermieter) сказав, що в п'ятницю ми маємо виїхати, бо він продає квартиру. Договору немає, ми жили як Untermieter. Я з двома дітьми, молодшому 5 місяців. Wohin sollen wir gehen?? Допоможіть, будь ласка.
Наталія 0176 23454812""", u=1, cte="base64"),

m("tenant_request", "en", "mixed_language", "Ali Reza Sharifi <alireza.sharifi@example.com>", "heim kündigung",
"""hello
today Hausmeister say I must leave Unterkunft on Monday because I have now job and Bescheid from Jobcenter is ended. Ich habe keine Wohnung!! where i go monday? please help
ali reza""", u=1, date="2026-09-10 19:05"),

# ------------------------------------------------------------------ landlords
m("landlord_offer", "de", "mixed_language", "Karin & Steve Miller <millers@example.com>", "Wohnung in Refrath frei / flat available",
"""Hallo liebes Team,

wir (deutsch-amerikanisches Paar) haben eine Einliegerwohnung in Refrath frei: 2 Zimmer, 50 m², eigener Eingang, 520 € warm. Wir würden sie gern an eine geflüchtete Familie oder ein Paar vermieten.

My husband Steve doesn't speak much German, so if someone calls, English is fine with him. Ich bin tagsüber unter 0171 23456644 erreichbar.

Viele Grüße
Karin & Steve"""),

m("landlord_offer", "tr", "mixed_language", "Hasan Çelik <hasan.celik@example.net>", "Daire kiralık – Wohnung zu vermieten",
"""Merhaba,
Gronau'da 3 odalı bir dairem var, 72 m², 1. kat. Ayın 1'inden itibaren boş. Mülteci aileye kiraya verebilirim, Jobcenter ödemesi sorun değil.
Kaltmiete 640 Euro, Nebenkosten 180 Euro.
Tel: 0172 23451890
Mit freundlichen Grüßen / Saygılarımla
Hasan Çelik""", charset="iso-8859-9", cte="8bit"),

m("landlord_offer", "ar", "mixed_language", "Samer Haddad <samer.haddad@example.org>", "شقة للإيجار – Wohnung",
"""مرحبا،
أنا سوري ساكن بألمانيا من 2015، و اشتريت شقة في Paffrath. الشقة 2 Zimmer، 55 متر، فاضية من الشهر الجاي. بحب أأجرها لعيلة لاجئة متلي، و ما عندي مشكلة مع الـ Jobcenter.
Kaltmiete 560 Euro.
تواصلوا معي على 0176 23450733
سامر""", charset="windows-1256", cte="quoted-printable"),

m("landlord_offer", "ru", "mixed_language", "Viktor Schäfer <viktor.schaefer@example.com>", "Квартира в Хебборне",
"""Здравствуйте,
я сам из Казахстана, живу в Германии с 1996 года. У меня есть Wohnung в Hebborn, 2 комнаты, 60 м², свободна с 1 числа. Готов сдать семье из Украины или другим беженцам, Jobcenter платит - нормально.
Miete 590 kalt + 160 NK.
Tel. 0160 23457751
Виктор Шефер""", charset="koi8-r", cte="8bit"),

m("landlord_offer", "de", "mixed_language", "Hausverwaltung Berg & Partner <info@hv-berg.example.com>", "Freie Wohnungen / Available flats – Oktober",
"""Sehr geehrte Damen und Herren,

folgende Wohnungen aus unserem Bestand können wir Ihrer Zielgruppe anbieten:
- Stadtmitte, 2 Zi., 54 m², 2. OG, 498 € kalt
- Bensberg, 3 Zi., 68 m², EG, 615 € kalt

For our international owners we attach an English summary of the programme conditions – could you please confirm that the information is still correct (rent paid directly by the Jobcenter, deposit as a loan)?

Mit freundlichen Grüßen
Berg & Partner Hausverwaltung""", att=[("Exposé_Stadtmitte.pdf", "application/pdf")], fmt="alt"),

m("landlord_offer", "fr", "mixed_language", "Jean Muller <jean.muller@example.net>", "Wohnung Moitzfeld",
"""Guten Tag,
ich bin Elsässer und spreche besser Französisch, alors je continue en français si vous permettez. J'ai un appartement de 2 pièces à Moitzfeld (48 m²) qui sera libre au 1er mars. Je serais d'accord pour le louer à une personne suivie par votre service. Loyer : 470 € + 130 € de charges.
Mit freundlichen Grüßen
Jean Muller"""),

m("landlord_offer", "uk", "mixed_language", "Andrii Lysenko <andrii.lysenko@example.com>", "Здам кімнату / Zimmer",
"""Доброго дня,
я з України, живу в Бергіш-Гладбасі з 2022 року, маю Wohnung з трьома кімнатами в Herkenrath. Одна кімната вільна, можу здати жінці з дитиною з України. 350 євро все включено.
Ich spreche auch Deutsch, B2.
Андрій""", charset="windows-1251", cte="quoted-printable"),

m("landlord_offer", "fa", "mixed_language", "Dariush Ahmadi <dariush.ahmadi@example.net>", "آپارتمان برای اجاره",
"""سلام و وقت بخیر
من ۳۰ سال است در آلمان زندگی می‌کنم و یک Wohnung یک‌خوابه در Stadtmitte دارم. دوست دارم به یک خانواده افغان یا ایرانی که تازه آمده‌اند اجاره بدهم.
Kaltmiete 450 Euro, Nebenkosten 110.
Mit freundlichen Grüßen
داریوش احمدی"""),

m("landlord_offer", "en", "mixed_language", "Monika Nowak <monika.nowak@example.org>", "Re: Ihr Mieter Herr Osman",
"""Hi, sorry I answer in English, ich bin gerade in Krakau. Herr Osman's Miete for November is still missing. Könnten Sie bitte mit ihm sprechen? I'll be back on the 20th.
Thanks, Monika""", reply=True, tz="+0100", date="2025-11-12 13:07"),

m("landlord_offer", "de", "mixed_language", "Peter van Dijk <peter.vandijk@example.com>", "Vermietung – Frage zur Bürgschaft",
"""Guten Tag,
ich besitze eine Wohnung in Frankenforst und überlege, sie über Ihr Programm zu vermieten. Gibt es eine Mietausfallbürgschaft der Stadt? Mein Steuerberater fragt – he is Dutch like me – whether there is any written agreement we can look at first.
Met vriendelijke groet / Mit freundlichen Grüßen
Peter van Dijk"""),

m("landlord_offer", "ar", "mixed_language", "Nabil <nabil.k@example.com>", "ghorfa",
"""marhaba, 3ndi ghorfa fadye bi beiti bi Schildgen, ma3 Bad la7al. bade 2ajjerha la shab 3azab, 300 Euro alles inklusive. Nabil 0151 23458821"""),

m("landlord_offer", "en", "mixed_language", "Lisa & Tom Hartley <hartleys@example.net>", "Flat in Bensberg – Ukrainian family?",
"""Hello,
we have a 2-room flat in Bensberg (58 m²) which will be free from 1 April. We would love to rent it to a Ukrainian family – ми трохи говоримо українською, бо моя мама з Києва. Rent would be 560 cold.
Best, Lisa & Tom"""),

# ------------------------------------------------------------------ inquiries
m("inquiry", "de", "mixed_language", "Integrationsagentur (Beispiel) <info@integrationsagentur.example.org>", "Einladung / Invitation: Fachtag „Wohnen und Ankommen“",
"""Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem Fachtag „Wohnen und Ankommen“ am 9. Oktober 2025 in Bergisch Gladbach ein. Programm und Anmeldung im Anhang.

Dear colleagues from international organisations: the event will be held in German with simultaneous interpretation into English.

Mit freundlichen Grüßen
Ihre Integrationsagentur""", att=[("Programm_Fachtag.pdf", "application/pdf")], fmt="html"),

m("inquiry", "uk", "mixed_language", "Volunteers for Ukraine <hello@ua-volunteers.example.org>", "Волонтери / volunteers",
"""Добрий день!
Ми – група волонтерів з України та Німеччини. We help Ukrainian families with translation and moving. Чи можемо ми співпрацювати з вашою командою? Наприклад, перекладати на Wohnworkshop.
Дякуємо!
Olha, coordinator"""),

m("inquiry", "en", "mixed_language", "Mira Hoffmann <mira.hoffmann@student.example.org>", "Umfrage / survey for my Bachelor thesis",
"""Hallo,
I'm a student of social work (Bachelorarbeit über Wohnraumvermittlung für Geflüchtete). Would someone from your team answer a short online survey (10 Minuten)? Link: https://survey.example.org/ba-wohnen
Vielen Dank!
Mira"""),

m("inquiry", "ar", "mixed_language", "جمعية الجالية العربية <info@arab-verein.example.org>", "Infoveranstaltung",
"""السلام عليكم،
نحن جمعية عربية في Bergisch Gladbach. كتير من أعضائنا بيدوروا على Wohnung وما بيفهموا شو هو WBS و Schufa. ممكن حدا من فريقكم يجي يعمل Infoveranstaltung عندنا؟
Mit freundlichen Grüßen
الهيئة الإدارية"""),

# ------------------------------------------------------------------ auto
m("auto", "de", "mixed_language", "Karin Miller <millers@example.com>", "Abwesenheitsnotiz / Out of office",
"""Vielen Dank für Ihre Nachricht. Ich bin bis zum 18.08. nicht im Büro und habe keinen Zugriff auf meine E-Mails.

Thank you for your message. I am out of the office until 18 August with no access to email.""",
hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"}, date="2025-08-04 08:15"),

dsn("de", "mixed_language", "oksana.m@example.net", "5.1.1", "550 5.1.1 <oksana.m@example.net>: Recipient address rejected: User unknown",
    "Ihr Termin im Auszugsmanagement", orig_date="Mon, 2 Feb 2026 11:20:13 +0100", mta="mx.example.net",
    frm="Mail Delivery System <MAILER-DAEMON@mx.example.net>", subj="Unzustellbar / Undeliverable: Ihr Termin im Auszugsmanagement",
    human="Ihre Nachricht konnte nicht zugestellt werden.\nYour message could not be delivered.\n\n<oksana.m@example.net>: Empfängeradresse unbekannt / recipient address unknown\n",
    date="2026-02-02 11:20"),

# ------------------------------------------------------------------ spam
m("spam", "de", "mixed_language", "Webmail Support <support@stadt-gl-postfach.example.net>", "Ihr Postfach ist voll / Your mailbox is full",
"""Sehr geehrter Benutzer,

Ihr Postfach hat das Speicherlimit erreicht. Klicken Sie hier, um Ihr Postfach zu bestätigen: http://stadt-gl-postfach.example.net/login

Dear user, your mailbox has reached its storage limit. Click here to verify your account.

IT-Abteilung""", fmt="html"),

m("spam", "en", "mixed_language", "Richard Thompson <richard.thompson.home@example.com>", "Wohnung Bergisch Gladbach – available now",
"""Hallo,
I am the owner of the Wohnung in Bergisch Gladbach (3 Zimmer, 85 m², 500 Euro warm). Ich bin jetzt in Schottland für meine Arbeit and cannot show the flat.
Please send the Kaution (1,000 Euro) by Western Union or Transferwise to my lawyer in Edinburgh, then the keys and contract will be sent to you by DHL. Danke.
Richard""", tz="+0000"),

m("spam", "de", "mixed_language", "Krypto Invest <team@krypto-invest.example.com>", "Passives Einkommen mit Bitcoin – start today!",
"""Verdienen Sie bis zu 1.500 € täglich mit unserer KI-Handelsplattform! Over 20,000 Germans already profit. Jetzt registrieren mit nur 250 €.""", fmt="html"),

m("spam", "de", "mixed_language", "Gewinnbenachrichtigung <lotto@euro-gewinn.example.org>", "GEWINNBENACHRICHTIGUNG / WINNING NOTIFICATION",
"""Herzlichen Glückwunsch! Ihre E-Mail-Adresse hat 750.000,00 € gewonnen. CONGRATULATIONS, your e-mail address has won!
Bitte senden Sie Name, Adresse und Kopie Ihres Ausweises an unseren Claims Agent. Bearbeitungsgebühr: 199 €.
Mit freundlichen Grüßen
Dr. Hans Becker, Notar"""),
]

from common import set_dates  # noqa: E402
set_dates(MAILS, {
    "Einladung / Invitation: Fachtag „Wohnen und Ankommen“": "2025-08-28 11:15",
})

if __name__ == "__main__":
    import build
    build.main()
