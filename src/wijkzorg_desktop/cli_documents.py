"""``wijkzorg document handover|followups`` and ``wijkzorg verify``: signed PDFs without the window."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .cli_base import CTX, CliError, opened, passphrase_argument, read_passphrase, translate, vault_arguments
from .domain.os_errors import os_reason
from .domain.text import QT_TRANSLATE_NOOP, Message


def day(text: str) -> date:
    """A day as YYYY-MM-DD; anything else is refused with the value and the form it should have."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not a day; write YYYY-MM-DD").format(value=text)) from None


def add_document_commands(sub: argparse._SubParsersAction) -> None:
    text = translate("cli", "make a signed PDF: a handover for a partner, or a follow-up list")
    document = sub.add_parser("document", help=text, description=text, allow_abbrev=False)
    kinds = document.add_subparsers(dest="document_command", metavar=translate("cli", "KIND"), required=True)
    file = translate("cli", "FILE")

    def kind(name: str, help_text: str) -> argparse.ArgumentParser:
        p = vault_arguments(kinds.add_parser(name, help=help_text, description=help_text, allow_abbrev=False))
        p.add_argument("--out", type=Path, required=True, metavar=translate("cli", "FILE.pdf"),
                       help=translate("cli", "PDF file to write"))
        p.add_argument("--pin-file", metavar=file, help=translate(
            "cli", "file whose first line is the PIN of the UZI-pas; without it the PIN is asked"))
        return p

    handover = kind("handover", translate("cli", "the overdrachtsdocument of a case, signed by the practice"))
    handover.add_argument("--case", required=True, metavar=translate("cli", "PSEUDONYM"),
                          help=translate("cli", "the case's pseudonym, e.g. Gezin K-2026-014"))
    handover.add_argument("--to", required=True, metavar=translate("cli", "NAME"),
                          help=translate("cli", "the recipient: a person or organisation of the contact map, by name"))
    handover.add_argument("--encrypt", action="store_true",
                          help=translate("cli", "also encrypt the PDF; its password is printed once"))
    followups = kind("followups", translate("cli", "the follow-up list as a signed PDF"))
    followups.add_argument("--all", action="store_true", help=translate(
        "cli", "everyone's, not only yours (for the care roles: an assistant sees only their own)"))
    when = translate("cli", "DAY")
    followups.add_argument("--from", dest="start", type=day, metavar=when,
                           help=translate("cli", "first day, YYYY-MM-DD"))
    followups.add_argument("--until", dest="end", type=day, metavar=when,
                           help=translate("cli", "last day, YYYY-MM-DD"))

    help_text = translate("cli", "check a signed PDF: signer, time, intact and trusted; exit 0 only when "
                                 "intact and trusted")
    check = sub.add_parser("verify", help=help_text, description=help_text, allow_abbrev=False)
    check.add_argument("pdf", type=Path, metavar=translate("cli", "FILE.pdf"),
                       help=translate("cli", "the PDF to check"))
    check.add_argument("--store", type=Path, metavar=translate("cli", "FOLDER"),
                       help=translate("cli", "folder of the vault whose trusted certificates count"))
    check.add_argument("--user", metavar=translate("cli", "LOGIN"), help=translate("cli", "login"))
    passphrase_argument(check)
    check.add_argument("--password-file", metavar=translate("cli", "FILE"),
                       help=translate("cli", "file whose first line is the PDF's password"))


def _pin(session, args: argparse.Namespace) -> str | None:
    from .services.practice_cert import needs_pin

    if not needs_pin(session):
        return None
    return read_passphrase(args.pin_file, translate("cli", "PIN of the UZI-pas: "))


def _recipient(session, name: str):
    from .domain.consent import Recipient
    from .domain.search import fold
    from .services.contacts import load_map

    wanted = fold(name)
    found = load_map(session)
    matches = [Recipient("organisation", int(o.id or 0)) for o in found.organisations if fold(o.name) == wanted]
    matches += [Recipient("person", int(p.id or 0)) for p in found.people if fold(p.name) == wanted and not p.departed]
    if len(matches) != 1:
        reason = (QT_TRANSLATE_NOOP("cli", "No person or organisation on the contact map is called {name}.")
                  if not matches else
                  QT_TRANSLATE_NOOP("cli", "More than one person or organisation is called {name}."))
        raise CliError(Message(CTX, reason, {"name": name}))
    return matches[0]


def _case_id(session, label: str) -> int:
    from .services.cases import list_cases

    for summary in list_cases(session):
        if summary.case.label.casefold() == label.strip().casefold():
            return int(summary.case.id or 0)
    raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "There is no case {label}."), {"label": label}))


def _write(session, doc, out: Path) -> None:
    from .services import documents
    from .store.atomic import atomic_write

    atomic_write(out, doc.pdf)
    documents.record(session, doc, "export", str(out))


def run_document(args: argparse.Namespace) -> int:
    from .services import documents

    if args.document_command == "followups" and args.start and args.end and args.start > args.end:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "--from {start} is after --until {end}; give the first "
                                                             "day first."),
                               {"start": args.start.isoformat(), "end": args.end.isoformat()}))
    with opened(args) as session:
        pin = _pin(session, args)
        if args.document_command == "handover":
            options = documents.HandoverOptions(encrypt=args.encrypt)
            doc = documents.handover(session, _case_id(session, args.case), _recipient(session, args.to), options,
                                     pin)
        else:
            doc = documents.followup_list(session, not args.all, args.start, args.end, pin)
        _write(session, doc, args.out)
    print(translate("cli", "{title} {id} signed and written to {path} (SHA-256 {sha}).").format(
        title=doc.title, id=doc.document_id, path=args.out, sha=doc.sha256))
    if doc.password:
        print(translate("cli", "Password of the PDF (shown once; pass it on by another channel): {password}")
              .format(password=doc.password))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from .documents.pdf_errors import PdfProblem
    from .documents.verify import Verdict
    from .services.document_errors import DocumentFailed
    from .services.documents import verify_pdf

    try:
        data = args.pdf.read_bytes()
    except OSError as exc:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "Cannot read {path}: {reason}."),
                               {"path": str(args.pdf), "reason": os_reason(exc)})) from exc
    password = read_passphrase(args.password_file) if args.password_file else None
    try:
        if args.store is not None:
            if not args.user:
                raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "Give --user with --store.")))
            with opened(args) as session:
                result = verify_pdf(session, data, password)
        else:
            result = verify_pdf(None, data, password)
    except DocumentFailed as exc:
        if exc.problem != PdfProblem.NOT_A_PDF:
            raise
        print(translate("cli", "Cannot be checked: this is not a PDF document, or it is damaged."))
        return 1
    if not result.signed:
        print(translate("cli", "Not signed."))
        return 1
    if result.verdict == Verdict.UNCHECKABLE:
        print(translate("cli", "Cannot be checked: the signature cannot be read; the file may be damaged."))
        return 1
    if result.verdict == Verdict.CHANGED:
        print(translate("cli", "Changed: the document no longer matches the signature of {signer}.").format(
            signer=result.signer))
        return 1
    yes, no = translate("cli", "yes"), translate("cli", "no")
    when = result.signed_at.isoformat(timespec="seconds") if result.signed_at else "?"
    print(translate("cli", "Signed by: {signer}").format(signer=result.signer))
    print(translate("cli", "Signed at: {when}").format(when=when))
    if result.reason:
        print(translate("cli", "Reason: {reason}").format(reason=result.reason))
    intact = result.intact and not result.modified_after
    print(translate("cli", "Intact: {answer}").format(answer=yes if intact else no))
    print(translate("cli", "Trusted: {answer}").format(answer=yes if result.trusted else no))
    if result.owner:
        print(translate("cli", "Certificate of: {owner}").format(owner=result.owner))
    print(translate("cli", "Certificate fingerprint (SHA-256): {sha}").format(sha=result.signer_sha256))
    for note in (result.trust_warning, result.trust_reason):
        if note is not None:
            print(note.render(translate))
    if result.modified_after:
        print(translate("cli", "The file was changed after it was signed."))
    return 0 if result.ok else 1
