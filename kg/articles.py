"""Reading articles from files, folders and stdin: text, Markdown, HTML and JSON Lines."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kg.namespaces import short_hash
from kg.records import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
MAX_BYTES = 5_000_000  # a news article is tens of kB; beyond this it is a dump, not an article
MAX_CHARS = 1_000_000  # spaCy's own limit on one text, and far beyond any article
MAX_JSON_BYTES = 2_000_000_000  # a JSONL file streams line by line, each line under MAX_BYTES

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ]
    )
    for m in names
}

# "OSLO, March 3, 2026 —", "GENEVA, Oct. 14, 2026 -", "HELSINKI, 8 September 2026 –", "NEW YORK (Wire) —", "LISBON —"
# Letters of any script ("GDAŃSK", "MÁLAGA"): [^\W\d_]; that the town is in capitals is checked after the match.
DATELINE = re.compile(
    r"^\s*(?P<place>(?P<town>[^\W\d_](?:[^\W\d_]|[.'\- ]){1,40}?)(?:,\s*[^\W\d_](?:[^\W\d_]|[.\- ]){1,30}?)?)"
    r"(?:\s*\((?P<agency>[^)]{1,40})\))?"
    r"(?:,\s*(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8})\.?)"
    r"(?:,?\s*(?P<year>\d{4}))?)?"
    r"(?:\s*\((?P<agency2>[^)]{1,40})\))?"
    r"\s*(?:—|–|--|-)\s+"
)


# Characters that IRIs leave out but that mean one thing in the path, query or fragment of a URL someone wrote or
# pasted: a browser sends "https://example.org/a b" as "https://example.org/a%20b", and so does kg. Tabs and line
# breaks inside a URL are dropped, as browsers drop them. Anything else that is not an IRI is refused, not guessed at.
URL_PARTS = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.-]*:(?://[^/?#]*)?)(?P<rest>.*)", re.S)
URL_UNSAFE = re.compile(r'[ "<>^`{|}]|%(?![0-9A-Fa-f]{2})')


class ReadError(Exception):
    """An input that cannot be read as an article; the message names the file and says what to do."""


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


def clean_url(value: str) -> str:
    """A web address as a valid absolute IRI, spaces and the like percent-encoded; ValueError saying why it is not."""
    from pyoxigraph import NamedNode

    url = re.sub(r"[\t\r\n]", "", value.strip())
    parts = URL_PARTS.fullmatch(url)
    if parts is None or not parts["head"].lower().startswith(("http://", "https://")):
        raise ValueError("not an http(s) URL")
    url = parts["head"] + URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), parts["rest"])
    try:
        NamedNode(url)
    except ValueError as err:
        raise ValueError(str(err)) from None
    return url


def content_hash(title: str, body: str) -> str:
    return hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()


def parse_date(value: str | None) -> date | None:
    """An ISO date or date-time string as a date; None when absent or not a date."""
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def dateline_length(text: str) -> int:
    """How many characters of `text` a dateline at its start takes ("OSLO, March 3, 2026 — "), 0 without one."""
    m = DATELINE.match(text[:120])
    return m.end() if m and m["town"].isupper() else 0


# the little words inside a place's name that stay in lower case: "Port of Spain", "Rio de Janeiro", "Dar es Salaam"
NAME_PARTICLES = frozenset({"of", "the", "and", "upon", "on", "de", "del", "della", "la", "las", "los", "le", "les",
                            "el", "es", "y", "da", "das", "do", "dos", "di", "du", "des", "van", "von", "am", "an"})


def _title_case(words: str, body: str = "") -> str:
    """ "COX'S BAZAR" as "Cox's Bazar", "VITORIA-GASTEIZ" as "Vitoria-Gasteiz", "PORT OF SPAIN" as "Port of Spain";
    as the body spells it, if it does ("NEW DELHI" is "New Delhi", "ST. JOHN'S" is "St. John's")."""
    for written in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", body, re.IGNORECASE):
        if written[0][:1].isupper() and not written[0].isupper():
            return written[0]
    cased = re.sub(r"(?<=\w)(['\u2019])S\b", r"\1s", words.title())
    return re.sub(r"(?<=\s)(\w+)(?=\s)", lambda w: w[1].lower() if w[1].lower() in NAME_PARTICLES else w[1], cased)


def parse_dateline(body: str, published: date | None) -> tuple[str | None, date | None]:
    """Place and date of a dateline at the start of the body, e.g. 'OSLO, March 3, 2026 —'."""
    m = DATELINE.match(body[:120])
    if not m or not m["town"].isupper():
        return None, None
    place = m["place"].strip().rstrip(",")
    parts = (part.strip() for part in place.split(","))
    place = ", ".join(_title_case(part, body[m.end():]) if part.isupper() else part for part in parts)
    when = None
    day = _day_of(m)
    year = int(m["year"]) if m["year"] else (published.year if published else None)
    if day and year:
        try:
            when = date(year, *day)
        except ValueError:
            when = None
    return place or None, when


def dateline_day(body: str) -> tuple[int, int] | None:
    """The month and day of a dateline at the start of the body, with or without a year ('LIMA, Feb 12 -')."""
    m = DATELINE.match(body[:120])
    return _day_of(m) if m and m["town"].isupper() else None


def dateline_agency(body: str) -> tuple[int, int] | None:
    """Where in the body the news agency of a dateline is named ("LIMA, Feb 12 (Andes Wire) -"), if one is."""
    m = DATELINE.match(body[:120])
    if not m or not m["town"].isupper():
        return None
    group = "agency2" if m["agency2"] else "agency" if m["agency"] else None
    return (m.start(group), m.end(group)) if group else None


def _day_of(m: re.Match[str]) -> tuple[int, int] | None:
    month, day = (m["month"], m["day"]) if m["month"] else (m["month2"], m["day2"])
    if not month or month.lower().rstrip(".") not in MONTHS:
        return None
    return MONTHS[month.lower().rstrip(".")], int(day)


def make_article(
    title: str,
    body: str,
    source: str,
    url: str | None = None,
    ident: str | None = None,
    published: date | None = None,
) -> Article:
    """An Article with its stable identity: the URL, else the given id, else a hash of its text."""
    title = " ".join(title.split())
    body = body.strip()
    if not body and not title:
        raise ReadError(f"{source}: the article is empty; give it a title line and a body")
    if not body:
        raise ReadError(f"{source}: the article has a title but no body text")
    if len(title) + len(body) > MAX_CHARS:
        raise ReadError(f"{source}: {len(title) + len(body):,} characters is over the {MAX_CHARS:,} limit for one "
                        "article; split it into its articles")
    digest = content_hash(title, body)
    identifier = url or ident or f"sha256:{digest}"
    place, dateline_date = parse_dateline(body, published)
    return Article(
        key=short_hash(identifier),
        identifier=identifier,
        title=title,
        body=body,
        source=source,
        url=url,
        published=published or dateline_date,
        dateline_place=place,
        content_hash=digest,
        source_id=ident,
    )


# Legacy encodings of news archives, most likely first: a text that two of them decode equally well is read in
# the earlier one. Windows-1252 leads (Western text, curly quotes); Latin-2 comes before Windows-1250, which reads
# the same bytes the same except where Windows-1250 puts its letters in 0x80-0x9F, control codes in Latin-2.
LEGACY_ENCODINGS = ("cp1252", "iso8859_2", "cp1250", "koi8_r", "cp1251", "cp1253", "cp1254", "cp1257", "cp932",
                    "euc_jp", "gb18030", "big5", "euc_kr", "cp1255", "cp1256")
NAMES = {"cp1252": "Windows-1252", "iso8859_2": "ISO-8859-2 (Latin-2)", "cp1250": "Windows-1250", "koi8_r": "KOI8-R",
         "cp1251": "Windows-1251", "cp1253": "Windows-1253", "cp1254": "Windows-1254", "cp1257": "Windows-1257",
         "cp932": "Shift-JIS", "euc_jp": "EUC-JP", "gb18030": "GB18030", "big5": "Big5", "euc_kr": "EUC-KR",
         "cp1255": "Windows-1255", "cp1256": "Windows-1256"}
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "windows-1252"}
MAX_MESS = 0.2  # charset-normalizer's own limit: a decoding with more mess than this reads as noise
MESS_SAMPLE = 100_000  # characters judged per candidate: enough for any article, bounded for big files


# The letters beyond a-z that each language writes (lower case). A wrong decoding of Latin text still gives
# letters, but from several of these at once: Czech "příští" read as Windows-1252 is "pøíští", Danish ø among
# Czech í and š. Other scripts count as one alphabet each.
ALPHABETS = {
    "French": "àâæçéèêëîïôœùûüÿ", "German": "äöüß", "Spanish": "áéíñóúü", "Portuguese": "àáâãçéêíóôõú",
    "Italian": "àèéìíîòóùú", "Dutch": "áéèëïóöü", "Nordic": "åäæøöéáíóúýðþ", "Finnish": "äöåšž",
    "Polish": "ąćęłńóśźż", "Czech and Slovak": "áäčďéěíĺľňóôŕřšťúůýž", "Hungarian": "áéíóöőúüű",
    "Romanian": "ăâîșşțţ", "South Slavic": "čćđšž", "Turkish": "çğıiöşüâî", "Lithuanian": "ąčęėįšųūž",
    "Latvian": "āčēģīķļņšūž", "Estonian": "äõöüšž", "Catalan": "àçéèíïòóúü·l",
}
SCRIPTS = ("CYRILLIC", "GREEK", "HEBREW", "ARABIC", "THAI")
EAST_ASIAN = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "FULLWIDTH", "HALFWIDTH")


def mixed_alphabets(text: str) -> float:
    """The share of the non-ASCII letters of `text` that lie outside the one alphabet (of a language, or a script)
    that holds most of them: 0 for text in one language, more for the mix that a wrong decoding makes."""
    counts = Counter(c.lower()[:1] for c in text if ord(c) > 127 and c.isalpha())
    total = sum(counts.values())
    if not total:
        return 0.0
    groups: Counter[str] = Counter()
    for letter, n in counts.items():
        name = unicodedata.name(letter, "")
        script = next((s for s in SCRIPTS if name.startswith(s)), "EAST ASIAN" if name.startswith(EAST_ASIAN) else "")
        if script:
            groups[script] += n
    best = max(groups.values(), default=0)
    for alphabet in ALPHABETS.values():
        best = max(best, sum(n for letter, n in counts.items() if letter in alphabet))
    return 1 - best / total


def legacy_decodings(data: bytes) -> list[tuple[float, float, str, str]]:
    """(score, mess, encoding, text) for each legacy encoding that decodes `data`, best first, ties in the order of
    LEGACY_ENCODINGS. The score adds charset-normalizer's mess (letters of two scripts in one word, symbols among
    letters, control codes... 0 for clean text) and the share of letters from a second alphabet (mixed_alphabets)."""
    from charset_normalizer.md import mess_ratio

    found = []
    for rank, encoding in enumerate(LEGACY_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:MESS_SAMPLE]
        mess = mess_ratio(sample, 1.0)
        # Rounded, so that two near-equal readings go by the order above.
        found.append((round(mess + mixed_alphabets(sample), 2), rank, mess, encoding, text))
    return [(score, mess, encoding, text) for score, _, mess, encoding, text in sorted(found)]


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with a BOM, the `declared` encoding (an HTML page's
    charset) when it decodes the bytes, else the legacy encoding under which the bytes read most like text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(f"{source}: starts like UTF-16 text but is not valid UTF-16; convert it to UTF-8") from None
    if b"\x00" in data[:8192]:
        raise ReadError(f"{source}: looks like a binary file, not an article; give .txt, .md, .html or .jsonl")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        first_bad = err
    declared = (declared or "").lower()
    if declared in WINDOWS_1252_LABELS:
        declared = "cp1252"  # what browsers read these labels as (WHATWG Encoding)
    if declared and not declared.startswith(("utf-16", "utf-32", "utf16", "utf32")):  # no BOM: not that
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    # Windows-1252 decodes almost any bytes, so "it decodes" says nothing: Latin-2 or KOI8-R text read that way is
    # mojibake. Each candidate is judged by how much its text reads like text.
    candidates = legacy_decodings(data)
    if not candidates or candidates[0][1] > MAX_MESS:
        closest = f" (closest: {NAMES[candidates[0][2]]}, which reads as noise)" if candidates else ""
        raise ReadError(
            f"{source}: not UTF-8 text (byte {first_bad.start}: {data[first_bad.start:first_bad.start + 1]!r}) and "
            f"its encoding could not be determined{closest}; convert it to UTF-8, e.g. with iconv -f ENCODING "
            "-t UTF-8"
        )
    return candidates[0][3]


def read_text(text: str, source: str) -> Article:
    """Plain text or Markdown: the first non-empty line is the title, the rest the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ReadError(f"{source}: the file is empty; an article needs a title line and a body")
    title = re.sub(r"^#+\s*", "", lines[0]).strip()
    return make_article(title, "\n".join(lines[1:]), source)


def read_html(data: bytes, source: str) -> Article:
    """Main text, title, date and canonical URL of a news page, via trafilatura."""
    import trafilatura

    declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    html = decode(data, source, declared[1].decode("ascii") if declared else None)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise ReadError(f"{source}: no article text found in the HTML page")
    title = getattr(doc, "title", None) or ""
    body: str = getattr(doc, "text", None) or ""
    if not title and len(body.split()) < 30:
        # A page of navigation links: what trafilatura found is not an article.
        raise ReadError(f"{source}: no article text found in the HTML page (no headline, {len(body.split())} words)")
    first = body.split("\n", 1)[0].strip()
    if title and first == title.strip():
        body = body.split("\n", 1)[1] if "\n" in body else ""
    url = getattr(doc, "url", None) or None
    if url:
        # The page's own metadata, not something the user gave: a canonical URL that is no valid web address is
        # left out (the article is then known by its text), rather than losing the article.
        try:
            url = clean_url(url)
        except ValueError:
            url = None
    return make_article(title, body, source, url=url, published=parse_date(getattr(doc, "date", None)))


def read_record(obj: object, source: str) -> Article:
    """One JSON object: title, text, and optional url, published, source, id."""
    if not isinstance(obj, dict):
        raise ReadError(f"{source}: expected a JSON object with 'title' and 'text', got {type(obj).__name__}")
    for name, value in obj.items():
        if isinstance(value, str) and not encodable(value):
            # json.loads accepts "\ud800" alone, but it is half of a UTF-16 pair, no character: no text can hold it
            raise ReadError(f"{source}: {name!r} holds a lone surrogate escape such as \\ud800, which is not a "
                            "character; fix or remove the escape")
    text = obj.get("text") or obj.get("body")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(f"{source}: the object has no 'text'; each article needs a non-empty 'text' field")
    title = obj.get("title") or obj.get("headline") or ""
    if not isinstance(title, str):
        raise ReadError(f"{source}: 'title' must be a string")
    published_raw = obj.get("published") or obj.get("date")
    published = parse_date(published_raw) if isinstance(published_raw, str) else None
    if published_raw and published is None:
        raise ReadError(f"{source}: 'published' {published_raw!r} is not an ISO date such as 2026-03-03")
    url = obj.get("url") or None
    if url is not None:
        if not isinstance(url, str):
            raise ReadError(f"{source}: 'url' must be a string, such as \"https://example.org/news/story\"")
        try:
            url = clean_url(url)
        except ValueError as err:
            raise ReadError(f"{source}: 'url' {url!r} is not a valid IRI ({err}); give the article's absolute "
                            "http(s) URL, such as https://example.org/news/story, or leave 'url' out") from None
    ident = obj.get("id")
    label = f"{source} ({obj['source']})" if isinstance(obj.get("source"), str) else source
    return make_article(title, text, label, url=url, ident=str(ident) if ident not in (None, "") else None,
                        published=published)


def encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_json_lines(lines: Iterable[bytes], source: str) -> Iterator[Article | Skipped]:
    for number, raw in enumerate(lines, 1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        if len(raw) > MAX_BYTES:
            yield Skipped(where, f"line of {len(raw) / 1e6:.0f} MB is over the {MAX_BYTES // 1_000_000} MB limit")
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig") if number == 1 else raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield Skipped(where, "not UTF-8; convert the file to UTF-8")
            continue
        except json.JSONDecodeError as err:
            yield Skipped(where, f"not JSON ({err.msg} at column {err.colno})")
            continue
        try:
            yield read_record(obj, where)
        except ReadError as err:
            yield Skipped(where, str(err).removeprefix(f"{where}: "))


def read_json_file(path: Path, source: str) -> Iterator[Article | Skipped]:
    """A .json file holds one object or a list of objects; .jsonl one object per line."""
    with path.open("rb") as fh:
        head = fh.read(1)
        while head and head.isspace():
            head = fh.read(1)
    if path.suffix == ".json" and head == b"[":
        if path.stat().st_size > MAX_BYTES * 20:
            yield Skipped(source, "JSON array too large to load; write it as JSON Lines (.jsonl), one article a line")
            return
        try:
            items = json.loads(decode(path.read_bytes(), source))
        except (json.JSONDecodeError, ReadError) as err:
            yield Skipped(source, f"not valid JSON ({err})")
            return
        for i, obj in enumerate(items, 1):
            try:
                yield read_record(obj, f"{source}[{i}]")
            except ReadError as err:
                yield Skipped(f"{source}[{i}]", str(err).removeprefix(f"{source}[{i}]: "))
        return
    with path.open("rb") as fh:
        yield from read_json_lines(fh, source)


def source_name(path: str | Path) -> str:
    """How a file is named as an article's source: its path relative to the working folder, with '/' between
    parts, however it was spelled ('a/story.txt' for a/story.txt, ./a/story.txt and $PWD/a/story.txt; '../x.txt'
    outside it). So a changed file replaces its earlier version, and no machine's absolute path enters the graph."""
    absolute = os.path.abspath(path)
    try:
        return Path(os.path.relpath(absolute)).as_posix()
    except ValueError:  # on another drive than the working folder (Windows): no relative path exists
        return Path(absolute).as_posix()


def source_refs(ref: str) -> list[str]:
    """The spellings under which what a user typed (a file, file:line, a URL, an id...) may be stored."""
    refs = [ref]
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", ref):
        try:
            refs.append(clean_url(ref))
        except ValueError:
            pass
    elif ref != "<stdin>" and ref.strip():
        refs.append(source_name(ref))
    return list(dict.fromkeys(refs))


LINE_OF_FILE = re.compile(r"(?::\d+|\[\d+\])")  # a JSON Lines line (file:2) or a JSON array's item (file[2])


def source_matches(stored: str, ref: str) -> bool:
    """Whether an article whose source is `stored` was read from `ref`: the file itself, or one line or item of
    it, whose source may also name the record's own "source" field: 'wire.jsonl' matches 'wire.jsonl:2 (Wire)',
    'wire.jsonl:2' matches it too, 'wire.jsonl:1' does not match 'wire.jsonl:12'."""
    if stored == ref:
        return True
    if not stored.startswith(ref) or not ref:
        return False
    rest = stored[len(ref):]
    if re.search(LINE_OF_FILE.pattern + "$", ref) and re.fullmatch(r" \(.*\)", rest, re.S):
        return True
    return re.fullmatch(LINE_OF_FILE.pattern + r"(?: \(.*\))?", rest, re.S) is not None


def read_file(path: Path, display: str | None = None) -> Iterator[Article | Skipped]:
    """Articles from one file; problems come back as Skipped records, never as a crash."""
    source = display or source_name(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix in JSON_SUFFIXES:
            yield from read_json_file(path, source)
            return
        if size == 0:
            yield Skipped(source, "empty file")
            return
        if size > MAX_BYTES:
            yield Skipped(source, f"{size / 1e6:.0f} MB is over the {MAX_BYTES // 1_000_000} MB limit for one article")
            return
        data = path.read_bytes()
        if suffix in HTML_SUFFIXES:
            yield read_html(data, source)
        else:
            yield read_text(decode(data, source), source)
    except ReadError as err:
        yield Skipped(source, str(err).removeprefix(f"{source}: "))
    except OSError as err:
        yield Skipped(source, f"cannot read: {err.strerror or err}")


def read_stdin(stream=None) -> Iterator[Article | Skipped]:
    """stdin holds JSON Lines when its first character is '{', else one plain-text article."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from read_json_lines(data.splitlines(), "<stdin>")
        return
    if not data.strip():
        yield Skipped("<stdin>", "empty input")
        return
    try:
        yield read_text(decode(data, "<stdin>"), "<stdin>")
    except ReadError as err:
        yield Skipped("<stdin>", str(err).removeprefix("<stdin>: "))


def folder_files(folder: Path) -> Iterator[Path]:
    """The files under a folder that could be articles: not hidden, not a README, not inside a kg store (a store
    may well live in the folder it is built from)."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and not (Path(root) / d / "kg.lock").is_file()]
        for name in names:
            p = Path(root) / name
            if not name.startswith(".") and name.lower() not in {"readme.md", "readme.txt"} and p.is_file():
                yield p


def iter_paths(inputs: Iterable[str]) -> Iterator[tuple[Path | None, str] | Skipped]:
    """Files to read, in a stable order: folders recursively (known suffixes only), '-' for stdin."""
    for raw in inputs:
        if raw == "-":
            yield None, "<stdin>"
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(folder_files(path))
            found = [p for p in files if p.suffix.lower() in SUFFIXES]
            if not found:
                yield Skipped(raw, f"no articles in the folder (looked for {', '.join(sorted(SUFFIXES))})")
            for p in files:
                if p.suffix.lower() in SUFFIXES:
                    yield p, source_name(p)
                else:
                    what = f"{p.suffix} files" if p.suffix else "files without an extension"
                    yield Skipped(source_name(p), f"unsupported format: kg does not read {what} "
                                                  f"(it reads {', '.join(sorted(SUFFIXES))})")
        elif path.is_file():
            yield path, source_name(path)
        elif path.exists():
            yield Skipped(raw, "not a regular file")
        else:
            yield Skipped(raw, "no such file or folder")


def read_articles(inputs: Iterable[str], stdin=None) -> Iterator[Article | Skipped]:
    """Every article of the inputs (streamed, never all held at once), with a Skipped record for each problem."""
    for item in iter_paths(inputs):
        if isinstance(item, Skipped):
            yield item
            continue
        path, display = item
        if path is None:
            yield from read_stdin(stdin)
        else:
            yield from read_file(path, display)
