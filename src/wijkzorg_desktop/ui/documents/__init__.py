"""Documents: signed PDFs made from a case, the follow-ups or the sociale kaart, previewed before they are
saved or printed, and any signed PDF checked."""
