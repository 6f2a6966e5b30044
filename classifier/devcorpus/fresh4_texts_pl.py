"""Hand-written ``fresh4`` texts in Polish (see ``generate.py``); spans marked as ``⟦ENTITY_TYPE|value⟧``."""

TEXTS = [
    # -- support ----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Dzień dobry, na fakturze nr FV/2025/10/8813 naliczono opłatę za moc umowną dwa razy. Mój PESEL: "
        "⟦PL_PESEL|92070848541⟧. Pozdrawiam, ⟦PERSON|Agnieszka Wróblewska⟧",
    },
    {
        "kind": "support",
        "text": "Biuro rzeczy znalezionych MPK: zgubiłem plecak w tramwaju 18, w środku glukometr, bo choruję na "
        "⟦HEALTH_DATA|cukrzycę⟧. Telefon: ⟦PHONE_NUMBER|+48 601 234 118⟧.",
    },
    {"kind": "support", "text": "Czy biblioteka wypożycza audiobooki na pendrive?"},
    {
        "kind": "support",
        "text": "Weryfikacja KYC: adres ⟦STREET_ADDRESS|ul. Nowogrodzka 12 m. 9, 00-514 Warszawa⟧, "
        "rachunek ⟦IBAN_CODE|PL16 4118 9376 0149 1513 7019 3227⟧. Selfie nie przechodzi.",
    },
    {
        "kind": "support",
        "text": "Zamówienie 2025/11/004471 nadal nie zostało wysłane, sprzedawca nie odpowiada od tygodnia. "
        "Płaciłem kartą ⟦CREDIT_CARD|3704 274875 88417⟧.",
    },
    {"kind": "support", "text": "Dziękuję, wszystko działa."},
    {
        "kind": "support",
        "text": "Zgłaszam profil 'kuba_xx': pisze obraźliwie o mojej partnerce i o tym, że jestem "
        "⟦SEX_LIFE_ORIENTATION|lesbijką⟧. ⟦EMAIL_ADDRESS|ola.zielinska@wp.pl⟧",
    },
    {
        "kind": "support",
        "text": "Urząd miasta: czy wniosek o dowód osobisty można złożyć przez ePUAP, czy trzeba przyjść osobiście? "
        "Chodzi o córkę, PESEL ⟦PL_PESEL|03251908088⟧.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Dział kadr szpitala – zwolnienie lekarskie ⟦PERSON|Ewy Nowickiej⟧ (pielęgniarka) do 30.11 z powodu "
        "⟦HEALTH_DATA|zapalenia płuc⟧. Proszę zmienić grafik dyżurów.",
    },
    {"kind": "hr", "text": "Przypominamy o szkoleniu BHP w czwartek o 8:00, sala 104."},
    {
        "kind": "hr",
        "text": "Protokół: ⟦PERSON|Radosław Pietrzyk⟧, przewodniczący zakładowej ⟦TRADE_UNION_MEMBERSHIP|Solidarności⟧, "
        "wnosi o udostępnienie regulaminu premiowania.",
    },
    {
        "kind": "hr",
        "text": "Oferta pracy: mechanik samochodowy, Poznań, umowa o pracę, premie kwartalne.",
    },
    {
        "kind": "hr",
        "text": "Dane pracownika domu opieki\nImię i nazwisko: ⟦PERSON|Stanisław Kaczmarek⟧\nPESEL: "
        "⟦PL_PESEL|58013004751⟧\nData urodzenia: ⟦DATE_OF_BIRTH|30.01.1958⟧\nUwagi: ⟦RELIGIOUS_BELIEF|katolik⟧, prosi "
        "o wolne w Boże Ciało.",
    },
    {
        "kind": "hr",
        "text": "Kandydatka ⟦PERSON|Natalia Dudek⟧ przedstawiła zaświadczenie o niekaralności, ale w KRK figuruje "
        "⟦CRIMINAL_RECORD|wyrok za jazdę po alkoholu⟧ – do decyzji dyrektora.",
    },
    {"kind": "hr", "text": "Wigilia firmowa 19 grudnia o 17:00 w restauracji na Starym Mieście."},
    {
        "kind": "hr",
        "text": "Pani ⟦PERSON|Magda⟧ prosi, by nie wpisywać jej na dyżury w czasie wyborów – jest członkinią "
        "⟦POLITICAL_OPINION|Konfederacji⟧ i pracuje w komisji.",
    },
    {
        "kind": "hr",
        "text": "Lista obecności – szkolenie opiekunów w żłobku\nLp.;Imię i nazwisko;PESEL;Uwagi\n1;⟦PERSON|Karolina "
        "Zając⟧;⟦PL_PESEL|95032708882⟧;\n2;⟦PERSON|Beata Wójcik⟧;⟦PL_PESEL|99100483026⟧;⟦HEALTH_DATA|w ciąży⟧, bez "
        "dźwigania\n3;⟦PERSON|Paweł Zagórski⟧;⟦PL_PESEL|83081560294⟧;",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Prąd w stałej cenie przez 2 lata – bez opłat za aktywację. Oferta ważna do końca stycznia.",
    },
    {
        "kind": "marketing",
        "text": "Targi Poznańskie, pawilon 5, stoisko 12: pokazy nowych paneli fotowoltaicznych.",
    },
    {
        "kind": "marketing",
        "text": "„Wesele jak z bajki!” – dziękują ⟦PERSON|Kasia⟧ i ⟦PERSON|Michał⟧. Zorganizujemy także Twój ślub.",
    },
    {
        "kind": "marketing",
        "text": "Mieszkanie 2-pokojowe na Mokotowie, 48 m², balkon, blisko metra. Bez prowizji. Kontakt: "
        "⟦PERSON|Marcin Górski⟧, ⟦PHONE_NUMBER|502 118 664⟧.",
    },
    {
        "kind": "marketing",
        "text": "Dom seniora Złota Jesień: rehabilitacja, opieka pielęgniarska 24/7, zajęcia z terapeutą.",
    },
    {
        "kind": "marketing",
        "text": "Laureatka konkursu: ⟦PERSON|Joanna Lis⟧ z Gdańska. Nagrodę wyślemy na "
        "⟦EMAIL_ADDRESS|joanna.lis@onet.pl⟧.",
    },
    {
        "kind": "marketing",
        "text": "Broker ubezpieczeniowy: OC i AC z ratami bez odsetek. Zadzwoń, porównamy oferty.",
    },
    {
        "kind": "marketing",
        "text": "Nowość w aplikacji randkowej: weryfikacja zdjęć w 30 sekund. Więcej bezpieczeństwa dla wszystkich.",
    },
]
