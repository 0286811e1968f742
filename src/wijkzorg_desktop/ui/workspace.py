"""The unlocked part of the window: the navigation and the pages of the user's role.

Pages exist only while the vault is unlocked; ``tear_down()`` takes them out of the window so the
lock can destroy them with everything they loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from ..domain.text import Message
from ..domain.users import Role
from .client import VaultClient
from .page import Drafts, Page, Target
from .screen_fit import PageFrame, frame_of

log = logging.getLogger(__name__)

PAGE_ROLE = Qt.ItemDataRole.UserRole
DRAFT_SEPARATOR = "/"


def visible_sections(sections: Sequence[type[Page] | Message], role: Role) -> list[type[Page] | Message]:
    """The pages this role may see, each heading kept only when a page under it stays."""
    shown: list[type[Page] | Message] = []
    heading: Message | None = None
    for section in sections:
        if isinstance(section, Message):
            heading = section
        elif section.visible_for(role):
            if heading is not None:
                shown.append(heading)
                heading = None
            shown.append(section)
    return shown


class Workspace(QWidget):
    page_changed = Signal(str)  # page_id
    followup_requested = Signal(object)  # a FollowUp to fill in, from any page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(260)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.pages: list[Page] = []
        self.nav.currentRowChanged.connect(self._row_changed)

    def build(self, client: VaultClient, sections: Sequence[type[Page] | Message], role: Role) -> None:
        for _page in self.build_steps(client, sections, role):
            pass

    def build_steps(self, client: VaultClient, sections: Sequence[type[Page] | Message],
                    role: Role) -> Iterator[Page]:
        """``build`` a page at a time: yields each page once it is in the window, so the caller can
        build the next one in a later turn of the event loop (building them all is a stall of its own)."""
        self.tear_down()
        for section in visible_sections(sections, role):
            if isinstance(section, Message):
                item = QListWidgetItem(section.render(QCoreApplication.translate))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setForeground(self.palette().windowText())
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                self.nav.addItem(item)
                continue
            page = section(client)
            self.pages.append(page)
            self.stack.addWidget(PageFrame(page))  # a page too big for the window scrolls in it
            item = QListWidgetItem(page.nav_text())
            item.setData(PAGE_ROLE, len(self.pages) - 1)
            item.setToolTip(page.nav_tooltip())
            self.nav.addItem(item)
            page.go_to.connect(self.go_to)
            page.followup_requested.connect(self.followup_requested)
            page.nav_text_changed.connect(lambda item=item, page=page: self._renamed(item, page))
            yield page
        self.setTabOrder(self.nav, self.stack)

    def _renamed(self, item: QListWidgetItem, page: Page) -> None:
        if page in self.pages:
            item.setText(page.nav_text())
            item.setToolTip(page.nav_tooltip())

    def page(self, page_id: str) -> Page | None:
        return next((p for p in self.pages if p.page_id == page_id), None)

    def start_page(self) -> Page | None:
        return next((p for p in self.pages if p.start_page), None)

    def go_to(self, page_id: str, target: Target) -> bool:
        """Show ``page_id`` with ``target`` on it (a case from Vandaag, say); False when this role has no
        such page."""
        page = self.page(page_id)
        if page is None:
            return False
        self.show_page(self.pages.index(page))
        page.show_target(target)
        return True

    def refresh_all(self) -> None:
        for page in self.pages:
            page.refresh()

    def _row_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None or item.data(PAGE_ROLE) is None:
            return
        page = self.pages[int(item.data(PAGE_ROLE))]
        self.stack.setCurrentWidget(frame_of(page))
        self.page_changed.emit(page.page_id)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        widget = widget.widget() if isinstance(widget, PageFrame) else widget
        return widget if isinstance(widget, Page) else None

    def show_page(self, index: int) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(PAGE_ROLE) == index:
                self.nav.setCurrentRow(row)
                return

    def show_page_id(self, page_id: str) -> bool:
        for index, page in enumerate(self.pages):
            if page.page_id == page_id:
                self.show_page(index)
                return True
        return False

    def collect_drafts(self) -> Drafts:
        """Every page's unsaved forms, keyed ``page_id/form`` so each goes back to its own page."""
        drafts: Drafts = {}
        for page in self.pages:
            try:
                forms = page.draft()
            except Exception:
                log.exception("page %s could not give its draft", page.page_id)
                continue
            for key, payload in forms.items():
                drafts[f"{page.page_id}{DRAFT_SEPARATOR}{key}"] = payload
        return drafts

    def restore_drafts(self, drafts: Drafts) -> tuple[Drafts, Page | None]:
        """Hand each page its drafts; returns those no page here took, and the first page that got one."""
        by_page: dict[str, Drafts] = {}
        for key, payload in drafts.items():
            page_id, _, form = key.partition(DRAFT_SEPARATOR)
            by_page.setdefault(page_id, {})[form] = payload
        first: Page | None = None
        for page in self.pages:
            forms = by_page.pop(page.page_id, None)
            if not forms:
                continue
            page.restore_draft(forms)
            first = first or page
        left = {f"{pid}{DRAFT_SEPARATOR}{form}": payload
                for pid, forms in by_page.items() for form, payload in forms.items()}
        return left, first

    def tear_down(self) -> list[Page]:
        """Take every page out of the window; the caller destroys them."""
        pages, self.pages = self.pages, []
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for page in pages:
            frame = frame_of(page)
            self.stack.removeWidget(frame)
            if isinstance(frame, PageFrame):
                frame.takeWidget()
                frame.deleteLater()
            page.hide()
            page.setParent(None)
        return pages
