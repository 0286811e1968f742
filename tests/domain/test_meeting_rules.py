"""Overleg rules without a vault: dates in a series' rhythm, who is bound by medical secrecy, which contacts
are to be checked, and what an anonymous item may not say."""

from __future__ import annotations

from datetime import date

import pytest

from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.domain.contacts import OrganisationKind
from wijkzorg_desktop.domain.meetings import (
    ANONYMOUS_REMINDER,
    KIND_LABELS,
    MODE_LABELS,
    PRESENCE_LABELS,
    RHYTHM_LABELS,
    STATE_LABELS,
    STATUS_LABELS,
    TOPIC_LABELS,
    ActionState,
    ItemMode,
    ItemTopic,
    MeetingAction,
    MeetingKind,
    MeetingStatus,
    Presence,
    Rhythm,
    anonymity_problems,
    proposed_dates,
    secrecy_of_kind,
    stale,
)


@pytest.mark.parametrize(("rhythm", "after", "expected"), [
    (Rhythm.WEEKLY, date(2026, 12, 28), [date(2027, 1, 4), date(2027, 1, 11), date(2027, 1, 18)]),
    (Rhythm.FORTNIGHTLY, date(2026, 2, 20), [date(2026, 3, 6), date(2026, 3, 20), date(2026, 4, 3)]),
    # 31 January + 1 month is the last day of February, and the next ones are counted from 31 January again
    (Rhythm.MONTHLY, date(2026, 1, 31), [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]),
    (Rhythm.MONTHLY, date(2028, 1, 31), [date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]),
    (Rhythm.BIMONTHLY, date(2026, 12, 31), [date(2027, 2, 28), date(2027, 4, 30), date(2027, 6, 30)]),
    (Rhythm.TWICE_A_YEAR, date(2026, 8, 31), [date(2027, 2, 28), date(2027, 8, 31), date(2028, 2, 29)]),
    (Rhythm.AD_HOC, date(2026, 3, 1), []),
])
def test_proposed_dates_follow_the_rhythm_and_month_ends(rhythm, after, expected):
    assert proposed_dates(rhythm, after) == expected


def test_proposed_dates_give_as_many_as_asked():
    assert len(proposed_dates(Rhythm.MONTHLY, date(2026, 5, 15), 7)) == 7
    assert proposed_dates(Rhythm.WEEKLY, date(2026, 5, 15), 0) == []


BOUND = {OrganisationKind.GP_PRACTICE, OrganisationKind.MENTAL_HEALTH, OrganisationKind.YOUTH_HEALTH_CENTRE,
         OrganisationKind.SAFE_AT_HOME}


@pytest.mark.parametrize("kind", list(OrganisationKind))
def test_medical_secrecy_by_kind_of_organisation(kind):
    assert secrecy_of_kind(kind) is (kind in BOUND)


def test_no_organisation_means_not_bound():
    assert secrecy_of_kind(None) is False


@pytest.mark.parametrize(("verified", "months", "today", "expected"), [
    (None, 12, date(2026, 11, 23), True),
    (date(2025, 11, 23), 12, date(2026, 11, 23), True),    # exactly twelve months: to check
    (date(2025, 11, 24), 12, date(2026, 11, 23), False),
    (date(2026, 5, 23), 6, date(2026, 11, 23), True),
    (date(2026, 5, 24), 6, date(2026, 11, 23), False),
    (date(2026, 10, 31), 1, date(2026, 11, 30), True),      # 31 October + 1 month = 30 November
    (date(2026, 10, 31), 1, date(2026, 11, 29), False),
])
def test_stale_contacts_after_the_practices_months(verified, months, today, expected):
    assert stale(verified, today, months) is expected


HOUSEHOLD = [HouseholdMember(1, MemberRole.PARENT, "M.A.", 1987), HouseholdMember(1, MemberRole.PARENT, "J.A.", 1989),
             HouseholdMember(1, MemberRole.CHILD, "S.A.", 2018), HouseholdMember(1, MemberRole.OTHER, "K.", None)]


@pytest.mark.parametrize(("text", "found"), [
    ("Moeder (M.A.) maakt zich zorgen", ["M.A."]),
    ("moeder m.a. belde", ["M.A."]),                        # as typed, any case
    ("MA en JA zijn gescheiden", ["M.A.", "J.A."]),          # without the dots, as whole words
    ("Vader geboren in 1989, kind 2018", ["1989", "2018"]),
    ("Zorgen sinds 2019; ouders 37 en 39 jaar", []),         # other years and ages are not the household's
    ("Het gezin woont in de wijk; de ma is ziek", []),       # "ma" is a word, not the initials MA
    ("SMA-diagnose, 19870 euro", []),                         # parts of longer words and numbers do not count
    ("K. zorgt mee", ["K."]),
])
def test_anonymity_problems_find_initials_and_birth_years(text, found):
    assert anonymity_problems([text], HOUSEHOLD) == found


def test_anonymity_problems_look_through_every_text_once_each():
    texts = ["Vraag: hoe verder met M.A.?", "", "Gedeeld: M.A. en 1987"]
    assert anonymity_problems(texts, HOUSEHOLD) == ["M.A.", "1987"]
    assert anonymity_problems(["Alles anoniem besproken"], HOUSEHOLD) == []
    assert anonymity_problems(["M.A."], []) == []


def test_every_choice_has_a_label_and_stored_values_are_dutch():
    for labels, enum in ((KIND_LABELS, MeetingKind), (RHYTHM_LABELS, Rhythm), (STATUS_LABELS, MeetingStatus),
                         (PRESENCE_LABELS, Presence), (TOPIC_LABELS, ItemTopic), (MODE_LABELS, ItemMode),
                         (STATE_LABELS, ActionState)):
        assert set(labels) == set(enum)
    assert {str(m) for m in ItemMode} == {"anoniem", "herkenbaar"}
    assert str(MeetingStatus.FINAL) == "verslag_definitief"
    assert "birth years" in ANONYMOUS_REMINDER


def test_an_action_without_a_user_is_a_partners():
    assert MeetingAction(1, "bellen", owner_person_id=3).partner
    assert not MeetingAction(1, "bellen", owner_login="poh").partner
