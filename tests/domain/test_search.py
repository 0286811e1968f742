"""Search folding: case, accents and punctuation do not stand between a user and a contact."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from wijkzorg_desktop.domain.availability import Availability
from wijkzorg_desktop.domain.contact_index import ContactFilter, ContactRow, RowKind, select
from wijkzorg_desktop.domain.contacts import OrganisationKind
from wijkzorg_desktop.domain.search import fold, matches, terms

UNKNOWN = Availability.unknown()
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # a Monday, 11:00 in the Netherlands


def test_accents_case_and_apostrophes_fold_away():
    assert fold("Saënen") == "saenen"
    assert fold("ÇELİK") == fold("celik")
    assert fold("IB'er") == "iber"
    assert fold("Straße") == "strasse"
    assert fold("Houten-Zuid") == "houten zuid"


def test_queries_match_substrings_of_every_word():
    haystack = fold("Anna Saënen Veilig Thuis Utrecht jeugdverpleegkundige Houten")
    assert matches(terms("saenen"), haystack)
    assert matches(terms("jeugdverpl"), haystack)
    assert matches(terms("VEILIG saën"), haystack)
    assert not matches(terms("saenen culemborg"), haystack)
    assert matches(terms(""), haystack)


@given(st.text(max_size=40))
def test_folding_is_stable(text):
    assert fold(fold(text)) == fold(text)


@given(st.text(min_size=1, max_size=30), st.text(max_size=10), st.text(max_size=10))
def test_any_piece_of_a_name_finds_it(name, before, after):
    haystack = fold(before + name + after)
    assert matches(terms(name), haystack) or not fold(name)


def row(name: str, *, kind=RowKind.PERSON, org_kind=OrganisationKind.NEIGHBOURHOOD_TEAM, function="",
        municipalities=("Houten",), availability=UNKNOWN, needs_check=False, departed=False):
    return ContactRow.make(kind=kind, id=len(name), name=name, organisation="Sociaal Wijkteam",
                           organisation_id=1, organisation_kind=org_kind, function=function,
                           municipalities=municipalities, channel="030 123 4567", availability=availability,
                           needs_check=needs_check, departed=departed)


def names(rows, **flt):
    return [r.name for r in select(rows, ContactFilter(**flt), NOW)]


def test_filters_combine():
    rows = [
        row("Anna Saënen", function="gezinsregisseur", availability=Availability.always()),
        row("Bram de Vries", function="jeugdverpleegkundige", org_kind=OrganisationKind.YOUTH_HEALTH_CENTRE,
            municipalities=("Culemborg",), needs_check=True),
        row("Chantal Çelik", function="wijkagent", org_kind=OrganisationKind.POLICE, departed=True),
        row("Veilig Thuis Utrecht", kind=RowKind.ORGANISATION, org_kind=OrganisationKind.SAFE_AT_HOME,
            availability=Availability.always()),
    ]
    assert names(rows) == ["Anna Saënen", "Bram de Vries", "Veilig Thuis Utrecht"]
    assert names(rows, show_departed=True, query="celik") == ["Chantal Çelik"]
    assert names(rows, reachable_now=True) == ["Anna Saënen", "Veilig Thuis Utrecht"]
    assert names(rows, municipality="culemborg") == ["Bram de Vries"]
    assert names(rows, function="Gezinsregisseur") == ["Anna Saënen"]
    assert names(rows, kind=OrganisationKind.SAFE_AT_HOME) == ["Veilig Thuis Utrecht"]
    assert names(rows, to_check=True) == ["Bram de Vries"]
    assert names(rows, show_organisations=False, reachable_now=True) == ["Anna Saënen"]
