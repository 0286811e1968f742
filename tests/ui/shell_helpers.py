"""Small pages standing in for the real sections, and steps a user takes on the unlock screen.

``NotesPage`` has a form whose text must survive a lock; ``AdminNotesPage`` is only for administrators.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from wijkzorg_desktop.domain.text import Message
from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.ui.main_window import MainWindow
from wijkzorg_desktop.ui.page import Drafts, Page


class NotesPage(Page):
    page_id = "notes"

    def __init__(self, client, parent=None) -> None:
        super().__init__(client, parent)
        self.note = QLineEdit()
        self.note.setObjectName("noteText")
        self.refreshed = 0
        QVBoxLayout(self).addWidget(self.note)

    def title(self) -> str:
        return "Notes"

    def refresh(self) -> None:
        self.refreshed += 1

    def draft(self) -> Drafts:
        return {"note": {"text": self.note.text()}} if self.note.text() else {}

    def restore_draft(self, drafts: Drafts) -> None:
        self.note.setText(str(drafts.get("note", {}).get("text", "")))


class AdminNotesPage(NotesPage):
    page_id = "admin_notes"
    roles = frozenset({Role.ADMIN})

    def title(self) -> str:
        return "Admin notes"


HEADING = Message("sections", "Administration")
TEST_SECTIONS = (NotesPage, HEADING, AdminNotesPage)


def unlock(qtbot, window: MainWindow, login: str, passphrase: str) -> None:
    """Choose ``login`` on the unlock screen, type ``passphrase`` and press Enter; wait for the result."""
    screen = window.unlock_screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen and screen.user.findText(login) >= 0
                    and screen.user.isEnabled())
    screen.user.setCurrentIndex(screen.user.findText(login))
    qtbot.waitUntil(screen.unlock_button.isEnabled)
    screen.passphrase.setText(passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def wait_workspace(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace and window.client.unlocked)


def page(window: MainWindow, page_id: str) -> NotesPage:
    return next(p for p in window.workspace.pages if p.page_id == page_id)
