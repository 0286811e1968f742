"""A practice that signs with a card (UZI-pas; here a SoftHSM2 token): the beheerder sets it up with its PIN,
and every handover asks the PIN again, says a wrong one in Dutch and lets the user try again."""

from __future__ import annotations

import sys
from pathlib import Path

from documents_helpers import open_view, shot, start_handover, wait_preview
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt

# The token fixture lives with the documents tests; this folder is not on the path when tests/ui runs alone.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from test_pdf_pkcs11 import LABEL, MODULE, PIN, pytestmark, token  # noqa: F401 - the fixture and skip mark

from wijkzorg_desktop.documents import verify
from wijkzorg_desktop.ui.admin.certificate_dialogs import TokenDialog
from wijkzorg_desktop.ui.admin.certificate_page import CertificatePage
from wijkzorg_desktop.ui.documents.pin_dialog import PinDialog

WRONG = "000000"


def use_card(qtbot, store, passphrase) -> None:
    rig = open_rig(store, "beheer", passphrase)
    try:
        page = CertificatePage(rig.client)
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        qtbot.waitUntil(lambda: page.loaded and not rig.worker.busy)
        qtbot.mouseClick(page.token_button, Qt.MouseButton.LeftButton)
        dialog = open_dialog(TokenDialog)
        dialog.module.path.setText(MODULE)
        dialog.label.setText(LABEL)
        for pin in (WRONG, PIN):
            dialog.pin.setText(pin)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.busy and not rig.worker.busy, timeout=20_000)
            if pin == WRONG:
                assert dialog.isVisible() and dialog.notice.text() == "De pincode klopt niet."
                assert dialog.pin.text() == ""
                shot(dialog, "token_dialog_wrong_pin")
        assert not dialog.isVisible()
        assert page.source.text().startswith(f"Op een pas (UZI-pas): token {LABEL}")
        shot(page, "certificate_token")
    finally:
        close_rig(rig)


def test_each_signature_asks_the_pin_and_a_wrong_one_may_be_typed_again(qtbot, token, demo_store, passphrase,  # noqa: F811
                                                                         dutch):
    use_card(qtbot, demo_store, passphrase)
    rig = open_rig(demo_store, "poh", passphrase)
    try:
        view = open_view(qtbot, rig)
        dialog = start_handover(qtbot, rig, view, "CJG Houten (JGZ)")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: open_dialog(PinDialog) is not None and not rig.worker.busy, timeout=10_000)
        pin = open_dialog(PinDialog)
        assert pin.windowTitle() == "Pincode van de pas" and dialog.busy
        pin.pin.setText(WRONG)
        qtbot.mouseClick(pin.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not pin.busy and not rig.worker.busy, timeout=20_000)
        assert pin.isVisible() and pin.notice.text() == "De pincode klopt niet." and pin.pin.text() == ""
        shot(pin, "pin_dialog_wrong")
        pin.pin.setText(PIN)
        qtbot.keyClick(pin.pin, Qt.Key.Key_Return)
        preview = wait_preview(qtbot, rig)
        assert not pin.isVisible() and not dialog.isVisible()
        result = verify.verify(preview.document.pdf, [token])
        assert result.ok and result.signer == "Dr. Emre Şahin"
    finally:
        close_rig(rig)
