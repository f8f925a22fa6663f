"""The JSON cache of parsed data files: current when the files are, rebuilt when they change."""

from __future__ import annotations

import datetime
import os

import pytest

from cswriter import datacache


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv(datacache.ENV_CACHE_DIR, str(directory))
    monkeypatch.delenv(datacache.ENV_NO_CACHE, raising=False)
    return directory


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_second_read_comes_from_the_cache(cache_dir, tmp_path):
    source = tmp_path / "rules.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    build, calls = _counting({"词": ["有效", "基本"]})
    assert datacache.cached_json("t", [source], build) == {"词": ["有效", "基本"]}
    assert datacache.cached_json("t", [source], build) == {"词": ["有效", "基本"]}
    assert len(calls) == 1


def test_editing_a_data_file_rebuilds_and_drops_the_stale_copy(cache_dir, tmp_path):
    source = tmp_path / "rules.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    build, calls = _counting([1])
    datacache.cached_json("t", [source], build)
    source.write_text("a: 22\n", encoding="utf-8")
    datacache.cached_json("t", [source], build)
    assert len(calls) == 2
    assert len(list((cache_dir / "data").glob("t-*.json"))) == 1


def test_values_json_would_change_are_never_cached(cache_dir, tmp_path):
    source = tmp_path / "f.yaml"
    source.write_text("x", encoding="utf-8")
    build, calls = _counting({"when": datetime.date(2026, 6, 30), 1: "int key"})
    first = datacache.cached_json("t", [source], build)
    second = datacache.cached_json("t", [source], build)
    assert first["when"] == second["when"] == datetime.date(2026, 6, 30)
    assert len(calls) == 2


def test_no_cache_variable_and_unwritable_directory_only_cost_speed(tmp_path, monkeypatch):
    source = tmp_path / "f.yaml"
    source.write_text("x", encoding="utf-8")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("file where the cache directory should be", encoding="utf-8")
    monkeypatch.setenv(datacache.ENV_CACHE_DIR, str(blocker))
    build, calls = _counting([1, 2])
    assert datacache.cached_json("t", [source], build) == [1, 2]
    monkeypatch.setenv(datacache.ENV_NO_CACHE, "1")
    assert datacache.cached_json("t", [source], build) == [1, 2]
    assert len(calls) == 2


def test_a_corrupt_cache_file_is_rebuilt(cache_dir, tmp_path):
    source = tmp_path / "f.yaml"
    source.write_text("x", encoding="utf-8")
    build, calls = _counting({"ok": True})
    datacache.cached_json("t", [source], build)
    (cached,) = (cache_dir / "data").glob("t-*.json")
    cached.write_bytes(b"{not json")
    assert datacache.cached_json("t", [source], build) == {"ok": True}
    assert len(calls) == 2
    assert os.path.getsize(cached) > 2
