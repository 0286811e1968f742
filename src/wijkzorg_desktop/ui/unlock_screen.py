"""The unlock screen: choose a user, type the passphrase. It has no way to be dismissed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import config
from ..domain.errors import UnlockDelayed, WrongCredentials
from ..domain.unlocking import delay_after
from ..services import vaults
from ..services.vaults import Unlocked
from .messages import error_text
from .recovery_dialog import RecoveryDialog
from .worker import Worker


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # services.vaults.Unlocked

    def __init__(self, worker: Worker, store: Path, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.worker = worker
        self.store = store
        self._preselect = ""
        self._busy = False
        self._wait = 0
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self._lead = ""

        title = QLabel(config.APP_NAME)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.intro = QLabel(self.tr("The vault is locked. Choose your name and type your passphrase."),
                            wordWrap=True)
        self.demo_note = QLabel(wordWrap=True)
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.demo_note.setMargin(8)
        self.demo_note.setText(self.tr(
            "Demo practice: every user (beheer, huisarts, poh, assistent) has the passphrase {passphrase}"
        ).format(passphrase=config.DEMO_PASSPHRASE))
        self.demo_note.setVisible(demo)

        self.user = QComboBox()
        self.user.setObjectName("unlockUser")
        self.user.setAccessibleName(self.tr("User"))
        self.user.setMinimumContentsLength(16)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("unlockError")
        self.error.setAccessibleName(self.tr("Message"))
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("unlockStatus")
        self.recovery_button = QPushButton(self.tr("Use &recovery key…"))
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.setFlat(True)
        self.recovery_button.setCursor(Qt.CursorShape.PointingHandCursor)

        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.unlock_button)

        panel = QFrame()
        panel.setObjectName("unlockPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(520)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(self.intro)
        inner.addWidget(self.demo_note)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.setTabOrder(self.user, self.passphrase)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_button)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.recovery_button.clicked.connect(self.open_recovery)
        self.user.currentIndexChanged.connect(self._user_changed)
        self._update_buttons()

    # -- showing --------------------------------------------------------------------------------

    def prepare(self, preselect: str = "") -> None:
        """Fresh screen: empty passphrase, the logins read again, ``preselect`` chosen if present."""
        self._preselect = preselect or self.user.currentText()
        self.passphrase.clear()
        self.error.clear()
        self.user.setEnabled(False)
        store = self.store
        self.worker.submit(lambda: vaults.logins(store), self._logins_loaded, self._logins_failed)

    def _logins_loaded(self, logins: list[str]) -> None:
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItems(sorted(logins))
        index = self.user.findText(self._preselect)
        self.user.setCurrentIndex(max(index, 0))
        self.user.blockSignals(False)
        self.user.setEnabled(True)
        self._update_buttons()
        self.passphrase.setFocus()

    def _logins_failed(self, error: BaseException) -> None:
        self.user.clear()
        self.user.setEnabled(False)
        self.error.setText(error_text(error))
        self._update_buttons()

    def _user_changed(self) -> None:
        self._stop_countdown()
        self.error.clear()

    def _update_buttons(self) -> None:
        ready = not self._busy and self.user.count() > 0
        self.unlock_button.setEnabled(ready and self._wait == 0)
        self.passphrase.setEnabled(not self._busy)
        self.recovery_button.setEnabled(ready)
        self.status.setText(self.tr("Unlocking…") if self._busy else "")

    # -- unlocking -------------------------------------------------------------------------------

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self.unlock_as(self.user.currentText(), self.passphrase.text())

    def unlock_as(self, login: str, passphrase: str) -> None:
        """As if typed: ``wijkzorg --user LOGIN --passphrase-file FILE`` starts here; a failure shows on this screen."""
        store = self.store
        self._busy = True
        self.error.clear()
        self._update_buttons()
        self.worker.submit(lambda: vaults.unlock(store, login, passphrase), self._done,
                           lambda error: self._failed(login, error))

    def _done(self, result: Unlocked) -> None:
        self._busy = False
        self.passphrase.clear()
        self._update_buttons()
        self.unlocked.emit(result)

    def _failed(self, login: str, error: BaseException) -> None:
        self._busy = False
        self.passphrase.clear()
        self._update_buttons()
        self.passphrase.setFocus()
        if isinstance(error, UnlockDelayed):
            self._start_countdown("", int(error.params.get("seconds", 1)))
            return
        self.error.setText(error_text(error))
        if isinstance(error, WrongCredentials):
            store = self.store
            self.worker.submit(lambda: vaults.failures_pending(store, login),
                               lambda count: self._start_countdown(error_text(error), delay_after(count)),
                               lambda _error: None)

    def _start_countdown(self, lead: str, seconds: int) -> None:
        if seconds <= 0:
            return
        self._lead = lead
        self._wait = seconds
        self._show_wait()
        self._countdown.start()
        self._update_buttons()

    def _tick(self) -> None:
        self._wait = max(0, self._wait - 1)
        if self._wait == 0:
            self._stop_countdown()
            self.error.setText(self._lead)
        else:
            self._show_wait()

    def _show_wait(self) -> None:
        delayed = error_text(UnlockDelayed(seconds=self._wait))
        self.error.setText(f"{self._lead}\n{delayed}" if self._lead else delayed)

    def _stop_countdown(self) -> None:
        self._countdown.stop()
        self._wait = 0
        self._update_buttons()

    # -- recovery --------------------------------------------------------------------------------

    def open_recovery(self) -> None:
        logins = [self.user.itemText(i) for i in range(self.user.count())]
        dialog = RecoveryDialog(self.worker, self.store, logins, self.user.currentText(), self)
        dialog.recovered.connect(lambda session: self.unlocked.emit(Unlocked(session, ())))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
