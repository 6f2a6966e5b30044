"""Hand-written Italian texts of the ``fresh8`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Riassumi per il banco assistenza speciale:\n\nBuongiorno, viaggio il 19/01 Torino–Bari con mia figlia "
        "⟦PERSON|Matilde⟧ che ha la ⟦HEALTH_DATA|sindrome di Down⟧ e ⟦HEALTH_DATA|epilessia⟧, prende "
        "⟦HEALTH_DATA|Depakin⟧. Serve assistenza all'imbarco. PNR Z3K9WA. Grazie, ⟦PERSON|Rosaria Cutugno⟧ "
        "⟦PHONE_NUMBER|+39 347 218 6604⟧",
    },
    {
        "kind": "support",
        "text": "rispondi al cliente: il monopattino Zippo Urban si blocca sopra i 20 km/h in corso Vittorio Emanuele, "
        "noleggio n. 7731-TO, chiede rimborso di 2,15 €",
    },
    {
        "kind": "support",
        "text": "Compila la scheda del donatore da questo modulo scannerizzato:\nCognome e nome: ⟦PERSON|Chiara Bonvicini⟧\n"
        "Codice fiscale: ⟦IT_FISCAL_CODE|BNVCHR94E49F205L⟧\nNata il ⟦DATE_OF_BIRTH|09/05/1994⟧ a Milano\n"
        "Residenza: ⟦STREET_ADDRESS|Via Gioacchino Belli 22, 20127 Milano⟧\nGruppo sanguigno: 0 Rh-\n"
        "Farmaci assunti: nessuno",
    },
    {
        "kind": "support",
        "text": "Traduci in inglese per lo spedizioniere: la bolla doganale MRN 25IT0T1000348921 riguarda 40 cartoni di "
        "montature per occhiali, voce doganale 9003 11 00, fattura FT-2025/884.",
    },
    {
        "kind": "support",
        "text": "Scrivi una risposta gentile:\n\n---------- Messaggio inoltrato ----------\nDa: "
        "⟦EMAIL_ADDRESS|gianpiero.fasolino@libero.it⟧\nOggetto: apparecchio acustico\n\nIl mio apparecchio "
        "retroauricolare si spegne dopo due ore. Ho un'⟦HEALTH_DATA|ipoacusia neurosensoriale bilaterale⟧ e senza "
        "non sento il telefono. Sono cliente della filiale di Lingotto. ⟦PERSON|Gianpiero Fasolino⟧",
    },
    {
        "kind": "support",
        "text": "Quali documenti servono per una surroga del mutuo? Elenco breve per un cliente di Novara.",
    },
    {
        "kind": "support",
        "text": "Mediatore creditizio — riepiloga la pratica in tabella:\nRichiedente ⟦PERSON|Davide Ferraris⟧, "
        "accredito stipendio su ⟦IBAN_CODE|IT63 S818 2296 7263 0336 1676 443⟧, importo richiesto 168.000 €, "
        "immobile in ⟦STREET_ADDRESS|Via Nizza 141, 10126 Torino⟧, durata 25 anni.",
    },
    {
        "kind": "support",
        "text": "Questa mail è phishing? Mittente: assistenza@poste-it-verifica.net, oggetto 'Carta PostePay sospesa', "
        "link hxxps://postepay-sblocco[.]online, codice pratica PP-99120.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Centro per l'impiego: redigi la nota per la commissione sulla sospensione della NASpI.\n"
        "Utente ⟦PERSON|Salvatore Iannuzzi⟧, non presentato al colloquio del 7/11. Ha inviato certificato: "
        "⟦HEALTH_DATA|lombosciatalgia acuta⟧, prognosi 10 giorni. In passato ⟦CRIMINAL_RECORD|condanna per furto⟧ "
        "(2017), pena scontata.",
    },
    {
        "kind": "hr",
        "text": "Studio legale, diritto del lavoro: individua gli elementi di discriminazione.\nLa cliente "
        "⟦PERSON|Fatima Zahra El Idrissi⟧, cassiera, sostiene di essere stata esclusa dai turni dopo aver iniziato "
        "a portare il ⟦RELIGIOUS_BELIEF|velo islamico⟧. Iscritta alla ⟦TRADE_UNION_MEMBERSHIP|Filcams CGIL⟧. "
        "Il responsabile avrebbe detto: 'qui i clienti non vogliono ⟦ETHNIC_ORIGIN|marocchini⟧'.",
    },
    {
        "kind": "hr",
        "text": "Scrivi un annuncio: cercasi mediatore/mediatrice culturale lingua tigrina e arabo, cooperativa "
        "sociale a Torino, part-time 24 ore, CCNL cooperative sociali.",
    },
    {
        "kind": "hr",
        "text": "Ufficio elettorale: controlla i dati degli scrutatori e segnala campi mancanti.\n"
        "sezione;scrutatore;telefono\n112;⟦PERSON|Ottavio Rabbia⟧;⟦PHONE_NUMBER|011 436 2289⟧\n"
        "113;⟦PERSON|Ilaria Bertinetti⟧;\n114;⟦PERSON|Kevin Oduya⟧;⟦PHONE_NUMBER|333 901 7745⟧",
    },
    {
        "kind": "hr",
        "text": "Ufficio disabilità dell'ateneo — piano individualizzato:\nStudentessa ⟦PERSON|Aurora Spadaccini⟧, "
        "Ingegneria. ⟦HEALTH_DATA|Sclerosi multipla recidivante-remittente⟧, in terapia con "
        "⟦HEALTH_DATA|Ocrevus⟧. Richiede esami in aula al piano terra e pause di 15 minuti.",
    },
    {
        "kind": "hr",
        "text": "Come si calcola il TFR per un part-time verticale? Spiegalo con un esempio numerico.",
    },
    {
        "kind": "hr",
        "text": "Campo estivo – scheda partecipante, trasforma in promemoria per l'educatore:\n"
        "Nome: ⟦PERSON|Samuele Giordanengo⟧\nIntolleranze: ⟦HEALTH_DATA|celiachia⟧\nReligione: "
        "⟦RELIGIOUS_BELIEF|testimone di Geova⟧ (non partecipa a feste di compleanno)\nContatto: papà, ⟦PHONE_NUMBER|349 552 0813⟧",
    },
    {
        "kind": "hr",
        "text": "Verbale del CdA della cooperativa edilizia 'Borgo Dora', riassumi: approvato bilancio 2024, "
        "avviata gara per ascensori scala B, quota sociale invariata a 250 €.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Post Instagram per l'AVIS comunale: giornata del dono domenica 9 marzo, piazza Castello, "
        "autoemoteca dalle 8 alle 12. Tono allegro.",
    },
    {
        "kind": "marketing",
        "text": "Migliora questa storia per il sito della ONG:\n'Sono ⟦PERSON|Yonas Ghebremedhin⟧, sono arrivato a "
        "Lampedusa nel 2016. Sono ⟦SEX_LIFE_ORIENTATION|gay⟧ e nel mio paese rischiavo il carcere. Oggi faccio il "
        "cuoco a Torino e insegno tigrino ai volontari.'",
    },
    {
        "kind": "marketing",
        "text": "Descrizione prodotto: occhiali da sole 'Monviso Polar', lenti polarizzate cat. 3, montatura in "
        "legno di noce, 149 €. Massimo 60 parole.",
    },
    {
        "kind": "marketing",
        "text": "Comunicato della compagnia teatrale amatoriale: 'La Locandiera' al Teatro Gobetti, 3–5 aprile. "
        "Rendilo più accattivante.",
    },
    {
        "kind": "marketing",
        "text": "Testimonianza per la brochure del centro acustico, accorciala: 'Dopo l'⟦HEALTH_DATA|impianto "
        "cocleare⟧ ho risentito la voce di mia nipote. Grazie al dottor ⟦PERSON|Ruffino⟧.' — ⟦PERSON|Ermanno Bogliolo⟧, 71 anni",
    },
    {
        "kind": "marketing",
        "text": "Scrivi 3 titoli per la campagna del nostro servizio di e-bike sharing 'Pedala Torino', 1.200 bici, 140 stazioni.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter del coro, sistema l'italiano: 'Benvenuti ai nuovi soprani! Ringraziamo "
        "⟦PERSON|Loredana Vaudagna⟧ che dopo vent'anni lascia la direzione.'",
    },
    {
        "kind": "marketing",
        "text": "Pagina web del centro trasfusionale: spiega in modo semplice chi può donare, citando che chi ha "
        "avuto l'epatite B non può, e chi assume antistaminici sì.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Il voto domiciliare è previsto per gli elettori affetti da gravissime infermità che non possono "
        "allontanarsi dall'abitazione. La domanda va presentata al sindaco tra il quarantesimo e il ventesimo "
        "giorno antecedente la votazione, allegando un certificato rilasciato dal funzionario medico designato "
        "dall'ASL. Il voto è raccolto da un seggio speciale durante le ore di apertura.",
    },
    # -- aggiunti: testi lunghi e misti --------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Sei l'assistente di uno studio di diritto del lavoro a Torino. Dal messaggio del cliente ricava: fatti, "
        "date, possibili profili di discriminazione e documenti da chiedere. Elenco puntato.\n\n"
        "Oggetto: licenziamento – richiesta appuntamento\nDa: ⟦EMAIL_ADDRESS|marco.prelle75@gmail.com⟧\n\n"
        "Buongiorno avvocato ⟦PERSON|Gribaudo⟧,\nmi chiamo ⟦PERSON|Marco Prelle⟧ (C.F. ⟦IT_FISCAL_CODE|PRLMRC75T03H501F⟧), "
        "lavoro dal 2009 come tecnico manutentore alla Vernazza Ascensori S.r.l. di Settimo Torinese. Nel 2023 mi "
        "hanno diagnosticato il ⟦HEALTH_DATA|morbo di Crohn⟧ e ho avuto due ricoveri; da allora faccio "
        "⟦HEALTH_DATA|infusioni di Remicade⟧ ogni otto settimane e mi sono assentato per le terapie con regolare "
        "certificato. Sono anche delegato ⟦TRADE_UNION_MEMBERSHIP|FIOM⟧ e a settembre ho organizzato lo sciopero per "
        "il premio di produzione. Il 6 novembre mi è arrivata la lettera di licenziamento per 'superamento del "
        "periodo di comporto', ma secondo i miei conti mancavano ancora 23 giorni. Il capo reparto, "
        "⟦PERSON|Enzo Buttigliero⟧, davanti ai colleghi aveva detto che 'chi sta sempre in malattia e fa il "
        "sindacalista qui non dura'.\nAllego la lettera e le buste paga. Il mio numero è ⟦PHONE_NUMBER|335 618 4429⟧, "
        "abito in ⟦STREET_ADDRESS|Via Cigna 88, 10152 Torino⟧.\nCordiali saluti\n⟦PERSON|Marco Prelle⟧",
    },
    {
        "kind": "support",
        "text": "Consulenza mutuo: la cliente ⟦PERSON|Benedetta Crosetto⟧ chiede se deve dichiarare all'assicurazione "
        "la ⟦GENETIC_DATA|mutazione BRCA2⟧ emersa dal test genetico. Rispondi in modo prudente.",
    },
]
