"""Split ``fresh24``, Italian: università e bandi, centri sperimentali, antidoping, genetica, meccanica, fab e farmaceutica, scritto a mano (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "qual è la scadenza del PRIN quest'anno? il portale del ministero non carica",
    },
    {
        "kind": "support",
        "text": """Gentile segreteria dello studio,

vi scrivo perché non ho ancora ricevuto il rimborso delle spese di viaggio per le visite di gennaio e febbraio (treno Pescara-Roma andata e ritorno, biglietti allegati). Partecipo allo studio per ⟦HEALTH_DATA|la mia artrite reumatoide⟧ e vengo ogni tre settimane, quindi la cifra comincia a pesare.

Dati per il bonifico:
Intestataria: ⟦PERSON|Ginevra Castellucci⟧
Codice fiscale: ⟦IT_FISCAL_CODE|CSTGVR91C57L736J⟧
IBAN: ⟦IBAN_CODE|IT81 O375 4548 9703 4777 2756 564⟧

Grazie e buona giornata""",
    },
    {
        "kind": "support",
        "text": """Extract the appointments from this Italian message as JSON (fields: person, phone, visit, date, time). Keep names exactly as written.

"Buongiorno, confermo le prossime visite per i pazienti dello studio: la signora ⟦PERSON|Agata Spanò⟧ (tel. ⟦PHONE_NUMBER|347 218 9064⟧) visita 5 il 12 marzo alle 8:30, il signor ⟦PERSON|Ettore Lanzafame⟧ (tel. ⟦PHONE_NUMBER|338 770 1245⟧) visita di screening il 14 marzo alle 9:15, prelievo a digiuno. Per eventuali spostamenti chiamate me direttamente. ⟦PERSON|Rosaria⟧, study coordinator\"""",
    },
    {
        "kind": "support",
        "text": """Buonasera, mi chiamo ⟦PERSON|Salvatore Pitruzzella⟧. A febbraio ho fatto presso il vostro laboratorio l'analisi per le emoglobinopatie prima del matrimonio e dal portale vedo solo "referto disponibile in sede". Il genetista mi ha anticipato che sono ⟦GENETIC_DATA|portatore sano di beta-talassemia⟧: è possibile avere il referto via PEC? Lavoro a Milano e scendo a Catania solo ad agosto.""",
    },
    {
        "kind": "support",
        "text": "Dopo l'aggiornamento del firmware 3.4.1 l'HPLC della linea 2 non invia più i risultati al LIMS: il file .rslt viene creato ma il parser lo scarta con errore 'campo SampleID mancante'. Qualcuno ha già visto questo problema?",
    },
    {
        "kind": "support",
        "text": """[18:02] Atleta: buonasera, ho una domanda sulle esenzioni a fini terapeutici
[18:03] Operatore ⟦PERSON|Lorenzo⟧: buonasera, mi dica pure
[18:04] Atleta: sono ⟦PERSON|Viola Schiavon⟧, canottaggio, gruppo sportivo. il medico mi ha dato ⟦HEALTH_DATA|infiltrazioni di cortisone per una tendinite al polso⟧, ho gare tra 10 giorni. devo chiedere la TUE prima?
[18:06] Operatore ⟦PERSON|Lorenzo⟧: per le infiltrazioni di glucocorticoidi in competizione sì, serve la TUE. la compili sul portale allegando la certificazione del medico, con diagnosi e posologia
[18:07] Atleta: ok grazie mille""",
    },
    {
        "kind": "support",
        "text": "Per uno studio osservazionale retrospettivo su dati di cartella già raccolti serve comunque il parere del comitato etico territoriale, o basta la notifica? Il promotore è l'università, nessun farmaco coinvolto.",
    },
    {
        "kind": "support",
        "text": """Ciao, sono ⟦PERSON|Iris Bonfiglio⟧ del turno B in fab. Da ieri ⟦BIOMETRIC_DATA|la scansione dell'iride⟧ al varco della sala bianca mi dà "template non riconosciuto". Porto le lenti a contatto colorate da questa settimana, può essere quello? Se serve rifare la registrazione ditemi quando passare, ma non prima delle 14 che sono in litografia.""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """SCHEDA ANAGRAFICA NUOVO ASSUNTO - Stabilimento di Modena (linea teste cilindri)
Cognome e nome: ⟦PERSON|Radicchio Tommaso⟧
Data di nascita: ⟦DATE_OF_BIRTH|02/11/1987⟧
Codice fiscale: ⟦IT_FISCAL_CODE|RDCTMS87S02G273J⟧
Residenza: ⟦STREET_ADDRESS|Via Emilia Est 1402, 41122 Modena⟧
IBAN accredito stipendio: ⟦IBAN_CODE|IT19 R048 3655 1542 0856 6477 786⟧
Mansione: operatore CNC, turno a ciclo continuo
Livello CCNL: C3""",
    },
    {
        "kind": "hr",
        "text": """Verbale incontro azienda-RSU del 17 ottobre (stabilimento di Latina, forme solide)
Presenti per l'azienda: dott. ⟦PERSON|Ferruccio Magnaghi⟧ (HR), ing. ⟦PERSON|Ludovica Arnaboldi⟧ (direttrice di produzione). Per la RSU: ⟦PERSON|Carmela Fusaro⟧ (⟦TRADE_UNION_MEMBERSHIP|FILCTEM-CGIL⟧), ⟦PERSON|Gennaro Iaccarino⟧ (⟦TRADE_UNION_MEMBERSHIP|FEMCA-CISL⟧).
1. Premio di risultato: l'azienda propone di legare il 30 % al tasso di right-first-time. La RSU chiede che gli scarti dovuti a guasti non pesino sui lavoratori.
2. Turni del sabato per la campagna di convalida: solo su base volontaria, maggiorazione 50 %.
3. Mensa: ripristino del menù alternativo entro novembre.""",
    },
    {
        "kind": "hr",
        "text": "Come funzionano le ferie solidali da noi? Un collega ha un figlio in ospedale e vorrei cedergli due giorni.",
    },
    {
        "kind": "hr",
        "text": """GIUDIZIO DI IDONEITÀ ALLA MANSIONE (D.Lgs. 81/08)
Lavoratore: ⟦PERSON|Donatello Ruggeri-Mbaye⟧
Mansione: magazziniere reparto materie prime
Giudizio: idoneo con limitazioni
Limitazioni: no movimentazione manuale di carichi superiori a 10 kg, uso del muletto consentito. Motivazione (riservata, solo al lavoratore): ⟦HEALTH_DATA|ernia discale L5-S1 sintomatica⟧.
Prossima visita: 6 mesi
Il medico competente, dott.ssa ⟦PERSON|Ornella Quagliarella⟧""",
    },
    {
        "kind": "hr",
        "text": "Bando per n. 2 assegni di ricerca di 12 mesi, settore scientifico-disciplinare CHIM/06, progetto 'Catalizzatori a base di ferro per la sintesi farmaceutica'. Importo annuo lordo 24.000 euro. Domande entro il 20 del mese tramite la piattaforma dell'ateneo.",
    },
    {
        "kind": "hr",
        "text": """CURRICULUM VITAE
⟦PERSON|Nicoletta Sbarbaro⟧
nata il ⟦DATE_OF_BIRTH|30 giugno 1979⟧ a Genova
⟦STREET_ADDRESS|Salita Santa Brigida 19/4, 16126 Genova⟧
cell. ⟦PHONE_NUMBER|+39 340 615 2287⟧ - ⟦EMAIL_ADDRESS|nicoletta.sbarbaro@libero-posta.it⟧

Esperienza: 2015-oggi responsabile assicurazione qualità, officina farmaceutica (sterili); 2009-2015 analista controllo qualità microbiologico.
Formazione: laurea magistrale in CTF, abilitazione alla professione di farmacista, corso Persona Qualificata.""",
    },
    {
        "kind": "hr",
        "text": """Buongiorno ⟦PERSON|Debora⟧,
vorrei chiedere un giorno di permesso non retribuito per lunedì 21 aprile: ⟦RELIGIOUS_BELIEF|sono ortodossa⟧ e quest'anno la nostra Pasqua cade proprio il giorno prima, andiamo dai parenti a Iași. Posso recuperare il sabato dopo.
Grazie, ⟦PERSON|Ramona Ciobanu⟧ (confezionamento, turno A)""",
    },
    {
        "kind": "hr",
        "text": "Circolare sicurezza: dal 1° marzo nei laboratori di chimica organica è obbligatorio l'uso degli occhiali a mascherina anche durante la sola pesata. I camici in cotone vanno sostituiti con quelli ignifughi distribuiti dal magazzino. Chi lavora con litio alluminio idruro deve avere l'estintore classe D a portata di mano.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Il nostro centro di sequenziamento offre whole genome, esoma e RNA-seq per gruppi di ricerca accademici e aziende biotech, con analisi bioinformatica inclusa e consegna dei dati su cloud europeo. Tariffe agevolate per progetti PRIN e PNRR.",
    },
    {
        "kind": "marketing",
        "text": """"Dopo ⟦HEALTH_DATA|l'infarto⟧ a 54 anni avevo paura di tutto, anche di salire le scale. Nel programma di riabilitazione dello studio ho ritrovato fiducia e ho perso 9 chili." - ⟦PERSON|Gianfranco Podestà⟧, La Spezia""",
    },
    {
        "kind": "marketing",
        "text": "Vieni a trovarci alla fiera della meccanica di precisione a Bologna, padiglione 19, stand B44: presentiamo il nuovo centro di tornitura a 9 assi e il sistema di misura in linea per alberi a camme. Caffè e demo ogni ora.",
    },
    {
        "kind": "marketing",
        "text": """Conosciamo il team: ⟦PERSON|Benedetta Ruocco-Lindahl⟧, responsabile metrologia
⟦PERSON|Benedetta⟧ è arrivata in azienda come stagista nel 2012 e oggi guida il laboratorio di metrologia con sei persone e tre macchine di misura a coordinate. Il suo motto: "Se non l'hai misurato, non lo sai".""",
    },
    {
        "kind": "marketing",
        "text": "Cerchiamo volontari sani tra i 18 e i 55 anni per uno studio di fase I su un nuovo farmaco per l'emicrania. Ricovero di due notti presso la nostra unità, rimborso spese previsto, esami del sangue gratuiti.",
    },
    {
        "kind": "marketing",
        "text": "Notizie dal sindacato: firmato il rinnovo del contratto nazionale chimico-farmaceutico. Aumento medio di 260 euro a regime, più giorni di congedo per i caregiver e nuove regole sulla formazione. Le assemblee nei luoghi di lavoro si terranno entro fine mese.",
    },
    {
        "kind": "marketing",
        "text": """Apprendistato in azienda: "Sono entrato a 19 anni senza sapere cosa fosse un PLC, adesso gestisco la manutenzione delle presse da solo nel turno di notte." - ⟦PERSON|Mattia De Santis Ferrero⟧, apprendista manutentore. Candidature aperte fino al 30 giugno.""",
    },
    {
        "kind": "marketing",
        "text": """Newsletter della biobanca - Storie di donatori
⟦PERSON|Loredana Vitale⟧ dona il sangue per la biobanca da sei anni. "⟦PERSON|Aurora⟧, mia figlia, ha ⟦HEALTH_DATA|la fibrosi cistica⟧. So quanto conta la ricerca: se i miei campioni servono anche solo a uno studio, ne vale la pena." Grazie a donatrici come lei, quest'anno abbiamo superato i 30.000 campioni.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Le Buone Pratiche di Laboratorio in breve

Le Buone Pratiche di Laboratorio (BPL) sono un sistema di qualità che riguarda l'organizzazione e le condizioni in cui gli studi non clinici sulla sicurezza vengono pianificati, eseguiti, registrati e archiviati. Ogni studio ha un direttore dello studio, un piano approvato prima dell'inizio e una unità di assicurazione della qualità indipendente che esegue ispezioni. I dati grezzi devono essere attribuibili, leggibili, contemporanei, originali e accurati. Al termine, piano, dati, campioni e rapporto finale vengono conservati in archivio per il periodo previsto dalla normativa.""",
    },
]
