"""Where a briefing sentence rests in the source, and whether the support checker finds it there.

Support ids name source sentences (S12), quotes (Q4) and indirect statements (A7); each resolves to the
article sentences that hold it. A position may rest only on its own speaker's quotes and statements: an id
of anyone else's makes it cross-wired. A sentence without ids (a prompt that asks for none) is checked
against the best-matching sentences of the article, a position against its speaker's own sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from summarizer.article import Article
from summarizer.quotes import Attribution, QuoteTable, Speaker
from summarizer.speakers import initials
from summarizer.speech import SPEECH_VERBS, STANCE_VERBS, lemma
from summarizer.support import REPORTING, Checker, Verdict, content_stems, stem, words
from summarizer.verify import mentions, sentences

if TYPE_CHECKING:
    from spacy.tokens import Token

_SENTENCE = re.compile(r"^S(\d+)$")

# A sentence that names one speaker but rests on another's words (Grounder.misattributed):
MIN_WORDS = 3  # content words it must have, and share with the other speaker's quote or statement
MISATTRIBUTED = 0.6  # share of its content words found in that one quote or statement
OWN_AT_MOST = 0.3  # share of those shared words that the named speaker's own sentences may have
# A sentence that states as fact what the article only has someone say (Grounder.unattributed):
MIN_CLAIM_WORDS = 2  # content words it must share with the speaker's statement ("The cuts had been expected")
CLAIM_MAX_WORDS = 40  # words of a statement longer than any one claim (a span run on into captions)
CLAIM_COVERS = 0.6  # share of the statement's content words the sentence must have: it tells that statement


_CUES = frozenset(stem(w) for w in SPEECH_VERBS | STANCE_VERBS)


def _names(speaker: Speaker) -> set[str]:
    return content_stems(" ".join([speaker.name, *speaker.aliases]))


def _one(a: Speaker, b: Speaker) -> bool:
    """The same speaker, or one the quote table split in two by its initials ("Alliance to Reclaim Our
    Schools" and "AROS")."""
    if a.name == b.name:
        return True
    return bool({initials(a.name), initials(b.name)} & {a.name, b.name})


def _kin(a: Speaker, b: Speaker) -> bool:
    """Two people with full names that share a surname (Frank and Louis Jordan): the surname in one's full
    name does not name the other."""
    x, y = a.name.split(), b.name.split()
    return len(x) > 1 and len(y) > 1 and x[-1] == y[-1] and x[0] != y[0]


def _unnamed(text: str, speaker: Speaker) -> str:
    """`text` with `speaker`'s full names blanked out."""
    for name in {speaker.name, *speaker.aliases}:
        if " " in name:
            text = re.sub(rf"\b{re.escape(name)}\b", " ", text)
    return text


_HEAD_ENDS = re.compile(r"\s(?:of|for|at|in|on|along|from|with|across|near|who|that|which)\s")


def _described(stems: set[str], speaker: Speaker) -> bool:
    """A text with these word stems names a speaker who is a description by its head noun: "Fishing cooperatives
    in Japan are bracing ..." is about "Fishing cooperatives along Japan's western coast", whose claim it may
    state."""
    if speaker.is_person or " " not in speaker.name:
        return False  # a one-word name is `mentions`'s
    head = _HEAD_ENDS.split(f" {speaker.name} ", maxsplit=1)[0].split()
    return bool(head) and stem(head[-1].lower()) in stems


def _without_role(text: str, speaker: Speaker) -> str:
    """`text` less the speaker's role set beside their name ("Park Ji-hoon, a fish wholesaler, said ..."): the
    quote table's, from wherever the article gives it, not a claim the speaker's own sentences must hold."""
    if not speaker.role:
        return text
    role = re.escape(speaker.role).replace(r"\ ", r"\s+")
    return re.sub(rf",\s+(?:(?:a|an|the)\s+)?{role}\s*,\s*", " ", text, flags=re.IGNORECASE)


_ASKING = frozenset({"ask", "urge", "tell", "order", "advise", "instruct", "invite", "encourage"})


def _attributes(text: str) -> bool:
    """`text` says who holds what it says: a verb of saying or of taking a side ("said", "argued", "wants"; not
    the noun "demand", nor a passive with no one doing it), or "according to"."""
    from summarizer.nlp import pipeline

    verbs = SPEECH_VERBS | STANCE_VERBS

    def says(t: Token) -> bool:  # "the cuts had been expected" names no one who expected them; "by analysts" does
        deps = {c.dep_ for c in t.children}
        if lemma(t.text) in _ASKING and "xcomp" in deps and "ccomp" not in deps:
            return False  # "the new council will ask officers to review the contract": what it will do, not a report
        return t.tag_.startswith("VB") and lemma(t.text) in verbs and ("auxpass" not in deps or "agent" in deps)

    if "according to" in text.lower() or _tagged_on(text, verbs):
        return True
    return any(says(t) for t in pipeline()(text))


def _tagged_on(text: str, verbs: frozenset[str]) -> bool:
    """A report tagged on after a comma at the end ("..., a charity claims."), which the parse may read as a
    noun."""
    m = re.search(r",\s+(?:[\w'’-]+\s+){1,5}([a-z]+)[.!]?[\s”\"’]*$", text)
    return m is not None and lemma(m.group(1)) in verbs


def _without(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    """A sentence's text (at offset `start` in the article) with the given spans of the article blanked out."""
    for a, b in spans:
        lo, hi = max(a - start, 0), min(b - start, len(text))
        if lo < hi:
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _cued(text: str, at: int) -> bool:
    """A verb of saying or of taking a side near the name at offset `at`: within the eight words after it
    ("Chaffetz, the chairman, said") or the three before it ("said Chaffetz")."""
    after = words(text[at:])[1:9]
    before = words(text[:at])[-3:]
    return any(stem(w) in _CUES for w in after + before)


@dataclass(frozen=True)
class Grounded:
    ids: list[str]
    evidence: list[int]  # indexes into article.sentences
    verdict: Verdict
    foreign: list[str]  # ids that are not this speaker's own (positions only)
    recited: bool = False  # the cited ids did not hold it; the checker found it in `evidence` instead

    @property
    def hard(self) -> bool:
        """Ruled out whatever the score: a number or a negation the source lacks, or someone else's words."""
        return bool(self.foreign) or self.verdict.ruled_out

    def spans(self, article: Article) -> list[tuple[int, int]]:
        return [(article.sentences[i].start, article.sentences[i].end) for i in self.verdict.evidence]


def _joined(ids: list[str], parts: list[Grounded]) -> Grounded:
    """One item's sentences checked apart, as one: supported if each is; the weakest one's reason."""
    if len(parts) == 1:
        return parts[0]
    worst = max(parts, key=lambda g: (not g.verdict.supported, g.verdict.ruled_out, g.verdict.score))
    evidence = tuple(sorted({i for g in parts for i in g.verdict.evidence}))
    verdict = Verdict(
        supported=all(g.verdict.supported for g in parts),
        score=worst.verdict.score,
        evidence=evidence,
        missing=tuple(w for g in parts for w in g.verdict.missing),
        reason=worst.verdict.reason,
        features=worst.verdict.features,
        ruled_out=any(g.verdict.ruled_out for g in parts),
    )
    recited = any(g.recited for g in parts)
    shown = [i for g in parts for i in g.ids] if recited else ids
    return Grounded(list(dict.fromkeys(shown)), sorted({i for g in parts for i in g.evidence}), verdict, [], recited)


class Grounder:
    def __init__(self, article: Article, table: QuoteTable, checker: Checker) -> None:
        self.article = article
        self.table = table
        self.checker = checker
        self._spans = {q.id: (q.start, q.end) for q in table.quotes}
        self._spans.update({a.id: (a.content_start, a.content_end) for a in table.attributions if not a.direct})
        # A sentence that holds someone's words is read with their name: "He said ..." supports "Lavrov said ...".
        names = {s.id: s.name for s in table.speakers}
        self.texts = []
        for x in article.sentences:
            said = {
                names[a.speaker_id]
                for a in table.attributions
                if a.speaker_id in names and x.start < a.content_end and a.content_start < x.end
            }
            self.texts.append(f"{', '.join(sorted(said))}: {x.text}" if said else x.text)

    def misattributed(self, text: str, credited: Speaker | None = None) -> Speaker | None:
        """The speaker whose words `text` gives to someone else, or None. "Chaffetz said Republicans want a
        photo op" is misattributed when the article has Cummings say it: the sentence names a quoted speaker next
        to a verb of saying (the first such is the one it credits) and does not name the other; at least
        MIN_WORDS of its content words (names aside), and MISATTRIBUTED of them, are in one quote or statement
        of the other; and at most OWN_AT_MOST of those shared words are in the sentences that hold the named
        speaker's words or name them (a surname both share is not the named speaker's: "Frank Jordan said" does
        not name Louis Jordan), so a speaker the quote table split in two, or words it missed, are not flagged.
        A position is `credited` to its speaker and may name the other: "Ruiz argued that Hale was worried ..."
        gives Hale's statement as Ruiz's position."""
        speakers = {s.id: s for s in self.table.speakers if s.quote_ids or s.statement_ids}
        unnamed_only = credited is None  # a summary sentence may pass on words it credits to their speaker
        if credited is None:
            cued = sorted((at, s.id) for s in speakers.values() for at in mentions(text, s) if _cued(text, at))
            if not cued:
                return None
            credited = speakers[cued[0][1]]
        claim = content_stems(text) - _names(credited) - REPORTING
        best: set[str] = set()
        best_claim: set[str] = set()
        whose = None
        for a in self.table.attributions:
            other = speakers.get(a.speaker_id or "")
            if other is None or _one(other, credited):
                continue
            if unnamed_only and mentions(_unnamed(text, credited) if _kin(credited, other) else text, other):
                continue
            mine = claim - _names(other)
            hits = mine & self._said_stems[a.id]
            if len(hits) > len(best):
                best, best_claim, whose = hits, mine, other
        if whose is None or len(best) < MIN_WORDS or len(best) < MISATTRIBUTED * len(best_claim):
            return None
        held = set(self.sentences_of(credited.quote_ids + credited.statement_ids))
        others = [
            self._spans[i]
            for s in speakers.values()
            if not _one(s, credited)
            for i in s.quote_ids + s.statement_ids
            if i in self._spans
        ]
        own: set[str] = set()
        for k, x in enumerate(self.article.sentences):
            # others' words are not the named speaker's, though one sentence may hold both ("Republicans said they
            # were convinced ... and Democrats accused the GOP of stoking the issue") or name them ("'Republicans
            # will stop at nothing', Cummings said")
            rest = _without(x.text, x.start, others)
            if k in held or mentions(_unnamed(rest, whose), credited):
                own |= self._sentence_stems[k] if rest == x.text else content_stems(rest)
        return whose if len(best & own) <= OWN_AT_MOST * len(best) else None

    def unattributed(self, text: str) -> Attribution | None:
        """The indirect statement whose claim `text` states as fact, or None: "The cuts had been expected." where the
        article only has analysts say it ("Analysts said the cuts had been expected"). The sentence has no verb of
        saying or of taking a side and does not name the speaker; at least MIN_CLAIM_WORDS of its content words,
        and MISATTRIBUTED of them, are in one statement of theirs (`_claims`), and it has CLAIM_COVERS of that
        statement's content words; and no sentence of the article says as much in its own voice (outside every
        quote and statement). Words copied from a quote are the quote check's (`verify`); an announcement in the
        speaker's own name ("Norvale will cut 1,200 jobs") names them."""
        claim = content_stems(text) - REPORTING
        stems = {stem(w.lower()) for w in words(text)}  # every word's, for a speaker named by a head noun
        speakers = {s.id: s for s in self.table.speakers}
        best: set[str] = set()
        found = None
        for a in self._claims:
            other = speakers[a.speaker_id or ""]
            if mentions(text, other, ignore_case=True) or _described(stems, other):
                continue
            hits = (claim - _names(other)) & self._said_stems[a.id]
            if len(hits) > len(best):
                best, found = hits, a
        if found is None:
            return None
        whose = speakers[found.speaker_id or ""]
        if len(best) < MIN_CLAIM_WORDS or len(best) < MISATTRIBUTED * len(claim - _names(whose)):
            return None
        if len(best) < CLAIM_COVERS * len(self._said_stems[found.id] - _names(whose)):
            return None  # a sentence that shares a few words with a long statement does not tell that statement
        if any(len(best & own) >= MISATTRIBUTED * len(best) for own in self._narrated_stems):
            return None
        return None if _attributes(text) else found

    @cached_property
    def _claims(self) -> list[Attribution]:
        """Indirect statements that are one speaker's claim, as the article tells it: a cue of saying or holding
        ("said", "believes", "according to"; not "showed", "asked", nor a capitalised title such as "Child
        Promise"), in one sentence of the article that names the speaker outside the statement (not "he said",
        where whose it is rests on resolving a pronoun), of at most CLAIM_MAX_WORDS words (not a span run on into
        photo captions the copy ran together with the text)."""
        from summarizer.reported import holding

        speakers = {s.id: s for s in self.table.speakers}
        out = []
        for a in self.table.attributions:
            cue = (a.cue or "").strip()
            if a.direct or a.speaker_id not in speakers or not holding(cue):
                continue
            if cue[:1].isupper() and cue.lower() != "according to":
                continue
            short = len(a.content(self.article.text).split()) <= CLAIM_MAX_WORDS
            if short and self._named_with(a, speakers[a.speaker_id]):
                out.append(a)
        return out

    def _named_with(self, a: Attribution, speaker: Speaker) -> bool:
        """Statement `a` lies in one sentence of the article, which names its speaker outside the statement."""
        text = self.article.text
        for x in self.article.sentences:
            if x.start <= a.content_start and a.content_end <= x.end:
                around = text[x.start : a.content_start] + " " + text[a.content_end : x.end]
                if a.gap is not None:
                    around += " " + text[a.gap[0] : a.gap[1]]
                return bool(mentions(around, speaker, ignore_case=True))
        return False

    @cached_property
    def _narrated_stems(self) -> list[set[str]]:
        """Content stems of each article sentence outside every quote and statement: what the article says in its
        own voice."""
        text = list(self.article.text)
        for a in self.table.attributions:
            text[a.content_start : a.content_end] = " " * (a.content_end - a.content_start)
        for q in self.table.quotes:
            text[q.start : q.end] = " " * (q.end - q.start)
        blank = "".join(text)
        return [content_stems(blank[x.start : x.end]) for x in self.article.sentences]

    @cached_property
    def _said_stems(self) -> dict[str, set[str]]:
        """Content stems of each quote and statement, worked out once for every sentence checked."""
        return {a.id: content_stems(a.content(self.article.text)) for a in self.table.attributions}

    @cached_property
    def _sentence_stems(self) -> list[set[str]]:
        return [content_stems(x.text) for x in self.article.sentences]

    def warm(self) -> None:
        """Embed the article's sentences ahead of the first check: a streamed briefing then checks its first
        sentence at once instead of embedding the article while the model is writing."""
        self.checker.warm(self.texts)

    def sentences_of(self, ids: list[str]) -> list[int]:
        out: set[int] = set()
        for i in ids:
            m = _SENTENCE.match(i)
            if m and 0 < int(m.group(1)) <= len(self.texts):
                out.add(int(m.group(1)) - 1)
            elif i in self._spans:
                start, end = self._spans[i]
                out.update(k for k, s in enumerate(self.article.sentences) if s.start < end and start < s.end)
        return sorted(out)

    def material(self, speaker: Speaker) -> list[str]:
        return speaker.quote_ids + speaker.statement_ids

    def words(self, ids: list[str]) -> list[str]:
        """The source text of each quote or statement id, in order (ids that name neither are skipped)."""
        return [self.article.text[slice(*self._spans[i])] for i in ids if i in self._spans]

    def summary(self, texts: list[str], ids: list[list[str]]) -> list[Grounded]:
        """Each sentence against what it cites; one its citations do not hold is tried against the whole
        article, and if the checker finds it there, its support moves to those sentences. An item of two
        sentences is supported when each of them is ("A lost 6-3, 6-1. She won nine of the last 11 games."
        rests on two sentences of the article that need not stand together)."""
        pieces = [
            (k, x)
            for k, text in enumerate(texts)
            for x in ([y.strip() for y in sentences(text) if y.strip()] or [text])
        ]
        flat_ids = [ids[k] for k, _ in pieces]
        cited = [self.sentences_of(x) or None for x in flat_ids]
        flat_texts = [x for _, x in pieces]
        verdicts = self.checker.check(flat_texts, self.texts, cited)
        flat = [Grounded(x, c or [], v, []) for x, c, v in zip(flat_ids, cited, verdicts, strict=True)]
        flat = self._recite(flat, flat_texts, [None] * len(flat_texts))
        return [
            _joined(ids[k], [g for (j, _), g in zip(pieces, flat, strict=True) if j == k]) for k in range(len(texts))
        ]

    def _recite(self, grounded: list[Grounded], texts: list[str], pools: list[list[int] | None]) -> list[Grounded]:
        retry = [k for k, g in enumerate(grounded) if g.ids and not g.foreign and not g.verdict.supported]
        if not retry:
            return grounded
        again = self.checker.check([texts[k] for k in retry], self.texts, [pools[k] for k in retry])
        for k, v in zip(retry, again, strict=True):
            if v.supported:
                grounded[k] = Grounded([f"S{i + 1}" for i in v.evidence], list(v.evidence), v, [], recited=True)
        return grounded

    def positions(self, items: list[tuple[Speaker, str, list[str]]]) -> list[Grounded]:
        """(speaker, position, cited ids) each: checked against the speaker's own material only. One that the
        material it cites does not hold is tried against all of that speaker's material (the model cited the
        wrong one of their quotes and statements), never anyone else's."""
        cited, foreign, pools = [], [], []
        for speaker, _, ids in items:
            own = set(self.material(speaker))
            foreign.append([i for i in ids if i not in own])
            mine = [i for i in ids if i in own] or self.material(speaker)
            cited.append(self.sentences_of(mine))
            pools.append(self.sentences_of(self.material(speaker)))
        texts = [_without_role(p, speaker) for speaker, p, _ in items]
        verdicts = self.checker.check(texts, self.texts, cited)
        grounded = [
            Grounded(ids, c, v, f) for (_, _, ids), c, v, f in zip(items, cited, verdicts, foreign, strict=True)
        ]
        return self._recite(grounded, texts, pools)
