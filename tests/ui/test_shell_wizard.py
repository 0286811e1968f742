"""First start: the wizard makes the vault, shows the recovery key once and opens the workspace."""

from __future__ import annotations

import re

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard
from shell_helpers import TEST_SECTIONS

from wijkzorg_desktop.services.vaults import logins
from wijkzorg_desktop.ui import recovery_sheet
from wijkzorg_desktop.ui.application import Launcher
from wijkzorg_desktop.ui.setup_wizard import SetupWizard

KEY_LINE = r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"


def fill_until_created(qtbot, wizard: SetupWizard, passphrase: str) -> None:
    wizard.show()
    wizard.page(0).name.setText("Huisartsenpraktijk De Linde")
    wizard.next()
    user = wizard.currentPage()
    user.login.setText("mjansen")
    user.full_name.setText("Marieke Jansen")
    assert user.findChild(type(user.error), "setupRole").text() == "Administrator"
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    wizard.passphrase_page.fields.first.setText(passphrase)
    wizard.passphrase_page.fields.second.setText(passphrase)
    assert commit.isEnabled()
    commit.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)


def test_wizard_makes_the_vault_and_finishes_only_when_the_key_is_stored(qtbot, worker, store, passphrase):
    wizard = SetupWizard(worker, store)
    qtbot.addWidget(wizard)
    fill_until_created(qtbot, wizard, passphrase)
    shown = wizard.recovery_page.key.text()
    assert re.fullmatch(f"{KEY_LINE}\n{KEY_LINE}", shown)
    assert shown.replace("\n", "-").replace("-", "") == wizard.created.recovery_key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.reject()  # Escape or the close button: the key has not been confirmed, so nothing happens
    assert wizard.isVisible()
    wizard.recovery_page.stored.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert not wizard.isVisible()
    session = wizard.created.session
    assert session.user.login == "mjansen"
    worker.run_sync(session.close)
    assert logins(store) == ["mjansen"]


def test_wizard_refuses_a_bad_login_on_its_page(qtbot, worker, store):
    wizard = SetupWizard(worker, store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.page(0).name.setText("Praktijk")
    wizard.next()
    user = wizard.currentPage()
    user.login.setText("M Jansen!")
    user.full_name.setText("Marieke Jansen")
    wizard.next()
    assert wizard.currentPage() is user
    assert "login name" in user.error.text()
    assert not store.exists()


def test_first_start_opens_the_workspace_as_the_new_user(qtbot, worker, settings, store, passphrase):
    launcher = Launcher(worker, store, settings, TEST_SECTIONS)
    launcher.start()
    wizard = launcher.wizard
    qtbot.addWidget(wizard)
    fill_until_created(qtbot, wizard, passphrase)
    wizard.recovery_page.stored.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    window = launcher.window
    try:
        qtbot.waitUntil(lambda: window.isVisible() and window.client.unlocked)
        assert window.status.user.text() == "Marieke Jansen"
        assert window.status.role.text() == "Administrator"
        qtbot.waitUntil(lambda: "Huisartsenpraktijk De Linde" in window.windowTitle())
    finally:
        window.close()


def test_the_printed_sheet_is_a_pdf(qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    recovery_sheet.paint(printer, "Huisartsenpraktijk De Linde", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789")
    data = (tmp_path / "sheet.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_cancelling_the_wizard_before_the_vault_exists_quits(qtbot, worker, settings, store):
    quits = []
    launcher = Launcher(worker, store, settings, TEST_SECTIONS, on_quit=lambda: quits.append(True))
    launcher.start()
    qtbot.addWidget(launcher.wizard)
    launcher.wizard.reject()
    assert quits == [True]
    assert not store.exists()
    launcher.window.deleteLater()


def test_a_failure_while_making_the_vault_is_told_and_the_user_can_go_back(qtbot, worker, store, passphrase):
    store.mkdir()
    (store / "vault.keys").write_bytes(b"someone else's key file")
    wizard = SetupWizard(worker, store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.page(0).name.setText("Praktijk")
    wizard.next()
    wizard.currentPage().login.setText("mjansen")
    wizard.currentPage().full_name.setText("Marieke Jansen")
    wizard.next()
    wizard.passphrase_page.fields.first.setText(passphrase)
    wizard.passphrase_page.fields.second.setText(passphrase)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.passphrase_page.error.text() != "")
    assert "already a vault" in wizard.passphrase_page.error.text()
    assert wizard.currentPage() is wizard.passphrase_page
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert (store / "vault.keys").read_bytes() == b"someone else's key file"
