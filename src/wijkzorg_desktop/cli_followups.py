"""``wijkzorg followups ics``: one's own follow-ups as an iCalendar file for the practice agenda."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_base import opened, translate, translator, vault_arguments


def add_followups_commands(sub: argparse._SubParsersAction) -> None:
    text = translate("cli", "follow-ups: export them to a calendar")
    followups = sub.add_parser("followups", help=text, description=text, allow_abbrev=False)
    actions = followups.add_subparsers(dest="followups_command", metavar=translate("cli", "ACTION"), required=True)
    help_text = translate("cli", "write your open follow-ups as an iCalendar (.ics) file; events name only "
                                 "the kind and the case's pseudonym")
    ics = vault_arguments(actions.add_parser("ics", help=help_text, description=help_text, allow_abbrev=False))
    ics.add_argument("--out", type=Path, required=True, metavar=translate("cli", "FILE.ics"),
                     help=translate("cli", "iCalendar file to write"))


def run_followups(args: argparse.Namespace) -> int:
    from .services.followups import export_calendar

    with opened(args) as session:
        count = export_calendar(session, args.out, translator())
    print(translate("cli", "Follow-ups written to {path}: {count}.").format(path=args.out, count=count))
    return 0
