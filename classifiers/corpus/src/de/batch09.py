"""Batch 09: inquiry, second set."""
from mailwriter import I

MAILS = [
I("de", 0, "clean", "Westdeutsches Fernsehen (fiktiv) – Redaktion Lokalzeit <lokalzeit@wdf.example.com>", "Drehanfrage: Familie beim Umzug begleiten",
"""Sehr geehrte Damen und Herren,

für unsere Sendung planen wir eine Reportage über Familien, die nach langer Zeit in Gemeinschaftsunterkünften in eine eigene Wohnung ziehen. Wir würden gern eine Familie und die Fachkraft, die sie begleitet, an einem Umzugstag mit der Kamera begleiten – natürlich nur mit Einverständnis aller Beteiligten.

Könnten Sie uns sagen, ob so etwas grundsätzlich möglich ist und wer in der Stadtverwaltung die Drehgenehmigung erteilt?

Beste Grüße
Carina Jung
Redaktion"""),

I("de", 0, "hard_case", "Felix Brandt (freier Journalist) <felix.brandt.journalist@example.net>", "Recherche: Ablehnungen durch Vermieter",
"""Hallo,

ich recherchiere für ein überregionales Magazin zu Diskriminierung auf dem Wohnungsmarkt. Mich interessiert, wie oft Vermieter Ihre Klientinnen und Klienten wegen ihrer Herkunft oder wegen des Bezugs von Bürgergeld ablehnen, und ob Sie Fälle dokumentieren.

Gibt es Vermieter, die nach anfänglicher Skepsis gute Erfahrungen gemacht haben und darüber sprechen würden? Und Vermieter, die sich wieder zurückgezogen haben?

Viele Grüße
Felix Brandt"""),

I("de", 0, "formal", "Landkreis Fürth (fiktiv), Sachgebiet Asyl <asyl@lkr-fuerth.example.org>", "Anfrage Konzept Auszugsmanagement",
"""Sehr geehrte Damen und Herren,

im Rahmen einer Recherche zu Best-Practice-Modellen sind wir auf Ihr Auszugsmanagement aufmerksam geworden. Wir wären Ihnen sehr verbunden, wenn Sie uns das zugrundeliegende Konzept, ggf. Ihre Sachberichte sowie die Unterlagen zum Wohnworkshop (Curriculum, Teilnahmebestätigung) zur Verfügung stellen könnten.

Für einen fachlichen Austausch stehen wir gerne zur Verfügung.

Mit freundlichen Grüßen
i. A. Robert Hübner
Landratsamt (fiktiv)"""),

I("de", 0, "clean", "Heinz-Werner Clasen <hw.clasen@example.org>", "Lärm an der Unterkunft",
"""Guten Tag,

ich wohne gegenüber der Unterkunft in der Lerbacher Straße. Seit Wochen wird dort nachts bis 2 Uhr im Hof laut geredet und Musik gehört. Ich habe mich schon beim Ordnungsamt beschwert, ohne Erfolg. Ich weiß nicht, ob Sie zuständig sind, aber vielleicht können Sie die Beschwerde weitergeben.

Mit freundlichen Grüßen
Heinz-Werner Clasen"""),

I("de", 0, "oneliner", "Rita Kühn <rita.kuehn@example.com>", "Hundesteuer",
"""Wo melde ich meinen Hund an? Danke, R. Kühn"""),

I("de", 0, "clean", "Team Stadtteilbibliothek Bensberg (fiktiv) <bibliothek.bensberg@stadt-gl.example.org>", "Lesung und Gespräch: „Ein Zuhause finden“ – Mitwirkung?",
"""Liebe Kolleginnen und Kollegen,

im Rahmen der Interkulturellen Woche planen wir in der Stadtteilbibliothek Bensberg eine Lesung mit anschließendem Gespräch zum Thema „Ein Zuhause finden". Hätte jemand aus Ihrem Team Lust, im Gespräch über die Arbeit des Auszugsmanagements zu berichten? Termin wäre Dienstag, 23. September, 18:30 Uhr.

Herzliche Grüße
Susanne aus der Bibliothek"""),

I("de", 0, "clean", "CaseWorx Software GmbH (fiktiv) <vertrieb@caseworx.example.com>", "Digitale Fallakte für Integrationsmanagement – Demo",
"""Sehr geehrte Damen und Herren,

viele Kommunen in NRW setzen für das Kommunale Integrationsmanagement bereits auf unsere Fallmanagement-Software CaseWorx (fiktiv): DSGVO-konform, mit Schnittstelle zu gängigen Fachverfahren und Auswertungen für die Landesberichterstattung auf Knopfdruck.

Gern zeigen wir Ihnen in einer 30-minütigen Online-Demo, wie Sie Auszugsbegleitungen, Wohnworkshops und Vermieterkontakte in einem System verwalten. Passt Ihnen ein Termin in der nächsten Woche?

Mit freundlichen Grüßen
Daniel Frisch
Key Account Manager Public Sector""", html="alt"),

I("de", 0, "clean", "Jobcenter Rhein-Berg – Teamleitung Markt & Integration <teamleitung.mi@jc-rheinberg.example.org>", "Jour fixe Schnittstelle KdU / Auszugsmanagement",
"""Liebe Kolleginnen und Kollegen,

wir würden gern den Jour fixe zwischen Jobcenter und Auszugsmanagement wieder aufnehmen, der seit dem Sommer ausgefallen ist. Themen aus unserer Sicht: Bearbeitungszeiten bei Zusicherungen, Kautionsdarlehen, Umgang mit Genossenschaftsanteilen und die neue Richtlinie zu den Angemessenheitsgrenzen.

Vorschlag: ab Januar jeden zweiten Dienstag im Monat, 10–11 Uhr, abwechselnd bei uns und bei Ihnen. Passt das?

Viele Grüße
Simone Albers
Teamleitung"""),

I("de", 0, "broken", "Afghanischer Kulturverein (fiktiv) <kulturverein.af@example.net>", "Einladung Nouruz Fest",
"""Sehr geehrte Damen und Herren,
wir laden Sie herzlich ein zu unserem Nouruz Fest am 21. März um 17 Uhr im Bürgerhaus Schildgen. Es gibt Essen, Musik und Tanz. Viele Familien aus Unterkünfte kommen auch. Wir freuen uns wenn Sie kommen und vielleicht kurz sprechen über Wohnung Programm.
Mit freundlichen Grüßen
Vorstand Kulturverein"""),

I("de", 0, "clean", "Stefan Gerlach <stefan.gerlach@example.com>", "Mietstreit mit meinem Vermieter",
"""Guten Tag,

ich habe seit Monaten Streit mit meinem Vermieter wegen einer Nebenkostenabrechnung und weiß nicht mehr weiter. Bietet die Stadt eine Mieterberatung an? Auf der Homepage habe ich nur Ihre Adresse unter „Wohnen" gefunden.

Mit freundlichen Grüßen
Stefan Gerlach"""),

I("de", 0, "hard_case", "Omid Rasuli <omid.rasuli@example.net>", "Termin Ausländerbehörde",
"""Hallo,

ich wohne in der Unterkunft in Refrath. Mein Aufenthaltstitel läuft nächsten Monat ab und ich bekomme keinen Termin bei der Ausländerbehörde, online ist alles voll. Können Sie mir einen Termin machen?

Danke
Omid Rasuli"""),

I("de", 0, "clean", "Lions Club Bergisch Gladbach (fiktiv) <praesident@lions-gl.example.org>", "Spendenaktion für Erstausstattung",
"""Sehr geehrte Damen und Herren,

unser Club möchte in diesem Jahr die Erlöse unseres Adventsbasars einem Projekt zugutekommen lassen, das Familien beim Start in eine eigene Wohnung unterstützt (z. B. Küchengeräte, Kinderbetten). Wäre das über Ihr Auszugsmanagement möglich, und wie könnte eine Übergabe aussehen, ohne dass die Familien bloßgestellt werden?

Mit freundlichen Grüßen
Dr. Rainer Esser
Präsident"""),

I("de", 0, "clean", "Anja Möller <anja.moeller@example.org>", "Ehrenamt – Sprachhilfe Farsi",
"""Hallo,

ich spreche Farsi (meine Eltern kommen aus Iran) und könnte mir vorstellen, ein paar Stunden im Monat bei Gesprächen oder Besichtigungen zu dolmetschen. Gibt es dafür Bedarf bei Ihnen? Ich arbeite in Teilzeit und bin vor allem freitags flexibel.

Liebe Grüße
Anja Möller"""),

I("de", 0, "formal", "Bezirksregierung Köln (fiktiv), Dezernat 36 <dez36@brk.example.org>", "Verwendungsnachweis KIM – Nachforderung",
"""Sehr geehrte Damen und Herren,

bei der Prüfung des Verwendungsnachweises für das Förderjahr 2024 (Baustein 2, Case Management) sind Unterlagen unvollständig. Es fehlen die Stellenbesetzungsnachweise für den Zeitraum Oktober bis Dezember sowie der Sachbericht zum Handlungsfeld Wohnen.

Bitte reichen Sie die Unterlagen bis zum 30.04. nach. Ich bitte, diese Nachricht an die zuständige Stelle weiterzuleiten, falls Sie nicht zuständig sind.

Mit freundlichen Grüßen
Im Auftrag
M. Steffens""", enc="quoted-printable", date="2025-03-20 11:02"),

I("de", 0, "clean", "Jonas Weber <jonas.weber@th-koeln.example.org>", "Umfrage für Bachelorarbeit",
"""Hallo,

für meine Bachelorarbeit an der TH Köln (fiktiv) untersuche ich, welche Unterstützungsangebote Vermieterinnen und Vermieter brauchen, um an Geflüchtete zu vermieten. Wären Sie bereit, den Link zu meiner anonymen Umfrage an die Vermieter in Ihrem Netzwerk weiterzuleiten?

Der Fragebogen dauert ca. 10 Minuten. Vielen Dank!

Viele Grüße
Jonas Weber"""),

I("de", 0, "other", "Sekretariat Bürgermeister <buergermeisterbuero@stadt-gl.example.org>", "WG: Bürgeranfrage – zur Beantwortung in Ihrer Zuständigkeit",
"""Liebe Kolleginnen und Kollegen,

anbei eine Bürgeranfrage, die an den Bürgermeister gerichtet war. Wir bitten um Beantwortung direkt an die Bürgerin (cc Bürgermeisterbüro) innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Bürgermeisterbüro

-----Ursprüngliche Nachricht-----
Von: Gisela Haas <gisela.haas@example.com>
Gesendet: Freitag, 6. Juni 2025 17:02
An: Bürgermeister
Betreff: Frage zum Wohnprojekt

Sehr geehrter Herr Bürgermeister, ich habe gelesen, dass die Stadt Vermietern hilft, die an Geflüchtete vermieten. Wie viel kostet dieses Programm die Steuerzahler, und wie viele Wohnungen wurden so schon vermittelt?""", date="2025-06-10 08:45"),

I("de", 0, "clean", "Evangelische Kirchengemeinde Bensberg (fiktiv) – Gemeindebrief <gemeindebrief@ev-bensberg.example.org>", "Aufruf im Gemeindebrief",
"""Liebe Mitarbeitende des Auszugsmanagements,

wir möchten in der nächsten Ausgabe unseres Gemeindebriefs einen Aufruf an Gemeindeglieder veröffentlichen, die Wohnraum zur Verfügung stellen könnten. Hätten Sie einen kurzen Text (max. 1.500 Zeichen) und eine Kontaktadresse für uns? Redaktionsschluss ist der 15.

Herzliche Grüße
Redaktionsteam Gemeindebrief"""),

I("de", 0, "oneliner", "Hans Bauer <hans.bauer@example.net>", "Öffnungszeiten",
"""Wann haben Sie geöffnet? Ich möchte mich über das Programm informieren."""),

I("en", 0, "clean", "Eurocities Migration Working Group (fiktiv) <migration-wg@eurocities.example.org>", "Invitation: peer-learning visit on refugee housing",
"""Dear colleagues,

our working group is organising a peer-learning visit for municipalities from six EU countries on the topic "From shelters to homes". We would like to include Bergisch Gladbach's Auszugsmanagement as one of the site visits, ideally in the second half of May.

The visit would take about two hours: a short presentation, a Q&A and, if possible, a conversation with a landlord from your network. Could you let us know whether this would be possible?

Kind regards,
Elena Marchetti
Project Officer""", html="alt"),

I("de", 0, "clean", "Reinigungsservice Blitzblank (fiktiv) <info@blitzblank-gl.example.com>", "Endreinigung bei Auszug – Angebot",
"""Guten Tag,

bei Auszügen aus Unterkünften oder Wohnungen fällt oft eine Endreinigung an. Wir bieten eine Grundreinigung für Wohnungen bis 60 m² zum Festpreis von 189 € an (Abrechnung auch mit Kostenübernahme möglich).

Gern senden wir Ihnen Flyer für Ihre Klienten.

Freundliche Grüße
Team Blitzblank"""),

I("de", 0, "clean", "Ursula Franzen <ursula.franzen@example.com>", "Ich möchte Pate werden",
"""Sehr geehrte Damen und Herren,

meine Kinder sind aus dem Haus und ich habe Zeit. Ich würde gern eine Patenschaft für eine Familie übernehmen, die neu in eine Wohnung zieht – beim Ankommen im Stadtteil helfen, Behördenbriefe erklären, vielleicht mal gemeinsam kochen. Ich wohne in Paffrath.

Vermitteln Sie so etwas, oder an wen muss ich mich wenden?

Herzliche Grüße
Ursula Franzen"""),

I("de", 0, "clean", "Diakonie (fiktiv) – Fachbereich Wohnungsnotfallhilfe <fachbereich.wnh@diakonie-rb.example.org>", "Einladung Fachtag Wohnungslosigkeit verhindern",
"""Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem Fachtag „Wohnungslosigkeit verhindern – Prävention im Kreis" am 18. November in Bergisch Gladbach ein. Das Programm mit Vorträgen und Foren liegt bei. Anmeldung bis 31.10. über den beigefügten Rücklaufzettel.

Mit freundlichen Grüßen
Katja Brunner
Fachbereichsleitung""", attach=["Programm_Fachtag.pdf"]),

I("de", 0, "clean", "Yasemin Kaya <yasemin.kaya@example.org>", "Praktikum im Auszugsmanagement",
"""Sehr geehrte Damen und Herren,

ich studiere Soziale Arbeit im 4. Semester an der Katholischen Hochschule in Köln (fiktiv) und suche für das kommende Semester einen Praxisplatz (100 Tage). Das Auszugsmanagement interessiert mich besonders, weil ich selbst als Kind mit meiner Familie in einer Unterkunft gelebt habe. Ich spreche Türkisch und Arabisch.

Ist ein Praktikum bei Ihnen möglich?

Mit freundlichen Grüßen
Yasemin Kaya"""),

I("de", 0, "hard_case", "Wohnbau Rhein-Berg eG – Unternehmenskommunikation <kommunikation@wohnbau-rb.example.com>", "Einladung zum Richtfest „Gronauer Höfe“",
"""Sehr geehrte Damen und Herren,

wir freuen uns, Sie zum Richtfest unseres Neubauprojekts „Gronauer Höfe" (fiktiv) am Freitag, 19. September, 14 Uhr, einzuladen. Nach der Ansprache unseres Vorstands und dem traditionellen Richtspruch laden wir zu einem kleinen Imbiss ein.

Um Antwort bis zum 5. September wird gebeten.

Mit freundlichen Grüßen
Unternehmenskommunikation
Wohnbau Rhein-Berg eG (fiktiv)""", html="only"),

I("de", 0, "clean", "Gesundheitsamt (fiktiv) – Infektionsschutz <infektionsschutz@kreis-rb.example.org>", "Meldung Krätzefälle – zuständige Stelle?",
"""Sehr geehrte Damen und Herren,

uns wurden zwei Krätzefälle aus einer städtischen Unterkunft gemeldet. Wir benötigen eine Ansprechperson der Unterkunftsverwaltung bzw. des Gebäudemanagements für die Hygienebegehung. Ist Ihr Postfach dafür der richtige Kontakt? Falls nicht, bitten wir um Weiterleitung.

Mit freundlichen Grüßen
Infektionsschutz"""),

I("de", 0, "clean", "Nachbarschaftshilfe Hand (fiktiv) <kontakt@nachbarschaft-hand.example.org>", "Willkommenspakete für neue Nachbarn",
"""Hallo liebes Team,

wir sind eine kleine Nachbarschaftsinitiative in Hand und würden Menschen, die neu ins Viertel ziehen, gern mit einem Willkommenspaket begrüßen (Stadtteilplan, Infos zu Ärzten, Kitas, Vereinen, eine kleine Pflanze…). Dürften Sie uns Bescheid geben, wenn jemand aus Ihrem Programm nach Hand zieht? Natürlich nur mit Einverständnis.

Liebe Grüße
Gabi und Thomas"""),

I("de", 0, "clean", "Druckerei Buchholz (fiktiv) <angebote@druckerei-buchholz.example.com>", "Ihre Flyer – Nachdruck?",
"""Sehr geehrte Damen und Herren,

im letzten Jahr haben wir für Sie die Vermieter-Flyer („Gemeinsam Wohnraum schaffen") gedruckt. Sollen wir für die neue Auflage ein Angebot machen? Bei 2.000 Stück, 4/4-farbig, DIN lang, läge der Preis bei 148 € netto.

Mit freundlichen Grüßen
Peter Buchholz"""),

I("de", 0, "reply", "Heike Lambertz <team@moebelboerse-gl.example.org>", "AW: Kooperation Erstausstattung",
"""Hallo Frau Becker,

super, dann komme ich am 14. um 10 Uhr zu Ihnen ins Rathaus. Ich bringe ein paar Gutscheinvordrucke und unseren Flyer mit.

Bis dann
Heike Lambertz

> Liebe Frau Lambertz,
> vielen Dank für Ihr Angebot. Gern vereinbaren wir ein Gespräch. Wie wäre der 14., 10 Uhr?
> Viele Grüße, Becker""", date="2025-10-08 12:15"),

I("de", 0, "clean", "Integrationsrat – Vorsitz <integrationsrat-vorsitz@example.org>", "Bericht im Integrationsrat",
"""Sehr geehrte Damen und Herren,

der Integrationsrat bittet um einen mündlichen Bericht über die Arbeit des Auszugsmanagements in seiner Sitzung am 4. Dezember (TOP 5, ca. 15 Minuten). Besonders interessieren uns die Erfahrungen mit den Wohnworkshops und die Hindernisse bei der Wohnungssuche.

Mit freundlichen Grüßen
Mahmut Aksoy
Vorsitzender des Integrationsrats (fiktiv)"""),

I("de", 0, "clean", "Bernhard Ott <bernhard.ott@example.com>", "Personalausweis abgelaufen",
"""Guten Tag,

mein Personalausweis ist abgelaufen und ich finde online keinen Termin im Bürgerbüro. Können Sie mir helfen oder mir sagen, wen ich anrufen kann?

Mit freundlichen Grüßen
Bernhard Ott"""),

I("de", 0, "clean", "Stiftung Bürgersinn (fiktiv) <foerderung@stiftung-buergersinn.example.org>", "Förderaufruf: Projekte zu bezahlbarem Wohnen",
"""Sehr geehrte Damen und Herren,

unsere Stiftung hat einen neuen Förderaufruf für Projekte gestartet, die benachteiligten Menschen den Zugang zu Wohnraum erleichtern. Kommunale Projekte können in Kooperation mit einem gemeinnützigen Träger gefördert werden (bis zu 25.000 €). Bewerbungsschluss ist der 31. März.

Vielleicht ist das für Ihr Auszugsmanagement interessant, etwa zur Finanzierung von Dolmetschern oder Vermieterveranstaltungen.

Mit freundlichen Grüßen
Förderteam""", attach=["Foerderaufruf.pdf"]),

I("de", 0, "html_only", "Eigentümerverband Rheinland (fiktiv) <veranstaltungen@eigentuemer-rheinland.example.org>", "Podiumsdiskussion „Vermieten mit sozialer Verantwortung“ – Ihre Teilnahme",
"""Sehr geehrte Damen und Herren,

am 12. Februar veranstalten wir in Köln eine Podiumsdiskussion zum Thema „Vermieten mit sozialer Verantwortung". Auf dem Podium sollen Vermieter, ein Vertreter des Jobcenters und eine Vertreterin eines kommunalen Auszugsmanagements diskutieren.

Wir würden uns sehr freuen, wenn jemand aus Ihrem Team teilnehmen würde. Reisekosten übernehmen wir selbstverständlich.

Mit freundlichen Grüßen
Veranstaltungsmanagement""", html="only"),

I("de", 0, "clean", "Tafel Bergisch Gladbach (fiktiv) <ausgabe@tafel-gl.example.org>", "Informationen für Ihre Klienten",
"""Hallo,

wir haben unsere Ausgabezeiten geändert und eine neue Ausgabestelle in Refrath eröffnet. Könnten Sie die beigefügten Infoblätter (Deutsch, Arabisch, Farsi, Ukrainisch) an die Familien weitergeben, die Sie begleiten?

Danke und liebe Grüße
Team Tafel""", attach=["Tafel_Info_mehrsprachig.pdf"]),

I("de", 0, "machine_translated", "Syrisch-Deutscher Freundeskreis (fiktiv) <freundeskreis.sy.de@example.net>", "Vorschlag der Zusammenarbeit",
"""Sehr geehrte Damen und Herren,

Wir sind ein Verein von syrischen und deutschen Menschen, der gegründet wurde im Jahr 2017. Wir haben viele Mitglieder, die sprechen Arabisch und Deutsch gut und haben Erfahrung mit der Suche nach Wohnung. Wir möchten vorschlagen eine Zusammenarbeit, wo unsere Mitglieder helfen bei den Wohnworkshops als Übersetzer oder erzählen ihre Erfahrung.

Wir warten auf Ihre Antwort mit Freude.

Mit freundlichen Grüßen
Der Vorstand"""),

I("de", 0, "clean", "Amt für Wohnungswesen Leverkusen (fiktiv) <wohnungswesen@leverkusen.example.org>", "Zuständigkeit bei Umzug nach Leverkusen",
"""Sehr geehrte Kolleginnen und Kollegen,

wir erhalten gelegentlich Anfragen von Vermietern aus Leverkusen, die an Familien aus Bergisch Gladbacher Unterkünften vermieten möchten. Wie handhaben Sie das bei stadtübergreifenden Umzügen? Gibt es eine Absprache mit den Jobcentern zur Zuständigkeit für Kaution und Umzugskosten?

Für einen kurzen Austausch wäre ich dankbar.

Mit freundlichen Grüßen
Frank Wegner"""),

I("de", 0, "clean", "Petra Schmitz <petra.schmitz@example.net>", "Einladung Gesprächskreis Senioren",
"""Liebe Damen und Herren vom Integrationsmanagement,

unser Seniorenkreis in Herkenrath trifft sich jeden ersten Mittwoch im Monat. Viele von uns haben Häuser mit leerstehenden Einliegerwohnungen, trauen sich aber nicht recht. Könnten Sie einmal kommen und erzählen, wie das mit Ihrem Programm funktioniert? Kaffee und Kuchen gibt es auch!

Herzliche Grüße
Petra Schmitz
für den Seniorenkreis"""),

I("de", 0, "clean", "Polizei (fiktiv) – Bezirksdienst Bensberg <bezirksdienst.bensberg@polizei.example.org>", "Kontaktaufnahme Bezirksbeamter",
"""Guten Tag,

ich bin seit Kurzem Bezirksbeamter für Bensberg und Moitzfeld und möchte mich bei den sozialen Einrichtungen im Bezirk vorstellen. Wäre ein kurzes Kennenlerngespräch möglich, damit wir bei Konflikten in Wohnhäusern schnell die richtigen Ansprechpartner kennen?

Mit freundlichen Grüßen
Polizeihauptkommissar M. Weiß"""),

I("de", 0, "oneliner", "Gerda Pohl <gerda.pohl@example.com>", "Bauantrag",
"""Bin ich hier richtig für Fragen zum Bauantrag für einen Wintergarten?"""),

I("de", 0, "clean", "Energieberatung Verbraucherzentrale (fiktiv) <energie.gl@vz-nrw.example.org>", "Angebot: Energiespar-Workshop für neue Mieter",
"""Sehr geehrte Damen und Herren,

die Energieberatung der Verbraucherzentrale bietet kostenlose Kurzworkshops zum Thema „Energie sparen in der ersten eigenen Wohnung" an (Heizen, Lüften, Strom, Abschläge verstehen). Wir könnten ein Modul in Ihren Wohnworkshop integrieren – auf Wunsch mit Sprachmittlung.

Mit freundlichen Grüßen
Energieberatung"""),

I("de", 0, "clean", "Markus Feld (Fotograf) <markus.feld.foto@example.com>", "Fotoprojekt „Angekommen“",
"""Hallo,

ich bin freier Fotograf aus Bergisch Gladbach und plane eine Ausstellung mit Porträts von Menschen, die nach ihrer Flucht hier ein Zuhause gefunden haben – in ihren Wohnungen, mit ihren Geschichten. Könnten Sie Familien, die Sie begleitet haben, auf das Projekt aufmerksam machen? Ich würde einen Aushang vorbereiten.

Viele Grüße
Markus Feld"""),

I("de", 0, "clean", "Ratsfraktion (fiktiv) – Geschäftsstelle <geschaeftsstelle@ratsfraktion.example.org>", "Kritik an Wartezeiten",
"""Sehr geehrte Damen und Herren,

uns erreichen vermehrt Hinweise von Ehrenamtlichen, dass Familien monatelang auf einen ersten Termin im Auszugsmanagement warten. Können Sie uns mitteilen, wie lang die aktuelle Wartezeit ist und ob zusätzliches Personal geplant ist? Wir würden das Thema gern in der nächsten Sitzung ansprechen.

Mit freundlichen Grüßen
Geschäftsstelle"""),

I("de", 0, "clean", "Jana Schulz <jana.schulz@example.org>", "Ehrenamt: Nachhilfe für Kinder",
"""Hallo,

ich bin Lehramtsstudentin und möchte Kindern aus Familien, die gerade umgezogen sind, kostenlos Nachhilfe geben (Mathe, Deutsch). Können Sie das Angebot an Familien weitergeben oder mich mit jemandem in Verbindung bringen, der das koordiniert?

Viele Grüße
Jana"""),

I("de", 0, "formal", "Ministerium (fiktiv) für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration <referat-kim@ministerium.example.org>", "Einladung Landesnetzwerktreffen KIM – Handlungsfeld Wohnen",
"""Sehr geehrte Damen und Herren,

hiermit laden wir Sie herzlich zum Landesnetzwerktreffen des Kommunalen Integrationsmanagements, Schwerpunkt Handlungsfeld Wohnen, am 26. März in Düsseldorf ein. Das Programm sowie den Link zur Anmeldung finden Sie in der Anlage.

Wir würden uns freuen, wenn Sie Ihr Auszugsmanagement im Forum 2 („Vermieterakquise") kurz vorstellen könnten (10 Minuten).

Mit freundlichen Grüßen
Im Auftrag
Referat KIM""", attach=["Einladung_Landesnetzwerktreffen.pdf"]),

I("de", 0, "clean", "Ahmad Wali <ahmad.wali@example.com>", "Einbürgerung Frage",
"""Guten Tag,

ich wohne seit zwei Jahren in meiner eigenen Wohnung (Sie hatten mir damals geholfen, danke nochmal!). Jetzt möchte ich mich einbürgern lassen. Wo muss ich den Antrag stellen, bei der Stadt oder beim Kreis?

Mit freundlichen Grüßen
Ahmad Wali"""),

I("de", 0, "clean", "Architekturbüro Kessler (fiktiv) <buero@kessler-architekten.example.com>", "Studentisches Projekt: Modulares Wohnen",
"""Sehr geehrte Damen und Herren,

gemeinsam mit Studierenden der Architektur arbeiten wir an Entwürfen für modulare, kostengünstige Wohnformen für Menschen, die aus Gemeinschaftsunterkünften ausziehen. Für die Bedarfsanalyse würden wir gern mit Ihnen sprechen: Welche Wohnungsgrößen werden am meisten gebraucht? Welche Anforderungen haben Familien?

Mit freundlichen Grüßen
Christina Kessler"""),

I("de", 0, "clean", "VHS Bergisch Gladbach (fiktiv) <programm@vhs-gl.example.org>", "Raumanfrage Wohnworkshops 2026",
"""Hallo,

für die Planung des Frühjahrssemesters: Möchten Sie die Wohnworkshops wieder in unseren Räumen im Bildungszentrum durchführen? Bitte teilen Sie uns die gewünschten Termine bis Ende November mit, damit wir die Räume reservieren können.

Viele Grüße
Programmplanung VHS""", date="2025-11-03 09:05"),

I("de", 0, "clean", "Doris Neumann <doris.neumann@example.net>", "Warum bekommt mein Nachbar Hilfe und ich nicht?",
"""Guten Tag,

ich bin alleinerziehend, arbeite Vollzeit und habe damals fast zwei Jahre gebraucht, bis ich meine jetzige Wohnung gefunden hatte – ganz ohne Hilfe. Mein Nachbar aus Syrien hat über Sie eine gefunden. Ich gönne es ihm, aber warum gibt es so eine Hilfe nicht für alle? Nach welchen Kriterien wird das entschieden, und wer bezahlt das?

Doris Neumann"""),

I("de", 0, "clean", "Kommunales Jobcenter Oberberg (fiktiv) <kdu@jc-oberberg.example.org>", "Angemessenheitsgrenzen – Vergleich",
"""Liebe Kolleginnen und Kollegen,

wir überarbeiten derzeit unser schlüssiges Konzept für die Kosten der Unterkunft. Könnten Sie uns mitteilen, mit welchen Mietobergrenzen Sie im Auszugsmanagement arbeiten bzw. welche Erfahrungen Sie mit der Vermittlung im aktuellen Mietniveau machen?

Viele Grüße
Team KdU"""),

I("de", 0, "clean", "Ehrenamtskoordination Stadt <ehrenamt@stadt-gl.example.org>", "Ehrenamtliche für Besichtigungsbegleitung",
"""Hallo ihr Lieben,

bei uns haben sich in den letzten Wochen vier Personen gemeldet, die gern Geflüchtete bei Wohnungsbesichtigungen begleiten möchten. Sollen wir sie direkt an euch verweisen, oder wollt ihr vorher einen gemeinsamen Infoabend machen?

Viele Grüße
Ehrenamtskoordination"""),

I("de", 0, "clean", "Karl Heinrichs <karl.heinrichs@example.com>", "Leserbrief-Rückfrage",
"""Sehr geehrte Damen und Herren,

ich möchte einen Leserbrief zu dem Artikel über das Auszugsmanagement schreiben und vorher eine Sache richtigstellen: Stimmt es, dass Vermieter von der Stadt eine Prämie bekommen, wenn sie an Geflüchtete vermieten? So stand es jedenfalls in einem Kommentar.

Mit freundlichen Grüßen
Karl Heinrichs"""),

I("de", 0, "clean", "Sprachmittlerpool Rhein-Berg (fiktiv) <einsatz@sprachmittler-rb.example.org>", "Neue Sprachen im Pool",
"""Liebe Partnerinnen und Partner,

unser Sprachmittlerpool hat ab sofort auch Einsätze für Tigrinya, Somali und Paschtu im Angebot. Einsätze können wie gewohnt über das Online-Formular gebucht werden, bei kurzfristigem Bedarf auch telefonisch.

Viele Grüße
Koordination Sprachmittlerpool"""),

I("de", 0, "hard_case", "Sandra Kluge <sandra.kluge@example.org>", "Unterstützung angeboten – keine bestimmte Familie",
"""Hallo,

ich habe in der Zeitung gelesen, wie schwer es ist, Wohnungen zu finden. Ich habe selbst keine Wohnung zu vermieten, aber ich kenne viele Leute in Refrath und könnte herumfragen, Aushänge machen, vielleicht einen Stammtisch für Vermieter organisieren. Macht so etwas Sinn? Ich möchte einfach irgendwie helfen.

Viele Grüße
Sandra Kluge"""),

I("de", 0, "clean", "Anwaltskanzlei Berger (fiktiv) <kanzlei@berger-recht.example.com>", "Fortbildungsangebot Mietrecht",
"""Sehr geehrte Damen und Herren,

für Fachkräfte in der Wohnungsvermittlung bieten wir eine halbtägige Inhouse-Fortbildung „Mietrecht kompakt" an (Mietvertrag, Kaution, Kündigung, Räumung). Kosten: 690 € pauschal für bis zu 15 Teilnehmende.

Bei Interesse senden wir Ihnen gern die Inhalte.

Mit freundlichen Grüßen
RA Tim Berger"""),
]
