"""The consent tab's two lists: every word on consent (newest first, never overwritten), and every basis
recorded for sharing without consent."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.cases import HouseholdMember
from ...domain.consent import BASIS_LABELS, PURPOSE_LABELS, STATUS_LABELS, BasisRecord, Consent, ConsentForm
from ..dates import show_date
from ..table_model import TableModel
from .track_parts import Lookup, day_order, word


class RecordsModel(TableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup: Lookup | None = None

    def recipient(self, record: Consent | BasisRecord) -> str:
        return self.lookup.recipient(record.recipient) if self.lookup else "…"

    def user(self, login: str) -> str:
        return self.lookup.user(login) if self.lookup else login


class ConsentsModel(RecordsModel):
    COL_ON, COL_MEMBER, COL_RECIPIENT, COL_PURPOSE, COL_STATUS, COL_FORM, COL_BY, COL_NOTE = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members: dict[int, HouseholdMember] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Household member"), self.tr("Recipient"), self.tr("Purpose"),
                self.tr("Consent"), self.tr("How"), self.tr("Recorded by"), self.tr("Note"))

    def display(self, consent: Consent, column: int) -> str:
        if column == self.COL_ON:
            return show_date(consent.on)
        if column == self.COL_MEMBER:
            member = self.members.get(consent.member_id)
            return member.initials if member else f"#{consent.member_id}"
        if column == self.COL_RECIPIENT:
            return self.recipient(consent)
        if column == self.COL_PURPOSE:
            return word("consent", PURPOSE_LABELS[consent.purpose])
        if column == self.COL_STATUS:
            return word("consent", STATUS_LABELS[consent.status])
        if column == self.COL_FORM:
            if consent.form is None:
                return ""
            return self.tr("orally") if consent.form == ConsentForm.ORAL else self.tr("in writing")
        if column == self.COL_BY:
            return self.user(consent.recorded_by)
        return consent.note

    def sort_value(self, consent: Consent, column: int) -> object:
        if column == self.COL_ON:
            return day_order(consent.on, consent.id)
        return super().sort_value(consent, column)


class BasesModel(RecordsModel):
    COL_ON, COL_BASIS, COL_RECIPIENT, COL_PURPOSE, COL_WEIGHING, COL_BY = range(6)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Basis"), self.tr("Recipient"), self.tr("Purpose"), self.tr("Weighing"),
                self.tr("Recorded by"))

    def display(self, record: BasisRecord, column: int) -> str:
        if column == self.COL_ON:
            return show_date(record.on)
        if column == self.COL_BASIS:
            return word("consent", BASIS_LABELS[record.basis])
        if column == self.COL_RECIPIENT:
            return self.recipient(record)
        if column == self.COL_PURPOSE:
            return word("consent", PURPOSE_LABELS[record.purpose])
        if column == self.COL_WEIGHING:
            weighing = record.weighing
            if weighing is None:
                return ""
            if weighing.complete:
                return self.tr("outweighs secrecy")
            return self.tr("does not outweigh secrecy") if weighing.outweighs is False else self.tr("incomplete")
        return self.user(record.recorded_by)

    def sort_value(self, record: BasisRecord, column: int) -> object:
        if column == self.COL_ON:
            return day_order(record.on, record.id)
        return super().sort_value(record, column)

    def tooltip(self, record: BasisRecord, column: int) -> str | None:
        weighing = record.weighing
        if weighing is None:
            return None
        return "\n".join((
            self.tr("Serious interest: {text}").format(text=weighing.serious_interest),
            self.tr("Another way: {text}").format(text=weighing.other_way),
            self.tr("Why no consent: {text}").format(text=weighing.why_no_consent),
            self.tr("Who gets what: {text}").format(text=weighing.what_to_whom),
        ))
