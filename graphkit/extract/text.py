"""An article file as text and sentences: plain text or a saved HTML page, read safely.

HTML is stripped by selectolax (the lexbor parser): scripts, styles and templates are
dropped, the rest is kept as text with a blank line between blocks. A file that is empty,
binary (NUL bytes) or not UTF-8 is refused in one line. Sentences come from spaCy's rule-
based sentencizer on a blank English pipeline (no model is loaded); a blank line always
ends a sentence, and lines starting with ``#`` (a header naming the source) are none.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from graphkit.io.files import FileRefused, display_path, read_bytes

__all__ = ["Article", "Dehyphenated", "article_from_text", "dehyphenate", "html_to_text", "nlp",
           "read_article", "sentence_spans"]

_HTML = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[ >]|<article)",
                   re.IGNORECASE)
_URL = re.compile(r"https?://[^\s,)\"'>]+")
_PUBLISHED = re.compile(r"\bpublished:?\s*([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)\b", re.IGNORECASE)
_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "object", "embed", "head")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote",
           "section", "article", "header", "footer", "title", "td", "dd", "dt", "figcaption")


@dataclass(frozen=True)
class Article:
    """The text claims are read from, with what its header says.

    ``text`` is what character spans refer to (for HTML: the page's text as stripped here);
    ``header_url`` is the first URL on a leading ``#`` line, if any; ``name`` names the file.
    """

    text: str
    name: str = "text"
    header_url: str | None = None
    html: bool = False
    header_published: str | None = None


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, blocks separated by blank lines.

    Examples
    --------
    >>> html_to_text("<p>Egypt signed.</p><script>alert(1)</script><p>Peru joined.</p>")
    'Egypt signed.\\n\\nPeru joined.'
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for tag in _DROP:
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    for tag in _BLOCKS:
        for node in root.css(tag):
            node.insert_before("\n\n")
            node.insert_after("\n\n")
    text = root.text(separator="", strip=False)
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def article_from_text(text: str, *, name: str = "text", html: bool | None = None) -> Article:
    """An :class:`Article` from text already in memory (HTML when it looks like a page)."""
    if html is None:
        html = bool(_HTML.match(text[:512].encode("utf-8", "replace")))
    if html:
        text = html_to_text(text)
    url = published = None
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            break
        found = _URL.search(line)
        if found and url is None:
            url = found.group(0).rstrip(".;")
        date = _PUBLISHED.search(line)
        if date and published is None:
            published = date.group(1)
    return Article(text=text, name=name, header_url=url, html=bool(html),
                   header_published=published)


def read_article(path: Path | str) -> Article:
    """Read an article file: UTF-8 text or a saved HTML page.

    Raises
    ------
    FileRefused
        One line when the file is not a regular readable file, is empty, is binary, or is
        not UTF-8 (naming the line of the first bad byte).
    """
    data = read_bytes(path)
    name = display_path(path)
    if not data.strip():
        raise FileRefused(name, "expected an article (plain text or HTML), found an empty file")
    if b"\x00" in data[:65536]:
        raise FileRefused(name, "expected an article (plain text or HTML), found a binary file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileRefused(name, "expected UTF-8 text", line) from None
    article = article_from_text(text, name=name, html=bool(_HTML.match(data[:512])))
    return article


# "Tur-\nkey", "polit-\nical": a word broken at a line's end (text from a PDF); not a
# compound's second part ("China-\nled")
_BROKEN = re.compile(r"(?<=[^\W\d_]{2})-[ \t]*\r?\n[ \t]*(?=[a-z]{2})(?!(?:led|based|backed|owned|"
                     r"run|initiated|funded|made|born|speaking|style|era|level|term)\b)"
                     # a dash typed as two hyphens between spaces ("the seven nations -- Britain,
                     # Canada ... -- and Argentina", "(Xinhua) -- Kyrgyzstan"): read as one dash
                     r"|(?<=\s)--(?=\s)"
                     # a citation mark after a word ("the United Kingdom,[3] Ireland[4] and
                     # Denmark[5] applied", "Iran[a]", "[note 1]", "[citation needed]"): left
                     # out, so that the list reads as one
                     r"|(?<=[\w.,;:”\"’)\]])\[(?:[0-9]{1,3}|[a-z]|note \d{1,3}|citation needed)\]")
# a dash typed as one hyphen between spaces, between words ("South Africa - a group known as
# BRICS - launched"): one dash, the same length (not a range, "2014 - 2015", nor an infobox's
# "ILRS - Country: China")
_SPACED = re.compile(r"(?<=[^\W\d_] )-(?= [^\W\d_])(?! \w+ ?:)")


@dataclass(frozen=True)
class Dehyphenated:
    """Text with words broken at a line's end joined again, and the way back to the
    original's characters (``cuts``: (position in the joined text, characters removed
    before it so far))."""

    text: str
    cuts: tuple[tuple[int, int], ...] = ()

    def original(self, position: int) -> int:
        """The original text's position of the joined text's ``position``."""
        at = bisect.bisect_right(self.cuts, (position, float("inf"))) - 1
        return position + (self.cuts[at][1] if at >= 0 else 0)


def dehyphenate(text: str) -> Dehyphenated:
    """Join words broken by a hyphen at a line's end, make a dash typed as two hyphens (or
    as one between words) one dash, a blank line inside a sentence one space, and leave out
    citation marks, keeping the way back to ``text``.

    Examples
    --------
    >>> d = dehyphenate("NATO admitted Tur-\\nkey and Spain.")
    >>> d.text, d.text.index("Spain"), d.original(d.text.index("Spain"))
    ('NATO admitted Turkey and Spain.', 25, 27)
    >>> d = dehyphenate("seven nations -- Britain and Japan")
    >>> d.text, d.original(d.text.index("Britain"))
    ('seven nations — Britain and Japan', 17)
    >>> dehyphenate("Peru - a member - and Chile, 2014 - 2015").text
    'Peru — a member — and Chile, 2014 - 2015'
    >>> d = dehyphenate("Peru,[3] Chile[4] and Laos.[5][6]")
    >>> d.text, d.original(d.text.index("Chile"))
    ('Peru, Chile and Laos.', 9)
    """
    parts, cuts, removed, last = [], [], 0, 0
    blanks = _blank_in_sentence(text)
    for m in sorted([*_BROKEN.finditer(text), *blanks], key=lambda m: m.start()):
        kept = "—" if m.group() == "--" else " " if m in blanks else ""
        parts.append(text[last:m.start()] + kept)
        removed += m.end() - m.start() - len(kept)
        cuts.append((m.end() - removed, removed))
        last = m.end()
    parts.append(text[last:])
    joined = _SPACED.sub("—", "".join(parts))
    if _hard_wrapped(text.splitlines()):  # "Bosnia and Herzegovina,\nMontenegro": one space
        joined = _unwrapped(joined)  # (the same number of characters)
    return Dehyphenated(_unmarked(joined), tuple(cuts))


# a blank line inside a sentence, as a page copied from a PDF leaves them: the line before ends
# in a word and the next starts with a lower-case one ("the heads of government\n\nof France"),
# or the line before, itself such a continuation, ends in a comma ("\n\nof France, Russia,\n\nGermany")
_BLANK_IN_SENTENCE = re.compile(r"(?<=[a-z’',])[ \t]*\r?\n[ \t]*\r?\n[ \t]*(?=[A-Za-z])")


def _blank_in_sentence(text: str) -> list[re.Match]:
    """The blank lines inside sentences of ``text``, each read as one space.

    >>> [m.start() for m in _blank_in_sentence("leaders\\n\\nof A, B,\\n\\nC and D.\\n\\nNoting,\\n\\nRecognizing")]
    [7, 17]
    """
    found = []
    for m in _BLANK_IN_SENTENCE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        after_comma = text[m.start() - 1] == ","
        if text[m.end()].islower() or after_comma and text[line_start:line_start + 1].islower():
            found.append(m)
    return found


# a line starting with one of these starts a sentence, even in hard-wrapped text
_BULLETS = {"•", "·", "▪", "●", "◦"}
_MARK = re.compile(r"^(\s*)(?:[0-9]{1,2}[.)]|[-*•·–])(?=\s)")


def _unmarked(text: str) -> str:
    """``text`` with the marks of list items after a line its colon ends ("are:\\n1. Chile")
    blanked (the same number of characters), so that the items read as a list of names.

    >>> _unmarked("The members are:\\n1. Chile\\n- Peru\\nThen 2. talks.")
    'The members are:\\n   Chile\\n  Peru\\nThen 2. talks.'
    """
    lines = text.split("\n")
    listing = False
    for k, line in enumerate(lines):
        mark = _MARK.match(line) if listing else None
        if mark:
            lines[k] = mark.group(1) + " " * (mark.end() - mark.end(1)) + line[mark.end():]
        listing = bool(mark) or line.rstrip().endswith(":")
    return "\n".join(lines)


@cache
def nlp():
    """A blank English spaCy pipeline with the rule-based sentencizer (no model); a hyphen
    after an abbreviation splits off ("U.S.-led" reads as "U.S. - led", like "China-led")."""
    import spacy
    from spacy.util import compile_infix_regex, compile_suffix_regex

    pipeline = spacy.blank("en")
    # "in 2011.Cambodia, this year's chair", "a quarter of global GDP.Earlier this year": a
    # full stop with no space after a year or an acronym ends the sentence too
    # "Artemis ProgramInternational partnerships": words run together split at the capital
    infixes = [*pipeline.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])",
               r"(?<=[0-9]{4})\.(?=[A-Z][a-z])", r"(?<=[A-Z]{2})\.(?=[A-Z][a-z])", r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,})",
               # citation marks after a full stop: "opposition.[1][2] Another"
               r"(?<=[a-z])\.(?=\[[0-9])", r"(?<=[.\]])\[(?=[0-9])", r"(?<=[0-9])\](?=\[|$)",
               # and after a closing quote: 'the Indo-Pacific?”.[2]  It was'
               r"(?<=[a-z])[?!](?=[”\"’]\.\[[0-9])", r"(?<=[?!])[”\"’](?=\.\[[0-9])",
               r"(?<=[”\"’])\.(?=\[[0-9])",
               # definitions run together: 'established by this Statute;"Executive Council"'
               r"(?<=[a-z]);(?=[\"“]?[A-Z])", r"(?<=;)[\"“](?=[A-Z])"]
    pipeline.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "Resolution 32/196B. New members were": a full stop after a number's letter ends it
    suffixes = [*pipeline.Defaults.suffixes, r"(?<=[0-9][A-Z])\."]
    pipeline.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    pipeline.add_pipe("sentencizer")
    return pipeline


def _line_breaks(doc) -> bool:
    """Whether a single line break ends a sentence in ``doc``: yes unless the text is
    hard-wrapped (most of its lines end inside a sentence, with no full stop)."""
    return not _hard_wrapped(doc.text.splitlines())


def _hard_wrapped(lines: list[str]) -> bool:
    lines = [line.strip() for line in lines]
    lines = [line for line in lines if line and not line.startswith("#")]
    # names one a line ("made up of six states:" then "Armenia", "Belarus"; a heading and
    # three or more short lines, none starting in lower case) are a list, not a paragraph's
    # wrapped lines
    short = [len(line.split()) <= 4 and not line[0].islower() for line in lines]
    items: set[int] = set()
    for k in range(len(lines)):
        if short[k] and k and (lines[k - 1][-1] == ":" or k - 1 in items):
            items.add(k)
        if k + 3 <= len(lines) and all(short[k:k + 3]):
            items.update(range(k, k + 3))
    lines = [line for k, line in enumerate(lines) if k not in items]
    if len(lines) < 3:
        return False
    # an item of a bulleted list ("- NATO members committed to ...") ends where its line does
    open_ended = sum(1 for line in lines if line[-1] not in '.!?:;"”’)]' and not _bulleted(line))
    return open_ended * 2 >= len(lines)


def _bulleted(line: str) -> bool:
    """Whether a stripped ``line`` opens with a bullet ("• Transparency", "- Spain signed")."""
    return line[:1] in _BULLETS or line[:2] in ("- ", "* ", "– ")


def _unwrapped(text: str) -> str:
    """A hard-wrapped ``text`` with each single line break inside a paragraph a space, but
    those around names one a line after a line its colon ends ("states:\\nArmenia")."""
    lines = text.split("\n")
    items: set[int] = set()
    for k in range(1, len(lines)):
        words = lines[k].split()
        if 0 < len(words) <= 4 and not words[0][0].islower() and (
                lines[k - 1].rstrip().endswith(":") or k - 1 in items):
            items.add(k)
    out = []
    for k, line in enumerate(lines):
        out.append(line)
        if k + 1 < len(lines):
            keep = (not line.strip() or not lines[k + 1].strip() or {k, k + 1} & items
                    or line.lstrip().startswith("#") or lines[k + 1].lstrip().startswith("#")
                    or _bulleted(lines[k + 1].lstrip()))  # "• Transparency: ..."
            out.append("\n" if keep else " ")
    return "".join(out)


def _cited(doc, i: int) -> bool:
    """Whether token ``i`` ("]") closes citation marks after a full stop: ".[1][2]"."""
    while i >= 2 and doc[i].text == "]" and doc[i - 1].text.isdigit() and doc[i - 2].text == "[":
        i -= 3
        if doc[i].text in {".", "!", "?"}:
            return True
    return False


def _runs_on(doc, i: int) -> bool:
    """Whether the single line break after token ``i`` falls inside a sentence: the line
    ends in a word and the next starts with a lower-case word ("The Collective Security
    Treaty Organization\nis a military alliance consisting of ...")."""
    if doc[i].is_space and doc[i].text.count("\n") > 1:
        return False
    last = doc[i - 1] if doc[i].is_space and i else doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (nxt is not None and nxt.is_alpha and nxt.text[0].islower()
            and (last.is_alpha or last.like_num) and last.text != "#")


def sentence_spans(doc) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of the sentences of a spaCy ``doc``.

    A blank line always ends a sentence, and so does a single line break unless the text
    is hard-wrapped; a line starting with ``#`` (a header) is none, and neither is a range
    holding no word.
    """
    cuts = {0, len(doc)}
    for sent in doc.sents:
        cuts.add(sent.start)
    header = False
    lines = _line_breaks(doc)
    for tok in doc:
        if tok.is_space and tok.text.count("\n") >= 2:
            cuts.add(tok.i + 1)
        if lines and tok.i + 1 < len(doc) and (
                "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)) and not _runs_on(doc, tok.i):
            cuts.add(tok.i + 1)  # a headline on its own line, a table's row
        if tok.text in _BULLETS and tok.i and "\n" in doc[tok.i - 1].text_with_ws:
            cuts.add(tok.i)  # "• Transparency: ...", "• Registration: ..." one a sentence
        if tok.text == "]" and _cited(doc, tok.i):
            after = tok.i + 1 + (tok.i + 2 < len(doc) and doc[tok.i + 1].is_space)  # ".[2]  It"
            if after < len(doc) and doc[after].is_title:
                cuts.add(tok.i + 1)  # "amid Russian opposition.[1][2] Another expansion came"
        if tok.text == "#" and (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws):
            cuts.add(tok.i)
            header = True
        if header and ("\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)):
            cuts.add(tok.i + 1)
            header = False
    bounds = sorted(cuts)
    spans = []
    for start, end in itertools.pairwise(bounds):
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start >= end or doc[start].text == "#":
            continue
        if not any(t.is_alpha for t in doc[start:end]):
            continue
        spans.append((start, end))
    return spans
