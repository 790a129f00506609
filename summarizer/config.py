"""One typed settings tree: defaults < TOML file < environment (`SUMMARIZER_*`) < CLI flags."""

from __future__ import annotations

import os
from contextvars import ContextVar
from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from summarizer.errors import UserError

_config_file: ContextVar[Path | None] = ContextVar("summarizer_config_file", default=None)


def default_data_dir() -> Path:
    """Per-user data folder (XDG on Linux); tests and scripts override it with SUMMARIZER_DATA_DIR."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "summarizer"


def default_model_dir() -> Path:
    """Assembled model weights live in the user's cache, shared by every data dir (they are 1 GB)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer" / "models"


def default_prompts_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "prompts"


def default_config_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "summarizer" / "config.toml"


class Settings(BaseSettings):
    """Everything a user can set. Each field is also `SUMMARIZER_<FIELD>` and a key in config.toml."""

    model_config = SettingsConfigDict(
        env_prefix="SUMMARIZER_",
        extra="forbid",
        validate_default=True,
        populate_by_name=True,
    )

    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Folder for the Chroma store, caches and run logs.",
    )
    chat_model: str = Field(
        default="local:qwen2.5-1.5b",
        description="Chat model as provider:name, e.g. local:qwen2.5-1.5b, local:smollm2, openai:gpt-4o-mini, fake:.",
    )
    model_dir: Path = Field(
        default_factory=default_model_dir,
        description="Folder where local model weights split across packages are assembled (once).",
    )
    prompts_dir: Path = Field(
        default_factory=default_prompts_dir,
        description="Folder of versioned prompt files (prompts/<task>/<version>.yaml).",
    )
    brief_prompt: str = Field(default="v11", description="Prompt version for briefings (a file in prompts/brief/).")
    brief_max_tokens: int = Field(default=1200, ge=64, description="Most tokens the model may write per call.")
    brief_max_map_calls: int = Field(
        default=8, ge=1, le=64, description="Most chunk groups a long article is split into (map-reduce)."
    )
    retrieval_k: int = Field(default=4, ge=1, le=50, description="Chunks retrieved per query.")
    ask_prompt: str = Field(default="v4", description="Prompt version for questions (a file in prompts/ask/).")
    ask_k: int = Field(default=4, ge=1, le=50, description="Chunks retrieved for a question.")
    ask_max_tokens: int = Field(default=300, ge=16, description="Most tokens the model may write in an answer.")
    embedding_model: str = Field(
        default="local:minilm",
        description="Embedding model as provider:name, e.g. local:minilm, openai:text-embedding-3-small.",
    )
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (http://host:port). Unset: an embedded store under data_dir.",
    )
    store_lock_timeout: float = Field(
        default=60.0, gt=0, description="Seconds to wait for another process writing to the embedded store."
    )
    max_article_mb: float = Field(default=5.0, gt=0, description="Largest article file accepted, in MB.")
    chunk_chars: int = Field(default=1000, ge=200, le=20_000, description="Target chunk size in characters.")
    llm_threads: int = Field(
        default_factory=lambda: os.cpu_count() or 1, ge=1, description="CPU threads for the local model."
    )
    llm_context: int = Field(default=8192, ge=512, description="Context window the prompts are planned for.")
    prompt_cache_mb: float = Field(
        default=512.0, ge=0, description="Memory for the local model's evaluated article prefixes (0: off)."
    )
    prompt_cache_disk_mb: float = Field(
        default=1024.0, ge=0, description="Disk under data_dir/prompt-cache for those prefixes, across runs (0: off)."
    )
    llm_timeout: float = Field(default=120.0, gt=0, description="Seconds one remote model request may take.")
    llm_retries: int = Field(
        default=3, ge=0, le=10, description="Retries of a remote model call on 429, 5xx, timeouts, dropped connections."
    )
    llm_deadline: float = Field(default=300.0, gt=0, description="Seconds a model call may take, retries included.")
    api_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="Keys for the HTTP service (comma-separated in SUMMARIZER_API_KEYS); required off loopback.",
    )
    max_request_mb: float = Field(default=6.0, gt=0, description="Largest HTTP request body accepted, in MB.")
    server_queue: int = Field(
        default=8, ge=0, description="Requests that may wait for the model in the HTTP service before 429."
    )
    server_concurrency: int = Field(
        default=1, ge=1, le=256, description="Model calls the HTTP service runs at once for a remote (openai:) model."
    )
    openai_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("SUMMARIZER_OPENAI_API_KEY", "OPENAI_API_KEY", "openai_api_key"),
        description="Key for openai: models (OPENAI_API_KEY is honoured).",
    )
    openai_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("SUMMARIZER_OPENAI_BASE_URL", "OPENAI_BASE_URL", "openai_base_url"),
        description="Base URL of any OpenAI-compatible endpoint (OPENAI_BASE_URL is honoured).",
    )

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        toml_file = _config_file.get()
        if toml_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def max_article_bytes(self) -> int:
        return int(self.max_article_mb * 1_000_000)


def load_settings(config_file: Path | None = None, **overrides: object) -> Settings:
    """Build settings; `overrides` (CLI flags) win over env, which wins over the TOML file.

    The TOML file is `config_file`, else SUMMARIZER_CONFIG, else the per-user config.toml if present.
    """
    if config_file is None:
        env_file = os.environ.get("SUMMARIZER_CONFIG")
        if env_file:
            config_file = Path(env_file)
        elif default_config_file().is_file():
            config_file = default_config_file()
    if config_file is not None and not config_file.is_file():
        raise UserError(f"config file {config_file} does not exist; create it or unset SUMMARIZER_CONFIG")
    token = _config_file.set(config_file)
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "settings"
        raise UserError(
            f"invalid setting {where}: {first['msg']} (check SUMMARIZER_{where.upper()} or {config_file or 'flags'})"
        ) from None
    except ValueError as exc:  # a TOML syntax error
        raise UserError(f"cannot read config file {config_file}: {exc}") from None
    finally:
        _config_file.reset(token)
