"""Hand-written German texts of the tuning split fresh29: Apotheken, Hausarztpraxen, Krankenkassen, Pflegedienste, Kliniken, Gemeinden, Gewerkschaften und Parteien in Deutschland und Österreich."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Hat die Apotheke am Marktplatz am Samstag Notdienst? Auf der Website steht nur „Notdienstplan Juni“.",
    },
    {
        "kind": "support",
        "text": "Betreff: Antrag auf Kostenübernahme Elektrorollstuhl – Ihr Schreiben vom 03.06.\n\nSehr geehrte Damen und Herren,\n\nSie haben meinen Antrag auf Versorgung mit einem Elektrorollstuhl (Hilfsmittelnummer 18.51.05.x) mit der Begründung abgelehnt, ein Greifreifenantrieb sei ausreichend. Das ist nicht der Fall. Ich lebe seit 2011 mit ⟦HEALTH_DATA|schubförmiger Multipler Sklerose⟧, seit dem letzten Schub im Februar ist meine ⟦HEALTH_DATA|rechte Hand teilweise gelähmt⟧. Eine Stellungnahme meiner Neurologin liegt bei.\n\nIch lege hiermit fristgerecht Widerspruch ein. Eventuelle Erstattungen (Eigenanteil Probefahrt 45,00 €) bitte auf mein Konto ⟦IBAN_CODE|DE63 7641 2007 5267 3456 20⟧.\n\nMit freundlichen Grüßen\n⟦PERSON|Jorinde Pfaffenberger⟧\n⟦STREET_ADDRESS|Am Sandtorkai 17, 20457 Hamburg⟧\nTel. ⟦PHONE_NUMBER|040 3187 2290⟧",
    },
    {
        "kind": "support",
        "text": "Automatische Antwort: Die Hausarztpraxis am Lindenplatz ist vom 28.07. bis einschließlich 08.08. wegen Urlaub geschlossen. Vertretung: Praxisgemeinschaft Schillerstraße 14, 72764 Reutlingen, Tel. 07121 33 90 10, Mo–Fr 8–12 Uhr, Mo/Di/Do 15–18 Uhr. In dringenden Fällen außerhalb der Sprechzeiten: ärztlicher Bereitschaftsdienst 116 117, im Notfall 112. Rezeptbestellungen über die Praxis-App werden ab 11.08. bearbeitet.",
    },
    {
        "kind": "support",
        "text": "[07:42] Tourenplanung: Guten Morgen, Tour 3 heute bitte zuerst zu Frau ⟦PERSON|Kowalczyk-Brandt⟧, ⟦STREET_ADDRESS|Eichendorffweg 4⟧, Verbandswechsel ⟦HEALTH_DATA|Dekubitus Steiß Grad 2⟧, Material liegt im Bad.\n[07:45] ⟦PERSON|Svenja⟧: ok. Kompressionsstrümpfe bei Herrn ⟦PERSON|Ulbricht⟧ auch?\n[07:46] Tourenplanung: ja, und bei ihm BZ messen, er hatte gestern abend ⟦HEALTH_DATA|Unterzucker⟧ (48 mg/dl). Tochter hat angerufen.\n[07:51] ⟦PERSON|Svenja⟧: alles klar, bin um 8 da.",
    },
    {
        "kind": "support",
        "text": "Guten Tag,\n\nvielen Dank für Ihre Nachricht zu Ihrer Bestellung 4410-2281-77.\n\nDas E-Rezept konnte nicht eingelöst werden, weil der Rezeptcode bereits in einer anderen Apotheke verwendet wurde. Die nicht verschreibungspflichtigen Artikel (2× Bepanthen Wund- und Heilsalbe 50 g, 1× Voltaren Schmerzgel forte 150 g) haben wir heute mit DHL versendet, Sendungsnummer 00340434161094027318. Der Betrag für das Rx-Arzneimittel (12,50 € Zuzahlung) wurde nicht belastet.\n\nBei Fragen erreichen Sie uns Mo–Fr 8–20 Uhr, Sa 9–14 Uhr unter 0800 480 1122 (kostenfrei).\n\nFreundliche Grüße\nIhr Kundenservice-Team der Versandapotheke Rheinauen",
    },
    {
        "kind": "support",
        "text": "Bitte übersetz das ins Englische, ist für die Klinik in Bristol, wo meine Mutter in Behandlung war:\n\n„Sehr geehrte Damen und Herren, ich, ⟦PERSON|Ingrid Obermoser-Tauber⟧, geboren am ⟦DATE_OF_BIRTH|22.04.1979⟧, Sozialversicherungsnummer ⟦AT_SVNR|9802 220479⟧, bitte um Übersendung des Entlassungsberichts meiner Mutter ⟦PERSON|Hermine Obermoser⟧. Sie wurde vom 2. bis 9. Mai nach einem ⟦HEALTH_DATA|Schlaganfall⟧ bei Ihnen behandelt. Die Vollmacht liegt bei. Bitte senden Sie die Unterlagen an ⟦STREET_ADDRESS|Kaiser-Josef-Straße 38, 8010 Graz⟧, Österreich, oder per E-Mail an ⟦EMAIL_ADDRESS|i.obermoser-tauber@gmx.at⟧.“",
    },
    {
        "kind": "support",
        "text": "Frage: Wie bekomme ich eine neue elektronische Gesundheitskarte, wenn meine alte abläuft?\nAntwort: Sie müssen nichts tun. Etwa acht Wochen vor Ablauf schicken wir Ihnen automatisch eine neue Karte, sofern ein aktuelles Foto bei uns vorliegt. Fehlt ein Foto, können Sie es bequem in der App unter „Service > Foto hochladen“ oder in jeder Geschäftsstelle einreichen. Die alte Karte bitte nach Erhalt der neuen zerschneiden.",
    },
    {
        "kind": "support",
        "text": "Mein Sohn ⟦PERSON|Malte⟧ (6) hat ⟦HEALTH_DATA|Neurodermitis⟧, gibt es die Linola-Creme auch ohne Rezept und ab welchem Alter?",
    },
    {
        "kind": "support",
        "text": "Betreff: Befund Humangenetik – bitte NICHT an die Krankenkasse\n\nSehr geehrte Damen und Herren,\n\nich war am 14. Mai in Ihrer Sprechstunde für familiären Brust- und Eierstockkrebs. Heute kam per Post der Befund, wonach bei mir eine ⟦GENETIC_DATA|pathogene BRCA1-Variante (c.5266dupC)⟧ nachgewiesen wurde. Ich habe zwei Fragen:\n\n1. Im Anschreiben steht, dass eine Kopie an meinen Hausarzt geht. Ich möchte vorher mit meiner Schwester sprechen, bevor irgendjemand in der Familie davon erfährt. Kann die Kopie zurückgehalten werden?\n2. Muss ich das beim Abschluss einer Berufsunfähigkeitsversicherung angeben? Ich habe gelesen, dass das Gendiagnostikgesetz das bis zu bestimmten Summen verbietet, bin mir aber unsicher.\n\nFür die Terminvergabe zur Beratung über eine ⟦HEALTH_DATA|prophylaktische Mastektomie⟧ bin ich unter ⟦PHONE_NUMBER|0176 2290 4418⟧ erreichbar, am besten nachmittags.\n\nZur Zuordnung: Fallnummer 2025-HG-03317, Ausweisnummer laut Aufnahmebogen ⟦DE_ID_CARD|RCHYVC7440⟧.\n\nMit freundlichen Grüßen\n⟦PERSON|Friederike Wolkenstein-Ayoub⟧\n\n> Am 20.05.2025 schrieb Sekretariat Humangenetik:\n> Sehr geehrte Frau ⟦PERSON|Wolkenstein-Ayoub⟧, anbei erhalten Sie Ihren Befund. Bitte vereinbaren Sie einen Termin zur Befundbesprechung über unsere Terminhotline 0761 270-44 000 (Mo–Do 9–12 Uhr). Mit freundlichen Grüßen, Ihr Team des Instituts für Humangenetik",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Pflegefachkraft (m/w/d) für unseren ambulanten Dienst in Lüneburg – Voll- oder Teilzeit\n\nDas bieten wir: Vergütung nach TVöD-P (P8), Jahressonderzahlung, 30 Tage Urlaub, Dienstwagen auch zur privaten Nutzung, feste Touren und ein Team, das zusammenhält. Keine geteilten Dienste.\n\nDas bringen Sie mit: abgeschlossene Ausbildung als Pflegefachfrau/-mann, Gesundheits- und Krankenpfleger/in oder Altenpfleger/in, Führerschein Klasse B.\n\nBewerben Sie sich über unser Online-Formular unter karriere.diakoniestation-lueneburg.de (Kennziffer AP-2025-14). Wir freuen uns auf Sie!",
    },
    {
        "kind": "hr",
        "text": "Personalfragebogen – Neueinstellung\nName, Vorname: ⟦PERSON|Brzeziński, Dominik⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|09.02.1990⟧\nAnschrift: ⟦STREET_ADDRESS|Hohe Straße 112, 01187 Dresden⟧\nSteuer-ID: ⟦DE_TAX_ID|30181465927⟧\nSteuerklasse: 1, Kinderfreibeträge: 0\nKonfession (Kirchensteuer): ⟦RELIGIOUS_BELIEF|röm.-kath.⟧\nKrankenkasse: AOK PLUS\nSchwerbehinderung: ja, ⟦HEALTH_DATA|GdB 50⟧\nBankverbindung: ⟦IBAN_CODE|DE93 5990 6430 2563 2818 80⟧\nEintritt: 01.09.2025, Station 4B (Kardiologie), 100 %",
    },
    {
        "kind": "hr",
        "text": "AUSHANG DES BETRIEBSRATS\n\nEinladung zur Betriebsversammlung\nDonnerstag, 25. September 2025, 13:30 Uhr, Cafeteria Haus C\n\nTagesordnung:\n1. Bericht des Betriebsrats\n2. Stand der Tarifrunde TVöD – Gast: ein Vertreter der ver.di-Bezirksverwaltung\n3. Dienstplanung und Einspringprämie\n4. Neubau Parkhaus\n5. Verschiedenes\n\nDie Teilnahme ist Arbeitszeit. Der Spätdienst wird über die Springerpools abgedeckt.",
    },
    {
        "kind": "hr",
        "text": "Protokoll BEM-Gespräch (vertraulich, Personalakte Teil C)\nDatum: 11.06.2025\nTeilnehmende: ⟦PERSON|Till Austermühle⟧ (Beschäftigter), ⟦PERSON|Katja Nieswand⟧ (Pflegedienstleitung), ⟦PERSON|Ömer Kalkan⟧ (Betriebsrat, auf Wunsch des Beschäftigten)\n\nHerr ⟦PERSON|Austermühle⟧ war seit Januar insgesamt 74 Tage arbeitsunfähig. Er berichtet offen von einer ⟦HEALTH_DATA|mittelgradigen depressiven Episode⟧, derzeit in ⟦HEALTH_DATA|ambulanter Psychotherapie⟧. Er wünscht Wiedereingliederung nach dem Hamburger Modell ab 01.07. (4 Wochen à 4 Std., dann 6 Std.), keine Nachtdienste für drei Monate. Vereinbart: Stufenplan wird mit der Hausärztin abgestimmt, nächstes Gespräch am 29.07.",
    },
    {
        "kind": "hr",
        "text": "Pflichtschulungen 2. Halbjahr: Händehygiene (E-Learning, 30 Min.) bis 30.09., Reanimation BLS am 14.10. oder 21.10. jeweils 8:00–11:00 Uhr im Schulungsraum 2, Brandschutz am 04.11. Die Anmeldung läuft über das Intranet (Bildung > Pflichtfortbildungen). Bei Fragen: Innerbetriebliche Fortbildung, Durchwahl -4410.",
    },
    {
        "kind": "hr",
        "text": "Kannst du mir aus diesen Stichpunkten ein wohlwollendes Arbeitszeugnis (Note gut) formulieren?\n\n- ⟦PERSON|Ljubica Marković-Senn⟧, geb. ⟦DATE_OF_BIRTH|30.08.1985⟧ in Zagreb\n- bei uns 01.03.2019 bis 31.07.2025 als Medizinische Fachangestellte, Praxis für Innere Medizin\n- Labor, EKG, Langzeit-RR, Impfsprechstunde, Abrechnung EBM/GOÄ\n- sehr zuverlässig, Patienten mochten sie\n- geht auf eigenen Wunsch (Umzug nach Konstanz)\n- NICHT erwähnen, dass sie 2023 wegen ihrer ⟦HEALTH_DATA|Schwangerschaft⟧ im Beschäftigungsverbot war",
    },
    {
        "kind": "hr",
        "text": "Betreff: Zutrittskontrolle Apotheke/BtM-Raum – Einwilligungen\n\nHallo zusammen,\n\nfür das neue Zutrittssystem am BtM-Raum brauchen wir von allen Berechtigten die unterschriebene Einwilligung. Stand heute fehlen noch zwei:\n\n- ⟦PERSON|Gülşen Arıkan⟧: Einwilligung liegt vor, ⟦BIOMETRIC_DATA|Fingerabdruck-Template⟧ wurde am 12.06. am Terminal eingelernt.\n- ⟦PERSON|Benedikt Rauschert⟧: möchte keinen Fingerabdruck abgeben, bekommt stattdessen Karte + PIN. Er hat gefragt, ob das mit dem Betriebsrat abgestimmt ist – er ist ⟦TRADE_UNION_MEMBERSHIP|ver.di-Vertrauensmann⟧ und will die Betriebsvereinbarung sehen.\n\nDie Betriebsvereinbarung Nr. 7/2025 hänge ich an.\n\nViele Grüße\n⟦PERSON|Corinna Haberstroh⟧\nPersonalabteilung",
    },
    {
        "kind": "hr",
        "text": "Kurzinfo für alle Ärztinnen und Ärzte: Der Marburger Bund und die Vereinigung der kommunalen Arbeitgeberverbände haben sich in der dritten Verhandlungsrunde geeinigt. Die Entgelte steigen zum 1. Juli um 4 % und zum 1. April 2026 um weitere 3,2 %. Die Bereitschaftsdienstvergütung wird neu gestaffelt. Die Umsetzung erfolgt mit der Augustabrechnung, Nachzahlungen folgen im September.",
    },
    {
        "kind": "hr",
        "text": "Vermerk Einstellungsverfahren Wohnverbund Sonnenhalde (Eingliederungshilfe)\nBewerber: ⟦PERSON|Marius Klöpfer⟧, Heilerziehungspfleger\nErweitertes Führungszeugnis vom 02.06.2025: ein Eintrag – ⟦CRIMINAL_RECORD|Verurteilung wegen vorsätzlicher Körperverletzung, Geldstrafe 60 Tagessätze (AG Tübingen, 2017)⟧.\nEinschätzung: kein Ausschlussdelikt nach § 124 SGB IX. Gespräch mit Einrichtungsleitung am 10.06. geführt, Bewerber hat den Vorfall (Schlägerei nach einem Fußballspiel) nachvollziehbar geschildert. Entscheidung: Einstellung unter Vorbehalt, Probezeit 6 Monate.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Grippeschutz 2025/26 – jetzt in Ihrer Linden-Apotheke!\n\nOhne Termin, ohne Wartezimmer: Ab dem 1. Oktober impfen wir alle Erwachsenen gegen Grippe, gesetzlich Versicherte kostenlos. Bringen Sie einfach Ihre Gesundheitskarte und Ihren Impfpass mit.\n\nMo–Fr 8:00–18:30 · Sa 8:30–13:00\nLindenstraße 2 · 49074 Osnabrück\n\nIhr Team der Linden-Apotheke",
    },
    {
        "kind": "marketing",
        "text": "ORGELNACHT IN ST. LAMBERTI\nSamstag, 6. September, 20 bis 24 Uhr\nWerke von Buxtehude, Bach und Reger, dazwischen Texte und Kerzenlicht\nEintritt frei – um eine Spende für die Sanierung der Arp-Schnitger-Orgel wird gebeten\nEv.-luth. Kirchengemeinde St. Lamberti, Lambertikirchplatz, Münster",
    },
    {
        "kind": "marketing",
        "text": "„Seit Mama ⟦HEALTH_DATA|Pflegegrad 3⟧ hat, kommt der Pflegedienst Heideblick dreimal am Tag. Die Schwestern nehmen sich Zeit, auch wenn sie wegen ihrer ⟦HEALTH_DATA|Demenz⟧ manchmal schimpft. Ich kann endlich wieder arbeiten gehen, ohne ständig ein schlechtes Gewissen zu haben.“\n– ⟦PERSON|Henrike Sandmeier⟧ aus Soltau\n\nKostenlose Pflegeberatung nach § 37.3 SGB XI: 05191 98 44 00",
    },
    {
        "kind": "marketing",
        "text": "PRESSEMITTEILUNG\n\nver.di fordert 8 Prozent mehr für Beschäftigte in Unikliniken\n\nBerlin – Die Vereinte Dienstleistungsgewerkschaft (ver.di) geht mit der Forderung nach 8 Prozent mehr Lohn, mindestens aber 350 Euro monatlich, in die Tarifverhandlungen für die rund 90.000 Beschäftigten an Unikliniken der Länder. Auszubildende sollen 200 Euro mehr erhalten. Die erste Verhandlungsrunde ist für den 17. Oktober in Potsdam angesetzt. „Ohne spürbare Entlastung und bessere Bezahlung verlieren die Kliniken weiter Personal“, erklärte die Gewerkschaft.",
    },
    {
        "kind": "marketing",
        "text": "Mitgliedermagazin „Gelenkig“, Ausgabe 3/2025 – Porträt\n\n„Aufgeben ist keine Option“\n⟦PERSON|Emine Karataş-Vogel⟧, 44, Grundschullehrerin aus Bielefeld, lebt seit ihrem 29. Lebensjahr mit ⟦HEALTH_DATA|rheumatoider Arthritis⟧. Nach Jahren mit ⟦HEALTH_DATA|Methotrexat⟧ bekommt sie seit 2022 ein ⟦HEALTH_DATA|Biologikum⟧ – und leitet inzwischen unsere Funktionstrainingsgruppe im Warmwasserbecken. „Die Gruppe ist für mich wie eine zweite Familie“, sagt ⟦PERSON|Emine⟧.",
    },
    {
        "kind": "marketing",
        "text": "Das neue TensioCare BP 700 Oberarm-Blutdruckmessgerät: klinisch validiert, Arrhythmie-Erkennung, Speicher für 2 × 120 Messwerte, Bluetooth-Übertragung in die TensioCare-App. Jetzt in Apotheken für 69,95 € (UVP).\n\nMedizinprodukt. Bitte Gebrauchsanweisung beachten. Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.",
    },
    {
        "kind": "marketing",
        "text": "🎉 Die Gewinner unseres Sommer-Challenge-Gewinnspiels stehen fest! Je ein Jahr Mitgliedschaft gewinnen ⟦PERSON|Jannik Oberschelp⟧, ⟦PERSON|Zeynep Hollenbach⟧ und ⟦PERSON|Vitali Grünewald⟧. Herzlichen Glückwunsch und bis bald auf der Fläche! Euer Team von VitalWerk Fitness Kassel",
    },
    {
        "kind": "marketing",
        "text": "Gute Pflege darf kein Luxus sein.\n\nWir setzen uns ein für: eine Deckelung der Eigenanteile im Pflegeheim, mehr Pflegekräfte durch bessere Bezahlung und eine wohnortnahe Krankenhausversorgung auch auf dem Land.\n\nAm 14. September: Ihre Stimme für eine soziale Politik in Ihrer Stadt.\nInfostand jeden Samstag 10–13 Uhr am Rathausplatz. Mehr unter www.gute-pflege-jetzt.de",
    },
    {
        "kind": "marketing",
        "text": "Gemeindebrief der Jüdischen Gemeinde – Tammus 5785\n\nMasal tow! ⟦PERSON|Noa Rosenthal-Berger⟧ feiert am Schabbat, 12. Juli, ihre ⟦RELIGIOUS_BELIEF|Bat Mizwa⟧ in unserer Synagoge. Die ganze Gemeinde ist zum Kiddusch eingeladen.\n\nWeitere Termine: Sommerfest im Gemeindegarten am 27. Juli, Hebräischkurs für Erwachsene ab 2. September (dienstags 19 Uhr).",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Robert Koch und der Tuberkulose-Erreger\n\nAm 24. März 1882 stellte Robert Koch in der Physiologischen Gesellschaft zu Berlin seine Entdeckung des Tuberkelbazillus (Mycobacterium tuberculosis) vor. Die Tuberkulose war damals eine der häufigsten Todesursachen in Europa. Koch gelang der Nachweis durch eine neue Färbetechnik und die Anzucht des Erregers auf Nährböden. Seine Kriterien, unter welchen Bedingungen ein Mikroorganismus als Ursache einer Krankheit gilt, sind als Henle-Koch-Postulate bekannt. 1905 erhielt er den Nobelpreis für Physiologie oder Medizin. Der 24. März ist heute Welttuberkulosetag.",
    },
    {
        "kind": "docs",
        "text": "Das E-Rezept in der Apotheke\n\nSeit dem 1. Januar 2024 müssen Arztpraxen verschreibungspflichtige Arzneimittel für gesetzlich Versicherte grundsätzlich elektronisch verordnen. Das Rezept wird auf einem zentralen Server der Telematikinfrastruktur gespeichert. Zum Einlösen gibt es drei Wege: die elektronische Gesundheitskarte in das Kartenterminal der Apotheke stecken, den Rezeptcode in der E-Rezept-App vorzeigen oder einen Papierausdruck mit dem Code vorlegen. Ein E-Rezept für Kassenpatienten ist in der Regel 28 Tage gültig; danach kann es noch bis zu drei Monate als Privatrezept eingelöst werden. Betäubungsmittel und T-Rezepte werden derzeit noch auf Papier ausgestellt.",
    },
]
