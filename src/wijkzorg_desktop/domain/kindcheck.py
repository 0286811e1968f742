"""De kindcheck: does an adult patient care for children, and can they do so safely?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP


class KindcheckReason(StrEnum):
    DEPRESSION = "langdurige_depressie"
    ADDICTION = "verslaving"
    PSYCHOSIS = "psychose"
    SUICIDE_ATTEMPT = "suicidepoging"
    DOMESTIC_VIOLENCE = "huiselijk_geweld"
    SERIOUS_ILLNESS = "ernstige_somatische_ziekte"
    OTHER = "overig"


REASON_LABELS = {
    KindcheckReason.DEPRESSION: QT_TRANSLATE_NOOP("kindcheck", "long-lasting depression"),
    KindcheckReason.ADDICTION: QT_TRANSLATE_NOOP("kindcheck", "addiction"),
    KindcheckReason.PSYCHOSIS: QT_TRANSLATE_NOOP("kindcheck", "psychosis"),
    KindcheckReason.SUICIDE_ATTEMPT: QT_TRANSLATE_NOOP("kindcheck", "suicide attempt"),
    KindcheckReason.DOMESTIC_VIOLENCE: QT_TRANSLATE_NOOP("kindcheck", "domestic violence"),
    KindcheckReason.SERIOUS_ILLNESS: QT_TRANSLATE_NOOP("kindcheck", "serious physical illness"),
    KindcheckReason.OTHER: QT_TRANSLATE_NOOP("kindcheck", "other"),
}


class Answer(StrEnum):
    YES = "ja"
    DOUBT = "twijfel"
    NO = "nee"
    UNKNOWN = "onbekend"


ANSWER_LABELS = {
    Answer.YES: QT_TRANSLATE_NOOP("kindcheck", "yes"),
    Answer.DOUBT: QT_TRANSLATE_NOOP("kindcheck", "doubt"),
    Answer.NO: QT_TRANSLATE_NOOP("kindcheck", "no"),
    Answer.UNKNOWN: QT_TRANSLATE_NOOP("kindcheck", "unknown"),
}


class KindcheckAction(StrEnum):
    NONE = "geen"
    DISCUSS_WITH_GP = "bespreken_met_huisarts"
    ADVICE_SAFE_AT_HOME = "advies_veilig_thuis"
    CONTACT_TEAM = "contact_wijkteam_cjg"
    START_MELDCODE = "meldcode_starten"


ACTION_LABELS = {
    KindcheckAction.NONE: QT_TRANSLATE_NOOP("kindcheck", "none"),
    KindcheckAction.DISCUSS_WITH_GP: QT_TRANSLATE_NOOP("kindcheck", "discuss with the GP"),
    KindcheckAction.ADVICE_SAFE_AT_HOME: QT_TRANSLATE_NOOP("kindcheck", "ask Veilig Thuis for advice"),
    KindcheckAction.CONTACT_TEAM: QT_TRANSLATE_NOOP("kindcheck", "contact the wijkteam or CJG"),
    KindcheckAction.START_MELDCODE: QT_TRANSLATE_NOOP("kindcheck", "start the meldcode"),
}


@dataclass(frozen=True, slots=True)
class Kindcheck:
    on: date
    patient: str                          # initials (or the household member's label)
    reason: KindcheckReason
    cares_for_children: Answer            # yes / no / unknown
    children_count: int | None = None
    children_ages: tuple[int, ...] = ()
    adequate_care: Answer = Answer.UNKNOWN      # can the parent give adequate care? yes / doubt / no
    can_ask_for_help: Answer = Answer.UNKNOWN   # can the parent ask for help? yes / doubt / no
    has_network: Answer = Answer.UNKNOWN        # is there a network? yes / no / unknown
    concerns: str = ""
    action: KindcheckAction = KindcheckAction.NONE
    next_check: date | None = None
    author_login: str = ""
    case_id: int | None = None
    member_id: int | None = None
    reason_other: str = ""
    id: int | None = None

    @property
    def concerning(self) -> bool:
        """Concerns that call for a case: doubt or no about care or asking for help, written concerns,
        or any action beyond none."""
        if self.cares_for_children == Answer.NO:
            return False
        return (self.adequate_care in (Answer.DOUBT, Answer.NO)
                or self.can_ask_for_help in (Answer.DOUBT, Answer.NO)
                or bool(self.concerns.strip())
                or self.action not in (KindcheckAction.NONE,))


@dataclass(frozen=True, slots=True)
class MonthCount:
    month: str                                  # "2026-11"
    total: int
    concerning: int
    by_action: dict[str, int]


def per_month(checks: list[Kindcheck]) -> list[MonthCount]:
    """Kindchecks per month, newest first: how often the practice does it, and what came of it."""
    months: dict[str, list[Kindcheck]] = {}
    for check in checks:
        months.setdefault(check.on.strftime("%Y-%m"), []).append(check)
    result = []
    for month in sorted(months, reverse=True):
        found = months[month]
        actions: dict[str, int] = {}
        for check in found:
            actions[str(check.action)] = actions.get(str(check.action), 0) + 1
        result.append(MonthCount(month, len(found), sum(c.concerning for c in found), actions))
    return result
