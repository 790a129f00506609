"""Versioned prompt files: `prompts/<task>/<version>.yaml`, checked when loaded.

A file holds a `system` text and one `$variable` template per stage of its task. Each task declares the
stages it needs and the variables each stage may use, so a typo in a prompt file fails at load time with the
file and the name, never at run time with a half-filled prompt.

Two keys shape a briefing prompt's answer: `cites: true` makes every sentence the model writes cite its
support ids (implied when the brief stage shows numbered `$sentences`), and `positions: per_speaker` leaves
positions out of the briefing call and writes each quoted speaker's position in a call of its own, from that
speaker's words only (the `position` stage). `positions: second_turn` splits the briefing call in two turns of
one conversation: the `brief` stage asks for the summary and headline only, and once they are written the
`speakers` stage shows the quote table and asks for the positions and contested points. The model starts
writing the summary after reading the article and the task alone, and the second turn reads on from there.

A file may name a shared article context (`context: v1`, a file in `prompts/context/`). Its calls then open
with the article, rendered by that file and byte-identical across the briefing, its repair round, per-speaker
calls and questions about the same article, so a backend can reuse the evaluated prefix; the file's own
`system` text follows in the user message. A context file with an `article` stage (v3) puts the article at the
start of the user message instead, after a system text with no variables: the rules every call about any article
shares, so that even a new article's first call starts after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from summarizer.errors import UserError

if TYPE_CHECKING:
    from summarizer.article import Article

# task -> stage -> variables the pipeline provides to that stage
TASKS: dict[str, dict[str, frozenset[str]]] = {
    "brief": {
        "system": frozenset(),
        "brief": frozenset({"title", "article", "sentences", "quote_table", "statements", "bullets"}),
        "map": frozenset({"title", "article", "sentences", "quote_table", "statements", "part", "parts"}),
        "reduce": frozenset({"title", "notes", "quote_table", "statements", "parts", "bullets"}),
        "repair": frozenset({"error"}),
        "position": frozenset({"name", "material"}),
        "speakers": frozenset({"quote_table", "statements"}),
        "more": frozenset({"kept", "needed", "removed", "sides"}),
    },
    "ask": {
        "system": frozenset({"not_found"}),
        "ask": frozenset({"context", "question"}),
        "repair": frozenset({"error"}),
    },
    "context": {
        "system": frozenset({"title", "sentences", "paragraphs"}),
        "article": frozenset({"title", "sentences", "paragraphs"}),
    },
    "judge": {
        "system": frozenset(),
        "claim": frozenset({"claim"}),
        "position": frozenset({"name", "material", "claim"}),
        "repair": frozenset({"error"}),
    },
}

# Keys that shape a task's answer, and the values each may take.
_SHAPE: dict[str, dict[str, tuple[object, ...]]] = {
    "brief": {"cites": (True, False), "positions": ("draft", "per_speaker", "second_turn")},
}

# Stages a prompt file may leave out; the pipeline then skips the step they drive.
OPTIONAL = {"brief": frozenset({"position", "more", "speakers"}), "context": frozenset({"article"})}

# Where the article block starts and ends in a prompt. Article text can never contain either (`defuse`), so a
# backend may take the prompt's tokens up to the start as the rules every article shares, and up to the end as
# the article's prefix, the same for every call about that article.
ARTICLE_START = '<article title="'
ARTICLE_END = "</article>"

_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,40}$")


@dataclass(frozen=True)
class Prompt:
    task: str
    version: str
    path: Path
    stages: dict[str, Template]
    context: Prompt | None = None  # the shared article context that opens every call, if the file names one
    cites_ids: bool = False  # the file says `cites: true`
    per_speaker: bool = False  # the file says `positions: per_speaker`
    second_turn: bool = False  # the file says `positions: second_turn`

    @property
    def system(self) -> str:
        """The system text; `$variables` in it are filled with `render("system", ...)`."""
        return self.stages["system"].template

    def has(self, stage: str) -> bool:
        return stage in self.stages

    @property
    def cites(self) -> bool:
        """True when the model cites support ids for what it writes: the file says `cites: true`, or its brief
        stage shows numbered sentences. (A shared context shows numbered sentences too, but only for reading.)"""
        return self.cites_ids or "sentences" in self.stages["brief"].get_identifiers()

    def messages(
        self, stage: str, title: str = "", sentences: str = "", paragraphs: str = "", **values: object
    ) -> list:
        """The chat messages of one call: the system text and the stage, or, with a shared context, the
        article first and then the system text and the stage together."""
        from langchain_core.messages import HumanMessage, SystemMessage

        values = {"title": title, "sentences": sentences, **values}
        system = self.render("system", **{k: v for k, v in values.items() if k in TASKS[self.task]["system"]})
        text = self.render(stage, **{k: v for k, v in values.items() if k in TASKS[self.task][stage]})
        if self.context is None:
            return [SystemMessage(system), HumanMessage(text)]
        *opening, article = self.opening(title, sentences, paragraphs)
        task = f"{system.strip()}\n\n{text}"
        if isinstance(article, SystemMessage):
            return [*opening, article, HumanMessage(task)]
        return [*opening, HumanMessage(f"{article.content.rstrip()}\n\n{task}")]

    def opening(self, title: str = "", sentences: str = "", paragraphs: str = "") -> list:
        """The messages every call about the article opens with, up to the end of the article: the shared
        context's system text with the article in it, or (a context with an `article` stage) the fixed system
        text and the article block that starts the user message."""
        from langchain_core.messages import HumanMessage, SystemMessage

        assert self.context is not None, "only a prompt with a shared context has an opening"
        values = {"title": title, "sentences": sentences, "paragraphs": paragraphs}
        system = SystemMessage(self.context.render("system", **values))
        if not self.context.has("article"):
            return [system]
        return [system, HumanMessage(self.context.render("article", **values))]

    def render(self, stage: str, **values: object) -> str:
        missing = TASKS[self.task][stage] - values.keys()
        if missing:
            raise ValueError(f"stage {stage} of {self.path} needs {sorted(missing)}")
        return self.stages[stage].substitute({k: str(v) for k, v in values.items()})


def versions(prompts_dir: Path, task: str) -> list[str]:
    """The task's prompt versions in number order (v2 before v10)."""
    return sorted((p.stem for p in (prompts_dir / task).glob("*.yaml")), key=_number_order)


def _number_order(version: str) -> list[tuple[int, int | str]]:
    return [(0, int(t)) if t.isdigit() else (1, t) for t in re.split(r"(\d+)", version) if t]


def files(prompts_dir: Path, task: str, version: str) -> list[Path]:
    """The files a prompt version is made of: its own, and the shared context it names (if it loads)."""
    try:
        prompt = load(prompts_dir, task, version)
    except UserError:
        return [prompts_dir / task / f"{version}.yaml"]
    return [prompt.path] + ([prompt.context.path] if prompt.context is not None else [])


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
    extra = set(doc) - set(TASKS[task]) - {"version", "description", "context", *_SHAPE.get(task, {})}
    if extra:
        raise UserError(f"prompt file {path} has unknown key(s) {', '.join(sorted(extra))}")
    for key, allowed_values in _SHAPE.get(task, {}).items():
        if key in doc and doc[key] not in allowed_values:
            shown = " or ".join(str(v).lower() for v in allowed_values)
            raise UserError(f"prompt file {path}: '{key}' must be {shown}")
    per_speaker = doc.get("positions") == "per_speaker"
    if per_speaker and "position" not in stages:
        raise UserError(f"prompt file {path}: 'positions: per_speaker' needs a 'position' stage")
    second_turn = doc.get("positions") == "second_turn"
    if second_turn and "speakers" not in stages:
        raise UserError(f"prompt file {path}: 'positions: second_turn' needs a 'speakers' stage")
    if task == "context" and "article" in stages and stages["system"].get_identifiers():
        raise UserError(
            f"prompt file {path}: with an 'article' stage, 'system' is the same for every article: no variables"
        )
    context = None
    if doc.get("context") is not None:
        if task == "context" or not isinstance(doc["context"], str):
            raise UserError(f"prompt file {path}: 'context' must name a file in {prompts_dir / 'context'}, e.g. v1")
        context = load(prompts_dir, "context", doc["context"])
    return Prompt(task, version, path, stages, context, doc.get("cites") is True, per_speaker, second_turn)


_TAG = re.compile(r"</?\s*(?:article|notes|sentences|system|user|assistant)\b|<\|", re.IGNORECASE)


def defuse(text: str) -> str:
    """Article text with anything that could pose as prompt structure (our tags, chat-template tokens such as
    <|im_start|>) made inert: its "<" becomes "‹"."""
    return _TAG.sub(lambda m: "‹" + m.group()[1:], text)


def title_attr(title: str) -> str:
    """A title safe inside a tag attribute: title="..."."""
    return title.replace('"', "'").replace("<", "‹").replace("\n", " ")


def sentence_lines(sentences: list[tuple[str, str]]) -> str:
    """Numbered sentences, one a line ("S12: ..."), defused like any article text."""
    return "\n".join(f"{label}: {defuse(' '.join(text.split()))}" for label, text in sentences)


def paragraph_lines(sentences: list[tuple[str, int, str]]) -> str:
    """The article's paragraphs, a blank line between them, each sentence on a line after its id in brackets
    ("[S12] ..."), defused."""
    paragraphs: dict[int, list[str]] = {}
    for label, paragraph, text in sentences:
        paragraphs.setdefault(paragraph, []).append(f"[{label}] {defuse(' '.join(text.split()))}")
    return "\n\n".join("\n".join(p) for p in paragraphs.values())


def opening(article: Article) -> dict[str, str]:
    """The title and every sentence of the article, numbered (one a line, or in their paragraphs): what the
    shared context of every call about the article is rendered from, identical for a briefing and a question."""
    return {
        "title": title_attr(article.title),
        "sentences": sentence_lines([(x.id, x.text) for x in article.sentences]),
        "paragraphs": paragraph_lines([(x.id, x.paragraph, x.text) for x in article.sentences]),
    }
