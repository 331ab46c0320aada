"""Normalizing the dates news articles write ("Oct. 14, 2026", "on Saturday", "last month") to ISO forms."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.lexicon import MONTHS, WEEKDAYS

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}(?:\s+of)?,?\s+(?P<year>\d{{4}})\b")
_MONTH_ONLY = re.compile(rf"^(?:(?:in|on|since|by|until|from|during|last|this|next|early|late|mid-?)\s+)*{_MONTH}$")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?\b")
_YEAR = re.compile(r"^(?:(?:in|since|by|until|from|during|the|early|late|mid-?|year|of)\s+)*(?P<year>(?:19|20)\d{2})$")
_WEEKDAY = re.compile(r"\b(?P<rel>last|this|next|on|)\s*"
                      r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_RELATIVE = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
}
_RELATIVE_MONTHS = [(re.compile(r"\blast month\b|\ba month ago\b"), -1),
                    (re.compile(r"\b(?:this|earlier this|later this) month\b"), 0), (re.compile(r"\bnext month\b"), 1)]
_RELATIVE_YEARS = [(re.compile(r"\blast year\b|\ba year ago\b"), -1),
                   (re.compile(r"\b(?:this|earlier this|later this) (?:year|spring|summer|autumn|fall|winter)\b"), 0),
                   (re.compile(r"\bnext year\b"), 1)]
# Spans that are durations or vague times, not dates ("six months", "90-year", "annually").
_NOT_A_DATE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:day|week|month|year)s?\b"
                         r"|\bannual(?:ly)?\b|\bdecades?\b|\bcentur(?:y|ies)\b|\bages?\b|\blong\b")


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _safe(year: int, month: int, day: int | None = None) -> str | None:
    try:
        day_of = date(year, month, day or 1).isoformat()
    except ValueError:
        return None  # (and "the 2026-27 financial year" is no month 27)
    return day_of if day else day_of[:7]


def _nearest_year(month: int, day: int, reference: date) -> int:
    """The year that puts month/day closest to the reference (news reports the recent past and near future)."""
    best = reference.year
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            if abs((date(year, month, day) - reference).days) < abs((date(best, month, day) - reference).days):
                best = year
        except ValueError:
            continue
    return best


def _shift_month(reference: date, months: int) -> str:
    index = reference.year * 12 + reference.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def normalize(text: str, reference: date | None, past: bool = False, ahead: bool = False) -> str | None:
    """ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY" for a date expression, read against the reference date; None if unknown.

    A relative expression ("on Saturday", "last month", "yesterday") needs a reference; without one it is None.
    `past`: the clause is in the past tense, so a month or day without a year is not after the reference
    ("staged a strike in March", written in November).
    `ahead`: the clause tells of what is to come, so a bare weekday is the next one ("takes effect on Monday").
    """
    found = _normalize(text, reference, ahead)
    if past and found and reference is not None and len(found) >= 7 and found[:7] > reference.isoformat()[:7] and \
            not re.search(r"\d{4}|\bnext\b|\btomorrow\b", text.lower()):
        return f"{int(found[:4]) - 1:04d}{found[4:]}"
    return found


def _normalize(text: str, reference: date | None, ahead: bool = False) -> str | None:
    t = " ".join(text.lower().replace("\u2019", "'").split()).strip(" ,.;:")
    if not t or _NOT_A_DATE.search(t):
        return None
    if m := _ISO.search(t):
        return _safe(int(m["year"]), int(m["month"]), int(m["day"]) if m["day"] else None)
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        if m := pattern.search(t):
            month, day = _month(m["month"]), int(m["day"])
            if m["year"]:
                return _safe(int(m["year"]), month, day)
            return _safe(_nearest_year(month, day, reference), month, day) if reference else None
    if m := _MONTH_YEAR.search(t):
        return _safe(int(m["year"]), _month(m["month"]))
    if m := _MONTH_ONLY.match(t):
        if reference is None:
            return None
        month = _month(m["month"])
        if t.startswith("last "):
            return f"{reference.year - (month >= reference.month):04d}-{month:02d}"
        if t.startswith("next "):
            return f"{reference.year + (month <= reference.month):04d}-{month:02d}"
        return f"{_nearest_year(month, 1, reference.replace(day=1)):04d}-{month:02d}"
    if m := _YEAR.match(t):
        return m["year"]
    t = re.sub(r"^(?:on|in|during|since|from|by|as of)\s+", "", t)
    if reference is None:
        return None
    for phrase, days in _RELATIVE.items():
        if re.search(rf"\b{phrase}\b", t):
            return (reference + timedelta(days=days)).isoformat()
    for pattern, months in _RELATIVE_MONTHS:
        if pattern.search(t):
            return _shift_month(reference, months)
    for pattern, years in _RELATIVE_YEARS:
        if pattern.search(t):
            return f"{reference.year + years:04d}"
    if m := _WEEKDAY.search(t):
        return _weekday(WEEKDAYS.index(m["wd"]), "ahead" if ahead and m["rel"] in ("", "on", "this") else m["rel"],
                        reference)
    return None


def _weekday(weekday: int, relation: str, reference: date) -> str:
    """The named weekday nearest the reference in the direction news implies: past unless "next" says otherwise."""
    back = (reference.weekday() - weekday) % 7
    if relation in ("next", "ahead"):  # (what is to come "on Wednesday", told on a Wednesday, is that day)
        ahead = (weekday - reference.weekday()) % 7 or (7 if relation == "next" else 0)
        return (reference + timedelta(days=ahead)).isoformat()
    if relation == "last" and back == 0:
        back = 7
    return (reference - timedelta(days=back)).isoformat()
