"""mixed3 batch 01: German tenant_request (own case, on behalf of a named person, replies, forwarded listing,
phone-typed and very short mails; two urgent)."""
from mailwriter import T

MAILS = [
T("de", 0, "phone", "Idris Bah <idris.bah.gl@example.net>", "schlüssel",
"""hallo ich hab heute schlüssel bekommen!!! danke danke danke
wann muss ich zimmer im heim abgeben und das bett und der schrank gehört mir oder bleibt da?
idris"""),

T("de", 0, "on_behalf", "Praxis Dr. med. Ulrike Ahrend <praxis.ahrend@example.org>", "Attest für Herrn Faraz Osmani, geb. 1979",
"""Sehr geehrte Damen und Herren,

auf ausdrücklichen Wunsch meines Patienten, Herrn Faraz Osmani, übersende ich Ihnen das beigefügte ärztliche Attest.

Herr Osmani leidet an einem allergischen Asthma bronchiale, das sich seit seinem Einzug in die Gemeinschaftsunterkunft deutlich verschlechtert hat. In seinem Zimmer besteht nach seinen Angaben und nach Fotos, die er mir gezeigt hat, ein ausgeprägter Schimmelbefall an der Außenwand. Im letzten Quartal waren zwei Notfallbehandlungen erforderlich.

Aus medizinischer Sicht ist ein Umzug in trockenen, gut belüftbaren Wohnraum dringend anzuraten. Herr Osmani hat mir berichtet, dass er bei Ihnen bereits als wohnungssuchend registriert ist. Ich wäre Ihnen dankbar, wenn das Attest bei der Vermittlung berücksichtigt werden könnte.

Eine Schweigepflichtentbindung gegenüber Ihrer Dienststelle liegt mir vor.

Mit freundlichen Grüßen

Dr. med. Ulrike Ahrend
Fachärztin für Innere Medizin und Pneumologie
Hauptstraße 212 (fiktiv), Bergisch Gladbach
Tel. 02202 98765-0""", attach=["Attest_Osmani_F.pdf"], html="alt"),

T("de", 1, "broken", "Tamer Youssef <tamer.youssef93@example.com>", "Ich muss raus aus Zimmer bis Freitag",
"""Hallo Herr oder Frau,

ich wohne in Unterkunft Kempener weg Zimmer 14. Heute Heimleitung sagt mir ich muss bis Freitag Zimmer frei machen weil ich habe jetzt Arbeit Vollzeit und verdiene selbst, dann ich bin nicht mehr berechtigt. Heute ist Dienstag!!

Ich habe keine Wohnung, ich suche seit 1 Jahr. Ich kann nicht 3 Tage finden. Meine Freund hat nur Sofa für 2 Nacht.

Bitte was kann ich machen. Ich arbeite bis 16 Uhr, danach Handy 0152 55501873

Tamer Youssef""", date="2026-02-10 06:48"),

T("de", 1, "clean", "Leonora Berisha <leonora.berisha@example.org>", "Brand in unserer Wohnung – wir wissen nicht wohin",
"""Guten Abend,

Sie haben uns vor zwei Jahren geholfen, die Wohnung in der Odenthaler Straße zu finden. Gestern Nacht hat es im Keller gebrannt, der Rauch ist durch das ganze Haus gezogen. Die Feuerwehr hat alle Wohnungen gesperrt, der Gutachter sagt, mindestens drei Monate kann niemand hinein.

Wir sind zu fünft (mein Mann, ich und drei Kinder, die Kleine ist 4). Im Moment schlafen wir bei meiner Schwägerin in Köln-Mülheim in einer 2-Zimmer-Wohnung, aber sie kann uns nur bis Sonntag aufnehmen, weil ihr Vermieter Ärger macht.

Die Hausverwaltung sagt, sie ist nicht zuständig für eine Ersatzwohnung, die Versicherung meldet sich „in den nächsten Wochen“.

Können Sie uns sagen, wo wir ab Sonntag hin können? Die Kinder müssen ja auch zur Schule in Gronau.

Leonora Berisha
0177 3348215""", date="2025-12-03 21:17"),

T("de", 0, "on_behalf", "Hannelore Peuler <hannelore.peuler@example.net>", "Familie Tesfay im Haus nebenan – Haus wird verkauft",
"""Sehr geehrte Damen und Herren,

ich wohne in der Saaler Mühle (Bensberg) im Haus neben Familie Tesfay. Herr und Frau Tesfay haben mich gebeten, Ihnen zu schreiben, weil ihr Deutsch für so etwas noch nicht reicht und sie Angst haben, etwas falsch zu machen.

Das Haus, in dem die Familie wohnt, soll verkauft werden. Der Eigentümer hat letzte Woche einen Makler vorbeigeschickt, der „Fotos für das Exposé“ gemacht hat, und der Familie gesagt, der neue Käufer wolle „wahrscheinlich selbst einziehen“. Schriftlich haben sie nichts bekommen, keine Kündigung.

Meine Fragen in ihrem Namen:
1. Muss die Familie jetzt schon etwas unternehmen?
2. Kann die Familie sich bei Ihnen schon einmal vormerken lassen, falls es doch zu einer Kündigung kommt?

Ich bin keine offizielle Betreuerin, nur Nachbarin. Die Familie ist mit dieser Mail einverstanden, Herr Tesfay steht in CC – falls Sie lieber direkt mit ihm schreiben.

Freundliche Grüße
Hannelore Peuler""", cc="Yonas Tesfay <yonas.tesfay@example.com>"),

T("de", 0, "forward", "Ahmad Jawed Sultani <aj.sultani@example.com>", "WG: Angebot: Helle 2-Zimmer-Wohnung in Schildgen, 52 m²",
"""hallo ich habe das gefunden im Internet, ist das gut? kann ich nehmen mit jobcenter? ich bin allein. 

---------- Weitergeleitete Nachricht ---------
Von: ImmoRhein Portal <nachrichten@immorhein-portal.example.com>
Datum: Mo., 9. März 2026 um 08:14
Betreff: Angebot: Helle 2-Zimmer-Wohnung in Schildgen, 52 m²
An: <aj.sultani@example.com>

Helle 2-Zimmer-Wohnung in Schildgen, 52 m²
Kaltmiete: 545 €
Nebenkosten: 130 €
Heizkosten: in NK enthalten
Kaution: 3 Kaltmieten
Bezugsfrei ab: 01.05.2026
Etage: 2. OG (kein Aufzug)

Beschreibung: Gepflegte Wohnung in ruhigem 6-Parteien-Haus, Tageslichtbad mit Wanne, Einbauküche kann vom Vormieter übernommen werden (VB 800 €). Bushaltestelle 3 Min.

Der Anbieter bittet um eine kurze Vorstellung mit Angaben zu Beruf und Einkommen."""),

T("de", 0, "oneliner", "Mariam Hakimi <mariam.hakimi@example.com>", "Workshop Donnerstag",
"""Darf ich mein Baby (4 Monate) zum Workshop mitbringen?
Mariam Hakimi"""),

T("de", 0, "reply", "Jamal Osman <jamal.osman.gl@example.net>", "AW: Ihr Termin am 14.05. – bitte Unterlagen mitbringen",
"""Guten Tag, 14.05 kann ich nicht weil ich habe Prüfung B1 am VHS. Geht auch 16.05 oder nächste Woche? 
Mit freundliche Grüße 
Jamal Osman

-----Ursprüngliche Nachricht-----
Von: Integration Wohnen <integration-wohnen@stadt-gl.de>
Gesendet: Dienstag, 6. Mai 2025 11:02
An: jamal.osman.gl@example.net
Betreff: Ihr Termin am 14.05. – bitte Unterlagen mitbringen

Sehr geehrter Herr Osman,

wir laden Sie zu einem Beratungsgespräch am Mittwoch, 14.05., um 10:30 Uhr ein (Rathaus Bensberg, Raum 2.17). Bitte bringen Sie mit: Ausweisdokument, aktuellen Leistungsbescheid, falls vorhanden Arbeitsvertrag und Gehaltsnachweise.

Mit freundlichen Grüßen
Ihr Team Integration Wohnen""", date="2025-05-06 19:40"),

T("de", 0, "machine_translated", "Oksana Lytvyn <oksana.lytvyn@example.org>", "Bescheinigung über Mietschulden, der alte Vermieter antwortet nicht",
"""Sehr geehrte Damen und Herren,

ich schreibe Ihnen bezüglich einer Bescheinigung, die von mir verlangt wird. Für die Wohnung in Refrath, die mir eine Vermieterin angeboten hat, brauche ich eine Mietschuldenfreiheitsbescheinigung. Von März 2022 bis August 2023 habe ich mit meinem Sohn in einer Wohnung in Overath gewohnt, die einer privaten Person gehörte, Herrn K. Der Herr K. beantwortet seit drei Wochen meine Nachrichten und Anrufe nicht. Schulden habe ich keine, die Miete hat das Sozialamt direkt überwiesen.

Ist es möglich, diese Bescheinigung auf andere Weise zu erhalten, zum Beispiel vom Sozialamt, dass die Miete vollständig bezahlt wurde? Die Vermieterin in Refrath wartet, aber sie sagt, nicht ewig.

Mit Dankbarkeit im Voraus
Oksana Lytvyn"""),

T("de", 0, "formal", "Betreuungsbüro Weyer & Kollegen <post@betreuung-weyer.example.org>", "Betreuungssache Herr Milan Hadžić – Unterstützung bei der Wohnungssuche",
"""Sehr geehrte Damen und Herren,

ich bin durch Beschluss des Amtsgerichts Bergisch Gladbach zur rechtlichen Betreuerin von Herrn Milan Hadžić (geb. 1971) bestellt, Aufgabenkreise u. a. Wohnungsangelegenheiten und Vertretung gegenüber Behörden. Den Betreuerausweis füge ich in Kopie bei.

Herr Hadžić lebt seit 2019 in der Unterkunft Am Broich. Er ist aufgrund einer psychischen Erkrankung nicht in der Lage, eigenständig Wohnungsbesichtigungen wahrzunehmen oder Bewerbungsunterlagen zusammenzustellen, ist aber im Alltag mit ambulanter Unterstützung weitgehend selbständig. Ein Einzelapartment oder eine kleine 1,5-Zimmer-Wohnung wäre geeignet; ein Pflegedienst ist nicht erforderlich.

Ich bitte um Aufnahme von Herrn Hadžić in Ihr Vermittlungsprogramm und um Mitteilung, welche Unterlagen Sie benötigen. Termine stimmen Sie bitte mit mir ab; Herr Hadžić würde von mir begleitet.

Mit freundlichen Grüßen

Sabine Weyer
Berufsbetreuerin
Betreuungsbüro Weyer & Kollegen (fiktiv)
Tel. 02204 44190-12""", attach=["Betreuerausweis_Hadzic.pdf"]),

T("de", 0, "clean", "Dawit Mekonnen <dawit.mekonnen@example.com>", "Vermieter verlängert vielleicht nicht",
"""Hallo,

mein befristeter Mietvertrag in Paffrath läuft bis Oktober nächsten Jahres. Der Vermieter meint, vielleicht braucht seine Tochter die Wohnung, sicher ist nichts. Soll ich mich schon jetzt melden oder erst, wenn ich etwas Schriftliches habe?

Viele Grüße
Dawit Mekonnen"""),

T("de", 0, "on_behalf", "Bernd Kaltwasser <b.kaltwasser@gs-hand.example.org>", "Schüler Yusuf Qasemi (Klasse 3a) – Wohnsituation der Familie",
"""Sehr geehrte Damen und Herren,

ich bin Klassenlehrer von Yusuf Qasemi an der Gemeinschaftsgrundschule Hand. Beim Elternsprechtag gestern hat mir Frau Qasemi (mit Hilfe einer Dolmetscherin) erzählt, dass die Familie – Eltern und vier Kinder – seit über zwei Jahren in einem einzigen Zimmer in der Unterkunft lebt. Yusuf macht seine Hausaufgaben auf dem Flur, das erklärt einiges.

Frau Qasemi wusste nicht, ob die Familie bei Ihnen angemeldet ist. Sie hat einmal einen Zettel bekommen, aber ihn nicht verstanden. Könnten Sie prüfen, ob die Familie registriert ist, und sie gegebenenfalls zu einem Termin einladen? Die Mutter ist vormittags gut erreichbar: 0157 80043127 (Dari, etwas Deutsch).

Frau Qasemi war einverstanden, dass ich mich an Sie wende.

Mit freundlichen Grüßen
Bernd Kaltwasser
GGS Hand (fiktiv)"""),

T("de", 0, "oneliner", "S. Nouri <s.nouri.1990@example.com>", "WBS",
"""WBS ist abgelaufen, muss ich neu beantragen oder macht ihr das?"""),

T("de", 0, "html_only", "Aziza Rahmani <aziza.rahmani@example.net>", "Schufa kostet Geld?",
"""Hallo liebes Team,

im Workshop haben Sie gesagt wir sollen SCHUFA Auskunft holen. Ich habe im Internet gesucht und auf der Seite steht 29,95 Euro "BonitätsCheck". Ich habe Jobcenter Geld, das ist viel für mich. Muss ich das bezahlen oder gibt es das auch kostenlos? Ich will nicht falsche Seite nehmen.

Danke schön
Aziza Rahmani
Unterkunft Bensberg, Zimmer 22""", html="only"),

T("de", 0, "other", "Nadia Yousef <nadia.yousef@example.org>", "WBS für 3 Personen",
"""Guten Tag Frau Lenz,
anbei mein WBS wie besprochen am Telefon. Gilt für 3 Personen bis 11/2026.
Nadia Yousef""", attach=["WBS_scan.jpg"]),
]
