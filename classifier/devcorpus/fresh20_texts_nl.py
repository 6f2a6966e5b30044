"""Hand-written Dutch texts of the ``fresh20`` split: banken, schuldhulpverlening, incassobureaus, Stadsbank van Lening, DUO, salarisadministratie, pensioenfondsen en AOV-keuring."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "Hoi, waarom staat mijn betaalpas op 'geblokkeerd' in de app? Ik heb niks gedaan"},
    {
        "kind": "support",
        "text": "Onderwerp: Rekening openen – kopie ID en BSN\n\nGoedemiddag,\n\nIk wil graag een jongerenrekening openen voor mijn zoon. Zijn BSN is ⟦NL_BSN|7020.89.424⟧, hij woont bij mij op ⟦STREET_ADDRESS|Kanaalweg 118, 3526 KM Utrecht⟧. Kopie van zijn paspoort zit in de bijlage.\n\nMet vriendelijke groet,\n⟦PERSON|Saskia van Dijk-Mulder⟧\n⟦PHONE_NUMBER|06-41 88 20 73⟧",
    },
    {
        "kind": "support",
        "text": "Vat deze klantnotitie samen in één zin voor het dossier van bijzonder beheer:\n\nKlant ⟦PERSON|Ricardo Martina⟧ (klantnr. 880217) heeft sinds maart een hypotheekachterstand van € 4.870. Hij zit in de schuldsanering via de gemeente Rotterdam, heeft ⟦HEALTH_DATA|chronische longziekte COPD⟧ en werkt nog 16 uur per week. Voorstel: uitstel van betaling tot 1 april en daarna een betalingsregeling.",
    },
    {
        "kind": "support",
        "text": "[13:14] Klant: ik heb 2 keer betaald voor mijn studieschuld deze maand\n[13:15] DUO-chat (⟦PERSON|Jeroen⟧): Vervelend! Het dubbele bedrag wordt automatisch verrekend met de termijn van volgende maand.\n[13:15] Klant: kan ik het ook terugkrijgen?\n[13:16] DUO-chat (⟦PERSON|Jeroen⟧): Ja, dat kan via Mijn DUO > Terugbetalen > Teveel betaald. Referentie 2024-TB-44190.",
    },
    {
        "kind": "support",
        "text": "Ik heb een brief van Incassobureau Vermeer & Co gekregen voor een factuur van € 89 van een telefoonabonnement dat ik al had opgezegd. Dossier 7741-0932. Moet ik dit betalen? Groetjes, ⟦PERSON|Naima El Khatib⟧",
    },
    {
        "kind": "support",
        "text": "Geachte heer ⟦PERSON|Bakkali⟧,\n\nWij hebben uw chargeback-verzoek voor de transactie van 12 september bij webwinkel TechDeal (€ 649) ontvangen. De verkoper heeft 10 werkdagen om te reageren. U hoort uiterlijk 20 december van ons.\n\nMet vriendelijke groet,\nAfdeling Geschillen, Zuiderbank N.V.",
    },
    {
        "kind": "support",
        "text": "Kan ik mijn pandje bij de Stadsbank van Lening online verlengen? Pandbewijs 0043321.",
    },
    {
        "kind": "support",
        "text": "Hallo, graag de terugbetaling van de dubbele afschrijving naar ⟦IBAN_CODE|NL73 BGBP 5595 1958 52⟧ t.n.v. ⟦PERSON|F. Yilmaz⟧. Bedankt!",
    },
    {
        "kind": "hr",
        "text": "MEDISCHE VRAGENLIJST – ARBEIDSONGESCHIKTHEIDSVERZEKERING (AOV)\nAanvrager: ⟦PERSON|Bram Hoekstra⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|03-10-1988⟧\nBeroep: zzp-timmerman\nVraag 5: Bent u de afgelopen 5 jaar onder behandeling geweest van een psycholoog of psychiater? Ja, ⟦HEALTH_DATA|burn-out 2022, 12 gesprekken⟧\nVraag 8: Gebruikt u medicijnen? ⟦HEALTH_DATA|Sertraline 50 mg⟧\nVraag 11: Rugklachten? Nee\nVraag 14: Erfelijkheidsonderzoek? Ja, ⟦GENETIC_DATA|drager van Lynch-syndroom (MLH1)⟧\nOfferte AOV-30091",
    },
    {
        "kind": "hr",
        "text": "Notulen OR-vergadering 20 november\nAanwezig: ⟦PERSON|Marloes Visser⟧ (voorzitter), 5 OR-leden, bestuurder, HR-adviseur\nAfwezig: ⟦PERSON|Gerrit Kuipers⟧ (⟦HEALTH_DATA|herstellend van hartoperatie⟧)\n1. Reorganisatie klantcontactcentrum: adviesaanvraag ontvangen, reactie binnen 6 weken.\n2. Thuiswerkvergoeding 2025: € 2,40 per dag.\n3. Rondvraag: parkeerplaatsen Amersfoort.",
    },
    {
        "kind": "hr",
        "text": "Hé ⟦PERSON|Ilse⟧, ⟦PERSON|Mustafa⟧ vroeg of hij tijdens ⟦RELIGIOUS_BELIEF|de ramadan⟧ eerder kan beginnen en om 16:30 weg kan. Lijkt me prima, jij?",
    },
    {
        "kind": "hr",
        "text": "Salarisadministratie – gegevens nieuwe medewerker (klant: Bakkerij De Korenschoof)\nNaam: ⟦PERSON|Lotte Brinkman⟧\nBSN: ⟦NL_BSN|686755534⟧\nAdres: ⟦STREET_ADDRESS|Molenstraat 9, 7201 HP Zutphen⟧\nIBAN: ⟦IBAN_CODE|NL89 STSW 5122 9822 72⟧\nLoonheffingskorting: ja\nLid vakbond: ⟦TRADE_UNION_MEMBERSHIP|FNV⟧",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Kevin Tjon-A-Fat⟧ – ⟦EMAIL_ADDRESS|kevin.tjonafat@outlook.com⟧\nSchuldhulpverlener, gemeente Almere (2020–heden)\nBudgetcoach, Humanitas (vrijwilliger, 2017–2020)\nHBO Sociaal Werk, Hogeschool van Amsterdam\nRijbewijs B",
    },
    {
        "kind": "hr",
        "text": "Herinnering: vóór 1 december kiezen tussen het vaste en het variabele pensioen in de nieuwe regeling. Zie het pensioenportaal voor de rekenhulp.",
    },
    {
        "kind": "hr",
        "text": "Verslag verzuimgesprek\nMedewerker: ⟦PERSON|Anouk de Graaf⟧, kredietbeoordelaar\nZiek sinds: 7 oktober\nBedrijfsarts: ⟦HEALTH_DATA|whiplash na auto-ongeluk, herstel verwacht binnen 8 weken⟧\nAfspraak: start 2 x 3 uur per week op kantoor Zwolle vanaf 18 november.",
    },
    {
        "kind": "hr",
        "text": "Screening nieuwe medewerker Klantintegriteit ⟦PERSON|Wesley Kromodikromo⟧: VOG afgegeven, geen antecedenten. Diversiteitsregistratie (vrijwillig): ⟦ETHNIC_ORIGIN|Surinaams-Javaans⟧. Start 2 januari.",
    },
    {
        "kind": "marketing",
        "text": "Geldzorgen? Bel gratis met een vrijwilliger van de schuldhulplijn. Anoniem, zonder oordeel, ook in het Turks, Arabisch en Papiaments.",
    },
    {
        "kind": "marketing",
        "text": '"Dankzij de hypotheekadviseur konden we als starters toch kopen in Haarlem. Ze dacht echt met ons mee." – ⟦PERSON|Daan⟧ en ⟦PERSON|Priscilla⟧',
    },
    {
        "kind": "marketing",
        "text": "Nieuw: spaarrekening met 2,8 % rente, dagelijks opneembaar. Tot € 100.000 gedekt door het depositogarantiestelsel.",
    },
    {
        "kind": "marketing",
        "text": "Zzp'er? Onze boekhoudapp doet je btw-aangifte en maakt je IB-aangifte klaar. Koppel je bank en je bent in 5 minuten klaar. Eerste maand gratis.",
    },
    {
        "kind": "marketing",
        "text": "Even voorstellen: ⟦PERSON|Henk Jansen⟧, al 30 jaar taxateur bij het pandhuis aan de Oudegracht. Horloges zijn zijn specialiteit.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief crowdfunding: 'Zonnepark De Hooge Veld' volledig gefinancierd in 4 dagen, 6 % rente, looptijd 10 jaar. Let op: geld lenen kost geld.",
    },
    {
        "kind": "marketing",
        "text": "Investeren in crypto? Kies een platform met een MiCA-vergunning van de AFM. Vergelijk de kosten en investeer nooit met geleend geld.",
    },
    {
        "kind": "marketing",
        "text": "Open dag Bank Achterhoek, kantoor Doetinchem: stel je vragen over pensioen, erven en schenken. Zaterdag 10–14 uur, koffie staat klaar.",
    },
    {
        "kind": "docs",
        "text": "Hoe werkt de Wet Schuldsanering Natuurlijke Personen?\n\nDe WSNP is een wettelijke regeling voor mensen die hun schulden niet meer kunnen betalen. De rechter wijst een bewindvoerder aan die gedurende achttien maanden het inkomen boven het vrij te laten bedrag verdeelt over de schuldeisers. Wie zich aan de regels houdt, krijgt aan het einde een schone lei: de resterende schulden hoeven niet meer betaald te worden.",
    },
]
