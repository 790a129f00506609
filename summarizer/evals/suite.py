"""Eval suites are data: `evals/<name>.yaml` lists cases (an article and what its briefing must satisfy).

An article is a path in the repository, or `dev:<file>` in the shared dev set (SUMMARIZER_DEV_DATA, default
../shared/data/dev), never copied here. `glob: dev:D*.txt` expands to one case per file, with the gold quotes
of the .json beside each. `gold` is a JSON file of quotes with speakers, or `extractor` to use the quote
extractor's table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.errors import UserError

REPO = Path(__file__).resolve().parents[2]


def dev_dir() -> Path:
    return Path(os.environ.get("SUMMARIZER_DEV_DATA", REPO.parent / "shared" / "data" / "dev"))


@dataclass(frozen=True)
class Case:
    id: str
    article: Path
    gold: Path | None = None  # None: the quote extractor is the reference
    speakers: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    max_words: int | None = None


@dataclass(frozen=True)
class Suite:
    name: str
    path: Path
    cases: list[Case] = field(default_factory=list)
    skipped: str | None = None  # why cases were left out (the dev set is absent)


def suites_dir() -> Path:
    return REPO / "evals"


def _resolve(ref: str) -> Path:
    return dev_dir() / ref[4:] if ref.startswith("dev:") else REPO / ref


def load(name_or_path: str) -> Suite:
    import yaml

    path = Path(name_or_path)
    if not path.is_file():
        path = suites_dir() / f"{name_or_path}.yaml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in suites_dir().glob("*.yaml"))) or "none"
        raise UserError(f"no eval suite '{name_or_path}'; known: {known} (or give a path to a .yaml file)")
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise UserError(f"eval suite {path} is not valid YAML: {str(exc).splitlines()[0]}") from None
    cases: list[Case] = []
    skipped = None
    for i, entry in enumerate(doc.get("cases") or []):
        if not isinstance(entry, dict):
            raise UserError(f"{path}: case {i + 1} must be a mapping")
        unknown = set(entry) - {"id", "article", "glob", "gold", "speakers", "facts", "forbidden", "max_words"}
        if unknown:
            raise UserError(f"{path}: case {i + 1} has unknown key(s) {', '.join(sorted(unknown))}")
        if "glob" in entry:
            resolved = _resolve(str(entry["glob"]))
            folder = resolved.parent
            if not folder.is_dir():
                skipped = f"{folder} not found; set SUMMARIZER_DEV_DATA to the dev articles"
                continue
            for article in sorted(folder.glob(resolved.name)):
                gold = article.with_suffix(".json")
                cases.append(
                    _case(
                        entry,
                        article.stem[:3] if article.stem[:3].startswith("D") else article.stem,
                        article,
                        gold if gold.is_file() else None,
                    )
                )
            continue
        article = _resolve(str(entry.get("article", "")))
        if not article.is_file():
            if str(entry.get("article", "")).startswith("dev:"):
                skipped = f"{article} not found; set SUMMARIZER_DEV_DATA to the dev articles"
                continue
            raise UserError(f"{path}: case {i + 1}: no such article {article}")
        gold_ref = entry.get("gold", "extractor")
        gold = None if gold_ref == "extractor" else _resolve(str(gold_ref))
        if gold is not None and not gold.is_file():
            raise UserError(f"{path}: case {i + 1}: no such gold file {gold}")
        cases.append(_case(entry, str(entry.get("id") or article.stem), article, gold))
    return Suite(str(doc.get("name") or path.stem), path, cases, skipped)


def _case(entry: dict, case_id: str, article: Path, gold: Path | None) -> Case:
    return Case(
        id=case_id,
        article=article,
        gold=gold,
        speakers=tuple(entry.get("speakers") or ()),
        facts=tuple(entry.get("facts") or ()),
        forbidden=tuple(entry.get("forbidden") or ()),
        max_words=entry.get("max_words"),
    )
