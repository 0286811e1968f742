#!/usr/bin/env python3
"""Keep the Dutch translation in step with the code.

    python tools/translations.py                 update the .ts from the sources, build the .qm
    python tools/translations.py --fill F.json   also fill translations from {context: {source: text}}
    python tools/translations.py --check         exit 1 when a text has no translation (no files change)

English is the source language in the code; ``resources/translations/wijkzorg_nl.ts`` is the Dutch
one, edited with Qt Linguist or filled from JSON; ``wijkzorg_nl.qm`` is built from it and committed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "wijkzorg_desktop"
TS = ROOT / "resources" / "translations" / "wijkzorg_nl.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def lupdate(ts: Path) -> None:
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "nl", "-ts", str(ts)],
                   check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None:
                continue
            numerus = node.findall("numerusform")
            texts = [n.text for n in numerus] if numerus else [node.text]
            empty = not any((t or "").strip() for t in texts)
            if node.get("type") == "unfinished" or empty:
                missing.append((name, message.findtext("source", "")))
    return missing


def fill(ts: Path, table: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = table.get(name, {}).get(source)
            node = message.find("translation")
            if text is None or node is None:
                continue
            if message.get("numerus") == "yes":
                for child in list(node):
                    node.remove(child)
                for form in text if isinstance(text, list) else [text, text]:
                    ET.SubElement(node, "numerusform").text = form
            else:
                node.text = text
            node.attrib.pop("type", None)
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", type=Path, action="append", default=[])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / TS.name
            shutil.copyfile(TS, copy)
            lupdate(copy)
            missing = untranslated(copy)
    else:
        lupdate(TS)
        for path in args.fill:
            print(f"{path}: {fill(TS, json.loads(path.read_text('utf-8')))} filled")
        missing = untranslated(TS)
        lrelease(TS, QM)
    for context, source in missing:
        print(f"untranslated [{context}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
