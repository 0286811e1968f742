"""Search as you type: case- and accent-insensitive substring matching ("saenen" finds "Saënen")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_DROP = str.maketrans({"'": None, "’": None, "`": None, "´": None})
_SPACE = str.maketrans({"-": " ", "/": " ", ",": " ", ".": " ", "(": " ", ")": " "})


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents or apostrophes, punctuation as spaces: the form both sides of a
    search are compared in. ``ß`` becomes ``ss``, ``ĳ`` becomes ``ij``."""
    # Compatibility forms first (a mathematical "𝕬" becomes "A"), then case, then the marks that casefold
    # may have exposed.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.translate(_DROP).translate(_SPACE).split())


def terms(query: str) -> tuple[str, ...]:
    """The folded words of a query; every one must occur somewhere for a match."""
    return tuple(fold(query).split())


def matches(query_terms: tuple[str, ...], haystack: str) -> bool:
    """``haystack`` must already be folded (see ``fold``)."""
    return all(term in haystack for term in query_terms)
