"""Hand-written Italian texts of the fresh25 split: circoli, segreterie di parlamentari, sindacati, parrocchie, associazioni, redazioni."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Ciao, il rinnovo della tessera del circolo si può fare online o solo di persona?",
    },
    {
        "kind": "support",
        "text": """Buongiorno,

sono ⟦TRADE_UNION_MEMBERSHIP|iscritto alla Fiom-CGIL⟧ da vent'anni e a maggio ho perso il lavoro per la chiusura dello stabilimento di Marghera. Vorrei che il patronato mi seguisse per la domanda NASpI. I miei dati:

⟦PERSON|Nunzio Sgarbossa⟧
C.F. ⟦IT_FISCAL_CODE|SGRNNZ68C22L736J⟧
⟦STREET_ADDRESS|Via della Fonderia 31, 30175 Venezia⟧
cell. ⟦PHONE_NUMBER|347 802 1156⟧

Posso passare martedì mattina?
Grazie""",
    },
    {
        "kind": "support",
        "text": """Gentile segreteria dell'on. ⟦PERSON|Bertolaso-Ricci⟧,

vi scrivo perché mio figlio ⟦PERSON|Tommaso⟧, 9 anni, ha ⟦HEALTH_DATA|una diagnosi di autismo⟧ e da settembre la scuola non ha ancora assegnato l'insegnante di sostegno. Abbiamo scritto all'Ufficio scolastico tre volte senza risposta. Potete aiutarci a sollecitare?

Cordiali saluti,
⟦PERSON|Rosalba Insinna⟧
⟦EMAIL_ADDRESS|rosalba.insinna@libero.it⟧""",
    },
    {
        "kind": "support",
        "text": """Alla redazione del Corriere di Montebelluna

Nel 2016 avete pubblicato un articolo in cui si diceva che mio fratello ⟦PERSON|Lapo Chiereghin⟧ era stato ⟦CRIMINAL_RECORD|arrestato per spaccio di stupefacenti⟧. È vero, ma ha scontato la pena, oggi lavora e ha una famiglia. Quando si cerca il suo nome su Google esce ancora quell'articolo. Chiedo la deindicizzazione per diritto all'oblio.

⟦PERSON|Ilaria Chiereghin⟧""",
    },
    {
        "kind": "support",
        "text": """[11:02] ⟦PERSON|Debora Levi Sacerdoti⟧: buongiorno, sono ⟦RELIGIOUS_BELIEF|iscritta alla Comunità ebraica di Torino⟧ e vorrei pagare il contributo annuale con bonifico, mi date l'IBAN?
[11:05] Segreteria: Buongiorno signora, lo trova sul sito alla voce Contributi. Nella causale indichi il suo nome e l'anno.
[11:06] ⟦PERSON|Debora Levi Sacerdoti⟧: perfetto. posso anche aggiornare l'indirizzo? ora abito in ⟦STREET_ADDRESS|corso Regina Margherita 112, 10152 Torino⟧
[11:07] Segreteria: Fatto, grazie!""",
    },
    {
        "kind": "support",
        "text": """Gentile utente, la informiamo che la sua richiesta di cancellazione dal nostro panel è stata registrata. Non riceverà più inviti a partecipare ai sondaggi. Eventuali punti non ancora convertiti restano disponibili per 90 giorni nel suo profilo.""",
    },
    {
        "kind": "support",
        "text": """Ciao, devo tesserare un nuovo giocatore per il campionato amatori UISP ma il portale mi dà errore sul codice fiscale. Ti giro i dati, puoi inserirlo tu?

Nome: ⟦PERSON|Gianmarco Tuveri⟧
Nato il: ⟦DATE_OF_BIRTH|30/11/1983⟧
CF: ⟦IT_FISCAL_CODE|TVRGMR83S30L736M⟧
Certificato medico: idoneo, con nota del cardiologo per ⟦HEALTH_DATA|ipertensione in terapia⟧
Squadra: Atletico Lido, calcio a 7""",
    },
    {
        "kind": "support",
        "text": """Come funziona la petizione? Chiunque può firmare inserendo nome, cognome e comune. La firma è verificata tramite un link inviato via email. Il nome compare nell'elenco pubblico solo se lo autorizzi. Al raggiungimento di 5.000 firme consegniamo la petizione al sindaco.""",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """SCHEDA ANAGRAFICA NUOVO DIPENDENTE – Cooperativa sociale
Cognome e nome: ⟦PERSON|Pizzigoni Ornella⟧
Data di nascita: ⟦DATE_OF_BIRTH|08/07/1995⟧
Codice fiscale: ⟦IT_FISCAL_CODE|PZZRLL95L48L736A⟧
Residenza: ⟦STREET_ADDRESS|Calle del Forno 2214, 30122 Venezia⟧
IBAN per accredito stipendio: ⟦IBAN_CODE|IT94 H316 6116 4158 5326 6087 252⟧
Mansione: educatrice, centro di aggregazione giovanile
Contratto: CCNL cooperative sociali, livello D1""",
    },
    {
        "kind": "hr",
        "text": """Verbale riunione RSU – 18 giugno
Presenti i delegati e la direzione del personale.
1. Buoni pasto: aumento a 8 euro dal 1° luglio.
2. Reperibilità nei giorni di festa del partito: compenso forfettario confermato.
3. Formazione sicurezza: corso obbligatorio entro dicembre per tutti i volontari retribuiti.""",
    },
    {
        "kind": "hr",
        "text": "⟦PERSON|Cosimo⟧ ciao, stanotte pronto soccorso per ⟦HEALTH_DATA|una colica renale⟧, oggi non ce la faccio. Il pezzo sul consiglio comunale lo chiude ⟦PERSON|Beatrice⟧?",
    },
    {
        "kind": "hr",
        "text": """CURRICULUM – ⟦PERSON|Beatrice Calò⟧
⟦EMAIL_ADDRESS|beatrice.calo@outlook.it⟧ | ⟦PHONE_NUMBER|+39 328 441 9027⟧ | Lecce

Esperienze
2021–oggi: addetta stampa, Comitato per l'acqua pubblica del Salento
2018–2021: redattrice, Quotidiano di Puglia (cronaca)
Altro: ⟦POLITICAL_OPINION|militante di Sinistra Italiana⟧, coordinatrice dei giovani a Lecce 2019-2022""",
    },
    {
        "kind": "hr",
        "text": """Cercasi segretario/a organizzativo/a per il circolo cittadino: tesseramento, organizzazione delle feste estive, rapporti con i volontari. Part-time 20 ore, contratto a tempo determinato di un anno. Inviare CV entro il 15 luglio.""",
    },
    {
        "kind": "hr",
        "text": """Summarise this appraisal in English in five lines, neutral tone:

Valutazione annuale – ⟦PERSON|Adebayo Ferretti⟧, coordinatore volontari
Ha gestito 140 volontari nella raccolta alimentare di novembre senza criticità. Da marzo è ⟦TRADE_UNION_MEMBERSHIP|delegato RSU della CISL⟧ e usa regolarmente i permessi sindacali; la copertura del sabato va riorganizzata. Ottimo rapporto con i supermercati partner. Obiettivo 2025: formare due vice-coordinatori.""",
    },
    {
        "kind": "hr",
        "text": """Circolare ferie estive: le richieste vanno inserite nel gestionale entro il 31 maggio. La redazione resta aperta anche ad agosto con organico ridotto; i turni del weekend saranno pubblicati entro il 10 giugno.""",
    },
    {
        "kind": "hr",
        "text": """Oggetto: rilevazione presenze con impronta

Buongiorno ⟦PERSON|Lattanzi⟧,

ho visto che il nuovo terminale all'ingresso della redazione ha già registrato la mia ⟦BIOMETRIC_DATA|impronta digitale⟧ durante il test di venerdì, senza che io avessi firmato nulla. Chiedo che venga cancellata e di poter usare il badge come prima.

Saluti,
⟦PERSON|Ilaria Brambati⟧""",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """SCIOPERO GENERALE – VENERDÌ 29
Contro la precarietà, per salari dignitosi. Manifestazione regionale a Bologna, partenza da piazza XX Settembre alle 9:30. Pullman gratuiti dalle sedi territoriali: prenota entro mercoledì.""",
    },
    {
        "kind": "marketing",
        "text": """Diventa volontario in due minuti! Scegli la causa che ti sta a cuore, indica quando sei libero e ti mettiamo in contatto con le associazioni della tua città. Doposcuola, distribuzione pasti, compagnia agli anziani: c'è posto per tutti.""",
    },
    {
        "kind": "marketing",
        "text": """"Ho capito di essere ⟦SEX_LIFE_ORIENTATION|lesbica⟧ a trent'anni, con due figli e un matrimonio alle spalle. Al gruppo del giovedì nessuno mi ha giudicata." – ⟦PERSON|Marisa⟧, Cagliari""",
    },
    {
        "kind": "marketing",
        "text": """Storie dallo sportello: ⟦PERSON|Tharshan⟧ è ⟦ETHNIC_ORIGIN|tamil⟧, arrivato da Jaffna nel 2019. Oggi lavora in una cucina di Palermo e la sera aiuta altri ragazzi a preparare l'esame di italiano A2. "Senza lo sportello non avrei nemmeno saputo da dove cominciare", dice.""",
    },
    {
        "kind": "marketing",
        "text": """Foglio parrocchiale – XXI domenica
Sante messe: sabato ore 18, domenica ore 8:30, 10:30 e 18. Adorazione eucaristica il giovedì dalle 21. Raccolta viveri per la Caritas sabato e domenica all'ingresso della chiesa.""",
    },
    {
        "kind": "marketing",
        "text": """Alle comunali votate ⟦PERSON|Cosimo Lattanzi⟧!
Quarantadue anni, ingegnere, ⟦POLITICAL_OPINION|candidato nella lista del Partito Democratico⟧. Le sue priorità: trasporto pubblico serale, asili nido, manutenzione delle scuole. Incontro pubblico giovedì alle 19 al bar Centrale.""",
    },
    {
        "kind": "marketing",
        "text": """Estate Ragazzi all'oratorio San Luigi: dal 16 giugno al 25 luglio, dalle 8 alle 17. Giochi, laboratori, gite in piscina e in montagna. Iscrizioni in segreteria il martedì e giovedì pomeriggio.""",
    },
    {
        "kind": "marketing",
        "text": """"Ho scoperto di essere ⟦GENETIC_DATA|portatore sano di beta-talassemia⟧ solo quando aspettavamo il primo figlio." ⟦PERSON|Andrea Pinna⟧ racconta perché ha deciso di sostenere il nostro centro di consulenza genetica. Dona ora: ogni contributo paga un'ora di consulenza per una coppia.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Moderazione dei commenti con l'intelligenza artificiale

Molti quotidiani online affidano a un modello il primo filtro dei commenti: insulti, spam e contenuti illegali vengono trattenuti, il resto è pubblicato. I moderatori umani esaminano solo i casi incerti. Il rischio principale è l'eccesso di zelo: espressioni dialettali o ironiche vengono scambiate per offese. Per questo le redazioni pubblicano le regole della community e permettono di contestare una rimozione.""",
    },
]
