"""Words that match a trigger's phrase but are no act where they stand: "led to a
coalition" (a cause), "the signed agreement" (an adjective), "the United Nations" (a name),
"the Protocol on full membership in NATO" (a document's title), "with leaders in attendance
including A" (present, not members), a caption's "left,". :func:`no_trigger` is asked once
per match by :func:`graphkit.extract.patterns.find_triggers`, before negation and hedging.
"""

from __future__ import annotations

from functools import cache

from graphkit.extract.attending import an_event_after, attendees
from graphkit.extract.calls import called_on, demanded
from graphkit.extract.no_body import TITLES
from graphkit.extract.schema_words import TriggerSpec, bloc_phrase, forms, kind_of_word
from graphkit.extract.vocabulary import ASKED_FOR, SKIP, after_non, compound_first, role_of_none

__all__ = ["adverb", "no_trigger"]

_GAINING = {"gain|gained", "regain|regained", "get|got|gotten", "obtain|obtained", "secure|secured"}  # "* membership"
_OWN_CLAUSE = {"have", "has", "had", "is", "are", "was", "were", "will", "their", "its"}
_OWNED_AIMS = {"bid", "bids", "application", "applications", "request", "wish", "desire", "hope",
               "hopes", "aim", "goal", "plan", "plans", "ambition", "intention", "attempt", "quest",
               "invitation", "invitations", "offer", "proposal", "call",  # "Russia's invitation to become"
               "push", "drive", "effort", "efforts", "chance", "chances", "path", "road", "way"}  # "in a year", "within two years"
_PLACES = {"top", "bottom", "far", "centre", "center", "upper", "lower", "second", "third"}
_PATHS = {"road", "path", "way", "roadmap", "route", "steps", "step", "progress"}
_ADVERBS = {"also", "already", "now", "then", "finally", "just", "still", "since", "recently",
            "formally", "officially", "jointly", "eventually", "subsequently", "thus", "too",
            "henceforth"}  # "The CSTO members henceforth are A, B"
# "The alliance, consisting of A, B and C,": its parts, not "countries, including Egypt"
_CONSTITUTING = {"consisting", "comprising", "uniting", "grouping", "encompassing", "bringing"}
#: the offices whose heads are people, not a verb's act: "the Administrative Heads", "agency heads"
_HEADS_OF_OFFICES = {"administrative", "agency", "department", "delegation", "division", "section"}
_POSTS = {"next", "new", "outgoing", "former", "current", "incoming", "acting", "future", "first"}
_HEADING = {"on", "out", "to", "for", "home", "back", "off", "into", "toward", "towards", "up",
            "down", "north", "south", "east", "west", "abroad", "there"}
_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
           "most", "some", "other", "top"}
_NOT_ADVERBS = {"only", "early", "family", "italy", "assembly", "supply", "july", "rally"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
                "our", "newly", "recently", "jointly-"}


def _after_as(doc, start: int, end: int) -> list[str]:
    """The words of a match after its last "as" ("joined ... as one of the partners")."""
    words = [t.lower_ for t in doc[start:end]]
    return words[len(words) - words[::-1].index("as"):] if "as" in words else []


def _left_with(doc, end: int, sent_end: int) -> bool:
    """Whether "with" and a count follow a few words after "leaves" ("leaves the diplomatic
    organisation with nine full members"): what remains, not who left."""
    return any(doc[k].lower_ == "with" and (doc[k + 1].like_num or doc[k + 1].lower_ in {"only", "just"})
               for k in range(end, min(end + 6, sent_end - 1)))


_GUESTS = {"outreach", "guest", "invited", "visiting"}
_GUESTS_OF = {"countries", "nations", "states", "members", "economies"}
_NO_ACTS = {"spring", "during", "morning", "evening", "beijing", "kunming", "nanning", "wyoming", "reading"}  # "join in spring"
_PARTS = {"force", "forces", "troops", "mission", "missions", "contingent", "contingents", "army",
          "brigade", "battalion", "team", "delegation", "delegations", "committee", "secretariat", "share"}


def _made_up_part(doc, end: int, sent_end: int) -> bool:
    """Whether what is made up is a share or a bloc's part, not the bloc: a quantity ("make up
    half of ASEAN's foreign investment", "the bulk of"), or a force, mission or team named after
    the bloc's name, in lower case or title case ("to make up the ECOWAS intervention force", "the
    African Union's peacekeeping force", "the ECOWAS Standby Force")."""
    if end < sent_end and (doc[end].like_num or doc[end].lower_ in _SHARES
                           or doc[end:end + 2].text.lower() in {"the bulk", "the majority", "the rest"}):
        return True
    k = end + int(end < sent_end and doc[end].lower_ == "the")
    words = []
    while k < sent_end and len(words) < 7 and (not doc[k].is_lower or doc[k].text in {"'s", "’s"} or (
            words and doc[k].is_alpha and len([w for w in words if w.islower()]) < 3)):
        words.append(doc[k].text)
        k += 1
    return any(w.lower() in _PARTS for w in words[1:])


_SHARES = {"half", "most", "more", "less", "over", "about", "nearly", "around", "almost", "roughly", "some",
           "much", "part", "a", "one", "two", "three", "only", "just"}


_WISHES = {"intention", "intentions", "wish", "desire"}


def _acts_inside(words) -> bool:
    """Whether the gap of "intention of * to join" holds an act of its own (a "to" or an
    owner's "'s" before the last "to")."""
    inner = [t.lower_ for t in words][2:]  # after "intention of"
    last = len(inner) - 1 - inner[::-1].index("to") if "to" in inner else len(inner)
    return bool({"to", "'s", "’s"} & set(inner[:last]))


_MEMBERSHIPS = {"full", "formal", "eventual", "future", "associate", "associated", "permanent", "a", "an",
                "the", "its", "their"}


def _with_after(doc, end: int, sent_end: int) -> bool:
    """Whether "with" follows ``end`` within four words and no comma ("open accession talks on
    Thursday with Ukraine"; not "together with", "along with": a companion)."""
    for k in range(end, min(end + 4, sent_end)):
        if doc[k].text == ",":
            return False
        if doc[k].lower_ == "with":
            return k == end or doc[k - 1].lower_ not in {"together", "along", "alongside"}
    return False


def _a_name_next(doc, end: int, sent_end: int) -> bool:
    """Whether a name follows ``end``, after a "the", and no noun after it makes it a thing of the
    name's ("entered the European Community in 1981", not "entered NATO airspace", "entered the
    BRICS chairmanship", "entered the EU accession process")."""
    k = end + (end < sent_end and doc[end].lower_ == "the")
    if k >= sent_end or not doc[k].text[:1].isupper():
        return False
    while k < sent_end and (doc[k].text[:1].isupper() or doc[k].lower_ in {"of", "for", "and"}
                            and k + 1 < sent_end and doc[k + 1].text[:1].isupper()):
        k += 1  # over the name: "the Association of Southeast Asian Nations"
    return (k >= sent_end or not (doc[k].is_alpha and doc[k].is_lower) or doc[k].lower_ in _AFTER_A_NAME
            or _GROUPS & {t.lower_ for t in doc[k:min(k + 2, sent_end)]})  # "enter AUKUS tech pact"


_GROUPS = {"pact", "alliance", "bloc", "group", "grouping", "partnership", "organisation", "organization",
           "union", "community", "club", "forum"}
#: what may follow a bloc entered: a date, a place, an aside ("entered NATO in 1952 and")
_AFTER_A_NAME = {"in", "on", "at", "as", "after", "with", "and", "for", "from", "since", "before",
                 "when", "under", "during", "together", "alongside", "along", "which", "that",
                 "but", "only", "officially", "formally", "fully", "shortly"}


def _of_a_delegation(doc, end: int, sent_end: int) -> bool:
    """Whether a delegation, mission or crew is whose members "members of" names ("members of the
    Russian delegation", "a member of the Chinese mission to the UN")."""
    words = [t.lower_ for t in doc[end:min(end + 5, sent_end)]]
    return bool((words[:1] in (["the"], ["its"], ["their"], ["a"], ["an"]) or {"'s", "’s"} & set(words[:4]))
                and _DELEGATIONS & set(words[1:]))  # "of a Russian delegation", "of Russia's mission"


_DELEGATIONS = {"delegation", "delegations", "mission", "crew", "staff", "embassy", "entourage"}


def _heads_of(doc, end: int, sent_end: int) -> bool:
    """Whether "heads" before ``end`` is the noun of "heads of state", "heads-of-government"."""
    k = end + (end < sent_end and doc[end].text == "-")
    return doc[end - 1].lower_ == "heads" and k < sent_end and doc[k].lower_ == "of"


def adverb(word: str) -> bool:
    """Whether ``word`` is an adverb a phrase may hold between its words ("were also admitted")."""
    return word in _ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in _NOT_ADVERBS)


def _in_title(before: list[str]) -> bool:
    """Whether the words before a noun trigger (nearest first) end an agreement's name
    ("Protocol on (full) membership in", "Protocol on the Accession of") or a way towards
    it ("a roadmap to full membership in")."""
    words = [w for w in before[:5] if w not in {'"', "'", "“", "”", "‘", "’"}]
    for k, word in enumerate(words[:3]):
        if word == "the":
            continue
        head = words[k + 1] if k + 1 < len(words) else ""
        if word in {"on", "of", "for", "concerning", "regarding"}:
            return bool(head) and kind_of_word().get(head) == kind_of_word().get("agreement")
        if word in {"to", "towards", "toward"}:  # "a roadmap to full membership": a way there
            return head in _PATHS
        if not word.isalpha():
            return False
    return False


def _signed_before(doc, start: int, sent_start: int) -> bool:
    """Whether a signing verb stands a few words before a document's title ("signed a
    memorandum on cooperation in the ILRS")."""
    return any(t.lower_ in {"signed", "sign", "signs", "signing", "inked"}
               for t in doc[max(sent_start, start - 6):start])


@cache
def _bloc(relation: str) -> bool:
    from graphkit.schema import load_schema

    return bool(load_schema().relations[relation].bloc)


def _after_that_of(doc, start: int, sent_start: int) -> bool:
    """Whether "with that of" or "with those of" stands in the six words before ``start``
    ("along with that of 5 other countries —"; not "larger than that of the EU member states")."""
    words = [doc[i].lower_ for i in range(start - 1, max(sent_start, start - 7) - 1, -1)]
    return any(words[k:k + 3] in (["of", "that", "with"], ["of", "those", "with"]) for k in range(4))


_NOT_MEMBERS = {"partner", "partners", "observer", "observers", "guest", "guests", "candidate",
                "candidates", "invited", "outreach", "dialogue", "applicant", "non"}


def no_trigger(doc, start: int, end: int, spec: TriggerSpec, before: list[str],
               sent_start: int, sent_end: int) -> bool:
    """Whether the match of ``spec`` on ``doc[start:end]`` is no trigger here; ``before``
    holds up to four words before it, nearest first, not crossing a comma."""
    if spec.phrase == "leave|left" and _left_with(doc, end, sent_end):
        return True  # "Iran's entry leaves the organisation with nine full members": no exit
    if spec.phrase == "leave|left" and start > sent_start and doc[start - 1].lower_ in _PARTS:
        return True  # "after most American and NATO combat troops leave": the troops go, no country leaves
    if doc[start].lower_ == "grouping" and spec.phrase.startswith("group|") and start > sent_start and (
            doc[start - 1].text not in {",", "—", "–", "(", "-"} and doc[start - 1].lower_ not in kind_of_word()) and any(
            t.lower_ == "with" for t in doc[end:min(end + 6, sent_end)]):
        return True  # "grouping Georgia with them has been viewed as headway": a likeness, no members
    if spec.form == "reverse" and _after_that_of(doc, start, sent_start):
        return True  # "India's bid for Observer Status was successful along with that of 5 other
        # countries — A, B": their bids, no members
    if spec.phrase == "join" and end < sent_end and doc[end].lower_ in {"forces", "hands"}:
        return True  # "ESA and Canada have joined forces in telecommunications": no joining
    if spec.phrase == "join" and end + 1 < sent_end and doc[end].lower_ == "into" and doc[end + 1].lower_ in {"a", "an"}:
        return True  # "Iran joined into a free trade agreement with the EEU": a deal, no bloc joined
    if (spec.phrase == "join" and end + 1 < sent_end and doc[end].lower_ == "in"
            and doc[end + 1].lower_.endswith("ing") and doc[end + 1].is_lower
            and doc[end + 1].lower_ not in SKIP | _NO_ACTS):
        return True  # "ISAF nations and Afghanistan join in honouring all those ...": a part in an act
    if spec.phrase.startswith("regain|regained") and doc[start].lower_.endswith("ing"):
        return True  # "Talks on Russia regaining membership in the G7": a prospect, no regaining
    if spec.phrase == "form|formed" and doc[end:end + 1].text.lower() in {"a", "an"} and any(
            t.lower_ in {"against", "with"} for t in doc[end + 1:min(end + 7, sent_end)]):
        return True  # "formed an unholy alliance against the regional bloc, Ecowas": a new body's, no member
    if spec.phrase.startswith("gather|") and (doc[start].lower_ in {"gathered", "gathering"}
                                              or not _a_name_next(doc, end, sent_end)):
        return True  # what a bloc is, "gathers A, B"; not an event, "have gathered in Chicago", "gathered A, B for talks"
    if spec.phrase.startswith("leaders of all *") and {t.lower_ for t in doc[start + 3:end]} & _NOT_MEMBERS:
        return True  # "leaders of all three partner nations in BRICS": partners, no members
    if spec.phrase.endswith(("cooperating state", "cooperating states")) and {
            t.lower_ for t in doc[start + 1:end - 2]} & {"member", "members", "after", "before", "since"}:
        return True  # "became a member after being a European Cooperating State": a member
    if spec.phrase.startswith("open|opened accession") and _with_after(doc, end, sent_end):
        return True  # "a conference ... formally opening accession negotiations with this country": the bloc's act
    if spec.phrase == "negotiate|negotiated for * membership" and any(
            t.is_lower and t.lower_ not in _MEMBERSHIPS for t in doc[start + 2:end - 1]):
        return True  # "negotiated for a better deal on its EU membership" (not "for full EU membership")
    if spec.phrase.startswith("eligibility") and not (before[:1] and before[0] in {"'s", "’s", "its", "their"}):
        return True  # "Germany and France debated the eligibility for membership of NATO": no owner's wish
    if spec.phrase == "enter|entered" and not _a_name_next(doc, end, sent_end):
        return True  # "entered into force", "entered talks with NATO": no bloc entered
    if spec.phrase.startswith("make|") and _made_up_part(doc, end, sent_end):
        return True  # "soldiers from A and B to make up the ECOWAS intervention force": no bloc's
    if spec.phrase == "lead|led" and end < sent_end and doc[end].lower_ == "to":
        return True  # "the attempts to dominate Europe led to a coalition": a cause, no leader
    if (spec.phrase == "lead|led" and end + 1 < sent_end and doc[end].lower_ in {"in", "on"}
            and doc[end + 1].lower_.endswith("ing") and doc[end + 1].lower_ not in SKIP):
        return True  # "an opportunity to lead in shaping the outcomes": a part in an act, no lead (not
        # "lead in building the ILRS", whose gerund names what is led)
    if spec.phrase == "head|headed" and end < sent_end and doc[end].lower_ in _HEADING:
        return True  # "they sign copies, pose for pictures, and then head on out": a way, no lead
    if spec.phrase == "welcome|welcomed * into" and any(
            t.is_alpha and t.is_lower and t.lower_ not in {"and", "the", "both"} for t in doc[start + 1:end - 1]):
        return True  # "welcomed millions of Ukrainian refugees into the EU": people or goods, no member
    if spec.phrase == "head|headed" and doc[start].lower_ == "head" and before[:1] and (
            before[0] in _POSTS and any(t.lower_ in TITLES for t in doc[max(sent_start, start - 10):start])
            or doc[start - 1].text.isupper() and before[1:2] and before[1] in _POSTS):
        return True  # "appoint Prime Minister X as the next head of the alliance", "the outgoing NATO
        # head": a person's post (not "Kazakhstan is the current head of the SCO")
    if spec.phrase == "head|headed" and (_heads_of(doc, end, sent_end) or start > sent_start
                                         and doc[start - 1].lower_ in _HEADS_OF_OFFICES):
        return True  # "the upcoming heads-of-government summit", "heads of state", "The
        # distinguished Administrative Heads ... from Member States: A, B": people (not the
        # headline's "China Heads International Lunar Research Station")
    if doc[end - 1].lower_ == "heads" and before[:1] and before[0] in {"by", "of", "with", "to"}:
        return True  # "They were joined by heads and high-level representatives": people
    if doc[end - 1].lower_ == "of" and doc[end - 2].lower_ in {"member", "members"} and _of_a_delegation(
            doc, end, sent_end):
        return True  # "expelled eight members of the Russian delegation": people, no country
    if doc[start].text == "United" and start + 1 < sent_end and doc[start + 1].is_title:
        return True  # "the United Nations", "United Kingdom": a name, not the verb "united"
    if spec.phrase[:2] in ("'s", "’s") and any(t.text in {"'s", "’s"} for t in doc[start + 1:end]):
        return True  # "Finland's and Sweden's applications to join": a list of owners, no "*"
    if spec.phrase[:2] in ("'s", "’s") and any(t.lower_ in _OWN_CLAUSE for t in doc[start + 1:end - 1]):
        return True  # "NATO's partners have declared their candidacy for membership": a clause between
    if spec.form == "verb" and before[:1] and before[0] in _DETERMINERS and (
            before[0] not in {"newly", "recently"} or before[1:2] in (["the"], ["a"], ["an"])):
        return True  # "the signed agreement", "the recently signed": an adjective (not "have recently joined")
    if (spec.form == "verb" and start - 5 >= sent_start and doc[start - 1].lower_ in {"and", "or"}
            and doc[start - 3].text in {"-", "–"} and doc[start - 5].lower_ in _DETERMINERS
            and doc[start - 2].lower_.endswith("ed") and not doc[start].lower_.endswith("ing")):
        return True  # "the US-crafted and led Artemis Accords": a compound adjective, no verb
    if spec.form == "reverse" and bloc_phrase(spec.phrase) and not (
            start > sent_start and (doc[start - 1].text[:1].isupper() or doc[start - 1].text in {",", '"', "”", "’"})):
        return True  # "AUKUS involves A, B", "the Quad countries i.e. A, B"; not "The EU's sanctions
        # package involves A", "NATO partner countries, namely A, B" (for the reader too)
    if spec.phrase in ("original members", "existing members") and not (
            end < sent_end and (doc[end].text[:1].isupper() or doc[end].lower_ == "the")):
        return True  # "joining original members Brazil, Russia": not "Its original members included", "SCO's original members, A"
    if spec.form == "verb" and compound_first(doc, end):
        return True  # "Colombia's first left-wing head of state": no leaving
    if (spec.form == "verb" and start > sent_start and doc[start].lower_.endswith("ing")
            and (doc[start - 1].text.isdigit() or doc[start - 1].lower_ in _COUNTS)):
        return True  # "the five leading BRICS countries": an adjective after a count
    if (spec.form == "verb" and spec.phrase.split()[0] not in forms("be")
            and [w for w in before[:2] if not adverb(w)][:1] in (["was"], ["were"], ["been"])
            and not doc[start].lower_.endswith("ing")):
        return True  # "a joint forum with Japan was established": a passive names no agent
    if spec.form == "reverse" and (before[:1] and before[0] in _GUESTS and doc[start].lower_ in _GUESTS_OF
                                   or before[1:2] and before[0] in _GUESTS_OF and before[1] in _GUESTS):
        return True  # "talks with outreach countries including Sri Lanka": guests, no members
    if spec.form == "reverse" and role_of_none(doc, start, spec.phrase, before):
        return True  # "member states and partner countries, including A, B"; "an EU member state – A, B"
    if spec.form == "reverse" and _another_role_after(doc, end, sent_end):
        return True  # "almost all EU member states and four associated states: A, B": the others' list
    if spec.form == "inner" and spec.phrase.split()[0] in _WISHES and _acts_inside(doc[start:end]):
        return True  # "the intention of Hungary to approve Sweden's bid to join": Hungary's act, not its wish
    if spec.form == "inner" and not any(t.text[:1].isupper() for t in doc[start + 1:end]):
        return True  # "appointed a special envoy to resolve issues": no name inside, no one appointed
    if spec.form == "inner" and ([w for w in before[:2] if not adverb(w)][:1] in (
            ["was"], ["were"], ["been"], ["being"]) or doc[start + 1].lower_ in {"been", "being"}):
        return True  # "has been welcomed into ASEAN as its 11th member", "have been admitted
        # as members of": a passive, no one inside
    if (spec.form == "verb" and start > sent_start and doc[start].is_title
            and doc[start - 1].lower_ in {"of", "the"}):
        return True  # "the Council of Heads of State": a word of a name, no verb
    if (spec.form == "verb" and doc[start].lower_ in {"'s", "’s"} and start + 1 < sent_end
            and doc[start + 1].lower_ in _OWNED_AIMS):
        return True  # "Kenya's bid to become a full member of": a possessive, no "is"
    if spec.phrase.split()[0] in _GAINING and (
            "for" in {t.lower_ for t in doc[start + 1:end]}
            or end < sent_end and doc[end].lower_ in _OWNED_AIMS | ASKED_FOR):
        return True  # "gained support for its NATO membership bid": not the membership
    if spec.form == "noun" and before[:2] in (["for", "opened"], ["for", "open"], ["for", "opens"]):
        return True  # "it opened for signature on 18 December 1979": no one signed
    if spec.form in ("noun", "inner") and _in_title(before) and not (
            spec.parties and not _bloc(spec.relation) and _signed_before(doc, start, sent_start)):
        return True  # "the Protocol on full membership in NATO": a document's title, no act
        # (but "signed a memorandum on cooperation in the ILRS": its signers cooperate)
    if (spec.form == "reverse" and doc[start].lower_.endswith("ing") and start > sent_start
            and doc[start - 1].text == "," and doc[start].lower_ not in _CONSTITUTING):
        return True  # "interest from several countries, including Egypt": a list, no verb
    if spec.form == "reverse" and doc[start].lower_ == "group" and end == start + 1:
        return True  # "join the BRICS group, including Iran": a noun; the verb is "groups"
    if spec.form == "reverse" and attendees(doc, start, sent_start):
        return True  # "with leaders in attendance including A and B": present, not members
    if spec.form == "verb" and an_event_after(doc, end, sent_end):
        return True  # "took part in the meeting alongside the organisation's secretary-general"
    if (end - start == 1 and start > sent_start and end < sent_end and doc[end].text in {",", ")"}
            and (doc[start - 1].text in {",", "("} or doc[start - 1].lower_ in _PLACES
                 or doc[start - 1].lower_ == "from" and doc[start - 2].text == "(")):
        return True  # a caption: "NASA Administrator Bill Nelson, left, and", ", bottom left,", "(from left)"
    if (spec.form == "noun" and end - start == 1 and end < sent_end
            and kind_of_word().get(doc[end].lower_) == kind_of_word().get("agreement")):
        return True  # "the accession protocols": a document's name, no act
    if spec.form in ("verb", "reverse") and demanded(doc, start, sent_start):
        return True  # "insisting the group readmit Russia": asked for, not done
    if spec.form == "verb" and called_on(doc, start, sent_start):
        return True  # "India called for the pan-African organisation to become a member": a call
    if " as * " in spec.phrase and "to" in _after_as(doc, start, end):
        return True  # "joined the ILRS as China continues its push to attract partners": a clause
    # "NATO non-members are", "has several non-members, including": what they are not
    return any(after_non(doc, i) for i in range(max(sent_start + 2, start), end + 1))


_ROLE_NOUNS = {"states", "countries", "nations", "members", "partners", "observers"}


def _another_role_after(doc, end: int, sent_end: int) -> bool:
    """Whether "and" and another group noun with its colon follow a reverse trigger ending at
    ``end`` ("member states and four associated states: Iceland, Norway"): the list after the
    colon is the second group's."""
    if end >= sent_end or doc[end].lower_ != "and":
        return False
    for k in range(end + 1, min(end + 5, sent_end - 1)):
        if doc[k].lower_ in _ROLE_NOUNS:
            return doc[k + 1].text in {":", "—", "–"}
    return False
