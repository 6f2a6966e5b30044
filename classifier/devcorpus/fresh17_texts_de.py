"""Hand-written German texts of the ``fresh17`` split: retail, hospitality, media, food and insurance traffic."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bitte fass den Schadenfall für die Sachbearbeitung zusammen:\n\n"
        "Versicherungsnehmerin ⟦PERSON|Wiebke Strohschneider⟧, Hausratpolice HR-4471902, Einbruch in die Wohnung "
        "⟦STREET_ADDRESS|Lindenallee 23, 24105 Kiel⟧ am 2.11. Gestohlen: Laptop, Schmuck, ihr ⟦HEALTH_DATA|Insulinpen samt Vorrat⟧. "
        "Polizeiliches Aktenzeichen liegt vor. Erstattung auf ⟦IBAN_CODE|DE60 2331 0839 2848 7752 57⟧.",
    },
    {
        "kind": "support",
        "text": "Kunde fragt, ob der Gutschein vom Hofladen Möllner Weide auch im Onlineshop gilt. Kurze Antwort bitte an ⟦EMAIL_ADDRESS|henrike.ostermeyer@web.de⟧: ja, Code an der Kasse eingeben.",
    },
    {
        "kind": "support",
        "text": "Formuliere eine Antwort an den Gast:\n"
        "> Guten Tag, ich bin ⟦PERSON|Ottmar Kreuzberger⟧, habe Zimmer 8 vom 12. bis 15. gebucht. Wegen meiner "
        "⟦HEALTH_DATA|Hausstauballergie⟧ bitte kein Federbett. Und gibt es freitags Fisch? Ich bin ⟦RELIGIOUS_BELIEF|katholisch⟧ "
        "und halte das noch so. Tel. ⟦PHONE_NUMBER|0171 4839260⟧",
    },
    {
        "kind": "support",
        "text": "Ticket #ZB-30188: Abo der Regionalzeitung wurde doppelt abgebucht (Oktober). Rückbuchung veranlassen, Textbaustein 'Doppelabbuchung' verwenden.",
    },
    {
        "kind": "support",
        "text": "Chat aus dem Kundenservice der Kfz-Versicherung, bitte Kernaussagen:\n"
        "Kunde: mein Sohn ⟦PERSON|Jannik Oberholzer⟧ soll als Fahrer eingetragen werden\n"
        "Agent: Geburtsdatum?\nKunde: ⟦DATE_OF_BIRTH|17.05.2006⟧\n"
        "Kunde: er hatte letztes Jahr ⟦CRIMINAL_RECORD|eine Verurteilung wegen Trunkenheit im Verkehr⟧, Führerschein ist aber wieder da",
    },
    {
        "kind": "support",
        "text": "Übersetze ins Englische: 'Ihre Bestellung 7718-DE wurde aufgeteilt, der zweite Karton kommt am Donnerstag.'",
    },
    {
        "kind": "support",
        "text": "Reklamation Hofkäserei, bitte freundlich beantworten: Laib Bergkäse kam angeschimmelt an, Bestellnr. HK-22610, Foto liegt vor.",
    },
    {
        "kind": "support",
        "text": "Bitte Antwort entwerfen. Kundin ⟦PERSON|Gesine Trautwein-Ahlers⟧ will die Berufsunfähigkeitsversicherung abschließen, "
        "gibt im Gesundheitsfragebogen an: ⟦HEALTH_DATA|Bandscheibenvorfall L5/S1 2022⟧, ⟦HEALTH_DATA|Physiotherapie bis heute⟧. "
        "Steuer-ID ⟦DE_TAX_ID|51243768490⟧. Wir brauchen den Arztbericht, sonst Ausschlussklausel Wirbelsäule.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Stellenanzeige bitte kürzen: Servicekraft (m/w/d) für unser Seehotel am Tegernsee, ab März, Teilzeit möglich, Personalzimmer vorhanden.",
    },
    {
        "kind": "hr",
        "text": "Gesprächsnotiz BEM, bitte sachlich zusammenfassen:\n"
        "Mitarbeiter ⟦PERSON|Lorenz Habichtsberg⟧, Lager Getränkemarkt, 41 AU-Tage in 12 Monaten wegen ⟦HEALTH_DATA|Rheuma⟧. "
        "Er ist ⟦HEALTH_DATA|schwerbehindert (GdB 50)⟧. Betriebsratsmitglied und ⟦TRADE_UNION_MEMBERSHIP|ver.di-Vertrauensmann⟧ "
        "war dabei. Maßnahme: Hubwagen elektrisch, keine Nachtschicht.",
    },
    {
        "kind": "hr",
        "text": "Lebenslauf-Auszug für die Redaktion umformulieren:\n"
        "⟦PERSON|Mirjam Eichenlaub⟧, Volontariat Lübecker Abendblatt 2019-2021, danach Lokalredakteurin. "
        "Ehrenamt: Kreisvorstand ⟦POLITICAL_OPINION|Bündnis 90/Die Grünen⟧. Mail ⟦EMAIL_ADDRESS|m.eichenlaub@posteo.de⟧",
    },
    {
        "kind": "hr",
        "text": "Dienstplan KW 48 für die Bäckereifiliale in Bielefeld prüfen: zwei Frühschichten sind doppelt belegt, Samstag fehlt jemand, weil ⟦PERSON|Kunigunde Rathjen⟧ krankgeschrieben (⟦HEALTH_DATA|Gürtelrose⟧) ist.",
    },
    {
        "kind": "hr",
        "text": "Personalbogen, Felder checken:\nName: ⟦PERSON|Ferdinand Zwiesler⟧\nPersonalausweis: ⟦DE_ID_CARD|YTG0TN9M00⟧\n"
        "Konfession für Kirchensteuer: ⟦RELIGIOUS_BELIEF|evangelisch⟧\nBank: ⟦IBAN_CODE|DE52 3091 1296 1991 2410 70⟧",
    },
    {
        "kind": "hr",
        "text": "Mach daraus eine freundliche Rundmail: Betriebsausflug der Erntehelfer am 20.9., Busabfahrt 8 Uhr am Hof.",
    },
    {
        "kind": "hr",
        "text": "Bitte die Absage höflicher formulieren, Bewerberin fürs Reisebüro, ⟦PERSON|Leonie Zumbusch⟧, hat zu wenig Erfahrung mit Amadeus.",
    },
    {
        "kind": "hr",
        "text": "Wiedereingliederung, Entwurf an die Teamleitung (nur das Nötige!):\n"
        "⟦PERSON|Sibylle Marquardt-Oz⟧ kommt nach ⟦HEALTH_DATA|Brustkrebs-Behandlung⟧ stufenweise zurück, 4 Std./Tag. "
        "Sie hat angedeutet, dass ihre Lebensgefährtin ⟦PERSON|Dörte Klaasen⟧ sie abholt – ⟦SEX_LIFE_ORIENTATION|lesbisch⟧, "
        "das soll aber nicht in die Akte.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Schreib einen Newsletter-Teaser für unseren Spargel-Lieferdienst: Saisonstart 15. April, weiß und grün, Abo kündbar.",
    },
    {
        "kind": "marketing",
        "text": "Drei Varianten für den Slogan der neuen Zahnzusatzversicherung, bitte ohne Versprechen zu Leistungen.",
    },
    {
        "kind": "marketing",
        "text": "Kundenstimme für die Website kürzen: 'Seit meiner ⟦HEALTH_DATA|Laktoseintoleranz⟧ bestelle ich nur noch bei euch, "
        "die Hafermilch-Kiste ist super.' – ⟦PERSON|Reinhild Bögershausen⟧, Münster",
    },
    {
        "kind": "marketing",
        "text": "Instagram-Post für das Weinfest im Rheingau: Samstag ab 14 Uhr, Live-Musik, Flammkuchen, Kinder frei.",
    },
    {
        "kind": "marketing",
        "text": "Pressetext Buchverlag: Herbstprogramm mit vier Debüts, Lesereise durch 12 Städte, Lesungsbeginn 19:30 Uhr.",
    },
    {
        "kind": "marketing",
        "text": "Zielgruppe für die Kampagne beschreiben:\nMitglieder mit Merkmal ⟦ETHNIC_ORIGIN|türkischstämmig⟧ aus der Umfrage, "
        "für die Ramadan-Aktion des Supermarkts. Beispiel: ⟦PERSON|Elif Karaduman-Schwarz⟧, ⟦EMAIL_ADDRESS|elif.ks@gmx.de⟧",
    },
    {
        "kind": "marketing",
        "text": "Kurze Produktbeschreibung: Wanderrucksack 28 l, recyceltes Polyester, Regenhülle, 2 Jahre Garantie.",
    },
    {
        "kind": "marketing",
        "text": "Text für die Jubiläumsanzeige: 100 Jahre Mühle Hagenbeck, Brot aus eigenem Mehl seit 1926.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Große Sprachmodelle erzeugen Text Token für Token. Die Temperatur steuert, wie stark die Wahrscheinlichkeiten "
        "abgeflacht werden: niedrige Werte liefern vorhersehbare Antworten, hohe Werte mehr Vielfalt, aber auch mehr Fehler.",
    },
]
