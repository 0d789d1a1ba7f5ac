"""A list of countries given a role with nothing after it to say whose: "The state of play:
The United States, Australia, Japan, ... and the United Arab Emirates are all signatories,
according to NASA administrator Jim Bridenstine." The role is of the agreement (signatories)
or the organisation (members, partners) named last in the two sentences before, the
sentence itself naming none."""

from __future__ import annotations

import re

from graphkit.extract.lookups import end_char, last_bloc, listed_with

__all__ = ["bare_role"]

_ROLE = re.compile(r"^\s*(?:are|were|have\s+been|had\s+been)\s+(?:(?:all|now|also|both|already|"
                   r"currently)\s+){0,2}(?:(?:founding|full|original)\s+)?(?:(?P<signed>signatories)|"
                   r"(?P<member>members|member\s+(?:states|countries|nations))|"
                   r"(?P<partner>partners|partner\s+(?:states|countries|nations)))"
                   r"\s*(?:[,.;]|according\b|$)", re.IGNORECASE)


def bare_role(doc, text: str, sents, i: int, country: str, blocs, agreement: str):
    """[(countries, "signed", "member" or "partner", object)] for sentence ``i``."""
    s = sents[i]
    if not i or any(m.kind in blocs or m.kind == agreement for m in s.mentions):
        return []
    for k, m in enumerate(s.mentions):
        if m.kind != country or (k and s.mentions[k - 1].kind == country):
            continue
        group = listed_with(doc, s.mentions, m)
        found = _ROLE.match(text[end_char(doc, group[-1].end):s.c_end])
        if not found or len(group) < 2:
            continue
        role = next(name for name in ("signed", "member", "partner") if found.group(name))
        kinds = {agreement} if role == "signed" else set(blocs) - {agreement}
        obj = last_bloc(doc, sents, i - 1, kinds, 1)
        return [(group, role, obj)] if obj else []
    return []
