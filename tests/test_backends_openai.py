"""The openai backend against a real OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import time

import pytest

from cswriter.backends.base import CompletionRequest, Message
from cswriter.backends.openai_backend import OpenAIBackend
from cswriter.backends.registry import get_backend
from cswriter.errors import EXIT_BACKEND, BackendError, UserError

try:  # tests/ is a rootdir-relative import path unless someone makes it a package
    from openai_server import TEST_KEY, OpenAIServer, Reply, openai_server  # noqa: F401
except ImportError:  # pragma: no cover
    from tests.openai_server import TEST_KEY, OpenAIServer, Reply, openai_server  # noqa: F401


def request(section: str = "metrics") -> CompletionRequest:
    return CompletionRequest(
        messages=[
            Message(role="system", content="你是客服工作总结的写作助手,只使用给定的数据。"),
            Message(role="user", content="请根据数据写“核心指标”一节:接通率 95.2%,目标 92%。"),
        ],
        section=section,
        temperature=0.2,
        max_tokens=400,
    )


def backend(**options) -> OpenAIBackend:
    options.setdefault("timeout", 2.0)
    options.setdefault("max_retries", 1)
    return OpenAIBackend(model="deepseek-chat", **options)


@pytest.mark.slow
def test_json_reply_and_what_was_sent(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply.ok("全年接通率 95.2%,高于目标 92% 共 3.2 个百分点。"))

    completion = backend().complete(request())

    assert completion.text == "全年接通率 95.2%,高于目标 92% 共 3.2 个百分点。"
    assert completion.model == "deepseek-chat"
    assert completion.finish_reason == "stop"
    assert completion.usage == {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19}
    (sent,) = openai_server.requests
    assert sent.path == "/v1/chat/completions"
    assert sent.json["model"] == "deepseek-chat"
    assert sent.json["temperature"] == 0.2
    assert sent.json["max_tokens"] == 400
    assert [m["role"] for m in sent.json["messages"]] == ["system", "user"]
    assert "接通率 95.2%" in sent.json["messages"][1]["content"]
    assert not sent.json.get("stream")


@pytest.mark.slow
def test_streaming_reply_is_assembled_from_deltas(openai_server: OpenAIServer) -> None:
    text = "本年度共受理来电 125,380 通,较上年增长 8.6%。"
    openai_server.script(Reply.ok(text))

    completion = backend(stream=True).complete(request())

    assert completion.text == text
    assert completion.finish_reason == "stop"
    assert openai_server.requests[0].json["stream"] is True


@pytest.mark.slow
def test_request_model_overrides_backend_model(openai_server: OpenAIServer) -> None:
    req = request().model_copy(update={"model": "qwen-plus"})
    backend().complete(req)
    assert openai_server.requests[0].json["model"] == "qwen-plus"


@pytest.mark.slow
def test_429_is_retried_by_the_sdk_then_succeeds(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply.rate_limited(retry_after_ms=30), Reply.ok("第二次成功。"))

    completion = backend(max_retries=2).complete(request())

    assert completion.text == "第二次成功。"
    first, second = openai_server.requests
    # Retry-After honoured: the retry came after the server's 30 ms, not immediately.
    assert second.received_at - first.received_at >= 0.025


@pytest.mark.slow
def test_429_after_all_retries_is_a_backend_error(openai_server: OpenAIServer) -> None:
    openai_server.script(*[Reply.rate_limited(retry_after_ms=5)] * 3)

    with pytest.raises(BackendError) as caught:
        backend(max_retries=2).complete(request())

    assert "429" in caught.value.message and "限流" in caught.value.message
    assert "3 次" in caught.value.message
    assert len(openai_server.requests) == 3


@pytest.mark.slow
def test_500_after_retries_is_a_backend_error_with_exit_3(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply.server_error(500), Reply.server_error(503))

    with pytest.raises(BackendError) as caught:
        backend(max_retries=1).complete(request())

    assert caught.value.exit_code == EXIT_BACKEND == 3
    assert "服务端出错（503）" in caught.value.message
    assert len(openai_server.requests) == 2


@pytest.mark.slow
def test_timeout_is_a_backend_error(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply.slow(3.0))

    started = time.monotonic()
    with pytest.raises(BackendError) as caught:
        backend(timeout=0.3, max_retries=0).complete(request())

    assert time.monotonic() - started < 2.0
    assert "超时" in caught.value.message and "0.3 秒" in caught.value.message
    assert "CSWRITER_TIMEOUT" in (caught.value.hint or "")


@pytest.mark.slow
def test_timeout_and_retries_come_from_the_environment(
    openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSWRITER_TIMEOUT", "0.3")
    monkeypatch.setenv("CSWRITER_MAX_RETRIES", "1")
    openai_server.script(Reply.slow(3.0), Reply.ok("重试后按时回复。"))

    completion = OpenAIBackend(model="deepseek-chat").complete(request())

    assert completion.text == "重试后按时回复。"
    assert len(openai_server.requests) == 2


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply.malformed(), "不是有效的 JSON"),
        (Reply.empty_choices(), "空回复"),
        (Reply.null_content(), "空回复"),
        (Reply.ok("   "), "空回复"),
    ],
    ids=["malformed-json", "empty-choices", "null-content", "blank-text"],
)
@pytest.mark.slow
def test_unusable_replies_are_backend_errors(
    openai_server: OpenAIServer, reply: Reply, expected: str
) -> None:
    openai_server.script(reply)
    with pytest.raises(BackendError) as caught:
        backend(max_retries=0).complete(request())
    assert expected in caught.value.message


@pytest.mark.slow
def test_streaming_with_no_content_is_an_empty_reply(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply.null_content())
    with pytest.raises(BackendError, match="空回复"):
        backend(stream=True).complete(request())


@pytest.mark.parametrize(
    ("status", "expected"),
    [(401, "拒绝了 API 密钥（401）"), (404, "找不到模型 deepseek-chat"), (400, "拒绝了请求（400）")],
)
@pytest.mark.slow
def test_client_errors_are_not_retried_and_explained(
    openai_server: OpenAIServer, status: int, expected: str
) -> None:
    # Servers echo part of the key in a 401; it must not reach the terminal.
    openai_server.script(Reply.error(status, f"Incorrect API key provided: {TEST_KEY}"))

    with pytest.raises(BackendError) as caught:
        backend(max_retries=2).complete(request())

    assert expected in caught.value.message
    assert TEST_KEY not in str(caught.value)
    assert len(openai_server.requests) == 1


@pytest.mark.slow
def test_connection_refused_is_a_backend_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with OpenAIServer() as server:
        dead_url = server.base_url  # the port is free again once the server stops
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    with pytest.raises(BackendError) as caught:
        OpenAIBackend(base_url=dead_url, timeout=1, max_retries=0).complete(request())
    assert "无法连接到 127.0.0.1" in caught.value.message


@pytest.mark.slow
def test_key_is_sent_as_bearer_but_never_shown_in_status(openai_server: OpenAIServer) -> None:
    backend().complete(request())

    assert openai_server.requests[0].headers["authorization"] == f"Bearer {TEST_KEY}"
    status = OpenAIBackend.status()
    assert status.configured is True
    assert TEST_KEY not in status.model_dump_json()
    assert "OPENAI_API_KEY 已设置" in status.detail
    assert f"127.0.0.1:{openai_server.port}" in status.detail
    assert "本机" in status.detail


def test_status_shows_host_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", f"https://user:{TEST_KEY}@api.deepseek.com/v1?key={TEST_KEY}")
    status = OpenAIBackend.status()
    assert "api.deepseek.com" in status.detail
    assert TEST_KEY not in status.model_dump_json()


def test_missing_key_for_a_remote_server_is_a_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.deepseek.com/v1")
    with pytest.raises(UserError) as caught:
        OpenAIBackend()
    assert caught.value.exit_code == 2
    assert "OPENAI_API_KEY" in caught.value.message
    assert OpenAIBackend.status().configured is False


@pytest.mark.slow
def test_local_server_needs_no_key(
    openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ollama and vLLM ignore the key; the backend must still start without one.
    monkeypatch.delenv("OPENAI_API_KEY")
    assert OpenAIBackend.status().configured is True
    assert backend().complete(request()).text.startswith("收到:")


def test_bad_timeout_setting_is_a_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    monkeypatch.setenv("CSWRITER_TIMEOUT", "两分钟")
    with pytest.raises(UserError, match="CSWRITER_TIMEOUT"):
        OpenAIBackend()


@pytest.mark.slow
def test_through_the_registry_with_env_model(
    openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSWRITER_BACKEND", "openai")
    monkeypatch.setenv("CSWRITER_MODEL", "qwen2.5:7b")
    chosen = get_backend(timeout=2, max_retries=0)
    assert isinstance(chosen, OpenAIBackend)
    chosen.complete(request())
    assert openai_server.requests[0].json["model"] == "qwen2.5:7b"


@pytest.mark.slow
def test_concurrent_calls_share_one_client(openai_server: OpenAIServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    shared = backend()
    with ThreadPoolExecutor(max_workers=4) as pool:
        texts = list(pool.map(lambda s: shared.complete(request(s)).text, ["a", "b", "c", "d"]))
    assert len(texts) == 4 and all(text.startswith("收到:") for text in texts)
    assert len(openai_server.requests) == 4


# --- local servers and redaction -----------------------------------------------------------


@pytest.mark.parametrize(("base_url", "local"), [
    ("http://localhost:11434/v1", True),        # Ollama
    ("http://127.0.0.1:8000/v1", True),         # vLLM
    ("http://127.0.0.2:8000/v1", True),         # all of 127.0.0.0/8
    ("http://[::1]:8080/v1", True),
    ("http://LOCALHOST:11434/v1", True),
    ("https://api.openai.com/v1", False),
    ("http://10.0.0.5/v1", False),              # a LAN server: prompts leave the machine
    ("http://0.0.0.0:8000/v1", False),
    ("http://127.0.0.1.example.com/v1", False),  # a name is never resolved
    ("http://localhost.example.com/v1", False),
])
def test_local_is_true_only_for_a_loopback_base_url(
    monkeypatch: pytest.MonkeyPatch, base_url: str, local: bool
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    assert OpenAIBackend(base_url=base_url).local is local
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    assert OpenAIBackend().local is local
    assert OpenAIBackend.status().local is local
    assert OpenAIBackend.local is False  # the class itself promises nothing


@pytest.mark.parametrize(("base_url", "keyless"), [
    ("http://localhost:11434/v1", True),
    ("http://127.0.0.2:8000/v1", True),
    ("http://0.0.0.0:8000/v1", True),            # what local servers print they listen on
    ("http://127.evil.example/v1", False),       # a name that merely starts with 127.
    ("https://api.openai.com/v1", False),
    (None, False),
])
def test_servers_on_this_machine_need_no_key(base_url, keyless) -> None:
    from cswriter.backends.base import is_local_url

    assert is_local_url(base_url) is keyless


def test_without_a_base_url_the_openai_api_is_not_local(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    assert OpenAIBackend().local is False
    assert OpenAIBackend.status().local is False


PII_CASE = {
    "title": "客户隐私信息误发",
    "kind": "lesson",
    "situation": "客户王女士(手机 13812345678)的工单回复误发给另一位客户",
    "actions": ["核对身份后重新寄送"],
    "result": "24小时内完成补救,未再发生同类误发",
}
PLAIN_REPLY = "本节内容依据事实撰写。"


def _facts_with_pii():
    from pathlib import Path

    from cswriter.facts.model import facts_from_data, load_facts

    facts = load_facts(Path(__file__).resolve().parent.parent / "fixtures" / "year-end-agent.yaml")
    data = facts.model_dump(mode="json", exclude_none=True)
    data["cases"].append(PII_CASE)
    return facts_from_data(data)


@pytest.mark.slow
def test_a_draft_through_a_loopback_server_is_redacted_too(openai_server: OpenAIServer) -> None:
    # A loopback URL is often a gateway (one-api, LiteLLM in docker) forwarding to a cloud.
    from cswriter.draft import DraftOptions, draft_document

    openai_server.script(Reply.ok(PLAIN_REPLY))
    draft = draft_document(_facts_with_pii(), backend(),
                           DraftOptions(use_cache=False, only=["cases"], max_repairs=0))
    assert draft.redacted
    sent = "\n".join(m["content"] for r in openai_server.requests for m in r.json["messages"])
    assert "13812345678" not in sent and "138****5678" in sent


@pytest.mark.slow
def test_no_redact_sends_the_prompt_as_written(openai_server: OpenAIServer) -> None:
    from cswriter.draft import DraftOptions, draft_document

    openai_server.script(Reply.ok(PLAIN_REPLY))
    draft_document(_facts_with_pii(), backend(),
                   DraftOptions(use_cache=False, only=["cases"], max_repairs=0, redact=False))
    sent = "\n".join(m["content"] for r in openai_server.requests for m in r.json["messages"])
    assert "13812345678" in sent


def test_a_draft_through_a_remote_server_is_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    # No network: the SDK client is replaced by one that records what would have been sent.
    from types import SimpleNamespace

    from cswriter.draft import DraftOptions, draft_document

    sent: list[dict] = []

    def create(**params):
        sent.append(params)
        return SimpleNamespace(
            model=params["model"], usage=None,
            choices=[SimpleNamespace(message=SimpleNamespace(content=PLAIN_REPLY), finish_reason="stop")],
        )

    fake_client = SimpleNamespace(chat=SimpleNamespace(completions=SimpleNamespace(create=create)))
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    remote = OpenAIBackend(model="deepseek-chat", base_url="https://api.deepseek.com/v1")
    monkeypatch.setattr(remote, "_get_client", lambda: fake_client)
    assert remote.local is False

    draft = draft_document(_facts_with_pii(), remote,
                           DraftOptions(use_cache=False, only=["cases"], max_repairs=0))
    assert draft.redacted
    text = "\n".join(m["content"] for params in sent for m in params["messages"])
    assert sent and "13812345678" not in text and "138****5678" in text

    # --no-redact still turns it off.
    sent.clear()
    draft = draft_document(_facts_with_pii(), remote,
                           DraftOptions(use_cache=False, only=["cases"], max_repairs=0, redact=False))
    assert not draft.redacted
    assert "13812345678" in "\n".join(m["content"] for params in sent for m in params["messages"])
