"""A case tab under test on a real demo vault: a case, its household, and the tab showing its file.

``reload`` does what the case view does after a tab says ``changed``: read the file again (on the
worker) and show it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from pages_helpers import Rig

from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.services import cases, contacts
from wijkzorg_desktop.services.cases import CaseFile
from wijkzorg_desktop.ui.cases.case_tab import CaseTab

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    """The session's clock, moved by the test."""

    def __init__(self, now: datetime = MONDAY) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def use_clock(rig: Rig, clock: Clock) -> None:
    def put(session) -> None:
        session.clock = clock

    rig.run(put)


def family(rig: Rig, initial: str = "K") -> int:
    """A case with a mother (patient), a child of 13 and one of 6; returns its id."""
    def make(session) -> int:
        case = cases.create_case(session, initial, "zorgen om de kinderen")
        for role, initials, year, patient in ((MemberRole.PARENT, "M.K.", 1988, True),
                                              (MemberRole.CHILD, "J.K.", 2013, False),
                                              (MemberRole.CHILD, "L.K.", 2020, False)):
            cases.put_member(session, HouseholdMember(case.id, role, initials, year, patient))
        return int(case.id)

    return rig.run(make)


def org_id(rig: Rig, name: str) -> int:
    return rig.run(lambda s: next(o.id for o in contacts.load_map(s).organisations if o.name == name))


def person_id(rig: Rig, name: str) -> int:
    return rig.run(lambda s: next(p.id for p in contacts.load_map(s).people if p.name == name))


def open_file(rig: Rig, case_id: int) -> CaseFile:
    return rig.run(lambda s: cases.open_case(s, case_id))


def show_tab(qtbot, rig: Rig, cls: type[CaseTab], case_id: int, size: tuple[int, int] = (1100, 800)) -> CaseTab:
    tab = cls(rig.client)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    tab.changed.connect(lambda: reload(rig, tab, case_id))
    tab.edited.connect(lambda edited: tab.show_changes(replace(tab.file, **edited.parts), frozenset(edited.parts)))
    tab.show_file(open_file(rig, case_id))
    qtbot.waitUntil(lambda: getattr(tab, "lookup", True) is not None and not rig.worker.busy, timeout=10_000)
    return tab


def reload(rig: Rig, tab: CaseTab, case_id: int) -> None:
    rig.client.call(lambda s: cases.open_case(s, case_id), tab.show_file)


def wait_reloaded(qtbot, rig: Rig, tab: CaseTab, check) -> None:
    qtbot.waitUntil(lambda: not rig.worker.busy and check(tab.file), timeout=10_000)
