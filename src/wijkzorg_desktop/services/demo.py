"""The demo practice: a vault anyone can open to try the program, with invented people only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.practice import PracticeSettings
from ..domain.users import Role
from ..store.keyfile import KdfParams
from . import accounts, demo_cases, demo_contacts, demo_meetings, practice, practice_cert
from .session import Clock, system_clock
from .vaults import create_vault

DEMO_PRACTICE = "Huisartsenpraktijk De Linde (demo)"


@dataclass(frozen=True)
class DemoUser:
    login: str
    full_name: str
    role: Role


DEMO_USERS = (
    DemoUser("beheer", "Marieke Jansen-Saënen", Role.ADMIN),
    DemoUser("huisarts", "dr. Joost van den Berg", Role.GP),
    DemoUser("poh", "Fatma Özdemir", Role.MH_NURSE),
    DemoUser("assistent", "Lotte de Wit", Role.ASSISTANT),
)


def create_demo(store: Path, passphrase: str, *, kdf: KdfParams | None = None,
                clock: Clock = system_clock) -> str:
    """Make the demo vault in ``store``; every demo user gets ``passphrase``. Returns the recovery key."""
    first, *others = DEMO_USERS
    created = create_vault(store, DEMO_PRACTICE, first.login, first.full_name, passphrase, kdf=kdf,
                           clock=clock)
    session = created.session
    try:
        for user in others:
            accounts.add_user(session, user.login, user.full_name, user.role, passphrase)
        practice.update(session, PracticeSettings(DEMO_PRACTICE, 5, "Lindeplein 1, 3991 AB Houten", "030-6301234",
                                                  "praktijk@delinde.demo.nl", "www.delinde.demo.nl"))
        practice_cert.generate_self_signed(session)  # documents can be signed straight away
        demo_contacts.fill(session)
        demo_cases.fill(session)
        demo_meetings.fill(session)
    finally:
        session.close()
    return created.recovery_key
