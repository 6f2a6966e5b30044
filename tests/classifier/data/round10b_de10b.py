# ruff: noqa: RUF001  (names spelled as people do: a Turkish dotless i; en dashes in opening times)
"""Round 10b (de10b): hand-written German development texts, written blind before measuring.

Clean business traffic (no personal data) that must stay at or below INTERNAL, plus
look-alike controls carrying real (invented) personal data in the corpus markup
``⟦TYPE|value⟧``. IDs are checksum-valid, built with ``classifier.devcorpus.ids``.
"""

TEXTS = [
    # --- clean: support tickets ---
    {
        "language": "de",
        "kind": "support",
        "text": "Hallo Support-Team, seit dem Update auf Version 4.2 lässt sich der Export nach Excel nicht mehr starten. Die Fehlermeldung lautet „Zugriff verweigert“. Können Sie das bitte prüfen? Viele Grüße aus der Buchhaltung",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Ticket #48213: Der Drucker im 3. OG (Raum 3.14) zieht das Papier schräg ein. Bitte einen Techniker schicken, die Wartungsfirma hat den Vertrag bis Ende Juni verlängert.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Guten Tag, unsere Filiale in der Goethestraße meldet, dass das Kassensystem nach dem Neustart keine EC-Karten mehr annimmt. Betroffen sind alle drei Terminals. Bitte um Rückruf an die Filialleitung.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Die Anmeldung über Single Sign-on schlägt für alle Nutzer der Abteilung Einkauf fehl. Laut Log liegt es am abgelaufenen Zertifikat des Identitätsanbieters. Priorität: hoch.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Sehr geehrte Damen und Herren, die bestellte Ware (Auftrag 2024-11873) kam beschädigt an. Der Karton war aufgerissen, zwei Gläser sind zerbrochen. Wir bitten um Ersatzlieferung oder Gutschrift.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Grüezi mitenand, bei der Velowerkstatt am Bahnhofquai funktioniert das Buchungsportal seit gestern Abend nicht. Die Kundschaft kann keine Termine für den Veloservice reservieren. Merci für eine rasche Rückmeldung.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Servus, die Jause-App stürzt beim Bezahlen mit Apple Pay ab, wenn der Warenkorb mehr als zehn Artikel enthält. Reproduzierbar auf iOS 17. Bitte ans Entwicklerteam weiterleiten, danke!",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Rückfrage zur Rechnung: Auf der Monatsrechnung für November ist die Position „Premium-Hosting“ doppelt aufgeführt. Bitte korrigieren und eine neue Rechnung an die Kreditorenbuchhaltung senden.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Hinweis an die Hotline: Viele Anrufer fragen derzeit nach dem Zusatztarif Zahnschutz Plus der Krankenkasse. Bitte auf die FAQ-Seite verweisen, die Konditionen gelten ab 1. Januar für alle Neukunden.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Die Schnittstelle zum Apothekenwarenwirtschaftssystem liefert seit heute Morgen Timeouts. Die Apotheken können keine Bestellungen beim Großhandel mehr auslösen. Bitte dringend prüfen.",
    },
    # --- clean: HR notes (generic, no individuals) ---
    {
        "language": "de",
        "kind": "hr",
        "text": "Liebe Kolleginnen und Kollegen, ab 1. März gilt die neue Betriebsvereinbarung zur mobilen Arbeit. Jede Mitarbeiterin und jeder Mitarbeiter kann bis zu drei Tage pro Woche im Homeoffice arbeiten. Details finden Sie im Intranet.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Erinnerung: Die jährliche Unterweisung zum Arbeitsschutz und zur Ersten Hilfe ist bis 31. Mai abzuschließen. Der Betriebsarzt bietet zusätzlich Grippeschutzimpfungen für alle Beschäftigten an.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Der Betriebsrat informiert: Die Tarifverhandlungen zwischen ver.di und dem Arbeitgeberverband wurden in der dritten Runde fortgesetzt. Das nächste Treffen ist für den 14. Februar angesetzt.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Neue Regelung zur Elternzeit: Anträge sind spätestens sieben Wochen vor Beginn bei der Personalabteilung einzureichen. Das Formular steht im Mitarbeiterportal unter „Formulare & Anträge“ zur Verfügung.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Im Rahmen des betrieblichen Gesundheitsmanagements bieten wir ab April Rückenkurse und eine Sprechstunde zur Suchtprävention an. Die Teilnahme ist freiwillig und findet während der Arbeitszeit statt.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Die Schwerbehindertenvertretung lädt alle Beschäftigten zur jährlichen Versammlung am 22. Oktober in die Kantine ein. Themen: barrierefreie Arbeitsplätze und das neue Inklusionsbudget.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Hinweis der Personalabteilung: Krankmeldungen sind ab dem ersten Tag über das Portal einzureichen; die elektronische Arbeitsunfähigkeitsbescheinigung wird direkt bei der Krankenkasse abgerufen.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Die IG Metall und der Arbeitgeberverband Gesamtmetall haben sich auf einen Tarifabschluss geeinigt: 5,2 Prozent mehr Lohn ab Juni, eine Inflationsausgleichsprämie und eine Laufzeit von 24 Monaten.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Unsere Kita „Arche Noah“ in evangelischer Trägerschaft hat noch freie Plätze für Kinder ab einem Jahr. Betriebsangehörige werden bei der Vergabe bevorzugt berücksichtigt. Anmeldung bis Ende April.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Zum Thema Mutterschutz: Der Arbeitgeber ist verpflichtet, eine Gefährdungsbeurteilung für jeden Arbeitsplatz vorzunehmen. Die Vorlage der Fachkraft für Arbeitssicherheit liegt im Teamordner.",
    },
    # --- clean: marketing, product, events ---
    {
        "language": "de",
        "kind": "marketing",
        "text": "Jetzt neu: Unser Bio-Apfelsaft aus Streuobstwiesen am Bodensee – naturtrüb, ohne Zuckerzusatz, in der praktischen 1-Liter-Glasflasche. Ab sofort in allen Filialen erhältlich!",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Sommerfest im Schlosspark Schönbrunn-Nord: Live-Musik, Kinderschminken und Flammkuchen aus dem Holzofen. Samstag, 13. Juli, ab 15 Uhr. Eintritt frei, Spenden gehen an die Tafel.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Die AOK bietet Versicherten ein Bonusprogramm für Vorsorgeuntersuchungen, Sportabzeichen und Zahnreinigung. Wer mitmacht, erhält bis zu 150 Euro im Jahr. Mehr Infos in der App.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Weihnachtsmarkt an der Frauenkirche: Vom 27. November bis 23. Dezember laden über 200 Stände zu Glühwein, Stollen und Kunsthandwerk ein. Täglich von 10 bis 21 Uhr geöffnet.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Zum Jubiläum der Müller-Bäckerei: Jede Brezel für nur 50 Cent! Gültig in allen Filialen der Müllerbrot GmbH in Stuttgart und Umgebung, solange der Vorrat reicht.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Neues Rezept: Linsensuppe nach Omas Art, vegan und glutenfrei, reich an Eisen und Ballaststoffen. Perfekt für kalte Wintertage. Zutaten gibt es im Bioladen um die Ecke.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Das Gesundheitszentrum am Marienplatz erweitert sein Angebot: Physiotherapie, Ernährungsberatung und ein Kurs zur Diabetesprävention. Termine ab sofort online buchbar.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Besuchen Sie unseren Stand auf der Messe „Pflege & Reha 2025“ in Halle 4! Wir zeigen die neuesten elektrischen Rollstühle, Treppenlifte und Pflegebetten. Fachvorträge täglich um 11 Uhr.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Fahrradtour für Familien entlang der Donau: 45 Kilometer von Krems nach Melk, mit Mittagsrast beim Heurigen. Leihräder und E-Bikes stehen bereit. Anmeldung beim Tourismusverband Wachau.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Die Katholische Akademie lädt zum Vortragsabend „Glaube und Vernunft im 21. Jahrhundert“ ein. Im Anschluss Podiumsdiskussion mit Vertretern aus Wissenschaft und Kirche. Eintritt 8 Euro.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Frisch eingetroffen in unserer Apotheke: Sonnencreme LSF 50 für Kinder, Mückenschutz und Reiseapotheken-Sets. Öffnungszeiten: Mo–Fr 8 bis 18:30 Uhr, Sa 9 bis 13 Uhr. Notdienst siehe Aushang.",
    },
    {
        "language": "de",
        "kind": "marketing",
        "text": "Jobmesse im Rathaus Zürich-Oerlikon: Über 40 Firmen aus Gastronomie, Pflege und Informatik stellen sich vor. Bewerbungsunterlagen bitte mitbringen. Donnerstag, 9 bis 16 Uhr.",
    },
    # --- clean: job ads ---
    {
        "language": "de",
        "kind": "hr",
        "text": "Wir suchen zum nächstmöglichen Zeitpunkt eine Pflegefachkraft (m/w/d) für unsere geriatrische Station in Vollzeit oder Teilzeit. Wir bieten Vergütung nach TVöD-P, betriebliche Altersvorsorge und ein Jobticket.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Stellenanzeige: Sachbearbeiter/in Lohnbuchhaltung (m/w/d), unbefristet, 38,5 Stunden. Voraussetzungen: abgeschlossene kaufmännische Ausbildung, sichere Kenntnisse in DATEV. Schwerbehinderte Bewerber werden bei gleicher Eignung bevorzugt.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Die Caritas sucht für ihre Sozialstation in Graz einen Diplomierten Gesundheits- und Krankenpfleger (w/m/d). Mindestgehalt laut Kollektivvertrag 3.150 Euro brutto, Überzahlung je nach Qualifikation möglich.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Für unser Team in Basel suchen wir eine/n Lernende/n Kauffrau/Kaufmann EFZ. Du bist motiviert, zuverlässig und hast Freude am Umgang mit Zahlen? Dann freuen wir uns auf deine Bewerbung.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Gesucht: Gewerkschaftssekretär/in (m/w/d) für den Bezirk Nordrhein. Aufgaben: Betreuung von Betriebsräten, Begleitung von Tarifrunden und Mitgliederwerbung. Führerschein Klasse B erforderlich.",
    },
    # --- clean: internal mails and minutes ---
    {
        "language": "de",
        "kind": "docs",
        "text": "Protokoll der Teamsitzung vom 5. Juni: 1. Budget Q3 wurde freigegeben. 2. Das Projekt Kundenportal verschiebt sich um zwei Wochen. 3. Nächstes Treffen am 19. Juni, 10 Uhr, Besprechungsraum Alpen.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Hallo zusammen, bitte denkt daran, eure Reisekostenabrechnungen bis Freitag einzureichen. Belege als PDF an die Buchhaltung, Originale in den Briefkasten vor Raum 2.07. Danke!",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Ergebnisprotokoll Lenkungskreis: Die Migration auf das neue ERP-System wird auf das zweite Quartal verschoben. Risiko: Abhängigkeit vom Dienstleister. Maßnahme: wöchentlicher Statusbericht an die Geschäftsführung.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Kurze Info: Die Kantine bleibt wegen Umbauarbeiten vom 12. bis 16. August geschlossen. Als Ersatz gibt es einen Foodtruck auf dem Parkplatz Süd. Vegetarische und halal Gerichte sind im Angebot.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Liebe Mitglieder der Projektgruppe, anbei die überarbeitete Präsentation für den Vorstand. Frau Vorsitzende hat um eine Kurzfassung auf zwei Folien gebeten. Rückmeldungen bitte bis Mittwoch.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Protokoll der Elternbeiratssitzung: Der Förderverein finanziert neue Spielgeräte für den Schulhof. Die Schulleitung informiert über den Ganztag und die Hausaufgabenbetreuung. Die Sprechstunde des Schulpsychologen bleibt dienstags.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Notiz für das Leitungsteam: Die Zahl der Krankheitstage ist im Winterhalbjahr um 12 Prozent gestiegen, vor allem wegen Atemwegsinfekten. Vorschlag: Luftreiniger in den Großraumbüros und mehr Homeoffice-Tage.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Wir treffen uns am Donnerstag im Café am Heinrich-Heine-Platz zur Planung der Weihnachtsfeier. Bitte bringt Vorschläge für Location und Budget mit. Der Herr Geschäftsführer hat 40 Euro pro Kopf genehmigt.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Besprechungsnotiz: Der Kunde wünscht für die Pressemitteilung ein Zitat des Vorstandsvorsitzenden. Rechtsabteilung prüft die Freigabe. Versand an die Redaktionen am Montag um 9 Uhr.",
    },
    # --- clean: public-sector letters, Amtsdeutsch ---
    {
        "language": "de",
        "kind": "docs",
        "text": "Sehr geehrte Damen und Herren, gemäß § 15 der Gebührensatzung wird die Abwassergebühr zum 1. Januar auf 2,85 Euro je Kubikmeter angepasst. Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch eingelegt werden.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Bekanntmachung des Ordnungsamtes: Aufgrund der Straßenbauarbeiten in der Bismarckstraße ist die Durchfahrt vom 3. bis 28. März gesperrt. Die Umleitung erfolgt über die Kaiser-Wilhelm-Allee.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Die Kraftfahrzeugzulassungsbehörde weist darauf hin, dass Anträge auf Wunschkennzeichen ausschließlich online gestellt werden können. Die Verwaltungsgebühr beträgt 12,80 Euro zuzüglich Kennzeichenreservierungsentgelt.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Allgemeinverfügung zur Tierseuchenbekämpfung: Im Sperrbezirk gilt ab sofort eine Aufstallungspflicht für Geflügel. Zuwiderhandlungen stellen eine Ordnungswidrigkeit dar und können mit Bußgeld geahndet werden.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Das Gesundheitsamt informiert: Die Schuleingangsuntersuchungen für den Jahrgang 2025 beginnen im Oktober. Eltern erhalten die Einladung per Post. Bitte das gelbe Kinderuntersuchungsheft und den Impfpass mitbringen.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Sehr geehrte Bürgerinnen und Bürger, das Standesamt ist wegen einer Personalversammlung am Dienstag ganztägig geschlossen. Eheschließungen finden wie geplant statt. Wir bitten um Ihr Verständnis.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Merkblatt zum Grundsteuerreformgesetz: Eigentümerinnen und Eigentümer von Grundbesitz sind verpflichtet, eine Erklärung zur Feststellung des Grundsteuerwerts abzugeben. Die Frist endet am 31. Januar.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Die Bezirkshauptmannschaft Innsbruck-Land teilt mit: Die Förderung für Heizkesseltausch wird verlängert. Ansuchen sind bis 30. Juni beim Amt der Tiroler Landesregierung einzubringen.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Verfügung der Gemeindeverwaltung Köniz: Die Benützung der Turnhalle durch Vereine ist während der Sanierung bis auf Weiteres eingestellt. Ersatzlokalitäten werden vom Sportamt zugeteilt.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Im Rahmen der Arbeitslosenversicherung erinnert das RAV daran, dass die Nachweise der persönlichen Arbeitsbemühungen jeweils bis zum fünften Tag des Folgemonats einzureichen sind.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Das Landratsamt gibt bekannt: Die Blutspendeaktion des Deutschen Roten Kreuzes findet am 8. Mai in der Stadthalle statt. Spenden kann jeder gesunde Erwachsene zwischen 18 und 68 Jahren.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Öffnungszeiten über die Feiertage: Die Notfallpraxis am Klinikum ist an Heiligabend und Silvester von 8 bis 22 Uhr geöffnet. Der ärztliche Bereitschaftsdienst ist unter der 116 117 erreichbar.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Der Pfarrgemeinderat St. Josef lädt zum Pfarrfest mit Gottesdienst im Freien, Frühschoppen und Tombola ein. Der Erlös kommt dem Kindergarten der Pfarrei zugute.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Die Evangelische Landeskirche veröffentlicht die Kirchensteuerhebesätze für das kommende Jahr. Der Satz bleibt in Bayern bei 8 Prozent, in den übrigen Ländern bei 9 Prozent der Lohnsteuer.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Pressemitteilung: Die Deutsche Rentenversicherung erhöht den Zuschuss für Rehabilitationsmaßnahmen. Anträge auf medizinische Reha können weiterhin über den Hausarzt gestellt werden.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Die Barmer senkt den Zusatzbeitrag nicht. Versicherte mit Vorerkrankungen, chronisch Kranke und Pflegebedürftige behalten ihre Leistungen. Das Sonderkündigungsrecht gilt bis Ende des Monats.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Die Synagogengemeinde und die Moscheegemeinde laden gemeinsam zum Tag der offenen Tür ein. Führungen durch beide Gotteshäuser finden stündlich statt, Anmeldung nicht erforderlich.",
    },
    # --- controls: real personal data ---
    {
        "language": "de",
        "kind": "hr",
        "text": "Krankmeldung: ⟦PERSON|Jürgen Haberkorn⟧ fällt nach seiner ⟦HEALTH_DATA|Bandscheibenoperation⟧ voraussichtlich sechs Wochen aus. Bitte Vertretung für die Schichtplanung organisieren.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Frau ⟦PERSON|Sabine Wendtland⟧ hat uns mitgeteilt, dass sie ⟦HEALTH_DATA|schwanger⟧ ist. Die Gefährdungsbeurteilung für ihren Arbeitsplatz im Labor muss bis Freitag aktualisiert werden.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Gehaltsabrechnung: Bitte die Überweisung für ⟦PERSON|Tobias Kraemer⟧ auf das neue Konto ⟦IBAN_CODE|DE49 5251 7760 5219 3740 10⟧ umstellen. Steuer-ID ⟦DE_TAX_ID|97088615436⟧.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Herr ⟦PERSON|Mehmet Yıldırım⟧ ist seit März ⟦TRADE_UNION_MEMBERSHIP|Mitglied der IG Metall⟧ und hat beantragt, den Gewerkschaftsbeitrag direkt vom Lohn abzuziehen.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Kundin ⟦PERSON|Gisela Brandauer⟧, geboren am ⟦DATE_OF_BIRTH|14.07.1958⟧, bittet um Rückruf unter ⟦PHONE_NUMBER|+43 664 381 2297⟧ wegen ihrer Versicherungspolizze.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Sehr geehrter Herr ⟦PERSON|Reto Zürcher⟧, Ihre Sozialversicherungsnummer ⟦AT_SVNR|3432120384⟧ wurde im System hinterlegt. Bitte bestätigen Sie Ihre Anschrift ⟦STREET_ADDRESS|Lindengasse 12, 1070 Wien⟧.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Notiz zum Wiedereingliederungsgespräch: ⟦PERSON|Kerstin Vogelsang⟧ leidet an ⟦HEALTH_DATA|Depressionen⟧ und nimmt derzeit ⟦HEALTH_DATA|Sertralin⟧. Stufenweise Rückkehr mit vier Stunden täglich vereinbart.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Bewerbung von ⟦PERSON|Anja Reinholz⟧: Sie hat einen ⟦HEALTH_DATA|Grad der Behinderung von 50⟧ angegeben. Bitte die Schwerbehindertenvertretung zum Vorstellungsgespräch einladen.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Der Antragsteller ⟦PERSON|Dariusz Nowicki⟧ ist laut Führungszeugnis ⟦CRIMINAL_RECORD|wegen Betrugs vorbestraft⟧. Eine Einstellung im Kassenbereich kommt daher nicht in Betracht.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Bitte die Karte ⟦CREDIT_CARD|5373 0270 7362 0370⟧ von ⟦PERSON|Holger Stiegelmeier⟧ sperren, er hat sie gestern verloren. Rückruf an ⟦EMAIL_ADDRESS|h.stiegelmeier@posteo.de⟧.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Vertraulich: ⟦PERSON|Lukas Hinterberger⟧ hat mitgeteilt, dass er ⟦SEX_LIFE_ORIENTATION|schwul⟧ ist und seinen Partner zur Betriebsfeier mitbringen möchte.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Frau ⟦PERSON|Aylin Demirci⟧ bittet als ⟦RELIGIOUS_BELIEF|gläubige Muslimin⟧ um einen Raum für das Freitagsgebet und um Anpassung der Pausenzeiten im Ramadan.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Ausweiskontrolle: ⟦PERSON|Friederike Oltmanns⟧, Personalausweis-Nr. ⟦DE_ID_CARD|RLMGM4P1P9⟧, wohnhaft ⟦STREET_ADDRESS|Am Wehrhahn 41, 40211 Düsseldorf⟧.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Der Patient ⟦PERSON|Bernd Uhlenbrock⟧ hat ⟦HEALTH_DATA|Typ-2-Diabetes⟧ und braucht für die Reise eine Bescheinigung über sein ⟦HEALTH_DATA|Insulin⟧. Bitte an ⟦EMAIL_ADDRESS|b.uhlenbrock@web.de⟧ senden.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Gesprächsnotiz: ⟦PERSON|Martina Kessler⟧ engagiert sich als ⟦POLITICAL_OPINION|Mitglied der Grünen⟧ im Gemeinderat und bittet um Freistellung für die Sitzungen.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Grüezi, ich bin ⟦PERSON|Urs Baumgartner⟧ und möchte meine Adresse ändern auf ⟦STREET_ADDRESS|Seefeldstrasse 88, 8008 Zürich⟧. Meine Nummer: ⟦PHONE_NUMBER|+41 79 412 55 03⟧.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Unfallmeldung: ⟦PERSON|Stefan Rauscher⟧ hat sich beim Entladen ⟦HEALTH_DATA|das Handgelenk gebrochen⟧ und ist bis auf Weiteres ⟦HEALTH_DATA|krankgeschrieben⟧.",
    },
    {
        "language": "de",
        "kind": "docs",
        "text": "Überweisung von ⟦PERSON|Claudia Pfeiffer-Lenz⟧ erhalten, IBAN ⟦IBAN_CODE|CH46 0219 8890 7300 3346 5⟧. Die Spendenquittung geht an ⟦STREET_ADDRESS|Rosenweg 3, 3007 Bern⟧.",
    },
    {
        "language": "de",
        "kind": "hr",
        "text": "Frau ⟦PERSON|Petra Lindqvist⟧ nimmt ab Montag an einer ⟦HEALTH_DATA|Entzugstherapie⟧ teil; bitte ihre Termine für die nächsten vier Wochen absagen.",
    },
    {
        "language": "de",
        "kind": "support",
        "text": "Rückruf erbeten: ⟦PERSON|Walter Obermaier⟧, Tel. ⟦PHONE_NUMBER|0171 2836490⟧, Steuer-ID ⟦DE_TAX_ID|20469018750⟧, wegen der Einkommensteuererklärung.",
    },
]
