"""``wijkzorg contacts import|export``: the contact map as vCard or CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_base import CTX, CliError, opened, translate, translator, vault_arguments
from .domain.text import QT_TRANSLATE_NOOP, Message


def add_contacts_commands(sub: argparse._SubParsersAction) -> None:
    text = translate("cli", "import or export the contact map (vCard or CSV)")
    contacts = sub.add_parser("contacts", help=text, description=text, allow_abbrev=False)
    actions = contacts.add_subparsers(dest="contacts_command", metavar=translate("cli", "ACTION"), required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return vault_arguments(actions.add_parser(name, help=help_text, description=help_text, allow_abbrev=False))

    imp = action("import", translate("cli", "import contacts from a vCard (.vcf) or CSV file"))
    imp.add_argument("path", type=Path, metavar=translate("cli", "FILE"), help=translate("cli", "vCard or CSV file"))
    imp.add_argument("--dry-run", action="store_true",
                     help=translate("cli", "show each row and what would happen; change nothing"))
    imp.add_argument("--skip-invalid", action="store_true",
                     help=translate("cli", "import the valid rows and skip the rows with errors"))
    exp = action("export", translate("cli", "export the contact map as vCard 4.0 or CSV"))
    exp.add_argument("--format", choices=("vcf", "csv"),
                     help=translate("cli", "vcf or csv (default: from the file name)"))
    exp.add_argument("--out", type=Path, required=True, metavar=translate("cli", "FILE"),
                     help=translate("cli", "file to write"))


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
    if row.valid and row.warnings:
        status += " (" + "; ".join(warning.render(render) for warning in row.warnings) + ")"
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


def run_contacts(args: argparse.Namespace) -> int:
    from .services.contact_exchange import export

    with opened(args) as session:
        if args.contacts_command == "import":
            return _contacts_import(session, args)
        fmt = args.format or ("csv" if args.out.suffix.lower() in (".csv", ".txt") else "vcf")
        count = export(session, args.out, fmt)
    print(translate("cli", "Contacts exported to {path}: {count}.").format(count=count, path=args.out))
    return 0
