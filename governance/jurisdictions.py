"""Where a destination is, in GDPR Chapter V terms."""

from __future__ import annotations

# ISO 3166-1 alpha-2 codes (2024), used to validate Destination.jurisdiction.
ISO_COUNTRIES = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY
    BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK
    FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR
    IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK
    ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
    TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
    """.split()
)

# The European Economic Area: the 27 EU Member States plus Iceland, Liechtenstein, Norway.
EEA_COUNTRIES = frozenset(
    """
    AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO
    """.split()
)

# The 27 EU Member States: the EEA without Iceland, Liechtenstein and Norway (AI Act Annex VIII, Art. 73).
EU_MEMBER_STATES = EEA_COUNTRIES - {"IS", "LI", "NO"}

# Commission adequacy decisions under GDPR Art. 45, with their scope where
# they are partial. A destination relying on one must state the scope it
# falls under and when the decision is next reviewed.
ADEQUACY_DECISIONS: dict[str, str] = {
    "AD": "Andorra",
    "AR": "Argentina",
    "CA": "Canada: commercial organisations subject to PIPEDA",
    "CH": "Switzerland",
    "FO": "Faroe Islands",
    "GB": "United Kingdom (GDPR and LED decisions)",
    "GG": "Guernsey",
    "IL": "Israel",
    "IM": "Isle of Man",
    "JE": "Jersey",
    "JP": "Japan: private sector, with the supplementary rules",
    "KR": "Republic of Korea",
    "NZ": "New Zealand",
    "US": "United States: only organisations certified under the EU-US Data Privacy Framework",
    "UY": "Uruguay",
}


def is_eea(country: str) -> bool:
    return country.upper() in EEA_COUNTRIES


def has_adequacy_decision(country: str) -> bool:
    return country.upper() in ADEQUACY_DECISIONS
