"""Is a sentence supported by the text it cites? One checker for the briefing and for the evals.

No entailment model with weights ships on the package registry, so the check is built from signals that can
each be read and measured: which of the claim's words the best-aligned evidence does not contain (a
longest-common-subsequence alignment against one or two evidence sentences), how many of its word pairs
the evidence never has, content words found nowhere in the evidence, and the embedding similarity to the closest
evidence sentence. A logistic combination of the four, fitted on human labels by `summarizer eval calibrate
--fit`, gives a score; above the threshold the claim is unsupported. Numbers the evidence lacks always make
a claim unsupported. The fitted parameters live in `data/support.json` with the figures they reached.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

PARAMS = Path(__file__).parent / "data" / "support.json"
FEATURES = ("unaligned", "novel_pairs", "novel_words", "similarity")
CANDIDATES = 5  # evidence sentences aligned in full, picked by shared content words

_WORD = re.compile(r"[^\W_]+(?:[.,]\d+)*")
_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)
# Reporting and stance verbs: "X said", "X holds that" frame what follows (compared by stem).
_REPORTING_VERBS = "say tell add argue state warn believe hold insist explain suggest announce report"
NEGATION = frozenset({"not", "no", "never", "nor", "none", "nobody", "nothing", "neither", "without"})
STOP = frozenset(
    """a an the of to in on at for from by with and or but as is are was were be been being has have had do does
    did this that these those it its he she they them his her their him we our you your i me my who whom which
    what when where why how not no nor so than then there here also just only very more most will would can
    could should may might must shall s t said says say told according after before over under about into out
    up down off again further once all any both each few other some such own same too while during because if
    until against between through above below""".split()
)


_NUMBERS = {
    w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}


def words(text: str) -> list[str]:
    """Lower-cased words and numbers; "didn't" gives "did" and "not", "three" gives "3"."""
    out = [w.lower() for w in _WORD.findall(_NOT.sub(" not", text))]
    return [_NUMBERS.get(w, w) for w in out]


# Irregular verb forms, so "took" meets "take" and "said" meets "say" without a lemmatiser.
_IRREGULAR = {
    form: base
    for base, forms in {
        "say": "said says",
        "tell": "told",
        "take": "took taken",
        "go": "went gone",
        "come": "came",
        "make": "made",
        "give": "gave given",
        "find": "found",
        "think": "thought",
        "bring": "brought",
        "begin": "began begun",
        "leave": "left",
        "hold": "held",
        "keep": "kept",
        "feel": "felt",
        "lead": "led",
        "meet": "met",
        "pay": "paid",
        "send": "sent",
        "spend": "spent",
        "stand": "stood",
        "win": "won",
        "write": "wrote written",
        "become": "became",
        "see": "saw seen",
        "know": "knew known",
        "grow": "grew grown",
        "fall": "fell fallen",
        "rise": "rose risen",
        "choose": "chose chosen",
        "speak": "spoke spoken",
        "break": "broke broken",
        "drive": "drove driven",
        "get": "got gotten",
        "run": "ran",
        "sell": "sold",
        "build": "built",
        "catch": "caught",
        "fight": "fought",
        "teach": "taught",
        "seek": "sought",
        "buy": "bought",
        "lose": "lost",
        "shoot": "shot",
        "strike": "struck",
        "throw": "threw thrown",
        "fly": "flew flown",
        "hide": "hid hidden",
        "shake": "shook shaken",
        "steal": "stole stolen",
        "swear": "swore sworn",
        "wear": "wore worn",
        "forget": "forgot forgotten",
        "freeze": "froze frozen",
        "bear": "bore borne",
        "draw": "drew drawn",
        "eat": "ate eaten",
        "hear": "heard",
        "mean": "meant",
        "sleep": "slept",
        "understand": "understood",
        "withdraw": "withdrew withdrawn",
        "overtake": "overtook overtaken",
    }.items()
    for form in forms.split()
}
_BRITISH = re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations|er|ers)$")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix strip, so "rises", "rising", "rose" and "rise" meet without a lemmatiser: irregular
    forms go to their base, "-ise" spellings to "-ize", then one suffix and a final "e" are taken off."""
    word = _BRITISH.sub(r"iz\1", _IRREGULAR.get(word, word))
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix, shortest in (("ing", 6), ("ed", 5), ("es", 6), ("s", 5), ("ly", 6)):
        if len(word) >= shortest and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


REPORTING = frozenset(stem(w) for w in _REPORTING_VERBS.split())
_STOP_STEMS = frozenset(stem(w) for w in STOP) | STOP


def _is_number(word: str) -> bool:
    return word[0].isdigit()


@dataclass(frozen=True)
class Params:
    """A fitted logistic model over `FEATURES` (standardised) and the threshold on its probability."""

    weights: dict[str, float]
    mean: dict[str, float]
    scale: dict[str, float]
    bias: float
    threshold: float
    fitted_on: str = ""
    figures: dict[str, float] = field(default_factory=dict)

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights[f] * (features[f] - self.mean[f]) / (self.scale[f] or 1.0) for f in FEATURES)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2) + "\n"


@cache
def shipped() -> Params:
    return Params(**json.loads(PARAMS.read_text(encoding="utf-8")))


@cache
def default_checker(threads: int | None = None) -> Checker:
    """The shipped checker, on the bundled all-MiniLM-L6-v2: the model its weights were fitted with; one per
    process, so the vectors it remembers serve every briefing and eval case."""
    from summarizer.embeddings import OnnxMiniLM

    return Checker(OnnxMiniLM(threads=threads))


@dataclass(frozen=True)
class Verdict:
    """The check of one claim: `evidence` are the indices of the evidence it aligned with."""

    supported: bool
    score: float  # probability that the claim is not supported
    evidence: tuple[int, ...]
    missing: tuple[str, ...]  # the claim's content words that no cited evidence has
    reason: str
    features: dict[str, float]
    ruled_out: bool = False  # a number or a negation the evidence lacks: unsupported whatever the score


@dataclass
class _Evidence:
    texts: list[str]
    tokens: list[list[str]] = field(init=False)
    stems: list[list[str]] = field(init=False)
    content: list[set[str]] = field(init=False)
    vectors: Any = None  # numpy array, one row per text, once embedded

    def __post_init__(self) -> None:
        self.tokens = [words(t) for t in self.texts]
        self.stems = [[stem(w) for w in t] for t in self.tokens]
        self.content = [{w for w in t if _keep(w)} for t in self.stems]


class Checker:
    """Checks claims against evidence sentences; `embed` gives the similarity signal (None: left at 0)."""

    MEMO = 8192  # texts whose vectors are kept: a streamed briefing checks the same article sentences often

    def __init__(self, embed: Embeddings | None, params: Params | None = None) -> None:
        self.embed = embed
        self._params = params
        self._memo: dict[str, list[float]] = {}

    def _vectors(self, texts: list[str]) -> list[list[float]]:
        """Embeddings of `texts`, each text embedded once per checker (safe across threads)."""
        assert self.embed is not None
        known = {t: self._memo.get(t) for t in texts}
        new = [t for t, v in known.items() if v is None]
        if new:
            vectors = self.embed.embed_documents(new)
            known.update(zip(new, vectors, strict=True))
            if len(self._memo) + len(new) > self.MEMO:
                self._memo = {}
            self._memo.update(zip(new, vectors, strict=True))
        return [known[t] for t in texts]  # type: ignore[misc]

    def warm(self, texts: Sequence[str]) -> None:
        """Embed `texts` now and remember their vectors, so later checks against them do not wait for it."""
        if self.embed is not None and texts:
            self._vectors(list(texts))

    @property
    def params(self) -> Params:
        return self._params or shipped()

    def check(
        self, claims: Sequence[str], evidence: Sequence[str], cited: Sequence[Sequence[int] | None] | None = None
    ) -> list[Verdict]:
        """One verdict per claim. `cited[i]` lists the evidence claim i cites; None lets it align with any."""
        return [self.verdict(f) for f in self.features(claims, evidence, cited)]

    def verdict(self, f: _Features) -> Verdict:
        score = self.params.probability(f.values)
        numbers = [w for w in f.missing if _is_number(w)]
        supported = score < self.params.threshold and not f.ruled_out
        if numbers:
            reason = f"the cited text does not have {', '.join(numbers)}"
        elif f.swapped is not None:
            reason = f"the cited text says {f.swapped[1]}, not {f.swapped[0]}"
        elif f.flipped and f.denied:
            reason = "the claim says what the cited text denies"
        elif f.flipped and f.withheld:
            reason = "the claim says what the cited text stops short of saying"
        elif f.flipped:
            reason = "the claim says 'not', 'no' or 'never' where the cited text does not"
        elif not supported and f.missing:
            reason = f"the cited text does not have: {', '.join(f.missing[:6])}"
        elif not supported:
            reason = f"the cited text says something else (similarity {f.values['similarity']:.2f})"
        else:
            reason = "supported"
        return Verdict(supported, round(score, 4), f.evidence, tuple(f.missing), reason, f.values, f.ruled_out)

    def features(
        self, claims: Sequence[str], evidence: Sequence[str], cited: Sequence[Sequence[int] | None] | None = None
    ) -> list[_Features]:
        ev = _Evidence(list(evidence))
        claim_vectors: list[list[float]] = [[] for _ in claims]
        if self.embed is not None and claims and evidence:
            import numpy as np

            vectors = self._vectors(list(claims) + ev.texts)
            claim_vectors, ev.vectors = vectors[: len(claims)], np.asarray(vectors[len(claims) :], dtype=np.float64)
        out = []
        for i, claim in enumerate(claims):
            allowed = cited[i] if cited is not None and cited[i] is not None else None
            out.append(_features(claim, claim_vectors[i], ev, allowed))
        return out


@dataclass(frozen=True)
class _Features:
    values: dict[str, float]
    evidence: tuple[int, ...]
    missing: list[str]  # content words of the claim that no evidence in its pool has
    flipped: bool  # the claim is negated where its evidence is not, or states what that denies or withholds
    denied: bool = False  # the second of those
    withheld: bool = False  # the claim states what its evidence stops short of saying
    swapped: tuple[str, str] | None = None  # (the claim's initialism, the evidence's): "U.S." where it says "U.N."

    @property
    def ruled_out(self) -> bool:
        """Unsupported whatever the score: a number the evidence lacks, a negation or denial turned round, or one
        initialism put for another."""
        return any(_is_number(w) for w in self.missing) or self.flipped or self.swapped is not None


def content_stems(text: str) -> set[str]:
    """The stems of a text's content words: what two texts must share to say the same thing."""
    return {w for w in (stem(t) for t in words(text)) if _keep(w)}


def _keep(word: str) -> bool:
    return word not in _STOP_STEMS and (len(word) > 1 or _is_number(word))


def _frame(tokens: Sequence[str]) -> int:
    """Length of a leading "X said (that)" frame: news puts the speaker either side of the words, so the frame
    is looked up in the evidence, not aligned in order, and its verb need not be the evidence's own."""
    k = next((k for k, w in enumerate(tokens[:8]) if w in REPORTING), None)
    if k is None:
        return 0
    return k + 2 if k + 1 < len(tokens) and tokens[k + 1] == "that" else k + 1


def _negated(tokens: Sequence[str]) -> bool:
    return any(w in NEGATION for w in tokens)


# "dismissed as 'complete nonsense' claims that the station was dumbing down": the words a denial denies, up to
# the end of their clause
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))\b[^.;:]{0,60}?"
    r"\b(?:claims?|reports?|allegations?|suggestions?|that)\b([^.;:,!?]*)",
    re.IGNORECASE,
)
# "stopped short of calling Shelby's actions racially motivated", "declined to call it a crisis": the words held back
_WITHHELD = re.compile(
    r"\b(?:stop(?:s|ped|ping)?\s+short\s+of|(?:declin|refus)(?:e|es|ed|ing)\s+to)\b([^.;:,!?]*)", re.IGNORECASE
)
_DENIAL_WORDS = frozenset(stem(w) for w in "deny denied dismiss dismissed reject rejected refute refuted".split())
_CLAUSE_END = re.compile(r"\s(?:and|but)\s+(?:\w+\s+)?(?:said|says|added|insisted)\b.*", re.IGNORECASE)


def _denied(evidence: str, pattern: re.Pattern[str] = _DENIAL) -> list[set[str]]:
    """The content of each clause the evidence denies (to a capitalised "With" or "The" that opens a sentence the
    page glued on without its full stop); with `_WITHHELD`, of each it stops short of saying."""
    out = []
    for m in pattern.finditer(evidence):
        clause = _CLAUSE_END.sub("", m.group(1))
        glued = next((g for g in _CAPITAL.finditer(clause) if g.group(1).lower() in STOP), None)
        out.append(content_stems(clause[: glued.start()] if glued is not None else clause))
    return out


def _states(claim_content: set[str], clause: set[str]) -> bool:
    """Whether the claim says the clause's content: three quarters of its content words, two at least."""
    return len(clause) >= 2 and len(claim_content & clause) >= 0.75 * len(clause)


_CAPITAL = re.compile(r"(?<=\S)\s+([A-Z][a-z]*)\b")


def _features(claim: str, vector: list[float], ev: _Evidence, cited: Sequence[int] | None) -> _Features:
    raw = words(claim)
    tokens = [stem(w) for w in raw]
    claim_content = {w for w in tokens if _keep(w)}
    pool = sorted({i for i in cited if 0 <= i < len(ev.texts)}) if cited is not None else range(len(ev.texts))
    if not pool:
        values = {"unaligned": 1.0, "novel_pairs": 1.0, "novel_words": float(len(tokens)), "similarity": 0.0}
        return _Features(values, (), [w for w in raw if _keep(w)], False)
    windows: list[tuple[int, ...]]
    if cited is not None:
        windows = [(i,) for i in pool] + ([tuple(pool)] if len(pool) > 1 else [])
    else:
        best = sorted(pool, key=lambda i: -len(ev.content[i] & claim_content))[:CANDIDATES]
        windows = [(i,) for i in best] + [(i, i + 1) for i in best if i + 1 < len(ev.texts)]
    aligned: tuple[int, ...] = ()
    matched: set[int] = set()
    best_share = -1.0
    frame = _frame(tokens)
    for window in windows:
        target = [w for i in window for w in ev.stems[i]]
        blocks = SequenceMatcher(None, tokens[frame:], target, autojunk=False).get_matching_blocks()
        hits = {frame + b.a + k for b in blocks for k in range(b.size)}
        hits |= {k for k in range(frame) if tokens[k] in target or tokens[k] in REPORTING}
        share = len(hits) / max(1, len(tokens)) - 0.02 * (len(window) - 1)  # one sentence wins a tie
        if share > best_share:
            best_share, aligned, matched = share, window, hits
    unaligned = [k for k, w in enumerate(tokens) if k not in matched and _keep(w)]
    text_words = {w for i in pool for w in ev.stems[i]}
    pairs = {p for i in pool for p in pairwise(ev.stems[i])}
    claim_pairs = list(pairwise(tokens))
    similarity = 0.0
    if vector and ev.vectors is not None:
        similarity = float(max(ev.vectors[list(pool)] @ vector))
    values = {
        "unaligned": len(unaligned) / max(1, len(claim_content)),
        "novel_pairs": sum(p not in pairs for p in claim_pairs) / max(1, len(claim_pairs)),
        "novel_words": float(sum(w not in text_words for w in claim_content)),
        "similarity": similarity,
    }
    absent = list(dict.fromkeys(raw[k] for k in unaligned if tokens[k] not in text_words))
    # Only this direction: an evidence window often holds a negation the claim did not take from it.
    flipped = _negated(raw) and not any(_negated(ev.tokens[i]) for i in aligned)
    # or the claim states, with no denial of its own, what its evidence denies ("Wright said the station was dumbing
    # down" from "Wright dismissed as nonsense claims that the station was dumbing down")
    if not flipped and not _negated(raw) and not claim_content & _DENIAL_WORDS:
        for i in aligned:
            if any(_states(claim_content, clause) for clause in _denied(ev.texts[i])):
                return _Features(values, aligned, absent, True, denied=True)
            # (or what it stops short of saying: "Trump called the actions racially motivated" from "Trump stopped
            # short of calling the actions racially motivated")
            withheld = _denied(ev.texts[i], _WITHHELD) if not _WITHHELD.search(claim) else []
            if any(_states(claim_content, clause) for clause in withheld):
                return _Features(values, aligned, absent, True, withheld=True)
    # what the claim cites, or else the sentences it aligns with (the article's other initialisms are beside the point)
    near = [ev.texts[i] for i in (pool if cited is not None else aligned)]
    return _Features(values, aligned, absent, flipped, swapped=_swapped(claim, near))


# "U.S.", "U.N.", "EU", "NATO": capitals with full stops, or two to five capitals standing alone
_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}|\b[A-Z]{2,5}\b")


def _initialisms(text: str) -> dict[str, tuple[str, set[tuple[str, str]]]]:
    """For each initialism in `text`, by its letters ("US" for "U.S."): how it is first written, and the content
    words just before and after it, as ("before", stem) and ("after", stem)."""
    out: dict[str, tuple[str, set[tuple[str, str]]]] = {}
    for m in _INITIALISM.finditer(text):
        before = [w for w in (stem(w) for w in words(text[: m.start()])) if _keep(w)][-1:]
        after = [w for w in (stem(w) for w in words(text[m.end() :])) if _keep(w)][:1]
        _, near = out.setdefault(m.group().replace(".", ""), (m.group(), set()))
        near.update([("before", w) for w in before] + [("after", w) for w in after])
    return out


def _swapped(claim: str, pool: list[str]) -> tuple[str, str] | None:
    """An initialism of the claim that no cited text has, standing where a cited text has another that the claim
    lacks, next to the same word: "at U.S. climate talks" from "at U.N. climate talks"."""
    own = _initialisms(claim)
    if not own:
        return None
    theirs = [_initialisms(text) for text in pool]
    cited = {letters for found in theirs for letters in found}
    for letters, (written, context) in own.items():
        if letters in cited:
            continue
        for found in theirs:
            for other, (other_written, near) in found.items():
                if other not in own and context & near:
                    return written, other_written
    return None
