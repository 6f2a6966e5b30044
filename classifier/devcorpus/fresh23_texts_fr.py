"""Hand-written French texts for fresh23: compagnies aériennes, SNCF et autocars, auto-écoles, associations d'aide aux exilés, écoles."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # --- support ---
    {
        "kind": "support",
        "text": "Mon TGV INOUI Paris-Lyon est annulé, est-ce que j'ai droit à un remboursement à 100 % ?",
    },
    {
        "kind": "support",
        "text": "Résume cette demande d'assistance PMR pour l'équipe d'escale à Orly :\n\nPassagère : ⟦PERSON|Clémence Boukhari-Lindholm⟧\nVol : TO 3412 ORY-AGA, le 9 avril\nBesoin : fauteuil roulant jusqu'à l'avion (WCHS), elle est ⟦HEALTH_DATA|atteinte de sclérose en plaques⟧ et se fatigue vite.\nMédicaments en cabine : ⟦HEALTH_DATA|injections d'interféron⟧ à garder au frais.\nTél. : ⟦PHONE_NUMBER|06 71 38 92 05⟧",
    },
    {
        "kind": "support",
        "text": "[10:41] Client : bonjour, ma trottinette s'est arrêtée en plein milieu du boulevard Voltaire, trajet #TR-88210\n[10:42] Agent ⟦PERSON|Yanis⟧ : Bonjour ! Désolé, la batterie est remontée à 0 %. Je vous rembourse le trajet.\n[10:43] Client : merci, et les 2 € de déverrouillage ?\n[10:43] Agent ⟦PERSON|Yanis⟧ : Aussi, c'est fait.",
    },
    {
        "kind": "support",
        "text": "Peux-tu traduire en anglais ce message reçu à l'accueil de l'association, pour l'avocate ?\n\n« Bonjour, je m'appelle ⟦PERSON|Aboubacar Ferreira-Tissot⟧, je suis ⟦ETHNIC_ORIGIN|peul⟧ de Guinée. J'ai quitté mon pays parce que j'ai été arrêté après une manifestation de l'⟦POLITICAL_OPINION|opposition (UFDG)⟧. Ma demande à l'OFPRA a été rejetée et j'ai un recours à la CNDA le 15 mai. J'habite au ⟦STREET_ADDRESS|12 rue des Glycines, 44300 Nantes⟧. »",
    },
    {
        "kind": "support",
        "text": "Objet : Re: Dossier bagage CDGAF33107\n\nMadame, Monsieur,\nJe vous relance pour la troisième fois. Ma valise contenait mon ⟦HEALTH_DATA|appareil à pression positive (apnée du sommeil)⟧ et je dors très mal depuis dix jours. Je joins la facture du loueur de matériel médical (214 €).\nPour le remboursement : ⟦IBAN_CODE|FR13 3393 3742 12E0 8964 9833 597⟧\nCordialement,\n⟦PERSON|Gérald Mbappé-Quesnel⟧\n\n> Le 4 mars, Service Bagages a écrit :\n> Votre bagage est toujours en cours de recherche.",
    },
    {
        "kind": "support",
        "text": "Classe ces réclamations auto-école (PLANNING / PAIEMENT / EXAMEN) : 1) moniteur absent mardi 2) date d'examen pas encore reçue 3) prélèvement en double du forfait 20 h 4) je veux changer de créneau le samedi",
    },
    {
        "kind": "support",
        "text": "Je suis ⟦HEALTH_DATA|malvoyante⟧, est-ce que le pass Navigo est valable pour aller à l'aéroport de Roissy en RER B ?",
    },
    {
        "kind": "support",
        "text": "Bonjour, je dois prendre rendez-vous au consulat de Belgique à Lyon pour un passeport. Voici mes infos, peux-tu me préparer le formulaire ?\nNom : ⟦PERSON|Maëlys Vandenbroucke⟧\nNuméro national belge : ⟦BE_NATIONAL_NUMBER|91021548223⟧\nAdresse : ⟦STREET_ADDRESS|8 montée de la Grande-Côte, 69001 Lyon⟧\nCourriel : ⟦EMAIL_ADDRESS|maelys.vdb@laposte.net⟧",
    },
    # --- hr ---
    {
        "kind": "hr",
        "text": "Fiche d'aptitude PNC — à reformuler pour le planning, sans détail médical inutile :\nNom : ⟦PERSON|Soizic Nakamura-Delorme⟧\nBase : CDG\nNIR : ⟦FR_NIR|298065904281265⟧\nDécision du médecin : inapte temporaire 6 semaines, ⟦HEALTH_DATA|entorse grave de la cheville⟧\nReprise envisagée : vols court-courriers uniquement",
    },
    {
        "kind": "hr",
        "text": "Compte rendu CSE — Transdev dépôt de Rennes, 5 février\nPrésents : direction, 6 élus, ⟦PERSON|Rachid Le Goff⟧ (délégué ⟦TRADE_UNION_MEMBERSHIP|CGT⟧)\n1. Amplitudes des services du dimanche : refus des élus.\n2. Agression d'un conducteur ligne C4 : plainte déposée, soutien psychologique proposé.\n3. Demande d'aménagement d'horaires pendant le ⟦RELIGIOUS_BELIEF|ramadan⟧ présentée par ⟦PERSON|Samia Oudin⟧ : accord au cas par cas.",
    },
    {
        "kind": "hr",
        "text": "Offre d'emploi : agent d'escale bilingue (H/F), aéroport Nice Côte d'Azur, CDD saisonnier avril–octobre, 1 850 € brut + primes de nuit, permis B exigé.",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Anaïs Kouyaté-Berthier⟧\n⟦PHONE_NUMBER|07 52 18 40 63⟧ — ⟦EMAIL_ADDRESS|anais.kberthier@gmail.com⟧\nInterprète assermentée français/bambara/anglais près la cour d'appel de Bordeaux\n2018–aujourd'hui : interprète indépendante (préfectures, OFII, hôpitaux)\n2014–2018 : médiatrice interculturelle, Cimade Bordeaux\nFormation : Master traduction, ISIT Paris",
    },
    {
        "kind": "hr",
        "text": "Aide-moi à répondre à une monitrice d'auto-école qui demande un mi-temps thérapeutique après ⟦HEALTH_DATA|un burn-out⟧. Elle s'appelle ⟦PERSON|Gwenaëlle Traoré-Rives⟧ et veut que ses collègues ne sachent rien.",
    },
    {
        "kind": "hr",
        "text": "Portrait du mois : ⟦PERSON|Baptiste Ngoumou⟧, chef de bord sur le TER Normandie depuis 2009. Passionné de vieilles locomotives, il restaure une BB 63000 avec une association le week-end.",
    },
    {
        "kind": "hr",
        "text": "Planning des formations sécurité ferroviaire – mars : recyclage agents de manœuvre le 12, habilitation caténaires le 19 et 20, formation incendie au technicentre de Villeneuve le 27.",
    },
    {
        "kind": "hr",
        "text": "Note RH : lors du contrôle d'honorabilité pour le poste d'accompagnateur de voyages scolaires, l'extrait de casier de ⟦PERSON|Ludovic Haas-Benali⟧ mentionne ⟦CRIMINAL_RECORD|une condamnation pour violences volontaires en 2017⟧. Merci de me proposer une réponse au candidat.",
    },
    # --- marketing ---
    {
        "kind": "marketing",
        "text": "Slogan pour une agence de voyages scolaires : séjours linguistiques en Irlande et à Malte, hébergement en famille, encadrement 1 adulte pour 10 élèves.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter de l'école internationale de Genève — avril\n• Portes ouvertes le 12 avril\n• Nouveau bus scolaire depuis Nyon\n• Semaine des langues : 38 nationalités à l'honneur\n• Inscriptions IB 2026 ouvertes\nContact admissions : ⟦PERSON|Perrine Acheampong⟧, ⟦EMAIL_ADDRESS|p.acheampong@ecole-intl-geneve.ch⟧",
    },
    {
        "kind": "marketing",
        "text": "Témoignage (accord écrit) : « Grâce au pèlerinage organisé par Routes de Lumière, j'ai pu aller à Lourdes malgré ⟦HEALTH_DATA|ma maladie de Parkinson⟧. Les hospitaliers ont été formidables. » — ⟦PERSON|Marie-Josèphe Adjovi⟧, Angers",
    },
    {
        "kind": "marketing",
        "text": "FAQ location de voitures\nFaut-il une carte de crédit ? Oui, au nom du conducteur principal.\nPeut-on rendre la voiture dans une autre agence ? Oui, avec un supplément selon la distance.\nL'assurance tous risques est-elle incluse ? Non, en option à 14 €/jour.",
    },
    {
        "kind": "marketing",
        "text": "Rédige une publication LinkedIn pour notre commissionnaire en douane au Havre : dédouanement 24/7, OEA, 35 déclarants, spécialiste vins et spiritueux.",
    },
    {
        "kind": "marketing",
        "text": "Texte de page d'accueil pour bornes de recharge : « Rechargez en 20 minutes sur nos 300 stations en Occitanie. Paiement sans contact, tarif unique 0,45 €/kWh. »",
    },
    {
        "kind": "marketing",
        "text": "Transforme ce témoignage en citation courte pour l'affiche de l'association de cours de français : « Je m'appelle ⟦PERSON|Hamdi Sørensen-Kaci⟧, j'ai appris le français ici, et maintenant je suis chauffeur de bus à Grenoble. Au début j'étais ⟦HEALTH_DATA|sourd d'une oreille⟧ et les bénévoles parlaient toujours du bon côté. »",
    },
    {
        "kind": "marketing",
        "text": "Promo pour l'été : vélos électriques en libre-service à Annecy, abonnement saison 39 €, première course offerte avec le code LAC2026.",
    },
    # --- docs ---
    {
        "kind": "docs",
        "text": "Procédure de prise de rendez-vous en ligne (consulat) : le demandeur crée un compte, choisit le type de démarche (passeport, carte d'identité, état civil), puis un créneau. Un courriel de confirmation contient un code à présenter au guichet. Les rendez-vous non honorés sans annulation 24 h avant bloquent le compte pendant 30 jours. Les documents à apporter figurent sur la page de chaque démarche.",
    },
    {
        "kind": "support",
        "text": "Extrais en JSON les élèves qui ont un régime ou un besoin particulier pour le voyage scolaire à Londres (lignes CSV copiées depuis Pronote) :\nnom;prénom;classe;remarque\n⟦PERSON|Lefebvre-Osagie⟧;⟦PERSON|Timéo⟧;4eB;⟦HEALTH_DATA|allergie sévère aux arachides, stylo d'adrénaline⟧\n⟦PERSON|Haddou⟧;⟦PERSON|Inès⟧;4eB;repas ⟦RELIGIOUS_BELIEF|halal⟧\n⟦PERSON|Vasseur⟧;⟦PERSON|Clovis⟧;4eA;RAS\n⟦PERSON|Nguyen-Roux⟧;⟦PERSON|Lila⟧;4eA;⟦HEALTH_DATA|diabète de type 1⟧, pompe à insuline",
    },
]
