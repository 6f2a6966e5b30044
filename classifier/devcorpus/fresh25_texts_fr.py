"""Hand-written French texts of the fresh25 split: sections locales, permanences, syndicats, paroisses, associations, rédactions."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bonjour, le lien pour signer la pétition renvoie une erreur 404 depuis ce matin, c'est normal ?",
    },
    {
        "kind": "support",
        "text": """Objet : demande d'intervention – logement adapté

Madame la Députée,

Je me permets de solliciter votre aide. Mon épouse est ⟦HEALTH_DATA|sous dialyse trois fois par semaine⟧ et nous vivons au quatrième étage sans ascenseur. Notre demande de logement social (n° 069 22 11 8841) n'a pas bougé depuis deux ans malgré le caractère prioritaire reconnu par la commission.

Vous trouverez ci-joint le certificat du néphrologue.

Veuillez agréer, Madame la Députée, l'expression de mes salutations respectueuses.

⟦PERSON|Anatole Rousseaux⟧
⟦STREET_ADDRESS|12 rue des Tanneurs, 69005 Lyon⟧
⟦PHONE_NUMBER|06 71 48 22 90⟧""",
    },
    {
        "kind": "support",
        "text": """Bonjour la caisse de grève,

Je suis ⟦TRADE_UNION_MEMBERSHIP|adhérente CGT⟧ au dépôt de Vénissieux depuis 2015. J'ai fait 6 jours de grève en mars et je n'ai reçu que 3 jours d'indemnité. Mon RIB n'a pas changé : ⟦IBAN_CODE|FR27 0653 6260 8252 9811 7281 324⟧. Pouvez-vous vérifier avec la section ?

Merci,
⟦PERSON|Fatoumata Jacquemin⟧
⟦EMAIL_ADDRESS|fatou.jacquemin@laposte.net⟧""",
    },
    {
        "kind": "support",
        "text": """[20:12] ⟦PERSON|Ilyes Garnier⟧ : Bonsoir, je voudrais savoir comment on s'inscrit au catéchuménat pour adultes
[20:15] Secrétariat paroissial : Bonsoir ! Le groupe se réunit le jeudi soir à Saint-Pothin. Vous êtes déjà baptisé ?
[20:16] ⟦PERSON|Ilyes Garnier⟧ : non, j'ai grandi sans religion, je souhaite ⟦RELIGIOUS_BELIEF|me convertir au catholicisme⟧ avant mon mariage en 2026
[20:18] Secrétariat paroissial : Très bien. Le père ⟦PERSON|Dantec⟧ vous appellera. Un numéro ?
[20:18] ⟦PERSON|Ilyes Garnier⟧ : ⟦PHONE_NUMBER|07 58 33 16 04⟧""",
    },
    {
        "kind": "support",
        "text": """Can you translate this message from a source into English for our investigations editor? Don't translate the name, we'll redact it ourselves.

« Je suis infirmière de nuit à la clinique depuis douze ans. J'accepte de vous parler des fermetures de lits mais je ne veux pas que mon nom apparaisse : je m'appelle ⟦PERSON|Soizic Le Berre⟧ et, si la direction me reconnaît, je perds tout. Je suis d'ailleurs ⟦HEALTH_DATA|en arrêt pour burn-out⟧ depuis février, ce qui me rend facile à identifier. Écrivez-moi uniquement sur ⟦EMAIL_ADDRESS|soizic.lb@tutanota.com⟧. »""",
    },
    {
        "kind": "support",
        "text": """Bonjour,

J'ai besoin d'une attestation de votre association pour mon recours devant le CCE. Je suis venu aux réunions du mercredi depuis octobre. J'ai fui le Cameroun parce que j'ai été ⟦CRIMINAL_RECORD|condamné à deux ans de prison pour homosexualité⟧ à Douala et je suis ⟦SEX_LIFE_ORIENTATION|gay⟧, ce que mon avocate doit prouver.

Merci beaucoup,
⟦PERSON|Brice Ndjomo⟧
⟦PHONE_NUMBER|+32 478 61 20 93⟧""",
    },
    {
        "kind": "support",
        "text": """Bonjour, nous avons bien pris en compte votre demande : votre numéro ne sera plus contacté dans le cadre de nos enquêtes téléphoniques. La suppression peut prendre jusqu'à dix jours ouvrés. Vous pouvez à tout moment exercer vos droits auprès de notre délégué à la protection des données.""",
    },
    {
        "kind": "support",
        "text": """Licence 2025-2026 : le renouvellement se fait en ligne à partir du 1er juin. Le certificat médical reste valable trois saisons si vous répondez « non » à toutes les questions du questionnaire de santé. Pour les mineurs, le questionnaire est rempli par les parents. Votre club valide ensuite la demande.""",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Fiche d'entrée – personnel ASBL
Nom : ⟦PERSON|Vanhoutte⟧
Prénom : ⟦PERSON|Goedele⟧
Date de naissance : ⟦DATE_OF_BIRTH|11/02/1990⟧
Numéro de registre national : ⟦BE_NATIONAL_NUMBER|90.02.11-408.02⟧
Adresse : ⟦STREET_ADDRESS|Rue Vandenpeereboom 54, 1080 Molenbeek-Saint-Jean⟧
Compte bancaire : ⟦IBAN_CODE|BE23 2131 3150 4849⟧
Fonction : animatrice, maison de jeunes, mi-temps""",
    },
    {
        "kind": "hr",
        "text": """Compte rendu CSE – séance ordinaire du 5 juin
1. Bilan des astreintes de week-end pendant la campagne : la direction accepte de revoir le barème.
2. Télétravail : deux jours par semaine maintenus pour le pôle communication.
3. Mutuelle : hausse de 2,5 % au 1er janvier, prise en charge employeur inchangée.
Prochaine réunion : 3 juillet.""",
    },
    {
        "kind": "hr",
        "text": "Coucou ⟦PERSON|Maëlys⟧, je ne viendrai pas au bureau cette semaine, j'ai fait ⟦HEALTH_DATA|une fausse couche⟧ dimanche. Je préfère que ça reste entre nous. Bisous, ⟦PERSON|Clémence⟧",
    },
    {
        "kind": "hr",
        "text": """CURRICULUM VITAE
⟦PERSON|Gaspard Lefranc-Mbaye⟧ – journaliste reporter d'images
⟦EMAIL_ADDRESS|gaspard.lefranc.mbaye@gmail.com⟧ – ⟦PHONE_NUMBER|06 12 87 40 35⟧

Expérience
2020–2025 JRI pigiste, France 3 Hauts-de-France (faits divers, politique locale)
2017–2020 Vidéaste, La Voix du Nord numérique
Engagements : ⟦TRADE_UNION_MEMBERSHIP|membre du SNJ⟧, délégué des pigistes 2022-2024
Langues : anglais courant, wolof""",
    },
    {
        "kind": "hr",
        "text": """Offre d'emploi – Chargé·e de plaidoyer (CDD 12 mois)
Vous suivez les travaux parlementaires sur l'accueil des demandeurs d'asile, rédigez des notes et préparez les rendez-vous avec les élus. Profil : bac+5, excellente plume, connaissance du droit des étrangers. Poste basé à Paris, déplacements ponctuels à Bruxelles.""",
    },
    {
        "kind": "hr",
        "text": """Please check this employer certificate for France Travail before I sign it – is anything missing?

ATTESTATION EMPLOYEUR
Salarié : ⟦PERSON|Rosine Blanchard⟧
Né(e) le : ⟦DATE_OF_BIRTH|9 juin 1984⟧
N° de sécurité sociale : ⟦FR_NIR|2 84 06 2B 684 754 19⟧
Emploi : enquêtrice téléphonique, CDD du 02/01 au 30/06
Motif de fin de contrat : fin de CDD""",
    },
    {
        "kind": "hr",
        "text": """Bonjour ⟦PERSON|Brieuc⟧,

Je suis ⟦RELIGIOUS_BELIEF|musulmane pratiquante⟧ et je voudrais savoir s'il est possible de décaler mes horaires de permanence pendant le ramadan (arriver à 8h, partir à 15h30 sans pause déjeuner). Mes collègues sont d'accord pour échanger le créneau du vendredi soir.

Merci d'avance,
⟦PERSON|Nadia Ouchène⟧""",
    },
    {
        "kind": "hr",
        "text": """Note de service : à compter du 1er septembre, les titres-restaurant passent au format carte. Les cartes seront remises lors de la réunion d'équipe. Le solde papier reste utilisable jusqu'au 31 décembre.""",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """TOUS ET TOUTES EN GRÈVE LE 12 !
Salaires gelés, postes non remplacés, horaires à rallonge : ça suffit. Rassemblement à 11h devant la préfecture, puis cortège jusqu'à la mairie. Une caisse de solidarité est ouverte pour les collègues précaires. Parlez-en autour de vous !""",
    },
    {
        "kind": "marketing",
        "text": """Portrait : ⟦PERSON|Yvette Carrasco⟧, nouvelle secrétaire de section
Institutrice retraitée, ⟦PERSON|Yvette⟧ est ⟦POLITICAL_OPINION|adhérente du Parti socialiste depuis 2008⟧. Elle veut relancer les réunions de quartier et ouvrir la permanence le samedi matin. Vous pouvez la joindre au ⟦PHONE_NUMBER|06 44 19 82 57⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Donnez une heure, changez une vie.
Sur Bénévoles&Co, trouvez en deux clics une mission près de chez vous : maraudes, soutien scolaire, accompagnement de personnes âgées. Chaque association vous forme et vous accompagne. Inscription gratuite.""",
    },
    {
        "kind": "marketing",
        "text": """« Je suis ⟦ETHNIC_ORIGIN|peule⟧, originaire de Labé. Quand je suis arrivée à Nantes, je ne parlais que le pular. Grâce aux cours de français et à ma marraine, j'ai obtenu mon CAP cuisine en juin. » – ⟦PERSON|Aïssatou⟧, 22 ans""",
    },
    {
        "kind": "marketing",
        "text": """Horaires des messes – juillet et août
Samedi 18h30 à Sainte-Blandine, dimanche 10h30 à Saint-Pothin. Pas de messe en semaine du 14 juillet au 15 août. Confessions sur rendez-vous. Le pèlerinage paroissial à Ars aura lieu le 24 août, inscriptions à l'accueil.""",
    },
    {
        "kind": "marketing",
        "text": """« À 16 ans, je n'osais pas dire à mes parents que j'étais ⟦SEX_LIFE_ORIENTATION|gay⟧. La ligne d'écoute m'a aidé à trouver les mots. » – ⟦PERSON|Théo⟧, Rennes. Vous aussi, parlez-nous, anonymement, 7 jours sur 7.""",
    },
    {
        "kind": "marketing",
        "text": """MJC des Trois Rivières – rentrée
Théâtre ados le mardi, hip-hop le mercredi, atelier vélo le samedi matin. Inscriptions du 2 au 13 septembre. Tarifs selon quotient familial.""",
    },
    {
        "kind": "marketing",
        "text": """Le petit ⟦PERSON|Noam Dufresnoy⟧, 7 ans, vit avec ⟦HEALTH_DATA|une drépanocytose⟧ sévère. Ses parents, ⟦PERSON|Inès⟧ et ⟦PERSON|Karim⟧, ont fait 300 km chaque mois pour ses transfusions. Votre don finance la maison des familles près de l'hôpital Necker.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Vérification des faits : ce que l'IA change dans les rédactions

Les cellules de fact-checking utilisent des modèles de langue pour repérer des affirmations vérifiables dans des heures de débats télévisés. Le modèle propose, le journaliste dispose : chaque affirmation retenue est recoupée avec des sources primaires (statistiques publiques, comptes rendus officiels). Les rédactions signalent deux limites : les modèles inventent parfois des chiffres plausibles, et ils peinent sur les sujets très locaux, peu présents dans leurs données d'entraînement.""",
    },
]
