"""What went wrong with a certificate, token or PDF, in words for a person."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ..documents.pdf_errors import DocumentError, PdfProblem
from ..domain.errors import WijkzorgError
from ..domain.text import QT_TRANSLATE_NOOP

MESSAGES = {
    PdfProblem.NOT_PKCS12: QT_TRANSLATE_NOOP("documents",
                                             "This file is not a PKCS#12 certificate file (.p12 or .pfx)."),
    PdfProblem.WRONG_PASSWORD: QT_TRANSLATE_NOOP("documents", "The password does not open this certificate file."),
    PdfProblem.NO_KEY: QT_TRANSLATE_NOOP(
        "documents", "This certificate file holds no private key, so it cannot sign. Ask the supplier for the "
                     "file with the key."),
    PdfProblem.MODULE_NOT_LOADED: QT_TRANSLATE_NOOP(
        "documents", "The card reader software (PKCS#11 module) could not be loaded. Check the path."),
    PdfProblem.TOKEN_NOT_FOUND: QT_TRANSLATE_NOOP(
        "documents", "The card (token) was not found. Is the UZI-pas in the reader, and is the label right?"),
    PdfProblem.WRONG_PIN: QT_TRANSLATE_NOOP("documents", "The PIN is not correct."),
    PdfProblem.PIN_LOCKED: QT_TRANSLATE_NOOP(
        "documents", "The card is locked after too many wrong PINs. Unblock it with its PUK."),
    PdfProblem.NO_SIGNING_KEY: QT_TRANSLATE_NOOP("documents", "The card has no certificate to sign with."),
    PdfProblem.NOT_A_PDF: QT_TRANSLATE_NOOP("documents", "This file is not a PDF document, or it is damaged."),
    PdfProblem.PASSWORD_NEEDED: QT_TRANSLATE_NOOP("documents", "This PDF is protected: give its password."),
    PdfProblem.WRONG_PDF_PASSWORD: QT_TRANSLATE_NOOP("documents", "The password does not open this PDF."),
    PdfProblem.ALREADY_SIGNED: QT_TRANSLATE_NOOP("documents", "This PDF is already signed."),
    PdfProblem.SIGNING_FAILED: QT_TRANSLATE_NOOP("documents", "Signing the document failed."),
}


class DocumentFailed(WijkzorgError):
    context = "documents"

    def __init__(self, problem: PdfProblem, detail: str = "") -> None:
        self.message = MESSAGES[problem]
        self.problem = problem
        self.detail = detail
        super().__init__()


@contextlib.contextmanager
def in_words() -> Iterator[None]:
    """Turn the documents layer's problems into errors with a sentence."""
    try:
        yield
    except DocumentError as exc:
        raise DocumentFailed(exc.problem, exc.detail) from exc
