"""Use cases over the vault; the UI and the CLI both call these. No Qt here."""
