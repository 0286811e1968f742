"""A section of the navigation. Built after unlocking and destroyed at lock, with all its data."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..domain.followups import FollowUp
from ..domain.users import Role
from .client import VaultClient

Drafts = dict[str, dict[str, object]]
NEXT_TURN_MS = 1
"""The delay of a timer that runs a piece of work in the next turn of the event loop: calls queued with 0
run one after the other before any timer or repaint gets its turn."""
Target = tuple[str, int] | tuple[str, int, str]
"""What one page asks another to show: ``("case", 12)``, ``("person", 4)``, ``("kindcheck", 9)``; a case
with the tab to bring to the front: ``("case", 12, "safeAtHomeTab")``."""


class Page(QWidget):
    page_id: ClassVar[str] = ""
    roles: ClassVar[frozenset[Role]] = frozenset(Role)
    start_page: ClassVar[bool] = False
    """The page shown first after unlocking (Vandaag); without one, the page of last time."""

    go_to = Signal(str, object)          # page_id, Target: show that page with this on it
    followup_requested = Signal(object)  # FollowUp: open the follow-up form with this filled in
    nav_text_changed = Signal()          # nav_text() says something new (a count)

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.setObjectName(f"page_{self.page_id}")

    @classmethod
    def visible_for(cls, role: Role) -> bool:
        return role in cls.roles

    def title(self) -> str:
        raise NotImplementedError

    def nav_text(self) -> str:
        """The page's line in the navigation: its title, with a count where one helps."""
        return self.title()

    def nav_tooltip(self) -> str:
        return self.title()

    def refresh(self) -> None:
        """Load or reload what the page shows (through ``self.client.call``)."""

    def show_target(self, target: Target) -> None:
        """Show what another page pointed at (see ``Target``); pages that show nothing of it ignore it."""

    def followup_context(self) -> FollowUp | None:
        """A follow-up filled in from what the page shows (the open case, the selected party), or None."""
        return None

    def draft(self) -> Drafts:
        """Unsaved form contents by form key, to keep across a lock. Never passphrases."""
        return {}

    def restore_draft(self, drafts: Drafts) -> None:
        """Put back what ``draft()`` returned before the lock."""
