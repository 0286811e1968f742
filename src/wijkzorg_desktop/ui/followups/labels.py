"""How a follow-up is shown: its kind, when it is due, where an automatic one comes from, what to open."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from ...domain.availability import AMSTERDAM
from ...domain.followups import KIND_LABELS, Bucket, FollowUp, FollowUpKind, Recurrence
from ...services.followups import FollowUpItem
from ..contacts.labels import reachability_label
from ..dates import show_date
from ..page import Target

LATE = "#b00020"
translate = QCoreApplication.translate


class Plurals(QObject):
    """Texts with a number in them: ``self.tr`` with a count is what lupdate knows as plural forms."""

    def every_weeks(self, n: int) -> str:
        return self.tr("every %n week(s)", "", n)

    def every_days(self, n: int) -> str:
        return self.tr("every %n day(s)", "", n)

    def days_late(self, n: int) -> str:
        return self.tr("%n day(s) late", "", n)


PLURALS = Plurals()


def kind_label(kind: FollowUpKind) -> str:
    return translate("followups", KIND_LABELS[kind])


def source_kind(item: FollowUpItem) -> str:
    """"followup" for one made by hand; else what it follows from: vt_contact, promise, plan, kindcheck."""
    return item.key.partition(":")[0]


def item_id(item: FollowUpItem) -> int:
    return int(item.key.partition(":")[2])


def meeting_text(item: FollowUpItem) -> str:
    """The meeting that handed out the follow-up: "Sociaal Wijkoverleg Houten, 12 maart"; empty for none."""
    if not item.meeting_name:
        return ""
    if item.meeting_on is None:
        return item.meeting_name
    day = item.meeting_on
    return f"{item.meeting_name}, {QLocale().toString(QDate(day.year, day.month, day.day), 'd MMMM yyyy')}"


def origin_text(item: FollowUpItem) -> str:
    """"automatisch: Veilig Thuis" and the like; "uit het overleg: …" for an action of a meeting; empty for
    one made by hand."""
    where = source_name(item)
    if not where:
        return ""
    if source_kind(item) == "followup":
        return QCoreApplication.translate("FollowUps", "from the meeting: {meeting}").format(meeting=where)
    return QCoreApplication.translate("FollowUps", "automatic: {source}").format(source=where)


def source_name(item: FollowUpItem) -> str:
    """Where an automatic follow-up comes from ("Veilig Thuis", "belofte"), or the meeting that handed it out;
    empty for one made by hand."""
    kind = source_kind(item)
    if kind == "vt_contact":
        where = QCoreApplication.translate("FollowUps", "Veilig Thuis")
    elif kind == "promise":
        where = QCoreApplication.translate("FollowUps", "promise")
    elif kind == "plan":
        where = QCoreApplication.translate("FollowUps", "plan van aanpak")
    elif kind == "kindcheck":
        where = QCoreApplication.translate("FollowUps", "kindcheck")
    else:
        return meeting_text(item)
    return where


def completes_text(item: FollowUpItem) -> str:
    """What marking an automatic follow-up done does to its source."""
    kind = source_kind(item)
    if kind == "vt_contact":
        return QCoreApplication.translate(
            "FollowUps", "Marking it done records that the terugkoppeling from Veilig Thuis was received.")
    if kind == "promise":
        return QCoreApplication.translate("FollowUps", "Marking it done records that the promise was kept.")
    if kind == "plan":
        return QCoreApplication.translate(
            "FollowUps", "Marking it done records the item of the plan van aanpak as done.")
    if kind == "kindcheck":
        return QCoreApplication.translate("FollowUps", "Marking it done clears the date of the next kindcheck.")
    if item.meeting_name:
        return QCoreApplication.translate("FollowUps", "Marking it done marks the action of the meeting done.")
    return ""


def due_text(f: FollowUp) -> str:
    if f.due is None:
        return QCoreApplication.translate("FollowUps", "no date")
    text = show_date(f.due)
    return f"{text} {f.due_time.strftime('%H:%M')}" if f.due_time is not None else text


def day_text(day: date) -> str:
    """"maandag 23 november 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def recurrence_text(recurrence: Recurrence | None) -> str:
    if recurrence is None:
        return ""
    days = recurrence.every_days
    weeks, rest = divmod(days, 7)
    every = PLURALS.every_days(days) if rest else PLURALS.every_weeks(weeks)
    if recurrence.until is None:
        return every
    return QCoreApplication.translate("FollowUps", "{every} until {date}").format(
        every=every, date=show_date(recurrence.until))


def lateness(f: FollowUp, now: datetime) -> str:
    """"3 dagen te laat", "vandaag", or empty."""
    bucket = f.bucket(now)
    if bucket == Bucket.OVERDUE and f.due is not None:
        days = (now.astimezone(AMSTERDAM).date() - f.due).days
        if days > 0:
            return PLURALS.days_late(days)
        return QCoreApplication.translate("FollowUps", "late")
    return QCoreApplication.translate("FollowUps", "today") if bucket == Bucket.TODAY else ""


SOURCE_TABS = {"vt_contact": "safeAtHomeTab", "promise": "partiesTab", "plan": "planTab"}
"""The case tab (its object name) that holds the record an automatic follow-up comes from."""


def target_of(item: FollowUpItem, may_view_cases: bool) -> tuple[str, Target] | None:
    """The page and what to show on it when the follow-up is opened: where it comes from (the kindcheck,
    the case's tab of its terugkoppeling, promise or plan item), else its case, else its contact, else the
    meeting that handed it out."""
    f = item.followup
    kind = source_kind(item)
    if kind == "kindcheck" and may_view_cases:
        return "kindcheck", ("kindcheck", item_id(item))
    if f.case_id is not None and may_view_cases:
        tab = SOURCE_TABS.get(kind)
        return "cases", ("case", f.case_id, tab) if tab else ("case", f.case_id)
    if f.person_id is not None:
        return "contacts", ("person", f.person_id)
    if f.meeting_id is not None:
        return "meetings", ("meeting", f.meeting_id)
    return None


def describe(item: FollowUpItem, users: dict[str, str], now: datetime) -> str:
    """The selected follow-up in full, as rich text, for the line under a list."""
    f = item.followup
    late = lateness(f, now)
    facts = [kind_label(f.kind), f"{due_text(f)} ({late})" if late else due_text(f)]
    if item.case_label:
        facts.append(item.case_label)
    if item.party_name:
        facts.append(QCoreApplication.translate("FollowUps", "with {name}").format(name=item.party_name))
    if item.phone:
        reach = "" if item.reachability is None else f" ({reachability_label(item.reachability)})"
        facts.append(QCoreApplication.translate("FollowUps", "phone {number}").format(number=item.phone) + reach)
    owner = users.get(f.owner_login, f.owner_login)
    facts.append(QCoreApplication.translate("FollowUps", "owner: {name}").format(name=owner))
    if f.recurrence is not None:
        every = recurrence_text(f.recurrence)
        facts.append(QCoreApplication.translate("FollowUps", "recurs {every}").format(every=every))
    lines = [f"<b>{escape(' '.join(f.what.split()))}</b>", escape(" · ".join(facts))]
    if item.automatic or item.meeting_name:
        lines.append(f"<i>{escape(origin_text(item))}. {escape(completes_text(item))}</i>")
    return "<br>".join(lines)
