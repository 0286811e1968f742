"""Paths and constants. Imports nothing from the package itself.

Every path the program uses comes from here. ``WIJKZORG_HOME`` moves everything (store, settings,
logs) under one folder, which is what tests and portable installs want.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Wijkzorg Desktop"
APP_ID = "wijkzorg-desktop"
ORGANISATION = "Wijkzorg"

DB_FILENAME = "vault.db"
KEYFILE_FILENAME = "vault.keys"
LOCKFILE_FILENAME = "vault.lock"
BACKUP_DIRNAME = "backups"

DEFAULT_LOCK_MINUTES = 5
DRAFT_SAVE_SECONDS = 20  # typed text is kept as a draft this long after the last key, so a crash loses no more
DEMO_PASSPHRASE = "oefenpraktijk-demo-2026"  # noqa: S105 - the demo vault's, shown on screen

PACKAGE_DIR = Path(__file__).resolve().parent


def home() -> Path | None:
    value = os.environ.get("WIJKZORG_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    base = home()
    if base is not None:
        return base / "data"
    return Path(platformdirs.user_data_dir(APP_ID, ORGANISATION))


def settings_dir() -> Path:
    base = home()
    if base is not None:
        return base / "settings"
    return Path(platformdirs.user_config_dir(APP_ID, ORGANISATION))


def default_store_dir() -> Path:
    return data_dir() / "vault"


def resources_dir() -> Path:
    """The resources folder: beside the package when installed, at the repository root in a checkout."""
    bundled = PACKAGE_DIR / "resources"
    if bundled.is_dir():
        return bundled
    return PACKAGE_DIR.parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"
