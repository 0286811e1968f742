#!/usr/bin/env python3
"""The real window on a large practice: the longest event-loop stall on each page, and peak memory.

    .venv/bin/python benchmarks/bench_window_stalls.py [--scale 10] [--settle-ms 400] [--timeout 900]

Opens ``MainWindow`` with the program's sections (offscreen, ``QT_QPA_PLATFORM=offscreen``) on a copy of
the cached practice of ``scale_practice.py`` (built first when missing), and walks it as a user would:
unlock as the GP ``huisarts`` (whose Vandaag is full), visit every page of the navigation, open the large
case (600 entries, 15 parties, 30 promises) and show each of its tabs, type a name into the sociale
kaart's search field one key at a time, then lock and unlock as the administrator ``beheer`` and visit
the pages only an administrator has (Gebruikers, Praktijk, Certificaat, Audit).

A 5 ms ``QTimer`` runs on the GUI thread throughout; a stall is how much later than 5 ms its next tick
came. Each step waits until the worker has been idle for ``--settle-ms``, so a page's whole load counts
for that page. Prints the longest stall and the number of stalls over 50 ms per step, and the peak
memory (ru_maxrss) after every page was visited. Target (issue 10, at 10x): no stall over 50 ms on any
page, peak memory ≤ 300 MB. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scale_practice  # noqa: E402  (the program's src/ on the path, test KDF)

# The program imports some modules on first use. An installed program has their bytecode; a checkout run
# with PYTHONDONTWRITEBYTECODE would compile each one then, on the GUI thread, and the stall measured would
# be Python's compiler. So the program is compiled first, into the benchmark cache, as an install would be.
sys.pycache_prefix = str(scale_practice.CACHE / "pycache")
sys.dont_write_bytecode = False
compileall.compile_dir(str(scale_practice.SOURCE / "wijkzorg_desktop"), quiet=1)

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

STALL_MS = 50
TICK_MS = 5
WHY_MS = 35  # --why: a tick this late has the GUI thread's stack taken


class Why(threading.Thread):
    """--why: when the GUI thread's timer is more than WHY_MS late, the Python stacks of the GUI thread
    and of a busy worker, sampled every 2 ms while the stall lasts; the innermost frames seen most often
    tell what held it. A GUI stack ending in the benchmark's own ``wait_until`` means the GUI thread was
    in Qt (painting, layout) or waiting for the interpreter lock the worker held."""

    def __init__(self, meter: StallMeter) -> None:
        super().__init__(daemon=True)
        self.meter = meter
        self.gui = threading.get_ident()
        self.samples: dict[tuple[str, str], int] = {}
        self.running = True

    def run(self) -> None:
        while self.running:
            time.sleep(0.002)
            late = time.perf_counter() - self.meter.last - TICK_MS / 1000
            if late * 1000 < WHY_MS:
                continue
            for ident, frame in sys._current_frames().items():
                if ident == self.ident:
                    continue
                stack = traceback.extract_stack(frame)[-6:]
                if ident != self.gui and stack and stack[-1].name in ("wait", "_worker", "get"):
                    continue  # a thread waiting for work
                text = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))
                key = (self.meter.step.strip(), ("GUI " if ident == self.gui else "worker ") + text)
                self.samples[key] = self.samples.get(key, 0) + 1

    def report(self) -> None:
        print(f"\nStacks while a GUI tick was over {WHY_MS} ms late (2 ms samples):")
        for (step, text), count in sorted(self.samples.items(), key=lambda kv: -kv[1])[:40]:
            print(f"  {count:4d}  [{step}] {text}")


class StallMeter(QObject):
    """Gaps between the ticks of a 5 ms timer on the GUI thread, the longest per step."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.step = "start"
        self.steps: list[str] = []
        self.longest: dict[str, float] = {}
        self.over: dict[str, int] = {}
        self.last = time.perf_counter()

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def begin(self, step: str) -> None:
        self._tick()  # a stall before this point belongs to the step before
        self.step = step
        self.steps.append(step)
        self.longest.setdefault(step, 0.0)
        self.over.setdefault(step, 0)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = max(0.0, now - self.last - TICK_MS / 1000)
        self.last = now
        if gap > self.longest.get(self.step, 0.0):
            self.longest[self.step] = gap
        if gap * 1000 > STALL_MS:
            self.over[self.step] = self.over.get(self.step, 0) + 1


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until ``condition`` holds (checked every 10 ms) or ``timeout`` seconds pass."""
    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    return condition()


def pause(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Walk:
    def __init__(self, window: object, worker: object, meter: StallMeter, settle_ms: int, timeout: float) -> None:
        self.window = window
        self.worker = worker
        self.meter = meter
        self.settle_ms = settle_ms
        self.timeout = timeout
        self.seconds: dict[str, float] = {}
        self.peaks: dict[str, float] = {}  # ru_maxrss after each step

    def settle(self) -> None:
        """Until the worker has been idle for ``settle_ms`` on end."""
        quiet_since = [time.perf_counter()]

        def idle() -> bool:
            now = time.perf_counter()
            if self.worker.busy:
                quiet_since[0] = now
                return False
            return now - quiet_since[0] >= self.settle_ms / 1000

        if not wait_until(idle, self.timeout):
            print(f"  (gave up waiting after {self.timeout:.0f} s in {self.meter.step})", flush=True)

    def step(self, name: str, action: Callable[[], object]) -> None:
        self.meter.begin(name)
        start = time.perf_counter()
        action()
        self.settle()
        self.seconds[name] = time.perf_counter() - start - self.settle_ms / 1000
        self.peaks[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  {name:<44} longest stall {self.meter.longest[name] * 1000:7.0f} ms  "
              f"({self.seconds[name]:.1f} s until idle, peak {self.peaks[name]:.0f} MB)", flush=True)

    def unlock(self, login: str, passphrase: str) -> None:
        window = self.window
        screen = window.unlock_screen
        wait_until(lambda: window.stack.currentWidget() is screen and screen.user.findText(login) >= 0, 60)

        def go() -> None:
            screen.unlock_as(login, passphrase)
            wait_until(lambda: window.stack.currentWidget() is window.workspace and window.client.unlocked,
                       self.timeout)

        self.step(f"unlock as {login} + first load of every page", go)

    def pages(self, skip: set[str]) -> list[str]:
        visited = []
        for page in list(self.window.workspace.pages):
            if page.page_id in skip:
                continue
            self.step(f"page {page.page_id} ({page.title()})",
                      lambda page=page: self.window.workspace.show_page_id(page.page_id))
            visited.append(page.page_id)
            if page.page_id == "contacts":
                self.type_search(page)
            if page.page_id == "cases":
                self.large_case(page)
        return visited

    def type_search(self, page: object, text: str = "") -> None:
        field = page.filters.search
        text = text or self.name

        def typing() -> None:
            field.setFocus()
            for char in text:
                QTest.keyClick(field, char)
                pause(120)  # a quick typist
            QTest.keyClick(field, Qt.Key.Key_Backspace)
            pause(120)

        self.step(f"  contacts: type '{text}'", typing)
        field.clear()
        self.settle()

    def large_case(self, page: object) -> None:
        case_id = self.large_case_id
        self.step("  cases: open the large case", lambda: page.show_target(("case", case_id)))
        view = page.view
        for index in range(view.tabs.count()):
            self.step(f"  large case tab {view.tabs.tabText(index)}", lambda i=index: view.tabs.setCurrentIndex(i))
        back = getattr(page, "back_to_list", None)
        if back is not None:
            self.step("  cases: back to the list", back)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=10)
    parser.add_argument("--settle-ms", type=int, default=400, help="idle time that ends a step")
    parser.add_argument("--timeout", type=float, default=900, help="longest wait for one step, seconds")
    parser.add_argument("--why", action="store_true", help="sample the GUI thread's stack during stalls")
    args = parser.parse_args()
    practice = scale_practice.ensure(args.scale)
    meta = practice.meta
    with tempfile.TemporaryDirectory(prefix="window-", dir=scale_practice.CACHE) as folder:
        home = Path(folder) / "home"
        home.mkdir()
        os.environ["WIJKZORG_HOME"] = str(home)
        store = scale_practice.copy_of(practice, Path(folder) / "vault")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        from wijkzorg_desktop.ui.application import install_translators
        from wijkzorg_desktop.ui.main_window import MainWindow, close_dialogs
        from wijkzorg_desktop.ui.sections import SECTIONS
        from wijkzorg_desktop.ui.ui_settings import UiSettings
        from wijkzorg_desktop.ui.worker import Worker

        install_translators(app, "nl")
        worker = Worker()
        window = MainWindow(worker, store, UiSettings(), SECTIONS)
        window.show()
        meter = StallMeter()
        meter.start()
        why = Why(meter) if args.why else None
        if why is not None:
            why.start()
        walk = Walk(window, worker, meter, args.settle_ms, args.timeout)
        walk.large_case_id = int(meta["large_case_id"])
        names = [str(n) for n in meta.get("names", [])]
        walk.name = names[0].split(" ")[-1] if names else "Jansen"
        print(f"{scale_practice.label(args.scale)}: {meta['counts'].get('people')} people, "
              f"{meta['counts'].get('cases')} cases, {meta['counts'].get('timeline entries')} entries", flush=True)
        start_rss = rss_mb()
        try:
            window.show_unlock(str(meta["bench_login"]))
            walk.unlock(str(meta["bench_login"]), practice.passphrase)
            visited = set(walk.pages(set()))
            walk.step("lock", window.lock)
            walk.unlock(str(meta["admin_login"]), practice.passphrase)
            walk.pages(visited)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            now_rss = rss_mb()
        finally:
            meter.timer.stop()
            close_dialogs()
            window.close()
            QApplication.processEvents()
            worker.shutdown()
    print()
    print(f"| step | longest stall (ms) | stalls > {STALL_MS} ms | until idle (s) | peak memory so far (MB) |")
    print("|---|---:|---:|---:|---:|")
    for step in meter.steps:
        print(f"| {step.strip()} | {meter.longest[step] * 1000:.0f} | {meter.over.get(step, 0)} | "
              f"{walk.seconds.get(step, 0):.1f} | {walk.peaks.get(step, 0):.0f} |")
    if why is not None:
        why.report()
    worst = max(meter.steps, key=lambda s: meter.longest[s])
    print(f"\nlongest stall: {meter.longest[worst] * 1000:.0f} ms in '{worst.strip()}' (target ≤ {STALL_MS} ms)")
    print(f"memory: peak {peak:.0f} MB (ru_maxrss) after every page; {now_rss:.0f} MB resident then, "
          f"{start_rss:.0f} MB before unlocking (target ≤ 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
