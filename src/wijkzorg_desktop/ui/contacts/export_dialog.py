"""What to export before choosing where: the whole map or the selected rows, as vCard 4.0 or CSV."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..page_parts import explanation


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export contacts"))
        self.whole = QRadioButton(objectName="exportWhole")
        self.selected = QRadioButton(objectName="exportSelected")
        self.vcard = QRadioButton(self.tr("&vCard 4.0 (.vcf), for address books and other programs"),
                                  objectName="exportVcard")
        self.csv = QRadioButton(self.tr("&CSV (.csv), for a spreadsheet"), objectName="exportCsv")
        scope_box = QGroupBox(self.tr("What"))
        scope = QVBoxLayout(scope_box)
        scope.addWidget(self.whole)
        scope.addWidget(self.selected)
        format_box = QGroupBox(self.tr("Format"))
        formats = QVBoxLayout(format_box)
        formats.addWidget(self.vcard)
        formats.addWidget(self.csv)
        for buttons in ((self.whole, self.selected), (self.vcard, self.csv)):
            group = QButtonGroup(self)
            for button in buttons:
                group.addButton(button)
        self.vcard.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(self.tr("C&hoose file…"),
                                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("exportChooseFile")
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(format_box)
        layout.addWidget(explanation(self.tr(
            "The file is not encrypted: it holds the names and numbers of your partners. Keep it only "
            "where it belongs, and delete it when it has served its purpose.")))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def prepare(self, total: int, selected: int) -> None:
        self.whole.setText(self.tr("The &whole contact map (%n contact(s))", "", total))
        self.selected.setText(self.tr("Only the &selected rows (%n)", "", selected))
        self.selected.setEnabled(selected > 0)
        (self.selected if selected > 1 else self.whole).setChecked(True)
        self.ok_button.setFocus()

    def fmt(self) -> str:
        return "csv" if self.csv.isChecked() else "vcf"

    def only_selected(self) -> bool:
        return self.selected.isChecked()
