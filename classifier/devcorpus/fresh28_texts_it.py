"""Hand-written Italian texts of the tuning split fresh28: furniture stores, pastry shops, rail and car rental desks, hotels and car dealers."""

TEXTS: list[dict[str, str]] = [
    # -- support ------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Buongiorno, fate anche torte senza glutine su ordinazione? Per sabato 14, 12 persone",
    },
    {
        "kind": "support",
        "text": """Oggetto: Reclamo ordine 2024/IT/558019 – divano Tevere 3 posti

Gentile Servizio Clienti,

il divano è stato consegnato il 2 aprile con una gamba spezzata e il rivestimento macchiato sul bracciolo destro. Il corriere è andato via prima che potessi aprire l'imballo, quindi ho firmato con riserva. Vi chiedo la sostituzione del prodotto entro la data di consegna prevista per gli altri mobili (18 aprile).

Allego le foto.

Cordiali saluti,
⟦PERSON|Gianmarco Spadafora⟧
⟦STREET_ADDRESS|Via Nizza 112, 10126 Torino⟧
Cell. ⟦PHONE_NUMBER|347 812 5509⟧
⟦EMAIL_ADDRESS|gianmarco.spadafora@libero.it⟧""",
    },
    {
        "kind": "support",
        "text": """Ticket 77812 – Spedizione in giacenza
Ordine: CAS-0099312 (macchina da caffè Lampo Duo, colore rosso)
Lettera di vettura BRT: 061234011920445
Stato: giacenza presso filiale di Bari Modugno dal 10/05, motivo "destinatario assente".
Azione: inviata mail al cliente con link per riprogrammare la consegna. Se non riceviamo risposta entro il 20/05 il pacco rientra in magazzino.
Team Assistenza Clienti""",
    },
    {
        "kind": "support",
        "text": """Buongiorno Sala Blu,

vorrei prenotare l'assistenza per mio marito, ⟦PERSON|Aurelio Bontempelli⟧, che viaggia da solo sul Frecciarossa 9531 Milano Centrale–Napoli Centrale il 6 giugno. È ⟦HEALTH_DATA|ipovedente⟧ a causa di una ⟦HEALTH_DATA|retinite pigmentosa⟧ e ha bisogno di essere accompagnato dal binario al posto (carrozza 7, posto 4D) e all'arrivo fino ai taxi.

Grazie,
⟦PERSON|Loredana Bontempelli⟧
⟦PHONE_NUMBER|339 420 7718⟧""",
    },
    {
        "kind": "support",
        "text": """Salve,

per l'acquisto della cucina Modena 360 (ordine 88-4471, acconto già versato) mi serve la fattura intestata a me come persona fisica, perché userò la detrazione bonus mobili. Ecco i dati:

Nome e cognome: ⟦PERSON|Rosalba Trevisiol⟧
Codice fiscale: ⟦IT_FISCAL_CODE|TRVRLB77P43G273W⟧
Indirizzo: ⟦STREET_ADDRESS|Via Libertà 45, 90143 Palermo⟧
PEC: ⟦EMAIL_ADDRESS|rosalba.trevisiol@pec.it⟧

Grazie mille e buona giornata""",
    },
    {
        "kind": "support",
        "text": """[10:12] Cliente: salve, quando arriva la cucina? ordine 88-3390
[10:12] Assistente virtuale MobilCasa: Buongiorno! L'ordine 88-3390 è in produzione. La consegna con montaggio è prevista nella settimana 24 (10-14 giugno).
[10:13] Cliente: posso sapere il giorno preciso?
[10:13] Assistente virtuale MobilCasa: Il reparto logistica la contatterà 5 giorni lavorativi prima per fissare giorno e fascia oraria.
[10:14] Cliente: ok grazie""",
    },
    {
        "kind": "support",
        "text": """Riassumi questo reclamo in 4 righe per la direzione dell'hotel e dimmi se è giusto rimborsare la notte:

"Sono arrivata il 12 agosto alle 23 e la camera prenotata (vista mare) era stata data ad altri. Mi avete messo in una stanza sul retro, sopra la cucina. Il giorno dopo mi avete addebitato comunque la tariffa piena sulla carta ⟦CREDIT_CARD|3778 092494 44075⟧. Pretendo la differenza. ⟦PERSON|Ottavia Lanzoni-Ricci⟧, prenotazione RMN-20814\"""",
    },
    {
        "kind": "support",
        "text": """Domande frequenti – Resi

Entro quanto posso restituire un prodotto? Entro 30 giorni dalla consegna, purché sia integro e nella confezione originale.
Come faccio? Dalla sezione "I miei ordini" clicca su "Richiedi reso" e stampa l'etichetta. Puoi consegnare il pacco in qualsiasi punto BRT-fermopoint.
Quanto costa? Il reso è gratuito per i clienti MobilCasa Club, altrimenti 6,90 €.
I mobili su misura e i materassi rimossi dall'imballo non possono essere restituiti.""",
    },
    {
        "kind": "support",
        "text": """Nota interna – filiale Noleggio Sole, aeroporto di Catania

Il cliente ⟦PERSON|Fabrizio Malaspina⟧ (contratto NS-CT-40192) non ha riconsegnato la Fiat Panda targata GH 517 ZT entro il 02/03. Dopo tre solleciti la sede ha sporto denuncia; oggi i Carabinieri ci hanno comunicato che il cliente è stato ⟦CRIMINAL_RECORD|denunciato per appropriazione indebita⟧ e che l'auto è stata ritrovata a Siracusa. Bloccare il nominativo su tutte le filiali.""",
    },
    # -- hr -----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Cercasi addetta/o vendita – Forno Santo Stefano, Bologna

Part-time 24 ore settimanali, turno mattina (6:30-10:30) dal lunedì al sabato. Contratto CCNL panificazione, livello A3, con possibilità di trasformazione a tempo indeterminato. Richiesta esperienza al banco e conoscenza base della cassa.

Candidature dal sito fornosantostefano.it/lavora-con-noi oppure portando il curriculum in negozio, in via Santo Stefano 58.""",
    },
    {
        "kind": "hr",
        "text": """SCHEDA ANAGRAFICA DIPENDENTE
Cognome e nome: ⟦PERSON|Pellicano Giorgia⟧
Data di nascita: ⟦DATE_OF_BIRTH|14/06/1990⟧ – Milano
Codice fiscale: ⟦IT_FISCAL_CODE|PLLGRG90H54F205J⟧
Residenza: ⟦STREET_ADDRESS|Viale Monza 231, 20126 Milano⟧
IBAN per accredito stipendio: ⟦IBAN_CODE|IT34 S253 2322 0585 7447 7361 813⟧
Mansione: visual merchandiser, punto vendita Corso Buenos Aires
Livello: 3° CCNL Commercio – assunzione dal 03/06""",
    },
    {
        "kind": "hr",
        "text": """All'ufficio paghe

Vi trasmetto la delega firmata dal dipendente ⟦PERSON|Davide Scarabelli⟧ (C.F. ⟦IT_FISCAL_CODE|SCRDVD82A29H501Z⟧, magazzino di Fiumicino) per la ⟦TRADE_UNION_MEMBERSHIP|iscrizione alla FILCAMS CGIL⟧. La trattenuta dell'1% sulla retribuzione va applicata a partire dalla busta paga di maggio.

Saluti,
Ufficio Personale – Logistica Tirrena""",
    },
    {
        "kind": "hr",
        "text": """Circolare n. 14 – Ferie estive

Si ricorda che le richieste di ferie per il periodo giugno-settembre vanno inserite nel portale entro il 30 aprile. Nei negozi in località turistiche (Riccione, Cattolica, Gabicce) non sono concesse ferie dal 5 al 25 agosto. La chiusura collettiva della sede amministrativa sarà dal 12 al 16 agosto.

Direzione Risorse Umane""",
    },
    {
        "kind": "hr",
        "text": """Ciao ⟦PERSON|Marta⟧,

ti scrivo in via riservata. Dopo il test genetico fatto a marzo ho scoperto di essere ⟦GENETIC_DATA|portatrice della mutazione BRCA1⟧, come mia madre. I medici mi hanno consigliato una ⟦HEALTH_DATA|mastectomia profilattica⟧, che è programmata per il 9 luglio al San Raffaele. Starò a casa probabilmente sei settimane. Ti chiedo di non dirlo al resto del negozio, per ora dirò solo che è un intervento.

Grazie di tutto,
⟦PERSON|Chiara Montesanto⟧""",
    },
    {
        "kind": "hr",
        "text": """Gentile responsabile,

con la presente chiedo di non essere inserito nei turni del sabato. Sono ⟦RELIGIOUS_BELIEF|avventista del settimo giorno⟧ e dal tramonto del venerdì al tramonto del sabato non lavoro. Sono disponibile a coprire tutte le domeniche e i turni serali del venerdì fino alle 18.

Cordiali saluti,
⟦PERSON|Efosa Ighodaro⟧, reparto elettronica, punto vendita di Verona""",
    },
    {
        "kind": "hr",
        "text": """Comunicazione ai dipendenti – Sciopero del 29 novembre

In occasione dello sciopero generale proclamato da CGIL e UIL, i punti vendita resteranno regolarmente aperti. Ogni lavoratore è libero di aderire; non è necessario comunicarlo in anticipo. Le ore di sciopero saranno trattenute in busta paga secondo quanto previsto dal contratto.

Ufficio Relazioni Sindacali""",
    },
    {
        "kind": "hr",
        "text": """CURRICULUM VITAE
⟦PERSON|Nicolò Ferrucci⟧
Nato a Roma il ⟦DATE_OF_BIRTH|21/12/1995⟧
⟦STREET_ADDRESS|Via Appia Nuova 318, 00181 Roma⟧ – ⟦PHONE_NUMBER|+39 328 604 1927⟧ – ⟦EMAIL_ADDRESS|nico.ferrucci95@gmail.com⟧

Esperienza
2021 – oggi: Addetto vendite auto usate, Auto Adriatica, Roma Tiburtina
2018 – 2021: Receptionist, Hotel Quirinale Palace

Lingue: inglese C1, spagnolo B2
Patente B""",
    },
    # -- marketing ----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Lampo E3: la città è tua

Il nuovo scooter elettrico Lampo E3 ha un'autonomia di 95 km, ricarica dalla presa di casa in 4 ore e la batteria estraibile pesa solo 9 kg. Equivalente 50 cc, si guida con la patente AM dai 14 anni. Disponibile in Verde Salvia, Bianco Perla e Nero Lava da 3.290 €, con incentivi statali fino a 1.200 € in caso di rottamazione.""",
    },
    {
        "kind": "marketing",
        "text": """Dicono di noi

"Colazione con le crostate della signora della cucina, piscina tra gli ulivi e silenzio assoluto. Tre giorni perfetti." – ⟦PERSON|Benedetta Zanolla⟧, Padova

"Bambini felici, genitori rilassati. Torneremo a settembre." – ⟦PERSON|Salvatore⟧ e ⟦PERSON|Ilenia Caruana⟧, Agrigento

Agriturismo Il Poggio delle Ginestre – Val d'Orcia""",
    },
    {
        "kind": "marketing",
        "text": """Pasqua in pasticceria

Colomba classica, al pistacchio di Bronte o al cioccolato fondente: tutte a lievitazione naturale, 36 ore di lavorazione. Formato da 750 g a 28 €, da 1 kg a 34 €. Prenotazioni entro il 24 marzo in negozio o al telefono.

Orari pasquali: sabato 30 marzo 7:00-19:00, domenica di Pasqua 7:00-13:00, lunedì dell'Angelo chiuso.
Pasticceria Dolcemente, Corso Vittorio Emanuele 18, Lecce""",
    },
    {
        "kind": "marketing",
        "text": """Concorso "Vinci la tua cucina": ecco i vincitori!

La cucina componibile Modena 360 va a ⟦PERSON|Ermanno Quagliarella⟧ di Pescara. I buoni acquisto da 500 € sono stati vinti da ⟦PERSON|Annunziata Pirrone⟧ (Messina), ⟦PERSON|Ibrahim Diallo-Ferri⟧ (Brescia) e ⟦PERSON|Gaia Tonelotto⟧ (Treviso). Complimenti e grazie a tutti i partecipanti!""",
    },
    {
        "kind": "marketing",
        "text": """Salone del Mobile.Milano 2025 – vieni a trovarci

Dall'8 al 13 aprile, Rho Fiera Milano, Padiglione 16, stand B22.
Presentiamo la collezione di imbottiti "Onda", disegnata dallo Studio Ferraresi, e il nuovo sistema di librerie modulari "Traccia" in rovere termotrattato. Ingresso operatori con registrazione su salonemilano.it.""",
    },
    {
        "kind": "marketing",
        "text": """Persone di MobilCasa

Trent'anni tra divani e cucine: ⟦PERSON|Ludovica Ardizzone⟧ è entrata nel punto vendita di Cagliari come cassiera nel 1994 e oggi è la responsabile dello showroom. "Ho arredato mezzo quartiere di Is Mirrionis", ride. A giugno ⟦PERSON|Ludovica⟧ festeggerà l'anniversario con i colleghi e con molti clienti di lunga data, invitati a una serata in negozio.""",
    },
    {
        "kind": "marketing",
        "text": """Newsletter Hotel Mirasole – Riviera Romagnola

Estate 2024: prenota entro il 31 marzo e ottieni il 15% di sconto su tutti i soggiorni di almeno 7 notti. Novità di quest'anno: la spiaggia convenzionata con ombrellone incluso dalla terza fila e il miniclub dalle 9 alle 18. Pensione completa da 78 € a persona al giorno, bambini fino a 6 anni gratis.

Info e prenotazioni: hotelmirasole.it""",
    },
    {
        "kind": "marketing",
        "text": """Preventivo campagna social – Pastificio Valtrebbia

Servizi: piano editoriale aprile-giugno, 24 post, 12 reel, 2 shooting fotografici, gestione advertising.
Importo: 14.800 € + IVA
Tempistiche: kick-off il 25 marzo, prima uscita il 2 aprile.

Referente cliente: ⟦PERSON|Ginevra Ballabio⟧ – ⟦EMAIL_ADDRESS|g.ballabio@pastificiovaltrebbia.it⟧ – tel. ⟦PHONE_NUMBER|0523 918 447⟧""",
    },
    {
        "kind": "marketing",
        "text": """Auto Adriatica – Aprile di fuoco

Su tutta la gamma usato garantito: TAN 3,9% e TAEG 5,42% con finanziamento fino a 60 mesi, 24 mesi di garanzia e tagliando incluso. Supervalutiamo il tuo usato fino a 2.000 € in più. Concessionarie di Pescara, Chieti e Teramo aperte anche la domenica mattina. Offerta valida fino al 30 aprile salvo approvazione della finanziaria.""",
    },
    # -- docs ---------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """La moka: storia di un'icona

Nel 1933 Alfonso Bialetti, che aveva lavorato nell'industria dell'alluminio in Francia, mise a punto a Crusinallo, sul Lago d'Orta, una caffettiera in alluminio a forma ottagonale. Il principio era semplice: l'acqua, scaldata nella caldaia, sale attraverso il filtro con la polvere di caffè spinta dalla pressione del vapore. Fu il figlio Renato, nel dopoguerra, a trasformarla in un prodotto di massa con massicce campagne pubblicitarie e con l'omino coi baffi disegnato da Paul Campani. Oggi la Moka Express è esposta al MoMA di New York.""",
    },
]
