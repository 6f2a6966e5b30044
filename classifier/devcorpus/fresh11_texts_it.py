"""Hand-written Italian texts of the ``fresh11`` split: prompts with pasted forms, chats, minutes and letters."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Riassumi questa chat WhatsApp del servizio trasporto dializzati per il turno di domani:\n"
        "[08/02/26, 19:02] ⟦PERSON|Gennaro Spadafina⟧: buonasera domani mia madre ha la ⟦HEALTH_DATA|dialisi⟧ alle 7 ma il pulmino "
        "non è passato oggi\n"
        "[08/02/26, 19:03] ⟦PERSON|Gennaro Spadafina⟧: lei sta in ⟦STREET_ADDRESS|via Carlo Poerio 118, Portici⟧, terzo piano senza ascensore\n"
        "[08/02/26, 19:20] Centrale Trasporti: Ci scusi, domani alle 6:20 passa l'equipaggio 4 con la sedia portantina\n"
        "[08/02/26, 19:21] ⟦PERSON|Gennaro Spadafina⟧: grazie. il mio numero è ⟦PHONE_NUMBER|338 719 4420⟧ se ci sono problemi",
    },
    {
        "kind": "support",
        "text": 'Scrivi un SMS di promemoria per il sig. ⟦PERSON|Vittorio Anzalone⟧ (⟦PHONE_NUMBER|+39 347 502 8816⟧): "Trasporto dialisi '
        'confermato per lunedì, partenza ore 6:30, equipaggio 2." Massimo 160 caratteri.',
    },
    {
        "kind": "support",
        "text": "Rispondi a questo cliente dell'app per il sensore glicemico, tono gentile, spiega che deve ricalibrare:\n"
        "> Salve, l'app GlicoSense 4.1 mi segna 240 ma col pungidito ho 160. Ho il ⟦HEALTH_DATA|diabete gestazionale⟧, "
        "sono alla 30a settimana e sono preoccupata.\n"
        "> ⟦PERSON|Ilaria Benvenuto-Sacchi⟧",
    },
    {
        "kind": "support",
        "text": "app glicosense non sincronizza con l'orologio dopo l'aggiornamento iOS 19.2, cosa controllo? elenco breve",
    },
    {
        "kind": "support",
        "text": "Estrai i dati in JSON (nome, codice_fiscale, iban, richiesta) da questa mail allo studio del commercialista:\n"
        '"Buongiorno dott.ssa ⟦PERSON|Ghezzi⟧, le invio il 730. Il mio CF è ⟦IT_FISCAL_CODE|TRTRFL79B08F839X⟧, per il rimborso '
        "usate ⟦IBAN_CODE|IT47 A844 5939 0337 1472 8085 810⟧. Posso detrarre le spese per la ⟦HEALTH_DATA|fisioterapia dopo l'ictus⟧? "
        'Cordiali saluti, ⟦PERSON|Raffaele Tortorici⟧"',
    },
    {
        "kind": "support",
        "text": "Rispondi in una riga a ⟦PERSON|Fabrizio Cantarella⟧ (⟦EMAIL_ADDRESS|f.cantarella@libero.it⟧): qual è la scadenza del "
        "modello F24 per il saldo IMU 2026?",
    },
    {
        "kind": "support",
        "text": "Correggi questa lettera scansionata (ci sono errori di OCR) e rendila leggibile:\n"
        "Spett.le Centro Studi Clinici,\n"
        "con la presente io sottoscritta ⟦PERSON|Ottavia Scarpellini⟧, nata il ⟦DATE_OF_BIRTH|21/06/1993⟧, C.F. ⟦IT_FISCAL_CODE|SCRTTV93H61F839P⟧, "
        "rit1ro il mio consenso alla sperimentaz-\nione ONCO-LUNG 3 per motivi personali. Ho una diagn0si di "
        "⟦HEALTH_DATA|carcinoma polmonare non a piccole cellule⟧ e preferisco prosegu1re le cure al mio ospedale.\n"
        "Distinti saluti",
    },
    {
        "kind": "support",
        "text": "Crea una risposta standard per chi chiede se lo studio clinico rimborsa il viaggio: sì, fino a 50 € a visita con ricevute.",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Sistema questo verbale della riunione dello staff medico dell'accademia calcio (solo decisioni):\n"
        "Presenti: dott. ⟦PERSON|Tiziano Ferlisi⟧, fisioterapista ⟦PERSON|Caterina Vendramin⟧, mister Under 15\n"
        "- ⟦PERSON|Samuele Okoye⟧ (U15): ⟦HEALTH_DATA|cardiomiopatia ipertrofica⟧ sospetta all'eco, sospeso dall'attività agonistica, "
        "visita in centro di riferimento\n"
        "- ⟦PERSON|Lorenzo Bellafiore⟧ (U14): ⟦HEALTH_DATA|lesione del legamento crociato⟧, intervento il 3/3\n"
        "- certificati agonistici U13 in scadenza a marzo: 11 ragazzi",
    },
    {
        "kind": "hr",
        "text": "Scrivi un annuncio: cercasi preparatore atletico per settore giovanile, laurea in Scienze Motorie, part-time, Bergamo. 90 parole.",
    },
    {
        "kind": "hr",
        "text": "Fai un riassunto neutro di questo colloquio per la casa rifugio (operatrice nuova), senza giudizi:\n"
        "Candidata: ⟦PERSON|Nadia Colombaro⟧\n"
        "Esperienza: 6 anni centro antiviolenza Mestre\n"
        "Note: ha raccontato di essere ⟦SEX_LIFE_ORIENTATION|lesbica⟧ e di far parte di un collettivo ⟦POLITICAL_OPINION|transfemminista⟧; "
        "chiede di non lavorare il venerdì sera per ⟦RELIGIOUS_BELIEF|lo Shabbat⟧.",
    },
    {
        "kind": "hr",
        "text": "Trasforma in tabella (nome;ruolo;turno) e ordina per turno:\n"
        "⟦PERSON|Samir Lopresti⟧;autista;mattina\n⟦PERSON|Denise Carbonaro⟧;soccorritrice;pomeriggio\n⟦PERSON|Aurelio Mancuso⟧;autista;notte\n"
        "⟦PERSON|Pietro Vaccaro⟧;soccorritore;mattina",
    },
    {
        "kind": "hr",
        "text": "Rendi più professionale questa mail interna:\n"
        '"ciao a tutti, ⟦PERSON|Samir⟧ da lunedì è in ⟦HEALTH_DATA|malattia per ernia inguinale⟧, ci serve qualcuno per il giro '
        'di Ercolano. ah, lui è iscritto ⟦TRADE_UNION_MEMBERSHIP|alla FP CGIL⟧ quindi se cambiamo i turni avvisiamo anche il delegato"',
    },
    {
        "kind": "hr",
        "text": "Elenca i documenti per il rinnovo del certificato di idoneità sportiva agonistica per under 18 (visita, ECG, urine).",
    },
    {
        "kind": "hr",
        "text": "Riformula in italiano corretto questo appunto del colloquio di lavoro per lo studio (è di un collega straniero):\n"
        '"candidato ⟦PERSON|Emanuele Rizzuto⟧, bravo con Excel e 730, ha detto lui ha ⟦CRIMINAL_RECORD|condanna per bancarotta fraudolenta⟧ '
        'del 2015, pena finita. chiediamo il casellario?"',
    },
    {
        "kind": "hr",
        "text": "Quante ore di formazione obbligatoria servono al personale dell'ambulanza per il BLSD? Risposta breve.",
    },
    # -- marketing -----------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Post Facebook per la casa rifugio: raccolta di prodotti per neonati fino al 31 marzo, punto di raccolta in parrocchia "
        "San Rocco. Tono caldo, niente foto di persone.",
    },
    {
        "kind": "marketing",
        "text": "Migliora questa testimonianza per il sito di GlicoSense (consenso firmato):\n"
        '"Sono ⟦PERSON|Arianna Dal Molin⟧, 34 anni. Da quando ho il sensore, la notte dormo: con la mia ⟦HEALTH_DATA|ipoglicemia notturna⟧ '
        'avevo paura ogni sera."',
    },
    {
        "kind": "marketing",
        "text": 'Testo per il volantino di reclutamento: "Soffri di emicrania cronica? Lo studio MIGRA-7 cerca volontari 18-65 anni. '
        'Visite gratuite, rimborso spese." Rendilo più chiaro, 50 parole.',
    },
    {
        "kind": "marketing",
        "text": "Newsletter dello studio commercialista: novità 730/2026, bonus ristrutturazioni al 50%, scadenze di aprile. Tre paragrafi brevi.",
    },
    {
        "kind": "marketing",
        "text": "Storia per il sito dell'accademia, accorciala:\n"
        '"⟦PERSON|Moussa Diallo-Ferrante⟧, arrivato a 14 anni dal Senegal come minore non accompagnato, oggi gioca in Primavera. '
        'Il suo allenatore racconta che nel Ramadan si allenava comunque, da ⟦RELIGIOUS_BELIEF|musulmano praticante⟧, senza mai lamentarsi."',
    },
    {
        "kind": "marketing",
        "text": "Slogan per la campagna del test genetico gratuito nel nostro studio clinico, cinque idee, tono rassicurante.",
    },
    {
        "kind": "marketing",
        "text": "Comunicato stampa da rivedere: lo studio clinico GENO-FAM ha arruolato 400 famiglie. Cita la partecipante "
        "⟦PERSON|Loredana Sciortino⟧, che ha scoperto di essere ⟦GENETIC_DATA|portatrice della mutazione BRCA2⟧ e ora fa controlli ogni sei mesi.",
    },
    {
        "kind": "marketing",
        "text": 'Scrivi il testo di un banner: "Accademia Calcio Orobica – open day 12 aprile, nati 2014-2017, iscrizioni online."',
    },
    # -- docs ----------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Il fine-tuning con LoRA aggiorna solo un piccolo numero di matrici aggiuntive, lasciando congelati i pesi del modello "
        "di base. Con rango 16 i parametri addestrabili sono meno dell'1% del totale e l'addestramento di un modello da 8 miliardi "
        "di parametri entra in una singola GPU da 24 GB. È però importante valutare il modello su dati tenuti da parte: con pochi "
        "esempi LoRA tende a memorizzare le formulazioni invece di generalizzare.",
    },
]
