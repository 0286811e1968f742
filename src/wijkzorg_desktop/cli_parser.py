"""argparse in the user's language, refusing a wrong command line in one line instead of a usage block.

argparse takes its own texts ("usage: ", "options", its error messages) through ``gettext``; while a
command line is built and read, ``translated()`` points argparse at our ``.ts`` translations instead,
context ``argparse``. The texts are listed below so ``pyside6-lupdate`` keeps them in the ``.ts``.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Iterator
from typing import NoReturn

from .domain.text import QT_TRANSLATE_NOOP, Message
from .i18n import LANGUAGES, translator

CTX = "argparse"

# argparse's texts that a user can meet, from Python 3.11 to 3.14; the rest are programming errors.
TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", " (default: %(default)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "option '%(option)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "argument '%(argument_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "command '%(parser_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: warning: %(message)s\n"),
)

SEE_HELP = QT_TRANSLATE_NOOP("cli", "{problem} (see {prog} --help)")
UNKNOWN_COMMAND = QT_TRANSLATE_NOOP("cli", "{word} is not a command (choose from {choices})")
NOT_A_COMMAND = QT_TRANSLATE_NOOP("cli", "the command is missing or unknown (choose from {choices}); what stands "
                                         "in its place is not repeated here: it could be a passphrase")
NO_VALUE = QT_TRANSLATE_NOOP("cli", "this option takes no value (what was given is not repeated here)")
COMMAND_WORD = re.compile(r"[a-z][a-z-]{0,19}")
UNKNOWN_OPTIONS = QT_TRANSLATE_NOOP("cli", "unknown options: {options}")
UNEXPECTED_VALUES = QT_TRANSLATE_NOOP("cli", "an unexpected value (not repeated here: it could be a passphrase)")


class UsageError(Exception):
    """A command line that cannot be run; ``message`` is the one line to print."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.source)
        self.message = message


class Finished(Exception):
    """Not an error: ``--help`` was shown, the command line is done with ``status``."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class Parser(argparse.ArgumentParser):
    """Refuses by raising ``UsageError`` (one line, said by the caller) instead of printing usage and exiting;
    ``--help`` raises ``Finished``. Subcommands get this class too (argparse gives its own class on)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(Message("cli", SEE_HELP, {"problem": message, "prog": self.prog}))

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            self._print_message(message)
        raise Finished(status)

    def _check_value(self, action: argparse.Action, value: object) -> None:
        """A wrong command is repeated only when it looks like one mistyped ("chek"); a word after an unknown
        option (``wijkzorg --passphrase SECRET``) is taken for the command and must not end up in a log."""
        if not isinstance(action, argparse._SubParsersAction) or value in (action.choices or ()):
            super()._check_value(action, value)
            return
        choices = ", ".join(action.choices or ())
        problem = (Message("cli", UNKNOWN_COMMAND, {"word": f"'{value}'", "choices": choices})
                   if COMMAND_WORD.fullmatch(str(value)) else Message("cli", NOT_A_COMMAND, {"choices": choices}))
        raise argparse.ArgumentError(None, problem.render(translator()))

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        """As argparse, but an unknown word is named only when it is an option, and never with its value:
        ``--passphrase SECRET`` must not end up in a log."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            options = sorted({word.split("=", 1)[0] for word in extras if word.startswith("-")})
            problem = (Message("cli", UNKNOWN_OPTIONS, {"options": ", ".join(options)}) if options
                       else Message("cli", UNEXPECTED_VALUES))
            command = [value for key, value in vars(parsed).items() if key.endswith("command") and value]
            raise UsageError(Message("cli", SEE_HELP, {"problem": problem, "prog": " ".join([self.prog, *command])}))
        return parsed


def lang_of(argv: list[str]) -> str | None:
    """The ``--lang`` of a command line, wherever it stands, so its help and errors speak it too."""
    for i, word in enumerate(argv):
        value = word.partition("=")[2] if word.startswith("--lang=") else (
            argv[i + 1] if word == "--lang" and i + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    return None


def with_lang_first(argv: list[str]) -> list[str]:
    """``--lang X`` moved to the front, where the top-level parser reads it, from after a command."""
    for i, word in enumerate(argv):
        if word.startswith("--lang="):
            return [word, *argv[:i], *argv[i + 1:]]
        if word == "--lang" and i + 1 < len(argv):
            return [word, argv[i + 1], *argv[:i], *argv[i + 2:]]
    return list(argv)


@contextlib.contextmanager
def translated() -> Iterator[None]:
    """argparse's own texts in the chosen language while the block builds and reads a command line."""
    translate = translator()

    def gettext(text: str) -> str:
        if text == "ignored explicit argument %r":  # "-hSECRET": the value is not repeated ("%.0r" prints nothing)
            return translate("cli", NO_VALUE) + "%.0r"
        return translate(CTX, text)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return translate(CTX, singular if n == 1 else plural)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
