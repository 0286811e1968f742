"""``wijkzorg meetings list|ics|agenda|minutes``: overleg without the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_base import opened, translate, vault_arguments


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(translate("cli", "{value} is not a number of a meeting or series")
                                         .format(value=text))
    return value


def add_meetings_commands(sub: argparse._SubParsersAction) -> None:
    text = translate("cli", "meetings (overleg): list them, export their dates, make the agenda or the minutes")
    meetings = sub.add_parser("meetings", help=text, description=text, allow_abbrev=False)
    actions = meetings.add_subparsers(dest="meetings_command", metavar=translate("cli", "ACTION"), required=True)
    number = translate("cli", "ID")

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return vault_arguments(actions.add_parser(name, help=help_text, description=help_text, allow_abbrev=False))

    listing = action("list", translate("cli", "list the meetings by date: number, day, time, series, status and "
                                              "(for the care roles) the number of agenda items"))
    ics = action("ics", translate("cli", "write the meetings as an iCalendar (.ics) file; events name only the "
                                         "series and the place"))
    ics.add_argument("--out", type=Path, required=True, metavar=translate("cli", "FILE.ics"),
                     help=translate("cli", "iCalendar file to write"))
    for parser in (listing, ics):
        parser.add_argument("--series", type=_positive, metavar=number,
                            help=translate("cli", "only the meetings of this series (its number)"))

    def paper(name: str, help_text: str) -> argparse.ArgumentParser:
        p = action(name, help_text)
        p.add_argument("--meeting", type=_positive, required=True, metavar=number,
                       help=translate("cli", "the meeting's number, as meetings list shows it"))
        p.add_argument("--out", type=Path, required=True, metavar=translate("cli", "FILE.pdf"),
                       help=translate("cli", "PDF file to write"))
        p.add_argument("--pin-file", metavar=translate("cli", "FILE"), help=translate(
            "cli", "file whose first line is the PIN of the UZI-pas; without it the PIN is asked"))
        return p

    paper("agenda", translate("cli", "the agenda of a meeting as a signed PDF"))
    minutes = paper("minutes", translate("cli", "the minutes of a meeting as a signed PDF"))
    minutes.add_argument("--for", dest="attendee", metavar=translate("cli", "NAME"), help=translate(
        "cli", "a copy for this attendee: items they may not receive are left out"))


def _list(session, args: argparse.Namespace) -> None:
    from .documents.dutch_text import weekday_date
    from .domain.meetings import STATUS_LABELS
    from .services.meetings import list_meetings

    found = list_meetings(session, args.series)
    if not found:
        print(translate("cli", "No meetings."))
    for line in found:
        m = line.meeting
        when = weekday_date(m.on) + (f" {m.at:%H:%M}" if m.at else "      ")
        status = translate("meetings", STATUS_LABELS[m.status])
        text = f"{m.id:>4}  {when}  {line.series_name}  {status}"
        if line.item_count is not None:
            text += "  " + translate("cli", "{count} items").format(count=line.item_count)
        print(text)


def _paper(session, args: argparse.Namespace):
    from .cli_documents import _pin
    from .services import meeting_documents

    pin = _pin(session, args)
    if args.meetings_command == "agenda":
        return meeting_documents.agenda(session, args.meeting, pin)
    attendee = meeting_documents.attendee_named(session, args.meeting, args.attendee) if args.attendee else None
    return meeting_documents.minutes(session, args.meeting, pin, attendee)


def run_meetings(args: argparse.Namespace) -> int:
    from .cli_documents import _write
    from .services.meetings import export_calendar

    with opened(args) as session:
        if args.meetings_command == "list":
            _list(session, args)
            return 0
        if args.meetings_command == "ics":
            count = export_calendar(session, args.out, args.series)
            print(translate("cli", "Meetings written to {path}: {count}.").format(path=args.out, count=count))
            return 0
        doc = _paper(session, args)
        _write(session, doc, args.out)
    print(translate("cli", "{title} {id} signed and written to {path} (SHA-256 {sha}).").format(
        title=doc.title, id=doc.document_id, path=args.out, sha=doc.sha256))
    return 0
