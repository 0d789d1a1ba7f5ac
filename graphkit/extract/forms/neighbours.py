"""Members and leaders of an organisation read across a sentence and its neighbour, where
the trigger rules find no object in the clause:

- "A new space organisation – led by A and B – will be born with the launch of X": the
  description set between dashes leads to the name later in the sentence (leading; "founded
  by", "formed by": membership);
- "The two nations will be joined by C, D and E – alongside F": in a sentence naming no
  organisation, those joining the two countries named in the sentence before join the
  organisation that sentence names, and so do the two (membership; only after "the two /
  three ... nations, countries, states" or "they", and only when the sentence before names
  that many countries and one organisation);
- "N countries joined X. These are A, B, ..." (:mod:`graphkit.extract.forms.these_are`);
- "Taking part in it were President of A X, Prime Minister of B Y" after a sentence naming a
  bloc's meeting (:mod:`graphkit.extract.forms.taking_part`);
- "22 countries have applied for X membership. This list includes A, B" (interest,
  :mod:`graphkit.extract.forms.next_list`);
- "the BRICS nations—A, B, C", "the existing BRICS nations of A, B" (in one sentence, the
  bloc's name right before the noun; :mod:`graphkit.extract.forms.bloc_nations`);
- "A new defence pact between A, B and C ... the AUKUS pact", "the A-B-C defence pact, known as
  AUKUS" (the name given later; :mod:`graphkit.extract.forms.pact_named`), "A, B and C under
  their AUKUS security pact" (:mod:`graphkit.extract.forms.their_pact`);
- "NATO accepted A, B and C as its newest members" (the last date in the sentence;
  :mod:`graphkit.extract.forms.bloc_admits`);
- "Initially beginning as a forum among A, B and C, the group ..." (the bloc named after the comma
  or in the sentences before; :mod:`graphkit.extract.forms.fronted_forum`);
- "The declaration on the creation of X was signed in 2001 by six countries: A, B, ..."
  (founders; the sentence's last date; :mod:`graphkit.extract.forms.founding_document`);
- "38 nations now part of X, including countries like A, B" (members, or signatories of an
  agreement; :mod:`graphkit.extract.forms.count_including`);
- "A, B and C are all signatories, according to ..." (the agreement or organisation named in
  the two sentences before; :mod:`graphkit.extract.forms.bare_role`).

No date: the sentences give none of their own for these."""

from __future__ import annotations

import re

from graphkit.extract.attending import guests_joining
from graphkit.extract.forms.bare_role import bare_role
from graphkit.extract.forms.bloc_admits import bloc_admits
from graphkit.extract.forms.bloc_nations import bloc_nations
from graphkit.extract.forms.count_including import count_including
from graphkit.extract.forms.founding_document import founding_document
from graphkit.extract.forms.fronted_forum import fronted_forum
from graphkit.extract.forms.next_list import next_list_interest
from graphkit.extract.forms.pact_named import pact_named_later
from graphkit.extract.forms.taking_part import taking_part
from graphkit.extract.forms.their_pact import their_pact
from graphkit.extract.forms.these_are import these_are
from graphkit.extract.vocabulary import agreement_kind, count_of

__all__ = ["neighbour_readings"]

_DESCRIBED = re.compile(r"\b(?:organi[sz]ation|alliance|group|grouping|bloc|body|initiative|"
                        r"programme|program|project|consortium|forum)\s*[–—-]\s*(?P<verb>led|headed|"
                        r"spearheaded|founded|formed)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_JOINED_BY = re.compile(r"^\W*(?:the\s+(?P<n>two|three|four|five)\s+(?:nations|countries|states|"
                        r"founders)|they)\s+(?:will\s+be|were|are|have\s+been|had\s+been|would\s+be)"
                        r"\s+joined\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_ALONGSIDE = re.compile(r"^\s*[,–—-]?\s*(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?$",
                        re.IGNORECASE)
_DASHES = {"–", "—", "-"}


def _group(doc, mentions, first: int, country: str) -> list:
    group = [mentions[first]]
    for m in mentions[first + 1:]:
        between = {t.lower_ for t in doc[group[-1].end:m.start]}
        if m.kind != country or not between or not between <= {",", "and", "the"}:
            break
        group.append(m)
    return group


def _led_aside(doc, text: str, s, country: str, blocs):
    for k, m in enumerate(s.mentions):
        head = _DESCRIBED.search(text[max(s.c_start, doc[m.start].idx - 80):doc[m.start].idx])
        if m.kind != country or not head:
            continue
        group = _group(doc, s.mentions, k, country)
        close = group[-1].end
        if close >= s.end or doc[close].text not in _DASHES:
            return []
        obj = next((b for b in s.mentions if b.kind in blocs and b.start > close), None)
        verb = head.group("verb").lower()
        return [(group, "leads" if verb in {"led", "headed", "spearheaded"} else "member", obj)] if obj else []
    return []


def _joined_by(doc, text: str, sents, i: int, country: str, blocs):
    s, prev = sents[i], sents[i - 1]
    first = next((k for k, m in enumerate(s.mentions) if m.kind == country), None)
    if first is None or any(m.kind in blocs for m in s.mentions):
        return []
    cue = _JOINED_BY.match(text[s.c_start:doc[s.mentions[first].start].idx])
    named = [m for m in prev.mentions if m.kind in blocs]
    before = [m for m in prev.mentions if m.kind == country]
    n = count_of(cue.group("n") or "") if cue else 0
    if not cue or len({b.node for b in named}) != 1 or (n and len({m.node for m in before}) != n):
        return []
    if guests_joining(doc, s.start, s.mentions[first].start, prev.start, prev.mentions[0].start):
        return []  # "Ministers from the G8 – A, B – will take part in X. They will be joined by C"
    group = _group(doc, s.mentions, first, country)
    rest = [k for k, m in enumerate(s.mentions) if m.start >= group[-1].end and m.kind == country
            and _ALONGSIDE.match(text[doc[group[-1].end].idx:doc[m.start].idx])]
    if rest:
        group += _group(doc, s.mentions, rest[0], country)
    return [(before + group, "member", named[0])] if before else []


def neighbour_readings(doc, text: str, sents, i: int, country: str, blocs):
    """(countries, "member", "signed", "interest", "takes part" or "leads", object, date,
    confidence, rule) for sentence ``i``."""
    prev_date = sents[i - 1].dates[-1] if i and sents[i - 1].dates else None
    out = [(g, role, o, prev_date, 0.5, "these are the n countries")
           for g, o, role in these_are(doc, text, sents, i, country, blocs)]
    out += [(g, r, o, None, 0.5, "a description led by A, named later")
            for g, r, o in _led_aside(doc, text, sents[i], country, blocs)]
    out += [(g, "interest", o, sents[i - 1].dates[0] if sents[i - 1].dates else None, 0.6,
             "applied for X. This list includes") for g, o in next_list_interest(doc, text, sents, i, country, blocs)]
    out += [(g, "signed" if o.kind == agreement_kind() else "member", o, None, 0.5,
             "N nations, including countries like A, B")
            for g, o in count_including(doc, text, sents[i], country, blocs | {agreement_kind()})]
    out += [(g, "member", o, None, 0.6, "the bloc's nations - A, B")
            for g, o in bloc_nations(doc, text, sents[i], country, blocs)]
    out += [(g, "member", o, sents[i].dates[-1] if sents[i].dates else None, 0.6,
             "the bloc accepted A, B as its new members") for g, o in bloc_admits(doc, text, sents[i], country, blocs)]
    out += [(g, "member", o, sents[i].dates[-1] if sents[i].dates else None, 0.6,
             "the declaration creating X was signed by A, B")
            for g, o in founding_document(doc, text, sents[i], country, blocs)]
    out += [(g, "member", o, None, 0.6, "beginning as a forum among A, B, the group")
            for g, o in fronted_forum(doc, text, sents, i, country, blocs)]
    out += [(g, "member", o, None, 0.5, "a pact between A, B and C, named later")
            for g, o in pact_named_later(doc, text, sents, i, country, blocs)]
    out += [(g, "member", o, None, 0.6, "A, B and C under their bloc's pact")
            for g, o in their_pact(doc, text, sents[i], country, blocs)]
    out += [(g, "member", o, None, 0.6, "taking part in the bloc's meeting")
            for g, o in taking_part(doc, text, sents, i, country, blocs)]
    out += [(g, r, o, None, 0.5, "A, B are all signatories (members), of the one named before")
            for g, r, o in bare_role(doc, text, sents, i, country, blocs, agreement_kind())]
    if i:
        out += [(g, r, o, None, 0.5, "the two nations joined by")
                for g, r, o in _joined_by(doc, text, sents, i, country, blocs)]
    return out
