"""A plan of the subject's own, not a decision taken: "Belarus is ready to accelerate the
procedures for joining", "expressed its ambition to join", "in a year has to become a full
member" (interest at most, :func:`graphkit.extract.relation_context.wished`)."""

from __future__ import annotations

import itertools

from graphkit.extract.vocabulary import ASKED_FOR, OWNER_MARKS, STRIVINGS, UNREALISED, VOTES

__all__ = ["APPROVE", "ASPIRE", "MEMORANDA", "aspired", "aspired_at", "list_lead_in", "past_adverbs",
           "pending_list", "prospective", "sought_list", "would_like"]

# a wish or plan of the subject's own, not a decision taken: "Belarus is ready to accelerate
# the procedures for joining", "in a year has to become a full member" (interest, not membership)
ASPIRE = {"ready", "prepared", "hopes", "aims", "aim", "aimed", "aiming", "wants", "want", "seeks",
          "seek", "seeking", "intends", "intend", "aspires", "aspire", "aspiring", "keen", "determined",
          "striving", "strives", "goal", "determination",  # "a stated goal of joining NATO"
          "pursuing", "pursue", "pursues",  # "is actively pursuing membership in BRICS"
          "poised",  # "is now poised to become the first Artemis Accords signatory"
          "lobbying", "lobbied", "lobbies", "campaigning",  # "has been lobbying heavily to be admitted"
          "queuing", "queueing", "lining",  # "among those queuing to be part of the BRICS bloc"
          "prepares", "preparing",  # "Iran ... Prepares to Join Shanghai Cooperation Organisation"
          "closer", "toward", "towards", "path", "road", "pathway",  # "a step closer to joining the bloc"
          # "Thailand's intent on becoming a member", "its desire to join and become a member",
          # "the intentions of Finland and Sweden to join NATO", "ways to facilitate the
          # membership of Belarus"
          "intent", "desire", "desires", "desired", "intention", "intentions", "wish", "wishes", "facilitate",
          "facilitating", "expedite", "expediting",
          "considering", "considers", "mulling", "mulls", "weighing", "weighs",  # "is considering accession"
          # "agreed to formally investigate the possible benefits of joining the Aukus deal"
          "explore", "exploring", "investigate", "investigating", "benefits", "merits", "feasibility"}
_OFFERS = {"offered", "offers", "offer"}  # "offered to sign a treaty of Armenia's accession to the Union"
_OFFERED_ACTS = {"sign", "join", "accede", "ratify", "become"}
_WITHIN = {"a", "one", "two", "few", "couple", "the"}
_STRIVING = {"apply", "applies", "applied", "applying", "close",  # "close to joining"
             "reapply", "reapplies", "reapplied", "reapplying",
             "negotiated", "negotiating"} | STRIVINGS  # "Norway had negotiated to join"
# "expressed its ambition to join", "formal procedures to join", "the first step to joining",
# "asks to join BRICS as a partner country": a wish or a procedure begun, not yet the act
_WISHING = {"ambition", "ambitions", "aspiration", "aspirations", "procedure", "procedures",
            "process", "step", "steps", "ask", "asks", "asked", "asking", "request", "requests",
            "requested", "bid", "bids", "application", "applications", "wish", "wishes",
            "intention", "intentions", "plan", "plans", "planned", "planning",
            # "expressed its interest to join BRICS", "its readiness to join"
            "interest", "interests", "willingness", "readiness", "eagerness",
            "willing", "eager"}  # "Georgia, which is willing to join NATO" (right before "to")
_INTERESTED = {"interest", "interests", "interested"}
# "applications for full membership in", "an application for accelerated accession to"
_FULL = {"full", "formal", "permanent", "official",
         "accelerated", "expedited", "speedy", "swift", "fast", "quick", "early"}
_BACKING = {"support", "backing"}
#: who backs a bid, in the three words before "support": "its", "Russia's", "Allies reaffirmed
#: their strong support"; not an opinion's ("public support", "majority support ... in a poll")
_BACKERS = {"its", "their", "his", "her", "our", "'s", "’s", "voiced", "announced", "expressed",
            "reiterated", "reaffirmed", "pledged", "declared", "offered", "gave", "renewed"}
_OPINION = {"public", "popular", "domestic", "majority", "voter", "voters", "cross-party", "poll",
            "polls", "survey"}
_PERMITS = {"ahead", "light", "permission", "consent", "nod", "approval", "support", "backing"}
_REFUSED = {"rejected", "blocked", "vetoed", "opposed", "refused", "denied", "delayed"}
_PROCESSES = {"framework", "talks", "negotiations", "conditions", "criteria", "prospects", "roadmap",
              "timing"}  # "the timing for Argentina's membership in the BRICS bloc was not opportune"
_BEGINNINGS = {"start", "beginning", "launch", "opening", "initiation", "process", "procedure",
               "procedures"}
_SENT = {"request", "requests", "application", "applications", "appeal", "appeals", "letter", "letters"}
_HURDLES = {"hurdle", "hurdles"}  # "cleared its final hurdle to joining" (not "an obstacle for A to join")
_OBSTACLES = _HURDLES | {"obstacle", "obstacles", "barrier", "barriers", "impediments"}
MEMORANDA = {"memorandum", "memorandums", "memoranda", "mou", "understanding", "obligation",
             "obligations"}
_ADVERBS = {"together", "jointly", "also", "soon", "again", "eventually"}
_NOT_ADVERBS = {"apply", "reapply", "reply", "comply", "supply", "rely", "multiply"}  # verbs ending in "ly"
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
         "yesterday"}
_WOULD = {"would", "'d", "’d"}
APPROVE = {"approve", "approves", "approved", "approval", "endorse", "endorses", "endorsed"}


# who a list that "include" opens only seeks what it says: "Countries that have applied to
# join BRICS include A, B", "The countries mentioned as expressing interest ... in joining the
# BRICS group include A" (interest, not membership); unless they got it ("applied and were admitted")
_SOUGHT = {"interest", "interested", "applied", "apply", "applying", "applicant", "applicants",
           "candidate", "candidates", "aspirants", "aspiring", "seeking", "seek", "sought", "wishing",
           "hoping", "want", "wants", "wanting", "bid", "bids", "application", "applications", "keen"}
_GOT = {"admitted", "accepted", "approved", "joined", "became", "granted", "welcomed"}


def sought_list(before: list[str]) -> bool:
    """Whether the words before an "include" that lists names (from its sentence's start) say
    the names only seek what the trigger says."""
    return bool(_SOUGHT & set(before)) and not _GOT & set(before)


_STOPS = {".", "?", "!"}
#: a list's head word that opens its sentence and counts what the sentence before told of
_COUNTED_HEADS = {"countries", "nations", "states", "members", "candidates", "applicants", "others",
                  "these", "they", "those", "including", "include", "includes"}
_BLOC_HEADS = {"group", "bloc", "alliance", "grouping", "organization", "organisation", "club", "forum"}


def list_lead_in(doc, start: int, sent_start: int) -> list[str]:
    """The words before a list's "include" in its sentence (from a comma that sets off the
    bloc the include describes); for a list that opens its sentence ("Countries including A,
    B"), the sentence before's too ("over 40 countries have expressed interest to join the
    bloc. Countries including A, B": who it counts)."""
    words = [t.lower_ for t in doc[max(sent_start, start - 20):start]]
    comma = int(words[-2:-1] == [","] and doc[start].lower_ not in {"include", "comprise", "consist"})
    # "joining the BRICS group, which includes A": the same (not "40 countries have applied to join
    # BRICS, which include A": the countries')
    if words[-1:] in (["that"], ["which"]) and len(words) > 1 + comma and (
            words[-2 - comma] in _BLOC_HEADS or doc[start - 2 - comma].is_upper):
        return []  # "interested in joining the BRICS group that includes China": its members
    if words[-1:] in (["that"], ["which"]) and "," in words:
        after = words[len(words) - words[::-1].index(","):]
        if after[:1] in (["a"], ["an"], ["the"]):  # "applied to join BRICS, an alliance of
            return after  # emerging economies that includes A, B": the bloc's own members
    if start - sent_start > 1 or doc[sent_start].lower_ not in _COUNTED_HEADS:
        return words  # "BRICS includes A, B" after "Palestine wants to live": the bloc's members
    end = sent_start  # the sentence before, from its full stop back to the one before it
    while end > 0 and (doc[end - 1].is_space or doc[end - 1].text in _STOPS):
        end -= 1
    i = end - 1
    while i >= max(0, end - 40) and doc[i].text not in _STOPS:
        i -= 1
    return [t.lower_ for t in doc[i + 1:end]] + words


def would_like(words: list[str]) -> bool:
    """Whether a few words beside a trigger say "would like" (or "'d like"): a wish."""
    return "like" in words and bool(_WOULD & set(words))


_ABOUT = {"concerning", "on", "of", "regarding"}
_TREATIES = {"treaty", "treaties", "protocol", "protocols"}
_PERMIT = {"permit", "allow", "enable", "let"}
_LATER = {"will", "would", "could", "may", "might", "to", "shall"}


def pending_list(before: list[str], after: list[str]) -> bool:
    """Whether a list of names (``before`` it: words nearest first; ``after`` it) is one a
    step yet to come will let do something ("the protocols, once ratified, will permit A, B
    and C to become members of NATO"), whose accession a treaty is about ("Treaty
    concerning the accession of A, B and C to the European Union") or one in accession talks
    ("the accession process for A, B"): not done yet."""
    if after[:1] == ["to"] and len(before) > 1 and before[0] in _PERMIT and before[1] in _LATER:
        return True
    if before[:1] in (["for"], ["with"]) and before[1:2] and before[1] in _PROCESSES | {"process"} and (
            before[2:3] in (["accession"], ["membership"], ["admission"])):
        return True  # "checking the accession process for A, B, C", "accession talks with A": candidates
    if before[:1] != ["of"] or before[1:2] not in (["accession"], ["admission"], ["membership"]):
        return False
    refused = [w for w in before[2:4] if w != "the"][:1]  # "rejected the admission of A and B"
    return aspired(before[2:]) or bool(refused) and refused[0] in _REFUSED


def past_adverbs(before: list[str]) -> list[str]:
    """``before`` (words nearest first) without the adverbs and days next to the trigger:
    "applied together to join", "applied on Wednesday to join", "requested in writing to join",
    "welcome Pakistan to fully participate" read as "applied to join"."""
    k = 0
    while k < len(before):
        word = before[k]
        if word in _DAYS:  # "applied on Wednesday to join": the day and its "on"
            k += 2 if before[k + 1:k + 2] == ["on"] else 1
        elif word == "writing" and before[k + 1:k + 2] == ["in"]:  # "requested in writing to join"
            k += 2
        elif word in {"letter", "note"} and "in" in before[k + 1:k + 4]:  # "asked in a (formal)
            k += before[k + 1:k + 4].index("in") + 2  # letter to join"
        elif word in _ADVERBS or len(word) > 4 and word.endswith("ly") and word not in _NOT_ADVERBS:
            k += 1
        else:
            break
    return before[k:]


def _word_at(before: list[str], word: str) -> int | None:
    """Where ``word`` stands second to fourth before "to" (``before``: nearest first)."""
    return next((k for k in (2, 3, 4) if before[k:k + 1] == [word]), None)


_RELATIVE = {"that", "which", "who"}  # "its intention to join the group that comprises A": another clause


#: a subject's means or will to do what follows "to", not the act: "their ability to join"
_ABLE = {"ability", "capacity", "capability", "readiness", "preparedness", "willingness", "eagerness",
         "interest"}


def _nearest(before: list[str]) -> list[str]:
    """``before`` without the adverbs next to the trigger and next to its "to" ("applied
    together to join", "voted today to join")."""
    before = past_adverbs(before)
    return ["to", *past_adverbs(before[1:])] if before[:1] == ["to"] else before


def aspired(before: list[str]) -> bool:
    """Whether the subject only wants or plans what the trigger says (``before``: the words
    before it, nearest first): "is ready to join", "in a year has to become a member"."""
    if before[:1] and before[0] in {"our", "its", "their"} and before[1:2] and before[1] in _GROWING:
        return False  # "we want to deepen our partnership with NATO": one that is, grown
    if before[:1] and before[0] in {"'s", "’s", "its", "their"} and any(
            w in {"protocol", "protocols"} and before[k - 1] in {"on", "of", "for"} for k, w in enumerate(before[:6]) if k):
        return True  # "signed a protocol on the country's accession to the alliance": a step towards it
    said = before[:next((k for k, w in enumerate(before) if w in _RELATIVE), len(before))]  # adverbs kept
    before = _nearest(before)
    clause = before[:next((k for k, w in enumerate(before) if w in _RELATIVE), len(before))]
    if any(w in _OFFERS and clause[k - 1] == "to" and (k == 1 or clause[k - 2] in _OFFERED_ACTS)
           for k, w in enumerate(clause) if k):
        return True  # "offered to sign a treaty of Armenia's accession", "offered to join": not yet done
    if ASPIRE & set(clause) or before[:2] in (["to", "has"], ["to", "have"], ["to", "needs"],
                                              ["to", "working"], ["to", "works"]) or (  # "working to join"
            would_like(before[:4])):  # "would also like to be part of the BRICS": a wish
        return True
    aim = next((k for k, w in enumerate(before[:4]) if w in {"objective", "objectives"}), None)
    if aim is not None and not {"and", "when", "after", "once", "as"} & set(before[:aim]):
        return True  # "their long-term objective was full membership of NATO" (not "shares
        # NATO's objectives and joined", "The objective was met when Finland joined")
    if before[:1] == ["to"] and before[1:2] and before[1] in _ABLE:
        return True  # "confirming their interest, willingness and ability to join the Alliance"
    if before[:1] == ["in"] and any(w in _INTERESTED and before[k - 1] == "of" for k, w in enumerate(before[2:11], 2)):
        return True  # "the interest of our Egyptian friends in obtaining the status of a partner"
        # (the subject's: not "Sweden served its interests well in joining NATO")
    if {"will", "would"} & set(clause[:3]) and _someday(said):
        return True  # "in future Ukraine and Georgia will become NATO members": a prospect, no date
    if any(w == "question" and before[k - 1] in {"of", "about", "over"} for k, w in enumerate(before) if k):
        return True  # "the question of Ukraine's accession to NATO", "a question about the
        # advisability of Egypt joining": still open (not "a reporter's question regarding
        # Viet Nam's status as a partner")
    if any(before[k] == "to" and before[k + 1:k + 2] and before[k + 1] in _OBSTACLES
           for k in range(1, min(5, len(before)))):  # "no obstacle to Iran's full membership",
        return True  # "the last obstacle to Sweden joining", "the political obstacles to Iran's
        # membership in the SCO": not yet removed (not "removed the last obstacle and joined")
    full = before[:1] and before[0] in _FULL
    owned = before[1:] if full else before  # "Iran's full membership"
    about = next((k for k in range(2, 8) if owned[k:k + 1] in (["for"], ["on"], ["about"])), None) if (
        owned[:1] and owned[0] in OWNER_MARKS | {"'", "’"}) else None  # "Cyprus' accession"
    backer = set(owned[about + 2:about + 5]) if about else set()  # the words before "support"
    backed = bool(full or backer & _BACKERS and not backer & _OPINION)
    if about and owned[about + 1:about + 2] and owned[about + 1] in _PROCESSES | ASKED_FOR | (
            _BACKING if backed else set()) or about and _PROCESSES & _before_with(owned[about + 1:about + 6]):
        # not "public support for Poland's membership in the EU"; "negotiations with the EEC
        # about Norway's accession"
        return True  # "a negotiating framework for Ukraine and Moldova's accession to the EU",
        # "negotiations on Georgia's accession", "an application for Cyprus' accession": to come;
        # "announced its support for Iran's full membership in SCO", "Russia's support for
        # Pakistan's inclusion in BRICS": a backing of a bid, not yet a membership
    if before[:1] in (["on"], ["for"]) and before[1:2] and before[1] in MEMORANDA:
        return True  # "signed a memorandum on joining the SCO": a step towards it
    named = [w for w in before[:3] if w != "the"]
    if named[:1] and named[0] in _ABOUT and named[1:2] and named[1] in _TREATIES:
        return True  # "Treaty concerning the accession of Norway, Austria, Finland and Sweden
        # to the European Union": signed, the accession yet to come
    asked = before[1:] if before[:1] and before[0] in _FULL else before
    if asked[:1] == ["for"] and asked[1:2] and (asked[1] in ASKED_FOR or past_adverbs(asked[1:])[:1]
                                                 and past_adverbs(asked[1:])[0] in _STRIVING):
        return True  # "a candidate for / a formal request for membership", "filed formal
        # applications for full membership in the SCO", "decided to apply again for
        # membership of the EEC": a wish
    if before[:1] == ["in"] and before[1:2] and before[1] in _INTERESTED:
        return True  # "expressed ... an interest in participating in the Quad forum"
    to = before[:1] == ["to"]
    if to and before[1:2] and before[1] in _STRIVING | _WISHING | MEMORANDA | _HURDLES | _PERMITS:
        return True  # "has formally applied to become a member of BRICS", "are close to joining",
        # "signed a memorandum of understanding to join the SCO": a step towards it; "given it
        # the go ahead to sign the Accords": allowed, not yet signed
    if to and before[2:3] == ["of"] and before[3:4] and before[3] in MEMORANDA:
        return True  # "signed a memorandum of commitment to officially join the SCO"
    for_ = _word_at(before, "for") if to else None
    if for_ and before[for_ + 1:for_ + 2] and before[for_ + 1] in _STRIVING | _WISHING | _PERMITS | {"order"}:
        return True  # "withdraw plans for his country to join BRICS", "a bid for Ukraine to join",
        # "to give the go-ahead for Finland to join": allowed, not yet joined; "In order for
        # Finland to become a full member": a purpose
    with_ = _word_at(before, "with") if to else None
    if with_ and past_adverbs(before[with_ + 1:])[:1] and past_adverbs(
            before[with_ + 1:])[0] in _STRIVING | _WISHING:
        return True  # "made a joint request with Sweden to join", "applied together with Finland to join"
    addressee = next((k for k in range(2, 7) if before[k:k + 1] == ["to"]), None) if to else None
    if addressee and before[addressee + 1:addressee + 2] and before[addressee + 1] in _SENT:
        return True  # "made an official request to Russian President Vladimir Putin to join"
    approval = next((k for k, w in enumerate(before) if w in APPROVE), None) if to else None
    if approval is not None and before[approval + 1:approval + 2] not in (
            ["been"], ["was"], ["were"], ["is"], ["are"], ["be"]):
        return True  # "the Cabinet approved the move for Thailand to sign": not yet signed
        # (but "Ethiopia has been approved to join": admitted)
    near = list(reversed(before))
    return any(a in {"in", "within"} and b in _WITHIN and c.startswith(("year", "month"))
               for a, b, c in zip(near, near[1:], near[2:], strict=False))


_REFERENDA = {"referendum", "referendums", "referenda", "plebiscite"}
_ACCESSIONS = {"accession", "admission", "entry"}


def _put_to_a_vote(doc, start: int, before: list[str]) -> bool:
    """Whether an accession (the noun at ``start``) is put to a referendum: "a referendum on
    Norway's accession to the EEC", "a referendum on accession to the EU" (``before``: the words
    before it, nearest first); not a referendum on a membership held ("a referendum on its
    membership of the European Union"), nor a joining after one ("after a referendum on 13
    November 1994 Sweden joined")."""
    on = 0 if before[:1] in (["on"], ["about"]) else next(
        (k for k in (2, 3) if before[:1] and before[0] in OWNER_MARKS and k < len(before)
         and before[k] in {"on", "about"}), None)
    return (doc[start].lower_ in _ACCESSIONS and on is not None
            and bool(_REFERENDA & set(before[on + 1:on + 3])))


def _before_with(words: list[str]) -> set[str]:
    """``words`` (nearest first) up to "with" and the party after it: "negotiations with the
    EEC about" gives "negotiations"."""
    k = next((k for k, w in enumerate(words) if w == "with"), None)
    return set(words[k + 1:k + 2]) if k is not None else set()


_LIST_WORDS = {",", "and", "the"}  # lookups.LIST_GLUE (lookups imports this module's importers)


def _someday(clause: list[str]) -> bool:
    """Whether a clause (nearest word first) puts its act at no time: "in (the) future",
    "one day", "someday", "eventually"."""
    return bool({"someday", "eventually"} & set(clause)) or any(
        a == "future" and b in {"in", "the"} or a == "day" and b == "one"
        for a, b in itertools.pairwise(clause))


def aspired_at(doc, start: int, sent_start: int, before: list[str]) -> bool:
    """Whether the subject of the trigger at ``start`` only wants or plans it: by the words
    ``before`` it (:func:`aspired`), or as a list whose wish stands before its names."""
    return (aspired(before) or _listed_wish(doc, start, sent_start) or _subjunctive(doc, start, sent_start)
            or _put_to_a_vote(doc, start, before) or _begun(doc, start, before)
            or _voted_or_focused(doc, start, before))


_JOINING = {"join", "accede", "become"}
_JOINING_NOUNS = {"membership", "accession", "joining"}


def _voted_or_focused(doc, start: int, before: list[str]) -> bool:
    """Whether the subject voted to join ("Iceland's Parliament Votes To Join The EU": a decision
    to apply) or is focused on membership ("Saudi Arabia is focused on membership of BRICS"): an
    aim; not a bloc's vote on another ("voted to readmit Morocco"), nor a vote to ratify."""
    word, near = doc[start].lower_, _nearest(before)
    return (near[:1] == ["to"] and near[1:2] != [] and near[1] in VOTES and word in _JOINING
            or near[:2] in (["on", "focused"], ["on", "focusing"]) and word in _JOINING_NOUNS)


#: what is done to a tie that is already there ("to deepen our partnership")
_GROWING = {"deepen", "strengthen", "expand", "enhance", "broaden", "intensify"}
_ADMITTING = {"admission", "accession", "inclusion", "induction", "readmission"}
_ENDED = {"completion", "completed", "end", "conclusion", "concluded", "finalisation", "finalization"}


def _begun(doc, start: int, before: list[str]) -> bool:
    """Whether an admission the trigger at ``start`` names is only begun: "the start of Iran's
    admission to the organization", "approved the start of the admission of Iran" (not "the
    start of Sweden's membership", a membership begun, nor "the completion of the procedures
    of Finland's accession")."""
    if doc[start].lower_ not in _ADMITTING:
        return False
    at = next((k for k, w in enumerate(before[:5]) if w == "of" and before[k + 1:k + 2]
               and before[k + 1] in _BEGINNINGS), None)
    return at is not None and not _ENDED & set(before[at + 1:at + 5])


_ASKING = {"request", "requests", "requested", "ask", "asks", "asked", "demand", "demands",
           "demanded", "urge", "urges", "urged", "propose", "proposes", "proposed", "insist",
           "insists", "insisted", "recommend", "recommends", "recommended", "suggest", "suggests",
           "suggested"}  # before a bare "be" (or "that" and a bare "be"): a wish
_AUXILIARY = {"will", "would", "shall", "should", "could", "can", "may", "might", "must", "to",
              "has", "have", "had", "does", "did", "is", "was", "are", "were"}


def _subjunctive(doc, start: int, sent_start: int) -> bool:
    """Whether the trigger at ``start`` opens with a bare "be" right after its subject's name,
    after a verb of asking or "that" right after one: a request ("has requested that Argentina
    be admitted as a full member", "Requests Argentina be Admitted"); not "agreed that Turkey
    be admitted" (done), nor "Confirms That Argentina Will Be Admitted"."""
    if doc[start].lower_ != "be" or start - 1 < sent_start or not doc[start - 1].text[:1].isupper():
        return False
    i = start - 1
    while i >= sent_start and doc[i].lower_ not in _ASKING | _AUXILIARY | {"that"} and (
            doc[i].text[:1].isupper() or doc[i].lower_ in {"the", "of"}):
        i -= 1
    if i >= sent_start + 1 and doc[i].lower_ == "that":
        i -= 1  # "requested that Argentina be"
    return i >= sent_start and doc[i].lower_ in _ASKING


def _listed_wish(doc, start: int, sent_start: int) -> bool:
    """Whether "the intention of A, B and C to" stands before the trigger at ``start``: the
    wish of a list of names (a comma inside the list hides it from the trigger's window); or a
    step's paper "for" them ("the memorandum of obligations for India and Pakistan to join")."""
    i = start - 1
    if i < sent_start or doc[i].lower_ != "to":
        return False
    i -= 1
    if doc[i].text in {"—", "–"}:  # "the bids of A and B — propelled by Russia's war — to join"
        i = next((k - 1 for k in range(i - 1, max(sent_start, i - 14), -1) if doc[k].text == doc[i].text), i)
    while i >= sent_start and (doc[i].text[:1].isupper() or doc[i].lower_ in _LIST_WORDS):
        i -= 1
    return i - 1 >= sent_start and i < start - 2 and (
        doc[i].lower_ == "of" and doc[i - 1].lower_ in ASPIRE | _WISHING
        or doc[i].lower_ == "for" and doc[i - 1].lower_ in _STEPS_PAPERS)


#: papers that set out a step toward joining: "the memorandum of obligations for A to join"
_STEPS_PAPERS = {"obligations", "memorandum", "roadmap", "road-map", "procedures", "procedure", "conditions",
                 "requirements", "timeline", "timetable"}


def prospective(doc, trigger) -> bool:
    """Whether ``trigger`` (a membership's noun) has "future", "eventual" or the like in the
    two words before it ("the future full membership of our country in the agency", "its
    eventual membership of NATO"): a prospect, no membership."""
    return trigger is not None and bool(UNREALISED & {
        t.lower_ for t in doc[max(0, trigger.start - 2):trigger.start]})
