"""Hand-written French texts of the ``fresh8`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Résume ce message pour l'équipe assistance PMR de l'aéroport :\n\nBonjour, je voyage le 6 mars "
        "Lyon–Montréal (dossier PNR 8HQ2LD). Je suis ⟦HEALTH_DATA|paraplégique⟧ et je voyage avec mon "
        "⟦HEALTH_DATA|fauteuil électrique⟧ (batterie lithium 300 Wh). J'ai aussi une ⟦HEALTH_DATA|sonde urinaire⟧, "
        "merci de prévoir une place près des toilettes. ⟦PERSON|Gaëtan Rouxel⟧, ⟦PHONE_NUMBER|06 71 48 22 93⟧",
    },
    {
        "kind": "support",
        "text": "Réponds poliment : la cliente demande si ses lentilles Acuvue Oasys 1-Day peuvent être livrées en "
        "point relais à Villeurbanne. Commande n° 2025-118732.",
    },
    {
        "kind": "support",
        "text": "Extraire nom, date de naissance, NIR et adresse en JSON :\n\nFORMULAIRE DON DU SANG — 1re visite\n"
        "Nom : ⟦PERSON|Solène Abgrall⟧\nNée le : ⟦DATE_OF_BIRTH|02/07/1991⟧\nN° sécu : ⟦FR_NIR|291072A60592521⟧\n"
        "Adresse : ⟦STREET_ADDRESS|9 rue des Tanneurs, 29200 Brest⟧\nTraitement en cours : ⟦HEALTH_DATA|Levothyrox 75⟧\n"
        "Voyage hors Europe < 4 mois : non",
    },
    {
        "kind": "support",
        "text": "c'est quoi ce message d'erreur ? 'Déverrouillage impossible : trottinette hors zone (code E-217)'. "
        "trajet #TRJ-559104, Nantes, quai de la Fosse",
    },
    {
        "kind": "support",
        "text": "Traduis en anglais pour notre transitaire :\n\nMadame, notre client ⟦PERSON|Hervé Lanusse⟧ conteste les "
        "droits de douane sur le colis UPS 1Z 4F8 902 68 1173 4421. Il a payé 87,40 € par carte "
        "⟦CREDIT_CARD|4046322257218301⟧ et demande le remboursement sur ⟦IBAN_CODE|FR92 9775 4866 6206 9592 0971 570⟧. "
        "Cordialement, ⟦PERSON|Inès Berthelot⟧",
    },
    {
        "kind": "support",
        "text": "Voici un ticket du support de notre appli de location de vélos. Classe-le (facturation / technique / autre) :\n"
        "« Le vélo n° 40217 avait un pneu crevé, j'ai payé 3,20 € pour 4 minutes. Station Gare Saint-Roch, Montpellier. »",
    },
    {
        "kind": "support",
        "text": "Rédige la réponse de l'opticien :\n\n> De : ⟦EMAIL_ADDRESS|m.ouedraogo-lefort@laposte.net⟧\n"
        "> Mes nouvelles lunettes me donnent mal à la tête. Mon ophtalmo dit que j'ai un ⟦HEALTH_DATA|kératocône⟧ "
        "débutant à l'œil gauche. Est-ce que vous pouvez refaire les verres ? ⟦PERSON|Mariam Ouédraogo-Lefort⟧",
    },
    {
        "kind": "support",
        "text": "Analyse ce courriel signalé au CERT interne et dis-moi si les liens sont malveillants :\n"
        "Objet : Votre colis est bloqué en douane\nRéglez 1,99 € de frais sur hxxps://colissimo-frais[.]info/suivi?id=FR8837291\n"
        "Expéditeur : noreply@laposte-suivi.cc",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Prépare une synthèse de l'entretien de demande d'asile pour l'avocate (neutre, 200 mots) :\n\n"
        "M. ⟦PERSON|Abdoulaye Sangaré⟧, né le ⟦DATE_OF_BIRTH|14/03/1996⟧ à Kidal. Déclare appartenir à "
        "l'ethnie ⟦ETHNIC_ORIGIN|touarègue⟧ et avoir été menacé par un groupe armé. Converti au "
        "⟦RELIGIOUS_BELIEF|christianisme évangélique⟧ en 2018, ce qui a provoqué la rupture avec sa famille. "
        "Cicatrices au bras gauche, suivi au centre de santé pour ⟦HEALTH_DATA|syndrome de stress post-traumatique⟧.",
    },
    {
        "kind": "hr",
        "text": "Rédige une offre d'emploi : conseiller·ère en insertion professionnelle, France Travail agence "
        "de Roubaix, CDD 12 mois, temps plein.",
    },
    {
        "kind": "hr",
        "text": "Cabinet – contentieux prud'homal. Dresse la chronologie :\nCliente : Mme ⟦PERSON|Nadège Fromentin⟧, "
        "aide-soignante, EHPAD Les Glycines. Licenciée pour faute grave le 12/09. Déléguée syndicale "
        "⟦TRADE_UNION_MEMBERSHIP|CGT⟧ depuis 2021. En arrêt pour ⟦HEALTH_DATA|burn-out⟧ du 3/06 au 28/08. "
        "Elle dénonce des remarques sur son ⟦SEX_LIFE_ORIENTATION|homosexualité⟧ par la cadre de santé.",
    },
    {
        "kind": "hr",
        "text": "Liste des assesseurs bureau de vote n° 7 — vérifie les horaires, ne modifie pas les noms :\n"
        "8h-11h : ⟦PERSON|Jean-Baptiste Oillic⟧, ⟦PERSON|Fatoumata Diarra⟧\n11h-14h : ⟦PERSON|Odile Carpentras⟧\n"
        "14h-18h : ⟦PERSON|Loïc Tréguier⟧, ⟦PERSON|Yasmina Bendjelloul⟧",
    },
    {
        "kind": "hr",
        "text": "Service handicap de l'université : transforme en plan d'accompagnement.\nÉtudiant : ⟦PERSON|Théo Marchadier⟧, "
        "L2 droit. ⟦HEALTH_DATA|Trouble du spectre de l'autisme⟧, ⟦HEALTH_DATA|dyslexie⟧. Demande : tiers-temps, "
        "salle à part, secrétaire pour l'écrit.",
    },
    {
        "kind": "hr",
        "text": "Quelles sont les obligations d'un employeur belge en matière de crédit-temps ? Réponds en 5 points.",
    },
    {
        "kind": "hr",
        "text": "Colonie de vacances, fiche sanitaire → résume pour l'animateur :\nEnfant : ⟦PERSON|Lina Benyoucef-Rigal⟧, 9 ans\n"
        "Traitement : ⟦HEALTH_DATA|Ventoline⟧ si crise d'⟦HEALTH_DATA|asthme⟧\nRégime : sans porc\n"
        "Pratique religieuse : ⟦RELIGIOUS_BELIEF|musulmane⟧, jeûne non pratiqué à son âge",
    },
    {
        "kind": "hr",
        "text": "Compte rendu du conseil d'administration de la coopérative d'habitation, à raccourcir : "
        "travaux d'isolation validés (devis 64 200 €), charges 2026 +3,5 %, prochaine AG le 18 avril, salle polyvalente.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Écris un post Facebook pour la collecte de plasma à Liège, samedi 14/02, Palais des Congrès. "
        "Précise que les personnes sous traitement pour l'hypertension peuvent souvent donner.",
    },
    {
        "kind": "marketing",
        "text": "Améliore ce témoignage pour la newsletter de l'association d'aide aux migrants :\n"
        "« Je m'appelle ⟦PERSON|Hamid Sharifi⟧, je suis ⟦ETHNIC_ORIGIN|hazara⟧ d'Afghanistan. Grâce aux cours de "
        "français niveau A2, j'ai trouvé un stage chez un boulanger à Grenoble. »",
    },
    {
        "kind": "marketing",
        "text": "Trois slogans pour la nouvelle gamme de montures 'Atelier Verlaine', acétate recyclé, fabriquées dans le Jura.",
    },
    {
        "kind": "marketing",
        "text": "Programme de la chorale : rends-le plus vivant. « Concert de Noël de la chorale À Cœur Joie de Namur, "
        "église Saint-Loup, 20 décembre 20h, entrée libre, au programme Poulenc et chants traditionnels wallons. »",
    },
    {
        "kind": "marketing",
        "text": "Portrait pour le site de la troupe : ⟦PERSON|Clémence Aubertin-Vidal⟧ joue Célimène cette saison. "
        "Elle a repris la scène après sa ⟦HEALTH_DATA|chimiothérapie⟧ et dit que le théâtre l'a « tenue debout ».",
    },
    {
        "kind": "marketing",
        "text": "Rédige une page 'Pourquoi nous' pour notre courtier en prêt immobilier Hypotéa : taux négociés avec 40 "
        "banques, réponse de principe en 48 h, honoraires 1 % plafonnés à 2 500 €.",
    },
    {
        "kind": "marketing",
        "text": "Mail de campagne pour la mairie, à relire : rappel que les procurations se font désormais en ligne "
        "sur maprocuration.gouv.fr, puis validation au commissariat ou en gendarmerie.",
    },
    {
        "kind": "marketing",
        "text": "Rends cet avis client plus court pour notre page d'accueil : « Le conseiller ⟦PERSON|Baptiste Lemoal⟧ "
        "a trouvé un prêt malgré mon ⟦HEALTH_DATA|diabète de type 2⟧ qui posait problème pour l'assurance emprunteur. »",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Le don de plasma par aphérèse dure environ 45 minutes. Le sang est prélevé, le plasma est séparé par "
        "centrifugation et les globules sont restitués au donneur. On peut donner son plasma jusqu'à 24 fois par an, "
        "avec un intervalle minimal de deux semaines. Un entretien préalable avec un médecin vérifie l'aptitude au "
        "don ; certaines contre-indications sont temporaires (voyage, soins dentaires, tatouage).",
    },
    # -- ajoutés : textes longs et mixtes ------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Tu es l'assistant du service client d'un transitaire en douane à Lyon. Résume l'échange ci-dessous et "
        "propose une réponse claire au client (en français, ton courtois, pas de jargon).\n\n"
        "De : ⟦PERSON|Régis Fauconnet⟧ <⟦EMAIL_ADDRESS|regis.fauconnet@free.fr⟧>\nÀ : service-import@transit-rhone.fr\n"
        "Date : 21 nov. 2025 à 08:14\nObjet : RE: RE: Dédouanement colis médical\n\n"
        "Bonjour, je relance une troisième fois. Le colis contient mon ⟦HEALTH_DATA|capteur de glycémie⟧ et des "
        "⟦HEALTH_DATA|cartouches d'insuline⟧ commandés au Canada, je suis ⟦HEALTH_DATA|diabétique de type 1⟧ et il me "
        "reste 5 jours de traitement. Numéro de sécurité sociale si besoin : ⟦FR_NIR|1 68 04 69 690 113 02⟧. Adresse : "
        "⟦STREET_ADDRESS|41 rue Duguesclin, 69006 Lyon⟧. Je suis joignable au ⟦PHONE_NUMBER|06 12 84 57 30⟧.\n\n"
        "> Le 18 nov. 2025 à 16:02, Service import a écrit :\n> Monsieur, votre envoi (LTA 014-88201734) est "
        "retenu car la facture commerciale ne mentionne pas la nature des produits. Merci de nous transmettre une "
        "facture détaillée et, pour des produits de santé, une ordonnance.\n> Cordialement, ⟦PERSON|Amandine Perrichon⟧\n>\n"
        "> > Le 15 nov. 2025, ⟦PERSON|Régis Fauconnet⟧ a écrit :\n> > Bonjour, où en est mon colis ? Suivi CA-4471-09. Merci.",
    },
    {
        "kind": "hr",
        "text": "Rédige une note RH neutre : la salariée ⟦PERSON|Sandrine Molinié⟧ refuse l'enregistrement de son "
        "⟦BIOMETRIC_DATA|empreinte digitale⟧ pour la nouvelle pointeuse et demande un badge classique.",
    },
]
