"""Hand-written Italian texts of the held-out split fresh26: tribunali, UEPE, INPS, Agenzia delle Entrate e servizi sociali."""

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Ciao, come prenoto un appuntamento all'Agenzia delle Entrate per il cassetto fiscale?",
    },
    {
        "kind": "support",
        "text": 'Riassumi in inglese: "Sono ⟦PERSON|Ottavio Brancaleoni⟧, codice fiscale ⟦IT_FISCAL_CODE|BRNTTV79C14L736W⟧. Chiedo la NASpI ma l\'INPS mi ha bloccato la domanda. Ho ⟦HEALTH_DATA|una invalidità civile al 75%⟧. Tel. ⟦PHONE_NUMBER|347 218 9065⟧."',
    },
    {
        "kind": "support",
        "text": "Quanto tempo ci vuole per ottenere il certificato del casellario giudiziale in tribunale?",
    },
    {
        "kind": "support",
        "text": "[11:05] utente: mio fratello ⟦PERSON|Saverio Cantalamessa⟧ è detenuto a Rebibbia, posso portargli ⟦HEALTH_DATA|l'insulina⟧?\n[11:06] operatore: i farmaci li gestisce l'area sanitaria del carcere, non si possono consegnare al colloquio.",
    },
    {
        "kind": "support",
        "text": "Ufficio oggetti smarriti del Comune: si ricevono denunce di smarrimento dal lunedì al venerdì, 9–12. Gli oggetti sono conservati per un anno.",
    },
    {
        "kind": "support",
        "text": 'Correggi questa email: "Gent.mi, la sig.ra ⟦PERSON|Serafina Lucchetti⟧ (CF ⟦IT_FISCAL_CODE|LCCSFN91S42D612S⟧) chiede il rimborso IRPEF su ⟦IBAN_CODE|IT26 C482 3406 6859 4799 6606 271⟧. Residente in ⟦STREET_ADDRESS|Via dei Serragli 41, 50124 Firenze⟧."',
    },
    {
        "kind": "support",
        "text": "Il gratuito patrocinio è previsto per chi ha un reddito annuo inferiore alla soglia stabilita per legge. La domanda va presentata al Consiglio dell'Ordine degli Avvocati.",
    },
    {
        "kind": "support",
        "text": "Vorrei sapere se per votare fuori sede serve richiedere qualcosa al Comune o basta la tessera elettorale.",
    },
    {
        "kind": "hr",
        "text": "Curriculum – ⟦PERSON|Benedetta Scognamiglio⟧\nNata il ⟦DATE_OF_BIRTH|17/04/1987⟧\n⟦EMAIL_ADDRESS|b.scognamiglio@postaweb.it⟧\nFunzionaria giuridico-pedagogica, Casa circondariale di Poggioreale (2014–oggi)\nLaurea in Scienze dell'educazione\nIscritta alla ⟦TRADE_UNION_MEMBERSHIP|FP CGIL⟧",
    },
    {
        "kind": "hr",
        "text": "Bando: il Ministero della Giustizia assume 300 cancellieri esperti. Requisiti: laurea in giurisprudenza o economia. Scadenza domande 20 luglio.",
    },
    {
        "kind": "hr",
        "text": "Nota riservata: l'assistente sociale ⟦PERSON|Gianmarco Pellizzaro⟧ rientra dopo ⟦HEALTH_DATA|un intervento al cuore⟧; chiede di non fare visite domiciliari per tre mesi.",
    },
    {
        "kind": "hr",
        "text": "Verbale riunione Centro per l'impiego di Bari, 9 marzo\nPresenti: ⟦PERSON|Donatella Ricciardelli⟧, ⟦PERSON|Mirko Scaramuzza⟧\n1. Nuovi tirocini GOL\n2. Calendario sportello",
    },
    {
        "kind": "hr",
        "text": "Promemoria: la formazione obbligatoria sulla sicurezza per il personale degli uffici giudiziari si terrà online il 14 e 15 novembre.",
    },
    {
        "kind": "hr",
        "text": "Ritratto: ⟦PERSON|Filomena Dell'Acqua⟧ lavora da vent'anni all'ufficio esecuzione penale esterna di Torino. Ama la montagna e il teatro.",
    },
    {
        "kind": "hr",
        "text": "Richiesta permesso: ⟦PERSON|Abdoulaye Ferretti⟧ (sportello INPS Padova) chiede il venerdì pomeriggio libero per ⟦RELIGIOUS_BELIEF|la preghiera in moschea⟧.",
    },
    {
        "kind": "hr",
        "text": "Descrizione del ruolo: mediatore culturale presso il tribunale per i minorenni. Supporto linguistico a famiglie straniere, collaborazione con i servizi sociali.",
    },
    {
        "kind": "marketing",
        "text": "Sportello antiviolenza aperto 24 ore su 24: chiama il 1522. Ascolto, consulenza legale e ospitalità protetta per donne e figli.",
    },
    {
        "kind": "marketing",
        "text": '"In carcere ho preso il diploma da cuoco, oggi lavoro in un ristorante." – ⟦PERSON|Loris Bonacquisti⟧, ⟦CRIMINAL_RECORD|condannato per rapina nel 2015⟧',
    },
    {
        "kind": "marketing",
        "text": "Con SPID accedi a tutti i servizi INPS: estratto conto contributivo, domanda di pensione, assegno unico. Semplice e sicuro.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter dell'associazione di volontariato penitenziario: nuovi corsi di alfabetizzazione e la raccolta libri per le biblioteche delle carceri.",
    },
    {
        "kind": "marketing",
        "text": "Storie di inclusione (bozza, non pubblicare): ⟦PERSON|Kwame Tagliaferri⟧, ⟦ETHNIC_ORIGIN|di origine ghanese⟧, ha ottenuto la cittadinanza dopo un lungo ricorso al TAR.",
    },
    {
        "kind": "marketing",
        "text": "Catasto online: consulta visure e planimetrie del tuo immobile senza fare la coda. Servizio gratuito per i titolari.",
    },
    {
        "kind": "marketing",
        "text": "Il nostro sportello legale ha aiutato oltre 800 famiglie nel 2024 con sfratti, debiti e pratiche di permesso di soggiorno.",
    },
    {
        "kind": "marketing",
        "text": "Volontaria dell'anno: ⟦PERSON|Agnese Pozzobon⟧, ⟦SEX_LIFE_ORIENTATION|donna transgender⟧, coordina il gruppo di supporto alle vittime di discriminazione a Bologna.",
    },
    {
        "kind": "docs",
        "text": "Processo civile telematico: il deposito degli atti avviene tramite PEC con busta telematica firmata digitalmente. La ricevuta di accettazione e quella di consegna attestano il deposito.",
    },
    {
        "kind": "support",
        "text": "Salve, sono ⟦PERSON|Crescenzo Lopardo⟧, ho la ⟦HEALTH_DATA|sclerosi laterale amiotrofica⟧ e vorrei sapere se posso votare a domicilio.",
    },
]
