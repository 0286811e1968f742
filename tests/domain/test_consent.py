"""The consent service's rule: may this case be shared with X for purpose Y, and on which basis?"""

from __future__ import annotations

from datetime import date

import pytest

from wijkzorg_desktop.domain.consent import (
    BasisRecord,
    Consent,
    ConsentStatus,
    Member,
    Purpose,
    Recipient,
    SharingBasis,
    Weighing,
    consenting_members,
    may_share,
)
from wijkzorg_desktop.domain.text import untranslated

MOTHER, FATHER = Member(1, "M.K.", True, 38), Member(2, "P.K.", True, 41)
CHILD_12, CHILD_7 = Member(3, "J.K.", False, 12), Member(4, "L.K.", False, 7)
FAMILY = [MOTHER, FATHER, CHILD_12, CHILD_7]
WIJKTEAM = Recipient("organisation", 10)
GEZINSREGISSEUR = Recipient("person", 20)  # works at WIJKTEAM
VEILIG_THUIS = Recipient("organisation", 30)
DAY = date(2026, 11, 23)
HANDOVER, REPORT, MEETING = Purpose.HANDOVER, Purpose.REPORT, Purpose.MEETING
FULL = Weighing("veiligheid van J. (12) bij herhaald geweld", "nee: gesprek met moeder leidde niet tot hulp",
                "vader dreigde bij vragen om toestemming", True, "alleen de signalen aan de gezinsregisseur")
GIVEN, REFUSED, WITHDRAWN, NOT_ASKED = (ConsentStatus.GIVEN, ConsentStatus.REFUSED, ConsentStatus.WITHDRAWN,
                                        ConsentStatus.NOT_ASKED)
CONSENT, MELDRECHT, CVP = SharingBasis.CONSENT, SharingBasis.RIGHT_TO_REPORT, SharingBasis.CONFLICT_OF_DUTIES


def everyone(status, recipient=WIJKTEAM, purpose=HANDOVER, on=DAY):
    return [Consent(m.id, recipient, purpose, status, on) for m in (MOTHER, FATHER, CHILD_12)]


def basis(kind, recipient, weighing=None, purpose=HANDOVER):
    return [BasisRecord(kind, recipient, purpose, DAY, "huisarts", weighing)]


CASES = [
    # (name, consents, bases, recipients, purpose, to VT, allowed, basis)
    ("all consent given", everyone(GIVEN), [], [WIJKTEAM], HANDOVER, False, True, CONSENT),
    ("consent to the organisation covers its person", everyone(GIVEN), [], [GEZINSREGISSEUR, WIJKTEAM],
     HANDOVER, False, True, CONSENT),
    ("consent to the person does not cover the organisation", everyone(GIVEN, GEZINSREGISSEUR), [],
     [WIJKTEAM], HANDOVER, False, False, None),
    ("consent for another purpose", everyone(GIVEN, purpose=MEETING), [], [WIJKTEAM],
     HANDOVER, False, False, None),
    ("one parent refused", [*everyone(GIVEN)[:1], Consent(2, WIJKTEAM, HANDOVER, REFUSED, DAY),
                            everyone(GIVEN)[2]], [], [WIJKTEAM], HANDOVER, False, False, None),
    ("the 12-year-old was not asked", everyone(GIVEN)[:2], [], [WIJKTEAM], HANDOVER, False, False, None),
    ("withdrawn after given", [*everyone(GIVEN, on=date(2026, 10, 1)), *everyone(WITHDRAWN)], [], [WIJKTEAM],
     HANDOVER, False, False, None),
    ("given again after withdrawn", [*everyone(WITHDRAWN, on=date(2026, 10, 1)), *everyone(GIVEN)], [],
     [WIJKTEAM], HANDOVER, False, True, CONSENT),
    ("recorded as not asked", everyone(NOT_ASKED), [], [WIJKTEAM], HANDOVER, False, False, None),
    ("nothing recorded", [], [], [WIJKTEAM], HANDOVER, False, False, None),
    ("meldrecht toward Veilig Thuis", everyone(REFUSED, VEILIG_THUIS, REPORT),
     basis(MELDRECHT, VEILIG_THUIS, purpose=REPORT), [VEILIG_THUIS], REPORT, True, True, MELDRECHT),
    ("meldrecht toward the wijkteam is no basis", everyone(REFUSED), basis(MELDRECHT, WIJKTEAM), [WIJKTEAM],
     HANDOVER, False, False, None),
    ("meldrecht needs to be recorded", everyone(REFUSED, VEILIG_THUIS, REPORT), [], [VEILIG_THUIS],
     REPORT, True, False, None),
    ("conflict of duties with its weighing", everyone(REFUSED), basis(CVP, WIJKTEAM, FULL), [WIJKTEAM],
     HANDOVER, False, True, CVP),
    ("conflict of duties without its weighing", everyone(REFUSED), basis(CVP, WIJKTEAM, Weighing()),
     [WIJKTEAM], HANDOVER, False, False, None),
    ("conflict of duties where the interest does not outweigh", everyone(REFUSED),
     basis(CVP, WIJKTEAM, Weighing(**{**FULL.__dict__, "outweighs": False})), [WIJKTEAM], HANDOVER,
     False, False, None),
    ("conflict of duties for another recipient", everyone(REFUSED), basis(CVP, VEILIG_THUIS, FULL),
     [WIJKTEAM], HANDOVER, False, False, None),
]


@pytest.mark.parametrize(("consents", "bases", "recipients", "purpose", "to_vt", "allowed", "basis_"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sharing_answer(consents, bases, recipients, purpose, to_vt, allowed, basis_):
    answer = may_share(FAMILY, consents, bases, recipients, purpose, to_vt)
    assert (answer.allowed, answer.basis) == (allowed, basis_)
    if not allowed:
        assert answer.reasons, "a refusal always says why"


def test_refusal_reasons_name_each_member_and_status():
    answer = may_share(FAMILY, everyone(GIVEN)[:1], [], [WIJKTEAM], HANDOVER, False)
    texts = [r.render(untranslated) for r in answer.reasons]
    assert texts == ["P.K.: consent not asked", "J.K.: consent not asked"]
    answer = may_share(FAMILY, everyone(REFUSED), basis(MELDRECHT, WIJKTEAM), [WIJKTEAM], HANDOVER,
                       False)
    assert answer.reasons[-1].render(untranslated) == "the right to report holds only toward Veilig Thuis"


def test_whose_consent_counts():
    assert consenting_members(FAMILY) == [MOTHER, FATHER, CHILD_12]
    assert consenting_members([CHILD_7, Member(5, "?", False, None)]) == [Member(5, "?", False, None)]
    assert consenting_members([CHILD_7]) == [CHILD_7]
