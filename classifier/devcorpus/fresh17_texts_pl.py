"""Hand-written Polish texts of the ``fresh17`` split: retail, hospitality, media, food and insurance traffic."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Streść zgłoszenie szkody dla likwidatora:\nUbezpieczona ⟦PERSON|Bożena Wierzbicka-Pająk⟧, PESEL ⟦PL_PESEL|93082106766⟧, "
        "polisa OC/AC 4410-KR. Kolizja na parkingu centrum handlowego, ⟦HEALTH_DATA|stłuczenie żeber⟧. "
        "Wypłata na ⟦IBAN_CODE|PL34 0498 5630 8371 8742 1391 2916⟧.",
    },
    {
        "kind": "support",
        "text": "Odpowiedz klientowi: zamówienie 88012-PL (miód wielokwiatowy 3 słoiki) wysłane kurierem InPost. Klientka: ⟦PERSON|Eulalia Przybyszewska⟧.",
    },
    {
        "kind": "support",
        "text": "Wiadomość do pensjonatu w Zakopanem, przygotuj odpowiedź:\n„Dzień dobry, ⟦PERSON|Zdzisław Kolasiński⟧. Po "
        "⟦HEALTH_DATA|endoprotezie biodra⟧ nie wejdę po schodach, czy jest pokój na parterze? Tel. ⟦PHONE_NUMBER|601 482 937⟧”",
    },
    {
        "kind": "support",
        "text": "Zgłoszenie 7720: prenumerata tygodnika nie odnowiła się automatycznie, klient prosi o fakturę.",
    },
    {
        "kind": "support",
        "text": "Czat z infolinią banku, streść:\nklient: ⟦PERSON|Radosław Gąsiorowski⟧, zgubiłem kartę ⟦CREDIT_CARD|3414 550386 26036⟧\n"
        "konsultant: zastrzegamy, proszę PESEL\nklient: ⟦PL_PESEL|87013098271⟧",
    },
    {
        "kind": "support",
        "text": "Przetłumacz na angielski: „Śniadanie serwujemy od 7:00 do 10:30 w sali kominkowej.”",
    },
    {
        "kind": "support",
        "text": "Klient ⟦PERSON|Teodor Wilkoń⟧ (⟦EMAIL_ADDRESS|t.wilkon@onet.pl⟧) pisze, że skrzynka jabłek z sadu przyszła zgnieciona, zamówienie SA-1183. Zaproponuj zwrot.",
    },
    {
        "kind": "support",
        "text": "Sklasyfikuj: „punkty z karty lojalnościowej drogerii nie naliczyły się po zakupach w sobotę”.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Fragment CV do skrócenia, stanowisko kucharza:\n⟦PERSON|Przemysław Żmigrodzki⟧, 7 lat w restauracjach w Gdańsku, "
        "⟦EMAIL_ADDRESS|p.zmigrodzki@wp.pl⟧.",
    },
    {
        "kind": "hr",
        "text": "Notatka z rozmowy, napisz neutralnie:\nMagazynierka ⟦PERSON|Genowefa Ślusarczyk⟧ ma ⟦HEALTH_DATA|orzeczenie o "
        "niepełnosprawności w stopniu umiarkowanym⟧, prosi o krótszy dzień pracy. Jest przewodniczącą "
        "⟦TRADE_UNION_MEMBERSHIP|NSZZ „Solidarność”⟧ w oddziale.",
    },
    {
        "kind": "hr",
        "text": "Ogłoszenie: pracownicy sezonowi do zbioru truskawek pod Grójcem, zakwaterowanie zapewnione.",
    },
    {
        "kind": "hr",
        "text": "Zaświadczenie o niekaralności kandydata na kasjera:\n⟦PERSON|Dariusz Kmieciak⟧\nWynik: ⟦CRIMINAL_RECORD|skazany za "
        "przywłaszczenie mienia, 2017⟧\nDecyzja: rozmowa z kierownikiem.",
    },
    {
        "kind": "hr",
        "text": "Przeredaguj komunikat: wigilia firmowa hotelu 19 grudnia, prosimy o potwierdzenie obecności.",
    },
    {
        "kind": "hr",
        "text": "Notatka kadrowa:\nRedaktorka ⟦PERSON|Jadwiga Orzechowska⟧ jest na ⟦HEALTH_DATA|L4 po operacji tarczycy⟧ do 20.03. "
        "Prosi też o wolne w ⟦RELIGIOUS_BELIEF|prawosławne⟧ święta Bożego Narodzenia, 7 stycznia.",
    },
    {
        "kind": "hr",
        "text": "Ocena roczna recepcjonisty: bardzo dobra obsługa gości, poprawić znajomość niemieckiego. Pracownik: ⟦PERSON|Bogumił Szczepaniak⟧.",
    },
    {
        "kind": "hr",
        "text": "Dane do kadr:\nImię i nazwisko: ⟦PERSON|Wiesław Maćkowiak⟧\nKonto: ⟦IBAN_CODE|PL58 1769 2635 0004 7480 5608 0957⟧\n"
        "Uwagi: członek ⟦POLITICAL_OPINION|Konfederacji⟧ (radny gminy), prosi o urlop na sesje rady.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Post dla spółdzielni mleczarskiej: nowy ser korycinski w sklepach od poniedziałku.",
    },
    {
        "kind": "marketing",
        "text": "Trzy hasła dla ubezpieczenia turystycznego narciarzy, lekko i z humorem.",
    },
    {
        "kind": "marketing",
        "text": "Opinia klientki do skrócenia: „Przy mojej ⟦HEALTH_DATA|cukrzycy ciążowej⟧ dieta pudełkowa bardzo mi pomogła.” – "
        "⟦PERSON|Marzena Kowalczuk⟧, Lublin",
    },
    {
        "kind": "marketing",
        "text": "Komunikat wydawnictwa: reportaż o polskich sadownikach, premiera 12 kwietnia, spotkanie autorskie w Krakowie.",
    },
    {
        "kind": "marketing",
        "text": "Tekst na Instagram: agroturystyka na Kaszubach, kajaki, ognisko, konie.",
    },
    {
        "kind": "marketing",
        "text": "Opis produktu: kurtka przeciwdeszczowa dla dzieci, odblaski, kaptur odpinany.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter winnicy: winobranie 2026, degustacje w każdą sobotę września.",
    },
    {
        "kind": "marketing",
        "text": "Artykuł sponsorowany do korekty: ⟦PERSON|Kamil Ogiński⟧, właściciel sklepu rowerowego, opowiada o życiu z "
        "⟦HEALTH_DATA|cukrzycą typu 1⟧ i o tym, że jest ⟦SEX_LIFE_ORIENTATION|gejem⟧ w małym mieście. Pochodzi z rodziny "
        "⟦ETHNIC_ORIGIN|łemkowskiej⟧.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Tokenizacja dzieli tekst na fragmenty, które model przetwarza. Język polski z bogatą fleksją zwykle zużywa "
        "więcej tokenów na zdanie niż angielski, co wpływa na koszt i długość kontekstu.",
    },
]
