"""Preferences of this workstation's window, typed, in an INI file beside nothing from the vault.

Only how the window looks and behaves goes here (language, geometry, last page); anything about the
practice or its people lives in the encrypted vault.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from .. import config
from ..i18n import LANGUAGES

T = TypeVar("T")

SETTINGS_FILENAME = "wijkzorg.ini"


class _Option(Generic[T]):
    """One typed value: ``settings.language`` reads it, ``settings.language = "en"`` writes it."""

    def __init__(self, key: str, kind: type[T], default: T, *, at_once: bool = True) -> None:
        self.key = key
        self.kind = kind
        self.default = default
        self.at_once = at_once  # written to the file right away (else when Qt next syncs, or at exit)

    def __get__(self, owner: UiSettings | None, _type: Any = None) -> T:
        if owner is None:
            return self  # type: ignore[return-value]
        value = owner.qsettings.value(self.key, self.default, type=self.kind)
        return value if isinstance(value, self.kind) else self.default

    def __set__(self, owner: UiSettings, value: T) -> None:
        owner.qsettings.setValue(self.key, value)
        if self.at_once:
            owner.qsettings.sync()


class UiSettings:
    language = _Option("ui/language", str, "")
    geometry = _Option("window/geometry", QByteArray, QByteArray())
    # set at every change of page: writing the file then (some 30 ms on a slow disk) stalled the window
    last_page = _Option("window/last_page", str, "", at_once=False)

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config.settings_dir() / SETTINGS_FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def chosen_language(self) -> str:
        """The stored language if it is one we have, else empty (the caller picks the default)."""
        value = self.language
        return value if value in LANGUAGES else ""
