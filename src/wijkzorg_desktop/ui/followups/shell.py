"""What the window does for follow-ups on every page while unlocked: the quick add (Ctrl+Shift+N, filled
in from what the page shows), the export to the agenda, the hourly reminder, and the count of what is
late in the status bar, which follows every load of Vandaag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ...domain.followups import FollowUp
from .calendar_export import CalendarExport
from .reminder import FollowUpReminder, late_text
from .today_page import TodayPage

if TYPE_CHECKING:
    from ..main_window import MainWindow

QUICK_ADD_KEYS = "Ctrl+Shift+N"


class FollowUpShell(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.quick_add_action = QAction(self.tr("New &follow-up…"), window)
        self.quick_add_action.setObjectName("quickAddFollowUp")
        self.quick_add_action.setShortcut(QKeySequence(QUICK_ADD_KEYS))
        self.quick_add_action.setToolTip(self.tr("Add a follow-up, from any page ({keys})").format(
            keys=self.quick_add_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.quick_add_action.triggered.connect(lambda _checked=False: self.quick_add_here())
        self.export_action = QAction(self.tr("&Export to calendar (iCalendar)…"), window)
        self.export_action.setObjectName("exportCalendarAction")
        menu.addAction(self.quick_add_action)
        menu.addAction(self.export_action)
        self.export = CalendarExport(window.client, window)
        self.export_action.triggered.connect(lambda _checked=False: self.export.start())
        self.export.said.connect(window.status.show_note)
        self.export.failed.connect(window.status.show_note)
        self.reminder = FollowUpReminder(window.client, window.status.show_late, self)
        self.reminder.clicked.connect(self.show_today)
        window.workspace.followup_requested.connect(self.quick_add)
        self.set_unlocked(False)

    def set_unlocked(self, unlocked: bool) -> None:
        self.quick_add_action.setEnabled(unlocked)
        self.export_action.setEnabled(unlocked)
        if not unlocked:
            self.reminder.stop()

    def start(self) -> None:
        """Just unlocked."""
        page = self.today_page()
        if page is not None:
            page.loaded.connect(self._today_loaded)
            self._today_loaded()
        self.reminder.start()

    def _today_loaded(self) -> None:
        page = self.today_page()
        late = page.counts().get("overdue", 0) if page is not None else 0
        self.window.status.show_late(late_text(late) if late else "")

    def today_page(self) -> TodayPage | None:
        return next((p for p in self.window.workspace.pages if isinstance(p, TodayPage)), None)

    def quick_add_here(self) -> None:
        """Ctrl+Shift+N: the form, filled in from the page shown (a case, a party, a timeline entry)."""
        page = self.window.workspace.current_page()
        self.quick_add(page.followup_context() if page is not None else None)

    def quick_add(self, prefill: FollowUp | None = None) -> None:
        page = self.today_page()
        if page is not None and self.window.client.unlocked:
            page.quick_add(prefill)

    def show_today(self) -> None:
        window = self.window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if self.window.client.unlocked:
            window.workspace.show_page_id(TodayPage.page_id)
