"""Headless commands for practice IT, scripts and tests: the same services as the window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import i18n
from .cli_base import CTX, CliError, opened, read_passphrase, translate, translator, vault_arguments
from .cli_bundles import add_bundle_commands, run_bundle
from .cli_contacts import add_contacts_commands, run_contacts
from .cli_documents import add_document_commands, run_document, run_verify
from .cli_followups import add_followups_commands, run_followups
from .cli_meetings import add_meetings_commands, run_meetings
from .cli_parser import Finished, Parser, UsageError, lang_of, translated, with_lang_first
from .domain.errors import WijkzorgError
from .domain.text import QT_TRANSLATE_NOOP, Message

GUI = "gui"
USAGE_EXIT = 2  # argparse's and the shells' convention for a command line that cannot be run


def parser() -> argparse.ArgumentParser:
    """The whole command line, its help in the chosen language (``i18n.language``)."""
    with translated():
        return _build()


def _build() -> argparse.ArgumentParser:
    # No abbreviations: "--passphrase SECRET" must be refused, not taken for "--passphrase-file".
    top = Parser(prog="wijkzorg", allow_abbrev=False, description=translate("cli",
        "Wijkzorg Desktop. Without a command the window opens."))
    top.add_argument("--store", type=Path, metavar=translate("cli", "FOLDER"),
                     help=translate("cli", "folder of the vault (default: the user's data folder)"))
    top.add_argument("--demo", action="store_true",
                     help=translate("cli", "open a fresh demo practice in a temporary folder"))
    top.add_argument("--lang", choices=i18n.LANGUAGES,
                     help=translate("cli", "language of the window and of the commands (default: nl)"))
    top.add_argument("--user", metavar=translate("cli", "LOGIN"),
                     help=translate("cli", "the window: this user is chosen on the unlock screen"))
    top.add_argument("--passphrase-file", metavar=translate("cli", "FILE"),
                     help=translate("cli", "the window: unlock at once as --user with the passphrase on the first "
                                           "line of this file; - is stdin"))
    sub = top.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))

    def command(name: str, help_text: str, needs_user: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
        return vault_arguments(p, needs_user)

    init = command("init", translate("cli", "make a new vault with its first administrator"),
                   needs_user=False)
    name = translate("cli", "NAME")
    init.add_argument("--practice", required=True, metavar=name, help=translate("cli", "name of the practice"))
    init.add_argument("--user", required=True, metavar=translate("cli", "LOGIN"),
                      help=translate("cli", "login of the first administrator"))
    init.add_argument("--name", required=True, metavar=translate("cli", "\"FULL NAME\""),
                      help=translate("cli", "full name of the first administrator"))
    command("demo", translate("cli", "make a demo vault with users beheer, huisarts, poh and assistent"),
            needs_user=False)
    command("check", translate("cli", "check encryption, structure and audit chain of the vault"))
    export = command("export-json", translate("cli", "export the whole vault as one JSON document, encrypted "
                                                     "(CMS, .p7m) to the practice certificate unless told otherwise"))
    export.add_argument("--out", type=Path, required=True, metavar=translate("cli", "FILE"),
                        help=translate("cli", "file to write"))
    export.add_argument("--to-certificate", action="store_true",
                        help=translate("cli", "encrypt to the practice certificate (the default without "
                                              "--password)"))
    export.add_argument("--password", action="store_true",
                        help=translate("cli", "encrypt to a new password of words, printed once (with "
                                              "--to-certificate: to both)"))
    export.add_argument("--plaintext", action="store_true",
                        help=translate("cli", "write plain JSON, unencrypted (a warning is printed)"))
    add_contacts_commands(sub)
    add_followups_commands(sub)
    add_meetings_commands(sub)
    add_document_commands(sub)
    add_bundle_commands(sub)
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

    translate = translator()

    def progress(step: Message) -> None:
        """What is being checked, on a terminal only: the output itself stays the findings (or OK)."""
        if sys.stderr.isatty():
            print(step.render(translate), file=sys.stderr, flush=True)

    problems = check(args.store, args.user, read_passphrase(args.passphrase_file), progress=progress)
    for problem in problems:
        print(problem.render(translate))
    if problems:
        return 1
    print("OK")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .services import export
    from .services.bundle_format import new_password

    if args.plaintext and (args.password or args.to_certificate):
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "--plaintext cannot be combined with --password or "
                                                             "--to-certificate.")))
    password = new_password() if args.password else None
    with opened(args) as session:
        if args.plaintext:
            print(translate("cli", "Warning: the export is written unencrypted; it holds every family of the "
                                   "practice. Keep it on an encrypted disk and remove it when done."),
                  file=sys.stderr)
            export.write(session, args.out)
        else:
            export.write_encrypted(session, args.out, to_certificate=args.to_certificate or not password,
                                   password=password)
    print(translate("cli", "Exported to {path}.").format(path=args.out))
    if password:
        print(translate("cli", "Password of the export (shown once; keep it apart from the file): {password}")
              .format(password=password))
    return 0


COMMANDS = {"init": _init, "demo": _demo, "check": _check, "export-json": _export, "contacts": run_contacts,
            "followups": run_followups, "meetings": run_meetings, "document": run_document, "verify": run_verify,
            "bundle": run_bundle}


def parse(argv: list[str]) -> argparse.Namespace:
    """The command line read in its own ``--lang``. Raises ``UsageError`` for one that cannot be run and
    ``Finished`` once ``--help`` was printed."""
    argv = with_lang_first(argv)
    with i18n.language(lang_of(argv)), translated():
        return _build().parse_args(argv)


def refuse(text: str) -> None:
    print(f"wijkzorg: {text}", file=sys.stderr)


def read_command_line(argv: list[str]) -> argparse.Namespace | int:
    """The parsed command line, or the exit code when there is nothing to run (help shown, or refused)."""
    with i18n.language(lang_of(argv)):
        try:
            return parse(argv)
        except Finished as done:
            return done.status
        except UsageError as exc:
            refuse(exc.message.render(translator()))
            return USAGE_EXIT


def run(argv: list[str]) -> int:
    """Run a headless command; returns the exit code. Without a command there is nothing to run here: the
    window is ``__main__``'s."""
    args = read_command_line(argv)
    if isinstance(args, int):
        return args
    if not args.command:
        with i18n.language(args.lang):
            refuse(translate("cli", "Name a command (see wijkzorg --help)."))
        return USAGE_EXIT
    with i18n.language(args.lang):
        return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    translate = translator()
    # pyHanko logs each failed certificate path with a traceback; the command says the outcome in one line.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        return COMMANDS[args.command](args)
    except WijkzorgError as exc:
        refuse(exc.text(translate))
    except CliError as exc:
        refuse(exc.message.render(translate))
    except KeyboardInterrupt:
        refuse(translate("cli", "interrupted"))
    return 1
