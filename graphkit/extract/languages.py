"""A list of languages is no list of countries: treaty pages name the languages of their texts
with the demonyms of countries ("Languages: Arabic, Chinese, English, French, Russian and
Spanish")."""

from __future__ import annotations

__all__ = ["without_languages"]

_LANGUAGE_NOUNS = {"text", "texts", "language", "languages", "version", "versions",
                   "translation", "translations"}
_LIST_GLUE = {",", "and", "or", "&"}
#: languages no country's demonym names, which a list of languages holds among the others
_LANGUAGES = {"english", "arabic", "hindi", "swahili", "bengali", "urdu", "malay", "latin",
              "hebrew", "farsi", "esperanto"}


def without_languages(doc, found: list, demonyms: set[str]) -> list:
    """``found`` without the demonyms of a list of three or more that names languages: one
    that ends the line or sentence ("Languages: Arabic, Chinese, English, French, Russian and
    Spanish") or comes before "texts" ("the Chinese, English, French ... texts are equally
    authentic"). "Chinese, Russian and Iranian navies" names three countries, and so do
    "Indian Prime Minister Narendra Modi, Chinese President Xi Jinping and ..."."""
    def bare(m) -> bool:  # the demonym alone, no title or name after it
        return m is not None and m.how == "demonym" and doc[m.start:m.end].text in demonyms

    drop: set[int] = set()
    run: list[int] = []
    others = 0  # the languages among them that are no demonym ("English")
    for k, m in enumerate(found + [None]):
        between = doc[found[run[-1]].end:m.start] if run and m is not None else ()
        if bare(m) and run and all(t.lower_ in _LIST_GLUE | _LANGUAGES for t in between):
            run.append(k)
            others += sum(t.lower_ in _LANGUAGES for t in between)
            continue
        if len(run) + others >= 3:
            end = found[run[-1]].end
            after = doc[end] if end < len(doc) else None
            if after is None or not after.is_alpha or after.lower_ in _LANGUAGE_NOUNS:
                drop.update(run)
        run, others = ([k] if bare(m) else []), 0
    return [m for k, m in enumerate(found) if k not in drop]
