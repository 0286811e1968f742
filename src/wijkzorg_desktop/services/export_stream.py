"""A JSON document written a record at a time, as ``json.dumps(document, ensure_ascii=False, indent=2)``
writes it whole: the same bytes, without the whole document (or its text) in memory.

``text`` is json's indented form of one value: strings through the same ``encode_basestring`` json uses
with ``ensure_ascii=False``, ints as ``int.__repr__``, dicts with str keys and lists (tuples) joined as
json joins them; any other value (a float, an enum, a dict with other keys) goes to ``json.dumps`` itself.
A JSON text holds a line break only between its items (strings escape theirs), so a value's text at a
depth is its text with the indent of that depth after each line break.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring
from typing import BinaryIO

_STEP = "  "
_CHUNK = 1 << 18  # characters gathered before they are encoded and written


def text(value: object, pad: str = "\n") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, each line break followed by ``pad``'s indent
    (``pad`` is a line break and the indent of the depth the value stands at)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)  # type: ignore[arg-type]
    if kind is int:
        return int.__repr__(value)  # type: ignore[arg-type]
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is dict:
        if not value:
            return "{}"
        inner = pad + _STEP
        items = []
        try:  # encode_basestring refuses a key that is not a str: json.dumps converts those
            for k, v in value.items():  # type: ignore[attr-defined]
                of = type(v)  # the common values without a call
                if of is str:
                    items.append(encode_basestring(k) + ": " + encode_basestring(v))
                elif v is None:
                    items.append(encode_basestring(k) + ": null")
                elif of is int:
                    items.append(encode_basestring(k) + ": " + int.__repr__(v))
                else:
                    items.append(encode_basestring(k) + ": " + text(v, inner))
        except TypeError:
            pass
        else:
            return "{" + inner + ("," + inner).join(items) + pad + "}"
    elif kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = pad + _STEP
        return "[" + inner + ("," + inner).join([_item(v, inner) for v in value]) + pad + "]"  # type: ignore[attr-defined]
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", pad)


def _item(value: object, pad: str) -> str:
    """``text``, the most common values first without a call."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)  # type: ignore[arg-type]
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)  # type: ignore[arg-type]
    return text(value, pad)


class _Out:
    """Pieces of text gathered, then written as UTF-8 a chunk at a time."""

    def __init__(self, file: BinaryIO) -> None:
        self.file, self.parts, self.size = file, [], 0

    def add(self, piece: str) -> None:
        self.parts.append(piece)
        self.size += len(piece)
        if self.size >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        self.file.write("".join(self.parts).encode("utf-8"))
        self.parts, self.size = [], 0


RowsOf = Callable[[object], Iterable[object] | None]
"""The items of a value that is a list written an item at a time, else None."""


def write_document(file: BinaryIO, document: object, rows_of: RowsOf) -> None:
    """``document`` as ``json.dumps(..., ensure_ascii=False, indent=2)`` gives it once every value that
    ``rows_of`` knows is replaced by the list of its items; those are read and written one at a time."""
    out = _Out(file)
    _write(out, document, "\n", rows_of)
    out.flush()


def _write(out: _Out, value: object, pad: str, rows_of: RowsOf) -> None:
    items = rows_of(value)
    if items is not None:
        inner, first = pad + _STEP, True
        for item in items:
            out.add(("[" if first else ",") + inner + text(item, inner))
            first = False
        out.add("[]" if first else pad + "]")
    elif type(value) is dict and value and all(type(k) is str for k in value):  # type: ignore[attr-defined]
        inner, first = pad + _STEP, True
        for key, member in value.items():  # type: ignore[attr-defined]
            out.add(("{" if first else ",") + inner + encode_basestring(key) + ": ")
            _write(out, member, inner, rows_of)
            first = False
        out.add(pad + "}")
    else:
        out.add(text(value, pad))
