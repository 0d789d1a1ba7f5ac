"""The words graphkit extract reads claims by, besides the triggers of schema.yaml: what
joins the names of a list, what ends a clause, what a reporting verb or a group noun is,
which words describe an event rather than a node, and how much each way of naming a node
is trusted (:mod:`graphkit.extract.sentence` and :mod:`graphkit.extract.candidates` use them).
"""

from __future__ import annotations

import re
from functools import cache

from graphkit.extract.parts import PARTS, military_part
from graphkit.extract.schema_words import kind_of_word, load_specs

__all__ = ["ACCEPTANCES", "ACTIVITIES", "AFTER_PHRASE", "ANAPHORA", "AREAS", "ASKED_FOR", "BOUNDARY", "CLAUSE_GLUE", "CONTRAST_TURN", "COUNTED_ANAPHOR", "COUNTRY_NOUN", "COUNT_WORDS", "DATELINE", "EFFECT", "ELIDED_NEXT", "ELIDED_SKIP", "ELIDED_THE", "EVENTS", "FORM_FACTOR", "GAP_GLUE", "GENERIC", "GROUP_GLUE", "GROUP_NOUNS", "INVITATIONS", "LED", "LIST_OPENERS", "MET", "NEAR", "NEGATED", "NEGATING", "NOT_SUBJECT", "NUMBER_WORDS", "OBJECT_FACTOR", "OPEN_DETERMINERS", "OPEN_SLOT", "OWNER_MARKS", "OWN_BIDS", "PLACE_DATELINE", "POSSESSIVE_MARKS", "PREPOSITIONS", "REPORTING", "SEPARATORS", "SKIP", "SLOT_SKIP", "SPELLINGS", "STRIVINGS", "SUBJECT_FACTOR", "UNNAMED_AGAIN", "UNREALISED", "VISITORS", "VOTES", "ZONE_NAMES", "ZONE_WORDS", "after_non", "agreement_kind", "compound_first", "count_of", "counted_anaphor", "counted_in", "event_after", "generic_name", "glued_name", "hyphened_qualifier", "members_of_a_programme", "named_as_not", "not_reverse_object", "others_listed", "owned_role", "past_semicolon", "relation_of", "role_of_none"]

#: what is not (yet) so: "its potential participation in the ILRS", "the planned entry into
#: BRICS", "the future full membership of our country"
UNREALISED = {"potential", "possible", "eventual", "prospective", "future", "hypothetical",
              "planned", "proposed", "intended"}
SEPARATORS = {",", "and", "as", "well", "&", "together", "along", "with", "both", "plus",
               "the", "neighbouring", "neighboring", "fellow"}
BOUNDARY = {",", ";", ":", "—", "–", "which", "who", "whose", "while", "whereas", "but"}
# words that turn a sentence against what came before ("A joined, while B ...")
CONTRAST_TURN = frozenset({"while", "whereas", "but", "although", "though", "however"})
SKIP = {"have", "has", "had", "included", "include", "includes", "the", "a", "an", "its",
         "their", "his", "her", "two", "new", "joint", "bilateral", "establishment", "creation",
         "construction", "development", "deployment", "of", "building", "formation", "setting",
         "up", "another", "further", "additional", "several", "planned", "proposed", "future",
         "long", "-", "term", "work", "on", "to", "in", "jointly", "intergovernmental",
         "joining", "becoming", "signing", "ranks", "fold", "club", "family", "creating",
         "establishing", "constructing", "developing",
         "both",  # "a member of both BRICS and the SCO"
         "newly", "recently", "formed", "founded", "created", "established", "launched", "expanded",
         "enlarged"}  # "join the newly formed NATO", "the recently expanded BRICS"
#: a word's other spelling, British or American ("Co-operation Organization")
SPELLINGS = {"cooperation": "co-operation", "co-operation": "cooperation",
             "organisation": "organization", "organization": "organisation",
             "programme": "program", "program": "programme", "centre": "center",
             "center": "centre", "defence": "defense", "defense": "defence"}
REPORTING = {"said", "says", "say", "told", "tells", "announced", "announces", "reported",
              "reports", "stated", "states", "noted", "added", "declared", "confirmed",
              "according"}
#: the verbs that open a clause after its subject ("A, B and C — have already joined")
AUXILIARIES = {"have", "has", "had", "are", "were", "is", "was", "will", "would", "could", "can",
               "should", "must", "shall"}
CLAUSE_GLUE = {"its", "their", "his", "her", "that", "the", "a", "an", "on", "in", "this",
                "today", "yesterday", "officially", "formally", "had", "has", "have", "would",
                "will", "was", "were", "is", "are", "also", "it", "they", "to", "of"}
ANAPHORA = ("the two nations", "the two countries", "the two sides", "both countries",
             "both nations", "both sides", "the two governments", "the two states",
             "the two", "their", "they", "them")
# "the nation", "the kingdom", "his country" (a leader's): the last country named
# a negation word in a stretch of text: "not", "never", "no", "n't"
NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
COUNTRY_NOUN = re.compile(r"\b(?:the (?:nation|kingdom|republic)|(?:his|her) (?:country|nation))\b")
# a country after these is not the subject of what follows ("gained independence from
# Indonesia in 2002 and applied for membership")
NOT_SUBJECT = {"from", "against", "with", "to", "into", "towards", "toward", "than"}
#: head nouns that stand for a node only if its own name has them: "the bank" after "the
#: BRICS Summit" is a bank, not BRICS
OWN_NAME_HEADS = {"bank", "banks"}
# heads that, once a page has used them for a thing no node stands for ("an inter-party forum
# in the BRICS format"), name that thing again after "the" ("will take part in the forum")
UNNAMED_AGAIN = {"forum", "forums"}
GROUP_NOUNS = {"nations", "countries", "states", "governments", "members", "agencies",
                "parties", "signatories", "partners"}
GROUP_GLUE = GROUP_NOUNS | {"and", "other", ",", "as", "well", "several", "more", "many",
                              "few", "some", "all", "the", "its", "their", "fellow"}
AREAS = {"area", "areas", "field", "fields", "issue", "issues", "matter", "matters", "topic",
          "topics", "domain", "domains", "sphere", "spheres", "sector", "sectors", "framework",
          "frameworks", "agenda", "platform", "platforms", "key", "number", "range", "variety"}
PREPOSITIONS = {"of", "on", "for", "to", "with", "in", "at", "by", "from", "dedicated",
                 "concerning", "regarding", "that", "which", "aimed", "focused", "between", "("}

# after a trigger whose object is left out ("Iran joined on July 4", "Ecuador signed
# Wednesday", "became full members."), words that may stand before the clause goes on
ELIDED_SKIP = {"officially", "formally", "also", "too", "now", "finally", "recently", "up",
                "later", "then", "already", "eventually", "subsequently", "itself", "themselves",
                "back"}  # "submitted its application back in 2011"
ELIDED_NEXT = {".", ",", ";", ":", ")", "(", "—", "–", "-", "on", "in", "at", "during",
                "after", "since", "as", "with", "bringing", "making", "becoming", "when", "while",
                "and", "but", "earlier", "following", "today", "yesterday", "until", "before",
                "through", "along", "together", "shortly", "alongside"}
ELIDED_THE = {"following", "same", "previous", "next", "year", "month", "week", "day"}
# before a reverse phrase with no object of its own ("approval in member state Turkey";
# not "The list included Belarus")
NEAR = {"the", ":", "both", "-", "—", "–", ",", "including", "countries", "states", "nations",
         "members", "not", "only"}
OPEN_SLOT = {"in", "of", "for", "by", "with", "to", "from", "the", "a", "and", ",", "fellow",
              "its", "their", "are", "is", "were", "it", "while", "whereas"}  # "..., while partners are A"
#: before a reverse trigger, these stand for the organisation last named only as a noun's
#: determiner ("Those original founders included"; not "These include", a pronoun)
OPEN_DETERMINERS = {"these", "those"}
#: an effort towards what follows "to" ("the push to join NATO"): not yet done
STRIVINGS = {"push", "drive", "campaign", "quest", "attempt", "effort", "efforts"}
#: an invitation to join, which is no joining ("BRICS invited Peru to join"), unless accepted
INVITATIONS = frozenset({"invited", "invite", "invites", "inviting", "invitation", "invitations", "invitees",
                         # "the group extended an offer to A, B and C to join": an invitation
                         "offer", "offers", "offered"})
ACCEPTANCES = frozenset({"accept", "accepted", "accepts", "accepting"})
#: nouns whose "by" names who asked, not who acted: "signed ... following an initiative by"
PROPOSALS = frozenset({"initiative", "proposal", "request", "suggestion", "invitation", "behest"})
#: the marks of a possessive, bare apostrophes included ("the United States' space agency")
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: the mark of a name that owns the next: "NATO's", "NATO’s"
OWNER_MARKS = frozenset({"'s", "’s"})
#: what "X-" before it makes X: "the China-led station", "the NASA-backed program"
LED = frozenset({"led", "backed", "run", "sponsored"})
#: what is asked for, before "for" and a membership ("a formal request for membership"): a wish
ASKED_FOR = {"candidate", "request", "requests", "application", "applications", "bid", "bids"}
#: after a possessive, a wish of the owner's own ("Sweden's bid for accession to NATO": Sweden's;
#: "Malaysia and Thailand's wish to join BRICS": Thailand's too)
OWN_BIDS = ASKED_FOR - {"candidate"} | STRIVINGS | {"wish", "wishes", "desire", "intention", "intentions"}
#: a count written as a word ("ten countries joined"), as the forms that check a list's length read it
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20}


#: "the tenth member": its place in a count, as the forms that check a list's length read it
ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}


def ordinal_of(word: str) -> int:
    """The place an ordinal says ("tenth", "31st"), 0 for any other word."""
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word.lower())
    return int(digits.group(1)) if digits else ORDINAL_WORDS.get(word.lower(), 0)


COUNTED_ANAPHOR = re.compile(r"\b(?:these|those|the)\s+(?P<n>\w+)\s+(?:new\s+)?(?:countries|nations|states)\b")  # "these six"
_ALL_OF = re.compile(r"^\s*all\s+(?P<n>\w+)(?:\s+(?:countries|nations|states))?(?:\s*,\s*\w+\s*,)?(?:\s+(?:are|were|have|had)(?:\s+been)?)?\s*$")  # "... E. All five (countries) are members of"


def counted_anaphor(gap: str) -> re.Match | None:
    """"these five countries" or "all five" in ``gap`` (the list of as many named before), unless
    another group noun follows ("With these five countries accounting for ..., 19 nations")."""
    found = COUNTED_ANAPHOR.search(gap) or _ALL_OF.search(gap)
    return None if found and GROUP_NOUNS & set(gap[found.end():].split()) else found


_COUNTED = re.compile(r"\b(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?:(?:other\s+|more\s+)?"
                      r"(?:countries|nations|states)|of\s+them)\b")  # "with 22 of them having"


def counted_in(gap: str) -> int:
    """The number of countries a count in ``gap`` says, 0 if none ("the 29 countries in order
    that they joined": 29, a subject other than the last list of another size)."""
    found = _COUNTED.search(gap)
    return count_of(found.group("n")) if found else 0


def count_of(word: str) -> int:
    """The number a count word or digits say ("Ten", "13"), 0 for any other word."""
    return NUMBER_WORDS.get(word.lower()) or (int(word) if word.isdigit() else 0)


COUNT_WORDS = {"current", "founding", "original", "new", "full", "other", "permanent", "all"}
SLOT_SKIP = COUNT_WORDS | {"now", "currently", "already",  # "it now includes": the object before
                           "initially", "originally"}  # "Initially comprising A, B, the group"
LIST_OPENERS = {":", "—", "–", "("}  # "the eight founders: A, B, ...", "(A, B and C)"
AFTER_PHRASE = {"to", "of", "in", "on", "for", "with", "into", "from", "at", "by"}
ACTIVITIES = {"demonstration", "planning", "design", "development", "implementation", "operation",
               "operations", "application", "applications", "construction", "building", "use",
               "research", "engineering", "exploration", "training", "management", "study",
               "studies", "creation", "deployment", "maintenance", "utilisation", "utilization",
               "project", "and", ",", "the", "its", "joint", "scientific", "technical"}

OBJECT_FACTOR = {"name": 1.0, "country": 1.0, "short": 0.95, "demonym": 0.9,
                  "region": 0.85, "description": 0.8, "new": 0.7, "anaphor": 0.85,
                  "topic": 0.8, "pronoun": 0.85}
#: "VILNIUS, Lithuania (AP) — ", "SINGAPORE (Reuters) - ": where a report was filed, no party
PLACE_DATELINE = re.compile(r"^[A-Z]{3,}[A-Z .'-]*(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:\([A-Za-z .]+\)\s+)?"
                            r"|\s\([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}\)\s+)[—–-]{1,2}\s", re.MULTILINE)
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s+(?:[A-Z][a-z]+\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+[A-Z][a-z]+)\b")
EFFECT = re.compile(r"^\W*(?:the|their|its|this|that)\s+(?:new\s+)?(?:membership|memberships|accession|"
                    r"admission|expansion|decision|composition)\b[^.]{0,30}?\b(?:take|takes|took|come|comes|"
                    r"came)\s+(?:full\s+)?(?:into\s+)?effect\b", re.IGNORECASE)  # "will take full effect"
SUBJECT_FACTOR = {"name": 1.0, "country": 1.0, "short": 0.95, "demonym": 0.95,
                   "anaphor": 0.85, "counted": 0.85, "new": 0.7, "agency": 0.9,
                   "companion": 0.85, "leader": 0.85}  # "leader": "the Russia-led alliance, which also includes"


GAP_GLUE = {",", "and", "the", "followed", "by", "then", "while", "with", "in", "on", "as", "well",
            "was", "were", "did"}  # ", as was Cambodia in 1999"


GENERIC = {"memorandum", "understanding", "agreement", "cooperation", "joint", "statement",
            "declaration", "document", "mou", "of", "on", "the", "letter", "intent"}
EVENTS = {"summit", "summits", "meeting", "meetings", "session", "sessions", "conference",
           "ceremony", "talks", "congress", "gathering", "event", "events",
           "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "mission",
           "missions", "debate", "debates", "negotiations", "rotation", "rotations",
           "crew", "crews", "flight", "flights"}  # "will join the Artemis II crew": a mission's
VOTES = frozenset({"voted", "vote", "votes", "voting"})
#: a currency's or a free-travel zone's names, which the dataset has no node for ("The eurozone
#: now consists of", "the Schengen area includes"), and their first words, which a sentence
#: speaking of the zone's membership uses ("candidates for euro membership")
ZONE_NAMES = (("eurozone",), ("euro", "zone"), ("euro", "area"), ("schengen", "area"), ("schengen", "zone"))
ZONE_WORDS = frozenset(name[0] for name in ZONE_NAMES)
#: "the G8 leaders met with", "EU officials conferred with leaders from": counterparts follow
MET = frozenset({"met", "meet", "meets", "meeting", "conferred", "confer", "confers", "conferring"})
VISITORS = frozenset({"leaders", "heads", "representatives", "presidents", "delegations", "guests",
                      "ministers", "envoys", "delegates", "officials"})  # people at a meeting, not their countries


_TOPICS = {"issue", "issues", "matters", "affairs", "questions"}
_EVENT_MODIFIERS = {"committee", "ministerial", "leaders", "leaders'", "foreign", "defence",
                    "defense", "annual", "plus", "heads", "of", "state", "ministers", "ministers'"}


_ABOUT_TOPIC = {"on", "about", "over", "regarding", "concerning"}


def _topic_after(doc, k: int, limit: int) -> bool:
    """Whether the name ending before token ``k`` names a topic's kind after "on" or "about"
    ("cooperate on NATO issues", "on EU matters"; not "Sweden's membership of NATO matters")."""
    if not (k < limit and doc[k].lower_ in _TOPICS):
        return False
    j = k - 1
    while j > 0 and (doc[j].is_upper or doc[j].is_title or doc[j].lower_ == "the"):
        j -= 1
    return doc[j].lower_ in _ABOUT_TOPIC


def event_after(doc, k: int, limit: int) -> bool:
    """Whether the words from token ``k`` (right after a name) make it an event's: "summit",
    also after a gloss in brackets and a modifier or two ("the Shanghai Cooperation
    Organization (SCO) summit", "NATO committee meetings", "the SCO foreign ministers'
    meeting"), of its issues ("NATO issues"), or one of its parts or places
    (:mod:`graphkit.extract.parts`)."""
    if _topic_after(doc, k, limit):
        return True  # "cooperate on NATO issues": the issues, not NATO
    if k < limit and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(k + 6, limit)) if doc[j].text == ")"), None)
        k = close + 1 if close is not None else k
    k += k < limit and doc[k].text == ")"  # the gloss itself: "(SCO) summit"
    skipped = 0
    while k < limit and skipped < 3 and doc[k].lower_ in _EVENT_MODIFIERS:
        k, skipped = k + 1, skipped + 1
    if k < limit and doc[k].lower_ in EVENTS:
        return True
    for t in doc[k:min(k + 4, limit)]:  # "the NATO integrated military command", "NATO headquarters"
        if t.lower_ in PARTS or military_part(doc[t.i - 1:t.i + 1]):
            return True
        if not (t.is_alpha and t.is_lower) or t.is_stop or t.lower_ in {"amid", "amidst", "despite", "following"}:
            return False
    return False


def generic_name(name: str) -> bool:
    """Whether a new node's name is only what any agreement is called ("Memorandum of
    Understanding"): no claim about it, but about what it is on."""
    return set(re.findall(r"[a-z]+", name.lower())) <= GENERIC


FORM_FACTOR = {"noun": 0.9}


def agreement_kind() -> str:
    """The node kind of "agreement" in schema.yaml's head nouns."""
    return kind_of_word().get("agreement", "")


@cache
def relation_of(phrase: str, form: str | None = None) -> str:
    """The relation of a trigger phrase in schema.yaml ("join", "verb": MEMBER_OF)."""
    return next(s.relation for s in load_specs() if s.phrase == phrase and form in (None, s.form))


def not_reverse_object(doc, mentions, m, trigger_start: int) -> bool:
    """Whether ``m``, the last node before a reverse trigger, is not what it is about: a new
    node a meeting is "of" ("the meeting of the Council of Heads of State decided on the
    membership of A": an event, no bloc), or an owner of another group already listed
    ("ASEAN's ten member states — A, B — along with key partners including C": not ASEAN's),
    or a name in an earlier clause, past a semicolon, that no "its" or "their" points back to."""
    words = [t.lower_ for t in doc[max(0, m.start - 3):m.start]]
    if words[-1:] == ["the"]:
        words = words[:-1]
    if m.how == "new" and words[-2:-1] and words[-2] in EVENTS and words[-1] == "of":
        return True
    if others_listed(doc, m.end if trigger_start - m.end <= 4 else trigger_start - 3, trigger_start):
        return True  # "The SCO's dialogue partners include A": the partners', not the SCO's;
        # "a G7 summit ... and expand the list of invitees to include A"
    if past_semicolon(doc, m.end, trigger_start):
        return True  # "... the SCO ...; on a bilateral level, they include Laos": another
        # clause's subject (but "The SCO has grown; its members include A")
    if doc[m.end:m.end + 1].text not in OWNER_MARKS:
        return False
    between = [t.lower_ for t in doc[m.end + 1:trigger_start]]
    return bool(GROUP_NOUNS & set(between)) and any(
        m.end < o.start and o.end <= trigger_start for o in mentions)


def others_listed(doc, start: int, trigger_start: int) -> bool:
    """Whether the words from ``start`` to a reverse trigger name others than members ("the
    list of invitees to include A", "its dialogue partners include")."""
    return bool(_NOT_MEMBERS & {t.lower_ for t in doc[start:trigger_start]})


_POINTERS = {"its", "their"}


def past_semicolon(doc, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` (from a name to what may be said of it) cross a
    semicolon with no "its" or "their" after it pointing back: the name is another clause's."""
    words = [t.lower_ for t in doc[start:end]]
    if ";" not in words:
        return False
    return not _POINTERS & set(words[len(words) - words[::-1].index(";"):])


_NOT_MEMBERS = {"partner", "partners", "observer", "observers", "guest", "guests", "applicant",
                "applicants", "candidate", "candidates", "neighbours", "neighbors", "rivals",
                "invitee", "invitees"}

def named_as_not(doc, m) -> bool:
    """Whether ``m`` is named as what something is not ("non-NATO members", "non-EU
    states") or inside a doctrine's name ("the One China policy"): no mention of that node."""
    return after_non(doc, m.start) or (m.start > 0 and doc[m.start - 1].lower_ == "one" and m.end < len(doc)
                                       and doc[m.end].lower_ in {"policy", "principle"})


def after_non(doc, i: int) -> bool:
    """Whether the word at ``i`` follows "non-" ("non-NATO", "non-members")."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "non"


def named_non(doc, start: int, end: int, spellings) -> bool:
    """Whether tokens ``start`` to ``end`` name one of ``spellings`` (lower case) after "non-"
    ("Some non-EU countries have also joined": not the EU's)."""
    return any(after_non(doc, i) and doc[i].lower_ in spellings for i in range(start + 2, end))


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "sept", "oct", "nov", "dec", "."}
_ACT_ADJECTIVES = {"recent", "formal", "official", "historic", "landmark", "latest", "earlier"}


_MEMBER_WORDS = {"member", "members", "participant", "participants", "partner", "partners"}


def members_of_a_programme(words, kind: str) -> bool:
    """Whether ``words`` (tokens before a list, or a trigger's) call the names members or
    partners of a programme ("Other members of the programme include A, B") where the object
    is no programme (the Artemis Accords, the EU named before): the programme's, not the
    object's. Only a programme's head noun counts: a "pact" or a "treaty" may describe a bloc."""
    lower = {t.lower_ for t in words}
    said = {kind_of_word()[w] for w in lower if w in kind_of_word()}
    programme = kind_of_word()["programme"]
    return kind != programme and said == {programme} and bool(_MEMBER_WORDS & lower)


def hyphened_qualifier(doc, after: int, end: int, *, named: bool) -> bool:
    """Whether a hyphen and a lower-case word at token ``after`` (before ``end``) make the word
    before them a qualifier of a head to come ("the China-led International Lunar Research
    Station"), after a name only a participle ("joins Russian-led EAEU", "the NATO-run
    Partnership for Peace", not "Quad-at-Sea")."""
    return (after + 1 < end and doc[after].text == "-" and doc[after + 1].is_lower
            and doc[after + 1].lower_ not in kind_of_word()
            and (not named or doc[after + 1].lower_.endswith("ed") or doc[after + 1].lower_ in _PARTICIPLES))


_PARTICIPLES = {"run", "built", "driven", "made", "held", "won"}  # "the NATO-run Partnership for Peace"


def dated_act(span) -> bool:
    """Whether the words between an owner's "'s" and a noun trigger only date or qualify the
    act ("Chile's July 14 signing of", "Chile's recent signing of"): the owner is its agent."""
    return len(span) > 0 and all(t.like_num or t.lower_ in _MONTHS | _ACT_ADJECTIVES
                                 or t.text == "," for t in span)


_ROLE_NOUNS = {"member", "members", "membership", "partner", "partners", "signatory",
               "signatories"}


def owned_role(doc, start: int, end: int, mentions) -> bool:
    """Whether a capitalised name no mention covers owns a role word between tokens ``start``
    and ``end`` ("the NDB's total membership now rises to 11 countries, which include"): the
    names after it are that body's."""
    for t in doc[start + 1:end - 1]:
        owner = doc[t.i - 1]
        if (t.text in OWNER_MARKS and owner.text[:1].isupper()
                and not any(m.start <= owner.i < m.end for m in mentions)
                and _ROLE_NOUNS & {w.lower_ for w in doc[t.i + 1:min(t.i + 4, end)]}):
            return True
    return False


def compound_first(doc, end: int) -> bool:
    """Whether a hyphen right after token ``end - 1`` makes it the first part of a compound
    ("Colombia's first left-wing head of state": no leaving)."""
    return (end < len(doc) and doc[end].text in {"-", "‑"} and not doc[end - 1].whitespace_
            and end + 1 < len(doc) and doc[end + 1].is_alpha)


#: words before a trigger (in its own clause) that negate it
NEGATING = frozenset({"not", "n't", "n’t", "never", "no", "neither", "nor", "yet", "refused", "declined",
                      "failed", "rejected", "denied", "refuses", "declines", "without", "instead",  # "promise
                      "refuse", "refusing", "reject", "rejects", "rejecting",  # to refuse to join"
                      "rather", "ruled", "rules", "against", "observer", "observers",
                      # "backing Russia's objection to Ukraine joining the alliance"
                      "objection", "objections", "opposition", "oppose", "opposes", "opposed", "opposing",
                      # a participation frozen is not ended, nor cooperation (data/: status suspended)
                      "frozen", "froze", "freezes", "freeze", "freezing", "suspended", "suspends",
                      "suspend", "suspension", "halted", "halts", "delay", "delays", "delayed",  # "its delay in joining"
                      "eager",  # "is eager to become a member": a wish ("eager to join" is interest)
                      "abstained", "abstains", "abstain", "stopped", "stops", "ceased", "boycotted",
                      "refrain", "refrains", "refrained", "refraining",  # "will refrain from submitting an application"
                      "unable", "impossible", "impossibility",  # "lamented the impossibility of signing X"
                      # "acting to prevent Venezuela from joining", "Hungary blocked Sweden's accession"
                      "prevent", "prevents", "prevented", "preventing", "block", "blocks", "blocked",
                      "blocking", "veto", "vetoes", "vetoed", "vetoing",
                      "hesitance", "hesitancy", "hesitant", "reluctance", "reluctant"})  # "Mongolia's hesitance in joining"


_AND_MEMBERS = [["and", "members"], ["and", "states"], ["and", "member"]]
_ONE = {"state", "country", "nation", "member"}


def role_of_none(doc, start: int, phrase: str, before: list[str]) -> bool:
    """Whether a reverse role phrase at ``start`` (``before``: the words before it, nearest
    first) gives the names after it no role: "BRICS member states and partner countries,
    including A, B" (which is which untold); "within an EU member state – A, B and C" (one
    state, described, not those named)."""
    if doc[start].lower_ == "partner" and before[:2] in _AND_MEMBERS:
        return True
    return phrase.split()[-1] in _ONE and bool({"a", "an"} & set(before[1:4]))


_NAME_GLUE = {"for", "of", "des", "de", "du", "pour"}


def glued_name(doc, i: int) -> bool:
    """Whether the capitalised word at token ``i`` opens a name of its own, a small word and
    a capitalised one after it ("the Partnership for Peace", "the Alliance des États du
    Sahel"): not a word naming a node again ("the Alliance")."""
    return (doc[i].text[:1].isupper() and i + 2 < len(doc) and doc[i + 1].lower_ in _NAME_GLUE
            and doc[i + 2].text[:1].isupper())
