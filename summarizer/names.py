"""Person names with lower-case particles, mended in the parse's named entities.

The entity recogniser splits such names at their particles or labels them as something else: "Ursula von der
Leyen" comes out as the person "Ursula von der" and the place "Leyen", "Rutger van den Broek" as "Rutger van den"
and "Broek", and "Dr. Ana María Oyarzún de la Vega" as the organisation "María Oyarzún de la Vega". A run of
capitalised words with particles inside becomes one person entity, from its given names to the word after the
last particle, where part of it was already taken for a person or a courtesy title stands before it. Place and
body names built the same way ("Rio de Janeiro", "Tour de France", "Universidad de Chile") are left alone.

Other names the recogniser cuts in two are joined the same way: a body's name cut at "for" or "and", or at the
comma of a list ("the Department for Culture, Media and Sport") or a plural's apostrophe ("The Seattle Police
Officers' Guild"), a given name cut before its hyphened second syllable, the letters after a name ("KC"), two
groups side by side ("Christian" + "Democrats"), a body and its country ("Amnesty International" + "Kenya"). Names
it runs on are split: a person and the body they are of, read as one organisation ("Léa Vidal of Greenpeace"), a
name run on over a comma into the subject after it ("seen by The Ledger, Nadia Farouk wrote") or into a person's
name beside it ("The mayor of Lecco, Mauro Gattinoni,"), and a name run on over a verb ("The U.S. Department of
Transportation fined Southwest Sun Airlines"). A name set beside a noun for a body is that body's where the
recogniser took it for a person's ("The pilots' union, Vereinigung Cockpit,"), but not one after a person's title
("Dr Ron Cook, the health authority for Lubbock,"); words all in lower case are no name ("a retired lorry driver").
Capitalised words joined by a capitalised preposition are one body's name ("Doctors Without Borders"), however the
recogniser read them.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from summarizer import given_names

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Span, Token

# Lower-case words that begin or join surnames: "de Vos", "van Gaal", "bin Salman", "da Silva".
PARTICLES = frozenset(
    "de del della delos dela di da dos das du des van von der den ter ten la le bin ibn al el".split()
)
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Prof|Rep|Sen|Gov|Gen|Amb)\.?$")


def mend(doc: Doc) -> None:
    """Set each name with particles that the recogniser broke as one PERSON entity of `doc`, and each body's name
    it cut after a joining word as one entity, in place."""
    _drop_lower_case(doc)
    _mend_bodies(doc)
    _mend_unrecognised_joined_bodies(doc)
    _mend_bodies_cut_at_and(doc)
    _mend_named_before_initials(doc)
    _mend_titled_prepositions(doc)
    _mend_numbered_bodies(doc)
    _mend_of_places(doc)
    _mend_country_endings(doc)
    _mend_syllables(doc)
    _mend_cut_surnames(doc)
    _mend_bodies_run_into_titles(doc)
    _mend_given_words(doc)
    _mend_given_nouns(doc)
    _mend_honours(doc)
    _mend_titled_unrecognised(doc)
    _dotted_bodies_read_as_places(doc)
    _mend_split_names(doc)
    _mend_groups(doc)
    _mend_guilds(doc)
    _mend_joined_objects(doc)
    _unrecognised_guilds(doc)
    _mend_branches(doc)
    _mend_remits(doc)
    _split_at_commas(doc)
    _mend_lists(doc)
    _split_at_brackets(doc)
    _split_at_verbs(doc)
    _bodies_named_for_places(doc)
    _bodies_named_for_peers(doc)
    _councils_read_as_places(doc)
    _groups_read_as_places(doc)
    _groupings_read_as_places(doc)
    _names_read_as_commands(doc)
    _names_before_a_subjectless_saying(doc)
    _bodies_named_with_a_people(doc)
    _part_members(doc)
    _bodies_read_as_people(doc)
    _people_read_as_bodies(doc)
    _things_read_as_people(doc)
    _sovereigns_read_as_names(doc)
    _offices_read_as_bodies(doc)
    _places_listed_as_people(doc)
    _modifiers_read_as_people(doc)
    _people_joined_to_a_person(doc)
    _brands_read_as_people(doc)
    _teams_read_as_people(doc)
    names: list[Span] = []
    for tok in doc:
        span = _name_at(doc, tok)
        if span is not None and not (names and span.start < names[-1].end):
            names.append(span)
    if not names:
        return
    taken = {t.i for span in names for t in span}
    kept = [e for e in doc.ents if not any(t.i in taken for t in e)]
    doc.ents = sorted(kept + names, key=lambda e: e.start)


def _name_at(doc: Doc, tok: Token) -> Span | None:
    """The name whose first particle is `tok`, if the recogniser broke it."""
    if not _particle(tok) or tok.i == 0 or _particle(doc[tok.i - 1]):
        return None
    end = tok.i
    while end < len(doc) and _particle(doc[end]):
        end += 1
    if end == len(doc) or not _word(doc[end]) or not _word(doc[tok.i - 1]):
        return None
    while (
        end + 1 < len(doc)
        # (the parse may hang it on the first as a compound or, with no comma between, an apposition)
        and ((doc[end].dep_ == "compound" and doc[end].head.i > end) or doc[end + 1].head.i == end)
        and doc[end + 1].tag_ in ("NNP", "NNPS")  # (a surname in -s may be read as a plural: "Neves")
        and _word(doc[end + 1])
        and doc[end + 1].ent_type_ in ("", "PERSON")
    ):
        end += 1  # a second surname: "Borja del Pozo Cruz"
    start = tok.i - 1
    while start > tok.sent.start and doc[start].ent_iob_ == "I" and _word(doc[start - 1]):
        start -= 1  # to the first word of the entity the particle follows
    if any(e.start == start and e.end == end + 1 and e.label_ == "PERSON" for e in doc.ents):
        return None  # "Jan de Vries", recognised whole
    if doc[start].ent_type_ != "PERSON":
        while start > tok.sent.start and _given(doc[start - 1]):
            start -= 1  # "Ana" before the organisation "María Oyarzún de la Vega"
    titled = start > 0 and _TITLE.match(doc[start - 1].text) is not None
    if any(t.ent_type_ not in ("", "PERSON") for t in doc[start : tok.i]) and not titled:
        return None  # "Rio de Janeiro", "Universidad de Chile"
    if not titled and not any(t.ent_type_ == "PERSON" for t in doc[start : end + 1]):
        return None  # "Tour de France"
    from spacy.tokens import Span

    return Span(doc, start, end + 1, label="PERSON")


# Words that join the parts of a body's name: "Agency for Safety and Health at Work", "Bank of England".
_JOINING = frozenset("for of and".split())
# Nouns that end a body's name: "Fire and Rescue Service".
_BODY_ENDINGS = frozenset(
    "service authority agency association council board commission trust police constabulary".split()
)
_INSIDE = _JOINING | frozenset("at on the in".split())


def _drop_lower_case(doc: Doc) -> None:
    """ "a retired lorry driver", of which the recogniser took "lorry driver" for a person's name: words all in lower
    case are no one's name; nor is a noun for a body in lower case a body's ("a little-known Chinese start-up",
    "the health ministry"), but where a name follows it."""
    from summarizer.speakers import BODY_NOUNS

    found = [
        k
        for k, e in enumerate(doc.ents)
        if (
            all(t.is_lower for t in e)
            and (e.label_ == "PERSON" or (e.label_ == "ORG" and e[-1].lower_ in BODY_NOUNS and not _named_after(e)))
        )
    ]
    _drop(doc, found)


def _named_after(ent: Span) -> bool:
    """ "the national statistics agency, IBGE": a comma and a name after it, which `speakers` gives the words to."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].tag_ == "NNP"


def _without_overlaps(ents: list[Span]) -> list[Span]:
    """The entities in order, each dropped where an earlier one already took one of its words."""
    taken: set[int] = set()
    kept = []
    for ent in ents:
        if not any(t.i in taken for t in ent):
            kept.append(ent)
            taken.update(t.i for t in ent)
    return kept


def _put(doc: Doc, found: list[Span]) -> None:
    """Set the spans `found` as entities of `doc`, in place of those they overlap."""
    if not found:
        return  # most articles have none: the entities are set again only where one is found
    spans = {t.i for f in found for t in f}
    doc.ents = sorted([e for e in doc.ents if not any(t.i in spans for t in e)] + found, key=lambda e: e.start)


def _relabel(doc: Doc, found: list[int], label: str) -> None:
    """Give the entities of `doc` at the indices `found` the label, in place."""
    if not found:
        return  # most articles have none: the entities are set again only where one is found
    from spacy.tokens import Span

    ents = list(doc.ents)
    for k in found:
        ents[k] = Span(doc, ents[k].start, ents[k].end, label=label)
    doc.ents = ents


def _drop(doc: Doc, found: list[int]) -> None:
    """Take the entities of `doc` at the indices `found` out, in place."""
    if found:  # most articles have none: the entities are set again only where one is found
        gone = set(found)
        doc.ents = [e for k, e in enumerate(doc.ents) if k not in gone]


def _mend_bodies(doc: Doc) -> None:
    """ "the European Agency for" + "Safety and Health at Work", "Committee for" + "a Responsible Federal Budget": a
    body's name the recogniser ended on a joining word runs on over the capitalised words after it."""
    ents = list(doc.ents)
    mended = False
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or ent[-1].text not in _JOINING or ent.end >= ent.sent.end:
            continue
        end = ent.end + (doc[ent.end].lower_ in ("a", "the"))
        if end >= len(doc) or not _word(doc[end]):
            continue
        while end < ent.sent.end and (
            _word(doc[end]) or (doc[end].text in _INSIDE and end + 1 < ent.sent.end and _word(doc[end + 1]))
        ):
            end += 1
        from spacy.tokens import Span

        ents[k] = Span(doc, ent.start, end, label="ORG")
        mended = True
    taken_by = {t.i for e in ents for t in e}
    for k, ent in enumerate(ents):
        # "The Wine and" + "Spirit Trade Association": a body's name the recogniser began after "and" runs back over
        # the capitalised words before it that no other name has, to a "the"
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in ("and", "&"):
            continue
        first = ent.start - 1  # the "and"
        while (
            first - 1 >= ent.sent.start
            and _word(doc[first - 1])
            and doc[first - 1].tag_ == "NNP"
            and first - 1 not in taken_by
        ):
            first -= 1
        before = next((e for e in ents if e.end == first and e.label_ in ("PERSON", "GPE", "ORG")), None)
        if (
            first == ent.start - 1
            and before is not None
            # (or after "the": "The Driver" + "and" + "Vehicle Standards Agency")
            and (before.start == ent.sent.start or (before.start > 0 and doc[before.start - 1].lower_ == "the"))
            and ent[-1].lower_ in _BODY_ENDINGS
            and all(_word(t) and t.tag_ == "NNP" for t in before)
        ):
            # "South Yorkshire Fire" + "and" + "Rescue Authority": the words before the "and", whatever the recogniser
            # took them for, begin the body's name that opens the sentence
            first = before.start
        place = next((e for e in ents if e.end == first and e.label_ == "GPE"), None)
        if first == ent.start - 1 and place is not None and place.root.head in ent:
            # "The England and Wales Cricket Board": a place the parser hangs on the body's noun, as it does the place
            # after the "and", is part of the name
            first = place.start
        # only after "the", which makes the words one body's name: not "Forbes and Halvor Research say"; or from
        # the sentence's start to a noun that ends a body's name ("Greater Manchester Fire and Rescue Service said")
        the = first > 0 and doc[first - 1].lower_ == "the"
        opening = first == ent.sent.start and ent[-1].lower_ in _BODY_ENDINGS
        if first < ent.start - 1 and (the or opening):
            from spacy.tokens import Span

            ents[k] = Span(doc, first, ent.end, label="ORG")
            mended = True
    if mended:
        doc.ents = _without_overlaps(sorted(ents, key=lambda e: (e.start, -e.end)))


def _mend_bodies_cut_at_and(doc: Doc) -> None:
    """ "Nigeria's National Commission for Museums" + "and Monuments": a body's name with "for" or "of" in it, which
    the recogniser ended before an "and" and the capitalised words after it, runs on over them."""
    ents = list(doc.ents)
    mended = False
    for k, ent in enumerate(ents):
        end = ent.end
        if ent.label_ != "ORG" or not any(t.lower_ in ("for", "of") for t in ent[1:-1]) or end + 1 >= ent.sent.end:
            continue
        if doc[end].lower_ != "and" or not _word(doc[end + 1]):
            continue
        last = end + 1
        # (a plural in capitals may be tagged as a common noun: "Monuments")
        while last < ent.sent.end and _word(doc[last]) and doc[last].tag_ in ("NNP", "NNPS", "NNS", "NN"):
            last += 1
        words = doc[end + 1 : last]
        if len(words) == 0 or any(t.ent_type_ not in ("", "PERSON") for t in words):
            continue
        from spacy.tokens import Span

        ents[k] = Span(doc, ent.start, last, label="ORG")
        mended = True
    if mended:
        doc.ents = _without_overlaps(sorted(ents, key=lambda e: (e.start, -e.end)))


# Nouns that end the name of a body of people joined in a cause: "the Hostages and Missing Families Forum".
_UNION_ENDINGS = _BODY_ENDINGS | frozenset("forum alliance coalition federation network union society".split())


def _mend_unrecognised_joined_bodies(doc: Doc) -> None:
    """ "The Hostages and Missing Families Forum, which represents ..., said": capitalised words joined by "and"
    after "the", ending in a noun for a body, of which the recogniser saw no part, are one body's name."""
    spans: list[tuple[int, int]] = []
    for tok in doc:
        if tok.lower_ not in _UNION_ENDINGS or not tok.text.istitle() or tok.ent_type_ or tok.tag_ != "NNP":
            continue
        first = tok.i
        while first - 1 > tok.sent.start and (
            (_word(doc[first - 1]) and doc[first - 1].tag_ in ("NNP", "NNPS") and not doc[first - 1].ent_type_)
            or (doc[first - 1].lower_ == "and" and _word(doc[first - 2]))
        ):
            first -= 1
        words = doc[first : tok.i + 1]
        if doc[first - 1].lower_ == "the" and any(t.lower_ == "and" for t in words) and words[0].lower_ != "and":
            spans.append((first, tok.i + 1))
    if spans:
        from spacy.tokens import Span

        taken = {i for a, b in spans for i in range(a, b)}
        kept = [e for e in doc.ents if not any(t.i in taken for t in e)]
        doc.ents = sorted(kept + [Span(doc, a, b, label="ORG") for a, b in spans], key=lambda e: e.start)


# A body's initials in brackets after its name: "(AfD)", "(CDU)", "(NUM)".
_INITIALS = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]{1,5}$")
# Words of a state's name, which take initials too: "the Democratic Republic of Congo (DRC)".
_STATE_WORDS = frozenset("Republic Kingdom States Emirates Federation Union".split())


def _mend_named_before_initials(doc: Doc) -> None:
    """ "The far-right Alternative for Germany (AfD)", of which the recogniser took only "Germany", as a place: the
    capitalised words (with "for", "of" and "and" between them) right before a body's initials in brackets are that
    body's name, where the recogniser left one of them outside any name."""
    from spacy.tokens import Span

    found = []
    for tok in doc[1:-2]:
        if tok.text != "(" or not _INITIALS.match(doc[tok.i + 1].text) or doc[tok.i + 2].text != ")":
            continue
        start = tok.i
        while start > tok.sent.start and (_word(doc[start - 1]) or (doc[start - 1].text in _JOINING and start < tok.i)):
            start -= 1
        while start < tok.i and (doc[start].text in _JOINING or doc[start].lower_ in ("the", "a", "an")):
            start += 1
        words = doc[start : tok.i]
        capitals = [t for t in words if t.text not in _JOINING]
        if (
            len(capitals) >= 2
            and any(not t.ent_type_ for t in capitals)
            and not any(t.ent_type_ == "PERSON" or t.text in _STATE_WORDS for t in capitals)
        ):
            found.append(Span(doc, start, tok.i, label="ORG"))
    _put(doc, found)


# Prepositions that, capitalised between capitalised words, join a body's name: "Doctors Without Borders",
# "Mothers Against Drunk Driving", "Médecins Sans Frontières".
_TITLED_PREPOSITIONS = frozenset(("Without", "Against", "Beyond", "Sans"))


def _mend_titled_prepositions(doc: Doc) -> None:
    """ "Doctors Without Borders warned": a capitalised preposition between capitalised words makes them one body's
    name, which the recogniser reads from the preposition on as a person's or leaves out."""
    spans: list[tuple[int, int]] = []
    for tok in doc:
        if tok.text not in _TITLED_PREPOSITIONS or tok.i == tok.sent.start or tok.i + 1 >= tok.sent.end:
            continue
        if not (_word(doc[tok.i - 1]) and _word(doc[tok.i + 1])):
            continue
        start, end = tok.i - 1, tok.i + 2
        while start > tok.sent.start and _word(doc[start - 1]) and doc[start - 1].lower_ != "the":
            start -= 1
        while end < tok.sent.end and _word(doc[end]):
            end += 1
        spans.append((start, end))
    if not spans:
        return
    from spacy.tokens import Span

    taken = {i for start, end in spans for i in range(start, end)}
    kept = [e for e in doc.ents if not any(t.i in taken for t in e)]
    doc.ents = sorted(kept + [Span(doc, start, end, label="ORG") for start, end in spans], key=lambda e: e.start)


def _mend_numbered_bodies(doc: Doc) -> None:
    """ "Three Rivers District Council": a capitalised number word that the parse hangs on a body's name, which the
    recogniser left out of it as a count, begins the name."""
    ents = list(doc.ents)
    mended = False
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or ent.start == 0 or ent[-1].lower_ not in _BODY_ENDINGS:
            continue
        number = doc[ent.start - 1]
        if number.tag_ != "CD" or number.dep_ != "nummod" or number.head not in ent or not _word(number):
            continue
        from spacy.tokens import Span

        ents[k] = Span(doc, number.i, ent.end, label="ORG")
        mended = True
    if mended:
        taken = {t.i for e in ents if e.label_ == "ORG" for t in e}
        doc.ents = [e for e in ents if e.label_ == "ORG" or not any(t.i in taken for t in e)]


def _mend_lists(doc: Doc) -> None:
    """ "the Department for Culture" + ", Media and Sport", "Ministry of Housing" + ", Communities and Local
    Government": an office's name that ends on "for" or "of" and a word runs on over a list of capitalised words
    after a comma, closed by "and" and one or two more."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    mended = False
    for ent in ents:
        joined = len(ent) > 2 and ent[-2].lower_ in ("for", "of") and ent[-1].tag_ == "NNP"
        office = any(t.lower_ in ("department", "ministry", "office", "committee") and t.tag_ == "NNP" for t in ent)
        end = ent.end
        listed = 0
        while joined and office and end + 1 < ent.sent.end and doc[end].text == "," and _capital(doc[end + 1]):
            end, listed = end + 2, listed + 1
        closing = end + 1 < ent.sent.end and doc[end].lower_ == "and" and _capital(doc[end + 1])
        if listed and closing:
            end += 2
            if end < ent.sent.end and _capital(doc[end]):
                end += 1  # "Rural Affairs"
            out = [e for e in out if e.end <= ent.start]
            out.append(Span(doc, ent.start, end, label="ORG"))
            mended = True
        elif not out or out[-1].end <= ent.start:
            out.append(ent)
    if mended:
        doc.ents = out


def _capital(tok: Token) -> bool:
    """A capitalised word of a name, that no name of a person or place begins."""
    return _word(tok) and tok.tag_ == "NNP" and tok.ent_type_ not in ("PERSON", "GPE", "LOC")


def _mend_of_places(doc: Doc) -> None:
    """ "The Royal Zoological Society" + "of Scotland": a body's name the recogniser ended on the word that heads it,
    before an "of" and capitalised words it saw as no other name (or as a place), runs on over them."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    taken_until = -1  # the end of the last name run on: the place it took in is dropped
    mended = False
    for ent in ents:
        if ent.start < taken_until:
            continue
        of = ent.end
        end = of + 1
        if (
            ent.label_ == "ORG"
            and ent[-1].lower_ in _INSTITUTIONAL
            and of + 1 < ent.sent.end
            and doc[of].lower_ == "of"
            and _word(doc[of + 1])
            and doc[of + 1].tag_ == "NNP"
        ):
            while end < ent.sent.end and _word(doc[end]) and doc[end].tag_ == "NNP":
                end += 1
            after = [e for e in ents if of < e.end and e.start < end]
            # not "the Committee of Chris Smith": another name, not part of this one
            if all(e.label_ in ("GPE", "LOC") and e.start >= of + 1 and e.end <= end for e in after):
                out.append(Span(doc, ent.start, end, label="ORG"))
                taken_until, mended = end, True
                continue
        out.append(ent)
    if mended:
        doc.ents = out


def _mend_country_endings(doc: Doc) -> None:
    """ "Doctors' Association" + "UK": a body's name the recogniser ended before the country that ends it, where the
    parse makes the country the head of the whole name, runs on over it."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    mended = False
    for k, ent in enumerate(ents):
        if out and out[-1].end > ent.start:
            continue  # the country taken into the name before
        after = ents[k + 1] if k + 1 < len(ents) else None
        if (
            ent.label_ == "ORG"
            and after is not None
            and after.label_ == "GPE"
            and after.start == ent.end
            and len(after) == 1
            and after[0].tag_ == "NNP"
            and all(t.head.i == after.start or ent.start <= t.head.i < ent.end for t in ent)
            and any(t.head.i == after.start for t in ent)
            and after.root.head.i not in range(ent.start, ent.end)
        ):
            out.append(Span(doc, ent.start, after.end, label="ORG"))
            mended = True
            continue
        out.append(ent)
    if mended:
        doc.ents = out


# Letters after a person's name for a rank at the bar or an honour: "Richard Marks KC", "Jo Hale OBE".
POST_NOMINALS = frozenset("KC QC OBE MBE CBE KBE DBE".split())


def _joined(doc: Doc, label_of: Callable[[Span, Span], str | None]) -> None:
    """Each entity that runs on from the one before with nothing between, where `label_of` gives the two a label
    as one, made one entity with that label."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        label = label_of(out[-1], ent) if out and out[-1].end == ent.start else None
        if label is not None:
            out[-1] = Span(doc, out[-1].start, ent.end, label=label)
        else:
            out.append(ent)
    if len(out) < len(ents):
        doc.ents = out


# Offices written as a title before a name: "Sheriff Jud Smith", "Mayor Ana Ruiz".
_TITLE_WORDS = frozenset("Sheriff Mayor Governor Senator Judge Commissioner Superintendent Councillor".split())
# What the recogniser may take a titled name for, that no person's name is: a work's, a product's, an event's.
_NOT_NAMES = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"})


def _mend_titled_unrecognised(doc: Doc) -> None:
    """ "Sheriff Jud Smith of Barrow County fought back tears": two capitalised words after an office written as a
    title, of which the recogniser saw no part, ending on the subject of a verb, are a person's name."""
    from spacy.tokens import Span

    found = []
    for tok in doc:
        if tok.text not in _TITLE_WORDS or tok.i + 2 >= len(doc):
            continue
        first, last = doc[tok.i + 1], doc[tok.i + 2]
        # (or all of it, title and name, taken for a work's or a thing's name: "Lt Governor Dan Patrick told", where
        # the name opens with a given name)
        misread = tok.ent_type_ in _NOT_NAMES and given_names.is_given(first.text)
        if tok.ent_type_ and not misread:
            continue
        if not all(_word(t) and t.tag_ == "NNP" and t.ent_type_ == tok.ent_type_ for t in (first, last)):
            continue
        if last.dep_ not in ("nsubj", "nsubjpass") or first.head.i != last.i or last.head.tag_[:2] != "VB":
            continue
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is not None and after.tag_ in ("NNP", "NNPS"):
            continue  # a longer run of capitals: a body's or a place's name
        found.append(Span(doc, first.i, last.i + 1, label="PERSON"))
    _put(doc, found)


# Initials with stops, of three letters or more, as The New York Times writes a body's ("F.B.I.", "N.T.S.B.");
# a place's few are kept ("U.A.E.").
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){3,}$")
_DOTTED_PLACES = frozenset({"U.S.A.", "U.A.E.", "N.Y.C.", "U.S.S.R."})


def _dotted_bodies_read_as_places(doc: Doc) -> None:
    """ "The F.B.I. said", read as a place: a body's initials with stops are a body's name."""
    found = [
        k
        for k, e in enumerate(doc.ents)
        if e.label_ in ("GPE", "LOC") and _DOTTED_INITIALS.match(e.text) and e.text not in _DOTTED_PLACES
    ]
    _relabel(doc, found, "ORG")


def _mend_honours(doc: Doc) -> None:
    """ "Richard Marks" + "KC", the letters read as a body of their own: one PERSON entity, letters and all."""
    _joined(doc, lambda prev, ent: "PERSON" if prev.label_ == "PERSON" and ent.text in POST_NOMINALS else None)


def _mend_split_names(doc: Doc) -> None:
    """ "Mirza Fakhrul" + "Islam Alamgir", "Randy" + "delos" + "Santos": two people's names side by side, with nothing
    or a surname's particle between, whose words the parse made one name (each a compound of the last): one
    person's name."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        between = doc[prev.end : ent.start] if prev is not None else None
        joined = (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and ent[-1].tag_ == "NNP"
            and (not between or (len(between) == 1 and between[0].lower_ in PARTICLES))
            and all(
                t.dep_ == "compound" and t.head.i in range(prev.start, ent.end) for t in doc[prev.start : ent.end - 1]
            )
        )
        if joined:
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    if len(out) < len(ents):
        doc.ents = out


def _mend_groups(doc: Doc) -> None:
    """ "Christian" + "Democrats", two groups side by side with nothing between: one group, "the Christian
    Democrats"."""
    _joined(doc, lambda prev, ent: "NORP" if prev.label_ == ent.label_ == "NORP" else None)


def _mend_guilds(doc: Doc) -> None:
    """ "The Seattle Police Officers'" + "Guild", "the National Farmers'" + "Union": a body's name that the
    recogniser ended on a plural's apostrophe runs on over the noun for a body after it, whatever it took that for."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        if out and out[-1].end == ent.start and len(ent) == 1 and _owned_body(out[-1], ent[0]):
            out[-1] = Span(doc, out[-1].start, ent.end, label="ORG")
        elif ent.end < len(doc) and not doc[ent.end].ent_type_ and _owned_body(ent, doc[ent.end]):
            out.append(Span(doc, ent.start, ent.end + 1, label="ORG"))
        else:
            out.append(ent)
    if out != ents:
        doc.ents = out


def _mend_joined_objects(doc: Doc) -> None:
    """ "the National Commission for Museums" + "and" + "Monuments", the last word read as a name of its own or as
    none: a body's name that ends on the object of its "for" or "of" runs on over "and" and the capitalised words
    the parse joins to that object."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    for k, ent in enumerate(ents):
        last = ent[-1]
        inside = ent.label_ == "ORG" and last.dep_ == "pobj" and last.head.lower_ in ("for", "of") and last.head in ent
        if not inside or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
            out.append(ent)
            continue
        joined = next((c for c in last.children if c.dep_ == "conj" and c.i > ent.end), None)
        words = doc[ent.end + 1 : joined.i + 1] if joined is not None else []
        after = ents[k + 1] if k + 1 < len(ents) else None
        if (
            joined is None
            or not all(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in words)
            or (after is not None and after.start <= joined.i and (after.end > joined.i + 1 or after.label_ == "GPE"))
        ):
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, joined.i + 1, label="ORG"))
    if out != ents:
        doc.ents = _without_overlaps(out)


def _unrecognised_guilds(doc: Doc) -> None:
    """ "The Taxpayers' Alliance", no name to the recogniser: after "the", capitalised words ending on a plural's
    apostrophe, and a capitalised noun for a body right after it, are one body's name."""
    from spacy.tokens import Span

    taken = {t.i for e in doc.ents for t in e}
    found = []
    for tok in doc[2:-1]:
        noun, owner = doc[tok.i + 1], doc[tok.i - 1]
        if tok.text not in ("'", "’") or tok.tag_ != "POS" or not owner.text.endswith("s"):
            continue
        if not (noun.text[:1].isupper() and noun.lower_ in _INSTITUTIONAL and owner.text[:1].isupper()):
            continue
        start = owner.i
        while start - 1 > 0 and doc[start - 1].tag_ in ("NNP", "NNPS") and doc[start - 1].text[:1].isupper():
            start -= 1
        if doc[start - 1].lower_ != "the" or any(i in taken for i in range(start, noun.i + 1)):
            continue
        found.append(Span(doc, start, noun.i + 1, label="ORG"))
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)


def _owned_body(owner: Span, noun: Token) -> bool:
    """A body's name ended on a plural's apostrophe, and the capitalised noun for a body right after it."""
    return (
        owner.label_ == "ORG"
        and owner[-1].tag_ == "POS"
        and owner[-1].text in ("'", "’")
        and noun.i == owner.end
        and noun.text[:1].isupper()
        and noun.lower_ in _INSTITUTIONAL
    )


def _mend_branches(doc: Doc) -> None:
    """ "Amnesty International" + "Kenya", one noun phrase: a body's branch in a country, one ORG entity (the
    statement had gone to the place)."""

    def branch(prev: Span, ent: Span) -> str | None:
        one_phrase = prev.root.dep_ == "compound" and prev.root.head.i == ent.start
        return "ORG" if prev.label_ == "ORG" and ent.label_ == "GPE" and len(ent) == 1 and one_phrase else None

    _joined(doc, branch)


# Words that begin or head a body's name before its "of": "Royal College of Nursing", "National Association of ...",
# "Bank of England" (no person is called so).
_INSTITUTIONAL = frozenset(
    """academy agency alliance assembly association authority bank board bureau cathedral center centre chamber church
    college commission committee confederation congress corps council court department embassy federation fund
    foundation friends guard guild house institute institutes kingdom league library ministry museum office order
    organisation organization parliament party republic school service society states supreme tribunal trust union
    university american british central european federal general high imperial international islamic metropolitan
    national royal state united""".split()
)


def _part_members(doc: Doc) -> None:
    """ "said Léa Vidal of Greenpeace Switzerland", read as one organisation: a personal name (two or three
    capitalised words, none a word that begins or heads a body's name) that heads the phrase, and the body after
    "of" it belongs to, are a PERSON and an ORG."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        of = next((t.i for t in ent[2:4] if t.lower_ == "of"), None)
        if ent.label_ != "ORG" or of is None or of + 1 >= ent.end or not ent.root.i < of:
            out.append(ent)
            continue
        name = doc[ent.start : of]
        body = of + 1 + (doc[of + 1].lower_ == "the")
        if (
            body >= ent.end
            or not all(_word(t) and t.tag_ == "NNP" for t in name)
            or any(t.lower_ in _INSTITUTIONAL for t in name)
            or not _word(doc[body])
        ):
            out.append(ent)
            continue
        out += [Span(doc, ent.start, of, label="PERSON"), Span(doc, body, ent.end, label="ORG")]
    if len(out) > len(ents):
        doc.ents = out


def _mend_remits(doc: Doc) -> None:
    """ "the Department for Levelling Up," + "Housing and Communities": a body's name that lists what it is for,
    which the recogniser broke at the list's comma, is one name."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    found = []
    for a, b in pairwise(ents):
        comma = a[-1].text == "," and b.start == a.end
        if not (a.label_ == b.label_ == "ORG" and (comma or (b.start == a.end + 1 and doc[a.end].text == ","))):
            continue
        if _remit(a, b) and all(_word(t) or t.lower_ == "and" for t in b):
            found.append(Span(doc, a.start, b.end, label="ORG"))
    _put(doc, found)


def _remit(before: Span, after: Span) -> bool:
    """The words on either side of a comma inside a body's name list what the body is for: "the Department for
    Levelling Up" and "Housing and Communities"."""
    return any(t.lower_ == "and" for t in after) and any(t.lower_ in ("for", "of") for t in before)


def _split_at_commas(doc: Doc) -> None:
    """ "In a memo seen by The Ledger, Nadia Farouk wrote", read as one organisation: a name run on over a comma
    into the subject of a verb outside it is two names, the part before the comma and the subject. The subject is a
    person's name where it is two or three capitalised words none of which begins or heads a body's name."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
        subject = doc[comma + 1 : ent.end].root if comma is not None else None
        name = doc[comma + 1 : ent.end] if comma is not None else None
        personal = (
            name is not None
            and 2 <= len(name) <= 3
            and all(_word(t) and t.tag_ == "NNP" and t.lower_ not in _INSTITUTIONAL for t in name)
        )
        # (or a person's name set beside it: "The mayor of Lecco, Mauro Gattinoni, said")
        closed = ent.end < len(doc) and doc[ent.end].text == ","
        apposed = subject is not None and subject.dep_ == "appos" and personal and closed
        if subject is None or (subject.head.i in range(ent.start, ent.end) and not apposed):
            out.append(ent)
            continue
        # (not a list in a body's name: "the Department for Levelling Up, Housing and Communities")
        if (subject.dep_ not in ("nsubj", "nsubjpass") and not apposed) or _remit(doc[ent.start : comma], name):
            out.append(ent)
            continue
        out += [
            Span(doc, ent.start, comma, label=ent.label_),
            Span(doc, comma + 1, ent.end, label="PERSON" if personal else ent.label_),
        ]
    if len(out) > len(ents):
        doc.ents = out


def _split_at_verbs(doc: Doc) -> None:
    """ "The U.S. Department of Transportation fined Southwest Sun Airlines $2 million", read as one organisation:
    a name run on over a verb in lower case, with a tense (no name has one), is the subject before it and the object
    after it, where there is one ("The U.S. Department of Transportation fined" alone is the department)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        verb = next((t.i for t in ent[1:] if t.tag_ in ("VBD", "VBZ", "VBP") and t.text.islower()), None)
        if verb is None:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, verb, label=ent.label_))
        if verb + 1 < ent.end:
            out.append(Span(doc, verb + 1, ent.end, label=ent.label_))
    if out != ents:
        doc.ents = out


def _split_at_brackets(doc: Doc) -> None:
    """ "The Institute for Fiscal Studies (IFS", a name the recogniser ran on into the brackets after it and stopped
    before they close: the name, and the short name in the brackets, as two names."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    split = False
    for ent in ents:
        opened = next((t.i for t in ent[1:] if t.text == "("), None)
        if opened is None or any(t.text == ")" for t in ent) or ent.end >= len(doc) or doc[ent.end].text != ")":
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, opened, label=ent.label_))
        if opened + 1 < ent.end:
            out.append(Span(doc, opened + 1, ent.end, label=ent.label_))
        split = True
    if split:
        doc.ents = out


def _bodies_named_for_places(doc: Doc) -> None:
    """ "Universities UK", "Historic England": capitalised words no name holds, hung on a place's name right after
    them, make with it one body's name."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    taken = {t.i for e in ents for t in e}
    for ent in ents:
        first = ent.start
        while (
            ent.label_ == "GPE"
            and first > ent.sent.start
            and doc[first - 1].tag_ in ("NNP", "NNPS")
            and doc[first - 1].dep_ == "compound"
            and doc[first - 1].head.i in range(ent.start, ent.end)
            and first - 1 not in taken
            and _word(doc[first - 1])
        ):
            first -= 1
        if first < ent.start:
            ent = Span(doc, first, ent.end, label="ORG")
            changed = True
        out.append(ent)
    if changed:
        doc.ents = out


def _bodies_named_for_peers(doc: Doc) -> None:
    """ "The Countess of Chester Hospital NHS Foundation Trust", "the Prince of Wales Hospice": a title of the
    nobility and "of" before a body's name that ends in a word for a body make with it one body's name, named for
    the peer (not "the Duchess of Sussex", a person, nor "the President of the European Commission", an office)."""
    from spacy.tokens import Span

    from summarizer.speakers import BODY_NOUNS, PEERAGES

    found = [
        Span(doc, ent.start - 2, ent.end, label="ORG")
        for ent in doc.ents
        if ent.label_ == "ORG"
        and ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in PEERAGES
        and doc[ent.start - 2].text.istitle()
        and not doc[ent.start - 2].ent_type_
        and ent[0].lower_ != "the"
        and ent[-1].lower_ in BODY_NOUNS | _BODY_ENDINGS
    ]
    _put(doc, found)


def _councils_read_as_places(doc: Doc) -> None:
    """ "The City of" + "Edinburgh Council", "the City of London Corporation", read as places: the body that governs
    a place, named for it, whose name ends in the word for what it is."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    skip = -1
    for k, ent in enumerate(ents):
        if ent.start < skip:
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        start = ent.start + (ent[0].lower_ == "the")
        joined = (
            ent.label_ == "GPE"
            and ent[-1].lower_ == "of"
            and nxt is not None
            and nxt.start == ent.end
            and nxt.label_ in ("ORG", "GPE")
            and nxt[-1].lower_ in _COUNCILS
        )
        if joined:
            out.append(Span(doc, start, nxt.end, label="ORG"))
            skip, changed = nxt.end, True
        elif ent.label_ == "GPE" and len(ent) > 2 and ent[-1].lower_ in _COUNCILS and ent[-1].text.istitle():
            out.append(Span(doc, start, ent.end, label="ORG"))
            changed = True
        else:
            out.append(ent)
    if changed:
        doc.ents = out


# The last words of the names of bodies that govern a place: "the City of London Corporation".
_COUNCILS = frozenset({"council", "corporation", "authority", "assembly"})


# Verbs of saying that follow a speaker's name: "Save the Children said".
_SAYING = frozenset("said says told tells added adds warned warns wrote writes urged urges called calls".split())
# Lower-case words inside a campaign's name: "Save the Children", "Stand Up to Racism".
_NAME_LINKS = frozenset("the to a our your".split())


# Verbs a relative clause says a group does for the people it stands for: "which represents bereaved families"
_REPRESENTS = frozenset("represents represented campaigns lobbies speaks".split())


def _groups_read_as_places(doc: Doc) -> None:
    """ "Grenfell United, which represents bereaved families and survivors, said", read as a place: a name a clause
    says represents or campaigns for people is a body's."""
    found = [
        k
        for k, e in enumerate(doc.ents)
        if e.label_ in ("GPE", "LOC")
        and any(
            c.dep_ == "relcl"
            and c.lower_ in _REPRESENTS
            and any(w.lower_ in ("which", "that", "who") and w.dep_ == "nsubj" for w in c.children)
            for c in e.root.children
        )
    ]
    _relabel(doc, found, "ORG")


def _groupings_read_as_places(doc: Doc) -> None:
    """ "The Bloc Québécois won 22 seats", read as a place: a name with a word for a political grouping in it, in
    capitals, is a body's."""
    found = [
        k
        for k, e in enumerate(doc.ents)
        if e.label_ in ("GPE", "LOC") and any(t.lower_ in GROUPINGS and t.text.istitle() for t in e)
    ]
    _relabel(doc, found, "ORG")


# Words for a political grouping: "the Bloc Québécois", "the Freedom Movement".
GROUPINGS = frozenset("bloc party league movement alliance coalition".split())


def _names_read_as_commands(doc: Doc) -> None:
    """ "Save the Children said", "Two Just Stop Oil protesters": a campaign's name made of capitalised words like a
    command, which the parse read as one (a verb, an adverb), is a body's name (an ORG) where a word comes before it
    in its sentence or a verb of saying right after it."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    taken = {t.i for e in ents for t in e}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        t = doc[i]
        # a command ("Save", "Stop"), or one after an adverb ("Just Stop"), not an adverb alone ("Now Bloomberg")
        command = t.tag_ in ("VB", "VBP") or (
            t.tag_ == "RB" and i + 1 < len(doc) and doc[i + 1].tag_ in ("VB", "VBP") and doc[i + 1].text.istitle()
        )
        if not (
            t.text.istitle() and t.is_alpha and i not in taken and (command or t.dep_ in ("acl", "advcl", "appos"))
        ):
            i += 1
            continue
        end = i + 1
        while end < t.sent.end and (
            (doc[end].text.istitle() and doc[end].is_alpha)
            or (doc[end].lower_ in _NAME_LINKS and end + 1 < t.sent.end and doc[end + 1].text.istitle())
        ):
            end += 1
        words = [x for x in doc[i:end] if x.text.istitle()]
        # (a name the parse hung on another, not read as a command, only where a "the" or "to" joins its words)
        if not command and not any(x.lower_ in _NAME_LINKS for x in doc[i:end]):
            i = end
            continue
        after = doc[end] if end < len(doc) else None
        inside = i > t.sent.start
        said = after is not None and after.lower_ in _SAYING
        if len(words) >= 2 and doc[end - 1].text.istitle() and (inside or said):
            found.append(Span(doc, i, end, label="ORG"))
            for x in words:
                x.tag_ = "NNP"  # a name's word, not an adverb to cut from it ("Just")
        i = end
    _put(doc, found)


def _names_before_a_subjectless_saying(doc: Doc) -> None:
    """ "Not Dead Yet UK, which opposes the bill, said ...", "Never Again Scotland, which ..., said": capitalised
    words that open a sentence, set off by a comma and "which", before a verb of saying whose subject is among them (the
    recogniser found only the last, "Scotland") or that the parse found no subject for (it read the words as a
    clause of their own), are one body's name (an ORG)."""
    from spacy.tokens import Span

    found: list[Span] = []
    for sent in doc.sents:
        root = sent.root
        comma = next((t.i for t in sent if t.text == ","), None)
        if root.lower_ not in _SAYING or comma is None or comma >= root.i or comma - sent.start < 2:
            continue
        if doc[comma + 1].lower_ != "which":
            continue  # (said of a thing, not of a person: "Villager Ramesh Nair, 54, said")
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and not sent.start <= c.i < comma for c in root.children):
            continue
        words = doc[sent.start : comma]
        if not all(t.is_alpha and (t.text.istitle() or (t.text.isupper() and len(t) > 1)) for t in words):
            continue
        if (
            len(words) < 3
            or words[0].tag_ in ("CC", "DT", "IN")
            or any(t.tag_ == "NNP" and given_names.is_given(t.text) for t in words)
        ):
            continue  # "But Murshed Zaheed, ...", "Even Rendell, ...": a person, after a word that opens a sentence
        if any(t.ent_type_ not in ("", "GPE") for t in words):
            continue  # a name the recogniser found ("The Scottish Conservatives"); only a place may end it
        found.append(Span(doc, sent.start, comma, label="ORG"))
        for t in words:
            t.tag_ = "NNP"
    _put(doc, found)


def _bodies_named_with_a_people(doc: Doc) -> None:
    """ "Bavarian Nordic, the Danish company that makes the vaccine, said": a people's adjective (NORP) set on a
    capitalised word the recogniser saw no name in, which speaks or is set beside a noun for a body, is one body's
    name with it (not "Nordic")."""
    from spacy.tokens import Span

    from summarizer.speakers import BODY_NOUNS

    found: list[Span] = []
    for t in doc[:-1]:
        name = doc[t.i + 1]
        if t.ent_type_ != "NORP" or t.ent_iob_ != "B" or not t.text.istitle() or t.dep_ != "amod" or t.head.i != name.i:
            continue
        if name.ent_type_ or name.tag_ != "NNP" or not name.text.istitle() or (t.i > 0 and doc[t.i - 1].tag_ == "NNP"):
            continue
        speaks = name.dep_ == "nsubj" and name.head.lower_ in _SAYING
        beside = any(c.dep_ == "appos" and c.lower_ in BODY_NOUNS for c in name.children)
        if speaks or beside:
            found.append(Span(doc, t.i, name.i + 1, label="ORG"))
    _put(doc, found)


# Where a doc keeps the names it found a body's by the words around them (`_bodies_read_as_people`).
BODIES = "bodies read as people"


def _things_read_as_people(doc: Doc) -> None:
    """ "won him an Oscar": a one-word name after "a" or "an", read as a person's, is a thing's (an award, a
    prize), no one in the story."""
    found = [
        k
        for k, e in enumerate(doc.ents)
        if e.label_ == "PERSON" and len(e) == 1 and e.start > 0 and doc[e.start - 1].lower_ in ("a", "an")
    ]
    _drop(doc, found)


# Titles a sovereign or a pope is called by alone: "The King said"
_SOVEREIGNS = frozenset("king queen pope emperor empress".split())


def _modifiers_read_as_people(doc: Doc) -> None:
    """ "the Oscar-winning actress", "Oscar-winning" read as a person's name: a name joined by a hyphen to a word in
    lower case before a noun is what modifies the noun, no one in the story."""
    found = [
        k
        for k, e in enumerate(doc.ents)
        if (
            e.label_ == "PERSON"
            and len(e) >= 3
            and e[-2].text == "-"
            and e[-1].is_lower
            and e[-1].is_alpha
            and e[-1].tag_ in ("VBG", "VBN", "VBD", "JJ")
            and e[-1].dep_ in ("amod", "compound")
        )
    ]
    _drop(doc, found)


def _people_joined_to_a_person(doc: Doc) -> None:
    """ "Alexandre and Sergio Aguiar", the second name read as a body's: a given name and a surname joined by "and"
    to a person's name are another person's."""
    found = [
        k
        for k, e in enumerate(doc.ents)
        if e.label_ == "ORG"
        and 2 <= len(e) <= 3
        and e.root.dep_ == "conj"
        and e.root.head.ent_type_ == "PERSON"
        and e.start >= 2
        and doc[e.start - 1].lower_ == "and"
        and given_names.is_given(e[0].text)
        and all(_word(t) and t.tag_ == "NNP" for t in e)
    ]
    _relabel(doc, found, "PERSON")


# Prepositions that a list of places follows, as a list of people does not ("play in Miami and Monte Carlo").
_AT_PLACES = frozenset("in at near across around outside inside".split())


def _places_listed_as_people(doc: Doc) -> None:
    """ "tournaments in Indian Wells, Miami and Monte Carlo", the last read as a person's name: a name listed after
    "in" or "at" with places only, after its "and", is a place."""
    found = []
    for k, e in enumerate(doc.ents):
        if e.label_ != "PERSON" or e.root.dep_ != "conj":
            continue
        first = e.root
        while first.dep_ == "conj":
            first = first.head
        listed = [t for t in first.subtree if t.i == first.i or (t.dep_ == "conj" and t.i != e.root.i)]
        if (
            first.dep_ == "pobj"
            and first.head.lower_ in _AT_PLACES
            and e.start > 0
            and doc[e.start - 1].lower_ in ("and", "or")  # a list, not "In Lviv, Oksana Hrytsenko, 61, said"
            and all(t.ent_type_ in ("GPE", "LOC") for t in listed)
        ):
            found.append(k)
    _relabel(doc, found, "GPE")


def _offices_read_as_bodies(doc: Doc) -> None:
    """ "The Taoiseach, Leo Varadkar, said", the office read as a body's name: one word for an office with a person's
    name set beside it is a title, whose holder is named."""
    from summarizer.speakers import OFFICES

    found = [
        k
        for k, e in enumerate(doc.ents)
        if (
            e.label_ in ("ORG", "NORP", "GPE")
            and len(e) - (e[0].lower_ == "the") == 1
            and e[-1].lower_ in OFFICES
            and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > e.end for c in e.root.children)
        )
    ]
    _drop(doc, found)


def _sovereigns_read_as_names(doc: Doc) -> None:
    """ "The King said he and the Queen were deeply saddened", read as a work's or a body's name: the title alone of
    a sovereign is the person who holds it, no name."""
    found = [
        k
        for k, e in enumerate(doc.ents)
        if (
            e.label_ in ("WORK_OF_ART", "ORG", "PRODUCT", "FAC")
            and len(e) - (e[0].lower_ == "the") == 1
            and e[-1].lower_ in _SOVEREIGNS
            and e[-1].text.istitle()
        )
    ]
    _drop(doc, found)


# One word with capitals inside it after a syllable of its own, as brands are written ("SpaceX", "OpenAI",
# "PayPal"), and people's names are not ("DeSantis", "McAllister", "LeBron")
_BRAND_WORD = re.compile(r"^[A-Z][a-z]{3,}[A-Z][A-Za-z]*$")


def _teams_read_as_people(doc: Doc) -> None:
    """ "McLaren's Lando Norris", "Ferrari's Charles Leclerc", the team read as a person: one word that owns a
    person's full name set right after it is the team or the firm that person is of."""
    ents = list(doc.ents)
    found = []
    for k, (e, person) in enumerate(pairwise(ents)):
        # "McLaren's", the "'s" in the name or after it
        owns = e[-1].tag_ == "POS" or (e.end < len(doc) and doc[e.end].tag_ == "POS")
        named = person.start == (e.end if e[-1].tag_ == "POS" else e.end + 1)  # the name right after the "'s"
        one_word = len(e) - (e[-1].tag_ == "POS") == 1 and not given_names.is_given(e[0].text)
        if e.label_ == "PERSON" and one_word and owns and person.label_ == "PERSON" and named and len(person) > 1:
            found.append(k)
    _relabel(doc, found, "ORG")


def _brands_read_as_people(doc: Doc) -> None:
    """ "SpaceX", read as a person's name: one word written as a brand is a body's."""
    found = [k for k, e in enumerate(doc.ents) if e.label_ == "PERSON" and len(e) == 1 and _BRAND_WORD.match(e.text)]
    _relabel(doc, found, "ORG")


# A person's form of address before a name (not "Dr", which firms' names take too: "Dr Martens").
_ADDRESS = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?$")


def _people_read_as_bodies(doc: Doc) -> None:
    """ "Mrs Justice Cheema-Grubb", read as an organisation: a name that opens with a person's form of address is a
    person's; so is a given name and a surname set off with an age, read as a place ("Sergio Caldera, 17,")."""
    from summarizer.speakers import BODY_NOUNS

    people = [
        k
        for k, ent in enumerate(doc.ents)
        if (
            (ent.label_ == "ORG" and (_ADDRESS.match(ent[0].text) or aged(ent) or _titled_before(ent)))
            # (or a place's: "Sergio Caldera, 17, said", a given name and an age; or words set off with a word for a
            # person: "Lars Klingbeil, the SPD co-leader,", "Kemi Badenoch, the Conservative leader,")
            or (ent.label_ == "GPE" and given_names.is_given(ent[0].text) and aged(ent))
            or (ent.label_ == "GPE" and _set_off_as_a_person(ent))
            # (or a work's: "beating Amanda Anisimova of the United States", where "Anisimova" alone is the subject
            # of a sentence of its own)
            or (ent.label_ == "WORK_OF_ART" and given_names.is_given(ent[0].text) and _surname_a_subject(ent))
            # (or a people's: "the list of Frans Timmermans, who resigned as its leader", a given name and a
            # surname set off with "who")
            or (ent.label_ == "NORP" and given_names.is_given(ent[0].text) and _who_after(ent))
            # (or a body's, after a country's "'s", where the surname alone speaks: "Colombia's Gustavo Petro ...;
            # Petro said")
            or (
                ent.label_ == "ORG"
                and given_names.is_given(ent[0].text)
                and _after_countrys(ent)
                and _surname_says(ent)
            )
        )
        and len(ent) > 1
        and all(_word(t) or t.tag_ == "HYPH" for t in ent[1:])
        and not any(t.lower_ in BODY_NOUNS for t in ent)
    ]
    _relabel(doc, people, "PERSON")


def _surname_a_subject(ent: Span) -> bool:
    """The name's last word is, alone, the subject of a verb elsewhere in the article, as a person's surname is
    ("Anisimova, who was in tears, said"), and a work's title seldom."""
    if not ent[-1].text.istitle() or (ent.start > 0 and ent.doc[ent.start - 1].tag_ == "``"):
        return False
    return any(not t.ent_type_ for t in _surname_as_subject(ent))


def _surname_as_subject(ent: Span) -> Iterator[Token]:
    """Each place elsewhere in the article where the name's last word, alone, is the subject of a verb."""
    last = ent[-1]
    return (t for t in ent.doc if t.text == last.text and t.dep_ == "nsubj" and not (ent.start <= t.i < ent.end))


def _after_countrys(ent: Span) -> bool:
    """ "Colombia's Gustavo Petro": a name right after a country's name and its "'s"."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].tag_ == "POS" and doc[ent.start - 2].ent_type_ == "GPE"


def _surname_says(ent: Span) -> bool:
    """The name's last word, alone, is the subject of a verb of saying elsewhere: "Petro said on X that ..."."""
    from summarizer import speech

    return any(speech.is_cue(t.head) for t in _surname_as_subject(ent))


def _who_after(ent: Span) -> bool:
    """ "Frans Timmermans, who resigned": a name set off with a clause that opens with "who"."""
    after = [t.lower_ for t in ent.doc[ent.end : ent.end + 2]]
    return after == [",", "who"]


def _set_off_as_a_person(ent: Span) -> bool:
    """ "Lars Klingbeil, the SPD co-leader who ..., said": a name whose appositive, right after its comma, is a noun
    for a person."""
    from summarizer.speakers import people_word

    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    return any(
        t.dep_ == "appos" and t.head.i == ent.end - 1 and t.tag_ == "NN" and people_word(t.lower_)
        for t in doc[ent.end + 1 : ent.end + 6]
    )


_PERSONS_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Dr|Prof|Professor)\.?$")


def _titled_before(ent: Span) -> bool:
    """ "Dr Ron Cook, the health authority for Lubbock,": a given name and a surname after a person's title left
    outside the name (not "Dr Pepper")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and _PERSONS_TITLE.match(before.text) is not None and given_names.is_given(ent[0].text)


def aged(ent: Span) -> bool:
    """ "Marcus Hale, now 49, was convicted": a name set off with an age after it, as only people's are."""
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end : ent.end + 4]]
    if after[:1] != [","]:
        return False
    age = after[2:] if after[1:2] in (["now"], ["aged"]) else after[1:]
    return len(age) >= 2 and age[0].isdigit() and 0 < int(age[0]) < 120 and age[1] == ","


def _bodies_read_as_people(doc: Doc) -> None:
    """ "The pilots' union, Vereinigung Cockpit, said", "The retailer, John Lewis,", "supporters' group Peña
    Blanca": a name the recogniser took for a person's, set off by commas or right after it as the name of a noun
    for a body, is that body's (an ORG). So is a subject that "which" takes up: "Viessmann, which sold its heat
    pump business, said"."""
    from spacy.tokens import Span

    from summarizer.speakers import BODY_NOUNS, a_bodys_rival

    ents = list(doc.ents)
    out = []
    for ent in ents:
        head = ent.root.head
        if (
            (
                ent.label_ == "PERSON"
                # (or joined to it as a list's next item with no "and": "urged the drivers' union, Aslef, whose ...")
                and (
                    ent.root.dep_ == "appos"
                    or (
                        ent.root.dep_ == "conj"
                        and not any(c.dep_ == "cc" for c in head.children)
                        # (a noun with its article: not "Outside court, Emma Lyle, the Labour MP, said")
                        and any(c.dep_ in ("det", "poss") for c in head.children)
                    )
                )
                and head.tag_ == "NN"
                # (or a body's rival: "The company's main rival, Hugo Boss,"; or a trade both firms and people ply,
                # with a name that opens with no given name: "The developer, Greystoke Land,")
                and (
                    head.lower_ in BODY_NOUNS | _WORKS
                    or a_bodys_rival(head)
                    or (head.lower_ in _FIRMS_OR_PEOPLE and not given_names.is_given(ent[0].text))
                )
                and (head.i == ent.start - 1 or (head.i < ent.start - 1 and doc[ent.start - 1].text == ","))
            )
            or (ent.label_ == "PERSON" and (_which_after(ent) or _named_after_body_noun(ent)))
            or _named_for_a_group(ent)
            or _called_a_firm(ent)
        ) and not _titled_before(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")
            doc.user_data.setdefault(BODIES, set()).add(ent.text)
        out.append(ent)
    if any(a.label_ != b.label_ for a, b in zip(ents, out, strict=True)):
        doc.ents = out


def _named_for_a_group(ent: Span) -> bool:
    """ "The race organisers, GB Ultras, said": one name set off in apposition to a plural noun for those who run
    something is the name of the body they make up; no one person is "the organisers" (but "the organisers, Jo Hale
    and Sam Reid," name two)."""
    head = ent.root.head
    return (
        ent.label_ == "PERSON"
        and ent.root.dep_ == "appos"
        and head.tag_ == "NNS"
        and head.lower_ in _RUNNERS
        and head.i < ent.start
        and ent.doc[ent.start - 1].text == ","
        and not any(c.dep_ in ("conj", "cc") for c in ent.root.children)
    )


# Plurals for those who run or own something, which a body's name may stand beside: "the organisers, GB Ultras,"
_RUNNERS = frozenset("organisers organizers operators owners promoters sponsors developers".split())


# Places of work that are firms too: "The brewery, Lakeland Ales, said".
_WORKS = frozenset("brewery distillery winery bakery".split())


# Trades that firms and people both ply: "The developer, Greystoke Land," and "the developer, Tom Reid,".
_FIRMS_OR_PEOPLE = frozenset("developer housebuilder builder landlord contractor promoter".split())


def _called_a_firm(ent: Span) -> bool:
    """ "Meridian, the social media company,", the name read as a place's, or "Barry Callebaut, the Swiss company
    that makes chocolate ...,", read as a person's: a firm, by the noun set beside it ("NHS Highland, the health
    board,": a body, by a word for one, where the name was read as a person's)."""
    from summarizer.speakers import BODY_NOUNS, FIRM_NOUNS, people_word

    if ent.label_ not in ("GPE", "PERSON") or ent.end >= len(ent.doc) or ent.doc[ent.end].text != ",":
        return False
    return any(
        c.dep_ == "appos"
        and c.tag_ == "NN"
        # (a body's noun only right after the name: not "Ben Zipperer, a labor economist at ..., a liberal think
        # tank", the body the parse hung on the name)
        and (c.lower_ in FIRM_NOUNS or (ent.label_ == "PERSON" and c.lower_ in BODY_NOUNS and _first_after(c, ent)))
        # not a person's trade that can name a firm as well ("Marc Peeters, a crane operator"), though a maker, a
        # retailer or an insurer is a firm ("Lumio, the smartphone maker,")
        and not (ent.label_ == "PERSON" and people_word(c.lower_) and not _firms_trade(c.lower_))
        and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in c.children)
        # nor one after a person's post set beside the name first: "Anne Barrett Doyle, the co-director of
        # BishopAccountability.org, a group that tracks abuse cases", the group hung on the name
        and not (
            ent.label_ == "PERSON"
            and any(d.dep_ == "appos" and d.i < c.i and people_word(d.lower_) for d in ent.root.children)
        )
        for c in ent.root.children
    )


# What firms, not people, are called by the trade they ply: "the smartphone maker", "the insurer".
_FIRMS_TRADES = frozenset("manufacturer supplier distributor retailer insurer lender carrier brewer distiller".split())


def _firms_trade(noun: str) -> bool:
    return noun.endswith("maker") or noun in _FIRMS_TRADES


def _first_after(appos: Token, ent: Span) -> bool:
    """Whether the appositive's phrase opens right after the comma that follows the name."""
    return appos.left_edge.i == ent.end + 1


def _named_after_body_noun(ent: Span) -> bool:
    """ "The artificial intelligence company Lumora": a name right after a lower-case noun for a body that the
    parse hung on it, or made a subject of the same verb beside it."""
    from summarizer.speakers import BODY_NOUNS

    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ == "and" and ent.root.dep_ == "conj":
        # "the streaming services Lumen and Brightway": the second of names after a plural noun for bodies
        first = ent.root.head
        plural = ent.doc[first.i - 1] if first.i > 0 else None
        return (
            plural is not None
            and plural.tag_ == "NNS"
            and plural.text.islower()
            and plural.lower_.removesuffix("s") in BODY_NOUNS
        )
    plural = before is not None and before.tag_ == "NNS" and before.lower_.removesuffix("s") in BODY_NOUNS
    if before is None or not (before.tag_ == "NN" or plural) or not before.text.islower():
        return False
    if not plural and before.lower_ not in BODY_NOUNS:
        return False
    if before.dep_ == "compound" and before.head.i in range(ent.start, ent.end):
        return True
    if (
        before.dep_ == "pobj"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in before.children)
        and ent.root.dep_ in ("nsubj", "nsubjpass")
        and ent.root.head.dep_ == "ROOT"
    ):
        return True  # "A smart lock sold by the British startup Keyra has been recalled", Keyra read as the subject
    if ent.root.dep_ == "nsubj" and ent.root.head.dep_ == "relcl" and ent.root.head.head.i == before.i:
        return True  # "The discount supermarket chain Lowmart said ...", parsed as a clause on "chain"
    # "The streaming service Flixora will raise ...", parsed as two subjects of the verb
    return before.dep_ == ent.root.dep_ == "nsubj" and before.head == ent.root.head


def _which_after(ent: Span) -> bool:
    """A subject set off by a comma and a relative clause on "which", or on "whose members" ("Metallica, whose
    members have often cited Black Sabbath as an influence, said")."""
    doc = ent.doc
    if ent.root.dep_ not in ("nsubj", "nsubjpass") or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    which = doc[ent.end + 1]
    if which.lower_ == "whose" and doc[ent.end + 2].lower_ in _MEMBERS:
        which = doc[ent.end + 2]
    return which.lower_ in ("which", *_MEMBERS) and which.head.dep_ == "relcl" and which.head.head == ent.root


# Those a body has, not a person: "whose members", "whose staff".
_MEMBERS = frozenset("members staff employees workers shareholders".split())


def _mend_syllables(doc: Doc) -> None:
    """ "Choi Min" + "-seok", "Tsai Ing" + "-wen": a person's name the recogniser ended before the hyphened second
    syllable of a given name runs on over it."""
    ents = list(doc.ents)
    mended = False
    for k, ent in enumerate(ents):
        end = ent.end
        if (
            ent.label_ == "PERSON"
            and end + 1 < len(doc)
            and doc[end].text == "-"
            and not ent[-1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].text.isalpha()
            and doc[end + 1].text.islower()
            and not doc[end + 1].ent_type_
        ):
            from spacy.tokens import Span

            ents[k] = Span(doc, ent.start, end + 2, label="PERSON")
            mended = True
    if mended:
        doc.ents = ents


def _mend_cut_surnames(doc: Doc) -> None:
    """ "President Yoon Suk Yeol's office": a person's name the recogniser ended before its last word, which the
    parse made the head of the name's words, runs on over it (not over a body's noun: "the Barack Obama
    Foundation"); so does one ended before the second half of a hyphenated surname ("Anna Materska-Sosnowska")."""
    from summarizer.speakers import BODY_NOUNS

    ents = list(doc.ents)
    mended = False
    for k, ent in enumerate(ents):
        end = ent.end
        if ent.label_ != "PERSON" or end >= len(doc):
            continue
        hyphen = (
            not ent[-1].whitespace_
            and doc[end].tag_ == "HYPH"
            and not doc[end].whitespace_
            and end + 1 < len(doc)
            and not doc[end + 1].ent_type_
        )
        if not ent[-1].whitespace_ and not hyphen:
            continue
        end += 1 if hyphen else 0
        last = doc[end]
        if (
            last.tag_ == "NNP"
            and last.text.istitle()
            and not last.ent_type_
            and ent[-1].dep_ == "compound"
            and ent[-1].head.i == last.i
            and last.lower_ not in BODY_NOUNS | _BODY_ENDINGS
        ):
            from spacy.tokens import Span

            ents[k] = Span(doc, ent.start, end + 1, label="PERSON")
            mended = True
    if mended:
        doc.ents = ents


def _mend_bodies_run_into_titles(doc: Doc) -> None:
    """ "the Democratic Alliance of Prime Minister Luís Montenegro": a body's name the recogniser ran on after "of"
    into the title of the person it is of ends before the "of"."""
    from summarizer.speakers import OFFICES

    ents = list(doc.ents)
    mended = False
    for k, ent in enumerate(ents):
        if ent.label_ != "ORG" or k + 1 >= len(ents) or ents[k + 1].label_ != "PERSON":
            continue
        person = ents[k + 1]
        of = next((t for t in reversed(ent) if t.lower_ == "of"), None)
        title = doc[of.i + 1 : person.start] if of is not None and of.i > ent.start + 1 else None
        if not title or not all(t.tag_ == "NNP" and t.text.istitle() for t in title):
            continue
        if title[-1].lower_ not in OFFICES or title[-1].i < ent.end - 1:
            continue
        from spacy.tokens import Span

        ents[k] = Span(doc, ent.start, of.i, label="ORG")
        mended = True
    if mended:
        doc.ents = ents


def _mend_given_words(doc: Doc) -> None:
    """ "Arsenal captain Per Mertesacker": a given name that is also a small word ("Per") is capitalised inside a
    sentence only as a name, however it was tagged; the person's name starts there."""
    ents = list(doc.ents)
    mended = False
    for k, ent in enumerate(ents):
        before = doc[ent.start - 1] if ent.start > 0 else None
        # (or the surname alone read as a body's name: "defender Per Mertesacker")
        named = ent.label_ == "PERSON" or (ent.label_ == "ORG" and len(ent) == 1)
        if named and before is not None and given_word(before) and not before.ent_type_:
            from spacy.tokens import Span

            ents[k] = Span(doc, before.i, ent.end, label="PERSON")
            mended = True
    if mended:
        doc.ents = ents


def _mend_given_nouns(doc: Doc) -> None:
    """ "Rain Newton-Smith, the chief executive of ..., said": a given name that is also a common noun or an
    adjective ("Precious"), opening a sentence right before the name of a verb of saying's subject that it is set on,
    is the first word of a person's name (not "Rain", her role), whether the recogniser found the rest of the name,
    nothing, or a body's name in a double-barrelled surname."""
    from spacy.tokens import Span

    from summarizer.speakers import BODY_NOUNS, people_word

    found: list[Span] = []
    for sent in doc.sents:
        first = sent[0]
        if not (
            # (or an adjective: "Precious Matsoso of South Africa, who co-chaired the negotiations, said")
            first.tag_ in ("NN", "NNP", "JJ")
            and first.text.istitle()
            and first.dep_ in ("compound", "amod")
            and first.head.i > first.i
            and not first.ent_type_
            and given_names.is_given(first.text)
            and not people_word(first.lower_)
            and first.lower_ not in BODY_NOUNS  # not "Charity Bite-Back said"
        ):
            continue
        head = first.head
        rest = doc[first.i + 1 : head.i + 1]
        if head.tag_ != "NNP" or head.dep_ != "nsubj" or head.head.lower_ not in _SAYING or len(rest) > 4:
            continue
        if not all(t.tag_ in ("NNP", "HYPH") and (t.text.istitle() or t.text == "-") for t in rest):
            continue
        if any(t.ent_type_ not in ("", "PERSON", "ORG") for t in rest):
            continue
        if any(t.ent_type_ == "ORG" for t in rest) and any(t.lower_ in BODY_NOUNS | _BODY_ENDINGS for t in rest):
            continue  # "Jordan Valley Authority": a body's name (but "Castell-Evans", read as one, is a surname)
        found.append(Span(doc, first.i, head.i + 1, label="PERSON"))
    _put(doc, found)


def given_word(tok: Token) -> bool:
    """A small word capitalised after a noun inside a sentence (not "the U.S. While ...", a new sentence), or after a
    comma where it is a given name: a given name ("captain Per Mertesacker")."""
    return (
        tok.tag_ in ("IN", "CC")
        and tok.text.istitle()
        and tok.i > tok.sent.start
        and (
            (tok.doc[tok.i - 1].tag_ in ("NN", "NNS", "NNP") and not tok.doc[tok.i - 1].text.endswith("."))
            # (or after a comma, where it is a given name: "Their group leader, Per Ekberg,")
            or (tok.doc[tok.i - 1].text == "," and given_names.is_given(tok.text))
        )
    )


def _given(tok: Token) -> bool:
    return _word(tok) and tok.tag_ == "NNP" and not tok.ent_type_


def _particle(tok: Token) -> bool:
    # (the Dutch "ten" is tagged as the number: "Erik ten Hag")
    return tok.text in PARTICLES and tok.tag_ in ("NNP", "NN", "FW", "CD")


def _word(tok: Token) -> bool:
    """A capitalised word that may be part of a name: "Leyen", "María"; not "CEO", "Dr." or "'s"."""
    text = tok.text
    return text[:1].isupper() and text.isalpha() and not (len(text) > 1 and text.isupper())
