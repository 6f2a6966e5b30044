"""Split ``fresh3``, French: support mail and chat, HR, marketing and docs written whole (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": """Bonjour,

Je vous écris suite à l'annulation de mon TGV Paris-Marseille du 18 novembre (train 6107, dossier RXQWTB). On m'a replacé sur un train quatre heures plus tard. Je souhaite obtenir la compensation G30. Vous trouverez ci-joint mon billet et la facture du taxi.

Cordialement""",
    },
    {
        "kind": "support",
        "text": """Madame, Monsieur,

Ma fille ⟦PERSON|Inès Bouchareb⟧ est en CM2 dans la classe de Mme ⟦PERSON|Laporte⟧. Elle sera absente du 2 au 6 décembre pour une ⟦HEALTH_DATA|opération des amygdales⟧ à l'hôpital Necker. Je vous transmettrai le certificat médical à son retour. Pouvez-vous lui faire passer les devoirs par sa camarade ⟦PERSON|Philippine⟧ ?

Bien à vous,
⟦PERSON|Nadia Bouchareb⟧
⟦PHONE_NUMBER|06 71 48 22 90⟧""",
    },
    {
        "kind": "support",
        "text": """Bonjour, je n'arrive plus à me connecter à l'espace client depuis la mise à jour. Message d'erreur : "Session expirée (code 4012)". J'ai vidé le cache, même résultat sur Firefox et Chrome.""",
    },
    {
        "kind": "support",
        "text": """Objet : Opposition carte bancaire - URGENT

Bonsoir,
On m'a volé mon portefeuille ce soir au marché de Wazemmes. Merci de faire opposition sur ma carte ⟦CREDIT_CARD|4650 9617 3473 7172⟧. Mon compte : ⟦IBAN_CODE|FR44 0663 2075 3671 9491 4918 738⟧. J'ai déposé plainte au commissariat de Lille-Centre, récépissé n° 2025/004881.
⟦PERSON|Evrard Lemaistre⟧, né le ⟦DATE_OF_BIRTH|21/10/1976⟧
⟦STREET_ADDRESS|41 bis rue Nationale, 59800 Lille⟧""",
    },
    {
        "kind": "support",
        "text": """Bonjour ⟦PERSON|Gwénaël⟧,

Je te transfère le message du client allemand, il parle d'un problème de facturation :

> Guten Tag, auf der Rechnung FA-2025-3381 wurde die Lieferung doppelt berechnet. Bitte um Gutschrift auf unser Konto ⟦IBAN_CODE|DE06-8051-5024-7659-8549-37⟧. Mit freundlichen Grüßen, ⟦PERSON|Reinhard Zöllner⟧, Einkauf

Tu peux lui faire un avoir de 412,50 EUR et lui répondre en anglais ?

Merci,
⟦PERSON|Camille⟧""",
    },
    {
        "kind": "support",
        "text": """Votre colis n° 6A17209934415 est disponible au point relais Tabac de la Gare jusqu'au 29/11. Pensez à vous munir d'une pièce d'identité.""",
    },
    {
        "kind": "support",
        "text": """Bonjour Docteur,

Je souhaiterais décaler ma séance de jeudi. Depuis l'augmentation de la ⟦HEALTH_DATA|sertraline⟧ à 100 mg je dors mieux, mais les ⟦HEALTH_DATA|crises d'angoisse⟧ reviennent le matin avant le travail. Est-ce qu'on peut en parler lors de la prochaine consultation ?

⟦PERSON|Solène Marchetti-Roux⟧""",
    },
    {
        "kind": "support",
        "text": """Bonjour, pour la demande d'acte de naissance je vous communique mon numéro de sécurité sociale : ⟦FR_NIR|2 90 05 2B 176 749 16⟧. Nom : ⟦PERSON|Solène Marchetti⟧, née à Bastia. Adresse de retour : ⟦STREET_ADDRESS|12 avenue Émile Sari, 20200 Bastia⟧. Merci""",
    },
    {
        "kind": "support",
        "text": """Salut, le serveur de préproduction répond en 502 depuis 9h. Les logs du load balancer montrent des timeouts vers le backend. Quelqu'un a touché à la conf nginx hier soir ?""",
    },
    {
        "kind": "support",
        "text": """Bonjour, je résilie ma ligne fixe suite à mon déménagement en Belgique. Mon nouveau numéro est le ⟦PHONE_NUMBER|+32 478 22 91 06⟧ et mon numéro de registre national ⟦BE_NATIONAL_NUMBER|88.09.17-217.20⟧ si vous en avez besoin pour le transfert. ⟦PERSON|Ine Vandenbroucke⟧""",
    },
    {
        "kind": "support",
        "text": """Merci pour votre retour rapide, le remboursement de la commande 1044-77813 est bien arrivé sur mon compte. Bonne journée !""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Bonjour,

⟦PERSON|Maëlle Quéré⟧ nous a transmis un arrêt maladie du 12 au 30 novembre pour un ⟦HEALTH_DATA|syndrome anxio-dépressif⟧. Merci de ne pas la solliciter pendant cette période et de prévoir le remplacement sur le planning de l'accueil.

Service RH""",
    },
    {
        "kind": "hr",
        "text": """Fiche d'embauche

Nom : ⟦PERSON|Lemaistre⟧
Prénom : ⟦PERSON|Evrard⟧
Date de naissance : ⟦DATE_OF_BIRTH|21 octobre 1976⟧
N° de sécurité sociale : ⟦FR_NIR|1 76 10 2A 288 290 38⟧
Adresse : ⟦STREET_ADDRESS|3 ter chemin des Vignes, 20090 Ajaccio⟧
RIB : ⟦IBAN_CODE|FR15-3270-8974-8939-9506-6311-039⟧
Poste : Chauffeur livreur, CDD 6 mois""",
    },
    {
        "kind": "hr",
        "text": """Le CSE vous informe : les chèques vacances 2026 seront distribués en mars. Le formulaire de commande est disponible sur l'intranet jusqu'au 15 janvier.""",
    },
    {
        "kind": "hr",
        "text": """Compte rendu de l'entretien préalable - M. ⟦PERSON|Gaëtan Ferrand⟧

Présents : la directrice du site, M. ⟦PERSON|Ferrand⟧, assisté de Mme ⟦PERSON|Ouali⟧, déléguée syndicale ⟦TRADE_UNION_MEMBERSHIP|CGT⟧.
M. ⟦PERSON|Ferrand⟧ reconnaît les retards répétés et explique qu'il accompagne sa compagne dans un parcours de ⟦HEALTH_DATA|PMA⟧ qui impose des rendez-vous tôt le matin.""",
    },
    {
        "kind": "hr",
        "text": """Agence d'intérim - mission de 3 semaines pour un préparateur de commandes à Saint-Quentin-Fallavier. Horaires 5h-12h, CACES 1 souhaité, 11,88 EUR brut de l'heure plus panier.""",
    },
    {
        "kind": "hr",
        "text": """Pour info, ⟦PERSON|Youssef⟧ nous a demandé de poser son congé le jour de l'Aïd. Il est ⟦RELIGIOUS_BELIEF|musulman⟧ pratiquant et jeûne pendant le ramadan, on peut décaler sa pause déjeuner en fin de journée.""",
    },
    {
        "kind": "hr",
        "text": """Rappel : les entretiens annuels doivent être saisis dans l'outil avant le 20 décembre. Merci aux managers de prévoir 45 minutes par collaborateur.""",
    },
    {
        "kind": "hr",
        "text": """CV - ⟦PERSON|Aurélien Dufresne-Moreau⟧
⟦EMAIL_ADDRESS|aurelien.dufresne@laposte.net⟧ | ⟦PHONE_NUMBER|07 58 14 33 09⟧

Expérience
2021-2025 : Chargé de communication, Mairie de Villeurbanne
2018-2021 : Attaché de presse, campagne municipale de la liste ⟦POLITICAL_OPINION|Europe Écologie Les Verts⟧
Langues : anglais courant, italien intermédiaire""",
    },
    {
        "kind": "hr",
        "text": """Extrait de casier judiciaire de ⟦PERSON|Kevin Marchal⟧ reçu : bulletin n°3 mentionnant une ⟦CRIMINAL_RECORD|condamnation pour vol aggravé⟧ en 2020. Le poste de convoyeur de fonds n'est donc pas possible, merci de le recontacter pour un autre poste.""",
    },
    {
        "kind": "hr",
        "text": """La médecine du travail passera sur site le 14 janvier. Les salariés concernés par la visite périodique recevront une convocation nominative par mail.""",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Cette année, offrez des moments : coffrets spa, ateliers cuisine et escapades en Provence. Livraison offerte dès 50 EUR d'achat et carte cadeau imprimable en deux minutes.""",
    },
    {
        "kind": "marketing",
        "text": """Nouveau à la pharmacie du Marché : vaccination antigrippale sans rendez-vous, le mardi et le jeudi de 9h à 12h. Pensez à apporter votre carte Vitale.""",
    },
    {
        "kind": "marketing",
        "text": """« Grâce à Facturo, je passe une heure par mois sur ma compta au lieu d'un week-end. » - ⟦PERSON|Héloïse Garnier⟧, fleuriste à Nantes

Des questions ? Votre conseillère ⟦PERSON|Sandrine Poulain⟧ répond au ⟦PHONE_NUMBER|02 40 89 17 63⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Le nouveau forfait Fibre Max : jusqu'à 8 Gb/s, Wi-Fi 7, appels illimités vers 110 destinations. Portabilité de votre numéro gratuite, installation en 48h.""",
    },
    {
        "kind": "marketing",
        "text": """Rejoignez notre espace de coworking au cœur de Lyon ! Postes nomades, bureaux fermés, salles de réunion et café à volonté. Première journée offerte avec le code BIENVENUE.""",
    },
    {
        "kind": "marketing",
        "text": """Paroisse Saint-Laurent - Concert de Noël le 21 décembre à 20h30. Chorale, orgue et trompette. Entrée libre, participation au profit du Secours catholique.""",
    },
    {
        "kind": "marketing",
        "text": """Notre assistant IA rédige vos fiches produits en français, anglais et allemand. Basé sur Mistral Medium, il respecte votre charte éditoriale et ne conserve aucune donnée client.""",
    },
    {
        "kind": "marketing",
        "text": """Réunion publique avec ⟦PERSON|Bertrand Lacombe⟧, candidat aux élections municipales, le jeudi 15 janvier à la salle des fêtes. Au programme : transports, logements et sécurité. Contact équipe : ⟦EMAIL_ADDRESS|contact@lacombe2026.fr⟧""",
    },
    {
        "kind": "marketing",
        "text": """Soldes d'hiver : jusqu'à -50 % sur une sélection de manteaux, bottes et pulls en laine. En magasin et sur le site à partir du 7 janvier, 8h. Bravo à ⟦PERSON|Margaux Tessier⟧, gagnante de notre jeu-concours de novembre, qui repart avec un bon d'achat de 300 EUR !""",
    },
    {
        "kind": "marketing",
        "text": """Cabinet de kinésithérapie du Parc : nouveaux créneaux le samedi matin pour la rééducation post-opératoire et la kiné du sport. Prise de rendez-vous en ligne.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Les modèles de langue open source ont beaucoup progressé en 2024. Mistral AI, entreprise parisienne, publie des modèles sous licence Apache 2.0, tandis que Meta distribue Llama sous une licence communautaire plus restrictive. Pour un usage en entreprise, il faut vérifier les conditions de licence, la taille du modèle et le matériel nécessaire pour l'inférence.""",
    },
    {
        "kind": "docs",
        "text": """Paramètres de journalisation

Le niveau de journalisation se règle avec la variable LOG_LEVEL (DEBUG, INFO, WARNING, ERROR). En production, évitez DEBUG : les requêtes SQL y sont tracées en entier. Les journaux sont écrits au format JSON sur la sortie standard et peuvent être collectés par Fluent Bit ou Vector.""",
    },
    # -- longer threads, chat lines and more --------------------------------------------------------------
    {
        "kind": "support",
        "text": """Objet : Re: Votre dossier de prêt immobilier n° PI-2025-07713

Bonjour Madame ⟦PERSON|Quéré⟧,

Suite à notre échange téléphonique, je vous confirme que l'assureur a bien reçu votre questionnaire de santé. Comme vous l'avez indiqué, vous êtes suivie pour un ⟦HEALTH_DATA|diabète de type 1⟧ depuis l'âge de 12 ans ; grâce au droit à l'oubli et à la grille AERAS, l'assureur propose une couverture sans surprime mais avec une exclusion pour les complications liées à cette pathologie.

Pour finaliser le dossier, il me manque encore :
- votre numéro de sécurité sociale (pour l'assurance emprunteur) ;
- le RIB du compte sur lequel seront prélevées les échéances ;
- la dernière page signée de l'offre de prêt.

Je vous rappelle que la signature chez le notaire est prévue le 16 janvier à 14h30, étude de Maître ⟦PERSON|Lefranc⟧, ⟦STREET_ADDRESS|7 place du Martray, 29000 Quimper⟧.

Bien cordialement,
⟦PERSON|Arnaud Kerbrat⟧
Conseiller crédit

> Le 27 nov. 2025 à 18:42, ⟦PERSON|Maëlle Quéré⟧ <⟦EMAIL_ADDRESS|maelle.quere29@orange.fr⟧> a écrit :
> Bonjour, voici les éléments demandés. Numéro de sécu : ⟦FR_NIR|299022A52743848⟧. RIB : ⟦IBAN_CODE|FR8576777430293498938942771⟧. Je vous envoie l'offre signée demain.
> Bonne soirée, ⟦PERSON|Maëlle⟧""",
    },
    {
        "kind": "support",
        "text": """coucou, c'est ⟦PERSON|Maëva⟧ de la compta, tu peux me redonner le mot de passe du wifi invités ? c'est toujours ⟦PASSWORD|Croissant-Bleu-2025⟧ ?""",
    },
    {
        "kind": "hr",
        "text": """Commissariat de police de Villeurbanne - Convocation

Madame, Monsieur,

Dans le cadre de l'enquête relative à la plainte déposée le 3 novembre par votre salarié M. ⟦PERSON|Issa Diallo⟧, vous êtes prié de vous présenter le 9 décembre à 10h. M. ⟦PERSON|Diallo⟧ déclare avoir fait l'objet de propos racistes en raison de ses ⟦ETHNIC_ORIGIN|origines sénégalaises⟧ de la part de son chef d'équipe, M. ⟦PERSON|Christophe Vallet⟧, lequel a déjà fait l'objet d'une ⟦CRIMINAL_RECORD|condamnation pour violences volontaires⟧ en 2018.

Le service des ressources humaines est invité à apporter les plannings de l'atelier pour la semaine 44 ainsi que les relevés du système de pointage par ⟦BIOMETRIC_DATA|empreinte digitale⟧.

Le brigadier-chef ⟦PERSON|Morel⟧""",
    },
    {
        "kind": "hr",
        "text": """Nouveau salarié transfrontalier : ⟦PERSON|Luc Peeters⟧, numéro de registre national belge ⟦BE_NATIONAL_NUMBER|72.01.26-459.86⟧, compte ⟦IBAN_CODE|LU617815675097465614⟧, domicile ⟦STREET_ADDRESS|Rue de Neufchâteau 14, 6700 Arlon⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Portrait du mois : ⟦PERSON|Karima Benali⟧, notre responsable de boutique à Montpellier, fête ses dix ans dans l'entreprise. Passez la voir au magasin de la rue Foch ou écrivez-lui à ⟦EMAIL_ADDRESS|karima.benali@maisonlin.fr⟧ pour vos listes de mariage.""",
    },
    {
        "kind": "marketing",
        "text": """Le club de rugby remercie chaleureusement ⟦PERSON|Jean-Pierre Castagnède⟧, président pendant vingt ans, à qui nous dédions le nouveau club-house. Inauguration samedi à 11h.""",
    },
    {
        "kind": "hr",
        "text": """Lors de l'entretien annuel, ⟦PERSON|Romain Texier⟧ nous a confié qu'il est ⟦SEX_LIFE_ORIENTATION|homosexuel⟧ et souhaite que son conjoint soit ajouté comme ayant droit sur la mutuelle d'entreprise. Merci de traiter la demande sans en parler à son équipe.""",
    },
    {
        "kind": "support",
        "text": """Bonjour, merci de livrer le colis chez ma voisine, Mme ⟦PERSON|Kieffer⟧, je ne pourrai pas le réceptionner : ⟦STREET_ADDRESS|22 rue des Tanneurs, 67000 Strasbourg⟧, 2e étage.""",
    },
    {
        "kind": "marketing",
        "text": """Notre nouvelle sage-femme, ⟦PERSON|Ophélie Marchand⟧, anime les ateliers de préparation à la naissance le mercredi soir. Inscriptions : ⟦EMAIL_ADDRESS|ophelie.marchand@maisondesnaissances.fr⟧""",
    },
]
