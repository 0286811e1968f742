"""Beheer > Practice: the practice's name, after how many idle minutes the app locks, and the letterhead."""

from __future__ import annotations

import contextlib

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import FormInvalid, VaultLocked
from ...domain.practice import (
    MAX_LOCK_MINUTES,
    MAX_VERIFY_MONTHS,
    MIN_LOCK_MINUTES,
    MIN_VERIFY_MONTHS,
    PracticeSettings,
)
from ...domain.users import Role
from ...services import practice
from ..client import VaultClient
from ..messages import error_text, render
from ..page import Drafts, Page
from ..page_parts import Notice, explanation, heading


class PracticePage(Page):
    page_id = "practice"
    roles = frozenset({Role.ADMIN})

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self._saved: PracticeSettings | None = None
        self._pending: dict[str, object] | None = None  # a draft that came before the settings
        self._saving = False
        self.name = QLineEdit(objectName="practiceName")
        self.name.setAccessibleName(self.tr("Practice name"))
        self.name.setMaxLength(120)
        self.lock_minutes = QSpinBox(objectName="lockMinutes", minimum=MIN_LOCK_MINUTES,
                                     maximum=MAX_LOCK_MINUTES)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        self.lock_minutes.setMinimumWidth(110)
        self.verify_months = QSpinBox(objectName="practiceVerifyMonths", minimum=MIN_VERIFY_MONTHS,
                                      maximum=MAX_VERIFY_MONTHS, value=12)
        self.verify_months.setSuffix(self.tr(" months"))
        self.verify_months.setAccessibleName(self.tr("Check contacts after months"))
        self.verify_months.setToolTip(self.tr(
            "Before a meeting, the members whose details were last checked longer ago are listed to check"))
        self.verify_months.setMinimumWidth(110)
        self.letterhead = {
            "address": QLineEdit(objectName="practiceAddress", placeholderText=self.tr("Street 1, 1234 AB Town")),
            "phone": QLineEdit(objectName="practicePhone", placeholderText="030 123 4567"),
            "email": QLineEdit(objectName="practiceEmail"),
            "website": QLineEdit(objectName="practiceWebsite"),
        }
        names = {"address": self.tr("Address"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
                 "website": self.tr("Website")}
        for key, edit in self.letterhead.items():
            edit.setAccessibleName(names[key])
            edit.setMaxLength(200)
        self.save_button = QPushButton(self.tr("&Save"), objectName="savePractice")
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.undo_button = QPushButton(self.tr("&Undo changes"), objectName="undoPractice")
        self.notice = Notice("practiceNotice")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Practice &name:"), self.name)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.lock_minutes)
        minutes_row.addStretch(1)
        form.addRow(QLabel(self.tr("&Lock after:"), buddy=self.lock_minutes), minutes_row)
        months_row = QHBoxLayout()
        months_row.addWidget(self.verify_months)
        months_row.addStretch(1)
        form.addRow(QLabel(self.tr("&Check contacts after:"), buddy=self.verify_months), months_row)
        form.addRow(self.tr("A&ddress:"), self.letterhead["address"])
        form.addRow(self.tr("&Phone:"), self.letterhead["phone"])
        form.addRow(self.tr("&E-mail:"), self.letterhead["email"])
        form.addRow(self.tr("&Website:"), self.letterhead["website"])
        about = explanation(self.tr(
            "The practice name appears in the window title of every user. The program locks itself and "
            "asks for a passphrase again after this many minutes without keyboard or mouse use; a new "
            "time applies from the moment you save it. Keep it short on workstations that patients can "
            "see. Address, phone, e-mail and website form the letterhead of the documents the practice "
            "signs. Before each meeting, the members whose details on the sociale kaart were checked longer ago "
            "than the set number of months are listed to check."))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        panel = QWidget()
        panel.setMaximumWidth(640)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(about)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        inner.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(explanation(self.tr("These settings hold for the whole practice and every user.")))
        layout.addSpacing(8)
        row = QHBoxLayout()
        row.addWidget(panel, 2)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

        self.name.textChanged.connect(self._update)
        self.lock_minutes.valueChanged.connect(self._update)
        self.verify_months.valueChanged.connect(self._update)
        for edit in self.letterhead.values():
            edit.textChanged.connect(self._update)
            edit.returnPressed.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self._undo)
        self._update()

    def title(self) -> str:
        return self.tr("Practice")

    def _current(self) -> PracticeSettings:
        return PracticeSettings(self.name.text(), self.lock_minutes.value(),
                                **{key: edit.text() for key, edit in self.letterhead.items()},
                                verify_after_months=self.verify_months.value())

    def dirty(self) -> bool:
        return self._saved is not None and self._current() != self._saved

    def _update(self) -> None:
        loaded = self._saved is not None
        for widget in (self.name, self.lock_minutes, self.verify_months, *self.letterhead.values()):
            widget.setEnabled(loaded and not self._saving)
        self.save_button.setEnabled(self.dirty() and bool(self.name.text().strip()) and not self._saving)
        self.undo_button.setEnabled(self.dirty() and not self._saving)
        if self.dirty() and self.notice.kind == "info":
            self.notice.clear()

    def refresh(self) -> None:
        self.client.call(practice.get, self._loaded, self._failed)

    def _loaded(self, settings: PracticeSettings) -> None:
        keep = self._current() if self.dirty() else None
        self._saved = settings
        self._show(settings)
        if keep is not None:
            self._show(keep)
        if self._pending is not None:
            self._apply(self._pending)
            self._pending = None
        self._update()

    def _show(self, settings: PracticeSettings) -> None:
        self.name.setText(settings.name)
        self.lock_minutes.setValue(settings.lock_minutes)
        self.verify_months.setValue(settings.verify_after_months)
        for key, edit in self.letterhead.items():
            edit.setText(getattr(settings, key))

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._update()
        if isinstance(error, FormInvalid):  # the letterhead: say what is wrong with which field
            self.notice.error("; ".join(render(m) for m in error.errors.values()).capitalize() + ".")
        elif not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def _undo(self) -> None:
        if self._saved is not None:
            self._show(self._saved)
            self.notice.clear()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        new = self._current()
        self._saving = True
        self._update()
        self.notice.busy(self.tr("Saving…"))
        self.client.call(lambda session: practice.update(session, new), self._saved_done, self._failed)

    def _saved_done(self, settings: PracticeSettings) -> None:
        self._saving = False
        self._saved = settings
        self._show(settings)
        self._update()
        self.notice.info(self.tr(
            "Saved. From now on the program locks after {minutes} min without use.").format(
            minutes=settings.lock_minutes))
        self.client.changed.emit()

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> Drafts:
        if self.dirty():
            form: dict[str, object] = {"name": self.name.text(), "lock_minutes": self.lock_minutes.value(),
                                       **{key: edit.text() for key, edit in self.letterhead.items()}}
            if self._saved is not None and self.verify_months.value() != self._saved.verify_after_months:
                form["verify_after_months"] = self.verify_months.value()
            return {"settings": form}
        return {"settings": dict(self._pending)} if self._pending else {}

    def restore_draft(self, drafts: Drafts) -> None:
        form = drafts.get("settings")
        if not form:
            return
        if self._saved is None:
            self._pending = dict(form)
        else:
            self._apply(form)
            self._update()

    def _apply(self, form: dict[str, object]) -> None:
        self.name.setText(str(form.get("name", self.name.text())))
        for key, edit in self.letterhead.items():
            edit.setText(str(form.get(key, edit.text())))
        with contextlib.suppress(ValueError):
            self.lock_minutes.setValue(int(str(form.get("lock_minutes", self.lock_minutes.value()))))
        with contextlib.suppress(ValueError):
            self.verify_months.setValue(int(str(form.get("verify_after_months", self.verify_months.value()))))
