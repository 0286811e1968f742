"""Every CMS entry a received file reaches, fed random and mutated input: only a CmsError may come out (or,
for a mutation in a part nobody reads, the exact original content). ``WIJKZORG_FUZZ_EXAMPLES`` sets how many
examples each test tries (150 by default; 15,000 found nothing more). An input that ever breaks a parser is
kept here as an ``@example`` of the test that found it."""

from __future__ import annotations

import datetime as dt
import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cms import FAST, make_certificate

from wijkzorg_desktop.documents import cms, signing
from wijkzorg_desktop.documents.cms import CmsError

PASSWORD = "fuzz wachtwoord"
CONTENT = b"inhoud van de bundel"
EXAMPLES = int(os.environ.get("WIJKZORG_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                               HealthCheck.data_too_large])


def _material():
    der, key = make_certificate("Ontvanger", usage={"key_encipherment": True, "digital_signature": True})
    p12 = pkcs12.serialize_key_and_certificates(b"k", key, __import__("cryptography").x509.load_der_x509_certificate(
        der), None, serialization.NoEncryption())
    signed = cms.sign(CONTENT, signing.Pkcs12Key(p12, ""), when=dt.datetime(2026, 3, 14, tzinfo=dt.UTC))
    recipients = [cms.CertificateRecipient(der), cms.PasswordRecipient(PASSWORD, FAST)]
    seeds = {
        "signed": signed,
        "enveloped": cms.encrypt(CONTENT, recipients),
        "bundle": cms.encrypt(signed, recipients),
    }
    return der, key, seeds


DER, KEY, SEEDS = _material()


def _entries(data: bytes) -> list:
    """Run each entry; return what came out (results); fail on anything but a CmsError."""
    outcomes = []
    for name, call in (("open_signed", lambda: cms.open_signed(data)),
                       ("recipients_of", lambda: cms.recipients_of(data)),
                       ("decrypt_with_key", lambda: cms.decrypt_with_key(data, DER, KEY)),
                       ("decrypt_with_password", lambda: cms.decrypt_with_password(data, PASSWORD))):
        try:
            outcomes.append((name, call()))
        except CmsError as error:
            assert error.message.source, error
            outcomes.append((name, error.problem))
    return outcomes


def _check_unchanged(outcomes) -> None:
    """A mutated file that still opens must give exactly the signed content. (The envelope alone cannot
    promise that: AES-CBC has no integrity of its own, which is why a bundle is signed inside.)"""
    for name, value in outcomes:
        if name == "open_signed" and not isinstance(value, str):
            assert value.content == CONTENT
        elif name.startswith("decrypt") and isinstance(value, bytes):
            try:
                inner = cms.open_signed(value)
            except CmsError:
                continue
            assert inner.content == CONTENT


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    _entries(data)


def _der(tag: int, body: bytes) -> bytes:
    length = len(body)
    if length < 0x80:
        header = bytes([length])
    else:
        encoded = length.to_bytes((length.bit_length() + 7) // 8, "big")
        header = bytes([0x80 | len(encoded)]) + encoded
    return bytes([tag]) + header + body


_PRIMITIVE = st.builds(_der, st.sampled_from([0x02, 0x04, 0x05, 0x06, 0x0C, 0x13, 0x17, 0x18, 0x80, 0x81]),
                       st.binary(max_size=40))
_TREES = st.recursive(_PRIMITIVE, lambda children: st.builds(
    lambda tag, parts: _der(tag, b"".join(parts)), st.sampled_from([0x30, 0x31, 0xA0, 0xA1, 0xA2, 0xA3, 0x24]),
    st.lists(children, max_size=6)), max_leaves=40)
_OIDS = {"signed_data": bytes.fromhex("06092a864886f70d010702"), "enveloped_data": bytes.fromhex(
    "06092a864886f70d010703")}


@FUZZ
@given(st.sampled_from(sorted(_OIDS)), _TREES)
def test_random_der_inside_a_content_info(kind, tree):
    """Well-formed DER of any shape where the SignedData or EnvelopedData should be: deeper than random
    bytes get."""
    _entries(_der(0x30, _OIDS[kind] + _der(0xA0, tree)))


_MUTATION = st.one_of(
    st.tuples(st.just("set"), st.integers(0, 10**6), st.integers(0, 255)),
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(0, 7)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("delete"), st.integers(0, 10**6), st.integers(1, 64)),
    st.tuples(st.just("truncate"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("length"), st.integers(0, 10**6), st.sampled_from([0x00, 0x7F, 0x80, 0x81, 0x84, 0x89, 0xFF])),
)


def mutate(data: bytes, mutations) -> bytes:
    out = bytearray(data)
    for kind, where, value in mutations:
        if not out:
            break
        at = where % len(out)
        if kind == "set":
            out[at] = value
        elif kind == "flip":
            out[at] ^= 1 << value
        elif kind == "insert":
            out[at:at] = value
        elif kind == "delete":
            del out[at:at + value]
        elif kind == "truncate":
            del out[at:]
        else:                                   # a length byte where one is likely: after a tag
            out[(at | 1) % len(out)] = value
    return bytes(out)


@FUZZ
@given(st.sampled_from(sorted(SEEDS)), st.lists(_MUTATION, min_size=1, max_size=4))
def test_mutated_bundles(seed_name, mutations):
    _check_unchanged(_entries(mutate(SEEDS[seed_name], mutations)))


def _tlv(data: bytes, at: int = 0) -> tuple[list, int]:
    """The DER at ``at`` as [tag, body] where body is a list of nodes (constructed) or bytes; and its end."""
    tag = data[at]
    first = data[at + 1]
    at += 2
    if first & 0x80:
        count = first & 0x7F
        length = int.from_bytes(data[at:at + count], "big")
        at += count
    else:
        length = first
    end = at + length
    if tag & 0x20:
        children = []
        while at < end:
            child, at = _tlv(data, at)
            children.append(child)
        return [tag, children], end
    return [tag, data[at:end]], end


def _encode(node: list) -> bytes:
    tag, body = node
    return _der(tag, b"".join(_encode(c) for c in body) if isinstance(body, list) else body)


def _nodes(node: list) -> list[list]:
    found = [node]
    if isinstance(node[1], list):
        for child in node[1]:
            found += _nodes(child)
    return found


TREES = {name: _tlv(seed)[0] for name, seed in SEEDS.items()}
_ELEMENTS = st.one_of(
    _PRIMITIVE, _TREES,
    st.builds(lambda n: _der(0x02, n.to_bytes((n.bit_length() + 8) // 8, "big", signed=True)),
              st.integers(-2**70, 2**70)),
    st.sampled_from([_der(0x06, bytes.fromhex(h)) for h in (
        "2a864886f70d010107", "2a864886f70d010101", "608648016503040102", "608648016503040201",
        "2a864886f70d01090309", "2a864886f70d01050c", "2a864886f70d020b", "2a8648ce3d040302")]))
_REPLACEMENT = st.one_of(st.tuples(st.just("element"), _ELEMENTS),
                         st.tuples(st.just("contents"), st.binary(max_size=24)),
                         st.tuples(st.just("remove"), st.just(b"")))


@FUZZ
@given(st.sampled_from(sorted(SEEDS)), st.lists(st.tuples(st.integers(0, 10**6), _REPLACEMENT), min_size=1,
                                                 max_size=3))
def test_bundles_with_a_part_replaced(seed_name, replacements):
    """Structure-aware: a node of the seed's DER tree (at any depth) replaced by other DER, its contents
    replaced, or the node removed, with every length around it kept right, so the parsers get past the
    framing into the fields (integers, OIDs, algorithm parameters)."""
    import copy

    tree = copy.deepcopy(TREES[seed_name])
    for where, (kind, value) in replacements:
        nodes = _nodes(tree)
        target = nodes[where % len(nodes)]
        if kind == "element":
            target[:] = _tlv(value)[0]
        elif kind == "contents":
            target[1] = value if isinstance(target[1], bytes) else [[0x04, value]]
        else:
            for node in nodes:
                if isinstance(node[1], list) and any(child is target for child in node[1]):
                    node[1] = [child for child in node[1] if child is not target]
    _check_unchanged(_entries(_encode(tree)))


def test_the_seeds_open():
    """The fuzzing starts from files that open, so a mutation reaches the deep checks."""
    outcomes = dict(_entries(SEEDS["bundle"]))
    assert outcomes["decrypt_with_key"] == SEEDS["signed"] == outcomes["decrypt_with_password"]
    assert cms.open_signed(SEEDS["signed"]).content == CONTENT
    assert [r.kind for r in outcomes["recipients_of"]] == ["certificate", "password"]
    assert all(_encode(TREES[name]) == seed for name, seed in SEEDS.items())
