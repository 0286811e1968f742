"""Kindcheck: note one on the left, see how often the practice does it on the right.

Saving a kindcheck with concerns offers to open a case for the family or to link an open one. Ctrl+N
starts a new note, Ctrl+S saves it; a note being typed survives a lock as a draft.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...domain.cases import Case
from ...domain.errors import VaultLocked
from ...domain.kindcheck import Kindcheck
from ...domain.users import Permission, Role
from ...services import cases, kindchecks
from ...services.contacts import today
from ...services.kindchecks import KindcheckOverview
from ...services.session import Session
from ..client import VaultClient
from ..dates import show_date
from ..messages import error_text
from ..page import Drafts, Page, Target
from ..page_parts import Notice, action_button, explanation, heading, page_action
from ..table_model import Prepared
from .case_link_dialog import CaseChoice, CaseLinkDialog
from .kindcheck_form import KindcheckForm
from .kindcheck_overview import KindcheckOverviewBox


@dataclass(frozen=True)
class KindcheckData:
    overview: KindcheckOverview
    cases: list[CaseChoice]
    today: date


def load(session: Session) -> KindcheckData:
    """On the worker: every kindcheck with the monthly counts, the cases (for their labels), and today."""
    return KindcheckData(kindchecks.overview(session), [CaseChoice.of(s.case) for s in cases.list_cases(session)],
                         today(session))


class KindcheckPage(Page):
    page_id = "kindcheck"
    roles = frozenset({Role.GP, Role.MH_NURSE, Role.ADMIN})

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.data: KindcheckData | None = None
        self.saving = False
        self._show_id: int | None = None
        self.link_dialog: CaseLinkDialog | None = None
        self.form_title = heading("")
        self.form_title.setObjectName("kindcheckFormTitle")
        self.form = KindcheckForm()
        self.overview = KindcheckOverviewBox()
        self.notice = Notice("kindcheckNotice")
        self.new_action = page_action(self, self.tr("New kindcheck"), "newKindcheck", QKeySequence.StandardKey.New,
                                       self.new_kindcheck, self.tr("Start a new kindcheck"))
        self.save_action = page_action(self, self.tr("Save"), "saveKindcheck", QKeySequence.StandardKey.Save, self.save,
                                        self.tr("Save the kindcheck"))
        self.link_action = page_action(self, self.tr("Open or link a case…"), "linkKindcheck", None, self.offer_case,
                                        self.tr("Make this kindcheck part of a case"))

        buttons = QHBoxLayout()
        for action in (self.new_action, self.save_action, self.link_action):
            buttons.addWidget(action_button(action))
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.form_title)
        column.addWidget(self.form)
        column.addLayout(buttons)
        column.addWidget(self.notice)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(480)
        scroll.setWidget(left)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("kindcheckSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(self.overview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(explanation(self.tr(
            "Does this adult patient care for children, and can they do so safely? Part of step 1 of the "
            "meldcode: at intake, at an evaluation, and at new concerns.")))
        layout.addWidget(splitter, 1)

        self.form.changed.connect(self._update)
        self.overview.list.activated.connect(lambda _index: self.open_selected())
        self.overview.list.doubleClicked.connect(lambda _index: self.open_selected())
        self.client.changed.connect(self.refresh)
        self.form.new(date.today())
        self._show_title()
        self._update()

    def title(self) -> str:
        return self.tr("Kindcheck")

    def refresh(self) -> None:
        model = self.overview.list_model
        sort = model.current_sort()

        def read(session: Session) -> tuple[KindcheckData, dict[int, str], Prepared]:
            """The list's labels and order are worked out here too, not on the GUI thread."""
            data = load(session)
            labels = {int(c.id or 0): c.label for c in data.cases}
            return data, labels, model.prepare(data.overview.kindchecks, sort)

        self.client.call(read, self._loaded, self.failed)

    def _loaded(self, found: tuple[KindcheckData, dict[int, str], Prepared]) -> None:
        data, labels, prepared = found
        fresh = self.data is None
        self.data = data
        self.overview.show_overview(prepared, data.overview.months, labels)
        if fresh and self.form.editing_id is None and not self.form.typed():
            self.form.new(data.today)
        self._show_title()
        self._update()
        self._show_wanted()

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def case_label(self, case_id: int | None) -> str:
        if case_id is None or self.data is None:
            return ""
        return next((c.label for c in self.data.cases if c.id == case_id), "")

    def _show_title(self) -> None:
        k = self.form.kindcheck()
        if k.id is None:
            self.form_title.setText(self.tr("New kindcheck"))
        else:
            self.form_title.setText(self.tr("Kindcheck of {date}, {patient}").format(date=show_date(k.on),
                                                                                   patient=k.patient))

    def _update(self) -> None:
        may = self.client.may(Permission.EDIT_CASES)
        k = self.form.kindcheck()
        self.new_action.setEnabled(may)
        self.save_action.setEnabled(may and not self.saving and bool(k.patient.strip()))
        self.link_action.setEnabled(may and not self.saving and k.id is not None and k.case_id is None
                                    and k.concerning and self.data is not None)

    # -- the form --------------------------------------------------------------------------------

    def new_kindcheck(self) -> None:
        self.form.new(self.data.today if self.data else date.today())
        self.notice.clear()
        self._show_title()
        self.form.first_field().setFocus()

    def open_selected(self) -> None:
        k = self.overview.list.current_row()
        if k is None:
            return
        self.form.show_kindcheck(k, self.case_label(k.case_id))
        self.notice.clear()
        self._show_title()
        self.form.first_field().setFocus()

    def show_target(self, target: Target) -> None:
        """Another page (Vandaag: a kindcheck to repeat) opens a kindcheck here."""
        kind, kindcheck_id = target
        if kind != "kindcheck":
            return
        self._show_id = kindcheck_id
        if self.data is not None:
            self._show_wanted()

    def _show_wanted(self) -> None:
        wanted, self._show_id = self._show_id, None
        if wanted is not None and self.overview.list.select_where(lambda k: k.id == wanted):
            self.open_selected()

    def save(self) -> None:
        if not self.save_action.isEnabled():
            return
        k = self.form.kindcheck()
        self.saving = True
        self._update()
        self.notice.busy(self.tr("Saving the kindcheck…"))
        self.client.call(lambda session: kindchecks.save_kindcheck(session, k), self._saved, self._save_failed)

    def _saved(self, k: Kindcheck) -> None:
        self.saving = False
        self.form.show_kindcheck(k, self.case_label(k.case_id))
        self._show_title()
        self.notice.info(self.tr("Kindcheck of {patient} saved.").format(patient=k.patient))
        self._update()
        self.client.changed.emit()
        if k.concerning and k.case_id is None:
            self.offer_case()

    def _save_failed(self, error: BaseException) -> None:
        self.saving = False
        self._update()
        self.failed(error)

    # -- a case from a concerning kindcheck ------------------------------------------------------

    def offer_case(self) -> None:
        k = self.form.kindcheck()
        if k.id is None or self.data is None:
            return
        if self.link_dialog is None:
            self.link_dialog = CaseLinkDialog(self)
            self.link_dialog.submitted.connect(self._link)
        self.link_dialog.prepare(k, [c for c in self.data.cases if not c.closed])
        self.link_dialog.open()

    def _link(self) -> None:
        dialog = self.link_dialog
        if dialog is None or dialog.kindcheck_id is None:
            return
        kindcheck_id = dialog.kindcheck_id
        dialog.set_busy(True, self.tr("Saving…"))
        if dialog.wants_new_case():
            letter = dialog.letter.text()
            self.client.call(lambda session: kindchecks.open_case_from(session, kindcheck_id, letter),
                             lambda case: self._linked(dialog, kindcheck_id, case, True),
                             lambda error: dialog.show_error(error_text(error)))
            return
        case_id = int(dialog.cases.currentData())

        def link(session: Session) -> Case:
            kindchecks.link_case(session, kindcheck_id, case_id)
            return cases.case_or_fail(session.conn, case_id)

        self.client.call(link, lambda case: self._linked(dialog, kindcheck_id, case, False),
                         lambda error: dialog.show_error(error_text(error)))

    def _linked(self, dialog: CaseLinkDialog, kindcheck_id: int, case: Case, opened: bool) -> None:
        dialog.finish()
        if self.data is not None and all(c.id != case.id for c in self.data.cases):
            self.data = replace(self.data, cases=[*self.data.cases, CaseChoice.of(case)])
        if self.form.editing_id == kindcheck_id:
            self.form.mark_linked(int(case.id or 0), case.label)
        text = (self.tr("Case {label} opened from this kindcheck.") if opened
                else self.tr("Kindcheck linked to {label}.")).format(label=case.label)
        self.notice.info(text)
        self._update()
        self.client.changed.emit()

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> Drafts:
        return {"form": self.form.draft()} if self.form.typed() else {}

    def restore_draft(self, drafts: Drafts) -> None:
        form = drafts.get("form")
        if form:
            self.form.restore(form)
            self._show_title()
            self._update()
