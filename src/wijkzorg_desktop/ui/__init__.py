"""All Qt code: main window, pages, dialogs, table models, the background worker."""
