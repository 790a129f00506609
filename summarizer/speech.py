"""Speech events in a parsed article: a cue ("said", "told", "according to"), who speaks (the cue's
grammatical subject) and what is said (the clause the cue governs), read off the dependency parse.

The only word lists are the verbs themselves (of saying, and of holding a view or taking a side); who speaks
and what they say come from the grammar: `X said ...`, `said X`, `X told reporters ...`, `X, who said ...`,
`..., adding ...`, `X and said ...`, `according to X, ...`, `X wants ...`, `polls show ...`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.nlp import is_age, offset

if TYPE_CHECKING:
    from spacy.tokens import Token

    from summarizer.nlp import Parsed

SPEECH_VERBS = frozenset(
    """say tell add write explain declare demand recall insist argue note continue state tweet post warn
    acknowledge admit announce reply respond concede claim contend counter emphasize emphasise stress urge
    complain predict observe remark suggest testify caution joke quip conclude describe call accuse criticize
    criticise believe think report reiterate agree echo shout boast vow promise pledge proclaim assert maintain
    lament confirm deny hail label brand dub muse wonder interject answer repeat recount ask allege charge
    estimate tout blast slam dismiss praise fear hope question chide scoff retort disclose reveal indicate
    signal propose recommend advise threaten order instruct decline refuse comment""".split()
)
# Verbs of holding a view or taking a side ("wants a recount", "polls show ...", "endorsed Ms. Ruiz"): what
# they govern is a statement of the source's position, but never the speaker of a quote inside it ("Lee plans
# to cut 'red tape,' Ann Ruiz said": Ruiz speaks). Kept where, on the training articles, what they govern is
# an annotated attribution about as often as for the verbs of saying (half of the time or more).
STANCE_VERBS = frozenset(
    """want plan show find cite refer mention express seek point talk discuss worry endorse support oppose
    welcome denounce condemn expect defend mock blame credit decry rule calculate doubt prefer applaud forecast
    champion unveil rail""".split()
)
_IRREGULAR = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "found": "find",
    "shown": "show",
}
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# What a study finds is said, whatever its grammar: "A recent survey found 90 percent support for ..."
_FINDERS = frozenset(
    "poll polls survey surveys study studies report reports analysis analyses review audit research investigation "
    "inquiry probe census".split()
)
_PERSONAL = frozenset("me him her us them you".split())
# What counts or finds, whose showing is a finding: "polls show Lee leading", "figures showing families are worse off"
_COUNTS = _FINDERS | frozenset("figure data statistic record filing number polling result count tally".split())
# A share of a group, which speaks where the group is named: "Thirty-one percent of those surveyed say ..."
_SHARE_WORDS = frozenset("% percent cent half halves third thirds quarter quarters fourths fifths tenths".split())
_NO_ONE = frozenset({"nobody", "none", "neither", "noone"})
# Some of a group, which speaks for its part: "Many of her supporters say ...", "Two of the jurors said ..."; not
# "Few of them said", which all but denies that they said it
_PORTION_WORDS = frozenset(
    "many most some several all both each one two three four five six seven eight nine ten".split()
)
PARTS = _SHARE_WORDS | _PORTION_WORDS
# "Nothing the president said will ...", "Few expect ...", "This shows ...": quantifiers and determiners
_NOT_SPEAKER_TAGS = frozenset({"DT", "PDT", "CD", "JJ", "JJR", "JJS", "RB", "EX", "VBG"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "prep", "dative", "advcl", "acomp"})
# Verbs whose object is the person addressed, not what is said: their content is a clause or a quote only.
_ADDRESSEE = frozenset({"tell", "ask", "urge", "warn", "advise", "order", "instruct", "answer", "call"})


@dataclass(frozen=True)
class Event:
    cue: Token  # the verb, or "according"
    cue_text: str  # as written: "said", "according to"
    subject: Token | None  # the head of the speaker phrase
    content: tuple[int, int] | None  # what is said, as article offsets (may hold quotes)
    stance: bool = False  # a verb of holding a view, not of saying: never credits a quote
    gap: tuple[int, int] | None = None  # "X, the office said, Y": the attribution inside the content, left out


_CUE_WORDS = SPEECH_VERBS | STANCE_VERBS


def lemma(word: str, among: frozenset[str] | None = None) -> str:
    """The base form of a verb form, enough to recognise speech verbs (or the verbs `among`) without a lemmatizer."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w == "made":
        return "make"
    cands = [w]  # each ending undone only where the word has it: "saved" is not "say", "planted" not "plan"
    if w.endswith(("ies", "ied")):
        cands.append(w[:-3] + "y")  # denies, denied
    if w.endswith("s"):
        cands += [w[:-1]] + ([w[:-2]] if w.endswith("es") else [])  # says, echoes
    if w.endswith("ed"):
        cands += [w[:-1], w[:-2]] + ([w[:-3]] if w[-3:-2] == w[-4:-3] else [])  # noted, added, admitted
    if w.endswith("ing"):
        cands += [w[:-3], w[:-3] + "e"] + ([w[:-4]] if w[-4:-3] == w[-5:-4] else [])  # adding, noting, quipping
    known = _CUE_WORDS if among is None else among
    return next((c for c in cands if c in known), w)


_VIEW_FORMS = frozenset(
    "see sees saw seen seeing view views viewed viewing regard regards regarded regarding consider considers "
    "considered considering".split()
)


def _views(tok: Token) -> bool:
    """A view held: "Obama sees Netanyahu as captured by a hard-line philosophy", "the campaign sees that the
    polls may be improving" (not "saw an increase", "will see the game")."""
    if tok.lower_ not in _VIEW_FORMS or not tok.tag_.startswith("VB"):
        return False
    if any(c.dep_ == "ccomp" and _that(c) for c in tok.children):
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)  # not "what he saw as ..."
    return obj is not None and any(  # "as" right after the object, however the parse hung it ("as neutral")
        c.left_edge.lower_ == "as" and c.left_edge.i == obj.right_edge.i + 1 for c in tok.children
    )


def is_cue(tok: Token, stance: bool = False) -> bool:
    """A verb of saying (or, with `stance`, also of holding a view)."""
    word = lemma(tok.text) if tok.tag_.startswith("VB") else ""
    return word in SPEECH_VERBS or (stance and word in STANCE_VERBS) or _put_it(tok) or _hit_back(tok)


# Verbs of striking that say a retort with "back": "shot back that ...", "hit back at critics, saying ..."
_STRIKING = frozenset("shoot shoots shot shooting fire fires fired firing hit hits hitting snap snaps snapped".split())


def _hit_back(tok: Token) -> bool:
    """ "Alvarado shot back that Park had spent her career ...": a retort, said."""
    return (
        tok.lower_ in _STRIKING
        and tok.tag_.startswith("VB")
        and any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") and c.i == tok.i + 1 for c in tok.children)
    )


def _put_it(tok: Token) -> bool:
    """ "As one resident put it: ...", "as she puts it": the words that follow are how they said it."""
    return (
        tok.lower_ in ("put", "puts")
        and tok.tag_.startswith("VB")
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    )


def events(parsed: Parsed, quoted: Callable[[int], bool]) -> list[Event]:
    """Every speech event whose cue stands outside quotation marks, in reading order."""
    out: list[Event] = []
    for tok in parsed.tokens():
        if tok.tag_ == "NN" and (who := _participle_read_as_noun(tok)) is not None and not quoted(parsed.start(tok)):
            out.append(Event(tok, tok.text, who, None))
            continue
        if (tok.tag_[:2] != "VB" and tok.lower_ != "according") or quoted(parsed.start(tok)):
            continue  # only verbs and "according (to)" are cues
        if _prefixed(tok):
            continue  # "under-reported the number of plays": no report
        reads = _written_reads(tok)
        framed = not is_cue(tok, stance=True) and _frames_quote(tok, quoted)
        viewed = _views(tok)
        if (is_cue(tok, stance=True) and not _call_by_name(tok) and not _not_speech(tok)) or reads or framed or viewed:
            who = subject(tok, quoted)
            content, gap = (None if framed else _clause(parsed, tok, who)), None  # framed: the quote says it all
            if (tok.dep_ == "parataxis" and (content is None or _aside(tok))) or (content is None and _as_said(tok)):
                around, aside = _parenthetical(parsed, tok)  # the clause the cue is set in says it
                if around is not None:
                    content, gap = around, aside
            if content is not None and _trailing(tok) and _consequence_after(tok, parsed, content):
                content = None  # "..., the government has confirmed, raising fears that ...": the sentence before
            listed = _listed(tok) if content is None else None
            if listed is not None:
                # "She died after a short illness, her son, David Hale, said": the sentence up to the speaker's phrase
                content = _span(parsed, [t for t in tok.head.subtree if tok.sent.start <= t.i < listed.left_edge.i - 1])
            elif content is None and _trailing(tok):
                content = _before(parsed, tok)
            elif content is None and (broken := _sentence_read_as_pieces(tok)) is not None:
                content = _span(parsed, broken)
            elif content is not None and gap is None:
                content = _all_before_closing_cue(parsed, tok, content) or content
            elif content is None and _aside_read_as_relative(tok):
                content = _span(parsed, [t for t in tok.sent if t.i < _first_word(tok).i - 1])
            elif (
                content is None
                and who is not None
                and (apposed := _apposed_to_verb_read_as_subject(who.head)) is not None
                and apposed.i == who.i
            ):
                # "... closed while the police investigate, its owner, Scentre Group, said": the words before the
                # speaker's phrase
                content = _span(parsed, [t for t in tok.sent if t.i < who.left_edge.i - 1])
            elif content is None and (apposed := _apposed_teller(tok, who)) is not None:
                content = _span(parsed, [t for t in tok.head.subtree if tok.sent.start <= t.i < apposed.i - 1])
            elif (
                content is None
                and who is not None
                and (glued := _post_and_name_glued_before(tok)) is not None
                and glued.i == who.i
            ):
                # "At least five people have died ..., the Los Angeles County sheriff, Robert Luna, said at ...": the
                # sentence up to the post set before the name
                content = _span(parsed, [t for t in tok.sent if t.i < glued.head.left_edge.i - 1])
            fronted = _fronted_subject(tok, who) if content is not None and gap is None else None
            if fronted is not None:
                # "Her court, she said in a televised message, would defend the constitution": the subject the parse
                # gave the cue too is the subject of what was said, the cue's words between them
                front, clause = fronted
                content = parsed.start(front.left_edge), parsed.end(clause.right_edge)
                gap = parsed.start(tok.doc[front.right_edge.i + 1]), parsed.end(tok.doc[clause.left_edge.i - 1])
            said_of = _relative_said_of(tok) if content is not None and gap is None else None
            if said_of is not None:
                # "the two-child limit, which the charity says pushes more families into poverty": that the limit
                # does, the relative word and the speaker's words left out
                noun, last = said_of
                end = _main_verb_run_into_relative(tok)
                content = parsed.start(noun.left_edge), parsed.end(end) if end is not None else content[1]
                gap = parsed.end(last), parsed.start(tok.doc[tok.i + 1])
            if reads and content is not None and not (quoted(content[0]) or quoted(content[0] + 1)):
                content = None  # a text's own words are the quote it reads, nothing else around it
            cue = _negated(tok) or tok.text
            prt = next((c for c in tok.children if c.dep_ == "prt" or (c.lower_ == "back" and _hit_back(tok))), None)
            if prt is not None and prt.i == tok.i + 1 and not _amount_read_as_particle(prt):
                cue = f"{cue} {prt.text}"
            out.append(Event(tok, cue, who, content, stance=not (reads or framed or is_cue(tok)), gap=gap))
        elif (source := _heard_from(tok)) is not None:
            # "heard from students that the mayor is a 'control freak'": the students said it
            out.append(Event(tok, f"{tok.text} from", source, _clause(parsed, tok, source)))
        elif tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None and not _in_keeping_with(tok, obj):
                obj = _released_by(obj) or _person_named_after(obj) or obj
                content = _according_content(parsed, tok)
                # "At the heart of the trouble, according to Ross, was a decision ...": the phrase is no part of it
                gap = _aside_gap(parsed, tok, content)
                if gap is not None and not content[0] < gap[0] < gap[1] < content[1]:
                    gap = None
                out.append(Event(tok, f"{tok.text} {to.text}", obj, content, gap=gap))
    return out


_BEFORE_CUE = frozenset({"aux", "auxpass", "neg", "advmod"})


# Prefixes that make a verb of saying into one of doing: "under-reported", "over-stated", "mis-stated"
_PREFIXES = frozenset("under over mis counter".split())


def _prefixed(verb: Token) -> bool:
    """The verb is the second half of a word joined by a hyphen to one of `_PREFIXES`."""
    doc = verb.doc
    return (
        verb.i > 1
        and doc[verb.i - 1].text == "-"
        and not doc[verb.i - 1].whitespace_
        and not doc[verb.i - 2].whitespace_
        and doc[verb.i - 2].lower_ in _PREFIXES
    )


def _negated(verb: Token) -> str | None:
    """ "has not endorsed", "wouldn't say": a negated cue with its auxiliaries, so that what it governs is never
    shown as said or held ("Vos | endorsed | Berg" for "Vos has not endorsed Berg")."""
    yet = _yet_to(verb)
    if yet is not None:
        return verb.doc[yet.i : verb.i + 1].text  # "has yet to say how": not said, as "did not say" is not
    if not _denied(verb):
        return None
    start = verb.i
    while start > 0 and verb.doc[start - 1].dep_ in _BEFORE_CUE and verb.doc[start - 1].head.i == verb.i:
        start -= 1
    while verb.doc[start].dep_ == "advmod":
        start += 1  # "Still, he did not say": the adverb before the auxiliaries is the sentence's
    return verb.doc[start : verb.i + 1].text


def _yet_to(verb: Token) -> Token | None:
    """The "has" of "the government has yet to say how ...": a cue someone is yet to make, which they have not."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lower_ not in ("has", "have", "had", "is", "are", "was", "were"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children):
        return None
    return head if any(c.dep_ == "advmod" and c.lower_ == "yet" and c.i == head.i + 1 for c in head.children) else None


def _denied(verb: Token) -> bool:
    """ "did not say", "couldn't believe": the verb has a negation of its own."""
    return any(c.dep_ == "neg" for c in verb.children)


def _participle_read_as_noun(tok: Token) -> Token | None:
    """ "..., with one commenter musing: '...'": a participle of saying after "with", right before a colon, which
    the parse took for a noun with the one who says it as its modifier; that one, where it is a person."""
    doc = tok.doc
    if not tok.lower_.endswith("ing") or lemma(tok.text) not in SPEECH_VERBS or tok.i + 1 >= len(doc):
        return None
    if doc[tok.i + 1].text != ":" or tok.head.lower_ != "with":
        return None  # "with one fan writing:", not "made light of the incident writing:"
    from summarizer.speakers import people_word

    who = next((c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i == tok.i - 1), None)
    if who is None or not (who.ent_type_ == "PERSON" or (who.tag_ in ("NN", "NNS") and people_word(who.lower_))):
        return None
    return who


_HEAR = frozenset("hear hears heard hearing".split())
_HEARING = _HEAR | frozenset("learn learns learned learnt learning".split())


def hears(verb: Token) -> bool:
    """ "heard": a verb whose subject takes in what others say ("The court heard ...")."""
    return verb.lower_ in _HEAR and verb.tag_.startswith("VB")


def _heard_from(verb: Token) -> Token | None:
    """Who a hearer heard it from, where what was heard follows as a clause: "heard from students that ...",
    "learned from aides that ...". Not "heard from her lawyer" alone, nor "heard the news from him"."""
    if verb.lower_ not in _HEARING or not verb.tag_.startswith("VB"):
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return source if source is not None and _may_speak(source) else None


_BE_HAVE = frozenset("is are was were am 's 're be has have had 've 'd".split())


def _frames_quote(verb: Token, quoted: Callable[[int], bool]) -> bool:
    """ "'Go back to your desk,' Hale barked", "'This is fantastic!' beamed Ann Lee": any verb that takes the
    quotation just closed before it (or before its subject) as its clause says those words."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or verb.i == 0 or verb.lower_ in _BE_HAVE:
        return False  # "'...' is one common saying here": what the words are, not who says them
    if verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "'...' was shouted", "has become": a past tense read as a participle only
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    first = subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i
    while subj is None and first > 0 and verb.doc[first - 1].tag_ in ("NNP", "NNPS"):
        first -= 1  # '"...," Trump barked', the name parsed as part of the verb
    j = first - 1
    while j >= 0 and verb.doc[j].text in (",", "!", "?"):
        j -= 1
    if j <= verb.sent.start or not verb.doc[j].is_quote or not quoted(offset(verb.doc[j])):
        return False
    # the quotation opens the sentence and the verb is the sentence's own: '"...," X verbed ...'
    opening = verb.doc[verb.sent.start]
    # (or one the parse hung on the quotation itself)
    own = verb.dep_ == "ROOT" or quoted(offset(verb.head))
    return own and opening.is_quote and all(quoted(offset(t)) for t in verb.doc[opening.i : j + 1])


def _written_reads(verb: Token) -> bool:
    """ "The letter reads: '...'", "'...,' a sign on the door read": a text that reads its words, not a person
    reading something out (a name or a person's pronoun as the subject) and not reading an object."""
    if verb.lower_ not in ("read", "reads") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    found = _subject(verb)
    if found is None or found.ent_type_ == "PERSON" or found.tag_ in ("PRP", "NNP", "NNPS"):
        return False
    return not any(
        c.dep_ in ("dobj", "prep", "prt") and c.i > verb.i and not c.is_punct
        for c in verb.children
        if not (c.dep_ == "dobj" and c.is_quote)
    )


def subject(verb: Token, quoted: Callable[[int], bool] | None = None) -> Token | None:
    """The speaker phrase's head for a speech verb, following coordination, participles and relatives.
    A subject inside quotation marks is a misparse of the quote, never the speaker."""
    found = _subject(verb) or _joined_to_fronted_place(verb) or _subject_of_whose_read_as_clause(verb)
    if found is not None and (_expletive(found, verb) or _no_one(found)):
        return None  # "It's hard to believe that ...", "Nobody asked ...": no one believes or asks it
    if _expected_of(verb):
        return None  # "with the number expected to rise": what is expected of it, by no one named
    if (
        verb.dep_ == "conj"
        and _passive(verb)
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)
        and _loose_agent(verb) is None
    ):
        return None  # "said the nominee was unqualified and had been accused of misconduct": by no one named
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and _loose_agent(verb) is None
    ):
        # "to pay her legal costs, estimated at £600,000", "When questioned about the offence": a participle with no
        # subject of its own, by no one named
        return None
    found = (
        _addressed(found)
        or _given_word_read_as_preposition(found)
        or _one_described(found)
        or _people_after_an_object(found)
        or found
    )
    if found is not None and not _may_speak(found):
        found = None  # "who Beck on Wednesday called ...", "John Kasich (R-OH), said"
    if (
        found is None
        and quoted is not None
        and _passive(verb)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    ):
        return None  # "Carlos Mazón has been criticised for sending ...": the one spoken of, and no one who spoke
    if quoted is not None and (found is None or quoted(offset(found))):
        # "'... Destination unknown,' tweeted reporter Byron Tau": the parse may give the cue two subjects
        other = next((c for c in verb.children if c.dep_ == "nsubj" and not quoted(offset(c)) and _may_speak(c)), None)
        # "'..., Mr. President,' Rep. Ana Ruiz, Democrat of Ohio, told him": the quote's vocative parsed as the
        # subject, the speaker as its apposition
        named = (
            next((c for c in found.children if c.dep_ == "appos" and not quoted(offset(c)) and _may_speak(c)), None)
            if found is not None
            else None
        )
        return other or named or _named_one(found) or _adjacent(verb, quoted) or _named_before(verb, quoted)
    return (
        _titled_apposition(found, verb)
        or _titled_conj(found)
        or _named_body(found)
        or _fronted_place(found)
        or person_of_body(found)
        or _spokesperson_read_as_joined(found)
        or _named_in_post_of(found)
        or found
    )


def _subject_of_whose_read_as_clause(verb: Token) -> Token | None:
    """ "One mother, whose three-year-old's photo was posted on a forum, said:": the speaker and the "whose" clause
    set off after it, which the parse read as a clause said before the cue, with the speaker its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if said is None or said.right_edge.i + 2 != verb.i or verb.doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != verb.sent.start or subject.i + 2 >= len(verb.doc):
        return None
    whose = verb.doc[subject.i + 2]
    if verb.doc[subject.i + 1].text != "," or whose.lower_ != "whose":
        return None
    from summarizer.speakers import people_word

    return subject if subject.ent_type_ == "PERSON" or people_word(subject.lower_) else None


_RECEIVING = frozenset("receive receives received receiving get gets got getting".split())


def _received_from(verb: Token) -> Token | None:
    """ "Residents received text messages from the ministry telling them to leave", "got a letter saying ...": a
    participle on what someone received says what its sender said (the body after "from"), or else what the thing
    itself says; never what the one who received it says."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return None
    main = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    if main.lower_ not in _RECEIVING or main.i == verb.i:
        return None
    thing = verb.head if verb.dep_ == "acl" else next((c for c in main.children if c.dep_ == "dobj"), None)
    if thing is None or not thing.tag_.startswith("NN"):
        return None
    fro = [c for t in (thing, main) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
    sender = next((o for f in fro for o in f.children if o.dep_ == "pobj"), None)
    return sender or thing


def _spokesperson_read_as_joined(found: Token | None) -> Token | None:
    """ "A Department of Health and Human Services spokesman, Andrew Nixon, said": the body's name read as the
    subject and the spokesman joined to it with no "and": the spokesman, by the name set beside them."""
    if found is None or found.ent_type_ != "ORG":
        return None
    spoke = next((c for c in found.children if c.dep_ == "conj" and c.lower_ in SPOKESPEOPLE), None)
    if spoke is None or any(c.dep_ == "cc" for c in found.children) or found.doc[spoke.i - 1].ent_type_ != "ORG":
        return None
    name = next((c for c in spoke.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    return name or spoke


# Words for one who speaks for a body.
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())


def _named_in_post_of(found: Token | None) -> Token | None:
    """ "The Royal College of Emergency Medicine's president, Dr Adrian Boyle, said", parsed with the body's name as
    the subject and its post inside it: the person named beside the post speaks."""
    if found is None or found.ent_type_ != "ORG":
        return None
    of = next((c for c in found.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    post = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if post is None or post.tag_ != "NN" or post.ent_type_ or not any(c.dep_ == "poss" for c in post.children):
        return None
    return next((c for c in post.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _expected_of(verb: Token) -> bool:
    """ "with the number expected to rise further", "the deal, thought to be worth $1bn": a past participle with no
    auxiliary of its own, before a "to" clause, says what others expect of its subject; the subject expects
    nothing."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ not in ("ROOT", "conj", "ccomp")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in verb.children
        )
    )


def _one_described(found: Token | None) -> Token | None:
    """ "One, a European diplomat who asked not to be named, said": one of a group, described beside it; the
    description says who speaks."""
    if found is None or found.lower_ not in ("one", "another") or any(c.dep_ == "prep" for c in found.children):
        return None  # not "One of the authors, Ari Fleischer, said": the name says who
    return next((c for c in found.children if c.dep_ == "appos" and c.tag_ == "NN" and not c.ent_type_), None)


def _name_before_description(subj: Token, subjects: list[Token]) -> Token | None:
    """The name set before a description that the parse made a subject of its own, right after the comma that
    closes the name: "COGAT, the Israeli defence ministry body ..., said"."""
    if not subj.tag_.startswith("NN") or subj.tag_.startswith("NNP"):
        return None
    for name in subjects:
        end = name.right_edge.i
        if (
            name.i < subj.i
            and name.tag_ in ("NNP", "NNPS")
            and name.left_edge.i == name.sent.start
            and name.doc[end + 1].text == ","
            and subj.left_edge.i == end + 2
            and subj.left_edge.lower_ in ("the", "a", "an")
        ):
            return name
    return None


def _name_begun_in(subj: Token, subjects: list[Token]) -> Token | None:
    """The subject among `subjects` inside whose phrase the name holding `subj` begins."""
    if not subj.ent_type_:
        return None
    start = subj.i
    while start > 0 and subj.doc[start].ent_iob_ == "I":
        start -= 1
    return next((c for c in subjects if c.i < start <= c.right_edge.i and c.i < subj.i), None)


def _given_word_read_as_preposition(found: Token | None) -> Token | None:
    """ "Arsenal captain Per Mertesacker says": the given name read as a preposition, the surname as its object;
    the person so named speaks, not the office."""
    if found is None or not found.tag_.startswith("NN"):
        return None
    from summarizer.names import given_word

    for prep in found.children:
        if prep.dep_ == "prep" and prep.i == found.i + 1 and given_word(prep):
            return next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNP"), None)
    return None


FRONTED = frozenset("near in at outside inside across around throughout from".split())


def subject_in_apposition(ent) -> bool:
    """Whether the name (a span) is a fronted place phrase read as a subject with the real one as its apposition."""
    return _fronted_place(ent.root) is not None


def _no_one(tok: Token) -> bool:
    """ "Nobody", "No one", "None of the witnesses", "Neither of them", "No group": a subject that denies the
    saying."""
    no = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "no"), None)
    # (not "A No 10 spokesperson": Downing Street's number, "No" capitalised before the figure)
    number = no is not None and no.text == "No" and no.i + 1 < len(no.doc) and no.nbor().text.isdigit()
    if tok.tag_ in ("NN", "NNS") and no is not None and not number:
        return True  # "No group immediately claimed responsibility"
    return tok.lower_ in _NO_ONE or (tok.lower_ == "one" and tok.i > 0 and tok.nbor(-1).lower_ == "no")


def _fronted_place(found: Token | None) -> Token | None:
    """ "Near Fort Carson, the Colorado State Patrol responded": a place phrase opening the sentence, parsed as the
    subject with the real subject as its apposition; the apposition speaks. So does a subject parsed as joined to
    it after the comma ("Outside court, Councillor Amira Shah ... said")."""
    if found is None or found.left_edge.i != found.sent.start or found.left_edge.lower_ not in FRONTED:
        return None
    return next(
        (
            c
            for c in found.children
            if c.i > found.i and (c.dep_ == "appos" or (c.dep_ == "conj" and c.doc[c.left_edge.i - 1].text == ","))
        ),
        None,
    )


def _joined_to_fronted_place(verb: Token) -> Token | None:
    """ "In Lviv, Oksana Hrytsenko, 61, said ...": a verb with no subject, whose sentence opens on a place phrase the
    parse joined the name after the comma to; the name speaks."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start), None)
    if prep is None or prep.lower_ not in FRONTED:
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None:
        return None
    return next(
        (
            c
            for c in place.children
            if c.dep_ in ("conj", "appos")
            and c.ent_type_ == "PERSON"
            and c.doc[c.left_edge.i - 1].text == ","
            and not any(t.lower_ in ("and", "or") for t in c.doc[place.i : c.left_edge.i])
        ),
        None,
    )


def _expletive(found: Token, verb: Token) -> bool:
    """ "It's important to think of ...", "It is hard to believe that ...": an "it" that stands for nothing, the
    subject of a copula and an adjective whose clause holds the verb."""
    head = found.head
    return (
        found.lower_ == "it"
        and head.i != verb.i
        and head.lower_ in _COPULAS
        and any(c.dep_ == "acomp" for c in head.children)
        and any(c.dep_ in ("xcomp", "ccomp") and c.i <= verb.i <= c.right_edge.i for c in head.children)
    )


def _named_body(found: Token | None) -> Token | None:
    """ "The group, LPAC, launched ...": a common noun with the name of an organisation set beside it; the
    organisation is the source."""
    if found is None or found.tag_ not in ("NN", "NNS") or found.ent_type_:
        return None
    name = next((c for c in found.children if c.dep_ == "appos" and c.i == found.i + 2), None)
    return name if name is not None and name.ent_type_ == "ORG" and found.doc[found.i + 1].text == "," else None


def person_of_body(found: Token | None) -> Token | None:
    """ "Inspector Graham Munro of Police Scotland said", parsed with the body as the subject and the name hung on
    it: the person named before the "of", who speaks for it; also "Julia Christian of the campaign group Fern
    said", the name hung on the body's name after the noun for it."""
    if found is None or found.ent_type_ != "ORG":
        return None
    for person in [*found.lefts, *(c for c in found.head.lefts if c.i < found.i)]:  # hung on the name, or the verb
        of = next((c for c in person.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if person.ent_type_ == "PERSON" and of is not None and of.right_edge.i == found.i - 1:
            return person
    if found.ent_iob_ != "I":
        return None
    first = found.i
    while first > 0 and found.doc[first].ent_iob_ == "I":
        first -= 1
    of = found.doc[first - 1] if first > 0 else None
    if of is None or of.lower_ != "of" or first - 2 < 0:
        return None
    person = found.doc[first - 2]
    if person.ent_type_ != "PERSON" or found not in person.ancestors:
        return None
    return person


def _named_one(found: Token | None) -> Token | None:
    """ "a commenter known as 'fatalsplash' who accused ...": the subject is a name in quotation marks given to
    someone; the one it names speaks."""
    if found is None or found.dep_ not in ("pobj", "oprd"):
        return None
    verb = found.head.head if found.dep_ == "pobj" and found.head.lower_ == "as" else found.head
    if verb.lower_ not in ("known", "called", "named", "dubbed"):
        return None
    noun = verb.head if verb.dep_ == "acl" else None
    return noun if noun is not None and noun.tag_ in ("NN", "NNS") and _may_speak(noun) else None


def _titled_conj(found: Token | None) -> Token | None:
    """ "said Recording Academy president and CEO Neil Portnow", "Chief executive and founder Ann Lee said": two
    titles joined before one name, the parse reading the first title as a second subject. A role noun with no
    article of its own is a title, and the person named after it speaks (not "The mayor and Ann Lee said")."""
    if found is None or found.tag_ != "NN" or found.ent_type_ or not found.text.islower():
        return None  # a role word, not a name ("Congress and President Obama agreed": two)
    if any(c.dep_ in ("det", "poss", "nummod") for c in found.children):
        return None
    person = next((c for c in found.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
    if person is None or not any(t.dep_ == "compound" and t.ent_type_ != "PERSON" for t in person.lefts):
        return None  # "president and Ann Lee": no title before the name, two people
    return person


def _addressed(found: Token | None) -> Token | None:
    """ "A spokesman for the Hale Center in Austin, Texas said": the state of an address parsed as the subject;
    the one the address belongs to speaks."""
    if found is None or found.ent_type_ != "GPE" or found.i < 2 or found.doc[found.i - 1].text != ",":
        return None
    tok = found.doc[found.i - 2]
    if tok.tag_ != "NNP" or tok.dep_ != "pobj":
        return None
    for _ in range(12):
        if tok.ent_type_ == "PERSON" and tok.dep_ != "pobj":
            return tok
        if tok.dep_ not in ("pobj", "prep", "compound") or tok.head.i == tok.i:
            return tok if tok.tag_.startswith("NN") and tok.i < found.i - 2 else None
        tok = tok.head
    return None


def _may_speak(tok: Token) -> bool:
    """Not a date, number, quantifier or parenthesis: something that can be a speaker. A person's or body's name
    is one also where it was tagged as an adjective ('..." Trump, later alleging ..., said')."""
    if _in_parentheses(tok):
        return False
    if tok.lower_ == "those" and any(c.dep_ == "acl" for c in tok.children):
        return True  # "those surveyed say ...", "those polled said ..."
    if tok.lower_ in ("latter", "former") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return True  # "the latter said": one of two just named
    if tok.lower_ in _SHARE_WORDS and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "Thirty-one percent of those surveyed say ...", "three-fourths of voters say ..."
    if one_of_them(tok) or some_of_them(tok):
        return True  # "Fans flooded the post. One wrote: ...": one of the fans
    if tok.lower_ == "old" and any(c.lower_ in ("year", "years") for c in tok.children):
        return True  # "the 31-year-old said": someone by their age, which the recogniser took for a date
    if is_age(tok.lower_):
        return True  # the same age as one word ("the 35-year-old wrote"), which the recogniser took for a number
    if tok.lower_ in _PORTION_WORDS:
        groups = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        # "All but one of the 23 speakers urged ...": all of a group save a few
        save = [n for b in tok.children if b.lower_ == "but" for n in b.children if n.lower_ in _PORTION_WORDS]
        groups += [c for n in save for c in n.children if c.dep_ == "prep" and c.lower_ == "of"]
        return any(_a_group(c) for c in groups)
    if tok.tag_ == "RB" and tok.text.istitle() and any(c.dep_ == "appos" and c.tag_ == "NN" for c in tok.children):
        return True  # "Fide, the game's governing body, said", the name read as an adverb: what the apposition says
    if tok.tag_ == "JJ" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True  # "The BBC's director-general, Tim Davie, said", "general" read as an adjective: the person named
    return _adjective_name(tok) or not (tok.ent_type_ in _NOT_SPEAKERS or tok.tag_ in _NOT_SPEAKER_TAGS)


_FRACTIONS = frozenset("half third quarter majority minority".split())


def some_of_them(tok: Token) -> bool:
    """ "Most said the economy mattered most", "Only 31 percent said ...": a subject that stands alone for part of a
    group just named."""
    if tok.dep_ == "nsubj" and tok.lower_ in _FRACTIONS and tok.head.tag_ != "VBG":
        # "more than half said", "a third said": with the words of how much, which the parse hangs on it
        return all(c.dep_ in ("advmod", "amod", "quantmod", "det", "nummod") for c in tok.children)
    if tok.dep_ != "nsubj" or any(c.dep_ not in ("advmod", "nummod") for c in tok.children):
        return False
    if tok.head.tag_ == "VBG":
        return False  # "protests, with many calling for ...": no one group said to be speaking
    if tok.lower_ in ("percent", "%"):
        return any(c.dep_ == "nummod" for c in tok.children)
    return tok.lower_ in ("many", "most", "some", "several") and not any(True for _ in tok.children)


def one_of_them(tok: Token) -> bool:
    """ "One wrote: ...", "Another added: ...": a subject that stands alone for one of a group just named; also
    "One, who asked not to be named, said", where the aside says only that the one is a person."""
    return (
        tok.lower_ in ("one", "another")
        and tok.dep_ == "nsubj"
        and all(c.is_punct or (c.dep_ == "relcl" and _by_who(c)) for c in tok.children)
    )


def _by_who(rel: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in rel.children)


def _a_group(of: Token) -> bool:
    """ "(many) of the skippers", "(two) of them", "(one) of the group": people or a body, not a number or amount
    ("one of 10", "half of the $2 million")."""
    return any(
        c.dep_ == "pobj" and (c.tag_.startswith("NN") or c.tag_ == "PRP") and c.ent_type_ not in _NOT_SPEAKERS
        for c in of.children
    )


def _adjective_name(tok: Token) -> bool:
    return tok.ent_type_ in ("PERSON", "ORG") and tok.tag_ in ("JJ", "JJR", "JJS")


def _titled_apposition(found: Token | None, verb: Token) -> Token | None:
    """ "Or maybe Jeb Bush, digital consultant Phil Musser says": a person named with a role right before the
    verb, parsed as an apposition to another person or as a second subject, is the one who speaks."""
    if found is None or found.ent_type_ != "PERSON":
        return None
    others = [c for c in found.children if c.dep_ == "appos"] + [c for c in verb.children if c.dep_ == "nsubj"]
    for child in others:
        if child == found or child.ent_type_ != "PERSON" or child.i != verb.i - 1:
            continue
        if any(t.tag_ in ("NN", "NNS") and t.i < child.i for t in child.lefts):
            return child
    return None


def _in_parentheses(tok: Token) -> bool:
    before = tok.doc[tok.sent.start : tok.i]
    opened = max((t.i for t in before if t.text == "("), default=-1)
    closed = max((t.i for t in before if t.text == ")"), default=-1)
    return opened > closed


def _hung_on_quote(verb: Token, quoted: Callable[[int], bool]) -> bool:
    """A cue that follows a quotation set off by a comma ('"...," X, 58, told'), parsed as part of it."""
    if not quoted(offset(verb.head)):
        return False
    mark = next((t for t in reversed(verb.doc[verb.sent.start : verb.i]) if quoted(offset(t))), None)
    if mark is None or not mark.is_quote or mark.i == 0 or mark.i + 1 >= len(verb.doc):
        return False
    return verb.doc[mark.i - 1].text in (",", "?", "!") or verb.doc[mark.i + 1].text == ","


def misread_acl(verb: Token) -> bool:
    """ "..., when Mr. Ruiz, who lost his party's nomination, called for ...": a tensed verb right after the
    comma that closes an inserted clause, parsed as a modifier of the noun before the comma. (Not "schools in
    Birmingham called 'Trojan Horse'", a name given.)"""
    if verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    # (or read as a participle, where the noun it hangs on heads a sentence with no verb of its own: "Its president,
    # Arkady Dvorkovich, called Mishra ...")
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" and verb.head.tag_ in ("NN", "NNP"))


def _named_before(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """A main speech verb the parser left without a subject ("..., Elaine May, the manager, also said"): the
    closest name before it in its sentence that is not the object of a preposition or a verb; also for a cue
    parsed as part of the quote before it ('"...," Ramos, 58, told AFP'; '"...," Nate Silver, the polling guru
    who founded a website, tweeted')."""
    if verb.dep_ != "ROOT" and not misread_acl(verb) and not _hung_on_quote(verb, quoted):
        return None
    # (or, for a verb read as a modifier of the name that opens the sentence, that name, recognised or not: "Abba
    # Isa Tijani, director general of the commission, called the day 'historic'")
    hung_on = verb.head if misread_acl(verb) and verb.head.tag_ == "NNP" and verb.head.dep_ == "ROOT" else None
    for tok in reversed(verb.doc[verb.sent.start : verb.i]):
        named = tok.ent_type_ in ("PERSON", "ORG", "NORP") or (hung_on is not None and tok.i == hung_on.i)
        if not named or quoted(offset(tok)) or _in_parentheses(tok):
            continue  # not "OH" from "John Kasich (R-OH) said"
        last = tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
        if not last or not (tok.tag_.startswith("NN") or _adjective_name(tok)):
            continue  # only the last word of a name (also one tagged as an adjective)
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "mark" for c in tok.head.children):
            continue  # "X, later alleging that Y wanted ..., said": Y is the subject of a clause of its own
        if tok.dep_ == "nsubjpass" and tok.head.i == verb.i and _passive(verb):
            return None  # "Trump was asked, '...?'", "Trump was accused of ...": spoken to or about, not speaking
        if _in_phrase_object(tok, verb):
            continue  # "Trump, appearing after Clinton at the NBC/MSNBC forum, cited": not the network
        if _in_whose_aside(tok):
            continue  # "Emma Mason, whose daughter Tilly took her own life ..., said": not the daughter
        if tok.dep_ not in ("pobj", "dobj", "poss", "compound", "conj") or (
            tok.dep_ == "conj" and quoted(offset(tok.head))
        ):
            return tok
    return None


def _in_whose_aside(tok: Token) -> bool:
    """A name inside an aside that opens on ", whose" and has not closed by `tok`."""
    for before in reversed(tok.doc[tok.sent.start : tok.i]):
        if before.text == ",":
            return False
        if before.lower_ == "whose" and before.i > 0 and tok.doc[before.i - 1].text == ",":
            return True
    return False


def _in_phrase_object(tok: Token, verb: Token) -> bool:
    """A name inside the object of a preposition, however deep ("at the NBC/MSNBC forum"); not one set off after
    it, which the parse may hang there ("Speaking in Harlem, Clinton, ... accused")."""
    while tok.i != verb.i and tok.head.i != tok.i and tok.dep_ != "appos":
        if tok.dep_ == "pobj":
            return True
        tok = tok.head
    return False


def asked(verb: Token) -> bool:
    """ "X was asked", "X was told": a speech verb in the passive whose subject is the one spoken to."""
    return lemma(verb.text) in _ADDRESSEE and _passive(verb) and not any(c.dep_ == "agent" for c in verb.children)


def supposed(cue: Token) -> bool:
    """A cue in a clause that asks or supposes, on its own or inside another ("asked if she believed Putin wanted
    ...": neither the believing nor the wanting is reported)."""
    tok = cue
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children):
            return True
        if tok.dep_ not in ("ccomp", "xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# Verbs that put a duty or a wish on someone: what they are to say is not said ("a bill requiring companies to
# disclose ...", "urged the board to admit ..."; but "forced Stumpf to admit ..." and "made him concede ...": he did).
_OBLIGING = frozenset(
    "require order direct allow permit let enable pressure urge ask tell encourage invite instruct want expect".split()
)
_HOLDING_BACK = frozenset({"decline", "refuse", "fail", "hesitate"})
_PERMITTING = frozenset({"authorize", "authorise", "allow", "permit", "empower", "entitle", "clear"})
_MODALS = frozenset("would will could might may shall should must can 'll 'd wo ca".split())


_MEANT = frozenset("meant designed intended supposed built".split())
_WISHING = frozenset("hope want plan intend aim wish".split())


def unrealised(cue: Token) -> bool:
    """A speech act that has not happened: one put on someone as a duty or a wish ("a bill requiring companies to
    disclose how much public money went into a drug"; not "was forced to admit that ...", which he did), or a
    modal one inside what someone else is reported to say ("She said her group would ask insurers to cover ...":
    the plan is hers, told in her statement, and no asking is reported)."""
    head, infinitive = cue.head, _infinitive(cue)
    if (
        cue.dep_ in ("ccomp", "xcomp")
        and infinitive
        and lemma(head.text, _OBLIGING) in _OBLIGING
        and not _passive(head)
        and (any(c.dep_ == "nsubj" for c in cue.children) or any(c.dep_ == "dobj" for c in head.children))
    ):
        return True
    if infinitive and cue.dep_ == "xcomp" and lemma(head.text, _HOLDING_BACK) in _HOLDING_BACK:
        return True  # "declined to describe his response", "refused to say whether ..."
    if infinitive and cue.dep_ == "xcomp" and lemma(head.text, _WISHING) in _WISHING:
        return True  # "The team hoped to confirm the result with more observations": said, if at all, later
    if infinitive and cue.dep_ == "xcomp" and head.lower_ in _MEANT and _passive(head):
        return True  # "the feature had been meant to refuse requests involving real people": what it was for
    if infinitive and cue.dep_ == "xcomp" and lemma(head.text, _PERMITTING) in _PERMITTING and _denied(head):
        return True  # "because they were not authorized to discuss the talks"
    if infinitive and any(_anonymity(c) for c in head.children):
        return True  # "speaking on condition of anonymity to discuss private deliberations"
    if _made_to_speak(cue) and not _done(head):
        return True  # "will force Sanders to acknowledge ...", "trying to persuade voters to support ..."
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cue.children)
    if modal and cue.dep_ == "ccomp" and not is_cue(cue) and _guessed_by_another(cue, head):
        return True  # "traders bet that Ishiba would support the plan": their guess, not his stance
    return modal and cue.dep_ == "ccomp" and is_cue(head, stance=True)


def _guessed_by_another(cue: Token, head: Token) -> bool:
    """A view under a modal that a clause above, of someone else's, puts forward as a guess or a bet."""
    theirs = next((c for c in head.children if c.dep_ == "nsubj"), None)
    mine = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return theirs is not None and mine is not None and theirs.lower_ != mine.lower_ and mine.tag_ != "PRP"


def _done(verb: Token) -> bool:
    """A verb of something that happened: "forced", "has forced", "forces"; not "will force", "to force"."""
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
    # "..., prompting officials to urge residents to stay indoors": a participle of what the clause did
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj")
    return (verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") or participle) and not modal and verb.dep_ != "xcomp"


def _put_to(verb: Token) -> bool:
    """ "Asked whether the bank was worried, Solberg said ...", "When told of the ruling, Lee said ...": a participle
    of asking or telling set before the clause whose subject was asked or told; the asker is not named."""
    # '"No," Park replied when asked whether he would resign': after the clause, opened by "when", "if" ...
    opened = any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "if", "as", "after", "once") for c in verb.children
    )
    return (
        verb.dep_ == "advcl"
        # (or read as a past tense where it opens the sentence: "Asked what he would do next, Omar said ...")
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.i == verb.sent.start))
        and lemma(verb.text) in _ADDRESSEE
        and (verb.i < verb.head.i or opened)
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)
    )


def _adjacent(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """ "'..., Ferguson,' Trump said", "'...,' said Robert Reich, who ...": the name or pronoun right next to a
    cue that follows a quote, when the parse gave the cue no subject of its own."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or not (
        before.is_punct or before.is_quote or before.tag_.startswith("NN") or before.tag_ == "PRP"
    ):
        return None
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and before.tag_ in ("NN", "NNS") and not misread_acl(verb))
    if verb.dep_ == "acl" and participle and not _misread_main_verb(verb):
        # "the accountability demanded of the press" (also tagged as a past tense): what is demanded, not who
        # demands it
        return None
    # after the cue only when the cue follows the quote ('"...," said X'), and never the addressee of "told X"
    follows_quote = before.is_quote or (before.text == "," and verb.i > 1 and verb.doc[verb.i - 2].is_quote)
    after: tuple[int, ...] = ()
    if follows_quote and lemma(verb.text) not in _ADDRESSEE:
        j = verb.i + 1  # "'...,' tweeted a German user from Hanover": past the determiner and adjectives
        while j < len(verb.doc) and j - verb.i < 4 and verb.doc[j].tag_ in ("DT", "PDT", "JJ", "JJR", "JJS"):
            j += 1
        after = (verb.i + 1, verb.i + 2, j)
    left = []
    for i in range(verb.i - 1, max(verb.i - 5, verb.sent.start - 1), -1):
        tok = verb.doc[i]
        if tok.ent_type_ in _NOT_SPEAKERS or tok.tag_ in ("IN", "RB"):
            continue  # "Lind on Wednesday called": past the adverbials
        left.append(i)
        break
    for i in (*left, *after):
        if 0 <= i < len(verb.doc):
            tok = verb.doc[i]
            if tok.tag_ in ("NNP", "NNPS", "PRP", "NN", "NNS") and not quoted(offset(tok)):
                while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.tag_.startswith("NN"):
                    tok = tok.head  # "said Harbour Times reporter Ines Holm": the phrase's head, Holm
                if tok.dep_ == "pobj" and i < verb.i:
                    tok = _outside_phrase(tok)  # "another midwife present at the birth said": the midwife
                    if tok is None:
                        continue
                return tok
    return None


def _outside_phrase(tok: Token) -> Token | None:
    """The noun a prepositional phrase ending in `tok` belongs to ("the spokesman for the company": the
    spokesman), or the subject of the word it hangs from ("a midwife present at the birth"), else None."""
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head.head
    if tok.tag_ in ("NN", "NNS", "NNP", "NNPS"):
        return tok
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _misread_main_verb(verb: Token) -> bool:
    """A participle after a noun that the parse read as describing it, though it is the sentence's verb: it has
    an object of its own ("outlets reported more than one conversation"), or the noun is one of two subjects of
    the next verb ("Multiple outlets reported on Wednesday the Secret Service had ...")."""
    if any(c.dep_ in ("dobj", "ccomp", "oprd") for c in verb.children):
        return True
    noun = verb.head
    return noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i != noun.i for c in noun.head.children)


def _main_verb_read_as_participle(verb: Token) -> bool:
    """ "Two military analysts, Pat Megahan and Chris Harman, found in 2014 that ...": the sentence's verb, read
    as a participle on the noun before it, which the parse then made the sentence's head; its "that" clause
    shows it said something."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.dep_ == "ROOT"
        and verb.head.tag_.startswith("NN")
        # the "that" read as the clause's object at times ("reported in the journal Nature that the rice produced")
        and any(c.dep_ == "ccomp" and (_that(c) or c.left_edge.lower_ == "that") for c in verb.children)
    )


def _verb_after_aside(verb: Token) -> bool:
    """ "The far-right Vox party, which voted against, called the deal 'a scandal'": the sentence's verb right after
    the comma that closes a relative clause on its subject, read as a participle on that subject."""
    noun = verb.head
    return (
        misread_acl(verb)
        and noun.tag_.startswith("NN")
        and any(c.dep_ == "relcl" and noun.i < c.i < verb.i and c.right_edge.i == verb.i - 2 for c in noun.children)
    )


def _teller_in_aside(subj: Token, verb: Token) -> Token | None:
    """ "Clinton, a top aide said, 'is very confident'": a speech verb set in the sentence it reports, right after
    a noun phrase the parse hung on the name before it as an appositive, with no comma between that phrase and the
    verb, while the clause reported has no subject of its own: the name is that clause's subject and the phrase
    is who says it."""
    if verb.dep_ != "parataxis" or verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].text != ",":
        return None
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
    if appos is None or appos.right_edge.i != verb.i - 1 or appos.ent_type_ == "PERSON":
        return None
    reported = verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in reported.children) or reported.i < verb.i:
        return None
    return appos


def _name_run_into_title(subj: Token, verb: Token) -> Token | None:
    """ "... on the set of Fall of an Empire: The Story of Katherine of Alexandria Redwood said": a person's name
    right before the verb, at the end of a subject headed by a capitalised word for no person or body (a caption's
    title run into the copy), hung on it through "of": the name says it. Not "a spokesman for Ann Vos said", whose
    head is a word for a person, nor "the Agency" or "the Senate" bodies."""
    from summarizer.speakers import BODY_NOUNS, people_word

    before = verb.doc[verb.i - 1]
    if before.ent_type_ != "PERSON" or before.dep_ != "pobj" or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    if subj.tag_ != "NNP" or people_word(subj.lower_) or subj.lower_ in BODY_NOUNS:
        return None
    if before.right_edge.i != before.i or not any(a.i == subj.i for a in before.ancestors):
        return None
    path = list(itertools.takewhile(lambda a: a.i != subj.i, before.ancestors))
    return before if all(a.dep_ in ("prep", "pobj") and a.lower_ != "by" for a in path) else None


def _apposed_up_to(subj: Token | None, verb: Token) -> bool:
    """ "A spokesperson for the service, Anitta Hipper, said Turkey ...": a subject before the verb whose apposition
    the comma before the verb closes; the subject after it is the reported clause's, not an inverted speaker's."""
    return (
        subj is not None
        and subj.i < verb.i
        and subj.right_edge.i == verb.i - 1
        and any(c.dep_ == "appos" for c in subj.children)
    )


def _known_as_of(name: Token) -> Token | None:
    """ "Leung Kwok-hung, a veteran activist known as Long Hair, who shouted ...": the person a name someone is known
    by stands beside, whom the clause after it is on."""
    known = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else None
    if known is None or known.dep_ != "acl" or known.lower_ not in ("known", "nicknamed", "dubbed"):
        return None
    noun = known.head.head if known.head.dep_ == "appos" else known.head
    return noun if noun.ent_type_ == "PERSON" and noun.i < name.i else None


def _people_after_an_object(found: Token | None) -> Token | None:
    """ "as rescuers searched submerged car parks and residents of the worst-hit towns accused ...": of a subject
    joined by "and", the first a thing right after a verb the parse left with no object, the people after the "and"
    speak; the thing is what the verb before was done to."""
    if found is None or found.dep_ != "nsubj" or found.ent_type_ or _people_noun(found):
        return None
    before = found.doc[found.left_edge.i - 1] if found.left_edge.i > 0 else None
    if before is None or not before.tag_.startswith("VB") or any(c.dep_ == "dobj" for c in before.children):
        return None
    people = next((c for c in found.children if c.dep_ == "conj" and c.tag_ == "NNS" and _people_noun(c)), None)
    return people if people is not None and not people.ent_type_ else None


def _given_as(subj: Token) -> bool:
    """A subject right after the "as" of "who gave her name only as", which the parse hung on the main verb."""
    start = subj.left_edge.i
    return start > 1 and subj.doc[start - 1].lower_ == "as" and subj.doc[start - 1].dep_ == "mark"


def _subject(verb: Token) -> Token | None:
    if _verb_read_as_adjective(verb):
        return verb.doc[verb.i - 1]
    set_off = _set_off_before_aux(verb) or _main_verb_in_relative(verb)
    if set_off is not None:
        return set_off
    if _passive_joined(verb):
        return None  # "was taken out of class and told he could not return": who was told, not who told
    if verb.dep_ == "conj" and _told_by_no_one(verb):
        return None  # "he had been treated at a clinic and had not been told what he was given": who was told
    cue = verb
    raised = False  # come up from a complement: "X can be heard saying", whose passive subject says it
    sender = None
    for _ in range(8):
        deps = ("nsubj", "csubj", "nsubjpass") if raised else ("nsubj", "csubj")
        subjects = [c for c in verb.children if c.dep_ in deps]
        # two subjects are a misparse ("In Berea, OH, ... Gov. John Kasich said"): the one next to the verb
        subj = max(subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i), default=None)
        people = [c for c in subjects if c.ent_type_ == "PERSON"]
        if len(subjects) > 1 and len(people) == 1:
            return people[0]  # "said co-host Richard Hammond": "co" and "-" parsed as subjects too
        if len(subjects) > 1 and subj is not None:
            subj = _described_as_portion(subj, subjects) or subj
        if len(subjects) > 1 and subj is not None:
            # "A spokesperson for the Department for Culture, Media and Sport said": a name begun inside the other
            # subject's phrase, parsed as a subject where its list goes on past a comma, is the other's
            subj = _name_begun_in(subj, subjects) or subj
        if len(subjects) > 1 and subj is not None:
            # "COGAT, the Israeli defence ministry body that oversees aid to Gaza, said": the name, with its
            # description after the comma read as a second subject
            subj = _name_before_description(subj, subjects) or subj
        if len(subjects) > 1 and subj is not None and (any(c.tag_ == "WP$" for c in subj.children) or _given_as(subj)):
            # "Lind, 29, whose third album topped the charts, wrote ...": the relative clause's subject read as the
            # sentence's; the name it is said of speaks ("One woman, who gave her name only as Nina, told ...": the
            # name she gave, read as a second subject; the one who gave it)
            subj = next((c for c in sorted(subjects, key=lambda c: -c.i) if c.i < subj.i), subj)
        if len(subjects) > 1 and subj is not None and _stranded_object(subj):
            # "Officials who spoke with The Harbour Gazette said": the paper is the object of "with", not a subject
            subj = next((c for c in sorted(subjects, key=lambda c: -c.i) if c is not subj and c.i < subj.i), subj)
        if len(subjects) > 1 and verb.i > 0 and verb.doc[verb.i - 1].is_punct and not _apposed_up_to(subj, verb):
            # "..., said Alan Reyes, a demographer": a subject phrase right after the cue that follows a comma
            subj = next((c for c in subjects if c.left_edge.i == verb.i + 1), subj)
        if subj is None and verb.tag_ in ("VBD", "VBN", "VBZ") and verb.i > 0:
            before = verb.doc[verb.i - 1]
            if before.tag_ == "MD" and before.dep_ == "aux" and before.head.i == verb.i and before.text[:1].isupper():
                return before  # "Will wrote": a name read as a modal (a modal takes the bare verb)
        if subj is not None and subj.tag_ == "VBG":
            # "Young, later alleging that ..., said": the participle set off after the name read as the subject
            subj = _name_before_participle(subj) or name_after_opening(subj) or subj
        if subj is None and verb is cue:
            subj = _glued_subject(verb)
        aside = _aside_before(verb) if subj is None and verb is cue else None
        if aside is not None:
            verb = aside  # "Engineers traced it to a part, she said, declining to name the supplier": she declines
            continue
        if subj is not None and subj.dep_ == "csubj" and subj.tag_ in ("VBN", "VBG"):
            subj = _named_after_opening(subj, verb) or subj
        if subj is not None and verb is cue:
            subj = _teller_in_aside(subj, verb) or _name_run_into_title(subj, verb) or subj
            subj = _subject_of_verb_read_as_adjective(subj) or _apposed_to_verb_read_as_subject(subj) or subj
        if subj is not None:
            # (or on what a cue above says: "The High Court has ruled that the use of a barge is lawful, dismissing
            # a challenge": the court dismissed it)
            above = verb.dep_ == "advcl" or (verb.dep_ == "ccomp" and is_cue(verb.head, stance=True))
            if (
                verb is not cue
                and cue.head.i == verb.i
                and above
                and (_trails_on_a_thing(cue, subj) or _on_what_is_urged(cue))
            ):
                # "X appealed for calm after a fire damaged the roof, saying ...": the parse hung the participle on
                # the clause about the fire, which says nothing; X, the subject of the clause above, does
                verb = verb.head
                continue
            if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
                who = _who(subj, verb.head)  # "Smith, who said ..."
                above = _clause_above(verb) if cue.head.i == verb.i and _trails_on_a_thing(cue, who) else None
                if above is not None:
                    verb = above  # "Ruiz had a moment that could help her, forcefully denouncing ...": Ruiz did
                    continue
                return who
            return subj
        agent = next((c for c in verb.children if c.dep_ == "agent"), None) or _loose_agent(verb)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        received = _received_from(verb) if verb is cue else None
        if received is not None:
            return received
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
            if _shown_saying(verb):
                return verb.head  # "Messages show the chief executive telling staff ...": she speaks
            if lemma(verb.head.head.text) in _ANSWERING and _a_document(verb.head):
                return verb.head  # "Apple agreed to settle a lawsuit accusing its chief executive ...": the lawsuit
            verb = verb.head.head  # "X released a statement saying ...": X speaks
            continue
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.dep_ == "pobj"
            and verb.head.head.lower_ == "with"
            and verb.head.head.head.tag_.startswith("VB")
            and _a_document(verb.head)
            # (by someone: not "The scandal started with an anonymous letter describing ...")
            and any(
                c.dep_ == "nsubj" and (c.ent_type_ in ("PERSON", "ORG") or _people_noun(c))
                for c in verb.head.head.head.children
            )
        ):
            verb = verb.head.head.head  # "X resigned with a letter accusing him of ...": X, who wrote it, speaks
            continue
        sending = _sent_to_whom_saying(verb)
        if sending is not None:
            # "X had sent messages to a former colleague saying he would ...": X's messages say it
            verb = sender = sending
            continue
        if verb.dep_ == "relcl" and _passive(verb):
            return None  # "a system that has been criticized for ...": what is spoken about
        above = (
            _clause_above(verb)
            if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ","
            else None
        )
        if above is not None:
            # "X called for a voice vote, and then a visual vote, declaring ...": a participle after a comma is
            # what the clause's subject did next, not the noun before it
            verb = above
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.tag_.startswith("NN"):
            # "during the campaign for his videos denouncing corruption", the participle hung on the noun before the
            # one it follows: the noun right before it, inside that noun's phrase
            before = verb.doc[verb.i - 1]
            if before.tag_ in ("NN", "NNS") and before.dep_ == "pobj" and before.head.head.i == verb.head.i:
                # (whose owner, where it is a work of someone's: "his videos denouncing corruption")
                return next((c for c in before.children if c.dep_ == "poss"), None) or before
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.tag_.startswith("NN")):
            return verb.head  # "a statement saying ..." (but not "a class called ...")
        if _main_verb_read_as_participle(verb) or (verb is cue and _verb_after_aside(verb)):
            return verb.head
        inverted = _inverted(verb)
        if inverted is not None:
            return inverted
        if verb is cue and any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "they favour what are called progressive taxes": what is called, not who calls it
        shown_by = _shown_by(verb) if verb is cue else None
        if shown_by is not None:
            return shown_by
        if verb is cue and _second_act(verb):
            verb = verb.head.head  # "X said that the changes had been ... and said ...": X said both
            continue
        above = _past_after_other_tense(verb) if verb is cue else None
        if above is not None:
            verb = above
            continue
        above = _after_clause_of_speaker(verb) if verb is cue else None
        if above is not None:
            verb = above  # "Shares in Intel fell after the company forecast ... and said ...": the company said it
            continue
        first = _did_first(verb) if verb is cue else None
        if first is not None:
            verb = first  # "Swift did not comment for a week, then said ...": Swift said it
            continue
        stranded = (_listed_subject(verb) if verb is cue else None) or _stranded_subject(verb) or _run_on_subject(verb)
        if stranded is not None:
            return stranded
        nearer = nearer_clause(verb) or _and_inside(verb)
        if nearer is not None:
            verb = nearer  # "..., commented Ayre while Suzi Force believes ..., saying: ...": Force says it
            continue
        if verb is cue and verb.dep_ == "xcomp" and verb.tag_ == "VBN" and _passive(verb):
            return None  # "another chapter of his war career is to be told in a film": what is told, not who tells
        if verb is cue and _put_to(verb):
            return None  # "Asked whether ..., the mayor said": the question is the asker's, whom it does not name
        made = _made_to(verb)
        if made is not None:
            return made
        placed = (_quoted_as(verb) or _with_doing(verb) or _named_after_fronted(verb)) if verb is cue else None
        if placed is not None:  # a speaker the parse put where no subject stands
            return placed
        whose = _whose_read_as_main(verb)
        if whose is not None:
            return whose
        if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp", "dep") and verb.head.i != verb.i:
            raised = verb.dep_ == "xcomp" and verb.tag_ == "VBG" and _passive(verb.head)
            # "It is barred by law from giving them away, and has said it prefers loans": the passive's subject
            # says it, not its agent
            raised = raised or (
                (verb is cue or (sender is not None and verb.i == sender.i))
                and verb.dep_ == "conj"
                and verb.head.dep_ != "relcl"
                and _passive(verb.head)
                and not _passive(verb)
                and any(
                    c.dep_ == "cc"
                    and verb.head.i < c.i < verb.i
                    and all(t.head == verb for t in c.doc[c.i + 1 : verb.i])
                    for c in verb.head.children
                )
            )
            verb = verb.head  # "X ... and said", "..., adding", "X went on to say"
            continue
        if verb is not cue and cue.head.i == verb.i and verb.dep_ == "acl" and _participle_after_comma(cue):
            # "X brushed aside speculation that he would be replaced ..., saying ...": the parse hung the participle
            # on the clause about the speculation; X, the subject of the clause above, says it
            above = _clause_above(verb)
            if above is not None:
                verb = above
                continue
        return None
    return None


def _participle_after_comma(verb: Token) -> bool:
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[_past_adverbs(verb).i - 1].text == ","


# Verbs of showing or witnessing, whose object is seen doing what the participle after it says.
_WITNESSING = frozenset("show see hear catch film record capture quote depict".split())


# What one does with a document that others wrote against one: "settle a lawsuit accusing ...".
_ANSWERING = frozenset("settle face fight dismiss reject deny contest defend win lose block throw drop".split())


def _sent_to_whom_saying(verb: Token) -> Token | None:
    """ "had sent messages to a former colleague saying he would 'make them pay'": a participle the parse hung on
    whom a document was sent to; the verb of sending, whose subject wrote it, not the one it went to."""
    from summarizer.speakers import DOCUMENT_NOUNS

    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    whom = verb.head
    while whom.dep_ == "pobj" and whom.head.lower_ == "of" and whom.head.head.tag_ in ("NN", "NNS"):
        whom = whom.head.head  # "sent text messages to residents of twelve areas telling them to leave"
    if whom.dep_ != "pobj" or whom.head.lower_ != "to":
        return None
    sending = whom.head.head
    sent = [c.lower_.removesuffix("s") for c in sending.children if c.dep_ == "dobj" and c.i < whom.i]
    if sending.tag_[:2] != "VB" or not DOCUMENT_NOUNS.intersection(sent):
        return None
    return sending


def _a_document(noun: Token) -> bool:
    from summarizer.speakers import DOCUMENT_NOUNS

    # (or some: "to settle two lawsuits accusing it of ...")
    return noun.lower_ in DOCUMENT_NOUNS or (noun.tag_ == "NNS" and noun.lower_.removesuffix("s") in DOCUMENT_NOUNS)


def _shown_saying(participle: Token) -> bool:
    """ "Messages show its chief executive, Priya Nandakumar, telling staff ...", "a video showing him saying ...":
    the person shown or heard says it, not who shows them; not "She hugged her mother, saying ...", the participle
    set off by a comma after the object, nor "released a statement saying ..."."""
    obj, verb = participle.head, participle.head.head
    if lemma(verb.text, _WITNESSING) not in _WITNESSING:
        return False
    named = next((c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if not (obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them") or named is not None):
        return False
    before = participle.doc[participle.i - 1]
    if before.i < obj.i or any(t.i > obj.i and t.head.i < obj.i for t in participle.doc[obj.i : participle.i]):
        return False  # the object's own words run up to the participle
    return before.text != "," or named is not None


def _described_as_portion(subj: Token, subjects: list[Token]) -> Token | None:
    """ "Protest organisers, most of them young people ..., said": the group, of which the part set off after it
    says what most are, parsed as a second subject."""
    if subj.lower_ not in _PORTION_WORDS or subj.i == 0 or subj.nbor(-1).text != ",":
        return None
    if not any(c.lower_ == "of" and any(o.lower_ in ("them", "us") for o in c.children) for c in subj.children):
        return None
    return next((c for c in subjects if c.i < subj.i and c.right_edge.i == subj.i - 2), None)


def _passive_joined(verb: Token) -> bool:
    """ "Reece was taken out of class and told he could not return": a verb of telling joined to a passive one,
    with no subject or auxiliary of its own, is passive too; its subject was told, by someone the sentence does
    not name."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBN")
        and lemma(verb.text) in ("tell", "ask", "order", "instruct", "warn", "advise")
        and _passive(head)
        and head.tag_ == "VBN"
        # ("was interviewed in prison and told researchers that ...": whom it tells, so it tells)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative") for c in verb.children)
    )


def _set_off_before_aux(verb: Token) -> Token | None:
    """ "Asked whether the White House supported the bill, a spokeswoman, Karine Dalton, said the president ...":
    the parse made "said" an auxiliary of "Asked" and the spokeswoman an apposition to the bill; an auxiliary
    never follows its verb, so the cue is the sentence's, said by the person set off by commas just before it."""
    if verb.dep_ not in ("aux", "auxpass") or verb.head.i > verb.i or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None

    def person(t: Token) -> bool:
        return t.ent_type_ == "PERSON" or (t.tag_ in ("NN", "NNS") and _people_noun(t))

    found = verb.doc[verb.i - 2]
    if not person(found):
        return None
    while found.dep_ == "appos" and person(found.head):
        found = found.head
    return found


def _main_verb_in_relative(verb: Token) -> Token | None:
    """ "Two NASA astronauts who spent nine months on the station after problems with their spacecraft said on
    Monday that ...": the parse took the sentence's verb into the relative clause, as the verb of an "after"
    clause whose subject is a thing; the noun the sentence opens on, which no verb has, says it."""
    from summarizer.speakers import BODY_NOUNS

    rel = verb.head
    root = rel.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        verb.dep_ != "advcl"
        or rel.dep_ != "relcl"
        or root.dep_ != "ROOT"
        or not root.tag_.startswith("NN")
        or subj is None
        or subj.tag_ not in ("NN", "NNS")
        or subj.ent_type_
        or _people_noun(subj)
        or subj.lower_ in BODY_NOUNS
    ):
        return None
    return root


_QUOTING = frozenset("quote quotes quoted quoting cite cites cited citing".split())


def _whose_read_as_main(verb: Token) -> Token | None:
    """ "Kim Min-ji, whose father's surgery was postponed twice, told Yonhap ...": the name before a "whose" clause,
    which the parse made the sentence, with the cue joined to it by the comma after it."""
    head, doc = verb.head, verb.doc
    if verb.dep_ not in ("conj", "dep") or head.i >= verb.i or doc[verb.i - 1].text != ",":
        return None
    for c in head.children:
        end = c.right_edge.i - (c.right_edge.text == ",")
        if (
            c.dep_ in ("nsubj", "nsubjpass")
            and c.ent_type_ in ("PERSON", "ORG")
            and end + 2 < head.i
            and doc[end + 1].text == ","
            and doc[end + 2].lower_ == "whose"
        ):
            return c
    return None


def _quoted_as(verb: Token) -> Token | None:
    """ "X was quoted by the Gazette as saying ...", "the paper quoted X as saying ...": X says it."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lower_ not in _QUOTING:
        return None
    quoting = verb.head.head
    wanted = "nsubjpass" if _passive(quoting) else "dobj"
    return next((c for c in quoting.children if c.dep_ == wanted), None)


def _with_doing(verb: Token) -> Token | None:
    """ "..., with Nancy Pelosi accusing the caucus of '...'": the one "with" names, which the parse made its object
    and the participle a second one."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "with":
        return None
    return next((c for c in verb.head.children if c.dep_ == "pobj" and c.i < verb.i), None)


def _named_after_fronted(verb: Token) -> Token | None:
    """ "In a post on Instagram, Quinn, 29, told fans ...": a name set off by commas at the end of a phrase that opens
    the sentence, right before the verb, which the parse hung on the phrase's last noun and left the verb without a
    subject."""
    if subjects_of(verb):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.left_edge.i == verb.sent.start):
        for tok in prep.subtree:
            aged = any(c.dep_ == "appos" and c.like_num for c in tok.children)  # "Quinn, 29,": a person
            if tok.dep_ != "appos" or tok.tag_ != "NNP" or (tok.ent_type_ in _NOT_SPEAKERS and not aged):
                continue
            doc = tok.doc
            end = prep.right_edge.i  # the phrase ends right before the verb, after a comma
            while end > tok.i and doc[end].is_punct:
                end -= 1
            if doc[tok.left_edge.i - 1].text == "," and end + 2 == verb.i and doc[end + 1].text == ",":
                return tok
    return None


def _made_to(verb: Token) -> Token | None:
    """ "Warren forced Stumpf to admit that ...", "got the minister to concede ...": the one made to speak is the
    object of the verb above, not its subject."""
    if not _made_to_speak(verb) or not _done(verb.head):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _made_to_speak(verb: Token) -> bool:
    """ "forced Stumpf to admit", "persuaded the board to endorse": an infinitive under a verb of making someone do
    it (not "used his speech to call for ...", where the speech calls for nothing)."""
    return (
        verb.dep_ == "xcomp"
        and _infinitive(verb)
        and lemma(verb.head.text, _MAKING) in _MAKING
        and any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)
    )


_MAKING = frozenset({"force", "compel", "oblige", "get", "persuade", "convince", "press", "prompt"})


def _name_before_participle(participle: Token) -> Token | None:
    """The name that the parse hung on a participle after it, set off by a comma: "Young, later alleging ..."."""
    name = next((c for c in participle.lefts if c.left_edge.i == participle.left_edge.i), None)
    if name is None or name.right_edge.i + 1 >= participle.i or name.doc[name.right_edge.i + 1].text != ",":
        return None
    return name if name_words(name.doc[name.left_edge.i : name.right_edge.i + 1]) else None


def name_after_opening(participle: Token) -> Token | None:
    """ "Writing on LinkedIn, Dr Priya Venkat, a lecturer ..., said": the name after the opening participle's
    phrase, which the parse joined to the participle as if one of two subjects."""
    if participle.i != participle.sent.start:
        return None
    name = next((c for c in participle.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
    if name is None or name.doc[name.left_edge.i - 1].text != ",":
        return None
    return name if name_words(name.doc[name.left_edge.i : name.i + 1]) else None


def _glued_subject(verb: Token) -> Token | None:
    """ "landlords said the council had mishandled the case and tenants accused the landlords of ...": the subject
    of a verb that has none, which the parse joined by "and" to the object before it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    named = _name_glued_before(verb) or _name_opening_before(verb) or _post_and_name_glued_before(verb)
    if named is not None:
        return named
    if noun.dep_ != "conj" or not noun.tag_.startswith("NN") or noun.head.i >= noun.i:
        return None
    cc = next((c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i), None)
    if cc is None or cc.lower_ not in ("and", "but") or noun.left_edge.i != cc.i + 1:
        return None
    return noun


def _name_glued_before(verb: Token) -> Token | None:
    """ "... a chemical that may cause cancer, the Food and Drug Administration said.": the name set off by a
    comma right before a verb that ends the sentence with no subject, which the parse hung on the clause before
    (joined to "cancer" by the "and" inside the name)."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct and after.text in (".", "!", "?")):
        return None
    ent = next((e for e in doc.ents if e.end == verb.i), None)
    if ent is None or ent.label_ not in ("ORG", "PERSON", "NORP", "GPE") or ent.start < 2:
        return None
    if doc[ent.start - 1].text != ",":
        return None
    root = ent.root
    if root.head.i >= ent.start or root.left_edge.i != ent.start or root.right_edge.i != ent.end - 1:
        return None
    return root


def _post_and_name_glued_before(verb: Token) -> Token | None:
    """ "At least five people have died in the fire near Altadena, the Los Angeles County sheriff, Robert Luna, said":
    a post and the name set beside it, each set off by commas right before a verb the parse found no subject for (it
    hung the post on the place before it as an apposition): the person named."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    ent = next((e for e in doc.ents if e.end == verb.i - 1 and e.label_ == "PERSON"), None)
    if ent is None or doc[ent.start - 1].text != ",":
        return None
    post = ent.root.head
    if ent.root.dep_ != "appos" or post.i != ent.start - 2 or post.tag_ != "NN" or not _people_noun(post):
        return None
    if post.dep_ != "appos" or post.head.i >= post.left_edge.i or doc[post.left_edge.i - 1].text != ",":
        return None
    return ent.root


def _name_opening_before(verb: Token) -> Token | None:
    """ "Not Dead Yet UK, which opposes the bill, said ...": the name that opens the sentence, then what is said of
    it between commas, before a main verb the parse found no subject for (it read the name as a clause)."""
    doc, sent = verb.doc, verb.sent
    if verb.dep_ != "ROOT" or doc[verb.i - 1].text != ",":
        return None
    ent = next((e for e in doc.ents if e.start == sent.start), None)
    if ent is None or ent.label_ not in ("ORG", "PERSON", "NORP") or ent.end >= verb.i - 2 or doc[ent.end].text != ",":
        return None
    if doc[ent.end + 1].lower_ not in ("which", "who") or any(t.text == "," for t in doc[ent.end + 1 : verb.i - 1]):
        return None
    return ent.root


def _before_glued_subject(said: list[Token]) -> list[Token]:
    """What was said, less the subject of the next clause that the parse joined to its last object (see
    `_glued_subject`), and the "and" before it."""
    if not said:
        return said
    last = max(said, key=lambda t: t.i)
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    glued = _glued_subject(after) if after is not None else None
    if glued is None or glued.i != last.i:
        return said
    cc = next((c for c in last.head.children if c.dep_ == "cc" and c.i < last.i), None)
    cut = cc.i if cc is not None and cc.i + 1 == glued.left_edge.i else glued.left_edge.i
    return [t for t in said if t.i < cut]


def _named_after_opening(participle: Token, verb: Token) -> Token | None:
    """ "Asked whether the union would accept the offer, its general secretary, Ingrid Solberg, said": the phrase
    set off before the verb, which the parse hung on the opening clause (on "the offer"), read whole as the subject."""
    doc = participle.doc
    if participle.left_edge.i != participle.sent.start or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    tok = doc[verb.i - 2]
    if tok.dep_ != "appos" or not tok.tag_.startswith("NN"):
        return None
    while tok.head.dep_ == "appos" and tok.head.tag_.startswith("NN") and tok.head.i < tok.i:
        tok = tok.head  # "its general secretary, Ingrid Solberg": the description with the name in it
    return tok if tok.head.i < tok.i and participle in tok.ancestors else None


def name_words(words: Iterable[Token]) -> bool:
    """Whether the tokens are a name's words, however the parse tagged them ("Trump" read as an adjective):
    capitalised, each a named entity's or a proper noun."""
    return all(t.text[:1].isupper() and (t.ent_type_ or t.tag_ == "NNP") for t in words)


def _trails_on_a_thing(participle: Token, antecedent: Token) -> bool:
    """A participle after a comma that the parse hung on a relative clause about a thing: what the subject of the
    clause above did, since a thing does not denounce or say."""
    from summarizer.speakers import DOCUMENT_NOUNS

    if not _participle_after_comma(participle):
        return False
    if antecedent.tag_ not in ("NN", "NNS") or antecedent.ent_type_:
        return False
    nouns = {antecedent.lower_, antecedent.lower_.removesuffix("s")}  # the pipeline has no lemmatizer
    if nouns & DOCUMENT_NOUNS and lemma(participle.text) in _ONLY_SPEAKERS_DO:
        return True  # "blocked a law that would have banned ..., ruling that it was too vague": a law rules nothing
    return _a_thing(antecedent)


def _on_what_is_urged(participle: Token) -> bool:
    """ "called for Mr Rolfe to resign, describing the response as 'a shambles'": a participle after a comma that the
    parse hung on the "for X to" clause of what someone urged, which is the urger's act, not the one urged to act."""
    clause = participle.head
    if not _participle_after_comma(participle) or clause.dep_ != "advcl":
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    return marked and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


# What people and bodies do, and a text never does (it says, warns, finds ...)
_ONLY_SPEAKERS_DO = frozenset("rule insist vow promise admit concede retort reply respond joke boast tell".split())


def _past_adverbs(verb: Token) -> Token:
    """The first of the adverbs right before the verb that hang on it ("forcefully denouncing"), else the verb."""
    first = verb
    while first.i > 0 and verb.doc[first.i - 1].dep_ in ("advmod", "neg") and verb.doc[first.i - 1].head.i == verb.i:
        first = verb.doc[first.i - 1]
    return first


def nearer_clause(verb: Token) -> Token | None:
    """A participle after a comma that the parse hung on the main verb, where a clause with a subject of its own
    ("while Suzi Force believes ...") stands between them: the participle goes on from that clause."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.doc[verb.i - 1].text != ",":
        return None
    between = [
        c
        for c in verb.head.children
        if c.dep_ == "advcl"
        and verb.head.i < c.i < verb.i
        and c.tag_ in ("VBD", "VBZ", "VBP")
        and any(x.dep_ == "mark" for x in c.children)
        and any(x.dep_ == "nsubj" for x in c.children)
    ]
    return between[-1] if between else None


def _and_inside(verb: Token) -> Token | None:
    """ "Shares fell after the company said sales had dropped and warned that ...": a verb the parse joined to the
    main one, where the "and" before it hangs inside a clause with a subject of its own between them; the verb goes
    on from that clause."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or subjects_of(verb):
        return None
    cc = verb.doc[verb.i - 2] if verb.i > 1 and verb.doc[verb.i - 1].text == "," else verb.doc[verb.i - 1]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or cc.head in (verb, verb.head):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "advcl"
            and verb.head.i < c.i < verb.i
            and c.tag_ in ("VBD", "VBZ", "VBP")
            and subjects_of(c)
            and cc in c.subtree
        ),
        None,
    )


def _stranded_object(noun: Token) -> bool:
    """A noun right after a preposition the parse left with no object: the object it lacks; or a name right after
    a preposition's object, the name it goes by ("A study published in the journal Science found": the journal's
    name, not a second subject; but "a story by the website Politico says": its maker, who says it)."""
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is not None and before.dep_ == "pobj" and before.tag_ == "NN" and noun.tag_ in ("NNP", "NNPS"):
        return before.head.lower_ != "by"
    return before is not None and before.dep_ == "prep" and not any(True for _ in before.children)


def _apposition_read_as_clause(verb: Token, clause: Token, speaker: Token | None) -> bool:
    """'"...," said Feargal Sharkey, the former musician turned river campaigner.': after a speaker named after
    the cue and a comma, a clause with no "that" whose subject opens on "the" or "a", in a tag that follows a closing
    quotation mark; what the speaker is, not what they said."""
    if speaker is None or not verb.i < speaker.i < clause.i or verb.i < 2:
        return False
    doc = verb.doc
    tagged = doc[verb.i - 1].tag_ == "''" or (doc[verb.i - 1].text == "," and doc[verb.i - 2].tag_ == "''")
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        tagged
        and subject is not None
        and subject.left_edge.i == speaker.i + 2
        and doc[speaker.i + 1].text == ","
        and subject.left_edge.lower_ in ("the", "a", "an")
        and not any(c.dep_ == "mark" for c in clause.children)
    )


def _clause_above(verb: Token) -> Token | None:
    """The verb of the clause the noun that `verb` hangs on belongs to."""
    up = verb.head
    for _ in range(4):
        if up.head.i == up.i:
            return None
        up = up.head
        if up.tag_.startswith("VB"):
            return up
    return None


_SHOWING = frozenset("showing suggesting indicating finding revealing".split())


def _shown_by(verb: Token) -> Token | None:
    """ "Balls will point to figures from the Institute for Fiscal Studies showing families are worse off": a
    participle of showing right after a noun phrase, which the parse hung on the main verb, is what that phrase
    shows; the phrase's head, not the main clause's subject, is the source."""
    if verb.dep_ != "advcl" or verb.lower_ not in _SHOWING or verb.i == 0:
        return None
    tok = verb.doc[verb.i - 1]
    if not tok.tag_.startswith("NN") or tok.ent_type_ == "PERSON":
        return None
    noun = tok
    while tok.dep_ in ("pobj", "prep", "compound") and tok.head.i != tok.i and not tok.head.tag_.startswith("VB"):
        tok = tok.head
        if tok.tag_.startswith("NN"):
            noun = tok  # "figures from the Institute for Fiscal Studies": the figures show it
    return noun if noun.ent_type_ != "PERSON" else None


def _said_again(verb: Token) -> bool:
    """A second verb of saying hung on what the first one said ("The party said that the changes had been in its
    manifesto and said Labour would ..."), where that clause's subject is a thing, which says nothing."""
    clause = verb.head
    if clause.dep_ != "ccomp" or not is_cue(verb) or is_cue(clause) or not is_cue(clause.head):
        return False
    if clause.head.i > clause.left_edge.i:
        return False  # "X welcomed the news, saying ..., CNN reported": the report does not say it again
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ",":
        # "Lewandowski said that the candidate was not contradicting his stance ..., noting that ...": the
        # participle after the comma goes on with the one who said it
        return True
    if verb.dep_ != "conj" or _that(verb):
        return False  # (nor "said safety was the top priority and that she had asked ...": a second that clause)
    from summarizer.speakers import people_word

    inner = next(iter(subjects_of(clause)), None)
    return (
        inner is not None
        and inner.tag_ in ("NN", "NNS")
        and not inner.ent_type_
        and not people_word(inner.lower_.removesuffix("s"))
    )


# The verbs `_second_act` is weighing, by document and index: asked again about one of them, it is none. (Whether
# "shown" in "told the court that Letby had acted with malevolence and had shown no remorse" is a second act asks
# whether it is speech, which asks for its subject, to tell a finding from a show, which asks it again.)
_WEIGHING: set[tuple[int, int]] = set()


def _second_act(verb: Token) -> bool:
    """A verb of saying hung on what another one said that is the first speaker's next act: whose speaker it
    takes, and which what the first one said stops before. Not a verb that only looks like one: "said the plans
    were sound and would not add to inflation" is one clause, as is "said the government would send soldiers and
    would declare the towns disaster zones", the same modal again, nor "said the cuts were 'precautionary' and
    would not threaten supplies", a modal of reported speech where the speaker's next act would be in the past."""
    key = (id(verb.doc), verb.i)
    if key in _WEIGHING:
        return False
    _WEIGHING.add(key)
    try:
        return _weighed_second_act(verb)
    finally:
        _WEIGHING.discard(key)


def _weighed_second_act(verb: Token) -> bool:
    if _modals(verb) & _modals(verb.head) or _told_by_no_one(verb):
        return False
    if verb.tag_ == "VB" and not any(c.dep_ in ("aux", "neg") for c in verb.children) and _modals(verb.head):
        return False  # "argued the turbines would spoil views and threaten curlews": the bare verb under the same modal
    # "said the award was above inflation and had been recommended by the pay review body": done to what was said
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    if _modals(verb) & _REPORTED_MODALS and verb.head.tag_ == "VBD" and verb.head.dep_ == "ccomp":
        return False
    # (nor the past perfect of reported speech: "said Carter was 'deeply ashamed' and had written to Mrs Evans to
    # apologise", where the speaker's next act would be in the simple past)
    # (or after a clause in the past progressive: "said India was taking the violations seriously and had asked its
    # forces to respond")
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and verb.tag_ == "VBN"
    past = verb.head.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.head.children)
    if had and past and verb.head.dep_ == "ccomp" and verb.head.head.tag_ == "VBD":
        return False
    return (_said_again(verb) or _joined_to_cue(verb)) and not _not_speech(verb)


def _past_after_other_tense(verb: Token) -> Token | None:
    """A past verb of saying, with no subject of its own, that the parse joined to a verb of what another past verb
    of saying reports, where a past form cannot go on from it: the speaker's next act. A bare verb after a modal in a
    relative clause ("She said the offer was the best the government could afford and urged the union to return to
    talks"), or a verb in the present ("She said the president 'fully supports' the bill and urged senators to pass
    it"). The verb whose speaker it takes."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or not is_cue(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if (
        clause.dep_ == "relcl"
        and clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    ):
        said = clause.head.head
    elif clause.dep_ == "ccomp" and clause.tag_ in ("VBZ", "VBP"):
        said = clause
    else:
        return None
    if said.dep_ != "ccomp" or said.head.tag_ != "VBD" or not is_cue(said.head) or is_cue(said):
        return None
    return said.head


def _a_thing(noun: Token) -> bool:
    """A common noun for a thing, which says nothing: "shares", "prices" (not "officials", "the company", "a
    report")."""
    from summarizer.speakers import BODY_NOUNS, DOCUMENT_NOUNS, people_word

    if noun.tag_ not in ("NN", "NNS") or noun.ent_type_:
        return False
    nouns = {noun.lower_, noun.lower_.removesuffix("s")}
    return not (any(people_word(n) for n in nouns) or nouns & (BODY_NOUNS | DOCUMENT_NOUNS))


def _after_clause_of_speaker(verb: Token) -> Token | None:
    """ "Shares in Intel fell 9% after the company forecast revenue below expectations and said it would cut 15,000
    jobs": a verb of saying with no subject of its own that the parse joined to a main verb whose subject is a thing,
    right after a clause set under that verb whose subject can speak; that clause's verb, whose subject said it."""
    head = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    subj = next(iter(subjects_of(head)), None)
    if subj is None or not _a_thing(subj):
        return None
    clause = max(
        (c for c in head.children if c.dep_ == "advcl" and head.i < c.i < verb.i), key=lambda c: c.i, default=None
    )
    if clause is None or clause.right_edge.i + 2 < verb.i:
        return None
    speaker = next(iter(subjects_of(clause)), None)
    if speaker is None or _a_thing(speaker) or not _may_speak(speaker) or speaker.tag_ == "PRP":
        return None
    return clause


def _told_by_no_one(verb: Token) -> bool:
    """ "had not been told", "was asked": a passive verb of telling with no one named who told, and no subject of its
    own; the one who heard it, not who said it."""
    return (
        _passive(verb)
        and lemma(verb.text) in _ADDRESSEE
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)
    )


def _joined_to_cue(verb: Token) -> bool:
    """A verb of saying or holding a view joined to the clause another one reports, that by its form is a second
    act of the first speaker: "Ray complained Ann Vos had snubbed him and questioned why ...", "said the town would
    be 'broke by May' and called the plan useless". The clause has an auxiliary that the joined verb, finite on its
    own, does not share, and the joined verb comes after the clause's complement ("not everyone can afford, or
    wants, to have a car" is one clause). Where the clause's subject is a pronoun, only a verb of saying: "he was
    alarmed by the images and wanted to see ..." is his account of himself."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.i > clause.i:
        return False
    if not is_cue(verb, stance=True) or not is_cue(clause.head, stance=True):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    cc = next((c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < verb.i), None)
    if cc is None or cc.lower_ not in ("and", "but"):
        return False
    # (or the clause is "was" with its complement: "said the offer was 'fair and affordable' and urged the union
    # to ...", a form "be" does not share)
    copula = clause.lower_ in ("is", "was", "are", "were", "'s", "'re") and any(
        c.dep_ in ("acomp", "attr") and c.i < cc.i for c in clause.children
    )
    # (and "had" with its object: "said the nominee had 'no record of ...' and questioned her work")
    copula = copula or (
        clause.lower_ in ("had", "has", "have") and any(c.dep_ == "dobj" and c.i < cc.i for c in clause.children)
    )
    if not any(c.dep_ in ("aux", "auxpass") for c in clause.children) and not copula:
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ != "TO" for c in verb.children):
        return False  # "made requests to withdraw the motion and even to agree to ...": one clause
    # the clause is complete before the "and": its complement is there, or it is a passive, which needs none ("said
    # Reeves would be sentenced next month and warned him ...")
    if not any(c.dep_ in _CONTENT_DEPS and clause.i < c.i < cc.i for c in clause.children) and not any(
        c.dep_ == "auxpass" for c in clause.children
    ):
        return False
    inner = subjects_of(clause)
    return not inner or inner[0].tag_ != "PRP" or is_cue(verb)


# The modals of what was said, put in the past: "would", not "will".
_REPORTED_MODALS = frozenset("would could might should".split())


def _modals(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}


def _run_on_subject(verb: Token) -> Token | None:
    """ "... from deportation Alabama Sen. Jeff Sessions, who has led the debate, said ...": a caption glued to
    the next sentence, whose verb the parse joined to the caption's with no "and" between. The name whose phrase
    ends right before the verb (a comma aside) is its subject, not the caption's."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    if any(c.dep_ in ("cc", "preconj") and verb.head.i < c.i < verb.i for c in (*verb.head.children, *verb.children)):
        return None  # "X met Y and said ...": X said it
    end = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1
    for tok in verb.doc[verb.head.i + 1 : end + 1]:  # the widest phrase first: not "an activist for Greenpeace"
        named = tok.ent_type_ in ("PERSON", "ORG") and tok.tag_ == "NNP" and tok.dep_ not in ("compound", "poss")
        if named and tok.right_edge.i in (end, verb.i - 1):
            # "Director of OneTaste, Justine Dawson, says": the person named last in the phrase
            people = [t for t in tok.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > tok.i]
            return people[-1] if people else tok
    return None


def _listed_subject(verb: Token) -> Token | None:
    """ "She died after a short illness, her son, David Hale, said in a statement": a cue with no subject after a
    comma, whose speaker the parse joined to the noun before as one more of a list with no "and"; the person named
    beside them, or the word for them."""
    who = _listed(verb)
    if who is None:
        return None
    named = next((c for c in who.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    return named or who


def _listed(verb: Token) -> Token | None:
    """The word for the speaker of `_listed_subject`, which the parse joined to the noun before."""
    if verb.dep_ not in ("advcl", "conj", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    who = next((t for t in doc[: verb.i - 1] if t.dep_ == "conj" and t.right_edge.i == verb.i - 1), None)
    if who is None or who.tag_ != "NN" or not _people_noun(who) or doc[who.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ == "cc" for c in (*who.head.children, *who.children)):
        return None  # "a nurse and her son, ...": a list indeed
    return who


def _did_first(verb: Token) -> Token | None:
    """ "Swift did not comment for more than a week, then said in a post that ...": a cue with no subject after
    ", then", which the parse made the main verb of what came first as though that were what was said; the verb
    of what came first, whose subject went on to say it."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) or verb.i < 2:
        return None
    then = verb.doc[verb.i - 1]
    if then.lower_ != "then" or then.head.i != verb.i or verb.doc[verb.i - 2].text != ",":
        return None
    return next(
        (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and any(d.dep_ == "nsubj" for d in c.children)),
        None,
    )


_CLAUSE_OPENERS = frozenset("after before since until once because while when".split())


def _stranded_subject(verb: Token) -> Token | None:
    """ "... after a September 2013 report found that ...": a clause opener read as a preposition, its subject
    as the preposition's object, the tensed verb left without one (or joined to the verb before it with no "and":
    "fined him after an in-house proceeding found he had ...", or read as what the verb above says: "since his
    wife, the Princess of Wales, announced that ...")."""
    if verb.dep_ not in ("advcl", "conj", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if verb.dep_ == "conj" and any(c.dep_ in ("cc", "preconj") for c in (*verb.head.children, *verb.children)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.text == "," and verb.i > 1:
        # past an apposition set off by commas: "his wife, the Princess of Wales,"
        # (or "the group, led by Saudi Arabia and Russia," whose closing comma the parse hung elsewhere)
        before = next(
            (t for t in verb.doc[: verb.i - 1] if t.dep_ == "pobj" and t.right_edge.i in (verb.i - 1, verb.i - 2)),
            before,
        )
    opener = before.head
    if before.dep_ != "pobj" or not before.tag_.startswith("NN") or opener.lower_ not in _CLAUSE_OPENERS:
        return None
    return before


def _loose_agent(verb: Token) -> Token | None:
    """ "labeled as a 'witch hunt' by Democrats": the "by" of a passive participle that the parse hung on its
    object, when it names someone."""
    if verb.tag_ != "VBN":
        return None
    for tok in verb.subtree:
        if tok.i > verb.i and tok.lower_ == "by" and tok.dep_ == "prep" and tok.head.i != verb.i:
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in ("PERSON", "ORG", "NORP"):
                return tok
    return None


def _who(rel: Token, head: Token) -> Token:
    """What "who" stands for: the person named closest before it, where the parse hung the clause on a thing
    further back ("the concerns of researchers such as David Coleman, professor of ..., who said": Coleman)."""
    if rel.lower_ in ("which", "that") and head.tag_ == "NN" and (rel.lower_ == "which" or head.dep_ == "appos"):
        # "Rengo, Japan's largest labor federation, which reported": the body by its name, not its description
        # (also "The Plunkett Foundation, a charity that supports ...")
        name = _apposed_name(head)
        if name is not None and name.ent_type_ not in ("GPE", "LOC", "FAC", "DATE"):
            return name
    if rel.lower_ == "which" and head.ent_type_ == "PERSON" and rel.i >= 2 and rel.nbor(-1).text == ",":
        # "Andrea Williams, chief executive of the Christian Legal Centre, which supported the case,": no person is a
        # "which"; the body named right before it
        body = rel.nbor(-2)
        if body.ent_type_ == "ORG" and body.i > head.i and body.head.i != rel.i:
            return body
    known = _known_as_of(head) if rel.lower_ == "who" else None
    if known is not None:
        return known
    if rel.lower_ != "who" or head.ent_type_ == "PERSON":
        return head
    if head.ent_type_ in ("GPE", "LOC", "FAC") or (head.ent_type_ == "ORG" and head.dep_ == "pobj"):
        # "Alan Berg, a surgeon from Leeds, England, who said ...": no place is a "who"; the person whose phrase
        # the place ends (or a place read as a body: "Alan Reid, a father of three from Dundee, who ...")
        up = head
        while up.dep_ in ("pobj", "prep", "appos", "compound") and up.head.i != up.i:
            up = up.head
            if up.ent_type_ == "PERSON":
                return up
    for tok in reversed(rel.doc[head.i + 1 : rel.i]):
        if tok.ent_type_ == "PERSON":
            return tok
    before = rel.doc[rel.i - 1] if rel.i > head.i + 1 else None
    if before is not None and before.text == "," and rel.i > head.i + 2:
        before = rel.doc[rel.i - 2]  # "an inquiry into concerns raised by consultants, who said ...": the consultants
    people = before is not None and before.dep_ == "pobj" and _people_noun(before)
    if people and before.head.lower_ != "of" and not _people_noun(head):
        return before  # "objections from landlords who said ...": the landlords (but "a group of parents")
    return _apposed_name(head) or _predicated(head) or head


def _apposed_name(noun: Token) -> Token | None:
    """ "Hale, now the Senate majority leader, who said ...": the name a description is set beside, whether the
    parse made it an apposition or not."""
    top = noun
    while top.dep_ == "appos" and top.head.i != top.i:
        top = top.head
    if top is not noun and (top.ent_type_ == "PERSON" or top.tag_ == "NNP"):
        return top
    j = noun.left_edge.i - 1
    while j > 0 and noun.doc[j].tag_ == "RB":  # "now", "then"
        j -= 1
    if j > 0 and noun.doc[j].text == ",":
        name = noun.doc[j - 1]
        if name.ent_type_ == "PERSON" or (name.tag_ == "NNP" and name.ent_type_ in ("", "GPE", "ORG")):
            return name
    return None


_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "’s"})


def _predicated(noun: Token) -> Token | None:
    """Whom a noun said of someone named stands for: "Lee is a lawyer and activist who has said ...": Lee ("he
    was a tea party favorite who ...": he). Said of a description ("The targets are leaders who ..."), the noun
    names them as well as the subject does."""
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "attr" or noun.head.lower_ not in _COPULAS:
        return None
    found = _subject(noun.head)
    if found is None or found.i == noun.i:
        return None
    return found if found.tag_ in ("NNP", "NNPS", "PRP") or found.ent_type_ == "PERSON" else None


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _inverted(verb: Token) -> Token | None:
    """ "'...,' recalled Mr. Rhodes": a name right after the cue, parsed as its object, is who speaks."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or before is None or not (before.is_punct or before.is_quote):
        return None
    if lemma(verb.text) == "tell":
        return None  # "'...,' Ramos, 58, told AFP": who is told, never who tells
    for c in verb.rights:
        if (
            c.dep_ in ("dobj", "attr", "npadvmod", "dep", "oprd")
            and c.tag_ in ("NNP", "NNPS", "NN")
            and c.i - verb.i <= 5
        ):
            return c
    return None


_REFLEXIVE = frozenset("itself themselves himself herself".split())


def _call_by_name(verb: Token) -> bool:
    """ "called the session (for Monday)" is not speech; "called it a disgrace", "called for", "called on" are."""
    if lemma(verb.text) != "call":
        return False
    oprd = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if oprd is not None and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in verb.children):
        return True  # "A group calling itself Rhysida": the name it goes by
    relative = any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children)
    if oprd is not None and relative and oprd.tag_ == "NNP" and oprd.text[:1].isupper():
        return True  # "its A.I. features, which it calls Apple Intelligence": the name they go by
    if oprd is not None and _a_thing_called(verb, oprd):
        return True  # "the union that called the strike": a strike it began, nothing it said
    rest = next((c for c in verb.children if c.dep_ == "ccomp" and oprd is not None and c.i > oprd.i), None)
    if rest is not None and not subjects_of(rest) and not any(c.dep_ == "expl" for c in rest.children):
        # "A group called Our Principles is ramping up": a name, and the clause's verb read as what was said
        return True
    # "called Wednesday for Justice Ginsburg to resign": past the day, the "for" or "on" comes next
    nxt = verb.i + 1
    while nxt < len(verb.doc) and verb.doc[nxt].ent_type_ in ("DATE", "TIME") and verb.doc[nxt].head == verb:
        nxt += 1
    return not any(
        c.dep_ in ("oprd", "ccomp")
        or (c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i == nxt)
        or (c.dep_ == "advcl" and c.left_edge.i == nxt and c.left_edge.lower_ == "for")  # "for X to do"
        or (c.dep_ == "dobj" and any(_called_as(a, c) for a in c.children))
        for c in verb.children
    )


def _a_thing_called(verb: Token, oprd: Token) -> bool:
    """ "called the strike", "called an election": a common noun with its article as the verb's only object and
    nothing after it, unquoted; what someone is called has both ("called the move a betrayal")."""
    if oprd.tag_ not in ("NN", "NNS") or any(c.dep_ == "dobj" for c in verb.children):
        return False
    after = [c for c in verb.children if c.i > oprd.i and c.dep_ != "punct"]
    if after or oprd.right_edge.i != oprd.i or not any(c.dep_ == "det" for c in oprd.children):
        return False  # "called the incident deplorable", "called the mogul an obvious phony": what it is called
    return not any(t.is_quote for t in verb.doc[verb.i + 1 : oprd.i + 2])


def _called_as(appos: Token, obj: Token) -> bool:
    """ "called Mrs. Lee an ''Aunt Tom''": what the object is called, parsed as its apposition."""
    return appos.dep_ == "appos" and appos.i > obj.i and appos.left_edge.lower_ in ("a", "an")


# Verbs that also give a name: "a group called ...", "a series dubbed ...".
_NAMING = frozenset({"call", "dub", "label", "brand"})
# Amounts: "trade declined 40 percent", "the economy added 151,000 jobs" report nothing.
_AMOUNT = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
_SCORE = frozenset("goal goals penalty penalties point points try tries run runs wicket wickets".split())
# A particle that turns a verb of saying or showing into something else: "show up", "write off the costs".
_PHRASAL_NOT_SPEECH = frozenset(
    {"show up", "show off", "write off", "add up", "find out", "seek out", "turn out"}
    # a force that hits a place: "Hurricane Melissa slammed into southwestern Jamaica"
    | {"slam into", "slam through", "blast into", "blast through"}
)
# Calling someone in, off or up: summoning or cancelling, not saying.
_CALLED_AWAY = frozenset({"call in", "call off", "call up"})


def _apposed_to_verb_read_as_subject(subj: Token) -> Token | None:
    """ "... closed while the police investigate, its owner, Scentre Group, said": a verb read as the subject, with
    the speaker's phrase set beside it after a comma (or joined to it with no "and"); the noun of that phrase."""
    if not subj.tag_.startswith("VB") or subj.dep_ != "nsubj" or any(c.dep_ == "cc" for c in subj.children):
        return None
    return next(
        (
            c
            for c in subj.children
            if c.dep_ in ("appos", "conj") and c.i > subj.i and c.tag_ in ("NN", "NNS", "NNP", "NNPS")
        ),
        None,
    )


def _subject_of_verb_read_as_adjective(subj: Token) -> Token | None:
    """ "The state Department of Transportation closed parts of the road and said ...", "closed" read as an adjective
    of "parts", which the parse made the subject: the subject the parse gave that adjective, as a verb has."""
    verb = next((c for c in subj.children if c.dep_ == "amod" and c.i < subj.i and c.lower_.endswith("ed")), None)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("NN", "NNS", "NNP", "NNPS")), None)


def _verb_read_as_adjective(verb: Token) -> bool:
    """ "In March, Trump blasted Disney for ...", parsed as one noun phrase: a past tense between a name and
    what follows, in a sentence the parse left without a verb of its own."""
    if verb.dep_ not in ("amod", "compound") or verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return before.tag_ in ("NNP", "NNPS") and not verb.sent.root.tag_.startswith("VB")


def _adds_a_thing(verb: Token) -> bool:
    """ "added another layer of make-up", "added an own goal": put or scored (not "added a caption"); and, with no
    clause added, "the overhaul would add less than 1 percent to output", "added 200,000 jobs" (a sum, not a
    remark), "to add first aid to the curriculum" (a thing put somewhere)."""
    from summarizer.speakers import DOCUMENT_NOUNS, people_word

    after = verb.doc[verb.i + 1 : verb.i + 3]
    if after and (after[0].text == ":" or after[0].tag_ == "``"):
        return False  # 'Another added: "The dress!!!"': the object is the words quoted
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.tag_ in ("NN", "NNS") and c.lower_ not in DOCUMENT_NOUNS for c in objects):
        return True
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    # "had added 18mm to global sea levels": a measure, which the parse hung on the verb as an adverb
    objects += [c for c in verb.children if c.dep_ == "npadvmod" and any(g.like_num for g in c.children)]
    if objects and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return True
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1), None)
    whom = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if whom is not None and not objects and whom.tag_ in ("NN", "NNS") and not whom.ent_type_:
        # "the study adds to evidence that ...": it makes more of something, not a remark
        return not people_word(whom.lower_.removesuffix("s"))
    if to is not None and not objects and any(c.dep_ == "pcomp" and c.left_edge.lower_ == "what" for c in to.children):
        return True  # "the letter added to what was known about ...": the same, made more of what a clause names
    # (or a number alone, which the recogniser left unlabelled: "Bracewell added an unbeaten 53")
    return any(t.ent_type_ in _AMOUNT for c in objects for t in c.subtree) or any(c.tag_ == "CD" for c in objects)


def _adjective_read_as_verb(verb: Token) -> bool:
    """ "with enough pledged delegates to file ...", "the reported deal": a participle after a word that only opens
    a noun phrase, before the noun the parse made its object, describes that noun."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.i + 1 >= len(verb.doc):
        return False
    before, after = verb.doc[verb.i - 1], verb.doc[verb.i + 1]
    opens = before.tag_ == "PRP$" or before.lower_ in ("the", "a", "an", "enough", "every", "each")
    return opens and after.tag_ in ("NN", "NNS") and after.dep_ == "dobj" and after.head.i == verb.i


# What one claims by taking it, not by saying so: "claimed the prize", "claimed the lives of three people"
_CLAIMED_THINGS = frozenset(
    """prize prizes jackpot money title titles trophy crown seat seats life lives benefit benefits refund refunds
    compensation expenses asylum reward winnings medal medals gold silver bronze pole points
    damages allowance allowances""".split()
)

# What emergency crews are called out to: "responded to the fire" is no reply (but "responded to calls", "to
# reports", "to attacks" from rivals may be).
_CALLED_OUT_TO = frozenset(
    """explosion explosions blast blasts fire fires blaze incident incidents emergency emergencies crash crashes
    collision accident accidents scene alarm shooting flood floods""".split()
)

# What a government strikes back with: "respond with tariffs" is no reply.
_STRUCK_BACK_WITH = frozenset(
    """tariffs tariff sanctions duties levies countermeasures measures force strikes airstrikes missiles fire
    troops""".split()
)

_PICTURES = frozenset("photo photograph picture image video clip selfie footage snap snapshot".split())


def _compared(verb: Token) -> bool:
    """ "at levels higher than any previous study had reported", "more than analysts expected": a clause after
    "than", the measure something is set against, which says nothing of its own."""
    first = verb.left_edge.i
    return first > 0 and verb.doc[first - 1].lower_ == "than"


# What is denied someone, not denied as untrue: "denied his side victory", "denied them entry".
_WITHHELD = frozenset("victory win access entry chance opportunity place title permission visa bail".split())


def _participle_read_as_joined(verb: Token) -> bool:
    """ "had rejected two earlier bids, believed to be worth £55m": a past form right after a comma, joined to the
    verb before without an "and" and with no subject or auxiliary of its own, that holds something to be or have
    something, is a participle about the words before it."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBN")
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cc") for c in verb.children)
        and not any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
        # (held to be or have something: not "A woman later identified as ..., an activist ..., demanded to know")
        and any(c.dep_ == "xcomp" and c.lower_ in ("be", "have") for c in verb.children)
    )


# What a candidate or a side concedes when it gives up: "conceded the election", "conceded defeat".
_CONTESTS = frozenset("election race defeat contest vote seat nomination match game title primary runoff".split())


def _claims_denied(verb: Token) -> bool:
    """ "Officials said Russia had spent millions buying votes, claims the Kremlin has denied": a plural noun set
    after a comma that names what was said, with a clause whose verb lacks its object, read as a verb in the present
    joined with no "and" to the past one before it."""
    doc = verb.doc
    if verb.tag_ != "VBZ" or verb.lower_ not in _SAID_AS_NOUNS or verb.dep_ != "conj" or verb.head.tag_ != "VBD":
        return False
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ == "cc" for c in verb.head.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return (
        clause is not None
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prep") for c in clause.children)
    )


# Verbs of saying whose "-s" form is also the plural of a noun for what was said: "claims the Kremlin has denied"
_SAID_AS_NOUNS = frozenset("claims charges reports promises".split())


def _not_speech(verb: Token) -> bool:
    """Forms of a speech verb that report nothing: a participle used as an adjective ("his reported net
    worth", "pledged delegates"), a decline in numbers ("trade declined 40 percent"), "was dismissed" with no
    one named who dismissed ("he was dismissed as manager"); a verb whose particle makes it another verb ("did
    not show up"); "find" without a clause found; "continue" doing something or at something; "charge" with a crime."""
    if verb.dep_ in ("amod", "compound"):
        return not _verb_read_as_adjective(verb)
    if _adjective_read_as_verb(verb) or _compared(verb) or _unnamed_asked(verb) or _claims_denied(verb):
        return True
    held_of = verb.dep_ == "acl" or _passive(verb) or (verb.dep_ in ("appos", "advcl") and not subjects_of(verb))
    if (
        ((verb.tag_ == "VBN" and held_of) or _participle_read_as_joined(verb))
        and lemma(verb.text) not in _ADDRESSEE
        and any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)
    ):
        # "incidents reported to have taken place", "titles thought to be past their prime", "the men - thought
        # to be aged between 35 and 45": what is held of its subject, by no one the sentence names
        return not any(c.dep_ == "agent" for c in verb.children)
    if _held_aside(verb):
        # "The bodies of the men, thought to be aged between 35 and 45, were left ...": the same aside, which the
        # parse read as the sentence's main verb
        return True
    word = lemma(verb.text)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and word in _NAMING and not misread_acl(verb):
        # "a group called Black Votes Matter", "a collection dubbed 'Yuge!'": a name given, not words said (but
        # "a lawmaker called Trump 'a showman'", read the same way, names two things: that one speaks)
        named = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")]
        return len(named) < 2 and not any(c.dep_ == "agent" for c in verb.children)
    # the particle, or the same word parsed as a preposition right after the verb ("deficits would add up to ...")
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1)), None)
    if prt is not None and f"{word} {prt}" in _PHRASAL_NOT_SPEECH:
        return True
    # a particle after the object ("called him in for new tyres", "called off the strike"): not "called in a
    # statement for calm", where "in" starts a phrase
    particle = next((c.lower_ for c in verb.children if c.tag_ == "RP" and c.dep_ in ("prt", "oprd")), None)
    if particle is not None and f"{word} {particle}" in _CALLED_AWAY:
        return True
    if word == "find":
        # "a poll found that ...", "the study finds voters ... favour": a finding is a clause of its own; "found
        # himself embroiled", "found it difficult", "found the couple inside" report nothing
        if any(c.dep_ == "ccomp" and _finite(c) for c in verb.children):
            return False
        # "a recent survey found 90 percent support for ...": what a study finds, whatever its grammar
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return not (subject is not None and subject.lower_ in _FINDERS and any(c.dep_ == "dobj" for c in verb.children))
    if word in ("decline", "refuse", "ask") and any(_unnamed(c) for c in verb.children if c.dep_ == "xcomp"):
        return True  # "declined to be named for fear of trouble", "asked not to be identified": how they spoke
    if word == "ask" and any(c.dep_ == "ccomp" and _name_withheld(c) for c in verb.children):
        return True  # "asked that his name not be used", "asked that she not be identified": the same
    if word == "decline":
        return any(t.ent_type_ in _AMOUNT for c in verb.rights for t in c.subtree)
    if word == "refuse" and any(c.dep_ == "dobj" for c in verb.children):
        # "recommended refusing the scheme", "refuse service to anyone": turned a thing down, said nothing (but
        # "refused to comment" says something of them)
        return not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    if word == "concede" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "conceding just six minutes in", "conceded two goals", "conceded a penalty": a score, not an admission; nor
        # "conceded the presidential election to Donald J. Trump", "conceded defeat": a contest given up ("conceded
        # mistakes" admits them)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return any(c.lower_ in _CONTESTS for c in objects) or any(
            t.ent_type_ in _AMOUNT | {"TIME"} or t.lower_ in _SCORE for c in objects for t in c.subtree
        )
    if word == "add":
        return _adds_a_thing(verb)
    if word == "claim" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "before she had even claimed the prize", "claimed pole", "claimed the lives of": took or won something
        # (or a sum: "can claim up to £520 in compensation")
        return any(c.dep_ == "dobj" and (c.lower_ in _CLAIMED_THINGS or c.ent_type_ == "MONEY") for c in verb.children)
    if word == "report" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "reported it to the regulator", "reported them to police": handed a matter to someone, said nothing
        things = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("it", "this", "that", "them")]
        if things and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            return True
    if word == "respond" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "security forces respond to an explosion", "crews responded to the fire": went to it, said nothing
        to = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.children if t.dep_ == "pobj"]
        # (nor "threatened to respond with tariffs": struck back, said nothing)
        done = [
            t for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.children if t.dep_ == "pobj"
        ]
        return any(t.lower_ in _CALLED_OUT_TO for t in to) or any(t.lower_ in _STRUCK_BACK_WITH for t in done)
    if word == "recall" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "is recalling about 200,000 chargers", "recalled 1.2 million cars": taken back from buyers, by the count;
        # not "recalled an anecdote", "recalled the 2007 bill"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "they were recalling lots of capsules": a recall under way is of goods, not of a memory
        ongoing = verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were", "'s", "'re", "be", "been")
            for c in verb.children
        )
        # (or by a firm, by the word for it, which takes goods back and has no memories: "Britain's second-largest
        # supermarket has recalled several own-brand salads")
        from summarizer.speakers import BODY_NOUNS

        firm = any(c.tag_ == "NN" and c.lower_ in BODY_NOUNS for c in subjects_of(verb))
        return bool(objects) and (
            ongoing or firm or any(t.ent_type_ in ("CARDINAL", "QUANTITY") for c in objects for t in c.subtree)
        )
    if word in ("post", "share", "tweet") and not any(c.dep_ == "ccomp" for c in verb.children):
        # "posted a photograph of the couple", "shared a video": a picture put up, not words said (but "posted an
        # image ... with the caption '...'" frames words)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # (nor "posted a short message on X saying that ...": the message is how it was said, what the participle
        # after it says is the statement)
        framed = any(
            c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and lemma(c.text) in ("say", "write", "tell", "announce")
            for t in (verb, *objects)
            for c in t.children
        )
        pictured = any(_one_of_words(c, _PICTURES) for c in objects) and not any(t.is_quote for t in verb.subtree)
        return pictured or (framed and bool(objects))
    if word == "agree" and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        # "Aston Villa have agreed a fee of £60m with Benfica", "agreed a ceasefire": settled a deal, said nothing
        return any(c.dep_ == "dobj" and not any(t.is_quote for t in c.subtree) for c in verb.children)
    if word == "declare" and not any(c.dep_ in ("ccomp", "oprd", "xcomp") for c in verb.children):
        # "declared martial law", "declared a major incident": a state proclaimed, said of nothing (but "declared
        # that ...", "declared the vote a fraud", "declared 'victory'")
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            return False
        # (not "declaring it 'another super Tuesday'", a quote on what was declared, right after it)
        end = max(c.right_edge.i for c in objects) + 2
        return not any(t.is_quote for t in verb.doc[verb.i + 1 : end])
    if word == "observe" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "The team observed the planet four times", "observed a minute's silence": watched or kept, said nothing
        return any(c.dep_ == "dobj" and not any(t.is_quote for t in c.subtree) for c in verb.children)
    if word == "dismiss":
        # "dismissed almost his entire cabinet", "dismissed the coach": sent people away, said nothing of them
        sacked = any(
            c.dep_ == "dobj" and (_people_noun(c) or c.ent_type_ == "PERSON" or c.lower_ in _STAFFS)
            for c in verb.children
        )
        return sacked or (_passive(verb) and not any(c.dep_ == "agent" for c in verb.children))
    if word == "continue":
        # "fans continue to fight for survival", "she will continue studying", "provided he continues with the
        # counselling": keeps doing, says nothing; nor do things that go on ("talks would continue 'as long as
        # there is a chance'"): only someone continues speaking
        if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
            return True
        if any(c.dep_ == "dobj" and not any(t.is_quote for t in c.subtree) for c in verb.children):
            return True  # "the mayor continued her campaign on the radio": kept at a thing, not "continued: '...'"
        found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return found is not None and found.tag_ in ("NN", "NNS") and not _people_noun(found)
    if word == "argue" and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        # "Neal Katyal, who argued for the small businesses that brought the case,": spoke in court on behalf of
        # people or a body, not for a thing ("argued for lower taxes")
        from summarizer.speakers import BODY_NOUNS

        behalf = [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"
        ]
        if behalf and all(
            _people_noun(p)
            or p.ent_type_ in ("PERSON", "ORG")
            or not BODY_NOUNS.isdisjoint((p.lower_, p.lower_[:-1], p.lower_[:-2]))  # "firms", "businesses"
            for p in behalf
        ):
            return True
    if word in ("think", "believe") and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        # "thought about enlisting him", "thinks of a song": turns over in mind; "could not believe their eyes": was
        # astonished. Neither holds a view ("believes in airing differences", "think of themselves as victims" do)
        about = any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in verb.children)
        regarded = any(t.lower_ == "as" for c in verb.children if c.dep_ == "prep" for t in c.subtree)
        return (about and not regarded) or (word == "believe" and _denied(verb))
    if word == "show" and not any(c.dep_ == "ccomp" and _finite(c) for c in verb.children):
        # "a video showed the fighters", "Pence showed the crowd a clip", "Republicans showed limited enthusiasm":
        # shown, not said; only what a count finds is a finding without a clause ("a poll shows Lee at 36 percent")
        found = _subject(verb)
        return found is None or not _one_of_words(found, _COUNTS)
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "no":
        return True  # "there was no denying the dominance of Bayern", "there's no telling what ...": no one does
    if word == "deny" and not any(c.dep_ in ("ccomp", "xcomp", "pcomp") for c in verb.children):
        # "denied Merrick Garland a hearing", "deny independents the right to vote", "denying Modeste at point blank
        # range", "a late penalty denied his side victory": kept someone from something, not a denial of a claim
        # ("denied any romance", "denied the charges")
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        return len(objects) > 1 or any(c.ent_type_ == "PERSON" or c.lower_ in _PERSONAL | _WITHHELD for c in objects)
    if word == "write" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "wrote the profile on Boyle", "writing his speech", "wrote software to scrape the images": the author of a
        # thing, not what it says ("wrote that ...", "wrote: '...'"; nor '"...," wrote one engineer', who writes)
        closing = verb.i > 0 and verb.doc[verb.i - 1].tag_ == "''"
        inverted = _inverted(verb) if closing else None
        if _that_read_as_article(verb) is not None:
            return False  # "wrote on Telegram that debris ... had fallen": the object is the said clause's subject
        return any(c.dep_ == "dobj" and (inverted is None or c.i != inverted.i) for c in verb.children)
    if word == "question" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "who questioned Dr. Shafik at a congressional hearing", "police questioned two men": put questions to
        # someone, holding no doubt about a claim ("questioned the science", "questioned whether ...")
        return any(
            c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in _PERSONAL or _people_noun(c))
            for c in verb.children
        )
    if word == "refer" and _passive(verb):
        return True  # "The case was referred to police by the commissioner": handed on, not spoken of
    if word == "refer" and verb.tag_ == "VBG" and verb.i >= 2 and verb.doc[verb.i - 1].tag_ == "''":
        return True  # '"There will be no Maidan," referring to the protests': the writer's gloss on the quote
    if word == "echo" and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        # "the hall echoed with the strains of ...", "the issue seems to be echoing": resounds, repeats no one
        return True
    if word == "maintain":
        # "maintained his lead", "maintain the momentum", "maintained his silence": kept, not asserted ("maintained
        # that it does not change his past statements")
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        # "failed to operate and maintain its sewage treatment works properly", its object read as a clause: kept
        # in order with the thing done beside it, not said ("stood up and maintained that ...")
        paired = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
        upkeep = any(t.tag_.startswith("VB") and lemma(t.text) not in SPEECH_VERBS for t in paired)
        return not clauses or (upkeep and not any(_that(c) for c in clauses))
    if word == "admit" and not any(c.dep_ == "ccomp" and _that(c) for c in verb.children):
        # "refugees admitted to the United States", "admitted to hospital", "admit 250,000 Syrians": let in, not
        # owned up to ("admitted to trading", "admitted that ...", "admitted his mistake")
        into = any(
            c.dep_ == "prep" and c.lower_ == "to" and any(_a_place(p) for p in c.children if p.dep_ == "pobj")
            for c in verb.children
        )
        counted = any(
            c.dep_ == "dobj" and any(t.ent_type_ in ("CARDINAL", "NORP") for t in c.subtree) for c in verb.children
        )
        return into or counted
    if word == "point":
        # "pointed the finger at the inquiry", "pointing a camera at him": aimed, not said ("pointed to the figures",
        # "pointed out the flaws", "points out that ...")
        return any(c.dep_ == "dobj" for c in verb.children) and not any(
            c.dep_ in ("prt", "ccomp") for c in verb.children
        )
    if word == "charge":
        # "police charged him with manslaughter": an accusation in law, not words reported ("charged that ...");
        # "begin charging users who share passwords", "charges $12 a month", "already charge for garden waste": a
        # price asked
        return any((c.dep_ == "prep" and c.lower_ in ("with", "for")) or c.dep_ == "dobj" for c in verb.children)
    return False


_ENTERED = frozenset("hospital school college university bar programme program country".split())


def _a_place(tok: Token) -> bool:
    """A place one is let into: "the United States", "hospital", "the bar"."""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lower_ in _ENTERED


def _that(clause: Token) -> bool:
    """A clause opened by "that": "(found) that the fleet is ..."."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


_ASIDE_MARKS = frozenset({",", "-", "—", "–"})


def _held_aside(verb: Token) -> bool:
    """A participle and its infinitive set off by commas or dashes: ", thought to be aged 35, ", " - said to be
    his cousin - "."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].text not in _ASIDE_MARKS:
        return False
    if any(c.dep_ in ("agent", "dobj", "dative") for c in verb.children):
        return False  # "Lauda, his chairman, told him to sort himself out, ..." says something
    held = next((c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c) and c.i > verb.i), None)
    to = next((c for c in held.children if c.dep_ == "aux" and c.tag_ == "TO"), None) if held is not None else None
    if to is None or verb.doc[to.i + 1].lower_ not in ("be", "have"):
        return False  # only what is held of someone: "thought to be", "said to have"
    after = held.right_edge.i + 1
    return after < len(verb.doc) and verb.doc[after].text in _ASIDE_MARKS


def subjects_of(verb: Token) -> list[Token]:
    """The verb's own subjects, active or passive."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def teller_of_clause(ev: Event) -> Token | None:
    """The subject of the speech verb whose reported clause a participle cue hangs in, through the clause's own
    verbs: "Arya said the sell-off was 'overdone' and kept his buy rating, arguing that ...", where the parse joined
    "kept" to "was". Only for a participle set off by a comma."""
    verb = ev.cue
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.doc[verb.i - 1].text != ",":
        return None
    for _ in range(6):
        if verb.dep_ == "ccomp" and is_cue(verb.head):
            return _subject(verb.head)
        if verb.dep_ not in ("conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def described(ev: Event) -> bool:
    """Whether the event's speaker is only the noun an infinitive or a "that" clause describes, the cue being that
    clause's verb or one hung on it: "much time to think about it", "a competitive race that would call for ...", "a
    strong moment that could play big ..., forcefully denouncing ...". Such a noun speaks only where it is someone
    ("the first senator to say ...", "a statement that said ...")."""
    if ev.subject is None:
        return False
    verb = ev.cue
    for _ in range(8):
        if verb.dep_ in ("relcl", "acl") and verb.head.i == ev.subject.i:
            return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in verb.children
            )
        if verb.dep_ not in ("conj", "advcl", "xcomp", "dep") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def idiom_of_things(ev: Event) -> bool:
    """A speech verb in a sense that things have too: "only time will tell if ...", "retirements promise to swell
    costs", "rising costs threaten the plan", "markets respond when ...", "the room boasts a view", "the impact
    explains why ...". Said of something that cannot speak, it reports nothing. ("Threaten to" is left out: the
    words for people who threaten are too many to know them all: "angry strikers threatened to march".)"""
    word = lemma(ev.cue.text)
    if word == "promise":
        return any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in ev.cue.children)
    if word == "threaten" and any(c.dep_ == "dobj" for c in ev.cue.children):
        return True  # "a demographic corner threatens their viability"
    if word in ("respond", "reply", "answer") and not any(c.dep_ == "ccomp" for c in ev.cue.children):
        return True  # "markets respond when wages rise"
    if word == "boast" and not any(c.dep_ == "ccomp" for c in ev.cue.children):
        return True  # "each cabin boasts a reading light": has
    if word == "explain":
        return True  # "the collision explains why the core is hot": accounts for
    if word == "estimate" and not any(c.dep_ == "ccomp" for c in ev.cue.children):
        return True  # "a phone app reads the colour and estimates the concentration": measures
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
        for c in ev.cue.children
    )


def _finite(clause: Token) -> bool:
    """A clause with a tensed verb or "that": "(found) that ...", "(found) voters favour ...", "(found) it may
    help"; not a small clause ("found it difficult", "found himself embroiled")."""
    if clause.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(
        (c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP"))
        or (c.dep_ == "mark" and c.lower_ == "that")
        for c in clause.children
    )


def _span(parsed: Parsed, tokens: list[Token]) -> tuple[int, int] | None:
    """The span of `tokens`, less a description of a name it ends on ("hired Kay Dorn, who led ...") and less
    a source it ends on ("announced that it hired Ana Vell, according to the Gazette"): who reports it."""
    first = min(t.i for t in tokens) if tokens else 0
    described = {x.i for t in tokens if _description(t) or (t.i > first and _sourced(t)) for x in t.subtree}
    for t in tokens:
        if t.i > first and _anonymity(t):  # and what the source was not named to do: "to speak freely about ..."
            end = t.right_edge.i
            then = next((c for c in t.head.children if c.left_edge.i == end + 1 and c.left_edge.tag_ == "TO"), None)
            described.update(x.i for x in [*t.subtree, *(then.subtree if then is not None else ())])
    toks = sorted((t for t in tokens if not t.is_space and t.i not in described), key=lambda t: t.i)
    toks = [t for t in toks if not t.is_punct or t.text == "%"]  # "a survival rate of 94%": the sign is a word
    while toks and toks[-1].tag_ == "CC":
        toks.pop()  # "said costs were rising, and its chair said ...": the parse hung the "and" on the first clause
    toks += _object_cut_off(toks[-1]) if toks else []
    day = 0
    while day < len(toks) and toks[day].ent_type_ in ("DATE", "TIME") and toks[day].i == toks[0].i + day:
        day += 1
    if (
        0 < day < len(toks)
        and toks[0].i > 0
        and toks[day].lower_ in ("for", "that", "on")
        and toks[0].nbor(-1).tag_[:2] == "VB"
    ):
        toks = toks[day:]  # "called Wednesday for X to resign": when it was said, not what
    if not toks:
        return None
    return parsed.start(toks[0]), parsed.end(toks[-1])


def _object_cut_off(last: Token) -> list[Token]:
    """ "budgets" of "warned that the money would have to come from already stretched budgets", the parse making
    the preposition's object the cue's: the object right after a preposition left with none, which ends the span."""
    if last.tag_ != "IN" or last.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in last.children):
        return []
    if last.i + 1 >= len(last.doc):
        return []
    first = last.doc[last.i + 1]
    root = first
    while root.head.i != root.i and root.head.left_edge.i == first.i:
        root = root.head
    if root.dep_ != "dobj" or root.left_edge.i != first.i or root.head.i > last.i:
        return []
    return [t for t in root.subtree if not t.is_punct]


_NAMING_SELF = frozenset("named identified quoted".split())


def _unnamed_asked(verb: Token) -> bool:
    """ "A neighbour, who did not want to be named, said ...", "asked not to be identified": why the source is not
    named, not a view they hold."""
    return any(
        c.dep_ == "xcomp" and c.lower_ in _NAMING_SELF and _passive(c) and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    ) or any(c.dep_ == "xcomp" and _name_given(c) for c in verb.children)


def _name_given(clause: Token) -> bool:
    """ "(did not want) to give her surname", "(declined) to give his name": a source's name held back."""
    return lemma(clause.text) == "give" and any(
        c.dep_ == "dobj" and c.lower_ in ("name", "surname", "names") for c in clause.children
    )


def _anonymity(tok: Token) -> bool:
    """ "(spoke) on condition of anonymity (to discuss ...)": how the source spoke, not what they said."""
    return (
        tok.lower_ == "on"
        and tok.dep_ == "prep"
        and any(c.lower_ == "condition" for c in tok.children)
        and any(x.lower_ == "anonymity" for x in tok.subtree)
    )


def _one_of_words(tok: Token, words: frozenset[str]) -> bool:
    """The word, or its singular, is one of `words` (the pipeline computes no lemmas): "figures", "the press"."""
    return tok.lower_ in words or tok.lower_.removesuffix("s") in words


def _unnamed(clause: Token) -> bool:
    """ "(declined) to be named", "(asked) not to be identified": a source kept anonymous."""
    return clause.lower_ in ("named", "identified") and any(c.dep_ == "auxpass" for c in clause.children)


def _name_withheld(clause: Token) -> bool:
    """ "that his name not be used", "that she not be identified": a clause that keeps a source unnamed."""
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "neg" for c in clause.children):
        return False
    named = _unnamed(clause) or clause.lower_ in ("used", "published", "given")
    return named and (subject.lower_ == "name" or subject.tag_ == "PRP")


def _sourced(tok: Token) -> bool:
    """ "according to the Gazette": who reports it (not "provided according to established guidelines")."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return False
    obj = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    return obj is None or not _in_keeping_with(tok, obj)


def _description(tok: Token) -> bool:
    """ "Kay Dorn, who led the union", "Guccifer 2.0, a hacker": an apposition or relative clause set off by a
    comma after a name, the article's own account of who that is rather than part of what was said."""
    if tok.dep_ not in ("appos", "relcl") or tok.head.tag_ not in ("NNP", "NNPS"):
        return False
    if tok.dep_ == "appos" and tok.tag_ == "NNS" and tok.head.tag_ == "NNP":
        return False  # "peppered Mr. Trump, his family members and advisers with ...": a list, not who one man is
    edge = tok.left_edge.i
    return edge > tok.head.i and tok.doc[edge - 1].text == ","


# Prepositional phrases that say where, when or how something was said, never what: "said into the phone",
# "shouted from the street".
_CIRCUMSTANCE = frozenset(
    """in on at during after before since by into from outside inside through near throughout via amid across
    alongside beside under""".split()
)


def _absolute(clause: Token) -> bool:
    """ "her voice breaking": a participle with a noun before it and neither an auxiliary nor a "that", set off by
    a comma: how something was done, not what was said."""
    doc = clause.doc
    return (
        clause.tag_ == "VBG"
        and doc[clause.left_edge.i - 1].text == ","
        and clause.left_edge.i < clause.i
        and not any(c.dep_ in ("aux", "mark") for c in clause.children)
    )


def _clause(parsed: Parsed, verb: Token, speaker: Token | None = None) -> tuple[int, int] | None:
    """What the verb says: its clausal complement, or else its other complements to the right (never the
    speaker's own phrase, which follows the verb in "..., said Ann Lee, who leads the union")."""
    held = conceded_claim(verb)
    if held is not None:
        own = {t.i for t in verb.subtree}
        return _span(parsed, [t for t in held.subtree if t.i not in own])
    comps = [c for c in verb.children if c.dep_ == "ccomp" and not _end_of_a_name(c) and not _which_after_comma(c)]
    comps = comps or _dated_clause(verb)
    comps = comps or _clause_read_as_phrase(verb)
    # "While X claimed the plan was 'a success', Y said ...": the first clause is X's, though hung on Y's cue
    comps = [c for c in comps if conceding(c) is None]
    # "said in a statement read outside court that they were relieved": the statement's participle read as the
    # clause said, which the parse hung the clause on
    comps = [_participle_of_the_means(c) or c for c in comps]
    # '"...," she told a news conference, her voice breaking': after the quote the cue tags, how it was said
    if any(c.i < verb.i for c in comps):
        comps = [c for c in comps if c.i < verb.i or not _absolute(c)]
    # '"...," said Stancil, who stood ... with his legs shackled': the speaker's own phrase read as a clause said
    # (but "..., the Food and Drug Administration said.", the name the parse hung on the clause, is cut from it)
    glued = _name_glued_before(verb) if speaker is not None else None
    comps = [c for c in comps if speaker is None or speaker not in c.subtree or speaker == glued]
    # '"...," said Feargal Sharkey, the former musician turned campaigner': the speaker's apposition, read as a
    # clause, after a tag whose words are the quote before it
    comps = [c for c in comps if not _apposition_read_as_clause(verb, c, speaker)]
    # "NASA isn't talking about aliens; it's referring to microbes": a clause before a semicolon is a sentence of
    # its own, not what the verb after it says
    comps = [c for c in comps if c.i > verb.i or not any(t.text == ";" for t in verb.doc[c.right_edge.i + 1 : verb.i])]
    # "While populists blame foreigners, Francis points to ...": a clause before the verb that opens on "while",
    # "because", "when" ... is the sentence's own circumstance, read as what was said
    comps = [c for c in comps if c.i > verb.i or not _subordinate(c)]
    # "When told Perez was in the Cabinet, Bush thought ...": what the speaker was told, read as what they thought
    comps = [c for c in comps if c.i > verb.i or not _told_first(c)]
    # "Sales fell by half, an industry group said on Wednesday, as governments scaled back subsidies and gas prices
    # eased": after the clause said, one that opens on "as", "when" ... past a comma is the writer's circumstance
    if any(c.i < verb.i for c in comps):
        comps = [c for c in comps if c.i < verb.i or not (_opens_after_comma(c) or _goes_on_after_comma(verb, c))]
    # "Deputies were searching the town of Butte Falls, he said, where the fire moved fastest": after a cue set in
    # the clause it reports, a "where" or "which" clause past a comma goes on about that clause's words
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        comps = [c for c in comps if c.i < verb.i or not _relative_after_comma(c)]
    # "For that she drew his ire - he called her 'weak'": a verb with its own object after it says no clause before it
    if any(_own_object(verb, c) for c in verb.children):
        comps = [c for c in comps if c.i > verb.i]
    if _handed_on(verb) is not None or _cites_a_source(verb):
        # "reported, citing three officials it did not name, that ...": whom the report rests on, not what it says
        return None
    cited = None if comps else (_cited_that(verb) or _that_read_as_relative(verb))
    comps = comps or ([cited] if cited is not None else [])
    misread = None if comps else _that_read_as_article(verb)
    if misread is not None:
        return _span(parsed, misread)
    shown = None if comps else _subject_read_as_object(verb)
    if shown is not None:
        return _span(parsed, shown)
    upended = None if comps else _said_after(verb)
    if upended is not None:
        return _span(parsed, [t for t in upended.subtree if t.i > verb.right_edge.i])
    if comps:
        right = [c for c in comps if c.i > verb.i]
        best = min(right, key=lambda c: c.i) if right else max(comps, key=lambda c: c.i)  # the nearest one
        # "a rule change that he said would end it": the relative pronoun before the cue is not what was said
        if best.i > verb.i:
            said = [t for t in best.subtree if t.i > verb.i]
            # "reported on Friday, citing two officials, that the units had moved": the source cited before the that
            # clause, which the parse hung on the clause, is no part of what was reported
            that = next((c for c in best.children if c.dep_ == "mark" and c.lower_ == "that"), None)
            for c in best.children if that is not None else []:
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lower_ in _QUOTING and c.i < that.i:
                    said = [t for t in said if t.i >= that.i or t.i < c.left_edge.i]
        else:  # "But the harbour is losing money, the treasurer said": less the writer's "But"
            said = [t for t in best.subtree if t.i not in _joining_words(best, verb)]
        said = _without_joined_cues(best, said)
        said = _before_own_participle(best, said)
        said = _before_aside_after_quote(best, said)
        said = _before_concession(best, said)
        said = _before_timed_after_comma(best, said)
        said = _before_glued_subject(said)
        cut_off = _subject_cut_off(verb, best) if best.i > verb.i else None
        said = [*cut_off.subtree, *said] if cut_off is not None else said
        return _span(
            parsed, _counted_subject(verb, best) + said + _continued(verb, best) + _joined_after_participle(verb, best)
        )
    if lemma(verb.text) in _ADDRESSEE and lemma(verb.text) != "call":
        # "urged the council to rebuild the quay": whom, and what they were urged to do; else only whom
        whom = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        to_do = next((c for c in verb.children if c.dep_ == "xcomp" and whom is not None and c.i > whom.i), None)
        return _span(parsed, _before_finite_conj([*whom.subtree, *to_do.subtree])) if to_do is not None else None
    for c in verb.rights:
        said = _for_the_first_time(c) or _without_evidence(c)
        if said is not None:  # "said for the first time that it expected ...": the clause the parse hung on "time"
            # with a condition set after it, which the parse hung on the cue (", if inflation keeps falling")
            ifs = [
                t
                for a in verb.rights
                if a.dep_ == "advcl" and a.i > said.right_edge.i and a.left_edge.lower_ in ("if", "unless")
                for t in a.subtree
            ]
            return _span(parsed, [*said.subtree, *ifs])
    right = [
        c
        for c in verb.rights
        if c.dep_ in _CONTENT_DEPS
        and not (
            c.dep_ == "prep"
            and c.lower_ in _CIRCUMSTANCE
            and not _figure_put_at(verb, c)
            and not _called_on(verb, c)
            # "blamed the party's troubles on its defeat": what the blame is put on is part of what is said, with
            # what is blamed (not "problems that he blamed on ...", a fragment without it)
            and not (c.lower_ == "on" and lemma(verb.text) == "blame" and _blamed_thing(verb) is not None)
        )
        and not (c.dep_ == "prep" and lemma(verb.text) == "comment")  # "did not comment on rules under review"
        and not (c.dep_ == "prep" and c.lower_ == "according")  # "cannot agree, according to X": X's cue
        and not _how_long(c)  # "railed against the deal for months"
        and not _place_read_as_object(c)
        and not _side_taken(verb, c)  # "testified for the defense"
        and not _to_someone(c)
        and not (speaker is not None and speaker in c.subtree)
        and not (c.dep_ == "advcl" and is_cue(c, stance=True))  # "praised Lee, saying ...": a statement of its own
        and not _circumstance_clause(c)  # "said matter-of-factly as confetti fluttered down": when, not what
        and not _participle_after(c)
        and not _how_said(c)
        and not (c.dep_ == "prep" and c.lower_ == "over" and lemma(verb.text) in _SAID_OVER)  # "said over the radio"
        and not _doing_after_quote(verb, c)
        and not (verb.dep_ == "parataxis" and verb.head.i < verb.i and _relative_after_comma(c))  # as above
    ]
    if lemma(verb.text) == "report" and any(
        c.dep_ == "dobj" and (c.tag_ == "NNP" or c.lower_ in ("him", "her", "them")) for c in right
    ):
        return None  # "had reported Pritchard as soon as managers became aware": told on someone, not said
    if lemma(verb.text) in _PROMISED_TO:
        # "has promised Intel up to $8.5bn in grants": the firm or country promised something, not what was promised
        right = [c for c in right if not (c.dep_ == "dobj" and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))]
    if not right:
        return None
    right += _list_read_apart(verb, right[-1])
    # "..., which analyses have estimated to cost $10 trillion": the relative word fronted out of the complement
    # is what the clause is about, not part of what was said
    toks = [t for c in right for t in c.subtree if t.i > verb.i]
    return _span(parsed, _without_others_word_for_it(_before_finite_conj(toks)))


# Verbs of promising, whose first object may be to whom: "promised Intel up to $8.5bn"
_PROMISED_TO = frozenset("promise pledge offer guarantee".split())


def _without_others_word_for_it(tokens: list[Token]) -> list[Token]:
    """What a verb says less someone else's word for it after a comma: "agreed to return the manuscripts, in what
    campaigners called a 'watershed'"."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.dep_ != "prep" or t.lower_ == "of" or t.i - 1 not in ids or t.doc[t.i - 1].text != ",":
            continue
        said = next((c for c in t.children if c.dep_ == "pcomp" and is_cue(c)), None)
        if said is not None and any(c.dep_ == "nsubj" for c in said.children):
            return [u for u in tokens if u.i < t.i - 1]
    return tokens


def _subject_read_as_object(verb: Token) -> list[Token] | None:
    """ "despite figures showing building approvals fell to a 12-year low": a participle on a noun whose object the
    parse took for it, and the verb after that object for the noun's own; what it shows is the object and that
    verb's predicate."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "nsubj" or noun.i > verb.i:
        return None
    main = noun.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or main.tag_ not in ("VBD", "VBZ", "VBP") or obj.right_edge.i + 1 != main.i:
        return None
    return [*obj.subtree, *(t for t in main.subtree if t.i >= main.i and not (t.is_punct and t.i == main.right_edge.i))]


def _participle_of_the_means(clause: Token) -> Token | None:
    """ "(said in a statement) read outside court that they were relieved": a bare participle right after the noun
    of what the words came in, read as the clause said; the "that" clause it was given is what was said."""
    before = clause.doc[clause.i - 1] if clause.i > 0 else None
    if (
        clause.tag_ != "VBN"
        or before is None
        or before.dep_ != "pobj"
        or before.head.head.i != clause.head.i
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children)
    ):
        return None
    return next((c for c in clause.children if c.dep_ == "ccomp" and _that(c)), None)


def _which_after_comma(clause: Token) -> bool:
    """ "asked for his B sample to be tested, which confirmed the result": a relative clause after a comma, read as
    the clause said, goes on about what came before it (or on a share of it: "he told supporters, some of whom waved
    flags")."""
    first = clause.left_edge
    doc = clause.doc
    if first.i == 0 or doc[first.i - 1].text != "," or clause.i < clause.head.i:
        return False
    if first.i + 2 < len(doc) and doc[first.i + 1].lower_ == "of" and doc[first.i + 2].lower_ in ("whom", "which"):
        return True  # "some of whom"
    which = doc[first.i + 1] if first.tag_ == "IN" and first.i + 1 < len(doc) else None
    if which is not None and which.lower_ in ("which", "whom") and which.dep_ == "pobj" and which.head.i == first.i:
        # (or with a preposition before it: "over the incident at its factory, in which Kieran Walsh ... suffered")
        return True
    return first.lower_ == "which" and first.tag_ == "WDT"


def _called_on(verb: Token, prep: Token) -> bool:
    """ "called on Hamlin to step down": whom a call is made on is part of it (not "on Thursday"); "agreed on the
    number of hostages to be freed", "insisted on a withdrawal": what was agreed or insisted on (not "cannot agree
    on a price", which says what is not agreed)."""
    if prep.lower_ not in ("on", "upon") or lemma(verb.text) not in ("call", "agree", "insist"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME") for c in prep.children)


def _figure_put_at(verb: Token, prep: Token) -> bool:
    """ "estimated the crowd at 35,000": the figure an estimate puts something at is what it says."""
    if prep.lower_ != "at" or lemma(verb.text) not in ("estimate", "put", "value", "forecast", "project"):
        return False
    return any(t.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY") for c in prep.children for t in c.subtree)


def _end_of_a_name(tok: Token) -> bool:
    """ "said on BBC Radio 5 Live that ...": the last word of a name begun before it, which the parse read as a
    clause of its own ("Live"), says nothing."""
    return tok.ent_iob_ == "I" and tok.n_lefts + tok.n_rights == 0


def _for_the_first_time(prep: Token) -> Token | None:
    """ "(said) for the first time that ...": the clause "that ..." the parse read as a relative clause on "time"."""
    if prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    time = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "time"), None)
    if time is None or not any(c.ent_type_ == "ORDINAL" or c.lower_ in ("last", "next") for c in time.children):
        return None
    return _that_clause_on(time, ("relcl", "acl"))


def _without_evidence(prep: Token) -> Token | None:
    """ "(said) without evidence that the administration had abandoned them": the clause "that ..." the parse hung
    on the noun of the reporter's caveat."""
    if prep.dep_ != "prep" or prep.lower_ != "without":
        return None
    proof = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in ("evidence", "proof")), None)
    if proof is None:
        return None
    return _that_clause_on(proof, ("acl", "relcl", "ccomp"))


def _that_clause_on(noun: Token, deps: tuple[str, ...]) -> Token | None:
    """The clause opening on "that" which the parse hung on `noun` after it, by one of `deps`."""
    clause = next((c for c in noun.children if c.dep_ in deps and c.i > noun.i), None)
    return clause if clause is not None and clause.left_edge.lower_ == "that" else None


def _how_long(prep: Token) -> bool:
    """A phrase that says only for how long the speaker went on: "for months", "for two years" (where "over five
    years" may be part of what was proposed), or by when: "would respond in full within three months"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("for", "within")
        and bool(objects)
        and all(t.ent_type_ in ("DATE", "TIME") or t.lower_.removesuffix("s") in _SPELLS for t in objects)
    )


def _side_taken(verb: Token, prep: Token) -> bool:
    """ "testified for the defense", "testified against her husband": on whose side a witness spoke, not what was
    said (where "argued for a delay" and "warned against it" say what); "Replying for the government", "Writing for
    the majority", "speaking for the family": on whose behalf someone answered, wrote or spoke."""
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "against"):
        return False
    return lemma(verb.text) == "testify" or (
        prep.lower_ == "for" and lemma(verb.text) in ("reply", "respond", "answer", "write", "speak")
    )


_SPELLS = frozenset({"moment", "while", "second", "minute", "hour", "day", "week", "month", "year", "decade"})


def _own_object(verb: Token, c: Token) -> bool:
    """What the verb takes after it as its own ("called her 'weak'", "cites the union's support"), not whom it was
    said to ("..., she told reporters", "Kennedy wrote Linick") nor a phrase after a comma ("said, a hint of
    frustration in her voice")."""
    if c.i < verb.i or c.dep_ not in ("dobj", "oprd", "xcomp") or verb.doc[c.left_edge.i - 1].text == ",":
        return False
    if _place_read_as_object(c) or _phrase_end_read_as_object(verb, c):
        return False
    whom = lemma(verb.text) in _ADDRESSEE or c.tag_ == "PRP" or c.ent_type_ == "PERSON"
    return not (c.dep_ == "dobj" and whom)


def _phrase_end_read_as_object(verb: Token, c: Token) -> bool:
    """ "said in its 1 p.m. advisory", "advisory" read as an adjective and the verb's object: the noun that ends
    the phrase before it, which the parse broke off."""
    before = c.doc[c.i - 1]
    phrase = next((p for p in verb.children if p.dep_ == "prep" and p.i < c.i), None)
    return (
        c.tag_ == "JJ"
        and c.left_edge.i == c.right_edge.i == c.i
        and phrase is not None
        and phrase.right_edge.i == before.i
    )


# Prepositions of place that the parse may read as describing the noun after them: "she said outside court".
_PLACE_PREPOSITIONS = frozenset("outside inside near beside".split())


def _place_read_as_object(c: Token) -> bool:
    """ "'...,' she said outside court": where it was said, the preposition read as describing the noun, which the
    parse made the verb's object."""
    first = c.left_edge
    return c.dep_ == "dobj" and first.i < c.i and first.lower_ in _PLACE_PREPOSITIONS and first.head.i == c.i


CONCESSIVE = frozenset("while whilst although though whereas".split())


def conceded_claim(verb: Token) -> Token | None:
    """The clause a cue in a clause of contrast claims, where the parse hung the cue on that clause instead:
    "While the council claimed the plan was 'a success', critics said it failed", read with "the plan was ..."
    as what the critics said and "claimed" inside it. Only a cue with no complement of its own, whose clause
    opens on "while", "although" ... and is followed at once by the clause's subject, that clause said by a
    later cue after a comma."""
    if verb.dep_ != "advcl" or not is_cue(verb, stance=True) or verb.head.i < verb.i:
        return None
    mark = verb.left_edge
    if mark.lower_ not in CONCESSIVE or mark.dep_ != "mark" or mark.head.i != verb.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "prep") and c.i > verb.i for c in verb.children):
        return None
    held = verb.head
    said = held.head
    if held.dep_ != "ccomp" or said.i <= held.i or not is_cue(said, stance=True):
        return None
    rest = [t for t in held.subtree if t.i > verb.right_edge.i]
    if not rest or rest[0].i != verb.right_edge.i + 1:
        return None
    after = verb.doc[held.right_edge.i + 1] if held.right_edge.i + 1 < len(verb.doc) else None
    return held if after is not None and after.text == "," else None


def conceding(clause: Token) -> Token | None:
    """The cue in a clause of contrast hung on `clause` that claims it (`conceded_claim`)."""
    return next(
        (a for a in clause.children if a.dep_ == "advcl" and (h := conceded_claim(a)) is not None and h.i == clause.i),
        None,
    )


_CIRCUMSTANCE_MARKS = frozenset(
    "as while when whenever after before because since though although even until whereas once".split()
)


def _said_after(verb: Token) -> Token | None:
    """The clause a verb of saying hangs on, where that clause is what was said: "three days after Trump told
    The Washington Post he was 'not quite there yet'", read with "he was ..." as the main clause and "told" as
    its adverbial clause. Only after telling someone, and for a clause whose subject follows the verb's last word
    at once, with no comma."""
    if verb.dep_ != "advcl" or lemma(verb.text) not in _TELLING or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # told someone
    head = verb.head
    after = verb.right_edge.i + 1
    if head.i <= verb.i or not head.tag_.startswith("VB") or after >= len(verb.doc) or verb.doc[after].is_punct:
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return head if subject is not None and subject.left_edge.i == after else None


def _subordinate(clause: Token) -> bool:
    """A clause opened by its own "while", "because", "when" ...: "While populists blame foreigners" (the
    parse may hang the word on the subject), but not one that only starts with a clause of that kind ("When I
    was young, I played", the opener hung on the clause "was")."""
    opener = clause.left_edge
    if opener.dep_ != "mark" or opener.lower_ not in _CIRCUMSTANCE_MARKS:
        return False
    tok = opener.head
    while tok.i != clause.i:
        if tok.dep_ in ("advcl", "csubj", "ccomp", "conj", "relcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _cited_that(verb: Token) -> Token | None:
    """ "The daily Kurier reported on Saturday, citing three officials it did not name, that the brigades had been
    moved": the that clause after the aside on citing or quoting a source, which the parse hung on the aside."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.lower_ not in _QUOTING or c.i < verb.i:
            continue
        that = next((t for t in c.children if t.dep_ == "ccomp" and _that(t)), None)
        if that is not None and c.doc[that.left_edge.i - 1].text == ",":
            return that
    return None


def _that_read_as_relative(verb: Token) -> Token | None:
    """ "said in a letter to the council that heat pumps added 15,000 euros": the that clause, which the parse
    made a relative clause on the noun before it, with "that" in no part of it (a second object of one of its
    prepositions, or a mark) and a subject of its own."""
    for prep in verb.rights:
        if prep.dep_ != "prep" or _for_the_first_time(prep) is not None:
            continue  # ("said for the first time that ...": read with its condition below)
        for clause in prep.subtree:
            that = clause.doc[clause.left_edge.i]
            if clause.dep_ != "relcl" or that.lower_ != "that" or that.i < verb.i:
                continue
            if not any(c.dep_ == "nsubj" and c.i != that.i for c in clause.children):
                continue
            up = clause.head  # a noun in the cue's own phrases: "in a letter to the council"
            while up.i != prep.i and up.dep_ in ("pobj", "prep"):
                up = up.head
            if up.i != prep.i:
                continue
            # (or an adverb of the clause's verb: "told reporters at a briefing this week that the company had")
            marked = that.dep_ == "mark" or (that.dep_ == "advmod" and that.head.i == clause.i)
            if marked or (that.dep_ == "pobj" and sum(c.dep_ == "pobj" for c in that.head.children) > 1):
                return clause
            # (or an object of a verb that has one of its own, or takes none: "said in a post on X that he had
            # spoken to Sarma")
            if that.dep_ == "dobj" and (_objects(clause) > 1 or clause.lower_ in _TAKES_NO_OBJECT):
                return clause
    return None


def _objects(verb: Token) -> int:
    return sum(c.dep_ == "dobj" for c in verb.children)


# Verbs whose "that" before them cannot be their object: "a post on X that he had spoken to Sarma".
_TAKES_NO_OBJECT = frozenset(
    "speak speaks spoke spoken speaking talk talks talked talking arrive arrives arrived happen happens "
    "happened".split()
)


def _cites_a_source(verb: Token) -> bool:
    """ "citing two officials", "quoting a senior aide": a participle whose object is who was cited, not what."""
    if verb.tag_ != "VBG" or verb.lower_ not in _QUOTING or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.ent_type_ in ("PERSON", "ORG") or obj.lower_.removesuffix("s") in _CITED)


# Who a report rests on: "citing two officials", "quoting people familiar with the talks".
_CITED = frozenset("official source aide person people insider adviser advisor diplomat spokesman spokeswoman".split())


def _handed_on(participle: Token) -> Token | None:
    """The cue whose that clause `_cited_that` finds hung on this participle."""
    if participle.dep_ != "advcl" or not is_cue(participle.head):
        return None
    return participle.head if _cited_that(participle.head) is not None and participle.head.i < participle.i else None


def _opens_after_comma(clause: Token) -> bool:
    """A clause that starts on "as", "when", "because" ... right after a comma."""
    opener = clause.left_edge
    return (
        opener.dep_ == "mark"
        and opener.lower_ in _CIRCUMSTANCE_MARKS
        and opener.i > 0
        and clause.doc[opener.i - 1].text == ","
    )


def _goes_on_after_comma(verb: Token, clause: Token) -> bool:
    """ "Revenue rose 39%, the company said, ahead of the 37% analysts had expected": after the clause said, one
    right past the comma that closes the cue, opened by no "that", is the writer's going on about it."""
    opener = clause.left_edge
    comma = clause.doc[opener.i - 1] if opener.i > verb.i + 1 else None
    return (
        comma is not None
        and comma.text == ","
        and comma.head.i == verb.i
        and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _relative_after_comma(clause: Token) -> bool:
    """A clause that starts on "where", "which", "who" ... right after a comma."""
    opener = clause.left_edge
    return opener.lower_ in _RELATIVE_OPENERS and opener.i > 0 and clause.doc[opener.i - 1].text == ","


_RELATIVE_OPENERS = frozenset("where which who whom whose".split())


def _told_first(clause: Token) -> bool:
    """A clause that opens on a participle of telling or asking, after "when", "if", "once" or none ("When told
    Perez was in the Cabinet", "Asked whether ..."): what someone was told or asked."""
    first = clause.left_edge
    if first.tag_ in ("WRB", "IN") and first.i + 1 < len(first.doc):
        first = first.doc[first.i + 1]
    return (
        first.tag_ in ("VBN", "VBD")  # the parse may read "told" after "when" as a past tense
        and lemma(first.text) in _ADDRESSEE
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
        and first.i in {t.i for t in clause.subtree}
    )


def _circumstance_clause(c: Token) -> bool:
    """An adverbial clause with a subject of its own that opens on "as", "when", "because", "unless" ...: the
    time, cause or condition of the saying, not what was said (but "sees Netanyahu as captured by ...")."""
    if c.dep_ != "advcl" or not subjects_of(c):
        return False
    opener = c.left_edge
    return opener.lower_ in _CIRCUMSTANCE_MARKS and opener.dep_ in ("mark", "advmod") and opener.head.i == c.i


_ROUGHLY = frozenset("about around over under nearly almost roughly some".split())


def _subject_cut_off(verb: Token, clause: Token) -> Token | None:
    """ "found during the 2019 heatwave that streets in some parts of Paris were up to 8C hotter": the clause's
    subject, with its "that", which the parse read as a relative clause on the noun before ("heatwave"), leaving the
    clause said with no subject of its own; that relative clause, to go before it. Or the subject read as the cue's
    own object: "said no reliable technology yet existed"."""
    if clause.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    doc = clause.doc
    # "said no reliable technology yet existed": the clause's subject read as the cue's object, right before it
    obj = _object_before_clause(verb, clause)
    # (not "promised his men would", a clause cut to its modal: nothing said)
    if obj is not None and lemma(verb.text) not in _ADDRESSEE and clause.left_edge.i > obj.right_edge.i:
        if clause.tag_ == "MD":
            return None
        between = doc[obj.right_edge.i + 1 : clause.left_edge.i]
        if all(t.tag_ in ("RB", "CC") and t.head.i in (verb.i, clause.i) for t in between):
            return obj
        # (or a clause of time that ends the subject's phrase, which the parse hung on the cue: "say the amount of
        # food entering the territory since Israel eased a blockade is far below what is needed")
        if len(between) and any(
            c.dep_ == "advcl" and c.left_edge.i == between.start and c.right_edge.i == between.end - 1
            for c in verb.children
        ):
            return obj
    before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    rel = next((a for a in [before, *before.ancestors] if a.dep_ == "relcl"), None) if before is not None else None
    if rel is None or rel.left_edge.lower_ != "that" or rel.right_edge.i != clause.left_edge.i - 1:
        return None
    noun = rel.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i != verb.i:
        return None
    return rel


def _object_before_clause(verb: Token, clause: Token) -> Token | None:
    """The cue's object between it and the clause it says, or an amount read as its particle ("said up to 70,000
    farms could be affected"): what may be the clause's subject, cut off from it by the parse."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    return obj or next((c for c in verb.children if _amount_read_as_particle(c) and c.i < clause.i), None)


def _amount_read_as_particle(prt: Token) -> bool:
    """The "up" of "up to 70,000 farms" after a verb, read as the verb's particle: an amount, not "said up"."""
    return (
        prt.dep_ == "prt"
        and prt.lower_ == "up"
        and any(
            c.lower_ == "to" and any(n.tag_ == "CD" or any(g.tag_ == "CD" for g in n.children) for n in c.children)
            for c in prt.children
        )
    )


def _blamed_thing(verb: Token) -> Token | None:
    """What the verb blames, where it is its own object ("blamed the party's troubles"), not a relative word."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ("that", "which", "what")), None)


def _list_read_apart(verb: Token, obj: Token) -> list[Token]:
    """ "reported better sleep, less fatigue and fewer problems": the rest of a list of objects, which the parse hung
    on the verb apart from the first after its comma."""
    if obj.dep_ != "dobj" or obj.right_edge.i + 2 >= len(obj.doc) or obj.doc[obj.right_edge.i + 1].text != ",":
        return []
    rest = next((c for c in verb.children if c.dep_ == "dep" and c.left_edge.i == obj.right_edge.i + 2), None)
    if rest is None or rest.tag_ not in ("NN", "NNS") or not any(c.dep_ == "cc" for c in rest.children):
        return []
    return [rest]


# Verbs of saying alone, after which "over" says the line it went by ("said over the team radio"), not what.
_SAID_OVER = frozenset("say tell add shout speak".split())


def _how_said(c: Token) -> bool:
    """ "she says, laughing", "he said, smiling broadly": a participle with nothing of its own but an adverb, set off
    by a comma after the verb, is how it was said, not what."""
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.doc[c.i - 1].text == ","
        and all(x.dep_ in ("advmod", "punct") for x in c.children)
    )


_CLOSING_MARKS = frozenset({'"', "’", "”", "''"})


def _doing_after_quote(verb: Token, c: Token) -> bool:
    """'"Maybe next year," she says, looking out at the lagoon': after a quote the cue tags, a participle set off by
    a comma that says nothing of its own is what the speaker was doing, not what was said."""
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.doc[c.i - 1].text == ","
        and not is_cue(c)
        and not any(x.dep_ in ("ccomp", "xcomp") for x in c.children)
        and any(x.dep_ == "punct" and x.text in _CLOSING_MARKS and x.i < verb.i for x in verb.children)
    )


def _participle_after(c: Token) -> bool:
    """ "hailed the jobs report, challenging critics to ...": a participle with an object of its own, set off by a
    comma after what the verb took, is what the speaker did besides, not what was said ("reported 906 attacks,
    ranging from arson to assault" and "believes in airing differences, not creating distance" say more of it)."""
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.left_edge.i == c.i
        and c.doc[c.i - 1].text == ","
        and any(x.dep_ == "dobj" for x in c.children)
        and any(x.dep_ in _CONTENT_DEPS and x.dep_ != "advcl" and c.head.i < x.i < c.i for x in c.head.children)
    )


def _without_joined_cues(clause: Token, tokens: list[Token]) -> list[Token]:
    """The clause less a verb of saying joined to it that is its speaker's second act, with the "and" or "but"
    (and a comma) before it: "complained Ann Vos had snubbed him" of "... and questioned why ..."."""
    joined = [
        c for c in clause.children if c.dep_ == "conj" and (_second_act(c) or _relative_again(c) or _another_says(c))
    ]
    if joined:
        return _before_conj(clause, min(joined, key=lambda c: c.i), tokens)
    # (or to a relative clause inside it: "... the best the government could afford and urged the union to ...")
    later = next((t for t in clause.subtree if _past_after_other_tense(t) is not None), None)
    return _before_conj(later.head, later, tokens) if later is not None else tokens


def _another_says(verb: Token) -> bool:
    """A verb of saying with a subject of its own, joined by "and" or "but" to the clause another reports: "Democrats
    said it gave too much to Republicans and conservatives said it gave too little" is two statements."""
    clause = verb.head
    return (
        verb.tag_ in ("VBD", "VBZ", "VBP")
        and clause.dep_ == "ccomp"
        and is_cue(clause.head)
        and is_cue(verb)
        # not "I" or "we", whose voice is that of a quotation or of the writer: "noted that I had long felt that
        # way, and 'in this case I think he's right'"
        and any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we", "you") for c in verb.children)
        and not any(c.dep_ == "mark" for c in verb.children)
        and any(c.dep_ == "cc" and c.lower_ in ("and", "but") and clause.i < c.i < verb.i for c in clause.children)
    )


def _before_own_participle(clause: Token, tokens: list[Token]) -> list[Token]:
    """The clause less a participle of saying after a comma whose speaker stands outside the clause: "said the
    rhetoric had been patronizing, noting her comments ...", where the noting is the speaker's, a statement of its
    own (but in "reported Lee welcomed the news, saying ...", Lee says it, and it stays part of what was reported)."""
    inside = {t.i for t in clause.subtree}
    for c in clause.children:
        if not (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i > clause.i
            and c.left_edge.i == c.i
            and c.doc[c.i - 1].text == ","
            and is_cue(c, stance=True)
            and not _call_by_name(c)  # "..., calling it a 'special place'": naming, still what was reported
        ):
            continue
        who = subject(c)
        if who is None or who.i not in inside:
            return [t for t in tokens if t.i < c.i - 1]
    return tokens


def _before_aside_after_quote(clause: Token, tokens: list[Token]) -> list[Token]:
    """The quoted clause less the writer's participle after its closing mark: 'he said: "There will be no Maidan in
    Georgia," referring to the protests that ...' is the quote, the reference the writer's own."""
    for c in clause.children:
        if (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i > clause.i
            and c.left_edge.i == c.i
            and c.i >= 2
            and c.doc[c.i - 1].tag_ == "''"
            and c.doc[c.i - 2].text == ","
        ):
            return [t for t in tokens if t.i < c.i - 2]
    return tokens


_CONTRASTING = frozenset({"though", "although", "while", "whilst", "whereas"})


def _before_timed_after_comma(clause: Token, said: list[Token]) -> list[Token]:
    """ "said on Friday that the island would never be American, hours before the vice president arrived": a clause
    of "before" or "after" with a span of time before it, set off by a comma after what was said, times the saying
    for the reader; what was said stops before it."""
    doc = clause.doc
    for c in clause.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in ("before", "after")), None)
        if c.dep_ != "advcl" or mark is None or c.left_edge.i < 1 or doc[c.left_edge.i - 1].text != ",":
            continue
        if any(t.dep_ == "npadvmod" and t.ent_type_ in ("TIME", "DATE") and t.i < mark.i for t in c.children):
            return [t for t in said if t.i < c.left_edge.i - 1]
    return said


def _before_concession(clause: Token, tokens: list[Token]) -> list[Token]:
    """The clause less a concession after a comma that has a subject of its own: "say tougher rules would help,
    though they blame the courts" and "argued that the rule cost him the race, although in the end it did not" add
    the writer's "but", not more of what was said."""
    for c in clause.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in _CONTRASTING), None)
        if c.dep_ != "advcl" or mark is None or mark.i <= clause.i or not subjects_of(c):
            continue
        comma = mark.i - 1
        if c.doc[comma].tag_ == "''" and comma > 0:
            comma -= 1  # 'was "far too high," while another MP said ...': the comma inside the quotation marks
        if c.left_edge.i == mark.i and c.doc[comma].text == ",":
            return [t for t in tokens if t.i < comma]
    return tokens


def _before_finite_conj(tokens: list[Token]) -> list[Token]:
    """What a verb says up to a finite verb the parse joined to an infinitive or a gerund in it: "vowed to keep
    the quay open and praised the crews", "proposed closing the quay and said ...". A finite verb cannot join
    those; it is the speaker's next act, joined to the cue, and no part of what the cue says."""
    ids = {t.i for t in tokens}
    for t in sorted(tokens, key=lambda t: t.i):
        head = t.head
        if not (t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ", "VBP") and head.i in ids and head.tag_ in ("VB", "VBG")):
            continue
        if subjects_of(t) or (head.tag_ == "VB" and not _infinitive(head)):
            continue
        return _before_conj(head, t, tokens)
    return tokens


def _before_conj(head: Token, conj: Token, tokens: list[Token]) -> list[Token]:
    """`tokens` up to the conjunct `conj` of `head`, less the "and" or "but" and the comma before it."""
    cc = next((c for c in head.children if c.dep_ == "cc" and head.i < c.i < conj.i), None)
    cut = cc.i if cc is not None else conj.i
    ids = {t.i for t in tokens}
    while cut > head.i + 1 and head.doc[cut - 1].is_punct and cut - 1 in ids:
        cut -= 1
    return [t for t in tokens if t.i < cut]


def _relative_again(conj: Token) -> bool:
    """ "hackers who officials say are tied to the agency and who claimed ...": a second relative clause, about the
    noun, not part of what the officials say."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in conj.children)


def _counted_subject(verb: Token, clause: Token) -> list[Token]:
    """ "said about half of the rise reflected the tax cuts": a clause with no subject of its own, right after a
    figure the parse hung on the verb as a preposition ("about half of the rise"), has it as its subject."""
    if clause.i < verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return []
    obj = _said_object(verb, clause)
    if obj is not None:  # "said her son Reece, 11, was taken out of class": the subject read as the object
        return list(verb.doc[obj.left_edge.i : clause.left_edge.i])
    prep = next((c for c in verb.children if c.dep_ == "prep" and verb.i < c.i < clause.i), None)
    if prep is None or prep.i != verb.i + 1 or prep.lower_ not in _ROUGHLY:
        return []
    if prep.right_edge.i + 1 != clause.left_edge.i:
        return []
    return list(prep.subtree)


# Verbs of saying that take what is said as a clause and no one as an object: "insisted Arsenal are still in the
# race" has "Arsenal" for the clause's subject (not "told Arsenal", "warned them").
_SAY_CLAUSE_ONLY = frozenset(
    "say claim add insist argue admit concede suggest believe think fear predict maintain stress acknowledge".split()
)


def _said_object(verb: Token, clause: Token) -> Token | None:
    """ "said her son Reece, 11, was taken out of class": a noun phrase the parse made the object of a verb of
    saying, right after it and right before the clause that lacks a subject: that clause's subject."""
    obj = _object_before_clause(verb, clause)
    if obj is None or obj.left_edge.i != verb.i + 1 or lemma(verb.text) not in _SAY_CLAUSE_ONLY:
        return None
    # ("said repairs to one of the damaged units could take weeks": the object's own phrase hung on the verb)
    hung = {t.i for c in verb.children if c.dep_ == "prep" and obj.i < c.i < clause.i for t in c.subtree}
    gap = verb.doc[obj.right_edge.i + 1 : clause.left_edge.i]
    if not all(t.is_punct or t.i in hung for t in gap):
        return None
    return obj


def _that_read_as_article(verb: Token) -> list[Token] | None:
    """ "wrote on Telegram that debris from a drone had fallen on the plant": a "that" clause whose subject the
    parse took for the cue's object, with "that" as its article ("that debris"), and whose verb it hung on the cue;
    the object and the verb's clause after it are what was said."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    that = obj.left_edge if obj is not None else None
    if that is None or that.lower_ != "that" or that.dep_ != "det" or that.head.i != obj.i or obj.tag_ != "NN":
        return None
    clause = next((c for c in verb.rights if c.dep_ in ("advcl", "conj", "ccomp") and c.i > obj.i), None)
    if clause is None or clause.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "MD") or clause.left_edge.i <= obj.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
        return None  # a clause of its own, not the object's verb
    # "that debris from a drone had fallen": the object's own words the parse hung on the cue, and nothing else
    hung = {t.i for c in verb.children if c.dep_ == "prep" and obj.i < c.i < clause.i for t in c.subtree}
    if not all(t.i in hung for t in verb.doc[obj.right_edge.i + 1 : clause.left_edge.i]):
        return None
    return list(verb.doc[that.i : clause.right_edge.i + 1])


# Verbs of telling someone something: "told the court that ...", "assured investors that ..."
_TELLING = frozenset("tell assure warn inform remind advise".split())


def _dated_clause(verb: Token) -> list[Token]:
    """ "said later in the day that he was back home", "confirmed to MUTV after the game that Rooney had sustained
    the injury", "said in a statement that the scheme was safe": the "that" clause the parse hung on the date, or on a
    noun it cannot describe (it has the object or subject "that" would be, or the parse itself read "that" as the
    word opening a clause, not a relative pronoun), as its relative clause is what was said. Also "said later that
    he had spoken ...", the clause hung on the adverb, and "told the inquest that delays had cost ...", the clause
    hung on whom it was told to."""
    for adv in verb.rights:
        if adv.dep_ == "advmod" and adv.tag_ == "RB" and adv.i == verb.i + 1:
            held = next((c for c in adv.children if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None)
            if held is not None and held.left_edge.i == adv.i + 1:
                return [held]
    told = next((c for c in verb.rights if c.dep_ == "dobj"), None) if lemma(verb.text) in _TELLING else None
    rel = next((c for c in told.children if c.dep_ in ("relcl", "acl")), None) if told is not None else None
    that = rel.left_edge if rel is not None else None
    if (
        that is not None
        and that.i == told.i + 1
        and that.lower_ == "that"
        # (or read as the clause's object, where what it was told to is an occasion, which is told no clause of its
        # own: "told a news conference that crews had pulled back")
        and (that.dep_ == "mark" or (that.dep_ == "dobj" and told.lower_ in _OCCASIONS))
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in rel.children)
    ):
        # "told the inquest that handover delays had cost ...": the clause the parse hung on whom it was told to,
        # its "that" read as the word linking a clause with a subject of its own, not a relative pronoun
        return [rel]
    if (
        that is not None
        and rel.dep_ == "relcl"
        and that.i == told.i + 1
        and that.lower_ in ("he", "she", "they", "we", "i")
        and that.dep_ == "nsubj"
        and that.head.i == rel.i
        and (_people_noun(told) or told.lower_ in _HEARERS)
    ):
        # "Denton had told the jury he acted in self-defence": a clause with a subject of its own, with no "that",
        # the parse hung on whom it was told to
        return [rel]
    for prep in verb.rights:
        # (or whom it was told to: "wrote in a note to clients that Apple had cut ...")
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ in ("prep", "dative") else None
        if obj is None:
            continue
        rel = next((c for c in obj.children if c.dep_ in ("relcl", "acl") and c.left_edge.lower_ == "that"), None)
        if rel is None and _on_a_call(prep, obj):
            # "said on a call with analysts that the fine would not ...": the clause the parse hung on the people
            # the call was with
            rel = _after_whom(obj)
            if rel is not None:
                return [rel]
        if rel is not None and rel.left_edge.i != obj.i + 1 and _that_after_phrase(obj, rel):
            return [rel]  # "confirmed during a visit to Lithuania that a system would be sent"
        if rel is None or rel.left_edge.i != obj.i + 1:
            continue
        if rel.dep_ == "acl" and not _in_a_message(prep, obj):
            continue  # "responded to accusations that he ...": what he was accused of, not what he said
        # "He said at the time that the couple had been in counselling": "at the time" is when, not which time
        then = prep.lower_ == "at" and obj.lower_ == "time" and any(c.lower_ == "the" for c in obj.children)
        if (
            rel.left_edge.dep_ == "mark"
            or obj.ent_type_ in ("DATE", "TIME")
            or then
            or _complete_without(rel.left_edge, rel)
        ):
            return [rel]
        if _in_a_message(prep, obj) and _said_in(rel):
            return [rel]
    return []


def _clause_read_as_phrase(verb: Token) -> list[Token]:
    """ "Households in the south-west faced increases of a fifth, she pointed out": a sentence before a comma and
    the cue's subject, which the parse could not make a clause of (it read "faced" as describing "increases") and
    hung on the cue as a loose phrase; what was said, where a verb is in it. So is one read as a second subject
    ("Talks on a ceasefire stalled on Sunday over ..., two officials said", "stalled" read as describing the
    ceasefire)."""
    subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i == 0 or verb.doc[subj.left_edge.i - 1].text != ",":
        return []
    comma = subj.left_edge.i - 1
    for c in verb.lefts:
        if (
            c.dep_ in ("dep", "nsubj")
            and c.i != subj.i
            and c.left_edge.i == c.sent.start
            and c.right_edge.i == comma - 1
            and any(t.tag_ in ("VBD", "VBZ", "VBP", "VBN") for t in c.subtree)
        ):
            return [c]
    return []


def _that_after_phrase(obj: Token, rel: Token) -> bool:
    """A clause opening on "that" read as the word linking a clause (not a relative pronoun), with a subject of its
    own, right after the rest of the noun's phrase: what was said, hung on the place or occasion it was said at."""
    that = rel.left_edge
    if that.dep_ != "mark" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in rel.children):
        return False
    rest = [c for c in obj.children if c.i > obj.i and c.i != rel.i]
    return bool(rest) and max(c.right_edge.i for c in rest) == that.i - 1


# What is done to a statement or a letter: "a statement that the club released", not what the statement says.
_ISSUING = frozenset(
    "release issue post publish send sent make give gave given read write wrote sign put draft share".split()
)


def _said_in(rel: Token) -> bool:
    """ "confirmed in a statement that the player had left": a clause with a subject of its own after a message
    noun, the "that" read as its object, is what the message says, unless its verb is one of issuing the message
    ("in a statement that the club released")."""
    that = rel.left_edge
    return (
        that.dep_ == "dobj"
        and any(c.dep_ == "nsubj" for c in rel.children)
        and lemma(rel.text, _ISSUING) not in _ISSUING
    )


# Where someone speaks to others: "on a call with analysts", "at a briefing with reporters".
# Bodies of people one tells something to, which no word for a person names: "told the jury".
_HEARERS = frozenset("jury court inquest tribunal committee panel hearing parliament congress senate".split())
_OCCASIONS = frozenset("call conference briefing meeting interview event rally hearing session forum".split())


def _on_a_call(prep: Token, obj: Token) -> bool:
    return prep.lower_ in ("on", "in", "at", "during") and obj.lower_ in _OCCASIONS


def _after_whom(occasion: Token) -> Token | None:
    """The "that" clause hung on whom the occasion was with ("a call with analysts that ..."): people never have a
    clause of their own that opens on "that" as a word of linking, so it is what was said."""
    for prep in occasion.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "for"):
            continue
        for whom in prep.children:
            if whom.dep_ != "pobj" or not _people_noun(whom):
                continue
            rel = next((c for c in whom.children if c.dep_ in ("relcl", "acl") and c.i > whom.i), None)
            if rel is not None and rel.left_edge.i == whom.i + 1 and rel.left_edge.dep_ == "mark":
                return rel
    return None


def _in_a_message(prep: Token, obj: Token) -> bool:
    """ "said in a statement", "wrote in a letter", "said in an interview": where what follows is what was said."""
    from summarizer.speakers import DOCUMENT_NOUNS

    return prep.lower_ == "in" and (obj.lower_ in DOCUMENT_NOUNS or obj.lower_ in _SPOKEN_PIECES)


# What is said aloud or in someone's name, which a "that" clause after it gives: "said in a tribute that ..."
_SPOKEN_PIECES = frozenset("interview tribute eulogy address podcast broadcast briefing sermon".split())


def _complete_without(that: Token, rel: Token) -> bool:
    """A clause that has the object or subject its "that" was read as: "that Rooney had sustained the injury";
    also in a verb under the clause's own ("that Verant expected to save about $300 million")."""
    return (
        that.dep_ in ("dobj", "nsubj", "nsubjpass")
        and that.head in (rel, *rel.subtree)
        and any(c.dep_ == that.dep_ and c.i != that.i for c in that.head.children)
    )


# Bodies of people whom one sends away all at once: "dismissed his cabinet".
_STAFFS = frozenset("cabinet staff government team board crew workforce squad".split())


def _people_noun(tok: Token) -> bool:
    """A common noun for people, singular or plural: "analysts", "reporters", "spokeswoman"."""
    from summarizer.speakers import people_word

    return people_word(tok.lower_.removesuffix("s") if tok.tag_ == "NNS" else tok.lower_)


def _to_someone(prep: Token) -> bool:
    """ "confirmed to The Hollywood Reporter", "spoke to reporters": whom it was said to, not what was said
    ("objected to the plan", "pointed to the GOP as the obstacle" say what)."""
    if prep.dep_ != "prep" or prep.lower_ != "to" or lemma(prep.head.text) in _TO_WHAT:
        return False
    if lemma(prep.head.text) in ("write", "speak", "talk"):
        return any(c.dep_ == "pobj" for c in prep.children)  # "wrote to both companies": whom, whoever they are
    return any(
        c.dep_ == "pobj" and (c.tag_ in ("NNP", "NNPS", "PRP") or _one_of_words(c, _AUDIENCES) or _people_noun(c))
        for c in prep.children
    )


_TO_WHAT = frozenset("point refer object respond react reply admit agree attribute".split())
_AUDIENCES = frozenset("reporter journalist press media audience crowd supporter voter viewer reader listener".split())


def _run_on(c: Token, last: Token, content: Token) -> bool:
    """Whether `c`, a clause hung on the speech verb right after the content's `last` word with no comma or "and"
    between, goes on with the content. Not text run together from captions ("... by the incident Many of those
    ..."), nor what a verb of saying inside the content says ("she would not press charges and officers
    announced" + "they would drop it")."""
    return (
        c.dep_ == "ccomp"
        and c.left_edge.i == last.i + 1
        and not last.is_punct
        and c.left_edge.is_lower
        and not _spaced(c)
        and not is_cue(c, stance=True)
        and not any(is_cue(t, stance=True) for t in content.subtree if t.i > content.i)
    )


def _spaced(tok: Token) -> bool:
    """Whether a line break or a space token lies in the phrase of `tok`: text run together from a caption."""
    return any(t.is_space or "\n" in t.whitespace_ for t in tok.subtree)


def _joined_after_participle(verb: Token, content: Token) -> list[Token]:
    """ "criticized the plan, saying it offered 'nothing but borrowing' and would burden younger generations": a
    second predicate with a modal and no subject, which the parse joined to the verb the participle hangs on rather
    than to the clause the participle says."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or content.i < verb.i or verb.head.i > verb.i:
        return []
    end = content.right_edge.i
    for c in verb.head.children:
        if c.dep_ != "conj" or c.i <= end or is_cue(c):
            continue
        between = list(c.doc[end + 1 : c.left_edge.i])
        if not between or not all(t.is_punct or (t.dep_ == "cc" and t.head.i == verb.head.i) for t in between):
            return []
        if not any(t.dep_ == "cc" for t in between) or any(
            x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children
        ):
            return []
        if not any(x.dep_ == "aux" and x.tag_ == "MD" for x in c.children):
            return []
        return [t for t in between if t.dep_ == "cc"] + list(c.subtree)
    return []


def _continued(verb: Token, content: Token) -> list[Token]:
    """What the parse hung on the speech verb after its clause but is still the speaker's account: "explained
    that all anyone has to do" + "is ask any police chief"; "said he intends to win every delegate" + ", so
    he'll have enough votes". Only right after a clause that follows the verb, with no subject or the clause's
    own pronoun ("..., and she started crying" is someone else), and never a verb of saying or holding a view
    of its own ("..., and officers announced ...", "..., but found Trump objectionable")."""
    if content.i < verb.i:
        return []
    own = {x.lower_ for x in content.children if x.dep_ in ("nsubj", "nsubjpass") and x.tag_ == "PRP"}
    out: list[Token] = []
    # a predicate whose subject is in the clause, after a comma and with no "and" before it: "that approvals for
    # apartments, which had dragged the numbers down," + "were expected to recover", the noun read as the verb
    predicate = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "conj"
            and c.left_edge.i == content.right_edge.i + 2
            and c.doc[content.right_edge.i + 1].text == ","
            and any(x.dep_ in ("aux", "auxpass") and x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in c.children)
            and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
        ),
        None,
    )
    for c in verb.rights:
        if c.i <= content.i or (predicate is not None and c.i == content.right_edge.i + 1):
            continue
        if predicate is not None and c.i == predicate.i:
            out.extend(c.subtree)
            continue
        if (
            c.dep_ == "ccomp"
            and c.tag_.startswith("NN")
            and c.left_edge.i == content.right_edge.i + 1
            and not (content.right_edge.is_punct or c.left_edge.is_punct)
        ):
            out.extend(c.subtree)  # "signaled he might back" + "Trump": the clause's object, read as a clause
            continue
        if (
            c.dep_ == "dobj"
            and content.tag_.startswith("NN")
            and c.left_edge.i == content.right_edge.i + 1
            and not c.left_edge.is_punct
        ):
            # "declared President Nicolas Maduro" + "the winner of Sunday's election": what the name was declared,
            # read as the verb's object, the name as its clause
            out.extend(c.subtree)
            continue
        if _run_on(c, max(out, key=lambda t: t.i) if out else content.right_edge, content):
            out.extend(c.subtree)  # "said they're fine with" + "however it plays out": the same clause, misparsed
            continue
        if not c.tag_.startswith("VB") or (is_cue(c, stance=True) and not _adjective_read_as_verb(c)):
            break
        joined = c.dep_ == "conj" and any(x.dep_ == "cc" and content.i < x.i < c.i for x in verb.children)
        if c.dep_ != "ccomp" and not joined:
            break
        subjects = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
        if any(x.lower_ not in own for x in subjects):
            break
        out.extend(c.subtree)
    return out


def _parenthetical(parsed: Parsed, verb: Token) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """ "After two years, the office said, deficits will rise": a cue set between commas inside the clause it
    reports says that whole clause; its own words and the commas around them (the gap) are not part of what
    was said. The comma before them stays when what comes first is not the clause's subject ("After two
    years, deficits will rise"; "The plan is to wait")."""
    head = verb.head
    if head.i > verb.i and head.tag_ == "VBG" and not any(c.dep_ in ("aux", "nsubj") for c in head.children):
        return None, None  # '"...," he said, his voice breaking': how it was said, which the parse made the sentence
    own = {t.i for t in verb.subtree}
    while (
        verb.dep_ == "parataxis"
        and head.dep_ == "advcl"
        and head.head.i < verb.i
        and not any(c.dep_ == "mark" for c in head.children)
        and all(t.i > verb.i for t in head.subtree if t.i not in own)
    ):
        # "The city faces a shortfall, he said, some of it caused by ...": an aside that opens a clause hung on the
        # sentence before it is set in the sentence
        head = head.head
    own -= _front_read_as_aside(verb)
    own |= _joining_words(head, verb)
    after = _participle_after_aside(verb) or _doing_after_tag(verb)
    if after is not None:
        own |= {t.i for t in after.subtree} | {after.left_edge.i - 1}
    # "on a day when, he said, Europe needed a strong Germany": the "when" that hangs the clause on the writer's
    # noun is no word of what was said
    opener = head.doc[head.left_edge.i]
    words = [t.i for t in verb.subtree if not t.is_punct]
    if (
        opener.lower_ in ("when", "where")
        and opener.dep_ == "advmod"
        and opener.head.i == head.i
        and opener.i + 2 == words[0]
        and head.doc[opener.i + 1].text == ","
    ):
        own |= {opener.i}
    content = _span(parsed, [t for t in head.subtree if t.i not in own])
    relative = _relative_before_aside(head, verb)
    if content is not None and relative is not None:
        # "He praised volunteers who, he said, had worked without sleep": what he said is that the volunteers had,
        # the relative word left out with the aside
        rel, comma = relative
        noun = head.head
        if head.dep_ != "relcl":
            noun, rel = rel.nbor(-2), rel.nbor(-1)  # the comma before the relative word goes too
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head  # "her husband and her publisher, who, she said, had never doubted her": both
        start = parsed.start(noun.left_edge)
        return (start, content[1]), (parsed.start(rel), parsed.end(comma))
    return content, _aside_gap(parsed, verb, content)


_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")


def _main_verb_run_into_relative(verb: Token) -> Token | None:
    """ "The operation, which the agency said had been prepared for a year, hit bases in five regions": the main
    verb after the comma that closes a relative clause set off by commas, which the parse joined to the verb the
    clause reports with no "and". The last word of what was said, before that comma."""
    doc = verb.doc
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    first = verb.left_edge
    if clause is None or first.i == 0 or doc[first.i - 1].text != ",":
        return None
    for c in clause.children:
        if c.dep_ != "conj" or not c.tag_.startswith("VB") or c.left_edge.i < 2 or doc[c.left_edge.i - 1].text != ",":
            continue
        if any(t.dep_ in ("cc", "nsubj", "nsubjpass") for t in (*clause.children, *c.children) if clause.i < t.i < c.i):
            continue
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in c.children):
            continue
        return doc[c.left_edge.i - 2]
    return None


def _relative_said_of(verb: Token) -> tuple[Token, Token] | None:
    """ "the limit, which the charity says pushes ...": for a cue in a relative clause whose relative word is the
    subject of what it reports, the noun the clause is on and the last word of its phrase before the clause."""
    if verb.dep_ != "relcl" or verb.head.tag_ not in _NOUN_TAGS or verb.i + 1 >= len(verb.doc):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    rel = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if rel is None and clause is not None and not any(c.dep_ in ("nsubjpass", "expl") for c in clause.children):
        # "a referendum that President Maia Sandu said had been marred by ...": the relative word read as the cue's
        # "that", the clause it reports left with no subject
        rel = next((c for c in verb.children if c.dep_ == "mark" and c.i == verb.left_edge.i), None)
    if rel is None or rel.lower_ not in ("which", "that", "who") or rel.i > verb.i:
        return None
    # (right after the cue, or after its auxiliaries: "a loan that it says will keep it running")
    if any(t.head.i != clause.i or t.dep_ not in ("aux", "auxpass", "neg") for t in verb.doc[verb.i + 1 : clause.i]):
        return None
    last = verb.doc[rel.i - 1]
    while last.is_punct and last.i > verb.head.left_edge.i:
        last = verb.doc[last.i - 1]
    if last.i < verb.head.i:
        return None
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    figure = first.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL") and first.head.lower_ == "of"
    if last.tag_ in _NOUN_TAGS and last.dep_ == "conj" and figure and first.head.head.i == verb.head.i:
        # "an interest rate of 9.75% and fees that critics say are excessive", the clause hung on "rate" and "fees"
        # joined to the figure: the noun right before the clause is the one it is on
        return last, last
    number = _number_of(rel)
    if number is not None and verb.head.tag_ in ("NN", "NNS") and number != (verb.head.tag_ == "NNS"):
        # "an agreement on minerals that both sides had said was ready": the clause hung on the noun after the
        # preposition, with which its verb does not agree, is on the noun that the phrase is of, with which it does
        of = verb.head.head.head if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep" else None
        if of is not None and of.tag_ in ("NN", "NNS") and number == (of.tag_ == "NNS") and of.i < verb.head.i:
            return of, last
        # (else, "an increase in the contributions paid by employers, which she said was needed": the parse hung
        # the clause on a noun its verb does not agree with, so which noun it is on is unknown)
        return None
    if verb.head.dep_ == "conj" and verb.head.head.i < verb.head.i and verb.head.head.tag_ in _NOUN_TAGS:
        # "a gun and a silencer that investigators believe were used": both, where the verb agrees with both; else
        # which of them, or the phrase around them, is unknown ("a deal between the EU and the bloc Mercosur, which
        # they say will flood Europe")
        both = verb.head.head
        while both.dep_ == "conj" and both.head.i < both.i:
            both = both.head
        return (both, last) if number else None
    agent = verb.head.dep_ == "pobj" and verb.head.head.dep_ == "agent" and verb.head.head.head.dep_ == "acl"
    if agent and number is None:
        # "an effort supported by Obama and House leaders that Sanders said would make ...": the noun of the agent,
        # or the one the participle is on; which it is the parse does not tell
        return None
    return verb.head, last


def agreeing(subject: Token) -> Token:
    """The word that agrees with a subject in number: its verb's first auxiliary after it, or else the verb."""
    auxes = [c for c in subject.head.children if c.dep_ in ("aux", "auxpass") and c.i > subject.i]
    return auxes[0] if auxes else subject.head


def _number_of(subject: Token) -> bool | None:
    """Whether the verb of `subject` agrees with it as a plural (True: "were used"), a singular (False: "was needed",
    "pushes"), or says nothing of its number ("would take")."""
    first = agreeing(subject)
    if first.lower_ in ("was", "is", "has", "does", "'s") or first.tag_ == "VBZ":
        return False
    if first.lower_ in ("were", "are", "have", "do", "'re") or first.tag_ == "VBP":
        return True
    return None


def _front_read_as_aside(verb: Token) -> set[int]:
    """ "It could also, they said, inform research": the clause's own opening words, which the parse hung on the
    aside with a subject of their own before the aside's speaker."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2 or subjects[1].left_edge.i < 1:
        return set()
    comma = verb.doc[subjects[1].left_edge.i - 1]
    front = [t for t in verb.subtree if t.i < comma.i]
    if comma.text != "," or not front or front[0].i != verb.sent.start or subjects[0] not in front:
        return set()
    return {t.i for t in front}


def _relative_before_aside(head: Token, verb: Token) -> tuple[Token, Token] | None:
    """ "who" of "volunteers who, he said, had ...": the relative word that opens the clause `head`, right before
    the aside `verb` set off by commas in it, and the comma that closes the aside."""
    doc = verb.doc
    rel = doc[head.left_edge.i]
    # (or read as a clause the verb before reports: "She thanked her publisher, who, she said, had never doubted her")
    misread = head.dep_ == "ccomp" and rel.i > 1 and doc[rel.i - 1].text == "," and doc[rel.i - 2].tag_ in _NOUN_TAGS
    if not misread and (head.dep_ != "relcl" or head.head.tag_ not in _NOUN_TAGS):
        return None
    words = [t.i for t in verb.subtree if not t.is_punct]
    first, last = words[0], words[-1]
    if rel.lower_ not in ("who", "which", "that") or rel.i + 2 != first or doc[rel.i + 1].text != ",":
        return None
    if last + 1 >= len(doc) or doc[last + 1].text != ",":
        return None
    if not misread and head.head.right_edge.i != head.right_edge.i:
        return None
    return rel, doc[last + 1]


def _doing_after_tag(verb: Token) -> Token | None:
    """'"A happy hive hums low," she says, lifting a frame heavy with honey': a participle right after a tag
    that closes a quote, which the parse hung on the quote's clause; what the speaker does as they speak, in the
    writer's words, since the speaker's own are in the quotation marks (or a noun phrase with the writer's note on
    the quote: ', he said, a reference to ...')."""
    doc = verb.doc
    words = [t.i for t in verb.subtree if not t.is_punct]
    first, last = words[0], words[-1]
    if first == 0 or doc[first - 1].tag_ != "''" or last + 2 >= len(doc) or doc[last + 1].text != ",":
        return None
    after = doc[last + 2]
    doing = after.tag_ == "VBG" and after.dep_ in ("acl", "advcl")
    how = after.dep_ == "prep" and after.head == verb.head  # "he said, to a standing ovation"
    # '"We have been here before," he said, a reference to the side's collapse': the writer's note on the quote
    noted = after.lower_ in ("a", "an") and after.dep_ == "det" and after.head.head == verb.head
    if noted and after.head.tag_ == "NN" and after.head.dep_ in ("attr", "appos", "npadvmod", "dobj", "dep"):
        after = after.head
    elif not (doing or how):
        return None
    if after.left_edge.i != last + 2:
        return None
    return after if not any(t.tag_ in ("``", "''") for t in after.subtree) else None


def _participle_after_aside(verb: Token) -> Token | None:
    """ "Engineers traced it to a supplier's part, she said, declining to name the supplier": a participle of
    saying right after a cue set between commas, which the parse hung on the clause the cue is set in."""
    last = verb.right_edge.i
    for c in verb.head.children:
        if (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.left_edge.i == c.i
            and c.i == last + 1
            and verb.doc[last].text == ","
            and is_cue(c, stance=True)
        ):
            return c
    return None


def _aside_before(participle: Token) -> Token | None:
    """The cue set between commas right before the participle `_participle_after_aside` finds."""
    if participle.dep_ != "advcl":
        return None
    aside = next((c for c in participle.head.children if c.dep_ == "parataxis" and c.i < participle.i), None)
    if aside is None or not is_cue(aside) or _participle_after_aside(aside) != participle:
        return None
    return aside


def _joining_words(head: Token, before: Token) -> set[int]:
    """ "But", "And" or "And so" that opens the sentence before the aside in it ("And, he added, it is unclear
    ...", "But according to reports, ..."): the writer's link to the sentence before, not part of what was said."""
    out = {c.i for c in head.children if c.dep_ == "cc" and c.i < before.i and c.i == c.sent.start}
    follows = head.doc[min(out) + 1] if out else None
    if follows is not None and follows.lower_ == "so" and follows.i < before.i:
        out.add(follows.i)
    return out


def _aside_gap(parsed: Parsed, verb: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """The words of a cue set between commas strictly inside `content`, with the commas around them (the one before
    only where the clause's subject precedes it): what is not part of what was said."""
    head, doc = verb.head, verb.doc
    front = _front_read_as_aside(verb)  # ("It could also, they said, inform research": the clause's, not the aside's)
    words = [t.i for t in verb.subtree if not t.is_punct and t.i not in front]
    if not words:
        return None
    first, last = words[0], words[-1]
    if content is None or not content[0] < parsed.start(doc[first]) < parsed.end(doc[last]) < content[1]:
        return None
    before = doc[first - 1] if first > 0 and doc[first - 1].text == "," else None
    subject = before is not None and any(
        before.i - 1 in {t.i for t in c.subtree} for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
    )
    # (or the clause's own verb: "Life on the rock was, he says, a matter of routine")
    verb_before = before is not None and (before.i - 1 == head.i or doc[before.i - 1] in _auxiliaries(head))
    start = parsed.start(before) if subject or verb_before or front else parsed.start(doc[first])
    after = doc[last + 1] if last + 1 < len(doc) and doc[last + 1].text == "," else doc[last]
    return start, parsed.end(after)


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]


def _as_said(verb: Token) -> bool:
    """ "As Tom Baker noted, the plan will fail", "..., as Breitbart reported": a cue with its speaker in an "as"
    clause set off by a comma says the clause it is set in (not "as they argued outside the club")."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i), None)
    if verb.dep_ != "advcl" or mark is None or not is_cue(verb) or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if _says_its_own(verb):
        return False  # ", as authorities ordered the evacuation of six villages": what they ordered is its own
    doc, last = verb.doc, verb.right_edge.i
    before = mark.i > 0 and doc[mark.i - 1].text == ","
    after = last + 1 < len(doc) and doc[last + 1].text == ","
    return before or after or (mark.i == verb.sent.start and last + 1 < len(doc) and doc[last].text == ",")


def _says_its_own(verb: Token) -> bool:
    """A cue with what it says hung on it: an object ("ordered the evacuation"; not whom one told: "as he told
    reporters"), a verb ("urged them to leave") or the words after "for", "of" or "about" ("called for the officer
    to be charged", "warned of delays")."""
    for c in verb.children:
        if c.dep_ == "dobj" and lemma(verb.lower_) not in _TELLING:
            return True
        if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "of", "about", "against")):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            return True  # (the parse's "for" that opens the officer's being charged)
    return False


def _aside(verb: Token) -> bool:
    """ "He found no taker, he said, on condition of anonymity": a cue set off by a comma, with no clause of its
    own, whatever else hangs on it ("on condition of anonymity to speak freely" says how, not what)."""
    return _after_comma(verb) and not any(c.dep_ == "ccomp" and not _when_or_why(verb, c) for c in verb.children)


def _consequence_after(verb: Token, parsed: Parsed, content: tuple[int, int]) -> bool:
    """ "Bird flu has been found ..., the government has confirmed, raising fears that ...": the clause taken for
    what was said is a participle's right after the cue's closing comma, which says what the news led to."""
    after = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == verb.i + 2), None)
    return (
        after is not None
        and verb.doc[verb.i + 1].text == ","
        and parsed.start(after.left_edge) <= content[0] < parsed.end(after.right_edge)
    )


def _when_or_why(verb: Token, clause: Token) -> bool:
    """ "Talks resumed on Sunday, officials said, as hundreds of trucks remained stuck": a clause right after the
    cue's closing comma, opened by a word for when or why, says when or why the news happened, not what was
    said."""
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    return (
        mark is not None
        and mark.lower_ in ("as", "while", "when", "after", "before", "because", "since", "although", "though")
        and mark.i == clause.left_edge.i == verb.i + 2
        and verb.doc[verb.i + 1].text == ","
    )


def _first_word(verb: Token) -> Token:
    """The first word hung on the verb, past punctuation the parse may hang on it too."""
    return next(t for t in verb.subtree if not t.is_punct or t.i == verb.i)


def _after_comma(verb: Token) -> bool:
    """Whether the words hung on the verb start right after a comma."""
    first = _first_word(verb)
    return first.i > 0 and verb.doc[first.i - 1].text == ","


def _trailing(verb: Token) -> bool:
    """ "This includes a special force, Defense Secretary Ash Carter told a Senate panel Wednesday": a cue that
    closes the sentence after a comma, with its subject and no clause of its own, parsed as a second clause of
    the sentence (not "..., and Lee told reporters", not "..., after the board asked him")."""
    head = verb.head
    # (or as a clause of the sentence's verb: "Teachers have voted for strike action, the union announced")
    if verb.dep_ not in ("conj", "advcl", "ccomp") or head.i >= verb.i or verb.left_edge.i <= head.i:
        return False
    if any(c.dep_ in ("ccomp", "mark") for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return False
    if any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in head.children):
        return False
    return _after_comma(verb)


def _sentence_read_as_pieces(verb: Token) -> list[Token] | None:
    """ "Of the members who took part in the ballot, 82% backed walkouts, the union said on Monday": a cue that
    closes the sentence after a comma and its subject, made the sentence's root with the words before it hung on it
    in pieces that are no clause; those words, where a verb outside a relative clause is among them."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("ccomp", "xcomp", "dobj", "mark") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i < 2 or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    before = [t for t in verb.sent if t.i < subject.left_edge.i - 1]
    if any(t.is_quote or t.dep_ == "mark" or t.tag_ == "WRB" or t.lower_ in ("if", "whether") for t in before):
        return None  # nor "But when Hurt asked Norton to republish it, Norton declined": when, not what
    acts = [
        t
        for t in before
        # (not "Despite having used two lifelines, she answered": a verb a preposition takes)
        if t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and not any(a.dep_ in ("relcl", "pcomp") for a in [t, *t.ancestors])
    ]
    return before if acts and before[0].i == verb.sent.start else None


def _aside_read_as_relative(verb: Token) -> bool:
    """ "Lumen has offered about $18bn for its smaller rival, two of the people said, but ...": a cue set between
    commas with its own subject, which the parse read as a relative clause on the noun before it (no relative word
    opens it); it says the sentence up to it."""
    if verb.dep_ != "relcl" or not _after_comma(verb) or verb.head.i >= verb.i:
        return False
    if any(c.dep_ in ("ccomp", "dobj", "mark", "xcomp") or c.tag_ in ("WDT", "WP", "WRB") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i != _first_word(verb).i or subj.lower_ in _RELATIVE:
        return False
    last = max(t.i for t in verb.subtree if not t.is_punct)
    after = verb.doc[last + 1] if last + 1 < len(verb.doc) else None
    return after is not None and after.text in (",", ".", ";")


def _fronted_subject(verb: Token, who: Token | None) -> tuple[Token, Token] | None:
    """A second subject the parse gave the cue, set off by a comma before its speaker, when the clause the cue says
    has none of its own: that clause's subject, and the clause."""
    if who is None or who.head != verb or who.i > verb.i:
        return None
    front = [c for c in verb.children if c.dep_ == "nsubj" and c.i < who.i and c is not who]
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if len(front) != 1 or clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    subject, doc = front[0], verb.doc
    if doc[subject.right_edge.i + 1].text != "," or subject.right_edge.i + 2 != who.left_edge.i:
        return None
    if clause.left_edge.i < 1 or doc[clause.left_edge.i - 1].text != "," or subject.tag_ not in ("NN", "NNS", "NNP"):
        return None
    return subject, clause


def _apposed_teller(verb: Token, who: Token | None) -> Token | None:
    """ "..., cutting power to 12,000 homes, the governor, Vitaliy Kim, wrote on Telegram": a closing cue whose
    subject the parse hung on the clause's last noun (as its appositive or a second noun), the cue joined to the
    clause with no "and". Returns the first word of the teller's phrase, which a comma sets off from what is
    said."""
    head = verb.head
    if (
        who is None
        or verb.dep_ != "conj"
        or head.i >= verb.i
        or any(c.dep_ in ("ccomp", "mark") for c in verb.children)
    ):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "cc", "preconj") for c in verb.children):
        return None
    if any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in head.children):
        return None
    phrase = who
    while phrase.dep_ == "appos" and phrase.head.dep_ in ("appos", "conj") and phrase.head.i < phrase.i:
        phrase = phrase.head
    if phrase.dep_ not in ("appos", "conj") or phrase.head.i >= phrase.i or not phrase.head.tag_.startswith("NN"):
        return None
    if phrase.dep_ == "conj" and any(c.dep_ == "cc" for c in phrase.head.children):
        return None  # "... homes and the governor's office": a second thing, not who wrote
    first = phrase.left_edge
    end = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1
    if first.i == 0 or verb.doc[first.i - 1].text != "," or who.right_edge.i != end:
        return None
    return first


def _all_before_closing_cue(parsed: Parsed, verb: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """ "Officers called to a house on Hoover Avenue shortly before midnight found six people with gunshot wounds,
    Chief Kamran Afzal told reporters": a cue that closes its sentence after a comma says all the sentence before
    the comma, where the parse cut what it says short (the participle read as the verb, the verb as a clause of the
    cue's own)."""
    if verb.dep_ != "ROOT":
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if clause is None or subj is None or subj.i < clause.i:
        return None
    edge = subj.left_edge.i - 1
    if edge <= clause.right_edge.i or verb.doc[edge].text != ",":
        return None
    if not any(c.dep_ == "advcl" and clause.right_edge.i < c.i < edge for c in verb.children):
        return None
    found = _span(parsed, [t for t in verb.sent if t.i < edge])
    return found if found is not None and found[0] <= content[0] and found[1] > content[1] else None


def _before(parsed: Parsed, verb: Token) -> tuple[int, int] | None:
    """What a trailing cue says: its sentence up to the comma before it."""
    edge = _first_word(verb).i - 1
    return _span(parsed, [t for t in verb.head.subtree if verb.sent.start <= t.i < edge])


_RELEASED = frozenset("released published issued compiled conducted produced".split())


def _released_by(source: Token) -> Token | None:
    """ "according to figures released on Monday by the Swiss Academy of Sciences": who put the figures out, where
    a participle says so (not "documents obtained by the paper", which the documents say), by its name."""
    made = next((c for c in source.children if c.dep_ == "acl" and c.lower_ in _RELEASED), None)
    agent = next((c for c in made.children if c.dep_ == "agent"), None) if made is not None else None
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    # a proper name the recogniser knows ("a memo released by the agency's watchdog" and "figures released by the
    # national statistics office" are better said by the memo and the figures)
    return by if by is not None and by.ent_type_ == "ORG" and by.tag_ in ("NNP", "NNPS") and _may_speak(by) else None


def _person_named_after(source: Token) -> Token | None:
    """ "according to a passenger, Evan Smith.": the person's name set after a comma at the sentence's end, which the
    parse hung elsewhere, is who the word for a person stands for."""
    from summarizer.speakers import people_word

    doc = source.doc
    comma = source.right_edge.i + 1
    if source.tag_ != "NN" or not people_word(source.lower_) or comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    ent = next((e for e in doc.ents if e.start == comma + 1 and e.label_ == "PERSON"), None)
    if ent is None or ent.end >= len(doc) or doc[ent.end].text != "." or ent.root.head.i == source.i:
        return None  # (the sentence ends on the name; set beside the word, the name is its apposition already)
    return ent.root


def _in_keeping_with(according: Token, obj: Token) -> bool:
    """ "safe when provided according to established guidelines": how a thing is done, right after its verb, by
    a rule that no one speaks as (a common noun with no article, for no person, body or text), not a source."""
    from summarizer.speakers import BODY_NOUNS, DOCUMENT_NOUNS

    head = according.head
    noun = obj.lower_.removesuffix("s") if obj.tag_ == "NNS" else obj.lower_
    return (
        head.tag_.startswith("VB")
        and head.i == according.i - 1
        and obj.tag_ in ("NN", "NNS")
        and not obj.ent_type_
        and not any(c.dep_ in ("det", "poss") for c in obj.children)
        and not _people_noun(obj)
        and not {noun, obj.lower_} & DOCUMENT_NOUNS
        and noun not in BODY_NOUNS
    )


def _under_plain_root(clause: Token) -> bool:
    """A clause hung after the sentence's main verb, which is no cue: what a phrase that sources the sentence may be
    hung on in its stead."""
    return clause.head.dep_ == "ROOT" and clause.head.i < clause.i and not is_cue(clause.head, stance=True)


def _according_content(parsed: Parsed, according: Token) -> tuple[int, int] | None:
    """`According to X, CLAUSE` / `CLAUSE, according to X`: the clause the phrase is attached to."""
    head = according.head if according.head.i != according.i else None
    if head is None:
        return None
    if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
        head = head.head  # "According to polls, the mayor is leading": the parse hung the phrase on "is"
    sent = according.sent
    last = all(t.is_punct for t in according.doc[according.right_edge.i + 1 : sent.end])
    if last and head.dep_ == "relcl":
        # "... is the first of several stores to roll out next year according to the brand": a phrase that ends
        # the sentence, which the parse hung on a relative clause, sources the clause the noun it describes is in
        up = head.head
        while up.dep_ not in ("ROOT", "ccomp", "conj", "advcl") and up.head.i != up.i:
            up = up.head
        head = up if up.tag_.startswith("VB") else head
    if (
        last
        and head.dep_ == "conj"
        and head.head.i < head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in head.children)
        and not any(c.dep_ == "cc" and head.head.i < c.i < head.i for c in head.head.children)
    ):
        # "Defensive walls built around the town appeared to be holding, according to X": "built" read as the main
        # verb and the real one joined to it with no "and"; the phrase sources the whole sentence
        head = head.head
    closing = last and according.doc[according.i - 1].text == ","  # ", according to X." ends the sentence
    if (
        closing
        and head.dep_ == "conj"
        and _under_plain_root(head)
        and any(
            c.dep_ == "cc" and c.lower_ in ("and", "but") and head.head.i < c.i < head.i for c in head.head.children
        )
    ):
        # "Glaciers lost 5% of their ice, and the pace of melting has increased, according to a study": a phrase
        # that ends a sentence of two clauses joined by "and", which the parse hung on the second, sources both; so
        # with two verbs that share one subject ("The white colouring is caused by a rare gene ... and is not
        # albinism, according to the centre"), or joined by "but" ("D66 is set to take 26 seats ... but won more votes
        # overall, according to a count")
        head = head.head
    if (
        closing
        and head.dep_ == "advcl"
        and head.head.i < head.i
        and (
            any(c.dep_ == "mark" for c in head.children)
            or (head.tag_ == "VBG" and head.i > 0 and according.doc[head.i - 1].text == ",")
            # (or a clause after "with": "had 55% of the vote with more than 95% of ballots counted, according to the
            # tribunal")
            or (head.left_edge.i > 0 and according.doc[head.left_edge.i - 1].lower_ == "with")
        )
    ):
        # "Talks have stalled because the two sides cannot agree on a price, according to people familiar with the
        # matter": a phrase that ends the sentence, which the parse hung on the clause of cause, sources it all; so
        # on a participle set off after the clause ("Sheinbaum won the election, becoming the first woman to lead the
        # country, according to a quick count")
        head = head.head
    if closing and head.dep_ == "ccomp" and _under_plain_root(head):
        # "The Justice Department is investigating whether Nvidia has abused its dominance, according to two people
        # familiar with the inquiry": a phrase that ends the sentence, which the parse hung on the clause its verb
        # governs, sources it all (not "Lee said the plan would fail, according to X", whose clause Lee says)
        head = head.head
    if last and head.dep_ == "npadvmod" and head.tag_ == "NN" and head.head.tag_.startswith("VB"):
        # "The number ... rose to 7.64 million, the first increase in six months, according to figures ...": the
        # phrase the parse hung on the words set beside the clause sources the clause
        head = head.head
    if _compared(head) and head.head.i != head.i:
        # "found levels higher than any study had reported, according to a paper ...": the phrase the parse hung on
        # the measure sources the sentence
        head = head.head
    skip = {t.i for t in according.subtree}
    # "..., according to data from the national space research institute, INPE.": the source's name, which the
    # parse broke off the phrase that ends the sentence, is no part of what it says
    doc, after = according.doc, according.right_edge.i + 1
    tail = [t for t in doc[after + 1 : sent.end] if not t.is_punct]
    if tail and all(t.tag_ in ("NNP", "NNPS") for t in tail) and doc[after].text == ",":
        skip |= set(range(after, tail[-1].i + 1))  # (the tail runs to the sentence's end: nothing but stops after it)
    before = according.doc[according.i - 1] if according.i > according.sent.start else None
    if (
        before is not None
        and before.text == ","
        and head.i > according.i
        and head.dep_ in ("conj", "advcl")
        and head.head.i < according.i
        and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in head.children)
    ):
        # "X is considering a pause, according to two people ..., after allies warned ...": the phrase sources the
        # clause before it, which the parse hung it after
        skip |= {t.i for t in head.subtree}
        head = head.head
    elif (
        before is not None
        and before.text == ","
        and head.i > according.i
        and head.head.i < according.i
        and according.right_edge.i + 1 < sent.end
        and not according.doc[according.right_edge.i + 1].is_punct
        and all(t.is_punct for t in according.doc[head.right_edge.i + 1 : sent.end])
    ):
        # "X is looking into Y, according to three sources who spoke to Fox but were not authorized to ...": no
        # comma closes the phrase and the sentence ends with it, so what the parse hung it on is the end of the
        # source's own description, and the phrase sources the clause before it
        skip |= {t.i for t in head.subtree}
        head = head.head
    skip |= _joining_words(head, according)
    return _span(parsed, [t for t in head.subtree if t.i not in skip])


_SUBORDINATORS = frozenset("after before because when as since while although though until unless once".split())
