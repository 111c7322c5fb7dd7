# French
from mailwriter import T, L, I, A, S

MAILS = [
# ---------------------------------------------------------------- tenants
T("fr", 0, "clean", "Mamadou Diallo <mamadou.diallo@example.com>", "Demande d'aide pour trouver un logement",
"""Bonjour Madame, Monsieur,

Je m'appelle Mamadou Diallo, je viens de Guinée et je vis depuis 2023 dans le foyer de Refrath. J'ai obtenu mon titre de séjour en début d'année et je travaille à temps partiel dans une entreprise de nettoyage.

Je cherche un petit appartement ou une chambre en colocation. Mon allemand est encore faible (niveau A2), c'est pourquoi j'écris en français.

Pourriez-vous m'aider ou me dire comment m'inscrire à votre programme ?

Cordialement,
Mamadou Diallo
"""),

T("fr", 0, "on_behalf", "Claire Dubois <claire.dubois@example.net>", "Famille Mbala – recherche de logement",
"""Bonjour,

Je suis bénévole franco-allemande à Bensberg et j'accompagne depuis un an la famille Mbala, originaire de la République démocratique du Congo : Mme Esther Mbala et ses quatre enfants (3 à 14 ans). Ils vivent dans deux petites chambres au foyer de la Bensberger Straße.

Mme Mbala est inscrite chez vous depuis le printemps mais n'a plus de nouvelles. Pourriez-vous me dire où en est son dossier ? J'ai son accord pour vous écrire et je peux vous envoyer une procuration.

Bien à vous,
Claire Dubois
"""),

T("fr", 0, "phone", "Aïcha Koné <aicha.kone@example.org>", "logement",
"""bonjour je cherche appartement pour moi et ma fille 2 ans svp aidez moi merci

Envoyé de mon iPhone
"""),

T("fr", 0, "reply", "Jean-Baptiste Nkurunziza <jb.nkurunziza@example.com>", "RE: Votre demande GL-2026-000140 – documents",
"""Bonjour,

Veuillez trouver ci-joint mon contrat de travail et l'attestation de l'office pour l'emploi. Je n'ai pas encore la SCHUFA, je l'ai commandée.

Merci beaucoup,
Jean-Baptiste

De : Integration Wohnen <integration-wohnen@stadt-gl.de>
Envoyé : mardi 27 janvier 2026 10:18
Objet : Votre demande GL-2026-000140 – documents

Monsieur,
pour compléter votre dossier, merci de nous envoyer votre contrat de travail, la décision du Jobcenter et une SCHUFA.
Cordialement
Integration Wohnen
""", date="2026-01-28 20:41", attach=["Contrat_de_travail.pdf", "Bescheid_Jobcenter.pdf"],
headers={"In-Reply-To": "<57e0f4.20260127101801@stadt-gl.de>", "References": "<57e0f4.20260127101801@stadt-gl.de>"}),

# ---------------------------------------------------------------- landlords
L("fr", 0, "clean", "Philippe Lambert <philippe.lambert@example.net>", "Appartement à louer à Bergisch Gladbach",
"""Bonjour,

Je suis belge et j'ai hérité d'un appartement de deux chambres à Bergisch Gladbach (quartier de Gronau, 63 m²). Je souhaiterais le louer à une famille réfugiée par l'intermédiaire de votre programme, de préférence une famille francophone.

Pourriez-vous m'expliquer le fonctionnement : qui choisit les locataires, comment le loyer est-il payé, et y a-t-il une garantie en cas de dégâts ?

Bien cordialement,
Philippe Lambert
Liège
"""),

L("fr", 0, "hard_case", "Sophie Marchand <sophie.marchand@example.com>", "Question sur les garanties",
"""Bonjour,

Avant de décider si je mets mon studio à disposition, j'aimerais savoir si la ville se porte garante en cas d'impayés. Le Jobcenter verse-t-il le loyer directement au propriétaire ?

Merci d'avance,
Sophie Marchand
"""),

# ---------------------------------------------------------------- inquiries
I("fr", 0, "clean", "Julien Moreau <julien.moreau@univ-recherche.example.org>", "Demande d'entretien – recherche sur l'accès au logement",
"""Madame, Monsieur,

Je suis doctorant en géographie urbaine et je prépare une thèse comparant l'accès au logement des réfugiés en France et en Allemagne. Votre programme à Bergisch Gladbach m'a été signalé comme exemple intéressant.

Seriez-vous disposés à m'accorder un entretien d'environ une heure, en visioconférence ? L'entretien peut se faire en anglais ou en allemand.

Avec mes remerciements,
Julien Moreau
"""),

I("fr", 0, "clean", "Association Afrique Solidarité <contact@afrique-solidarite-koeln.example.org>", "Proposition de collaboration",
"""Bonjour,

Notre association accompagne les personnes africaines francophones dans la région de Cologne. Nous aimerions vous proposer une collaboration : nos bénévoles pourraient traduire lors de vos ateliers logement pour les personnes francophones.

Serait-il possible d'en discuter lors d'un rendez-vous ?

Cordialement,
Le bureau de l'association
"""),

# ---------------------------------------------------------------- machine mail
A("fr", 0, "other", "Julien Moreau <julien.moreau@univ-recherche.example.org>", "Réponse automatique : Demande d'entretien – recherche sur l'accès au logement",
"""Bonjour,

Je suis absent jusqu'au 2 septembre et n'aurai qu'un accès limité à mes courriels. Je vous répondrai dès mon retour.

Julien Moreau
""", headers={"Auto-Submitted": "auto-replied"}),

# ---------------------------------------------------------------- spam
S("fr", 0, "other", "Service Colis <notification@colis-suivi-fr.example.com>", "Votre colis est en attente de livraison",
"""Bonjour,

Votre colis n'a pas pu être livré en raison de frais de port impayés (1,99 €). Veuillez régler ces frais sous 24 heures afin d'éviter le retour du colis :

https://colis-suivi-fr.example.com/suivi?ref=FR77320914

Service client
"""),
]
