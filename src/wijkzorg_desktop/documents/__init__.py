"""PDF rendering and signing, case bundles, vCard/CSV/iCalendar exchange. No Qt widgets."""
