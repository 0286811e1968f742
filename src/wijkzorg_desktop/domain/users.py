"""Practice users, their roles and what each role may do."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .errors import InvalidLogin
from .text import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADMIN = "beheerder"
    GP = "huisarts"
    MH_NURSE = "poh_ggz"
    ASSISTANT = "assistent"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.GP: QT_TRANSLATE_NOOP("roles", "GP"),
    Role.MH_NURSE: QT_TRANSLATE_NOOP("roles", "Mental-health nurse (POH-GGZ)"),
    Role.ASSISTANT: QT_TRANSLATE_NOOP("roles", "Practice assistant"),
}

# The role as a word inside a sentence ("Your role (poh-ggz) may not ..."), not the stored value.
ROLE_NAMES: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "administrator"),
    Role.GP: QT_TRANSLATE_NOOP("roles", "general practitioner"),
    Role.MH_NURSE: QT_TRANSLATE_NOOP("roles", "mental-health nurse"),
    Role.ASSISTANT: QT_TRANSLATE_NOOP("roles", "assistant"),
}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"
    EXPORT_VAULT = "export_vault"
    CHECK_VAULT = "check_vault"
    VIEW_CONTACTS = "view_contacts"
    EDIT_CONTACTS = "edit_contacts"
    VIEW_CASES = "view_cases"
    EDIT_CASES = "edit_cases"
    VIEW_FOLLOWUPS = "view_followups"
    EDIT_FOLLOWUPS = "edit_followups"
    VIEW_MEETINGS = "view_meetings"
    EDIT_MEETING_DATES = "edit_meeting_dates"
    HOLD_MEETINGS = "hold_meetings"
    SIGN_DOCUMENTS = "sign_documents"
    CONFIRM_CERTIFICATES = "confirm_certificates"


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("roles", "manage users"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("roles", "change the practice settings"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("roles", "view the audit log"),
    Permission.EXPORT_VAULT: QT_TRANSLATE_NOOP("roles", "export the whole vault"),
    Permission.CHECK_VAULT: QT_TRANSLATE_NOOP("roles", "check the vault"),
    Permission.VIEW_CONTACTS: QT_TRANSLATE_NOOP("roles", "view the contact map"),
    Permission.EDIT_CONTACTS: QT_TRANSLATE_NOOP("roles", "change the contact map"),
    Permission.VIEW_CASES: QT_TRANSLATE_NOOP("roles", "view cases and kindchecks"),
    Permission.EDIT_CASES: QT_TRANSLATE_NOOP("roles", "work on cases and kindchecks"),
    Permission.VIEW_FOLLOWUPS: QT_TRANSLATE_NOOP("roles", "see follow-ups"),
    Permission.EDIT_FOLLOWUPS: QT_TRANSLATE_NOOP("roles", "work on follow-ups"),
    Permission.VIEW_MEETINGS: QT_TRANSLATE_NOOP("roles", "see meeting dates and attendance"),
    Permission.EDIT_MEETING_DATES: QT_TRANSLATE_NOOP("roles", "keep meeting dates and attendance"),
    Permission.HOLD_MEETINGS: QT_TRANSLATE_NOOP("roles", "prepare and hold meetings"),
    Permission.SIGN_DOCUMENTS: QT_TRANSLATE_NOOP("roles", "sign documents for the practice"),
    Permission.CONFIRM_CERTIFICATES: QT_TRANSLATE_NOOP("roles", "confirm a partner's certificate"),
}

_CONTACT_MAP = (Permission.VIEW_CONTACTS, Permission.EDIT_CONTACTS, Permission.VIEW_FOLLOWUPS,
                Permission.EDIT_FOLLOWUPS)
_CASES = (Permission.VIEW_CASES, Permission.EDIT_CASES)
# Case items of a meeting need VIEW_CASES / EDIT_CASES besides, so dates and attendance alone never show a case.
_MEETING_DATES = (Permission.VIEW_MEETINGS, Permission.EDIT_MEETING_DATES)

# Signing for the practice and vouching for a partner's certificate: the care roles and the beheerder.
_CARE_TRUST = (Permission.SIGN_DOCUMENTS, Permission.CONFIRM_CERTIFICATES)

_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.GP: frozenset({Permission.CHECK_VAULT, *_CONTACT_MAP, *_CASES, *_MEETING_DATES,
                        Permission.HOLD_MEETINGS, *_CARE_TRUST}),
    Role.MH_NURSE: frozenset({Permission.CHECK_VAULT, *_CONTACT_MAP, *_CASES, *_MEETING_DATES,
                              Permission.HOLD_MEETINGS, *_CARE_TRUST}),
    # Assistants keep the sociale kaart, meeting dates and attendance up to date; they do not see case notes.
    Role.ASSISTANT: frozenset({*_CONTACT_MAP, *_MEETING_DATES}),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]


_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def normalise_login(login: str) -> str:
    value = login.strip().lower()
    if not _LOGIN.match(value):
        raise InvalidLogin()
    return value


@dataclass(frozen=True)
class User:
    id: int
    login: str
    full_name: str
    role: Role
    active: bool
    created_at: str
    deactivated_at: str | None = None
