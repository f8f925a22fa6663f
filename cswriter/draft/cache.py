"""Model replies on disk, so a rerun with unchanged facts makes no model call.

A reply is keyed by what produced it: the backend's identity (`Backend.cache_identity()`:
name, model, and for a server its base URL — host and path — and the options that change
the reply) and everything the request sends (`CompletionRequest.cache_key_material()`:
messages and parameters), so a run against another server never gets this one's replies. Changing one case
changes only the cases prompt, so only that section is drafted again. Each reply is written
(atomically) the moment it arrives, so an interrupted run resumes where it stopped.

Location: `CSWRITER_CACHE_DIR`, else the platform's user cache dir (`~/.cache/cswriter`).
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

from pydantic import BaseModel

from cswriter.backends.base import Backend, Completion, CompletionRequest
from cswriter.datacache import default_cache_dir
from cswriter.text.files import write_text_atomic

_FORMAT = 2


def request_key(backend: Backend, request: CompletionRequest) -> str:
    identity = dict(backend.cache_identity())
    identity["model"] = request.model or identity.get("model")
    material = {
        "format": _FORMAT,
        "backend": identity,
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
            if data.get("format") != _FORMAT:
                raise ValueError("other format")
            completion = Completion.model_validate(data["completion"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # Missing, unreadable or from another version: treat as a miss and overwrite later.
            with self._lock:
                self.misses += 1
            return None
        with self._lock:
            self.hits += 1
        return completion

    def put(self, backend: Backend, request: CompletionRequest, completion: Completion) -> None:
        """Keep a whole reply. A cut-off one (stream closed early, length limit) is not kept:
        a rerun asks again instead of serving half an answer forever."""
        from cswriter.backends.replies import TRUNCATED_REASONS

        if completion.finish_reason in TRUNCATED_REASONS:
            return
        key = request_key(backend, request)
        record = {"format": _FORMAT, "backend": backend.name, "model": request.model or backend.model,
                  "section": request.section,
                  "completion": completion.model_dump()}
        try:
            write_text_atomic(self._path(key), json.dumps(record, ensure_ascii=False))
        except Exception:
            # A full or read-only cache disk must not fail a draft; the reply is still used.
            pass


# --- looking after the cache (`cswriter cache info|clear|prune`) ------------------------------


class CacheInfo(BaseModel):
    directory: str
    entries: int
    bytes: int
    oldest: float | None = None
    """Modification time (epoch seconds) of the oldest entry."""
    newest: float | None = None
    by_backend: dict[str, int] = {}


def _entries(directory: Path):
    if not directory.is_dir():
        return
    for path in directory.glob("*/*.json"):
        try:
            stat = path.stat()
        except OSError:
            continue
        yield path, stat


def cache_info(directory: str | Path | None = None) -> CacheInfo:
    """How many replies are cached, their size and age, by backend."""
    replies = ReplyCache(directory).directory
    count = size = 0
    oldest = newest = None
    by_backend: dict[str, int] = {}
    for path, stat in _entries(replies):
        count += 1
        size += stat.st_size
        oldest = stat.st_mtime if oldest is None else min(oldest, stat.st_mtime)
        newest = stat.st_mtime if newest is None else max(newest, stat.st_mtime)
        try:
            name = str(json.loads(path.read_text(encoding="utf-8")).get("backend") or "?")
        except (OSError, ValueError, AttributeError):
            name = "?"
        by_backend[name] = by_backend.get(name, 0) + 1
    return CacheInfo(directory=str(replies), entries=count, bytes=size, oldest=oldest,
                     newest=newest, by_backend=dict(sorted(by_backend.items())))


def clear_cache(directory: str | Path | None = None) -> int:
    """Delete every cached reply (and saved batch state); the number of replies deleted."""
    replies = ReplyCache(directory).directory
    removed = 0
    for path, _ in list(_entries(replies)):
        try:
            path.unlink()
            removed += 1
        except OSError:
            pass
    _remove_empty_dirs(replies)
    return removed


def prune_cache(directory: str | Path | None = None, *, older_than_days: float | None = None,
                max_bytes: int | None = None, now: float | None = None) -> int:
    """Delete replies older than a number of days, then the oldest until under `max_bytes`."""
    import time

    replies = ReplyCache(directory).directory
    now = time.time() if now is None else now
    entries = sorted(_entries(replies), key=lambda item: item[1].st_mtime)
    removed = 0
    kept: list[tuple[Path, int]] = []
    for path, stat in entries:
        if older_than_days is not None and now - stat.st_mtime > older_than_days * 86400:
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
        else:
            kept.append((path, stat.st_size))
    if max_bytes is not None:
        total = sum(size for _, size in kept)
        for path, size in kept:
            if total <= max_bytes:
                break
            try:
                path.unlink()
                removed += 1
                total -= size
            except OSError:
                pass
    _remove_empty_dirs(replies)
    return removed


def _remove_empty_dirs(directory: Path) -> None:
    if not directory.is_dir():
        return
    for child in directory.iterdir():
        if child.is_dir():
            try:
                child.rmdir()
            except OSError:
                pass
