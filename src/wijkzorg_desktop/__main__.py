"""``wijkzorg``: the window by default, headless commands when one is named."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import cli, i18n

    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.read_command_line(argv)
    if isinstance(args, int):
        return args
    if args.command:
        with i18n.language(args.lang):
            return cli.run_command(args)
    from .app import run_gui

    return run_gui(store=args.store, demo=args.demo, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
