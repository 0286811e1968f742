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
