"""Hand-written Italian texts of the ``fresh20`` split: banche, BancoPosta, cessione del quinto, Monte dei Pegni, recupero crediti, paghe, fondi pensione e polizze vita."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "Buongiorno, il bonifico istantaneo costa qualcosa dall'app o è gratis?"},
    {
        "kind": "support",
        "text": "Oggetto: Apertura conto corrente – documenti\n\nGentile filiale di Bologna Mazzini,\nvi invio in allegato carta d'identità e tessera sanitaria. Il mio codice fiscale è ⟦IT_FISCAL_CODE|MRCGLI87C54A944H⟧, residenza in ⟦STREET_ADDRESS|via Emilia Levante 212, 40139 Bologna⟧. Vorrei accreditare lo stipendio dal mese prossimo.\n\nCordiali saluti\n⟦PERSON|Giulia Marcucci⟧\n⟦PHONE_NUMBER|347 218 9034⟧",
    },
    {
        "kind": "support",
        "text": "Riassumi in tre punti questa nota per il collega del recupero crediti:\n\nIl debitore ⟦PERSON|Salvatore Ferlito⟧ (pratica RC-2024-03318, debito residuo 6.210 €) ha telefonato il 18/11. Dice di essere ⟦HEALTH_DATA|in dialisi tre volte a settimana⟧ e di aver perso il lavoro a luglio. Propone 80 € al mese. La moglie ⟦PERSON|Concetta⟧ ha una pensione di invalidità. Ha chiesto di non essere più chiamato dopo le 19.",
    },
    {
        "kind": "support",
        "text": "[16:20] Cliente: ho perso la carta al mare, come la blocco??\n[16:20] Operatrice (⟦PERSON|Ilaria⟧): Può bloccarla subito dall'app: Carte > Blocca. In alternativa chiami il numero verde 800 822 056.\n[16:21] Cliente: fatto grazie\n[16:21] Operatrice (⟦PERSON|Ilaria⟧): Perfetto, la nuova carta arriverà in 7 giorni lavorativi. Segnalazione n. 77102.",
    },
    {
        "kind": "support",
        "text": "Salve, ho una cessione del quinto con voi (contratto CQ-0088412) e vorrei estinguerla in anticipo. Mi mandate il conteggio? Grazie, ⟦PERSON|Luigi Cappelletti⟧",
    },
    {
        "kind": "support",
        "text": "Spett.le Ufficio Reclami,\n\ncontesto l'addebito di 1.340,00 € sulla mia carta American Express ⟦CREDIT_CARD|3763 360677 08531⟧ del 5 ottobre presso un sito di scommesse online che non ho mai utilizzato. Chiedo il riaccredito e il blocco della carta.\n\n⟦PERSON|Alessandro Vitiello⟧\n⟦STREET_ADDRESS|Corso Vittorio Emanuele 318, 80135 Napoli⟧",
    },
    {
        "kind": "support",
        "text": "Posso rinnovare la polizza del Monte dei Pegni anche se non sono l'intestatario? È di mio padre, polizza n. 22-40917.",
    },
    {
        "kind": "support",
        "text": "Ciao, sono ⟦PERSON|Marco Sbarra⟧: mi rimborsate i 49 € di commissione sull'IBAN ⟦IBAN_CODE|IT93 G980 0131 4652 9703 4065 554⟧? Il ticket è il 30551.",
    },
    {
        "kind": "hr",
        "text": "QUESTIONARIO SANITARIO – POLIZZA TEMPORANEA CASO MORTE\nAssicurando: ⟦PERSON|Francesca Lo Presti⟧\nData di nascita: ⟦DATE_OF_BIRTH|09/06/1979⟧\nFumatrice: no\nHa sofferto di malattie cardiovascolari? No\nAssume farmaci in modo continuativo? Sì, ⟦HEALTH_DATA|Eutirox 100 per ipotiroidismo⟧\nÈ stata ricoverata negli ultimi 5 anni? Sì, ⟦HEALTH_DATA|parto cesareo 2021⟧\nHa eseguito test genetici? Sì, ⟦GENETIC_DATA|portatrice sana di beta-talassemia⟧\nCapitale assicurato: 250.000 € – Proposta n. TCM-119043",
    },
    {
        "kind": "hr",
        "text": "Verbale riunione RSU – Filiale di Verona\nPresenti: ⟦PERSON|Lucia Benedetti⟧, ⟦PERSON|Andrea Zanon⟧ e ⟦PERSON|Karim Ben Salah⟧ (RSU ⟦TRADE_UNION_MEMBERSHIP|FISAC-CGIL⟧), il direttore, l'ufficio personale.\n1. Buoni pasto: aumento a 8 € dal 1° gennaio.\n2. Straordinari di fine anno: massimo 12 ore pro capite.\n3. Corsi IVASS: calendario entro il 15 dicembre.\n4. Accolta la richiesta di ⟦PERSON|Ben Salah⟧ di pausa pranzo spostata il venerdì per la ⟦RELIGIOUS_BELIEF|preghiera in moschea⟧.",
    },
    {
        "kind": "hr",
        "text": "Ciao ⟦PERSON|Paola⟧, ⟦PERSON|Davide⟧ mi ha chiesto di spostare le sue ferie perché deve fare ⟦HEALTH_DATA|l'intervento al ginocchio⟧ a gennaio. Per me va bene, puoi aggiornare il piano?",
    },
    {
        "kind": "hr",
        "text": "Studio paghe Bertolini – Anagrafica nuovo dipendente\nCognome e nome: ⟦PERSON|Ferrari Nicolò⟧\nNato a: Modena il ⟦DATE_OF_BIRTH|27/02/1995⟧\nIndirizzo: ⟦STREET_ADDRESS|via Giardini 455, 41124 Modena⟧\nIBAN accredito: ⟦IBAN_CODE|IT60 R822 1368 8518 7827 2568 426⟧\nIscrizione sindacato: ⟦TRADE_UNION_MEMBERSHIP|FABI⟧ (trattenuta 1%)\nCategoria protetta L. 68/99: no",
    },
    {
        "kind": "hr",
        "text": "CURRICULUM VITAE\n⟦PERSON|Omar El Idrissi⟧ – ⟦EMAIL_ADDRESS|omar.elidrissi@libero.it⟧\nAnalista antiriciclaggio, 4 anni in banca retail (Torino)\nEsperienza: segnalazioni SOS, adeguata verifica rafforzata, monitoraggio transazioni crypto.\nLingue: italiano, arabo, francese, inglese (C1)\nCertificazioni: CAMS 2023",
    },
    {
        "kind": "hr",
        "text": "Circolare interna: il fondo pensione negoziale comunica che dal 2025 il contributo datoriale sale al 2,5 %. Chi desidera cambiare comparto può farlo dal portale entro il 31 marzo.",
    },
    {
        "kind": "hr",
        "text": "Nota riservata HR – colloquio del 12/11 con ⟦PERSON|Roberto Mancuso⟧, cassiere. Ha dichiarato una ⟦CRIMINAL_RECORD|condanna per guida in stato di ebbrezza (2017)⟧ emersa dal casellario giudiziale. Non incide sulla mansione; parere favorevole alla conferma.",
    },
    {
        "kind": "hr",
        "text": "Promemoria: compilare entro venerdì il questionario anonimo sul benessere organizzativo. I risultati saranno presentati in forma aggregata.",
    },
    {
        "kind": "marketing",
        "text": "Mutuo prima casa under 36: fino al 100 % del valore con la garanzia Consap. Parla con un nostro consulente in filiale o in videochiamata.",
    },
    {
        "kind": "marketing",
        "text": "«Avevo tre finanziarie e non dormivo più. Con il consolidamento ora pago una sola rata, e ne avanzo 200 al mese.» – ⟦PERSON|Giuseppe⟧, Bari",
    },
    {
        "kind": "marketing",
        "text": "Credito su pegno: porta oro, gioielli o orologi, ricevi subito il contante. Nessuna verifica di reddito, riscatto quando vuoi entro 6 mesi.",
    },
    {
        "kind": "marketing",
        "text": "Conosci il nostro team: ⟦PERSON|Chiara Scognamiglio⟧, consulente finanziaria a Lecce dal 2012, ti aiuta a pianificare la pensione integrativa.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter BCC: assemblea dei soci il 27 aprile a Cremona con la relazione del presidente ⟦PERSON|Gianfranco Ghisolfi⟧, nuovi orari estivi e il bando borse di studio per i figli dei soci (scadenza 30 giugno).",
    },
    {
        "kind": "marketing",
        "text": "Partita IVA forfettaria? La nostra app calcola imposta sostitutiva e contributi INPS in tempo reale e invia la dichiarazione con il commercialista. Prova 30 giorni gratis.",
    },
    {
        "kind": "marketing",
        "text": "Campagna di equity crowdfunding chiusa: 1,2 milioni raccolti da 840 investitori per la cantina Terre di Sabbia. Grazie a tutti!",
    },
    {
        "kind": "marketing",
        "text": "Conto deposito vincolato 12 mesi al 3,5 % lordo. Nessuna spesa di apertura, fondo interbancario di tutela dei depositi fino a 100.000 €.",
    },
    {
        "kind": "docs",
        "text": "Come funzionano i modelli di scoring del credito\n\nI modelli di scoring stimano la probabilità che un cliente non rimborsi un finanziamento, usando variabili come reddito, anzianità lavorativa e storico dei pagamenti registrato nelle centrali rischi. Le linee guida EBA chiedono alle banche di documentare le variabili usate, di monitorare le prestazioni del modello nel tempo e di evitare dati che possano portare a discriminazioni.",
    },
]
