"""Translations for code without Qt (the CLI): read straight from the Qt Linguist ``.ts`` sources.

The UI loads the compiled ``.qm`` through QTranslator; both come from the same ``.ts`` file, so the
CLI and the window say the same thing in the same words.
"""

from __future__ import annotations

import functools
import os
import xml.etree.ElementTree as ET

from . import config

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")
LANGUAGE_ENV = "WIJKZORG_LANG"


def chosen_language() -> str:
    value = os.environ.get(LANGUAGE_ENV, DEFAULT_LANGUAGE).lower()[:2]
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


@functools.cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    path = config.translations_dir() / f"wijkzorg_{language}.ts"
    if language == "en" or not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()  # noqa: S314
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return table


def translator(language: str | None = None):
    table = catalogue(language or chosen_language())

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate


def tr(context: str, source: str) -> str:
    return translator()(context, source)
