"""Every form a user types in, opened in the real window on the demo practice, for the draft tests.

Each ``FormKind`` opens its form the way a user gets there (the page, the case "Gezin C", the tab, the
action), and says where its text field is, so a test can type, lock or kill, unlock and look for the
text again. Used both by pytest and by ``draft_crash_driver.py``, which runs in a process of its own
that the test kills; so nothing here needs qtbot: ``Ctx`` waits and types with Qt's own test tools.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QWidget

from wijkzorg_desktop.ui.cases.case_tab import CaseTab
from wijkzorg_desktop.ui.cases.case_view import CaseView
from wijkzorg_desktop.ui.cases.cases_page import CasesPage
from wijkzorg_desktop.ui.cases.consent_tab import ConsentTab
from wijkzorg_desktop.ui.cases.household_tab import HouseholdTab
from wijkzorg_desktop.ui.cases.meldcode_tab import MeldcodeTab
from wijkzorg_desktop.ui.cases.parties_tab import PartiesTab
from wijkzorg_desktop.ui.cases.plan_tab import PlanTab
from wijkzorg_desktop.ui.cases.safe_at_home_tab import SafeAtHomeTab
from wijkzorg_desktop.ui.cases.timeline_tab import TimelineTab
from wijkzorg_desktop.ui.cases.track_tab import TrackTab
from wijkzorg_desktop.ui.main_window import MainWindow

CASE = "Gezin C"  # the demo's open case with a household, a melding waiting for terugkoppeling and parties


class Ctx:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def wait(self, condition: Callable[[], object], timeout: float = 15.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("waited in vain")
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def idle(self, condition: Callable[[], object] = lambda: True) -> None:
        self.wait(lambda: not self.window.worker.busy and condition())

    def type(self, widget: QWidget, text: str) -> None:
        widget.setFocus()
        QTest.keyClicks(widget, text)

    def page(self, page_id: str):
        assert self.window.workspace.show_page_id(page_id), page_id
        return self.window.workspace.page(page_id)

    def case_view(self) -> CaseView:
        cases: CasesPage = self.page("cases")
        self.idle(lambda: cases.loaded)
        case_id = next(summary.case.id for summary in cases.table.source.rows()
                       if summary.case.label.startswith(CASE))
        cases.open_case(int(case_id))
        view = cases.view
        self.idle(lambda: view.file is not None and view.file.case.id == case_id and view.contact_map is not None)
        return view

    def tab(self, view: CaseView, cls: type[CaseTab]) -> CaseTab:
        tab = next(t for t in view.case_tabs if isinstance(t, cls))
        view.tabs.setCurrentWidget(tab)
        self.idle(lambda: not isinstance(tab, TrackTab) or tab.lookup is not None)
        return tab


def dialog_named(name: str) -> QDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible() and w.objectName() == name), None)


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    line = widget.findChild(QLineEdit)
    return line.text() if line is not None else ""


@dataclass(frozen=True)
class FormKind:
    name: str
    page_id: str
    open: Callable[[Ctx], None]  # opens the form, ready to type in
    dialog: str | None  # objectName of the dialog; None for a form on the page itself
    field: str  # objectName of the text field typed in
    tab: str = ""  # objectName of the case tab the form belongs to ("" when not in a case)

    def field_widget(self, ctx: Ctx) -> QWidget | None:
        if self.dialog is not None:
            dialog = dialog_named(self.dialog)
            return dialog.findChild(QWidget, self.field) if dialog is not None else None
        page = ctx.window.workspace.page(self.page_id)
        return page.findChild(QWidget, self.field) if page is not None else None

    def text(self) -> str:
        return f"concept {self.name}: moeder belde, nog niet opgeslagen"


def _case_action(cls: type[CaseTab], act: Callable[[CaseTab], None]) -> Callable[[Ctx], None]:
    def open_(ctx: Ctx) -> None:
        tab = ctx.tab(ctx.case_view(), cls)
        act(tab)

    return open_


def _weighing(tab: ConsentTab) -> None:
    tab.record_basis()
    dialog = tab.basis_dialog
    assert dialog is not None
    dialog.basis.setCurrentIndex(dialog.basis.findData("conflict_van_plichten"))


def _feedback(tab: SafeAtHomeTab) -> None:
    tab.table.select_where(lambda contact: contact.kind == "melding" and contact.received_on is None)
    tab.feedback_received()


def _step_notes(ctx: Ctx) -> None:
    tab = ctx.tab(ctx.case_view(), MeldcodeTab)
    tab.steps.rows[0].notes.clear()


def _close(ctx: Ctx) -> None:
    ctx.case_view().ask_close_or_reopen()


def _header(ctx: Ctx) -> None:
    ctx.case_view().header.summary.clear()


def _kindcheck(ctx: Ctx) -> None:
    page = ctx.page("kindcheck")
    ctx.idle(lambda: page.data is not None)
    page.new_kindcheck()


def _followup(ctx: Ctx) -> None:
    ctx.page("today")
    ctx.window.followups.quick_add()
    ctx.idle(lambda: dialog_named("followUpDialog") is not None)
    dialog_named("followUpDialog").findChild(QLineEdit, "followUpWhat").clear()


def _contacts(method: str) -> Callable[[Ctx], None]:
    def open_(ctx: Ctx) -> None:
        page = ctx.page("contacts")
        ctx.idle(lambda: page.map is not None)
        getattr(page.editing, method)()

    return open_


MDO = "MDO De Linde"  # the demo's weekly MDO: held a week ago with two case items and their actions


def _meetings(ctx: Ctx):
    page = ctx.page("meetings")
    ctx.idle(lambda: page.data is not None and page.view.file is not None)
    return page


def _held_mdo(ctx: Ctx, status: str = "gehouden"):
    """The Overleg page on the MDO's meeting that was held (or the one with ``status``), its agenda shown
    with the first item chosen."""
    page = _meetings(ctx)
    series_id = next(int(s.series.id) for s in page.data.series if s.series.name == MDO)
    page.select(series_id, None)
    ctx.idle(lambda: page.series_data is not None and page.series_data.series_id == series_id)
    meeting_id = next(int(m.id) for m in page.series_data.meetings if m.status == status)
    page.select(series_id, meeting_id)
    ctx.idle(lambda: page.view.file is not None and page.view.file.meeting.id == meeting_id)
    page.view.tabs.setCurrentIndex(page.view.agenda_index)
    page.view.items.setCurrentRow(0)
    return page


def _series(ctx: Ctx) -> None:
    _meetings(ctx).work.new_series()


def _item(ctx: Ctx) -> None:
    _held_mdo(ctx).work.items.new_item()


def _action(ctx: Ctx) -> None:
    _held_mdo(ctx).work.items.new_action()


def _consent(ctx: Ctx) -> None:
    """Gezin K herkenbaar in the MDO planned today: refused (maatschappelijk werk has no consent), then
    "Toestemming vastleggen…"."""
    page = _held_mdo(ctx, "gepland")
    dialog = page.work.items.new_item()
    ctx.idle(lambda: dialog.isVisible() and dialog.case.count() > 0)
    dialog.case.setCurrentIndex(next(i for i in range(dialog.case.count())
                                     if dialog.case.itemText(i).startswith("Gezin K")))
    dialog.identifiable.setChecked(True)
    dialog.ok_button.click()
    ctx.idle(lambda: dialog.refusal.isVisible())
    page.work.items.record_consent()


def _notes(ctx: Ctx) -> None:
    page = _held_mdo(ctx)
    page.view.editor.shared.clear()


def _new_case(ctx: Ctx) -> None:
    page = ctx.page("cases")
    ctx.idle(lambda: page.loaded)
    page.new_case()


FORM_KINDS: tuple[FormKind, ...] = (
    FormKind("tijdlijn", "cases", _case_action(TimelineTab, lambda t: t.add()), "entryDialog", "entryText",
             "timelineTab"),
    FormKind("weging", "cases", _case_action(ConsentTab, _weighing), "basisDialog", "weighingInterest", "consentTab"),
    FormKind("toestemming", "cases", _case_action(ConsentTab, lambda t: t.record_consent()), "consentDialog",
             "consentNote", "consentTab"),
    FormKind("partij", "cases", _case_action(PartiesTab, lambda t: t.add_party()), "partyDialog", "partyNotes",
             "partiesTab"),
    FormKind("afspraak", "cases", _case_action(PartiesTab, lambda t: t.add_promise()), "promiseDialog",
             "promiseText", "partiesTab"),
    FormKind("plan", "cases", _case_action(PlanTab, lambda t: t.add()), "planDialog", "planText", "planTab"),
    FormKind("veilig-thuis", "cases", _case_action(SafeAtHomeTab, lambda t: t.new_contact()), "vtContactDialog",
             "vtSummary", "safeAtHomeTab"),
    FormKind("terugkoppeling", "cases", _case_action(SafeAtHomeTab, _feedback), "feedbackDialog", "feedbackSummary",
             "safeAtHomeTab"),
    FormKind("gezinslid", "cases", _case_action(HouseholdTab, lambda t: t.add()), "memberDialog", "memberInitials",
             "householdTab"),
    FormKind("meldcodestap", "cases", _step_notes, None, "step1Notes", "meldcodeTab"),
    FormKind("kop", "cases", _header, None, "caseSummary"),
    FormKind("afsluiten", "cases", _close, "closeCaseDialog", "closeReason"),
    FormKind("nieuwe-casus", "cases", _new_case, "newCaseDialog", "newCaseSummary"),
    FormKind("kindcheck", "kindcheck", _kindcheck, None, "kindcheckConcerns"),
    FormKind("opvolging", "today", _followup, "followUpDialog", "followUpWhat"),
    FormKind("persoon", "contacts", _contacts("new_person"), "personDialog", "personNotes"),
    FormKind("organisatie", "contacts", _contacts("new_organisation"), "organisationDialog", "organisationNotes"),
    FormKind("overleg-reeks", "meetings", _series, "seriesDialog", "seriesName"),
    FormKind("overleg-punt", "meetings", _item, "itemDialog", "itemDialogQuestion"),
    FormKind("overleg-actie", "meetings", _action, "actionDialog", "actionWhat"),
    FormKind("overleg-notities", "meetings", _notes, None, "itemSharedNotes"),
    FormKind("overleg-toestemming", "meetings", _consent, "consentDialog", "consentNote"),
)


def type_into(ctx: Ctx, kind: FormKind) -> QWidget:
    """Open ``kind``'s form and type its text; returns the field."""
    kind.open(ctx)
    ctx.idle(lambda: kind.field_widget(ctx) is not None and kind.field_widget(ctx).isEnabled())
    field = kind.field_widget(ctx)
    assert field is not None
    if kind.dialog is not None:
        ctx.wait(lambda: dialog_named(kind.dialog) is not None)
    ctx.type(field, kind.text())
    return field
