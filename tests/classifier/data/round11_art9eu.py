"""Round 11 (art9eu): hand-written Art. 9 development texts in German, French, Italian, Spanish, Dutch and Polish.

Written blind for this round (before the classifier was run on them): HR notes, chat, support mail, forms and
accident reports with everyday wording for health (lay symptoms and injuries, mental health, disability,
pregnancy, medication, sick leave and return to work), biometrics, union membership, religion and sexual
orientation, in inflected forms, compounds and elided articles; plus clean look-alikes per language (policy
notices, product copy, union news with no member named). Invented people; checksum-valid identifiers from
``classifier.devcorpus.ids``. Spans use the corpus markup ``⟦TYPE|value⟧``
(``classifier.devcorpus.generate.parse_markup``). Not copied or paraphrased from any corpus split.
"""

TEXTS = [
    # --- German -------------------------------------------------------------------------------------------
    {
        "language": "de",
        "kind": "hr",
        "text": "Hallo Sabine, ⟦PERSON|Jörg Hartmann⟧ hat heute früh angerufen: er hat sich beim Fußball ⟦HEALTH_DATA|das Knie verdreht⟧ und ist bis Freitag ⟦HEALTH_DATA|krankgeschrieben⟧. Die AU reicht er nach.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Frau ⟦PERSON|Derya Yilmaz⟧ hat uns ihre ⟦HEALTH_DATA|Schwangerschaft⟧ mitgeteilt, der Mutterschutz beginnt voraussichtlich im März. Bitte die Gefährdungsbeurteilung für ihren Platz im Labor anpassen.",
    },
    {
        "language": "de",
        "kind": "chat",
        "text": "Kurze Info: ⟦PERSON|Malte⟧ ist wegen ⟦HEALTH_DATA|Burnout⟧ sechs Wochen raus, danach ⟦HEALTH_DATA|stufenweise Wiedereingliederung⟧ mit vier Stunden am Tag.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Guten Tag, mein Sohn hat ⟦HEALTH_DATA|ADHS⟧ und nimmt ⟦HEALTH_DATA|Methylphenidat⟧. Könnte ihn auf der Klassenfahrt jemand mittags an seine Tablette erinnern?",
    },
    {
        "language": "de",
        "kind": "form",
        "text": "Personalakte ⟦PERSON|Heinz-Peter Vogt⟧: ⟦HEALTH_DATA|schwerbehindert⟧, GdB 50, Merkzeichen G. Der Zusatzurlaub von fünf Tagen ist eingetragen.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "⟦PERSON|Stefan Krüger⟧ ist ⟦TRADE_UNION_MEMBERSHIP|Vertrauensmann der IG BCE⟧ in der Spätschicht und möchte beim Personalgespräch dabei sein.",
    },
    {
        "language": "de",
        "kind": "chat",
        "text": "⟦PERSON|Ayşe⟧ hat mir beim Mittagessen erzählt, dass sie ⟦SEX_LIFE_ORIENTATION|lesbisch⟧ ist und im Sommer mit ihrer Partnerin zusammenzieht.",
    },
    {
        "language": "de",
        "kind": "mail",
        "text": "Herr ⟦PERSON|Brandt⟧, für den Zugang zum Rechenzentrum kommen Sie bitte am Montag zur Erfassung Ihrer ⟦BIOMETRIC_DATA|Fingerabdrücke⟧ in Raum 0.12.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Herr ⟦PERSON|Emre Kaya⟧ ist ⟦RELIGIOUS_BELIEF|Muslim⟧ und bittet während des ⟦RELIGIOUS_BELIEF|Ramadans⟧ um eine spätere Pause zum Fastenbrechen.",
    },
    {
        "language": "de",
        "kind": "form",
        "text": "Unfallmeldung: Mitarbeiter ⟦PERSON|Lukas Brenner⟧ ist von der Leiter gestürzt, ⟦HEALTH_DATA|Handgelenksbruch⟧ links, im Krankenhaus eingegipst.",
    },
    {
        "language": "de",
        "kind": "chat",
        "text": "Moin, bin heute raus, hab mir ⟦HEALTH_DATA|Magen-Darm⟧ eingefangen. Die ⟦HEALTH_DATA|Krankmeldung⟧ schicke ich morgen. Gruß ⟦PERSON|Timo⟧",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Frau ⟦PERSON|Lindner⟧ leidet seit der Geburt ihres Kindes an ⟦HEALTH_DATA|Depressionen⟧ und ist in ⟦HEALTH_DATA|psychotherapeutischer Behandlung⟧.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Bitte ab Januar den ⟦TRADE_UNION_MEMBERSHIP|ver.di-Mitgliedsbeitrag⟧ von ⟦PERSON|Nadine Schulz⟧ nicht mehr über die Lohnabrechnung einbehalten.",
    },
    {
        "language": "de",
        "kind": "clean",
        "text": "Ab Januar übermitteln die Arztpraxen die Arbeitsunfähigkeitsbescheinigung elektronisch an die Krankenkasse. Einen gelben Schein müssen Sie nicht mehr einreichen.",
    },
    {
        "language": "de",
        "kind": "clean",
        "text": "Der Betriebsrat lädt zur Betriebsversammlung am Donnerstag ein; Vertreter der IG Metall berichten über den Stand der Tarifrunde.",
    },
    {
        "language": "de",
        "kind": "clean",
        "text": "Neues Zeiterfassungsterminal mit Fingerabdruckscanner: Das Modell TX-400 speichert bis zu 3.000 Vorlagen, Lieferzeit zwei Wochen.",
    },
    # --- French -------------------------------------------------------------------------------------------
    {
        "language": "fr",
        "kind": "hr",
        "text": "Bonjour, Mme ⟦PERSON|Laurence Girard⟧ est en ⟦HEALTH_DATA|arrêt de travail⟧ jusqu'au 15 pour une ⟦HEALTH_DATA|entorse à la cheville⟧. Merci de prévoir un remplaçant.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "Salut, absent demain : je me suis fait une ⟦HEALTH_DATA|hernie discale⟧ en déménageant et le médecin m'a mis sous ⟦HEALTH_DATA|anti-inflammatoires⟧. ⟦PERSON|Julien⟧",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Mme ⟦PERSON|Nadia Benali⟧ nous informe qu'elle est ⟦HEALTH_DATA|enceinte⟧ de quatre mois ; elle demande un aménagement de poste sans port de charges.",
    },
    {
        "language": "fr",
        "kind": "form",
        "text": "Dossier RH ⟦PERSON|Thierry Marchand⟧ : titulaire de la ⟦HEALTH_DATA|RQTH⟧ depuis 2023 pour une ⟦HEALTH_DATA|surdité partielle⟧, poste équipé d'un casque amplifié.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Bonjour, mon fils est ⟦HEALTH_DATA|diabétique⟧ et doit faire son ⟦HEALTH_DATA|insuline⟧ à midi ; la cantine peut-elle prévoir un endroit calme ?",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "⟦PERSON|Élodie⟧ m'a confié qu'elle fait une ⟦HEALTH_DATA|dépression⟧ depuis l'été et qu'elle prend des ⟦HEALTH_DATA|antidépresseurs⟧, elle préfère que l'équipe ne le sache pas.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Karim Haddad⟧, ⟦TRADE_UNION_MEMBERSHIP|délégué syndical CGT⟧, assistera à l'entretien préalable de M. ⟦PERSON|Roux⟧.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Pour les élections du CSE, ⟦PERSON|Sandrine Petit⟧ se présente en deuxième position sur la ⟦TRADE_UNION_MEMBERSHIP|liste CFDT⟧.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "M. ⟦PERSON|David Cohen⟧ est ⟦RELIGIOUS_BELIEF|juif pratiquant⟧ et ne peut pas travailler le samedi ; merci d'en tenir compte pour le planning.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "Pendant le séminaire, ⟦PERSON|Mathieu⟧ nous a dit qu'il est ⟦SEX_LIFE_ORIENTATION|homosexuel⟧ et qu'il vit à Lyon depuis dix ans.",
    },
    {
        "language": "fr",
        "kind": "mail",
        "text": "Pour activer son accès à la salle des coffres, M. ⟦PERSON|Lefèvre⟧ doit passer à l'accueil pour l'enregistrement de son ⟦BIOMETRIC_DATA|empreinte digitale⟧.",
    },
    {
        "language": "fr",
        "kind": "chat",
        "text": "Message de ⟦PERSON|Chloé⟧ : je suis aux urgences, je me suis ⟦HEALTH_DATA|cassé le poignet⟧ en tombant à vélo, pas de réunion pour moi aujourd'hui.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Fabrice Morel⟧ reprend lundi en ⟦HEALTH_DATA|mi-temps thérapeutique⟧ après son ⟦HEALTH_DATA|infarctus⟧ de septembre.",
    },
    {
        "language": "fr",
        "kind": "clean",
        "text": "La nouvelle mutuelle couvre les arrêts de travail dès le quatrième jour ; la notice est disponible sur l'intranet.",
    },
    {
        "language": "fr",
        "kind": "clean",
        "text": "Le fabricant annonce une serrure à empreinte digitale compatible avec tous les cylindres européens, au prix public de 199 €.",
    },
    {
        "language": "fr",
        "kind": "clean",
        "text": "La CFDT a signé l'accord sur les salaires ; la CGT appelle à la grève le 12 et FO n'a pas encore décidé.",
    },
    # --- Italian ------------------------------------------------------------------------------------------
    {
        "language": "it",
        "kind": "hr",
        "text": "Ciao Marco, ⟦PERSON|Giulia Ferraris⟧ oggi è in ⟦HEALTH_DATA|malattia⟧, il medico le ha dato tre giorni per ⟦HEALTH_DATA|febbre alta⟧. Il certificato arriva tramite INPS.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "La signora ⟦PERSON|Rosa Esposito⟧ è ⟦HEALTH_DATA|incinta⟧ al quinto mese e chiede l'astensione anticipata per ⟦HEALTH_DATA|gravidanza a rischio⟧.",
    },
    {
        "language": "it",
        "kind": "support",
        "text": "Buongiorno, mio padre ha avuto un ⟦HEALTH_DATA|ictus⟧ la settimana scorsa e adesso è ⟦HEALTH_DATA|in carrozzina⟧: potete consegnare al piano terra?",
    },
    {
        "language": "it",
        "kind": "chat",
        "text": "⟦PERSON|Davide⟧ si è ⟦HEALTH_DATA|rotto il menisco⟧ giocando a calcetto, lo operano giovedì.",
    },
    {
        "language": "it",
        "kind": "form",
        "text": "Scheda dipendente ⟦PERSON|Paolo Conti⟧: ⟦HEALTH_DATA|invalidità civile⟧ al 67 %, iscritto alle categorie protette (L. 68/99).",
    },
    {
        "language": "it",
        "kind": "chat",
        "text": "⟦PERSON|Francesca⟧ soffre di ⟦HEALTH_DATA|attacchi di panico⟧ e prende degli ⟦HEALTH_DATA|ansiolitici⟧, meglio non metterla in trasferta da sola.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "⟦PERSON|Antonio Russo⟧ è ⟦TRADE_UNION_MEMBERSHIP|iscritto alla FIOM⟧ e chiede che il delegato sia presente al colloquio disciplinare.",
    },
    {
        "language": "it",
        "kind": "form",
        "text": "Elenco candidati RSU: ⟦PERSON|Laura Bianchi⟧ (⟦TRADE_UNION_MEMBERSHIP|CISL⟧), ⟦PERSON|Sergio Greco⟧ (⟦TRADE_UNION_MEMBERSHIP|UIL⟧).",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "Il candidato ⟦PERSON|Youssef El Amrani⟧ è ⟦RELIGIOUS_BELIEF|musulmano⟧ e chiede di poter pregare durante la pausa del venerdì.",
    },
    {
        "language": "it",
        "kind": "mail",
        "text": "⟦PERSON|Luca Moretti⟧ deve ancora completare la ⟦BIOMETRIC_DATA|scansione dell'iride⟧ per l'accesso al caveau, gli altri addetti sono già registrati.",
    },
    {
        "language": "it",
        "kind": "chat",
        "text": "⟦PERSON|Chiara⟧ ha la ⟦HEALTH_DATA|celiachia⟧, quindi per la cena aziendale serve un menù senza glutine.",
    },
    {
        "language": "it",
        "kind": "chat",
        "text": "⟦PERSON|Alessandro⟧ ha fatto coming out con la squadra: è ⟦SEX_LIFE_ORIENTATION|gay⟧ e finalmente si sente libero di parlarne.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "Rientro al lavoro di ⟦PERSON|Stefano Gallo⟧ dopo l'⟦HEALTH_DATA|intervento al ginocchio⟧: mansioni leggere per un mese.",
    },
    {
        "language": "it",
        "kind": "clean",
        "text": "Il nuovo contratto prevede che i giorni di malattia siano comunicati entro le 9 tramite il portale del personale.",
    },
    {
        "language": "it",
        "kind": "clean",
        "text": "Offerta: tornelli con riconoscimento facciale per palestre e piscine, installazione e assistenza incluse.",
    },
    {
        "language": "it",
        "kind": "clean",
        "text": "La CGIL e la UIL hanno proclamato uno sciopero generale per venerdì, la CISL non aderisce.",
    },
    # --- Spanish ------------------------------------------------------------------------------------------
    {
        "language": "es",
        "kind": "hr",
        "text": "Hola Marta, ⟦PERSON|Javier Ortega⟧ está de ⟦HEALTH_DATA|baja médica⟧ desde el lunes por una ⟦HEALTH_DATA|lumbalgia⟧. Te paso el parte cuando llegue.",
    },
    {
        "language": "es",
        "kind": "chat",
        "text": "⟦PERSON|Lucía⟧ está ⟦HEALTH_DATA|embarazada⟧ de gemelos y el ginecólogo le ha mandado reposo, así que no viene a la feria.",
    },
    {
        "language": "es",
        "kind": "support",
        "text": "Buenas, mi madre tiene ⟦HEALTH_DATA|alzhéimer⟧ y ya no recuerda la contraseña, ¿pueden pasar la cuenta a mi nombre? Mi DNI es ⟦ES_NIF|80918133Q⟧.",
    },
    {
        "language": "es",
        "kind": "form",
        "text": "Expediente de ⟦PERSON|Andrés Molina⟧: ⟦HEALTH_DATA|discapacidad⟧ reconocida del 45 %, necesita plaza de aparcamiento cerca de la entrada.",
    },
    {
        "language": "es",
        "kind": "chat",
        "text": "⟦PERSON|Carmen⟧ me contó que tiene ⟦HEALTH_DATA|ansiedad⟧ y que toma ⟦HEALTH_DATA|lorazepam⟧ para dormir.",
    },
    {
        "language": "es",
        "kind": "form",
        "text": "Parte de accidente: el operario ⟦PERSON|Raúl Gómez⟧ sufrió una ⟦HEALTH_DATA|fractura de tibia⟧ al caer de la carretilla elevadora.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Pilar Navarro⟧, ⟦TRADE_UNION_MEMBERSHIP|delegada de CCOO⟧, pide que se le compensen las horas sindicales de diciembre.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Miguel Torres⟧ está ⟦TRADE_UNION_MEMBERSHIP|afiliado a UGT⟧ y solicita que la cuota sindical se descuente en nómina.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Sara⟧ es ⟦RELIGIOUS_BELIEF|testigo de Jehová⟧ y no acepta transfusiones; conviene anotarlo en su ficha del servicio médico.",
    },
    {
        "language": "es",
        "kind": "chat",
        "text": "⟦PERSON|Pablo⟧ es ⟦SEX_LIFE_ORIENTATION|bisexual⟧ y lo ha contado abiertamente en el equipo, no hace falta andar con secretos.",
    },
    {
        "language": "es",
        "kind": "mail",
        "text": "Para fichar en la nueva planta, ⟦PERSON|Elena Ruiz⟧ debe registrar su ⟦BIOMETRIC_DATA|huella dactilar⟧ en recepción.",
    },
    {
        "language": "es",
        "kind": "chat",
        "text": "Vuelvo el jueves, me han operado de ⟦HEALTH_DATA|apendicitis⟧ y ya tengo el alta. ⟦PERSON|Nacho⟧",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Inés Castro⟧ tiene ⟦HEALTH_DATA|migrañas⟧ muy fuertes y pide trabajar con la luz atenuada.",
    },
    {
        "language": "es",
        "kind": "clean",
        "text": "Recordatorio: las bajas médicas se comunican a RR. HH. antes de las 10 con el parte correspondiente.",
    },
    {
        "language": "es",
        "kind": "clean",
        "text": "El lector de huella dactilar del modelo Z3 tiene una tasa de error inferior al 0,1 % y cuesta 89 euros.",
    },
    {
        "language": "es",
        "kind": "clean",
        "text": "CCOO y UGT convocan manifestaciones el 1 de mayo en todas las capitales de provincia.",
    },
    # --- Dutch --------------------------------------------------------------------------------------------
    {
        "language": "nl",
        "kind": "hr",
        "text": "Hoi Femke, ⟦PERSON|Bram de Vries⟧ heeft zich vanochtend ⟦HEALTH_DATA|ziek gemeld⟧, hij heeft ⟦HEALTH_DATA|griep⟧ en verwacht donderdag terug te zijn.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Sanne Jansen⟧ is ⟦HEALTH_DATA|zwanger⟧ en gaat in mei met ⟦HEALTH_DATA|zwangerschapsverlof⟧.",
    },
    {
        "language": "nl",
        "kind": "form",
        "text": "Verzuimdossier ⟦PERSON|Kees Bakker⟧: ⟦HEALTH_DATA|burn-out⟧, sinds 3 maart ⟦HEALTH_DATA|arbeidsongeschikt⟧, re-integratie in overleg met de bedrijfsarts.",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "Mijn dochter heeft ⟦HEALTH_DATA|epilepsie⟧ en mag niet alleen zwemmen, kan er een begeleider mee op schoolreis?",
    },
    {
        "language": "nl",
        "kind": "chat",
        "text": "⟦PERSON|Ruud⟧ heeft zijn ⟦HEALTH_DATA|enkel gebroken⟧ bij het voetballen en zit zes weken in het gips.",
    },
    {
        "language": "nl",
        "kind": "chat",
        "text": "⟦PERSON|Lotte⟧ slikt ⟦HEALTH_DATA|antidepressiva⟧ sinds haar ⟦HEALTH_DATA|depressie⟧ vorig jaar, dus geen late diensten graag.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Hans Visser⟧ is ⟦TRADE_UNION_MEMBERSHIP|lid van de FNV⟧ en wil een vakbondsconsulent meenemen naar het gesprek.",
    },
    {
        "language": "nl",
        "kind": "form",
        "text": "Kandidatenlijst OR-verkiezing: ⟦PERSON|Anouk Smit⟧ staat op plaats twee van de ⟦TRADE_UNION_MEMBERSHIP|CNV-lijst⟧.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Mohamed⟧ vroeg of hij op vrijdag eerder weg mag voor het ⟦RELIGIOUS_BELIEF|vrijdaggebed⟧ in de moskee.",
    },
    {
        "language": "nl",
        "kind": "chat",
        "text": "⟦PERSON|Thijs⟧ vertelde op de borrel dat hij ⟦SEX_LIFE_ORIENTATION|homoseksueel⟧ is en dat zijn ouders het pas net weten.",
    },
    {
        "language": "nl",
        "kind": "mail",
        "text": "Voor de nieuwe kluis moet ⟦PERSON|Ilse Mulder⟧ haar ⟦BIOMETRIC_DATA|vingerafdruk⟧ laten registreren bij de beveiliging.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Wim⟧ is ⟦HEALTH_DATA|slechtziend⟧ en komt met zijn ⟦HEALTH_DATA|blindengeleidehond⟧; graag een werkplek bij de deur.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Na zijn ⟦HEALTH_DATA|hartinfarct⟧ begint ⟦PERSON|Gerrit⟧ maandag weer voor halve dagen.",
    },
    {
        "language": "nl",
        "kind": "clean",
        "text": "De ziekmelding gaat voortaan via de app; meld je vóór 9 uur af bij je leidinggevende.",
    },
    {
        "language": "nl",
        "kind": "clean",
        "text": "Nieuwe toegangspoortjes met gezichtsherkenning voor het distributiecentrum: de offerte zit in de bijlage.",
    },
    {
        "language": "nl",
        "kind": "clean",
        "text": "De FNV en het CNV hebben het eindbod van de werkgevers afgewezen en beraden zich op acties.",
    },
    # --- Polish -------------------------------------------------------------------------------------------
    {
        "language": "pl",
        "kind": "hr",
        "text": "Cześć, ⟦PERSON|Tomasz Nowak⟧ jest na ⟦HEALTH_DATA|L4⟧ do piątku, ma ⟦HEALTH_DATA|anginę⟧. Zwolnienie przyjdzie przez ZUS.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Pani ⟦PERSON|Katarzyna Wójcik⟧ przekazała, że jest ⟦HEALTH_DATA|w ciąży⟧, i prosi o przeniesienie na zmiany dzienne.",
    },
    {
        "language": "pl",
        "kind": "chat",
        "text": "⟦PERSON|Marek⟧ ⟦HEALTH_DATA|złamał rękę⟧ na nartach i ma ⟦HEALTH_DATA|zwolnienie lekarskie⟧ na trzy tygodnie.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Dzień dobry, mój syn choruje na ⟦HEALTH_DATA|cukrzycę⟧ i musi mierzyć cukier na lekcji. Czy nauczyciel może mu na to pozwolić?",
    },
    {
        "language": "pl",
        "kind": "form",
        "text": "Karta pracownicy ⟦PERSON|Agnieszka Kowalczyk⟧, PESEL ⟦PL_PESEL|84031278760⟧: ⟦HEALTH_DATA|orzeczenie o niepełnosprawności⟧ w stopniu umiarkowanym.",
    },
    {
        "language": "pl",
        "kind": "chat",
        "text": "⟦PERSON|Ola⟧ mówiła, że leczy się na ⟦HEALTH_DATA|depresję⟧ i bierze ⟦HEALTH_DATA|leki przeciwdepresyjne⟧.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "⟦PERSON|Piotr Zieliński⟧ jest ⟦TRADE_UNION_MEMBERSHIP|członkiem Solidarności⟧ i poprosił o obecność przedstawiciela związku na rozmowie.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "⟦PERSON|Ewa Lewandowska⟧ jest ⟦TRADE_UNION_MEMBERSHIP|przewodniczącą zakładowej organizacji związkowej⟧, więc konsultujemy z nią zwolnienia grupowe.",
    },
    {
        "language": "pl",
        "kind": "chat",
        "text": "⟦PERSON|Paweł⟧ jest ⟦RELIGIOUS_BELIEF|świadkiem Jehowy⟧ i nie obchodzi urodzin, więc nie róbmy mu niespodzianki.",
    },
    {
        "language": "pl",
        "kind": "chat",
        "text": "⟦PERSON|Kuba⟧ powiedział nam wczoraj, że jest ⟦SEX_LIFE_ORIENTATION|gejem⟧.",
    },
    {
        "language": "pl",
        "kind": "mail",
        "text": "Pan ⟦PERSON|Mazur⟧ musi jeszcze zarejestrować swój ⟦BIOMETRIC_DATA|odcisk palca⟧ w czytniku przy wejściu do serwerowni.",
    },
    {
        "language": "pl",
        "kind": "chat",
        "text": "⟦PERSON|Zosia⟧ ma ⟦HEALTH_DATA|alergię na orzechy⟧, proszę nie zamawiać ciasta z orzechami na jej urodziny.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Po ⟦HEALTH_DATA|zawale⟧ pan ⟦PERSON|Grzegorz⟧ wraca do pracy na pół etatu.",
    },
    {
        "language": "pl",
        "kind": "clean",
        "text": "Przypominamy, że zwolnienia lekarskie są wystawiane elektronicznie i widoczne na platformie PUE ZUS.",
    },
    {
        "language": "pl",
        "kind": "clean",
        "text": "Zamek z czytnikiem odcisków palców, model K7, cena 349 zł, dostawa w 48 godzin.",
    },
    {
        "language": "pl",
        "kind": "clean",
        "text": "NSZZ „Solidarność” i OPZZ podpisały porozumienie w sprawie płacy minimalnej.",
    },
]
