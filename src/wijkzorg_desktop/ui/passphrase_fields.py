"""A new passphrase typed twice, with a live strength hint. Used wherever a passphrase is set."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from ..domain.errors import WijkzorgError
from ..domain.passphrase import MIN_LENGTH, estimate, validate_new


class PassphraseFields(QWidget):
    """``passphrase()`` gives the value once both fields agree and it is long enough."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second.setObjectName("repeatPassphrase")
        self.meter = QProgressBar(maximum=4, textVisible=False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel(wordWrap=True)
        self.hint.setObjectName("passphraseHint")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("New passphrase:"), self.first)
        layout.addRow(self.tr("Type it again:"), self.second)
        layout.addRow("", self.meter)
        layout.addRow("", self.hint)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.setTabOrder(self.first, self.second)
        self._valid = False
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.first.text()
        strength = estimate(text)
        self.meter.setValue(strength.score if text else 0)
        if len(text) < MIN_LENGTH:
            hint = self.tr("At least %n characters.", "", MIN_LENGTH)
        else:
            hint = QCoreApplication.translate("passphrase", strength.hint)
            if self.second.text() and self.second.text() != text:
                hint += " " + self.tr("The two passphrases are not the same.")
        self.hint.setText(hint)
        valid = self.error() is None
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def error(self) -> WijkzorgError | None:
        try:
            validate_new(self.first.text(), self.second.text())
        except WijkzorgError as exc:
            return exc
        return None

    def is_valid(self) -> bool:
        return self._valid

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
