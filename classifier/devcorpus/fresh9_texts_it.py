"""Hand-written Italian texts of the ``fresh9`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

_RAW: list[tuple[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    (
        "support",
        "Riassumi per la centrale trasporti: sig.ra ⟦PERSON|Giuseppina Lovisolo⟧, ⟦STREET_ADDRESS|via Padova 118, 20127 Milano⟧, "
        "barellata, ⟦HEALTH_DATA|frattura di femore⟧, rientro dal Niguarda ore 16.",
    ),
    (
        "support",
        "Il giocatore chiede perché il suo account è sospeso, ticket IT-77410. Rispondi che stiamo verificando il chargeback.",
    ),
    (
        "support",
        "Traduci in inglese: «Buongiorno, il braccialetto segna 180 battiti mentre dormo, è normale? Modello Pulso Loop, app 4.2.»",
    ),
    (
        "support",
        "Mutuo in arretrato n. 44810: cliente ⟦PERSON|Ottavio Zanardelli⟧ chiede sospensione rate, perso il lavoro. Addebito su "
        "⟦IBAN_CODE|IT21 U961 1381 7573 6281 1607 164⟧ non riuscito. Bozza di risposta.",
    ),
    (
        "support",
        "Assistenza domiciliare: ⟦PERSON|Attilio Brambati⟧ ha bisogno di una badante la notte, ⟦HEALTH_DATA|Alzheimer⟧ in fase moderata. Figlia ⟦PHONE_NUMBER|347 882 1049⟧.",
    ),
    ("support", "Classifica: «Salve, vorrei sapere gli orari del gattile la domenica. Grazie.»"),
    (
        "support",
        "Lettera al direttore da accorciare: ⟦PERSON|Rosalba Chiaramonte⟧, ⟦POLITICAL_OPINION|elettrice del PD da sempre⟧, chiede più autobus notturni.",
    ),
    (
        "support",
        "Ospite crociera cabina 3307: il sig. ⟦PERSON|Nunzio Caradonna⟧, ⟦HEALTH_DATA|celiaco⟧, chiede menu senza glutine ogni sera.",
    ),
    # -- hr --------------------------------------------------------------------------------------------------------
    (
        "hr",
        "Estrai in JSON: ⟦PERSON|Giada Ferrandi⟧, codice fiscale ⟦IT_FISCAL_CODE|FRRGDI90D49L736C⟧, nata il ⟦DATE_OF_BIRTH|09/04/1990⟧, OSS part-time.",
    ),
    (
        "hr",
        "Certificato INPS ricevuto per ⟦PERSON|Marco Tedeschini⟧, prognosi 7 giorni, ⟦HEALTH_DATA|lombosciatalgia⟧. Aggiorna il cedolino.",
    ),
    (
        "hr",
        "Verbale RSU: presenti ⟦PERSON|Luisa Fabbrocini⟧ (⟦TRADE_UNION_MEMBERSHIP|iscritta FP CGIL⟧), ⟦PERSON|Dario Mezzanotte⟧. Punto 2: reperibilità.",
    ),
    ("hr", "Scrivi un annuncio: autista per trasporto pazienti, patente B, turni anche festivi, zona Milano Nord."),
    (
        "hr",
        "Permesso per ⟦PERSON|Ibrahim Sow⟧ per la preghiera del venerdì, è ⟦RELIGIOUS_BELIEF|musulmano⟧ praticante. Va bene l'orario 13-14?",
    ),
    ("hr", "Domanda busta paga: il TFR di ottobre sembra calcolato su 13 mensilità invece di 14. Matricola 3391."),
    (
        "hr",
        "Nota: ⟦PERSON|Federica Bottazzoli⟧ rientra dalla maternità, chiede part-time verticale; il medico competente segnala ⟦HEALTH_DATA|gravidanza a rischio⟧ precedente, nessuna limitazione ora.",
    ),
    (
        "hr",
        "Volontario canile: ⟦PERSON|Silvano Ruggeri⟧, casellario con ⟦CRIMINAL_RECORD|condanna per maltrattamento di animali⟧. Prepara il diniego.",
    ),
    # -- marketing ---------------------------------------------------------------------------------------------------
    ("marketing", "Tre titoli per la crociera in Grecia, partenza Venezia, 8 giorni."),
    ("marketing", "Post per il gattile: settimana dell'adozione, gatti anziani senza costi di adozione."),
    ("marketing", "Testo sito: fotografo matrimoni sul Lago di Como, reportage, album in carta cotone."),
    (
        "marketing",
        "Newsletter del centro diurno: laboratori di arteterapia per persone con disturbi dell'umore, iscrizioni aperte.",
    ),
    (
        "marketing",
        "Recensione da accorciare: «Dopo l'⟦HEALTH_DATA|infarto⟧ Pulso mi ha ridato fiducia» — ⟦PERSON|Gianpaolo Serafini⟧, Bergamo.",
    ),
    ("marketing", "Slogan per la cooperativa di rider in bici: consegne pulite, paghe giuste."),
    ("marketing", "Traduci: Veterans' association annual dinner, 12 April, Hotel Centrale, tickets 45 €."),
    (
        "marketing",
        "Intervista per il giornale locale: ⟦PERSON|Tommaso Ricciardelli⟧, ⟦SEX_LIFE_ORIENTATION|gay⟧ dichiarato, primo consigliere comunale del paese con il compagno alla cerimonia.",
    ),
    # -- docs --------------------------------------------------------------------------------------------------------
    (
        "docs",
        "Il piano di assistenza domiciliare integrata definisce accessi, figure professionali e durata. L'operatore registra ogni accesso "
        "dall'app; il coordinatore verifica le ore a fine mese prima della fatturazione all'ASL.",
    ),
]

TEXTS: list[dict[str, str]] = [{"kind": kind, "text": text} for kind, text in _RAW]
