"""What can be wrong with a CMS file (an encrypted or signed case bundle), and the limits on what a file
may make this program do: a hostile file chooses its sizes, counts and iteration numbers, so each is bounded.
"""

from __future__ import annotations

from enum import StrEnum

from ..domain.text import QT_TRANSLATE_NOOP, Message

MAX_BUNDLE_BYTES = 200 * 1024 * 1024      # the largest file read, and the largest content encrypted or signed
MAX_RECIPIENTS = 32                        # recipient infos looked at in one EnvelopedData
MAX_CERTIFICATES = 32                      # certificates taken from one SignedData
MAX_SIGNED_ATTRIBUTES = 32
MIN_ITERATIONS = 1_000                     # PBKDF2 iterations a password recipient may ask for
MAX_ITERATIONS = 10_000_000


class CmsProblem(StrEnum):
    NOT_CMS = "not_cms"                        # not a CMS file (or not the kind asked for)
    DAMAGED = "damaged"                        # it is CMS, but altered or broken
    NOT_FOR_US = "not_for_us"                  # none of its recipients is this certificate
    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - a problem's name
    NO_PASSWORD_RECIPIENT = "no_password_recipient"  # noqa: S105 - a problem's name
    SIGNATURE_INVALID = "signature_invalid"
    NOT_SIGNED = "not_signed"
    UNSUPPORTED = "unsupported"                # an algorithm or form this program does not accept
    TOO_LARGE = "too_large"


_MESSAGES = {
    CmsProblem.NOT_CMS: QT_TRANSLATE_NOOP(
        "errors", "This file is not an encrypted or signed transfer file (CMS, .p7m)."),
    CmsProblem.DAMAGED: QT_TRANSLATE_NOOP(
        "errors", "The transfer file is damaged or has been altered; nothing was read from it."),
    CmsProblem.NOT_FOR_US: QT_TRANSLATE_NOOP(
        "errors", "The transfer file is encrypted for someone else: this certificate is not one of its "
                  "recipients."),
    CmsProblem.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "errors", "The password does not open this transfer file."),
    CmsProblem.NO_PASSWORD_RECIPIENT: QT_TRANSLATE_NOOP(
        "errors", "This transfer file cannot be opened with a password: it is encrypted for a certificate."),
    CmsProblem.SIGNATURE_INVALID: QT_TRANSLATE_NOOP(
        "errors", "The signature does not match the content: the file has been altered, or was not signed "
                  "with the certificate it names."),
    CmsProblem.NOT_SIGNED: QT_TRANSLATE_NOOP(
        "errors", "The transfer file holds no signature."),
    CmsProblem.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "errors", "The transfer file uses an encryption or signature method this program does not accept."),
    CmsProblem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "errors", "The transfer file is too large (at most 200 MB)."),
}


class CmsError(Exception):
    """``problem`` for the program, ``detail`` (English, technical) for the log; ``message`` for a person."""

    def __init__(self, problem: CmsProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)

    @property
    def message(self) -> Message:
        return Message("errors", _MESSAGES[self.problem])


def check_size(data: bytes, what: str = "file") -> None:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise CmsError(CmsProblem.NOT_CMS, f"{what} is {type(data).__name__}, not bytes")
    if len(data) > MAX_BUNDLE_BYTES:
        raise CmsError(CmsProblem.TOO_LARGE, f"{what} has {len(data)} bytes")
