"""Hand-written Italian texts of the ``fresh19`` split: imprese edili, officine, condomini, commercialisti e notai."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Ticket intervento TK-30218 – Idraulica Ferrante\n"
        "Cliente: ⟦PERSON|Graziella Pellicanò⟧\nIndirizzo: ⟦STREET_ADDRESS|Via Nazionale 221, 89135 Reggio Calabria⟧\n"
        "Cell.: ⟦PHONE_NUMBER|347 882 1045⟧\n"
        "Perdita dal boiler, caldaia Vaillant ecoTEC. La signora è ⟦HEALTH_DATA|in dialisi⟧ il lunedì e il giovedì: "
        "passare martedì o venerdì mattina.",
    },
    {
        "kind": "support",
        "text": "Buongiorno, il preventivo P-2291 per il rifacimento del tetto (coppi + guaina, 140 m²) è ancora valido? Vorremmo partire a settembre. Saluti, ⟦PERSON|Marco Bertagnin⟧",
    },
    {
        "kind": "support",
        "text": "Scrivi una risposta cortese a questo condomino:\n\n"
        "Da: ⟦EMAIL_ADDRESS|tiziano.boccardi@libero.it⟧\nOggetto: Rate condominiali e lavori cappotto\n\n"
        "Gentile amministratore, ho pagato la terza rata (450 €) con bonifico dal conto ⟦IBAN_CODE|IT87 M146 1919 6470 6529 0231 860⟧ "
        "ma nel rendiconto risulto moroso. Allego la contabile. Per il resto, quando iniziano i lavori del cappotto?\n"
        "⟦PERSON|Tiziano Boccardi⟧, scala B int. 7",
    },
    {
        "kind": "support",
        "text": "Officina Bertolazzi, scheda lavoro SL-4471: Fiat Panda 1.2, tagliando 60.000 km, sostituzione pastiglie anteriori, ricarica clima. Totale 318,40 € IVA inclusa. Auto pronta giovedì.",
    },
    {
        "kind": "support",
        "text": "Riassumi la chat con il cliente dell'agenzia traslochi:\n"
        "[09:03] cliente: salve sono ⟦PERSON|Rosaria Dell'Aquila⟧, trasloco da Napoli a Bologna il 12\n"
        "[09:04] operatore: buongiorno, ha ricevuto il preventivo TR-880?\n"
        "[09:06] cliente: sì ma mio marito ha ⟦HEALTH_DATA|il Parkinson⟧ e serve che il letto ortopedico sia montato per primo\n"
        "[09:07] operatore: certo, lo segniamo come priorità\n"
        "[09:07] cliente: il mio numero è ⟦PHONE_NUMBER|+39 333 612 7789⟧",
    },
    {
        "kind": "support",
        "text": "Rapporto di servizio vigilanza, notte 17/18 febbraio, cantiere via Cassia: nessuna anomalia, varco carraio chiuso alle 22:10, ronde ogni 2 ore, telecamere 4 e 5 fuori uso (segnalato al tecnico).",
    },
    {
        "kind": "support",
        "text": "Per il rogito serve il codice fiscale della venditrice: ⟦IT_FISCAL_CODE|PLLGZL82E54F839U⟧. Lo giro allo studio del notaio ⟦PERSON|Ludovico Sangiorgi⟧?",
    },
    {
        "kind": "support",
        "text": "Il cliente chiede se può detrarre al 50 % anche la sostituzione degli infissi fatta nel 2024 con la fattura n. 118/2024. Bonifico parlante fatto correttamente. Cosa rispondiamo?",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Scheda assunzione – Edilizia Mancuso S.r.l.\n"
        "Nome: ⟦PERSON|Ottavio Scarpellini⟧\nCodice fiscale: ⟦IT_FISCAL_CODE|SCRTTV75R30A944O⟧\nData di nascita: ⟦DATE_OF_BIRTH|30/10/1975⟧\n"
        "IBAN: ⟦IBAN_CODE|IT80 D206 2462 5173 5234 4385 661⟧\nMansione: muratore specializzato\n"
        "Iscritto alla ⟦TRADE_UNION_MEMBERSHIP|FILLEA CGIL⟧ (trattenuta sindacale in busta paga).",
    },
    {
        "kind": "hr",
        "text": "Ricordo a tutti che il corso di aggiornamento sui ponteggi (16 ore) si terrà il 6 e 7 marzo presso la Scuola Edile di Brescia. Presenza obbligatoria per le squadre 2 e 4.",
    },
    {
        "kind": "hr",
        "text": "Riformula questa nota per il fascicolo personale:\n"
        "L'operaio ⟦PERSON|Ionuț Bălan⟧ è stato assente 12 giorni per ⟦HEALTH_DATA|frattura del metatarso⟧ dopo la caduta di una "
        "lastra in cantiere. Infortunio denunciato all'INAIL, pratica 2024/77812. Per altre due settimane solo mansioni d'ufficio.",
    },
    {
        "kind": "hr",
        "text": "Verbale riunione RSU, impresa di pulizie Splendor, 10 aprile\n"
        "Presenti: ⟦PERSON|Carmela Russo⟧ (⟦TRADE_UNION_MEMBERSHIP|FILCAMS⟧), ⟦PERSON|Nicola Esposito⟧ e l'ufficio personale.\n"
        "Si discute del rilevatore presenze con ⟦BIOMETRIC_DATA|impronta digitale⟧: le RSU chiedono il badge come alternativa.\n"
        "Turni di Pasqua: approvati.",
    },
    {
        "kind": "hr",
        "text": "Offerta di lavoro: studio di commercialisti a Padova cerca praticante dottore commercialista, conoscenza di Zucchetti e dichiarativi (730, Redditi PF). Contratto di apprendistato.",
    },
    {
        "kind": "hr",
        "text": "Candidato guardia giurata: ⟦PERSON|Salvatore Lo Giudice⟧. Dal certificato del casellario risulta ⟦CRIMINAL_RECORD|una condanna per ricettazione del 2018⟧; "
        "la Prefettura non rilascerà il decreto. Chiudere la selezione con una lettera neutra.",
    },
    {
        "kind": "hr",
        "text": "Buongiorno, per le buste paga di giugno ricordatevi che il 2 giugno è festivo: le ore lavorate in cantiere vanno segnate come straordinario festivo (+50 %). Per dubbi: ⟦PERSON|Loredana Pizzuti⟧, ⟦EMAIL_ADDRESS|l.pizzuti@edilmancuso.it⟧.",
    },
    {
        "kind": "hr",
        "text": "Traduci in inglese per il gruppo:\n"
        "La dipendente ⟦PERSON|Khadija El Amrani⟧, addetta contabilità, chiede di poter indossare il ⟦RELIGIOUS_BELIEF|velo islamico⟧ "
        "anche durante gli incontri con i clienti dello studio. Il responsabile è d'accordo.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Superbonus finito? Con l'Ecobonus 2025 puoi ancora risparmiare sulla caldaia a condensazione. Sopralluogo gratuito in tutta la provincia di Bergamo.",
    },
    {
        "kind": "marketing",
        "text": "Testimonianza per il sito, sistemala un po':\n"
        "\"Dopo ⟦HEALTH_DATA|l'amputazione della gamba destra⟧ pensavo di dover cambiare casa. Invece i ragazzi di Casa Facile "
        'hanno installato un montascale e allargato il bagno in dieci giorni." – ⟦PERSON|Gianfranco Pittaluga⟧, Genova',
    },
    {
        "kind": "marketing",
        "text": "Post Instagram per l'autosalone: nuova Jeep Avenger in pronta consegna, finanziamento a tasso zero in 36 rate, permuta valutata in 30 minuti.",
    },
    {
        "kind": "marketing",
        "text": "Presentazione del nuovo socio dello studio legale, tono sobrio:\n"
        "L'avv. ⟦PERSON|Beatrice Tomasoni⟧ entra come socia nel dipartimento immobiliare. Consigliera comunale a Trento "
        "per ⟦POLITICAL_OPINION|il Partito Democratico⟧ fino al 2022, si occupa di locazioni commerciali e condomini.",
    },
    {
        "kind": "marketing",
        "text": "Annuncio: Trilocale ristrutturato, 85 m², terzo piano con ascensore, zona Borgo Panigale. Classe energetica B. Spese condominiali 90 €/mese.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter dell'amministrazione condominiale: nuove regole per la raccolta differenziata, lettura dei contatori il 15 gennaio e orari dello sportello.",
    },
    {
        "kind": "marketing",
        "text": 'Storia per la pagina "Chi siamo" dell\'impresa di pulizie:\n'
        "⟦PERSON|Blessing Okonjo⟧ è arrivata da Benin City nel 2014, ⟦ETHNIC_ORIGIN|nigeriana⟧, oggi coordina 30 addette e "
        "ha fondato il coro ⟦RELIGIOUS_BELIEF|pentecostale⟧ della sua parrocchia a Castel Volturno.",
    },
    {
        "kind": "marketing",
        "text": "Volantino: pulizie di fine cantiere, lavaggio vetri e trattamento pavimenti. Preventivo in 24 ore, certificazione ISO 14001.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "L'assemblea di condominio è validamente costituita in seconda convocazione con l'intervento di almeno "
        "un terzo dei condomini che rappresentino almeno un terzo del valore dell'edificio. Le delibere sui lavori di "
        "manutenzione straordinaria di notevole entità richiedono la maggioranza degli intervenuti e almeno la metà "
        "dei millesimi. Il verbale va trasmesso agli assenti.",
    },
]
