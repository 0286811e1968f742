"""Message boxes the window shows on its own: about, language chosen, failed unlock attempts.

Each opens without blocking, so a lock can close it like any other dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__, config
from ..domain.availability import AMSTERDAM

if TYPE_CHECKING:
    from ..store.keyfile import FailedAttempt


def _open(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, name: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def language_changed(parent: QWidget) -> QMessageBox:
    return _open(parent, QMessageBox.Icon.Information, config.APP_NAME, QCoreApplication.translate(
        "Notices", "The new language takes effect after a restart of Wijkzorg Desktop."), "languageBox")


def about(parent: QWidget, practice_name: str) -> QMessageBox:
    text = QCoreApplication.translate(
        "Notices", "<b>Wijkzorg Desktop</b> {version}<br>Working together on child safety, offline, "
        "in an encrypted vault.").format(version=__version__)
    if practice_name:
        name = practice_name.replace("&", "&amp;").replace("<", "&lt;")
        text += "<br><br>" + QCoreApplication.translate("Notices", "Practice: {name}").format(name=name)
    return _open(parent, QMessageBox.Icon.Information,
                 QCoreApplication.translate("Notices", "About Wijkzorg Desktop"), text, "aboutBox")


def local_time(iso_utc: str) -> str:
    """A moment recorded in UTC as the practice's clock read it (Europe/Amsterdam, summer time or not),
    whatever the workstation's own time zone: "29 maart 2026 om 03:30"."""
    try:
        moment = datetime.fromisoformat(iso_utc.strip().replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(AMSTERDAM)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMMM yyyy")
    return QCoreApplication.translate("Notices", "{day} at {time}").format(day=day, time=f"{local:%H:%M}")


class Notices(QObject):
    """Only for its ``tr``: pyside6-lupdate records a count (``%n``) as plural forms through ``tr`` alone."""

    def failed_count(self, count: int) -> str:
        return self.tr("Since you last unlocked, %n failed attempt(s) were made to unlock with your login.", "",
                       count)


def failed_attempts(parent: QWidget, failed: Sequence[FailedAttempt]) -> QMessageBox:
    """Tells the user who just unlocked that someone tried their login without the passphrase."""
    last = failed[-1]
    text = " ".join((
        Notices().failed_count(len(failed)),
        QCoreApplication.translate("Notices", "The last one was on {time} at workstation {workstation}.")
        .format(time=local_time(last.at), workstation=last.workstation),
        QCoreApplication.translate("Notices", "They are recorded in the audit log. If this was not you, "
                                   "tell the practice's administrator."),
    ))
    title = QCoreApplication.translate("Notices", "Failed attempts to unlock")
    return _open(parent, QMessageBox.Icon.Warning, title, text, "failedAttemptsBox")
