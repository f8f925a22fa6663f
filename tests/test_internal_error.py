"""A bug in cswriter ends with one Chinese sentence and exit 2, never a Python traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cswriter import cli

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "year-end-agent.yaml"


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("模拟的故障")


@pytest.mark.parametrize("argv, target", [
    (["check", str(FIXTURE)], "cswriter.app.check.check"),
    (["lint", str(FIXTURE)], "cswriter.commands._lint_run.run"),  # the fast lint path
])
def test_an_unexpected_exception_is_reported_as_an_internal_error(
        argv: list[str], target: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    module, name = target.rsplit(".", 1)
    monkeypatch.setattr(sys.modules.get(module) or __import__(module, fromlist=[name]), name, _boom)
    monkeypatch.setattr(sys, "argv", ["cswriter", *argv])
    monkeypatch.delenv("CSWRITER_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit:
        cli.main()
    err = capsys.readouterr().err
    assert exit.value.code == 2
    assert "内部错误（RuntimeError：模拟的故障）" in err
    assert "Traceback" not in err


def test_the_traceback_is_shown_when_asked_for(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import cswriter.app.check

    monkeypatch.setattr(cswriter.app.check, "check", _boom)
    monkeypatch.setattr(sys, "argv", ["cswriter", "check", str(FIXTURE)])
    monkeypatch.setenv("CSWRITER_DEBUG", "1")
    with pytest.raises(SystemExit):
        cli.main()
    err = capsys.readouterr().err
    assert "Traceback" in err and "内部错误" in err


def test_a_bug_inside_bulk_drafting_is_reported_not_swallowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    # app4 saw bulk drafting end with exit 1 and no message at all when a section raised.
    import shutil

    import cswriter.draft.bulk as bulk

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("weekly-phone.yaml", "monthly-ecommerce.yaml"):
        shutil.copy(FIXTURE.parent / name, folder / name)
    monkeypatch.setattr(bulk.DocumentRun, "work", _boom)
    monkeypatch.setattr(sys, "argv", ["cswriter", "draft", str(folder), "-o", str(tmp_path / "out") + "/"])
    monkeypatch.delenv("CSWRITER_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit:
        cli.main()
    err = capsys.readouterr().err
    assert exit.value.code == 2
    assert "内部错误（RuntimeError：模拟的故障）" in err and "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir()) == ["monthly-ecommerce.yaml", "weekly-phone.yaml"]
