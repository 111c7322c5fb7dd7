"""Batch 05: French tenant_request (apprentices, relatives abroad, volunteers, replies, phone-typed mail)."""
from mailwriter import T

MAILS = [
T("fr", 0, "phone", "Mamadou Saliou Bah <msbah.boulanger@example.com>", "logement pres de la boulangerie",
"""bonjour madame monsieur
je suis apprenti boulanger a bensberg depuis septembre je commence le travail a 3h30 le matin mais il ya pas de bus a cette heure depuis le heim de herkenrath je marche 1h10 dans la nuit chaque jour
mon patron dit il peut faire une lettre pour le proprietaire
je cherche une chambre ou petit studio a bensberg ou a cote
mon salaire apprenti 980 euro
merci beaucoup
Mamadou Saliou Bah
0176 22150398""", charset="iso-8859-15"),

T("fr", 0, "on_behalf", "Josiane Mutombo <josiane.mutombo@example.net>", "Pour mon frère Christian Mutombo, foyer de Paffrath",
"""Bonjour,

Je m'appelle Josiane Mutombo, j'habite à Liège en Belgique. Je vous écris pour mon petit frère, Christian Mutombo, 29 ans, qui vit au foyer (Unterkunft) de Paffrath depuis presque deux ans.

Christian ne parle pas encore bien l'allemand et il n'ose pas vous appeler. Il a maintenant un contrat de travail dans le nettoyage à Cologne (CDI, 35 heures), donc il voudrait vraiment quitter le foyer et avoir son propre petit appartement. Il a déjà envoyé beaucoup de demandes sur internet mais il ne reçoit jamais de réponse, ou alors seulement des annonces en allemand qu'il ne comprend pas.

Est-ce qu'il peut participer à vos ateliers logement ? Et est-ce que je peux être sa personne de contact par e-mail, puisque j'écris mieux que lui ? Il est d'accord, il est en copie de ce message.

Son numéro : 0157 71339026.

Merci d'avance pour votre aide, et bonne journée à toute l'équipe.

Josiane Mutombo""", cc="Christian Mutombo <christian.mutombo91@example.net>"),

T("fr", 0, "clean", "Serge Yao Kouamé <serge.kouame@example.org>", "Question : double loyer pendant le déménagement",
"""Bonjour Madame, Monsieur,

Grâce à votre accompagnement, j'ai enfin signé un bail pour un appartement de 3 pièces à Gronau. Merci encore.

J'ai deux questions avant le déménagement :

1. Le bail commence le 1er février, mais l'appartement doit être repeint et je voudrais faire les travaux moi-même avec des amis avant d'emménager mi-février. Le Jobcenter peut-il payer le loyer de février alors que nous sommes encore au foyer ? On m'a dit qu'au foyer il y a aussi une « Nutzungsgebühr ».

2. Le propriétaire demande que je rende l'appartement repeint en blanc à la fin du bail. Est-ce normal ?

Je vous remercie par avance de votre réponse.

Cordialement,
Serge Yao Kouamé""", charset="windows-1252"),

T("fr", 1, "clean", "Évelyne Mbuyamba <evelyne.mbuyamba@example.com>", "Mon bébé est né hier - on ne peut pas rester dans la chambre",
"""Bonjour,

Je m'appelle Évelyne Mbuyamba. Hier matin j'ai accouché de ma fille à l'hôpital de Bensberg. Nous sommes sortis aujourd'hui et le responsable du foyer (Heimleiter) de Hand nous a dit que le bébé ne peut pas rester dans notre chambre, parce que nous sommes déjà quatre dans 16 m² (mon mari, mon fils de 3 ans et moi) et que c'est interdit pour la sécurité incendie. Il dit qu'il n'y a pas de chambre libre et qu'il faut trouver une autre solution avant lundi.

Je ne sais pas où aller avec un nouveau-né. Mon mari est à l'Ausländerbehörde ce matin pour les papiers de la petite.

S'il vous plaît, rappelez-moi au 0152 09871144. Je parle français et un peu d'allemand.

Merci,
Évelyne Mbuyamba""", date="2025-03-07 11:26"),

T("fr", 1, "clean", "Nafissatou Diallo <nafi.diallo@example.net>", "Mon ex m'a retrouvée au foyer - j'ai peur",
"""Madame, Monsieur,

Je vous écris parce que je ne sais plus quoi faire. Je vis depuis huit mois au foyer de Hand avec mes deux enfants (5 et 7 ans). Je suis partie de chez mon ex-compagnon à Düsseldorf parce qu'il était violent.

Hier soir il est venu devant le foyer. Il a crié, il a dit qu'il sait maintenant où nous dormons et qu'il reviendra. La police est venue, ils ont pris sa déposition, mais ils m'ont dit qu'ils ne peuvent pas surveiller le foyer.

Je ne peux plus rester ici, les enfants ont peur d'aller à l'école. La conseillère de l'association des femmes m'a dit de vous contacter aussi pour une autre place ou un logement le plus vite possible. Aujourd'hui si c'est possible.

Mon téléphone : 0159 04417720 (appelez, ne laissez pas de message vocal s'il vous plaît).

Nafissatou Diallo""", date="2025-10-22 08:05"),

T("fr", 0, "on_behalf", "Monique Brandt <monique.brandt@example.org>", "Famille Mahamat (Tchad) - demande de rendez-vous",
"""Bonjour,

Je suis bénévole à la Flüchtlingshilfe de Refrath. Je suis née à Strasbourg et j'habite en Allemagne depuis 40 ans, c'est pourquoi j'accompagne surtout les familles francophones.

Depuis l'année dernière je m'occupe de la famille Mahamat, originaire du Tchad : M. Idriss Mahamat, son épouse Achta et leurs cinq enfants (de 4 à 15 ans). Ils vivent à sept dans deux chambres au foyer de Refrath. M. Mahamat vient de terminer son cours d'intégration (B1 réussi) et commence une formation de conducteur de bus en janvier.

La famille aimerait beaucoup participer à vos ateliers logement et être accompagnée dans la recherche. Pourriez-vous me proposer un rendez-vous ? Je viendrais avec eux pour traduire. Une autorisation signée de M. Mahamat est jointe.

Bien cordialement,
Monique Brandt
06 (non, pardon, habitude française !) 0171 3094412""", attach=["Schweigepflichtentbindung_Mahamat.pdf"]),

T("fr", 0, "reply", "Gervais Ntamack <gervais.ntamack@example.com>", "RE: Votre dossier - pièces manquantes",
"""Bonjour Monsieur Ortmann,

Voici les documents demandés : ma fiche de paie de mai et mon titre de séjour (recto). Le verso suit demain, mon téléphone n'arrivait pas à faire une photo nette.

Pour l'attestation du Jobcenter, j'ai rendez-vous le 17, je vous l'envoie juste après.

Cordialement,
Gervais Ntamack

-----Message d'origine-----
De : Integration Wohnen <integration-wohnen@stadt-gl.de>
Envoyé : lundi 2 juin 2025 10:14
À : Gervais Ntamack <gervais.ntamack@example.com>
Objet : Votre dossier - pièces manquantes

Bonjour Monsieur Ntamack,

pour compléter votre dossier, il nous manque encore :
- votre dernière fiche de paie,
- une copie de votre titre de séjour (recto/verso),
- l'attestation du Jobcenter sur la prise en charge du loyer.

Cordialement
Tobias Ortmann""", attach=["Gehaltsabrechnung_Mai.pdf", "Aufenthaltstitel_recto.jpg"], date="2025-06-04 21:37"),

T("fr", 0, "forward", "Marcelline Ateba <marcelline.ateba@example.org>", "TR: Ihre Anfrage: 3-Zimmer-Wohnung Gronau",
"""Bonjour,

Le propriétaire m'a répondu (ci-dessous), mais je ne comprends pas tout. Il demande une « Mieterselbstauskunft » et une « SCHUFA ». C'est quoi exactement et où est-ce que je peux avoir ça ? Je dois répondre vite parce qu'il y a d'autres personnes intéressées.

Merci beaucoup,
Marcelline

-------- Message transféré --------
Sujet : Ihre Anfrage: 3-Zimmer-Wohnung Gronau
Date : Thu, 16 Oct 2025 18:02:51 +0200
De : Hans-Jürgen Wirtz <hj.wirtz@example.net>
À : marcelline.ateba@example.org

Sehr geehrte Frau Ateba,

vielen Dank für Ihr Interesse an der Wohnung. Bitte senden Sie mir vorab eine ausgefüllte Mieterselbstauskunft, eine aktuelle SCHUFA-Auskunft sowie Einkommensnachweise der letzten drei Monate. Dann melde ich mich wegen eines Besichtigungstermins.

Mit freundlichen Grüßen
H.-J. Wirtz""", date="2025-10-16 20:45"),

T("fr", 0, "phone", "Issa Traoré <issa.traore.k@example.com>", "appart hand",
"""bonjour madame jai visite lappartement hier a hand le monsieur dit oui cest ok pour moi mais il veut la Kaution 1500 en liquide avant de signer le Mietvertrag et il veut pas de papier pour ça
cest normal ?? le jobcenter peut payer direct a lui ?
merci de me repondre vite jai dit a lui que je donne reponse vendredi
issa

Envoyé de mon iPhone"""),

T("fr", 0, "clean", "Bertrand Ngoma <bertrand.ngoma@example.net>", "Le propriétaire ne me donne pas la Wohnungsgeberbestätigung",
"""Bonjour,

J'ai emménagé le 1er du mois dans mon nouvel appartement à Schildgen (vous m'aviez aidé pour le dossier, merci encore). Au Bürgerbüro on m'a dit que pour l'Anmeldung il me faut une « Wohnungsgeberbestätigung » signée par le propriétaire.

Je l'ai demandée trois fois au propriétaire, il me dit toujours « oui, la semaine prochaine ». Maintenant le Jobcenter me demande aussi la nouvelle adresse officielle et j'ai peur d'avoir une amende, car on m'a dit qu'il faut s'inscrire dans les deux semaines.

Est-ce que vous pouvez lui rappeler, ou me dire ce que je peux faire ?

Bien à vous,
Bertrand Ngoma""", charset="iso-8859-1"),

T("fr", 0, "oneliner", "Aurélie Kabasele <aurelie.kabasele@example.com>", "rdv",
"""c quand le prochain rdv ? merci"""),

T("fr", 0, "mixed_language", "Moussa Keïta <moussa.keita.gl@example.org>", "Brief vom Sozialamt / lettre Nutzungsgebühr",
"""Hallo, bonjour,

ich habe Brief von Sozialamt bekommen, je ne comprends pas tout. Ils disent que maintenant que je travaille, je dois payer 610 euros par mois pour ma place im Heim, „Nutzungsgebühr", rückwirkend ab August. C'est plus cher qu'un vrai appartement !

Alors je veux vraiment vite eine eigene Wohnung. Est-ce que vous pouvez m'aider ? Ich arbeite Vollzeit im Lager in Köln-Mülheim, unbefristet.

Ich kann nächste Woche Dienstag oder Mittwoch kommen, ab 16 Uhr.

Danke / merci
Moussa Keïta
Unterkunft Paffrath""", attach=["Brief_Sozialamt.jpg"]),
]
