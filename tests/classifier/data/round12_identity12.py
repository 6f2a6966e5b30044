"""Round 12 (identity12): hand-written development texts for the identity categories in seven languages.

Written for this round before the classifier was run on them, in our own settings and wording (not copied or
paraphrased from any corpus split): equality-monitoring answers and HR, care and support notes that state a
person's ethnic origin (census-style categories, Roma, Sinti, Travellers, Sámi, Lemko, Sorbian and other
minorities), religion shown by observance or a role in a faith community, trade-union membership named by the union
or by a union role, same-sex partners and marriages stated about a person, convictions stated in the six
continental languages and English, and biometric templates. Invented people only. About a third are clean
look-alikes that use the same words about markets, food, languages, company history, news about unions, venues and
devices, and must stay at most INTERNAL. Spans use the corpus markup ``⟦TYPE|value⟧``
(``classifier.devcorpus.generate.parse_markup``).
"""

TEXTS = [
    # --- Ethnic origin ---------------------------------------------------------------------------------------------
    {
        "language": "en",
        "kind": "hr",
        "text": "Diversity return for ⟦PERSON|Marcus Bell⟧ (night shift). Ethnicity: ⟦ETHNIC_ORIGIN|Mixed White and Black Caribbean⟧. Sexual orientation: prefer not to say.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Care plan review: ⟦PERSON|Bridget Ward⟧ is an ⟦ETHNIC_ORIGIN|Irish Traveller⟧ and has asked that visits are arranged through her daughter, who reads the letters to her.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "staff_no,full_name,ethnic_group,grade\n5521,⟦PERSON|Shauna Riley⟧,⟦ETHNIC_ORIGIN|White Gypsy or Irish Traveller⟧,B3\n5522,⟦PERSON|Tunde Bakare⟧,⟦ETHNIC_ORIGIN|Black African⟧,B2",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Mentoring scheme: ⟦PERSON|Rumana Begum⟧ is of ⟦ETHNIC_ORIGIN|Bangladeshi⟧ heritage and has asked to be paired with a senior colleague from a similar background.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Complaint from ⟦PERSON|Nils Aslak Gaup⟧: he says the hotel clerk mocked him for being ⟦ETHNIC_ORIGIN|Sámi⟧ when he checked in wearing his gákti.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Grievance notes: ⟦PERSON|Janelle Foster⟧ describes herself as ⟦ETHNIC_ORIGIN|Black Caribbean⟧ and says the comments about her hair started after the team move.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Personalbogen ⟦PERSON|Milan Hornik⟧, Cottbus. Ethnische Zugehörigkeit: ⟦ETHNIC_ORIGIN|Sorbe⟧. Sprachen: Deutsch, Niedersorbisch.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Pflegedokumentation: Herr ⟦PERSON|Dragan Nikolić⟧ ist ⟦ETHNIC_ORIGIN|Rom⟧ und wünscht, dass seine Familie bei den Visiten dabei sein darf.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Note RH : ⟦PERSON|Manuel Reyes⟧ est issu de la communauté ⟦ETHNIC_ORIGIN|gitane⟧ de Perpignan et signale des remarques répétées de son chef d'équipe.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Dossier d'accompagnement de ⟦PERSON|Mme Ouiza Kerbouche⟧ : origine ethnique ⟦ETHNIC_ORIGIN|kabyle⟧, parle tamazight et français, vit seule.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "Segnalazione: ⟦PERSON|Elvis Halilović⟧ appartiene alla comunità ⟦ETHNIC_ORIGIN|sinti⟧ di Bolzano e riferisce di essere stato escluso dai turni festivi.",
    },
    {
        "language": "it",
        "kind": "support",
        "text": "Scheda assistito: ⟦PERSON|Berivan Aslan⟧, ⟦ETHNIC_ORIGIN|di etnia curda⟧, arrivata a Torino nel 2015, necessita di mediatrice culturale.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "Informe de acoso: la familia de ⟦PERSON|Rocío Montoya⟧ es ⟦ETHNIC_ORIGIN|de etnia gitana⟧ y varios compañeros hacían bromas sobre ello en el almacén.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "Encuesta de diversidad - ⟦PERSON|Yesenia Caicedo⟧. Origen étnico: ⟦ETHNIC_ORIGIN|afrodescendiente⟧. Discapacidad: no.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Gespreksverslag: ⟦PERSON|Ricardo Martina⟧ is van ⟦ETHNIC_ORIGIN|Curaçaose⟧ afkomst en voelt zich buitengesloten door grappen over zijn accent.",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "Intake wijkteam, ⟦PERSON|mevrouw Sranan-Lie⟧. Etniciteit: ⟦ETHNIC_ORIGIN|Creools⟧. Woont samen met haar kleinzoon.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Notatka kadrowa: ⟦PERSON|Jan Kwiek⟧ ma ⟦ETHNIC_ORIGIN|pochodzenie romskie⟧ i zgłosił, że kierownik zmiany obraża go z tego powodu.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Ankieta pracownicza - ⟦PERSON|Anna Hryń⟧. Pochodzenie etniczne: ⟦ETHNIC_ORIGIN|łemkowskie⟧. Wyznanie: ⟦RELIGIOUS_BELIEF|prawosławne⟧.",
    },
    # --- Religion by observance, role, label -------------------------------------------------------------------------
    {
        "language": "en",
        "kind": "hr",
        "text": "Rota note: ⟦PERSON|Imran Qureshi⟧ leaves at 12:30 on Fridays for ⟦RELIGIOUS_BELIEF|Friday prayers⟧ and makes the time up on Monday.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Yusuf Ahmed⟧ will be ⟦RELIGIOUS_BELIEF|fasting during Ramadan⟧ from next week, so please don't book him for the client lunches.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Leave request: ⟦PERSON|Ruth Adler⟧ asks for ⟦RELIGIOUS_BELIEF|Yom Kippur⟧ off and will swap her Saturday shift because she keeps the ⟦RELIGIOUS_BELIEF|Sabbath⟧.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Volunteer record - ⟦PERSON|Grace Okafor⟧. Religion: ⟦RELIGIOUS_BELIEF|Pentecostal⟧. She is a ⟦RELIGIOUS_BELIEF|deaconess⟧ at her church and can't do Sunday mornings.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Schichtplanung: Herr ⟦PERSON|Cohen⟧ arbeitet am ⟦RELIGIOUS_BELIEF|Schabbat⟧ nicht, bitte freitags ab 15 Uhr nicht einplanen.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "⟦PERSON|Petra Vogt⟧ ist ⟦RELIGIOUS_BELIEF|Kirchenvorsteherin⟧ in ihrer Gemeinde und bittet deshalb um den Ostermontag frei.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Karim Benali⟧ fait le ⟦RELIGIOUS_BELIEF|ramadan⟧ cette année et demande à décaler sa pause déjeuner après le coucher du soleil.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "⟦PERSON|Giulia Ferri⟧ fa la ⟦RELIGIOUS_BELIEF|catechista⟧ in parrocchia il sabato pomeriggio, quindi non può fare il turno delle 14.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Samuel Benarroch⟧ pidió el día libre por ⟦RELIGIOUS_BELIEF|Yom Kipur⟧ y otro para ⟦RELIGIOUS_BELIEF|Rosh Hashaná⟧.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Fatima el Idrissi⟧ ⟦RELIGIOUS_BELIEF|vast tijdens de ramadan⟧ en wil in die weken liever vroege diensten.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "⟦PERSON|Tomasz Nowak⟧ jest ⟦RELIGIOUS_BELIEF|Świadkiem Jehowy⟧ i prosi, żeby nie przydzielać go do obsługi imprez świątecznych.",
    },
    # --- Trade union by name and role ------------------------------------------------------------------------------
    {
        "language": "en",
        "kind": "hr",
        "text": "⟦PERSON|Gary Nolan⟧ is the ⟦TRADE_UNION_MEMBERSHIP|Unite⟧ shop steward for the night shift and will sit in on the consultation.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Disciplinary hearing: ⟦PERSON|Kelly Marsh⟧ will be accompanied by her ⟦TRADE_UNION_MEMBERSHIP|Usdaw⟧ rep.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "FYI ⟦PERSON|Priya Nair⟧ was elected ⟦TRADE_UNION_MEMBERSHIP|GMB branch secretary⟧ last month, so facility time needs adding to her rota.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "⟦PERSON|Uwe Krämer⟧ ist seit 2012 Mitglied der ⟦TRADE_UNION_MEMBERSHIP|IG BAU⟧ und vertritt die Kolonne im Gespräch mit der Bauleitung.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Gehaltsabrechnung ⟦PERSON|Sabine Lorenz⟧: Der Abzug für ihre ⟦TRADE_UNION_MEMBERSHIP|ver.di⟧-Mitgliedschaft entfällt ab Mai.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Sylvie Martin⟧ est déléguée ⟦TRADE_UNION_MEMBERSHIP|CGT⟧ sur le site de Roissy depuis 2021.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Henk Bos⟧ is kaderlid van de ⟦TRADE_UNION_MEMBERSHIP|FNV⟧ en neemt deel aan het overleg over het sociaal plan.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "⟦PERSON|Marek Zieliński⟧ należy do ⟦TRADE_UNION_MEMBERSHIP|Solidarności⟧ od 1990 roku i jest skarbnikiem komisji zakładowej.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Lucía Prieto⟧ es delegada de ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧ en la planta de Getafe.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "⟦PERSON|Paolo Greco⟧ è iscritto alla ⟦TRADE_UNION_MEMBERSHIP|FIOM⟧ e chiede la trattenuta sindacale in busta paga.",
    },
    # --- Orientation: same-sex partners and marriages ----------------------------------------------------------------
    {
        "language": "en",
        "kind": "hr",
        "text": "Benefits update: ⟦PERSON|Tom Reilly⟧ asked to add his ⟦SEX_LIFE_ORIENTATION|same-sex partner⟧ to the private health plan from June.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "⟦PERSON|Jens Albers⟧ lebt in einer ⟦SEX_LIFE_ORIENTATION|gleichgeschlechtlichen Ehe⟧ und beantragt Sonderurlaub für die Adoption.",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "⟦PERSON|Julien Morel⟧ a épousé son ⟦SEX_LIFE_ORIENTATION|compagnon⟧ en juin ; merci de mettre à jour sa mutuelle.",
    },
    {
        "language": "it",
        "kind": "marketing",
        "text": "Testimonianza: ⟦PERSON|Chiara Conti⟧ ha sposato la sua ⟦SEX_LIFE_ORIENTATION|compagna⟧ nel nostro agriturismo e ce lo racconta.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Andrés Vidal⟧ y su ⟦SEX_LIFE_ORIENTATION|marido⟧ han adoptado a una niña; solicita el permiso por nacimiento y cuidado.",
    },
    {
        "language": "pl",
        "kind": "marketing",
        "text": "⟦PERSON|Agnieszka Wróbel⟧ przyjechała do nas ze swoją ⟦SEX_LIFE_ORIENTATION|partnerką⟧ na weekend w Zakopanem.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "⟦PERSON|Pieter de Vries⟧ is getrouwd met zijn ⟦SEX_LIFE_ORIENTATION|vriend⟧ Bas; het partnerpensioen moet worden aangepast.",
    },
    # --- Criminal record -------------------------------------------------------------------------------------------
    {
        "language": "fr",
        "kind": "hr",
        "text": "Vérification préalable : ⟦PERSON|Kevin Laurent⟧ a été ⟦CRIMINAL_RECORD|condamné pour vol avec effraction en 2017⟧, selon l'extrait de casier fourni.",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Screening ⟦PERSON|Mark Jansen⟧: ⟦CRIMINAL_RECORD|veroordeeld wegens mishandeling in 2020⟧, geen VOG afgegeven.",
    },
    {
        "language": "it",
        "kind": "hr",
        "text": "Dal certificato penale risulta che ⟦PERSON|Luca Bassi⟧ ha una ⟦CRIMINAL_RECORD|condanna per furto del 2016⟧.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "⟦PERSON|Javier Ortega⟧ fue ⟦CRIMINAL_RECORD|condenado por estafa en 2015⟧ y cumplió la pena en Valencia.",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Z zaświadczenia wynika, że ⟦PERSON|Piotr Lis⟧ był ⟦CRIMINAL_RECORD|skazany za kradzież w 2018 roku⟧.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Führungszeugnis ⟦PERSON|Sven Roth⟧: ⟦CRIMINAL_RECORD|Verurteilung wegen Betrugs im Jahr 2019⟧.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "DBS check returned for ⟦PERSON|Liam Doyle⟧: ⟦CRIMINAL_RECORD|convicted of burglary in 2014⟧, spent conviction.",
    },
    # --- Biometrics ------------------------------------------------------------------------------------------------
    {
        "language": "fr",
        "kind": "hr",
        "text": "Contrôle d'accès : l'⟦BIOMETRIC_DATA|empreinte palmaire⟧ de ⟦PERSON|Chloé Blanc⟧ n'est plus reconnue par le lecteur du bâtiment B.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Ticket: ⟦PERSON|Owen Price⟧'s ⟦BIOMETRIC_DATA|palm vein scan⟧ keeps failing at the data-centre gate; please re-enrol him.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Das ⟦BIOMETRIC_DATA|Gesichtstemplate⟧ von ⟦PERSON|Lea Schulz⟧ wurde nach dem Zugangsfehler gelöscht und neu angelegt.",
    },
    {
        "language": "es",
        "kind": "hr",
        "text": "Se registró la ⟦BIOMETRIC_DATA|huella palmar⟧ de ⟦PERSON|Marta Gil⟧ para el nuevo control de presencia.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Zgłoszenie: ⟦BIOMETRIC_DATA|skan naczyń dłoni⟧ ⟦PERSON|Ewy Sadowskiej⟧ nie jest rozpoznawany przy wejściu do serwerowni.",
    },
    # --- Clean look-alikes: must stay at most INTERNAL ---------------------------------------------------------------
    {
        "language": "en",
        "kind": "marketing",
        "text": "Our Caribbean street-food stall is back at the riverside market this Saturday: jerk chicken, plantain and rum punch.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "The Irish market grew by 4% last quarter, led by our Cork and Galway stores.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "The new plant manager has strong engineering roots and joined us from a turbine maker in Derby.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Ramadan opening hours: the Bradford branch closes at 18:00 on weekdays until the end of the month.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Unite your team behind one plan: the Q3 kickoff deck is on the shared drive.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The palm reader at gate 3 is out of service; use the card reader until the engineer arrives on Tuesday.",
    },
    {
        "language": "en",
        "kind": "marketing",
        "text": "Our barn hosts same-sex weddings and civil partnerships all year round; ask about the winter rates.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Unser Unternehmen hat seine Wurzeln im Maschinenbau und liefert seit 1952 Pumpen nach ganz Europa.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "IG BAU und die Arbeitgeber haben sich auf einen neuen Tarifvertrag für das Gebäudereinigerhandwerk geeinigt.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Ramadan-Angebote: Datteln, Baklava und Sesamkringel diese Woche zum halben Preis.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "La CGT appelle à la grève le 12 mars ; les trains régionaux seront perturbés toute la journée.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Notre maison a des racines alsaciennes : kougelhopf, bretzels et vins de la route des vins.",
    },
    {
        "language": "it",
        "kind": "marketing",
        "text": "Serata di cucina curda e armena al circolo, con musica dal vivo e prenotazione obbligatoria.",
    },
    {
        "language": "it",
        "kind": "support",
        "text": "Il programma fedeltà vale anche per le coppie: porta tuo marito o tua moglie a cena e il dolce è offerto.",
    },
    {
        "language": "es",
        "kind": "marketing",
        "text": "Clases de flamenco y cante gitano para principiantes los martes y jueves en el centro cultural.",
    },
    {
        "language": "es",
        "kind": "marketing",
        "text": "La bodega tiene raíces andaluzas y exporta fino y manzanilla a doce países.",
    },
    {
        "language": "nl",
        "kind": "marketing",
        "text": "Onze kaasmakerij heeft Friese roots en levert sinds 1920 aan markten in heel Nederland.",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "De FNV en werkgevers praten volgende week verder over de cao voor het streekvervoer.",
    },
    {
        "language": "pl",
        "kind": "marketing",
        "text": "Festiwal kultury łemkowskiej odbędzie się w lipcu; zapraszamy na koncerty i warsztaty pisania ikon.",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Wyrok w sprawie przetargu na dostawę autobusów zapadł w 2019 roku; spółka odwołała się do sądu.",
    },
    {
        "language": "fr",
        "kind": "marketing",
        "text": "Condamné à l'échec selon les experts, notre prototype a finalement été lancé en 2019.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Die Handvenenscanner am Haupteingang werden am Samstag gewartet; bitte den Seiteneingang nutzen.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "The Traveller site on Mill Lane gets new water points next month; the council notice is attached.",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Friday prayers: the multi-faith room is booked from 12:30 to 13:30 every Friday, other meetings please use room 4.",
    },
    {
        "language": "nl",
        "kind": "marketing",
        "text": "Curaçaose keuken op de zomermarkt: keshi yena, pastechi en bolo pretu, zaterdag vanaf 11 uur.",
    },
    {
        "language": "pl",
        "kind": "marketing",
        "text": "Kurs języka kaszubskiego dla początkujących rusza we wrześniu w Kartuzach, zapisy w bibliotece.",
    },
    {
        "language": "it",
        "kind": "support",
        "text": "La FIOM ha firmato l'accordo sul premio di produzione per lo stabilimento di Melfi.",
    },
    {
        "language": "es",
        "kind": "support",
        "text": "La empresa fue condenada por competencia desleal en 2018 y pagó la multa impuesta por la CNMC.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Am Schabbat bleibt unser Hotelrestaurant geöffnet; der Schabbat-Aufzug hält in jedem Stockwerk.",
    },
]
