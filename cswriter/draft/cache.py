"""Model replies on disk, so a rerun with unchanged facts makes no model call.

A reply is keyed by the backend's name, its effective model and everything the request
sends (`CompletionRequest.cache_key_material()`: messages and parameters). Changing one case
changes only the cases prompt, so only that section is drafted again. Each reply is written
(atomically) the moment it arrives, so an interrupted run resumes where it stopped.

Location: `CSWRITER_CACHE_DIR`, else the platform's user cache dir (`~/.cache/cswriter`).
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

from cswriter.backends.base import Backend, Completion, CompletionRequest
from cswriter.datacache import default_cache_dir
from cswriter.text.files import write_text_atomic

_FORMAT = 1


def request_key(backend: Backend, request: CompletionRequest) -> str:
    material = {
        "format": _FORMAT,
        "backend": backend.name,
        "model": request.model or backend.model,
        "request": request.cache_key_material(),
    }
    blob = json.dumps(material, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ReplyCache:
    """A directory of cached completions, one JSON file per request key."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = (Path(directory) if directory else default_cache_dir()) / "replies"
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, backend: Backend, request: CompletionRequest) -> Completion | None:
        path = self._path(request_key(backend, request))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            completion = Completion.model_validate(data["completion"])
        except (OSError, ValueError, KeyError, TypeError):
            # Missing, unreadable or from another version: treat as a miss and overwrite later.
            with self._lock:
                self.misses += 1
            return None
        with self._lock:
            self.hits += 1
        return completion

    def put(self, backend: Backend, request: CompletionRequest, completion: Completion) -> None:
        key = request_key(backend, request)
        record = {"format": _FORMAT, "backend": backend.name, "section": request.section,
                  "completion": completion.model_dump()}
        try:
            write_text_atomic(self._path(key), json.dumps(record, ensure_ascii=False))
        except Exception:
            # A full or read-only cache disk must not fail a draft; the reply is still used.
            pass
