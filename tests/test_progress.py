"""What a build shows: a live status only on a terminal, and one summary line at the end."""

from __future__ import annotations

from kg.articles import Skipped
from kg.build import BuildReport
from kg.progress import build_progress, summary


def test_progress_is_off_when_stderr_is_not_a_terminal(capsys):
    with build_progress() as update:
        assert update is None
    assert capsys.readouterr().err == ""


def test_summary_is_one_line_with_articles_skips_triples_and_seconds():
    report = BuildReport(read=12, built=9, unchanged=2, replaced=1, triples_before=100, triples_after=1_334,
                         seconds=3.0, jobs=2, skipped=[Skipped("a.txt", "empty"), Skipped("b.txt", "duplicate")])
    line = summary(report)
    assert "\n" not in line
    for part in ("12 read", "9 built", "2 unchanged", "1 replaced", "2 skipped", "+1,234 triples", "1,334 in the store",
                 "3.0s", "3.0 articles/s", "2 spaCy processes"):
        assert part in line, part


def test_summary_of_an_unchanged_rebuild_has_no_rate():
    line = summary(BuildReport(read=5, unchanged=5, triples_before=50, triples_after=50, seconds=0.2))
    assert "5 unchanged" in line and "+0 triples" in line and "articles/s" not in line and "skipped" not in line
