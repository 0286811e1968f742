"""Small pieces the pages share: a heading, a line that says what happened, the role choices, and a page's
actions with their buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from ..domain.users import ROLE_LABELS, Role

ERROR_STYLE = "color: #b00020;"
BUSY_STYLE = "font-style: italic;"

ROLE_ORDER = (Role.GP, Role.MH_NURSE, Role.ASSISTANT, Role.ADMIN)
"""The order roles are offered in: the usual choice first, the one with every right last."""


def role_label(role: str) -> str:
    try:
        return QCoreApplication.translate("roles", ROLE_LABELS[Role(role)])
    except ValueError:
        return role


def fill_roles(combo: QComboBox) -> None:
    combo.clear()
    for role in ROLE_ORDER:
        combo.addItem(role_label(role), str(role))


def choose_role(combo: QComboBox, role: str) -> None:
    index = combo.findData(str(role))
    if index >= 0:
        combo.setCurrentIndex(index)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageHeading")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def explanation(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Notice(QLabel):
    """One line under a form: what is running, what went well, or what went wrong and why."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(QCoreApplication.translate("Notice", "Message"))
        self.kind = ""

    def _show(self, kind: str, text: str, style: str) -> None:
        self.kind = kind
        self.setStyleSheet(style)
        self.setText(text)

    def busy(self, text: str) -> None:
        self._show("busy", text, BUSY_STYLE)

    def info(self, text: str) -> None:
        self._show("info", text, "")

    def error(self, text: str) -> None:
        self._show("error", text, ERROR_STYLE)

    def clear(self) -> None:
        self.kind = ""
        super().clear()


def page_action(page: QWidget, text: str, name: str, key: str | QKeySequence.StandardKey | None,
                slot: Callable[[], None], tip: str) -> QAction:
    """An action of a page (its shortcut works anywhere in the window while the page is shown), its
    tooltip naming the shortcut."""
    action = QAction(text, page, objectName=name)
    if key is not None:
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    else:
        action.setToolTip(tip)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    page.addAction(action)
    return action


def action_button(action: QAction) -> QPushButton:
    """A button that triggers ``action``, enabled whenever it is and named as it is."""
    button = QPushButton(action.text(), objectName=f"{action.objectName()}Button")
    button.setToolTip(action.toolTip())
    button.setAutoDefault(False)
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: (button.setEnabled(action.isEnabled()), button.setText(action.text())))
    return button
