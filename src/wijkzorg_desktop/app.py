"""Composition root: config -> vault -> services -> main window."""

from __future__ import annotations

from pathlib import Path


def run_gui(store: Path | None = None, demo: bool = False, language: str | None = None, login: str = "",
            passphrase: str | None = None) -> int:
    from .ui.application import run

    return run(store=store, demo=demo, language=language, login=login, passphrase=passphrase)
