"""Gedaan or vervallen: marking a follow-up done asks what came of it (optional); dropping one asks why
it is no longer needed, and that reason is required."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain.errors import ReasonRequired
from ...domain.text import QT_TRANSLATE_NOOP, Message
from ...services.followups import FollowUpItem
from ..cases.case_forms import CaseDialog
from ..cases.track_parts import fit_text
from ..messages import error_text
from .labels import completes_text, due_text, recurrence_text

DONE, DROP = "done", "drop"
DROP_WHY = Message("followups", QT_TRANSLATE_NOOP("followups", "why it is no longer needed"))


class FinishDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("finishFollowUpDialog", parent)
        self.mode = DONE
        self.item: FollowUpItem | None = None
        self.text_edit = QPlainTextEdit(objectName="finishText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(80)
        self.label = QLabel(buddy=self.text_edit)
        box = QVBoxLayout()
        box.addWidget(self.label)
        box.addWidget(self.text_edit)
        self.body.addLayout(box)
        self.finish_layout()
        self.setMinimumWidth(500)

    def prepare(self, item: FollowUpItem, mode: str) -> None:
        self.item = item
        self.mode = mode
        what = " ".join(item.followup.what.split())
        lines = [f"<b>{_escape(what)}</b> ({_escape(due_text(item.followup))})"]
        if mode == DONE:
            self.setWindowTitle(self.tr("Follow-up done"))
            self.label.setText(self.tr("&Result (optional):"))
            self.text_edit.setAccessibleName(self.tr("Result"))
            self.text_edit.setPlaceholderText(self.tr("for example: mother called back, home visit planned"))
            self.ok_button.setText(self.tr("&Done"))
            if item.automatic:
                timeline = self.tr("A result is written in the case's timeline.") if item.followup.case_id else ""
                lines.append(_escape(f"{completes_text(item)} {timeline}".strip()))
            elif item.followup.recurrence is not None:
                lines.append(_escape(self.tr("It recurs {every}: the next one is made at once.").format(
                    every=recurrence_text(item.followup.recurrence))))
        else:
            self.setWindowTitle(self.tr("Follow-up no longer needed"))
            self.label.setText(self.tr("&Reason (required):"))
            self.text_edit.setAccessibleName(self.tr("Reason"))
            self.text_edit.setPlaceholderText(self.tr("for example: the family moved, handed over to the wijkteam"))
            self.ok_button.setText(self.tr("&Drop"))
            lines.append(_escape(self.tr("It stays on record as no longer needed (vervallen), with the reason.")))
        self.say("<br>".join(lines))
        self.text_edit.clear()
        self.set_busy(False)
        fit_text(self.intro, self)
        self.text_edit.setFocus()

    def problem(self) -> str:
        if self.mode == DROP and not self.text():
            self.text_edit.setFocus()
            return error_text(ReasonRequired(what=DROP_WHY))
        return ""

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
