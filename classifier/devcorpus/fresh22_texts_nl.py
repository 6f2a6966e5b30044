"""Dutch texts of the fresh22 split: verpleeghuizen, thuiszorg, apotheken, praktijken, zorgverzekeraars en ziekenhuis-HR."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Vergoedt mijn aanvullende verzekering bij Zilveren Kruis ook de fysio na 9 behandelingen?",
    },
    {
        "kind": "support",
        "text": (
            "Kun je deze klacht samenvatten voor de teamleider thuiszorg?\n"
            '"Goedemiddag, mijn naam is ⟦PERSON|Wouter Sluijter-Amrani⟧. Mijn moeder ⟦PERSON|Trijntje Sluijter⟧ '
            "krijgt sinds haar ⟦HEALTH_DATA|heupfractuur⟧ twee keer per dag thuiszorg. Afgelopen week kwam er drie "
            "keer niemand voor de avondronde, terwijl zij haar ⟦HEALTH_DATA|steunkousen⟧ niet zelf uit kan doen. "
            'Bel mij op ⟦PHONE_NUMBER|06-41827390⟧. Adres: ⟦STREET_ADDRESS|Vondelstraat 62, 2513 GR Den Haag⟧."'
        ),
    },
    {
        "kind": "support",
        "text": (
            "[08:47] Klant: mijn herhaalrecept staat nog op 'in behandeling' in de app van Apotheek De Linde\n"
            "[08:49] ⟦PERSON|Sanne⟧ (apotheek): Goedemorgen! De huisarts moet het nog accorderen, meestal binnen 2 werkdagen.\n"
            "[08:49] Klant: ok, dan wacht ik even"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Declaratieformulier - Menzis\n"
            "Naam verzekerde: ⟦PERSON|Femke Dijkgraaf-Boateng⟧\n"
            "BSN: ⟦NL_BSN|310358541⟧\n"
            "Zorgverlener: Mondzorg Centrum Oost, factuur MZ-2026-1178\n"
            "Behandeling: ⟦HEALTH_DATA|wortelkanaalbehandeling⟧ element 46\n"
            "Rekeningnummer: ⟦IBAN_CODE|NL15 RABO 4671 6653 82⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            'Vertaal naar het Engels voor de leverancier: "De tillift Likorall 243 in kamer 8 stopt halverwege '
            'met een E4-melding. Serienummer 2431-0098. Graag een monteur deze week."'
        ),
    },
    {
        "kind": "support",
        "text": (
            "Hoi, ik ben ⟦PERSON|Jelmer⟧ van de cliëntenraad. Kan ik een rit met de regiotaxi aanvragen voor "
            "⟦PERSON|Kees Oudejans⟧ naar zijn ⟦HEALTH_DATA|revalidatie na zijn beroerte⟧ in Heliomare? Hij zit "
            "in een rolstoel."
        ),
    },
    {
        "kind": "support",
        "text": (
            "Wat is de wachttijd voor een intake bij jullie GGZ-praktijk in Utrecht? Ik heb een verwijzing van de "
            "huisarts sinds februari. Groet, ⟦PERSON|Ilse Mulderije⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Mijn hoortoestel van Schoonenberg fluit sinds de laatste update. Model Widex Moment Sheer 440, "
            "afspraaknummer SB-77204. Kan ik langskomen in Amersfoort?"
        ),
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": (
            "Personeelsformulier indiensttreding - Gelre ziekenhuis\n"
            "Naam: ⟦PERSON|Sietske van Bruggen-Oyelowo⟧\n"
            "Geboortedatum: ⟦DATE_OF_BIRTH|06-11-1993⟧\n"
            "BSN: ⟦NL_BSN|329391173⟧\n"
            "Functie: verpleegkundige IC, nachtdiensten\n"
            "Hepatitis B-vaccinatie: ⟦HEALTH_DATA|titer onvoldoende, boostervaccinatie gepland⟧"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Let op: het rooster voor de zomerperiode staat vanaf maandag in ONS Planning. Ruilen kan tot twee "
            "weken van tevoren via de teamleider."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Verslag gesprek bedrijfsarts (samenvatting voor HR): ⟦PERSON|Gijsbert Kuipers⟧ is sinds 12 januari "
            "ziek gemeld. Er is sprake van ⟦HEALTH_DATA|posttraumatische stressklachten⟧ na een incident op de "
            "SEH. Advies: re-integratie start met 2 x 3 uur per week, geen nachtdiensten."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "De VOG-aanvraag van ⟦PERSON|Ramon Tjin-A-Djie⟧ voor de functie begeleider dagbesteding is "
            "geweigerd in verband met een ⟦CRIMINAL_RECORD|veroordeling voor diefstal in 2020⟧. We kunnen hem "
            "niet aannemen."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "CV ⟦PERSON|Marieke Zwanenburg⟧\n"
            "Doktersassistente, 12 jaar ervaring\n"
            "⟦EMAIL_ADDRESS|m.zwanenburg78@ziggo.nl⟧ | ⟦PHONE_NUMBER|06 23 91 48 70⟧\n"
            "2015-heden: Huisartsenpraktijk De Brink, Zutphen\n"
            "Lid van ⟦TRADE_UNION_MEMBERSHIP|FNV Zorg & Welzijn⟧"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Medewerkersportret: ⟦PERSON|Bram Akkerman⟧ werkt al 15 jaar als helpende in De Wingerd. Als "
            "⟦SEX_LIFE_ORIENTATION|homoseksuele⟧ man organiseert hij met zijn partner ⟦PERSON|Youssef⟧ ieder jaar "
            "het Roze Zaterdag-uitje voor bewoners."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Vacature: tandartsassistent (32-36 uur) in Leeuwarden. Goede cao, fietsplan en opleidingsbudget. "
            "Reageer voor 1 juni."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Mail aan salarisadministratie: ⟦PERSON|Henriëtte Vandenabeele⟧ woont in Lommel en werkt bij ons als "
            "grensarbeider. Haar Belgisch rijksregisternummer is ⟦BE_NATIONAL_NUMBER|88.04.19-934.81⟧, rekening "
            "⟦IBAN_CODE|BE41925915328684⟧. Graag vanaf april verwerken."
        ),
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": (
            "Word plasmadonor bij Sanquin! Nieuwe donorlocatie in Rotterdam Alexander, ook op zaterdag open. "
            "Aanmelden duurt 5 minuten."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Ervaring: "Door mijn ⟦HEALTH_DATA|reuma⟧ kon ik geen potje meer openen. De ergotherapeut van '
            'Zorggroep Noord gaf me slimme hulpmiddelen." - ⟦PERSON|Aaltje Bosveld⟧, Assen'
        ),
    },
    {
        "kind": "marketing",
        "text": "Gratis oogmeting bij Hans Anders, maak online een afspraak.",
    },
    {
        "kind": "marketing",
        "text": (
            "Nieuwsbrief Kraamzorg Het Nest - voorjaar\n"
            "Vanaf mei bieden we ook kraamzorg in de regio Zwolle. Nieuw is de app KraamWijzer met tips per dag. "
            "Schrijf je in vóór week 16 van je zwangerschap."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Herschrijf voor LinkedIn: "Onze sociale werkplaats in Tilburg zoekt opdrachtgevers voor '
            'inpakwerk en fietsreparatie. 85 medewerkers, korte levertijden."'
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Klantverhaal: ⟦PERSON|Noa Hazelhoff⟧ kwam bij onze fertiliteitskliniek na vier jaar proberen. Na een "
            "⟦HEALTH_DATA|ICSI-behandeling⟧ werd ze in 2025 moeder van ⟦PERSON|Lotte⟧."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Bij Fysio Vitaal in Haarlem kun je nu ook 's avonds terecht tot 21:00. Direct toegankelijk, geen "
            "verwijzing nodig."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Portret vrijwilliger: ⟦PERSON|Dirkje Veenstra⟧ rijdt al 20 jaar voor de Zonnebloem. Vanuit haar "
            "⟦RELIGIOUS_BELIEF|gereformeerde⟧ achtergrond vindt ze het vanzelfsprekend om voor anderen te zorgen."
        ),
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": (
            "Handleiding cliëntportaal: log in met DigiD, kies 'Mijn zorgplan' en bekijk de afspraken van deze "
            "week. Wijzigingen in het zorgplan worden altijd eerst met de wijkverpleegkundige besproken."
        ),
    },
]
