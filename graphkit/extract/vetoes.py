"""What the reader (:mod:`graphkit.extract.reader`) may not propose on its own, whatever its
model weighs; on the annotated pages such claims of its own were nearly all wrong:

- a membership where the role word nearest the subject is "observer" ("Observers at the
  organization are Afghanistan, India, Iran, Mongolia and Pakistan"; "India, Iran, Mongolia
  and Pakistan are observers at the SCO"): right once in twenty; or after "non-member" ("invited
  non-member states ... are A, B"); or where an "until" and a date stand before the subject
  ("Until 1999, Georgia, Uzbekistan and Azerbaijan also participated"): a membership that
  ended; or where the list is of delegates ("the group comprised delegates from A, B and C",
  "the representative of Costa Rica on behalf of A, B");
- any claim on a name a negation lists or follows ("Neither Russia nor China have signed the
  accords", "Other countries like Russia and China have yet to join", "The list does not
  include Armenia, Azerbaijan", "both are fellow members of the European Union — unlike
  outsider Turkey");
- any claim on a bloc named in its sentence only as the owner of another name ("BRICS' New Development
  Bank has enrolled Bangladesh, the UAE, Egypt and Uruguay as its members"), as what another is set
  against ("as a counterweight to the Group of Seven (G7)") or in a person's post ("the Chairperson of
  the African Union (AU) Commission"); any on a list of donors to another ("The fund's donors include A");
- any claim on names whose own verb is attending ("Representatives from Argentina, Malaysia
  ... also attended the founding ceremony", "Among those attending the meeting are"), in a
  sentence whose joining is of an event or those at one ("will join NATO members for the
  alliance's summit"), or whose list's role word is "observer" ("A, B and C have been
  granted Observer status") or "guest" ("A, B and C were the first guests announced");
- any claim on names in a sentence that does not name the object (the object named in a
  sentence before) but gives them a role of another body ("Brazil, India and South Africa are
  also planned participants as members of the G20 forum", after "the G7"), or on names that
  founded a body the dataset lacks ("MERCOSUR was established by Brazil, Argentina");
- any claim on a list guessed at ("Other possible Partner Countries may include A, B"), or in a table
  of marks ("Egypt R R S"); a membership for names a bloc is said to be weighing a few words before
  ("BRICS leaders have been considering taking ... around eight new countries including Saudi Arabia");
- a membership for names whose own words after them are a wish ("Saudi Arabia, the United Arab
  Emirates, Bahrain, and Algeria would also like to be part of this"), or whose trigger is a
  prospect ("the future full membership of our country in the agency"), or who is named as a
  meeting's host or a bloc's chair ("As host, Brazil has had to", "The Indonesian Presidency"),
  or who calls on another to join ("India called for the pan-African organisation to become");
- any claim stated only in sentences whose every trigger of its relation is negated by a
  "not", "n't", "never" or "no" in the three words before it ("Belgrade has not joined the US and EU embargo against
  Moscow"; the rules' other reasons to set a trigger aside, such as an invitation, the reader
  may overrule), or whose trigger is an unnamed body's "includes" ("China and Russia are moving
  to strengthen a security and economic bloc that includes Iran"), or, for a membership, a wish
  before the names ("other countries that aspire to join the Alliance, and those are A, B"),
  or whose words before the names call them a programme's members ("Other members of the
  programme include A, B" after a sentence on the Accords) (:mod:`graphkit.extract.trigger_vetoes`);
- any claim on names an invitation is made to ("members had agreed to invite Argentina and
  five other countries, including Egypt and Ethiopia, to join the bloc", "Egypt and Ethiopia
  were invited to join"), unless it was accepted or the next words say when the membership
  takes effect ("BRICS membership of new countries will take effect on Jan. 1, 2024"): an
  invitation alone is no joining (the annotation convention);
- any claim on names listed in a clause after a semicolon, where the object is named only before
  it and no "its" or "their" points back ("...; they include Laos"), or only as one item's body
  among office-holders ("Mitterrand President of France; ...; Delors President of the Commission");
- any claim on a subject named only as who leads the object ("a U.S.-led project to return
  humans to the moon": no signatory), unless leading is the claim, or as the sentence's
  source or a witness ("According to US State Department, ... signed the Artemis Accords
  ... in the presence of US Charge d’Affaires", "... are A and B, NASA said on Tuesday"), or
  only alone after "to", "in" or "with" ("sign the Artemis Accords on space cooperation with
  the US", "the Dominican Republic's ambassador to the United States, signed"), or only as
  half an adjective ("the China-focused Quad group"), or, for a membership, only joined to
  the object by a hyphen ("the NATO-Russia Council"; "the China-ASEAN partnership" is one), or
  in a hyphened pair before a capitalised word ("The NATO-Russia Founding Act"), or "between" the object and it;
- any claim on names a way opened makes an act possible for ("The path is now clear for A, B
  to participate in"), whose trigger is in another name's relative clause ("a note to Georgia,
  which joined NATO"), after "involves" or "countries, namely" with no object right before it
  ("The EU deal involves Serbia"), or on an object named only in brackets after another name
  ("Kenya, Rwanda (as chairperson of the African Union), Senegal": :mod:`graphkit.extract.owned`);
- any claim on a list after "bilateral ... with" ("deepening its bilateral partnerships with
  Australia, Japan": ties with the one acting, no bloc's), or in a sentence that calls them
  "non-EU" where the EU is the object, or in a yes-or-no question ("Is Denmark in the eurozone?"),
  or after "the pact" naming back a body the dataset lacks ("The pact comprised A, B"). A
  sentence a veto sets aside lends the claim no weight: :func:`standing` gives the reader the others."""

from __future__ import annotations

from graphkit.extract.asides import excepted_before, named_aside
from graphkit.extract.aspiring import ASPIRE, pending_list, prospective, would_like
from graphkit.extract.attending import an_event_after, delegates_before, gathered, there_at
from graphkit.extract.calls import called_on
from graphkit.extract.ended import until_date
from graphkit.extract.founder_aside import founder_aside
from graphkit.extract.groups import group_around, list_span, subject_index
from graphkit.extract.guesses import guessed, weighed_before
from graphkit.extract.likeness import contrasted
from graphkit.extract.list_roles import (
    guests_before,
    list_role,
    nearest_role,
    non_members_before,
    one_names_role_after,
    others_donors,
    parallel_posts,
)
from graphkit.extract.listed_object import listed_among_countries
from graphkit.extract.lookups import (
    hyphen_joined,
    in_hyphen_pair,
    of_unknown_body,
    places_or_counterparts,
)
from graphkit.extract.mark_tables import marked_rows, row_head
from graphkit.extract.owned import anothers_aside, owns_other, unowned_trigger
from graphkit.extract.persons import in_post, titled
from graphkit.extract.questions import asks_whether
from graphkit.extract.settings import as_host
from graphkit.extract.siblings import beside
from graphkit.extract.ties import (
    a_countrys_partner_only,
    between_the_object,
    bilateral_ties,
    counterparts,
    the_objects_counterparts,
)
from graphkit.extract.trigger_vetoes import (
    another_kind_before,
    anothers_relative,
    not_done,
    unnamed_includes,
    way_opened,
    wish_before,
)
from graphkit.extract.undoing import joining_denied, past_aside
from graphkit.extract.unknown_bodies import (
    role_of_a_name,
    signers_of_a_text,
    unknown_body_named_back,
    unknown_object_after,
    unknown_subject_body,
)
from graphkit.extract.unnamed import region_listed
from graphkit.extract.vocabulary import (
    ACCEPTANCES,
    INVITATIONS,
    named_non,
    owned_role,
    past_semicolon,
    relation_of,
)

__all__ = ["standing"]

_NEGATIONS = {"not", "n't", "n’t", "neither", "nor", "never", "except", "excluding", "without", "unlike"}
_BEFORE = 8  # tokens before a list in which its negation stands
_INVITED_BEFORE = 12  # ... or, with no comma between, an invitation ("by inviting six new
# members to join its ranks: A"; not "invited to join BRICS, which was expanded to include A")


def standing(doc, mentions, triple: tuple, occurrences, member: str) -> list:
    """The ``occurrences`` (:class:`graphkit.extract.pair_features.Occurrence`) on which the
    reader may propose ``triple`` (subject, relation, object): none where a veto holds for
    the triple as a whole, else those no veto of their own sets aside, each for a reason of
    its own; ``member``: the membership relation. The reader proposes nothing on none."""
    if triple[1] == relation_of("partners of") and a_countrys_partner_only(doc, mentions, occurrences):
        return []
    if triple[1] == member and any(_denied(doc, mentions, o, triple[2]) for o in occurrences):
        return []  # "Ukraine is not a NATO member, but many member states have helped Ukraine"
    stated = [o for o in occurrences if o.trigger is not None]  # where a trigger of its relation stands
    if stated and all(named_aside(doc, mentions, o, triple[1]) for o in stated):
        return []  # "Angola signed the Accords, facilitated by NASA and the US State
        # Department": the US's other sentences ("The US and Angola have ties") state no signing
    return [o for o in occurrences if not _vetoed_at(doc, mentions, triple, o, member)]


def _denied(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the subject's list is said outright not to belong to the object ("Ukraine is
    not a NATO member"), the object named in those words or not in the sentence."""
    span = list_span(doc, mentions, occurrence.subject_at)
    if span is None:
        return False
    last = past_aside(doc, span[1], occurrence.end)  # "Austria, while neutral, is not a member"
    named = _named(mentions, occurrence, obj)
    return (not named or any(last <= m.start < last + 7 for m in named)) and joining_denied(
        doc, last, occurrence.end)


def _vetoed_at(doc, mentions, triple: tuple, o, member: str) -> bool:
    """Whether one occurrence of ``triple`` states something else than it."""
    first = (span := list_span(doc, mentions, o.subject_at) or (None, None))[0]  # where the subject's list starts
    if triple[1] == member and (
            nearest_role(doc, o) == "observer" or non_members_before(doc, mentions, o) or _wishes(doc, mentions, o)
            or wish_before(o)  # "countries that aspire to join the Alliance ... are A, B"
            or until_date(doc, o.subject_at, o.start, None)
            or _object_with(doc, mentions, o, triple[2]) or counterparts(doc, mentions, o)
            or the_objects_counterparts(doc, mentions, o, triple[2])  # "with their EU counterparts"
            or unowned_trigger(doc, mentions, o, triple[2])  # "NATO worries about the Baltic countries, namely"
            or between_the_object(doc, mentions, o, triple[2])  # "cooperation between NATO and Russia"
            or in_hyphen_pair(doc, mentions, subject_index(mentions, o.subject_at))
            or listed_among_countries(doc, mentions, o, triple[2])
            or delegates_before(doc, 0 if first is None else first)
            or list_role(doc, mentions, o) in ("partner", "associated")  # "A, B, that are partner members"
            or _paired(doc, mentions, o, *triple[::2])  # "the NATO-Russia Council" (a partnership may be)
            or places_or_counterparts(doc, o.subject_at if first is None else first, span)  # "peace in A, B"
            or _weighed(doc, o.subject_at if first is None else first, o.start)
            or prospective(doc, o.trigger)  # "the future full membership of our country"
            or guests_before(doc, o.start, o.subject_at, lead=o.context)  # "guest countries include", "outreach leaders:"
            or as_host(doc, mentions, o.subject_at)  # "As host, Brazil has had to"
            or _calling(doc, o)):  # "India called for the pan-African organisation to become a member"
        return True
    return (list_role(doc, mentions, o) in ("observer", "guest", "seat") or _attended(doc, mentions, o)
            or others_donors(doc, mentions, o, triple[2])  # "The fund's major donors include A, B"
            or _of_another(doc, mentions, o)
            or _negated(doc, mentions, o) or _owner_only(doc, mentions, o, triple[2])
            or _invited(doc, mentions, o) or not_done(doc, o) or unnamed_includes(doc, o) or way_opened(doc, o)
            or anothers_relative(doc, mentions, o) or another_kind_before(doc, mentions, o, triple[2])
            or one_names_role_after(doc, mentions, o)  # "Egypt and Bahrain, member of the Accords": not Egypt
            or _past_semicolon(doc, mentions, o, triple[2]) or parallel_posts(doc, mentions, o, triple[2])
            or named_aside(doc, mentions, o, triple[1])
            or founder_aside(doc, mentions, o, triple[2]) or beside(doc, mentions, o, triple[2])
            or _governed(doc, mentions, o, triple[0]) or marked_rows(doc, mentions, o.start, o.end)
            or bilateral_ties(doc, mentions, o) or _named_non(doc, mentions, o, triple[2])
            or anothers_aside(doc, mentions, o, triple[0], triple[2])
            or _qualifier_only(doc, mentions, o, triple[0])
            or guessed(doc, o.start if first is None else first, o.start)
            or asks_whether(doc, o.start, o.end, o.subject_at) or unknown_body_named_back(doc, mentions, o)
            or unknown_object_after(doc, mentions, o, triple[2])
            or unknown_subject_body(doc, mentions, o, triple[2]) or region_listed(doc, mentions, o, triple[2]))


def _calling(doc, o) -> bool:
    """Whether after the subject the sentence calls on another to join or become a member."""
    return any(doc[j].lower_ in {"join", "become"} and called_on(doc, j, o.start)
               for j in range(o.subject_at + 1, o.end))


def _named(mentions, occurrence, node: str) -> list:
    """The mentions of ``node`` in the sentence of ``occurrence``."""
    return [m for m in mentions if m.node == node and occurrence.start <= m.start < occurrence.end]


def _object_with(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the object is named only after "with" ("a platform to foster cooperation ...
    with BRICS"), in the subject's own list ("leaders from Canada, Japan, and the European
    Union") or hyphened to another ("our first EU-Central Asia Summit"): not what it joins."""
    named, span = _named(mentions, occurrence, obj), list_span(doc, mentions, occurrence.subject_at)
    return bool(named) and all(
        [t.lower_ for t in doc[max(occurrence.start, m.start - 2):m.start] if t.lower_ != "the"][-1:]
        == ["with"] or span is not None and span[0] <= m.start < span[1]
        or m.end < occurrence.end and hyphen_joined(doc, m.end) for m in named)


# nouns a country's name qualifies without acting: "U.S. leadership", "U.S. space partners"
_NOT_ACTING = {"leadership", "partners", "partner", "allies", "ally", "dominance", "influence",
               "interests", "policy", "pressure", "support", "sanctions", "counterparts", "hegemony"}


def _qualifier_only(doc, mentions, occurrence, subject: str) -> bool:
    """Whether the sentence names the subject only alone before a noun it qualifies and that
    does not act for it ("Maintaining a long tradition of U.S. leadership in space, A and B
    committed", "including traditional U.S. space partners")."""
    named = [k for k, m in enumerate(mentions)
             if m.node == subject and occurrence.start <= m.start < occurrence.end]
    return bool(named) and all(
        _alone(doc, mentions, k) and (_NOT_ACTING & {t.lower_ for t in doc[
            mentions[k].end:min(mentions[k].end + 2, occurrence.end)]}
            or _hyphened(doc, mentions[k].end, occurrence.end)) for k in named)


def _named_non(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the sentence names the object after "non-" as its other mentions spell it
    ("Some non-EU countries have also joined: A, B", after "Slovenia joined the EU")."""
    return named_non(doc, occurrence.start, occurrence.end,
                     {doc[m.start:m.end].text.lower() for m in mentions if m.node == obj})


def _hyphened(doc, end: int, limit: int) -> bool:
    """Whether the name ending at ``end`` opens an adjective ("China-focused"; not "China-led")."""
    return (end + 1 < limit and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].lower_ != "led")


_INCLUDING = {"including", "include", "includes", "like"}


def _weighed(doc, first: int, start: int) -> bool:
    """Whether the list starting at token ``first`` is an example of what a bloc is weighing
    ("have been considering taking ... around eight new countries including A, B"; not
    "is considering joining the AUKUS partnership to share technology with A, B")."""
    examples = doc[first - 1].lower_ in _INCLUDING or doc[max(start, first - 2):first].text.lower() == "such as"
    return first > start and examples and weighed_before(doc, first, start)


def _paired(doc, mentions, occurrence, subject: str, obj: str) -> bool:
    """Whether the sentence names the subject only joined to the object by a hyphen, a pair
    that names a forum or act of the two ("the NATO-Russia Council", "Russia-NATO relations")."""
    inside = [m for m in mentions if occurrence.start <= m.start < occurrence.end]
    ends = {m.end: m for m in inside if m.node == obj}
    starts = {m.start: m for m in inside if m.node == obj}
    named = [m for m in inside if m.node == subject]
    return bool(named) and all(
        (m.start - 1 in ends and hyphen_joined(doc, m.start - 1)) or (m.end + 1 in starts and hyphen_joined(doc, m.end))
        for m in named)


_GOVERNING = {"to", "in", "with"}
# words before the preposition that make its name a subject too: "together with the US",
# "in addition to the United States, 12 other countries signed"
_ALSO_A_SUBJECT = {"together", "along", "addition", "adding"}


def _governed(doc, mentions, occurrence, subject: str) -> bool:
    """Whether the sentence names the subject only alone after "to", "in" or "with" ("on
    space cooperation with the US", "during Modi's state visit to the US", "the Dominican
    Republic's ambassador to the United States"): where an act happened or whom it was
    with, not who did it. A list there may be who acts ("with Iran, the UAE, Ethiopia and
    Egypt joining it")."""
    named = [k for k, m in enumerate(mentions)
             if m.node == subject and occurrence.start <= m.start < occurrence.end]
    return bool(named) and all(
        _alone(doc, mentions, k) and _after_preposition(doc, mentions[k].start, occurrence.start)
        for k in named)


def _alone(doc, mentions, index: int) -> bool:
    """Whether the mention at ``index`` is no part of a list of names."""
    return len(group_around(mentions, index, doc, -1)) == len(group_around(mentions, index, doc, 1)) == 1


def _after_preposition(doc, at: int, start: int) -> bool:
    """Whether a word of ``_GOVERNING`` (a "the" between) stands right before token ``at``,
    not in "according to" (a source, :func:`graphkit.extract.asides.named_aside`) nor after ``_ALSO_A_SUBJECT``."""
    words = [t.lower_ for t in doc[max(start, at - 3):at]]
    if words[-1:] == ["the"]:
        words = words[:-1]
    return bool(words) and words[-1] in _GOVERNING and words[-2:-1] != ["according"] and not (
        words[-2:-1] and words[-2] in _ALSO_A_SUBJECT)


def _past_semicolon(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the object is named only before the subject's list, in an earlier clause a semicolon
    closes, that no "its" or "their" points back to ("... encompass ASEAN, ...; on a bilateral level,
    they include Laos"), or only after it, in a later list of its own ("partners: A, B; three guests: C, ASEAN")."""
    span = list_span(doc, mentions, occurrence.subject_at)
    named = _named(mentions, occurrence, obj)
    if span is None or not named:
        return False
    if named[0].start >= span[1]:  # "six dialogue partners: A, B; three guests: C, ASEAN"
        words = [t.text for t in doc[span[1]:named[0].start]]
        return ";" in words and ":" in words[words.index(";"):]
    return named[-1].end <= span[0] and past_semicolon(doc, named[-1].end, span[0])


def _of_another(doc, mentions, occurrence) -> bool:
    """Whether a sentence that does not name the object (a list after it, the object named
    before) gives the names a role of another body ("Brazil, India and South Africa are also
    planned participants as members of the G20 forum", "the NDB's total membership now rises
    to 11 countries, which include"): that body's, not the object's; or whose list founded a
    body the dataset lacks ("MERCOSUR was established by Brazil, Argentina")."""
    at = (list_span(doc, mentions, occurrence.subject_at) or (occurrence.subject_at,))[0]
    if any(of_unknown_body(doc, mentions, k, occurrence.start) for k in {at} | (  # "... in 1991
            {m.start for m in mentions if occurrence.start <= m.start < at} if occurrence.context else set())):
        return True  # and later included A": the same body's
    if not occurrence.context:
        return False
    if signers_of_a_text(doc, mentions, at, occurrence.start):  # "The Treaty ... was signed on 24 February
        return True  # 1976 by the Republic of Indonesia, Malaysia": its signers
    # a name the dataset lacks owns the role, or any name follows it ("as members of the G20
    # forum" after the G7, "the founding member states of ESRO" after ESA)
    return owned_role(doc, occurrence.start, occurrence.end, mentions) or role_of_a_name(
        doc, mentions, occurrence.start, occurrence.end, known_too=True)


_ACCEPTED = ACCEPTANCES | {"acceptance"}
_EFFECT = {"effect", "effective"}
_JOINING = {"membership", "memberships", "accession", "admission", "expansion"}


def _invited(doc, mentions, occurrence) -> bool:
    """Whether the list the subject stands in is what an invitation is made to: an invitation
    word a few words before it, or "were invited" right after it, and no acceptance in the
    sentence."""
    span = list_span(doc, mentions, occurrence.subject_at)
    if span is None:
        return False
    first, last = span
    far = [t.lower_ for t in doc[max(occurrence.start, first - _INVITED_BEFORE):first]]
    cut = max((k + 1 for k, w in enumerate(far) if w in {",", "which", "that"}), default=0)
    before = set(far[-_BEFORE:]) | set(far[cut:])  # further back, only in the list's own clause
    after = {t.lower_ for t in doc[last:min(last + 4, occurrence.end)]}
    words = {t.lower_ for t in doc[occurrence.start:occurrence.end]}
    following = {t.lower_ for t in doc[occurrence.end:occurrence.end + 25]}
    taking_effect = bool(_EFFECT & following and _JOINING & (words | following))
    return bool(INVITATIONS & (before | after)) and not _ACCEPTED & words and not taking_effect


def _words_after(doc, mentions, occurrence) -> list[str]:
    """The few words after the list the subject stands in: its own verb."""
    span = list_span(doc, mentions, occurrence.subject_at)
    return [] if span is None else [t.lower_ for t in doc[span[1]:min(span[1] + 4, occurrence.end)]]


def _wishes(doc, mentions, occurrence) -> bool:
    """Whether the list the subject stands in is followed by a wish ("would like to", "hope
    to", "wants to"), or is one whose step is yet to come ("will permit A and B to", "Treaty
    concerning the accession of A, B")."""
    after, first = _words_after(doc, mentions, occurrence), list_span(doc, mentions, occurrence.subject_at)
    before = [t.lower_ for t in reversed(doc[max(occurrence.start, first[0] - 6):first[0]])] if first else []
    return bool(ASPIRE & set(after)) or would_like(after) or pending_list(before, after)


_ATTEND = {"attend", "attends", "attended", "attending"}
_JOIN = {"join", "joins", "joined", "joining"}


def _attended(doc, mentions, occurrence) -> bool:
    """Whether the list's own verb is attending ("Representatives from A, B and C also attended
    the founding ceremony", "nations present at the meeting included A"; "Among those attending
    the Second Meeting of the Drafting Group on the APSCO Convention are representatives from
    A, B"), or the sentence's joining is of an event or those at one ("will join NATO members
    for the alliance's summit"): guests, not members or partners."""
    span = list_span(doc, mentions, occurrence.subject_at)
    before = [t.lower_ for t in doc[max(occurrence.start, span[0] - 16):span[0]]] if span else []
    after = _words_after(doc, mentions, occurrence)  # "The United States at the 2022 COPUOS
    return bool(_ATTEND & {*after, *before}) or there_at(after) or " present at " in f" {' '.join(before)} " or (
        span is not None and (_joined_by_event(doc, mentions, occurrence, span[0])
                              or gathered(doc, occurrence.start, span[0]))) or any(
        t.lower_ in _JOIN and an_event_after(doc, t.i + 1, occurrence.end)
        for t in doc[occurrence.start:occurrence.end])  # "will join NATO members for the summit"


def _joined_by_event(doc, mentions, occurrence, first: int) -> bool:
    """Whether the list is who "will be joined by" a meeting ("The discussions will be joined
    by US President Joe Biden and the leaders of China and Russia"): no name of the subject's
    kind before "joined", so no "Finland was joined by Sweden in applying"."""
    start = occurrence.start
    words = [t.lower_ for t in doc[start:first]]
    at = next((k for k in range(1, len(words) - 1) if words[k] == "joined" and words[k + 1] == "by"
               and words[k - 1] in {"be", "been", "was", "were", "is", "are"}), None)
    kind = mentions[subject_index(mentions, occurrence.subject_at)].kind
    return at is not None and not any(start <= m.start < start + at and m.kind == kind for m in mentions)


def _owner_only(doc, mentions, occurrence, obj: str) -> bool:
    """Whether the object is named in the sentence, each time as the owner of another name, as what another is set
    against ("a counterweight to the G7"), in a person's title ("NATO chief"), post (:func:`in_post`) or a table's row."""
    named = _named(mentions, occurrence, obj)
    return bool(named) and all(owns_other(doc, m, occurrence.end) or contrasted(doc, m) or titled(doc, m, mentions)
                               or in_post(doc, m, mentions) or row_head(doc, mentions, m, occurrence.start) for m in named)


def _negated(doc, mentions, occurrence) -> bool:
    """Whether the list of names the subject stands in follows a negation closely, is
    followed by one ("Russia and China have yet to join"), or has "nor" in it."""
    at = subject_index(mentions, occurrence.subject_at)
    if at is None:
        return False
    group = group_around(mentions, at, doc, -1)
    first, subject = group[0].start, mentions[at]
    words = {t.lower_ for t in doc[max(occurrence.start, first - _BEFORE):first]}
    inside = {t.lower_ for t in doc[first:subject.start]}
    last = group_around(mentions, at, doc, 1)[-1].end
    return bool(_NEGATIONS & words or "nor" in inside or joining_denied(doc, last, occurrence.end)
                or excepted_before(doc, first, occurrence.start))  # "all but (the) A, B"
