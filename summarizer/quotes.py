"""Direct quotes and their speakers, found by rules: deterministic, offline, no model.

Every quote keeps its exact span (`article.text[q.start:q.end] == q.text`). Speakers are people (or bodies
such as "the ruling") named next to a speech cue ("said", "told", "according to"); pronouns and
descriptions ("he", "the top US diplomat") resolve to the most recent matching speaker, and surnames,
titles and full names of one person merge into one `Speaker` with aliases and a role.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from summarizer.article import Article, Paragraph
from summarizer.quotemarks import QuotedRegion, quoted_regions

CUES = (
    "said says say saying told tells telling added adds adding asked asks wrote writes write explained "
    "explains declared declares demanded demands recalled recalls insisted insists argued argues noted "
    "notes continued continues stated states tweeted posted warned warns acknowledged acknowledges "
    "admitted admits announced announces replied replies responded responds conceded concedes claimed "
    "claims contended countered emphasized emphasised stressed urged complained predicted observed "
    "remarked suggested suggests testified cautioned joked quipped concluded reads read described "
    "describes called calls accused accuses blasted criticized criticised believes believed thinks "
    "reported reiterated agreed echoed shouted boasted vowed promised pledged proclaimed asserted "
    "maintained lamented confirmed denied hailed labeled labelled branded dubbed mused wondered "
    "interjected answered repeated recounted put"
).split()
_CUE_SET = frozenset(CUES)
_ADVERBS = frozenset(
    "also later then further simply sarcastically flatly repeatedly once had has have was would will "
    "previously earlier recently again publicly privately angrily quietly bluntly".split()
)
_PRONOUNS = {"he": "m", "she": "f", "they": None, "i": None, "we": None, "him": "m", "her": "f"}
_HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady rep rep. sen sen. gov gov. del del. prof prof. "
    "gen gen. lt lt. col col. sgt sgt. capt capt. rev rev. st. hon hon.".split()
)
_ROLE_WORDS = frozenset(
    """secretary state minister foreign president chairman chairwoman chair chancellor prime general
    secretary-general director governor senator representative manager coach chief executive spokesman
    spokeswoman spokesperson ceo leader ambassador attorney judge justice mayor commissioner vice deputy head
    officer analyst professor king queen prince princess pope sheriff captain commander admiral colonel sergeant
    lieutenant member aide adviser advisor official economist lawyer founder co-founder co-author author
    editor correspondent chairperson treasurer superintendent inspector police striker midfielder defender
    goalkeeper player boss owner partner fellow researcher scientist doctor candidate nominee republican
    democrat democratic party house senate committee panel foundation council administration department
    ministry office agency rep rep. sen sen. gov gov. del del. dr dr. mr mr. mrs mrs. ms ms. sir the top
    former retired acting interim study organizer organiser senators representatives officials lawmakers
    democrats republicans""".split()
)
_PERSON_NOUNS = frozenset(
    """diplomat minister official spokesman spokeswoman businessman businesswoman senator president leader
    governor manager coach chairman secretary lawyer analyst candidate nominee executive boss mayor general
    striker player actress actor singer star prosecutor judge lawmaker congressman congresswoman chancellor
    premier woman man officer aide adviser advisor""".split()
)
_ORG_NOUNS = frozenset(
    """company firm group bank agency organization organisation coalition association union ministry department
    government administration campaign party retailer maker manufacturer airline carrier startup club team
    league network corporation business""".split()
)
_DETERMINERS = frozenset("the a an one two three several many some this that these those another".split())
_STOP = frozenset("who which whose that in at on during after before when while as to from for with".split())
_NOT_NAMES = frozenset(
    "The A An But And Or So In On At For If When While After Before As It This That These Those There Then "
    "Yet However Meanwhile He She They We I You His Her Their Its Our My Asked Speaking Opening Though "
    "Although Because Since Like Until Last Next Earlier Later Monday Tuesday Wednesday Thursday Friday "
    "Typically Usually Generally Currently Recently Previously Additionally Finally Ultimately Separately "
    "Saturday Sunday During Despite Among Under Over With Without Amid January February March April May "
    "June July August September October November December".split()
)
_CONJUNCTIONS = frozenset("though although while as but and when if because since so yet".split())
_ORG_WORDS = frozenset(
    """committee council department university house senate party bank company group association office news
    times post street court agency administration commission union foundation institute center centre
    corporation inc ltd league club united city state states republic ministry service network library school
    schools forum show airport station church government police army navy fund board reserve museum
    hospital project program programme alliance journal press media tv radio magazine coalition
    federation council network institute""".split()
)

_TOKEN = re.compile(
    r"\([^()\n]{0,40}\)"  # (R-Utah)
    r"|(?:[A-Za-z]\.){2,}"  # U.S.
    r"|(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Del|St|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Hon)\.(?=\s)"
    r"|[A-Z]\.(?=\s[A-Z])"  # initials
    r"|[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w’'\-]*"
    r"|[,;:]|[.!?]|\S"
)
_ATTRIB_WINDOW = 140
_NAME_RUN = re.compile(
    r"\b(?:[A-Z][a-zà-ÿ’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zà-ÿ’'\-]+|[A-Z]\.|de|van|von|der|da|al|bin|of)){1,6}\b"
)


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    speaker_id: str | None
    cue: str | None
    kind: str  # statement | partial | scare
    terminated: bool = True
    paragraph: int = 0


@dataclass
class Speaker:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    quote_ids: list[str] = field(default_factory=list)
    is_person: bool = True


@dataclass(frozen=True)
class QuoteTable:
    quotes: list[Quote]
    speakers: list[Speaker]

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def counts(self) -> tuple[int, int]:
        """(speakers with at least one direct quote, direct quotes)."""
        return sum(1 for s in self.speakers if s.quote_ids), len(self.quotes)


@dataclass
class _Attribution:
    phrase: str  # the speaker phrase as written
    cue: str
    position: int  # where the phrase is in the text


@dataclass
class _Entity:
    name: str
    aliases: set[str]
    role: str | None
    is_person: bool
    gender: str | None = None
    mentions: list[int] = field(default_factory=list)
    discovered: bool = False  # named in the text but never next to a speech cue


# --- the public function ----------------------------------------------------------------------


def extract(article: Article) -> QuoteTable:
    """Every direct quote in the article body, with its span, kind and speaker."""
    text = article.text
    starts = [s.start for s in article.sentences]
    regions: list[tuple[QuotedRegion, Paragraph]] = []
    for para in article.paragraphs:
        if para.kind in ("title", "caption", "heading"):
            continue  # headline scare quotes and photo captions are not speech
        for r in quoted_regions(text, para.start, para.end):
            s, e = _trim(text, r)
            if e > s and not _inside_markup(text, r.open_mark, para.start):
                regions.append((r, para))
    all_regions = [r for r, _ in regions]
    attributions = [_attribute(text, r, p, all_regions, starts) for r, p in regions]
    body = [p for p in article.paragraphs if p.kind not in ("title", "caption")]
    entities = _Entities(text, all_regions, body[0].start if body else 0, starts)
    for att in attributions:
        if att is not None:
            entities.learn(att)
    for sentence in article.sentences:
        if sentence.start < entities.body_start:
            continue
        words = _tokens(sentence.text, sentence.start)
        for i, (tok, _) in enumerate(words):
            if _is_cue(tok) and not tok.lower().endswith("ing") and not entities.inside_quote(words[i][1]):
                phrase = _phrase_before_cue(words[:i])
                if phrase:
                    entities.learn(_Attribution(phrase[0], tok, phrase[1]))
    entities.discover_people()
    entities.find_mentions()

    quotes: list[Quote] = []
    owners: list[_Entity | None] = []
    for i, ((region, para), att) in enumerate(zip(regions, attributions, strict=True)):
        start, end = _trim(text, region)
        owner = entities.resolve(att, region.open_mark) if att else None
        cue = att.cue if att else None
        if owner is None:
            owner = _inherit(i, regions, owners)
        if owner is None and att is None:
            owner = entities.nearest(region.open_mark)
        owners.append(owner)
        quotes.append(
            Quote(
                id=f"Q{i + 1}",
                text=text[start:end],
                start=start,
                end=end,
                speaker_id=None,
                cue=cue,
                kind=_kind(text, region, para, starts),
                terminated=region.terminated,
                paragraph=para.index,
            )
        )
    # A quote left open at a paragraph's end continues in the next one: it shares that segment's speaker.
    for i in range(len(quotes) - 2, -1, -1):
        if owners[i] is None and not regions[i][0].terminated and regions[i + 1][1].index - regions[i][1].index == 1:
            owners[i] = owners[i + 1]
    return _table(quotes, owners)


# --- spans and kinds --------------------------------------------------------------------------


def _inside_markup(text: str, pos: int, floor: int) -> bool:
    """Attribute values in markup left in the text (`<tweet pic="...">`) are not quotes."""
    lt = text.rfind("<", floor, pos)
    return lt >= 0 and text.find(">", lt, pos) < 0 and re.match(r"<[A-Za-z/]", text[lt : lt + 2]) is not None


def _trim(text: str, r: QuotedRegion) -> tuple[int, int]:
    s, e = r.start, r.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if r.terminated and e > s and text[e - 1] == ",":
        e -= 1
    return s, e


def _segment_start(starts: list[int], para: Paragraph, pos: int) -> int:
    """Start of the sentence that holds `pos` (never before its paragraph); `starts` are sentence starts."""
    i = bisect.bisect_right(starts, pos) - 1
    return max(para.start, starts[i]) if i >= 0 else para.start


def _kind(text: str, r: QuotedRegion, para: Paragraph, starts: list[int]) -> str:
    before = text[_segment_start(starts, para, r.open_mark) : r.open_mark].strip()
    standalone = not before or before.endswith((":", ",")) or before[-1] in '”"’'
    if standalone:
        return "statement"
    words = len(text[r.start : r.end].split())
    return "scare" if words <= 3 else "partial"


# --- finding the attribution next to a quote --------------------------------------------------


def _tokens(segment: str, offset: int) -> list[tuple[str, int]]:
    return [(m.group(), offset + m.start()) for m in _TOKEN.finditer(segment)]


def _is_cue(tok: str) -> bool:
    return tok.lower() in _CUE_SET


def _attribute(
    text: str, r: QuotedRegion, para: Paragraph, regions: list[QuotedRegion], starts: list[int]
) -> _Attribution | None:
    return _after(text, r, para, regions) or _before(text, r, para, regions, starts)


def _next_region_start(regions: list[QuotedRegion], pos: int, limit: int) -> int:
    for other in regions:
        if pos <= other.open_mark < limit:
            return other.open_mark
    return limit


def _after(text: str, r: QuotedRegion, para: Paragraph, regions: list[QuotedRegion]) -> _Attribution | None:
    """`"...," Blinken told the council` / `"...," said Rep. Elijah Cummings`."""
    if r.close_mark is None:
        return None
    pos = r.close_mark + 1
    limit = _next_region_start(regions, pos, min(para.end, pos + _ATTRIB_WINDOW))
    toks = _tokens(text[pos:limit], pos)
    while toks and toks[0][0] in ",’'\"”":
        toks = toks[1:]
    if not toks:
        return None
    if toks[0][0] in ".!?" and len(toks) > 1:
        return None  # the sentence ended with the quote
    inner = text[r.start : r.end].rstrip()
    if inner.endswith(".") and toks[0][0][:1].isupper() and not _is_cue(toks[0][0]):
        return None  # `"... it." Next sentence`: what follows is not this quote's attribution
    words = []
    for i, (tok, at) in enumerate(toks):
        if tok in ".!?" and i > 0:
            break
        words.append((tok, at))
    # "said Rep. Jason Chaffetz" / "according to the report"
    lead = [(t, a) for t, a in words if t.lower() not in _ADVERBS]
    if lead and (_is_cue(lead[0][0]) or lead[0][0].lower() == "according"):
        cue = lead[0][0]
        rest = lead[1:]
        if cue.lower() == "according" and rest and rest[0][0].lower() == "to":
            cue, rest = "according to", rest[1:]
        phrase = _phrase_after_cue(rest)
        if phrase:
            return _Attribution(phrase[0], cue, phrase[1])
        return None
    for i, (tok, _) in enumerate(words[:14]):
        if _is_cue(tok):
            phrase = _phrase_before_cue(words[:i])
            if phrase:
                return _Attribution(phrase[0], tok, phrase[1])
            return None
    return None


def _before(
    text: str, r: QuotedRegion, para: Paragraph, regions: list[QuotedRegion], starts: list[int]
) -> _Attribution | None:
    """`Lavrov told the council: "..."` / `The U.S. Secretary of State accused Putin of adding "..."`."""
    start = _segment_start(starts, para, r.open_mark)
    for other in regions:
        if other.close_mark is not None and start <= other.close_mark < r.open_mark:
            start = other.close_mark + 1
    words = _tokens(text[start : r.open_mark], start)
    for i, tok in enumerate(words):
        if tok[0].lower() == "according" and i + 1 < len(words) and words[i + 1][0].lower() == "to":
            phrase = _phrase_after_cue(words[i + 2 :])
            if phrase:
                return _Attribution(phrase[0], "according to", phrase[1])
    # The main clause's cue comes first; participles ("adding", "saying") only when there is no other.
    cues = [i for i, (tok, _) in enumerate(words) if _is_cue(tok)]
    for i in sorted(cues, key=lambda i: (words[i][0].lower().endswith("ing"), i)):
        if words[i][0].lower().endswith("ing"):
            subject = _subject(words[:i])
            if subject:
                return _Attribution(subject[0], words[i][0], subject[1])
            continue
        before = [t for t, _ in words[:i] if t.lower() not in _ADVERBS]
        if before and before[-1].lower() in ("and", "but"):
            # "Clinton ... stressed X ... and said": the speaker is the sentence's subject
            seg = _segment_start(starts, para, r.open_mark)
            subject = _subject(_tokens(text[seg : r.open_mark], seg))
            if subject:
                return _Attribution(subject[0], words[i][0], subject[1])
        phrase = _phrase_before_cue(words[:i])
        if phrase:
            return _Attribution(phrase[0], words[i][0], phrase[1])
    return None


def _subject(words: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The sentence-initial noun phrase, the subject of a participle cue ("Trump ..., saying")."""
    out: list[tuple[str, int]] = []
    if words and words[0][0] in _NOT_NAMES and words[0][0].lower() not in _PRONOUNS:
        commas = [i for i, (t, _) in enumerate(words) if t == ","]
        words = words[commas[0] + 1 :] if commas else []  # "During the forum, Trump ..."
    for tok, at in words:
        if tok in ",;:" or (out and not (tok[:1].isupper() or tok.lower() in _ROLE_WORDS)):
            break
        if not out and tok.lower() not in _PRONOUNS and not tok[:1].isupper():
            return None
        out.append((tok, at))
    if not out or (out[0][0] in _NOT_NAMES and out[0][0].lower() not in _PRONOUNS):
        return None
    return " ".join(t for t, _ in out), out[0][1]


def _phrase_after_cue(words: list[tuple[str, int]]) -> tuple[str, int] | None:
    out: list[tuple[str, int]] = []
    for tok, at in words:
        if tok in ",;:.!?" or tok in '"“”‘’':
            break
        has_name = any(t[:1].isupper() and t.strip(".").lower() not in _ROLE_WORDS for t, _ in out)
        if (tok.lower() in _STOP or tok.lower() == "of") and (has_name or (len(out) >= 2 and tok.lower() != "of")):
            break
        out.append((tok, at))
        if len(out) >= 9:
            break
    if not out:
        return None
    return " ".join(t for t, _ in out), out[0][1]


def _phrase_before_cue(words: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The noun phrase right before a cue: the subject of "X said"."""
    words = [(t, a) for t, a in words]
    while words and words[-1][0].lower() in _ADVERBS:
        words = words[:-1]
    if not words:
        return None
    # Appositives: "Scott Pruitt, the attorney general of Oklahoma, said" - take the name before the commas.
    clauses: list[list[tuple[str, int]]] = [[]]
    for tok, at in words:
        if tok in ",;:":
            clauses.append([])
        else:
            clauses[-1].append((tok, at))
    clauses = [c for c in clauses if c]
    while len(clauses) > 1 and clauses[-1][0][0].lower() in ("which", "who", "whom", "whose", "that"):
        clauses = clauses[:-1]  # a relative clause: "Name, a spokeswoman for X, which is ..., said"
    if not clauses:
        return None
    last = clauses[-1]
    if last[-1][0].lower() in ("who", "which"):
        last = last[:-1] or (clauses[-2] if len(clauses) > 1 else [])
    elif len(clauses) > 1 and last[0][0].lower() in ("a", "an", "the", "one"):
        # "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"
        for clause in reversed(clauses[:-1]):
            if clause[0][0].lower() not in ("a", "an", "the", "one") and _is_name(clause):
                last = clause
                break
    elif len(clauses) > 1 and not _starts_phrase(last) and _starts_phrase(clauses[-2]):
        last = clauses[-2]
    elif len(clauses) > 1 and _starts_phrase(clauses[-2]) and _has_name(clauses[-2]) and not _has_name(last):
        last = clauses[-2]  # "Name, a role description, said"
    if not last:
        return None
    # Keep the trailing noun phrase: cut at verbs and conjunctions that end a preceding clause.
    cut = 0
    for i, (tok, _) in enumerate(last):
        low = tok.lower()
        if low in ("and", "but", "that", "because", "so", "while", "by", "of") and i < len(last) - 1:
            if low == "of" and i > 0 and last[i - 1][0][:1].isupper():
                continue
            cut = i + 1
        elif low in _CUE_SET:
            cut = i + 1
    last = last[cut:][-10:]
    while last and last[0][0].lower() in _CONJUNCTIONS:
        last = last[1:]
    if not last or not _starts_phrase(last):
        return None
    return " ".join(t for t, _ in last), last[0][1]


def _starts_phrase(words: list[tuple[str, int]]) -> bool:
    first = words[0][0]
    low = first.lower()
    return low in _PRONOUNS or low in _DETERMINERS or first[:1].isupper() or low in _ROLE_WORDS


def _is_name(words: list[tuple[str, int]]) -> bool:
    """A clause that is just a (titled) name: "Scott Pruitt", "Rep. Jim Jordan (R-Ohio)"."""
    particles = {"de", "van", "von", "der", "da", "al", "bin", "of"}
    return (
        len(words) <= 6
        and _has_name(words)
        and all(t[:1].isupper() or t.lower() in particles or t.startswith("(") for t, _ in words)
    )


def _has_name(words: list[tuple[str, int]]) -> bool:
    return any(t[:1].isupper() and t not in _NOT_NAMES for t, _ in words)


# --- speakers -----------------------------------------------------------------------------------


def _split_name(phrase: str) -> tuple[str | None, str | None]:
    """("US Secretary of State Antony Blinken") -> ("Antony Blinken", "US Secretary of State")."""
    toks = [t for t in phrase.split() if not (t.startswith("(") and t.endswith(")"))]
    # trailing run of capitalised tokens that are not role words
    name: list[str] = []
    i = len(toks) - 1
    while i >= 0:
        t = toks[i]
        bare = t.strip(".,’'").lower()
        if (
            t[:1].isupper()
            and bare not in _ROLE_WORDS
            and t not in _NOT_NAMES
            and t.lower() not in _HONORIFICS
            and not re.fullmatch(r"[A-Za-z](?:\.[A-Za-z])+\.?", t)  # U.S., E.U.: modifiers, not names
        ):
            name.insert(0, t.rstrip(",.’'") if not re.fullmatch(r"[A-Z]\.", t) else t)
            i -= 1
            continue
        if name and re.fullmatch(r"(de|van|von|der|da|di|del|la|le|bin|al|ibn)", t):
            name.insert(0, t)
            i -= 1
            continue
        break
    # A name followed by "of Maryland" etc.: the name is the capitalised run before "of".
    if not name:
        caps = [t for t in toks if t[:1].isupper() and t.strip(".").lower() not in _ROLE_WORDS]
        if caps and toks[0][:1].isupper() and toks[0] not in _NOT_NAMES and toks[0].lower() not in _HONORIFICS:
            run = []
            for t in toks:
                if t[:1].isupper() and t.strip(".").lower() not in _ROLE_WORDS and t not in _NOT_NAMES:
                    run.append(t.rstrip(",."))
                elif run:
                    break
            name = run
    role_toks = toks[: i + 1]
    while role_toks and role_toks[-1].lower() in _HONORIFICS:
        role_toks = role_toks[:-1]
    while role_toks and role_toks[0].lower() in _DETERMINERS and len(role_toks) > 1:
        role_toks = role_toks[1:]
    role = " ".join(role_toks) or None
    return (" ".join(name) or None), role


_SPOKES_NOUNS = ("spokeswoman", "spokesman", "spokesperson", "representative", "official")
_SPOKESPERSON = re.compile(
    rf"^(?i:a|an|the)\s+(?:[\w-]+\s+)?({'|'.join(_SPOKES_NOUNS)})\s+"
    r"(?:for|of|at|with)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|and))*)$"
)


def _spokesperson(phrase: str) -> tuple[str, str] | None:
    """ "A spokeswoman for Oxford University" -> ("Oxford University spokeswoman", "spokeswoman"): a person
    who speaks for a body, named the way the article can name them."""
    m = _SPOKESPERSON.match(phrase.strip())
    return (f"{m.group(2)} {m.group(1)}", m.group(1)) if m else None


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", s.lower().replace("u.s.", "us").replace("u.n.", "un"))


class _Entities:
    def __init__(self, text: str, regions: list[QuotedRegion], body_start: int, starts: list[int]) -> None:
        self.text = text
        self.body_start = body_start
        self.starts = starts
        spans = sorted((r.open_mark, r.close_mark if r.close_mark is not None else r.end) for r in regions)
        self._starts = [a for a, _ in spans]
        self._reach: list[int] = []  # furthest end among the spans that start at or before each one
        for _, end in spans:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)
        self.items: list[_Entity] = []

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_left(self._starts, pos) - 1  # last span opening strictly before pos
        return i >= 0 and self._reach[i] > pos

    def learn(self, att: _Attribution) -> None:
        phrase = att.phrase
        low = phrase.lower()
        if low in _PRONOUNS:
            return
        name, role = _spokesperson(phrase) or _split_name(phrase)
        if name:
            self._add_name(name, role)

    def _add_name(self, name: str, role: str | None) -> _Entity:
        entity = self._match(name)
        if entity is None:
            words = name.lower().split()
            is_person = words[-1] in _SPOKES_NOUNS or not any(t in _ORG_WORDS for t in words)
            entity = _Entity(name=name, aliases={name}, role=role, is_person=is_person)
            self.items.append(entity)
        else:
            entity.aliases.add(name)
            if len(name.split()) > len(entity.name.split()):
                entity.name = name
            if role and not entity.role:
                entity.role = role
        return entity

    def _match(self, name: str) -> _Entity | None:
        last = name.split()[-1].lower()
        for e in self.items:
            if any(a.split()[-1].lower() == last for a in e.aliases):
                first = name.split()[0].lower()
                firsts = {a.split()[0].lower() for a in e.aliases if len(a.split()) > 1}
                if len(name.split()) > 1 and firsts and first not in firsts:
                    continue
                return e
        return None

    def discover_people(self) -> None:
        """Full names in the body that are not quoted speakers yet: antecedents for "he said"."""
        for m in _NAME_RUN.finditer(self.text, self.body_start):
            if self.inside_quote(m.start()):
                continue
            name, _ = _split_name(m.group())
            toks = (name or "").split()
            if len(toks) < 2 or any(t.lower() in _ORG_WORDS for t in toks):
                continue
            if self._match(name) is None:
                self.items.append(_Entity(name=name, aliases={name}, role=None, is_person=True, discovered=True))

    def find_mentions(self) -> None:
        """Where each entity is named outside quotes; also full names and roles for short mentions."""
        for e in self.items:
            surname = e.name.split()[-1]
            if len(e.name.split()) == 1:
                for m in re.finditer(rf"\b([A-Z][\w’'\-]+) {re.escape(surname)}\b", self.text[self.body_start :]):
                    first = m.group(1)
                    if first not in _NOT_NAMES and first.lower() not in _ROLE_WORDS | _HONORIFICS | _CUE_SET:
                        e.name = f"{first} {surname}"
                        e.aliases.add(e.name)
                        break
            if not e.role and e.is_person:
                e.role = self._role(e.name)
            for m in re.finditer(rf"\b{re.escape(surname)}\b", self.text):
                if m.start() >= self.body_start and not self.inside_quote(m.start()):
                    e.mentions.append(m.start())
            e.mentions.sort()
            e.gender = self._gender(e)

    def _role(self, name: str) -> str | None:
        """ "US Secretary of State Antony Blinken" -> "US Secretary of State"."""
        pattern = rf"((?:(?:[A-Z][\w.\-]*|of|the|for)\s+){{1,7}}){re.escape(name)}\b"
        for m in re.finditer(pattern, self.text[self.body_start :]):
            words = m.group(1).split()
            while words and (words[0] in _NOT_NAMES or words[0] in ("of", "the", "for")):
                words = words[1:]
            while words and words[-1].lower() in _HONORIFICS:
                words = words[:-1]
            if words and any(w.strip(".").lower() in _ROLE_WORDS for w in words):
                return " ".join(words)
        return None

    def _gender(self, e: _Entity) -> str | None:
        for a in e.aliases:
            m = re.search(
                rf"\b(Mr|Mrs|Ms|Sir|Dame|Lady|Lord)\.? (?:[A-Z][\w\-]+ )*{re.escape(a.split()[-1])}\b", self.text
            )
            if m:
                return "f" if m.group(1) in ("Mrs", "Ms", "Dame", "Lady") else "m"
        role = (e.role or "").lower()
        if re.search(r"(wo|chair|spokes|business|congress)woman|actress|\bmrs\b|\bms\b", role):
            return "f"
        if re.search(r"(chair|spokes|business|congress)man\b|\bmr\b", role):
            return "m"
        # An appositive right after the name: "Angelique Brunner, a developer and spokeswoman for ..."
        for pos in e.mentions[:6]:
            appositive = re.match(r"[\w’'.-]*,\s+(?:a|an|the)\s+([^,.;()]{0,80})", self.text[pos : pos + 120])
            if not appositive:
                continue
            if re.search(r"\b(?:\w+woman|actress)\b", appositive.group(1)):
                return "f"
            if re.search(r"\b(?:chairman|spokesman|businessman|congressman)\b", appositive.group(1)):
                return "m"
        # The pronoun used right after the entity is named as a subject.
        votes = {"m": 0, "f": 0}
        for pos in e.mentions[:12]:
            window = self.text[pos : pos + 220]
            m = re.search(r"\b(he|his|him|she|her)\b", window, re.IGNORECASE)
            if m and not self.inside_quote(pos + m.start()):
                votes["f" if m.group(1).lower() in ("she", "her") else "m"] += 1
        if votes["m"] == votes["f"]:
            return None
        return "m" if votes["m"] > votes["f"] else "f"

    def resolve(self, att: _Attribution, before: int) -> _Entity | None:
        low = att.phrase.lower()
        if low in _PRONOUNS:
            return self.nearest(min(before, att.position), _PRONOUNS[low])
        name, role = _spokesperson(att.phrase) or _split_name(att.phrase)
        if name:
            return self._match(name) or self._add_name(name, role)
        norm = _norm(att.phrase)
        for e in self.items:
            role = _norm(e.role or "")
            if len(role.split()) > 1 and any(w in _ROLE_WORDS - _DETERMINERS for w in role.split()) and role in norm:
                return e
        words = low.split()
        if len(words) <= 3 and words and words[0] in ("the", "this", "that") and words[-1] in _ORG_NOUNS:
            org = self.nearest_org(min(before, att.position))
            if org is not None:
                return org
        if words and (words[0] in _DETERMINERS or name is None) and words[-1] in _PERSON_NOUNS and words[0] != "one":
            # "the top US diplomat": someone already quoted, not any name in the text
            return self.nearest(min(before, att.position), speakers_only=True)
        phrase = att.phrase.strip()
        existing = next((e for e in self.items if e.name.lower() == phrase.lower()), None)
        if existing:
            return existing
        entity = _Entity(name=phrase, aliases={phrase}, role=None, is_person=False)
        self.items.append(entity)
        return entity

    def nearest_org(self, pos: int) -> _Entity | None:
        """The antecedent of "the company": the last-named speaker that is not a person (no "he" or "she")."""
        best, best_at = None, -1
        for e in self.items:
            if e.discovered or (e.is_person and e.gender is not None):
                continue
            at = max((m for m in e.mentions if pos - 3000 < m < pos), default=-1)
            if at > best_at:
                best, best_at = e, at
        return best

    def nearest(self, pos: int, gender: str | None = None, speakers_only: bool = False) -> _Entity | None:
        """The antecedent of a pronoun at `pos`: in the closest earlier sentence that names a compatible
        person, the first one named there (usually the subject)."""
        by_sentence: dict[int, list[tuple[int, _Entity]]] = {}
        for e in self.items:
            if not e.is_person or (gender and e.gender and e.gender != gender):
                continue
            if e.discovered and (e.gender is None or speakers_only):
                continue  # places and organisations look like names but are never "he" or "she"
            for m in e.mentions:
                if pos - 2000 < m < pos:
                    by_sentence.setdefault(bisect.bisect_right(self.starts, m), []).append((m, e))
        if not by_sentence:
            return None
        return min(by_sentence[max(by_sentence)], key=lambda pair: pair[0])[1]


def _inherit(i: int, regions: list[tuple[QuotedRegion, Paragraph]], owners: list[_Entity | None]) -> _Entity | None:
    """A quote with no attribution of its own belongs to the previous quote's speaker when it continues
    that quote (same or next paragraph, or a paragraph that is only a quote)."""
    if i == 0:
        return None
    para = regions[i][1]
    prev_region, prev_para = regions[i - 1]
    if owners[i - 1] is None:
        return None
    if para.index - prev_para.index <= 1 or prev_region.close_mark is None:
        return owners[i - 1]
    return None


def _table(quotes: list[Quote], owners: list[_Entity | None]) -> QuoteTable:
    speakers: dict[int, Speaker] = {}
    out: list[Quote] = []
    for q, owner in zip(quotes, owners, strict=True):
        if owner is None:
            out.append(q)
            continue
        key = id(owner)
        if key not in speakers:
            speakers[key] = Speaker(
                id=f"P{len(speakers) + 1}",
                name=owner.name,
                aliases=sorted(owner.aliases - {owner.name}),
                role=owner.role,
                is_person=owner.is_person,
            )
        sp = speakers[key]
        sp.quote_ids.append(q.id)
        out.append(replace(q, speaker_id=sp.id))
    return QuoteTable(quotes=out, speakers=list(speakers.values()))
