"""Texts with a count are translated with their plural forms; the failed-unlock notice tells Dutch local time."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wijkzorg_desktop.store.keyfile import FailedAttempt
from wijkzorg_desktop.ui.notices import Notices, failed_attempts, local_time


def test_failed_attempts_are_told_in_dutch(dutch):
    assert Notices().failed_count(1) == ("Sinds u de vorige keer ontgrendelde, is 1 keer geprobeerd met uw "
                                         "gebruikersnaam te ontgrendelen.")
    assert "is 3 keer geprobeerd" in Notices().failed_count(3)


def test_the_last_failed_attempt_is_told_in_dutch_local_time_across_summer_time(qtbot, dutch):
    # 29 March 2026 01:00 UTC is the start of summer time: 01:59 UTC is 03:59 in Amsterdam, 00:59 UTC is 01:59
    assert local_time("2026-03-29T00:59:00Z") == "29 maart 2026 om 01:59"
    assert local_time("2026-03-29T01:00:00.000000Z") == "29 maart 2026 om 03:00"
    # 25 October 2026 01:00 UTC is its end: the night has two 02:30s
    assert local_time("2026-10-25T00:30:00+00:00") == "25 oktober 2026 om 02:30"
    assert local_time("2026-10-25T01:30:00+00:00") == "25 oktober 2026 om 02:30"
    assert local_time("2026-12-31T23:15:00Z") == "1 januari 2027 om 00:15"
    assert local_time("not a time") == "not a time"

    parent = QWidget()
    qtbot.addWidget(parent)
    box = failed_attempts(parent, [FailedAttempt("2026-10-25T01:30:00Z", "balie-2")])
    assert "De laatste poging was op 25 oktober 2026 om 02:30 op werkplek balie-2." in box.text()
    box.close()
