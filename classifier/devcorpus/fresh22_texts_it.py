"""Italian texts of the fresh22 split: RSA, assistenza domiciliare, farmacie, poliambulatori, fondi sanitari e personale ospedaliero."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Buongiorno, il CUP regionale permette di spostare una visita oculistica già prenotata?",
    },
    {
        "kind": "support",
        "text": (
            "Riassumi in due righe questa mail per la coordinatrice della RSA Villa Serena:\n"
            '"Gentile dottoressa, sono ⟦PERSON|Ottavio Lanzafame⟧, figlio di ⟦PERSON|Assunta Lanzafame⟧ '
            "(stanza 21). Da quando le hanno cambiato la terapia per la ⟦HEALTH_DATA|demenza vascolare⟧ è molto "
            "sonnolenta e non mangia. Chiedo un colloquio con il medico di struttura. Il mio cellulare è "
            '⟦PHONE_NUMBER|347 512 8830⟧."'
        ),
    },
    {
        "kind": "support",
        "text": (
            "[16:20] Utente: ho pagato due volte il ticket della fisioterapia, fattura n. 2026/0442\n"
            "[16:21] Operatore ⟦PERSON|Ilaria⟧: Mi scusi per il disguido, verifico subito.\n"
            "[16:24] Operatore ⟦PERSON|Ilaria⟧: Confermo, il rimborso di 36,15 € partirà entro venerdì.\n"
            "[16:24] Utente: grazie mille"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Modulo richiesta rimborso - Fondo Salute Commercio\n"
            "Iscritto: ⟦PERSON|Giannina Scaramuzza⟧\n"
            "Codice fiscale: ⟦IT_FISCAL_CODE|SCRGNN77E63F205A⟧\n"
            "Prestazione: ⟦HEALTH_DATA|ecografia morfologica, 21ª settimana di gravidanza⟧\n"
            "Importo: 180,00 €\n"
            "IBAN: ⟦IBAN_CODE|IT97 X054 2811 1019 3141 5878 435⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Il concentratore di ossigeno Everflo modello 1020007 segnala 'bassa purezza O2' dopo 20 minuti. "
            "Numero di serie EV-77310. Possiamo avere un tecnico domani a Bergamo?"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Estrai nome, data e motivo da questa nota del centro trasfusionale:\n"
            '"Donatore ⟦PERSON|Raffaele Dimitrov-Sanna⟧, nato il ⟦DATE_OF_BIRTH|09/01/1985⟧, sospeso 4 mesi per '
            '⟦HEALTH_DATA|tatuaggio recente⟧ e ⟦HEALTH_DATA|emoglobina bassa (12,1)⟧."'
        ),
    },
    {
        "kind": "support",
        "text": (
            "Salve, vorrei sapere se lo studio dentistico accetta pagamenti a rate per un'arcata completa di "
            "faccette, preventivo PR-1187. Grazie, ⟦PERSON|Cosimo Iacovelli⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Buonasera, scrivo per mio fratello ⟦PERSON|Corrado Bellandi⟧, che ha una ⟦HEALTH_DATA|disabilità "
            "intellettiva⟧ e frequenta il centro diurno di via Po. Il pulmino non è passato né lunedì né martedì. "
            "Potete chiamarmi al ⟦PHONE_NUMBER|+39 055 238 4471⟧? ⟦PERSON|Nives⟧"
        ),
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": (
            "Scheda assunzione - Azienda Ospedaliera San Gerardo\n"
            "Nome: ⟦PERSON|Lorenzo Pizzolato⟧\n"
            "Codice fiscale: ⟦IT_FISCAL_CODE|PZZLRA90R12H501V⟧\n"
            "Residenza: ⟦STREET_ADDRESS|Via Galvani 18, 20900 Monza⟧\n"
            "Profilo: OSS, turni notturni in medicina interna\n"
            "Idoneità medico competente: idoneo con limitazione per ⟦HEALTH_DATA|ernia inguinale⟧ "
            "(no sollevamento oltre 15 kg)"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Avviso al personale: dal 1° aprile la timbratura in reparto avviene con ⟦BIOMETRIC_DATA|riconoscimento "
            "del volto⟧ sui nuovi terminali. Chi non acconsente può continuare a usare il badge."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Verbale incontro sindacale del 4 marzo: presenti per la ⟦TRADE_UNION_MEMBERSHIP|FP CGIL⟧ "
            "⟦PERSON|Annunziata Kovačević⟧ e per la ⟦TRADE_UNION_MEMBERSHIP|CISL FP⟧ ⟦PERSON|Pasquale Ferrigno⟧. "
            "Tema: indennità di turno notturno e reperibilità del blocco operatorio."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Turni di Pasqua: le richieste di cambio turno vanno inserite nel portale entro il 25 marzo. "
            "Le ferie estive si comunicano entro il 30 aprile al coordinatore."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Curriculum - ⟦PERSON|Mirella Oduya-Castaldi⟧\n"
            "Ostetrica, laurea Università di Padova 2014\n"
            "Esperienze: sala parto Ospedale di Treviso (2014-2022), consultorio familiare di Mestre (2022-oggi)\n"
            "⟦EMAIL_ADDRESS|mirella.oduya@libero.it⟧"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Nota per l'ufficio personale della cooperativa: il candidato ⟦PERSON|Sabatino Rugolo⟧ ha un "
            "⟦CRIMINAL_RECORD|precedente per guida in stato di ebbrezza (2018)⟧ nel certificato del casellario. "
            "Il ruolo prevede la guida del mezzo per il trasporto disabili: valutare."
        ),
    },
    {
        "kind": "hr",
        "text": (
            'Traduci in inglese per la nuova collega: "Durante il Ramadan ⟦PERSON|Samira⟧ chiede di fare il turno '
            "7-13 perché ⟦RELIGIOUS_BELIEF|musulmana praticante⟧; il reparto è d'accordo.\""
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Cerchiamo fisioterapisti per il nuovo poliambulatorio di Cagliari, contratto CCNL sanità privata, "
            "part-time o full-time, inizio giugno."
        ),
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": (
            "Dona il sangue con AVIS Comunale: il 12 aprile l'autoemoteca sarà in piazza Garibaldi dalle 8 alle "
            "12. Porta un documento e la tessera sanitaria."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Testimonianza: "Io e mio marito ⟦PERSON|Tobia⟧ abbiamo fatto tre cicli di ⟦HEALTH_DATA|PMA⟧ in questo '
            'centro. Oggi abbiamo due gemelli." - ⟦PERSON|Veronica Abbruzzese⟧'
        ),
    },
    {
        "kind": "marketing",
        "text": "Ottica Visus: occhiali da vista completi da 89 euro.",
    },
    {
        "kind": "marketing",
        "text": (
            "Newsletter Farmacia Comunale 3 - aprile\n"
            "Tornano le giornate di prevenzione: misurazione della pressione e autoanalisi della glicemia gratuite "
            "ogni mercoledì mattina. Nuovo servizio di telecardiologia con refertazione in 24 ore."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Ritratto del mese: ⟦PERSON|Gianmarco Tesfaye⟧, educatore del laboratorio protetto 'Mani in Pasta'. "
            "Ha portato i ragazzi a vincere il premio regionale per il miglior pane di grani antichi."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Riscrivi per il sito, tono accogliente: "Consultorio privato, psicoterapia individuale e di coppia, '
            'percorsi per persone in transizione, prima visita 50 €."'
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Recensione: "Dopo anni a negare la mia ⟦HEALTH_DATA|ipoacusia⟧ ho finalmente provato gli apparecchi '
            'acustici da Udito Chiaro. Il tecnico ⟦PERSON|Fabrizio⟧ è stato paziente e preciso." - ⟦PERSON|Ernesta '
            "Calò⟧"
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Assistenza domiciliare h24 a Torino e provincia: OSS e infermieri qualificati, preventivo gratuito "
            "in 24 ore. Convenzione con i principali fondi integrativi."
        ),
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": (
            "Guida al Fascicolo Sanitario Elettronico: accedi con SPID o CIE, seleziona 'Referti' e scarica il PDF "
            "firmato. I referti di laboratorio restano consultabili per 10 anni."
        ),
    },
]
