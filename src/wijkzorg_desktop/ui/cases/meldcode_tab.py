"""The meldcode track of a case: the five steps, the advice asked (or why not), the afwegingskader and
the decisions taken, in the order the KNMG meldcode walks them."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ...services.cases import CaseFile
from ..client import VaultClient
from ..page_parts import explanation
from .advice_box import AdviceBox
from .decision_box import DecisionBox
from .meldcode_steps import StepsBox
from .track_tab import TrackTab


class MeldcodeTab(TrackTab):
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, "meldcodeNotice", parent)
        self.setObjectName("meldcodeTab")
        self.steps = StepsBox(client)
        self.advice = AdviceBox(client)
        self.decision = DecisionBox(client)
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
            box.saved.connect(self.saved)

    def title(self) -> str:
        return self.tr("Meldcode")

    def fill(self, file: CaseFile) -> None:
        editable = self.editable
        self.steps.show_file(file, editable)
        self.advice.show_file(file, editable)
        self.decision.show_file(file, editable)

    def lookup_loaded(self) -> None:
        assert self.lookup is not None
        for box in (self.steps, self.advice, self.decision):
            box.set_lookup(self.lookup)
