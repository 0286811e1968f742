"""What can go wrong with a certificate, a token or a PDF, as a fixed set of problems.

The documents layer says *which* problem occurred; the UI and the CLI say it to the person in their own
(translated) words, so no sentence lives here.
"""

from __future__ import annotations

from enum import StrEnum


class PdfProblem(StrEnum):
    NOT_PKCS12 = "not_pkcs12"                  # the file is no PKCS#12 (.p12/.pfx) at all
    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - the PKCS#12 password does not open it
    NO_KEY = "no_key"                          # the PKCS#12 file holds no private key or no certificate
    MODULE_NOT_LOADED = "module_not_loaded"    # the PKCS#11 module (driver) cannot be loaded
    TOKEN_NOT_FOUND = "token_not_found"  # noqa: S105 - no token (card) with that label is present
    WRONG_PIN = "wrong_pin"
    PIN_LOCKED = "pin_locked"
    NO_SIGNING_KEY = "no_signing_key"          # the token has no certificate with a key to sign with
    NOT_A_PDF = "not_a_pdf"
    PASSWORD_NEEDED = "password_needed"  # noqa: S105 - the PDF is encrypted: give its password
    WRONG_PDF_PASSWORD = "wrong_pdf_password"  # noqa: S105 - a problem's name
    ALREADY_SIGNED = "already_signed"
    SIGNING_FAILED = "signing_failed"


class DocumentError(Exception):
    """``problem`` for the program, ``detail`` (English, technical) for the log and for support."""

    def __init__(self, problem: PdfProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
