"""Parse article text into title, caption, paragraphs and sentences, each with offsets into `Article.text`.

Offsets are Python string indices into the decoded text: `article.text[s.start:s.end] == s.text` for every
paragraph and sentence. Nothing is normalised in place; consumers that compare text normalise on the side.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from summarizer.errors import ArticleError

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_CAPTION = re.compile(r"^(FILE( PHOTO)?|PHOTO|IMAGE|CAPTION|PICTURE)\s*:", re.IGNORECASE)
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+")
_MD_RULE = re.compile(r"^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$")

# A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes or brackets, then space
# and something that can open a sentence.
_SENTENCE_END = re.compile(r"""(?:[.!?]+|…)(?P<close>[\"”’'»)\]]*)(?P<space>\s+)(?=[\"“‘'«(\[]*[A-Z0-9À-ÖØ-Þ])""")
# Copy that flattens a photo caption into the text leaves it without a full stop ("... by the Colima volcano
# (above) in Mexico The 12,400 feet (3,800 metre) high volcano ..."): a capitalised determiner or pronoun before
# a lower-case word or a number starts a sentence there ("The Royal China Club", "Claims He Exaggerated" do not),
# except after a word that a title or name may follow ("in", "called": "a film called It follows ..."); so does a
# capitalised "While", "Although" or "Though", which opens a sentence wherever it stands.
_GLUED = re.compile(
    r"(?:^|(?<=\s))(?P<word>[A-Za-z0-9][\w'’-]*)\)?(?P<space>[ \t]+)"
    r"(?=(?:The|An|This|These|Those|His|Her|Their|Its|He|She|It|They|We|There)\s+[a-z0-9]|(?:But|However),?\s+[a-z]"
    r"|(?:While|Although|Though)\s+[A-Za-z]"  # "... in Menorca While Pat likes to ...": a clause opening
    # "... 100 years ago In 2006, after ...", "... the Armenians In her Pulitzer Prize-winning book": a dateline or
    # a place opening the sentence after a related-link headline
    r"|(?:In|On|At|After|During)\s+(?:\d{4}\b|the\s|a\s|an\s|her\s|his\s|their\s|its\s))"
)
_NOT_GLUED_AFTER = frozenset(
    "in of by from to at the a an and or for on with as said says told than like called named titled via is was "
    "were are be into about over under".split()
)
# Titles that stand before a name, so never end a sentence ("..., then-Sen. Obama hammered ...").
_TITLES_BEFORE_NAMES = frozenset("mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj pres rev".split())
_ABBREVIATIONS = _TITLES_BEFORE_NAMES | frozenset(
    [
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "nos",
        "vs",
        "v",
        "etc",
        "al",
        "approx",
        "dept",
        "est",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "d.c",
        "ph.d",
    ]
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph(Span):
    index: int
    kind: str  # title | caption | heading | body


@dataclass(frozen=True)
class Sentence(Span):
    id: str  # S1, S2, ... in reading order
    paragraph: int


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    format: str = "text"
    source: str = ""
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def caption(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "caption"]

    @property
    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == "body"]


def article_id(text: str) -> str:
    """Content address: the same text always gets the same id, whatever its file name."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse(text: str, format: str = "text", source: str = "") -> Article:
    """Parse decoded article text. HTML is first reduced to its main text (see `html_to_text`)."""
    if format == "html":
        text = html_to_text(text, source or "the HTML input")
    if not text.strip():
        raise ArticleError(f"{source or 'the article'} holds no text; give it the article text")
    paragraphs = _paragraphs(text, markdown=format == "markdown")
    sentences: list[Sentence] = []
    for para in paragraphs:
        for start, end in split_sentences(text, para.start, para.end):
            sentences.append(Sentence(start, end, text[start:end], id=f"S{len(sentences) + 1}", paragraph=para.index))
    title = next((p.text for p in paragraphs if p.kind == "title"), "")
    if title and format == "markdown":
        title = _MD_HEADING.sub("", title)
    title = " ".join(title.split())
    return Article(
        id=article_id(text),
        text=text,
        title=title,
        paragraphs=paragraphs,
        sentences=sentences,
        format=format,
        source=source,
    )


def html_to_text(html: str, label: str) -> str:
    """Main text of an HTML page (boilerplate, navigation and scripts dropped), title first."""
    import trafilatura  # lazy: lxml and friends cost a noticeable import

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise ArticleError(f"no article text found in {label}: the HTML has no main content to extract")
    title = (getattr(doc, "title", None) or "").strip()
    body = re.sub(r"\n(?=\S)", "\n\n", body)  # trafilatura puts one newline between paragraphs
    if title and not body.startswith(title):
        return f"{title}\n\n{body}\n"
    return body + "\n"


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks between blank lines; a block of long single lines is one paragraph a line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in [*_BLANK_LINE.finditer(text), None]:
        end = match.start() if match else len(text)
        spans.extend(_split_block(text, pos, end))
        if match:
            pos = match.end()
    return spans


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    lines = [_strip(text, s, e) for s, e in lines]
    lines = [(s, e) for s, e in lines if e > s]
    if not lines:
        return []
    if len(lines) > 1 and max(e - s for s, e in lines) > 100:  # a paragraph per line, not hard-wrapped prose
        return lines
    return [(lines[0][0], lines[-1][1])]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(text: str, markdown: bool) -> list[Paragraph]:
    spans = _blocks(text)
    out: list[Paragraph] = []
    for i, (start, end) in enumerate(spans):
        chunk = text[start:end]
        if markdown and _MD_RULE.match(chunk):
            continue
        kind = "body"
        if markdown and _MD_HEADING.match(chunk):
            kind = "title" if not any(p.kind == "title" for p in out) and not out else "heading"
        elif i == 0 and len(spans) > 1 and _looks_like_title(chunk):
            kind = "title"
        elif _CAPTION.match(chunk) and all(p.kind in ("title", "caption") for p in out):
            kind = "caption"
        out.append(Paragraph(start, end, chunk, index=len(out), kind=kind))
    return out


def ended(sentence: str) -> bool:
    """True if a sentence ends with its full stop (or ! ? …), after any closing quotation mark, and not with a
    title that stands before a name ("... resign for using the term, then-Sen.")."""
    text = sentence.strip()
    title = re.search(r"(?:^|[\s\-(])([A-Za-z]+)\.$", text)
    if title is not None and title.group(1).lower() in _TITLES_BEFORE_NAMES:
        return False
    return bool(re.search(r"[.!?…][\"”’')\]]*$", text))


def _looks_like_title(chunk: str) -> bool:
    """A short first paragraph of one sentence (headlines may wrap onto a second line)."""
    return len(chunk) <= 160 and chunk.count("\n") <= 1 and len(split_sentences(chunk, 0, len(chunk))) == 1


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], by punctuation and capitalisation, skipping abbreviations, and
    where a caption was glued into the text without a full stop (`_GLUED`)."""
    return [piece for s, e in _punctuated(text, start, end) for piece in _unglued(text, s, e)]


def _unglued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for match in _GLUED.finditer(text, start, end):
        if match.group("word").lower() in _NOT_GLUED_AFTER:
            continue
        out.append((pos, match.start("space")))
        pos = match.end()
    out.append((pos, end))
    return out


def _punctuated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    segment = text[start:end]
    for match in _SENTENCE_END.finditer(segment):
        stop = start + match.start("space")
        if is_abbreviation(text, pos, start + match.start()):
            continue
        s, e = _strip(text, pos, stop)
        if e > s:
            out.append((s, e))
        pos = start + match.end()
    s, e = _strip(text, pos, end)
    if e > s:
        out.append((s, e))
    return out


# The words before a platform's name: "wrote on X.", "posted to X.".
PLATFORM_BEFORE = ("on", "to", "via", "at")
_PLATFORM_BEFORE = re.compile(rf"\b(?:{'|'.join(PLATFORM_BEFORE)})\s+$")


def platform_x(text: str, start: int, dot: int) -> bool:
    """ "wrote on X." or "posted to X.": the platform ending a sentence, not an initial ("Malcolm X.", "George
    W. Bush" follow a name; the platform follows a lower-case word)."""
    return text[start:dot] == "X" and bool(_PLATFORM_BEFORE.search(text[max(0, start - 6) : start]))


def is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    """True if the full stop at `dot` ends an abbreviation ("Gov.", "U.S.", an initial), not a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > sentence_start and not text[word_start - 1].isspace() and text[word_start - 1] not in '("“‘':
        word_start -= 1
    word = text[word_start:dot].lower().rsplit("-", 1)[-1]  # "then-Sen.", "ex-Gov."
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    if platform_x(text, word_start, dot):
        return False
    # A single initial ("George W. Bush") or a dotted acronym ("U.S.", "a.m.") rarely ends a sentence.
    return (len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))
