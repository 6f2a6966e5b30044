"""Hand-written Italian texts of the ``fresh14`` split: traghetti, bioparchi, teatri lirici, cantieri ferroviari."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "ma l'aliscafo delle 6:50 per Ischia parte lo stesso con mare forza 6?",
    },
    {
        "kind": "support",
        "text": "Riformula questa richiesta per il personale di bordo, tono formale:\n\n"
        "Buongiorno, viaggio il 3 agosto sulla Civitavecchia-Olbia (prenotazione CVO-551207). Sono alla "
        "⟦HEALTH_DATA|32ª settimana di gravidanza⟧ e il ginecologo mi ha fatto il certificato di idoneità al "
        "viaggio. Vorrei una cabina vicino all'ascensore e sapere se a bordo c'è un medico.\n"
        "⟦PERSON|Ludovica Sartorelli⟧ - cell. ⟦PHONE_NUMBER|347 218 9056⟧",
    },
    {
        "kind": "support",
        "text": "Ticket BIO-3391 - rinnovo abbonamento annuale Bioparco\n"
        "Il socio ⟦PERSON|Egidio Fumagalli-Re⟧ ha dettato la carta al telefono perché il pagamento online non va: "
        "⟦CREDIT_CARD|5527 4753 0181 9527⟧, scad. 04/29. Email di conferma a "
        "⟦EMAIL_ADDRESS|egidio.fumagallire@libero.it⟧. Chi lo lavora cancelli poi il numero dal ticket, grazie.",
    },
    {
        "kind": "support",
        "text": "Scrivi una risposta alla partecipante, spiegando come richiedere il referto tramite il medico:\n\n"
        "«Gentile Biobanca, ho aderito allo studio nel 2020. Mia sorella ha scoperto di essere "
        "⟦GENETIC_DATA|portatrice sana di beta-talassemia⟧ e vorrei sapere se dai miei campioni risulta lo stesso. "
        "Codice fiscale ⟦IT_FISCAL_CODE|CSTFNZ70A15F205M⟧ (è quello di mio marito, il mio non lo trovo), "
        "⟦PERSON|Nunzia Pappalardo⟧»",
    },
    {
        "kind": "support",
        "text": "Riassumi per l'ufficio del pubblico, due righe:\n"
        "«Sono ⟦POLITICAL_OPINION|iscritto al Partito Democratico⟧ da vent'anni ma questo non c'entra: nel "
        "telegiornale regionale di ieri il servizio sul porto era palesemente di parte. Chiedo una rettifica. "
        "⟦PERSON|Carmine Esposito-Landolfi⟧, Salerno»",
    },
    {
        "kind": "support",
        "text": "Ho perso una giacca verde al festival sabato sera vicino al palco Pineta, nella tasca c'era la "
        "chiave di un lucchetto. C'è un ufficio oggetti smarriti?",
    },
    {
        "kind": "support",
        "text": "Modulo di consenso informato - Studio Inchiostro Ribelle, Bologna\n"
        "Cliente: ⟦PERSON|Greta Vannucchi⟧\nData di nascita: ⟦DATE_OF_BIRTH|14/02/1998⟧\n"
        "Patologie: ⟦HEALTH_DATA|lupus eritematoso sistemico⟧\nAllergie: ⟦HEALTH_DATA|nichel⟧\n"
        "Terapie in corso: ⟦HEALTH_DATA|idrossiclorochina⟧\n"
        "Note: chiesto parere del reumatologo prima della seduta. Controlla che il modulo sia completo.",
    },
    {
        "kind": "support",
        "text": "A che ora inizia la diretta della finale di domenica? Sul sito c'è scritto 18:00, su Twitch 17:30.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Scheda anagrafica nuova assunzione - Coro del Teatro Lirico\n"
        "Cognome e nome: ⟦PERSON|Brambini Ottavio⟧\nRuolo: artista del coro, basso, contratto stagionale\n"
        "Codice fiscale: ⟦IT_FISCAL_CODE|BRMTTV84R07H501B⟧\nIBAN: ⟦IBAN_CODE|IT52 D939 1267 0414 7185 8083 573⟧\n"
        "Residenza: ⟦STREET_ADDRESS|Via dei Serpenti 118, 00184 Roma⟧\nPrima prova: 7 settembre",
    },
    {
        "kind": "hr",
        "text": "Giudizio di idoneità - manutenzione armamento ferroviario\n"
        "Lavoratore: ⟦PERSON|Salvatore Cuccurullo⟧, squadra notturna tratta Battipaglia-Paola\n"
        "Esito: non idoneo temporaneamente alla mansione di agente di scorta. Motivazione (comunicata con "
        "consenso): ⟦HEALTH_DATA|ipoacusia neurosensoriale bilaterale⟧ emersa all'audiometria, in attesa di "
        "⟦HEALTH_DATA|protesi acustiche⟧.\nProssima visita: tra 60 giorni.",
    },
    {
        "kind": "hr",
        "text": "Per la pratica di guardia giurata serve una sintesi per il responsabile: il candidato "
        "⟦PERSON|Fabrizio Mancuso-Orlando⟧ ha dichiarato una ⟦CRIMINAL_RECORD|condanna per ricettazione del 2016, "
        "pena sospesa⟧. La Prefettura chiede chiarimenti prima del decreto. Stila la mail di risposta.",
    },
    {
        "kind": "hr",
        "text": "Richiesta permessi sindacali - ⟦PERSON|Ilaria Bertozzi⟧, macchinista di manovra, "
        "RSU e iscritta alla ⟦TRADE_UNION_MEMBERSHIP|FILT-CGIL⟧: chiede 16 ore a marzo per il direttivo "
        "regionale del 12 e 13. Prepara la risposta di approvazione.",
    },
    {
        "kind": "hr",
        "text": "Turni estivi Bioparco: apertura serale il venerdì fino alle 23 dal 20 giugno. Servono due guardiani "
        "in più per il settore rettili e un addetto alla cassa 2. Comunicatelo ai capisquadra entro lunedì.",
    },
    {
        "kind": "hr",
        "text": "Circolare: i tesserini aeroportuali scaduti vanno riconsegnati all'Ufficio Permessi entro 5 giorni. "
        "Il rinnovo richiede il corso security aggiornato (cat. A13) e la foto in formato digitale.",
    },
    {
        "kind": "hr",
        "text": "Appunto per l'ufficio permessi, da trasformare in email al dipendente:\n"
        "⟦PERSON|Mirko Dal Santo⟧ (rampa, turno B) si è presentato alla registrazione per il varco automatico, "
        "ma il sistema ha acquisito solo le ⟦BIOMETRIC_DATA|impronte digitali dell'indice destro⟧; il "
        "⟦BIOMETRIC_DATA|template del volto⟧ va rifatto. Deve tornare giovedì tra le 8 e le 12.",
    },
    {
        "kind": "hr",
        "text": "Verbale audizione tromba di fila: 9 candidati, 6 presenti. Al secondo turno passano i candidati 2, "
        "5 e 8. Prova d'orchestra il 21. Trasformalo in un comunicato per i candidati.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Sardegna 2026: auto al seguito gratis per chi prenota entro il 28 febbraio! Partenze da Genova e "
        "Livorno, cabine famiglia da 4 posti e sconto residenti confermato.",
    },
    {
        "kind": "marketing",
        "text": "Al Bioparco arriva la notte delle lucciole: visite guidate al tramonto, laboratori per bambini e "
        "aperitivo nella serra tropicale. Posti limitati, prenotazione obbligatoria.",
    },
    {
        "kind": "marketing",
        "text": "Testimonianza per la pagina della dermopigmentazione, accorciala un po':\n"
        "«Dopo la ⟦HEALTH_DATA|chemioterapia⟧ per un ⟦HEALTH_DATA|linfoma di Hodgkin⟧ non avevo più le "
        "sopracciglia. Qui mi hanno ridato la mia faccia.» - ⟦PERSON|Rossana Guglielmetti⟧, Imola",
    },
    {
        "kind": "marketing",
        "text": "Caso di successo per il catering: il matrimonio di ⟦PERSON|Davide Sonnino⟧ e "
        "⟦PERSON|Miriam Terracina⟧, entrambi ⟦RELIGIOUS_BELIEF|ebrei osservanti⟧, con cucina sotto supervisione "
        "rabbinica, due servizi di stoviglie e il tavolo dei dolci parve. Riscrivilo in 100 parole.",
    },
    {
        "kind": "marketing",
        "text": "Lancio della puntata di «Radici»: ⟦PERSON|Teodora Skanderbeg Lala⟧, violinista, racconta la sua "
        "famiglia ⟦ETHNIC_ORIGIN|arbëreshë⟧ di Piana degli Albanesi, i canti in lingua antica e il ritorno al "
        "paese dopo vent'anni a Vienna.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter del deputato, bozza:\n«Ringrazio ⟦PERSON|Gianluca Ferrandi⟧, consigliere comunale "
        "apertamente ⟦SEX_LIFE_ORIENTATION|omosessuale⟧, che ha celebrato in municipio la centesima unione civile "
        "della città.» Rendila meno retorica.",
    },
    {
        "kind": "marketing",
        "text": "Stagione sinfonica 2026/27: dieci concerti, tre prime esecuzioni e il ritorno della Nona di "
        "Beethoven a Capodanno. Abbonamenti under 30 a 60 euro.",
    },
    {
        "kind": "marketing",
        "text": "Pineta Sound Festival: tre giorni di musica sul mare, navetta gratuita dalla stazione di Marina di "
        "Pietrasanta e area campeggio con docce calde. Abbonamento a 95 euro fino a domenica.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Temperatura e campionamento\n\nIl parametro temperature controlla quanto è casuale la scelta del "
        "prossimo token: valori vicini a 0 rendono le risposte quasi deterministiche, valori sopra 1 le rendono "
        "più varie ma anche meno affidabili. Per estrarre dati strutturati conviene una temperatura bassa; per "
        "generare idee o varianti di testo una più alta. Il parametro top_p limita invece la scelta ai token "
        "la cui probabilità cumulata non supera la soglia indicata.",
    },
]
