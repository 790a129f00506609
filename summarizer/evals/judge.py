"""An optional judge model: a chat model asked, one sentence at a time, whether the article supports it.

Off by default and never a paid API unless named: `summarizer eval run --judge MODEL` adds the checks
`claim_support_judge` and `position_support_judge`, and `summarizer eval calibrate --judge MODEL` measures the
judge's agreement with people's labels beside the support checker's. MODEL is any configured chat model
(`local:...`, `openai:...`, `fake:` in tests). Replies are cached like briefings (the eval reply cache), so
re-judging an unchanged sentence costs nothing. The article opens every call in the shared context
(`prompts/context/v1.yaml`), so a local model evaluates it once per article and reuses it for each sentence;
an article too long for the model's context is replaced, per sentence, by the sentences the caller names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel

from summarizer import prompts
from summarizer.errors import UserError
from summarizer.structured import Meter, Retries, ask_json, count_tokens

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from summarizer.article import Article
    from summarizer.config import Settings

PROMPT_VERSION = "v1"
MAX_TOKENS = 60  # a few evidence ids and a boolean
_ROOM = 400  # tokens kept free for the task text and the reply


class _Reply(BaseModel):
    evidence: list[str]
    supported: bool


@dataclass(frozen=True)
class Judgement:
    supported: bool | None  # None: the judge gave no usable answer (its reason is in `error`)
    evidence: list[int]  # indexes into article.sentences that the judge named
    error: str | None = None


class Judge:
    """The judge for a chat model spec. The spec and the prompt are checked at once; the model is loaded at
    the first sentence judged, so a run whose results are all remembered never loads it."""

    def __init__(self, spec: str, settings: Settings, use_cache: bool = True):
        from summarizer.models import check_chat_spec

        check_chat_spec(spec)
        self.spec = spec
        self.settings = settings
        self.use_cache = use_cache
        self.prompt = prompts.load(settings.prompts_dir, "judge", PROMPT_VERSION)
        self.meter = Meter()
        self._model: BaseChatModel | None = None

    @property
    def model(self) -> BaseChatModel:
        if self._model is None:
            from summarizer.models import chat_model

            llm = chat_model(self.spec, self.settings)
            if self.use_cache:
                from summarizer.evals.cache import CachedChatModel

                llm = CachedChatModel(inner=llm, spec=self.spec, path=self.settings.data_dir / "llm-cache.sqlite")
            self._model = llm
        return self._model

    @property
    def name(self) -> str:
        return f"{self.spec} (judge prompt {self.prompt.version})"

    def claims(self, article: Article, claims: list[str], fallback: list[list[int]] | None = None) -> list[Judgement]:
        """Each claim against the whole article (or, for an article too long for the model, against the
        sentences `fallback` names for it)."""
        return [
            self._judge(article, "claim", {"claim": c}, fallback[k] if fallback else None) for k, c in enumerate(claims)
        ]

    def positions(
        self, article: Article, items: list[tuple[str, list[str], str]], fallback: list[list[int]] | None = None
    ) -> list[Judgement]:
        """(speaker name, that speaker's own quotes and statements, position) each."""
        out = []
        for k, (name, material, position) in enumerate(items):
            listed = "\n".join(f"- {' '.join(m.split())}" for m in material) or "- (nothing)"
            values = {"name": name, "material": listed, "claim": position}  # defused with the rest in _judge
            out.append(self._judge(article, "position", values, fallback[k] if fallback else None))
        return out

    def _judge(self, article: Article, stage: str, values: dict[str, str], fallback: list[int] | None) -> Judgement:
        shown = list(range(len(article.sentences)))
        opening = prompts.opening(article)
        if fallback is not None and not self._fits(opening["sentences"]):
            shown = sorted(set(fallback)) or shown[:1]
            opening["sentences"] = prompts.sentence_lines(
                [(article.sentences[i].id, article.sentences[i].text) for i in shown]
            )
        messages = self.prompt.messages(stage, **opening, **{k: prompts.defuse(v) for k, v in values.items()})
        labels = [article.sentences[i].id for i in shown] or ["S0"]
        schema = {
            "type": "object",
            "properties": {
                "evidence": {"type": "array", "items": {"enum": labels}, "maxItems": 4},
                "supported": {"type": "boolean"},
            },
            "required": ["evidence", "supported"],
            "additionalProperties": False,
        }
        llm = self.model  # a model that cannot be loaded is a clear error, not a missing verdict
        try:
            reply = ask_json(
                llm,
                self.spec,
                messages,
                _Reply,
                schema,
                lambda error: self.prompt.render("repair", error=error),
                self.meter,
                MAX_TOKENS,
                retries=Retries(self.settings.llm_retries, self.settings.llm_deadline),
            )
        except Exception as exc:  # recorded with its reason; the other sentences are still judged
            from summarizer.errors import backend_failure

            reason = str(exc) if isinstance(exc, UserError) else backend_failure(exc) or f"{type(exc).__name__}: {exc}"
            return Judgement(None, [], reason)
        index = {s.id: i for i, s in enumerate(article.sentences)}
        return Judgement(reply.supported, sorted({index[e] for e in reply.evidence if e in index}))

    def _fits(self, sentences: str) -> bool:
        return count_tokens(self.model, sentences) + _ROOM <= self.settings.llm_context
