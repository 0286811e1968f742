"""Starting and ending the window: translations, the first-use wizard or the unlock screen, the demo
practice, and an orderly shutdown of the worker."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__, config
from ..domain.text import Message
from ..i18n import DEFAULT_LANGUAGE, LANGUAGES
from ..services.demo import create_demo
from .main_window import MainWindow
from .page import Page
from .setup_wizard import SetupWizard
from .termination import close_on_signals
from .ui_settings import UiSettings
from .worker import Worker

log = logging.getLogger(__name__)


def choose_language(argument: str | None, settings: UiSettings) -> str:
    for value in (argument, settings.chosen_language()):
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


# Qt's own texts that its Dutch translation lacks (Qt 6 gave them a mnemonic): translated in ours, which is
# installed after Qt's and so asked first.
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def qt_translation_dirs() -> list[str]:
    """Where Qt's own translations (the file dialog's buttons, the standard buttons) may be: the folder Qt
    was built with, then the one PySide6 ships, which is what a bundled program has."""
    shipped = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    found = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(shipped)]
    return list(dict.fromkeys(found))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own texts and ours; a missing file leaves English rather than stopping the program."""
    QLocale.setDefault(QLocale("nl_NL" if language == "nl" else "en_GB"))
    if language == "en":
        return []
    installed = []
    ours = str(config.translations_dir())
    for name, folders in ((f"qtbase_{language}", qt_translation_dirs()), (f"wijkzorg_{language}", [ours])):
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("no translation %s in %s", name, ", ".join(folders))
    return installed


def remove_translators(app: QCoreApplication, translators: Sequence[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def vault_exists(store: Path) -> bool:
    """Either file means a vault: a lone one is a damaged vault, never a reason to make a new one."""
    return (store / config.DB_FILENAME).exists() or (store / config.KEYFILE_FILENAME).exists()


class Launcher:
    """Opens the right first screen for ``store``; keeps the wizard and window alive meanwhile."""

    def __init__(self, worker: Worker, store: Path, settings: UiSettings,
                 sections: Sequence[type[Page] | Message], demo: bool = False,
                 on_quit: Callable[[], None] | None = None, login: str = "", passphrase: str | None = None) -> None:
        self.worker = worker
        self.store = store
        self.login = login
        self.passphrase = passphrase  # given on the command line (from a file): unlock without asking
        self._closing = False
        self.window = MainWindow(worker, store, settings, sections, demo=demo)
        self.wizard: SetupWizard | None = None
        self.on_quit = on_quit
        self.window.closed.connect(self._quit)
        self.demo = demo

    def start(self) -> None:
        if self.demo:
            self.window.show_busy(QCoreApplication.translate("Launcher", "Making the demo practice…"))
            self.window.show()
            store = self.store
            self.worker.submit(lambda: create_demo(store, config.DEMO_PASSPHRASE),
                               lambda _key: self._unlock(self.login or "beheer"), self.window.show_failure)
        elif vault_exists(self.store):
            self._unlock(self.login)
            self.window.show()
        else:
            self.wizard = SetupWizard(self.worker, self.store)
            self.wizard.accepted.connect(self._set_up)
            self.wizard.rejected.connect(self._quit)
            self.wizard.show()

    def _unlock(self, login: str) -> None:
        self.window.show_unlock(login)
        passphrase, self.passphrase = self.passphrase, None
        if login and passphrase is not None:
            self.window.unlock_screen.unlock_as(login, passphrase)

    def close(self) -> None:
        """As the user closing the window (drafts kept, logout audited) or cancelling the first-use wizard. Work in
        hand (an unlock, a save) is finished and delivered first, so its session is closed and nothing is lost."""
        if self.worker.busy:
            if not self._closing:
                self._closing = True
                self.worker.busy_changed.connect(self._close_when_idle)
            return
        if self.wizard is not None:
            self.wizard.reject()
        else:
            self.window.close()

    def _close_when_idle(self, busy: bool) -> None:
        if not busy:
            self._closing = False
            self.worker.busy_changed.disconnect(self._close_when_idle)
            QTimer.singleShot(0, self.close)  # after the result that ended the work was delivered

    def _set_up(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None or wizard.created is None:
            return
        self.window.show()
        self.window.open_session(wizard.created.session)
        wizard.deleteLater()

    def _quit(self) -> None:
        if self.on_quit is not None:
            self.on_quit()


def run(store: Path | None = None, demo: bool = False, language: str | None = None, login: str = "",
        passphrase: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(config.APP_NAME)
    app.setOrganizationName(config.ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(config.resources_dir() / "icons" / "wijkzorg.svg")))
    app.setQuitOnLastWindowClosed(False)  # the window between wizard and workspace is not "last"
    settings = UiSettings()
    translators = install_translators(app, choose_language(language, settings))
    # Before anything is made that a close must clean up; a signal's close runs from the event loop, so by then
    # the launcher is there.
    launchers: list[Launcher] = []
    restore_signals = close_on_signals(lambda: launchers[0].close())
    demo_dir = Path(tempfile.mkdtemp(prefix="wijkzorg-demo-")) if demo else None
    worker = Worker()
    from .sections import SECTIONS

    launcher = Launcher(worker, demo_dir or store or config.default_store_dir(), settings, SECTIONS,
                        demo=demo, on_quit=app.quit, login=login, passphrase=passphrase)
    launchers.append(launcher)
    try:
        launcher.start()
        code = app.exec()
        if launcher.window.client.unlocked:
            launcher.window.close()
    finally:
        restore_signals()
        worker.shutdown()
        remove_translators(app, translators)
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
    return code
