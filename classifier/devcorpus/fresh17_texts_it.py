"""Hand-written Italian texts of the ``fresh17`` split: retail, hospitality, media, food and insurance traffic."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Riassumi la denuncia di sinistro per il perito:\n"
        "Assicurata ⟦PERSON|Giulia Marchetti⟧, C.F. ⟦IT_FISCAL_CODE|MRCGLI90E57L219S⟧, polizza RC auto 5509-TO. "
        "Tamponamento in corso Francia, lei ha riportato un ⟦HEALTH_DATA|colpo di frusta⟧, prognosi 15 giorni. "
        "Rimborso su ⟦IBAN_CODE|IT71 X057 7032 2410 0701 1388 320⟧.",
    },
    {
        "kind": "support",
        "text": "Rispondi al cliente: l'ordine 3312-IT di olio extravergine è in consegna, corriere BRT, arrivo previsto venerdì. Cliente: ⟦PERSON|Ermenegilda Pasqualetto⟧.",
    },
    {
        "kind": "support",
        "text": "Messaggio all'agriturismo, prepara una risposta gentile:\n"
        "«Salve, sono ⟦PERSON|Rosalba Incorvaia⟧, prenotazione 2 notti. Sono ⟦HEALTH_DATA|celiaca⟧, fate colazione senza glutine? "
        "Mio marito è ⟦HEALTH_DATA|non vedente⟧ e viene col cane guida.» Cell. ⟦PHONE_NUMBER|+39 347 815 2290⟧",
    },
    {
        "kind": "support",
        "text": "Ticket 88142: il buono regalo della catena di profumerie non viene accettato online. Suggerisci i passaggi per il cliente.",
    },
    {
        "kind": "support",
        "text": "Chat assistenza carta fedeltà, riassumi:\n"
        "cliente: buongiorno, ⟦PERSON|Tommaso Ferrandi⟧, mi hanno clonato la carta ⟦CREDIT_CARD|2589865938742021⟧\n"
        "operatore: la blocchiamo subito, conferma il codice fiscale?\ncliente: ⟦IT_FISCAL_CODE|FRRTMS84B09F839D⟧",
    },
    {
        "kind": "support",
        "text": "Traduci in inglese: «Il check-out è entro le 10, il deposito bagagli è gratuito fino alle 18.»",
    },
    {
        "kind": "support",
        "text": "Il lettore ⟦PERSON|Gualtiero Spadafora⟧ segnala che l'abbonamento digitale al settimanale non si rinnova dall'app iOS. Rispondi con i passaggi standard.",
    },
    {
        "kind": "support",
        "text": "Reclamo caseificio, rispondi con scuse: mozzarella arrivata calda, spedizione 7781, foto allegate.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Estratto CV da sintetizzare per il ruolo di receptionist:\n⟦PERSON|Ludovica Sciacchitano⟧, 4 stagioni in hotel a "
        "Taormina, inglese e tedesco B2. Nata il ⟦DATE_OF_BIRTH|11/03/1997⟧. ⟦EMAIL_ADDRESS|ludo.sciacchitano@libero.it⟧",
    },
    {
        "kind": "hr",
        "text": "Verbale incontro con il magazziniere, rendilo neutro:\n⟦PERSON|Corrado Bellomunno⟧ chiede il part-time per "
        "assistere il padre con ⟦HEALTH_DATA|Alzheimer⟧, usa i permessi della legge 104. È iscritto alla "
        "⟦TRADE_UNION_MEMBERSHIP|FILCAMS CGIL⟧ e vuole il delegato presente.",
    },
    {
        "kind": "hr",
        "text": "Scrivi l'annuncio: cercasi raccoglitori per la vendemmia in Langa, settembre-ottobre, vitto e alloggio.",
    },
    {
        "kind": "hr",
        "text": "Controllo preassunzione per la cassa, sintetizza:\nCandidato ⟦PERSON|Raffaele Tuccillo⟧\n"
        "Casellario: ⟦CRIMINAL_RECORD|condanna per ricettazione, 2018, pena sospesa⟧\nEsito: valutare con l'ufficio legale.",
    },
    {
        "kind": "hr",
        "text": "Riformula la circolare: dal 1° dicembre badge obbligatorio in redazione, anche per i collaboratori.",
    },
    {
        "kind": "hr",
        "text": "Nota HR da riscrivere:\nLa cuoca ⟦PERSON|Assunta Pirandello-Moro⟧ è ⟦HEALTH_DATA|in gravidanza (22ª settimana)⟧, "
        "va spostata dalla friggitrice. Chiede anche di non lavorare la domenica mattina perché frequenta la "
        "⟦RELIGIOUS_BELIEF|chiesa evangelica valdese⟧.",
    },
    {
        "kind": "hr",
        "text": "Valutazione annuale del sommelier: ottimo con i clienti, migliorare la gestione della cantina. Dipendente: ⟦PERSON|Evaristo Quagliarella⟧, ⟦EMAIL_ADDRESS|e.quagliarella@gmail.com⟧.",
    },
    {
        "kind": "hr",
        "text": "Modulo dipendente, controlla i campi:\nNome: ⟦PERSON|Nicolò Ambrosetti⟧\nIBAN: ⟦IBAN_CODE|IT57 E098 9049 6937 1903 8743 099⟧\n"
        "Note: vive con il compagno ⟦PERSON|Samuele Frattini⟧, chiede il congedo per unione civile (⟦SEX_LIFE_ORIENTATION|coppia gay⟧).",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Post per la cantina sociale: il nuovo Barbera d'Asti è in enoteca da sabato, degustazione gratuita.",
    },
    {
        "kind": "marketing",
        "text": "Tre slogan per la polizza viaggio giovani, tono fresco, niente cifre.",
    },
    {
        "kind": "marketing",
        "text": "Testimonianza da accorciare: «Con la ⟦HEALTH_DATA|sclerosi multipla⟧ pensavo di non poter più viaggiare, "
        "il tour accessibile in Puglia è stato perfetto.» – ⟦PERSON|Benedetta Zuccaro⟧, Bari",
    },
    {
        "kind": "marketing",
        "text": "Comunicato per la casa editrice: nuova collana di gialli ambientati in Friuli, primi due titoli a marzo.",
    },
    {
        "kind": "marketing",
        "text": "Segmento CRM da descrivere: clienti che hanno indicato ⟦ETHNIC_ORIGIN|origine cinese⟧ nel sondaggio, per la "
        "promozione del Capodanno lunare. Esempio: ⟦PERSON|Chen Weiling Rinaldi⟧.",
    },
    {
        "kind": "marketing",
        "text": "Didascalia Instagram: sagra del tartufo ad Alba, 3 weekend di ottobre, navette dal parcheggio.",
    },
    {
        "kind": "marketing",
        "text": "Descrizione prodotto: zaino da città 20 litri, tessuto riciclato, tasca porta-PC 15 pollici.",
    },
    {
        "kind": "marketing",
        "text": "Invito per la fiera del turismo rurale, stand 4C, aperitivo alle 18.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Un modello linguistico ha una finestra di contesto limitata: il testo oltre quel limite viene troncato. Per i "
        "documenti lunghi si usano riassunti progressivi o il recupero dei soli passaggi pertinenti.",
    },
]
