"""``wijkzorg``: the window by default, headless commands when one is named."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import cli, i18n
    from .cli_base import CliError, translator

    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.read_command_line(argv)
    if isinstance(args, int):
        return args
    if args.command:
        with i18n.language(args.lang):
            return cli.run_command(args)
    passphrase = None
    if args.passphrase_file is not None:
        with i18n.language(args.lang):
            try:
                passphrase = window_passphrase(args)
            except CliError as exc:
                cli.refuse(exc.message.render(translator()))
                return 1
    from .app import run_gui

    return run_gui(store=args.store, demo=args.demo, language=args.lang, login=args.user or "", passphrase=passphrase)


def window_passphrase(args) -> str:
    """The passphrase of ``--passphrase-file`` for the window, read before any window shows."""
    from .cli_base import CTX, CliError, read_passphrase
    from .domain.text import QT_TRANSLATE_NOOP, Message

    if not args.user:
        raise CliError(Message(CTX, QT_TRANSLATE_NOOP("cli", "Give --user with --passphrase-file.")))
    return read_passphrase(args.passphrase_file)


if __name__ == "__main__":
    sys.exit(main())
