"""r7a batch 03: German inquiry (press, council group, researcher, landlord association, volunteers, teacher,
neighbour, mail for other offices, migrant association, another municipality, a vendor), three German spam mails
and six English inquiries."""
from mailwriter import I, S

MAILS = [
I("de", 0, "clean", "Tobias Herkenrath <t.herkenrath@rbz-lokal.example.com>", "Anfrage Bergische Zeitung: Wie viele Vermieter machen mit?",
"""Guten Tag,

ich schreibe für die Lokalredaktion und plane für die Wochenendausgabe einen Text über die Wohnungssituation geflüchteter Menschen in Bergisch Gladbach.

Mich würde interessieren:
– Wie viele Vermieterinnen und Vermieter haben sich 2025 bei Ihnen gemeldet und tatsächlich eine Wohnung angeboten?
– Wie viele Haushalte konnten Sie in private Wohnungen vermitteln?
– Wie lange leben Menschen im Schnitt in den Unterkünften, bevor sie ausziehen?

Gerne würde ich auch mit einem Vermieter sprechen, der gute Erfahrungen gemacht hat – falls Sie jemanden fragen könnten, ob er oder sie dazu bereit wäre.

Redaktionsschluss ist Donnerstag, 12 Uhr. Ein kurzes Telefonat würde mir auch reichen: 02202 9360-227.

Beste Grüße
Tobias Herkenrath
Redakteur Lokales"""),

I("de", 0, "formal", "Fraktionsbüro Bürgerliste GL <fraktion@buergerliste-gl.example.org>", "Anfrage zur Sitzung des Sozialausschusses am 14.05.",
"""Sehr geehrte Damen und Herren,

zur Vorbereitung der Sitzung des Ausschusses für Soziales, Wohnen und Integration bittet unsere Fraktion um folgende Informationen:

1. Anzahl der Personen, die Ende 2025 in städtischen Unterkünften lebten und grundsätzlich auszugsberechtigt waren,
2. Anzahl der im Jahr 2025 erfolgten Auszüge in privaten Wohnraum, möglichst nach Haushaltsgröße,
3. Zahl der Teilnehmenden an den Wohnungsworkshops,
4. Personalausstattung des Bereichs Auszugsmanagement.

Falls die Zahlen bereits in einer Verwaltungsvorlage enthalten sind, genügt ein Hinweis.

Mit freundlichen Grüßen
i. A. Petra Schallenberg
Fraktionsgeschäftsstelle"""),

I("de", 0, "clean", "Lea Fassbender <lea.fassbender@uni-koeln.example.org>", "Interviewanfrage Masterarbeit – kommunale Wohnraumvermittlung",
"""Sehr geehrte Damen und Herren,

mein Name ist Lea Fassbender, ich studiere im Master Sozialwissenschaften und schreibe meine Abschlussarbeit zum Thema "Vermittlung von Geflüchteten in den privaten Wohnungsmarkt – Praktiken kommunaler Akteure".

Ich würde gern ein leitfadengestütztes Interview (ca. 45–60 Minuten) mit einer Person aus Ihrem Team führen, gern auch online. Es geht um Ihre Arbeitsweise, die Zusammenarbeit mit Vermieterinnen und Vermietern und die Herausforderungen im Alltag. Selbstverständlich werden alle Angaben anonymisiert; eine Einverständniserklärung und den Leitfaden schicke ich Ihnen vorab.

Zeitlich wäre ich im April und Mai flexibel.

Vielen Dank und freundliche Grüße
Lea Fassbender""", attach=["Leitfaden_Interview_Fassbender.pdf"]),

I("de", 0, "formal", "Haus & Grund Ortsverein Bensberg <vorstand@hug-bensberg.example.org>", "Einladung: Mitgliederabend 'Vermieten mit Unterstützung der Stadt'",
"""Sehr geehrte Damen und Herren,

unser Ortsverein veranstaltet am Dienstag, 23. September, um 19 Uhr im Saal der Gaststätte "Zur Post" seinen Herbst-Mitgliederabend. Viele unserer Mitglieder haben uns gefragt, wie das städtische Programm zur Vermittlung von Geflüchteten funktioniert und welche Erfahrungen andere Eigentümer gemacht haben.

Wir würden uns sehr freuen, wenn jemand aus Ihrem Team einen kurzen Vortrag (ca. 20 Minuten) halten und anschließend Fragen beantworten könnte. Erfahrungsgemäß kommen 40–60 Mitglieder.

Für eine kurze Rückmeldung bis Ende August wären wir dankbar.

Mit freundlichen Grüßen
Wolfgang Pütz
1. Vorsitzender"""),

I("de", 0, "clean", "Renate Kirchhoff <renate.kirchhoff@example.net>", "Ich möchte helfen",
"""Hallo,

ich bin seit letztem Jahr in Rente (vorher Sachbearbeiterin bei einer Versicherung) und habe Zeit. Ich habe gelesen, dass es für Geflüchtete sehr schwer ist, eine Wohnung zu finden.

Könnte ich irgendwie unterstützen? Ich könnte mir vorstellen, Leute zu Besichtigungen zu begleiten, beim Ausfüllen von Formularen zu helfen oder Telefonate mit Vermietern zu führen. Ich habe ein Auto.

Wie läuft so etwas bei Ihnen, braucht man eine Schulung oder ein Führungszeugnis?

Freundliche Grüße
Renate Kirchhoff
Refrath"""),

I("de", 0, "clean", "Jan-Philipp Voss <j.voss@ggs-refrath.example.org>", "Wie können wir als Schule Familien an Sie verweisen?",
"""Sehr geehrte Damen und Herren,

ich bin Klassenlehrer an einer Grundschule in Refrath und gleichzeitig Ansprechpartner für unsere Schulsozialarbeit. Immer wieder erzählen uns Eltern, dass sie seit Jahren in einer Unterkunft leben und keine Wohnung finden; die Kinder haben oft keinen ruhigen Platz für Hausaufgaben.

Wir würden die Familien gern auf Ihr Angebot hinweisen. Wie ist da der richtige Weg? Können die Eltern sich direkt bei Ihnen melden, gibt es einen Flyer (evtl. mehrsprachig), oder sollen wir als Schule Kontakt aufnehmen? Müssen die Familien bestimmte Voraussetzungen erfüllen?

Gerne würden wir Sie auch einmal zu einer Dienstbesprechung einladen.

Mit freundlichen Grüßen
Jan-Philipp Voss"""),

I("de", 0, "clean", "Heinz-Dieter Wolter <hd.wolter@example.com>", "Zustände an der Unterkunft Kempener Weg",
"""Sehr geehrte Damen und Herren,

ich wohne direkt gegenüber der Unterkunft und möchte mich beschweren. Seit Wochen stehen die Mülltonnen überfüllt an der Straße, der Wind verteilt den Abfall in unsere Vorgärten. Dazu kommt, dass abends regelmäßig bis nach 23 Uhr laut Musik aus den offenen Fenstern kommt.

Ich habe nichts gegen die Menschen dort, aber irgendjemand muss sich darum kümmern. Bei der Hausverwaltung der Unterkunft geht niemand ans Telefon. Ich weiß nicht, ob Sie zuständig sind, bitte leiten Sie die Mail andernfalls weiter.

Mit freundlichen Grüßen
H.-D. Wolter"""),

I("de", 0, "broken", "Arben Krasniqi <arben.krasniqi@example.net>", "Anwohnerparkausweis",
"""Guten Tag,

ich bin umgezogen nach Bensberg, Schloßstraße Nähe, und ich brauche Parkausweis für Anwohner. Auf Internetseite von Stadt steht viele Email, ich weiß nicht welche richtig ist. Was muss ich mitbringen und kostet es etwas?

Danke
Arben Krasniqi"""),

I("de", 0, "broken", "Kifah Darwish <kifah.darwish@example.com>", "Verlängerung Aufenthaltserlaubnis Termin",
"""Sehr geehrte Damen und Herren

meine Aufenthaltserlaubnis läuft ab am 30.04. und ich bekomme keinen Termin. Ich habe angerufen 10 mal, niemand geht ran. Online Termin gibt es keine frei.
Bitte können Sie mir einen Termin geben oder sagen was ich machen soll, mein Arbeitgeber braucht das Papier.

Mit freundlichen Grüßen
Kifah Darwish"""),

I("de", 0, "broken", "Kulturverein Anadolu Köln-Mülheim e.V. <info@anadolu-kv.example.org>", "Einladung Infoabend für Familien",
"""Sehr geehrte Damen und Herren,

unser Verein macht jeden Monat ein Infoabend für Familien aus unsere Gemeinde, viele wohnen auch in Bergisch Gladbach. Im Juni wollen wir Thema "Wohnung suchen, Mietvertrag, Rechte und Pflichten" machen.

Wir möchten fragen ob jemand von Ihnen kommen kann und erklären wie Ihre Arbeit funktioniert und wie der Workshop ist. Termin wäre Freitag 13. Juni, 18:30 Uhr, in unsere Räume. Wir machen auch Essen :)

Bitte geben Sie Bescheid.
Mit freundlichen Grüßen
Serkan Yıldırım
Vorstand"""),

I("de", 0, "formal", "Stadt Leverkusen – Fachbereich Soziales <wohnen.integration@stadt-lev.example.org>", "Fachlicher Austausch Auszugsmanagement",
"""Liebe Kolleginnen und Kollegen,

wir bauen in Leverkusen derzeit ein ähnliches Angebot zur Unterstützung beim Auszug aus Gemeinschaftsunterkünften auf und haben gehört, dass Sie mit Ihren Wohnungsworkshops und dem Vermieternetzwerk gute Erfahrungen machen.

Hätten Sie Interesse an einem fachlichen Austausch? Wir würden gern mit zwei Kolleginnen zu Ihnen kommen, oder wir treffen uns digital. Besonders interessiert uns, wie Sie Vermieter gewinnen und welche Unterlagen Sie den Teilnehmenden mitgeben.

Viele Grüße
Corinna Lauterbach
Sachgebietsleitung Unterbringung"""),

I("de", 0, "clean", "Umzüge Brandes <angebote@umzuege-brandes.example.com>", "Sonderkonditionen für Umzüge Ihrer Klienten",
"""Sehr geehrte Damen und Herren,

als regionales Umzugsunternehmen mit Sitz in Bergisch Gladbach führen wir regelmäßig Umzüge durch, die vom Jobcenter übernommen werden. Gern würden wir Ihnen für die von Ihnen betreuten Haushalte Sonderkonditionen anbieten:

– Kleinumzug (bis 15 m³) innerhalb GL ab 290 € inkl. 2 Träger
– kostenlose Kostenvoranschläge innerhalb von 24 Stunden (für den Antrag beim Jobcenter)
– Möbelmontage und Entsorgung auf Wunsch

Unser Flyer liegt bei. Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Dennis Brandes
Geschäftsführer""", attach=["Flyer_Umzuege_Brandes.pdf"], html="alt"),

I("de", 0, "clean", "Bernd Ohligschläger <b.ohligschlaeger@example.org>", "Frage zum Programm – wer bezahlt das eigentlich?",
"""Guten Tag,

in unserem Bürgerverein in Schildgen gab es neulich eine recht hitzige Diskussion über Ihr Programm. Einige meinten, die Stadt zahle Vermietern Prämien, damit sie an Geflüchtete vermieten, andere sagten, das sei Unsinn.

Ich würde gern sachlich Bescheid wissen: Wie finanziert sich das Programm, gibt es Zahlungen an Vermieter, und wer kann daran teilnehmen? Ich selbst bin kein Vermieter und suche auch keine Wohnung, ich möchte das nur beim nächsten Treffen richtigstellen können.

Mit freundlichen Grüßen
Bernd Ohligschläger"""),

S("de", 0, "machine_translated", "Jobcenter Service <service@jobcenter-leistungen-portal.example.net>", "Wichtig: Ihre Leistungen werden zum 01.03. eingestellt",
"""Sehr geehrte Leistungsbeziehende,

bei der Überprüfung Ihrer Unterlagen wurde festgestellt, dass Ihre Bankverbindung nicht mehr gültig ist. Ihre Zahlung von Bürgergeld und Kosten der Unterkunft wird deshalb zum 01.03. eingestellt.

Um eine Unterbrechung zu vermeiden, müssen Sie Ihre Daten innerhalb von 24 Stunden bestätigen:

>> Jetzt Daten bestätigen: https://jobcenter-leistungen-portal.example.net/verify?id=GL8831

Halten Sie Ihre Kundennummer, Ihre IBAN und Ihr Onlinebanking-Passwort bereit.

Mit freundlichen Grüßen
Ihr Jobcenter Kundenservice
Dies ist eine automatisch erstellte Nachricht."""),

S("de", 0, "html_only", "Sparkasse Kundenservice <sicherheit@sparkasse-pushtan-update.example.com>", "Aktualisierung Ihres pushTAN-Verfahrens erforderlich",
"""Sehr geehrte Kundin, sehr geehrter Kunde,

aufgrund der neuen EU-Richtlinie PSD3 muss Ihr pushTAN-Verfahren bis zum 15. des Monats neu registriert werden. Andernfalls wird Ihr Online-Banking-Zugang aus Sicherheitsgründen vorübergehend gesperrt.

Die Registrierung dauert nur 3 Minuten:
https://sparkasse-pushtan-update.example.com/registrierung

Vielen Dank für Ihr Verständnis.
Ihre Sparkasse

© Sparkasse Finanzgruppe. Alle Rechte vorbehalten.""", html="only"),

S("de", 0, "machine_translated", "Marvin | SEO-Agentur <marvin@top-ranking-seo.example.com>", "stadt-gl.de – Seite 1 bei Google in 30 Tagen?",
"""Hallo liebe Team,

Ich habe Ihre Website analysiert und 27 kritische Fehler von SEO gefunden, die verhindern dass Ihre Seite bei Google wird gefunden. Ihre Wettbewerber gehen an Ihnen vorbei!

Unser Angebot: Garantie Seite 1 von Google in 30 Tage, oder Geld zurück. Backlinks, Inhalt, Lokal SEO – alles von eine Hand, schon ab 199 €/Monat.

Antworten Sie einfach "JA" und ich sende Ihnen eine kostenlose Analyse Bericht.

Beste Grüße
Marvin
Senior SEO Berater

Wenn Sie wünschen keine weitere E-Mails, antworten Sie mit "STOP"."""),

I("en", 0, "formal", "Dr. Femke de Vries <f.devries@ru-nijmegen.example.org>", "Research request: municipal housing transition programmes (comparative study)",
"""Dear colleagues,

I am a postdoctoral researcher working on a comparative project about how municipalities in the Netherlands, Belgium and Germany support refugees in moving from reception facilities into private rental housing.

Your programme in Bergisch Gladbach was mentioned to us by colleagues in Cologne as an interesting example, particularly the combination of tenant workshops and a landlord network. We would be very grateful for the opportunity to conduct one or two interviews with staff (in English or German, online or in person) and, if available, to look at any non-confidential material such as workshop outlines or annual reports.

The project has ethics approval from our faculty; I attach the information sheet.

Kind regards,
Femke de Vries
Institute for Management Research""", attach=["Information_sheet_housing_transitions.pdf"]),

I("en", 0, "clean", "Oliver Grant <oliver.grant.writes@example.com>", "Freelance feature on refugee housing in German suburbs",
"""Hello,

I'm a freelance journalist based in Cologne, writing a longer feature for a UK weekly about how smaller German towns are handling housing for refugees now that the emergency phase is over.

Would someone from your team be willing to talk to me for 30 minutes? I'm particularly interested in what works when persuading private landlords, and what doesn't. I'd also love to accompany a workshop session if that's possible with participants' consent - no photos without permission, obviously.

My deadline is loose (end of next month). Happy to do it in German if that's easier, though mine is a bit rusty.

Best,
Oliver Grant"""),

I("en", 0, "clean", "Megan Whitaker <megan.whitaker@example.net>", "Volunteering - English speaker, happy to help",
"""Hi there,

I moved to Bergisch Gladbach with my husband's job last year and I'm looking for something meaningful to do with my time. I used to work as a housing officer for a council in Leeds, so I know a fair bit about tenancy issues, though obviously not German law.

My German is around B1. I'm happy to help with anything: sorting paperwork, accompanying people to appointments, or conversation practice for flat viewings. Do you take volunteers, and if so who should I speak to?

Thanks,
Megan"""),

I("en", 0, "formal", "Housing Integration Network Europe <events@hin-europe.example.org>", "Invitation to speak: panel on landlord engagement, Brussels, 9 October",
"""Dear Sir or Madam,

On behalf of the organising committee, I am pleased to invite a representative of your team to speak on our panel "Opening the private rental market: landlord engagement strategies at local level" at our annual conference in Brussels on 9 October.

The panel will last 75 minutes, with four speakers from different countries giving a 10-minute input each, followed by a moderated discussion. Travel and accommodation costs for one speaker will be covered.

We would appreciate a response by 30 June. Please find the draft programme attached.

With kind regards,
Ana Sobral
Programme Coordinator""", attach=["HINE_conference_draft_programme.pdf"], html="alt"),

I("en", 0, "broken", "Kwame Boateng <kwame.boateng@example.com>", "Registration of address",
"""Good morning,

I just moved from Cologne to Bergisch Gladbach (Hand) for my new job. I need to register my new address, the Anmeldung. Is this the right office to make appointment? The website is only German and I am not sure.

What documents I need to bring? I have passport and contract from landlord.

Thank you very much
Kwame Boateng"""),

I("en", 0, "clean", "Jonas Lindqvist <jonas.lindqvist@example.org>", "Student documentary - request for a short conversation",
"""Hello,

I'm a film student at a media school in Cologne, originally from Sweden. For my graduation project I'm making a 15-minute documentary about "home" - what it means to people who have lived in temporary accommodation for a long time.

I'm not looking to film anyone without their clear consent. At this stage I'd just like to understand how your work fits into the picture, and whether you think it's appropriate at all to approach people through you. A phone call would be great.

Thank you for reading,
Jonas Lindqvist"""),
]
