"""Hostile input never crashes, hangs or loses a file: one clear Chinese line and exit 2.

The same hostile files feed `bench/attacks.py`, which prints per surface how many inputs were
tried and how many gave a traceback, a hang or a file changed that should not have been.
"""

from __future__ import annotations

import os
import random
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, run_cli
from hostile import FACTS_ATTACKS, big5_facts

CSWRITER = Path(sys.executable).parent / "cswriter"


@pytest.mark.parametrize("attack", sorted(FACTS_ATTACKS))
@pytest.mark.parametrize("command", ["check", "outline"])
@pytest.mark.slow
def test_hostile_facts_files_are_refused_in_chinese(tmp_path, attack, command):
    path = FACTS_ATTACKS[attack](tmp_path)
    result = subprocess.run([str(CSWRITER), command, str(path)], capture_output=True, text=True,
                            timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert any("\u4e00" <= ch <= "\u9fff" for ch in result.stderr)


def test_hostile_facts_files_do_not_reach_drafting(tmp_path):
    for n, attack in enumerate(("NaN value", "1.5e308 value", "400-digit team size", "alias bomb")):
        folder = tmp_path / str(n)
        folder.mkdir()
        result = run_cli("draft", FACTS_ATTACKS[attack](folder), "-o", folder / "out.md")
        assert result.exit_code == 2, (attack, result.output)
        assert not (folder / "out.md").exists()


def test_a_numbers_absurd_magnitude_is_named_with_its_field(tmp_path):
    result = run_cli("check", FACTS_ATTACKS["400-digit team size"](tmp_path))
    assert result.exit_code == 2
    assert "report.team_size" in result.stderr and "401 位" in result.stderr


def test_big5_facts_read_with_their_names_intact(tmp_path):
    path = big5_facts(tmp_path)
    from cswriter.facts.model import load_facts

    assert load_facts(path).report.author == "陳曉華"


# --- one way to write a user's file ------------------------------------------------------


@pytest.fixture
def facts_file(tmp_path):
    path = tmp_path / "年终.yaml"
    path.write_bytes((FIXTURES / "year-end-agent.yaml").read_bytes())
    return path


def test_draft_never_writes_over_its_own_input(tmp_path, facts_file):
    json_facts = tmp_path / "facts.json"
    import json

    from cswriter.facts.model import load_facts

    json_facts.write_text(json.dumps(load_facts(facts_file).model_dump(mode="json", exclude_none=True),
                                     ensure_ascii=False), encoding="utf-8")
    before = json_facts.read_bytes()
    result = run_cli("draft", json_facts, "-o", json_facts)
    assert result.exit_code == 2
    assert "输入文件" in result.stderr
    assert json_facts.read_bytes() == before


def test_a_read_only_output_is_refused_before_drafting(tmp_path, facts_file):
    out = tmp_path / "总结.md"
    out.write_text("上一版，别动。\n", encoding="utf-8")
    out.chmod(0o444)
    result = run_cli("draft", facts_file, "-o", out)
    assert result.exit_code == 2 and "只读" in result.stderr
    assert out.read_text(encoding="utf-8") == "上一版，别动。\n"


def test_an_output_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path, facts_file):
    target = tmp_path / "real.md"
    target.write_text("", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert run_cli("draft", facts_file, "-o", link).exit_code in (0, 1)
    assert link.is_symlink()
    assert "客服" in target.read_text(encoding="utf-8")


def test_hard_links_stay_joined(tmp_path, facts_file):
    first = tmp_path / "a.md"
    first.write_text("", encoding="utf-8")
    second = tmp_path / "b.md"
    os.link(first, second)
    assert run_cli("draft", facts_file, "-o", first).exit_code in (0, 1)
    assert first.read_bytes() == second.read_bytes() and "客服" in second.read_text(encoding="utf-8")
    assert os.stat(first).st_ino == os.stat(second).st_ino


def test_a_hand_edited_draft_is_backed_up_not_lost(tmp_path, facts_file):
    out = tmp_path / "总结.md"
    assert run_cli("draft", facts_file, "-o", out).exit_code in (0, 1)
    assert run_cli("draft", facts_file, "-o", out).exit_code in (0, 1)
    assert not list(tmp_path.glob("总结.md.~*~")), "rewriting cswriter's own output needs no backup"
    edited = out.read_text(encoding="utf-8") + "\n我手工补充的一段。\n"
    out.write_text(edited, encoding="utf-8")
    result = run_cli("draft", facts_file, "-o", out)
    assert result.exit_code in (0, 1)
    backups = list(tmp_path.glob("总结.md.~*~"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == edited
    assert "备份" in result.stderr


def test_an_existing_directory_as_output_receives_the_draft_named_after_the_facts(tmp_path, facts_file):
    folder = tmp_path / "草稿"
    folder.mkdir()
    result = run_cli("draft", facts_file, "-o", folder)
    assert result.exit_code in (0, 1)
    assert [p.name for p in folder.iterdir()] == ["年终.md"]
    assert folder.is_dir()


def test_lint_fix_respects_read_only_files_and_keeps_gbk(tmp_path):
    draft = tmp_path / "稿.txt"
    draft.write_bytes("本月接待来电1,200通,满意度为96.5%。\r\n".encode("gbk"))
    draft.chmod(0o444)
    result = run_cli("lint", draft, "--fix")
    assert result.exit_code == 2 and "只读" in result.stderr
    draft.chmod(0o644)
    run_cli("lint", draft, "--fix")
    fixed = draft.read_bytes()
    assert fixed.decode("gbk") == "本月接待来电1,200通，满意度为96.5%。\r\n"


# --- caches that cannot hurt --------------------------------------------------------------


@pytest.mark.slow
def test_a_damaged_regex_cache_never_crashes_or_weakens_the_privacy_rules(tmp_path):
    env = {**os.environ, "CSWRITER_CACHE_DIR": str(tmp_path)}
    draft = tmp_path / "稿.md"
    draft.write_text("客户张先生的手机号是13812345678，已回访。\n", encoding="utf-8")
    first = subprocess.run([str(CSWRITER), "lint", str(draft)], env=env, capture_output=True, text=True,
                           timeout=60)
    assert "CS6" in first.stdout
    cache = next((tmp_path / "regex").glob("*.marshal"))
    pristine = cache.read_bytes()
    rng = random.Random(15)
    for _ in range(8):
        damaged = bytearray(pristine)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        cache.write_bytes(bytes(damaged[: rng.randint(len(damaged) // 2, len(damaged))]))
        result = subprocess.run([str(CSWRITER), "lint", str(draft)], env=env, capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == first.returncode, result.stderr
        assert result.stdout == first.stdout
    assert stat.S_ISREG(cache.stat().st_mode)


# --- any text at all ------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_YAMLISH = st.text(alphabet=st.sampled_from(list("report:type-yearend metrics[]{}&*!|>'\"#,.%万 \n\t0123456789e+.nanif满意度件")),
                   max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_YAMLISH)
def test_any_facts_text_is_read_or_refused_never_crashes(text):
    from cswriter.check import check_facts
    from cswriter.errors import InputError
    from cswriter.facts.model import facts_from_data, parse_document

    try:
        data, tree = parse_document(text, "fuzz.yaml")
        facts = facts_from_data(data, "fuzz.yaml", tree)
    except InputError:
        return
    check_facts(facts)


def test_trailing_spaces_in_markdown_never_make_the_splitter_backtrack():
    """A code span blanked to spaces left a long run of spaces at a sentence end, and the
    sentence pattern took exponential time over it (the linter hung on one line)."""
    import time

    from cswriter.lint import lint_text

    started = time.monotonic()
    lint_text(" 如 `- {name: 物流延迟, count: 15, share: 35, note: 大促期间集中}`", path="own.md")
    lint_text("如" + " " * 50_000 + "。", path="own.txt")
    assert time.monotonic() - started < 5
