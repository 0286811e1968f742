"""What every headless command shares: its texts, the passphrase, the vault arguments, its errors."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .domain.os_errors import os_reason
from .domain.text import QT_TRANSLATE_NOOP, Message
from .i18n import translator

if TYPE_CHECKING:
    from .services.session import Session

CTX = "cli"
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
    except OSError as exc:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "Cannot read the passphrase from {path}: {reason}."),
                               {"path": path, "reason": os_reason(exc)})) from exc
    except UnicodeDecodeError as exc:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "Cannot read the passphrase from {path}: it is not "
                                                             "UTF-8 text."), {"path": path})) from exc
    value = raw.rstrip("\r\n")
    if not value:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "The passphrase file {path} is empty."),
                               {"path": path}))
    return value



def vault_arguments(parser: argparse.ArgumentParser, needs_user: bool = True) -> argparse.ArgumentParser:
    parser.add_argument("--store", type=Path, required=True, metavar=translate("cli", "FOLDER"),
                        help=translate("cli", "folder of the vault"))
    if needs_user:
        parser.add_argument("--user", required=True, metavar=translate("cli", "LOGIN"), help=translate("cli", "login"))
    passphrase_argument(parser)
    return parser


def passphrase_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar=translate("cli", "FILE"),
                        help=translate("cli", "file whose first line is the passphrase; - is stdin"))


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[Session]:
    """The vault of ``--store`` unlocked as ``--user``; closed (and audited as a logout) afterwards."""
    from .services.vaults import unlock

    session = unlock(args.store, args.user, read_passphrase(args.passphrase_file)).session
    try:
        yield session
    finally:
        session.close()
