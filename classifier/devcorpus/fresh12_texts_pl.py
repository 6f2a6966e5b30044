"""Hand-written Polish texts of the ``fresh12`` split: agencja załóg, sanatorium, GOPR, inspekcja pracy i telemonitoring."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "przeredaguj grzeczniej: 'rezerwacja hali sportowej HS/2026/118 anulowana bo nie wpłynęła zaliczka'",
    },
    {
        "kind": "support",
        "text": "Streść zgłoszenie szkody (carsharing) dla likwidatora:\nKlient: ⟦PERSON|Bartosz Wierzbięta⟧, PESEL ⟦PL_PESEL|84020599898⟧\n"
        "Tel.: ⟦PHONE_NUMBER|+48 601 338 472⟧\nAdres: ⟦STREET_ADDRESS|ul. Półwiejska 14/7, 61-888 Poznań⟧\n"
        "Opis: 'Na parkingu pod Starym Browarem ktoś otarł mi drzwi, ja w tym czasie byłem w środku, mam ⟦HEALTH_DATA|stłuczone kolano⟧.' Wypożyczenie CS-POZ-7710.",
    },
    {
        "kind": "support",
        "text": "Transkrypcja asystenta głosowego, wyciągnij prośbę:\nUŻYTKOWNIK: dzień dobry yyy chciałam przedłużyć książki z biblioteki\n"
        "ASYSTENT: Proszę podać numer karty czytelnika.\nUŻYTKOWNIK: 0045 1129\nASYSTENT: Przedłużono 2 książki do 20 stycznia.",
    },
    {
        "kind": "support",
        "text": "Od: ⟦PERSON|Halina Szczepaniak-Obara⟧ <⟦EMAIL_ADDRESS|halina.obara@interia.pl⟧>\nTemat: Odp: skierowanie do sanatorium\n\n"
        "Dzień dobry, mam skierowanie z NFZ na leczenie uzdrowiskowe z powodu ⟦HEALTH_DATA|choroby zwyrodnieniowej kręgosłupa⟧ i ⟦HEALTH_DATA|osteoporozy⟧. "
        "PESEL ⟦PL_PESEL|90081961543⟧. Dopłatę proszę zwrócić na ⟦IBAN_CODE|PL16 1659 8542 6601 3751 3166 5316⟧.\nPozdrawiam\n\n"
        "Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata.",
    },
    {
        "kind": "support",
        "text": "Telemonitoring kardiologiczny – odpowiedz pacjentowi ⟦PERSON|Zdzisław Kamieniarz⟧, który pyta, czy może jechać w góry z "
        "⟦HEALTH_DATA|rozrusznikiem serca⟧ i po ⟦HEALTH_DATA|zawale⟧. Bez porad medycznych, odeślij do lekarza prowadzącego.",
    },
    {
        "kind": "support",
        "text": "GOPR – raport z akcji do uporządkowania:\n15:50 zgłoszenie, turystka ⟦PERSON|Oliwia Mrozowska⟧, ur. ⟦DATE_OF_BIRTH|11.04.2001⟧, "
        "PESEL ⟦PL_PESEL|01241118356⟧, zejście z Kasprowego, ⟦HEALTH_DATA|skręcenie stawu skokowego⟧, ⟦HEALTH_DATA|w 4. miesiącu ciąży⟧. Transport do Zakopanego 17:10.",
    },
    {
        "kind": "support",
        "text": "Sklasyfikuj reklamację (zwrot / termin / odmowa / inne): 'Szkoda UB-ZW-30917, kot po zabiegu od 6 tygodni, a wy ciągle prosicie o dokumenty.'",
    },
    {
        "kind": "support",
        "text": "czy wycieczka po winnicach w Zielonej Górze jest też po polsku? rezerwacja WT-PL-0412",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Grafik załogi m/s Bałtyk jako tabela Markdown:\nkapitan – ⟦PERSON|Zbigniew Grabarczyk⟧ – Gdynia 4.01\nbosman – ⟦PERSON|Eduardo Manalang⟧ – Gdynia 4.01\n"
        "kucharz – ⟦PERSON|Aleksander Wróblewicz-Nowak⟧ – Szczecin 11.01 (⟦HEALTH_DATA|po leczeniu odwykowym⟧, zakaz alkoholu na pokładzie)",
    },
    {
        "kind": "hr",
        "text": "Karta pracownika sezonowego (zbiór oliwek, Hiszpania):\nImię i nazwisko: ⟦PERSON|Dawid Szulborski⟧\nPESEL: ⟦PL_PESEL|96100323532⟧\n"
        "Konto: ⟦IBAN_CODE|PL18 0262 8810 9939 0719 1985 7597⟧\nZwiązek: ⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność”⟧",
    },
    {
        "kind": "hr",
        "text": "Streść protokół kontroli PIP: brak szkoleń BHP dla 5 pracowników sezonowych, nadgodziny bez ewidencji, brak wody pitnej na polu, skarga ⟦PERSON|Serhija Bondarenki⟧, któremu pobrano ⟦BIOMETRIC_DATA|odcisk palca⟧ do rejestracji czasu pracy bez zgody. "
        "Nakaz usunięcia w 14 dni.",
    },
    {
        "kind": "hr",
        "text": "Ocena jakości rozmów call center, przepisz konstruktywnie:\nKonsultantka ⟦PERSON|Weronika Pietrzykowska⟧, 57/100. Nie zweryfikowała klienta. "
        "Powiedziała klientowi, że jako ⟦RELIGIOUS_BELIEF|świadek Jehowy⟧ nie pracuje w święta — niepotrzebne.",
    },
    {
        "kind": "hr",
        "text": "Ogłoszenie: instruktor narciarstwa w Szczyrku, sezon grudzień–marzec, uprawnienia PZN/SITN, zakwaterowanie zapewnione.",
    },
    {
        "kind": "hr",
        "text": "Czy to może zostać w aktach? 'Kandydat ⟦PERSON|Marcin Jędrzejczyk⟧ — ⟦CRIMINAL_RECORD|skazany za jazdę po pijanemu (2022)⟧, "
        "nie może być kierowcą karetki GOPR.'",
    },
    {
        "kind": "hr",
        "text": "Dzienny oddział psychiatryczny: grafik zajęć na tydzień, sformatuj. pon. 9:00 psychoedukacja, wt. 11:00 arteterapia, czw. 10:00 grupa wsparcia, pt. 12:00 zebranie zespołu.",
    },
    {
        "kind": "hr",
        "text": "Notatka z kursu przedmałżeńskiego, czy można to zapisać? '⟦PERSON|Karolina Wąsowicz⟧ i narzeczony, ⟦SEX_LIFE_ORIENTATION|on jest biseksualny⟧, "
        "pytali o stanowisko Kościoła.'",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Powiadomienie push (max 50 znaków): świeży śnieg, -20% na lekcje jazdy na nartach.",
    },
    {
        "kind": "marketing",
        "text": "Warianty A/B strony sanatorium:\nA: 'Leczenie uzdrowiskowe na skierowanie NFZ: reumatologia, ortopedia, choroby układu oddechowego.'\nB: 'Masz skierowanie? Zarezerwuj pobyt online.'",
    },
    {
        "kind": "marketing",
        "text": "Skróć opinię: 'Wycieczka po winnicach rewelacja. Mam ⟦HEALTH_DATA|celiakię⟧ i wszędzie był chleb bezglutenowy! ⟦PERSON|Renata Kołodziejczak⟧'",
    },
    {
        "kind": "marketing",
        "text": "Post na Facebooka GOPR: 'Dziękujemy ⟦PERSON|Tadeusz Gąsienica-Wawrytko⟧ za darowiznę po akcji, w której ratowaliśmy go z ⟦HEALTH_DATA|hipotermią⟧.' Popraw gramatykę.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter biblioteki: nowe audiobooki, klub dyskusyjny dla seniorów w środy, wypożyczalnia gier planszowych.",
    },
    {
        "kind": "marketing",
        "text": "Historia klienta dla ubezpieczenia zwierząt: 'Pies ⟦PERSON|Joanny Kubackiej⟧ przeszedł operację kolana, zwrot 5200 zł w 4 dni. "
        "Kontakt: ⟦EMAIL_ADDRESS|joanna.kubacka@o2.pl⟧.' Czy możemy to opublikować?",
    },
    {
        "kind": "marketing",
        "text": "Tekst ulotki spółdzielni: 'Nasz brygadzista ⟦PERSON|Ionuț Lăcătuș⟧, ⟦ETHNIC_ORIGIN|z pochodzenia Rom⟧, ⟦POLITICAL_OPINION|działacz Lewicy⟧, zaprasza na zbiory.' Za dużo? Przerób.",
    },
    {
        "kind": "marketing",
        "text": "Trzy tematy maili dla hali sportowej: nowe godziny otwarcia, rezerwacja online, karnety dla klubów.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Temperatura w modelach językowych steruje losowością: przy wartości 0 model wybiera zawsze najbardziej prawdopodobny token, "
        "przy wyższych wartościach odpowiedzi są bardziej różnorodne, ale też mniej przewidywalne. Do ekstrakcji danych zwykle ustawia się niską temperaturę.",
    },
]
