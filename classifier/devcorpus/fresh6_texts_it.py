"""Hand-written Italian texts of the ``fresh6`` split: back-office traffic of a shared-services company's clients."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Riassumi la segnalazione per l'amministratore di condominio:\n\n«Buongiorno, sono ⟦PERSON|Rosanna Bertolazzi⟧, "
        "interno 6 di ⟦STREET_ADDRESS|via Saragozza 118, 40135 Bologna⟧. Da tre giorni manca l'acqua calda. Mio marito "
        "è ⟦HEALTH_DATA|dializzato⟧ e deve lavarsi spesso, vi prego di intervenire. Cell. ⟦PHONE_NUMBER|347 218 9043⟧»",
    },
    {
        "kind": "support",
        "text": "Scrivi una risposta breve: l'ordine FA-77120 della farmacia online è in giacenza presso il punto "
        "di ritiro di Modena fino al 5 dicembre.",
    },
    {
        "kind": "support",
        "text": "Classifica il messaggio (consegna / ricetta / rimborso):\n«Ho ordinato ⟦HEALTH_DATA|Eutirox 50⟧ e "
        "⟦HEALTH_DATA|Cardioaspirin⟧ per mia madre, ma la ricetta elettronica NRE non è stata accettata. Il mio "
        "codice fiscale: ⟦IT_FISCAL_CODE|FRRMTN87E54A944E⟧. Grazie, ⟦PERSON|Martina Ferrandi⟧»",
    },
    {
        "kind": "support",
        "text": "autista app: non riesco a caricare la patente nuova, mi dà errore 413 sul file. come faccio?",
    },
    {
        "kind": "support",
        "text": "Pompe funebri – prepara il preventivo dagli appunti:\nDefunto: ⟦PERSON|Giorgio Pellacani⟧, nato il "
        "⟦DATE_OF_BIRTH|03/11/1962⟧ a Modena, C.F. ⟦IT_FISCAL_CODE|PLLGRG62S03F257C⟧\nRichiedente: figlia ⟦PERSON|Chiara Pellacani⟧, "
        "⟦EMAIL_ADDRESS|chiara.pellacani@libero-posta.it⟧\nRito: funerale ⟦RELIGIOUS_BELIEF|valdese⟧ al tempio di "
        "via Nazionale, cremazione, nessun fiore ma offerte all'AIL (il papà aveva un "
        "⟦HEALTH_DATA|linfoma⟧).",
    },
    {
        "kind": "support",
        "text": "Qual è il termine per contestare una fattura del condominio approvata in assemblea? Risposta in "
        "due frasi per le FAQ.",
    },
    {
        "kind": "support",
        "text": "Traduci in inglese per il team di Cracovia:\n«Buongiorno, il corso di tedesco A2 è stato addebitato due "
        "volte sul conto ⟦IBAN_CODE|IT12 X502 3836 5819 5159 3227 736⟧. Chiedo il rimborso. ⟦PERSON|Lorenzo Castelli⟧»",
    },
    {
        "kind": "support",
        "text": "Clinica veterinaria: il cliente chiede se il richiamo del vaccino del gatto si può fare 2 settimane "
        "dopo la scadenza. Rispondi in modo prudente, senza consigli clinici specifici.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Ufficio paghe – controlla i dati del nuovo assunto:\nCognome e nome: ⟦PERSON|Castelli Lorenzo⟧\n"
        "Codice fiscale: ⟦IT_FISCAL_CODE|CSTLNZ91B22H501M⟧\nData di nascita: ⟦DATE_OF_BIRTH|22/02/1991⟧\n"
        "IBAN: ⟦IBAN_CODE|IT73 X030 6909 6061 0000 0112 233⟧\nTrattenuta sindacale: sì, ⟦TRADE_UNION_MEMBERSHIP|FILCAMS CGIL⟧",
    },
    {
        "kind": "hr",
        "text": "Riformula il giudizio di idoneità del medico competente per il responsabile di reparto:\n"
        "Lavoratore ⟦PERSON|Salvatore Ingrassia⟧, magazziniere. Visita preassuntiva: idoneo con limitazioni – "
        "⟦HEALTH_DATA|ernia inguinale⟧ in attesa di intervento, evitare sollevamento carichi > 10 kg fino a nuovo "
        "controllo.",
    },
    {
        "kind": "hr",
        "text": "Scrivi un annuncio: asilo nido privato a Parma cerca educatrice part-time, laurea L-19, "
        "contratto FISM.",
    },
    {
        "kind": "hr",
        "text": "Agenzia per badanti – profilo candidata per la famiglia di Torino:\n⟦PERSON|Oksana Melnyk⟧, 52 anni, "
        "10 anni di assistenza a persone con ⟦HEALTH_DATA|Parkinson⟧, italiano buono. È ⟦RELIGIOUS_BELIEF|greco-cattolica⟧ "
        "e chiede la domenica mattina libera. Telefono ⟦PHONE_NUMBER|+39 329 771 0846⟧.",
    },
    {
        "kind": "hr",
        "text": "Quanti giorni di permesso retribuito spettano per lutto di un familiare secondo la legge 53/2000? "
        "Risposta breve.",
    },
    {
        "kind": "hr",
        "text": "Cooperativa di reinserimento – nota per l'azienda partner:\n⟦PERSON|Davide Scognamiglio⟧, in "
        "affidamento in prova ai servizi sociali, ⟦CRIMINAL_RECORD|condanna per spaccio (art. 73 DPR 309/90)⟧. "
        "Segue un percorso al SerD. Disponibile per turni diurni, patente B.",
    },
    {
        "kind": "hr",
        "text": "Verbale della RSU da sistemare:\nPresenti ⟦PERSON|Paola Venturini⟧ (⟦TRADE_UNION_MEMBERSHIP|FP CGIL⟧), "
        "⟦PERSON|Antonio Russo⟧ (⟦TRADE_UNION_MEMBERSHIP|CISL FP⟧) e la direzione. Si discute della collega "
        "⟦PERSON|Ilaria⟧, presa in giro dai colleghi perché ⟦SEX_LIFE_ORIENTATION|lesbica⟧.",
    },
    {
        "kind": "hr",
        "text": "Correggi il calcolo: 13 mensilità, RAL 28.600 €, part-time 75 %. Quanto fa la retribuzione lorda "
        "mensile?",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Bollettino parrocchiale, accorcia:\n«Carissimi, domenica 8 dicembre festa dell'Immacolata, messa "
        "solenne alle 11. Segue pranzo comunitario in oratorio: iscrizioni entro giovedì.»",
    },
    {
        "kind": "marketing",
        "text": "Storia di una donatrice per il sito della fondazione, 80 parole:\n«Sono ⟦PERSON|Graziella Ruggeri⟧. "
        "Dopo la mia ⟦HEALTH_DATA|mastectomia⟧ ho scoperto di avere la ⟦GENETIC_DATA|mutazione BRCA1⟧, come mia "
        "sorella. Dono perché la ricerca ci ha dato una seconda possibilità.»",
    },
    {
        "kind": "marketing",
        "text": "Iscrizioni alla cena sociale della polisportiva (export):\nnome;email;note\n"
        "⟦PERSON|Matteo Zanardi⟧;⟦EMAIL_ADDRESS|m.zanardi@tiscali-posta.it⟧;-\n"
        "⟦PERSON|Hamza Belkacem⟧;⟦EMAIL_ADDRESS|hamza.belkacem@libero-posta.it⟧;niente maiale, ⟦RELIGIOUS_BELIEF|musulmano⟧\n"
        "⟦PERSON|Giulia Tosatto⟧;⟦EMAIL_ADDRESS|giulia.tosatto@tiscali-posta.it⟧;⟦HEALTH_DATA|celiaca⟧",
    },
    {
        "kind": "marketing",
        "text": "Slogan per la scuola guida: patente B in 6 settimane, lezioni anche il sabato. Dammi 4 varianti.",
    },
    {
        "kind": "marketing",
        "text": "Recensione da pubblicare (sintetizza):\n«L'istruttrice ⟦PERSON|Federica⟧ è stata bravissima. Ho "
        "l'⟦HEALTH_DATA|ansia da prestazione⟧ e prendo ⟦HEALTH_DATA|Xanax⟧ prima degli esami, lei mi ha fatto "
        "fare tante guide di prova.» – ⟦PERSON|Simone Prandelli⟧",
    },
    {
        "kind": "marketing",
        "text": "Volantino della farmacia da correggere: «Settimana della prevenzione: misurazione gratuita della "
        "pressione e consulenza per chi soffre di ipertensione.»",
    },
    {
        "kind": "marketing",
        "text": "Invito all'assemblea del circolo – rendilo più coinvolgente:\nIl circolo ⟦POLITICAL_OPINION|PD⟧ di "
        "Bologna Navile invita gli iscritti. Interviene il segretario ⟦PERSON|Alberto Minghetti⟧. Per info: "
        "⟦PERSON|Lucia Fabbri⟧, ⟦PHONE_NUMBER|051 634 2287⟧.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter della comunità, traduci in inglese:\n«La nostra associazione di donne "
        "di Torino ringrazia ⟦PERSON|Mirela Halilović⟧, sarta ⟦ETHNIC_ORIGIN|rom⟧ arrivata da Mostar, per il laboratorio di sartoria.»",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Che cos'è il fine-tuning\n\nIl fine-tuning adatta un modello linguistico già addestrato a un compito "
        "specifico usando un insieme ridotto di esempi. Rispetto al prompt engineering richiede più dati e più "
        "calcolo, ma produce risposte più coerenti nello stile richiesto. Prima di avviarlo conviene verificare "
        "se un buon prompt con pochi esempi non basti già.",
    },
]
