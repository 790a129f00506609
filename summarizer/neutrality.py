"""Loaded words outside quotation marks: a lexicon check that reports, never rewrites.

The lexicon lives in `prompts/neutrality.yaml` beside the prompts it polices, so a prompt change and a
lexicon change are reviewed together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer.briefing import Issue
from summarizer.errors import UserError
from summarizer.verify import strip_quoted


@dataclass(frozen=True)
class Loaded:
    """One loaded word found in a text: where, as written, and its plain alternative ("" when none)."""

    start: int
    end: int
    text: str
    plain: str


@cache
def lexicon(prompts_dir: Path) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str] | None]:
    """A pattern matching any loaded word, each word's plain alternative ("" when none is needed), and a pattern
    matching the phrases in which such a word is used in a plain sense ("was admitted to hospital")."""
    import yaml

    path = prompts_dir / "neutrality.yaml"
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"cannot read the neutrality lexicon {path}: {exc}; restore it from the repository") from None
    words: dict[str, str] = {}
    senses = [str(s) for s in doc.pop("plain_senses", None) or []]
    for group in doc.values():
        words.update({str(k).lower(): str(v or "") for k, v in group.items()})
    return _any_of(words), words, _any_of(senses) if senses else None


def _any_of(phrases: Iterable[str]) -> re.Pattern[str]:
    """Whole words or phrases, longest first, any run of spaces between their words."""
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def loaded(text: str, prompts_dir: Path) -> list[Loaded]:
    """The loaded words in `text` outside quotation marks, except where a phrase overlapping one gives it a plain
    sense."""
    pattern, words, senses = lexicon(prompts_dir)
    bare = strip_quoted(text)
    plain_spans = [(m.start(), m.end()) for m in senses.finditer(bare)] if senses else []
    found = []
    for m in pattern.finditer(bare):
        if any(a < m.end() and m.start() < b for a, b in plain_spans):
            continue
        word = re.sub(r"\s+", " ", m.group()).lower()
        found.append(Loaded(m.start(), m.end(), text[m.start() : m.end()], words.get(word, "")))
    return found


def check(text: str, where: str, prompts_dir: Path) -> list[Issue]:
    """Loaded words in `text` outside quotation marks."""
    issues = []
    for word in loaded(text, prompts_dir):
        plain = word.plain
        detail = f"loaded word; plain alternative: {plain}" if plain else "loaded word; drop it or attribute it"
        issues.append(Issue(kind="loaded_word", field=where, text=word.text, detail=detail))
    return issues
