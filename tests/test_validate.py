"""SHACL validation finds what a broken build would leave: each shape's violations are reported, none on a good one."""

from __future__ import annotations

import pyoxigraph as ox
from conftest import EXAMPLES

from kg.build import build
from kg.namespaces import KG
from kg.store import Store
from kg.validate import validate


def broken_store(tmp_path):
    """One real article, then three faults written into its graph as a buggy builder would."""
    path = tmp_path / "store"
    build([str(EXAMPLES / "2026-03-03-oslo-port-strike.txt")], path)
    with Store.open(path, write=True) as st:
        statement = next(iter(st.inner.query(f"SELECT ?s ?g WHERE {{ GRAPH ?g {{ ?s a <{KG}ReportedSpeech> }} }}")))
        mention = next(iter(st.inner.query(f"SELECT ?m ?g WHERE {{ GRAPH ?g {{ ?m a <{KG}Mention> }} }}")))
        s, g = statement["s"], statement["g"]
        for q in list(st.inner.quads_for_pattern(s, ox.NamedNode(f"{KG}text"), None, g)) + \
                list(st.inner.quads_for_pattern(s, ox.NamedNode(f"{KG}startOffset"), None, g)):
            st.inner.remove(q)
        st.inner.add(ox.Quad(s, ox.NamedNode(f"{KG}startOffset"), ox.Literal("99999", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#integer")), g))
        m, mg = mention["m"], mention["g"]
        for q in list(st.inner.quads_for_pattern(m, ox.NamedNode(f"{KG}endOffset"), None, mg)):
            st.inner.remove(q)
        st.inner.add(ox.Quad(m, ox.NamedNode(f"{KG}endOffset"), ox.Literal("1000000", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#integer")), mg))
    return path, s.value, m.value


def test_validate_reports_a_missing_text_a_reversed_span_and_a_mention_past_the_text(tmp_path):
    path, statement, mention = broken_store(tmp_path)
    with Store.open(path) as st:
        found = validate(st)
    messages = {(v.focus, v.message.split(",")[0].split(";")[0]) for v in found}
    assert (statement, "Statement has no text") in messages
    assert any(v.focus == statement and "reversed" in v.message and "99999" in v.message for v in found)
    assert any(v.focus == mention and "1000000" in v.message and "past the end" in v.message for v in found)
    assert all(v.severity == "Violation" for v in found)


def test_a_good_build_has_no_violations(examples_store):
    with Store.open(examples_store) as st:
        assert validate(st) == []
