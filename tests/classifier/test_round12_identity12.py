"""Round 12 (identity12): the hand-written development texts of ``data/round12_identity12.py``.

Every labelled Art. 9 / Art. 10 span is found (a finding of the same type overlapping it), except the known misses
listed below with their reason; the clean look-alikes stay at most INTERNAL except those listed with their reason;
no text without a labelled ethnic origin gets an ETHNIC_ORIGIN finding. A case that passes today and stops passing
fails this test, and so does a listed case that starts passing (take it off the list).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
from tests.classifier.data.round12_identity12 import TEXTS
from tests.classifier.dev_texts import (
    Outcome,
    classify_texts,
    findings_without_gold,
    unexpected_misses,
    unexpected_raised_clean,
)
from tests.classifier.special_types import SPECIAL as ART9

# (text index, span value): why it is still missed.
KNOWN_MISSES = {
    (22, "Schabbat"): "German verb bracket 'arbeitet am Schabbat nicht': no request word, the negation closes the "
    "sentence",
    (41, "compagnon"): "a same-sex partner is told by the person's gender; 'son' is not gendered and the name lists "
    "carry no gender",
    (42, "compagna"): "as above ('la sua compagna' after a woman's name)",
    (43, "marido"): "as above ('su marido' after a man's name)",
    (44, "partnerką"): "as above ('ze swoją partnerką' after a woman's name)",
    (45, "vriend"): "'zijn vriend' is also 'his friend'; only the marriage verb before it makes it a partner",
}  # span model (round 13): 57 ('skan naczyń dłoni Ewy Sadowskiej') is found: its NER reads the genitive name

# Clean texts raised above INTERNAL: index -> why.
# Clean texts still raised: index -> reason (80, "Mill Lane", is quiet since precision12's site nouns).
KNOWN_RAISED: dict[int, str] = {
    # span model (round 13): the model tags the adjective 'łemkowskiej' in a festival invitation as ethnic origin;
    # 'zapraszamy' (we invite) passes the statement test and the audience rule does not read the invitation.
    76: "'Festiwal kultury łemkowskiej ...; zapraszamy': the span model's ethnic origin in an invitation",
}


@pytest.fixture(scope="module")
def outcomes(engine: CustosEngine) -> list[Outcome]:
    return classify_texts(engine, TEXTS)


def test_every_labelled_span_is_found_except_known_misses(outcomes: list[Outcome]) -> None:
    missed, now_found = unexpected_misses(outcomes, ART9, KNOWN_MISSES)
    assert missed == []
    assert now_found == []  # a listed miss that is found now: take it off the list


def test_recall_figure(outcomes: list[Outcome]) -> None:
    total = sum(1 for o in outcomes for s in o.spans if s["entity_type"] in ART9)
    assert total == 63
    assert (total - len(KNOWN_MISSES)) / total >= 0.88  # 56 of 63 found (43, 68 %, before round 12)


def test_clean_look_alikes_stay_at_most_internal(outcomes: list[Outcome]) -> None:
    raised, now_quiet = unexpected_raised_clean(outcomes, KNOWN_RAISED)
    assert raised == []
    assert now_quiet == []
    assert sum(1 for o in outcomes if o.clean) == 29


def test_clean_look_alikes_have_no_identity_finding(outcomes: list[Outcome]) -> None:
    wrong = [(o.index, f.entity_type) for o in outcomes if o.clean for f in o.result.findings if f.entity_type in ART9]
    assert wrong == [(index, "ETHNIC_ORIGIN") for index in sorted(KNOWN_RAISED)]  # span model (round 13): 76


def test_no_ethnic_origin_without_a_labelled_one(outcomes: list[Outcome]) -> None:
    assert findings_without_gold(outcomes, "ETHNIC_ORIGIN") == sorted(KNOWN_RAISED)  # span model (round 13): 76


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        # a union's name followed by a union role
        (
            "Minutes: present Dale Hurst (UNISON branch secretary) and Amy Cole (HR).",
            "TRADE_UNION_MEMBERSHIP",
            "UNISON",
        ),
        ("Rosa Klein, our Usdaw shop steward, asked for the rota.", "TRADE_UNION_MEMBERSHIP", "Usdaw"),
        # a minority next to a noun for one person, or after a community link
        ("Queja por insultos a una compañera gitana en el turno de noche.", "ETHNIC_ORIGIN", "gitana"),
        ("Nadia Petrova fait partie de la communauté rom de Lyon.", "ETHNIC_ORIGIN", "rom"),
        ("Le client signale des insultes contre un collègue kabyle.", "ETHNIC_ORIGIN", "kabyle"),
        # a fact opening a field of a record that names a person
        ("Kandidat: Lutz Wenger\nAuskunft: verurteilt wegen Diebstahls im Jahr 2017", "CRIMINAL_RECORD", "verurteilt"),
        ("Nom : Paul Girard\nObservations : condamnation pour escroquerie en 2015", "CRIMINAL_RECORD", "condamnation"),
        ("Imię i nazwisko: Adam Wołk\nUwagi: pochodzenie romskie", "ETHNIC_ORIGIN", "romskie"),
        # a column of an export headed by an identity label
        ("id;name;religion\n7;Aron Weiss;Jewish\n8;Kate Lowe;prefer not to say", "RELIGIOUS_BELIEF", "Jewish"),
        ("staff,team,ethnicity\nBea Lee,ops,Mixed White and Asian", "ETHNIC_ORIGIN", "Mixed White and Asian"),
        ("ref,role,religion,disability\nR-2231,planner,Muslim,no", "RELIGIOUS_BELIEF", "Muslim"),
        # a holy day asked for in a rota request
        ("Bilal Haddad vraagt tijdens de ramadan om een latere pauze.", "RELIGIOUS_BELIEF", "ramadan"),
        ("Miriam Roth bittet um Frühschicht an Jom Kippur.", "RELIGIOUS_BELIEF", "Jom Kippur"),
        # minorities and church roles after a copula, biometric templates
        ("Ailo Somby is Sámi and lives near Kautokeino.", "ETHNIC_ORIGIN", "Sámi"),
        ("Hanna Berg ist Kirchenvorsteherin in Uelzen.", "RELIGIOUS_BELIEF", "Kirchenvorsteherin"),
        ("Jan Kos jest ministrantem w parafii.", "RELIGIOUS_BELIEF", "ministrantem"),
        ("Owen Price's palm vein scan failed again.", "BIOMETRIC_DATA", "palm vein scan"),
    ],
)
def test_round12_shapes_find_the_fact(
    found: Callable[[str], dict[str, list[str]]], text: str, entity_type: str, value: str
) -> None:
    detected = found(text).get(entity_type, [])
    assert any(value in v or v in value for v in detected), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plant manager has strong engineering roots and twenty years in turbines.",
        "Die Firma hat ihre Wurzeln im Maschinenbau.",
        "Unite the regions behind one plan: the kickoff deck is on the drive.",
        "La communauté gitane de Perpignan organise sa fête en juin.",
        "Clases de cante gitano los martes en el centro cultural.",
        "Luogo e data di nascita: Roma, 23/03/1973\nNome: Luca Neri",
        "Nombre: Ioana Mures\nIdiomas: rumano, italiano",
        "Ramadan opening hours: the branch closes at 18:00 until the end of the month.",
        "Friday prayers: the multi-faith room is booked from 12:30, other meetings use room 4.",
        "Check: enhanced\nBackground checks run after the offer. Applicant: Mary Hale",
        "Die Firma wurde 2018 wegen Kartellabsprachen verurteilt, sagt die Sprecherin.",
        "region,language,sales\nNorth,Kurdish,1200\nSouth,Arabic,900",
        "religion,count,share\nChristian,120,45%\nMuslim,40,15%",
    ],
)
def test_round12_look_alikes_have_no_identity_finding(engine: CustosEngine, text: str) -> None:
    result = engine.classify_many([text])[0]
    assert [f.entity_type for f in result.findings if f.entity_type in ART9] == []
