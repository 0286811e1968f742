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
MAX_ELEMENTS = 100_000                     # ASN.1 elements in one file (a real bundle has a few thousand)
MAX_DEPTH = 48                             # their nesting (a certificate inside SignedData: about 15)
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


def check_file(data: bytes) -> None:
    """What every reader checks first: the size, then the framing."""
    check_size(data)
    if not data:
        raise CmsError(CmsProblem.NOT_CMS, "empty")
    check_structure(bytes(data) if not isinstance(data, bytes) else data)


_CMS_TYPES = (bytes.fromhex("06092a864886f70d010702"), bytes.fromhex("06092a864886f70d010703"))


def check_structure(data: bytes) -> None:
    """Walk the BER/DER framing of the first element without building anything: refuse a file whose
    framing is broken, or that holds more elements or deeper nesting than any real bundle, before the
    parser builds an object for each (millions of tiny elements fit in 200 MB)."""
    view = memoryview(data)
    size = len(view)
    pos = count = 0
    stack: list[int | None] = []            # the end of each open constructed element; None: indefinite
    while True:
        while stack and stack[-1] is not None and pos == stack[-1]:
            stack.pop()
        if not stack and count:
            return
        limit = next((end for end in reversed(stack) if end is not None), size)
        if stack and stack[-1] is None and view[pos:pos + 2] == b"\0\0":
            pos += 2
            stack.pop()
            continue
        if pos + 2 > limit:
            raise _broken(data, "element runs past its container")
        tag = view[pos]
        pos += 1
        if tag & 0x1F == 0x1F:              # a high tag number: continuation bytes
            for _ in range(5):
                if pos >= limit:
                    raise _broken(data, "tag runs past its container")
                pos += 1
                if not view[pos - 1] & 0x80:
                    break
            else:
                raise _broken(data, "tag number too long")
        if pos >= limit:
            raise _broken(data, "no length")
        first = view[pos]
        pos += 1
        constructed = bool(tag & 0x20)
        length: int | None
        if first == 0x80:
            if not constructed:
                raise _broken(data, "indefinite length on a primitive element")
            length = None
        elif first & 0x80:
            octets = first & 0x7F
            if octets > 8 or pos + octets > limit:
                raise _broken(data, "length field")
            length = int.from_bytes(view[pos:pos + octets], "big")
            pos += octets
        else:
            length = first
        count += 1
        if count > MAX_ELEMENTS:
            raise CmsError(CmsProblem.DAMAGED, f"more than {MAX_ELEMENTS} elements")
        if length is not None and pos + length > limit:
            raise _broken(data, "element longer than its container")
        if constructed:
            stack.append(None if length is None else pos + length)
            if len(stack) > MAX_DEPTH:
                raise CmsError(CmsProblem.DAMAGED, f"nested deeper than {MAX_DEPTH}")
        else:
            pos += length


def _broken(data: bytes, detail: str) -> CmsError:
    """DAMAGED when the file starts as CMS signed or enveloped data (a truncated or altered bundle), else
    NOT_CMS (some other file)."""
    head = bytes(data[:24])
    problem = CmsProblem.DAMAGED if any(kind in head for kind in _CMS_TYPES) else CmsProblem.NOT_CMS
    return CmsError(problem, detail)
