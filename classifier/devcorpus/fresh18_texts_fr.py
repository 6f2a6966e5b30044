"""Hand-written French texts of the ``fresh18`` split: schools, universities, libraries, town halls, clubs, parishes and NGOs."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Message Pronote à la vie scolaire, collège Jean-Rostand :\n"
        "Bonjour, ma fille ⟦PERSON|Maëlle Guérindon⟧ (4e B) a un PAI pour ⟦HEALTH_DATA|allergie aux fruits à coque⟧. "
        "Pour la sortie au Futuroscope du 14/05, la trousse avec l'⟦HEALTH_DATA|adrénaline⟧ auto-injectable doit rester "
        "avec l'accompagnateur. Merci de me confirmer. ⟦PERSON|Sandrine Guérindon⟧, ⟦PHONE_NUMBER|06 42 18 77 30⟧",
    },
    {
        "kind": "support",
        "text": "La médiathèque François-Mitterrand est-elle ouverte le lundi de Pentecôte ?",
    },
    {
        "kind": "support",
        "text": "Demande d'acte de naissance – service état civil de la mairie de Vénissieux\n"
        "Demandeur : ⟦PERSON|Yanis Benaouda⟧\nNé le : ⟦DATE_OF_BIRTH|02/08/1994⟧ à Lyon 8e\n"
        "Adresse : ⟦STREET_ADDRESS|Résidence Les Tilleuls, bât. C, 4 allée Jean-Moulin, 69200 Vénissieux⟧\n"
        "Type : copie intégrale, motif : dossier de PACS\nCourriel : ⟦EMAIL_ADDRESS|yanis.benaouda94@laposte.net⟧",
    },
    {
        "kind": "support",
        "text": "Réponse à rédiger (scolarité, université de Poitiers) : l'étudiant demande si l'inscription "
        "pédagogique en L2 Histoire peut être modifiée après le 30 septembre. Réponse : oui jusqu'au 15 octobre, "
        "via l'ENT, rubrique IP Web, sauf pour les options à effectif limité (archéologie de terrain).",
    },
    {
        "kind": "support",
        "text": "Chat CCAS, résumé pour la travailleuse sociale :\n"
        "[09:31] usager : bonjour je voudrais l'aide pour la cantine, je suis seule avec 3 enfants\n"
        "[09:32] agente : Bonjour, pouvez-vous me donner votre nom et votre numéro de sécu ?\n"
        "[09:34] usager : ⟦PERSON|Aïssatou Diallo-Ferrand⟧, ⟦FR_NIR|2 91 09 33 189 061 21⟧\n"
        "[09:35] usager : je suis en arrêt depuis janvier à cause d'une ⟦HEALTH_DATA|dépression⟧, je touche juste les IJ\n"
        "[09:37] agente : D'accord, je vous envoie la liste des pièces. RDV possible jeudi 14h.",
    },
    {
        "kind": "support",
        "text": "Bonjour, je n'arrive pas à réserver le créneau de badminton de 20h au gymnase Pierre-de-Coubertin "
        "sur l'appli, message 'quota atteint' alors que j'ai un abonnement annuel (n° ABN-77210). Merci. ⟦PERSON|Romain Tessereau⟧",
    },
    {
        "kind": "support",
        "text": "Inscription colonie de vacances 'Les Pins', Oléron, séjour juillet\n"
        "Enfant : ⟦PERSON|Noah Lambotte⟧, né le ⟦DATE_OF_BIRTH|19 mai 2014⟧\n"
        "Responsable : ⟦PERSON|Jérôme Lambotte⟧, ⟦STREET_ADDRESS|Rue Saint-Gilles 45, 4000 Liège⟧\n"
        "Traitement en cours : ⟦HEALTH_DATA|méthylphénidate⟧ le matin (⟦HEALTH_DATA|TDAH⟧)\n"
        "Régime : sans porc\nPaiement : ⟦IBAN_CODE|BE21 8833 3679 4148⟧",
    },
    {
        "kind": "support",
        "text": "Réclamation restauration scolaire, à résumer :\n"
        "Madame, Monsieur, je refuse que le ⟦BIOMETRIC_DATA|contour de la main⟧ de mon fils ⟦PERSON|Théo Mazeyrat⟧ "
        "soit enregistré pour l'accès à la cantine du lycée. Je demande une carte sans contact à la place, "
        "conformément au RGPD. ⟦PERSON|Clémence Mazeyrat⟧",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Fiche de renseignements – agent contractuel, médiathèque intercommunale\n"
        "Nom : ⟦PERSON|Soline Aubertot⟧\nN° sécurité sociale : ⟦FR_NIR|1 76 04 2B 135 003 93⟧\n"
        "RIB : ⟦IBAN_CODE|FR79 2028 1595 7652 9102 1607 404⟧\nPoste : assistante de conservation, 28h/semaine\n"
        "Date d'effet : 01/02",
    },
    {
        "kind": "hr",
        "text": "Compte rendu du conseil d'école du 7 novembre : effectifs 212 élèves, projet de classe découverte en "
        "CM2, travaux de la cour prévus pendant les vacances d'hiver, exercice PPMS le 21/11. Prochain conseil en mars.",
    },
    {
        "kind": "hr",
        "text": "Note RH, club de football US Saint-Omer : l'éducateur U13 ⟦PERSON|Gaëtan Lefranc⟧ a présenté son "
        "extrait de casier judiciaire (bulletin n° 3) qui mentionne une ⟦CRIMINAL_RECORD|condamnation pour violences "
        "volontaires en 2017⟧. Le bureau doit statuer avant la reprise.",
    },
    {
        "kind": "hr",
        "text": "Pouvez-vous reformuler ce mail de façon neutre ? « Je vous informe que je suis désormais "
        "⟦TRADE_UNION_MEMBERSHIP|délégué SNUipp-FSU⟧ pour la circonscription et que je serai absent le 5 pour une "
        "réunion syndicale. » – ⟦PERSON|Baptiste Roussillon⟧, professeur des écoles",
    },
    {
        "kind": "hr",
        "text": "Offre de service civique : Association Lire et Faire Lire recrute 3 volontaires (24h/semaine, 8 mois) "
        "pour animer des ateliers lecture dans les écoles de Roubaix. Indemnité 619,83 €. Candidature avant le 30/09.",
    },
    {
        "kind": "hr",
        "text": "Planning des bénévoles – Banque alimentaire, collecte nationale (vendredi/samedi) : "
        "Carrefour Market rue Nationale 9h-13h, Lidl avenue de Dunkerque 13h-17h, entrepôt tri samedi 14h. "
        "Gilets et badges à récupérer au local.",
    },
    {
        "kind": "hr",
        "text": "Objet : aménagement de poste – université de Rennes 2\n\n"
        "Madame la DRH,\nsuite à la visite auprès du médecin de prévention, je vous transmets sa préconisation : "
        "⟦PERSON|Amélie Dethier⟧, maîtresse de conférences, reconnue ⟦HEALTH_DATA|travailleuse handicapée⟧ "
        "(⟦HEALTH_DATA|sclérose en plaques⟧), doit bénéficier d'un bureau au rez-de-chaussée et de cours regroupés sur "
        "deux jours. Merci de bien vouloir faire le nécessaire.\nCordialement, le service de santé au travail",
    },
    {
        "kind": "hr",
        "text": "Paroisse Saint-Nicolas – recrutement d'un(e) animateur(trice) en pastorale, CDD 10 mois, 17h30/semaine. "
        "Missions : catéchèse des 8-11 ans, préparation aux sacrements, aumônerie. Envoyer CV et lettre au secrétariat.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Nuit européenne des musées – samedi 17 mai : entrée libre de 19h à minuit, enquête-jeu pour les familles "
        "au musée des Beaux-Arts, concert de l'harmonie municipale dans le cloître.",
    },
    {
        "kind": "marketing",
        "text": "Lettre d'information de la section locale, à relire :\n"
        "Bienvenue à ⟦PERSON|Hélène Carrasco-Vidal⟧, nouvelle adhérente, qui rejoint notre liste pour les municipales "
        "de mars ! Militante ⟦POLITICAL_OPINION|écologiste⟧ depuis 15 ans, elle portera le projet de pistes cyclables "
        "vers le lycée. Porte-à-porte samedi, RDV place du marché.",
    },
    {
        "kind": "marketing",
        "text": "Portrait pour le rapport annuel de l'association Vivre avec la mucoviscidose :\n"
        "⟦PERSON|Lucas Fontanarosa⟧, 19 ans, a appris à 6 mois qu'il était atteint de ⟦HEALTH_DATA|mucoviscidose⟧. "
        "Le test génétique a montré qu'il porte deux copies de la ⟦GENETIC_DATA|mutation F508del⟧. Aujourd'hui étudiant "
        "en STAPS, il court son premier semi-marathon pour l'association.",
    },
    {
        "kind": "marketing",
        "text": "Rentrée à l'université populaire : 80 conférences gratuites, de l'astronomie à la philosophie. "
        "Sans inscription, dans la limite des places.",
    },
    {
        "kind": "marketing",
        "text": "Témoignage pour la campagne 'Tous au club' : « Je suis ⟦RELIGIOUS_BELIEF|musulmane pratiquante⟧ et "
        "je porte le foulard ; ici on m'a trouvé une tenue adaptée et je joue en régionale. » – ⟦PERSON|Inès Belkacemi⟧, "
        "basketteuse au CSM Villeurbanne",
    },
    {
        "kind": "marketing",
        "text": "Salle de sport Moving Arras : offre étudiante 19,90 €/mois sans engagement, accès 6h-23h, "
        "cours collectifs inclus. Présentez votre carte étudiante à l'accueil.",
    },
    {
        "kind": "marketing",
        "text": "Festival du livre jeunesse de Saint-Paul-lès-Dax : 40 auteurs, ateliers BD, dédicaces le dimanche. "
        "Navettes gratuites depuis la gare.",
    },
    {
        "kind": "marketing",
        "text": "Post Facebook de l'association Mémoire des Harkis, à corriger :\n"
        "Notre président ⟦PERSON|Abdelkader Messaoudi⟧, fils de ⟦ETHNIC_ORIGIN|harki⟧ né au camp de Rivesaltes, "
        "présentera l'exposition au lycée Arago le 25 septembre. Venez nombreux !",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Comment s'inscrire sur les listes électorales ? L'inscription est automatique pour les jeunes de 18 ans "
        "recensés et pour les personnes naturalisées. Dans les autres cas, la demande se fait en ligne sur "
        "service-public.fr ou en mairie, au plus tard le sixième vendredi précédant le scrutin. Il faut fournir un "
        "justificatif d'identité et un justificatif de domicile de moins de trois mois. Le Répertoire électoral unique "
        "permet à chaque électeur de vérifier sa situation en ligne.",
    },
]
