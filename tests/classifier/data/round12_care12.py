# ruff: noqa: RUF001  (typographic apostrophes and quotes as people type them)
"""Round 12 (care12): hand-written development texts for the health and care sector's own clean copy.

Written blind for this round (before the classifier was run on them and before
any corpus failure was read): service pages, FAQs, price lists, opening hours,
vaccination and screening campaigns, pharmacy and optician promotions, insurer
product copy, clinic newsletters, public-health news, job ads for nurses and
carers, care-home brochures and booking-system docs in en, de, fr, it, es, nl
and pl. Most texts are clean: they name conditions, treatments, aids and
specialities about a service, a product or people in general, and must stay at
most INTERNAL. The others make the same kind of statement about one person (a
patient, an employee, a customer, "my", "her", a named person) and must still
be found. Invented people and organisations; spans use the corpus markup
``⟦TYPE|value⟧`` (``classifier.devcorpus.generate.parse_markup``). Not copied or
paraphrased from any corpus split.
"""

TEXTS = [
    # --- English ---------------------------------------------------------------------------------
    {
        "language": "en",
        "kind": "marketing",
        "text": "Flu jabs are back at Harbourside Pharmacy! Free for over-65s, pregnant women and anyone with asthma, diabetes or heart disease. No appointment needed on weekday mornings.",
    },
    {
        "language": "en",
        "kind": "docs",
        "text": "Our physiotherapy clinic treats back pain, sports injuries, arthritis and recovery after hip or knee replacement. Initial assessment £55, follow-up sessions £40.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Willow Court Care Home offers residential and nursing care, including specialist dementia care on our secure Bluebell floor. Visiting hours are 10am to 8pm every day.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Job ad: Registered Mental Health Nurse, 37.5 hrs. You will support adults with depression, anxiety and psychosis in our community team. Band 6, car driver essential.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Does your Silver Plan cover physiotherapy? Yes: up to 8 sessions a year for musculoskeletal conditions, and mental health cover includes up to 10 counselling sessions.",
    },
    {
        "language": "en",
        "kind": "docs",
        "text": "Booking portal help: choose the clinic type (diabetic eye screening, hearing test, blood test) and the system shows free slots for the next 14 days.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "New research from the university shows that people living with type 2 diabetes who walk daily after meals have lower blood sugar. Read the full study on our news page.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hi, my daughter ⟦PERSON|Poppy⟧ was diagnosed with ⟦HEALTH_DATA|coeliac disease⟧ last month. Does your pharmacy stock gluten-free prescriptions, and can I collect them on her behalf?",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Staff update: ⟦PERSON|Martin Oduya⟧ from the night shift is off for six weeks after ⟦HEALTH_DATA|knee surgery⟧; please cover his rota slots via the bank team.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Customer complaint: ⟦PERSON|Mrs Joan Whitley⟧ says her new ⟦HEALTH_DATA|hearing aids⟧ whistle constantly and the audiologist has not returned her calls.",
    },
    # --- German ----------------------------------------------------------------------------------
    {
        "language": "de",
        "kind": "marketing",
        "text": "Grippeschutzimpfung in Ihrer Apotheke am Markt: ab Oktober ohne Termin. Besonders empfohlen für Menschen ab 60, Schwangere und chronisch Kranke mit Diabetes oder Asthma.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Unsere Praxis für Ergotherapie behandelt Kinder mit ADHS, Erwachsene nach Schlaganfall und Menschen mit Parkinson. Termine nach ärztlicher Verordnung, alle Kassen.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Stellenanzeige: Pflegefachkraft (m/w/d) für unseren Wohnbereich für Menschen mit Demenz. Sie betreuen Bewohnerinnen und Bewohner mit Pflegegrad 3 bis 5, Teilzeit oder Vollzeit.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Der Tarif Zahn Plus übernimmt 90 % der Kosten für Zahnersatz, Implantate und Parodontitisbehandlung. Keine Wartezeit bei Unfällen.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Öffnungszeiten Hörakustik Brandt: Mo–Fr 9–18 Uhr. Kostenloser Hörtest, Beratung zu Hörgeräten und Tinnitus-Noisern, Hausbesuche für Pflegeheime nach Absprache.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Darmkrebsvorsorge rettet Leben: Ab 50 haben gesetzlich Versicherte Anspruch auf eine Darmspiegelung. Sprechen Sie Ihre Hausarztpraxis an.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Hallo Team, ⟦PERSON|Frau Öztürk⟧ ist ab Montag für drei Wochen krankgeschrieben, sie hat einen ⟦HEALTH_DATA|Bandscheibenvorfall⟧. Bitte ihre Hausbesuche in Tour 4 übernehmen.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Mein Vater ist seit dem ⟦HEALTH_DATA|Schlaganfall⟧ halbseitig gelähmt und braucht einen ⟦HEALTH_DATA|Rollstuhl⟧. Übernimmt die Kasse das, wenn der Hausarzt ihn verordnet?",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Bewohnerin ⟦PERSON|Gertrud Lindemann⟧, Zimmer 12: ⟦HEALTH_DATA|Insulin⟧ morgens 8 IE, abends 6 IE, ⟦HEALTH_DATA|Sturzgefahr⟧ beachten.",
    },
    # --- French ----------------------------------------------------------------------------------
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Campagne de dépistage du cancer du sein : les femmes de 50 à 74 ans reçoivent une invitation pour une mammographie prise en charge à 100 %.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Votre opticien Lumière : deuxième paire offerte, lentilles pour myopie et presbytie, contrôle de la vue gratuit le samedi matin.",
    },
    {
        "language": "fr",
        "kind": "docs",
        "text": "La mutuelle Sérénité rembourse l'ostéopathie, l'acupuncture et les consultations de psychologue jusqu'à 60 € par séance, dans la limite de 6 séances par an.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Offre d'emploi : aide-soignant(e) de nuit en EHPAD, accompagnement de résidents atteints de la maladie d'Alzheimer, CDI temps plein, Lyon 8e.",
    },
    {
        "language": "fr",
        "kind": "docs",
        "text": "Horaires du centre de santé : consultations de médecine générale, pédiatrie et diabétologie du lundi au vendredi, prise de sang sans rendez-vous de 7h à 10h.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Notre lettre d'information de mars : une nouvelle unité de soins pour les patients souffrant d'insuffisance cardiaque ouvre au deuxième étage de la clinique.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Bonjour, ma mère ⟦PERSON|Simone Barreau⟧ est sous ⟦HEALTH_DATA|dialyse⟧ trois fois par semaine ; pouvez-vous organiser un transport sanitaire depuis Villeurbanne ?",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Note RH : ⟦PERSON|Karim Benali⟧ reprend à mi-temps thérapeutique après son ⟦HEALTH_DATA|burn-out⟧, poste aménagé sans astreinte jusqu'en juin.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Le patient ⟦PERSON|M. Hervé Dubost⟧ signale une ⟦HEALTH_DATA|allergie à la pénicilline⟧ ; merci de l'ajouter à son dossier avant l'intervention.",
    },
    # --- Italian ---------------------------------------------------------------------------------
    {
        "language": "it",
        "kind": "marketing",
        "text": "Vaccinazione antinfluenzale in farmacia: gratuita per over 60, donne in gravidanza e persone con malattie croniche come diabete e BPCO. Prenota online.",
    },
    {
        "language": "it",
        "kind": "docs",
        "text": "Il nostro centro di fisioterapia si occupa di riabilitazione dopo fratture, mal di schiena cronico e artrosi. Listino: prima visita 50 euro, seduta di tecarterapia 35 euro.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "Cerchiamo operatori socio-sanitari (OSS) per RSA a Bergamo: assistenza ad anziani non autosufficienti e ospiti con demenza, turni diurni e notturni.",
    },
    {
        "language": "it",
        "kind": "marketing",
        "text": "La polizza Salute Più copre ricoveri, interventi chirurgici e visite specialistiche, compresa la diagnosi di tumori e malattie cardiovascolari.",
    },
    {
        "language": "it",
        "kind": "docs",
        "text": "Orari dell'ambulatorio: cardiologia il martedì, dermatologia il giovedì, screening del melanoma su prenotazione il primo sabato del mese.",
    },
    {
        "language": "it",
        "kind": "support",
        "text": "Buongiorno, mio marito ⟦PERSON|Luigi Ferraro⟧ ha il ⟦HEALTH_DATA|morbo di Parkinson⟧ e vorremmo sapere se la vostra RSA ha posti nel reparto dedicato.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "Comunicazione interna: la collega ⟦PERSON|Giulia Sartori⟧ è in ⟦HEALTH_DATA|maternità⟧ da lunedì; le sue pazienti passano alla dottoressa del turno B.",
    },
    # --- Spanish ---------------------------------------------------------------------------------
    {
        "language": "es",
        "kind": "marketing",
        "text": "Campaña de vacunación contra la gripe: dirigida a mayores de 60 años, embarazadas y personas con enfermedades crónicas. Pide cita en tu centro de salud.",
    },
    {
        "language": "es",
        "kind": "docs",
        "text": "Preguntas frecuentes: ¿el seguro cubre la fisioterapia? Sí, hasta 20 sesiones al año para lesiones deportivas, lumbalgia y rehabilitación tras una operación.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "Oferta de empleo: enfermero/a para residencia de mayores en Valencia, atención a residentes con alzhéimer y diabetes, contrato indefinido, turno de mañana.",
    },
    {
        "language": "es",
        "kind": "marketing",
        "text": "Óptica Miramar: graduación gratuita, gafas progresivas para la presbicia desde 149 € y revisión de la vista para niños con miopía.",
    },
    {
        "language": "es",
        "kind": "marketing",
        "text": "Boletín de la clínica: abrimos una consulta de salud mental para jóvenes con ansiedad y trastornos de la conducta alimentaria.",
    },
    {
        "language": "es",
        "kind": "support",
        "text": "Hola, soy ⟦PERSON|Marta Ibáñez⟧, tengo ⟦HEALTH_DATA|fibromialgia⟧ y quería saber si mi póliza cubre las sesiones de hidroterapia que me recetó el reumatólogo.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "Aviso al equipo: ⟦PERSON|Javier Molina⟧ estará de baja por ⟦HEALTH_DATA|depresión⟧ hasta final de mes; sus pacientes de domicilio los cubre Ana.",
    },
    # --- Dutch -----------------------------------------------------------------------------------
    {
        "language": "nl",
        "kind": "marketing",
        "text": "Griepprik 2026: mensen van 60 jaar en ouder en mensen met een chronische aandoening zoals diabetes of COPD krijgen een uitnodiging van de huisarts.",
    },
    {
        "language": "nl",
        "kind": "docs",
        "text": "Openingstijden fysiotherapie De Linde: ma t/m vr 8.00–20.00 uur. Wij behandelen rugklachten, artrose en klachten na een beroerte. Vergoed vanuit de aanvullende verzekering.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Vacature: verzorgende IG voor ons verpleeghuis, afdeling psychogeriatrie. Je zorgt voor bewoners met dementie en werkt 24 tot 32 uur per week.",
    },
    {
        "language": "nl",
        "kind": "marketing",
        "text": "Bevolkingsonderzoek baarmoederhalskanker: vrouwen tussen 30 en 65 jaar krijgen elke vijf jaar een uitnodiging. Deelname is gratis.",
    },
    {
        "language": "nl",
        "kind": "docs",
        "text": "Handleiding afsprakensysteem: kies het type consult (diabetescontrole, longfunctietest, wondzorg) en de assistent ziet direct de beschikbare tijden.",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "Mijn zoon ⟦PERSON|Daan⟧ heeft ⟦HEALTH_DATA|epilepsie⟧ en gebruikt ⟦HEALTH_DATA|Depakine⟧; kan de thuiszorg zijn medicatie ook in het weekend geven?",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Verzuimmelding: ⟦PERSON|Sanne de Wit⟧ is ziek gemeld met ⟦HEALTH_DATA|longontsteking⟧, verwachte duur twee weken. Bedrijfsarts is ingelicht.",
    },
    # --- Polish ----------------------------------------------------------------------------------
    {
        "language": "pl",
        "kind": "marketing",
        "text": "Szczepienia przeciw grypie w naszej aptece: bezpłatnie dla seniorów 65+, kobiet w ciąży i osób z chorobami przewlekłymi, np. cukrzycą lub astmą.",
    },
    {
        "language": "pl",
        "kind": "docs",
        "text": "Cennik gabinetu fizjoterapii: konsultacja 150 zł, terapia manualna 180 zł, rehabilitacja po udarze i po endoprotezie stawu biodrowego – pakiet 10 wizyt.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Ogłoszenie: zatrudnimy opiekunkę osób starszych do domu opieki w Krakowie. Praca z podopiecznymi z chorobą Alzheimera i po udarach, umowa o pracę.",
    },
    {
        "language": "pl",
        "kind": "marketing",
        "text": "Pakiet medyczny Komfort obejmuje konsultacje kardiologa, diabetologa i psychiatry bez skierowania oraz badania w kierunku nowotworów.",
    },
    {
        "language": "pl",
        "kind": "docs",
        "text": "Godziny otwarcia poradni: okulistyka we wtorki, badanie dna oka dla pacjentów z cukrzycą w czwartki, rejestracja telefoniczna od 7:30.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Dzień dobry, moja mama ⟦PERSON|Halina Wróbel⟧ choruje na ⟦HEALTH_DATA|cukrzycę⟧ i potrzebuje ⟦HEALTH_DATA|pompy insulinowej⟧; czy NFZ dofinansowuje taki sprzęt?",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Informacja dla zespołu: ⟦PERSON|Tomasz Zieliński⟧ przebywa na zwolnieniu lekarskim po ⟦HEALTH_DATA|zawale serca⟧ do końca miesiąca.",
    },
    # --- more clean look-alikes, mixed languages -------------------------------------------------
    {
        "language": "en",
        "kind": "marketing",
        "text": "Clinic newsletter: our podiatry team now runs a weekly diabetic foot clinic, and the new wound care nurse specialist starts in May.",
    },
    {
        "language": "en",
        "kind": "docs",
        "text": "Price list: ear wax removal £60, contact lens fitting £35, dry eye assessment £45. Prices include a follow-up call within 7 days.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Public health news: measles cases are rising across the region. Check that your children have had both doses of the MMR vaccine.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "FAQ Pflegedienst: Wir unterstützen Pflegebedürftige mit Pflegegrad bei der Grundpflege, Wundversorgung und Medikamentengabe, auch bei Menschen mit Multipler Sklerose.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Sanitätshaus Keller: Kompressionsstrümpfe bei Venenleiden, Bandagen nach Sportverletzungen und Rollatoren zum Ausprobieren. Parkplätze direkt vor dem Haus.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Journée mondiale du diabète : le service d'endocrinologie propose un dépistage gratuit de la glycémie dans le hall de l'hôpital, sans inscription.",
    },
    {
        "language": "it",
        "kind": "marketing",
        "text": "Ottica Bellavista: occhiali per ipovedenti, lenti per astigmatismo e controllo della pressione oculare per la prevenzione del glaucoma.",
    },
    {
        "language": "es",
        "kind": "docs",
        "text": "Nuestra unidad del dolor trata migrañas, hernias discales y neuropatía diabética. Horario: lunes a jueves de 9 a 14 h.",
    },
    {
        "language": "nl",
        "kind": "marketing",
        "text": "Nieuwsbrief van de kliniek: onderzoekers van ons ziekenhuis starten een studie naar long covid en chronische vermoeidheid. Deelnemers kunnen zich aanmelden via de website.",
    },
    {
        "language": "pl",
        "kind": "marketing",
        "text": "Salon optyczny Wzrok: okulary progresywne dla osób z prezbiopią, soczewki dla dzieci z krótkowzrocznością, bezpłatne badanie wzroku w soboty.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Vacancy: Healthcare Assistant in our learning disability service. Experience with autism, epilepsy or PEG feeding is welcome but full training is given.",
    },
    {
        "language": "fr",
        "kind": "docs",
        "text": "Guide du logiciel de rendez-vous : le praticien choisit le motif (suivi de grossesse, vaccination, renouvellement d'ordonnance) et la durée est calculée automatiquement.",
    },
    # --- the same frames (testimonials, newsletters) about one person -------------------------------
    {
        "language": "en",
        "kind": "marketing",
        "text": "“After my ⟦HEALTH_DATA|hip replacement⟧ the team had me walking the prom again in two weeks” – ⟦PERSON|Brenda Lowe⟧, 71, one of our physio patients.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Aus dem Hausnewsletter: Unser Bewohner ⟦PERSON|Albert Kunz⟧ feierte seinen 90. Geburtstag, trotz seiner ⟦HEALTH_DATA|Demenz⟧ erkannte er alle Gäste.",
    },
    {
        "language": "nl",
        "kind": "marketing",
        "text": "Patiëntverhaal: ⟦PERSON|Ingrid Bakker⟧ (58) kreeg ⟦HEALTH_DATA|borstkanker⟧ en vertelt hoe het bevolkingsonderzoek haar leven redde.",
    },
    {
        "language": "es",
        "kind": "marketing",
        "text": "Testimonio: «Gracias a la unidad del dolor, mis ⟦HEALTH_DATA|migrañas⟧ han bajado a una al mes», cuenta ⟦PERSON|Rocío Gallardo⟧, paciente desde 2024.",
    },
    {
        "language": "it",
        "kind": "marketing",
        "text": "Dalla newsletter: il nostro paziente ⟦PERSON|Franco Rinaldi⟧, colpito da ⟦HEALTH_DATA|ictus⟧ a gennaio, è tornato a camminare grazie alla riabilitazione.",
    },
    {
        "language": "pl",
        "kind": "marketing",
        "text": "Historia pacjenta: pan ⟦PERSON|Zbigniew Kaczmarek⟧ po ⟦HEALTH_DATA|amputacji⟧ nogi wrócił do pracy dzięki nowej protezie z naszej pracowni.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Témoignage : « Ma fille ⟦PERSON|Léa⟧ est ⟦HEALTH_DATA|diabétique⟧ depuis ses 4 ans, l'infirmière scolaire formée par votre réseau a tout changé. »",
    },
]
