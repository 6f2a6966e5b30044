"""Hand-written ``fresh4`` texts in Italian (see ``generate.py``); spans marked as ``⟦ENTITY_TYPE|value⟧``."""

TEXTS = [
    # -- support ----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Buongiorno, la bolletta n. 2025/448193 riporta consumi stimati. Allego foto del contatore. Il mio "
        "codice fiscale è ⟦IT_FISCAL_CODE|FRRGLI90D57F839Y⟧. Grazie, ⟦PERSON|Giulia Ferraresi⟧",
    },
    {
        "kind": "support",
        "text": "Oggetti smarriti ATM: ho perso un portafoglio marrone sul tram 9 ieri sera. Dentro c'era la tessera "
        "sanitaria. Numero: ⟦PHONE_NUMBER|+39 347 218 6630⟧.",
    },
    {
        "kind": "support",
        "text": "Salve, la biblioteca civica accetta donazioni di libri usati? Ne ho circa due scatoloni. "
        "⟦PERSON|Anna Pellegrini⟧, ⟦PHONE_NUMBER|055 213 4478⟧",
    },
    {
        "kind": "support",
        "text": "Pratica KYC: residenza ⟦STREET_ADDRESS|Via dei Servi, 27, 50122 Firenze (FI)⟧, nato il "
        "⟦DATE_OF_BIRTH|03/12/1976⟧, IBAN ⟦IBAN_CODE|IT69 S250 9300 1311 8528 5407 110⟧. ⟦PERSON|Davide Colombo⟧",
    },
    {
        "kind": "support",
        "text": 'Ordine 7731-IT-2025 ancora "in lavorazione" dopo 12 giorni. Il venditore non risponde. Potete '
        "intervenire? Ho pagato con la carta ⟦CREDIT_CARD|5303805232875216⟧.",
    },
    {"kind": "support", "text": "Perfetto, grazie mille!"},
    {
        "kind": "support",
        "text": "Buonasera, officina? Volevo sapere se la revisione della Panda (targa nel preventivo 5512) si può fare "
        "sabato mattina.",
    },
    {
        "kind": "support",
        "text": 'Segnalazione: l\'utente "marco_88" mi ha scritto che sono "malato" perché sono '
        "⟦SEX_LIFE_ORIENTATION|gay⟧. Vi prego di bloccarlo. ⟦EMAIL_ADDRESS|lorenzo.bassi92@libero.it⟧",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Ufficio personale ospedale – certificato di malattia di ⟦PERSON|Rosaria Lo Giudice⟧, infermiera, "
        "prognosi 10 giorni per ⟦HEALTH_DATA|frattura del polso⟧. Aggiornare i turni di dicembre.",
    },
    {
        "kind": "hr",
        "text": "Si ricorda che il corso sulla sicurezza è obbligatorio per tutto il personale entro il 28 febbraio.",
    },
    {
        "kind": "hr",
        "text": "Verbale RSU: ⟦PERSON|Salvatore Cuomo⟧ (⟦TRADE_UNION_MEMBERSHIP|iscritto alla FP CGIL⟧) chiede la "
        "revisione dei turni notturni in RSA.",
    },
    {
        "kind": "hr",
        "text": "Cerchiamo wedding planner junior per la sede di Firenze, esperienza minima 2 anni, inglese fluente.",
    },
    {
        "kind": "hr",
        "text": "Scheda collaboratore agenzia di traduzione\nNome: ⟦PERSON|Chiara Benedetti⟧\nCF: "
        "⟦IT_FISCAL_CODE|CLMDVD76T03A944Y⟧\nNote: chiede di non lavorare il sabato, ⟦RELIGIOUS_BELIEF|avventista⟧.",
    },
    {
        "kind": "hr",
        "text": "Colloqui per addetto front office: martedì dalle 9 alle 13, sala riunioni al secondo piano.",
    },
    {
        "kind": "hr",
        "text": "Per l'assunzione nell'asilo nido serve il certificato penale. Quello di ⟦PERSON|Alessio Ranieri⟧ riporta "
        "una ⟦CRIMINAL_RECORD|condanna per furto del 2014⟧: decidere con la coordinatrice.",
    },
    {
        "kind": "hr",
        "text": "⟦PERSON|Marta⟧ rientra lunedì dalla ⟦HEALTH_DATA|maternità⟧ con orario ridotto (part-time 80 %).",
    },
    {
        "kind": "support",
        "text": "[09:12] Cliente: buongiorno, devo aggiornare i documenti per l'exchange\n[09:12] Operatore: certo, mi serve "
        "il codice fiscale\n[09:13] Cliente: ⟦IT_FISCAL_CODE|SPSVCN68L22A944Q⟧\n[09:13] Operatore: grazie. Residenza?\n"
        "[09:14] Cliente: ⟦STREET_ADDRESS|Corso Garibaldi 112, 80142 Napoli (NA)⟧\n[09:15] Operatore: perfetto, la "
        "pratica 88-1932 è in lavorazione, riceverà una mail entro 48 ore.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Luce e gas a prezzo fisso per 24 mesi. Passa a noi entro il 31 gennaio: attivazione gratuita.",
    },
    {
        "kind": "marketing",
        "text": "Vi aspettiamo a Cibus, Padiglione 3, Stand F18: degustazioni ogni giorno alle 12.",
    },
    {
        "kind": "marketing",
        "text": '"Un matrimonio perfetto, anche il menù senza glutine per la sposa." Grazie ⟦PERSON|Serena⟧ e ⟦PERSON|Paolo⟧!',
    },
    {
        "kind": "marketing",
        "text": "Casa indipendente a Lucca, 140 mq, giardino, classe energetica C. Trattativa riservata. "
        "Referente: ⟦PERSON|Riccardo Neri⟧, ⟦EMAIL_ADDRESS|r.neri@immobiliaretoscana.it⟧",
    },
    {
        "kind": "marketing",
        "text": "Il broker assicurativo che ti segue davvero: RC auto, casa, polizze vita. Preventivo in 24 ore.",
    },
    {
        "kind": "marketing",
        "text": "Vince il concorso ⟦PERSON|Franco Mele⟧ di Bari: lo contatteremo al ⟦PHONE_NUMBER|333 901 4472⟧.",
    },
    {
        "kind": "marketing",
        "text": "RSA Villa Serena: assistenza 24 ore, fisioterapia e animazione. Ora anche centro diurno.",
    },
    {
        "kind": "marketing",
        "text": "Sul nostro marketplace vendi in tutta Europa: commissioni dal 6 %, pagamenti ogni settimana.",
    },
]
