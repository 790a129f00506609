"""Deterministic repairs of the model's prose before anything is shown.

A loaded word with a plain alternative in the lexicon is replaced ("claimed" becomes "said"); a sentence
holding a loaded word without one is removed, so the tool's own voice carries none. Quoted words are the
speaker's and stay. A sentence of a position that retypes a long stretch of its speaker's quote, or is
nothing but one of their quotes in a frame ("X said that ..."), says nothing the quote shown by id beside it
does not: it is removed, and the rest of the position kept. A sentence with letters from a writing system
the article never uses (a small model drifting into Chinese mid-sentence in an English briefing) is garbled
and removed. Ids and the prompt's own terms echoed into prose ("citing Q7", "X is quoted in the article.")
are taken out, and a position or summary item keeps at most two sentences, never a last one the length limit
cut off. Initials and numbers the model spaces out ("U. S.", "1, 500") are written as the article writes them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from summarizer.article import ended
from summarizer.neutrality import loaded
from summarizer.verify import quoted, sentences, strip_quoted

RETYPED_WORDS = 8  # this many words in a row from one quote make a position a retyped quote
_WORD = re.compile(r"[\w’']+")


@dataclass
class Repaired:
    text: str | None  # None: the sentence is removed
    replaced: list[tuple[str, str]] = field(default_factory=list)  # (loaded word, plain alternative)
    loaded: list[str] = field(default_factory=list)  # loaded words without an alternative
    dropped: list[str] = field(default_factory=list)  # loaded adjectives without one, left out before their noun


def _script(ch: str) -> str:
    """The writing system of a letter, as the first word of its Unicode name: LATIN, CJK, CYRILLIC ..."""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


@lru_cache(maxsize=8)
def _scripts(source: str) -> frozenset[str]:
    return frozenset(_script(ch) for ch in set(source) if ch.isalpha())


def foreign_script(text: str, source: str) -> str | None:
    """The first run of letters in `text` from a writing system that `source` never uses, if any."""
    known = _scripts(source)
    for m in re.finditer(r"[^\W\d_]+", text):
        odd = [ch for ch in m.group() if _script(ch) not in known]
        if odd:
            return "".join(odd)
    return None


_SPACED_INITIALS = re.compile(r"\b(?:[A-Z]\. ){1,3}[A-Z]\.|\b\d{1,3}(?:, \d{3})+\b")


def source_spelling(text: str, source: str) -> str:
    """`text` with initials and numbers the model spaced out ("The U. S. Secretary of State", "nearly 1, 500
    plants") written as the article writes them ("U.S.", "1,500"), where the article has them only so."""

    def tight(m: re.Match[str]) -> str:
        joined = m.group().replace(" ", "")
        return joined if joined in source and m.group() not in source else m.group()

    return _SPACED_INITIALS.sub(tight, text)


def unspliced(text: str, source: str) -> str:
    """`text` with two article sentences the model joined by a comma told as two ("Others were more patient,
    Rachel Obi, who manages a fund ..., said ..."): where what comes before a comma is a whole sentence of the
    article and what follows opens the article's next sentence, the comma is the first one's full stop."""
    for m in re.finditer(r", (?=[A-Z])", text):
        before, after = text[: m.start()], text[m.end() :]
        opening = after.split()[:3]
        if len(before.split()) < 3 or len(opening) < 3:
            continue
        whole = r"(?:^|[.!?][\"”’']?\s+)" + r"\s+".join(map(re.escape, before.split())) + r"\.\s+"
        if re.search(whole + r"\s+".join(map(re.escape, opening)), source, re.MULTILINE):
            return f"{before}. {unspliced(after, source)}"
    return text


# Words that make what goes before a colon say whose words follow ("He said:", "Their argument:", "Editor's
# note:"), not label a photo.
_NOT_LABELS = frozenset(
    """i he she it we they you his her its our their my your said says added adds told asked wrote writes
    explained continued note notes""".split()
)
_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’-]*(?: [a-z][\w'’-]*){0,2}):\s+(?=[A-Z“\"‘])")


def without_label(text: str, source: str) -> tuple[str, str | None]:
    """`text` without a photo caption's label copied from the article at its start ("Wanted: Police in Maryland
    have issued ...": "Police in Maryland have issued ..."), and the label. Only a label the article has before a
    colon, whose first word the article never writes capitalised inside a sentence: a name before a colon
    ("Lavrov: We ...") is who speaks, and stays, as do "He said:" and "Editor's note:"."""
    m = _LABEL.match(text)
    if m is None or f"{m.group('label')}:" not in source:
        return text, None
    words = m.group("label").split()
    if _NOT_LABELS.intersection(w.lower() for w in words):
        return text, None  # "He said: ...", "Editor’s note: ...": whose words these are
    # a capital inside a sentence is a name, except where it opens the label itself, glued to the copy before it
    # with no stop ("... from his injuries Freak coincidence: His brother ...")
    rest = "".join(f" {w}" for w in words[1:]) + ":"
    if re.search(rf"[a-z,;] {re.escape(words[0])}\b(?!{re.escape(rest)})", source):
        return text, None
    return text[m.end() :], m.group("label")


_NAME = r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
_LEAD_STRAY = re.compile(
    rf"^(?P<according>According to )?{_NAME}(?P<sep>,\s+|:\s+| (?:also )?(?P<verb>[a-z]+)(?P<that> that)?,?\s+)"
)
# Verbs that take what was said with no "that" before it ("Blinken said the vote ..."); after any other verb of
# saying only "that" marks what follows as said ("China called the session ..." calls no words).
_BARE_CLAUSE = frozenset({"say", "add", "argue", "insist", "contend", "believe", "think"})
_TAIL_STRAY = re.compile(rf",\s+(?P<according>according to )?{_NAME}(?: (?P<verb>[a-z]+))?(?P<end>[.!?]?)$")


def stray_speaker(text: str, source: str, speaker: str | None = None) -> tuple[str, str | None]:
    """`text` without an attribution to a name the article never uses ("Blinken said that Liverpool's manager
    urged ...", "Blinken: ...", "..., Blinken said."), a name a small model carries over from an example, and
    that name. The name gives way to `speaker`, whose position this is, where there is one; otherwise the
    attribution is taken out and the article's own statement stays. A name the article uses stays."""
    from summarizer.speech import SPEECH_VERBS, STANCE_VERBS, lemma

    for pattern in (_LEAD_STRAY, _TAIL_STRAY):
        m = pattern.search(text)
        if m is None:
            continue
        name, verb, according = m.group("name"), m.group("verb"), m.group("according")
        if according is not None and verb is None and (pattern is _TAIL_STRAY or m.group("sep").startswith(",")):
            pass  # "According to Blinken, ...", "..., according to Blinken."
        elif verb is not None and according is None and lemma(verb) in SPEECH_VERBS | STANCE_VERBS:
            if pattern is _LEAD_STRAY and m.group("that") is None and lemma(verb) not in _BARE_CLAUSE:
                continue  # "China called the session ...", "X told reporters ...": not "X said (that) ..."
            # "Blinken said that ...", "Blinken argued ...", "..., Blinken said."
        elif pattern is _LEAD_STRAY and according is None and m.group("sep").startswith(":"):
            pass  # "Blinken: ..."
        else:
            continue  # "Kyiv is ...", "Ukraine, Russia and ..." say nothing of anyone's words
        if any(re.search(rf"(?<![\w’']){re.escape(w)}(?![\w’'])", source, re.IGNORECASE) for w in _WORD.findall(name)):
            continue  # a name the article uses (only looked for once an attribution is found)
        if speaker is not None:
            return text[: m.start("name")] + speaker + text[m.end("name") :], name
        if pattern is _TAIL_STRAY:
            return text[: m.start()] + (m.group("end") or ""), name
        rest = text[m.end() :]
        return rest[:1].upper() + rest[1:], name
    return text, None


def _cased(plain: str, like: str) -> str:
    return plain[:1].upper() + plain[1:] if like[:1].isupper() else plain


def neutral(text: str, prompts_dir: Path) -> Repaired:
    """`text` with each replaceable loaded word outside quotes replaced, and each loaded adjective without an
    alternative left out before its noun ("after the devastating earthquake": "after the earthquake"); None if
    another loaded word stays ("The loss was devastating")."""
    result = Repaired(text)
    words = loaded(text, prompts_dir)
    bare = [word for word in words if not word.plain]
    if bare:
        kept, result.dropped = _without_modifiers(text, bare, adverbs=False)
        if kept != text:
            text, words = kept, loaded(kept, prompts_dir)  # found again at their new offsets
    out, pos = [], 0
    for word in words:
        if not word.plain:
            result.loaded.append(word.text)
            continue
        out += [text[pos : word.start], _cased(word.plain, word.text)]
        result.replaced.append((word.text, word.plain))
        pos = word.end
    result.text = None if result.loaded else "".join(out) + text[pos:]
    return result


def unloaded_headline(text: str, prompts_dir: Path) -> tuple[str, list[str]]:
    """A headline without its loaded adjectives and adverbs that have no plain alternative ("Photographer captures
    stunning images of eruption": "Photographer captures images of eruption"), and those words. A sentence loses
    only an adjective before its noun (`neutral`); a headline, the one line a briefing cannot do without, loses
    any such modifier. Other loaded words stay, for `neutral` to replace them or remove the headline."""
    found = [word for word in loaded(text, prompts_dir) if not word.plain]
    if not found:
        return text, []
    text, dropped = _without_modifiers(text, found, adverbs=True)
    return text[:1].upper() + text[1:], dropped


def _without_modifiers(text: str, words: list, adverbs: bool) -> tuple[str, list[str]]:
    """`text` without those of `words` that are one-word adjectives before a noun (and adverbs, if `adverbs`),
    "a"/"an" before them made to fit the word that now follows; and the words left out."""
    from summarizer.nlp import pipeline

    doc = pipeline()(text)
    modifier = {
        t.idx
        for t in doc
        if (adverbs and t.tag_ in ("JJ", "JJR", "JJS", "RB", "RBR", "RBS"))
        or (
            # before its noun, and alone: not "called the charges absurd", nor "absurd and false"
            t.tag_ == "JJ"
            and t.dep_ == "amod"
            and t.head.i > t.i
            and t.head.tag_.startswith("NN")
            and not any(c.dep_ in ("cc", "conj") for c in t.children)
        )
    }
    dropped = [w for w in words if " " not in w.text and w.start in modifier]
    for w in reversed(dropped):
        head, tail = text[: w.start], text[w.end :].lstrip(" ")
        if tail.startswith(","):
            tail = tail[1:].lstrip(" ")  # "a notorious, violent gang": the comma went with the adjective
        article = re.search(r"\b([Aa]n?)\s+$", head)
        if article and tail[:1].isalpha():
            fits = "an" if tail[:1].lower() in "aeiou" else "a"
            head = head[: article.start(1)] + _cased(fits, article.group(1)) + " "
        text = head + tail if tail else head.rstrip()
    return " ".join(text.split()), [w.text for w in dropped]


def retyped(position: str, quotes: list[str]) -> str | None:
    """The stretch of a quote that `position` copies word for word, if it is RETYPED_WORDS long or more, also
    when told in the third person ("I came out knowing I had nothing to lose": "she came out knowing she had
    nothing to lose")."""
    mine = [w for w, _ in _person_free(position)]
    grams = {tuple(mine[i : i + RETYPED_WORDS]) for i in range(len(mine) - RETYPED_WORDS + 1)}
    for quote in quotes:
        theirs = _person_free(quote)
        for i in range(len(theirs) - RETYPED_WORDS + 1):
            if tuple(w for w, _ in theirs[i : i + RETYPED_WORDS]) in grams:
                return " ".join(
                    _WORD.findall(quote)[k] for k in dict.fromkeys(k for _, k in theirs[i : i + RETYPED_WORDS])
                )
    return None


# The words by which a quote and its retelling differ only in person: "I've" and "she has", "my" and "his".
_CONTRACTED = {"'ve": "have", "'m": "am", "'re": "are", "'ll": "will", "'d": "would", "'s": "is"}
_PERSON = {
    **dict.fromkeys("i he she they we".split(), "<subject>"),
    **dict.fromkeys("me him them us".split(), "<object>"),
    **dict.fromkeys("my his their our her".split(), "<owner>"),
    **dict.fromkeys("myself himself herself themselves ourselves".split(), "<self>"),
    **dict.fromkeys("am is are".split(), "is"),
    **dict.fromkeys("have has".split(), "has"),
    **dict.fromkeys("was were".split(), "was"),
    **dict.fromkeys("do does".split(), "does"),
}


def _person_free(text: str) -> list[tuple[str, int]]:
    """(the word with its person taken out, which word of `text` it comes from) for each word of `text`; a
    contraction gives two ("I've": "<subject>", "has")."""
    out = []
    for k, surface in enumerate(_WORD.findall(text)):
        word = surface.lower().replace("’", "'")
        parts = [word]
        for ending, full in _CONTRACTED.items():
            if word.endswith(ending) and len(word) > len(ending):
                parts = [word[: -len(ending)], full]
                break
        out += [(_PERSON.get(w, w), k) for w in parts]
    return out


_FRAME = frozenset(
    "said says say argued argues told tells added adds stated states wrote writes noted notes believes thinks "
    "that the a an and also he she they it reporters".split()
)


def _bare_quote(sentence: str, quotes: list[str], name: str) -> str | None:
    """The quoted words of a sentence that is nothing but one of the speaker's quotes in a frame ("Colonna said
    that “There is no peace without justice”."), however short: the quote is shown below it anyway."""
    said = " ".join(quoted(sentence))
    if not said:
        return None
    words = [w.lower() for w in _WORD.findall(said)]
    if not any(" ".join(words) in " ".join(w.lower() for w in _WORD.findall(q)) for q in quotes):
        return None
    named = {w.lower() for w in _WORD.findall(name)}
    rest = [w for w in _WORD.findall(strip_quoted(sentence)) if w.lower() not in named | _FRAME]
    # what is left may be another quote without its marks: '... “has made changes”, and that one-term president.'
    if rest and (len(rest) < 2 or not _stretch_of(rest, quotes)):
        return None
    return " ".join(_WORD.findall(said)[:RETYPED_WORDS])


def _unmarked_quote(sentence: str, quotes: list[str], name: str) -> str | None:
    """The words of a sentence that, past the speaker's name (and whatever stands with it before a colon) and the
    words of a frame, is nothing but a stretch of one of their quotes without its quotation marks, however
    short ("Rahm Emanuel, his chief of staff: walk all over us"; "The direct body blow.")."""
    if quoted(sentence):
        return None
    named = {w.lower() for w in _WORD.findall(name)}
    head, colon, tail = sentence.partition(":")
    if colon and named & {w.lower() for w in _WORD.findall(head)}:
        sentence = tail
    # the name and the frame around the words, not their words inside them ("members of Congress say lawful
    # source of investment income" keeps its "of")
    rest = _WORD.findall(sentence)
    while rest and rest[0].lower() in named | _FRAME:
        rest = rest[1:]
    while rest and rest[-1].lower() in named | _FRAME:
        rest = rest[:-1]
    if len(rest) < 2:
        return None
    return " ".join(rest[:RETYPED_WORDS]) if _stretch_of(rest, quotes) else None


def _stretch_of(words: list[str], quotes: list[str]) -> bool:
    """Whether `words`, in order, are a run of words of one of `quotes`."""
    mine = f" {' '.join(words).lower()} "
    return any(mine in f" {' '.join(_WORD.findall(q)).lower()} " for q in quotes)


_SUBJECT_PRONOUN = re.compile(r"^(?:He|She|They|It)\b(?=\s+[a-z])")


@dataclass
class Unretyped:
    text: str | None  # the sentences that retype none of the quotes; None: every sentence does
    removed: list[tuple[str, str]] = field(default_factory=list)  # (sentence, the quote stretch it copies)
    cut: list[tuple[str, str]] = field(default_factory=list)  # (a clause cut from a kept sentence, what it copies)


def _copies(sentence: str, quotes: list[str], name: str) -> str | None:
    return retyped(sentence, quotes) or _bare_quote(sentence, quotes, name) or _unmarked_quote(sentence, quotes, name)


# A quotation joined to the model's own words as a clause of its own: "..., and that “...”", "that “...” and that"
_AND_QUOTED = re.compile(r",?\s+and\s+(?:also\s+)?(?:that\s+)?“[^”]*”")
_QUOTED_AND = re.compile(r"\bthat\s+“[^”]*”,?\s+and\s+(?:that\s+)?")
_VAGUE_START = frozenset("it this that these those they he she its their his her".split())


def _own_part(sentence: str, quotes: list[str], name: str) -> tuple[str, list[str]] | None:
    """A sentence that joins words of its own to a retyped quotation ("Lee said that subpoenas are not optional
    and that “...”") without the quotation: the sentence and the clauses cut, where what is left says something
    of its own that can be read without the quote ("Lee said that subpoenas are not optional."); else None."""
    cut = [m.group().strip(" ,") for m in (*_QUOTED_AND.finditer(sentence), *_AND_QUOTED.finditer(sentence))]
    if not cut:
        return None
    left = _AND_QUOTED.sub("", _QUOTED_AND.sub("that ", sentence)).strip()
    left = re.sub(r"[\s,;:]+$", "", left.rstrip(".")) + "."
    named = {w.lower() for w in _WORD.findall(name)}
    own = [w for w in _WORD.findall(strip_quoted(left)) if w.lower() not in named]
    while own and own[0].lower() in _FRAME:
        own = own[1:]
    if len(own) < 3 or re.split(r"['’]", own[0].lower())[0] in _VAGUE_START or _copies(left, quotes, name):
        return None
    return left, cut


def unretyped(position: str, quotes: list[str], name: str) -> Unretyped:
    """`position` without its sentences that retype a quote (`retyped`); a sentence that joins words of its own to
    the quotation keeps them (`_own_part`). A kept sentence that opens with a subject pronoun ("He accused Putin of
    ...") once the sentence naming the speaker is gone opens with `name` instead, so it still says whose position
    it is."""
    kept: list[str] = []
    out = Unretyped(None)
    whole = prose_sentences(position)
    for sentence in whole:
        copied = _copies(sentence, quotes, name)
        own = _own_part(sentence, quotes, name) if copied else None
        if own is not None:
            kept.append(own[0])
            out.cut += [(clause, retyped(clause, quotes) or copied) for clause in own[1]]
        elif copied:
            out.removed.append((sentence, copied))
        else:
            kept.append(sentence)
    if not out.removed and not out.cut:
        copied = retyped(position, quotes)  # a stretch that runs across two of its sentences
        return Unretyped(None, [(position, copied)]) if copied else Unretyped(position)
    if kept and out.removed and out.removed[0][0] == whole[0]:
        kept[0] = _SUBJECT_PRONOUN.sub(name, kept[0], count=1)
    out.text = " ".join(kept) or None
    return out


_ID = r"\b[QSA]\d{1,4}\b"
_IDS = rf"{_ID}(?:\s*(?:,|and|&)\s*{_ID})*"
_KIND = r"(?:(?:the\s+)?(?:quotes?|statements?|sentences?)\s+)"
_ID_PHRASES = re.compile(
    rf"\s*[(\[]\s*(?:see\s+)?{_KIND}?{_IDS}\s*[)\]]"  # "(Q7)", "[see S4, S5]"
    rf"|,?\s*\b(?:citing|based on|as (?:shown|evidenced|stated|said) (?:in|by)|according to|see|in|from)\s+"
    rf"{_KIND}?{_IDS}(?:\s+(?:in|of|from) the article)?"  # ", citing Q7 in the article", "based on the quote Q12"
    rf"|,?\s*{_KIND}{_IDS}(?:\s+(?:in|of|from) the article)?",  # "the quote Q12"
    re.IGNORECASE,
)
_QUOTED_IN = re.compile(r"^[^.!?]{0,120}?\b(?:is|was|are|were) quoted in the article\b[^.!?]*[.!?]\s*", re.IGNORECASE)


@dataclass
class Talk:
    text: str | None  # None: nothing readable is left
    removed: list[str] = field(default_factory=list)  # what was taken out


def prompt_talk(text: str, source: str) -> Talk:
    """`text` without the prompt's ids and terms: id phrases ("citing Q7 in the article") and sentences about
    being quoted are cut; a sentence still naming an id the article itself never uses is removed."""
    removed: list[str] = []

    def cut(m: re.Match[str]) -> str:
        if all(i in source for i in re.findall(_ID, m.group())):
            return m.group()
        removed.append(m.group().strip(" ,"))
        return ""

    out = _QUOTED_IN.sub(lambda m: removed.append(m.group().strip()) or "", text)
    out = _ID_PHRASES.sub(cut, out)
    kept = []
    for sentence in prose_sentences(out):
        stray = [i for i in re.findall(_ID, sentence) if i not in source]
        if stray:
            removed.append(sentence)
        else:
            kept.append(sentence)
    if not removed:
        return Talk(text)
    joined = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(kept)).strip()
    return Talk(joined[:1].upper() + joined[1:] if joined else None, removed)


def prose_sentences(text: str) -> list[str]:
    """Model prose split as the quote check splits it: never inside a quotation."""
    return [x.strip() for x in sentences(text) if x.strip()]


MAX_SENTENCES = 2
RUNAWAY_CHARS = 280  # an unfinished sentence this long ran into the length limit (300 or 400 characters)
_DANGLING = re.compile(
    r"(?:[,;:\-–—]|\b(?:the|a|an|and|or|but|nor|that|which|who|whom|whose|to|of|in|on|for|with|from|by|as|at|"
    r"is|are|was|were|be|been|has|have|had|his|her|its|their|our|this|these|those|than|because|while|if|"
    r"into|about|over|under|between|against|such|including|despite|since|not|very|"
    # a verb that introduces the quote the model expected to follow: "the UN rights body has seen"
    r"said|says|told|added|called|calls|described|urged|urges|accused|warned|seen|saw|sees|cited|asked|"
    r"stated|declared|noted|argued|insisted|wrote|writes|demanded|demands))\s*$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r",\s+(?:as|which|while|but|and|because|since|despite|including|although|though|so|where|who|with)\b",
    re.IGNORECASE,
)


def _cut_off(sentence: str) -> bool:
    """True for a sentence the length limit stopped mid-way: no end mark, and a dangling last word or a
    runaway length (a complete sentence the model simply left without its full stop is kept)."""
    if not ended(sentence) and sentence.rstrip().endswith("."):
        return True  # a full stop that is a title's, before the name that was cut off: "..., then-Sen."
    return not ended(sentence) and (bool(_DANGLING.search(sentence)) or len(sentence) >= RUNAWAY_CHARS)


_HEADLINE_BREAK = re.compile(r";\s+|:\s+|\s+[—–-]\s+")


def whole_headline(text: str, most: int) -> tuple[str | None, str]:
    """A headline the length limit (`most` characters) stopped mid-way, cut back to its part before the last
    "; ", ": " or dash that leaves three words or more ("Trump and Clinton vie for veterans' support" of
    "Trump and Clinton vie for veterans' support; Clinton stresses her support of the raid during a 'Comma"),
    or None where there is no such part; and what was cut. A headline under the limit is whole as it is."""
    if len(text) < most:
        return text, ""
    for m in reversed(list(_HEADLINE_BREAK.finditer(text))):
        head = text[: m.start()].rstrip(" ,")
        if len(_WORD.findall(head)) >= 3:
            return head, text[m.end() :]
    return None, text


def whole_sentences(text: str) -> tuple[str | None, list[str]]:
    """A position or summary item cut to MAX_SENTENCES sentences, whose last one, if the length limit stopped it
    mid-way, is cut back to its main clause (before ", as ...", ", which ...") or dropped; None if nothing
    whole is left. Also returns what was cut."""
    sentences = prose_sentences(text)
    keep, cut = sentences[:MAX_SENTENCES], sentences[MAX_SENTENCES:]
    if keep and _cut_off(keep[-1]):
        last = keep.pop()
        clause = next((m for m in _CLAUSE.finditer(last) if len(last[: m.start()].split()) >= 6), None)
        if clause is not None:
            keep.append(last[: clause.start()].rstrip() + ".")
            cut.insert(0, last[clause.start() :].lstrip(", "))
        else:
            cut.insert(0, last)
    if not cut:
        return text, []
    return (" ".join(keep) or None), cut
