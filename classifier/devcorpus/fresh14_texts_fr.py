"""Hand-written French texts of the ``fresh14`` split: traversées vers la Corse, zoos, orchestres, voies ferrées."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "bonjour, mon chien peut rester en cabine sur le Marseille-Bastia de nuit ? résa CB-228814",
    },
    {
        "kind": "support",
        "text": "Demande d'assistance PMR à mettre au propre pour l'escale d'Ajaccio :\n"
        "Passager : M. ⟦PERSON|Ange-Marie Santucci⟧, traversée Toulon-Ajaccio du 12 juillet, réservation "
        "TA-664019. Il est ⟦HEALTH_DATA|hémodialysé⟧ trois fois par semaine et a rendez-vous au centre de dialyse "
        "le lendemain à 7 h, donc aucun retard possible. Fauteuil roulant de l'embarquement jusqu'à la cabine. "
        "Sa fille joignable au ⟦PHONE_NUMBER|06 71 28 44 95⟧.",
    },
    {
        "kind": "support",
        "text": "Objet : Remboursement visite annulée (orage du 2 août)\n\n"
        "Bonjour,\nNous étions quatre avec des billets datés (commande PZ-19-44721) et le parc a fermé à 14 h. "
        "Merci de rembourser sur le compte ⟦IBAN_CODE|BE44 7686 2159 7016⟧ au nom de "
        "⟦PERSON|Quentin Vanderschueren⟧.\nCordialement,\n⟦PERSON|Q. Vanderschueren⟧\n⟦EMAIL_ADDRESS|q.vdschueren@skynet.be⟧",
    },
    {
        "kind": "support",
        "text": "Rédige une réponse brève et empathique à cette participante de la biobanque du CHU :\n\n"
        "« Madame, Monsieur, j'ai donné mon sang en 2018 pour la cohorte. Depuis, on m'a annoncé que je suis "
        "⟦GENETIC_DATA|porteuse saine d'une mutation du gène CFTR⟧ et je ne souhaite plus que mes échantillons "
        "servent. Je retire mon consentement. ⟦PERSON|Maëlle Le Goarnig⟧, née le ⟦DATE_OF_BIRTH|4 juin 1979⟧, "
        "NIR ⟦FR_NIR|279066963925062⟧. »",
    },
    {
        "kind": "support",
        "text": "Pour le service de médiation : résume ce courriel d'auditeur en trois lignes.\n\n"
        "« Je suis ⟦POLITICAL_OPINION|militant du PTB⟧ depuis quinze ans et je constate que votre matinale n'a pas "
        "invité un seul élu de gauche radicale depuis janvier. Je demande un décompte des temps de parole. "
        "⟦PERSON|Gaëtan Deprez-Lambotte⟧, Seraing »",
    },
    {
        "kind": "support",
        "text": "Le cashless du festival ne m'a pas remboursé le solde restant (12,40 €) alors que j'ai fait la demande "
        "avant le 15. Numéro de bracelet 0044-7781-AC. Merci de vérifier.",
    },
    {
        "kind": "support",
        "text": "Fiche client - Atelier Encre Vive, Nantes\nNom : ⟦PERSON|Solène Kerhervé⟧\n"
        "Tél. : ⟦PHONE_NUMBER|07 52 19 80 36⟧\n"
        "Antécédents : ⟦HEALTH_DATA|hépatite C⟧ traitée en 2020 (guérie), ⟦HEALTH_DATA|psoriasis⟧ sur les coudes\n"
        "Traitement en cours : aucun\nZone : omoplate gauche, pas sur plaque de psoriasis\n\n"
        "Est-ce que la fiche suffit pour l'assurance du studio ?",
    },
    {
        "kind": "support",
        "text": "Les maillots domicile taille XS sont en rupture jusqu'à quand ? Plusieurs fans demandent sur Discord.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Note RH - Orchestre national de région, pupitre des violoncelles\n"
        "Musicienne : ⟦PERSON|Bérénice Aubertot⟧\n"
        "Arrêt de travail du 3 au 28 février, prolongation reçue : ⟦HEALTH_DATA|tendinite de De Quervain⟧ au "
        "poignet gauche, ⟦HEALTH_DATA|infiltration de corticoïdes⟧ prévue.\n"
        "N° de sécurité sociale pour la prévoyance : ⟦FR_NIR|1 85 09 2B 859 666 47⟧ (à vérifier, semble être celui "
        "de son conjoint)\nRemplacement : supplémentaire engagé pour la tournée.",
    },
    {
        "kind": "hr",
        "text": "Avis d'aptitude - personnel de sécurité ferroviaire (maintenance des voies)\n"
        "Agent : ⟦PERSON|Rachid Benhamouda⟧, équipe de nuit, secteur Lyon-Perrache\n"
        "Conclusion du médecin du travail : inapte temporaire aux fonctions de sécurité. Motif communiqué avec "
        "l'accord de l'agent : ⟦HEALTH_DATA|diabète insulinotraité⟧ récemment déséquilibré, "
        "⟦HEALTH_DATA|hypoglycémie⟧ au poste le 9 mars.\nReclassement provisoire : magasin outillage, horaires de jour.",
    },
    {
        "kind": "hr",
        "text": "Dossier carte professionnelle CNAPS - à résumer pour la responsable d'agence\n"
        "Candidat : ⟦PERSON|Jordan Malécot⟧, agent de sécurité événementiel\n"
        "Bulletin n° 2 : ⟦CRIMINAL_RECORD|condamnation pour conduite en état alcoolique, TJ de Rennes, 2020, "
        "suspension de permis 6 mois⟧\nAvis de la commission : carte délivrée, pas d'incompatibilité retenue.",
    },
    {
        "kind": "hr",
        "text": "Nouveau soigneur animalier - fiche d'entrée\nNom : ⟦PERSON|Florian Delvigne⟧\n"
        "Numéro de registre national : ⟦BE_NATIONAL_NUMBER|82.03.14-636.08⟧\n"
        "Compte salaire : ⟦IBAN_CODE|BE60 4073 6752 6038⟧\n"
        "Adresse : ⟦STREET_ADDRESS|Rue des Hirondelles 27, 7000 Mons⟧\nSecteur : savane africaine, contrat CDI",
    },
    {
        "kind": "hr",
        "text": "Planning des services, semaine 12 : lundi relâche, mardi et mercredi 10h-13h raccords Debussy, jeudi "
        "générale à 19h, vendredi concert. Les cuivres sont libérés mercredi après la pause.",
    },
    {
        "kind": "hr",
        "text": "Rappel aux équipes voie : le port du gilet haute visibilité classe 3 et des chaussures S3 est "
        "obligatoire dès l'entrée sur le chantier. Toute annonce radio doit être répétée par l'annonceur. "
        "Merci de reformuler en une affiche de dix lignes maximum.",
    },
    {
        "kind": "hr",
        "text": "Peux-tu répondre à ⟦PERSON|Samira Ould-Kaci⟧, cheffe de partie au traiteur ? Elle est "
        "⟦RELIGIOUS_BELIEF|musulmane pratiquante⟧ et demande de ne pas être planifiée sur les mariages du soir pendant "
        "le ramadan (rupture du jeûne vers 21 h). On peut la mettre sur la préparation du matin, réponds-lui "
        "positivement.",
    },
    {
        "kind": "hr",
        "text": "Compte rendu de la réunion CSE du 18/03 - établissement de maintenance ferroviaire\n"
        "Présents : direction (2), élus (6), dont ⟦PERSON|Thierry Cassagnes⟧, délégué syndical "
        "⟦TRADE_UNION_MEMBERSHIP|SUD-Rail⟧, et ⟦PERSON|Nadège Pouliquen⟧ (⟦TRADE_UNION_MEMBERSHIP|CGT cheminots⟧).\n"
        "Point 1 : primes de nuit, la direction maintient sa proposition.\n"
        "Point 2 : ⟦PERSON|T. Cassagnes⟧ demande l'état des accidents de travail 2025.\n"
        "Rédige une version courte pour l'affichage.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Cet été, la Corse à partir de 39 € par passager ! Réservez avant le 31 mars et bénéficiez de la "
        "cabine offerte sur toutes les traversées de nuit au départ de Nice.",
    },
    {
        "kind": "marketing",
        "text": "C'est une fille ! Notre girafe Tamani a donné naissance à un girafon de 1,80 m le 2 mai. "
        "Venez proposer un prénom sur notre page, le tirage au sort aura lieu le 15 mai.",
    },
    {
        "kind": "marketing",
        "text": "Témoignage à raccourcir pour la newsletter :\n"
        "« Après ma ⟦HEALTH_DATA|greffe de rein⟧ en 2022, je voulais marquer la date sur ma peau. Ils ont pris le "
        "temps de vérifier avec mon néphrologue, à cause des ⟦HEALTH_DATA|immunosuppresseurs⟧. » "
        "- ⟦PERSON|Lucien Froidevaux⟧, Besançon",
    },
    {
        "kind": "marketing",
        "text": "Portrait pour l'émission « Racines » (texte d'annonce) :\n"
        "⟦PERSON|Yanis Aït-Mokrane⟧ a grandi à Saint-Denis dans une famille ⟦ETHNIC_ORIGIN|kabyle⟧. Devenu champion de "
        "France de jeux de combat à 19 ans, il raconte la langue de sa grand-mère et ses tournois à Tokyo.",
    },
    {
        "kind": "marketing",
        "text": "Lettre de la députée - retour sur la permanence de mars\n"
        "« Je veux saluer ⟦PERSON|Camille Rouzaud⟧, ouvertement ⟦SEX_LIFE_ORIENTATION|lesbienne⟧, qui a monté le "
        "premier centre LGBT de la circonscription avec trois bénévoles et un local prêté par la mairie. »",
    },
    {
        "kind": "marketing",
        "text": "Saison 26/27 : Brahms, Dutilleux et une création pour orgue et orchestre. Abonnement 5 concerts "
        "dès 75 €, tarif jeune 5 € la place. Ouverture de la billetterie le 2 juin.",
    },
    {
        "kind": "marketing",
        "text": "Festival des Dunes : trois scènes, 40 artistes, un camping éco-responsable et des navettes gratuites "
        "depuis la gare de Dunkerque. Pass 3 jours à 119 € jusqu'à dimanche.",
    },
    {
        "kind": "marketing",
        "text": "Mariages, baptêmes, bar-mitsvah : notre cuisine s'adapte à toutes les traditions. Demandez un devis "
        "en ligne, réponse sous 48 h.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Évaluer un modèle de langage sur une tâche métier\n\nLes classements publics mesurent des "
        "compétences générales ; ils disent peu de choses sur une tâche précise comme le tri de réclamations. "
        "Avant de choisir un modèle, constituez un jeu d'évaluation d'au moins quelques centaines d'exemples "
        "annotés par des personnes du métier, fixez la métrique (exactitude, rappel sur les cas urgents) et "
        "comparez plusieurs modèles avec le même prompt. Conservez ce jeu hors de tout ajustement.",
    },
]
