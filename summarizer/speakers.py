"""Who a speaker phrase refers to: one entity per real person or body, across the whole article.

Mentions come from the parse: named entities (PERSON, ORG, GPE, NORP, FAC), the speaker phrases of speech
events, pronouns and descriptions. A person's full name, surname, title + surname ("Mr. Sloan") and given
name merge into one entity (family-name-first names too: "Ms. Dong" is "Dong Mingzhu"); a definite
description ("the agency", "the joint statement", "the senator") refers back to the entity named earlier
that it describes; a pronoun refers to the closest earlier compatible mention, preferring the subject of
its sentence. The name shown is the fullest one the article uses; roles come from titles and appositives.
"""

from __future__ import annotations

import collections
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from summarizer import given_names, nlp, speech
from summarizer.names import BODIES, GROUPINGS, PARTICLES, POST_NOMINALS, aged, given_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from summarizer.nlp import Parsed

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_HONORIFIC = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Rep|Sen|Gov|Del|Prof|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Hon|Pres|Amb"
    r"|Brig|Maj|Cmdr|Cpl|Supt|Insp|Det|Ch|Pte|Atty|Ald)\.?$"
)
# Titles of the clergy, which only a person has: "Pastor Iosefa Tuilagi", "Imam Qari Asim".
_CLERICS = frozenset("pastor reverend rev imam rabbi bishop archbishop cardinal canon deacon vicar".split())
# Titles of rank by birth, set after an office before the name ("Energy Minister Prince Abdulaziz").
_ROYAL = re.compile(r"^(?:Prince|Princess|Sheikh|Sheikha|Emir)$")
_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx)\.?$")
# The courtesy titles of a man and of a woman, without stops.
_COURTESY_OF = {"m": frozenset({"Mr"}), "f": frozenset({"Mrs", "Ms", "Miss"})}
# Titles that say how someone is addressed, never what they do: the end of no role ("Kansas Gov." is one).
_KNIGHTED = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof)\.?$")
# Offices that the entity recogniser often takes into a person's name; they become the role.
_OFFICES = frozenset(
    "mayor governor senator president chancellor secretary minister judge justice chairman chairwoman chair"
    " councillor councilor councilman councilwoman commissioner director ambassador representative congressman"
    " congresswoman sheriff coach pope cardinal archbishop king queen prince princess bishop premier speaker attorney"
    " superintendent inspector detective officer captain professor constable spokesman spokeswoman spokesperson"
    " founder co-founder cofounder billionaire chief sergeant lieutenant colonel deputy dean rabbi reverend pastor"
    " marshal whip cllr commodore admiral brigadier general major corporal commander manager councilmember"
    " alderman alderwoman assemblyman assemblywoman assemblymember supervisor prosecutor taoiseach tanaiste tánaiste"
    " treasurer principal".split()
)
OFFICES = _OFFICES  # for `names`, which mends the recogniser's names by them
# Where a person stands in the photo ("Juan Mata (right)", "pictured left") or a link to a video ("Scroll down
# for video Gordon Brown"): page furniture, not a role.
_FURNITURE = re.compile(
    r"^\(?(?:pictured\s+)?(?:(?:far|second|third|top|bottom|front|back)\s+)?"
    r"(?:left|right|centre|center|middle|above|below|top|bottom|inset|pictured|main|foreground|background)"
    r"(?:\s+\w+)?\)?$|^(?:(?:scroll\s+down\s+)?for\s+)?(?:video|photos?|gallery)$",
    re.IGNORECASE,
)
_MARKS = re.compile(r"['’\"“”()]")
# A nickname in quotation marks between a given name and a surname: "Daniel 'Bricks' Moran"
_NICKNAME_BEFORE = re.compile(r"\b([A-Z][a-z][\w-]*)\s+(['‘\"“][A-Z][^'‘’\"“”\n]{0,28}['’\"”])\s+$")
_NICKNAME_AFTER = re.compile(r"^\s+(['‘\"“][A-Z][^'‘’\"“”\n]{0,28}['’\"”])\s+([A-Z][a-z][\w-]*)\b")
FURNITURE_BEFORE = re.compile(r"^(?:scroll\s+down\s+)?(?:for\s+)?video\s+", re.IGNORECASE)
_FEMALE_TITLE = frozenset({"mrs", "ms", "miss", "dame", "lady"})
_MALE_TITLE = frozenset({"mr", "sir", "lord"})


def _title_gender(title: str | None) -> str | None:
    """ "f" for "mrs", "m" for "mr": what a courtesy title says of the one it is before; None for "dr" or none."""
    return "f" if title in _FEMALE_TITLE else "m" if title in _MALE_TITLE else None


_SUFFIX = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_PRONOUN = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "pl", "them": "pl", "it": "n"}
_OWNER_PRONOUN = {"his": "m", "its": "n", "their": "pl"}
# Words a news outlet is called by: "the network said" may be the CBS that reported the story.
# Bodies of the state, which the article names as such ("the Ministry of Trade", "the State Department").
_OF_THE_STATE = frozenset(
    "ministry department government administration court parliament embassy council committee commission".split()
)
# Words that end a party's name: "the Democratic Alliance", "the Left Bloc"; and "Front" ("the National Front"), which
# only as the last word of a body's name says so (a place may have it inside: "the Western Front").
_PARTY_ENDINGS = GROUPINGS | {"front"}
# Words that end a football club's name after its town's: "Manchester City", "Leeds United", "Luton Town".
_CLUB_ENDINGS = frozenset("City United Town Rovers Athletic County Albion Wanderers Hotspur Argyle".split())
# Bodies of the state named by what they do: "the intelligence service", "the space agency", "the fire authority".
_SERVICES = frozenset("service agency bureau authority force".split())
# Who an employers' body is made of, by its name: "Association of Greek Coastal Shipping Companies"
_EMPLOYERS = frozenset("companies employers firms businesses owners operators manufacturers industries".split())
# A family as one: "Carter's family", "the victim's relatives"
_FAMILIES = frozenset("family families relatives parents".split())
# Words in the names of bodies that are no firm, whatever else the article says of them
_NO_FIRM = _OF_THE_STATE | frozenset(
    "authority police university college school hospital association federation academy senate congress agency"
    " council union charity".split()
)
_PRESS_NOUNS = frozenset("network agency service channel station outlet broadcaster".split())
_PAPERS = frozenset("newspaper paper daily tabloid magazine weekly website broadcaster outlet".split())
_PAIRED = ("PERSON", "ORG")  # what "the former" and "the latter" may stand for
# Nouns that name a body rather than a person: "the company said" refers to the organisation named earlier.
BODY_NOUNS = _BODY_NOUNS = frozenset(
    """company firm group agency organization organisation ministry department government administration
    campaign committee panel party bank union council office court tribunal commission board university college school
    team club network association institute coalition federation league corporation business retailer maker
    airline carrier startup start-up service authority regulator bureau center centre foundation body watchdog operator
    provider manufacturer supplier insurer lender distributor broadcaster automaker carmaker utility trust charity
    hospital hospice practice society tank movement militia alliance faction publisher bookmaker chipmaker drugmaker
    planemaker steelmaker toymaker truckmaker brewer distiller force diocese archdiocese zoo museum gallery
    theatre library observatory laboratory supermarket chain arm branch wing affiliate subsidiary division unit
    station brand label airport partnership municipality""".split()
)
# Words for a big firm, after a word for its trade ("the streaming giant", "the tech behemoth").
_FIRMS_BY_SIZE = frozenset("giant behemoth titan heavyweight".split())
# Words for any firm, whatever its trade.
_ANY_FIRM = frozenset("company firm business".split())
# Words that end a charity's name: "Dogs Trust", "the Terrence Higgins Trust", "the British Heart Foundation".
_CHARITY_NAMES = frozenset("trust foundation fund society appeal".split())
# Bodies whose names say what they are: a name that says no kind ("Medicare") is never "the committee".
_NAMED_BY_KIND = frozenset("committee subcommittee panel court tribunal jury parliament ministry department".split())
# Nouns for an institution of state that speaks as one body, which no one person is: "the General Staff",
# "Ukraine's military", "the Kremlin".
INSTITUTIONS = _INSTITUTIONS = frozenset(
    """military army navy staff kremlin parliament senate congress assembly legislature cabinet embassy presidency
    secretariat command headquarters judiciary treasury pentagon directorate brigade coastguard management junta
    palace""".split()
)
# Nouns for the bodies of a trade taken together: "the sector has warned", "the industry says".
_WHOLE_TRADES = frozenset("sector industry profession".split())
# Nouns for a place, which speaks, where it does, as its government or its people: "his country agreed".
_PLACE_NOUNS = frozenset("country nation state city town village region province county district island".split())
# Nouns that name a text, a recording or findings: "the letter says" is the letter, never a person already quoted;
# "research shows ..." is a source.
DOCUMENT_NOUNS = frozenset(
    """letter email e-mail statement report memo ruling release tweet post ad advertisement video study survey
    poll document filing complaint lawsuit suit editorial article note order book transcript website site page
    story message speech commercial analysis paper review audit decision opinion verdict indictment affidavit
    petition motion brief bill law resolution guidance proposal plan policy headline caption sign banner
    script pitch record minutes text magazine newspaper journal investigation inquiry probe research polling data
    statistics figures evidence trial experiment census assessment recount vote tool tracker index chart graph
    picture photo photograph image footage graphic textbook estimate forecast projection tally count readout
    results counting""".split()
)
# Nouns for people by their form ("voters", "economists", "spokeswoman", "nominee", "democrats"), and the
# common ones that have no such ending.
_AGENTIVE = re.compile(
    r"(?:er|or|eur|ist|yst|ian|ant|(?<!m)ent|man|woman|person|ee|crat)s?$|(?:men|women|people)$"
    r"|^(?:officials?|experts?|critics?|aides?|allies|ally|staff|public|police|crowd|family|families|sources?"
    r"|authorities|polls|studies|surveys|reports|statements|groups)$"
)
# A word for someone by their science or trade that no given name ends like: "Volcanologist", "Economist"
_SCHOLAR = re.compile(r"^(?!\w*(?:qu|qv|v)ist$)[a-z]{5,}ist$")  # not "Lindqvist", "Holmquist"
# People named by what they are to others, and the words with no agentive ending.
_PEOPLE = re.compile(
    r"(?:friend|fan|star|favou?rite|victim|witness|neighbou?r|relative|colleague|pupil|kid|youngster|couple|guest"
    r"|host|boss|chief|judge|hero|nurse|midwife|surgeon|chef|pilot|athlete|soldier|cop|nanny|celebrity|mum|mom"
    r"|dad|spouse|monk|nun|priest|inmate|cousin|uncle|aunt|nephew|niece|visitor|resident|tourist|passenger"
    r"|bystander|onlooker|shopper|lady|tycoon|mogul|magnate|billionaire|millionaire|enthusiast|duke|duchess"
    r"|champion|sensei|pair|jockey|vet|compatriot|substitute|international"
    # by the side they take or the place they hold, with no agentive ending
    r"|candidate|delegate|advocate|veteran|scholar|individual|citizen|adult|rival|foe|pundit|diplomat|envoy"
    r"|deputy|rabbi|imam|cleric|suspect|plaintiff|rebel|troop|guy|folk|peer|millennial|conservative|liberal"
    r"|progressive|moderate|evangelical|partisan|hopeful|executive|general|operative|icon|counsel|fellow|guru"
    r"|undersecretary|counterpart|emeritus|emerita"
    # by a trade or a rank with no agentive ending
    r"|astronaut|cosmonaut|poet|playwright|architect|landlord|intern|apprentice|rookie|chaplain|vicar|gymnast"
    r"|umpire|steward|stewardess|warden|paramedic|medic|mechanic|waitress|barista|entrepreneur|magistrate"
    r"|clerk|hostage|monarch|empress|sultan|emir|sheikh|spy|seed|coxswain|skipper|lifeguard|caddie|sherpa|judoka)"
    r"(?:s|es)?$"
    r"|^(?:head|heads|personality|personalities)$"
    r"|^(?:child|children|teens?|twins?|midwives|celebrities|deputies|youths?|elites?)$"
    # players by the place they hold on the field: "the out-half", "the full-back"
    r"|^(?:fly|out|scrum|stand|centre|center|full|wing|left|right|half)-(?:halfs?|halves|backs?)$"
)
_FEMALE_WORDS = re.compile(
    r"\b(?:\w*woman|actress|(?:grand|step)?mother|wife|(?:grand|step)?daughter|sister|widow|queen|princess|girl"
    r"|girlfriend|niece|aunt|nun|abbess|duchess|empress|heiress|matriarch|countess|baroness|marchioness"
    r"|\w*mistress|waitress|stewardess|hostess|seamstress)\b",
    re.I,
)
_MALE_WORDS = re.compile(
    r"\b(?:\w*(?<!wo)man|(?:grand|step)?father|husband|(?:grand|step)?son|brother|widower|king|prince|boy"
    r"|boyfriend|nephew|uncle|monk|abbot|duke|emperor|patriarch)\b",
    re.I,
)
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_MISREAD = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})  # what the recogniser may take a person's name for
# Words of address before a name: "the Very Rev Martha Ellery", "the Rt Hon Lisa Nandy".
_HONORIFICS = frozenset("the very most right rt hon honourable honorable reverend rev revd".split())
# Words for a share of a group: "a 69% majority of Republicans", "more than half of his workers".
_SHARES = frozenset("% percent cent majority majorities plurality minority half third quarter most share".split())
_CLAUSE_WORDS = frozenset({"in", "at", "on", "for", "with", "who", "that", "which", "from", "by"})
_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "across", "around", "near", "inside", "outside", "throughout"})


@dataclass(eq=False)
class Entity:
    name: str
    kind: str  # person | body | description
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    gender: str | None = None  # m | f | None
    guessed: bool = False  # the gender comes from the pronouns after the person only, not a title or role word
    plural: bool = False
    head: str = ""  # lower-cased head noun: "agency" for "the Environmental Protection Agency"
    label: str = ""  # the named-entity label of a body: ORG, GPE, NORP, FAC
    speaks: bool = False
    suffix: str = ""  # "Jr.", "Sr.", "III": a person's generation, which tells a son from a father of one name
    person_role: str | None = None  # a body's name read with a person's role, kept in case it is one ("Marcus Feld")
    title: str | None = None  # the office a title before the name gives ("Sen." -> "Senator"): a role where none is
    name_gender: str | None = None  # m | f: what the given name says, where nothing in the article does

    @property
    def holds_views(self) -> bool:
        """Whether this can hold a view or take a side: a person, a named body, or a description of people, a
        body or a document ("critics", "the union", "a new poll"), not of a thing ("a way", "the images")."""
        if self.kind != "description":
            return True
        # "documents", "letters", "analyses"
        nouns = (
            {self.head, self.head.removesuffix("s"), re.sub("ses$", "sis", self.head)} if self.plural else {self.head}
        )
        if nouns & (_BODY_NOUNS | DOCUMENT_NOUNS) or any(people_word(n) for n in nouns):
            return True
        if self.head == "those":
            return True  # "those surveyed", "those who backed the plan": people, by what they did
        if self.head in _SHARES and " of " in self.name:  # "83% of young Republicans", "half of the workers"
            of = self.name.split(" of ", 1)[1].split()
            phrase = of[: next((i for i, w in enumerate(of) if w in _CLAUSE_WORDS), len(of))]
            return any(w[:1].isupper() or people_word(w.lower().removesuffix("s")) for w in phrase)
        return False

    @property
    def could_speak(self) -> bool:
        """Whether a quote with no speech verb of its own may be credited to this: anything that holds views, a
        name, an office or a word for people ("the judge", "his friends", "the former soap star"), not a thing
        ("harmed by the sun, which would be like 'boiling water'", "a shirt with 'Liberation now'")."""
        if self.holds_views:
            return True
        if self.kind == "description":  # "the Pentagon"; not "the timeline of events in San Bernardino"
            words = self.name.split()
            # (nor "Swarms of desert locusts", in capitals only to open the sentence)
            head = next((w for w in reversed(words[1:] or words) if w.lower().strip(",.") == self.head), "")
            if head[:1].isupper():
                return True
        elif self.name.split()[-1][:1].isupper():
            return True
        return people_word(self.head.removesuffix("s") if self.plural else self.head) or people_word(self.head)

    @property
    def is_person(self) -> bool:
        return self.kind == "person" or (
            self.kind == "description"
            and not self.plural
            and self.head not in _BODY_NOUNS
            and self.head not in DOCUMENT_NOUNS  # "the report" is no one
            and self.head not in _WORKS  # nor "her poem"
            and self.head not in _INSTITUTIONS  # nor is "Ukraine's military"
            and self.head not in _PLACE_NOUNS  # nor "his country"
            and self.head not in _COLLECTIVE  # nor "The family of a California man", who are "they"
            and self.head not in _WHOLE_TRADES  # nor "the sector", the bodies in it
            and not self._acronym()  # nor "The RSPCA", which the recogniser did not see as a body
        )

    def _acronym(self) -> bool:
        """Whether the head word is written as a body's initials ("The RSPCA", "the NHS"), not a person's post in
        initials ("the PM", "the CEO")."""
        word = next((w for w in reversed(self.name.split()) if w.lower() == self.head), "")
        return len(word) >= 3 and word.isupper() and word.isalpha() and word not in _PEOPLE_INITIALS

    def tokens(self) -> list[list[str]]:
        return [a.split() for a in self.aliases | {self.name}]


@dataclass
class _Mention:
    pos: int
    entity: Entity
    salience: int  # 2: subject of the main clause, 1: subject of another clause, 0: elsewhere

    @property
    def subject(self) -> bool:
        return self.salience > 0


def _whose_named(head: Token) -> Token | None:
    """ "Christian Lindner" of "the Free Democrats, whose leader, Christian Lindner, said": the person named in an
    appositive "whose" clause the parser set on the body as the subject, who is the one who speaks."""
    for c in head.children:
        if c.dep_ == "appos" and any(d.dep_ == "poss" and d.lower_ == "whose" for d in c.children):
            named = [d for d in c.children if d.dep_ == "appos" and d.ent_type_ == "PERSON"]
            if len(named) == 1:
                return named[0]
    return None


def _compound_name(head: Token) -> list[Token]:
    """A noun and the compound words before it: "Reince Priebus" from "Priebus"; past a phrase with a preposition
    the name hangs on, only what follows it ("Alison Saunders" of "Director of Public Prosecutions Alison
    Saunders")."""
    before = [t for t in head.subtree if t.i < head.i]
    cut = max((t.i for t in before if t.dep_ in ("prep", "pobj")), default=-1)
    words = [t for t in head.subtree if cut < t.i <= head.i and (t.dep_ == "compound" or t.i == head.i)]
    first = words[0]
    if first.i > 0 and first.i < head.i and _INITIAL.fullmatch(first.text) and first.nbor(-1).text == "A":
        words.insert(0, first.nbor(-1))  # "A K Sharma": an initial, read as an article
    return words


_INITIAL = re.compile(r"[A-Z]\.?")


def _for_whom(head: Token) -> list[Token] | None:
    """ "America" of "Airlines for America": the capitalised words of a "for" phrase right after a name, which
    are part of it."""
    prep = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if prep is None or prep.lower_ != "for" or prep.head.i != head.i or prep.dep_ != "prep":
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.tag_ not in ("NNP", "NNPS"):
        return None
    # (not what is set beside the name after a comma: "Everytown for Gun Safety, a gun-control group,")
    aside = {t.i for c in pobj.children if c.dep_ in ("appos", "punct") and c.i > pobj.i for t in c.subtree}
    words = [t for t in pobj.subtree if t.i not in aside]
    # (a year may end it: "Action for Smokefree 2025")
    capitalised = all(
        (t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper()) or (t.tag_ == "CD" and t.i > words[0].i) for t in words
    )
    if words[0].i != prep.i + 1 or not capitalised:
        return None
    return words


def _of_what(head: Token) -> list[Token] | None:
    """ "America" of "the Writers Guild of America": the capitalised words of an "of" phrase right after a name,
    where the recogniser reads them as one name with it."""
    prep = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if prep is None or prep.lower_ != "of" or prep.head.i != head.i or not head.ent_type_ or prep.ent_iob_ != "I":
        return None
    words: list[Token] = []
    for t in head.doc[prep.i + 1 :]:
        if t.ent_iob_ != "I" or t.ent_type_ != head.ent_type_:
            break  # the end of the recogniser's name
        words.append(t)
    if not words or not all(t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in words):
        return None
    return words


def _clean(tokens: list[Token]) -> list[Token]:
    """A name without titles, offices ("Mayor Ana Ruiz"), a sentence adverb or preposition the parser took
    in ("Later Ruiz", "Without Ruiz", "Ruiz later"), possessive endings and edge punctuation."""
    while (
        tokens
        and (
            tokens[0].is_punct
            or _HONORIFIC.match(tokens[0].text)
            or tokens[0].lower_ == "the"
            or (
                (tokens[0].tag_.startswith("RB") or tokens[0].tag_ in ("IN", "CC"))
                and len(tokens) > 1
                and not given_word(tokens[0])
                # (nor a given name the tagger took for an adverb, opening a person's name: "Elly Schlein")
                and not (
                    tokens[0].ent_type_ == "PERSON"
                    and tokens[0].ent_iob_ == "B"
                    and tokens[0].text.istitle()
                    and given_names.is_given(tokens[0].text)
                )
            )
            or (
                tokens[0].lower_ in _OFFICES
                and tokens[0].text[:1].isupper()
                and len(tokens) > 2
                and tokens[1].tag_ != "POS"  # not "King's College London": an office that owns is part of the name
                # nor "Queen Mary University of London", a body named after someone with their title
                and not any(t.text[:1].isupper() and t.lower_ in _BODY_NOUNS | {"college"} for t in tokens[2:])
                # nor "Major League Baseball", "General Electric Company": a rank that is also an adjective, opening a
                # body's name, on which no given name follows
                and not (
                    tokens[0].lower_ in ("major", "general")
                    and tokens[0].ent_type_ == "ORG"
                    and not given_names.is_given(tokens[1].text)
                )
            )
            # (or one written in capitals: "MEP Adam Bielan")
            or (tokens[0].text in _OFFICE_ABBREVIATIONS and len(tokens) > 2 and tokens[1].tag_ != "POS")
        )
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].tag_ == "POS"
        or tokens[-1].lower_ in _SUFFIX
        or (tokens[-1].text in POST_NOMINALS and len(tokens) > 1)  # "Richard Marks KC"
        or (tokens[-1].tag_.startswith("RB") and tokens[-1].text.islower() and len(tokens) > 1)
    ):
        tokens = tokens[:-1]  # nor an adverb the recogniser ran into it ("The Ministry of Trade later said")
    return tokens


def _generation(ent: Span) -> str:
    """The generational suffix written with a person's name ("Donald Trump Jr.", "Carlos Sainz Jr", "Donald Jr.",
    "Ken Griffey, Jr."), inside the recogniser's span or right after it; "" where there is none."""
    doc = ent.doc
    last = next((t for t in reversed(ent) if not t.is_punct), None)
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text == "," and ent.end + 1 < len(doc):
        after = doc[ent.end + 1]
    for tok in (last, after):
        if tok is not None and tok.lower_ in _SUFFIX:
            word = tok.text.rstrip(".")
            return f"{word}." if word.lower() in ("jr", "sr") else word
    return ""


def _scroll_link(tok: Token) -> bool:
    """ "Scroll" of "Scroll down for video", or "Follow" opening "Follow Breitbart News investigative reporter ...",
    which the entity recogniser sometimes takes for a name."""
    if tok.text == "Follow" and tok.i == tok.sent.start:
        return True
    return tok.lower_ == "scroll" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "down"


def _without_name(role: str | None, name: str) -> str | None:
    """A role without the person's given name at its end ("bubbly blonde Natalia" for Natalia Moon) and without
    the name inside it and what follows ("the study's author, Dr Ana Ruiz, of ..." for Ana Ruiz), its spaces
    made plain."""
    words = (role or "").split()
    parts = name.split()
    if len(words) > 1 and len(parts) > 1 and words[-1] == parts[0]:
        words.pop()
    bare = [w.strip(",;:()") for w in words]
    at = next((i for i in range(1, len(bare)) if bare[i : i + len(parts)] == parts), None)
    if at is not None:
        words = words[:at]
        while words and _HONORIFIC.match(words[-1]):
            words.pop()  # "Dr", "Mrs."
        if words:
            words[-1] = words[-1].rstrip(",;:(")
    while len(words) > 1 and (_COURTESY.match(words[-1]) or re.match(r"^Dr\.?$", words[-1])):
        # "fertility specialist Dr." of "fertility specialist Dr. Ana Ruiz": how she is addressed, not the role
        # (an office stays: "Ohio Gov.")
        words.pop()
    return " ".join(words) or None


def _name_head(tok: Token) -> Token:
    """The last word of the name `tok` is in, which carries the name's role in the sentence ("Channel" of "told
    Channel Nine" is "Nine"; "the" of "according to the Daily Post" is "Post")."""
    if tok.dep_ == "det" and tok.head.i != tok.i:
        tok = tok.head
    # (a word the parse took for an adjective inside the name too: "Celestial" of "Celestial AI")
    while (tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.ent_type_ and tok.head.ent_iob_ == "I")) and (
        tok.head.i != tok.i
    ):
        tok = tok.head
    return tok


def _owned_name_head(tok: Token) -> Token:
    """`_name_head`, past a word that owns the rest of the name: "Union" of "The Musicians' Union"."""
    tok = _name_head(tok)
    while tok.dep_ == "poss" and tok.head.ent_iob_ == "I" and tok.head.i != tok.i:
        tok = _name_head(tok.head)
    return tok


def _addressed(tok: Token) -> bool:
    """The name `tok` starts is the object of a verb of saying ("told Channel Nine", "said to the BBC") or whom an
    interview was with ("in an interview with the BBC")."""
    tok = _name_head(tok)
    if tok.dep_ == "poss" and tok.head.lower_ in _SHOWS | _PAPERS | _OUTLETS and tok.head.i > tok.i:
        # "told NBC's Today programme": whose the programme is, as much an audience as the programme
        return _addressed(tok.head)
    if tok.dep_ in ("dobj", "dative"):
        return speech.is_cue(tok.head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lower_ in ("interview", "interviews"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and speech.is_cue(tok.head.head)


def _held(tok: Token) -> bool:
    """The name `tok` heads is what shares or a stake are in: "Shares in Novo Nordisk fell"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lower_ in _HOLDINGS


def _located(tok: Token) -> bool:
    """The name `tok` starts is where something is or happens: the object of "in", "on", "at" and the like."""
    tok = _name_head(tok)
    if _held(tok):
        return False  # "Shares in Norland Steel fell": the company whose shares they are, not a place
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.i >= 2:
        aged = tok.doc[tok.head.i - 1].text == "," and _an_age(tok.doc[tok.head.i - 2])
        if aged and tok.head.head.ent_type_ == "PERSON":
            return True  # "Joanne Riley, 51, of Maidstone": where she lives, whatever the recogniser made of it
    return tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPOSITIONS


# A role owned by someone called by a courtesy title and surname: "Mr. Weil's lawyer".
# "His lawyer", "spokesman for her campaign": an office of someone a his or her stands for
_WHOSE = re.compile(r"^((?:.+ )?(?:for|to|of) |[A-Z][^,]*, )?([Hh]is|[Hh]er) (.+)$")  # ("Senator, Her ...")
# Words for a law or a bill, which the article may say "its" of: "The Treaty Principles Bill ... Its critics say"
_LAWS = frozenset("bill act law treaty legislation amendment".split())
# "A group of junior creditors": a group named by the people in it
_GROUP_OF_PEOPLE = re.compile(r"^(?:[Aa]n?|[Tt]he) group of (?:[a-z-]+ )*?([a-z]+)s$")
# "the union's president", "group's director of litigation": an office of a body called by a noun
_BODY_OWNED = re.compile(r"^(?:[Tt]he )?(?:[A-Z][a-z]+ |think )?([a-z]+)['’]s (.+)$")
# "senior analyst at the firm": a role that names its body by a noun for it
_AT_THE_BODY = re.compile(r"^(.+ (?:at|of|with|for)) the ([a-z]+)$")
_SURNAME_OWNER = re.compile(r"^(?:(Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?([A-Z][\w'-]+)['’]s (.+)$")
# "lawyer for Ortiz", "spokesman for Mr. Johnson": a role for someone named by surname, with or without a title
_FOR_SURNAME = re.compile(r"^(.+ (?:for|to)) (?:(Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?([A-Z][\w'-]+)$")

_HOLDINGS = frozenset("shares stake stakes stock stocks holding holdings investment investments investors".split())
# What is held in a firm alone, never in a place: "shares in Nvidia" (but "investment in Kenya").
_HELD = frozenset("shares stake stakes stock".split())


def _label(tok: Token) -> bool:
    """ "Fighter ace: Douglas Bader's story is ...": a photo caption's label, the words before a colon that open
    the sentence, which names no one."""
    phrase = _phrase(tok)
    after = tok.doc[phrase[-1].i + 1] if phrase[-1].i + 1 < len(tok.doc) else None
    return after is not None and after.text == ":" and phrase[0].i == tok.sent.start and len(phrase) <= 4


def _named_as_an_example(tok: Token) -> bool:
    """The name `tok` starts is one of those listed after "including" or "such as": "its subsidiaries, including
    Eurowings, Austrian Airlines and Swiss"."""
    tok = _name_head(tok)
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ == "including" or (prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")


def _named_as_a_thing(tok: Token) -> bool:
    """The name `tok` starts is what a thing that is no body is called: "The planet, known as LTT 1445 Ac,", "The
    device, named Orbix," (not "The group, known as Avaaz,")."""
    tok = _name_head(tok)
    naming = tok.head
    if tok.dep_ == "pobj" and naming.lower_ == "as":
        naming = naming.head
    elif tok.dep_ != "oprd":
        return False
    if naming.lower_ not in ("known", "called", "named", "dubbed") or naming.dep_ != "acl":
        return False
    thing = naming.head
    return thing.tag_ == "NN" and thing.lower_ not in _BODY_NOUNS and not people_word(thing.lower_)


def _named_as_a_venue(tok: Token) -> bool:
    """The name `tok` starts is where something is done: "displayed at the National Museum in Phnom Penh"."""
    tok = _name_head(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in", "inside") and tok.head.head.tag_[:2] == "VB"


def _where_published(tok: Token) -> bool:
    """The name `tok` starts is where a study was published: "published in the journal Nature Ecology &
    Evolution", "published in Science"."""
    tok = _name_head(tok)
    while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    place = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
    return place is not None and place.head.lower_ in ("published", "publishes", "publish", "printed")


def _reporting(tok: Token) -> bool:
    """The name `tok` starts is the press reporting the story: the subject of "reported" ("CBS reported that
    ...", but not of "reported a loss") or what it is "according to"."""
    tok = _name_head(tok)
    if tok.dep_ == "nsubj":
        # not "Nexon reported a 64% jump in quarterly profit": a body reporting its own figures
        return speech.lemma(tok.head.text) == "report" and not any(c.dep_ == "dobj" for c in tok.head.children)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lower_ in _SEEN_BY_THE_PRESS:
        return True  # "messages reviewed by The Examiner", "documents obtained by the BBC"
    return _according_to(tok)


def _according_to(tok: Token) -> bool:
    """The object of "according to": "according to Reuters"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


_SEEN_BY_THE_PRESS = frozenset("seen reviewed obtained viewed examined analysed analyzed".split())


def _capitalised_before(ent: Span) -> list[Token]:
    """A capitalised word the recogniser left out of a party's or a body's name, written before it mid-sentence and
    hung on it ("The Liberal Democrats")."""
    if ent.start < 2:
        return []
    word = ent.doc[ent.start - 1]
    if (
        word.dep_ not in ("amod", "compound")
        or word.head not in ent
        or word.ent_type_
        or not (word.text.istitle() and word.text.isalpha())
        or word.i == word.sent.start
        or ent.doc[word.i - 1].lower_ != "the"
    ):
        return []
    return [word]


def _named_after_comma(ent: Span, head: Token) -> Span | None:
    """The organisation's name set after a comma beside an entity in lower case, which is a description the
    recogniser took for a name ("the national statistics agency, IBGE")."""
    if ent.label_ != "ORG" or not all(t.text.islower() or t.is_punct for t in ent) or head.i != ent.end - 1:
        return None
    appos = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ in ("ORG", "PRODUCT")), None)
    if appos is None or head.i + 2 >= len(head.doc) or head.nbor().text != ",":
        return None
    name = _entity_at(appos)
    return name if name is not None and name.start == head.i + 2 and name[0].text[:1].isupper() else None


def _office_in_capitals_held_by(head: Token) -> Span | None:
    """ "The Dutch MEP who steered the bill through parliament, Kim van Sparrentak,": the person's name set after a
    comma beside an office written in capitals."""
    if head.text not in _OFFICE_ABBREVIATIONS or head.i + 2 >= len(head.doc):
        return None
    appos = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > head.i), None)
    if appos is None or head.doc[appos.left_edge.i - 1].text != ",":
        return None
    return next((e for e in head.doc.ents if e.start <= appos.i < e.end and e.label_ == "PERSON"), None)


def _body_noun_apposed(head: Token) -> Token | None:
    """The noun for a body set off by a comma after the name `head`: "Walhi, Indonesia's largest environmental
    group,"."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "appos"
            and c.tag_ == "NN"
            and c.lower_ in _BODY_NOUNS
            and c.left_edge.i == head.i + 2
            and head.doc[head.i + 1].text == ","
            and any(d.dep_ in ("det", "poss") for d in c.children)
        ),
        None,
    )


def _person_apposed(head: Token) -> Token | None:
    """The recognised person's name set off by a comma after `head`: "The ranking Democrat, Sen. Jo Hale, said"."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > head.i and head.doc[head.i + 1].text == ","
        ),
        None,
    )


def _one_of_them(head: Token) -> bool:
    """ "One of them", "one of those": which of some people, not what someone is."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return (
        head.lower_ in ("one", "some", "another")
        and of is not None
        and any(c.dep_ == "pobj" and c.tag_ in ("PRP", "DT") for c in of.children)
    )


def _titled_name(tokens: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """(title, name) for a phrase of common nouns that ends in a run of proper ones ("Board chair Ana Ruiz")."""
    k = len(tokens)
    while k > 0 and tokens[k - 1].tag_ == "NNP":
        k -= 1
    if 0 < k < len(tokens) and any(t.tag_ in ("NN", "NNS") for t in tokens[:k]):
        return tokens[:k], tokens[k:]
    return None


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    text = doc[tokens[0].i : end].text
    if end < len(doc) and (
        (doc[end].text == '"' and text.count('"') % 2) or (doc[end].text == "”" and text.count("“") > text.count("”"))
    ):
        end += 1  # "his co-star in "Night at the Museum"": the closing mark of a title it opens
    return " ".join(doc[tokens[0].i : end].text.split())  # "A\xa0programmer\xa0": "A programmer"


def _norm(s: str) -> str:
    s = s.lower().replace("u.s.", "us").replace("u.n.", "un").replace("u.k.", "uk")
    return " ".join(re.findall(r"[a-z0-9]+", s))


def _portfolio(head: Token) -> bool:
    """ "The French minister of environment and energy": a role with what it is of, which introduces its holder
    rather than taking up someone already named (not "the top US diplomat")."""
    person = head.lower_ in _OFFICES or _AGENTIVE.search(head.lower_) is not None
    return person and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)


class Entities:
    """The article's entities, built from its parse; `resolve` maps a speaker phrase to one of them."""

    def __init__(self, parsed: Parsed, quoted: Callable[[int], bool]) -> None:
        self.parsed = parsed
        self.quoted = quoted
        self.items: list[Entity] = []
        self.mentions: list[_Mention] = []
        self._first: dict[int, int] = {}  # id(entity) -> where it is first mentioned
        # id(entity) -> the "her" or "his" of a sentence-opening role ("Her granddaughter, Emma Harding,") and whom
        # it was found to stand for
        self._whose_found: dict[int, tuple[str, Entity]] = {}
        self._ent_of: dict[tuple[int, int], Span] = {}  # (doc id, token index) -> entity span
        self._spoken_for_bodies: list[Entity] = []  # one-word names found to be bodies' by `_spoken_for`
        self._kin_given: dict[str, int] | None = None  # given name -> where the article first names kin by it
        self._lower = {t.text for _, doc in parsed.docs for t in doc if t.text.islower()}  # "founder", "residents"
        # common nouns the article uses ("hospital"), to tell what kind of thing a body's name calls it
        self._nouns = {t.text for _, doc in parsed.docs for t in doc if t.text.islower() and t.tag_ in ("NN", "NNS")}
        # words capitalised where no sentence opens, as names are ("the Brennans", "Lumen's chief executive")
        # capitalised words where no sentence opens (nor a quoted one: '"Teachers have seen ...," she said')
        self._midcaps = {
            t.text
            for _, doc in parsed.docs
            for t in doc
            if t.i != t.sent.start
            and t.text[:1].isupper()
            and not all(w.is_quote or w.is_space for w in doc[t.sent.start : t.i])
        }
        # names written with a capital "The" where no sentence opens, as a paper's are ("told The Tennessean")
        self._papers = frozenset(
            t.text
            for _, doc in parsed.docs
            for t in doc
            if t.i > 0 and t.nbor(-1).text == "The" and t.i - 1 != t.sent.start
        )
        # one-word names that have a chief executive or a chairman, as firms do ("Scotmid's chief executive")
        self._post_owners = {
            t.text
            for _, doc in parsed.docs
            for t in doc
            if t.tag_ == "NNP"
            and not given_names.is_given(t.text)
            and _firm_post(t.head)
            # (or set before the post and the holder's name: "Tottenham chairman Daniel Levy")
            and (t.dep_ == "poss" or (t.dep_ == "compound" and t.head.dep_ == "compound" and t.head.head.tag_ == "NNP"))
        }
        self._places: set[str] = set()  # names of places, alone: "Aintree", "Chicago"
        # names the recogniser gave a place or a body somewhere: "White House", "Kent"
        self._places_and_bodies = {
            re.sub(r"^[Tt]he ", "", ent.text)
            for _, doc in parsed.docs
            for ent in doc.ents
            if ent.label_ in ("ORG", "FAC", "GPE", "LOC")
        }
        self._bodies_named = {ent.text for _, doc in parsed.docs for ent in doc.ents if ent.label_ == "ORG"}
        self._words = collections.Counter(t.text for _, doc in parsed.docs for t in doc)
        # names of people as the recogniser found them, to tell a word before a name from a part of it
        self._people_named = {ent.text for _, doc in parsed.docs for ent in doc.ents if ent.label_ == "PERSON"}
        # titles of works the recogniser took for people's names, wherever the article writes them again
        self._works = {
            e.text for _, doc in parsed.docs for e in doc.ents if e.label_ == "PERSON" and _title_of_a_work(e)
        }
        for _, doc in parsed.docs:
            for ent in doc.ents:
                for tok in ent:
                    self._ent_of[(id(doc), tok.i)] = ent
                before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                if len(ent) == 1 and (ent.label_ in ("GPE", "LOC", "FAC") or before in ("at", "in", "near")):
                    self._places.add(ent.text)  # the recogniser may call "at Aintree" a person
        for _, doc in parsed.docs:
            for ent in doc.ents:
                if ent.label_ in _NAME_LABELS and not quoted(parsed.start(ent[0])):
                    self._name(ent, parsed.start(ent[0]))
        self._introduced_people()
        self._people_read_as_places()
        self._surnames_named_in_full()
        self._web_addresses()
        self._unrecognised_bodies()
        self._unrecognised_mentions()
        self._genders()
        self._people_read_as_bodies()
        self._teams_read_as_places()
        self._firms_read_as_places()
        self._bodies_read_as_places()

    def _place_mentions(self) -> Iterator[tuple[Entity, Token]]:
        """Each mention of a body the recogniser took for a place ("Manchester City", "Ofwat"), with the head word
        of its name, while that body is still taken for one."""
        for m in self.mentions:
            e = m.entity
            if e.kind != "body" or e.label != "GPE":
                continue
            toks = self.parsed.tokens_in(m.pos, m.pos + 1)
            head = _name_head(toks[0]) if toks else None
            if head is not None:
                yield e, head

    def _teams_read_as_places(self) -> None:
        """ "Manchester City have apologised": a place's name, one of a kind, that takes a plural verb is a team or
        a club that speaks for itself (British usage), not the place."""
        for e, head in self._place_mentions():
            if e.plural or head.tag_ != "NNP" or any(c.dep_ == "conj" for c in head.children):
                continue
            if _plural_verb(head):
                e.label = "ORG"

    def _firms_read_as_places(self) -> None:
        """ "Ofwat's chief executive", the name read as a place's: one that has a chief executive or a chairman, or
        that shares are held in, is a body that speaks for itself, as no place has (not "Japan's finance minister")."""
        for e, head in self._place_mentions():
            if head.dep_ == "poss" and _firm_post(head.head):
                e.label = "ORG"
            # "Shares in Nvidia fell 17%", "Shares of Nvidia fell": one that shares or a stake are held in is a firm
            held_in = head.head if head.dep_ == "pobj" and head.head.lower_ in ("in", "of") else None
            if held_in is not None and held_in.head.lower_ in _HELD and head.tag_ == "NNP":
                e.label = "ORG"

    def _bodies_read_as_places(self) -> None:
        """ "Llais, the body that represents patients in Wales, said", "the regulator Ofwat has announced": a name
        read as a place's, set beside a noun for a body or after one, is that body, which speaks for itself as a
        place does not."""
        for e, head in self._place_mentions():
            appos = next((c for c in head.children if c.dep_ == "appos"), None)
            beside = (
                appos is not None
                and appos.tag_ == "NN"
                and appos.lower_ in _BODY_NOUNS
                and head.nbor(1).text == ","
                and any(c.dep_ == "det" for c in appos.children)
            )
            noun = head.nbor(-1) if head.i > 1 else None
            after = (
                noun is not None
                and noun.dep_ == "compound"
                and noun.head.i == head.i
                and noun.tag_ == "NN"
                and noun.lower_ in _BODY_NOUNS
                and noun.nbor(-1).lower_ == "the"
            )
            if beside or after:
                e.label = "ORG"

    def _people_read_as_bodies(self) -> None:
        """ "McLean was a paperboy when ... he saw ...": a name of one to three capitalised words that the recogniser
        took for an organisation, and that a he or she takes up as a main subject, is a person; so is a full name
        whose surname a "who" takes up ("Sanae Takaichi" ... "Takaichi, who would have been ...")."""
        who = {
            t.text
            for _, doc in self.parsed.docs
            for t in doc[:-3]
            if t.tag_ == "NNP"
            and t.dep_ != "pobj"  # not "a co-chairman of the Progressive Caucus, who sent ...": the co-chairman
            and t.nbor(1).text == ","
            and t.nbor(2).lower_ == "who"
            and _one_who(t.nbor(2))
        }
        converted: list[Entity] = []
        for e in self.items:
            words = e.name.split()
            # (a particle is no word of its own: "Márcio de Lima Leite")
            if e.kind != "body" or e.label != "ORG" or e.plural or not 1 <= len(set(words) - PARTICLES) <= 3:
                continue
            if _WEB_ADDRESS.match(e.name):
                continue  # "Philly.com reports ... she describes herself": a site is never the she
            if not _person_shaped(words):
                continue  # not "FBI", "the Harbour Trust", "West Midlands Police"
            if len(words) == 1 and self._person_named(e.name) is not None:
                continue  # "Hampton" after "Laurice Hampton": that person, whom a mention there finds
            # "His wife, Elena, said ... that he died": her role says more than the he in what she says
            # (not a he the given name rules out: "His agent, Felicity Crane, said he died peacefully")
            taken = self._taken_up_as(e, math.inf)
            taken = taken if _given_name_gender(e.name) in (taken, None) else None
            gender = role_gender(e.role or e.person_role) or taken
            # "its lawyer, Brice Timmons,": a full name beside a word for a person
            held = (e.person_role or e.role or "").split()
            # (or the post a phrase opens with: "Sue Davies, head of consumer protection at Which?,", "Rachel Power,
            # chief executive of the Patients Association,")
            at = next((k for k, w in enumerate(held) if w in ("of", "at")), 0)
            first = held[at - 1] if 0 < at <= 2 and len(held) > at + 1 else ""
            post = (
                len(words) > 1
                and bool(held)
                # (or an office in capitals before the name: "Orange County Supervisor Katrina Foley")
                and (_a_persons_post(held[-1]) or _a_persons_post(first) or held[-1].lower() in _OFFICES)
                and not any(w.endswith(("'s", "’s")) for w in held)  # nor "The tour's promoter, Live Nation,"
            )
            # "Mr Hughes's partner, Ceri Owen,": a full name beside a word for someone's kin, where that someone is
            # a person (not a firm's "partner")
            owner = " ".join(held[:-1])[:-2] if len(held) > 1 and held[-2].endswith(("'s", "’s")) else ""
            kin = (
                len(words) > 1
                and bool(owner)
                and held[-1] in _KINSHIP
                and (held[-1] != "partner" or self._person_named(owner.split()[-1]) is not None)
            )
            # "he struck Marcus Grant ... after Mr Grant tried to take his Taser": a full name whose surname the
            # article gives a courtesy title of the given name's gender
            surnamed = len(words) > 1 and any(
                p.kind == "person"
                and p.name == words[-1]
                and p.gender is not None
                and p.gender == _given_name_gender(e.name)
                for p in self.items
            )
            # "Laurence des Cars, the museum's director,": a given name, then a surname with its particle, as no body's
            # name is made
            particled = len(words) > 2 and given_names.is_given(words[0]) and all(w in PARTICLES for w in words[1:-1])
            if (
                gender is not None
                or self._aged(e)
                or (len(words) > 1 and words[-1] in who)
                or post
                or kin
                or surnamed
                or particled
            ):
                e.kind, e.gender, e.label, e.head = "person", gender, "", words[-1].lower()
                e.role = e.role or e.person_role
                converted.append(e)
        if converted:
            self._titled_surnames_into(converted)
            self._unrecognised_mentions()  # the surname alone, now a person's

    def _titled_surnames_into(self, found: list[Entity]) -> None:
        """ "the architect Leah Okoro ... Mrs Okoro wrote": a surname with a title, made a person of its own while
        the full name was still read as a body's, is that person once the name is known for a person's; where the
        title's gender is the given name's and no other person of that surname could be meant."""
        for e in (e for e in found if " " in e.name):
            surname, gender = e.name.split()[-1], e.gender or _given_name_gender(e.name)
            for p in [p for p in self.items if p.kind == "person" and p.name == surname and p.gender is not None]:
                others = [
                    o
                    for o in self.items
                    if o.kind == "person"
                    and o not in (e, p)
                    and o.name.split()[-1] == surname
                    and (o.gender or _given_name_gender(o.name)) in (p.gender, None)
                ]
                # (or where nothing tells the full name's gender: "The Iranian film-maker Mahnaz Rahimi won ...
                # Rahimi thanked the cast")
                if p.gender != (gender or p.gender) or others:
                    continue
                self._fold(p, e)
                e.gender = p.gender

    def _plural_read_as_name(self, ent: Span) -> bool:
        tok = ent[0]
        return (
            ent.label_ == "PERSON"
            and len(ent) == 1
            and tok.tag_ == "NNS"
            and tok.i == tok.sent.start
            # (or a plural of a word for people: "Keepers said she died peacefully")
            and (
                tok.lower_ in self._lower
                or (people_word(tok.lower_.removesuffix("s")) and not self._someone_called(tok.text))  # not "Sanders"
            )
        )

    def _once(self, tok: Token) -> bool:
        """A word that the article writes nowhere else, not even in a longer name: a single name at a sentence's
        start that no one is introduced by ("Turnout appeared ...", "Morale has suffered"), as news introduces a
        person by their full name first; unless it says something ("Lee added that ..."), as only a person may."""
        return self._words[tok.text] == 1 and not (tok.dep_ in _SUBJECT and speech.is_cue(tok.head))

    def _aged(self, e: Entity) -> bool:
        """ "Abiola, 24, said": a name with an age set off after it in some mention, or its surname's, is a person's."""
        for m in self.mentions:
            if m.entity is not e and not (m.entity.kind == "body" and e.name.endswith(" " + m.entity.name)):
                continue
            toks = self.parsed.tokens_in(m.pos, m.pos + 1)
            head = _name_head(toks[0]) if toks else None
            if head is None:
                continue
            after = head.doc[head.i + 1 : head.i + 4]
            if len(after) == 3 and after[0].text == after[2].text == "," and re.fullmatch(r"\d{1,3}", after[1].text):
                return True
            # (or before it: "41-year-old Marcus Bell")
            first = _compound_name(head)[0]
            if re.search(r"\b\d{1,3}-year-old\s*$", head.doc[max(0, first.i - 6) : first.i].text):
                return True
        # (or the surname alone, which the recogniser saw as no name: "Sanae Takaichi" ... "Takaichi, 64, a former
        # minister")
        surname = e.name.split()[-1] if len(e.name.split()) > 1 else ""
        return any(
            tok.text == surname
            and not tok.ent_type_
            and tok.tag_ == "NNP"
            and not self.quoted(self.parsed.start(tok))
            and aged(tok.doc[tok.i : tok.i + 1])
            for tok in (self.parsed.tokens() if surname else ())
        )

    def _introduced_people(self) -> None:
        """A name the recogniser missed that an apposition introduces as a person (`_introduced_as_person`): a
        person and a mention, so that the "he said" after it finds them."""
        for _, doc in self.parsed.docs:
            for tok in doc:
                if tok.tag_ not in ("NNP", "NNPS") or tok.dep_ == "compound" or tok.ent_type_ in _NAME_LABELS:
                    continue
                name = _compound_name(tok)
                pos = self.parsed.start(name[0])
                # a name the recogniser took for a title, a product or a region ("Margrethe Vestager", read as a
                # work of art; "said Nino, a 21-year-old law student") is as good as missed
                if any(t.ent_type_ and t.ent_type_ not in _MISREAD | {"LOC"} for t in name) or self.quoted(pos):
                    continue
                if not _introduced_as_person(tok, name):
                    continue
                if tok.lower_ in _OFFICES and any(c.dep_ == "det" for c in tok.children):
                    continue  # "The Health Secretary, Wes Streeting, who agreed ...": an office, whose holder is named
                # (without the office before the name: "Cardinal Pietro Parolin" is Pietro Parolin)
                bare = name
                while len(bare) > 2 and (self._title_word(bare[0].text) or bare[0].lower_ in _CLERICS):
                    bare = bare[1:]
                entity = self._person(_text(bare), pos)
                self._mention(pos, entity, _salience(tok))
                # (else the office before the name: "Councilmember Nithya Raman")
                role = _role_of(doc[name[0].i : tok.i + 1]) or _role_of(doc[bare[0].i : tok.i + 1])
                office = _office_before(name) if len(name) == 1 else None
                if not role and office is not None:
                    role = _text([t for t in doc[office.left_edge.i : name[0].i] if t.dep_ != "det"])
                role = _without_name(role, entity.name)
                if role and entity.role is None:
                    entity.role = role
                entity.title = entity.title or _title_office(doc[name[0].i : tok.i + 1])
        self.mentions.sort(key=lambda m: m.pos)

    def _people_read_as_places(self) -> None:
        """ "Jayson Tatum scored 41 points ... 'We just stayed with it,' Tatum said": a one-word place's name that the
        article also writes, where the recogniser saw no name, after a given name is that person's surname."""
        places = {e.name: e for e in self.items if e.kind == "body" and e.label == "GPE" and " " not in e.name}
        for tok in self.parsed.tokens():
            if tok.ent_type_ == "GPE" and tok.dep_ == "pobj":
                places.pop(tok.text, None)  # "Paris Hilton flew in to Paris": the place, where it is one
        people: dict[str, Entity] = {}
        for tok in self.parsed.tokens():
            if tok.text not in places or tok.ent_type_ or tok.dep_ == "compound":
                continue
            name = _compound_name(tok)
            # (after a party or an office: "defeating former Governor Andrew Cuomo and Republican Curtis Sliwa")
            while len(name) > 2 and (name[0].ent_type_ == "NORP" or self._title_word(name[0].text)):
                name = name[1:]
            if len(name) != 2 or name[0].ent_type_ or not given_names.is_given(name[0].text):
                continue
            if not _name_shaped(name) or self.quoted(self.parsed.start(name[0])):
                continue
            e = places.pop(tok.text)
            e.kind, e.label, e.head, e.name = "person", "", tok.lower_, _text(name)
            e.aliases.add(e.name)
            self._mention(self.parsed.start(name[0]), e, _salience(tok))
            people[tok.text] = e
        for tok in self.parsed.tokens() if people else ():
            # "Sliwa, the founder of the Guardian Angels, finished third": the role set beside the surname the
            # recogniser took for the place
            e = people.get(tok.text)
            if (
                e is not None
                and e.role is None
                and tok.ent_type_ == "GPE"
                and any(c.dep_ == "appos" for c in tok.children)
            ):
                e.role = _role_of(tok.doc[tok.i : tok.i + 1])
        self.mentions.sort(key=lambda m: m.pos)

    def _surnames_named_in_full(self) -> None:
        """ "Simone Biles won the title ... Biles, 27, finished": a person the recogniser found by the surname alone,
        where the article writes it after a given name it saw no name in, has that full name, first met there."""
        for e in self.items:
            if e.kind != "person" or " " in e.name or given_names.is_given(e.name) or self._title_word(e.name):
                continue
            given = self._given_of(e.name)
            if given is None or self.quoted(self.parsed.start(given)) or self._person_named(f"{given} {e.name}"):
                continue
            e.name = f"{given.text} {e.name}"
            e.aliases.add(e.name)
            self._mention(self.parsed.start(given), e, _salience(given.head))
        self.mentions.sort(key=lambda m: m.pos)

    def _web_addresses(self) -> None:
        """A site named by its address, which the recogniser never takes for a name ("the website GunBroker.com"):
        an organisation, and a mention, so that "the company" after it finds it."""
        for tok in self.parsed.tokens():
            if not _WEB_ADDRESS.match(tok.text) or tok.ent_type_:
                continue
            pos = self.parsed.start(tok)
            if self.quoted(pos):
                continue
            entity = self._body(tok.text, head=tok.lower_)
            entity.label = entity.label or "ORG"
            self._mention(pos, entity, _salience(tok))
        self.mentions.sort(key=lambda m: m.pos)

    def _unrecognised_bodies(self) -> None:
        """ "Quillon, the San Jose-based maker of accounting software, will cut ...", "The fashion retailer New Look
        will close ...": a name the recogniser missed, set beside a noun for a body, is that body's; it and the same
        word wherever else the article writes it ("A Quillon spokesman") are mentions, so that "the company said"
        finds it."""
        found: dict[str, Entity] = {}
        for tok in self.parsed.tokens():
            if tok.tag_ == "NN" and tok.lower_ in _BODY_NOUNS | _MAKERS:
                # "The fashion retailer New Look will close ...": the name set after the noun
                named = next((c for c in tok.children if c.dep_ == "appos" and c.tag_ == "NNP" and c.i > tok.i), None)
                tok, noun = (named, tok) if named is not None else (None, None)
            elif (
                tok.tag_ == "NNP"
                and tok.i == tok.sent.start
                and tok.lower_ in _BODY_NOUNS | _MAKERS
                and tok.dep_ == "compound"
                and tok.head.i == tok.i + 1
                and tok.head.tag_ == "NNP"
                and not tok.head.ent_type_
                and tok.head.text.isalpha()
                and not self.quoted(self.parsed.start(tok))
            ):
                # "Developer Bellway had wanted to build ...": the name after a word for what it is, capitalised only
                # as it opens the sentence
                entity = found[tok.head.text] = self._body(tok.head.text, head=tok.head.lower_)
                entity.label = entity.label or "ORG"
                continue
            else:
                noun = None
            if tok is None or tok.tag_ != "NNP" or tok.ent_type_ or not tok.text.isalpha():
                continue
            noun = noun or next((c for c in tok.children if c.dep_ == "appos" and c.tag_ == "NN"), None)
            whom = _for_whom(tok) if noun is None else None
            if whom is not None:
                # "Everytown for Gun Safety, a gun-control group,": the noun the parse hung on the name's last word
                noun = next((c for c in whom[-1].children if c.dep_ == "appos" and c.tag_ == "NN"), None)
            if noun is None or noun.lower_ not in _BODY_NOUNS | _MAKERS:
                continue
            # (or a place's: "Thames Water, Britain's largest water company,")
            if not _a_places(noun) and not any(
                c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children
            ):
                continue  # "Quillon, the maker"; not "Hale, partner"
            name = _compound_name(tok)
            if any(t.ent_type_ or t.tag_ != "NNP" for t in name) or self._person_named(_text(name)) is not None:
                continue
            whom = _for_whom(tok)
            if whom is not None:
                name = [*name, tok.doc[tok.i + 1], *whom]  # "the charity Action for Smokefree 2025"
            if not self.quoted(self.parsed.start(name[0])):
                entity = found[tok.text] = self._body(_text(name), head=tok.lower_)
                entity.label = entity.label or "ORG"
        if not found:
            return  # most articles: no second pass over their words
        mentioned = {m.pos for m in self.mentions}
        for tok in self.parsed.tokens():
            entity = found.get(tok.text)
            pos = self.parsed.start(tok)
            if entity is None or tok.ent_type_ or pos in mentioned or self.quoted(pos):
                continue
            if tok.tag_ in ("NNP", "NNPS") and not (tok.dep_ == "compound" and tok.head.tag_ == "NNP"):
                self._mention(pos, entity, _salience(tok))
        self.mentions.sort(key=lambda m: m.pos)

    def _unrecognised_mentions(self) -> None:
        """A person's surname where the entity recogniser saw no name ("Trump, later alleging ..., said"): still
        a mention, so pronouns can find it."""
        words: dict[str, Entity] = {}
        shared: set[str] = set()  # "Hargreaves" of Linda and of Frank Hargreaves: whose, the word alone does not say
        for e in self.items:
            if e.kind == "person":
                for w in e.tokens():
                    if words.setdefault(w[-1], e) is not e and len(w) > 1:
                        shared.add(w[-1])
        # (or, as a subject, the given name alone where no one else has it: "Emily Carter" ... "The inquest heard
        # that Emily had been placed on a waiting list")
        given: dict[str, Entity] = {}
        shared_given: set[str] = set()
        for e in self.items:
            first = e.name.split()[0] if e.kind == "person" and " " in e.name else ""
            if given_names.is_given(first) and given.setdefault(first, e) is not e:
                shared_given.add(first)
        words = {w: e for w, e in words.items() if w not in shared}
        given = {w: e for w, e in given.items() if w not in shared_given | shared and w not in words}
        mentioned = {m.pos for m in self.mentions}
        for tok in self.parsed.tokens():
            # "Large, who became a grandmaster in 1989, was gracious": a surname the tagger read as an adjective,
            # standing as a subject
            misread = tok.tag_ in ("JJ", "NN") and tok.dep_ in ("nsubj", "nsubjpass") and tok.text[:1].isupper()
            # "Morrow shrugs when asked ...", "Lund wept and ...", read as a noun phrase whose head is the verb or
            # as the verb's modifier: a known surname opening the sentence, its subject
            opening = (
                tok.tag_ in ("JJ", "NN")
                and tok.i == tok.sent.start
                and tok.text[:1].isupper()
                and tok.dep_ in ("compound", "amod")
                and tok.head.dep_ == "ROOT"
                and tok.head.tag_ in ("NNS", "NN", "VBD", "VBZ")
            )
            alone = tok.tag_ == "NNP" and tok.dep_ in ("nsubj", "nsubjpass") and tok.text in given
            # "Zaki wins $50,000" after "Faizan Zaki" and "His mother, Aisha Zaki": as a subject, the one of them a
            # bare surname stands for where the recogniser sees it (the one named most)
            # (not "Mr Hargreaves", whom the title picks out)
            either = (
                tok.tag_ == "NNP"
                and tok.dep_ in ("nsubj", "nsubjpass")
                and tok.text in shared
                and not any(c.dep_ in ("compound", "det", "amod") for c in tok.children)
            )
            if (
                (tok.tag_ != "NNP" and not (misread or opening))
                or tok.ent_type_ in _NAME_LABELS
                or (tok.text not in words and not alone and not either)
            ):
                continue
            if tok.dep_ == "compound" and tok.head.tag_ == "NNP":
                continue  # part of a longer name
            pos = self.parsed.start(tok)
            if pos in mentioned or self.quoted(pos):
                continue
            found = words.get(tok.text) or given.get(tok.text) or self._match_person([tok.text], pos, None)
            if found is not None:
                self._mention(pos, found, 2 if opening else _salience(tok))
        self.mentions.sort(key=lambda m: m.pos)

    # --- names -----------------------------------------------------------------------------------

    def _title_word(self, word: str) -> bool:
        """An office ("Mayor"), or a word for a person by what they do or are ("Founder", "Resident") that the
        article also writes in lower case ("the founder", "residents"), as it never writes a given name."""
        lower = word.lower()
        if lower in _OFFICES:
            return True
        prefix, _, office = lower.partition("-")
        if prefix in ("vice", "co", "deputy") and office in _OFFICES:
            return True  # "The US Vice-President, JD Vance,": an office, with the word before it joined
        # (or a word for a person with no agentive ending: "Nurse Kerri Nuku", where the article writes "nurses")
        known = _AGENTIVE.search(lower) is not None or _PEOPLE.search(lower) is not None
        return known and (lower in self._lower or f"{lower}s" in self._lower)

    def _name(self, ent: Span, pos: int) -> Entity | None:
        if ent[0].lower_ in speech.FRONTED and ent[0].i == ent.root.sent.start and speech.subject_in_apposition(ent):
            return None  # "Near Fort Carson, the State Patrol responded": a place, not a person
        if (
            ent.label_ in ("ORG", "PRODUCT")
            and ent.root.dep_ == "compound"
            and (ent.root.head.lower_ in _MAKERS or ent.root.head.lower_ in _MACHINES)
        ):
            # "The iPhone maker", "Facebook parent Meta": what the body makes or owns, not the body; "an Army Black
            # Hawk helicopter": a kind of machine, not a body called so
            return None
        if ent.label_ == "PERSON" and len(ent) == 1 and _described_by_age(ent.root):
            return None  # "The 28-year-old Scot": a description of someone, not a name
        if len(ent) == 1 and ent.text in _DEMONYMS and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
            return None  # "The Welshman, who led the Lions on two tours,": someone by their people, not a name
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.start == ent.root.sent.start and self._once(ent[0]):
            return None  # "Turnout appeared to be higher": a word capitalised only to open a sentence
        if self._plural_read_as_name(ent):
            return None  # "Keepers said ...", and "keepers" later: a plural noun opening a sentence, not a name
        if _office_read_as_name(ent):
            return None  # "The Treasurer, Jim Chalmers,": the office, the person named beside it
        if ent.label_ == "PERSON" and _home_of(ent):
            return None  # "A 92-year-old grandmother from Kent": where she is from, not a person
        if ent.label_ == "PERSON" and _seat_of(ent):
            return None  # "A senior aide to the mayor of Brookfield": the town the mayor is of, not a person
        if ent.label_ == "PERSON" and _modifies_a_role(ent):
            return None  # "Maverick Tottenham striker Emmanuel Adebayor": the striker's description, not a person
        if (
            ent.label_ == "PERSON"
            and len(ent) == 1
            and self._before_common_noun(ent.root)
            and not self._someone_called(ent.text)
        ):
            return None  # "the Welsh government", "Welsh farmers": a people's word before a noun, no one named so
        if ent.label_ == "PERSON" and self._the_thing(ent):
            # "to land astronauts on the Moon", "according to the Gazette": a thing's or a body's one name
            ent = ent.doc[ent.start : ent.end]
            ent.label_ = "ORG"
        if ent.label_ == "ORG" and _of_a_title(ent):
            return None  # "Secretary of State Jon Husted": no body called State
        if ent.label_ == "ORG" and self._two_bodies_run_together(ent.text):
            return None  # "An Air India Boeing 787": the airline and the maker, whose plane it is, not one body
        if ent.label_ == "PERSON" and ent.text in self._works:
            return None  # "the long-running BBC drama Harbour Lights": a programme, not a person
        if ent.label_ in ("ORG", "NORP") and ent[0].lower_ in _ORDINALS and ent[0].text.islower():
            return None  # "the city's first Latino mayor": a rank among people, not a body's name
        crowned = _crowned(ent)
        if crowned is not None:  # "King Felipe VI", read as an organisation: a person, the title the role
            entity = self._person(crowned, pos)
            entity.role = entity.role or ent[0].text
            entity.gender = entity.gender or role_gender(ent[0].lower_)
            self._mention(pos, entity, _salience(ent.root))
            return entity
        peer = _peerage(ent)
        if peer is not None:  # "the Princess of Wales": a person, by the title
            entity = self._person(peer, pos)
            entity.gender = entity.gender or role_gender(peer)
            return entity
        held = self._office_in(ent)
        if held is not None:  # "The Dean of Sherborne, ...", "Bristol, Marvin Rees": the office's holder, by name
            entity = self._holder(held, pos)
            self._mention(pos, entity, _salience(ent.root))
            return entity
        toks = _amount_cut(_clean(list(ent)))
        given = self._given_before(ent) if ent.label_ in ("PERSON", "GPE") else self._joined_before(ent)
        toks = given + toks
        if ent.label_ == "ORG" and toks and (any(t.text.islower() for t in toks) or _named_by_office(toks)):
            # "China's commerce ministry", not "commerce ministry"; "Israel's Prime Minister's Office", not "Prime
            # Minister's Office"
            toks = _country_of(ent) + toks
        if ent.label_ in ("NORP", "ORG") and toks and toks[0].i == ent.start:
            toks = _capitalised_before(ent) + toks  # "The Liberal Democrats", the recogniser seeing "Democrats"
        while (
            len(toks) > 2
            and toks[0].text.isalpha()
            and toks[0].text.islower()
            and toks[0].whitespace_  # not "pro-" of "pro-Christie"
            and toks[0].text not in PARTICLES
        ):
            toks = toks[1:]  # "ridden by jockey Sam Reid", read as one name: a word in lower case is no name's
        doing = None
        trade = None
        if (
            ent.label_ == "ORG"
            and len(toks) >= 2
            and toks[0].i == toks[0].sent.start
            and _TRADE_WORD.search(toks[0].lower_) is not None
            and toks[1].text[:1].isupper()
        ):
            trade, toks = toks[0], toks[1:]  # "Bookseller Waterstones said": the body, with its trade for a role
        while (
            len(toks) > 2
            and toks[0].text[:1].isupper()
            and (self._title_word(toks[0].text) or self._named_without(toks) or _SCHOLAR.search(toks[0].lower_))
            # ("Veterans First Pennsylvania" is one name: no given name follows the word)
            and (ent.label_ != "ORG" or (_personal(toks[1:]) and given_names.is_given(toks[1].text)))
        ):
            toks = toks[1:]  # "Founder Yen Reis": the founder is Yen Reis (but "Cancer Research UK" is one name)
        if (
            # (a given name and a surname after it, either with a hyphen: "Co-author Louis-Philippe Coulombe")
            len(_text(toks[1:]).split()) == 2
            and len(toks) > 2
            and ent.label_ == "PERSON"
            and _AGENTIVE.search(toks[0].lower_) is not None
            and not given_names.is_given(toks[0].text)
            # (or where it opens the sentence, as a name's first word seldom does: "Campaigner Feargal Sharkey")
            and (given_names.is_given(toks[1].text) or toks[0].i == toks[0].sent.start)
        ):
            doing = toks[0]  # "Organiser Gareth Lloyd": a word for what someone does, before a given name
            toks = toks[1:]
        if (
            len(toks) == 2
            and toks[0].text[:1].isupper()
            and self._title_word(toks[0].text)
            and self._surname(toks[1].text)
        ):
            toks = toks[1:]  # "Sheriff O'Carroll", after "Sheriff Derek O'Carroll": the sheriff is O'Carroll
        if len(toks) == 2 and _ROYAL.match(toks[0].text) and self._first_name_of_one(toks[1].text, pos):
            # "Sheikh Mohammed said", after "Sheikh Mohammed bin Abdulrahman Al Thani": him, by his first name with
            # the title (not "Prince Harry" where no fuller name is given)
            toks = toks[1:]
        if (
            len(toks) == 2
            and toks[0].lower_ in _OFFICES
            and toks[0].i > 0
            and _HONORIFIC.match(ent.doc[toks[0].i - 1].text)
        ):
            toks = toks[1:]  # "Mrs Justice May": an office after a courtesy title is no given name
        if len(toks) == 2 and toks[0].text in self._places and self._surname(toks[1].text):
            toks = toks[1:]  # "at Aintree Treadwell's contented look", a caption glued on: Treadwell, named before
        if toks and _scroll_link(toks[0]):
            toks = toks[1:]  # "Scroll down for video": a link left in the copy, not a name
        office = [
            t
            for t in ent[: max(0, len(ent) - len(toks))]
            if self._title_word(t.text) or t.text.islower() or (doing is not None and t.i == doing.i)
        ]
        if office and office[0].i > ent.start and _HONORIFIC.match(ent.doc[office[0].i - 1].text):
            office.insert(0, ent.doc[office[0].i - 1])  # "Mrs Justice": the title is the office's
        if not toks or _in_capitals([t.text for t in toks], one_word=ent.label_ == "PERSON"):
            return None  # "EXPERT VERDICT:", read as a name
        name = _text(toks)
        if not name.split():
            return None  # "---  -": dashes and spaces the recogniser took for a name leave no word of one
        name = self._shared_surname(ent, toks) or _kin_surname(ent, toks, self._surname) or name
        # "Lumora said", after "The artificial intelligence company Lumora": one word the article gives elsewhere as
        # a body's name, by the words around it, is that body, however the recogniser labelled it here
        # (or more: "Van Hoorn's shareholders", after "Dutch brewer Van Hoorn")
        firm = any(name in doc.user_data.get(BODIES, ()) for _, doc in self.parsed.docs)
        acronym = _ACRONYM.match(name) is not None
        spelled = self._spelled_out(ent) if acronym else None
        if spelled is not None:
            # "the Japan Aerospace Exploration Agency (JAXA)": initials in brackets after a body's name are its own,
            # and "JAXA said" later is that body, however the recogniser labelled it
            spelled.aliases.add(name)
            self._mention(pos, spelled, _salience(ent.root))
            return spelled
        firm = firm or (acronym and any(e.kind == "body" and name in e.aliases for e in self.items))
        # "Orvane declined to comment", after "Orvane Pharmaceuticals": the firm by the first word of its name, where
        # no one is named in full with that word
        firm = firm or (ent.label_ == "PERSON" and len(toks) == 1 and self._firm_by_first_word(name) is not None)
        # "Scotmid said", read as a person: a one-word name whose chief executive the article names is a firm's
        # (or "Tottenham Hotspur", after "Tottenham chairman Daniel Levy": a name that opens on that word)
        owner = len(toks) <= 2 and toks[0].text in self._post_owners
        firm = firm or (ent.label_ == "PERSON" and owner)
        # "Halvorsen Robotics, the leader in warehouse robots,", read as a person: a firm by its name's last word
        ending = ent.label_ == "PERSON" and len(toks) > 1 and _firm_ending(toks[-1])
        # (or one inside it, after a first word that is no given name: "Greenfield Energy Recovery")
        ending = ending or (
            ent.label_ == "PERSON"
            and len(toks) > 2
            and any(_firm_ending(t) for t in toks[1:-1])
            and not given_names.is_given(toks[0].text)
        )
        # (or by a last word that is a surname too, after a word that is no given name: "Castlemead Homes", not
        # "Cheryl Mills")
        ending = ending or (
            ent.label_ == "PERSON"
            and len(toks) == 2
            and toks[-1].lower_ in _SURNAMES_TOO
            and toks[-1].text[:1].isupper()
            and not given_names.is_given(toks[0].text)
        )
        # "Nottingham Forest have sacked their coach", read as a person: a name that takes a verb in the plural is
        # a team's or a club's (British usage), as no one person's does
        ending = ending or (ent.label_ == "PERSON" and _team_by_its_verb(ent.root))
        # (or a place's: "Sunderland have sacked their manager", a club; no place has a verb in the plural)
        ending = ending or (ent.label_ == "GPE" and len(ent) == 1 and _team_by_its_verb(ent.root))
        # "Shares in Novo Nordisk fell", read as a person: the company whose shares they are, as no one person's are
        ending = ending or (ent.label_ == "PERSON" and _held(ent.root))
        # "The AfD won 38 percent", read as a person: one word of initials with "the" before it is a body's name,
        # as no one's is
        ending = ending or (
            ent.label_ == "PERSON"
            and len(toks) == 1
            and sum(c.isupper() for c in name) >= 2
            and toks[0].dep_ != "compound"
            and toks[0].i > 0
            and ent.doc[toks[0].i - 1].lower_ == "the"
        )
        # "Celestial AI was founded in 2020", read as a person, where the recogniser saw a body in the same name
        # elsewhere in the article: the body, where the name opens with no given name
        ending = ending or (
            ent.label_ == "PERSON"
            and len(toks) > 1
            and name in self._bodies_named
            and not given_names.is_given(toks[0].text)
        )
        # "a supplier in the Midlands, Bernard Matthews, which said", read as a person: a name that "which" stands
        # for is a body's, as no one person's is
        which = ent.label_ == "PERSON" and _which_stands_for(ent.root)
        ending = ending or which
        firm = firm or ending
        if not firm and (
            ent.label_ == "PERSON"
            # (but not a country that is only someone's given name: "Israel said", after "Israel Katz")
            or (self._person_named(name) is not None and not (ent.label_ == "GPE" and self._given_name_only(name)))
            or (self._title(ent) in ("mr", "mrs", "ms", "miss", "mx", "dr") and len(toks) == 1)  # "Mrs Pilbeam"
            or (self._title(ent) in ("sir", "dame") and _name_shaped(toks, fewest=1))  # "Dame Olivia Thornbury"
            or _introduced_as_person(ent.root, list(ent))
            or _name_read_as_nationality(ent)
            or _named_subject_read_as_nationality(ent)
        ):
            entity = self._person(name, pos, self._title(ent), _generation(ent))
        else:
            plural = ent.label_ == "NORP" or _plural_name(ent, toks)
            # "the ACV-Puls and BTB unions": two names that share the common noun after them, which is their head
            last = toks[-1]
            head = last.lower_ if last.dep_ == "conj" and last.tag_ in ("NN", "NNS") and last.text.islower() else ""
            head = head or ent.root.lower_
            after = ent.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(ent.doc) else None
            if after is not None and after.tag_ == "POS" and after.head.i == toks[-1].i and toks[-1].dep_ != "poss":
                name += after.text  # "Sainsbury's, will give ...": a firm's name that ends in "'s", no one's own
            # (a name found to be a firm's, as "Burberry" of "Burberry's chief executive", whatever the recogniser saw)
            firmly = ending or (firm and ent.label_ == "PERSON")
            entity = self._body(name, plural=plural, head=head, label="ORG" if firmly else ent.label_)
            # "Energy UK", of which the recogniser saw only the place: a body
            entity.label = entity.label or ("ORG" if firmly or (given and ent.label_ == "GPE") else ent.label_)
        self._mention(pos, entity, _salience(ent.root))
        # the given names taken in, or the name less the office the recogniser took in ("Chief Constable Mark
        # Rawlins", of which it saw "Constable Mark Rawlins"): the office is the role's
        taken = ent.doc[ent.start : toks[0].i]
        offices = bool(taken) and all(
            t.lower_ in _OFFICES
            or t.lower_.rstrip(".") in _TITLE_OFFICES
            or _SCHOLAR.search(t.lower_)
            or t.text in _OFFICE_ABBREVIATIONS  # "Polish MEP Adam Bielan", of which it saw "MEP Adam Bielan"
            for t in taken
        )
        named = ent.doc[toks[0].i : ent.end] if toks[0].i < ent.start or offices else ent
        role = _without_name(_role_of(named) or (_text(office) if office else None), entity.name)
        role = role or _court_side(ent)
        if trade is not None and entity.kind == "body":
            entity.role = entity.role or trade.lower_
        if role and re.fullmatch(r"(?:Mr|Mrs|Ms) Justice", role) and entity.kind == "person":
            # "Mrs Justice Mary Stacey": a judge of a high court, and a woman
            entity.gender = entity.gender or role_gender(role)
            role = "judge"
        if role and entity.role is None and entity.kind == "person":
            entity.role = role
        if entity.kind == "person":
            entity.title = entity.title or _title_office(named)
        elif role and entity.kind == "body" and which:
            entity.role = entity.role or role  # "schools inspector Ofsted, which put ...": what the body is
        elif role and entity.kind == "body":
            entity.person_role = entity.person_role or role  # "Marcus Feld of Bramley Securities", read as a body
        return entity

    def _spelled_out(self, ent: Span) -> Entity | None:
        """The body whose name `ent`, in brackets right after it, gives the initials of."""
        doc = ent.doc
        if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
            return None
        before = self._ent_of.get((id(doc), ent.start - 2))
        if before is None or before.label_ != "ORG":
            return None
        at = range(self.parsed.start(before[0]), self.parsed.start(before[-1]) + 1)
        return next((m.entity for m in self.mentions if m.pos in at and m.entity.kind == "body"), None)

    def _shared_surname(self, ent: Span, toks: list[Token]) -> str | None:
        """ "Tom and Alice Brennan": a given name joined by "and" to a full name is that family's, where the article
        speaks of them as one (a word for a family in the sentence, "Mr Brennan" and "Mrs Brennan", "the Brennans");
        not "Cher and Elton Brook"."""
        doc = ent.doc
        other = self._full_name_joined(ent) if len(toks) == 1 else None
        if other is None:
            return None
        given = toks[0].text
        if (ent.start > 0 and _HONORIFIC.match(doc[ent.start - 1].text)) or any(
            n.endswith(f" {given}") for n in self._people_named
        ):
            return None  # "Mr. Trump and Bill Clinton": a surname already
        surname = other[-1].text
        # "retired couple Brian and Charlotte Smith", "Sarah and James Whitfield, whose daughter Ivy died": a couple,
        # or two with a child of theirs
        family = any(t.lower_ in _FAMILY or (t.lower_ == "whose" and t.head.lower_ in _CHILDREN) for t in ent.sent)
        # (or "the couple" later, where the article names no other two: "Sarah and Tom Price saw an opportunity
        # ... The couple's daughter, Megan,")
        family = family or (self._couple_named_later(ent) and self._pairs_named() == 1)
        plural = f"{surname}es" if re.search(r"(?:s|sh|ch|x|z)$", surname) else f"{surname}s"  # "the Walshes"
        # "its owners, Jean and Peter Walsh ... Mrs Walsh said": a pair, one of whom the article titles by the
        # surname with the gender the other's given name does not have
        mine, theirs = given_names.gender(given), given_names.gender(other[0].text)
        unlike = {"m": "f", "f": "m"}.get(theirs or "")
        titled = unlike is not None and mine in (None, unlike) and self._titled_as(surname, unlike)
        if not (family or self._titled_both(surname) or plural in self._midcaps or titled):
            return None
        return f"{given} {surname}"

    def _couple_named_later(self, ent: Span) -> bool:
        """Whether the article speaks of "the couple" after this name."""
        at = self.parsed.start(ent[0])
        return any(
            t.lower_ == "couple"
            and t.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            and self.parsed.start(t) > at
            for t in self.parsed.tokens()
        )

    def _full_name_joined(self, ent: Span) -> Span | None:
        """ "Tom Price" of "Sarah and Tom Price": a given name and surname joined by "and" right after a person's
        name."""
        doc = ent.doc
        if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
            return None
        other = self._ent_of.get((id(doc), ent.end + 1))
        if other is None or other.label_ != "PERSON" or other.start != ent.end + 1 or len(other) != 2:
            return None
        return other

    def _pairs_named(self) -> int:
        """How many times the article joins a name alone to a full name by "and" ("Sarah and Tom Price")."""
        return sum(
            1 for _, doc in self.parsed.docs for e in doc.ents if len(e) == 1 and self._full_name_joined(e) is not None
        )

    def _titles_before(self, surname: str) -> set[str]:
        """The words the article sets right before this surname, without stops: "Mr", "Mrs", "Dr"."""
        return {
            doc[t.i - 1].text.rstrip(".") for _, doc in self.parsed.docs for t in doc if t.text == surname and t.i > 0
        }

    def _titled_as(self, surname: str, gender: str) -> bool:
        """Whether the article calls someone of this gender by this surname with a courtesy title: "Mrs Walsh"."""
        return bool(self._titles_before(surname) & _COURTESY_OF[gender])

    def _titled_both(self, surname: str) -> bool:
        """Whether the article calls both a man and a woman by this surname: "Mr Brennan" and "Mrs Brennan"."""
        titles = self._titles_before(surname)
        return bool(titles & _COURTESY_OF["m"]) and bool(titles & _COURTESY_OF["f"])

    def _given_name_elsewhere(self, word: str) -> str | None:
        """ "Florence Pugh" for "Pugh": the one full name the article writes with `word` as its last word, after a
        given name that is no title, where the recogniser saw no name in either."""
        given = self._given_of(word)
        return f"{given.text} {word}" if given is not None else None

    def _given_of(self, word: str) -> Token | None:
        """ "Florence" for "Pugh": the given name of `_given_name_elsewhere`, the first place the article writes
        it, where it writes only one."""
        found = [
            t.nbor(-1)
            for t in self.parsed.tokens()
            if t.text == word
            and t.i > 0
            and t.tag_ in ("NNP", "NNPS")  # (a surname in -s may be read as a plural: "Biles")
            and not t.ent_type_
            and t.nbor(-1).dep_ == "compound"
            and t.nbor(-1).head.i == t.i
            and t.nbor(-1).tag_ == "NNP"
            and not t.nbor(-1).ent_type_
            and given_names.is_given(t.nbor(-1).text)
            and not self._title_word(t.nbor(-1).text)
            and (t.i < 2 or t.doc[t.i - 2].tag_ not in ("NNP", "NNPS"))
        ]
        return found[0] if len({t.text for t in found}) == 1 else None

    @staticmethod
    def _joined_before(ent: Span) -> list[Token]:
        """ "Avon and" of "Avon and Somerset Police", where the recogniser saw only "Somerset Police": a capitalised
        word joined by "and" to the name's first, which the parse hung on the name."""
        i = ent.start - 1
        if ent.label_ != "ORG" or i - 1 < ent.sent.start:
            return []
        joined, first = ent.doc[i], ent.doc[i - 1]
        if (
            joined.lower_ == "and"
            and joined.head.i == first.i
            and first.tag_ == "NNP"
            and first.text.istitle()
            and first.head.i in range(ent.start, ent.end)
            and (i - 2 < ent.sent.start or ent.doc[i - 2].tag_ not in ("NNP", "NNPS"))
        ):
            return [first, joined]
        return []

    def _given_before(self, ent: Span) -> list[Token]:
        """ "Erling" of "her son, Erling Halvorsen", where the recogniser saw only the surname: capitalised words run
        into the name before it that are no office or title and that the article never writes in lower case, after a
        word that is no name's. Before a place, the words of a body's name: "Energy UK", "Police Scotland"."""
        out: list[Token] = []
        i = ent.start - 1
        while i >= ent.sent.start:
            tok = ent.doc[i]
            if not (
                tok.dep_ == "compound"
                and tok.head.i in range(ent.start, ent.end)
                # "Diabetes UK": a body's name may begin with a common noun the tagger tags as one
                and (tok.tag_ == "NNP" or (tok.tag_ == "NN" and ent.label_ == "GPE"))
                and tok.text.isalpha()
                and tok.text.istitle()
                and not tok.ent_type_
                and not self._title_word(tok.text)
                and not _HONORIFIC.match(tok.text)
                # a body's name may hold a common word: "Energy UK" where the article speaks of energy
                and (tok.lower_ not in self._lower or ent.label_ == "GPE")
            ):
                break
            out.insert(0, tok)
            i -= 1
        if out and i >= ent.sent.start and ent.doc[i].tag_ in ("NNP", "NNPS") and not self._title_word(ent.doc[i].text):
            return []  # "the Ford Mustang Richard Hammond had driven", "Senate Minority Whip Dick Durbin"
        return out  # (after a title, the name's first word: "Judge Enock Chacha Mwita")

    def _named_without(self, toks: list[Token]) -> bool:
        """ "Veterinarian Ana Ruiz" where the article also names "vet Ana Ruiz": a word for a person by what they
        do, before a full name the article gives without it, is no part of the name."""
        return people_word(toks[0].lower_) and _text(toks[1:]) in self._people_named

    def _shortened(self, short: list[str], full: list[str]) -> bool:
        """ "Lula da Silva" of "Luiz Inácio Lula da Silva", "López Obrador" of "Andrés Manuel López Obrador": the
        last two or more words of a longer name, which is how some names are shortened; the words before them are
        given names, which the article never writes in lower case ("Follow Breitbart News" is no one's name). A
        particle opening a sentence has a capital the full name lacks ("Von der Leyen" of "Ursula von der Leyen")."""
        return (
            1 < len(short) < len(full)
            and [_particle(w) for w in full[-len(short) :]] == [_particle(w) for w in short]
            # (a title before them may be: "Dame Judi Dench", where the article writes "made a dame")
            and not any(w.lower() in self._lower and not _HONORIFIC.match(w) for w in full[: -len(short)])
        )

    def _surname(self, word: str) -> bool:
        """`word` is the last name of a person already named in full."""
        return any(e.kind == "person" and len(e.name.split()) > 1 and e.name.split()[-1] == word for e in self.items)

    def _title(self, ent: Span) -> str | None:
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        first = next((t for t in ent if not t.is_punct), ent[0])  # "' Mrs Creag", the quote's closing mark taken in
        for tok in (first, before):
            if tok is not None and _HONORIFIC.match(tok.text):
                return tok.text.rstrip(".").lower()
        return None

    def _the_thing(self, ent: Span) -> bool:
        """ "the Moon", "the Gazette": one word in the singular after "the", a thing's or body's name, where no person
        in the article has it in their name (not "the Clintons", nor "the Donald" in a story on Donald Trump)."""
        if len(ent) != 1 or ent.start == 0 or ent.doc[ent.start - 1].lower_ != "the" or ent.root.tag_ != "NNP":
            return False
        family = ent.text.endswith("s") and self._someone_called(ent.text[:-1])  # "the Obamas"
        return (
            ent.root.dep_ not in ("compound", "poss", "amod", "nmod")
            and not self._someone_called(ent.text)
            and not family
        )

    def _someone_called(self, word: str) -> bool:
        """Some person in the article, before or after, has `word` in a name of more than one word."""
        return any(word in name.split() for name in self._people_named if " " in name)

    def _given_name_only(self, word: str) -> bool:
        """Whether the word is the given name of a person already named, and no one's surname."""
        names = [w for e in self.items if e.kind == "person" for w in e.tokens() if len(w) > 1]
        return any(w[0] == word for w in names) and not any(word in w[1:] for w in names)

    def _person_named(self, name: str) -> Entity | None:
        """A single word that is the surname (or given name) of a person already named, or a person's full name
        again (that the recogniser took for a place or a body the second time)."""
        words = name.split()
        if len(words) != 1:
            key = _norm(name)
            return next(
                (
                    e
                    for e in self.items
                    if e.kind == "person"
                    and (
                        key in map(_norm, e.aliases | {e.name})
                        or any(self._shortened(words, list(t)) for t in e.tokens())
                    )
                ),
                None,
            )
        for e in reversed(self.items):
            if e.kind == "person" and any(words[0] in (w[0], w[-1]) for w in e.tokens() if len(w) > 1):
                return e
        if words[0] not in PARTICLES:
            # "Lula told reporters", unrecognised, after "Luiz Inácio Lula da Silva": a word inside the name
            inside = [e for e in self.items if e.kind == "person" and any(words[0] in w[1:-1] for w in e.tokens())]
            if len(inside) == 1:
                return inside[0]
        # a person the article names by one word only ("Trump"), taken for a body the second time
        return next((e for e in reversed(self.items) if e.kind == "person" and e.name == words[0]), None)

    def _person(self, name: str, pos: int, title: str | None = None, suffix: str = "") -> Entity:
        words = name.split()
        g = _title_gender(title)
        found = self._match_person(words, pos, title, suffix)
        if found is None and len(words) == 1 and g is not None:
            # "Mrs Hargreaves", where Linda and Frank Hargreaves are both named and neither is known as a woman: shown
            # as the article calls her, for a guess would make the other one the woman
            shared = [
                e for e in self.items if e.kind == "person" and any(len(t) > 1 and t[-1] == name for t in e.tokens())
            ]
            if len(shared) > 1:
                name = f"{title.capitalize()} {name}"
                found = next((e for e in self.items if e.kind == "person" and e.name == name), None)
        if found is None:
            # "Mrs Creag said" again: the one of that name made the first time, not a second of the same name
            found = next(
                (
                    e
                    for e in self.items
                    if e.kind == "person" and e.name == name and e.suffix == suffix and g in (e.gender, None)
                ),
                None,
            )
        if found is None and title is None and len(words) == 1:
            # "Merivale announced", after "A spokesperson for Merivale" found the word to be a body's name: the body
            body = next((e for e in self._spoken_for_bodies if e.kind == "body" and e.name == name), None)
            if body is not None:
                return body
        if found is None:
            found = Entity(name=name, kind="person", aliases={name}, head=words[-1].lower(), suffix=suffix)
            self.items.append(found)
        else:
            found.aliases.add(name)
            if len(words) > len(found.name.split()):
                found.name = name
        if g is not None:
            found.gender = found.gender or g
        return found

    def _first_name_of_one(self, word: str, pos: int) -> bool:
        """Whether one person named in full before `pos` has `word` for their first name."""
        named = {
            id(e)
            for e in self.items
            if e.kind == "person" and " " in e.name and e.name.split()[0] == word and self._first.get(id(e), pos) < pos
        }
        return len(named) == 1

    def _match_person(self, words: list[str], pos: int, title: str | None, suffix: str = "") -> Entity | None:
        people = [e for e in self.items if e.kind == "person"]
        if suffix:
            # "Donald Trump Jr.", "Donald Jr.": only the one already named with that suffix, never his father
            people = [e for e in people if e.suffix == suffix]

        def unsuffixed(cands: list[Entity]) -> list[Entity]:
            # "Trump", "Donald Trump" where Donald Trump Jr. is named too: the father; "Hurt" after only
            # "Harry Hurt III": him
            if suffix:
                return cands
            return [e for e in cands if not e.suffix] or cands

        if len(words) > 1 and all(w.lower() in PARTICLES for w in words[:-1]):
            words = words[-1:]  # "Van Gaal said", opening a sentence: the surname of Louis van Gaal
        if len(words) == 1:
            w = words[0]
            by_surname = [e for e in people if any(t[-1] == w for t in e.tokens())]
            by_given = [e for e in people if any(len(t) > 1 and t[0] == w for t in e.tokens())]
            # "Lula" of "Luiz Inácio Lula da Silva": a name the article shortens to a word inside it
            by_inside = [e for e in people if w not in PARTICLES and any(w in t[1:-1] for t in e.tokens())]
            cands = unsuffixed(by_surname or by_given or by_inside)
            # "Mrs Hargreaves said" is one of those named so far, not their daughter Emma, named further on
            cands = [e for e in cands if self._first.get(id(e), pos) < pos] or cands
            g = _title_gender(title)
            if g is not None:
                # "Mr. Clinton" is the Clinton already called Mr., else one not yet known as a man or a woman;
                # never the one already called Mrs.
                # (nor a "son" for "Mrs. Healey": a role word says a man or a woman before any pronoun does)
                known = [e for e in cands if e.gender == g]
                cands = known or [
                    e
                    for e in cands
                    if e.gender is None
                    and role_gender(e.role) in (g, None)
                    and self._taken_up_as(e, pos) in (g, None)
                    # "Mrs Walsh" after "Jean and Peter Walsh": not Peter, whose given name is a man's
                    and (" " not in e.name or given_names.gender(e.name.split()[0]) in (g, None))
                ]
                full = [e for e in cands if " " in e.name]
                if (
                    not known
                    and len(full) > 1
                    and len(full) == len(cands)
                    and len({e.name.split()[-1] for e in full}) == 1
                ):
                    # "Mrs Hargreaves" after "Linda and Frank Hargreaves", neither yet known as a man or a woman:
                    # which of them, nothing says; not a guess that would make the other the woman
                    return None
            if len(cands) > 1 and title is not None:
                # "Mr. Biden said", after "President Biden ... pardoned his son Hunter": of those the title fits, the
                # one called by that word alone so far, not the son, called "Hunter" and "Hunter Biden"
                cands = [e for e in cands if self._called_by_before(e, w, pos)] or cands
            if by_surname and len(cands) > 1 and title is None:
                return self._most_named(cands, pos)
            return self._latest(cands, pos)
        surname, first = words[-1], words[0]
        kin = self._kin_called(first, pos)
        matched = []
        for e in people:
            names = e.tokens()
            if not any(t[-1] == surname for t in names):
                continue
            firsts = {t[0] for t in names if len(t) > 1}
            same = first in firsts or any(_initial_of(first, f) or _short_for(first, f) for f in firsts)
            same = same or any(self._shortened(words, list(t)) or self._shortened(list(t), words) for t in names)
            if firsts and not same:
                continue  # Bill Clinton is not Hillary Clinton
            if not firsts and kin:
                continue  # "Hunter Biden", after "President Biden ... pardoned his son Hunter": the son, not Biden
            matched.append(e)
        # (not "Graham Ellis", the son, after "Mrs Ellis": a given name of the other sex is someone else's)
        given = given_names.gender(first)
        matched = [e for e in matched if e.tokens() != [[e.name]] or given is None or e.gender in (given, None)]
        if matched:
            return unsuffixed(matched)[0]
        # "Lisa O. Monaco" after a bare "Monaco", "Dong Mingzhu" after "Ms. Dong"
        bare = [e for e in people if len(e.name.split()) == 1 and e.name in (surname, first)]
        if kin:
            bare = [e for e in bare if e.name != surname]  # (not the parent of "his son Hunter", as above)
        if len(words) > 2 and " ".join(words[1:]) in self._places_and_bodies:
            bare = []  # "the Obama White House", read as a person's name: not Obama's full name
        return next(iter(unsuffixed([e for e in bare if given is None or e.gender in (given, None)])), None)

    def _called_by_before(self, e: Entity, word: str, pos: int) -> bool:
        """Whether a mention of `e` before `pos` calls it by `word` alone (with a title or not)."""
        for m in self.mentions:
            if m.entity is not e or m.pos >= pos:
                continue
            toks = self.parsed.tokens_in(m.pos, m.pos + 1)
            ent = self._ent_of.get((id(toks[0].doc), toks[0].i)) if toks else None
            if ent is not None and [t.text for t in ent if not _HONORIFIC.match(t.text)] == [word]:
                return True
        return False

    def _kin_called(self, given: str, pos: int) -> bool:
        """Whether the article, before `pos`, names someone's kin by `given` alone ("his son Hunter")."""
        if self._kin_given is None:
            # found once per article: asked of every full name matched
            self._kin_given = {}
            for t in self.parsed.tokens():
                if (
                    t.tag_ == "NNP"
                    and t.dep_ in ("appos", "compound")
                    and t.head.lower_ in _KINSHIP
                    and t.head.i == t.i - 1
                    and any(c.dep_ == "poss" for c in t.head.children)
                ):
                    self._kin_given.setdefault(t.text, self.parsed.start(t))
        return self._kin_given.get(given, pos) < pos

    def _taken_up_as(self, e: Entity, pos: float) -> str | None:
        """ "m" or "f" where a he or she takes up a person named as a main subject before `pos` ("James Creag, 11,
        is so sick of it that he ...": not the "Mrs Creag" quoted later, his mother); not a his or her, which may
        be someone else's ("Hillary Clinton, his opponent, ...")."""
        return next(
            (
                g
                for m in self.mentions
                if m.entity is e and m.pos < pos and (g := self._pronoun_after(m, subjects_only=True)) is not None
            ),
            None,
        )

    def _most_named(self, cands: list[Entity], pos: int) -> Entity:
        """Of people who share a surname, the one named in the most sentences before `pos`: a bare "Jordan said" is
        the sailor the story is about, not the father named once. Of those named as often, the one a sentence named
        first (the story's subject, not "her husband, Bill Clinton" named in passing later); of those first named
        in one sentence, the latest ("Frank Jordan spoke with his son, Louis Jordan")."""
        seen: dict[int, set[tuple[int, int]]] = {id(e): set() for e in cands}
        last = {id(e): -1 for e in cands}
        opened = {id(e): pos for e in cands}  # where the sentence that first names each begins
        for m in self.mentions:
            if m.pos < pos and id(m.entity) in seen:
                toks = self.parsed.tokens_in(m.pos, m.pos + 1)
                if toks and toks[0].tag_ in ("PRP", "PRP$"):
                    continue  # a "he wrote" found to be one of them names no one
                seen[id(m.entity)].add((id(toks[0].doc), toks[0].sent.start) if toks else (0, m.pos))
                last[id(m.entity)] = max(last[id(m.entity)], m.pos)
                at = self.parsed.start(toks[0].sent[0]) if toks else m.pos
                opened[id(m.entity)] = min(opened[id(m.entity)], at)
        return max(cands, key=lambda e: (len(seen[id(e)]), -opened[id(e)], last[id(e)]))

    def _latest(self, cands: list[Entity], pos: int) -> Entity | None:
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        return max(cands, key=lambda e: self._last_named(e, pos))

    def _body(self, name: str, plural: bool = False, head: str = "", kind: str = "body", label: str = "") -> Entity:
        key = _norm(name)
        for e in self.items:
            if e.kind == kind and any(_norm(a) == key for a in e.aliases | {e.name}):
                return e
        if kind == "body":
            # "Alliance to Reclaim Our Schools (AROS)" ... "AROS argues": one body by its name and its initials,
            # whichever the article writes first
            short = name.replace(".", "") if _ACRONYM.match(name) else None
            for e in self.items:
                if e.kind != "body":
                    continue
                if short is not None and len(e.name.split()) > 1 and initials(e.name) == short:
                    e.aliases.add(name)
                    return e
                if (
                    short is None
                    and len(name.split()) > 1
                    and _ACRONYM.match(e.name)
                    and (initials(name) == e.name.replace(".", ""))
                ):
                    e.aliases.add(name)
                    e.name, e.head = name, head or e.head
                    return e
        if kind == "body" and len(key.split()) > 1:
            # "Planned Parenthood" and "Planned Parenthood Advocates": a name that starts the other's (not "New
            # Zealand", the country, and the "New Zealand Nurses Organisation")
            for e in self.items:
                other = _norm(e.name)
                if (
                    e.kind == kind
                    and not {e.label, label} & {"GPE", "LOC"}
                    and len(other.split()) > 1
                    and (other.startswith(key + " ") or key.startswith(other + " "))
                ):
                    e.aliases.add(name)
                    if len(key) > len(other):
                        e.name = name
                    return e
        if (
            kind == "body"
            and len(key.split()) == 1
            and name[:1].isupper()
            and not self._a_persons_word(name)
            and label != "NORP"  # nor "European" of "the European consumer organisation": a people's word
        ):
            # "Orvane" after "Orvane Motors", "Goldman" after "Goldman Sachs": a company by the first word of its name
            # (not the place "Japan", after the "Japan Aerospace Exploration Agency", which names a body of it)
            for e in self.items:
                of_a_place = label in ("GPE", "LOC") and bool(
                    {w.lower() for w in e.name.split()[1:]} & (_BODY_NOUNS | _INSTITUTIONS)
                )
                # (nor "Alphabet", after "The Alphabet Workers Union": a body of the firm's people is not the firm)
                of_its_people = any(w.endswith("s") and _person_word(w.lower()[:-1]) for w in e.name.split()[1:])
                if (
                    e.kind == kind
                    and len(e.name.split()) > 1
                    and _norm(e.name).startswith(key + " ")
                    and not of_a_place
                    and not of_its_people
                ):
                    e.aliases.add(name)
                    return e
        entity = Entity(name=name, kind=kind, aliases={name}, plural=plural, head=head)
        self.items.append(entity)
        return entity

    def _two_bodies_run_together(self, name: str) -> bool:
        """Whether the name is two that the recogniser finds on their own elsewhere in the article, one after the
        other ("Air India Boeing", where "Air India" and "Boeing" are each named); not a person's name the recogniser
        took for a body's, given name and surname ("Amanda Renteria")."""
        words = name.split()
        return not given_names.is_given(words[0]) and any(
            " ".join(words[:k]) in self._bodies_named and " ".join(words[k:]) in self._bodies_named
            for k in range(1, len(words))
        )

    def _a_persons_word(self, word: str) -> bool:
        """Whether a person the article names has this word in their name ("Trump" beside "Trump Organization");
        not a firm the recogniser took for a person ("Halvorsen Pharma", a body by its name's last word)."""
        return any(word in n.split() for n in self._persons_named() if n != word) or any(
            e.kind == "person" and word in e.name.split() for e in self.items
        )

    def _mention(self, pos: int, entity: Entity, salience: int) -> None:
        self.mentions.append(_Mention(pos, entity, salience))
        self._first[id(entity)] = min(pos, self._first.get(id(entity), pos))

    def bodies_named_in_full(self) -> dict[int, Entity]:
        """Bodies called by the last word of another body's name ("Post" after "The Washington Post"), each
        mapped (by id) to that body, where only one body's name ends on the word; that body takes their aliases."""
        full = [  # not a name with a possessive or a nickname in quotation marks inside
            e for e in self.items if e.kind == "body" and len(e.name.split()) > 1 and not _MARKS.search(e.name)
        ]
        out: dict[int, Entity] = {}
        for e in self.items:
            if e.kind != "body" or len(e.name.split()) != 1 or e.label in ("GPE", "LOC"):
                continue  # not "Kenya", the country, after "Amnesty International Kenya"
            ending = [f for f in full if _norm(f.name).split()[-1] == _norm(e.name)]
            if len(ending) == 1:
                ending[0].aliases |= e.aliases
                out[id(e)] = ending[0]
        return out

    def complete_names(self) -> None:
        """A person known only by one word gets the full name the parse finds elsewhere ("Ana Ruiz, the mayor"
        where the entity recogniser missed it). A capitalised word that the article also uses in lower case
        ("Mayor Ruiz" beside "the mayor") is a title, not a given name."""
        lower = self._lower
        proper: dict[str, list[Token]] = {}
        for t in self.parsed.tokens():
            if t.tag_ == "NNP":
                proper.setdefault(t.text, []).append(t)
        for e in self.items:
            unlabelled = e.kind == "body" and not e.label and not e.plural  # a name the recogniser missed
            if (e.kind != "person" and not unlabelled) or len(e.name.split()) != 1:
                continue
            for tok in proper.get(e.name, ()):
                if self.quoted(self.parsed.start(tok)):
                    continue
                nicknamed = self._nicknamed(tok)
                if nicknamed is not None:
                    e.aliases.add(nicknamed)
                    e.name, e.kind = nicknamed, "person"
                    e.role = _without_name(e.role, nicknamed)
                    break
                left = [c for c in tok.lefts if c.dep_ == "compound" and c.tag_ == "NNP"]
                if not left or left[-1].i != tok.i - 1 or left[0].i != tok.i - len(left):
                    continue
                words = [c.text for c in left]
                while len(words) > 1 and self._title_word(words[0]):
                    e.role = e.role or words.pop(0)  # "Mayor Ana Ruiz": Mayor is the office, Ana the given name
                if any(_HONORIFIC.match(w) or w.lower() in lower or not w[:1].isupper() for w in words):
                    continue
                if len(words) == 1 and words[0].lower() in _OFFICES:
                    continue  # "Mr Justice Harrow": an office alone before the surname is no given name
                full = " ".join([*words, e.name])
                if any(o is not e and o.kind == "person" and full in o.aliases | {o.name} for o in self.items):
                    continue  # "Mr Robertson", the father, is not "Summer Robertson", his daughter
                e.aliases.add(full)
                e.name, e.kind = full, "person"
                e.role = _without_name(e.role, full)  # "bubbly blonde Natalia" was read before "Natalia Moon"
                break
        for e in self.items:
            owned = _BODY_OWNED.match(e.role or "")
            if e.role and e.role.lower().startswith("its "):
                e.role = self._its_owner(e, e.role[4:])
            elif owned is not None and owned.group(1).lower() in _BODY_NOUNS:
                # "the group's director of litigation": of the body the sentence or the one before names
                role = e.role
                e.role = self._its_owner(e, owned.group(2), owned.group(1).lower()) or e.role
                if e.role == role and role.split()[0].lower() in ("his", "her"):
                    e.role = self._persons_body(e, owned.group(2), owned.group(1).lower()) or e.role
            elif e.role and e.role.lower().startswith("their "):
                e.role = self._their_owner(e)
            elif e.role and (at := _AT_THE_BODY.match(e.role)) is not None and at.group(2) in _BODY_NOUNS:
                e.role = self._at_the_body(e, at.group(1), at.group(2))
            elif e.role and _WHOSE.match(e.role):
                e.role = self._whose(e)
            elif e.role and e.role.lower().startswith("whose "):
                e.role = self._of_whom_whose(e)
            elif e.role and _SURNAME_OWNER.match(e.role):
                e.role = self._surname_owner(e)
            elif e.role and _FOR_SURNAME.match(e.role):
                e.role = self._for_surname(e, e.role)
            if e.kind == "description" and _FOR_SURNAME.match(e.name):
                # "A spokeswoman for Marsh" as "A spokeswoman for Alex Marsh", as a role is named
                full = self._for_surname(e, e.name)
                if full != e.name:
                    e.aliases.add(e.name)
                    e.name = full
            if e.kind == "person":
                e.role = _spelled_out(_seat(e.role, e.title) or e.title)

    def describe_the_unnamed(self) -> None:
        """ "One of them, a retired engineer from Scheveningen, told ...", "The patient, a 58-year-old man from
        Arbroath, said": someone the article never names has the description set beside their first mention as
        their role."""
        for e in self.items:
            if e.kind != "description" or e.role or not e.is_person:
                continue
            found = self._first_said(e)
            toks = self.parsed.tokens_in(found[0], found[0] + 1) if found is not None else []
            if not toks:
                continue
            head = _name_head(toks[0])
            appos = next(
                (
                    c
                    for c in head.children
                    if c.dep_ == "appos"
                    and c.tag_ == "NN"
                    and c.i > head.i
                    and _set_off(head, c)
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
                ),
                None,
            )
            if appos is not None and (people_word(appos.lower_) or _described_by_age(appos)):
                e.role = _text(_trim_det(_phrase(appos)))

    def _of_whom_whose(self, e: Entity) -> str:
        """ "whose former captain" as "Manchester United's former captain", of "..., as Manchester United, whose former
        captain, Gary Neville, called ...": the name the clause that opens with "whose" is set on (left as it is
        where there is none)."""
        role = e.role or ""
        found = self._first_said(e)
        toks = self.parsed.tokens_in(found[0], found[0] + 1) if found is not None else []
        whose = next((t for t in toks[0].sent if t.lower_ == "whose" and t.i < toks[0].i), None) if toks else None
        clause = next((a for a in whose.ancestors if a.dep_ == "relcl"), None) if whose is not None else None
        if clause is None and whose is not None and whose.head.dep_ == "appos" and whose.head.head.tag_ == "NNPS":
            # "the Free Democrats, whose leader, Christian Lindner, said", the clause read as the name's appositive
            names = [t for t in whose.head.head.subtree if t.i <= whose.head.head.i and t.tag_ in ("NNP", "NNPS")]
            return f"{_text(names)}' {role.split(' ', 1)[1]}"
        if clause is None or clause.head.tag_ != "NNP":
            return role
        owner = _text(_compound_name(clause.head))
        return f"{owner}'{'' if owner.endswith('s') else 's'} {role.split(' ', 1)[1]}"

    def _whose(self, e: Entity) -> str:
        """ "His lawyer" as "Desmond Achterberg's lawyer", "spokesman for her campaign" as "spokesman for Maria
        Alvarez's campaign": the role, with the person `_whose_owner` finds for its his or her named (left as it is
        where none is found)."""
        owned = self._whose_owner(e)
        if owned is None:
            return e.role or ""
        owner, before_it, rest = owned
        return f"{before_it}{owner.name}'s {rest}"

    def _whose_owner(self, e: Entity) -> tuple[Entity, str, str] | None:
        """The one person the his or her of `e`'s role can stand for, named earlier in the same sentence or, where
        none is, in the nearest of the WHOSE_SENTENCES before that names anyone (none where there are two: "Mrs.
        Schlafly replied that ... Ms. Friedan had said that .... Her son John"); with the role's words before the
        his or her and after it."""
        role = e.role or ""
        found = self._first_said(e)
        match = _WHOSE.match(role)
        if found is None or match is None:
            return None
        before_it, whose, rest = match.groups()
        before_it = before_it or ""
        kind = "m" if whose.lower() == "his" else "f"
        kin = self._kin_by_surname(e, rest, kind, found[0])
        if kin is not None:
            return kin, before_it, rest
        hi, lo = found
        looked = skipped = 0
        while looked < WHOSE_SENTENCES and skipped < 3 * WHOSE_SENTENCES:
            # (a sentence all inside quotation marks is the last speaker's words, not one to count: "His England
            # counterpart" after "'...,' Ireland coach Andy Farrell said. '...' '...'"; whom the his stands for is
            # then named in full, not a word the recogniser may have misread, as "Dundee" for the club)
            quoted = self._all_quoted(lo, hi)
            looked, skipped = looked + (not quoted), skipped + quoted
            people = {
                id(m.entity): m.entity
                for m in self.mentions
                if lo <= m.pos < hi and m.entity is not e and m.entity.kind == "person" and _compatible(m.entity, kind)
            }
            one = next(iter(people.values())) if len(people) == 1 else None
            if len(people) > 1:
                # "Root, 33, moved past Rahul Dravid into fifth ... His former team-mate Stuart Broad": of two, the
                # one the sentence is about, its main subject
                main = {
                    id(m.entity)
                    for m in self.mentions
                    if lo <= m.pos < hi and id(m.entity) in people and self._root_subject(m)
                }
                one = people[next(iter(main))] if len(main) == 1 else None
            # "Her granddaughter, Emma Harding, said ... 'When she told us ...,' she said. Her instructor, Jake
            # Pearce, said": a sentence that opens as the one before did stands for the same person
            opens = self._opening_whose(e, whose)
            alike = self._whose_found.get(id(one)) if one is not None and opens else None
            if alike is not None and alike[0] == whose.lower() and alike[1] is not e:
                one = alike[1]
            # (or a given name alone: "Amira, 16, ... '...,' she said. '...' Her mother", not "Dundee")
            if one is not None and (not skipped or " " in one.name or given_names.is_given(one.name)):
                if opens:
                    self._whose_found[id(e)] = (whose.lower(), one)
                return one, before_it, rest
            before = [t for t in self.parsed.tokens_in(max(0, lo - 600), lo) if not t.is_space]
            if people:
                return None
            if not before:
                break
            hi, lo = lo, self.parsed.start(before[-1].sent[0])
        # "Her lawyer, Alex Spiro, said Ms. Javice would plead not guilty": where no one is found before, the one
        # person the sentence itself names after
        first = found[0]
        toks = self.parsed.tokens_in(first, first + 1)
        if not toks or f"{whose} {rest}".lower() not in toks[0].sent.text.lower():
            return None  # (the sentence that sets the role beside the name)
        end = self.parsed.end(toks[0].sent[-1])
        after = {
            id(m.entity): m.entity
            for m in self.mentions
            if first < m.pos < end and m.entity is not e and m.entity.kind == "person" and _compatible(m.entity, kind)
        }
        if len(after) == 1:
            return next(iter(after.values())), before_it, rest
        return None

    def _kin_by_surname(self, e: Entity, rest: str, kind: str, first: int) -> Entity | None:
        """ "Blase Cupich ... said the pope's family were overjoyed. His brother, John Prevost, told reporters": a
        relative who bears the surname of the one person of this sex named before, in full, is that person's."""
        words = e.name.split()
        if len(words) < 2 or rest.split()[-1].lower() not in _KINSHIP:
            return None
        same = {
            id(m.entity): m.entity
            for m in self.mentions
            if m.pos < first
            and m.entity is not e
            and m.entity.kind == "person"
            and _compatible(m.entity, kind)
            and len(m.entity.name.split()) > 1
            and m.entity.name.split()[-1] == words[-1]
        }
        return next(iter(same.values())) if len(same) == 1 else None

    def _persons_body(self, e: Entity, office: str, noun: str) -> str | None:
        """ "Her party's president" as "president of the National Rally": the body the one person the "her" stands
        for holds a post in, by the name their role gives it, or else "president of Marine Le Pen's party"."""
        owned = self._whose_owner(e)
        if owned is None or owned[1] or owned[0].kind != "person":
            return None
        owner = owned[0]
        name = owner.name
        held = [
            b
            for b in self.items
            if b.kind == "body"
            and b.label == "ORG"
            and re.search(rf"\b{re.escape(b.name)}\b", owner.role or "")
            and self._called(b, noun)
        ]
        if len(held) == 1:
            return f"{office} of {'the ' if self._named_with_the(held[0]) else ''}{held[0].name}"
        return f"{office} of {name}'s {noun}"

    def _root_subject(self, m: _Mention) -> bool:
        """The mention is the subject of its sentence's main verb, which is no verb of saying ("Root, 33, moved
        past Rahul Dravid"; not "..., public defender Shannon S. Quill wrote, Lazar is ...")."""
        toks = self.parsed.tokens_in(m.pos, m.pos + 1)
        if not toks or self.quoted(m.pos):
            return False
        tok = _name_head(toks[0])
        return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and not speech.is_cue(tok.head)

    def _opening_whose(self, e: Entity, whose: str) -> bool:
        """Whether the sentence that first mentions `e` opens with the "her" or "his" of its role."""
        found = self._first_said(e)
        at = self.parsed.tokens_in(found[1], found[1] + 1) if found is not None else []
        return bool(at) and at[0].lower_ == whose.lower() and at[0].i == at[0].sent.start

    def _all_quoted(self, start: int, end: int) -> bool:
        """Whether every word between the offsets is inside quotation marks."""
        words = [t for t in self.parsed.tokens_in(start, end) if t.is_alpha]
        return bool(words) and all(self.quoted(self.parsed.start(t)) for t in words)

    def _served(self, e: Entity, whose: str) -> Entity | None:
        """ "His death was confirmed by his publicist, Arnold Robinson ... his family said": the one someone the
        article brings in as another's ("his publicist", "her lawyer") works for, whose family, office or lawyers a
        "his" or "her" after them are, by the same word."""
        match = _WHOSE.match(e.role or "")
        first = self._first.get(id(e))
        if match is None or match.group(1) or match.group(2).lower() != whose or first is None:
            return None
        if match.group(3).split()[-1].lower() not in _SERVING:
            return None
        served = self.pronoun(first, "m" if whose == "his" else "f", not_of={id(e)})
        return served if served is not None and served.kind == "person" else None

    def _first_said(self, e: Entity) -> tuple[int, int] | None:
        """Where the article first mentions `e`, and where that sentence starts."""
        first = min((m.pos for m in self.mentions if m.entity is e), default=None)
        at = self.parsed.tokens_in(first, first + 1) if first is not None else []
        return (first, self.parsed.start(at[0].sent[0])) if first is not None and at else None

    def _its_owner(self, e: Entity, office: str, noun: str = "") -> str:
        """ "its chair" as "chair of the Norland Federation of Small Businesses": the organisation named last before
        the person's first mention, in the same sentence, is what "its" stands for (left as it is where none is)."""
        role = e.role or ""
        found = self._first_said(e)
        if found is None:
            return role
        first, start = found
        bodies = [
            m
            for m in sorted(self.mentions, key=lambda m: -m.pos)
            if start <= m.pos < first
            and m.entity.kind == "body"
            and m.entity.label == "ORG"
            and m.entity.name not in office.split()  # not "Welsh" of "Its Welsh president", read as a body
        ]
        # "NASA has pushed back its plan after delays to SpaceX's lander, the agency's administrator said": by the
        # word for the body, the one its sentence is about, not one named in passing
        subjects = [m for m in bodies if m.subject] if noun else []
        owned: list[Entity] = []  # the body a "her party" in the sentence before stands for
        body = (subjects or bodies)[0].entity if bodies else None
        if body is None and not noun and office.split()[-1] in _OF_A_TEXT:
            # "A 2023 study by the University of Southampton found ... Its author, Helen Marsh, said": the text
            # the sentence before is about
            text = self._text_before(start)
            if text is not None:
                return f"{office} of {text.name[0].lower()}{text.name[1:]}"
        if body is None:
            body = self._only_body_before(start)
        if body is None and not noun:
            # "The university is facing a deficit of £35m. Its interim principal, ...": the one body the article
            # names that the sentence before is about by its noun ("the University of Dundee")
            body = self._body_subject_called_before(start, first)
        if body is None and not noun:
            described = (
                self._described_subject_before(start)
                or self._one_body_described_before(start)
                or self._one_body_introduced_before(start)
            )
            if described is not None:
                # "Ben & Jerry's independent board, which oversees ..., has clashed with Unilever. Its chair, ...":
                # the body the sentence before is about, by the words it is described with
                return f"{office} of {described}"
        if body is None and noun:
            # "The suit was brought by NetChoice, a trade group whose members include Meta ... the group's director":
            # among the bodies the sentence before names, the one it calls by the noun
            lo = self._sentence_before(start)
            called = self._bodies_called(noun, lo, first) if lo is not None else []
            if not called and lo is not None:
                # "Marine Le Pen, whose far-right National Rally holds ..., said her party would not ...": the one
                # body the sentence before names, where it speaks of someone's party
                called = owned = self._owned_as(noun, lo, start)
            if not called:
                # "Cloudway, the cloud software company, said ... The company's finance chief, Laura Kim,": the one
                # named body the article called so before
                called = self._bodies_called(noun, 0, first, named=True)
            body = called[0] if len(called) == 1 else None
        # (but "NASA is paying SpaceX ... Bill Nelson, the agency's administrator,": a body whose name says no kind,
        # the subject of the sentence before, is the one meant, though the article called another so further back)
        lo = self._sentence_before(start)
        # (not a person's surname read as a body's name: "Mantel, who won the Booker Prize twice, died in 2022")
        meant = body is not None and body.label == "ORG" and not self._someone_called(body.name)
        meant = meant and not {w.lower() for w in body.name.split()} & (_BODY_NOUNS | _INSTITUTIONS)
        meant = meant and any(
            m.entity is body and m.salience >= 2 and lo is not None and lo <= m.pos < start for m in self.mentions
        )
        if body is not None and noun and not meant and not owned and not self._called(body, noun, strictly=True):
            # "Mantel, who won the Booker Prize twice, died in 2022. Rachel Foss, the library's head of ...": the one
            # body the article calls by the noun (the British Library, named before), not one named since that the
            # article never calls so
            called = [b for b in self._bodies_called(noun, 0, first, named=True) if b is not body]
            unrecognised = self._unrecognised_body_called(noun, first) if not called else None
            if unrecognised is not None:
                # (by a name the recogniser saw only a people in: "the British Library")
                return f"{office} of the {unrecognised}"
            body = called[0] if len(called) == 1 else body
        if body is None or (noun and not self._called(body, noun)):
            return role
        named_with_the = self._named_with_the(body)  # "the Federation of ...", "the Gambling Commission"
        # ("the Institute for Fiscal Studies", named by its noun; not "the Action for Smokefree 2025")
        for_a_noun = " for " in body.name and body.name.split()[0].lower() in _BODY_NOUNS | _INSTITUTIONS
        the = "the " if " of " in body.name or for_a_noun or named_with_the else ""
        name = body.name
        if _the_body(body):
            the, name = "the ", name.split(" ", 1)[1]  # "The library workers' union": "the library workers' union"
        if " of " in office or (re.search(r" (?:for|in|to|on) ", office) and " of " not in body.name):
            # "Its humanitarian coordinator for the country": "United Nations' humanitarian coordinator for the
            # country", not "... for the country of the United Nations"; "NetChoice's director of litigation"
            owner = name + ("'" if name.endswith("s") else "'s")
            return f"{the if _the_body(body) else ''}{owner} {office}"
        return f"{office} of {the}{name}"

    def _at_the_body(self, e: Entity, office: str, noun: str) -> str:
        """ "a senior analyst at the firm" as "a senior analyst at Counterpoint Research": the body the sentence
        before names as the one it is about, where the article may call it so (left as it is where there is none)."""
        role = e.role or ""
        found = self._first_said(e)
        body = self._only_body_before(found[1]) if found is not None else None
        if body is None:
            return role
        described = self._described_body(noun, found[1]) if not self._called(body, noun, strictly=True) else None
        if described is not None and isinstance(described[1], str):
            # "Councillor Jenny Lynn, who chairs the committee," after "The council's planning committee voted ...":
            # the committee described so, not Natural England, named last and never called one
            return f"{office} the {described[1]}"
        if not self._called(body, noun):
            return role
        return f"{office} {'the ' if self._named_with_the(body) else ''}{body.name}"

    def _as_written(self, body: Entity) -> str:
        """The body's name inside a phrase, with "the" where the article writes one before it ("the Welsh
        government", "the Constitutional Court"), a description's own "The" in lower case."""
        name = _lower_the(body.name)
        return f"the {name}" if not name.startswith("the ") and self._named_with_the(body) else name

    def _named_with_the(self, body: Entity) -> bool:
        """Whether the article writes "the" before the body's name: "the Gambling Commission", not "the Acme" (nor
        "the Alphabet" of "The Alphabet Workers Union": the name must end there)."""
        return self._written_with_the(body.name)

    def _written_with_the(self, name: str) -> bool:
        """`_named_with_the` for a name (not "The Unite union's members", where "the" is the union's; but initials
        take it: "The GMB union said", "the GMB")."""
        noun = "" if name.isupper() else rf"(?!\s+{_A_BODY_NOUN}\b)"
        the_name = rf"\b[Tt]he {re.escape(name)}\b(?!\s+[A-Z]){noun}"
        return any(re.search(the_name, doc.text) for _, doc in self.parsed.docs)

    def _unrecognised_body_called(self, noun: str, until: int) -> str | None:
        """The one name before `until` that ends in `noun`, capitalised ("the British Library" for "the library"),
        where the recogniser saw no body in it."""
        names = {
            _text(words)
            for tok in self.parsed.tokens_in(0, until)
            if tok.lower_ == noun
            and tok.tag_ == "NNP"
            and tok.i > tok.sent.start
            and tok.ent_type_ not in ("ORG", "PERSON")
            and len(words := _compound_name(tok)) > 1
            and all(t.text[:1].isupper() for t in words)
            and words[0].i > 0
            and words[0].nbor(-1).lower_ == "the"
        }
        return names.pop() if len(names) == 1 else None

    def _bodies_called(self, noun: str, since: int, until: int, named: bool = False) -> list[Entity]:
        """The bodies mentioned between the offsets that the article calls by `noun` (`_called`, strictly); with
        `named`, only those with a name (not "board group" of "the school board group's gathering")."""
        near = {id(m.entity): m.entity for m in self.mentions if since <= m.pos < until}
        return [
            b
            for b in near.values()
            if (
                (
                    b.kind == "body"
                    and (not named or (b.name[:1].isupper() and (b.label == "ORG" or (not b.label and b.speaks))))
                )
                # "..., the EIS union said": a body described by its name before its noun
                or (_the_body(b) and any(w[:1].isupper() for w in b.name.split()[1:]))
            )
            and self._called(b, noun, strictly=True)
        ]

    def _owned_as(self, noun: str, since: int, until: int) -> list[Entity]:
        """The one body named between the offsets, by a name that says no other kind, where the words there speak of
        someone's `noun` ("her party")."""
        owned = any(
            t.lower_ == noun
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in t.children)
            for t in self.parsed.tokens_in(since, until)
        )
        near = {id(m.entity): m.entity for m in self.mentions if since <= m.pos < until and m.entity.label == "ORG"}
        bodies = [b for b in near.values() if b.kind == "body" and self._called(b, noun)]
        return bodies if owned and len(bodies) == 1 else []

    def _called(self, body: Entity, noun: str, strictly: bool = False) -> bool:
        """Whether "the union" can be this body: its name says so ("University of Aberdeen" for "the university"),
        the article calls it so ("The union Aslef", "Working America, a labor-affiliated group"), or its name says
        no kind at all ("NetChoice"); not "Super League" for "the club"."""
        words = {w.lower() for w in body.name.split()}
        if noun in words:
            return True
        if noun == "charity" and words & _CHARITY_NAMES and "nhs" not in words:
            return True  # "Dogs Trust", "the Wellcome Trust": "the charity"
        if noun == "tank" and words & _THINK_TANK_NAMES:
            return True  # "the Institute for Fiscal Studies", "the Resolution Foundation": "the think tank"
        if noun == "group" and words & _GROUP_NAMES:
            return True  # "The Survivors Network of those Abused by Priests", "the Climate Coalition": "the group"
        name = "|".join(re.escape(a) for a in sorted(body.aliases | {body.name}, key=len, reverse=True))
        # (not a clause's subject after a comma: "when using Autopilot, the country's top regulator said")
        said = (
            rf"\b{noun},? (?:the )?(?:{name})\b"
            rf"|\b(?:{name}), (?:a|an|the) [^,.;]{{0,40}}\b{noun}\b(?! (?:said|says|told|added|announced|confirmed))"
        )
        if any(re.search(said, doc.text, re.IGNORECASE) for _, doc in self.parsed.docs):
            return True
        # "..., the country's largest teaching union announced", found to be the Educational Institute of Scotland
        for m in self.mentions:
            word = self.parsed.tokens_in(m.pos, m.pos + 1) if m.entity is body else []
            if word and word[0].lower_ == noun and not self.quoted(m.pos):
                return True
            # (a firm called by its trade is "the company": "AstraZeneca ..., the drugmaker announced")
            trade = word and (word[0].lower_ in FIRM_NOUNS or _a_trade(word[0].lower_))
            if trade and noun in _ANY_FIRM and not self.quoted(m.pos):
                return True
        # (nor "the Senate" for "the party")
        return not strictly and noun not in _NAMED_BY_KIND and not words & (_BODY_NOUNS | _INSTITUTIONS)

    def _surname_owner(self, e: Entity) -> str:
        """ "Mr. Weil's lawyer" as "Jonathan Weil's lawyer", "Luna's lawyer" as "Chancey Luna's lawyer": the one
        person the article names in full with that surname (left as it is where there is none or more than one), as
        "Mr. Padilla's office" is named; not "Thompson's younger brother", where the surname may be any of a family."""
        role = e.role or ""
        match = _SURNAME_OWNER.match(role)
        if match is None:
            return role
        relation = set(match.group(3).lower().split()) & _KINSHIP
        if match.group(1) is None and relation and not self._one_other_of_surname(match.group(2), e):
            # "Thompson's younger brother": in a family, a surname alone may be any of them; unless the article
            # writes no other given name before it than the one named in full ("Marcus Bell ... Bell's sister, Tanya
            # Bell,")
            return role
        full = self._in_full(match.group(2), match.group(1), e)
        return f"{full}'s {match.group(3)}" if full is not None else role

    def _one_other_of_surname(self, surname: str, e: Entity) -> bool:
        """Whether the article writes one given name only, other than `e`'s, before `surname` (a nickname in quotes
        may come between: "Mike 'Sugar Bear' Thompson")."""
        before = rf"\b([A-Z][\w-]+)(?: ['‘“\"][^'’”\"]+['’”\"])? {re.escape(surname)}\b"
        given = {g for _, doc in self.parsed.docs for g in re.findall(before, doc.text) if not _HONORIFIC.match(g)}
        given -= set(e.name.split())
        return len(given) == 1

    def _for_surname(self, e: Entity, words: str) -> str:
        """ "lawyer for Ortiz" as "lawyer for Jamie Ortiz", "spokesman for Mr. Johnson" as "spokesman for Mike
        Johnson": `e`'s role or name, with the one person the article names in full with that surname (left as it is
        where there is none or more than one)."""
        match = _FOR_SURNAME.match(words)
        if match is None:
            return words
        full = self._in_full(match.group(3), match.group(2), e)
        return f"{match.group(1)} {full}" if full is not None else words

    def _in_full(self, surname: str, title: str | None, e: Entity) -> str | None:
        """The one full name, other than `e`'s, of a person the article calls by this surname, of the title's gender
        where it has one."""
        gender = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}.get((title or "").lower())
        full = {
            o.name
            for o in self.items
            if o.kind == "person"
            and o is not e
            and o.name.split()[-1] == surname
            and (gender is None or o.gender == gender)  # "Mrs. Obama" is not Barack Obama, nor anyone not known a woman
        }
        full = {n for n in full if " " in n}
        return full.pop() if len(full) == 1 else None

    def _before_a_noun(self, pos: int) -> bool:
        """A people's word set before a noun ("Scottish" of "The Scottish Conservatives"): a word about the group the
        noun names, no group of its own."""
        toks = self.parsed.tokens_in(pos, pos + 1)
        return bool(toks) and toks[0].dep_ in ("amod", "compound") and toks[0].head.i > toks[0].i

    def _club_taken_up_by_who(self, lo: int, hi: int) -> str | None:
        """The name that is the main subject of the sentence from `lo` to `hi`, where no person's, set off by a clause
        that opens with "who" ("Arsenal, who finished second,"), as a club's is in British usage."""
        toks = self.parsed.tokens_in(lo, hi)
        subject = _main_subject(toks[0].sent) if toks else None
        if (
            subject is None
            or subject.tag_ != "NNP"
            or subject.ent_type_ not in ("", "ORG")
            or self.quoted(self.parsed.start(subject))
            or given_names.is_given(subject.text)
        ):
            return None
        who = any(
            c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
            for c in subject.children
        )
        return _text(_compound_name(subject)) if who else None

    def _their_owner(self, e: Entity) -> str:
        """ "Their leader, Henri Bontenbal," after "... that the Christian Democrats had resisted": the leader of
        the one group or party (a plural name) the sentence before or the person's own sentence names before them;
        left as it is where there is none or more than one."""
        role = e.role or ""
        found = self._first_said(e)
        if found is None:
            return role
        first, start = found
        lo = self._sentence_before(start)
        lo = start if lo is None else lo
        found_in = [
            m
            for m in self.mentions
            if lo <= m.pos < first and m.entity.kind == "body" and (m.entity.plural or m.entity.label == "NORP")
        ]
        if len({id(m.entity) for m in found_in}) > 1:
            # "The Scottish Conservatives said ...": a people's word set before a group's name is no other group
            found_in = [m for m in found_in if not (m.entity.label == "NORP" and self._before_a_noun(m.pos))]
        groups = {id(m.entity): m.entity for m in found_in}
        the = "the "
        if not groups:
            # "Chelsea sacked their manager, Marco Bellini,": a club or a firm, as British usage has it, that is the
            # subject of the person's own sentence; of it by its name alone ("manager of Chelsea")
            the = ""
            groups = {
                id(m.entity): m.entity
                for m in self.mentions
                if start <= m.pos < first and m.entity.kind == "body" and m.entity.label == "ORG" and m.salience == 2
            }
        if not groups:
            # "Former players are suing the governing body ... Their lawyer": people the sentence before is about
            groups = {
                id(m.entity): m.entity
                for m in self.mentions
                if lo <= m.pos < first
                and m.entity.kind == "description"
                and (
                    (m.entity.plural and people_word(m.entity.head.removesuffix("s")))
                    # "A group of junior creditors ... had argued ... Their barrister"
                    or (
                        m.entity.head == "group"
                        and (people := _GROUP_OF_PEOPLE.match(m.entity.name)) is not None
                        and people_word(people.group(1))
                    )
                )
                and m.salience == 2
            }
            the = "the "
        club = self._club_taken_up_by_who(lo, start) if not groups and lo < start else None
        if club is not None:
            # "Arsenal, who finished second ..., congratulated Liverpool. Their manager, Mikel Arteta,": the club the
            # sentence before is about, taken up by "who" as British usage has it
            return f"{role.split(' ', 1)[1]} of {club}"
        if not groups:
            # "Carter's family watched the video ... Their lawyer": the family the sentence before is about
            kin = self._family_before(lo, start)
            if kin is not None:
                return f"{role.split(' ', 1)[1]} of {kin}"
        if not groups:
            # "Opposition lawmakers from Bolsonaro's Liberal Party voted against. Their leader in the chamber": of the
            # party the people the sentence before is about are from
            party = self._party_of_people_before(lo, start)
            if party is not None:
                return f"{role.split(' ', 1)[1]} of {party}"
        if len(groups) != 1:
            return role
        owner = next(iter(groups.values()))
        group = owner.name
        at = next(m.pos for m in self.mentions if lo <= m.pos < first and m.entity is owner)
        word = self.parsed.tokens_in(at, at + 1)
        if owner.kind == "description" and word and not word[0].left_edge.ent_type_:
            group = group[:1].lower() + group[1:]  # "Former players": "the former players" (not "Democratic ...")
        group = re.sub(r"^an? ", "", group)  # "a group of junior creditors": "the group of junior creditors"
        the = "" if group.lower().startswith("the ") else the
        noun = word[0].head if word and word[0].dep_ in ("amod", "compound") else None
        people = noun is not None and noun.tag_ == "NNS" and people_word(noun.lower_.removesuffix("s"))
        if noun is not None and (noun.lower_ in _BODY_NOUNS or people) and noun.i == word[0].i + 1:
            # "The opposition Conservative group voted against. Their leader": of the group, not of "Conservative";
            # "Democratic senators are suing ... Their lawyer": of the senators
            group = _text([t for t in _phrase(noun) if t.i <= noun.i and t.dep_ != "det"])
        return f"{role.split(' ', 1)[1]} of {the}{group}"

    def _party_of_people_before(self, lo: int, start: int) -> str | None:
        """ "the Liberal Party" of "Opposition lawmakers from former President Jair Bolsonaro's Liberal Party voted
        against": the body named as where the people the main verb of the sentence from `lo` to `start` has for its
        subject are from."""
        words = self.parsed.tokens_in(lo, start)
        subject = next(
            (
                t
                for t in words
                if t.dep_ == "nsubj"
                and t.head.dep_ == "ROOT"
                and t.tag_ == "NNS"
                and people_word(t.lower_.removesuffix("s"))
            ),
            None,
        )
        where = (
            next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
            if subject
            else None
        )
        body = next((c for c in where.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"), None) if where else None
        ent = _entity_at(body) if body is not None else None
        if ent is None or ent.end - 1 != body.i:
            return None
        name = _text(_trim_det(list(ent)))
        return f"the {name}" if self._written_with_the(name) or name.split()[-1].lower() in _BODY_NOUNS else name

    def _family_before(self, lo: int, start: int) -> str | None:
        """ "Carter's family", "the victim's parents": a family named by whose it is, the subject of the main verb of
        the sentence from `lo` to `start`."""
        words = self.parsed.tokens_in(lo, start)
        root = next((t for t in words if t.dep_ == "ROOT"), None)
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
        if subj is None or subj.lower_ not in _FAMILIES or not any(c.dep_ == "poss" for c in subj.children):
            return None
        owner = next(c for c in subj.children if c.dep_ == "poss")
        if owner.tag_ == "PRP$":
            return None  # "His family": whose, the sentence does not say
        return _text([t for t in _phrase(subj) if t.i <= subj.i])

    def _subject_body_before(self, pos: int) -> Entity | None:
        """The named organisation that is the main subject of the sentence before the one at `pos`, where that
        sentence names no other body or person."""
        here = self.parsed.tokens_in(pos, pos + 1)
        if not here:
            return None
        start = self.parsed.start(here[0].sent[0])
        lo = self._sentence_before(start)
        if lo is None:
            return None
        named = {
            id(m.entity): m
            for m in self.mentions
            if lo <= m.pos < start
            and m.entity.kind in ("person", "body", "description")
            and m.entity.label not in ("GPE", "LOC", "NORP")  # "Ukraine's largest private energy company, DTEK,"
        }
        # (or the main subject among bodies and things named in passing: "The British Museum, which holds the
        # largest collection of Benin Bronzes in the world, is prevented by law ...")
        main = [m for m in named.values() if m.salience >= 2]
        if len(named) > 1 and len(main) == 1 and all(m.entity.kind != "person" for m in named.values()):
            named = {id(main[0].entity): main[0]}
        if len(named) != 1:
            return None
        m = next(iter(named.values()))
        # (or a body the article calls by its noun: "The Welsh government says ...")
        body = m.entity.label == "ORG" or (m.entity.kind == "description" and m.entity.head in _BODY_NOUNS)
        return m.entity if body and m.salience >= 2 and not m.entity.plural else None

    def _subject_noun_before(self, pos: int) -> Entity | None:
        """ "The province pays compensation ... A spokeswoman said": the body or place the sentence before is about,
        by its noun, where it names no one and nothing else that speaks."""
        here = self.parsed.tokens_in(pos, pos + 1)
        start = self.parsed.start(here[0].sent[0]) if here else None
        lo = self._sentence_before(start) if start is not None else None
        if lo is None or any(lo <= m.pos < start for m in self.mentions if m.entity.kind != "body"):
            return None
        root = self.parsed.tokens_in(lo, lo + 1)[0].sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if (
            subj is None
            or subj.tag_ != "NN"
            or subj.lower_ not in _PLACE_NOUNS | _BODY_NOUNS
            or people_word(subj.lower_)
            or [c.lower_ for c in subj.children] != ["the"]
            or any(lo <= m.pos < start and m.entity.label in ("ORG", "PERSON") for m in self.mentions)
        ):
            return None
        found = self._resolve(subj, self.parsed.start(subj), guess=False)
        return found if found is not None and found.kind in ("body", "description") else None

    def _sentence_before(self, start: int) -> int | None:
        """Where the sentence before the one at `start` begins, in the paragraph before where that one opens a
        paragraph; None at the article's start."""
        words = [t for t in self.parsed.tokens_in(max(0, start - 600), start) if not t.is_space]
        return self.parsed.start(words[-1].sent[0]) if words else None

    def _law_subject_before(self, start: int) -> Span | None:
        """The bill or law named as the main subject of the sentence before the one at `start`."""
        lo = self._sentence_before(start)
        toks = self.parsed.tokens_in(lo, lo + 1) if lo is not None else []
        if not toks:
            return None
        root = toks[0].sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in _LAWS or subject.tag_ not in ("NN", "NNP"):
            return None
        first = subject.left_edge
        if any(t.dep_ not in ("det", "compound", "amod") for t in subject.doc[first.i : subject.i]):
            return None  # a name and the words before it only: "The Treaty Principles Bill", "the bill"
        return subject.doc[first.i : subject.i + 1]

    def _text_before(self, start: int) -> Entity | None:
        """The one study, report or other text the sentence before names as its main subject."""
        lo = self._sentence_before(start)
        if lo is None:
            return None
        texts = {
            id(m.entity): m.entity
            for m in self.mentions
            if lo <= m.pos < start
            and m.entity.kind == "description"
            and m.entity.head in DOCUMENT_NOUNS
            and any(
                _name_head(t).dep_ == "nsubj" and _name_head(t).head.dep_ == "ROOT"
                for t in self.parsed.tokens_in(m.pos, m.pos + 1)
            )
        }
        return next(iter(texts.values())) if len(texts) == 1 else None

    def _body_subject_called_before(self, start: int, until: int) -> Entity | None:
        """ "The court has 180 days to make its decision. Its chief justice said": the one named body, before `until`,
        the article calls by the noun that the sentence before the one at `start` has for its subject ("the
        Constitutional Court"); by its head where more have the word (not the "University and College Union" for
        "the university")."""
        the = self._body_noun_subject_before(start)
        called = self._bodies_called(the, 0, until, named=True) if the else []
        called = [b for b in called if b.head == the] or called
        return called[0] if len(called) == 1 else None

    def _body_noun_subject_before(self, start: int) -> str:
        """The noun for a body that is the main subject of the sentence before, with "the" alone before it ("The
        university is facing a deficit"); empty where there is none."""
        lo = self._sentence_before(start)
        subject = _main_subject(self.parsed.tokens_in(lo, lo + 1)[0].sent, passive=True) if lo is not None else None
        if subject is None or subject.tag_ != "NN" or subject.lower_ not in _BODY_NOUNS:
            return ""
        if [c.lower_ for c in subject.children if c.i < subject.i] != ["the"]:
            return ""
        return subject.lower_

    def _whole_sentence_before(self, start: int) -> Span | None:
        """The sentence before the one at `start`, where it ends before it (not one the parse runs on into it)."""
        lo = self._sentence_before(start)
        if lo is None:
            return None
        sent = self.parsed.tokens_in(lo, lo + 1)[0].sent
        return sent if self.parsed.start(sent[-1]) < start else None

    def _one_body_described_before(self, start: int) -> str | None:
        """ "Most of the passengers were members of a pensioners' social club in Plympton. Its secretary, ...": the
        one body the sentence before describes with "a" and words of its own, naming none, as "the" one."""
        lo = self._sentence_before(start)
        if lo is None or any(lo <= m.pos < start and m.entity.label == "ORG" for m in self.mentions):
            return None
        sent = self._whole_sentence_before(start)
        if sent is None:
            return None
        found = [
            t
            for t in sent
            if t.tag_ == "NN"
            and t.lower_ in _BODY_NOUNS
            and t.left_edge.lower_ in ("a", "an")  # (its "a" may be read as its owner's: "a pensioners' club")
            and (_modified(t) or any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children))
        ]
        if len(found) != 1 or self.quoted(self.parsed.start(found[0])):
            return None
        named = found[0].head if found[0].dep_ == "appos" else None
        # (a name in -s may be tagged as a plural; not a word for people: "Residents, a group of 40 families,")
        capitalised = named is not None and named.text[:1].isupper() and not people_word(named.lower_.rstrip("s"))
        if capitalised and named.tag_ in ("NNP", "NNPS", "NNS") and named.i < found[0].i:
            # "Moneyfacts, a financial information company, said ... Its finance expert": the body by its name, which
            # the recogniser missed
            return _text(_compound_name(named))
        phrase = [t for t in _phrase(found[0]) if t.i != found[0].left_edge.i]
        return "the " + _text(phrase) if phrase else None

    def _one_body_introduced_before(self, start: int) -> str | None:
        """ "..., according to an estimate by Anderson Economic Group, a consulting firm in Michigan. Its chief
        executive, ...": the one body the sentence before names and says what it is with "a" and a body's noun, as
        it is written (a name inside a description, which the speakers' table keeps whole)."""
        sent = self._whole_sentence_before(start)
        if sent is None:
            return None
        names = [
            ent
            for t in sent
            if t.dep_ == "appos"
            and t.tag_ == "NN"
            and t.lower_ in _BODY_NOUNS
            and t.left_edge.lower_ in ("a", "an")
            and not self.quoted(self.parsed.start(t))
            and (ent := self._ent_of.get((id(t.doc), t.head.i))) is not None
            and ent.label_ == "ORG"
        ]
        if len(names) != 1:
            return None
        return _lower_the(names[0].text)

    def _unrecognised_name_of_body(self, subject: Token) -> str | None:
        """ "the Co-op" of "The Co-op, which was hit by a similar attack, said last week that ...": the subject of a
        verb of saying, in capitals after "the" inside the sentence, which the recogniser saw as no name and which is
        no word for a person."""
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        if not the or not subject.text[:1].isupper() or subject.i == subject.sent.start or subject.ent_type_:
            return None
        lo, at = self.parsed.start(subject.left_edge), self.parsed.start(subject)
        found = next((m.entity for m in self.mentions if lo <= m.pos <= at and m.entity.head == subject.lower_), None)
        if found is None or found.kind != "description" or people_word(subject.lower_):
            return None
        if not speech.is_cue(subject.head) or subject.dep_ != "nsubj":
            return None
        return _lower_the(found.name)

    def _described_subject_before(self, start: int) -> str | None:
        """The main subject of the sentence before, where it is a body described by a name it belongs to ("Ben &
        Jerry's independent board"): that description, without its "the"."""
        lo = self._sentence_before(start)
        if lo is None:
            return None
        subject = _main_subject(self.parsed.tokens_in(lo, lo + 1)[0].sent)
        named = self._unrecognised_name_of_body(subject) if subject is not None else None
        if named is not None:
            return named
        if subject is None or subject.tag_ != "NN" or subject.lower_ not in _BODY_NOUNS:
            return None
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None:
            # (or by a party or a people it belongs to: "The Conservative group will choose a new leader")
            party = any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "ORG") for c in subject.children)
            # (or by a name the recogniser missed: "The Vereinigung Cockpit union called the walkout")
            named = any(c.dep_ == "compound" and c.tag_ == "NNP" and not c.ent_type_ for c in subject.children)
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            if (party or named) and the:
                phrase = [t for t in _phrase(subject) if t.i <= subject.i]
                return "the " + _text([t for t in phrase if t.dep_ != "det"])
            # (or by what "the panel" there was found to be: "cleared by a disciplinary panel. The panel found ...
            # Its chair, Gillian Fox,")
            at = self.parsed.start(subject)
            found = next((m.entity for m in self.mentions if m.pos == at), None) if the else None
            if found is not None and found.kind == "description" and found.head == subject.lower_:
                words = found.name.split()
                return "the " + " ".join(words[1:] if words[0].lower() in ("a", "an", "the") else words)
            return None
        if owner.ent_type_ != "ORG":
            return None
        return _text(_phrase(subject))

    def _the_one_force(self) -> Entity | None:
        """The one police force the article names ("Merseyside Police", "the Metropolitan Police Service")."""
        forces = [
            e
            for e in self.items
            if e.kind == "body"
            and e.label == "ORG"
            and " " in e.name
            and re.search(r"\b(?:Police|Constabulary)(?: (?:Service|Department|Force))?$", e.name)
        ]
        return forces[0] if len(forces) == 1 else None

    def _only_body_before(self, start: int) -> Entity | None:
        """ "..., the Lakeshore Education Association said. Its president, Dolores Whitaker, said ...": the one
        organisation the sentence before names, where the sentence with "its" names none (the sentence's subject,
        where it names a place or another thing too)."""
        lo = self._sentence_before(start)
        for _ in range(2):
            # past sentences all in quotation marks: '"Every winter the fields flood. Now they want to build on
            # them," said its chairman', after "Campaign group Save Little Hadham ... said ..."
            words = (
                [t for t in self.parsed.tokens_in(lo, start) if not (t.is_punct or t.is_space)]
                if lo is not None
                else []
            )
            if not words or not all(self.quoted(self.parsed.start(t)) for t in words):
                break
            start, lo = lo, self._sentence_before(lo)
        if lo is None:
            return None
        hi = start
        # people named beside it are no "it" ("The trust apologised to Ms Hale. Its chief executive ...")
        # nor a body someone came from ("Mori joined from Yokohama F. Marinos in January. The club's director")
        # nor the place a body is based in ("Amplify Energy, a Houston-based company. Its chief executive")
        things = {
            id(m.entity): m.entity
            for m in self.mentions
            if lo <= m.pos < hi
            and m.entity.kind != "person"
            and not self._come_from(m.pos)
            and not any(_base_of(t) for t in self.parsed.tokens_in(m.pos, m.pos + 1))
            # nor a people's adjective ("The Bavarian sister party, the CSU, also backs the deal. Its leader")
            and not any(t.tag_ == "JJ" and t.ent_type_ == "NORP" for t in self.parsed.tokens_in(m.pos, m.pos + 1))
            # nor the place whose body it is, named with it ("Nigeria's National Commission for Museums and
            # Monuments. Its director general")
            and not any(_place_owning_body(t) for t in self.parsed.tokens_in(m.pos, m.pos + 1))
            # nor whom someone spoke to ("she told BBC Radio 4's Today programme. ... The council's leader")
            and not any(_addressed(t) for t in self.parsed.tokens_in(m.pos, m.pos + 1))
        }
        # a body the recogniser missed counts where it speaks ("Save LBI, the group that brought the case, said")
        orgs = [
            b
            for b in things.values()
            # (or a name read as a place's that speaks: "Milan said in a statement ... The Italian club's sporting
            # director")
            if (b.kind == "body" and (b.label == "ORG" or (b.label in ("", "GPE") and b.speaks and not b.plural)))
            or _the_body(b)  # "The library workers' union called the vote ... Its branch secretary"
            or _owned_body(b)  # "Israel's military said ... Its spokesman"
            # (or a place the sentence is about: "The Vatican did not explain the arrangement. Its spokesman")
            or (
                b.kind == "body"
                and b.label in ("GPE", "FAC")
                and not b.plural
                and any(
                    _main_subject_or_its_body(_name_head(t))
                    for m in self.mentions
                    if m.entity is b and lo <= m.pos < hi
                    for t in self.parsed.tokens_in(m.pos, m.pos + 1)
                )
            )
        ]
        # (a study or a survey it reports is no "it" with officers: "A survey found ..., according to the charity
        # Action for Smokefree 2025. Its director, Ben Youdan, said")
        texts = [b for b in things.values() if b.kind == "description" and b.head in DOCUMENT_NOUNS]
        if len(orgs) == 1 and len(things) - len(texts) == 1:
            if self._described_subject_before(start) is not None and all(
                t.dep_ == "compound" and t.head.tag_ == "NNS"
                for m in self.mentions
                if m.entity is orgs[0] and lo <= m.pos < hi
                for t in self.parsed.tokens_in(m.pos, m.pos + 1)
            ):
                # "The Vereinigung Cockpit union, which represents 5,000 Lufthansa pilots, called the walkout. Its
                # president": the body the sentence is about, not one named to say whose its members are
                return None
            return orgs[0]
        # among other bodies and places, the one the sentence is about: its main subject
        subjects: list[Entity] = []
        # (past a word that owns the rest of the name, where no subject is found without: "The Musicians' Union")
        for head_of in (_name_head, _owned_name_head):
            subjects = subjects or [
                b
                for b in orgs
                if any(
                    _main_subject_or_its_body(head_of(t))
                    for m in self.mentions
                    if m.entity is b and lo <= m.pos < hi
                    for t in self.parsed.tokens_in(m.pos, m.pos + 1)
                )
            ]
        if len(subjects) == 2 and subjects[0].name in subjects[1].name.split(" ", 1)[-1].split():
            subjects = subjects[:1]  # "The GMB union said": "GMB" and "The GMB union", one body
        return subjects[0] if len(subjects) == 1 else None

    def _come_from(self, pos: int) -> bool:
        """The name at `pos` is where someone or something came from: the object of a "from" a verb takes."""
        toks = self.parsed.tokens_in(pos, pos + 1)
        head = _name_head(toks[0]) if toks else None
        return (
            head is not None
            and head.dep_ == "pobj"
            and head.head.lower_ == "from"
            and head.head.head.tag_.startswith("VB")
        )

    def _nicknamed(self, tok: Token) -> str | None:
        """The full name around a nickname in quotation marks: "Daniel 'Bricks' Moran" for Moran or for Daniel,
        where the recogniser saw the name in two pieces."""
        text = tok.doc.text
        before = _NICKNAME_BEFORE.search(text[max(0, tok.idx - 60) : tok.idx])
        after = _NICKNAME_AFTER.match(text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 60])
        if before is not None:
            given, nick, surname = before.group(1), before.group(2), tok.text
        elif after is not None:
            given, nick, surname = tok.text, after.group(1), after.group(2)
        else:
            return None
        lower = self._lower
        if self._title_word(given) or _HONORIFIC.match(given) or given.lower() in lower or surname.lower() in lower:
            return None  # "Senator 'Big' Lund", "the 'Tiny' Lund family"
        return f"{given} {nick} {surname}"  # both pieces may take it: people with one full name are one person

    # --- roles and gender ------------------------------------------------------------------------

    def _genders(self) -> None:
        """Gender from titles, gendered role words, then the pronouns that follow a person as subject."""
        votes: dict[int, list[int]] = {}
        for m in self.mentions:
            e = m.entity
            if e.kind != "person" or e.gender:
                continue
            e.gender = role_gender(e.role)
            if e.gender and not _shared_title(e.role):
                continue
            v = votes.setdefault(id(e), [0, 0])
            g = self._pronoun_after(m)
            if g is not None:
                v[0 if g == "m" else 1] += 2
            g = self._next_pronoun(m) if m.subject else None
            if g is not None:
                v[0 if g == "m" else 1] += 1
        for e in self.items:
            if e.kind == "person" and _shared_title(e.role) and id(e) in votes:
                # "Alderman Judith Bokhove ... she said": the pronouns over the title, which says "man" of anyone
                # (a "she" that takes the person up, not a "her" the next 250 characters happen to hold: "Downing
                # Street declined to say who would replace her")
                m, f = votes[id(e)]
                e.gender = "f" if f > m and f >= 2 else e.gender
            elif e.kind == "person" and not e.gender and id(e) in votes:
                m, f = votes[id(e)]
                e.gender = "m" if m > f else "f" if f > m else None
                e.guessed = e.gender is not None
        for e in self.items:
            if e.kind == "person" and (not e.gender or e.guessed):
                # "Catherine Moore": where no title or role word tells, the gender nearly everyone with the given
                # name has rules out the pronouns of the other; and outweighs the pronouns that happen to follow
                # ("Marcus Rojo was ordered to pay her")
                e.name_gender = _given_name_gender(e.name)
                if e.guessed and e.name_gender not in (e.gender, None):
                    e.gender, e.guessed = None, False

    def _next_pronoun(self, m: _Mention) -> str | None:
        """The first he, she, his or her after a mention (outside quotes), before another person is named: a
        weaker sign ("Ana Ruiz knows Tom Hale, who has him ..." says nothing of her)."""
        if self._named_first(m):
            return None
        others = {n.pos for n in self.mentions if n.entity is not m.entity and n.entity.kind == "person"}
        at = self.parsed.tokens_in(m.pos, m.pos + 1)
        named = _name_head(at[0]) if at else None
        for tok in self.parsed.tokens_in(m.pos, m.pos + 250):
            pos = self.parsed.start(tok)
            if pos > m.pos and pos in others:
                return None
            if tok.tag_ not in ("PRP", "PRP$") or self.quoted(pos):
                continue
            if named is not None and (_in_clause_of_another(tok, named) or _object_of_own_verb(tok, named)):
                continue
            if tok.lower_ in ("he", "him", "his"):
                return "m"
            if tok.lower_ in ("she", "her"):
                return "f"
        return None

    def _named_first(self, m: _Mention) -> bool:
        """Another person is named earlier in the mention's sentence ("To Ana Ruiz, Tom Hale is the man who saved
        her farm. She ..."): the pronouns that follow may take up either."""
        toks = self.parsed.tokens_in(m.pos, m.pos + 1)
        if not toks:
            return False
        start = self.parsed.start(toks[0].sent[0])
        return any(
            start <= n.pos < m.pos and n.entity is not m.entity and n.entity.kind == "person" for n in self.mentions
        )

    def _pronoun_after(self, m: _Mention, subjects_only: bool = False) -> str | None:
        """The gender of the he/she that next takes up a person named as a main subject: the subject of the
        next sentence, or a his/her later in the same sentence with no other person named between (with
        `subjects_only`, a he/she subject there instead: "Ann Lee, his rival, said that she ...")."""
        if m.salience < 2 or self._named_first(m):
            return None
        toks = self.parsed.tokens_in(m.pos, m.pos + 1)
        if not toks:
            return None
        sent = toks[0].sent
        named = _name_head(toks[0])
        others = {n.pos: n.entity.kind == "person" for n in self.mentions if n.entity is not m.entity}
        told: str | None = None
        for tok in sent:
            pos = self.parsed.start(tok)
            if pos <= m.pos or self.quoted(pos) or _in_clause_of_another(tok, named):
                continue
            if pos in others:
                if others[pos]:
                    return None  # "Lee said Ana Ruiz had not spoken. She ...": she may be either
                break
            if tok.dep_ in _SUBJECT and tok.tag_ == "NN" and people_word(tok.lower_):
                return None  # "Edison said ..., after a resident told reporters that he ...": the resident's he
            # a possessive or a reflexive; not "her" as an object, which is as little a sign as "him" ("Hugh
            # Brasher said organisers had kept the line open for her")
            if not subjects_only and (
                (tok.lower_ in ("his", "her") and tok.tag_ == "PRP$") or tok.lower_ in ("himself", "herself")
            ):
                if _told_of_another(tok, named):
                    # "Insp Lee Bell said the force was concerned for her welfare": maybe the missing woman's; the
                    # he or she that takes up the speaker next says more
                    told = told or ("m" if tok.lower_ in ("his", "himself") else "f")
                    continue
                return "m" if tok.lower_ in ("his", "himself") else "f"
            if subjects_only and tok.lower_ in ("he", "she") and tok.dep_ in _SUBJECT:
                return "m" if tok.lower_ == "he" else "f"
        nxt = sent.doc[sent.end].sent if sent.end < len(sent.doc) else None
        if told and nxt is not None and all(self.quoted(self.parsed.start(t)) for t in nxt if not t.is_punct):
            # (past a quoted sentence, to the cue of the quote: '"Ellie's disappearance is out of character.
            # Somebody knows something," he said')
            nxt = sent.doc[nxt.end].sent if nxt.end < len(sent.doc) else None
        if nxt is not None:
            subj = _main_subject(nxt)
            if subj is not None and subj.lower_ in ("he", "she") and not self.quoted(self.parsed.start(subj)):
                return "m" if subj.lower_ == "he" else "f"
        return told

    # --- resolving a speaker phrase --------------------------------------------------------------

    def resolve(self, head: Token, cue_pos: int, guess: bool = True) -> Entity | None:
        """The entity a speech event's subject refers to, or None (first person, unresolved pronoun). Without
        `guess`, a description that nothing earlier was called ("the size of the fine") is not taken for
        someone already in the story."""
        head = _whose_named(head) or head
        pos = self.parsed.start(head)
        entity = self._pair(head, pos, guess) or self._resolve(head, pos, guess)
        if entity is not None:
            entity.speaks = True
            if (
                entity.kind == "person"
                and _no_given_name(entity.name)
                and entity.role is None
                and entity.title is None
                and entity.gender is None
                and _says_of_itself(head)
            ):
                # "Stagecoach said it was pleased", "Hellas Verona said it condemned the chanting", the name read as a
                # person's: one that speaks of itself as "it"
                entity.kind, entity.label, entity.head = "body", "ORG", entity.name.lower()
                entity = self._shortened_body(entity)
            elif (
                entity.kind == "description"
                # (or a noun in capitals inside the sentence, which the tagger did not see as a name's: "U.S.
                # Figure Skating said in a statement that it was devastated")
                and (head.tag_ == "NNP" or (head.tag_ == "NN" and head.text.istitle() and head.i != head.sent.start))
                and not head.text.isupper()  # (initials are a body's already: "The RSPCA said")
                and not people_word(head.lower_)
                and head.lower_ not in _BODY_NOUNS | _INSTITUTIONS  # not "The UAE foreign ministry", one already
                and entity.role is None
                and _says_of_itself(head)
            ):
                # "The Co-op said later that it had also been hit": a name the recogniser missed, after "the", that
                # speaks of itself as "it" (named without the article, as the recogniser names bodies)
                entity.kind, entity.label = "body", "ORG"
                entity.name = re.sub(r"^[Tt]he ", "", entity.name)
            if entity.kind == "description" and head.lower_ in _SPOKESPEOPLE:
                self._spoken_for(head)
            if entity.kind == "person" and entity.role is None:
                # "Mikel Arteta has insisted ... the Arsenal manager said": the post a description gives the person
                # it stands for, where nothing else gives one
                entity.role = _post_described(head)
            if (
                entity.kind == "person"
                and (entity.gender is None or entity.guessed)
                and role_gender(entity.role)
                and not _shared_title(entity.role)
            ):
                # a role found only now ("The woman's sister, Ruth Oakes, said") outweighs the pronoun guess
                entity.gender, entity.guessed = role_gender(entity.role), False
            self._mention(pos, entity, max(1, _salience(head)))
        return entity

    def _shortened_body(self, e: Entity) -> Entity:
        """ "Elliott said in a statement", after "Elliott Management, which has built a large stake,": a one-word
        name found to be a body's is the one body named before whose name it begins."""
        if " " in e.name:
            return e
        bodies = [
            b
            for b in self.items
            if b is not e and b.kind == "body" and b.label == "ORG" and b.name.split()[0] == e.name and " " in b.name
        ]
        if len(bodies) != 1:
            return e
        body = bodies[0]
        self._fold(e, body)
        body.speaks = body.speaks or e.speaks
        return body

    def _fold(self, gone: Entity, into: Entity) -> None:
        """Make `gone`, found to be `into` under another name, one with it: its mentions, names and first mention."""
        for m in self.mentions:
            if m.entity is gone:
                m.entity = into
        into.aliases |= gone.aliases
        if id(gone) in self._first:
            self._first[id(into)] = min(self._first.get(id(into), self._first[id(gone)]), self._first[id(gone)])
        self.items.remove(gone)

    def _spoken_for(self, head: Token) -> None:
        """ "A spokesperson for Greggs said" after "Greggs admitted ...", the one word read as a person's name with no
        given name, title, role or pronoun of a person's: a body, which has a spokesperson."""
        for_ = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        name = next((c for c in for_.children if c.dep_ == "pobj" and c.tag_ == "NNP"), None) if for_ else None
        if name is None or any(c.dep_ in ("compound", "amod", "poss") for c in name.children):
            return
        for e in self.items:
            if (
                e.kind == "person"
                and e.name == name.text
                and e.role is None
                and e.title is None
                and e.gender is None
                and not e.guessed
            ):
                e.kind, e.label, e.head = "body", "ORG", e.name.lower()
                self._spoken_for_bodies.append(e)

    def _pair(self, head: Token, pos: int, guess: bool) -> Entity | None:
        """ "Dr Melissa Ryan and Dr Ross Nieuwoudt, co-chairs of ..., said in a joint statement": two people named
        as one subject, who both say it; one speaker, the two of them by their names, with the post they share
        (also set before them: "co-chief executives Ted Sarandos and Greg Peters said")."""
        named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")), None)
        post = (
            head
            if head.tag_ == "NNS"
            and named is not None
            and (named.ent_type_ == "ORG" or people_word(head.lower_.removesuffix("s")))
            else None
        )
        head = named if post is not None else head
        if head.ent_type_ not in ("PERSON", "ORG"):
            return None
        joined = [c for c in head.children if c.dep_ == "conj"]
        joiner = head
        described = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
        if not joined and head.ent_type_ == "PERSON" and described is not None:
            # "Anna Berg, the director of national intelligence, and John Hale, the director of the agency,": the
            # second name joined to the first one's post
            second = _second_person_joined(described)
            joined, joiner = ([second], described) if second is not None else (joined, joiner)
        if not joined and head.ent_type_ == "PERSON":
            # "Rand Paul of Kentucky and Tommy Tuberville of Alabama", the second name joined to the first's place
            place = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children), None)
            if place is not None and place.ent_type_ == "GPE":
                joined = [c for c in place.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
                joiner = place
        other = joined[0] if len(joined) == 1 else None
        # (a second name the recogniser missed, set beside a word for people with the first: "The ministers, Maris
        # Sangiampongsa of Thailand and Prak Sokhonn of Cambodia,")
        unrecognised = (
            other is not None
            and not other.ent_type_
            and post is not None
            and head.ent_type_ == "PERSON"
            and people_word(post.lower_.removesuffix("s"))
            and len(name := _compound_name(other)) > 1
            and _person_shaped([t.text for t in name])
            and all(t.tag_ == "NNP" for t in name)
        )
        # (or a person's name the recogniser took for a body's, which the names resolve as: "Tulsi Gabbard, ..., and
        # John Ratcliffe, ..., told")
        misread = other is not None and {other.ent_type_, head.ent_type_} == {"PERSON", "ORG"}
        if other is None or (other.ent_type_ != head.ent_type_ and not unrecognised and not misread):
            return None
        if any(c.dep_ == "conj" for c in other.children):
            return None
        # (the "and" hung on the first one's place: "Maris Sangiampongsa of Thailand and Prak Sokhonn of Cambodia")
        places = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        ands = [c for t in (joiner, *places) for c in t.children if c.dep_ == "cc" and c.lower_ == "and"]
        if not any(head.i < c.i < other.i for c in ands):
            return None
        first = self._resolve(head, pos, guess)
        if unrecognised:
            at = self.parsed.start(_compound_name(other)[0])
            second = self._person(_text(_compound_name(other)), at)
            self._mention(at, second, _salience(other))
        else:
            second = self._resolve(other, self.parsed.start(other), guess)
        if first is None or second is None or first is second or first.kind != second.kind:
            return None
        if first.kind == "body":
            # "The operators, APM Terminals and Hutchison Ports ECT, said in a joint statement": two bodies named
            # after the word for both, which say it together
            entity = self._body(
                f"{first.name} and {second.name}",
                plural=True,
                # (by a word for bodies, that they may hold views: "groups", where the one before them is none)
                head=post.lower_ if post is not None and post.lower_.removesuffix("s") in _BODY_NOUNS else "groups",
                kind="description",
            )
            entity.role = (
                entity.role
                or (
                    _text([t for t in post.subtree if t.i < head.left_edge.i and t.dep_ not in ("det", "punct")])
                    if post is not None
                    else None
                )
                or None
            )
            return entity
        if first.kind != "person":
            return None
        one, two = first.name.split(), second.name.split()
        # (one surname for both where they share it: "Sarah and James Whitfield")
        shared_surname = len(one) > 1 and len(two) > 1 and one[-1] == two[-1]
        name = f"{' '.join(one[:-1]) if shared_surname else first.name} and {second.name}"
        entity = self._body(name, plural=True, head="people", kind="description")
        shared = next((c for t in (other, head) for c in t.children if c.dep_ == "appos" and c.tag_ == "NNS"), None)
        if shared is not None and entity.role is None:
            entity.role = _text([t for t in shared.subtree if t.dep_ != "det"]) or None
        if post is not None and entity.role is None:
            words = [t for t in post.subtree if t.i < head.left_edge.i and t.dep_ not in ("det", "punct", "nummod")]
            entity.role = _text(words) or None
        return entity

    def mention(self, head: Token | None) -> tuple[int, int] | None:
        """Article offsets of the phrase a speaker is named by at a cue: "a spokeswoman for the hotels", without
        what follows it ("who ...", an appositive)."""
        if head is None:
            return None
        words = _phrase(head)
        return self.parsed.start(words[0]), self.parsed.end(words[-1])

    def _resolve(self, head: Token, pos: int, guess: bool = True) -> Entity | None:
        low = head.lower_
        if speech.one_of_them(head) or speech.some_of_them(head):  # before pronouns: "One" may be read as one
            found = self._one_of(head)
            if found is None and low in ("majority", "minority") and any(c.lower_ == "the" for c in head.children):
                # "the majority wrote", with no group named before it of which it is the most: a court's majority
                return self._description(head, pos, guess)
            return found
        force = self._the_one_force() if low == "police" and _bare_police(head) else None
        if force is not None:
            return force  # "the police said", "Police had said", after "Merseyside Police said": that force
        if head.tag_ in ("PRP", "PRP$"):
            # (or whose: "his videos denouncing corruption", where the one whose work it is speaks)
            kind = _PRONOUN.get(low) or (_OWNER_PRONOUN.get(low) if head.dep_ == "poss" else None)
            if kind in ("m", "f"):
                owner = _whose_relative_clause(head)
                if owner is not None:
                    # "Morales, who faces a warrant in a case that he says is politically motivated": Morales
                    found = self._resolve(owner, self.parsed.start(owner), guess)
                    if found is not None and found.kind == "person" and found.gender in (kind, None):
                        return found
                teller = _teller(head)
                if teller is not None:  # "Dr. Ray Lowe told the Post that he doubts ...": he is Lowe
                    told = self._resolve(teller, self.parsed.start(teller), guess)
                    if told is not None and told.kind == "person" and told.gender in (kind, None):
                        return told
                # "She said she had called Okonkwo to congratulate her": a pronoun is never someone its own clause
                # goes on to call by name
                # '"She sang to the end," she said' after "Rowan died ..., her daughter Clara said": one who speaks
                # of a woman as "she" is not that woman; the one who told the sentence before, before its subject
                teller = _spoken_of_as(head)
                adding = head.dep_ == "nsubj" and head.head.lower_ in ("added", "adds")  # "She added:": who spoke on
                not_of = self._named_in_what_is_said(head) | self._asker(head, kind)
                return self.pronoun(pos, kind, not_of=not_of, teller=teller, adding=adding)
            if kind == "n":
                where = _document_it_is_in(head)
                if where is not None:  # "On the project's website it states: ...": the website
                    return self._description(where, self.parsed.start(where), guess)
            if kind == "pl":
                owner = _represented(head)
                if owner is not None:  # "The family's solicitor said they hoped ...": the family
                    return self._resolve(owner, self.parsed.start(owner), guess)
                group = next(iter(_tellers(head)), None)
                if group is not None and (
                    group.tag_ in ("NNS", "NNPS") or group.ent_type_ in ("ORG", "NORP") or group.lower_ in _COLLECTIVE
                ):
                    # "Counter-terrorism police led the inquiry, but the Metropolitan Police later said they did not
                    # believe ...": the group that says it, not the first clause's subject
                    found = self._resolve(group, self.parsed.start(group), guess)
                    if found is not None and found.kind != "person":
                        return found
            if kind in ("n", "pl"):
                subject = _acting_on_what_it_says(head, plural=kind == "pl") or _clause_subject(
                    head, plural=kind == "pl"
                )
                if subject is not None:  # "The law ... bans what it describes as ..."
                    # (or the two people named as its subject: "Derek Young and Aisha Patel said they supported
                    # limits but thought ...")
                    at = self.parsed.start(subject)
                    found = (self._pair(subject, at, True) if kind == "pl" else None) or self._resolve(subject, at)
                    if kind == "n" and found is not None and found.kind == "person":
                        # "Zamora founded the newspaper elPeriódico. It closed last year, citing ...": "it" is never
                        # the person the recogniser took for a body; the body that person's verb acted on, if any
                        made = _body_acted_on(subject)
                        return self._resolve(made, self.parsed.start(made)) if made is not None else None
                    return found
            near = self._antecedent(pos, kind) if kind else None
            found = near.entity if near is not None else None
            if found is not None and found.label in (("GPE", "FAC", "LOC") if kind == "pl" else ("FAC", "LOC")):
                return None  # "As they made their way down Broad Street, they chanted": who, the parse does not say
            if near is not None and kind == "pl" and self._modifier(near):
                return None  # "in debt to Chinese banks. They believe ...": the banks, if anyone, not "Chinese"
            return found
        if low in ("latter", "former") and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            pair = self._pair_before(pos)  # "pundits Gary Neville and Graeme Souness ... the latter said"
            if pair is not None:
                return pair[1] if low == "latter" else pair[0]
        if head.tag_ in ("WP", "WDT") or low in ("who", "that", "which"):
            return None
        ent = self._ent_of.get((id(head.doc), head.i))
        # "Orvane declined to comment", unrecognised (and read as a common noun where it opens a sentence), after
        # "Orvane Pharmaceuticals": the firm
        if (
            ent is None
            and head.tag_ in ("NNP", "NN")
            and head.text[:1].isupper()
            and not any(c.dep_ in ("compound", "det") for c in head.children)
        ):
            firm = self._firm_by_first_word(head.text)
            if firm is not None:
                return firm
        # (or a party's word, read as its name, for one of its members: "said one senior Liberal, who asked not to
        # be named")
        member = (
            ent is not None and ent.label_ == "ORG" and head.lower_ in _PARTY_WORDS and _one_counted(head) is not None
        )
        if (
            ent is not None
            and (ent.label_ == "NORP" or head.text in _DEMONYMS or member)
            # (or a people of two words: "the South African said", "the New Zealander")
            and all(t.i == head.i or (t.head.i == head.i and t.dep_ == "compound") for t in ent)
            and (head.tag_ == "NNP" or (head.tag_ == "NN" and head.text in _DEMONYMS))  # "The Swede", tagged NN
            and _one_of(head, self._papers)
        ):
            # "The lifelong Republican says": a person, not the party; "The Spaniard said", read as a body's name
            if _person_apposed(head) is None:
                return self._description(head, pos, guess)
            # "The committee's ranking Democrat, Sen. Bernie Sanders of Vermont,": the person named after it
            ent = None
        if ent is not None and self._plural_read_as_name(ent):
            return self._description(head, pos, guess)  # "Keepers said": keepers, not someone called Keepers
        office = self._office_held_by(head)
        if office is not None:  # "The Mayor of Bristol, Marvin Rees,": the mayor is Marvin Rees
            return self._holder(office, pos)
        if ent is not None and ent.label_ == "PERSON" and len(ent) == 1 and _described_by_age(head):
            return self._description(head, pos, guess)  # "The 28-year-old Scot", read as a name: someone described
        named_after = _named_after_comma(ent, head) if ent is not None else None
        if named_after is not None:
            # "the national statistics agency, IBGE", the description read as a name too: the body is IBGE
            entity = self._name(named_after, self.parsed.start(named_after[0]))
            if entity is not None and entity.kind == "body":
                entity.role = entity.role or _text(_trim_det(list(ent)))
                return entity
        held = _office_in_capitals_held_by(head)
        if held is not None:
            # "The Dutch MEP who steered the bill, Kim van Sparrentak, said", the office read as a body's name: the
            # person named after the comma, with the office and what it says of them as the role
            entity = self._name(held, self.parsed.start(held[0]))
            if entity is not None and entity.kind == "person":
                role = [t for t in head.doc[head.left_edge.i : held.start] if not t.is_punct or t.text == "-"]
                entity.role = entity.role or _text(_trim_det(role))
                return entity
        source = _one_at_body(head, ent) if ent is not None else None
        if source is not None:
            # "A Department of Health and Social Care source said", the noun read as the name's apposition: someone
            # at the body, not the body
            text = _text([t for t in head.doc[head.left_edge.i : source.i + 1] if not t.is_punct])
            return self._body(text, head=source.lower_, kind="description")
        if ent is not None and ent.label_ in _NAME_LABELS and not _office_read_as_name(ent):
            entity = self._name(ent, pos)
            described = _body_noun_apposed(head) if entity is not None and entity.label in ("GPE", "LOC") else None
            if described is not None:
                # "Walhi, Indonesia's largest environmental group, said", the name read as a place's: a body, by the
                # words it is described with
                entity.label = "ORG"
                entity.role = entity.role or _text(_trim_det(list(described.subtree))) or None
            return entity
        opener = _name_set_before(head)
        if opener is not None and head.lower_ in _BODY_NOUNS:
            # "Anfavea, the association that represents Brazil's carmakers, has called ...": the body named first,
            # whatever the recogniser took its name for
            body = self._body(_text(_compound_name(opener)), head=head.lower_)
            body.label = "ORG"
            return body
        titled = _titled_object(head)
        person = (
            titled
            or next(
                (
                    c
                    for c in head.children
                    if (c.dep_ in ("appos", "dep", "npadvmod") or _listed_without_and(c))
                    and head.lower_ not in _WORKS | DOCUMENT_NOUNS  # "Her poem, Runner Beans,": its title
                    and (
                        c.ent_type_ == "PERSON"
                        # "Its president, Arnaud Rousseau,", read as a place
                        or (
                            c.dep_ == "appos"
                            and c.ent_type_ in ("GPE", "NORP")
                            and _name_read_as_nationality(self._ent_of[(id(head.doc), c.i)])
                        )
                    )
                ),
                None,
            )
            or _name_closing(head, held=lambda noun: self._by_role(noun, pos) is not None)
            or _apposed_twice(head)
            or opener
        )
        if person is not None and (id(head.doc), person.i) not in self._ent_of:
            # the name set before the description, unrecognised there: the person it names, not one named inside
            # the description ("Duterte, the daughter of former president Rodrigo Duterte,")
            words, described = _text(_compound_name(person)).split(), _text(_phrase(head))
            named = [
                e
                for e in self.items
                if e.kind == "person" and e.name not in described and any(w[-len(words) :] == words for w in e.tokens())
            ]
            if len(named) == 1:
                return named[0]
            person = None
        if person is not None:  # "a spokeswoman for the hotels, Jennifer Rodstrom"
            ent = self._ent_of[(id(head.doc), person.i)]
            entity = self._name(ent, self.parsed.start(ent[0]))
            seat = entity.role if entity is not None and _bare_seat(entity.role) else None
            # (a title that says a rank but not of what yields: "The chairman of the electoral commission, Justice
            # Abednego Tafa,")
            bare = entity is not None and (entity.role or "").lower() in _BARE_TITLES
            if entity is not None and (entity.role is None or titled is not None or seat or bare):
                # the phrase up to the name: "His mother Lucy, 32, of Upminster" is her role as "His mother"
                start = min(ent.start, person.i)  # the name's first word: "Birte" of "Birte Harlev-Lam"
                before = [t for t in _phrase(head) if t.i < start] if person.i > head.i else _phrase(head)
                # "One of them, Sarah Okafor,": which of them, no role; nor "The two board members, Derek Young and
                # Aisha Patel,": what both are, not one's post
                if not _one_of_them(head) and head.tag_ not in ("NNS", "NNPS"):
                    role = _without_name(_text(_trim_det(before)), entity.name)
                    # (and the party and state after the name: "Senate Majority Leader Chuck Schumer, D-N.Y.,")
                    entity.role = _with_seat(role, seat) if role and seat else role or seat
            return entity
        given_to = self._given_in_apposition(head, pos) if low in ("one", "another") else None
        if given_to is None and low in ("one", "another") and head.dep_ == "nsubj":
            # "One of them is Gordon Mackie, 71, who has been waiting 14 months": the one named after "is"
            said = next((c for c in head.head.children if c.dep_ == "attr" and c.ent_type_ == "PERSON"), None)
            if said is not None and head.head.lower_ in ("is", "was"):
                ent = self._ent_of.get((id(head.doc), said.i))
                given_to = self._name(ent, self.parsed.start(ent[0])) if ent is not None else None
        if given_to is not None:
            # "One of its members, a retired GP named Helen Crane, said": Helen Crane, whatever the recogniser took
            # the word for what she is for
            return given_to
        body = _body_named(head)
        if body is not None:  # "China's state-owned investment giant CITIC": the body, described
            ent = self._ent_of[(id(head.doc), body.i)]
            entity = self._name(ent, self.parsed.start(ent[0]))
            if entity is not None and entity.label in ("GPE", "LOC", "FAC", *_MISREAD):
                entity.label = "ORG"  # "The regulator, Ofwat,": what a regulator is called is no place
            words = entity.name.split() if entity is not None else []
            if (
                entity is not None
                and entity.kind == "body"
                and head.tag_ == "NN"
                and _a_persons_post(head.lower_)
                and not a_bodys_rival(head)  # not "The company's main rival, Eli Lilly,"
                and 2 <= len(words) <= 3
                and _person_shaped(words)
            ):
                # "its lawyer, Brice Timmons,", the name read as a firm's: a person, by the word for one
                entity.kind, entity.label, entity.head = "person", "", words[-1].lower()
            if entity is not None and entity.role is None:
                # "One of the investors, the venture firm Redpoint Ventures,": what it is, not which of them
                words = body.subtree if head.lower_ in ("one", "another") else _phrase(head)
                described = body.head.dep_ == "appos" and body.head.head == head
                among = (_one_among(body.head) or _one_among(head)) if described else None
                if among is not None:
                    # "Critics, among them the human rights group Centro Prodh,": what it is, not what all of them are
                    skip = {t.i for t in among.subtree}
                    words = [t for t in body.head.subtree if t.i not in skip]
                entity.role = _text(_trim_det([t for t in words if t.i < ent.start])) or None
            return entity
        unnamed = _unrecognised_body_name(head)
        if unnamed is not None:  # "The consumer group Which? said": a name the recogniser missed, after a body noun
            entity = self._body(_text(unnamed), head=head.lower_)
            entity.label = entity.label or "ORG"
            entity.role = entity.role or _text(_trim_det([t for t in _phrase(head) if t.i < unnamed[0].i])) or None
            self._mention(self.parsed.start(unnamed[0]), entity, _salience(head))
            return entity
        called = _called_by_name(head)
        if called is not None:  # "A group calling itself Rhysida claimed": the body by the name it goes by
            entity = self._body(_text(called), head=head.lower_)
            entity.label = "ORG" if entity.label in ("", "GPE", *_MISREAD) else entity.label
            entity.role = entity.role or _text(_trim_det([t for t in _phrase(head) if t.i <= head.i])) or None
            self._mention(self.parsed.start(called[0]), entity, _salience(head))
            return entity
        named = self._appositive_name(head)
        if named is not None:  # "his deputy Ana Vell", the name not recognised as a person's
            entity = self._person(named, pos)
            entity.role = entity.role or _without_name(_text(_trim_det(_phrase(head))), entity.name)
            return entity
        if head.tag_ == "MD":  # "Will wrote": a person's name only where the article names them in full
            return self._person(head.text, pos) if self._person_named(head.text) is not None else None
        role_of = self._by_role(head, pos)
        if role_of is not None:
            return role_of
        det = next((c for c in head.children if c.dep_ == "det"), None)
        if head.tag_ == "NNP" and det is not None and det.lower_ == "the" and not head.ent_type_:
            if (
                det.i == head.i - 1
                and _AGENTIVE.search(low)
                and not self._title_word(head.text)
                and low not in self._lower
                and f"{low}s" not in self._lower
            ):
                # "The Economist called ...": a paper named for what it does, which the article never writes
                # in lower case; not "the Prime Minister", a title
                return self._body(f"The {head.text}", head=low)
            noun = next((c for c in head.lefts if c.dep_ == "compound" and c.lower_ in _BODY_NOUNS), None)
            marked = head.text[-1] in "?!"  # "the consumer group Which?", a name with its own mark
            if noun is not None and (head.text.isupper() or marked) and len(head.text) > 1 and noun.i == head.i - 1:
                # "the energy company SSEN", its initials unrecognised: the body, by them
                entity = self._body(head.text, head=low)
                entity.label = entity.label or "ORG"
                entity.role = entity.role or _text([t for t in head.subtree if det.i < t.i < head.i]) or None
                return entity
            before = head.doc[det.i + 1 : head.i]
            within = {t.i for t in before}
            if (
                before
                and all(t.dep_ == "compound" or t.head.i in within for t in before)
                and all(t.ent_type_ == "ORG" and t.text[:1].isupper() for t in before)
                and head.doc[det.i].ent_type_ in ("ORG", "")
                and low not in _OFFICES
                and low not in _SPOKESPEOPLE
            ):
                # "The National Energy System Operator later found", the recogniser's body stopping short of the last
                # word: that body, not "the operator" taken for a person
                entity = self._body(_text([*before, head]), head=low)
                entity.label = entity.label or "ORG"
                return entity
            return self._description(head, pos, guess)  # "the Prime Minister": a title, not a name
        if head.text in _PEOPLE_INITIALS:
            return self._description(head, pos, guess)  # "another Tory MP": a person by their post, not a body's name
        if head.tag_ in ("NNP", "NNPS") and not head.text.islower():  # "China's foreign ministry", tagged NNP
            toks = _clean(_compound_name(head))
            # (less a word in lower case the tagger took for part of the name: "the bookseller Waterstones")
            while (
                len(toks) > 1
                and all(t.tag_ in ("NNP", "NNPS") for t in toks)
                and toks[0].text.isalpha()
                and toks[0].text.islower()
                and toks[0].text not in PARTICLES
            ):
                toks = toks[1:]
            people = head.doc[toks[0].i - 1] if toks and toks[0].i > 1 else None
            if (
                head.tag_ == "NNPS"
                and people is not None
                and people.dep_ == "amod"
                and people.head.i == head.i
                and people.ent_type_ == "NORP"
                and people.text.istitle()
                and people.nbor(-1).lower_ == "the"
            ):
                toks = [people, *toks]  # "The Scottish Conservatives called": the party, by its people's word too
            if toks and all(
                t.tag_ in ("NNP", "NNPS") or (people is not None and t.i == toks[0].i == people.i) for t in toks
            ):
                name = _text(toks)
                if self._person_named(name) is not None:
                    # "Mrs Hargreaves said", the name unrecognised: the title still says which Hargreaves
                    return self._person(name, pos, self._title(head.doc[toks[0].i : toks[-1].i + 1]))
                if len(toks) > 1 and self._title_word(toks[0].text) and self._person_named(_text(toks[1:])):
                    return self._person(_text(toks[1:]), pos)  # "Chief Ruiz", after "Battalion Chief Marco Ruiz"
                if (
                    len(toks) > 1
                    and toks[0].i == toks[0].sent.start
                    and toks[0].lower_ in _BODY_NOUNS | _MAKERS
                    and any(e.kind == "body" and e.name == _text(toks[1:]) for e in self.items)
                ):
                    # "Developer Bellway had wanted ...": the body named after the word for what it is
                    return self._body(_text(toks[1:]), head=toks[-1].lower_)
                whole = _compound_name(head)
                if len(toks) > 1 and toks[0].ent_type_ == "PERSON" and whole[0].i < toks[0].i:
                    # "said Senator Amanda Della Ventura of the Broad Front", the recogniser's name stopping short of
                    # the surname: a person, titled
                    entity = self._person(name, pos, self._title(head.doc[whole[0].i : toks[-1].i + 1]))
                    office = [t for t in whole if t.i < toks[0].i]
                    if entity.role is None and all(self._title_word(t.text) for t in office):
                        entity.role = _text(office)
                    return entity
                office = [t for t in whole if t.i < toks[0].i]
                if (
                    office
                    and all(self._title_word(t.text) for t in office)
                    and 2 <= len(toks) <= 3
                    and _person_shaped([t.text for t in toks])
                    and given_names.is_given(toks[0].text)
                ):
                    # "Taoiseach Micheal Martin said", no name recognised: a person, by the office before
                    entity = self._person(name, pos)
                    entity.role = entity.role or _text(office)
                    return entity
                if len(whole) >= 3 and _KNIGHTED.match(whole[0].text) and whole[1].text == "Justice":
                    # "Lord Justice Underhill said", no name recognised: a judge, by the title
                    entity = self._person(_text(whole[2:]), pos, whole[0].text)
                    entity.role = entity.role or _text(whole[:2])
                    return entity
                # (after a word for a person that opens the sentence: "Villager Ramesh Nair, 54, said")
                trade = (
                    toks[:1]
                    if len(toks) > 2 and toks[0].i == toks[0].sent.start and people_word(toks[0].lower_)
                    else []
                )
                named = toks[len(trade) :]
                if (
                    2 <= len(named) <= 3
                    and toks == whole
                    and _person_shaped([t.text for t in named])
                    # (or, after such a word, an age after the name: "Villager Ramesh Nair, 54,")
                    and (
                        given_names.is_given(named[0].text)
                        or (bool(trade) and aged(head.doc[named[0].i : named[-1].i + 1]))
                    )
                    and not any(self._title_word(t.text) or t.lower_ in self._lower for t in named)
                    and not _firm_ending(named[-1])
                ):
                    # "Mikel Arteta said", no name recognised: a person, by a given name before a word the article
                    # never writes in lower case
                    entity = self._person(_text(named), pos)
                    entity.role = entity.role or (trade[0].lower_ if trade else None)
                    return entity
                if len(toks) == 1 and given_names.is_given(name) and aged(head.doc[head.i : head.i + 1]):
                    # "Ella, 15, from Melbourne, said", no name recognised: a girl, by her given name and age
                    return self._person(name, pos)
                full = self._given_name_elsewhere(name) if len(toks) == 1 else None
                if full is not None:
                    # "Pugh said", after "Saoirse Ronan and Florence Pugh", neither name recognised: the person,
                    # by the given name the article writes before the word elsewhere
                    return self._person(full, pos)
                crowned = _crowned_name([t.text for t in whole])
                if crowned is not None:
                    # "King Felipe VI told ...", no name recognised: a monarch, by the title and the number
                    entity = self._person(crowned, pos)
                    entity.role = entity.role or whole[0].text
                    entity.gender = entity.gender or role_gender(whole[0].lower_)
                    return entity
                whom = _for_whom(head)
                if whom is not None and not self._title_word(toks[0].text):
                    # "Airlines for America, an industry group,": a body whose name says whom it is for
                    name = f"{name} for {_text(whom)}"
                of = _of_what(head) if whom is None else None
                if of is not None:
                    name = f"{name} of {_text(of)}"  # "the Writers Guild of America said", as the recogniser reads it
                return self._body(name, plural=head.tag_ == "NNPS", head=low)
            named = _titled_name(toks)
            if (
                named is not None
                and named[0][-1].lower_ in _BODY_NOUNS | _PAPERS  # "Italian newspaper Corriere dello Sport"
                and named[0][-1].text.islower()
                and self._person_named(_text(named[1])) is None
            ):
                # "The union Aslef said": a body's name the recogniser missed, after a noun for a body (with the
                # words before that noun: "Civil liberties group Big Brother Watch")
                entity = self._body(_text(named[1]), head=named[0][-1].lower_)
                entity.label = entity.label or "ORG"
                entity.role = entity.role or _text(_trim_det([t for t in _phrase(head) if t.i < named[1][0].i]))
                return entity
            # "Former Brazil captain Cafu", read as a product: one known by one name, after a word for a person
            one_name = (
                named is not None
                and len(named[1]) == 1
                and named[0][-1].text.islower()
                and named[0][-1].lower_ not in _BODY_NOUNS | _PAPERS
                and people_word(named[0][-1].lower_)
                and named[1][0].ent_type_ not in ("GPE", "ORG", "LOC", "FAC", "NORP")
                and named[1][0].text not in self._places
            )
            if named is not None and (len(named[1]) > 1 or one_name or self._person_named(_text(named[1])) is not None):
                title, name_toks = named  # "Board chair Ana Ruiz", the name not recognised as a person's
                entity = self._person(_text(name_toks), pos)
                entity.role = entity.role or _text(title)
                return entity
        if (
            head.tag_ in ("NN", "NNS")
            and head.text[:1].isupper()
            and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in head.children)
            and self._person_named(head.text) is not None
        ):
            return self._person(head.text, pos)  # "Gruetters noted", the surname tagged a plural noun
        particles = [c for c in head.lefts if c.dep_ == "compound"]
        if (
            head.tag_ in ("NN", "NNS")
            and particles
            and particles[0].i == head.sent.start
            and all(c.lower_ in PARTICLES and c.text.istitle() for c in particles)
            and self._person_named(_text([*particles, head])) is not None
        ):
            # "Des Cars said", opening a sentence after "Laurence des Cars", the surname tagged a plural noun
            return self._person(_text([*particles, head]), pos)
        return self._description(head, pos, guess)

    def _name_after(self, noun: Token) -> str | None:
        """ "Age UK" after "the charity": the name of a body set right after the noun for it."""
        if noun.i + 1 >= len(noun.doc) or noun.nbor(1).tag_ != "NNP":
            return None
        ent = self._ent_of.get((id(noun.doc), noun.i + 1))
        if ent is not None:
            return ent.text if ent.start == noun.i + 1 and ent.label_ in ("ORG", "PERSON", "GPE", "NORP") else None
        words = []
        for tok in noun.doc[noun.i + 1 :]:
            if tok.tag_ != "NNP" or tok.ent_type_:
                break
            words.append(tok.text)
        return " ".join(words)

    def _pair_before(self, pos: int) -> tuple[Entity, Entity] | None:
        """The last two names joined by "and" before `pos`, in the sentence or the two before it: what "the former"
        and "the latter" stand for."""
        for tok in reversed(self.parsed.tokens_in(max(0, pos - 600), pos)):
            if tok.dep_ != "conj" or tok.ent_type_ not in _PAIRED or tok.head.ent_type_ not in _PAIRED:
                continue
            first, second = self._ent_of.get((id(tok.doc), tok.head.i)), self._ent_of.get((id(tok.doc), tok.i))
            if first is None or second is None or first == second:
                return None
            one = self._name(first, self.parsed.start(first[0]))
            two = self._name(second, self.parsed.start(second[0]))
            return (one, two) if one is not None and two is not None and one is not two else None
        return None

    def _holder(self, held: tuple[list[Token], list[Token]], pos: int) -> Entity:
        """The person an office is held by (`_office_held_by`), with the office as their role."""
        entity = self._person(_text(held[1]), pos)
        entity.role = entity.role or _text(held[0])
        return entity

    def _office_in(self, ent: Span) -> tuple[list[Token], list[Token]] | None:
        """The office and its holder's name (`_office_held_by`) where the entity is the office or takes in the name,
        as the recogniser reads "The Dean of Sherborne" or "Bristol, Marvin Rees"."""
        for head in {t.head for t in ent} | set(ent):
            held = self._office_held_by(head)
            if held is not None and (head in ent or any(t in ent for t in held[1])):
                return held
        return _office_before_name(ent) if ent.label_ == "ORG" else None

    def _office_held_by(self, head: Token) -> tuple[list[Token], list[Token]] | None:
        """ "The Mayor of Bristol, Marvin Rees,", "The Dean of Sherborne, the Very Rev Martha Ellery,": an office of a
        place or body and the name set off after it, which the entity recogniser often reads as one name or as the
        place's: (the office's words, the name's words), or None."""
        if head.tag_ != "NNP" or not self._title_word(head.text):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
        appos = next((c for c in head.children if c.dep_ == "appos" and c.tag_ == "NNP"), None)
        if appos is None or head.doc[appos.left_edge.i - 1].text != ",":
            return None
        if of is not None and appos.i < of.i:
            return None
        toks = [t for t in _compound_name(appos) if t.i >= appos.left_edge.i]
        while toks and (toks[0].lower_ in _HONORIFICS or self._title_word(toks[0].text)):
            toks = toks[1:]  # "the Very Rev", "the Rt Hon", "Dr"
        if len(toks) < 2 or not all(t.tag_ == "NNP" and t.text[:1].isupper() for t in toks):
            return None  # a given name and a surname at least
        if of is None:
            # "The Home Secretary, Shabana Mahmood,", the office and the name both read as bodies' names: an office
            # by its words in capitals, and a name of two or three words set off right after it
            words = [c for c in head.lefts if c.dep_ == "compound" and c.tag_ == "NNP"]
            if not words or appos.left_edge.i != head.i + 2 or len(toks) > 3:
                return None
            return [*words, head], toks
        office = [head, *[t for t in of.subtree if t.i < appos.left_edge.i and not t.is_punct]]
        return office, toks

    def _appositive_name(self, head: Token) -> str | None:
        """A proper name in apposition to a description of a person ("his deputy Ana Vell") that the entity
        recogniser did not label a person; never for a body or a document ("the company, Acme")."""
        if not head.tag_.startswith("NN") or head.tag_.startswith("NNP"):
            return None
        if head.lower_ in _BODY_NOUNS or head.lower_ in DOCUMENT_NOUNS or head.lower_ in _WORKS:
            return None
        appos = next((c for c in head.children if c.dep_ == "appos" and c.tag_ == "NNP"), None)
        if appos is None and people_word(head.lower_):
            appos = _name_beside_whom(head)
        if appos is None and people_word(head.lower_):
            # "Their group leader, Per Ekberg, calls it ...", the given name read as a preposition: the person's name
            # set off by commas right after the noun, which the parse did not join to it
            set_off = _person_set_off_after(head)
            if set_off is not None:
                return set_off
        if appos is None and head.lower_ in _OFFICES:
            appos = _holder_after_seat(head)
        if appos is None and people_word(head.lower_):
            # "The regional governor of Kharkiv, Oleh Syniehubov, wrote", the name hung on the place and not
            # recognised: a given name first says it is a person's
            appos = _name_closing(head, recognised=False)
            words = _clean(_compound_name(appos)) if appos is not None else []
            if not words or not given_names.is_given(words[0].text):
                appos = None
        if appos is None:
            return None
        toks = _clean(_compound_name(appos))
        comma = max((t.i for t in head.doc[toks[0].i : appos.i] if t.text == ","), default=-1) if toks else -1
        toks = [t for t in toks if t.i > comma]  # a name holds no comma: not the place hung on it before one
        if appos.ent_type_ not in ("", "PERSON", "ORG") and not (
            # "The SPD co-leader, Lars Klingbeil, ... said", the name read as a place: a given name after a
            # word for a person says it is the person's
            people_word(head.lower_) and toks and given_names.is_given(toks[0].text)
        ):
            return None
        # (a surname's particle between: "Tarcísio de Freitas")
        if len(toks) < 2 or not all(
            t.tag_ == "NNP" or (t.lower_ in PARTICLES and 0 < n < len(toks) - 1) or _INITIAL.fullmatch(t.text)
            for n, t in enumerate(toks)
        ):
            return None  # a given name and a surname at least: "deputy Ana Vell", not "the deputy, Vell"
        return _text(toks)

    def _description(self, head: Token, pos: int, guess: bool = True) -> Entity | None:
        phrase = _phrase(head)
        person = next((t for t in reversed(phrase) if t.ent_type_ == "PERSON"), None) if head.tag_[:2] == "VB" else None
        ent = self._ent_of.get((id(person.doc), person.i)) if person is not None else None
        if ent is not None:
            # a verb parsed as the subject, page furniture glued to a name ("Scroll down for video Gordon
            # Brown, pictured ..., has warned"): the person named in it
            return self._name(ent, self.parsed.start(ent[0]))
        named = self._name_ending_work(head, phrase) or self._name_after_post(head, phrase)
        if named is not None:
            return named
        given_to = self._given_in_apposition(head, pos) if head.tag_ == "NN" and people_word(head.lower_) else None
        if given_to is not None:
            # "Her neighbour, a retired teacher named Paul Leduc, said": Paul Leduc, whoever's neighbour he is
            return given_to
        det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
        seat = _place_before_base(head) if det is None else None
        if seat is not None:
            # "The Santa Clara, California-based company reported": the article and the city the parse took for a
            # subject of their own are the phrase's
            det, phrase = seat[0], [*seat, *phrase]
        if det is not None and det.dep_ == "det":
            # a phrase starts at its article: not "(CNN)A new law"; but "Not all ecologists support the idea" is no
            # word of all of them
            negated = det.lower_ == "all" and any(
                c.dep_ == "neg" and c.i == det.i - 1 for c in (*head.children, *det.children)
            )
            phrase = [t for t in phrase if t.i >= det.i - negated]
        if not phrase:
            return None
        text = _text(phrase).rstrip(" ,;:—–-")  # a phrase cut before its clause keeps no comma
        whose = next((t for t in head.subtree if t.head.i != head.i and _named_person_noun(t)), None)
        if whose is not None and whose.head in phrase and whose.head.i == phrase[-1].i:
            # "A spokesperson for Lumen's chief executive, Rebecca Vance": whom they speak for, by name
            text = f"{text}, {_text(_compound_name(whose))}"
        text = re.sub(r"\s+(?:and|or)$", "", text)  # nor the "and" before a name cut off ("31% of Republicans and")
        body_name = self._name_after(phrase[-1]) if phrase[-1].i > head.i and phrase[-1].lower_ in _BODY_NOUNS else None
        if body_name is not None:
            text = f"{text} {body_name}"  # "A spokesperson for the charity Age UK": the body, by its name
        text = FURNITURE_BEFORE.sub("", text)  # "Scroll down for video A survey revealed": the survey
        if not text or _FURNITURE.match(text):
            return None  # "Scroll down for video" parsed as the subject of the next sentence's verb
        if _in_capitals(text.split(), one_word=True):
            return None  # "EXPERT VERDICT: '...'": a heading in capitals, not someone
        # "The Duke and Duchess of Cambridge have insisted": two joined by "and" that the verb makes plural (not
        # "The former first lady and front-runner said", one person with two roles)
        plural = head.tag_ in ("NNS", "NNPS") or (any(c.dep_ == "conj" for c in head.children) and _plural_verb(head))
        noun = _hyphened_person(head) or head.lower_
        if noun in _FIRMS_BY_SIZE and any(
            c.dep_ in ("compound", "amod") and c.i < head.i and c.ent_type_ not in ("NORP", "GPE")
            for c in head.children
        ):
            noun = "company"  # "The streaming giant said", after "Netflix added ...": a firm by its trade and size
        named_after = _named_after_body_noun(phrase, head)
        if named_after is not None:
            # "The charity Pregnancy Sickness Support said": a body's name that the recogniser missed, after the
            # word for what it is
            entity = self._body(_text(named_after), head=noun)
            entity.label = entity.label or "ORG"
            trade = [t for t in phrase if t.i < named_after[0].i and t.dep_ != "det"]
            entity.role = entity.role or " ".join(t.lower_ for t in trade)  # "aviation data company"
            return entity
        beside = _body_named_beside(head) if det is not None and det.lower_ == "the" else None
        if beside is not None:
            # "The supplier, Greencore, said": a body's name the recogniser missed, set beside the word for it
            entity = self._body(_text(beside), head=noun)
            entity.label = entity.label or "ORG"
            entity.role = entity.role or _text(_trim_det([t for t in phrase if t.i <= head.i]))
            return entity
        known = _recognised_body_beside(head) if det is not None and det.dep_ == "det" else None
        if known is None and det is not None and det.lower_ in ("a", "an"):
            # "Florida Voters Against Extremism, a political committee opposing the measure, said", the name read
            # apart from its verb: the body, by the name set off before the word for it
            known = _recognised_body_before(head, det)
        if known is not None:
            # "a campaign group, Doctors' Association UK, warned": the body, by the name set beside the word for it
            entity = self._name(known, self.parsed.start(known[0]))
            if entity is not None and entity.kind == "body":
                entity.role = entity.role or _text(_trim_det([t for t in phrase if t.i <= head.i]))
                return entity
        if len(phrase) == 1 and head.text[:1].isupper() and not head.ent_type_ and self._after_body_noun(head.text):
            # "X said", after "the social network X": a body's name that the recogniser missed
            entity = self._body(head.text, head=noun)
            entity.label = entity.label or "ORG"
            return entity
        titled = _titled_body_name(head) if det is not None and det.lower_ == "the" else None
        if titled is not None:
            # "The Campaign for Real Ale (Camra) said": a body's name in capitals that the recogniser missed, not
            # the body named last
            entity = self._body(_text(titled), head=noun)
            entity.label = entity.label or "ORG"
            short = next((c for c in titled[-1].children if c.dep_ == "appos" and c.text.isalpha()), None)
            if short is not None and short.i == titled[-1].i + 2 and short.nbor(-1).text == "(":
                entity.aliases.add(short.text)
            return entity
        of_the = (
            _for_the_body(head) if det is not None and det.lower_ in ("a", "an") and noun in _SPOKESPEOPLE else None
        )
        if of_the is not None:
            # "Stagecoach said it was pleased ... A spokesman for the company said": for the body "the company" is
            body = self._resolve(of_the, self.parsed.start(of_the), guess=False)
            if body is not None and body.kind == "body" and body.label == "ORG":
                words = [t for t in phrase if t.i < of_the.left_edge.i]
                the = "the " if self._named_with_the(body) else ""  # "for the British Museum"
                return self._body(f"{_text(words)} {the}{body.name}", head=noun, kind="description")
        if det is not None and det.lower_ in ("a", "an") and noun in _SPOKESPEOPLE and phrase == [det, head]:
            # "Network Rail urged passengers not to travel. '...,' said a spokesman.": the spokesman of the body the
            # sentence before is about
            body = self._subject_body_before(pos) or self._subject_noun_before(pos)
            if body is not None:
                # "for the Welsh government"
                return self._body(f"{text} for {self._as_written(body)}", head=noun, kind="description")
        if det is not None and det.lower_ == "whose":
            # "Attorney General Pam Bondi, whose department had defended the rule,": the department of the one the
            # relative clause is on
            rel = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
            owner = self._resolve(rel.head, self.parsed.start(rel.head), guess=False) if rel is not None else None
            if owner is not None and owner.kind in ("person", "body"):
                return self._owned_by(owner.name, det, phrase, noun, plural)
        holder = _person_an_office_is_of(head) if det is not None and det.lower_ == "the" and not plural else None
        if holder is not None and (noun in _BODY_NOUNS or noun == "family"):
            # "The office of Israel's prime minister, Benjamin Netanyahu, said": that person's office, not the body
            # named last
            owner = self._name(holder, self.parsed.start(holder[0]))
            if owner is not None and owner.kind == "person":
                return self._body(f"{owner.name}'s {noun}", head=noun, kind="description")
        if det is not None and (det.dep_ == "poss" or det.lower_ in ("the", "this", "that", "these", "those")):
            # "Kasich's team", "the Ortega team": theirs, neither another's team, nor the body named last, nor
            # someone already in the story
            owned = det.dep_ == "poss" and det.tag_ in ("NNP", "NNPS")
            before = phrase[: phrase.index(head)]  # "Mr. Sanders's campaign" is "the Sanders campaign"
            names = {t.lower_ for t in before if t.tag_[:3] == "NNP" and not _HONORIFIC.match(t.text)}
            if (
                noun in _BODY_NOUNS
                and det.dep_ == "poss"
                and det.tag_ in ("NN", "NNS")
                and people_word(det.lower_.removesuffix("s") if det.tag_ == "NNS" else det.lower_)
                and det.lower_ not in _PRESS_NOUNS | DOCUMENT_NOUNS  # not "the paper's editorial board"
                and not plural
            ):
                # "The attorney general's office countered", "The referees' union": the office of whoever holds that
                # post, the body of those people, not the body named last; by the holder's name where the article
                # has one
                owner = self._resolve(det, self.parsed.start(det), guess=False) if det.tag_ == "NN" else None
                if owner is not None and owner.kind == "person" and " " in owner.name:
                    return self._owned_by(owner.name, det, phrase, noun)
                # "Residents' group Save Our Fields said": the body by the name set right after its noun
                name = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)
                ent = self._ent_of.get((id(head.doc), name.i)) if name is not None else None
                if ent is not None and ent.start == head.i + 1:
                    entity = self._name(ent, self.parsed.start(ent[0]))
                    if entity is not None and entity.kind == "body":
                        entity.role = entity.role or _text(_trim_det([t for t in phrase if t.i <= head.i]))
                        return entity
                # "The largest teachers' union in England has rejected ...", then "The National Education Union
                # said": in the story's first sentence, the body of those people the next sentence names
                first = self._introduced_next(pos, "ORG") if det.tag_ == "NNS" else None
                if first is not None and not _another_kind_named(first, noun):
                    first.role = first.role or _text(_trim_det(phrase)) or None
                    return first
                return self._body(text, head=noun, kind="description")
            # "the agency" -> "the Environmental Protection Agency"; "the statement" -> "a joint statement ..."
            # (not people a body's "its" owns, after others called so: "Scientists think ... The European Space
            # Agency's Juice probe will arrive in 2031. Its scientists said")
            owned_people = det.lower_ == "its" and people_word(noun.removesuffix("s") if plural else noun)
            alike = [
                e
                for e in (self._recent(pos) if not owned_people else ())
                if e.head == noun
                and e.kind in ("body", "description")
                and e.plural == plural
                and names <= set(re.findall(r"\w+", e.name.lower()))
            ]
            # (nor one another holds a post in, where a person's "his" or "her" owns the body: "Marine Le Pen ...
            # said her party", after "Bayrou, the leader of the MoDem party")
            owner = self._his_or_hers(det) if alike and noun in _BODY_NOUNS and not plural else None
            if owner is not None and owner.kind == "person":
                alike = [e for e in alike if _tied_to(owner, e, noun)]
            # "one pilot is heard asking ... The other pilot replied": not the one called so before, unless it was
            # the other one too
            alike = [e for e in alike if not _the_other(head, e)]
            # "the Malaysian foreign ministry said", after "Cambodia's defence ministry": not one of another country
            alike = [e for e in alike if not self._of_another_country(phrase, head, e)]
            # "The Met agreed to return the statue ... displayed at the National Museum in Phnom Penh ... The museum
            # said": not one named only as where something is done, where another was called so before
            venues = [e for e in alike[:-1] if self._named_only(e, pos, _named_as_a_venue)]
            e = next((e for e in alike if e not in venues), None)
            if e is not None:
                # (an unnamed firm, "a medical billing company", since named as the subject of the sentence
                # before: "Meridian Health Billing said hackers had ... The company said")
                unnamed = e.kind == "description" and not names and noun in FIRM_NOUNS
                named = self._firm_subject_before(head, noun) if unnamed else None
                if named is not None and self._last_named(named, pos) > self._first.get(id(e), pos):
                    return named
                return e
            if owned and det.ent_type_ == "GPE" and noun in FIRM_NOUNS and not plural:
                # "Scotland's largest independent supermarket chain has said ...", then "Scotmid said": in the
                # story's first sentence, a firm of a place is the body the next sentence names as its subject
                first = self._introduced_next(pos, "ORG")
                if first is not None and not _another_kind_named(first, noun):
                    return first
                # "Tesco has raised its forecast ... Britain's biggest supermarket said": the firm the sentence
                # before is about, described by its rank
                ranked = any(c.tag_ == "JJS" for c in head.children)
                about = self._subject_body_before(pos) if ranked else None
                if about is not None and about.label == "ORG" and not self._other_kind(about, noun):
                    about.role = about.role or text
                    return about
            if owned and det.ent_type_ == "GPE" and noun in ("regulator", "watchdog") and not plural:
                # "England's water regulator has ordered ...", then "Ofwat said": in the story's first sentence, the
                # body the next sentence names as its subject, which the recogniser may take for a place
                first = self._introduced_next(pos, "ORG", places=True)
                if first is not None and not _another_kind_named(first, noun):
                    first.label = "ORG"
                    first.role = first.role or _text(_trim_det(phrase)) or None
                    return first
            # (not the place a body is based in, read as a body's name: "The Oslo-based company")
            named = owned or any(t.ent_type_ in ("PERSON", "ORG") and not _base_of(t) for t in phrase if t.i != head.i)
            # "The Vereinigung Cockpit union, which represents ..., wants": a body named in capitals before its
            # noun, which the recogniser did not see, is that body, not the one named last
            named = named or (noun in _BODY_NOUNS and _unrecognised_name_before(head))
            # "the Senate minority leader said" after "Harry Reid blasted Rubio": a body that names where the person
            # serves, not whose they are ("the Clinton campaign", "the EPA's spokesman")
            seat = named and not owned and not any(t.ent_type_ == "PERSON" or t.dep_ == "poss" for t in phrase)
            people_of = (head.ent_type_ == "NORP" or head.text in _DEMONYMS) and _one_of(head, self._papers)
            # "the McLaren driver": a team's name the recogniser took for a person's, which no person in the
            # article has, says where the person serves, as a body's would (not "the Clinton aide")
            team = next((t for t in phrase if t.ent_type_ == "PERSON" and t.i != head.i), None)
            seat = seat or (
                named
                and not owned
                and team is not None
                and team.dep_ == "compound"
                and team.head.i == head.i
                and self._ent_of[(id(head.doc), team.i)].text == team.text
                and not self._someone_called(team.text)
                and not any(t.dep_ == "poss" for t in phrase)
            )
            # (or a body's by the word for it: "..., the agency's administrator said. Bill Nelson told reporters")
            a_body = det.dep_ == "poss" and det.tag_ == "NN" and det.lower_ in _BODY_NOUNS
            if (owned or a_body) and not plural and people_word(noun) and det.ent_type_ in ("ORG", "GPE", "NORP", ""):
                # "Ryanair's chief executive has accused ...", then "Michael O'Leary said": in the story's first
                # sentence, before anyone is named, the person the next sentence names
                first = self._introduced_next(pos)
                if first is not None:
                    # (over a rank alone: "Qatar's prime minister said ... Sheikh Mohammed bin Abdulrahman Al Thani")
                    if not first.role or _ROYAL.match(first.role):
                        first.role = _text(_trim_det(phrase)) or first.role
                    return first
            if noun in _BODY_NOUNS and det.ent_type_ == "PERSON" and det.tag_ == "NNP" and not plural:
                # "Mr. Padilla's office": the office of the person named, by the fullest name the article gives
                owner = self._resolve(det, self.parsed.start(det), guess=False)
                if owner is not None and owner.kind == "person" and " " in owner.name:
                    return self._owned_by(owner.name, det, phrase, noun)
            if noun in ("opponent", "rival") and det.lower_ in ("his", "her") and not plural:
                # "The two candidates, Fiona Hartley and Susan Oduya, clashed ... Her opponent accused her": of the
                # pair, the one the "her" is not
                owner = self._his_or_hers(det)
                pair = self._pair_before(pos)
                if owner is not None and pair is not None and owner in pair:
                    return pair[1] if owner is pair[0] else pair[0]
            # (people, in the plural: a "his manager" may be someone named)
            kin = plural and people_word(noun.removesuffix("s"))
            bodily = noun in _BODY_NOUNS or noun in _INSTITUTIONS or noun in DOCUMENT_NOUNS or noun == "family"
            if ((bodily and not plural) or kin) and det.lower_ in ("his", "her"):
                # "His office did not respond": the office of the man the "his" stands for, not the body named last;
                # "..., her family has announced", "her management said": hers; "His lawyers said": theirs; "Her new
                # book argues": hers too
                owner = self._his_or_hers(det)
                if owner is not None and owner.kind == "person":
                    owner = self._served(owner, det.lower_) or owner
                    return self._owned_by(owner.name, det, phrase, noun, plural)
            if named and not owned and det.lower_ == "the" and not plural:
                # "Aston Villa have signed Costa ..., the Premier League club announced": the body its announcement
                # is about, which the phrase describes by the body it belongs to
                said_of = self._saying_of_itself(head, noun)
                if said_of is not None:
                    return said_of
            # "his party said", where no man is found for the "his": not whichever body was named last (a wire
            # service in the dateline)
            if noun in _BODY_NOUNS and not named and not _defined(head) and det.lower_ not in ("his", "her"):
                of_a_place = det.dep_ == "poss" and det.lower_ in _PLACE_NOUNS and _modified(head)
                # (or of an office by its adjective: "the presidential office said" is not the court named last)
                of_a_place = of_a_place or _of_an_office(head)
                # (or of a country by its people's adjective and words of its own: "the Ukrainian air force said" is
                # not the Pentagon; "the Danish drugmaker" may be the firm named last)
                of_a_place = of_a_place or (
                    any(c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i < head.i for c in head.children)
                    and any(c.dep_ == "compound" and c.i == head.i - 1 for c in head.children)
                )
                # (or of a city by its name and words of its own: "The Barcelona hotel association said" is not the
                # farmers' union named last)
                of_a_place = of_a_place or (
                    any(c.dep_ == "compound" and c.ent_type_ == "GPE" and c.i < head.i - 1 for c in head.children)
                    and any(c.dep_ == "compound" and c.i == head.i - 1 and not c.ent_type_ for c in head.children)
                )
                # (or of a place by the level it serves and words of its own: "the regional fire service said" is
                # not Marseille, named last)
                of_a_place = of_a_place or (
                    any(c.dep_ == "amod" and c.lower_ in _LEVELS and c.i < head.i for c in head.children)
                    and any(c.dep_ == "compound" and c.i == head.i - 1 and not c.ent_type_ for c in head.children)
                )
                bases = {self.parsed.start(t) for t in phrase if _base_of(t)}
                based = {id(m.entity) for m in self.mentions if m.pos in bases}

                replying = head.dep_ == "nsubj" and speech.lemma(head.head.text) in ("reply", "respond", "answer")
                # a capitalised word of its own before the noun, which the recogniser saw as no name ("The Verdi union")
                # (or a people's or a party's word: "The opposition Conservative group said" is not Labour's)
                unnamed_words = {
                    t.lower_
                    for t in phrase
                    if t.tag_ == "NNP"
                    and (t.dep_ == "compound" or (t.dep_ == "amod" and t.ent_type_ == "NORP"))
                    and t.head.i == head.i
                    and t.ent_type_ in ("", "NORP")
                    and t.i > head.left_edge.i
                    and not _HONORIFIC.match(t.text)
                }

                kind_words = {c.lower_ for c in head.children if c.dep_ == "compound" and c.tag_ == "NN"}

                def candidates() -> Iterator[Entity]:
                    return (
                        e
                        for e in self._recent(pos)
                        # ("Facebook says", unrecognised; "Ferri Moda, which has 340 stores, said", first read as
                        # a person)
                        if (e.label == "ORG" or (e.kind == "body" and e.label in ("", "PERSON") and e.speaks))
                        and not e.plural
                        and self._named_near(e, pos)
                        # (but the one told replies: "a researcher told KidTrack that ... The company replied")
                        and not (self._audience(e, pos) and not replying)
                        and (noun in _PRESS_NOUNS or not self._press(e, pos))
                        and not self._other_kind(e, noun)
                        and id(e) not in based  # "The Oslo-based company": not Oslo
                        # "the city's transport authority said": a body of a place, described by words of its own,
                        # is one the article calls so, not the body named last ("The European Commission")
                        and not (of_a_place and not self._called(e, noun, strictly=True))
                        # "images from NHS clinics": a body named only as a word for a kind of thing is not
                        # "the company" that speaks; nor is one named only as what a thing is called ("The planet,
                        # known as LTT 1445 Ac,")
                        and not self._named_only(e, pos, self._before_common_noun)
                        and not self._named_only(e, pos, _named_as_a_thing)
                        # nor one of some named as examples: "Lufthansa's subsidiaries, including Eurowings, Austrian
                        # Airlines and Swiss, the company said"
                        and not self._named_only(e, pos, _named_as_an_example)
                        # nor the journal a study was published in: "published in the journal Nature ... The team plans"
                        and not self._named_only(e, pos, _where_published)
                        # "Cleaners ... have ended a strike, their union said": not those "their" stands for
                        and not (det.lower_ == "their" and self._subject_of_what_is_said(e, head))
                        # "The film will be released next month. Its distributor said": not whatever body was named
                        # last, which would be its own distributor; one the article calls so
                        and not (det.lower_ == "its" and not self._called(e, noun, strictly=True))
                        # nor one whose name has none of the name's words the phrase has: "The Verdi union said",
                        # not Deutsche Telekom, named last
                        and (not unnamed_words or bool(unnamed_words & set(re.findall(r"\w+", e.name.lower()))))
                        # nor a body whose name calls it another kind, which has none of the phrase's own words: "The
                        # intelligence service said" is not the Save Romania Union
                        and not (
                            kind_words
                            and noun in _SERVICES
                            and not self._press(e, pos)  # "the wire service": the AP, "the editorial board": a paper's
                            and not kind_words & set(re.findall(r"\w+", " ".join(e.aliases).lower()))
                        )
                    )

                bodies = candidates()
                body = next(bodies, None)
                # "Boeing said it was working with NASA on repairs. The company has reported ...": the subject of the
                # sentence that last named a body, not another body named in it after
                body = self._subject_among(body, bodies, pos) or body
                if body is None or noun not in body.name.lower().split():
                    # "The airline said", after "... fined Southwest Sun Airlines": the body whose name ends in that
                    # noun, not one named since whose name does not say what it is ("Transportation Secretary")
                    body = self._ending_in(noun, pos) or body
                if body is not None and self._affiliation_only(body, pos):
                    # "The team said", after "the team reported ..." and "Dr Martin Giurfa of the University of
                    # Toulouse said": the body that spoke as the team before, not one named only as where someone
                    # works
                    # (or else the next body before it that is not: "the former head of Michael Kors and Coach, the
                    # company said", after "Burberry's chief executive")
                    body = (
                        self._called_so_before(noun, pos)
                        # (from the first again: the bodies looked at for the subject are passed over)
                        or next((b for b in candidates() if b is not body and not self._affiliation_only(b, pos)), None)
                        or body
                    )
                club = (
                    self._club_read_as_place(pos) if body is None and noun == "club" and det.lower_ == "the" else None
                )
                if club is not None:
                    # "Manchester City's hearing ... The club has said": a club named for its town, read as a place
                    return club
                again = self._said_again_by(head, noun, pos) if body is None or not body.speaks else None
                if again is not None:
                    # "... Alphabet, Google's parent company, reported ... The company also said": the body that
                    # already spoke as "the company", which the "also" goes on with
                    return again
                described = self._described_body(noun, pos)
                if described is not None and isinstance(described[1], str) and not _words_within(head, described[1]):
                    # "The opposition Conservative group said" after "a group of parents in Reddish": another group
                    described = None
                if (
                    described is not None
                    and isinstance(described[1], str)
                    and body is not None
                    and not self._called(body, noun, strictly=True)
                ):
                    # "the country's largest teaching union said", then "Cosla, the body that represents councils,
                    # said", then "The union said": the body that description was found to be, not one the article
                    # never calls a union
                    found = next((m.entity for m in self.mentions if m.pos == described[0]), None)
                    if found is not None and found.kind == "body" and found is not body:
                        return found
                    where = self.parsed.tokens_in(described[0], described[0] + 1)
                    spoke_for = bool(where) and where[0].dep_ == "compound" and people_word(where[0].head.lower_)
                    if _modified(head) and spoke_for:
                        # "By nightfall, the fire service said", after "fire service spokesman Yiannis Artopios" and
                        # "the European Forest Fire Information System": the body the article described so before
                        # as one someone speaks for, not the one named last, which it never calls a service
                        return self._body(_text(_phrase(head)), head=noun, kind="description")
                said_of = self._saying_of_itself(head, noun) if described is not None else None
                if said_of is not None and self._in_what_is_said(head, described[0]):
                    # "Brighton have appointed Rebecca Bell, the first woman in the role at a Premier League club, the
                    # club announced": the body its announcement is about, not one of a kind it speaks of
                    return said_of
                if described is not None and (body is None or self._last_named(body, pos) < described[0]):
                    # "... a denial from the Greek finance ministry. '...,' the ministry said": the body last
                    # described with this noun, not the one named last before it (the IMF)
                    if isinstance(described[1], Entity):
                        return described[1]
                    return self._body(described[1], head=noun, kind="description")
                # "according to the regional emergency agency": a description of its own, not "The state weather
                # agency, Aemet," that the article goes on to name
                own_words = _modified(head)
                if (
                    described is None
                    and det.dep_ == "det"
                    and not own_words
                    and not any(c.dep_ == "appos" for c in head.children)
                ):
                    ahead = self._described_ahead(noun, self.parsed.start(head) + len(head.text), body is not None)
                    if ahead is not None:
                        # "The panel said ..." before "The panel of experts monitoring UN sanctions ... said": the
                        # panel the article goes on to describe, not the body named last (a militia it reports on)
                        return self._body(ahead, head=noun, kind="description")
                said_of = self._saying_of_itself(head, noun) if described is None else None
                if said_of is not None:
                    # "Bayern Munich have signed Diallo from Lyon, the German club confirmed": the body the words it
                    # sends out are about, not the one named last
                    return said_of
                if body is not None:
                    return body
                # (or of a thing: "cycling's governing body has announced ...", then "The UCI said")
                of_a_thing = det.dep_ == "poss" and det.tag_ == "NN" and not people_word(det.lower_)
                the = det.lower_ == "the" or of_a_thing
                first = self._introduced_next(pos, "ORG") if described is None and the else None
                if first is not None and not _another_kind_named(first, noun):
                    # "The competition watchdog has accused Shein of ... The Competition and Markets Authority (CMA)
                    # said": in the story's first sentence, the body the next sentence names as its subject
                    return first
                ahead_named = self._named_ahead(noun, pos, head) if described is None else None
                if ahead_named is not None:
                    # "... for what the trust called 'a breakdown' ... Ridgeway University Hospitals NHS Trust said":
                    # the body the article goes on to name with this noun, where none was named before
                    return ahead_named
                # (a firm's own news: not "Tesla is recalling cars, the country's top safety regulator said")
                ownable = noun in FIRM_NOUNS | {"club", "team"}
                unnamed = self._unrecognised_subject(head) if described is None and ownable else None
                if unnamed is not None:
                    return unnamed
            elif seat and (people_word(noun) or people_of) and not plural and head.tag_ in ("NN", "NNP"):
                earlier = self._introduced(noun, pos, names, _office_kind(head))
                if earlier is None:
                    if not guess:
                        return None  # as below: a word for people is guessed only where guessing is asked for
                    # '"...," the Frisco Republican said', after "The law's author, state Rep. Jared Patterson,
                    # said ...": one of a people, described by where they serve, is whom the sentence before is about
                    found = self._subject_before(head) or (self._subject_just_before(head) if people_of else None)
                    if found is not None:
                        return found
                else:
                    # "Opposition Leader Sussan Ley accused ... The Liberal leader said": the one the post was
                    # set before, where the article named one
                    titled = self._titled(earlier)
                    if titled is not None:
                        return titled
            elif not plural and not named and (head.tag_ in ("NN", "NNP") or _described_by_age(head)):
                made = self._made_new(head, noun, pos) if guess else None
                if made is not None:
                    return made
                earlier = self._introduced(noun, pos, names, _office_kind(head), _people_words(head))
                if earlier is not None:  # "Rangers manager Gary Locke ... the manager"; "a letter ... the letter"
                    # (or whom the earlier phrase was taken for where it spoke: "A witness told the trial ...",
                    # Chloe Barnes, named next, "... the witness replied")
                    found = (
                        self._titled(earlier)
                        or self._taken_for(earlier)
                        or self._named_beside(earlier)
                        or self._issuer(earlier)
                        # (by the words used here where the earlier ones are a quote's: '"Today's order will be felt
                        # ...," she wrote', then "the order suggested")
                        or self._body(
                            text if self.quoted(self.parsed.start(earlier)) else _text(_phrase(earlier)),
                            head=noun,
                            kind="description",
                        )
                    )
                    found = self._anothers_named_next(found, det, noun, pos) or found
                elif (
                    head.dep_ != "pobj"
                    # "the eurozone agrees", "the footage shows": no one in the story; "the Italian said": someone
                    and (
                        people_word(noun)
                        or ((head.ent_type_ == "NORP" or head.text in _DEMONYMS) and _one_of(head, self._papers))
                        or _described_by_age(head)
                    )
                    and noun not in _COLLECTIVE  # "the family said": the family, not the father named before
                    and noun not in DOCUMENT_NOUNS
                    and not _portfolio(head)
                    and not _someones(head, det)
                    and not _seen_by_another(head)
                    and not self._of_something_new(head)
                    and not _introduced_beside(head)
                    and not _the_monarch(head)
                ):
                    if not guess:
                        return None
                    # "the top US diplomat": nothing called that yet, so someone already in the story; from a clause
                    # set under the sentence's own, someone before the sentence ("A lawmaker is calling for Trump to
                    # be banned after the candidate suggested ...": not the lawmaker)
                    before = self.parsed.start(head.sent[0]) if head.head.dep_ == "advcl" else pos
                    # a word of gender in it rules out the others ("the New York businessman" is not Clinton)
                    kind = role_gender(text)
                    # "Oscar Piastri, who won, was full of praise for his team. The Australian said": one described
                    # by where they are from or their age is the person the sentence before is about, where it
                    # names one, before anyone who spoke earlier
                    of_a_people = (
                        (head.tag_ == "NNP" and (_ONE_OF_A_PEOPLE.search(noun) is not None or head.text in _DEMONYMS))
                        or _described_by_age(head)
                        or _described_by_country(head)
                    )
                    about = self._subject_just_before(head) if of_a_people else None
                    # "Pep Guardiola was more relaxed. '...,' the City manager told Sky Sports": one described by a
                    # team's or a firm's name the recogniser missed is whom the sentence before is about
                    about = about or (self._subject_before(head) if _unrecognised_modifier(head) else None)
                    about = about or self._other_side(head, kind)
                    about = about or self._described_next(head, noun, kind)
                    about = about or self._introduced_just_before(head, kind)
                    found = (
                        about
                        or self.antecedent(before, kind, True, unsexed=True)
                        or self.antecedent(before, kind, unsexed=True)
                    )
                    if found is not None and self._told_of(head, found):
                        found = None  # "The bar manager told police the woman, Ana Ruiz, was ...": not Ruiz
                    if found is not None and _the_other(head, found):
                        found = None  # "The other pilot replied", after "one pilot is heard asking": not that one
                    if found is not None and self._acted_on(head, found):
                        found = None  # "The prime minister thanked him": not the man the "him" stands for
                    if found is not None and _another_office(head, found):
                        found = None  # "The US transportation secretary said", after a presenter: someone new
                    if found is not None and about is None and det.lower_ == "its":
                        found = None  # "In mitigation, its barrister said": a body's, not whoever spoke last
                    # "..., the home secretary has said. ... Shabana Mahmood said": in the story's first sentence,
                    # before anyone is named, the person the next sentence names, in that post
                    introduced = self._introduced_next(pos) if found is None else None
                    if introduced is not None:
                        introduced.role = introduced.role or _text(_trim_det(phrase)) or None
                    found = found or introduced
                elif guess and _portfolio(head):
                    found = self._holder_named_next(noun, _text(_trim_det(phrase)), pos)
                else:
                    found = None
                if found is not None:
                    return found
        elif (
            det is None
            and not plural
            and any(c.dep_ == "nummod" and c.lower_ == "one" for c in head.children)
            and any(c.dep_ == "relcl" for c in head.children)  # not "one lawmaker called Trump 'the orange ...'"
            and (given := _name_given(head)) is not None
        ):
            entity = self._given_name(given, head, pos)  # "One mother, who asked to be identified only as Leanne,"
            entity.role = entity.role or head.lower_
            return entity
        elif det is not None and det.lower_ in ("a", "an") and not plural:
            given = _name_given(head)
            if given is not None:  # "A protester who gave only her first name, Nino,": Nino
                entity = self._given_name(given, head, pos)
                # (and where: "A local official in Shigatse, who gave only his surname, Wang,")
                rel = min((r.left_edge.i for r in _relative_clauses(head)), default=head.i + 1)
                before = [t for t in phrase if t.i < rel and not (t.i == rel - 1 and t.text == ",")]
                if rel > head.i + 1 and all(t.i < head.i or t.i > rel for t in phrase if t.i != head.i):
                    # "A woman waiting outside a hospital in the Chernihiv region, who gave her name only as
                    # Olena,": the words that describe her up to that clause
                    before = [t for t in head.doc[head.left_edge.i : rel] if not (t.i == rel - 1 and t.text == ",")]
                entity.role = entity.role or _text(_trim_det(before)) or None
                return entity
            named_next = self._named_next(phrase, pos)
            # (one of the words for sources seldom named, where the next sentence describes its subject by the same
            # words: "A former aide to Scotland's finance secretary has told ... Kirsty McAllister, who worked for
            # Finance Secretary Shona Robison until last year, said")
            unnamed = noun in _UNNAMED_SOURCES and not self._described_again_next(phrase, head, pos)
            if named_next is None and people_word(noun) and not unnamed:
                named_next = self._introduced_next(pos)
                if named_next is not None and named_next.role is None:
                    # "A former investment manager accused of ... told jurors ...": what the story first calls them
                    named_next.role = _text(_trim_det(phrase)) or None
            if named_next is not None:
                return named_next
        if (
            det is not None
            and det.lower_ in ("a", "an")
            and noun in _BODY_NOUNS
            and not plural
            and head.dep_ == "nsubj"
        ):
            # "More than four million children are living in poverty, a charity has warned", then "The Child Poverty
            # Action Group said": in the story's first sentence, the body the next sentence names as its subject
            first = self._introduced_next(pos, "ORG")
            if first is not None and not _another_kind_named(first, noun):
                return first
        if det is not None and det.lower_ in ("its", "their") and not plural:
            # "The Bank of Northland left rates unchanged, but its governor said ... 'We are not there yet,'
            # Governor Elise Marchetti told reporters": a body's officer, named just after
            # (a person only for a word for one: "their union said" is no "Union president" named next)
            named_next = self._named_next([t for t in phrase if t.i > det.i], pos) if people_word(noun) else None
            if named_next is None and noun in _MAKERS:
                # "A late-stage trial ... has been paused, its developer said on Monday. Veranta Therapeutics, a
                # biotech company based in Boston, said ...": in the story's first sentence, the body named next
                named_next = self._introduced_next(pos, "ORG")
            if named_next is not None:
                return named_next
        # (or one of its own bodies: "The Swiss government said ... Its justice office said")
        of_its_own = noun in ("office", "ministry", "department", "board", "committee") and not plural
        if (
            det is not None
            and det.lower_ == "its"
            and ((noun in DOCUMENT_NOUNS and not plural) or people_word(noun) or of_its_own)
        ):
            # "The Welsh government says ... Its own research suggests ...": the research of the body the "its"
            # stands for, by its name; "The museum will return the bronzes, its trustees announced": its trustees
            near = self._antecedent(self.parsed.start(det), "n")
            called = self._body_subject_called_before(self.parsed.start(head.sent[0]), pos)
            law = self._law_subject_before(self.parsed.start(head.sent[0])) if called is None else None
            if law is not None and (near is None or near.pos < self.parsed.start(law.sent[0])):
                # "The Treaty Principles Bill ... seeks to define ... Its critics say": the law the sentence before
                # is about, which is no body, not the body named before it
                return self._owned_by(_text(list(law)), det, phrase, noun, plural)
            owner = called or (near.entity if near is not None else None)
            if owner is not None and owner.kind != "person" and owner.label not in ("GPE", "LOC", "FAC"):
                # "the Constitutional Court's chief justice"
                return self._owned_by(self._as_written(owner), det, phrase, noun, plural)
        given_to = self._given_in_apposition(head, pos) if head.lower_ in ("one", "another") else None
        if given_to is not None:
            # "One of them, a nurse who gave her name only as Wanjiru, said": Wanjiru, a nurse
            return given_to
        kin = self._kin_named_next(head, det, pos) if det is not None and not plural else None
        kin = kin or (self._spouse_named_with(head, det, pos) if det is not None and not plural else None)
        if kin is not None:
            return kin
        if det is not None and det.lower_ == "the" and head.lower_ in _TEAM_TITLES:
            # "Galatasaray have signed Victor Osimhen ..., the Turkish champions said": the club its announcement
            # is about, described by what it has won
            said_of = self._saying_of_itself(head, "club")
            if said_of is not None:
                return said_of
        if det is None and _named_as_a_body(head):
            # "Milieudefensie, the Dutch arm of Friends of the Earth, ... said": a name the recogniser missed, set
            # beside a word for a body
            entity = self._body(text, head=noun)
            entity.label = entity.label or "ORG"
            appos = next(c for c in head.children if c.dep_ == "appos")
            entity.role = entity.role or _text(_trim_det(_phrase(appos))) or None
            return entity
        entity = self._body(text, plural=plural, head=noun, kind="description")
        if entity.gender is None and not plural:
            entity.gender = role_gender(text) or (_own_clause_gender(head) if people_word(noun) else None)
        return entity

    def _after_body_noun(self, word: str) -> bool:
        """Whether the article writes this word as a body's name right after a noun for a body ("the social
        network X", "the company Acme")."""
        return any(re.search(rf"{_A_BODY_NOUN} {re.escape(word)}\b", doc.text) for _, doc in self.parsed.docs)

    def _given_in_apposition(self, head: Token, pos: int) -> Entity | None:
        """The person a name given in apposition to `head` names, with what the apposition calls them for a role:
        "a nurse who gave her name only as Wanjiru", "a retired teacher named Paul Leduc"."""
        described = next((c for c in head.children if c.dep_ == "appos"), None)
        given = _name_given(described) if described is not None else None
        if given is None and described is not None and _given_name_alone(described):
            # "Mr Siddiqui's widow, Saima, said": one given name set beside, whatever the recogniser took it for
            entity = self._given_name(described.text, described, pos)
            entity.role = entity.role or _text(_trim_det([t for t in _phrase(head) if t.i <= head.i]))
            return entity
        if given is None:
            return None
        entity = self._given_name(given, described, pos)
        entity.role = entity.role or _text(_trim_det([t for t in _phrase(described) if t.i <= described.i]))
        return entity

    def _owned_by(self, owner: str, det: Token, phrase: list[Token], noun: str, plural: bool = False) -> Entity:
        """What a phrase with an owner word names, by the owner's name: "His lawyers" as "Jair Bolsonaro's
        lawyers", "Mr. Padilla's office" as "Alex Padilla's office"."""
        rest = _text([t for t in phrase if t.i > det.i and not (t.dep_ == "case" and t.head.i == det.i)])
        return self._body(f"{owner}'s {rest}", plural=plural, head=noun, kind="description")

    def _given_name(self, given: str, head: Token, pos: int) -> Entity:
        """The person someone described gave their name as: the name is a person's, whatever the recogniser took
        it for ("who gave only his surname, Wang,", read as a body)."""
        at = {self.parsed.start(t) for t in head.subtree}
        for m in self.mentions:
            e = m.entity
            if m.pos in at and e.kind == "body" and e.name == given:
                e.kind, e.label, e.head = "person", "", given.split()[-1].lower()
        return self._person(given, pos)

    def _name_ending_work(self, head: Token, phrase: list[Token]) -> Entity | None:
        """ "The Lord of the Rings actor Elijah Wood, who played Frodo, said": a work's title the parse took for the
        subject, the person named after a word for what they do at the phrase's end."""
        if head.tag_ != "NNP" or head.ent_type_ or phrase[-1].ent_type_ != "PERSON":
            return None
        ent = self._ent_of.get((id(head.doc), phrase[-1].i))
        if ent is None or ent.end - 1 != phrase[-1].i or ent.start < 1:
            return None
        before = head.doc[ent.start - 1]
        if before.tag_ != "NN" or not people_word(before.lower_) or before.i <= head.i:
            return None
        entity = self._name(ent, self.parsed.start(ent[0]))
        role = _text([t for t in phrase if head.i <= t.i < ent.start])  # "Lord of the Rings actor", not "Rings actor"
        if entity is not None and entity.kind == "person" and (entity.role is None or role.endswith(entity.role)):
            entity.role = role
        return entity

    def _name_after_post(self, head: Token, phrase: list[Token]) -> Entity | None:
        """ "..., said curator of mammals Lynsey Bugg": a post with no article, the parse taking the name at its end
        for part of the "of" phrase; the person so named, in that post."""
        if head.tag_ != "NN" or not people_word(head.lower_) or phrase[0].i != head.i:
            return None
        if any(c.dep_ == "det" for c in head.children) or phrase[-1].i + 1 >= len(head.doc):
            return None
        ent = self._ent_of.get((id(head.doc), phrase[-1].i))  # the name in the phrase ("mammals Lynsey Bugg")
        if ent is None or ent.end - 1 != phrase[-1].i:
            ent = self._ent_of.get((id(head.doc), phrase[-1].i + 1))  # or set beside its last word
            if ent is None or ent.root.head.i != phrase[-1].i:
                return None
        last = head.doc[ent.start - 1]
        if ent.label_ != "PERSON" or last.tag_ not in ("NN", "NNS") or not last.text.islower() or last.i <= head.i:
            return None  # not "spokesman for Mayor Ana Ruiz", nor a name after a comma
        entity = self._name(ent, self.parsed.start(ent[0]))
        if entity is not None and entity.kind == "person" and entity.role is None:
            entity.role = _text([t for t in phrase if t.i < ent.start])
        return entity

    def _anothers_named_next(self, found: Entity, det: Token, noun: str, pos: int) -> Entity | None:
        """ "António Guterres urged ..., his spokesman said. '...,' the spokesman, Stéphane Dujarric, quoted him":
        after "his" or "her" for someone, not the one called so before as someone else's ("A spokesman for the
        Pakistani military, Lt Gen Ahmed Sharif Chaudhry,"), but the next person named in the next two sentences in
        that post."""
        owner = self._his_or_hers(det)
        role = found.role or ""
        if (
            owner is None
            or owner.kind != "person"
            or found is owner
            or found.kind != "person"
            or not re.search(r"\b(?:for|of)\b|'s\b", role)
            or set(owner.name.split()) & set(re.findall(r"\w+", role))
        ):
            return None
        toks = self.parsed.tokens_in(pos, pos + 1)
        if not toks:
            return None
        until = self._end_of_next_sentences(toks[0], 2)
        named = next(
            (
                m.entity
                for m in sorted(self.mentions, key=lambda m: m.pos)
                if pos < m.pos < until
                and m.entity.kind == "person"
                and m.entity not in (found, owner)
                and (m.entity.role or "").lower().split()[-1:] == [noun]
            ),
            None,
        )
        if named is not None and (named.role or "").lower() in (noun, f"the {noun}"):
            named.role = f"{owner.name}'s {noun}"
        return named

    def _kin_named_next(self, head: Token, det: Token, pos: int) -> Entity | None:
        """ "..., her granddaughter said. '...,' said Rachel Hughes, 34.": after "her" or "his" for a person named in
        full, a relative who is the next person named with that surname (not the person it stands for)."""
        if det.lower_ not in ("his", "her") or head.lower_ not in _RELATIVES | _CHILDREN | _FAMILY:
            return None
        described = f"{det.lower_} {head.lower_}"
        again = next(
            (
                m.entity
                for m in self.mentions
                if pos < m.pos < pos + 600 and m.entity.kind == "person" and (m.entity.role or "").lower() == described
            ),
            None,
        )
        if again is not None:
            # "... is being sued by his sister, who says ... His sister, Janet Reeve, 58, claims": the next person
            # named whom the article calls so again; whose, as the sentence that names her says
            again.role = self._whose(again)
            return again
        owner = self._his_or_hers(det)
        words = owner.name.split() if owner is not None and owner.kind == "person" else []
        if len(words) < 2:
            return None
        for m in self.mentions:
            e = m.entity
            if pos < m.pos < pos + 600 and e.kind == "person" and e is not owner:
                names = e.name.split()
                if len(names) < 2 or names[-1] != words[-1]:
                    return None  # someone else named first
                e.role = e.role or f"{owner.name}'s {head.lower_}"
                return e
        return None

    def _spouse_named_with(self, head: Token, det: Token, pos: int) -> Entity | None:
        """ "Her husband drove ...", after "Her owners, Sarah and Tom Pascoe," and "Mrs Pascoe said": the other of a
        couple named together by one surname, where "her" or "his" stands for one of them."""
        if det.lower_ not in ("his", "her") or head.lower_ not in ("husband", "wife"):
            return None
        owner = self._his_or_hers(det)
        if owner is None or owner.kind != "person" or " " not in owner.name:
            return None
        for _, doc in self.parsed.docs:
            for ent in doc.ents:
                other = self._full_name_joined(ent) if len(ent) == 1 else None
                if other is None or self.parsed.start(ent[0]) >= pos:
                    continue
                pair = (f"{ent.text} {other[-1].text}", other.text)
                if owner.name not in pair:
                    continue
                name = pair[1] if owner.name == pair[0] else pair[0]
                if given_names.gender(name.split()[0]) == ("f" if head.lower_ == "husband" else "m"):
                    return None
                spouse = self._person(name, pos)
                spouse.role = spouse.role or f"{owner.name}'s {head.lower_}"
                return spouse
        return None

    def _persons_named(self) -> set[str]:
        """The names the recogniser took for people's, less those already found to be a firm's ("Halvorsen
        Pharma", by its name's last word)."""
        bodies = {a for e in self.items if e.kind == "body" for a in e.aliases}
        return self._people_named - bodies

    def _firm_by_first_word(self, word: str) -> Entity | None:
        """The one organisation named with this word first ("Orvane Pharmaceuticals" for "Orvane"), where no one is
        named in full with it."""
        if any(word in n.split() for n in self._persons_named() if " " in n):
            return None
        found = [
            e
            for e in self.items
            if e.kind == "body"
            and e.label in ("ORG", "PERSON")  # "Kessmann Pharma", which the recogniser took for a person's name
            and e.name.startswith(f"{word} ")
            and e.name.split()[-1].lower() in _FIRM_ENDINGS  # not "Obama Education", misread
        ]
        return found[0] if len(found) == 1 else None

    def _in_what_is_said(self, head: Token, at: int) -> bool:
        """Whether the word at `at` is in the clause that the verb `head` is the subject of reports before it."""
        return any(self.parsed.start(t) == at for c in _said_before(head) for t in c.subtree)

    def _saying_of_itself(self, head: Token, noun: str) -> Entity | None:
        """The named body that is the subject of what a "the club", "the company" says, where what it says comes
        first ("Bayern Munich have signed ..., the German club confirmed"), as a body's announcements are of itself;
        not a body of another kind ("Apple faces a fine, the commission said")."""
        if head.dep_ != "nsubj" or noun not in FIRM_NOUNS | {"club", "team"}:
            return None
        subject = next((t for c in _said_before(head) for t in c.children if t.dep_ == "nsubj"), None)
        if subject is not None and not subject.ent_type_:
            # "Britain's second-largest supermarket, Sainsbury's, will give ...": the name set beside the subject
            subject = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), subject)
        ent = self._ent_of.get((id(subject.doc), subject.i)) if subject is not None else None
        # (a firm's name read as a place's: "Netflix is raising its prices, the company confirmed"; no place is a
        # company)
        labels = ("ORG", "GPE") if noun in FIRM_NOUNS else ("ORG",)
        # (or a person's, where the name was found to be a body's: "Nottingham Forest have sacked ...")
        if ent is None or ent.label_ not in (*labels, "PERSON"):
            return None
        at = self.parsed.start(ent[0])
        found = next((m.entity for m in self.mentions if m.pos == at and m.entity.kind == "body"), None)
        if found is None or found.plural or found.label not in labels or self._other_kind(found, noun):
            return None
        found.label = "ORG"  # called a company, whatever the recogniser took the name for
        return found

    def _club_read_as_place(self, pos: int) -> Entity | None:
        """The one club the article names before `pos` by a town's name and a word clubs end in ("Manchester City",
        "Leeds United"), which the recogniser took for a place, where the article writes it as a body's (an owner, a
        subject), not only as where something is ("in Kansas City")."""
        names = set()
        for start, doc in self.parsed.docs:
            for e in doc.ents:
                words = [t for t in e if t.tag_ != "POS"]  # "Manchester City's"
                # (written as a body is: "Manchester City's hearing", "accuses City of")
                as_a_body = e.root.dep_ in ("poss", "nsubj", "nsubjpass", "dobj")
                if (
                    start + e.start_char < pos
                    and e.label_ in ("GPE", "LOC")
                    and len(words) > 1
                    and words[-1].text in _CLUB_ENDINGS
                    and as_a_body
                ):
                    names.add(_text(words))
        if len(names) != 1:
            return None
        entity = self._body(names.pop(), head="club")
        entity.label = "ORG"
        return entity

    def _unrecognised_subject(self, head: Token) -> Entity | None:
        """ "Lumen will raise its prices, the company said": with no body named before it, "the company" is the
        subject of what it says, where that is a name the recogniser did not take for any (a new brand's)."""
        said = [c for c in head.head.children if c.dep_ == "ccomp"] if head.dep_ == "nsubj" else []
        subject = next((s for c in said for s in c.children if s.dep_ == "nsubj"), None)
        if subject is None or self.quoted(self.parsed.start(subject)):
            return None
        name = _compound_name(subject)
        # a name: capitalised where no sentence opens ("Lumen's chief executive"), whatever the tagger made of it
        # at the start of one ("Lumen will raise ...", read as a plural noun)
        if any(t.ent_type_ or t.text not in self._midcaps or _HONORIFIC.match(t.text) for t in name):
            return None
        text = _text(name)
        bodies = {e.text for _, doc in self.parsed.docs for e in doc.ents if e.label_ == "ORG"}
        if text not in bodies and (
            text in self._people_named or any(n.endswith(f" {text}") for n in self._people_named)
        ):
            return None  # a person's name, not the company's
        entity = self._body(text, head=name[-1].lower_)
        entity.label = entity.label or "ORG"
        self._mention(self.parsed.start(name[0]), entity, _salience(subject))
        return entity

    def _asker(self, pronoun: Token, kind: str) -> set[int]:
        """ "Judge Hippler asked him if he was pleading guilty ... 'Yes,' he replied": one who replies is not the one
        who asked "him" (or "her") in the sentence before, outside quotation marks."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or speech.lemma(verb.text) not in ("reply", "respond", "answer"):
            return set()
        sent = pronoun.sent
        for _ in range(2):  # (past the quoted answer: '"Yes," he replied' is one sentence, or two)
            if sent.start == 0:
                return set()
            sent = pronoun.doc[sent.start - 1].sent
            subject = _main_subject(sent)
            if subject is None or self.quoted(self.parsed.start(subject)):
                continue
            asked = subject.head
            whom = "him" if kind == "m" else "her"
            if speech.lemma(asked.text) in ("ask", "question", "press") and any(
                c.dep_ in ("dobj", "dative") and c.lower_ == whom for c in asked.children
            ):
                at = {self.parsed.start(t) for t in subject.subtree}
                return {id(m.entity) for m in self.mentions if m.pos in at}
        return set()

    def _named_in_what_is_said(self, pronoun: Token) -> set[int]:
        """The entities named (by a name, not a pronoun) in the clause that the verb whose subject is `pronoun`
        says."""
        if pronoun.dep_ != "nsubj":
            return set()
        verb = pronoun.head
        toks = [t for c in verb.children if c.dep_ == "ccomp" and c.i > pronoun.i for t in c.subtree]
        if verb.dep_ == "parataxis" and verb.head.i > verb.i:
            # "Labour, he said, had promised to cut the backlog": the clause the cue is set in
            own = {t.i for t in verb.subtree}
            toks += [t for t in verb.head.subtree if t.i not in own]
        at = {self.parsed.start(t) for t in toks if t.tag_ in ("NNP", "NNPS") or t.ent_type_ in ("PERSON", "ORG")}
        return {id(m.entity) for m in self.mentions if m.pos in at}

    def _one_of(self, head: Token) -> Entity | None:
        """ "Fans flooded the post with messages. One wrote: ...": one of the group the sentence before (or this
        one, before the cue) has as its main subject; nobody, where there is no such group."""
        sent = head.sent
        before = [t for t in sent if t.i < head.i and t.dep_ == "nsubj" and t.tag_ in ("NNS", "NNPS")]
        if before and not any(_a_group_of_people(t) for t in before):
            # "her actions ... put patients at risk, because some believed ...": some of the people the sentence
            # names, not of the things that are its subject
            before = [t for t in sent if t.i < head.i and t.tag_ == "NNS" and _a_group_of_people(t)]
        # "More than nine of 10 Republicans were worried; most said ...": the group a share of which it counts
        before = before or [t for t in _counted(sent) if t.i < head.i]
        for _ in range(3):  # back past the quoted sentences of "One wrote: '...'" to the group
            if before or sent.start == 0:
                break
            sent = head.doc[sent.start - 1].sent
            subject = _main_subject(sent)
            of = (
                [t for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children]
                if subject
                else []
            )
            if of and of[0].tag_ == "NNS":
                subject = of[0]  # "many of her followers couldn't believe their eyes. One commented: ..."
            # "... found that 64 percent of registered voters believe ... Only 31 percent said": the group a share
            # of which the sentence before counts
            shares = _counted(sent)
            if subject is not None and subject.tag_ == "NNS":
                before = [subject]
            elif shares:
                before = shares[-1:]
            elif subject is not None and not speech.one_of_them(subject):
                break
        if not before:
            return None
        group = before[-1]
        aside = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}  # "One, who asked not to be ..."
        # "31 percent", not "Only 31 percent"
        kept = [
            t for t in head.subtree if t.dep_ != "advmod" and (not t.is_punct or t.text == "%") and t.i not in aside
        ]
        part = "".join(t.lower_ + t.whitespace_ for t in kept).strip()  # "71%", "31 percent"
        plural = part not in ("one", "another")
        # "most of the Republicans"; "one of the Labour MPs", after "Some Labour MPs were privately furious"
        capitals = group.tag_ == "NNPS" or (not group.text.islower() and group.i != group.sent.start)
        group_name = group.text if capitals else group.lower_
        party = [c for c in group.children if c.dep_ == "compound" and c.tag_ == "NNP" and c.i == group.i - 1]
        group_name = f"{party[0].text} {group_name}" if party else group_name
        return self._body(f"{part} of the {group_name}", head=group.lower_, kind="description", plural=plural)

    def _acted_on(self, head: Token, e: Entity) -> bool:
        """The verb `head` is the subject of (or the first of the verbs it is subject of) has for its object a "him"
        or "her" that stands for `e`: someone other than the subject, who would be "himself"."""
        obj = next((c for c in head.head.children if c.dep_ == "dobj" and c.lower_ in ("him", "her")), None)
        if obj is None or head.dep_ != "nsubj":
            return False
        near = self._antecedent(self.parsed.start(obj), "m" if obj.lower_ == "him" else "f")
        return near is not None and near.entity is e

    def _told_of(self, head: Token, e: Entity) -> bool:
        """Whether what the verb `head` is the subject of says has `e` for its own subject, who is then someone
        other than the one who says it (not where `e` is named further in: "said he was being 'sarcastic', which
        drew criticism that Trump was ...")."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        # the first clause said only ("says her back is her favourite part ..., and she focuses on exercises
        # every Wednesday 'Before' body: Aliesha, pictured here, was ...": not a caption run on after it)
        said = min(
            (c for c in head.head.children if c.dep_ == "ccomp" and c.i > head.head.i), key=lambda c: c.i, default=None
        )
        subjects = [s for s in said.children if s.dep_ in ("nsubj", "nsubjpass")] if said is not None else []
        if said is None:
            # "Anutin won the support of 252 members ..., the speaker announced": before the verb, a subject by name
            # (not "he", which may be the speaker's own)
            said = max(
                (c for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i), key=lambda c: c.i, default=None
            )
            subjects = [s for s in said.children if s.dep_ == "nsubj" and s.tag_ == "NNP"] if said is not None else []
        words = [
            t for s in subjects for t in s.subtree if not any(a.dep_ in ("relcl", "acl", "prep") for a in _path(t, s))
        ]
        at = {self.parsed.start(t) for t in words}
        return any(m.entity is e and m.pos in at for m in self.mentions)

    def _subject_before(self, head: Token) -> Entity | None:
        """The person named as the main subject of the sentence before, in the paragraph before where this one
        opens one, passing over sentences all in quotation marks: "Harry Reid blasted Rubio ... '...,' the Senate
        minority leader said"."""
        at = self.parsed.start(head.sent[0])
        for _ in range(3):
            start = self._sentence_before(at)
            if start is None:
                return None
            before = self.parsed.tokens_in(start, start + 1)[0].sent
            words = [t for t in before if not (t.is_punct or t.is_space)]
            if words and all(self.quoted(self.parsed.start(t)) for t in words):
                at = start  # '"If that is a penalty, ..."', the quote run on after "Arteta said": his sentence
                continue
            break
        else:
            return None
        subj = _main_subject(before)
        if subj is None or subj.tag_ != "NNP" or self.quoted(self.parsed.start(subj)):
            return None
        found = self._resolve(subj, self.parsed.start(subj))
        if found is not None and found.kind == "body" and not found.label and not found.plural:
            # "Arteta said", a name the recogniser missed, before "the Arsenal manager added": a person, not a firm;
            # not one of two joined ("Western Australia and some public servants have decided"), nor a place
            name = _compound_name(subj)
            alone = not any(c.dep_ == "conj" for c in subj.children)
            placed = any(t.text in self._places for t in name)
            if not alone or placed or not _name_shaped(name, fewest=1):
                return None
            found.kind, found.head = "person", found.name.split()[-1].lower()  # as the word for them says
            return found
        return found if found is not None and found.kind == "person" else None

    def _by_role(self, head: Token, pos: int) -> Entity | None:
        """ "The U.S. Secretary of State", "the panel's chairman": the person named earlier with this role."""
        det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
        # "his mother" is the "His mother Claire" named before, whose role has the "his" too
        if (
            det is None
            or det.lower_ not in ("the", "this", "that", "his", "her", "their")
            or head.ent_type_ == "PERSON"
        ):
            return None
        if head.lower_ in _BODY_NOUNS or head.lower_ in DOCUMENT_NOUNS:
            return None  # "the company" is never a person whose role mentions the company
        if head.tag_ in ("NNS", "NNPS"):
            return None  # "the researchers" are not Dr Fan, "one of the researchers"
        words = set(_norm(_text(_phrase(head))).split()) - {"the", "this", "that"}
        for e in self._recent(pos):
            # (or the title, spelled out, before the roles are: "the governor" is "Gov. Josh Shapiro")
            role = e.role or _spelled_out(e.title)
            if e.kind == "person" and role and words and words <= set(_norm(role).split()):
                if head.lower_ not in _role_head(role):
                    continue  # "the state" is not the Secretary of State: a word of what the role is of
                return e
        return None

    def _described_next(self, head: Token, noun: str, kind: str | None) -> Entity | None:
        """ "Jayden Danns, 18, scored twice on his full debut. The striker said ...": a word for what someone does,
        as the main subject, is the person the sentence before names as its own, where nothing the article says of
        them says otherwise (not the manager quoted before)."""
        if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ROOT":
            return None
        found = self._subject_just_before(head)
        if found is None or (kind is not None and found.gender not in (kind, None)):
            return None
        if found.role is not None and noun not in found.role.lower().split():
            return None
        return found

    def _other_side(self, head: Token, kind: str | None) -> Entity | None:
        """ "Trump mocked Nikki Haley as 'not very smart,' while the former South Carolina governor accused him":
        one described in a "while" clause set against the sentence's own is the person that sentence acts on (or in
        an "although" clause: "Zelensky congratulated Mr Nawrocki ..., although the president-elect has said")."""
        clause = head.head
        if head.dep_ != "nsubj" or clause.dep_ != "advcl":
            return None
        if not any(
            c.dep_ == "mark" and c.lower_ in ("while", "whereas", "although", "though") for c in clause.children
        ):
            return None
        obj = next((c for c in clause.head.children if c.dep_ == "dobj" and c.tag_ == "NNP"), None)
        found = self._resolve(obj, self.parsed.start(obj), guess=False) if obj is not None else None
        if found is None or (kind is not None and found.gender not in (kind, None)):
            return None
        words = found.name.split()
        # (or a full name the recogniser took for a body's, which its given name says is a person's)
        if found.kind != "person" and not (len(words) > 1 and given_names.is_given(words[0])):
            return None
        return found

    def _in_byline(self, m: _Mention) -> bool:
        """The mention is in the writer's credit above the story: "By Tiffanie Turnbull"."""
        toks = self.parsed.tokens_in(m.pos, m.pos + 1)
        return bool(toks) and _byline(toks[0].sent)

    def _introduced_next(self, pos: int, label: str = "PERSON", places: bool = False) -> Entity | None:
        """ "A merry widow from Edinburgh admits ... Pat Ingles, 69, remembers ...": a person described in the
        story's first sentence, before anyone is named, is the person the next sentence names as its main
        subject (with `label` ORG, the body: "..., its developer said. Veranta Therapeutics ... said")."""
        here = self.parsed.tokens_in(pos, pos + 1)
        kind = "person" if label == "PERSON" else "body"
        # (a place is no body introduced: "Scotland's largest supermarket chain")
        if not here or any(
            m.pos < pos and m.entity.kind == kind and m.entity.label not in ("GPE", "LOC") and not self._in_byline(m)
            for m in self.mentions
        ):
            return None
        first = self.parsed.tokens_in(0, pos)
        if first and first[0].doc is not here[0].doc and _byline(first[0].sent):
            # (past the writer's credit above the story: "By Tiffanie Turnbull")
            first = [t for t in first if t.doc is not first[0].doc]
        if first and first[0].doc is here[0].doc and first[0].sent.start != here[0].sent.start:
            # "AUSTIN, Texas — A federal judge ...": past the dateline the parse made a sentence of its own
            line = [t for t in first[0].sent if not t.is_space]
            if nlp.dateline(line) == len(line) and here[0].sent.start == first[0].sent.end:
                first = first[len(first[0].sent) :]
        if first and (first[0].doc is not here[0].doc or first[0].sent.start != here[0].sent.start):
            return None  # not the story's first sentence (nor the first of a later paragraph)
        end = self.parsed.end(here[0].sent[-1])
        nxt = self.parsed.tokens_in(end, end + 40)
        if not nxt:
            return None
        subject = _main_subject(nxt[0].sent, passive=True)
        if subject is None and speech.is_cue(nxt[0].sent.root):
            subject = speech.subject(nxt[0].sent.root, self.quoted)  # "Scotmid said", the name read as an adverb
        # (a firm's name read as a person's, found to be a firm's: "Scotmid said"; or one the recogniser missed, set
        # beside a word for a body: "Aemet, the agency, said")
        missed = label == "ORG" and subject is not None and not subject.ent_type_ and _named_as_a_body(subject)
        # (with `places`, a body's name read as a place's, or here as no name: "Ofwat said")
        misread = ("PERSON", "GPE", "") if places and subject is not None and subject.tag_ == "NNP" else ("PERSON",)
        # (or a person's name the recogniser took for a body's, as the article does not: "Lidia Thorpe, an
        # independent senator from Victoria, shouted", "Thorpe" read as an organisation)
        person = label == "PERSON" and subject is not None and subject.ent_type_ == "ORG" and subject.tag_ == "NNP"
        if subject is None or (
            subject.ent_type_ != label
            and not (label == "ORG" and subject.ent_type_ in misread)
            and not missed
            and not person
        ):
            return None
        found = self._resolve(subject, self.parsed.start(subject))
        if found is not None and pos < self._first.get(id(found), -1) < end:
            # "The founder posted a message ... thanking President-elect Maria Alvarez": one named beside the
            # description in its own sentence is someone else
            return None
        return found if found is not None and found.kind == kind else None

    def _described_again_next(self, phrase: list[Token], head: Token, pos: int) -> bool:
        """Whether the main subject of the sentence after the one at `pos` is described with a noun of `phrase`
        other than its head."""
        here = self.parsed.tokens_in(pos, pos + 1)
        if not here:
            return False
        end = self.parsed.end(here[0].sent[-1])
        nxt = self.parsed.tokens_in(end, end + 40)
        subject = _main_subject(nxt[0].sent, passive=True) if nxt else None
        words = {t.lower_ for t in phrase if t.i != head.i and t.tag_.startswith("NN")}
        return subject is not None and bool(words & {t.lower_ for t in subject.subtree if t.i != subject.i})

    def _holder_named_next(self, noun: str, office: str, pos: int) -> Entity | None:
        """ "The mayor of Columbus, Ohio, said ... '...,' Mayor Andrew Ginther told reporters": an office in the
        story's first sentence is held by the person the next sentence names, where that person has the office's
        word for a title or in a role."""
        found = self._introduced_next(pos)
        if found is None or found.kind != "person":
            return None
        held = {w for r in (found.title, found.role, found.person_role) if r for w in r.lower().split()}
        if noun not in held:
            return None
        if found.role is None or found.role.lower() == noun:
            found.role = office
        return found

    def _of_something_new(self, head: Token) -> bool:
        """ "The head of the local school said": a post at a place or body the article has not spoken of before,
        whose holder is someone new, not whoever was named last."""
        start = self.parsed.start(head.sent[0])
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "at"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("NN", "NNS")), None)
            if obj is None:
                continue
            words = {t.lower_.removesuffix("s") for t in self.parsed.tokens_in(0, start)}
            return obj.lower_.removesuffix("s") not in words
        return False

    def _firm_subject_before(self, head: Token, noun: str) -> Entity | None:
        """The organisation the sentence before the one `head` is in names as its main subject, where nothing
        calls it another kind of body than `noun`."""
        sent = self._sentence_just_before(head)
        subject = _main_subject(sent) if sent is not None else None
        if subject is None or subject.ent_type_ != "ORG" or self.quoted(self.parsed.start(subject)):
            return None
        found = self._resolve(subject, self.parsed.start(subject), guess=False)
        if found is None or found.kind != "body" or found.label != "ORG" or _another_kind_named(found, noun):
            return None
        return found

    def _sentence_just_before(self, head: Token) -> Span | None:
        """The sentence before the one `head` is in."""
        start = self.parsed.start(head.sent[0])
        before = self.parsed.tokens_in(max(0, start - 400), start)
        return before[-1].sent if before else None

    def _made_new(self, head: Token, noun: str, pos: int) -> Entity | None:
        """ "Luke Littler became the youngest world darts champion ... The new champion said": "the new" one is the
        person the article said became one (or was named, elected or appointed one), not another who has been one."""
        if not any(c.dep_ == "amod" and c.lower_ == "new" for c in head.children):
            return None
        found: Entity | None = None
        for tok in self.parsed.tokens_in(0, pos):
            if tok.lower_ != noun or tok.dep_ not in ("attr", "oprd"):
                continue
            verb = tok.head
            if verb.lower_ not in _MADE_ONE:
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.ent_type_ != "PERSON":
                continue
            named = self._resolve(subject, self.parsed.start(subject), guess=False)
            if named is not None and named.kind == "person":
                found = named
        return found

    def _introduced_just_before(self, head: Token, kind: str | None) -> Entity | None:
        """ "Her predecessor, Amber Rudd, rejected that account. The former home secretary said": the person the
        sentence before introduces as its main subject, first named there, whom the next sentence describes anew."""
        sent = self._sentence_just_before(head)
        found = self._subject_just_before(head) if sent is not None else None
        if found is None or found.kind != "person" or (kind in ("m", "f") and found.gender not in (None, kind)):
            return None
        # (not one the article gave a post of another kind: "Mr Justice Warby made a ruling ... The defender")
        role = (found.role or found.title or "").lower().split()
        if role and role[-1] not in _EQUALS | _RELATIONAL and head.lower_ not in role:
            return None
        return found if self._first.get(id(found), -1) >= self.parsed.start(sent[0]) else None

    def _subject_just_before(self, head: Token) -> Entity | None:
        """The person the sentence before the one `head` is in names as its main subject."""
        sent = self._sentence_just_before(head)
        if sent is None:
            return None
        subject = _main_subject(sent)
        if subject is None:
            # "The runner-up, Sarvadnya Kadam, 14, of Canada, was knocked out": a passive one, by name where it has one
            subjects = [t for t in sent if t.dep_ == "nsubjpass" and t.head.dep_ == "ROOT"]
            subject = next((t for t in subjects if t.ent_type_ == "PERSON"), subjects[0] if subjects else None)
        if subject is None or self.quoted(self.parsed.start(subject)):
            return None
        described = subject if people_word(subject.lower_) and subject.tag_ in ("NN", "NNS") else None
        if subject.ent_type_ not in ("PERSON", "ORG"):
            # "His opposite number, Unai Emery, had a different view": the person named beside the subject
            subject = next(
                (c for c in subject.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")), subject
            )
        if subject.ent_type_ not in ("PERSON", "ORG"):
            # "Lukaku himself appeared relaxed", the name unrecognised there: a person named before, by that name
            if subject.tag_ != "NNP" or not subject.text.istitle():
                return None
            named = self._person_named(subject.text)
            if named is None and subject.dep_ == "nsubj" and speech.is_cue(subject.head):
                # "Tsitsipas, 24, said ...", after "Stefanos Tsitsipas" read as a body's name: whoever the
                # sentence credits with what it says
                found = self._resolve(subject, self.parsed.start(subject), guess=False)
                # (a name the recogniser missed, taken for a body's until a pronoun or an age says it is a person's)
                unlabelled = (
                    found is not None and found.kind == "body" and not found.label and _person_shaped([found.name])
                )
                named = found if found is not None and (found.kind == "person" or unlabelled) else None
            return named
        found = self._resolve(subject, self.parsed.start(subject))
        # a name set beside a word for a person ("opposite number"), which the recogniser took for a body's (not
        # a firm's, by its name's ending: "The home's owner, Oakwood Care Ltd,")
        last = found.name.split()[-1].lower() if found is not None else ""
        firm = last in _FIRM_ENDINGS and last not in _SURNAMES_TOO
        if found is not None and found.kind == "body" and described is not None and subject.head == described:
            return self._person(found.name, self.parsed.start(subject)) if not firm else None
        return found if found is not None and found.kind == "person" else None

    def _named_next(self, phrase: list[Token], pos: int) -> Entity | None:
        """ "..., a NASA scientist says. '...,' NASA chief scientist Ellen Stofan said": a person named just after
        an indefinite description with a role that has every word of it, its noun not as the role's owner."""
        said = [w for w in _norm(_text(phrase)).split() if w not in ("a", "an")]
        if not said:
            return None
        # "A lawyer for a student detained by immigration agents said ...", then "the lawyer, Amy Greer, said": the
        # noun alone, taken up as the role of a name
        head = next((t for t in phrase if t.head not in phrase or t.head.i == t.i), None)
        if head is not None and not people_word(head.lower_):
            return None  # "A tribunal found ...": a body, not "the tribunal chair" named after
        for m in self.mentions:
            if pos < m.pos < pos + 600 and m.entity.kind == "person" and m.entity.role:
                owner = re.search(rf"\b{re.escape(said[-1])}['’]", m.entity.role.lower())
                if set(said) <= set(_norm(m.entity.role).split()) and owner is None:
                    return m.entity  # not "a study" for "the study's author"
                if head is not None and head.tag_ == "NN" and _norm(m.entity.role) == head.lower_:
                    return m.entity
        return None

    def _introduced(
        self,
        noun: str,
        pos: int,
        names: set[str] | frozenset[str] = frozenset(),
        kind: frozenset[str] = frozenset(),
        people: frozenset[str] = frozenset(),
    ) -> Token | None:
        """The latest earlier noun with this head ("a letter" before "the letter said"), if any; not one that is
        itself a reference back ("the former prime minister" twice, no name beside either), nor, where the phrase
        asked about has `names` of its own before its noun, one with other names ("The Bake Off star Ruby Lane"
        introduces no "former Emmerdale star"), nor one without the words of `kind` that make it another office
        ("Health minister Tom Ashby" introduces no "prime minister"), nor one in a sentence without the words of
        `people`, the party or people the phrase asked about names ("Councillor Sarah Ferriby" introduces no
        "Conservative councillor")."""
        found = None
        nouns = {noun, *_SAME_POST.get(noun, ())}  # "the pontiff" after "Pope Leo XIV"
        for tok in self.parsed.tokens_in(max(0, pos - 6000), pos):
            if tok.lower_ in nouns and tok.tag_.startswith("NN"):
                if kind - {t.lower_ for t in tok.lefts if t.dep_ in ("amod", "compound")}:
                    continue
                if people - {t.lower_ for t in tok.sent}:
                    continue
                det = next((c for c in tok.children if c.dep_ == "det"), None)
                if det is not None and det.lower_ in ("the", "this", "that") and self._titled(tok) is None:
                    continue
                if det is not None and det.lower_ in ("any", "no", "every", "each"):
                    continue  # "higher than any previous study had reported": no one study to refer back to
                if any(c.dep_ == "poss" and c.lower_ in ("my", "our", "your") for c in tok.children):
                    continue  # '"My coach told me ...," the Italian said': hers, whom "Her coach" need not be
                if _label(tok):
                    continue
                if tok.tag_ == "NNP" and _title_of(tok):
                    continue  # "Secretary of State Jon Husted" introduces no state
                if tok.dep_ == "compound" and tok.head.tag_ in ("NN", "NNS"):
                    continue  # "City council member Grace Obi" introduces no city: a word for what she is a member of
                if (
                    tok.dep_ == "compound"
                    and tok.ent_type_ in ("FAC", "ORG", "LOC")
                    and tok.head.ent_type_ == tok.ent_type_
                ):
                    continue  # "a news conference at City Hall" introduces no city: a word of a place's name
                theirs = {t.lower_ for t in _phrase(tok) if t.i < tok.i and t.tag_[:3] == "NNP"}
                if names and theirs and not names & theirs:
                    continue
                found = tok
        return found

    def _affiliation_only(self, body: Entity, pos: int) -> bool:
        """Every mention of `body` before `pos` is of where a person named works: "Dr Martin Giurfa of the University
        of Toulouse"."""
        found = False
        for m in self.mentions:
            if m.entity is not body or m.pos >= pos:
                continue
            toks = self.parsed.tokens_in(m.pos, m.pos + 1)
            head = _name_head(toks[0]) if toks else None
            while head is not None and head.dep_ == "conj" and head.head.i < head.i:
                head = head.head  # "head of Michael Kors and Coach"
            if head is None or head.dep_ != "pobj" or head.head.lower_ != "of":
                return False
            # (of a person by name, or by a word for one: "the former head of Coach")
            held = head.head.head
            if held.ent_type_ != "PERSON" and not (held.tag_ == "NN" and people_word(held.lower_)):
                return False
            found = True
        return found

    def _called_so_before(self, noun: str, pos: int) -> Entity | None:
        """The body a "the `noun`" that spoke before `pos` stood for."""
        for m in sorted(self.mentions, key=lambda m: -m.pos):
            if m.pos >= pos or m.entity.kind != "body":
                continue
            toks = self.parsed.tokens_in(m.pos, m.pos + 1)
            if toks and toks[0].lower_ == noun and any(c.dep_ == "det" and c.lower_ == "the" for c in toks[0].children):
                return m.entity
        return None

    def _said_again_by(self, head: Token, noun: str, pos: int) -> Entity | None:
        """For "The company also said": the body last named before that has already said something and can be
        called by the noun; None where the verb has no "also"."""
        if head.dep_ != "nsubj" or not any(c.lower_ == "also" for c in head.head.children):
            return None
        return next(
            (
                e
                for e in self._recent(pos)
                if e.kind == "body"
                and e.speaks
                and not e.plural
                and e.label in ("ORG", "")
                and self._called(e, noun)
                and not self._other_kind(e, noun)
            ),
            None,
        )

    def _described_body(self, noun: str, pos: int) -> tuple[int, str | Entity] | None:
        """Where and how the article last described a body with this noun and words of its own, shortly before
        `pos` ("the Greek finance ministry", "the state health department"), outside quotation marks; or the body
        so described by name ("Veranta Therapeutics, a biotech company based in Boston,")."""
        found = None
        for tok in self.parsed.tokens_in(max(0, pos - 1500), pos):
            if tok.lower_ != noun or not tok.tag_.startswith("NN") or self.quoted(self.parsed.start(tok)):
                continue
            own = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)  # "his campaign": whose?
            # "a hospice in Kent": one body, introduced with where it is
            # (not where something came from: "Salome arrived from a zoo in Germany")
            placed = (
                any(c.lower_ in ("a", "an") for c in tok.children)
                and any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children)
                and not (tok.dep_ == "pobj" and tok.head.lower_ == "from")
            )
            if (_modified(tok) or placed) and not own and not tok.ent_type_:
                found = (self.parsed.start(tok), _text(_trim_det(_phrase(tok))))
                # "Veranta Therapeutics, a biotech company based in Boston,", "Meridian, the social media company,";
                # not "... to Marseille, the French league's disciplinary committee announced", misparsed
                closed = tok.right_edge.i + 1 < len(tok.doc) and tok.doc[tok.right_edge.i + 1].text == ","
                dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
                # (or a place's: "Thames Water, Britain's largest water company,")
                # (or another body's: "Meta, Facebook's parent company,")
                owned = any(c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS") for c in tok.children)
                described_as = tok.dep_ == "appos" and bool(
                    dets & {"a", "an"} or ((dets == {"the"} or owned) and closed) or (_a_places(tok) and closed)
                )
                # "the low-cost airline SkyJet": the noun before a body's name
                described_as = described_as or (tok.dep_ == "compound" and tok.head.tag_ == "NNP")
                ent = self._ent_of.get((id(tok.doc), tok.head.i)) if described_as else None
                at = None
                if ent is not None and ent.label_ == "ORG":
                    at = self.parsed.start(ent[0])  # the body as the article named it there
                elif described_as and ent is None and tok.head.tag_ == "NNP":
                    at = self.parsed.start(tok.head)  # a name the recogniser missed, found beside its noun
                named = next((m.entity for m in self.mentions if m.pos == at and m.entity.kind == "body"), None)
                if named is not None:
                    found = (found[0], named)
        return found

    def _described_ahead(self, noun: str, pos: int, defined: bool = False) -> str | None:
        """How the article goes on to describe a body it first calls "the panel": the next definite phrase with
        this head noun and words of its own ("The panel of experts monitoring UN sanctions"), outside quotation
        marks, shortly after `pos`. With `defined` (where a body was named before), only a phrase that says which
        body it is by what follows the noun: "The Cupertino, California-based company" after "Apple" is Apple
        again, in other words."""
        for tok in self.parsed.tokens_in(pos, pos + 2000):
            if tok.lower_ != noun or not tok.tag_.startswith("NN") or tok.ent_type_:
                continue
            if self.quoted(self.parsed.start(tok)):
                continue
            det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
            if det is None or det.lower_ not in ("the", "this"):
                continue
            of = any(c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1 for c in tok.children)
            if of or (_modified(tok) and not defined):
                return _text([t for t in _phrase(tok) if not (t.dep_ == "case" and t.head.i == tok.i)])
        return None

    def _named_ahead(self, noun: str, pos: int, head: Token) -> Entity | None:
        """The first body named shortly after `pos` by a name that ends in `noun` ("... NHS Trust" for "the trust"):
        in the next two sentences, whatever words describe it ("the Russian prison service", then "The Federal
        Penitentiary Service said"); further on, one with a word like each that the phrase's `head` has of its own,
        past a rank or a people's ("the country's largest medical association" for the Indian Medical Association,
        "the hospital trust" for "... University Hospitals NHS Trust", "the country's meteorological office" for the
        "Icelandic Met Office"; not "the central electoral commission" for the European Commission)."""

        def alike(word: str, start: str) -> bool:
            return word.startswith(start) or (len(word) >= 3 and start.startswith(word))

        own = [
            c.lower_[:5]
            for c in head.children
            if c.dep_ in ("amod", "compound")
            and c.i < head.i
            and c.tag_ not in ("JJS", "JJR")
            and c.ent_type_ not in ("NORP", "GPE")
        ]
        # (past a short one between: "..., the Russian prison service said on Friday. He was 47.")
        next_end = self._end_of_next_sentences(head, 2)
        after = sorted((m for m in self.mentions if pos < m.pos < pos + 2000), key=lambda m: m.pos)
        return next(
            (
                m.entity
                for m in after
                if m.entity.kind == "body"
                and m.entity.name.lower().split()[-1:] == [noun]
                and (m.pos < next_end or all(any(alike(w, o) for w in m.entity.name.lower().split()) for o in own))
            ),
            None,
        )

    def _end_of_next_sentences(self, tok: Token, count: int) -> int:
        """Where the `count` sentences after the one `tok` is in end, in the next paragraphs too."""
        end = self.parsed.end(tok.sent[-1])
        for _ in range(count):
            nxt = [t for t in self.parsed.tokens_in(end, end + 40) if not t.is_space]
            end = self.parsed.end(nxt[0].sent[-1]) if nxt else end
        return end

    def _subject_among(self, first: Entity | None, others: Iterator[Entity], pos: int) -> Entity | None:
        """Of the bodies after `first` (most recent first), one that is the main subject of the sentence in which
        `first` was last named, not as its subject, before `pos`."""
        last = max((m for m in self.mentions if m.entity is first and m.pos < pos), key=lambda m: m.pos, default=None)
        if last is None or last.salience >= 2:
            return None
        toks = self.parsed.tokens_in(last.pos, last.pos + 1)
        if not toks or _a_source(toks[0]):
            return None  # "..., according to an Associated Press report": the body cited, which speaks
        sent = toks[0].sent
        start = self.parsed.start(sent[0])
        subjects = {id(m.entity) for m in self.mentions if m.salience == 2 and start <= m.pos < last.pos}
        return next((e for e in others if id(e) in subjects), None) if subjects else None

    def _ending_in(self, noun: str, pos: int) -> Entity | None:
        """The body named last, shortly before `pos`, by a name that ends in `noun` or its plural ("Southwest Sun
        Airlines" for "the airline")."""
        return next(
            (
                e
                for e in self._recent(pos)
                if e.kind == "body"
                and e.label == "ORG"
                and not e.plural
                and e.name.lower().split()[-1] in (noun, f"{noun}s")
                and self._named_near(e, pos)
            ),
            None,
        )

    def _last_named(self, e: Entity, pos: int) -> int:
        return max((m.pos for m in self.mentions if m.entity is e and m.pos < pos), default=-1)

    def _taken_for(self, noun: Token) -> Entity | None:
        """The person a speaker's phrase was resolved to where it spoke (`resolve` marks it there)."""
        pos = self.parsed.start(noun)
        return next((m.entity for m in self.mentions if m.pos == pos and m.entity.kind == "person"), None)

    def _of_another_country(self, phrase: list[Token], head: Token, e: Entity) -> bool:
        """The phrase calls its body one of a country by its people's adjective ("the Malaysian foreign ministry"),
        and the body `e` is named by another country ("Cambodia's defence ministry"): their words start apart."""
        people = [t for t in phrase if t.dep_ == "amod" and t.head.i == head.i and t.ent_type_ == "NORP"]
        if len(people) != 1:
            return False
        places = {x.name.lower() for x in self.items if x.label == "GPE" and " " not in x.name}
        named = [w for w in re.findall(r"[A-Z]\w+", e.name) if w.lower() in places]
        return bool(named) and all(w[:2].lower() != people[0].lower_[:2] for w in named)

    def _issuer(self, noun: Token) -> Entity | None:
        """The person or body a message was sent out by: "Stena Line said in a statement that ..." for a later "the
        statement said"."""
        if noun.lower_ not in ("statement", "letter", "email", "post", "message") or noun.dep_ != "pobj":
            return None
        prep = noun.head
        verb = prep.head
        if prep.lower_ != "in" or not speech.is_cue(verb):
            return None
        subject = speech.subject(verb, self.quoted)
        if subject is not None and subject.tag_ == "PRP":
            # "In a statement released through his lawyer, he said ...": whom that "he" was taken for already
            at = self.parsed.start(subject)
            found = next((m.entity for m in self.mentions if m.pos == at), None)
            return found if found is not None and found.kind in ("person", "body") else None
        if subject is None or subject.tag_ == "WP":
            return None
        found = self._resolve(subject, self.parsed.start(subject), guess=False)
        # (or people described: "In a statement released through police, her family said")
        return found if found is not None and found.kind in ("person", "body", "description") else None

    def _named_beside(self, noun: Token) -> Entity | None:
        """The body a noun has its name set beside: "her former record label, Brightline Music," for a later "the
        label said"; or, set after the name, where the name has the noun in it: "Camp Mystic, a private Christian camp
        for girls," for a later "the camp said" (the recogniser may take that name for a building's)."""
        name = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.ent_type_ == "ORG"), None)
        ent = self._ent_of.get((id(noun.doc), name.i)) if name is not None else None
        if ent is not None and ent.label_ == "ORG":
            entity = self._name(ent, self.parsed.start(ent[0]))
            if entity is not None and entity.kind == "body":
                return entity
        ent = self._ent_of.get((id(noun.doc), noun.head.i)) if noun.dep_ == "appos" and noun.head.i < noun.i else None
        if ent is None or ent.label_ not in ("ORG", "FAC") or noun.lower_ not in ent.text.lower().split():
            return None
        entity = self._name(ent, self.parsed.start(ent[0]))
        if entity is None or entity.kind == "person":
            return None
        entity.kind, entity.label = "body", "ORG"
        return entity

    def _titled(self, noun: Token) -> Entity | None:
        """The person a noun is the title or appositive of ("manager Gary Locke", "Locke, the manager")."""
        node = noun
        for _ in range(3):
            ent = self._ent_of.get((id(node.doc), node.i))
            if ent is not None and ent.label_ == "PERSON" and node.i != noun.i:
                return self._match_person(_text(_clean(list(ent))).split(), self.parsed.start(node), None)
            if node.dep_ not in ("compound", "appos", "amod", "nmod") or node.head.i == node.i:
                return None
            node = node.head
        return None

    def _named_near(self, e: Entity, pos: int, span: int = 800) -> bool:
        return any(m.entity is e and pos - span < m.pos < pos for m in self.mentions)

    def _audience(self, e: Entity, pos: int) -> bool:
        """Named so far only as whom someone spoke to ("he told Channel Nine") or where something happens ("On
        Capitol Hill, ...", "in the Granite State"): an audience or a place, not a source."""
        return self._named_only(e, pos, lambda t: _addressed(t) or _located(t))

    def _named_only(self, e: Entity, pos: int, how: Callable[[Token], bool]) -> bool:
        """Whether every mention of `e` before `pos` is of the kind `how` tells."""
        toks = [
            t for m in self.mentions if m.entity is e and m.pos < pos for t in self.parsed.tokens_in(m.pos, m.pos + 1)
        ]
        return bool(toks) and all(how(t) for t in toks)

    def _subject_of_what_is_said(self, e: Entity, head: Token) -> bool:
        """`e` is named as the subject of the clause the verb `head` is the subject of says."""
        verb = head.head
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.dep_ == "parataxis":
            clauses.append(verb.head)
        subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        at = {self.parsed.start(t) for s in subjects for t in s.subtree}
        return any(m.entity is e and m.pos in at for m in self.mentions)

    def _before_common_noun(self, tok: Token) -> bool:
        """`tok` is in a name set as a word before a common noun: "NHS" of "NHS clinics" (not of "an Associated Press
        report")."""
        ent = self._ent_of.get((id(tok.doc), tok.i))
        root = ent.root if ent is not None else tok
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "Golf, Tiguan and Passat models": each a word before the noun
        # (or before an office, as the word for what it is over: "Home" of "The Home Secretary, Yvette Cooper,")
        office = root.dep_ == "compound" and root.head.tag_ == "NNP" and root.head.lower_ in _OFFICES
        return office or (
            root.dep_ in ("compound", "nmod")
            and root.head.tag_ in ("NN", "NNS")
            and root.head.text.islower()
            and root.head.lower_ not in DOCUMENT_NOUNS  # "an Associated Press report": the body that made it
            and root.head.lower_ not in _HOLDINGS  # "Nike shares fell": the company whose shares they are
        )

    def _other_kind(self, e: Entity, noun: str) -> bool:
        """A body whose name calls it another kind of thing than `noun`: "Bellevue Hospital" is not "the team"; nor
        is a body not named as one of the state's ("Hanbit Semiconductor") ever "the ministry" or "the court"."""
        if noun in _OF_THE_STATE and noun not in e.name.lower().split():
            return True
        trades = self._called_a_trade(e) if _a_trade(noun) else set()
        if trades and noun not in trades:
            return True  # "the Japanese supplier Takata" is not "the carmaker"
        if noun == "union" and (_EMPLOYERS | _OF_THE_STATE) & set(e.name.lower().split()):
            # "the Association of Greek Coastal Shipping Companies", "the Ministry of Maritime Affairs": the employers
            # or the state, never "the union"
            return True
        if e.head in _FIRM_PLURALS and noun in FIRM_NOUNS:
            return False  # "Hartwell Stores" is "the company", though the article speaks of its stores
        if (
            (noun in FIRM_NOUNS or noun in _FIRMS_BY_TRADE)
            and noun != "group"
            and _NO_FIRM & set(e.name.lower().split())
        ):
            # "the US Food and Drug Administration", "King's College London": never "the company"; nor is "the
            # Civil Aviation Authority" ever "the airline" it fined
            return True
        if noun in FIRM_NOUNS and e.role and e.role.split()[-1].lower() in ("regulator", "watchdog"):
            return True  # "Ofwat", described as "England's water regulator": never "the company" it regulates
        if noun in _SERVICES and e.name.lower().split()[-1] in _PARTY_ENDINGS:
            return True  # "the Democratic Alliance" is never "the electoral authority" that counts its votes
        if noun == "force" and e.head in ("police", "constabulary"):
            return False  # "Merseyside Police" is "the force", though the article speaks of "the police"
        if noun == "group" and e.head in _GROUP_NAMES:
            # "the Freedom Flotilla Coalition" is "the group", though the article speaks of "the coalition"
            return False
        if e.head != noun and e.head in self._nouns:
            # "Southern Water" is "the company" where the article speaks of a "water company"
            # (or of "water companies"; or of a trade, "the steel industry" or a "steelmaker", that the firm named for
            # it is in: "U.S. Steel" is "the company")
            kinds = {f"{e.head} {noun}", f"{e.head} {noun}s", f"{e.head} {noun[:-1]}ies"}
            kinds |= {f"{e.head} industry", f"{e.head}maker", f"{e.head} maker"}
            trade = noun in FIRM_NOUNS and any(k in doc.text.lower() for _, doc in self.parsed.docs for k in kinds)
            return not trade
        return False

    def _called_a_trade(self, e: Entity) -> set[str]:
        """The trades the article names a body by, in a word set right before its name ("the supplier Takata")."""
        trades = set()
        for m in self.mentions:
            if m.entity is not e:
                continue
            toks = self.parsed.tokens_in(m.pos, m.pos + 1)
            before = toks[0].doc[toks[0].i - 1] if toks and toks[0].i > 0 else None
            if before is not None and before.dep_ == "compound" and _a_trade(before.lower_):
                trades.add(before.lower_)
        return trades

    def _press(self, e: Entity, pos: int) -> bool:
        """Named so far only as the press reporting the story ("CBS reported that ..."): not the team, the
        company or the party a later "the team said" stands for."""
        return self._named_only(e, pos, _reporting)

    def _recent(self, pos: int) -> list[Entity]:
        """Entities mentioned before `pos`, most recent first."""
        seen: list[Entity] = []
        for m in sorted((m for m in self.mentions if m.pos < pos), key=lambda m: -m.pos):
            if m.entity not in seen:
                seen.append(m.entity)
        return seen

    def _his_or_hers(self, det: Token) -> Entity | None:
        """Whom a "his" or "her" before a noun stands for ("his office", "her party"); None for any other word."""
        if det.lower_ not in ("his", "her"):
            return None
        kind = "m" if det.lower_ == "his" else "f"
        return self._subject_reported_on(det, kind) or self.pronoun(self.parsed.start(det), kind)

    def _subject_reported_on(self, det: Token, kind: str) -> Entity | None:
        """ "President Tiago Moreira will meet party leaders ..., his office said": the person named as the subject of
        what an office or a spokesman reports, before the tag, is whose they are (not one named after: "Mr. Santos")."""
        noun = det.head
        if det.dep_ != "poss" or noun.dep_ != "nsubj" or noun.lower_ not in _SPOKESPEOPLE | {"office", "aides"}:
            return None
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i < noun.i), None)
        if clause is None or not speech.is_cue(noun.head):
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None)
        found = self._resolve(subject, self.parsed.start(subject), guess=False) if subject is not None else None
        if found is None or found.kind != "person" or found.gender not in (kind, None):
            return None
        return found

    def pronoun(
        self,
        pos: int,
        kind: str,
        not_of: set[int] | frozenset[int] = frozenset(),
        teller: bool = False,
        adding: bool = False,
    ) -> Entity | None:
        """ "he said": the closest person named as the subject of a main clause, else the latest speaker; but the
        person a main clause since then has introduced without a name this can see, where that is the latest
        main subject ("One California delegate said ... '...,' he said"). Never one of the entities `not_of`."""
        near = self._antecedent(pos, kind, speaking=True, not_of=not_of, teller=teller, adding=adding)
        if near is None or near.salience >= 1 or near.entity.speaks or self._owns_subject(near):
            found = near
        else:
            found = self._antecedent(pos, kind, speakers_only=True, speaking=True, not_of=not_of) or near
            if found is not near and found.entity.gender is None and role_gender(near.entity.role) == kind:
                # "... passes to Inah Canabarro Lucas, a 116-year-old nun in Brazil. Her religious order said": the
                # one the role calls a woman, not a speaker no word of gender is known for
                found = near
        if found is None:
            # "A university student has claimed ... She said": a description no word of gender is known for, where
            # no one else could be meant; what the pronoun says of it holds from here on
            found = self._antecedent(pos, kind, speaking=True, unsexed=True, not_of=not_of)
            if found is not None:
                found.entity.gender, found.entity.guessed = kind, True
        # with no one found, a person the last sentences introduce as a main subject still may be meant ("An
        # evolutionary biologist has compared ... He concluded")
        window = self.parsed.tokens_in(max(0, pos - 800), pos) if found is None else []
        since = found.pos if found is not None else self.parsed.start(window[0]) if window else None
        if since is not None:
            introduced = self._introduced_since(since, pos)
            if introduced is not None:
                at = self.parsed.start(introduced)
                if introduced.ent_type_ == "PERSON" or introduced.lower_ in ("one", "another"):
                    entity = self._resolve(introduced, at)
                elif _introducing(introduced):
                    # "The patient, a 58-year-old man ...": someone new, whom the apposition introduces, not someone
                    # already in the story whom "the patient" could point back to
                    entity = self._body(_text(_phrase(introduced)), head=introduced.lower_, kind="description")
                else:
                    entity = self._description(introduced, at, guess=False)
                # (or one whose gender is only guessed: "Her coach, Renzo Furlan, said the key had been her return
                # of serve. '...,' he told reporters"; but not one whose given name says the other: "The tribunal
                # chair, Susan Walker, said his dishonesty, when he claimed ...,")
                sexed = entity is not None and entity.gender is None and entity.name_gender not in (kind, None)
                fits = entity is not None and (entity.gender in (kind, None) or entity.guessed)
                if fits and entity.is_person and not sexed:
                    return entity
        return found.entity if found is not None else None

    def _introduced_since(self, start: int, pos: int) -> Token | None:
        """The latest main subject between a name and a pronoun, where it is a word for a person that the article
        introduces there ("Obama's current Ambassador to the United Nations", "a 29-year-old Berlin woman", "One
        California delegate"), not one that points back ("the minister")."""
        first = self.parsed.tokens_in(start, start + 1)
        if not first:
            return None
        after = self.parsed.end(first[0].sent[-1])  # the sentences after the name's own
        here = self.parsed.tokens_in(pos, pos + 1)
        # the pronoun's verb set inside what it says: the subject of what is said is no one introduced ("The
        # report, he said, found ...")
        inside = here[0].head.head if here and here[0].head.dep_ == "parataxis" else None
        latest = None
        for tok in self.parsed.tokens_in(after, pos):
            main = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and tok.head != inside
            # "Video showed a member of the public trying to stop ...": whom what is shown is about
            main = main or (
                tok.dep_ == "nsubj"
                and tok.head.dep_ == "ccomp"
                and tok.head.head.dep_ == "ROOT"
                and tok.head.head.lower_ in _SHOWING
            )
            # a he/she there points back and introduces no one ("One fishmonger said ... He could not find a
            # pitch, he said")
            if main and not self.quoted(self.parsed.start(tok)) and tok.lower_ not in ("he", "she"):
                latest = tok
        if latest is not None and latest.lower_ in ("one", "another"):
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in latest.children):
                return latest  # "One of the patients, a retired nurse, said": one of them, as the cue's subject is
            # "One, a student from Lyon who had bought tickets, said ...": the one described beside it
            latest = next((c for c in latest.children if c.dep_ == "appos" and c.tag_ == "NN"), latest)
        if latest is None or latest.tag_ not in ("NN", "NNP") or latest.ent_type_:
            return None
        if not people_word(latest.lower_) or (latest.head.tag_ in ("VBZ", "VBP") and not speech.is_cue(latest.head)):
            # "A tow truck driver works to clear the scene": a photo caption's present tense (but "A buyer at
            # Waitrose ... says", a feature's)
            return None
        edge = latest.left_edge.i
        beside = latest.doc[edge - 2] if edge >= 2 and latest.doc[edge - 1].text in (",", "—", "–", "-") else None
        if beside is not None and beside.ent_type_ == "PERSON":
            return beside  # "John Podesta — Bill Clinton's former White House chief of staff — offered"
        named = next((c for c in latest.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if named is not None:
            return named  # "Her coach, Renzo Furlan, said": Furlan
        det = next((c for c in latest.children if c.dep_ in ("det", "poss")), None)
        # "The patient, a 58-year-old man from Arbroath, was discharged": whom "the" points at, introduced beside it
        introduced = det is None or det.dep_ == "poss" or det.lower_ in ("a", "an") or _introducing(latest)
        return latest if introduced else None

    def _modifier(self, m: _Mention) -> bool:
        """A name used only as a word before a noun: "Chinese banks", "Queens Rep. Joe Crowley", "at Hofstra
        University debates"."""
        toks = self.parsed.tokens_in(m.pos, m.pos + 1)
        ent = self._ent_of.get((id(toks[0].doc), toks[0].i)) if toks else None
        if ent is None:
            return False
        root = ent.root
        return root.dep_ in ("amod", "compound") and root.head.tag_ in ("NN", "NNS", "NNP") and root.head not in ent

    def _says_something(self, m: _Mention) -> bool:
        """The mention is the subject of a verb of saying."""
        toks = self.parsed.tokens_in(m.pos, m.pos + 1)
        tok = _name_head(toks[0]) if toks else None
        return tok is not None and tok.dep_ in _SUBJECT and speech.is_cue(tok.head)

    def _owns_subject(self, m: _Mention) -> bool:
        """ "Ms. Ruiz's remarks angered her rivals": the owner of a main clause's subject is what it is about."""
        toks = self.parsed.tokens_in(m.pos, m.pos + 1)
        if not toks:
            return False
        tok = _name_head(toks[0])
        return tok.dep_ == "poss" and tok.head.dep_ in _SUBJECT and _salience(tok.head) == 2

    def _outside_own_quote(self, pos: int, by_sentence: dict[tuple[int, int, int, bool], list[_Mention]]) -> None:
        """Drop the names between a quotation opened earlier in the speaking pronoun's sentence and the pronoun:
        "'I doubt the deal' -- that Keller is weak -- 'will hold,' she says" is not about Keller speaking."""
        here = self.parsed.tokens_in(pos, pos + 1)
        if not here:
            return
        key = _sentence_key(here[0])
        sent = [t for t in here[0].sent if not key[3] or (t.i - key[1]) // (RUN_ON // 2) == key[2]]
        opened = next((p for t in sent if (p := self.parsed.start(t)) < pos and self.quoted(p)), None)
        if opened is None or key not in by_sentence:
            return
        # (but not the one the finished quotation is credited to, with no quotation between: "'...,' committee
        # chairman Jorgen Frydnes said as he announced the award")
        kept = [
            m
            for m in by_sentence[key]
            if m.pos < opened or not any(self.quoted(self.parsed.start(t)) for t in self.parsed.tokens_in(m.pos, pos))
        ]
        if kept:
            by_sentence[key] = kept
        else:
            del by_sentence[key]

    def antecedent(
        self, pos: int, kind: str | None, speakers_only: bool = False, unsexed: bool = False
    ) -> Entity | None:
        found = self._antecedent(pos, kind, speakers_only, unsexed=unsexed)
        return found.entity if found is not None else None

    def _antecedent(
        self,
        pos: int,
        kind: str | None,
        speakers_only: bool = False,
        speaking: bool = False,
        unsexed: bool = False,
        not_of: frozenset[int] | set[int] = frozenset(),
        teller: bool = False,
        adding: bool = False,
    ) -> _Mention | None:
        """The closest earlier compatible mention, by sentence; within a sentence the subject, else the first.
        `kind`: m, f (he, she), pl (they), n (it), None (any person); `speaking`: the pronoun at `pos` says
        something; `unsexed`: a description of a person whose gender is not known will do for he or she; `not_of`:
        entities it cannot be."""
        by_sentence: dict[tuple[int, int, int, bool], list[_Mention]] = {}
        for m in self.mentions:
            if not (pos - 2500 < m.pos < pos) or not _compatible(m.entity, kind, unsexed):
                continue
            if speakers_only and not m.entity.speaks:
                continue
            if kind in ("m", "f") and self._modifier(m) and not m.entity.speaks:
                continue  # "who has been with the Keswick team": a name as a word before a noun is no one here
            if id(m.entity) in not_of:
                continue  # "she said she had called Okonkwo": not Okonkwo
            tok = self.parsed.tokens_in(m.pos, m.pos + 1)
            if not tok:
                continue
            by_sentence.setdefault(_sentence_key(tok[0]), []).append(m)
        if speaking:
            self._outside_own_quote(pos, by_sentence)
        fallback: _Mention | None = None
        for key, ms in sorted(by_sentence.items(), key=lambda kv: -max(m.pos for m in kv[1]))[:3]:
            rank = _rank_closest if key[3] else _rank_teller if teller else _rank
            exact = [m for m in ms if m.entity.gender == kind] if kind in ("m", "f") else ms
            if exact:
                best = min(exact, key=rank)
                subject = min(ms, key=rank)
                passing = best.salience == 0 or (kind == "m" and best.salience < 2)
                # "Judge Catherine Moore said Riley had ... She added:": who adds is who said, a person whose
                # gender nothing tells, not the woman they spoke of; unless she too says something there ("Steve
                # Israel said Clinton called on members to ... She added that ...": she adds to her own words)
                said = adding and subject.entity.kind == "person" and subject.entity.speaks
                said = said and not self._says_something(best)
                if subject.salience >= 2 and (passing or said) and subject.entity.gender is None:
                    # the main subject, gender unknown, before a man named in passing or as the subject of what
                    # it says; not before a woman who is that subject ("Israel said Clinton called for ... She
                    # added"), the likelier "she" than someone whose gender nothing in the article tells
                    return subject
                if subject.salience >= 2 and subject.entity.gender is None and subject.entity.name_gender == kind:
                    # "Foreign Minister Beate Meinl-Reisinger said Gretzmacher had been flown home ... She thanked
                    # ...": the main subject, whose given name says she is a woman too, before the woman she spoke of
                    return subject
                if best.salience < 2 and self._pronoun_subject(best, kind, pos):
                    # "He survived a stabbing attack, when a man ... stabbed him in the neck. He still faces ...": the
                    # same "he" as the sentence's own subject, whoever that stands for, not one named in its clause
                    continue
                return best
            if fallback is None:
                fallback = min(ms, key=rank)
                if fallback.salience >= 2 or (kind in ("m", "f") and self._owns_subject(fallback)):
                    # the main subject of the closest sentence, gender unknown, or whose it is ("Campen's team is
                    # now studying ... Results are expected next year, he said"): still the best
                    return fallback
        return fallback

    def _pronoun_subject(self, m: _Mention, kind: str | None, pos: int) -> bool:
        """Whether the main subject of the sentence `m` is in is a "he" (or "she", by `kind`) outside quotation
        marks before `m`, which is not the pronoun at `pos`."""
        tok = self.parsed.tokens_in(m.pos, m.pos + 1)
        subject = _main_subject(tok[0].sent) if tok and kind in ("m", "f") else None
        return (
            subject is not None
            and subject.lower_ == ("he" if kind == "m" else "she")
            and self.parsed.start(subject) < m.pos
            and not self.quoted(self.parsed.start(subject))
        )


_WEB_ADDRESS = re.compile(r"^(?:www\.)?[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|org|net|gov|edu|co\.uk|org\.uk|io)$")
# Words for a source a story leaves unnamed on purpose: "A senior official said ..." in its first sentence is not
# the person the next sentence names.
_UNNAMED_SOURCES = frozenset(
    "official source aide spokesman spokeswoman spokesperson diplomat insider staffer adviser advisor person".split()
)
_SPOKESPEOPLE = speech.SPOKESPEOPLE
_A_BODY_NOUN = rf"\b(?:{'|'.join(sorted(_BODY_NOUNS))})"  # "the social network X"
# Other words for one post: "the pontiff" is the pope, "the skipper" the captain.
_SAME_POST = {"pontiff": ("pope",), "skipper": ("captain",)}
RUN_ON = 80  # words
WHOSE_SENTENCES = 3  # how far back the one person a "his" or "her" of a role stands for is looked for


# Words after an "it" that stands for nothing: "it was clear that", "it is time to", "it was likely".
_EXPLETIVE_WORDS = frozenset(
    """clear likely unlikely possible impossible important necessary essential vital crucial time true false hard
    difficult easy unclear right wrong good bad early late obvious fair unfair wise shame pity""".split()
)


def _tied_to(person: Entity, body: Entity, noun: str) -> bool:
    """Whether the person's role or name names the body ("leader of the MoDem party", "Labour leader"; "Carlos
    Alcaraz's management team"): a word of the body's name other than `noun`."""
    words = set(re.findall(r"\w+", body.name.lower())) - {noun, "the"}
    return bool(words & set(re.findall(r"\w+", f"{person.role or ''} {person.name}".lower())))


def _a_group_of_people(tok: Token) -> bool:
    """A plural noun for people or bodies ("patients", "voters", "unions"), or a people's name ("Democrats")."""
    one = tok.lower_.removesuffix("s")
    return (
        tok.tag_ == "NNPS"
        or tok.ent_type_ == "NORP"
        or people_word(one)
        or one in _BODY_NOUNS
        or people_word(tok.lower_)
    )


def _for_the_body(head: Token) -> Token | None:
    """ "company" of "A spokesman for the company": a body the phrase names by "the" and its noun alone."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == head.i + 1), None)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if body is None or body.lower_ not in _BODY_NOUNS or body.tag_ != "NN" or body.i != head.i + 3:
        return None
    if any(c.dep_ == "appos" for c in (*head.children, *body.children)):
        return None  # "A spokesman for the agency, Trooper Scottie Pennington,": named by name
    after = body.nbor(1) if body.i + 1 < len(body.doc) else None
    if after is not None and after.tag_ == "NNP" and after.ent_type_ in ("ORG", ""):
        return None  # "A spokesperson for the charity Age UK", the name read as the verb's subject: named by name
    return body if body.nbor(-1).lower_ == "the" else None


def _said_before(head: Token) -> list[Token]:
    """The clauses that the verb `head` is the subject of reports before it: "Bayern have signed Diallo, the club
    confirmed"."""
    return [c for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i]


def _no_given_name(name: str) -> bool:
    """One word ("Stagecoach"), or two of which the first is no given name ("Hellas Verona", not "Ann Vos")."""
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and not given_names.is_given(words[0]))


def _says_of_itself(head: Token) -> bool:
    """ "Stagecoach said it was pleased": the subject of a speech verb whose reported clause opens with "it" as its
    own subject, which only a body or a thing takes up."""
    verb = head.head
    if head.dep_ != "nsubj" or not speech.is_cue(verb):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if subject is None or subject.lower_ != "it" or subject.left_edge.i > clause.left_edge.i + 1:
        return False
    # not an "it" that stands for nothing: "Trump said it was clear that ...", "said it was time to ..."
    said_of = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    return not any(c.lower_ in _EXPLETIVE_WORDS for c in said_of) and not any(
        c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > subject.i for c in clause.children if not said_of
    )


# Words for the young, who hold no office: "The teenager, who was 13 at the time, denied ..."
_YOUNG = frozenset("teenager teen boy girl child schoolboy schoolgirl pupil toddler youngster".split())


# Adjectives that make an office of their own with its noun: "prime minister", "first minister", "chief whip".
_OFFICE_ADJECTIVES = frozenset("prime first chief deputy foreign attorney surgeon".split())


def _office_adjective(tok: Token) -> bool:
    """A word before an office that makes it an office of its own: "prime minister", and a verb's "-ing" form right
    before it ("returning officer", "presiding judge"; not "acting", which says whose office it stands in for)."""
    if tok.lower_ in _OFFICE_ADJECTIVES:
        return True
    return tok.tag_ == "VBG" and tok.i == tok.head.i - 1 and tok.lower_ != "acting"


def _another_office(head: Token, found: Entity) -> bool:
    """ "The US transportation secretary", an office with words of its own for what it is of, is not someone whose
    known role names no such office ("Sophie Morgan, a television presenter"); nor is "the teenager" someone who
    holds an office ("Sheriff")."""
    role = (found.role or found.title or "").lower()
    if head.lower_ in _YOUNG:
        return found.kind == "person" and any(w in _OFFICES for w in role.split())
    # (or an adjective that makes it an office of its own: "The prime minister", after "The local MP, Matt Warman")
    if head.lower_ not in _OFFICES or not any(
        (c.dep_ == "compound" and c.tag_ == "NN") or (c.dep_ == "amod" and _office_adjective(c)) for c in head.children
    ):
        return False
    if role.split()[-1:] and role.split()[-1] in _EQUALS:
        return False  # "Andrea Leadsom's predecessor": whose equal, which says no office of its own
    made = next((c for c in head.children if c.dep_ == "amod" and _office_adjective(c)), None)
    office = f"{made.lower_} {head.lower_}" if made is not None else head.lower_
    return found.kind == "person" and bool(role) and office not in role


def _in_clause_of_another(tok: Token, named: Token) -> bool:
    """`tok` stands in a relative clause on the name `named` whose subject is someone else ("Rachel Dunmore, whose
    son has diabetes and monitors his blood sugar"): a his or her there may be that subject's, not the named one's."""
    for up in tok.ancestors:
        if up.dep_ == "relcl" and up.head.i == named.i:
            subject = next((c for c in up.children if c.dep_ in _SUBJECT), None)
            return subject is not None and subject.tag_ in ("NN", "NNS", "NNP", "NNPS")
    return False


def _told_of_another(tok: Token, named: Token) -> bool:
    """`tok` stands in what the named one says, in a clause whose subject is a thing or a body ("said the force was
    concerned for her welfare"): a his or her there may be anyone's the story is about, a weaker sign of the
    speaker's gender than the he or she that takes the speaker up next."""
    for up in tok.ancestors:
        if up.dep_ == "ccomp" and up.head.i == named.head.i and named.dep_ in ("nsubj", "nsubjpass"):
            subject = next((c for c in up.children if c.dep_ in _SUBJECT), None)
            return subject is not None and subject.tag_ in ("NN", "NNS") and not people_word(subject.lower_)
    return False


def _counted(sent: Span) -> list[Token]:
    """The group a sentence counts a share or a number of ("64 percent of registered voters", "nine of 10
    Republicans"), where it counts one only: after "31 percent of those surveyed ... three-fourths of dock workers",
    "42% say" may be of either."""
    counted = [t for t in sent if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in speech.PARTS]
    # "Of the 1,200 heads who responded, 71% said ...": the group named first, which the parse hung on the verb
    counted = counted or [
        t
        for t in sent
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.i == sent.start and t.head.head.tag_.startswith("VB")
    ]
    return counted if len(counted) == 1 and counted[0].tag_ in ("NNS", "NNPS") else []


def _object_of_own_verb(tok: Token, named: Token) -> bool:
    """ "Barack Obama, who awarded her the medal,": a him or her that the named person's own verb takes as its object
    is someone else (else it would be "himself", "herself")."""
    if tok.dep_ not in ("dobj", "dative") or tok.lower_ not in ("him", "her"):
        return False
    verb = tok.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "..., calling her 'a star'": the subject of the verb the participle hangs on
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if named.dep_ == "appos" and named.head.i == subject.i:
        subject = named  # "Kenya's education minister, Julius Ogamba, congratulated her"
    return subject.i == named.i or (subject.lower_ == "who" and verb.dep_ == "relcl" and verb.head.i == named.i)


def _main_subject(sent: Span, passive: bool = False) -> Token | None:
    """The subject of a sentence's main verb (or, with `passive`, of a passive one: "Gregory Lane, 58, is charged
    with fraud")."""
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    found = next((t for t in sent if t.dep_ in deps and t.head.dep_ == "ROOT"), None)
    if found is None and sent.root.tag_ in ("NN", "NNP") and any(speech.misread_acl(c) for c in sent.root.children):
        return sent.root  # "Norris, who started on pole, spun on lap 29": the verb read as a modifier of the subject
    return found


def _sentence_key(tok: Token) -> tuple[int, int, int, bool]:
    """The sentence a token is in, for finding antecedents, and whether it is a run-on. A "sentence" of more than
    RUN_ON words is captions and copy glued together without stops: each stretch of RUN_ON // 2 words of it
    counts as one, in which the subject closest to the pronoun is the antecedent, not the first."""
    sent = tok.sent
    run_on = len(sent) > RUN_ON
    return id(tok.doc), sent.start, (tok.i - sent.start) // (RUN_ON // 2) if run_on else 0, run_on


def _person_set_off_after(head: Token) -> str | None:
    """A person's full name, as the recogniser found it, set off by commas right after `head`: "leader, Per Ekberg,"."""
    doc = head.doc
    first = head.i + 2
    if (
        first >= len(doc)
        or doc[head.i + 1].text != ","
        or doc[first].ent_iob_ != "B"
        or doc[first].ent_type_ != "PERSON"
    ):
        return None
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    words = doc[first:end]
    if (
        end >= len(doc)
        or doc[end].text != ","
        or len(words) < 2
        or not all(t.text[:1].isupper() and t.is_alpha for t in words)
    ):
        return None
    return _text(list(words))


def _read_as_a_body(tok: Token) -> bool:
    """ "The head of the Athletics Integrity Unit, Brett Clothier, said": a given name and a surname, no word of a
    body's name among them, that the recogniser read as a body's name."""
    words = _compound_name(tok)
    return (
        tok.ent_type_ == "ORG"
        and 2 <= len(words) <= 3
        and all(t.tag_ == "NNP" and t.ent_type_ == "ORG" for t in words)
        and given_names.is_given(words[0].text)
        and not any(t.lower_ in _FIRM_ENDINGS for t in words)
    )


def _name_closing(head: Token, recognised: bool = True, held: Callable[[Token], bool] | None = None) -> Token | None:
    """ "The head of the Harbour Trust, Ann Vos, said": a person's name set off by commas at the end of a subject
    phrase, right before its verb, which the parse hung on a noun inside the phrase ("Trust") instead of its head.
    `held` says whether a noun for one person inside the phrase is someone named before ("A spokesman for the
    governor, Manuel Bonder,", after "Gov. Josh Shapiro"), so that the name is not theirs."""
    verb = head.head
    if head.dep_ not in _SUBJECT or verb.i < head.i:
        return None
    for tok in head.subtree:
        # a name after a comma that the parse joined to the noun before it without an "and" is set off all the same
        # ("Its director for England, Birte Harlev-Lam, said")
        listed = tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.head.children)
        if (tok.dep_ != "appos" and not listed) or tok.head.i == head.i:
            continue
        if (
            tok.ent_type_ != "PERSON"
            and (recognised or tok.ent_type_ or tok.tag_ != "NNP")
            and not _read_as_a_body(tok)
        ):
            continue
        if _named_person_noun(tok) and not (held is not None and held(tok.head)):
            continue  # "A spokesperson for Lumen's chief executive, Rebecca Vance, said": Vance is the chief executive
        if any(a.dep_ == "acl" and a.tag_ == "VBN" for a in tok.ancestors if a.i > head.i):
            continue  # "Three judges, led by the Lady Chief Justice, Baroness Carr, found": who led them, not them
        doc = tok.doc
        before = tok.left_edge.i - 1
        while before > 0 and doc[before].is_space:
            before -= 1  # "Inequality,  Ricardo Raphael": a double space is a token of its own
        if before > 0 and doc[before].text == "," and tok.right_edge.i + 2 == verb.i:
            return tok if doc[tok.right_edge.i + 1].text == "," else None
        if before > 0 and doc[before].text == "," and _whose_aside_between(tok, verb):
            return tok  # "One of its organisers, Daniel Okafor, whose daughters use the library, said"
    return None


def _main_subject_or_its_body(head: Token) -> bool:
    """The name is the main clause's subject (or set beside it), or the body of the people who are ("Economists at
    Capital Economics said"); a passive's subject is as much what the sentence is about ("Celestial AI was founded
    in 2020")."""
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT":
        return True
    if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.dep_ == "ROOT":
        return True  # "Ashgrove's owner, Evergreen Care Ltd, went into administration"
    # (or of a main clause joined to the first by "and": "Some doctors said ..., and a campaign group, Doctors'
    # Association UK, warned ...")
    subject = head.head if head.dep_ == "appos" else head
    verb = subject.head
    if subject.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
        return subject.left_edge.i > 0 and subject.doc[subject.left_edge.i - 1].lower_ == "and"
    prep, noun = head.head, head.head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ in ("at", "from", "of")
        and noun.dep_ == "nsubj"
        and noun.head.dep_ == "ROOT"
        and people_word(noun.lower_.removesuffix("s"))
    )


def _listed_without_and(tok: Token) -> bool:
    """ "Arizona's secretary of state, Adrian Fontes, a Democrat, said": a name the parse joined to the noun before
    it as a list's next item, with no "and" or "or", after a comma; set beside it, as an apposition is."""
    return (
        tok.dep_ == "conj"
        and not any(c.dep_ in ("cc", "preconj") for c in (*tok.head.children, *tok.children))
        and tok.head.tag_ not in ("NNS", "NNPS")  # "The co-chairs ..., Dr Melissa Ryan and Dr Ross Nieuwoudt,"
        and tok.left_edge.i > 0
        and tok.doc[tok.left_edge.i - 1].text == ","
    )


def _whose_aside_between(name: Token, verb: Token) -> bool:
    """Only a relative clause set off by commas ("..., who ..., ", "..., whose ..., ") between the name and the verb,
    which the parse hung elsewhere."""
    doc = name.doc
    after = max(t.i for t in name.subtree if not t.is_punct) + 1
    if after + 1 >= verb.i or doc[after].text != "," or doc[verb.i - 1].text != ",":
        return False
    rel = doc[after + 1]
    if rel.lower_ not in ("who", "whose"):
        return False
    clause = next((a for a in rel.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and clause.left_edge.i == rel.i and clause.right_edge.i == verb.i - 2


def _particle(word: str) -> str:
    """A name's word, with "Von" and "De" in the lower case they have inside a name."""
    return word.lower() if word.lower() in PARTICLES else word


def _hyphened_person(head: Token) -> str | None:
    """ "out-half", which the tokenizer splits at its hyphen: the whole word, where it names a person and its last
    part alone ("half") does not."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].tag_ != "HYPH" or doc[head.i - 1].whitespace_ or doc[head.i - 2].whitespace_:
        return None
    word = f"{doc[head.i - 2].lower_}-{head.lower_}"
    return word if people_word(word) and not people_word(head.lower_) else None


def _ranked(tok: Token) -> bool:
    """The number of a rank: "1" of "World No. 1", which the tokenizer may split into "No", "." and "1"."""
    doc = tok.doc
    before = [t.lower_ for t in doc[max(tok.i - 2, 0) : tok.i]]
    return bool(before) and (before[-1] in ("no.", "number") or before[-2:] == ["no", "."])


def _hyphened(tok: Token) -> bool:
    """A number joined by a hyphen to the word after it: "two" of "two-term", "three" of "three-time"."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "HYPH" and not tok.whitespace_


_LARGE = frozenset("million billion trillion bn".split())
_CURRENCIES = frozenset("euros euro dollars dollar pounds pound yen yuan francs rupees".split())


def _amount_cut(toks: list[Token]) -> list[Token]:
    """A name without an amount the recogniser ran into it ("fined Apple 1.8 billion euros": "Apple"); not the
    number of a name ("Channel 4", "Area 51")."""
    n = len(toks)
    # (or a score: "beating Coco Gauff 4-6, 6-3, 6-4")
    score = [i for i, t in enumerate(toks) if t.text in ("-", "–") and 0 < i < n - 1]
    if score and n - score[-1] == 2 and all(toks[i].like_num for i in (score[-1] - 1, score[-1] + 1)) and n > 3:
        return toks[: score[-1] - 1]
    while n > 1 and (toks[n - 1].like_num or toks[n - 1].lower_ in _LARGE):
        n -= 1
    if n == len(toks):
        return toks
    after = toks[-1].doc[toks[-1].i + 1] if toks[-1].i + 1 < len(toks[-1].doc) else None
    if any(t.lower_ in _LARGE for t in toks[n:]) or (after is not None and after.lower_ in _CURRENCIES):
        return toks[:n]
    return toks


# What a firm is called whatever it makes or runs
# Words for a firm by its trade, which no body of the state or of another kind is called: "the airline said".
_FIRMS_BY_TRADE = frozenset("airline carrier bank lender insurer brewer retailer broadcaster publisher".split())
FIRM_NOUNS = frozenset(
    "company firm business corporation group retailer chain maker manufacturer producer supplier startup start-up"
    " operator supermarket".split()
)
# Plurals that end the names of single firms: what they make or do, not who they are.
_FIRM_PLURALS = frozenset(
    "foods motors industries airlines airways systems technologies holdings brands pharmaceuticals networks"
    " communications resources laboratories labs services solutions enterprises products mills stores materials"
    " dynamics electronics instruments therapeutics sciences semiconductors investments properties homes"
    " securities studios pictures records publications games logistics robotics analytics ventures trains"
    " railways platforms trams buses ferries lines cruises".split()
)
# Last words of a company's name: "Orvane Pharmaceuticals", "Fox News", "Acme Inc."
_FIRM_ENDINGS = (
    frozenset(
        "inc inc. corp corp. co co. ltd ltd. plc llc ag sa se nv bio pharma news media capital partners airport"
        # what a firm makes or does, in the singular: "Halvorsen Semiconductor", "Ford Motor"
        " semiconductor energy technology software pharmaceutical chemical chemicals biotech telecom aerospace"
        " insurance motor electric mining shipping line".split()
    )
    | _BODY_NOUNS
    | _FIRM_PLURALS
)
# Last words of a firm's name that are surnames too ("Cheryl Mills", "Tyrone Banks", "Emily Court")
_SURNAMES_TOO = frozenset(
    "mills homes games banks brands records stores brewer carrier branch wing court hall church".split()
)


def _firm_ending(last: Token) -> bool:
    return last.text[:1].isupper() and last.lower_ in _FIRM_ENDINGS and last.lower_ not in _SURNAMES_TOO


def _plural_name(ent: Span, toks: list[Token]) -> bool:
    """A body's name that is a plural ("Democrats", "the Rolling Stones"); not one whose head noun comes before a
    plural of its own ("Office for Product Safety and Standards", "Royal College of Midwives")."""
    if toks[-1].tag_ != "NNPS" or (toks[-1].lower_ in _FIRM_PLURALS and len(toks) > 1):
        return False  # "Cal-Maine Foods", "General Motors", "Oakfield Homes": one firm
    return not any(t.lower_ in ("of", "for") and t.head.i < t.i and t.head.tag_ == "NNP" for t in ent)


def _named_person_noun(appos: Token) -> bool:
    """A name set beside a noun for one particular person inside a phrase ("Lumen's chief executive, Rebecca
    Vance", "the former mayor, Tom Reyes"): that person's name, not the name of who the phrase is about."""
    owner = appos.head
    return (
        appos.dep_ == "appos"
        and appos.ent_type_ == "PERSON"
        and owner.tag_ == "NN"
        and people_word(owner.lower_)
        and any(c.dep_ in ("det", "poss") for c in owner.children)
    )


def _titled_object(head: Token) -> Token | None:
    """ "CIS director of research Steven Camarota said": a name the parse hung on "of" with a common noun set
    right before it is a title and a name, not "a friend of John Smith"."""
    if not head.tag_.startswith("NN") or any(c.dep_ == "det" for c in head.children):
        return None  # not "the likes of goalkeeper David de Gea"
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ == "PERSON":
                words = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
                if words and words[0].tag_ == "NN" and words[0].i == prep.i + 1:
                    return obj
    return None


# Nouns for a body by what it does, which any kind of body may be: "the competition watchdog" may be an authority.
_ANY_BODY = frozenset("watchdog regulator body group organisation organization".split())


def _another_kind_named(e: Entity, noun: str) -> bool:
    """A body whose name ends in a noun for another kind of body than `noun`: "the Department for Education" is
    not "the union"."""
    # (a name ending in a noun any body may have says no kind: "the Child Poverty Action Group" may be "a charity")
    if noun == "union" and e.head in _NAMES_OF_UNIONS:
        return False  # "the country's largest teaching union", "The Educational Institute of Scotland"
    return noun not in _ANY_BODY and e.head != noun and e.head in (_BODY_NOUNS | _INSTITUTIONS) - _ANY_BODY


# What a union's own name may call it: "the British Medical Association", "the Royal College of Nursing".
_NAMES_OF_UNIONS = frozenset("association institute federation society college congress guild alliance".split())


# "Prosecuting, Ian Goldsack said": the side a barrister speaks for in court, by the word that opens the sentence.
_COURT_SIDES = {"prosecuting": "prosecutor", "defending": "defence barrister", "mitigating": "defence barrister"}


def _court_side(ent: Span) -> str | None:
    """ "Prosecuting, Ian Goldsack said ...", "Defending, Jasmine Hart told the court ...": the role of a name that
    is the subject of a verb whose sentence opens with the side taken, alone before a comma."""
    after = _court_side_after(ent)
    if after is not None:
        return after
    verb = ent.root.head
    titled = ent.start > 0 and _KNIGHTED.match(ent.doc[ent.start - 1].text) is not None  # "Lord Arthurson"
    start = ent.start - 1 if titled else ent.start
    if ent.root.dep_ != "nsubj" or start < 2 or ent.doc[start - 1].text != ",":
        return None
    side = ent.doc[start - 2]
    if side.i != side.sent.start or side.head.i != verb.i or side.dep_ != "advcl":
        # "Sentencing him on Tuesday, Lord Arthurson said": who passes sentence is the judge
        side = side.sent[0]
        if side.head.i != verb.i or side.dep_ != "advcl" or side.right_edge.i != start - 2:
            return None
        judging = side.lower_ in ("sentencing", "jailing") and any(c.dep_ == "dobj" for c in side.children)
        return "judge" if judging else None
    return _COURT_SIDES.get(side.lower_)


def _entity_at(tok: Token) -> Span | None:
    """The named entity `tok` is a word of."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _lower_the(name: str) -> str:
    """ "The GDL union" as it reads inside a phrase: "the GDL union"."""
    return "the" + name[3:] if name.startswith("The ") else name


def _place_owning_body(tok: Token) -> bool:
    """ "Nigeria" of "Nigeria's National Commission for Museums": a place named as the owner of a body's name."""
    name = _name_head(tok)
    return tok.ent_type_ == "GPE" and name.dep_ == "poss" and name.head.ent_type_ == "ORG"


def _place_before_base(head: Token) -> list[Token] | None:
    """ "The Santa Clara" of "The Santa Clara, California-based company": the article and the city before the state
    a body is based in, which the parse made a subject of their own beside the noun; their words, comma included."""
    based = next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "based"), None)
    if based is None or based.left_edge.i < 3 or head.doc[based.left_edge.i - 1].text != ",":
        return None
    city = head.doc[based.left_edge.i - 2]
    if city.ent_type_ != "GPE" or city.head.i != head.head.i or city.dep_ != head.dep_:
        return None
    words = list(head.doc[city.left_edge.i : based.left_edge.i])
    return words if words[0].lower_ == "the" else None


def _person_an_office_is_of(head: Token) -> Span | None:
    """ "The office of Israel's prime minister, Benjamin Netanyahu,", "the family of Ana Ruiz": the person named in
    the noun's "of" phrase, by name or set beside the word for their post."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None:
        return None
    if pobj.tag_ == "NN" and people_word(pobj.lower_):
        pobj = next((c for c in pobj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), pobj)
    if pobj.ent_type_ != "PERSON":
        return None
    return _entity_at(pobj)


# The side a barrister speaks for, set off after the name: "Ben Myers KC, defending,", "Nick Johnson KC, for the
# prosecution,".
_FOR_SIDES = {"prosecution": "prosecutor", "crown": "prosecutor", "defence": "defence barrister"}


def _court_side_after(ent: Span) -> str | None:
    """ "Ben Myers KC, defending, argued", "Nick Johnson KC, for the prosecution, said": the side named alone between
    commas right after the name (and its letters: "KC") is the role of the one who speaks."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].text.rstrip(".") in POST_NOMINALS:
        end += 1
    close = next((t.i for t in doc[end + 1 : end + 5] if t.text == ","), None)
    if end >= len(doc) or doc[end].text != "," or close is None:
        return None
    words = [t.lower_ for t in doc[end + 1 : close]]
    if len(words) == 1:
        return _COURT_SIDES.get(words[0])
    if len(words) == 3 and words[:2] == ["for", "the"]:
        return _FOR_SIDES.get(words[2])
    return None


def _holder_after_seat(office: Token) -> Token | None:
    """ "Burnham" of "The mayor of Greater Manchester, Andy Burnham,": a person's name set off by commas after the
    place or body an office is "of", which the parse hung on that place."""
    of = next((c for c in office.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    seat = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    # (a place a governor or a mayor is of, whatever the recogniser took it for: "The governor of São Paulo")
    places = (
        ("GPE", "ORG", "LOC", "PERSON") if office.lower_ in ("governor", "mayor", "premier") else ("GPE", "ORG", "LOC")
    )
    if seat is None:
        return None
    place = next((c for c in seat.children if c.dep_ in ("nmod", "compound") and c.ent_type_ in places), None)
    if seat.ent_type_ == "PERSON" and place is not None and seat.doc[place.right_edge.i + 1].text == ",":
        # "The mayor of Saint-Gervais, Jean-Marc Peillex,", parsed with the place hung on the name
        return seat
    # (or a body named by its own name and a noun for it: "The chair of the Booker judges")
    named_body = any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in seat.children)
    if seat.ent_type_ not in places and not named_body:
        return None
    # (or a name the recogniser missed, set off by commas: "The mayor of Marathon, Stergios Tsirkas, told")
    name = next(
        (
            c
            for c in seat.children
            if c.dep_ == "appos"
            and (
                c.ent_type_ == "PERSON"
                or (not c.ent_type_ and _name_shaped(_compound_name(c)) and c.doc[c.i + 1].text == ",")
            )
        ),
        None,
    )
    if name is None:
        # (or a name set beside a word for what they are: "The chair of the Booker judges, the historian Sir Simon
        # Schama,")
        what = next((c for c in seat.children if c.dep_ == "appos" and c.tag_ == "NN" and people_word(c.lower_)), None)
        named = [c for c in what.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"] if what is not None else []
        if what is None or not named or named[0].i + 1 >= len(seat.doc) or seat.doc[named[0].i + 1].text != ",":
            return None
        return named[0] if seat.doc[what.left_edge.i - 1].text == "," else None
    # (the comma that sets it off may be the parse's own first word of the name's phrase)
    first = next(t for t in name.subtree if not t.is_punct)
    if name.doc[first.i - 1].text != ",":
        return None
    return name


def _role_of(ent: Span) -> str | None:
    """A title before the name ("US Secretary of State Antony Blinken", "Chief executive Ross McEwan")
    or an appositive after it ("Chuck Grassley, Republican of Iowa")."""
    if ent.root.tag_ == "MD" and len(ent) > 1:
        ent = ent[1:]  # "Will Wong, a research manager at IDC, said": a given name read as a verb's "will"
    root = ent.root
    # "Tenants' leader Carol Ashworth": a group's, whose the post is, stays (not "his" or "Obama's" before a post:
    # "Obama's chief of staff John Podesta")
    groups = {t.i for t in root.subtree if t.dep_ == "poss" and t.tag_ == "NNS" and t.i < ent.start}
    # (and the owner of a word for someone's relation, without whom it says little: "His former team-mate Stuart
    # Broad", "Root's agent Ian Smith")
    groups |= {
        t.i
        for t in root.subtree
        if t.dep_ == "poss"
        and t.i < ent.start
        and t.head.lower_ in _RELATIONAL
        and (t.lower_ in ("his", "her") or t.ent_type_ == "PERSON")
    }
    # (and a country's, whose office it is: "Chile's President Gabriel Boric")
    groups |= {
        t.i
        for t in root.subtree
        if t.dep_ == "poss" and t.i < ent.start and t.ent_type_ == "GPE" and t.head.lower_ in _OFFICES
    }
    groups |= {t.i for t in root.subtree if t.dep_ == "case" and t.head.i in groups}
    # (not "among them" of "Supporters of the law, among them state Sen. Phil King,": which of them, no role)
    among = {t.i for c in root.children if c.dep_ == "prep" and c.lower_ in ("among", "including") for t in c.subtree}
    # (not a place hung on the name before the comma that sets the name off: "The mayor of Saint-Gervais, Jean-Marc
    # Peillex,")
    set_off = ent.start - 1 if ent.start > 0 and ent.doc[ent.start - 1].text == "," else -1
    post = ent.doc[set_off - 1] if set_off > 0 else None
    if (
        post is not None
        and post.head.i == root.i
        and post.dep_ in ("amod", "compound")
        and "-" in post.text
        and people_word(post.lower_)
    ):
        # "The BBC's director-general, Tim Davie,": an office joined to its "-general", read as an adjective of the
        # name it is set beside, with all before it
        return _text(_trim_det([t for t in root.subtree if t.i < set_off])) or None
    left = [
        t
        for t in root.subtree
        if set_off < t.i < ent.start
        # (a body's initials read as an article are the body's: "JMA official Shigeki Aoki")
        and (t.dep_ not in ("det", "punct", "poss", "case") or t.i in groups or (t.dep_ == "det" and t.tag_ == "NNP"))
        and t.i not in among
    ]
    # "Brighton head coach Fabian Hurzeler praised ...", the post read as a second subject of the verb (or as its
    # adverb: "Co-author Juliet Schor said"): the post
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if (
        not left
        and before is not None
        and before.tag_ == "NN"
        and before.dep_ in ("nsubj", "npadvmod")
        and root.dep_ == "nsubj"
        and before.head.i == root.head.i
        and before.right_edge.i == before.i
        and (before.lower_ in _OFFICES or people_word(before.lower_))
    ):
        left = [t for t in before.subtree if t.dep_ not in ("det", "punct", "poss", "case")]
    # not "when" from "..., when Mr. Ruiz called for ...", parsed as the name's own
    left = [
        t
        for t in left
        if (
            t.ent_type_ not in ("DATE", "TIME", "CARDINAL")
            or (t.ent_type_ == "CARDINAL" and (_hyphened(t) or _ranked(t)))
            or _one_of_a_name(t)
        )
        and t.tag_ != "WRB"
    ]
    # (not an "and" between two adjectives: "Former British and Irish Lions captain Sam Warburton")
    cut = max((n for n, t in enumerate(left) if t.dep_ == "cc" and t.head.tag_ != "JJ"), default=-1)
    left = left[cut + 1 :]  # "Jo Hale and Mayor Ana Ruiz": only what follows the "and" is Ruiz's
    if left:
        # '"... since the original," chief executive Tim Cook told': the quote's words are no part of the title
        mark = max((t.i for t in ent.doc[left[0].i : ent.start] if t.is_quote and t.tag_ != "POS"), default=-1)
        left = [t for t in left if t.i > mark]
    clause = max(
        (
            n
            for n, t in enumerate(left)
            if t.tag_.startswith("VB") and _has_subject_or_aux(t) and not people_word(t.lower_)
        ),
        default=-1,
    )
    left = left[clause + 1 :]  # "Rangers have sacked manager Philippe Clement", the verb read as a modifier
    # "the ruling thanking President-elect Donald J. Trump": a verb's "-ing" form read as a noun, right before a title
    # in capitals, ends the phrase before the title (not "acting President", read as the modifier it is)
    verb = max(
        (
            n
            for n, t in enumerate(left[:-1])
            if t.tag_ == "NN"
            and t.text.islower()
            and t.text.endswith("ing")
            and not people_word(t.lower_)
            and left[n + 1].i == t.i + 1
            and left[n + 1].text[:1].isupper()
            and people_word(left[n + 1].lower_)
        ),
        default=-1,
    )
    left = left[verb + 1 :]
    if (
        len(left) > 1
        and left[0].tag_ in ("VBD", "VBN")
        and left[0].i > 0
        and left[0].doc[left[0].i - 1].text == ","
        and not any(True for _ in left[0].children)
    ):
        # "Takaichi, 64, a former minister, beat agriculture minister Shinjiro Koizumi": the sentence's verb after
        # its subject's apposition, read as a modifier
        left = left[1:]
    if left and left[0].tag_ in ("VBG", "VBN"):
        # "Defending Petts, barrister Ruth Ogden said": a participle's clause before the comma is no part of it
        comma = max((t.i for t in ent.doc[left[0].i : ent.start] if t.text == ","), default=-1)
        left = [t for t in left if t.i > comma]
    if left and _COURTESY.match(left[-1].text):
        left = []  # "voters Mrs. Clinton must win", "even Mr. Ailes": the name starts at "Mrs.", no role before it
    if ent.start > 0 and ent.doc[ent.start - 1].text == ")":
        left = []  # "(The Hollywood Reporter)Stan Lee": a source's credit glued to the name, not a title
    if left and all(_HONORIFIC.match(t.text) for t in left):
        office = _title_office(ent)
        country = _country_headed(ent.root, ent) if office and office.lower() in _HEADS else None
        if country is not None:
            # "Gov. Wes Moore of Maryland": the state's governor; and what an apposition says, which the parse may
            # hang on the state ("Gov. Chris Christie of New Jersey, a Trump ally")
            after = _role_after(ent) or _role_after(_place_after(ent.root, ent))
            return f"{office} of {country}, {after}" if after else f"{office} of {country}"
        left = []  # "Sen." alone is a title, not a role; "Kansas Gov." is a role
    if len(left) == 1 and left[0].tag_ == "NNS" and left[0].lower_.removesuffix("s") in _RELATIONAL:
        left = []  # "a fight between brothers Liam and Noel Gallagher": what the two are to each other, no role
    edge = ent.start  # where the name, with the titles cut from the role below, begins
    while len(left) > 1 and _HONORIFIC.match(left[-1].text) and any(t.lower_ in _OFFICES for t in left[:-1]):
        # "panel Chairman Rep. Jo Hale": the office is the role, "Rep." only a title (and "Pentagon press secretary
        # Maj. Gen. Pat Ryder": "Pentagon press secretary")
        edge, left = left[-1].i, left[:-1]
    while (
        len(left) > 1
        and left[-1].text[:1].isupper()
        and (left[-1].lower_.rstrip(".") in ("professor", "prof", "dr"))
        and any(t.text.islower() and people_word(t.lower_) for t in left[:-1])
    ):
        edge, left = left[-1].i, left[:-1]  # "Panda expert Professor Zhang Hemin": "Panda expert", the rest a title
    while len(left) > 1 and _KNIGHTED.match(left[-1].text):
        edge, left = left[-1].i, left[:-1]  # "Conservative MP Sir John Hayes": the role is "Conservative MP"
    while len(left) > 1 and left[-1].text in ("Councillor", "Cllr", "Cllr.") and people_word(left[-2].lower_):
        edge, left = left[-1].i, left[:-1]  # "Opposition leader Councillor Alan Lamb": the role is "Opposition leader"
    while len(left) > 1 and _ROYAL.match(left[-1].text) and any(t.lower_ in _OFFICES for t in left[:-1]):
        edge, left = left[-1].i, left[:-1]  # "Saudi Energy Minister Prince Abdulaziz": the role is the ministry's
    if left and all(_ROYAL.match(t.text) for t in left):
        # "Saudi Arabia's energy minister, Prince Abdulaziz bin Salman,": the office set beside the name says more
        # than the rank before it
        after = _role_after(ent.doc[left[0].i : ent.end])
        if after:
            return after
    if left and left[0].i > 0 and ent.doc[left[0].i - 1].lower_ == "lead" and left[0].lower_ in _LED:
        left = [ent.doc[left[0].i - 1], *left]  # "lead author Michael Zemp", "lead" read as a verb
    if left and left[-1].i >= min(edge, ent.start) - 2:
        text = FURNITURE_BEFORE.sub("", _text(_trim_det(left)))
        if len(left) == 1 and left[0].tag_ == "NNS" and left[0].lower_.removesuffix("s") in _OFFICES:
            # "Senators Mitch McConnell of Kentucky, Susan Collins of Maine and ...": one of them, a senator
            text = text.removesuffix("s")
        # one lower-case noun that is no word for a person is the end of the phrase before, run into the name by a
        # missing stop or a misparse ("when exposed to sunlight James said", "but satisfy Bernie Sanders")
        stray = " " not in text and text.islower() and not people_word(text)
        # (or a word for a person the tagger read as an adjective: "The saxophonist Wayne Delacroix")
        nouns = [
            t
            for t in left
            if t.tag_.startswith("NN")
            or (t.tag_ == "JJ" and t.dep_ == "compound" and people_word(t.lower_))
            # (and an office joined to its "-elect" or "vice-", read as an adjective: "President-elect Donald J. Trump")
            or (t.tag_ == "JJ" and t.text[:1].isupper() and "-" in t.text and people_word(t.lower_))
        ]
        if text and nouns and not _FURNITURE.match(text) and not stray:
            # "Professor Rahul Mehta, an endocrinologist at King's College London,": a bare academic title says less
            # than the apposition after the name
            bare = text.lower() in _BARE_TITLES and _role_after(ent.doc[min(left[0].i, ent.start) : ent.end])
            body = _of_a_body(ent.root, ent)
            # (but "Professor Janet Hoek of the University of Otago" is a professor at it, below, not the university)
            if bare and not (text.lower() == "professor" and bare == body):
                return bare
            seated = text.lower() in _LAWMAKERS | _CLERGY
            after = _role_after(ent.doc[min(left[0].i, ent.start) : ent.end]) if seated else None
            place = _place_after(ent.root, ent) if seated and not after else None
            if place is not None:
                # "Senator Lindsey Graham of South Carolina, a Republican on the Judiciary Committee,": the parse hung
                # the apposition on the state
                after = _role_after(place)
            if after and _bare_seat(after):
                return _seat(after, text)  # "Senator Amy Klobuchar, D-Minn.,": "Democratic senator from Minnesota"
            # (and "Representative Ro Khanna, Democrat of California,")
            if after and text.lower() not in after.lower() and after != body:  # (the body is "of the Broad Front")
                # "Senator Bill Cassidy, the committee's ranking Republican,": the seat and the post in it
                return f"{text}, {after}"
            # "Union leader Sophie Binet of the CGT": the body the title is held in, named after the name
            if body and body.lower() not in text.lower():
                of = next(c for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i >= ent.end)
                # (up to a comma: not "..., who wrote an editorial")
                cut = next((t.i for t in of.subtree if t.i > of.i + 1 and t.text == ","), of.right_edge.i + 1)
                phrase = [t for t in of.subtree if t.i < cut]
                if text.lower() == "professor":  # a professor at a body, not of it
                    return f"{text} at {_text(phrase[1:])}"
                return f"{text} {_text(phrase)}"  # "of the CGT", as the article has it
            country = _country_headed(ent.root, ent) if text.lower() in _HEADS else None
            if country is not None:
                return f"{text} of {country}"  # "President Javier Milei of Argentina": whose president
            # "House Speaker Mike Johnson, R-La.,": the office, and the party and state
            return _with_seat(text, _role_after(ent.doc[min(left[0].i, ent.start) : ent.end]))
    return _role_after(ent) or _plural_title_before(root) or _leader_of(root)


# Verbs that make someone what the noun after them says: "became the youngest world darts champion".
_MADE_ONE = frozenset("become becomes became becoming named elected appointed crowned sworn".split())


# Who a body is led by, by the verb: "The GDL union, led by Claus Weselsky,".
_LEADING = {"led": "leader", "headed": "head", "chaired": "chair"}


def _leader_of(name: Token) -> str | None:
    """ "The GDL union, led by Claus Weselsky,": the one named as leading a body holds that post in it."""
    by = name.head
    verb = by.head
    if name.dep_ != "pobj" or by.dep_ != "agent" or verb.lower_ not in _LEADING or verb.dep_ != "acl":
        return None
    body = verb.head
    if body.tag_ not in ("NN", "NNP") or not (body.ent_type_ == "ORG" or body.lower_ in _BODY_NOUNS):
        return None
    named = body.head if body.dep_ == "appos" and body.head.ent_type_ == "ORG" and body.head.i < body.i else None
    if named is not None and body.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in body.children):
        # "the Samajwadi Party, a regional group led by Akhilesh Yadav": the body named, of which the apposition
        # says what it is
        ent = _entity_at(named)
        if ent is not None:
            name = _lower_the(ent.text)
            the = named.doc[ent.start - 1].lower_ == "the" if ent.start > 0 else False
            return f"{_LEADING[verb.lower_]} of {'the ' if the else ''}{name}"
    if body.ent_type_ != "ORG" and not any(c.dep_ in ("compound", "amod") for c in body.children):
        return None  # not "The team, led by Dr Jennifer Lavers,": a leader of no body that says which
    words = list(body.doc[body.left_edge.i : verb.i])
    while words and words[-1].is_punct:
        words.pop()
    if not words or any(t.is_punct and t.text != "-" for t in words):
        return None
    phrase = _lower_the(_text(words))  # "The GDL union" as "leader of the GDL union"
    return f"{_LEADING[verb.lower_]} of {phrase}"


def _plural_title_before(root: Token) -> str | None:
    """ "Governors Christopher Waller and Michelle Bowman": the office in the plural before the first of names joined
    by "and", which each of them holds."""
    listed = _listed_after_plural_title(root)
    if listed is not None:
        return listed
    if root.dep_ != "conj":
        return None
    first = root.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.ent_type_ != "PERSON" or first.i >= root.i:
        return None
    titles = [
        t
        for t in first.lefts
        if t.dep_ == "compound" and t.tag_ == "NNS" and t.lower_.removesuffix("s") in _OFFICES and t.text[:1].isupper()
    ]
    return titles[0].text.removesuffix("s") if len(titles) == 1 and titles[0].i == first.left_edge.i else None


def _listed_after_plural_title(root: Token) -> str | None:
    """ "Senators Susan Collins of Maine, Lisa Murkowski of Alaska and Mitch McConnell of Kentucky": the office in the
    plural that a list of names is set beside, which each of them holds (the parse may hang a name on the place
    before it)."""
    tok = root
    while root.ent_type_ == "PERSON":
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.ent_type_ == "GPE" and tok.head.head.i < tok.i:
            tok = tok.head.head  # "Lisa Murkowski of Alaska and Mitch McConnell": the name before the place
        else:
            break
    office = tok.head
    if tok.dep_ != "appos" or tok.ent_type_ != "PERSON" or office.i > tok.i or office.tag_ != "NNS":
        return None
    one = office.text.removesuffix("s")
    return one if one.lower() in _OFFICES and one[:1].isupper() and office.i == tok.left_edge.i - 1 else None


def _has_subject_or_aux(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _person_shaped(words: list[str]) -> bool:
    """Whether a name's words could be a person's: each capitalised, not in capitals ("FBI"), and none a noun for a
    body ("the Harbour Trust", "Transfield Services", "West Midlands Police")."""
    names = [w for w in words if w not in PARTICLES]  # "Otjan de Bruijn"
    return (
        bool(names)
        and all(w[:1].isupper() and not w.isupper() for w in names)
        and not any(
            w.lower().removesuffix("s") in _BODY_NOUNS
            or w.lower() in _BODY_NOUNS
            or w.lower() in ("police", "constabulary", "palace")  # "Kensington Palace said she would ..."
            for w in words
        )
    )


def _a_persons_post(word: str) -> bool:
    """A lower-case word for a person's post or part ("lawyer", "supporter"), not one for a body or for what a firm
    does ("retailer", "producer", "promoter")."""
    return word.islower() and people_word(word) and word not in _BODY_NOUNS | _MAKERS | _FIRM_ROLES


# Adjectives for the level of government a public body serves: "the regional fire service"
_LEVELS = frozenset("regional local national federal provincial municipal county district".split())


def _a_trade(noun: str) -> bool:
    """A word for a firm by the one thing it makes or supplies ("carmaker", "chipmaker", "supplier"), which no firm
    of another trade is called."""
    return noun == "supplier" or (noun.endswith("maker") and len(noun) > len("maker"))


# Words for what a firm does for others, which end like words for people: "the tour's promoter, Live Nation"
_FIRM_ROLES = frozenset(
    "promoter promoters operator operators provider providers organiser organizer sponsor sponsors owner owners "
    "contractor contractors builder builders developer developers publisher publishers".split()
)
# Roles that "lead" comes before: "lead author", "lead negotiator"
_LED = frozenset(
    "author authors researcher researchers negotiator investigator prosecutor singer counsel plaintiff".split()
)

# Nouns for a body by what it makes or owns: the name before one is the thing, not the body ("the iPhone maker").
_MAKERS = frozenset("maker makers manufacturer producer developer creator owner owners parent publisher".split())

# Roles held towards a text: "Its author" after "A 2023 study ... found".
_OF_A_TEXT = frozenset("author authors co-author co-authors editor editors".split())

# Nouns for works that have titles: "Her poem, Runner Beans," is no person.
_WORKS = frozenset("poem song novel film movie album play painting documentary single opera musical".split())

# Nouns for a work shown or broadcast in parts, whose title may follow them: "the BBC drama Harbour Lights".
_SHOWS = frozenset("drama series show programme program sitcom soap serial book franchise".split())
# What the press broadcasts or publishes on, besides its shows and papers: "told the BBC's Today programme"
_OUTLETS = frozenset("podcast channel station network website site".split())
_WORK_NOUNS = _WORKS | _SHOWS


def _title_of_a_work(ent: Span) -> bool:
    """ "the long-running BBC drama Harbour Lights": a name set right after a noun for a work, with no comma
    between, is the work's title."""
    head = ent.root.head
    return ent.root.dep_ == "appos" and head.i == ent.start - 1 and head.tag_ == "NN" and head.lower_ in _WORK_NOUNS


# Nouns for a group of people, never one person already in the story.
# Words in the names of think tanks: "the Institute for Fiscal Studies ... The think tank's director".
_THINK_TANK_NAMES = frozenset("institute foundation centre center institution forum council".split())
# The words in the name of a body of people joined for a cause, which the article may call "the group".
_GROUP_NAMES = frozenset("network coalition alliance association society campaign collective movement".split())
_COLLECTIVE = frozenset(
    "family couple crowd staff public police team audience board jury panel gang opposition orchestra band choir cast "
    "crew estate majority minority".split()
)

# Words that speak of people as one family: "the couple", "her husband".
_FAMILY = frozenset("couple husband wife brothers sisters siblings twins spouse spouses".split())
_CHILDREN = frozenset("son sons daughter daughters child children baby babies grandson granddaughter".split())

# Titles of a seat in a legislature, which the party and the state set beside the name say more of
_LAWMAKERS = frozenset("senator representative congressman congresswoman assemblyman assemblywoman".split())
# and of a rank in a church, which the post set beside the name says more of ("Cardinal Kevin Farrell, the Vatican
# camerlengo,")
_CLERGY = frozenset("cardinal archbishop bishop".split())

# Titles that say a rank but not of what: an apposition after the name, where there is one, is the better role
# ("The council's cabinet member for housing, Cllr Jo Vos,").
_BARE_TITLES = frozenset(
    {"professor", "doctor", "cllr", "councillor", "councilor", "commodore", "admiral", "brigadier", "general", "major"}
    | {"captain", "colonel", "lieutenant", "sergeant", "commander", "justice"}
)


# Offices written in capitals, which the tagger reads as names: "The district's Conservative MP, Julie Marsh,".
_OFFICE_ABBREVIATIONS = frozenset("MP MPs MEP MSP MLA MPP CEO CFO COO CTO".split())


# Titles set before a name that say what office someone holds ("Sen.", "Gov.", "Lt. Gov."), not how they are
# addressed ("Mr.", "Dr.", "Rev."): the office, where the article gives no other role.
_TITLE_OFFICES = {
    "sen": "senator", "rep": "representative", "gov": "governor", "del": "delegate", "pres": "president",
    "amb": "ambassador", "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
    "capt": "captain", "adm": "admiral", "brig": "brigadier", "maj": "major", "cmdr": "commander",
    "cpl": "corporal", "supt": "superintendent", "insp": "inspector", "det": "detective", "pte": "private",
    "atty": "attorney", "cllr": "councillor", "ch": "chief", "ald": "alderman",
}  # fmt: skip
# "Gov." inside a role: "Saratov Gov." is "Saratov Governor" to a reader who does not know the abbreviation
# (or "Cllr", which British papers write without a full stop)
_TITLE_ABBREVIATION = re.compile(r"\b(?:(" + "|".join(k.capitalize() for k in _TITLE_OFFICES) + r")\.|(Cllr))(?=\s|$)")


def _spelled_out(role: str | None) -> str | None:
    """ "Saratov Gov.": "Saratov Governor", for a reader who does not know the abbreviation. Only as the role is
    shown, after speakers are found, so that "the senator" is found by the words the article wrote."""
    if not role:
        return role
    return _TITLE_ABBREVIATION.sub(lambda m: _TITLE_OFFICES[(m.group(1) or m.group(2)).lower()].capitalize(), role)


def _title_office(ent: Span) -> str | None:
    """ "Gov. Tina Kotek": "Governor"; "Lt. Gov. Ana Ruiz": "Lieutenant governor"."""
    start = ent.start
    while (
        start > 0 and ent.doc[start - 1].lower_.rstrip(".") in _TITLE_OFFICES and ent.doc[start - 1].text[0].isupper()
    ):
        start -= 1
    words = [_TITLE_OFFICES[t.lower_.rstrip(".")] for t in ent.doc[start : ent.start]]
    if not words or (start > 0 and ent.doc[start - 1].tag_ in ("NNP", "NNPS") and not ent.doc[start - 1].is_punct):
        return None  # "Kansas Gov. Sam Brownback": the office has a role of its own
    return " ".join(words).capitalize()


# "R-Ky.", "D-N.Y.", "(I-Vt)": a member of Congress's party and state, with what else the apposition says
_PARTY_SEAT = re.compile(r"^\(?([RDI]) ?- ?([A-Z][A-Za-z.]*?)\.?\)?(?:, (?:(?:the|a|an) )?(.+))?$")
_PARTIES = {"R": ("Republican", "Republican"), "D": ("Democrat", "Democratic"), "I": ("independent", "independent")}
_STATES = {
    key: state
    for state, keys in {
        "Alabama": "al ala", "Alaska": "ak alaska", "Arizona": "az ariz", "Arkansas": "ar ark",
        "California": "ca calif", "Colorado": "co colo", "Connecticut": "ct conn", "Delaware": "de del",
        "Florida": "fl fla", "Georgia": "ga", "Hawaii": "hi hawaii", "Idaho": "id idaho", "Illinois": "il ill",
        "Indiana": "in ind", "Iowa": "ia iowa", "Kansas": "ks kan kans", "Kentucky": "ky", "Louisiana": "la",
        "Maine": "me maine", "Maryland": "md", "Massachusetts": "ma mass", "Michigan": "mi mich",
        "Minnesota": "mn minn", "Mississippi": "ms miss", "Missouri": "mo", "Montana": "mt mont",
        "Nebraska": "ne neb", "Nevada": "nv nev", "New Hampshire": "nh", "New Jersey": "nj", "New Mexico": "nm",
        "New York": "ny", "North Carolina": "nc", "North Dakota": "nd", "Ohio": "oh ohio", "Oklahoma": "ok okla",
        "Oregon": "or ore", "Pennsylvania": "pa penn", "Rhode Island": "ri", "South Carolina": "sc",
        "South Dakota": "sd", "Tennessee": "tn tenn", "Texas": "tx tex texas", "Utah": "ut utah",
        "Vermont": "vt", "Virginia": "va", "Washington": "wa wash", "West Virginia": "wv wva",
        "Wisconsin": "wi wis wisc", "Wyoming": "wy wyo", "District of Columbia": "dc", "Puerto Rico": "pr",
        "the U.S. Virgin Islands": "vi", "Guam": "gu guam", "American Samoa": "as",
    }.items()
    for key in keys.split()
}  # fmt: skip


def _seat(role: str | None, title: str | None) -> str | None:
    """ "R-Ky., the committee's chairman" with "Rep." before the name: "committee's chairman, Republican
    representative from Kentucky"; "D-Calif." alone: "Democrat of California". Other roles as they are."""
    found = _PARTY_SEAT.match(role or "")
    state = _STATES.get(found.group(2).replace(".", "").lower()) if found else None
    if found is None or state is None:
        return role
    noun, adjective = _PARTIES[found.group(1)]
    where = (
        "of" if title and title.lower().endswith("governor") else "from"
    )  # a governor's is the state, not a seat in it
    seat = f"{adjective} {title.lower()} {where} {state}" if title else f"{noun} of {state}"
    return f"{found.group(3)}, {seat}" if found.group(3) else seat


def _bare_seat(role: str | None) -> bool:
    """`role` is a party and state alone: "R-La.", "D-N.Y."."""
    found = _PARTY_SEAT.match(role or "")
    return found is not None and found.group(3) is None and _seat(role, None) != role


def _with_seat(office: str, role: str | None) -> str:
    """The office, and the party and state a bare "R-La." says, where `role` is one: "House Speaker, Republican of
    Louisiana" (a senator's seat is said with the title: `_seat`)."""
    last = office.split()[-1].lower().rstrip(".") if office.split() else ""
    if not _bare_seat(role) or "senator" in office.lower() or last in _TITLE_OFFICES:
        return office  # (nor "upstart Sen.", a title spelled out later)
    return f"{office}, {_seat(role, None)}"


def _whole_owner(words: list[Token]) -> list[Token]:
    """A post's words with the start of its owner's name, where the parse cut the name ("The Royal College of
    Emergency Medicine's president": "Emergency Medicine's president" hung apart from "The Royal College of")."""
    first = words[0] if words else None
    if first is None or first.ent_iob_ != "I":
        return words
    start = first.i
    while start > 0 and first.doc[start].ent_iob_ == "I":
        start -= 1
    return [t for t in first.doc[start : first.i] if t.dep_ != "det"] + words


def _turned(name: Token) -> str | None:
    """ "Feargal Sharkey, the former musician turned clean water campaigner, said", parsed with "turned" as the verb
    and the name and the first noun as its two subjects: the whole phrase between the commas is the role."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lower_ != "turned" or verb.i < name.i:
        return None
    first = next((c for c in verb.children if c.dep_ == "nsubj" and name.i < c.i < verb.i), None)
    then = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    doc = name.doc
    if first is None or then is None or doc[name.i + 1].text != "," or doc[then.i + 1].text != ",":
        return None
    if not (people_word(first.lower_) and people_word(then.lower_)):
        return None
    return _text([t for t in doc[name.i + 2 : then.i + 1] if t.dep_ != "det"]) or None


# Verbs that give someone a post: "have appointed Rebecca Bell as chief executive".
_APPOINTING = re.compile(
    r"appoint(?:s|ed|ing)?|hire[sd]?|hiring|elect(?:s|ed|ing)?|install(?:s|ed|ing)?|name[sd]?|naming"
)


# Prepositions that give the terms of an appointment, not the post: "as head coach on a contract until 2027".
_TERMS = frozenset("on until till after with through".split())


def _appointed_as(name: Token) -> str | None:
    """ "Brighton have appointed Rebecca Bell as chief executive": the post the verb gives the person it names."""
    verb = name.head
    if name.dep_ != "dobj" or not _APPOINTING.fullmatch(verb.lower_):
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == name.i + 1), None)
    post = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    # (or the post's noun tagged a name's: "named Satsuki Katayama as finance minister")
    if post is None or post.tag_ not in ("NN", "NNP") or not people_word(post.lower_):
        return None
    # (not when: "elected Sanae Takaichi as the party's leader on Saturday"; nor on what terms: "as their new head
    # coach on a contract until 2027"; nor what is set beside the post: "as finance minister, the first woman to hold
    # the post")
    when = {
        t.i for c in post.children if _when(c) or c.lower_ in _TERMS or c.dep_ in ("appos", "punct") for t in c.subtree
    }
    return _text([t for t in post.subtree if not (t.dep_ == "det" and t.head.i == post.i) and t.i not in when]) or None


def _role_after(ent: Span) -> str | None:
    """The role an apposition after the name gives, or the noun the name is set beside ("her lawyer Jo Hale")."""
    root = ent.root
    head = root.head
    named = head.head if root.dep_ == "oprd" and head.dep_ == "acl" and head.lower_ in ("named", "called") else None
    # (not the sentence's verb read as a modifier, after a comma: "The race director, Christian Prudhomme, called
    # Pogacar 'the rider of a generation'")
    named = named if named is not None and ent.doc[head.i - 1].text != "," else None
    if named is not None and named.tag_ == "NN" and people_word(named.lower_) and named.i < head.i:
        # "a farmer named Gul Rahman", "a retired teacher called Ann Hale": what they are, less the article
        return _text([t for t in named.subtree if t.i < head.i and t.dep_ != "det"]) or None
    turned = _turned(root) or _appointed_as(root)
    if turned is not None:
        return turned
    start = ent.start
    while start > 0 and _HONORIFIC.match(ent.doc[start - 1].text):
        start -= 1
    # (not a courtesy title, after which the apposition says more: "Her father Mr Robertson, a 51-year-old works
    # foreman,")
    # (nor where the noun is itself set beside an office, which says more: "The chair of the Booker judges, the
    # historian Sir Simon Schama,")
    courtesy = any(_COURTESY.match(t.text) for t in ent.doc[start : ent.start])
    titled = ent.start if courtesy or head.dep_ == "appos" else start
    if start < ent.start and start > 0 and ent.doc[start - 1].text == ",":
        ent = ent.doc[start : ent.end]  # "The committee's chairwoman, Sen. Margaret Ellery,": past the title
    if (
        root.dep_ == "appos"
        and head.dep_ == "pobj"
        and head.ent_type_ not in ("", "PERSON")
        and head.head.head.tag_ == "NN"
        and people_word(head.head.head.lower_)
    ):
        head = head.head.head  # "An analyst at Jefferies, Michael Yee,": the parse hung the name on the firm
    # "Its coach, Jo Vos,": set off by a comma, the noun is the role where it is no preposition's object ("the
    # candidate for governor, Jo Vos": the parse may hang the name on the wrong noun; but "appointed by the state
    # education commissioner, Mike Morath": an agent has no noun above it to take the name)
    by_agent = head.dep_ == "pobj" and head.head.dep_ == "agent"
    # (nor "between Japan's defence minister, Nakatani Gen,": a noun with its owner is a whole phrase of its own)
    # (or a person's: "Supporters of his deputy, D.K. Shivakumar,")
    owned = head.dep_ == "pobj" and any(
        c.dep_ == "poss" and (c.ent_type_ in ("GPE", "ORG", "NORP") or c.lower_ in ("his", "her"))
        for c in head.children
    )
    # (but "Accepting the award from the jury president, Greta Gerwig,": a preposition on a verb has no noun above
    # to take the name; not where the noun has an owner, "for its governor, John Kasich", which another mention
    # names better)
    on_verb = head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.tag_.startswith("VB")
    on_verb = on_verb and not any(c.dep_ == "poss" for c in head.children)
    comma = (
        ent.start > 1
        and ent.doc[ent.start - 1].text == ","
        and (head.dep_ != "pobj" or by_agent or owned or on_verb)
        and head.i < ent.start - 1
    )
    # "The council's cabinet member for housing, Cllr Jo Vos,": the noun's own "for" phrase may come between, or a
    # second office joined to it ("Lumos's founder and chief executive, Dale Whitcombe,")
    between = ent.doc[head.i + 1 : ent.start - 1]
    comma = comma and (
        not between
        or (
            (between[0].dep_ == "prep" or (between[0].dep_ == "cc" and between[-1].dep_ == "conj"))
            and between[0].head == head
            and all(head in t.ancestors and t.text != "," and not t.tag_.startswith("V") for t in between)
        )
    )
    if (
        (root.dep_ == "appos" or (comma and _listed_without_and(root)))
        # (past a title before the name: "led by the minority owner Sir Jim Ratcliffe")
        and (head.i in (ent.start - 1, titled - 1) or comma)
        and (
            (head.tag_ == "NN" and people_word(head.lower_))
            or (comma and head.text in _OFFICE_ABBREVIATIONS)
            or (head.tag_ == "NNP" and head.lower_ in _OFFICES)  # "The Taoiseach, Micheál Martin,"
        )
        and head.dep_ != "attr"  # not "X was the best friend Y always had"
    ):
        # "his mother Ann Reid", "her lawyer Jo Hale", "the club's head coach, Petra Lind,": the noun the parse hung
        # the name on is the role
        # not "One" of "One tenant, Kwame Asante,": which of them, not what he is
        one = [t for t in head.children if t.dep_ == "nummod" and t.lower_ == "one" and t.i == head.left_edge.i]
        last = head.i if head.i in (ent.start - 1, titled - 1) else ent.start - 2
        words = [t for t in head.subtree if t.i <= last and t.dep_ not in ("det", "punct") and t not in one]
        if head.dep_ == "conj" and head.head.ent_type_ == "ORG" and head.lower_ in _SPOKESPEOPLE:
            # "A Department of Health and Human Services spokesman, Andrew Nixon,": the body's name, which the
            # parse made a second subject, is whose spokesman
            words = [t for t in head.doc[head.head.left_edge.i : head.i] if t.dep_ != "det"] + words
        text = _text(_whole_owner(words))
        # (but "One participant, Claire Daniels, chief executive of the marketing agency Trio Media,": one of them,
        # whose own post the apposition after the name says)
        own = next((c for c in root.children if c.dep_ == "appos" and c.i >= ent.end and c.tag_ == "NN"), None)
        if one and own is not None and people_word(own.lower_) and own.lower_ != head.lower_:
            text = ""
        if text and not _FURNITURE.match(text):
            return text
    # "Carla Mendes-Reyes, the president of ...": the parse may hang a hyphenated name's second half on its first
    # as an appositive, and the role on that
    root = next((c for c in root.children if c.dep_ == "appos" and root.i < c.i < ent.end), root)
    if not root.tag_.startswith("NNP"):
        # (or on the name's last word, where the parse took the first for a verb: "Elise" of "Elise Stefanik, a
        # Republican from New York who ..., said")
        root = next(
            (t for t in ent if t.i > root.i and any(c.dep_ == "appos" and c.i >= ent.end for c in t.children)), root
        )
    # past an age set off before it: "Graham Tull, 64, a retired bus driver,"
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i >= ent.end and not _an_age(c)), None)
    if appos is not None and _place_in_parentheses(appos):
        return None  # "Lewis Hamilton (Britain)": where he is from, not a role (but "(R-Fla.)", "(Fla.)")
    if appos is not None and appos.ent_type_ != "PERSON":
        # (nor what the body in it is: "managing director of MIDiA Research, a firm that studies ...")
        toks = [
            t
            for t in appos.subtree
            if not any(a.dep_ in ("relcl", "acl") or _describes_named_body(a) for a in _path(t, appos))
        ]
        # (nor a second person the parse joined to it: "Anna Berg, the director of national intelligence, and John
        # Hale, the director of the agency, told")
        second = _second_person_joined(appos)
        if second is not None:
            toks = [t for t in toks if t.i < second.left_edge.i and not (t.dep_ == "cc" and t.head.i == appos.i)]
        while toks and toks[-1].is_punct and toks[-1].text != ")":
            toks = toks[:-1]
        if any(t.tag_ in ("WP", "WP$", "WDT") and not _which_named(t) for t in toks):
            return None  # "Ana Ruiz, whose husband ...": a clause about someone else, not her role
        person = _person_before_participle(appos)
        if person is not None:
            toks = [t for t in toks if t.i <= person.i]  # "a 34-year-old nurse marching in Paris": a nurse
        named = _body_name_after(toks[-1], root) if toks else None
        if named is not None:
            toks = [*toks, *named]  # "founder of the charity Flying Disabled", the name parsed as the person's
        if any(t.tag_.startswith("NN") or t.tag_ == "JJ" for t in toks) and (person is not None or not _a_thing(appos)):
            last = toks[-1]
            if sum(t.text == "(" for t in toks) > sum(t.text == ")" for t in toks) and last.i + 1 < len(last.doc):
                # "the leader of the Republican People's Party (CHP)": the parse may hang the bracket on the name
                toks = [*toks, last.nbor()] if last.nbor().text == ")" else toks
            text = _text(_trim_det(toks))
            return None if not text or _FURNITURE.match(text) else text
    if appos is None:
        return _of_a_body(root, ent) or _led(root) or _served_as(root)
    return None


def _second_person_joined(appos: Token) -> Token | None:
    """ "John Hale" of "Anna Berg, the director of national intelligence, and John Hale, the director of the agency,":
    a person's name the parse joined by "and" to the noun set beside the first name, not to that name."""
    if appos.tag_ != "NN":
        return None
    joined = [c for c in appos.children if c.dep_ == "conj"]
    ands = [c for c in appos.children if c.dep_ == "cc" and c.lower_ == "and"]
    if len(joined) != 1 or joined[0].ent_type_ != "PERSON" or not any(c.i < joined[0].i for c in ands):
        return None
    return joined[0]


def _body_name_after(noun: Token, name: Token) -> list[Token] | None:
    """ "Flying Disabled" of "Chris Wood, founder of the charity Flying Disabled": a body's name right after the
    noun for the body that ends a role, which the parse set beside the person's name instead."""
    if noun.lower_ not in _BODY_NOUNS or noun.i + 1 >= len(noun.doc):
        return None
    after = next((c for c in name.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1), None)
    if after is None or after.tag_ != "NNP" or after.ent_type_ == "PERSON":
        return None
    words = list(after.subtree)
    return words if all(t.tag_ in ("NNP", "NNPS") for t in words) else None


def _describes_named_body(appos: Token) -> bool:
    """ "a firm" of "MIDiA Research, a firm that studies ...": a common noun set off by a comma beside a body's name,
    saying what the body is by a clause a role has no room for (not "the Cato Institute, a libertarian policy
    group", whole)."""
    return (
        appos.dep_ == "appos"
        and any(c.dep_ in ("relcl", "acl") for c in appos.children)
        and appos.tag_ in ("NN", "NNS")
        and appos.head.ent_type_ == "ORG"
        and appos.left_edge.i > 0
        and appos.doc[appos.left_edge.i - 1].text == ","
    )


def _which_named(tok: Token) -> bool:
    """ "head of consumer protection at Which?": the consumer group's name, with its question mark, not a "which"
    that opens a clause."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text == "Which" and tok.i > tok.sent.start and nxt is not None and nxt.text == "?"


# Words that say which office or ministry a body is, in capitals in its name: "Foreign Ministry".
_OFFICE_QUALIFIERS = frozenset("prime foreign defence defense interior home finance justice presidential".split())
_OFFICE_WORDS = _OFFICES | _BODY_NOUNS | _INSTITUTIONS | _OFFICE_QUALIFIERS


def _named_by_office(toks: list[Token]) -> bool:
    """ "Prime Minister's Office", "Foreign Ministry": a body's name that says only what office it is, which every
    country has."""
    words = [t.lower_ for t in toks if t.tag_ != "POS"]
    return bool(words) and all(w in _OFFICE_WORDS for w in words)


def _country_of(ent: Span) -> list[Token]:
    """ "China's" before "commerce ministry": the place a body named by what it does belongs to."""
    if ent.start < 2 or ent.doc[ent.start - 1].tag_ != "POS":
        return []
    place = ent.doc[ent.start - 2]
    if place.ent_type_ != "GPE" or place.dep_ != "poss":
        return []
    first = place.i
    while first > 0 and ent.doc[first].ent_iob_ == "I":
        first -= 1
    return list(ent.doc[first : ent.start])


# What the recogniser may take a body's unfamiliar name for: "Fashion Revolution" as an event.
_MISREAD_BODIES = ("EVENT", "PRODUCT", "WORK_OF_ART", "FAC", "LAW")


# Offices that head a country, a state or a city, which "of" and the place's name after the holder's name say whose
# they are ("Gov. Wes Moore of Maryland", "Mayor Brandon Scott of Baltimore")
_HEADS = frozenset(
    "president|prime minister|king|queen|chancellor|premier|emperor|vice president|governor|mayor".split("|")
)


def _country_headed(root: Token, ent: Span) -> str | None:
    """ "Argentina" of "President Javier Milei of Argentina": the country named with "of" right after the name."""
    place = _place_after(root, ent)
    return _text(list(place.root.subtree)) if place is not None else None


def _place_after(root: Token, ent: Span) -> Span | None:
    """ "South Carolina" of "Senator Lindsey Graham of South Carolina": the place named with "of" right after the
    name, as the recogniser found it."""
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == ent.end), None)
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if place is None or place.ent_type_ != "GPE" or place.left_edge.i != of.i + 1:
        return None
    return next((e for e in place.doc.ents if e.start <= place.i < e.end), None)


def _of_a_body(root: Token, ent: Span) -> str | None:
    """ "Marcus Feld of Bramley Securities", "Ana Gil of the University of Oslo": the organisation a person is of,
    named right after the name (not a place: "Adam Schiff of California" is where he is from)."""
    # (or set off by a comma: "Clive Black, of the broker Shore Capital,")
    after = ent.end + 1 if ent.end < len(ent.doc) and ent.doc[ent.end].text == "," else ent.end
    # (or "from" one, set off by commas: "Prof Sir Stephen O'Rahilly, from the University of Cambridge,")
    of = next(
        (
            c
            for c in root.children
            if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and after > ent.end)) and c.i == after
        ),
        None,
    )
    if of is not None and of.lower_ == "from" and not any(t.ent_type_ == "ORG" for t in of.children):
        return None  # "Karen Dodd, from Hull,": where she is from
    if of is None and after < len(ent.doc) and after > ent.end and root.dep_ == "nsubj":
        # "said Hugo Tagholm, of the campaign group Surfers Against Sewage": the "of" hung on the verb
        word = ent.doc[after]
        of = word if word.lower_ == "of" and word.dep_ == "prep" and word.head.i == root.head.i else None
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    # (the recogniser may see another kind of name in it: "the charity Fashion Revolution", read as an event)
    named = (
        next(
            (
                c
                for c in body.children
                if c.dep_ == "appos"
                and (c.ent_type_ == "ORG" or (c.tag_ in ("NNP", "NNPS") and c.ent_type_ in ("", *_MISREAD_BODIES)))
            ),
            None,
        )
        if body
        else None
    )
    if body is not None and body.tag_ == "NN" and body.lower_ in _BODY_NOUNS and named is not None:
        # "the campaign group Surfers Against Sewage": what the body is, and its name
        return _text([t for t in body.subtree if not (t.dep_ == "det" and t.i == body.left_edge.i)])
    if body is not None and body.ent_type_ == "PERSON" and _firm_read_as_person(body):
        return _text(list(body.subtree))  # "Kallum Pickering of Peel Hunt": no person is of a person
    if body is None or body.ent_type_ not in ("ORG", ""):
        return None
    words = [t for t in body.subtree if not (t.dep_ == "det" and t.i == body.left_edge.i)]
    # (not a clause the parse hung on it after a comma: "Prof Brendon Stubbs, of King's College London, who was not
    # involved,")
    comma = next((t.i for t in words if t.i > body.i and t.text == ","), None)
    if comma is not None and comma + 1 < len(body.doc) and body.doc[comma + 1].tag_ == "NNP":
        return None  # "Mason, of Flamborough Close, Biggin Hill,": where someone lives, a street and a town
    words = [t for t in words if comma is None or t.i < comma]
    if (
        not body.ent_type_
        and body.tag_ == "NN"
        and body.lower_ in _BODY_NOUNS
        and any(c.dep_ == "compound" and c.tag_ == "NNP" and c.i < body.i for c in body.children)
        and words[-1].i == body.i
    ):
        return _text(words)  # "Marc Peeters, of the ACV-CSC union,": the union by the name before its noun
    # what the body is, before its name: "the broker Shore Capital"
    described = [t for t in words if t.dep_ == "compound" and t.tag_ == "NN" and t.text.islower() and t.i < body.i]
    if described and all(t.i == words[0].i + k for k, t in enumerate(described)):
        words = words[len(described) :]
        if not body.ent_type_ and all(t.tag_ == "NNP" and not t.ent_type_ for t in words):
            # "Tamas Varga of oil broker PVM": a name the recogniser missed, which the words before it say is a firm
            return _text(described + words)
    if body.ent_type_ != "ORG":
        return None
    whole = next((e for e in body.sent.ents if e.start <= body.i < e.end), None)
    if whole is not None and whole.end > words[-1].i + 1 and whole.start >= of.i + 1:
        # "of the Committee to Protect Journalists": the parse cut the name at its verb; the recogniser did not
        words = [t for t in whole if not (t.lower_ == "the" and t.i == whole.start)]
    if any(
        t.ent_type_ not in ("ORG", "GPE")
        and not t.is_punct
        and t.lower_ not in ("of", "for", "and", "&")
        and not (t.dep_ == "case" and t.head.ent_type_ == "GPE")  # "the UK's Animal and Plant Health Agency"
        for t in words
    ):
        return None  # "Jo Hale of the company's board": not one organisation's name
    return _text(words)


def _firm_read_as_person(body: Token) -> bool:
    """A name after "of" behind a person's that the recogniser read as a person's too: two or three capitalised
    words, all of it the name ("Peel Hunt", a broker)."""
    words = list(body.subtree)
    return (
        2 <= len(words) <= 3
        and all(t.ent_type_ == "PERSON" and t.tag_ == "NNP" for t in words)
        and (words[0].ent_iob_ == "B")
    )


# "Sato Keiko, who heads the fishing cooperative,": the office a relative clause gives, by its verb
_LEADS = {
    "heads": "head",
    "leads": "leader",
    "chairs": "chair",
    "directs": "director",
    "manages": "manager",
    "owns": "owner",
    "founded": "founder",
    "co-founded": "co-founder",
    "coaches": "coach",
}


def _led(root: Token) -> str | None:
    """ "Sato Keiko, who heads the Kashiwazaki fishing cooperative and ...": "head of the Kashiwazaki fishing
    cooperative"; only a verb that names an office, with its object right after it."""
    rel = next((c for c in root.children if c.dep_ == "relcl" and c.i > root.i), None)
    if rel is None and root.dep_ == "appos":
        # "seen by The Verge, Rick Osterloh, who leads the devices division,": the "who" right after the name,
        # which the parse hung on the name's head
        rel = next((c for c in root.head.children if c.dep_ == "relcl" and c.i == root.right_edge.i + 3), None)
    if rel is None or rel.lower_ not in _LEADS or root.doc[rel.i - 1].lower_ != "who":
        return None
    obj = next((c for c in rel.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != rel.i + 1 or obj.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    words = [
        t
        for t in obj.subtree
        if t.dep_ not in ("relcl", "acl") and not any(a.dep_ in ("relcl", "acl", "conj", "cc") for a in _path(t, obj))
    ]
    to = next((c for c in rel.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1), None)
    rest = list(to.subtree)[1:] if to is not None and to.lower_ == "to" and obj.tag_ == "NNP" else []
    if rest and rest[0].tag_ == "NNP" and rest[-1].tag_ == "NN" and all(t.tag_ in ("NNP", "NN") for t in rest):
        words += [to, *rest]  # "who leads the agency's Moon to Mars programme": one name, which the parse cut at "to"
    elif to is not None and obj.ent_type_ and to.ent_iob_ == "I" and to.ent_type_ == obj.ent_type_:
        # "who heads the Syrian Observatory for Human Rights": one name, which the parse cut at "for"
        end = next(e.end for e in obj.doc.ents if e.start <= obj.i < e.end)
        words += list(obj.doc[to.i : end])
    return f"{_LEADS[rel.lower_]} of {_text(words)}"


# Prepositions that say when or under whom a post was held, not what it was: "ambassador to Burma from 2012".
_WHEN_HELD = frozenset("from until till under between since during in".split())


def _served_as(root: Token) -> str | None:
    """ "Derek Mitchell, who served as U.S. ambassador to Burma from 2012 until earlier this year,": "former U.S.
    ambassador to Burma"; the post a "who" clause set off by a comma says someone held, without when (or holds:
    "who became chief executive in September")."""
    rel = next((c for c in root.children if c.dep_ == "relcl" and c.i > root.i), None)
    if rel is None or root.doc[rel.i - 1].lower_ != "who" or root.doc[rel.i - 2].text != ",":
        return None
    if rel.lower_ in ("became", "is", "was"):
        # "Brian Niccol, who became chief executive in September,": the post, held now; "Daniel Reyes, who was chief
        # revenue officer at the lender,": held once; a bare noun, as an office is written (not "who became a
        # household name", "who is a friend of the family")
        post = next((c for c in rel.children if c.dep_ == "attr" and c.left_edge.i == rel.i + 1), None)
        if post is None or post.tag_ not in ("NN", "NNP") or any(c.dep_ == "det" for c in post.children):
            return None
        # (a body's or a country's post, by its name: "Kelly Ortberg, who became Boeing's chief executive in August,")
        owner = next((c for c in post.children if c.dep_ == "poss"), None)
        if owner is not None and not (owner.tag_ == "NNP" and owner.ent_type_ in ("ORG", "GPE")):
            return None
        words = [t for t in post.subtree if not any(a.dep_ in ("relcl", "acl", "conj", "cc") for a in _path(t, post))]
        if not people_word(post.lower_):
            return None
        if rel.lower_ == "was" and owner is not None:
            owned = {t.i for t in owner.subtree}
            return f"{_text([t for t in words if t.i in owned])} former {_text([t for t in words if t.i not in owned])}"
        return f"former {_text(words)}" if rel.lower_ == "was" else _text(words)
    if rel.lower_ in ("returned", "rejoined", "joined"):
        # "Elliott Hill, who returned to the company as chief executive in October,": the post, held now; a bare
        # noun, as an office is written (not "who joined the firm as an intern")
        prep = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        post = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if post is None or post.tag_ not in ("NN", "NNP") or any(c.dep_ in ("det", "poss") for c in post.children):
            return None
        words = [
            t for t in post.subtree if not any(a.dep_ in ("relcl", "acl", "conj", "cc", "prep") for a in _path(t, post))
        ]
        return _text(words) if people_word(post.lower_) else None
    if rel.lower_ != "served":
        return None
    prep = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == rel.i + 1), None)
    post = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if post is None or post.tag_ not in ("NN", "NNS", "NNP"):
        return None
    words = [
        t
        for t in post.subtree
        if not any(a.dep_ in ("relcl", "acl", "conj", "cc") or a.lower_ in _WHEN_HELD for a in _path(t, post))
        and t.lower_ not in _WHEN_HELD
    ]
    words = _trim_det(words)
    return f"former {_text(words)}" if words else None


def _defined(noun: Token) -> bool:
    """A noun that a clause right after it defines ("The union representing workers at the plant said", "the group
    that organised the march"): a body the article describes here, not the one it named before ("the company,
    which makes chips, said" is that company)."""
    if any(c.dep_ in ("acl", "relcl") and c.left_edge.i == noun.i + 1 for c in noun.children):
        return True
    # "The practice in Bradford where Dr Qureshi worked said": after where it is, the clause hung on the place
    place = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1), None)
    where = next((c for c in place.children if c.dep_ == "pobj"), None) if place is not None else None
    return where is not None and any(
        c.dep_ == "relcl" and c.left_edge.i == where.i + 1 and c.left_edge.lower_ in ("where", "that", "which")
        for c in where.children
    )


def _a_thing(noun: Token) -> bool:
    """An appositive that names a thing, not what a person is: "Mr. Trump - the most significant expression of
    dissent since 1976", "its governor, John Kasich, a chorus of cheers and boos": a lower-case common noun that is
    no word for a person ("one of the critics" is judged by "critics")."""
    if noun.lower_ in ("one", "some") or noun.tag_ == "CD":
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
    if any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in noun.children):
        return False  # "the architect who oversaw the restoration": "who" is said of people
    return noun.tag_ in ("NN", "NNS") and noun.text.islower() and not people_word(noun.lower_)


def _person_before_participle(noun: Token) -> Token | None:
    """ "a 34-year-old nurse marching in Paris", the participle read as the noun and the word for the person as
    its modifier: that word."""
    if noun.tag_ != "NN" or not noun.lower_.endswith("ing") or noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    if before.dep_ == "compound" and before.head.i == noun.i and before.tag_ == "NN" and people_word(before.lower_):
        return before
    return None


# Titles of the nobility, which with "of" and a place name one person: "the Princess of Wales", "the Duke of Sussex"
PEERAGES = _PEERAGES = frozenset(
    "prince princess duke duchess earl countess marquess marchioness baron baroness".split()
)


def _peerage(ent: Span) -> str | None:
    """ "the Princess of Wales", read as a body's name: the title that names one person, without its "the"."""
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(toks) < 3 or toks[0].lower_ not in _PEERAGES or toks[1].lower_ != "of" or not toks[0].text[:1].isupper():
        return None
    if not all(t.text[:1].isupper() for t in toks[2:]):
        return None
    if toks[-1].lower_ in _BODY_NOUNS | _CHARITY_NAMES:
        return None  # "the Countess of Chester Hospital NHS Foundation Trust": a body named for a peer
    return _text(toks)


# Verbs of showing what someone was seen doing: "Footage showed a man trying to ...".
_SHOWING = frozenset("show shows showed shown see sees saw seen filmed captured".split())


def _body_named_beside(head: Token) -> list[Token] | None:
    """ "Greencore" of "The supplier, Greencore, said": words in capitals, none recognised as a name, set off by
    commas right after "the" and a word for a body; where that word is also one for a person ("the developer"), a
    name that opens with no given name."""
    appos = _set_off_after_body_noun(head)
    if appos is None:
        return None
    words = list(head.doc[appos.left_edge.i : appos.right_edge.i + 1])
    if any(t.ent_type_ or t.tag_ not in ("NNP", "NNPS") or not t.text[:1].isupper() for t in words):
        return None
    if people_word(head.lower_) and given_names.is_given(words[0].text):
        return None
    return words


def _bare_police(head: Token) -> bool:
    """ "the police", "Police": the word alone, with no word that says which police or which of them."""
    return all(c.dep_ == "det" and c.lower_ == "the" for c in head.children if c.i < head.i) and not any(
        c.dep_ in ("prep", "appos", "compound") for c in head.children
    )


def _recognised_body_beside(head: Token) -> Span | None:
    """ "Doctors' Association UK" of "a campaign group, Doctors' Association UK, warned": a body's name the recogniser
    saw, the whole of what is set off by commas right after a word for a body."""
    appos = _set_off_after_body_noun(head)
    ent = _entity_at(appos) if appos is not None else None
    if ent is None or ent.label_ != "ORG" or ent.start != head.i + 2 or ent.end != appos.right_edge.i + 1:
        return None
    return ent


def _recognised_body_before(head: Token, det: Token) -> Span | None:
    """ "Florida Voters Against Extremism" of "Florida Voters Against Extremism, a political committee opposing the
    measure, said": a body's name the recogniser saw, opening the sentence, set off by a comma right before "a" and
    a word for a body that the parse made the verb's subject."""
    if head.tag_ != "NN" or head.lower_ not in _BODY_NOUNS or head.dep_ != "nsubj" or det.i < 2:
        return None
    if head.doc[det.i - 1].text != ",":
        return None
    ent = _entity_at(head.doc[det.i - 2])
    if ent is None or ent.label_ != "ORG" or ent.end != det.i - 1 or ent.start != ent.sent.start:
        return None
    return ent if ent.root.head.i == head.head.i and ent.root.dep_ != "nsubj" else None


def _set_off_after_body_noun(head: Token) -> Token | None:
    """The apposition set off by commas right after `head`, a word for a body ("The supplier, Greencore, said")."""
    if head.tag_ != "NN" or head.lower_ not in _BODY_NOUNS or head.i + 2 >= len(head.doc):
        return None
    appos = next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 2), None)
    if appos is None or head.doc[head.i + 1].text != ",":
        return None
    after = appos.right_edge.i + 1
    return appos if after < len(head.doc) and head.doc[after].text == "," else None


def _named_after_body_noun(phrase: list[Token], head: Token) -> list[Token] | None:
    """ "Pregnancy Sickness Support" of "The charity Pregnancy Sickness Support": words in capitals, none of them
    recognised as a name, after "the" and a word for a body in lower case (or a word for a body in capitals opening
    the sentence: "Charity Young Minds said"), up to the phrase's head."""
    if len(phrase) >= 4 and phrase[0].lower_ == "the" and phrase[1].text.islower():
        # (past words for what the body does: "the aviation data company Cirium")
        lower = 1
        while lower + 1 < len(phrase) - 1 and phrase[lower + 1].text.islower() and phrase[lower].dep_ == "compound":
            lower += 1
        noun, words = phrase[lower], phrase[lower + 1 :]
    elif len(phrase) >= 3 and phrase[0].i == phrase[0].sent.start and phrase[0].tag_ == "NN" and phrase[0].is_title:
        noun, words = phrase[0], phrase[1:]  # (or opening a sentence, with no "the": "Charity Young Minds said")
    else:
        return None
    if phrase[-1].i != head.i or head.tag_ not in ("NNP", "NNPS"):
        return None
    if noun.lower_ not in _BODY_NOUNS or people_word(noun.lower_):
        return None
    if any(t.ent_type_ or t.tag_ not in ("NNP", "NNPS") or not t.text[:1].isupper() for t in words):
        return None
    return words


def _titled_body_name(head: Token) -> list[Token] | None:
    """ "The Campaign for Real Ale": a capitalised noun for a body with "for" or "of" and capitalised words after it,
    the words of the name (without "the")."""
    if head.tag_ != "NN" or not head.text.istitle() or head.lower_ not in _BODY_NOUNS:
        return None
    prep = next(
        (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i == head.i + 1), None
    )
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    # (or "to" and a capitalised verb: "The Campaign to Protect Rural England")
    aim = next((c for c in head.children if c.dep_ == "acl" and c.i == head.i + 2 and c.text.istitle()), None)
    if obj is None and aim is not None and head.nbor().lower_ == "to":
        obj = next((c for c in aim.children if c.dep_ == "dobj" and c.i > aim.i), None)
    if obj is None or obj.tag_ not in ("NNP", "NNPS"):
        return None
    words = list(head.doc[head.i : obj.i + 1])
    if not all(t.text.istitle() or t.lower_ in ("for", "of", "the", "and", "to") for t in words):
        return None
    return words


def _named_as_a_body(head: Token) -> bool:
    """A capitalised word with no article, set off before an appositive headed by a word for a body: "Milieudefensie,
    the Dutch arm of Friends of the Earth,"."""
    if not head.text[:1].isupper():
        return False
    # (or a name of words in capitals joined by "for" or "of": "Airlines for Europe, a lobby group whose members")
    words = list(head.doc[head.i : head.right_edge.i + 1])
    comma = next((t for t in words if t.text == ","), None)
    words = words[: comma.i - head.i] if comma is not None else words
    joined = (
        len(words) >= 3
        and head.tag_ in ("NN", "NNS", "NNP", "NNPS")
        and words[-1].tag_ in ("NNP", "NNPS")
        and any(t.lower_ in ("for", "of") for t in words)
        and all(t.text.istitle() or t.lower_ in ("for", "of", "the", "and") for t in words)
    )
    if not joined and (head.tag_ not in ("NN", "NNP", "RB") or people_word(head.lower_)):
        return False
    end = words[-1].i if joined else head.i
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    return (
        appos is not None
        and appos.tag_ == "NN"
        and appos.lower_ in _BODY_NOUNS
        and not people_word(appos.lower_)
        and end + 1 < len(head.doc)
        and head.doc[end + 1].text == ","
        and appos.left_edge.i == end + 2
    )


def _post_described(head: Token) -> str | None:
    """ "the Arsenal manager", "The Chancellor": the post a definite description of someone names, without its
    article; None for other words for a person ("the Spaniard", "the 31-year-old")."""
    det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
    if det is None or head.tag_ not in ("NN", "NNP"):
        return None
    if det.lower_ == "its" and (head.lower_ in _OFFICES or _a_persons_post(head.lower_)):
        # "..., its chief executive said": of the body the "its" stands for, as "Its chair, Ana Vell," is
        return _text([t for t in _phrase(head) if det.i <= t.i <= head.i])
    if det.lower_ != "the" or head.lower_ not in _OFFICES:
        return None
    words = [t for t in _phrase(head) if det.i < t.i <= head.i]
    if any(t.ent_type_ == "PERSON" or t.tag_ in ("PRP$", "POS") for t in words):
        return None  # "the Clinton aide", "the club's manager": whose, not a post of its own
    return _text(words) or None


def _an_age(appos: Token) -> bool:
    """ "64" in "Graham Tull, 64, a retired bus driver": a number alone."""
    return appos.tag_ == "CD" and all(t.i == appos.i or t.is_punct for t in appos.subtree)


def _place_in_parentheses(appos: Token) -> bool:
    """A place name alone in parentheses after a name, longer than a state's abbreviation: "(Britain)"."""
    words = [t for t in appos.subtree if not t.is_punct]
    before = appos.doc[appos.i - 1] if appos.i > 0 else None
    return (
        appos.ent_type_ in ("GPE", "LOC")
        and len(words) == 1
        and before is not None
        and before.text == "("
        and len(appos.text) > 4
    )


def _unrecognised_modifier(noun: Token) -> bool:
    """ "the City manager": a common noun after a capitalised name the recogniser saw nothing in."""
    return noun.tag_ == "NN" and any(
        c.tag_ == "NNP" and not c.ent_type_ and c.dep_ == "compound" and c.i < noun.i and c.lower_ not in _OFFICES
        for c in noun.children
    )


def _one_who(who: Token) -> bool:
    """A "who" whose verb is singular ("Takaichi, who would have been ..."): not a team's ("Manchester United, who
    have won ...")."""
    verb = who.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)]
    return who.dep_ == "nsubj" and not any(w.tag_ == "VBP" or w.lower_ in ("are", "were") for w in words)


def _office_before_name(ent: Span) -> tuple[list[Token], list[Token]] | None:
    """ "Franklin County Prosecutor Shayla Favor", read as one organisation's name: an office in capitals inside it,
    then a given name and a surname that end it, which are a person's (the office, the name's words)."""
    toks = list(ent)
    at = max((n for n, t in enumerate(toks[:-2]) if t.lower_ in _OFFICES and t.text[:1].isupper()), default=None)
    if not at:
        return None  # (an office of a place or body: a title alone, "Cllr Manda Rigby", is read as one elsewhere)
    name = toks[at + 1 :]
    if not 2 <= len(name) <= 3 or not all(t.tag_ == "NNP" and t.text.istitle() for t in name):
        return None
    return (toks[: at + 1], name) if given_names.is_given(name[0].text) else None


def _introduced_as_person(root: Token, name: list[Token]) -> bool:
    """A name that an apposition or a title introduces as a person ("Reince Priebus, the party chairman,"; "Dana
    Cole, a spokeswoman"; "June Hale, the student's mother,"; "zoo visitor Terra Lurie") where the recogniser saw
    an organisation or nothing: the noun is an office, a kin or gendered word, or a word for a person by what
    they do that no company is called ("strategist", "congressman"; not "lender" or "carrier"). Two or three
    capitalised words, as a personal name is."""
    if not _name_shaped(name):
        # "said Nino, a 21-year-old law student who ...": one name, with an apposition that says a person after it
        return _name_shaped(name, fewest=1) and (
            _said_of_a_person_after(root) or _named_as_a_person_after(root) or _office_before(name) is not None
        )
    if len(name) >= 3 and name[0].lower_ in _CLERICS:
        return True  # "Pastor Iosefa Tuilagi": a title only a person has
    before = root.doc[name[0].i - 1] if name[0].i > 0 else None
    head = root.head
    if root.dep_ == "appos" and head.tag_ == "NN" and head.i < name[0].i and before is not None and before.text == ",":
        # "Her Italian counterpart, Matteo Piantedosi,": set beside a word for a person, or for someone's equal
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        theirs = owner is not None and owner.lower_ in ("his", "her") and head.lower_ in _EQUALS
        if (_person_word(head.lower_) and not a_bodys_rival(head)) or theirs:
            return True
    if before is not None and before.tag_ == "NN" and before.dep_ == "compound" and before.head in name:
        return _person_word(before.lower_)
    if any(c.dep_ in ("nmod", "compound") and c.i < name[0].i and c.lower_ in _OFFICES for c in root.children):
        return True  # "Director of Public Prosecutions Alison Saunders"
    seat = head.head if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if seat is not None and seat.head.lower_ in _OFFICES and _holder_after_seat(seat.head) == root:
        return True  # "The mayor of Marathon, Stergios Tsirkas,": the name the parse hung on the town
    if any(_who_clause(c) or _whose_kin(c) for c in root.children if c.i > root.i):
        return True  # "Edna Pilbeam, who took up running at 85,": "who" is said of a person
    if _of_a_body_after_comma(root) and not _firm_ending(name[-1]):
        return True  # "Sophie Vénétitay, of the SNES-FSU union,": one of the body's people, not a body
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
    if appos is None or appos.tag_ != "NN":
        return False
    # "Abba Isa Tijani, director general of ...": an office needs no article
    if not any(c.dep_ in ("det", "poss") for c in appos.children) and appos.lower_ not in _OFFICES:
        return False
    return _person_word(appos.lower_) or _works_at(appos)


def _of_a_body_after_comma(root: Token) -> bool:
    """ ", of the SNES-FSU union,": a name followed by a comma and "of" a body named by a noun for one."""
    if root.i + 2 >= len(root.doc) or root.nbor(1).text != ",":
        return False
    of = root.nbor(2)
    if of.lower_ != "of" or of.head.i != root.i:
        return False
    body = next((c for c in of.children if c.dep_ == "pobj"), None)
    return (
        body is not None
        and body.tag_ == "NN"
        and body.lower_ in _BODY_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in body.children)
    )


def _said_of_a_person_after(root: Token) -> bool:
    """A name followed by a comma and an apposition of a word for a person with its article ("Nino, a 21-year-old
    law student who gave only her first name,"): a place or a firm is never one ("Kyiv, a city that ...")."""
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
    if appos is None or appos.tag_ != "NN" or root.i + 1 >= len(root.doc) or root.nbor(1).text != ",":
        return False
    if root.dep_ == "ROOT" or any(t.dep_ == "conj" and t.tag_.startswith("VB") for t in appos.subtree):
        return False  # "Zimmerman, then a volunteer, shot and killed ...", the sentence's verbs hung on the apposition
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children):
        return False
    return _person_word(appos.lower_) or _works_at(appos)


def _office_before(name: list[Token]) -> Token | None:
    """ "president of football operations Monchi said": an office with what it is of, set right before a name as a
    title is, with no article or only "the"; the office's word."""
    if name[0].i == 0:
        return None
    office = name[0].doc[name[0].i - 1]
    while office.dep_ in ("pobj", "prep", "compound") and office.head.i < name[0].i:
        office = office.head
    if office.lower_ not in _OFFICES or office.right_edge.i != name[0].i - 1 or office.tag_ != "NN":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in office.children):
        return None
    return office if all(c.lower_ == "the" for c in office.children if c.dep_ == "det") else None


# Honours only a person wins: "Rabada, named player of the match,"
_HONOURED = frozenset({"named", "voted", "crowned"})


def _named_as_a_person_after(root: Token) -> bool:
    """A name followed by a comma and an honour only a person wins ("Rabada, named player of the match,"; "Hale,
    voted coach of the year,"): the participle's noun is a word for a person, or a player or man of the match."""
    if root.i + 2 >= len(root.doc) or root.nbor(1).text != ",":
        return False
    verb = root.nbor(2)
    if verb.lower_ not in _HONOURED or verb.dep_ != "acl" or verb.head.i != root.i:
        return False
    noun = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj") and c.tag_ == "NN"), None)
    return noun is not None and (_person_word(noun.lower_) or noun.lower_ in ("player", "man", "woman"))


# Words for a firm's part as much as a person's job ("Northgate, a partner in the project"; "Nvidia, the leader in
# AI chips"): a person's where the body they work at or lead follows ("a partner at Northgate Ventures", "the
# leader of France Unbowed").
_STAFF_AT = frozenset(
    "partner associate principal trader banker broker consultant employee staffer adviser advisor officer".split()
)


def _works_at(noun: Token) -> bool:
    if noun.lower_ == "leader":
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.tag_ in ("NNP", "NNPS") for o in c.children)
            for c in noun.children
        )
    if _AGENTIVE.search(noun.lower_) and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.ent_type_ in ("GPE", "NORP") for o in c.children)
        for c in noun.children
    ):
        return True  # "a negotiator for India": who acts for a country is a person, as no firm does
    return noun.lower_ in _STAFF_AT and any(c.dep_ == "prep" and c.lower_ == "at" for c in noun.children)


# Someone's equal in another place or time: a person where the "his" or "her" is.
_EQUALS = frozenset("counterpart predecessor successor".split())
# Words for another in the same trade, of a body as of a person: "the company's main rival"
_RIVALS = frozenset("rival competitor challenger partner ally".split())


def a_bodys_rival(noun: Token) -> bool:
    """ "The company's main rival", "Boeing's competitor": a body's, which is a body too, as no person is."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return (
        noun.lower_ in _RIVALS
        and owner is not None
        and (owner.lower_ in FIRM_NOUNS or (owner.ent_type_ == "ORG" and owner.tag_ == "NNP"))
    )


def _relative_clauses(head: Token) -> list[Token]:
    """The relative clauses on `head`, and those the parse hung on the place after it ("A local official in
    Shigatse, who gave only his surname,": no place gives a name)."""
    places = [
        p
        for prep in head.children
        if prep.dep_ == "prep" and prep.i > head.i
        for p in prep.children
        if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC")
    ]
    # (or on a noun in the phrase of a participle after it that is no one: "A woman waiting outside a hospital in
    # the Chernihiv region, who gave her name only as Olena,")
    for acl in head.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBG" and acl.i > head.i:
            places += [
                t
                for t in acl.subtree
                if t.dep_ == "pobj" and t.tag_ in ("NN", "NNS", "NNP") and not people_word(t.lower_)
            ]
    return [c for t in (head, *places) for c in t.children if c.dep_ == "relcl"]


# Words for a firm by its trade, which open a sentence before the firm's name: "Bookseller Waterstones said",
# "Housebuilder Persimmon", "Carmaker Toyota"
_TRADE_WORD = re.compile(
    r"^(?:\w+seller|\w*maker|retailer|\w*builder|broadcaster|lender|insurer|supplier|developer|publisher|operator"
    r"|grocer|brewer|distiller|miner|manufacturer|carrier|airline|supermarket|bookshop)$"
)


def _which_stands_for(tok: Token) -> bool:
    """A relative clause opening with "which" right after the name `tok` ends, set off by a comma: "Bernard
    Matthews, which said"."""
    return any(
        c.dep_ == "relcl" and c.left_edge.lower_ == "which" and c.left_edge.i == tok.i + 2 and tok.nbor(1).text == ","
        for c in tok.children
    )


def _given_name_alone(tok: Token) -> bool:
    """`tok` is one given name standing alone, set off by commas: "Saima" of "his widow, Saima, said"."""
    return (
        tok.tag_ == "NNP"
        and tok.n_lefts + tok.n_rights == 0
        and tok.text.istitle()
        and given_names.is_given(tok.text)
        and tok.i > 0
        and tok.nbor(-1).text == ","
        and tok.i + 1 < len(tok.doc)
        and tok.nbor(1).text == ","
    )


def _name_given(head: Token) -> str | None:
    """ "A protester who gave only her first name, Nino,", "a nurse who gave her name only as Wanjiru": the one name
    someone described gave as theirs; "a retired teacher named Loretta Banks", "a mother identified only as J.R.":
    the name given them."""
    for acl in head.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lower_ not in ("named", "called", "identified", "known"):
            continue
        name = next((c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr") and c.tag_[:3] == "NNP"), None)
        as_ = next((c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_ is not None and name is None:  # "a mother identified in the filing only as J.R."
            name = next((c for c in as_.children if c.dep_ == "pobj" and c.tag_[:3] == "NNP"), None)
        words = _compound_name(name) if name is not None else []
        if words and all(t.text.istitle() for t in words) and (name.ent_type_ == "PERSON" or people_word(head.lower_)):
            return _text(words)
    for rel in _relative_clauses(head):
        if rel.lower_ not in ("gave", "gives", "give") or rel.left_edge.lower_ != "who":
            continue
        name = next((c for c in rel.children if c.dep_ == "dobj" and c.lower_ in ("name", "surname")), None)
        given = next((c for c in name.children if c.dep_ == "appos" and c.tag_ == "NNP"), None) if name else None
        if given is None and name is not None:
            # "a nurse who gave her name only as Wanjiru"
            as_ = next((c for c in (*rel.children, *name.children) if c.dep_ == "prep" and c.lower_ == "as"), None)
            given = next((c for c in as_.children if c.dep_ == "pobj" and c.tag_ == "NNP"), None) if as_ else None
            given = given or (_given_as_after(name) if as_ is None else None)
        if given is not None and not any(c.dep_ != "punct" for c in given.children) and given.text.istitle():
            return given.text
    for rel in head.children:
        # "One mother, who asked to be identified only as Leanne,"
        if rel.dep_ != "relcl" or rel.left_edge.lower_ != "who":
            continue
        known = next(
            (c for c in rel.children if c.dep_ == "xcomp" and c.lower_ in ("identified", "named", "known")), None
        )
        as_ = next((c for c in known.children if c.dep_ == "prep" and c.lower_ == "as"), None) if known else None
        given = next((c for c in as_.children if c.dep_ == "pobj" and c.tag_ == "NNP"), None) if as_ else None
        if given is not None and given.n_lefts + given.n_rights == 0 and given.text.istitle():
            return given.text
        # "An officer who identified himself as Gen. Denis N'Canha": the name they gave as theirs
        itself = any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in rel.children)
        as_ = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ == "as"), None) if itself else None
        name = next((c for c in as_.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None) if as_ else None
        if rel.lower_ in ("identified", "introduced") and name is not None:
            return _text([t for t in _compound_name(name) if not _HONORIFIC.match(t.text)])
    return None


def _given_as_after(name: Token) -> Token | None:
    """ "One woman, who gave her name only as Nina, told ...": the name right after "(only) as", which the parse
    hung on the main verb, set off by a comma."""
    doc = name.doc
    k = name.right_edge.i + 1
    while k < len(doc) and doc[k].lower_ in ("only", "simply", "just"):
        k += 1
    if k + 2 >= len(doc) or doc[k].lower_ != "as" or doc[k + 1].tag_ != "NNP" or doc[k + 2].text != ",":
        return None
    given = doc[k + 1]
    return given if not any(c.dep_ != "punct" for c in given.children) else None


def _who_clause(clause: Token) -> bool:
    """A relative clause on a name, set off by a comma, whose subject is "who" and whose verb is no plural's ("Leeds
    United, who have won ...": a team)."""
    return (
        clause.dep_ == "relcl"
        and clause.tag_ != "VBP"
        and clause.doc[clause.left_edge.i - 1].text == ","
        and any(c.dep_ == "nsubj" and c.lower_ == "who" and c.i == clause.left_edge.i for c in clause.children)
    )


def _whose_kin(clause: Token) -> bool:
    """A relative clause on a name, set off by a comma, that speaks of its children or family ("Kirsty MacLeod,
    whose two children attend ...,"): a person's, as no body has children (nor a firm's "business partner")."""
    return (
        clause.dep_ == "relcl"
        and clause.doc[clause.left_edge.i - 1].text == ","
        and any(
            t.lower_ == "whose" and t.head.lower_ in (_CHILDREN | _FAMILY | _RELATIVES) - {"partner"}
            for t in clause.subtree
        )
    )


def _kin_surname(ent: Span, toks: list[Token], surname: Callable[[str], bool]) -> str | None:
    """ "Mrs Carter's husband, Ian,": a given name set after a word for someone's husband, wife, son or daughter,
    where that someone is named by a surname, with a courtesy title or as the last name of someone named in full
    before ("Vardy's wife, Rebekah," after "Jamie Vardy"), is of that family: "Ian Carter" (a sibling or a parent
    may have been born to another surname)."""
    kin = ent.root.head
    if ent.label_ != "PERSON" or len(toks) != 1 or ent.root.dep_ != "appos" or kin.lower_ not in _KIN:
        return None
    owner = next((c for c in kin.children if c.dep_ == "poss" and c.tag_ == "NNP"), None)
    if owner is None or not owner.text.istitle():
        return None
    before = owner.nbor(-1) if owner.i > 0 else None
    titled = before is not None and _COURTESY.match(before.text) and owner.ent_type_ == "PERSON"
    if not (titled or ((before is None or before.ent_type_ != "PERSON") and surname(owner.text))):
        return None  # the "Carter" of "Mrs Carter", the "Vardy" of "Jamie Vardy", not "Jamie" of "Jamie's wife"
    return f"{toks[0].text} {owner.text}"


_KIN = frozenset("husband wife son daughter".split())
_RELATIVES = frozenset(
    "brother sister mother father mum mom dad cousin uncle aunt nephew niece grandmother grandfather partner "
    "fiancee fiancée fiance fiancé girlfriend boyfriend widow widower stepson stepdaughter".split()
)
# Every word for kin: a couple, a child, a relative.
_KINSHIP = _FAMILY | _CHILDREN | _RELATIVES
# Words for someone who works for another and speaks or acts for them: "his publicist", "her lawyer"
_SERVING = frozenset(
    """publicist spokesman spokeswoman spokesperson lawyer attorney solicitor barrister agent manager aide assistant
    representative""".split()
)
# Words for someone's relation to another, which say little without whose: "his former team-mate"
_RELATIONAL = _KINSHIP | frozenset(
    "team-mate teammate mate colleague friend co-star neighbour neighbor lawyer attorney solicitor barrister agent "
    "aide rival successor predecessor".split()
)


def _seat_of(ent: Span) -> bool:
    """A one-word name after an office and "of": "the mayor of Brookfield", "the Bishop of Durham"."""
    prep = ent.root.head
    return (
        len(ent) == 1
        and ent.root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in _OFFICES
        and prep.head.i == prep.i - 1
    )


def _office_read_as_name(ent: Span) -> bool:
    """ "The Treasurer, Jim Chalmers,": an office the recogniser took for a one-word name, with the name of the one
    holding it set beside it."""
    head = ent.root
    return (
        ent.label_ == "PERSON"
        and len(ent) == 1
        and head.lower_ in _OFFICES
        and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)
    )


def _home_of(ent: Span) -> bool:
    """A one-word name after "from" that follows a word for a person: "a grandmother from Kent", "a nurse from
    Stockport" (not "a letter from Harold"); or after "in" that follows a word for where someone lives ("at her
    home in Kent")."""
    prep = ent.root.head
    if len(ent) != 1 or ent.root.dep_ != "pobj":
        return False
    if prep.lower_ == "in" and prep.head.lower_ in _HOMES:
        return True  # "at her home in Kent", "she lived in Kent": where someone lives, not a person
    return prep.lower_ == "from" and prep.head.tag_ in ("NN", "NNS") and people_word(prep.head.lower_)


# Words for where someone lives, or lived, was born or died, before "in" and the place
_HOMES = frozenset(
    "home house flat apartment cottage farm village town lives lived live living died born grew raised".split()
)


def _modifies_a_role(ent: Span) -> bool:
    """A name set before a word for a person that comes right before that person's name: "Tottenham striker
    Emmanuel Adebayor", "Trump adviser Kellyanne Conway"."""
    role = ent.root.head
    if ent.root.dep_ != "compound" or role.i != ent.end or not role.text.islower() or not people_word(role.lower_):
        return False
    after = role.doc[role.i + 1] if role.i + 1 < len(role.doc) else None
    return after is not None and after.tag_ == "NNP" and role.head.i > role.i and role.head.tag_ == "NNP"


def _set_off(head: Token, appos: Token) -> bool:
    """`appos` is set off by a comma after `head`, or by a comma and "among them" ("Critics, among them the rights
    group Amnesty International,")."""
    before = head.doc[appos.left_edge.i - 1]
    if before.lower_ == "them" and before.head.head == head and before.head == _one_among(head):
        before = head.doc[before.head.i - 1]
    return before.text == ","


def _one_among(noun: Token) -> Token | None:
    """The "among them" or "including" that says `noun` is one of those it is set beside: "Critics, among them the
    rights group ...,"."""
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("among", "including")), None)


def _body_named(head: Token) -> Token | None:
    """The organisation a common noun names right after it, with or without a comma: "investment giant CITIC",
    "the retailer Halvorsen Foods", "The port operator, Halden Terminals, declined to comment" (not "a spokesman for
    Acme")."""
    one = head.lower_ in ("one", "another") and head.tag_ == "CD"  # "One of the investors, the firm Redpoint,"
    if (not head.tag_.startswith("NN") or head.tag_.startswith("NNP")) and not one:
        return None
    # after a noun for a body, a name the recogniser took for a place or a work counts too ("The regulator, Ofwat,
    # welcomed ...", read as a GPE; "The haulage firm Dunmore Freight", as a WORK_OF_ART); not after other nouns
    # ("Her granddaughter, Paris, said": a person); and a one-word name in the singular the recogniser took for a
    # people's ("The developer, Cubex, said": no nationality is set beside a noun as its name)
    noun = head.lower_.removesuffix("s") if head.tag_ == "NNS" else head.lower_
    labels = ("ORG", "GPE", "LOC", "FAC", *_MISREAD) if noun in _BODY_NOUNS or one else ("ORG",)
    appos = next(
        (
            c
            for c in head.children
            if c.dep_ == "appos"
            and (c.ent_type_ in labels or (c.ent_type_ == "NORP" and c.tag_ == "NNP" and c.ent_iob_ == "B"))
        ),
        None,
    )
    if appos is None and noun in FIRM_NOUNS:
        # "The operator of the Higashidori nuclear plant, Tohoku Electric Power, said", the name hung on the thing
        # operated: a firm's name that closes the subject names the firm, not what it runs
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
        run = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        appos = next(
            (
                c
                for c in (run.children if run is not None else ())
                if c.dep_ == "appos"
                and c.ent_type_ == "ORG"
                and _set_off(run, c)
                and c.right_edge.i + 2 == head.head.i
                and head.doc[c.right_edge.i + 1].text == ","
            ),
            None,
        )
        if appos is not None:
            return appos
    if appos is None:
        # "The airport's owner, the French group Vinci, welcomed ...": a noun for a body set beside it, and its name
        described = next(
            (
                c
                for c in head.children
                if c.dep_ == "appos"
                and c.tag_ == "NN"
                and c.lower_ in _BODY_NOUNS
                and c.i > head.i
                and _set_off(head, c)
            ),
            None,
        )
        return _body_named(described) if described is not None and not one else None
    if one:
        # "One of them, Adevinta, which owns sites in France,": a name with a thing's relative clause is a body,
        # whatever the recogniser took it for
        thing = any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in appos.children)
        named = appos.ent_type_ == "ORG" or (thing and appos.tag_ == "NNP")
        return appos if head.doc[appos.left_edge.i - 1].text == "," and named else None
    name = _compound_name(appos)
    if not name:
        return None
    first = name[0]
    if first.ent_iob_ == "I" and first.i > 0 and first.nbor(-1).lower_ == "the" and first.nbor(-1).ent_iob_ == "B":
        first = first.nbor(-1)  # "An insurer industry group, the Health Plan Alliance, said"
    if first.ent_iob_ != "B":
        return None
    if first.i == head.i + 1 or (first.i == head.i + 2 and first.nbor(-1).text == "The"):
        return appos  # "the trade magazine The Bookseller": a name with its own capital "The" too
    # "The utility that serves the area, Northern Valley Power, said": after a comma, past the noun's own phrase
    # ("The largest farming union, the FNSEA, has called": with its article)
    comma = first.i - 2 if first.i > 1 and first.nbor(-1).lower_ == "the" else first.i - 1
    return appos if first.i - head.i <= 12 and head.doc[comma].text == "," else None


def _unrecognised_body_name(head: Token) -> list[Token] | None:
    """A capitalised name right after a noun for a body, that the recogniser took for no name at all: "The consumer
    group Which? said"."""
    if head.lower_ not in _BODY_NOUNS or head.tag_ != "NN":
        return None
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i == head.i + 1), None)
    if appos is None or appos.tag_ != "NNP" or appos.ent_type_ or not appos.text[:1].isupper():
        return None
    name = [t for t in appos.subtree if t.dep_ in ("compound", "appos") or t is appos]
    if not name or name[0].i != head.i + 1 or any(t.ent_type_ for t in name):
        return None
    return name


def _unrecognised_name_before(head: Token) -> bool:
    """Two or more capitalised proper nouns hung on a lower-case noun right before it, none of them in an entity
    the recogniser saw."""
    words = [t for t in head.subtree if t.i < head.i and t.dep_ == "compound" and t.tag_ == "NNP"]
    return (
        len(words) >= 2
        and words[-1].i == head.i - 1
        and all(not t.ent_type_ and t.text[:1].isupper() for t in words)
        and not head.text[:1].isupper()
    )


def _called_by_name(head: Token) -> list[Token] | None:
    """ "A group calling itself Rhysida claimed ...", "a group called Black Harbor": the name the body goes by."""
    if head.lower_ not in _BODY_NOUNS or head.tag_ != "NN":
        return None
    for acl in head.children:
        if acl.dep_ != "acl" or speech.lemma(acl.text) != "call" or acl.i != head.i + 1:
            continue
        name = next((c for c in acl.children if c.dep_ == "oprd" and c.tag_ == "NNP"), None)
        if name is None or name.ent_type_ == "PERSON":
            return None
        words = _compound_name(name)
        the = [c for c in name.children if c.dep_ == "det" and c.text == "The"]  # "called The Local"
        return the + words if all(t.text[:1].isupper() for t in words) else None
    return None


def _name_beside_whom(head: Token) -> Token | None:
    """ "A spokesman for the Bharatiya Janata Party, Sudhanshu Trivedi, said": a personal name the parse set beside
    the body someone speaks for (a body is not in apposition to a person's name), which the recogniser did not
    take for a person's, is the name of the one who speaks."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
        for body in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNP" and c.ent_type_ == "ORG"):
            appos = next((c for c in body.children if c.dep_ == "appos" and c.tag_ == "NNP"), None)
            if appos is None or appos.ent_type_ == "PERSON" or appos.doc[appos.left_edge.i - 1].text != ",":
                continue
            if _personal(_clean(_compound_name(appos))):
                return appos
    return None


def _name_set_before(head: Token) -> Token | None:
    """ "Duterte, the daughter of former president Rodrigo Duterte, has denied ...": the name that opens the
    sentence, set off by commas before a description the parse took for the subject (and the name for an
    interjection), is who the subject is."""
    if head.dep_ != "nsubj" or not any(c.dep_ == "det" or c.dep_ == "poss" for c in head.children):
        return None
    doc, first = head.doc, head.left_edge.i
    end = head.right_edge.i if head.right_edge.text == "," else head.right_edge.i + 1  # the comma may be its own
    if first < 2 or doc[first - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return None
    name = doc[first - 2]
    if name.ent_type_ not in ("PERSON", "ORG", "") or name.tag_ != "NNP" or name.head.i != head.head.i:
        return None
    if name.dep_ not in ("intj", "npadvmod", "dep", "advmod"):
        return None
    return name if name.left_edge.i == head.sent.start else None


def _apposed_twice(head: Token) -> Token | None:
    """ "The other man, his cousin James York, 40, cited ...": the name in apposition to a description that is
    itself in apposition to the subject."""
    for appos in (c for c in head.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNS")):
        name = next((c for c in appos.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if name is not None:
            return name
    return None


def _in_capitals(words: list[str], one_word: bool = False) -> bool:
    """Words all in capitals, more than one ("EXPERT VERDICT", "BENAUD ON BOTHAM"), or with `one_word` a single
    word longer than an acronym ("VERDICT"; not "NATO"): a heading, never the name of someone who speaks."""
    words = [w for w in words if w.isalpha()]
    if not words or not all(w.isupper() for w in words):
        return False
    return (len(words) > 1 and any(len(w) > 3 for w in words)) or (one_word and len(words[0]) > 4)


def _introducing(noun: Token) -> bool:
    """A noun with an apposition that introduces someone: "The patient, a 58-year-old man from Arbroath,"."""
    return any(
        c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
        for c in noun.children
    )


def _firm_post(noun: Token) -> bool:
    """A post only a firm or an organisation has: "chief executive", "chairman", "managing director", "chief
    financial officer"."""
    kinds = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    return (
        noun.lower_ in ("chairman", "chairwoman", "ceo", "cfo")
        or (noun.lower_ in ("executive", "director") and bool(kinds & {"chief", "managing"}))
        or (noun.lower_ == "officer" and "chief" in kinds)
    )


def _a_source(tok: Token) -> bool:
    """A name cited as where something comes from: "according to Reuters", "an Associated Press report"."""
    name = _name_head(tok)
    if name.dep_ in ("compound", "poss") and name.head.lower_ in DOCUMENT_NOUNS:
        name = name.head
    return _according_to(name)


def _team_by_its_verb(root: Token) -> bool:
    """A singular name, joined to no other, whose verb agrees as a plural's does ("Forest have", "Leeds are"; not
    "Khizr and Ghazala Khan say", nor "were", which a condition also takes)."""
    if root.tag_ not in ("NNP", "NN") or not root.text.istitle() or root.dep_ != "nsubj":
        return False
    if any(c.dep_ == "conj" for c in root.children):
        return False
    if any(t.lower_ in ("and", "&") for t in root.doc[root.left_edge.i - 1 : root.i]):
        return False
    agrees = speech.agreeing(root)
    return agrees.tag_ == "VBP" and agrees.lower_ in ("have", "are", "'ve", "'re", "do")


def _plural_verb(subject: Token) -> bool:
    """The subject takes a verb in the plural: "have apologised", "are", "were" (not "said", which could be
    either)."""
    if subject.dep_ != "nsubj":
        return False
    agrees = speech.agreeing(subject)
    return agrees.tag_ == "VBP" or agrees.lower_ == "were"


def _personal(words: list[Token]) -> bool:
    """Words that could be a person's name, not a body's: shaped as one, and not ending in a body's noun or in
    capitals ("Research UK")."""
    return _name_shaped(words) and words[-1].lower_ not in _BODY_NOUNS and not words[-1].text.isupper()


def _name_shaped(words: list[Token], fewest: int = 2) -> bool:
    """Two or three capitalised proper nouns, as a personal name is (a hyphenated surname is one: "Vasquez-Thorne");
    or one, after a title that says a person ("Sir Keir")."""
    words = [
        t for t in words if not (t.tag_ == "HYPH" and not t.whitespace_ and t.i > 0 and not t.nbor(-1).whitespace_)
    ]
    # a surname ending in "s" may be tagged a plural proper noun: "Brice Timmons", not "Christian Democrats"
    tags = [
        t.tag_ == "NNP" or (t.tag_ == "NNPS" and t.i == words[-1].i and len(words) > 1 and t.ent_type_ != "NORP")
        for t in words
    ]
    return fewest <= len(words) <= 3 and all(tags) and all(t.text[:1].isupper() for t in words)


def _crowned(ent: Span) -> str | None:
    """ "King Felipe VI", "Pope Leo XIV", read as an organisation's name: a monarch's or a pope's title, a given name
    and a number in Roman figures; the name without the title."""
    if ent.label_ not in ("ORG", "PRODUCT", "WORK_OF_ART"):
        return None
    return _crowned_name([t.text for t in ent])


def _crowned_name(words: list[str]) -> str | None:
    """ "Felipe VI" of "King Felipe VI": the name of a monarch or a pope without the title."""
    if len(words) != 3 or words[0] not in ("King", "Queen", "Pope"):
        return None
    if not re.fullmatch(r"[IVX]+", words[2]) or not words[1].istitle():
        return None
    return f"{words[1]} {words[2]}"


def _name_read_as_nationality(ent: Span) -> bool:
    """ "his opponent, Armenia's Tigran Petrosian": two or three capitalised words, singular, that the recogniser
    took for a nationality, set beside a word for a person; or for a place, set beside an office or "leader" ("Its
    president, Arnaud Rousseau,"; "The Conservative leader, Kemi Badenoch,": no place is a president, where a place
    may be an ally or a neighbour)."""
    root = ent.root
    # (one word too, set off by commas beside an office: "Their president of football operations, Monchi,")
    doc = ent.doc
    alone = ent.start > 0 and doc[ent.start - 1].text == "," and ent.end < len(doc) and doc[ent.end].text == ","
    # (or beside a word for kin: "The couple's daughter, Megan, 17,", as no place is anyone's daughter)
    kin = root.head.lower_ in _KINSHIP
    alone = alone and ent.label_ == "GPE" and (root.head.lower_ in _OFFICES or kin)
    if ent.label_ not in ("NORP", "GPE") or not _name_shaped(list(ent), fewest=1 if alone else 2):
        return False
    head = root.head
    if root.dep_ != "appos" or head.i >= ent.start or head.tag_ != "NN":
        return False
    if ent.label_ == "NORP":
        return people_word(head.lower_)
    return head.lower_ in _OFFICES or head.lower_ == "leader" or kin


def _named_subject_read_as_nationality(ent: Span) -> bool:
    """ "Derek French of the Campaign for Community Banking Services said": two capitalised words, singular and with
    no article, that the recogniser took for a nationality, as a clause's subject: a person (a people or a party
    that speaks is plural or has "the": "South Koreans said", "the Free Democrats said")."""
    root = ent.root
    # (the tagger may read both words as plural, "Frans Timmermans": a given name first says it is one person's)
    given = given_names.is_given(ent[0].text) and all(t.text.istitle() for t in ent)
    return (
        ent.label_ == "NORP"
        and len(ent) == 2
        and (_name_shaped(list(ent)) or given)
        and root.i == ent.end - 1
        and root.dep_ == "nsubj"
        and not any(c.dep_ == "det" for c in root.children)
    )


# Agentive words for a person by what they do that no company is called (unlike "lender", "carrier", "publisher").
_TRADES = frozenset(
    "lawyer barrister solicitor doctor teacher analyst researcher farmer lecturer writer author reporter"
    " photographer engineer student worker teenager pensioner retiree volunteer campaigner protester voter".split()
)


def _the_body(e: Entity) -> bool:
    """A description of one body by the definite article that speaks: "The library workers' union called ..."."""
    return _one_body_speaking(e) and e.name.split(" ", 1)[0].lower() == "the"


def _owned_body(e: Entity) -> bool:
    """A description of one body by whose it is that speaks: "Israel's military said ...", "Lebanon's health
    ministry said ..."."""
    first = e.name.split(" ", 1)[0]
    return _one_body_speaking(e) and first.endswith(("'s", "’s")) and first[:1].isupper()


def _one_body_speaking(e: Entity) -> bool:
    """A description of one body, in more than one word, that speaks."""
    return (
        e.kind == "description"
        and not e.plural
        and e.speaks
        and (e.head in _BODY_NOUNS or e.head in _INSTITUTIONS)  # "The Philippine military said ... Its spokesman"
        and " " in e.name
    )


def _person_word(word: str) -> bool:
    return (
        word in _OFFICES
        or word in _TRADES
        or _PEOPLE.search(word) is not None
        or _FEMALE_WORDS.search(word) is not None
        or _MALE_WORDS.search(word) is not None
        or re.search(r"(?:ist|ian|crat|person)$", word) is not None
    )


_ACRONYM = re.compile(r"^(?:(?:[A-Z]\.){2,}|[A-Z]{2,6})$")  # "AROS", "U.N."


def initials(name: str) -> str:
    """The capitals that start a name's words: "Alliance to Reclaim Our Schools" is also "AROS"."""
    return "".join(w[0] for w in re.findall(r"\w+", name) if w[0].isupper())


def _role_head(role: str) -> set[str]:
    """The nouns a role names its holder by, before what it is of or at: "Secretary" of "Republican Secretary of
    State"; "director" of "zoo's director of animals" (the zoo is not its director); "member" of "City council
    member" (the city is not she); "president" and "CEO" of "president and CEO"."""
    head = re.split(r"\s+(?:of|at|for|from|in|with|to)\s+", role, maxsplit=1)[0]
    parts = re.split(r"\s+(?:and|&)\s+|,\s*", head)
    return {words[-1] for part in parts if (words := _norm(part).split())}


def _title_of(tok: Token) -> bool:
    """A name that is what a title is of: "State" in "Secretary of State"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.tag_ == "NNP"


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only", "youngest", "oldest"})


def _of_a_title(ent: Span) -> bool:
    """A name that is what a title right before a person's name is of: "State" in "Secretary of State Jon
    Husted"."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        _title_of(ent.root)
        and ent.root.head.head.i == ent.start - 2
        and after is not None
        and after.ent_type_ == "PERSON"
    )


def _shared_title(role: str | None) -> bool:
    """A role whose word says "man" of an office women hold under the same name ("Alderman", "party chairman")."""
    return (
        bool(role)
        and re.search(r"\b(?:chairman|alderman)\b(?!\s*'s)", role, re.IGNORECASE) is not None
        and (role_gender(role) == "m")
    )


# posts written in initials, which people hold
_PEOPLE_INITIALS = frozenset({"CEO", "CFO", "COO", "CTO", "MP", "MEP", "MSP", "MLA", "MPP", "QC", "KC"})


def _own_clause_gender(head: Token) -> str | None:
    """ "Another analyst, who spoke on condition of anonymity because his firm advises Arden,": "f" or "m" by the
    "her" or "his" in the person's own "who" clause, where it has only one of them."""
    for rel in head.children:
        if rel.dep_ == "relcl" and rel.left_edge.lower_ == "who":
            words = {t.lower_ for t in rel.subtree if t.lower_ in ("his", "her", "him", "he", "she")}
            if words and words <= {"his", "him", "he"}:
                return "m"
            if words and words <= {"her", "she"}:
                return "f"
    return None


def role_gender(role: str | None) -> str | None:
    """ "f" or "m" where a role's head word is gendered ("his widow", "Vatican spokesman", "wife of the senator",
    "the woman's husband"): the last word before "of", "at", "for" or a comma, not an owner's ("woman's")."""
    if not role:
        return None
    courtesy = re.match(r"(Mr|Mrs|Ms|Miss)\.? [A-Z][a-z]+$", role)
    if courtesy:  # "Mr Recorder", "Mrs Justice": the courtesy title before the office says which (not "Mr Davey's")
        return "m" if courtesy.group(1) == "Mr" else "f"
    one = re.match(r"(?i)(?:one|another) of (.+)", role)
    if one:  # "One of the climbers' mothers": a mother
        words = re.split(r"\s+(?:of|at|for|from|in|with)\s+|,", one.group(1), maxsplit=1)[0].split()
        return role_gender(words[-1].removesuffix("s")) if words else None
    head = re.split(r"\s+(?:of|at|for|from|in|with)\s+|,", role, maxsplit=1)[0]
    words = [w for w in head.split() if not re.search(r"['’]s?$", w)]
    if not words:
        return None
    word = words[-1]
    return "f" if _FEMALE_WORDS.search(word) else "m" if _MALE_WORDS.search(word) else None


def _one_at_body(head: Token, ent: Span) -> Token | None:
    """ "A Department of Health and Social Care source": a word for a person right after a body's name, read as its
    apposition, the "a" the person's (no body's name takes one)."""
    if ent.label_ != "ORG" or head.i != ent.root.i:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < ent.start for c in head.children):
        return None
    return next(
        (c for c in head.children if c.dep_ == "appos" and c.i == ent.end and c.tag_ == "NN" and people_word(c.lower_)),
        None,
    )


# Texts someone sends out: "In a statement, it said" is the sender speaking, not the statement.
_SENT_OUT = frozenset("statement release letter email e-mail tweet post message note filing".split())


def _document_it_is_in(pronoun: Token) -> Token | None:
    """ "On the Green Brain website it states", "In the report it says": the text that "it" stands for, named in a
    phrase on the same verb before it."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return None
    for prep in pronoun.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in") and prep.i < pronoun.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and any(t.lower_ == "its" for t in obj.subtree):
                return None  # "In a statement on its website, it said": the statement's owner, not the statement
            if obj is not None and obj.lower_ in _SENT_OUT:
                return None  # "In a statement, it said": whoever sent the statement out
            if obj is not None and obj.lower_ in DOCUMENT_NOUNS:
                return obj
    return None


def _one_of(head: Token, papers: frozenset[str] = frozenset()) -> bool:
    """ "The lifelong Republican", "a Democrat": a member of a group named by an article and a word of its own."""
    # (an owner's word stands for "the": "The committee's ranking Democrat")
    # ("one" counts as "a": "one senior Democrat said")
    det = next(
        (c for c in head.children if c.dep_ in ("det", "poss") or (c.dep_ == "nummod" and c.lower_ == "one")), None
    )
    if det is None or (det.dep_ in ("det", "nummod") and det.lower_ not in ("a", "an", "the", "one")):
        return False
    owned = det.dep_ == "poss"
    # "the Italian said", "The South Carolina Republican": one person, by a word with the ending of one ("the
    # Chinese", "the Swiss", "the Taliban" may be many); not "The Tennessean reported", a paper's name, whose "The"
    # has a capital wherever it stands
    one = (
        (head.tag_ == "NNP" or (head.tag_ == "NN" and head.text in _DEMONYMS))
        and (_ONE_OF_A_PEOPLE.search(head.lower_) is not None or head.text in _DEMONYMS)
        and (
            owned
            or det.text == "the"
            or any(c.dep_ in ("compound", "amod") for c in head.children)
            or (det.i == head.sent.start and head.head.lower_ not in _PRESS_VERBS and head.text not in papers)
        )
    )
    return (not owned and det.lower_ != "the") or one or any(c.dep_ == "amod" and c.i < head.i for c in head.children)


def _one_counted(head: Token) -> Token | None:
    """The "one" that counts the noun: "one senior Democrat"."""
    return next((c for c in head.children if c.dep_ == "nummod" and c.lower_ == "one" and c.i < head.i), None)


# What a paper does that a person quoted in the story seldom does: "The Tennessean first reported ...". A paper's
# name opening a sentence, where "The" has its capital anyway, is told from one of a people by these and by "The"
# before it inside a sentence elsewhere ("told The Tennessean").
_PRESS_VERBS = frozenset("report reported reports publish published publishes print printed prints".split())


# Words for a team by what it has won or where it stands, in the plural whether one club or not: "the Turkish
# champions", "the holders"
_TEAM_TITLES = frozenset({"champions", "holders", "leaders", "hosts"})


def _described_by_country(noun: Token) -> bool:
    """ "The England winger": a person described by the country they are from or play for (not "the Republican
    presidential candidate", a party's); also by a county's or a state's ("the Durham fast bowler"), or by the
    people's adjective ("the British driver")."""
    return noun.tag_ == "NN" and any(
        (c.dep_ in ("compound", "nmod") and c.ent_type_ == "GPE" and c.i < noun.i)
        or (c.dep_ == "amod" and c.ent_type_ == "NORP" and c.tag_ == "JJ" and c.lower_ not in _PARTY_WORDS)
        for c in noun.children
    )


# A party's words, which the recogniser takes for a people's as it does "British".
_PARTY_WORDS = frozenset(
    "republican democratic democrat conservative liberal socialist communist labour green progressive".split()
)


def _described_by_age(noun: Token) -> bool:
    """ "The 28-year-old Scot": a noun described by an age, which only a person (or an animal) has; also "the
    31-year-old" standing alone."""
    if noun.lower_ == "old" and any(c.lower_ in ("year", "years") for c in noun.children):
        return True
    if nlp.is_age(noun.lower_):
        return True  # "the 20-year-old", one word before a verb of saying
    return any(
        c.dep_ == "amod" and c.lower_ == "old" and any(g.lower_ in ("year", "years") for g in c.children)
        for c in noun.children
    )


# One person of a people (or of a city or a county), by words the recogniser may take for a body's or a person's
# name
_DEMONYMS = frozenset(
    """Spaniard Frenchman Frenchwoman Dutchman Dutchwoman Englishman Englishwoman Scotsman Scotswoman Welshman
    Welshwoman Irishman Irishwoman Swede Dane Scot Brit Kiwi Aussie Argentine Filipino Filipina Swiss
    Monegasque Finn Pole Turk Icelander Luxembourger Kenyan Ugandan Rwandan Greek Serb Croat Czech Slovak Slovene
    Thai Uzbek Kazakh Tajik Basque Catalan Cuban Afghan Kurd Briton Texan Yorkshireman Yorkshirewoman Lancastrian
    Cornishman Cornishwoman Ulsterman Ulsterwoman Kerryman Corkman Geordie Scouser Brummie Londoner Dubliner
    Glaswegian Mancunian Liverpudlian Aberdonian Edinburgher Parisian Muscovite Berliner Californian
    Floridian""".split()
)
_ONE_OF_A_PEOPLE = re.compile(r"(?:ian|can|ean|man|ton|crat|[^aeiou]i|ist|ite|ard)$")


def _words_within(noun: Token, text: str) -> bool:
    """Every word a description puts before its noun ("opposition", "Conservative") is in `text`."""
    words = set(re.findall(r"\w+", text.lower()))
    return all(t.lower_ in words for t in noun.lefts if t.dep_ in ("amod", "compound") and t.is_alpha)


def _base_of(tok: Token) -> bool:
    """A word of the place in "Oslo-based", "New York-based"."""
    return any(a.lower_ == "based" and a.i > tok.i for a in tok.ancestors if a.dep_ == "amod")


def _modified(noun: Token) -> bool:
    """Whether a noun has words of its own just before it ("the Greek finance ministry", "the state health
    department"): a description of one body, not any body of its kind."""
    return any(c.dep_ in ("compound", "amod") and c.i >= noun.i - 3 for c in noun.lefts)


def _seen_by_another(head: Token) -> bool:
    """ "she overheard the young bus passenger ask ...", "he saw the driver say ...": the subject of a clause that
    someone named or pronounced just above perceives or reports is another person than that someone, not the
    person already in the story that an unintroduced description may be."""
    if head.dep_ != "nsubj" or head.head.dep_ not in ("ccomp", "xcomp"):
        return False
    above = head.head.head
    subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
    people = ("i", "we", "you", "he", "she", "they")
    return subject is not None and (subject.lower_ in people or subject.ent_type_ == "PERSON")


def _a_places(noun: Token) -> bool:
    """A noun owned by a place: "Britain's largest water company"."""
    return any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in noun.children)


def _of_an_office(noun: Token) -> bool:
    """ "the presidential office", "the ministerial team": a body described by the adjective of an office, which is
    that office's holder's, not whichever body was named last."""
    return any(
        c.dep_ == "amod" and re.sub(r"i?al$", "", c.lower_) in _OFFICES and c.lower_ not in _OFFICES
        for c in noun.children
    )


def _the_monarch(head: Token) -> bool:
    """ "The King said he and the Queen were deeply saddened": a crown's holder by the title alone, in capitals,
    who is no one named before unless the article names them so (which `_introduced` finds first)."""
    return head.text in ("King", "Queen", "Pope", "Emperor", "Empress") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )


def _introduced_beside(head: Token) -> bool:
    """ "The main suspect, a 19-year-old Austrian, had pledged ...": a description set beside an indefinite one,
    which introduces someone the story has not spoken of, not anyone already in it."""
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    return (
        appos is not None
        and appos.tag_ in ("NN", "NNP", "JJ")
        and head.doc[appos.left_edge.i - 1].text == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children)
        and not any(t.ent_type_ == "PERSON" for t in appos.subtree)
    )


# Places of work whose staff a story names by them: "The surgery's practice manager", "the hotel's owner".
_WORKPLACES = frozenset("surgery clinic pharmacy shop store restaurant hotel farm prison church mosque temple".split())


def _someones(head: Token, det: Token) -> bool:
    """ "the senator's spokeswoman", "her mother": a person of a person's, never that person, nor anyone already
    in the story the way "the top diplomat" may be ("the country's top diplomat" still may)."""
    if det.dep_ != "poss" or not people_word(head.lower_):
        return False
    if det.tag_ == "PRP$":
        return det.lower_ in ("his", "her")
    if det.tag_ in ("NN", "NNS") and (det.lower_ in _BODY_NOUNS | DOCUMENT_NOUNS | _WORKPLACES):
        # "the magazine's columnist", "the company's spokesman", "The surgery's practice manager": someone of a
        # body's or a workplace's
        return True
    # (or a child's: "The baby's mother")
    return det.ent_type_ == "PERSON" or (
        det.tag_ in ("NN", "NNS") and (people_word(det.lower_) or det.lower_ in _CHILDREN)
    )


_OFFICE_AFFIXES = re.compile(r"^(?:vice|ex|co|deputy|acting|under)-|-(?:elect|designate|in-chief|general)$")


# Machines whose names end as a word for a person does ("helicopter", "reactor"), which say nothing.
_MACHINES = frozenset(
    """helicopter computer reactor generator container tanker freighter scooter trailer airliner jetliner tractor
    elevator escalator printer router monitor thermometer detector simulator incinerator""".split()
)


def people_word(word: str) -> bool:
    """A noun for a person: an office, an agentive form, a word for kin or company, a gendered word (also with
    "vice-", "ex-", "-elect" ...: "vice-chair", "president-elect")."""
    bare = _OFFICE_AFFIXES.sub("", word)
    if bare != word and bare:
        return people_word(bare)
    if word.removesuffix("s") in _MACHINES:
        return False
    return (
        word in _OFFICES
        or _AGENTIVE.search(word) is not None
        or _PEOPLE.search(word) is not None
        or _FEMALE_WORDS.search(word) is not None
        or _MALE_WORDS.search(word) is not None
    )


def _rank(m: _Mention) -> tuple[int, int, int]:
    """Within a sentence: a subject first, the main clause's before another's ("The chancellor, he said, had
    demanded ...": he), then the first named."""
    return (-min(m.salience, 1), -(m.salience >= 2), m.pos)


def _rank_teller(m: _Mention) -> tuple[int, int]:
    """Within a sentence: the main clause's subject, then the subject of what it says, then the first named."""
    return (-m.salience, m.pos)


def _spoken_of_as(pronoun: Token) -> bool:
    """ "'She sang until the very end,' she said": what the pronoun's verb says, before it, has for its subject the
    same pronoun, someone else spoken of."""
    if pronoun.dep_ != "nsubj":
        return False
    said = [c for c in pronoun.head.children if c.dep_ == "ccomp" and c.i < pronoun.i]
    return any(
        sub.lower_ == pronoun.lower_ and sub.dep_ == "nsubj" for c in said for sub in c.children if sub.tag_ == "PRP"
    )


def _rank_closest(m: _Mention) -> tuple[int, int]:
    """Within a stretch of a run-on: a subject first, then the last named."""
    return (-min(m.salience, 1), -m.pos)


def _tellers(pronoun: Token) -> list[Token]:
    """For a pronoun that is the subject of what a speech verb reports ("Ray Lowe said that he ..."): the speech
    verb's subjects before it; none where the pronoun is not such a subject."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or not speech.is_cue(clause.head):
        return []
    return [c for c in clause.head.lefts if c.dep_ == "nsubj"]


def _teller(pronoun: Token) -> Token | None:
    """The teller of `_tellers`, where it is a name (of two, the one next to the verb)."""
    names = [c for c in _tellers(pronoun) if c.tag_ in ("NNP", "NNPS")]
    return names[-1] if names else None


def _represented(pronoun: Token) -> Token | None:
    """For "they" as the subject of what one person reports for others ("The family's solicitor said they hoped
    ...", "the victims' lawyer said they would appeal"): the others, whose the teller is."""
    teller = next(iter(_tellers(pronoun)), None)
    if teller is None or teller.tag_ not in ("NN", "NNP"):
        return None
    owner = next((c for c in teller.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.tag_ in ("NNS", "NNPS") or owner.lower_ in _COLLECTIVE):
        return None
    return owner


def _whose_relative_clause(pronoun: Token) -> Token | None:
    """ "Morales, who faces an arrest warrant in a case that he says is politically motivated": for "he" or "she"
    saying something inside a clause of "who" set off after a person's name, with no other person named between,
    that name."""
    if pronoun.dep_ != "nsubj" or not speech.is_cue(pronoun.head):
        return None
    up = pronoun.head
    while up.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in up.children):
        if up.head.i == up.i:
            return None
        up = up.head
    name = up.head
    doc = pronoun.doc
    if name.ent_type_ != "PERSON" or name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
        return None
    if any(t.ent_type_ == "PERSON" or t.tag_ == "PRP" for t in doc[name.i + 1 : pronoun.i]):
        return None
    return name


def _acting_on_what_it_says(pronoun: Token, plural: bool) -> Token | None:
    """ "... the United States has built up its forces and struck boats it says were carrying drugs": for "it" or
    "they" saying something of the object of a verb (or of "what" the verb acts on), the subject of that verb (of
    the first of verbs joined by "and"), a body or a group, not a person."""
    if pronoun.dep_ != "nsubj" or not speech.is_cue(pronoun.head):
        return None
    if pronoun.head.dep_ == "ccomp" and pronoun.i > 0 and pronoun.nbor(-1).lower_ == "what":
        # (or "what" it calls something: "The fighting began when India struck what it called terrorist camps":
        # India, not the fighting)
        verb = pronoun.head.head
    elif pronoun.head.dep_ == "relcl" and pronoun.head.head.dep_ == "dobj":
        verb = pronoun.head.head.head
    else:
        return None
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("PRP", "WP", "WDT") or subj.ent_type_ == "PERSON":
        return None
    many = subj.tag_ in ("NNS", "NNPS")
    if subj.ent_type_ not in ("ORG", "GPE", "NORP") and many != plural:
        return None
    return subj


def _clause_subject(pronoun: Token, plural: bool) -> Token | None:
    """For "it" or "they": the subject of the main clause, earlier in the pronoun's sentence or else in the one
    before, when it is a noun phrase of the right number."""
    sent = pronoun.sent
    doc = pronoun.doc
    candidates = [sent]
    if sent.start > 0:
        candidates.append(doc[sent.start - 1].sent)
    if plural and candidates[-1].start > 0:
        # (or a family, or a group like it, the one before that: "Her family welcomed the move. Her brother said the
        # family felt 'vindicated.' '...,' they said in a statement")
        candidates.append(doc[candidates[-1].start - 1].sent)
    for n, s in enumerate(candidates):
        subj = next((t for t in s.root.children if t.dep_ == "nsubj"), None)
        if n == 2 and (subj is None or subj.tag_ != "NN" or subj.lower_ not in _COLLECTIVE):
            continue
        if s.start == sent.start and subj is not None and subj.i >= pronoun.i:
            subj = _opening_clause_subject(s.root, pronoun)
        if subj is None or (s.start == sent.start and subj.i >= pronoun.i) or subj.tag_ in ("PRP", "WP", "WDT"):
            continue
        if plural and subj.lower_ == "those" and any(c.dep_ == "acl" for c in subj.children):
            return subj  # "those surveyed say ..., though they blame ...": the people the phrase describes
        many = subj.tag_ in ("NNS", "NNPS") or _share_of_many(subj)  # "38 percent of respondents said they ..."
        # "The family has made a complaint. They say ...": a group of people taken up as many
        together = plural and subj.tag_ == "NN" and subj.lower_ in _COLLECTIVE
        if not subj.tag_.startswith("NN") or (many != plural and subj.ent_type_ != "ORG" and not together):
            continue
        if not plural and (
            subj.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children)
        ):
            # "it" is never a person; "Counsel to the inquiry, Hugo Keith, showed the email ... It described the
            # supplier as 'untested'": the document the person's verb acted on, where one is
            return next(
                (c for c in subj.head.children if c.dep_ == "dobj" and c.lower_ in DOCUMENT_NOUNS and c.i > subj.i),
                None,
            )
        return subj
    return None


def _body_acted_on(subject: Token) -> Token | None:
    """ "the newspaper elPeriódico" of "Zamora founded the newspaper elPeriódico": the object of the subject's verb,
    named as a body or a paper."""
    obj = next((c for c in subject.head.children if c.dep_ == "dobj" and c.i > subject.i), None)
    if obj is None:
        return None
    nouns = {obj.lower_} | {c.lower_ for c in obj.children if c.dep_ == "compound" and c.i < obj.i}
    return obj if nouns & (_BODY_NOUNS | _PAPERS) else None


def _share_of_many(noun: Token) -> bool:
    """ "38 percent of respondents", "half of the workers": a share of a group of people, who are many."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun.lower_ in _SHARES and whole is not None and whole.tag_ in ("NNS", "NNPS")


def _opening_clause_subject(root: Token, pronoun: Token) -> Token | None:
    """ "While many watchers expect Kim to stay, they say ...": the subject of a clause that opens the sentence,
    before the pronoun, which is the main clause's own subject (not "Unless nations act, they say, the seas rise",
    where the clause is part of what they say)."""
    if pronoun.head.i != root.i:
        return None
    for c in root.children:
        if c.dep_ == "advcl" and c.i < pronoun.i and c.left_edge.i == root.sent.start:
            return next((t for t in c.children if t.dep_ == "nsubj"), None)
    return None


# Words before a noun for a post that make it another post: "the prime minister" is not "Health minister Tom Ashby".
# ("the other pilot", after "one pilot is heard asking": another one, unless called the other one before)
_OFFICE_KINDS = frozenset("prime deputy vice shadow junior assistant chief first former other".split())


def _people_words(head: Token) -> frozenset[str]:
    """ "the Conservative councillor": the words before a noun for a party or a people."""
    return frozenset(t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ == "NORP")


def _the_other(head: Token, e: Entity) -> bool:
    """ "The other pilot", and `e` one called by that noun but not "other" ("one pilot"): someone else."""
    other = any(c.dep_ == "amod" and c.lower_ == "other" for c in head.children)
    return other and e.head == head.lower_ and "other" not in e.name.lower().split()


def _office_kind(head: Token) -> frozenset[str]:
    return frozenset(t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound") and t.lower_ in _OFFICE_KINDS)


def _given_name_gender(name: str) -> str | None:
    """The gender of a full name's given name, where nearly everyone with it has that gender."""
    words = name.split()
    return given_names.gender(words[0]) if len(words) > 1 and words[0][:1].isupper() else None


def _teller_hung_elsewhere(tok: Token) -> bool:
    """ "At least four people were killed when tornadoes struck St Lucie County, the county sheriff, Keith Pearson,
    told reporters": a name right before a comma and a verb of saying with no subject of its own, which the parse
    hung on something else the sentence names, is the one who tells the whole sentence."""
    nxt = tok.right_edge.i + 2
    if nxt >= len(tok.doc) or tok.doc[nxt - 1].text != "," or tok.dep_ in _SUBJECT:
        return False
    verb = tok.doc[nxt]
    if not verb.tag_.startswith("VB") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    found = speech.subject(verb) if speech.is_cue(verb) else None
    return found is not None and found.i == tok.i


def _byline(sent: Span) -> bool:
    """The writer's credit above the story: "By Tiffanie Turnbull"."""
    return sent.root.lower_ == "by" and sent.root.tag_ == "IN" and sent.root.i == sent.start


def _salience(tok: Token) -> int:
    named = tok  # the name itself, before the walk up its appositions below
    if _subject_missed(tok) or _teller_hung_elsewhere(tok):
        return 2
    if tok.dep_ == "ROOT" and tok.tag_[:3] == "NNP" and any(speech.misread_acl(c) for c in tok.children):
        return 2  # "Rocio Concha, its director of policy, called for ...", "called" read as describing her
    if _name_opening_a_verbless_sentence(tok):
        return 2  # "Mr. Hackman, who won Oscars for ..., retired from acting", "retired" hung on the films' names
    if _verb_read_as_modifier(tok):
        return 2  # "Its health spokesman, Jackson Carlaw, accused ministers of ...", "accused" read as describing them
    while tok.dep_ == "appos" and tok.head.i != tok.i:  # "The mayor's aide, Ana Ruiz, says": Ruiz is the subject
        if tok.head.tag_ == "NNS" and not any(c.dep_ == "conj" for c in tok.children):
            return 0  # "Proposals from the front-runner, Ana Ruiz, ... amount to": one person is not "proposals"
        tok = tok.head
    office = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if office is not None and office.lower_ in _OFFICES and _holder_after_seat(office) is not None:
        tok = office  # "The mayor of Venice, Luigi Brugnaro, attended": the mayor, whom the sentence is about
    if (
        _according_to(tok)
        and tok.head.head.head.dep_ == "ROOT"
        and (named.ent_type_ == "PERSON" or people_word(tok.lower_))
    ):
        return 2  # "Police arrested 13 people, according to the police chief, Cesar Zapata.": who tells the sentence
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.dep_ == "ROOT":
        return 2  # "The complaint was made by his opponent": who made it, where that is what the sentence tells
    if tok.dep_ == "nmod" and speech.person_of_body(tok.head) is not None:
        tok = tok.head  # "Inspector Graham Munro of Police Scotland said", the body parsed as the subject
    if _pointed_at(tok):
        return 2  # "Just look at Speaker Tom Reed. He's said ...": whom the sentence holds up, the reader told to look
    if tok.dep_ not in _SUBJECT:
        return 0
    if tok.ent_type_ != "PERSON" and any(
        c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and c.i > tok.i for c in tok.head.children
    ):
        # "Speaking at his official residence, Bute House, in Edinburgh, Mr Yousaf said": a name set beside a noun
        # before the person, read as a second subject; the person is who the sentence is about
        return 0
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT" and speech.is_cue(verb):
        return 2  # "The good news, Ana Ruiz said, is that ...": the one who says the whole sentence
    if verb.dep_ == "ROOT" and any(
        c.dep_ == "parataxis" and speech.is_cue(c) and any(s.dep_ == "nsubj" for s in c.children) for c in verb.children
    ):
        return 1  # "The chancellor, he said, had demanded ...": the subject of what he says, not of the sentence
    return 2 if verb.dep_ == "ROOT" else 1


def _pointed_at(tok: Token) -> bool:
    """The object of a sentence that is an order to the reader, "(Just) look at X", "Take X", "Consider X": a
    main verb in the bare form that opens the sentence with no subject, and no other clause for X to compete with."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        verb = tok.head.head
    elif tok.dep_ == "dobj":
        verb = tok.head
    else:
        return False
    if verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    if any(not (t.is_space or t.dep_ == "advmod") for t in tok.doc[tok.sent.start : verb.i]):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in verb.children):
        return False
    return not any(t.dep_ in ("ccomp", "relcl", "advcl") for t in tok.sent)


def _name_opening_a_verbless_sentence(tok: Token) -> bool:
    """A person's name that opens a sentence the parse found no verb in, set off by a comma before what follows
    ("Mr. Hackman, who won Oscars for ..., retired from acting in 2004"): what the sentence is about, its subject."""
    if tok.dep_ != "ROOT" or tok.tag_ != "NNP" or tok.ent_type_ != "PERSON":
        return False
    return tok.left_edge.i == tok.sent.start and tok.i + 1 < tok.sent.end and tok.doc[tok.i + 1].text == ","


def _verb_read_as_modifier(tok: Token) -> bool:
    """A name set off by commas in apposition to the noun that heads a sentence the parse found no verb in, where
    the word after the closing comma is a verb in the past read as a modifier ("The Scottish Conservatives' health
    spokesman, Jackson Carlaw, accused ministers of losing control"): the name is that verb's subject."""
    root = tok.head  # the sentence's root, where the parse found no verb
    if tok.dep_ != "appos" or root.dep_ != "ROOT" or not root.tag_.startswith("NN") or root.i > tok.i:
        return False
    after = tok.i + 2
    if after >= tok.sent.end or tok.doc[tok.i + 1].text != "," or tok.doc[tok.i - len(_compound_name(tok))].text != ",":
        return False
    verb = tok.doc[after]
    # (or hung on the root itself: "The leader of the opposition, Peter Dutton, called on Ms. Thorpe to resign")
    return verb.tag_ in ("VBD", "VBN") and verb.dep_ in ("amod", "acl") and (verb.head.i > verb.i or verb.head == root)


def _subject_missed(tok: Token) -> bool:
    """ "..., Ohio, 62-year-old Ana Ruiz also railed against ...": a name the parse hung elsewhere, right before
    a main verb that has no subject, is its subject."""
    nxt = tok.i + 1
    while nxt < len(tok.doc) and tok.doc[nxt].tag_ in ("RB", "MD"):
        nxt += 1
    if nxt >= len(tok.doc):
        return False
    verb = tok.doc[nxt]
    if _after_fronted_place(tok):
        return True
    if tok.dep_ == "conj" and tok.head.dep_ == "nsubj" and speech.name_after_opening(tok.head) == tok:
        return True  # "Writing on LinkedIn, Dr Priya Venkat, ..., said": the name joined to the opening participle
    if _opens_without_subject(tok):
        # "Trump, later alleging that Obama wanted ..., said he would ...": the name that opens the sentence, set
        # off by a comma, which the parse hung on the clause inside, is the subject the main verb lacks
        return True
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
    )


def _after_fronted_place(tok: Token) -> bool:
    """ "At a hardware store in St. Petersburg, Ron Whitaker, 67, was buying plywood": a name after the place
    phrase that opens the sentence, which the parse hung on the place, is the subject the main verb lacks."""
    root = tok.sent.root
    # (or joined to it: "In Lviv, Oksana Hrytsenko, 61, said")
    first = _compound_name(tok)[0].i if tok.dep_ in ("appos", "conj") else 0
    if first == 0 or tok.doc[first - 1].text != ",":
        return False
    if tok.sent[0].lower_ not in speech.FRONTED or any(c.dep_ == "expl" for c in root.children):
        return False
    # (or the place itself read as the subject, the name joined to it: "Outside court, Detective Sergeant Amy Rhodes
    # said")
    subjects = [c for c in root.children if c.dep_ in _SUBJECT]
    if any(s.left_edge.i != tok.sent.start or s.i >= first for s in subjects):
        return False
    up = tok.head
    while up.dep_ in ("pobj", "prep", "appos") and up.head.i != up.i:
        up = up.head
    return (up.i == root.i or up in subjects) and root.tag_.startswith("VB") and root.i > tok.i


def _opens_without_subject(tok: Token) -> bool:
    """A name that opens its sentence, followed by a comma, where the sentence's main verb, a finite one after
    it, has no subject."""
    root = tok.sent.root
    if tok.dep_ in ("nsubj", "nsubjpass", "compound") or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return False
    if not speech.name_words(tok.doc[tok.sent.start : tok.i + 1]):
        return False  # the name alone opens the sentence
    return (
        root.i > tok.i
        and root.tag_ in ("VBD", "VBZ", "VBP")
        # no subject, or only the participle after the comma read as one
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.tag_ != "VBG" for c in root.children)
    )


def _compatible(e: Entity, kind: str | None, unsexed: bool = False) -> bool:
    if kind == "pl":
        return e.plural or e.kind == "body"
    if kind == "n":
        return e.kind in ("body", "description") and not e.plural and not e.is_person
    if e.kind == "description":
        return e.is_person and (kind is None or e.gender == kind or (unsexed and e.gender is None and not e.plural))
    if e.kind != "person":
        return False
    if kind in ("m", "f") and e.gender is None and e.name_gender not in (kind, None):
        return False  # "Catherine Moore" is no "he", though nothing in the article says so
    return kind is None or e.gender in (kind, None)


def _initial_of(a: str, b: str) -> bool:
    return (len(a) <= 2 and a.rstrip(".") == b[:1]) or (len(b) <= 2 and b.rstrip(".") == a[:1])


def _short_for(a: str, b: str) -> bool:
    """One given name the short form of the other, which starts with it: "Andy" for "Andrew", "Chris" for
    "Christopher", "Rob" for "Robert" (not "Bill" for "William": that takes a list of nicknames)."""
    short, full = sorted((a, b), key=len)
    stem = short.removesuffix("ie") if short.endswith("ie") else short.removesuffix("y")
    return len(stem) >= 3 and len(full) >= len(short) + 2 and full.startswith(stem)


def _one_of_a_name(tok: Token) -> bool:
    """ "One Nation leader Pauline Hanson": "One" as the first word of a name, a capitalised noun after it."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text == "One" and nxt is not None and nxt.text.istitle() and nxt.tag_ in ("NN", "NNP")


def _trim_det(tokens: list[Token]) -> list[Token]:
    while tokens and (
        (tokens[0].dep_ in ("det", "punct", "cc") and tokens[0].tag_ != "NNP")  # not "JMA" read as an article
        or tokens[0].is_punct
        # "One guard, Harley Levanic,", not the name of "One Nation leader Pauline Hanson"
        or (tokens[0].lower_ == "one" and tokens[0].dep_ == "nummod" and not _one_of_a_name(tokens[0]))
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and not (tokens[-1].text == ")" and "(" in _text(tokens)):
        tokens = tokens[:-1]  # but not the bracket that closes one in it: "Republican People's Party (CHP)"
    return tokens


def _path(tok: Token, top: Token) -> list[Token]:
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


_QUOTE_MARKS = frozenset({"'", '"', "‘", "’", "“", "”", "``", "''"})


def _made_by(acl: Token) -> bool:
    """ "released last week by the statistics office", "conducted by WBUR radio": a participle right after its noun
    that names who made the thing; not one set off by a comma ("The letter, seen by Sportsmail,"), one by a means
    ("conducted by comparing ..."), nor one that runs on into a clause or a quotation."""
    if acl.dep_ != "acl" or acl.tag_ != "VBN" or (acl.left_edge.i > 0 and acl.doc[acl.left_edge.i - 1].text == ","):
        return False
    agent = next((c for c in acl.children if c.dep_ == "agent"), None)
    if agent is None or not any(c.dep_ == "pobj" and c.tag_.startswith("NN") for c in agent.children):
        return False
    return not any(t.dep_ in ("advcl", "relcl", "ccomp") or t.text in _QUOTE_MARKS for t in acl.subtree)


def _when(tok: Token) -> bool:
    """ "on Friday", "today": a day hung on a noun phrase, which says when its sentence's news happened, not who
    ("a report from last year", "a letter in March" keep theirs: which one)."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME") and tok.left_edge.i == tok.right_edge.i  # not "last year"
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    return tok.lower_ == "on" and len(objects) == 1 and objects[0].ent_type_ in ("DATE", "TIME")


def _close_name(t: Token) -> bool:
    """A name set right after a common noun, no comma between: "the journal Nature", "the website Politico"."""
    return (
        t.dep_ == "appos"
        and t.tag_ in ("NNP", "NNPS")
        and t.left_edge.i == t.head.i + 1
        and t.head.tag_ == "NN"
        and t.head.text.islower()
    )


# Words for someone that say nothing of who they are but what follows them: "a person briefed on the talks".
_BARE_SOURCES = frozenset("person people official officials source sources someone".split())


def _glued_name(appos: Token) -> bool:
    """A body's name the parse set beside a noun phrase that runs straight into it with no comma, after a word in
    lower case: "All Progressives Congress" of "a spokesman for the ruling All Progressives Congress"."""
    if appos.ent_type_ != "ORG" or appos.ent_iob_ == "O":
        return False
    first = appos
    while first.i > 0 and first.ent_iob_ == "I":
        first = first.nbor(-1)
    before = first.nbor(-1) if first.i > 0 else None
    return (
        before is not None and before.text.islower() and before.tag_ in ("NN", "JJ", "VBG") and before.i > appos.head.i
    )


def _split_off_name(head: Token) -> list[Token]:
    """The words of a body's name right before a subject with no article of its own, which the parse made a subject
    of the same verb: "A Department of Health and Social Care spokesperson"; or the name after its "known as"."""
    if head.dep_ != "nsubj":
        return []
    # (or right after an "as" left with no object: "A lawyer for the rapper known as Kid Vandal told jurors")
    end = head.right_edge
    after = next((c for c in head.head.children if c.dep_ == "nsubj" and c.left_edge.i == end.i + 1), None)
    if after is not None and end.lower_ == "as" and end.dep_ == "prep" and after.ent_type_ in ("PERSON", "ORG"):
        return [after]
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return []
    name = next((c for c in head.head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if name is None or name.ent_type_ != "ORG" or name.right_edge.i != head.i - 1:
        return []
    return [name]


def _complementiser_read_as_det(t: Token, head: Token) -> bool:
    """The "that" opening a clause of what someone says, which the parse hung on the clause's subject as its
    determiner ("told the court that crew had reported the fault")."""
    clause = head.head
    return (
        t.dep_ == "det"
        and t.lower_ == "that"
        and t.head.i == head.i
        and head.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ == "ccomp"
        and clause.left_edge.i == t.i
        and speech.is_cue(clause.head)
    )


def _phrase(head: Token) -> list[Token]:
    """A noun phrase without its relative clauses, appositives and trailing clauses, its own or those of a noun
    inside it ("a spokesperson for Merivale, which runs the Ivy": "a spokesperson for Merivale"), and without a
    clause's opener the parse hung on it ("While isolationists like Lund blame ...")."""
    cut = {"relcl", "appos", "acl", "advcl", "punct", "cc", "conj", "parataxis", "case"}  # case: "the victims'"
    nested = {"relcl", "appos", "punct", "mark"}
    if head.lower_ == "those":  # "those surveyed", "those polled": the participle is all the phrase says
        cut = cut - {"acl"}
    briefed = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == head.i + 1), None)
    if briefed is not None and head.lower_ in _BARE_SOURCES:
        cut = cut - {"acl"}  # "a person briefed on the talks": what the participle says is all we learn of them
    keep = [head]
    stack = list(head.children)
    # "A Department of Health and Social Care spokesperson added": the body's name the parse made a second subject
    stack += _split_off_name(head)
    while stack:
        t = stack.pop()
        if t.head.i == head.i and _made_by(t):
            pass  # "figures released last week by the statistics office": who made it is part of what it is
        elif t.head.i != head.i and _close_name(t):
            pass  # "a study published in the journal Nature": the name a noun inside the phrase goes by
        elif t.dep_ == "appos" and t.head.i == head.i and _glued_name(t):
            pass  # "A spokesman for the ruling All Progressives Congress", the name hung on the spokesman
        elif (t.dep_ in cut and t.head.i == head.i) or t.dep_ in nested:
            continue
        elif t.head.i == head.i and _when(t):
            continue  # "A High Court judge on Friday blocked ...": when the sentence's news happened, not who
        elif (
            t.dep_ == "advmod"
            and t.tag_ == "RB"
            and t.i < head.i
            and (t.head.i == head.i or t.head.tag_.startswith("NN"))
        ):
            continue  # "Even people who endorsed the plan", "Even the field's hawks": the writer's "even", not who
        elif _complementiser_read_as_det(t, head):
            continue  # "told the court that crew had reported the fault": the clause's "that", not "that crew"
        keep.append(t)
        stack.extend(t.children)
    keep.sort(key=lambda t: t.i)
    det = next((c for c in head.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if det is not None and head.tag_ in ("NNS", "NNPS") and det.i + 1 < head.i:
        after = head.doc[det.i + 1]
        if after.dep_ in ("compound", "amod") and after.head.i == head.i and after.tag_ in ("NN", "VBG"):
            # "a move business groups warned would hurt": one noun for "a", another, plural, for the verb
            keep = [t for t in keep if t.i > after.i]
    end = keep[-1].i + 1
    if keep[-1].ent_type_ and end < len(head.doc) and head.doc[end].text == "," and head.doc[end].ent_iob_ == "I":
        # "for the Department for Culture, Media and Sport": a name the parse broke off at its comma, whole
        while end < len(head.doc) and head.doc[end].ent_iob_ == "I":
            end += 1
    return [t for t in head.doc[keep[0].i : end] if t in keep or t.i > keep[-1].i]
