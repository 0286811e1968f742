""""Loopt het?": on one screen every party with its last contact, every open promise with its age, and
in red what is overdue (promises, plan items, Veilig Thuis terugkoppeling)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...domain.involvement import Promise
from ...services.involvement import Overdue, PartyStatus, RunningCheck
from ..dates import show_date
from .directory import Directory

LATE = "#b00020"
MUTED = "gray"


class RunningCheckPane(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runningCheck")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Is it going well? (Loopt het?)"), objectName="runningCheckTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = QTextBrowser(objectName="runningCheckText")
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Is it going well: parties, open promises and what is overdue"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.show_message(self.tr("Loading…"))

    def show_message(self, text: str) -> None:
        self.text.setHtml(f"<p style='color:{MUTED}'>{escape(text)}</p>")

    def plain_text(self) -> str:
        return self.text.toPlainText().replace("\u00a0", " ")

    # -- pieces ----------------------------------------------------------------------------------

    def _days_ago(self, days: int | None) -> str:
        if days is None:
            return self.tr("no contact recorded")
        if days == 0:
            return self.tr("today")
        return self.tr("%n day(s) ago", "", days)

    def _promise(self, promise: Promise, check: RunningCheck) -> str:
        age = promise.age_days(check.today)
        text = f"{escape(promise.text)} <span style='color:{MUTED}'>" + escape(
            self.tr("(open for %n day(s))", "", age)) + "</span>"
        if promise.due is not None:
            if promise.overdue(check.today):
                late = self.tr("due {date}: %n day(s) late", "", (check.today - promise.due).days).format(
                    date=show_date(promise.due))
                text += f" <b style='color:{LATE}'>{escape(late)}</b>"
            else:
                text += " " + escape(self.tr("due {date}").format(date=show_date(promise.due)))
        return f"<li>{text}</li>"

    def _party(self, status: PartyStatus, check: RunningCheck) -> str:
        name = escape(status.name)
        if status.organisation:
            name += f" <span style='color:{MUTED}'>({escape(status.organisation)})</span>"
        contact = self.tr("Last contact: {when}").format(when=self._days_ago(status.days_since_contact))
        head = f"<p style='margin:8px 0 2px 0'><b>{name}</b> — {escape(status.party.role)}<br>{escape(contact)}</p>"
        if not status.open_promises:
            none = self.tr("No open promises.")
            return head + f"<p style='margin:0 0 0 16px; color:{MUTED}'>{escape(none)}</p>"
        items = "".join(self._promise(p, check) for p in status.open_promises)
        return head + f"<ul style='margin-top:0'>{items}</ul>"

    def _overdue(self, item: Overdue) -> str:
        what = {"promise": self.tr("Promise"), "plan": self.tr("Plan"),
                "feedback": self.tr("Veilig Thuis feedback (terugkoppeling)")}.get(item.what, item.what)
        late = self.tr("expected {date}, %n day(s) late", "", item.days_late).format(date=show_date(item.due))
        return f"<li style='color:{LATE}'><b>{escape(what)}</b>: {escape(item.text)} — {escape(late)}</li>"

    # -- the whole -------------------------------------------------------------------------------

    def show_check(self, check: RunningCheck, directory: Directory) -> None:
        when = self.tr("As of {date}").format(date=show_date(check.today))
        parts = [f"<p style='color:{MUTED}'>{escape(when)}</p>"]
        if check.overdue:
            title = self.tr("Overdue")
            items = "".join(self._overdue(o) for o in check.overdue)
            parts.append(f"<h4 style='color:{LATE}; margin-bottom:2px'>{escape(title)}</h4><ul>{items}</ul>")
        else:
            nothing = self.tr("Nothing is overdue.")
            parts.append(f"<p>{escape(nothing)}</p>")
        title = self.tr("Parties")
        parts.append(f"<h4 style='margin-bottom:0'>{escape(title)}</h4>")
        if check.parties:
            parts.extend(self._party(status, check) for status in check.parties)
        else:
            none = self.tr("No parties involved yet.")
            parts.append(f"<p style='color:{MUTED}'>{escape(none)}</p>")
        if check.practice_promises:
            title = self.tr("Our practice")
            items = "".join(self._owned(p, check, directory) for p in check.practice_promises)
            parts.append(f"<h4 style='margin-bottom:0'>{escape(title)}</h4><ul>{items}</ul>")
        self.text.setHtml("".join(parts))

    def _owned(self, promise: Promise, check: RunningCheck, directory: Directory) -> str:
        item = self._promise(promise, check)
        if promise.owner_login:
            who = escape(directory.user_name(promise.owner_login))
            item = item.replace("<li>", f"<li><b>{who}</b>: ", 1)
        return item
