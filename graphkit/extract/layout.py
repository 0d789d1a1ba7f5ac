"""Claims a page's layout carries rather than its sentences:

- names one a line after a sentence its colon ends ("In 2024, the CSTO is made up of six
  states:" then "Armenia", "Belarus" on lines of their own): :func:`merged_lines` joins
  those lines to the sentence, so that the trigger rules read them as a list;
- a heading naming a bloc and a role ("NATO Partner Countries", "Members of the SCO",
  "Newest BRICS partner states", "Member states of the EU (year of entry)"; candidates want
  to join), or a role alone ("Members", "Candidate countries") on a page about the bloc
  it names most before it, followed by a list of names (on one line, commas between,
  one a line, or each line opening with a name and a colon: "Belarus: ..."): each name
  has that role, dated by the page (a name no node stands for, or a cut last one, is
  skipped);
- a table run into one line, its header first: "Year of Joining Member States 1949 A B
  1952 C" (each name at the year before it) or "Country Year of joining A 1949 B 1952"
  (each name at the year after it), about the bloc the article names most before it;
- lists under year lines ("1952" then "Greece and Turkey"; :mod:`graphkit.extract.year_rows`),
  about that bloc too.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from graphkit.extract.candidate import Candidate
from graphkit.extract.dates import DateMention
from graphkit.extract.lookups import end_char, marks_of
from graphkit.extract.schema_words import load_specs
from graphkit.extract.year_rows import year_rows

__all__ = ["layout_claims", "merged_lines"]

_LINE_MARKS = {",", ";", ".", "-", "*", "•", "·", "–", "—"}
# what the words of a heading besides the bloc's name say, by relation
_HEADING = re.compile(r"^(?:list\s+of\s+(?:the\s+)?)?(?:(?P<lead>current|founding|full|new|newest|latest|"
                      r"original)\s+)?"
                      r"(?:(?P<member>members?|member\s+(?:states|countries|nations))|"
                      r"(?P<partner>partners?|partner\s+(?:states|countries|nations))|"
                      r"(?P<candidate>candidates?|candidate\s+(?:states|countries|nations)))"
                      r"(?:\s+of(?:\s+the)?)?$", re.IGNORECASE)
_HEADING_WORDS = {"of", "the", "member", "members", "partner", "partners", "candidate", "candidates",
                  "states", "countries", "nations"}
_YEAR_FIRST = re.compile(r"^\s*(?:year|date)\s+of\s+(?:joining|accession|admission|entry)"
                         r"(?:\s+(?:member\s+states|member\s+countries|members|countries|"
                         r"states|nations))?\s+", re.IGNORECASE)
_NAME_FIRST = re.compile(r"^\s*(?:member\s+states?|member\s+countries|members?|countries|"
                         r"country|states?|nations?)\s+(?:year|date)\s+(?:of\s+)?"
                         r"(?:joining|accession|admission|entry|joined)\s+", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


@cache
def _relations() -> dict[str, str]:
    """The relations of "join" (MEMBER_OF) and "become a partner country" (PARTNER_OF)."""
    specs = load_specs()
    return {"member": next(s.relation for s in specs if s.phrase == "join" and s.form == "verb"),
            "partner": next(s.relation for s in specs if "partner country" in s.phrase),
            "candidate": next(s.relation for s in specs if s.phrase == "express|expressed * interest in")}


def _covered(mentions, kind) -> set[int]:
    return {i for m in mentions if m.kind == kind for i in range(m.start, m.end)}


def _bracket(doc, start: int, end: int) -> int | None:
    """Where a line's closing bracket of a year opens ("Albania (2009)", "Germany (1955, as
    West Germany)"), if it ends with one."""
    if end - start < 3 or doc[end - 1].text != ")":
        return None
    opening = next((i for i in range(end - 2, max(start, end - 8), -1) if doc[i].text == "("), None)
    return opening if opening and _YEAR.fullmatch(doc[opening + 1].text) else None


def _name_line(doc, start: int, end: int, names: set[int]) -> bool:
    """Whether tokens ``start:end`` are one or more names and list marks, nothing else, a
    bracketed year aside ("Albania (2009)")."""
    end = _bracket(doc, start, end) or end
    start += doc[start].lower_ == "the" and start + 1 < end  # "The United Kingdom (1949)"
    return any(i in names for i in range(start, end)) and all(
        i in names or doc[i].is_space or doc[i].text in _LINE_MARKS or doc[i].like_num
        and doc[i + 1:i + 2].text in {".", ")"} for i in range(start, end))


def merged_lines(doc, sentences, mentions, country: str) -> list[tuple[int, int]]:
    """``sentences`` with each run of two or more lines holding only names (of kind
    ``country``), or one line holding a list of them, joined to the sentence before them
    when a colon ends it."""
    names = _covered(mentions, country)
    out, i = [], 0
    while i < len(sentences):
        start, end = sentences[i]
        j, one = i + 1, False
        if doc[end - 1].text == ":":
            while j < len(sentences) and _name_line(doc, *sentences[j], names):
                j += 1
            if j <= i + 2 and i + 1 < len(sentences) and _list_line(doc, *sentences[i + 1], names):
                j, one = i + 2, True  # "have signed the Treaty:" and "Chile, Peru, Ceylon, ..."
        if j - i >= 3 or one:
            out.append((start, sentences[j - 1][1]))
        else:
            out.extend(sentences[i:j])
        i = j
    return out


def layout_claims(doc, sentences, mentions, schema, published, offset: int = 0
                  ) -> list[Candidate]:
    """Candidates from a heading and its list, and from run-on tables, over ``doc``."""
    country = schema.country_kind
    member = _relations()["member"]
    blocs = set(schema.relations[member].target) - {country}
    found: list[Candidate] = []
    for i, (start, end) in enumerate(sentences):
        own = [m for m in mentions if start <= m.start and m.end <= end]
        heading = _heading(doc, start, end, own, blocs, mentions)
        if heading and i + 1 < len(sentences):
            listed, last = _listed(doc, sentences, i + 1, mentions, country)
            bloc, role, named = heading
            relation = _relations()[role]
            rule = "layout: heading and list" if named else "layout: role heading, the page's bloc"
            for m in listed:
                if _in_brackets(doc, m):
                    continue  # "Germany (1955, as West Germany)": one name
                found.append(_candidate(doc, m, relation, bloc, published,
                                        _line_year(doc, m), start, sentences[last][1], offset,
                                        rule, 0.7 if named else 0.6))
        for m, date in _run_on_rows(doc, start, end, own, country):
            bloc = _topic(mentions, start, blocs)
            if bloc:
                found.append(_candidate(doc, m, member, bloc, published, date, start, end,
                                        offset, "layout: table on one line", 0.75))
    for k, start, end, m, year in year_rows(doc, sentences, mentions, country):
        bloc = _topic(mentions, sentences[k][0], blocs)
        if bloc:
            found.append(_candidate(doc, m, member, bloc, published, year, start, end,
                                    offset, "layout: lists under year lines", 0.75))
    return [c for c in found
            if schema.relations[c.relation].allows(country, _kind(mentions, c.object))]


def _in_brackets(doc, m) -> bool:
    """Whether a bracket opened before ``m`` on its line is still open."""
    depth = 0
    for t in reversed(doc[max(0, m.start - 8):m.start]):
        if "\n" in t.text or "\n" in t.whitespace_:
            break
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _line_year(doc, m) -> DateMention | None:
    """The year in brackets right after a name on its line ("Albania (2009)")."""
    if doc[m.end:m.end + 1].text != "(" or m.end + 1 >= len(doc) or not _YEAR.fullmatch(doc[m.end + 1].text):
        return None
    t = doc[m.end + 1]
    return DateMention(t.idx, t.idx + 4, t.text, "year in brackets after the name")


def _kind(mentions, node: str) -> str:
    return next(m.kind for m in mentions if m.node == node)


def _candidate(doc, m, relation, obj, published, date, start, end, offset, rule, confidence):
    c_start, c_end = doc[start].idx, end_char(doc, end)
    since, date_rule = ((date.value, date.rule) if date
                        else ((published or "")[:4], "published year"))
    mark = marks_of(doc, [(m.start, m.end)], c_start)
    return Candidate(m.node, relation, obj, since, doc.text[c_start:c_end], c_start + offset,
                     c_end + offset, confidence if date else min(confidence, 0.5), rule, mark,
                     "", date_rule)


def _heading(doc, start: int, end: int, own, blocs, mentions):
    """(the bloc, "member", "partner" or "candidate", whether the heading names the bloc) for
    a heading line: a bloc's name and a role, every word capitalised, no full stop ("NATO
    Partner Countries"); or the role alone ("Members"), of the bloc the page names most before
    it."""
    start += start < end - 1 and doc[start].like_num  # "30 Member Countries"
    line_end = "\n" in doc[end - 1].whitespace_ + (doc[end].text if end < len(doc) else "\n")
    asked = _asked(doc, start, end)
    start, end = asked or (start, end)
    end = _year_note(doc, start, end) or end  # "Member states of the EU (year of entry)"
    end -= end - start > 1 and doc[end - 1].lower_ in {"are", "include", "includes"}  # "NATO Member Countries are"
    if end - start > 8 or not doc[end - 1].is_alpha or not line_end:
        return None
    named = [m for m in own if m.kind in blocs]
    if len(named) != len(own) or len(own) > 1:
        return None
    bloc = named[0].node if named else _topic(mentions, start, blocs)
    if bloc is None:
        return None
    rest = [t for t in doc[start:end] if not (named and named[0].start <= t.i < named[0].end)]
    if not asked and (not doc[start].text[:1].isupper() or not all(  # "Newest BRICS partner states"
            t.text[:1].isupper() or t.lower_ in _HEADING_WORDS for t in rest)):  # (a question's own case)
        return None
    found = _HEADING.match(" ".join(t.text for t in rest))
    if not found:
        return None
    role = next(r for r in ("partner", "candidate", "member") if r == "member" or found.group(r))
    return bloc, role, bool(named)


_ASKING = re.compile(r"(?:(?:which|what)\s+(?:countries|states|nations)|who)\s+are(?:\s+the)?\s",
                     re.IGNORECASE)


def _asked(doc, start: int, end: int) -> tuple[int, int] | None:
    """The heading inside a question over a list ("Which countries are G20 members?", "Who are
    the members of the SCO?"): from after its opening words to before the question mark."""
    if end - start < 4 or doc[end - 1].text != "?":
        return None
    opening = _ASKING.match(doc[start:end].text)
    if not opening:
        return None
    inner = next((t.i for t in doc[start:end] if t.idx >= doc[start].idx + opening.end()), end)
    return (inner, end - 1) if inner < end - 1 else None


_NOTE = re.compile(r"\((?:(?:year|date)s?\s+of\s+(?:joining|accession|admission|entry)|(?:year\s+)?joined)\)",
                   re.IGNORECASE)


def _year_note(doc, start: int, end: int) -> int | None:
    """Where a heading's closing note on the years of its list opens ("(year of entry)")."""
    opening = next((i for i in range(end - 2, max(start, end - 7) - 1, -1) if doc[i].text == "("), None)
    return opening if opening and _NOTE.fullmatch(doc[opening:end].text) else None


def _listed(doc, sentences, k: int, mentions, country: str):
    """(the countries, index of the last sentence) of the list that sentence ``k`` opens:
    one line of names with commas between, or names one a line. Items no node stands
    for are allowed if capitalised, at most one in four."""
    names = _covered(mentions, country)
    start, end = sentences[k]
    glossed, last = _glossed_lines(doc, sentences, k, mentions, country)
    if len(glossed) >= 2:
        return glossed, last
    last, unknown, listing = k, 0, _name_line(doc, start, end, names)
    while listing and last + 1 < len(sentences):
        if _name_line(doc, *sentences[last + 1], names):
            last += 1
        elif (last + 2 < len(sentences) and (unknown + 1) * 4 <= last + 3 - k
              and _unknown_line(doc, *sentences[last + 1])
              and _name_line(doc, *sentences[last + 2], names)):
            last, unknown = last + 2, unknown + 1  # "AIceland (1949)" among the names
        else:
            break
    if last > k:
        span = range(start, sentences[last][1])
        listed = [m for m in mentions if m.kind == country and m.start in span]
        return listed, last
    if not _names_only(doc, start, end, names):
        return [], k
    listed = [m for m in mentions if m.kind == country and start <= m.start < end]
    return listed, k


def _unknown_line(doc, start: int, end: int) -> bool:
    """Whether a line is one capitalised word no node stands for, a bracketed year aside
    ("AIceland (1949)": a misspelt name in a list of names one a line)."""
    end = _bracket(doc, start, end) or end
    return end - start == 1 and doc[start].is_alpha and doc[start].text[:1].isupper()


def _glossed_lines(doc, sentences, k: int, mentions, country: str):
    """(the countries, index of the last sentence) of lines from sentence ``k`` on that each
    open with a name and a colon ("Belarus: Russia's closest security ally;"); a sentence
    that goes on the same line belongs to the line before."""
    opening = {m.start: m for m in mentions if m.kind == country}
    listed, last = [], k
    for j in range(k, len(sentences)):
        start = sentences[j][0]
        if start and "\n" not in doc[start - 1].whitespace_ + doc[start - 1].text:
            continue  # the same line's next sentence
        m = opening.get(start)
        if m is None or doc[m.end:m.end + 1].text != ":":
            break
        listed.append(m)
        last = j
    return listed, last


def _names_only(doc, start: int, end: int, names: set[int], marks=frozenset()) -> bool:
    """Whether tokens ``start:end`` are a list of names with commas or "and" between: three
    or more known, and at most one item in four no node stands for, capitalised (its words,
    or ``marks``: "Germany: Federal Republic")."""
    items, current = [], []
    for t in doc[start:end]:
        if t.text == "," or t.lower_ == "and" and t.i not in names:
            items.append(current)
            current = []
        elif not t.is_space and (current or t.lower_ != "the"):
            current.append(t)
    items = [item for item in items + [current] if item]
    known = [item for item in items if all(t.i in names for t in item)]
    unknown = [item for item in items if not all(t.i in names for t in item)]
    return len(known) >= 3 and len(unknown) * 4 <= len(items) and all(
        t.text[:1].isupper() or t.lower_ in {"of", "the", "and"} or t.text in marks
        for item in unknown for t in item)


def _list_line(doc, start: int, end: int, names: set[int]) -> bool:
    """Whether a sentence is one line holding a list of names ("Chile, Peru, Ceylon and
    Kenya."), its full stop aside."""
    if doc[end - 1].text in {".", ";"}:
        end -= 1
    return end > start and not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[start:end - 1]
                                   ) and _names_only(doc, start, end, names, {":", "(", ")"})


def _run_on_rows(doc, start: int, end: int, own, country: str):
    """(country mention, its year) for a table written on one line after its header."""
    words = doc.text[doc[start].idx:end_char(doc, end)]
    year_first, name_first = _YEAR_FIRST.match(words), _NAME_FIRST.match(words)
    head = year_first or name_first
    if not head:
        return []
    names = _covered(own, country)
    starts = {m.start: m for m in own if m.kind == country}
    items = []
    for t in doc[start:end]:
        if t.idx - doc[start].idx < head.end():
            continue
        if t.i in names:
            if t.i in starts:
                items.append(starts[t.i])
        elif _YEAR.fullmatch(t.text):
            items.append(DateMention(t.idx, t.idx + 4, t.text, "year in a table"))
        elif not t.is_space:
            return []  # a word no name stands for: not a table
    years = [x for x in items if isinstance(x, DateMention)]
    if len(years) < 2 or len(items) - len(years) < 2:
        return []
    order = items if year_first else items[::-1]
    if not isinstance(order[0], DateMention):
        return []
    pairs, year = [], None
    for x in order:
        if isinstance(x, DateMention):
            year = x
        elif x.kind == country:
            pairs.append((x, year))
    return pairs


def _topic(mentions, start: int, blocs):
    """The bloc named most often before token ``start``, the last of them on a tie."""
    seen = [m for m in mentions if m.end <= start and m.kind in blocs]
    if not seen:
        return None
    count = Counter(m.node for m in seen)
    return max(reversed(seen), key=lambda m: count[m.node]).node
