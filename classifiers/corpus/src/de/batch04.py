"""Batch 04: tenant_request, last set (more urgent and unusual ones)."""
from mailwriter import T

MAILS = [
T("de", 1, "clean", "Bilal Rasuli <bilal.rasuli@example.com>", "Räumungsklage – Termin beim Gerichtsvollzieher am Dienstag",
"""Sehr geehrte Frau Yilmaz,

ich habe heute ein Schreiben vom Gerichtsvollzieher bekommen, dass unsere Wohnung in Hebborn am kommenden Dienstag um 10 Uhr geräumt wird. Ich wusste nicht, dass es schon so weit ist – die Briefe vom Gericht habe ich nicht richtig verstanden und dachte, das Jobcenter regelt die Nachzahlung.

Wir sind vier Personen, meine Frau ist im 8. Monat schwanger. Bitte sagen Sie mir, was ich jetzt machen kann. Ich habe alle Briefe fotografiert.

Bilal Rasuli
0157 23458080""", attach=["Schreiben_Gerichtsvollzieher.jpg"]),

T("de", 0, "clean", "Hiwot Kidane <hiwot.kidane@example.net>", "Anmeldung zum Workshop – Termin im Juni?",
"""Hallo,

ich möchte gern am nächsten Wohnworkshop teilnehmen. Gibt es einen Termin im Juni? Ich arbeite vormittags, nachmittags wäre besser. Ich spreche Deutsch auf B1-Niveau.

Viele Grüße
Hiwot Kidane"""),

T("de", 0, "broken", "Ali Rıza <ali.riza.gl@example.org>", "Wohnung Gronau Besichtigung",
"""Hallo Frau Schneider, morgen Besichtigung Gronau 17 uhr. Ich weiß nicht Adresse genau, Hausnummer 14 oder 41? Bitte schnell schreiben danke. Ali Rıza"""),

T("en", 0, "mixed_language", "Joseph Mensah <joseph.mensah@example.com>", "Flat search / Wohnungssuche",
"""Hello,

sorry for writing in English, my German is still A2. I live in the shelter in Refrath since 2024 and I work full time as a forklift driver in Cologne. I am looking for a small apartment (1-2 rooms) in Bergisch Gladbach. A colleague told me about your Wohnworkshop and that you help people like me to talk to landlords.

Can I register? I am free on Saturdays and after 4 pm.

Mit freundlichen Grüßen
Joseph Mensah"""),

T("de", 1, "on_behalf", "Ingrid Sommer <ingrid.sommer@example.net>", "Familie Jawad – morgen Räumung, Kinder krank",
"""Liebe Frau Becker,

ich bin die ehrenamtliche Patin von Familie Jawad. Eben war ich bei ihnen: Morgen um 9 Uhr kommt der Gerichtsvollzieher (Wohnung Odenthaler Str., Hand). Die Familie hat die Schreiben nie verstanden und niemandem gezeigt. Beide Kinder haben hohes Fieber.

Gibt es irgendeine Möglichkeit, die Räumung aufzuschieben oder eine Unterbringung für heute Abend und morgen zu organisieren? Ich kann die Familie fahren.

Mit herzlichen Grüßen
Ingrid Sommer
0171 23450404

Von meinem iPad gesendet""", date="2025-12-03 19:12"),

T("de", 0, "clean", "Wali Jan <wali.jan@example.com>", "Frage zur Miethöhe für Einzelperson",
"""Guten Tag,

wie hoch darf die Miete für eine Person sein, damit das Jobcenter sie übernimmt? Im Workshop wurde eine Zahl genannt, aber ich habe sie vergessen. Ich meine Bruttokaltmiete.

Danke und viele Grüße
Wali Jan"""),

T("de", 0, "oneliner", "Narges <narges.s@example.net>", "Zertifikat",
"""Hallo, können Sie mir das Zertifikat nochmal schicken? Ich finde die Mail nicht mehr. Narges Sadeghi"""),

T("de", 0, "machine_translated", "Olexandr Hrytsenko <o.hrytsenko@example.org>", "Wohnungsfrage",
"""Guten Tag!

Ich wende mich an Sie mit einer Frage über eine Wohnung. Wir sind eine Familie aus der Ukraine, wir sind 4 Personen. Jetzt wir wohnen in einem Gemeinschaftsheim, wo in einem Zimmer es leben 4 Personen und die Küche ist gemeinsam für 20 Menschen. Wir haben schon geschickt mehr als 50 Bewerbungen, aber nur 2 Mal wir wurden eingeladen zu einer Besichtigung.

Sagen Sie bitte, können Sie uns helfen? Wir sind bereit, eine Wohnung zu nehmen, die eine Renovierung braucht, mein Mann kann alles selbst machen.

Hochachtungsvoll,
Olexandr und Tetiana Hrytsenko"""),

T("de", 0, "reply", "Sakina Mohammadi <sakina.mohammadi@example.com>", "AW: AW: Besichtigung Herkenrath",
"""Liebe Frau Schneider, die Vermieterin hat JA gesagt!!! Vielen vielen Dank 🙏🙏 Was jetzt?

Sakina

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Mittwoch, 18. Juni 2025 09:10
An: Sakina Mohammadi
Betreff: AW: Besichtigung Herkenrath

Liebe Frau Mohammadi,
schön, dass die Besichtigung gut lief. Geben Sie mir Bescheid, sobald die Vermieterin sich entschieden hat.
Viele Grüße
Schneider

-----Ursprüngliche Nachricht-----
Von: Sakina Mohammadi
Gesendet: Dienstag, 17. Juni 2025 20:44
Betreff: Besichtigung Herkenrath

Besichtigung war gut glaube ich. Vermieterin war nett.""", date="2025-06-19 12:31"),

T("de", 0, "clean", "Yohannes Alemu <yohannes.alemu@example.net>", "Bescheinigung für Vermieter",
"""Sehr geehrte Damen und Herren,

ein Vermieter in Schildgen möchte eine Bestätigung, dass ich am Programm des Auszugsmanagements teilnehme und dass es eine Ansprechperson bei der Stadt gibt. Können Sie mir so ein kurzes Schreiben ausstellen?

Freundliche Grüße
Yohannes Alemu"""),

T("de", 1, "broken", "Mina <mina.rahimi.gl@example.org>", "bitte heute noch",
"""Sehr geehrte frau Yilmaz
ich bin mit meine 2 kinder jetzt draußen vor die unterkunft. security sagt wir dürfen nicht rein weil mein name ist nicht mehr auf liste. es ist kalt. ich habe ihnen heute früh angerufen aber niemand geht ran. bitte bitte
mina"""),

T("de", 0, "on_behalf", "Pflegedienst Sonnenschein <pdl@pflegedienst-sonnenschein.example.com>", "Patientin aus Unterkunft – Wohnung im Erdgeschoss benötigt",
"""Sehr geehrte Damen und Herren,

wir versorgen pflegerisch eine Bewohnerin der Unterkunft in der Stadtmitte (Frau Parwin Hakimi, 71 Jahre, Pflegegrad 3, Rollator). Die Unterkunft ist für die Pflege ungeeignet; die Dusche ist nicht barrierefrei und im Gemeinschaftsbad sind keine Haltegriffe angebracht.

Frau Hakimis Sohn hat uns gebeten, bei Ihnen nachzufragen, ob eine barrierefreie oder zumindest ebenerdige Wohnung vermittelt werden kann. Gerne stellen wir eine pflegerische Stellungnahme aus.

Mit freundlichen Grüßen
Pflegedienstleitung
Pflegedienst Sonnenschein (fiktiv)
Tel. 02202 23456-50""", html="alt"),

T("de", 0, "clean", "Karim Benyoussef <karim.benyoussef@example.com>", "Besichtigungstermine koordinieren",
"""Hallo Herr Krämer,

ich habe diese Woche drei Besichtigungen (Dienstag Refrath, Mittwoch Gronau, Freitag Lückerath), alle über Ihre Liste. Falls ich mehrere Zusagen bekomme – wie entscheide ich mich und wie sage ich den anderen höflich ab? Ich möchte keinem Vermieter die Zusammenarbeit mit Ihnen verderben.

Gruß
Karim"""),

T("de", 0, "phone", "Tamana <tamana.n@example.net>", "Anruf",
"""Sie haben mich heute angerufen, ich war auf Arbeit. Bitte nochmal anrufen nach 18 Uhr oder Samstag. 0162 23457070 Tamana Noori"""),

T("de", 0, "broken", "Omar Sheikh <omar.sheikh@example.com>", "Wohnung Jobcenter Nein",
"""Hallo
Jobcenter sagt Wohnung zu teuer 30 euro. Vermieter sagt er macht nicht billiger. Ich kann 30 euro selbst bezahlen von mein Geld? Ist erlaubt? Bitte antwort
Omar"""),

T("de", 0, "hard_case", "Fereshteh Amini <fereshteh.amini@example.org>", "Anzeige vom Vermieter",
"""Guten Tag,

ich habe heute eine Anzeige in der Zeitung gesehen: Ein Vermieter in Bensberg sucht ausdrücklich Mieter über „das Programm der Stadt für Geflüchtete". Ist das Ihr Programm? Die Nummer in der Anzeige ist 02204 23455. Soll ich selbst anrufen oder machen Sie das? Ich bin seit März bei Ihnen angemeldet.

Freundliche Grüße
Fereshteh Amini"""),

T("de", 0, "clean", "Stefan Hoffmann <stefan.hoffmann@example.net>", "Mentor: Wohnung für Herrn Barekzai gefunden – Ablauf Jobcenter",
"""Guten Tag,

ich bin ehrenamtlicher Mentor für Herrn Naqib Barekzai (Unterkunft Moitzfeld). Wir haben gestern eine Zusage für eine 1,5-Zimmer-Wohnung in Herkenrath bekommen, 42 m², 420 € kalt, 95 € NK, 60 € Heizung.

Herr Barekzai ist bei Ihnen angemeldet. Könnten Sie mir kurz den Ablauf skizzieren (Mietangebot zum Jobcenter, Zusicherung, Kaution, Erstausstattung), damit wir nichts vergessen? Einzug wäre frühestens zum 1. des übernächsten Monats.

Vielen Dank!
Stefan Hoffmann"""),

T("de", 0, "oneliner", "Hussain <hussain.a.2@example.net>", "wohnung???",
"""wohnung??? schon 1 jahr warten"""),

T("de", 0, "mixed_language", "Anastasiia Lysenko <a.lysenko@example.com>", "Wohnung / квартира",
"""Guten Tag, ich bin Anastasiia. Ich suche eine Wohnung für mich und meine Mutter. Вибачте, мій німецький ще не дуже добрий. Wir haben eine Wohnung in Refrath gesehen, 2 Zimmer, 520 warm. Können Sie bitte mit dem Vermieter sprechen? Telefon 0176 23454321.
Дякую!
Anastasiia"""),

T("de", 0, "clean", "Rasha Nassar <rasha.nassar@example.net>", "Erfahrungsbericht und Frage",
"""Liebes Team,

seit zwei Monaten wohnen wir in unserer Wohnung in Gronau. Alles läuft gut, die Nachbarn sind freundlich. Eine Frage: Der Vermieter hat uns gebeten, dass die Miete jetzt nicht mehr vom Jobcenter direkt, sondern von uns überwiesen wird, weil mein Mann jetzt Arbeit hat und wir kein Bürgergeld mehr bekommen. Müssen wir dafür einen Dauerauftrag einrichten? Wie macht man das am besten?

Viele Grüße
Rasha Nassar"""),

T("de", 1, "clean", "Idris Mohamed <idris.mohamed@example.com>", "Heute Nacht kein Schlafplatz",
"""Hallo,

mein Mitbewohner in der WG (die Sie mir vermittelt haben) hat mich heute rausgeworfen und meine Sachen in den Flur gestellt. Er hat das Schloss ausgetauscht. Der Vermieter ist im Urlaub und geht nicht ans Telefon.

Ich habe heute Nacht keinen Schlafplatz. Können Sie mir sagen, wohin ich gehen kann?

Idris
0152 23451515"""),

T("de", 0, "on_behalf", "Integrationsagentur AWO (fiktiv) <integrationsagentur@awo-rb.example.org>", "Begleitung Familie Tahir – Weitergabe",
"""Sehr geehrte Damen und Herren,

die Familie Tahir (5 Personen) wird von uns im Rahmen der Migrationsberatung begleitet. Da die Familie inzwischen alle Voraussetzungen für einen Auszug erfüllt (Aufenthaltserlaubnis, WBS, Teilnahme am Wohnworkshop), möchten wir sie an Sie weitergeben. Die Einverständniserklärung der Familie liegt anbei.

Mit freundlichen Grüßen
Lea Marx""", attach=["Einverstaendnis_Tahir.pdf"]),

T("de", 0, "broken", "Zeynep <zeynep.k.1985@example.net>", "Frage",
"""Merhaba, ich habe frage: meine Freundin hat gesagt Stadt gibt Geld für Möbel wenn man neue Wohnung hat. Stimmt? Wo ich Antrag machen? Ich ziehe um nächste Monat. Danke Zeynep""", charset="iso-8859-9", enc="8bit"),

T("de", 0, "clean", "Samuel Tesfu <samuel.tesfu@example.org>", "Beschwerde über Vermittlung",
"""Sehr geehrte Damen und Herren,

ich bin enttäuscht. Seit einem Jahr bin ich in Ihrem Programm, habe den Workshop gemacht, alle Unterlagen abgegeben und bin zu jedem Termin gekommen. Trotzdem habe ich nur zwei Wohnungsangebote bekommen, beide viel zu weit weg von meiner Arbeit. Andere Bewohner, die später angefangen haben, sind schon ausgezogen.

Ich möchte gern wissen, nach welchen Kriterien Sie Wohnungen vergeben, und bitte um ein Gespräch mit der Teamleitung.

Mit freundlichen Grüßen
Samuel Tesfu"""),

T("de", 0, "machine_translated", "Gulalai Wardak <gulalai.wardak@example.com>", "Für meine Tochter",
"""Sehr geehrte Dame,

Meine Tochter ist 18 Jahre geworden und sie möchte studieren in Köln an der Universität. Sie hat gefragt, ob sie auch kann haben eine eigene kleine Wohnung oder ein Zimmer für Studenten, weil in der Unterkunft sie kann nicht lernen wegen des Lärms.

Gibt es eine Hilfe dafür von Ihnen oder müssen wir fragen andere Stelle?

Mit freundlichen Grüßen
Gulalai Wardak"""),

T("de", 0, "html_only", "Elham Rostami <elham.rostami@example.net>", "Besichtigung morgen – Dokumente",
"""Hallo Frau Becker,

welche Dokumente soll ich morgen zur Besichtigung mitnehmen? Ich habe: Pass, Aufenthaltstitel, Jobcenter-Bescheid, Workshop-Zertifikat, Schufa. Reicht das?

Danke
Elham""", html="only"),

T("de", 0, "oneliner", "Qasim <qasim.r@example.org>", "Termin absagen",
"""Ich kann am Donnerstag nicht kommen, Arbeit. Qasim Rezai"""),

T("de", 0, "clean", "Maya Haddad <maya.haddad@example.com>", "Nachfrage Wohnung Paffrath – Entscheidung Vermieter",
"""Hallo Herr Krämer,

die Besichtigung der Wohnung in Paffrath ist jetzt zwei Wochen her. Hat der Vermieter sich bei Ihnen gemeldet? Ich möchte nicht drängen, aber ich habe noch ein anderes Angebot und muss mich bis Freitag entscheiden.

Viele Grüße
Maya Haddad"""),

T("de", 0, "on_behalf", "Dr. med. Karin Lutz <praxis.lutz@example.net>", "Ärztliche Stellungnahme – Patient Herr Sultani",
"""Sehr geehrte Damen und Herren,

auf Wunsch meines Patienten, Herrn Jawad Sultani, teile ich mit, dass aus medizinischen Gründen (chronische Atemwegserkrankung, Zustand nach Schimmelexposition) eine zeitnahe Unterbringung in einer eigenen, trockenen Wohnung dringend angeraten ist.

Ich bitte, dies bei der Vermittlung zu berücksichtigen. Eine ausführliche Bescheinigung liegt dem Patienten vor.

Mit freundlichen Grüßen
Dr. med. K. Lutz
Fachärztin für Allgemeinmedizin""", enc="quoted-printable"),

T("de", 0, "broken", "Eritrea Mhret <mhret.w@example.com>", "Wohnung Bensberg",
"""Hallo,
Sie haben mir Wohnung gezeigt Bensberg letzte Woche. Ich möchte nehmen aber Wohnung hat kein Küche. Vermieter sagt ich muss Küche kaufen. Ich habe kein Geld. Jobcenter bezahlt Küche??
Mhret"""),

T("de", 0, "clean", "Bashira Nazari <bashira.nazari@example.net>", "Mein Sohn kommt aus Afghanistan – größere Wohnung nötig",
"""Sehr geehrte Frau Yilmaz,

ich habe eine gute Nachricht: Mein Sohn (16) hat das Visum für den Familiennachzug bekommen und kommt im Oktober. Ich wohne aktuell in der 1-Zimmer-Wohnung in Katterbach, die ich über Sie gefunden habe. Für uns zwei ist sie zu klein.

Können wir uns treffen, um über eine neue Wohnungssuche zu sprechen?

Mit freundlichen Grüßen
Bashira Nazari"""),

T("de", 1, "on_behalf", "Schulsozialarbeit IGP <schulsozialarbeit@igp-gl.example.org>", "Schülerin berichtet von Gewalt zuhause – Familie braucht sofort andere Unterkunft",
"""Sehr geehrte Damen und Herren,

eine Schülerin (15) unserer Gesamtschule hat heute berichtet, dass sie und ihre Mutter vom Lebensgefährten der Mutter bedroht und geschlagen werden. Die Familie lebt in einer Wohnung, die über Ihr Programm vermittelt wurde; der Mann ist nicht Mieter, wohnt aber faktisch dort. Das Jugendamt ist informiert, der Allgemeine Soziale Dienst kommt morgen.

Mutter und Tochter möchten heute nicht zurück in die Wohnung. Können Sie kurzfristig eine Unterbringung unterstützen oder uns sagen, wer zuständig ist?

Mit freundlichen Grüßen
Schulsozialarbeit
Tel. 02202 23456-88""", date="2026-03-11 11:47"),

T("de", 0, "clean", "Leon Bauer <leon.bauer@example.com>", "Mietschuldenfreiheit für Herrn Wardak",
"""Hallo,

ich bin ehrenamtlicher Unterstützer von Herrn Rohullah Wardak. Eine Hausverwaltung verlangt von ihm eine Mietschuldenfreiheitsbescheinigung. Er wohnt seit 2022 in der Unterkunft. Können Sie ihm bescheinigen, dass keine Nutzungsgebühren offen sind, oder an wen müssen wir uns wenden?

Danke und Gruß
Leon Bauer"""),

T("de", 0, "reply", "Ghulam Sakhi <ghulam.sakhi@example.org>", "Re: Einladung zum Erstgespräch",
"""Sehr geehrte Damen und Herren
ja ich komme. Darf mein Cousin mitkommen für übersetzen?
Ghulam Sakhi

> Sehr geehrter Herr Sakhi,
> wir laden Sie zu einem Erstgespräch am Mittwoch, 11.02., um 14 Uhr ein.""", date="2026-02-06 17:20"),

T("de", 0, "broken", "Malak <malak.a.99@example.com>", "Workshop Sprache",
"""Hallo ist Workshop auch auf arabisch? Ich verstehe deutsch nicht so gut. Mein Mann arbeitet er kann nicht kommen. Danke
Malak"""),

T("de", 0, "clean", "Frank Neumann <frank.neumann@example.net>", "Untermieter aus dem Programm – Mein Mitbewohner sucht Hilfe",
"""Guten Tag,

ich wohne in einer WG in Refrath, und unser neuer Mitbewohner, Herr Ahmed Nur (Somalia), ist letzten Monat aus der Unterkunft zu uns gezogen. Er hat vom Jobcenter einen Brief bekommen, dass die Miete für sein WG-Zimmer nur teilweise übernommen wird, weil der Untermietvertrag nicht „ordnungsgemäß" sei.

Er bat mich, Ihnen zu schreiben, da er bei Ihnen in der Begleitung war. Was genau muss im Untermietvertrag stehen?

Viele Grüße
Frank Neumann"""),
]
