# French: tenant requests (francophone refugees, mostly West/Central Africa)
from common import m

MAILS = [
m("tenant_request", "fr", "formal", "Mamadou Diallo <mamadou.diallo224@example.com>", "Demande d'aide pour la recherche d'un logement",
"""Madame, Monsieur,

Je me nomme Mamadou Diallo, de nationalité guinéenne, et je réside actuellement dans le foyer municipal de Paffrath depuis septembre 2023.

Je viens très respectueusement auprès de votre haute bienveillance solliciter votre aide dans la recherche d'un logement. Je travaille depuis six mois comme aide-cuisinier dans un restaurant à Bensberg (contrat à durée indéterminée) et je souhaiterais avoir un petit studio afin de pouvoir me reposer convenablement et poursuivre mes cours d'allemand le soir.

Dans l'attente d'une suite favorable, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Mamadou Diallo
Tél : 0152 23456104"""),

m("tenant_request", "fr", "broken", "Aminata Kone <aminata.kone@example.net>", "logement",
"""bonjour madame
je cherche apartement pour moi et mes 3 enfan. on est dans le heim de gronau dans une seule chambre, c trop petit les enfants ne dort pas bien. svp aidé moi
aminata"""),

m("tenant_request", "fr", "clean", "Jean-Pierre Mbala <jp.mbala@example.org>", "Inscription à l'atelier logement",
"""Bonjour,

Je souhaiterais m'inscrire à l'atelier logement (Wohnworkshop) du mois prochain. Mon assistante sociale, Mme Krüger, m'a dit que c'était obligatoire pour être accompagné dans la recherche d'un appartement.

Est-ce que l'atelier est en allemand seulement ? Mon allemand est au niveau A2, je comprends mieux si on parle lentement. Est-ce qu'il y aura un interprète en français ?

Merci d'avance,
Jean-Pierre Mbala"""),

m("tenant_request", "fr", "oneliner", "Ousmane <ousmane.traore@example.com>", "Re: atelier",
"""ok merci je serai là""", reply=True),

m("tenant_request", "fr", "clean", "Clarisse Ngono <clarisse.ngono@example.net>", "Attestation de participation",
"""Bonjour Madame Yilmaz,

J'ai participé aux deux séances de l'atelier logement à Bensberg en février. Pourriez-vous m'envoyer l'attestation de participation (Teilnahmebestätigung) ? Une propriétaire à Refrath me l'a demandée pour ma candidature.

Je vous remercie par avance.
Bien cordialement,
Clarisse Ngono""", date="2026-03-03 19:22"),

m("tenant_request", "fr", "broken", "Ibrahima Sow <ibrahima.sow@example.com>", "appartement trouver",
"""Bonsoir Mr Schulz
j'ai trouvé un appartement a Hand, 2 pièces 55m2, loyer 540 euro plus charges 150. Le propriétaire est d'accord mais il demande le papier de jobcenter. Comment je fais pour avoir le papier vite ? il attend pas longtemps il a dit jusqu'a vendredi.
Merci
Ibrahima""", att=[("Mietangebot_Hand.pdf", "application/pdf")]),

m("tenant_request", "fr", "on_behalf", "Sœur Marie-Thérèse <mt.sr@paroisse.example.org>", "Famille Kabongo – recherche de logement",
"""Bonjour,

Je suis religieuse et bénévole auprès de la communauté africaine francophone de la paroisse. Je vous écris au sujet de la famille Kabongo (RD Congo) : les parents et leurs cinq enfants logent depuis presque deux ans dans deux chambres du foyer de Lückerath.

Le père, M. Patrick Kabongo, a commencé une formation d'aide-soignant et la mère suit un cours d'intégration. Ils ont déjà envoyé beaucoup de candidatures, sans succès, car les familles nombreuses sont très difficiles à loger.

Pourriez-vous leur proposer un rendez-vous ? Je peux les accompagner et traduire si besoin. M. Kabongo est d'accord pour que je vous écrive.

Avec mes salutations fraternelles,
Sœur Marie-Thérèse"""),

m("tenant_request", "fr", "clean", "Fatoumata Camara <fatoumata.camara@example.org>", "Question sur la caution",
"""Bonjour,
Le propriétaire me demande une caution de 3 mois de loyer (1 620 €). Est-ce que le Jobcenter peut la payer ? Et est-ce qu'il faut la rembourser après ?
Merci beaucoup,
Fatoumata"""),

m("tenant_request", "fr", "phone", "Serge Ekambi <serge.ekambi@example.net>", "",
"""Bonjour je voulais savoir si mon dossier avance toujours. Merci

Envoyé de mon iPhone"""),

m("tenant_request", "fr", "broken", "moussa coulibaly <moussa.coulibaly91@example.com>", "BESOIN DE LOGEMENT",
"""BONJOUR MADAME MONSIEUR JE SUIS MOUSSA COULIBALY DU MALI JE SUIS AU FOYER DE HEBBORN CHAMBRE 22. JE CHERCHE UN STUDIO OU UNE CHAMBRE. JE TRAVAILLE CHEZ UNE ENTREPRISE DE NETTOYAGE. MERCI DE ME REPONDRE"""),

m("tenant_request", "fr", "clean", "Nadège Ouedraogo <nadege.ouedraogo@example.org>", "Documents demandés",
"""Bonjour Monsieur Schulz,

Comme convenu lors de notre rendez-vous mardi, je vous envoie en pièce jointe :
- la copie de mon titre de séjour
- la dernière décision du Jobcenter
- l'attestation de la SCHUFA

Il me manque encore l'attestation d'absence de dettes de loyer (Mietschuldenfreiheitsbescheinigung), je ne sais pas qui peut me la donner puisque je n'ai jamais loué d'appartement en Allemagne.

Cordialement,
Nadège Ouedraogo""", att=[("Titre_de_sejour.pdf", "application/pdf"), ("Jobcenter_Bescheid.pdf", "application/pdf"), ("Schufa.pdf", "application/pdf")]),

m("tenant_request", "fr", "reply", "Ahmed Benkirane <ahmed.benkirane@example.com>", "RE: Proposition de visite",
"""Bonjour Madame,

Merci beaucoup pour la proposition. Je suis disponible jeudi à 16h pour visiter l'appartement à Schildgen. Est-ce que je dois apporter des documents ?

Cordialement
Ahmed Benkirane

De : Integration Wohnen <integration-wohnen@stadt-gl.de>
Envoyé : lundi 8 septembre 2025 10:15
À : Ahmed Benkirane
Objet : Proposition de visite

Bonjour Monsieur Benkirane,
un propriétaire de notre réseau propose un appartement de 2 pièces à Schildgen. Seriez-vous disponible jeudi après-midi pour une visite ?
Cordialement
I. Yilmaz""", reply=True, date="2025-09-08 12:44"),

m("tenant_request", "fr", "machine_translated", "Koffi Mensah <koffi.mensah@example.net>", "Demande de logement",
"""Bonjour,

Je suis Koffi, j'habite dans l'hébergement de la ville à Frankenforst. Je voudrais trouver un appartement de 1 pièce. Je suis en possession d'un permis de séjour et je reçois le Jobcenter. Je peux payer jusqu'à la limite qui est accordée par le Jobcenter. S'il vous plaît dites-moi quelles sont les étapes à faire.

Avec mes salutations"""),

m("tenant_request", "fr", "clean", "Rose Mukendi <rose.mukendi@example.com>", "Changement de rendez-vous",
"""Bonjour,
je ne pourrai pas venir au rendez-vous de lundi 10h car mon fils est malade. Est-il possible de le déplacer à mercredi ou jeudi ?
Désolée pour le dérangement.
Rose Mukendi"""),

m("tenant_request", "fr", "broken", "Alpha Barry <alpha.barry@example.org>", "slt",
"""slt mr c alpha du foyer stp tu peut m'appeler pr l'appart de refrath le proprio ma dit oui 🙏🏾"""),

m("tenant_request", "fr", "on_behalf", "Martine Lefèvre <martine.lefevre@beratung.example.org>", "Orientation : M. Nkurunziza",
"""Bonjour,

Je suis conseillère au service de migration (Migrationsberatung). Je vous oriente M. Emmanuel Nkurunziza, réfugié burundais, qui vit au foyer de Romaney. Il parle français et kirundi, un peu d'allemand.

M. Nkurunziza vient d'obtenir un contrat de travail à temps plein comme magasinier. Il souhaite maintenant quitter le foyer et chercher un appartement. Pourriez-vous l'inscrire dans votre accompagnement et à l'atelier logement ?

Il est joignable au 0157 23451172. Il m'a autorisée à vous transmettre ses coordonnées.

Bien à vous,
Martine Lefèvre""", fmt="alt"),

m("tenant_request", "fr", "clean", "Patrick Kabongo <patrick.kabongo@example.net>", "Merci pour l'aide",
"""Bonjour Madame Yilmaz,

Je voulais vous remercier pour votre aide. Nous avons signé le contrat pour l'appartement de Herkenrath ! Nous déménageons le 1er décembre.

Est-ce que vous pouvez informer la gestion du foyer de notre départ ? Et est-ce que nous devons rendre les clés à quelqu'un en particulier ?

Que Dieu vous bénisse,
Patrick Kabongo et famille""", date="2025-11-14 18:03"),

m("tenant_request", "fr", "hard_case", "Ibrahim Touré <ibrahim.toure@example.com>", "Annonce trouvée sur internet",
"""Bonjour,

J'ai trouvé cette annonce sur ImmoScout, mais le texte est en allemand et je ne comprends pas tout. Est-ce que vous pouvez regarder si c'est bien pour moi ? Je suis seul.

"1-Zimmer-Appartement in Bergisch Gladbach-Stadtmitte, 32 m², 395 € kalt, NK 95 €, Kaution 3 KM, WBS erforderlich, frei ab sofort."

Qu'est-ce que veut dire WBS erforderlich ?

Merci
Ibrahim Touré"""),

m("tenant_request", "fr", "broken", "Mariama Bah <mariama.bah@example.org>", "aide",
"""Bonjour
je suis mariama, j ai un bebe de 6 mois et je vis dans foyer paffrath, la chambre est humide il y a moisissure sur le mur, le bebe tousse beaucoup. je cherche un appartement ou une autre chambre. merci de m aider"""),

m("tenant_request", "fr", "clean", "Yves Tchakounté <yves.tchakounte@example.net>", "Question sur le WBS",
"""Bonjour,

Je voudrais savoir comment faire la demande du Wohnberechtigungsschein (WBS). Est-ce que c'est vous qui vous en occupez ou un autre service ? Je vis avec ma femme et nos deux enfants.

Merci et bonne journée,
Yves"""),

m("tenant_request", "fr", "formal", "Abdoulaye Sylla <abdoulaye.sylla@example.com>", "Relance – dossier d'accompagnement au logement",
"""Madame, Monsieur,

Par la présente, je me permets de relancer ma demande d'accompagnement au logement envoyée le 14 janvier dernier, restée à ce jour sans réponse.

Je vous rappelle que je réside au foyer municipal de Heidkamp depuis plus de deux ans, que je dispose d'un titre de séjour valable trois ans et que j'exerce une activité professionnelle à temps partiel.

Je reste à votre disposition pour tout renseignement complémentaire.

Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.

Abdoulaye Sylla""", date="2026-02-20 08:30"),

m("tenant_request", "fr", "clean", "Hortense Bikoro <hortense.bikoro@example.org>", "Le propriétaire a refusé",
"""Bonjour Monsieur Schulz,

Malheureusement, le propriétaire de l'appartement à Katterbach a refusé ma candidature. Il m'a dit au téléphone qu'il préfère quelqu'un qui a un salaire et pas le Jobcenter. Je suis un peu découragée.

Avez-vous d'autres propositions ? Je suis toujours disponible pour des visites.

Merci,
Hortense"""),

m("tenant_request", "fr", "html_only", "Didier Kouassi <didier.kouassi@example.net>", "Demande de rendez-vous",
"""Bonjour,

Je souhaite prendre un rendez-vous pour parler de ma recherche d'appartement. Je travaille le matin, je suis libre l'après-midi à partir de 14h.

Merci,
Didier Kouassi
Foyer de Hand""", fmt="html"),

m("tenant_request", "fr", "on_behalf", "Ginette Vogel <ginette.vogel@example.com>", "Pour mon voisin M. Sangaré",
"""Bonjour,

Je suis française, mariée à un Allemand, et j'aide depuis quelques mois M. Sangaré, un jeune Malien qui vit au foyer près de chez nous à Hebborn. Il cherche un studio et ne sait pas du tout comment s'y prendre ici.

Il commence en septembre une formation de boulanger. Est-ce que vous pourriez le recevoir ? Je peux venir avec lui.

Cordialement,
Ginette Vogel"""),

m("tenant_request", "fr", "clean", "Chantal Nzeyimana <chantal.nzeyimana@example.org>", "Déménagement – meubles",
"""Bonjour,
Nous allons emménager dans notre nouvel appartement le 15 mars. Est-ce qu'il existe une aide pour acheter des meubles (Erstausstattung) ? Nous n'avons rien, seulement les lits du foyer.
Merci,
Chantal"""),

m("tenant_request", "fr", "broken", "Boubacar Diarra <boubacar.diarra@example.com>", "Re: Re: votre candidature",
"""Bonjour madame j'ai pas compris la lettre, c quoi "Zusicherung" ? le jobcenter veut que je ramène quoi exactement ? merci""", reply=True),

m("tenant_request", "fr", "clean", "Marie-Claire Essomba <mc.essomba@example.net>", "Appartement trop cher ?",
"""Bonjour,
J'ai vu un appartement de 3 pièces à Bensberg à 720 € froid + 230 € de charges, pour moi et mes deux filles. Est-ce que c'est au-dessus de la limite du Jobcenter ? Je ne veux pas faire la visite pour rien.
Merci d'avance
Marie-Claire"""),

m("tenant_request", "fr", "machine_translated", "Adama Keita <adama.keita@example.org>", "Demande",
"""Bonjour Madame,

Je voudrais vous informer que j'ai reçu un appel d'un propriétaire qui veut louer à moi l'appartement. Mais il demande que la ville donne une garantie pour les dommages. Est-ce que cela est possible avec votre bureau ? Je vous remercie de votre réponse rapide.

Adama Keita"""),

m("tenant_request", "fr", "oneliner", "Thierry <thierry.mbarga@example.com>", "Attestation",
"""Bonjour, pouvez-vous m'envoyer l'attestation de l'atelier svp ? Thierry Mbarga"""),

m("tenant_request", "fr", "clean", "Awa Ndiaye <awa.ndiaye@example.net>", "Colocation possible ?",
"""Bonjour,
Je suis étudiante en cours de langue et je vis au foyer de Moitzfeld. Une amie et moi voudrions chercher un appartement en colocation (WG). Est-ce que le Jobcenter accepte ça et est-ce que vous pouvez nous aider toutes les deux ensemble ?
Merci beaucoup !
Awa"""),

m("tenant_request", "fr", "forward", "Blaise Nkoulou <blaise.nkoulou@example.org>", "TR: Absage",
"""Bonjour, voici encore un refus que j'ai reçu. Je ne comprends pas pourquoi. Est-ce que mes documents ne sont pas bons ? Pouvez-vous regarder mon dossier ?
Blaise

-------- Message transféré --------
Sujet : Absage
Date : Tue, 13 Jan 2026 15:27:03 +0100
De : Hausverwaltung Stadtmitte <info@hv-stadtmitte.example.com>
Pour : blaise.nkoulou@example.org

Sehr geehrter Herr Nkoulou,
leider können wir Ihnen die Wohnung nicht anbieten.
Mit freundlichen Grüßen"""),

# --- urgent
m("tenant_request", "fr", "clean", "Aïcha Diop <aicha.diop@example.com>", "URGENT – je dois quitter l'appartement vendredi",
"""Bonjour Madame,

Je suis hébergée depuis trois mois chez une amie à Refrath avec mon fils de 2 ans. Hier soir elle m'a dit que son propriétaire a découvert que nous habitons là et qu'il menace de la mettre dehors. Nous devons partir au plus tard vendredi.

Je n'ai aucun endroit où aller. Je suis enregistrée à Bergisch Gladbach et je reçois le Jobcenter. Que dois-je faire ? Est-ce qu'il y a une place au foyer pour nous ?

S'il vous plaît répondez-moi vite, mon numéro est le 0176 23452287.

Aïcha Diop""", u=1, date="2025-06-24 08:05"),

m("tenant_request", "fr", "broken", "Souleymane Cissé <souleymane.cisse@example.net>", "expulsion",
"""bonjour madame monsieur
le huissier est venu ce matin il a donner papier que le 12 on doit quitter l'appartement. moi ma femme et 4 enfants. le loyer pas payé 4 mois parce que jobcenter a arrêté. maintenant on fait quoi? on va dormir dehors? aidez nous svp
souleymane 0151 23459320""", u=1, date="2026-08-05 10:40"),

m("tenant_request", "fr", "on_behalf", "Dr. Sophie Hermann <s.hermann@praxis.example.org>", "Patiente en danger – besoin d'hébergement",
"""Bonjour,

Je suis médecin généraliste. Une de mes patientes, Mme K., d'origine camerounaise, est venue ce matin avec des blessures causées par son mari. Elle vit avec lui et leurs deux enfants dans un appartement de la ville à Gronau et elle refuse d'y retourner ce soir.

Elle parle français et un peu d'allemand. La maison des femmes est complète selon elle. Pouvez-vous nous aider à trouver une solution d'hébergement dès aujourd'hui ? Je vous laisse mon numéro : 02202 12345-20.

Cordialement,
Dr. Sophie Hermann""", u=1),

m("tenant_request", "fr", "phone", "Grâce Mbuyi <grace.mbuyi@example.com>", "svp urgent",
"""bonsoir, ils ont dit au foyer que demain on doit partir dans un autre foyer à Overath mais mes enfants vont à l'école à Paffrath et mon bébé est né il y a 10 jours, je ne peux pas bouger comme ça. Aidez moi svp

Envoyé depuis mon Galaxy""", u=1, date="2025-10-02 21:48"),

m("tenant_request", "fr", "clean", "Kader Ouattara <kader.ouattara@example.org>", "Bailleur veut récupérer l'appartement dans 5 jours",
"""Bonjour Monsieur Schulz,

Le propriétaire de ma chambre (sous-location) m'a dit aujourd'hui que je dois partir d'ici lundi, il n'y a pas de contrat écrit. Je travaille dans une usine à Hand, je ne peux pas perdre mon travail. Je n'ai pas d'autre logement.

Est-ce que je peux revenir au foyer en attendant ? Merci de votre aide rapide.

Kader""", u=1),

# --- more routine
m("tenant_request", "fr", "clean", "Pierrette Ngo <pierrette.ngo@example.net>", "Adresse pour la Bürgerbüro",
"""Bonjour, pour m'inscrire à la nouvelle adresse au Bürgerbüro, on me demande la "Wohnungsgeberbestätigung". Le propriétaire dit qu'il ne sait pas ce que c'est. Pouvez-vous m'aider ? Merci. Pierrette"""),

m("tenant_request", "fr", "broken", "Lamine Fofana <lamine.fofana@example.com>", "atelier logement",
"""bonjour, c'est quand le prochain atelier logement? mon ami a fait l'atelier et il a eu appartement. moi aussi je veux faire. je suis au foyer de Lückerath. merci"""),
]

from common import set_dates  # noqa: E402
set_dates(MAILS, {
    "TR: Absage": "2026-01-14 09:37",
})

from common import tweak  # noqa: E402
tweak(MAILS, 'Question sur le WBS', fmt="html", style="html_only")

if __name__ == "__main__":
    import build
    build.main()
