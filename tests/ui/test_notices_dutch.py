"""Texts with a count are translated with their plural forms."""

from __future__ import annotations

from wijkzorg_desktop.ui.notices import Notices


def test_failed_attempts_are_told_in_dutch(dutch):
    assert Notices().failed_count(1) == ("Sinds u de vorige keer ontgrendelde, is 1 keer geprobeerd met uw "
                                         "gebruikersnaam te ontgrendelen.")
    assert "is 3 keer geprobeerd" in Notices().failed_count(3)
