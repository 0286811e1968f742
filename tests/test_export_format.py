"""The export format is documented: the schema and the page exist and say what ``export.build`` writes."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from jsonschema import Draft202012Validator

from wijkzorg_desktop.services import export
from wijkzorg_desktop.services.vaults import unlock

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "export-format.md"
SCHEMA = ROOT / "resources" / "schemas" / "export.schema.json"
PASSPHRASE = "correct horse battery staple"  # the one conftest.py gives every fixture vault


def _document(store: Path) -> dict[str, object]:
    session = unlock(store, "beheer", PASSPHRASE).session
    try:
        return export.build(session)
    finally:
        session.close()


def test_schema_and_docs_exist_and_the_schema_is_valid_2020_12():
    assert DOC.is_file()
    schema = json.loads(SCHEMA.read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["format"]["const"] == export.FORMAT
    assert schema["properties"]["schema_version"]["const"] == export.SCHEMA_VERSION


def test_every_top_level_key_is_documented_and_in_the_schema(demo_store):
    document = _document(demo_store)
    text = DOC.read_text("utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE))
    schema = json.loads(SCHEMA.read_text("utf-8"))
    for key in document:
        assert f"`{key}`" in text, f"{key} is not in docs/export-format.md"
        assert key in documented, f"{key} has no row in the table of top-level keys"
        assert key in schema["properties"], f"{key} is not in export.schema.json"


def test_the_schema_allows_later_sections_but_not_wrong_types(demo_store):
    document = _document(demo_store)
    validator = Draft202012Validator(json.loads(SCHEMA.read_text("utf-8")))
    assert not list(validator.iter_errors(document))
    assert not list(validator.iter_errors({**document, "contacts": [{"name": "Wijkteam Noord"}]}))
    assert list(validator.iter_errors({**document, "users": {"beheer": {}}}))
    assert list(validator.iter_errors({**document, "schema_version": 2}))
    without_users = {k: v for k, v in document.items() if k != "users"}
    assert list(validator.iter_errors(without_users))


def test_the_documented_audit_hash_recipe_verifies_an_export(demo_store):
    """The recipe on the page, applied to a real export: someone without this program can check it."""
    records = _document(demo_store)["audit_log"]
    assert isinstance(records, list) and records
    prev = "0" * 64
    for expected_id, record in enumerate(records, start=1):
        fields = {k: v for k, v in record.items() if k != "hash"}
        text = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        assert record["id"] == expected_id and record["prev_hash"] == prev
        assert record["hash"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
        prev = record["hash"]
