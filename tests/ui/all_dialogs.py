"""Every dialog of the program, built and filled in as a user meets it on the demo practice, and the main
window unlocked on the demo with every page.

``every_dialog(qtbot, rig, folder)`` yields ``(class name, dialog)`` for each QDialog subclass in
``wijkzorg_desktop.ui``; a subclass it does not know makes it fail, so a new dialog is added here (and is then
checked by every test that walks the dialogs: its size on a small screen, its mnemonics). ``rig`` is an
``open_rig`` on the demo vault as "poh" (a GP practice nurse: cases, contacts and documents); ``folder`` a
temporary folder for the files a dialog reads.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pages_helpers import Rig
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from shell_helpers import unlock, wait_workspace

import wijkzorg_desktop.ui as ui_package
from wijkzorg_desktop.domain.cases import Case
from wijkzorg_desktop.domain.involvement import PlanItem, Promise
from wijkzorg_desktop.domain.meldcode import VtContact, VtContactKind, VtRole
from wijkzorg_desktop.services import cases, contact_exchange, contacts, documents, followups, kindchecks
from wijkzorg_desktop.services.practice_users import practice_users
from wijkzorg_desktop.store import users
from wijkzorg_desktop.ui.main_window import MainWindow
from wijkzorg_desktop.ui.sections import SECTIONS

# Bases that are never shown themselves
BASES = frozenset({"wijkzorg_desktop.ui.work_dialog.WorkDialog", "wijkzorg_desktop.ui.cases.case_forms.CaseDialog",
                   "wijkzorg_desktop.ui.contacts.form_parts.ContactDialog",
                   "wijkzorg_desktop.ui.admin.user_dialogs._WorkingDialog"})

VCARD = """BEGIN:VCARD\r
VERSION:3.0\r
N:Jansen;Petra;;;\r
FN:Petra Jansen\r
ORG:Sociaal Wijkteam Houten-Zuid\r
TITLE:Wijkcoach\r
TEL;TYPE=WORK:030 634 12 00\r
EMAIL;TYPE=WORK:p.jansen@wijkteam-houten.nl\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Dr. A. de Vries\r
N:Vries;A.;;Dr.;\r
TEL;TYPE=CELL:06 12345678\r
END:VCARD\r
"""


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every QDialog subclass the window package defines, by qualified name, bases left out."""
    for module in pkgutil.walk_packages(ui_package.__path__, ui_package.__name__ + "."):
        importlib.import_module(module.name)
    found: dict[str, type[QDialog]] = {}
    todo: list[type] = [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            name = f"{sub.__module__}.{sub.__qualname__}"
            if sub.__module__.startswith(ui_package.__name__ + ".") and name not in BASES:
                found[name] = sub
    return found


@dataclass
class DemoContent:
    """What the dialogs are filled with: the demo's richest case, its contacts, a follow-up, a kindcheck."""

    file: cases.CaseFile
    vt_file: cases.CaseFile
    lookup: object
    directory: object
    choices: followups.FormChoices
    item: followups.FollowUpItem
    overview: kindchecks.KindcheckOverview
    open_cases: list[Case]
    map: contacts.ContactMap
    user: object
    document: documents.IssuedDocument
    import_preview: contact_exchange.ImportPreview


def load_content(rig: Rig, folder: Path) -> DemoContent:
    from wijkzorg_desktop.ui.cases.directory import Directory
    from wijkzorg_desktop.ui.cases.track_parts import load_lookup

    vcard = folder / "contacten.vcf"
    vcard.write_text(VCARD, encoding="utf-8")

    def load(session) -> DemoContent:
        listed = [c.case for c in cases.list_cases(session)]
        files = [cases.open_case(session, int(c.id)) for c in listed if not c.closed]
        file = max(files, key=lambda f: len(f.timeline) + len(f.parties) + len(f.members))
        vt_file = next((f for f in files if f.vt_contacts), file)
        contact_map = contacts.load_map(session)
        pending = followups.pending(session)
        item = next((i for i in pending if not i.automatic), pending[0])
        return DemoContent(
            file=file, vt_file=vt_file, lookup=load_lookup(session),
            directory=Directory(practice_users(session), contact_map), choices=followups.form_choices(session),
            item=item, overview=kindchecks.overview(session), open_cases=[c for c in listed if not c.closed],
            map=contact_map, user=next(u for u in users.all_users(session.conn) if u.login == "huisarts"),
            document=documents.case_timeline(session, int(file.case.id or 0)),
            import_preview=contact_exchange.preview(session, vcard))

    return rig.run(load)


def _longest(items, text: Callable[[object], str]):
    return max(items, key=lambda item: len(text(item))) if items else None


def weigh(dialog, lookup, today) -> None:
    """The conflict-van-plichten weighing, answered as a GP would (the dialog at its tallest)."""
    from wijkzorg_desktop.domain.consent import SharingBasis

    dialog.prepare(lookup, today)
    dialog.basis.setCurrentIndex(dialog.basis.findData(str(SharingBasis.CONFLICT_OF_DUTIES)))
    dialog.serious_interest.setPlainText("De veiligheid van de kinderen: vader dreigt en moeder durft niet te melden.")
    dialog.other_way.setPlainText("Nee. Moeder is twee keer gevraagd en weigert uit angst voor vader.")
    dialog.why_no_consent.setPlainText("Gevraagd op 12 november; geweigerd uit angst voor escalatie thuis.")
    dialog.outweighs_yes.setChecked(True)
    dialog.what_to_whom.setPlainText("Alleen de zorgen over de veiligheid thuis, aan de wijkcoach van het CJG.")


def builders(rig: Rig, content: DemoContent, folder: Path) -> dict[str, Callable[[], QDialog]]:
    """How each dialog is made and filled in, by qualified class name."""
    from wijkzorg_desktop.ui.admin.certificate_dialogs import Pkcs12Dialog, TokenDialog
    from wijkzorg_desktop.ui.admin.user_dialogs import EditUserDialog, PassphraseDialog
    from wijkzorg_desktop.ui.cases.close_case_dialog import CloseCaseDialog
    from wijkzorg_desktop.ui.cases.consent_dialog import ConsentDialog
    from wijkzorg_desktop.ui.cases.entry_dialog import EntryDialog
    from wijkzorg_desktop.ui.cases.member_dialog import MemberDialog
    from wijkzorg_desktop.ui.cases.new_case_dialog import NewCaseDialog
    from wijkzorg_desktop.ui.cases.party_dialog import PartyDialog
    from wijkzorg_desktop.ui.cases.plan_dialog import PlanDialog
    from wijkzorg_desktop.ui.cases.promise_dialog import PromiseDialog
    from wijkzorg_desktop.ui.cases.vt_contact_dialog import FeedbackDialog, VtContactDialog
    from wijkzorg_desktop.ui.cases.weighing_dialog import BasisDialog
    from wijkzorg_desktop.ui.contacts.export_dialog import ExportDialog
    from wijkzorg_desktop.ui.contacts.import_dialog import ImportDialog
    from wijkzorg_desktop.ui.contacts.organisation_dialog import OrganisationDialog
    from wijkzorg_desktop.ui.contacts.person_dialog import PersonDialog
    from wijkzorg_desktop.ui.documents.handover_dialog import HandoverDialog
    from wijkzorg_desktop.ui.documents.list_dialogs import FollowUpListDialog, TimelineDialog
    from wijkzorg_desktop.ui.documents.pin_dialog import PinDialog
    from wijkzorg_desktop.ui.documents.preview_dialog import PreviewDialog
    from wijkzorg_desktop.ui.documents.verify_dialog import VerifyDialog
    from wijkzorg_desktop.ui.followups.finish_dialog import DONE, FinishDialog
    from wijkzorg_desktop.ui.followups.followup_dialog import FollowUpDialog
    from wijkzorg_desktop.ui.kindcheck.case_link_dialog import CaseLinkDialog
    from wijkzorg_desktop.ui.recovery_dialog import RecoveryDialog
    from wijkzorg_desktop.ui.setup_wizard import SetupWizard

    file, vt_file, today = content.file, content.vt_file, content.file.today
    case_id = int(file.case.id or 0)
    translate = QCoreApplication.translate

    def made(cls: type[QDialog], *args, prepare: Callable[[QDialog], object] | None = None) -> Callable[[], QDialog]:
        def make() -> QDialog:
            dialog = cls(*args)
            if prepare is not None:
                prepare(dialog)
            return dialog

        return make

    def name(cls: type) -> str:
        return f"{cls.__module__}.{cls.__qualname__}"

    entry = _longest(file.timeline, lambda e: e.text)
    promise = _longest(file.promises, lambda p: p.text) or Promise(case_id, "")
    plan = _longest(file.plan, lambda p: p.text) or PlanItem(case_id, "")
    vt = vt_file.vt_contacts[0] if vt_file.vt_contacts else VtContact(case_id, VtContactKind.REPORT, today,
                                                                       VtRole.REPORTER)
    person = _longest(content.map.people, lambda p: p.notes + " " * 40 * len(p.channels))
    organisation = _longest(content.map.organisations, lambda o: o.notes)
    kindcheck = content.overview.kindchecks[0]
    user = content.user
    table = {
        Pkcs12Dialog: made(Pkcs12Dialog, prepare=lambda d: d.prepare()),
        TokenDialog: made(TokenDialog, prepare=lambda d: d.prepare("/usr/lib/softhsm/libsofthsm2.so", "Praktijk")),
        EditUserDialog: made(EditUserDialog, prepare=lambda d: d.prepare(user)),
        PassphraseDialog: made(PassphraseDialog, prepare=lambda d: d.prepare(
            translate("UsersPage", "New passphrase for {login}").format(login=user.login),
            translate("UsersPage", "{name} unlocks with this passphrase from now on; the old one stops working. "
                      "Tell it to them in person.").format(name=user.full_name),
            translate("UsersPage", "Set passphrase"))),
        CloseCaseDialog: made(CloseCaseDialog, prepare=lambda d: d.prepare(file.case.label, False)),
        ConsentDialog: made(ConsentDialog, prepare=lambda d: d.prepare(file.members, content.lookup, today)),
        EntryDialog: made(EntryDialog, prepare=lambda d: d.prepare(entry, content.directory, file.parties)),
        MemberDialog: made(MemberDialog, prepare=lambda d: d.prepare(file.members[0], today)),
        NewCaseDialog: made(NewCaseDialog, prepare=lambda d: d.prepare("poh", today.year)),
        PartyDialog: made(PartyDialog, prepare=lambda d: d.prepare(file.parties[0], today)),
        PlanDialog: made(PlanDialog, prepare=lambda d: d.prepare(plan, content.directory, file.parties)),
        PromiseDialog: made(PromiseDialog, prepare=lambda d: d.prepare(promise, content.directory, file.parties)),
        FeedbackDialog: made(FeedbackDialog, prepare=lambda d: d.prepare(vt, today)),
        VtContactDialog: made(VtContactDialog, prepare=lambda d: d.prepare(vt)),
        BasisDialog: made(BasisDialog, prepare=lambda d: weigh(d, content.lookup, today)),
        ExportDialog: made(ExportDialog, prepare=lambda d: d.prepare(len(content.map.rows()), 3)),
        ImportDialog: made(ImportDialog, content.import_preview),
        OrganisationDialog: made(OrganisationDialog, rig.client, prepare=lambda d: d.prepare(organisation)),
        PersonDialog: made(PersonDialog, rig.client, prepare=lambda d: d.prepare(person)),
        HandoverDialog: made(HandoverDialog, prepare=lambda d: d.prepare(file, content.map)),
        FollowUpListDialog: made(FollowUpListDialog, prepare=lambda d: d.prepare(today, True)),
        TimelineDialog: made(TimelineDialog, prepare=lambda d: d.prepare(file)),
        PinDialog: made(PinDialog, prepare=lambda d: d.prepare()),
        PreviewDialog: made(PreviewDialog, rig.client, content.document),
        VerifyDialog: made(VerifyDialog, rig.client),
        FinishDialog: made(FinishDialog, prepare=lambda d: d.prepare(content.item, DONE)),
        FollowUpDialog: made(FollowUpDialog, prepare=lambda d: d.prepare(
            content.item.followup, content.choices, content.item.case_label, content.item.party_name)),
        CaseLinkDialog: made(CaseLinkDialog, prepare=lambda d: d.prepare(kindcheck, content.open_cases)),
        RecoveryDialog: made(RecoveryDialog, rig.worker, rig.store, ["beheer", "huisarts", "poh", "assistent"],
                             "poh"),
        SetupWizard: made(SetupWizard, rig.worker, folder / "nieuwe-praktijk.wzv"),
    }
    made_here = {name(cls): make for cls, make in table.items()}

    def departure() -> QDialog:
        from wijkzorg_desktop.ui.contacts.departure_dialog import DepartureDialog

        dialog = DepartureDialog()
        dialog.prepare(person, content.map, today)
        return dialog

    made_here["wijkzorg_desktop.ui.contacts.departure_dialog.DepartureDialog"] = departure
    made_here.update(meeting_builders(rig, today))
    return made_here


@dataclass
class MeetingContent:
    """The demo's series with most members, and its meeting with most agenda items."""

    series: object
    file: object
    page: object
    cases: list[tuple[int, str]]
    recipients: list[tuple[int, str]]


def load_meeting_content(rig: Rig) -> MeetingContent:
    from wijkzorg_desktop.services import meeting_documents, meetings
    from wijkzorg_desktop.ui.meetings.loading import load_page, open_cases

    def load(session) -> MeetingContent:
        page = load_page(session)
        series = max((s.series for s in page.series), key=lambda s: len(s.members))
        files = [meetings.open_meeting(session, int(m.id or 0)) for s in page.series
                 for m in meetings.meetings_of(session, int(s.series.id or 0))]
        file = max(files, key=lambda f: (len(f.items), sum(len(i.actions) for i in f.items)))
        return MeetingContent(series, file, page, open_cases(session),
                              meeting_documents.copy_recipients(session, int(file.meeting.id or 0)))

    return rig.run(load)


def meeting_builders(rig: Rig, today) -> dict[str, Callable[[], QDialog]]:
    """The Overleg page's dialogs, each at its fullest: the series with most members, an attendee replaced
    by someone, a herkenbaar case item refused with its reasons, an action of a partner."""
    from wijkzorg_desktop.domain.meetings import AgendaItem, ItemTopic, MeetingAction, Presence
    from wijkzorg_desktop.ui.meetings.action_dialog import ActionDialog
    from wijkzorg_desktop.ui.meetings.attendee_dialog import AttendeeDialog
    from wijkzorg_desktop.ui.meetings.copy_dialog import CopyDialog
    from wijkzorg_desktop.ui.meetings.item_dialog import ItemDialog
    from wijkzorg_desktop.ui.meetings.meeting_dialog import MeetingDialog
    from wijkzorg_desktop.ui.meetings.series_dialog import SeriesDialog

    content = load_meeting_content(rig)
    file, lookup = content.file, content.page.lookup
    partner = next(a for a in file.attendees if a.attendee.person_id is not None)

    def series(dialog: SeriesDialog) -> None:
        dialog.prepare(content.series, lookup)

    def meeting(dialog: MeetingDialog) -> None:
        dialog.prepare(file.meeting, file.series.name, file.series.place, [today, today, today])

    def attendee(dialog: AttendeeDialog) -> None:
        dialog.prepare(partner.attendee, partner.name, lookup, content.page.people, False)
        dialog.presence.setCurrentIndex(dialog.presence.findData(str(Presence.REPLACED)))
        dialog.fields_changed()

    def item(dialog: ItemDialog) -> None:
        case_item = next((v.item for v in file.items if v.item.topic == ItemTopic.CASE),
                         AgendaItem(int(file.meeting.id or 0), ItemTopic.CASE))
        dialog.prepare(case_item, content.cases, True, [(int(a.attendee.id or 0), a.name) for a in file.attendees])
        dialog.identifiable.setChecked(True)
        dialog.refused(["Ruud Visser (Gemeente Houten): M.A.: toestemming niet gevraagd",
                        "Ruud Visser (Gemeente Houten): J.A.: toestemming niet gevraagd",
                        "Willemijn van der Linden (Politie Houten): M.A.: toestemming geweigerd op 12-11-2026"],
                       True)

    def action(dialog: ActionDialog) -> None:
        view = next((a for i in file.items for a in i.actions), None)
        base = view.action if view is not None else MeetingAction(int(file.items[0].item.id or 0), "")
        dialog.prepare(base, lookup, [(partner.name, f"person:{partner.attendee.person_id}")], today)

    def copy(dialog: CopyDialog) -> None:
        dialog.prepare(content.recipients)

    return {f"{cls.__module__}.{cls.__qualname__}": (lambda cls=cls, fill=fill: _filled(cls(), fill))
            for cls, fill in ((SeriesDialog, series), (MeetingDialog, meeting), (AttendeeDialog, attendee),
                              (ItemDialog, item), (ActionDialog, action), (CopyDialog, copy))}


def _filled(dialog: QDialog, fill: Callable[[QDialog], object]) -> QDialog:
    fill(dialog)
    return dialog


def every_dialog(qtbot, rig: Rig, folder: Path) -> Iterator[tuple[str, QDialog]]:
    """``(class name, dialog)`` for every dialog class of the program, each new and filled in.

    Fails when the program has a dialog class this helper does not know how to make.
    """
    content = load_content(rig, folder)
    known = builders(rig, content, folder)
    classes = dialog_classes()
    missing = sorted(set(classes) - set(known))
    assert not missing, f"tests/ui/all_dialogs.py does not make these dialogs yet: {missing}"
    for name in sorted(classes):
        dialog = known[name]()
        qtbot.addWidget(dialog)
        yield name.rsplit(".", 1)[1], dialog


def demo_window(qtbot, make_window, demo_store: Path, passphrase: str, login: str = "beheer") -> MainWindow:
    """The main window with the program's own sections, unlocked on the demo practice."""
    window = make_window(demo_store, SECTIONS)
    unlock(qtbot, window, login, passphrase)
    wait_workspace(qtbot, window)
    return window
