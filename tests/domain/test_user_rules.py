"""Logins and what each role may do with the vault."""

from __future__ import annotations

import pytest

from wijkzorg_desktop.domain.errors import InvalidLogin
from wijkzorg_desktop.domain.users import (
    PERMISSION_LABELS,
    ROLE_LABELS,
    Permission,
    Role,
    allowed,
    normalise_login,
)


@pytest.mark.parametrize(("typed", "login"), [
    ("beheer", "beheer"),
    ("  Huisarts ", "huisarts"),
    ("j.de-vries_2", "j.de-vries_2"),
    ("ab", "ab"),
    ("a" * 32, "a" * 32),
])
def test_valid_logins_are_normalised(typed, login):
    assert normalise_login(typed) == login


@pytest.mark.parametrize("typed", ["", "a", "a" * 33, "met spatie", ".begint-met-punt", "-streep", "jöns",
                                   "naam@praktijk", "tab\tin"])
def test_invalid_logins_are_refused(typed):
    with pytest.raises(InvalidLogin):
        normalise_login(typed)


VAULT_ADMIN = (Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS, Permission.VIEW_AUDIT,
               Permission.EXPORT_VAULT)


def test_administrator_may_do_everything():
    assert all(allowed(Role.ADMIN, p) for p in Permission)


@pytest.mark.parametrize("role", [Role.GP, Role.MH_NURSE, Role.ASSISTANT])
def test_only_the_administrator_manages_the_vault(role):
    assert not any(allowed(role, p) for p in VAULT_ADMIN)


def test_who_may_check_the_vault():
    assert allowed(Role.GP, Permission.CHECK_VAULT)
    assert allowed(Role.MH_NURSE, Permission.CHECK_VAULT)
    assert not allowed(Role.ASSISTANT, Permission.CHECK_VAULT)


def test_every_role_and_permission_has_a_label():
    assert set(ROLE_LABELS) == set(Role)
    assert set(PERMISSION_LABELS) == set(Permission)
    assert {str(r) for r in Role} == {"beheerder", "huisarts", "poh_ggz", "assistent"}


def test_an_assistant_keeps_meeting_dates_and_attendance_but_does_not_hold_meetings():
    assert allowed(Role.ASSISTANT, Permission.VIEW_MEETINGS)
    assert allowed(Role.ASSISTANT, Permission.EDIT_MEETING_DATES)
    assert not allowed(Role.ASSISTANT, Permission.HOLD_MEETINGS)
    assert not allowed(Role.ASSISTANT, Permission.VIEW_CASES)  # case items need this besides


@pytest.mark.parametrize("role", [Role.GP, Role.MH_NURSE, Role.ADMIN])
def test_the_care_roles_hold_meetings(role):
    assert all(allowed(role, p) for p in (Permission.VIEW_MEETINGS, Permission.EDIT_MEETING_DATES,
                                           Permission.HOLD_MEETINGS, Permission.VIEW_CASES))
