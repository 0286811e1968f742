""""Openen zonder Wijkzorg": one printable page telling a partner how to open a transfer file (.p7m) with
OpenSSL alone, for a certificate recipient and for a password recipient, and which practice certificate
(by its SHA-256 fingerprint) the signature must be checked against. docs/openen-zonder-wijkzorg.md says
the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from .pdf_layout import SHADE, DocumentInfo, Letterhead, build, heading, key_values, para, styles, text, title_block

TITLE = "Openen zonder Wijkzorg"
DOCUMENT_PREFIX = "OZW"

DECRYPT_CERTIFICATE = ('openssl cms -decrypt -binary -inform DER -in "BESTAND.p7m" -recip uw-certificaat.pem '
                       '-inkey uw-sleutel.pem -out ondertekend.p7m')
DECRYPT_PASSWORD = ('openssl cms -decrypt -binary -inform DER -in "BESTAND.p7m" '  # noqa: S105 - a placeholder
                    '-pwri_password "WACHTWOORD" -out ondertekend.p7m')
VERIFY = 'openssl cms -verify -binary -inform DER -in ondertekend.p7m -CAfile praktijk.pem -out overdracht.zip'
FINGERPRINT = "openssl x509 -in praktijk.pem -noout -fingerprint -sha256"
UNPACK = "unzip overdracht.zip"
HASHES = "sha256sum case.json overdracht.pdf"
PDFSIG = "pdfsig overdracht.pdf"


@dataclass(frozen=True)
class OpenWithoutData:
    letterhead: Letterhead
    document_id: str
    created: datetime                  # aware
    certificate_sha256: str            # "AA:BB:…" of the practice certificate that signs its transfer files
    certificate_subject: str = ""


def _command(line: str) -> Paragraph:
    style = ParagraphStyle("command", parent=styles().cell, backColor=SHADE, borderPadding=(2, 3, 2, 3),
                           leftIndent=3, rightIndent=3, spaceBefore=2, spaceAfter=5, leading=10)
    return Paragraph(text(line), style)


def _fingerprint(sha256: str) -> str:
    """In two lines of sixteen pairs, to read aloud or compare by eye."""
    pairs = sha256.split(":")
    return "\n".join(":".join(pairs[i:i + 16]) for i in range(0, len(pairs), 16))


def render(data: OpenWithoutData) -> bytes:
    practice = data.letterhead.practice_name
    info = DocumentInfo(TITLE, data.letterhead, data.document_id, data.created,
                        subtitle=f"Een versleuteld overdrachtsbestand van {practice} openen met OpenSSL")
    small = styles().small
    story: list[Flowable] = title_block(info)
    story.append(para(
        "U ontving één bestand, “<document-id> <pseudoniem>.p7m”. Het is versleuteld (CMS, AES-256) voor uw "
        "certificaat of met een wachtwoord dat u via een ander kanaal kreeg (telefoon, Siilo). Daarin zit een "
        "door de praktijk ondertekend ZIP-bestand met manifest.json, case.json en overdracht.pdf. Nodig: OpenSSL "
        "1.1 of nieuwer (onder Windows bijvoorbeeld dat van Git for Windows)."))
    story += heading("1. Ontsleutelen")
    story.append(para("Met uw certificaat en de bijbehorende sleutel (PEM):", small))
    story.append(_command(DECRYPT_CERTIFICATE))
    story.append(para("Of met het wachtwoord dat u kreeg:", small))
    story.append(_command(DECRYPT_PASSWORD))
    story += heading("2. De handtekening van de praktijk controleren")
    story.append(para(f"praktijk.pem is het certificaat van {practice}. Controleer eerst dat het echt het hare is: "
                      "deze opdracht moet precies de vingerafdruk hieronder geven (vergelijk hem zo nodig "
                      "telefonisch met de praktijk).", small))
    story.append(_command(FINGERPRINT))
    facts = [("Praktijk", practice), ("SHA-256-vingerafdruk", _fingerprint(data.certificate_sha256))]
    if data.certificate_subject:
        facts.insert(1, ("Certificaat", data.certificate_subject))
    story.append(key_values(facts))
    story.append(Spacer(1, 2 * mm))
    story.append(para("Dan de handtekening; OpenSSL moet „Verification successful” melden. Meldt het iets anders, "
                      "gebruik de inhoud dan niet en bel de praktijk.", small))
    story.append(_command(VERIFY))
    story += heading("3. Uitpakken en nakijken")
    story.append(_command(UNPACK))
    story.append(para("De SHA-256 van case.json en overdracht.pdf moet gelijk zijn aan wat manifest.json onder "
                      "“files” noemt; overdracht.pdf is bovendien zelf ondertekend:", small))
    story.append(_command(HASHES))
    story.append(_command(PDFSIG))
    story.append(para("Bewaar de inhoud zoals u ander medisch-vertrouwelijk materiaal bewaart, en verwijder "
                      "ondertekend.p7m en overdracht.zip als u klaar bent.", small))
    return build(info, story)
