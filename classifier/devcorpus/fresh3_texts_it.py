"""Split ``fresh3``, Italian: support mail and chat, HR and marketing written whole (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": """Buongiorno,

vi scrivo per il volo AZ 1629 Milano Linate-Bari del 9 novembre, cancellato senza preavviso. Siamo stati riprotetti sul volo del giorno dopo e abbiamo dovuto pagare l'albergo. Codice prenotazione KPL4QE. Allego le ricevute.

Cordiali saluti""",
    },
    {
        "kind": "support",
        "text": """Salve, devo richiedere un certificato di residenza per mia madre, ⟦PERSON|Rosaria Pappalardo⟧, nata il ⟦DATE_OF_BIRTH|25/06/1964⟧ a Milano. Codice fiscale ⟦IT_FISCAL_CODE|PPPRSR64H65F205P⟧. Residenza: ⟦STREET_ADDRESS|Via Guelfa, 73, 50129 Firenze (FI)⟧. Lei è ⟦HEALTH_DATA|invalida al 100%⟧ e non può venire allo sportello, posso ritirarlo io con delega?

Grazie
⟦PERSON|Simona Grasso⟧""",
    },
    {
        "kind": "support",
        "text": """ciao, l'app della banca mi dice "operazione non autorizzata" quando provo a fare un bonifico istantaneo. ho già aggiornato alla versione 6.3.1. potete controllare?""",
    },
    {
        "kind": "support",
        "text": """Gentile ufficio antifrode,

ho ricevuto un SMS che mi chiedeva di confermare un pagamento di 1.250 EUR. Ho cliccato sul link e ho inserito i dati della carta ⟦CREDIT_CARD|5136837711793076⟧ prima di accorgermi che era una truffa. Vi prego di bloccarla. Il mio conto è ⟦IBAN_CODE|IT83 M815 8964 8791 3733 1017 777⟧.

Potete chiamarmi al ⟦PHONE_NUMBER|347 218 4409⟧.

⟦PERSON|Gianmarco Tedeschini⟧""",
    },
    {
        "kind": "support",
        "text": """Buonasera, volevo sapere se avete disponibile il ⟦HEALTH_DATA|Eutirox 50⟧ per mio marito, lo prende per l'⟦HEALTH_DATA|ipotiroidismo⟧ e in farmacia qui a Lecce è finito. Grazie mille, ⟦PERSON|Assuntina⟧""",
    },
    {
        "kind": "support",
        "text": """Spedizione 1Z 884 2W7 68 1102 9931 in giacenza presso il deposito di Bologna Interporto: destinatario assente al secondo tentativo. Il pacco tornerà al mittente tra 5 giorni lavorativi.""",
    },
    {
        "kind": "support",
        "text": """Buongiorno dott.ssa ⟦PERSON|Rinaldi⟧,

le confermo l'appuntamento di martedì per la fisioterapia. Dopo la ⟦HEALTH_DATA|frattura del polso⟧ la mano è ancora gonfia e non riesco a chiudere il pugno. Porto le lastre del pronto soccorso.

Cordialmente,
⟦PERSON|Ettore Bonfiglio⟧
⟦EMAIL_ADDRESS|ettore.bonfiglio95@libero.it⟧""",
    },
    {
        "kind": "support",
        "text": """Richiesta di portabilità del numero ⟦PHONE_NUMBER|+39 333 906 1127⟧ da TIM. Codice di migrazione non richiesto (mobile). Intestataria: ⟦PERSON|Carlotta Zanardelli⟧, CF ⟦IT_FISCAL_CODE|ZNRCLT01A59L736O⟧.""",
    },
    {
        "kind": "support",
        "text": """Ciao a tutti, la riunione con il fornitore è spostata a giovedì alle 15. Il link Teams resta lo stesso.""",
    },
    {
        "kind": "support",
        "text": """Gentili signori,

il reso dell'ordine 402-8817265 (scarpe da trekking, taglia 42) è stato consegnato al vostro magazzino il 14 novembre secondo il tracking, ma non ho ancora ricevuto il rimborso di 129,90 EUR. Potete verificare?

Saluti""",
    },
    {
        "kind": "support",
        "text": """Buongiorno, sono la mamma di ⟦PERSON|Edoardo⟧ (classe 2B). Vi informo che da lunedì ⟦PERSON|Edoardo⟧ avrà bisogno di somministrare il ⟦HEALTH_DATA|Ventolin⟧ durante la ricreazione per l'⟦HEALTH_DATA|asma⟧, come da certificato del pediatra. Resto a disposizione al ⟦PHONE_NUMBER|349 771 0283⟧. ⟦PERSON|Federica Lanzoni⟧""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Scheda anagrafica dipendente

Cognome e nome: ⟦PERSON|Ferraresi Ludovica⟧
Nata il: ⟦DATE_OF_BIRTH|14 marzo 1987⟧
Codice fiscale: ⟦IT_FISCAL_CODE|FRRLVC87C54L736W⟧
Residenza: ⟦STREET_ADDRESS|Corso Vittorio Emanuele II, 204, 80121 Napoli (NA)⟧
IBAN: ⟦IBAN_CODE|IT80 Q503 1402 8934 8475 6168 147⟧
Iscrizione sindacale: ⟦TRADE_UNION_MEMBERSHIP|FILCAMS CGIL⟧ (trattenuta in busta paga)""",
    },
    {
        "kind": "hr",
        "text": """Si comunica che ⟦PERSON|Marco Esposito⟧ è in ⟦HEALTH_DATA|malattia⟧ dal 17 al 28 novembre. Il certificato telematico INPS è stato ricevuto, protocollo 2025-118834.""",
    },
    {
        "kind": "hr",
        "text": """Ricerchiamo per azienda cliente nel settore alimentare un/una addetto/a al confezionamento, turni 6-14 e 14-22, zona Parma. Contratto iniziale di 3 mesi con possibilità di proroga. Inviare CV all'agenzia.""",
    },
    {
        "kind": "hr",
        "text": """Ciao ⟦PERSON|Ombretta⟧, ti giro la richiesta di ⟦PERSON|Alessandro⟧: ha chiesto il congedo per il matrimonio con il suo compagno a giugno (⟦SEX_LIFE_ORIENTATION|unione civile⟧). Ha diritto ai 15 giorni come per il matrimonio, confermi tu in amministrazione?""",
    },
    {
        "kind": "hr",
        "text": """Colloquio con ⟦PERSON|Gianmarco Tedeschini⟧, candidato magazziniere. Esperienza di 8 anni, patentino del muletto. Ha dichiarato spontaneamente una ⟦CRIMINAL_RECORD|condanna per ricettazione⟧ del 2012, pena estinta. Valutare con il responsabile.""",
    },
    {
        "kind": "hr",
        "text": """Promemoria: entro il 31 dicembre vanno consegnati i moduli per le detrazioni fiscali 2026. Chi non li consegna avrà le detrazioni calcolate come nell'anno precedente.""",
    },
    {
        "kind": "hr",
        "text": """Lettera di presentazione

Mi chiamo ⟦PERSON|Chiara Benvenuti⟧, ho 34 anni e lavoro da dieci anni come infermiera in terapia intensiva all'Ospedale San Gerardo di Monza. Sono ⟦HEALTH_DATA|sorda da un orecchio⟧ dalla nascita, cosa che non ha mai limitato il mio lavoro. Potete contattarmi al ⟦PHONE_NUMBER|338 412 9907⟧.""",
    },
    {
        "kind": "hr",
        "text": """La sede di Torino resterà chiusa dal 24 dicembre al 6 gennaio. Il servizio clienti sarà garantito dal team di Verona con orario ridotto.""",
    },
    {
        "kind": "hr",
        "text": """Nota per l'ufficio personale: la dipendente ⟦PERSON|Sara Bellucci⟧ ci ha comunicato la ⟦HEALTH_DATA|gravidanza⟧ (terzo mese) e ha consegnato il certificato del ginecologo. Va spostata dal reparto verniciatura.""",
    },
    {
        "kind": "hr",
        "text": """Formazione obbligatoria sulla sicurezza: 4 ore il 15 gennaio in aula magna. Portare i DPI personali. Le firme di presenza saranno raccolte all'ingresso.""",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Natale in palestra! Regala un abbonamento trimestrale a chi ami: 99 EUR invece di 149. Valido anche per corsi di pilates, spinning e yoga.""",
    },
    {
        "kind": "marketing",
        "text": """La nuova collezione autunno-inverno è arrivata: cappotti in lana cotta, maglioni in cashmere e stivali in pelle made in Italy. Spedizione gratuita sopra i 60 EUR.""",
    },
    {
        "kind": "marketing",
        "text": """"Da quando usiamo Agendo, i pazienti prenotano da soli e le telefonate in segreteria sono calate del 60%." - dott. ⟦PERSON|Paolo Mancuso⟧, studio dentistico a Padova

Per una demo scrivete a ⟦PERSON|Valentina⟧: ⟦EMAIL_ADDRESS|valentina.riva@agendo.it⟧""",
    },
    {
        "kind": "marketing",
        "text": """Parrocchia di San Michele: domenica 14 dicembre pranzo comunitario dopo la messa delle 11. Prenotazioni entro giovedì in sacrestia, offerta libera.""",
    },
    {
        "kind": "marketing",
        "text": """Il nostro assistente virtuale, basato su Gemini e Claude, risponde ai clienti 24 ore su 24 in italiano e in inglese. Integrazione con WhatsApp Business e con il vostro CRM in meno di un giorno.""",
    },
    {
        "kind": "marketing",
        "text": """Complimenti a ⟦PERSON|Lorenzo Galli⟧, il nostro cliente numero 10.000! Ha vinto un weekend per due in Val d'Orcia. Grazie a tutti per la fiducia.""",
    },
    {
        "kind": "marketing",
        "text": """Offerta fibra casa: 2,5 Gbit/s, modem Wi-Fi 6 incluso, attivazione gratuita. Passa a noi e mantieni il tuo numero di telefono fisso.""",
    },
    {
        "kind": "marketing",
        "text": """Elezioni regionali: vieni a conoscere ⟦PERSON|Marta Ferrante⟧, candidata nella lista civica "Puglia Domani", sabato alle 18 in piazza Sant'Oronzo. Per info e volontariato: ⟦PHONE_NUMBER|340 556 8812⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Spazio coworking in centro a Bologna: postazioni a partire da 15 EUR al giorno, sale riunioni prenotabili a ore, stampante e caffè inclusi.""",
    },
    {
        "kind": "marketing",
        "text": """Centro di procreazione assistita: consulenze anche il sabato mattina. Il nostro staff vi accompagna in ogni fase del percorso. Chiamate il numero verde 800 123 456 per un primo colloquio gratuito.""",
    },
    # -- longer threads, chat lines and more --------------------------------------------------------------
    {
        "kind": "support",
        "text": """Oggetto: R: R: Pratica di rimborso assicurativo n. 2025/SIN/88412

Gentile signora ⟦PERSON|Sannino⟧,

abbiamo ricevuto la documentazione relativa al ricovero di suo marito, ⟦PERSON|Vittorio Lamberti⟧ (codice fiscale ⟦IT_FISCAL_CODE|LMBVTR56T01D612V⟧), presso l'Ospedale di Careggi dal 3 al 14 ottobre. Dalla lettera di dimissione risulta un ⟦HEALTH_DATA|ictus ischemico⟧ con ⟦HEALTH_DATA|emiparesi destra⟧; per la diaria da ricovero sono quindi riconosciuti 11 giorni.

Per la parte relativa alla ⟦HEALTH_DATA|riabilitazione neuromotoria⟧ ci serve ancora la prescrizione del fisiatra. Il rimborso sarà accreditato sul conto da lei indicato, ⟦IBAN_CODE|IT95 Q741 7901 3378 3071 0606 551⟧, entro 30 giorni dalla ricezione dei documenti mancanti.

Restiamo a disposizione al numero verde 800 901 311 (lun-ven 9-18).

Cordiali saluti,
⟦PERSON|Marco Pellegrini⟧
Ufficio Sinistri Salute

-----Messaggio originale-----
Da: ⟦PERSON|Beatrice Sannino⟧ <⟦EMAIL_ADDRESS|bea.sannino@tiscali.it⟧>
Inviato: venerdì 21 novembre 2025 11:06
Le allego la lettera di dimissione e le fatture. Mio marito adesso è a casa, in ⟦STREET_ADDRESS|Via dei Servi, 48, 50122 Firenze (FI)⟧, e non può ancora camminare da solo. Il mio codice fiscale è ⟦IT_FISCAL_CODE|SNNBRC72E70L219A⟧. Grazie, ⟦PERSON|B. Sannino⟧""",
    },
    {
        "kind": "support",
        "text": """scusate, la password del gestionale è ancora ⟦PASSWORD|Magazzino#Nord24⟧? non mi fa entrare""",
    },
    {
        "kind": "hr",
        "text": """Verbale incontro con la RSU

Presenti: ⟦PERSON|Antonella Greco⟧ e ⟦PERSON|Salvatore Russo⟧ (⟦TRADE_UNION_MEMBERSHIP|FIOM-CGIL⟧), per l'azienda il direttore del personale.

1. Rilevazione presenze: l'azienda propone di sostituire il badge con il ⟦BIOMETRIC_DATA|riconoscimento facciale⟧ ai tornelli. La RSU si oppone e chiede il parere del Garante.
2. La lavoratrice ⟦PERSON|Miriam Hadad⟧ ha chiesto di poter usufruire dei permessi per lo Shabbat e le festività ⟦RELIGIOUS_BELIEF|ebraiche⟧; l'azienda si impegna a valutare turni compatibili.
3. Il dipendente ⟦PERSON|Florin Dumitrescu⟧, di etnia ⟦ETHNIC_ORIGIN|rom⟧, segnala episodi di esclusione in reparto. Si concorda un incontro con il responsabile di linea.

Prossimo incontro: 15 gennaio.""",
    },
    {
        "kind": "hr",
        "text": """Allegato alla domanda di ⟦PERSON|Davide Pace⟧: esito del test genetico per la ⟦GENETIC_DATA|fibrosi cistica⟧ (portatore sano), richiesto dal medico competente? No, non va raccolto: restituire il documento al candidato.""",
    },
    {
        "kind": "marketing",
        "text": """Conosci il nostro team: ⟦PERSON|Giorgia Marchetti⟧ è la nuova responsabile del punto vendita di Bergamo. Per appuntamenti di consulenza d'arredo scrivi a ⟦EMAIL_ADDRESS|giorgia.marchetti@casaviva.it⟧ o chiama il ⟦PHONE_NUMBER|035 224 7719⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Un grazie speciale a don ⟦PERSON|Luigi Fumagalli⟧ per aver ospitato la raccolta alimentare nell'oratorio. Abbiamo raccolto oltre due tonnellate di cibo per le famiglie del quartiere.""",
    },
    {
        "kind": "support",
        "text": """il mio nuovo numero è ⟦PHONE_NUMBER|328 664 1902⟧, aggiornatelo sulla scheda cliente per favore. ⟦PERSON|Nicola Sartori⟧""",
    },
    {
        "kind": "marketing",
        "text": """Dal 1° febbraio la nostra farmacia ha una nuova direttrice, la dott.ssa ⟦PERSON|Elisabetta Conti⟧. Per consulenze dermocosmetiche su appuntamento: ⟦PHONE_NUMBER|0521 238 440⟧.""",
    },
    {
        "kind": "support",
        "text": """Ciao ⟦PERSON|Fabio⟧, ti inoltro la mail del turista tedesco arrivata stamattina alla reception:

> Hallo, wir haben unser Zimmer für den 12. bis 15. August gebucht (Buchung 88-1204), möchten aber einen Tag früher anreisen. Mein Sohn ist ⟦HEALTH_DATA|Rollstuhlfahrer⟧, daher brauchen wir wieder das barrierefreie Zimmer im Erdgeschoss. Viele Grüße, ⟦PERSON|Hannelore Brandstätter⟧

Puoi controllare se la camera 004 è libera dall'11? Grazie""",
    },
    {
        "kind": "docs",
        "text": """I modelli linguistici di grandi dimensioni generano testo prevedendo la parola successiva sulla base di quelle precedenti. Modelli aperti come Llama 3 o Mistral 7B possono essere eseguiti su server aziendali, mentre servizi come Gemini o Claude sono accessibili tramite API. Nella scelta conta anche la lingua: un modello addestrato soprattutto su testi inglesi può rendere meno bene in italiano, soprattutto con termini tecnici o giuridici.""",
    },
]
