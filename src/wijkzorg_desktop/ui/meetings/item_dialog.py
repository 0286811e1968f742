"""An agenda item: a case (by its pseudonym only), a theme, the sociale kaart or the yearly evaluation,
with the question to the meeting and who brings it.

A case is discussed anonymously (with the reminder of what makes a family recognisable in a small
neighbourhood) or, when everyone present outside medical secrecy may hear it, herkenbaar. A refused
herkenbaar item shows why, with a button to record the consent that is missing and one to discuss the
case anonymously instead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.meetings import ANONYMOUS_REMINDER, TOPIC_LABELS, AgendaItem, ItemMode, ItemTopic
from ..cases.case_forms import CaseDialog
from ..cases.track_parts import WARNING_STYLE, word
from ..page_parts import explanation
from .labels import choose


class ItemDialog(CaseDialog):
    consent_requested = Signal()  # "Record consent…" after a refusal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("itemDialog", parent)
        self._base: AgendaItem | None = None
        self.topic = QComboBox(objectName="itemTopic")
        self.title = QLineEdit(objectName="itemTitle")
        self.title.setMaxLength(200)
        self.case = QComboBox(objectName="itemCase")
        self.case.setPlaceholderText(self.tr("(choose the case)"))
        self.question = QPlainTextEdit(objectName="itemDialogQuestion")
        self.question.setTabChangesFocus(True)
        self.question.setFixedHeight(self.fontMetrics().height() * 5)
        self.brought_by = QLineEdit(objectName="itemBroughtBy")
        self.brought_by.setPlaceholderText(self.tr("e.g. POH-GGZ"))
        self.anonymous = QRadioButton(self.tr("&Anonymous"), objectName="itemAnonymous")
        self.identifiable = QRadioButton(self.tr("&Identifiable (herkenbaar)"), objectName="itemIdentifiable")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.anonymous)
        self.modes.addButton(self.identifiable)
        self.reminder = explanation(word("meetings", ANONYMOUS_REMINDER))
        self.reminder.setObjectName("itemReminder")
        self.reminder.setStyleSheet("font-style: italic;")
        self.kindcheck = QCheckBox(self.tr("&Kindcheck repeated in this meeting"), objectName="itemKindcheck")
        self.consulted = QCheckBox(self.tr("Coll&egial consultation (meldcode step 2)"), objectName="itemConsulted")
        self.withheld = QListWidget(objectName="itemWithheld")
        self.withheld.setMaximumHeight(self.fontMetrics().height() * 5)
        self.withheld.setToolTip(self.tr("The ticked attendees get a copy of the minutes without this item"))
        self.refusal = QFrame(objectName="itemRefusalBox")
        self.refusal.setFrameShape(QFrame.Shape.StyledPanel)
        self.reasons = QLabel(objectName="itemRefusal", wordWrap=True)
        self.reasons.setStyleSheet(WARNING_STYLE)
        self.record_consent = QPushButton(self.tr("Record co&nsent…"), objectName="itemRecordConsent")
        self.make_anonymous = QPushButton(self.tr("Discuss anon&ymously"), objectName="itemMakeAnonymous")
        for button in (self.record_consent, self.make_anonymous):
            button.setAutoDefault(False)
        refusal = QVBoxLayout(self.refusal)
        refusal.addWidget(self.reasons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_consent)
        buttons.addWidget(self.make_anonymous)
        buttons.addStretch(1)
        refusal.addLayout(buttons)
        self.refusal.hide()
        for widget, text in ((self.topic, self.tr("Kind of item")), (self.title, self.tr("Title")),
                             (self.case, self.tr("Case")), (self.question, self.tr("Question to the meeting")),
                             (self.brought_by, self.tr("Brought in by")),
                             (self.reasons, self.tr("Why it may not be discussed herkenbaar")),
                             (self.withheld, self.tr("Left out of the copies for"))):
            widget.setAccessibleName(text)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Topic:"), buddy=self.topic), self.topic)
        self.title_label = QLabel(self.tr("Tit&le:"), buddy=self.title)
        form.addRow(self.title_label, self.title)
        self.case_label = QLabel(self.tr("&Case:"), buddy=self.case)
        form.addRow(self.case_label, self.case)
        form.addRow(QLabel(self.tr("&Question to the meeting:"), buddy=self.question), self.question)
        form.addRow(QLabel(self.tr("&Brought in by:"), buddy=self.brought_by), self.brought_by)
        self.mode_box = QWidget()
        mode = QVBoxLayout(self.mode_box)
        mode.setContentsMargins(0, 0, 0, 0)
        radios = QHBoxLayout()
        radios.addWidget(self.anonymous)
        radios.addWidget(self.identifiable)
        radios.addStretch(1)
        mode.addLayout(radios)
        mode.addWidget(self.reminder)
        mode.addWidget(self.kindcheck)
        mode.addWidget(self.consulted)
        self.mode_label = QLabel(self.tr("Mode:"))
        form.addRow(self.mode_label, self.mode_box)
        form.addRow(QLabel(self.tr("Left out of the copy &for:"), buddy=self.withheld), self.withheld)
        self.body.addLayout(form)
        self.body.addWidget(self.refusal)
        self.finish_layout()
        self.topic.currentIndexChanged.connect(lambda _index: self.fields_changed())
        self.anonymous.toggled.connect(lambda _on: self.fields_changed())
        self.record_consent.clicked.connect(self.consent_requested)
        self.make_anonymous.clicked.connect(self.discuss_anonymously)
        for first, second in ((self.topic, self.title), (self.title, self.case), (self.case, self.question),
                              (self.question, self.brought_by), (self.brought_by, self.anonymous),
                              (self.anonymous, self.identifiable), (self.identifiable, self.kindcheck),
                              (self.kindcheck, self.consulted), (self.consulted, self.withheld),
                              (self.withheld, self.record_consent),
                              (self.record_consent, self.make_anonymous)):
            self.setTabOrder(first, second)
        self.setMinimumWidth(600)

    def prepare(self, item: AgendaItem, cases: Sequence[tuple[int, str]], may_cases: bool,
                attendees: Sequence[tuple[int, str]] = ()) -> None:
        """``attendees``: (attendee id, name) of the meeting, to leave the item out of their copy."""
        self._base = item
        self.editing_id = item.id
        self.setWindowTitle(self.tr("New agenda item") if item.id is None else self.tr("Edit agenda item"))
        self.topic.clear()
        for topic, source in TOPIC_LABELS.items():
            if topic != ItemTopic.CASE or may_cases:
                self.topic.addItem(word("meetings", source), str(topic))
        choose(self.topic, item.topic)
        self.case.clear()
        for case_id, label in cases:
            self.case.addItem(label, case_id)
        self.case.setCurrentIndex(self.case.findData(item.case_id) if item.case_id is not None else -1)
        self.title.setText(item.title)
        self.question.setPlainText(item.question)
        self.brought_by.setText(item.brought_by)
        (self.identifiable if item.mode == ItemMode.IDENTIFIABLE else self.anonymous).setChecked(True)
        self.withheld.clear()
        for attendee_id, name in attendees:
            entry = QListWidgetItem(name)
            entry.setData(Qt.ItemDataRole.UserRole, attendee_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if attendee_id in item.withheld_from
                                else Qt.CheckState.Unchecked)
            self.withheld.addItem(entry)
        self.kindcheck.setChecked(item.kindcheck_repeated)
        self.consulted.setChecked(item.colleague_consulted)
        self.refusal.hide()
        self.set_busy(False)
        self.topic.setFocus()

    def is_case(self) -> bool:
        return self.topic.currentData() == str(ItemTopic.CASE)

    def fields_changed(self) -> None:
        case = self.is_case()
        for widget in (self.case_label, self.case, self.mode_label, self.mode_box):
            widget.setVisible(case)
        for widget in (self.title_label, self.title):
            widget.setVisible(not case)
        self.reminder.setVisible(case and self.anonymous.isChecked())
        if not self.identifiable.isChecked():
            self.refusal.hide()

    def refused(self, reasons: Sequence[str], may_record: bool) -> None:
        """The herkenbaar item was refused: why, and what can be done."""
        self.set_busy(False)
        self.notice.clear()
        self.reasons.setText(self.tr("This case may be discussed herkenbaar only when everyone present outside "
                                     "medical secrecy may hear it:") + "\n• " + "\n• ".join(reasons))
        self.record_consent.setVisible(may_record)
        self.refusal.show()
        (self.record_consent if may_record else self.make_anonymous).setFocus()

    def discuss_anonymously(self) -> None:
        self.anonymous.setChecked(True)
        self.refusal.hide()
        self.notice.info(self.tr("Now anonymous: check that the question names no one, then save."))
        self.question.setFocus()

    def problem(self) -> str:
        if self.topic.currentData() is None:
            return self.tr("Choose what the item is about.")
        if self.is_case() and self.case.currentData() is None:
            self.case.setFocus()
            return self.tr("Choose the case (by its pseudonym).")
        if not self.is_case() and not self.title.text().strip():
            self.title.setFocus()
            return self.tr("Give the item a title.")
        return ""

    def item(self) -> AgendaItem:
        assert self._base is not None
        topic = ItemTopic(self.topic.currentData())
        case = topic == ItemTopic.CASE
        case_id = self.case.currentData() if case else None
        return replace(self._base, topic=topic, title="" if case else self.title.text().strip(),
                       case_id=int(case_id) if case_id is not None else None,
                       question=self.question.toPlainText().strip(), brought_by=self.brought_by.text().strip(),
                       mode=ItemMode.IDENTIFIABLE if case and self.identifiable.isChecked() else ItemMode.ANONYMOUS,
                       kindcheck_repeated=case and self.kindcheck.isChecked(),
                       colleague_consulted=case and self.consulted.isChecked(),
                       withheld_from=tuple(int(self.withheld.item(row).data(Qt.ItemDataRole.UserRole))
                                           for row in range(self.withheld.count())
                                           if self.withheld.item(row).checkState() == Qt.CheckState.Checked))
