"""Hand-written Italian texts of the ``fresh5`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Riassumi questa mail in due righe per il collega:\n\nBuongiorno, l'ordine n. 2025/88412 è "
        "arrivato senza il cavo di alimentazione. Potete spedirlo a parte? Grazie mille.\n⟦PERSON|Lorenzo Bianchi⟧",
    },
    {
        "kind": "support",
        "text": "Scrivi una risposta cortese a questo cliente e chiedi una foto del danno:\n\n"
        "Da: ⟦PERSON|Giulia Ferraro⟧ <⟦EMAIL_ADDRESS|giulia.ferraro90@libero.it⟧>\nOggetto: lavatrice "
        "danneggiata\n\nSalve, la lavatrice consegnata ieri in ⟦STREET_ADDRESS|Via Cavour, 11, 50132 "
        "Firenze (FI)⟧ ha lo sportello rotto. Il corriere è andato via subito. Cell. ⟦PHONE_NUMBER|347 "
        "881 2093⟧.",
    },
    {
        "kind": "support",
        "text": "Estrai i dati in JSON (nome, codice_fiscale, data_nascita, iban) da questo modulo scansionato:\n\n"
        "M0DULO DI ADESI0NE\nCognome e nome: ⟦PERSON|Bellini Marco⟧\nC.F.: ⟦IT_FISCAL_CODE|"
        "BLLMRC82P05G273V⟧\nNato il: ⟦DATE_OF_BIRTH|05/09/1982⟧ a Palermo\nIBAN per l'addebito: "
        "⟦IBAN_CODE|IT58 C729 7724 5628 1566 1898 386⟧\nFirma ____",
    },
    {
        "kind": "support",
        "text": "Traduci in inglese: «Il pacco risulta consegnato ma non l'ho mai ricevuto. Il numero di "
        "spedizione è BRT 0612 4470 2291. ⟦PERSON|Chiara Santoro⟧»",
    },
    {
        "kind": "support",
        "text": "Ecco la trascrizione di una chiamata al CUP. Scrivi la nota per il gestionale:\n\n"
        "Operatore: CUP Regione, buongiorno.\nUtente: Buongiorno, sono ⟦PERSON|Rosa Esposito⟧, devo "
        "prenotare la ⟦HEALTH_DATA|chemioterapia⟧ per mia madre.\nOperatore: Ha l'impegnativa?\n"
        "Utente: Sì, codice NRE 1200A4488193.\nOperatore: Primo posto disponibile il 12 gennaio, "
        "ore 9:30.",
    },
    {
        "kind": "support",
        "text": "Usa solo queste informazioni per rispondere:\n- La garanzia copre 24 mesi.\n- Per i prodotti "
        "ricondizionati la garanzia è di 12 mesi.\n- Serve lo scontrino.\n\nDomanda: ho comprato un "
        "telefono ricondizionato 14 mesi fa, è ancora in garanzia?",
    },
    {
        "kind": "support",
        "text": "Riformula in modo più empatico: «Gentile cliente, la sua segnalazione è stata chiusa in "
        "quanto non riproducibile. Ticket 30918.»",
    },
    {
        "kind": "support",
        "text": "Analizza questo thread e dimmi cosa manca per chiudere la pratica:\n\n"
        "[⟦PERSON|Luca⟧] il cliente di Bari ha mandato la carta d'identità ma non il codice fiscale\n"
        "[⟦PERSON|Sara⟧] ce l'ho dalla mail vecchia: ⟦IT_FISCAL_CODE|FRRGLI90D62L736L⟧\n"
        "[⟦PERSON|Luca⟧] ok, manca solo la firma sul contratto\n[⟦PERSON|Sara⟧] lo chiamo al ⟦PHONE_NUMBER|+39 080 524 "
        "3318⟧",
    },
    {
        "kind": "support",
        "text": "Il cliente scrive in italiano, rispondi in italiano ma spiegami in inglese cosa chiede:\n\n"
        "«Ho pagato con la carta ⟦CREDIT_CARD|5182 9089 5686 0442⟧ ma mi risulta addebitato due volte. "
        "⟦PERSON|Antonio Greco⟧»",
    },
    # -- hr -------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Riscrivi questa valutazione in modo professionale:\n\n⟦PERSON|Francesca Moretti⟧ lavora bene "
        "ma da quando ha scoperto di essere ⟦HEALTH_DATA|incinta⟧ è meno disponibile per le trasferte. "
        "È anche ⟦TRADE_UNION_MEMBERSHIP|iscritta alla CGIL⟧ e partecipa a tutti gli scioperi.",
    },
    {
        "kind": "hr",
        "text": "Scrivi un annuncio di lavoro: magazziniere con patentino muletto, Verona, turni "
        "6-14/14-22, contratto a tempo determinato 6 mesi con possibilità di rinnovo.",
    },
    {
        "kind": "hr",
        "text": "Valuta questo CV per una posizione di commerciale estero (inglese e tedesco richiesti):\n\n"
        "⟦PERSON|Alessandro Conti⟧ – nato a Brescia il ⟦DATE_OF_BIRTH|21/11/1990⟧\n⟦STREET_ADDRESS|Corso "
        "Magenta 42, 20123 Milano⟧ – ⟦PHONE_NUMBER|333 409 7721⟧\n2018-oggi Export manager DACH, azienda "
        "meccanica\n2014-2018 Area manager Italia\nLingue: inglese C1, tedesco B2",
    },
    {
        "kind": "hr",
        "text": "Semplifica questa lettera di dimissioni dal dialetto burocratico all'italiano normale: "
        "«Con la presente il sottoscritto comunica le proprie dimissioni volontarie dal rapporto di lavoro "
        "in essere, nel rispetto del periodo di preavviso previsto dal CCNL.»",
    },
    {
        "kind": "hr",
        "text": "Prepara un riassunto del fascicolo per il colloquio di rientro:\n- dipendente ⟦PERSON|Paolo "
        "Marino⟧, operaio\n- assente 4 mesi per ⟦HEALTH_DATA|infarto⟧, ora idoneo con limitazioni\n"
        "- il medico competente chiede niente turni notturni",
    },
    {
        "kind": "hr",
        "text": "Quali documenti servono per assumere un lavoratore extracomunitario in Italia? Elenco "
        "puntato, niente di legale complicato.",
    },
    {
        "kind": "hr",
        "text": "Il responsabile ha scritto questa nota, è discriminatoria? Correggila:\n\n«⟦PERSON|Ahmed "
        "Rahimi⟧ è bravo, ma essendo ⟦RELIGIOUS_BELIEF|musulmano⟧ durante il Ramadan rende meno, "
        "meglio non affidargli il progetto di giugno.»",
    },
    {
        "kind": "hr",
        "text": "Scrivi una mail di benvenuto al team per la nuova collega (non c'è ancora il nome, lascia "
        "un segnaposto) con le info su mensa, orari e badge.",
    },
    {
        "kind": "hr",
        "text": "Traduci in inglese per la casa madre il verbale disciplinare:\n\n«Al dipendente ⟦PERSON|"
        "Simone Ricci⟧ è stato contestato il ritardo ripetuto. Nel colloquio ha dichiarato di essere "
        "⟦HEALTH_DATA|in terapia al SerT per dipendenza da alcol⟧.»",
    },
    {
        "kind": "hr",
        "text": "Riassumi per il direttore il certificato allegato alla candidatura:\n\n"
        "Candidato: ⟦PERSON|Davide Russo⟧\nCasellario giudiziale: ⟦CRIMINAL_RECORD|condanna per "
        "ricettazione (2018), pena sospesa⟧\nPosizione: addetto cassa",
    },
    # -- marketing ------------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Scrivi tre headline per la campagna della nostra pasta integrale bio, target famiglie, tono "
        "caldo e genuino.",
    },
    {
        "kind": "marketing",
        "text": "Fai un piano editoriale Instagram di 2 settimane per un agriturismo in Val d'Orcia: "
        "vendemmia, cucina, camere, e-bike.",
    },
    {
        "kind": "marketing",
        "text": "Personalizza questa mail per il contatto raccolto in fiera:\n\n⟦PERSON|Elena Barbieri⟧, "
        "buyer Coop Lombardia, ⟦EMAIL_ADDRESS|e.barbieri@coop-lombardia.it⟧, Cibus 2025 pad. 4, "
        "interesse per la linea senza glutine.",
    },
    {
        "kind": "marketing",
        "text": "Rivedi questa testimonianza per il sito:\n\n«Dopo la diagnosi di ⟦HEALTH_DATA|sclerosi "
        "multipla⟧ pensavo di non poter più viaggiare. Con il vostro servizio accessibile sono stata a "
        "Lisbona!» – ⟦PERSON|Marta Galli⟧",
    },
    {
        "kind": "marketing",
        "text": "Scrivi la descrizione prodotto: macchina da caffè espresso manuale, 15 bar, lancia vapore, "
        "serbatoio 1,2 L, colore rosso.",
    },
    {
        "kind": "marketing",
        "text": "Analizza i risultati della newsletter di ottobre: open rate 31%, click 4,2%, disiscrizioni "
        "0,3%. Cosa possiamo migliorare?",
    },
    {
        "kind": "marketing",
        "text": "Riordina questa lista contatti per la campagna politica locale e suggerisci un messaggio:\n\n"
        "⟦PERSON|Giorgio Sala⟧;⟦EMAIL_ADDRESS|gsala@tiscali.it⟧;⟦POLITICAL_OPINION|simpatizzante "
        "Fratelli d'Italia⟧\n⟦PERSON|Irene Fabbri⟧;⟦EMAIL_ADDRESS|irene.fabbri@gmail.com⟧;indecisa",
    },
    {
        "kind": "marketing",
        "text": "Scrivi un comunicato stampa breve: la startup torinese Aurora Robotics presenta il braccio "
        "robotico AR-5 alla fiera Automatica di Monaco. Contatto stampa: ⟦PERSON|Federica Longo⟧, "
        "⟦EMAIL_ADDRESS|f.longo@aurorarobotics.it⟧.",
    },
    {
        "kind": "marketing",
        "text": "Crea un post per il Pride del nostro brand di abbigliamento. Niente nomi di clienti, tono "
        "inclusivo, 60 parole.",
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Rispondi alla domanda usando questo estratto:\n\nIl fine-tuning con LoRA aggiorna solo "
        "matrici di rango basso aggiunte ai livelli di attenzione. Il modello di base resta congelato e "
        "l'adattatore occupa pochi megabyte, quindi si possono tenere più adattatori per lo stesso modello.\n\n"
        "Domanda: perché LoRA consuma meno memoria del fine-tuning completo?",
    },
]
