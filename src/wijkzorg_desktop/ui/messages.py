"""Turning errors into sentences a person can act on, in the chosen language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import WijkzorgError
from ..domain.text import Message

log = logging.getLogger(__name__)


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def render(message: Message) -> str:
    return message.render(translate)


def error_text(error: BaseException) -> str:
    if isinstance(error, WijkzorgError):
        return error.text(translate)
    log.error("unexpected error: %s", type(error).__name__)
    return QCoreApplication.translate(
        "errors", "Something unexpected went wrong ({kind}). Nothing that was saved has been lost."
    ).format(kind=type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("errors", "Wijkzorg Desktop"),
                      error_text(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.open()
