# French: landlords, inquiries, auto, spam
from common import m, dsn, mdn

MAILS = [
# ------------------------------------------------------------------ landlords
m("landlord_offer", "fr", "clean", "Philippe Garnier <philippe.garnier@example.org>", "Appartement à louer à Bensberg",
"""Bonjour,

Je suis français, installé à Lyon depuis ma retraite, et je possède toujours un appartement à Bensberg (3 pièces, 76 m², 1er étage, balcon, cave). Mon locataire part fin juin.

Un ami allemand m'a parlé de votre programme pour aider les réfugiés à trouver un logement. Je serais prêt à louer à une famille, à condition que le loyer soit versé régulièrement. Je pensais à 690 € hors charges, environ 200 € de charges.

Comment cela fonctionne-t-il concrètement ? Je ne suis sur place que deux ou trois fois par an.

Bien cordialement,
Philippe Garnier""", date="2025-04-11 17:20"),

m("landlord_offer", "fr", "hard_case", "Nathalie Roux <nathalie.roux@example.net>", "Question avant de me décider",
"""Bonjour,

Avant de proposer mon appartement, j'aimerais savoir s'il existe une garantie de la ville en cas d'impayés ou de dégradations. J'ai lu qu'il y a parfois une « Mietausfallgarantie ». Est-ce le cas chez vous ?

Merci,
Nathalie Roux"""),

m("landlord_offer", "fr", "clean", "Jean-Luc Dumont <jl.dumont@example.com>", "Studio meublé – Stadtmitte",
"""Bonjour, je loue un studio meublé de 28 m² en centre-ville, 430 € charges comprises, libre au 1er octobre. Je préfère une personne seule, non-fumeuse. Je suis belge et je vis à Liège, mais mon frère habite à Bergisch Gladbach et peut faire la visite. Cordialement, Jean-Luc Dumont"""),

m("landlord_offer", "fr", "reply", "Élodie Martin <elodie.martin@example.org>", "RE: Candidats pour votre appartement à Hand",
"""Bonjour Monsieur Schulz,

Merci pour les deux profils. J'ai rencontré Mme Kone et ses enfants hier, nous nous sommes très bien entendues (et nous avons pu parler français, ce qui a simplifié les choses !). Je souhaite lui louer l'appartement.

Pouvez-vous m'indiquer les prochaines étapes pour le Jobcenter ? Faut-il que je remplisse un formulaire ?

Bien à vous,
Élodie Martin

-----Message d'origine-----
De : Integration Wohnen <integration-wohnen@stadt-gl.de>
Envoyé : mardi 3 juin 2025 09:12
À : Élodie Martin
Objet : Candidats pour votre appartement à Hand""", reply=True, date="2025-06-05 11:02"),

m("landlord_offer", "fr", "clean", "SCI Les Tilleuls <gestion@sci-tilleuls.example.com>", "Deux logements disponibles",
"""Madame, Monsieur,

Notre société civile immobilière, basée au Luxembourg, détient un petit immeuble à Bergisch Gladbach-Gronau. Deux logements y seront disponibles à partir du 1er février 2026 :
- 2 pièces, 52 m², rez-de-chaussée, 510 € HC
- 3 pièces, 70 m², 2e étage, 650 € HC

Nous serions disposés à les louer à des ménages accompagnés par vos services. Notre gestionnaire local peut organiser les visites.

Veuillez agréer nos salutations distinguées.
Pour la SCI, F. Weber""", att=[("Exposé_Gronau.pdf", "application/pdf")], tz="+0100", date="2025-12-04 15:46"),

m("landlord_offer", "fr", "hard_case", "Bernard Lemaire <bernard.lemaire@example.net>", "Suivi – M. Diallo",
"""Bonjour,

M. Diallo habite mon studio depuis le mois de mai grâce à votre programme. Tout se passe bien, mais je n'ai pas reçu le loyer de décembre. Le Jobcenter me dit que le dossier de M. Diallo doit être renouvelé. Pourriez-vous vérifier avec lui ?

Merci et bonnes fêtes,
Bernard Lemaire""", date="2025-12-22 09:10"),

m("landlord_offer", "fr", "broken", "Karim Haddad <karim.haddad@example.com>", "jai un appart",
"""bonjour j'ai un appart 2 pieces a paffrath libre tout de suite, j'accepte jobcenter pas de probleme. vous avez quelqu'un ? appelez moi 0172 23457745"""),

m("landlord_offer", "fr", "clean", "Catherine Lambert <catherine.lambert@example.org>", "Chambre chez l'habitant",
"""Bonjour,

Je suis une enseignante française à la retraite, je vis seule dans une grande maison à Moitzfeld. J'aimerais proposer une chambre (avec salle de bain privée) à une jeune femme réfugiée, francophone de préférence. Loyer symbolique, 250 € tout compris.

Est-ce que cela entre dans votre programme ?

Catherine Lambert"""),

# ------------------------------------------------------------------ inquiries
m("inquiry", "fr", "formal", "Prof. Anne Vandenberghe <anne.vandenberghe@univ-research.example.org>", "Demande d'entretien – recherche sur l'accès au logement des réfugiés",
"""Madame, Monsieur,

Je suis chercheuse dans une université belge et je mène une étude comparative sur l'accompagnement des réfugiés vers le logement privé en Belgique, aux Pays-Bas et en Allemagne.

Votre programme d'« Auszugsmanagement » à Bergisch Gladbach nous a été signalé comme un exemple intéressant, notamment pour le réseau de propriétaires et les ateliers logement. Accepteriez-vous un entretien d'environ une heure (en français, anglais ou allemand) au cours du mois prochain ?

Je vous joins une note de présentation du projet.

Avec mes remerciements anticipés,
Anne Vandenberghe
Professeure, Centre d'études des migrations""", att=[("Presentation_projet.pdf", "application/pdf")], fmt="alt"),

m("inquiry", "fr", "clean", "Julie Moreau <julie.moreau@redaction.example.com>", "Demande de presse – propriétaires et réfugiés",
"""Bonjour,

Je suis journaliste pour un magazine francophone et je prépare un reportage sur le logement des réfugiés en Allemagne. Combien de propriétaires ont proposé un logement dans votre programme ? Serait-il possible de parler avec l'un d'eux et avec un membre de votre équipe ?

Merci d'avance,
Julie Moreau"""),

m("inquiry", "fr", "formal", "Ville de Neuchâtel-Est (exemple) <integration@commune-ch.example.org>", "Échange d'expériences",
"""Madame, Monsieur,

Notre commune en Suisse romande développe un dispositif d'accompagnement des personnes réfugiées vers un logement autonome. Nous avons pris connaissance de votre approche et souhaiterions organiser un court échange en visioconférence avec votre équipe.

Seriez-vous disponibles en novembre ?

Meilleures salutations,
Service de l'intégration""", tz="+0100"),

m("inquiry", "fr", "clean", "Association Solidarité Afrique-Rhin <contact@asar.example.org>", "Séance d'information pour nos membres",
"""Bonjour,

Notre association réunit des familles d'Afrique francophone vivant dans la région. Beaucoup de nos membres cherchent un logement et ne comprennent pas bien les démarches (WBS, SCHUFA, Jobcenter).

Serait-il possible qu'un membre de votre équipe vienne présenter votre travail lors de notre réunion mensuelle (un samedi après-midi) ? Nous pouvons assurer la traduction.

Cordialement,
Le bureau de l'association"""),

m("inquiry", "fr", "clean", "Émilie Perrin <emilie.perrin@example.net>", "Bénévolat",
"""Bonjour,
Je suis française, je vis à Refrath depuis peu et je parle français, allemand et un peu d'arabe. Je voudrais aider comme bénévole, par exemple pour traduire lors de vos ateliers ou accompagner des personnes aux visites. Comment faire ?
Émilie"""),

m("inquiry", "fr", "clean", "Lucas Bertrand <lucas.bertrand@etudiant.example.org>", "Stage – Master en travail social",
"""Bonjour,
Je suis étudiant en master de travail social à Strasbourg et je cherche un stage de trois mois en Allemagne à partir d'avril. Votre équipe accueille-t-elle des stagiaires ? Je parle allemand (B2) et anglais.
Cordialement,
Lucas Bertrand""", att=[("CV_Lucas_Bertrand.pdf", "application/pdf")]),

m("inquiry", "fr", "clean", "Mireille Fontaine <mireille.fontaine@example.com>", "Mauvais service ?",
"""Bonjour, je voudrais inscrire ma fille à l'école primaire de Refrath pour la rentrée. Est-ce bien ici qu'il faut écrire ? Merci. Mireille Fontaine"""),

m("inquiry", "fr", "formal", "ONG Habitat Solidaire (exemple) <partenariats@habitat-solidaire.example.org>", "Invitation – colloque « Logement et migrations »",
"""Madame, Monsieur,

Nous avons le plaisir de vous inviter au colloque « Logement et migrations : regards croisés France–Allemagne–Belgique », qui se tiendra le 24 avril 2026 à Bruxelles.

Nous serions honorés qu'un membre de votre équipe présente l'expérience de Bergisch Gladbach lors de la table ronde consacrée aux réseaux de propriétaires (intervention de 15 minutes, frais de déplacement pris en charge).

Merci de nous faire part de votre réponse avant le 15 février.

Cordialement,
Le comité d'organisation""", fmt="html", tz="+0100"),

m("inquiry", "fr", "clean", "Interprètes Rhénanie <contact@interpretes-rhin.example.com>", "Interprétariat français / lingala / wolof",
"""Bonjour,
Nous sommes une équipe d'interprètes indépendants (français, lingala, wolof, bambara, peul) basée à Cologne. Nous intervenons pour les services sociaux et les collectivités. Seriez-vous intéressés par nos services pour vos ateliers logement ?
Bien à vous"""),

m("inquiry", "fr", "hard_case", "Henri Lacroix <henri.lacroix@example.org>", "Aider une famille",
"""Bonjour,
Ma femme et moi aimerions soutenir une famille réfugiée dans sa recherche de logement (accompagnement, traduction, petits travaux). Nous ne connaissons personne en particulier. Comment pouvons-nous nous rendre utiles ?
Henri Lacroix"""),

# ------------------------------------------------------------------ auto
m("auto", "fr", "clean", "Anne Vandenberghe <anne.vandenberghe@univ-research.example.org>", "Absence du bureau – Re: Entretien",
"""Bonjour,

Je suis absente jusqu'au 2 septembre inclus, avec un accès limité à mes courriels. Pour toute question urgente concernant le projet, veuillez contacter le secrétariat du centre.

Bien cordialement,
Anne Vandenberghe""", hdr=dict({"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}), tz="+0200", date="2025-08-18 10:17"),

m("auto", "fr", "header_only", "Élodie Martin <elodie.martin@example.org>", "Réponse automatique : Contrat de bail – étapes suivantes",
"""Je suis en congé jusqu'au 25 août. Votre message ne sera pas transféré. En cas d'urgence, merci de me joindre par téléphone.""",
hdr={"Thread-Topic": "Contrat de bail – étapes suivantes", "X-MS-Exchange-Organization-AutoReplyState": "1", "Content-Language": "fr-FR"}, fmt="html"),

dsn("fr", "header_only", "mamadou.diallo224@example.net", "5.1.1", "550 5.1.1 Adresse du destinataire inconnue",
    "Votre rendez-vous au service Intégration", orig_date="Thu, 15 May 2025 09:03:12 +0200", mta="smtp.mail.example.net",
    frm="Système de distribution du courrier <MAILER-DAEMON@smtp.mail.example.net>", subj="Message non remis",
    human="Ceci est le système de messagerie du serveur smtp.mail.example.net.\n\nNous sommes désolés de vous informer que votre message n'a pas pu être\nremis à un ou plusieurs destinataires. Il est joint ci-dessous.\n\n<mamadou.diallo224@example.net> : adresse du destinataire inconnue\n",
    date="2025-05-15 09:03"),

mdn("fr", "header_only", "Philippe Garnier <philippe.garnier@example.org>", "Informations pour les propriétaires",
"""Votre message

  À : Philippe Garnier
  Objet : Informations pour les propriétaires
  Envoyé : lundi 14 avril 2025 10:41:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le lundi 14 avril 2025 18:05:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
subj="Lu : Informations pour les propriétaires", date="2025-04-14 18:06"),

m("auto", "fr", "other", "Habitat Solidaire <lettre@habitat-solidaire.example.org>", "La lettre d'Habitat Solidaire – mars 2026",
"""LA LETTRE D'HABITAT SOLIDAIRE – N° 37

Au sommaire :
- Retour sur notre campagne « Un toit pour tous »
- Portrait : une propriétaire engagée à Liège
- Agenda : colloque « Logement et migrations » le 24 avril à Bruxelles

Se désinscrire : https://habitat-solidaire.example.org/desinscription""",
hdr={"List-Id": "La lettre d'Habitat Solidaire <lettre.habitat-solidaire.example.org>",
     "List-Unsubscribe": "<https://habitat-solidaire.example.org/desinscription>, <mailto:desinscription@habitat-solidaire.example.org>",
     "Precedence": "bulk"}, fmt="alt", tz="+0100", date="2026-03-05 08:00"),

# ------------------------------------------------------------------ spam
m("spam", "fr", "other", "Service Messagerie <support@webmail-securite.example.net>", "Votre boîte aux lettres est pleine",
"""Cher utilisateur,

Votre boîte de réception a atteint sa capacité maximale. Les nouveaux messages seront rejetés.

Cliquez ici pour augmenter votre quota gratuitement : http://webmail-securite.example.net/quota

Équipe technique""", fmt="html"),

m("spam", "fr", "other", "Loterie Internationale <gagnant@loto-mondial.example.com>", "FÉLICITATIONS : vous avez gagné 500 000 €",
"""Cher gagnant,

Votre adresse e-mail a été tirée au sort lors de notre tirage international. Vous avez gagné la somme de 500 000 € (cinq cent mille euros).

Pour recevoir vos gains, envoyez vos coordonnées complètes ainsi que des frais de dossier de 150 € par mandat Western Union.

Cordialement,
M. Jean Dupuis, agent payeur"""),

m("spam", "fr", "other", "Mme Valérie Leclerc <valerie.leclerc.loc@example.net>", "Appartement disponible pour famille réfugiée",
"""Bonjour,

Je possède un appartement de 3 pièces à Bergisch Gladbach que je loue à 350 € charges comprises. Je suis actuellement en mission humanitaire au Bénin et je ne peux pas faire de visite.

Pour réserver, il suffit de verser la caution (700 €) par transfert Ria ou MoneyGram à mon notaire à Cotonou. Il vous enverra ensuite les clés et le contrat par DHL.

Merci de transmettre mon offre aux familles intéressées.

Valérie Leclerc""", tz="+0100"),

m("spam", "fr", "other", "Crypto Avenir <info@crypto-avenir.example.com>", "Devenez rentier grâce au Bitcoin",
"""Investissez seulement 250 € et notre algorithme fait le reste ! Plus de 3 000 € de gains par semaine. Places limitées, inscrivez-vous aujourd'hui.""", fmt="html"),
]

from common import set_dates  # noqa: E402
set_dates(MAILS, {
    "Invitation – colloque « Logement et migrations »": "2026-01-12 10:00",
})

if __name__ == "__main__":
    import build
    build.main()
