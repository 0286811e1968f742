"""Text typed in any form comes back after a lock and after the process was killed, in the same case,
tab and dialog; another user who unlocks in between does not see it.

Every form of ``draft_forms.FORM_KINDS`` is opened as a user opens it, in the real window on the demo
practice. The crash test runs the window in a process of its own (``draft_crash_driver.py``), waits until
the draft was written while typing, kills the process with SIGKILL and opens the vault again.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from draft_forms import CASE, FORM_KINDS, Ctx, FormKind, text_of, type_into
from shell_helpers import unlock, wait_workspace

from wijkzorg_desktop.ui.sections import SECTIONS

DRIVER = Path(__file__).with_name("draft_crash_driver.py")


def wait_locked(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.client.unlocked and window.stack.currentWidget() is window.unlock_screen
                    and not window.worker.busy, timeout=10_000)


def back_again(qtbot, window, kind: FormKind, typed: str) -> None:
    """The form of ``kind`` is open again with ``typed`` in it; a case form in the same case and tab."""
    ctx = Ctx(window)
    qtbot.waitUntil(lambda: kind.field_widget(ctx) is not None and kind.field_widget(ctx).isVisible()
                    and text_of(kind.field_widget(ctx)) == typed and not window.worker.busy, timeout=15_000)
    assert window.workspace.current_page().page_id == kind.page_id
    if kind.page_id == "cases" and kind.name != "nieuwe-casus":
        view = window.workspace.page("cases").view
        assert view.file.case.label.startswith(CASE)
        if kind.tab:
            assert view.tabs.currentWidget().objectName() == kind.tab


@pytest.mark.parametrize("kind", FORM_KINDS, ids=lambda k: k.name)
def test_typed_text_comes_back_after_a_lock_for_the_same_user_only(qtbot, make_window, demo_store, passphrase,
                                                                   kind):
    window = make_window(demo_store, SECTIONS)
    unlock(qtbot, window, "poh", passphrase)
    wait_workspace(qtbot, window)
    typed = text_of(type_into(Ctx(window), kind))
    assert typed
    window.lock()
    wait_locked(qtbot, window)

    unlock(qtbot, window, "huisarts", passphrase)
    wait_workspace(qtbot, window)
    qtbot.waitUntil(lambda: not window.worker.busy)
    other = kind.field_widget(Ctx(window))
    assert other is None or not other.isVisible() or text_of(other) != typed
    assert typed not in json.dumps(window.collect_drafts(), ensure_ascii=False)
    window.lock()
    wait_locked(qtbot, window)

    unlock(qtbot, window, "poh", passphrase)
    wait_workspace(qtbot, window)
    back_again(qtbot, window, kind, typed)


@pytest.mark.parametrize("kind", FORM_KINDS, ids=lambda k: k.name)
def test_typed_text_survives_a_killed_process(qtbot, make_window, demo_store, passphrase, passphrase_file, kind):
    driver = subprocess.Popen([sys.executable, str(DRIVER), str(demo_store), "poh", str(passphrase_file), kind.name],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        typed_line = driver.stdout.readline()
        saved_line = driver.stdout.readline()
        assert typed_line.startswith("TYPED ") and saved_line.strip() == "SAVED", driver.stderr.read()
    finally:
        os.kill(driver.pid, signal.SIGKILL)
        driver.wait(timeout=30)
        driver.stdout.close()
        driver.stderr.close()
    assert driver.returncode == -signal.SIGKILL
    typed = json.loads(typed_line.removeprefix("TYPED "))
    assert typed

    window = make_window(demo_store, SECTIONS)
    unlock(qtbot, window, "poh", passphrase)
    wait_workspace(qtbot, window)
    back_again(qtbot, window, kind, typed)
