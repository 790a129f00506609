"""Turn the model's draft into the briefing users see, checking everything it wrote on the way.

Speakers come from the quote table, not the model: every speaker with a quote is shown, with quotes whose
text is cut from the source by span. The model contributes prose (headline, bullets, positions, contested
claims); each piece is verified (`verify.check_text`), checked for a leaked system prompt, and repaired
(`repairs`: loaded words replaced, or the sentence removed). Summary sentences that are fragments, headline
copies or duplicates are removed; every summary sentence and position is then checked against what it cites
(`grounding`): a position that cites someone else's words, or a sentence with a number or a negation the
source lacks, is removed; one the checker does not find support for is shown marked "unsupported". A speaker
left without a position, or whose position is unsupported, gets the article's own report of what they said,
where one reads as a claim of its own (`reported`). Whatever was changed or flagged is recorded in the briefing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from summarizer import readability, repairs, reported
from summarizer.article import Article, ended
from summarizer.briefing import (
    HEADLINE_CHARS,
    Claim,
    ContestedPoint,
    Draft,
    DraftSentence,
    InlineQuote,
    Issue,
    SentenceSupport,
    ShownQuote,
    SpeakerPosition,
    Verification,
)
from summarizer.doers import other_doer
from summarizer.grounding import Grounded, Grounder
from summarizer.names import PARTICLES
from summarizer.neutrality import check as loaded_words
from summarizer.quotes import Quote, QuoteTable, Speaker
from summarizer.speakers import initials
from summarizer.support import Checker, words
from summarizer.verify import Source, check_text, leaks, mentions, ungrounded_terms

MAX_SHOWN = 3


@dataclass
class Composed:
    headline: str
    summary: list[str]
    speakers: list[SpeakerPosition]
    contested: list[ContestedPoint]
    verification: Verification
    neutrality: list[Issue] = field(default_factory=list)
    support: list[SentenceSupport] = field(default_factory=list)


class _Checker:
    def __init__(self, source: Source, system_prompt: str, prompts_dir: Path) -> None:
        self.source = source
        self.system_prompt = system_prompt
        self.prompts_dir = prompts_dir
        self.inline: list[InlineQuote] = []
        self.issues: list[Issue] = []
        self.neutrality: list[Issue] = []
        # a sentence whose loaded words were replaced, as the model wrote it: what its support is checked on, since
        # the plain word ("acknowledged") is the tool's wording, not a claim the article must hold
        self.as_written: dict[str, str] = {}

    def flag(self, kind: str, where: str, text: str, detail: str) -> None:
        self.issues.append(Issue(kind=kind, field=where, text=text, detail=detail))

    def prose(self, text: str, where: str, speaker_id: str | None = None) -> str | None:
        text = repairs.source_spelling(text, self.source.text)
        if leaks(text, self.system_prompt):
            self.flag("prompt_leak", where, text[:200], "repeats the system prompt; removed")
            return None
        odd = repairs.foreign_script(text, self.source.text)
        if odd is not None:
            self.flag("garbled", where, text[:200], f"has letters the article's language never uses ({odd}); removed")
            return None
        talk = repairs.prompt_talk(text, self.source.text)
        for piece in talk.removed:
            self.flag("prompt_talk", where, piece[:200], "quote ids or the prompt's wording; removed")
        if talk.text is None:
            return None
        text = talk.text
        own = self.source.table.speaker(speaker_id) if speaker_id is not None else None
        text, stray = repairs.stray_speaker(text, self.source.text, own.name if own is not None else None)
        if stray is not None:
            fix = f"replaced with {own.name}" if own is not None else "attribution removed"
            self.flag("ungrounded_term", where, stray, f"credited with words, but not in the article; {fix}")
        if where.startswith(("positions[", "summary[")):
            pieces, repeated = readability.unrepeated(repairs.prose_sentences(text))
            for piece in repeated:  # "X argued that A. X told CNN that A."
                self.flag("duplicate", where, piece[:200], "repeats an earlier sentence of it; removed")
            if repeated:
                text = " ".join(pieces)
            kept, cut = repairs.whole_sentences(text)
            for piece in cut:
                why = "a third sentence" if repairs.ended(piece) else "stops mid-sentence"
                self.flag("trimmed", where, piece[:200], f"{why}; removed")
            if kept is None:
                return None
            text = kept
        checked = check_text(text, where, self.source, speaker_id)
        self.inline += checked.inline
        self.issues += checked.issues
        if not checked.text:
            return None
        fixed = repairs.neutral(checked.text, self.prompts_dir)
        for word in fixed.dropped:
            self.flag("replaced_word", where, word, "loaded word with no plain alternative; left out before its noun")
        for word, plain in fixed.replaced:
            self.flag("replaced_word", where, word, f"loaded word; replaced with '{plain}'")
        if fixed.text is None:
            for word in fixed.loaded:
                self.flag("loaded_word", where, word, "loaded word with no plain alternative; sentence removed")
            return None
        if fixed.replaced or fixed.dropped:
            self.as_written[fixed.text] = checked.text
        self.neutrality += loaded_words(fixed.text, where, self.prompts_dir)
        for term in ungrounded_terms(fixed.text, self.source.text):
            self.flag("ungrounded_term", where, term, "not in the article; check this claim")
        return fixed.text


def compose(
    draft: Draft,
    source: Source,
    system_prompt: str,
    prompts_dir: Path,
    article: Article,
    checker: Checker | None = None,
    most: int | None = None,
) -> Composed:
    """The briefing from `draft`; `most`: the most summary items the requested length allows."""
    from summarizer.support import default_checker

    table = source.table
    check = _Checker(source, system_prompt, prompts_dir)
    grounder = Grounder(article, table, checker or default_checker())
    summary, support = _summary(draft, article, grounder, check, most)
    headline_text, cut = repairs.whole_headline(draft.headline.strip(), HEADLINE_CHARS)
    if cut:
        gone = "replaced" if headline_text is None else "cut back to its first part"
        check.flag("trimmed", "headline", cut[:200], f"the length limit stopped the headline mid-way; {gone}")
    headline_text, dropped = repairs.unloaded_headline(headline_text or "", prompts_dir)
    for word in dropped:
        check.flag(
            "replaced_word", "headline", word, "loaded word with no plain alternative; dropped from the headline"
        )
    if headline_text and len(re.findall(r"[^\W\d_]{2,}", headline_text)) < 2:  # "#1", "Update"
        check.flag("fragment", "headline", headline_text, "not a headline: fewer than two words; replaced")
        headline_text = ""
    invented = _numbers(headline_text) - _numbers(article.text)
    # "Bank of Norway holds rates" of an article about the Bank of Norland: a name the article never uses, in the
    # line a reader trusts first
    invented |= {t for t in ungrounded_terms(headline_text, article.text) if not t[0].isdigit()}
    if headline_text and invented:
        # "Obama has broken his promise seven times in a row" of an article that says "the seventh year in a row"
        missing = ", ".join(sorted(invented))
        check.flag("unsupported_claim", "headline", headline_text, f"the article does not have {missing}; replaced")
        headline_text = ""
    # without a headline of its own the briefing is headed by the article's title, or its first summary sentence
    # the checker found support for, or else the article's own first sentence: never a sentence shown as unsupported
    supported = [text for text, record in zip(summary, support, strict=True) if record.status == "supported"]
    body = {p.index for p in article.body}
    lede = next((s.text.strip() for s in article.sentences if s.paragraph in body and s.text.strip()), "")
    headline = (
        (check.prose(headline_text, "headline") if headline_text else None)
        or article.title
        or (supported[0] if supported else lede)
    )

    known = {s.id for s in table.speakers if s.quote_ids}
    for key in draft.positions:
        if key not in known:
            check.flag("unknown_speaker", f"positions[{key}]", key, "no such speaker in the quote table; dropped")
    quoted = [s for s in table.speakers if s.quote_ids]
    speakers = [_position(s, draft, table.quotes, source, check) for s in quoted]
    support += _ground_positions(quoted, speakers, draft, grounder, check)
    support = _reported(quoted, speakers, table, article, check, support)
    speakers = [s.model_copy(update={"position": _stopped(s.position)}) if s.position else s for s in speakers]

    contested = []
    for i, point in enumerate(draft.contested):
        claims = []
        for j, c in enumerate(point.claims):
            where = f"contested[{i}].claims[{j}]"
            speaker = table.speaker(c.speaker)
            if speaker is None or c.speaker not in known:
                check.flag("unknown_speaker", where, c.speaker, "no such speaker in the quote table; claim dropped")
                continue
            text = check.prose(c.claim, where, speaker.id)
            if text:
                claims.append(Claim(speaker_id=speaker.id, name=speaker.name, claim=text))
        topic = check.prose(point.topic, f"contested[{i}].topic")
        if topic and len({c.speaker_id for c in claims}) >= 2:
            contested.append(ContestedPoint(topic=topic, claims=claims))

    shown = [q for s in speakers for q in s.quotes]
    verification = Verification(
        quotes_shown=len(shown),
        quotes_verified=sum(source.text[q.start : q.end] == q.text for q in shown),
        inline_quotes=check.inline,
        issues=check.issues,
    )
    return Composed(headline, summary, speakers, contested, verification, check.neutrality, support)


def _numbers(text: str) -> set[str]:
    """The numbers a text states, as the support checker reads them ("seven" is 7, "seventh" is not)."""
    return {w.replace(",", "") for w in words(text) if w[:1].isdigit()}  # "3,000" is "3000"


def _record(where: str, ids: list[str], g: Grounded, article: Article) -> SentenceSupport:
    return SentenceSupport(
        field=where,
        ids=ids,
        spans=g.spans(article),
        status="supported" if g.verdict.supported else "unsupported",
        score=g.verdict.score,
        reason=g.verdict.reason,
    )


_CUT_INITIALS = re.compile(r"\b(?:[A-Z]\.\s?)+[A-Z]$")  # "... designed to lower U. S"


def _rejoined(items: list[DraftSentence], source: str) -> list[DraftSentence]:
    """Items the model broke off mid-sentence and went on with in the next item, one item again: an item that
    ends without its full stop followed by one that opens in lower case ("The Rangers and Braves, who have fans
    in a", "wide area in the South,", "also make a strong showing."). An item ended at the full stop of a spaced
    initialism ("The plan is designed to lower U. S", "power plant emissions by 2030 ...") gets it back, and a
    word the break left with the next word's first letter ("did not requirew", "witnesses to ...") loses it
    where the article has the word without it."""
    out: list[DraftSentence] = []
    for item in items:
        last = out[-1].text.rstrip() if out else ""
        going_on = item.text.strip()
        if last and not ended(last) and going_on[:1].islower() and _before_quotation(last, source):
            spliced = _spliced(last, going_on, source)  # the item ended where the model opened a quotation
            if spliced is not None:
                support = list(dict.fromkeys([*out[-1].support, *item.support]))
                out[-1] = DraftSentence(text=spliced, support=support)
            else:
                out.append(item)  # the words between are lost: both pieces go as the fragments they are
        elif last and not ended(last) and going_on[:1].islower():
            stop = "." if _CUT_INITIALS.search(last) else ""
            word = re.search(r"\w+$", last)
            if word and _stray_letter(word.group(), going_on, source):
                last = last[:-1]
            support = list(dict.fromkeys([*out[-1].support, *item.support]))
            out[-1] = DraftSentence(text=f"{last}{stop} {going_on}", support=support)
        else:
            out.append(item)
    return out


_OPENING_MARKS = "“\"‘'"
_CLOSING_MARKS = "”\"’'"


def _before_quotation(last: str, source: str) -> bool:
    """Whether the last words of `last` stand in the article right before an opening quotation mark."""
    tail = last.split()[-3:]
    return (
        len(tail) > 1
        and re.search(r"\s+".join(map(re.escape, tail)) + r"\s+[" + _OPENING_MARKS + "]", source) is not None
    )


def _spliced(last: str, going_on: str, source: str) -> str | None:
    """ "... wrote in 1972 that she had ", " not a city. ...": the model opened a quotation, which ends a JSON string
    (the schema's grammar allows no mark inside one), and the quoted words were lost between the two items. Where
    exactly one stretch of the article runs from the last words of the one across an opening quotation mark to
    the first words of the other, and the other goes on with the rest of that quotation, the article's words fill
    the gap, with its marks."""
    tail, head = last.split()[-3:], going_on.split()[:3]
    if len(tail) < 2 or len(head) < 2:
        return None
    words = r"\s+".join(map(re.escape, tail)) + r"\s+([" + _OPENING_MARKS + r"])([^\n]{0,300}?)"
    found = list(re.finditer(words + r"\s*\b" + r"\s+".join(map(re.escape, head)), source))
    if len(found) != 1:
        return None
    opening = found[0].start(1)
    mark = _CLOSING_MARKS[_OPENING_MARKS.index(source[opening])]
    closing = next((k for k in range(opening + 1, len(source)) if _closes(source, k, mark)), None)
    if closing is None or source[closing] == "\n":
        return None
    quoted = " ".join(source[opening + 1 : closing].split())
    lost = found[0].group(2)  # the article's words from the mark to where the model went on
    rest = " ".join(f"{lost} {going_on}".split())
    if not rest.startswith(quoted):
        return None  # the model went on with words of its own
    after = rest[len(quoted) :]
    if after.lstrip()[:1] in _CLOSING_MARKS:
        after = after.lstrip()[1:]  # it went on after the quotation ("called the findings ", " and demanded ..."):
        # the lost words took its closing mark along
    return f"{last.rstrip()} {source[opening]}{quoted}{source[closing]}{after}"


def _closes(source: str, k: int, mark: str) -> bool:
    """Whether the quotation ends at `k` with `mark` (not at an apostrophe inside a word: "we've"), or the
    paragraph ends there."""
    if source[k] == "\n":
        return True
    after = source[k + 1 : k + 2]
    return source[k] == mark and not (after.isalpha() and source[k - 1 : k].isalpha())


def _stray_letter(word: str, going_on: str, source: str) -> bool:
    """True if `word` ends with the first letter of what goes on after it, and the article has the word without
    that letter but never with it."""

    def has(w: str) -> bool:
        return re.search(rf"\b{re.escape(w)}\b", source, re.IGNORECASE) is not None

    return len(word) > 2 and word[-1] == going_on[0] and has(word[:-1]) and not has(word)


def _ran_on(draft: Draft, check: _Checker) -> list[DraftSentence]:
    """The draft's summary items, with an item the model ran on split into items of its sentences: one of more
    than MAX_SENTENCES sentences (an article copied on), or one that opens mid-sentence because the length
    limit ended the item before it mid-way ("strokes to keep her on her heels. Davis broke ..."). The opening
    piece then goes as a fragment and the whole sentences after it stay; a sentence that opens on a pronoun
    stays with the one before it ("X did A. He added B."); a last one without its full stop is where the
    length limit stopped the item, and goes. (An item that repeats the system prompt stays whole, to be
    removed whole.)"""
    out: list[DraftSentence] = []
    for item in _rejoined(draft.sentences(), check.source.text):
        # initials spaced out ("lower U. S. power plant emissions") would split the item at their full stops
        item = item.model_copy(update={"text": repairs.source_spelling(item.text, check.source.text)})
        item = item.model_copy(update={"text": repairs.unspliced(item.text, check.source.text)})
        pieces = repairs.prose_sentences(item.text)
        ran_on = len(pieces) > repairs.MAX_SENTENCES or (len(pieces) > 1 and pieces[0][:1].islower())
        if not ran_on or leaks(item.text, check.system_prompt):
            out.append(item)
            continue
        cut = None if ended(pieces[-1]) else pieces.pop()
        groups: list[list[str]] = []
        for piece in pieces:
            if groups and len(groups[-1]) == 1 and _PRONOUN_START.match(piece) and not groups[-1][0][:1].islower():
                groups[-1].append(piece)
            else:
                groups.append([piece])
        out += [DraftSentence(text=" ".join(group), support=item.support) for group in groups]
        if cut is not None:
            check.flag("trimmed", f"summary[{len(out)}]", cut[:200], "stops mid-sentence; removed")
    return out


def _summary(
    draft: Draft, article: Article, grounder: Grounder, check: _Checker, most: int | None = None
) -> tuple[list[str], list]:
    """Checked, repaired summary sentences, without fragments, headline copies, duplicates or ruled-out claims."""
    items = []
    for i, sentence in enumerate(_ran_on(draft, check)):
        where = f"summary[{i}]"
        told, label = repairs.without_label(sentence.text, check.source.text)
        if label is not None:
            check.flag("caption", where, label, "a photo caption's label copied from the article; cut")
        text = check.prose(told, where)
        if text:
            items.append((where, text, sentence.support))
    dropped = set()
    for p in readability.problems([text for _, text, _ in items], article):
        if p.kind in ("fragment", "headline_copy", "caption", "duplicate") and p.index not in dropped:
            twin = p.twin
            if twin is not None and twin not in dropped and readability.fuller(items[p.index][1], items[twin][1]):
                # the repeat says more ("Democrats called it a ploy" after "It a ploy"): it takes the first one's place
                where, text, _ = items[twin]
                check.flag(p.kind, where, text, f"sentence {p.index + 1} repeats it and says more; removed")
                items[twin] = items[p.index]
            else:
                where, text, _ = items[p.index]
                check.flag(p.kind, where, text, f"{p.detail}; removed")
            dropped.add(p.index)
    items = [x for j, x in enumerate(items) if j not in dropped]
    summary: list[str] = []
    support: list[SentenceSupport] = []
    for (where, text, ids), g in zip(
        items, grounder.summary([check.as_written.get(t, t) for _, t, _ in items], [x for *_, x in items]), strict=True
    ):
        if g.hard:
            check.flag("unsupported_claim", where, text, f"{g.verdict.reason}; removed")
            continue
        other = grounder.misattributed(text)
        if other is not None:
            check.flag("cross_wired", where, text, f"the article gives these words to {other.name}; removed")
            continue
        claim = grounder.unattributed(text)
        if claim is not None:
            whose = grounder.table.speaker(claim.speaker_id or "")
            check.flag(
                "unattributed_claim", where, text, f"the article has {whose.name} say this ({claim.id}); attributed"
            )
            text = _attributed(text, whose.name, article.text)
        if most is not None and len(summary) >= most:
            check.flag("trimmed", where, text, f"more than the {most} items the briefing's length allows; removed")
            continue
        if g.recited:
            check.flag("recited", where, ", ".join(ids), f"the cited text does not hold it; {', '.join(g.ids)} does")
        support.append(_record(f"summary[{len(summary)}]", g.ids, g, article))
        summary.append(_stopped(text))
    return _named_in_full(summary, grounder.table, article.text, check), support


_HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "dr", "mx"})


def _full_name(name: str) -> bool:
    """A given name and a surname ("Lucia Romero", "Ludwig van Beethoven"), not a description ("a small number of
    residents")."""
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() or w.lower() in PARTICLES for w in words) and words[-1][:1].isupper()


def _named_in_full(summary: list[str], table: QuoteTable, source: str, check: _Checker) -> list[str]:
    """The summary with each person it names by surname alone named in full where it first names them ("Romero
    said ..." becomes "Lucia Romero said ..."), where the briefing's list of quoted speakers, shown before it,
    does not name them: the reader has not met them (not after "Ms.", nor a surname two people in the table
    share, nor a word the article also writes in lower case)."""
    out = list(summary)
    people = [s for s in table.speakers if s.is_person and not s.quote_ids and _full_name(s.name)]
    for person in people:
        shorts = {person.name.split()[-1], *(a for a in person.aliases if " " not in a and a[:1].isupper())}
        shorts = {  # not "Ruiz" of Ana and of Marco Ruiz, nor a word the article has in lower case ("Cal Fire")
            w
            for w in shorts
            if not any(o is not person and w in o.name.split() for o in table.speakers)
            and not re.search(rf"\b{re.escape(w.lower())}\b", source)
        }
        for k, sentence in enumerate(out):
            full = re.search(rf"\b{re.escape(person.name)}\b", sentence)
            short = min(
                (m for w in shorts for m in re.finditer(rf"\b{re.escape(w)}\b", sentence)),
                key=lambda m: m.start(),
                default=None,
            )
            if full is None and short is None:
                continue
            if short is not None and (full is None or short.start() < full.start()):
                before = re.findall(r"[\w.]+", sentence[: short.start()])
                if not (before and before[-1].lower().rstrip(".") in _HONORIFICS):
                    out[k] = sentence[: short.start()] + person.name + sentence[short.end() :]
                    check.flag("named_in_full", f"summary[{k}]", short.group(), f"first named here; {person.name}")
            break
    return out


def _attributed(sentence: str, name: str, source: str) -> str:
    """`sentence`, a claim the article only has `name` make, told as theirs: "The cuts had been expected." becomes
    "Analysts said the cuts had been expected." Its first word keeps its capital where the article never writes it
    in lower case (a name: "Dunmore will lose ..."; not "The", though a title may have it inside a sentence) and
    capitalised somewhere no sentence opens ("Rescuers pulled a mother ..." opens only sentences: a common noun), and
    `name` gets one ("a charity" opens as "A charity")."""
    first = re.match(r"\S+", sentence)
    word = first.group().strip("\"'“‘(") if first else ""
    named = word[:1].isupper() and (
        word == "I"
        or any(c.isupper() for c in word[1:])
        or not (re.search(rf"\b{re.escape(word.lower())}\b", source) or _opens_sentences_only(word, source))
    )
    rest = sentence if named else sentence[:1].lower() + sentence[1:]
    return f"{name[:1].upper()}{name[1:]} said {rest}"


def _opens_sentences_only(word: str, source: str) -> bool:
    """Whether every place the article writes `word` opens a sentence or a line (after a full stop, a question or
    exclamation mark, a quotation mark after one, or a line break)."""
    found = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", source)]
    return bool(found) and all(
        re.search(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)[\"'“‘(]*$", source[max(0, k - 4) : k]) is not None for k in found
    )


def _stopped(sentence: str) -> str:
    """A whole sentence the model wrote without its full stop ("... to areas without access to capital"), with
    it; one ending in punctuation of its own is left as it is. A sentence that ends on a quotation gets its stop
    after the closing mark ("... said the government was “in chaos”."), so the quoted words stay as the source
    has them; one whose quotation ends in a stop of its own ("... “cannot work.”") is whole already."""
    last = sentence.rstrip("”’\"'")[-1:]
    return sentence + "." if last.isalnum() or (last and last in ")%") else sentence


def _ground_positions(
    quoted: list[Speaker], shown: list[SpeakerPosition], draft: Draft, grounder: Grounder, check: _Checker
) -> list[SentenceSupport]:
    """Sentences of a position that retype a quote are removed; positions that are fragments, are about
    someone else, are written the same for several speakers, or cite someone else's words are removed; the
    rest get their support."""
    items = []
    written = [(speaker, sp) for speaker, sp in zip(quoted, shown, strict=True) if sp.position is not None]
    for speaker, sp in written:
        salvaged = repairs.unretyped(sp.position or "", _quote_texts(speaker, grounder), speaker.name)
        for sentence, copied in salvaged.removed:
            what = "the quotes are shown instead" if salvaged.text is None else "that sentence removed"
            check.flag("retyped_quote", f"positions[{speaker.id}]", sentence, f"retypes the quote “{copied} …”; {what}")
        for clause, copied in salvaged.cut:
            check.flag("retyped_quote", f"positions[{speaker.id}]", clause, f"retypes the quote “{copied} …”; cut")
        sp.position = salvaged.text and _own_sentences(salvaged.text, speaker, quoted, check)
        sp.position = sp.position and _in_the_third_person(sp.position, speaker, check)
    written = [(speaker, sp) for speaker, sp in written if sp.position is not None]
    seen: dict[str, list[Speaker]] = {}
    for speaker, sp in written:
        seen.setdefault(_unnamed(sp.position or "", speaker), []).append(speaker)
    for speaker, sp in written:
        where = f"positions[{speaker.id}]"
        twins = [s.name for s in seen[_unnamed(sp.position or "", speaker)] if s.id != speaker.id]
        if twins:
            detail = f"the same words are given as the position of {', '.join(twins)}; removed"
        elif not _about(sp.position or "", speaker):
            detail = f"does not name {speaker.name}: not their position; removed"
        elif (other := grounder.misattributed(sp.position or "", speaker)) is not None:
            detail = f"the article gives these words to {other.name}, not {speaker.name}; removed"
        elif (doer := other_doer(sp.position or "", speaker, _words_of(speaker, grounder))) is not None:
            detail = f"{speaker.name}'s words say {doer} does this, not {speaker.name}; removed"
        else:
            continue
        check.flag("cross_wired", where, sp.position or "", detail)
        sp.position = None
    written = [(speaker, sp) for speaker, sp in written if sp.position is not None]
    broken = {
        p.index: p.detail
        for p in readability.problems([sp.position or "" for _, sp in written], grounder.article)
        if p.kind == "fragment"
    }
    for k, (speaker, sp) in enumerate(written):
        where = f"positions[{speaker.id}]"
        if k in broken:
            check.flag("fragment", where, sp.position or "", f"{broken[k]}; removed")
            sp.position = None
            continue
        drafted = draft.positions.get(speaker.id)
        items.append((speaker, sp, drafted.support if drafted else []))
    told = [(speaker, check.as_written.get(sp.position or "", sp.position or ""), ids) for speaker, sp, ids in items]
    grounded = grounder.positions(told)
    out = []
    for (speaker, sp, ids), g in zip(items, grounded, strict=True):
        where = f"positions[{speaker.id}]"
        if g.foreign:
            check.flag(
                "cross_wired",
                where,
                sp.position or "",
                f"cites {', '.join(g.foreign)}: not {speaker.name}'s words; removed",
            )
            sp.position = None
        elif g.hard:
            check.flag("unsupported_claim", where, sp.position or "", f"{g.verdict.reason}; removed")
            sp.position = None
        else:
            if g.recited:
                check.flag(
                    "recited", where, ", ".join(ids), f"the cited text does not hold it; {', '.join(g.ids)} does"
                )
            out.append(_record(where, g.ids, g, grounder.article))
    return out


# The speaker's own voice: a position is told of them, so these outside quotation marks are their words unmarked
_OWN_VOICE = re.compile(r"\b(?:I|I'm|I’m|me|my|mine|myself|we|us|our|ours|you|your|yours|We|Our|You|Your|My|Me)\b")


def _in_the_third_person(position: str, speaker: Speaker, check: _Checker) -> str | None:
    """A position without its sentences that speak as the speaker outside quotation marks ('Ellen Cho said that
    “I didn't take my medication”, but I took the watch'): the speaker's words, retyped without their marks."""
    from summarizer.verify import strip_quoted

    kept = []
    for sentence in repairs.prose_sentences(position):
        plain = strip_quoted(sentence)
        if any(  # not the numeral of "World War I", "Charles I"
            m.group() != "I" or not re.search(r"[A-Z]\w*\s+$", plain[: m.start()]) for m in _OWN_VOICE.finditer(plain)
        ):
            check.flag(
                "retyped_quote",
                f"positions[{speaker.id}]",
                sentence,
                "speaks as the speaker (I, we, you) outside quotation marks: their words retyped; removed",
            )
        else:
            kept.append(sentence)
    return " ".join(kept) or None


def _unnamed(position: str, speaker: Speaker) -> str:
    """A position's words without its speaker's name: "Tester argues that X" and "Vitter argues that X" are the
    same sentence given to two speakers."""
    names = {w.lower() for n in (speaker.name, *speaker.aliases) for w in re.findall(r"\w+", n)}
    return " ".join(w for w in _plain_words(position).split() if w not in names)


def _without_names_of(text: str, others: list[Speaker]) -> str:
    """`text` with the full names of `others` blanked out: "Jordan" in "Frank Jordan" names Frank, not his son
    Louis Jordan."""
    for name in sorted({n for o in others for n in (o.name, *o.aliases) if " " in n}, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}\b", lambda m: " " * len(m.group()), text)
    return text


def _own_sentences(position: str, speaker: Speaker, quoted: list[Speaker], check: _Checker) -> str | None:
    """A position without its later sentences that open on another quoted speaker and never name this one
    ("Trump argues that ... Clinton argues that ..."): those are the other speaker's position."""
    kept = []
    others = [o for o in quoted if o.id != speaker.id]
    for k, sentence in enumerate(repairs.prose_sentences(position)):
        opener = next((o for o in others if any(at <= 4 for at in mentions(sentence, o))), None)
        if k and opener is not None and not mentions(_without_names_of(sentence, others), speaker):
            check.flag(
                "cross_wired",
                f"positions[{speaker.id}]",
                sentence,
                f"{opener.name}'s position, not {speaker.name}'s; removed",
            )
            continue
        for m in _TURN.finditer(sentence):  # "X argues that ..., while Y argues that ...": Y's clause is Y's
            rest = sentence[m.end() :]
            opener = next((o for o in others if any(at <= 4 for at in mentions(rest, o))), None)
            if m.start() and opener is not None and not mentions(_without_names_of(rest, others), speaker):
                check.flag(
                    "cross_wired",
                    f"positions[{speaker.id}]",
                    sentence[m.start() :].lstrip(",; "),
                    f"{opener.name}'s position, not {speaker.name}'s; cut",
                )
                sentence = sentence[: m.start()].rstrip(" ,;") + "."
                break
        kept.append(sentence)
    return " ".join(kept) or None


# Where a sentence turns to someone else: ", while", ", whereas", ", but", "; "
_TURN = re.compile(r"(?:,\s*(?:while|whereas|but|and)|;)\s+", re.IGNORECASE)


def _reported(
    quoted: list[Speaker],
    shown: list[SpeakerPosition],
    table: QuoteTable,
    article: Article,
    check: _Checker,
    support: list[SentenceSupport],
) -> list[SentenceSupport]:
    """A speaker left without a position, or whose position the checker found no support for, gets the
    article's own report of what they said instead, where one reads as a claim of its own
    (`summarizer/reported.py`), checked like any other sentence the briefing shows. Returns the briefing's
    support records with the replaced ones swapped."""
    status = {x.field: x.status for x in support}
    out = list(support)
    for speaker, sp in zip(quoted, shown, strict=True):
        where = f"positions[{speaker.id}]"
        unsupported = sp.position is not None and status.get(where) == "unsupported"
        if sp.position is not None and not unsupported:
            continue
        found = reported.position(speaker, table, article.text)
        if found is None:
            continue
        before = len(check.issues)
        text = check.prose(found.text, where, speaker.id)
        if text is None:
            continue
        check.issues[:before] = [
            i for i in check.issues[:before] if not (i.field == where and i.kind == "missing_position")
        ]
        why = (
            f"the position the model wrote ({sp.position}) has no support in what it cites"
            if unsupported
            else "no position the model wrote passed the checks"
        )
        check.flag(
            "reported_position",
            where,
            text,
            f"{why}; the article's report of what {speaker.name} said ({found.statement_id}) is shown",
        )
        sp.position, sp.reported = text, found.statement_id
        out = [x for x in out if x.field != where]
        out.append(
            SentenceSupport(
                field=where,
                ids=[found.statement_id],
                spans=[(x.start, x.end) for x in article.sentences if x.start < found.end and found.start < x.end],
                status="supported",
                score=0.0,
                reason="the article's own words",
            )
        )
    return out


_PRONOUN_START = re.compile(r"^\s*(?:he|she|they|it|his|her|their|its)\b", re.IGNORECASE)
_NOT_NAMES = frozenset(
    "the a an of and for his her their its mr mrs ms dr rep sen gov president minister secretary".split()
)


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _about(position: str, speaker: Speaker) -> bool:
    """True if a position is about its speaker: it names them (any word of their name, an alias or the
    description they are known by, or their initials), or opens with a pronoun standing for them. A role is
    not enough: "Kansas Gov." does not make a sentence about Kansas a governor's position."""
    if _PRONOUN_START.match(position):
        return True
    words = set(_plain_words(position).split())
    called = [speaker.name, *speaker.aliases]
    names = {w.lower() for n in called for w in re.findall(r"\w+", n) if len(w) > 2 or w.isupper()}
    names |= {i.lower() for i in map(initials, called) if len(i) > 1}  # "AROS"
    return bool((names - _NOT_NAMES) & words)


def _same_words(quote: Quote, chosen: list[Quote]) -> Quote | None:
    """The quote among `chosen` with the same words as `quote` ("'complete nonsense'" said twice), if any."""
    words = " ".join(quote.text.lower().split())
    return next((q for q in chosen if q is quote or " ".join(q.text.lower().split()) == words), None)


def _quote_texts(speaker: Speaker, grounder: Grounder) -> list[str]:
    text = grounder.article.text
    return [text[q.start : q.end] for q in grounder.table.quotes if q.id in speaker.quote_ids]


def _words_of(speaker: Speaker, grounder: Grounder) -> list[str]:
    """The speaker's quotes and the content of their statements, as the article has them."""
    text = grounder.article.text
    said = [a.content(text) for a in grounder.table.attributions if not a.direct and a.id in speaker.statement_ids]
    return _quote_texts(speaker, grounder) + said


def _unlabelled(position: str, speaker: Speaker, where: str, check: _Checker) -> str:
    """A position opening on the quote table's label, "Ana Vell, Actress said ...", without the role the
    sentence has no room for: "Ana Vell said ..." (a role set off by commas, "Ana Vell, an actress, said", stays)."""
    label = f"{speaker.name}, {speaker.role}" if speaker.role else None
    if label is None or not position.startswith(label + " ") or not position[len(label) + 1 : len(label) + 2].islower():
        return position
    check.flag("trimmed", where, label, "the quote table's label for the speaker; the name alone is kept")
    return speaker.name + position[len(label) :]


def _position(speaker: Speaker, draft: Draft, quotes: list[Quote], source: Source, check: _Checker) -> SpeakerPosition:
    where = f"positions[{speaker.id}]"
    by_id = {q.id: q for q in quotes}
    own = [by_id[i] for i in speaker.quote_ids if i in by_id]
    drafted = draft.positions.get(speaker.id)
    chosen: list[Quote] = []
    for qid in drafted.quotes if drafted else []:
        quote = by_id.get(qid)
        if quote is None:
            check.flag("unknown_quote_id", where, qid, "no such quote; dropped")
        elif quote.speaker_id != speaker.id:
            owner = source.table.speaker(quote.speaker_id)
            check.flag(
                "misattributed_quote",
                where,
                qid,
                f"said by {owner.name if owner else 'an unnamed speaker'}, not {speaker.name}; dropped",
            )
        elif (twin := _same_words(quote, chosen)) is not None:
            if twin is not quote:
                check.flag("duplicate", where, qid, f"the same words as {twin.id}; shown once")
        else:
            chosen.append(quote)
    if not chosen:  # the speaker's own words are always fair support: their fullest statements first
        order = {"statement": 0, "partial": 1, "scare": 2}
        for quote in sorted(own, key=lambda q: (order.get(q.kind, 3), -len(q.text))):
            if len(chosen) < 2 and _same_words(quote, chosen) is None:
                chosen.append(quote)
        chosen.sort(key=lambda q: q.start)
    written = _unlabelled(drafted.position, speaker, where, check) if drafted else ""
    position = check.prose(written, where, speaker.id) if written.strip() else None
    if position is None and not any(i.field == where for i in check.issues):
        check.flag("missing_position", where, speaker.name, "the model gave no position; quotes shown alone")
    return SpeakerPosition(
        speaker_id=speaker.id,
        name=speaker.name,
        role=speaker.role,
        position=position,
        quotes=[
            ShownQuote(
                id=q.id,
                text=source.text[q.start : q.end],
                start=q.start,
                end=q.end,
                kind=q.kind,
                terminated=q.terminated,
                continued=q.continued,
            )
            for q in chosen[:MAX_SHOWN]
        ],
    )
