"""A speaker's position in the article's own words: their indirect statement, as the article reports it.

When no position the model wrote for a quoted speaker survives the checks (most often because it retyped
the quotes), the briefing can still say what the speaker holds without writing anything: the article's own
report of it ("Grassley said the program should expire"), cut from the source with the speaker's name in
front. Only a statement that reads as a claim on its own is used: a verb of saying or of taking a side in a
plain past or present form, and a content that is a whole clause of its own (a subject and a finite verb),
told in the third person, of a readable length, with its quotation marks paired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from summarizer import speech
from summarizer.quotes import Attribution, QuoteTable, Speaker
from summarizer.verify import mentions

MIN_WORDS, MAX_WORDS = 6, 40
# Cues whose content is what the speaker holds. Not: verbs that name what is said without saying it
# ("asked", "described", "called"), or that report a manner or a refusal ("joked", "declined").
_HOLDING = frozenset(
    """say add write explain declare insist argue note state tweet post warn acknowledge admit announce
    concede claim contend counter emphasize emphasise stress complain predict observe suggest testify caution
    conclude believe think report reiterate agree assert maintain confirm deny disclose reveal indicate
    estimate allege charge vow promise pledge fear hope want plan worry""".split()
)
# Of these, the ones that take a side, and the words that, heading the content, say what someone holds, wants
# or thinks should happen ("... said he believes life begins at fertilization", "... said the law should
# change"): where a speaker has several statements, one of those is their position more than a report of
# events ("... says he met the actress in 2010").
_STANCE = frozenset(
    """declare insist argue warn claim contend counter complain predict caution conclude believe think assert
    maintain allege charge vow promise pledge fear hope want worry urge""".split()
)
# Cues whose content may be what the speaker means to do ("vowed to ban ...", "plans to run again").
_INTENT = frozenset("vow pledge promise plan want hope".split())
# Cues of pressing for or against something, whose content says what without a clause of its own: "urged the
# council to drop the plan", "proposed cutting the fees", "accused the council of hiding the cost", "called for an
# audit". What the speaker wants done or holds wrong is their side, as plainly as a claim.
_ADVOCACY = frozenset("urge propose accuse oppose condemn criticize criticise reject demand recommend call".split())
_TAKES_A_SIDE = _STANCE | _ADVOCACY  # cues that weigh most in `_sided`
_PERSONAL = re.compile(r"\b(?:he|him|she|her|they|them)\b", re.IGNORECASE)
_FINDING_OUT = frozenset("know understand learn see find hear ask discover explore".split())
_HELD = _STANCE | frozenset("support oppose favor favour need reject accept agree disagree".split())
# Pronouns: first and second person are the speaker's own words without their quotation marks. A third
# person one may point at someone the position no longer names ("Lee says he is losing", where "he" is the
# president; "Lee said soldiers killed him"). It stays readable where the content itself names whom it stands
# for, in an earlier clause ("Rao said Lund is taunting because he cannot defend his record", "... the
# resolution, because he doubted any court would enforce it"), or where each is the speaker's own and one opens
# the content ("Ana Ruiz said she would run again", "... her plan had failed", "Unilever said it planned ..."):
# after the speaker's name it reads as the speaker, as it did in the article. Within one clause a pronoun is
# never its subject's ("Lund had told him": "him" is not Lund), so a name there does not count.
# (A reflexive is bound inside its own clause, "... against Stumpf himself", so it is never one of these.)
_PRONOUN = re.compile(
    r"\b(?:I|me|my|mine|we|us|our|ours|you|your|yours|he|him|his|she|her|hers|they|them|their|theirs|it|its)\b",
    re.IGNORECASE,
)
_FIRST_SECOND = frozenset("i me my mine we us our ours you your yours".split())
_OWN = {
    "m": frozenset({"he", "him", "his"}),
    "f": frozenset({"she", "her", "hers"}),
    "body": frozenset({"it", "its"}),  # "Unilever said it planned ..."
    "group": frozenset({"they", "them", "their", "theirs"}),  # "Demonstrators said they ..."
}
_KINDS = {
    **dict.fromkeys(("he", "him", "his"), "m"),
    **dict.fromkeys(("she", "her", "hers"), "f"),
    **dict.fromkeys(("they", "them", "their", "theirs"), "pl"),
    **dict.fromkeys(("it", "its"), "n"),
}
_SINGLE_OPEN = re.compile(r"‘|(?:^|(?<=[\s(\[]))'(?=\w)")
_SINGLE_CLOSE = re.compile(r"’(?!\w)|(?<=[\w.,!?])'(?!\w)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")
# Words in front of a cue that make it something other than a report of what was said: "would say", "to tell".
_NOT_A_REPORT = frozenset({"to", "will", "would", "could", "should", "might", "may", "can", "not", "never"})


@dataclass(frozen=True)
class Reported:
    speaker_id: str
    statement_id: str
    text: str  # "<name> <cue> <content>."
    start: int  # the content's span in the article
    end: int


def position(speaker: Speaker, table: QuoteTable, text: str) -> Reported | None:
    """Of `speaker`'s indirect statements that read as a position, as the article words them, the first of
    those that take a side (see _STANCE), or else the first."""
    best: tuple[int, Reported] | None = None
    for a, framed in [*((a, False) for a in table.attributions), *((a, True) for a in _frames(speaker, table))]:
        if not framed and (a.direct or a.speaker_id != speaker.id or a.id not in speaker.statement_ids):
            continue
        if framed and best is not None:
            break  # an indirect statement of theirs comes first
        found = _reads_as_position(a, speaker, table, text, framed)
        if found is None:
            continue
        cue, end, lower, content = found
        content = " ".join(content.split())
        content = re.sub(r"[,;:]([”\"’]+)$", r"\1", content)  # '“an absolute disgrace,” and called ...': no comma left
        if lower:
            content = content[0].lower() + content[1:]  # "The group is short, Rendell said": "the group"
        said = f"{speaker.name} {_agreeing(cue, speaker)} {content}"
        ended = said.rstrip(' ”"’').endswith((".", "?", "!"))  # '... to “lead by example.”' has its stop
        said = said[0].upper() + said[1:] + ("" if ended else ".")
        weight = _sided(cue, content)
        if best is None or weight > best[0]:
            best = (weight, Reported(speaker.id, a.id, said, a.content_start, end))
    return best[1] if best else None


def _frames(speaker: Speaker, table: QuoteTable) -> list[Attribution]:
    """The speaker's quoted phrases in the clauses that frame them ('said his party had "paid the price ..."'), as
    statements under the quote's id: the article's report, with the words in it."""
    out = []
    for q in table.quotes:
        if q.speaker_id != speaker.id or q.frame is None:
            continue
        start, end = q.frame
        if any(o.start <= start < o.end for o in table.quotes):
            continue  # "said ''Family values people'' are ''not out to bash gays''": it opens inside a quote
        out.append(Attribution(q.id, speaker.id, q.cue, start, end, False, spans=((start, end),)))
    return out


def holding(cue: str | None) -> bool:
    """A cue whose content is what its speaker holds: "said", "argued", "believes", "according to" (not "asked",
    "showed", "joked")."""
    cue = (cue or "").strip().lower()
    return cue == "according to" or (" " not in cue and speech.lemma(cue) in _HOLDING)


def _goes_on_saying(text: str, end: int) -> bool:
    """What follows the statement that ends at `end` is its speaker saying something more: "... should have been
    ruled out for offside and called the decision 'baffling'", a verb of saying or of taking a side, in a tense,
    right after "and" or "but" (so its subject is the statement's speaker, not "and the council called"). The
    statement is whole where it stops."""
    m = re.match(r"\s*,?\s*(?:and|but)\s+([A-Za-z]+)\b", text[end:])
    if m is None:
        return False
    word = m.group(1).lower()
    base = speech.lemma(word)
    return base != word and (base in speech.SPEECH_VERBS or base in speech.STANCE_VERBS)


def _sided(cue: str, content: str) -> int:
    """2 for a cue that takes a side ("argued"), 1 for a content headed by a verb of holding or a modal
    ("he believes ...", "the law should change"), else 0."""
    if speech.lemma(cue.split()[0]) in _TAKES_A_SIDE:
        return 2
    doc = _parsed(content)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return 0
    w = root.lower_
    held = any(base in _HELD for base in (speech.lemma(w), w, w[:-1], w[:-2], w[:-3] + "e")) or any(
        c.tag_ == "MD" for c in root.children if c.dep_ == "aux"
    )
    return 1 if held else 0


def _reads_as_position(
    a: Attribution, speaker: Speaker, table: QuoteTable, text: str, framed: bool = False
) -> tuple[str, int, bool, str] | None:
    """(the cue, where the content ends, whether its first letter is lowered, the content) if statement `a`
    reads as a claim of its own; `framed`: the clause that frames a quoted phrase, which may be mostly quote."""
    cue = (a.cue or "").strip()
    verb = speech.lemma(cue)
    told = verb == "tell"
    if not cue or " " in cue or (verb not in _HOLDING and verb not in _ADVOCACY and not told):
        return None
    before = text[: a.content_start if a.gap is None else a.gap[1]].rsplit(cue, 1)[0].split()
    word = before[-1].lower().strip(".,") if before else ""
    if word in _NOT_A_REPORT or word.endswith(("n't", "n’t")):
        return None  # "would say", "did not say", "didn't say": not a report of what was said
    if cue.lower().endswith("ing"):
        # "..., saying the penalty was needed", "is saying": what the sentence's subject said, told in the
        # past tense; not "for saying", "without saying"; nor pressing for something, often as others tell it
        # ("criticism that Trump was urging ...")
        if verb in _ADVOCACY:
            return None
        if not before or a.gap is not None:
            return None
        if not before[-1].endswith(",") and before[-1].lower() not in ("is", "are", "was", "were", "been"):
            return None
        cue = _past(verb)
    end = a.content_end
    while end > a.content_start and text[end - 1] in " \n,;:-–—":
        end -= 1
    follows = text[a.content_end : a.content_end + 3].lstrip(' ”"’)')
    stopped = text[a.content_start : a.content_end].rstrip(' ”"’)').endswith((".", "!", "?"))  # 'was "watching."'
    if follows and follows[0] not in ".,;!?" and not stopped and not _goes_on_saying(text, a.content_end):
        return None  # the clause goes on past the content ("areas where X wants changes include:")
    quoted = sum(
        min(q.end, end) - max(q.start, a.content_start)
        for q in table.quotes
        if q.start < end and a.content_start < q.end
    )
    if quoted > (end - a.content_start) / 2 and not framed:
        return None  # mostly a quote: the quote is shown as it is
    # "X, the office said, Y" is read as "X, Y", and used only whole
    content = a.content(text).rstrip(" ,;:-–—") if a.gap is not None else text[a.content_start : end]
    if verb in _ADVOCACY and _PERSONAL.search(content):
        # whom one presses is someone else: "accused him of ...", "recommended that she resign"
        return None
    clause = _clause(content) or (_infinitive(content) if verb in _INTENT else None)
    if clause is None and verb in _ADVOCACY:
        clause = _pressed(content, verb)
    if clause is None:
        return None
    cut, lower = clause
    if a.gap is not None and cut < len(content):
        return None
    content = content[:cut]
    end = end if a.gap is not None else a.content_start + cut
    if not MIN_WORDS <= len(content.split()) <= MAX_WORDS or not _paired(content):
        return None
    if _others(content, speaker, table) or mentions(content, speaker):
        return None  # "..., Patrick Kennedy, the undersecretary": the attribution itself, not what was said
    if told:
        cue = _told(text, cue, a)
        if cue is None:
            return None
    return cue, end, lower, content


def _agreeing(cue: str, speaker: Speaker) -> str:
    """The cue in the form its speaker takes alone: "Forbes and Wealth-X say" is "Forbes says" for Forbes, one
    body; a person or a body named in the singular takes "says", a group named in the plural keeps "say"."""
    if " " in cue or cue.lower() != speech.lemma(cue) or cue.lower() in ("according", "say so"):
        return cue
    if _body_kind(speaker.name) == "group":  # "Demonstrators say", "Analysts at the bank say"
        return cue
    if re.search(r"(?:s|sh|ch|x|z)$", cue):
        return cue + "es"
    if re.search(r"[^aeiou]y$", cue):
        return cue[:-1] + "ies"
    return cue + "s"


def _past(verb: str) -> str:
    """ "say": "said", "argue": "argued", "insist": "insisted", "deny": "denied"."""
    irregular = {"say": "said", "tell": "told", "write": "wrote", "think": "thought"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _infinitive(content: str) -> tuple[int, bool] | None:
    """ "to ban imports from the region": a content that is what someone vowed, planned or wants to do. Not
    what someone wants to find out ("wanted to know who approved it": a question, not a side), nor one that
    goes on with what the speaker did ("vowed to keep it and celebrated the ruling")."""
    doc = _parsed(content)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or len(doc) < 2 or doc[0].tag_ != "TO" or doc[0].head.i != roots[0].i:
        return None
    root = roots[0]
    if root.tag_ != "VB" or root.lower_ in _FINDING_OUT:
        return None
    if any(c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP") for c in root.children):
        return None
    return len(content), False


def _pressed(content: str, verb: str) -> tuple[int, bool] | None:
    """What a speaker pressed for or against (see _ADVOCACY), as the cue's object: a phrase, not a clause with a
    verb of its own in the past or present ("urged the council to drop the plan", "accused Lee of lying"; not
    "called the mayor, who said ..."). "Call" only for or on something ("called for an audit", "called on the
    council to act"), not a name it gives ("called him a liar")."""
    if verb == "call" and not content.lower().startswith(("for ", "on ")):
        return None
    if content.lower().startswith("that "):
        return None  # a clause, read as one by _clause or not at all
    doc = _parsed(content)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or len(doc) < 2:
        return None
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ not in ("amod", "acl", "relcl", "ccomp") for t in doc):
        return None  # a clause of its own that the parse did not take as one
    return len(content), False


def _told(text: str, cue: str, a: Attribution) -> str | None:
    """ "told reporters", "told the Associated Press": "tell" with whom it was told, the words between the cue
    and a content that follows it (without them "X told he is ..." does not read); None where there are none,
    more than six, or punctuation between."""
    if a.gap is not None:
        return None
    head = text[: a.content_start]
    at = head.rfind(cue)
    if at < 0:
        return None
    between = head[at + len(cue) :]
    words = between.split()
    if words and words[-1].lower() == "that":
        words = words[:-1]  # "told reporters that ...": the content is the clause after it
    if not 1 <= len(words) <= 6 or any(ch in between for ch in '"“”‘’,;:()[]—–'):
        return None
    return " ".join([cue, *words])


def _others(content: str, speaker: Speaker, table: QuoteTable) -> bool:
    """Whether `content`, outside its quotation marks, has a pronoun that may not be the speaker (see _PRONOUN):
    one that is not the speaker's own and that nothing named before it in another clause stands for, or the
    speaker's own where none opens the content ("she would run", "that his plan failed")."""
    quoted = [m.span() for m in _QUOTED.finditer(content)]
    found = [m for m in _PRONOUN.finditer(content) if not any(a <= m.start() < b for a, b in quoted)]
    if not found:
        return False
    words = [m.group().lower() for m in found]
    if any(w in _FIRST_SECOND for w in words):
        return True
    own = _OWN.get(speaker.gender or "", frozenset()) if speaker.is_person else _OWN[_body_kind(speaker.name)]
    opening = re.match(r"(?:that\s+)?(\S+)", content, re.IGNORECASE)
    opens = opening is not None and opening.group(1).lower() in own
    if all(w in own for w in words) and opens:
        return False
    doc = _parsed(content)
    for m, word in zip(found, words, strict=True):
        if opens and m.start() == opening.start(1):
            continue  # "her group would ask insurers to cover the drug ...": the speaker's own, opening it
        token = next((t for t in doc if t.idx == m.start()), None)
        if token is None or not _stands_for(token, _KINDS[word], table):
            return True
    return False


def _stands_for(pronoun: Any, kind: str, table: QuoteTable) -> bool:
    """Whether something of the pronoun's kind is named before it, in another clause of the content: for "he"
    or "she", a person not known to be of the other gender."""
    home = _clause_head(pronoun)
    for t in pronoun.doc[: pronoun.i]:
        # a possessive may be its own clause's subject's ("the cooperative had lost its sales"); an object is not
        subject = pronoun.dep_ == "poss" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == home.i
        if (_clause_head(t).i == home.i and not subject) or t.dep_ in ("poss", "compound"):
            continue
        if kind in ("m", "f"):
            fits = t.ent_iob_ != "I" and _gender(t, table) == kind
        elif kind == "pl":
            fits = t.tag_ in ("NNS", "NNPS") or (t.ent_type_ in ("ORG", "NORP") and t.ent_iob_ == "B")
        else:
            fits = t.tag_ in ("NN", "NNP") and t.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL")
        if fits:
            return True
    return False


def _body_kind(name: str) -> str:
    """ "group" for a speaker named in the plural ("Demonstrators", "Officials at the agency", "Democrats"),
    else "body" (a company's name may end in an s: "Forbes")."""
    root = next((t for t in _parsed(name) if t.dep_ == "ROOT"), None)
    if root is None:
        return "body"
    return "group" if root.tag_ in ("NNS", "NNPS") and root.ent_type_ != "ORG" else "body"


def _gender(token: Any, table: QuoteTable) -> str | None:
    """The gender the quote table knows for the person whose name starts at `token` (as the recogniser marks
    it, or the surname of someone in the table: "Vos"), if any."""
    span = next((e for e in token.doc.ents if e.start == token.i), None)
    if span is None and token.ent_type_ not in ("", "PERSON"):
        return None
    last = span[-1].text if span is not None else token.text
    for s in table.speakers:
        if s.is_person and s.gender and any(last == n.split()[-1] for n in (s.name, *s.aliases)):
            return s.gender
    return None


def _clause_head(token: Any) -> Any:
    """The verb that heads the clause a token is in (the root where none is above it)."""
    at = token.head if token.dep_ != "ROOT" else token
    while not at.tag_.startswith("VB") and at.dep_ != "ROOT":
        at = at.head
    return at


def _paired(content: str) -> bool:
    """Every quotation mark and bracket the content opens, it closes ("yelling at ‘the world" is cut off)."""
    pairs = (('"', '"'), ("''", "''"), ("“", "”"), ("(", ")"))
    if not all(content.count(a) % 2 == 0 if a == b else content.count(a) == content.count(b) for a, b in pairs):
        return False
    opened = [m.start() for m in _SINGLE_OPEN.finditer(content)]
    closed = [m.start() for m in _SINGLE_CLOSE.finditer(content)]
    return all(any(c > o for c in closed) for o in opened) and len(closed) >= len(opened)


_OPEN_ENDED = frozenset({"VBZ", "VBD", "VBP", "VB", "MD", "IN", "DT", "TO", "CC", "WDT", "WRB", "WP", "PRP$"})
_SENTENCE_OPENERS = frozenset({"DT", "PDT", "RB", "RBR", "RBS", "CC", "EX", "PRP", "PRP$"})  # "The group", "He"


@lru_cache(maxsize=512)
def _parsed(content: str) -> Any:
    from summarizer.nlp import pipeline

    return pipeline()(content)


@lru_cache(maxsize=512)
def _clause(content: str) -> tuple[int, bool] | None:
    """Where the clause ends, and whether its capital is only the one a sentence opens with ("The group",
    "Even McCain"), if `content` is a clause of its own: its head a finite verb (or a modal's) with
    a subject inside it. A verb joined to the head ("..., and has championed", "..., and critics warned")
    may belong to the speaker's sentence rather than to what they said, unless a "that" of its own makes it
    part of what was said: the clause ends before it."""
    doc = _parsed(content)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    first = doc[0] if len(doc) else None
    if len(roots) != 1 or first is None:
        return None
    if (first.tag_ == "IN" and first.lower_ != "that") or first.tag_ in ("WRB", "WP", "WDT"):
        return None  # "after the agency asked", "why the vote failed": a time, a reason or a topic, not a claim
    if first.lower_ in ("that", "this", "these", "those") and first.dep_ in ("nsubj", "nsubjpass"):
        return None  # "that would create inflation": what "that" is stays behind in the article
    lower = first.text[:1].isupper() and first.tag_ in _SENTENCE_OPENERS and not first.ent_type_
    root = roots[0]
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.left_edge.i == 0 and c.i < root.i), None)
    reports = speech.is_cue(root, stance=True) or root.lower_ in ("heard", "hears", "learned", "learnt")
    if said is not None and reports and any(c.dep_ == "nsubj" and c.i > said.i for c in root.children):
        # "... on December 23, the court heard": a report inside the content; what was said is before it
        cut = said.right_edge.idx + len(said.right_edge.text)
        if content[cut:].lstrip(", \xa0")[:1] in ('"', "'", "“", "‘", ""):
            return None
        inner = _clause(content[:cut])
        return (inner[0], lower) if inner else None
    finite = root.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in root.children
    )
    if not finite or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return None
    quoted = [m.span() for m in _QUOTED.finditer(content)]
    for c in root.children:
        if any(a <= c.idx < b for a, b in quoted):
            continue  # '"paid the price for a decision that was right but badly explained"': the speaker's words
        if c.dep_ == "conj" and c.tag_.startswith("VB") and not any(g.dep_ == "mark" for g in c.children):
            if any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children) and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children
            ):
                continue  # "his client had cooperated ... and would fight the charges": told as he said it
            joint = [  # not a quotation mark the parse hung there: 'were "consistent with ..." and would'
                t for t in doc[root.i + 1 : c.i] if t.dep_ in ("cc", "punct") and t.head in (root, c) and not t.is_quote
            ]
            stop = joint[0] if joint else c
            if stop.i == 0 or doc[stop.i - 1].tag_ in _OPEN_ENDED:
                return None  # "the main goal is, but conceded ...": nothing whole is left before the verb
            if c.left_edge.i < stop.i:  # "... as she nears 70 and as a result, she is happy": "as a result" is the
                stop = c.left_edge  # cut-off clause's, and so is the "and" before it
            kept = re.sub(r"(?:[\s,;:–—-]+(?:and|but|or))+$", "", content[: stop.idx].rstrip(" ,;:-–—"))
            return len(kept.rstrip(" ,;:-–—")), lower
    return len(content), lower
