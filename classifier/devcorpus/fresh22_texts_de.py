"""German texts of the fresh22 split: Pflegeheime, ambulante Pflege, Apotheken, Praxen, Krankenkassen und Klinik-Personal."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Kann ich beim Hörakustiker Lindner die Batterien für mein Gerät auch per Post bestellen?",
    },
    {
        "kind": "support",
        "text": (
            "Fass bitte diese Nachricht für die Pflegedienstleitung in drei Stichpunkten zusammen:\n\n"
            "Sehr geehrte Frau ⟦PERSON|Wendlandt⟧,\n"
            "meine Mutter ⟦PERSON|Hiltrud Zebrowski⟧ (geb. ⟦DATE_OF_BIRTH|11.02.1938⟧) wird seit Januar von "
            "Ihrem Dienst morgens und abends versorgt. Seit zwei Wochen kommen die Pflegekräfte oft erst gegen "
            "10 Uhr, obwohl sie wegen ihres ⟦HEALTH_DATA|Diabetes Typ 2⟧ um 8 Uhr ⟦HEALTH_DATA|Insulin⟧ bekommen "
            "muss. Letzten Donnerstag wurde die Wundversorgung am ⟦HEALTH_DATA|Dekubitus⟧ am Steiß gar nicht "
            "dokumentiert. Bitte rufen Sie mich zurück unter ⟦PHONE_NUMBER|0176 48213907⟧.\n"
            "Mit freundlichen Grüßen\n⟦PERSON|Ortwin Zebrowski⟧\n⟦STREET_ADDRESS|Am Lindenhof 7, 34127 Kassel⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "[14:02] Kundin: Guten Tag, meine Rechnung RE-2026-08815 von der Physiopraxis Gernsheim ist doppelt "
            "abgebucht worden.\n"
            "[14:03] ⟦PERSON|Svenja⟧ (Praxisteam): Das tut uns leid. Können Sie mir das Datum der zweiten Abbuchung nennen?\n"
            "[14:05] Kundin: 03.03., beide Male 86,40 €\n"
            "[14:06] ⟦PERSON|Svenja⟧ (Praxisteam): Danke, ich veranlasse die Rückbuchung, das dauert 3-5 Werktage."
        ),
    },
    {
        "kind": "support",
        "text": (
            "Erstattungsantrag Zahnersatz\n"
            "Versicherte/r: ⟦PERSON|Anneliese Kowalczyk-Brandt⟧\n"
            "Versichertennummer: T481226637\n"
            "Behandlung: ⟦HEALTH_DATA|Implantat regio 36 nach Parodontitis⟧\n"
            "Rechnungsbetrag: 2.870,00 €\n"
            "Kontoinhaber: ⟦PERSON|Anneliese Kowalczyk-Brandt⟧\n"
            "IBAN: ⟦IBAN_CODE|DE79 3412 4031 1564 0340 58⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Übersetze diese Ticketnotiz ins Englische für den Hersteller:\n"
            "\"Infusionspumpe Volumat Agilia, SN 22-41870, Alarm 'Okklusion stromab' tritt bei 25 ml/h auch ohne "
            'Knick in der Leitung auf. Gerät aus Station 3 Nord, bereits zweimal in der Medizintechnik geprüft."'
        ),
    },
    {
        "kind": "support",
        "text": (
            "Hallo, hier ist ⟦PERSON|Gottlieb Ayodele⟧ aus der Wohngruppe Sonnenhang. Ich brauche einen neuen "
            "Termin beim Fahrdienst für Dienstag, Rollstuhl, zur ⟦HEALTH_DATA|Dialyse⟧ in Fulda. Rückruf bitte "
            "auf ⟦PHONE_NUMBER|0661 9028 441⟧."
        ),
    },
    {
        "kind": "support",
        "text": (
            "Wie lange ist die Wartezeit für ein Erstgespräch in Ihrer psychotherapeutischen Praxis? Ich bin "
            "gesetzlich versichert bei der AOK Hessen. Gruß, ⟦PERSON|Kunigunde Absalon⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Apotheke am Markt - Botendienst\n"
            "Kunde: ⟦PERSON|Ludger Sasse-Mbeki⟧, ⟦STREET_ADDRESS|Kirchgasse 14, 97070 Würzburg⟧\n"
            "Rezept: ⟦HEALTH_DATA|Methotrexat 15 mg⟧ s.c., ⟦HEALTH_DATA|Folsäure 5 mg⟧\n"
            "Hinweis: Kunde ist ⟦HEALTH_DATA|gehörlos⟧, bitte klingeln und Lichtsignal abwarten."
        ),
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": (
            "Personalbogen Neueinstellung - Klinikum Nordstadt\n"
            "Name: ⟦PERSON|Jasmina Oberhauser⟧\n"
            "Geburtsdatum: ⟦DATE_OF_BIRTH|22.08.1990⟧\n"
            "Anschrift: ⟦STREET_ADDRESS|Brunnenstraße 41, 30165 Hannover⟧\n"
            "Steuer-ID: ⟦DE_TAX_ID|41935028702⟧\n"
            "Konfession (Kirchensteuer): ⟦RELIGIOUS_BELIEF|evangelisch⟧\n"
            "Masernschutz: ⟦HEALTH_DATA|zweifach geimpft⟧, Nachweis liegt vor\n"
            "Bankverbindung: ⟦IBAN_CODE|DE79 3412 4031 1564 0340 58⟧"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Hinweis an alle Pflegekräfte: Die Dienstplanwünsche für Mai müssen bis 15.04. in Vivendi PEP "
            "eingetragen sein. Nachtdienstzuschläge werden ab April mit 25 % statt 20 % vergütet."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Protokoll BEM-Gespräch (vertraulich)\n"
            "Teilnehmende: ⟦PERSON|Reinhild Abendroth⟧ (Pflegefachkraft, Station 5), BEM-Beauftragte, "
            "Betriebsärztin, Betriebsrat\n"
            "Arbeitsunfähigkeit 2025: 68 Tage, überwiegend wegen ⟦HEALTH_DATA|Bandscheibenvorfall L4/L5⟧ und "
            "⟦HEALTH_DATA|depressiver Episode⟧.\n"
            "Vereinbart: keine Nachtdienste für 6 Monate, Hebehilfe auf Station, stufenweise Rückkehr ab 01.05."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Lebenslauf ⟦PERSON|Kaspar Nwachukwu-Lenz⟧\n"
            "⟦EMAIL_ADDRESS|k.nwachukwu-lenz@web.de⟧, ⟦PHONE_NUMBER|+49 151 27740938⟧\n"
            "2020-heute: Rettungssanitäter, DRK Rettungsdienst Mittelhessen\n"
            "2017-2020: Ausbildung Notfallsanitäter, Gießen\n"
            "Zusatz: Führerschein C1, Praxisanleiter\n"
            "Ehrenamt: Kreisvorstand ⟦TRADE_UNION_MEMBERSHIP|ver.di⟧ Jugend"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Rückmeldung Führungszeugnis für die Werkstatt für Menschen mit Behinderung: Bewerber ⟦PERSON|Malte "
            "Grünewald-Ibe⟧ hat einen Eintrag wegen ⟦CRIMINAL_RECORD|Körperverletzung, Geldstrafe 60 Tagessätze "
            "(2019)⟧. Bitte mit der Leitung klären, ob eine Einstellung im Gruppendienst möglich ist."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Für die Apotheke: Der neue Betäubungsmittelschrank öffnet nur noch per ⟦BIOMETRIC_DATA|Fingerabdruck⟧. "
            "Bitte bis Freitag bei Frau ⟦PERSON|Tschirner⟧ registrieren lassen, Ausweis mitbringen "
            "(⟦PERSON|Helmut Quast⟧ hat seinen Personalausweis ⟦DE_ID_CARD|XF291YT3K0⟧ schon hinterlegt)."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Stellenausschreibung: Medizinische Fachangestellte (m/w/d) für unsere Zahnarztpraxis in Bamberg, "
            "30-38 Std./Woche, Vergütung nach Tarif, 30 Tage Urlaub, Jobrad. Bewerbung bis 30.04. an das Praxisteam."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Sozialversicherung Österreich - Anmeldung Pflegeassistenz Haus Mirabell, Salzburg:\n"
            "⟦PERSON|Ilse Hrdlicka⟧, SVNR ⟦AT_SVNR|9018 120458⟧, Eintritt 01.04.2026, 30 Wochenstunden, "
            "Gehaltskonto ⟦IBAN_CODE|AT722369118522387921⟧."
        ),
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": (
            "Blutspende rettet Leben! Am 18. April ist das DRK-Spendemobil von 14 bis 19 Uhr am Rathausplatz in "
            "Bensheim. Bitte Personalausweis mitbringen, Erstspender bis 64 Jahre willkommen."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Neu in der Optik Sehwerk: Gleitsichtbrillen mit 2 Jahren Verträglichkeitsgarantie, ab 299 €. "
            "Terminvereinbarung online oder unter der Filialnummer."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Erfahrungsbericht für unsere Website: "Nach meiner ⟦HEALTH_DATA|Schlaganfall-Reha⟧ hat mir die '
            'Ergotherapie im Therapiezentrum Elbaue wieder das Schreiben beigebracht." - ⟦PERSON|Volkmar '
            "Isenbügel⟧, 71"
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Newsletter Kinderwunschzentrum Rheinaue: Ab Mai bieten wir Infoabende zur Eizellvorsorge an, jeden "
            "zweiten Mittwoch um 18 Uhr, auch per Video. Anmeldung über unsere Website."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Schreib das als kurzen Instagram-Post um: Unsere Werkstätten Lahn-Dill fertigen jetzt auch "
            "Holzspielzeug. 140 Beschäftigte, regionale Buche, Bestellungen ab 10 Stück."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Mitarbeiterporträt: ⟦PERSON|Derya Falkenhagen⟧ leitet seit 2022 unsere Tagespflege in Moers. Als "
            "Tochter ⟦ETHNIC_ORIGIN|kurdischer⟧ Eltern spricht sie Kurmancî und Türkisch - für viele unserer Gäste "
            "ein großes Plus."
        ),
    },
    {
        "kind": "marketing",
        "text": "Hörgeräte-Check gratis - nur im März bei HörKontor.",
    },
    {
        "kind": "marketing",
        "text": (
            'Kundenstimme BKK Vitalis: "Die Kostenübernahme für meinen ⟦HEALTH_DATA|Rollator⟧ und die '
            '⟦HEALTH_DATA|Kompressionsstrümpfe⟧ ging innerhalb einer Woche durch." - ⟦PERSON|Edeltraud Maćkowiak⟧'
        ),
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": (
            "Anleitung Terminbuchung: Patientinnen und Patienten wählen im Portal die Leistung, den Standort und "
            "einen freien Termin. Die Bestätigung kommt per E-Mail. Absagen sind bis 24 Stunden vorher kostenfrei; "
            "danach kann ein Ausfallhonorar berechnet werden."
        ),
    },
]
