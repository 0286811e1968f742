"""A section of the navigation. Built after unlocking and destroyed at lock, with all its data."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from ..domain.users import Role
from .client import VaultClient

Drafts = dict[str, dict[str, object]]


class Page(QWidget):
    page_id: ClassVar[str] = ""
    roles: ClassVar[frozenset[Role]] = frozenset(Role)

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.setObjectName(f"page_{self.page_id}")

    @classmethod
    def visible_for(cls, role: Role) -> bool:
        return role in cls.roles

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Load or reload what the page shows (through ``self.client.call``)."""

    def draft(self) -> Drafts:
        """Unsaved form contents by form key, to keep across a lock. Never passphrases."""
        return {}

    def restore_draft(self, drafts: Drafts) -> None:
        """Put back what ``draft()`` returned before the lock."""
