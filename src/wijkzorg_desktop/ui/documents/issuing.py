"""Making a signed document: the card's PIN first when the practice signs with a UZI-pas, then rendering and
signing on the worker behind a progress dialog, then the preview.

Every page that makes documents (a case, Opvolging, the sociale kaart) goes through one ``DocumentIssuer``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...documents.pdf_errors import PdfProblem
from ...domain.errors import VaultLocked
from ...services import practice_cert
from ...services.document_errors import DocumentFailed
from ...services.session import Session
from ..cases.case_forms import CaseDialog
from ..client import VaultClient
from ..messages import error_text, show_error
from .pin_dialog import PinDialog
from .preview_dialog import PreviewDialog

if TYPE_CHECKING:
    from ...services.documents import IssuedDocument

Make = Callable[[Session, "str | None"], "IssuedDocument"]
ErrorHandler = Callable[[BaseException], bool]
"""Shows an error its own way and returns True, or returns False to leave it to the issuer."""

CARD_PROBLEMS = frozenset({PdfProblem.WRONG_PIN, PdfProblem.PIN_LOCKED, PdfProblem.TOKEN_NOT_FOUND,
                           PdfProblem.MODULE_NOT_LOADED, PdfProblem.NO_SIGNING_KEY})
"""Problems the PIN dialog shows while it stays open: type the PIN again, or put the card in first."""


class Progress(QObject):
    """A long job's steps as the services report them, ``progress(percent, step)`` on the worker; the signal
    reaches the GUI thread queued. ``step`` is an English text of the ``context`` translation context."""

    changed = Signal(int, str)

    def __init__(self, context: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def __call__(self, percent: int, step: str) -> None:
        self.changed.emit(int(percent), QCoreApplication.translate(self.context, step))


class DocumentIssuer(QObject):
    def __init__(self, client: VaultClient, parent: QWidget, pin_intro: str = "", pin_button: str = "") -> None:
        """``pin_intro`` and ``pin_button`` word the PIN dialog for work other than signing (decrypting)."""
        super().__init__(parent)
        self.client = client
        self.widget = parent
        self.pin_intro, self.pin_button = pin_intro, pin_button
        self.pin_dialog: PinDialog | None = None
        self.progress: QProgressDialog | None = None
        self.preview: PreviewDialog | None = None
        self._make: Make | None = None
        self._busy_text = ""
        self._waiting: CaseDialog | None = None
        self._on_error: ErrorHandler | None = None
        self._done: Callable[[Any], None] | None = None
        self._progress: Progress | None = None

    @property
    def busy(self) -> bool:
        return self._make is not None

    def issue(self, make: Make, busy_text: str, *, check: Callable[[Session], None] | None = None,
              waiting: CaseDialog | None = None, on_error: ErrorHandler | None = None,
              done: Callable[[Any], None] | None = None, progress: Progress | None = None,
              ask_pin: bool = True) -> None:
        """``make(session, pin)`` on the worker, then the preview (or ``done(result)``).

        ``check`` runs on the worker before the PIN is asked (the consent gate, say), so nobody types a PIN
        in vain. ``waiting`` is the form the choices came from: busy meanwhile, closed when the document is
        made, and showing what went wrong otherwise (unless ``on_error`` shows it its own way). ``progress``,
        when ``make`` reports to it, fills the progress bar; ``ask_pin`` False: no card is needed at all."""
        if self.busy:
            return
        self._make, self._busy_text, self._waiting, self._on_error = make, busy_text, waiting, on_error
        self._done, self._progress = done, progress
        if progress is not None:
            progress.changed.connect(self._progressed)
        if waiting is not None:
            waiting.set_busy(True, self.tr("Preparing…"))

        def first(session: Session) -> bool:
            if check is not None:
                check(session)
            return ask_pin and practice_cert.needs_pin(session)

        self.client.call(first, self._pin_known, self._failed)

    def _pin_known(self, needs_pin: bool) -> None:
        if not needs_pin:
            self._run(None)
            return
        self._hide_progress()
        if self.pin_dialog is None:
            self.pin_dialog = PinDialog(self.widget)
            self.pin_dialog.submitted.connect(lambda: self._run(self.pin_dialog.value()))
            self.pin_dialog.rejected.connect(self._cancelled)
            if self.pin_intro:
                self.pin_dialog.say(self.pin_intro)
            if self.pin_button:
                self.pin_dialog.ok_button.setText(self.pin_button)
        self.pin_dialog.prepare()
        self.pin_dialog.open()

    def _run(self, pin: str | None) -> None:
        make = self._make
        if make is None:
            return
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            self.pin_dialog.set_busy(True, self.tr("Signing…"))
        if self._waiting is not None:
            self._waiting.set_busy(True, self._busy_text)
        self._show_progress(self._busy_text)
        self.client.call(lambda session: make(session, pin), self._made, self._failed)

    def _made(self, document: IssuedDocument) -> None:
        self._hide_progress()
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            self.pin_dialog.finish()
        waiting, done = self._waiting, self._done
        self._reset()
        if waiting is not None:
            waiting.finish()
        if self.client.unlocked:
            (done or self.show_preview)(document)

    def show_preview(self, document: IssuedDocument) -> PreviewDialog:
        if self.preview is not None:
            self.preview.deleteLater()
        self.preview = PreviewDialog(self.client, document, self.widget)
        self.preview.open()
        return self.preview

    def _failed(self, error: BaseException) -> None:
        self._hide_progress()
        pin = self.pin_dialog if self.pin_dialog is not None and self.pin_dialog.isVisible() else None
        if pin is not None and isinstance(error, DocumentFailed) and error.problem in CARD_PROBLEMS:
            pin.show_error(error_text(error))  # try again: the PIN, or the card in the reader
            return
        waiting, on_error = self._waiting, self._on_error
        self._reset()
        if pin is not None:
            pin.set_busy(False)
            pin.reject()
        if waiting is not None:
            waiting.set_busy(False)
        if isinstance(error, VaultLocked) or (on_error is not None and on_error(error)):
            return
        if waiting is not None and waiting.isVisible():
            waiting.show_error(error_text(error))
        else:
            show_error(self.widget, error)

    def _cancelled(self) -> None:
        """The PIN dialog was closed without signing."""
        if self._make is None or (self.pin_dialog is not None and self.pin_dialog.busy):
            return
        waiting = self._waiting
        self._reset()
        if waiting is not None:
            waiting.set_busy(False)

    def _reset(self) -> None:
        if self._progress is not None:
            self._progress.changed.disconnect(self._progressed)
        self._make = self._on_error = self._waiting = self._done = self._progress = None

    # -- progress --------------------------------------------------------------------------------

    def _show_progress(self, text: str) -> None:
        if self.progress is None:
            self.progress = QProgressDialog(self.widget)
            self.progress.setObjectName("documentProgress")
            self.progress.setWindowTitle(self.tr("Document"))
            self.progress.setRange(0, 0)
            self.progress.setCancelButton(None)
            self.progress.setMinimumDuration(0)
            self.progress.setAutoReset(False)
            self.progress.setAutoClose(False)
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumWidth(380)
        self.progress.setLabelText(text)
        if self._progress is not None:
            self.progress.setRange(0, 100)
            self.progress.setValue(0)
        else:
            self.progress.setRange(0, 0)
        self.progress.open()

    @Slot(int, str)
    def _progressed(self, percent: int, step: str) -> None:
        if self.progress is not None and self._make is not None:
            self.progress.setValue(max(0, min(100, percent)))
            if step:
                self.progress.setLabelText(step)

    def _hide_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
