"""de2 batch 05: auto (out-of-office with and without RFC 3834 headers, bounces, read receipts, newsletters
and a mailing list, no-reply portal notifications, a ticket-system acknowledgement)."""
from mailwriter import A, CRLF, bounce_builder, mdn_builder, part_lines

RFC3834 = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}


def exch(topic, auto=True):
    h = {"Thread-Topic": topic, "Thread-Index": "AdxQk3R0c2VhcmNoZ2w=", "X-MS-Has-Attach": "",
         "X-MS-TNEF-Correlator": "", "X-MS-Exchange-Organization-AuthAs": "Internal",
         "X-MS-Exchange-Organization-AutoReplyMessage": "True" if auto else ""}
    if not auto:
        del h["X-MS-Exchange-Organization-AutoReplyMessage"]
    return h


def with_html(mail, source):
    mail.html_source = source
    return mail


def exchange_ndr(orig_to, orig_subj, orig_date, status, diag, mta, human):
    """An Exchange-style non-delivery report whose human part is German UTF-8 text."""
    def build(m, rng):
        b = "_%032X_" % rng.getrandbits(128)
        h = ['Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % b]
        p1 = part_lines(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"], human)
        ds = ("Reporting-MTA: dns;%s%s"
              "Received-From-MTA: dns;mail.stadt-gl.example.org%s"
              "Arrival-Date: %s%s%s"
              "Final-Recipient: rfc822;%s%s"
              "Action: failed%s"
              "Status: %s%s"
              "Diagnostic-Code: smtp;%s" % (mta, CRLF, CRLF, orig_date, CRLF, CRLF, orig_to, CRLF, CRLF,
                                            status, CRLF, diag))
        p2 = part_lines(["Content-Type: message/delivery-status"], ds)
        oh = ("From: Integration Wohnen <integration-wohnen@stadt-gl.de>%sTo: %s%sSubject: %s%sDate: %s%s"
              "Message-ID: <%x.kim@stadt-gl.de>%sMIME-Version: 1.0" %
              (CRLF, orig_to, CRLF, orig_subj, CRLF, orig_date, CRLF, rng.getrandbits(48), CRLF))
        p3 = part_lines(["Content-Type: text/rfc822-headers"], oh)
        body = ""
        for p in (p1, p2, p3):
            body += "--" + b + CRLF + p + CRLF
        body += "--" + b + "--" + CRLF
        return h, body
    return build


MAILS = [
# ---------------- out of office ----------------
A("de", 0, "header_only", "Sebastian Thelen <s.thelen@hv-thelen.example.com>", "Automatische Antwort: Mietangebot Wohnung Paffrather Str. 114",
"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17.04. außer Haus und habe nur eingeschränkt Zugriff auf meine E-Mails.

Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Kessel unter 02202 23456-40 oder an info@hv-thelen.example.com.

Mit freundlichen Grüßen
Sebastian Thelen
Hausverwaltung Thelen (fiktiv)""", headers=dict(exch("Mietangebot Wohnung Paffrather Str. 114"), **RFC3834), date="2026-04-07 09:12"),

A("de", 0, "header_only", "Melanie Bodenstein <m.bodenstein@bergisch-wohnen.example.com>", "Automatische Antwort: Vorschlag Haushalt Sahak – Whg. 31-102-02",
"""Vielen Dank für Ihre E-Mail.

Ich bin vom 22.12. bis einschließlich 06.01. nicht im Büro. Ab dem 07.01. bin ich wieder für Sie da.

Ihre Nachricht wird während meiner Abwesenheit nicht gelesen. Bei Fragen zu Wohnungsangeboten wenden Sie sich bitte an kundencenter@bergisch-wohnen.example.com, bei Schäden an unseren Notdienst.

Freundliche Grüße
Melanie Bodenstein
Bergisch Wohnen GmbH (fiktiv) – Kundencenter""", headers=exch("Vorschlag Haushalt Sahak - Whg. 31-102-02", auto=False), html="alt", date="2025-12-23 08:01"),

A("de", 0, "header_only", "Katrin Hüsgen <schulsozialarbeit@rs-herkenrath.example.org>", "Abwesenheitsnotiz",
"""Liebe Schülerinnen und Schüler, liebe Eltern, liebe Kolleginnen und Kollegen,

während der Herbstferien bin ich nicht erreichbar. Ab Montag, 27.10., bin ich wieder an der Schule.

In Krisensituationen wenden Sie sich bitte an die Schulleitung oder an die Nummer gegen Kummer (116 111).

Katrin Hüsgen
Schulsozialarbeit""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, date="2025-10-15 13:27"),

A("de", 0, "header_only", "Dragana Milošević <d.milosevic@migrationsdienst-rb.example.org>", "Re: Wohnworkshop Termine Herbst – neue Ansprechpartnerin",
"""Guten Tag,

ich bin seit dem 1. September nicht mehr im Migrationsdienst tätig. Dieses Postfach wird nicht mehr gelesen und in Kürze gelöscht.

Bitte wenden Sie sich künftig an meine Nachfolgerin, Frau Ebru Kalkan: e.kalkan@migrationsdienst-rb.example.org, Tel. 02202 23456-27.

Vielen Dank für die gute Zusammenarbeit!
Dragana Milošević

Diese Nachricht wurde automatisch erzeugt.""", headers={"X-Autoreply": "yes", "Precedence": "auto_reply"}, date="2025-09-08 11:44"),

A("de", 0, "oneliner", "Ulla Vosskuhl <ulla.vosskuhl@example.net>", "Urlaubsnotiz: Re: Ihre Wohnung in Moitzfeld",
"""Ich bin bis zum 30.8. auf Kreta und lese keine Mails. Danach melde ich mich. Sonnige Grüße, Ulla Vosskuhl""",
headers={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied", "X-Mailer": "Webmailer Autoresponder 2.1"}, date="2025-08-12 16:03"),

# ---------------- bounces ----------------
A("de", 0, "header_only", "Mail Delivery System <MAILER-DAEMON@mx3.mailhost.example.net>", "Zustellung fehlgeschlagen: Einladung Wohnworkshop am 12. Mai",
"", raw=bounce_builder("abdikarim.warsame@example.net", "Einladung Wohnworkshop am 12. Mai", "5.1.1",
"smtp; 550 5.1.1 <abdikarim.warsame@example.net>... User unknown",
"mx3.mailhost.example.net",
"Hallo,\r\n\r\nleider konnte Ihre Nachricht an den folgenden Empfaenger nicht\r\nzugestellt werden. Die E-Mail-Adresse existiert beim Zielserver nicht\r\n(mehr). Bitte pruefen Sie die Schreibweise der Adresse.\r\n\r\n    <abdikarim.warsame@example.net>\r\n    Fehler: 550 5.1.1 User unknown\r\n    (Antwort auf RCPT TO)\r\n\r\nDies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie\r\nnicht darauf. Bei Fragen wenden Sie sich an postmaster@mailhost.example.net.\r\n\r\nDie Originalnachricht finden Sie im Anhang.",
orig_date="Tue, 28 Apr 2026 09:02:11 +0200", headers_only=False), headers={"Auto-Submitted": "auto-replied"}, date="2026-04-28 09:02"),

A("de", 0, "header_only", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@stadtwerke-gl.example.com>", "Unzustellbar: Anmeldung Stromzähler für Neumieter",
"", raw=exchange_ndr("kundenservice-strom@stadtwerke-gl.example.com", "Anmeldung Stromzaehler fuer Neumieter",
"Thu, 05 Mar 2026 14:21:07 +0100", "5.3.4",
"552 5.3.4 Message size exceeds fixed maximum message size",
"DB9PR05MB0000.eurprd05.prod.example.com",
"Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:\r\n\r\nkundenservice-strom@stadtwerke-gl.example.com\r\n\r\nDie Nachricht ist zu groß. Das Empfängerpostfach akzeptiert nur Nachrichten bis 10 MB. Versuchen Sie, die Anlagen zu verkleinern oder in mehreren Nachrichten zu senden.\r\n\r\nDiagnoseinformationen für Administratoren:\r\n\r\nGenerierender Server: DB9PR05MB0000.eurprd05.prod.example.com\r\nkundenservice-strom@stadtwerke-gl.example.com\r\nRemote Server returned '552 5.3.4 Message size exceeds fixed maximum message size'"),
headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": ""}, date="2026-03-05 14:21"),

# ---------------- read receipts ----------------
A("de", 0, "header_only", "Rüdiger Pohlmann <ruediger.pohlmann@example.net>", "Gelesen: Zusicherung Jobcenter für Familie Wardak",
"", raw=mdn_builder("Ihre Nachricht\r\n\r\n  An: Rüdiger Pohlmann\r\n  Betreff: Zusicherung Jobcenter für Familie Wardak\r\n  Gesendet: Montag, 24. November 2025 10:02:17 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\r\n\r\nwurde am Montag, 24. November 2025 12:40:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.",
"Microsoft Outlook 16.0", "ruediger.pohlmann@example.net", "<3b91e0.kim.wardak@stadt-gl.de>"), date="2025-11-24 12:40"),

A("de", 0, "header_only", "Hausverwaltung Kremer & Lenz (fiktiv) <info@kremer-lenz.example.com>", "Nicht gelesen: Rückfrage Wohnungsgeberbestätigung Frau Eze",
"", raw=mdn_builder("Ihre Nachricht\r\n\r\n  An: info@kremer-lenz.example.com\r\n  Betreff: Rückfrage Wohnungsgeberbestätigung Frau Eze\r\n  Gesendet: 03.02.2026 09:15\r\n\r\nwurde am 10.02.2026 07:58 ungelesen gelöscht.",
"Microsoft Exchange Server", "info@kremer-lenz.example.com", "<77c2d1.kim.eze@stadt-gl.de>",
"manual-action/MDN-sent-automatically; deleted"), date="2026-02-10 07:58"),

# ---------------- newsletters / list ----------------
with_html(A("de", 0, "html_only", "Bündnis für Wohnen Rhein-Berg (fiktiv) <newsletter@buendnis-wohnen-rb.example.org>", "Newsletter 2/2026: Wohnraumförderung, Fachtag Leerstand, neue Mitglieder",
"""Bündnis für Wohnen Rhein-Berg – Newsletter 2/2026

Liebe Bündnispartnerinnen und -partner,

– Wohnraumförderung 2026: Das Land hat die Förderkonditionen angepasst. Die wichtigsten Änderungen im Überblick.
– Fachtag „Leerstand aktivieren“ am 18. Juni in Overath – jetzt anmelden.
– Wir begrüßen drei neue Mitglieder im Bündnis.

Im Browser lesen | Newsletter abbestellen

Bündnis für Wohnen Rhein-Berg (fiktiv) · Musterweg 1 · 00000 Musterstadt""", html="only",
headers={"List-Id": "Buendnis Wohnen Newsletter <newsletter.buendnis-wohnen-rb.example.org>",
"List-Unsubscribe": "<https://buendnis-wohnen-rb.example.org/abmelden?e=integration-wohnen%40stadt-gl.de>, <mailto:abmelden@buendnis-wohnen-rb.example.org>",
"List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
"X-Campaign-ID": "nl-2026-02"}, date="2026-02-25 06:30"),
"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Newsletter 2/2026</title></head>
<body style="margin:0;background:#eef2f0">
<div style="display:none;max-height:0;overflow:hidden">Wohnraumf&ouml;rderung, Fachtag Leerstand, neue Mitglieder</div>
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="640" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td style="padding:20px 28px;background:#3b7a57;color:#fff"><span style="font-size:12px">Newsletter 2/2026</span><br><span style="font-size:22px">B&uuml;ndnis f&uuml;r Wohnen Rhein-Berg</span></td></tr>
<tr><td style="padding:24px 28px;font-size:15px;line-height:1.5">
<p>Liebe B&uuml;ndnispartnerinnen und -partner,</p>
<h3 style="margin-bottom:4px">Wohnraumf&ouml;rderung 2026</h3><p style="margin-top:0">Das Land hat die F&ouml;rderkonditionen angepasst. Die wichtigsten &Auml;nderungen im &Uuml;berblick. <a href="https://buendnis-wohnen-rb.example.org/n/26-2/foerderung">Weiterlesen</a></p>
<h3 style="margin-bottom:4px">Fachtag &bdquo;Leerstand aktivieren&ldquo;</h3><p style="margin-top:0">18. Juni in Overath &ndash; <a href="https://buendnis-wohnen-rb.example.org/n/26-2/fachtag">jetzt anmelden</a>.</p>
<h3 style="margin-bottom:4px">Neue Mitglieder</h3><p style="margin-top:0">Wir begr&uuml;&szlig;en drei neue Mitglieder im B&uuml;ndnis.</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;border-top:1px solid #ddd"><a href="https://buendnis-wohnen-rb.example.org/n/26-2">Im Browser lesen</a> | <a href="https://buendnis-wohnen-rb.example.org/abmelden?e=integration-wohnen%40stadt-gl.de">Newsletter abbestellen</a><br>B&uuml;ndnis f&uuml;r Wohnen Rhein-Berg (fiktiv) &middot; Musterweg 1 &middot; 00000 Musterstadt</td></tr>
</table></td></tr></table>
<img src="https://buendnis-wohnen-rb.example.org/o/26-2/px.gif" width="1" height="1" alt="">
</body></html>
"""),

A("de", 0, "other", "Fachverlag Sozialrecht aktuell (fiktiv) <infodienst@sozialrecht-aktuell.example.com>", "Praxis-Tipp der Woche: Mietkaution als Darlehen – was das BSG jetzt entschieden hat",
"""Praxis-Tipp der Woche

Mietkaution als Darlehen: Dürfen Jobcenter die Tilgung mit bis zu 10 % des Regelbedarfs aufrechnen, solange mehrere Darlehen laufen? Ein aktuelles Urteil schafft Klarheit – und hat Folgen für Ihre Beratungspraxis.

Zum Beitrag: https://sozialrecht-aktuell.example.com/tipp/2025-47

Außerdem in dieser Woche:
• Checkliste: Umzug im Leistungsbezug
• Webinar „KdU 2026“ – noch wenige Plätze frei

Sie erhalten den Infodienst, weil Sie sich mit integration-wohnen@stadt-gl.de angemeldet haben.
Abmelden: https://sozialrecht-aktuell.example.com/infodienst/abmelden?id=55102""",
headers={"List-Id": "Infodienst Sozialrecht <infodienst.sozialrecht-aktuell.example.com>",
"List-Unsubscribe": "<https://sozialrecht-aktuell.example.com/infodienst/abmelden?id=55102>",
"Precedence": "bulk", "Feedback-ID": "infodienst:55102:sozialrecht-aktuell"}, html="alt", date="2025-11-20 07:05"),

A("de", 0, "other", "Katharina Brenig via netzwerk-wohnen-rbk <netzwerk-wohnen-rbk@lists.example.org>", "[netzwerk-wohnen-rbk] Suche Kontakt zu Vermietern in Overath",
"""Hallo in die Runde,

hat jemand von euch gute Kontakte zu Vermietern in Overath oder Rösrath? Wir haben zwei Familien, die wegen der Arbeitsstelle dorthin müssten, und kommen bei den Wohnungsgesellschaften nicht weiter.

Freue mich über Tipps, gern auch direkt an mich.

Katharina Brenig
Flüchtlingshilfe Overath (fiktiv)

_______________________________________________
netzwerk-wohnen-rbk Mailingliste
netzwerk-wohnen-rbk@lists.example.org
Abmelden / Einstellungen: https://lists.example.org/mailman/listinfo/netzwerk-wohnen-rbk""",
headers={"List-Id": "Netzwerk Wohnen RBK <netzwerk-wohnen-rbk.lists.example.org>",
"List-Unsubscribe": "<https://lists.example.org/mailman/options/netzwerk-wohnen-rbk>, <mailto:netzwerk-wohnen-rbk-request@lists.example.org?subject=unsubscribe>",
"List-Post": "<mailto:netzwerk-wohnen-rbk@lists.example.org>", "List-Archive": "<https://lists.example.org/pipermail/netzwerk-wohnen-rbk/>",
"Precedence": "list", "X-BeenThere": "netzwerk-wohnen-rbk@lists.example.org",
"Reply-To": "netzwerk-wohnen-rbk@lists.example.org",
"Sender": "\"netzwerk-wohnen-rbk\" <netzwerk-wohnen-rbk-bounces@lists.example.org>"}, date="2026-05-06 13:48"),

# ---------------- no-reply portal notifications ----------------
A("de", 0, "header_only", "WohnungsBörse Rheinland (fiktiv) <no-reply@wohnungsboerse-rheinland.example.com>", "Ihre Nachricht an den Anbieter wurde versendet",
"""Hallo Integration Wohnen,

Ihre Nachricht zum Inserat „Gemütliche 2-Zimmer-Wohnung mit Balkon, Bensberg“ (Inserat-Nr. 5510872) wurde an den Anbieter übermittelt.

Ihre Nachricht:
„Guten Tag, wir begleiten im Auftrag der Stadt Bergisch Gladbach Wohnungssuchende und würden uns freuen, ...“

Der Anbieter entscheidet selbst, ob und wann er antwortet. Antworten finden Sie in Ihrem Postfach auf wohnungsboerse-rheinland.example.com.

Tipp: Mit einem vollständigen Mieterprofil erhöhen Sie Ihre Chancen um bis zu 40 %.

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.""",
headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "Precedence": "bulk"}, html="alt"),

A("de", 0, "header_only", "Kleinanzeigen-Markt (fiktiv) <benachrichtigung@kleinanzeigen-markt.example.net>", "Eine Anzeige auf Ihrer Merkliste ist nicht mehr verfügbar",
"""Hallo,

die folgende Anzeige auf deiner Merkliste wurde vom Anbieter gelöscht oder ist abgelaufen:

3 Zi. Whg. Refrath, ab sofort, 720 € warm
Anzeigennr. 2987441102

Ähnliche Anzeigen in deiner Nähe findest du hier: https://kleinanzeigen-markt.example.net/s-wohnung-mieten/bergisch-gladbach

Du möchtest diese Benachrichtigungen nicht mehr erhalten? Passe deine Einstellungen an: https://kleinanzeigen-markt.example.net/einstellungen/benachrichtigungen

Dein Kleinanzeigen-Markt-Team""",
headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://kleinanzeigen-markt.example.net/einstellungen/benachrichtigungen>"}),

# ---------------- ticket system ----------------
A("de", 0, "header_only", "Service-Center Bergisch Wohnen <service-noreply@bergisch-wohnen.example.com>", "[Ticket#418877] Ihre Anfrage ist eingegangen",
"""Guten Tag,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer 418877 erfasst und an die zuständige Abteilung weitergeleitet.

Betreff Ihrer Anfrage: Vorschlag Haushalt Sahak – Whg. 31-102-02
Eingegangen am: 23.12.2025, 07:59 Uhr

Die durchschnittliche Bearbeitungszeit beträgt derzeit 5 Werktage. Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an, damit wir Ihre Nachricht zuordnen können.

Mit freundlichen Grüßen
Ihr Service-Center

Diese Nachricht wurde automatisch erstellt. Antworten auf diese E-Mail werden nicht gelesen.""",
headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply",
"X-Ticket-ID": "418877"}, date="2025-12-23 07:59"),
]
