"""Adding, changing, finishing and dropping follow-ups from a page: the two forms and the work on the
worker. After every change the whole window hears of it (``client.changed``), so Vandaag, Opvolging and
the cases show the same."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...domain.errors import VaultLocked
from ...domain.followups import FollowUp, FollowUpKind
from ...services import followups
from ...services.contacts import today
from ...services.followups import FollowUpItem, FormChoices
from ...services.session import Session
from ..client import VaultClient
from ..dates import show_date
from ..messages import error_text
from .finish_dialog import DONE, DROP, FinishDialog
from .followup_dialog import FollowUpDialog, from_draft
from .labels import item_id

FORM = "followup_form"


@dataclass(frozen=True)
class _Form:
    choices: FormChoices
    today: date


def _load_form(session: Session) -> _Form:
    return _Form(followups.form_choices(session), today(session))


class FollowUpWork(QObject):
    """``finished(text, key)``: a change was saved; ``text`` says what happened, ``key`` is the follow-up
    to select now (the next one of a recurring follow-up, a new one), or ""."""

    finished = Signal(str, str)
    failed = Signal(str)

    def __init__(self, client: VaultClient, parent: QWidget) -> None:
        super().__init__(parent)
        self.client = client
        self.parent_widget = parent
        self.form: FollowUpDialog | None = None
        self.finish_dialog: FinishDialog | None = None

    def _form(self) -> FollowUpDialog:
        if self.form is None:
            self.form = FollowUpDialog(self.parent_widget)
            self.form.submitted.connect(self._save)
        return self.form

    # -- adding and changing ---------------------------------------------------------------------

    def add(self, prefill: FollowUp | None = None) -> None:
        """The form for a new follow-up, filled in with ``prefill`` (a case, a party, a text)."""
        base = prefill or FollowUp("", FollowUpKind.OTHER, "")
        self._open(replace(base, id=None))

    def edit(self, item: FollowUpItem) -> None:
        if not item.automatic:
            self._open(item.followup, item.case_label, item.party_name)

    def _open(self, followup: FollowUp, case_label: str = "", party_name: str = "") -> None:
        login = self.client.user.login if self.client.user else ""

        def loaded(form: _Form) -> None:
            filled = replace(followup, owner_login=followup.owner_login or login,
                             due=followup.due if followup.id is not None or followup.due else form.today)
            dialog = self._form()
            dialog.prepare(filled, form.choices, case_label, party_name)
            dialog.open()

        self.client.call(_load_form, loaded, self._failed)

    def _save(self) -> None:
        dialog = self._form()
        followup = dialog.followup()
        dialog.set_busy(True)

        def saved(stored: FollowUp) -> None:
            dialog.finish()
            text = (self.tr("Follow-up added: {what}.") if followup.id is None
                    else self.tr("Follow-up changed: {what}.")).format(what=stored.what)
            self.finished.emit(text, f"followup:{stored.id}")
            self.client.changed.emit()

        self.client.call(lambda session: followups.save(session, followup), saved,
                         dialog.failed)

    # -- done and dropped ------------------------------------------------------------------------

    def complete(self, item: FollowUpItem) -> None:
        self._finish(item, DONE)

    def drop(self, item: FollowUpItem) -> None:
        if not item.automatic:
            self._finish(item, DROP)

    def _finish(self, item: FollowUpItem, mode: str) -> None:
        if self.finish_dialog is None:
            self.finish_dialog = FinishDialog(self.parent_widget)
            self.finish_dialog.submitted.connect(self._finished)
        self.finish_dialog.prepare(item, mode)
        self.finish_dialog.open()

    def _finished(self) -> None:
        dialog = self.finish_dialog
        if dialog is None or dialog.item is None:
            return
        item, text, mode = dialog.item, dialog.text(), dialog.mode
        what = " ".join(item.followup.what.split())
        dialog.set_busy(True)

        def done(following: FollowUp | None) -> None:
            dialog.finish()
            if mode == DROP:
                said = self.tr("No longer needed: {what}.").format(what=what)
            elif following is not None and following.due is not None:
                said = self.tr("Done: {what}. The next one is on {date}.").format(
                    what=what, date=show_date(following.due))
            else:
                said = self.tr("Done: {what}.").format(what=what)
            self.finished.emit(said, f"followup:{following.id}" if following is not None else "")
            self.client.changed.emit()

        def work(session: Session) -> FollowUp | None:
            if mode == DROP:
                followups.drop(session, item_id(item), text)
                return None
            return followups.complete(session, item.key, text)

        self.client.call(work, done, dialog.failed)

    # -- errors and drafts -----------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.failed.emit(error_text(error))

    def draft(self) -> dict[str, dict[str, object]]:
        if self.form is not None and self.form.isVisible():
            return {FORM: self.form.draft()}
        return {}

    def restore_draft(self, drafts: dict[str, dict[str, object]]) -> None:
        form = drafts.get(FORM)
        if form:
            self._open(from_draft(form))
