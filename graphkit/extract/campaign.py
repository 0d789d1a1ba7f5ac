"""A bare name followed by a word for a programme's work names the programme: "The Artemis
campaign, led by NASA" is the Artemis program, though "Artemis" alone is an alias of the
Artemis Accords ("Artemis" + "program" being the programme's name), and so is "the Artemis
lunar exploration program"."""

from __future__ import annotations

from dataclasses import replace

from graphkit.extract.schema_words import kind_of_word

__all__ = ["campaign_mentions"]

_WORK = {"campaign", "campaigns", "mission", "missions", "effort", "efforts", "project", "projects",
         "initiative"}  # "While NASA spearheads the Artemis initiative"
_PROGRAMME = {"program", "programme"}


def campaign_mentions(doc, found: list, names: dict[str, str], kinds: dict[str, str]) -> list:
    """``found`` with a mention read as the programme whose name is its text and "program(me)"
    when one of ``_WORK`` follows it."""
    programme = kind_of_word().get("programme")
    by_stem = {" ".join(name.lower().split()[:-1]): node for node, name in names.items()
               if kinds.get(node) == programme and len(name.split()) >= 2
               and name.lower().split()[-1] in _PROGRAMME}
    out = []
    for m in found:
        node = by_stem.get(doc[m.start:m.end].text.lower())
        if node and node != m.node and _work_after(doc, m.end):
            m = replace(m, node=node, kind=programme)
        out.append(m)
    return out


def _work_after(doc, i: int) -> bool:
    """Whether a word for a programme's work follows ``i``, or up to two lower-case words and
    one for work or "program(me)" ("the U.S.-led Artemis lunar exploration program", "Artemis
    moon missions")."""
    if i < len(doc) and doc[i].lower_ in _WORK:
        return True
    j = i
    while (j < min(i + 2, len(doc)) and doc[j].is_alpha and doc[j].is_lower
           and doc[j].lower_ not in _WORK | _PROGRAMME):
        j += 1
    return i < j < len(doc) and doc[j].lower_ in _WORK | _PROGRAMME
