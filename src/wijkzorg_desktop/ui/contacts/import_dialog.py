"""The preview of an import: every card or row of the file, what is wrong with it, which ones are
probably already on the map, and per duplicate whether to skip, merge or add it. Nothing is written
until "Import" is pressed; Cancel leaves the map as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.contact_index import RowKind
from ...services.contact_exchange import Decision, ImportPreview, ImportRow
from ..messages import render
from ..page_parts import explanation
from ..work_dialog import WorkDialog

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"


class ImportDialog(WorkDialog):
    COL_ROW, COL_KIND, COL_NAME, COL_ORGANISATION, COL_PROBLEMS, COL_DUPLICATE, COL_ACTION = range(7)

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__("importNotice", parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.preview = preview
        self.choices: dict[int, QComboBox] = {}
        intro = explanation(self.tr(
            "{source}: check what will be imported. Rows with problems are skipped. For a contact that is "
            "probably already on the map, choose whether to skip it, merge it into the one there, or add "
            "it anyway. Nothing is saved until you press Import.").format(source=preview.source))
        self.counts = QLabel(objectName="importCounts")
        self.counts.setWordWrap(True)
        self.table = QTableWidget(len(preview.rows), 7, objectName="importTable")
        self.table.setAccessibleName(self.tr("Contacts in the file"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Kind"), self.tr("Name"), self.tr("Organisation"), self.tr("Problems"),
            self.tr("Already on the map as"), self.tr("Action")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for number, row in enumerate(preview.rows):
            self._fill(number, row)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.resizeColumnsToContents()
        for column in range(self.COL_ACTION):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 260))
        header.setSectionResizeMode(self.COL_PROBLEMS, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        ignored = explanation("")
        if preview.ignored_columns:
            ignored.setText(self.tr("Columns not imported: {columns}").format(
                columns=", ".join(preview.ignored_columns)))
        ignored.setVisible(bool(preview.ignored_columns))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = self.buttons.addButton(self.tr("&Import"),
                                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(ignored)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(1000, 560)
        self.update_counts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Problems wrap in their column: the rows grow once the column has its width."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def _item(self, number: int, column: int, text: str, colour: str = "") -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text if len(text) > 30 else "")
        if colour:
            item.setForeground(QBrush(QColor(colour)))
        self.table.setItem(number, column, item)

    def _fill(self, number: int, row: ImportRow) -> None:
        person = row.kind == RowKind.PERSON
        self._item(number, self.COL_ROW, str(row.number))
        self._item(number, self.COL_KIND, self.tr("Person") if person else self.tr("Organisation"))
        self._item(number, self.COL_NAME, row.name)
        self._item(number, self.COL_ORGANISATION, row.organisation_name)
        problems = "; ".join(render(m) for m in (*row.errors, *row.warnings))
        self._item(number, self.COL_PROBLEMS, problems, ERROR_COLOUR if row.errors else WARNING_COLOUR)
        if row.duplicate_of is not None:
            duplicate = row.duplicate_name
        elif row.duplicate_row is not None:
            duplicate = self.tr("row {number} of this file").format(number=row.duplicate_row)
        else:
            duplicate = ""
        self._item(number, self.COL_DUPLICATE, duplicate)
        if not row.valid:
            self._item(number, self.COL_ACTION, self.tr("skipped"), ERROR_COLOUR)
        elif not row.is_duplicate:
            self._item(number, self.COL_ACTION, self.tr("add"))
        else:
            combo = QComboBox(objectName=f"importChoice{row.number}")
            for decision, text in ((Decision.SKIP, self.tr("Skip")), (Decision.MERGE, self.tr("Merge")),
                                   (Decision.ADD, self.tr("Add"))):
                combo.addItem(text, str(decision))
            combo.setCurrentIndex(max(combo.findData(str(row.decision)), 0))
            combo.setAccessibleName(self.tr("What to do with row {number}, {name}").format(
                number=row.number, name=row.name))
            combo.currentIndexChanged.connect(self.update_counts)
            self.choices[row.number] = combo
            self.table.setCellWidget(number, self.COL_ACTION, combo)

    def decisions(self) -> dict[int, Decision]:
        return {number: Decision(combo.currentData()) for number, combo in self.choices.items()}

    def decision(self, row: ImportRow) -> Decision:
        if not row.valid:
            return Decision.SKIP
        combo = self.choices.get(row.number)
        return Decision(combo.currentData()) if combo is not None else Decision.ADD

    def update_counts(self) -> None:
        chosen = [self.decision(row) for row in self.preview.rows]
        add, merge = chosen.count(Decision.ADD), chosen.count(Decision.MERGE)
        skip = chosen.count(Decision.SKIP)
        self.counts.setText(self.tr(
            "{total} contacts in the file, {invalid} with problems, {duplicates} probably already on the "
            "map. Import will add {add}, merge {merge} and skip {skip}.").format(
            total=len(self.preview.rows), invalid=self.preview.invalid_count,
            duplicates=self.preview.duplicate_count, add=add, merge=merge, skip=skip))
        self.import_button.setEnabled(not self.busy and add + merge > 0)

    # -- waiting for the page --------------------------------------------------------------------

    def enable_fields(self, enabled: bool) -> None:
        self.table.setEnabled(enabled)
        self.buttons.setEnabled(enabled)

    def set_busy(self, busy: bool, text: str = "") -> None:
        super().set_busy(busy, text)
        self.update_counts()

    def ready(self) -> bool:
        return self.import_button.isEnabled()
