"""The demo practice's sociale kaart: organisations in two municipalities with different Veilig Thuis
regions (Houten: Utrecht; Culemborg: Gelderland-Zuid), and invented people in them.

The data lives in ``resources/demo/sociale_kaart.json``; dates are stored relative to the day the demo
is made ("verified 400 days ago"), so the demo always has some contacts due for checking.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from .. import config
from ..documents import certificates
from ..domain.availability import parse_availability
from ..domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person
from .contacts import save_organisation, save_person, today
from .session import Session


def demo_file() -> Path:
    return config.resources_dir() / "demo" / "sociale_kaart.json"


def fill(session: Session, path: Path | None = None) -> tuple[int, int]:
    """Add the demo map to an open demo vault; returns (organisations, people)."""
    data = json.loads((path or demo_file()).read_text("utf-8"))
    day = today(session)
    ids: dict[str, int] = {}
    for raw in data["organisations"]:
        cert = (certificates.self_signed(raw["name"], raw["name"], raw["secure_email"])
                if raw["certificate"] else None)
        org = save_organisation(session, Organisation(
            name=raw["name"], kind=OrganisationKind(raw["kind"]), municipalities=tuple(raw["municipalities"]),
            address=raw["address"], phone=raw["phone"], crisis_phone=raw["crisis_phone"],
            secure_email=raw["secure_email"], website=raw["website"],
            opening_hours=parse_availability(raw["opening_hours"]), notes=raw["notes"], certificate=cert))
        ids[raw["key"]] = int(org.id or 0)
    names = {raw["key"]: raw["name"] for raw in data["organisations"]}
    for raw in data["people"]:
        email = next((c["value"] for c in raw["channels"] if c["kind"] == ChannelKind.SECURE_EMAIL), "")
        cert = (certificates.self_signed(raw["name"], names[raw["organisation"]], email)
                if raw["certificate"] else None)
        years = raw.get("known_since_years")
        save_person(session, Person(
            name=raw["name"], organisation_id=ids[raw["organisation"]], function=raw["function"],
            channels=tuple(Channel(ChannelKind(c["kind"]), c["value"], bool(c.get("preferred")))
                           for c in raw["channels"]),
            availability=parse_availability(raw["availability"]), liaison_login=raw["liaison"],
            verified_on=day - timedelta(days=int(raw["verified_days_ago"])),
            known_since=day - timedelta(days=365 * int(years)) if years else None,
            notes=raw["notes"], certificate=cert))
    return len(data["organisations"]), len(data["people"])
