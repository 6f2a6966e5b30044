"""Hand-written French texts of the ``fresh20`` split: banques, Caisse d'Épargne, courtiers, surendettement, Crédit Municipal, paie, prévoyance et assurance emprunteur."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Bonjour, mon virement instantané est bloqué depuis ce matin, réf. VIR-2291844. Normal ?",
    },
    {
        "kind": "support",
        "text": "Objet : Demande d'ouverture de compte – pièces justificatives\n\nMadame, Monsieur,\n\nSuite à notre rendez-vous à l'agence de Villeurbanne, je vous transmets ma pièce d'identité, mon avis d'imposition et un justificatif de domicile (⟦STREET_ADDRESS|12 rue Paul Bert, 69100 Villeurbanne⟧). Mon numéro de sécurité sociale est le ⟦FR_NIR|2 83 09 31 676 392 76⟧.\n\nCordialement,\n⟦PERSON|Nadia Benhamou⟧\n⟦PHONE_NUMBER|06 42 17 88 30⟧",
    },
    {
        "kind": "support",
        "text": "Traduis en anglais pour le service fraude de notre partenaire, sans commentaire :\n\n« Le client ⟦PERSON|Thierry Lemaire-Gaudin⟧ conteste trois paiements par carte du 14/11 chez un marchand de cryptomonnaies (total 2 400 €). Il affirme avoir reçu un appel d'un faux conseiller ; les paiements ont pourtant été validés par ⟦BIOMETRIC_DATA|empreinte digitale⟧ sur un nouvel appareil. Dossier de fraude n° FRD-558019, opposition faite le 15/11 à 8 h 12. »",
    },
    {
        "kind": "support",
        "text": "[10:31] Client : bonjour je voudrais savoir où en est mon dossier de prêt immo\n[10:32] Conseillère (⟦PERSON|Manon⟧) : Bonjour ! Pouvez-vous me donner votre numéro de dossier ?\n[10:32] Client : PI-2024-07715\n[10:34] Conseillère (⟦PERSON|Manon⟧) : Votre dossier est chez l'assureur : il manque le questionnaire de santé. Dès réception, comptez 10 jours pour l'offre.",
    },
    {
        "kind": "support",
        "text": "Est-ce que le livret A peut être ouvert pour un enfant de 3 ans ? Et quel est le plafond ?",
    },
    {
        "kind": "support",
        "text": "Madame ⟦PERSON|Vandenbroucke⟧,\n\nNous accusons réception de votre demande de plan de remboursement concernant le prêt personnel n° 0712-88410. Afin d'étudier votre dossier, merci de nous retourner le budget complété ainsi que l'attestation de votre mutualité indiquant votre ⟦HEALTH_DATA|incapacité de travail depuis le 2 septembre⟧. Pour mémoire, votre numéro de registre national ⟦BE_NATIONAL_NUMBER|90.04.17-496.39⟧ doit figurer sur chaque page.\n\nService Recouvrement amiable\nBanque Mosane SA, Liège",
    },
    {
        "kind": "support",
        "text": "Bonjour, j'ai déposé une bague en gage au Crédit Municipal (contrat 44-1187) et je voudrais la renouveler en ligne, c'est possible ? ⟦PERSON|Fatoumata Sangaré⟧",
    },
    {
        "kind": "support",
        "text": "Suite à notre échange : merci de verser le remboursement sur mon nouveau compte, IBAN ⟦IBAN_CODE|FR53 6111 5818 1210 1218 6817 404⟧. ⟦PERSON|Bastien Roux⟧, client n° 00482213.",
    },
    {
        "kind": "hr",
        "text": "QUESTIONNAIRE DE SANTÉ – ASSURANCE EMPRUNTEUR\nAssuré : ⟦PERSON|Karim Haddad⟧\nNé le : ⟦DATE_OF_BIRTH|30/01/1958⟧\nN° de sécurité sociale : ⟦FR_NIR|158016701798033⟧\n1. Êtes-vous en arrêt de travail actuellement ? Non\n2. Suivez-vous un traitement médical régulier ? Oui : ⟦HEALTH_DATA|insuline pour diabète de type 1⟧\n3. Avez-vous été hospitalisé ces 10 dernières années ? Oui, ⟦HEALTH_DATA|pose de stent coronarien en 2019⟧\n4. Test génétique réalisé ? Oui, ⟦GENETIC_DATA|porteur homozygote HFE C282Y (hémochromatose)⟧\nMontant assuré : 185 000 € – Contrat n° AE-3305918",
    },
    {
        "kind": "hr",
        "text": "Compte rendu – réunion CSE du 21 novembre\nPrésents : 7 élus titulaires, la DRH (Mme ⟦PERSON|Aubry⟧), le directeur d'agence.\n0. Demande de ⟦PERSON|Julien Marchal⟧, conseiller municipal ⟦POLITICAL_OPINION|Les Écologistes⟧ à Saint-Brieuc, de crédit d'heures pour son mandat : accordé.\n1. Accord d'intéressement 2025 : signature prévue en janvier.\n2. Télétravail : passage à 2 jours pour les conseillers back-office.\n3. Questions diverses : remplacement de la machine à café au 2e étage.",
    },
    {
        "kind": "hr",
        "text": "Coucou ⟦PERSON|Élodie⟧, ⟦PERSON|Samuel⟧ ne sera pas là jeudi, il m'a dit qu'il avait ⟦HEALTH_DATA|une séance de chimio⟧. Il préfère que ça reste entre nous, tu peux juste marquer « absence autorisée » dans le planning ?",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Inès Traoré⟧\n⟦EMAIL_ADDRESS|ines.traore@laposte.net⟧ – ⟦PHONE_NUMBER|07 81 44 20 96⟧\nChargée de clientèle particuliers – 5 ans d'expérience\n\n2021–2025 Caisse d'Épargne Hauts-de-France, agence de Roubaix\n2019–2021 Conseillère en surendettement, association Crésus\nFormation : BTS Banque, Lycée Gaston Berger, Lille\nLangues : français, anglais, bambara",
    },
    {
        "kind": "hr",
        "text": "Note de service : à compter du 1er janvier, les bulletins de paie seront disponibles exclusivement dans le coffre-fort numérique. Les salariés qui souhaitent conserver le format papier doivent le signaler au service paie avant le 20 décembre.",
    },
    {
        "kind": "hr",
        "text": "Entretien préalable – notes de la RH\nSalarié : ⟦PERSON|Jean-Marc Pelletier⟧, conseiller clientèle\nAssisté de : ⟦PERSON|Sylvie Caron⟧, déléguée syndicale ⟦TRADE_UNION_MEMBERSHIP|CFDT⟧\nFaits reprochés : consultation de comptes de proches sans motif professionnel (12 consultations entre mars et juin).\nLe salarié reconnaît les faits et indique une période difficile liée à ⟦HEALTH_DATA|un alcoolisme en cours de soin⟧.",
    },
    {
        "kind": "hr",
        "text": "Fiche d'embauche – cabinet de paie Ardent Conseil (client : Boulangerie Fournier)\nNom : ⟦PERSON|Mélanie Fournier⟧\nAdresse : ⟦STREET_ADDRESS|4 impasse des Tilleuls, 35000 Rennes⟧\nIBAN : ⟦IBAN_CODE|FR28 0000 0094 0512 2087 3873 475⟧\nRégime alimentaire pour la cantine : ⟦RELIGIOUS_BELIEF|halal⟧\nRQTH : non",
    },
    {
        "kind": "hr",
        "text": "Registre des formations obligatoires 2024 – lutte contre le blanchiment : 96 % de complétion, 4 collaborateurs en retard relancés par mail le 2/12.",
    },
    {
        "kind": "marketing",
        "text": "Surendetté ? La procédure de la Banque de France est gratuite. Nos bénévoles vous aident à remplir le dossier et vous accompagnent jusqu'à la commission. Permanences tous les mardis à la mairie.",
    },
    {
        "kind": "marketing",
        "text": "« Grâce à mon courtier, j'ai obtenu 3,15 % sur 25 ans alors que ma banque me proposait 3,80 %. Et il s'est occupé de la délégation d'assurance. » – ⟦PERSON|Aurélien⟧ et ⟦PERSON|Chloé⟧, primo-accédants à Nantes",
    },
    {
        "kind": "marketing",
        "text": "Nouveau : Livret Jeune à 4 % pour les 12-25 ans. Ouverture en ligne en 5 minutes, sans frais.",
    },
    {
        "kind": "marketing",
        "text": "Faites estimer vos bijoux gratuitement au Crédit Municipal : prêt sur gage immédiat, sans justificatif de revenus. Vous récupérez votre objet à la fin du contrat.",
    },
    {
        "kind": "marketing",
        "text": "Portrait : ⟦PERSON|Hélène Morvan⟧, directrice de l'agence de Quimper depuis 2015, a lancé les ateliers « budget en famille » qui ont réuni plus de 600 personnes l'an dernier.",
    },
    {
        "kind": "marketing",
        "text": "Freelances : déclarez votre chiffre d'affaires URSSAF en un clic, suivez vos dépenses et préparez votre 2035 avec votre expert-comptable en ligne. 29 € HT/mois, sans engagement.",
    },
    {
        "kind": "marketing",
        "text": "Lettre d'info des membres – décembre, avec le mot de notre présidente ⟦PERSON|Anne-Sophie Delacroix⟧ : résultats de la campagne de financement participatif pour la ressourcerie de Tours (112 % atteints), nouvelles règles de fiscalité crypto, et nos vœux pour 2025.",
    },
    {
        "kind": "marketing",
        "text": "Protégez vos revenus : notre contrat de prévoyance verse jusqu'à 80 % de votre salaire en cas d'arrêt de travail. Devis en ligne, adhésion sans examen médical jusqu'à 45 ans.",
    },
    {
        "kind": "docs",
        "text": "Le droit à l'oubli en assurance emprunteur\n\nDepuis la loi Lemoine, les anciens patients atteints d'un cancer ou d'une hépatite C n'ont plus à déclarer leur maladie à l'assureur cinq ans après la fin du protocole thérapeutique, sans rechute. Par ailleurs, le questionnaire de santé est supprimé pour les prêts immobiliers dont la part assurée est inférieure à 200 000 € par personne et dont l'échéance intervient avant le 60e anniversaire de l'emprunteur.",
    },
]
