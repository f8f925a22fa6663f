"""Model replies on disk, so a rerun with unchanged facts makes no model call.

A reply is keyed by what produced it: the backend's identity (`Backend.cache_identity()`:
name, model, and for a server its base URL — host and path — and the options that change
the reply) and everything the request sends (`CompletionRequest.cache_key_material()`:
messages and parameters), so a run against another server never gets this one's replies. Changing one case
changes only the cases prompt, so only that section is drafted again. Each reply is written
(atomically) the moment it arrives, so an interrupted run resumes where it stopped.

Location: `CSWRITER_CACHE_DIR`, else the platform's user cache dir (`~/.cache/cswriter`).

The cache is data, not authority: each entry is sealed with an HMAC under the installation's
secret (`cswriter.datacache.seal`, kept outside the cache), so a forged or edited entry is a
miss, never served. Only regular files of bounded size are read (a FIFO, a link to
/dev/zero or a deeply nested entry is skipped and counted as damaged); links are never
followed or written through; `cache clear` deletes only its own regular files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat as stat_module
import threading
from pathlib import Path

from pydantic import BaseModel

from cswriter.backends.base import Backend, Completion, CompletionRequest
from cswriter.datacache import default_cache_dir
from cswriter.text.files import write_text_atomic

_FORMAT = 3
MAX_ENTRY_BYTES = 2 * 1024 * 1024
"""An entry holds one bounded reply (`MAX_REPLY_CHARS`); anything larger is not ours."""
_NAME = re.compile(r"[0-9a-f]{64}\.json")
_SHARD = re.compile(r"[0-9a-f]{2}")


def _material(record: dict) -> bytes:
    return json.dumps({k: v for k, v in record.items() if k != "seal"}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":")).encode("utf-8")


def read_entry(path: Path, key: str | None = None) -> dict | None:
    """A cache entry that is a regular file, small, valid JSON, of this format and sealed by
    this installation (for `key` when given); None for anything else."""
    from cswriter.datacache import read_regular, verify_seal

    data = read_regular(path, MAX_ENTRY_BYTES)
    if data is None:
        return None
    try:
        record = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or record.get("format") != _FORMAT:
        return None
    if key is not None and record.get("key") != key:
        return None
    if not verify_seal(_material(record), record.get("seal")):
        return None
    return record


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
        key = request_key(backend, request)
        record = read_entry(self._path(key), key)
        try:
            if record is None:
                raise ValueError("no trusted entry")
            completion = Completion.model_validate(record["completion"])
        except (ValueError, KeyError, TypeError, AttributeError):
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
        from cswriter.datacache import seal

        key = request_key(backend, request)
        record = {"format": _FORMAT, "key": key, "backend": backend.name,
                  "model": request.model or backend.model, "section": request.section,
                  "completion": completion.model_dump()}
        mark = seal(_material(record))
        if mark is None:
            return  # no secret to seal with: an unsealed entry would never be served anyway
        record["seal"] = mark
        path = self._path(key)
        try:
            if not self._own_folder(path.parent):
                return
            if os.path.lexists(path) and not stat_module.S_ISREG(os.lstat(path).st_mode):
                os.unlink(path)  # a link or FIFO planted here: removed, never written through
            write_text_atomic(path, json.dumps(record, ensure_ascii=False))
        except Exception:
            # A full or read-only cache disk must not fail a draft; the reply is still used.
            pass


    def _own_folder(self, shard: Path) -> bool:
        """The shard folder and the cache folder are real folders (made if missing), not
        links that would carry writes somewhere else."""
        for folder in (self.directory, shard):
            if os.path.islink(folder):
                return False
            folder.mkdir(parents=True, exist_ok=True)
            if os.path.islink(folder) or not folder.is_dir():
                return False
        return True


# --- looking after the cache (`cswriter cache info|clear|prune`) ------------------------------


class CacheInfo(BaseModel):
    directory: str
    entries: int
    bytes: int
    oldest: float | None = None
    """Modification time (epoch seconds) of the oldest entry."""
    newest: float | None = None
    by_backend: dict[str, int] = {}
    damaged: int = 0
    """Entries that are not cswriter's: not regular files, too large, unreadable, or not
    sealed by this installation. They are never served; `cache clear` removes the files."""


def _entries(directory: Path, *, everything: bool = False):
    """(path, lstat) of the cache's own entry files: regular files named by a key, in real
    two-letter shard folders — no link is followed. With `everything`, also whatever else
    sits in the shards (links, FIFOs, stray files), for counting."""
    if os.path.islink(directory) or not directory.is_dir():
        return
    try:
        shards = list(os.scandir(directory))
    except OSError:
        return
    for shard in shards:
        if not _SHARD.fullmatch(shard.name) or not shard.is_dir(follow_symlinks=False):
            continue
        try:
            children = list(os.scandir(shard.path))
        except OSError:
            continue
        for child in children:
            try:
                st = child.stat(follow_symlinks=False)
            except OSError:
                continue
            ours = stat_module.S_ISREG(st.st_mode) and _NAME.fullmatch(child.name) is not None
            if ours or everything:
                yield Path(child.path), st


def cache_info(directory: str | Path | None = None) -> CacheInfo:
    """How many replies are cached, their size and age, by backend."""
    replies = ReplyCache(directory).directory
    count = size = 0
    oldest = newest = None
    by_backend: dict[str, int] = {}
    damaged = 0
    for path, stat in _entries(replies, everything=True):
        record = read_entry(path) if _NAME.fullmatch(path.name) else None
        if record is None:
            damaged += 1
            continue
        count += 1
        size += stat.st_size
        oldest = stat.st_mtime if oldest is None else min(oldest, stat.st_mtime)
        newest = stat.st_mtime if newest is None else max(newest, stat.st_mtime)
        name = str(record.get("backend") or "?")
        by_backend[name] = by_backend.get(name, 0) + 1
    return CacheInfo(directory=str(replies), entries=count, bytes=size, oldest=oldest,
                     newest=newest, by_backend=dict(sorted(by_backend.items())), damaged=damaged)


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
    if os.path.islink(directory) or not directory.is_dir():
        return
    for child in directory.iterdir():
        if child.is_dir() and not child.is_symlink():
            try:
                child.rmdir()
            except OSError:
                pass
