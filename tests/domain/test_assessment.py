"""Afwegingskader: every path through the five questions gives the advice of the meldcode."""

from __future__ import annotations

import itertools

import pytest

from wijkzorg_desktop.domain.assessment import QUESTIONS, Outcome, advise, questions_asked

CLOSE, REPORT, HELP, CONTINUE = Outcome.CLOSE, Outcome.REPORT, Outcome.HELP, Outcome.CONTINUE
N, Y = False, True

# Every complete path, written out as the KNMG meldcode reads, with the advice at its end.
PATHS = [
    ((N,), CLOSE),                   # 1 no suspicion -> close, record why
    ((Y, Y), REPORT),                # 2 acute or structural unsafety -> always report
    ((Y, N, N), REPORT),             # 3 cannot give or organise effective help -> report
    ((Y, N, Y, N), REPORT),          # 4 help not accepted -> report
    ((Y, N, Y, Y), HELP),            # 4 help accepted -> give or organise help (question 5 later)
    ((Y, N, Y, Y, N), REPORT),       # 5 help does not work in time -> report (again)
    ((Y, N, Y, Y, Y), CLOSE),        # 5 help works -> close with agreements on following safety
]


@pytest.mark.parametrize(("answers", "outcome"), PATHS)
def test_each_path_ends_in_the_advice_of_the_meldcode(answers, outcome):
    advice = advise(answers)
    assert advice.outcome == outcome
    assert advice.reason
    assert advice.next_question == (4 if outcome == HELP else None)


@pytest.mark.parametrize(("answers", "next_question"), [((), 0), ((Y,), 1), ((Y, N), 2), ((Y, N, Y), 3)])
def test_before_a_path_ends_the_advice_is_to_answer_the_next_question(answers, next_question):
    advice = advise(answers)
    assert (advice.outcome, advice.next_question, advice.reason) == (CONTINUE, next_question, "")
    assert questions_asked(answers) == len(answers) + 1


def test_the_table_covers_every_sequence_of_answers():
    """Every yes/no sequence is either one of the paths above, a prefix of one, or refused."""
    paths = dict(PATHS)
    for length in range(len(QUESTIONS) + 2):
        for answers in itertools.product((N, Y), repeat=length):
            if answers in paths:
                assert advise(answers).outcome == paths[answers]
            elif any(p[:length] == answers for p in paths):
                assert advise(answers).outcome == CONTINUE
            else:
                with pytest.raises(ValueError):
                    advise(answers)
