"""Compiled regular expressions kept between runs behave exactly like re.compile's."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from cswriter import regexcache
from cswriter.lint.matching import trie_pattern
from cswriter.text.numbers import _PATTERN

PATTERNS = [
    (r"(?P<year>\d{4})年(?:(?P<m>\d{1,2})月)?", 0),
    (r"显著|明显|大幅(?:度)?", 0),
    (r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE),
    (r"<!--\s*cswriter-(disable|enable)\b([^>]*?)-->", re.IGNORECASE),
    (trie_pattern(["有效", "有效期", "基本", "基本信息", "较", "较去年"]), 0),
    (_PATTERN, re.MULTILINE),
]
TEXTS = ["2025年8月，响应时长显著缩短，较去年提升1.2个百分点。", "```\ncode\n```", "<!-- CSWRITER-disable CS101 -->",
         "有效期内核对基本信息", "全年处理125,380件，约8.7件/人·天，满意度4.8/5.0。"]


_REAL_SHIPPED = regexcache._shipped


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CSWRITER_NO_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_programs", None)
    monkeypatch.setattr(regexcache, "_new", {})
    monkeypatch.setattr(regexcache, "_used", set())
    monkeypatch.setattr(regexcache, "_shipped", dict)  # the user's file alone (shipped programs: below)
    return tmp_path


def _new_process() -> None:
    """Forget what this process compiled, as the next run starts: only the file is left."""
    regexcache._programs = None
    regexcache._new.clear()
    regexcache._used.clear()


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS, ids=range(len(PATTERNS)))
def test_compiled_and_reloaded_patterns_match_like_re(fresh_cache, pattern, flags):
    first = regexcache.compile(pattern, flags)
    _same(first, re.compile(pattern, flags))
    regexcache._save()
    regexcache._programs = None  # as a new process would: read the file back
    again = regexcache.compile(pattern, flags)
    assert regexcache._new == {}
    _same(again, re.compile(pattern, flags))


def test_a_damaged_cache_file_is_ignored(fresh_cache):
    regexcache.compile(r"\d+件")
    regexcache._save()
    (path,) = (fresh_cache / "regex").iterdir()
    path.write_bytes(b"\x00garbage" * 10)
    regexcache._programs = None
    assert regexcache.compile(r"\d+件").findall("共3件和12件") == ["3件", "12件"]


def test_a_damaged_program_falls_back_to_re(fresh_cache):
    regexcache._programs = {(r"\d+", 0): (32, [1, 2, 3], 0, {}, (None,))}  # not a valid program
    assert regexcache.compile(r"\d+").findall("a12b3") == ["12", "3"]


@pytest.mark.slow
def test_no_cache_variable_writes_nothing(tmp_path):
    code = ("from cswriter import regexcache; "
            "assert regexcache.compile(r'[一-鿿]+率').search('接通率95%')")
    env = {"CSWRITER_CACHE_DIR": str(tmp_path), "CSWRITER_NO_CACHE": "1", "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)
    assert not (tmp_path / "regex").exists()


@pytest.mark.slow
def test_a_second_process_reuses_the_first_ones_programs(tmp_path):
    code = ("import sys; from cswriter import regexcache; import cswriter.text.numbers; "
            "regexcache.compile(r'not shipped: \\d+'); print(len(regexcache._new))")
    env = {"CSWRITER_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert int(first.stdout) > 0, first.stderr
    assert int(second.stdout) == 0, second.stderr


def test_a_built_source_is_kept_between_runs(fresh_cache):
    calls = []

    def build():
        calls.append(1)
        return trie_pattern(["有效", "有效期", "基本"])

    first = regexcache.source("test:words", build)
    regexcache._save()
    _new_process()
    assert regexcache.source("test:words", build) == first
    assert len(calls) == 1


def test_the_trie_of_a_word_list_comes_back_from_the_file_unchanged(fresh_cache):
    from cswriter.lint.matching import _trie_pattern
    from cswriter.lint.catalogue import load_catalogue

    words = [ws.word for rule in load_catalogue().rules for ws in rule.words]
    built = trie_pattern(words)
    regexcache._save()
    _new_process()
    assert trie_pattern(reversed(words)) == built == _trie_pattern(sorted(set(words)))
    assert regexcache._new == {}


def test_programs_used_recently_outlive_old_ones_when_the_file_is_full(fresh_cache, monkeypatch):
    monkeypatch.setattr(regexcache, "_MAX_PROGRAMS", 2)
    regexcache.compile("lexicon")
    regexcache.compile("from-old-facts")
    regexcache._save()
    _new_process()
    regexcache.compile("lexicon")            # used again in this run
    regexcache.compile("from-new-facts")     # new in this run
    regexcache._save()
    _new_process()
    kept = {pattern for pattern, _ in regexcache._load()}
    assert kept == {"lexicon", "from-new-facts"}


def test_programs_are_stored_packed(fresh_cache):
    regexcache.compile(r"\d+件")
    regexcache._save()
    _new_process()
    (entry,) = regexcache._load().values()
    assert isinstance(entry[1], bytes)
    assert regexcache.compile(r"\d+件").findall("共3件和12件") == ["3件", "12件"]


# --- programs shipped in the package (issue 20: the first run after install compiles nothing) ----

@pytest.mark.slow
def test_the_first_lint_with_an_empty_cache_compiles_nothing(tmp_path):
    code = ("from cswriter import regexcache\n"
            "from cswriter.lint import lint_text\n"
            "lint_text('本季度客户满意度显著提升，服务质量迈上了新台阶。', path='a.md')\n"
            "print(len(regexcache._new))")
    env = {"CSWRITER_CACHE_DIR": str(tmp_path / "empty"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.strip() == "0", out.stderr
    assert not (tmp_path / "empty" / "regex").exists()  # nothing new: nothing written


def test_shipped_programs_seed_the_cache_and_a_damaged_shipped_file_is_ignored(fresh_cache, monkeypatch):
    import marshal

    shipped = fresh_cache / "shipped.marshal"
    entry = regexcache._program(r"\d+件", 0)
    shipped.write_bytes(regexcache._seal(marshal.dumps({(r"\d+件", 0): entry})))
    monkeypatch.setattr(regexcache, "shipped_file", lambda: shipped)
    monkeypatch.setattr(regexcache, "_shipped", _REAL_SHIPPED)
    assert regexcache.compile(r"\d+件").findall("共3件") == ["3件"] and regexcache._new == {}
    regexcache.compile(r"\d+次")
    regexcache._save()  # the user's file starts from what is shipped
    _new_process()
    monkeypatch.setattr(regexcache, "shipped_file", lambda: fresh_cache / "nothing")
    assert set(regexcache._load()) == {(r"\d+件", 0), (r"\d+次", 0)}
    _new_process()
    (path,) = (fresh_cache / "regex").iterdir()
    path.unlink()
    shipped.write_bytes(shipped.read_bytes()[:-3])  # damaged: ignored, compiled afresh
    monkeypatch.setattr(regexcache, "shipped_file", lambda: shipped)
    assert regexcache.compile(r"\d+件").findall("共12件") == ["12件"] and list(regexcache._new) == [(r"\d+件", 0)]


def test_the_trie_key_survives_new_file_times() -> None:
    """A clone or `pip install` gives every file a new mtime: the trie sources shipped in the
    package must still be found (their key once held matching.py's mtime and never matched)."""
    import os

    from cswriter.lint import matching

    path = matching.__file__
    before = os.stat(path)
    matching._module_version.cache_clear()
    version = matching._module_version()
    try:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 10**12))
        matching._module_version.cache_clear()
        assert matching._module_version() == version
    finally:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        matching._module_version.cache_clear()
