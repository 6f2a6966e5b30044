"""Round 11 (fr11): hand-written French development texts, everyday wording for Art. 9 data.

Written blind for this round (before the classifier was run on them): support,
HR, marketing and chat texts as French, Belgian, Swiss and Québec writers put
them, with invented people. Spans use the corpus markup ``⟦TYPE|value⟧``
(``classifier.devcorpus.generate.parse_markup``). Not copied or paraphrased
from any corpus split.
"""

TEXTS = [
    {
        "language": "fr",
        "kind": "hr",
        "text": "Bonjour Sandrine, ⟦PERSON|Kevin Morel⟧ est en ⟦HEALTH_DATA|arrêt maladie⟧ depuis lundi, son médecin a prévu une ⟦HEALTH_DATA|prolongation⟧ jusqu'au 15. Peux-tu prévenir le planning ?",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Pour info, ⟦PERSON|Nadia⟧ a eu un ⟦HEALTH_DATA|accident du travail⟧ hier sur le quai : ⟦HEALTH_DATA|entorse de la cheville⟧. Déclaration AT à faire sous 48 h.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Suite à sa ⟦HEALTH_DATA|visite de reprise⟧, le médecin du travail a rendu un avis d'⟦HEALTH_DATA|inaptitude⟧ au poste pour ⟦PERSON|M. Garnier⟧. On doit étudier le reclassement.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Julie Perrin⟧ nous a transmis sa reconnaissance ⟦HEALTH_DATA|RQTH⟧, merci de prévoir un siège ergonomique et un aménagement d'horaires.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Salut, je serai absente demain, je suis en ⟦HEALTH_DATA|ALD⟧ pour mon ⟦HEALTH_DATA|diabète⟧ et j'ai mon bilan à l'hôpital. Bises, ⟦PERSON|Chloé⟧",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Dossier de ⟦PERSON|Patrick Lemoine⟧ : ⟦HEALTH_DATA|invalidité catégorie 2⟧ reconnue par la CPAM, passage à temps partiel à partir de mars.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Bonjour, mon fils est ⟦HEALTH_DATA|en situation de handicap⟧ et touche l'⟦HEALTH_DATA|AAH⟧, est-ce que le tarif réduit s'applique ? Le dossier ⟦HEALTH_DATA|MDPH⟧ est joint.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "dsl je peux pas venir ce soir, mon ⟦HEALTH_DATA|burn-out⟧ m'a repris et mon psy m'a mise sous ⟦HEALTH_DATA|antidépresseurs⟧",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Thomas⟧ souffre de ⟦HEALTH_DATA|TMS⟧ aux deux poignets, la médecine du travail recommande une souris verticale.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Absence de ⟦PERSON|Mme Fabre⟧ : ⟦HEALTH_DATA|lombalgie⟧ aiguë, arrêt de 10 jours.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "Coucou, je t'annonce que je suis ⟦HEALTH_DATA|enceinte⟧ ! On le dit à l'équipe après l'écho des trois mois 🙂",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Aurélie⟧ demande des absences autorisées pour son parcours de ⟦HEALTH_DATA|FIV⟧, rendez-vous au CHU tous les deux jours ce mois-ci.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Ma collègue ⟦PERSON|Sophie Lambert⟧ reprend après son ⟦HEALTH_DATA|cancer du sein⟧, elle a fini la ⟦HEALTH_DATA|chimio⟧ en juin. Mi-temps thérapeutique prévu.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Bonjour, mon mari est ⟦HEALTH_DATA|épileptique⟧, peut-il participer au stage de plongée ? Il prend de la ⟦HEALTH_DATA|Dépakine⟧.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Entretien avec la maman de ⟦PERSON|Lucas⟧ (stagiaire) : il a un ⟦HEALTH_DATA|TDAH⟧ et des ⟦HEALTH_DATA|troubles dys⟧, on lui laisse plus de temps pour les tests.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Marc Dubois⟧ est arrêté pour une ⟦HEALTH_DATA|hernie discale⟧, opération prévue le 12.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "je suis sous ⟦HEALTH_DATA|Levothyrox⟧ depuis mon opération de la thyroïde, c'est pour ça que je suis crevée",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Notre collègue ⟦PERSON|Isabelle⟧ est en ⟦HEALTH_DATA|congé maternité⟧ jusqu'en septembre.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Arrêt de travail de ⟦PERSON|Samir Haddad⟧ suite à une ⟦HEALTH_DATA|dépression⟧, ne pas le contacter pendant l'arrêt svp.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Bonjour, je souffre de ⟦HEALTH_DATA|sclérose en plaques⟧ et j'ai besoin d'une place PMR pour le concert du 8. Merci d'avance, ⟦PERSON|Véronique Caron⟧",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Hé, ⟦PERSON|Maxime⟧ est à l'hôpital, il s'est fait ⟦HEALTH_DATA|opérer de l'appendicite⟧ cette nuit.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "Salut ⟦PERSON|Émilie⟧, je suis ⟦HEALTH_DATA|malade⟧ depuis hier soir, ⟦HEALTH_DATA|gastro⟧, je bosse pas aujourd'hui",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Courriel RH (Québec) : ⟦PERSON|Jean-François Tremblay⟧ est en ⟦HEALTH_DATA|congé de maladie⟧ pour un ⟦HEALTH_DATA|épuisement professionnel⟧, retour progressif prévu dans six semaines.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Pour la Suisse : ⟦PERSON|Mme Rochat⟧ est en incapacité de travail à 50 % en raison d'une ⟦HEALTH_DATA|fracture du poignet⟧, certificat médical joint.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Belgique - ⟦PERSON|Kevin Peeters⟧ est en incapacité de travail, son médecin traitant parle d'un ⟦HEALTH_DATA|burnout⟧, la mutuelle est prévenue.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Laurence⟧ est ⟦HEALTH_DATA|asthmatique⟧ et ne supporte pas les produits d'entretien du 3e étage.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Demande d'aménagement : ⟦PERSON|Yannick⟧ est ⟦HEALTH_DATA|diabétique⟧ de type 1, il doit pouvoir faire ses injections d'⟦HEALTH_DATA|insuline⟧ en salle de repos.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "ma sœur a fait une ⟦HEALTH_DATA|fausse couche⟧ la semaine dernière, je prends deux jours",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Arnaud⟧ est sous ⟦HEALTH_DATA|Xanax⟧ depuis l'agression au guichet, la cellule psychologique le suit.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Karim Benali⟧ demande un jour de congé pour l'⟦RELIGIOUS_BELIEF|Aïd⟧, il est ⟦RELIGIOUS_BELIEF|musulman pratiquant⟧.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Pour le repas de fin d'année, ⟦PERSON|Rachel⟧ mange ⟦RELIGIOUS_BELIEF|casher⟧, prévoir un plateau à part.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "⟦PERSON|Mathieu⟧ est ⟦RELIGIOUS_BELIEF|catholique pratiquant⟧, il va à la ⟦RELIGIOUS_BELIEF|messe⟧ tous les dimanches, donc pas de réunion le dimanche matin",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Note d'entretien : la candidate a précisé être de ⟦RELIGIOUS_BELIEF|confession juive⟧ et ne pourra pas travailler pendant ⟦RELIGIOUS_BELIEF|Yom Kippour⟧.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Fatima⟧ fait le ⟦RELIGIOUS_BELIEF|ramadan⟧ cette année, elle souhaite décaler sa pause déjeuner.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Bonjour, je suis ⟦RELIGIOUS_BELIEF|témoin de Jéhovah⟧ et je refuse toute transfusion, merci de le noter dans mon dossier. ⟦PERSON|Mireille Caron⟧",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Samuel⟧ est ⟦RELIGIOUS_BELIEF|protestant⟧ et chante à la chorale de son ⟦RELIGIOUS_BELIEF|temple⟧.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Didier Lefèvre⟧ est ⟦TRADE_UNION_MEMBERSHIP|délégué syndical⟧ ⟦TRADE_UNION_MEMBERSHIP|CGT⟧ sur le site de Lyon, toute sanction doit passer par l'inspection du travail.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Nathalie⟧ a été élue au CSE sur la liste ⟦TRADE_UNION_MEMBERSHIP|CFDT⟧.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "entre nous, ⟦PERSON|Bruno⟧ est ⟦TRADE_UNION_MEMBERSHIP|syndiqué⟧ chez ⟦TRADE_UNION_MEMBERSHIP|FO⟧ depuis 2015, il va sûrement faire remonter le problème",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Mme Girard⟧ est ⟦TRADE_UNION_MEMBERSHIP|adhérente⟧ à la ⟦TRADE_UNION_MEMBERSHIP|CFE-CGC⟧ et a demandé un entretien accompagné.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Belgique : ⟦PERSON|Luc Janssens⟧ est ⟦TRADE_UNION_MEMBERSHIP|affilié à la FGTB⟧, la prime syndicale lui sera versée via son syndicat.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Liste des ⟦TRADE_UNION_MEMBERSHIP|représentants syndicaux⟧ : ⟦PERSON|Hélène Roux⟧ (⟦TRADE_UNION_MEMBERSHIP|UNSA⟧), ⟦PERSON|Olivier Petit⟧ (⟦TRADE_UNION_MEMBERSHIP|SUD⟧).",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Sophie Maes⟧ est ⟦TRADE_UNION_MEMBERSHIP|déléguée⟧ ⟦TRADE_UNION_MEMBERSHIP|CSC⟧ au conseil d'entreprise.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "⟦PERSON|Antoine⟧ est ⟦SEX_LIFE_ORIENTATION|gay⟧, il vient avec son ⟦SEX_LIFE_ORIENTATION|copain⟧ à la soirée d'équipe",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Léa⟧ a fait son coming out, elle est ⟦SEX_LIFE_ORIENTATION|lesbienne⟧ et vit avec sa ⟦SEX_LIFE_ORIENTATION|compagne⟧ depuis 5 ans.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Mme Nguyen⟧, d'⟦ETHNIC_ORIGIN|origine vietnamienne⟧, a demandé à ce que son prénom soit correctement orthographié.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Le candidat ⟦PERSON|Moussa Traoré⟧ est d'⟦ETHNIC_ORIGIN|origine malienne⟧, ce qui n'a rien à faire dans le compte rendu d'entretien.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Le ⟦CRIMINAL_RECORD|casier judiciaire⟧ de ⟦PERSON|M. Rey⟧ mentionne une ⟦CRIMINAL_RECORD|condamnation⟧ pour vol en 2019, extrait ⟦CRIMINAL_RECORD|B3⟧ reçu.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Dylan⟧ a été ⟦CRIMINAL_RECORD|condamné⟧ à six mois avec sursis, il nous l'a dit à l'embauche.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Gaëtan⟧ est sous ⟦CRIMINAL_RECORD|bracelet électronique⟧, il ne peut pas faire les déplacements du soir.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "il sort de ⟦CRIMINAL_RECORD|prison⟧ le mois prochain, ⟦PERSON|Sébastien⟧, tu te souviens de lui ?",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Politique d'absence : tout arrêt maladie doit être transmis à l'employeur sous 48 heures. La visite de reprise est obligatoire après 30 jours d'arrêt.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Offre d'emploi : poste ouvert aux personnes en situation de handicap. Nous accompagnons les démarches RQTH.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Notre mutuelle rembourse les séances de psychologue et les lunettes. Découvrez nos offres santé pour toute la famille !",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Nouveau : la gamme de compléments vitamine D pour passer l'hiver en forme. Sans ordonnance.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Accord d'entreprise : les heures de délégation des représentants du personnel sont fixées à 20 heures par mois.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Calendrier : le bureau sera fermé le lundi de Pâques et le jeudi de l'Ascension.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Octobre rose : nous reversons 1 € par commande à la recherche contre le cancer du sein.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Rappel sécurité : déclarez tout accident du travail au service RH. Les gants sont obligatoires sur la ligne 4.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Bonjour, mon colis est arrivé endommagé, pouvez-vous m'envoyer un bon de retour ? Merci.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Le document unique recense les risques de TMS et de lombalgie liés au port de charges ; une formation gestes et postures est proposée à tous.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Webinaire : comment prévenir le burn-out dans les équipes ? Inscription gratuite pour les managers.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Élections professionnelles : le vote pour le CSE aura lieu le 14 mars. Les listes syndicales doivent être déposées avant le 1er.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Le menu de la cantine propose chaque jour une option végétarienne et une option sans porc.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Pour les postes en contact avec des mineurs, un extrait de casier judiciaire pourra être demandé, conformément à la loi.",
    },
]
