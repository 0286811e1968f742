"""The window in a process of its own, for the crash test: opens one form, types its text, waits until
the draft keeper wrote it while typing, says so on standard output and goes on running until killed.

    python draft_crash_driver.py STORE LOGIN PASSPHRASE_FILE FORM_KIND
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(store: str, login: str, passphrase_file: str, kind_name: str) -> None:
    from draft_forms import FORM_KINDS, Ctx, text_of, type_into
    from PySide6.QtWidgets import QApplication

    from wijkzorg_desktop.services import vaults
    from wijkzorg_desktop.ui.main_window import MainWindow
    from wijkzorg_desktop.ui.sections import SECTIONS
    from wijkzorg_desktop.ui.ui_settings import UiSettings
    from wijkzorg_desktop.ui.worker import Worker

    app = QApplication([])
    worker = Worker()
    window = MainWindow(worker, Path(store), UiSettings(), SECTIONS)
    window.show()
    passphrase = Path(passphrase_file).read_text(encoding="utf-8").strip()
    unlocked = worker.run_sync(lambda: vaults.unlock(Path(store), login, passphrase))
    window.open_session(unlocked.session)
    ctx = Ctx(window)
    ctx.idle(lambda: window.keeper._running)
    kind = next(k for k in FORM_KINDS if k.name == kind_name)
    saved: list[bool] = []
    window.keeper.saved.connect(lambda: saved.append(True))
    window.keeper.interval_ms = 200  # the test does not wait the real 20 seconds after the last key
    field = type_into(ctx, kind)
    saved.clear()  # the write that counts is the one after the last key
    print("TYPED " + json.dumps(text_of(field)), flush=True)
    ctx.wait(lambda: saved and not window.keeper.pending and not worker.busy, timeout=30)
    print("SAVED", flush=True)
    app.exec()  # a user still at work, until the power goes


if __name__ == "__main__":
    main(*sys.argv[1:5])
