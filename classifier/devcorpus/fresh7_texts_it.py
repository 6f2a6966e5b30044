"""Hand-written Italian texts of the ``fresh7`` split: chat prompts, forms and pasted material from services."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Rispondi al cliente: chiede se può ritirare l'auto a Bologna Centrale alle 23:15 (pren. NL-40921, arrivo con Frecciarossa 9547). Il desk chiude alle 23, c'è la key box.",
    },
    {
        "kind": "support",
        "text": """Compila la scheda riassuntiva per la coordinatrice partendo da questo modulo di primo accesso:

CENTRO PMA - SCHEDA DI PRIMO ACCESSO
Paziente: ⟦PERSON|Giuliana Pezzolato⟧
Codice fiscale: ⟦IT_FISCAL_CODE|PZZGLN79C62G224I⟧
Data di nascita: ⟦DATE_OF_BIRTH|22/03/1979⟧
Partner: ⟦PERSON|Ettore Scarabelli⟧ (CF ⟦IT_FISCAL_CODE|SCRTTR62S08A944Y⟧)
Patologie: ⟦HEALTH_DATA|endometriosi III stadio⟧, ⟦HEALTH_DATA|ipotiroidismo⟧
Farmaci in uso: ⟦HEALTH_DATA|Eutirox 75⟧
Allergie: ⟦HEALTH_DATA|penicillina⟧
Esami genetici: ⟦GENETIC_DATA|portatrice sana di beta-talassemia⟧ (partner negativo)
Precedenti: 2 cicli ⟦HEALTH_DATA|FIVET⟧ presso altro centro, nessun impianto
Recapito: ⟦PHONE_NUMBER|347 819 2064⟧""",
    },
    {
        "kind": "support",
        "text": """Prepara il riassunto per il GLO di venerdì, in linguaggio semplice per i genitori:

Alunno: ⟦PERSON|Tommaso Ferracuti⟧, classe 2ª B secondaria di primo grado
Diagnosi (certificazione L.104): ⟦HEALTH_DATA|disturbo dello spettro autistico⟧ livello 1; relazione ASL anche per ⟦HEALTH_DATA|disprassia⟧
Insegnante di sostegno: prof.ssa ⟦PERSON|Marinelli⟧, 9 ore settimanali
Obiettivi PEI: autonomia negli spostamenti tra aule, uso del calendario visivo, riduzione delle crisi in mensa
Note: durante l'intervallo preferisce stare in biblioteca; la mamma chiede una uscita anticipata il martedì per la logopedia.""",
    },
    {
        "kind": "support",
        "text": """Summarise this in English for the collections team lead and flag anything that means we must stop calling:

Oggetto: pratica RC-2025-77315 - Finanziaria Stellaris

Buongiorno,
rispondo alla vostra raccomandata. Il debito residuo di 2.380 euro lo riconosco, ma da maggio sono in cassa integrazione e da settembre sono in cura per un ⟦HEALTH_DATA|tumore al colon⟧, faccio la ⟦HEALTH_DATA|chemio⟧ ogni due settimane al Sant'Orsola. Non riesco a lavorare e non riesco a pagare la rata da 190 euro.
Posso versare 50 euro al mese dal conto ⟦IBAN_CODE|IT67 Q996 8264 6002 2833 4181 517⟧, a partire da febbraio. Il mio codice fiscale è ⟦IT_FISCAL_CODE|LNZRSR85A30C351Z⟧ se vi serve per la pratica.
Vi chiedo di non chiamare più mia moglie, il numero ⟦PHONE_NUMBER|328 440 9173⟧ è il mio.

Distinti saluti
⟦PERSON|Rosario Lanzafame⟧
⟦STREET_ADDRESS|Via Ugo Bassi 17, 40121 Bologna⟧""",
    },
    {
        "kind": "support",
        "text": "Spedite anche in Sardegna i prodotti da conservare in frigo? ordine 88213, ho preso dei fermenti e una crema. grazie",
    },
    {
        "kind": "support",
        "text": """Riassumi la chiamata per la pratica frodi FR-IT-30871:

Operatrice ⟦PERSON|Chiara⟧: Ufficio antifrode, buongiorno, sono ⟦PERSON|Chiara⟧.
Cliente: Buongiorno, sono ⟦PERSON|Samuele Orlandini⟧, da ieri sera il mio numero non funziona e mi arrivano mail di cambio password dalla banca.
Operatrice ⟦PERSON|Chiara⟧: Mi conferma il codice fiscale?
Cliente: Sì, ⟦IT_FISCAL_CODE|RLNSML88E31G479M⟧.
Operatrice ⟦PERSON|Chiara⟧: Vedo una sostituzione SIM fatta ieri alle 19:40 in un punto vendita di Rimini. Lei era a Rimini?
Cliente: No, sono a Pesaro da una settimana.
Operatrice ⟦PERSON|Chiara⟧: Blocco la SIM e le invio una nuova in negozio. Le consiglio di fare denuncia ai Carabinieri.""",
    },
    {
        "kind": "support",
        "text": """Rispondi alla richiesta qui sotto elencando i documenti che servono:

Richiesta certificato di battesimo per matrimonio
Nome: ⟦PERSON|Serena Quagliarini⟧
Nata il: ⟦DATE_OF_BIRTH|08/05/1992⟧ a Macerata
Battezzata in: parrocchia di San Giovanni Battista, 1992
Confessione: ⟦RELIGIOUS_BELIEF|cattolica⟧ - cresimata nel 2005
Il fidanzato è ⟦RELIGIOUS_BELIEF|ortodosso⟧ (rumeno), chiediamo info per la dispensa per matrimonio misto.
Email: ⟦EMAIL_ADDRESS|serena.quagliarini@libero.it⟧""",
    },
    {
        "kind": "support",
        "text": "L'inverter segna 'Errore 38 - sovratensione rete' tutti i giorni verso le 13, impianto FV-2023-114, 6 kWp. Scrivi una risposta che spieghi cosa controllare con il distributore.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Trasforma gli appunti in una scheda vertenza ordinata (fatti, date, richieste):

Sportello vertenze - 24/11 ore 16
Lavoratore: ⟦PERSON|Alfio Cannizzaro⟧, ⟦TRADE_UNION_MEMBERSHIP|iscritto FIOM-CGIL⟧ dal 2008, operaio 5° livello, metalmeccanica a Castel Maggiore
Problema: dopo l'intervento per ⟦HEALTH_DATA|ernia inguinale⟧ (operato il 02/10, prognosi 30 gg) l'azienda lo ha spostato dal reparto montaggio al magazzino esterno, turno notturno, senza comunicazione scritta. Il medico competente aveva dato idoneità con limitazione (no sollevamento > 15 kg), ma al magazzino movimenta colli da 25 kg.
Il caporeparto gli avrebbe detto: "chi sta a casa malato poi si adatta".
Chiede: ritorno alla mansione precedente o almeno rispetto della prescrizione; pagamento delle maggiorazioni notturne di ottobre che non risultano in busta.
Documenti da portare: certificati INPS, giudizio di idoneità, buste paga settembre-novembre.
Ricontattare: ⟦PHONE_NUMBER|339 502 7718⟧ dopo le 18.""",
    },
    {
        "kind": "hr",
        "text": """Aggiorna l'elenco interpreti con questa scheda (nome; lingue; contatti; tribunali):

Nominativo: ⟦PERSON|Nadia Bouzidi⟧
Lingue: arabo (marocchino e standard), francese
Iscrizione albo CTU Tribunale di Torino dal 2017
Cellulare: ⟦PHONE_NUMBER|+39 345 771 0298⟧
Email: ⟦EMAIL_ADDRESS|nadia.bouzidi.interprete@gmail.com⟧
Codice fiscale: ⟦IT_FISCAL_CODE|BZDNDA78S50Z330B⟧
Disponibilità: udienze penali, convalide di arresto, anche festivi""",
    },
    {
        "kind": "hr",
        "text": "Scrivi un annuncio per coordinatore/trice rider a Milano: gestione turni, assistenza via chat, part-time 25 ore, inglese base, buona conoscenza della città.",
    },
    {
        "kind": "hr",
        "text": "riformula in modo più formale per la responsabile: '⟦PERSON|Giorgia⟧ oggi resta a casa, ⟦HEALTH_DATA|gastroenterite⟧, il certificato arriva stasera, turno della mattina scoperto'",
    },
    {
        "kind": "hr",
        "text": """Organizza i volontari per i gazebo di domenica in una tabella:

⟦PERSON|Ludovica Saltarelli⟧ - ⟦POLITICAL_OPINION|iscritta al PD⟧ dal 2018, circolo Navile, mattina
⟦PERSON|Franco Bettazzoni⟧ - ex consigliere di quartiere, pomeriggio, porta le bandiere
⟦PERSON|Yasmine El Ouardi⟧ - simpatizzante, non iscritta, tutto il giorno""",
    },
    {
        "kind": "hr",
        "text": """Fai una sintesi del verbale in 4 punti:

Riunione di studio - 20/11
- Nuovo gestionale per gli atti da gennaio, formazione il 12/12
- Orario di ricevimento il sabato sospeso fino a marzo
- Archivio storico: scansione dei repertori 1985-1995 affidata a ditta esterna
- Ferie natalizie: studio chiuso dal 24/12 al 06/01""",
    },
    {
        "kind": "hr",
        "text": """Aiutami a rispondere in modo corretto a questo rider. Regola: i precedenti per reati contro il patrimonio degli ultimi 5 anni escludono l'attivazione.

Rider: ⟦PERSON|Denis Marchionni⟧, candidatura n. 44190
Casellario giudiziale: ⟦CRIMINAL_RECORD|condanna per furto aggravato (2019), pena sospesa⟧
Messaggio: "Ho sbagliato da ragazzo, ora ho un lavoro e studio, vorrei solo fare qualche consegna la sera.\"""",
    },
    {
        "kind": "hr",
        "text": "Scrivi un promemoria per i volontari della parrocchia: riunione per il presepe vivente giovedì alle 21 in oratorio, portare idee per i costumi. Firma: don ⟦PERSON|Gianpaolo⟧.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Testo per l'open day del nostro centro di procreazione assistita: incontro con i ginecologi, percorsi per coppie e donne single all'estero, costi e tempi di attesa, sabato 10-13.",
    },
    {
        "kind": "marketing",
        "text": """Accorcia questa recensione per il catalogo "Viaggi senza barriere" (autorizzazione firmata):

"Con la ⟦HEALTH_DATA|sclerosi multipla⟧ pensavo che Napoli fosse impossibile. Invece hotel con bagno accessibile, pulmino con pedana e una guida pazientissima. Torneremo!" - ⟦PERSON|Ornella Vismara⟧, Monza""",
    },
    {
        "kind": "marketing",
        "text": "Invito per la festa di fine Ramadan dell'associazione islamica: preghiera alle 8, colazione per tutti nel cortile, giochi per bambini, ingresso libero anche per i vicini.",
    },
    {
        "kind": "marketing",
        "text": "Tre slogan per il nostro caffè-coworking in via del Pratello: postazioni a 10 euro al giorno, cappuccino d'avena, sala riunioni su prenotazione.",
    },
    {
        "kind": "marketing",
        "text": "Post per lo studio di ortodonzia: a gennaio prima visita gratuita, allineatori trasparenti da 2.200 euro, pagamento a rate senza interessi.",
    },
    {
        "kind": "marketing",
        "text": "Scrivi una mail per la campagna fotovoltaico + accumulo: detrazione 50%, sopralluogo gratuito, installazione in 30 giorni, monitoraggio da app.",
    },
    {
        "kind": "marketing",
        "text": "Personalizza il promemoria per ⟦PERSON|Federica Tomasetig⟧: la sua ricetta ripetibile di ⟦HEALTH_DATA|Eutirox 50⟧ scade il 15/12, può ricaricarla dall'app. Tono cordiale, dai del lei.",
    },
    {
        "kind": "marketing",
        "text": """Scrivi un messaggio di follow-up per ognuno, con il codice sconto SPEED20:

nome;email;serata;preferenza
⟦PERSON|Manuel Strazzeri⟧;⟦EMAIL_ADDRESS|manu.strazzeri@hotmail.it⟧;Aperitivo Arcobaleno 28/11;⟦SEX_LIFE_ORIENTATION|bisessuale⟧
⟦PERSON|Elio Cattabriga⟧;⟦EMAIL_ADDRESS|e.cattabriga@fastwebnet.it⟧;Aperitivo Arcobaleno 28/11;⟦SEX_LIFE_ORIENTATION|gay⟧""",
    },
    {
        "kind": "marketing",
        "text": """Riscrivi questa bozza di newsletter rendendola più calda e più breve (massimo 200 parole), senza perdere le date:

CUORI IN CITTÀ - PROGRAMMA DI DICEMBRE

Cari iscritti, dicembre è il mese più pieno dell'anno e abbiamo preparato serate per tutti i gusti. Venerdì 5 torna l'Aperitivo Arcobaleno al Bar Sottoripa di Genova, la serata di speed date per persone LGBT+ tra i 30 e i 45 anni: sette incontri da sette minuti, un drink incluso, 18 euro. Sabato 13 proponiamo la Cena al Buio a Torino, in collaborazione con un'associazione di persone non vedenti che cura il servizio in sala: un'esperienza che fa parlare davvero, senza giudicare dall'aspetto. Domenica 14 pomeriggio c'è il Tè per Single Over 60 a Milano, con musica dal vivo e un tavolo dedicato a chi preferisce solo chiacchierare.

Tutte le nostre sale sono accessibili in carrozzina e, se ci scrivete prima, possiamo prevedere un menu senza glutine, vegetariano, halal o kosher. Non chiediamo mai informazioni sul vostro orientamento o sulla vostra salute: scegliete voi a quale serata partecipare.

Ricordiamo che dal 1° gennaio i biglietti si acquistano solo dall'app (versione 3.2 o successiva) e che il codice NATALE10 vale fino al 20 dicembre.

Lo staff di Cuori in Città""",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Guida: usare gli strumenti (tool calling)

Con il tool calling il modello non esegue codice: restituisce il nome di una funzione e i parametri in JSON, e tocca all'applicazione chiamare la funzione e rimandare il risultato. Conviene descrivere ogni strumento con un nome chiaro, una descrizione breve e uno schema dei parametri rigoroso, con i valori ammessi elencati. Validate sempre i parametri prima di eseguire la funzione: il modello può inventare valori plausibili ma sbagliati. Per le azioni irreversibili, come un pagamento o una cancellazione, chiedete una conferma esplicita all'utente.""",
    },
]
