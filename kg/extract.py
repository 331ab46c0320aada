"""Extraction: a parsed article -> entities (resolved within the article), statements and events.

The small spaCy model mistypes names often; the article as a whole decides a name's kind (titles, appositions,
designators such as "Logistics", short forms, world knowledge), and every mention of one entity gets one kind.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as _date
from typing import TYPE_CHECKING

from kg import lexicon as lx
from kg.articles import dateline_agency, dateline_day, dateline_length
from kg.dates import normalize
from kg.records import Article, Entity, Event, Extraction, MentionRef, Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

NER_KINDS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
             "EVENT": "Event"}
KINDS = ("Person", "Organization", "Place", "Event")
MAX_QUOTE = 4000  # characters; a longer "quote" is an unbalanced quote mark, not speech
MAX_NAME_TOKENS = 8
NAME_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "on", "&"})
QUOTE_OPEN = "\u201c\""
QUOTE_CLOSE = "\u201d\""
POSSESSIVE = re.compile(r"^(?:'s|\u2019s|'|\u2019)(?![\w])")
LEADING = re.compile(r"^(?:the|The|THE)\s+")
LEADING_QUALIFIER = re.compile(r"(?:central|northern|southern|eastern|western|north-eastern|north-western|"
                               r"south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+"
                               r"(?=[A-Z])")


# ---------------------------------------------------------------------------------------------- mentions


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    votes: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    fixed: str | None = None  # kind fixed by world knowledge or the dateline
    canonical: str | None = None  # name world knowledge or the dateline gives it
    possessive: bool = False
    definite: bool = False  # written after "the"
    weak: bool = False  # a run of proper nouns the NER did not tag: an entity only if the article says what it is
    ner: str | None = None  # the kind the NER tagged it


@dataclass
class _Group:
    key: str
    mentions: list[_Mention]
    tokens: tuple[str, ...]
    kind: str = ""
    name: str = ""
    reasons: dict[int, str] = field(default_factory=dict)  # mention start -> reason it joined
    votes: Mapping[str, float] = field(default_factory=dict)  # what the article and the NER say of its kind


# Both cached: the same names are folded hundreds of times an article, and again for each article resolved.
@functools.lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("\u2019", "'")


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A name folded for comparison: no case, accents, dots or extra spaces ("U.S." and "us" meet)."""
    return " ".join(_fold(text).replace(".", "").split())


TRAILING_FUNCTION_WORD = re.compile(r"(?:\s+(?:on|in|of|and|the|at|for|to|from|with|by|or))+$")


# "St. John's", "ST. JOHN'S": a saint's town or school, whose "'s" is its name's and no possessive
SAINTS_TOWN_AFTER = re.compile(r"$|[,.;:)\u2014\u2013]| (?:on|in|at|and|to|for|from|near|off|or|was|is|has|had)\b")
SAINTS_NAME = re.compile(r"(?:St\.?|Saint|ST\.?|SAINT) [A-Z][\w]+['\u2019][sS]")


def _clean(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """Offsets of a name without a leading "the", a possessive or trailing punctuation; None if nothing is left."""
    while start < end and not text[start].isalnum():
        start += 1
    m = LEADING.match(text[start:end])
    if m:
        start += m.end()
    m = LEADING_QUALIFIER.match(text, start, end)
    if m and lx.known_kind(text[m.end():end]) == "Place" and lx.known_kind(text[start:end].title()) is None:
        # "central Ivory Coast" as the NER ran it: the place is Ivory Coast, "central" says where in it (not "northern
        # Ireland", Northern Ireland, nor "eastern Airlines")
        start = m.end()
    paren = text.find("(", start, end)
    if paren > start and ")" not in text[paren:end]:
        end = paren  # "the Poultry Breeders' Association (WPBA" as the NER cut it: the name, not its short form
    line_end = text.find("\n", start, end)
    if line_end > start:
        end = line_end  # "Inuktut\n\n" as the NER ran a headline's last word on: no name crosses a line
    while end > start and (text[end - 1].isspace() or text[end - 1] in " ,;:-\u2014\u2013(\"'\u2019\u201c\u201d"):
        end -= 1
    trailing = TRAILING_FUNCTION_WORD.search(text, start, end)
    if trailing and trailing.start() > start:
        end = trailing.start()  # "Mount Tarewa National Park on" as the NER ran it on: no name ends in "on"
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix, start, end) and not (SAINTS_NAME.fullmatch(text, start, end) and
                                                      SAINTS_TOWN_AFTER.match(text, end)):
            end -= len(suffix)
    possessive = bool(POSSESSIVE.match(text[end:end + 3]))
    if end - start < 2 or not any(c.isupper() for c in text[start:end]):
        return None
    return start, end, possessive


NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "van", "von",
                            "der", "den", "al", "el", "y"})
SECTOR_BEFORE = re.compile(r"(?<![\w'])([A-Z][a-z]+) $")
SECTORS_BEFORE = re.compile(r"(?<![\w'])((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, | and ))+[A-Z][a-z]+(?: [A-Z][a-z]+)?) $")
LOCAL_BODIES = frozenset({"police", "hospital", "council", "school", "airport", "port", "fire", "ambulance",
                          "county", "city", "municipality", "district", "parish", "borough", "prison", "court"})
NOT_A_PERSON_WORDS = lx.ORG_DESIGNATORS | lx.ORG_HEADS | lx.BODY_DESIGNATORS | lx.PLACE_HEADS | frozenset(
    {"republic", "kingdom", "state", "states", "emirates", "islands", "central", "national", "people's"})
SHORT_FORM_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")  # "(PMO)", "(CIABOC)", "(TISL)"
SHORT_FORM_WORD = re.compile(r"[\w\u2019'.&-]+")
SHORT_FORM_FILLERS = frozenset({"of", "for", "to", "or", "and", "on", "in", "the", "de", "del", "des", "la", "le", "du",
                                "&"})
SHORT_FORM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z])\)")  # " (ACCC)" right after a name
DESIGNATOR_FOR = re.compile(r"(?:[Tt]he )?(?:[A-Z]\w+ )*([A-Z]\w+) (?:for|of|on) [A-Z]\w+")
# A body for a portfolio of several words: "Ministry of Higher Education", "Department of Public Works"
PORTFOLIO_BODY = re.compile(r"(?:[Tt]he )?(?:[A-Z]\w+ )*([A-Z]\w+) (?:for|of) (?:the )?[A-Z]\w+(?: [A-Z]\w+)+")
PORTFOLIO_BODY_BEFORE = re.compile(r"(?:[Tt]he )?((?:[A-Z]\w+ )*([A-Z]\w+) (?:for|of) (?:the )?((?:[A-Z]\w+ ?)+)), $")
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|to|from|near|across|around|outside|throughout|into)\s+$")
TRAILING_SCORE = re.compile(r"(?:\s+[\d()\-\u2013]+)+$")
# "fined Orla Bank S$38 million": an amount the NER ran into the name
TRAILING_AMOUNT = re.compile(r"\s+(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]|EUR|USD|GBP)\s?\d[\d,.]*(?:\s?(?:million|billion|"
                             r"trillion|bn|mn|m|k))?$")
PERSON_OF_COUNTRY = re.compile(r"([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}) of ([A-Z][\w.]+(?: [A-Z][\w.]+)?)")
TWO_PLACES_BODY = re.compile(r"(?<![\w'])([A-Z][a-z]+ and (?:[A-Z][a-z]+ ){1,2})([A-Z][a-z]+)(?![\w'])")
# What links a name to a short name the article gives it: ", or X", " (X)", ", known by its Spanish initials X"
NAMED_AS = re.compile(r"(?:,? \(|, or |,? (?:also )?known (?:as|by (?:its|the) (?:[\w-]+ ){0,2}(?:initials|acronym|"
                      r"abbreviation|name)) |, abbreviated (?:as )?)")
# Capitalized words right after a country's name, up to the last one: "Ghana| Manufacturers' Forum"
COUNTRY_OPENS_NAME = re.compile(r"((?: [A-Z][\w&-]*(?:['\u2019]s?)?){1,4})(?![\w'\u2019])")
COUNTRY_OPENS_NAME_AND = re.compile(r"((?: [A-Z][\w&-]*){1,2} and(?: [A-Z][\w&-]*(?:['\u2019]s?)?){1,4})"
                                    r"(?![\w'\u2019])")  # "Gambia| Ferry and Marine Workers' Union"
SURNAME_PARTICLES = frozenset({"van", "von", "der", "de", "den", "da", "di", "del", "la", "le", "du", "dos", "bin",
                               "al", "el", "ten", "ter", "við", "af", "ap", "ab",
                               "i"})  # (Catalan: "Ferrer i Soler", the two surnames joined)
# Particles of people's names only, never of places' ("Santiago de Chile" is a city): two names either side of one
# are one person's, whatever the NER made of them ("Jóannes" + "við" + "Gjógv")
PERSON_ONLY_PARTICLES = frozenset({"van", "von", "der", "den", "ten", "ter", "við", "bin", "ibn", "ap", "ab"})
# Patronymic words that close a Central Asian or Caucasian name in lower case: "Bakyt Asanbek uulu" (son of
# Asanbek), "Aizhan Nurlan kyzy", "Elchin Ali oglu"
PATRONYMIC_ENDINGS = frozenset({"uulu", "kyzy", "uly", "qyzy", "kyzi", "oglu", "oğlu", "ogly", "qizi", "gizi"})
TOWN_COUNTRY = re.compile(r", ([A-Z][\w'.-]+(?: [A-Z][\w'.-]+)*)")
# What goes on after "X, Y" in a list of names: ", Z", " and Z", " or Z"
LIST_GOES_ON = re.compile(r"(?:,? (?:and|or) |, )[A-Z]")
AWAY_FROM = re.compile(r", (?:about |some |roughly |nearly |around |just )?\d[\d,.]*[ -]?(?:km|kilometres?|kilometers?|"
                       r"miles?)(?: \([^)]{1,20}\))? (?:north|south|east|west|north-?east|north-?west|south-?east|"
                       r"south-?west|northeast|northwest|southeast|southwest|upstream|downstream|inland|outside|from)\b")
# "X in neighbouring Montenegro", after a preposition that only says where: the town of a country
IN_A_COUNTRY = re.compile(r" in (?:the )?(?:neighbou?ring |nearby |(?:north|south|east|west)(?:ern)? )?"
                          r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)*)")
TOWARDS = re.compile(r"\b(?:towards?|into|near|outside) $")
TOWN_IN_COUNTRY = re.compile(r"(?:, | in )(?:the )?([A-Z][\w'-]+(?: [A-Z][\w'-]+)*)")
MOTION_VERBS = frozenset({"go", "travel", "fly", "move", "divert", "send", "return", "head", "extend", "relocate",
                          "sail", "drive", "ship", "flee", "evacuate", "deploy", "expand", "spread", "reroute",
                          "redirect", "transfer", "bring", "take", "come", "arrive", "commute", "march", "walk"})
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "outside"})
COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                                "southeastern", "southwestern"})
TITLE_WORDS = frozenset(w for t in lx.TITLES for w in t.split())
# Endings of words for occupations ("volcanologist", "technician", "oceanographer"), whatever titles the lexicon knows
OCCUPATION_ENDINGS = ("ologist", "ologists", "ician", "icians", "ographer", "ographers", "ist", "ists")
# Words in "-ist" that are no occupation: movements, which name parties and groups as often as people ("the
# separatist Y Front"), and a few other words ("list", "tourist")
NOT_OCCUPATIONS = frozenset({"islamist", "islamists", "marxist", "marxists", "leftist", "leftists", "nationalist",
                            "nationalists", "separatist", "separatists", "populist", "populists", "socialist",
                            "socialists", "communist", "communists", "extremist", "extremists", "terrorist",
                            "terrorists", "jihadist", "jihadists", "loyalist", "loyalists", "unionist", "unionists",
                            "royalist", "royalists", "zionist", "centrist", "centrists", "list", "lists", "twist",
                            "wrist", "mist", "fist", "gist", "tourist", "tourists"})
OF_COUNTRY_AFTER = re.compile(r" of ((?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?![\w'-])")
# What a region is divided into or called, after its name: "Okinawa Prefecture", "Kherson Oblast"
ADMINISTRATIVE_UNITS = frozenset({"prefecture", "oblast", "krai", "governorate", "municipality", "canton",
                                  "department", "emirate", "voivodeship", "parish", "territory"})  # (and the
# lexicon's PLACE_HEADS and PLACE_DESIGNATORS: "province", "state", "county", ...)
# The lower-case words of a town's or a region's kind after its name: "the Mayo-Tsanaga department" ("state" and
# "port" are a body's or a site's as often: "the Islamic State", "the Tema port")
UNIT_HEADS = (lx.PLACE_HEADS | ADMINISTRATIVE_UNITS) - {"state", "port", "country", "island", "capital", "parish",
                                                         "department"}
# The title after a possessive name: "Cundinamarca's governor" (one: "Harvard's governors" are a board)
POSSESSIVE_TITLE = re.compile(r"['\u2019]s? (?:new |former |acting |deputy )?([a-z]+)\b")
# What clashes without a fight: "a verbal clash", "a scheduling clash"
WORDS_CLASHING = frozenset({"verbal", "scheduling", "diplomatic", "cultural", "personality", "legal", "timing",
                            "ideological", "rhetorical", "policy", "calendar", "fixture"})
# The other end of a stretch "from X to Y", before or after a name
_PLACE_NAME = r"([A-Z][\w'-]*(?:(?: (?:de|del|da|do|dos|das|la|el))? [A-Z][\w'-]*){0,3})"
# What runs between two places ("the highway between X and Y"; not "the clash between Liverpool and Everton")
_ROUTES = (r"\b(?:road|roads|highway|motorway|route|routes|railway|line|border|frontier|ferry|ferries|flights?|buses|"
           r"trains|services?|corridor|pipeline|bridge|crossing|track|trail|stretch|journey|trip|distance|"
           r"run|runs|ran|running|sail|sails|sailed|fly|flies|flew|operate|operates|travel|travels|commute)")
_CONNECTING = r"\b(?:connect|connects|connecting|connected|link|links|linking|linked)"
FROM_PLACE_TO = re.compile(rf"\b(?:from {_PLACE_NAME} to|{_ROUTES} between {_PLACE_NAME} and|"
                           rf"{_CONNECTING} {_PLACE_NAME} (?:to|with)) $")
TO_PLACE = re.compile(rf" (?:to|and) {_PLACE_NAME}(?![\w'-])")
BETWEEN_ON_A_ROUTE = re.compile(rf"(?:{_ROUTES} between|{_CONNECTING}) $")  # ("connecting X to Y": a route too)
# A list of names that ends in the plural of what they are: "Isabela, Cagayan and Aurora provinces" (from any name
# of the list on), and what comes before the last one
UNITS_AFTER_LIST = re.compile(
    r"((?:,\s*|,?\s+(?:and|or)\s+)[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,3})*\s+(provinces|counties|districts|regions|"
    r"departments|municipalities|prefectures|oblasts|governorates|cantons|parishes|states)\b")
LIST_BEFORE = re.compile(r"[A-Z][^\s,]*(?:,|,? and|,? or)\s+$")
# Words that mark a body only with another word of its name: "Munster Rugby", "the Assam Rifles", "Czech Radio" (not
# the town of Rugby)
ORG_WORDS_IN_A_NAME = frozenset({"rugby", "rifles", "regiment", "radio", "television"})
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# Titles held of a portfolio written before them: "Social Welfare Secretary X", "Trade Commissioner Y"
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner"})
# Adjectives that are part of the title they rank: "the EU's chief negotiator", "a senior economist"
RANK_OF_TITLE = frozenset({"chief", "senior", "deputy", "lead", "principal", "assistant", "associate", "junior",
                           "acting", "interim"})
# Words that rank a portfolio's title: "Deputy Minister of", "Cabinet Secretary for", "Permanent Secretary of"
TITLE_RANKS = RANK_OF_TITLE | frozenset({"cabinet", "permanent", "vice", "under", "first", "former"})
# Words that end a body's name ("... Forum", "... Federation"), and the same as written in lower case
BODY_WORDS = lx.ORG_DESIGNATORS | lx.BODY_DESIGNATORS | {"forum"}
# Words of bodies and places, which no surname after a given name is ("Sakura Classic Arts" is no person)
NOT_A_SURNAME = lx.ORG_DESIGNATORS | lx.PLACE_DESIGNATORS | lx.ORG_WORDS
# Words after a title that are still the title's ("President Elect", "Pope Emeritus"), not a given name
TITLE_MODIFIERS = frozenset({"elect", "emeritus", "emerita", "designate", "interim", "acting", "general", "adjunct"})
# The level of government a title is held at, written as part of it: "Regional Governor", "Provincial Health Minister"
TITLE_LEVELS = frozenset({"regional", "provincial", "municipal", "federal", "state", "national", "county", "district",
                          "metropolitan", "prefectural", "departmental", "cantonal", "territorial", "city", "local"})
# Forms of address before a name, which are no part of it: "Mr Trewin", "Dame Judith", "Father Okafor"
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "madam",
                        "monsieur", "madame", "herr", "frau", "señor", "señora", "don", "doña", "rep", "sen", "gov",
                        "gen", "col", "capt", "sgt", "rev", "fr", "st", "ex", "father", "mother", "sister", "brother",
                        "reverend", "canon", "comrade", "brigadier", "commodore", "corporal", "private", "elder",
                        "deacon", "bishop", "rabbi", "imam", "sheikh", "cardinal"})
# One-word titles that are also words of names ("General Motors", "State Grid", "Major League"), or that follow a
# portfolio or rank rather than a body ("Civil Protection Minister", "Rear Admiral"): no sign of a body before them
AMBIGUOUS_TITLE_WORDS = frozenset({"general", "state", "major", "justice", "marshal", "prime", "crown", "captain",
                                   "minister", "secretary", "commissioner", "admiral", "commander", "chief",
                                   "colonel", "lieutenant", "sergeant", "officer"})
NO_TITLE_ALONE = lx.WEAK_TITLES | AMBIGUOUS_TITLE_WORDS
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "sheikh", "emir", "sultan", "crown"})
PRODUCT_CODE = re.compile(r"(?:^|\s)(?:[A-Za-z]+-?\d[\w-]*|\d+)$")  # "Lumora K7", "Kestrel-2", "Ariane 6"


def _plausible(name: str) -> bool:
    low = name.lower()
    if PRODUCT_CODE.search(name) and lx.known_kind(name) is None:
        return False
    if " " not in low and not name.isupper() and (low in lx.ORG_HEADS or low in lx.PORTFOLIOS or low in lx.TITLES):
        return False
    if low in lx.DEMONYMS or low in lx.MONTHS or low in lx.WEEKDAYS or low in lx.PERSON_PRONOUNS:
        return False
    if low.rstrip("s") in lx.DEMONYMS or " " not in low and (low.endswith("ians") or low.endswith("ese")):
        return lx.known_kind(name) is not None  # ("Brazilians", "the Congolese"; not "X Association of Physicians")
    words = name.split()  # ("for the", "of" and "and" inside a long name are not counted)
    if any(w.lower() in lx.AWARDS and (k + 1 == len(words) or words[k + 1].lower() in ("for", "in"))
           for k, w in enumerate(words[1:], 1)) and lx.known_kind(name) is None:
        return False  # "the Bosphorus Prize for Fiction": an award, which is no person, body, place or event
    return any(c.isalpha() for c in name) and len(words) <= 2 * MAX_NAME_TOKENS and \
        sum(1 for w in words if w.lower() not in NAME_FUNCTION_WORDS) <= MAX_NAME_TOKENS


def any_of(words: Iterable[str]) -> str:
    """A regular expression matching any of the words, the longest first where one is the start of another
    (the same matches as the words escaped and joined with "|", longest first).

    Written as a trie ("Sierra Leone|Sierra Madre" is "Sierra (?:Leone|Madre)"), not as a list of alternatives:
    the regex engine then tries each character of the text once against the trie, instead of once per word,
    which for the gazetteer's ~950 names is twenty times faster."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a word ending here, and longer ones going on: the longer first, as the greedy "?" tries
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie) if trie else "(?!)"  # no words: a pattern that matches nothing


_GAZETTEER_PATTERN: re.Pattern[str] | None = None


def _gazetteer(text: str) -> Iterable[tuple[int, int, str, str]]:
    """World-knowledge names in a text, matched case-sensitively with one regex (compiled on first use)."""
    global _GAZETTEER_PATTERN
    if _GAZETTEER_PATTERN is None:
        _GAZETTEER_PATTERN = re.compile(r"(?<![\w.])(?:" + any_of(lx.GAZETTEER) + r")(?![\w])")
    for m in _GAZETTEER_PATTERN.finditer(text):
        kind, canon = lx.GAZETTEER[m.group()]
        yield m.start(), m.end(), kind, canon


class _Analysis:
    """One article being read: its text, tokens, quotes and the mentions found so far."""

    def __init__(self, article: Article, doc: Doc) -> None:
        self.article = article
        self.doc = doc
        # every Token and entity Span made once: spaCy builds new Python objects each time a Doc is iterated or
        # indexed, and each time its `ents` (or a Span's, or its `text`) is read
        self.tokens: list[Token] = list(doc)
        self.ents: Sequence[SpacySpan] = doc.ents
        self.text = "".join(t.text_with_ws for t in self.tokens)
        self.reference = article.published
        self.quotes = _quote_spans(self.text)
        self.quote_index = {q: i for i, q in enumerate(self.quotes)}
        self.ent_at = {e.start: e for e in self.ents}
        self.in_quote = [False] * len(doc)
        self.token_at = _char_to_token(self.tokens, len(self.text))
        qi = 0
        for tok in self.tokens:
            while qi < len(self.quotes) and self.quotes[qi][1] <= tok.idx:
                qi += 1
            if qi < len(self.quotes) and self.quotes[qi][0] <= tok.idx < self.quotes[qi][1]:
                self.in_quote[tok.i] = True
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", self.text)]
        self.paragraph_set = set(self.paragraph_starts)
        # the words the article writes in lower case: a capitalized one of them is a common noun, not a name
        self.lower_words = {t.text for t in self.tokens if t.is_lower and t.idx >= article.body_offset}
        # institutions that speak as "the <noun> said": what they head the name of is a body ("the observatory said")
        self.speaking_institutions = {t.lower_ for t in self.tokens if t.lower_ in lx.INSTITUTIONS and
                                      t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head.lemma_ in lx.REPORTING_VERBS
                                      and not t.tag_.endswith("S") and any(c.lower_ == "the" for c in t.children)}
        # "LIMA, Feb 12 (Andes Wire) -": the characters inside the dateline's parentheses
        agency = dateline_agency(article.body)
        self.dateline_agency = (article.body_offset + agency[0], article.body_offset + agency[1]) if agency else None
        # the year the article was written in, when neither its metadata nor its dateline says
        self.year = self.reference.year if self.reference is not None else _year_of_writing(self)
        day = dateline_day(article.body) if self.reference is None else None
        if self.year is not None and day is not None:
            try:  # "LIMA, Feb 12 (Andes Wire) -" in an article that calls the bank's decision "its second of 2026"
                self.reference = _date(self.year, *day)
            except ValueError:
                pass
        if self.reference is None:
            self.reference = _day_of_the_lead(self)
        self.person_pronoun_targets: set[int] = set()
        self.blocked: set[int] = set()  # starts of names left unresolved on purpose (a surname two people share)
        self._sentence_ends: list[int] | None = None

    def sentence_end(self, i: int) -> int:
        """The index after the last token of token i's sentence (Token.sent makes a Span each time)."""
        if self._sentence_ends is None:
            ends = [0] * len(self.tokens)
            end = len(self.tokens)
            for tok in reversed(self.tokens):
                ends[tok.i] = end
                if tok.is_sent_start:
                    end = tok.i
            self._sentence_ends = ends
        return self._sentence_ends[i]

    def in_title(self, char: int) -> bool:
        return bool(self.article.title) and char < len(self.article.title)

    def in_agency(self, start: int, end: int | None = None) -> bool:
        """Whether the characters from `start` (to `end`) are inside the dateline's news agency: "LIMA, Feb 12 (Andes
        Wire) -"."""
        agency = self.dateline_agency
        return agency is not None and agency[0] <= start and (end if end is not None else start + 1) <= agency[1]

    def token(self, char: int) -> Token | None:
        if 0 <= char < len(self.token_at) and self.token_at[char] >= 0:
            return self.tokens[self.token_at[char]]
        return None

    def paragraph(self, char: int) -> int:
        return bisect_right(self.paragraph_starts, char) - 1

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])


ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "eleventh", "twelfth"})
YEAR = re.compile(r"(?:19|20)\d\d")


LEAD_DAY = re.compile(r"\b[Oo]n (?P<wd>[A-Z][a-z]+day), (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d)")


def _day_of_the_lead(an: _Analysis) -> _date | None:
    """The day an undated article's lead gives in full with its weekday ("the bank announced on Wednesday, Sept.
    15, 2027, ..."): the day the news is of, which its other days ("on Monday", "next month") are told from.
    A weekday that does not fit the date, or two such days in the lead, give none."""
    start = an.article.body_offset
    end = an.text.find("\n", start)
    found = set()
    for m in LEAD_DAY.finditer(an.text, start, end if end >= 0 else len(an.text)):
        iso = normalize(m["date"], None)
        if iso is None or len(iso) != 10:
            continue
        day = _date.fromisoformat(iso)
        if day.strftime("%A") == m["wd"]:
            found.add(day)
    return found.pop() if len(found) == 1 else None


def _runs_until(year: Token) -> bool:
    """Whether a year ends the date that something under way now runs until ("runs until 25 August 2026")."""
    up = year
    for _ in range(3):
        if up.dep_ == "prep" and up.lower_ in ("until", "till", "through"):
            verb = up.head
            return verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in ("run", "last", "continue")
        if up.head.i == up.i:
            return False
        up = up.head
    return False


def _year_of_writing(an: _Analysis) -> int | None:
    """The year an undated article was written in, when its own words say so: "its second rate decision of 2026",
    "the 2026 pay round", "the 2025 Munich Security Conference". A year told in the past tense ("in 2025", "since
    2016") is no later than the year of writing, so a candidate before one is none ("a 2023 treaty" in an article
    that reports a ruling of July 2025)."""
    tokens = an.tokens
    candidates, past = [], []
    for tok in tokens:
        if not YEAR.fullmatch(tok.text) or an.in_quote[tok.i] or tok.ent_type_ != "DATE":
            continue
        year = int(tok.text)
        after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
        if tok.i >= 2 and tokens[tok.i - 1].lower_ == "of" and (tokens[tok.i - 2].lower_ in ORDINALS or any(
                m.lower_ in ORDINALS or m.lower_ in ("final", "last") for m in tokens[tok.i - 1].head.children
                if m.dep_ == "amod" and tokens[tok.i - 1].head.pos_ == "NOUN")):
            candidates.append(year)  # "the first of 2026", "one of the chamber's final sittings of 2026"
        elif tok.i >= 2 and tokens[tok.i - 1].lower_ == "of" and tokens[tok.i - 2].lower_ in ("rest", "remainder"):
            candidates.append(year)  # "closed for testing for the rest of 2027": the year it is now
        elif tok.i >= 3 and tokens[tok.i - 1].lower_ == "in" and (
                tokens[tok.i - 2].lower_ == "far" and tokens[tok.i - 3].lower_ == "so" or
                tokens[tok.i - 2].lower_ == "earlier"):
            candidates.append(year)  # "the largest so far in 2026", "a strike earlier in 2026": the year it is now
        elif _runs_until(tok):
            candidates.append(year)  # "The festival runs until 25 August 2026": on now, to an end this year
        elif EARLIER_IN.search(an.text, max(0, tok.idx - 40), tok.idx):
            candidates.append(year)  # "had reopened only three weeks earlier, in January 2027"
        elif tok.i >= 1 and tokens[tok.i - 1].lower_ == "in" and (
                _counted_so_far(tokens[tok.i - 1].head) or _up_to_the_news(tokens, tok.i + 1)) and \
                not _verb_words(_clause_verb(tok) or tok) & MODALS_AHEAD and \
                not any(t.lower_ in ("by", "until", "before", "next", "expected", "planned", "scheduled", "due")
                        for t in tokens[max(0, tok.i - 4):tok.i]):
            # "It was the third derailment on the line in 2026", "four deaths in 2026 before Friday's collapse": the
            # count up to now
            candidates.append(year)
        elif tok.i >= 1 and tokens[tok.i - 1].lower_ in ("the", "this", "its", "their", "a") and \
                after is not None and after.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i and \
                not _told_as_future(an, tok):
            candidates.append(year)  # "the 2026 pay round" (not "the 2026-27 season" or "before the 2028 season")
        elif not _told_as_future(an, tok):
            past.append(year)
    if not candidates or max(candidates) < max(past, default=0):
        return None
    return max(candidates)


def _counted_so_far(head: Token) -> bool:
    """Whether a year's "in" hangs on an event counted up to now: "the third derailment in 2026", "It was the
    second fire at the plant in 2026" (not "for the first time in 2019", "will be the first strike in 2028")."""
    if head.tag_ == "JJS" and head.dep_ == "appos":
        return True  # "The deal, the biggest in the banking sector in 2026": the news, the most of its kind so far
    if head.pos_ == "VERB" and head.dep_ in ("acl", "relcl", "xcomp") and not _verb_words(head) & MODALS_AHEAD:
        # "the second member of the cabinet to step down in 2026" (parsed as the noun's, or as the verb "is"'s)
        head = head.head if head.head.pos_ == "NOUN" or head.head.lemma_ == "be" else head
    if head.pos_ == "NOUN":
        # the count is of the news: said in apposition to it ("a blockade, the second of the port in 2026") or of
        # what "it" or "he" is
        nouns = [head] if _apposed(head) or head.dep_ == "attr" and _of_the_news(head.head) else []
    else:
        nouns = [c for c in head.children if c.dep_ == "attr"] \
            if head.lemma_ == "be" and not _verb_words(head) & FUTURE_WORDS and _of_the_news(head) else []
    # (a "first" only said of the news itself: "..., the country's first outbreak in poultry in 2026", not "It was
    # the party's first victory in 2011"; but "It is the first eruption on the peninsula in 2026", now)
    return any(n.lemma_ != "time" and any(c.dep_ == "amod" and (c.lower_ in ORDINALS and (
        c.lower_ != "first" or _apposed(n) or n.dep_ == "attr" and n.head.tag_ in ("VBZ", "VBP")) or
        c.tag_ == "JJS") for c in n.children) for n in nouns)


def _apposed(noun: Token) -> bool:
    """Whether a noun phrase is set beside another after a comma, however the parser hung it: "..., the country's
    first outbreak in 2026"."""
    return noun.dep_ == "appos" or noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","


def _of_the_news(verb: Token) -> bool:
    """Whether "is" or "was" tells of the news by a pronoun: "It was the third derailment", "He is the second
    member of the cabinet to step down"."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "he", "she") for c in verb.children)


# "only three weeks earlier, in January 2027", "days before, in March": a time a few days or weeks before the news
EARLIER_IN = re.compile(r"\b(?:days|weeks|a week|a day|a fortnight) (?:earlier|before|ago), in (?:[A-Z][a-z]+\.? )?$")
MODALS_AHEAD = frozenset({"will", "would", "shall", "'ll", "could", "may", "might"})


def _up_to_the_news(tokens: Sequence[Token] | Doc, i: int) -> bool:
    """Whether the words from `i` put a count of what happened up to the days of the news: "had recorded four deaths
    in 2026 before Friday's collapse", "There were 14 fires in 2026 before Tuesday"."""
    if i + 1 >= len(tokens) or tokens[i].lower_ != "before":
        return False
    day = tokens[i + 1]
    if day.lower_ not in lx.WEEKDAYS and day.lower_ not in ("today", "yesterday"):
        return False  # (not "before this year's season")
    # a count of what happened, recorded up to the news: "had recorded four deaths in 2026 before Friday's collapse"
    # (not "carried 4 million passengers in 2025 before Monday's strike", "was jailed in 2019 before Monday's release")
    verb = tokens[i].head
    counted = ("dobj",) if verb.lemma_ in ("record", "register", "report", "log", "count", "suffer", "see") else \
        ("attr",) if verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) else ()
    # ("There had been four deaths at the mine in 2026 before Friday's collapse")
    return any(c.dep_ in counted and any(n.dep_ == "nummod" for n in c.children) for c in verb.children)


FUTURE_WORDS = frozenset({"will", "would", "shall", "may", "might", "could", "should", "to", "'ll", "by", "until",
                          "till", "before", "through", "from", "due", "next", "expected", "planned", "scheduled",
                          "expects", "plans", "aims", "targets", "forecast", "forecasts"})


def _told_as_future(an: _Analysis, tok: Token) -> bool:
    """Whether a year is a plan, a forecast or a deadline ("by 2028", "expects to begin production in 2028",
    "will open in 2028") rather than a time the article looks back on or is in ("in July 2025, which found")."""
    if any(t.lower_ in FUTURE_WORDS for t in an.tokens[max(0, tok.i - 4):tok.i]):
        return True
    verb = _clause_verb(tok)
    if verb is None:
        return False
    return bool(_verb_words(verb) & FUTURE_WORDS) or verb.lemma_ in (
        "expect", "plan", "aim", "hope", "forecast", "project", "target", "schedule", "intend")


def _char_to_token(tokens: Sequence[Token], length: int) -> list[int]:
    table = [-1] * length
    for tok in tokens:
        start = tok.idx
        table[start:start + len(tok.text)] = [tok.i] * len(tok.text)
    return table


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks, paragraph by paragraph."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for paragraph in re.split(r"(\n)", text):
        opened: int | None = None
        for i, ch in enumerate(paragraph):
            if ch not in QUOTE_OPEN and ch not in QUOTE_CLOSE:
                continue
            if opened is None:
                if ch == "\u201d":
                    continue
                opened = i + 1
            elif ch in QUOTE_CLOSE or ch == "\u201c":
                if ch == "\u201c":  # an unclosed quote runs on in the next mark's paragraph style
                    opened = i + 1
                    continue
                if i - opened <= MAX_QUOTE:
                    spans.append((pos + opened, pos + i))
                opened = None
        if opened is not None and len(paragraph) - opened <= MAX_QUOTE:
            spans.append((pos + opened, pos + len(paragraph.rstrip())))
        spans += [(pos + s, pos + e) for s, e in _single_quotes(paragraph)]
        pos += len(paragraph)
    spans = sorted(set((s, e) for s, e in spans if e > s))
    # a quote inside another (British style nests double quotes in single ones) is part of the outer one
    return [q for q in spans if not any(o != q and o[0] <= q[0] and q[1] <= o[1] for o in spans)]


def _single_quotes(paragraph: str) -> list[tuple[int, int]]:
    """Spans inside ‘...’ quotes; a ’ inside a word ("isn’t") is an apostrophe, not a closing mark."""
    if "\u2018" not in paragraph:
        return []
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for i, ch in enumerate(paragraph):
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        if ch == "\u2018" and (before.isspace() or before in "(\u201c\u2014-") and not after.isspace():
            opened = i + 1
        elif ch == "\u2019" and opened is not None and not after.isalpha() and not before.isspace() \
                and i - opened <= MAX_QUOTE:
            out.append((opened, i))
            opened = None
    return out


def _title_before(doc: Sequence[Token] | Doc, first: int) -> tuple[str | None, list[Token]]:
    """A job title written right before a name ("Chief Executive", "flight director") and the words before it."""
    start = _portfolio_title(doc, first) if doc[first].lower_ not in lx.PORTFOLIO_VOCAB else None
    if start is not None:  # "Minister of National Security Vidya Maharaj-Singh"
        title = " ".join(t.text for t in doc[start:first]).replace(" ,", ",")
        return title, [doc[k] for k in range(max(0, start - 2), start)]
    words: list[Token] = []
    i = first - 1
    while i >= 0 and len(words) < 4:
        tok = doc[i]
        level = tok.lower_ in TITLE_LEVELS and not tok.ent_type_ and (i == 0 or not _name_token(doc[i - 1]))
        if (tok.is_title or tok.is_upper and words and words[0].lower_ in ("and", "&")) and words and (
                tok.lower_ in lx.PORTFOLIOS or level or tok.lower_ in lx.PORTFOLIO_VOCAB and (
                    words[0].lower_ in lx.PORTFOLIO_VOCAB or words[0].lower_ in PORTFOLIO_TITLES or
                    words[0].lower_ in ("and", "&"))):
            # ("Internal Affairs Minister X", "Higher Education Minister Y")
            words.insert(0, tok)
            i -= 1
            continue
        if tok.lower_ in ("and", "&") and words and words[0].is_title and words[0].lower_ in lx.PORTFOLIO_VOCAB and \
                i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper) and doc[i - 1].lower_ in lx.PORTFOLIO_VOCAB:
            words.insert(0, tok)  # "Trade and Industry Minister X": two portfolios
            i -= 1
            continue
        if tok.text == "-" and words and i > 0 and doc[i - 1].is_alpha:
            words.insert(0, tok)  # "Secretary-General"
            i -= 1
            continue
        if not tok.is_alpha or tok.ent_type_ in ("PERSON", "GPE", "NORP", "ORG", "DATE") and tok.ent_iob_ == "B" \
                and i != first - 1 and tok.lower_ not in {w for t in lx.TITLES for w in t.split()}:
            break
        if tok.pos_ not in ("NOUN", "PROPN") and tok.lower_ not in lx.TITLES:
            break
        words.insert(0, tok)
        i -= 1
    for n in range(len(words)):
        phrase = " ".join(t.lower_ for t in words[n:]).replace(" - ", "-")
        if words[n].text == "-":
            continue
        if phrase in lx.TITLES and phrase not in lx.WEAK_TITLES:
            # keep lower-case modifiers ("flight director"), not names before the title
            j = n
            while j > 0 and (words[j - 1].is_lower and words[j - 1].pos_ == "NOUN" or
                             words[j - 1].lower_ in lx.PORTFOLIOS and words[j - 1].lower_ not in ("former", "union",
                                                                                                   "party") or
                             (words[j - 1].is_title or words[j - 1].is_upper and j < len(words) and
                              words[j].lower_ in ("and", "&")) and words[j - 1].lower_ in lx.PORTFOLIO_VOCAB or
                             words[j - 1].lower_ in ("and", "&") and j >= 2 and (
                                 words[j - 2].is_title or words[j - 2].is_upper) and
                             words[j - 2].lower_ in lx.PORTFOLIO_VOCAB or
                             words[j - 1].lower_ in TITLE_LEVELS and words[j - 1].is_title and
                             not words[j - 1].ent_type_):
                j -= 1
            title = " ".join(t.text for t in words[j:]).replace(" - ", "-")
            return title, [doc[k] for k in range(max(0, words[j].i - 2), words[j].i)]
    return None, []


NUMBERED_ROAD = re.compile(r"\b(?:(?:State|County|US|U\.S\.|National|Provincial|Trans-Canada)\s+)?"
                           r"(?:Highway|Route|Interstate|Motorway|Autobahn|Expressway|Freeway|Road)\s+\d{1,4}[A-Z]?\b")


def _capital_the(text: str, start: int, name_start: int) -> bool:
    """Whether a name opens with "The" and a capital word, as titles of papers do ("The Daily X"), so that the word
    is part of the name rather than a description before it ("the daily X")."""
    return name_start > start and text.startswith("The ", start) and text[name_start:name_start + 1].isupper()


PORTFOLIO_OF = re.compile(r"\b(?:Commissioner|Minister|Secretary|Director) (?:for|of) $")
MISSIONS = frozenset({"mission", "delegation"})  # (not "the Foreign Office in Britain")
BODY_IN_TOWN = re.compile(r"(.+?) in ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")
ERA_MARKERS = frozenset({"bc", "bce", "ad", "ce"})
ERA_BEFORE = re.compile(r"(?:\bcentur(?:y|ies)|\b\d{1,4}|\bmillennium)\s+$", re.I)
_NEXT_WORD = re.compile(r"\s+(\w+)")
INDEFINITE = re.compile(r"an? (?=[A-Z])")
INDEFINITE_BEFORE = re.compile(r"(?<![\w'])an? $")
_TITLE_STARTS = TITLE_WORDS | lx.PORTFOLIOS


# The country or its adjective before a movement's name: "Tunisian " or "South Sudan " before "Red Crescent" (the
# last word alone too, for "said Tunisian Red Crescent")
NATION_BEFORE = re.compile(r"(?<![\w'])(?:([A-Z][a-z]+) )?([A-Z][a-z]+) $")
SOCIETY_AFTER = re.compile(r" Society\b")
BODY_OF_BEFORE = re.compile(r"(?<![\w'])((?:[A-Z][a-z]+ ){0,3}([A-Z][a-z]+)) of (?:the )?$")
OF_BEFORE = re.compile(r" of (?:the )?$")
# The last words of a country's own bodies, named "... of <country>": "the Railway and Allied Workers Union of
# Zambia", "the Law Society of Kenya" (not a company's: "Halvorsen Shipping of Norway" is Halvorsen Shipping).
NATIONAL_BODY_WORDS = frozenset({"union", "unions", "association", "society", "federation", "confederation", "party",
                                 "council", "congress", "chamber", "league", "church", "academy", "institute",
                                 "survey", "guild", "assembly", "commission", "syndicate", "order", "alliance"})


# What a hall is for, before "and" in its name, and the hall: "the X Convention and Exhibition Centre"
HALL_PURPOSES = frozenset({"convention", "conference", "exhibition", "congress", "trade", "arts", "sports", "culture",
                           "cultural", "events", "leisure", "science", "concert", "performing"})
HALLS = frozenset({"centre", "center", "hall", "complex", "arena", "palace"})
# The last words of a club's or a company's name that the NER leaves out of it: "Clyde Vale FC", "Vardar Rovers AFC"
CLUB_ENDS = frozenset({"fc", "afc", "cf", "sc", "ac", "ltd", "plc", "inc", "llc", "gmbh", "ag", "sa", "ab", "asa",
                       "nv"})
# Words of a gathering that name treaties too: "the Geneva Convention", "the Ramsar Convention"
TREATY_WORDS = frozenset({"convention"})


STREETS = frozenset({"street", "road", "avenue", "boulevard", "lane", "square", "bridge", "highway"})


def _two_countries(name: str) -> bool:
    """Whether a name is two countries joined by a hyphen: "Bosnia-Montenegro", "US-China" (not "Guinea-Bissau",
    one country, nor "Timor-Leste")."""
    parts = name.split("-")
    return len(parts) == 2 and lx.canonical(name) not in lx.COUNTRY_NAMES and all(
        lx.canonical(p) in lx.COUNTRY_NAMES for p in parts)


def _collect(an: _Analysis) -> list[_Mention]:
    """Candidate name mentions from the NER, world knowledge, descriptor patterns and the dateline."""
    text, doc, toks = an.text, an.doc, an.tokens  # (toks: indexing the Doc makes a new Token each time)
    found: dict[tuple[int, int], _Mention] = {}
    taken = [False] * len(text)
    languages = _languages(text)

    def add(start: int, end: int, kind: str | None, weight: float, fixed: str | None = None,
            canonical: str | None = None) -> _Mention | None:
        cleaned = _clean(text, start, end)
        if cleaned is None:
            return None
        s, e, poss = cleaned
        first_word = re.match(r"(\w+)\s+(?=\S)", text[s:e])
        head_word = first_word.group(1).lower() if first_word else ""
        if first_word and head_word in lx.ORG_HEADS and not fixed and not text.startswith("of ", s + first_word.end()):
            if _capital_the(text, start, s):
                kind, weight = "Organization", weight + 3  # "The Daily X", "The Weekly Y": a paper's name
            elif head_word not in lx.ORG_DESIGNATORS:
                s += first_word.end()  # "Startup Quanta Grid raises ...": the descriptor is no part of the name
                kind, weight = "Organization", weight + 3
        name = text[s:e]
        if not fixed and not _plausible(name):
            return None
        if not fixed and (INDEFINITE.match(name) or INDEFINITE_BEFORE.search(text, max(0, s - 3), s)) and \
                text[e:e + 1] in ("", " ", ",", ".", ";", ":", "\n") and not (
                (after := _NEXT_WORD.match(text, e)) and (nxt := an.token(after.start(1))) is not None and
                nxt.pos_ in ("NOUN", "PROPN", "NUM")):
            # "lists the old city as a World Heritage Site": a kind of thing (not "a Reuters reporter", "an
            # Inverness-based charity")
            return None
        if not fixed and name in languages:
            return None  # "Inuktut, the language spoken at home by most": a language, no body or place
        if name_key(name) in ERA_MARKERS and ERA_BEFORE.search(text, max(0, s - 20), s):
            return None  # "the third century BC", "in 300 B.C.": an era, not British Columbia
        if not fixed and name_key(name) in TITLE_LEVELS and (after := _NEXT_WORD.match(text, e)) and \
                after.group(1).lower() in _TITLE_STARTS:
            return None  # "Regional Governor X": the level the title is held at, no place of its own
        m = found.get((s, e))
        if m is None:
            if any(taken[s:e]) and not fixed:
                return None
            m = found[(s, e)] = _Mention(s, e, name, possessive=poss,
                                         definite=text[max(0, s - 4):s].lower() == "the ")
        if kind:
            m.votes[kind] += weight
        if fixed:
            m.fixed, m.canonical = fixed, canonical
        return m

    def take(start: int, end: int) -> None:
        """Mark characters as a name's that later steps must not reuse."""
        taken[start:end] = [True] * (end - start)

    # 1. the dateline: "OSLO, March 3 —" names a place
    dateline: _Mention | None = None
    place = an.article.dateline_place
    if place and an.article.body_offset < len(text):
        first = place.split(",")[0].strip()
        at = text.find(first.upper(), an.article.body_offset, an.article.body_offset + 80)
        if at < 0:
            at = text.find(first, an.article.body_offset, an.article.body_offset + 80)
        if at >= 0:
            dateline = add(at, at + len(first), None, 0, fixed=lx.known_kind(first) or "Place",
                           canonical=lx.canonical(first) or first)
            take(at, at + len(first))
    if an.dateline_agency is not None:
        a_start, a_end = an.dateline_agency  # "SEOUL, Nov. 3 (Yonhap) -": the agency, whatever the NER made of it
        if re.fullmatch(r"[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4}", text[a_start:a_end]) and \
                lx.known_kind(text[a_start:a_end]) in (None, "Organization"):
            add(a_start, a_end, "Organization", 6.0)
    # a numbered road is a place: "Highway 11", "Route 66", "Interstate 95", "State Road 7A"
    for road in NUMBERED_ROAD.finditer(text):
        if not any(taken[road.start():road.end()]) and add(road.start(), road.end(), None, 0, fixed="Place"):
            take(road.start(), road.end())
    # 1b. "at Tema port", "from Bordeaux-Mérignac airport": the port or the airport, a place of its own (and the town
    # is one of its own where the article names it alone)
    for tok in toks:
        following = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        if tok.text not in ("port", "airport") or tok.i == 0 or not toks[tok.i - 1].is_title or \
                tok.dep_ == "compound" or following is not None and (following.pos_ == "NOUN" or following.is_title):
            continue  # (not "the Tema port authority", a body, or "Maersk port operations")
        opens_at = tok.i - 1
        while opens_at > max(0, tok.i - 4) and (
                toks[opens_at - 1].is_title and toks[opens_at - 1].pos_ == "PROPN" or
                toks[opens_at - 1].text == "-" and opens_at > 1):
            opens_at -= 1
        name_toks = toks[opens_at:tok.i]
        if not all(t.pos_ == "PROPN" or t.text == "-" for t in name_toks) or name_toks[0].text == "-" or \
                any(t.lower_ in lx.DEMONYMS or t.text in lx.COUNTRY_NAMES for t in name_toks):
            continue  # "the Polish port of Gdynia", "a Ghana port": no name of a port
        p_start, p_end = name_toks[0].idx, tok.idx + len(tok.text)
        p_town = text[p_start:name_toks[-1].idx + len(name_toks[-1].text)]
        whole = re.search(rf"\b{tok.text.title()} of {re.escape(p_town)}\b", text)  # "Oslo port", "the Port of Oslo"
        if not any(taken[p_start:p_end]):
            add(p_start, p_end, "Place", 3.0, fixed="Place" if whole else None, canonical=whole[0] if whole else None)
            take(p_start, p_end)
    # 2. world knowledge, unless a longer NER name holds it ("Bank of Japan")
    joined = _bodies_for_a_part(doc, _joined_orgs(doc, an.ents, an.lower_words))
    ner_spans = [(e.start_char, e.end_char) for e in joined if e.label_ in NER_KINDS]
    org_ending_at = {e.end_char: e.start_char for e in joined if e.label_ == "ORG"}
    starts = [s for s, _ in ner_spans]
    # (the bodies the NER found, for abbreviations: not "Ivory Coast Cocoa" if it took it for a person)
    own_names = {re.sub(r"^[Tt]he |['\u2019]s?$", "", e.text) for e in joined if e.label_ == "ORG"}
    surnames: set[str] = set()  # regions the article names people after ("Hermann Hesse", later "Hesse")
    for s, e, kind, canon in _gazetteer(text):
        if taken[s]:
            continue
        if canon in lx.SUBNATIONAL and (text[s:e] in surnames and not PLACE_PREPOSITION_BEFORE.search(
                text, max(0, s - 12), s) or _region_inside_a_name(an, s, e, surnames)):
            continue  # "Maria Calabria", "Hermann Hesse", "Munster Rugby", "Odisha FC": a name that holds a region's
        i = bisect_right(starts, s) - 1
        inside = i >= 0 and ner_spans[i][0] <= s and e <= ner_spans[i][1] and ner_spans[i] != (s, e) and \
            not _two_countries(text[ner_spans[i][0]:ner_spans[i][1]])  # ("the Bosnia-Montenegro border": two)
        sector = SECTOR_BEFORE.search(text, max(0, s - 16), s) if kind == "Place" and (
            canon in lx.COUNTRY_NAMES or canon in lx.SUBNATIONAL) else None
        if sector and sector.group(1).lower() in lx.SECTORS:
            add(sector.start(1), e, "Organization", 3.0)  # "Health New Zealand", "Statistics Canada"
            take(sector.start(1), e)
            continue
        sectors = SECTORS_BEFORE.search(text, max(0, s - 60), s) if kind == "Place" and canon in lx.COUNTRY_NAMES \
            else None
        if sectors and all(w.lower() in lx.SECTOR_PAIR_WORDS for w in re.findall(r"[A-Za-z]+", sectors.group(1))
                           if w != "and"):
            add(sectors.start(1), e, "Organization", 3.0)  # "Fisheries and Oceans Canada": one department
            take(sectors.start(1), e)
            continue
        nation_m = NATION_BEFORE.search(text, max(0, s - 30), s) if canon in lx.NATIONAL_SOCIETIES else None
        nation_starts = ((nation_m.start(1),) if nation_m.group(1) else ()) + (nation_m.start(2),) if nation_m else ()
        nation = next((at for at in nation_starts if text[at:s - 1].lower() in lx.DEMONYMS or
                       lx.canonical(text[at:s - 1]) in lx.COUNTRY_NAMES), None)
        if nation is not None:
            end = society.end() if (society := SOCIETY_AFTER.match(text, e)) else e
            add(nation, end, "Organization", 3.0)  # "the Tunisian Red Crescent": a national society
            take(nation, end)
            continue
        of_at = OF_BEFORE.search(text, max(0, s - 8), s) if canon in lx.COUNTRY_NAMES else None
        body_at = org_ending_at.get(of_at.start()) if of_at else None
        if body_at is not None and text.endswith(" and ", 0, body_at) and (
                and_at := org_ending_at.get(body_at - 5)) is not None and \
                " " not in text[and_at:body_at - 5].removeprefix("the ").removeprefix("The "):
            body_at = and_at  # (the NER's "Railway" | "and" | "Allied Workers Union": one body)
        if of_at is not None and body_at is not None and \
                name_key(text[body_at:of_at.start()].rsplit(None, 1)[-1]) in NATIONAL_BODY_WORDS and \
                lx.canonical(text[body_at:of_at.start()].split(" and ")[0]) not in lx.COUNTRY_NAMES and \
                not any(taken[body_at:e]) and not an.in_title(s):
            # (not the NER's "Australia and Liberal Party" of "the National Party of Australia and Liberal Party of
            # Australia": a country ends the body before it)
            add(body_at, e, "Organization", 3.0)  # "the Railway and Allied Workers Union of Zambia", the NER's body
            take(body_at, e)                      # and the country it is of
            continue
        body = BODY_OF_BEFORE.search(text, max(0, s - 60), s) if canon in lx.COUNTRY_NAMES else None
        if body and name_key(body.group(2)) in lx.ORG_DESIGNATORS and body.group(2).lower() != "capital" and \
                not an.in_title(s) and not any(taken[body.start(1):s]) and \
                not re.search(r"\b(?:of|for|and)\s+$", text[max(0, body.start(1) - 5):body.start(1)]) and \
                not any(w.lower() in TITLE_WORDS for w in body.group(1).split()) and \
                not any(sp[0] < s and sp[1] > body.start(1) for sp in ner_spans):
            add(body.start(1), e, "Organization", 3.0)  # "the Geological Survey of Sweden", which the NER missed
            take(body.start(1), e)
            continue
        named = COUNTRY_OPENS_NAME.match(text, e) if kind == "Place" else None
        words = named.group(1).split() if named else []
        joined_by_and = COUNTRY_OPENS_NAME_AND.match(text, e) if kind == "Place" else None
        and_body = False
        if joined_by_and and (not words or name_key(words[-1]) not in BODY_WORDS):
            first_half, second_half = joined_by_and.group(1).split(" and ", 1)
            if name_key(first_half.split()[-1]) not in BODY_WORDS and \
                    lx.known_kind(second_half.split()[0]) is None and name_key(second_half.split()[-1]) in BODY_WORDS:
                named, words = joined_by_and, joined_by_and.group(1).split()  # "the Gambia Ferry and Marine
                # Workers' Union" (not "Kenya Airways and Uganda Airlines", two bodies)
                and_body = True
        if inside and not _only_decoration(text, ner_spans[i], s, e) and not (
                and_body and joined_by_and is not None and ner_spans[i][1] < joined_by_and.end(1)):
            continue  # (but the NER's "the Namibia Dock" | "and" | "Maritime Workers' Union" is one body)
        if named and name_key(words[-1]) in BODY_WORDS and not any(
                w.lower() in TITLE_WORDS and w != "and" and name_key(w) not in BODY_WORDS and
                name_key(after) not in BODY_WORDS
                for w, after in zip(words, words[1:], strict=False)):
            # (not "Ontario Energy Minister Gerald Power": a titled person whose surname is a body's word)
            qualifier = re.search(r"(?<![\w'])([A-Z][a-z]+) $", text[max(0, s - 12):s])
            if qualifier and qualifier.group(1).lower() in PLACE_QUALIFIERS:
                s -= len(qualifier.group(1)) + 1  # "the Eastern Caribbean Feeder Operators' Council"
            add(s, named.end(1), "Organization", 3.0)  # "Ghana Manufacturers' Forum", "Kenya Airways"
            take(s, named.end(1))
            continue
        if text[s:e].isupper() and canon != text[s:e] and any(
                acronym_of(text[s:e], own) and name_key(own) != name_key(canon or "") for own in own_names):
            # "the International Cricket Council ... the ICC": the article's own body, not the court of that name
            add(s, e, kind, 0)
        else:
            add(s, e, kind, 0, fixed=kind, canonical=canon)
        take(s, e)
    # 2b. "Devon and Cornwall Police", "Avon and Somerset Constabulary": two places and a designator are one body
    for hit in TWO_PLACES_BODY.finditer(text):
        preceding = text[max(0, hit.start(1) - 30):hit.start(1)].split()
        if name_key(hit.group(2)) in lx.ORG_DESIGNATORS and not any(taken[hit.start(1):hit.end(2)]) and \
                not (preceding and preceding[-1][:1].isupper()):  # (not "Canada Mortgage and Housing Corporation")
            add(hit.start(1), hit.end(2), "Organization", 3.0)  # (the last word is the designator)
            take(hit.start(1), hit.end(2))
    # 3. the NER, split at commas ("City Hall, Almeida"), with a year before an event ("the 2025 Summit")
    lower_words = an.lower_words
    family_first = {e[0].text for e in joined if e.label_ == "PERSON" and len(e) >= 2}
    capitalized_inside = {t.text for t in toks if t.is_title and not t.is_sent_start}
    whole_names: defaultdict[str, set[str]] = defaultdict(set)  # last word -> the NER's names of several words
    for several in joined:
        if several.label_ in ("ORG", "PERSON") and len(several) > 1:
            whole_names[several[-1].text].add(several.text)
    for ent in joined:
        cut = next((n for n in whole_names.get(ent[-1].text, ()) if n.endswith(" " + ent.text) and
                    text.endswith(n[:-len(ent.text)], 0, ent.start_char)), None)
        if cut is not None and (opens := an.token(ent.start_char - len(cut) + len(ent.text))) is not None:
            # "Aurelia Cruises said", where the NER took "Cruises" only, as it had the whole name before
            ent = _relabel(doc[opens.i:ent.end], ent)
        elif ent.label_ == "ORG" and all(t.lower_ in lx.PORTFOLIO_VOCAB or t.lower_ in ("and", "&") for t in ent) and \
                (body := PORTFOLIO_BODY_BEFORE.search(text, max(0, ent.start_char - 80), ent.start_char)) and \
                name_key(body.group(2)) in lx.ORG_DESIGNATORS and all(
                    w.lower() in lx.PORTFOLIO_VOCAB for w in body.group(3).split()) and \
                (opens := an.token(body.start(1))) is not None:
            # "the Ministry of Higher Education, | Science and Innovation", which the NER may have cut in two
            ent = _relabel(doc[opens.i:ent.end], ent)
            for key in [k for k, n in found.items() if not n.fixed and ent.start_char <= n.start and
                        n.end <= ent.end_char]:
                del found[key]
        k = ent.end
        while k < len(toks) and k < ent.end + 3 and _name_token(toks[k]) and not toks[k].ent_type_ and \
                toks[k - 1].whitespace_ == " ":
            k += 1
        if k > ent.end and ent.label_ in ("GPE", "LOC", "PERSON", "NORP") and toks[k - 1].lower_ in CLUB_ENDS:
            # "Clyde Vale FC", of which the NER took "Clyde" for the river: the club's whole name
            ent = _relabel(doc[ent.start:k], ent, label="ORG")
        verb = next((t for t in toks[ent.start + 1:ent.end] if t.is_lower and t.pos_ in ("VERB", "AUX") and
                     t.lower_ not in SURNAME_PARTICLES and not (
                         t.lower_ in JOINING_PARTICLES and t.i + 1 < len(toks) and toks[t.i + 1].is_title)),
                    None)  # (not "den" in "Hilde Van den Broeck", "do" in "Ponta do Ouro")
        if verb is not None:  # "Apurímac ended last month": the NER ran on into the clause's verb
            ent = ent[:verb.i - ent.start]
        if len(ent) > 1 and an.in_title(ent.start_char) and ent[0].lower_ in lower_words and \
                _name_token(ent[1]) and ent.text not in text[an.article.body_offset:] and \
                text.find(ent[1:].text, an.article.body_offset) >= 0:
            # "Insolvent Ostrava steelworks sold ...": a headline's capital on a word the article writes in lower
            # case, before a name it writes alone
            ent = _relabel(ent[1:], ent)
        ner_kind = NER_KINDS.get(ent.label_)
        if ner_kind in ("Person", "Organization") and (
                _portfolio_title(toks, ent.start, inside=True) is not None or
                ent[0].lower_ == "state" and len(ent) > 2 and ent[1].lower_ == "for" and
                _portfolio_title(toks, ent.start + 2, inside=True) is not None):
            k = ent.start
            while k < ent.end and (toks[k].lower_ in lx.PORTFOLIO_VOCAB or toks[k].lower_ in ("and", ",", "&") or
                                   k < ent.start + 2 and toks[k].lower_ in ("state", "for")):
                k += 1  # ("Minister of | State for Trade Olusegun Adeyemi")
            if k == ent.end:
                continue  # "Secretary of Public Works and Highways X": the portfolio of a title, no body
            ent = _relabel(doc[k:ent.end], ent)  # "Director General of Customs Ruth Achieng": who holds it
        if ner_kind == "Person" and ent.start > 0 and _initials_before_name(toks, ent.start - 1):
            initial = ent.start - 1
            while initial > 0 and _initials_before_name(toks, initial - 1):
                initial -= 1
            ent = _relabel(doc[initial:ent.end], ent)  # "A. M. Nimal Bandara", which the NER took from "Nimal"
        if ner_kind == "Organization" and len(ent) == 1 and ent[0].lower_ in TITLE_RANKS and ent.end < len(toks) \
                and toks[ent.end].lower_ in PORTFOLIO_TITLES:
            continue  # "Cabinet Secretary for Health X": a rank of the title, no body
        if ner_kind is not None and ent[0].is_title and _title_of_a_work(toks, ent.start, ent.end):
            continue  # "Her second novel, The Copper Orchard": a book's title, whatever the NER made of it
        if ent.label_ == "NORP" and len(ent) == 1 and ent.text in family_first:
            ner_kind = "Person"  # "Han, 41, accepted": the family name of "Han Seo-yeon", not the Han people
        elif ent.label_ == "NORP" and ent.end < len(toks) and toks[ent.end].lower_ in NAMED_LAND and \
                (ent.start == 0 or toks[ent.start - 1].dep_ != "det") and ent[0].pos_ == "PROPN" and \
                not any(ent.text.lower() in table for table in (lx.DEMONYMS, lx.PERSON_DEMONYMS, lx.REGION_DEMONYMS)):
            ner_kind = "Place"  # "on Moheshkhali island": no people's adjective, the island's name
        elif ent.label_ == "NORP" and len(ent) == 1 and ent[0].is_title and ent[0].dep_ == "pobj" and \
                ent[0].head.lower_ in ("in", "at", "near", "outside", "from") and not any(
                    ent.text.lower() in table for table in (lx.DEMONYMS, lx.PERSON_DEMONYMS, lx.REGION_DEMONYMS)):
            ner_kind = "Place"  # "in the Legislative Assembly in Iqaluit", "from Toruń": no people one is in
        elif ent.label_ == "NORP" and UNITS_AFTER_LIST.match(text, ent.end_char) and \
                LIST_BEFORE.search(text, max(0, ent.start_char - 60), ent.start_char) and not any(
                    ent.text.lower() in table for table in (lx.DEMONYMS, lx.PERSON_DEMONYMS, lx.REGION_DEMONYMS)):
            ner_kind = "Place"  # "in Luang Prabang, Oudomxay and Savannakhet provinces": the last of the list
        elif ent.label_ in ("LAW", "WORK_OF_ART") and len(ent) > 1 and ent[-1].is_title and \
                name_key(ent[-1].text) in lx.EVENT_DESIGNATORS and ent[-1].lower_ not in TREATY_WORDS and \
                all(t.is_title or t.lower_ in ("the", "of", "on", "and", "for") for t in ent):
            ner_kind = "Event"  # "the sidelines of the Namma Startup Conclave", which the NER took for a law
        if ner_kind is None or (ner_kind == "Place" and ent.text.isupper() and len(ent.text) <= 3):
            continue  # an unknown short capitalized "place" ("AI") is an acronym, not a country
        if ner_kind == "Organization" and ent.end + 1 < len(toks) and toks[ent.end].lower_ in PORTFOLIO_TITLES and \
                toks[ent.end].is_title and _name_token(toks[ent.end + 1]) and \
                not any(name_key(t.text) in lx.ORG_DESIGNATORS or t.is_upper for t in ent) and \
                lx.known_kind(ent.text) is None:  # (but "NYPD Commissioner X" is of the NYPD)
            continue  # "Social Welfare Secretary Liwayway Santos": a portfolio, no body
        if ner_kind in ("Organization", "Person") and all(t.lower_ in lx.PORTFOLIO_VOCAB for t in ent) and \
                _portfolio_then_name(toks, ent.end):
            continue  # "ICT and Innovation Minister Claudine Uwase": the first of a title's portfolios, no body
        if len(ent) == 1 and ent[0].is_sent_start and ent[0].pos_ == "NOUN" and ner_kind == "Person" and \
                not ent[0].is_upper and (ent[0].tag_ == "NNS" or ent[0].lower_ not in lx.GIVEN_NAME_GENDER and
                                         ent[0].text not in capitalized_inside):
            # "Coins found in the soil suggest ...", "Turnout was 64.8 percent": a common noun that opens a
            # sentence (not "Baker said", where the article writes "James Baker" elsewhere)
            continue
        if len(ent) == 1 and ent[0].is_sent_start and ent[0].pos_ == "NOUN" and not ent[0].is_upper and \
                ent[0].dep_ == "compound" and ent[0].head.is_lower and ent[0].head.pos_ == "NOUN" and \
                ent[0].lower_ in lower_words and ent[0].text not in capitalized_inside:
            # "Customs officers in Lagos seized ...", where the article writes "customs" elsewhere (not "Target cut
            # its forecast", a company, whatever the article says of its sales target)
            continue

        if len(ent) == 1 and an.in_title(ent.start_char) and ent[0].lower_ in lower_words and \
                ent.text not in text[an.article.body_offset:]:
            continue  # "Ferry captain tells inquiry ...": a headline's capital, a word the article writes lower-case
        offset = ent.start_char
        pieces = re.split(r"(,\s*)", ent.text)
        words = [p for p in pieces if p and not p.startswith(",")]
        if words and words[0].lower().startswith("the "):
            words[0] = words[0][4:]
        if len(words) > 1 and name_key(words[-1].split()[-1]) in lx.ORG_DESIGNATORS and \
                all(len(p.split()) == 1 and p[:1].isupper() for p in words[:-1]):
            pieces = [ent.text]  # "Meteorology, Climatology and Geophysics Agency": a list inside one name
        elif len(words) > 1 and (listed := DESIGNATOR_FOR.fullmatch(words[0])) and \
                name_key(listed.group(1)) in lx.ORG_DESIGNATORS and \
                all(len(p.split()) == 1 and p[:1].isupper() for p in words[1:-1]) and \
                (re.fullmatch(r"(?:and )?[A-Z]\w+(?: and [A-Z]\w+)?", words[-1]) or
                 re.fullmatch(r"[A-Z]\w+ and [A-Z]\w+ [A-Z]\w+", words[-1]) and all(
                     w.lower() in lx.PORTFOLIO_LIST_WORDS for w in words[-1].split() if w != "and") or
                 re.fullmatch(r"[A-Z]\w+ and Other(?: [A-Z]\w+){1,2}", words[-1])):
            # "Department for Culture, Media and Sport", "Ministry of Commerce, Industry and Investment Promotion",
            # "Committee on Trade, Tourism and Other Services": what the body is for, a list
            pieces = [ent.text]
            ner_kind = "Organization"
        elif len(words) > 1 and (listed := PORTFOLIO_BODY.fullmatch(words[0])) and \
                name_key(listed.group(1)) in lx.ORG_DESIGNATORS and all(
                    w.lower() in lx.PORTFOLIO_VOCAB for p in words[1:] for w in p.split() if w not in ("and", "&")):
            pieces = [ent.text]  # "Ministry of Higher Education, Science and Innovation": a list of portfolios
        halves = ent.text.split(" and ")
        listed = DESIGNATOR_FOR.fullmatch(halves[0].removeprefix("the ").removeprefix("The "))
        short_form = SHORT_FORM_AFTER.match(text, ent.end_char)
        if " and " in ent.text and lx.known_kind(ent.text) is None and not (
                # ("the Australian Competition and Consumer Commission (ACCC)": one name, as its short form says)
                short_form and acronym_of(short_form.group(1), ent.text)) and not (
                listed and name_key(listed.group(1)) in lx.ORG_DESIGNATORS and len(halves) == 2 and
                halves[1][:1].isupper() and len(halves[1].split()) <= 2) and (
                # ("the Ministry of Labour and Employment": what a body is of, a list)
                all(text.count(p) > text.count(ent.text) or lx.known_kind(p) for p in halves) or
                all(len(p.split()) >= 2 and name_key(p.split()[-1]) in lx.ORG_DESIGNATORS for p in halves) or
                len(halves) == 2 and lx.known_kind(halves[0]) == "Place" and re.fullmatch(r"[A-Z][\w'-]+", halves[1])
                and ner_kind != "Person"):
            # ("Florence and Prato": a known town and another word, two places)
            # "Okafor and IMF", "Valmar Air and Sorrento Airways": two names the NER joined
            pieces = re.split(r"( and )", ent.text)
        located = BODY_IN_TOWN.fullmatch(ent.text)
        if located and (name_key(located.group(1).split()[-1]) in lx.ORG_DESIGNATORS or
                        name_key(located.group(1).split()[-1]) in lx.EVENT_DESIGNATORS or
                        name_key(located.group(1).split()[-1]) in STREETS or
                        any(w in TOPICAL_EVENTS for w in name_key(located.group(1)).split()[1:-2])):
            # "X Institute in Arequipa": a body and a town ("the X Summit in Y", "the Conference on X in Y": an event;
            # "X Street in Colombo": a street and its town)
            pieces = [located.group(1), " in ", located.group(2)]
            # (a mission is no designator: "the UN Verification Mission in Colombia" is one name)
        for part in pieces:
            if part and not part.startswith(",") and part not in (" and ", " in "):
                start = offset
                words = part.split(" ")
                part_kind = ner_kind
                two_word_title = 4 <= len(words) <= 5 and " ".join(words[:2]).lower() in lx.TITLES and \
                    not any(w.lower() in lower_words for w in words[2:])
                if ner_kind == "Organization" and words[0].lower() in TITLE_WORDS and \
                        words[0].lower() not in NO_TITLE_ALONE and (
                            3 <= len(words) <= 4 and words[1].lower() in lx.GIVEN_NAME_GENDER or two_word_title) and \
                        all(w[:1].isupper() and name_key(w) not in lx.ORG_DESIGNATORS for w in words[1:]):
                    # "Councillor Ines Moreau", "Comptroller General Marisol Castillo Ureña", which the NER took for
                    # a body: a titled person
                    part_kind = "Person"
                if part_kind == "Person":
                    # "Councillor Ana Ruiz": the title the NER took into the name is a job title, not a name
                    lead = 0
                    if len(words) >= 3 and words[1].lower() in TITLE_WORDS and words[0].lower() in lx.PORTFOLIOS \
                            and words[1].lower() not in lx.PORTFOLIOS:
                        lead = 1  # "Languages Minister Tagak Amarualik": a portfolio the NER took into the name
                    while lead < len(words) - 1 and words[lead].lower() in TITLE_WORDS:
                        lead += 1
                    if any(name_key(w) in lx.ORG_DESIGNATORS for w in words[lead:]):
                        lead = 0  # "Chief Inspectorate of Environmental Protection": a body the NER took for a man
                    if 0 < lead and words[0].lower() not in ROYAL_TITLES:
                        start += len(" ".join(words[:lead])) + 1
                if ner_kind in ("Person", "Organization") and start == offset and len(words) > 2 and \
                        words[0].lower() in lx.PORTFOLIOS and PORTFOLIO_OF.search(text, max(0, start - 30), start) \
                        and all(w[:1].isupper() and w.lower() not in NAME_FUNCTION_WORDS for w in words[1:]):
                    start += len(words[0]) + 1  # "Commissioner for" + "Transportation Folasade Ogunleye"
                    part_kind = "Person"  # (not "Secretary of" + "Health and Human Services X")
                if ner_kind == "Event" or part.split()[-1].lower() in lx.EVENT_DESIGNATORS:
                    before = text[max(0, start - 5):start]
                    if re.fullmatch(r"(?:19|20)\d\d ", before):
                        start -= 5
                end = offset + len(part)
                score = TRAILING_SCORE.search(text, start, end)
                if score and ner_kind != "Event":
                    end = score.start()  # "Camila Restrepo of Colombia 4-6": a score is no part of a name
                amount = TRAILING_AMOUNT.search(text, start, end)
                if amount and amount.start() > start:
                    end = amount.start()
                of_country = PERSON_OF_COUNTRY.fullmatch(text, start, end)
                if of_country and lx.canonical(of_country.group(2)) in lx.COUNTRY_NAMES and \
                        lx.known_kind(text[start:end]) is None and not any(
                            name_key(w) in NOT_A_PERSON_WORDS for w in of_country.group(1).split()) and \
                        name_key(of_country.group(1).split()[-1]) not in lx.ORG_DESIGNATORS:
                    # "top seed Camila Restrepo of Colombia", later "Restrepo": a player and her country
                    if (m := add(start, of_country.end(1), "Person", 1.0)) is not None:
                        m.ner = "Person"
                    country = of_country.start(2)
                    add(country, end, "Place", 0, fixed="Place", canonical=lx.canonical(of_country.group(2)))
                elif len(pieces) > 1 and (known := lx.known_kind(text[start:end])) is not None:
                    # one of two names the NER joined, which world knowledge knows ("Florence" of "Florence and
                    # Prato"): as the gazetteer would have taken it alone
                    add(start, end, None, 0, fixed=known, canonical=lx.canonical(text[start:end]))
                elif (m := add(start, end, part_kind, 1.0)) is not None and m.votes.get(part_kind or "", 0) > 0:
                    m.ner = part_kind
            offset += len(part)
    # 4. a descriptor before a capitalized name: "the union Havenbond", "newspaper Diario Atlantico"
    for tok in an.tokens:
        descriptor = "start-up" if tok.lower_ == "up" and tok.i >= 2 and toks[tok.i - 1].text == "-" and \
            toks[tok.i - 2].lower_ == "start" else tok.lower_  # (the tokenizer's "start", "-", "up")
        if not tok.is_lower or tok.pos_ not in ("NOUN", "PROPN") and descriptor != "start-up" and not (
                tok.lower_ in ("daily", "weekly") and tok.i + 1 < len(toks) and toks[tok.i + 1].is_title and
                tok.i > 0 and (toks[tok.i - 1].lower_ in ("the", "a") or toks[tok.i - 1].is_lower and
                               toks[tok.i - 1].pos_ in ("NOUN", "ADJ") or
                               tok.i > 1 and toks[tok.i - 1].pos_ == "PROPN" and toks[tok.i - 1].is_title and
                               toks[tok.i - 2].lower_ in ("the", "a"))):
            continue  # ("the business daily Gazeta Rynkowa", "the Kigali daily X", whatever the tagger made of "daily")
        head_kind = ("Organization" if descriptor in lx.ORG_HEADS or tok.lower_ == "station" and any(
                         c.dep_ in ("compound", "amod") and c.lower_ in ("radio", "television", "tv")
                         for c in tok.children) or tok.lower_ == "gazette" or tok.lower_ == "service" and any(
                         c.dep_ in ("compound", "amod") and c.is_lower for c in tok.children)
                     # ("the radio station Radyo Bayanihan": a broadcaster; "the national weather service X", "the
                     # official gazette Y")
                     else "Place" if tok.lower_ in lx.PLACE_HEADS else None)
        if tok.lower_ in ADMINISTRATIVE_UNITS and tok.i + 2 < len(toks) and toks[tok.i + 1].lower_ == "of" and (
                tok.lower_ not in ("department", "territory") or any(
                    c.dep_ == "amod" and c.lower_ in COMPASS_ADJECTIVES for c in tok.children)):
            head_kind = "Place"  # "the western department of Copán" (not "the department of Health")
        if head_kind is None or tok.i + 1 < len(toks) and toks[tok.i + 1].is_title and \
                toks[tok.i + 1].lower_ in TITLE_WORDS and name_key(toks[tok.i + 1].text) not in BODY_WORDS:
            continue  # (not "central bank Governor X": the bank's governor, a person)
        j = tok.i + 1
        if head_kind == "Place" and j + 1 < len(toks) and toks[j].lower_ == "of":
            j += 1  # "the city of Rivertown", "the port of Antwerp"
            tok = toks[j - 1]
        # (a name the NER found counts whatever the tagger made of its words: "side Deportes Lautaro")
        while j < len(toks) and j - tok.i <= MAX_NAME_TOKENS and not toks[j].is_sent_start:
            if j > tok.i + 1 and _title_then_name(toks, j) is not None:
                break  # "the German carmaker Volkswagen Chief Executive Oliver Blume": the body, then a person
            if (toks[j].pos_ in ("PROPN", "X") or toks[j].ent_type_) and (toks[j].is_title or toks[j].is_upper):
                j += 1
            elif j > tok.i + 1 and toks[j].lower_ in NAME_PARTICLES and j + 1 < len(toks) and (
                    toks[j + 1].is_title or toks[j + 1].lower_ in NAME_PARTICLES and j + 2 < len(toks) and
                    toks[j + 2].is_title):
                j += 1  # "the village of Santa Rosa de Quilla", "the group Red Andina del Agua"
            else:
                break
        if j > tok.i + 2 and head_kind == "Organization" and toks[tok.i + 1].ent_type_ and \
                toks[tok.i + 1].ent_iob_ == "B" and all(toks[k].ent_iob_ == "I" for k in range(tok.i + 2, j)) and \
                (j == len(toks) or toks[j].ent_iob_ != "I"):
            # "the Riga-based consultancy Baltic Freight Insight", one name to the NER whatever kind it gave it: a
            # place world knowledge found inside it is part of the body's name
            start, end = toks[tok.i + 1].idx, toks[j - 1].idx + len(toks[j - 1])
            for key in [k for k, n in found.items() if start <= n.start and n.end <= end and k != (start, end)
                        and n.fixed == "Place" and n is not dateline]:
                del found[key]
                taken[key[0]:key[1]] = [False] * (key[1] - key[0])
        if j > tok.i + 1:
            m = add(toks[tok.i + 1].idx, toks[j - 1].idx + len(toks[j - 1]), head_kind, 3.0)
            if m is not None and head_kind == "Organization":
                m.votes["_head:" + tok.lower_] += 1
                # "the environmental group Fundación Desierto Vivo", which the NER cut in two: the pieces are the name's
                for key in [k for k, n in found.items() if n is not m and not n.fixed and
                            m.start <= n.start and n.end <= m.end]:
                    del found[key]
    # 4b. a name its short form in brackets defines, whatever the NER made of it: "the Prime Minister's Office
    # (PMO)", "the Commission to Investigate Allegations of Bribery or Corruption (CIABOC)"
    titles: list[tuple[int, int]] = []
    for short in SHORT_FORM_DEFINED.finditer(text):
        defined = _named_by_short_form(text, short.start(), short.group(1))
        if defined is not None and _a_title(text[defined[0]:defined[1]]):
            # "a Member of Parliament (MP)": a title, no name, nor is "Parliament" in it one
            for key in [k for k, n in found.items() if defined[0] <= n.start and n.end <= defined[1] and not n.fixed]:
                del found[key]
            titles.append(defined)
            continue
        if defined is None or defined in found:
            continue
        within = [k for k, n in found.items() if defined[0] <= n.start and n.end <= defined[1]]
        if within or any(name_key(w) in lx.ORG_DESIGNATORS or w.lower() in lx.ORG_WORDS
                         for w in text[defined[0]:defined[1]].split()):
            # (a name, not "Gross Domestic Product (GDP)": a body's word in it, or a name the NER or world knowledge
            # found inside it, which goes: "Sri Lanka" of "Transparency International Sri Lanka (TISL)", as a longer
            # NER name holds a known one in step 2)
            for key in within:
                del found[key]
            if not any(n.start < defined[1] and defined[0] < n.end for n in found.values()):
                taken[defined[0]:defined[1]] = [False] * (defined[1] - defined[0])
                add(defined[0], defined[1], None, 0)
    # 5. runs of capitalized proper nouns the NER missed ("Felix Braun, a lawyer"): kept if the article types them
    occupied = [False] * len(text)
    for a, b in [(m.start, m.end) for m in found.values()] + titles:
        for c in range(a, b):
            occupied[c] = True
    title_words = TITLE_WORDS
    i = 0
    while i < len(toks):
        if not _name_token(toks[i]) and not _given_name_the_ner_took_for_a_people(toks, i) and \
                not _initials_before_name(toks, i) and not (
                i + 1 < len(toks) and _name_token(toks[i + 1]) and toks[i].is_title and toks[i].is_alpha and
                toks[i].pos_ in ("NOUN", "ADJ", "VERB") and not toks[i].is_stop and not toks[i].ent_type_ and
                toks[i].lower_ not in lower_words and toks[i].lower_ not in title_words and
                toks[i].lower_ not in lx.DEMONYMS and toks[i].whitespace_ == " "):
            # ("Timmins Police Service": a town's name the tagger took for a plural noun, which the article never
            # writes in lower case)
            i += 1
            continue
        j = i + 1 if not _name_token(toks[i]) and not _initials_before_name(toks, i) else i
        while j < len(toks) and j - i < MAX_NAME_TOKENS:
            if _name_token(toks[j]):
                j += 1
            elif j > i and toks[j].lower_ in SURNAME_PARTICLES and toks[j].is_lower and j + 1 < len(toks) and (
                    _name_token(toks[j + 1]) or toks[j + 1].lower_ in SURNAME_PARTICLES and toks[j + 1].is_lower and
                    j + 2 < len(toks) and _name_token(toks[j + 2])) and toks[j - 1].whitespace_:
                j += 1  # "Anneliese van der Meer-Coppens": particles inside a surname
            elif j > i and toks[j].text in ("-", "\u2013") and not toks[j - 1].whitespace_ and \
                    not toks[j].whitespace_ and j + 1 < len(toks) and _name_token(toks[j + 1]):
                j += 2  # "the Third Anglo-Asante War"
            elif _initials_before_name(toks, j):
                j += 1  # "A. M. Nimal Bandara": initials before the names
            elif j > i and _korean_syllable(toks, j):
                j += 2  # "Oh Min-seok", "Lee Hae-jin": a Korean given name's second syllable
            elif j > i and toks[j].text in ("'", "\u2019") and toks[j - 1].lower_.endswith("s") and \
                    _designator_follows(toks, j + 1):
                j += 2  # "the Chattogram Citizens' Forum", "the Riders' Rights Coalition": a plural possessive inside
                # a body's name
            else:
                break
        if i > 0 and j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].text.isdigit() and \
                toks[j + 2].text == "," and toks[i - 1].is_title and toks[i - 1].is_alpha and not toks[i - 1].is_stop \
                and toks[i - 1].pos_ in ("ADJ", "NOUN", "VERB") and not toks[i - 1].ent_type_:
            i -= 1  # "Anneliese Gruber, 68,": a given name the tagger took for an adjective, before an age
        if j > i and toks[j - 1].lower_ in BODY_WORDS:  # (the lexicon holds both forms of accented words)
            # a body's name: "the Riders' Rights Coalition" with the plural possessive the tagger took for a common
            # noun, "The Polish Builders' Federation" with the nationality it opens with
            if i >= 2 and toks[i - 1].text in ("'", "\u2019") and toks[i - 2].is_title and toks[i - 2].is_alpha and \
                    toks[i - 2].lower_.endswith("s") and not toks[i - 2].whitespace_:
                i -= 2
            if i >= 2 and (toks[i - 1].lower_ in lx.DEMONYMS or toks[i - 1].lower_ in PLACE_QUALIFIERS) and \
                    toks[i - 1].is_title and toks[i - 2].lower_ == "the":
                i -= 1  # ("The Eastern Caribbean Feeder Operators' Council")
        k = i
        while k < j and (toks[k].lower_ in title_words or (toks[k].lower_ in lx.PORTFOLIOS or
                                                           toks[k].lower_ in TITLE_RANKS) and k + 1 < j and
                         toks[k + 1].lower_ in title_words):
            k += 1  # ("Culture Minister Chea Sovannary", "Languages Minister X": the title is no part of the name)
        if k == i and _portfolio_title(toks, i, inside=True) is not None:
            while k + 1 < j and toks[k].lower_ in lx.PORTFOLIO_VOCAB:
                k += 1  # "Minister of National Security Vidya Maharaj-Singh": the portfolio is the title's
        inner = [t for t in range(k + 1, j - 1) if toks[t].lower_ in title_words and toks[t + 1].lower_ not in
                 title_words]
        if inner and any(occupied[toks[k].idx:toks[inner[-1]].idx]):
            k = inner[-1] + 1  # "Kessler Haus Chief Executive Matthias Brunner": the company, its title, the person
        elif inner and (title := _inner_title(toks, k, inner[-1])) is not None:
            # "Hanbit Mart Chief Executive Choi Min-seo", neither name the NER's: a body, its title, the person
            add(toks[k].idx, toks[title - 1].idx + len(toks[title - 1]), "Organization", 1.0)
            k = inner[-1] + 1
        if k < j and (_title_of_a_work(toks, k, j) or all(toks[t].lower_ in lx.PORTFOLIO_VOCAB for t in range(k, j))
                      and _portfolio_then_name(toks, j)):
            i = j  # (nor "ICT" in "ICT and Innovation Minister X": the first of a title's portfolios)
            continue
        run_start, run_end = (toks[k].idx, toks[j - 1].idx + len(toks[j - 1])) if k < j else (0, 0)
        inside_run = [span for span, n in found.items() if n.start < run_end and n.end > run_start]
        if k < j and inside_run and not any(taken[run_start:run_end]) and \
                any(toks[t].text in ("'", "\u2019") for t in range(k, j)) and \
                toks[j - 1].lower_ in BODY_WORDS and all(
                    not found[span].fixed and run_start <= span[0] and span[1] <= run_end for span in inside_run):
            # "the Montenegrin Film Directors' Guild", of which the NER took "Guild" alone: the body's whole name
            for span in inside_run:
                del found[span]
            add(run_start, run_end, "Organization", 3.0)
            i = j
            continue
        hall_start = next((n for n in found.values() if n.end == toks[k].idx - 5 and not n.fixed), None) \
            if k < j and text.endswith(" and ", 0, toks[k].idx) else None
        if hall_start is not None and name_key(hall_start.text).rsplit(None, 1)[-1] in HALL_PURPOSES and \
                toks[j - 1].lower_ in HALLS and not any(occupied[toks[k].idx:toks[j - 1].idx + len(toks[j - 1])]):
            # "the Oman Convention and Exhibition Centre", which the NER cut at "and": one building
            del found[(hall_start.start, hall_start.end)]
            add(hall_start.start, toks[j - 1].idx + len(toks[j - 1]), "Place", 3.0)
            i = j
            continue
        if k < j and not any(occupied[toks[k].idx:toks[j - 1].idx + len(toks[j - 1])]):
            m = add(toks[k].idx, toks[j - 1].idx + len(toks[j - 1]), None, 0)
            if m is not None and not m.votes and not m.fixed:
                m.weak = True
        i = j
    return sorted(found.values(), key=lambda m: (m.start, -m.end))


LANGUAGE_SAID = re.compile(r"\b([A-Z][\w'\u2019-]+), (?:the|a|an) (?:[\w-]+ ){0,4}?(?:language|dialect|tongue)"
                           r"(?=[,.;]| (?:spoken|of|that|which|used|in|most|taught|written|shared|closest)\b)|"
                           r"\b(?:speak|speaks|speaking|spoke|spoken) ([A-Z][\w'\u2019-]+)\b(?! [A-Z])|"
                           r"\bfluent in ([A-Z][\w'\u2019-]+)\b(?! [A-Z])|"
                           r"\b([A-Z][\w'\u2019-]+)-(?:speaking|language)\b")


def _languages(text: str) -> set[str]:
    """Names the article shows to be languages: "Inuktut, the language spoken at home", "speaking Inuktitut",
    "Inuktut-speaking staff"."""
    return {name for m in LANGUAGE_SAID.finditer(text) for name in m.groups() if name}


def _title_of_a_work(toks: Sequence[Token], start: int, end: int) -> bool:
    """Whether capitalized words the NER passed over are the title of a book, a film or a song: "her first novel,
    The Mulberry Looms", "the film Night Shift"."""
    before = start - 1
    if before >= 0 and toks[before].lower_ == "the" and toks[before].is_title:
        before -= 1  # ("The Mulberry Looms")
    comma = before >= 0 and toks[before].text == ","
    if comma:
        before -= 1
    if before < 0 or toks[before].lemma_ not in lx.WORKS or toks[before].pos_ != "NOUN":
        return False
    head = toks[end - 1]
    while head.dep_ == "compound" and start <= head.head.i < end:
        head = head.head
    if comma:  # the work's name in apposition ("her first novel, The X,"), not a subject ("In his book, X wrote")
        return head.dep_ == "appos" and head.head.i == before or head.ent_type_ == "WORK_OF_ART"
    # "the film Night Shift" (not "the show Tom Hanks hosts")
    return head.ent_type_ != "PERSON" and (head.dep_ == "appos" and head.head.i == before or
                                           toks[before].dep_ == "compound" and toks[before].head.i == head.i)


def _holder_title(words: Sequence[Token] | SpacySpan) -> str | None:
    """The title (lower case) these words are, when it shows that a name next to it is a holder's: a known title,
    but not a weak or one-word title that names also use ("Head", "General", "State") or that follows a portfolio."""
    phrase = " ".join(t.lower_ for t in words)
    return phrase if phrase in lx.TITLES and (len(words) > 1 or phrase not in NO_TITLE_ALONE) else None


def _inner_title(toks: Sequence[Token] | Doc, start: int, last: int) -> int | None:
    """Where a title ending at token `last` starts inside a run of capitalized words that begins at `start`, when
    the words before it are a name: "Hanbit Mart [Chief Executive] Choi"."""
    return next((first for first in range(start + 1, last + 1) if _holder_title(toks[first:last + 1])), None)


def _portfolio_title(toks: Sequence[Token] | Doc, i: int, inside: bool = False) -> int | None:
    """Where the title starts when a name follows its portfolio at token i ("Minister of National Security | Vidya
    Maharaj-Singh", "Deputy Secretary of Public Works and Highways | X"), or, `inside`, when the portfolio itself
    starts at token i ("Minister of | National Security ...", "Secretary of Public Works and | Highways ...").
    Not "Director of the FBI, X": a body, no portfolio; not "the Minister for Health, X,", a title in apposition."""
    if inside and toks[i].lower_ not in lx.PORTFOLIO_VOCAB or not inside and toks[i - 1].lower_ in (",", "and", "&"):
        return None  # (nor "X, Minister of Trade and Industry, and | Y": the title of the name before)
    at = i - 1
    while at >= 1 and (toks[at].lower_ in ("and", ",", "&") or toks[at].is_title and
                       toks[at].lower_ in lx.PORTFOLIO_VOCAB):
        at -= 1  # (back over the portfolio's earlier words)
    if at >= 1 and toks[at].lower_ == "the":
        at -= 1  # "Minister for the Environment"
    if not inside and not any(toks[t].is_title and toks[t].lower_ in lx.PORTFOLIO_VOCAB for t in range(at + 1, i)):
        return None
    if at >= 3 and toks[at].lower_ == "for" and toks[at - 1].lower_ == "state" and toks[at - 2].lower_ == "of":
        at -= 2  # "Minister of State for Trade"
    if at < 1 or toks[at].lower_ not in ("of", "for"):
        return None
    start = at - 1
    if toks[start].lower_ == "general" and start >= 1:
        start -= 1  # "Commissioner General of Examinations", "Director General of Customs"
    if toks[start].lower_ not in PORTFOLIO_TITLES and toks[start].lower_ != "director" or not toks[start].is_title:
        return None
    while start >= 1 and toks[start - 1].is_title and toks[start - 1].lower_ in TITLE_RANKS:
        start -= 1  # "Deputy Minister of", "Cabinet Secretary for"
    return start


def _title_then_name(toks: Sequence[Token] | Doc, i: int) -> str | None:
    """The capitalized title (lower case) that starts at token `i` and is followed by a name: "Chairman Anand
    Mehta", "Chief Executive Choi"."""
    if i >= len(toks) or toks[i].lower_ not in TITLE_WORDS or not toks[i].is_title:
        return None
    for end in range(min(i + 4, len(toks) - 1), i, -1):
        words = toks[i:end]
        if all(t.is_title for t in words) and _name_token(toks[end]) and toks[end].lower_ not in TITLE_WORDS and \
                (title := _holder_title(words)) is not None:
            return title
    return None


def _designator_follows(toks: Sequence[Token] | Doc, j: int) -> bool:
    """Whether the capitalized words from token j on end in a body's designator: "Rights Coalition", "Forum"."""
    k = j
    while k < len(toks) and k - j < 4 and _name_token(toks[k]):
        k += 1
    return k > j and name_key(toks[k - 1].text) in BODY_WORDS


def _given_name_the_ner_took_for_a_people(toks: Sequence[Token] | Doc, i: int) -> bool:
    """A capitalized word the NER tagged a nationality or group, but which opens a person's name: a Korean family
    name before a given name ("Han Seo-yeon", not the Han people), or a given name before a surname's particles
    ("Anneliese van der Meer-Coppens", no nationality)."""
    tok = toks[i]
    if not tok.is_title or tok.ent_type_ != "NORP" or not tok.is_alpha or tok.lower_ in lx.DEMONYMS or \
            i + 3 >= len(toks) or not tok.whitespace_:
        return False
    nxt = toks[i + 1]
    if len(tok) <= 4 and nxt.is_title and _korean_syllable(toks, i + 2):
        return True
    return nxt.is_lower and nxt.lower_ in SURNAME_PARTICLES and (_name_token(toks[i + 2]) or (
        toks[i + 2].lower_ in SURNAME_PARTICLES and _name_token(toks[i + 3])))


def _portfolio_then_name(toks: Sequence[Token], k: int) -> bool:
    """Whether the tokens from k go on with a title's portfolios, the title and a name: "and Innovation Minister
    Claudine Uwase" (after "ICT")."""
    if k >= len(toks) or toks[k].lower_ not in ("and", "&", ","):
        return False
    k += 1
    while k < len(toks) and toks[k].is_title and toks[k].lower_ in lx.PORTFOLIO_VOCAB and \
            toks[k].lower_ not in PORTFOLIO_TITLES:
        k += 1
    return k + 1 < len(toks) and toks[k].is_title and toks[k].lower_ in PORTFOLIO_TITLES and \
        toks[k - 1].lower_ not in ("and", "&", ",") and _name_token(toks[k + 1])


def _relabel(span: SpacySpan, ent: SpacySpan, label: str | None = None) -> SpacySpan:
    """A span of the Doc with the NER label of the entity it corrects (or the label given)."""
    from spacy.tokens import Span as SpacySpan

    return SpacySpan(span.doc, span.start, span.end, label=label or ent.label_)


def _region_inside_a_name(an: _Analysis, s: int, e: int, surnames: set[str]) -> bool:
    """Whether a region's name at s:e is a word of a longer name: a surname after a given name ("Maria Calabria",
    "Philando Castile", then added to `surnames`), or the first word of a team's or a body's ("Munster Rugby",
    "Odisha FC"); not "California Governor X", "Lower Saxony", "Quebec City", "in Bavaria on Monday"."""
    first, last = an.token(s), an.token(e - 1)
    if first is None or last is None:
        return False
    toks = an.tokens
    before = toks[first.i - 1] if first.i > 0 else None
    if before is not None and before.whitespace_ and _name_token(before) and before.lower_ not in TITLE_WORDS and \
            before.lower_ not in PLACE_QUALIFIERS and before.lower_ not in lx.DEMONYMS and \
            before.lower_ not in lx.PORTFOLIO_VOCAB and before.ent_type_ not in ("GPE", "LOC", "ORG", "NORP") and \
            lx.known_kind(before.text) is None:
        surnames.add(an.text[s:e])
        return True
    after = toks[last.i + 1] if last.i + 1 < len(toks) else None
    return after is not None and last.whitespace_ != "" and _name_token(after) and \
        after.lower_ not in HONORIFICS and not (after.i + 1 < len(toks) and toks[after.i + 1].text == "." and
                                                not after.whitespace_) and \
        (not after.is_upper or after.lower_ in lx.ORG_WORDS or after.lower_ in lx.ORG_DESIGNATORS) and \
        after.lower_ not in lx.DEMONYMS and after.lower_.rstrip("s") not in lx.DEMONYMS and \
        after.lower_ not in ADMINISTRATIVE_UNITS and \
        after.lower_ not in TITLE_WORDS and after.lower_ not in lx.PLACE_HEADS and \
        after.lower_ not in lx.PLACE_DESIGNATORS and after.lower_ not in lx.PORTFOLIO_VOCAB and \
        lx.known_kind(after.text) is None and after.ent_type_ not in ("GPE", "LOC")


def _initials_before_name(toks: Sequence[Token] | Doc, j: int) -> bool:
    """Whether token j is a person's initials before more of the name: "A. M. Nimal Bandara", "J.R. Okoro"."""
    t = toks[j]
    if not INITIALS.fullmatch(t.text) or not t.whitespace_ or j + 1 >= len(toks) or lx.known_kind(t.text):
        return False  # ("U.S. President X")
    nxt = toks[j + 1]
    return _name_token(nxt) and nxt.lower_ not in TITLE_WORDS or bool(INITIALS.fullmatch(nxt.text)) and \
        _initials_before_name(toks, j + 1)


def _korean_syllable(toks: Sequence[Token] | Doc, j: int) -> bool:
    """Whether tokens j and j + 1 are "-" and the lower-case second syllable of a Korean given name ("Min-seok")."""
    return 0 < j and j + 1 < len(toks) and toks[j].text == "-" and not toks[j - 1].whitespace_ and \
        not toks[j].whitespace_ and toks[j + 1].is_lower and toks[j + 1].is_alpha and \
        toks[j + 1].pos_ in ("NOUN", "PROPN", "VERB") and len(toks[j - 1]) <= 4 and toks[j - 1].is_title and \
        len(toks[j + 1]) <= 5


def _designator(tok: Token) -> bool:
    """Whether a word says a name is an organization's: "Agency", "Societies"."""
    low = tok.lower_
    return low in lx.ORG_DESIGNATORS or tok.lemma_.lower() in lx.ORG_DESIGNATORS or \
        low.endswith("ies") and low[:-3] + "y" in lx.ORG_DESIGNATORS or low[:-1] in lx.ORG_DESIGNATORS


AGED = re.compile(r"\b\d{1,3}[- ]year[- ]old\b")
# What a public body is called, and the words that end such a body's name: "the agency said" after "The Danish
# Veterinary and Food Administration closed three stalls"
AGENCY_HEADS = frozenset({"agency", "authority", "administration", "regulator", "directorate", "inspectorate",
                          "service", "office", "bureau", "commission", "watchdog"})
# Words in the names of public bodies and other non-businesses, which "the company" or "the firm" never means
PUBLIC_BODY_WORDS = frozenset({"authority", "ministry", "agency", "council", "commission", "court", "police", "union",
                               "association", "federation", "university", "department", "office", "committee",
                               "parliament", "government", "service", "inspectorate", "tribunal", "prosecutor",
                               "prosecutors", "regulator", "administration", "directorate", "board", "bureau",
                               "congress", "senate", "assembly", "legislature", "cabinet", "army", "navy", "military",
                               "party", "institute", "foundation", "charity", "church"})
# The state's forces, which speak as "the agency" too
STATE_FORCES = frozenset({"guard", "guards", "gendarmerie", "constabulary", "carabineros", "coastguard", "force"})
# Lower-case nouns after a name that make it the name of a piece of land ("Kutubdia island", "Kandal province")
NAMED_LAND = frozenset({"island", "islands", "atoll", "peninsula", "province", "district", "region", "county",
                        "municipality", "valley", "river"})
# Designators of structures and landforms, which no body is named by
BUILT_PLACES = frozenset({"bridge", "tunnel", "street", "avenue", "square", "airport", "river", "lake", "mountain",
                          "island", "canal", "strait", "peninsula", "valley", "stadium", "arena", "estuary", "inlet",
                          "dam", "barrage", "barrier", "highway", "motorway", "expressway", "freeway"})
# Buildings that are named for their place and often speak for who sits in them ("Buckingham Palace said"), a
# word that is rarely a surname after a given name ("Barbara Castle")
SEATS = frozenset({"castle", "palace", "cathedral", "mosque", "temple", "monastery", "abbey", "shrine", "pagoda"})
# What a centre is when it is a building: "the Kissy Hill Correctional Centre", "the Barbican Arts Centre"
CENTRE_SITES = frozenset({"correctional", "detention", "remand", "shopping", "convention", "conference", "exhibition",
                          "trade", "arts", "cultural", "community", "sports", "leisure", "aquatic", "civic", "city",
                          "town", "visitor", "visitors", "heritage", "transit", "evacuation", "reception",
                          "holding", "distribution", "logistics", "data"})
# Bodies often named after a person, whose name alone is then the person's: "the Tony Elumelu Foundation"
NAMED_FOR_PEOPLE = frozenset({"foundation", "trust", "institute", "fund", "prize", "award", "school", "college",
                              "university", "hospital", "centre", "center", "memorial", "museum", "library", "academy",
                              "society", "group", "chair", "lecture", "scholarship"})
# "Cup" in the languages of the cups' names, before the name: "the Copa Libertadores", "the Coupe de France"
CUP_PREFIXES = frozenset({"copa", "coppa", "coupe", "taça", "taca", "pokal", "puchar"})
NEARBY = frozenset({"nearby", "neighbouring", "neighboring"})
PLACE_QUALIFIERS = frozenset({"western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
                              "upper", "lower", "greater", "inner", "outer"})
# Nouns that, put beside a name or before "of" a name, say it is a place: "X, the main harbour of Y", "the capital of Z"
SETTLEMENTS = frozenset({"city", "town", "village", "capital", "hamlet", "township", "municipality"})
APPOSED_PLACE_HEADS = lx.PLACE_HEADS | frozenset({"harbour", "harbor", "island", "islands", "archipelago", "peninsula",
                                                  "range", "mountain", "mountains", "massif", "ridge", "peak",
                                                  "volcano", "hill", "hills", "plateau", "glacier", "desert", "forest",
                                                  "suburb", "neighbourhood", "neighborhood", "outskirts", "outskirt",
                                                  "coast", "resident", "inhabitant", "villager", "mayor", "centre",
                                                  "center"})
NATURAL_FEATURES = frozenset({"range", "mountain", "mountains", "massif", "ridge", "peak", "volcano", "hill", "hills",
                              "plateau", "glacier", "desert", "forest", "island", "islands", "archipelago",
                              "peninsula", "river", "lake", "bay", "gulf", "valley", "lagoon", "delta", "estuary"})
MEMBERS_OF = frozenset({"member", "members", "spokesperson", "spokesman", "spokeswoman", "leadership",
                        "chairman", "chairwoman", "founder", "affiliate", "board"})
REGULATOR_HEADS = frozenset({"authority", "commission", "regulator", "supervisor", "watchdog", "ombudsman"})
REGULATING_VERBS = frozenset({"fine", "sanction", "penalize", "penalise", "censure", "regulate", "supervise", "license",
                              "licence", "ban", "suspend", "reprimand", "investigate"})
# Lemmas the small English model gets wrong for words news uses often
LEMMA_FIXES = {"fined": "fine", "fines": "fine", "fining": "fine"}  # ("fin")


def _lemma(tok: Token) -> str:
    return LEMMA_FIXES.get(tok.lower_, tok.lemma_)


def _root_of_name(tok: Token, start: int, end: int) -> Token:
    """The token of the name in characters [start, end) whose head lies outside it, walking up from `tok`:
    "Authority" of "Monetary Authority of Singapore"."""
    while tok.head.i != tok.i and start <= tok.head.idx < end:
        tok = tok.head
    return tok


def _named_alone(doc: Doc, tok: Token) -> bool:
    """Whether the article writes a word of a hyphened name elsewhere on its own as a person's ("Ronaldo scored
    twice", before "the Messi-Ronaldo rivalry")."""
    return any(t.i != tok.i and t.text == tok.text and t.ent_type_ == "PERSON" and
               not (t.i > 0 and doc[t.i - 1].text == "-") and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
               for t in doc)


def _barrel(tok: Token) -> bool:
    """A capitalized word that can be one half of a double-barrelled name ("Dubé", "Perera")."""
    return tok.is_alpha and tok.text[0].isupper() and not tok.is_upper and tok.ent_type_ in ("", "PERSON")


def _named_as(last: Token) -> Token | None:
    """The body or place a name is given to, when the name is what it is called or named ("a new company, to be
    called X", "a village named Y"), if the noun is one of a body or a place."""
    verb = last.head if last.dep_ in ("oprd", "attr", "dobj", "xcomp") else None
    if verb is None or verb.lemma_ not in ("call", "name", "rename") or verb.dep_ not in ("acl", "relcl") or \
            verb.tag_ != "VBN" and not any(c.lower_ == "be" for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ == "ROOT" or any(
            c.dep_ in ("oprd", "attr", "dobj", "ccomp", "xcomp") and c.i != last.i or
            c.dep_ == "prep" and c.lower_ == "as" or c.lemma_ == "have" and c.dep_ == "aux" or
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("which", "that") for c in verb.children):
        # "the bank named Sarah Kim as chief financial officer", parsed as "the bank (that was) named ...", "the
        # city named X its poet laureate", "which has named X", "whose founder is called X": a person's naming
        return None
    return noun if noun.pos_ == "NOUN" and (noun.lemma_ in lx.ORG_HEADS or noun.lemma_ in lx.PLACE_HEADS) else None


def _last_two_listed(ent: SpacySpan) -> bool:
    """Whether a name the NER found is the last two parts of a list: "Mediation and Arbitration", "Insurance and
    Other Financial Institutions"."""
    return 3 <= len(ent) <= 5 and ent[0].is_title and any(t.lower_ == "and" for t in ent[1:-1]) and \
        all(t.is_title or t.lower_ == "and" for t in ent) and sum(t.lower_ == "and" for t in ent) == 1


def _a_title(name: str) -> bool:
    """Whether a run of capitalized words is a title rather than a name: "Member of Parliament", "Members of the
    European Parliament" (not "the Inspector General of Police (IGP)", who speaks as the office)."""
    first = name.split()[0].lower() if name.split() else ""
    return first in ("member", "members")


def _named_by_short_form(text: str, bracket: int, short: str) -> tuple[int, int] | None:
    """The shortest run of capitalized words (with "of", "to", "or", "'s" ... inside) right before a bracket whose
    short form it is: "Transparency International Sri Lanka" of "(TISL)"."""
    if sum(c.isupper() for c in short) < 2:
        return None
    end = bracket
    while end > 0 and text[end - 1] == " ":
        end -= 1
    words = list(SHORT_FORM_WORD.finditer(text, max(0, end - 160), end))
    if not words or words[-1].end() != end:
        return None
    start = None
    for k in range(len(words) - 1, max(-1, len(words) - 12), -1):
        w = words[k].group()
        if k < len(words) - 1 and text[words[k].end():words[k + 1].start()] != " ":
            break  # (a comma, a dash, a line: the name ends there)
        if w[:1].isupper():
            if len(words) - k >= 2 and w[:1].lower() == short[0].lower() and \
                    acronym_of(short, text[words[k].start():end]):
                start = words[k].start()
                break
        elif w.lower() not in SHORT_FORM_FILLERS:
            break
    return (start, end) if start is not None else None


def _surname_between(doc: Doc, name: SpacySpan, after: SpacySpan) -> bool:
    """Whether the one word between a person's name and the name after it is a surname that joins them: untagged,
    capitalized, and like the name's words a compound of the word after it."""
    between = doc[name.end]
    return _name_token(between) and not between.ent_type_ and between.dep_ == "compound" and \
        between.head.i == after.start and _compound_of(doc[name.start:name.end + 1], after[0]) and \
        doc[name.end - 1].whitespace_ == " " and between.whitespace_ == " " and \
        between.lower_ not in TITLE_WORDS and name_key(between.text) not in NOT_A_PERSON_WORDS


def _compound_of(name: SpacySpan, tok: Token) -> bool:
    """Whether the parser made the name's words a compound of the word right after it ("Bishnu Kumari" of
    "Shrestha")."""
    return tok.i == name.end and name.root.dep_ == "compound" and name.root.head.i == tok.i


def _hyphened_names(doc: Doc, ents: Sequence[SpacySpan]) -> list[SpacySpan]:
    """The NER's names, with a person's double-barrelled name whole: the tokenizer splits "Dubé-Lacroix" at its
    hyphen, and the NER then tags "Lacroix" alone, or "Dilrukshi Wickramasinghe" and "Perera" as two people."""
    from spacy.tokens import Span as SpacySpan

    out: list[SpacySpan] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        i += 1
        if ent.label_ != "PERSON":
            out.append(ent)
            continue
        start, end = ent.start, ent.end
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
                not doc[start - 2].whitespace_ and _barrel(doc[start - 2]):
            start -= 2
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and _barrel(doc[end + 1]):
            end += 2
        last = doc[end - 1]
        if (start, end) == (ent.start, ent.end) or last.dep_ in ("compound", "amod", "nmod") and \
                last.head.i > last.i and last.head.pos_ == "NOUN" and last.head.is_lower or \
                any(_named_alone(doc, t) for t in doc[start:end] if t.text != "-"):
            # (not "the Messi-Ronaldo rivalry", "the Kaplan-Meier method": two people's names joined)
            out.append(ent)
            continue
        while out and out[-1].end > start:  # the first half the NER tagged as a name of its own
            start = min(start, out.pop().start)
        while i < len(ents) and ents[i].start < end:  # the second half
            end = max(end, ents[i].end)
            i += 1
        out.append(SpacySpan(doc, start, end, label="PERSON"))
    return out


# Words that open a body's name in the languages of its name ("Fundación X", "Stiftung Y", "Grupo Z")
ORG_OPENERS = frozenset({"fundación", "fundação", "fondation", "fondazione", "stiftung", "fundacja", "grupo",
                         "banco", "instituto", "institut", "universidad", "université", "empresa", "compañía"})
# The words before a place's name that never open a person's (not "Rio", "Ben", "Glen", "Col", "Monte")
PREFIXES_OF_NO_PERSON = frozenset({"lake", "loch", "lough", "mount", "mt", "cape", "cerro", "lago", "laguna", "volcán",
                                   "volcan", "nevado", "isla", "isle", "salar", "bahía", "bahia", "golfo", "gulf",
                                   "carretera", "autopista", "rodovia", "avenida", "calle", "rue", "rua", "paseo",
                                   "plaza", "piazza", "praça"})


# The lower-case particles inside a place's or a body's name in Portuguese, Spanish, French and Italian: "Ponta do
# Ouro", "Transgás do Sul", "Pointe aux Sables" ("la" and "le" left out: an English text writes them as names)
JOINING_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "du", "des", "aux", "del", "di"})


# The last words of bodies named for a part of the map they serve: "the X Union for the Northern Region", "the
# Intergovernmental Committee of the Y Waterway".
BODIES_FOR_A_PART = frozenset({"union", "committee", "commission", "council", "association", "federation",
                               "authority", "board", "agency", "secretariat", "office", "directorate"})
# The last words of such parts when the NER takes them for a body
PARTS_OF_THE_MAP = frozenset({"region", "waterway", "river", "basin", "lake", "sea", "gulf", "corridor", "valley",
                              "coast", "delta", "highlands", "islands"})


def _bodies_for_a_part(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Bodies the NER cut before "for the" or "of the" and a part of the map that no gazetteer knows as a place of
    its own: "the Electronics Industry Employees Union" + "for the" + "Northern Region" is one body (not "Halvorsen
    Shipping of Norway", nor "a contract with X Services for the Navy")."""
    from spacy.tokens import Span as SpacySpan

    out: list[SpacySpan] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if ent.label_ == "ORG" and nxt is not None and ent.end < len(doc) and \
                ent[-1].lower_ in BODIES_FOR_A_PART and ent[-1].is_title and doc[ent.end].lower_ in ("for", "of") and \
                (nxt.start == ent.end + 1 and nxt[0].lower_ == "the" or
                 nxt.start == ent.end + 2 and doc[ent.end + 1].lower_ == "the") and \
                (nxt.label_ in ("LOC", "FAC") or nxt.label_ == "ORG" and nxt[-1].lower_ in PARTS_OF_THE_MAP) and \
                all(t.is_title or t.text == "-" or t.lower_ == "the" and t.i == nxt.start for t in nxt) and \
                lx.known_kind(" ".join(t.text for t in nxt if t.lower_ != "the")) is None:
            out.append(SpacySpan(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        out.append(ent)
        i += 1
    return out


def _joined_orgs(doc: Doc, ents: Sequence[SpacySpan], lower_words: set[str]) -> list[SpacySpan]:
    """The NER's names, with "Farm Credit" + "and" + "Housing Corporation" made one: an organization's name may hold
    an "and", and the NER cuts it there when only the second half ends in a word such as Corporation. (lower_words:
    the words the article writes in lower case.)"""
    from spacy.tokens import Span as SpacySpan

    ents = _hyphened_names(doc, ents)
    out: list[SpacySpan] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if ent.label_ == "ORG" and ent.start >= 2 and doc[ent.start - 1].lower_ in ("of", "for") and \
                doc[ent.start - 2].is_title and doc[ent.start - 2].lower_ in PORTFOLIO_TITLES and \
                all(t.lower_ in ("and", "&") or t.is_title and t.lower_ in lx.PORTFOLIO_VOCAB for t in ent) and \
                nxt is not None and nxt.label_ == "PERSON" and (nxt.start == ent.end or nxt.start == ent.end + 1 and (
                    _name_token(doc[ent.end]) and not doc[ent.end].ent_type_ and doc[ent.end].dep_ == "compound"
                    and doc[ent.end].head.i >= nxt.start and doc[ent.end].lower_ not in TITLE_WORDS)):
            # "Minister of" + "Mining and Heavy Industry" + "Tserendorjiin" + "Oyunchimeg": a portfolio the NER took
            # for a body, and the name after it, which it cut
            out.append(SpacySpan(doc, ent.end, nxt.end, label="PERSON"))
            i += 2
            continue
        if ent.label_ == "ORG" and len(ent) >= 2 and ent[-1].lower_ == "and" and ent[-2].is_title:
            end = ent.end
            while end < min(ent.end + 4, len(doc)) and doc[end].is_title and doc[end].is_alpha and \
                    doc[end].ent_type_ in ("", "ORG"):
                end += 1
            if end > ent.end and _designator(doc[end - 1]):
                # "The Australian Competition and" + "Consumer Commission": the NER stopped at the "and"
                while nxt is not None and nxt.start < end:
                    i += 1
                    nxt = ents[i + 1] if i + 1 < len(ents) else None
                out.append(SpacySpan(doc, ent.start, end, label="ORG"))
                i += 1
                continue
        given = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "PERSON" and given is not None and given.is_title and given.is_alpha and \
                given.whitespace_ == " " and not given.ent_type_ and given.lower_ not in TITLE_WORDS and (
                    given.lower_ in lx.GIVEN_NAME_GENDER or given.is_sent_start and
                    given.pos_ in ("VERB", "ADJ", "NOUN") and given.dep_ in ("nsubj", "compound") or
                    given.is_sent_start and given.pos_ == "PROPN" and given.dep_ == "compound" and len(ent) == 1 and
                    given.head.i == ent.start and name_key(given.text) not in NOT_A_PERSON_WORDS and
                    lx.known_kind(given.text) is None and given.lower_ not in lx.DEMONYMS and
                    given.lower_ not in HONORIFICS or
                    given.pos_ == "PROPN" and ent[0].lower_ in SURNAME_PARTICLES and ent[0].is_title or
                    given.pos_ == "PROPN" and not given.is_sent_start and ent.start >= 2 and
                    (not _name_token(doc[ent.start - 2]) or doc[ent.start - 2].ent_type_ == "NORP" or
                     doc[ent.start - 2].lower_ in TITLE_WORDS and not doc[ent.start - 2].ent_type_ and
                     given.lower_ not in TITLE_MODIFIERS or
                     doc[ent.start - 2].lower_ in lx.PERSON_DEMONYMS) and doc[ent.start - 2].text != "-" and
                    given.lower_ not in lx.DEMONYMS and given.lower_ not in lx.PERSON_DEMONYMS and
                    given.lower_ not in HONORIFICS):
            # ("the Spaniard Iker" + "Etxeberria-Lasa": a given name the NER left out of the name it follows)
            # ("Flavia" + "Di Stefano": the NER started the name at its particle)
            # "Rajesh Kumar Pillai, who chairs ...": a given name the tagger took for a verb, so the NER left it out
            ent = SpacySpan(doc, ent.start - 1, ent.end, label="PERSON")
        elif ent.label_ == "PERSON" and i > 0 and ents[i - 1].label_ in ("GPE", "LOC") and len(ents[i - 1]) == 1 and \
                ents[i - 1].end == ent.start and ent.start >= 2 and doc[ent.start - 1].whitespace_ == " " and \
                lx.known_kind(ents[i - 1].text) is None and doc[ent.start - 2].text in (",", "(") and \
                out and out[-1].start == ents[i - 1].start:
            # ", Yolanda" + "Ccama Huillca,": a given name the NER took for a place, right before the surnames it
            # tagged a person's (after a comma, as a name in apposition is)
            out.pop()
            ent = SpacySpan(doc, ent.start - 1, ent.end, label="PERSON")
        elif ent.label_ == "PERSON" and given is not None and given.is_title and not given.ent_type_ and \
                given.whitespace_ == " " and given.lower_ in PREFIXES_OF_NO_PERSON:
            # "Lake" + "Cachet Dos", "Mount" + "Elgon": a lake or a mountain whose name the NER took for a person's
            ent = SpacySpan(doc, ent.start - 1, ent.end, label="LOC")
        elif ent.label_ in ("GPE", "LOC", "ORG", "NORP") and len(ent) == 1 and ent[0].is_title and \
                _fold(ent[0].text) in lx.GIVEN_NAME_GENDER and nxt is not None and nxt.start == ent.end and \
                nxt.label_ in ("GPE", "LOC", "ORG", "PERSON") and len(nxt) == 1 and nxt[0].is_title and \
                ent[0].whitespace_ == " " and ent[0].dep_ == "compound" and ent[0].head.i == nxt.start and \
                lx.known_kind(ent.text) is None and lx.known_kind(nxt.text) is None and not _designator(nxt[0]) and \
                name_key(nxt[0].text) not in NOT_A_PERSON_WORDS:
            i += 1  # "Chief Executive" + "Ananya" + "Raghunathan": a given name and a surname the NER took for places
            ent = SpacySpan(doc, ent.start, nxt.end, label="PERSON")
        elif ent.label_ in ("ORG", "GPE") and len(ent) == 1 and given is not None and given.pos_ == "PROPN" and \
                given.is_title and not given.ent_type_ and given.lower_ in lx.GIVEN_NAME_GENDER and \
                given.head.i == ent.start and name_key(ent[0].text) not in NOT_A_PERSON_WORDS:
            # "her university friend Emeka" + "Okonkwo": a given name and the surname the NER took for a body
            ent = SpacySpan(doc, ent.start - 1, ent.end, label="PERSON")
        elif ent.label_ in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART", "DATE") and len(ent) == 1 and \
                ent[0].is_title and ent[0].is_alpha and ent[0].pos_ == "PROPN" and \
                ent[0].lower_ not in lx.MONTHS and ent[0].lower_ not in lx.WEEKDAYS and \
                (ent.label_ != "DATE" or ent.end == len(doc) or doc[ent.end].is_punct or
                 doc[ent.end].pos_ in ("VERB", "AUX")) and \
                out and out[-1].label_ == "PERSON" and out[-1].end == ent.start and len(out[-1]) >= 2 and \
                doc[ent.start - 1].whitespace_ == " " and (out[-1][0].lower_ in lx.GIVEN_NAME_GENDER or
                                                            _compound_of(out[-1], ent[0])) and \
                lx.known_kind(ent.text) is None and name_key(ent[0].text) not in NOT_A_PERSON_WORDS:
            # "Omar Said" + "Bakari", "Milagros Ticona" + "Apaza", "Humberto Navarro" + "Ojeda": the last of a
            # person's names, which the NER split off and took for a body, a place, a product or a date
            ent = SpacySpan(doc, out.pop().start, ent.end, label="PERSON")
        elif ent.label_ in ("ORG", "GPE", "PRODUCT") and len(ent) == 1 and ent[0].is_title and ent[0].is_alpha and \
                ent.start >= 3 and out and out[-1].label_ == "PERSON" and out[-1].end == ent.start - 1 and \
                len(out[-1]) >= 2 and _surname_between(doc, out[-1], ent) and not _designator(ent[0]) and \
                lx.known_kind(ent.text) is None and \
                name_key(ent[0].text) not in NOT_A_PERSON_WORDS:
            # "Julio César" + "Valdivia" + "Ccori": two surnames after the given names, the first left untagged and
            # the second taken for a body (the parser made them all one name, hung on the last)
            ent = SpacySpan(doc, out.pop().start, ent.end, label="PERSON")
        elif ent.label_ == "PERSON" and ent.end + 1 < len(doc) and _compound_of(ent, doc[ent.end]) and \
                _name_token(doc[ent.end]) and not doc[ent.end].ent_type_ and doc[ent.end - 1].whitespace_ and \
                doc[ent.end].lower_ not in TITLE_WORDS and name_key(doc[ent.end].text) not in NOT_A_PERSON_WORDS \
                and lx.known_kind(doc[ent.end].text) is None and not _name_token(doc[ent.end + 1]) and \
                doc[ent.end].lower_ not in lower_words:
            # "Bishnu Kumari" + "Shrestha said": the surname the NER left out, which the parser made the name's head
            # (not "Steppe" + "Grid's chief executive": a word the article writes in lower case is a common noun)
            ent = SpacySpan(doc, ent.start, ent.end + 1, label="PERSON")
        elif ent.label_ == "PERSON" and ent.end + 2 < len(doc) and ent.root.dep_ == "compound" and \
                ent.root.head.i == ent.end + 1 and doc[ent.end].dep_ == "compound" and \
                doc[ent.end].head.i == ent.end + 1 and not _name_token(doc[ent.end + 2]) and all(
                    _name_token(t) and not t.ent_type_ and t.lower_ not in TITLE_WORDS and t.lower_ not in lower_words
                    and name_key(t.text) not in NOT_A_PERSON_WORDS and lx.known_kind(t.text) is None and
                    not _designator(t) for t in doc[ent.end:ent.end + 2]) and \
                doc[ent.end - 1].whitespace_ == " " and doc[ent.end].whitespace_ == " ":
            # "Carmen Lucía" + "Vargas Ticona said": both surnames left out, the parser made the last the name's head
            ent = SpacySpan(doc, ent.start, ent.end + 2, label="PERSON")
        elif ent.label_ == "PERSON" and ent.end + 2 < len(doc) and doc[ent.end + 1].text == "-" and \
                not doc[ent.end].whitespace_ and not doc[ent.end + 1].whitespace_ and doc[ent.end - 1].whitespace_ and \
                _name_token(doc[ent.end]) and _name_token(doc[ent.end + 2]) and \
                not doc[ent.end].ent_type_ and not doc[ent.end + 2].ent_type_ and \
                ent.root.dep_ == "compound" and ent.root.head.i in (ent.end, ent.end + 2) and \
                doc[ent.end].lower_ not in TITLE_WORDS and doc[ent.end].lower_ not in lower_words:
            # "Grace Oyintare" + "Ebiere-Clark": a hyphenated surname the NER left out, the parser made the name's head
            ent = SpacySpan(doc, ent.start, ent.end + 3, label="PERSON")
        elif ent.label_ == "PERSON" and out and out[-1].label_ == "ORG" and out[-1].end == ent.start and \
                2 <= len(out[-1]) <= 3 and _fold(out[-1][0].text) in lx.GIVEN_NAME_GENDER and \
                doc[ent.start - 1].whitespace_ == " " and all(
                    _name_token(t) and t.dep_ == "compound" and t.head.i >= t.i and t.head.i < ent.end
                    for t in out[-1]) and not any(_designator(t) for t in out[-1]) and \
                not any(name_key(t.text) in NOT_A_PERSON_WORDS or t.lower_ in TITLE_WORDS for t in out[-1]):
            # "María Fernanda Quispe" + "Huamán": the given names and first surname taken for a body, the rest for
            # a person (the parser made them one name)
            ent = SpacySpan(doc, out.pop().start, ent.end, label="PERSON")
        if ent.label_ == "PERSON" and ent.start >= 2 and doc[ent.start - 1].lower_ in ("de", "del") and \
                doc[ent.start - 1].is_lower and doc[ent.start - 2].is_title and \
                _fold(doc[ent.start - 2].text) in lx.GIVEN_NAME_GENDER and _fold(ent[0].text) in lx.GIVEN_NAME_GENDER:
            ent = SpacySpan(doc, ent.start - 2, ent.end, label="PERSON")  # "María" + "del" + "Carmen Outeiro Pazos"
        if ent.label_ == "ORG" and given is not None and given.pos_ == "PROPN" and given.is_title and \
                given.whitespace_ and not given.ent_type_ and given.lower_ not in lx.DEMONYMS and \
                any(name_key(t.text) in lx.ORG_DESIGNATORS for t in ent) and (
                    not given.is_sent_start and ent.start >= 2 and not _name_token(doc[ent.start - 2]) or
                    len(ent) == 1 and (given.is_sent_start or not _name_token(doc[ent.start - 2]))):
            # ("Wiślany" + "Cement said ...": a designator alone is no name)
            ent = SpacySpan(doc, ent.start - 1, ent.end, label="ORG")  # "the Chief" + "Inspectorate of ..."
        if ent.label_ in ("PERSON", "ORG") and len(ent) >= 3 and ent[0].lower_ in TITLE_MODIFIERS and \
                ent.start > 0 and doc[ent.start - 1].lower_ in TITLE_WORDS:
            ent = SpacySpan(doc, ent.start + 1, ent.end, label="PERSON")  # "Pope" + "Emeritus Gregorio Lanza"
        if ent.label_ == "ORG" and len(ent) >= 3 and ent[-1].lower_ in ("of", "for", "in"):
            # "the Consumer Rights Coalition of" + "Ghana": the NER cut the body's name before its country ("the UN
            # Verification Mission in" + "Colombia": a mission's country is in its name)
            for end in range(min(ent.end + 3, len(doc)), ent.end, -1):
                if all(t.is_title for t in doc[ent.end:end]) and lx.known_kind(doc[ent.end:end].text) == "Place":
                    while i + 1 < len(ents) and ents[i + 1].start < end:
                        i += 1
                    ent = SpacySpan(doc, ent.start, end, label="ORG")
                    break
        if ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].lower_ in PATRONYMIC_ENDINGS and \
                doc[ent.end].is_lower and doc[ent.end - 1].whitespace_ and ent[-1].is_title:
            ent = SpacySpan(doc, ent.start, ent.end + 1, label="PERSON")  # "Bakyt Asanbek" + "uulu"
        if ent.label_ == "PERSON" and ent.end + 1 < len(doc) and APOSTROPHE_NAME.fullmatch(doc[ent.end].text) and \
                doc[ent.end].text[0].islower() and doc[ent.end - 1].whitespace_ and doc[ent.end].whitespace_ and \
                _name_token(doc[ent.end + 1]) and doc[ent.end + 1].ent_type_ in ("", "PERSON"):
            end = ent.end + 2  # "Marie" + "d'Arc Uwase": the NER stopped at the name with an apostrophe
            while i + 1 < len(ents) and ents[i + 1].start < end:
                i += 1
            ent = SpacySpan(doc, ent.start, max(end, ents[i].end if ents[i].start < end else end), label="PERSON")
        if ent.label_ == "PERSON" and ent.end + 1 < len(doc) and _korean_syllable(doc, ent.end):
            ent = SpacySpan(doc, ent.start, ent.end + 2, label="PERSON")  # "Han Ji" + "-woo"
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_lower and ent[-1].lower_ in PERSON_ONLY_PARTICLES \
                and i + 1 < len(ents) and ents[i + 1].start == ent.end and ents[i + 1][0].is_title:
            i += 1  # "Eluned ap" + "Gwilym": the NER cut the name after its particle
            ent = SpacySpan(doc, ent.start, ents[i].end, label="PERSON")
        if ent.label_ == "PERSON" and len(ent) >= 3 and ent[-1].is_lower and ent[-1].lower_ in SURNAME_PARTICLES and \
                ent.end < len(doc) and ent[-1].whitespace_ == " " and _name_token(doc[ent.end]) and \
                doc[ent.end].ent_type_ in ("", "PERSON"):
            # "María Laura Ocampo de la" + "Serna": the NER stopped after the particles, before the surname
            end = ent.end + 1
            while i + 1 < len(ents) and ents[i + 1].start < end:
                i += 1
            ent = SpacySpan(doc, ent.start, max(end, ents[i].end if ents[i].start < end else end), label="PERSON")
        after = ent.end
        while after < min(ent.end + 2, len(doc)) and doc[after].lower_ in SURNAME_PARTICLES and doc[after].is_lower \
                and doc[after].whitespace_:
            after += 1
        if ent.end < after < len(doc) and doc[after].is_title and (ent.label_ == "PERSON" or len(ent) == 1 and
                                                                    i + 1 < len(ents) and ents[i + 1].start == after
                                                                    and (ents[i + 1].label_ == "PERSON" or all(
                                                                        t.lower_ in PERSON_ONLY_PARTICLES
                                                                        for t in doc[ent.end:after]))):
            # "Greet Van" + "den" + "Bossche", "Kobus" + "van der" + "Berg": the NER stopped at the particles
            end = after + 1
            while i + 1 < len(ents) and ents[i + 1].start < end:
                i += 1
            ent = SpacySpan(doc, ent.start, max(end, ents[i].end if ents[i].start < end else end), label="PERSON")
        elif ent.label_ == "PERSON" and i + 1 < len(ents) and ents[i + 1].label_ == "PERSON" and \
                ents[i + 1].start == ent.end + 1 and _name_token(doc[ent.end]) and not doc[ent.end].ent_type_ and \
                doc[ent.end].lower_ not in TITLE_WORDS and doc[ent.end - 1].whitespace_ and doc[ent.end].whitespace_:
            i += 1  # "Carolina" + "Ibáñez" + "Rivas": a second surname the NER left between two halves of a name
            ent = SpacySpan(doc, ent.start, ents[i].end, label="PERSON")
        elif len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].lower_ in SURNAME_PARTICLES and \
                doc[ent.start - 1].is_lower and doc[ent.start - 2].lower_ in SURNAME_PARTICLES and \
                doc[ent.start - 2].is_title:
            ent = SpacySpan(doc, ent.start - 2, ent.end, label="PERSON")  # "Van den Bossche said"
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and ent.label_ == nxt.label_ == "ORG" and nxt.start == ent.end + 1 and \
                doc[ent.end].lower_ == "and" and _designator(nxt[-1]) and \
                not _designator(ent[-1]) and not nxt[0].lower_ == "the":
            out.append(SpacySpan(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        listed = DESIGNATOR_FOR.fullmatch(ent.text) if ent.label_ == "ORG" else None
        if listed and name_key(listed.group(1)) in lx.ORG_DESIGNATORS:
            # "the Department for Culture" + ", Media" + "and Sport": what the body is for, a list the NER cut
            j, pos, joined = i + 1, ent.end, None
            while j < len(ents) and ents[j].label_ == "ORG" and (len(ents[j]) <= 2 or _last_two_listed(ents[j])):
                gap = [t.lower_ for t in doc[pos:ents[j].start]]
                if gap not in ([","], ["and"], [",", "and"]):
                    break
                pos, j = ents[j].end, j + 1
                if gap[-1] == "and" or _last_two_listed(ents[j - 1]):
                    joined = (j, pos)  # (", Mediation and Arbitration": the NER kept the last two together)
                    break
            if joined is not None and joined[1] < len(doc) and doc[joined[1]].lower_ in ("and", ",") and not any(
                    t.lower_ in lx.PORTFOLIO_LIST_WORDS for t in doc[ent.end:joined[1]]):
                joined = None  # "the Department of Justice, Ernst and Young and the central bank": the sentence's
                # list goes on after it, and nothing in it is a portfolio
            if joined is not None:
                out.append(SpacySpan(doc, ent.start, joined[1], label="ORG"))
                i = joined[0]
                continue
        if nxt is not None and ent.label_ == "ORG" and nxt.label_ == "GPE" and nxt.start == ent.end + 1 and \
                (doc[ent.end].lower_ == "of" and _designator(ent[-1]) or doc[ent.end].lower_ == "in" and
                 ent[-1].lower_ in MISSIONS and lx.canonical(nxt.text) in lx.COUNTRY_NAMES) and \
                len(nxt) <= 3 and nxt[0].lower_ != "the" \
                and ent[-1].lower_ not in ("government", "people"):
            # ("the UN Assistance Mission" + "in" + "Afghanistan": a mission is named for its country)
            # "the Central Reserve Bank" + "of" + "Peru", "the University of" ...: the country is in the name
            out.append(SpacySpan(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        if nxt is not None and ent.label_ == nxt.label_ == "ORG" and nxt.start == ent.end + 1 and \
                doc[ent.end].lower_ in ("for", "on") and _designator(ent[-1]) and nxt[-1].is_title and \
                not _designator(nxt[-1]):
            # "the United Nations Office" + "for" + "the Coordination of Humanitarian Affairs": what the office is
            # for is part of its name (but "the Commercial Affairs Department of the Singapore Police Force" is two)
            out.append(SpacySpan(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        if nxt is not None and nxt.start == ent.end and len(ent) == 1 and ent[0].lower_ in ORG_OPENERS and \
                ent[0].is_title and doc[ent.end - 1].whitespace_ and all(_name_token(t) for t in nxt):
            # "Fundación" + "Transparencia Pública": a foundation whose name the NER cut after its first word
            out.append(type(ent)(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        if nxt is not None and nxt.start == ent.end and len(ent) == 1 and ent[0].lower_ in lx.PLACE_PREFIXES and \
                ent[0].is_title and nxt[0].lower_ in NAME_PARTICLES:
            # "Avenida" + "del Mar": a street or a mountain whose name the NER cut at its particle
            out.append(SpacySpan(doc, ent.start, nxt.end, label="LOC"))
            i += 2
            continue
        particle = doc[ent.end] if ent.end + 1 < len(doc) else None
        if particle is not None and particle.lower_ in JOINING_PARTICLES and particle.is_lower and \
                doc[ent.end - 1].whitespace_ == " " and particle.whitespace_ == " " and \
                doc[ent.end + 1].is_alpha and doc[ent.end + 1].is_title and \
                ent.label_ not in ("DATE", "TIME", "NORP") and lx.canonical(ent.text) not in lx.COUNTRY_NAMES and \
                not (ent.end + 2 < len(doc) and doc[ent.end + 2].text in ("'s", "\u2019s")) and \
                (nxt is None or nxt.start >= ent.end + 1):
            # (not "Republicans do Trump's bidding", "Nigeria and Ghana do Business", "Brazil de Facto")
            # "Ponta" + "do" + "Ouro", "Transgás" + "do Sul", "Pointe" + "aux" + "Sables": one name with a particle
            # inside, which the NER cut there
            end = ent.end + 2
            while end < len(doc) and _name_token(doc[end]) and doc[end - 1].whitespace_ == " " and end - ent.start < 6:
                end += 1
            while i + 1 < len(ents) and ents[i + 1].start < end:
                i += 1
                end = max(end, ents[i].end)
            out.append(SpacySpan(doc, ent.start, end, label=ent.label_ if ent.label_ != "NORP" else "ORG"))
            i += 1
            continue
        if ent.label_ == "ORG" and ent.start >= 3 and doc[ent.start - 1].lower_ == "and" and \
                doc[ent.start - 3].lower_ == "the" and doc[ent.start - 2].is_title and doc[ent.start - 2].is_alpha and \
                doc[ent.start - 2].ent_iob_ == "O" and doc[ent.start - 2].pos_ in ("PROPN", "NOUN") and \
                _designator(ent[-1]) and not _designator(doc[ent.start - 2]) and \
                name_key(doc[ent.start - 2].text) not in BODY_WORDS and \
                doc[ent.start - 2].lower_ not in lx.ORG_HEADS and \
                doc[ent.start - 2].lower_ not in ("presidency", "interior", "opposition", "state") and \
                (not out or out[-1].end < ent.start - 2):
            # "the Pharmacy" + "and" + "Poisons Board": one body whose name the NER took from its second half
            out.append(SpacySpan(doc, ent.start - 2, ent.end, label="ORG"))
            i += 1
            continue
        first = doc[ent.start - 1] if ent.start > 0 else None
        if first is not None and _opens_paragraph(first) and first.pos_ == "PROPN" and first.is_title and \
                first.is_alpha and first.ent_iob_ == "O" and first.whitespace_ == " " and \
                (len(ent) >= 2 or first.lower_ in lx.GIVEN_NAME_GENDER) and _opens_the_name(first, ent) and \
                (ent.label_ == "PERSON" or ent.label_ == "ORG" and ent.end + 1 < len(doc) and
                 doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("a", "an")) and \
                all(t.is_title and t.is_alpha for t in ent) and (not out or out[-1].end < ent.start - 1):
            # "Farzana" + "Rahman Chowdhury, a vice-president of ...": the NER leaves out a paragraph's first word
            out.append(SpacySpan(doc, ent.start - 1, ent.end, label="PERSON"))
            i += 1
            continue
        if nxt is not None and ent.label_ == nxt.label_ == "PERSON" and nxt.start == ent.end and \
                doc[ent.end - 1].whitespace_ == " ":
            # "Marisol Quispe" + "Llanos": two names never touch, so a split there is one name with two surnames
            out.append(SpacySpan(doc, ent.start, nxt.end, label="PERSON"))
            i += 2
            continue
        end = ent.end
        portfolio_after = nxt is not None and nxt.start == end + 1 and nxt.label_ != "ORG" and len(nxt) <= 3 and \
            all(t.is_title and t.lower_ in lx.PORTFOLIO_VOCAB for t in nxt)
        if ent.label_ == "ORG" and any(t.lower_ == "of" for t in ent[1:-1]) and end + 1 < len(doc) and \
                doc[end].lower_ == "and" and (nxt is None or nxt.start > end + 1 or portfolio_after):
            # "Ministry of Energy" + "and Mines": the NER stops at "and", the portfolio goes on (also where it took
            # the rest for a name of its own: "the Ministry of Labour" + "and" + "Vocational Training")
            bound = None if nxt is None else nxt.end if portfolio_after else nxt.start
            while end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ in ("PROPN", "NOUN") and \
                    (bound is None or end + 1 < bound) and end + 1 - ent.end <= 3:
                end += 1
            if end > ent.end:
                out.append(SpacySpan(doc, ent.start, end + 1, label="ORG"))
                i += 2 if portfolio_after and nxt is not None and nxt.end <= end + 1 else 1
                continue
        out.append(ent)
        i += 1
    return out


# Endings of the English nouns and adjectives that describe a person before the name ("Billionaire Elon Musk",
# "Philanthropist X", "Veteran Y", "Legendary Z"), which the tagger takes for names at a paragraph's start
DESCRIPTOR_ENDINGS = ("ist", "aire", "man", "woman", "er", "or", "ary", "ant", "ent", "ive", "ic", "eran", "ess", "al")


def _opens_the_name(first: Token, ent: SpacySpan) -> bool:
    """Whether a word before a name is its first ("Farzana" of "Rahman Chowdhury"), not a description of the one
    named ("Billionaire Elon Musk", "Rival Kenya Commercial Bank")."""
    low = first.lower_
    if low in TITLE_WORDS or low in HONORIFICS or low in lx.MONTHS or low in lx.WEEKDAYS or low in lx.DEMONYMS or \
            lx.canonical(first.text) in lx.COUNTRY_NAMES:
        return False
    return low in lx.GIVEN_NAME_GENDER or ent[0].lower_ not in lx.GIVEN_NAME_GENDER and \
        not low.endswith(DESCRIPTOR_ENDINGS) and lx.canonical(ent[0].text) not in lx.COUNTRY_NAMES


def _opens_paragraph(tok: Token) -> bool:
    """Whether a word is the first of its paragraph (or of the text)."""
    return tok.i == 0 or tok.doc[tok.i - 1].is_space and "\n" in tok.doc[tok.i - 1].text


def _first_conjunct(tok: Token) -> Token:
    """The first of the names a word is coordinated with ("Antofagasta" for "Atacama" in "Antofagasta and
    Atacama"), which holds the place in the clause the others share."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


# Motion verbs whose object, moved "to" somewhere, goes to a place (not "send": letters are sent to people and bodies)
CARRYING_VERBS = frozenset({"extend", "expand", "divert", "redirect", "reroute", "fly", "move", "relocate", "ship",
                            "evacuate", "deploy"})


def _moving_verb_of_object(noun: Token) -> Token | None:
    """The motion verb a noun is the object of, through "of" and "and": "flown 80 tonnes of rice and biscuits"."""
    k = noun
    for _ in range(5):
        if k.dep_ == "dobj" and k.head.lemma_ in MOTION_VERBS:
            return k.head
        if k.dep_ in ("pobj", "conj") or k.dep_ == "prep" and k.lower_ == "of":
            k = k.head
            continue
        return None
    return None


def _place_preposition(tok: Token) -> bool:
    """Whether a name is the object of a preposition of place ("to Larvik and Drammen", "outside Bergen")."""
    tok = _first_conjunct(tok)
    prep = tok.head
    moved = _moving_verb_of_object(prep.head) if tok.dep_ == "pobj" and prep.lower_ in ("into", "to") else None
    if tok.dep_ == "pobj" and prep.lower_ == "into":  # "released into the X Reserve", "moved into X"
        # ("had flown 80 tonnes of rice into X", the parser hanging "into" on what was flown)
        return prep.head.lemma_ in MOTION_VERBS or prep.head.lemma_ in ("release", "reintroduce") or moved is not None
    if moved is not None and moved.lemma_ in CARRYING_VERBS:
        return True  # "extend the service to X and Y", "diverted the ships to X": where what was moved went
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "to", "from", "near", "outside", "at", "via", "across",
                                                 "along", "upstream", "downstream", "around"):
        return False
    owner = prep.head
    if prep.lower_ == "around" and owner.pos_ == "NOUN" and owner.lemma_ in lx.ABSTRACT_NOUNS:
        return False  # "the scandal around Credit Suisse": what it is about
    if prep.lower_ in ("outside", "near", "along", "around"):
        return True  # "told reporters outside X", "towns along the X": unlike "in" or "at", these only say where
    if owner.lemma_ in ("speak", "talk") and prep.lower_ == "in" and owner.tag_ == "VBN":
        return True  # "the form of the language spoken in X" (but "spoke in Parliament" may be a body)
    if owner.lemma_ in lx.REPORTING_VERBS or owner.lemma_ in ("accord", "speak", "talk", "write", "belong", "join"):
        return False
    if prep.lower_ == "to" and owner.lemma_ not in MOTION_VERBS:
        return False  # "sold jets to Lufthansa" is no place
    return not (prep.lower_ in ("at", "to", "from") and (owner.lower_ in lx.TITLES or owner.pos_ in ("PROPN", "NOUN")
                                                         and owner.lemma_.lower() not in lx.SITE_HEADS
                                                         and owner.lower_ not in lx.SITE_HEADS
                                                         and prep.lower_ != "to"))


def _pronoun_targets(an: _Analysis, mentions: list[_Mention]) -> set[int]:
    """Starts of the mentions that a following "he" or "she" most likely refers to (the last name before it)."""
    starts = [m.start for m in mentions]
    targets: set[int] = set()
    for tok in an.tokens:
        if tok.lower_ in ("he", "she", "his", "her", "him") and not an.in_quote[tok.i]:
            i = bisect_left(starts, tok.idx) - 1
            while i >= 0 and (mentions[i].fixed or _named_as_place(an, mentions[i]) or
                              _names_a_thing(an, mentions[i]) or _after_a_person(an, mentions, i)):
                i -= 1
            words = mentions[i].text.split() if i >= 0 else []
            if i >= 0 and tok.idx - mentions[i].end < 300 and len(words) <= 3 and \
                    not any(name_key(w) in lx.ORG_DESIGNATORS for w in words):
                targets.add(mentions[i].start)
    return targets


def _names_a_thing(an: _Analysis, m: _Mention) -> bool:
    """ "outside the Oshodi depot said he ...", "the Glenorchy road. She said": a name that modifies a common noun
    is no antecedent of the pronoun."""
    last = an.token(m.end - 1)
    return last is not None and last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ == "NOUN" and \
        last.head.is_lower


def _after_a_person(an: _Analysis, mentions: list[_Mention], i: int) -> bool:
    """ "Keith Morrow, 71, from Papatoetoe, said his ...": a name the NER did not call a person, after one it did in
    the same sentence, is no antecedent of the pronoun."""
    m = mentions[i]
    if m.votes.get("Person", 0) > 0 or not any(v > 0 for k, v in m.votes.items() if not k.startswith("_")):
        return False
    tok = an.token(m.start)
    if tok is None:
        return False
    sent_start = tok.sent.start_char

    def person_like(p: _Mention) -> bool:
        if p.votes.get("Person", 0) > 0:
            return True
        last = an.token(p.end - 1)  # the sentence's subject, of no other kind ("Tapsell told the crowd in X")
        return last is not None and last.dep_ in ("nsubj", "nsubjpass") and not any(
            v > 0 for k, v in p.votes.items() if not k.startswith("_"))

    return any(sent_start <= p.start < m.start and person_like(p) for p in mentions[:i])


# Plural nouns whose examples are bodies ("lenders including X"), not people as often ("designers such as X")
EXAMPLES_OF_BODIES = frozenset({"company", "firm", "bank", "lender", "insurer", "retailer", "carrier", "airline",
                                "manufacturer", "maker", "carmaker", "automaker", "chipmaker", "broadcaster",
                                "newspaper", "publisher", "university", "charity", "agency", "regulator", "union",
                                "association", "group", "chain", "supermarket", "brand", "exporter", "importer",
                                "miner", "utility", "operator", "startup", "conglomerate"})
# Descriptions in apposition that make a name a body's: "X, the national weather service,"
APPOSED_BODIES = frozenset({"service", "chain"})


def _apposed_body(doc: Doc | Sequence[Token], last: Token) -> bool:
    """Whether ", a <words> <noun>" after a name ends in a word for a body ("Siam Ocean Harvest, a company
    registered in Bangkok"), read off the words."""
    i = last.i + 1
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
        return False
    j = i + 2
    while j + 1 < len(doc) and j < i + 6 and doc[j + 1].pos_ in ("NOUN", "ADJ", "PROPN") and \
            doc[j].pos_ in ("NOUN", "ADJ", "PROPN", "ADV"):
        j += 1
    return doc[j].pos_ == "NOUN" and (doc[j].lower_ in lx.ORG_HEADS or doc[j].lower_ in APPOSED_BODIES)


def _kind_of_examples(last: Token) -> str | None:
    """The kind a plural noun makes the names given as its examples: "towns such as X and Y" are places,
    "lenders including X" organizations; and the names it is said to be ("the worst-hit districts were X, Y and
    Z")."""
    first = _first_conjunct(last)
    if first.dep_ in ("attr", "acomp") and first.head.lemma_ == "be":
        subject = next((c for c in first.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ == "NNS" and subject.is_lower and subject.lemma_ in lx.PLACE_HEADS:
            return "Place"
    prep = first.head
    if first.dep_ != "pobj" or not (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children) or
                                    prep.lower_ in ("including", "like")):
        return None
    owner = prep.head
    if owner.tag_ != "NNS" or not owner.is_lower:
        return None
    if owner.lemma_ in lx.PLACE_HEADS:
        return "Place"
    return "Organization" if owner.lemma_ in EXAMPLES_OF_BODIES else None


def _named_as_place(an: _Analysis, m: _Mention) -> bool:
    """ "diverted ships to Larvik and Drammen. He said ...": a name after a preposition of place is no antecedent."""
    last = an.token(m.end - 1)
    return last is not None and _place_preposition(last)


def _event_head(last: Token) -> Token:
    """The lower-case event noun a name is a modifier of ("Atlantic Drift" in "the Atlantic Drift music festival"),
    else the name's own last token."""
    head = last.head
    if last.dep_ != "compound" or head.i <= last.i or head.pos_ != "NOUN" or not head.is_lower or \
            head.lemma_ not in lx.NAMED_EVENT_HEADS and head.lower_ not in lx.NAMED_EVENT_HEADS:
        return last
    between = last.doc[last.i + 1:head.i]
    return head if all(t.is_lower and t.dep_ in ("compound", "amod") for t in between) else last


def _site_head(last: Token) -> bool:
    """Whether a name modifies a lower-case noun of a site ("the Firule tennis centre", "the Kell copper mine")."""
    if last.dep_ == "conj" and last.head.i < last.i and last.head.dep_ in ("compound", "nmod") and \
            last.head.head.i == last.i + 1 and last.head.head.tag_ == "NNS":
        return _site_head(last.head) and last.head.head.lemma_ != last.head.head.lower_  # "the Odra and Warta rivers"
    head = last.head
    if last.dep_ not in ("compound", "nmod") or head.i <= last.i or head.pos_ != "NOUN" or not head.is_lower or \
            head.lemma_ not in lx.SITE_NOUNS and head.lemma_ not in lx.PLACE_HEADS:
        return False  # ("the Cajamarca region")
    return all(t.is_lower and t.dep_ in ("compound", "amod") or t.dep_ in ("cc", "conj") and t.head.i == last.i
               for t in last.doc[last.i + 1:head.i])


# Who a person has, as "whose" tells ("X, whose son sat the exams"): no body has a son
KIN = frozenset({"husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "grandson",
                 "granddaughter", "grandmother", "grandfather", "fiancé", "fiancée", "widow", "nephew", "niece",
                 "uncle", "aunt", "cousin"})  # (not "parent", "partner", "baby": "X, whose parent company ...")
APOSTROPHE_NAME = re.compile(r"(?:[A-Z]|[Dd]|[Ll])['\u2019][A-Z][a-z]+")  # "O'Neill", "d'Arc", "D'Souza"


def _name_token(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and ((tok.is_title or tok.is_upper) and tok.is_alpha or
                                    APOSTROPHE_NAME.fullmatch(tok.text) is not None) and tok.ent_type_ not in (
        "DATE", "TIME", "NORP", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "LAW")


def _only_decoration(text: str, ner: tuple[int, int], s: int, e: int) -> bool:
    """True when an NER span is a known name plus a stray word the NER glued on ("French Guiana" in "Guiana")."""
    rest = (text[ner[0]:s] + text[e:ner[1]]).strip(" ,.'\u2019s")
    return not rest or rest.lower() in ("the",)


# ---------------------------------------------------------------------------------------------- resolution


def acronym_of(short: str, long: str) -> bool:
    """Whether `short` is an acronym of `long` (Schwartz & Hearst: its letters in order, the first one word-initial)."""
    s = short.replace(".", "")
    if not (2 <= len(s) <= 8 and s.isupper() and s.isalpha()) or len(long.split()) < 2:
        return False
    s, low = s.lower(), long.lower()
    if len(s) <= 3:
        initials = "".join(w[0] for w in low.split() if w not in ("of", "the", "and", "for", "de"))
        return initials == s
    li = len(low) - 1
    for si in range(len(s) - 1, -1, -1):
        while li >= 0 and (low[li] != s[si] or (si == 0 and li > 0 and low[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return True


def _edit_distance(a: str, b: str, limit: int = 3) -> int:
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


MAX_VARIANT_EDITS = 2  # the most edits between two spellings of a name (and so the most their lengths differ)


def spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one surname or name: "Zelensky"/"Zelenskyy", "Muller"/"Mueller" (first letters agree)."""
    fa, fb = _fold(a), _fold(b)
    if fa == fb:
        return True
    if fa[:1] != fb[:1] or min(len(fa), len(fb)) < 5:
        return False
    return _edit_distance(fa, fb) <= (1 if min(len(fa), len(fb)) < 7 else MAX_VARIANT_EDITS)


# How a body is owned or listed, right before its name: "state-controlled Petrobras", "Nasdaq-listed X"
# (not "rebel-held Goma" nor "Russian-controlled Kherson", places; nor "government-backed X", who may be a candidate)
OWNED = re.compile(r"(?:state|family|privately|publicly|employee|foreign|locally|government|municipally|city)-?"
                   r"(?:owned|run)|(?:state|family|privately|publicly)-?(?:controlled|held)|[a-z]+-listed")


# Gatherings whose name goes on with their subject: "International Symposium on X", "Festival of Y" (not "the
# United Nations Conference on Trade and Development", a body; nor a congress, forum or convention, often bodies).
TOPICAL_EVENTS = frozenset({"conference", "summit", "festival", "symposium", "championship", "championships",
                            "games", "expo", "exhibition", "olympiad", "tournament", "workshop"})


INSOLVENCY = frozenset({"bankruptcy", "insolvency", "administration", "liquidation", "receivership"})


def _insolvent(last: Token) -> bool:
    """Whether the name ending at `last` is of a business said to be insolvent: "X filed for insolvency", "X went
    into administration", "the bankrupt X" (or "the insolvent X steelworks", of the business the works are)."""
    head = last.head if last.dep_ == "compound" and last.head.pos_ == "NOUN" and last.head.is_lower else last
    if any(c.dep_ == "amod" and c.lower_ in ("insolvent", "bankrupt") for c in head.children):
        return True
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_ in ("file", "go", "enter", "seek", "apply") and any(
        p.dep_ == "prep" and p.lower_ in ("for", "into") and any(o.lemma_ in INSOLVENCY for o in p.children)
        for p in verb.children) or head.dep_ == "nsubj" and verb.lemma_ == "go" and any(
        c.lower_ in ("bankrupt", "bust") for c in verb.children)


# A gathering's word that, after the members' plural possessive, names the body they form
MEMBERS_GATHERING = frozenset({"forum", "congress", "convention", "assembly"})
MEMBERS_POSSESSIVE = re.compile(r"\w\ws['\u2019] \w+$")


def _kind_votes(an: _Analysis, g: _Group, conj_votes: dict[int, str] | None = None) -> defaultdict[str, float]:
    votes: defaultdict[str, float] = defaultdict(float)
    doc = an.tokens
    conj_votes = {} if conj_votes is None else conj_votes  # token -> kind its coordination implies
    for m in g.mentions:
        for k, v in m.votes.items():
            if not k.startswith("_"):
                votes[k] += v
        first = an.token(m.start)
        if first is None:
            continue
        title, _ = _title_before(doc, first.i)
        if title or first.i > 0 and doc[first.i - 1].lower_ in lx.PERSON_DEMONYMS:
            votes["Person"] += 3  # ("the Spaniard Iker Etxeberria-Lasa": a nationality noun before a person)
        elif first.i >= 2 and doc[first.i - 1].text in ("'s", "\u2019s") and \
                doc[first.i - 2].left_edge.lower_ == "the" and first.lower_ not in lx.GIVEN_NAME_GENDER:
            votes["Person"] -= 3  # "the G20's Common Framework": what a body has, not a person ("Kenya's X" may be)
        owned = an.text[doc[first.i - 3].idx:first.idx].strip().lower() if first.i >= 3 else ""
        if first.i >= 1 and OWNED.fullmatch(doc[first.i - 1].lower_) or OWNED.fullmatch(owned) or \
                first.i >= 2 and doc[first.i - 1].lower_ == "based" and doc[first.i - 2].text == "-":
            # "state-controlled Petrobras", "family-owned X": what is owned is a body; "Genoa-based Aurelia
            # Cruises": what is based somewhere, with no noun between (not "London-based artist X")
            votes["Organization"] += 5
        last = an.token(m.end - 1)
        if last is not None and _insolvent(last):
            votes["Organization"] += 3  # "X filed for insolvency", "the insolvent X steelworks": a business
        if last is not None and _event_head(last) is not last:
            votes["Event"] += 3  # "the Atlantic Drift music festival": the festival is called Atlantic Drift
        if last is not None and _site_head(last):
            votes["Place"] += 2  # "the Firule tennis centre", "the Tsagaan Uul copper project"
        if first.i > 0 and doc[first.i - 1].lower_ in NEARBY and last is not None and (
                last.head.i < last.i or last.head.pos_ != "NOUN") and \
                not any(c.dep_ == "appos" for c in last.children) and not any(
                    name_key(w) in BODY_WORDS or w.lower() in ("nation", "nations") for w in m.text.split()):
            # "in Durrës and nearby Thumanë": only places are nearby (not "nearby Smith farm", nor "the nearby Red
            # Willow First Nation", a people's body)
            votes["Place"] += 3
        short_form = SHORT_FORM_AFTER.match(an.text, m.end)
        if short_form and acronym_of(short_form.group(1), m.text) and not (
                (title or first.lower_ in lx.GIVEN_NAME_GENDER or m.ner == "Person") and
                not any(name_key(w) in lx.ORG_DESIGNATORS or w.lower() in lx.ORG_WORDS for w in m.text.split())):
            # "the Athletics Integrity Unit (AIU)": bodies are given short forms, and people seldom are (but "Finance
            # Minister Lim Guan Eng (LGE)", a person by title, given name or the NER, with no body's word in it)
            votes["Person"] -= 5
        said_it = False
        if last is not None and last.dep_ == "nsubj" and last.head.lemma_ in lx.REPORTING_VERBS:
            votes["Event"] -= 5  # people and bodies speak; events do not ("Revontuli Games said")
            said_it = any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == "it" or
                          t.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ == "poss" and p.lower_ == "its" for p in
                                                                   t.subtree)
                          for c in last.head.children if c.dep_ == "ccomp"
                          for t in c.children if not an.in_quote[t.i])
            # ("X said in a statement that all of its work had been invoiced": "its" is a body's too; not the "it"
            # of a quotation: '"... cannot read it is just paper," said X')
            if said_it:
                votes["Organization"] += 3  # "X said it would cut 1,100 jobs": "it" is a body
        if last is not None:
            for child in last.children:
                if child.dep_ == "appos" and (_is_title(child) or AGED.search(
                        an.text, child.left_edge.idx, child.idx)):
                    votes["Person"] += 3  # ("Shirin Akter, a 26-year-old sewing machine operator")
                elif child.dep_ == "appos" and (child.lower_ in lx.ORG_HEADS or child.lower_ in APPOSED_BODIES) and \
                        child.pos_ == "NOUN":
                    votes["Organization"] += 3  # (not "of Bursa, the X Foundation announced": a name of its own)
                elif child.dep_ == "appos" and (child.lemma_ in APPOSED_PLACE_HEADS and any(
                        c.lower_ == "of" for c in child.children) or child.lemma_ in NATURAL_FEATURES):
                    # "Kamares, the main harbour of Sifnos", "Syros, the capital of the Cyclades", "Stara Planina,
                    # the mountain range along the border"
                    votes["Place"] += 3
                elif child.dep_ == "appos" and child.lower_ in SETTLEMENTS and child.pos_ == "NOUN" and \
                        any(c.dep_ == "det" for c in child.children):
                    votes["Place"] += 3  # "Antigua Guatemala, the colonial city popular with tourists"
            if last.dep_ == "pobj" and last.head.lower_ == "of" and any(
                    c.dep_ == "appos" and c.lemma_ in SETTLEMENTS and c.pos_ == "NOUN" and
                    c.left_edge.i == last.i + 2 and doc[last.i + 1].text == "," for c in last.head.head.children):
                votes["Place"] += 3  # "Residents of X, a fishing town in ...": the town the parser hung on "Residents"
            if not any(c.dep_ == "appos" for c in last.children) and _apposed_body(doc, last):
                votes["Organization"] += 3  # "X, a company registered in Bangkok", the parser hung elsewhere
            of = _first_conjunct(last)  # "the northern regions of Antofagasta and Atacama"
            if of.dep_ == "pobj" and of.head.lower_ == "of" and (
                    of.head.head.lemma_ in APPOSED_PLACE_HEADS or of.head.head.lower_ in DIRECTIONS):
                votes["Place"] += 3  # "the administrative capital of the Cyclades", "two miles south of Kamares"
            if last.dep_ == "appos" and _is_title(last.head):
                votes["Person"] += 3
            elif any(c.dep_ == "appos" and c.lemma_ == "member" and any(p.lower_ == "of" for p in c.children)
                     for c in last.children):
                votes["Person"] += 3  # "Jakob Thorsen, a member of the Danish parliament's food committee"
            elif _title_after(last):
                votes["Person"] += 2
        held = _title_then_name(doc, last.i + 1) if last is not None else None
        if held:
            # "Velora Chairman Anand Mehta", "Tarewa Mayor Ana Ruiz": where the title is held
            votes["Place" if held.split()[-1] in lx.PLACE_TITLES else "Organization"] += 3
        if last is not None and last.dep_ == "pobj" and last.head.lower_ in ("in", "of") and \
                last.head.head.lemma_ in ("share", "stake", "stock", "shareholder", "bondholder"):
            votes["Organization"] += 3  # "shares in Najm Petrochemicals fell"
        of_country = OF_COUNTRY_AFTER.match(an.text, m.end)
        if of_country and lx.canonical(of_country.group(1)) in lx.COUNTRY_NAMES and 2 <= len(m.text.split()) <= 3 \
                and all(w[:1].isupper() and not w.isupper() and name_key(w) not in lx.ORG_DESIGNATORS and
                        name_key(w) not in lx.PLACE_DESIGNATORS for w in m.text.split()):
            votes["Person"] += 2  # "with Haruto Nishimura of Japan third": a competitor and the country of his
        if re.search(r"\b\d{1,3}, (?:of|from) $", an.text[max(0, m.start - 12):m.start]):
            votes["Place"] += 3  # "Chantal Bérubé, 31, of Iroquois Falls": where a person is from
        if last is not None and last.dep_ == "compound" and last.head.is_lower and last.head.i > last.i and \
                last.head.lower_ in lx.ORG_HEADS and last.head.lower_ not in lx.BODY_DESIGNATORS and (
                    last.ent_type_ not in ("GPE", "LOC") or lx.known_kind(m.text) is None and
                    lx.town_country(m.text) is None and any(name_key(w) in lx.ORG_DESIGNATORS
                                                            for w in m.text.split())) and \
                all(t.dep_ in ("compound", "amod") for t in doc[last.i + 1:last.head.i]):  # (not "the Belfast band")
            # "the centrist Bordeaux Demain group", "the Harbour Lights band", "the Daily Coast newspaper" (a name
            # with a body's word in it that no place has, whatever the NER made of it)
            votes["Organization"] += 3
        if re.match(r"[A-Z]{2,6}$", m.text) and re.search(r"[a-z]\w* \($", an.text[max(0, m.start - 20):m.start]):
            before = an.token(m.start - 3)
            if before is not None and before.lemma_ in lx.ORG_HEADS:
                votes["Organization"] += 4  # "the national financial prosecutor's office (PNF)"
        if last is not None and last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.idx < m.start and \
                len(m.text.split()) <= 2:
            owner = next((t for t in (last.head.head, doc[last.head.i - 1]) if t.ent_type_ == "ORG" and t.i < last.i),
                         None)
            if owner is not None and not _designator(last):
                votes["Place"] += 2  # "the Regional Court of Audit (CRC) of Nouvelle-Aquitaine": where the body is
        if re.match(r"-based\b", an.text[m.end:m.end + 7]):
            votes["Place"] += 3
        if an.in_agency(m.start, m.end):
            votes["Organization"] += 6  # "LIMA, Feb 12 (Andes Wire) -": the news agency that filed it
        if last is not None and _place_preposition(last):
            votes["Place"] += 1.25
        elif last is not None and last.dep_ == "pobj" and last.head.lower_ == "from" and \
                last.head.head.pos_ == "NOUN" and last.head.head.dep_ == "appos":
            votes["Place"] += 1.5  # "X, a retired teacher from Y": where a person is from (an employer is "at")
        elif last is not None and last.dep_ == "pobj" and last.head.lower_ == "from" and \
                last.head.i > 1 and doc[last.head.i - 1].text == "," and last.head.head.pos_ == "PROPN":
            votes["Place"] += 1.5  # "Keith Morrow from Papatoetoe": a hometown (after an age: below)
        elif last is not None and last.dep_ == "pobj" and last.head.lower_ == "at" and (
                _is_title(last.head.head) or _occupation(last.head.head)):
            votes["Organization"] += 2  # "a credit strategist at Aldgate Rowe", "a volcanologist at X": an employer
            if _occupation(last.head.head) and name_key(last.text) in lx.EVENT_DESIGNATORS:
                votes["Organization"] += 3  # "a senior economist at the X Policy Forum": a think tank, no forum held
        elif last is not None and last.i + 3 < len(doc) and doc[last.i + 1].text == "," and \
                doc[last.i + 2].like_num and doc[last.i + 2].text.isdigit() and int(doc[last.i + 2].text) < 120 and \
                doc[last.i + 3].text == ",":
            votes["Person"] += 3  # "Anneliese Gruber, 68, a retired teacher": an age
        elif last is not None and last.dep_ == "pobj" and last.head.lower_ == "of" and \
                last.head.head.lemma_ in MEMBERS_OF:
            votes["Organization"] += 3  # "members of the Chattogram Citizens' Forum": a body, not a gathering
        elif m.possessive and (held_as := POSSESSIVE_TITLE.match(an.text, m.end)) and \
                held_as.group(1).lower() in lx.PLACE_TITLES and not held_as.group(1).endswith("s") and \
                not any(name_key(w) in lx.ORG_DESIGNATORS for w in m.text.split()):
            votes["Place"] += 3  # "Cundinamarca's governor", "Osaka's mayor" (not "the Bank of Korea's governor")
        elif last is not None and last.dep_ == "pobj" and last.head.lower_ == "of" and \
                last.head.head.lower_ in lx.PLACE_TITLES:
            votes["Place"] += 2  # "the governors of Jujuy, Salta and Catamarca"
            for conj in last.conjuncts:
                conj_votes[conj.i] = "Place"
        if last is not None and last.dep_ == "appos" and last.head.lemma_ in lx.ORG_HEADS and \
                last.head.pos_ == "NOUN" and not (last.head.dep_ == "pobj" and last.head.head.dep_ == "prep" and
                                                  _is_title(last.head.head.head) and m.ner == "Person" and
                                                  not any(c.dep_ == "appos" for c in last.head.head.head.children)):
            # "an independent firm, Verdant Assurance"; but in "a spokeswoman for the company, Verena Lenz," the
            # name the parser hung on the company is the spokeswoman's
            votes["Organization"] += 3
        named_as = _named_as(last) if last is not None else None
        if named_as is not None:
            # "the merged society, to be called Munster Milk", "a town called Nomuka": what it names says its kind
            votes["Organization" if named_as.lemma_ in lx.ORG_HEADS else "Place"] += 3
        if last is not None and last.i + 2 < len(doc) and doc[last.i + 1].text == "," and \
                doc[last.i + 2].lower_ in ("which", "who"):
            # "Castellan Ratings, which rates the bonds": no person; "X, who ...": a person (or a body of people)
            if doc[last.i + 2].lower_ == "who":
                votes["Person"] += 1  # (a band or a team is "who" too)
            elif name_key(m.text).rsplit(None, 1)[-1] not in lx.EVENT_DESIGNATORS:
                votes["Organization"] += 2.5  # (but "the X Festival, which had been due to open", an event's)
        elif last is not None and last.i + 3 < len(doc) and doc[last.i + 1].text == "," and \
                doc[last.i + 2].lower_ == "whose" and doc[last.i + 3].lemma_ in KIN:
            votes["Person"] += 2  # "X, whose husband's operation was postponed", "X, whose son sat the exams"
        kind_of_list = _kind_of_examples(last) if last is not None else None
        if kind_of_list is not None:
            votes[kind_of_list] += 3  # "towns such as X and Y", "lenders including X": what the examples are of
        country = TOWN_COUNTRY.match(an.text, m.end, m.end + 40)
        if country and lx.canonical(country.group(1)) in lx.COUNTRY_NAMES and " " not in m.text:
            votes["Place"] += 2  # "Niamey, Niger": a town and its country
        own = TOWN_IN_COUNTRY.match(an.text, m.end, m.end + 40)
        home = lx.town_country(m.text) if own else None
        if home is not None and own is not None and lx.canonical(own.group(1)) == home and \
                m.ner != "Organization" and last is not None and last.dep_ not in ("nsubj", "nsubjpass"):
            # "diverted to San Pedro Sula in Honduras": a town GeoNames puts in that country (not "Toyota in Japan
            # recalled 50,000 cars", a company of the country, nor the NER's "Nokia in Finland")
            votes["Place"] += 3
        beyond = IN_A_COUNTRY.match(an.text, m.end, m.end + 40)
        if beyond and m.ner != "Organization" and lx.canonical(beyond.group(1)) in lx.COUNTRY_NAMES and \
                TOWARDS.search(an.text, max(0, m.start - 12), m.start):
            votes["Place"] += 3  # "push companies towards Kotor in neighbouring Montenegro"
        opening = an.text[max(0, m.start - 8):m.start]
        other_end = FROM_PLACE_TO.search(an.text, max(0, m.start - 50), m.start) or (
            TO_PLACE.match(an.text, m.end) if opening.endswith("from ") or
            BETWEEN_ON_A_ROUTE.search(an.text, max(0, m.start - 30), m.start) else None)
        end_name = next((n for n in other_end.groups() if n), "") if other_end else ""
        if end_name and (m.ner != "Organization" or lx.town_population(m.text)) and (
                lx.known_kind(end_name) == "Place" or lx.town_population(end_name)):
            # "in ports from Aparri to Baler", "connecting Trujillo to Guayaquil": both ends of a stretch are places
            # (and a town GeoNames knows is one whatever the NER made of it)
            votes["Place"] += 2
        units = UNITS_AFTER_LIST.match(an.text, m.end)
        if units and m.ner != "Organization" and (units.group(1) or
                                                  LIST_BEFORE.search(an.text, max(0, m.start - 60), m.start)):
            votes["Place"] += 3  # "from Isabela, Cagayan and Aurora provinces", "Kisumu, Siaya and Homa Bay counties"
        if last is not None and last.dep_ == "compound" and (last.head.lower_ in UNIT_HEADS or
                                                             last.head.lower_ in NATURAL_FEATURES and not (
                                                                 last.head.lower_ == "range" and
                                                                 (m.ner == "Organization" or
                                                                  any(c.lower_ == "of" for c in last.head.children))
                                                             )) and \
                last.head.dep_ != "compound" and any(c.lower_ == "the" for c in last.head.children):
            # "in the Kolofata district", "the Fuego volcano", "the Troodos range" (not "the X city council", "the
            # Ford range of vans")
            votes["Place"] += 3
        first_word = an.token(m.start)
        if AWAY_FROM.match(an.text, m.end) and first_word is not None and (
                first_word.is_sent_start or lx.town_population(m.text) and last is not None and
                last.dep_ not in ("appos", "dobj") and last.head.lower_ != "by"):
            # "Fuego, about 40 kilometres southwest of Guatemala City, began": what opens the sentence, or a town (not
            # "a pipeline operated by Shell, 80 kilometres east of X", "found Ortega, 3 km downstream")
            votes["Place"] += 3
        if last is not None and m.start in an.person_pronoun_targets:
            # (a "he" after a capitalized word the NER passed over says too little to make it a name)
            votes["_pronoun" if m.weak else "Person"] += 1.5
        parts = m.text.split()
        if len(parts) == 2 and not m.definite and parts[0].lower() in lx.GIVEN_NAME_GENDER and \
                parts[1].lower() not in an.lower_words \
                and name_key(parts[1]) not in NOT_A_SURNAME:
            votes["Person"] += 1.5  # "Poland's Julia Wiśniewska": a given name and a word that is no common noun
        if last is not None and 2 <= len(parts) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in parts) \
                and not said_it and last.dep_ in ("nsubj", "nsubjpass") and last.head.lemma_ in lx.REPORTING_VERBS \
                and name_key(parts[-1]) not in lx.ORG_DESIGNATORS:
            votes["Person"] += 1
    # the NER tags a name alike wherever it recurs, so its third and later tags are not as much new evidence as a
    # clue of the context ("shares in X", "X, which is headquartered in"): they count half
    for kind, n in Counter(m.ner for m in g.mentions if m.ner).items():
        if n > 2:
            votes[kind] -= (n - 2) * 0.5
    words = g.tokens
    if words:
        if words[-1] in lx.ORG_DESIGNATORS or any(w in lx.ORG_DESIGNATORS and nxt == "of" or
                                                  w in MISSIONS and nxt == "in" and i > 0
                                                  for i, (w, nxt) in enumerate(zip(words, words[1:-1], strict=False))):
            # "Bank of Japan", "London School of Economics", "the UN Verification Mission in Colombia"
            votes["Organization"] += 4
        if len(words) > 2 and words[0] in lx.PLACE_DESIGNATORS and words[1] in ("of", "des", "de", "du", "del") \
                and words[-1] not in lx.ORG_DESIGNATORS:  # (but the "Bay of Bengal Water Institute" is a body)
            votes["Place"] += 4
        if len(words) > 1 and words[0] in PLACE_QUALIFIERS and lx.known_kind(" ".join(words[1:])) == "Place":
            votes["Place"] += 4  # "Western Australia", "Northern Ireland", "Upper Austria"
        if words[-1] in MEMBERS_GATHERING and any(MEMBERS_POSSESSIVE.search(m.text) for m in g.mentions):
            votes["Organization"] += 4  # "the Karnataka IT Employees' Forum", "the Dockworkers' Congress": a body
        elif words[-1] in lx.EVENT_DESIGNATORS and len(words) > 1 or \
                len(words) > 2 and words[0] in lx.EVENT_DESIGNATORS and words[0] not in MEMBERS_GATHERING and \
                words[1] == "of":
            votes["Event"] += 4  # (and "the city's Festival of Lights", not "the Congress of X Trade Unions")
        elif len(words) > 3 and words[0] not in ("un", "united") and any(
                w in TOPICAL_EVENTS and nxt in ("on", "of", "for")
                for w, nxt in zip(words[1:], words[2:-1], strict=False)):
            votes["Event"] += 4  # "the International Conference on Cave Biology", "the Summit of the Americas"
        if len(words) > 2 and words[-1] == "reserve" and words[-2] in lx.PROTECTED_LAND:
            votes["Place"] += 4  # "the Sinharaja Forest Reserve" (not "the Federal Reserve")
        # ("the Eleanor Whitcomb Memorial Bridge"; "Rankin Inlet North", a part of a place by its quarter)
        designator = words[-2] if len(words) > 2 and words[-1] in DIRECTIONS else words[-1]
        lasts = [t for t in (an.token(m.end - 1) for m in g.mentions) if t is not None]
        # "Mensah Temple, her clerk, said": a person's role in apposition, which no seat has
        role = designator in SEATS and any(a.dep_ == "appos" and a.i > t.i and (
            a.lower_ in TITLE_WORDS or any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in a.children))
            for t in lasts for a in t.children)
        speaks = designator in SEATS and not role and any(
            t.dep_ == "nsubj" and t.head.lemma_ in lx.REPORTING_VERBS for t in lasts)
        if role and len(words) > 1:
            votes["Person"] += 5
        if speaks and len(words) > 1 and words[0] not in lx.GIVEN_NAME_GENDER:
            votes["Organization"] += 4.5  # "Buckingham Palace said": who sits there
        if designator in lx.PLACE_DESIGNATORS and len(words) > 1 and words[-2] not in SURNAME_PARTICLES:
            # (not "Caspar van Dam", a surname)
            # (a "Center" or "Centre" is as often a body's name: "the Pacific Tsunami Warning Center", which the
            # NER's tag decides)
            votes["Place"] += 0.5 if designator in ("center", "centre") and words[-2] not in CENTRE_SITES else \
                1.5 + 3 * (designator in BUILT_PLACES or designator in ("center", "centre") or
                           designator in SEATS and words[0] not in lx.GIVEN_NAME_GENDER and not speaks)
        if len(words) > 1 and words[0] in lx.PLACE_PREFIXES and words[1] not in lx.ORG_DESIGNATORS and \
                words[-1] not in lx.ORG_DESIGNATORS:
            votes["Place"] += 4
        if (at := lx.storm_word_at(words)) is not None and len(words) > at + 1:
            votes["Event"] += 6  # "Cyclone Winston", "Tropical Storm Ana"
        if len(words) > 1 and words[0] in CUP_PREFIXES:
            votes["Event"] += 6  # "the Copa Libertadores", "the Coupe de France": a cup in its own language
        if len(words) > 2 and words[0] in ("tour", "giro", "vuelta") and words[1] in (
                "de", "des", "du", "of", "d", "d'", "a", "di", "del"):
            votes["Event"] += 6  # "the Tour des Hautes-Alpes", "the Tour of Flanders", "the Vuelta a Burgos"
        if any(w in lx.ORG_DESIGNATORS and words[k + 1] in ("of", "for", "on") for k, w in enumerate(words[:-2])) \
                and not any(m.fixed for m in g.mentions):
            votes["Organization"] += 4  # "the Senate Committee on Agriculture, ...", "the Ministry of X": a body
        if any(w in lx.ORG_WORDS for w in words) and not any(m.fixed for m in g.mentions) and \
                (len(words) > 1 or words[0] not in ORG_WORDS_IN_A_NAME) and not (
                    len(words) > 1 and words[-1] in lx.EVENT_DESIGNATORS and words[-1] not in MEMBERS_GATHERING and
                    all(w in ORG_WORDS_IN_A_NAME for w in words[:-1] if w in lx.ORG_WORDS)):
            votes["Organization"] += 4  # (but "the Tavua Rugby Festival" is a festival: its last word names it)
        if len(words) > 1 and words[-1] in an.speaking_institutions:
            votes["Organization"] += 4  # "Astronomers at the X Observatory have found ..., the observatory said"
        if _a_town(an, g):
            votes["Place"] += 1.5  # "In Brno, ...", "outside Ganja": a town GeoNames knows, whatever the NER said
    return votes


def _a_town(an: _Analysis, g: _Group, anywhere: bool = False) -> bool:
    """Whether every mention of a group names, as a proper noun, a town of world knowledge (GeoNames' towns of
    15,000 people or more): not a word the article writes in lower case ("Split", "Mobile", "Police"), a given name
    ("Florence", "Mary") or a longer name a mention of it is part of ("Lewis Hamilton", later "Hamilton"). Unless
    `anywhere`, the article must also put something in it."""
    texts = {m.text for m in g.mentions}  # (without the possessive: _clean cut it)
    if len(texts) != 1 or any(m.fixed for m in g.mentions):
        return False
    name = texts.pop()
    words = name.split()
    if any(w.lower() in an.lower_words or w.lower() in lx.GIVEN_NAME_GENDER or w.lower() in TITLE_WORDS
           for w in words) or not lx.town_population(name):
        return False
    first = an.token(g.mentions[0].start)
    if first is None or first.pos_ != "PROPN" or first.is_stop:
        return False
    if anywhere:
        return True
    # only where the article puts something in it ("In Brno, ...", "outside Ganja"): "Clinton said", "Toyota
    # recalled", "a letter from Jackson" are a person and a company, "God" and "Mile" words
    return any(last is not None and (last.dep_ == "pobj" and last.head.lower_ in ("in", "near", "outside") or
                                     _place_preposition(last) or _gone_to_or_from(last)) or
               opening is not None and opening.i > 0 and an.tokens[opening.i - 1].lower_ in ("in", "near", "outside")
               and not possessive  # (not "in God's hands")
               for opening, last, possessive in ((an.token(m.start), an.token(m.end - 1), m.possessive)
                                                 for m in g.mentions))


def _gone_to_or_from(last: Token) -> bool:
    """Whether a name is where something went or came from: "the convoy reached X", "thousands fled X", "queuing
    as far south as X" (not "left", which is as often "the deal left X with a loss")."""
    if last.dep_ == "dobj" and last.head.lemma_ in ("reach", "enter", "flee", "evacuate"):
        return True
    return last.dep_ == "pobj" and last.head.lower_ == "as" and any(
        t.lower_ == "far" for t in last.doc[max(0, last.i - 4):last.i])


def _resolve(an: _Analysis, mentions: list[_Mention]) -> list[_Group]:
    """Group mentions into entities: same name, known alias, surname, short name, acronym, spelling variant."""
    groups: dict[str, _Group] = {}
    for m in mentions:
        key = name_key(m.canonical or m.text)
        g = groups.get(key)
        if g is None:
            g = groups[key] = _Group(key, [], tuple(name_key(m.canonical or m.text).split()))
        g.mentions.append(m)
    fixed = {g.key: next((m.fixed for m in g.mentions if m.fixed), None) for g in groups.values()}
    by_tokens = {g.tokens: g for g in groups.values()}
    # a multi-word name whose last words stand alone elsewhere is a person's; whose first words do, an organization's
    implied: dict[int, str] = {}  # last token of a name -> the kind its coordination with a typed name implies
    votes = {g.key: _kind_votes(an, g, implied) for g in groups.values()}
    for g in groups.values():
        g.votes = votes[g.key]
    for g in groups.values():
        for m in g.mentions:
            last = an.token(m.end - 1)
            if last is not None and last.i in implied:
                votes[g.key][implied[last.i]] += 2
    for g in groups.values():
        n = len(g.tokens)
        if n < 2 or fixed[g.key]:
            continue
        # ("Western Greece" is no person's name because "Greece" stands alone: a known place is no surname)
        if any(g.tokens[i:] in by_tokens and (i == n - 1 or all(t in SURNAME_PARTICLES for t in g.tokens[i:-1]))
               and fixed[by_tokens[g.tokens[i:]].key] in (None, "Person") and not _elsewhere_no_person(
                   votes[by_tokens[g.tokens[i:]].key]) for i in range(1, n)) and \
                not any(t in lx.ORG_WORDS for t in g.tokens[:1]):
            votes[g.key]["Person"] += 2  # (but "Lindenau" for "Vorwärts Lindenau" is the club's short name)
        if any(g.tokens[:i] in by_tokens and not fixed[by_tokens[g.tokens[:i]].key] for i in range(1, n)):
            votes[g.key]["Organization"] += 1
    # coordination with a name of known kind: "Valencia and Zaragoza", "Bergen and Gothenburg"
    token_group: dict[int, _Group] = {}
    for g in groups.values():
        for m in g.mentions:
            last = an.token(m.end - 1)
            if last is not None:
                token_group[last.i] = g
    clear = {g.key: _clear_kind(votes[g.key]) for g in groups.values()}  # (before the list's votes below)
    for tok_i, g in token_group.items():
        if fixed[g.key]:
            continue
        for partner in an.tokens[tok_i].conjuncts:  # ("in Kumasi, Tema and Takoradi": every name of the list)
            known = token_group.get(partner.i)
            if known is None or known is g:
                continue
            kind = fixed[known.key]
            if kind or (kind := clear[known.key]) and (max(votes[g.key].values(), default=0) <= 1 or
                                                       kind == "Place" and _a_town(an, g, anywhere=True)):
                # (the second: a name only the NER typed, in a list of names the article types, or a town GeoNames
                # knows in a list of places: "from Port Louis, Beau Bassin-Rose Hill and Quatre Bornes")
                votes[g.key][kind] += 2
                votes[g.key]["_listed " + kind] = 1  # (for the merges below: "from Mpika and Kasama")
    # ("from Port Louis, Beau Bassin-Rose Hill and Quatre Bornes", however the parser hung the list): a town
    # GeoNames knows, listed with a place
    spans = sorted(((m.start, m.end, m.possessive, g) for g in groups.values() for m in g.mentions),
                   key=lambda span: span[:2])
    placed = {g.key for g in groups.values() if (fixed[g.key] or _decide(votes[g.key])) == "Place"}
    for (_s1, end1, own1, g1), (start2, end2, own2, g2) in itertools.pairwise(spans):
        between = an.text[end1:start2]
        if g1 is g2 or own1 or own2 or between not in (", ", " and ", ", and ", " or ", ", or ") or \
                between == ", " and not LIST_GOES_ON.match(an.text, end2):
            continue  # ("The mayor of Paris, Hidalgo, said": an apposition; "Japan and Toyota's suppliers")
        for g, other in ((g1, g2), (g2, g1)):
            if not fixed[g.key] and other.key in placed and g.key not in placed and _a_town(an, g, anywhere=True):
                votes[g.key]["Place"] += 2
                votes[g.key]["_listed Place"] = 1
                placed.add(g.key)  # (and so on down the list)
    for g in groups.values():
        g.kind = fixed[g.key] or _decide(votes[g.key])
    # attach short forms, acronyms and variants to exactly one longer name; a bare surname that two people share
    # goes, mention by mention, to the one person named before it, and is dropped when that is not clear
    merged: dict[str, str] = {}
    dropped: set[int] = set()
    # "Empresa Nacional del Litio, or Enalit," "the agency, known by its Spanish initials OEFA": the article says so
    by_start = {m.start: g for g in groups.values() for m in g.mentions}
    for g in groups.values():
        if len(g.tokens) < 2:
            continue
        for m in g.mentions:
            said = NAMED_AS.match(an.text, m.end)
            short = by_start.get(said.end()) if said else None
            if g.kind == "Person" and short is not None and not (
                    said is not None and said.group().endswith("(") and acronym_of(short.mentions[0].text, m.text)):
                continue  # (a person's initials in brackets: "Lim Guan Eng (LGE)")
            if short is not None and short is not g and len(short.tokens) == 1 and not fixed[short.key] and \
                    short.key not in merged:
                merged[short.key] = g.key
                for sm in short.mentions:
                    g.reasons[sm.start] = "Abbreviation"
    # "the Red Cross" in an article about the "Myanmar Red Cross Society": the national body it named, not the
    # international one world knowledge would make of the short name alone
    for short in groups.values():
        if fixed[short.key] != "Organization" or len(short.tokens) < 2 or short.key in merged:
            continue
        n = len(short.tokens)
        national = [g for g in groups.values() if g.kind == "Organization" and len(g.tokens) >= n + 1 and
                    g.tokens[1:n + 1] == short.tokens and all(w in lx.ORG_DESIGNATORS for w in g.tokens[n + 1:])
                    and (lx.ALIASES.get(g.tokens[0]) in lx.COUNTRY_NAMES or g.tokens[0] in lx.DEMONYMS)]
        if len(national) == 1 and national[0].mentions[0].start < short.mentions[0].start and all(
                name_key(sm.text) == name_key(" ".join(short.tokens)) for sm in short.mentions):
            # (not when the article names the international body too: "the International Committee of the Red
            # Cross", later "the Red Cross")
            merged[short.key] = national[0].key
            for sm in short.mentions:
                national[0].reasons[sm.start] = "Abbreviation"
                sm.canonical = None  # (named by the national body's name)
    ordered = sorted(groups.values(), key=lambda g: (len(g.tokens), g.mentions[0].start))
    # candidates share a first or last word, or an initial (acronyms, spelling variants): no all-pairs loop
    near: dict[str, list[_Group]] = defaultdict(list)
    for g in groups.values():
        if g.tokens:
            # (and the inner words of a long name: "de la Cruz" of "Ignacio de la Cruz Villanueva")
            for hook in {"w:" + g.tokens[0], "w:" + g.tokens[-1], "i:" + g.tokens[0][:1], "i:" + g.tokens[-1][:1],
                         *("w:" + t for t in g.tokens[1:-1])}:
                near[hook].append(g)
    for g in ordered:
        if fixed[g.key] or not g.tokens or g.key in merged:
            continue
        targets: dict[str, str] = {}
        hooks = {"w:" + g.tokens[0], "w:" + g.tokens[-1], "i:" + g.tokens[-1][:1], "i:" + g.tokens[0][:1]}
        pool = {id(o): o for h in hooks for o in near.get(h, [])}
        for other in sorted(pool.values(), key=lambda o: o.key):
            if other is g or len(other.tokens) < len(g.tokens) or other.key in merged or not other.mentions:
                continue  # (a short name shared by two longer ones has handed its mentions out: no target)
            reason = _merge_reason(g, other, by_tokens, len(an.article.title))
            if reason:
                targets[other.key] = reason
        if not targets:
            continue
        for k in [k for k in targets if _short_of_another(groups, targets, k, by_tokens, len(an.article.title))]:
            del targets[k]  # "Ordóñez" of "Valeria Ordóñez" and of "Valeria Ordóñez Crespo": one person, the longer
        orgs = [k for k, r in targets.items() if groups[k].kind != "Person"]
        people = [k for k in targets if groups[k].kind == "Person"]
        if g.kind == "Person" and len(people) == 1 and orgs:
            targets = {people[0]: targets[people[0]]}  # "Tan, 61," is Tan Boon Huat, not Tan Boon Huat Holdings
        if len(orgs) > 1 and len(orgs) == len(targets):
            counts = sorted((len(groups[k].mentions), k) for k in orgs)
            if counts[-1][0] > counts[-2][0]:
                targets = {counts[-1][1]: targets[counts[-1][1]]}
        if len(targets) == 1:
            (target, reason), = targets.items()
            if reason == "_given":
                dropped.update(id(m) for m in g.mentions)
                continue
            merged[g.key] = target
            for m in g.mentions:
                groups[target].reasons[m.start] = reason
            continue
        for m in list(g.mentions):
            before = [k for k in targets if groups[k].mentions[0].start < m.start and targets[k] != "_given"]
            if len(before) == 1:
                groups[before[0]].mentions.append(m)
                groups[before[0]].reasons[m.start] = targets[before[0]]
            else:
                dropped.add(id(m))
            g.mentions.remove(m)
    for g in groups.values():
        an.blocked |= {m.start for m in g.mentions if id(m) in dropped}
        g.mentions = [m for m in g.mentions if id(m) not in dropped]
    result: list[_Group] = []
    for g in groups.values():
        if g.key in merged or not g.mentions:
            continue
        members = [g] + [groups[k] for k, t in merged.items() if t == g.key]
        members += [groups[k] for k, t in merged.items() if t in {x.key for x in members[1:]}]
        total = defaultdict(float, votes[g.key])
        for x in members[1:]:
            for k, v in votes[x.key].items():
                total[k] += v * 0.25
        kind = fixed[g.key] or _decide(total)
        if all(m.weak for x in members for m in x.mentions) and not any(v > 0 for k, v in total.items()
                                                                         if not k.startswith("_")):
            continue
        out = _Group(g.key, sorted((m for x in members for m in x.mentions), key=lambda m: m.start), g.tokens,
                     kind, reasons={k: v for x in members for k, v in x.reasons.items()})
        out.name = _canonical_name(out)
        result.append(out)
    return result


def _elsewhere_no_person(votes: Mapping[str, float]) -> bool:
    """Whether the words around a short name say it is a place or a body ("the Cinca river"), so that a longer name
    ending in it ("Hidroeléctrica del Alto Cinca") is no person's with that surname."""
    other = max(votes.get("Place", 0.0), votes.get("Organization", 0.0))
    return other >= 2 and other > votes.get("Person", 0.0)


def _clear_kind(votes: Mapping[str, float]) -> str | None:
    """The kind the article's words make a name clearly of (at least 3 votes, 2 more than any other kind)."""
    ranked = sorted(((v, k) for k, v in votes.items() if not k.startswith("_")), reverse=True)
    if ranked and ranked[0][0] >= 3 and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= 2):
        return ranked[0][1]
    return None


def _known_place(group: _Group) -> bool:
    """Whether world knowledge or GeoNames knows a name as a place."""
    name = group.mentions[0].text
    return lx.known_kind(name) == "Place" or lx.town_population(name) > 0


def _ner_alone(group: _Group, kind: str) -> bool:
    """Whether only the NER's tags, and no words of the article, say that a name is of this kind."""
    return group.votes.get(kind, 0) <= sum(m.ner == kind for m in group.mentions)


def _short_of_another(groups: Mapping[str, _Group], targets: Mapping[str, str], k: str,
                      by_tokens: Mapping[tuple[str, ...], _Group], title_end: int) -> bool:
    """Whether target k of a short name is itself a short name of another target, which the short name goes to
    instead: a person's opening words ("Valeria Ordóñez" of "Valeria Ordóñez Crespo", if those are one person's
    names), an event's last words ("Cyclone Tavua" of "Tropical Cyclone Tavua")."""
    kind, words = groups[k].kind, groups[k].tokens
    if kind not in ("Person", "Event"):
        return False
    n = len(words)
    return any(o != k and groups[o].kind == kind and len(groups[o].tokens) > n and
               (groups[o].tokens[:n] if kind == "Person" else groups[o].tokens[-n:]) == words and
               _merge_reason(groups[k], groups[o], by_tokens, title_end) is not None for o in targets)


def _merge_reason(short: _Group, long: _Group, by_tokens: Mapping[tuple[str, ...], _Group],
                  body: int = 0) -> str | None:
    """Why a shorter name is another name of a longer one in the same article (whose body starts at `body`), if it
    is."""
    s, lg = short.tokens, long.tokens
    if len(s) < len(lg):
        if long.kind == "Person" and lg[-len(s):] == s:
            return "Surname"
        if long.kind == "Person" and len(lg) >= 3 and len(s) < len(lg) - 1 and lg[1:1 + len(s)] == s and \
                (s[0] in SURNAME_PARTICLES or len(lg) - len(s) == 2 and not all(len(w) <= 4 for w in lg)) and \
                (short.kind == "Person" or _ner_alone(short, "Organization")) and \
                (lg[-1],) not in by_tokens and \
                not any(w in lx.ORG_DESIGNATORS for w in s) and s[0] not in lx.GIVEN_NAME_GENDER:
            # "de la Cruz" of "Ignacio de la Cruz Villanueva", "Ibáñez" of "Carolina Ibáñez Rivas": the first of two
            # surnames, by which Spanish names are called (not when the article calls the person by the last name,
            # as Portuguese names are: "Bolsonaro" of "Jair Messias Bolsonaro")
            return "Surname"
        given = lg.index(s[0]) if len(s) == 1 and s[0] in lg else 0  # the words before the short name
        rest = lg[given + 1:]  # and after it: the second surname, maybe with its particles ("de la Serna")
        if long.kind == "Person" and given >= 1 and rest and all(w in SURNAME_PARTICLES for w in rest[:-1]) and \
                (given >= 2 or len(rest) >= 2) and rest[-1] not in SURNAME_PARTICLES and \
                not any(w in SURNAME_PARTICLES for w in lg[:given + 1]) and \
                not all(len(w) <= 4 for w in lg) and (lg[-1],) not in by_tokens and \
                (short.kind == "Person" or _ner_alone(short, "Organization") or
                 _ner_alone(short, "Place") and lx.known_kind(short.mentions[0].text) is None) and \
                s[0] not in lx.ORG_DESIGNATORS and s[0] not in lx.GIVEN_NAME_GENDER:
            # "Huamán" of "Carmen Rosa Huamán Quispe", "Valdivia" of "Julio César Valdivia Ccori", "Ocampo" of "María
            # Laura Ocampo de la Serna": the same after two given names or before a second surname with its
            # particles (nor then a place that only the NER took the surname for, unless it is a known one: "Lima")
            return "Surname"
        if long.kind == "Person" and short.kind == "Person" and len(s) >= 2 and lg[:len(s)] == s and \
                min((m.start for m in short.mentions if m.start >= body), default=float("inf")) > \
                min((m.start for m in long.mentions if m.start >= body), default=body):
            # "María José" for "María José Larraín Vega", "Ahmad Faiz" for "Ahmad Faiz Hassan": the given names the
            # article goes on to call the person by (not one named before in the body: a father "Jorge Luis Pérez"
            # and his son "Jorge Luis Pérez Soto"; a headline comes before any full name)
            return "GivenName"
        if long.kind == "Person" and len(s) == 1 and len(lg) in (2, 3) and lg[0] == s[0]:
            # "Chen" for "Chen Meiling", "Lim" for "Lim Wei Ling" (family name first), unless the article calls the
            # person by the last name or the first is a given name ("Maria" of "Maria Elena Costa")
            korean = re.search(r"-[a-z]+$", long.mentions[0].text) is not None  # "Han Seo-yeon": Han is the family
            return "_given" if not korean and ((lg[-1],) in by_tokens or s[0] in lx.GIVEN_NAME_GENDER) else "Surname"
        if long.kind in ("Organization", "Event", "Place") and lg[:len(s)] == s and s[0] not in lx.DEMONYMS \
                and s[0] not in lx.ORG_DESIGNATORS and not (s[-1] in lx.ORG_DESIGNATORS and
                                                           any(w in lx.BODY_DESIGNATORS for w in lg[len(s):])) \
                and not (short.kind == "Place" and long.kind != "Place" and any(
                    w in lx.BODY_DESIGNATORS or w in lx.EVENT_DESIGNATORS or w in LOCAL_BODIES for w in lg[len(s):])) \
                and not (short.kind == "Person" and len(s) >= 2 and long.kind == "Organization" and not (
                    (all(w in LEGAL_FORMS for w in lg[len(s):]) or len(lg) == len(s) + 1 and
                     lg[-1] in lx.ORG_DESIGNATORS and lg[-1] not in NAMED_FOR_PEOPLE and
                     all(m.fixed is None for m in short.mentions)) and
                    _ner_alone(short, "Person") and s[0] not in lx.GIVEN_NAME_GENDER)) \
                and not (short.kind == "Place" and long.kind == "Organization" and
                         (any(w in lx.ORG_DESIGNATORS for w in lg[len(s):]) or s[-1] not in lx.PLACE_DESIGNATORS) and
                         (any(m.fixed == "Place" or m.votes.get("Place", 0) >= 3 for m in short.mentions) or
                          _clear_kind(short.votes) == "Place" and (
                              not _ner_alone(short, "Place") or _known_place(short)) or
                          short.kind == "Place" and bool(short.votes.get("_listed Place")))):
            # (nor "the island of Mindoro" for "Mindoro Pacific Airways", the airline named after it, nor "the Sierra
            # Madre mountains" for the "Sierra Madre People's Army")
            # (nor "Tan Boon Huat" for "Tan Boon Huat Holdings", the company named after him; but "Gozo Seaways",
            # which only the NER took for a person, is "Gozo Seaways Ltd" without its legal form)
            # (nor "Kasama" in "firefighters from Mpika and Kasama", a town in a list of towns, for "Kasama Fuel
            # Distributors")
            # (but "Westmark", which only the NER took for a place, is "Westmark Grocers Inc.")
            # (nor "Cuenca", "mayor of Cuenca", for the "Cuenca Primero" movement; but "Blackwater Valley", a place by
            # its own last word only, is the "Blackwater Valley Dairies" it is short for)
            # (but "Polgarrow" is the village of the Polgarrow Parish Council and the Polgarrow Summer Fair)
            return "Abbreviation"  # (not "Andaman Airways" for "Andaman Airways Pilots' Association", its union)
        if long.kind == "Organization" and len(s) >= 2 and (s[0], s[-1]) == (lg[0], lg[-1]) and \
                s[-1] in lx.ORG_DESIGNATORS and _subsequence(s, lg):
            return "Abbreviation"  # "Halifax council" for "Halifax Regional Council"
        if long.kind == "Organization" and (lg[0] in lx.ORG_WORDS or lx.ALIASES.get(lg[0]) in lx.COUNTRY_NAMES and
                                            len(s) >= 2) and lg[1:] == s or \
                long.kind == "Place" and lg[0] in lx.PLACE_PREFIXES and lg[1:] == s and (
                    short.kind == "Place" or _ner_alone(short, "Person") and _ner_alone(short, "Organization")):
            return "Abbreviation"  # "Montemor" for "SC Montemor", "Clare" for "County Clare", "X" for "Lake X"
        if long.kind == "Event" and (lg[0] in CUP_PREFIXES or re.fullmatch(r"\d+(?:st|nd|rd|th)", lg[0])) and \
                lg[1:] == s:
            return "Abbreviation"  # "Libertadores" for "Copa Libertadores", the "X Festival" of the "77th X Festival"
        if long.kind == "Event" and (at := lx.storm_word_at(lg)) is not None and len(s) < len(lg) and \
                len(s) <= len(lg) - at and lg[-len(s):] == s:
            return "Abbreviation"  # "Sagarika" for "Cyclone Sagarika"; "Veisi", "Cyclone Veisi" for "Tropical ..."
        if long.kind == "Organization" and len(s) == 1 and lg[-1] == s[0] and s[0] in lx.ORG_DESIGNATORS and \
                all(m.definite for m in short.mentions):
            return "DefiniteDescription"
        if long.kind != "Person" and len(s) == 1 and acronym_of(short.mentions[0].text, " ".join(lg)):
            return "Abbreviation"
        if long.kind == "Person" and len(s) == 1 and spelling_variant(s[0], lg[-1]):
            return "SpellingVariant"
    elif len(s) == len(lg) and long.kind == "Person" and short.kind == "Person" and s[:-1] == lg[:-1] \
            and spelling_variant(s[-1], lg[-1]) and short.mentions[0].start > long.mentions[0].start:
        return "SpellingVariant"
    return None


def _subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    words = iter(long)
    return all(w in words for w in short)


def _decide(votes: Mapping[str, float]) -> str:
    ranked = sorted(KINDS, key=lambda k: (-votes.get(k, 0), KINDS.index(k)))
    return ranked[0] if votes.get(ranked[0], 0) > 0 else "Organization"


def _canonical_name(g: _Group) -> str:
    for m in g.mentions:
        if m.canonical:
            return m.canonical
    forms = Counter(m.text for m in g.mentions if g.reasons.get(m.start) is None)
    if not forms:
        forms = Counter(m.text for m in g.mentions)
    return max(forms, key=lambda t: (len(t.split()), not t.isupper(), forms[t], -len(t)))


def _scan(an: _Analysis, groups: list[_Group]) -> None:
    """Add the mentions the NER missed of names the article uses elsewhere ("Zelenskyy says" in a headline)."""
    forms: dict[str, int] = {}
    clash: set[str] = set()

    def offer(form: str, i: int) -> None:
        if forms.get(form, i) != i:
            clash.add(form)
        forms[form] = i

    for i, g in enumerate(groups):
        for m in g.mentions:
            if len(m.text) >= 3 and m.text[0].isupper():
                offer(m.text, i)
        words = g.name.split()
        if g.kind == "Person" and len(words) >= 2:
            cut = len(words) - 1
            while cut > 1 and words[cut - 1].islower():
                cut -= 1
            surname = " ".join(words[cut:])
            if len(surname) >= 3:
                offer(surname, i)
            if 2 <= cut < len(words) - 1 and len(words[cut - 1]) >= 3 and words[cut - 1][:1].isupper() and \
                    words[cut - 1].lower() not in SURNAME_PARTICLES:
                offer(words[cut - 1], i)  # "Robles" of "María Teresa Robles de la Fuente": the first surname
    for form in clash:
        forms.pop(form)
    if not forms:
        return
    taken = sorted((m.start, m.end) for g in groups for m in g.mentions)
    starts = [s for s, _ in taken]
    pattern = re.compile(r"(?<![\w-])(?:" + any_of(forms) + r")(?![\w-])")
    for hit in pattern.finditer(an.text):
        s, e = hit.span()
        i = bisect_right(starts, s) - 1
        if (i >= 0 and taken[i][1] > s) or (i + 1 < len(taken) and taken[i + 1][0] < e) or s in an.blocked:
            continue
        nxt = an.token(e + 1)
        if nxt is not None and nxt.idx == e + 1 and nxt.is_title and nxt.pos_ == "PROPN":
            continue
        g = groups[forms[hit.group()]]
        twin = next((m for m in g.mentions if m.text == hit.group()), None)
        m = _Mention(s, e, hit.group(), possessive=bool(POSSESSIVE.match(an.text[e:e + 3])),
                     canonical=twin.canonical if twin else None)
        g.mentions.append(m)
        if twin is None:
            g.reasons[s] = "Surname"
        elif twin.start in g.reasons:
            g.reasons[s] = g.reasons[twin.start]
    for g in groups:
        g.mentions.sort(key=lambda m: m.start)


def _reason(g: _Group, m: _Mention) -> str:
    if m.start in g.reasons:
        return g.reasons[m.start]
    if m.text == g.name:
        return "Possessive" if m.possessive else "ExactName"
    if m.canonical and name_key(m.text) != name_key(m.canonical):
        return "KnownAlias"
    if name_key(m.text) == name_key(g.name):
        return "SpellingVariant"
    return "ExactName"


# ---------------------------------------------------------------------------------------------- the article


# The bodies workers form under other names than "union": a federation, confederation or congress of workers.
LABOUR_BODIES = frozenset({"federation", "confederation", "congress", "syndicate", "association", "guild"})
WORKERS = frozenset({"workers", "workers'", "employees", "labour", "labor", "trade", "unions", "teachers", "nurses",
                     "miners", "drivers", "dockworkers", "dockers", "journalists", "seafarers", "staff"})


# Words that rank a body among others of its kind, which its name need not hold ("the main shipping chamber").
RANKING_WORDS = frozenset({"main", "largest", "biggest", "leading", "top", "principal", "chief", "major", "oldest"})


class _Reader:
    """Entities of one article and what refers to them."""

    def __init__(self, an: _Analysis, groups: list[_Group]) -> None:
        self.an = an
        self.entities: list[Entity] = []
        self.token_entity = [-1] * len(an.doc)
        self.mention_at: dict[int, MentionRef] = {}  # token index -> the mention covering it
        by_kind: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for g in sorted(groups, key=lambda g: g.mentions[0].start):
            ent = Entity(kind=g.kind, name=g.name)
            index = len(self.entities)
            self.entities.append(ent)
            for m in g.mentions:
                ref = MentionRef(an.span(m.start, m.end), _reason(g, m))
                ent.mentions.append(ref)
                if m.text != g.name:
                    ent.aliases.add(m.text)
                first, last = an.token(m.start), an.token(m.end - 1)
                if first is None or last is None:
                    continue
                for t in range(first.i, last.i + 1):
                    self.token_entity[t] = index
                    self.mention_at[t] = ref
                if not an.in_quote[first.i] and not an.in_agency(m.start):
                    by_kind[g.kind].append((m.start, index))  # (the agency that filed it is no "it" of the news)
        self.recent = {k: sorted(v) for k, v in by_kind.items()}
        self.spokesperson_for: int | None = None
        self._countries: dict[int, set[str]] = {}
        self.gender: dict[int, str] = {}
        self._homes: dict[int, int] | None = None  # organization -> the place the article says it is of
        self.event_triggers: dict[str, list[int]] = defaultdict(list)  # event type -> where the article reports it
        self.event_place_prep: dict[str, str] = {}  # event type -> "in" or "at", as the article places it
        self.recent_starts = {k: [s for s, _ in v] for k, v in self.recent.items()}
        self.descriptors: dict[int, set[str]] = defaultdict(set)
        for g_index, g in enumerate(sorted(groups, key=lambda g: g.mentions[0].start)):
            for m in g.mentions:
                self.descriptors[g_index] |= {k[6:] for k in m.votes if k.startswith("_head:")}
                last = an.token(m.end - 1)
                if last is not None:  # "X, Britain's markets regulator," lets "the regulator" refer to X
                    self.descriptors[g_index] |= {c.lemma_.lower() for c in last.children
                                                  if c.dep_ == "appos" and c.pos_ == "NOUN"}
                    if last.dep_ == "appos" and last.head.pos_ == "NOUN" and last.head.i < last.i:
                        self.descriptors[g_index].add(last.head.lemma_.lower())  # "Her publisher, X, said"
            ent = self.entities[g_index]
            words = name_key(ent.name).split()
            self.descriptors[g_index] |= {words[-1]}
            heads_at = next((k for k, w in enumerate(words) if k and w in ("of", "for")), None)
            if heads_at is not None:
                # "Bank of Ghana", "Museum of Asian Art", "Ministry for the Ecological Transition": the noun before
                # "of" or "for" heads the name
                self.descriptors[g_index].add(words[heads_at - 1])
            kind = lx.ORG_KIND.get(ent.name)
            if kind:
                self.descriptors[g_index].add(kind)
            if set(words) & LABOUR_BODIES and set(words) & WORKERS:
                self.descriptors[g_index].add("union")  # "the National Federation of Port Workers": "the union"
            if ent.kind == "Organization" and (set(words) & REGULATOR_HEADS or any(
                    (tok := an.token(m.span.start)) is not None and
                    (root := _root_of_name(tok, m.span.start, m.span.end)).dep_ == "nsubj" and
                    _lemma(root.head) in REGULATING_VERBS for m in ent.mentions)):
                # "the Monetary Authority of Singapore fined ...": the article may go on to call it "the regulator"
                self.descriptors[g_index] |= {"regulator", "watchdog", "supervisor"}

    def entity_of(self, tok: Token) -> int | None:
        e = self.token_entity[tok.i]
        return e if e >= 0 else None

    def before(self, kind: str, char: int) -> int | None:
        """The entity of `kind` mentioned last before `char` (outside quotes)."""
        starts = self.recent_starts.get(kind, [])
        i = bisect_left(starts, char) - 1
        return self.recent[kind][i][1] if i >= 0 else None

    def genders(self) -> None:
        """What the article itself says of each person's gender: "chairwoman X", "Mr X", "X said she ..." (the only
        person named in the sentence before the pronoun)."""
        an = self.an
        seen: dict[int, set[str]] = defaultdict(set)
        for index, ent in enumerate(self.entities):
            if ent.kind != "Person":
                continue
            for title in ent.job_titles:
                word = title.lower().split()[-1]
                if word in lx.GENDERED_TITLES:
                    seen[index].add(lx.GENDERED_TITLES[word])
            for ref in ent.mentions:
                before = an.text[max(0, ref.span.start - 5):ref.span.start].strip().rstrip(".").split()
                if before and before[-1].lower() in lx.GENDERED_TITLES:
                    seen[index].add(lx.GENDERED_TITLES[before[-1].lower()])
        for tok in an.tokens:
            # "X said she would ...": the pronoun subject of what X said is X
            if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and \
                    not an.in_quote[tok.i] and tok.head.head.lemma_ in lx.REPORTING_VERBS:
                subj = _subject(tok.head.head)
                e = self.token_entity[subj.i] if subj is not None else -1
                if e >= 0 and self.entities[e].kind == "Person":
                    seen[e].add(lx.PRONOUN_GENDER[tok.lower_])
        self.gender = {e: next(iter(g)) for e, g in seen.items() if len(g) == 1}
        for index, ent in enumerate(self.entities):
            words = name_key(ent.name).split()
            if ent.kind == "Person" and index not in seen and len(words) >= 2 and words[0] in lx.GIVEN_NAME_GENDER:
                self.gender[index] = lx.GIVEN_NAME_GENDER[words[0]]  # the article said nothing: the given name

    def antecedent(self, char: int, pronoun: str = "") -> int | None:
        """The person "he" or "she" refers to: the last person who was a subject (speakers are), else the last named;
        never one the article shows to be of the other gender."""
        e = self._antecedent(char, lx.PRONOUN_GENDER.get(pronoun))
        if e is not None and pronoun in ("he", "she") and any(q in self.an.text[max(0, char - 3):char]
                                                               for q in QUOTE_CLOSE) and \
                self._only_person_near(char) == e:
            # ("X, a researcher, said ... '...,' she said." then "He said": not her) only from the pronoun that
            # closes a quotation when no one else was there to be meant, so that a doubtful reading fixes nothing
            self.gender.setdefault(e, lx.PRONOUN_GENDER[pronoun])
        return e

    def _topical(self, start: int) -> bool:
        """Whether the person named at `start` is what the sentence is about: its subject, introduced by an
        apposition ("X, a 47-year-old fisherman,") or in the phrase that opens it ("For X, ..."), not one it
        names in passing ("a firm run by X", "hired X")."""
        first = self.an.token(start)
        ref = self.mention_at.get(first.i) if first is not None else None
        head = self.an.token(ref.span.end - 1) if ref is not None else None
        if head is None:
            return False
        if head.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "appos" for c in head.children):
            return True
        opening = head.head
        return head.dep_ == "pobj" and opening.dep_ == "prep" and opening.i == head.sent.start and \
            opening.lower_ in ("for", "to", "like", "unlike")

    def _speaks_next(self, last: Token) -> bool:
        """Whether a name is right before a reporting verb, with its age between: "X, 31, said"."""
        toks = self.an.tokens
        if last.i + 4 >= len(toks) or not toks[last.i + 2].like_num:
            return False
        verb = toks[last.i + 4]
        closing = self._name_closing_apposition(verb)
        return closing is not None and closing.i == last.i and verb.pos_ == "VERB" and \
            verb.lemma_ in lx.REPORTING_VERBS and not self.an.in_quote[verb.i]

    def _only_person_near(self, char: int) -> int | None:
        """The one person named in the sentence of `char` (before it) and the sentence before, if only one is."""
        here = self.an.token(char)
        if here is None:
            return None
        begin = self.an.tokens[here.sent.start - 1].sent[0].idx if here.sent.start > 0 else here.sent[0].idx
        starts = self.recent_starts.get("Person", [])
        named = {e for _, e in self.recent["Person"][bisect_left(starts, begin):bisect_left(starts, char)]}
        return next(iter(named)) if len(named) == 1 else None

    def _antecedent(self, char: int, wanted: str | None) -> int | None:
        starts = self.recent_starts.get("Person", [])
        i = bisect_left(starts, char) - 1
        fits = [j for j in range(i, -1, -1) if self.gender.get(self.recent["Person"][j][1], wanted) == wanted]
        here = self.an.token(char)
        if here is not None and fits and here.sent.start > 0:
            # "For X, a 47-year-old fisherman, the shelter comes too late. He said ...": the one person the last
            # sentence named and introduced, in the same paragraph
            begin = self.an.tokens[here.sent.start - 1].sent[0].idx
            own = self.an.tokens[here.sent.start].idx
            last = self.recent["Person"][bisect_left(starts, begin):i + 1]
            if last and all(start < own for start, _ in last) and len({e for _, e in last}) == 1 and \
                    last[-1][1] == self.recent["Person"][fits[0]][1] and self._topical(last[0][0]):
                return last[-1][1]
        relative: int | None = None  # the first person skipped as the subject of a relative clause
        acted_on: int | None = None  # the first person the main clause acts on ("appointed Maria Gomez")
        for j in fits[:12]:
            start, e = self.recent["Person"][j]
            tok = self.an.token(start)
            head = tok
            while head is not None and head.head.i != head.i and self.token_entity[head.head.i] == e:
                head = head.head
            if tok is not None and (tok.is_sent_start or tok.idx in self.an.paragraph_set):
                return e
            if head is not None and self._speaks_next(head):
                return e  # "In Bekasi, east of Jakarta, X, 31, said ...", which the parser made an apposition
            after = self.an.tokens[head.i + 1] if head is not None and head.i + 1 < len(self.an.tokens) else None
            named = self.mention_at.get(head.i) if head is not None else None
            if after is not None and after.pos_ == "VERB" and after.lemma_ in ("say", "tell", "add") and \
                    not self.an.in_quote[after.i] and _subject(after) is None and named is not None and \
                    " " in named.span.text:
                return e  # "..., where the river burst its banks, shopkeeper X said ...": a speaker the parse left out
            if head is not None and (head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ != "relcl" or
                                     head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass") and
                                     head.head.head.dep_ != "relcl"  # (not "X, whose daughter Y died,")
                                     or head.dep_ == "appos" and head.head.dep_ == "pobj" and
                                     (head.head.head.head.lower_ in lx.SPOKESPEOPLE or
                                      head.head.head.head.pos_ == "NOUN" and
                                      head.head.head.head.lower_ in TITLE_WORDS) and
                                     head.head.head.head.dep_ == "nsubj"  # "A spokesman for X, Y, said"
                                     # ("The company's director for Morocco, Y, told")
                                     or head.head.lower_ == "to" and head.head.head.lower_ == "according"
                                     or any(c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who"
                                                                      for w in c.children) for c in head.children)):
                return e  # ("led by Minister X, who told reporters that ...": the subject of its relative clause)
            if relative is None and head is not None and (
                    head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "relcl" or head.dep_ == "appos" and
                    head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.dep_ == "relcl"):
                relative = e
            if acted_on is None and head is not None and head.dep_ in ("dobj", "dative", "attr") and \
                    not any(a.dep_ in ("relcl", "acl") for a in head.ancestors):
                acted_on = e
        if acted_on is not None or relative is not None:
            # "The agency that X leads appointed Y ... she said": Y; "The firm that X founded with Y was sold. She
            # said": X, when no one else was a subject or acted on
            return acted_on if acted_on is not None else relative
        return self.recent["Person"][fits[0]][1] if fits else None

    def last_mentions(self, indices: Iterable[int], char: int) -> dict[int, int]:
        """Where each of these entities was last mentioned before `char` (-1: not yet)."""
        return {i: max((r.span.start for r in self.entities[i].mentions if r.span.start < char), default=-1)
                for i in indices}

    def _dateline_agency(self, e: Entity, char: int) -> bool:
        """Whether an organization is named only as the dateline's news agency (or by the description at `char`)."""
        return self.an.dateline_agency is not None and all(
            self.an.in_agency(r.span.start) or r.span.start <= char <= r.span.end for r in e.mentions)

    def described(self, head: str, char: int, modifiers: Sequence[str] = ()) -> int | None:
        """The organization "the <head>" refers to: the one so described, else the one mentioned last.
        `modifiers` ("national disaster" agency) choose among several so described by the words of their names."""
        def named_by(i: int) -> bool:  # "the national disaster agency": the National Disaster Management Agency
            # ("the main shipping chamber": the River Shipping Chamber; "main" says which, the name need not)
            words = set(name_key(self.entities[i].name).split())
            telling = {w for w in modifiers if w not in words and w not in RANKING_WORDS} if modifiers else {""}
            return bool(modifiers) and not telling and bool(set(modifiers) & words)

        # (not the dateline's agency: "GUATEMALA CITY (AFP) - ..., the national disaster agency said")
        # (the description itself may already be among the agency's mentions: "The agency said")
        described = [i for i, e in enumerate(self.entities) if e.kind == "Organization" and head in self.descriptors[i]
                     and not self._dateline_agency(e, char)]
        # a body named before, or (in a lead that names it later) one the description names word for word
        fits = [i for i in described if self.entities[i].mentions[0].span.start < char or self.an.in_title(char)
                or named_by(i)]
        if len(fits) > 1 and modifiers:
            fits = [i for i in fits if named_by(i)] or fits
        if len(fits) > 1:
            # "the agency said": of two agencies, the one the article has just named, in this paragraph or the last
            seen = self.last_mentions(fits, char)
            latest = max(fits, key=lambda i: seen[i])
            if seen[latest] >= 0 and self.an.paragraph(char) - self.an.paragraph(seen[latest]) <= 1 and \
                    sorted(seen.values())[-2] < seen[latest]:
                fits = [latest]
        if len(fits) == 1 and head in AGENCY_HEADS:
            # "The Danish Veterinary and Food Administration closed three stalls. The agency said ...": the public
            # body the last sentence was about, not an agency described paragraphs before
            seen_at = self.last_mentions(fits, char)[fits[0]]
            public = {i for i, e in enumerate(self.entities) if e.kind == "Organization" and i != fits[0] and
                      set(name_key(e.name).split()) & AGENCY_HEADS}
            subject = self._business_subject_just_before(char, public) if public else None
            if subject is not None and self.an.paragraph(seen_at) < self.an.paragraph(char):
                return subject
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None
        if head in AGENCY_HEADS:
            # "The Philippine Coast Guard suspended all sea travel. The agency said ...": no body is called an agency,
            # so the public body the last sentence was about
            public = {i for i, e in enumerate(self.entities) if e.kind == "Organization" and
                      set(name_key(e.name).split()) & (PUBLIC_BODY_WORDS | STATE_FORCES) and
                      not self._dateline_agency(e, char)}
            subject = self._business_subject_just_before(char, public) if public else None
            if subject is not None:
                return subject
        if head in lx.BUSINESS_HEADS:
            # the organization the article is about so far: the most mentioned one, the latest on a tie
            counts: Counter[int] = Counter()
            last: dict[int, int] = {}
            for start, e in self.recent.get("Organization", []):
                if start < char:
                    counts[e] += 1
                    last[e] = start
            # (no public body is "the company": not the Aegean Charting Authority the article cites most)
            businesses = [e for e in counts if not set(name_key(self.entities[e].name).split()) & PUBLIC_BODY_WORDS]
            subject = self._business_subject_just_before(char, set(businesses))
            if subject is not None:
                return subject  # "Nordhafen Lines said ... A spokesman for the company said": the one just in view
            pool = businesses or list(counts)
            # (on a tie, one the article made the subject of what it did before one it named only aside: "X said
            # the gates would stay shut. The company is owned by Y and Z", then "the company warned": X)
            return max(pool, key=lambda e: (counts[e], self._acted(e, char), last[e])) if pool else None
        return None

    def _acted(self, e: int, char: int) -> bool:
        """Whether an entity was the subject of a clause before `char`."""
        return any(_subject_at(self.an, r.span.end - 1) for r in self.entities[e].mentions if r.span.start < char)

    def _business_subject_just_before(self, char: int, businesses: set[int]) -> int | None:
        """The business that is the subject of the sentence of `char` before it, or of the sentence before that in
        the same paragraph: "Nordhafen Lines said two of its vessels had skipped the port. A spokesman for the
        company said ...". None when the two sentences name no business as their subject."""
        tok = self.an.token(char)
        if tok is None:
            return None
        sent = tok.sent
        previous = self.an.doc[sent.start - 1].sent if sent.start > 0 else None
        windows = [range(sent.start, tok.i)]
        if previous is not None and self.an.paragraph(previous.start_char) == self.an.paragraph(char):
            windows.append(range(previous.start, previous.end))
        for window in windows:
            for i in reversed(window):
                e = self.token_entity[i]
                if e in businesses and self.an.tokens[i].dep_ in ("nsubj", "nsubjpass") and \
                        not self.an.in_quote[i]:
                    return e
        return None

    def definite_descriptions(self) -> None:
        """Mentions such as "the alliance" where exactly one organization of the article fits the noun."""
        an = self.an
        for tok in an.tokens:
            if tok.lower_ not in lx.ORG_HEADS or tok.dep_ == "compound" or self.token_entity[tok.i] >= 0 or \
                    tok.tag_.endswith("S"):
                continue
            det = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i]
            if not det or any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
                continue
            fits = [i for i, e in enumerate(self.entities) if e.kind == "Organization" and tok.lower_ in
                    self.descriptors[i] and e.mentions[0].span.start < tok.idx]
            if len(fits) == 1:
                self.add_mention(fits[0], an.span(det[0].idx, tok.idx + len(tok.text)), "DefiniteDescription")

    def state_bodies(self) -> None:
        """Institutions named only by description and tied to a country: "Norway's labour ministry", "the Kenyan
        government". Each becomes an organization named as readers would ("Norwegian labour ministry")."""
        an = self.an
        made: dict[str, int] = {}
        for tok in an.tokens:
            if tok.lower_ not in lx.STATE_BODIES or self.token_entity[tok.i] >= 0 or an.in_quote[tok.i] or \
                    tok.tag_.endswith("S") and not (tok.lower_ == "police" and any(
                        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)) or tok.dep_ == "compound":
                continue
            # ("the Tashkent city administration": the town's name hangs on "city")
            named_on = [g for c in tok.children if c.dep_ == "compound" and c.is_lower and c.i < tok.i
                        for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"]
            country = demonym = None
            mods: list[Token] = []
            for c in sorted([*tok.children, *named_on], key=lambda t: t.i):
                if c.i > tok.i:
                    continue
                e = self.entity_of(c)
                if c.dep_ == "poss" and e is not None and self.entities[e].name in lx.COUNTRY_NAMES:
                    country = self.entities[e].name
                elif c.dep_ in ("amod", "compound", "nmod") and c.lower_ in lx.DEMONYMS and c.is_title:
                    demonym, country = c, lx.DEMONYMS[c.lower_]
                elif c.dep_ in ("amod", "compound", "nmod") and c.lower_ in lx.REGION_DEMONYMS and c.is_title:
                    demonym, country = c, lx.REGION_DEMONYMS[c.lower_]  # "the Basque government"
                elif c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.is_title and \
                        tok.lower_ in TOWN_BODIES and all(a.dep_ in ("amod", "det") for a in tok.children
                                                           if a.i < c.i) and (
                            e is not None and self.entities[e].kind == "Place" or
                            e is None and c.ent_type_ in ("", "GPE", "LOC") and
                            not any(a.dep_ == "compound" for a in c.children)):
                    # "the Ancash regional government", "the New South Wales government": a region's own (not "the
                    # Meloni government", a leader's)
                    first = an.token(self.mention_at[c.i].span.start) if e is not None else None
                    demonym = first or c
                    country = self.entities[e].name if e is not None else c.text
                elif c.dep_ in ("amod", "compound") and c.is_lower and c.is_alpha and e is None:
                    mods.append(c)
            if country is None or demonym is None and country not in lx.COUNTRY_DEMONYM:
                continue
            before = an.tokens[demonym.i - 1] if demonym is not None and demonym.i > 0 else None
            if demonym is not None and before is not None and before.is_title and \
                    before.lower_ in PLACE_QUALIFIERS and self.entity_of(before) is None:
                # "the Western Australian government": the region's, named as the article does (not the country's)
                country = f"{before.text} {demonym.text}"
                demonym = before
            words = [m.lower_ for m in sorted(mods, key=lambda m: m.i)] + [tok.lower_]
            description = " ".join(words)
            given = country if demonym is not None and country not in lx.COUNTRY_DEMONYM and \
                demonym.lower_ not in lx.REGION_DEMONYMS else None  # (a region by its name)
            name = f"{given or (demonym.text if demonym is not None else lx.COUNTRY_DEMONYM[country])} {description}"
            start = min([tok.idx] + [m.idx for m in mods] + ([demonym.idx] if demonym is not None else []))
            host = self._body_described(tok, start)
            if host is not None:
                self.entities[host].aliases.add(name)
                self.descriptors[host].add(tok.lower_)
                self.add_mention(host, an.span(start, tok.idx + len(tok.text)), "DefiniteDescription")
                continue
            index = made.get(name)
            if index is None:
                index = made[name] = len(self.entities)
                ent = Entity(kind="Organization", name=name, aliases={f"{country} {description}"} - {name})
                if mods:
                    ent.aliases.add(description)  # "the labour ministry" later in the article
                self.entities.append(ent)
                self.descriptors[index] = {tok.lower_}
            ref = MentionRef(an.span(start, tok.idx + len(tok.text)), "DefiniteDescription")
            self.entities[index].mentions.append(ref)
            first = an.token(start)
            for t in range(first.i if first is not None else tok.i, tok.i + 1):
                self.token_entity[t] = index
                self.mention_at[t] = ref
            self._remember("Organization", start, index)

    def _remember(self, kind: str, start: int, entity: int) -> None:
        """Record a mention of `entity` at `start` among those of its kind that `before` looks back through."""
        at = bisect_right(self.recent_starts.setdefault(kind, []), start)
        self.recent_starts[kind].insert(at, start)
        self.recent.setdefault(kind, []).insert(at, (start, entity))

    def add_mention(self, entity: int, span: Span, reason: str) -> None:
        if all(r.span.start != span.start for r in self.entities[entity].mentions):
            self.entities[entity].mentions.append(MentionRef(span, reason))
            kind = self.entities[entity].kind
            first = self.an.token(span.start)
            if reason == "DefiniteDescription" and first is not None and not self.an.in_quote[first.i] and \
                    not self.an.in_title(span.start):
                self._remember(kind, span.start, entity)  # "the bank said ...; it said": what "it" refers to next
            self.entities[entity].mentions.sort(key=lambda r: r.span.start)

    def _body_described(self, tok: Token, start: int) -> int | None:
        """The named body a country's body word at `tok` (its description starting at `start`) is in apposition
        to: "the Seimas, Lithuania's parliament," by the parser's apposition or by the commas, but not one of a
        list ("the European Commission, Poland's government and the EIB", "of Europol, Spain's police, and")."""
        an = self.an
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)  # ("Poland's parliament")
        first = owner if owner is not None and owner.idx < start else an.token(start)
        after = [t.lower_ for t in an.tokens[tok.i + 1:tok.i + 3]]
        before_host = an.tokens[first.i - 3] if first is not None and first.i >= 3 else None
        if after[:1] in (["and"], ["or"]) or after in ([",", "and"], [",", "or"]) and before_host is not None and (
                before_host.text == "," or before_host.pos_ == "ADP"):
            return None
        if tok.dep_ == "appos" and tok.head.i < tok.i:
            host = self.entity_of(tok.head)
        elif first is not None and first.i >= 2 and an.tokens[first.i - 1].text == "," and after[:1] == [","]:
            host = self.entity_of(an.tokens[first.i - 2])
        else:
            return None
        return host if host is not None and self.entities[host].kind == "Organization" else None

    # --- speakers

    def _spokesperson_named(self, subj: Token) -> tuple[int, Span] | None:
        """ "A spokesman for X, Tariq Al Mansoori, said", "A spokeswoman for the company, Verena Lenz, said": the
        parser hangs the name on the body, which the spokesperson already stands for; the one named speaks (but in
        "a spokesman for the opposition leader, X," X is the leader)."""
        if subj.lower_ not in lx.SPOKESPEOPLE:
            return None
        for prep in subj.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("for", "of", "at", "from", "to", "by"):
                for obj in prep.children:
                    body = self.entity_of(obj)
                    if not (body is not None and self.entities[body].kind in ("Organization", "Place") or
                            body is None and obj.pos_ == "NOUN" and obj.lemma_ in lx.ORG_HEADS):
                        continue
                    if any(c.dep_ == "appos" for c in subj.children):
                        continue  # "a spokesperson for the party, Zanu-PF, Chris Mutsvangwa,": the body, then the one
                    for a in obj.children:
                        if a.dep_ == "appos" and a.i > obj.i and (p := self._entity_in(a)) is not None and \
                                p != body and self.entities[p].kind == "Person":
                            if body is not None:
                                self.spokesperson_for = body
                            return p, self.mention_at[self._entity_token(a)].span
        return None

    def speaker(self, subj: Token) -> tuple[int | None, Span | None]:
        """The entity a subject token refers to and the span naming it; (None, None) if the article does not say."""
        an = self.an
        named = self._spokesperson_named(subj)
        if named is not None:
            return named
        e = self.entity_of(subj)
        if e is not None:
            ref = self.mention_at[subj.i]
            return e, ref.span
        low = subj.lower_
        if low in ("who", "that", "which") and subj.head.dep_ == "relcl" and subj.head.head.i != subj.i:
            return self.speaker(subj.head.head)
        if subj.dep_ == "appos" and self.entity_of(subj.head) is not None:
            return self.speaker(subj.head)
        tok_span = an.span(subj.idx, subj.idx + len(subj.text))
        if low in lx.PERSON_PRONOUNS:
            e = self.antecedent(subj.idx, low)
            if e is not None:
                self.add_mention(e, tok_span, "Pronoun")
            return e, tok_span if e is not None else None
        if low in ("they", "we") and subj.head.dep_ == "conj" and subj.head.head.lemma_ in lx.REPORTING_VERBS:
            first = next((c for c in subj.head.head.children if c.dep_ == "nsubj" and c.i < subj.i), None)
            if first is not None and first.lower_ not in ("they", "we"):
                # "Officials of X told reporters that ..., and they added that ...": the speakers of the first act,
                # if they were many (not "Mayor X said the workers would be paid, and they said they were relieved")
                e, _ = self.speaker(first)
                many = first.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in first.children) or \
                    e is not None and self.entities[e].kind == "Organization"
                if e is not None and many:
                    self.add_mention(e, tok_span, "Pronoun")
                    return e, tok_span
        if low in ("it", "they", "we"):
            e = self.before("Organization", subj.idx)
            if e is not None and low == "it":
                named_last = max((r for r in self.entities[e].mentions if r.span.start < subj.idx),
                                 key=lambda r: r.span.start, default=None)
                last = self.an.token(named_last.span.end - 1) if named_last is not None else None
                aside = last is not None and (last.dep_ == "pobj" or last.dep_ == "appos" and last.head.dep_ == "pobj"
                                              or any(a.dep_ in ("relcl", "acl") for a in last.ancestors))
                # ("a filing with the Y Exchange (YX)": the short form of a name inside a prepositional phrase)
                # the object of the last sentence's act answers it ("X fined Y. It said it would appeal"); else the
                # subject goes on ("Ofcom fined TikTok. It said the platform had failed")
                answers = any(t.lemma_.lower() in lx.ANSWERS for t in subj.head.subtree)
                acted_on = last is not None and any(t.dep_ in ("dobj", "dative") for t in (last, *last.ancestors))
                topic = self._last_sentence_subject(subj) if aside or acted_on and not answers else None
                e = topic if topic is not None else e  # (but "X fined Y. It said it would appeal": Y)
                self.add_mention(e, tok_span, "Pronoun")
                return e, tok_span
            if low == "they" and subj.head.lemma_ in lx.REPORTING_VERBS and self._said_by_many_of(subj):
                e = self._last_sentence_subject(subj)  # "Officials at the X Centre said ... They said ...": X
                if e is not None:
                    self.add_mention(e, tok_span, "Pronoun")
                    return e, tok_span
            return None, None
        for child in subj.children:
            if child.dep_ == "appos":
                e = self._entity_in(child)
                if e is not None:
                    return e, self.mention_at[self._entity_token(child)].span
        if low in TITLE_WORDS and low not in lx.SPOKESPEOPLE:
            # "Ethiopia's State Minister for Sport, X, said": the name hung on the portfolio (not "a spokesman for
            # the opposition leader, X,", who is the leader)
            apposed = next((a for prep in subj.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                            for obj in prep.children
                            if obj.lower_ in lx.PORTFOLIO_LIST_WORDS and obj.lower_ not in TITLE_WORDS
                            for a in obj.children if a.dep_ == "appos" and a.i > obj.i
                            and (p := self._entity_in(a)) is not None and self.entities[p].kind == "Person"), None)
            if apposed is not None:
                return self._entity_in(apposed), self.mention_at[self._entity_token(apposed)].span
            for tok in subj.subtree:  # "Minister for the Environment Kele Tuilagi said", the name parsed as the
                # portfolio's object
                e = self.entity_of(tok) if tok.i > subj.i else None
                if e is not None and self.entities[e].kind == "Person":
                    ref = self.mention_at[tok.i]
                    first = an.token(ref.span.start)
                    if first is not None and _portfolio_title(an.tokens, first.i) in (subj.i, subj.i - 1):
                        return e, ref.span
                    break
        if low in lx.SPOKESPEOPLE:
            for prep in subj.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("for", "of", "at", "from", "to", "by"):
                    for obj in prep.children:
                        e = self._entity_in(obj)
                        if e is None and obj.lemma_ in lx.BRANCHES:  # "a spokesperson for UNESCO's office in Abuja"
                            obj = next((c for c in obj.children if c.dep_ == "poss" and
                                        self._entity_in(c) is not None), obj)
                            e = self._entity_in(obj)
                        if e is None and obj.pos_ == "NOUN" and any(c.lower_ == "the" for c in obj.children):
                            e = self.described(obj.lower_, obj.idx)  # "a spokeswoman for the commission"
                            if e is not None:
                                self.spokesperson_for = e
                                return e, an.span(obj.idx, obj.idx + len(obj.text))
                        if e is not None and self.entities[e].kind in ("Organization", "Place"):
                            self.spokesperson_for = e
                            return e, self.mention_at[self._entity_token(obj)].span
            if subj.sent.start > 0 and an.doc[subj.sent.start].lower_ in ("a", "an") and \
                    an.doc[subj.sent.start].head.i == subj.i:
                # "X welcomed the decision. A spokesman said ...": the spokesman speaks for the last sentence's subject
                prev = an.doc[subj.sent.start - 1].sent
                for tok in prev:
                    e = self.entity_of(tok)
                    if tok.dep_ == "nsubj" and e is not None and self.entities[e].kind == "Organization" and \
                            an.paragraph(tok.idx) == an.paragraph(subj.idx):
                        self.spokesperson_for = e
                        return e, self.mention_at[tok.i].span
            if self.spokesperson_for is not None and any(c.lower_ == "the" for c in subj.children):
                start = min(c.idx for c in subj.children if c.lower_ == "the")
                span = an.span(start, subj.idx + len(subj.text))
                self.add_mention(self.spokesperson_for, span, "DefiniteDescription")
                return self.spokesperson_for, span
            for child in subj.children:
                if child.dep_ in ("compound", "poss"):
                    e = self.entity_of(child)
                    if e is not None and self.entities[e].kind in ("Organization", "Place"):
                        return e, self.mention_at[child.i].span
                    if e is None and child.is_lower and (child.lower_ in lx.ORG_HEADS and child.dep_ == "compound" or (
                            child.lower_ in lx.ORG_HEADS or child.lower_ in lx.INSTITUTIONS) and
                            child.dep_ == "poss" and any(c.lower_ == "the" for c in child.children)):
                        # "a ministry spokesperson": the ministry's ("the hospital's management": the hospital's)
                        e = self.described(child.lower_, child.idx)
                        if e is not None:
                            self.spokesperson_for = e
                            return e, an.span(child.idx, subj.idx + len(subj.text))
        dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss")}
        if subj.lemma_ in lx.BENCH_WORDS and dets & {"the", "its"} and (subj.tag_ == "NNS" or subj.lemma_ in (
                "panel", "bench")) and all(c.dep_ in ("det", "poss", "punct", "nummod") or c.dep_ in (
                    "amod", "compound") and c.lemma_ in BENCH_SIZES for c in subj.children):
            # "the three-member panel said", "the judges wrote": the court they sit on, when it is the body the
            # article named last (not "the Senate panel", "the Booker Prize judges", "the magistrates who ...")
            e = self.described("court", subj.idx)
            e = e if e is not None else self.described("tribunal", subj.idx)
            seen = self.last_mentions([e], subj.idx)[e] if e is not None else -1
            since = an.token(seen)
            if e is not None and seen >= 0 and an.paragraph(subj.idx) - an.paragraph(seen) <= 2 and \
                    since is not None and not any(t.lemma_ in lx.OTHER_BENCHES for t in an.tokens[since.i:subj.i]):
                # (but not "the monetary policy committee met. The panel said", nor "a panel of scientists")
                start = min((c.idx for c in subj.children if c.dep_ == "det"), default=subj.idx)
                span = an.span(start, subj.idx + len(subj.text))
                self.add_mention(e, span, "DefiniteDescription")
                return e, span
        if (low in lx.ORG_HEADS or subj.pos_ == "NOUN") and (dets & {"the", "its", "this"} or an.in_title(subj.idx)) \
                and not subj.tag_.endswith("S"):
            modifiers = [name_key(c.text) for c in subj.children if c.dep_ in ("amod", "compound") and c.i < subj.i]
            e = self.described(subj.lemma_.lower() if low not in lx.ORG_HEADS else low, subj.idx, modifiers)
            if e is not None:
                start = min((c.idx for c in subj.children if c.dep_ == "det"), default=subj.idx)
                span = an.span(start, subj.idx + len(subj.text))
                self.add_mention(e, span, "DefiniteDescription")
                return e, span
        country = lx.DEMONYMS.get(low) or lx.PERSON_DEMONYMS.get(low)
        if country is None and (low in lx.TITLES or low == "leader"):
            # "the Chilean leader conceded": the person of that country, whatever title the article gave first
            country = next((lx.DEMONYMS[c.lower_] for c in subj.children if c.dep_ == "amod" and
                            c.lower_ in lx.DEMONYMS), None)
        if country and not subj.tag_.endswith("S") and any(c.lower_ == "the" for c in subj.children):
            # "The Colombian said ...": the person the article tied to Colombia last
            fits = [e for e in range(len(self.entities)) if country in self.countries_of(e) and
                    self.entities[e].mentions[0].span.start < subj.idx]
            if fits:
                e = max(fits, key=lambda i: max(r.span.start for r in self.entities[i].mentions
                                                if r.span.start < subj.idx))
                start = min(c.idx for c in subj.children if c.lower_ == "the")
                span = an.span(start, subj.idx + len(subj.text))
                self.add_mention(e, span, "DefiniteDescription")
                return e, span
        if low in lx.TITLES and not subj.tag_.endswith("S"):
            holders = [i for i, ent in enumerate(self.entities)
                       if ent.kind == "Person" and any(t.lower().split()[-1] == low for t in ent.job_titles)]
            before = self.last_mentions(holders, subj.idx)
            if len(holders) > 1:  # "the president": of two presidents, the one the article has just named
                latest = max(holders, key=lambda i: before[i])
                holders = [latest] if before[latest] >= 0 and an.paragraph(subj.idx) - an.paragraph(
                    before[latest]) <= 1 else []
            if len(holders) == 1:
                self.add_mention(holders[0], tok_span, "DefiniteDescription")
                return holders[0], tok_span
        return None, None

    def _sentence_before(self, tok: Token) -> SpacySpan | None:
        """The sentence before the one of `tok`, if it is in the same paragraph."""
        start = tok.sent.start
        if start == 0:
            return None
        previous = self.an.tokens[start - 1].sent
        return previous if self.an.paragraph(previous.start_char) == self.an.paragraph(tok.idx) else None

    def _said_by_many_of(self, pronoun: Token) -> bool:
        """Whether the sentence before, in the same paragraph, was said by many who speak for a body ("Officials at
        the X Centre said"): then "they" are those people, and speak for it."""
        previous = self._sentence_before(pronoun)
        return previous is not None and any(
            t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.lemma_ in lx.REPORTING_VERBS and t.tag_ == "NNS"
            and t.lower_ in lx.SPOKESPEOPLE and not self.an.in_quote[t.i] for t in previous)

    def _last_sentence_subject(self, pronoun: Token) -> int | None:
        """ "X said it would appeal to the Y council. It argued ...": the body the sentence before was about (its
        main subject), when the pronoun's own sentence names no body before it and both are in one paragraph (asked
        only when the body named last was named inside a prepositional phrase, "to the Y council", or a relative
        clause, "X, which advises the Y committee,")."""
        an, sent = self.an, pronoun.sent
        if any(self.token_entity[t.i] >= 0 and self.entities[self.token_entity[t.i]].kind == "Organization"
               for t in an.tokens[sent.start:pronoun.i]):
            return None
        previous = self._sentence_before(pronoun)
        if previous is None:
            return None
        # (the speaker of that sentence first: "The cuts will fall on Pune, the company said in a filing with the
        # Y exchange. It said ...")
        for tok in sorted(previous, key=lambda t: t.head.lemma_ not in lx.REPORTING_VERBS):
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and not an.in_quote[tok.i]:
                e = self._entity_in(tok)
                if e is None and tok.head.lemma_ in lx.REPORTING_VERBS and tok.pos_ == "NOUN":
                    e = self.speaker(tok)[0]  # "the company said": the body the description stands for
                return e if e is not None and self.entities[e].kind == "Organization" else None
        return None

    def before_name(self, first: int) -> int:
        """The index of the token before a name that starts at token `first`, past "the" and a place's possessive
        ("..., the National University of Samoa said", "..., Puntland's Ministry of Fisheries said")."""
        toks = self.an.tokens
        j = first - 1
        if j >= 1 and toks[j].text in ("'s", "\u2019s"):
            place = self.token_entity[toks[j - 1].i]
            if place >= 0 and self.entities[place].kind in ("Place", "Organization"):
                j = (self.an.token(self.mention_at[j - 1].span.start) or toks[j - 1]).i - 1
        if j >= 0 and toks[j].lower_ == "the":
            j -= 1
        return j

    def place_named(self, *names: str) -> int | None:
        """The place of the article called by one of these names (or an alias), if there is one."""
        wanted = {name_key(n) for n in names}
        return next((i for i, e in enumerate(self.entities) if e.kind == "Place" and
                     wanted & {name_key(n) for n in e.names}), None)

    def home_of(self, org: int) -> int | None:
        """The country or town an organization is of, as the article writes it: "Chile's Senate", "X, South Korea's
        second-largest supermarket chain"."""
        if self._homes is None:
            self._homes = {}
            for tok in self.an.tokens:
                place = self.entity_of(tok) if tok.dep_ == "poss" else None
                if place is None or self.entities[place].kind != "Place":
                    continue
                body = self.entity_of(tok.head)
                if body is None and tok.head.dep_ == "appos":
                    body = self.entity_of(tok.head.head)
                if body is not None and body != place and self.entities[body].kind == "Organization":
                    self._homes.setdefault(body, place)
        return self._homes.get(org)

    def _name_closing_apposition(self, verb: Token) -> Token | None:
        """The name right before the comma before a cue, or before its age: "the federation's secretary-general,
        Nabil Trabelsi, told", "In Bekasi, east of Jakarta, Dewi Lestari, 31, said"."""
        toks = self.an.tokens
        at = verb.i - 2
        if at >= 2 and toks[at].like_num and toks[at - 1].text == "," and self.token_entity[at] < 0:
            at -= 2  # (", 31,": an age)
        if at >= 0 and toks[verb.i - 1].text == "," and self.token_entity[at] >= 0:
            return toks[at]
        return None

    def agent(self, verb: Token) -> Token | None:
        """The subject of a verb in its own paragraph; when the parse has none there, the person or organization that
        opens the verb's clause ("Ukrainian President X, speaking at Y, revealed ...")."""
        an = self.an
        paragraph = an.paragraph(verb.idx)
        subj = _subject(verb)
        if subj is not None and an.in_quote[subj.i] and not an.in_quote[verb.i] and \
                re.search(r"[,!?][\"\u201d]", an.text[subj.idx:verb.idx]):
            subj = None  # '"... they pretend it was a dream," X told the crowd': a cue the parser joined to the quote
        if subj is not None and an.paragraph(subj.idx) == paragraph:
            before = an.tokens[verb.i - 1] if verb.i >= 1 else verb
            closing = self._name_closing_apposition(verb)
            if closing is not None and subj.i < closing.i and subj.lower_ not in lx.SPOKESPEOPLE:
                # "the union's secretary-general, X, told": X closes the subject (not "a spokesman for the opposition
                # leader, X, said", where X is the leader)
                before = closing
            e = self.token_entity[before.i] if before is not verb else -1
            own = self._entity_in(subj)
            if own is None and _portfolio_then_name(an.tokens, subj.i + 1):
                # "ICT and Innovation Minister X said": the parser made the first portfolio the subject and the
                # minister a conjunct of it
                held = next((c for c in subj.children if c.dep_ == "conj" and self.token_entity[c.i] >= 0 and
                             self.entities[self.token_entity[c.i]].kind == "Person"), None)
                if held is not None:
                    return held
            opener = self._person_before_apposition(verb, subj)
            if own is not None and self.entities[own].kind == "Organization" and opener is not None:
                return opener
            if e >= 0 and own is not None and own != e and self.entities[own].kind == "Place" and \
                    self.entities[e].kind == "Person" and before.i in {t.i for t in subj.subtree}:
                # "Newfoundland and Labrador Fisheries Minister X said": the parser made the province the subject
                # and the minister a conjunct of it
                return before
            if e >= 0 and subj.i < before.i and self._entity_in(subj) is None and \
                    self.entities[e].kind in ("Person", "Organization"):
                first = an.token(self.mention_at[before.i].span.start) or before
                if first.i >= 2 and (an.tokens[first.i - 1].text == "," or an.tokens[first.i - 1].lower_ == "the"
                                     and an.tokens[first.i - 2].text == ","):
                    # '... her novel, The X, a saga set among the weavers of Bursa, the Y Foundation announced': the
                    # parser took the work for the subject and the body for an apposition; the name that closes
                    # the content right before the cue is who spoke
                    return before
            return subj
        if verb.i >= 1 and an.tokens[verb.i - 1].text in QUOTE_CLOSE:
            # '"...," said Chief X of Y, which co-manages it': the parser hung the name on the relative clause's
            # verb; the name right after the cue, past its title, is the speaker
            # ('said Goldman Sachs analyst X, who co-wrote it': the person, not the body the role is held at)
            found: list[Token] = []
            i = verb.i + 1
            while i < min(verb.i + 9, len(an.tokens)):
                tok = an.tokens[i]
                e = self.token_entity[tok.i]
                if e >= 0:
                    if self.entities[e].kind not in ("Person", "Organization"):
                        break
                    last = an.token(self.mention_at[tok.i].span.end - 1) or tok
                    found.append(last)
                    if self.entities[e].kind == "Person":
                        break
                    i = last.i + 1
                    continue
                if not (tok.is_title and tok.pos_ == "PROPN" or tok.lower_ == "the" or
                        tok.is_lower and tok.lower_ in TITLE_WORDS or tok.text in ("'s", "\u2019s")):
                    break
                i += 1
            if found:
                person = [t for t in found if self.entities[self.token_entity[t.i]].kind == "Person"]
                return (person or found)[0]
        closing = self._name_closing_apposition(verb)  # ('"...," the federation's secretary-general, X, told them')
        before = closing if closing is not None else an.tokens[verb.i - 1] if verb.i >= 1 else verb
        e = self.token_entity[before.i] if before is not verb and verb.lemma_ in lx.REPORTING_VERBS else -1
        if e >= 0 and self.entities[e].kind in ("Person", "Organization"):
            j = self.before_name((an.token(self.mention_at[before.i].span.start) or before).i)
            k = j
            while self.entities[e].kind == "Person" and k >= 0 and j - k < 3 and an.tokens[k].is_lower and \
                    an.tokens[k].pos_ in ("NOUN", "ADJ"):
                k -= 1  # "..., where the river burst its banks, shopkeeper X said": past the person's occupation
            if k < j and k >= 0 and an.tokens[k].text == ",":
                j = k
            if j >= 0 and an.tokens[j].text == ",":
                # "... in the South Pacific, the National University of Samoa said": the parser took the name for
                # an apposition of the claim's last words; the name right before the cue is who spoke
                return before
        start = max(an.paragraph_starts[paragraph], verb.sent.start_char)
        if start == an.article.body_offset:  # "JAKARTA (Reuters) - ...": the agency in a dateline speaks for no one
            start += dateline_length(an.text[start:start + 120])
        first = an.token(start) or verb
        i = first.i
        while i < verb.i:
            tok = an.tokens[i]
            if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG":
                return None
            e = self.token_entity[tok.i]
            if e >= 0 and self.entities[e].kind in ("Person", "Organization"):
                last = tok
                while last.i + 1 < verb.i and self.token_entity[last.i + 1] == e:
                    last = an.tokens[last.i + 1]
                head = last
                while head.dep_ == "compound" and head.head.i > head.i:
                    head = head.head  # ("Avenida" of "Avenida del Mar", however the NER cut it)
                if head.dep_ != "pobj":
                    return last
                i = last.i + 1  # "At a stop on Avenida del Puerto, Marisa Ferrer said": where, not who
                continue
            if tok.lower_ in lx.PERSON_PRONOUNS or tok.lower_ in ("it", "they"):
                return tok
            i += 1
        return None

    def _person_before_apposition(self, verb: Token, subj: Token) -> Token | None:
        """The person who opens the verb's sentence with an apposition that closes right before the verb: in "X, an
        analyst at the think tank Y, said" the parser may take Y for the subject."""
        an, toks = self.an, self.an.tokens
        start = verb.sent.start
        e = self.token_entity[start]
        if e < 0 or self.entities[e].kind != "Person" or toks[verb.i - 1].text != "," or start not in self.mention_at:
            return None
        last = an.token(self.mention_at[start].span.end - 1)
        if last is None or not last.i + 3 < subj.i or toks[last.i + 1].text != "," or \
                toks[last.i + 2].lower_ not in ("a", "an", "the"):
            return None
        described = toks[last.i + 3:min(last.i + 6, subj.i)]
        if any(t.pos_ in ("VERB", "AUX") for t in toks[last.i + 2:verb.i]):
            return None  # (not "X, the mayor, said the Red Cross, a charity, said ...": a claim in the claim)
        return last if any(_occupation(t) or _is_title(t) for t in described) else None

    def countries_of(self, person: int) -> set[str]:
        """The countries the article ties a person to: "Croatian teenager X", "Poland's X", "X of Colombia"."""
        if self.entities[person].kind != "Person":
            return set()
        if person in self._countries:
            return self._countries[person]
        an, found = self.an, set()
        for ref in self.entities[person].mentions:
            first, last = an.token(ref.span.start), an.token(ref.span.end - 1)
            if first is None or last is None:
                continue
            before = an.tokens[max(0, first.i - 6):first.i]
            for at in range(len(before) - 1, -1, -1):
                if before[at].pos_ in ("VERB", "AUX", "ADP") or before[at].is_punct and before[at].text != "-":
                    before = before[at + 1:]  # ("Dutch title-holder X": the words of one description)
                    break
            for tok in before:
                e = self.entity_of(tok)
                if tok.lower_ in lx.DEMONYMS and tok.is_title:
                    found.add(lx.DEMONYMS[tok.lower_])
                elif e is not None and self.entities[e].name in lx.COUNTRY_NAMES and tok.dep_ == "poss":
                    found.add(self.entities[e].name)
            after = an.tokens[last.i + 1:last.i + 3]
            if len(after) == 2 and after[0].lower_ in ("of", "from"):
                e = self.entity_of(after[1])
                if e is not None and self.entities[e].name in lx.COUNTRY_NAMES:
                    found.add(self.entities[e].name)
        self._countries[person] = found
        return found

    def they(self, tok: Token) -> list[int]:
        """The people or bodies "they" stands for when the sentence names them together first ("X and Y said they
        ..."); none when it does not."""
        for t in reversed(tok.doc[tok.sent.start:tok.i]):
            if t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            group = [t, *(c for c in t.conjuncts)]
            found = [e for e in (self._entity_in(g) for g in group) if e is not None and
                     self.entities[e].kind in ("Person", "Organization")]
            if not found:  # "Two of Ghent's biggest hospitals, X and Y, said they would merge"
                named = [a for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         for a in o.children if a.dep_ == "appos"]
                found = [e for e in (self._entity_in(g) for a in named for g in [a, *a.conjuncts])
                         if e is not None and self.entities[e].kind in ("Person", "Organization")]
            if len(found) >= 2:
                return list(dict.fromkeys(found))
        return []

    def _entity_token(self, tok: Token) -> int:
        for t in [tok, *tok.subtree]:
            if self.token_entity[t.i] >= 0:
                return t.i
        return tok.i

    def _entity_in(self, tok: Token) -> int | None:
        """The entity a noun phrase names at its head (or its compound/flat parts)."""
        for t in [tok, *(c for c in tok.children if c.dep_ in ("compound", "flat", "appos"))]:
            e = self.entity_of(t)
            if e is not None:
                return e
        return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, through coordination ("warned ... and said") and participles ("..., saying")."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_ in lx.REPORTING_VERBS:
        # "X said workers would strike, adding that ...": the participle goes with the speaker, wherever it is hung
        head = verb.head
        for _ in range(4):
            if head.lemma_ in lx.REPORTING_VERBS and head.i != verb.i:
                verb = head
                break
            if head.dep_ not in ("ccomp", "conj", "xcomp") or head.head.i == head.i:
                break
            head = head.head
    seen = 0
    while seen < 6:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            # "said co-founder X" parses as three subjects: the name is the one. A dateline the parser took for a
            # second subject ("OSLO, March 3 — X said") is farther from the verb than the speaker.
            names = [c for c in subjects if c.pos_ in ("PROPN", "PRON")]
            if not names and subjects[0].dep_ == "csubj":
                # "X, who co-founded Y with Z, said that ...": the parser made the relative clause a clausal
                # subject, with the name as its subject
                names = [c for c in subjects[0].children if c.pos_ == "PROPN" and (
                    c.dep_ == "nsubj" or c.dep_ == "dobj" and subjects[0].is_title and subjects[0].i < c.i)]
                # ('"...," Presiding Judge X said': the parser took the title's first word for a verb, the name
                # for its object)
            # ("The first edition sold out within a month, the publisher said": the parser made both the subject
            # of what was said and the speaker subjects of "said"; the speaker is the nearer)
            return min(names or subjects, key=lambda c: abs(c.i - verb.i))
        if (cue := _cue_of_what_was_said(verb)) is not None and (
                verb.lemma_ in lx.REPORTING_VERBS or _speech_act(verb) and _speakers_next_act(verb, cue)):
            # "She argued that X and said Y": the parser hangs "said" on what she argued, not on "argued"
            verb = cue
            continue
        if _second_act(verb):
            verb = verb.head  # "said the derailment was the third ..., and called on Ottawa to ...": the same speaker
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp", "acl", "relcl") and verb.head is not verb:
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return verb.head
            if verb.dep_ == "relcl":
                return verb.head
            verb = verb.head
            continue
        return None
    return None


def _titles(reader: _Reader) -> None:
    """Job titles and where they are held: "Ukrainian President X", "X, a transport analyst at Y", "Its leader, X"."""
    an, doc = reader.an, reader.an.doc
    for index, ent in enumerate(reader.entities):
        if ent.kind != "Person":
            continue
        for ref in list(ent.mentions):
            first, last = an.token(ref.span.start), an.token(ref.span.end - 1)
            if first is None or last is None or ref.reason in ("Pronoun", "DefiniteDescription"):
                continue
            title, before = _title_before(doc, first.i)
            if title:
                _add_title(ent, title)
                for tok in reversed(before):
                    aff = _affiliation_of(reader, tok)
                    if aff is not None:
                        _add_affiliation(reader, index, aff)
                        break
            nouns = [c for c in last.children if c.dep_ == "appos" and _is_title(c)]
            if last.dep_ == "appos" and _is_title(last.head):
                nouns.append(last.head)
            elif last.dep_ == "appos" and last.head.dep_ == "pobj" and last.head.head.dep_ == "prep" and \
                    last.head.head.head.lower_ in lx.SPOKESPEOPLE and reader._spokesperson_named(
                        last.head.head.head) == (index, ref.span):
                nouns.append(last.head.head.head)  # "a spokeswoman for the company, Verena Lenz,"
            for noun in nouns:
                for n in [noun, *(c for c in noun.children if c.dep_ == "conj" and _is_title(c))]:
                    _add_title(ent, _title_phrase(n))
                for c in noun.subtree:
                    if c.dep_ == "poss" or (c.dep_ == "pobj" and c.head.lower_ in ("at", "of", "for", "with")):
                        aff = _affiliation_of(reader, c)
                        if aff is not None and aff != index:
                            _add_affiliation(reader, index, aff)
                            break


def _title_after(last: Token) -> bool:
    """ "X, the party's former secretary-general," read off the words when the parse misses the apposition."""
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return False
    for tok in doc[last.i + 2:last.i + 10]:
        if tok.is_punct and tok.text != "-" or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ in lx.TITLES and tok.lower_ not in lx.WEAK_TITLES and tok.lower_ != "general":
            # (not "in the daily X, columnist Y argued": a title right before a name is that name's)
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return nxt is None or not (nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ == "PERSON")
    return False


def _is_title(noun: Token) -> bool:
    return noun.lower_ in lx.TITLES or _occupation(noun) or _title_phrase(noun).lower() in lx.TITLES


def _occupation(noun: Token) -> bool:
    """A common noun for an occupation the lexicon need not list: "volcanologist", "technician", "modernist"."""
    return noun.pos_ == "NOUN" and noun.lower_.endswith(OCCUPATION_ENDINGS) and noun.lower_ not in NOT_OCCUPATIONS


def _title_phrase(noun: Token) -> str:
    """The title a noun heads: "chief financial officer", "transport analyst", "secretary-general"."""
    doc = noun.doc
    end = noun.i + 1
    if end + 1 < len(doc) and doc[end].text == "-" and f"{noun.lower_}-{doc[end + 1].lower_}" in lx.TITLES:
        return f"{noun.text}-{doc[end + 1].text}"
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and f"{doc[noun.i - 2].lower_}-{noun.lower_}" in lx.TITLES:
        return f"{doc[noun.i - 2].text}-{noun.text}"  # "the union's secretary-general", parsed with "general" as head
    words = [noun]
    at = noun.i - 1
    while at >= 0 and doc[at].head.i in {w.i for w in words} and doc[at].dep_ in ("compound", "amod") and \
            doc[at].is_alpha and doc[at].lower_ != "former":
        words.insert(0, doc[at])
        at -= 1
    for n in range(len(words) - 1):
        if " ".join(w.lower_ for w in words[n:]) in lx.TITLES:
            return " ".join(w.text for w in words[n:])
    # no known longer title: keep noun modifiers ("transport analyst"), not adjectives ("44-year-old lawyer")
    kept: list[Token] = [noun]
    for w in reversed(words[:-1]):
        if not (w.dep_ == "compound" or w.lower_ in RANK_OF_TITLE) or not w.is_lower or \
                w.head.i != kept[0].i and w.head.i != noun.i:
            break
        kept.insert(0, w)  # ("chief negotiator", "senior economist")
    return " ".join(w.text for w in kept)




def _affiliation_of(reader: _Reader, tok: Token) -> int | None:
    e = reader.entity_of(tok)
    if e is not None:
        return e if reader.entities[e].kind in ("Organization", "Place") else None
    if tok.lower_ in lx.DEMONYMS:
        country = lx.DEMONYMS[tok.lower_]
        return next((i for i, x in enumerate(reader.entities) if x.name == country), None)
    if tok.lower_ in ("its", "their"):
        return reader.before("Organization", tok.idx)
    return None


def _add_title(ent: Entity, title: str) -> None:
    if title.lower() not in {t.lower() for t in ent.job_titles}:
        ent.job_titles.append(title)


def _add_affiliation(reader: _Reader, person: int, org: int) -> None:
    if org not in reader.entities[person].affiliations:
        reader.entities[person].affiliations.append(org)


# ---------------------------------------------------------------------------------------------- statements


@dataclass
class _Said:
    statement: Statement
    paragraph: int
    verb: int | None  # token index of the cue


def _statements(reader: _Reader) -> list[Statement]:
    an = reader.an
    said: list[_Said] = []
    quote_verbs: set[int] = set()
    # in document order, so that "the spokesperson" and "he" can refer back to speakers named before them
    cues = [t for t in an.tokens if not an.in_quote[t.i] and t.pos_ in ("VERB", "AUX")
            and (t.lemma_ in lx.REPORTING_VERBS or t.lower_ == "according" or t.lemma_ in lx.FINDING_VERBS and any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in t.children) or _calls_for_or_voices(t) or _made_clear(t) is not None)]
    quotes = list(an.quotes)
    while quotes or cues:
        if quotes and (not cues or quotes[0][0] <= cues[0].idx):
            q_start, q_end = quotes.pop(0)
            st = _direct(reader, q_start, q_end, said[-1] if said else None)
            if st is not None:
                said.append(st)
                if st.verb is not None:
                    quote_verbs.add(st.verb)
            continue
        tok = cues.pop(0)
        if tok.lower_ == "according":
            st = _according(reader, tok)
        else:
            st = _reported(reader, tok, tok.i in quote_verbs or _quote_follows(an, tok))
        if st is not None:
            said.append(st)
    said.sort(key=lambda s: s.statement.content.start)
    said = _partial_quotes_in_their_claims(an, said)
    out: list[Statement] = []
    for item in said:
        content = item.statement.content
        if out and (out[-1].content.start, out[-1].content.end) == (content.start, content.end):
            continue
        # one statement per cue: "said the audit was finished and that the board would publish it" is one report,
        # with one content span, as quote attribution corpora (PARC) mark it
        out.append(item.statement)
    # (whatever a misparse made of it, no statement without words: the shapes require text)
    out = [st for st in out if st.content.end > st.content.start and st.content.text.strip()]
    for statement in out:
        if statement.speaker is not None and reader.entities[statement.speaker].kind not in ("Person", "Organization"):
            # "Russia said ...": a place speaks only through its government, which the article does not name
            statement.speaker = statement.speaker_span = None
        about = [reader.token_entity[t] for t in _tokens(an, statement.content.start, statement.content.end)]
        statement.about = list(dict.fromkeys(e for e in about if e >= 0 and e != statement.speaker))
    # a statement is somebody's: words whose speaker the article does not name ("analysts said", a placard reading
    # "...", a headline) or that kg cannot tie to one are no statement of the graph
    return [st for st in out if st.speaker is not None]


def _cue_after(quote: Statement, claim: Statement) -> bool:
    """Whether a quotation inside a claim was tied to a cue after the claim ('said the vote had been "peaceful",
    although its chief, X, noted that ...'): the words are the claim's, X's cue reports other ones."""
    return quote.cue_span is not None and quote.cue_span.start >= claim.content.end


def _cue_within(an: _Analysis, quote: Statement, claim: Statement) -> bool:
    """Whether a quotation's cue is itself part of what a claim reports ('said the government was "rewarding
    violence" and called for ...', 'said the union would call off the strike if the company put "a real number"
    ...'): the quotation is the claim's speaker's, not that of the cue's subject (but in 'said Premier X had
    called the budget "a betrayal"' the words are X's, whom the claim names)."""
    if quote.cue_span is None or not claim.content.start <= quote.cue_span.start < claim.content.end:
        return False
    cue = an.token(quote.cue_span.start)
    subject = _own_subject(cue) if cue is not None else None
    return subject is None or subject.pos_ != "PROPN"


def _partial_quotes_in_their_claims(an: _Analysis, said: list[_Said]) -> list[_Said]:
    """ "X said the offer was "fair and affordable"" is one statement, not a claim and a quote of part of it: readers
    cite it once. It is a quotation when the quoted words make up much of it (0.4 of its words or more)."""
    claims = [s.statement for s in said if not s.statement.direct]
    kept: list[_Said] = []
    for item in said:
        st = item.statement
        holder = next((c for c in claims if st.direct and c.content.start <= st.content.start and
                       not an.text[c.content.end:st.content.end].strip(".,;:!?\"\u201d\u2019") and
                       (c.speaker in (st.speaker, None) or st.speaker is None or
                                                            _cue_within(an, st, c) or _cue_after(st, c))), None)
        if holder is None:
            kept.append(item)
            continue
        if holder.speaker is None:
            holder.speaker, holder.speaker_span = st.speaker, st.speaker_span
        quoted = sum(1 for t in _tokens(an, holder.content.start, holder.content.end)
                     if an.in_quote[t] and not an.tokens[t].is_punct)
        words = sum(1 for t in _tokens(an, holder.content.start, holder.content.end) if not an.tokens[t].is_punct)
        holder.direct = holder.direct or quoted >= 0.4 * max(words, 1)
    return kept


ABBREVIATION_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Capt|Rev|Hon|No|Co|Inc|Ltd|"
                              r"Corp|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$")


def _quote_follows(an: _Analysis, verb: Token) -> bool:
    """Whether the verb introduces a quote that comes right after it ("X said: '...'")."""
    nxt = verb.i + 1
    while nxt < len(an.tokens) and (an.tokens[nxt].is_punct and not an.in_quote[nxt] or an.tokens[nxt].pos_ == "ADV"):
        nxt += 1
    return nxt < len(an.doc) and an.in_quote[nxt]


def _tokens(an: _Analysis, start: int, end: int) -> range:
    first, last = an.token(start), an.token(max(start, end - 1))
    if first is None or last is None:
        return range(0)
    return range(first.i, last.i + 1)


WRITTEN_ON = re.compile(r"\b(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|slogans?|graffiti|billboards?|"
                        r"stickers?|plaques?|headlines?)\b[^.\"\u201c\u201d]{0,40}?\b(?:reading|read|saying|said|"
                        r"with the words|bearing|proclaiming|declaring)\s*[:,]?\s*[\"\u201c\u2018']?$", re.I)


def _direct(reader: _Reader, q_start: int, q_end: int, prev: _Said | None) -> _Said | None:
    """A quotation and who said it: the cue next to it, else the speaker of the quote it continues."""
    an, doc = reader.an, reader.an.tokens
    text = an.text
    start, end = q_start, q_end
    while end > start and text[end - 1] in " ,;:\u2014\u2013-":
        end -= 1
    if end <= start or WRITTEN_ON.search(text, max(0, q_start - 80), q_start):
        return None  # (nor words on a placard: "carried signs reading \"...\"")
    paragraph = an.paragraph(q_start)
    para_start = an.paragraph_starts[paragraph]
    para_end = an.paragraph_starts[paragraph + 1] if paragraph + 1 < len(an.paragraph_starts) else len(text)
    first, last = an.token(q_start), an.token(max(q_start, q_end - 1))
    if first is None or last is None:
        return None
    quote_index = an.quote_index[(q_start, q_end)]
    prev_end = an.quotes[quote_index - 1][1] + 1 if quote_index else para_start
    next_start = an.quotes[quote_index + 1][0] - 1 if quote_index + 1 < len(an.quotes) else para_end
    right: list[Token] = []
    closed = text[q_start:q_end].rstrip()[-1:] in (".", "!", "?")
    i = last.i + 1
    while i < len(doc) and doc[i].idx < min(next_start, para_end):
        if doc[i].idx > q_end and doc[i].is_sent_start and right and not _attribution_start(right):
            break
        if closed and doc[i].idx > q_end and not right and doc[i].is_title and not _is_cue(doc[i]):
            # '..." Chief Executive X called ...' starts a new sentence, unless it is '..." said X'
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is None or not (_is_cue(nxt) and nxt.dep_ not in ("ROOT",) or nxt.is_punct):
                break
        if doc[i].idx > q_end:
            if not right and doc[i].text in (".", "!", "?") and not closed:
                break  # 'X said the offer was "fair". Y said ...': the sentence ends with the quote
            right.append(doc[i])
            if doc[i].text in (".", "!", "?") and doc[i].idx > q_end + 1 and doc[i].dep_ != "compound" and \
                    not ABBREVIATION_END.search(text[max(0, doc[i].idx - 6):doc[i].idx + 1]):
                break  # (not the dot of '"...," Capt. X told')
        i += 1
    left: list[Token] = []
    i = first.i - 1
    sent_start = first.sent.start
    while i >= 0 and doc[i].idx >= max(prev_end, para_start) and i >= sent_start:
        if doc[i].idx + len(doc[i]) <= q_start:
            left.insert(0, doc[i])
        i -= 1
    verb = None
    for t in doc[first.i:last.i + 1]:
        if not (q_start <= t.head.idx < q_end) and _is_cue(t.head) and t.head.i in {x.i for x in left + right}:
            verb = t.head
            break
    if verb is None:
        verb = next((t for t in right if _is_cue(t)), None)
    if verb is None:
        verb = next((t for t in reversed(left) if _is_cue(t)), None)
    if verb is None and paragraph > 0 and not text[para_start:q_start].strip(QUOTE_OPEN + " \u2018") and \
            text[:para_start].rstrip().endswith(":"):
        # 'Smith said:' closing one paragraph, the quote opening the next
        before = an.token(len(text[:para_start].rstrip()) - 1)
        i = before.i if before is not None else -1
        while i >= 0 and an.paragraph(doc[i].idx) == paragraph - 1 and verb is None:
            verb = doc[i] if _is_cue(doc[i]) and not an.in_quote[i] else None
            i -= 1
    content = an.span(start, end)
    words = len(an.text[start:end].split())
    lead = [t for t in left if t.text not in QUOTE_OPEN + "\u2018"]
    if verb is None and len(lead) >= 2 and lead[-1].text == ":" and reader.token_entity[lead[-2].i] >= 0:
        # 'Berg: "We will not sell"' (a headline form): the name before the colon is the speaker
        e = reader.token_entity[lead[-2].i]
        if reader.entities[e].kind in ("Person", "Organization"):
            st = Statement(True, content, None, None, e, reader.mention_at[lead[-2].i].span)
            return _Said(st, paragraph, None)
    if verb is None and len(lead) >= 3 and lead[-1].text == ":" and not text[lead[-1].idx + 1:q_start].strip(
            QUOTE_OPEN + " \u2018"):
        # 'X, who chairs the committee, put it simply: "..."', 'X addressed supporters directly: "..."': the
        # sentence's verb, whatever it is, introduces the words of its subject
        inside = {t.i for t in lead}  # (the parser may hang the clause on the quotation's verb)
        root = next((t for t in reversed(lead) if t.pos_ in ("VERB", "AUX") and (
            t.head.i == t.i or t.head.i not in inside)), None)
        subj = reader.agent(root) if root is not None else None
        who = reader.speaker(subj)[0] if subj is not None else None
        if who is not None and reader.entities[who].kind in ("Person", "Organization"):
            verb = root
    if verb is None:
        if prev is not None and paragraph - prev.paragraph <= 1 and \
                (paragraph == prev.paragraph or text[para_start:q_start].strip() in QUOTE_OPEN + "\u2018"):
            st = Statement(True, content, prev.statement.cue, prev.statement.cue_span, prev.statement.speaker,
                           prev.statement.speaker_span, date=prev.statement.date, place=prev.statement.place)
            return _Said(st, paragraph, None)
        if words < 4:
            return None
        return _Said(Statement(True, content, None, None, None, None), paragraph, None)
    if verb.lemma_ in lx.QUOTE_FRAMING_VERBS and words > 12:
        return None
    subj = reader.agent(verb)
    speaker, speaker_span = reader.speaker(subj) if subj is not None else (None, None)
    if speaker is None and subj is not None and subj.pos_ == "NOUN" and not subj.tag_.endswith("S") and \
            any(c.lower_ == "the" for c in subj.children) and prev is not None and prev.statement.speaker is not None \
            and reader.entities[prev.statement.speaker].kind == "Person" and paragraph - prev.paragraph <= 1:
        # '"...," the 34-year-old defender said': a description of the person who has just been speaking
        speaker = prev.statement.speaker
        speaker_span = an.span(subj.left_edge.idx, subj.idx + len(subj.text))
        reader.add_mention(speaker, speaker_span, "DefiniteDescription")
    date, place = _when_where(reader, verb, exclude=(q_start, q_end))
    st = Statement(True, content, _cue(verb), an.span(verb.idx, verb.idx + len(verb.text)), speaker, speaker_span,
                   date=date, place=place)
    return _Said(st, paragraph, verb.i)


def _attribution_start(tokens: list[Token]) -> bool:
    return all(t.is_punct or t.is_space for t in tokens)


def _is_cue(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and (tok.lemma_ in lx.REPORTING_VERBS or tok.lemma_ in lx.QUOTE_FRAMING_VERBS
                                            or tok.lemma_ == "speak")


def _calls_for(verb: Token) -> bool:
    """ "called for a ceasefire", "called for the law to be repealed", but not 'called the valuation "ambitious" for
    a company of its growth'."""
    if verb.lemma_ != "call" or any(c.dep_ in ("dobj", "oprd") for c in verb.children):
        return False
    right_after = any(c.dep_ in ("prep", "mark") and c.lower_ == "for" and c.i == verb.i + 1
                      for c in (*verb.children, *(g for c in verb.children for g in c.children)))
    return right_after or not any(c.dep_ == "ccomp" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _called_for_clause(verb: Token) -> Token | None:
    """The clause of "called for the provisions to be repealed", which the parser opens with "for" as its mark."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _infinitive(c) and any(
        m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in c.children)), None)


# What one "calls on" to do something without speaking to anyone: one's training, experience, reserves
DRAWN_ON = frozenset({"training", "experience", "knowledge", "skill", "expertise", "memory", "background", "reserve",
                      "resource", "savings", "strength", "talent", "instinct"})


def _calls_on(verb: Token) -> tuple[Token, Token] | None:
    """Whom and to do what in "called on the federal government to tighten the rules"; None for other verbs."""
    if verb.lemma_ != "call" or any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children):
        return None
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
    hearer = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else None
    if hearer is None or hearer.ent_type_ in ("DATE", "TIME") or hearer.lemma_ in DRAWN_ON:
        return None  # ("called on Tuesday to thank volunteers", "called on her training as a nurse to help")
    todo = next((c for holder in (verb, hearer) for c in holder.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl")
                 and c.i > hearer.i and _infinitive(c)), None)
    return (hearer, todo) if todo is not None else None


def _speech_act(verb: Token) -> bool:
    """Whether a verb reports speech: a reporting verb, or "called for ..." / "called on X to ..."."""
    return verb.lemma_ in lx.REPORTING_VERBS or _calls_for(verb) or _calls_on(verb) is not None


def _second_act(verb: Token) -> bool:
    """Whether a clause the parser hung on a reporting verb is the speaker's next act, not part of what was said:
    "said the line was unsafe, and called on the government to ..." (a speech verb in the speaker's own tense, with
    no subject of its own, after "and")."""
    doc = verb.doc
    return verb.dep_ == "ccomp" and verb.head.lemma_ in lx.REPORTING_VERBS and verb.i > verb.head.i and \
        _speech_act(verb) and verb.tag_ == verb.head.tag_ and _own_subject(verb) is None and \
        verb.left_edge.i == verb.i and verb.i >= 1 and doc[verb.i - 1].dep_ == "cc"


def _cue_of_what_was_said(verb: Token) -> Token | None:
    """The reporting verb of the clause a verb is coordinated in ("said the plan was unsafe and called for ..."),
    or None: whether the verb goes with that cue's speaker is for the caller to say."""
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_ in lx.REPORTING_VERBS:
        return verb.head.head
    return None


def _speakers_next_act(second: Token, cue: Token) -> bool:
    """Whether a verb coordinated with what was said is the speaker's next act: in the cue's past while what was
    said is not ("said he would raise the case and called for ..."), or after what was said of a thing ("said the
    crash was the third ..., and called on ..."); not "said protesters had blocked the road and called for ...",
    where the protesters may have called."""
    if second.tag_ != cue.tag_ or _own_subject(second) is not None:
        return False
    said = second.head
    thing = _own_subject(said)
    # ("said the crash was the third in five years, and called on ...": a crash calls on no one)
    return _past_after_present(second, cue) or said.lemma_ == "be" and thing is not None and thing.tag_ == "NN" and \
        not thing.ent_type_


def _named_speaker_goes_on(reader: _Reader, second: Token, cue: Token) -> bool:
    """Whether a cue coordinated with what was said has a named subject of its own, in the cue's past while what
    was said is not: '... said it would ask for wildcards, and federation president X called her win "..."'."""
    subject = _own_subject(second)
    return subject is not None and _is_cue(second) and _past_after_present(second, cue) and \
        reader.token_entity[subject.i] >= 0


def _past_after_present(second: Token, cue: Token) -> bool:
    """Whether a verb coordinated with what was said is in the cue's past tense and what was said is not."""
    said = second.head
    return second.tag_ == cue.tag_ == "VBD" and (said.tag_ in ("VB", "VBZ", "VBP") or any(
        a.dep_ == "aux" and a.tag_ == "MD" for a in said.children))


def _a_storm(tok: Token) -> bool:
    """Whether a word names a storm: "the typhoon", "Typhoon X", "Hurricane Y", "it" (of the storm before)."""
    return tok.lemma_.lower() in STORM_WORDS or tok.lower_ in ("it", "which", "that") or any(
        c.dep_ == "compound" and c.lower_ in lx.STORM_PREFIXES for c in tok.children)


def _what_acts(verb: Token) -> Token:
    """The verb's subject, or what a relative clause is about: "the system that they said crashed" (the verb itself
    if neither is found)."""
    subject = _own_subject(verb)
    if subject is not None and subject.lower_ not in ("that", "which"):
        return subject
    clause = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" else verb
    return clause.head if clause.dep_ == "relcl" else subject or verb


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)


def _cue(verb: Token) -> str:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle is None and _calls_for(verb):
        particle = "for"
    elif particle is None and _calls_on(verb) is not None:
        particle = "on"
    return f"{verb.lemma_} {particle}" if particle else verb.lemma_


def _made_clear(verb: Token) -> Token | None:
    """The "that" clause of "made (it) clear that ...", which says what was said; None for other verbs."""
    if verb.lemma_ != "make":
        return None
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "acomp", "oprd", "dobj")),
                 None)
    if clear is None:
        return None
    return next((c for holder in (verb, clear) for c in holder.children if c.dep_ in ("ccomp", "advcl") and
                 c.i > clear.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _calls_for_or_voices(verb: Token) -> bool:
    """ "called for a working group", "expressed confidence that ...": speech without a reporting verb."""
    if verb.lemma_ == "call":
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) or \
            _called_for_clause(verb) is not None or _calls_on(verb) is not None
    if verb.lemma_ in ("express", "voice"):
        return any(c.dep_ == "dobj" and any(d.dep_ in ("acl", "ccomp") for d in c.children) for c in verb.children)
    return False


# Auxiliaries of a verb told in reported speech rather than done by the speaker: "said ... and had sent", "and would"
BACKSHIFTED_AUX = frozenset({"had", "would", "could", "might", "should"})
# Reporting verbs that say whom the speaker pressed to do what: "urged governments to restore ..."
URGING_VERBS = frozenset({"urge", "warn", "advise", "encourage", "implore", "appeal", "caution"})
# Verbs that take the hearer before what they were told: "told ministers that ..."
_TELL_VERBS = frozenset({"tell", "assure", "remind", "inform", "warn", "promise", "convince", "persuade", "advise"})


def _clause_taken_for_a_subject(reader: _Reader, verb: Token) -> tuple[Token, int] | None:
    """The first of two subjects of a reporting verb at the end of its sentence, when a comma parts it from the
    second, the nearer, and a verb of its own follows it: the subject of what was said (and the comma's token), the
    other the speaker."""
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "dep" and c.i < verb.i and
                       c.pos_ in ("NOUN", "PROPN")), key=lambda c: c.i)
    if len(subjects) < 2 or verb.i != subjects[-1].i + 1 and not (verb.i == subjects[-1].i + 2 and
                                                                  reader.an.tokens[verb.i - 1].pos_ == "PROPN"):
        return None
    first, speaker = subjects[0], subjects[-1]
    doc = reader.an.tokens
    comma = speaker.left_edge.i - 1
    rest = doc[verb.i + 1:reader.an.sentence_end(verb.i)]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and (
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.tag_ == "MD" for a in t.children)) and
           not any(c.dep_.startswith("nsubj") for c in t.children) for t in rest):
        return None  # ("Villages flooded by the river, the minister said, would receive aid": an aside)
    if comma <= first.i or doc[comma].text != "," or first.left_edge.i != verb.sent.start or \
            not any(t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP", "VBN") for t in doc[first.i:comma]):
        return None
    return first, comma


# The plain cues whose speaker the parser may have hung elsewhere ("X will cut jobs, Y said"): only these are read
# past such a parse.
PLAIN_CUES = frozenset({"say", "tell", "add", "state"})


def _reported(reader: _Reader, verb: Token, used_for_quote: bool) -> _Said | None:
    an, doc = reader.an, reader.an.tokens
    if any(c.dep_ == "neg" for c in verb.children) or (verb.dep_ == "xcomp" and verb.head.lemma_ in (
            "decline", "refuse", "fail", "want", "plan", "expect", "hope")):
        return None  # "declined to say whether ...", "did not say": nothing was said
    if verb.lemma_ == "agree" and not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "agrees to buy X" is a deal, not a statement; "agreed that X" is one
    if verb.lemma_ not in lx.REPORTING_VERBS and (cue := _cue_of_what_was_said(verb)) is not None and \
            not _speakers_next_act(verb, cue):
        return None  # "said that protesters had blocked the road and called for ...": part of what was said
    paragraph = an.paragraph(verb.idx)
    # the clause nearest the verb, but a "that" clause first ("telling heads of state gathered for the summit that
    # the continent faced ...": not the participle the parser also hung on the verb)
    content_tok = _made_clear(verb) or min(
        (c for c in verb.children if c.dep_ == "ccomp" and an.paragraph(c.idx) == paragraph and c.lower_ != "clear"),
        key=lambda c: (c.left_edge.lower_ != "that", abs(c.i - verb.i)), default=None)
    if content_tok is None:
        # "said in a statement that ...", where the parser hangs the clause on the noun
        for prep in verb.children:
            for noun in prep.children if prep.dep_ == "prep" else ():
                for clause in noun.children:
                    if clause.dep_ in ("acl", "relcl", "ccomp") and any(
                            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                        content_tok = clause
    misparsed = None
    if verb.lemma_ in _TELL_VERBS and (content_tok is None or content_tok.left_edge.lower_ != "that"):
        # "telling ministers attending the talks that the region needed ...": a "that" clause taken for a relative
        # clause of the last noun before it (a relative "that" is its clause's subject or object, never its mark)
        # ("told a press briefing that the benefit appeared ...": or taken for the object of a clause that has its
        # own subject and hangs on what "told" is told to)
        misparsed = next((t for t in verb.subtree if t.i > verb.i and t.lower_ == "that" and t.head.dep_ == "relcl"
                          and t.head.i > t.i and (t.dep_ == "mark" or t.dep_ == "dobj" and t.i == t.head.head.i + 1
                                                  and t.head.head.head.i == verb.i and t.head.head.dep_ == "dobj"
                                                  and any(c.dep_ == "nsubj" for c in t.head.children))), None)
    if misparsed is not None:
        content_tok = misparsed.head
    that = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    rest = an.tokens[that.i + 1:an.sentence_end(verb.i)] if that is not None else []
    warned_of = False
    apposed: Token | None = None
    if misparsed is not None:
        tokens = [misparsed] + [t for t in misparsed.head.subtree if t.i > misparsed.i]
    elif content_tok is None and that is not None and that.lower_ == "that" and that.dep_ in ("prep", "dobj") and \
            that.head.i == verb.i and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest):
        # "said that too many solar projects stalled ...", the complementizer parsed as a preposition or an object
        content_tok = that
        tokens = rest
    elif content_tok is not None:
        tokens = list(content_tok.subtree)
        subjectless = not any(c.dep_.startswith("nsubj") or c.dep_ == "expl" for c in content_tok.children)
        if subjectless:
            # "told reporters at a briefing that schools in three districts would hold drills": a plural subject
            # read as the verb of a relative clause, "that" its subject, and the clause after it left without one
            misread = next((t for t in doc[verb.i + 1:tokens[0].i] if t.dep_ == "relcl" and t.tag_ == "VBZ" and
                            t.right_edge.i + 1 == tokens[0].i and t.i >= 1 and doc[t.i - 1].lower_ == "that" and
                            doc[t.i - 1].head.i == t.i and t.left_edge.i == t.i - 1), None)
            if misread is not None:
                tokens = [*(t for t in misread.subtree if t.i >= misread.i), *tokens]
        obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < content_tok.i), None)
        if obj is not None and verb.lemma_ in lx.CLAUSE_ONLY_VERBS and tokens[0].i > obj.right_edge.i and \
                subjectless and \
                all(t.is_punct or t.head.i == verb.i and t.dep_ == "prep" or any(
                    a.head.i == verb.i and a.dep_ == "prep" for a in t.ancestors if a.i > obj.i)
                    for t in doc[obj.right_edge.i + 1:tokens[0].i]):
            # "said operations at its second mine, near X, were continuing as normal": the clause's subject,
            # with an aside after it, parsed as an object of "said" (and a part of the aside, "on the west coast",
            # perhaps hung on "said")
            tokens = [*obj.subtree, *doc[obj.right_edge.i + 1:tokens[0].i], *tokens]
        for c in sorted(verb.children, key=lambda c: c.i):
            gap = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
            if c.dep_ == "ccomp" and c.i != content_tok.i and c.i > content_tok.i and not _second_act(c) and (
                    c.left_edge.i == tokens[-1].i + 1 or c.left_edge.i == tokens[-1].i + 2 and gap is not None and
                    gap.text == "," and gap.head.i == verb.i and (content_tok.pos_ == "ADJ" or _infinitive(
                        content_tok) and not any(d.dep_.startswith("nsubj") for d in c.children))):
                # ("said the bay's shallow, gently sloping flats could confuse ...": an adjective taken for a clause;
                # "said the trams, to be delivered in 2028, would replace ...": an aside taken for one)
                tokens += list(c.subtree)  # "said it would issue" + "updates every six hours": one clause misparsed
        for c in sorted(verb.children, key=lambda c: -c.i):
            if c.dep_ == "ccomp" and c.i < content_tok.i and c.right_edge.i + 1 == tokens[0].i and \
                    c.right_edge.dep_ == "cc" and not _second_act(c):
                # "X have been suspended, and the findings will be published, she said": both clauses were said
                tokens = list(c.subtree) + tokens
        for c in verb.children:
            if c.dep_ == "conj" and c.i > content_tok.i and \
                    not any(d.dep_.startswith("nsubj") for d in c.children) and \
                    any(a.dep_ == "aux" and a.lower_ in BACKSHIFTED_AUX for a in c.children):
                # "said it was ... and had sent two engineers": a backshifted verb goes on with what was said
                tokens += [t for t in doc[tokens[-1].i + 1:c.left_edge.i] if t.dep_ == "cc"] + list(c.subtree)
    elif content_tok is None and (taken := _clause_taken_for_a_subject(reader, verb)) is not None:
        # "The first edition sold out within a month, the publisher said": the parser made the subject of what was
        # said a second subject of "said", and its verb a clause on that subject's noun
        content_tok, cut = taken
        tokens = [t for t in content_tok.subtree if t.i < cut]
    elif verb.dep_ == "parataxis" and verb.i > verb.head.i:
        content_tok = verb.head
        tokens = [t for t in content_tok.subtree if t.i < verb.i and not (verb.left_edge.i <= t.i <= verb.i)]
    elif verb.dep_ == "parataxis" and verb.i < verb.head.i and _subject(verb) is not None and \
            not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) and not used_for_quote and \
            (verb.head.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ == "aux" for a in verb.head.children)):
        # (not 'she said, her voice breaking': no clause of its own)
        content_tok = verb.head  # "Until then, she said, the gates would stay closed": the words after the aside
        tokens = [t for t in content_tok.subtree if t.i > verb.right_edge.i]
    elif verb.lemma_ in URGING_VERBS and any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "xcomp" and _infinitive(c) for c in verb.children):
        # "urged European governments to restore a mission", "warned riders to expect delays": whom to do what
        content_tok = next(c for c in verb.children if c.dep_ == "xcomp")
        hearer = next(c for c in verb.children if c.dep_ == "dobj")
        tokens = sorted([*hearer.subtree, *content_tok.subtree], key=lambda t: t.i)
        warned_of = True
    elif verb.lemma_ in lx.EMPHASIS_VERBS:
        content_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)
        tokens = list(content_tok.subtree) if content_tok is not None else []
        if content_tok is not None and content_tok.pos_ in ("NOUN", "PROPN") and verb.lemma_ == "deny":
            tokens = [verb, *doc[verb.i + 1:content_tok.i], *tokens]  # "denied any wrongdoing": not "any wrongdoing"
    elif verb.lemma_ in ("warn", "caution") and any(c.dep_ == "prep" and c.lower_ in ("of", "against", "about")
                                                   for c in verb.children):
        # "warned of \"danger to life\" from flying debris": what the warning is of is what was said
        prep = next(c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "against", "about"))
        content_tok = next((o for o in prep.children if o.dep_ == "pobj"), None)
        tokens = list(content_tok.subtree) if content_tok is not None else []
        warned_of = True
    elif verb.lemma_ == "accuse" and any(c.dep_ == "dobj" for c in verb.children) and \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        # "accused the government of giving away too much": whom of what is the accusation
        content_tok = next(c for c in verb.children if c.dep_ == "dobj")
        prep = next(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of")
        tokens = sorted([*content_tok.subtree, *prep.subtree], key=lambda t: t.i)
        warned_of = True
    elif verb.lemma_ in ("express", "voice") and any(c.dep_ == "dobj" for c in verb.children):
        # "expressed confidence that the deal would be ratified": the clause on the noun is what was said
        noun = next(c for c in verb.children if c.dep_ == "dobj")
        content_tok = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        tokens = list(content_tok.subtree) if content_tok is not None else []
    elif (called_on := _calls_on(verb)) is not None:
        # "called on the federal government to tighten inspection rules": whom to do what
        hearer, content_tok = called_on
        tokens = sorted({*hearer.subtree, *content_tok.subtree}, key=lambda t: t.i)
        warned_of = True
    elif (called_for := _called_for_clause(verb)) is not None and _calls_for(verb):
        # "called for the defamation provisions to be repealed", parsed as a clause opened by "for"
        content_tok = called_for
        tokens = [t for t in called_for.subtree if t.i != verb.i + 1]
        warned_of = True
    elif _calls_for(verb):
        # "called for the summit to set up a working group": what was called for
        prep = next(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for")
        content_tok = next((o for o in prep.children if o.dep_ == "pobj"), None)
        tokens = [t for t in prep.subtree if t.i != prep.i] + [
            t for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > prep.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree]
        tokens.sort(key=lambda t: t.i)
        warned_of = content_tok is not None
    elif verb.lemma_ in lx.CLAUSE_ONLY_VERBS:
        # "said the two carriers expected to save ...": the clause's subject parsed as an object of "said"
        content_tok = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and any(
            a.dep_ in ("acl", "relcl") and a.tag_ in ("VBD", "VBZ", "VBP", "VBN") and a.i > c.i for a in c.children)),
            None)
        tokens = list(content_tok.subtree) if content_tok is not None else []
    if content_tok is None and an.in_title(verb.idx) and verb.i + 1 < len(doc) and \
            not an.in_title(doc[verb.i + 1].idx):
        # "Town to close two schools, mayor says": the headline before the comma is what was said
        comma = next((t for t in reversed(doc[:verb.i]) if t.text == ","), None)
        if comma is not None and comma.i >= verb.i - 4:
            content_tok = verb
            tokens = [t for t in doc[:comma.i] if an.in_title(t.idx)]
    if content_tok is None and verb.dep_ == "ROOT" and not an.in_title(verb.idx) and \
            verb.lemma_ in PLAIN_CUES and (split := _said_after_a_split(reader, verb)):
        # "X will cut 1,400 jobs, Chief Executive Y said on Tuesday": what was said before the comma, where the
        # parser ended the sentence
        content_tok, tokens = split
    if content_tok is None and verb.dep_ == "conj" and verb.lemma_ in PLAIN_CUES and \
            (split := _said_after_an_apposition(reader, verb)):
        content_tok, tokens = split
        apposed = an.tokens[verb.i - 1]  # who spoke, whatever subject the parse gives the clause's verb
    if content_tok is None:
        return _shallow(reader, verb)
    aside = {t.i for c in content_tok.subtree if (c.dep_ == "advcl" and (c.tag_ == "VBG" or _subject(c) is not None)
                                                  and not any(a.dep_ == "auxpass" for a in c.children)
                                                  or c.dep_ == "conj" and c.head.i == content_tok.i)
             and (c.lemma_ in lx.REPORTING_VERBS or _speech_act(c) and _speakers_next_act(c, verb) or
                  _named_speaker_goes_on(reader, c, verb))
             and c.i != verb.i and
             (c.lemma_ != "agree" or any(d.dep_ == "ccomp" for d in c.children)) for t in c.subtree}
    # (but "had exchanged price lists and agreed not to compete" is one claim: agreeing to do is no report)
    # ("... would lose their jobs, although he acknowledged that ...": a second report, a statement of its own)
    aside |= {c.i for c in content_tok.children if c.dep_ == "cc" and any(
        d.dep_ == "conj" and d.i in aside and d.i > c.i for d in content_tok.children)}
    tokens = sorted((t for t in tokens if an.paragraph(t.idx) == paragraph and t.i not in aside), key=lambda t: t.i)
    named = reader.token_entity[tokens[-1].i] if tokens and tokens[-1].i == verb.i - 1 else -1
    if named >= 0 and reader.entities[named].kind in ("Person", "Organization"):
        j = reader.before_name((an.token(reader.mention_at[tokens[-1].i].span.start) or tokens[-1]).i)
        if j > tokens[0].i and doc[j].text == ",":
            tokens = [t for t in tokens if t.i < j]  # "..., the National University of Samoa said": who spoke
    if tokens and tokens[0].lower_ in ("whether", "if") and (verb.lemma_ in ("ask", "question", "wonder", "query")
                                                             or _infinitive(verb)):
        return None  # "asked whether the bank was under pressure", "too early to say whether": a question, no claim
    said_that = bool(tokens) and tokens[0].lower_ == "that" and (tokens[0].dep_ == "mark" or len(tokens) > 1 and (
        tokens[1].pos_ in ("DET", "PRON", "PROPN") or tokens[1].dep_ in ("nsubj", "nsubjpass")))  # (or misparsed)
    if said_that:
        tokens.pop(0)
    said_that = said_that or warned_of  # (a clause, or what a warning is of: not a bare quotation)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc") and \
            not _closes_bracket(tokens):
        tokens.pop()  # (not the bracket of "40 billion won ($29 million)"; nor the "and" before a next act cut off)
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if len(tokens) < 3:
        return None
    dateline = dateline_length(an.text[tokens[0].idx:tokens[-1].idx])  # a clause the parser ran across it
    if dateline:
        tokens = [t for t in tokens if t.idx >= tokens[0].idx + dateline]
        if len(tokens) < 3:
            return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if end < len(an.text) and an.text[end] in QUOTE_CLOSE and an.in_quote[tokens[-1].i]:
        end += 1  # 'the offer was "fair and affordable"': the quote closes inside what was said
    elif end + 1 < len(an.text) and an.text[end] in ".!?" and an.text[end + 1] in QUOTE_CLOSE and \
            an.in_quote[tokens[-1].i]:
        end += 2  # ('had offered "only words."': and its full stop with it)
    if start > 0 and an.text[start - 1] in QUOTE_OPEN and an.in_quote[tokens[0].i]:
        start -= 1  # '"some overlap" in head-office roles would be reviewed': and opens there
    inside = sum(1 for t in tokens if an.in_quote[t.i])
    opening = 0  # words of a quote that opens the content
    while opening < len(tokens) and (an.in_quote[tokens[opening].i] or opening == 0 and
                                     tokens[opening].text in QUOTE_OPEN):
        opening += 1
    outside = sum(1 for t in tokens if not an.in_quote[t.i] and not t.is_punct)
    # ('told the crowd that the museum belonged "to the clans before it belongs to any government"': a claim of its
    # own, with its subject and verb outside the quote, however much of it the quote is)
    own_clause = not opening and any(t.dep_ in ("nsubj", "nsubjpass") and not an.in_quote[t.i] and
                                     not an.in_quote[t.head.i] and t.head.pos_ in ("VERB", "AUX") for t in tokens)
    if inside * 2 > len(tokens) and not own_clause or (used_for_quote and inside and (opening or outside < 6)) or \
            opening * 2 > len(tokens) or opening and not said_that:
        return None  # 'told reporters "...", referring to ...': the quotation is the statement
    # ('said it was "working closely with the investigation" and had sent two engineers': a claim that quotes)
    subj = apposed or reader.agent(verb)
    if subj is None or tokens[0].i <= subj.i <= tokens[-1].i:
        return None
    speaker, speaker_span = reader.speaker(subj)
    date, place = _when_where(reader, verb, exclude=(start, end))
    st = Statement(False, an.span(start, end), _cue(verb), an.span(verb.idx, verb.idx + len(verb.text)), speaker,
                   speaker_span, date=date, place=place)
    return _Said(st, an.paragraph(start), verb.i)


def _closes_bracket(tokens: Sequence[Token]) -> bool:
    """Whether the last token closes a bracket that opens among the tokens."""
    close = tokens[-1].text
    if close not in (")", "]"):
        return False
    opener = "(" if close == ")" else "["
    return sum(t.text == opener for t in tokens) >= sum(t.text == close for t in tokens)


def _said_after_a_split(reader: _Reader, verb: Token) -> tuple[Token, list[Token]] | None:
    """The sentence before a "<speaker> said" that the parser split off at the comma, and its root."""
    an, doc = reader.an, reader.an.tokens
    start = verb.sent.start
    subj = _subject(verb)
    if start < 2 or doc[start - 1].text != "," or subj is None or subj.i > verb.i or subj.left_edge.i != start or \
            an.in_quote[start - 1] or reader.entity_of(subj) is None or any(
                c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    before = doc[start - 2].sent
    if before.start == 0 and an.in_title(doc[0].idx) or an.paragraph(before.start_char) != an.paragraph(verb.idx):
        return None
    tokens = [t for t in before if t.i < start - 1 and not an.in_quote[t.i]]
    if not tokens or tokens[0].i != before.start or before.root.pos_ not in ("VERB", "AUX") or \
            before.root.tag_ not in ("VBD", "VBZ", "VBP", "MD", "VB", "VBN"):
        return None
    return before.root, tokens


def _said_after_an_apposition(reader: _Reader, verb: Token) -> tuple[Token, list[Token]] | None:
    """The clause before "..., <speaker> said" when the parser made the speaker an apposition of that clause's last
    words and the cue a conjunct of its verb ("Saltwater has pushed 70 kilometres inland, threatening paddies in the
    Mekong Delta, Vietnam's Ministry of X said on Monday"), and the clause's verb."""
    an, doc = reader.an, reader.an.tokens
    head = verb.head
    if head.i >= verb.i or head.pos_ not in ("VERB", "AUX") or head.tag_ not in ("VBD", "VBZ", "VBP", "MD", "VBN") or \
            head.left_edge.i != verb.sent.start or an.in_quote[verb.i] or any(c.dep_.startswith("nsubj") or
                c.dep_ in ("cc", "ccomp", "dobj", "xcomp") for c in (*head.children, *verb.children)
                if head.i < c.i < verb.i or c.head.i == verb.i) or _subject(head) is None:
        return None  # (not "The river rose and the ministry said ...", a second act with its own subject)
    e = reader.token_entity[verb.i - 1]
    if e < 0 or reader.entities[e].kind not in ("Person", "Organization"):
        return None
    j = reader.before_name((an.token(reader.mention_at[verb.i - 1].span.start) or doc[verb.i - 1]).i)
    if j <= head.i or doc[j].text != ",":
        return None
    return head, [t for t in head.subtree if t.i < j]


def _shallow(reader: _Reader, verb: Token) -> _Said | None:
    """ "<Name or pronoun> <cue> (that) <content>" read off the words when the parse is broken (e.g. after a
    heading line that the parser joined to the sentence)."""
    an, doc = reader.an, reader.an.tokens
    headline = an.in_title(verb.idx)  # "Holm says budget is balanced": headlines drop "that" and articles
    if verb.dep_ in ("conj", "ccomp", "advcl", "xcomp", "relcl", "parataxis") or verb.tag_ not in (
            "VBD", "VBZ", "VBP", "VBN") or (verb.dep_ == "ROOT" and not headline):
        return None
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i < 0 or not (doc[i].lower_ in lx.PERSON_PRONOUNS or reader.token_entity[i] >= 0 or
                     headline and doc[i].pos_ == "NOUN"):
        return None
    subj = doc[i]
    j = i
    while j > 0 and reader.token_entity[j - 1] >= 0 and reader.token_entity[j - 1] == reader.token_entity[i]:
        j -= 1
    if j > 0 and not (doc[j - 1].is_space or doc[j - 1].is_punct or doc[j].is_sent_start):
        return None
    tokens: list[Token] = []
    for t in doc[verb.i + 1:]:
        if t.is_space or "\n" in t.text or (t.is_sent_start and tokens) or an.in_quote[t.i]:
            break
        tokens.append(t)
        if t.text in (".", "!", "?"):
            break
    if tokens and tokens[0].lower_ == "that":
        tokens.pop(0)
    elif verb.lemma_ not in lx.EMPHASIS_VERBS and not headline:
        return None
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if len(tokens) < 3:
        return None
    speaker, speaker_span = reader.speaker(subj)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    st = Statement(False, an.span(start, end), _cue(verb), an.span(verb.idx, verb.idx + len(verb.text)), speaker,
                   speaker_span)
    return _Said(st, an.paragraph(start), verb.i)


def _according(reader: _Reader, tok: Token) -> _Said | None:
    """ "According to X, <content>": the clause the phrase modifies, without the phrase."""
    an = reader.an
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    head = tok.head
    phrase = set(t.i for t in tok.subtree)
    last = max(phrase)
    if tok.i >= 1 and an.tokens[tok.i - 1].text == "," and \
            all(t.is_punct or t.is_space for t in an.tokens[last + 1:an.sentence_end(tok.i)]):
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "A, but B, according to X": the sentence's whole report is X's, not only B
    named = _name_after_the_source(reader, obj, last)
    if named is not None:
        phrase |= set(range(last + 1, named[1]))
    tokens = [t for t in head.subtree if t.i not in phrase]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if len(tokens) < 3:
        return None
    speaker, speaker_span = reader.speaker(an.tokens[named[1] - 1] if named is not None else obj)
    if speaker is None and obj.lemma_ in lx.SOURCE_DOCUMENTS:
        # "according to Cadarn's modelling", "according to figures from the ministry": whose the figures are
        source = next((t for c in obj.children for t in (
            [c] if c.dep_ == "poss" else [o for o in c.children if o.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") else
            [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if c.dep_ == "acl" and c.lemma_ in lx.MAKING_VERBS else []) if reader._entity_in(t) is not None), None)
        # (not "according to documents seen by Reuters": who saw them wrote none of it)
        e = reader._entity_in(source) if source is not None else None
        if source is not None and e is not None and reader.entities[e].kind in ("Person", "Organization"):
            speaker = e
            speaker_span = reader.mention_at[reader._entity_token(source)].span
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if any(an.in_quote[t.i] for t in tokens[: len(tokens) // 2 + 1]):
        return None
    st = Statement(False, an.span(start, end), "according to", an.span(tok.idx, to.idx + len(to.text)), speaker,
                   speaker_span)
    return _Said(st, an.paragraph(start), tok.i)


def _name_after_the_source(reader: _Reader, obj: Token, last: int) -> tuple[int, int] | None:
    """ "..., according to the local police chief, Superintendent X.": the person's name that closes the sentence
    after the description, which the parser hung on the clause's verb instead of apposing it: its tokens."""
    an, doc = reader.an, reader.an.tokens
    end = an.sentence_end(obj.i)
    if obj.pos_ != "NOUN" or reader.entity_of(obj) is not None or last + 2 >= end or doc[last + 1].text != ",":
        return None
    first = next((j for j in range(last + 2, min(last + 5, end)) if j in reader.mention_at), None)
    if first is None or any(doc[j].pos_ != "PROPN" for j in range(last + 2, first)):
        return None  # (titles only before the name: "Superintendent", "Dr")
    e = reader.entity_of(doc[first])
    if e is None or reader.entities[e].kind != "Person":
        return None
    stop = (an.token(reader.mention_at[first].span.end - 1) or doc[first]).i + 1
    if not all(t.is_punct or t.is_space for t in doc[stop:end]):
        return None
    return first, stop


def _when_where(reader: _Reader, verb: Token, exclude: tuple[int, int],
                event: Token | None = None, deadlines: bool = True,
                spans: bool = True) -> tuple[str | None, int | None]:
    """Date and place of saying: "said on Tuesday", "told reporters in Tokyo", "speaking at the X Conference"."""
    an = reader.an
    date: str | None = None
    place: int | None = None
    heads = [verb]
    subj = reader.agent(verb)
    if subj is not None:
        heads += [c for c in subj.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG"]
        heads += [t for t in an.tokens[subj.i + 1:verb.i] if t.tag_ == "VBG" and t.dep_ in ("acl", "advcl")]
    heads += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ == "speak"]
    # "destroyed or damaged 80,000 hectares last November": the verbs of one act share its date
    heads += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2 and
              an.tokens[verb.i + 1].lower_ in ("or", "and") and _own_subject(c) is None]
    heads += _nouns_joined_to_verb(verb)
    if event is verb and verb.pos_ == "NOUN":  # "a hailstorm that lasted 20 minutes on Sunday night": its own time
        heads += [c for c in verb.children if c.dep_ == "relcl" and c.lemma_ in OWN_TIME_VERBS and
                  any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)]
    for h in heads:
        for child in h.children:
            if child.dep_ not in ("prep", "npadvmod", "advmod", "dative", "advcl", "acl", "tmod") or \
                    exclude[0] <= child.idx < exclude[1] or not deadlines and child.lower_ == "by" or \
                    not spans and child.lower_ in ("from", "since", "until", "till"):
                continue
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in OTHER_TIME_PREPOSITIONS
                                             for m in child.children):
                continue  # "the launch comes three months after floods destroyed ... last November": not its day
            for t in child.subtree:
                if exclude[0] <= t.idx < exclude[1]:
                    continue
                # (not "calling off a strike that had threatened to start on 1 December": the strike's date)
                if date is None and _a_day(an, t) and reader.token_entity[t.i] < 0 and \
                        not _in_relative_clause(t, h, event or h) and not (
                            t.head.lower_ in ("since", "until", "till") and t.head is not child and
                            t.head.head.pos_ == "NOUN"):
                    # (not "devalues the manat by a third, its first change since 2015": the span of something else;
                    # but "has continued since Monday", "postponed until Friday" tell the event's own time)
                    date = normalize(an.ent_at[t.i].text, an.reference, past=_reported_as_past(h),
                                     ahead=_told_ahead(h) and _told_ahead(t))  # ("the appeal lodged on Friday")
                e = reader.entity_of(t)
                if place is None and e is not None and reader.entities[e].kind in ("Place", "Event") and \
                        t.head.dep_ == "prep" and t.head.lower_ in ("in", "at", "during"):
                    place = e
                elif place is None and e is not None and reader.entities[e].kind in ("Place", "Event") and \
                        t.dep_ in ("pobj", "compound") and t.head.head.lower_ in ("at", "in", "during"):
                    place = e
    return date, place


# Verbs of an event's own course: "the strike will end by Friday" tells the strike's time
ASPECT_VERBS = frozenset({"begin", "start", "end", "finish", "close", "complete", "conclude", "continue", "resume",
                          "happen", "occur", "take", "last", "open", "wrap", "run", "go"})
# What an event does at its own time: "a fire that broke out on Monday", "a storm that lasted 20 minutes on Sunday"
OWN_TIME_VERBS = frozenset({"last", "begin", "start", "break", "hit", "strike", "sweep", "occur", "happen", "erupt",
                            "rage", "end", "tear", "rip"})


def _a_day(an: _Analysis, t: Token) -> bool:
    """Whether a date the NER found starts at this word: "on Friday", or a time of a named day, which it calls a
    time ("walked out of talks on Monday night", "early on Tuesday morning")."""
    if t.ent_iob_ != "B" or t.i not in an.ent_at:
        return False
    return t.ent_type_ == "DATE" or t.ent_type_ == "TIME" and any(
        w.lower_ in lx.WEEKDAYS or w.lower_ in ("yesterday", "today", "tonight") for w in an.ent_at[t.i])


def _nouns_joined_to_verb(verb: Token) -> list[Token]:
    """Nouns the parser joined to a verb as if they were verbs of its own: in "locked 600 dockers out of its container
    and ro-ro terminals at the port of X on Monday" it made "terminals" a conjunct of "locked", and the place and the
    day hang from it. (No noun is a conjunct of a verb, so what hangs from it is the clause's.)"""
    if verb.pos_ != "VERB":
        return []
    doc = verb.doc
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and _own_subject(c) is None and
            not (c.left_edge.i >= 2 and doc[c.left_edge.i - 1].dep_ == "cc" and doc[c.left_edge.i - 2].text == ",")]
    # (not "raised its rate in March, and the ECB in Frankfurt in July": a second clause with its verb left out)


def _in_relative_clause(t: Token, top: Token, event: Token) -> bool:
    """Whether a word below `top` in the parse is in a relative clause of something else on the way ("calling off a
    strike that began in May"; not "the summit, which ends on Monday", or "during the war, when the capital was
    looted in 1874", which tell the time of the event itself)."""
    node = t
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "relcl" and node.head.i not in (top.i, event.i) and not any(
                c.lower_ in ("when", "while") for n in (node, *node.conjuncts) for c in n.children):
            return True
        node = node.head
    return False


# ---------------------------------------------------------------------------------------------- events


HOSTING = frozenset({"host", "hold", "stage", "organise", "organize"})
# What an event does where it happens: "the X Summit, which opened in Accra", "..., which took place in Y"
HAPPENING = frozenset({"open", "begin", "start", "convene", "close", "end", "resume", "take"})


def _host_place(reader: _Reader, verb: Token) -> int | None:
    """The place a clause on an event says holds it: who hosts it ("which Postojna hosts", where the parser may
    take the name for a compound of "hosts"), or where it is held ("to be held in Vientiane", "hosted by Hanoi") or
    happens ("which opened in Accra", "which took place in Lomé")."""
    passive = any(c.dep_ in ("auxpass", "agent") for c in verb.children) or verb.tag_ == "VBN"
    happens = verb.lemma_ in HAPPENING and (verb.lemma_ != "take" or any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))
    for c in verb.children:
        objs = [c] if c.dep_ in ("nsubj", "compound") and not passive and verb.lemma_ == "host" else \
            [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "agent" or c.dep_ == "prep" and (
                passive or happens) and c.lower_ in ("in", "at") else []
        for obj in objs:
            e = reader.entity_of(obj)
            if e is not None and reader.entities[e].kind == "Place":
                return e
    return None


def _named_events(reader: _Reader) -> None:
    """Where, when and who for named events ("speaking at the 2025 Munich Security Conference in Germany")."""
    an = reader.an
    for ent in reader.entities:
        if ent.kind != "Event":
            continue
        ent.event_type = name_key(ent.name).split()[-1]
        heads = [_event_head(t) for t in (an.token(r.span.end - 1) for r in ent.mentions) if t is not None]
        named_by = next((h.lemma_ for h in heads if h.is_lower), None)
        if named_by:
            ent.event_type = named_by  # "Atlantic Drift", a festival
        year = re.match(r"((?:19|20)\d\d) (.+)", ent.name)
        if year:
            # "2025 Munich Security Conference": the edition is the node; the series name is an alias
            ent.start_date = year.group(1)
            ent.aliases.add(year.group(2))
        for ref in ent.mentions:
            last = an.token(ref.span.end - 1)
            if last is None:
                continue
            last = _event_head(last)
            first = an.token(ref.span.start)
            # the words of the name and what hangs on them after it: "the Conference on X in Y" (on "Conference")
            own = [last] + [t for t in an.tokens[first.i:last.i] if t.head.i != t.i] if first is not None else [last]
            # (and "in Y" right after the name, wherever the parser hung it: "brings experts to the X Forum in Tartu")
            right_after = [an.tokens[last.i + 1]] if last.i + 1 < len(an.tokens) else []
            for prep in itertools.chain((c for t in own for c in t.children if c.i > last.i), right_after):
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                    for obj in prep.children:
                        e = reader.entity_of(obj)
                        if e is not None and reader.entities[e].kind == "Place" and ent.location is None:
                            ent.location = e
            for verb in (c for c in last.children if c.dep_ in ("relcl", "acl") and (
                    c.lemma_ in HOSTING or c.lemma_ in HAPPENING)):
                # "the X Summit, which Vientiane will host in June", "..., to be held in Y", "..., hosted by Z"
                host = _host_place(reader, verb)
                if host is not None and ent.location is None:
                    ent.location = host
                if host is not None and ent.start_date is None:
                    ent.start_date, _ = _when_where(reader, verb, (0, 0))
            if last.head.dep_ == "prep" and last.head.lower_ in ("at", "to", "in"):
                verb = last.head.head
                if verb.pos_ in ("VERB", "AUX"):
                    who = reader.agent(verb)
                    if who is not None:
                        e, _ = reader.speaker(who)
                        if e is not None and reader.entities[e].kind in ("Person", "Organization") and \
                                e not in ent.participants:
                            ent.participants.append(e)
            if ent.start_date is None:
                date, _ = _when_where(reader, last.head.head if last.head.dep_ == "prep" else last, (0, 0))
                ent.start_date = date
            for e in _clause_parties(reader, last, ent.event_type):
                if e not in ent.participants:
                    ent.participants.append(e)
        if ent.location is None:  # "the Polgarrow Summer Fair" is held in Polgarrow (and the "77th X Festival" in X)
            words = name_key(ent.name).split()
            if words and re.fullmatch(r"\d+(?:st|nd|rd|th)?", words[0]):
                words = words[1:]
            ent.location = next((i for i, e in enumerate(reader.entities) if e.kind == "Place" and
                                 name_key(e.name).split() == words[:len(name_key(e.name).split())] and
                                 len(name_key(e.name).split()) < len(words)), None)
        if ent.start_date is None and an.year is not None and (
                ent.location is not None and ent.location == _dateline_entity(reader) or
                any(_reported_as_past(t) for t in (an.token(r.span.end - 1) for r in ent.mentions) if t is not None)):
            # held where and when the article was filed, or reported as past (in the year the article was written,
            # which its own dates tell if it has no dateline)
            ent.start_date = str(an.year)


def _events(reader: _Reader) -> list[Event]:
    """Events the article reports (an acquisition, a launch, a phone call), one per kind and article."""
    an = reader.an
    found: dict[str, Event] = {}
    past: set[str] = set()
    proper_names: set[str] = set()
    part_of: dict[str, int] = {}  # "the final of the Adriatic Open": event key -> the named event it is part of
    actors_at_home: dict[str, int | None] = {}  # event key -> the country or town that brought it about
    placed_by_lead: set[str] = set()  # event keys placed only by the first place of the lead's sentence
    nationwide: set[str] = set()  # event keys told as across the country: "a nationwide manhunt", "the national census"
    for tok in an.tokens:
        if an.in_quote[tok.i]:
            continue
        if tok.lemma_ not in TRIGGER_WORDS and tok.lower_ not in TRIGGER_WORDS:
            continue  # (most words: cheaper than asking _trigger)
        kind = _trigger(tok)
        if kind is None:
            continue
        participants, obj, agent = _event_parties(reader, tok)
        for p in _clause_parties(reader, tok, kind):
            if p not in participants:
                participants.append(p)
        location, prep = _event_place(reader, tok)
        named_place = next((e for e in (reader.entity_of(c) for c in tok.children if c.dep_ == "compound")
                            if e is not None and reader.entities[e].kind == "Place"), None)
        if named_place is not None and location is None:  # "the Izmir derby" was played in Izmir
            location, prep = named_place, "in"
        if kind == "purchase" and tok.pos_ == "VERB":  # "Serbia will buy four aircraft from Canada": the buyer's
            buyer = next((reader.entity_of(c) for c in tok.children if c.dep_ == "nsubj"), None)
            if buyer is not None and reader.entities[buyer].kind == "Place":
                location, prep = buyer, "in"
            elif prep == "from":
                location = None
        befallen = _befallen(tok) if location is None and kind in lx.EVENTS_OF_A_THING else None
        thing = reader.entity_of(befallen) if befallen is not None else None
        if thing is not None and reader.entities[thing].kind == "Place":
            location, prep = thing, "in"  # "the collapse of the Soviet Union", "the reopening of the X crossing"
        guessed = location is None
        if location is None:
            location = _lead_place(reader, tok)
            prep = ("on" if _high_ground(reader, location) else "in") if location is not None else prep
        date = _event_date(reader, tok)
        proper = _proper_name(reader, tok)
        key = proper or kind  # "the Kobe earthquake" is another event than "the earthquake" the article reports
        known = found[kind].start_date if kind in found else None
        if not proper and date and known and known[:4] != date[:4]:
            key = f"{kind} {date[:4]}"  # "a smaller spill in 2023" is not the one the article reports
        elif not proper and date and kind in found and known is None and any(
                c.dep_ == "amod" and (c.lower_ in ORDINALS or c.lower_ in OTHER_ONES) for c in tok.children):
            key = f"{kind} {date[:4]}"  # nor, in an undated article, "the line's first blockade in 2023"
        if proper:
            proper_names.add(proper)
        ev = found.get(key)
        if ev is None:
            ev = found[key] = Event(name=proper or kind, event_type=kind,
                                    anchor=an.span(tok.idx, tok.idx + len(tok.text)))
        reader.event_triggers[kind].append(tok.idx)
        if _nationwide(tok):
            nationwide.add(key)
        for p in participants:
            if p not in ev.participants:
                ev.participants.append(p)
        slot = _slot(tok)
        another_time = bool(date and ev.start_date and len(date) >= 7 and len(ev.start_date) >= 7 and
                             date[:7] != ev.start_date[:7]) or \
            slot.dep_ == "pobj" and slot.head.lower_ in OTHER_TIME_PREPOSITIONS
        # (one before or after it, of another time: "ordered inspections after a warehouse fire at X in September")
        if location is not None and (ev.location is None or key in placed_by_lead and not guessed and prep != "near"
                                     and not another_time):
            # ("Police in Bac Ninh province arrested the director of a factory where a fire killed 11 ... The fire broke
            # out at the X industrial park, 35 km east of Hanoi": in the province, not at the town it is measured from)
            ev.location = location  # ("The contract, signed at the Palacio de López": where the lead did not say)
            reader.event_place_prep[kind] = prep
            placed_by_lead.discard(key)
            if guessed:
                placed_by_lead.add(key)
        elif location is None and (kind in lx.ACTS_AT_HOME or kind in LABOUR_ACTIONS) and \
                actors_at_home.get(key) is None:
            actors_at_home[key] = _actor_place(reader, tok)
        first = an.token(ev.anchor.start)
        if ev.start_date is None and not (tok.tag_ == "NNS" and first is not None and first.i < tok.i and
                                          first.tag_ != "NNS" and not any(
                                              c.dep_ in ("det", "poss") and c.lower_ not in ("some", "other", "many")
                                              for c in tok.children)):
            ev.start_date = date  # (not "lost 40 days to blockades in 2019" after "a blockade": others, long ago)
        elif date and ev.start_date and date.startswith(ev.start_date) and len(date) > len(ev.start_date):
            ev.start_date = date
        if _reported_as_past(tok) and not _long_ago(reader, tok):
            past.add(kind)
        if ev.start_date is None and kind in past and an.year is not None:
            ev.start_date = str(an.year)  # reported in the past tense: it happened by the article's date
        name = _event_name(reader, kind, obj, agent, ev, tok, location)
        if len(name) > len(ev.name) and not proper:
            ev.name = name
        if tok.pos_ == "NOUN":  # "the takeover battle", "the signing": the words the article uses for it
            ev.aliases.add(" ".join(_modifiers(reader, tok, kind) + [tok.lower_] + (
                [tok.head.lower_] if tok.dep_ == "compound" and tok.head.lemma_ in lx.EVENT_FRAMES else [])))
        elif tok.pos_ == "VERB" and tok.lemma_ != kind and lx.EVENT_NOUNS.get(tok.lemma_) == kind:
            ev.aliases.add(tok.lemma_)  # "nurses marched through Timmins": a march, a protest
        whole = _part_of_named_event(reader, tok)
        if whole is not None and key not in part_of:
            part_of[key] = whole
            ev.name = f"{kind} of {reader.entities[whole].name}"
    _held_there(reader, found)
    for key, ev in found.items():
        home = actors_at_home.get(key)
        if ev.location is None and ev.event_type not in lx.DECIDED_AT_A_SEAT and ev.event_type not in LABOUR_ACTIONS:
            ev.location = home  # "the Philippines ordered the evacuation": across the country, not where it was filed
        landfall = found.get("landfall")
        if ev.location is None and ev.event_type in STORMS and landfall is not None and _the_storm(reader, ev):
            ev.location = landfall.location  # "The typhoon came ashore": where it made landfall
        _at_dateline(reader, ev, ev.event_type in past)
        if ev.location is None:  # (a ruling or a fine: in the town the article was filed in, if it was, else here;
            ev.location = home  # "Slovenia's train drivers began a strike" where the article was filed, else at home)
        if key in nationwide:
            country = _country_around(reader, ev.location)
            if ev.event_type in ("election", "referendum") and len(_lead_countries(reader)) > 1:
                country = None  # ("Russia accused Moldova of rigging Sunday's parliamentary election": whose?)
            if ev.location is not None and country != ev.location:  # "a nationwide manhunt in Freetown"
                ev.name = ev.name.removesuffix(f" in {reader.entities[ev.location].name}")
            ev.location = country
        if (ev.location is not None and ev.name == ev.event_type or ev.name.endswith(" " + ev.event_type)) and \
                ev.name not in proper_names:
            if ev.location is not None:
                ev.name += f" in {reader.entities[ev.location].name}"
    for key, whole in part_of.items():
        if key not in found:
            continue
        part, tournament = found[key], reader.entities[whole]
        # the final and the tournament it ends were held in one place; the tournament ran in the final's year
        tournament.location = tournament.location if tournament.location is not None else part.location
        part.location = part.location if part.location is not None else tournament.location
        if tournament.start_date is None and part.start_date:
            tournament.start_date = part.start_date[:4]
    for name in proper_names:
        # "the Izmir derby" and, later, "Sunday's derby" are one match, unless their dates say otherwise
        named, plain = found[name], found.get(found[name].event_type)
        if plain is not None and (not plain.start_date or not named.start_date or
                                  plain.start_date[:4] == named.start_date[:4]):
            named.participants += [p for p in plain.participants if p not in named.participants]
            named.location = named.location if named.location is not None else plain.location
            named.start_date = max(named.start_date or "", plain.start_date or "", key=len) or None
            del found[plain.event_type]
    # an event the article says nothing about ("another summit", "the meeting") is no node of its own
    _of_events_placed(found.values())
    kept = [e for e in found.values() if e.participants or e.location is not None or e.start_date]
    return sorted(_merge_named(reader, kept), key=lambda e: e.anchor.start)


def _held_there(reader: _Reader, found: Mapping[str, Event]) -> None:
    """ "The decision was taken at a crisis meeting late on Sunday. It was held at the prefecture in Bouaflé": where
    "it" was held, or took place, is where the event the sentence before ended on was."""
    an = reader.an
    for verb in an.tokens:
        if an.in_quote[verb.i] or not (verb.lemma_ == "hold" and verb.tag_ == "VBN" or verb.lemma_ == "take" and any(
                c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
            continue
        subject = _own_subject(verb)
        if subject is None or subject.lower_ != "it" or verb.sent.start == 0 or any(
                t.lower_ in ("custody", "regard", "esteem", "hostage", "captive") or t.dep_ == "prt"
                for t in verb.subtree):
            continue  # (not "It was held in custody", "held in high regard", "held up")
        before = an.doc[verb.sent.start - 1].sent
        # what is held: a gathering, a vote, a trial (not "the earthquake" the summit was called after), the
        # sentence's subject first
        told = [(_subject_at(an, at), at, key) for key, ev in found.items() if ev.event_type in HELD_EVENTS
                for at in reader.event_triggers[ev.event_type] if before.start_char <= at < before.end_char]
        if not told:
            continue
        ev = found[max(told)[2]]
        place, _prep = _event_place(reader, verb)
        if ev.location is None and place is not None:
            ev.location = place


OF_AN_EVENT = re.compile(r"\w[\w -]* of (?:the |a |an |its |their )?(.+)")


def _subject_at(an: _Analysis, char: int) -> bool:
    """Whether the word at `char` is the subject of its clause."""
    tok = an.token(char)
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass")


# Events that are held, or take place: gatherings, votes, hearings, shows (not a storm, a crash or a strike)
HELD_EVENTS = frozenset({"conference", "summit", "congress", "meeting", "talks", "vote", "election", "referendum",
                         "protest", "ceremony", "festival", "concert", "exhibition", "tournament", "match", "race",
                         "marathon", "funeral", "trial", "hearing", "inquest", "press conference", "signing",
                         "auction", "show", "inauguration", "opening", "final", "derby", "recount", "celebration"})
# The legal forms that close a company's name: "Gozo Seaways Ltd" is "Gozo Seaways"
LEGAL_FORMS = frozenset({"inc", "corp", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "ab", "asa", "oyj", "spa",
                         "bhd", "pty", "bv", "srl", "sas", "kk", "limited"})
# Words that set an event apart from the one an article reports: "a previous spill", "another strike"
OTHER_ONES = frozenset({"previous", "earlier", "last", "similar", "another", "prior", "former"})


def _of_events_placed(events: Iterable[Event]) -> None:
    """An event of another event the article reports happened where that one did: "the launch of the vaccination
    campaign" with the campaign in Bafatá was in Bafatá."""
    events = list(events)
    by_words = {w: e for e in events if e.location is not None for w in {e.name, *e.aliases}}
    for ev in events:
        of = OF_AN_EVENT.fullmatch(ev.name) if ev.location is None else None
        other = by_words.get(of.group(1)) if of else None
        if other is not None and other is not ev:
            ev.location = other.location


def _proper_name(reader: _Reader, tok: Token) -> str | None:
    """ "the Kobe earthquake", "the ACCORD-2 trial": an event noun after a capitalized name is that event's name."""
    if tok.pos_ != "NOUN":
        return None
    names = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i and c.text[:1].isupper()
             and not c.is_sent_start and c.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL", "NORP")]
    if not names:
        return None
    first = min(t.left_edge.i for t in names)
    words = reader.an.tokens[first:tok.i + 1]
    e = reader.entity_of(names[-1])
    if e is not None and reader.entities[e].kind in ("Person", "Event") or \
            any(t.is_punct and t.text != "-" for t in words):
        return None  # (a named event is a node of its own already, and gathers what its noun reports)
    return " ".join([t.text for t in words[:-1]] + [tok.lower_])


def _part_of_named_event(reader: _Reader, tok: Token) -> int | None:
    """The named event an event noun is a part of: "the final of the Adriatic Open", "the second day of the summit"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                e = reader.entity_of(o)
                if o.dep_ == "pobj" and e is not None and reader.entities[e].kind == "Event":
                    return e
    return None


NATIONWIDE = frozenset({"national", "nationwide", "countrywide", "nation-wide"})


# What makes an election or a referendum one of the whole country: "Sunday's parliamentary election"
NATIONAL_VOTES = frozenset({"general", "parliamentary", "presidential", "legislative", "national", "federal"})
ELECTION_TIMES = frozenset({"next", "last", "upcoming", "recent", "early", "snap", "first", "second", "this", "that"})


def _nationwide(tok: Token) -> bool:
    """Whether an event is told as one across a whole country: "a nationwide manhunt", "the national census", "a
    strike across the country", "the general election"."""
    if tok.lemma_ in ("election", "referendum"):
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        # (not "Catalonia's parliamentary election", "the Bavarian state election", "the club's presidential
        # election": a region's or a body's)
        return any(c.lower_ in NATIONAL_VOTES for c in modifiers) and all(
            c.lower_ in NATIONAL_VOTES or c.lower_ in ELECTION_TIMES or c.ent_type_ in ("DATE", "ORDINAL")
            for c in modifiers)
    return any(c.dep_ in ("amod", "advmod", "compound", "npadvmod") and c.lower_ in NATIONWIDE or
               c.dep_ == "prep" and c.lower_ in ("across", "throughout") and
               any(o.lemma_ in ("country", "nation") for o in c.children if o.dep_ == "pobj")
               for c in tok.children)


def _country_around(reader: _Reader, place: int | None) -> int | None:
    """The country the article names that a place is in, or the place if it is a country or none is known: the
    dateline's ("STRUGA, North Macedonia"), GeoNames' for a town, else the one country the article names."""
    filed_in = _dateline_entity(reader)
    place = place if place is not None else filed_in
    if place is not None and reader.entities[place].name in lx.COUNTRY_NAMES:
        return place
    found: int | None = None
    if place is not None and place == filed_in and "," in (reader.an.article.dateline_place or ""):
        found = _dateline_country(reader)  # ("PRAGUE, Czechia": the Czech Republic)
    elif place is not None and (wanted := lx.town_country(reader.entities[place].name)):
        found = reader.place_named(wanted)
    if found is None or reader.entities[found].name not in lx.COUNTRY_NAMES:
        countries = _countries(reader)
        found = countries[0] if len(countries) == 1 else _lead_country(reader)
    return found if found is not None else place


def _countries(reader: _Reader) -> list[int]:
    """The countries the article names."""
    return [i for i, e in enumerate(reader.entities) if e.kind == "Place" and e.name in lx.COUNTRY_NAMES]


def _lead_country(reader: _Reader) -> int | None:
    """The one country the lead's first sentence names, if it names one: "Mongolia's opposition won ...", the
    country an article that names several is about (not "China warned Australia ahead of Saturday's election")."""
    named = _lead_countries(reader)
    return named.pop() if len(named) == 1 else None


def _lead_countries(reader: _Reader) -> set[int]:
    """The countries the lead's first sentence names."""
    an = reader.an
    start = an.article.body_offset + dateline_length(an.article.body)
    first = an.token(start)
    if first is None:
        return set()
    end = an.tokens[an.sentence_end(first.i) - 1].idx
    return {i for i in _countries(reader) for r in reader.entities[i].mentions if start <= r.span.start <= end}


def _dateline_entity(reader: _Reader) -> int | None:
    place = reader.an.article.dateline_place
    if not place:
        return None
    return reader.place_named(place, place.split(",")[0])


SEASONS = frozenset({"season", "year", "tournament", "summer", "window", "championship", "league", "cup", "decade"})
TOURS = frozenset({"tour", "trip", "journey"})  # what is "of" the places it goes to (not "the visit of Wales")
MOVING_EVENT_VERBS = frozenset({"march", "parade", "walk", "rally", "process", "drive", "ride", "run"})


def _at_dateline(reader: _Reader, ev: Event, reported_past: bool) -> None:
    """A gathering or strike reported on the day with no place of its own happened where the article was filed."""
    published = reader.an.reference
    if ev.location is not None or ev.event_type not in lx.PLACED_EVENTS:
        return
    if published is None:
        # a dateline without a year ("SINGAPORE, April 22 -"): the lead's news, told in the past, happened there
        an = reader.an
        lead = an.paragraph(an.article.body_offset)
        if an.article.dateline_place and any(
                reported_past and an.paragraph(at) == lead or at < an.article.body_offset and _headline_news(an, at)
                for at in reader.event_triggers[ev.event_type]):
            ev.location = _dateline_entity(reader)  # (the headline tells the news in the present: "X reopens")
        return
    if ev.start_date is None or len(ev.start_date) == 7 or ev.start_date == str(published.year) and \
            not reported_past or \
            len(ev.start_date) == 10 and abs((_date.fromisoformat(ev.start_date) - published).days) > 7:
        # no date, a month, or only the year of a plan, or weeks away: no telling the town, but what the article
        # filed from a country tells happened this year happened in it ("CHITTAGONG, Bangladesh - ... a backlog
        # left by a four-day strike by customs clearing agents last month")
        if reported_past and ev.start_date is not None and ev.start_date[:4] == str(published.year) and \
                ev.event_type not in GONE_TO:
            ev.location = _dateline_country(reader)
        return
    if len(ev.start_date) == 4 and ev.start_date != str(published.year):
        return
    ev.location = _dateline_entity(reader)


def _the_storm(reader: _Reader, ev: Event) -> bool:
    """Whether a storm is told as the one the article is about: "the typhoon", not "a separate storm", "a political
    storm" or "a storm is expected on Friday"."""
    tok = reader.an.token(ev.anchor.start)
    return tok is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        not any(c.dep_ in ("amod", "compound") for c in tok.children)


def _dateline_country(reader: _Reader) -> int | None:
    """The country the dateline names after its town ("CHITTAGONG, Bangladesh"), if the article names it."""
    dateline = reader.an.article.dateline_place or ""
    if "," not in dateline:
        return None
    written = dateline.rsplit(",", 1)[1].strip()
    found = reader.place_named(lx.canonical(written) or written)
    return found if found is not None and reader.entities[found].name in lx.COUNTRY_NAMES else None


def _headline_news(an: _Analysis, at: int) -> bool:
    """Whether the headline word at `at` tells what happened ("Opera house reopens"), not what is to ("to reopen")."""
    verb = an.token(at)  # the headline's own verb ("reopens"), not an event it names in passing ("as strike looms")
    if verb is not None and verb.dep_ == "nsubj" and verb.head.dep_ == "ROOT":
        verb = verb.head  # ("Power cuts hit southern Punjab": what the headline's verb tells of)
        if verb.lemma_ in ("loom", "near", "threaten", "grow", "approach", "brew", "beckon", "stall"):
            return False  # ("Port strike looms": one to come)
    return verb is not None and verb.dep_ == "ROOT" and verb.tag_ in ("VBZ", "VBP", "VBD", "VBN") and \
        not _verb_words(verb) & {"will", "would", "to", "may", "could", "should", "might"}


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a word is in, up to five steps up the parse (the last word reached, if no verb)."""
    verb: Token | None = tok
    for _ in range(5):
        if verb is None or verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head if verb.head.i != verb.i else None
    return verb


def _verb_words(verb: Token) -> set[str]:
    """A verb and its auxiliaries, lower-cased: {"will", "be", "opened"}."""
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} | {verb.lower_}


def _reported_as_past(tok: Token) -> bool:
    """Whether the clause that reports an event is in the past or present perfect, not a plan or a future."""
    verb = _clause_verb(tok)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    words = _verb_words(verb)
    if words & {"will", "would", "shall", "may", "might", "could", "should", "to", "'ll"}:
        return False
    if any(c.lower_ in ("next", "upcoming", "planned") for c in tok.children):
        return False
    return verb.tag_ in ("VBD", "VBN") or bool(words & {"has", "have", "had", "was", "were"})


def _told_ahead(tok: Token) -> bool:
    """Whether the clause that tells of an event tells of what is to come: "will meet on Monday", "the law takes
    effect on Monday" (a present tense with a day is a schedule), not "met on Monday" or "has said"."""
    verb = _clause_verb(tok)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    words = _verb_words(verb)
    return bool(words & {"will", "shall", "'ll"}) or verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in SCHEDULED and \
        not words & {"has", "have"}


# Verbs whose present tense with a day is a schedule ("takes effect on Monday", "the strike begins on Monday"), not
# the news present of what happened ("Police arrest three men on Monday")
SCHEDULED = frozenset({"take", "begin", "start", "open", "close", "resume", "end", "expire", "run", "come", "return"})


LONG_AGO = re.compile(r"\b(?:centur(?:y|ies)|decades?|generations?|years ago|years earlier|1\d\d0s|20[0-2]0s)\b", re.I)


def _long_ago(reader: _Reader, tok: Token) -> bool:
    """Whether the sentence reporting an event puts it far back ("half a century after ... during the civil war",
    "in the 1970s", "in 2019"): a past tense then says nothing of the year."""
    an = reader.an
    now = an.year
    start, end = tok.sent.start, an.sentence_end(tok.i)
    if LONG_AGO.search(an.text, an.tokens[start].idx, an.tokens[end - 1].idx + len(an.tokens[end - 1])):
        return True  # (the small model seldom tags "half a century" as a date)
    for ent in an.ents:
        if ent.label_ != "DATE" or ent.start < start or ent.end > end:
            continue
        year = re.search(r"\b(?:19|20)\d\d\b", ent.text)
        if year and now is not None and int(year.group()) < now:
            return True
    return False


def _storm_named_before(reader: _Reader, char: int) -> int | None:
    """The named storm ("Typhoon X", "Cyclone Y") mentioned last before `char`: the one "the storm" there is."""
    latest: tuple[int, int] | None = None
    for i, e in enumerate(reader.entities):
        words = name_key(e.name).split()
        if e.kind != "Event" or len(words) < 2 or lx.storm_word_at(words) is None:
            continue
        seen = max((r.span.start for r in e.mentions if r.span.start < char), default=-1)
        if seen >= 0 and (latest is None or seen > latest[0]):
            latest = (seen, i)
    return latest[1] if latest is not None else None


def _merge_named(reader: _Reader, events: list[Event]) -> list[Event]:
    """ "The three-day summit" in an article about the "X Energy Summit" is that named event, not one of its own."""
    kept: list[Event] = []
    for ev in events:
        named = [i for i, e in enumerate(reader.entities) if e.kind == "Event" and e.event_type == ev.event_type]
        storm = None
        if not named and ev.event_type in STORMS and _the_storm(reader, ev):
            storm = _storm_named_before(reader, ev.anchor.start)
            named = [storm] if storm is not None else []
        if len(named) != 1:
            kept.append(ev)
            continue
        ent = reader.entities[named[0]]
        if storm is not None and ent.start_date is None:
            # "Typhoon X tore across the island ... The storm made landfall near Y on Oct. 20, 2026": when and where
            # the named storm struck
            ent.start_date = ev.start_date
        for p in ev.participants:
            if p not in ent.participants:
                ent.participants.append(p)
        if ent.location is None:
            ent.location = ev.location
    return kept


def _clause_parties(reader: _Reader, tok: Token, kind: str) -> list[int]:
    """Who takes part, read off the clause that reports the event: "X won ... in a vote", "the strike was called by
    X", "the summit, hosted by X, drew officials from Y", "X, speaking on the second day of the summit"."""
    out: list[int] = []

    def take(t: Token, kinds: tuple[str, ...] = ("Person", "Organization")) -> None:
        e, _ = reader.speaker(t) if t.pos_ in ("PRON", "NOUN") and reader.entity_of(t) is None else \
            (reader.entity_of(t), None)
        if e is not None and reader.entities[e].kind in kinds and e not in out:
            out.append(e)
        for conj in t.children:
            if conj.dep_ in ("conj", "appos") and conj.i != t.i:
                take(conj, kinds)

    def passive_agent(verb: Token) -> None:
        for c in verb.children:
            if c.dep_ == "agent":
                for o in c.children:
                    if o.dep_ == "pobj":
                        take(o)

    if tok.pos_ == "VERB":
        return out
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":
            passive_agent(c)  # "the summit, hosted by the Kenyan government"
        if c.dep_ == "prep" and c.lower_ == "at":
            for o in c.children:  # "a conference at the United Nations": the host organization
                if o.dep_ == "pobj":
                    take(o, ("Organization",))
    slot = _slot(tok)
    verb, path = slot, [slot]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and len(path) < 6 and \
            verb.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj", "attr", "npadvmod"):
        verb = verb.head
        path.append(verb)
    if verb.pos_ not in ("VERB", "AUX"):
        return out
    if slot.dep_ == "nsubjpass" and slot.head.i == verb.i:
        passive_agent(verb)  # "the strike was called by the union"
    elif slot.dep_ == "nsubj" and slot.head.i == verb.i:
        if verb.lemma_ in lx.GATHERING_VERBS:
            subject = {t.i for t in slot.subtree}
            for t in verb.subtree:
                if t.i not in subject and t.dep_ in ("pobj", "dobj", "conj", "appos", "compound") and \
                        reader.entity_of(t) is not None:
                    take(t)
    elif verb.lemma_ in lx.TAKING_PART_VERBS or (verb.tag_ == "VBG" and verb.dep_ == "advcl"):
        who = reader.agent(verb)
        if who is not None:
            take(who)  # a country hosting is no participant the shapes allow: its government is, when named
        first = path[-2] if len(path) > 1 else slot
        if first.dep_ == "prep" and first.lower_ == "in":
            for d in verb.children:  # "won the leadership of the X Party in a vote": the party's vote
                if d.dep_ == "dobj":
                    for t in d.subtree:
                        if t.dep_ == "pobj" and t.head.lower_ == "of":
                            take(t)
    if kind in ("vote", "election"):
        for t in tok.sent:  # "54 percent of the vote, against 31 percent for X": the candidates
            if t.dep_ == "pobj" and t.head.lower_ in ("for", "against") and not reader.an.in_quote[t.i]:
                take(t, ("Person",))
    return out


DISTANCE_UNITS = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter", "m", "foot", "feet", "yard",
                            "mi"})


# Every word _trigger can take for an event, as a lemma or as written
TRIGGER_WORDS = frozenset(lx.EVENT_NOUNS) | frozenset(lx.EVENT_VERBS) | frozenset(LEMMA_FIXES) | frozenset(
    {"conference", "briefing", "call", "conversation", "talk", "talks", "cut", "loss", "reduction", "sale", "issue",
     "offering", "deal", "lift", "walk", "rule", "lay", "run", "block", "break", "arrive", "open", "inaugurate",
     "raise", "lower", "declare", "collapse", "show", "freeze", "splash", "sign", "free", "occupy", "switch", "drill",
     "deliver", "find", "campaign", "cap", "reopen", "grant", "protest", "pass", "round", "order", "lock", "close",
     "shut", "outburst", "derail", "devalue", "devaluate", "recount"}) | lx.JOB_CUT_VERBS | lx.RESCUE_ACTS | \
    lx.RATE_CUTS | lx.RATE_RISES | frozenset(lx.RATE_MOVES)


def _trigger(tok: Token) -> str | None:
    low, lemma = tok.lower_, tok.lemma_
    if low in ("round", "rounds") and (any(c.dep_ in ("compound", "amod") and c.lower_ in lx.FUNDING_WORDS
                                           for c in tok.children) or
                                       tok.dep_ == "advmod" and tok.head.lower_ in lx.FUNDING_WORDS and
                                       not any(c.dep_ == "aux" for c in tok.head.children)):
        # "a Series B funding round", "a seed round" (however the tagger took "round": as an adverb of "funding")
        return "funding round"
    if lemma in ("clash", "skirmish") or low == "fighting":
        between = any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
        if tok.pos_ != "NOUN" and low != "fighting" or tok.dep_ == "compound" or any(
                c.dep_ == "prep" and (c.lower_ in ("of", "against", "for") or c.lower_ == "over" and not between)
                for c in tok.children) or any(c.dep_ in ("amod", "compound") and c.lower_ in WORDS_CLASHING
                                              for c in tok.children) or \
                tok.dep_ == "pobj" and tok.head.lower_ in ("against", "for") or \
                low == "fighting" and (tok.dep_ not in ("nsubj", "nsubjpass") and not between or any(
                    m.dep_ == "mark" and m.lower_ in OTHER_TIME_PREPOSITIONS for m in tok.head.children)):
            return None  # "a clash on the frontier", "fighting between the two republics"; not "a clash of cultures",
        # "clashed over the budget", "fighting for jobs", "a fighting fund", "a verbal clash", "a scheduling clash",
        # nor the fighting people fled or "since the fighting ended", in passing (but "clashes over land between
        # herders and farmers")
        if low == "fighting":
            return "clash"  # (however the tagger took it: "Fighting between the army and rebels killed 20")
    if lemma == "collapse" and tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "of") and any(o.lemma_ in FIGURES for o in c.children)
            for c in tok.children):
        return None  # "blaming a collapse in orders", "the collapse of prices": no building fell
    if tok.pos_ == "NOUN" and lx.EVENT_NOUNS.get(lemma) == "storm" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "under a hailstorm of bullets", "a storm of protest": no weather
    if lemma == "landfall" and tok.dep_ == "dobj" and tok.head.lemma_ == "make" and not _only_wished(tok.head) and \
            not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might")
                    for c in tok.head.children) and _a_storm(_what_acts(tok.head)):
        return "landfall"  # "Typhoon X made landfall near Y" (however the tagger took "landfall")
    if tok.pos_ == "NOUN":
        if tok.dep_ == "compound" and _slot(tok) is tok and tok.head.lemma_ not in lx.EVENT_FRAMES and not (
                lx.EVENT_NOUNS.get(lemma) == "bankruptcy" and tok.head.lemma_ in lx.BANKRUPTCY_FRAMES):
            return None  # (but "a takeover battle" is the takeover)
        compounds = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
        if lemma == "recount" and (tok.head.lemma_ in ("demand", "call", "refuse", "seek", "request", "want",
                                                       "reject", "ask", "urge") or
                                   tok.head.lemma_ == "order" and tok.head.head.lemma_ in ("refuse", "reject") or
                                   any(c.lower_ == "of" and any(o.lemma_ in ("event", "story", "ordeal", "day", "night")
                                                                for o in c.children) for c in tok.children)):
            return None  # "demanded a recount", "refused to order a recount", "a recount of events": none held
        if lemma in ("ballot", "vote") and tok.tag_ == "NNS" and _papers_handled(tok, lemma):
            # "recounting ballots", "the recount of 68,000 ballots", "hundreds of its votes were declared invalid"
            return None
        if lemma == "vote" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.lemma_ in ("percent", "%", "share", "half", "third", "quarter", "majority", "most") or
                tok.head.head.text.replace(".", "").isdigit()) and _vote_of_an_election(tok):
            return None  # "won 3.96 percent of the national vote in the election": the election's votes, no vote
        if lemma in ("conference", "briefing") and compounds & {"press", "news"}:
            return "press conference"
        if lemma in ("call", "conversation", "talk", "talks") and compounds & {"phone", "telephone"}:
            return "phone call"
        if lemma in ("cut", "loss", "reduction") and compounds & {"job", "jobs"}:
            return "job cuts"
        if lemma == "cut" and compounds & {"power", "electricity"}:
            return "outage"  # "Power cuts of up to 16 hours hit southern Punjab"
        rate = next((c for c in tok.children if c.dep_ == "compound" and c.lemma_ == "rate"), None) \
            if lemma in lx.RATE_MOVES else None
        if rate is not None and all(
                d.lower_ in lx.RATE_KINDS or d.lower_ in lx.RATE_MOVE_DONE for d in rate.children
                if d.dep_ in ("compound", "amod")) and any(
                c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.lower_ in lx.RATE_MOVE_DONE
                for c in (*tok.children, *rate.children)):
            # "its third interest rate cut this year", "a surprise rate hike" (not "hopes of a rate cut", "the
            # unemployment rate rise")
            return lx.RATE_MOVES[lemma]
        if lemma in ("sale", "issue", "offering", "deal") and compounds & lx.SECURITIES:
            return "bond sale"
        if lemma == "round" and compounds & lx.FUNDING_WORDS:
            return "funding round"  # "a Series B funding round", "a seed round"
        if lemma == "purchase":
            bought = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                      if o.dep_ == "pobj"]
            if any(o.pos_ == "PROPN" for o in bought):
                return "acquisition"  # "the company's planned purchase of Daugava Feeder Lines"
            # "the purchase of four firefighting aircraft", not "the purchase of a coffee" or "with every purchase"
            return "purchase" if any(o.lemma_ in lx.BIG_PURCHASES for o in bought) else None
        if lemma in ("succession", "consultation") and (tok.head.lower_ == "in" or any(
                c.lower_ in ("quick", "rapid", "close") for c in tok.children)):
            return None  # "in quick succession", "in consultation with": no event
        if lemma == "collapse" and any(t.lemma_ in lx.SLOPES for c in tok.children for t in (
                [c] if c.dep_ == "compound" else [o for o in c.children if o.dep_ == "pobj"] if c.lower_ == "of"
                else [])):
            return "landslide"  # "the collapse of the hillside", "the hillside collapse"
        if lemma == "show" and any(c.dep_ in ("compound", "amod") and c.lower_ in lx.SHOWS for c in tok.children):
            return "show"  # "his final show in Milan", not "polls show"
        if lemma == "freeze" and any(c.dep_ in ("compound", "amod") and c.lower_ in lx.FROZEN for c in tok.children):
            return "freeze"  # "the price freeze"
        if lemma == "promotion" and (not (any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) or any(
                c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.ent_type_ == "PERSON") for c in tok.children))
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            return None  # "his promotion to captain", not "a sales promotion" or "the promotion of tourism"
        if lemma == "listing" and not (any(c.dep_ in ("compound", "amod") and c.lower_ in lx.LISTING_WORDS
                                           for c in tok.children) or _on_an_exchange(tok)):
            return None  # "its listing on the Nigerian Exchange", "a stock market listing", not "an online listing"
        if lemma == "occupation" and not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and (o.lemma_ in lx.OCCUPIED_SITES or o.pos_ == "PROPN") for o in c.children)
                for c in tok.children) and not any(c.dep_ in ("compound", "amod") and c.lower_ in (
                    "student", "students", "campus", "factory", "building", "site") for c in tok.children):
            return None  # "the students' occupation of the main building", not "by occupation" (a trade)
        if lemma == "release" and (not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and (o.lemma_ in lx.RELEASED_BEINGS or o.ent_type_ == "PERSON")
                for o in c.children) for c in tok.children) or
                tok.head.lower_ == "for" and tok.head.head.lemma_ in CALLING_FOR or
                tok.dep_ == "dobj" and tok.head.lemma_ in ("demand", "seek", "urge")):
            # "the release of the hostages", not "its release in March" (a book's), a press release, or "called for
            # the release of jailed journalists" (asked for, not done)
            return None
        if lemma == "drilling" and not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in WORK_STAGES or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_ in lx.DRILLED for o in c.children)
                for c in tok.children)):
            return None  # "drilling began in 2023", "the drilling of three wells", not "opposed offshore drilling"
        if lemma == "passage" and not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and _a_law(o) for o in c.children) for c in tok.children):
            return None  # "the passage of the bill", not "a passage in the book" or "safe passage"
        if lemma == "seizure" and not any(c.dep_ == "compound" and (c.lemma_ in lx.SEIZED or c.lemma_ in lx.SEIZERS)
                                          or c.dep_ == "prep" and c.lower_ == "of" and any(
                                              o.lemma_ in lx.SEIZED or o.pos_ == "PROPN" for o in c.children)
                                          for c in tok.children):
            return None  # "the seizure of the trawler", "a record cocaine seizure", not "suffered a seizure"
        if lemma in ("crush", "stampede") and not _a_crowd_crush(tok):
            return None
        if lemma in ("approval", "withdrawal") and not any(
                c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss" for c in tok.children):
            return None  # "the approval of the drug", "the agency's approval", not "won approval" alone
        if lemma == "cap" and not any(c.dep_ == "prep" and c.lower_ == "on" and any(
                o.lemma_ in lx.CAPPED for o in c.children) for c in tok.children):
            return None  # "a cap on rice exports", not a market cap, a hat or "a cap on his career"
        if lemma == "signing" and tok.dep_ == "compound" and tok.head.lemma_ in lx.EVENT_NOUNS:
            return None  # "the signing ceremony": the ceremony (of a signing), no player's transfer
        if lemma in ("drill", "exercise") and not any(c.dep_ in ("amod", "compound") and c.lower_ in lx.DRILL_KINDS
                                                      for c in tok.children):
            return None  # "an evacuation drill", "joint naval exercises", not "a drill bit" or "a costly exercise"
        if lemma == "voyage" and not any(c.dep_ in ("amod", "compound") and c.lower_ in lx.NOTED_VOYAGES
                                         for c in tok.children):
            return None  # "its first commercial voyage", "the maiden voyage", not "a perilous voyage"
        if lemma == "campaign" and not _a_campaign_of_work(tok):
            return None  # "a spraying campaign", "a campaign to vaccinate 60,000 dogs", not "his campaign"
        if lemma == "summit" and (tok.head.lower_ in ("of", "to", "near", "below", "from") and (
                tok.head.head.lemma_ in DISTANCE_UNITS or tok.head.head.lemma_ in ("climb", "reach", "near")) or
                tok.dep_ == "dobj" and tok.head.lemma_ in ("climb", "reach")):
            return None  # "within 8 km of the summit", "climbers reached the summit": a mountain's top
        if lemma == "find" and any(c.dep_ == "amod" and c.lower_ in ("good", "great", "real", "nice", "lucky",
                                                                      "brilliant")
                                   or c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "of" and any(
                                       o.lemma_ in SEASONS for o in c.children)) for c in tok.children):
            # "a rare-earth find", "the find", not "a good find for the club" or "the find of the season" (a player)
            return None
        if lemma == "outburst":  # "a glacial lake outburst (flood)", not "an outburst of anger"
            return "flood" if any(c.dep_ in ("compound", "amod", "poss") and c.lemma_ in ("lake", "glacial", "glacier")
                                  for c in tok.children) or tok.head.lemma_ == "flood" else None
        if lemma == "fall" and not any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and o.lemma_ in lx.FALLING_THINGS for o in c.children) for c in tok.children):
            return None  # "the fall of a cable-car cabin", not "a fall in prices" or "the fall of Kabul"
        if lemma == "damage" and not any(c.dep_ == "prep" and c.lower_ == "to" and any(
                o.dep_ == "pobj" and o.lemma_ in lx.INFRASTRUCTURE for o in c.children) for c in tok.children):
            return None  # "damage to the undersea cable", not "the damage was done" or "damage to his reputation"
        return lx.EVENT_NOUNS.get(lemma) or lx.EVENT_NOUNS.get(low)
    if tok.pos_ == "VERB":
        lemma = _lemma(tok)
        if tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound") and tok.head.lemma_ in ("ceremony", "gala") and \
                lemma in ("open", "reopen", "inaugurate", "launch"):
            return lx.EVENT_NOUNS.get(tok.lower_) or lx.EVENT_VERBS.get(lemma)  # "the reopening gala"
        if lemma == "lift" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            return "launch"
        if lemma == "walk" and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "off")
                                   for c in tok.children):
            return "strike"  # "workers walked out", "walked off the job"
        if lemma == "rule" and any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in ("against", "for")
                                   for c in tok.children):
            return "ruling"  # "the court ruled that ...", not "ruled out" or "ruled the country"
        if lemma in lx.JOB_CUT_VERBS and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in lx.JOBS
                                             for c in tok.children):
            return "job cuts"  # "would cut about 1,100 jobs", "600 posts will be axed"
        if lemma == "lay" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            return "job cuts"
        if (lemma in lx.RATE_CUTS or lemma in lx.RATE_RISES) and not _only_wished(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_ == "rate" and any(
                    d.dep_ in ("compound", "amod") and d.lower_ in lx.RATE_KINDS for d in c.children) and not any(
                    d.dep_ in ("prep", "acl") for d in c.children) for c in tok.children):
            # "cut its key policy rate by 25 basis points" (not "the interest rate on student loans", "the base rate
            # of income tax", "the base rate paid to drivers")
            return "rate cut" if lemma in lx.RATE_CUTS else "rate rise"
        if lemma == "flood" and not _only_wished(tok) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in lx.FLOODED_SITES for c in tok.children):
            return "flood"  # "the shaft flooded during a night shift", "the river flooded the valley"
        if lemma == "lock" and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in tok.children) \
                and not _only_wished(tok) and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in lx.LOCKED_OUT
                                                  for c in tok.children) and \
                not any(o.lemma_ in lx.NOT_LOCKED_FROM for t in tok.subtree if t.lower_ == "of"
                        for o in t.children if o.dep_ == "pobj"):
            return "lockout"  # "locked 600 dockworkers out", not "locked customers out of their accounts"
        if lemma == "crash" and _what_acts(tok).lemma_ in NOT_CRASHING:
            return None  # "a declaration system that crashed repeatedly", "shares crashed": no accident
        if lemma == "derail" and not _only_wished(tok) and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_ in lx.RAIL_VEHICLES for c in tok.children):
            return "crash"  # "a freight train derailed near Mpika", "rebels derailed a supply train"
        if lemma in ("devalue", "devaluate") and not _only_wished(tok) and not (
                tok.dep_ == "xcomp" and _only_wished(tok.head)) and \
                not any(a.lemma_ in ("deny", "rule") for a in tok.ancestors):
            return "devaluation"  # (not "said it would not devalue", "denied that it planned to devalue")
        if lemma == "recount" and tok.pos_ == "VERB":
            # "began recounting ballots from Baucau" (not "recounted how the water rose": a telling)
            return "recount" if not _only_wished(tok) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in ("ballot", "vote", "paper") for c in tok.children) \
                else None
        if lemma in ("close", "shut") and not _only_wished(tok) and not _closed_for_a_while(tok):
            for_good = any(c.lower_ in lx.CLOSED_FOR_GOOD for c in tok.children) or \
                "for good" in tok.doc[tok.i + 1:tok.i + 6].text
            closed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") or
                      c.dep_ == "nsubj" and not any(d.dep_ == "dobj" for d in tok.children)]
            if any(c.tag_ != "NNS" and not any(d.lower_ == "no" for d in c.children) and
                   (c.lemma_.lower() in lx.CLOSED_SITES or for_good and c.lemma_.lower() in lx.OPENED_FACILITIES)
                   for c in closed):  # (and "the X Memorial Bridge was closed", a name's last word)
                return "closure"  # "the factory will close at the end of June", "shut its last coal mine"
        if lemma == "arrive" and any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children) for c in tok.children):
            return "arrival"  # "the pandas arrived in Lyon", not "arrived at a decision"
        if lemma in ("leak", "spill") and any(c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in tok.children):
            return "spill"  # "a tanker leaked crude into the gulf", not "leaked the memo to reporters"
        if lemma == "escape":  # "41 inmates escaped from the prison", not "escaped injury" or "escaped the heat"
            held = [o.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children]
            if any(o in lx.HELD_IN or o in ("prison", "jail", "centre", "center", "facility", "penitentiary")
                   for o in held):
                return "jailbreak"
            return "escape" if any(o in ANIMALS_KEPT_IN for o in held) else None  # "a lynx escaped from the zoo"
        if lemma == "launch" and any(c.dep_ == "dobj" and (c.lemma_ in lx.EVENT_NOUNS or c.lower_ in lx.EVENT_NOUNS)
                                     and c.lemma_ != "launch" for c in tok.children):
            return None  # "launched a manhunt", "launched a boycott": the event is the noun's
        if lemma == "break" and any(c.dep_ in ("prep", "prt") and c.lower_ == "into" for c in tok.children):
            return "theft"  # "thieves broke into the museum"
        if lemma == "break" and any(c.dep_ in ("dobj", "npadvmod") and c.lower_ == "ground" and
                                    not any(a.lower_ == "new" for a in c.children) for c in tok.children) and \
                any(c.dep_ == "prep" and c.lower_ in ("on", "for") for c in tok.children):
            return "groundbreaking"  # "X broke ground on a chip plant", not "broke new ground in research"
        if lemma == "cap" and any(c.dep_ == "dobj" and c.lemma_ in lx.CAPPED for c in tok.children):
            return "cap"  # "Vietnam caps rice exports", not "capped a fine season" or "snow capped the peaks"
        if lemma == "run" and any(c.lower_ == "aground" for c in tok.children):
            return "grounding"  # "the ship ran aground"
        if lemma == "collapse" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in lx.SLOPES
                                       for c in tok.children):
            return "landslide"  # "a rain-soaked hillside collapsed onto the neighbourhood"
        if lemma == "freeze" and any(c.dep_ == "dobj" and c.lower_ in lx.FROZEN for c in tok.children):
            return "freeze"  # "will freeze prices on 500 items"
        if lemma == "splash" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children):
            return "splashdown"
        if lemma == "switch" and not any(t.lower_ in ("back", "again", "off") for t in tok.doc[tok.i + 1:tok.i + 5]) \
                and (any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children) and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in lx.OPENED_FACILITIES for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "on" and c.i == tok.i + 1 and any(
                    o.dep_ == "pobj" and o.lemma_ in lx.OPENED_FACILITIES for o in c.children)
                for c in tok.children) or  # "a microgrid was switched on there on Tuesday" (however "on" is parsed)
                tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "on" and
                not any(o.dep_ == "pobj" for o in tok.nbor(1).children) and any(
                c.dep_ == "nsubjpass" and c.lemma_ in lx.OPENED_FACILITIES for c in tok.children)):
            return "opening"  # "switched on its first geothermal power station" (however "on" is parsed)
        if lemma in ("ban", "approve") and (any(c.dep_ == "neg" for c in tok.children) or not any(
                c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in tok.children)):
            return None  # "banned Adom Gold palm oil", "approved the first insulin", not "did not ban" or "approved it"
        if lemma == "drill":  # "the wells were drilled in 2023", not "troops drilled" or "drilled the players"
            return "drilling" if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in lx.DRILLED
                                     for c in tok.children) else None
        if lemma == "deliver" and (tok.tag_ in ("VBZ", "VBP") and not any(a.dep_ == "aux" for a in tok.children) or
                                   not any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and
                                           c.lemma_ not in lx.NOT_DELIVERED and not any(
                                               d.lower_ in lx.NOT_DELIVERED for d in c.children if d.i < c.i)
                                           for c in tok.children)):
            return None  # "began delivering 1.2 million textbooks", not "delivered a speech" or "its verdict"
        if lemma == "find" and (any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in ("decline", "danger", "trouble", "breach")
                                                              for o in c.children) for c in tok.children)):
            return None  # "found a settlement acceptable", "found them to be forgeries"
        if lemma in ("discover", "uncover", "unearth", "find") and not any(
                c.lemma_ in lx.FINDS or c.lower_ in lx.FINDS or any(
                    d.dep_ in ("compound", "amod") and d.lemma_ in lx.FINDS for d in c.children)
                for c in _found_things(tok)):
            return None  # a find ("uncovered a Roman mosaic floor"), not a finding ("discovered that ...")
        if lemma == "succeed" and not any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in ("him", "her"))
                                          for c in tok.children):
            return None  # a person succeeded ("will succeed him") is a succession; "efforts succeeded" is none
        if lemma == "block" and any(c.dep_ == "dobj" and c.lemma_ in lx.BLOCKED_WAYS for c in tok.children):
            return "blockade"  # "farmers blocked the main highway"
        if lemma == "open" and any(c.lemma_ in lx.OPERABLE and not any(a.lower_ in ("new", "first") for a in c.children)
                                   for c in _objects(tok)) and any(
                c.dep_ in ("advcl", "xcomp") and _infinitive(c) for c in tok.children):
            return None  # "engineers opened the dam to release water": worked, not opened for the first time
        if lemma in ("open", "reopen", "inaugurate") and (
                not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) and
                any(c.dep_ in ("dobj", "nsubjpass") and _a_facility(c) for c in tok.children) or
                not any(c.dep_ == "dobj" for c in tok.children) and
                any(c.dep_ == "nsubj" and _a_facility(c) for c in tok.children)):
            # "opened a vaccine factory", "opened the first section of its metro", "the airport reopened to
            # flights", not "opened an inquiry" or "shares opened lower"
            return "reopening" if lemma == "reopen" else "opening"
        if lemma in ("raise", "lower", "issue", "declare", "lift") and any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_ == "alert" or any(
                    d.dep_ in ("compound", "amod") and d.lemma_ in lx.ALERTS for d in c.children) or
                    c.lemma_ == "warning" and any(d.dep_ in ("compound", "amod") and d.lemma_ in lx.HAZARDS
                                                  for d in c.children))
                for c in tok.children):
            return "alert"  # "raised the alert level at Mount X", "issued a tsunami warning"
        if lemma == "sign" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in lx.SIGNED_DOCUMENTS and not any(
                p.dep_ == "prep" and p.lower_ == "for" for p in c.children) for c in tok.children):
            return "signing"  # "signed the order at City Hall", "signed a 30-year concession"
        signed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if lemma == "sign" and signed and not any(_a_person(c) for c in signed):
            return None  # a player's transfer is signing him, not "signed a deal" (a deal of its own) or a letter
        if lemma == "promote" and not (any(c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "xcomp" and
                                           _infinitive(c) for c in tok.children) and any(
                c.dep_ in ("dobj", "nsubjpass") and _a_person(c) for c in tok.children)):
            return None  # "promoted X to yokozuna", not "promoted tourism"
        if lemma == "list" and not (_on_an_exchange(tok) or any(c.dep_ in ("dobj", "nsubjpass") and
                                                                  c.lemma_ in lx.SECURITIES for c in tok.children)):
            return None  # "will list its shares on the exchange", not "listed three reasons"
        if lemma == "occupy" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in lx.OCCUPIED_SITES
                                         for c in tok.children):
            return None  # "students occupied the main building", not "occupied second place"
        if lemma in ("release", "free") and not _released(tok):
            return None  # "42 bison were released into the reserve", not "released a statement"
        if lemma in ("buy", "purchase", "order", "acquire") and any(c.lemma_ in lx.BIG_PURCHASES
                                                                     for c in _objects(tok)):
            return "purchase"  # "Serbia will buy four firefighting aircraft" (a state's or a firm's fleet)
        people = [c for c in _objects(tok) if c.lemma_ in lx.RESCUED]
        if lemma in lx.RESCUE_ACTS and people and any(c.dep_ == "nsubj" and (c.lemma_ == "rescuer" or c.lemma_ in (
                "team", "worker", "crew", "diver", "service") and any(d.lower_ == "rescue" for d in c.children))
                for c in tok.children):
            return "rescue"  # "Rescue teams on Monday brought down five climbers", "rescuers pulled 12 miners out"
        if lemma == "rescue" and people:
            return "rescue"  # "the coastguard rescued 12 sailors", not "rescued the bank"
        if lemma == "pass":  # "the assembly passed the bill", "the Inuktut First Act passed its third reading"
            return "passage" if _law_passed(tok) is not None else None
        if lemma == "protest":
            # "About 200 people protested outside the regional government building": a protest (not "protested
            # that the rules were unfair", a statement, or "the company protested the ruling")
            if any(c.dep_ in ("ccomp", "dobj") for c in tok.children) or not any(
                    c.dep_ == "nsubj" and (c.lemma_ in lx.PROTESTERS or any(n.dep_ == "nummod" for n in c.children))
                    for c in tok.children) or any(c.dep_ == "prep" and (
                        c.lower_ == "to" or c.lower_ == "on" and not any(o.ent_type_ == "DATE" for o in c.children))
                        for c in tok.children):
                return None  # (not "the players protested to the referee", "the coach protested on the sidelines")
            return "protest"
        if lemma == "seize" and not any(c.lemma_ in lx.SEIZED for c in _objects(tok)):
            return None  # "seized six tonnes of scales", "the trawler was seized", not "seized the chance" or "on"
        if lemma == "grant" and not any(d.dep_ == "neg" for d in tok.children) and not (
                tok.dep_ == "xcomp" and tok.head.lemma_ in lx.REFUSING) and _permit_granted(tok) is not None:
            return "approval"  # "granted Andes Litio an environmental permit" (however the parser hung the permit)
        if lemma == "grant":
            return None  # (not "granted asylum" or "granted bail")
        if lemma == "capsize" and not any(c.dep_ == "nsubj" and c.lemma_ in lx.VESSELS
                                          for c in _subject_holder(tok).children):
            return None  # "a ferry capsized", not "the ruling party capsized in the polls"
        if lemma == "acquit" and any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in tok.children):
            return None  # "the defence acquitted itself well": no acquittal
        if lemma in lx.FALLING_VERBS:
            subject = next((c for c in _subject_holder(tok).children if c.dep_ == "nsubj"), None)
            # "the cabin dropped about six metres onto a slope", "a crane toppled onto the quay", not "prices fell",
            # "the wall fell silent", "fell into disrepair", "fell to rebel forces", "the crane dropped its load" or
            # "the lift in sales dropped"
            return "fall" if subject is not None and subject.lemma_ in lx.FALLING_THINGS and not any(
                c.dep_ in ("neg", "acomp", "oprd") or c.dep_ == "dobj" and not any(
                    n.dep_ == "nummod" for n in c.children) or c.dep_ == "prep" and (c.lower_ == "to" or any(
                        o.lemma_ in lx.FALLEN_STATES for o in c.children)) for c in tok.children) and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "in") for c in subject.children) else None
        if lemma == "damage":  # "the undersea cable was damaged", "an anchor damaged the pipeline"
            return "damage" if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in lx.INFRASTRUCTURE
                                   for c in tok.children) and not any(c.dep_ == "neg" for c in tok.children) \
                else None
        kind = lx.EVENT_VERBS.get(lemma)
        if kind == "meeting" and any(c.dep_ == "dobj" and (c.lemma_.lower() in lx.MET_AS_SATISFIED or
                                                           c.lower_.rstrip("s") in lx.MET_AS_SATISFIED)
                                     for c in tok.children):
            return None  # "met the Green Bond Principles", "met its targets"
        if kind == "transfer" and not any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in tok.children):
            return None  # "signed striker X", not "signed a deal"
        if kind == "bond sale" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in lx.SECURITIES
                                           for c in tok.children):
            return None  # "sold a $1.2 billion green bond", not "sold its stake"
        if kind == "acquisition" and not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children):
            return None
        if kind == "agreement" and not any(c.dep_ == "prep" and c.lower_ in ("to", "on") and
                                           any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children)
                                           for c in tok.children):
            return None  # "agreed to acquire X" is the acquisition; "agreed to a framework" is an agreement
        return kind
    return None


# What work does when it is reported as done: "drilling began in 2023", "was halted for five months"
WORK_STAGES = frozenset({"begin", "start", "resume", "halt", "stop", "finish", "complete", "end", "suspend"})
CALLING_FOR = frozenset({"call", "press", "push", "campaign", "appeal", "plead", "ask", "lobby", "pray"})


def _a_law(tok: Token) -> bool:
    """Whether a noun phrase is a law or a bill: "the bill", "the Inuktut First Act", "a budget"."""
    return tok.lemma_.lower() in lx.LAWS and (tok.is_lower or tok.pos_ == "PROPN")


def _law_passed(verb: Token) -> Token | None:
    """The law a "pass" verb passes: its object, its passive subject, or its subject ("the Act passed its third
    reading"), not "passed the ball" or "time passed"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "nsubj") and _a_law(c):
            return c
    return None


BENCH_SIZES = frozenset({"member", "judge", "full", "appeal", "appeals", "appellate", "three", "five", "seven", "nine"})
def _a_crowd_crush(tok: Token) -> bool:
    """ "a crowd crush at the stadium", "a stampede for food aid", not "a crush on him" or "a stampede of investors
    into gold"."""
    if tok.lemma_ == "crush":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in ("crowd", "deadly", "fatal") for c in tok.children)
    return not any(c.dep_ == "prep" and (c.lower_ == "into" or c.lower_ == "of" and any(
        o.lemma_ in lx.NO_CROWD for o in c.children)) for c in tok.children)


def _permit_granted(verb: Token) -> Token | None:
    """The permit a "grant" verb grants: "granted X a permit", "X was granted a licence", "a permit was granted"
    (however the parser hung it), not "granted him bail"."""
    apposed = [a for d in verb.children if d.dep_ == "dative" for a in d.children if a.dep_ == "appos"]
    return next((c for c in _objects(verb) + apposed if c.lemma_ in lx.PERMITS), None)


def _objects(verb: Token) -> list[Token]:
    """What a verb acts on: its object, or its subject when it is passive."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _infinitive(tok: Token) -> bool:
    """Whether a verb is a "to" infinitive: "to vaccinate", "to restore"."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _campaign_clause(tok: Token) -> Token | None:
    """What a campaign is to do, on its noun or, for "began a campaign on Monday to vaccinate ...", on the verb."""
    return next((c for c in tok.children if c.dep_ in ("acl", "relcl") and _infinitive(c)), None) or next(
        (c for c in (tok.head.children if tok.dep_ == "dobj" else ()) if c.dep_ in ("advcl", "xcomp") and
         c.i > tok.i and _infinitive(c)), None)


def _a_campaign_of_work(tok: Token) -> bool:
    """A campaign that is work done somewhere ("the largest spraying campaign", "began a door-to-door campaign to
    vaccinate 60,000 dogs"), not a run for office, a season, an advert or a pressure campaign."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    if any(c.lower_ in lx.NOT_CAMPAIGNS or c.pos_ in ("PROPN", "PRON") or c.ent_type_ for c in mods):
        return False  # ("his re-election campaign", "their Champions League campaign", "an advertising campaign")
    if any(c.pos_ in ("NOUN", "VERB") and c.lower_.endswith(("ing", "tion")) for c in mods if c.dep_ != "poss"):
        return True
    aims = [c for c in (*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ()))
            if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.i > tok.i and _infinitive(c)]
    return any(a.lemma_ not in lx.NOT_CAMPAIGN_AIMS for a in aims) and (
        tok.dep_ != "dobj" or tok.head.lemma_ in ("launch", "begin", "start", "run", "conduct", "carry"))


def _on_an_exchange(tok: Token) -> bool:
    """ "list its shares on the Nigerian Exchange", "its listing on the stock exchange"."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in ("exchange", "bourse") or o.lower_ == "nasdaq")
        for o in c.children) for c in tok.children)


def _subject_holder(verb: Token) -> Token:
    """The verb whose subject a verb has: itself, or the verb it is joined to ("the cabin came loose and dropped")."""
    return verb.head if verb.dep_ == "conj" else verb


def _released(tok: Token) -> bool:
    """Whether "released" frees someone (prisoners, hostages, animals into the wild) or lets goods out of a reserve,
    not a report, a film, gas or a bank's money."""
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in lx.RELEASED_BEINGS for c in tok.children):
        return True  # "42 bison were released", "freed the hostages"
    if tok.dep_ == "conj" and any(c.dep_ in ("nsubjpass", "nsubj") and c.lemma_ in lx.RELEASED_BEINGS
                                  for c in tok.head.children):
        return True  # "Fourteen lions captured in Namibia were released into the park"
    # goods released from a reserve: "will release 60 million pounds of syrup from their strategic reserve", not
    # "released $1.5 billion from its loan-loss reserves"
    goods = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return tok.lemma_ == "release" and bool(goods) and not any(
        g.ent_type_ == "MONEY" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children) or
        g.lemma_ in lx.MONEY_WORDS for g in goods) and any(  # ("60 million pounds of syrup" is syrup)
        c.dep_ == "prep" and c.lower_ == "from" and any(
            o.dep_ == "pobj" and o.lower_ in lx.RESERVES and not any(
                m.lower_ in lx.MONEY_WORDS or "loss" in m.lower_ for m in o.children) for o in c.children)
        for c in tok.children) or _person_released(tok)


def _person_released(tok: Token) -> bool:
    """Whether "released" frees a person from where one is held: "released from prison", "released on bail" (not
    "Universal released Oppenheimer")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _a_person(c) for c in tok.children) and any(
        c.dep_ == "prep" and (c.lower_ == "from" and any(o.dep_ == "pobj" and o.lemma_ in lx.HELD_IN
                                                         for o in c.children) or
                              c.lower_ == "on" and any(o.lower_ == "bail" for o in c.children))
        for c in tok.children)


# What a line, a crossing or a service that opens carries: "a bus rapid transit line", "the border crossing"
TRANSIT_WORDS = frozenset({"bus", "rail", "railway", "metro", "tram", "tramway", "transit", "train", "ferry", "subway",
                           "commuter", "light-rail", "underground", "cable-car", "border", "road", "rapid", "bridge",
                           "brt", "monorail", "shuttle", "air", "flight", "shipping", "pipeline", "power"})


WISHED_BY = frozenset({"urge", "expect", "refuse", "decline", "want", "plan", "threaten", "fear", "demand", "ask",
                       "call", "press", "consider", "propose", "hope", "refrain", "rule", "forecast", "predict",
                       "push", "lobby", "resist", "oppose", "vow"})
HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "would", "should", "must"})


def _only_wished(verb: Token) -> bool:
    """Whether a verb tells of an act that did not happen and is not announced: "did not raise", "may close",
    "urged the Fed to cut", "refused to close the mine", "if the factory closes", "closing it would be a mistake"."""
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX or
           c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    if verb.dep_ in ("csubj", "csubjpass") or verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and head.lemma_ in WISHED_BY or \
        verb.dep_ == "pcomp" and head.head.lemma_ in WISHED_BY  # ("refrained from raising its rate")


def _vote_of_an_election(tok: Token) -> bool:
    """Whether "the vote" is an election's votes, named right after it: "3.96 percent of the national vote in the
    Oct. 18 parliamentary election" (not "64 percent of the vote, a week before the election")."""
    doc = tok.doc
    for t in doc[tok.i + 1:min(len(doc), tok.i + 8)]:
        if t.is_punct:
            return False
        if lx.EVENT_NOUNS.get(t.lemma_) in ("election", "referendum"):
            return doc[tok.i + 1].lower_ in ("in", "at", "of")
    return False


def _papers_handled(tok: Token, lemma: str) -> bool:
    """Whether ballots or votes are papers something is done to ("recounting ballots", "the recount of 68,000
    ballots", "hundreds of its votes were declared invalid"), not votes held."""
    head = tok.head
    while head.lower_ == "of" and head.head.i != head.i:  # ("the recount of ballots", "hundreds of its votes")
        head = head.head
        if head.dep_ in ("nsubjpass", "dobj", "nsubj", "pobj") and head.pos_ in ("NOUN", "NUM"):
            head = head.head if head.lemma_ not in ("recount", "count") else head
    # (a "vote" rejected, cast or examined is a motion's: "rejected two no-confidence votes", "cast 260 votes in
    # favour"; only ballots are papers then, and the votes "cast in Tuesday's election")
    return head.lemma_ in ("recount", "count", "spoil", "invalidate", "declare", "annul", "discard", "judge") or \
        lemma == "ballot" and head.lemma_ in ("cast", "print", "deliver", "reject", "check", "examine", "validate") or \
        head.lemma_ == "cast" and any(lx.EVENT_NOUNS.get(t.lemma_) in ("election", "referendum") for t in head.subtree)


def _closed_for_a_while(verb: Token) -> bool:
    """Whether a closing is for a time: "closed early", "shut for two weeks", "closed at midnight", "for the
    holidays", "closed to new admissions" (not "for good")."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ("early", "temporarily", "briefly", "overnight"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "until", "till", "to") and \
                not any(o.lower_ == "good" for o in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "at" and any(o.ent_type_ == "TIME" or o.lower_ in ("noon", "midnight")
                                                         for o in c.subtree):
            return True
    return False


def _found_things(tok: Token) -> list[Token]:
    """What a verb found or uncovered, past a number ("found one of the largest deposits" found deposits)."""
    return [_counted(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def _counted(thing: Token) -> Token:
    """What an amount or a number is of: the scales of "six tonnes of pangolin scales", the deposits of "one of the
    largest deposits"; the word itself when it is no amount."""
    if thing.lemma_ in AMOUNT_UNITS or thing.lower_ in ("one", "some", "several", "many") or thing.pos_ == "NUM":
        return next((o for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), thing)
    return thing


def _a_facility(tok: Token) -> bool:
    """Whether a noun phrase is a building or a line that opens: "a factory", "the first section of its metro"."""
    if tok.tag_ == "NNS":
        return False
    if tok.lemma_ in lx.OPENED_FACILITIES:
        return True
    if tok.lemma_ == "house" and any(c.dep_ in ("compound", "amod") and c.lower_ in ("opera", "power", "court")
                                     for c in tok.children):
        return True  # "the opera house reopens", "a power house"
    if tok.lemma_ in ("line", "crossing", "checkpoint", "link", "corridor", "service", "route") and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in TRANSIT_WORDS for c in tok.children):
        return True  # "its first bus rapid transit line", "the border crossing", "a ferry service"
    return tok.lemma_ in ("section", "stretch", "phase", "leg", "part", "extension") and any(
        o.lemma_ in lx.OPENED_FACILITIES for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj")


def _a_person(tok: Token) -> bool:
    """Whether a noun phrase's head names a person: "X", "him", "wrestler X", "coach X"."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in ("him", "her", "them") or any(
        c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in tok.children)


def _event_parties(reader: _Reader, tok: Token) -> tuple[list[int], int | None, int | None]:
    participants: list[int] = []
    obj = agent = None

    def take(t: Token) -> int | None:
        if t.lower_ == "they":  # "X and Y said they had agreed to merge": both
            for both in reader.they(t):
                if both not in participants:
                    participants.append(both)
            return None
        e, _ = reader.speaker(t) if t.pos_ == "PRON" else (reader._entity_in(t), None)  # "coach X": X
        if e is None and t.lower_ in MEMBERS_OF:  # "the decision by the board of X": X's
            e = next((reader._entity_in(o) for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                      for o in p.children if o.dep_ == "pobj"), None)
        if e is not None and reader.entities[e].kind in ("Person", "Organization") and e not in participants:
            participants.append(e)
        if t.dep_ in ("nsubj", "nsubjpass"):
            for conj in t.conjuncts:  # "X and Y agreed to merge": both
                c = reader._entity_in(conj)
                if c is not None and reader.entities[c].kind in ("Person", "Organization") and c not in participants:
                    participants.append(c)
        return e if e is not None and reader.entities[e].kind in ("Person", "Organization") else None

    if tok.pos_ == "VERB":
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        subj = reader.agent(tok) if passive is None else None
        if subj is not None:
            agent = take(subj)
        if passive is not None:  # "X was sacked by Y"
            obj = take(passive)
        for c in tok.children:
            if c.dep_ == "dobj" or (c.dep_ == "npadvmod" and reader.entity_of(c) is not None and obj is None):
                e = take(c)  # (not the rank "the sport's highest rank", which the parser took for a second object)
                obj = e if e is not None else obj
            if c.dep_ == "agent":
                agent = next((take(o) for o in c.children if o.dep_ == "pobj"), agent)
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                for o in c.children:
                    take(o)
        for c in tok.children:
            if c.dep_ == "nsubj" and agent is None:  # "DUBLIN — Ireland's High Court ruled": not the dateline
                agent = take(c)
            if c.dep_ == "ccomp" and tok.lemma_ == "rule":  # "ruled that X broke the law": X is a party to it
                clause_subject = _subject(c)
                if clause_subject is not None:
                    obj = take(clause_subject)
        for t in tok.doc[tok.i + 1:tok.i + 5] if obj is None and passive is None else ():
            # "X sacked coach Y" read off the words when the parser hangs "sacked" on the noun
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
                break
            if reader.entity_of(t) is not None:
                obj = take(t)
                break
    else:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "with", "between", "by"):
                if c.lower_ == "with" and tok.head.pos_ == "VERB" and tok.dep_ in ("dobj", "nsubjpass"):
                    subj = reader.agent(tok.head)
                    if subj is not None:
                        take(subj)
                for o in c.children:
                    e = take(o)
                    if e is None:
                        for part in o.children:  # a misparsed headline: "with Metro Group collapse", "... OSLO"
                            if part.dep_ == "compound" and part.i < o.i and reader.entity_of(part) is not None:
                                take(part)
                    for conj in o.children:
                        if conj.dep_ == "conj":
                            take(conj)
                    if c.lower_ == "of":
                        obj = e
                    elif c.lower_ == "by":
                        agent = e
            if c.dep_ == "poss":
                if c.lower_ in ("their", "our"):
                    head = tok.head
                    while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head is not head and \
                            head.pos_ != "VERB":
                        head = head.head
                    if head.pos_ == "VERB":
                        subj = reader.agent(head)
                        if subj is not None:
                            take(subj)
                        clause = [head]
                        while clause[-1].dep_ in ("advcl", "xcomp") and len(clause) < 4:
                            clause.append(clause[-1].head)  # "pressed X to lift tariffs during their meeting"
                        for t in head.subtree:
                            if t.dep_ == "pobj" and t.head.lower_ in ("with", "between"):
                                take(t)
                        for verb in clause:
                            for t in verb.children:
                                if t.dep_ == "dobj":
                                    take(t)
                else:
                    take(c)
    return participants, obj, agent


def _event_place(reader: _Reader, tok: Token) -> tuple[int | None, str]:
    """Where an event happened and the preposition that says so: "a conference at X", "walked off the job at X"."""
    heads = [tok]
    for c in tok.children:
        # "walked off the job at X"; "a blockade by local communities at the X mine": where those who act were
        if c.dep_ == "prep" and (c.lower_ in ("off", "out", "outside", "on") or c.lower_ == "by" and
                                 tok.pos_ == "NOUN"):
            heads += [o for o in c.children if o.dep_ == "pobj" and reader.entity_of(o) is None]
    if tok.pos_ == "NOUN":
        # "a meeting with mayors and police commanders in Huaraz": where those it was with were (not "with
        # farmers from Kano", where they came from)
        for o in (o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                  if o.dep_ == "pobj" and reader.entity_of(o) is None):
            for p in o.children:
                e = next((reader.entity_of(t) for t in p.children if t.dep_ == "pobj"), None) \
                    if p.dep_ == "prep" and p.lower_ in ("in", "at") else None
                if e is not None and reader.entities[e].kind == "Place":
                    return e, p.lower_
    if tok.pos_ == "VERB":
        # "delegates at the X Forum in Brussels agreed": where the ones who act are
        heads += [c for c in tok.children if c.dep_ == "nsubj" and reader.entity_of(c) is None]
        # "blocked the main highway near X", "raided offices in Y": where what it was done to is
        heads += [c for c in tok.children if c.dep_ == "dobj" and reader.entity_of(c) is None]
        if tok.dep_ == "xcomp":  # "ordered the Cerro Killari mine in the Ancash region to suspend operations"
            heads += [c for c in tok.head.children if c.dep_ == "dobj" and reader.entity_of(c) is None]
        heads += _nouns_joined_to_verb(tok)
    elif tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.pos_ == "VERB" and \
            tok.head.lemma_ not in lx.REPORTING_VERBS:
        heads.append(tok.head)  # "battled a wildfire in the hills", "the award was published in Dublin"
        if tok.dep_ == "nsubj":  # "a landslide buried two houses near the town of X": where what it struck is
            heads += [c for c in tok.head.children if c.dep_ == "dobj" and reader.entity_of(c) is None]
    if tok.dep_ == "relcl" and any(c.lower_ in ("where", "wherever") for c in tok.children):
        for t in (tok.head, *(o for p in tok.head.children if p.lower_ == "of" for o in p.children)):
            e = reader.entity_of(t)  # "off the island of Sifnos, where the ship ran aground"
            if e is not None and reader.entities[e].kind == "Place":
                return e, "at"
    for h in heads[1:]:
        for c in h.children:
            e = reader.entity_of(c)
            if c.dep_ == "compound" and e is not None and reader.entities[e].kind == "Place":
                return e, "at"  # "the Cerro Killari copper mine"
    for c in tok.children:
        e = reader.entity_of(c)
        if c.dep_ == "poss" and e is not None and reader.entities[e].kind == "Place":
            return e, "in"  # "Mongolia's parliamentary election"
    for h in heads:
        for c in h.children:
            if h.lemma_ in TOURS and c.dep_ == "prep" and c.lower_ == "of":
                e = next((reader.entity_of(o) for o in c.children if o.dep_ == "pobj"), None)
                if e is not None and reader.entities[e].kind == "Place":
                    return e, "in"  # "cancelled a 14-concert tour of Germany, Austria and Switzerland"
            if c.dep_ == "advmod" and c.lower_ in DIRECTIONS:  # "south of X"
                for t in (o for p in c.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
                    e = reader.entity_of(t)
                    if e is not None and reader.entities[e].kind == "Place":
                        return e, "near"
            if c.dep_ == "prep" and c.lower_ == "from" and h.lemma_ in COMING_VERBS:
                continue  # ("the storm came down from the Andes": where it came from)
            if c.dep_ == "prep" and (c.lower_ in ("in", "at", "from", "near", "into", "outside") or c.lower_ in (
                    "through", "across", "around") and (h.lemma_ in MOVING_EVENT_VERBS or h.lemma_ in (
                        "protest", "demonstrate", "strike"))):  # "marched through X", "protested across France"
                for o in c.children:  # "at the United Nations' Palais des Nations": the venue is the apposition
                    # ("in the hills south of X", "near the village of X", "at a farm in X", "outside the regional
                    # parliament in X", "at a ceremony at the headquarters of Y in X": the place the description
                    # is of)
                    near = [t for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ in ("of", "near", "in") and
                            t.head.head.i in {o.i, *(a.i for a in o.children)} or _venue_within(o, t)]
                    near += [t for n in near for p in n.children if p.lower_ == "of" for t in p.children
                             if t.dep_ == "pobj"]  # "into the X museum in the Belgian city of Bruges"
                    # (the name nearest the site first, unless it is a country: "at Lithuania's Klaipeda port" is
                    # at Klaipeda, "at Poland's Belarus border" in Poland)
                    named = [a for a in o.children if a.dep_ in ("compound", "poss", "nmod") and a.i < o.i]
                    named.sort(key=lambda a: -a.i if not _a_country(reader, a) else len(a.doc) + a.i)
                    for t in [o, *(a for a in o.children if a.dep_ == "appos"), *near, *named]:
                        # ("at Auckland hospitals", "at Auckland's hospitals": the place the site is in)
                        e = reader.entity_of(t)
                        owned = _owned_place(reader, t) if e is not None else None
                        if owned is not None:
                            e = owned  # "at Lithuania's Klaipeda port", however the parser hung it
                        if e is not None and reader.entities[e].kind == "Place":
                            return e, "at" if c.lower_ == "at" and t not in near else "in"
                        if e is not None and reader.entities[e].kind == "Event" and \
                                reader.entities[e].location is not None:
                            return reader.entities[e].location, "in"
    for c in tok.children:  # "a ferry capsized on Lake Victoria", "a fire on Mount Kenya" (not "sanctions on Russia")
        for o in (o for o in c.children if o.dep_ == "pobj") if c.dep_ == "prep" and c.lower_ == "on" else ():
            e = reader.entity_of(o)
            if e is not None and reader.entities[e].kind == "Place" and \
                    set(reader.entities[e].name.lower().split()) & lx.FEATURES_ONE_IS_ON and \
                    not set(reader.entities[e].name.lower().split()) & lx.STREET_WORDS:  # (not "on Lake Street")
                return e, "on"
    return None, ""


def _a_country(reader: _Reader, t: Token) -> bool:
    e = reader.entity_of(t)
    return e is not None and lx.canonical(reader.entities[e].name) in lx.COUNTRY_NAMES


def _owned_place(reader: _Reader, t: Token) -> int | None:
    """The place named right after a place's possessive ("Klaipeda port" in "Lithuania's Klaipeda port"), the one
    the event is at."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in ("'s", "\u2019s"):
        return None
    e = reader.entity_of(doc[t.i + 2])
    if e is None or reader.entities[e].kind != "Place" or e == reader.entity_of(t) or \
            lx.canonical(reader.entities[e].name) in lx.COUNTRY_NAMES:
        return None  # (not "at Poland's Belarus border": a country the border is with)
    return e


def _venue_within(venue: Token, t: Token) -> bool:
    """Whether `t` names where a venue is through a chain of "at", "in" and "of" ("a ceremony at the headquarters
    of the registry in Astana"), no "from" or "for" on the way (not "a ceremony for farmers from Kano")."""
    if t.i == venue.i or t.dep_ != "pobj" or t.head.lower_ not in ("in", "at", "of"):
        return False
    steps, node = 0, t
    while node.i != venue.i and steps < 8:
        if node.dep_ == "prep" and node.lower_ not in ("in", "at", "of") or node.dep_ not in ("pobj", "prep"):
            return False
        node, steps = node.head, steps + 1
    return node.i == venue.i


TOWN_BODIES = frozenset({"government", "administration", "police"})  # "the Tashkent city administration"
ABROAD_PREPOSITIONS = frozenset({"across", "into", "over", "from", "to", "throughout"})


def _actor_place(reader: _Reader, tok: Token) -> int | None:
    """The country or town that does what an event is, or whose body does it: "Ghana bans X", "Poland's competition
    watchdog fined ...", "X, South Korea's second-largest chain, said it would freeze prices". A state's acts at
    home (a ban, an approval, a fine) happen there."""
    for t in reader.an.tokens[tok.sent.start:reader.an.sentence_end(tok.i)]:
        e = reader.entity_of(t)
        if e is not None and reader.entities[e].kind == "Place" and t.dep_ == "pobj" and \
                t.head.lower_ in ABROAD_PREPOSITIONS:
            return None  # "Turkey banned flights across northern Syria", "imports from China": not at home
    if tok.pos_ == "VERB":
        subject = reader.agent(tok)
        actors = [subject] if subject is not None else []
        actors += [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    else:
        actors = [c for c in tok.children if c.dep_ == "poss"]
        actors += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
                   if o.dep_ == "pobj"]
        if not actors and tok.dep_ == "pobj" and tok.head.lower_ == "on" and \
                tok.head.head.lemma_ in ("go", "be", "remain", "stay"):
            subject = reader.agent(tok.head.head)  # "Paraguayan teachers went on strike"
            actors = [subject] if subject is not None else []
        if not actors and tok.dep_ == "dobj" and tok.head.lemma_ in DOING_VERBS and \
                lx.EVENT_NOUNS.get(tok.lemma_) not in ("evacuation", "withdrawal"):
            # (not "Israel ordered the evacuation of northern Gaza", "France announced the withdrawal of its envoy")
            subject = reader.agent(tok.head)  # "Kyrgyz prosecutors opened a criminal inquiry"
            actors = [subject] if subject is not None else []
    for actor in actors:
        if actor.pos_ == "PRON":  # "X, Chile's largest chain, said it would freeze prices" (without noting a mention)
            e = reader.before("Organization", actor.idx) if actor.lower_ in ("it", "they") else None
        else:
            e = reader.entity_of(actor)
        if e is not None and reader.entities[e].kind == "Place":
            return e
        if e is not None and reader.entities[e].kind == "Organization":
            return reader.home_of(e)
        if e is None:  # "Mongolia's medicines regulator approved", "the South Korean regulator fined"
            for c in actor.children:
                p = reader.entity_of(c) if c.dep_ == "poss" else None
                if p is None and c.dep_ in ("amod", "compound") and c.lower_ in lx.DEMONYMS:
                    p = reader.place_named(lx.DEMONYMS[c.lower_])
                if p is not None and reader.entities[p].kind == "Place":
                    return p
    return None


# What "crashes" without an accident: software and markets
NOT_CRASHING = frozenset({"system", "website", "site", "server", "computer", "app", "application", "network", "portal",
                          "software", "market", "price", "share", "stock", "currency", "index", "economy"})
# What falls in figures: "a collapse in orders"
FIGURES = frozenset({"order", "sale", "price", "demand", "export", "import", "revenue", "share", "profit", "currency",
                     "value", "market", "output", "investment", "trade", "confidence", "support", "income", "earning"})
# Verbs of coming from somewhere: "from X" tells where one came from, not where it happened
COMING_VERBS = frozenset({"come", "blow", "roll", "head", "arrive", "drift", "travel", "approach", "descend"})
# Where animals are kept, that they escape from
ANIMALS_KEPT_IN = frozenset({"zoo", "enclosure", "cage", "sanctuary", "aquarium", "circus", "paddock"})
STORMS = frozenset({"storm", "typhoon", "hurricane", "cyclone"})
STORM_WORDS = STORMS | lx.STORM_PREFIXES | {"depression", "system"}
# Events one goes to or comes across from abroad as often as at home: what an article filed from a country tells of
# earlier ("Ruto, who attended the summit in February", "the crash in January that killed 157") may be elsewhere
GONE_TO = frozenset({"summit", "meeting", "talks", "visit", "conference", "congress", "crash", "attack", "match",
                     "tournament", "final", "race", "festival", "concert", "exhibition", "ceremony", "funeral",
                     "press conference", "hearing", "trial"})
# What workers do at home: "Slovenia's train drivers began a 48-hour strike", "Paraguayan teachers went on strike"
LABOUR_ACTIONS = frozenset({"strike"})  # (a lockout is the employer's: "Australia's BHP locked out workers in Chile")
# Verbs whose subject does the event that is their object: "opened an inquiry", "imposed a ban", "ordered a recall"
DOING_VERBS = frozenset({"open", "launch", "begin", "start", "order", "impose", "announce", "introduce", "issue",
                         "conduct", "carry", "hold", "declare", "enact", "approve", "grant"})


# Prepositions that tie an event to a clause about something else, at another time
OTHER_TIME_PREPOSITIONS = frozenset({"under", "after", "before", "despite", "following", "since", "until", "against",
                                     "without", "unlike", "like", "amid", "ahead", "over"})


def _lead_place(reader: _Reader, tok: Token) -> int | None:
    """Where the news of the lead happened, when the parse does not tie the place to the event's word: the first
    place the lead's sentence puts something "in", "at" or "near" after it ("an explosion tore through a plant run
    by X on the outskirts of Włocławek in central Poland")."""
    an = reader.an
    if an.in_quote[tok.i] or an.paragraph(tok.idx) != an.paragraph(an.article.body_offset):
        return None
    sentence = an.tokens[tok.sent.start:an.sentence_end(tok.i)]
    after = [t for t in sentence if t.i > tok.i]
    before = [t for t in reversed(sentence) if t.i < tok.i]  # ("raised the alert at Mount X ... a day after steam
    for t in after + before:                                  # explosions sent ash into the sky": the same place)
        e = reader.entity_of(t)
        if e is not None and t.dep_ in ("compound", "poss") and t.head.lemma_ in UNIT_HEADS and \
                t.head.dep_ == "pobj" and t.head.head.lower_ in ("in", "at") and t.i < tok.i and \
                reader.entities[e].kind == "Place" and not an.in_quote[t.i]:
            t = t.head  # "Police in Vietnam's northern Bac Ninh province arrested ...": the province
        if e is None or reader.entities[e].kind != "Place" or t.dep_ != "pobj" or an.in_quote[t.i]:
            continue
        if any(a.i != tok.i and a not in tok.ancestors and a.dep_ == "prep" and a.lower_ == "between"
               for a in t.ancestors):
            continue  # ("a contract to rebuild the railway between the capital and the town of X": an end of it)
        if t.i < tok.i and any(a.dep_ in ("advcl", "acl") and (a.lemma_ in lx.REPORTING_VERBS or a.lemma_ == "speak")
                               for a in t.ancestors):
            continue  # ("Speaking to reporters in Geneva, the leader said a strike would begin": where he spoke)
        if t.head.lower_ in ("in", "at", "near", "outside") or t.head.lower_ == "of" and \
                t.head.head.lemma_ in APPOSED_PLACE_HEADS and \
                not (t.head.head.head.lower_ == "from" and _of_what_is_moved(t.head.head.head, tok)) or \
                t.head.lower_ == "on" and _high_ground(reader, e) and \
                (t.head.head.pos_ != "NOUN" or t.head.head.lemma_ in lx.EVENT_NOUNS):
            return e  # (and "trapped high on Mount X": a mountain's, but not "a wind farm on the Isle of X", nor
            # "stopping freight trains from the port of Koper": where they come from)
    return None


def _of_what_is_moved(prep: Token, event: Token) -> bool:
    """Whether "from X" tells where something other than the event came from: "stopping freight trains from the port
    of X", "flights from the city of Y" (not "a wildfire spread from the town of X", "marchers moved from Z")."""
    word = prep.head
    if word.i == event.i or word.head.i == event.i and word.dep_ == "acl":
        return False
    return word.pos_ == "NOUN" or any(c.dep_ == "dobj" for c in word.children)


def _high_ground(reader: _Reader, e: int) -> bool:
    """Whether a place is one that things happen "on": a mountain, a range, an island."""
    words = name_key(reader.entities[e].name).split()
    return bool(words) and (words[0] in ("mount", "mt", "mont", "monte", "cerro", "isle", "nevado") or
                            words[-1] in ("island", "islands", "mountain", "mountains", "peak", "glacier", "volcano",
                                          "plateau", "range", "massif", "ridge", "planina", "hill", "hills"))


def _event_date(reader: _Reader, tok: Token) -> str | None:
    t: Token = tok
    other_clause = False
    for _ in range(4):
        # ("the merger would save $240 million a year by 2029": what it is to do by then, not when it is)
        deadlines = not (t.i == tok.head.i != tok.i and tok.dep_ == "nsubj" and t.lemma_ not in ASPECT_VERBS)
        date, _place = _when_where(reader, t, exclude=(0, 0), event=tok, deadlines=deadlines and not other_clause,
                                   spans=not other_clause)
        if date:
            return date
        at_that_time = (t is tok and t.pos_ == "VERB" or t.lemma_ in WORK_STAGES and tok.head.i == t.i and
                        tok.dep_ in ("dobj", "nsubj", "nsubjpass")) and t.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("as", "when", "while") for m in t.children)
        # ("gates swung shut on Friday as X opened the barrier", "said on Tuesday, as aircraft began the spraying
        # campaign"; not "prices rose on Monday as the war entered its fourth year")
        framed = t is tok and t.dep_ == "compound" and (t.head.lemma_ in lx.EVENT_FRAMES or
                                                         t.head.lemma_ in lx.BANKRUPTCY_FRAMES)
        # ("filed for bankruptcy protection on Tuesday": the day of the filing the bankruptcy is framed by)
        if t.head is t or t.dep_ not in ("xcomp", "ccomp", "acl", "conj", "pobj", "prep", "nsubj", "nsubjpass",
                                         "dobj") and not at_that_time and not framed or \
                t.dep_ == "prep" and t.lower_ in OTHER_TIME_PREPOSITIONS:
            break  # ("Under the award, teachers will get 4 percent from September": not the award's date)
        if t.dep_ == "conj" and t.pos_ == "VERB" and _own_subject(t) is not None:
            other_clause = True  # ("it had offered a rise from January 2027, and that the union had walked out": the
            # other clause's span is not this one's time; but "Dockers downed tools on Friday and the strike spread")
        t = t.head
    # "ahead of the general election on April 12": a date right after the event noun is its date, wherever the
    # parser hung it
    doc, an = reader.an.tokens, reader.an
    after = tok.i + 1
    if tok.pos_ == "NOUN" and after + 1 < len(doc) and doc[after].lower_ in ("on", "in") and \
            _a_day(an, doc[after + 1]):
        return normalize(an.ent_at[doc[after + 1].i].text, an.reference, past=_reported_as_past(tok),
                         ahead=_told_ahead(tok))
    return None


def _event_name(reader: _Reader, kind: str, obj: int | None, agent: int | None, ev: Event, tok: Token,
                location: int | None) -> str:
    """The name a reader gives the event: "wage talks between X and Y", "leadership vote of the X Party",
    "strike at the Port of Oslo", "agreement on a framework for a levy", from the trigger and its modifiers."""
    names = [reader.entities[p].name for p in ev.participants]
    if kind in lx.EVENTS_OF_A_THING and (thing := _what_it_befell(reader, tok)):
        # "signing of the order", "ban on X oil", "damage to the undersea cable"
        return f"{kind} {'on' if kind in ON_A_THING else 'to' if kind in TO_A_THING else 'of'} {thing}"
    if kind in lx.EVENTS_OF_AN_OBJECT and obj is not None:
        return f"{kind} of {reader.entities[obj].name}" + (
            f" by {reader.entities[agent].name}" if agent is not None and agent != obj else "")
    if kind == "campaign" and (aim := _campaign_aim(reader, tok)):
        return " ".join(_modifiers(reader, tok, kind) + ["campaign", aim])  # "campaign to vaccinate 60,000 dogs"
    own = tok.lemma_.lower() if tok.pos_ == "NOUN" and (tok.lemma_.lower().endswith(kind) or kind == "attack" or
                                                        kind == "crowd crush" and tok.lemma_ != "crush") \
        else kind  # ("an ambush", "a bombing", "a stampede": called by what they were)
    head = _modifiers(reader, tok, kind) + [own]  # "wildfire" is a fire, and readers call it a wildfire
    of: int | None = None
    slot = _slot(tok)
    if tok.pos_ != "VERB" and slot.dep_ == "pobj" and slot.head.lower_ == "in" and slot.head.head.pos_ == "VERB":
        for d in slot.head.head.children:  # "won the leadership of X in a vote": the leadership vote of X
            if d.dep_ == "dobj" and d.lemma_ in lx.OFFICES and reader.entity_of(d) is None:
                head = [d.lower_] + head
                of = next((reader.entity_of(t) for t in d.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"
                           and reader.entity_of(t) is not None), None)
    words = list(dict.fromkeys(" ".join(head).split()))
    name = " ".join(words)
    topic = _topic(reader, tok, kind)
    if topic:
        name += f" on {topic}"
    if kind in ("meeting", "phone call", "talks") and len(names) >= 2:
        return f"{name} between {' and '.join(names[:3])}"
    if kind == "merger" and len(names) >= 2:
        return f"{name} of {' and '.join(names[:3])}"
    if of is not None:
        return f"{name} of {reader.entities[of].name}"
    where = ev.location if ev.location is not None else location
    if where is not None and not topic:
        return f"{name} {reader.event_place_prep.get(kind) or 'in'} {reader.entities[where].name}"
    return name


# Units an amount of goods is counted in: "six tonnes of scales", "a container of ivory"
AMOUNT_UNITS = frozenset({"tonne", "ton", "kilogram", "kilo", "kg", "gram", "pound", "ounce", "litre", "liter",
                          "gallon", "barrel", "bag", "sack", "crate", "box", "container", "shipment", "consignment",
                          "truckload", "cargo", "haul", "batch", "load"})
ON_A_THING = frozenset({"ban", "cap"})  # events that are "on" what they befell: "a ban on X", "a cap on exports"
TO_A_THING = frozenset({"damage"})  # and "to" it: "damage to the cable"


def _what_it_befell(reader: _Reader, tok: Token) -> str:
    """The words for what an event befell: the object of "signed the order", the subject of "42 bison were
    released", what "the release of" is of, or the name of what it befell ("the collapse of the Soviet Union")."""
    thing = _befallen(tok)
    if thing is None or thing.pos_ == "PRON":
        return ""
    if (e := reader.entity_of(thing)) is not None and reader.entities[e].kind != "Place":
        return ""  # (a body or a person it befell names it otherwise: "dismissal of X", "listing of Y")
    words = [t for t in thing.subtree if t.i <= thing.i and not reader.an.in_quote[t.i]]
    if not words or len(words) > 8 or words[-1].i - words[0].i + 1 != len(words) or \
            any(t.is_punct and t.text != "-" or t.is_space for t in words):
        return ""
    kept = [t for t in words if t.ent_type_ not in ("MONEY", "PERCENT")]  # (not "a $240 million vaccine factory")
    text = _words_text(kept)
    if kept and kept[0].dep_ == "poss" and kept[0].lower_ in ("its", "their", "his", "her", "our"):
        # "Guatemala closed its main airport": the closure of Guatemala's main airport (or "the", if the one whose it
        # is has no name)
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ == "VERB" else None
        owner = reader.entity_of(subject) if subject is not None and not subject.conjuncts else None
        owner = owner if owner is not None and reader.entities[owner].kind == "Place" else None  # (a state's own:
        # not "the EPA closed its plant", whose "its" may be another's)
        if owner is not None:
            return f"{reader.entities[owner].name}'s{text[len(kept[0].text):]}"
        text = "the" + text[len(kept[0].text):]
    return text if kept and kept[0].pos_ == "PROPN" else text[:1].lower() + text[1:]  # ("Forty-two plains bison")


def _befallen(tok: Token) -> Token | None:
    """The word for what an event befell, see _what_it_befell."""
    if tok.pos_ == "VERB":
        thing = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if tok.lemma_ == "pass":
            thing = _law_passed(tok)
        if tok.lemma_ == "grant":  # "granted X a permit" (even as X's apposition), "X was granted a licence"
            thing = _permit_granted(tok)
        if tok.lemma_ in lx.BEFALLING_VERBS:  # "a gondola fell onto the slope", "a ferry capsized" (not "seven floors")
            thing = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if thing is None and tok.dep_ == "conj":  # "14 lions captured in Namibia were released into X"
            thing = next((c for c in _subject_holder(tok).children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if thing is None and tok.lemma_ in ("open", "reopen"):  # "the airport reopened to flights"
            thing = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if thing is None and tok.lemma_ == "switch":  # "switched on its first plant", the particle as a preposition
            thing = next((o for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ == "on"
                          for o in c.children if o.dep_ == "pobj"), None)
    else:
        thing = next((o for c in tok.children if c.dep_ == "prep" and (
            c.lower_ == "of" or c.lower_ == "on" and tok.lemma_ in ON_A_THING or c.lower_ == "to" and
            tok.lemma_ in TO_A_THING) for o in c.children if o.dep_ == "pobj"), None)
    if thing is not None:
        thing = _counted(thing)  # "seized six tonnes of pangolin scales": the scales
    return thing


def _campaign_aim(reader: _Reader, tok: Token) -> str:
    """What a campaign is to do: "a door-to-door campaign to vaccinate 60,000 dogs" -> "to vaccinate 60,000 dogs"."""
    clause = _campaign_clause(tok)
    if clause is None:
        return ""
    words = []
    for t in clause.subtree:  # up to a comma or a date: "to vaccinate 60,000 dogs, after three children died"
        if t.is_punct and t.text != "-" or t.is_space or reader.an.in_quote[t.i] or \
                t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and t.lower_ in ("on", "in", "by", "from"):
            break
        words.append(t)
    if not words or len(words) > 8 or words[-1].i < clause.i:
        return ""
    return reader.an.text[words[0].idx:words[-1].idx + len(words[-1].text)]


def _slot(tok: Token) -> Token:
    """The token that holds an event noun's place in its clause: itself, or the name a headline's last word was
    parsed into when the parser ran the headline into the dateline ("... in first-round vote\n\nLISBON")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.dep_ == "compound" and nxt is not None and nxt.is_space and "\n" in nxt.text:
        return tok.head
    return tok


def _modifiers(reader: _Reader, tok: Token, kind: str) -> list[str]:
    """The words before an event noun that say what it is about ("wage" talks, "general" election)."""
    if tok.pos_ != "NOUN" or kind == "press conference":
        return []
    out: list[str] = []
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in ("compound", "amod") or reader.entity_of(c) is not None:
            continue
        hyphen = c.i + 1 < len(tok.doc) and tok.doc[c.i + 1].text == "-" or any(g.text == "-" for g in c.children)
        if not c.is_alpha or not c.is_lower or c.lower_ in lx.EVENT_NAME_NOISE or c.lower_ in kind.split() or \
                c.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL") or hyphen:
            continue
        out.append(c.lower_)
    return out


def _topic(reader: _Reader, tok: Token, kind: str = "") -> str:
    """What an agreement or a conference is about: "agreed to a framework for a levy" -> "a framework for a levy"."""
    if tok.pos_ == "VERB" and (kind in lx.EVENTS_OF_A_THING or kind in ("crash", "attack", "explosion", "fire")):
        return ""  # ("the roof collapsed on worshippers": no topic)
    preps = ("to", "on") if tok.pos_ == "VERB" else ("on",)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None or reader.entity_of(obj) is not None or obj.ent_type_ in ("DATE", "TIME") or \
                    obj.like_num or obj.ent_type_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY"):
                continue  # (not "raised the alert level to 4": a level, no topic)
            words = [t for t in obj.subtree if not reader.an.in_quote[t.i] and
                     not (t.i < obj.i and t.ent_type_ in ("MONEY", "PERCENT"))]  # (not "a $3 billion chip plant")
            if words and words[0].dep_ == "det":
                words = words[1:]
            if 1 <= len(words) <= 12 and not any(t.is_punct and t.text != "-" for t in words):
                return _words_text(words)
    return ""


def _words_text(words: Sequence[Token]) -> str:
    """Tokens as the article spaces them, without the space after the last ("" for none)."""
    return "".join(t.text_with_ws for t in words[:-1]) + words[-1].text if words else ""


# ---------------------------------------------------------------------------------------------- entry point


def extract(article: Article, doc: Doc) -> Extraction:
    """Entities, statements and events of one parsed article (`doc` is the pipeline run over `article.text`)."""
    an = _Analysis(article, doc)
    mentions = _collect(an)
    an.person_pronoun_targets = _pronoun_targets(an, mentions)
    groups = _resolve(an, mentions)
    _scan(an, groups)
    reader = _Reader(an, groups)
    if not doc.has_annotation("DEP"):
        return Extraction(article=article, entities=reader.entities)  # a pipeline without a parser: names only
    reader.state_bodies()
    reader.definite_descriptions()
    _titles(reader)
    reader.genders()
    statements = _statements(reader)
    _named_events(reader)
    events = _events(reader)
    for ev in events:
        if not ev.participants:
            # "The probe lifted off ..., the agency said": an organization announcing its own event takes part in it
            ev.participants = [st.speaker for st in statements if st.speaker is not None and
                               reader.entities[st.speaker].kind == "Organization" and
                               any(st.content.start <= t < st.content.end for t in reader.event_triggers[ev.event_type])
                               ][:1]
    _attendees(reader, statements, events)
    _sides_of_a_dispute(reader, events)
    return Extraction(article=article, entities=reader.entities, statements=statements, events=events)


GATHERINGS = ("conference", "summit", "congress", "meeting", "talks")


def _sides_of_a_dispute(reader: _Reader, events: list[Event]) -> None:
    """ "Workers walk out after wage talks with X collapse": a strike and the talks it follows, reported in one
    sentence, have the same two sides."""
    doc = reader.an.doc
    strike = next((e for e in events if e.event_type == "strike"), None)
    talks = next((e for e in events if e.event_type == "talks"), None)
    if strike is None or talks is None:
        return
    sentences = {doc[reader.an.token_at[c]].sent.start for c in reader.event_triggers["strike"]
                 if reader.an.token_at[c] >= 0}
    if not any(reader.an.token_at[c] >= 0 and doc[reader.an.token_at[c]].sent.start in sentences
               for c in reader.event_triggers["talks"]):
        return
    for a, b in ((strike, talks), (talks, strike)):
        for p in list(a.participants):
            if reader.entities[p].kind == "Organization" and p not in b.participants:
                b.participants.append(p)
    sides = [reader.entities[p].name for p in talks.participants]
    if " between " not in talks.name and len(sides) >= 2:
        talks.name = f"{talks.name.split(' in ')[0]} between {' and '.join(sides[:3])}"


def _attendees(reader: _Reader, statements: list[Statement], events: list[Event]) -> None:
    """Who spoke at a named event, and who "attended" with no object in an article about one gathering, took part."""
    for st in statements:
        if st.place is not None and st.speaker is not None and reader.entities[st.place].kind == "Event" and \
                st.speaker not in reader.entities[st.place].participants:
            reader.entities[st.place].participants.append(st.speaker)
    today = reader.an.reference.isoformat() if reader.an.reference else "9999"
    named = [e for e in reader.entities if e.kind == "Event" and (e.start_date or "") <= today]
    local = [e for e in events if e.event_type in GATHERINGS and (e.start_date or "") <= today]  # not the next one
    if len(named) + len(local) != 1:
        return
    participants = named[0].participants if named else local[0].participants
    for tok in reader.an.tokens:
        if tok.pos_ != "VERB" or reader.an.in_quote[tok.i]:
            continue
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        attended = tok.lemma_ in ("attend", "participate") and \
            not any(c.dep_ in ("dobj", "prep") and c.lower_ != "as" for c in tok.children)
        # "who chaired the final session", "told delegates": what only someone at the gathering does
        at_it = any(o.lemma_ in lx.GATHERING_PARTS for o in objects) and tok.lemma_ in (
            "chair", "address", "open", "close", "moderate", "lead", "tell", "brief", "urge", "warn")
        if attended or at_it:
            who = reader.agent(tok)
            e = reader.speaker(who)[0] if who is not None else None
            if e is not None and reader.entities[e].kind in ("Person", "Organization") and e not in participants:
                participants.append(e)
