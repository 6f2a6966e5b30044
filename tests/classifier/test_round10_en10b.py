"""Round 10b (en10b): everyday English wording of Art. 9 data in sentences of our own (lay condition names,
pregnancy events, the organ-removal idiom, aids, union subscriptions, the Five Ks, same-sex partner nouns, form
rows with a dash for a colon); clean look-alikes (a church hall as a venue, back-care products, a cost breakdown)
stay clean."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("Morag has a bad back and can't do the stock count this week.", "HEALTH_DATA", "bad back"),
        ("Fergal put his back out moving the filing cabinet on Friday.", "HEALTH_DATA", "put his back out"),
        ("Update from Leanne: her waters broke at 3am, so she's off from today.", "HEALTH_DATA", "her waters broke"),
        ("Gareth is on the sick until the end of the month.", "HEALTH_DATA", "on the sick"),
        ("Her doctor signed her off with anxiety for two weeks.", "HEALTH_DATA", "signed her off with anxiety"),
        ("Imelda had her gallbladder out last week and is recovering at home.", "HEALTH_DATA", "her gallbladder out"),
        ("Kieran has hayfever and asked to sit away from the open window.", "HEALTH_DATA", "hayfever"),
        ("Ruth uses a mobility scooter, so please keep the ramp clear.", "HEALTH_DATA", "mobility scooter"),
        ("Niamh is on a phased return after her operation.", "HEALTH_DATA", "phased return"),
        (
            "Dermot has been off the drink since January and doesn't want a work do at the pub.",
            "HEALTH_DATA",
            "off the drink",
        ),
        ("My brother has brain fog since the virus and struggles with long calls.", "HEALTH_DATA", "brain fog"),
        ("Harjit wears a kirpan and asked where he can keep it during the site visit.", "RELIGIOUS_BELIEF", "kirpan"),
        ("Please add Olwen's union subs to the March payslip again.", "TRADE_UNION_MEMBERSHIP", "union subs"),
        ("Dana has come out as bi to her manager.", "SEX_LIFE_ORIENTATION", "bi"),
        ("Next of kin: Rosa Lind, her girlfriend, same address.", "SEX_LIFE_ORIENTATION", "her girlfriend"),
        ("Monitoring form\nReligion - Sikh\nSexual orientation - gay", "RELIGIOUS_BELIEF", "Sikh"),
        ("Monitoring form\nReligion - Sikh\nSexual orientation - gay", "SEX_LIFE_ORIENTATION", "gay"),
    ],
)
def test_everyday_wording_is_found(found: Found, text: str, entity_type: str, value: str) -> None:
    assert value in found(text).get(entity_type, []), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The parents' evening is in the church hall on Thursday, doors open at 6.",
        "Coffee morning at the mosque car park stall, all welcome, cakes 50p.",
        "Our back-care range has lumbar cushions and foam rollers at 20% off.",
        "Can you send me the cost breakdown for the Leeds project by Friday?",
        "The build will back out the last migration if the checks fail.",
        "Agenda item 4 - religion in the workplace guidance, draft from HR.",
        "Please check the due date on the supplier invoice before paying.",
    ],
)
def test_clean_look_alikes_stay_clean(found: Found, text: str) -> None:
    special = {
        "HEALTH_DATA",
        "RELIGIOUS_BELIEF",
        "TRADE_UNION_MEMBERSHIP",
        "SEX_LIFE_ORIENTATION",
        "ETHNIC_ORIGIN",
        "POLITICAL_OPINION",
    }
    assert not special & set(found(text)), found(text)
