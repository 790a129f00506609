"""Checks on a briefing: each a small class that returns pass/fail, a score in [0, 1] and a reason.

They read what users see (the `Briefing`) against the source and its reference quotes (gold quotes where the
suite has them, else the quote extractor), independently of the pipeline's own verification, so a prompt or
pipeline change that slips past the design is caught here. All are deterministic; `faithfulness` uses the
local embedding model (fixed weights, so the same input gives the same score). None needs a chat model, except
the two judge checks (`JUDGE_CHECKS`), which run only when a judge model is named (`eval run --judge MODEL`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, get_args

from summarizer.article import Article
from summarizer.briefing import LENGTHS, Briefing, IssueKind
from summarizer.neutrality import check as loaded_words
from summarizer.quotes import QuoteTable
from summarizer.verify import normalise

_QUOTED = re.compile(r"“([^“”]+)”|\"([^\"]+)\"|«\s?([^«»]+?)\s?»")
_DASHES = str.maketrans({"—": "-", "–": "-"})


@dataclass(frozen=True)
class GoldQuote:
    text: str
    start: int
    end: int
    speaker: str | None


@dataclass
class Subject:
    """What a check looks at: the briefing, the source, and the reference quotes and speakers."""

    briefing: Briefing
    source: str
    gold: list[GoldQuote]
    speakers: list[str]  # speakers with at least one direct quote in the source
    facts: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    max_words: int | None = None
    prompts_dir: Path | None = None
    embed: object = None  # Embeddings for faithfulness
    article: Article | None = None  # the parsed source: its sentences are the evidence of claim checks
    table: QuoteTable | None = None  # the extractor's quotes and statements: each speaker's own material
    reference: str | None = None  # a reference summary (CNN/DM highlights, BBC summaries) where the case has one
    judge: object = None  # a summarizer.evals.judge.Judge, for the judge checks


@dataclass
class Result:
    check: str
    passed: bool
    score: float
    reason: str
    details: list[str] = field(default_factory=list)
    # For a detail that starts with a field ("summary[2]: ..."): the source spans it was checked against.
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def prose(b: Briefing) -> list[tuple[str, str]]:
    """(field, text) for every piece of text a reader sees, quotes included."""
    out = [("headline", b.headline)] + [(f"summary[{i}]", s) for i, s in enumerate(b.summary)]
    for s in b.speakers:
        if s.position:
            out.append((f"positions[{s.speaker_id}]", s.position))
        out += [(f"positions[{s.speaker_id}].quotes", f"“{q.text}”") for q in s.quotes]
    for i, c in enumerate(b.contested):
        out.append((f"contested[{i}].topic", c.topic))
        out += [(f"contested[{i}].claims[{j}]", cl.claim) for j, cl in enumerate(c.claims)]
    return out


def _norm(text: str) -> str:
    return normalise(text.translate(_DASHES))[0].strip(" .,;:!?'\"")


def same_person(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    ta = set(re.findall(r"[a-z0-9]+", a.lower())) - {"the", "of", "mr", "mrs", "ms", "dr"}
    tb = set(re.findall(r"[a-z0-9]+", b.lower())) - {"the", "of", "mr", "mrs", "ms", "dr"}
    return bool(ta and tb) and (ta <= tb or tb <= ta or a.split()[-1].lower() == b.split()[-1].lower())


def _tally(
    name: str, total: int, bad: list[str], what: str, lead: str = "", joined: bool = False, ndigits: int | None = None
) -> Result:
    """Pass when none of `total` items is bad; the score is the share that is not."""
    score = 1 - len(bad) / total if total else 1.0
    shown = ", ".join(bad) if joined else (bad[0] if bad else "")
    reason = f"{total - len(bad)}/{total} {what}" + (f"; {lead}{shown}" if bad else "")
    return Result(name, not bad, round(score, ndigits) if ndigits is not None else score, reason, bad)


def _count(name: str, problems: list[str], clean: str, what: str) -> Result:
    """Pass when there are no problems; the score falls as 1 / (1 + count)."""
    reason = clean if not problems else f"{len(problems)} {what}: {problems[0]}"
    return Result(name, not problems, 1 / (1 + len(problems)), reason, problems)


class Check:
    name: ClassVar[str]
    description: ClassVar[str]
    needs_model: ClassVar[bool] = False

    def run(self, s: Subject) -> Result:
        raise NotImplementedError


class QuoteFidelity(Check):
    name = "quote_fidelity"
    description = "every span in quotation marks is verbatim in the source (quote marks, dashes, spaces normalised)"

    def run(self, s: Subject) -> Result:
        source = _norm(s.source)
        spans = [
            (where, next(g for g in m.groups() if g))
            for where, text in prose(s.briefing)
            for m in _QUOTED.finditer(text)
        ]
        bad = [f"{where}: “{span}”" for where, span in spans if _norm(span) not in source]
        return _tally(self.name, len(spans), bad, "quoted spans verbatim", "not in source: ")


class Attribution(Check):
    name = "attribution"
    description = "every quote shown under a speaker is credited to the speaker the source credits"

    def run(self, s: Subject) -> Result:
        shown = [(sp.name, q) for sp in s.briefing.speakers for q in sp.quotes]
        wrong = []
        for name, q in shown:
            owner = next((g.speaker for g in s.gold if g.start - 2 <= q.start and q.end <= g.end + 2), None)
            if owner is None:
                owner = next((g.speaker for g in s.gold if max(g.start, q.start) < min(g.end, q.end)), None)
            if owner is not None and not same_person(owner, name):
                wrong.append(f"{q.id} “{q.text[:60]}” shown under {name}; the source credits {owner}")
        return _tally(self.name, len(shown), wrong, "quotes rightly credited")


class SpeakerCoverage(Check):
    name = "speaker_coverage"
    description = "every speaker with a direct quote in the source appears in the positions"

    def run(self, s: Subject) -> Result:
        shown = [sp.name for sp in s.briefing.speakers]
        missing = [name for name in s.speakers if not any(same_person(name, x) for x in shown)]
        return _tally(self.name, len(s.speakers), missing, "speakers shown", "missing: ", joined=True)


class Neutrality(Check):
    name = "neutrality"
    description = "no loaded words outside quotes; contested points give each side an attributed claim"

    def run(self, s: Subject) -> Result:
        assert s.prompts_dir is not None
        found = []
        for where, text in prose(s.briefing):
            if not where.endswith(".quotes"):
                found += [f"{i.field}: {i.text}" for i in loaded_words(text, where, s.prompts_dir)]
        one_sided = [c.topic for c in s.briefing.contested if len({cl.speaker_id for cl in c.claims}) < 2]
        problems = found + [f"contested point with one side: {t}" for t in one_sided]
        return _count(self.name, problems, "no loaded words", "problem(s)")


class Balance(Check):
    name = "balance"
    description = "each speaker's share of the summary is close to their share of the source's quotes"
    threshold: ClassVar[float] = 0.5

    def run(self, s: Subject) -> Result:
        quoted: dict[str, int] = {}
        for g in s.gold:
            if g.speaker:
                quoted[g.speaker] = quoted.get(g.speaker, 0) + 1
        if len(quoted) < 2:
            return Result(self.name, True, 1.0, "fewer than two quoted speakers: nothing to balance")
        text = " ".join([s.briefing.headline, *s.briefing.summary])
        named = {name: len(re.findall(rf"\b{re.escape(name.split()[-1])}\b", text)) for name in quoted}
        total_q, total_n = sum(quoted.values()), sum(named.values())
        if total_n == 0:
            return Result(self.name, True, 1.0, "the summary names no speaker")
        distance = 0.5 * sum(abs(quoted[n] / total_q - named[n] / total_n) for n in quoted)
        score = 1 - distance
        detail = [f"{n}: {quoted[n] / total_q:.0%} of quotes, {named[n] / total_n:.0%} of mentions" for n in quoted]
        return Result(self.name, score >= self.threshold, round(score, 3), f"share distance {distance:.2f}", detail)


class Faithfulness(Check):
    name = "faithfulness"
    description = "each summary sentence is close (embedding cosine) to some source sentence"
    threshold: ClassVar[float] = 0.55

    def run(self, s: Subject) -> Result:
        bullets = [b for b in s.briefing.summary if b.strip()]
        if not bullets or s.embed is None:
            return Result(self.name, bool(bullets), 1.0 if bullets else 0.0, "no summary" if not bullets else "skipped")
        from summarizer.article import parse

        sentences = [x.text for x in parse(s.source).sentences if len(x.text) > 20]
        vecs = s.embed.embed_documents(bullets + sentences)
        bv, sv = vecs[: len(bullets)], vecs[len(bullets) :]
        best = [max(sum(a * b for a, b in zip(v, w, strict=True)) for w in sv) for v in bv]
        weak = [
            f"summary[{i}] (best cosine {c:.2f}): {bullets[i][:80]}" for i, c in enumerate(best) if c < self.threshold
        ]
        return _tally(self.name, len(best), weak, "summary sentences supported", ndigits=3)


def _article(s: Subject) -> Article:
    from summarizer.article import parse

    return s.article or parse(s.source)


def _unsupported(where: str, claim: str, verdict, evidence: list[str]) -> str:
    against = "; ".join(f"S{i + 1}: {evidence[i][:100]}" for i in verdict.evidence) or "nothing"
    return f"{where}: {claim[:80]} ({verdict.reason}; checked against {against})"


def _grounder(s: Subject):
    """The briefing's own grounding (`summarizer.grounding`), on the case's article and quote table."""
    from summarizer.grounding import Grounder
    from summarizer.quotes import extract
    from summarizer.support import default_checker

    art = _article(s)
    return Grounder(art, s.table or extract(art), default_checker())


def _grounded_summary(s: Subject):
    """(summary sentences, grounder, each sentence grounded on what it cites), or None without a summary."""
    bullets = [b for b in s.briefing.summary if b.strip()]
    if not bullets:
        return None
    g = _grounder(s)
    ids = {x.field: x.ids for x in s.briefing.support}
    return bullets, g, g.summary(bullets, [ids.get(f"summary[{i}]", []) for i in range(len(bullets))])


def _own(g, sp):
    """The quote table's speaker a briefing speaker is: by id and name, else by name."""
    own = next((t for t in g.table.speakers if t.id == sp.speaker_id and same_person(t.name, sp.name)), None)
    return own or next((t for t in g.table.speakers if same_person(t.name, sp.name)), None)


class ClaimSupport(Check):
    name = "claim_support"
    description = "every summary sentence is supported by the sentences it cites (else its best-matching ones)"

    def run(self, s: Subject) -> Result:
        found = _grounded_summary(s)
        if found is None:
            return Result(self.name, False, 0.0, "no summary")
        bullets, g, grounded = found
        evidence = [x.text for x in g.article.sentences]
        failed = [(f"summary[{i}]", b, r) for i, (b, r) in enumerate(zip(bullets, grounded, strict=True))]
        failed = [(where, b, r) for where, b, r in failed if not r.verdict.supported]
        bad = [_unsupported(where, b, r.verdict, evidence) for where, b, r in failed]
        result = _tally(self.name, len(bullets), bad, "summary sentences supported", ndigits=3)
        result.evidence = {where: r.spans(g.article) for where, _, r in failed}
        return result


class PositionSupport(Check):
    name = "position_support"
    description = "every position is supported by that speaker's own quotes and statements, not someone else's"

    def run(self, s: Subject) -> Result:
        positions = [sp for sp in s.briefing.speakers if sp.position and sp.position.strip()]
        if not positions:
            return Result(self.name, True, 1.0, "no positions shown")
        g = _grounder(s)
        ids = {x.field: x.ids for x in s.briefing.support}
        evidence = [x.text for x in g.article.sentences]
        bad, items = [], []
        for sp in positions:
            own = _own(g, sp)
            if own is None or not g.material(own):
                bad.append(f"positions[{sp.speaker_id}]: the source has no quote or statement of {sp.name}")
            else:
                items.append((sp, own))
        grounded = g.positions(
            [(own, sp.position or "", ids.get(f"positions[{sp.speaker_id}]", [])) for sp, own in items]
        )
        failed = []
        for (sp, _), r in zip(items, grounded, strict=True):
            where = f"positions[{sp.speaker_id}]"
            if r.foreign:
                bad.append(f"{where} ({sp.name}): cites {', '.join(r.foreign)}, which are not {sp.name}'s words")
            elif not r.verdict.supported:
                bad.append(_unsupported(f"{where} ({sp.name})", sp.position or "", r.verdict, evidence))
            else:
                continue
            failed.append((where, r))
        result = _tally(self.name, len(positions), bad, "positions supported by the speaker's own words", ndigits=3)
        result.evidence = {where: r.spans(g.article) for where, r in failed}
        return result


def _judged(name: str, items: list[tuple[str, str]], verdicts: list, article: Article) -> Result:
    """A judge check's result from (where, sentence) items and the judge's verdict on each; a failing item
    links to the sentences the judge pointed to."""
    bad, evidence = [], {}
    unanswered = [v.error for v in verdicts if v.supported is None]
    for (where, text), v in zip(items, verdicts, strict=True):
        if v.supported:
            continue
        if v.supported is None:
            bad.append(f"{where}: {text[:80]} (the judge gave no verdict: {v.error})")
            continue
        pointed = "; ".join(f"S{i + 1}: {article.sentences[i].text[:100]}" for i in v.evidence) or "no sentence"
        bad.append(f"{where}: {text[:80]} (the judge found it unsupported; it pointed to {pointed})")
        evidence[where] = [(article.sentences[i].start, article.sentences[i].end) for i in v.evidence]
    result = _tally(name, len(items), bad, "sentences the judge found supported", ndigits=3)
    if unanswered:
        result.reason += f"; no verdict on {len(unanswered)} (first: {unanswered[0][:120]})"
    result.evidence = evidence
    return result


class ClaimSupportJudge(Check):
    name = "claim_support_judge"
    description = "every summary sentence is supported by the article, as the judge model (--judge) reads it"

    def run(self, s: Subject) -> Result:
        found = _grounded_summary(s)
        if found is None:
            return Result(self.name, False, 0.0, "no summary")
        bullets, g, grounded = found
        verdicts = s.judge.claims(g.article, bullets, [r.evidence for r in grounded])
        return _judged(self.name, [(f"summary[{i}]", b) for i, b in enumerate(bullets)], verdicts, g.article)


class PositionSupportJudge(Check):
    name = "position_support_judge"
    description = "every position is supported by that speaker's own words, as the judge model (--judge) reads them"

    def run(self, s: Subject) -> Result:
        positions = [sp for sp in s.briefing.speakers if sp.position and sp.position.strip()]
        if not positions:
            return Result(self.name, True, 1.0, "no positions shown")
        g = _grounder(s)
        items, asked, shown = [], [], []
        for sp in positions:
            own = _own(g, sp)
            ids = g.material(own) if own else []
            items.append((own.name if own else sp.name, g.words(ids), sp.position))
            asked.append(g.sentences_of(ids))
            shown.append((f"positions[{sp.speaker_id}]", f"({sp.name}) {sp.position}"))
        return _judged(self.name, shown, s.judge.positions(g.article, items, asked), g.article)


class Readability(Check):
    name = "readability"
    description = "no fragments, no copies of the headline or standfirst, no duplicates, no run-on sentences"

    def run(self, s: Subject) -> Result:
        from summarizer.readability import problems

        bullets = [b for b in s.briefing.summary if b.strip()]
        found = [f"summary[{p.index}]: {p.kind}: {p.detail}" for p in problems(bullets, _article(s))]
        bad_rows = {f.split(":")[0] for f in found}
        score = 1 - len(bad_rows) / len(bullets) if bullets else 0.0
        reason = f"{len(bullets) - len(bad_rows)}/{len(bullets)} summary sentences readable"
        if found:
            reason += f"; {found[0]}"
        return Result(self.name, bool(bullets) and not found, round(score, 3), reason, found)


def lead(article: Article, n: int = 3) -> list[str]:
    """The first n sentences of the body: the lead-n baseline."""
    body = {p.index for p in article.paragraphs if p.kind == "body"}
    return [x.text for x in article.sentences if x.paragraph in body][:n]


def rouge(candidate: list[str], reference: str) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and summary-level ROUGE-L F1 (Google's rouge-score, Porter stemming); the reference
    has one sentence a line."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    scores = scorer.score(reference, "\n".join(candidate))
    return {
        "rouge1": scores["rouge1"].fmeasure,
        "rouge2": scores["rouge2"].fmeasure,
        "rougeL": scores["rougeLsum"].fmeasure,
    }


class ReferenceOverlap(Check):
    name = "reference_overlap"
    description = "ROUGE-1/2/L of the summary against the case's reference summary, beside lead-3 in the same run"

    def run(self, s: Subject) -> Result:
        if not s.reference:
            return Result(self.name, True, 1.0, "no reference summary for this case")
        bullets = [b for b in s.briefing.summary if b.strip()]
        ours = rouge(bullets, s.reference)
        base = rouge(lead(_article(s)), s.reference)
        shown = " / ".join(f"{ours[k]:.3f}" for k in ours)
        anchor = " / ".join(f"{base[k]:.3f}" for k in base)
        passed = ours["rougeL"] >= base["rougeL"]
        reason = f"ROUGE-1/2/L {shown}; lead-3 {anchor}" + ("" if passed else ": below the lead-3 baseline")
        details = [f"{k}: {ours[k]:.3f} (lead-3 {base[k]:.3f})" for k in ours]
        return Result(self.name, passed, round(ours["rougeL"], 3), reason, details)


class Format(Check):
    name = "format"
    description = "headline, bullet count for the length, word limit, required facts, forbidden phrases"

    def run(self, s: Subject) -> Result:
        b = s.briefing
        problems = []
        if not b.headline.strip():
            problems.append("no headline")
        low, high = LENGTHS[b.length]
        if not low <= len(b.summary) <= high:
            problems.append(f"{len(b.summary)} bullets; {b.length} wants {low}-{high}")
        words = sum(len(t.split()) for _, t in prose(b))
        if s.max_words and words > s.max_words:
            problems.append(f"{words} words; the limit is {s.max_words}")
        text = " ".join(t for _, t in prose(b)).lower()
        problems += [f"does not mention {f!r}" for f in s.facts if f.lower() not in text]
        problems += [f"contains {f!r}" for f in s.forbidden if re.search(rf"\b{re.escape(f.lower())}\b", text)]
        checks = 2 + bool(s.max_words) + len(s.facts) + len(s.forbidden)
        return Result(
            self.name,
            not problems,
            1 - len(problems) / checks,
            "format ok" if not problems else "; ".join(problems),
            problems,
        )


class Discipline(Check):
    name = "discipline"
    description = (
        "the model needed no corrections: no invented, retyped or misattributed quotes, no stray names, no loaded"
        " words to replace, no sentences removed"
    )
    # Every correction the pipeline records, except a speaker the model left out (shown with quotes alone, or
    # with the article's report of what they said): the model's own mistakes there are counted as they are; and
    # a person named by surname alone, as the article may do, given their full name for the reader (style).
    counted: ClassVar[frozenset[str]] = frozenset(get_args(IssueKind)) - {
        "missing_position",
        "reported_position",
        "named_in_full",
    }

    def run(self, s: Subject) -> Result:
        issues = [
            f"{i.field}: {i.kind}: {i.text[:60]}" for i in s.briefing.verification.issues if i.kind in self.counted
        ]
        return _count(self.name, issues, "no corrections needed", "correction(s)")


class Cost(Check):
    name = "cost"
    description = "latency and tokens (recorded; passes unless the model was never called)"

    def run(self, s: Subject) -> Result:
        u = s.briefing.usage
        return Result(
            self.name,
            u.llm_calls > 0,
            1.0,
            f"{u.seconds:.1f} s, {u.llm_calls} call(s), {u.tokens_in} tokens in, {u.tokens_out} out",
        )


CHECKS: list[Check] = [
    QuoteFidelity(),
    Attribution(),
    SpeakerCoverage(),
    Neutrality(),
    Balance(),
    Faithfulness(),
    ClaimSupport(),
    PositionSupport(),
    Readability(),
    ReferenceOverlap(),
    Format(),
    Discipline(),
    Cost(),
]
# Run only with a judge model (`summarizer eval run --judge MODEL`).
JUDGE_CHECKS: list[Check] = [ClaimSupportJudge(), PositionSupportJudge()]


def checks_for(judge: object | None) -> list[Check]:
    return CHECKS + JUDGE_CHECKS if judge is not None else CHECKS


def reference_summary(path: Path | None) -> str | None:
    """The reference summary stored beside a case's gold quotes, one sentence a line, if any."""
    if path is None:
        return None
    doc = json.loads(path.read_text(encoding="utf-8"))
    return "\n".join(doc.get("reference_summary_sentences") or []) or doc.get("reference_summary") or None


def gold_quotes(path: Path | None, table: QuoteTable) -> list[GoldQuote]:
    """Reference quotes: the gold file's, or the extractor's table where there is no gold file or it holds no
    quotes (only a reference summary)."""
    doc = json.loads(path.read_text(encoding="utf-8")) if path is not None else {}
    if "quotes" in doc:
        return [GoldQuote(q["text"], q["start"], q["end"], q.get("speaker")) for q in doc.get("quotes", [])]
    named = {s.id: s.name for s in table.speakers}
    return [GoldQuote(q.text, q.start, q.end, named.get(q.speaker_id or "")) for q in table.quotes]
