"""Eval suites are data: `evals/<name>.yaml` lists cases (an article and what its briefing must satisfy).

An article is a path in the repository, or `<set>:<file>` in a shared data set, never copied here: `dev:` is
the hand-checked dev set (SUMMARIZER_DEV_DATA, default ../shared/data/dev), `factuality:` the CNN/DM articles
of the factuality set (SUMMARIZER_FACTUALITY_DATA, default ../shared/data/factuality). `glob: dev:D*.txt`
expands to one case per file, with the .json beside each as its gold. `gold` is a JSON file of quotes with
speakers (and optionally a reference summary), or `extractor` to use the quote extractor's table; a gold file
with a reference summary but no quotes (the factuality set's) leaves the quotes to the extractor.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.errors import UserError

REPO = Path(__file__).resolve().parents[2]


def dev_dir() -> Path:
    return Path(os.environ.get("SUMMARIZER_DEV_DATA", REPO.parent / "shared" / "data" / "dev"))


def factuality_dir() -> Path:
    return Path(os.environ.get("SUMMARIZER_FACTUALITY_DATA", REPO.parent / "shared" / "data" / "factuality"))


# Shared data sets a suite may name by prefix: the folder, and the variable that moves it.
SHARED = {"dev": (dev_dir, "SUMMARIZER_DEV_DATA"), "factuality": (factuality_dir, "SUMMARIZER_FACTUALITY_DATA")}


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


def _shared(ref: str) -> str | None:
    """The shared set a reference names by its prefix ("dev" for "dev:D01.txt"), or None for a repository path."""
    prefix = ref.split(":", 1)[0] if ":" in ref else None
    return prefix if prefix in SHARED else None


def _resolve(ref: str) -> Path:
    prefix = _shared(ref)
    return SHARED[prefix][0]() / ref.split(":", 1)[1] if prefix else REPO / ref


def _absent(ref: str, path: Path) -> str:
    path = path if path.parent.is_dir() else path.parent
    prefix = _shared(ref)
    assert prefix is not None, ref  # a repository path that is missing is an error, not a skip
    return f"{path} not found; set {SHARED[prefix][1]} to the {prefix} articles"


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
                if not _shared(str(entry["glob"])):
                    raise UserError(f"{path}: case {i + 1}: no such folder {folder}")
                skipped = _absent(str(entry["glob"]), folder)
                continue
            for article in sorted(folder.glob(resolved.name)):
                gold = article.with_suffix(".json")
                cases.append(
                    _case(
                        entry,
                        article.stem.split("_")[0],
                        article,
                        gold if gold.is_file() else None,
                    )
                )
            continue
        article = _resolve(str(entry.get("article", "")))
        if not article.is_file():
            if _shared(str(entry.get("article", ""))):
                skipped = _absent(str(entry["article"]), article)
                continue
            raise UserError(f"{path}: case {i + 1}: no such article {article}")
        gold_ref = entry.get("gold", "extractor")
        gold = None if gold_ref == "extractor" else _resolve(str(gold_ref))
        if gold is not None and not gold.is_file():
            raise UserError(f"{path}: case {i + 1}: no such gold file {gold}")
        shared_id = article.stem.split("_")[0] if _shared(str(entry.get("article", ""))) else article.stem
        cases.append(_case(entry, str(entry.get("id") or shared_id), article, gold))
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
