"""mixed3 batch 03: German inquiry (neighbours, another department's business, general volunteering and
professional questions, press, politics, a vendor), spam (some personal-looking) and auto (out-of-office
without RFC 3834 headers, a ticket receipt, newsletters, a portal alert)."""
from mailwriter import I, S, A

MAILS = [
# ---------------- inquiry ----------------
I("de", 0, "hard_case", "Gisela Rübsamen <gisela.ruebsamen@example.net>", "Zustände an der Unterkunft Am Broich",
"""Guten Tag,

ich wohne direkt gegenüber der Unterkunft Am Broich und möchte mich nicht beschweren, aber es muss einmal gesagt werden: Die Müllcontainer quellen seit Tagen über, die Krähen verteilen alles auf dem Gehweg, und nachts um eins wird auf dem Parkplatz laut Musik gehört.

An wen wende ich mich da? Im Rathaus hat man mir Ihre Adresse gegeben, aber ob Sie wirklich zuständig sind, weiß ich nicht. Ich hätte gern einen Ansprechpartner für die Anwohner, mit dem man auch mal reden kann.

Mit freundlichen Grüßen
Gisela Rübsamen"""),

I("de", 0, "oneliner", "Horst Eibach <horst.eibach@example.com>", "Anwohnerparkausweis",
"""Wo beantrage ich einen Anwohnerparkausweis für die Stadtmitte? Danke. H. Eibach"""),

I("de", 0, "clean", "Jonas Wirtz <jonas.wirtz99@example.com>", "Umzugshilfe am Wochenende",
"""Hi,

ich studiere in Köln, wohne aber noch bei meinen Eltern in Moitzfeld, und hab am Wochenende meistens Zeit. Mein Vater hat einen Transporter (Sprinter) und sagt, den kann ich nehmen.

Falls bei euch Leute umziehen und Hilfe beim Tragen oder Möbel abholen brauchen: ich bin da. Kein Geld nötig, Sprit wäre nett. Wie läuft so was bei euch, muss ich mich irgendwo eintragen?

LG Jonas"""),

I("de", 0, "hard_case", "Christiane Vollrath <c.vollrath@bk-gl.example.org>", "Internationale Förderklasse – wie funktioniert Ihr Programm?",
"""Sehr geehrte Damen und Herren,

ich unterrichte am Berufskolleg eine Internationale Förderklasse (junge Erwachsene zwischen 18 und 21). Viele meiner Schülerinnen und Schüler wohnen noch in Unterkünften, und das Thema „eigene Wohnung“ kommt im Unterricht immer wieder auf.

Ich würde gern allgemein verstehen, wie Ihr Angebot funktioniert: Ab welchem Alter kann man teilnehmen? Gibt es die Wohnworkshops auch für Gruppen, z. B. als Unterrichtsbesuch? Haben Sie Infomaterial in einfacher Sprache, das ich im Unterricht einsetzen kann?

Es geht mir ausdrücklich nicht um einzelne Schüler, sondern darum, die Klasse gut zu informieren.

Mit freundlichen Grüßen
Christiane Vollrath
Berufskolleg Bergisch Gladbach (fiktiv)"""),

I("de", 0, "clean", "Kinderarztpraxis Dr. Oymak <kontakt@kinderarzt-oymak.example.org>", "Flyer für unser Wartezimmer",
"""Guten Tag,

viele Eltern aus den Unterkünften fragen bei uns nach Hilfe bei der Wohnungssuche. Haben Sie Flyer (gern auf Arabisch, Dari, Ukrainisch) zum Auslegen? Wir holen sie ab.

Viele Grüße
Semra Oymak (MFA)
Kinderarztpraxis Dr. Oymak (fiktiv)"""),

I("de", 0, "hard_case", "Radio Rhein-Berg – Redaktion <redaktion@radio-rheinberg.example.com>", "Anfrage O-Ton: Bilanz 2025",
"""Hallo zusammen,

wir planen für Montag früh einen Beitrag zum Thema „Raus aus der Unterkunft – klappt das?“. Könnten Sie uns bis Freitag ein paar Zahlen schicken: Wie viele Haushalte sind 2025 mit Ihrer Hilfe in eine eigene Wohnung gezogen? Wie viele Vermieter sind neu ins Netzwerk gekommen? Und hätte jemand aus dem Team Zeit für einen kurzen O-Ton am Telefon (2–3 Minuten)?

Danke und viele Grüße
Marc Steinbach
Radio Rhein-Berg (fiktiv)
0 22 02 / 9 30 40-22"""),

I("de", 0, "clean", "Ella Frings <ella.frings@example.net>", "Schülerpraktikum",
"""Sehr geehrte Damen und Herren,
ich bin in der 9. Klasse am Otto-Hahn-Gymnasium und suche einen Praktikumsplatz vom 2. bis 13. Februar. Ich interessiere mich für soziale Arbeit. Wäre bei Ihnen ein Praktikum möglich?
Mit freundlichen Grüßen
Ella Frings""", attach=["Bewerbung_Ella_Frings.pdf"]),

I("de", 0, "clean", "Sozialkaufhaus Wertvoll <info@sozialkaufhaus-wertvoll.example.org>", "Möbelpakete für Erstbezug – Zusammenarbeit?",
"""Liebe Kolleginnen und Kollegen,

wir sind das Sozialkaufhaus in Gronau (gemeinnützig, Beschäftigungsprojekt). Wir haben gemerkt, dass öfter Familien bei uns stehen, die gerade eine Wohnung über Sie bekommen haben und komplett einrichten müssen.

Wir könnten feste „Startpakete“ zusammenstellen (Betten, Schrank, Tisch, Stühle, Küchengrundausstattung) und auf Wunsch liefern. Die Preise liegen unter den Pauschalen des Jobcenters für die Erstausstattung. Hätten Sie Interesse an einem kurzen Austausch, wie wir das praktisch organisieren könnten?

Beste Grüße
Tanja Reuter
Projektleitung Sozialkaufhaus Wertvoll (fiktiv)"""),

I("de", 0, "formal", "Wahlkreisbüro MdL Sandra Kühn <wahlkreis.kuehn@landtag-nrw.example.org>", "Besuchsanfrage der Abgeordneten",
"""Sehr geehrte Damen und Herren,

die Landtagsabgeordnete Sandra Kühn (fiktiv) möchte sich im Rahmen ihrer Sommertour über Projekte informieren, die Geflüchteten den Übergang in regulären Wohnraum ermöglichen. Sie wäre sehr an einem Besuch bei Ihrem Team interessiert, gern verbunden mit einem Gespräch mit einer Vermieterin oder einem Vermieter aus Ihrem Netzwerk.

Möglich wären aus unserer Sicht der 14., 15. oder 22. Juli, jeweils vormittags, für etwa 90 Minuten. Eine Pressebegleitung ist nicht vorgesehen.

Für eine kurze Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen
Lukas Brenner
Wahlkreisbüro Sandra Kühn MdL"""),

I("de", 0, "hard_case", "Rosemarie Tillmanns <r.tillmanns@example.com>", "Wohngeldantrag seit 4 Monaten",
"""Guten Tag,

ich habe im Juli Wohngeld beantragt (Az. WG-2025-0817) und bis heute keinen Bescheid. Telefonisch erreiche ich niemanden. Können Sie mir sagen, wie weit mein Antrag ist?

Mit freundlichen Grüßen
Rosemarie Tillmanns
Paffrath"""),

# ---------------- spam ----------------
S("de", 0, "hard_case", "Jana Kowalski <jana.kowalski@ratgeber-umzug.example.com>", "Ihre Seite „Wohnen für Geflüchtete“",
"""Hallo liebes Team,

ich bin beim Recherchieren auf Ihre Seite „Wohnen für Geflüchtete“ gestoßen – wirklich toll, was Sie da machen! 

Ich arbeite für ein Umzugs-Ratgeberportal und wir haben gerade einen ausführlichen Leitfaden „Umzug mit kleinem Budget: 27 Tipps“ veröffentlicht. Ich glaube, der wäre eine echte Ergänzung für Ihre Besucher. Könnten Sie sich vorstellen, ihn bei Ihren Links zu ergänzen? Gern revanchieren wir uns mit einem Gastartikel oder einer kleinen Aufwandsentschädigung.

Freue mich auf Ihre Rückmeldung!
Jana"""),

S("de", 0, "other", "Dr. Matthias Kellermann <m.kellermann.privat@example.net>", "Wohnung in Refrath für eine Familie",
"""Guten Tag,

meine Kollegin hat mir erzählt, dass Sie Wohnungen für Flüchtlingsfamilien suchen. Ich besitze eine 3-Zimmer-Wohnung in Refrath (82 m², renoviert, Einbauküche), die ich für 450 € warm abgeben würde, weil mir vor allem ein gutes Gefühl wichtig ist.

Leider arbeite ich seit letztem Jahr als Arzt in Valencia und kann nicht persönlich kommen. Die Schlüssel und der Vertrag werden nach Eingang der Kaution (2 Monatsmieten = 900 €) per DHL Express zugeschickt. Die Zahlung bitte per Western Union an meine Verwalterin in Spanien, damit alles dokumentiert ist. Besichtigung von innen ist leider nicht möglich, ich schicke aber gern weitere Fotos.

Bitte teilen Sie mir Name und Telefonnummer der Familie mit.

Herzliche Grüße
Dr. M. Kellermann"""),

S("de", 0, "clean", "Lisa Hartmann – Recruiting <karriere@logistik-homeoffice.example.com>", "Ihre Bewerbung – Nebenjob 2.400 € im Homeoffice",
"""Hallo,

vielen Dank für Ihr Interesse! Ihr Profil passt perfekt zu unserer Stelle als „Paketkoordinator/in (m/w/d)“.

Ihre Aufgaben: Pakete bei Ihnen zu Hause annehmen, neues Etikett aufkleben und weiterschicken. 
Verdienst: 2.400 € netto im Monat, nur 2–3 Stunden täglich.
Voraussetzung: eigene Wohnadresse in Deutschland, Kopie Ausweis (Vorder- und Rückseite), Bankverbindung.

Antworten Sie einfach mit Ihren Unterlagen an diese Adresse, der Arbeitsvertrag kommt innerhalb von 24 Stunden.

Mit freundlichen Grüßen
Lisa Hartmann
Personalabteilung"""),

S("de", 0, "oneliner", "DHL Paket <service@dhl-paketstation-info.example.org>", "Ihr Paket wartet – Zollgebühr 1,99 €",
"""Ihr Paket (JVGL0598812304) konnte nicht zugestellt werden. Bitte bestätigen Sie Ihre Adresse und zahlen Sie 1,99 € Zollgebühr: https://dhl-paketstation-info.example.org/track"""),

S("de", 0, "html_only", "Finanzportal Kommunal Invest <info@kommunal-invest24.example.net>", "Exklusiv für Beschäftigte im öffentlichen Dienst: 850 € pro Woche mit KI-Trading",
"""Sehr geehrte Beschäftigte im öffentlichen Dienst,

ein neues, staatlich unterstütztes Programm ermöglicht Angestellten von Städten und Gemeinden, mit nur 250 € Startkapital von der automatisierten KI-Handelsplattform „QuantumVest“ zu profitieren. Durchschnittlicher Ertrag unserer Teilnehmer: 850 € pro Woche.

Die Plätze sind auf 50 Personen pro Bundesland begrenzt. Nur noch 7 Plätze frei in NRW!

JETZT KOSTENLOS REGISTRIEREN

Sie erhalten diese Nachricht, weil Sie zum Verteiler „Verwaltung NRW“ gehören. Abmelden""", html="only"),

S("de", 0, "formal", "Wissenschaftliches Komitee IKMW 2026 <committee@ikmw-kongress.example.com>", "Einladung als Referent*in – 4. Internationaler Kongress Migration & Wohnen, Wien",
"""Sehr geehrte Expertin, sehr geehrter Experte,

im Namen des wissenschaftlichen Komitees laden wir Sie herzlich ein, auf dem 4. Internationalen Kongress Migration & Wohnen (IKMW 2026) vom 18.–20. September in Wien einen Vortrag (20 Min.) zu halten. Ihre Arbeit im Bereich Wohnraumvermittlung für Geflüchtete hat unser Komitee sehr beeindruckt.

Ihre Teilnahme umfasst: Vortragsslot, Veröffentlichung Ihres Abstracts im Tagungsband (ISBN), Zertifikat, Networking-Dinner.
Die Registrierungsgebühr für Referierende beträgt ermäßigt 690 € (statt 1.190 €) bei Zahlung bis zum 30. Juni.

Bitte bestätigen Sie Ihre Teilnahme und senden Sie Titel und Kurzbiografie innerhalb von 7 Tagen.

Mit freundlichen Grüßen
Prof. Dr. H. Lindqvist
Vorsitz Programmkomitee"""),

# ---------------- auto ----------------
A("de", 0, "header_only", "Carsten Moll <c.moll@hv-moll.example.com>", "Abwesend: Wohnung Kölner Straße – Vorschlag Familie Ibrahimi",
"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.08. nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.

Notfälle (Wasserschaden, Heizung): 0172 6638201

Mit freundlichen Grüßen
Carsten Moll
Hausverwaltung Moll (fiktiv)""", date="2025-08-11 09:02"),

A("de", 0, "header_only", "Ute Bernsau <u.bernsau@caritas-rb.example.org>", "Automatische Antwort: Termin Wohnworkshop für Frau Kebede",
"""Ich bin ab Montag, 3. November, wieder erreichbar. In dringenden Angelegenheiten wenden Sie sich bitte an meine Kollegin Frau Schmitz (0 22 02 / 1 23 45-30).

Ute Bernsau
Migrationsberatung""", headers={"Thread-Topic": "Termin Wohnworkshop für Frau Kebede", "X-MS-Has-Attach": "",
"X-MS-TNEF-Correlator": ""}, date="2025-10-27 14:31"),

A("de", 0, "header_only", "Stadtwerke Kundenservice <noreply-service@stadtwerke-bgl.example.com>", "Ihre Anfrage ist bei uns eingegangen [Vorgang 2025-118734]",
"""Guten Tag,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Vorgangsnummer 2025-118734 erfasst und an die zuständige Fachabteilung weitergeleitet. Die Bearbeitung dauert derzeit bis zu 10 Werktage.

Bitte antworten Sie nicht auf diese E-Mail. Wenn Sie uns weitere Informationen senden möchten, nutzen Sie bitte das Kontaktformular und geben Sie die Vorgangsnummer an.

Ihr Kundenservice
Stadtwerke (fiktiv)""", headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
"X-Ticket-ID": "2025-118734"}),

A("de", 0, "other", "Mieterverein Rhein-Berg <newsletter@mieterverein-rb.example.org>", "Mieter-Info März: Heizkostenabrechnung prüfen, neue Sprechzeiten",
"""Mieter-Info März

Liebe Mitglieder und Interessierte,

– Heizkostenabrechnung: Worauf Sie jetzt achten sollten und bis wann Sie Einwände erheben können.
– Neue Sprechzeiten in Bensberg: ab April jeden Dienstag 15–18 Uhr.
– Mietspiegel 2026: Die neue Fassung ist in Arbeit, erste Eckdaten erwarten wir im Sommer.

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben.
Abmelden: https://mieterverein-rb.example.org/newsletter/abmelden""",
headers={"List-Id": "Mieter-Info <mieterinfo.mieterverein-rb.example.org>",
"List-Unsubscribe": "<https://mieterverein-rb.example.org/newsletter/abmelden>", "Precedence": "bulk"}, html="alt"),

A("de", 0, "header_only", "WohnFinder Suchagent <suchagent@wohnfinder.example.com>", "3 neue Wohnungen für Ihren Suchauftrag „2–3 Zimmer, Bergisch Gladbach, bis 750 €“",
"""Hallo,

für Ihren Suchauftrag gibt es 3 neue Angebote:

• 2 Zimmer, 55 m², Bensberg – 610 € kalt
• 3 Zimmer, 68 m², Hand – 720 € kalt
• 2,5 Zimmer, 61 m², Refrath – 695 € kalt

Alle Angebote ansehen: https://wohnfinder.example.com/s/88123

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Suchauftrag verwalten oder löschen: https://wohnfinder.example.com/konto""",
headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk",
"List-Unsubscribe": "<https://wohnfinder.example.com/konto/abmelden?id=88123>"}, html="alt"),
]
