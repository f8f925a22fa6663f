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


def test_two_installations_sharing_a_cache_keep_their_own_entries(cache_dir, tmp_path):
    # Two checkouts (or virtualenvs) of cswriter: the same data file name, different
    # modification times. Each run of one must not throw away the other's parsed copy.
    first, second = tmp_path / "one" / "units.yaml", tmp_path / "two" / "units.yaml"
    for path, text in ((first, "a: 1\n"), (second, "a: 2\n")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    os.utime(second, ns=(1_000_000_000, 1_000_000_000))
    build_one, calls_one = _counting({"a": 1})
    build_two, calls_two = _counting({"a": 2})
    for _ in range(3):
        assert datacache.cached_json("data-units", [first], build_one) == {"a": 1}
        assert datacache.cached_json("data-units", [second], build_two) == {"a": 2}
    assert len(calls_one) == len(calls_two) == 1
    # Editing one installation's file still replaces only that installation's copy.
    first.write_text("a: 11\n", encoding="utf-8")
    datacache.cached_json("data-units", [first], build_one)
    assert len(calls_one) == 2
    assert len(list((cache_dir / "data").glob("data-units-*.json"))) == 2


# --- parsed data shipped in the package (issue 20: the first run after install parses no YAML) --

@pytest.mark.slow
def test_the_shipped_parsed_data_is_current() -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "build_data_cache.py"
    out = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.slow
def test_the_first_run_with_an_empty_cache_reads_shipped_data_not_yaml(tmp_path) -> None:
    import json
    import subprocess
    import sys

    code = ("import sys, json\n"
            "from cswriter.lint import lint_text\n"
            "lint_text('本季度客户满意度显著提升。')\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('ruamel', 'pydantic'))))")
    env = {**os.environ, datacache.ENV_CACHE_DIR: str(tmp_path / "empty")}
    env.pop(datacache.ENV_NO_CACHE, None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_shipped_data_for_other_contents_is_ignored(tmp_path, cache_dir, monkeypatch) -> None:
    import json

    data = tmp_path / "x.yaml"
    data.write_text("a: 1\n", encoding="utf-8")
    shipped = tmp_path / "built"
    shipped.mkdir()
    monkeypatch.setattr(datacache, "SHIPPED_DIR", shipped)
    (shipped / "k.json").write_text(json.dumps({"sources": datacache.content_digest([data]), "value": {"a": 1}}),
                                    encoding="utf-8")
    build, calls = _counting({"a": 1})
    assert datacache.cached_json("k", [data], build) == {"a": 1} and calls == []
    data.write_text("a: 2\n", encoding="utf-8")  # edited after the build: parsed afresh
    build, calls = _counting({"a": 2})
    assert datacache.cached_json("k", [data], build) == {"a": 2} and calls == [1]


@pytest.mark.parametrize("env", [{"HOME": "/home/张三"}, {"HOME": "/root/"}, {"HOME": "/"},
                                 {"HOME": "/home/a", "XDG_CACHE_HOME": "/var/tmp/xdg"},
                                 {"HOME": "/home/a", "XDG_CACHE_HOME": "/var/tmp/xdg/"},
                                 {"HOME": "/home/a", "XDG_CACHE_HOME": "relative"},
                                 {"HOME": "/home/a", "XDG_CACHE_HOME": " "}, {"HOME": "relative"}])
def test_the_cache_directory_is_platformdirs_own_answer(env, monkeypatch) -> None:
    from pathlib import Path

    from platformdirs import user_cache_dir

    for key in ("HOME", "XDG_CACHE_HOME", datacache.ENV_CACHE_DIR, "ANDROID_DATA", "ANDROID_ROOT"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert datacache.default_cache_dir() == Path(user_cache_dir("cswriter"))
