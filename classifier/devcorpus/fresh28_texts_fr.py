"""Hand-written French texts of the tuning split fresh28: holiday rentals, restaurants, hotels, fashion, appliances, bakeries and agencies."""

TEXTS: list[dict[str, str]] = [
    # -- support ------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bonjour, le Nova X2 est-il compatible avec la recharge sans fil ? Commande n° 20458873",
    },
    {
        "kind": "support",
        "text": """Objet : Réclamation – location chalet « Les Airelles », réservation LV-66120

Madame, Monsieur,

Nous avons séjourné du 17 au 24 février dans le chalet Les Airelles à Morzine. À notre arrivée, le chauffage du premier étage ne fonctionnait pas et le jacuzzi mentionné dans l'annonce était hors service pendant toute la semaine. L'agence a promis de passer le lundi, puis le mercredi, sans jamais venir.

Nous demandons un remboursement partiel de 30 % du séjour (soit 735 €). Vous trouverez en pièce jointe les photos et nos échanges par SMS.

Cordialement,
⟦PERSON|Gwenaëlle Kerbrat⟧
⟦STREET_ADDRESS|14 rue de Siam, 29200 Brest⟧
⟦PHONE_NUMBER|06 72 18 40 93⟧
⟦EMAIL_ADDRESS|gwen.kerbrat@orange.fr⟧""",
    },
    {
        "kind": "support",
        "text": """Ticket #CS-40918 – Colis non reçu
Commande : MB-2024-771203 (robe Lina, taille 38 ; ceinture Orso)
N° de suivi Colissimo : 6A21894577302
Dernier statut : « Votre colis est disponible dans votre point de retrait » depuis le 9 avril (Relais Tabac de la Gare, Angers).
Action : relance automatique envoyée, retour à l'expéditeur prévu le 23 avril si non retiré.
L'équipe Service Client Maison Bérard""",
    },
    {
        "kind": "support",
        "text": """Bonjour,

je souhaite réserver une table pour 4 personnes samedi 15 juin à 20 h au nom de ⟦PERSON|Belkacem⟧. Ma fille ⟦PERSON|Inès⟧ (9 ans) a une ⟦HEALTH_DATA|allergie sévère aux arachides et aux noix de cajou⟧ et porte toujours un ⟦HEALTH_DATA|stylo d'adrénaline⟧ sur elle. Pouvez-vous me confirmer que la cuisine peut préparer un menu sans traces ? Sinon nous viendrons une autre fois.

Merci d'avance,
⟦PERSON|Samia Belkacem-Roux⟧
⟦PHONE_NUMBER|07 81 45 22 96⟧""",
    },
    {
        "kind": "support",
        "text": """Bonjour,

Suite à l'annulation de notre vol Bruxelles–Marseille du 3 mars (SN 3583, dossier K7Q2LM), vous m'avez proposé un remboursement de 412,60 € au lieu d'un bon d'achat. J'accepte le remboursement. Merci de le verser sur le compte suivant :
Titulaire : ⟦PERSON|Maxime Delvaux-Ghislain⟧
IBAN : ⟦IBAN_CODE|BE33 0480 4273 8692⟧

Bien à vous,
⟦PERSON|Maxime Delvaux-Ghislain⟧
⟦STREET_ADDRESS|Rue de Fer 28, 5000 Namur⟧""",
    },
    {
        "kind": "support",
        "text": """[19:47] Client : ma commande #A5512 est en retard de 40 min
[19:47] Assistant Vite&Bon : Désolé pour l'attente ! Le livreur a récupéré votre commande chez Pizzeria Da Nino à 19:31 et arrive dans environ 6 minutes.
[19:48] Client : ok mais la pizza va être froide
[19:48] Assistant Vite&Bon : Nous vous offrons un code de 5 € (VB5-RETARD) valable 30 jours sur votre prochaine commande.
[19:49] Client : merci""",
    },
    {
        "kind": "support",
        "text": """Traduis ce message client en anglais pour le fournisseur, sans rien changer aux chiffres :

« Bonjour, j'ai commandé le 11 mars le lave-linge Aurum WT 9 (commande FR-883412). Il a été livré avec la porte fissurée. Le livreur a refusé de le reprendre. J'ai payé avec la carte ⟦CREDIT_CARD|2257 3866 5795 1439⟧ et je voudrais soit un échange, soit un remboursement. Je suis disponible tous les jours après 17 h au ⟦PHONE_NUMBER|06 19 83 57 02⟧. Adresse de livraison : ⟦STREET_ADDRESS|3 allée des Tilleuls, 69500 Bron⟧. ⟦PERSON|Thibaut Marchal-Aubry⟧ »""",
    },
    {
        "kind": "support",
        "text": """FAQ – Retours et échanges

Combien de temps ai-je pour retourner un article ? 30 jours à compter de la livraison. Les articles soldés peuvent être échangés mais pas remboursés.
Le retour est-il gratuit ? Oui en point relais Mondial Relay avec l'étiquette disponible dans votre espace client ; 4,90 € en boutique pour les commandes web.
Quand serai-je remboursé(e) ? Sous 14 jours après réception du colis dans notre entrepôt de Tourcoing.
Les maillots de bain et sous-vêtements ne sont ni repris ni échangés pour des raisons d'hygiène.""",
    },
    {
        "kind": "support",
        "text": """Bonjour,

nous avons réservé la chambre 212 du 5 au 7 avril (réservation HBX-551902). Nous sommes ⟦RELIGIOUS_BELIEF|juifs pratiquants⟧ et nous respectons le chabbat du vendredi soir au samedi soir : serait-il possible d'avoir une clé mécanique plutôt qu'une carte magnétique, et une chambre à un étage bas car nous n'utiliserons pas l'ascenseur ?

Merci beaucoup,
⟦PERSON|Raphaël Azoulay-Benhamou⟧""",
    },
    # -- hr -----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Conseiller(ère) de vente H/F – CDI 35 h – Lyon Presqu'île

Notre boutique de prêt-à-porter de la rue de la République recrute. Vous accueillez et conseillez nos clientes, participez à la mise en rayon et à l'encaissement, et contribuez à l'atteinte des objectifs de la boutique.

Profil : première expérience en vente textile appréciée, sens du service, disponible le samedi.
Rémunération : 1 850 € brut mensuel + primes sur objectifs, 13e mois, remise de 40 % sur les collections.

Candidatures via maisonberard.fr/recrutement, référence LYO-CV-12.""",
    },
    {
        "kind": "hr",
        "text": """FICHE SALARIÉ – Création dossier paie
Nom : ⟦PERSON|VASSEUR Océane⟧
Née le : ⟦DATE_OF_BIRTH|08/03/1991⟧ à Toulouse
N° de sécurité sociale : ⟦FR_NIR|2 91 03 31 048 307 83⟧
Adresse : ⟦STREET_ADDRESS|22 rue Pargaminières, 31000 Toulouse⟧
Poste : Responsable adjointe, magasin Blagnac – statut agent de maîtrise
Date d'entrée : 02/05
RIB : ⟦IBAN_CODE|FR17 6511 4064 8431 6438 9742 941⟧
Mutuelle : adhésion au contrat groupe""",
    },
    {
        "kind": "hr",
        "text": """Compte rendu – entretien préalable, entrepôt de Saint-Quentin-Fallavier, 9 avril

Présents : M. ⟦PERSON|Jean-Baptiste Rakotomalala⟧, préparateur de commandes, assisté de M. ⟦PERSON|Olivier Cassagne⟧ ; Mme la responsable d'exploitation.
M. ⟦PERSON|Rakotomalala⟧, ⟦TRADE_UNION_MEMBERSHIP|délégué syndical CGT⟧ depuis 2021, conteste le retard qui lui est reproché le 21 mars en indiquant qu'il était en heure de délégation, déclarée la veille par mail. La direction prend acte et vérifie le bon de délégation. Aucune décision n'est prise ce jour.""",
    },
    {
        "kind": "hr",
        "text": """Note de service – Horaires d'été

À compter du lundi 1er juillet et jusqu'au samedi 31 août, les magasins de la zone littorale ouvrent de 9 h à 20 h du lundi au samedi et de 10 h à 13 h le dimanche. Les plannings modifiés sont affichés en salle de pause. Les heures effectuées le dimanche sont majorées de 100 % conformément à l'accord d'entreprise.

La Direction des Ressources Humaines""",
    },
    {
        "kind": "hr",
        "text": """Bonjour ⟦PERSON|Laëtitia⟧,

suite à votre retour d'arrêt maladie, le médecin du travail a validé une reprise en mi-temps thérapeutique du 15 avril au 15 juillet. Comme vous nous l'avez indiqué, cet arrêt était lié à une ⟦HEALTH_DATA|dépression⟧ et vous restez suivie par votre psychiatre ; nous avons donc prévu vos horaires le matin uniquement (9 h – 12 h 30), sans fermeture du magasin.

N'hésitez pas à revenir vers moi si quelque chose ne vous convient pas.

Bien cordialement,
⟦PERSON|Pauline Echeverry⟧, RRH – Boulangeries Fournival""",
    },
    {
        "kind": "hr",
        "text": """Dossier d'embauche – magasin de Liège Médiacité
Nom : ⟦PERSON|Noah Dewulf-Kabongo⟧
Date de naissance : ⟦DATE_OF_BIRTH|23/09/1987⟧
Numéro de registre national : ⟦BE_NATIONAL_NUMBER|87.09.23-080.53⟧
Adresse : ⟦STREET_ADDRESS|Rue Saint-Gilles 154, 4000 Liège⟧
Compte : ⟦IBAN_CODE|BE80 9326 2898 7624⟧
Fonction : vendeur électroménager, CP 201, temps plein""",
    },
    {
        "kind": "hr",
        "text": """Mutuelle d'entreprise : ce qui change au 1er janvier

La cotisation mensuelle passe à 38,20 € (part salariale) pour la formule de base. Le remboursement des lunettes est porté à 200 € tous les deux ans, les consultations d'ostéopathie sont prises en charge à hauteur de 4 séances par an et la téléconsultation est désormais incluse sans avance de frais. Les salariés qui bénéficient déjà d'une couverture par leur conjoint peuvent demander une dispense. Plus d'informations sur l'intranet, rubrique Avantages.""",
    },
    {
        "kind": "hr",
        "text": """Bonjour,

je vous informe que je suis candidat sur la liste ⟦POLITICAL_OPINION|Europe Écologie – Les Verts⟧ aux élections municipales de Quimperlé. Conformément au Code du travail, je souhaiterais bénéficier de 10 jours de congé pour campagne électorale, pris par demi-journées entre le 1er et le 14 mars.

Cordialement,
⟦PERSON|Hervé Lagadec⟧, chef de rayon bricolage""",
    },
    # -- marketing ----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Nouveau : Aurum Chef 3, le robot qui cuisine pendant que vous vivez

Balance intégrée, 12 modes de cuisson dont la cuisson basse température et la fermentation, et plus de 800 recettes guidées dans l'application. Le bol de 3,5 litres passe au lave-vaisselle. Disponible dès le 20 septembre en blanc nacre et noir graphite, au prix de 1 099 €. Garantie 3 ans.""",
    },
    {
        "kind": "marketing",
        "text": """Ils ont séjourné chez nous

« Une chambre avec vue sur le Vieux-Port, un petit-déjeuner incroyable et une équipe aux petits soins. On reviendra ! » – ⟦PERSON|Solène Marcadet⟧, Nantes

« Parfait pour un week-end en amoureux. Mention spéciale au spa. » – ⟦PERSON|Karim Bouzidi-Lefèvre⟧, Lille

Hôtel Les Calanques – 4 étoiles, Marseille.""",
    },
    {
        "kind": "marketing",
        "text": """La galette des rois est arrivée !

Frangipane, pomme-noisette ou brioche des rois aux fruits confits : réservez la vôtre en boutique.
4 parts : 14 € – 6 parts : 19 € – 8 parts : 25 €
Une fève en porcelaine de Limoges à collectionner dans chaque galette.

Boulangerie Au Bon Levain, 8 place du Marché, Vannes. Ouvert du mardi au dimanche de 6 h 30 à 19 h 30.""",
    },
    {
        "kind": "marketing",
        "text": """Résultats du grand jeu de Noël

Merci aux 9 000 participants ! La gagnante du séjour pour deux à Chamonix est ⟦PERSON|Apolline Grosjean⟧ (Besançon). Les trois trottinettes électriques sont remportées par ⟦PERSON|Yannick Mbuyi-Lacroix⟧ (Créteil), ⟦PERSON|Marie-Odile Péret⟧ (Pau) et ⟦PERSON|Benoît Ravelomanana⟧ (Rennes). Les gagnants ont été prévenus par e-mail.""",
    },
    {
        "kind": "marketing",
        "text": """Rendez-vous au salon Maison&Objet

Du 16 au 20 janvier, Paris Nord Villepinte, hall 6, stand F12.

Nous y présenterons la collection « Terre d'Ocre » : vaisselle en grès émaillé fabriquée dans notre atelier de Vallauris, nouveaux luminaires en osier et linge de table en lin lavé. Les acheteurs professionnels peuvent réserver un rendez-vous sur ateliers-vallauris.fr/salon.""",
    },
    {
        "kind": "marketing",
        "text": """Portrait : ceux qui font nos boutiques

⟦PERSON|Nadia Ait-Ouarab⟧ dirige notre boutique de Belleville depuis 2019. ⟦ETHNIC_ORIGIN|D'origine kabyle⟧, elle a grandi entre Tizi Ouzou et le 20e arrondissement, et c'est elle qui a eu l'idée de la collection capsule brodée avec des artisanes de Kabylie, sortie en mars. « Je voulais que nos clientes retrouvent quelque chose de chez elles dans nos vitrines », explique ⟦PERSON|Nadia⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Soldes d'été : jusqu'à -50 % dès le 26 juin

Robes, sandales, maillots et linge de maison : plus de 1 200 références démarquées en boutique et sur le site. Les membres du programme Maison Bérard Club ont accès aux soldes 24 h avant tout le monde, le 25 juin à partir de 18 h. Livraison offerte dès 60 € d'achat. Offre non cumulable avec d'autres promotions.""",
    },
    {
        "kind": "marketing",
        "text": """Brief client – campagne printemps Cycles Ardéchois

Objectif : faire connaître la nouvelle gamme de vélos à assistance électrique (modèles Gerbier 2 et Mézenc Trail) auprès des 35-55 ans en Rhône-Alpes.
Budget : 45 000 € HT, diffusion avril-mai (Meta, YouTube, affichage local).
Livrables : 3 vidéos de 15 s, 10 visuels, landing page.

Contact côté client : ⟦PERSON|Bérénice Castagnède⟧, responsable marketing – ⟦EMAIL_ADDRESS|b.castagnede@cycles-ardechois.fr⟧ – ⟦PHONE_NUMBER|04 75 64 19 38⟧""",
    },
    {
        "kind": "marketing",
        "text": """Circuit « Merveilles du Maroc » – 10 jours / 9 nuits

De Marrakech à Fès par l'Atlas et les portes du désert : nuit en bivouac à Merzouga, visite des souks de Fès, déjeuner chez l'habitant dans la vallée du Dadès. Départs garantis dès 2 participants, de mars à novembre. À partir de 1 390 € par personne, vols au départ de Paris, Lyon ou Nantes inclus. Guide francophone, pension complète sauf deux repas libres.""",
    },
    # -- docs ---------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Le TGV, une histoire française

Le 22 septembre 1981, le président François Mitterrand inaugure la ligne à grande vitesse Paris–Lyon. Le TGV Sud-Est relie alors les deux villes en 2 h 40, contre près de 4 heures auparavant. Le projet était né dans les années 1960 au sein du service de la recherche de la SNCF ; le choc pétrolier de 1973 a fait abandonner la turbine à gaz au profit de la traction électrique. En 2007, une rame d'essai a atteint 574,8 km/h, un record mondial toujours valable pour un train sur rails. Aujourd'hui, le réseau à grande vitesse français compte plus de 2 800 km de lignes.""",
    },
]
