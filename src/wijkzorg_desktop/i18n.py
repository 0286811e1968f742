"""Translations for code without Qt (the CLI): read straight from the Qt Linguist ``.ts`` sources.

The UI loads the compiled ``.qm`` through QTranslator; both come from the same ``.ts`` file, so the
CLI and the window say the same thing in the same words.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from . import config

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")
LANGUAGE_ENV = "WIJKZORG_LANG"

_chosen: contextvars.ContextVar[str | None] = contextvars.ContextVar("wijkzorg_language", default=None)


def chosen_language() -> str:
    """``language()`` when a command chose one (``--lang``), else ``WIJKZORG_LANG``, else Dutch."""
    value = (_chosen.get() or os.environ.get(LANGUAGE_ENV, DEFAULT_LANGUAGE)).lower()[:2]
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


@contextlib.contextmanager
def language(value: str | None) -> Iterator[None]:
    """Speak ``value`` (one of ``LANGUAGES``; anything else keeps the usual choice) inside the block."""
    token = _chosen.set(value if value in LANGUAGES else None)
    try:
        yield
    finally:
        _chosen.reset(token)


def plural_form(n: int) -> int:
    """Which ``numerusform`` Dutch (and English) use for ``n``: the first for one, the second otherwise."""
    return 0 if abs(n) == 1 else 1


@functools.cache
def catalogue(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """Finished translations by (context, source); a plural (``%n``) message maps to its forms."""
    path = config.translations_dir() / f"wijkzorg_{language}.ts"
    if language == "en" or not path.exists():
        return {}
    table: dict[tuple[str, str], str | tuple[str, ...]] = {}
    root = ET.parse(path).getroot()  # noqa: S314
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in node.findall("numerusform"))
                if len(forms) >= 2 and all(form.strip() for form in forms):
                    table[(name, source)] = forms
            elif node.text:
                table[(name, source)] = node.text
    return table


def translator(language: str | None = None):
    table = catalogue(language or chosen_language())

    def translate(context: str, source: str, n: int | None = None) -> str:
        """As ``QCoreApplication.translate``: with ``n`` the plural form for ``n``, its ``%n`` filled in."""
        entry = table.get((context, source), source)
        text = entry if isinstance(entry, str) else entry[plural_form(1 if n is None else n)]
        return text if n is None else text.replace("%n", str(n))

    return translate


def tr(context: str, source: str) -> str:
    return translator()(context, source)
