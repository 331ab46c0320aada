"""The RDF mapping: one spelling per job title, dates as the right XSD types."""

from __future__ import annotations

import pytest

from kg.mapping import date_literal, title_case


@pytest.mark.parametrize("title, expected", [
    ("chief executive", "Chief Executive"),
    ("Chief Executive", "Chief Executive"),
    ("minister for energy", "Minister for Energy"),
    ("CEO", "CEO"),
])
def test_job_titles_get_one_spelling(title, expected):
    assert title_case(title) == expected


@pytest.mark.parametrize("value, datatype", [
    ("2026-03-03", "date"), ("2026-03", "gYearMonth"), ("2026", "gYear"),
])
def test_dates_take_the_xsd_type_of_their_precision(value, datatype):
    assert date_literal(value).datatype.value.endswith("#" + datatype)


def test_a_date_that_is_no_date_is_refused():
    with pytest.raises(ValueError, match="not an ISO date"):
        date_literal("March 3")
