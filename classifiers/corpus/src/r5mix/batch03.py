"""r5mix batch 03: German inquiry (press, council, research, students, associations, a landlord association's
invitation, a general volunteer, vendors, a donation, a neighbour, mail for the Bürgerbüro, another municipality)
and spam: one German SEO offer, five English (phishing, fake invoice, rental scam, crypto, guest posts)."""
from mailwriter import I, S

MAILS = [
I("de", 0, "reply", "Jana Ressing <j.ressing@bergischer-bote.example.com>", "AW: Presseanfrage Auszugsmanagement – Rückfragen",
"""Hallo Frau Demir,

vielen Dank für die schnelle Antwort und die Zahlen. Zwei Rückfragen hätte ich noch für den Text, der am Samstag erscheinen soll:

1. Sie schreiben, dass 2025 insgesamt 61 Haushalte aus den Unterkünften in eigene Wohnungen gezogen sind. Wie viele davon über Vermieter aus Ihrem Netzwerk und wie viele, weil die Leute selbst etwas gefunden haben?
2. Wie viele Vermieterinnen und Vermieter haben sich nach dem Aufruf im Herbst neu bei Ihnen gemeldet?

Und: Gibt es eine Vermieterin oder einen Vermieter, die bereit wären, mit mir zu sprechen? Gerne auch anonym. Eine Familie, die es erzählen mag, wäre natürlich ideal, aber ich verstehe, wenn das schwierig ist.

Redaktionsschluss ist Donnerstag, 16 Uhr.

Beste Grüße
Jana Ressing
Lokalredaktion Bergisch Gladbach
Bergischer Bote
Tel. 02202 40 77-31

Am 20.04.2026 um 14:51 schrieb Integration Wohnen:
> Sehr geehrte Frau Ressing,
>
> gerne beantworten wir Ihre Fragen. Im Jahr 2025 konnten 61 Haushalte aus den städtischen Unterkünften in eigenen Wohnraum umziehen. Derzeit sind rund 240 Haushalte bei uns als wohnungssuchend gemeldet.
>
> Mit freundlichen Grüßen
> Aylin Demir
> Integration Wohnen / Stadt Bergisch Gladbach""", date="2026-04-21 10:02"),

I("de", 0, "formal", "Dr. Annette Lohberg <annette.lohberg@ratsfraktion-gl.example.org>", "Anfrage zur Sitzung des Ausschusses für Soziales am 12. Mai",
"""Sehr geehrte Damen und Herren,

zur Vorbereitung der nächsten Sitzung des Ausschusses für Soziales, Wohnen und Integration bitte ich um kurze Auskunft zu folgenden Punkten:

1. Wie viele Personen leben derzeit in städtischen Unterkünften, obwohl sie nach Anerkennung oder Statusänderung zum Auszug berechtigt wären („Fehlbeleger“)?
2. Wie lange beträgt die durchschnittliche Verweildauer dieser Personen in den Unterkünften?
3. Wie viele Workshops („Wohnungsführerschein“) wurden 2025 durchgeführt, mit wie vielen Teilnehmenden?
4. Welche zusätzlichen Mittel wären aus Sicht der Fachstelle erforderlich, um die Zahl der Vermittlungen zu erhöhen?

Mir ist bewusst, dass eine formelle Anfrage über die Verwaltungsspitze läuft; für die Fraktionssitzung am 5. Mai würden mir aber schon grobe Zahlen helfen.

Mit freundlichen Grüßen
Dr. Annette Lohberg
Mitglied des Rates der Stadt Bergisch Gladbach
Sprecherin im Ausschuss für Soziales, Wohnen und Integration""", date="2026-04-22 17:36"),

I("de", 0, "formal", "Prof. Dr. Matthias Kerkhoff <m.kerkhoff@sowi.uni-rheinland.example.org>", "Forschungsprojekt „Zugang zu Wohnraum nach der Unterkunft“ – Interviewanfrage",
"""Sehr geehrte Damen und Herren,

am Institut für Sozialpolitik unserer Universität führen wir derzeit ein vom Land gefördertes Forschungsprojekt zu kommunalen Strategien beim Übergang von Geflüchteten aus Gemeinschaftsunterkünften in regulären Wohnraum durch. Ihr Ansatz, Wohnungssuchende in Workshops vorzubereiten und parallel ein Vermieternetzwerk aufzubauen, ist uns mehrfach als gutes Beispiel genannt worden.

Wir würden gerne ein etwa einstündiges Experteninterview mit einer Mitarbeiterin oder einem Mitarbeiter Ihres Teams führen, gerne auch online. Die Auswertung erfolgt anonymisiert; selbstverständlich erhalten Sie den Abschlussbericht.

Anbei finden Sie eine Kurzbeschreibung des Projekts und die Datenschutzinformation.

Mit freundlichen Grüßen
Prof. Dr. Matthias Kerkhoff
Institut für Sozialpolitik und Stadtforschung""", attach=["Projektskizze_ZuWo.pdf", "Datenschutzinformation_Interview.pdf"]),

I("de", 0, "clean", "Lea Marie Schönenborn <lea.schoenenborn@stud.example.net>", "Bachelorarbeit – kurze Umfrage (10 Minuten)",
"""Hallo liebes Team,

ich studiere Soziale Arbeit im 6. Semester und schreibe meine Bachelorarbeit über die Frage, wie Kommunen Geflüchtete bei der Wohnungssuche unterstützen. Dafür habe ich einen kurzen Online-Fragebogen erstellt (ca. 10 Minuten), den ich an Fachstellen in NRW schicke.

Link: https://umfrage.example.net/s/wohnen-ba-2026

Es wäre super, wenn jemand aus Ihrem Team teilnehmen könnte. Falls Sie außerdem Material zu Ihrem Workshop haben, das öffentlich ist (Flyer o. ä.), würde ich mich sehr freuen.

Vielen Dank und liebe Grüße
Lea Schönenborn"""),

I("de", 0, "clean", "Flüchtlingshilfe Bensberg e.V. <vorstand@fluechtlingshilfe-bensberg.example.org>", "Einladung Runder Tisch Wohnen am 19. Mai",
"""Liebe Kolleginnen und Kollegen,

der nächste Runde Tisch „Wohnen für Geflüchtete“ findet am Dienstag, 19. Mai, von 18 bis 20 Uhr im Gemeindesaal der evangelischen Kirche in Bensberg statt.

Themen:
- Erfahrungen der Patinnen und Paten bei der Wohnungssuche
- Neue Regelungen zur Wohnsitzauflage
- Wie können Ehrenamtliche und Stadt besser zusammenarbeiten?

Wir würden uns sehr freuen, wenn jemand aus Ihrem Team kommen und 10 Minuten über den aktuellen Stand des Auszugsmanagements berichten könnte. Bitte gebt uns kurz Bescheid, ob das klappt.

Herzliche Grüße
für den Vorstand
Barbara Merzenich

Flüchtlingshilfe Bensberg e.V. | Vereinsregister Amtsgericht Köln | gemeinnützig anerkannt""", date="2026-04-10 22:05"),

I("de", 0, "broken", "Dariush Nikzad <d.nikzad@example.net>", "Hilfe anbieten",
"""Guten Tag,

ich bin Dariush Nikzad, ich bin Rentner seit letztem Jahr, früher Elektroingenieur. Ich bin 1986 aus Iran nach Deutschland gekommen. Ich habe viel Zeit und ich möchte helfen.

Ich kann Lampen anschließen, Möbel aufbauen, auch bei Behörde mitgehen oder übersetzen Persisch-Deutsch. Ich habe ein Auto mit Anhänger für Umzug.

Ich kenne keine Familie persönlich, aber vielleicht Sie haben Leute, die Hilfe brauchen beim Umzug in neue Wohnung? Bitte sagen Sie mir wie das geht, muss ich irgendwo anmelden als Ehrenamt?

Mit freundlichen Grüßen
Dariush Nikzad
Refrath"""),

I("de", 0, "html_only", "Umzüge Berger & Sohn <angebote@umzuege-berger.example.com>", "Sonderkonditionen für soziale Träger und Kommunen",
"""Sehr geehrte Damen und Herren,

seit über 30 Jahren sind wir Ihr zuverlässiger Partner für Umzüge im Rheinisch-Bergischen Kreis.

Speziell für Kommunen, Wohlfahrtsverbände und soziale Träger bieten wir ab sofort:
✔ Festpreis-Umzüge innerhalb von Bergisch Gladbach ab 349 € (bis 20 m³)
✔ Möbelmontage und Küchenaufbau
✔ Entrümpelung und Entsorgung
✔ Direkte Abrechnung mit Jobcenter und Sozialamt möglich

Gerne senden wir Ihnen unsere Rahmenvereinbarung zu.

Mit freundlichen Grüßen
Ihr Team von Umzüge Berger & Sohn
Telefon 02202 123 456 0

Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich zugänglich ist. Wenn Sie keine weiteren Informationen wünschen, antworten Sie mit „Abmelden“.""", html="only"),

I("de", 0, "clean", "Christel Moog <christel.moog@example.org>", "Möbel abzugeben – Wohnungsauflösung",
"""Guten Tag,

wir lösen Ende Mai die Wohnung meines verstorbenen Onkels in Schildgen auf. Es ist einiges gut erhalten: ein Kleiderschrank, zwei Betten mit Matratzen (neu 2023), ein Esstisch mit vier Stühlen, Kühlschrank, Waschmaschine (5 Jahre alt), Geschirr und Töpfe.

Bevor alles zum Sperrmüll geht, würden wir es gerne Menschen geben, die gerade in eine eigene Wohnung ziehen. Abholen müsste man selbst, wir können aber beim Tragen helfen.

Können Sie das an Familien weitergeben, oder wissen Sie, an wen ich mich sonst wenden kann?

Freundliche Grüße
Christel Moog""", attach=["Moebel_Fotos.jpg"]),

I("de", 0, "clean", "Günter Hasselbach <g.hasselbach@example.net>", "Beschwerde Unterkunft Gronau",
"""Sehr geehrte Damen und Herren,

ich wohne direkt gegenüber der Unterkunft in Gronau. Seit Wochen stehen vor dem Gebäude überquellende Müllsäcke, die Krähen verteilen alles über den Gehweg. Außerdem wird fast jede Nacht bis 1 Uhr im Hof laut Musik gehört.

Ich habe nichts gegen die Leute, die dort wohnen, die meisten grüßen freundlich. Aber so kann es nicht weitergehen. Beim Ordnungsamt erreiche ich niemanden.

Ich bitte darum, dass sich jemand darum kümmert, und um eine Antwort, wer für das Gebäude zuständig ist.

Mit freundlichen Grüßen
Günter Hasselbach""", date="2026-04-19 08:52"),

I("de", 0, "broken", "Ioana Munteanu <ioana.munteanu89@example.com>", "Termin Anmeldung",
"""Hallo

ich bin mit meine Familie umgezogen von Köln nach Bergisch Gladbach, Bensberg, seit 1. April. Ich brauche Termin für Anmeldung neue Adresse und auch Personalausweis für meine Sohn ist kaputt.

Auf Internet ich finde keine Termin, alles voll bis Juni. Ist das richtig hier? Bitte helfen, Arbeitgeber braucht Meldebescheinigung.

Danke
Ioana Munteanu"""),

I("de", 0, "clean", "Birgit Hamann <b.hamann@vhs-rb.example.org>", "Vorstellung des Workshops in meinem Integrationskurs?",
"""Hallo zusammen,

ich unterrichte an der Volkshochschule zwei Integrationskurse (B1) und wir sind gerade beim Modul „Wohnen“. Viele meiner Teilnehmenden wohnen noch in Unterkünften und fragen mich immer wieder, wie das mit Ihrem Wohnungsführerschein funktioniert – wer teilnehmen kann, wie man sich anmeldet, ob das etwas kostet.

Wäre es möglich, dass jemand von Ihnen für 30 Minuten in den Kurs kommt und das Programm vorstellt? Alternativ würde mir auch ein Flyer in einfacher Sprache helfen, den ich verteilen kann.

Unterricht ist Montag bis Donnerstag, 8:30 bis 12:45 Uhr.

Viele Grüße
Birgit Hamann
Kursleiterin Integrationskurse"""),

I("de", 0, "formal", "Fachdienst Wohnraumsicherung <wohnraumsicherung@nachbarkommune.example.org>", "Kollegialer Austausch zum Vermieternetzwerk",
"""Sehr geehrte Kolleginnen und Kollegen,

in unserer Stadt planen wir für 2027 den Aufbau eines Vermieternetzwerks nach dem Vorbild verschiedener Kommunen in NRW, unter anderem Ihrem. Bevor wir ein Konzept in den Rat einbringen, würden wir sehr gerne von Ihren Erfahrungen lernen:

- Wie haben Sie die ersten Vermieterinnen und Vermieter gewonnen?
- Welche Anreize (z. B. Mietausfallfonds, Ansprechperson) haben sich bewährt?
- Wie ist die Stelle personell ausgestattet?

Wäre ein Austausch per Videokonferenz in den nächsten Wochen möglich? Gerne kommen wir auch zu Ihnen.

Mit freundlichen Grüßen
Tobias Wegerhoff
Fachdienst Wohnraumsicherung und Integration"""),

I("de", 0, "clean", "Eigentümerverein Rhein-Berg e.V. <geschaeftsstelle@eigentuemerverein-rb.example.org>", "Einladung: Mitgliederabend „Vermieten an Geflüchtete“",
"""Sehr geehrte Damen und Herren,

im Herbst veranstalten wir für unsere Mitglieder einen Themenabend zur Vermietung an Geflüchtete und Menschen im Leistungsbezug. Viele unserer Mitglieder haben Wohnungen, zögern aber wegen offener Fragen (Mietzahlung durch das Jobcenter, Kommunikation, Schäden).

Wir würden uns freuen, wenn Sie als Referentin oder Referent Ihr Programm vorstellen und Fragen beantworten könnten. Geplant ist der 24. September, 19 Uhr, im Saal unserer Geschäftsstelle. Vortragsdauer etwa 30 Minuten, danach Diskussion. Eine Aufwandsentschädigung ist leider nicht vorgesehen, für Bewirtung ist gesorgt.

Mit freundlichen Grüßen
Ulrich Rosendahl
Geschäftsführer
Eigentümerverein Rhein-Berg e.V."""),

I("de", 0, "clean", "Sprachbrücke Dolmetscherdienste <kontakt@sprachbruecke-dolmetschen.example.com>", "Dolmetscher für Dari, Tigrinya, Arabisch – auch kurzfristig",
"""Sehr geehrte Damen und Herren,

Sprachbrücke vermittelt seit 2016 geprüfte Dolmetscherinnen und Dolmetscher für Behörden, Schulen und soziale Einrichtungen – vor Ort, per Telefon oder per Video.

Besonders gefragt sind bei uns Dari/Farsi, Tigrinya, Arabisch, Kurmanci, Türkisch und Ukrainisch. Für Gespräche wie Mietvertragsunterzeichnungen oder Workshops können wir oft innerhalb von 48 Stunden jemanden stellen.

Unsere Preisliste für öffentliche Auftraggeber finden Sie im Anhang. Für ein unverbindliches Telefonat stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Serkan Yıldırım
Geschäftsführer
Sprachbrücke Dolmetscherdienste GmbH""", attach=["Preisliste_oeffentliche_Auftraggeber_2026.pdf"]),

S("de", 0, "clean", "Marketing Team <partner@seo-linkboost.example.net>", "Gastbeitrag auf stadt-gl.de – Kooperationsanfrage",
"""Hallo Webmaster,

wir haben Ihre Website besucht und sind begeistert von den Inhalten! Wir sind eine Agentur für Content-Marketing und möchten Ihnen einen hochwertigen Gastbeitrag zum Thema „Tipps für die erste eigene Wohnung“ anbieten – kostenlos und einzigartig.

Als Gegenleistung bitten wir nur um einen Dofollow-Link zu unserem Kunden (Online-Casino / Kreditvergleich). Alternativ zahlen wir 150 € pro veröffentlichtem Link.

Interesse? Antworten Sie einfach auf diese E-Mail.

Beste Grüße
Lisa | Outreach Manager"""),

S("en", 0, "html_only", "Microsoft 365 Security <security-noreply@m365-account-alerts.example.com>", "Action required: password for integration-wohnen@stadt-gl.de expires today",
"""Microsoft 365

Your password expires today

The password for integration-wohnen@stadt-gl.de will expire at 23:59 (CET). After that you will lose access to e-mail, Teams and OneDrive.

To keep your current password, please confirm your credentials:

KEEP CURRENT PASSWORD
https://m365-account-alerts.example.com/keep?id=c3RhZHQtZ2w

If you did not request this, you can ignore this message and your account will be locked.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""", html="only", date="2026-04-14 02:47"),

S("en", 0, "formal", "Accounts Receivable <billing@globaldomain-services.example.net>", "FINAL NOTICE: Invoice INV-88213 overdue – domain stadt-gl.de",
"""Dear Customer,

Our records show that invoice INV-88213 for the annual SEO registration of your domain stadt-gl.de remains unpaid.

Amount due: EUR 489.00
Due date: 10 April 2026

If payment is not received within 48 hours, your domain listing will be removed from all search engines and your website will no longer be visible online.

Please find the invoice attached and pay using the secure link below:
https://globaldomain-services.example.net/pay/INV-88213

This is not a domain registration bill. This is an optional search engine submission service.

Accounts Receivable Department""", attach=["INV-88213.pdf"]),

S("en", 0, "other", "Dr. Margaret Ellison <margaret.ellison.mission@example.org>", "Apartment for a refugee family - free of charge",
"""Hello,

I hope this message meets you well. I am Dr. Margaret Ellison, a medical missionary currently serving in Ghana with a charity hospital. I own a furnished 3 bedroom apartment in Bergisch Gladbach which I inherited from my late husband, God rest his soul.

Since I will be abroad for the next 3 years, I want the apartment to go to a refugee family who really needs it. The rent is only 300 EUR monthly including all bills. I am not interested in money, only that the apartment is cared for.

Because I am not in Germany, the keys and documents are held by my lawyer in London. The family only needs to transfer the first month and the deposit (600 EUR) via Western Union to my lawyer so he can send the keys by courier.

Please send me the contact of a family as soon as possible.

God bless your work,
Dr. Margaret Ellison"""),

S("en", 0, "clean", "Crypto Wallet Support <support@btc-wallet-recovery.example.com>", "You have 0.4821 BTC waiting - claim before 30 April",
"""Hello,

Our records show that your email address is linked to an inactive Bitcoin wallet holding 0.4821 BTC (approx. 31,200 EUR).

Due to new EU regulations (MiCA), unclaimed wallets will be transferred to the state treasury after 30 April 2026.

To claim your balance, verify your identity and pay the one-time network activation fee of 0.005 BTC:
https://btc-wallet-recovery.example.com/claim

Do not share this message.

Wallet Recovery Team"""),

S("en", 0, "clean", "Daniel Morgan <daniel.morgan.outreach@example.net>", "Quick question about your website",
"""Hi there,

I was reading your page about housing support and really enjoyed it. I'm a freelance writer and I'd love to contribute a guest post to your site. Some topics I had in mind:

- 10 Ways to Make a Small Apartment Feel Bigger
- How to Choose the Best Home Insurance in 2026
- Why Smart Locks Are the Future of Renting

The article would be 100% original and free. All I ask is one do-follow link to a site of my choice within the content.

If you'd prefer, I can also pay a small fee for a sponsored post. Let me know which works best!

Cheers,
Daniel

P.S. If you're not the right person, could you forward this to whoever manages your website?"""),
]
