"""One open case: the header, and the tabs of ``case_tabs()`` below it.

Opening a case is one audited read (``open_case``). An edit (in a tab, the header, closing) reads again
only the parts of the file it changed, in the same worker job and without an audited read
(``case_refresh.edit``); the view puts them in its file and shows them again in the header and in the
tabs whose ``SHOWS`` names one of them; the other tabs keep what they show. Names of parties and
practice users come from one ``Directory``: the sociale kaart is loaded once (not per case), and what the
tabs and forms look up in it is worked out on the worker (``load_names``, then the forms' lists in slices,
``NameLists.steps``), so that nothing is made per contact on the GUI thread when a case opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...domain.cases import Case
from ...domain.errors import VaultLocked
from ...domain.followups import FollowUp, FollowUpKind
from ...domain.users import Permission
from ...services import cases
from ...services.case_refresh import CaseChanges, Edited
from ...services.cases import CaseFile
from ...services.contacts import ContactMap
from ...services.session import Session
from ..client import VaultClient
from ..documents.case_documents import CaseDocuments
from ..form_state import capture, restore
from ..messages import error_text
from ..page_parts import Notice
from .case_header import CaseHeader
from .case_tab import CaseTab, call_edit
from .close_case_dialog import CloseCaseDialog
from .directory import Directory, MapNames, NameLists, names_steps
from .slices import run_in_slices
from .tabs import case_tabs


class CaseView(QWidget):
    back_requested = Signal()
    case_changed = Signal()  # something was saved: the list of cases is out of date
    case_touched = Signal(int)  # the id of the case something was saved in: its row in the list is out of date
    followup_requested = Signal(object)  # a FollowUp for this case, to fill in

    def __init__(self, client: VaultClient, tab_classes: Sequence[type[CaseTab]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.client = client
        self.case_id: int | None = None
        self.file: CaseFile | None = None
        self.users: list[tuple[str, str]] = []
        self.contact_map: ContactMap | None = None
        self.names: MapNames | None = None
        self.directory = Directory()
        self.close_dialog: CloseCaseDialog | None = None
        self._pending: dict[str, object] | None = None  # a draft of this view waiting for its case to load
        self.header = CaseHeader()
        self.tabs = QTabWidget(objectName="caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self.case_tabs: list[CaseTab] = [cls(client) for cls in (tab_classes or case_tabs())]
        for tab in self.case_tabs:
            self.tabs.addTab(tab, tab.title())
            tab.changed.connect(self._tab_changed)
            tab.edited.connect(self._edited)
        self.notice = Notice("caseNotice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        self.setTabOrder(self.header.close_button, self.tabs)

        self.header.back_button.clicked.connect(self.back_requested)
        self.header.save_requested.connect(self.save_header)
        self.header.close_button.clicked.connect(self.ask_close_or_reopen)
        self.header.followup_button.clicked.connect(self.request_followup)
        self.documents = CaseDocuments(self, self.header.documents_button)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_header)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_loading()

    # -- loading ---------------------------------------------------------------------------------

    def open(self, case_id: int, *, fresh: bool = False) -> None:
        """Show case ``case_id``; ``fresh`` loads the names from the sociale kaart again too."""
        if self._pending is not None and self._pending.get("case_id") != case_id:
            self._pending = None  # another case was asked for before this draft's case had loaded
        if case_id != self.case_id:
            self.case_id = case_id
            self.file = None
            self.notice.clear()
            self.tabs.setCurrentIndex(0)
            self._show_loading()
        if fresh or self.names is None:
            run_in_slices(self.client, lambda session: names_steps(session, fresh), self._names_loaded,
                          self._failed)
        self.reload()

    def reload(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        self.client.call(lambda session: cases.open_case(session, case_id),
                         lambda file: self._loaded(case_id, file), self._failed)

    def set_users(self, users: list[tuple[str, str]]) -> None:
        self.users = users
        self.header.set_users(users)
        self._share_directory()

    def _names_loaded(self, names: MapNames) -> None:
        self.names = names
        self.contact_map = names.map
        self._share_directory()
        if names.lists is not None:  # made already for another page or tab with the same sociale kaart
            self._forms_ready(names, names.lists)
            return
        run_in_slices(self.client, NameLists.steps(names), lambda lists: self._forms_ready(names, lists),
                      self._failed)

    def _forms_ready(self, names: MapNames, lists: NameLists) -> None:
        """The forms' lists of ``names`` were made on the worker: a form waiting for them gets them, and
        drafts waiting for them are put back."""
        if names.lists is None:
            names.lists = lists
        if names is not self.names:
            return
        for tab in self.case_tabs:
            ready = getattr(tab, "forms_ready", None)
            if callable(ready):
                ready()
            tab.try_restore()

    def _share_directory(self) -> None:
        self.directory = Directory(self.users, names=self.names)
        for tab in self.case_tabs:
            show = getattr(tab, "show_directory", None)
            if callable(show):
                show(self.directory)
            tab.try_restore()

    def _loaded(self, case_id: int, file: CaseFile) -> None:
        if case_id != self.case_id:
            return
        typed = self._typed_header()  # what was typed in the header and not saved stays
        self.file = file
        self.tabs.setEnabled(True)
        self.header.show_case(file.case, self.editable)
        for tab in self.case_tabs:
            tab.show_file(file)
        self.documents.update()
        if typed.get("case_id") == case_id:
            self._apply_header_draft(typed)
        self._apply_pending(case_id)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def _show_loading(self) -> None:
        self.header.label.setText(self.tr("Loading…"))
        self.header.status.clear()
        self.header.banner.hide()
        self.tabs.setEnabled(False)

    @property
    def editable(self) -> bool:
        return self.file is not None and not self.file.case.closed and self.client.may(Permission.EDIT_CASES)

    def _tab_changed(self) -> None:
        """A tab asks for the whole file to be read again."""
        self.reload()
        self._say_changed(self.case_id)

    def _edited(self, edited: Edited[object]) -> None:
        self.apply(edited.changes, edited.parts)
        self._say_changed(edited.changes.case_id)

    def _say_changed(self, case_id: int | None) -> None:
        self.case_changed.emit()
        if case_id is not None:
            self.case_touched.emit(case_id)

    def apply(self, changes: CaseChanges, parts: dict[str, object]) -> None:
        """Put the ``parts`` an edit read again into the file; the header shows a changed case again, and the
        tabs that show one of the parts show the file: every tab, when the case was closed or reopened or
        the day changed."""
        file, case_id = self.file, changes.case_id
        if file is None or case_id != self.case_id or file.case.id != case_id:
            return  # another case is shown by now, or is still loading: its own read has the edit
        typed = self._typed_header()  # what was typed in the header and not saved stays
        self.file = replace(file, **parts)
        changed = frozenset(part for part, value in parts.items() if part != "today" or value != file.today)
        if not changed:
            return
        every_tab = self.file.case.closed != file.case.closed or "today" in changed
        if "case" in changed and replace(self.file.case, updated_at=file.case.updated_at) != file.case:
            self.header.show_case(self.file.case, self.editable)
            if typed.get("case_id") == case_id:
                self._apply_header_draft(typed)
        else:
            self.header.case = self.file.case  # only touched: what the header shows, and any typing, stay
        for tab in self.case_tabs:
            if every_tab or tab.SHOWS & changed:
                tab.show_changes(self.file, changed)
            else:
                tab.file = self.file  # shows nothing of it; its forms see the same file as the others
        self.documents.update()

    # -- the header ------------------------------------------------------------------------------

    def save_header(self) -> None:
        edited = self.header.edited_case()
        if edited is None or edited.id is None or not self.editable or not self.header.dirty():
            return
        case_id = edited.id
        self.header.save_button.setEnabled(False)
        call_edit(self.client, case_id, lambda session: cases.update_case(session, edited), self._header_saved,
                  self._header_failed)

    def _header_saved(self, edited: Edited[Case]) -> None:
        self.notice.info(self.tr("{label} is saved.").format(label=edited.result.label))
        self._edited(edited)

    def _header_failed(self, error: BaseException) -> None:
        self.header.update_buttons()
        self._failed(error)

    def ask_close_or_reopen(self) -> None:
        if self.file is None or not self.client.may(Permission.EDIT_CASES):
            return
        if self.close_dialog is None:
            self.close_dialog = CloseCaseDialog(self)
            self.close_dialog.submitted.connect(self._close_or_reopen)
        self.close_dialog.prepare(self.file.case.label, self.file.case.closed)
        self.close_dialog.open()

    def _close_or_reopen(self) -> None:
        dialog = self.close_dialog
        if dialog is None or self.case_id is None:
            return
        case_id, reason, reopening = self.case_id, dialog.text(), dialog.reopening
        dialog.set_busy(True)

        def change(session: Session) -> Case:
            if reopening:
                return cases.reopen_case(session, case_id, reason)
            return cases.close_case(session, case_id, reason)

        def done(edited: Edited[Case]) -> None:
            dialog.finish()
            case = edited.result
            self.notice.info(self.tr("{label} is reopened.").format(label=case.label) if reopening
                             else self.tr("{label} is closed.").format(label=case.label))
            self._edited(edited)

        def failed(error: BaseException) -> None:
            if isinstance(error, VaultLocked):
                dialog.set_busy(False)
            else:
                dialog.show_error(error_text(error))

        call_edit(self.client, case_id, change, done, failed)

    # -- follow-ups ------------------------------------------------------------------------------

    def followup_context(self) -> FollowUp | None:
        """A follow-up of this case; the tab shown adds its selection (a party, a timeline entry)."""
        if self.file is None or not self.editable:
            return None
        base = FollowUp("", FollowUpKind.OTHER, "", self.file.today, case_id=self.file.case.id)
        add = getattr(self.tabs.currentWidget(), "followup_context", None)
        return add(base) if callable(add) else base

    def request_followup(self) -> None:
        context = self.followup_context()
        if context is not None:
            self.followup_requested.emit(context)

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> dict[str, object]:
        """What was typed in this case and not saved: the header, the forms of every tab, the closing
        reason; with the case and the tab shown, so unlocking brings back the same place. Empty when
        nothing was typed."""
        if self._pending is not None:
            return dict(self._pending)
        if self.file is None or self.case_id is None or self.file.case.id != self.case_id:
            return {}
        draft: dict[str, object] = {}
        header = self._typed_header()
        if header:
            draft["header"] = {key: value for key, value in header.items() if key != "case_id"}
        tabs = {tab.objectName(): forms for tab in self.case_tabs if (forms := tab.draft())}
        if tabs:
            draft["tabs"] = tabs
        if self.close_dialog is not None and self.close_dialog.isVisible():
            draft["close"] = capture(self.close_dialog)
        if not draft:
            return {}
        current = self.tabs.currentWidget()
        return {"case_id": self.case_id, "tab": current.objectName() if current else "", **draft}

    def restore_draft(self, draft: dict[str, object]) -> None:
        """Open the case of ``draft`` and put back what was typed, once the case is loaded."""
        case_id = draft.get("case_id")
        if not isinstance(case_id, int):
            return
        if "summary" in draft:  # a draft kept before the tabs had drafts of their own: the header only
            draft = {"case_id": case_id, "header": {k: draft.get(k) for k in ("summary", "responsible")}}
        self._pending = dict(draft)
        self.open(case_id)

    def _typed_header(self) -> dict[str, object]:
        edited = self.header.edited_case()
        if edited is None or not self.header.dirty():
            return {}
        return {"case_id": edited.id, "summary": edited.summary, "responsible": edited.responsible_login}

    def _apply_pending(self, case_id: int) -> None:
        pending = self._pending
        if pending is None or pending.get("case_id") != case_id or self.file is None:
            return
        self._pending = None
        header = pending.get("header")
        if isinstance(header, dict):
            self._apply_header_draft(header)
        tab_name = pending.get("tab")
        tabs = pending.get("tabs")
        for tab in self.case_tabs:
            if tab.objectName() == tab_name:
                self.tabs.setCurrentWidget(tab)
            forms = tabs.get(tab.objectName()) if isinstance(tabs, dict) else None
            if isinstance(forms, dict) and forms:
                tab.restore_draft(forms)
        closing = pending.get("close")
        if isinstance(closing, dict):
            self.ask_close_or_reopen()
            if self.close_dialog is not None and self.close_dialog.isVisible():
                restore(self.close_dialog, closing)

    def _apply_header_draft(self, draft: dict[str, object]) -> None:
        if not self.editable:
            return
        self.header.summary.setText(str(draft.get("summary", "")))
        index = self.header.responsible.findData(str(draft.get("responsible", "")))
        if index >= 0:
            self.header.responsible.setCurrentIndex(index)
        self.header.update_buttons()

    def show_tab(self, key: str) -> bool:
        """Bring the tab with object name ``key`` (``"safeAtHomeTab"``) to the front, as when Vandaag opens
        a terugkoppeling; it shows the case once loaded. False when there is no such tab."""
        for tab in self.case_tabs:
            if tab.objectName() == key:
                self.tabs.setCurrentWidget(tab)
                return True
        return False
