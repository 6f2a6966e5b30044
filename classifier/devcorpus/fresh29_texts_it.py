"""Hand-written Italian texts of the tuning split fresh29: farmacie, ASL e CUP, fondi sanitari, RSA e cooperative sociali, parrocchie, sindacati, partiti e associazioni di pazienti."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Buongiorno, la farmacia comunale di via Roma fa i tamponi anche il sabato pomeriggio?",
    },
    {
        "kind": "support",
        "text": "Oggetto: Richiesta esenzione ticket per patologia e rimborso\n\nGentile Ufficio Esenzioni,\n\nvi scrivo per chiedere il rilascio dell'esenzione codice 013 per ⟦HEALTH_DATA|diabete mellito di tipo 2⟧, diagnosticato a marzo dal centro antidiabetico dell'ospedale Sant'Eugenio. Allego il certificato dello specialista.\n\nNel frattempo ho pagato 3 ticket per le visite di controllo (36,15 € ciascuno): chiedo il rimborso sul conto ⟦IBAN_CODE|IT48 Y509 0718 6708 3090 6643 841⟧.\n\nDati: ⟦PERSON|Giuliana Ferraresi⟧, nata a Roma l'⟦DATE_OF_BIRTH|08/03/1972⟧, codice fiscale ⟦IT_FISCAL_CODE|FRRGLN72C48H501Y⟧, residente in ⟦STREET_ADDRESS|via Tuscolana 914, 00174 Roma⟧.\n\nCordiali saluti\n⟦PERSON|Giuliana Ferraresi⟧\n⟦PHONE_NUMBER|347 218 6630⟧",
    },
    {
        "kind": "support",
        "text": "Risposta automatica – CUP Aziendale\n\nGrazie per averci scritto. Le prenotazioni di visite ed esami si effettuano al numero verde 800 638 638 (lunedì-venerdì 8:00-18:00, sabato 8:00-13:00), in farmacia o online sul portale regionale. Per disdire una prenotazione è sufficiente rispondere all'SMS di promemoria almeno 3 giorni lavorativi prima. Questa casella non gestisce richieste di prenotazione.",
    },
    {
        "kind": "support",
        "text": "[18:03] ⟦PERSON|Rosaria⟧: Buonasera, volevo sapere se giovedì viene sempre ⟦PERSON|Daniele⟧ o cambia educatore\n[18:10] Coop. Il Girasole – coordinamento: Buonasera signora, giovedì viene ⟦PERSON|Chiara⟧ perché ⟦PERSON|Daniele⟧ è in ferie. È già stata informata su tutto.\n[18:11] ⟦PERSON|Rosaria⟧: Ok ma le avete detto che mio figlio ⟦PERSON|Tommaso⟧ con la ⟦HEALTH_DATA|sindrome di Down⟧ adesso ha anche la ⟦HEALTH_DATA|celiachia⟧? Niente merenda dal bar\n[18:13] Coop. Il Girasole – coordinamento: Sì, è segnato nel piano individuale. Porterà lei la merenda senza glutine.",
    },
    {
        "kind": "support",
        "text": "Gentile cliente,\n\nil suo ordine n. FO-2025-118342 è stato affidato al corriere BRT e verrà consegnato entro 48 ore lavorative. Può seguire la spedizione con il codice 0537 1128 4401 sul sito del corriere.\n\nAttenzione: per i medicinali da banco e i dispositivi medici non è possibile il reso, salvo prodotto danneggiato. Per assistenza scriva tramite il modulo Contatti indicando il numero d'ordine.\n\nIl team di FarmaOnline",
    },
    {
        "kind": "support",
        "text": 'Traduci in tedesco questa lettera, la mando alla clinica di Merano:\n\n"Egregi signori, il 17 giugno ho effettuato presso di voi una visita privata di ⟦HEALTH_DATA|controllo oncologico⟧ (fattura n. 2025/0871). Il costo di 180 euro è stato addebitato due volte sulla mia carta ⟦CREDIT_CARD|4234 7873 5627 6545⟧. Vi chiedo di stornare il secondo addebito. Per qualsiasi chiarimento potete chiamarmi al ⟦PHONE_NUMBER|+39 333 904 1127⟧. Distinti saluti, ⟦PERSON|Ernesto Dalpiaz⟧"',
    },
    {
        "kind": "support",
        "text": 'Come posso vedere il referto delle analisi online?\nI referti di laboratorio sono disponibili nel Fascicolo Sanitario Elettronico entro 5 giorni lavorativi dal prelievo. Acceda con SPID, CIE o CNS, poi vada su "Documenti > Referti". Se il referto non compare, contatti il punto prelievi indicando il numero di accettazione riportato sul foglio di ritiro.',
    },
    {
        "kind": "support",
        "text": "Spett.le Fondo Sanitario,\n\ncon la presente trasmetto la documentazione per il rimborso dell'intervento di ⟦HEALTH_DATA|ricostruzione del legamento crociato anteriore⟧ eseguito il 9 maggio presso la Casa di Cura Villa Donatello (fattura n. 1142 del 16/05, 4.850 €).\n\nIscritto: ⟦PERSON|Davide Scarpellini⟧, codice fiscale ⟦IT_FISCAL_CODE|SCRDVD90P21D612K⟧, pratica n. 77-2025-3391.\nRimborso su: ⟦IBAN_CODE|IT44 Z552 1646 0214 7983 8410 064⟧\n\nDistinti saluti",
    },
    {
        "kind": "support",
        "text": "Buongiorno,\n\ngrazie per la segnalazione relativa al sensore GlicoLink 2. Il messaggio \"Errore sensore 7\" indica che il sensore ha perso il contatto con la pelle durante il periodo di riscaldamento (60 minuti). Le consigliamo di sostituirlo e di applicare il nuovo sensore sul retro del braccio, evitando zone con cicatrici.\n\nPer ricevere un sensore sostitutivo gratuito ci indichi il numero di lotto (LOT) riportato sulla confezione e l'ora in cui è comparso l'errore.\n\nCordiali saluti\nServizio Clienti GlicoLink Italia – numero verde 800 092 775",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": 'Cooperativa sociale Arcobaleno cerca OSS per RSA a Bergamo.\nContratto: CCNL Cooperative sociali, livello C1, tempo indeterminato dopo 6 mesi.\nTurni: mattino/pomeriggio, notte a rotazione (1 settimana su 5).\nRequisiti: attestato OSS, disponibilità ai turni festivi.\nInviare il curriculum tramite il portale "Lavora con noi", rif. OSS-BG-07.',
    },
    {
        "kind": "hr",
        "text": "SCHEDA ANAGRAFICA DIPENDENTE\nCognome e nome: ⟦PERSON|Sangaré Oumar⟧\nNato a: Palermo il ⟦DATE_OF_BIRTH|30/01/1986⟧\nCodice fiscale: ⟦IT_FISCAL_CODE|SNGMRO86A30G273Z⟧\nResidenza: ⟦STREET_ADDRESS|via Maqueda 287, 90134 Palermo⟧\nMansione: infermiere, Pronto Soccorso\nTrattenute: delega sindacale ⟦TRADE_UNION_MEMBERSHIP|FP CGIL⟧ (1 % retribuzione)\nIBAN accredito: ⟦IBAN_CODE|IT68 C586 0422 6636 0107 8682 751⟧",
    },
    {
        "kind": "hr",
        "text": "COMUNICATO UNITARIO FP CGIL – CISL FP – UIL FPL\n\nSanità privata: dopo 14 anni di attesa è stata firmata la preintesa per il rinnovo del contratto AIOP. Aumento medio di 220 euro mensili a regime, una tantum di 1.000 euro per il periodo di vacanza contrattuale e nuove regole su turni e reperibilità. Le assemblee nei luoghi di lavoro si terranno entro il 15 luglio; seguirà la consultazione di lavoratrici e lavoratori.",
    },
    {
        "kind": "hr",
        "text": "Verbale di colloquio – Ufficio del Personale\n\nIn data 05/06/2025 si è svolto il colloquio con l'infermiera ⟦PERSON|Fiorenza Bottazzi-Lenzi⟧ (matr. 22817, Medicina interna). La dipendente chiede l'esonero dai turni notturni, presentando certificato del neurologo da cui risulta una ⟦HEALTH_DATA|epilessia⟧ in trattamento con ⟦HEALTH_DATA|levetiracetam⟧; la privazione di sonno è indicata come fattore scatenante delle crisi. Si concorda l'invio al medico competente per il giudizio di idoneità con prescrizioni.",
    },
    {
        "kind": "hr",
        "text": "Si comunica che dal 1° settembre la mensa aziendale osserverà il nuovo orario 11:45-14:30. Il pasto si registra con il badge; chi non lo avesse ancora attivato può rivolgersi all'Ufficio Personale (piano terra, stanza 04) dal lunedì al venerdì, 9:00-12:00.",
    },
    {
        "kind": "hr",
        "text": 'CURRICULUM VITAE\n\n⟦PERSON|Benedetta Zanardelli⟧\n⟦STREET_ADDRESS|Borgo Pinti 52, 50121 Firenze⟧ · ⟦PHONE_NUMBER|328 771 4092⟧ · ⟦EMAIL_ADDRESS|benedetta.zanardelli@libero.it⟧\n\nEsperienza\n2020-oggi  Educatrice professionale, Centro diurno per persone con disabilità "La Ginestra", Prato\n2017-2020  Assistente educativa scolastica, Comune di Sesto Fiorentino\n\nFormazione: Laurea in Scienze dell\'educazione, Università di Firenze (110/110)\n\nAltro: ⟦RELIGIOUS_BELIEF|catechista⟧ nella parrocchia di San Michele a Rovezzano dal 2015; patente B, automunita.',
    },
    {
        "kind": "hr",
        "text": "Oggetto: richiesta permessi legge 104/92\n\nBuongiorno ⟦PERSON|Serena⟧,\n\nti inoltro la domanda di ⟦PERSON|Luca Andreoletti⟧ (magazzino farmaceutico) per i tre giorni mensili di permesso retribuito ai sensi della legge 104 per assistere la madre, ⟦PERSON|Gemma Andreoletti⟧, a cui è stato riconosciuto l'handicap grave per ⟦HEALTH_DATA|morbo di Parkinson⟧ in fase avanzata. Il verbale INPS è allegato. Puoi caricarla in procedura dal mese di luglio?\n\nGrazie,\n⟦PERSON|Marco Tessitore⟧",
    },
    {
        "kind": "hr",
        "text": "Verbale riunione RSU – 12 giugno 2025\nPresenti: 7 componenti RSU su 9, delegazione di parte datoriale (Direttore amministrativo, Responsabile Risorse Umane).\nPunti trattati: 1) ripartizione fondo produttività 2024; 2) pronta disponibilità in radiologia; 3) buoni pasto per il personale in smart working. Sul punto 1 le parti concordano un acconto a luglio e il saldo a dicembre. Sul punto 2 la discussione è rinviata al 26 giugno.",
    },
    {
        "kind": "hr",
        "text": "Slack #selezione – ⟦PERSON|Gianpaolo⟧: per ⟦PERSON|Osvaldo Cirillo-Mastrangelo⟧ (autista soccorso) è arrivato il casellario: ⟦CRIMINAL_RECORD|patteggiamento per furto aggravato nel 2016⟧, pena sospesa. Per il ruolo ci serve il parere del legale prima dell'offerta, lo metto in attesa.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "GIORNATA DELLA PREVENZIONE\nSabato 18 ottobre, dalle 9 alle 13, la Farmacia San Rocco offre gratuitamente la misurazione di pressione, glicemia e colesterolo.\nCorso Garibaldi 41, Lecce · aperti tutti i giorni 8:30-20:00\nNon serve prenotare!",
    },
    {
        "kind": "marketing",
        "text": "Cattedrale di San Lorenzo – Genova\nDomenica 7 dicembre, ore 21\nClaudio Monteverdi, Vespro della Beata Vergine\nCoro e Cappella musicale della Cattedrale\nIngresso libero fino a esaurimento posti",
    },
    {
        "kind": "marketing",
        "text": '"Quando mi hanno diagnosticato la ⟦HEALTH_DATA|celiachia⟧ pensavo di dover rinunciare alla pizza per sempre. Con il percorso della dottoressa del centro NutriMente ho imparato a leggere le etichette e a cucinare senza glutine senza impazzire." – ⟦PERSON|Annalisa Quercioli⟧, Pistoia\n\nPrima consulenza nutrizionale a 45 €.',
    },
    {
        "kind": "marketing",
        "text": "CISL FP: \"Contratto sanità pubblica, bene l'accordo su indennità di pronto soccorso\". La federazione sottolinea che l'aumento dell'indennità riguarderà circa 60.000 tra infermieri e operatori socio-sanitari e chiede di accelerare la riforma delle assunzioni. Conferenza stampa giovedì alle 11 presso la sede nazionale.",
    },
    {
        "kind": "marketing",
        "text": "Notiziario dell'Associazione Trapiantati Toscana\n\nStorie di rinascita: ⟦PERSON|Vittorio Cappellacci⟧, 58 anni, ha ricevuto un ⟦HEALTH_DATA|trapianto di rene⟧ nel 2021 dopo sei anni di ⟦HEALTH_DATA|dialisi⟧. Quest'estate ha partecipato ai Giochi nazionali dei trapiantati vincendo il bronzo nel tennis tavolo. \"Ogni giorno ringrazio la famiglia del donatore\".",
    },
    {
        "kind": "marketing",
        "text": 'Lotteria della festa patronale di Santa Rita – numeri estratti: 1° premio (bicicletta elettrica) biglietto 0447, vinto da ⟦PERSON|Carmelo Distefano⟧; 2° premio (TV 50") biglietto 1128, ⟦PERSON|Agata Russo-Finocchiaro⟧; 3° premio (cesto di prodotti tipici) biglietto 0093, ⟦PERSON|Salvatore Pappalardo-Nicosia⟧. Grazie a tutti, il ricavato va alla mensa dei poveri.',
    },
    {
        "kind": "marketing",
        "text": "Mal di gola? Pastiglie Erbasol al miele e limone, con flurbiprofene 8,75 mg. Azione rapida fino a 6 ore.\nÈ un medicinale che può avere effetti indesiderati anche gravi. Leggere attentamente il foglio illustrativo. Autorizzazione del 12/03/2025.",
    },
    {
        "kind": "marketing",
        "text": 'ORGOGLIO A TORINO – le voci del Pride\n\n"Ho fatto coming out come ⟦SEX_LIFE_ORIENTATION|lesbica⟧ a 40 anni, con due figli e un matrimonio alle spalle. Il gruppo di ascolto dell\'associazione mi ha aiutata a non sentirmi sola." – ⟦PERSON|Ilaria Bonfiglio-Mancuso⟧, volontaria\n\nSabato 14 giugno, partenza alle 15 da piazza Vittorio.',
    },
    {
        "kind": "marketing",
        "text": "Liste d'attesa più corte, più medici di famiglia nelle aree interne, consultori aperti anche il sabato: questo è il nostro programma per la sanità regionale. Vieni a conoscere le candidate e i candidati venerdì alle 18:30 alla Casa del Popolo di Arezzo. Ingresso libero, aperitivo offerto.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "La nascita del Servizio Sanitario Nazionale\n\nIl Servizio Sanitario Nazionale italiano fu istituito con la legge 23 dicembre 1978, n. 833, che sostituì il sistema delle casse mutue con un servizio pubblico universale, finanziato dalla fiscalità generale. La riforma, promossa dalla ministra della Sanità Tina Anselmi, si fondava sui principi di universalità, uguaglianza ed equità di accesso. Negli anni Novanta i decreti legislativi 502/1992 e 229/1999 trasformarono le unità sanitarie locali in aziende (ASL) e rafforzarono il ruolo delle Regioni, che oggi organizzano e gestiscono l'assistenza sul proprio territorio.",
    },
]
