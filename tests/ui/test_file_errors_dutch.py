"""A file the window cannot read is named in Dutch words, not in the system's own English text."""

from __future__ import annotations

import pytest

from wijkzorg_desktop.domain.errors import StorageFailed
from wijkzorg_desktop.ui.admin.certificate_page import read_pkcs12
from wijkzorg_desktop.ui.documents.verify_dialog import read_pdf
from wijkzorg_desktop.ui.messages import error_text


@pytest.mark.parametrize("read", [read_pdf, read_pkcs12], ids=["verify", "pkcs12"])
def test_a_missing_file_or_a_folder_is_said_in_dutch(qapp, dutch, tmp_path, read):
    with pytest.raises(StorageFailed) as missing:
        read(tmp_path / "weg.pdf")
    assert "bestand niet gevonden" in error_text(missing.value)
    assert "No such file" not in error_text(missing.value)
    with pytest.raises(StorageFailed) as folder:
        read(tmp_path)
    assert "is een map" in error_text(folder.value)
