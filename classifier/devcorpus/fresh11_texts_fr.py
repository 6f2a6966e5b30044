"""Hand-written French texts of the ``fresh11`` split: prompts with pasted forms, chats, minutes and letters."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Rédige une réponse courtoise à ce débiteur, étude de commissaire de justice, dossier 26/0419, proposer un échéancier :\n\n"
        "> Bonjour,\n> j'ai bien reçu le commandement de payer. Je suis au chômage depuis 8 mois et je viens d'apprendre que j'ai un "
        "⟦HEALTH_DATA|cancer du sein⟧, je commence les traitements lundi.\n"
        "> Je peux verser 80 € par mois sur votre compte. Mon RIB : ⟦IBAN_CODE|FR05 4702 6883 9901 6858 0316 058⟧\n"
        "> Cordialement,\n> ⟦PERSON|Ophélie Mandrou⟧\n> ⟦STREET_ADDRESS|14 rue des Tanneurs, 59800 Lille⟧",
    },
    {
        "kind": "support",
        "text": "Explique en 4 phrases simples la différence entre une saisie-attribution et une saisie sur salaire, pour notre FAQ.",
    },
    {
        "kind": "support",
        "text": "Transforme cette demande en fiche de réservation interprète LSF (champs : date, lieu, durée, public, contact) :\n"
        "\"Bonjour, je suis ⟦PERSON|Bastien Coudray-Ndiaye⟧, je suis ⟦HEALTH_DATA|sourd de naissance⟧ et j'ai un rendez-vous chez le notaire "
        "le 12 mars à 14h, 3 place Carnot à Dijon, environ 1h. Vous pouvez m'écrire par SMS au ⟦PHONE_NUMBER|06 71 48 22 09⟧, merci !\"",
    },
    {
        "kind": "support",
        "text": "Résume ce fil WhatsApp du Fonds Solidarité Eau pour le dossier :\n"
        "[12/01/2026 09:14] ⟦PERSON|Yasmina Lherbier⟧: bonjour ma facture d'eau est de 412€ je peux pas payer\n"
        "[12/01/2026 09:15] ⟦PERSON|Yasmina Lherbier⟧: mon fils est ⟦HEALTH_DATA|sous dialyse à domicile⟧ donc on consomme beaucoup\n"
        "[12/01/2026 09:40] Agent FSE: Bonjour Madame, envoyez-nous l'avis d'imposition et le certificat médical svp\n"
        "[12/01/2026 09:41] ⟦PERSON|Yasmina Lherbier⟧: ok ce soir. contrat n° 0045-778120",
    },
    {
        "kind": "support",
        "text": "Quels justificatifs demander pour une aide du fonds eau ? Fais une liste à puces, ton administratif mais clair.",
    },
    {
        "kind": "support",
        "text": "Corrige les fautes de cette attestation (école de langue, pour le visa) :\n"
        "Nous certifions que Mme ⟦PERSON|Nour El Houda Bensalah⟧, née le ⟦DATE_OF_BIRTH|02/07/1991⟧, n° de sécurité sociale "
        "⟦FR_NIR|291077567926157⟧, est inscrite en cours intensif de français (niveau B1) du 5 janvier au 26 juin 2026, "
        "à raison de 26 heures par semaines. Les frais de scolarité on été réglés.",
    },
    {
        "kind": "support",
        "text": "Réponds à ce mail de ⟦PERSON|Clémence Ravignac⟧ : le secrétariat de l'assemblée citoyenne confirme que les repas seront "
        "végétariens par défaut et que, vu sa ⟦HEALTH_DATA|maladie cœliaque⟧, une option sans gluten lui sera servie.",
    },
    {
        "kind": "support",
        "text": "mail reçu, fais-en 2 lignes pour le ticket : \"Bonjour, je suis tiré au sort pour l'assemblée citoyenne mais je suis "
        '⟦HEALTH_DATA|en fauteuil roulant⟧, la salle du 2e étage a-t-elle un ascenseur ? ⟦PERSON|Théo Rabasse⟧, ⟦EMAIL_ADDRESS|theo.rabasse@laposte.net⟧"',
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Mets au propre le compte rendu de la réunion d'équipe du service jeunesse (protection de l'enfance, Ville de Roubaix), "
        "garde les décisions et remplace les noms des jeunes par des initiales :\n\n"
        "Date : 21 janvier 2026 – présents : ⟦PERSON|Solène Vaubert⟧ (cheffe de service), ⟦PERSON|Karim Delacourt-Benali⟧ (éducateur), "
        "⟦PERSON|Maëlle Bourdichon⟧ (psychologue), stagiaire IRTS\n\n"
        "1. Situation de ⟦PERSON|Enzo Piquemal⟧ (15 ans) : placé en famille d'accueil depuis septembre. Le juge des enfants a renouvelé "
        "la mesure pour 12 mois. ⟦PERSON|Enzo⟧ a été ⟦CRIMINAL_RECORD|mis en examen pour vol avec violence⟧ en décembre, audience fixée au 4 mars. "
        "⟦PERSON|Karim⟧ l'accompagnera.\n"
        "2. Situation de ⟦PERSON|Inès Boukhari⟧ (13 ans) : ⟦HEALTH_DATA|troubles du comportement alimentaire⟧, suivi à la Maison des "
        "adolescents tous les mardis. La mère souhaite qu'⟦PERSON|Inès⟧ puisse continuer les cours ⟦RELIGIOUS_BELIEF|à la mosquée⟧ le samedi, "
        "l'équipe est d'accord.\n"
        "3. Organisation : les astreintes de février sont complètes. ⟦PERSON|Maëlle⟧ en congé du 10 au 14. Le logiciel de suivi passe en "
        "version 3.1 le 2 février, formation obligatoire (1h, visio).\n"
        "4. Divers : la voiture de service Kangoo (immat. au registre) doit passer au contrôle technique, ⟦PERSON|Solène⟧ s'en charge.\n"
        "Prochaine réunion : 4 février, 9h30, salle Lumière.",
    },
    {
        "kind": "hr",
        "text": "Rédige une offre d'emploi : éducateur spécialisé (H/F), service municipal de protection de l'enfance, CDD 12 mois, "
        "astreintes, permis B exigé. Ton sobre, 120 mots.",
    },
    {
        "kind": "hr",
        "text": "Fiche d'entrée du nouvel interprète LSF, vérifie que tout est rempli et signale ce qui manque :\n"
        "Nom : ⟦PERSON|Arnaud Vanderbeken⟧\n"
        "Adresse : ⟦STREET_ADDRESS|Rue de la Station 58, 7500 Tournai⟧\n"
        "N° national (BE) : ⟦BE_NATIONAL_NUMBER|85.04.30-160.74⟧\n"
        "IBAN : ⟦IBAN_CODE|BE42 6470 1443 1703⟧\n"
        "Téléphone :\n"
        "Diplôme : Master interprétation LSF/français, 2011\n"
        "Syndicat : ⟦TRADE_UNION_MEMBERSHIP|adhérent CGSP⟧",
    },
    {
        "kind": "hr",
        "text": "Reformule cet entretien annuel en termes neutres (c'est pour le dossier RH) :\n"
        "\"⟦PERSON|Maëlle⟧ travaille bien mais depuis son ⟦HEALTH_DATA|burn-out⟧ l'an dernier elle refuse les astreintes. "
        "Elle a aussi dit en réunion qu'elle vote ⟦POLITICAL_OPINION|La France insoumise⟧, ça a créé des tensions.\"",
    },
    {
        "kind": "hr",
        "text": "Résume la procédure d'habilitation des clercs de commissaire de justice (examen, stage de 2 ans) en 5 puces.",
    },
    {
        "kind": "hr",
        "text": 'Traduis en anglais pour notre partenaire irlandais : "Le planning des interprètes LSF pour mars est validé : 42 missions, '
        'dont 9 en milieu hospitalier et 6 au tribunal. Deux postes restent à pourvoir."',
    },
    {
        "kind": "hr",
        "text": "Synthèse pour le DRH, dossier confidentiel : l'agent ⟦PERSON|Ludovic Ferrand-Aubry⟧ (étude Lille-Centre) a une "
        "⟦CRIMINAL_RECORD|condamnation pour conduite en état d'ivresse⟧ inscrite au B2, découverte lors de la vérification annuelle. "
        "Il demande un poste sans déplacements.",
    },
    {
        "kind": "hr",
        "text": "Fais un mail court au prestataire de la badgeuse (agence d'interprètes LSF) :\n"
        "Depuis la mise à jour 2.3, l'empreinte de ⟦PERSON|Pierre-Yves Kermarrec⟧ n'est plus reconnue, son "
        "⟦BIOMETRIC_DATA|gabarit d'empreinte digitale⟧ doit être réenregistré. Il travaille de nuit, merci de passer avant 18h.",
    },
    # -- marketing -----------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Écris un post LinkedIn pour notre agence d'interprètes en langue des signes : 15 interprètes diplômés, interventions "
        "médicales, judiciaires et scolaires, visio possible sous 48h. Pas de jargon.",
    },
    {
        "kind": "marketing",
        "text": "Améliore ce témoignage pour le site de l'école de langue (accord écrit reçu) :\n"
        "\"Je m'appelle ⟦PERSON|Lucía Ferreyra Quiroga⟧, je viens de Córdoba. Grâce à l'école j'ai eu mon visa étudiant en 3 semaines, "
        'et les profs ont été super patients avec ma ⟦HEALTH_DATA|dyslexie⟧."',
    },
    {
        "kind": "marketing",
        "text": "Trois accroches pour la campagne du Fonds Solidarité Eau : \"L'eau est un droit\", aide jusqu'à 300 €, dossier en mairie "
        "ou en ligne, réponse sous 30 jours.",
    },
    {
        "kind": "marketing",
        "text": "Communiqué à relire : l'assemblée citoyenne sur la fin de vie a rendu ses 18 propositions. 150 citoyens tirés au sort, "
        "9 week-ends de travail. Ajoute une phrase sur la diversité des profils (âges, régions, métiers).",
    },
    {
        "kind": "marketing",
        "text": "Portrait pour la newsletter de l'assemblée citoyenne, à raccourcir à 80 mots :\n"
        '"⟦PERSON|Gérard Lemoustier⟧, 71 ans, agriculteur retraité du Gers, ⟦POLITICAL_OPINION|militant LR depuis quarante ans⟧, ne '
        "pensait pas changer d'avis. Assis à côté de ⟦PERSON|Awa Sissoko⟧, étudiante en droit, il a découvert un autre regard.\"",
    },
    {
        "kind": "marketing",
        "text": "Slogan pour notre étude de commissaires de justice : constats, recouvrement amiable, signification. 5 propositions sérieuses.",
    },
    {
        "kind": "marketing",
        "text": 'Réécris cette brève pour le journal municipal : "Le service jeunesse remercie ⟦PERSON|Mamadou Traoré-Lefèvre⟧, '
        "famille d'accueil depuis 20 ans. ⟦RELIGIOUS_BELIEF|Pasteur de l'Église évangélique⟧ du quartier, il a accueilli 31 enfants.\"",
    },
    {
        "kind": "marketing",
        "text": "Mail d'invitation : portes ouvertes de l'école de langue le samedi 7 février, 10h-16h, tests de niveau gratuits, "
        "info visas étudiants. Ton chaleureux.",
    },
    # -- docs ----------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "La quantification réduit la taille d'un modèle en stockant ses poids sur 8 ou 4 bits au lieu de 16. Un modèle de "
        "7 milliards de paramètres passe ainsi d'environ 14 Go à 4 Go, ce qui permet de l'exécuter sur une carte graphique grand "
        "public. La perte de qualité reste faible pour les tâches de résumé, mais elle est plus nette en raisonnement mathématique : "
        "sur le jeu GSM8K, la version 4 bits perd en moyenne trois à cinq points.",
    },
]
