"""Hand-written Italian texts for fresh23: aeroporti, Trenitalia e autolinee, autoscuole, noleggio, pellegrinaggi, scuole di lingua."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # --- support ---
    {"kind": "support", "text": "Il Frecciarossa 9544 è in ritardo di 70 minuti: come chiedo l'indennizzo?"},
    {
        "kind": "support",
        "text": "Riassumi questa richiesta di assistenza per il desk PRM di Fiumicino:\n\nPasseggero: ⟦PERSON|Ettore Scognamiglio-Njie⟧\nVolo: AZ 610 FCO-JFK, 22 maggio\nNecessità: ⟦HEALTH_DATA|non vedente dalla nascita⟧, viaggia con cane guida (Labrador, 31 kg), chiede posto in prima fila.\nCellulare: ⟦PHONE_NUMBER|+39 347 208 6619⟧",
    },
    {
        "kind": "support",
        "text": "[18:20] Cliente: salve ho noleggiato una Fiat 500e a Catania, contratto 55081277, la colonnina in hotel non la carica\n[18:21] Operatrice ⟦PERSON|Ludovica⟧: Buonasera! Che cavo sta usando? Quello Tipo 2 nel bagagliaio?\n[18:23] Cliente: sì, si accende rosso\n[18:24] Operatrice ⟦PERSON|Ludovica⟧: Provi la colonnina Enel X in via Etnea 310, è compatibile. Le invio la posizione.",
    },
    {
        "kind": "support",
        "text": "Oggetto: Rimborso pellegrinaggio San Giovanni Rotondo, prenotazione PG-7712\n\nGentili signori,\nmia madre ⟦PERSON|Addolorata Quagliariello⟧ non potrà partire: le hanno diagnosticato ⟦HEALTH_DATA|un tumore al seno⟧ e inizia la ⟦HEALTH_DATA|chemioterapia⟧ il 3 aprile. Allego il certificato. Vi chiedo il rimborso sull'IBAN ⟦IBAN_CODE|IT58 K368 9818 3962 5495 0207 215⟧.\nCordiali saluti,\n⟦PERSON|Vito Quagliariello⟧\n⟦STREET_ADDRESS|Via Sparano da Bari 44, 70121 Bari⟧",
    },
    {
        "kind": "support",
        "text": "Classifica queste segnalazioni del servizio di bike sharing (GUASTO / PAGAMENTO / ALTRO): freno posteriore bici 4410 rotto; addebito di 9,90 € non riconosciuto; stallo di piazza Castello pieno; richiesta fattura aziendale.",
    },
    {
        "kind": "support",
        "text": "Traduci in inglese per l'ufficio visti: «Il sig. ⟦PERSON|Kwabena Ruggiero⟧, codice fiscale ⟦IT_FISCAL_CODE|RGGKBN81C14F205G⟧, chiede un appuntamento urgente perché ⟦HEALTH_DATA|sua figlia deve fare un trapianto di rene⟧ a Londra il mese prossimo.»",
    },
    {"kind": "support", "text": "Posso portare in cabina il monopattino elettrico piegato su un volo ITA Airways?"},
    {
        "kind": "support",
        "text": "Scrivi una risposta cortese a questo cliente dell'autoscuola: «Ho pagato 1.200 € per il pacchetto patente B e dopo 4 mesi non ho ancora la data dell'esame pratico. Pratica n. MI-44018. ⟦PERSON|Tancredi Oyewole⟧»",
    },
    # --- hr ---
    {
        "kind": "hr",
        "text": "Scheda dipendente — nuova assunzione, agenzia di interpreti\nNome e cognome: ⟦PERSON|Giulia Ferrandino⟧\nCodice fiscale: ⟦IT_FISCAL_CODE|FRRGLI92E60H501L⟧\nData di nascita: ⟦DATE_OF_BIRTH|20/05/1992⟧\nResidenza: ⟦STREET_ADDRESS|Via dei Volsci 27, 00185 Roma⟧\nLingue: italiano, arabo, francese\nIscrizione sindacale: ⟦TRADE_UNION_MEMBERSHIP|CGIL – SLC⟧ (trattenuta in busta paga)",
    },
    {
        "kind": "hr",
        "text": "Verbale riunione RSU — Aeroporto di Bologna, handling, 14 febbraio\nPresenti: direzione HR, ⟦PERSON|Marcello Diop⟧ (⟦TRADE_UNION_MEMBERSHIP|FILT-CGIL⟧), ⟦PERSON|Teresa Alighieri-Kone⟧ (⟦TRADE_UNION_MEMBERSHIP|UILTRASPORTI⟧)\n1. Turni estivi: richiesta di riposi compensativi.\n2. Nuovi varchi con ⟦BIOMETRIC_DATA|riconoscimento facciale⟧ per il personale: la RSU chiede l'informativa privacy.\n3. Varie.",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Rosalba Ishikawa-Pinna⟧\n⟦EMAIL_ADDRESS|rosalba.ishpinna@libero.it⟧ — ⟦PHONE_NUMBER|328 771 4095⟧\nEsperienza: 2017–oggi accompagnatrice turistica (Sardegna, Corsica), 2012–2017 biglietteria Tirrenia, Olbia\nLingue: inglese C1, tedesco B2, giapponese B1\nPatente: B, abilitazione accompagnatore regionale",
    },
    {
        "kind": "hr",
        "text": "Aiutami a scrivere una mail al responsabile turni: sono macchinista a Milano Smistamento e devo comunicare che ho ⟦HEALTH_DATA|la celiachia⟧, quindi nei turni lunghi fuori sede ho bisogno di pasti adeguati. Mi chiamo ⟦PERSON|Osvaldo Brambati⟧.",
    },
    {
        "kind": "hr",
        "text": "Annuncio: cerchiamo istruttore/istruttrice di guida per autoscuola a Padova, patenti A e B, contratto CCNL autoscuole, part-time 25 ore, inizio aprile.",
    },
    {
        "kind": "hr",
        "text": "Ritratto per la newsletter interna: ⟦PERSON|Samuele Okafor-Lanza⟧, addetto al lost & found di Malpensa, in 11 anni ha restituito oltre 9.000 oggetti. Fuori dal lavoro è volontario in parrocchia e ⟦RELIGIOUS_BELIEF|ministro straordinario dell'eucaristia⟧.",
    },
    {
        "kind": "hr",
        "text": "Nota riservata: l'interprete ⟦PERSON|Dounia Casadei⟧ ha chiesto di non essere assegnata ai colloqui in questura con richiedenti ⟦SEX_LIFE_ORIENTATION|LGBT⟧ perché lei stessa è ⟦SEX_LIFE_ORIENTATION|lesbica⟧ e ha vissuto situazioni simili in Marocco. Come lo annoto nel gestionale senza scriverlo?",
    },
    {
        "kind": "hr",
        "text": "Calendario corsi di formazione per autisti Flixbus Italia: 3 marzo cronotachigrafo digitale, 10 marzo guida sicura in caso di neve, 17 marzo primo soccorso.",
    },
    # --- marketing ---
    {
        "kind": "marketing",
        "text": "Slogan per una scuola di italiano per stranieri a Firenze: corsi intensivi, livelli A1–C2, alloggio in famiglia, certificazione CILS.",
    },
    {
        "kind": "marketing",
        "text": "Testimonianza (consenso firmato): «Abbiamo fatto il test del ⟦GENETIC_DATA|DNA per il ricongiungimento familiare⟧ e l'associazione ci ha accompagnato in ogni passo. Ora i miei figli sono qui a Torino.» — ⟦PERSON|Mariam Tesfaye-Colombo⟧",
    },
    {
        "kind": "marketing",
        "text": "Newsletter agenzia viaggi Orizzonti — maggio\n• Gite scolastiche a Napoli e Pompei da 189 €\n• Pellegrinaggio a Medjugorje in pullman, 4 giorni\n• Crociera nei fiordi, partenza da Genova\n• Nuova sede a Lecco\nPer info: ⟦PERSON|Nunzia Abdelaziz⟧, ⟦PHONE_NUMBER|0341 287 590⟧",
    },
    {
        "kind": "marketing",
        "text": "Testo per la landing page del servizio di scooter sharing a Palermo: 800 scooter elettrici, sblocco con app, 0,29 €/min, casco incluso.",
    },
    {
        "kind": "marketing",
        "text": "FAQ spedizioni\nQuanto costa sdoganare un pacco dagli USA? Dipende dal valore e dalla voce doganale.\nServe il codice EORI? Sì, per le aziende.\nIn quanto tempo arriva via mare da Shanghai a La Spezia? Circa 35 giorni.",
    },
    {
        "kind": "marketing",
        "text": "Storia per il sito della relocation agency: ⟦PERSON|Ingrid Mastrangelo-Owusu⟧ si è trasferita da Oslo a Milano con due figli, uno dei quali ⟦HEALTH_DATA|con sindrome di Down⟧. Abbiamo trovato una scuola internazionale inclusiva a Monza e casa a ⟦STREET_ADDRESS|Via Cavour 18, 20900 Monza⟧.",
    },
    {
        "kind": "marketing",
        "text": "Post Facebook: nuovi collegamenti in pullman Roma–Matera tutti i giorni, Wi-Fi e prese USB a bordo, da 19 €.",
    },
    {
        "kind": "marketing",
        "text": "Riscrivi in tono più caldo: «Il nostro tour operator organizza viaggi in Terra Santa con guida biblica. Gruppi di massimo 30 persone. Partenze da Verona e Bergamo.»",
    },
    # --- docs ---
    {
        "kind": "docs",
        "text": "Guida interna — oggetti smarriti: ogni oggetto ritrovato viene registrato nel sistema con numero progressivo, descrizione, luogo e ora del ritrovamento. Gli oggetti di valore (gioielli, documenti, denaro oltre 50 €) vanno in cassaforte entro un'ora. Dopo 90 giorni gli oggetti non reclamati vengono consegnati all'ufficio comunale competente.",
    },
    {
        "kind": "marketing",
        "text": "Traduci in tedesco per il catalogo: «Gite scolastiche in Trentino: rifugi, musei, laboratori sul clima. Pullman GT con autisti esperti, assicurazione inclusa, quota da 245 € a studente.»",
    },
]
