"""Translatable text without Qt.

Source strings are English; Dutch comes from ``resources/translations/wijkzorg_nl.ts``. The marker
below has the name ``pyside6-lupdate`` looks for, so strings marked with it outside the UI end up in
the same translation file the UI uses. The UI translates them with Qt, the CLI with ``i18n``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def untranslated(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A sentence to show a person: a source text, its translation context and its parameters."""

    context: str
    source: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, translate: Translate = untranslated) -> str:
        text = translate(self.context, self.source)
        if not self.params:
            return text
        values = {k: v.render(translate) if isinstance(v, Message | MessageList) else v
                  for k, v in self.params.items()}
        return text.format(**values)


@dataclass(frozen=True)
class MessageList:
    """Several messages shown as one comma-separated phrase (the fields a form still needs, say)."""

    items: tuple[Message, ...]

    def render(self, translate: Translate = untranslated) -> str:
        return ", ".join(item.render(translate) for item in self.items)
