"""One tab of an open case (household, parties, timeline, meldcode, ...)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import ClassVar, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...services import case_refresh
from ...services.case_refresh import Edited
from ...services.cases import CaseFile
from ...services.session import Session
from ..client import VaultClient
from ..form_state import FormState, capture, restore
from ..table_model import SortedTable
from ..worker import ErrorCallback

TabDraft = dict[str, object]
""" A tab's unsaved forms by form name: ``{"entry": {"editing_id": 4, "fields": {...}}}``."""


T = TypeVar("T")


def call_edit(client: VaultClient, case_id: int, fn: Callable[[Session], T],
              on_done: Callable[[Edited[T]], None], on_error: ErrorCallback = None) -> None:
    """Run the change ``fn`` on the worker and, in the same job, read again the parts of case ``case_id``
    it changed (``case_refresh.edit``); ``on_done`` gets them with what ``fn`` returned."""
    client.call(lambda session: case_refresh.edit(session, case_id, fn), on_done, on_error)


class CaseTab(QWidget):
    """Shows its part of a ``CaseFile``: the fields named in ``SHOWS``. After a successful change it emits
    ``edited`` with the parts of the case the change touched, read again; the case view puts them in its
    file and calls ``show_file`` only on the tabs that show one of them. ``changed`` asks the view to read
    the whole file again (an audited read)."""

    SHOWS: ClassVar[frozenset[str]] = frozenset()
    """The ``CaseFile`` fields ``show_file`` shows; every tab also follows ``case.closed`` and ``today``."""

    changed = Signal()
    edited = Signal(object)  # an Edited: what a change of this tab touched, read again
    shown = Signal()  # show_file filled the tab

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.file: CaseFile | None = None
        self._draft_forms: dict[str, tuple[Callable[[], QDialog | None], Callable[[int | None], QDialog | None],
                                           Callable[[QDialog], object]]] = {}
        self._pending_draft: TabDraft = {}

    @classmethod
    def built(cls, client: VaultClient) -> Iterator[CaseTab | None]:
        """The tab, built in pieces: each None is a point where the event loop may run before the next
        piece (the cases page builds its tabs ahead, a piece a turn); the last item is the tab. Most tabs
        are one piece."""
        yield cls(client)

    def title(self) -> str:
        raise NotImplementedError

    def show_file(self, file: CaseFile) -> None:
        """Fill the tab from ``file``; when ``file.case.closed`` every editing control is disabled."""
        self.file = file
        self.shown.emit()

    def show_changes(self, file: CaseFile, changed: frozenset[str]) -> None:
        """``file`` after an edit changed the fields ``changed``, one of which this tab shows."""
        self.show_file(file)

    def call_edit(self, fn: Callable[[Session], T], on_done: Callable[[T], None],
                  on_error: ErrorCallback = None) -> None:
        """``call_edit`` for this tab's case (none before a case is shown): ``on_done(result)``, then
        ``edited`` with what changed."""
        if self.file is None or self.file.case.id is None:
            return

        def done(edited: Edited[T]) -> None:
            on_done(edited.result)
            self.edited.emit(edited)

        call_edit(self.client, self.file.case.id, fn, done, on_error)

    @property
    def read_only(self) -> bool:
        return self.file is None or self.file.case.closed

    # -- drafts ----------------------------------------------------------------------------------

    def keep_as_draft(self, name: str, current: Callable[[], QDialog | None],
                      reopen: Callable[[int | None], QDialog | None],
                      row_of: Callable[[QDialog], object] = lambda dialog: getattr(dialog, "editing_id", None)) -> None:
        """Keep the dialog ``current()`` returns, while it is open, as draft ``name``. After unlocking,
        ``reopen(row_of(dialog))`` opens it again for the same row (None: a new one) and returns it, or
        returns None when that is no longer possible; the typed fields are put back into what it returns."""
        self._draft_forms[name] = (current, reopen, row_of)

    def keep_dialog(self, name: str, attribute: str, add: Callable[[], None],
                    edit: Callable[[], None] | None = None, table: SortedTable | None = None,
                    row_of: Callable[[QDialog], object] = lambda dialog: getattr(dialog, "editing_id", None)) -> None:
        """``keep_as_draft`` for the dialog in ``self.<attribute>`` that ``add()`` opens for a new row and
        ``edit()`` for the row selected in ``table``. A row that is gone by then opens a new one, so what
        was typed is not lost."""

        def current() -> QDialog | None:
            dialog = self.__dict__.get(attribute)
            return dialog if isinstance(dialog, QDialog) else None

        def reopen(row_id: int | None) -> QDialog | None:
            if row_id is not None and table is not None and edit is not None:
                table.select_where(lambda row: getattr(row, "id", None) == row_id)
                if getattr(table.current_row(), "id", None) == row_id:
                    edit()
                else:
                    add()
            else:
                add()
            dialog = current()
            return dialog if dialog is not None and dialog.isVisible() else None

        self.keep_as_draft(name, current, reopen, row_of)

    def draft(self) -> TabDraft:
        """The open forms of this tab as typed; a draft not yet put back is kept as it came."""
        forms: TabDraft = dict(self._pending_draft)
        for name, (current, _reopen, row_of) in self._draft_forms.items():
            dialog = current()
            if dialog is not None and dialog.isVisible():
                row_id = row_of(dialog)
                forms[name] = {"editing_id": row_id if isinstance(row_id, int) else None, "fields": capture(dialog)}
        inline = self.inline_draft()
        if inline:
            forms[INLINE_FORM] = {"fields": inline}
        return forms

    def restore_draft(self, draft: TabDraft) -> None:
        """Put back what ``draft()`` gave, once the tab can (``ready_for_drafts``); see ``try_restore``."""
        self._pending_draft = dict(draft)
        self.try_restore()

    def ready_for_drafts(self) -> bool:
        """Whether the tab has what its forms need to open (the case, the names); subclasses add theirs."""
        return self.file is not None

    def try_restore(self) -> None:
        if not self._pending_draft or not self.ready_for_drafts():
            return
        pending, self._pending_draft = self._pending_draft, {}
        inline = pending.pop(INLINE_FORM, None)
        if isinstance(inline, dict) and isinstance(inline.get("fields"), dict):
            self.restore_inline(inline["fields"])
        for name, form in pending.items():
            entry = self._draft_forms.get(name)
            if entry is None or not isinstance(form, dict):
                continue
            editing_id = form.get("editing_id")
            dialog = entry[1](editing_id if isinstance(editing_id, int) else None)
            if dialog is None:
                continue
            fields = form.get("fields")
            restore(dialog, fields if isinstance(fields, dict) else {})
            refresh = getattr(dialog, "fields_changed", None)
            if callable(refresh):
                refresh()

    def inline_draft(self) -> FormState:
        """What was typed in the tab itself (not in a dialog) and not saved; most tabs have no such fields."""
        return {}

    def restore_inline(self, fields: FormState) -> None:
        """Put back what ``inline_draft`` gave."""


INLINE_FORM = "inline"
