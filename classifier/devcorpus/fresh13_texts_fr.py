"""Hand-written French texts of the ``fresh13`` split: prompts with pasted material, as services send them."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Résume ce signalement de pharmacovigilance en 5 lignes pour la base EudraVigilance :\n\n"
        "Déclarant : ⟦PERSON|Solène Fauconnier⟧, infirmière libérale, ⟦PHONE_NUMBER|06 71 38 22 94⟧\n"
        "Patient : homme, 58 ans, initiales J.-P. L.\nProduit suspect : Cardiolix 10 mg, lot CX2209\n"
        "Effet : ⟦HEALTH_DATA|angio-œdème du visage⟧ 48 h après l'introduction, traité aux urgences par ⟦HEALTH_DATA|corticoïdes⟧\n"
        "Antécédents : ⟦HEALTH_DATA|hypertension artérielle⟧, ⟦HEALTH_DATA|insuffisance rénale modérée⟧\nÉvolution : favorable.",
    },
    {
        "kind": "support",
        "text": "Peux-tu reformuler plus poliment : « Votre dossier CAF-APL n° 7720418 est incomplet, il manque l'avis d'imposition 2025. "
        "Sans ce document sous 15 jours, le versement de l'aide au logement sera suspendu. »",
    },
    {
        "kind": "support",
        "text": "Réponds à ce mail d'une demandeuse de visa, ton neutre, sans promettre de date :\n\n"
        "De : ⟦PERSON|Aminata Diallo-Fofana⟧ <⟦EMAIL_ADDRESS|aminata.fofana@orange.sn⟧>\nObjet : visa long séjour - dossier VLS-DKR-31190\n"
        "Bonjour, j'ai déposé mon dossier le 3 octobre pour rejoindre mon mari ⟦PERSON|Ousmane Fofana⟧ à Nantes "
        "(⟦STREET_ADDRESS|14 rue de la Bastille, 44000 Nantes⟧). Je suis ⟦HEALTH_DATA|enceinte de cinq mois⟧ et je voudrais "
        "accoucher en France. Pouvez-vous accélérer ? Merci.",
    },
    {
        "kind": "support",
        "text": "Historique du ticket SUP-55107 (appli de rencontre), propose le statut suivant :\n"
        "[05/11 22:10] NOUVEAU - signalement « faux profil », photos volées d'une influenceuse\n"
        "[06/11 09:30] EN COURS - vérification d'image inversée : correspondance trouvée\n"
        "[06/11 09:42] EN COURS - profil masqué, appareil banni (device hash 9f2c1e7ab0d4)\n"
        "[06/11 10:05] RÉSOLU ? à confirmer",
    },
    {
        "kind": "support",
        "text": "Crématorium - peux-tu mettre en forme cette note d'appel ?\n"
        "Appel de ⟦PERSON|Gaëtan Le Bihan⟧ pour sa grand-mère ⟦PERSON|Maryvonne Le Bihan⟧, décédée au CHU le 18/11. "
        "Crémation souhaitée le 24, cérémonie ⟦RELIGIOUS_BELIEF|catholique⟧ à l'église avant. Elle portait un ⟦HEALTH_DATA|stimulateur cardiaque⟧, "
        "à retirer avant crémation (le médecin doit signer). Rappel au ⟦PHONE_NUMBER|02 40 71 58 63⟧.",
    },
    {
        "kind": "support",
        "text": "KYC - extrais en JSON : nom, date de naissance, NIR, IBAN, adresse.\n"
        "« Je soussignée ⟦PERSON|Capucine Arnoux-Delpech⟧, née le ⟦DATE_OF_BIRTH|23/06/1979⟧ à Marseille, n° de sécu "
        "⟦FR_NIR|2 79 06 13 519 448 29⟧, domiciliée ⟦STREET_ADDRESS|7 boulevard Longchamp, 13001 Marseille⟧, demande l'ouverture "
        "d'un compte pro. RIB : ⟦IBAN_CODE|FR56 3262 7614 6278 7973 2223 071⟧. »",
    },
    {
        "kind": "support",
        "text": "c'est normal que l'appli musée affiche « adhésion expirée » alors que j'ai renouvelé hier ? n° adhérent AM-40218",
    },
    {
        "kind": "support",
        "text": "Traduis en anglais pour le siège : « Le client ⟦PERSON|Hervé Lemarchand⟧ conteste les frais de tenue de compte (3,50 €/mois) prélevés depuis "
        "janvier sur son livret. Geste commercial proposé : remboursement de 6 mois. Réf. réclamation RC-2026-8812. »",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Note de situation RH, rends-la factuelle :\n"
        "Salarié : ⟦PERSON|Mehdi Benchekroun⟧, chauffeur PL, agence de Saint-Herblain\n"
        "Visite médicale du 14/10 : médecin du travail signale ⟦HEALTH_DATA|une épilepsie⟧ diagnostiquée en août, traitement par "
        "⟦HEALTH_DATA|lévétiracétam⟧. Avis : inapte temporaire à la conduite, apte à un poste de quai. Permis C suspendu par la préfecture.\n"
        "Action : proposition de reclassement, entretien le 21/10 avec le délégué ⟦TRADE_UNION_MEMBERSHIP|CGT⟧ présent.",
    },
    {
        "kind": "hr",
        "text": "Arrêts de travail reçus par le centre de services partagés, fais un tableau (nom, période, type, action) :\n"
        "⟦PERSON|Ludivine Caradec⟧ - 12/11 au 26/11 - arrêt initial - transmettre à la paie\n"
        "⟦PERSON|Rodrigue Mbemba⟧ - 03/11 au 30/11 - prolongation - ⟦HEALTH_DATA|accident du travail, fracture du poignet⟧\n"
        "⟦PERSON|Estelle Ravier⟧ - congé pathologique ⟦HEALTH_DATA|lié à la grossesse⟧ 02/12 au 15/12",
    },
    {
        "kind": "hr",
        "text": "Entretien annuel - reformule les points d'amélioration de façon constructive :\n"
        "- manque de rigueur sur les comptes rendus de visite à domicile\n- retards fréquents le lundi\n"
        "+ très apprécié des bénéficiaires, bonne gestion des plans d'aide\nObjectif : formation transmissions ciblées, T1.",
    },
    {
        "kind": "hr",
        "text": "Entretien de sortie, synthèse en 3 points :\nConseillère clientèle, 4 ans, agence de Rezé. Part pour une néobanque "
        "(salaire +18 %). Regrette l'ambiance. Critique : objectifs commerciaux sur l'assurance-vie jugés agressifs.",
    },
    {
        "kind": "hr",
        "text": "Note du programme d'aide aux salariés (PAS), résumé pour le psychologue suivant :\n"
        "⟦PERSON|Frédéric Pasquier⟧, cadre logistique, appelle la ligne pour ⟦HEALTH_DATA|un burn-out⟧ ; ⟦HEALTH_DATA|idées noires⟧ "
        "évoquées sans plan. Suivi ⟦HEALTH_DATA|psychiatrique⟧ en cours depuis 2023. Il ne souhaite pas que son N+1 soit informé.",
    },
    {
        "kind": "hr",
        "text": "Agence d'adoption : relis ce compte rendu d'entretien d'agrément, corrige la syntaxe.\n"
        "Couple ⟦PERSON|Thibault Gervais⟧ / ⟦PERSON|Inès Haddad-Gervais⟧, mariés depuis 2016. Madame est ⟦RELIGIOUS_BELIEF|musulmane pratiquante⟧, "
        "Monsieur sans religion ; accord sur une éducation ouverte. Monsieur a ⟦CRIMINAL_RECORD|une condamnation de 2012 pour conduite en état d'ivresse⟧ "
        "(casier B2 fourni). Avis favorable de l'assistante sociale.",
    },
    {
        "kind": "hr",
        "text": "Transforme ce bloc de CV en tableau (Période | Poste | Employeur) :\n"
        "2020-… Gestionnaire paie, CSP RH du Groupe Atlantis, Nantes\n2017-2020 Assistante RH, Transports Guérin, Carquefou\n"
        "2016 Stage, Ambassade de France à Madrid (service des visas)\nLangues : français, espagnol C1, allemand B1",
    },
    {
        "kind": "hr",
        "text": "Réserve opérationnelle : rédige une réponse à l'employeur qui refuse les 10 jours d'activité de ⟦PERSON|Yohann Kerbrat⟧ "
        "(préavis d'un mois respecté, convention employeur signée en 2024). Ton ferme mais cordial.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Écris une accroche pour la carte Amis du Musée : entrée illimitée, vernissages, -10 % à la librairie, 45 €/an. "
        "Public : 25-35 ans. Deux versions.",
    },
    {
        "kind": "marketing",
        "text": "Témoignage pour la brochure de l'aide à domicile, à raccourcir :\n"
        "« Depuis ⟦HEALTH_DATA|ma maladie d'Alzheimer⟧, Clara passe deux fois par jour. Le plan de soins a été fait avec ma fille, "
        "je garde mes habitudes. » - ⟦PERSON|Raymonde Tessier⟧, 88 ans, Vertou",
    },
    {
        "kind": "marketing",
        "text": "Post LinkedIn pour notre banque coopérative : 120 ans d'existence, 1 sociétaire = 1 voix, financement de 300 projets "
        "locaux en 2025. Ajoute un appel à l'assemblée générale du 15 avril.",
    },
    {
        "kind": "marketing",
        "text": "Portrait pour la newsletter de la fédération d'athlétisme, corrige le style :\n"
        "⟦PERSON|Noémie Brassac⟧, championne de France du 3000 m steeple, vit avec ⟦HEALTH_DATA|une maladie cœliaque⟧ et nous parle de "
        "sa routine : géolocalisation ADAMS remplie chaque dimanche soir, créneau de contrôle de 6 h à 7 h.",
    },
    {
        "kind": "marketing",
        "text": "Annonce pour l'appli de rencontres : nouvelle fonction « Vérification selfie » (badge bleu), moins de faux profils, "
        "signalement en 2 clics. Slogan court svp.",
    },
    {
        "kind": "marketing",
        "text": "Relis le texte de la campagne pour le PAS : « Tout le monde traverse des moments difficiles : deuil, stress, "
        "dépression, addictions. Nos psychologues répondent 24 h/24, gratuitement et en toute confidentialité. »",
    },
    {
        "kind": "marketing",
        "text": "Communiqué de l'agence d'adoption, à adapter pour Facebook :\n"
        "« ⟦PERSON|Laurent Quéméneur⟧ et ⟦PERSON|Kevin N'Diaye⟧, premier ⟦SEX_LIFE_ORIENTATION|couple d'hommes⟧ agréé par notre agence, "
        "accueillent Lina, 3 ans. Kevin, ⟦ETHNIC_ORIGIN|d'origine sénégalaise⟧, souhaite lui transmettre le wolof. »",
    },
    {
        "kind": "marketing",
        "text": "Pour la page du crématorium : texte sur les cérémonies civiles et religieuses, salle de 120 places, "
        "retransmission vidéo pour la famille à l'étranger, jardin du souvenir. 80 mots.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Fenêtre de contexte et coût : le prix d'un appel à un modèle de langage dépend du nombre de jetons en entrée et en sortie. "
        "Un prompt de 6 000 jetons envoyé 10 000 fois par jour représente 60 millions de jetons ; la mise en cache du préfixe "
        "(prompt caching) peut réduire ce coût de moitié. Mesurez la latence au 95e centile, pas seulement la moyenne.",
    },
]
