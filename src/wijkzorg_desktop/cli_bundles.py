"""``wijkzorg bundle make|open|inspect``: encrypted, signed case bundles (.p7m) without the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli_base import CTX, CliError, opened, read_passphrase, translate, translator, vault_arguments
from .domain.os_errors import os_reason
from .domain.text import QT_TRANSLATE_NOOP, Message


def add_bundle_commands(sub: argparse._SubParsersAction) -> None:
    text = translate("cli", "encrypted transfer files (.p7m): make one for a partner, open or inspect one")
    bundle = sub.add_parser("bundle", help=text, description=text, allow_abbrev=False)
    actions = bundle.add_subparsers(dest="bundle_command", metavar=translate("cli", "ACTION"), required=True)
    file = translate("cli", "FILE")
    pin_help = translate("cli", "file whose first line is the PIN of the UZI-pas; without it the PIN is asked")

    help_text = translate("cli", "make the encrypted transfer file of a case for a partner, signed by the practice")
    make = vault_arguments(actions.add_parser("make", help=help_text, description=help_text, allow_abbrev=False))
    make.add_argument("--case", required=True, metavar=translate("cli", "PSEUDONYM"),
                      help=translate("cli", "the case's pseudonym, e.g. Gezin K-2026-014"))
    make.add_argument("--to", required=True, metavar=translate("cli", "NAME"),
                      help=translate("cli", "the recipient: a person or organisation of the contact map, by name"))
    how = make.add_mutually_exclusive_group(required=True)
    how.add_argument("--certificate", action="store_true",
                     help=translate("cli", "encrypt to the recipient's certificate in the contact map"))
    how.add_argument("--password", action="store_true",
                     help=translate("cli", "encrypt to a new password of words, printed once"))
    make.add_argument("--out", type=Path, required=True, metavar=translate("cli", "FILE.p7m"),
                      help=translate("cli", "file to write, or a folder: then the file is named "
                                            "<document id> <pseudonym>.p7m"))
    make.add_argument("--household-detail", action="store_true",
                      help=translate("cli", "the household in detail instead of initials and birth years"))
    make.add_argument("--include-weighing", action="store_true",
                      help=translate("cli", "include the practice's weighing (afwegingskader, notes)"))
    make.add_argument("--include-his-numbers", action="store_true",
                      help=translate("cli", "include the HIS numbers (with --household-detail)"))
    make.add_argument("--pin-file", metavar=file, help=pin_help)

    help_text = translate("cli", "open a transfer file: check it, show what it holds, and import it as a new case")
    opener = vault_arguments(actions.add_parser("open", help=help_text, description=help_text, allow_abbrev=False))
    opener.add_argument("path", type=Path, metavar=translate("cli", "FILE.p7m"),
                        help=translate("cli", "the transfer file"))
    opener.add_argument("--password-file", metavar=file,
                        help=translate("cli", "file whose first line is the transfer file's password"))
    opener.add_argument("--dry-run", action="store_true",
                        help=translate("cli", "only check and show what it holds; import nothing"))
    opener.add_argument("--yes", action="store_true", help=translate("cli", "import without asking"))
    opener.add_argument("--pin-file", metavar=file, help=pin_help)

    help_text = translate("cli", "the one-page \"Openen zonder Wijkzorg\" (PDF): how a partner opens a transfer "
                                 "file with OpenSSL, and the practice certificate to check it against")
    page = vault_arguments(actions.add_parser("instructions", help=help_text, description=help_text,
                                              allow_abbrev=False))
    page.add_argument("--out", type=Path, required=True, metavar=translate("cli", "FILE.pdf"),
                      help=translate("cli", "PDF file to write"))
    page.add_argument("--pin-file", metavar=file, help=pin_help)

    help_text = translate("cli", "show who can open a transfer file, without a vault or key")
    inspect = actions.add_parser("inspect", help=help_text, description=help_text, allow_abbrev=False)
    inspect.add_argument("path", type=Path, metavar=translate("cli", "FILE.p7m"),
                         help=translate("cli", "the transfer file"))


def _instructions(args: argparse.Namespace) -> int:
    from .services import bundles, documents
    from .store.atomic import atomic_write

    with opened(args) as session:
        doc = bundles.open_without(session, _pin(session, args.pin_file))
        atomic_write(args.out, doc.pdf, mode=0o644)
        documents.record(session, doc, "export", str(args.out))
    print(translate("cli", "{title} {id} signed and written to {path} (SHA-256 {sha}).").format(
        title=doc.title, id=doc.document_id, path=args.out, sha=doc.sha256))
    return 0


def _read(path: Path) -> bytes:
    from .documents.cms_errors import MAX_BUNDLE_BYTES

    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "{path} is too large for a transfer file "
                                                                 "(at most 200 MB)."), {"path": str(path)}))
        return path.read_bytes()
    except OSError as exc:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "Cannot read {path}: {reason}."),
                               {"path": str(path), "reason": os_reason(exc)})) from exc


def _pin(session, pin_file: str | None) -> str | None:
    from .services.practice_cert import needs_pin

    if not needs_pin(session):
        return None
    return read_passphrase(pin_file, translate("cli", "PIN of the UZI-pas: "))


def _make(args: argparse.Namespace) -> int:
    from .cli_documents import _case_id, _recipient
    from .services import bundles
    from .services.documents import HandoverOptions
    from .store.atomic import atomic_write

    if args.include_his_numbers and not args.household_detail:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "--include-his-numbers needs --household-detail.")))
    with opened(args) as session:
        case_id = _case_id(session, args.case)
        recipient = _recipient(session, args.to)
        bundles.check_bundle(session, case_id, recipient)   # refused before the PIN is asked
        pin = _pin(session, args.pin_file)
        options = bundles.BundleOptions(HandoverOptions(household_detail=args.household_detail,
                                                        include_weighing=args.include_weighing),
                                        use_password=args.password, include_his_numbers=args.include_his_numbers)
        made = bundles.make_bundle(session, case_id, recipient, options, pin)
        out = args.out / made.file_name if args.out.is_dir() else args.out
        atomic_write(out, made.data)
        bundles.record_sent(session, made, case_id, str(out))
    print(translate("cli", "Transfer file for {recipient} written to {path} (bundle {id}, SHA-256 {sha}).").format(
        recipient=made.recipient, path=out, id=made.bundle_id, sha=made.sha256))
    if made.password:
        print(translate("cli", "Password (shown once; pass it on by another channel, such as by phone or Siilo): "
                               "{password}").format(password=made.password))
    return 0


def _show(preview) -> None:
    m, case = preview.manifest, preview.case
    render = translator()
    when = preview.signed_at.isoformat(timespec="seconds") if preview.signed_at else "?"
    print(translate("cli", "Sender: {owner}").format(owner=preview.sender.owner))
    print(translate("cli", "Certificate SHA-256: {sha}").format(sha=preview.sender.sha256))
    if preview.sender.warning is not None:
        print(translate("cli", "Warning: {warning}").format(warning=preview.sender.warning.render(render)))
    print(translate("cli", "Signed at: {when}").format(when=when))
    print(translate("cli", "Bundle: {id}").format(id=preview.bundle_id))
    print(translate("cli", "Their case: {label} (document {document})").format(label=m["case_pseudonym"],
                                                                              document=m["document_id"]))
    print(translate("cli", "Purpose: {purpose}; basis: {basis}").format(
        purpose=m.get("purpose", ""), basis=m["sharing"].get("basis", "") or "-"))
    print(translate("cli", "Holds: {members} household members, {parties} parties, {plan} plan items, {promises} "
                           "open agreements, the signed handover ({size} kB).").format(
        members=len(case.get("household", [])), parties=len(case.get("parties", [])),
        plan=len(case.get("plan", [])), promises=len(case.get("promises", [])), size=len(preview.pdf) // 1024))


def _open(args: argparse.Namespace) -> int:
    from .services import bundles

    data = _read(args.path)
    password = read_passphrase(args.password_file) if args.password_file else None
    with opened(args) as session:
        pin = _pin(session, args.pin_file) if password is None else None
        preview = bundles.read_bundle(session, data, password, pin)
        _show(preview)
        if args.dry_run:
            print(translate("cli", "Checked; nothing imported (--dry-run)."))
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "Give --yes to import, or --dry-run to only "
                                                                     "check; nothing was imported.")))
            answer = input(translate("cli", "Import as a new case? [y/N] ")).strip().casefold()
            if answer not in (translate("cli", "y").casefold(), "y", "j"):
                print(translate("cli", "Nothing imported."))
                return 1
        case_id = bundles.import_bundle(session, preview)
        from .store.cases import get

        found = get(session.conn, case_id)
        label = found.label if found else f"#{case_id}"
    print(translate("cli", "Imported as {label}.").format(label=label))
    return 0


def _inspect(args: argparse.Namespace) -> int:
    from .services import bundle_format, bundles

    data = _read(args.path)
    found = bundles.inspect_bundle(data)
    print(translate("cli", "Transfer file: {size} bytes, SHA-256 {sha}").format(
        size=len(data), sha=bundle_format.sha256(data)))
    for info in found:
        if info.kind == "password":
            print(translate("cli", "Recipient: a password"))
        elif info.kind == "certificate":
            print(translate("cli", "Recipient: a certificate of {issuer}, serial number {serial}").format(
                issuer=info.issuer or "?", serial=format(info.serial, "X")))
        else:
            print(translate("cli", "Recipient: another kind (not opened by this program)"))
    return 0


def run_bundle(args: argparse.Namespace) -> int:
    return {"make": _make, "open": _open, "inspect": _inspect,
            "instructions": _instructions}[args.bundle_command](args)
