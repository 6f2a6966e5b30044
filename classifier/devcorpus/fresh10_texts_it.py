"""Hand-written Italian texts of the ``fresh10`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Riassumi la pratica di assistenza: l'assicurata ⟦PERSON|Carmela Esposito Ruocco⟧, ricoverata a Lisbona per "
        "⟦HEALTH_DATA|polmonite⟧, ⟦HEALTH_DATA|diabetica insulino-dipendente⟧. Polizza ViaggioSereno 44-81902. Figlia al "
        "⟦PHONE_NUMBER|+39 338 714 2096⟧.",
    },
    {
        "kind": "support",
        "text": "Il cliente chiede perché in Albania il roaming costa di più. Spiegalo in modo semplice, 2 frasi.",
    },
    {
        "kind": "support",
        "text": "trascrizione segreteria sistemala eh buongiorno sono ⟦PERSON|gennaro pisapia⟧ volevo sapere per la polizza "
        "del pegno numero 5512 se posso rinnovare per telefono grazie arrivederci",
    },
    {
        "kind": "support",
        "text": "Estrai in JSON dal modulo iscrizione mensa (scansione):\nAlunno: ⟦PERSON|Matteo Iaccarino⟧ cl. 3B\nGenitore: "
        "⟦PERSON|Assunta Iaccarino⟧\nC.F. genitore: ⟦IT_FISCAL_CODE|BNCGLI82M52F839D⟧\nDieta: ⟦HEALTH_DATA|celiachia⟧, "
        "no maiale (⟦RELIGIOUS_BELIEF|musulmano⟧)\nFirma ______",
    },
    {
        "kind": "support",
        "text": "Scrivi una risposta al sig. ⟦PERSON|Bruno Capasso⟧, ticket 20871: il trasloco è spostato dal 12 al 14 febbraio per maltempo.",
    },
    {
        "kind": "support",
        "text": "Rimborso biglietti teatro: Sig.ra ⟦PERSON|Lucrezia Amendola⟧ chiede l'accredito su ⟦IBAN_CODE|IT60X0542811101000000123456⟧ "
        "perché lo spettacolo non aveva posti per ⟦HEALTH_DATA|sedia a rotelle⟧ come promesso.",
    },
    {
        "kind": "support",
        "text": "Quali documenti servono per la licenza di pesca sportiva in Campania? Risposta breve.",
    },
    {
        "kind": "support",
        "text": "Traduci in inglese: Salve, sono ⟦PERSON|Vittorio Scognamiglio⟧, il test DNA dice che ho il ⟦GENETIC_DATA|gene "
        "APOE4⟧, mi preoccupa. Scrivetemi a ⟦EMAIL_ADDRESS|v.scognamiglio@libero.it⟧",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Annuncio di lavoro: addetto/a reception per residenza universitaria a Napoli, turni notturni, contratto CCNL turismo.",
    },
    {
        "kind": "hr",
        "text": "Controlla la scheda dipendente: ⟦PERSON|Salvatore Annunziata Cuomo⟧, C.F. ⟦IT_FISCAL_CODE|RSSLCU90A15H501A⟧, iscritto "
        "⟦TRADE_UNION_MEMBERSHIP|FILCAMS CGIL⟧, residenza ⟦STREET_ADDRESS|Via Duomo 288, 80138 Napoli⟧.",
    },
    {
        "kind": "hr",
        "text": "Verbale riunione volontari hospice 9 novembre (redatto da ⟦PERSON|Teresa Buonocore⟧): turni di Natale coperti, corso di formazione a gennaio.",
    },
    {
        "kind": "hr",
        "text": "Riformula con tatto: la volontaria ⟦PERSON|Federica Lanzetta⟧ è assente per ⟦HEALTH_DATA|gravidanza a rischio⟧ fino a marzo.",
    },
    {
        "kind": "hr",
        "text": "Relazione per l'UEPE: il sig. ⟦PERSON|Ciro Marrazzo⟧, condannato per ⟦CRIMINAL_RECORD|spaccio di stupefacenti⟧, "
        "svolge lavori di pubblica utilità presso la mensa Caritas. Riassumi in 5 righe.",
    },
    {
        "kind": "hr",
        "text": "Scrivi una mail ai docenti della scuola serale: gli scrutini del primo quadrimestre sono il 3 febbraio.",
    },
    {
        "kind": "hr",
        "text": "Helpline LGBTQ+, scheda volontaria: ⟦PERSON|Giulia Pacifico⟧, ⟦SEX_LIFE_ORIENTATION|lesbica⟧, disponibile martedì "
        "sera. Aggiungi alla tabella turni.",
    },
    {
        "kind": "hr",
        "text": "Rendi più professionale: 'Chi non ha consegnato il modulo ferie entro venerdì non avrà i ponti.'",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Volantino elettorale: 'Sono ⟦PERSON|Raffaele Ianniello⟧, candidato del ⟦POLITICAL_OPINION|Partito Democratico⟧ "
        "alla VI Municipalità.' Rendilo più incisivo, 50 parole.",
    },
    {
        "kind": "marketing",
        "text": "Post Instagram per la fiera espositori MareExpo Napoli: iscrizioni aperte fino al 15 gennaio.",
    },
    {
        "kind": "marketing",
        "text": "Recensione da pubblicare: 'Trasloco da Posillipo a Bologna perfetto, ragazzi gentilissimi. ⟦PERSON|Annalisa Vitiello⟧'",
    },
    {
        "kind": "marketing",
        "text": "La nostra assicurazione viaggi copre anche malattie croniche stabili come ipertensione e asma. Scrivi un "
        "paragrafo promozionale.",
    },
    {
        "kind": "marketing",
        "text": "SMS promo: corsi serali di inglese e informatica, sconto 20% per over 60, iscrizioni a dicembre.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter del Banco dei Pegni: tre consigli per valutare l'oro prima di impegnarlo. Tono rassicurante.",
    },
    {
        "kind": "marketing",
        "text": "Storia cliente test DNA (consenso firmato): ⟦PERSON|Pasquale D'Onofrio⟧ ha scoperto origini ⟦ETHNIC_ORIGIN|arbëreshë⟧ "
        "e ha ritrovato parenti in Calabria. Riscrivila in 80 parole.",
    },
    {
        "kind": "marketing",
        "text": "Teatro San Ferdinando: scrivi un testo per le serate con audiodescrizione e sottotitoli, aperte a tutti.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Il servizio di refezione scolastica prevede diete speciali per motivi sanitari o etico-religiosi. La "
        "richiesta va presentata all'ufficio comunale con il certificato medico, dove necessario, entro l'inizio "
        "dell'anno scolastico. I menù sono approvati dall'ASL e pubblicati sul sito del Comune.",
    },
]
