"""Dates as news writes them, normalized against the publication or dateline date; never invented."""

from __future__ import annotations

from datetime import date

import pytest

from kg.dates import normalize

WEDNESDAY = date(2026, 10, 14)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Oct. 14, 2026", "2026-10-14"),
        ("October 14, 2026", "2026-10-14"),
        ("14 October 2026", "2026-10-14"),
        ("2026-10-14", "2026-10-14"),
        ("March 3", "2027-03-03"),
        ("Sept. 30", "2026-09-30"),
        ("on Saturday", "2026-10-10"),
        ("Wednesday", "2026-10-14"),
        ("last Wednesday", "2026-10-07"),
        ("next Friday", "2026-10-16"),
        ("yesterday", "2026-10-13"),
        ("today", "2026-10-14"),
        ("tomorrow", "2026-10-15"),
        ("last month", "2026-09"),
        ("an interview last month", "2026-09"),
        ("this month", "2026-10"),
        ("next month", "2026-11"),
        ("May 2024", "2024-05"),
        ("in September", "2026-09"),
        ("last year", "2025"),
        ("next year", "2027"),
        ("2025", "2025"),
        ("in 1998", "1998"),
    ],
)
def test_date_forms_normalize_against_the_reference(text, expected):
    assert normalize(text, WEDNESDAY) == expected


@pytest.mark.parametrize("text", ["on Saturday", "yesterday", "last month", "March 3", "next year", "September"])
def test_relative_dates_without_a_reference_stay_unknown(text):
    assert normalize(text, None) is None


@pytest.mark.parametrize("text, expected", [("Oct. 14, 2026", "2026-10-14"), ("May 2024", "2024-05"),
                                            ("2025", "2025")])
def test_absolute_dates_need_no_reference(text, expected):
    assert normalize(text, None) == expected


@pytest.mark.parametrize(
    "text",
    ["six months", "90-year", "annually", "the third quarter", "9:42 p.m.", "decades", "", "the same time",
     "February 30, 2026", "four-day week", "the 2026-27 financial year", "2025-13"],
)
def test_durations_vague_times_and_impossible_dates_are_none(text):
    assert normalize(text, WEDNESDAY) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("in March", "2026-03"),
        ("March 3", "2026-03-03"),
        ("in December", "2025-12"),
        ("Sept. 30", "2026-09-30"),
        ("next March", "2027-03"),
        ("March 2027", "2027-03"),
    ],
)
def test_a_month_in_a_past_tense_clause_is_not_after_the_reference(text, expected):
    assert normalize(text, WEDNESDAY, past=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("on Monday", "2026-10-19"),  # what is to come: the next Monday
    ("Friday", "2026-10-16"),
    ("last Monday", "2026-10-12"),  # (a "last" says otherwise)
    ("on Wednesday", "2026-10-14"),  # (told on a Wednesday: that day)
])
def test_a_weekday_in_a_clause_of_what_is_to_come_is_the_next_one(text, expected):
    assert normalize(text, WEDNESDAY, ahead=True) == expected
