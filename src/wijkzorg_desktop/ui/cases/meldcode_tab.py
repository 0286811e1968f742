"""The meldcode track of a case: the five steps, the advice asked (or why not), the afwegingskader and
the decisions taken, in the order the KNMG meldcode walks them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ...services.cases import CaseFile
from ..client import VaultClient
from ..form_state import FormState, capture, changed, restore
from ..page_parts import explanation
from .advice_box import AdviceBox
from .decision_box import DecisionBox
from .meldcode_steps import StepsBox
from .track_tab import TrackTab


class MeldcodeTab(TrackTab):
    SHOWS = frozenset({"steps", "advice_requests", "no_advice_reason", "decisions"})

    def __init__(self, client: VaultClient, parent: QWidget | None = None, *,
                 boxes: tuple[StepsBox, AdviceBox, DecisionBox] | None = None) -> None:
        super().__init__(client, "meldcodeNotice", parent)
        self.setObjectName("meldcodeTab")
        self.steps, self.advice, self.decision = boxes or (StepsBox(client), AdviceBox(client),
                                                           DecisionBox(client))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(explanation(self.tr(
            "The KNMG meldcode for doctors: map the signals, consult and ask Veilig Thuis for advice, talk "
            "with the client, weigh with the afwegingskader, and decide. The program advises; you decide.")))
        column.addWidget(self.steps)
        column.addWidget(self.advice)
        column.addWidget(self.decision)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("meldcodeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.notice)
        for box in (self.steps, self.advice, self.decision):
            box.saved.connect(self._box_saved)
        self._shown: FormState = {}  # what the fields showed of the stored case, before any typing
        self._shown_case: int | None = None

    @classmethod
    def built(cls, client: VaultClient) -> Iterator[MeldcodeTab | None]:
        """The three boxes a piece each, then the tab around them: in one piece it is the largest tab
        (20 ms), and a turn of the event loop that long stalls the window while the worker reads."""
        steps = StepsBox(client)
        yield None
        advice = AdviceBox(client)
        yield None
        decision = DecisionBox(client)
        yield None
        yield cls(client, boxes=(steps, advice, decision))

    def _box_saved(self, text: str, edited: object) -> None:
        self.saved(text)
        self.edited.emit(edited)

    def title(self) -> str:
        return self.tr("Meldcode")

    def fill(self, file: CaseFile) -> None:
        """Show ``file``; what was typed and not saved in this case stays typed over the new file."""
        editable = self.editable
        typed = changed(self._fields(), self._shown) if self._shown_case == file.case.id else {}
        self.steps.show_file(file, editable)
        self.advice.show_file(file, editable)
        self.decision.show_file(file, editable)
        self._shown, self._shown_case = self._fields(), file.case.id
        still_typed = {key: value for key, value in typed.items() if self._shown.get(key) != value}
        if still_typed and editable:
            self.restore_inline(still_typed)

    # -- drafts ----------------------------------------------------------------------------------

    def _fields(self) -> FormState:
        state = capture(self.steps)
        state.update(capture(self.advice))
        state.update(capture(self.decision))
        state["assessmentAnswers"] = list(self.decision.assessment.answers())
        for view in ("adviceTable", "decisionsTable"):
            state.pop(view, None)
        return state

    def inline_draft(self) -> FormState:
        if self.file is None or not self.editable or self._shown_case != self.file.case.id:
            return {}
        return changed(self._fields(), self._shown)

    def restore_inline(self, fields: FormState) -> None:
        answers = fields.get("assessmentAnswers")
        if isinstance(answers, list) and all(isinstance(a, bool) for a in answers):
            self.decision.assessment.set_answers(tuple(answers))
        for box in (self.steps, self.advice, self.decision):
            restore(box, fields)
        for box in (self.steps, self.advice, self.decision):
            box._update()  # the buttons and fields that follow what is filled in

    def lookup_loaded(self) -> None:
        assert self.lookup is not None
        for box in (self.steps, self.advice, self.decision):
            box.set_lookup(self.lookup)
