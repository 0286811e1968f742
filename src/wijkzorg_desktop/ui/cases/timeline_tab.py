"""Tijdlijn: dated entries (signal, conversation, meeting, contact with a partner, agreement, decision)
with their author. A revised entry is marked and keeps its earlier text, shown on selection."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QTextOption
from PySide6.QtWidgets import QFrame, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ...domain.followups import FollowUp
from ...domain.involvement import EntryKind, TimelineEntry
from ...services import involvement
from ...services.cases import CaseFile
from ..client import VaultClient
from ..dates import show_date
from ..table_model import Index, SortedTable, TableModel, local_time
from .entry_dialog import EntryDialog, entry_kind_label
from .tab_parts import EditingTab


class TimelineModel(TableModel):
    COL_DATE, COL_KIND, COL_TEXT, COL_PARTY, COL_AUTHOR, COL_EDITED = range(6)

    def __init__(self, tab: TimelineTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Kind"), self.tr("What happened"), self.tr("Party"), self.tr("By"),
                self.tr("Revised"))

    def display(self, entry: TimelineEntry, column: int) -> str:
        if column == self.COL_DATE:
            return show_date(entry.on)
        if column == self.COL_KIND:
            return entry_kind_label(entry.kind)
        if column == self.COL_TEXT:
            return " ".join(entry.text.split())
        if column == self.COL_PARTY:
            return self.tab.party_name(entry.party_id)
        if column == self.COL_AUTHOR:
            return self.tab.directory.user_name(entry.author_login)
        return self.tr("revised") if entry.edited else ""

    def sort_value(self, entry: TimelineEntry, column: int) -> object:
        if column == self.COL_DATE:
            return (entry.on, entry.id or 0)
        if column == self.COL_EDITED:
            return len(entry.history)
        return super().sort_value(entry, column)

    def tooltip(self, entry: TimelineEntry, column: int) -> str | None:
        if column == self.COL_EDITED and entry.edited:
            return self.tr("%n earlier version(s): select the entry to see them", "", len(entry.history))
        return entry.text if column == self.COL_TEXT and len(entry.text) > 60 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.COL_KIND
                and self.row_at(index.row()).kind in (EntryKind.SIGNAL, EntryKind.DECISION)):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class TimelineTab(EditingTab):
    SHOWS = frozenset({"timeline", "parties"})
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.setObjectName("timelineTab")
        self.model = TimelineModel(self)
        self.table = SortedTable(self.model, sort_column=TimelineModel.COL_DATE,
                                 order=Qt.SortOrder.DescendingOrder, parent=self)
        self.table.setObjectName("timelineTable")
        self.table.setAccessibleName(self.tr("Timeline"))
        self.detail = QTextBrowser(objectName="entryDetail")
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setOpenLinks(False)
        self.detail.setTabChangesFocus(True)
        self.detail.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.detail.setAccessibleName(self.tr("The selected entry and its history"))
        key = QKeySequence
        self.add_action = self.action(self.tr("&New entry…"), "addEntry", [key(Qt.Key.Key_Insert)], self.add,
                                      self.tr("Write a new entry in the timeline"))
        self.edit_action = self.action(
            self.tr("Re&vise…"), "reviseEntry", [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter), key(Qt.Key.Key_F2)],
            self.edit, self.tr("Revise the selected entry; the earlier text is kept"), on=self.table)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="timelineSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.buttons(self.add_action, self.edit_action))
        layout.addWidget(self.notice)
        self.setTabOrder(self.table, self.detail)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.keep_dialog("entry", "dialog", self.add, self.edit, self.table)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Timeline")

    def party_name(self, party_id: int | None) -> str:
        if party_id is None or self.file is None:
            return ""
        return self.directory.party_short(self.file.parties, party_id)

    def show_file(self, file: CaseFile) -> None:
        self.file = file
        self.show_rows(self.table, file.timeline, widest=200, wide=(TimelineModel.COL_TEXT, 300))
        super().show_file(file)
        self._selection_changed()

    def names_changed(self) -> None:
        super().names_changed()
        self._selection_changed()

    def update_actions(self) -> None:
        self.add_action.setEnabled(self.editable)
        self.enable_for_row(self.table, self.edit_action)
        super().update_actions()

    def _selection_changed(self) -> None:
        self.update_actions()
        entry = self.table.current_row()
        if entry is None:
            hint = self.tr("Select an entry to read it in full, with its earlier versions.")
            self.detail.setHtml(f"<p style='color:gray'>{escape(hint)}</p>")
            return
        self.detail.setHtml(self._entry_html(entry))

    def _entry_html(self, entry: TimelineEntry) -> str:
        users = self.directory
        head = " — ".join(x for x in (show_date(entry.on), entry_kind_label(entry.kind),
                                        self.party_name(entry.party_id)) if x)
        by = self.tr("Written by {name}").format(name=users.user_name(entry.author_login))
        parts = [f"<p><b>{escape(head)}</b><br><span style='color:gray'>{escape(by)}</span></p>",
                 f"<p>{escape(entry.text).replace(chr(10), '<br>')}</p>"]
        if entry.history:
            title = self.tr("History: %n earlier version(s)", "", len(entry.history))
            parts.append(f"<h4 style='margin-bottom:2px'>{escape(title)}</h4>")
            for number, version in enumerate(entry.history, start=1):
                line = self.tr("Version {number} ({date}, {kind}) — replaced on {at} by {name}").format(
                    number=number, date=show_date(version.on), kind=entry_kind_label(version.kind),
                    at=local_time(version.at, seconds=False), name=users.user_name(version.by_login))
                text = escape(version.text).replace("\n", "<br>")
                parts.append(f"<p style='margin:6px 0 0 0; color:#555'><i>{escape(line)}</i><br>{text}</p>")
        return "".join(parts)

    def followup_context(self, base: FollowUp) -> FollowUp:
        """A follow-up of the selected entry: its text and party (Opvolging toevoegen)."""
        entry = self.table.current_row()
        if entry is None:
            return base
        text = " ".join(entry.text.split())
        return replace(base, what=text if len(text) <= 200 else text[:199] + "…", party_id=entry.party_id)

    # -- editing ---------------------------------------------------------------------------------

    @cached_property
    def dialog(self) -> EntryDialog:
        return self.form(EntryDialog(self), self._save)

    def add(self) -> None:
        if self.file is None or not self.editable:
            return
        assert self.file.case.id is not None
        login = self.client.user.login if self.client.user else ""
        self.dialog.prepare(TimelineEntry(self.file.case.id, self.file.today, EntryKind.CONVERSATION, "", login),
                            self.directory, self.file.parties)
        self.dialog.open()

    def edit(self) -> None:
        entry = self.editable_row(self.table)
        if entry is None or self.file is None:
            return
        self.dialog.prepare(entry, self.directory, self.file.parties)
        self.dialog.open()

    def _save(self) -> None:
        entry = self.dialog.entry()
        change = involvement.add_entry if entry.id is None else involvement.revise_entry
        self.save(self.dialog, lambda session: change(session, entry),
                  lambda saved: self.tr("The entry of {date} is saved.").format(date=show_date(saved.on)),
                  self.table)
