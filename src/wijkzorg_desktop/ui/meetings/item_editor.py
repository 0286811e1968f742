"""During the meeting, for the selected agenda item: its question, the notes in two parts (what was
shared with the meeting, which goes into the minutes, and the practice's internal notes, which never
leave it), the decisions and the actions with who does them by when."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.meetings import MODE_LABELS, STATE_LABELS, TOPIC_LABELS, ActionState, ItemTopic, MeetingDecision
from ...services.meetings import ActionView, ItemView
from ..dates import show_date
from ..table_model import SortedTable, TableModel
from .labels import word

INTERNAL_STYLE = "QPlainTextEdit { background-color: #fff4e0; }"


def item_heading(view: ItemView, number: int) -> str:
    """"2. Gezin K-2026-014 (anoniem)", "3. Thema: Overlast jongeren"."""
    item = view.item
    if item.topic == ItemTopic.CASE:
        return f"{number}. {view.case_label} ({word(MODE_LABELS, item.mode)})"
    return f"{number}. {word(TOPIC_LABELS, item.topic).capitalize()}: {item.title}"


class ActionModel(TableModel):
    COL_WHAT, COL_OWNER, COL_DUE, COL_STATE = range(4)

    def headers(self) -> Sequence[str]:
        return self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("State")

    def display(self, row: ActionView, column: int) -> str:
        if column == self.COL_WHAT:
            return row.action.what
        if column == self.COL_OWNER:
            return row.owner_name
        if column == self.COL_DUE:
            return show_date(row.action.due)
        return word(STATE_LABELS, row.state)

    def sort_value(self, row: ActionView, column: int) -> object:
        if column == self.COL_DUE:
            return row.action.due.isoformat() if row.action.due else "9999"
        return super().sort_value(row, column)

    def muted(self, row: ActionView) -> bool:
        return row.state != ActionState.OPEN


class ItemEditor(QWidget):
    save_notes = Signal()
    add_decision = Signal(str)
    remove_decision = Signal(object)   # MeetingDecision
    new_action = Signal()
    edit_action = Signal(object)       # ActionView
    complete_action = Signal(object)   # ActionView
    remove_action = Signal(object)     # ActionView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: ItemView | None = None
        self.saved_notes = ("", "")
        self.editable = False
        self.heading = QLabel(objectName="itemHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.question = QLabel(objectName="itemQuestion", wordWrap=True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shared = QPlainTextEdit(objectName="itemSharedNotes")
        self.internal = QPlainTextEdit(objectName="itemInternalNotes")
        self.internal.setStyleSheet(INTERNAL_STYLE)
        for edit in (self.shared, self.internal):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(self.fontMetrics().height() * 4)
            edit.setMaximumHeight(self.fontMetrics().height() * 6)
        self.shared.setAccessibleName(self.tr("Shared in the meeting; goes into the minutes"))
        self.internal.setAccessibleName(self.tr("Internal notes; stay in the practice"))
        self.save_button = QPushButton(self.tr("Sa&ve notes"), objectName="itemSaveNotes")
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save the notes of this item (Ctrl+S)"))
        self.decisions = QListWidget(objectName="itemDecisions")
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.decision = QLineEdit(objectName="itemNewDecision")
        self.decision.setPlaceholderText(self.tr("A decision, then Enter"))
        self.decision.setAccessibleName(self.tr("New decision"))
        self.add_decision_button = QPushButton(self.tr("Add decision"), objectName="itemAddDecision")
        self.remove_decision_button = QPushButton(self.tr("Remove decision"), objectName="itemRemoveDecision")
        self.actions_model = ActionModel(self)
        self.actions = SortedTable(self.actions_model, parent=self)
        self.actions.setObjectName("itemActions")
        self.actions.setAccessibleName(self.tr("Actions"))
        self.new_action_button = QPushButton(self.tr("New action…"), objectName="itemNewAction")
        self.edit_action_button = QPushButton(self.tr("Edit action…"), objectName="itemEditAction")
        self.done_button = QPushButton(self.tr("Done"), objectName="itemActionDone")
        self.done_button.setToolTip(self.tr("The selected action is done: its follow-up or promise too"))
        self.remove_action_button = QPushButton(self.tr("Remove action"), objectName="itemRemoveAction")
        for button in (self.save_button, self.add_decision_button, self.remove_decision_button,
                       self.new_action_button, self.edit_action_button, self.done_button,
                       self.remove_action_button):
            button.setAutoDefault(False)

        shared_label = QLabel(self.tr("Shared in &the meeting (in the minutes):"), buddy=self.shared)
        internal_label = QLabel(self.tr("Internal n&otes (stay in the practice, never on paper):"),
                                buddy=self.internal)
        internal_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        for label in (shared_label, internal_label):
            label.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(shared_label, 0, 0)
        grid.addWidget(internal_label, 0, 1)
        grid.addWidget(self.shared, 1, 0)
        grid.addWidget(self.internal, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.add_decision_button)
        decision_row.addWidget(self.remove_decision_button)
        decision_row.addStretch(1)
        action_buttons = QGridLayout()
        for index, button in enumerate((self.new_action_button, self.edit_action_button, self.done_button,
                                        self.remove_action_button)):
            action_buttons.addWidget(button, index // 2, index % 2)
        action_buttons.setColumnStretch(2, 1)
        self.decisions.setMinimumHeight(self.fontMetrics().height() * 3)
        self.decisions.setMaximumHeight(self.fontMetrics().height() * 4)
        self.actions.setMinimumHeight(self.fontMetrics().height() * 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addLayout(grid)
        layout.addLayout(save_row)
        layout.addWidget(QLabel(self.tr("De&cisions:"), buddy=self.decision))
        layout.addWidget(self.decisions, 1)
        layout.addWidget(self.decision)
        layout.addLayout(decision_row)
        layout.addWidget(QLabel(self.tr("Actions:")))
        layout.addWidget(self.actions, 1)
        layout.addLayout(action_buttons)
        for first, second in ((self.shared, self.internal), (self.internal, self.save_button),
                              (self.save_button, self.decisions), (self.decisions, self.decision),
                              (self.decision, self.add_decision_button),
                              (self.add_decision_button, self.remove_decision_button),
                              (self.remove_decision_button, self.actions), (self.actions, self.new_action_button),
                              (self.new_action_button, self.edit_action_button),
                              (self.edit_action_button, self.done_button),
                              (self.done_button, self.remove_action_button)):
            self.setTabOrder(first, second)

        self.save_button.clicked.connect(self.save_notes)
        self.shared.textChanged.connect(self.update_buttons)
        self.internal.textChanged.connect(self.update_buttons)
        self.decision.returnPressed.connect(self._add_decision)
        self.add_decision_button.clicked.connect(self._add_decision)
        self.remove_decision_button.clicked.connect(self._remove_decision)
        self.decisions.currentRowChanged.connect(lambda _row: self.update_buttons())
        self.actions.selectionModel().selectionChanged.connect(lambda *_args: self.update_buttons())
        self.actions.doubleClicked.connect(lambda _index: self._emit_action(self.edit_action))
        self.new_action_button.clicked.connect(self.new_action)
        self.edit_action_button.clicked.connect(lambda: self._emit_action(self.edit_action))
        self.done_button.clicked.connect(lambda: self._emit_action(self.complete_action))
        self.remove_action_button.clicked.connect(lambda: self._emit_action(self.remove_action))
        self.show_item(None, 0, False)

    def show_item(self, view: ItemView | None, number: int, editable: bool, *, keep_notes: bool = False) -> None:
        """``keep_notes``: the same item again (after a decision or action): what is typed stays."""
        same = (keep_notes and view is not None and self.view is not None and self.view.item.id == view.item.id)
        typed = self.notes()
        self.view = view
        self.editable = editable
        if view is None:
            self.heading.setText(self.tr("Choose an item of the agenda."))
            self.question.clear()
            self.saved_notes = ("", "")
        else:
            item = view.item
            self.heading.setText(item_heading(view, number))
            parts = []
            if item.question:
                parts.append(self.tr("Question: {question}").format(question=item.question))
            if item.brought_by:
                parts.append(self.tr("Brought in by {name}").format(name=item.brought_by))
            self.question.setText("\n".join(parts))
            self.saved_notes = (item.shared_notes, item.internal_notes)
        if not same:
            self.shared.setPlainText(self.saved_notes[0])
            self.internal.setPlainText(self.saved_notes[1])
        else:
            self.shared.setPlainText(typed[0])
            self.internal.setPlainText(typed[1])
        self.decisions.clear()
        for decision in view.decisions if view is not None else ():
            entry = QListWidgetItem(decision.text)
            entry.setData(Qt.ItemDataRole.UserRole, decision)
            self.decisions.addItem(entry)
        self.actions_model.set_rows(list(view.actions) if view is not None else [])
        self.actions.fit_columns(170)
        for widget in (self.shared, self.internal, self.decision):
            widget.setReadOnly(not editable)
        self.setEnabled(view is not None)
        self.update_buttons()

    def notes(self) -> tuple[str, str]:
        return self.shared.toPlainText(), self.internal.toPlainText()

    def typed(self) -> bool:
        """Notes typed and not saved."""
        return self.view is not None and self.notes() != self.saved_notes

    def update_buttons(self) -> None:
        editable = self.editable and self.view is not None
        action = self.actions.current_row()
        self.save_button.setEnabled(editable and self.typed())
        self.add_decision_button.setEnabled(editable)
        self.remove_decision_button.setEnabled(editable and self.decisions.currentRow() >= 0)
        self.new_action_button.setEnabled(editable)
        self.edit_action_button.setEnabled(editable and action is not None and action.state == ActionState.OPEN)
        self.done_button.setEnabled(editable and action is not None and action.state == ActionState.OPEN)
        self.remove_action_button.setEnabled(editable and action is not None and action.state == ActionState.OPEN)

    def _add_decision(self) -> None:
        text = self.decision.text().strip()
        if text and self.editable and self.view is not None:
            self.add_decision.emit(text)

    def decision_added(self) -> None:
        self.decision.clear()

    def _remove_decision(self) -> None:
        entry = self.decisions.currentItem()
        decision = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        if isinstance(decision, MeetingDecision) and self.editable:
            self.remove_decision.emit(decision)

    def _emit_action(self, signal: Signal) -> None:
        action = self.actions.current_row()
        if action is not None and self.editable and action.state == ActionState.OPEN:
            signal.emit(action)
