"""Documents under test on the real demo vault (its practice has a self-signed certificate): a case opened in
the Casussen page, the dialogs that follow, and the preview that shows the signed PDF.

Set WIJKZORG_SHOTS to a folder to keep a PNG of each dialog a test passes through (``shot``).
"""

from __future__ import annotations

import os
from pathlib import Path

from cases_helpers import open_case, open_page
from pages_helpers import Rig, open_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from wijkzorg_desktop.services import cases, practice_cert
from wijkzorg_desktop.ui.cases.case_view import CaseView
from wijkzorg_desktop.ui.documents.handover_dialog import HandoverDialog
from wijkzorg_desktop.ui.documents.preview_dialog import PreviewDialog

CONSENTED = "Gezin G"               # the demo's case whose parents consented to a handover to the CJG
CJG = "CJG Houten (JGZ)"
TEAM = "Sociaal Wijkteam Houten-Zuid"


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("WIJKZORG_SHOTS")
    if folder:
        QApplication.processEvents()  # lay out what changed since the last event loop turn
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def case_id(rig: Rig, prefix: str) -> int:
    return rig.run(lambda s: next(int(c.case.id) for c in cases.list_cases(s) if c.case.label.startswith(prefix)))


def practice_der(rig: Rig) -> bytes:
    return rig.run(lambda s: practice_cert.current(s).certificate.der)


def open_view(qtbot, rig: Rig, prefix: str = CONSENTED) -> CaseView:
    page = open_page(qtbot, rig)
    return open_case(qtbot, rig, page, case_id(rig, prefix))


def start_handover(qtbot, rig: Rig, view: CaseView, recipient: str) -> HandoverDialog:
    view.documents.handover_action.trigger()
    dialog = open_dialog(HandoverDialog)
    assert dialog is not None
    dialog.recipient.search.setText(recipient)
    assert dialog.recipient.choose_text(recipient)
    return dialog


def submit(qtbot, rig: Rig, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not rig.worker.busy and not dialog.busy, timeout=30_000)


def wait_preview(qtbot, rig: Rig) -> PreviewDialog:
    qtbot.waitUntil(lambda: (dialog := open_dialog(PreviewDialog)) is not None and dialog.view.page_count() > 0
                    and not rig.worker.busy, timeout=30_000)
    return open_dialog(PreviewDialog)


def make_handover(qtbot, rig: Rig, view: CaseView, recipient: str = CJG, *, encrypt: bool = False) -> PreviewDialog:
    dialog = start_handover(qtbot, rig, view, recipient)
    dialog.encrypt.setChecked(encrypt)
    submit(qtbot, rig, dialog)
    return wait_preview(qtbot, rig)
