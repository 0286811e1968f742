"""The afwegingskader of the meldcode: five questions answered in order, and the advice they lead to.

1. Is there a suspicion of (threat of) domestic violence or child abuse?      no  -> close, record why
2. Is there acute or structural unsafety?                                      yes -> report (melden)
3. Can we give or organise effective help?                                     no  -> report
4. Do those involved accept that help and commit to it?                        no  -> report; yes -> help
5. Does the help lead to the necessary results within the agreed time?        no  -> report (again);
                                                                               yes -> close, with
                                                                               agreements on following safety
The program advises; a person decides, and records why (also when the decision differs from the advice).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP


class Outcome(StrEnum):
    CONTINUE = "continue"  # answer the next question first
    REPORT = "melden"
    HELP = "hulp"
    CLOSE = "afsluiten"


OUTCOME_LABELS = {
    Outcome.CONTINUE: QT_TRANSLATE_NOOP("assessment", "Answer the next question"),
    Outcome.REPORT: QT_TRANSLATE_NOOP("assessment", "Report to Veilig Thuis (melden)"),
    Outcome.HELP: QT_TRANSLATE_NOOP("assessment", "Give or organise help"),
    Outcome.CLOSE: QT_TRANSLATE_NOOP("assessment", "Close"),
}

QUESTIONS = (
    QT_TRANSLATE_NOOP("assessment",
                      "Is there a suspicion of (a threat of) domestic violence or child abuse?"),
    QT_TRANSLATE_NOOP("assessment", "Is there acute or structural unsafety?"),
    QT_TRANSLATE_NOOP("assessment", "Are you able to give or organise effective help?"),
    QT_TRANSLATE_NOOP("assessment", "Do those involved accept this help and commit themselves to it?"),
    QT_TRANSLATE_NOOP("assessment",
                      "Does the help lead to the necessary results within the desired period?"),
)

# For each question: the outcome of a "no" and of a "yes"; CONTINUE means go on to the next question.
_RULES: tuple[tuple[Outcome, Outcome], ...] = (
    (Outcome.CLOSE, Outcome.CONTINUE),
    (Outcome.CONTINUE, Outcome.REPORT),
    (Outcome.REPORT, Outcome.CONTINUE),
    (Outcome.REPORT, Outcome.HELP),
    (Outcome.REPORT, Outcome.CLOSE),
)

REASONS = {
    (0, False): QT_TRANSLATE_NOOP("assessment", "No suspicion: close the meldcode track and record why."),
    (1, True): QT_TRANSLATE_NOOP("assessment",
                                 "Acute or structural unsafety: always report to Veilig Thuis."),
    (2, False): QT_TRANSLATE_NOOP("assessment", "No effective help possible from here: report."),
    (3, False): QT_TRANSLATE_NOOP("assessment", "Help is not accepted or not committed to: report."),
    (3, True): QT_TRANSLATE_NOOP("assessment",
                                 "Give or organise help, and follow whether it works (question 5)."),
    (4, False): QT_TRANSLATE_NOOP("assessment",
                                  "The help does not bring the needed results: report (again)."),
    (4, True): QT_TRANSLATE_NOOP("assessment",
                                 "The help works: close, with agreements on following the safety."),
}


@dataclass(frozen=True)
class Advice:
    outcome: Outcome
    next_question: int | None  # index of the question still to answer, None when the path has ended
    reason: str  # English source text (context "assessment"); empty while continuing

    @property
    def final(self) -> bool:
        return self.outcome != Outcome.CONTINUE or self.next_question is None


def advise(answers: Sequence[bool]) -> Advice:
    """The advice after these answers, given in order. Question 5 is asked once help was chosen
    (after a "yes" to question 4); answers beyond the end of the path are an error."""
    outcome, reason = Outcome.CONTINUE, ""
    for index, answer in enumerate(answers):
        if index >= len(QUESTIONS):
            raise ValueError("more answers than questions")
        if outcome not in (Outcome.CONTINUE, Outcome.HELP):
            raise ValueError(f"question {index + 1} is not asked after the advice {outcome}")
        outcome = _RULES[index][int(answer)]
        reason = REASONS.get((index, answer), "")
    answered = len(answers)
    if outcome == Outcome.CONTINUE:
        return Advice(outcome, answered, "")
    if outcome == Outcome.HELP:
        return Advice(outcome, answered, reason)  # question 5 follows once the help has had its time
    return Advice(outcome, None, reason)


def questions_asked(answers: Sequence[bool]) -> int:
    """How many questions the user has been shown: those answered plus the next one, if any."""
    advice = advise(answers)
    return len(answers) + (1 if advice.next_question is not None else 0)
