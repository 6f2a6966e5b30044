"""Polish texts of the fresh22 split: DPS, opieka domowa, apteki, gabinety, ubezpieczyciele zdrowotni i kadry szpitala."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Czy w przychodni LuxMed na Puławskiej da się przełożyć wizytę u okulisty przez aplikację?",
    },
    {
        "kind": "support",
        "text": (
            "Streść proszę tę wiadomość po angielsku dla dyrektorki domu opieki:\n\n"
            "Dzień dobry, piszę w sprawie mojego ojca, ⟦PERSON|Bolesława Wierzbickiego⟧ (pokój 7). Od "
            "tygodnia nie dostaje "
            "⟦HEALTH_DATA|leków przeciwzakrzepowych⟧ o stałej porze, a po ⟦HEALTH_DATA|zawale⟧ lekarz mówił, że "
            "to bardzo ważne. Proszę o kontakt: ⟦PHONE_NUMBER|602 417 385⟧.\n"
            "⟦PERSON|Radosław Wierzbicki⟧, PESEL ⟦PL_PESEL|91110279051⟧, ⟦STREET_ADDRESS|ul. Kasztanowa 9/4, "
            "60-123 Poznań⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "[12:10] Pacjent: nie mogę zapłacić za wizytę u stomatologa kartą w aplikacji, błąd 402\n"
            "[12:11] Konsultantka ⟦PERSON|Żaneta⟧: Dzień dobry, proszę spróbować płatności BLIK, karta jest chwilowo "
            "niedostępna.\n"
            "[12:14] Pacjent: BLIK przeszedł, dzięki"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Wniosek o zwrot kosztów - Medicover Ubezpieczenia\n"
            "Ubezpieczona: ⟦PERSON|Grażyna Ptaszyńska-Olowu⟧\n"
            "PESEL: ⟦PL_PESEL|79031464688⟧\n"
            "Świadczenie: ⟦HEALTH_DATA|rezonans magnetyczny kręgosłupa lędźwiowego⟧\n"
            "Kwota: 650 zł\n"
            "Numer konta: ⟦IBAN_CODE|PL49 9588 1223 9330 3935 5682 9198⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Przypisz kategorię (reklamacja, zamówienie, pytanie) do tych zgłoszeń z apteki internetowej:\n"
            "ZAM-77104 - brak dwóch opakowań witaminy D w paczce\n"
            "ZAM-77111 - czy lek na receptę można odebrać w punkcie?\n"
            "ZAM-77120 - proszę o fakturę na firmę"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Dzień dobry, jestem opiekunką pani ⟦PERSON|Heleny Szczygieł⟧. Potrzebujemy transportu sanitarnego na "
            "⟦HEALTH_DATA|dializy⟧ trzy razy w tygodniu z ⟦STREET_ADDRESS|ul. Lipowej 3, 41-200 Sosnowiec⟧. "
            "Kto wystawia zlecenie?"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Glukometr Accu-Chek Instant pokazuje komunikat E-3 przy każdym pomiarze. Numer seryjny 93411207. "
            "Czy przysługuje wymiana gwarancyjna? Zgłasza: ⟦PERSON|Lucjan Borowiec⟧, tel. "
            "⟦PHONE_NUMBER|+48 693 110 284⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            'Proszę przetłumaczyć na polski: "Patient ⟦PERSON|Kacper Mroczek-Adebayo⟧ cancelled his physiotherapy '
            "block after the ⟦HEALTH_DATA|ACL reconstruction⟧; refund the remaining 4 sessions to card "
            '⟦CREDIT_CARD|5205 1876 3042 3215⟧."'
        ),
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": (
            "Kwestionariusz osobowy - Szpital Wojewódzki w Opolu\n"
            "Imię i nazwisko: ⟦PERSON|Celina Dobrowolska-Igwe⟧\n"
            "PESEL: ⟦PL_PESEL|01262740244⟧\n"
            "Adres: ⟦STREET_ADDRESS|ul. Ozimska 48/12, 45-368 Opole⟧\n"
            "Stanowisko: pielęgniarka, dyżury nocne, SOR\n"
            "Szczepienie WZW B: ⟦HEALTH_DATA|brak odporności po 3 dawkach⟧"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Grafik dyżurów na maj jest już w systemie. Prośby o zamianę składamy do oddziałowej najpóźniej do "
            "20 kwietnia."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Notatka ze spotkania z ⟦TRADE_UNION_MEMBERSHIP|OZZPiP⟧: przewodnicząca koła, ⟦PERSON|Bożena "
            "Sroczyńska-Lis⟧, zgłosiła brak obsady na nocnych dyżurach na internie. Dyrekcja obiecała dwa etaty od "
            "czerwca."
        ),
    },
    {
        "kind": "hr",
        "text": (
            'Wyciągnij z tej notatki datę powrotu i zalecenia: "⟦PERSON|Przemysław Kulesza⟧, ratownik medyczny, '
            "L4 do 15.05 po ⟦HEALTH_DATA|złamaniu kości łódeczkowatej⟧. Lekarz medycyny pracy: bez dźwigania "
            'noszy przez 6 tygodni."'
        ),
    },
    {
        "kind": "hr",
        "text": (
            "CV - ⟦PERSON|Wiesława Nowicka-Tembo⟧\n"
            "Fizjoterapeutka, PWZFz 41218\n"
            "⟦EMAIL_ADDRESS|wieslawa.nowicka.fizjo@wp.pl⟧, ⟦PHONE_NUMBER|+48 501 229 630⟧\n"
            "2017-obecnie: Centrum Rehabilitacji Sanvita, Kraków\n"
            "Kursy: PNF, terapia manualna, neurorehabilitacja dzieci"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Do działu kadr: ⟦PERSON|Anatol⟧ z oddziału chirurgii jest ⟦RELIGIOUS_BELIEF|Świadkiem Jehowy⟧ i prosi, "
            "żeby nie przydzielać go do zespołu przetoczeń krwi. Proszę uwzględnić w grafiku."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Ogłoszenie: zatrudnimy opiekunkę/opiekuna w domu pomocy społecznej w Tarnowie, umowa o pracę, praca "
            "zmianowa, dodatek za noce."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Uwaga z rozmowy kwalifikacyjnej (nie przekazywać dalej): kandydatka ⟦PERSON|Jolanta Sierpińska⟧ "
            "wspomniała, że kandydowała do rady miasta z list ⟦POLITICAL_OPINION|Konfederacji⟧. Nie ma to wpływu "
            "na ocenę."
        ),
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": (
            "Oddaj krew w RCKiK Katowice! W sobotę 26 kwietnia ambulans stanie przy galerii Silesia City Center, "
            "godz. 9-14. Dla dawców czekolady i zwolnienie z pracy."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Opinia: "Po ⟦HEALTH_DATA|mastektomii⟧ w Centrum Onkologii trafiłam na rehabilitację tutaj. Pani '
            '⟦PERSON|Ewelina⟧ przywróciła mi sprawność ręki." - ⟦PERSON|Teresa Walczyk-Mensah⟧'
        ),
    },
    {
        "kind": "marketing",
        "text": "Okulary progresywne -30% w salonach Vision Express do końca maja.",
    },
    {
        "kind": "marketing",
        "text": (
            "Newsletter Kliniki Leczenia Niepłodności Novum: nowy program diagnostyki dla par, bezpłatne "
            "spotkania informacyjne w każdy czwartek o 18:00, także online."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Przepisz na post na Facebooka: "Warsztat terapii zajęciowej w Gnieźnie przyjmuje zamówienia na '
            'ceramikę i kartki świąteczne. Dochód wspiera uczestników."'
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Nasz zespół: ⟦PERSON|Dawid Gabor⟧, asystent osoby niepełnosprawnej, pochodzi z rodziny "
            "⟦ETHNIC_ORIGIN|romskiej⟧ z Nowego Sącza i prowadzi u nas zajęcia muzyczne."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Badania genetyczne w Poradni Genomed: pakiet "Zdrowa ciąża" z badaniem NIPT, wynik w 7 dni, '
            "konsultacja genetyka w cenie."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Historia pacjentki: ⟦PERSON|Natalia Zawadzka⟧ dowiedziała się o ⟦GENETIC_DATA|nosicielstwie mutacji "
            "w genie CFTR⟧ przed ciążą. Dzięki poradnictwu genetycznemu wraz z mężem ⟦PERSON|Igorem⟧ mogli "
            "świadomie zaplanować rodzinę."
        ),
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": (
            "Instrukcja e-recepty: pacjent otrzymuje 4-cyfrowy kod SMS-em lub w IKP. W aptece podaje kod i numer "
            "PESEL. Recepta jest ważna 30 dni, antybiotyki 7 dni."
        ),
    },
]
