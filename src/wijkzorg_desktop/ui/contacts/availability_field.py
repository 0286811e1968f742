"""When a contact can be reached, typed in the text form ("ma-vr 08:30-17:00; za 10:00-12:00", "24/7"),
with preset buttons and a hint under it that says at once whether the text is understood."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.availability import (
    ALWAYS_TEXT,
    Availability,
    AvailabilityKind,
    Window,
    evenings,
    format_availability,
    office_hours,
    parse_availability,
    weekends,
)
from ...domain.errors import InvalidValue
from ...domain.text import Message
from ..messages import render
from ..page_parts import ERROR_STYLE


class AvailabilityField(QWidget):
    changed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(objectName=object_name)
        self.edit.setPlaceholderText(self.tr("for example ma-vr 08:30-17:00; za 10:00-12:00, or 24/7"))
        self.hint = QLabel(objectName=f"{object_name}Hint")
        self.hint.setWordWrap(True)
        self.presets: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for key, text, tip in (
                ("office", self.tr("Office hours"), self.tr("Add Monday to Friday 08:30-17:00")),
                ("evenings", self.tr("Evenings"), self.tr("Add Monday to Friday 17:00-22:00")),
                ("weekend", self.tr("Weekend"), self.tr("Add Saturday and Sunday 09:00-17:00")),
                ("always", self.tr("24/7"), self.tr("Always reachable, for example a crisis line")),
                ("unknown", self.tr("Unknown"), self.tr("Not known: never shown as reachable"))):
            button = QPushButton(text, objectName=f"preset_{key}")
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=key: self.apply_preset(k))
            self.presets[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update_hint)
        self._update_hint()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_value(self, availability: Availability) -> None:
        self.edit.setText(format_availability(availability))

    def parsed(self) -> tuple[Availability | None, str]:
        """The availability typed, or None and why it is not understood."""
        try:
            return parse_availability(self.edit.text()), ""
        except InvalidValue as exc:
            reason = exc.params.get("reason")
            return None, render(reason) if isinstance(reason, Message) else render(exc.as_message())

    def apply_preset(self, key: str) -> None:
        if key == "always":
            self.edit.setText(ALWAYS_TEXT)
        elif key == "unknown":
            self.edit.setText("")
        else:
            windows: list[Window] = {"office": office_hours, "evenings": evenings, "weekend": weekends}[key]()
            current, _why = self.parsed()
            if current is not None and current.kind == AvailabilityKind.SCHEDULE:
                windows = [*current.windows, *windows]
            self.edit.setText(format_availability(Availability.schedule(windows)))
        self.edit.setFocus()

    def _update_hint(self) -> None:
        availability, why = self.parsed()
        if availability is None:
            self.hint.setStyleSheet(ERROR_STYLE)
            self.hint.setText(self.tr("Not understood: {reason}.").format(reason=why))
        else:
            self.hint.setStyleSheet("color: palette(placeholder-text);")
            if availability.kind == AvailabilityKind.UNKNOWN:
                self.hint.setText(self.tr("Unknown: never shown as reachable."))
            elif availability.kind == AvailabilityKind.ALWAYS:
                self.hint.setText(self.tr("Always reachable, day and night."))
            else:
                hours = format_availability(availability)
                self.hint.setText(self.tr("Understood as: {hours}").format(hours=hours))
        self.hint.setAccessibleName(self.hint.text())
        self.changed.emit()

    def valid(self) -> bool:
        return self.parsed()[0] is not None
