"""French texts of the fresh22 split: EHPAD, soins à domicile, pharmacies, mutuelles, cliniques et RH hospitalières."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bonjour, la mutuelle rembourse-t-elle les lentilles journalières sans ordonnance ?",
    },
    {
        "kind": "support",
        "text": (
            "Objet : Remboursement séances de kinésithérapie - dossier 2026-KN-4471\n\n"
            "Madame, Monsieur,\n"
            "Je suis adhérente à Mutuelle Horizon Santé sous le numéro de sécurité sociale "
            "⟦FR_NIR|2 84 07 69 123 948 65⟧. Suite à ma ⟦HEALTH_DATA|rupture du ligament croisé⟧, j'ai effectué "
            "20 séances de rééducation chez M. ⟦PERSON|Lebrun-Tazi⟧ entre janvier et mars. Seules 12 ont été "
            "remboursées. Merci de verser le complément sur mon compte ⟦IBAN_CODE|FR98 2004 1010 0547 0081 9264 517⟧.\n"
            "Cordialement,\n⟦PERSON|Solène Marchetti-Dufour⟧\n⟦STREET_ADDRESS|12 rue des Capucins, 69001 Lyon⟧\n"
            "⟦PHONE_NUMBER|06 71 24 88 30⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "[10:41] Client : le portail de rendez-vous du cabinet dentaire Saint-Clair affiche une erreur 502\n"
            "[10:42] ⟦PERSON|Loïc⟧ (support) : Merci, c'est un incident connu sur notre hébergeur depuis 10 h 30. Rétablissement "
            "prévu vers 11 h 15.\n"
            "[10:43] Client : ok merci"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Peux-tu résumer ce message pour l'équipe de l'EHPAD Les Tilleuls ?\n"
            '"Bonjour, je suis la fille de Mme ⟦PERSON|Germaine Vasseur-Ndiaye⟧, chambre 112. Ma mère a fait une '
            "⟦HEALTH_DATA|chute⟧ samedi et personne ne m'a prévenue avant lundi. Elle a ⟦HEALTH_DATA|la maladie "
            "d'Alzheimer⟧ et ne peut pas me le dire elle-même. Je voudrais un rendez-vous avec l'infirmière "
            'coordinatrice. ⟦PERSON|Corinne⟧, ⟦PHONE_NUMBER|07 58 12 40 96⟧"'
        ),
    },
    {
        "kind": "support",
        "text": (
            "Classe ces demandes du standard de la clinique de la fertilité : rendez-vous, facturation, "
            "résultat d'analyse.\n"
            "1. Décalage de la consultation du 14/05 à 9 h\n"
            "2. Facture FAC-88120 reçue deux fois\n"
            "3. Quand les résultats du bilan sont-ils disponibles sur le portail ?"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Bonjour, je vous écris de Liège. Mon père ⟦PERSON|Albéric Wauters⟧ (n° national "
            "⟦BE_NATIONAL_NUMBER|71.12.03-291.30⟧) doit être transporté en ambulance vers le CHU pour sa "
            "⟦HEALTH_DATA|chimiothérapie⟧ chaque mardi. La mutualité demande une prescription : qui doit la faire ?"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Notre audioprothèse Signia Pure 7AX ne charge plus sur le socle, voyant orange clignotant. Référence "
            "SAV-22019, achat en octobre 2025. Est-ce couvert par la garantie ?"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Fiche d'accueil - pharmacie du Centre\n"
            "Patient : ⟦PERSON|Maximilien Oyelaran⟧\n"
            "Né le : ⟦DATE_OF_BIRTH|30/06/1967⟧\n"
            "Traitement : ⟦HEALTH_DATA|Lévothyrox 100 µg⟧, ⟦HEALTH_DATA|metformine 850⟧\n"
            "Allergie : ⟦HEALTH_DATA|pénicilline⟧\n"
            "Préparation des piluliers : hebdomadaire, livraison le lundi"
        ),
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": (
            "Dossier d'embauche - Centre hospitalier de Valence\n"
            "Nom : ⟦PERSON|Anouk Ferreira-Lacombe⟧\n"
            "Poste : infirmière de nuit, réanimation\n"
            "N° de sécurité sociale : ⟦FR_NIR|2 95 03 26 362 045 79⟧\n"
            "Vaccinations obligatoires : ⟦HEALTH_DATA|hépatite B⟧ à jour, certificat du médecin du travail joint\n"
            "Adresse : ⟦STREET_ADDRESS|8 avenue Victor Hugo, 26000 Valence⟧"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Rappel : les plannings de garde de l'été sont à valider dans Octime avant le 20 mai. Les échanges de "
            "nuits doivent être visés par le cadre de santé."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Compte rendu de la réunion du CSE du 12 mars - Clinique du Parc\n"
            "Point 3 : la déléguée ⟦TRADE_UNION_MEMBERSHIP|CGT⟧, Mme ⟦PERSON|Lucienne Abdelkader⟧, signale "
            "l'absence de remplacement des arrêts maladie en pédiatrie. La direction propose un pool de "
            "remplacement à partir de juin."
        ),
    },
    {
        "kind": "hr",
        "text": (
            'Traduis en anglais pour le médecin du travail : "Mme ⟦PERSON|Prudhomme⟧ est en arrêt depuis le '
            "3 février pour ⟦HEALTH_DATA|burn-out⟧. Reprise envisagée en mi-temps thérapeutique, sans gardes de "
            'nuit."'
        ),
    },
    {
        "kind": "hr",
        "text": (
            "CV - ⟦PERSON|Bastien Okoye-Ravel⟧\n"
            "Ambulancier DEA, 7 ans d'expérience\n"
            "⟦EMAIL_ADDRESS|bastien.okoyeravel@laposte.net⟧ - ⟦PHONE_NUMBER|06 42 19 73 58⟧\n"
            "2019-2026 : Ambulances Rhône-Alpes Secours, Villeurbanne\n"
            "Permis B, AFGSU 2, formation bariatrique"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Note interne : ⟦PERSON|Yannick⟧ a demandé à ne pas travailler le vendredi soir pour raisons "
            "religieuses (⟦RELIGIOUS_BELIEF|shabbat⟧). Merci d'en tenir compte dans le planning d'avril."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Offre d'emploi : auxiliaire de vie (H/F), service d'aide à domicile Val-de-Loire, CDI 28 h, "
            "véhicule de service fourni, secteur Blois-Vendôme. Candidature via notre site."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Entretien annuel - remarques du cadre\n"
            "⟦PERSON|Thaïs Baumgartner⟧ s'est beaucoup investie dans l'accueil des stagiaires. Elle a évoqué son "
            "engagement ⟦POLITICAL_OPINION|au conseil municipal sur une liste écologiste⟧, qui l'oblige à quitter "
            "à 17 h le jeudi."
        ),
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": (
            "Don de plasma : venez à la Maison du don de Nantes, ouverte du lundi au samedi. Comptez 1 h 30 sur "
            "place, collation offerte. Réservation sur dondesang.efs.sante.fr."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Témoignage : \"Grâce au dépistage ⟦GENETIC_DATA|BRCA1⟧ proposé par le centre, j'ai pu faire les bons "
            'choix avec mon oncologue." - ⟦PERSON|Clémence Aït-Hammou⟧, 42 ans'
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Optique Lumière : 2e paire offerte pour toute paire de verres progressifs jusqu'au 31 mai. Tiers "
            "payant avec la plupart des mutuelles."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Lettre d'information - Maternité des Lilas\n"
            "Nouveau : séances de préparation à la naissance en piscine le samedi matin, et un groupe de parole "
            "pour les pères. Visite de la maternité le premier mercredi du mois à 14 h."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Portrait : ⟦PERSON|Moussa Tchakounté⟧, aide-soignant à l'EHPAD Les Glycines depuis 2015, a créé un "
            "atelier de cuisine ⟦ETHNIC_ORIGIN|camerounaise⟧ qui rassemble résidents et familles chaque mois."
        ),
    },
    {
        "kind": "marketing",
        "text": "Audition Plus : test auditif gratuit en 15 minutes.",
    },
    {
        "kind": "marketing",
        "text": (
            "Réécris ce texte pour notre page d'accueil, plus chaleureux : \"Cabinet de psychothérapie, 3 "
            "praticiennes, consultations individuelles et de couple, accueil des personnes "
            'LGBTQIA+, tarifs 60-75 €."'
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "ESAT Les Ateliers du Mont : blanchisserie, espaces verts et conditionnement pour les entreprises du "
            "Puy-de-Dôme. Devis sous 48 h, contact : ⟦PERSON|Gaëtan Vidal-Oumarou⟧, "
            "chargé de clientèle."
        ),
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": (
            "Procédure de télétransmission : la carte Vitale est lue au comptoir, la feuille de soins électronique "
            "est signée puis transmise à l'Assurance Maladie. En cas d'échec, un rejet apparaît dans le tableau "
            "de bord sous 48 heures."
        ),
    },
]
