"""Hand-written German texts of the ``fresh8`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Fasse die Nachricht für die Spenderbetreuung zusammen:\n\nHallo, ich bin ⟦PERSON|Mareike Döbbeling⟧, "
        "Spendernummer 0815-22731. Ich war letzte Woche beim Plasmaspenden in Bochum und mir wurde schwindelig. "
        "Mein Hausarzt sagt, ich habe ⟦HEALTH_DATA|Eisenmangel⟧ und soll ⟦HEALTH_DATA|Ferro sanol⟧ nehmen. "
        "Darf ich trotzdem am 12. wieder kommen? Tel. ⟦PHONE_NUMBER|0176 55 820 417⟧",
    },
    {
        "kind": "support",
        "text": "Kurze Antwort bitte: Kunde fragt, warum der E-Scooter Flinka F3 in der Zone Altstadt-Nord nur "
        "12 km/h fährt. (Grund: Langsamfahrzone der Stadt Köln seit 1.10.)",
    },
    {
        "kind": "support",
        "text": "Bitte die Brillenbestellung prüfen und dem Kunden den Liefertermin nennen:\n"
        "Auftrag OPT-77310, Gleitsichtgläser Varilux X, Fassung Lindberg 1842, Sph -2,25/-2,50, Add 2,00. "
        "Lieferung in Filiale Münster-Hiltrup, ca. 8 Werktage.",
    },
    {
        "kind": "support",
        "text": "Übersetze ins Englische für den Zollagenten in Rotterdam:\n\nSehr geehrter Herr ⟦PERSON|Vermeulen⟧,\n"
        "die Sendung für unseren Kunden ⟦PERSON|Hartmut Ebersbach⟧ (⟦STREET_ADDRESS|Am Rübenkamp 37, 22307 Hamburg⟧) "
        "hängt seit Montag im Zoll. MRN 25DE480912837466E1, Zolltarifnummer 9018 90 84. Die Einfuhrumsatzsteuer "
        "überweisen wir von ⟦IBAN_CODE|DE06 2641 0643 3188 0715 23⟧.\nMit freundlichen Grüßen\n⟦PERSON|Jana Liebscher⟧",
    },
    {
        "kind": "support",
        "text": "was heißt 'Fehler 0x80070057' im Kundenportal der Genossenschaft? Mitglied kann Nebenkostenabrechnung 2024 nicht runterladen",
    },
    {
        "kind": "support",
        "text": "Antwortentwurf für die Airline-Hotline:\n> Guten Tag, mein Vater ⟦PERSON|Werner Pfisterer⟧ fliegt am "
        "03.02. von Stuttgart nach Palma. Er ist ⟦HEALTH_DATA|blind⟧ und hat einen ⟦HEALTH_DATA|Blindenführhund⟧, "
        "außerdem braucht er wegen ⟦HEALTH_DATA|COPD⟧ ein ⟦HEALTH_DATA|Sauerstoffkonzentrator⟧ an Bord. "
        "Buchungscode K7MZQ2. Geburtsdatum ⟦DATE_OF_BIRTH|11.08.1946⟧. Viele Grüße ⟦PERSON|Sandra Pfisterer⟧",
    },
    {
        "kind": "support",
        "text": "Analysiere diese Phishing-Mail, die ein Mitarbeiter gemeldet hat, und gib eine Risikoeinschätzung:\n\n"
        "Von: IT-Service <it-support@sparkasse-sicherheit-update.info>\nBetreff: Ihr Konto wird gesperrt\n\n"
        "Sehr geehrter Kunde, bitte bestätigen Sie Ihre Daten unter hxxp://s-login-pruefung[.]com bis 18:00 Uhr. "
        "Vorgangsnummer 4471-AX-09.",
    },
    {
        "kind": "support",
        "text": "Baufinanzierung – bitte die Selbstauskunft in eine Tabelle übertragen:\nAntragsteller: ⟦PERSON|Yusuf Karadağ⟧, "
        "geb. ⟦DATE_OF_BIRTH|27.04.1983⟧, Steuer-ID ⟦DE_TAX_ID|47 869 520 387⟧, Netto 3.940 €, "
        "Objekt: ETW Frankfurt-Bornheim, Kaufpreis 412.000 €, Eigenkapital 85.000 €. "
        "E-Mail ⟦EMAIL_ADDRESS|y.karadag@posteo.de⟧",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Schreibe einen Vermerk für die Widerspruchsstelle (Jobcenter), sachlich, max. 150 Wörter:\n\n"
        "Kundin ⟦PERSON|Olesya Hartwig⟧, BG-Nr. 36201//0048721. Minderung 10 % wegen Meldeversäumnis am 14.10. "
        "Sie legt AU-Bescheinigung vor: Diagnose ⟦HEALTH_DATA|F32.1 mittelgradige depressive Episode⟧. "
        "Außerdem in Behandlung wegen ⟦HEALTH_DATA|Alkoholabhängigkeit⟧ (Suchtberatung Caritas). "
        "Hinweis: Kundin ist ⟦HEALTH_DATA|schwerbehindert (GdB 50)⟧.",
    },
    {
        "kind": "hr",
        "text": "Formuliere eine Stellenanzeige: Sachbearbeiter/in Wohnungsverwaltung (m/w/d), Wohnungsbaugenossenschaft "
        "Lindenhof eG, Teilzeit 30 Std., TVöD-angelehnt, Standort Mannheim-Neckarau.",
    },
    {
        "kind": "hr",
        "text": "Mandatsnotiz Arbeitsrecht, bitte Kündigungsschutzklage-Gliederung vorschlagen:\n"
        "Mandant ⟦PERSON|Ralf Oberdörfer⟧, 54, seit 1998 bei Gerber Präzisionsteile GmbH. Betriebsratsmitglied, "
        "⟦TRADE_UNION_MEMBERSHIP|IG Metall⟧. Kündigung vom 30.09. wegen angeblicher Arbeitszeitmanipulation. "
        "Vorher: Streit über BEM nach ⟦HEALTH_DATA|Bandscheibenvorfall⟧. Er vermutet, man will "
        "ihn wegen seines Engagements loswerden. Klagefrist läuft am 21.10. ab.",
    },
    {
        "kind": "hr",
        "text": "Bitte kürzen: 'Liebe Chormitglieder, die Probe am 9.12. fällt aus, stattdessen Generalprobe am 13.12. "
        "um 17 Uhr in der Lutherkirche. Noten bitte mitbringen. Euer Vorstand'",
    },
    {
        "kind": "hr",
        "text": "Erstelle aus dem Anmeldebogen eine Infokarte für die Betreuer im Ferienlager:\n"
        "Kind: ⟦PERSON|Emil Szymański⟧, 10 J.\nAllergien: ⟦HEALTH_DATA|Erdnussallergie⟧ (⟦HEALTH_DATA|EpiPen⟧ im Rucksack)\n"
        "Ernährung: halal, kein Schweinefleisch (Familie ist ⟦RELIGIOUS_BELIEF|muslimisch⟧)\n"
        "Notfallkontakt: Mutter ⟦PERSON|Dilara Szymańska⟧, ⟦PHONE_NUMBER|0157 3391 0266⟧",
    },
    {
        "kind": "hr",
        "text": "Studierendenwerk, Härtefonds: Begründe die Bewilligung in 3 Sätzen.\n"
        "Antragstellerin ⟦PERSON|Lea-Sophie Brandtner⟧, Matrikel 3318204, Lehramt. Sie lebt "
        "⟦SEX_LIFE_ORIENTATION|lesbisch⟧ und wurde nach dem Outing von den Eltern nicht mehr unterstützt; "
        "BAföG-Nachzahlung steht aus. Beantragt: 900 €.",
    },
    {
        "kind": "hr",
        "text": "Welche Fragen sind in einem Vorstellungsgespräch in Deutschland unzulässig? Liste mit Beispielen "
        "(Schwangerschaft, Religion, Gewerkschaft, Vorstrafen).",
    },
    {
        "kind": "hr",
        "text": "Protokoll Wahlamt, bitte Liste der Wahlhelfer alphabetisch sortieren:\n"
        "⟦PERSON|Knut Albrecht-Weigel⟧ (Wahlvorsteher, Bezirk 214), ⟦PERSON|Serap Güneş⟧ (Schriftführerin), "
        "⟦PERSON|Bernd Imhoff⟧ (Beisitzer), ⟦PERSON|Anneliese Vogtländer⟧ (Beisitzerin, Briefwahl)",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Schreib einen Flyertext für unseren Hörtest-Aktionstag: 'Hörwerk Optik & Akustik', Samstag 15.3., "
        "kostenloser Hörtest, 20 % auf Zweitbrille, Friedrichstraße-Filiale. Zielgruppe 55+.",
    },
    {
        "kind": "marketing",
        "text": "Verbessere diesen Erfahrungsbericht für die Website der Flüchtlingshilfe (Name bleibt):\n"
        "'Ich heiße ⟦PERSON|Rahel Tesfamariam⟧, ich komme aus Eritrea und bin ⟦RELIGIOUS_BELIEF|orthodoxe Christin⟧. "
        "Im Deutschkurs B1 habe ich Freundinnen gefunden. Jetzt mache ich Ausbildung als Pflegehelferin.'",
    },
    {
        "kind": "marketing",
        "text": "Social-Media-Post: Blutspende rettet Leben! Termin 22.01., 15–19 Uhr, Gemeindehaus St. Ansgar. "
        "Erstspender bitte Ausweis mitbringen. Wer Diabetes hat oder Blutdruckmittel nimmt, kann oft trotzdem spenden – frag uns!",
    },
    {
        "kind": "marketing",
        "text": "Newsletter Theaterverein, Absatz verbessern: Unsere Herbstproduktion 'Der zerbrochne Krug' war "
        "ausverkauft! Dank an Regisseurin ⟦PERSON|Friederike Ahlgrimm⟧ und an ⟦PERSON|Jonas Quast⟧, der trotz "
        "⟦HEALTH_DATA|Gipsbein⟧ jede Vorstellung gespielt hat.",
    },
    {
        "kind": "marketing",
        "text": "Schreibe drei Varianten für eine Push-Nachricht: 'Sattelfest Bike-Abo jetzt mit Winterreifen ab 24,90 €/Monat'.",
    },
    {
        "kind": "marketing",
        "text": "Pressemitteilung glätten: Die Kanzlei Brenner Vossberg Arbeitsrecht eröffnet am 1. Februar ein Büro in "
        "Leipzig, Karl-Heine-Straße. Schwerpunkte: Kündigungsschutz, AGG-Klagen, Betriebsratsberatung.",
    },
    {
        "kind": "marketing",
        "text": "Fallstudie für die Website (Zustimmung liegt vor): Unser Kunde ⟦PERSON|Dariusz Kowalczyk⟧ "
        "bekam trotz ⟦CRIMINAL_RECORD|Eintrag im Führungszeugnis wegen Betrugs⟧ über unser Programm 'Neustart Arbeit' "
        "eine Festanstellung als Lagerist. Bitte in warmem Ton, 120 Wörter.",
    },
    {
        "kind": "marketing",
        "text": "Slogan-Ideen für die Genossenschaft 'Wohnen am Kanal eG', 120 Wohnungen, Baujahr 1927, Mitgliederversammlung 2026.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Die Briefwahl kann bis zum zweiten Tag vor der Wahl, 18 Uhr, bei der Gemeinde beantragt werden. "
        "Bei nachgewiesener plötzlicher Erkrankung ist ein Antrag noch am Wahltag bis 15 Uhr möglich. Der "
        "Wahlschein wird an die Wohnanschrift oder eine abweichende Anschrift versandt. Die Wahlbriefe müssen "
        "spätestens am Wahltag um 18 Uhr beim zuständigen Wahlamt eingehen; maßgeblich ist der Eingang, nicht "
        "der Poststempel.",
    },
    # -- ergänzt: lange und gemischte Texte --------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Du bist Assistenz in einer Migrationsberatung in Wien. Erstelle aus dem Gesprächsprotokoll eine "
        "strukturierte Fallübersicht (Person, Aufenthalt, Gesundheit, nächste Schritte). Keine Bewertung.\n\n"
        "Gesprächsprotokoll vom 19.11., Beraterin ⟦PERSON|Ulrike Schwaighofer⟧\n\n"
        "Klient: ⟦PERSON|Ahmad Rahimi⟧, geb. ⟦DATE_OF_BIRTH|14.03.1988⟧, SV-Nr. ⟦AT_SVNR|9064140388⟧, wohnhaft "
        "⟦STREET_ADDRESS|Quellenstraße 104/2/17, 1100 Wien⟧. Subsidiär schutzberechtigt seit 2021, Verlängerungsantrag "
        "läuft (GZ 1284477602-210339). Herr ⟦PERSON|Rahimi⟧ ist ⟦ETHNIC_ORIGIN|Hazara⟧ und ⟦RELIGIOUS_BELIEF|schiitischer Muslim⟧; "
        "er schildert, dass er in Kabul mehrfach bedroht wurde. Er arbeitet 20 Std./Woche als Küchenhilfe, Lohn "
        "geht auf ⟦IBAN_CODE|AT46 1964 3352 5983 6811⟧.\n\nGesundheit: seit Frühjahr in Behandlung wegen "
        "⟦HEALTH_DATA|PTBS⟧ und ⟦HEALTH_DATA|Schlafstörungen⟧, nimmt ⟦HEALTH_DATA|Mirtazapin 15 mg⟧. Der AMS-Kurs "
        "(Deutsch B1, Kursnr. 4471/25) wurde abgebrochen, weil er zweimal wegen Panikattacken gefehlt hat; das AMS "
        "hat eine Sperre des Arbeitslosengeldes für 6 Wochen angekündigt. Er möchte dagegen vorgehen.\n\n"
        "Vereinbart: Befund der Psychiaterin anfordern, Stellungnahme an das AMS bis 28.11., Termin bei der "
        "Rechtsberatung am 2.12. um 9:30. Erreichbar unter ⟦PHONE_NUMBER|0660 418 2273⟧ (WhatsApp, Dari oder Deutsch).",
    },
    {
        "kind": "support",
        "text": "Check-in-Problem, bitte Antwort formulieren: Fluggast ⟦PERSON|Torben Lüdecke⟧ kann online nicht einchecken, "
        "Ausweisnummer ⟦DE_ID_CARD|Y35MMY76W5⟧ wird als ungültig abgelehnt. Flug EW 9412, Hamburg–Split.",
    },
]
