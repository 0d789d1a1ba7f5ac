"""When a capital stands for its government: before "-led" ("the Moscow-led CSTO"), and as
the subject of an act ("Tehran has applied to join the SCO", "Moscow and Beijing signed"),
never as a place ("in Moscow", "the Moscow summit", "Tehran Times", "the Treaty of Rome")."""

from __future__ import annotations

__all__ = ["acting_capitals"]

#: words that may stand before a capital that acts: a clause's start
_OPENERS = frozenset({",", ";", ":", "—", "–", "(", '"', "“", "and", "but", "that", "while",
                      "as", "since", "because", "when", "after", "though", "although",
                      "whereas", "meanwhile", "so", "yet", "now"})
#: words that may follow a capital that acts: an auxiliary, an adverb or a verb of the acts
#: the schema's relations name
_ACTS = frozenset({
    "has", "have", "had", "is", "was", "will", "would", "could", "can", "may", "might", "must",
    "should", "also", "formally", "officially", "finally", "already", "recently", "then", "now",
    "signed", "signs", "ratified", "ratifies", "joined", "joins", "applied", "applies", "agreed",
    "agrees", "acceded", "submitted", "submits", "became", "becomes", "expressed", "expresses",
    "wants", "wanted", "hopes", "hoped", "seeks", "sought", "intends", "intended", "plans",
    "planned", "announced", "confirmed", "declared", "decided", "withdrew", "left", "approved",
    "endorsed", "inked", "sealed", "concluded"})


def acting_capitals(doc, matches, led_words) -> list[tuple[str, int, int]]:
    """The capitals among ``matches`` ((node, start, end) of each capital's name in ``doc``)
    that stand for their country: before "-" and one of ``led_words``, or opening a clause
    and followed by an act or by "and" and another capital that is ("Moscow and Beijing
    signed": both)."""
    starts = {start: (node, end) for node, start, end in matches}

    def opens(start: int) -> bool:
        before = doc[start - 1] if start else None
        return (before is None or doc[start].is_sent_start or before.lower_ in _OPENERS
                or before.lower_ == "the" and doc[start].text == "Kremlin")

    def acts(start: int, end: int) -> bool:
        after = doc[end] if end < len(doc) else None
        if after is None:
            return False
        if after.lower_ in _ACTS:
            return True
        return after.lower_ == "and" and end + 1 in starts and acts(end + 1, starts[end + 1][1])

    chosen = []
    for node, start, end in matches:
        led = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in led_words
        if led or opens(start) and acts(start, end):
            chosen.append((node, start, end))
    return chosen
