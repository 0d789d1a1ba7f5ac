"""Whether a list of countries goes on through a region's description between two of its
names: "..., and the Central Asian countries of Kazakhstan", "Russia and the former Soviet
republics of Armenia", "Russia, China and four Central Asian countries: Kazakhstan" (one list,
each name a member of what the list is said of); and through the dash that closes a counted
aside: "the seven major industrialised nations — A, B and C — and D, E"; and through the
semicolons of a list after a colon: "the member states of the council: Canada; Denmark; ...;
and the United States"."""

from __future__ import annotations

from graphkit.extract import vocabulary as vocab

__all__ = ["counted_aside_closed", "region_glue", "semicolon_glue"]

#: the lower-case words a counted region may have ("Russia, China and four other countries:",
#: "and three other post-Soviet countries:"; not "the Council is formed of eight countries:")
_COUNTED_GLUE = {"other", "more", "further", "post", "-"}


def region_glue(span) -> bool:
    """"..., and the Central Asian countries of Kazakhstan", "Russia and the former Soviet
    republics of Armenia": a list goes on through "the (former) <Capitalised> countries of" and
    "<count> <Capitalised or _COUNTED_GLUE words> countries:"."""
    words = [t for t in span]
    if not 2 <= len(words) <= 8 or words[-1].text not in {"of", ":"} or words[-2].lower_ not in {
            "countries", "states", "nations", "republics"}:
        return False
    counted = words[-1].text == ":"  # and a count: not "Russia and China, among other countries:"
    return (not counted or any(vocab.count_of(t.text) for t in words[:-2])) and all(
        t.lower_ in vocab.SEPARATORS | {"former"} or (t.is_alpha and t.text[:1].isupper())
        or counted and (t.lower_ in _COUNTED_GLUE or vocab.count_of(t.text)) for t in words[:-2])


_DASHES = {"—", "–", "-"}
_INCLUDING = {"comprises", "comprised", "comprising", "includes", "included", "including", "consists",
              "consisting", "composed", "made"}  # "is made up of the seven ... nations —"


def counted_aside_closed(doc, start: int, between: list[str]) -> bool:
    """Whether ``between`` (the lower-case words after a list's last name) is a dash and "and"
    that close an aside opened by the same dash right before ``start`` (the list's first name),
    after a counted group a verb of including governs: "It comprises the seven major
    industrialised nations — Britain, ... and the United States — and Argentina, Australia" (one
    list; not "NATO members — A and B — and Russia signed", with no count, nor "Two ASEAN
    members — A and B — and Australia signed", nor "brings together seven nations — ... — and
    Russia was expelled", with no verb of including)."""
    if between[:1] != [doc[start - 1].text] or between[0] not in _DASHES or between[1:2] != ["and"]:
        return False
    before = doc[max(0, start - 10):start - 1]
    return (len(before) > 1 and before[-1].lower_ in vocab.GROUP_NOUNS
            and any(vocab.count_of(t.text) for t in before[:-1])
            and any(t.lower_ in _INCLUDING for t in before[:-1]))


def semicolon_glue(doc, group, between: list[str]) -> bool:
    """Whether ``between`` (after the last name of ``group``, walked forward) is a semicolon,
    perhaps with "and" and "the", in a list opened by a colon right before its first name
    (or its "the") that no "; and" has closed yet (not "BRICS members: Brazil; ...; and South
    Africa; Saudi Arabia has not confirmed")."""
    if between[:1] != [";"] or not set(between[1:]) <= {"and", "the"}:
        return False
    k = group[0].start - 1
    k -= k > 0 and doc[k].lower_ == "the"  # "G7 members: the United States; Canada"
    closed = any(doc[j].text == ";" and doc[j + 1].lower_ == "and"
                 for j in range(group[0].start, group[-1].start))
    return k >= 0 and doc[k].text == ":" and not closed
