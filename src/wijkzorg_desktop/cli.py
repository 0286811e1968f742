"""Headless commands for practice IT, scripts and tests: the same services as the window."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from .domain.errors import WijkzorgError
from .domain.text import QT_TRANSLATE_NOOP, Message
from .i18n import translator

CTX = "cli"
GUI = "gui"


class CliError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.source)
        self.message = message


def translate(context: str, source: str) -> str:
    """Named so ``pyside6-lupdate`` finds the texts; resolves the language at each call."""
    return translator()(context, source)


def read_passphrase(path: str | None, prompt: str = "") -> str:
    """From a file (``-`` is standard input) or a prompt; never from an argument or the environment."""
    try:
        if path is None:
            if not sys.stdin.isatty():
                raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "Give --passphrase-file FILE.")))
            return getpass.getpass(prompt or translate("cli", "Passphrase: "))
        if path == "-":
            raw = sys.stdin.readline()
        else:  # utf-8-sig: PowerShell 5 and older Notepad start a UTF-8 file with a byte-order mark
            lines = Path(path).read_text("utf-8-sig").splitlines()
            raw = lines[0] if lines else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "Cannot read the passphrase from {path}."),
                               {"path": path})) from exc
    value = raw.rstrip("\r\n")
    if not value:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "The passphrase file {path} is empty."),
                               {"path": path}))
    return value


def parser() -> argparse.ArgumentParser:
    # No abbreviations: "--passphrase SECRET" must be refused, not taken for "--passphrase-file".
    top = argparse.ArgumentParser(prog="wijkzorg", allow_abbrev=False, description=translate("cli",
        "Wijkzorg Desktop. Without a command the window opens."))
    top.add_argument("--store", type=Path,
                     help=translate("cli", "folder of the vault (default: the user's data folder)"))
    top.add_argument("--demo", action="store_true",
                     help=translate("cli", "open a fresh demo practice in a temporary folder"))
    top.add_argument("--lang", choices=("nl", "en"), help=translate("cli", "language of the window"))
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, needs_user: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
        p.add_argument("--store", type=Path, required=True, help=translate("cli", "folder of the vault"))
        if needs_user:
            p.add_argument("--user", required=True, help=translate("cli", "login"))
        p.add_argument("--passphrase-file",
                       help=translate("cli", "file whose first line is the passphrase; - is stdin"))
        return p

    init = command("init", translate("cli", "make a new vault with its first administrator"),
                   needs_user=False)
    init.add_argument("--practice", required=True, help=translate("cli", "name of the practice"))
    init.add_argument("--user", required=True, help=translate("cli", "login of the first administrator"))
    init.add_argument("--name", required=True, help=translate("cli", "full name of the first administrator"))
    command("demo", translate("cli", "make a demo vault with users beheer, huisarts, poh and assistent"),
            needs_user=False)
    command("check", translate("cli", "check encryption, structure and audit chain of the vault"))
    export = command("export-json", translate("cli", "export the whole vault as one JSON document"))
    export.add_argument("--out", type=Path, required=True, help=translate("cli", "JSON file to write"))
    add_contacts_commands(sub)
    return top


def _init(args: argparse.Namespace) -> int:
    from .domain.unlocking import format_recovery_key
    from .services.vaults import create_vault

    passphrase = read_passphrase(args.passphrase_file)
    created = create_vault(args.store, args.practice, args.user, args.name, passphrase)
    created.session.close()
    print(translate("cli", "Vault made in {path}.").format(path=args.store))
    print(translate("cli", "Recovery key (shown once; print it and keep it in the practice safe):"))
    print(format_recovery_key(created.recovery_key))
    return 0


def _demo(args: argparse.Namespace) -> int:
    from .domain.unlocking import format_recovery_key
    from .services.demo import create_demo

    recovery = create_demo(args.store, read_passphrase(args.passphrase_file))
    print(translate("cli", "Demo vault made in {path} (users: beheer, huisarts, poh, assistent).")
          .format(path=args.store))
    print(translate("cli", "Recovery key:"), format_recovery_key(recovery))
    return 0


def _check(args: argparse.Namespace) -> int:
    from .services.checks import check

    problems = check(args.store, args.user, read_passphrase(args.passphrase_file))
    translate = translator()
    for problem in problems:
        print(problem.render(translate))
    if problems:
        return 1
    print("OK")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .services import export
    from .services.vaults import unlock

    session = unlock(args.store, args.user, read_passphrase(args.passphrase_file)).session
    try:
        export.write(session, args.out)
    finally:
        session.close()
    print(translate("cli", "Exported to {path}.").format(path=args.out))
    return 0


COMMANDS = {"init": _init, "demo": _demo, "check": _check, "export-json": _export}


# -- wijkzorg contacts import|export -----------------------------------------------------------------

def add_contacts_commands(sub: argparse._SubParsersAction) -> None:
    text = translate("cli", "import or export the contact map (vCard or CSV)")
    contacts = sub.add_parser("contacts", help=text, description=text, allow_abbrev=False)
    actions = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
        p.add_argument("--store", type=Path, required=True, help=translate("cli", "folder of the vault"))
        p.add_argument("--user", required=True, help=translate("cli", "login"))
        p.add_argument("--passphrase-file",
                       help=translate("cli", "file whose first line is the passphrase; - is stdin"))
        return p

    imp = action("import", translate("cli", "import contacts from a vCard (.vcf) or CSV file"))
    imp.add_argument("path", type=Path, metavar="PATH", help=translate("cli", "vCard or CSV file"))
    imp.add_argument("--dry-run", action="store_true",
                     help=translate("cli", "show each row and what would happen; change nothing"))
    imp.add_argument("--skip-invalid", action="store_true",
                     help=translate("cli", "import the valid rows and skip the rows with errors"))
    exp = action("export", translate("cli", "export the contact map as vCard 4.0 or CSV"))
    exp.add_argument("--format", choices=("vcf", "csv"),
                     help=translate("cli", "vcf or csv (default: from the file name)"))
    exp.add_argument("--out", type=Path, required=True, help=translate("cli", "file to write"))


def _row_line(row, render) -> str:
    """One line of the import preview: number, name, organisation and what happens to the row."""
    from .domain.contact_index import RowKind

    if not row.valid:
        status = translate("cli", "error: {errors}").format(
            errors="; ".join(error.render(render) for error in row.errors))
    elif row.duplicate_row is not None:
        status = translate("cli", "duplicate of {name} (row {row})").format(name=row.duplicate_name,
                                                                             row=row.duplicate_row)
    elif row.is_duplicate:
        status = translate("cli", "duplicate of {name}").format(name=row.duplicate_name)
    else:
        status = translate("cli", "new")
    name = row.name or translate("cli", "(no name)")
    organisation = (translate("cli", "organisation") if row.kind == RowKind.ORGANISATION
                    else row.organisation_name)
    if organisation:
        return translate("cli", "{number}. {name} ({organisation}): {status}").format(
            number=row.number, name=name, organisation=organisation, status=status)
    return translate("cli", "{number}. {name}: {status}").format(number=row.number, name=name, status=status)


def _contacts_import(session, args: argparse.Namespace) -> int:
    from .services.contact_exchange import Decision, apply, preview

    found = preview(session, args.path)
    render = translator()
    if found.ignored_columns:
        columns = ", ".join(found.ignored_columns)
        print(translate("cli", "Columns not used: {columns}").format(columns=columns))
    for row in found.rows:
        print(_row_line(row, render))
    invalid = found.invalid_count
    duplicates = sum(row.valid and row.is_duplicate for row in found.rows)
    if args.dry_run:
        print(translate("cli", "Rows: {rows}; new: {new}; duplicate (skipped): {duplicates}; with errors: "
                               "{invalid}. Nothing was imported (--dry-run).").format(
            rows=len(found.rows), new=len(found.rows) - invalid - duplicates, duplicates=duplicates,
            invalid=invalid))
        return 1 if invalid else 0
    if invalid and not args.skip_invalid:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP(
            "cli", "Rows with errors: {count}. Nothing was imported; correct the file, or give "
                   "--skip-invalid to import the other rows."), {"count": invalid}))
    result = apply(session, found, {row.number: Decision.SKIP for row in found.rows if row.is_duplicate})
    print(translate("cli", "Imported from {file}. Added: {added}. Skipped: {duplicates} duplicate, "
                           "{invalid} with errors. New organisations: {organisations}.").format(
        file=found.source, added=result.added, duplicates=duplicates, invalid=invalid,
        organisations=result.organisations_added))
    return 0


def _contacts(args: argparse.Namespace) -> int:
    from .services.contact_exchange import export
    from .services.vaults import unlock

    session = unlock(args.store, args.user, read_passphrase(args.passphrase_file)).session
    try:
        if args.contacts_command == "import":
            return _contacts_import(session, args)
        fmt = args.format or ("csv" if args.out.suffix.lower() in (".csv", ".txt") else "vcf")
        count = export(session, args.out, fmt)
    finally:
        session.close()
    print(translate("cli", "Contacts exported to {path}: {count}.").format(count=count, path=args.out))
    return 0


COMMANDS["contacts"] = _contacts


def run(argv: list[str]) -> int:
    """Run a headless command; returns the exit code. ``GUI`` commands are for ``__main__``."""
    args = parser().parse_args(argv)
    translate = translator()
    try:
        return COMMANDS[args.command](args)
    except WijkzorgError as exc:
        print(f"wijkzorg: {exc.text(translate)}", file=sys.stderr)
    except CliError as exc:
        print(f"wijkzorg: {exc.message.render(translate)}", file=sys.stderr)
    except KeyboardInterrupt:
        print("wijkzorg: " + translate("cli", "interrupted"), file=sys.stderr)
    return 1
