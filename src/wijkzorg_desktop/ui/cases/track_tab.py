"""The base of the meldcode, Veilig Thuis and consent tabs: who may edit, a line for what happened, and
the names from the sociale kaart.

In the case view the names come with the view's ``Directory`` (``show_directory``). A tab shown on its
own loads the sociale kaart itself, on the worker, when it first shows a case; when the vault says
something changed, a visible tab loads it again at once and a hidden one when it is shown next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...domain.errors import VaultLocked
from ...domain.users import Permission
from ...services.cases import CaseFile
from ..client import VaultClient
from ..messages import error_text
from ..page_parts import Notice
from .case_tab import CaseTab
from .track_parts import Lookup, load_lookup

if TYPE_CHECKING:
    from .directory import Directory


class TrackTab(CaseTab):
    def __init__(self, client: VaultClient, notice_name: str, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.lookup: Lookup | None = None
        self.notice = Notice(notice_name)
        self._loading = False
        self._stale = True
        self._directed = False  # the names come from the case view's directory
        self.client.changed.connect(self._vault_changed)

    @property
    def editable(self) -> bool:
        return not self.read_only and self.client.may(Permission.EDIT_CASES)

    def show_file(self, file: CaseFile) -> None:
        super().show_file(file)
        self.fill(file)
        if self._stale and not self._directed:
            self._load_lookup()

    def fill(self, file: CaseFile) -> None:
        """Show ``file``; ``self.lookup`` may still be None."""

    def lookup_loaded(self) -> None:
        """Show the names now that ``self.lookup`` is there."""

    # -- the sociale kaart -----------------------------------------------------------------------

    def show_directory(self, directory: Directory) -> None:
        """The case view's names of people, organisations and users; the tab loads none itself then."""
        if directory.contact_map is None:
            return
        self._directed = True
        self._stale = False
        self.lookup = Lookup(directory.contact_map, dict(directory.users), directory.names)
        self.lookup_loaded()
        self.try_restore()

    def _load_lookup(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._stale = False
        self.client.call(load_lookup, self._lookup_loaded, self._lookup_failed)

    def _vault_changed(self) -> None:
        if self.file is None or self._directed:
            return
        self._stale = True
        if self.isVisible():
            self._load_lookup()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.file is not None and self._stale and not self._directed:
            self._load_lookup()

    def _lookup_loaded(self, lookup: Lookup) -> None:
        self._loading = False
        self.lookup = lookup
        self.lookup_loaded()
        self.try_restore()

    def ready_for_drafts(self) -> bool:
        """The forms' lists (the procesregisseurs) are there too, so no form makes them here."""
        return self.file is not None and self.lookup is not None and self.lookup.complete and self.editable

    def _lookup_failed(self, error: BaseException) -> None:
        self._loading = False
        self._stale = True
        self._directed = False  # the names come from the case view's directory
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    # -- after a change --------------------------------------------------------------------------

    def saved(self, text: str) -> None:
        """A change went through (``call_edit`` hands on what it changed): say so."""
        self.notice.info(text)

    def failed(self, error: BaseException) -> None:
        if isinstance(error, VaultLocked):
            self.notice.clear()
        else:
            self.notice.error(error_text(error))
