"""The inside of a case bundle (``<document id> <case pseudonym>.p7m``): a ZIP of ``manifest.json``,
``case.json`` and ``overdracht.pdf``, inside CMS SignedData by the practice, inside CMS EnvelopedData.

Pure: no vault. Everything a received file controls is bounded before it is believed: the ZIP holds
exactly these three names (no folders, no paths, no duplicates, no encrypted or exotic entries), each
within its size, read with a hard cap whatever the ZIP header claims; the manifest is of this format and a
schema version this program knows, and names the SHA-256 of every file, which must match.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import secrets
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass

from ..domain.errors import WijkzorgError
from ..domain.text import QT_TRANSLATE_NOOP, Message

BUNDLE_FORMAT = "wijkzorg-overdracht"
CASE_FORMAT = "wijkzorg-casus"
SCHEMA_VERSION = 1
MANIFEST, CASE, PDF = "manifest.json", "case.json", "overdracht.pdf"
FILES = (MANIFEST, CASE, PDF)
LIMITS = {MANIFEST: 256 * 1024, CASE: 32 * 1024 * 1024, PDF: 96 * 1024 * 1024}
MAX_ZIP_BYTES = 200 * 1024 * 1024     # as cms_errors.MAX_BUNDLE_BYTES
ZIP_TIME = (1980, 1, 1, 0, 0, 0)   # a fixed time in the ZIP: what counts is in the manifest
PASSWORD_BITS = 80
_SAFE_NAME = re.compile(r"[^A-Za-z0-9 ._-]")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class BundleRefused(WijkzorgError):
    """A bundle that is not made or not opened, with the reason in words (``reason``: a Message)."""

    message = QT_TRANSLATE_NOOP("errors", "{reason}")

    def __init__(self, reason: Message, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail          # English, for the audit record
        super().__init__(reason=reason)


def refused(text: str, detail: str = "", **params: object) -> BundleRefused:
    return BundleRefused(Message("errors", text, dict(params)), detail or text)


DAMAGED = QT_TRANSLATE_NOOP("errors", "The transfer file is damaged or has been altered; nothing was imported.")


# -- names and passwords ------------------------------------------------------------------------------

def file_name(document_id: str, case_label: str) -> str:
    """``OVD-20261203-7KQ2MX Gezin K-2026-014.p7m``: the document id and the pseudonym, no names."""
    return _SAFE_NAME.sub("_", f"{document_id} {case_label}".strip()) + ".p7m"


def new_password(bits: int = PASSWORD_BITS) -> str:
    """Readable Dutch words from a CSPRNG, as many as give at least ``bits`` bits (9 of 664 words: 84 bits)."""
    from ..documents.pdf_crypt import WORDS

    words = sorted(set(WORDS))
    count = math.ceil(bits / math.log2(len(words)))
    return "-".join(secrets.choice(words) for _ in range(count))


def password_bits(words_used: int) -> float:
    from ..documents.pdf_crypt import WORDS

    return words_used * math.log2(len(set(WORDS)))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- the ZIP ------------------------------------------------------------------------------------------

def write_zip(files: Mapping[str, bytes]) -> bytes:
    """The three files, deflated, in a fixed order and with a fixed time."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in FILES:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == PDF else zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, files[name])
    return buffer.getvalue()


def read_zip(data: bytes) -> dict[str, bytes]:
    """The three files of a bundle's ZIP, or ``BundleRefused``: anything else in it, a path, a folder, a
    duplicate, an encrypted entry, or more bytes than its limit (counted while reading) is refused."""
    if len(data) > MAX_ZIP_BYTES:
        raise refused(QT_TRANSLATE_NOOP("errors", "The transfer file is too large (at most 200 MB)."), "zip size")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as error:
        raise refused(DAMAGED, f"not a zip: {error}") from None
    names = [i.filename for i in infos]
    if sorted(names) != sorted(FILES):
        raise refused(QT_TRANSLATE_NOOP("errors", "The transfer file does not hold what a Wijkzorg transfer "
                                                  "file holds (manifest.json, case.json, overdracht.pdf); "
                                                  "nothing was imported."),
                      "zip names: " + ", ".join(repr(n[:80]) for n in names[:10]))
    found: dict[str, bytes] = {}
    for info in infos:
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refused(DAMAGED, f"zip entry {info.filename}: encrypted or compression {info.compress_type}")
        limit = LIMITS[info.filename]
        if info.file_size > limit:
            raise refused(DAMAGED, f"zip entry {info.filename}: {info.file_size} bytes")
        try:
            with archive.open(info) as member:
                content = member.read(limit + 1)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as error:
            raise refused(DAMAGED, f"zip entry {info.filename}: {error}") from None
        if len(content) > limit:
            raise refused(DAMAGED, f"zip entry {info.filename}: over {limit} bytes")
        found[info.filename] = content
    return found


# -- the manifest -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ManifestFacts:
    bundle_id: str
    created: str                      # ISO UTC
    sender_practice: str
    sender_sha256: str                # "AA:BB:…" of the practice certificate that signs
    recipient_name: str
    recipient_kind: str               # "person" | "organisation"
    recipient_sha256: str             # "" for a password recipient
    password: bool
    purpose: str
    basis: str
    consent_ids: tuple[int, ...]
    basis_ids: tuple[int, ...]
    case_pseudonym: str
    document_id: str


def manifest(facts: ManifestFacts, files: Mapping[str, bytes]) -> bytes:
    document = {
        "format": BUNDLE_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "bundle_id": facts.bundle_id,
        "created": facts.created,
        "sender": {"practice": facts.sender_practice, "certificate_sha256": facts.sender_sha256},
        "recipient": {"name": facts.recipient_name, "kind": facts.recipient_kind,
                      "certificate_sha256": facts.recipient_sha256, "password": facts.password},
        "purpose": facts.purpose,
        "sharing": {"basis": facts.basis, "consent_ids": list(facts.consent_ids),
                    "basis_ids": list(facts.basis_ids)},
        "case_pseudonym": facts.case_pseudonym,
        "document_id": facts.document_id,
        "files": {name: sha256(files[name]) for name in (CASE, PDF)},
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


_FIELDS: dict[str, type] = {"bundle_id": str, "created": str, "sender": dict, "recipient": dict, "purpose": str,
                            "sharing": dict, "case_pseudonym": str, "document_id": str, "files": dict}
_BUNDLE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _json(data: bytes, what: str) -> dict:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise refused(DAMAGED, f"{what}: not JSON: {error}") from None
    if not isinstance(value, dict):
        raise refused(DAMAGED, f"{what}: not a JSON object")
    return value


def _schema(document: dict, expected_format: str, what: str) -> None:
    if document.get("format") != expected_format:
        raise refused(QT_TRANSLATE_NOOP("errors", "This is not a Wijkzorg transfer file (its format is {found})."),
                      f"{what} format", found=str(document.get("format"))[:60])
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise refused(DAMAGED, f"{what} schema_version {version!r}")
    if version > SCHEMA_VERSION:
        raise refused(QT_TRANSLATE_NOOP("errors", "The transfer file was made by a newer version of Wijkzorg "
                                                  "Desktop (schema {found}; this program knows up to {known}). "
                                                  "Install the newer version; nothing was imported."),
                      f"{what} schema_version {version}", found=version, known=SCHEMA_VERSION)


def check_files(files: Mapping[str, bytes]) -> tuple[dict, dict]:
    """The manifest and case.json of a bundle's files, once the manifest is of this format and schema and
    the hash of case.json and overdracht.pdf match what it says; ``BundleRefused`` otherwise."""
    document = _json(files[MANIFEST], MANIFEST)
    _schema(document, BUNDLE_FORMAT, MANIFEST)
    for key, kind in _FIELDS.items():
        if not isinstance(document.get(key), kind):
            raise refused(DAMAGED, f"manifest field {key}")
    if not _BUNDLE_ID.fullmatch(document["bundle_id"]):
        raise refused(DAMAGED, "manifest bundle_id")
    hashes = document["files"]
    if set(hashes) != {CASE, PDF} or not all(isinstance(v, str) and _SHA256.fullmatch(v) for v in hashes.values()):
        raise refused(DAMAGED, "manifest files")
    for name in (CASE, PDF):
        if sha256(files[name]) != hashes[name]:
            raise refused(QT_TRANSLATE_NOOP("errors", "The transfer file has been altered: {name} does not match "
                                                      "its manifest; nothing was imported."),
                          f"hash mismatch {name}", name=name)
    case = _json(files[CASE], CASE)
    _schema(case, CASE_FORMAT, CASE)
    if not isinstance(case.get("case"), dict) or not isinstance(case.get("household"), list):
        raise refused(DAMAGED, "case.json without case or household")
    return document, case


def consent_ids_text(document: Mapping[str, object]) -> str:
    """The manifest's consent and basis ids as stored with a sent or received bundle: "c12,c13" or "b4"."""
    sharing = document.get("sharing")
    if not isinstance(sharing, dict):
        return ""
    ids = [f"c{int(i)}" for i in sharing.get("consent_ids", []) if isinstance(i, int)]
    ids += [f"b{int(i)}" for i in sharing.get("basis_ids", []) if isinstance(i, int)]
    return ",".join(ids)


# -- case.json ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseContent:
    """What the handover shows, as values: read by ``services.bundles`` with the handover's own reads."""

    label: str
    summary: str
    opened_on: str | None
    members: tuple                     # HouseholdMember
    steps: tuple                       # StepRecord
    advice_requests: tuple             # AdviceRequest
    vt_contacts: tuple                 # VtContact
    decisions: tuple                   # Decision
    parties: tuple                     # documents.case_parts.InvolvedParty
    plan: tuple                        # PlanItem
    promises: tuple                    # Promise
    basis: str
    consents: tuple                    # Consent (those that allow it)
    weighing: object | None            # Weighing
    users: Mapping[str, str]
    people: Mapping[int, str]
    practice: str


def _day(value) -> str | None:
    return value.isoformat() if value is not None else None


def _name(login: str, users: Mapping[str, str]) -> str:
    return users.get(login, login) if login else ""


def case_json(content: CaseContent, household_detail: bool, full_names: Mapping[int, str], include_weighing: bool,
              include_his_numbers: bool, remarks: str) -> bytes:
    """The case restricted to what the handover shows with the same choices: the household by role,
    initials and birth year (names only those given for this handover, with ``household_detail``); no
    drafts, no audit, no timeline notes; the practice's weighing only with ``include_weighing``; HIS numbers
    only with ``include_his_numbers`` (and the detailed household)."""
    c = content
    weighing = include_weighing
    parties = {p.party_id: p.name for p in c.parties if p.party_id is not None}

    def who(party_id: int | None, login: str) -> str:
        return parties.get(party_id, "") or _name(login, c.users) or c.practice

    refs = {m.id: f"m{i + 1}" for i, m in enumerate(c.members)}
    household = []
    for m in c.members:
        member: dict[str, object] = {"ref": refs[m.id], "role": str(m.role), "initials": m.initials,
                                     "birth_year": m.birth_year}
        if household_detail:
            member["name"] = full_names.get(m.id, "") if m.id is not None else ""
            member["is_patient"] = m.is_patient
            if include_his_numbers:
                member["his_number"] = m.his_number
        household.append(member)
    document = {
        "format": CASE_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "case": {"pseudonym": c.label, "summary": c.summary, "opened_on": c.opened_on},
        "household": household,
        "household_detail": household_detail,
        "meldcode": {
            "steps": [{"step": s.step, "on": _day(s.on), "by": _name(s.by_login, c.users),
                       **({"notes": s.notes} if weighing else {})} for s in c.steps],
            "advice_requests": [{"on": _day(a.on), "source": str(a.source), "anonymous": a.anonymous,
                                 **({"summary": a.summary} if weighing else {})} for a in c.advice_requests],
            "vt_contacts": [{"on": _day(v.on), "kind": str(v.kind), "role": str(v.role), "reference": v.reference,
                             "case_manager": c.people.get(v.case_manager_id, "") if v.case_manager_id else "",
                             "expected_feedback": _day(v.expected_feedback), "received_on": _day(v.received_on),
                             **({"summary": v.summary} if weighing else {})} for v in c.vt_contacts],
            "decisions": [{"on": _day(d.on), "decided": str(d.decided), "by": _name(d.by_login, c.users),
                           **({"answers": list(d.answers), "advised": str(d.advised), "why": d.why}
                              if weighing else {})} for d in c.decisions],
        },
        "parties": [{"role": p.role, "name": p.name, "organisation": p.organisation, "function": p.function,
                     "phone": p.phone, "email": p.email, "since": _day(p.since),
                     "last_contact": _day(p.last_contact)} for p in c.parties],
        "plan": [{"text": p.text, "who": who(p.party_id, p.owner_login), "due": _day(p.due),
                  "done_on": _day(p.done_on)} for p in c.plan],
        "promises": [{"text": p.text, "who": who(p.party_id, p.owner_login), "made_on": _day(p.made_on),
                      "due": _day(p.due)} for p in c.promises if p.done_on is None],
        "sharing": {"basis": c.basis,
                    "consents": [{"member": refs.get(x.member_id, ""), "status": str(x.status), "on": _day(x.on),
                                  "form": str(x.form) if x.form else ""} for x in c.consents]},
        "remarks": remarks.strip(),
    }
    if weighing and c.weighing is not None:
        w = c.weighing
        document["sharing"]["weighing"] = {      # type: ignore[index]
            "serious_interest": w.serious_interest, "other_way": w.other_way, "why_no_consent": w.why_no_consent,
            "outweighs": w.outweighs, "what_to_whom": w.what_to_whom}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


# -- what an import makes of case.json ---------------------------------------------------------------

MEMBER_ROLES = ("ouder", "kind", "overig")
MAX_MEMBERS = 40
MAX_TEXT = 20_000


@dataclass(frozen=True)
class ReceivedMember:
    role: str
    initials: str
    birth_year: int | None


@dataclass(frozen=True)
class ReceivedCase:
    letter: str                       # the pseudonym's letter, kept for the new local pseudonym
    summary: str
    members: tuple[ReceivedMember, ...]
    content: str                      # what the handover held, as text for the new case's timeline


def _text(value: object, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise refused(DAMAGED, "case.json: a text field")
    return value.strip()


def received_case(case: Mapping[str, object], today_year: int) -> ReceivedCase:
    """The household and the facts a new case is made of, checked field by field (a trusted sender's file
    is still only data): ``BundleRefused`` for anything out of shape."""
    head = case.get("case")
    household = case.get("household")
    if not isinstance(head, dict) or not isinstance(household, list) or len(household) > MAX_MEMBERS:
        raise refused(DAMAGED, "case.json: case or household")
    pseudonym = _text(head.get("pseudonym"), 80)
    match = re.match(r"Gezin ([A-Z])-", pseudonym)
    members = []
    for item in household:
        if not isinstance(item, dict) or item.get("role") not in MEMBER_ROLES:
            raise refused(DAMAGED, "case.json: household member role")
        initials = _text(item.get("initials"), 20)
        year = item.get("birth_year")
        if not initials or (year is not None and (not isinstance(year, int) or isinstance(year, bool)
                                                  or not 1900 <= year <= today_year)):
            raise refused(DAMAGED, "case.json: household member initials or birth year")
        members.append(ReceivedMember(str(item["role"]), initials, year))
    lines = []
    for key, title in (("parties", "Betrokken partijen"), ("plan", "Plan van aanpak"),
                       ("promises", "Openstaande afspraken")):
        items = case.get(key, [])
        if not isinstance(items, list):
            raise refused(DAMAGED, f"case.json: {key}")
        texts = []
        for item in items[:200]:
            if not isinstance(item, dict):
                raise refused(DAMAGED, f"case.json: {key} item")
            if key == "parties":
                parts = [_text(item.get("name"), 200), _text(item.get("organisation"), 200),
                         _text(item.get("role"), 200)]
                texts.append(" — ".join(p for p in parts if p))
            else:
                who, due = _text(item.get("who"), 200), _text(item.get("due"), 10)
                texts.append(_text(item.get("text")) + (f" ({who})" if who else "") + (f", uiterlijk {due}"
                                                                                        if due else ""))
        if texts:
            lines.append(f"{title}: " + "; ".join(texts) + ".")
    meldcode = case.get("meldcode", {})
    steps = meldcode.get("steps", []) if isinstance(meldcode, dict) else []
    if isinstance(steps, list) and steps:
        reached = max((s.get("step") for s in steps if isinstance(s, dict) and isinstance(s.get("step"), int)),
                      default=None)
        if reached is not None:
            lines.append(f"Meldcode: tot en met stap {reached} gezet bij de afzender.")
    remarks = _text(case.get("remarks"))
    if remarks:
        lines.append(f"Toelichting van de afzender: {remarks}")
    return ReceivedCase(match.group(1) if match else "X", _text(head.get("summary")), tuple(members),
                        "\n".join(lines))
