"""Batch 07: French spam and auto (rental scam, private loan, invoice phishing; absence, bounce, newsletter)."""
from mailwriter import S, A, CRLF, part_lines


def fr_bounce(orig_to, orig_subj, status, diag, mta, human, orig_date):
    """A multipart/report bounce whose human part is French (UTF-8, 8bit)."""
    def build(m, rng):
        b = "=_%s" % ("%024x" % rng.getrandbits(96))
        h = ['Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % b]
        parts = [
            part_lines(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
                        "Content-Description: Notification"], human),
            part_lines(["Content-Type: message/delivery-status", "Content-Description: Delivery report"],
                       "Reporting-MTA: dns; %s%sArrival-Date: %s%s%sFinal-Recipient: rfc822; %s%s"
                       "Action: failed%sStatus: %s%sDiagnostic-Code: %s" %
                       (mta, CRLF, orig_date, CRLF, CRLF, orig_to, CRLF, CRLF, status, CRLF, diag)),
            part_lines(["Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers"],
                       "From: Integration Wohnen <integration-wohnen@stadt-gl.de>%sTo: %s%sSubject: %s%s"
                       "Date: %s%sMessage-ID: <%x.iw@stadt-gl.de>" %
                       (CRLF, orig_to, CRLF, orig_subj, CRLF, orig_date, CRLF, rng.getrandbits(48))),
        ]
        body = "This is a MIME-encapsulated message." + CRLF + CRLF
        for p in parts:
            body += "--" + b + CRLF + p + CRLF
        body += "--" + b + "--" + CRLF
        return h, body
    return build


MAILS = [
# ---------------- spam ----------------
S("fr", 0, "other", "Claudine Moreau-Vidal <claudine.moreauvidal@example.com>", "Appartement à Gronau pour une famille de réfugiés",
"""Bonjour,

J'ai vu sur internet que vous aidez les réfugiés à trouver un logement et j'en ai été très touchée. Je suis propriétaire d'un appartement de 3 pièces à Gronau, entièrement meublé, que j'occupais quand je travaillais en Allemagne. J'ai été mutée à Lyon et je ne peux malheureusement plus me déplacer.

Je ne cherche pas à gagner de l'argent, seulement une famille honnête qui prendra soin de l'appartement : le loyer est de 380 € charges comprises.

Comme je ne suis pas sur place, la remise des clés se fait par un transporteur sécurisé. La famille doit simplement effectuer un virement du premier mois et de la caution (760 €) sur mon compte en France (IBAN FR76 3000 4012 3400 0101 2345 678). Dès réception, le transporteur livre les clés et le contrat sous 48 h.

Merci de transmettre mon adresse e-mail à une famille intéressée. Je réponds rapidement.

Que Dieu vous bénisse,
Claudine Moreau-Vidal""", charset="windows-1252"),

S("fr", 0, "other", "Mme Éliane Rousset <eliane.rousset.pret@example.net>", "Offre de prêt entre particuliers sérieux",
"""Bonjour,

Vous avez besoin d'un financement pour un projet, un logement, régler vos dettes ou simplement une bouffée d'oxygène ? Je suis une particulière et j'accorde des prêts de 3 000 € à 850 000 € à toute personne honnête et capable de rembourser, au taux de 2 % par an.

Pas de SCHUFA, pas de banque, réponse en 24 h. Plusieurs familles réfugiées en Allemagne ont déjà été aidées.

Pour toute demande, merci de me contacter par e-mail en précisant : nom, prénom, montant souhaité, durée de remboursement, numéro WhatsApp.

Cordialement,
Mme Éliane Rousset"""),

S("fr", 0, "html_only", "Service Comptabilité <comptabilite@factures-express.example.com>", "Facture impayée n° FR-2025-08817 - dernier rappel avant recouvrement",
"""Madame, Monsieur,

Sauf erreur de notre part, la facture n° FR-2025-08817 d'un montant de 1 248,60 € TTC reste impayée à ce jour.

Vous pouvez consulter et télécharger la facture ici : https://factures-express.example.com/doc/FR-2025-08817.pdf.html

Sans règlement sous 48 heures, votre dossier sera transmis à notre service de recouvrement et des frais supplémentaires de 40 € seront appliqués.

Cordialement,
Service Comptabilité
Ceci est un message automatique, merci de ne pas y répondre.""", html="only"),

# ---------------- auto ----------------
A("fr", 0, "header_only", "Agnès Lambert-Kuhn <a.lambertkuhn@cofil-refugies.example.org>", "Absence du bureau - RE: Table ronde du 12 mars",
"""Bonjour,

Je suis absente du bureau jusqu'au lundi 24 février inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.

Pour toute question urgente concernant l'accompagnement des familles, merci de contacter ma collègue Fatou Sy au +33 3 88 00 21 45.

Cordialement,
Agnès Lambert-Kuhn""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
charset="iso-8859-15", date="2025-02-13 16:44"),

A("fr", 0, "header_only", "MAILER-DAEMON <postmaster@smtp.orange-mail.example.net>", "Échec de la remise du message",
"", raw=fr_bounce("famille.kalonji@orange-mail.example.net", "Invitation atelier logement", "5.2.1",
"smtp; 550 5.2.1 Boîte aux lettres désactivée / mailbox disabled",
"smtp.orange-mail.example.net",
"Votre message n'a pas pu être remis au destinataire suivant :\r\n\r\n    famille.kalonji@orange-mail.example.net\r\n\r\nRaison : la boîte aux lettres du destinataire est désactivée.\r\n\r\nCeci est un message automatique, merci de ne pas y répondre.",
"Wed, 21 May 2025 09:03:12 +0200"), headers={"Auto-Submitted": "auto-replied"}, date="2025-05-21 09:03"),

A("fr", 0, "other", "La lettre de Migrations & Territoires <lettre@migrations-territoires.example.org>", "La lettre n° 42 - logement d'abord, médiation locative, agenda",
"""La lettre de Migrations & Territoires - n° 42

AU SOMMAIRE
- Logement d'abord : retour sur cinq ans d'expérimentation
- Médiation locative : le point de vue des propriétaires
- Portrait : une intercommunalité rurale qui mise sur les logements vacants
- Agenda : webinaire « Accueillir dans le parc privé », 4 décembre

Lire la lettre en ligne : https://migrations-territoires.example.org/lettre/42

Vous recevez cette lettre car vous êtes inscrit·e à notre liste de diffusion.
Se désinscrire : https://migrations-territoires.example.org/desinscription?id=5521""",
headers={"List-Id": "Lettre Migrations et Territoires <lettre.migrations-territoires.example.org>",
         "List-Unsubscribe": "<https://migrations-territoires.example.org/desinscription?id=5521>",
         "Precedence": "bulk"}, html="alt"),
]
