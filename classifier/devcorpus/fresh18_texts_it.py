"""Hand-written Italian texts of the ``fresh18`` split: schools, universities, libraries, town halls, clubs, parishes and NGOs."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Messaggio dal registro elettronico ClassevivA, 2ª C scuola media Carducci:\n"
        "Buongiorno prof.ssa Ferlito, ⟦PERSON|Nicolò Scaramuzza⟧ da lunedì avrà il gesso per una "
        "⟦HEALTH_DATA|frattura del polso destro⟧, non potrà scrivere per circa 4 settimane. Chiediamo le verifiche in "
        "forma orale. Grazie, ⟦PERSON|Rosaria Scaramuzza⟧ ⟦PHONE_NUMBER|347 812 4409⟧",
    },
    {
        "kind": "support",
        "text": "la biblioteca civica di Bareggio fa il prestito interbibliotecario anche per i DVD?",
    },
    {
        "kind": "support",
        "text": "Richiesta alla segreteria studenti (Università di Bologna), da sintetizzare:\n"
        "Sono ⟦PERSON|Ginevra Colasanti⟧, matricola 0000987412, CF ⟦IT_FISCAL_CODE|CLSGVR87C54A944K⟧. Chiedo la "
        "riduzione delle tasse per il secondo semestre: ho un'⟦HEALTH_DATA|invalidità civile al 75%⟧ riconosciuta "
        "dall'INPS. Allego il verbale. Recapito: ⟦EMAIL_ADDRESS|ginevra.colasanti@studio.unibo.it⟧",
    },
    {
        "kind": "support",
        "text": "Comune di Reggio Emilia – Anagrafe. Il cittadino chiede il cambio di residenza online: pratica "
        "ANPR-2025-004418 inviata il 3/02, nessuna risposta. I vigili hanno già fatto l'accertamento il 10/02. "
        "Preparare risposta: i tempi di legge sono 45 giorni.",
    },
    {
        "kind": "support",
        "text": "Iscrizione Grest oratorio San Luigi, turno 2 (23/06-4/07)\n"
        "Bambino: ⟦PERSON|Kevin Osaghae⟧, nato il ⟦DATE_OF_BIRTH|14/02/2016⟧\n"
        "Genitore: ⟦PERSON|Blessing Osaghae⟧, cell. ⟦PHONE_NUMBER|+39 333 905 1127⟧\n"
        "Allergie/intolleranze: ⟦HEALTH_DATA|celiachia⟧\n"
        "Uscite in piscina: sì\nQuota 120 € pagata con bonifico",
    },
    {
        "kind": "support",
        "text": "Chat palestra comunale, riassumi:\n"
        "[18:02] utente: ciao, il corso di pilates del giovedì è pieno?\n"
        "[18:03] operatore: sì, ma c'è posto il martedì alle 19:30 con l'istruttrice Sabrina\n"
        "[18:03] utente: ok, mi iscrivo al martedì, sono ⟦PERSON|Giada Ruffoni⟧. pago con satispay?\n"
        "[18:04] operatore: sì, codice abbonamento PIL-TUE-19",
    },
    {
        "kind": "support",
        "text": "Servizi sociali del Municipio V, nota di contatto telefonico:\n"
        "La signora ⟦PERSON|Ionela Munteanu⟧, ⟦STREET_ADDRESS|Via dei Gordiani 88, 00176 Roma⟧, chiede il contributo "
        "affitto. È in ⟦HEALTH_DATA|gravidanza a rischio⟧ e non lavora da settembre. Il compagno è ⟦CRIMINAL_RECORD|detenuto "
        "a Rebibbia per rapina⟧. Fissare colloquio con l'assistente sociale.",
    },
    {
        "kind": "support",
        "text": "Museo Egizio, prenotazione scuole: classe 5ª A (24 alunni + 2 docenti), laboratorio 'Scrivere come uno "
        "scriba', giovedì 20 marzo ore 10:00, codice prenotazione EGZ-SC-30912. Fattura elettronica al codice "
        "univoco UFXK7B.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Scheda anagrafica nuovo collaboratore – CPIA Milano 3\n"
        "Nome: ⟦PERSON|Tommaso Brambilla⟧\nCodice fiscale: ⟦IT_FISCAL_CODE|BRMTMS79S02L736X⟧\n"
        "Residenza: ⟦STREET_ADDRESS|Via Roma 5, 20010 Bareggio (MI)⟧\nIBAN: ⟦IBAN_CODE|IT18 O228 1795 3711 4904 4338 729⟧\n"
        "Incarico: docente alfabetizzazione italiano L2, 12 ore settimanali",
    },
    {
        "kind": "hr",
        "text": "Verbale del collegio docenti n. 4: approvato il PTOF 2025/28, calendario scrutini dal 9 giugno, "
        "nominati i referenti per l'orientamento. Si ricorda la scadenza del 31/05 per le domande di ferie.",
    },
    {
        "kind": "hr",
        "text": "Riformula in modo più professionale, è per il dirigente:\n"
        '"le comunico che da oggi sono ⟦TRADE_UNION_MEMBERSHIP|RSU per la FLC CGIL⟧ e chiedo il permesso sindacale per '
        "l'assemblea di venerdì\" – ⟦PERSON|Samuele Righetto⟧, collaboratore scolastico",
    },
    {
        "kind": "hr",
        "text": "Turni volontari Protezione Civile – Festa patronale: sabato 8-14 viabilità piazza Garibaldi, "
        "14-20 presidio parcheggio stadio, domenica processione ore 17. Radio e pettorine in sede.",
    },
    {
        "kind": "hr",
        "text": "Certificato per la segreteria del personale (Biblioteca Sormani):\n"
        "La dipendente ⟦PERSON|Chiara Dell'Acqua⟧ è assente dal 3 al 14 novembre per intervento di "
        "⟦HEALTH_DATA|colecistectomia⟧. Prognosi 12 giorni. Medico curante dr. Pizzolato.",
    },
    {
        "kind": "hr",
        "text": "Avviso di selezione: il Comune di Trento cerca 2 istruttori amministrativi (cat. C) per l'ufficio "
        "elettorale. Scadenza domande 12 aprile, prova scritta il 6 maggio.",
    },
    {
        "kind": "hr",
        "text": "Nota riservata del presidente ASD Pallavolo Ardea:\n"
        "L'allenatore ⟦PERSON|Aurelio Pizzolato⟧ ha segnalato insulti negli spogliatoi contro il giocatore "
        "⟦PERSON|Matteo Lorusso⟧ perché ⟦SEX_LIFE_ORIENTATION|omosessuale⟧. Convocare i genitori dei due ragazzi "
        "coinvolti e il referente safeguarding.",
    },
    {
        "kind": "hr",
        "text": "Da: ⟦EMAIL_ADDRESS|l.capuzzo@parrocchiasanzeno.it⟧\nOggetto: R: sistema presenze\n\n"
        "Don Franco, i volontari della mensa non vogliono lasciare l'⟦BIOMETRIC_DATA|impronta digitale⟧ per il nuovo "
        "rilevatore presenze. Propongo il badge. ⟦PERSON|Loredana Capuzzo⟧\n\n"
        "> Il fornitore dice che il modello BX-200 funziona solo con le impronte.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Domenica al museo: la prima domenica del mese ingresso gratuito nei musei statali. Visite guidate "
        "per famiglie alle 11 e alle 16, prenotazione consigliata.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter del circolo, correggi la punteggiatura:\n"
        "Diamo il benvenuto a ⟦PERSON|Marisa Tagliaferri⟧ che dopo vent'anni di volontariato si candida al consiglio "
        "comunale come ⟦POLITICAL_OPINION|iscritta al Partito Democratico⟧. Aperitivo di presentazione venerdì alle 19 "
        "in via Saragozza.",
    },
    {
        "kind": "marketing",
        "text": "Università per la Terza Età di Padova: iscrizioni aperte! Corsi di storia dell'arte, inglese, "
        "informatica e ginnastica dolce. Quota annuale 90 €.",
    },
    {
        "kind": "marketing",
        "text": "Storia per il 5x1000 dell'associazione Il Girasole:\n"
        "Da quando a ⟦PERSON|Pietro Canestrari⟧ è stata diagnosticata la ⟦HEALTH_DATA|SLA⟧, i nostri volontari lo "
        "accompagnano ogni settimana alla piscina riabilitativa. 'Mi hanno ridato la voglia di uscire', racconta.",
    },
    {
        "kind": "marketing",
        "text": "Post per la pagina della comunità rom di Scampia, accorcia:\n"
        "⟦PERSON|Dragan Ahmetović⟧, ragazzo ⟦ETHNIC_ORIGIN|rom⟧ di 17 anni, ha vinto la borsa di studio del liceo "
        "artistico. È il primo della sua famiglia ad arrivare al diploma!",
    },
    {
        "kind": "marketing",
        "text": "Estate in palestra: abbonamento trimestrale a 99 € con sala pesi, corsi e piscina esterna. "
        "Promo valida fino al 30 giugno.",
    },
    {
        "kind": "marketing",
        "text": "Volantino della Sala del Regno, revisionare il testo: invito alla Commemorazione del 12 aprile. "
        "Nella testimonianza la sorella ⟦PERSON|Agnese Murtas⟧ racconta come è diventata ⟦RELIGIOUS_BELIEF|testimone "
        "di Geova⟧ dopo la morte del padre.",
    },
    {
        "kind": "marketing",
        "text": "Festa dello sport di Cesena, 14 settembre: 35 società presentano i loro corsi al parco "
        "Ippodromo. Prove gratuite di scherma, rugby e arrampicata.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Come richiedere la carta d'identità elettronica. La CIE si richiede al Comune di residenza, anche "
        "prenotando online tramite l'Agenda CIE del Ministero dell'Interno. Servono una fototessera recente e la "
        "vecchia carta o una denuncia di smarrimento. Il costo è di 22,21 euro più eventuali diritti comunali; la carta "
        "arriva per posta entro sei giorni lavorativi. Al momento della richiesta si può esprimere il consenso alla "
        "donazione di organi.",
    },
]
