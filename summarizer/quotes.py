"""Direct quotes and statements (indirect speech), each with its speaker, found on a real parse of the article.

Quoted regions come from the quotation marks (`summarizer/quotemarks.py`); every quote keeps its exact span
(`article.text[q.start:q.end] == q.text`). Who speaks comes from the grammar (`summarizer/speech.py`): the
subject of the speech verb that governs the quote or its clause. Speaker phrases become one entity per real
speaker across the article (`summarizer/speakers.py`). Statements are every speech event with its content
span, direct (a quote) or indirect ("Grassley said the program should expire").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from summarizer import given_names, nlp, speech
from summarizer.article import Article, Paragraph
from summarizer.quotemarks import QuotedRegion, quoted_regions
from summarizer.speakers import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    FURNITURE_BEFORE,
    INSTITUTIONS,
    Entities,
    Entity,
    people_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_BETWEEN = " \n\t,;–—-"  # left out at the edges of a statement's parts


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
    # Left open where the source goes on with the same quote: a new opening mark after a full stop, or the next
    # paragraph opening with one (news copy's way of running a quote over several paragraphs).
    continued: bool = False
    # The words that name the speaker where the quote is attributed ("the New Jersey governor", "he", "Ms. Vos"),
    # as article offsets; None where no cue names anyone (a quote credited to the speaker before it).
    speaker_mention: tuple[int, int] | None = None
    # For a quoted phrase, the clause of the cue that frames it, as article offsets: 'said his party had "paid the
    # price for a decision ..."' (the article's own report with the words in it); None for a quote said whole.
    frame: tuple[int, int] | None = None


@dataclass(frozen=True)
class Attribution:
    """Something a speaker said: a direct quote or indirect speech, with the exact span of its content."""

    id: str  # A1, A2, ... in reading order
    speaker_id: str | None
    cue: str | None
    content_start: int
    content_end: int
    direct: bool
    quote_id: str | None = None  # for direct speech, the quote it is
    gap: tuple[int, int] | None = None  # "X, the office said, Y": the attribution's own words, not content
    # the content's exact parts: one span, or the two on either side of the gap (edge commas left out)
    spans: tuple[tuple[int, int], ...] = ()

    def content(self, text: str) -> str:
        """What was said, as one run of words: "After two years deficits will rise" without "the office said"."""
        if self.gap is None:
            return " ".join(text[self.content_start : self.content_end].split())
        first, rest = text[self.content_start : self.gap[0]].rstrip(), text[self.gap[1] : self.content_end].strip()
        if rest[:1] in "-–—" or rest.startswith("that "):
            # "nine points, according to the average, - despite ...", "claimed, according to TMZ, that ...": the
            # comma belonged to the phrase taken out
            first = first.rstrip(",")
        return " ".join(f"{first} {rest}".split())


@dataclass
class Speaker:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    quote_ids: list[str] = field(default_factory=list)
    is_person: bool = True
    statement_ids: list[str] = field(default_factory=list)
    gender: str | None = None  # a person's "m" or "f", from titles, role words and the pronouns that take them up


@dataclass(frozen=True)
class QuoteTable:
    quotes: list[Quote]
    speakers: list[Speaker]
    attributions: list[Attribution] = field(default_factory=list)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def counts(self) -> tuple[int, int]:
        """(speakers with at least one direct quote, direct quotes)."""
        return sum(1 for s in self.speakers if s.quote_ids), len(self.quotes)


# --- the public function ----------------------------------------------------------------------


def extract_many(articles: list[Article], processes: int = 2) -> list[QuoteTable]:
    """`extract` for many articles, spread over `processes` worker processes (throughput on many cores).

    Each worker parses and attributes whole articles, so only articles and finished tables cross between
    processes. Where the platform can fork, workers start with the parent's loaded pipeline.
    """
    if processes <= 1 or len(articles) < 2:
        return [extract(a, p) for a, p in zip(articles, nlp.parse_many(articles), strict=True)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    chunk = max(1, min(4, len(articles) // (processes * 8)))
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context(method)) as pool:
        return list(pool.map(extract, articles, chunksize=chunk))


def extract(article: Article, parsed: nlp.Parsed | None = None) -> QuoteTable:
    """Every direct quote in the article body with its span, kind and speaker, and every statement."""
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
    quoted = _Quoted([r for r, _ in regions])
    parsed = parsed or nlp.parse(article)
    entities = Entities(parsed, quoted)
    found = speech.events(parsed, quoted)
    # Who holds a view (a stance verb) is resolved after the quotes, so that it never becomes the speaker a
    # quote without a cue of its own is credited to.
    said = [ev for ev in found if not ev.stance]
    speaker_of = {id(ev): _resolve(entities, parsed, ev) for ev in said}
    held = [ev for ev in found if ev.stance]
    spoke = [(parsed.start(ev.cue), who) for ev in said if (who := speaker_of[id(ev)]) is not None and who.could_speak]
    governing, further = _governing(parsed, said, [r for r, _ in regions], quoted, held, text)

    quotes: list[Quote] = []
    owners: list[Entity | None] = []
    titles: set[int] = set()
    for i, (region, para) in enumerate(regions):
        start, end = _trim(text, region)
        ev = governing[i]
        kind = _kind(text, region, para, starts)
        # said in the quote's sentence, or by a tag right after it that the sentence splitter cut off ('"Cancelled.
        # Again," posted one user')
        said_here = (
            ev is not None
            and id(ev) in speaker_of
            and (
                bisect.bisect(starts, parsed.start(ev.cue)) == bisect.bisect(starts, start)
                or (_tags(text, region, cue := parsed.start(ev.cue)) and not quoted.share(region.close_mark + 1, cue))
            )
        )
        if (
            (not said_here and title_case(text[start:end]))
            or _nickname(text, region)
            or _name_given(text, region)
            or not re.search(r"[^\W\d_]", text[start:end])
        ):
            # "his 1953 send-up 'St. George and the Dragonet'": a name in quotation marks; "a big number '3'":
            # a figure, with no word in it, is not words said either
            titles.add(i)
        mention = None
        borrowed = _compounded(text, region) or _known_as(text, region)
        if borrowed:
            # "'moan'-worthy headlines", "known in the Capitol as 'the smokestack lady'": the writer's, or a name
            # others gave, left in the table, credited to no one
            kind = "scare"
        if i in titles or borrowed:
            owner = None
        elif (
            ev is not None
            and not said_here
            and not _tags(text, region, parsed.start(ev.cue))
            and _runs_on(quotes, owners)
        ):
            # "'... Have you seen the ball? 'Just a little sneering, I think.' Ann Lee said the party would ...":
            # the speech the quote before left open runs on here; a cue in a later sentence is someone else's
            owner, mention, ev = owners[-1], quotes[-1].speaker_mention, None
        elif ev is None:
            owner = _uncued(i, kind, regions, owners, entities, spoke)
        elif id(ev) in speaker_of:
            owner = _adding(ev, text, region, quotes, owners) or speaker_of[id(ev)]
            framing = ev.cue.lower_ != "according" and not speech.is_cue(ev.cue, stance=True)
            if owner is not None and not owner.could_speak and framing:
                # '"He is in custody," His arrest follows ...': a verb that only frames the quote, its subject a
                # thing; the quote goes on from the one before, where it does
                owner = _inherit(i, regions, owners) or owner
            mention = entities.mention(ev.subject) if owner is not None else None
        else:  # a verb that is not a speech verb: "..., Hannity started"; "she denounced the ''perversion''"
            # "judges decided the size of the fine was neither 'extravagant'": past a subject that nothing earlier
            # was called to the next verb up whose subject is someone, before guessing who "the size" is; only a
            # word for people is guessed to be someone already in the story ("the senator"), never a thing ("The
            # town has faced 'public scrutiny'"): a scare quote left uncredited is better than a wrong name
            # "Jordi Gomez and Remy Cabella do battle on the pitch 'The performance hurts ...'": a sentence of quote
            # run on from a photo caption (in the present, as captions are) with no stop goes on from the quote
            # before, not to the caption's subject (but "the crowd reprised the chant 'Lock her up! ...'")
            present = ev.cue.tag_ in ("VBZ", "VBP", "VB") and not any(c.tag_ in ("MD", "TO") for c in ev.cue.children)
            caption = present and _after_caption(text, region)
            owner = _inherit(i, regions, owners, spoke) if caption else None
            tries = [] if owner is not None else [(ev, False), *((up, False) for up in further.get(i, ()))]
            if speech.hears(ev.cue) and ev.subject is not None and ev.subject.ent_type_ != "PERSON":
                tries = []  # "The court heard Lee 'charged towards' two officers": the court says none of it
            if ev.subject is not None and people_word(ev.subject.lower_) and owner is None:
                tries.append((ev, True))
            for up, guess in tries if ev.subject is not None else []:
                owner = entities.resolve(up.subject, parsed.start(up.cue), guess=guess)
                if owner is not None and not owner.could_speak:
                    owner = None  # "harmed by the sun, which would be like 'boiling water'": a thing says nothing
                if owner is not None:
                    mention = entities.mention(up.subject)
                    break
            if owner is None and kind != "scare" and not _someone_else(ev.subject, owners[-1] if owners else None):
                # a scare quote in the writer's own sentence goes on from no one ("..., where he would have been
                # 'hot'" after someone's quote): as with a quote no verb governs
                owner = _inherit(i, regions, owners)
        owners.append(owner)
        quotes.append(
            Quote(
                id=f"Q{i + 1}",
                text=text[start:end],
                start=start,
                end=end,
                speaker_id=None,
                cue=ev.cue_text if ev is not None and id(ev) in speaker_of else None,
                kind=kind,
                terminated=region.terminated,
                paragraph=para.index,
                continued=_continued(text, regions, i),
                speaker_mention=mention,
                frame=_frame(text, ev, start, end) if kind == "partial" and id(ev) in speaker_of else None,
            )
        )
    # A quote left open at a paragraph's end continues in the next one: it shares that segment's speaker.
    for i in range(len(quotes) - 2, -1, -1):
        if owners[i] is None and not regions[i][0].terminated and regions[i + 1][1].index - regions[i][1].index == 1:
            owners[i] = owners[i + 1]
            quotes[i] = replace(quotes[i], speaker_mention=quotes[i + 1].speaker_mention)
    if titles:
        kept = [i for i in range(len(quotes)) if i not in titles]
        quotes = [replace(quotes[i], id=f"Q{n}") for n, i in enumerate(kept, 1)]
        owners = [owners[i] for i in kept]
    speaker_of.update({id(ev): _resolve(entities, parsed, ev) for ev in found if ev.stance})
    statements = [(_unglued(text, parsed, ev), who) for ev in found if (who := speaker_of[id(ev)]) is not None]
    statements = [(ev, who) for ev, who in statements if _indirect(text, ev, who, quoted)]
    statements = [(_before_dash_aside(text, ev, quoted), who) for ev, who in statements]
    # "Lee said Ruiz wants a recount": the view is part of Lee's statement, Lee's word for it, not Ruiz's own
    told = [ev.content for ev, _ in statements if not ev.stance and ev.content is not None]
    statements = [
        (ev, who) for ev, who in statements if not (ev.stance and any(s <= parsed.start(ev.cue) < e for s, e in told))
    ]
    speaking = [o for o in owners if o is not None] + [who for _, who in statements]
    statements += _headline_statements(article, speaking)
    entities.complete_names()
    entities.describe_the_unnamed()
    full = entities.bodies_named_in_full()
    owners = [full.get(id(o), o) if o is not None else None for o in owners]
    statements = [(ev, full.get(id(who), who)) for ev, who in statements]
    quotes, owners = _without_narration(text, parsed, quotes, owners)
    return _table(text, quotes, owners, statements)


def _frame(text: str, ev: speech.Event | None, start: int, end: int) -> tuple[int, int] | None:
    """The content of the cue that governs a quoted phrase, where it holds the phrase and more words of its own
    (with the phrase's closing mark)."""
    if ev is None or ev.content is None or ev.gap is not None:
        return None
    s, e = ev.content
    # the phrase may run past the content where the parse cut it at a verb inside the quotation marks ('"paid the
    # price for a decision that was right but badly explained"': "explained" read as a second act)
    if not s <= start < e or (start - s) + max(0, e - end) <= 0:
        return None
    return _closed(text, s, max(e, end))


_SENTENCE_THEN = re.compile(r"[.?!][\"'”’]?\s+((?:[^\s'‘\"“]+\s+){0,5})$")
_REOPENS = re.compile(r"(?<=\s)['‘\"“](?=\w)")


def _without_narration(
    text: str, parsed: nlp.Parsed, quotes: list[Quote], owners: list[Entity | None]
) -> tuple[list[Quote], list[Entity | None]]:
    """Quotes cut where the article's own words run into them: a sentence inside a quote that tells, in the past,
    what the quote's speaker did, by full name ("'What can I say about Simeone? Carlo Ancelotti has hailed ...
    'He is a great coach ...'", where a photo caption was glued into the quote). The quote ends before that
    sentence and picks up again at the next opening mark, if any. A speaker rarely tells of themselves by full
    name in the past tense; a name that is someone else's, or in the middle of a sentence, is left alone."""
    out: list[tuple[Quote, Entity | None]] = []
    for q, owner in zip(quotes, owners, strict=True):
        name = _tidy(owner.name) if owner is not None else ""
        while (
            (at := _captioned(text, q)) is not None
            or (at := _caption_run(text, parsed, q)) is not None
            or (len(name.split()) > 1 and (at := _narrated(text, parsed, q, name)) is not None)
        ):
            head_end = q.start + len(text[q.start : at[0]].rstrip())
            out.append((replace(q, text=text[q.start : head_end], end=head_end, terminated=True), owner))
            resume = _REOPENS.search(text, at[1], q.end)
            if resume is None:
                break
            q = replace(q, id="", text=text[resume.end() : q.end], start=resume.end(), speaker_mention=None)
        else:
            out.append((q, owner))
    return [replace(q, id=f"Q{n}") for n, (q, _) in enumerate(out, 1)], [o for _, o in out]


_PICTURED = re.compile(r"\((?:pictured|left|right|centre|center|above|below|file)\b[^)]{0,30}\)")


def _captioned(text: str, q: Quote) -> tuple[int, int] | None:
    """(start of the sentence, end of the mark) of a photo caption glued into the quote after a full stop, told
    by its "(pictured)" or "(file photo)" ("'... behind the burglary. Boente was serving time at HMP Birmingham
    (pictured) when he began contacting the woman 'This is ..."); no one says "(pictured)"."""
    m = _PICTURED.search(text, q.start, q.end)
    if m is None:
        return None
    stop = max(text.rfind(". ", q.start, m.start()), text.rfind("? ", q.start, m.start()))
    return (stop + 2, m.end()) if stop >= q.start else None


_REOPENED = re.compile(r"(?<=\w )['‘\"“](?=[A-Z])")
_SELF = frozenset("i i'm i’m me my we we're we’re us our you your".split())


def _caption_run(text: str, parsed: nlp.Parsed, q: Quote) -> tuple[int, int] | None:
    """(start of the sentence, the opening mark) of a photo caption glued into the quote, told by running with
    no stop from a noun into a mark that opens a sentence of quote ("'... back to Manchester. Ann Vos celebrates
    with the home fans during their win against City 'We have written to ..."). Not a quote inside the quote:
    that follows a word that leads into it ("of the 'Bernie or Bust' camp", "he said 'I'll do it'") or is a
    title ("the indie toe-tapper 'Arabella' and ..."); nor the speaker's own sentence run on ("We have cut his
    odds to 40/1 'Given ..."), which speaks in the first person."""
    for m in _REOPENED.finditer(text, q.start, q.end):
        stop = max(text.rfind(s, q.start, m.start()) for s in (". ", "? ", "! "))
        if stop < q.start:
            continue
        lead = text[stop + 2 : m.start()].split()
        before = parsed.tokens_in(m.start() - 40, m.start())
        after = text[m.end() : m.end() + 80].split()[:3]
        if (
            len(lead) >= 6
            and lead[0][:1].isupper()
            and not any(w.lower().strip(",;:") in _SELF for w in lead)
            and before
            and before[-1].tag_ in ("NN", "NNS", "NNP", "NNPS")
            and len(after) == 3
            and not any(w[-1:] in "'’\"”" for w in after[:2])
        ):
            return stop + 2, m.start()
    return None


def _narrated(text: str, parsed: nlp.Parsed, q: Quote, name: str) -> tuple[int, int] | None:
    """(start of the sentence, end of the name) of the first sentence in the quote that starts, within a few
    words, with the speaker's full name as the subject of a verb in the past."""
    for m in re.finditer(re.escape(name), text[q.start : q.end]):
        at = q.start + m.start()
        lead = _SENTENCE_THEN.search(text, q.start, at)
        if lead is None:
            continue
        last = next((t for t in parsed.tokens_in(at, at + len(name)) if parsed.end(t) == at + len(name)), None)
        verb = last.head if last is not None and last.dep_ in ("nsubj", "nsubjpass") else None
        past = verb is not None and (
            verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lower_ in ("has", "had", "have") for a in verb.lefts))
        )
        if past:
            return lead.start(1), at + len(name)
    return None


_GOES_ON = frozenset({"add", "continue"})


def _adding(
    ev: speech.Event, text: str, region: QuotedRegion, quotes: list[Quote], owners: list[Entity | None]
) -> Entity | None:
    """ "'... But Bale is at 100 per cent.' 'Bale had a fantastic season ... like last year,' he added": a pronoun
    that adds to or goes on with a quote that follows straight on from another is the person quoted just before
    (if the pronoun fits them), whoever the sentences before name ("... with Gareth Bale set to return"). None
    where that does not hold: narration between the two quotes may have moved the story to someone else."""
    subject = ev.subject
    if subject is None or subject.lower_ not in ("he", "she") or speech.lemma(ev.cue.text) not in _GOES_ON:
        return None
    last = owners[-1] if owners else None
    if last is None or last.kind != "person" or re.search(r"\w", text[quotes[-1].end : region.open_mark]):
        return None
    return last if last.gender in (None, "m" if subject.lower_ == "he" else "f") else None


@dataclass(frozen=True)
class _Headlined:
    """A statement a headline credits to someone by name: "Rubio: I'm not interested", "Clinton says ..."."""

    cue_text: str
    content: tuple[int, int]
    gap: None = None


_HEADLINE_COLON = re.compile(r"^(?P<name>[A-Z][^:]{1,40}?):\s+(?P<content>\S.*?)[\s.;]*$")
_HEADLINE_SAYS = re.compile(r"^(?P<name>[A-Z].{1,40}?)\s+(?P<cue>[Ss]ays|[Ss]aid)\s+(?P<content>\S.*?)[\s.;]*$")


def _headline_statements(article: Article, speaking: list[Entity]) -> list[tuple[_Headlined, Entity]]:
    """What a headline says someone said ("Trump: My immigration plans aren't set in stone", "Clinton Says
    Russians Hacked DNC"), where the name before the colon or the "says" is a speaker the article quotes or
    reports (never "The Latest:" or "Poll:"). The headline is not parsed (Title Case misleads the parser), so
    this is all that is read from it."""
    out: list[tuple[_Headlined, Entity]] = []
    for para in article.paragraphs:
        if para.kind != "title":
            continue
        line = article.text[para.start : para.end]
        for pattern in (_HEADLINE_COLON, _HEADLINE_SAYS):
            m = pattern.match(line)
            who = _named_speaker(m.group("name"), speaking) if m else None
            if pattern is _HEADLINE_COLON and m is not None and m.group("content").endswith("?"):
                who = None  # "Ted Cruz: Conservative or career politician?" asks about him
            if m is not None and who is not None:
                cue = ":" if pattern is _HEADLINE_COLON else m.group("cue")
                out.append((_Headlined(cue, (para.start + m.start("content"), para.start + m.end("content"))), who))
                break
    return out


def _named_speaker(name: str, speaking: list[Entity]) -> Entity | None:
    """The one speaker `name` names: by a name or alias of theirs, or a person by their surname."""
    key = " ".join(name.lower().split())
    found = {id(e): e for e in speaking if key in {a.lower() for a in e.aliases | {e.name}}}
    if not found and len(key.split()) == 1:
        found = {id(e): e for e in speaking if e.kind == "person" and any(t[-1].lower() == key for t in e.tokens())}
    return next(iter(found.values())) if len(found) == 1 else None


def _resolve(entities: Entities, parsed: nlp.Parsed, ev: speech.Event) -> Entity | None:
    if ev.subject is None:
        return None
    who = entities.resolve(ev.subject, parsed.start(ev.cue))
    if who is not None and speech.described(ev) and not who.could_speak:
        return None  # "he hasn't had much time to think about it": the time does not think
    teller = speech.teller_of_clause(ev) if who is not None and not who.could_speak else None
    if teller is not None:
        # "Arya said the sell-off was 'overdone' and kept his rating, arguing ...": who said so argues, not the
        # sell-off the parse took the participle's verb to be about
        return entities.resolve(teller, parsed.start(ev.cue))
    return who


def _tags(text: str, region: QuotedRegion, cue: int) -> bool:
    """Whether a cue after the quote goes on with the quote's sentence: '"Hi all!" the message reads.', '"No!"
    said Ana.' (not '"... I think." Ann Lee said the party would ...')."""
    if region.close_mark is None or cue < region.close_mark:
        return False
    between = text[region.close_mark + 1 : cue].strip()
    return not re.search(r"[.!?]", between) and not between[:1].isupper()


def _tag_after(text: str, end: int, cue: int) -> bool:
    """Whether the cue at `cue` follows the quote ending at `end` with only a comma or dash between
    ('"...," said X'); not a verb a quoted phrase with no stop of its own runs into ('would "absolutely not" agree')."""
    between = text[end:cue]
    if cue < end or between.strip(" ,;-–—"):
        return False
    return any(c in between for c in ",;-–—") or (end >= 2 and text[end - 2] in ",.?!;:-–—…")


def _runs_on(quotes: list[Quote], owners: list[Entity | None]) -> bool:
    """Whether the quote before was left open to go on in the next one, and has a speaker."""
    return bool(quotes) and quotes[-1].continued and owners[-1] is not None


def _continued(text: str, regions: list[tuple[QuotedRegion, Paragraph]], i: int) -> bool:
    """Whether quoted region `i`, left open, goes on in the next one: reopened after a full stop in its
    paragraph, or the next paragraph opening with a quotation mark."""
    region, para = regions[i]
    if region.terminated:
        return False
    if region.reopened:
        return True
    if i + 1 == len(regions):
        return False
    after, next_para = regions[i + 1]
    return next_para.index == para.index + 1 and not text[next_para.start : after.open_mark].strip()


class _Quoted:
    """Whether an offset is inside quotation marks (marks included)."""

    def __init__(self, regions: list[QuotedRegion]) -> None:
        spans = sorted((r.open_mark, r.close_mark + 1 if r.close_mark is not None else r.end) for r in regions)
        self._starts = [a for a, _ in spans]
        self._reach: list[int] = []  # furthest end among the spans that start at or before each one
        for _, end in spans:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos

    def share(self, start: int, end: int) -> float:
        """The share of [start, end) inside quotation marks."""
        if end <= start:
            return 0.0
        step = max(1, (end - start) // 200)
        points = range(start, end, step)
        return sum(self(p) for p in points) / len(points)


_LOWER_THEN_CAPITAL = re.compile(r"[a-z] [A-Z]")
# Words that open a sentence and are not names: "Of course", "A troll", "And", "After breaking free", "Ever since".
_OPENERS = frozenset({"DT", "IN", "CC", "PRP", "PRP$", "RB", "WRB", "EX"})
# the label of a photo caption run into the copy after a statement: "... seven stitches Warning for next time: Luckily
# there was ...", "Previous model: The ..." (not "the West: Snow ...", "Mr Rigby's killers and said: 'It ...")
_LABEL = re.compile(r"[A-Z][a-z'’-]*(?: [a-z][\w'’-]*){1,3}:\s+[A-Z]")


def _unglued(text: str, parsed: nlp.Parsed, ev: speech.Event) -> speech.Event:
    """The event with its content cut where a sentence of another piece of the page runs into it with no stop: a
    capital after a lower-case word that opens a sentence, not a name ("... loves going to the gym Of course,
    Aliesha added, it isn't easy"; "... kept busy hauling away cars And drought-weary Californians ..."). What
    stays is the side of the cut the cue is on. A link left in the copy before it ("Scroll down for video") goes
    too."""
    if ev.content is None:
        return ev
    start, end = ev.content
    link = FURNITURE_BEFORE.match(text[start:end])
    start += link.end() if link is not None else 0
    cue = nlp.offset(ev.cue)
    toks = parsed.tokens_in(start, end) if _LOWER_THEN_CAPITAL.search(text, start, end) else []
    for before, tok, after in zip(toks, toks[1:], toks[2:], strict=False):
        if not (
            tok.text[:1].isupper()
            and (tok.tag_ in _OPENERS or (parsed.start(tok) > cue and _LABEL.match(text, parsed.start(tok))))
            and tok.text != "I"
            and not tok.ent_type_
            and before.text[-1:].islower()
            and before.whitespace_
            and not after.text[:1].isupper()  # not a title: "the city that raised The Greatest", "On The Mat"
            and (len(tok.text) > 1 or after.is_alpha)  # nor a grade: "entries awarded A* or A"
        ):
            continue
        at = parsed.start(tok)
        if at <= cue and (ev.gap is None or at < ev.gap[0]):
            start = at
        elif at > cue and (ev.gap is None or at > ev.gap[1]):
            end = parsed.end(before)
            break
    if (start, end) == ev.content or end - start < 8:
        return ev
    gap = ev.gap if ev.gap is not None and start < ev.gap[0] and ev.gap[1] < end else None
    return replace(ev, content=(start, end), gap=gap)


_DASH = re.compile(r"\s(?:--?|—|–)\s|—")


def _before_dash_aside(text: str, ev: speech.Event, quoted: _Quoted) -> speech.Event:
    """What was said up to a dash that opens the writer's aside at its end: "said deficits would fall - except that
    they have risen since" and "backed a ban -- and not the ground war" end before the dash ("- and that ..."
    goes on with what was said). A pair of dashes around words inside what was said ("that the tax - the highest
    anywhere - hurts jobs") sets them apart as a gap."""
    if ev.content is None:
        return ev
    start, end = ev.content
    dashes = [
        m.start()
        for m in _DASH.finditer(text, start, end)
        if not quoted(m.start()) and (ev.gap is None or not ev.gap[0] <= m.start() < ev.gap[1])
    ]
    if len(dashes) == 2 and ev.gap is None and dashes[0] - start >= 8:
        # "that the tax - the highest of any economy - hurts jobs": the writer's aside inside, a gap in what was said
        after = _DASH.match(text, dashes[1])
        return replace(ev, gap=(dashes[0], after.end() if after is not None else dashes[1] + 1))
    if len(dashes) % 2 == 0 or dashes[-1] - start < 8 or _DASH_GOES_ON.match(text, dashes[-1]):
        return ev
    cut = len(text[: dashes[-1]].rstrip(" ,"))
    if ev.gap is not None and ev.gap[1] >= cut:  # "..., according to the centre - half of ...": ends before the gap
        return replace(ev, content=(start, len(text[: ev.gap[0]].rstrip(" ,"))), gap=None)
    return replace(ev, content=(start, cut))


# "- and that he will back her": the dash goes on with what was said
_DASH_GOES_ON = re.compile(r"\s*(?:--?|—|–)\s*(?:and|but|or) (?:that|whether|if)\b")


# Last words of a force's name that the recogniser reads as the place it serves
_FORCES = frozenset("police constabulary army navy guard force forces".split())
# Last words of a place's name that speaks as the body that runs it: "Manchester Airport said"
_RUN_PLACES = frozenset({"airport"})
# Seats of a government that speak as it, whatever the recogniser labels them: "The Vatican said"
_SEATS = frozenset({"vatican", "kremlin", "elysee", "élysée"})


# One word with a capital inside it after a syllable of its own, as brands are written ("ScotRail", "PayPal",
# "JetBlue"), and places are not ("McAllen", "DeKalb", "LaGrange")
_BRAND = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]+")


def _indirect(text: str, ev: speech.Event, who: Entity, quoted: _Quoted) -> bool:
    """A statement worth listing beside the quotes: a speaker who is a person or a body (not a place), and
    content mostly outside quotation marks."""
    place = (
        who.label in ("GPE", "FAC", "LOC")
        # not "West Yorkshire Police", "Buckingham Palace"
        and who.name.split()[-1].lower() not in BODY_NOUNS | INSTITUTIONS | _FORCES | _RUN_PLACES | _SEATS
        and not _BRAND.fullmatch(who.name)  # "ScotRail said": a brand, which the recogniser took for a place
    )
    if ev.content is None or place or (ev.stance and not who.holds_views):
        return False  # not "South Korea", but "South Korea's foreign ministry", named from it
    if not who.could_speak and speech.idiom_of_things(ev):
        return False  # "only time will tell if ...", "looming retirements promise to swell costs"
    if _in_question(ev, quoted):
        return False  # "Or was she confident that any video evidence would show that ...?": asked, not reported
    if speech.supposed(ev.cue):
        return False  # "asked if the company planned to ...", "if Lee said so, ...": asked or supposed, not reported
    if speech.unrealised(ev.cue):
        return False  # "a bill requiring companies to disclose ...", "said her group would ask ...": not yet said
    start, end = ev.content
    if 0 <= nlp.offset(ev.cue) - end <= 4 and _glued_before_quote(text, start, end, quoted):
        return False  # "Tom Vos is keen to win 'We are tired,' said Vos": a caption glued before the quote said
    return (end - start >= 8 or _named(ev)) and quoted.share(start, end) < 0.5


_CLOSING_AFTER = re.compile(r"[.,!?;:]?[”\"]")


def _closed(text: str, start: int, end: int) -> tuple[int, int]:
    """A statement's content with the quotation mark that closes one it opened, where only a stop or comma comes
    between ('was "watching closely."', '"at this stage".'): shown with its marks paired, as the article has it."""
    content = text[start:end]
    # 'ordered "all-out efforts" to search for survivors': the mark that opens a quotation the content closes
    curly = start > 0 and text[start - 1] == "“" and content.count("”") > content.count("“")
    straight = start > 0 and text[start - 1] == '"' and content.count('"') % 2 == 1
    if curly or straight:
        return start - 1, end
    unclosed = content.count("“") > content.count("”") or content.count('"') % 2 == 1
    after = _CLOSING_AFTER.match(text, end) if unclosed else None
    return (start, after.end()) if after is not None else (start, end)


def _named(ev: speech.Event) -> bool:
    """Content that is a name alone: "endorsed Trump", "blasted Rubio" say where the speaker stands, where a
    word as short ("said it", "denied this") says nothing."""
    start, end = ev.content
    words = [t for t in ev.cue.doc if start <= nlp.offset(t) < end]
    return bool(words) and all(t.ent_type_ in ("PERSON", "ORG", "NORP") and t.tag_.startswith("NNP") for t in words)


def _in_question(ev: speech.Event, quoted: _Quoted) -> bool:
    """A cue in a sentence the writer asks, its question mark outside quotation marks (but "asked whether ...?"
    reports a question, and so does a cue set in the question as an aside)."""
    if speech.lemma(ev.cue.text) in ("ask", "wonder", "question", "inquire"):
        return False
    after = ev.cue.doc[ev.cue.i + 1] if ev.cue.i + 1 < len(ev.cue.doc) else None
    if ev.gap is not None or ev.cue.dep_ == "parataxis" or (after is not None and after.text in (",", ":")):
        return False  # "And, he added, who knows what that life will look like?": the speaker's own question
    last = ev.cue.sent[-1]
    while last.i > ev.cue.sent.start and (last.is_space or last.text in ("”", '"', "’", "'")):
        last = last.doc[last.i - 1]
    return last.text == "?" and not quoted(nlp.offset(last))


def _glued_before_quote(text: str, start: int, end: int, quoted: _Quoted) -> bool:
    """Content that ends in a quote of a sentence or more, run on from words with no stop or comma before its
    opening mark: a photo caption the page left without its full stop, not part of what the quote's cue says
    ("..., "his chances are slim," says Lee" and "called them 'useless,' said Lee" are)."""
    opening = end - 1
    while opening > start and quoted(opening - 1):
        opening -= 1
    if opening <= start or opening == end - 1:
        return False
    before, words = text[max(start, opening - 2) : opening], text[opening + 1 : end].split()
    return (
        before[-1:] == " "
        and (before[:1].isalnum() or before[:1] == ")")
        and len(words) >= 3
        and words[0][:1].isupper()
    )


def _governing(
    parsed: nlp.Parsed,
    found: list[speech.Event],
    regions: list[QuotedRegion],
    quoted: _Quoted,
    held: list[speech.Event],
    text: str,
) -> tuple[list[speech.Event | None], dict[int, list[speech.Event]]]:
    """For each quoted region, the event that says it: the speech cue its clause hangs from; else the nearest
    speech cue in the sentences it touches; else the view its clause hangs from (`held`: "Ryan worried that
    the net was becoming 'a hammock'"); else the closest verb above it that has a subject. Beside that list, for
    each quote left to such a verb, the verbs further up whose subjects may be someone, should the first one's
    subject be no one ("judges decided the size of the fine was ...")."""
    by_cue = {(id(ev.cue.doc), ev.cue.i): ev for ev in found}
    by_view = {(id(ev.cue.doc), ev.cue.i): ev for ev in held if ev.subject is not None}
    ends = [r.close_mark + 1 if r.close_mark is not None else r.end for r in regions]
    run = list(ends)  # where the run of quotes that follow each one with nothing but spaces between ends
    for i in range(len(regions) - 2, -1, -1):
        if not text[ends[i] : regions[i + 1].open_mark].strip():
            run[i] = run[i + 1]
    out: list[speech.Event | None] = []
    further: dict[int, list[speech.Event]] = {}
    for n, r in enumerate(regions):
        end = ends[n]
        inner = parsed.tokens_in(r.start, r.end)
        tops = [t for t in inner if not r.open_mark <= parsed.start(t.head) < end]
        best: speech.Event | None = None
        fallback: speech.Event | None = None
        above: list[speech.Event] = []  # verbs further up the path, should the fallback's subject be no one
        view: speech.Event | None = None
        owned: speech.Event | None = None
        labelled = False
        in_content = False  # whether the quote is in what `best` says, its clause or object
        for tok in tops:
            clause = tok
            while not clause.tag_.startswith("VB") and clause.head.i != clause.i:
                clause = clause.head  # "... subjected to 'over-classification'": the clause the quote is in
            noun = _noun_before_that(clause) if fallback is None else None
            owner = _words_owner(noun) if noun is not None else None
            if owner is not None:
                # "his comment Monday that 'Islam hates us'", the clause parsed onto the verb above the noun
                owned = speech.Event(noun, noun.text, owner, None)
                break
            node, below = tok.head, tok
            for _ in range(10):
                # not through "as" ("dismissed Biggs's claim as 'sour grapes'"): what the claim is called is the
                # caller's word for it, not the claim's
                called = below.dep_ == "prep" and below.lower_ == "as"
                owner = _words_owner(node) if best is None and fallback is None and not called else None
                if owner is not None:
                    # "his comment that 'Islam hates us'", "Romney's '47 percent' remark": whose words they are,
                    # even inside what someone else says of them
                    owned = speech.Event(node, node.text, owner, None)
                    break
                claimed = speech.conceding(node) if best is None else None
                if claimed is not None:
                    key = (id(node.doc), claimed.i)  # "While X claimed the plan was 'a success', Y said ..."
                    best = by_cue.get(key) or by_view.get(key)
                    if best is not None:
                        break
                view = view or by_view.get((id(node.doc), node.i))
                ev = by_cue.get((id(node.doc), node.i))
                if (
                    ev is not None
                    and ev.subject is None
                    and best is None
                    and speech.asked(node)
                    and not _told_inside(node)
                ):
                    best = ev  # "Trump was asked, '...?'": the asker, whom the sentence does not name
                    break
                if ev is not None and ev.subject is not None:
                    if best is not None and speech.nearer_clause(best.cue) is not None:
                        break  # "..., commented X while Y believes ..., saying: '...'": Y's participle, not X's
                    if best is not None and speech.lemma(node.text) == "report":
                        # "... Lee responded that he 'might want ...', reports the Golf Channel": a report relays
                        # the words of the one it says spoke
                        break
                    if best is not None and in_content and _document(ev.subject):
                        # "Marsh said he was 'sending a message', the complaint says": so does a document, of
                        # words in what the one it quotes says (not "Clinton is responding - '...,' one ad said")
                        break
                    # the outermost speaker: in "Obama said he expected Americans will say 'no'", Obama
                    best = ev  # a cue with no speaker of its own ("accused X of adding ...") passes it up
                    # (or a second "that" clause joined to its first: "had told investors that ... but that '...'")
                    in_content = below.dep_ in ("ccomp", "xcomp", "dobj") or (
                        below.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children)
                    )
                    if node.dep_ == "parataxis" or _coordinated_clause(node) or _circumstance(node):
                        # "..., said X, reported the LA Times"; "Y accuses ... and X says ..."; "Y said they
                        # feared a repeat of 1992, when X called for ...": X speaks
                        break
                    if node.dep_ == "pcomp" and node.head.lower_ != "of" and ev.subject.i < node.i:
                        # "Y has agreed to return them, in what X called a 'watershed'": X's words for what Y does,
                        # not what Y says
                        break
                    if _tag_after(text, end, parsed.start(node)):
                        # "Y says she goes twice a week '...,' said X": a caption run into the quote, whose
                        # own tag follows it
                        break
                if best is None and node.tag_.startswith("VB") and not labelled:
                    if (
                        below.dep_ in ("nsubj", "nsubjpass")
                        and below.head.i == node.i
                        and fallback is None
                        and not quoted(parsed.start(below))  # not "'One of the worst things ...,' he raged"
                        # nor a thing done by someone named: "The phrase 'tax reform' was uttered once, by Mr. Cruz"
                        and not any(c.dep_ == "agent" for c in node.children)
                    ):
                        # "the architects of the 'witch hunt' turned against each other": words that name the
                        # subject are the writer's label for it, said by no one who acts in the sentence
                        labelled = True
                    subject = None if labelled else speech.subject(node)
                    if subject is not None and not quoted(parsed.start(subject)):
                        if fallback is None and _agent(subject):
                            fallback = speech.Event(node, node.text, subject, None)
                        elif (
                            fallback is not None
                            and subject.i != fallback.subject.i
                            and (_agent(subject) or subject.tag_ == "NNS")  # "appeal court judges decided"
                        ):
                            above.append(speech.Event(node, node.text, subject, None))
                if node.head.i == node.i:
                    break
                node, below = node.head, node
            if best is not None or owned is not None:
                break
        if owned is not None:
            out.append(owned)
            continue
        if best is None and inner:
            introduced = _introduced(parsed, r, quoted, by_cue)
            if introduced is not None:
                out.append(introduced)
                continue
            # a quote that stands on its own: the speech cue next to it in its sentence
            own = {(id(t.doc), t.sent.start) for t in (inner[0], inner[-1])}
            sents = set(own)
            # '"A," said X. "B." "C," said Y': B goes on with X, whose cue closed the quote just before it
            prev = out[n - 1] if n else None
            follows_cued = (
                prev is not None
                and "\n" not in text[ends[n - 1] : r.open_mark]
                and ends[n - 1] <= parsed.start(prev.cue) < r.open_mark
            )
            after = parsed.tokens_in(end, end + 2)
            if after and after[0].doc is inner[-1].doc:
                sents.add((id(after[0].doc), after[0].sent.start))
            near = [
                ev
                for ev in found
                if ev.subject is not None
                and (key := (id(ev.cue.doc), ev.cue.sent.start)) in sents
                and not (parsed.start(ev.cue) >= end and _introduces(ev.cue))
                # in the sentence after the quote, only its main verb or a cue right after the quote or the
                # quotes that follow it ("'...' 'Then ...,' she said."), not one deep in a clause of its own
                # ("... Last month a judge made a ruling that overturned the order and ordered ...")
                and (key in own or ev.cue.dep_ == "ROOT" or parsed.start(ev.cue) - run[n] <= _NEXT_SENTENCE_CUE)
                and (key in own or not follows_cued)
                # nor one that closes a report of its own ("Another woman was also stabbed ..., WABC reported")
                and (key in own or not _reports_before(ev, parsed, quoted))
                # nor one in a clause of contrast the quote is outside ("While Cameron has promised ..., the
                # manifesto only contains an 'ambition' ...")
                and not _conceded_apart(ev.cue, inner)
            ]
            if _ends_sentence(text, end) and any(parsed.start(ev.cue) < r.open_mark for ev in near):
                # '... that Christians "cannot come" but Muslims "can come in so easily." Trump, later alleging
                # ...': the parse ran on into the next sentence, whose cues say something else
                near = [ev for ev in near if parsed.start(ev.cue) < r.open_mark]
            if view is not None and _ends_sentence(text, end):
                # 'Iraq's government condemned the strikes as "a violation of Iraqi sovereignty." A spokesman ...
                # said ...': a quote that ends the sentence of the view it is in, not words of the next one's cue
                near = [ev for ev in near if (id(ev.cue.doc), ev.cue.sent.start) in own]
            if fallback is not None and fallback.subject.ent_type_ == "PERSON":
                # "Backer ... has egged on supporters with pep talks like '...'. Trump has also announced ...": a
                # named person whose clause holds the quote, over a cue in the next sentence
                near = [ev for ev in near if (id(ev.cue.doc), ev.cue.sent.start) in own]
            if near:
                best = min(near, key=lambda ev: _distance(parsed.start(ev.cue), r.open_mark, end))
        best = best or view
        if best is None and fallback is None and inner:
            fallback = _speech_tag(parsed, inner, end, quoted)
        out.append(best or fallback)
        if best is None and fallback is not None and above:
            further[n] = above
    for n in range(1, len(regions)):
        joined = text[ends[n - 1] : regions[n].open_mark].strip(" ,")
        if out[n - 1] is not None and joined in ("and", "or") and _same_clause(parsed, regions[n - 1], regions[n]):
            # "abuse such as 'chocolate face' and 'you're coloured'": a list of quotes is one speaker's
            out[n] = out[n - 1]
            further.pop(n, None)
    for n, r in enumerate(regions):
        outer = next((m for m in range(n) if regions[m].start <= r.open_mark and r.end <= regions[m].end), None)
        ev = out[n]
        if (
            outer is not None
            and ev is not None
            and not regions[outer].start <= parsed.start(ev.cue) < regions[outer].end
        ):
            # 'X said the guards called them "the enemy"', the paper reported': a quote inside another, with no cue
            # of its own inside it, is part of what the outer quote's speaker says
            out[n] = out[outer]
            further.pop(n, None)
    return out, further


def _same_clause(parsed: nlp.Parsed, first: QuotedRegion, second: QuotedRegion) -> bool:
    """Whether two quotes stand in one sentence, each a few words long: items of one list, not two sayings."""
    a, b = parsed.tokens_in(first.start, first.end), parsed.tokens_in(second.start, second.end)
    if not a or not b or a[0].doc is not b[0].doc or a[0].sent.start != b[0].sent.start:
        return False
    return len(a) <= 8 and len(b) <= 8


_NEXT_SENTENCE_CUE = 40  # characters
# Nouns for words someone said: "his comment that ...", "her 'lazy voters' remark".
_WORDS_NOUNS = frozenset(
    """comment comments remark remarks claim claims contention assertion statement words promise pledge vow
    warning argument accusation insistence declaration prediction admission suggestion quip joke slogan
    catchphrase motto refrain""".split()
)


def _noun_before_that(verb):
    """The noun just before the "that" that opens a clause, past a date between them ("his comment Monday that
    ...") or the one whose it is ("the contention of Ann Cole that ..."): where the parse hangs the clause on the
    verb above, the noun it completes."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return None
    i = mark.i - 1
    while i >= 0 and verb.doc[i].ent_type_ in ("DATE", "TIME"):
        i -= 1
    if i < 0 or verb.doc[i].head.i == verb.i:
        return None
    noun = verb.doc[i]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _WORDS_NOUNS:
        return noun.head.head  # "the contention of former secretary of state Hillary Clinton that ..."
    return noun


def _owner_subject(noun):
    """ "Sanders has pushed his promise of ...": the subject of the clause "his" stands in, where it names someone
    or is a person's pronoun."""
    verb = noun.head
    while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.ent_type_ in ("PERSON", "ORG") or subject.tag_ == "NNP" or subject.lower_ in ("he", "she"):
        return subject
    return None


def _words_owner(noun):
    """Whose words a noun for words names: its possessor ("his comment", "Cole's remark") or the person after
    "of" ("the contention of Ann Cole")."""
    if noun.lower_ not in _WORDS_NOUNS or not noun.tag_.startswith("NN"):
        return None
    for c in noun.children:
        if c.dep_ == "poss" and c.tag_ == "PRP$":
            return _owner_subject(noun)
        if c.dep_ == "poss" and (c.ent_type_ in ("PERSON", "ORG", "NORP") or c.tag_ == "NNP"):
            return c
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ in ("PERSON", "ORG") or obj.tag_ == "NNP"):
                return obj
    return None


def _reports_before(ev: speech.Event, parsed: nlp.Parsed, quoted: _Quoted) -> bool:
    """A cue after words of its own sentence that it reports, outside quotation marks: "Another woman was also
    stabbed ..., WABC reported"."""
    return ev.content is not None and ev.content[1] <= parsed.start(ev.cue) and quoted.share(*ev.content) < 0.5


def _document(tok) -> bool:
    """A document as the subject of a cue ("the complaint says", "court records show")."""
    word = tok.lower_[:-1] if tok.tag_ == "NNS" else tok.lower_
    return tok.tag_ in ("NN", "NNS") and word in DOCUMENT_NOUNS


def _coordinated_clause(verb) -> bool:
    """A verb joined by "and"/"but" to the one before it, with a subject of its own: a clause of its own."""
    return (
        verb.dep_ == "conj"
        and bool(speech.subjects_of(verb))
        and any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
    )


def _circumstance(verb) -> bool:
    """An adverbial or relative clause with a subject of its own ("..., when X called for ...", "because X
    called it ...", "praised X, who has vowed ..."): not what the verb above it reports. A clause on "that" or
    "which" ("a platform that calls for ...") describes a thing and is still the outer speaker's account."""
    if speech.misread_acl(verb):
        return True  # a tensed verb read as a noun's modifier: a clause of its own the parse broke up
    own = speech.subjects_of(verb)
    return verb.dep_ in ("advcl", "relcl") and any(c.tag_ != "WDT" and c.lower_ != "that" for c in own)


def _introduces(cue) -> bool:
    """A cue followed by a colon ("Swinney said: '...'") introduces the quote after it, not the one before."""
    return cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].text == ":"


def _agent(tok) -> bool:
    """Who can speak through a verb that is not a speech verb: a name, a person's pronoun, or a phrase with a
    determiner ("the group", "the ad"), not a bare common noun ("information shows", "deficits rise")."""
    if tok.tag_ in ("NNP", "NNPS") or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if tok.tag_ == "PRP":
        return tok.lower_ in ("he", "she", "they", "it", "we", "i")
    return any(c.dep_ in ("det", "poss") for c in tok.children)


def _clause_verb_before(before: list, parsed: nlp.Parsed, quoted: _Quoted):
    """The verb of the clause before a quote's opening colon or dash (`before[-1]`) that the parse hung on the
    quote, if any."""
    mark = before[-1]
    return next(
        (
            t
            for t in reversed(before)
            if t.sent == mark.sent and t.tag_.startswith("VB") and quoted(parsed.start(t.head)) and t.i < mark.i
        ),
        None,
    )


def _dashed(before: list, parsed: nlp.Parsed, quoted: _Quoted) -> speech.Event | None:
    """ "When Hale finally wrapped up — '...' — the balloons came down": a quote set off by a dash after a clause
    the parse hung on it is the words of that clause's subject, where it is a name."""
    verb = _clause_verb_before(before, parsed, quoted)
    subject = speech.subject(verb, quoted) if verb is not None else None
    if subject is None or quoted(parsed.start(subject)):
        return None
    if subject.tag_ in ("NNP", "NNPS") or subject.ent_type_ == "PERSON":
        return speech.Event(verb, verb.text, subject, None)
    return None


def _introduced(
    parsed: nlp.Parsed, r: QuotedRegion, quoted: _Quoted, by_cue: dict[tuple[int, int], speech.Event]
) -> speech.Event | None:
    """A quote right after a colon that no speech verb governs ("Rubio fired back: '...'", "The foundation
    describes itself this way: '...'"): the subject of the verb the colon closes, when it can speak; else the
    one person its sentence names, not as a modifier ("Lee's surge does not surprise pollster Dan Shaw:")."""
    before = [t for t in parsed.tokens_in(max(0, r.open_mark - 400), r.open_mark) if not t.is_space]
    if before and before[-1].text in ("—", "–") and not quoted(parsed.start(before[-1])):
        return _dashed(before, parsed, quoted)
    if not before or before[-1].text != ":" or quoted(parsed.start(before[-1])):
        return None
    colon = before[-1]
    said = by_cue.get((id(colon.doc), colon.i - 1))
    if said is not None and said.subject is not None and said.cue.tag_ == "NN":
        return said  # "with one commenter musing: '...'", the participle read as a noun
    verb = colon.head if colon.head.tag_.startswith("VB") else colon.sent.root
    if quoted(parsed.start(verb)):
        # the parse made the quote's verb the sentence's ("the board was conclusive in its findings: '...'")
        verb = _clause_verb_before(before, parsed, quoted) or verb
    said = by_cue.get((id(verb.doc), verb.i))
    if said is not None and said.subject is not None:
        return said  # "Lee said in a statement: '...'"
    subject = speech.subject(verb, quoted) if verb.tag_.startswith("VB") else None
    if subject is not None and (quoted(parsed.start(subject)) or not _agent(subject) or subject.tag_ == "PRP"):
        subject = None
    if subject is not None and (subject.tag_ in ("NNP", "NNPS") or subject.ent_type_ in ("PERSON", "ORG", "NORP")):
        return speech.Event(verb, verb.text, subject, None)
    people = [
        t
        for t in colon.sent
        if t.ent_type_ == "PERSON"
        and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")  # the last word of a name
        and t.dep_ not in ("poss", "compound")
        and t.i < colon.i
        and not quoted(parsed.start(t))
    ]
    if len(people) == 1:  # "The timing of Lee's surge does not surprise pollster Dan Shaw:" (not the timing)
        return speech.Event(verb, verb.text, people[0], None)
    return speech.Event(verb, verb.text, subject, None) if subject is not None else None


def _speech_tag(parsed: nlp.Parsed, inner: list, end: int, quoted: _Quoted) -> speech.Event | None:
    """A quote that is a sentence of its own, tagged by a short clause right after it ('...?" Hannity pressed.')."""
    after = parsed.tokens_in(end, end + 2)
    if after and after[0].doc is inner[-1].doc and not quoted(parsed.start(after[0])):
        sent = after[0].sent
        root = sent.root
        rest = [t for t in sent if t.i > root.i and not t.is_punct and not quoted(parsed.start(t))]
        if root.tag_.startswith("VB") and root.i - after[0].i <= 5 and len(rest) <= 1 and parsed.start(root) >= end:
            subject = speech.subject(root)
            if subject is not None and subject.i < root.i and not quoted(parsed.start(subject)):
                return speech.Event(root, root.text, subject, None)
    # '... Phil Musser says. "Several surveys ..."': a short speech clause just before a quote that opens a sentence
    first = inner[0]
    sent = first.sent
    if sent.start > 0 and first.i - sent.start <= 1:
        before = first.doc[sent.start - 1].sent
        root = before.root
        words = [t for t in before if not t.is_punct]
        if speech.is_cue(root) and len(words) <= 12 and not any(quoted(parsed.start(t)) for t in words):
            subject = speech.subject(root, quoted)
            if subject is not None:
                return speech.Event(root, root.text, subject, None)
    return None


def _conceded_apart(cue, inner) -> bool:
    """Whether the cue stands in a clause of contrast ("While X has promised ...") that none of the quote's
    words are in: what the rest of the sentence says is set against the cue, not said by its subject."""
    node = cue
    for _ in range(8):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in speech.CONCESSIVE for c in node.children):
            return not any(t.doc is node.doc and node.left_edge.i <= t.i <= node.right_edge.i for t in inner)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _ends_sentence(text: str, end: int) -> bool:
    """A quotation that closes its sentence: a full stop, "?" or "!" just inside the closing mark, and a capital
    letter opening what follows."""
    rest = text[end : end + 3].lstrip()
    return end >= 2 and text[end - 2] in ".?!" and bool(rest) and rest[0].isupper()


def _distance(pos: int, start: int, end: int) -> int:
    return start - pos if pos < start else max(0, pos - end)


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


# Words a title may leave in lower case ("The Best of the Stan Freberg Shows", "There Must be a Better World
# Somewhere", "The Thrill is Gone").
_MINOR = frozenset(
    """a an the of and or nor but for to in on at by with from as vs via de la le du del von van
    be is are was were am""".split()
)


def title_case(words: str, most: int | None = 8) -> bool:
    """True for a name or a headline rather than words someone said: every word capitalised but the minor
    ones ("The Best of the Stan Freberg Shows", "Cry", "Time for Beany"), at most `most` words, and not a
    question or an exclamation. Of quotes, only asked of those that no speech verb in their sentence credits."""
    tokens = re.findall(r"[^\W\d_][\w'’.-]*", words)
    if not tokens or (most is not None and len(tokens) > most) or words.rstrip(" .,\"'”’").endswith(("!", "?")):
        return False
    major = [t for t in tokens if t.lower() not in _MINOR]
    return bool(major) and all(t[0].isupper() for t in major) and not (len(tokens) == 1 and tokens[0] == "I")


_NICKNAMED = re.compile(r"[A-Z][\w.-]*\s$")
_NAME_AFTER = re.compile(r"^\s[A-Z][\w-]*[a-z]")
_FULL_NAME_AFTER = re.compile(r"^\s[A-Z][a-z]+\s[A-Z][\w-]*[a-z]\b")


_WORK = re.compile(
    r"\b(?:book|novel|memoir|film|movie|documentary|song|single|album|show|series|play|musical|poem|podcast)s?,?\s*$",
    re.I,
)
_BY_NAME = r"known as|go by|goes by|went by"
_KNOWN_AS = re.compile(rf"\b(?:{_BY_NAME}|user ?name|username|handle)\s*$", re.I)
_GIVES_NAME = re.compile(rf"\b(?:called|named|dubbed|titled|entitled|{_BY_NAME})\s*$", re.I)
# "told ABC's 'Good Morning America'", "said on NBC's 'Meet the Press'", "told 'Fox and Friends'": the programme
# spoken on or to, a name in Title Case
_ON_AIR = re.compile(r"\b(?:on|told|to|with)\s+(?:(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*['’]s\s*)?$")
# "who cast him in 'The Bodyguard'", "his co-star in 'Night at the Museum'", "who directed him in 'The
# Conversation'", "starred with him in 'Unforgiven'": the work someone had a part in
_IN_A_WORK = re.compile(
    r"\b(?:cast|roles?|parts?|co-?stars?|starred|starring|appeared|appearing|appearances?|directed)"
    r"(?:\s+(?:with\s+)?(?:him|her|them|me|us))?\s+in\s*$"
)


# "who co-wrote 'We Are the World'", "Mr. Jones produced 'Thriller'": the work someone made (not "wrote", which may
# be a post's words)
_MADE_A_WORK = re.compile(
    r"\b(?:co-?wrote|co-?written|produced|directed|recorded|released|composed|penned|sang|sung|performed)\s*$"
)


def _name_given(text: str, r: QuotedRegion) -> bool:
    """ "a band called 'Matthew 24 Now'", "a book titled 'Hard Choices'": a name in Title Case given to something,
    never words said, whatever cue the sentence has ("According to Facebook, the family is part of a band
    called ...")."""
    before = text[max(0, r.open_mark - 20) : r.open_mark]
    if _KNOWN_AS.search(before) and re.fullmatch(r"@?[\w.-]+", text[r.start : r.end].strip()):
        return True  # "a commenter known as 'fatalsplash'": a handle, whatever its case
    if _WORK.search(before) and title_case(text[r.start : r.end], most=None):
        return True  # "the book 'Going Clear: Scientology, Hollywood, and the Prison of Belief'": a title, however long
    wider = text[max(0, r.open_mark - 40) : r.open_mark]  # room for a network's name before the programme
    if title_case(text[r.start : r.end]) and (_IN_A_WORK.search(wider) or _MADE_A_WORK.search(before)):
        return True
    return title_case(text[r.start : r.end]) and (_GIVES_NAME.search(before) or _ON_AIR.search(wider)) is not None


_KNOWN_BY = re.compile(r"\bknown(?:\s+[\w,]+){0,5}?\s+as\s*$", re.I)
# "labels such as 'eco-friendly' and 'sustainable'", "words like 'betrayal'": examples of words used, quoted one
# after another (not "shouted abuse such as 'chocolate face'", what was said)
_EXAMPLES = re.compile(
    r"\b(?:words|terms|phrases|labels|slogans|names|claims|titles)\s+(?:such\s+as|like)\s+"
    r"(?:[\"“‘'][^\"”’]{1,40}[\"”’'],?\s+(?:(?:and|or)\s+)?)*$",
    re.I,
)


def _known_as(text: str, r: QuotedRegion) -> bool:
    """ "was known in the Capitol as 'the smokestack lady'": a few words that others call someone or something, not
    what the sentence's subject said; nor are examples a list gives ("labels such as 'eco-friendly'")."""
    words = text[r.start : r.end].split()
    return (
        len(words) <= 6
        and not re.search(r"[.!?]$", text[r.start : r.end].strip())
        and (
            bool(_KNOWN_BY.search(text[max(0, r.open_mark - 60) : r.open_mark]))
            or bool(_EXAMPLES.search(text[max(0, r.open_mark - 120) : r.open_mark]))
        )
    )


def _compounded(text: str, r: QuotedRegion) -> bool:
    """ "'Star Trek'-type extraterrestrials", "'moan'-worthy headlines": quoted words joined by a hyphen to the word
    after them make one modifier, a name or a phrase the writer borrows, not words said."""
    return r.close_mark is not None and re.match(r"-[^\W\d_]", text[r.close_mark + 1 : r.close_mark + 3]) is not None


def _nickname(text: str, r: QuotedRegion) -> bool:
    """A nickname before or inside a name (Mike 'Sugar Bear' Thompson, star 'Mama' June Shannon, 'Weird Al'
    Yankovic where the article names Yankovic again): no one said it."""
    if r.close_mark is None or not title_case(text[r.start : r.end]) or len(text[r.start : r.end].split()) > 3:
        return False
    after = text[r.close_mark + 1 : r.close_mark + 40]
    if _FULL_NAME_AFTER.match(after):  # "Reality star 'Mama' June Shannon"
        return True
    surname = _NAME_AFTER.match(after)
    # "'Weird Al' Yankovic called him ...": a proper name, capitalised mid-sentence elsewhere in the article
    if (
        surname
        and not text[r.start : r.end].rstrip().endswith((".", ",", "!", "?"))
        and re.search(rf"(?:[a-z;]|,[\"”’]?)\s+{re.escape(surname.group().strip())}\b", text) is not None
    ):
        return True
    return surname is not None and bool(_NICKNAMED.search(text[max(0, r.open_mark - 30) : r.open_mark]))


def _kind(text: str, r: QuotedRegion, para: Paragraph, starts: list[int]) -> str:
    before = text[_segment_start(starts, para, r.open_mark) : r.open_mark].strip()
    standalone = not before or before.endswith((":", ",")) or before[-1] in '”"’'
    if standalone:
        return "statement"
    words = len(text[r.start : r.end].split())
    return "scare" if words <= 3 else "partial"


# --- speakers -----------------------------------------------------------------------------------


def _junk_role(role: str, name: str) -> bool:
    """Not a role: a scrap of a word ("co" from "co-chair"), a dateline the recogniser ran into the name ("LOS
    ANGELES"), a word of the name itself ("DNA" for DNA Info) or a word for anyone ("a man who claims he is a
    perfectionist")."""
    letters = re.sub(r"[^A-Za-z]", "", role)
    return (
        (role.islower() and len(letters) <= 2)
        or (role.isupper() and len(letters) >= 6)
        or role in name.split()
        or role.lower() in _ANYONE
    )


_ANYONE = frozenset("man woman person guy boy girl people men women".split())


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


_MANGLED = re.compile(
    "[ÃÂâ][\u0080-\u00bf\u0152-\u0192\u02c6-\u203a\u20ac\u2122]"
)  # "Ã§", "â€™": UTF-8 read as Latin-1


def unmangled(text: str) -> str:
    """Text whose UTF-8 was read as Latin-1 or Windows-1252, once or more ("FranÃ§ois", "FranÃƒÂ§ois"), as
    it was written ("François"); any other text as it is."""
    fixed = unicodedata.normalize("NFC", text)
    for _ in range(3):
        if not _MANGLED.search(fixed):
            break
        try:
            raw = bytes(b for ch in fixed for b in (ch.encode("cp1252") if ord(ch) > 255 else ch.encode("latin-1")))
            fixed = raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
    return text if _MANGLED.search(fixed) else fixed


def _tidy(name: str) -> str:
    """A speaker's name without a dateline glued to it: "(CNN)A new Kansas law" reads "A new Kansas law"."""
    if not _balanced(name) and ")" in name:
        rest = name.rsplit(")", 1)[1].strip()
        return rest or name
    return name


def _uncued(
    i: int,
    kind: str,
    regions: list[tuple[QuotedRegion, Paragraph]],
    owners: list[Entity | None],
    entities: Entities,
    spoke: list[tuple[int, Entity]],
) -> Entity | None:
    """Who says a quote that no verb in its sentence credits. A quote standing as speech continues the previous
    quote's speaker, else the latest speaker; a partial quote only continues the previous quote's speaker; a
    scare quote inside the writer's own sentence is left uncredited, since a wrong name is worse than none."""
    if kind == "scare":
        return None
    owner = _inherit(i, regions, owners, spoke)
    if owner is None and kind == "statement":
        owner = entities.antecedent(regions[i][0].open_mark, None, speakers_only=True)
        if owner is not None and not owner.could_speak:
            owner = None  # "A new generation of suncreams claim to ...": a thing is nobody's latest speaker
    return owner


def _after_caption(text: str, region: QuotedRegion) -> bool:
    """A quote of a sentence or more whose opening mark follows a word with no stop or comma (`_REOPENED`), as
    after a photo caption glued to it."""
    return _REOPENED.match(text, region.open_mark) is not None and len(text[region.start : region.end].split()) >= 4


def _told_inside(verb: Token) -> bool:
    """ "told the inquiry he had not been told how serious it was until it was 'far too late'": a passive verb of
    telling inside what a cue above it says, whose subject heard the words; the quote is the teller's above."""
    return (
        verb.dep_ in ("ccomp", "xcomp")
        and speech.lemma(verb.text) in ("tell", "inform", "warn", "advise")
        and any(c.dep_ == "auxpass" for c in verb.children)
        and speech.is_cue(verb.head)
    )


def _someone_else(subject: Token | None, before: Entity | None) -> bool:
    """Whether the pronoun a quote's sentence has for its subject cannot be the speaker of the quote before: '"Snow
    lies in the gullies," he said. ... they thanked the volunteers "for giving up their night"' (a man or a woman
    is not "they", nor "she" a man)."""
    if subject is None or before is None or subject.tag_ != "PRP" or before.kind != "person":
        return False
    said = {"they": "pl", "she": "f", "he": "m"}.get(subject.lower_)
    return before.gender in ("m", "f") and said is not None and said != before.gender


def _inherit(
    i: int,
    regions: list[tuple[QuotedRegion, Paragraph]],
    owners: list[Entity | None],
    spoke: list[tuple[int, Entity]] = (),
) -> Entity | None:
    """A quote with no attribution of its own belongs to the previous quote's speaker when it continues
    that quote (same or next paragraph, or a paragraph that is only a quote), and nobody else is said to speak
    between the two ('"...," Clarke said. Later, Callan said Clarke faced a battle. "Because ..."'): `spoke`
    holds each speech cue's offset and speaker."""
    if i == 0:
        return None
    region, para = regions[i]
    prev_region, prev_para = regions[i - 1]
    if owners[i - 1] is None:
        return None
    if any(prev_region.end < at < region.open_mark and who is not owners[i - 1] for at, who in spoke):
        return None
    if para.index - prev_para.index <= 1 or prev_region.close_mark is None:
        return owners[i - 1]
    return None


def _parts(text: str, start: int, end: int, gap: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    """A statement's content as exact spans: the two on either side of its gap, edge commas left out."""
    if gap is None:
        return ((start, end),)
    out = []
    for s, e in ((start, gap[0]), (gap[1], end)):
        while s < e and text[s] in _BETWEEN:
            s += 1
        while e > s and text[e - 1] in _BETWEEN:
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def _table(
    text: str,
    quotes: list[Quote],
    owners: list[Entity | None],
    statements: list[tuple[speech.Event | _Headlined, Entity]],
) -> QuoteTable:
    speakers: dict[int, Speaker] = {}
    named: dict[str, Speaker] = {}  # entities that end up with one full name, one of them a person, are one person
    unique: list[Speaker] = []
    labels: dict[str, str] = {}  # the recogniser's label for each speaker's first entity

    def speaker_for(owner: Entity) -> Speaker:
        key = id(owner)
        if key not in speakers:
            written = _tidy(owner.name) + (f" {owner.suffix}" if owner.suffix else "")
            name = unmangled(written)  # the article's copy may have had its accents mangled: "FranÃ§ois"
            role = owner.role if owner.role and _balanced(owner.role) and not _junk_role(owner.role, name) else None
            role = unmangled(role) if role else None
            same = named.get(name)
            if same is not None and len(name.split()) == 1 and "ORG" not in (owner.label, labels.get(same.id)):
                same = None  # one word: a surname or a common noun is merged elsewhere, if at all
            if same is not None and not (owner.is_person or same.is_person) and not _proper(name):
                same = None  # two bodies: merged by name only where it names one ("South Korea's foreign ministry")
            if same is not None:  # a person, or a body that is a person the recogniser missed ("Nils Holt")
                same.role = same.role or role
                same.aliases = sorted((set(same.aliases) | owner.aliases) - {name})
                same.gender = same.gender or owner.gender
                same.is_person = same.is_person or owner.is_person
                speakers[key] = same
                return same
            speakers[key] = Speaker(
                id=f"P{len(unique) + 1}",
                name=name,
                # the name as the article writes it stays an alias, to find it in the text
                aliases=sorted((owner.aliases - {owner.name, name}) | ({written} - {name})),
                role=role,
                is_person=owner.is_person,
                gender=owner.gender if owner.kind == "person" else None,
            )
            unique.append(speakers[key])
            named.setdefault(name, speakers[key])
            labels[speakers[key].id] = owner.label or ""
        return speakers[key]

    out: list[Quote] = []
    for q, owner in zip(quotes, owners, strict=True):
        if owner is None:
            out.append(q)
            continue
        sp = speaker_for(owner)
        sp.quote_ids.append(q.id)
        out.append(replace(q, speaker_id=sp.id))
    items: list[tuple[int, int, Attribution]] = []
    for q in out:
        said = Attribution("", q.speaker_id, q.cue, q.start, q.end, True, q.id, spans=((q.start, q.end),))
        items.append((q.start, 0, said))
    for ev, owner in statements:
        assert ev.content is not None
        sp = speaker_for(owner)
        start, end = _closed(text, *ev.content)
        parts = _parts(text, start, end, ev.gap)
        items.append((start, 1, Attribution("", sp.id, ev.cue_text, start, end, False, gap=ev.gap, spans=parts)))
    items.sort(key=lambda t: (t[0], t[1]))
    attributions = [replace(a, id=f"A{n + 1}") for n, (_, _, a) in enumerate(items)]
    for a in attributions:
        if not a.direct and a.speaker_id:
            next(s for s in speakers.values() if s.id == a.speaker_id).statement_ids.append(a.id)
    return _one_per_surname(QuoteTable(quotes=out, speakers=unique, attributions=attributions))


def _proper(name: str) -> bool:
    """A name of one body, not a description that may fit several ("the company", "officials"): with a proper
    name in it."""
    words = name.split()
    return any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and words[0].lower() not in _DETS)


_DETS = frozenset({"the", "a", "an", "some", "many", "most", "several", "two", "three", "other", "another"})


def _one_per_surname(table: QuoteTable) -> QuoteTable:
    """One speaker for one person: a speaker known by a single word ("Ruiz", where the recogniser missed the
    name and the parse took it for a common noun) that is the surname, or a name the article also uses, of
    exactly one person in the table with a fuller name ("Ana Ruiz") is that person; not where two share it
    ("Clinton": Bill or Hillary), nor against a gender either is known by, nor where the fuller one is a
    description rather than a name ("Republicans" is not "31% of Republicans", "Police" not "a spokesman for
    Greater Manchester Police")."""
    into: dict[str, Speaker] = {}
    for s in table.speakers:
        if " " in s.name or not s.name[:1].isupper():
            continue
        fuller = [
            o
            for o in table.speakers
            if o is not s
            and " " in o.name
            and all(w[:1].isupper() for w in o.name.split())  # a name, not "a spokesman for Merivale"
            and (o.is_person or s.is_person)
            and (s.name == o.name.split()[-1] or s.name in o.aliases)
            # (not "Hunter Biden", "Biden's son", for "Biden")
            and not (o.role or "").startswith((f"{s.name}'s ", f"{s.name}’s "))
        ]
        # (by a given name too: "Obama", a man, is not "Michelle Obama")
        gender = (fuller[0].gender or given_names.gender(fuller[0].name.split()[0])) if len(fuller) == 1 else None
        if len(fuller) == 1 and not (s.gender and gender and s.gender != gender):
            into[s.id] = fuller[0]
    if not into:
        return table
    for sid, o in into.items():
        s = next(x for x in table.speakers if x.id == sid)
        o.quote_ids = sorted({*o.quote_ids, *s.quote_ids}, key=lambda i: int(i[1:]))
        o.statement_ids = sorted({*o.statement_ids, *s.statement_ids}, key=lambda i: int(i[1:]))
        o.aliases = sorted({*o.aliases, *s.aliases, s.name} - {o.name})
        o.role = o.role or s.role
        o.gender = o.gender or s.gender
        o.is_person = True
    kept = [s for s in table.speakers if s.id not in into]
    renamed = {s.id: f"P{n + 1}" for n, s in enumerate(kept)}
    renamed |= {sid: renamed[o.id] for sid, o in into.items()}
    for s in kept:
        s.id = renamed[s.id]
    quotes = [replace(q, speaker_id=renamed.get(q.speaker_id or "", q.speaker_id)) for q in table.quotes]
    attributions = [replace(a, speaker_id=renamed.get(a.speaker_id or "", a.speaker_id)) for a in table.attributions]
    return QuoteTable(quotes=quotes, speakers=kept, attributions=attributions)
