"""The words the sociale kaart shows for stored values: kinds of organisation, channels, reachability."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox

from ...domain.availability import REACHABILITY_LABELS, Reachability
from ...domain.contacts import CHANNEL_LABELS, KIND_LABELS, ChannelKind, OrganisationKind


def _contacts(source: str) -> str:
    return QCoreApplication.translate("contacts", source)


def kind_label(kind: OrganisationKind | str) -> str:
    try:
        return _contacts(KIND_LABELS[OrganisationKind(kind)])
    except ValueError:
        return str(kind)


def channel_label(kind: ChannelKind | str) -> str:
    try:
        return _contacts(CHANNEL_LABELS[ChannelKind(kind)])
    except ValueError:
        return str(kind)


def reachability_label(reachability: Reachability) -> str:
    return _contacts(REACHABILITY_LABELS[reachability])


def sorted_kinds() -> list[OrganisationKind]:
    """Kinds in the order of their shown names, "Other" last."""
    kinds = sorted((k for k in OrganisationKind if k != OrganisationKind.OTHER),
                   key=lambda k: kind_label(k).casefold())
    return [*kinds, OrganisationKind.OTHER]


def fill_kinds(combo: QComboBox) -> None:
    for kind in sorted_kinds():
        combo.addItem(kind_label(kind), str(kind))


def long_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
