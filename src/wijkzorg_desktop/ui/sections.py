"""What the navigation lists, in order. Each page says for which roles it is shown (``Page.roles``);
a heading is shown only when a page under it is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..domain.text import Message
from .account_page import AccountPage
from .admin.audit_page import AuditPage
from .admin.certificate_page import CertificatePage
from .admin.practice_page import PracticePage
from .admin.users_page import UsersPage
from .cases.cases_page import CasesPage
from .contacts.contacts_page import ContactsPage
from .followups.followups_page import FollowUpsPage
from .followups.today_page import TodayPage
from .kindcheck.kindcheck_page import KindcheckPage
from .meetings.meetings_page import MeetingsPage
from .page import Page

Section = type[Page] | Message

ADMINISTRATION = Message("sections", QT_TRANSLATE_NOOP("sections", "Administration"))

SECTIONS: tuple[Section, ...] = (
    TodayPage,
    FollowUpsPage,
    ContactsPage,
    CasesPage,
    KindcheckPage,
    MeetingsPage,
    AccountPage,
    ADMINISTRATION,
    UsersPage,
    PracticePage,
    CertificatePage,
    AuditPage,
)
