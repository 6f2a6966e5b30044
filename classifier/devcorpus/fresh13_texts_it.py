"""Hand-written Italian texts of the ``fresh13`` split: prompts with pasted material, as services send them."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Riassumi questa segnalazione di reazione avversa per il modulo AIFA:\n"
        "Segnalatore: farmacista ⟦PERSON|Ottavio Brancaleone⟧, Farmacia San Rocco, ⟦PHONE_NUMBER|+39 051 649 2231⟧\n"
        "Paziente: donna, 45 anni, in terapia con ⟦HEALTH_DATA|metotrexato⟧ per ⟦HEALTH_DATA|artrite reumatoide⟧\n"
        "Reazione: ⟦HEALTH_DATA|stomatite ulcerosa e leucopenia⟧ dopo errore di dosaggio (giornaliero invece che settimanale)\n"
        "Prodotto: Reumatrex 2,5 mg, lotto RT5530. Esito: ricovero 4 giorni, in miglioramento.",
    },
    {
        "kind": "support",
        "text": "Rispondi in modo cortese: il socio chiede perché la tessera Amici del Museo (n. AMM-19844) non è valida per la mostra "
        "'Caravaggio e i caravaggeschi'. Risposta: mostra a pagamento, soci sconto 50%.",
    },
    {
        "kind": "support",
        "text": "Estrai in JSON i dati di questa richiesta KYC:\n"
        '{"cliente": "⟦PERSON|Ottilia Zanardelli⟧", "codice_fiscale": "⟦IT_FISCAL_CODE|ZNRTTL87D52L219N⟧", '
        '"nascita": "⟦DATE_OF_BIRTH|12/04/1987⟧", "indirizzo": "⟦STREET_ADDRESS|Via Paolo Sarpi 41, 20154 Milano⟧", '
        '"iban": "⟦IBAN_CODE|IT23 F884 9286 1593 8936 7659 262⟧", "pep": false, "note": "selfie ok"}\n'
        "Poi dimmi se manca qualcosa per l'adeguata verifica rafforzata.",
    },
    {
        "kind": "support",
        "text": "Storico ticket ABIT-2291 (contributo affitto comunale), scrivi l'aggiornamento per il cittadino:\n"
        "14/10 APERTO - domanda ricevuta, ISEE 9.840 €\n21/10 IN LAVORAZIONE - manca contratto registrato\n"
        "05/11 SOSPESO - contratto ricevuto, attesa verifica Agenzia Entrate\n19/11 APPROVATO - 1.200 € in due rate",
    },
    {
        "kind": "support",
        "text": "Crematorio - trascrivi in bella la telefonata:\nla sig.ra ⟦PERSON|Rosaria Lo Cascio⟧ chiede la cremazione del marito "
        "⟦PERSON|Gaetano Lo Cascio⟧, deceduto in ⟦HEALTH_DATA|hospice per un tumore al pancreas⟧. Vuole il rito ⟦RELIGIOUS_BELIEF|ortodosso⟧ "
        "perché lui era ⟦ETHNIC_ORIGIN|di origine greca⟧. Chiamare al ⟦PHONE_NUMBER|347 882 1904⟧ dopo le 15.",
    },
    {
        "kind": "support",
        "text": "mi traduci in inglese? 'Gentile cliente, la sua carta è stata bloccata per sicurezza dopo tre tentativi di PIN errati. "
        "Passi in filiale con un documento.' grazie",
    },
    {
        "kind": "support",
        "text": "App di incontri, segnalazione da classificare:\nUtente segnalante ⟦PERSON|Davide Sciarrone⟧ (⟦EMAIL_ADDRESS|davide.sciarrone@libero.it⟧): "
        "'la persona con cui ho fatto match mi ha mandato una foto della mia ⟦HEALTH_DATA|cartella clinica HIV⟧, non so come l'abbia avuta, "
        "minaccia di pubblicarla'. Priorità?",
    },
    {
        "kind": "support",
        "text": "Ambasciata, sezione visti: la richiedente ⟦PERSON|Ilaria Mancuso⟧ (CF ⟦IT_FISCAL_CODE|MNCLRI93A68L736D⟧) chiede il rimborso "
        "dei diritti consolari pagati con carta ⟦CREDIT_CARD|5113 5173 9628 7878⟧ per un appuntamento doppio. Prepara la risposta.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Giudizio di idoneità autisti - riscrivi per il capo deposito senza diagnosi:\n"
        "Lavoratore: ⟦PERSON|Salvatore Lo Presti⟧, CF ⟦IT_FISCAL_CODE|LPRSVT72P03A944H⟧, deposito Interporto Bologna\n"
        "Visita periodica 02/10: ⟦HEALTH_DATA|cardiopatia ischemica⟧, ⟦HEALTH_DATA|stent coronarico⟧ 2025, in ⟦HEALTH_DATA|doppia antiaggregazione⟧.\n"
        "Giudizio: idoneo con limitazioni - no turni notturni, no guida oltre 6 h/giorno. Rivalutazione a 6 mesi.",
    },
    {
        "kind": "hr",
        "text": "Valutazione annuale, rendila più equilibrata:\n"
        "Ruolo: operatrice socio-sanitaria, piani assistenziali domiciliari\nPunti forti: empatia, puntualità, ottimo con i familiari\n"
        "Da migliorare: compilazione del diario assistenziale nell'app (spesso incompleta)\nObiettivo 2026: corso BLSD e referente di zona.",
    },
    {
        "kind": "hr",
        "text": "Certificati di malattia arrivati al CSC, fai l'elenco per le paghe:\n"
        "- ⟦PERSON|Federica Scalzo⟧, prot. INPS 8812-33, dal 10/11 al 16/11\n"
        "- ⟦PERSON|Nicolò Barbagallo⟧, prot. INPS 8813-07, dal 12/11 al 30/11, ricovero per ⟦HEALTH_DATA|appendicectomia⟧\n"
        "- ⟦PERSON|Martina De Rosa⟧, maternità anticipata per ⟦HEALTH_DATA|gravidanza a rischio⟧ dal 15/11",
    },
    {
        "kind": "hr",
        "text": "Intervista di uscita, sintetizza in punti:\nAddetto KYC, 18 mesi. Motivo: troppi turni nel weekend, tool interno lento "
        "(versione 2.8 dello screening), poca crescita. Positivo: colleghi, formazione antiriciclaggio.",
    },
    {
        "kind": "hr",
        "text": "Nota del programma di assistenza ai dipendenti (PAE), da riassumere:\n"
        "⟦PERSON|Lorenzo Guarneri⟧, magazziniere, chiede supporto per ⟦HEALTH_DATA|dipendenza da cocaina⟧; ha già un percorso al SerD. "
        "Teme il licenziamento perché ha ⟦CRIMINAL_RECORD|una condanna per spaccio del 2019⟧ che l'azienda non conosce.",
    },
    {
        "kind": "hr",
        "text": "Trasforma questa sezione del CV in tabella:\n2018-oggi Coordinatrice adozioni internazionali, Ente Arcobaleno ODV, Torino\n"
        "2014-2018 Assistente sociale, Comune di Moncalieri\nLingue: italiano, francese C1, portoghese B2\nCompetenze: colloqui di idoneità, relazioni al Tribunale per i minorenni",
    },
    {
        "kind": "hr",
        "text": "Lettera per il riservista: rivedi il tono.\nProt. RIS/2026/118 - Oggetto: richiamo in servizio per esercitazione\n"
        "Egregio sig. ⟦PERSON|Matteo Fanciulli⟧, Le comunichiamo il richiamo dal 9 al 20 marzo presso il 6° Reggimento. "
        "Dalla visita precedente risulta ⟦HEALTH_DATA|ipoacusia all'orecchio sinistro⟧: porti l'audiometria aggiornata.",
    },
    {
        "kind": "hr",
        "text": "Scrivi un paragrafo per il regolamento: i certificati medici vanno inviati solo tramite protocollo INPS, mai per email "
        "al responsabile; il CSC HR conserva i dati; il responsabile riceve solo date di inizio e fine.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Slogan per la campagna soci della banca di credito cooperativo: 'Qui il cliente è socio'. Tre varianti + CTA per "
        "l'apertura del conto giovani a canone zero.",
    },
    {
        "kind": "marketing",
        "text": "Testimonianza per il sito dell'assistenza domiciliare, correggi:\n"
        "«Dopo ⟦HEALTH_DATA|l'ictus⟧ di mia madre pensavamo alla RSA. Con il piano di assistenza lei è rimasta a casa sua, "
        "anche con ⟦HEALTH_DATA|la PEG⟧.» - ⟦PERSON|Grazia Pellicanò⟧, Reggio Calabria",
    },
    {
        "kind": "marketing",
        "text": "Post Instagram per il museo: notte dei musei, apertura fino alle 23, ingresso 1 €, visite guidate ogni ora, "
        "laboratorio per bambini. Tono giovane, max 3 emoji.",
    },
    {
        "kind": "marketing",
        "text": "Articolo per la rivista della federazione, taglia a 100 parole:\n"
        "La nuotatrice ⟦PERSON|Beatrice Cantoni⟧ racconta come gestisce il sistema di reperibilità ADAMS tra università e gare. "
        "Con ⟦HEALTH_DATA|il diabete di tipo 1⟧ ha un'esenzione terapeutica per ⟦HEALTH_DATA|l'insulina⟧ e non la vive come un limite.",
    },
    {
        "kind": "marketing",
        "text": "Copy per l'app di incontri: lancio della funzione 'Incontri sicuri' (condividi posizione con un amico, videochiamata "
        "prima dell'appuntamento). Versione per App Store, 170 caratteri.",
    },
    {
        "kind": "marketing",
        "text": "Racconto per la newsletter dell'ente adozioni (consenso firmato):\n"
        "⟦PERSON|Pietro Ravagnan⟧ e ⟦PERSON|Elena Ravagnan⟧ hanno adottato Samuel, 5 anni, dall'Etiopia. Elena, ⟦RELIGIOUS_BELIEF|valdese⟧, "
        "racconta il primo Natale insieme e la festa del Timkat che ora celebrano anche a Pinerolo.",
    },
    {
        "kind": "marketing",
        "text": "Volantino crematorio - giornata informativa: cremazione e dispersione delle ceneri, riti laici e religiosi, sostegno al "
        "lutto, visita alla sala del commiato. Sabato 14 marzo, 10-13.",
    },
    {
        "kind": "marketing",
        "text": "Annuncio per autisti: 'Cerchiamo autisti patente CE, visite mediche a carico dell'azienda, rientro a casa ogni sera'. "
        "Iscrizione di ⟦PERSON|Fabrizio Nardelli⟧ al ⟦TRADE_UNION_MEMBERSHIP|Filt-CGIL⟧ citata nel volantino sindacale: toglila, non serve.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Valutare un modello linguistico: oltre ai benchmark pubblici (MMLU, HellaSwag, ARC) conviene creare un set di prova "
        "interno con 200-500 domande rappresentative del proprio dominio. Misurate accuratezza, tasso di rifiuto e coerenza "
        "tra esecuzioni con temperatura 0. Ripetete la valutazione a ogni cambio di versione del modello o del prompt di sistema.",
    },
]
