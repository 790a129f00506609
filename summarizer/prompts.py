"""Versioned prompt files: `prompts/<task>/<version>.yaml`, checked when loaded.

A file holds a `system` text and one `$variable` template per stage of its task. Each task declares the
stages it needs and the variables each stage may use, so a typo in a prompt file fails at load time with the
file and the name, never at run time with a half-filled prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

from summarizer.errors import UserError

# task -> stage -> variables the pipeline provides to that stage
TASKS: dict[str, dict[str, frozenset[str]]] = {
    "brief": {
        "system": frozenset(),
        "brief": frozenset({"title", "article", "sentences", "quote_table", "statements", "bullets"}),
        "map": frozenset({"title", "article", "sentences", "quote_table", "statements", "part", "parts"}),
        "reduce": frozenset({"title", "notes", "quote_table", "statements", "parts", "bullets"}),
        "repair": frozenset({"error"}),
        "position": frozenset({"name", "material"}),
    },
    "ask": {
        "system": frozenset({"not_found"}),
        "ask": frozenset({"context", "question"}),
        "repair": frozenset({"error"}),
    },
}

# Stages a prompt file may leave out; the pipeline then skips the step they drive.
OPTIONAL = {"brief": frozenset({"position"})}

_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,40}$")


@dataclass(frozen=True)
class Prompt:
    task: str
    version: str
    path: Path
    stages: dict[str, Template]

    @property
    def system(self) -> str:
        """The system text; `$variables` in it are filled with `render("system", ...)`."""
        return self.stages["system"].template

    def has(self, stage: str) -> bool:
        return stage in self.stages

    @property
    def cites(self) -> bool:
        """True when the prompt shows numbered sentences: the model then cites support ids for what it writes."""
        return "sentences" in self.stages["brief"].get_identifiers()

    def render(self, stage: str, **values: object) -> str:
        missing = TASKS[self.task][stage] - values.keys()
        if missing:
            raise ValueError(f"stage {stage} of {self.path} needs {sorted(missing)}")
        return self.stages[stage].substitute({k: str(v) for k, v in values.items()})


def versions(prompts_dir: Path, task: str) -> list[str]:
    return sorted(p.stem for p in (prompts_dir / task).glob("*.yaml"))


def load(prompts_dir: Path, task: str, version: str) -> Prompt:
    """Load and check `prompts_dir/task/version.yaml`."""
    import yaml

    if task not in TASKS:
        raise UserError(f"unknown prompt task '{task}'; known: {', '.join(TASKS)}")
    if not _VERSION.match(version):
        raise UserError(f"prompt version '{version}' is not a file name; use e.g. v1")
    path = prompts_dir / task / f"{version}.yaml"
    if not path.is_file():
        known = ", ".join(versions(prompts_dir, task)) or f"none in {prompts_dir / task}"
        raise UserError(f"no {task} prompt version '{version}' ({path}); known: {known}")
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise UserError(f"prompt file {path} is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(doc, dict):
        raise UserError(f"prompt file {path} must be a mapping of stage names to texts")
    stages: dict[str, Template] = {}
    for stage, allowed in TASKS[task].items():
        text = doc.get(stage)
        if text is None and stage in OPTIONAL.get(task, ()):
            continue
        if not isinstance(text, str) or not text.strip():
            raise UserError(f"prompt file {path} lacks the '{stage}' text")
        template = Template(text)
        if not template.is_valid():
            raise UserError(f"prompt file {path}: stage '{stage}' has a stray $; write $$ for a literal dollar")
        unknown = set(template.get_identifiers()) - allowed
        if unknown:
            raise UserError(
                f"prompt file {path}: stage '{stage}' uses unknown variable(s) {', '.join(sorted(unknown))}; "
                f"available: {', '.join(sorted(allowed)) or 'none'}"
            )
        stages[stage] = template
    extra = set(doc) - set(TASKS[task]) - {"version", "description"}
    if extra:
        raise UserError(f"prompt file {path} has unknown key(s) {', '.join(sorted(extra))}")
    return Prompt(task, version, path, stages)


_TAG = re.compile(r"</?\s*(?:article|notes|sentences|system|user|assistant)\b|<\|", re.IGNORECASE)


def defuse(text: str) -> str:
    """Article text with anything that could pose as prompt structure (our tags, chat-template tokens such as
    <|im_start|>) made inert: its "<" becomes "‹"."""
    return _TAG.sub(lambda m: "‹" + m.group()[1:], text)
