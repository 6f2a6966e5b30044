"""Hand-written Italian texts of the held-out split fresh27: leisure and personal life."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "ciao, il pacchetto spa di coppia include anche l'accesso alla piscina esterna?"},
    {
        "kind": "support",
        "text": "Oggetto: Acconto lista nozze\n\nBuongiorno,\nconfermo il pagamento dell'acconto per il matrimonio del 21 settembre con la carta ⟦CREDIT_CARD|4820 8931 0902 1970⟧, intestata a ⟦PERSON|Ginevra Castiglia⟧. Per la fattura il mio codice fiscale è ⟦IT_FISCAL_CODE|CSTGVR92E49L219J⟧.\n\nGrazie,\nGinevra\n⟦PHONE_NUMBER|+39 347 815 2290⟧",
    },
    {
        "kind": "support",
        "text": "[10:31] utente: perché il mio annuncio del divano è stato rimosso?\n[10:33] supporto ⟦PERSON|Federica⟧: c'era un numero di telefono nella descrizione, non è permesso. Puoi ripubblicarlo senza.\n[10:33] utente: ah ok scusate",
    },
    {
        "kind": "support",
        "text": "Riassumi in inglese questa segnalazione per il team sicurezza:\n«L'utente ⟦PERSON|Massimiliano Ferrucci⟧ nel suo profilo dice di essere ⟦POLITICAL_OPINION|militante di CasaPound⟧ e mi ha scritto insulti razzisti perché sono ⟦ETHNIC_ORIGIN|di origine eritrea⟧. Firmato ⟦PERSON|Selam Tesfaye⟧»",
    },
    {
        "kind": "support",
        "text": "Buonasera, vorrei sapere se la scuola di musica organizza lezioni di batteria per adulti principianti, anche il sabato.",
    },
    {
        "kind": "support",
        "text": "Onoranze Funebri Serafini - richiesta necrologio\nDefunto: ⟦PERSON|Tancredi Bellomo⟧\nNato il: ⟦DATE_OF_BIRTH|1 dicembre 1985⟧\nC.F.: ⟦IT_FISCAL_CODE|BLLTCR85T01L736K⟧\nRito: ⟦RELIGIOUS_BELIEF|ortodosso⟧\nRichiedente: ⟦PERSON|Vesna Bellomo⟧, ⟦STREET_ADDRESS|Via dei Tigli 14, 30172 Mestre (VE)⟧",
    },
    {
        "kind": "support",
        "text": "Salve, mia figlia ha ⟦HEALTH_DATA|un'allergia grave alle arachidi⟧ e porta sempre l'⟦HEALTH_DATA|adrenalina autoiniettabile⟧. Potete avvisare gli animatori del campo estivo? Si chiama ⟦PERSON|Noemi Grasselli⟧, turno 2.",
    },
    {
        "kind": "support",
        "text": "È possibile pagare l'abbonamento annuale della palestra in tre rate senza interessi?",
    },
    {
        "kind": "hr",
        "text": "Scheda collaboratrice - Agenzia Casa Serena (badanti)\nNome: ⟦PERSON|Larysa Hnatiuk⟧\nEmail: ⟦EMAIL_ADDRESS|larysa.hnatiuk@libero.it⟧\nIBAN per stipendio: ⟦IBAN_CODE|IT36 H253 1124 3792 9451 7541 145⟧\nNote: ha chiesto la domenica libera per la messa ⟦RELIGIOUS_BELIEF|greco-cattolica⟧.",
    },
    {
        "kind": "hr",
        "text": "Verbale riunione istruttori - Palestra Titano, 3 febbraio\n- Nuovi orari corsi spinning approvati\n- ⟦PERSON|Gianluca Marzotto⟧ rientra dopo ⟦HEALTH_DATA|l'intervento al menisco⟧, solo lezioni senza salti per un mese\n- Ordine nuovi manubri: ok",
    },
    {
        "kind": "hr",
        "text": "Puoi scrivere un annuncio di lavoro per un'estetista con esperienza in laminazione ciglia, part-time, zona Bologna?",
    },
    {
        "kind": "hr",
        "text": "Gentile ufficio personale, vi informo che mi sono iscritta alla ⟦TRADE_UNION_MEMBERSHIP|FILCAMS-CGIL⟧ e chiedo la trattenuta della quota in busta paga. Cordiali saluti, ⟦PERSON|Annarita De Santis⟧",
    },
    {
        "kind": "hr",
        "text": "CURRICULUM\n⟦PERSON|Edoardo Pizzuti⟧, nato il ⟦DATE_OF_BIRTH|03/06/1993⟧\nMaestro di tango argentino, 8 anni di esperienza\nLingue: italiano, spagnolo\nContatti: ⟦EMAIL_ADDRESS|edo.tango@gmail.com⟧",
    },
    {
        "kind": "hr",
        "text": "Quante ore di formazione sulla sicurezza deve fare un istruttore di nuoto assunto a tempo determinato?",
    },
    {
        "kind": "hr",
        "text": "Nota riservata: la dog-sitter ⟦PERSON|Ilenia Scarpa⟧ ha comunicato di essere ⟦HEALTH_DATA|incinta⟧; da giugno non gestirà cani di taglia grande.",
    },
    {
        "kind": "hr",
        "text": "Ritratto del mese: ⟦PERSON|Carmela Fichera⟧, receptionist del centro benessere da 12 anni, conosce ogni cliente per nome e il suo caffè preferito.",
    },
    {
        "kind": "marketing",
        "text": "Il tuo matrimonio in Puglia, senza pensieri: masserie selezionate, catering a km 0 e coordinamento il giorno delle nozze. Preventivo gratuito in 48 ore.",
    },
    {
        "kind": "marketing",
        "text": "«Grazie alla mia personal trainer ho perso 14 kg e ⟦HEALTH_DATA|il diabete di tipo 2⟧ è sotto controllo.» - ⟦PERSON|Rosario Amodeo⟧, Catania",
    },
    {
        "kind": "marketing",
        "text": "Scopri da dove vieni: il test del DNA di RadiciMie analizza oltre 600.000 marcatori genetici. Spedizione gratuita fino a domenica.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter Scuola di Danza Arabesque: saggio di fine anno il 7 giugno al Teatro Comunale. Biglietti in segreteria da lunedì.",
    },
    {
        "kind": "marketing",
        "text": "Mercatino online Rimessa: vendi ciò che non usi, compra usato garantito. Zero commissioni per i primi tre annunci.",
    },
    {
        "kind": "marketing",
        "text": "Campo estivo in montagna per ragazzi 9-15 anni: trekking, arrampicata e laboratori di astronomia. Iscrizioni entro il 30 aprile.",
    },
    {
        "kind": "marketing",
        "text": "Oroscopo di maggio: per il Leone un mese di nuove amicizie, lo Scorpione deve prendersi cura del sonno.",
    },
    {
        "kind": "marketing",
        "text": "Vi presentiamo ⟦PERSON|Ottavio Barbagallo⟧, il nostro nuovo maestro di chitarra classica, diplomato al Conservatorio di Palermo.",
    },
    {
        "kind": "docs",
        "text": "Guida al widget di prenotazione: il campo 'note' è libero, ma consigliamo di non chiedere informazioni sanitarie. Le prenotazioni cancellate vengono anonimizzate dopo 90 giorni.",
    },
]
