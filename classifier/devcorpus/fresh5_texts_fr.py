"""Hand-written French texts of the ``fresh5`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Résume ce mail client en une phrase et propose une catégorie (livraison, facture, compte) :\n\n"
        "Bonjour, ma commande n° 7781-2294 devait arriver samedi, le suivi Colissimo n'a pas bougé depuis "
        "mercredi. Cordialement.\n⟦PERSON|Aurélie Masson⟧",
    },
    {
        "kind": "support",
        "text": "Rédige une réponse polie à ce client, propose un geste commercial de 15 € :\n\n"
        "De : ⟦PERSON|Étienne Marchand⟧ <⟦EMAIL_ADDRESS|etienne.marchand@orange.fr⟧>\nObjet : prélèvement "
        "en double\n\nBonjour,\nvous avez prélevé deux fois 39,90 € sur mon compte ⟦IBAN_CODE|FR71 6209 8904 "
        "4178 9959 4300 955⟧ ce mois-ci. Merci de régulariser rapidement.\n⟦PERSON|É. Marchand⟧\n"
        "⟦STREET_ADDRESS|17 bis avenue Jean-Jaurès, 69002 Lyon⟧",
    },
    {
        "kind": "support",
        "text": "Extract the fields as JSON from this scanned French form (keep accents):\n\n"
        "DEMANDE DE REMB0URSEMENT\nNom : ⟦PERSON|Nathalie Giraud⟧\nNée le : ⟦DATE_OF_BIRTH|12/06/1987⟧\n"
        "N° de sécurité so-\nciale : ⟦FR_NIR|287065986174659⟧\nMotif : consultation ⟦HEALTH_DATA|"
        "endocrinologue pour hypothyroïdie⟧\nMontant : 60,00 €",
    },
    {
        "kind": "support",
        "text": "Traduis en anglais pour l'équipe de Dublin : « Le client signale que l'application plante dès "
        "qu'il ouvre l'onglet Factures sur iPhone 13, version iOS 18.1. Ticket 55102. »",
    },
    {
        "kind": "support",
        "text": "Voici la transcription d'un appel. Écris la note de synthèse pour le dossier :\n\n"
        "Conseiller : Mutuelle Horizon bonjour, ⟦PERSON|Julien⟧ à l'appareil.\n"
        "Appelante : Bonjour, Mme ⟦PERSON|Fatou Diallo⟧, je voulais savoir si mon ⟦HEALTH_DATA|arrêt maladie "
        "pour une sciatique⟧ est bien pris en charge.\nConseiller : Je regarde… oui, les indemnités "
        "complémentaires démarrent au 4e jour.\nAppelante : Et on peut me rappeler au ⟦PHONE_NUMBER|06 12 48 "
        "77 30⟧ ?\nConseiller : C'est noté.",
    },
    {
        "kind": "support",
        "text": "Contexte (FAQ) :\n- La carte de fidélité donne 1 point par euro.\n- 100 points = bon de 5 €.\n"
        "- Les points expirent après 12 mois sans achat.\n\nQuestion : j'ai 340 points, combien de bons "
        "puis-je avoir ?",
    },
    {
        "kind": "support",
        "text": "Le client belge a envoyé ceci, vérifie que le numéro national est bien au bon format et "
        "réponds-lui :\n\n« Bonjour, je suis ⟦PERSON|Laurent Dubois⟧, numéro national ⟦BE_NATIONAL_NUMBER|"
        "86.05.20-598.61⟧, je n'arrive pas à me connecter à itsme pour signer le contrat. »",
    },
    {
        "kind": "support",
        "text": "Reformule ce message pour qu'il soit moins sec : « Votre demande est hors délai. Aucun "
        "remboursement ne sera effectué. Dossier clos. »",
    },
    {
        "kind": "support",
        "text": "Résume ce fil Slack :\n\n#support-paiement\n"
        "⟦PERSON|Inès⟧ : la cliente de Nantes rappelle pour sa carte\n⟦PERSON|Inès⟧ : ⟦CREDIT_CARD|2487 0583 9301 4069⟧, "
        "débitée 2x sur la commande 44190\n⟦PERSON|Marc⟧ : remboursement lancé, 3-5 jours\n⟦PERSON|Inès⟧ : ok je lui dis",
    },
    # -- hr -------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Réécris cette évaluation annuelle de façon plus constructive :\n\n"
        "⟦PERSON|Camille Roussel⟧ est compétente mais trop souvent absente. Elle a parlé de son ⟦HEALTH_DATA|"
        "endométriose⟧ à toute l'équipe. Elle est aussi ⟦TRADE_UNION_MEMBERSHIP|déléguée CGT⟧, ce qui "
        "complique les plannings.",
    },
    {
        "kind": "hr",
        "text": "Rédige une offre d'emploi : comptable H/F, CDI, Rennes, 35 h, télétravail 2 jours, "
        "tickets restaurant, mutuelle prise en charge à 60 %. Candidatures à ⟦PERSON|Maud Perrin⟧ "
        "(⟦EMAIL_ADDRESS|maud.perrin@cabinet-vilaine.fr⟧).",
    },
    {
        "kind": "hr",
        "text": "Analyse ce CV pour le poste de chef de projet IT et donne trois points forts et trois risques :\n\n"
        "⟦PERSON|Yacine Haddad⟧\n⟦STREET_ADDRESS|14 rue des Lilas, 93100 Montreuil⟧\n⟦PHONE_NUMBER|07 81 "
        "22 90 14⟧ – ⟦EMAIL_ADDRESS|karim.benali@free.fr⟧\nNé le ⟦DATE_OF_BIRTH|3 février 1979⟧\n\n"
        "2016–2025 Chef de projet SI, groupe de distribution (migration SAP S/4HANA)\n2010–2016 Consultant, "
        "cabinet de conseil\nPrince2, PMP, anglais courant",
    },
    {
        "kind": "hr",
        "text": "Transforme ces notes d'entretien de recrutement en compte rendu neutre :\n"
        "- candidate ⟦PERSON|Léa Fontaine⟧, bon profil, motivée\n- a dit spontanément qu'elle est "
        "⟦SEX_LIFE_ORIENTATION|lesbienne⟧ et que l'ambiance inclusive compte pour elle\n- disponible en mars",
    },
    {
        "kind": "hr",
        "text": "Quelles sont les étapes d'une rupture conventionnelle en 2025 ? Fais une checklist pour les "
        "managers, avec les délais.",
    },
    {
        "kind": "hr",
        "text": "Simplifie ce courrier pour le salarié :\n\n« Monsieur ⟦PERSON|Hugo Lambert⟧, suite à "
        "l'avis du médecin du travail du 4 novembre constatant une ⟦HEALTH_DATA|inaptitude partielle liée à "
        "une lombalgie chronique⟧, nous vous proposons un reclassement au poste de préparateur de commandes "
        "sans port de charges. »",
    },
    {
        "kind": "hr",
        "text": "Écris un mot d'accueil pour le livret des nouveaux arrivants : horaires d'ouverture, cantine "
        "au rez-de-chaussée, parking vélo, badge à récupérer à l'accueil.",
    },
    {
        "kind": "hr",
        "text": "Un manager demande s'il peut refuser ce congé. Réponds-lui :\n\n« ⟦PERSON|Youssef Amrani⟧ "
        "demande 2 jours pour l'Aïd, il est ⟦RELIGIOUS_BELIEF|musulman pratiquant⟧. On est en pleine "
        "clôture. »",
    },
    {
        "kind": "hr",
        "text": "Résume ce bulletin d'information pour le CSE (pas de nom propre) : hausse des titres-restaurant "
        "à 11 €, nouvelle mutuelle au 1er janvier, fermeture du site le 26 décembre.",
    },
    # -- marketing ------------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Propose 5 accroches pour notre campagne printemps : cosmétiques bio, fabriqués en Provence, "
        "-20 % sur les coffrets jusqu'au 30 avril.",
    },
    {
        "kind": "marketing",
        "text": "Rédige un post LinkedIn pour annoncer notre présence au salon VivaTech, stand K12, démo de "
        "notre assistant basé sur Mistral Large.",
    },
    {
        "kind": "marketing",
        "text": "Personnalise cet e-mail de relance pour ce prospect :\n\nProspect : ⟦PERSON|Sophie Lemaire⟧, "
        "DRH chez Alpes Logistique, ⟦EMAIL_ADDRESS|s.lemaire@alpes-logistique.fr⟧, ⟦PHONE_NUMBER|04 76 "
        "33 18 92⟧. Intéressée par le module paie.",
    },
    {
        "kind": "marketing",
        "text": "Traduis ce témoignage en anglais pour le site :\n\n« Après mon ⟦HEALTH_DATA|AVC⟧, "
        "l'application m'a aidé à refaire mes exercices d'orthophonie tous les jours. » – ⟦PERSON|Gérard "
        "Morel⟧, 67 ans",
    },
    {
        "kind": "marketing",
        "text": "Rédige la fiche produit : bouilloire Inox 1,7 L, arrêt automatique, socle 360°, garantie "
        "2 ans, couleur sauge.",
    },
    {
        "kind": "marketing",
        "text": "Brief : campagne municipale de sensibilisation au tri des déchets, ville de Lille, "
        "cible familles, canaux affichage + Instagram, budget 40 000 €. Fais-moi un plan en 5 points.",
    },
    {
        "kind": "marketing",
        "text": "Analyse ces verbatims d'enquête et regroupe-les par thème :\n\n"
        "1. « trop cher pour ce que c'est »\n2. « livraison rapide, merci »\n3. « en tant que "
        "⟦POLITICAL_OPINION|militante écologiste⟧ je veux moins d'emballage » – ⟦PERSON|Clara Petit⟧\n"
        "4. « service client injoignable »",
    },
    {
        "kind": "marketing",
        "text": "Écris le texte d'une newsletter de Noël pour une librairie indépendante de Bordeaux : "
        "sélection de 5 romans, atelier emballage cadeau le 20 décembre, horaires élargis.",
    },
    {
        "kind": "marketing",
        "text": "Vérifie si ce post respecte le RGPD avant publication :\n\n« Bravo à ⟦PERSON|Mamadou "
        "Koné⟧, notre client du mois ! Originaire du ⟦ETHNIC_ORIGIN|Mali⟧, il a ouvert sa boutique à "
        "⟦STREET_ADDRESS|5 rue Saint-Jean, 31000 Toulouse⟧. »",
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Explique ce passage à un débutant :\n\nLa température contrôle le caractère aléatoire de la "
        "génération. À 0, le modèle choisit presque toujours le jeton le plus probable ; au-delà de 1, les "
        "réponses deviennent plus variées mais moins cohérentes. Pour l'extraction de données, une "
        "température basse est recommandée.",
    },
]
