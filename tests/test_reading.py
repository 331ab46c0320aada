"""Reading articles: formats, identities, datelines, and a clear message for every bad input."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from kg.articles import MAX_BYTES, Skipped, parse_dateline, read_articles, read_stdin, source_name
from kg.records import Article


def read(paths) -> tuple[list[Article], list[Skipped]]:
    items = list(read_articles([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


@pytest.mark.parametrize("body, place, when", [
    ("OSLO, March 3, 2026 — The port closed.", "Oslo", date(2026, 3, 3)),
    ("GENEVA, Oct. 14, 2026 - Talks resumed.", "Geneva", date(2026, 10, 14)),
    ("NEW YORK (Wire) — Shares fell.", "New York", None),
    ("LISBON — The council met.", "Lisbon", None),
    ("The council met on Tuesday.", None, None),
    ("GDAŃSK, Poland, Feb. 17, 2026 — Trams stopped.", "Gdańsk, Poland", date(2026, 2, 17)),
    ("MÁLAGA — Flights resumed.", "Málaga", None),
    ("HELSINKI, 8 September 2026 – The studio closed.", "Helsinki", date(2026, 9, 8)),
    ("Officials in Lyon — and beyond — agreed.", None, None),
    ("COX'S BAZAR, Bangladesh, May 4, 2026 — Shelters opened.", "Cox's Bazar, Bangladesh", date(2026, 5, 4)),
    ("VITORIA-GASTEIZ — The line opened.", "Vitoria-Gasteiz", None),
    ("PORT OF SPAIN, Trinidad and Tobago, Aug. 11, 2026 — Oil leaked.", "Port of Spain, Trinidad and Tobago",
     date(2026, 8, 11)),
    ("DAR ES SALAAM — The ferry sailed.", "Dar es Salaam", None),
    ("LA PAZ — Buses stopped.", "La Paz", None),
    ("MCALLEN — Officials in McAllen said so.", "McAllen", None),
])
def test_dateline_gives_place_and_date(body, place, when):
    assert parse_dateline(body, None) == (place, when)


def test_text_file_title_is_first_non_empty_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\n\n  Port strike ends  \n\nOSLO, March 3, 2026 — Dock workers returned.\n", encoding="utf-8")
    [article], skipped = read([f])
    assert not skipped
    assert article.title == "Port strike ends"
    assert article.body.startswith("OSLO, March 3, 2026")
    assert article.published == date(2026, 3, 3)
    assert article.text[article.body_offset:] == article.body
    assert article.identifier == f"sha256:{article.content_hash}"


def test_markdown_heading_marks_are_not_part_of_the_title(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("# Council votes\n\nThe council voted on Monday.", encoding="utf-8")
    [article], _ = read([f])
    assert article.title == "Council votes"


def test_jsonl_reads_fields_and_names_the_line_of_each_problem(tmp_path):
    f = tmp_path / "wire.jsonl"
    good = {"id": "w-1", "title": "A", "text": "Body one.", "url": "https://news.example.org/a",
            "published": "2026-05-01T10:00:00Z", "source": "Wire"}
    f.write_text("\n".join([
        json.dumps(good),
        "{not json",
        json.dumps({"title": "No text"}),
        json.dumps({"id": "w-4", "title": "B", "text": "Body two.", "published": "yesterday"}),
        json.dumps(["a list"]),
    ]) + "\n", encoding="utf-8")
    articles, skipped = read([f])
    assert [a.identifier for a in articles] == ["https://news.example.org/a"]
    assert articles[0].published == date(2026, 5, 1)
    reasons = {s.source.rsplit(":", 1)[1]: s.reason for s in skipped}
    assert set(reasons) == {"2", "3", "4", "5"}
    assert "not JSON" in reasons["2"]
    assert "'text'" in reasons["3"]
    assert "ISO date" in reasons["4"]
    assert "JSON object" in reasons["5"]


def test_json_file_with_a_list_of_articles(tmp_path):
    f = tmp_path / "batch.json"
    f.write_text(json.dumps([{"id": "1", "title": "A", "text": "x y"}, {"id": "2", "title": "B", "text": "z"}]))
    articles, skipped = read([f])
    assert [a.identifier for a in articles] == ["1", "2"] and not skipped


def test_identity_is_url_then_id_then_text_hash():
    from kg.articles import make_article

    by_url = make_article("T", "Body.", "s", url="https://x.example/1", ident="7")
    by_id = make_article("T", "Body.", "s", ident="7")
    by_text = make_article("T", "Body.", "s")
    assert by_url.identifier == "https://x.example/1"
    assert by_id.identifier == "7"
    assert by_text.identifier.startswith("sha256:")
    assert len({by_url.key, by_id.key, by_text.key}) == 3
    assert make_article("T", "Body.", "other").key == by_text.key


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary"),
    (b"Just a title\n\n   \n", "no body"),
])
def test_bad_text_files_are_skipped_with_a_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    articles, [skipped] = read([f])
    assert not articles
    assert skipped.source == source_name(f)
    assert reason in skipped.reason


def test_windows_1252_text_is_decoded_not_dropped(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("Café reopens\n\nThe café in Zürich reopened, its owner said.".encode("cp1252"))
    [article], skipped = read([f])
    assert not skipped
    assert article.title == "Café reopens" and "Zürich" in article.body


def test_oversized_file_is_skipped_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    articles, [skipped] = read([f])
    assert not articles and "limit" in skipped.reason


def test_folders_are_read_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two\n\nSecond body.")
    (tmp_path / "one.md").write_text("One\n\nFirst body.")
    (tmp_path / "notes.csv").write_text("ignored,not an article")
    (tmp_path / "README.md").write_text("About these files\n\nNot an article.")
    articles, [skipped] = read([tmp_path])
    assert [a.title for a in articles] == ["Two", "One"]
    assert skipped.source == source_name(tmp_path / "notes.csv") and "unsupported format" in skipped.reason


def test_missing_path_and_empty_folder_are_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    _, skipped = read([tmp_path / "nope.txt", tmp_path / "empty"])
    assert ["no such file" in s.reason for s in skipped] == [True, False]
    assert "no articles in the folder" in skipped[1].reason


def test_stdin_takes_plain_text_or_json_lines():
    [plain] = list(read_stdin(io.BytesIO(b"Title\n\nBody text.")))
    assert isinstance(plain, Article) and plain.source == "<stdin>"
    lines = b'{"title": "A", "text": "one"}\n{"title": "B", "text": "two"}\n'
    assert [a.title for a in read_stdin(io.BytesIO(lines))] == ["A", "B"]


def test_html_page_gives_main_text_title_date_and_canonical_url(tmp_path):
    page = """<!doctype html><html><head><title>Port strike ends | Example News</title>
    <meta property="og:title" content="Port strike ends">
    <meta property="article:published_time" content="2026-03-03T08:00:00Z">
    <link rel="canonical" href="https://news.example.com/2026/port-strike"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Port strike ends</h1>
    <p>OSLO, March 3, 2026 — Dock workers in Oslo returned to work on Tuesday after a nine-day strike,
    the union said, ending the longest stoppage at the port in a decade.</p>
    <p>"We got what we came for," said union leader Kari Nilsen, who led the talks with the port authority.</p>
    </article><footer><a href="/privacy">Privacy</a> Subscribe to our newsletter</footer></body></html>"""
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    [article], skipped = read([f])
    assert not skipped
    assert article.title.startswith("Port strike ends")
    assert article.url == "https://news.example.com/2026/port-strike"
    assert article.published == date(2026, 3, 3)
    assert "Dock workers in Oslo" in article.body and "Privacy" not in article.body


def test_broken_utf16_is_skipped_with_its_name(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xff\xfegarbage")
    articles, [skipped] = read([f])
    assert not articles and skipped.source == source_name(f) and "UTF-16" in skipped.reason


def test_text_over_the_character_limit_is_skipped(tmp_path):
    from kg.articles import MAX_CHARS

    f = tmp_path / "long.txt"
    f.write_text("Title\n\n" + "word " * (MAX_CHARS // 5 + 10), encoding="utf-8")
    articles, [skipped] = read([f])
    assert not articles and "split it" in skipped.reason


def test_html_page_without_an_article_is_skipped(tmp_path):
    f = tmp_path / "nav.html"
    f.write_text("<html><body><nav><a href='/'>Home</a> | <a href='/a'>About</a></nav></body></html>")
    articles, [skipped] = read([f])
    assert not articles and "no article text" in skipped.reason


@pytest.mark.parametrize("given, stored", [
    ("https://example.org/a b", "https://example.org/a%20b"),  # as a browser sends it
    ("  https://example.org/x?q=a b#part two ", "https://example.org/x?q=a%20b#part%20two"),
    ('https://example.org/say "hi" {now}|^', "https://example.org/say%20%22hi%22%20%7Bnow%7D%7C%5E"),
    ("https://example.org/50%", "https://example.org/50%25"),
    ("https://example.org/a%20b", "https://example.org/a%20b"),  # already encoded: left as it is
    ("https://example.org/Zürich", "https://example.org/Zürich"),  # an IRI may hold any letter
])
def test_urls_are_made_valid_iris_the_way_browsers_do(given, stored):
    from kg.articles import clean_url

    assert clean_url(given) == stored


@pytest.mark.parametrize("given", ["example.org/story", "ftp://example.org/x", "https://exa mple.org/x",
                                   "https://example.org/a\\b", "http://[::1/x"])
def test_urls_that_are_no_web_address_are_refused(given):
    from kg.articles import clean_url

    with pytest.raises(ValueError):
        clean_url(given)


def test_jsonl_line_with_an_invalid_url_is_skipped_with_its_line(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps(o) for o in [
        {"title": "Good", "text": "Body one.", "url": "https://example.org/good"},
        {"title": "Spaced", "text": "Body two.", "url": "https://example.org/a b"},
        {"title": "Bad", "text": "Body three.", "url": "example.org/c"},
        {"title": "Typed", "text": "Body four.", "url": 42},
        {"title": "Half \ud800", "text": "Body five."},
    ]) + "\n", encoding="utf-8")
    articles, skipped = read([f])
    assert [(a.title, a.url) for a in articles] == [("Good", "https://example.org/good"),
                                                    ("Spaced", "https://example.org/a%20b")]
    assert [s.source for s in skipped] == [f"{source_name(f)}:{n}" for n in (3, 4, 5)]
    assert "'url' 'example.org/c' is not a valid IRI" in skipped[0].reason
    assert "'url' must be a string" in skipped[1].reason
    assert "lone surrogate" in skipped[2].reason


def test_html_canonical_url_that_is_no_iri_is_left_out_not_the_article(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("""<html><head><title>Dock strike ends</title>
    <link rel="canonical" href="https://exa mple.org/dock strike"></head><body><article><h1>Dock strike ends</h1>
    <p>OSLO, March 3, 2026 — Dock workers in Oslo returned to work on Tuesday after a nine-day strike, the union
    said, ending the longest stoppage at the port in a decade, according to its leader Kari Nilsen.</p>
    </article></body></html>""", encoding="utf-8")
    [article], skipped = read([f])
    assert not skipped and article.url is None and article.identifier.startswith("sha256:")


LEGACY_SAMPLES = {
    "iso8859_2 (Czech)": ("Praha schválila rozpočet", "PRAHA - Pražské zastupitelstvo ve čtvrtek schválilo rozpočet na "
                          "příští rok. Primátor řekl, že město investuje především do dopravy a škol.", "iso8859_2"),
    "iso8859_2 (Polish)": ("Gdańsk: strajk w porcie", "GDAŃSK - Pracownicy portu w Gdańsku rozpoczęli w środę strajk. "
                           "Przewodniczący związku Łukasz Wróbel powiedział, że żądania płacowe są uzasadnione.",
                           "iso8859_2"),
    "cp1250 (Polish)": ("Gdańsk: strajk w porcie", "GDAŃSK - Pracownicy portu w Gdańsku rozpoczęli w środę strajk. "
                        "Przewodniczący związku Łukasz Wróbel powiedział, że żądania płacowe są uzasadnione.",
                        "cp1250"),
    "koi8_r": ("Забастовка в порту", "МОСКВА - Рабочие порта начали забастовку в среду. Председатель профсоюза Иван "
               "Петров заявил, что требования о повышении зарплаты обоснованы.", "koi8_r"),
    "cp1251": ("Забастовка в порту", "МОСКВА - Рабочие порта начали забастовку в среду. Председатель профсоюза Иван "
               "Петров заявил, что требования о повышении зарплаты обоснованы.", "cp1251"),
    "cp1252 (curly quotes)": ("Café owners “welcome” the new rules", "ZÜRICH — The owners of the city’s cafés said on "
                              "Monday that the rules were “a fair compromise”, said Renée Müller, who chairs them.",
                              "cp1252"),
    "cp1252 (no quotes)": ("España: huelga en el puerto", "MADRID - Los trabajadores del puerto de La Coruña iniciaron "
                           "una huelga el miércoles, según el sindicato. Señaló que las negociaciones seguirán.",
                           "cp1252"),
    "shift_jis": ("港湾ストライキ", "東京 - 港湾労働者は水曜日にストライキを開始した。"
                  "組合の委員長は、賃上げ要求は正当であり、経営陣との交渉は続くと述べた。", "shift_jis"),
}


@pytest.mark.parametrize("name", list(LEGACY_SAMPLES))
def test_legacy_encodings_are_decoded_to_the_text_that_was_written(tmp_path, name):
    """Windows-1252 decodes nearly any bytes, so decoding without an error proves nothing: Latin-2 or KOI8-R text
    must come back as written, not as 'pøíští' or 'úÁÂÁÓÔÏ×ËÁ'."""
    title, body, encoding = LEGACY_SAMPLES[name]
    f = tmp_path / "legacy.txt"
    f.write_bytes(f"{title}\n\n{body}\n".encode(encoding))
    with pytest.raises(UnicodeDecodeError):
        f.read_bytes().decode("utf-8")
    [article], skipped = read([f])
    assert not skipped
    assert (article.title, article.body) == (title, body)


def test_bytes_in_no_encoding_are_skipped_saying_the_encoding_could_not_be_determined(tmp_path):
    import random

    rng = random.Random(7)
    noise = bytes(rng.randrange(1, 256) for _ in range(3000))
    f = tmp_path / "noise.txt"
    f.write_bytes(b"Title\n\n" + noise)
    articles, [skipped] = read([f])
    assert not articles and "encoding could not be determined" in skipped.reason and "iconv" in skipped.reason


def test_html_page_is_read_in_the_charset_it_declares(tmp_path):
    body = ("Сотрудники порта в Мурманске в среду начали забастовку, заявил председатель профсоюза Иван Петров, "
            "который назвал требования о повышении зарплаты обоснованными и пообещал продолжить переговоры.")
    page = (f'<html><head><meta charset="koi8-r"><title>Забастовка в порту</title></head><body><article>'
            f"<h1>Забастовка в порту</h1><p>{body}</p></article></body></html>")
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("koi8_r"))
    [article], skipped = read([f])
    assert not skipped and article.title == "Забастовка в порту" and "Иван Петров" in article.body
