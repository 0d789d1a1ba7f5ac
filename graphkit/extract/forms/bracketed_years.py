"""A list whose names each carry a year in brackets after an entry cue ("brought in Greece
(1952), West Germany (1955)"; "Greece and Turkey (1952), Spain (1982)"): each a member at
its year, of the bloc the sentence names or the last one named in the two before."""

from __future__ import annotations

import re

from graphkit.extract.dates import DateMention
from graphkit.extract.lookups import HEDGE, last_bloc, listed_with

__all__ = ["bracketed_years"]

_ENTRY_CUE = re.compile(r"\b(?:brought\s+in|admitted|admission|admissions|joined|accession|"
                        r"acceded|enlargement|new\s+members|became\s+members)\b", re.IGNORECASE)


def bracketed_years(doc, sents, i, words, country, blocs):
    """(subjects, object, date, confidence, rule, status) for sentence ``i`` (``words``: its text)."""
    s = sents[i]
    out = []
    if _ENTRY_CUE.search(words) and not HEDGE.search(words[:_ENTRY_CUE.search(words).start()]):
        pairs = _year_pairs(doc, s, country)
        if len(pairs) >= 2:
            listed = {m.node for m, _ in pairs}
            obj = next((m for m in s.mentions if m.kind in blocs and m.node not in listed), None)
            obj = obj or last_bloc(doc, sents, i, blocs, 2)
            for m, date in pairs if obj else ():
                out.append(([m], obj, date, 0.8, "each with its year in brackets", ""))
    return out


def _year_pairs(doc, s, country):
    """(country, year) for each name of a list followed by "(YYYY)", or standing before
    such a name with only "and" or a comma between ("Greece and Turkey (1952), Spain (1982)")."""
    pairs, pending, done = [], [], set()
    for m in (m for m in s.mentions if m.kind == country):
        if m.start in done:
            continue
        group = listed_with(doc, s.mentions, m)
        done.update(g.start for g in group)
        pending = []
        for g in group:
            pending.append(g)
            j = g.end
            if (j + 2 < s.end and doc[j].text == "(" and doc[j + 2].text == ")"
                    and re.fullmatch(r"1[89][0-9]{2}|20[0-9]{2}", doc[j + 1].text)):
                at = doc[j + 1].idx
                date = DateMention(at, at + 4, doc[j + 1].text, "year in brackets")
                pairs += [(p, date) for p in pending]
                pending = []
    return pairs
