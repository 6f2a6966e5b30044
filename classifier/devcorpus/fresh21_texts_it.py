"""Hand-written Italian texts of the ``fresh21`` split: operatori telefonici, rider, piattaforme e-learning, helpdesk IT, studi di videogiochi."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Buongiorno, ho richiesto la portabilità del numero ⟦PHONE_NUMBER|347 218 9034⟧ da Lumen Mobile il 3 maggio, ma la linea è ancora attiva sul vecchio operatore. Codice migrazione: LMN0098812. Grazie, ⟦PERSON|Rosaria Pellegrino⟧",
    },
    {
        "kind": "support",
        "text": "Ciao, l'app rider mi dà errore 'documento scaduto' ma ho caricato la carta d'identità nuova ieri. Posso lavorare stasera?",
    },
    {
        "kind": "support",
        "text": "Richiesta rimborso – ordine #IT-55120983\nCliente: ⟦PERSON|Francesco Amodio⟧\nCodice fiscale: ⟦IT_FISCAL_CODE|MDAFNC86D09D612W⟧\nIBAN: ⟦IBAN_CODE|IT82 Y185 0609 4691 7732 0017 769⟧\nMotivo: corso annullato dalla piattaforma, pagato con carta il 14/02.",
    },
    {
        "kind": "support",
        "text": "[08:31] Utente: il VPN aziendale non si collega da stamattina\n[08:33] Helpdesk ⟦PERSON|Marco⟧: Ciao! Stai usando il client 5.2? Prova a cancellare il profilo e reimportarlo da portale.\n[08:40] Utente: risolto, grazie!\n[08:41] Helpdesk ⟦PERSON|Marco⟧: Perfetto, chiudo il ticket INC0048811.",
    },
    {
        "kind": "support",
        "text": "Ricorso contro sospensione account\nNickname: Sasà_Rossonero\nID giocatore: 70012-8841\nMotivazione: sono stato bannato per linguaggio offensivo, ma nel messaggio citavo un insulto ricevuto. Chiedo di rivedere la chat completa. Mail: ⟦EMAIL_ADDRESS|salvatore.esposito.na@libero.it⟧",
    },
    {
        "kind": "support",
        "text": "Traduci in inglese per il fornitore: «La bolletta di aprile riporta 86 € di roaming in Svizzera, ma l'utente ⟦PERSON|Gianluca Menegatti⟧ era in Italia. Chiediamo verifica dei CDR entro venerdì.»",
    },
    {
        "kind": "support",
        "text": "Gentile cliente, la manutenzione programmata del datacenter di Milano Caldera si svolgerà domenica dalle 02:00 alle 05:00. Non sono previste interruzioni per i servizi in alta affidabilità.",
    },
    {
        "kind": "support",
        "text": "Buonasera, ho avuto un incidente in consegna (auto che mi ha tagliato la strada in viale Monza), ho una ⟦HEALTH_DATA|frattura al polso⟧ e il pronto soccorso mi ha dato 30 giorni. Come funziona l'assicurazione? ⟦PERSON|Ousmane Ndiaye⟧ – ⟦PHONE_NUMBER|+39 351 774 2086⟧",
    },
    {
        "kind": "hr",
        "text": "Scheda assunzione – operatrice customer care\nNome e cognome: ⟦PERSON|Chiara Lombardi⟧\nData di nascita: ⟦DATE_OF_BIRTH|17/03/1994⟧\nCodice fiscale: ⟦IT_FISCAL_CODE|LMBCHR94C57F839W⟧\nResidenza: ⟦STREET_ADDRESS|Via Toledo 256, 80134 Napoli⟧\nCategoria protetta (L. 68/99): ⟦HEALTH_DATA|sì, invalidità civile 60%⟧\nContratto: TLC, 4° livello, part-time 30h",
    },
    {
        "kind": "hr",
        "text": "Verbale riunione RSU – 11 giugno\nPresenti: RSU (3), HR, responsabile helpdesk\n1. Turni notturni: proposta rotazione su 4 settimane.\n2. Buoni pasto: aumento a 8 € dal 1° settembre.\n3. Formazione obbligatoria sicurezza: entro fine anno.",
    },
    {
        "kind": "hr",
        "text": "Ciao ⟦PERSON|Paola⟧, ⟦PERSON|Alessio⟧ mi ha detto che è ⟦HEALTH_DATA|diabetico di tipo 1⟧ e durante i turni di reperibilità notturna deve poter mangiare alla postazione. Possiamo aggiornare la policy del NOC? Grazie",
    },
    {
        "kind": "hr",
        "text": "Riassumi in due righe questo CV per il cliente:\n\n⟦PERSON|Valentina Caruso-Mancini⟧, 34 anni, ⟦EMAIL_ADDRESS|v.carusomancini@pec.it⟧. 8 anni come SOC analyst presso un MSSP di Roma, certificazioni CEH e CompTIA Security+, inglese C1. Disponibile da settembre, preferisce lavoro ibrido su Torino.",
    },
    {
        "kind": "hr",
        "text": "Comunicazione al personale: iscrizione al sindacato – ⟦PERSON|Domenico Sorrentino⟧ (magazzino hub Bologna) ha consegnato la delega per la trattenuta ⟦TRADE_UNION_MEMBERSHIP|FILT-CGIL⟧. Attivare dal cedolino di luglio.",
    },
    {
        "kind": "hr",
        "text": "Annuncio: cerchiamo moderatori di community madrelingua italiana per un MMO, turni anche serali, formazione retribuita di due settimane.",
    },
    {
        "kind": "hr",
        "text": "Nota disciplinare: il rider ⟦PERSON|Cristian Bellomo⟧ ha dichiarato in fase di verifica una ⟦CRIMINAL_RECORD|condanna per guida in stato di ebbrezza (2020)⟧. Sospeso dalle consegne in auto, può continuare in bici.",
    },
    {
        "kind": "hr",
        "text": "Promemoria: la valutazione annuale dei tecnici on-call si chiude il 30 giugno. Caricate gli obiettivi su Zucchetti.",
    },
    {
        "kind": "marketing",
        "text": "Fibra fino a 2,5 Gbit/s, modem Wi-Fi 7 incluso e nessun costo di attivazione. Scopri se la tua via è coperta.",
    },
    {
        "kind": "marketing",
        "text": "«Grazie al corso di data analysis ho cambiato lavoro in sei mesi. I tutor rispondono anche la sera!» – ⟦PERSON|Martina Zanella⟧, Verona",
    },
    {
        "kind": "marketing",
        "text": "Diventa rider a Bologna: scegli tu quando lavorare, pagamento settimanale, bonus pioggia e copertura infortuni dal primo giorno.",
    },
    {
        "kind": "marketing",
        "text": "Il nostro team: ⟦PERSON|Nicolò Scalisi⟧ guida il supporto giocatori da Catania. Ex pro player di giochi di carte, risponde ai ticket più difficili con la pazienza di un santo.",
    },
    {
        "kind": "marketing",
        "text": "Sicurezza informatica per PMI: test di phishing, monitoraggio 24/7 e team di risposta agli incidenti a partire da 490 € al mese.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter di luglio: nuovi data center a Roma, sconto del 15% sui server dedicati e un webinar su backup immutabili il 18 luglio.",
    },
    {
        "kind": "marketing",
        "text": "Testimonianza: «Il loro helpdesk gestisce 300 postazioni del nostro gruppo e non perdiamo più ore con le stampanti.» – Ing. ⟦PERSON|Raffaele Cutrona⟧, IT manager",
    },
    {
        "kind": "marketing",
        "text": "Benessere in turno: tutti i nostri operatori hanno accesso gratuito a uno sportello psicologico e a pause extra dopo le chiamate difficili.",
    },
    {
        "kind": "docs",
        "text": "Il codice di migrazione è un identificativo alfanumerico che il cliente trova in fattura o nell'area personale. Serve al nuovo operatore per richiedere la portabilità della linea fissa. In caso di errore nel codice, la richiesta viene scartata e deve essere ripresentata.",
    },
    {
        "kind": "support",
        "text": "Salve, sono ⟦PERSON|Teresa Gallo⟧, cliente business. Il modulo di pagamento non accetta la carta, vi detto i dati: ⟦CREDIT_CARD|3731 486914 53621⟧. Grazie",
    },
    {
        "kind": "hr",
        "text": "Email a HR: «Vi comunico che da gennaio sono iscritto al ⟦POLITICAL_OPINION|Partito Democratico⟧ e sarò candidato al consiglio comunale di Pesaro; chiedo i permessi elettorali previsti.» – ⟦PERSON|Lorenzo Bertozzi⟧, NOC Ancona",
    },
    {
        "kind": "hr",
        "text": "Registro accessi data center Milano – nuovi abilitati\nTecnico: ⟦PERSON|Gaetano Russo Ferlito⟧\nMetodo: ⟦BIOMETRIC_DATA|riconoscimento facciale⟧ + badge\nTurno reperibilità: settimane pari\nConsenso privacy firmato il 10/06.",
    },
    {
        "kind": "support",
        "text": "Classifica questi messaggi di ricorso in: 'accettare', 'respingere', 'serve revisione umana'. Rispondi solo con una tabella.\n\n1. «Sono stato bannato ma era un bug del matchmaking» (ID 44-1120)\n2. «Ho insultato, lo ammetto, chiedo solo di ridurre il ban»\n3. «Il mio account è stato rubato, ho cambiato mail e password» (ID 44-1187)",
    },
]
