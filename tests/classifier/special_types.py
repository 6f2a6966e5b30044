"""The entity types of GDPR Art. 9 special categories and Art. 10 criminal data, as the recognizer reports them."""

SPECIAL = (
    "HEALTH_DATA",
    "GENETIC_DATA",
    "ETHNIC_ORIGIN",
    "RELIGIOUS_BELIEF",
    "TRADE_UNION_MEMBERSHIP",
    "POLITICAL_OPINION",
    "SEX_LIFE_ORIENTATION",
    "CRIMINAL_RECORD",
)
