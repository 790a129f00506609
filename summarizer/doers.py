"""Who does what in a position: a speaker's position must not make the speaker the one who does what their own
words say someone else does.

"Lena Ortiz says she is watching closely", written from Ortiz's statement that "the president had not taken a
position but was 'watching closely'", gives the president's watching to Ortiz: every word is in the statement,
so the support check passes it, yet the page is wrong. Here the position's clause after its verb of saying has
the speaker as its subject (a pronoun for them, or their name), and its verb is one the speaker's own quotes and
statements use only with another, named subject ("the president"); then the position is about someone else.
Where the speaker's words use the verb with the speaker or a pronoun that may be theirs, nothing is flagged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer import speech
from summarizer.support import stem
from summarizer.verify import mentions

if TYPE_CHECKING:
    from spacy.tokens import Token

    from summarizer.quotes import Speaker

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SELF = {
    "m": frozenset({"he"}),
    "f": frozenset({"she"}),
    None: frozenset({"he", "she"}),
}
_BODY_SELF = frozenset({"it", "they", "we"})


def other_doer(position: str, speaker: Speaker, words: list[str]) -> str | None:
    """The phrase that the speaker's `words` (their quotes and statements) have do what `position` says the speaker
    does, where they have only another do it; else None."""
    from summarizer.nlp import pipeline

    nlp = pipeline()
    claimed = _own_deeds(nlp(position), speaker)
    if not claimed:
        return None
    docs = [nlp(w) for w in words]
    for verb in claimed:
        key = stem(verb.lower_)
        found = [_subject(t) for doc in docs for t in doc if t.tag_.startswith("VB") and stem(t.lower_) == key]
        doers = [d for d in found if d is not None]  # not a scare quote's "watching closely", which names no one
        if not doers or any(_is_self(d, speaker) for d in doers):
            continue
        return _phrase(doers[0])
    return None


def _own_deeds(doc, speaker: Speaker) -> list[Token]:
    """The verbs of the clauses a position says the speaker says of themselves: "Ortiz says she is watching"."""
    out = []
    for tok in doc:
        if tok.dep_ not in _SUBJECTS or not _is_self(tok, speaker):
            continue
        verb = tok.head
        if verb.dep_ != "ccomp" or not speech.is_cue(verb.head) or speech.is_cue(verb):
            continue
        said_by = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
        if said_by is None or not mentions(_phrase(said_by), speaker):
            continue
        if verb.lower_ in ("is", "are", "was", "were", "has", "have", "had"):
            continue  # "she is right", "it has a plan": a state, said of many
        out.append(verb)
    return out


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is joined to ("had not taken a position but was watching")."""
    for _ in range(4):
        found = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if found is not None:
            return found
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _is_self(tok: Token, speaker: Speaker) -> bool:
    """Whether a subject is the speaker: a pronoun that may stand for them, or their name."""
    low = tok.lower_
    if tok.tag_ in ("PRP", "PRP$"):
        if low in ("i", "we", "you"):
            return True  # their own words
        own = _SELF.get(speaker.gender, _SELF[None]) if speaker.is_person else _BODY_SELF
        return low in own or (low == "they" and not speaker.is_person)
    return bool(mentions(_phrase(tok), speaker))


def _phrase(tok: Token) -> str:
    return tok.doc[tok.left_edge.i : tok.i + 1].text
