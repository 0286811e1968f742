"""The meldcode track of a case: the five steps, advice requests, the decision, Veilig Thuis contacts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .assessment import Outcome
from .text import QT_TRANSLATE_NOOP
from .working_days import add_working_days

FEEDBACK_WORKING_DAYS = 5

STEPS = (
    QT_TRANSLATE_NOOP("meldcode", "1. Map the signals (including the kindcheck)"),
    QT_TRANSLATE_NOOP("meldcode", "2. Consult a colleague and ask Veilig Thuis for advice"),
    QT_TRANSLATE_NOOP("meldcode", "3. Talk with the client"),
    QT_TRANSLATE_NOOP("meldcode", "4. Weigh (afwegingskader)"),
    QT_TRANSLATE_NOOP("meldcode", "5. Decide: report and/or give or organise help"),
)


@dataclass(frozen=True)
class StepRecord:
    case_id: int
    step: int                 # 1..5
    on: date
    by_login: str
    notes: str = ""


class AdviceFrom(StrEnum):
    SAFE_AT_HOME = "veilig_thuis"
    CONFIDENTIAL_DOCTOR = "vertrouwensarts"
    COLLEAGUE = "collega"


ADVICE_FROM_LABELS = {
    AdviceFrom.SAFE_AT_HOME: QT_TRANSLATE_NOOP("meldcode", "Veilig Thuis"),
    AdviceFrom.CONFIDENTIAL_DOCTOR: QT_TRANSLATE_NOOP("meldcode", "confidential doctor"),
    AdviceFrom.COLLEAGUE: QT_TRANSLATE_NOOP("meldcode", "colleague"),
}


@dataclass(frozen=True)
class AdviceRequest:
    case_id: int
    source: AdviceFrom
    on: date
    by_login: str
    summary: str = ""
    anonymous: bool = False
    id: int | None = None


@dataclass(frozen=True)
class Decision:
    """What was decided at step 5, by whom and why; ``advised`` is what the afwegingskader said."""

    case_id: int
    answers: tuple[bool, ...]
    advised: Outcome
    decided: Outcome
    by_login: str
    on: date
    why: str = ""
    id: int | None = None

    @property
    def differs(self) -> bool:
        return self.advised != self.decided


class VtContactKind(StrEnum):
    ADVICE = "advies"
    REPORT = "melding"


class VtRole(StrEnum):
    REPORTER = "melder"
    INFORMANT = "informant"


VT_KIND_LABELS = {
    VtContactKind.ADVICE: QT_TRANSLATE_NOOP("meldcode", "advice"),
    VtContactKind.REPORT: QT_TRANSLATE_NOOP("meldcode", "report (melding)"),
}
VT_ROLE_LABELS = {
    VtRole.REPORTER: QT_TRANSLATE_NOOP("meldcode", "reporter (melder)"),
    VtRole.INFORMANT: QT_TRANSLATE_NOOP("meldcode", "informant"),
}


def expected_feedback(kind: VtContactKind, on: date) -> date | None:
    """Veilig Thuis aims to weigh a melding within five working days: feedback on whether it is taken
    on is expected then. An advice request has no such term."""
    return add_working_days(on, FEEDBACK_WORKING_DAYS) if kind == VtContactKind.REPORT else None


@dataclass(frozen=True)
class VtContact:
    case_id: int
    kind: VtContactKind
    on: date
    role: VtRole
    reference: str = ""
    case_manager_id: int | None = None      # procesregisseur, a person of the sociale kaart
    expected_feedback: date | None = None
    received_on: date | None = None
    summary: str = ""
    by_login: str = ""
    id: int | None = None

    def feedback_overdue(self, today: date) -> bool:
        """Only a melder is owed terugkoppeling; an informant hears back only when VT judges it needed."""
        return (self.role == VtRole.REPORTER and self.received_on is None
                and self.expected_feedback is not None and self.expected_feedback < today)


def no_advice_reason_needed(requests: list[AdviceRequest]) -> bool:
    """The KNMG meldcode asks doctors to consult Veilig Thuis; when they did not, the reason is recorded."""
    return not any(r.source == AdviceFrom.SAFE_AT_HOME for r in requests)
