"""The reply cache: keyed by what produced a reply, and `cswriter cache info|clear|prune`."""

from __future__ import annotations

import json
import os
import time

import pytest
from click.testing import CliRunner

from cswriter.backends.base import Completion, CompletionRequest, Message
from cswriter.backends.mock import MockBackend
from cswriter.cli import app
from cswriter.draft.cache import ReplyCache, cache_info, prune_cache, request_key


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


def req(text: str = "写一句话。") -> CompletionRequest:
    return CompletionRequest(messages=[Message(role="user", content=text)])


def fill(count: int, *, age_days: float = 0.0) -> ReplyCache:
    cache = ReplyCache()
    backend = MockBackend()
    for index in range(count):
        request = req(f"第{index}个请求,{age_days}")
        cache.put(backend, request, Completion(text="回复" * 50, finish_reason="stop"))
        path = cache._path(request_key(backend, request))
        stamp = time.time() - age_days * 86400
        os.utime(path, (stamp, stamp))
    return cache


def test_a_cut_reply_is_never_cached():
    cache = ReplyCache()
    backend = MockBackend()
    cache.put(backend, req(), Completion(text="半句", finish_reason="incomplete"))
    cache.put(backend, req("二"), Completion(text="半句", finish_reason="length"))
    assert cache.get(backend, req()) is None and cache.get(backend, req("二")) is None


def test_a_damaged_entry_is_a_miss_and_is_rebuilt():
    cache = ReplyCache()
    backend = MockBackend()
    cache.put(backend, req(), Completion(text="好的。"))
    path = cache._path(request_key(backend, req()))
    path.write_text("{not json", encoding="utf-8")
    assert cache.get(backend, req()) is None
    path.write_text(json.dumps({"format": 2, "completion": {"text": 5}}), encoding="utf-8")
    assert cache.get(backend, req()) is None
    cache.put(backend, req(), Completion(text="好的。"))
    assert cache.get(backend, req()).text == "好的。"


def test_info_counts_sizes_and_ages():
    fill(3, age_days=40)
    fill(2)
    info = cache_info()
    assert info.entries == 5 and info.bytes > 0
    assert info.by_backend == {"mock": 5}
    assert info.newest - info.oldest > 39 * 86400


def test_prune_by_age_then_by_size():
    fill(3, age_days=40)
    fill(4)
    assert prune_cache(older_than_days=30) == 3
    assert cache_info().entries == 4
    one = cache_info().bytes // 4
    assert prune_cache(max_bytes=one * 2) == 2
    assert cache_info().entries == 2


def test_the_cache_command_info_prune_clear():
    fill(3, age_days=40)
    fill(2)
    runner = CliRunner()
    result = runner.invoke(app, ["cache", "info", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["entries"] == 5
    text = runner.invoke(app, ["cache", "info"])
    assert "回复：5 条" in text.stdout
    result = runner.invoke(app, ["cache", "prune", "--older-than", "30", "--format", "json"])
    assert json.loads(result.stdout) == {"removed": 3}
    result = runner.invoke(app, ["cache", "prune", "--max-size", "lots"])
    assert result.exit_code == 2 and "--max-size" in result.output
    result = runner.invoke(app, ["cache", "prune"])
    assert result.exit_code == 2 and "--older-than" in result.output
    result = runner.invoke(app, ["cache", "clear"])
    assert result.exit_code == 0 and "已删除 2 条" in result.output
    assert cache_info().entries == 0
