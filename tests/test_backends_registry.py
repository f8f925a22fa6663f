"""The backend registry, the mock backend and `cswriter backends`."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

from cswriter.backends import registry
from cswriter.backends.base import (
    Backend,
    BackendStatus,
    Completion,
    CompletionRequest,
    Message,
    is_local_url,
    scrub_secrets,
    url_host,
)
from cswriter.backends.mock import MockBackend
from cswriter.errors import EXIT_USAGE, BackendError, UserError

SECRET = "sk-live-DO-NOT-PRINT-9f8e7d6c5b4a"


def request(section: str | None = "metrics", text: str = "写核心指标一节。") -> CompletionRequest:
    return CompletionRequest(
        messages=[Message(role="system", content="系统提示"), Message(role="user", content=text)],
        section=section,
    )


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CSWRITER_BACKEND", "CSWRITER_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    registry.clear_cache()


# --- the registry ---------------------------------------------------------------------------


def test_builtins_are_registered_as_entry_points() -> None:
    points = {p.name: p.value for p in metadata.entry_points(group="cswriter.backends")}
    assert points["mock"] == "cswriter.backends.mock:MockBackend"
    assert points["openai"] == "cswriter.backends.openai_backend:OpenAIBackend"
    assert points["langchain"] == "cswriter.backends.langchain_backend:LangChainBackend"
    assert "offline" in points

    classes = registry.backend_classes()
    assert {"mock", "openai", "langchain"} <= set(classes)
    assert all(issubclass(cls, Backend) for cls in classes.values())
    assert classes["mock"].local is True and classes["openai"].local is False


def test_a_plugin_that_fails_to_load_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = metadata.EntryPoint("broken", "cswriter_no_such_plugin:Backend", registry.ENTRY_POINT_GROUP)
    not_a_backend = metadata.EntryPoint("wrong", "json:dumps", registry.ENTRY_POINT_GROUP)
    real = registry._entry_points()
    monkeypatch.setattr(registry, "_entry_points", lambda: [*real, broken, not_a_backend])
    registry.clear_cache()

    assert "mock" in registry.backend_classes()
    errors = registry.backend_load_errors()
    assert "cswriter_no_such_plugin" in errors["broken"]
    assert "不是" in errors["wrong"]
    with pytest.raises(UserError, match="无法使用") as caught:
        registry.get_backend("broken")
    assert caught.value.exit_code == EXIT_USAGE
    registry.clear_cache()


def test_third_party_plugin_registers_like_a_builtin(monkeypatch: pytest.MonkeyPatch) -> None:
    class Shouting(Backend):
        name: ClassVar[str] = "shouting"
        description: ClassVar[str] = "测试插件"
        local: ClassVar[bool] = True

        def complete(self, request: CompletionRequest) -> Completion:
            return Completion(text=request.messages[-1].content + "!")

    point = metadata.EntryPoint("shouting", f"{__name__}:Shouting", registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(sys.modules[__name__], "Shouting", Shouting, raising=False)
    real = registry._entry_points()
    monkeypatch.setattr(registry, "_entry_points", lambda: [*real, point])
    registry.clear_cache()

    backend = registry.get_backend("shouting")
    assert backend.complete(request(text="你好")).text == "你好!"
    registry.clear_cache()


def test_name_resolution_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert registry.resolve_backend_name(None) == "offline"
    monkeypatch.setenv("CSWRITER_BACKEND", "Mock ")
    assert registry.resolve_backend_name(None) == "mock"
    assert registry.resolve_backend_name("openai") == "openai"


def test_model_resolution_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert registry.get_backend("mock").model == "mock"  # the backend's default
    monkeypatch.setenv("CSWRITER_MODEL", "qwen-plus")
    assert registry.get_backend("mock").model == "qwen-plus"
    assert registry.get_backend("mock", model="deepseek-chat").model == "deepseek-chat"


def test_env_backend_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSWRITER_BACKEND", "mock")
    assert isinstance(registry.get_backend(), MockBackend)


def test_unknown_backend_is_exit_2_with_did_you_mean() -> None:
    with pytest.raises(UserError) as caught:
        registry.get_backend("opnai")
    error = caught.value
    assert error.exit_code == EXIT_USAGE
    assert "没有名为 'opnai' 的模型后端" in error.message
    assert "你是不是想用 'openai'" in error.message
    assert "mock" in (error.hint or "") and "langchain" in (error.hint or "")


def test_unknown_backend_from_env_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSWRITER_BACKEND", "mokc")
    with pytest.raises(UserError, match="CSWRITER_BACKEND") as caught:
        registry.get_backend()
    assert "'mock'" in caught.value.message


# --- the mock backend -----------------------------------------------------------------------


def test_mock_replies_in_order_and_records_requests() -> None:
    mock = MockBackend(script=["第一稿", "第二稿"])
    assert mock.complete(request("overview")).text == "第一稿"
    assert mock.complete(request("metrics")).text == "第二稿"
    assert [r.section for r in mock.requests] == ["overview", "metrics"]
    assert mock.requests[0].messages[1].content == "写核心指标一节。"
    with pytest.raises(BackendError, match="脚本已用完"):
        mock.complete(request())


def test_mock_script_by_section_with_per_section_lists() -> None:
    mock = MockBackend(script={"metrics": ["指标初稿", "指标修改稿"], "*": "其他章节"})
    assert mock.complete(request("metrics")).text == "指标初稿"
    assert mock.complete(request("plans")).text == "其他章节"
    assert mock.complete(request("metrics")).text == "指标修改稿"
    assert mock.complete(request("cases")).text == "其他章节"


def test_mock_script_as_a_callable_gets_request_and_index() -> None:
    mock = MockBackend(script=lambda req, index: f"{req.section}#{index}")
    assert [mock.complete(request(s)).text for s in ("a", "b")] == ["a#0", "b#1"]


def test_mock_faults_on_given_calls() -> None:
    mock = MockBackend(script=["好", "好", "好"], faults={1: TimeoutError("模拟超时"), 2: "模拟限流"})
    assert mock.complete(request()).text == "好"
    with pytest.raises(TimeoutError):
        mock.complete(request())
    with pytest.raises(BackendError, match="模拟限流"):
        mock.complete(request())
    assert mock.call_count == 3  # failed calls are recorded too

    in_script = MockBackend(script=[BackendError("脚本里的故障"), "恢复"])
    with pytest.raises(BackendError, match="脚本里的故障"):
        in_script.complete(request())
    assert in_script.complete(request()).text == "恢复"

    by_index = MockBackend(faults=[0])
    with pytest.raises(BackendError, match="注入的故障"):
        by_index.complete(request())


def test_mock_latency_overlaps_across_threads() -> None:
    mock = MockBackend(latency=0.2)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        replies = list(pool.map(lambda i: mock.complete(request(f"s{i}")).text, range(8)))
    elapsed = time.monotonic() - started
    assert 0.2 <= elapsed < 1.0  # concurrent: 8 calls × 0.2 s serially would take 1.6 s
    assert len(replies) == 8 and mock.call_count == 8
    assert sorted(r.section for r in mock.requests) == sorted(f"s{i}" for i in range(8))


def test_mock_records_are_thread_safe_and_ordered_replies_unique() -> None:
    script = [f"回复{i}" for i in range(200)]
    mock = MockBackend(script=script)
    barrier = threading.Barrier(8)

    def worker(_: int) -> list[str]:
        barrier.wait()
        return [mock.complete(request()).text for _ in range(25)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        texts = [t for chunk in pool.map(worker, range(8)) for t in chunk]
    assert sorted(texts) == sorted(script)  # each scripted reply used exactly once
    assert mock.call_count == 200


def test_mock_without_script_echoes_deterministically() -> None:
    mock = MockBackend()
    first = mock.complete(request("feedback", "请写客户反馈一节。")).text
    again = MockBackend().complete(request("feedback", "请写客户反馈一节。")).text
    assert first == again
    assert "feedback" in first and "请写客户反馈一节。" in first


def test_mock_recorded_requests_are_copies() -> None:
    mock = MockBackend()
    req = request()
    mock.complete(req)
    req.context["added_later"] = True
    assert "added_later" not in mock.requests[0].context


# --- the interface ----------------------------------------------------------------------


def test_cache_key_material_ignores_metadata() -> None:
    a = request("metrics")
    b = request("plans").model_copy(update={"context": {"facts": [1, 2]}})
    assert a.cache_key_material() == b.cache_key_material()
    c = a.model_copy(update={"temperature": 0.9})
    assert a.cache_key_material() != c.cache_key_material()
    json.dumps(a.cache_key_material())  # serialisable for a hash


def test_helpers_never_leak_secrets() -> None:
    assert url_host(f"https://me:{SECRET}@api.deepseek.com:8443/v1?k={SECRET}") == "api.deepseek.com:8443"
    assert is_local_url("http://localhost:11434/v1") and is_local_url("http://127.0.0.1:8000/v1")
    assert not is_local_url("https://dashscope.aliyuncs.com/compatible-mode/v1")
    assert SECRET not in scrub_secrets(f"bad key {SECRET}")
    assert "sk-abc" not in scrub_secrets("Incorrect API key provided: sk-abc123456789")


# --- `cswriter backends` --------------------------------------------------------------------


def _run(*args: str, env: dict[str, str | None] | None = None) -> Any:
    from cswriter.cli import app

    return CliRunner().invoke(app, ["backends", *args], env=env)


def test_backends_command_text_lists_every_backend_without_the_key() -> None:
    result = _run(env={"OPENAI_API_KEY": SECRET, "OPENAI_BASE_URL": f"https://u:{SECRET}@api.deepseek.com/v1"})
    assert result.exit_code == 0, result.output
    for name in ("mock", "openai", "langchain", "offline"):
        assert name in result.output
    assert "本地" in result.output and "联网" in result.output
    assert "OPENAI_API_KEY 已设置" in result.output
    assert "api.deepseek.com" in result.output
    assert SECRET not in result.output and "DO-NOT-PRINT" not in result.output


def test_backends_command_json(monkeypatch: pytest.MonkeyPatch) -> None:
    result = _run("--format", "json", env={"OPENAI_API_KEY": SECRET, "CSWRITER_BACKEND": "mock",
                                            "OPENAI_BASE_URL": None})
    assert result.exit_code == 0, result.output
    assert SECRET not in result.output
    report = json.loads(result.output)
    assert report["current"] == "mock"
    rows = {row["name"]: row for row in report["backends"]}
    assert rows["mock"]["current"] is True and rows["mock"]["local"] is True
    assert rows["openai"]["configured"] is True and rows["openai"]["local"] is False
    assert set(rows["openai"]) >= {"name", "available", "local", "configured", "description", "detail"}
    if not rows["offline"]["available"]:  # until offline.py lands it is listed, not fatal
        assert rows["offline"]["configured"] is False


def test_backends_command_shows_an_openai_server_on_localhost_as_local() -> None:
    env: dict[str, str | None] = {"OPENAI_API_KEY": None, "OPENAI_BASE_URL": "http://localhost:11434/v1"}
    rows = {row["name"]: row for row in json.loads(_run("--format", "json", env=env).output)["backends"]}
    assert rows["openai"]["local"] is True and rows["openai"]["configured"] is True
    assert "本机地址" in rows["openai"]["detail"] and "照常打码" in rows["openai"]["detail"]
    env["OPENAI_BASE_URL"] = "http://10.0.0.5:8000/v1"
    env["OPENAI_API_KEY"] = SECRET
    rows = {row["name"]: row for row in json.loads(_run("--format", "json", env=env).output)["backends"]}
    assert rows["openai"]["local"] is False and "本机地址" not in rows["openai"]["detail"]


def test_backends_help_shows_compatible_servers() -> None:
    result = _run("--help")
    assert result.exit_code == 0
    for needle in ("api.deepseek.com", "dashscope.aliyuncs.com/compatible-mode", "11434", "8000"):
        assert needle in result.output


# --- import cost ----------------------------------------------------------------------------


@pytest.mark.slow
def test_cli_and_registry_do_not_import_sdks() -> None:
    code = (
        "import sys\n"
        "import cswriter.cli, cswriter.backends.registry as r\n"
        "for cls in r.backend_classes().values(): cls.status()\n"
        "from cswriter.commands.backends import backends_report; backends_report()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('openai', 'langchain', 'langchain_core', 'httpx2')))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert output.strip() == "[]"


def test_status_is_a_pydantic_model_for_every_backend() -> None:
    for cls in registry.backend_classes().values():
        status = cls.status()
        assert isinstance(status, BackendStatus) and status.name == cls.name
