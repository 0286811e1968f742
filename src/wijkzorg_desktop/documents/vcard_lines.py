"""The line syntax of vCard 2.1, 3.0 and 4.0: unfolding, content lines, parameters, encodings, escapes.

Written for the files real programs make rather than for the RFCs alone: Outlook's 2.1 with bare
parameters (``TEL;WORK;VOICE``), quoted-printable with soft line breaks and a ``CHARSET``; phones'
and Google's 3.0 with item groups; 4.0 with ``VALUE=uri`` and data URIs.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .contact_card import decode_text

MAX_OCTETS = 75
_NAME = re.compile(r"(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)")
_PARAM_NAME = re.compile(r"[A-Za-z0-9_-]+")
_PARAM_VALUE = re.compile(r"[^;:,\"]*")
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]+$")
_ENCODING_WORDS = {"QUOTED-PRINTABLE": "qp", "BASE64": "b", "B": "b", "8BIT": "", "7BIT": ""}


@dataclass(frozen=True)
class ContentLine:
    """``group.NAME;PARAM=a,b:value``; names upper case, ``value`` still encoded and escaped."""

    line: int
    group: str
    name: str
    params: dict[str, tuple[str, ...]] = field(default_factory=dict)
    value: str = ""

    def param(self, name: str) -> str:
        values = self.params.get(name, ())
        return values[0] if values else ""

    @property
    def types(self) -> frozenset[str]:
        return frozenset(t.strip().lower() for value in self.params.get("TYPE", ()) for t in value.split(","))

    @property
    def encoding(self) -> str:
        """``qp``, ``b`` or empty."""
        return _ENCODING_WORDS.get(self.param("ENCODING").upper(), "")


# -- physical lines to logical lines ----------------------------------------------------------------

def _header(text: str) -> str:
    return text.split(":", 1)[0].upper()


# CR LF, LF, CR; and CR CR LF, which a CR LF file gets when it passes a text-mode Windows copy (the iPhone
# export mailed from Outlook, for one), as one line break: a blank line there would end every folded value.
_LINE_BREAK = re.compile(r"\r*\n|\r")


def unfold(text: str) -> Iterator[tuple[int, str]]:
    """Logical lines with the number of the physical line each starts on.

    A line that starts with a space or tab continues the one before (the space is dropped). In a
    quoted-printable value a ``=`` at the end of a line is a soft break: the next line continues it
    as it is. In a 2.1 base64 value, lines of bare base64 continue it until a blank line.

    The pieces of a logical line are joined once, at its end, and its header is looked at once, so a photo
    of megabytes in thousands of lines takes as long as its bytes.
    """
    line = _Logical()
    for number, physical in enumerate(_LINE_BREAK.split(text), start=1):
        if line.started:
            if line.soft_break and not physical.upper().startswith(("END:VCARD", "BEGIN:VCARD")):
                line.add(physical)
                continue
            if physical[:1] in (" ", "\t"):
                line.add(physical[1:], folded=True)
                continue
            if physical and line.is_base64() and _BASE64_LINE.match(physical):
                line.add(physical, folded=True)
                continue
            yield line.start, line.text()
        line = _Logical(number)
        line.add(physical)
    if line.started:
        yield line.start, line.text()


class _Logical:
    """One logical line while its physical lines come in."""

    def __init__(self, start: int = 0) -> None:
        self.start = start
        self.started = False
        self.parts: list[str] = []
        self.header: str | None = None
        self.soft_break = False

    def add(self, piece: str, folded: bool = False) -> None:
        self.started = True
        if self.header is None and ":" in piece:
            self.header = _header("".join(self.parts) + piece)
        self.soft_break = not folded and self.is_qp() and piece.endswith("=")
        self.parts.append(piece[:-1] if self.soft_break else piece)

    def is_qp(self) -> bool:
        return "QUOTED-PRINTABLE" in (self.header if self.header is not None else _header("".join(self.parts)))

    def is_base64(self) -> bool:
        header = self.header if self.header is not None else _header("".join(self.parts))
        return "BASE64" in header or "ENCODING=B" in header

    def text(self) -> str:
        return "".join(self.parts)


def parse_line(number: int, text: str) -> ContentLine | None:
    """One logical line, or ``None`` when it is not ``name[;params]:value``."""
    match = _NAME.match(text)
    if not match:
        return None
    group, name = match.group(1) or "", match.group(2).upper()
    pos = match.end()
    params: dict[str, list[str]] = {}
    while pos < len(text) and text[pos] == ";":
        pm = _PARAM_NAME.match(text, pos + 1)
        if not pm or (pm.end() < len(text) and text[pm.end()] not in "=;:"):
            # Not name=value: Android's TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=4C=61):...
            # The parameter is passed over up to the next ; or : outside quotes.
            end = _parameter_end(text, pos + 1)
            if end is None:
                return None
            params.setdefault("X-UNREAD", []).append(text[pos + 1:end])
            pos = end
            continue
        param, pos = pm.group().upper(), pm.end()
        if pos < len(text) and text[pos] == "=":
            values, pos = _param_values(text, pos + 1)
            if values is None:
                return None
            params.setdefault(param, []).extend(values)
        elif param in _ENCODING_WORDS:  # vCard 2.1: ;QUOTED-PRINTABLE ;BASE64
            params.setdefault("ENCODING", []).append(param)
        else:  # vCard 2.1: ;WORK;VOICE;PREF are types
            params.setdefault("TYPE", []).append(param)
    if pos >= len(text) or text[pos] != ":":
        return None
    return ContentLine(number, group, name, {k: tuple(v) for k, v in params.items()}, text[pos + 1:])


def _parameter_end(text: str, pos: int) -> int | None:
    quoted = False
    for i in range(pos, len(text)):
        if text[i] == '"':
            quoted = not quoted
        elif not quoted and text[i] in ";:":
            return i
    return None


def _param_values(text: str, pos: int) -> tuple[list[str] | None, int]:
    values: list[str] = []
    while True:
        if pos < len(text) and text[pos] == '"':
            end = text.find('"', pos + 1)
            if end < 0:
                return None, pos
            values.append(text[pos + 1:end])
            pos = end + 1
        else:
            vm = _PARAM_VALUE.match(text, pos)
            assert vm is not None
            values.append(vm.group())
            pos = vm.end()
        if pos < len(text) and text[pos] == ",":
            pos += 1
            continue
        return values, pos


# -- values ------------------------------------------------------------------------------------------

def text_codec(charset: str) -> str:
    """The Python name of a text charset (``ISO-8859-1`` -> ``iso8859-1``); empty for a name that is
    unknown, odd (stray bytes, a NUL) or not a text encoding (``base64``, ``rot13``, ``idna``)."""
    name = charset.strip()
    if not name or not name.isascii() or not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
        return ""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return ""
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return ""
    return info.name


# Text encodings in Python's sense that no address book writes and that fail on ordinary bytes.
_NOT_CHARSETS = frozenset({"idna", "punycode", "raw-unicode-escape", "unicode-escape", "mbcs", "oem"})


def decode_bytes(data: bytes, charset: str = "") -> str:
    """Bytes in the declared charset; UTF-8, then Windows-1252, when it is missing or wrong."""
    codec = text_codec(charset)
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeError, ValueError):
            pass
    return decode_text(data)[0]


def quoted_printable(value: str, charset: str = "") -> str:
    """``Sa=EBnen`` -> ``Saënen`` (in ``charset``); ``=0D=0A`` is a line break."""
    out = bytearray()
    encoding = _codec(charset)
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "=" and re.match(r"[0-9A-Fa-f]{2}", value[i + 1:i + 3]):
            out.append(int(value[i + 1:i + 3], 16))
            i += 3
            continue
        try:
            out += ch.encode(encoding, errors="replace")
        except (UnicodeError, ValueError):
            out += ch.encode("utf-8")
        i += 1
    return decode_bytes(bytes(out), charset).replace("\r\n", "\n").replace("\r", "\n")


def _codec(charset: str) -> str:
    """How the literal characters of a quoted-printable value go back to bytes: in the declared charset when it
    writes ASCII as ASCII (Windows-1252, UTF-8), else as UTF-8 (a "UTF-16" value written as QP)."""
    codec = text_codec(charset)
    try:
        return codec if codec and "Az=0 ".encode(codec) == b"Az=0 " else "utf-8"
    except (UnicodeError, ValueError):
        return "utf-8"


def base64_bytes(value: str) -> bytes:
    """Raises ``ValueError`` for anything that is not base64 (whitespace is allowed)."""
    compact = "".join(value.split())
    try:
        return base64.b64decode(compact + "=" * (-len(compact) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(str(exc)) from None


def decoded(line: ContentLine, file_was_utf8: bool = True) -> str:
    """The value with its transfer encoding undone; escapes are left for ``split``/``unescape``."""
    charset = line.param("CHARSET")
    if line.encoding == "qp":
        return quoted_printable(line.value, charset)
    if line.encoding == "b":
        try:
            return decode_bytes(base64_bytes(line.value), charset)
        except ValueError:
            return line.value
    if not file_was_utf8 and charset.lower().replace("-", "") == "utf8":
        try:  # a UTF-8 value in a file read as Windows-1252
            return line.value.encode("cp1252").decode("utf-8")
        except UnicodeError:
            return line.value
    return line.value


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}


def unescape(text: str) -> str:
    """``\\n`` ``\\,`` ``\\;`` ``\\\\`` undone; an unknown escape such as ``\\t`` is kept as written."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPES:
            out.append(_ESCAPES[text[i + 1]])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def split(text: str, separator: str = ";") -> list[str]:
    """Components separated by an unescaped ``separator``, each unescaped."""
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i:i + 2])
            i += 2
            continue
        if ch == separator:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(unescape("".join(current)))
    return parts


def escape(text: str) -> str:
    """A text value for a 4.0 content line: backslash, comma, semicolon and line breaks escaped."""
    value = text.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


def fold_line(line: str) -> str:
    """A content line folded at 75 octets (CRLF and a space), never inside a UTF-8 sequence."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return line
    pieces: list[bytes] = []
    start, limit = 0, MAX_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and end > start + 1 and data[end] & 0xC0 == 0x80:
            end -= 1
        pieces.append(data[start:end])
        start, limit = end, MAX_OCTETS - 1
    return "\r\n ".join(piece.decode("utf-8") for piece in pieces)
