"""Hand-written French texts of the held-out split fresh26: greffes, SPIP, CAF, impôts et aide aux victimes."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "Bonjour, le greffe du tribunal judiciaire est-il ouvert le mercredi après-midi ?"},
    {
        "kind": "support",
        "text": "Résume ce courriel pour le SPIP : « Je suis ⟦PERSON|Anatole Bérengier-Diallo⟧, sous bracelet électronique depuis ⟦CRIMINAL_RECORD|ma condamnation pour recel⟧. Je dois commencer une ⟦HEALTH_DATA|chimiothérapie⟧ à l'hôpital, il faut modifier mes horaires. Mon numéro : ⟦PHONE_NUMBER|06 71 38 92 04⟧. »",
    },
    {
        "kind": "support",
        "text": "Objet : erreur sur mon avis d'imposition\nMon numéro de sécurité sociale est ⟦FR_NIR|2 83 05 44 942 648 58⟧ et mon adresse a changé : ⟦STREET_ADDRESS|12 rue des Tanneurs, 44000 Nantes⟧. Merci de corriger. ⟦PERSON|Clémence Aubertot⟧",
    },
    {
        "kind": "support",
        "text": "Comment faire une demande d'aide juridictionnelle si je suis au RSA ? Quels justificatifs faut-il ?",
    },
    {
        "kind": "support",
        "text": "[14:20] usager : j'ai perdu mon sac au commissariat hier, quelqu'un l'a rapporté ?\n[14:21] agent : Pouvez-vous décrire le sac ?\n[14:21] usager : noir, avec une carte bancaire au nom de ⟦PERSON|Maëlys Fontcouverte⟧, numéro ⟦CREDIT_CARD|5258-7396-1256-9195⟧",
    },
    {
        "kind": "support",
        "text": "La CAF verse l'allocation de soutien familial lorsqu'un parent élève seul son enfant. La demande se fait en ligne sur le site de la CAF ou en agence.",
    },
    {
        "kind": "support",
        "text": "Traduis en néerlandais pour le consulat : ⟦PERSON|Baudouin Vanmechelen⟧, numéro national belge ⟦BE_NATIONAL_NUMBER|90.04.17-118.29⟧, demande un extrait de casier judiciaire pour un emploi à Lille.",
    },
    {
        "kind": "support",
        "text": "Les inscriptions sur les listes électorales sont possibles jusqu'au sixième vendredi précédant le scrutin. Vérifiez votre situation sur le site du service public.",
    },
    {
        "kind": "hr",
        "text": "CV – ⟦PERSON|Soline Kergoat⟧\n⟦EMAIL_ADDRESS|soline.kergoat@courriel-libre.fr⟧\nConseillère pénitentiaire d'insertion et de probation, SPIP du Finistère (2017–)\nGreffière stagiaire, TJ de Quimper (2015–2017)\nMaster 2 Droit pénal, Rennes\nAdhérente ⟦TRADE_UNION_MEMBERSHIP|CGT Insertion Probation⟧",
    },
    {
        "kind": "hr",
        "text": "Le tribunal administratif recrute deux greffiers contractuels pour un an. Missions : accueil du public, enregistrement des requêtes, préparation des audiences.",
    },
    {
        "kind": "hr",
        "text": "Note confidentielle RH : ⟦PERSON|Évariste Ngalula⟧, agent d'accueil à la CPAM, a signalé ⟦HEALTH_DATA|un trouble bipolaire⟧ et demande un aménagement de poste. Médecin du travail informé.",
    },
    {
        "kind": "hr",
        "text": "Compte rendu de réunion – Aide sociale à l'enfance, 3 avril\nPrésents : ⟦PERSON|Ghislaine Marchetti-Touré⟧, ⟦PERSON|Yannick Le Drezen⟧\n1. Placements en cours : 14\n2. Formation protection de l'enfance en juin\n3. Questions diverses",
    },
    {
        "kind": "hr",
        "text": "Rappel : les agents de France Travail doivent valider leur formation RGPD avant le 30 septembre.",
    },
    {
        "kind": "hr",
        "text": "Portrait : ⟦PERSON|Fatoumata Rigaudière⟧, enseignante en maison d'arrêt depuis 9 ans, prépare chaque année une vingtaine de détenus au DAEU. « Ils ont souvent quitté l'école à 14 ans », dit-elle.",
    },
    {
        "kind": "hr",
        "text": "Demande d'absence de ⟦PERSON|Siméon Abensour⟧ (centre des finances publiques) pour ⟦RELIGIOUS_BELIEF|Yom Kippour⟧ le 2 octobre. Accordée.",
    },
    {
        "kind": "hr",
        "text": "Fiche de poste : juriste au point d'accès au droit. Permanences juridiques gratuites, orientation des usagers, lien avec les avocats et conciliateurs de justice.",
    },
    {
        "kind": "marketing",
        "text": "France Victimes 29 : écoute, accompagnement juridique et psychologique gratuits. Appelez le 116 006, 7 jours sur 7.",
    },
    {
        "kind": "marketing",
        "text": "« Grâce à l'association, j'ai retrouvé un logement à ma sortie de détention. » – ⟦PERSON|Rachid Bellefontaine⟧, ⟦CRIMINAL_RECORD|condamné pour trafic de stupéfiants en 2019⟧",
    },
    {
        "kind": "marketing",
        "text": "Simulateur retraite : estimez votre pension en cinq minutes avec votre relevé de carrière. Nouveau : prise en compte des trimestres de chômage.",
    },
    {
        "kind": "marketing",
        "text": "Lettre d'information de la Maison de la justice et du droit : nouvelles permanences de médiation familiale et d'aide aux victimes de discriminations.",
    },
    {
        "kind": "marketing",
        "text": "Témoignage (à valider avant publication) : ⟦PERSON|Jade Okonjo-Lefebvre⟧, ⟦SEX_LIFE_ORIENTATION|homosexuelle⟧, a porté plainte après une agression à Toulouse. Elle remercie l'équipe pour le soutien pendant le procès.",
    },
    {
        "kind": "marketing",
        "text": "Journée portes ouvertes au tribunal judiciaire : découvrez les salles d'audience, rencontrez des magistrats et des greffiers. Entrée libre samedi 10h–17h.",
    },
    {
        "kind": "marketing",
        "text": "Votre avis compte ! Notre enquête de satisfaction sur l'accueil dans les services des impôts est en ligne jusqu'au 15 mai.",
    },
    {
        "kind": "marketing",
        "text": "Bénévole du mois : ⟦PERSON|Armelle Coudray⟧, ⟦POLITICAL_OPINION|militante écologiste⟧ et conseillère municipale, anime nos ateliers d'accès aux droits à Brest.",
    },
    {
        "kind": "docs",
        "text": "Télérecours citoyens permet de saisir le tribunal administratif en ligne. Créez un compte, déposez votre requête et vos pièces au format PDF, puis suivez l'avancement du dossier. Les notifications sont envoyées par courriel.",
    },
    {
        "kind": "support",
        "text": "Bonjour, ici ⟦PERSON|Hortense Vaillancourt⟧ : je n'ai pas reçu ma pension de réversion, mon courriel est ⟦EMAIL_ADDRESS|hortense.vaillancourt@boite-mel.fr⟧.",
    },
]
