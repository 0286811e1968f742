"""The words for the stored values of meetings, and how a meeting is named in a list."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QListWidget, QScrollArea

from ...domain.meetings import STATUS_LABELS, Meeting
from ..dates import show_date


def word(labels: Mapping[object, str], value: object) -> str:
    """The label of a stored value of ``domain.meetings`` in the chosen language."""
    source = labels.get(value)
    return QCoreApplication.translate("meetings", source) if source else str(value)


def fill(combo: QComboBox, labels: Mapping[object, str]) -> None:
    combo.clear()
    for value, source in labels.items():
        combo.addItem(QCoreApplication.translate("meetings", source), str(value))


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(str(value))
    if index >= 0:
        combo.setCurrentIndex(index)


def clock(at: time | None) -> str:
    return at.strftime("%H:%M") if at is not None else ""


def when(on: date, at: time | None) -> str:
    """"12-03-2026 14:00"."""
    return f"{show_date(on)} {clock(at)}".strip()


def meeting_line(meeting: Meeting) -> str:
    """A meeting in the list of its series: "12-03-2026 14:00 · gehouden"."""
    return f"{when(meeting.on, meeting.at)} · {word(STATUS_LABELS, meeting.status)}"


def secrecy_text(bound: bool) -> str:
    if bound:
        return QCoreApplication.translate("MeetingLabels", "bound")
    return QCoreApplication.translate("MeetingLabels", "not bound")


class ShortList(QListWidget):
    """A list that asks for little height: the page sits in a scroll area that gives every part the height
    it prefers, and a list takes what is left anyway."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().height() * 5)


class ShortScroll(QScrollArea):
    """A scroll area that asks for little height, for the same reason as ``ShortList``."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().height() * 10)
