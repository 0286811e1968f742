"""How to reach a person: one line per channel (phone, mobile, secure e-mail, Siilo), one preferred.

Lines are handed to the service in order, empty ones too, so the service's ``channels.N`` error keys
point at line N here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.contacts import SIILO_HINT, Channel, ChannelKind
from ...services.contact_rules import display_channel
from .form_parts import ErrorLabel, FieldMarks
from .labels import channel_label

DEFAULT_KINDS = (ChannelKind.PHONE, ChannelKind.MOBILE, ChannelKind.SECURE_EMAIL, ChannelKind.SIILO)
MAX_LINES = 10


class ChannelLine:
    def __init__(self, number: int, editor: ChannelsEditor) -> None:
        self.kind = QComboBox(objectName=f"channelKind{number}")
        for kind in ChannelKind:
            self.kind.addItem(channel_label(kind), str(kind))
        self.value = QLineEdit(objectName=f"channelValue{number}")
        self.preferred = QRadioButton(QCoreApplication.translate("ChannelsEditor", "preferred"),
                                      objectName=f"channelPreferred{number}")
        self.remove = QPushButton(QCoreApplication.translate("ChannelsEditor", "Remove"),
                                  objectName=f"channelRemove{number}")
        self.remove.setAutoDefault(False)
        self.error = ErrorLabel(f"channelError{number}")
        names = (QCoreApplication.translate("ChannelsEditor", "Kind of channel {number}"),
                 QCoreApplication.translate("ChannelsEditor", "Channel {number}"),
                 QCoreApplication.translate("ChannelsEditor", "Channel {number} is preferred"),
                 QCoreApplication.translate("ChannelsEditor", "Remove channel {number}"))
        for widget, name in zip((self.kind, self.value, self.preferred, self.remove), names, strict=True):
            widget.setAccessibleName(name.format(number=number + 1))
        self.kind.currentIndexChanged.connect(self.update_placeholder)
        self.update_placeholder()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.kind, self.value, self.preferred, self.remove, self.error)

    def update_placeholder(self) -> None:
        kind = ChannelKind(self.kind.currentData())
        self.value.setPlaceholderText({
            ChannelKind.PHONE: QCoreApplication.translate("ChannelsEditor", "for example 030 123 4567"),
            ChannelKind.MOBILE: QCoreApplication.translate("ChannelsEditor", "for example 06 12345678"),
            ChannelKind.EMAIL: QCoreApplication.translate("ChannelsEditor", "name@example.nl"),
            ChannelKind.SECURE_EMAIL: QCoreApplication.translate("ChannelsEditor", "name@zorgmail.nl"),
            ChannelKind.SIILO: QCoreApplication.translate("contacts", SIILO_HINT),
        }[kind])

    def channel(self) -> Channel:
        return Channel(ChannelKind(self.kind.currentData()), self.value.text(), self.preferred.isChecked())


class ChannelsEditor(QWidget):
    changed = Signal()

    def __init__(self, marks: FieldMarks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = marks
        self.lines: list[ChannelLine] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.add_button = QPushButton(self.tr("&Add a channel"), objectName="addChannel")
        self.add_button.setAutoDefault(False)
        self.error = ErrorLabel("channelsError")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(lambda: self.add_line(ChannelKind.PHONE, focus=True))
        self.marks.add("channels", self.add_button, self.error)

    def set_channels(self, channels: Sequence[Channel], *, stored: bool = False) -> None:
        """These channels (``stored``: as saved, phone numbers shown in Dutch format); a new person gets
        an empty line for each kind."""
        self._clear()
        if not channels:
            for kind in DEFAULT_KINDS:
                self.add_line(kind)
            return
        for channel in channels:
            value = display_channel(channel) if stored else channel.value
            self.add_line(channel.kind, value, channel.preferred)
        if not any(line.preferred.isChecked() for line in self.lines):
            self.lines[0].preferred.setChecked(True)

    def add_line(self, kind: ChannelKind, value: str = "", preferred: bool = False, *,
                 focus: bool = False) -> ChannelLine | None:
        if len(self.lines) >= MAX_LINES:
            return None
        number = len(self.lines)
        line = ChannelLine(number, self)
        line.kind.setCurrentIndex(max(line.kind.findData(str(kind)), 0))
        line.value.setText(value)
        line.preferred.setChecked(preferred)
        self.group.addButton(line.preferred)
        row = number * 2
        self.grid.addWidget(line.kind, row, 0)
        self.grid.addWidget(line.value, row, 1)
        self.grid.addWidget(line.preferred, row, 2)
        self.grid.addWidget(line.remove, row, 3)
        self.grid.addWidget(line.error, row + 1, 1, 1, 3)
        self.marks.add(f"channels.{number}", line.value, line.error)
        self.marks.unmark_on(f"channels.{number}", line.value.textChanged)
        line.value.textChanged.connect(self.changed)
        line.remove.clicked.connect(lambda _checked=False, ln=line: self.remove_line(ln))
        self.lines.append(line)
        self.add_button.setEnabled(len(self.lines) < MAX_LINES)
        self._fix_tab_order()
        if focus:
            line.kind.setFocus()
        return line

    def remove_line(self, line: ChannelLine) -> None:
        """Lines are renumbered so error keys keep pointing at the right line."""
        kept = [other.channel() for other in self.lines if other is not line]
        if kept:
            self.set_channels(kept)
            self.lines[0].value.setFocus()
        else:
            self._clear()
            self.add_button.setFocus()
        self.changed.emit()

    def _clear(self) -> None:
        for number, line in enumerate(self.lines):
            self.marks.remove(f"channels.{number}")
            self.group.removeButton(line.preferred)
            for widget in line.widgets():
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.lines = []
        self.add_button.setEnabled(True)

    def _fix_tab_order(self) -> None:
        chain = [w for line in self.lines for w in (line.kind, line.value, line.preferred, line.remove)]
        for first, second in itertools.pairwise([*chain, self.add_button]):
            QWidget.setTabOrder(first, second)

    def channels(self) -> tuple[Channel, ...]:
        return tuple(line.channel() for line in self.lines)

    def first_field(self) -> QWidget:
        return self.lines[0].kind if self.lines else self.add_button
