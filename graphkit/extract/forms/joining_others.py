"""Those a newcomer joins hold what it gains: "Nigeria becomes the ninth BRICS partner
country, joining Belarus, Bolivia, Cuba, ... and Uzbekistan", "Finland became NATO's 31st
member, joining Denmark and Norway", "Rwanda signed the Accords, joining Nigeria and Angola".
The countries listed after ", joining" make the claim the sentence made before it: the same
relation and object, at no date of theirs (they gained it before), and below the confidence
of the claim they copy.

Only a list of countries that ends its clause ("joining A and B." or "joining A and B in
affirming the Accords"); not "joining A and B as observers", which says something else, nor
"joining forces with A". The join verb's own "joins A and B in" reads those before it
(:func:`graphkit.extract.groups.companions`)."""

from __future__ import annotations

from dataclasses import replace

from graphkit.extract.lookups import countries_from, mark_spans, marks_of

__all__ = ["joined_before"]

RULE = "structure:joining those who did before"
_ENDS = {",", ".", ";", ":", "in", "—", "–", ")"}
_CONFIDENCE = 0.8


def _last_mark(marks: str) -> int:
    """The end of a claim's last marked span (its words), relative to its sentence."""
    return max((b for _, b in mark_spans(marks)), default=0)


def joined_before(doc, sentences, mentions, country: str, claims: list, offset: int = 0) -> list:
    """Claims for the countries named after ", joining" in a sentence with claims before it,
    copied from those claims (one per relation and object)."""
    by_sentence: dict[int, list] = {}
    for c in claims:
        if c.rule.startswith(("verb:", "structure:", "inner:make")):  # "This makes Nigeria the ninth
            # partner country in BRICS, joining A, B" (not "welcomed the admission of Finland to
            # NATO, joining Moldova and Georgia in praising the move": Kyiv joins them)
            by_sentence.setdefault(c.start, []).append(c)
    known = {(c.subject, c.relation, c.object) for c in claims}
    out = []
    for s_start, s_end in sentences:
        c_start = doc[s_start].idx
        made = by_sentence.get(c_start + offset)
        if not made:
            continue
        own = [m for m in mentions if s_start <= m.start and m.end <= s_end]
        for i in range(s_start + 1, s_end - 1):
            if doc[i].lower_ != "joining" or doc[i - 1].text != ",":
                continue
            first = next((k for k, m in enumerate(own) if m.start == i + 1 or (
                m.start == i + 2 and doc[i + 1].lower_ == "the")), None)
            if first is None or own[first].kind != country:
                continue
            group = countries_from(doc, own, first, country)
            after = group[-1].end
            if after < s_end and doc[after].lower_ not in _ENDS:
                continue
            at = doc[i - 1].idx - c_start
            models: dict[tuple[str, str], object] = {}
            for c in made:
                if _last_mark(c.marks) <= at and c.subject not in {m.node for m in group}:
                    key = (c.relation, c.object)
                    if key not in models or c.confidence > models[key].confidence:
                        models[key] = c
            for (relation, obj), model in models.items():
                for m in group:
                    if (m.node, relation, obj) in known:
                        continue
                    known.add((m.node, relation, obj))
                    mark = marks_of(doc, [(m.start, m.end)], c_start)
                    out.append(replace(model, subject=m.node, since="", marks=mark, rule=RULE,
                                       confidence=min(model.confidence * 0.9, _CONFIDENCE),
                                       date_rule="companion: no date"))
    return out
