"""The window keeps typed text while the user types: written after the quiet period that follows the
last key, not before; a form that is closed leaves the vault's drafts soon after."""

from __future__ import annotations

from draft_forms import FORM_KINDS, Ctx, dialog_named, type_into
from shell_helpers import unlock, wait_workspace

from wijkzorg_desktop.config import DRAFT_SAVE_SECONDS
from wijkzorg_desktop.services import drafts
from wijkzorg_desktop.ui.sections import SECTIONS


def stored(window) -> dict:
    return window.client.worker.run_sync(lambda: drafts.peek(window.client._session))


def test_drafts_are_written_after_the_typing_stops_and_gone_when_the_form_closes(qtbot, make_window, demo_store,
                                                                                 passphrase):
    assert DRAFT_SAVE_SECONDS == 20
    window = make_window(demo_store, SECTIONS)
    unlock(qtbot, window, "poh", passphrase)
    wait_workspace(qtbot, window)
    keeper = window.keeper
    qtbot.waitUntil(lambda: keeper._running and not window.worker.busy)
    assert keeper.interval_ms == DRAFT_SAVE_SECONDS * 1000
    kind = next(k for k in FORM_KINDS if k.name == "tijdlijn")
    type_into(Ctx(window), kind)
    assert keeper.pending  # the quiet period runs from the last key
    assert "timelineTab" not in str(stored(window))  # nothing written while it runs

    with qtbot.waitSignal(keeper.saved, timeout=10_000):
        keeper._timer.start(1)  # the quiet period ends (the real one is 20 seconds)
    kept = stored(window)["cases/case"]
    assert kept["tab"] == "timelineTab"
    assert kept["tabs"]["timelineTab"]["entry"]["fields"]["entryText"] == kind.text()

    with qtbot.waitSignal(keeper.saved, timeout=10_000):
        dialog_named("entryDialog").reject()  # a closed form is written soon, without waiting 20 seconds
    assert stored(window) == {}
