from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.config import default_data_dir, load_settings
from summarizer.errors import UserError


def test_precedence_flags_over_env_over_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toml = tmp_path / "config.toml"
    toml.write_text('chunk_chars = 700\nembedding_model = "openai:text-embedding-3-small"\nmax_article_mb = 2\n')
    monkeypatch.setenv("SUMMARIZER_CHUNK_CHARS", "800")
    s = load_settings(toml)
    assert s.max_article_mb == 2 and s.chunk_chars == 800
    assert s.embedding_model == "openai:text-embedding-3-small"
    assert load_settings(toml, chunk_chars=900).chunk_chars == 900
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(toml))
    assert load_settings().max_article_mb == 2


def test_user_config_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "config" / "summarizer"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text('chat_model = "fake:"\n')
    assert load_settings().chat_model == "fake:"


def test_typo_in_config_is_a_clear_error(tmp_path: Path) -> None:
    toml = tmp_path / "config.toml"
    toml.write_text("chunk_size = 5\n")
    with pytest.raises(UserError, match="chunk_size"):
        load_settings(toml)
    with pytest.raises(UserError, match="does not exist"):
        load_settings(tmp_path / "missing.toml")


def test_data_dir_defaults_per_user_and_env_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert load_settings().data_dir == tmp_path / "data"
    monkeypatch.delenv("SUMMARIZER_DATA_DIR")
    assert load_settings().data_dir == default_data_dir()
    assert default_data_dir().name == "summarizer"


def test_openai_variables_are_honoured_and_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-very-secret")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    s = load_settings()
    assert s.openai_api_key.get_secret_value() == "sk-very-secret"
    assert s.openai_base_url == "http://127.0.0.1:9/v1"
    assert "sk-very-secret" not in repr(s) and "sk-very-secret" not in str(s.model_dump())


def test_help_is_fast_and_imports_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from summarizer.cli import run\n"
        "try:\n    run(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('chromadb', 'torch', 'llama_cpp', 'onnxruntime', 'langchain_openai', 'trafilatura')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "Commands:" in out and "ingest" in out and "articles" in out
    assert "HEAVY []" in out


def test_commands_have_examples_in_help(cli) -> None:
    code, out, _ = cli("ingest", "--help")
    assert code == 0 and "Example: summarizer ingest" in out
    code, out, _ = cli("articles", "show", "--help")
    assert "Example: summarizer articles show" in out


def test_usage_error_is_short(cli) -> None:
    code, out, err = cli("articles", "frobnicate")
    assert code == 2 and "Traceback" not in err
