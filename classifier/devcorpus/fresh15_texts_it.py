"""Hand-written Italian texts of the ``fresh15`` split: traghetti, vendemmia, fondazioni liriche, bioparchi e altro."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Oggetto: cambio orario Piombino–Portoferraio, prenotazione EL-401558\n\n"
        "Buongiorno, mio marito ⟦PERSON|Arnaldo Fiaschi⟧ fa la ⟦HEALTH_DATA|dialisi⟧ il martedì e il venerdì a "
        "Piombino, quindi dobbiamo per forza rientrare all'Elba in giornata. La corsa delle 19:30 è stata soppressa: "
        "potete spostarci su quella delle 18:10 senza penale? Il mio cellulare è ⟦PHONE_NUMBER|347 612 0958⟧.\n"
        "Grazie, ⟦PERSON|Loredana Fiaschi⟧",
    },
    {
        "kind": "support",
        "text": "ciao, il traghetto delle 6:30 per Olbia parte lo stesso col maestrale? pren. OL-77120",
    },
    {
        "kind": "support",
        "text": "Buonasera, vorrei iscrivere mio figlio ⟦PERSON|Tommaso⟧ (11 anni) al corso di equitazione del sabato. "
        "⟦PERSON|Tommaso⟧ ha la ⟦HEALTH_DATA|sindrome di Down⟧ e ha già fatto due anni di ippoterapia, quindi sa stare in sella. "
        "Avete istruttori abituati? Potete rispondere a ⟦EMAIL_ADDRESS|f.guarnieri.ceccato@libero.it⟧. "
        "⟦PERSON|Federica Guarnieri Ceccato⟧",
    },
    {
        "kind": "support",
        "text": "Ticket PDC-11804 – aperto il 09/01\n"
        "Modello: Termoterra 8 monoblocco, matricola TT8-22-019443, firmware 4.1.0\n"
        "Errore A12 (sonda mandata) a intermittenza, la macchina va in blocco e riparte dopo 10 minuti.\n"
        "Intervento 12/01: sostituita sonda NTC, cablaggio ok. Chiedere al cliente di inviare foto del display "
        "se l'errore si ripresenta; altrimenti chiudere il 26/01.",
    },
    {
        "kind": "support",
        "text": "Salve, ho prenotato il corso Open Water a Lampedusa per agosto. Devo dirvi che due anni fa ho avuto "
        "uno ⟦HEALTH_DATA|pneumotorace spontaneo⟧ al polmone sinistro, poi operato. Il medico sportivo mi ha dato "
        "l'idoneità generica ma per le immersioni non so. Cosa mi serve? ⟦PERSON|Gianmarco Sestito⟧",
    },
    {
        "kind": "support",
        "text": "Mi scrivi una mail di reclamo formale partendo da questi appunti?\n"
        "- abbonamento Premium fan club annuale, 59,90 €\n"
        "- addebitato due volte il 4 novembre sulla carta ⟦CREDIT_CARD|5173 1572 0564 2901⟧\n"
        "- chat dell'assistenza chiusa senza risposta (ticket FC-20931)\n"
        "- voglio lo storno del secondo addebito entro 14 giorni\n"
        "firmato ⟦PERSON|Rocco Iannacone⟧",
    },
    {
        "kind": "support",
        "text": "Pagamento biglietti online non andato a buon fine ma l'importo risulta bloccato sulla carta. "
        "Transazione 7F2A-99C1, 2 interi + 1 ridotto, visita del 15 giugno. Come faccio a sbloccarlo?",
    },
    {
        "kind": "support",
        "text": "Ciao, volevo chiedere se fate anche le parrucche su misura. Mia sorella ⟦PERSON|Benedetta⟧ ha "
        "l'⟦HEALTH_DATA|alopecia areata⟧ e da quest'estate ha perso quasi tutti i capelli, vorremmo un appuntamento "
        "riservato, magari a salone chiuso.",
    },
    {
        "kind": "support",
        "text": "Puoi tradurre in italiano questa mail di una cliente dell'Alto Adige e preparare una risposta "
        "gentile?\n"
        "\n"
        "---- Messaggio inoltrato ----\n"
        "Da: ⟦PERSON|Verena Oberrauch-Tschurtschenthaler⟧ <⟦EMAIL_ADDRESS|v.oberrauch@rolmail.net⟧>\n"
        "Oggetto: Weinpaket beschädigt\n"
        "\n"
        "Grüß Gott, das Weinpaket (Bestellung CNT-55017) ist heute kaputt angekommen, zwei Flaschen Lagrein "
        "waren zerbrochen. Bitte um Ersatz oder Gutschrift auf meine Karte "
        "⟦CREDIT_CARD|4013-6370-0582-3790⟧. Danke und schöne Grüße aus Bozen",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Giudizio di idoneità – attività di sicurezza in ambito ferroviario\n\n"
        "Lavoratore: ⟦PERSON|Corrado Pellizzari⟧\nCodice fiscale: ⟦IT_FISCAL_CODE|PLLCRD78P05L219G⟧\n"
        "Mansione: addetto manutenzione armamento, cantieri notturni linea Torino–Modane\n"
        "Esito: IDONEO CON PRESCRIZIONI – ⟦HEALTH_DATA|ipoacusia bilaterale⟧ corretta con "
        "⟦HEALTH_DATA|protesi acustiche⟧; obbligo di uso delle protesi in servizio, controllo audiometrico annuale.\n"
        "Il medico competente",
    },
    {
        "kind": "hr",
        "text": "SCHEDA ASSUNZIONE – Panificio Spiga d'Oro (franchising), punto vendita di Modena Centro\n\n"
        "Cognome e nome: ⟦PERSON|Brancaleoni Ottavia⟧\nData di nascita: ⟦DATE_OF_BIRTH|23/04/1992⟧\n"
        "Codice fiscale: ⟦IT_FISCAL_CODE|BRNTTV92D63G273D⟧\n"
        "Residenza: ⟦STREET_ADDRESS|Via Emilia Est 318, 41121 Modena⟧\n"
        "IBAN per accredito: ⟦IBAN_CODE|IT48 P917 1964 9714 8867 2314 102⟧\n"
        "Trattenuta sindacale: sì, ⟦TRADE_UNION_MEMBERSHIP|FLAI-CGIL⟧\n"
        "Turno: notte (2:00–8:00), part-time 30 h\nAttestato HACCP: presente, scadenza 2028",
    },
    {
        "kind": "hr",
        "text": "Verbale incontro RSU – Fondazione lirica, 18 febbraio\n\n"
        "Presenti per la RSU: ⟦PERSON|Ernesto Baldacci⟧ (⟦TRADE_UNION_MEMBERSHIP|SLC-CGIL⟧), ⟦PERSON|Marta Ruggeri⟧ "
        "(⟦TRADE_UNION_MEMBERSHIP|Fials⟧); per l'azienda il direttore del personale.\n"
        "1) Turni coro per la tournée estiva: accordo su massimo due recite consecutive.\n"
        "2) La corista ⟦PERSON|Silvia Montanaro⟧ è in ⟦HEALTH_DATA|gravidanza a rischio⟧ da gennaio; si concorda di "
        "non conteggiare le assenze ai fini del premio di produzione.\n"
        "3) Prossimo incontro a marzo sul rinnovo del contratto integrativo.",
    },
    {
        "kind": "hr",
        "text": "Cerchiamo 15 vendemmiatori per la raccolta del Nebbiolo nelle Langhe, da fine settembre a metà "
        "ottobre. Contratto agricolo a tempo determinato, vitto incluso, trasporto da Alba. Non serve esperienza, "
        "serve resistenza. Candidature con rif. VEND-LNG-26.",
    },
    {
        "kind": "hr",
        "text": "Circolare n. 7 – personale del bioparco\n"
        "Dal 1° aprile apertura estiva 9:00–19:00. I custodi del rettilario anticipano l'ingresso alle 7:30 per i "
        "controlli delle temperature. Le ferie di agosto vanno richieste entro il 31 marzo sul portale.",
    },
    {
        "kind": "hr",
        "text": "Riassumi questo CV in 5 righe per il cliente, studio di tatuaggi a Bologna:\n\n"
        "⟦PERSON|Ilaria Zanardelli⟧ – nata il ⟦DATE_OF_BIRTH|1° dicembre 1999⟧ – ⟦PHONE_NUMBER|+39 333 904 1172⟧ – "
        "⟦EMAIL_ADDRESS|ilaria.zanardelli.ink@gmail.com⟧\n"
        "2021–oggi: tatuatrice freelance, stile fine line e botanico\n"
        "2019–2021: apprendistato presso studio a Ferrara\n"
        "Corso igienico-sanitario regionale (2019)\n"
        "Altro: volontaria alla Festa dell'Unità per il ⟦POLITICAL_OPINION|PD⟧ dal 2017, disegno dal vivo ai mercatini",
    },
    {
        "kind": "hr",
        "text": "Assunzione operai per cantiere notturno Alessandria – verifica casellario\n\n"
        "Candidato: ⟦PERSON|Ottaviano Sgroi⟧\nCertificato del casellario giudiziale: "
        "⟦CRIMINAL_RECORD|condanna per furto aggravato di cavi di rame (2018), pena espiata⟧\n"
        "Nota dell'ufficio personale: il committente vieta l'accesso ai depositi materiali; valutare impiego solo in "
        "squadra di rincalzatura.",
    },
    {
        "kind": "hr",
        "text": "Gentile ufficio personale,\n\nvi scrivo per chiedere i permessi per visite specialistiche previsti dal "
        "contratto. A settembre ho fatto un test e sono risultata portatrice di una ⟦GENETIC_DATA|mutazione BRCA1⟧; "
        "da ora devo fare controlli ogni sei mesi (risonanza ed ecografia) a Milano. Preferirei che la cosa restasse "
        "riservata e non arrivasse all'ispettore d'orchestra.\n\nCordiali saluti,\n⟦PERSON|Ginevra Lattanzi⟧, viola di fila",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Adotta un fenicottero! Con 35 € l'anno ricevi il certificato di adozione, una foto ricordo e "
        "l'ingresso gratuito alla giornata dei sostenitori.",
    },
    {
        "kind": "marketing",
        "text": "Vendemmia turistica in cantina: una mattina tra i filari con cesoie e cassette, poi pranzo con i "
        "vignaioli e degustazione di tre annate di Barbaresco. Sabati di settembre, 65 € a persona.",
    },
    {
        "kind": "marketing",
        "text": "«Pensavo che con la carrozzina il mare fosse solo da guardare. Invece a 18 metri non esiste la "
        "⟦HEALTH_DATA|paraplegia⟧.» – ⟦PERSON|Achille Notarnicola⟧, subacqueo dal 2021, dopo il corso adattato del nostro diving",
    },
    {
        "kind": "marketing",
        "text": 'Benvenuto in squadra a ⟦PERSON|Christian "Zefiro" Moltoni⟧, nuovo jungler del nostro roster di '
        "League of Legends! Arriva dalla Lega Prodigy con due titoli nazionali.",
    },
    {
        "kind": "marketing",
        "text": "Estate in traghetto: bambini gratis fino a 12 anni su tutte le corse per la Sardegna dal 1° al 20 giugno. "
        "Prenota entro il 31 marzo.",
    },
    {
        "kind": "marketing",
        "text": "Scheda per il catalogo della rassegna:\n"
        "⟦PERSON|Leonardo Pizzigoni⟧, regista apertamente ⟦SEX_LIFE_ORIENTATION|gay⟧, torna al festival con un "
        "documentario sulle sale da ballo di provincia negli anni Ottanta.",
    },
    {
        "kind": "marketing",
        "text": "Nuovo in salone: trattamento ricostruttivo alla cheratina e colorazioni senza ammoniaca. "
        "Prenota online e ricevi il test di tollerabilità in omaggio.",
    },
    {
        "kind": "marketing",
        "text": "Dal bollettino del Circolo Scacchi Val Pellice: il nostro socio ⟦PERSON|Davide Jahier⟧, pastore della "
        "chiesa ⟦RELIGIOUS_BELIEF|valdese⟧ di Torre Pellice, ha vinto il torneo semilampo di Pinerolo. Complimenti!",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Valutare un modello linguistico\n\n"
        "Le classifiche pubbliche misurano spesso compiti molto diversi da quelli di un'azienda. Prima di adottare "
        "un modello conviene costruire un piccolo insieme di prove interne, con esempi reali anonimizzati e risposte "
        "attese, e ripeterlo a ogni aggiornamento. Servono anche metriche di costo e latenza: un modello leggermente "
        "meno accurato ma tre volte più veloce può essere la scelta giusta per un servizio clienti.",
    },
]
