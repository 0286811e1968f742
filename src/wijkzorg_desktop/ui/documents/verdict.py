"""What a signature check means, in one sentence and a colour: green for a trusted, whole document, orange
for a sound signature by someone the practice does not know, red for a document changed after signing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...documents.verify import VerifyResult

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CTX = "Verdict"


class Level(StrEnum):
    GOOD = "good"
    DOUBT = "doubt"
    BAD = "bad"
    NONE = "none"


STYLES = {
    Level.GOOD: "background:#e6f4ea; color:#1e5e2c; border:1px solid #9fd3ad;",
    Level.DOUBT: "background:#fff1e0; color:#8a4b00; border:1px solid #f0b46c;",
    Level.BAD: "background:#fdecea; color:#8a1c1c; border:1px solid #e7b3ae;",
    Level.NONE: "background:#eeeeee; color:#333333; border:1px solid #bbbbbb;",
}


@dataclass(frozen=True)
class Verdict:
    level: Level
    headline: str
    explanation: str

    @property
    def style(self) -> str:
        return STYLES[self.level] + " border-radius:4px; padding:10px; font-weight:bold;"


NOT_SIGNED = QT_TRANSLATE_NOOP("Verdict", "This document is not signed.")
NOT_SIGNED_WHY = QT_TRANSLATE_NOOP("Verdict", "Nothing shows who made it or whether it was changed.")
UNREADABLE = QT_TRANSLATE_NOOP("Verdict", "The signature cannot be read.")
UNREADABLE_WHY = QT_TRANSLATE_NOOP("Verdict", "The document may be damaged. Ask the sender for it again.")
CHANGED = QT_TRANSLATE_NOOP("Verdict", "Changed after signing.")
CHANGED_WHY = QT_TRANSLATE_NOOP(
    "Verdict", "The content no longer matches the signature of {signer}: someone changed the document after it "
    "was signed. Do not rely on it; ask the sender for it again.")
ADDED_WHY = QT_TRANSLATE_NOOP(
    "Verdict", "What {signer} signed is intact, but something was added to the file afterwards. Do not rely on "
    "what was added; ask the sender for the document again.")
UNKNOWN = QT_TRANSLATE_NOOP("Verdict", "Signer not trusted.")
UNKNOWN_WHY = QT_TRANSLATE_NOOP(
    "Verdict", "The document is unchanged since {signer} signed it, but the practice does not know this "
    "certificate: it is not the practice's own and not stored with anyone on the sociale kaart. Check the "
    "fingerprint with the sender before relying on it.")
GOOD = QT_TRANSLATE_NOOP("Verdict", "Signed by {signer} and unchanged.")
GOOD_WHY = QT_TRANSLATE_NOOP(
    "Verdict", "The signature is sound, nothing was changed after signing, and the certificate is known to the "
    "practice.")
YES = QT_TRANSLATE_NOOP("Verdict", "yes")
NO = QT_TRANSLATE_NOOP("Verdict", "no")


def _tr(text: str, **values: object) -> str:
    return QCoreApplication.translate(CTX, text).format(**values)


def judge(result: VerifyResult) -> Verdict:
    signer = result.signer
    if not result.signed:
        return Verdict(Level.NONE, _tr(NOT_SIGNED), _tr(NOT_SIGNED_WHY))
    if not signer:
        return Verdict(Level.BAD, _tr(UNREADABLE), _tr(UNREADABLE_WHY))
    if not result.intact:
        return Verdict(Level.BAD, _tr(CHANGED), _tr(CHANGED_WHY, signer=signer))
    if result.modified_after:
        return Verdict(Level.BAD, _tr(CHANGED), _tr(ADDED_WHY, signer=signer))
    if not result.trusted:
        return Verdict(Level.DOUBT, _tr(UNKNOWN), _tr(UNKNOWN_WHY, signer=signer))
    return Verdict(Level.GOOD, _tr(GOOD, signer=signer), _tr(GOOD_WHY))


def yes_no(value: bool) -> str:
    return _tr(YES if value else NO)
