"""Hand-written Italian texts of the ``fresh16`` split: multiutility, comuni, cantieri, logistica e stabilimenti."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Riscrivi in modo più gentile: 'La sua richiesta di allaccio gas n. AG-20266 è sospesa, manca la DICO.'",
    },
    {
        "kind": "support",
        "text": "Riassumi per il fascicolo reclami della multiutility:\n\nDa: ⟦EMAIL_ADDRESS|lucrezia.fantoni@libero.it⟧\n"
        "Oggetto: distacco fornitura\n> Buongiorno, mia madre ⟦PERSON|Ornella Fantoni⟧ vive in ⟦STREET_ADDRESS|via dei Carbonai 12, "
        "58100 Grosseto⟧, è ⟦HEALTH_DATA|invalida al 100% con SLA⟧ e usa un ⟦HEALTH_DATA|ventilatore polmonare⟧. Avete "
        "staccato la luce per una bolletta di 84 euro. Chiedo riallaccio immediato. Cell. ⟦PHONE_NUMBER|347 902 1186⟧",
    },
    {
        "kind": "support",
        "text": "Classifica la segnalazione: 'Cassonetto dell'organico rotto in piazza Garibaldi, odore forte.' "
        "(igiene urbana / verde pubblico / viabilità)",
    },
    {
        "kind": "support",
        "text": "Scrivi la risposta a ⟦PERSON|Settimio Cavallaro⟧: la pratica SUAP n. 4471/2026 per la tettoia del "
        "capannone è stata accolta, il ritiro del titolo si fa allo sportello.",
    },
    {
        "kind": "support",
        "text": "Controlla questo modulo di domiciliazione bancaria per la TARI:\nIntestatario: ⟦PERSON|Ottavio Brambati⟧\n"
        "Codice fiscale: ⟦IT_FISCAL_CODE|BRMTTV72P03L219A⟧\nIBAN: ⟦IBAN_CODE|IT89 U516 8936 4461 9940 4548 208⟧\n"
        "Utenza: 0098-TR-5520",
    },
    {
        "kind": "support",
        "text": "Traduci in tedesco per l'autista: 'Il carico per Verona va consegnato entro le 14, porta 12 dell'interporto.'",
    },
    {
        "kind": "support",
        "text": "Trascrizione chiamata al numero verde del trasporto pubblico, fanne un ticket:\n"
        "Operatore ⟦PERSON|Gianluca Pes⟧: buongiorno, mi dica. Utente: sì, sono ⟦HEALTH_DATA|non vedente⟧ e l'autobus "
        "della linea 7 non ha annunciato le fermate, sono sceso a Porta Nuova invece di San Paolo. Operatore: mi scuso, "
        "segnalo il mezzo 2214 all'officina.",
    },
    {
        "kind": "support",
        "text": "Come spiego in due righe la differenza tra lettura reale e stimata sulla bolletta dell'acqua?",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Giudizio di idoneità del medico competente, acciaieria di Terni, da riassumere per il capoturno:\n"
        "Lavoratore: ⟦PERSON|Loris Pennacchi⟧, nato il ⟦DATE_OF_BIRTH|14/06/1976⟧\nDiagnosi: ⟦HEALTH_DATA|ipoacusia bilaterale da rumore⟧, "
        "⟦HEALTH_DATA|ipertensione in terapia con ramipril⟧\nGiudizio: idoneo con prescrizioni (otoprotettori, no lavori in quota).",
    },
    {
        "kind": "hr",
        "text": "Annuncio di lavoro da accorciare: cerchiamo capocantiere per ristrutturazione scuole a Bergamo, "
        "patentino PLE, esperienza 5 anni.",
    },
    {
        "kind": "hr",
        "text": "Verbale incontro RSU, stabilimento ceramico di Sassuolo, 20 novembre\nPresenti: ⟦PERSON|Debora Lusvardi⟧ "
        "(⟦TRADE_UNION_MEMBERSHIP|RSU FILCTEM-CGIL⟧), ⟦PERSON|Marco Ferrarini⟧ (HR)\n1. Turni notturni: accordo fino a marzo.\n"
        "2. Un operaio chiede di non lavorare il venerdì pomeriggio per la ⟦RELIGIOUS_BELIEF|preghiera in moschea⟧; si valuta "
        "lo scambio turno.\n3. ⟦PERSON|Lusvardi⟧ chiede il rientro graduale di una collega dopo ⟦HEALTH_DATA|un tumore al seno⟧.",
    },
    {
        "kind": "hr",
        "text": "Estratto CV, mettilo in tabella:\n2010-2016 Manutentore elettrico, porto di La Spezia\n"
        "2016-oggi Responsabile officina gru, terminal container\nPatente C+E, carroponte",
    },
    {
        "kind": "hr",
        "text": "Certificato INPS arrivato per ⟦PERSON|Assunta Mirabella⟧, impiegata dell'ufficio tributi, prognosi 10 giorni, "
        "⟦HEALTH_DATA|gastroenterite acuta⟧. Aggiorna il foglio presenze.",
    },
    {
        "kind": "hr",
        "text": "Scrivi un promemoria firmato da ⟦PERSON|Nicoletta Sgarbossa⟧ per i nuovi assunti del deposito: badge, scarpe antinfortunistiche e corso carrelli "
        "elevatori lunedì alle 8.",
    },
    {
        "kind": "hr",
        "text": "Verifica i dati dell'autista prima dell'assunzione, cosa non dovremmo conservare?\n"
        "Nome: ⟦PERSON|Cristian Zappalà⟧\nCasellario: ⟦CRIMINAL_RECORD|condanna per ricettazione del 2016⟧\n"
        "Note del selezionatore: ⟦ETHNIC_ORIGIN|di etnia rom⟧, ⟦POLITICAL_OPINION|iscritto a Fratelli d'Italia⟧",
    },
    {
        "kind": "hr",
        "text": "Riassumi la valutazione annuale di ⟦PERSON|Alfio Randazzo⟧: ottima gestione delle squadre reperibili, migliorare la reportistica dei guasti.",
    },
    # -- marketing --------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Tre titoli per la campagna sulla raccolta differenziata porta a porta nel quartiere Borgo Nuovo.",
    },
    {
        "kind": "marketing",
        "text": "Migliora la testimonianza per il sito del consorzio:\n'⟦PERSON|Filippo Orrù⟧ del servizio clienti mi ha aiutata a "
        "ottenere il bonus sociale: con la ⟦HEALTH_DATA|dialisi peritoneale⟧ a casa i consumi sono alti.' – ⟦PERSON|Rosalba Deiana⟧, Oristano",
    },
    {
        "kind": "marketing",
        "text": "Post per Instagram: il nuovo impianto fotovoltaico sul tetto del magazzino copre il 60% dei consumi.",
    },
    {
        "kind": "marketing",
        "text": "Profilo per la newsletter interna, più vivace:\n⟦PERSON|Samuele Bortolotti⟧, gruista al cantiere della metro C, "
        "⟦RELIGIOUS_BELIEF|valdese⟧, vive a Roma con il ⟦SEX_LIFE_ORIENTATION|marito⟧ ⟦PERSON|Davide⟧ e allena una squadra di rugby.",
    },
    {
        "kind": "marketing",
        "text": "Invito alla cittadinanza: inaugurazione della ciclabile lungo il canale, sabato ore 10, con il sindaco.",
    },
    {
        "kind": "marketing",
        "text": "Slogan per la nuova app di segnalazioni del Comune: 'Vedi un problema? Segnalalo in 30 secondi.' Altre idee?",
    },
    {
        "kind": "marketing",
        "text": "Comunicato stampa: il porto di Ravenna apre un nuovo terminal per rinfuse, 120 posti di lavoro.",
    },
    {
        "kind": "marketing",
        "text": "Correggi il messaggio dell'assessora ⟦PERSON|Graziella Torchio⟧ sulla chiusura estiva della piscina comunale.",
    },
    {
        "kind": "hr",
        "text": "Nota del medico competente del petrolchimico, da rendere neutra: ⟦PERSON|Tiziano Colasanti⟧ ha un "
        "⟦GENETIC_DATA|test genetico con deficit di G6PD⟧, evitare esposizione a naftalene; registrato al tornello con "
        "⟦BIOMETRIC_DATA|impronta digitale⟧.",
    },
    {
        "kind": "support",
        "text": "Rispondi al sig. ⟦PERSON|Egidio Manfredonia⟧ (⟦EMAIL_ADDRESS|egidio.manfredonia@alice.it⟧): il contrassegno disabili per la ZTL "
        "è rinnovato, ha presentato il certificato per ⟦HEALTH_DATA|morbo di Parkinson⟧.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Negli impianti industriali i modelli di manutenzione predittiva analizzano vibrazioni, temperature e "
        "correnti dei motori. Questi dati non riguardano persone, ma i registri di intervento spesso contengono nomi "
        "di tecnici e note libere: è buona pratica separarli prima dell'addestramento.",
    },
]
