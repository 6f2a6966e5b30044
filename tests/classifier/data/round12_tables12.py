"""Round 12 (tables12): hand-written development texts for identifiers, birth dates and passwords in tables and forms.

Written for this round before the classifier was run on them: national identifiers in CSV, semicolon and tab
exports, SQL INSERT statements and JSON records whose column header or key says what the value is (NIF, SVNR,
Steuer-ID, BSN, PESEL, DNI, NIR, codice fiscale, national_id); birth dates asked for in a support chat or call
transcript and answered in the next turn, or announced by a label with words between it and the date; passwords
in config files and command lines that hold a '#'; and, as clean look-alikes, the same tables with order, invoice
and meter numbers and dates that are no birth dates (created_at, valid_from, delivery date), reference numbers
shaped like a US social security number in European texts, log lines and fixtures without a person. Invented
people; identifiers checksum-valid from ``classifier.devcorpus.ids``. Spans use the corpus markup ``⟦TYPE|value⟧``
(``classifier.devcorpus.generate.parse_markup``). Not copied or paraphrased from any corpus split.
"""

TEXTS = [
    # --- national identifiers under a column header or a key ---------------------------------------------------
    {
        "language": "es",
        "kind": "code",
        "text": "La importación falla en la línea 3, ¿alguien ve por qué?\nnome;nif;cidade\n⟦PERSON|Teresa Amaral Quintas⟧;⟦PT_NIF|249628821⟧;Braga\n⟦PERSON|Duarte Sequeira⟧;⟦PT_NIF|264006950⟧;Viseu",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "Seed for the Lisbon payroll test, please scrub before committing:\nINSERT INTO contractors (full_name, nif, city) VALUES\n  ('⟦PERSON|Rodrigo Figueiredo⟧', '⟦PT_NIF|289160553⟧', 'Porto'),\n  ('⟦PERSON|Sofia Mendonça⟧', '⟦PT_NIF|173910912⟧', 'Faro');",
    },
    {
        "language": "en",
        "kind": "code",
        "text": 'Customer record from the CRM API (GET /v2/customers/8812):\n{"customer_name": "⟦PERSON|Vasco Teles⟧", "tax_number": "⟦PT_NIF|286278987⟧", "segment": "retail", "created_at": "2025-11-03"}',
    },
    {
        "language": "de",
        "kind": "code",
        "text": "Lohnexport für das Steuerbüro, Spalten prüfen:\nname,steuer_id,eintritt,abteilung\n⟦PERSON|Henrike Lassbeck⟧,⟦DE_TAX_ID|83052964762⟧,2021-04-01,Logistik\n⟦PERSON|Malte Iversen⟧,⟦DE_TAX_ID|15 387 296 492⟧,2023-09-15,Einkauf",
    },
    {
        "language": "de",
        "kind": "code",
        "text": "Warum lehnt ELSTER den Datensatz ab?\n<arbeitnehmer>\n  <name>⟦PERSON|Jörg Wiesenthal⟧</name>\n  <steuerIdNr>⟦DE_TAX_ID|23670974850⟧</steuerIdNr>\n  <steuerklasse>1</steuerklasse>\n</arbeitnehmer>",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Personalstamm (Auszug), bitte in die neue Tabelle übernehmen:\nPersonalnr | Name | Steuer-ID | Konfession\n4471 | ⟦PERSON|Sabine Treuholz⟧ | ⟦DE_TAX_ID|46279182037⟧ | ev\n4472 | ⟦PERSON|Lukas Berndorf⟧ | ⟦DE_TAX_ID|65 270 138 548⟧ | --",
    },
    {
        "language": "de",
        "kind": "code",
        "text": 'Testdaten für die Lohnverrechnung Wien:\n[\n  {"vorname": "⟦PERSON|Katharina⟧", "nachname": "⟦PERSON|Pöltl⟧", "svnr": "⟦AT_SVNR|3138140579⟧", "eintritt": "2024-03-01"},\n  {"vorname": "⟦PERSON|Florian⟧", "nachname": "⟦PERSON|Hasenöhrl⟧", "svnr": "⟦AT_SVNR|3885 080290⟧", "eintritt": "2022-10-17"}\n]',
    },
    {
        "language": "en",
        "kind": "code",
        "text": "Vienna staff sheet, which columns are personal data?\nemployee,social_insurance_no,team,start\n⟦PERSON|Elisabeth Grabherr⟧,⟦AT_SVNR|4533 301162⟧,Finance,2019-02-01\n⟦PERSON|Markus Oberhuber⟧,⟦AT_SVNR|9739010785⟧,IT,2020-06-15",
    },
    {
        "language": "nl",
        "kind": "code",
        "text": "Kun je deze export naar JSON omzetten?\nnaam\tbsn\tafdeling\n⟦PERSON|Marieke Hoogendijk⟧\t⟦NL_BSN|396822137⟧\tInkoop\n⟦PERSON|Sander Verbeek⟧\t⟦NL_BSN|436837055⟧\tMagazijn",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "Why does the unique constraint fail?\nINSERT INTO clients (id, client_name, bsn, created_at) VALUES (17, '⟦PERSON|Femke de Wit⟧', '⟦NL_BSN|2240.18.760⟧', '2026-01-12');",
    },
    {
        "language": "pl",
        "kind": "hr",
        "text": "Lista do ubezpieczenia grupowego, sprawdź format:\nnazwisko,imie,pesel,dzial\n⟦PERSON|Kowalczyk⟧,⟦PERSON|Marta⟧,⟦PL_PESEL|84030969386⟧,księgowość\n⟦PERSON|Nowicki⟧,⟦PERSON|Adam⟧,⟦PL_PESEL|91112380593⟧,magazyn",
    },
    {
        "language": "pl",
        "kind": "code",
        "text": 'Dlaczego walidacja odrzuca ten rekord?\n{"imie_nazwisko": "⟦PERSON|Zofia Ratajczak⟧", "nr_pesel": "⟦PL_PESEL|01211744008⟧", "oddzial": "Poznań"}',
    },
    {
        "language": "es",
        "kind": "code",
        "text": "Convierte a tabla markdown:\nnombre;dni;puesto\n⟦PERSON|Lorena Cifuentes⟧;⟦ES_NIF|89722367B⟧;recepción\n⟦PERSON|Iñaki Etxeberria⟧;⟦ES_NIF|30228988-L⟧;almacén",
    },
    {
        "language": "fr",
        "kind": "hr",
        "text": "Export paie à contrôler avant envoi au cabinet :\nnom,num_secu,service\n⟦PERSON|Anne-Laure Vasseur⟧,⟦FR_NIR|270103116127894⟧,comptabilité\n⟦PERSON|Thibaut Lemaire⟧,⟦FR_NIR|183046710180008⟧,atelier",
    },
    {
        "language": "it",
        "kind": "code",
        "text": "Perché il CSV non si importa?\ncognome;nome;cf;reparto\n⟦PERSON|Ferrante⟧;⟦PERSON|Giulia⟧;⟦IT_FISCAL_CODE|FRRGLI88B54G273S⟧;amministrazione\n⟦PERSON|Bellandi⟧;⟦PERSON|Marco⟧;⟦IT_FISCAL_CODE|BLLMRC75P03G273Q⟧;magazzino",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "Fixture rows for the onboarding tests (real data slipped in):\nname,national_id,country\n⟦PERSON|Joana Prates⟧,⟦PT_NIF|340695242⟧,PT\n⟦PERSON|Bastian Kröger⟧,⟦DE_TAX_ID|19250364707⟧,DE\n⟦PERSON|Wiebke Hansen⟧,⟦NL_BSN|2174.05.654⟧,NL",
    },
    {
        "language": "en",
        "kind": "hr",
        "text": "Seasonal pickers - payroll import\nname,mobile,tax_or_insurance_no\n⟦PERSON|Dorota Wiśniewska⟧,⟦PHONE_NUMBER|+48 601 284 337⟧,⟦PL_PESEL|76060205673⟧\n⟦PERSON|Miguel Arruda⟧,⟦PHONE_NUMBER|+351 913 552 408⟧,⟦PT_NIF|156032643⟧",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Meine Steuer-ID für die Anmeldung beim Stromanbieter lautet ⟦DE_TAX_ID|29 675 980 438⟧, das Feld im Portal nimmt sie nicht an. Gruß, ⟦PERSON|Ute Brakelmann⟧",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hello, my father's Portuguese NIF for the December pharmacy invoice is ⟦PT_NIF|109668120⟧, please add it. Thanks, ⟦PERSON|Carla Sobral⟧",
    },
    # --- birth dates: a question in one turn, the answer in the next; labels with words between ---------------
    {
        "language": "de",
        "kind": "support",
        "text": "Telefonnotiz Hausratversicherung:\nMitarbeiter: Und Ihr Geburtsdatum, bitte?\nKundin: ⟦DATE_OF_BIRTH|03.04.1961⟧\nMitarbeiter: Danke, Frau ⟦PERSON|Leimbach⟧, der Schaden ist aufgenommen.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Chatverlauf Fitnessstudio, bitte zusammenfassen:\nBot: Wie lautet Ihr Geburtsdatum?\nNutzer: ⟦DATE_OF_BIRTH|22.11.1994⟧\nNutzer: ich möchte meinen Vertrag kündigen, mein Name ist ⟦PERSON|Till Amsberger⟧",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Hallo, mein Geburtsdatum zur Bestätigung meiner Identität: ⟦DATE_OF_BIRTH|08.09.1972⟧. Bitte schalten Sie den Zugang wieder frei. ⟦PERSON|Petra Külling⟧",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "Gesprek klantenservice bank, samenvatten graag:\nmedewerker: Mag ik uw geboortedatum?\nklant: ⟦DATE_OF_BIRTH|30-06-1985⟧\nklant: mijn pas is ingeslikt bij de automaat in Zwolle",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "Apotheek-chat:\nassistent: Wat is de geboortedatum van de patiënt?\nklant: ⟦DATE_OF_BIRTH|11-02-2016⟧, het gaat om mijn dochter ⟦PERSON|Lotte⟧",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Call notes, energy supplier:\nAdvisor: Before I go on, can you confirm your date of birth?\nCustomer: ⟦DATE_OF_BIRTH|14 August 1983⟧.\nAdvisor: Thanks, Mr ⟦PERSON|Hollings⟧, I can see the meter reading now.",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Hi, you asked again for my date of birth, so here it is once more: ⟦DATE_OF_BIRTH|2 May 1990⟧. Please unlock the account. ⟦PERSON|Noor Haddad⟧",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Transcription appel mutuelle :\nconseillère : Votre date de naissance, s'il vous plaît ?\nadhérent : ⟦DATE_OF_BIRTH|19/03/1958⟧\nconseillère : merci Monsieur ⟦PERSON|Garnier⟧.",
    },
    {
        "language": "it",
        "kind": "support",
        "text": "Chat assistenza assicurazione auto:\noperatore: Mi conferma la data di nascita?\ncliente: ⟦DATE_OF_BIRTH|07/12/1979⟧\ncliente: sono ⟦PERSON|Donatella Ruggeri⟧, il sinistro è del mese scorso",
    },
    {
        "language": "es",
        "kind": "support",
        "text": "Conversación con el banco:\nagente: ¿Me indica su fecha de nacimiento?\ncliente: ⟦DATE_OF_BIRTH|25/10/1966⟧\ncliente: me llamo ⟦PERSON|Rafael Ortigosa⟧ y no puedo entrar en la app",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Rozmowa z infolinią przychodni:\nrejestracja: Poproszę datę urodzenia pacjenta.\npacjent: ⟦DATE_OF_BIRTH|05.01.1950⟧\npacjent: nazywam się ⟦PERSON|Henryk Zawadzki⟧",
    },
    {
        "language": "en",
        "kind": "support",
        "text": "Booking form (copied from the portal):\nTraveller: ⟦PERSON|Ines Moreau⟧\nBirth date (as in passport): ⟦DATE_OF_BIRTH|1992-07-18⟧\nSeat: window",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Personalbogen neu:\nName: ⟦PERSON|Jonas Fettweis⟧\nGeburtsdatum (TT.MM.JJJJ): ⟦DATE_OF_BIRTH|16.05.1998⟧\nEintritt: 01.02.2026",
    },
    {
        "language": "nl",
        "kind": "hr",
        "text": "Nieuwe medewerker invoeren:\nnaam: ⟦PERSON|Bram Oosterhuis⟧\ngeboortedatum volgens paspoort: ⟦DATE_OF_BIRTH|09-10-1989⟧\nstartdatum: 01-03-2026",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "members.csv, the import says column 3 is invalid:\nmember_no,name,birthdate,joined\nM-1031,⟦PERSON|Aoife Brennan⟧,⟦DATE_OF_BIRTH|1987-02-11⟧,2024-06-01\nM-1032,⟦PERSON|Ciarán Dolan⟧,⟦DATE_OF_BIRTH|1979-12-05⟧,2024-06-03",
    },
    # --- passwords in config and on command lines -------------------------------------------------------------
    {
        "language": "de",
        "kind": "code",
        "text": "Backup-Skript bricht ab:\nmysqldump -h db01 -u backup -p'⟦PASSWORD|Lindenblatt#42⟧' shop > /srv/backup/shop.sql",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "mqtt bridge config, the broker rejects us:\nconnection bridge-01\naddress broker.example.net:8883\nremote_username plant7\nremote_password ⟦PASSWORD|Kessel#Ost19⟧",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "docker-compose.yml\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ⟦PASSWORD|Fjord#Kajak2025⟧\n      POSTGRES_DB: bookings",
    },
    {
        "language": "fr",
        "kind": "code",
        "text": "Pourquoi la connexion échoue ?\n[database]\nhost = 10.0.4.12\nuser = compta\npassword = ⟦PASSWORD|Mistral#Rhone88⟧",
    },
    {
        "language": "it",
        "kind": "code",
        "text": "Il client non si collega:\nmosquitto_pub -h broker.locale -u sensori -P ⟦PASSWORD|Vigneto#Sud7⟧ -t 'serra/temp' -m 21.5",
    },
    {
        "language": "es",
        "kind": "code",
        "text": "La tarea cron falla:\n0 3 * * * curl -u informes:⟦PASSWORD|Olivo#Jaen2024⟧ https://intranet.example/export",
    },
    {
        "language": "nl",
        "kind": "code",
        "text": ".env van de webshop:\nDB_HOST=localhost\nDB_USER=shop\nDB_PASSWORD=⟦PASSWORD|Tulpen#Veld55⟧\nAPP_DEBUG=false",
    },
    # --- clean look-alikes -------------------------------------------------------------------------------------
    {
        "language": "de",
        "kind": "code",
        "text": "Bestellexport, warum fehlen Zeilen?\nbestellnr,artikel,menge,lieferdatum\n4402917731,Schrauben M6,200,2026-03-04\n4402917748,Dübel 8mm,150,2026-03-05",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "Fixture for the invoices test:\ninvoice_no,customer_id,issued_on,due_on,amount\n285535207,C-1102,2026-01-15,2026-02-14,1240.00\n285535215,C-1107,2026-01-16,2026-02-15,86.50",
    },
    {
        "language": "nl",
        "kind": "code",
        "text": "meterstanden.csv\nmeternummer;datum;stand\n871687120054;01-01-2026;4412\n871687120061;01-01-2026;3098",
    },
    {
        "language": "pl",
        "kind": "support",
        "text": "Proszę o potwierdzenie przelewu za fakturę. Numer referencyjny: 770-41-2296, kwota 412,00 zł, termin płatności 15.03.2026.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Ihre Sendung 412-88-3065 wird am Dienstag zugestellt. Vorgang 2026-0117, Depot Kassel.",
    },
    {
        "language": "fr",
        "kind": "support",
        "text": "Votre dossier 531-24-7710 a été transmis au service technique le 12/02/2026. Délai estimé : 5 jours ouvrés.",
    },
    {
        "language": "es",
        "kind": "support",
        "text": "El expediente 604-17-2288 del ayuntamiento sigue en trámite; la licencia de obra se resolverá antes del 30/04/2026.",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "migrations/0042_contracts.sql\nINSERT INTO contracts (contract_no, start_date, end_date, tariff) VALUES\n  ('K-77120', '2024-01-01', '2026-12-31', 'basic'),\n  ('K-77121', '2025-05-01', '2027-04-30', 'plus');",
    },
    {
        "language": "it",
        "kind": "code",
        "text": 'Risposta API ordini:\n{"ordine": 90031277, "data_ordine": "2026-02-19", "data_consegna": "2026-02-24", "stato": "spedito"}',
    },
    {
        "language": "en",
        "kind": "code",
        "text": "nginx error log, what does this mean?\n2026/03/02 11:42:07 [error] 3112#3112: *8841 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.3.15, server: shop.internal",
    },
    {
        "language": "de",
        "kind": "code",
        "text": "Jenkins-Log:\n[2026-03-02 06:15:44] Build #4471 gestartet von Zeitplan\n[2026-03-02 06:19:02] Tests: 812 bestanden, 3 übersprungen\n[2026-03-02 06:19:05] Artefakt shop-2.14.0.jar veröffentlicht",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "settings.py\nPASSWORD_RESET_TIMEOUT = 259200\nAUTH_PASSWORD_VALIDATORS = [{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'}]\n# password hashing: see PASSWORD_HASHERS below",
    },
    {
        "language": "fr",
        "kind": "code",
        "text": "config.ini\n[smtp]\nhost = smtp.example.fr\nport = 587\n# mot de passe : voir le coffre (vault kv get smtp/prod)\npassword = ${SMTP_PASSWORD}",
    },
    {
        "language": "nl",
        "kind": "code",
        "text": "Logregel van de betaalterminal:\n2026-02-11T08:03:55Z INFO terminal=NL-4471 txn=000912 bedrag=12,40 status=OK duur=412ms",
    },
    {
        "language": "es",
        "kind": "code",
        "text": "Tabla de tarifas:\ncodigo;descripcion;vigente_desde;vigente_hasta\nT-01;Tarifa general;2025-01-01;2025-12-31\nT-02;Tarifa nocturna;2026-01-01;2026-12-31",
    },
    {
        "language": "pl",
        "kind": "code",
        "text": "Eksport magazynu:\nindeks;nazwa;ilosc;data_przyjecia\n500231774;Rękawice robocze;120;2026-01-08\n500231781;Kask ochronny;35;2026-01-09",
    },
    {
        "language": "en",
        "kind": "code",
        "text": "pytest output:\nFAILED tests/test_billing.py::test_vat_rounding - AssertionError: assert 19.99 == 20.0\n===== 1 failed, 214 passed in 12.41s =====",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Das Formular fragt nach dem Geburtsdatum, aber das Feld bleibt bei uns leer, weil wir nur Firmenkunden haben. Wie können wir es ausblenden?",
    },
    {
        "language": "nl",
        "kind": "support",
        "text": "Chat webshop:\nklant: wanneer wordt mijn bestelling geleverd?\nmedewerker: Uw bestelling wordt op 14-03-2026 bezorgd, tussen 10:00 en 14:00.",
    },
    {
        "language": "en",
        "kind": "code",
        "text": 'Kubernetes CronJob, the schedule looks wrong:\nspec:\n  schedule: "0 2 * * 1"\n  startingDeadlineSeconds: 3600\n  jobTemplate:\n    spec:\n      backoffLimit: 2',
    },
    {
        "language": "it",
        "kind": "code",
        "text": "Estratto fatture:\nnumero;data_emissione;imponibile;iva\n2026/0412;15/01/2026;1.200,00;264,00\n2026/0413;16/01/2026;480,00;105,60",
    },
    {
        "language": "fr",
        "kind": "code",
        "text": "Export des compteurs :\nnum_compteur,date_releve,index\n09213377412,2026-01-31,18422\n09213377429,2026-01-31,7731",
    },
]
