"""Loaded words outside quotation marks: a lexicon check that reports, never rewrites.

The lexicon lives in `prompts/neutrality.yaml` beside the prompts it polices, so a prompt change and a
lexicon change are reviewed together.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from summarizer.briefing import Issue
from summarizer.errors import UserError
from summarizer.verify import strip_quoted


@cache
def lexicon(prompts_dir: Path) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern matching any loaded word, and each word's plain alternative ("" when none is needed)."""
    import yaml

    path = prompts_dir / "neutrality.yaml"
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"cannot read the neutrality lexicon {path}: {exc}; restore it from the repository") from None
    words: dict[str, str] = {}
    for group in doc.values():
        words.update({str(k).lower(): str(v or "") for k, v in group.items()})
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE), words


def check(text: str, where: str, prompts_dir: Path) -> list[Issue]:
    """Loaded words in `text` outside quotation marks."""
    pattern, words = lexicon(prompts_dir)
    issues = []
    for m in pattern.finditer(strip_quoted(text)):
        word = re.sub(r"\s+", " ", m.group()).lower()
        plain = words.get(word, "")
        detail = f"loaded word; plain alternative: {plain}" if plain else "loaded word; drop it or attribute it"
        issues.append(Issue(kind="loaded_word", field=where, text=text[m.start() : m.end()], detail=detail))
    return issues
