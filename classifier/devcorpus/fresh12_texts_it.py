"""Hand-written Italian texts of the ``fresh12`` split: cooperativa olivicola, terme, scuola sci, diocesi e un thread in più lingue."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "mi riscrivi questo in modo più gentile? 'la prenotazione della palestra comunale PAL-0933 è annullata perché non avete pagato'",
    },
    {
        "kind": "support",
        "text": "Riassumi questo thread per il responsabile sinistri, in italiano, 5 righe max, con chi ha detto cosa.\n\n"
        "[09:02] ⟦PERSON|Chiara Bonometti⟧ (claims, Torino): Buongiorno a tutti, sinistro CS-IT-40218, auto in car sharing tamponata in via Nizza. "
        "Il cliente ⟦PERSON|Ettore Gambirasio⟧, CF ⟦IT_FISCAL_CODE|GMBTTR79S02A944Y⟧, dice che l'altra auto era a noleggio da Valencia.\n"
        "[09:15] ⟦PERSON|Nuria Casademunt⟧ (partner, València): Hola ⟦PERSON|Chiara⟧, confirmo: el conductor es ⟦PERSON|Iker Olabarrieta⟧, "
        "tiene ⟦HEALTH_DATA|una contusión en el tórax⟧ y está de baja. Os mando el parte amistoso escaneado esta tarde.\n"
        "[09:31] ⟦PERSON|Wojciech Sadurski⟧ (fleet, Poznań): Hi both, the telematics box shows 38 km/h at impact, braking 0.4 s before. "
        "I'll attach the CSV export. Our driver was not at fault according to the data.\n"
        "[09:40] ⟦PERSON|Chiara⟧: Grazie ⟦PERSON|Wojciech⟧. ⟦PERSON|Nuria⟧, il vostro cliente ha un legale? Noi abbiamo già il perito, sopralluogo giovedì.\n"
        "[10:05] ⟦PERSON|Nuria⟧: Sí, abogada ⟦PERSON|Remedios Aldecoa⟧, ⟦EMAIL_ADDRESS|r.aldecoa@aldecoa-abogados.es⟧. Ella pidió el informe médico completo.\n"
        "[10:12] ⟦PERSON|Wojciech⟧: FYI for GDPR, please don't forward the medical report to the fleet mailbox, send it only to claims.\n"
        "[10:20] ⟦PERSON|Chiara⟧: Certo. ⟦PERSON|Ettore⟧ mi ha anche scritto che soffre di ⟦HEALTH_DATA|attacchi di panico⟧ da allora e chiede un contatto diretto: "
        "⟦PHONE_NUMBER|+39 347 219 8856⟧. Lo passo al collega che segue i danni alla persona.\n"
        "[10:26] ⟦PERSON|Nuria⟧: Perfecto, cerramos el tema por hoy. Buen día!",
    },
    {
        "kind": "support",
        "text": "Trascrizione assistente vocale, estrai data e numero di persone:\nUTENTE: sì allora volevo prenotare il tour delle cantine di sabato\n"
        "ASSISTENTE: Quale sabato e per quante persone?\nUTENTE: il 18, siamo in sei, uno è astemio\nASSISTENTE: Perfetto, sei posti sul minibus delle 9:30.",
    },
    {
        "kind": "support",
        "text": "Da: ⟦PERSON|Aurora Vigliani⟧ <⟦EMAIL_ADDRESS|aurora.vigliani@libero.it⟧>\nOggetto: R: cure termali convenzionate\n\n"
        "Buonasera, allego l'impegnativa del medico per il ciclo di fanghi (⟦HEALTH_DATA|artrosi lombare⟧). Codice fiscale ⟦IT_FISCAL_CODE|VGLRRA95H67H501B⟧. "
        "Abito in ⟦STREET_ADDRESS|via Sacchi 22, 10128 Torino⟧.\nCordiali saluti\n\n"
        "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.",
    },
    {
        "kind": "support",
        "text": "Modulo reclamo biblioteca, classifica (prestiti / spazi / personale / altro): 'La sala studio chiude alle 19 anche in sessione, "
        "chiediamo orario prolungato fino alle 23. Tessera 0077-3318.'",
    },
    {
        "kind": "support",
        "text": "Telemonitoraggio cardiologico: bozza di risposta a ⟦PERSON|Giuseppina Lo Presti⟧ che chiede perché il dispositivo segnala allarmi. "
        "È portatrice di ⟦HEALTH_DATA|defibrillatore impiantabile⟧ e prende ⟦HEALTH_DATA|amiodarone⟧; il test genetico ha trovato una ⟦GENETIC_DATA|mutazione MYBPC3⟧. Tono rassicurante, niente consigli medici.",
    },
    {
        "kind": "support",
        "text": "polizza animali PA-2210934, il rimborso della visita dermatologica per Pepe quando arriva?",
    },
    {
        "kind": "support",
        "text": "Soccorso alpino, scheda da sistemare:\nChiamata 16:10, escursionista ⟦PERSON|Davide Ferrandino⟧, nato il ⟦DATE_OF_BIRTH|09/12/1974⟧, "
        "bloccato in parete al Monviso. Riferisce ⟦HEALTH_DATA|dolore toracico⟧, ⟦HEALTH_DATA|iperteso⟧ in terapia. Elicottero da Levaldigi alle 16:35.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Turni raccolta olive, fai una tabella Markdown per squadra:\nSquadra A: ⟦PERSON|Mamadou Sissoko⟧, ⟦PERSON|Rosaria Trimarchi⟧, ⟦PERSON|Petru Ciobanu⟧ – 6:30-13:30\n"
        "Squadra B: ⟦PERSON|Gennaro Abbatangelo⟧, ⟦PERSON|Ilham Bouzidi⟧ – 13:00-19:00\nNota: ⟦PERSON|Ilham⟧ ⟦RELIGIOUS_BELIEF|fa il Ramadan⟧, pausa al tramonto.",
    },
    {
        "kind": "hr",
        "text": "Scheda stagionale frantoio:\nNome: ⟦PERSON|Chiara Bonometti⟧\nCF: ⟦IT_FISCAL_CODE|BNMCHR87C54F205F⟧\nIBAN: ⟦IBAN_CODE|IT28 L058 9369 4855 5885 5889 120⟧\n"
        "Iscritta ⟦TRADE_UNION_MEMBERSHIP|FLAI-CGIL⟧\nIdoneità: ⟦HEALTH_DATA|allergia al polline di olivo⟧, no potatura",
    },
    {
        "kind": "hr",
        "text": "Annuncio di lavoro per maestri di sci stagionali, 4 mesi, alloggio incluso, richiesto brevetto FISI o equivalente. Max 100 parole.",
    },
    {
        "kind": "hr",
        "text": "Sintesi del verbale dell'Ispettorato del lavoro per il CdA: ispezione del 5/11, 3 lavoratori senza contratto scritto (tra cui ⟦PERSON|Liviu Munteanu⟧ e ⟦PERSON|Faisal Chaudhry⟧), "
        "straordinari non registrati, DVR non aggiornato. Sanzione amministrativa prevista. Nessun infortunio.",
    },
    {
        "kind": "hr",
        "text": "Valutazione qualità call center, riformula in modo costruttivo:\nOperatore ⟦PERSON|Samuele Intravaia⟧, 55/100. Tono brusco, "
        "non ha letto l'informativa privacy. In chiamata ha detto al cliente di essere ⟦POLITICAL_OPINION|iscritto alla Lega⟧ — fuori luogo.",
    },
    {
        "kind": "hr",
        "text": "Agenzia di imbarco marittimo: questo va nel fascicolo? 'Marittimo ⟦PERSON|Cosimo Annunziata⟧, ⟦CRIMINAL_RECORD|condannato per rissa a Genova nel 2020⟧, "
        "⟦HEALTH_DATA|diabete di tipo 2⟧, idoneo con limitazioni.'",
    },
    {
        "kind": "hr",
        "text": "Day hospital psichiatrico: turni infermieri settimana 12 da mandare via mail, scrivi tu l'intro. Mattino 7-14, pomeriggio 14-21, riunione d'équipe venerdì ore 13.",
    },
    {
        "kind": "hr",
        "text": "Colloquio corso prematrimoniale, nota dell'animatore: '⟦PERSON|Loredana Cupertino⟧ ha chiesto se può partecipare pur essendo il fidanzato "
        "⟦RELIGIOUS_BELIEF|testimone di Geova⟧; consultare il parroco.'",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Notifica push (max 55 caratteri): nuove date del wine tour in Langa, prenota entro venerdì.",
    },
    {
        "kind": "marketing",
        "text": "Variante A/B per la pagina Terme:\nA: 'Cure termali convenzionate SSN: fanghi, inalazioni e bagni per artrosi e bronchiti croniche.'\n"
        "B: 'Il tuo medico ti ha prescritto le cure? Prenota online in 2 minuti.'",
    },
    {
        "kind": "marketing",
        "text": "Recensione da accorciare: 'Scuola sci fantastica! Mia figlia ⟦PERSON|Greta Scandurra⟧ ha la ⟦HEALTH_DATA|sindrome di Down⟧ "
        "e il maestro l'ha fatta sciare da sola in tre giorni. ⟦PERSON|Massimo Scandurra⟧'",
    },
    {
        "kind": "marketing",
        "text": "Post per Facebook della biblioteca civica: gruppo di lettura in lingua spagnola, giovedì alle 18, ingresso libero.",
    },
    {
        "kind": "marketing",
        "text": "Testimonianza per l'opuscolo della cooperativa: 'Sono arrivato dal Senegal nel 2015, oggi sono caposquadra. — ⟦PERSON|Babacar Ndiaye-Fontana⟧, "
        "⟦ETHNIC_ORIGIN|di etnia wolof⟧' — va bene pubblicarla così?",
    },
    {
        "kind": "marketing",
        "text": "Newsletter assicurazione animali, sistema il testo: 'Ora copriamo anche le terapie per cani anziani: fisioterapia, agopuntura, farmaci per l'artrosi.'",
    },
    {
        "kind": "marketing",
        "text": "Storia per il sito del soccorso alpino: 'Grazie a ⟦PERSON|Ottavio Piasentin⟧, salvato dopo una ⟦HEALTH_DATA|frattura del femore⟧ in Val d'Aosta, "
        "abbiamo raccolto 12.000 euro per il nuovo defibrillatore.' Rendila più emozionante.",
    },
    {
        "kind": "marketing",
        "text": "Slogan per le palestre comunali: sport per tutti, prenotazione online, tariffe ridotte per under 18 e over 65.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Un modello linguistico non 'ricorda' le conversazioni precedenti: ogni richiesta contiene l'intero contesto che il client decide di inviare. "
        "Per questo la finestra di contesto è un limite pratico e non solo teorico: oltre una certa lunghezza conviene riassumere i turni vecchi "
        "o recuperare solo i passaggi rilevanti.",
    },
]
