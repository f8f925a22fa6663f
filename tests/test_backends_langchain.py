"""The langchain backend with LangChain's own fake chat models."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
    GenericFakeChatModel,
    ParrotFakeChatModel,
)
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from cswriter.backends.base import CompletionRequest, Message
from cswriter.backends.langchain_backend import (
    LangChainBackend,
    parse_model_spec,
    to_langchain_messages,
)
from cswriter.backends.registry import get_backend
from cswriter.errors import EXIT_BACKEND, EXIT_USAGE, BackendError, UserError


def request(text: str = "请写“投诉处理”一节:投诉 38 件,办结 38 件。", **extra: Any) -> CompletionRequest:
    return CompletionRequest(
        messages=[
            Message(role="system", content="你是客服工作总结的写作助手。"),
            Message(role="user", content=text),
        ],
        section="complaints",
        **extra,
    )


@pytest.fixture(autouse=True)
def _no_model_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CSWRITER_MODEL", "CSWRITER_BACKEND", "CSWRITER_TIMEOUT", "CSWRITER_MAX_RETRIES"):
        monkeypatch.delenv(name, raising=False)


def test_generic_fake_chat_model_reply() -> None:
    fake = GenericFakeChatModel(messages=iter(["全年受理投诉 38 件,全部办结。"]))
    backend = LangChainBackend(chat_model=fake)

    completion = backend.complete(request())

    assert completion.text == "全年受理投诉 38 件,全部办结。"
    assert completion.model == "GenericFakeChatModel"


def test_fake_list_chat_model_replies_in_order_through_the_registry() -> None:
    fake = FakeListChatModel(responses=["初稿。", "修改稿。"])
    backend = get_backend("langchain", chat_model=fake)

    assert [backend.complete(request()).text for _ in range(2)] == ["初稿。", "修改稿。"]


def test_messages_are_converted_with_roles_kept() -> None:
    converted = to_langchain_messages(
        [
            Message(role="system", content="规则"),
            Message(role="user", content="数据"),
            Message(role="assistant", content="上一稿"),
        ]
    )
    assert [type(m) for m in converted] == [SystemMessage, HumanMessage, AIMessage]
    assert [m.content for m in converted] == ["规则", "数据", "上一稿"]
    # The parrot echoes the last message it received: the prompt arrived intact.
    parrot = LangChainBackend(chat_model=ParrotFakeChatModel())
    assert parrot.complete(request("原样返回这句话。")).text == "原样返回这句话。"


def test_content_blocks_are_joined_as_text() -> None:
    blocks = AIMessage(content=[{"type": "text", "text": "第一句。"}, {"type": "text", "text": "第二句。"}])
    backend = LangChainBackend(chat_model=GenericFakeChatModel(messages=iter([blocks])))
    assert backend.complete(request()).text == "第一句。第二句。"


def test_empty_reply_is_a_backend_error() -> None:
    backend = LangChainBackend(chat_model=GenericFakeChatModel(messages=iter([""])))
    with pytest.raises(BackendError, match="空回复") as caught:
        backend.complete(request())
    assert caught.value.exit_code == EXIT_BACKEND


class _RateLimited(Exception):
    status_code = 429


def _raising(error: Exception):
    raise error
    yield  # pragma: no cover - makes this a generator


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_RateLimited("slow down, key sk-abcdef1234567890"), "限流或额度不足（429）"),
        (TimeoutError("read timed out"), "请求超时"),
        (RuntimeError("provider exploded"), "调用模型"),
    ],
)
def test_provider_exceptions_become_backend_errors(error: Exception, expected: str) -> None:
    backend = LangChainBackend(chat_model=GenericFakeChatModel(messages=_raising(error)))
    with pytest.raises(BackendError) as caught:
        backend.complete(request())
    assert expected in caught.value.message
    assert "sk-abcdef1234567890" not in str(caught.value)


def test_exhausted_fake_is_a_backend_error_not_a_crash() -> None:
    backend = LangChainBackend(chat_model=GenericFakeChatModel(messages=iter([])))
    with pytest.raises(BackendError):
        backend.complete(request())


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (None, "需要用 --model 指定 provider:model"),
        ("", "需要用 --model 指定 provider:model"),
        ("gpt-4o-mini", "缺少提供方"),
        (":gpt-4o-mini", "提供方为空"),
        ("openai:", "模型名为空"),
        ("open ai:gpt", "不是合法的名称"),
    ],
)
def test_malformed_model_spec_is_a_chinese_user_error(spec: str | None, expected: str) -> None:
    with pytest.raises(UserError) as caught:
        get_backend("langchain", model=spec)
    assert expected in caught.value.message
    assert caught.value.exit_code == EXIT_USAGE
    assert "openai:gpt-4o-mini" in (caught.value.hint or "")


def test_model_spec_keeps_colons_in_the_model_name() -> None:
    assert parse_model_spec("ollama:qwen2.5:7b") == ("ollama", "qwen2.5:7b")
    assert parse_model_spec(" Google-GenAI:gemini-2.5-flash ") == ("google_genai", "gemini-2.5-flash")


def test_unsupported_provider_is_a_user_error() -> None:
    with pytest.raises(UserError, match="不支持提供方 'nosuchprovider'") as caught:
        LangChainBackend(model="nosuchprovider:some-model")
    assert caught.value.exit_code == EXIT_USAGE


@pytest.mark.skipif(
    importlib.util.find_spec("langchain_upstage") is not None, reason="integration installed"
)
def test_missing_integration_package_says_what_to_install() -> None:
    with pytest.raises(UserError) as caught:
        LangChainBackend(model="upstage:solar-pro")
    assert "langchain-upstage" in caught.value.message
    assert caught.value.hint == 'pip install "cswriter[langchain]" langchain-upstage'


def test_init_chat_model_gets_parameters_as_constructor_arguments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import langchain.chat_models

    built: list[dict[str, Any]] = []

    def fake_init_chat_model(model: str, **kwargs: Any) -> FakeListChatModel:
        built.append({"model": model, **kwargs})
        return FakeListChatModel(responses=[f"temperature={kwargs['temperature']}"])

    monkeypatch.setattr(langchain.chat_models, "init_chat_model", fake_init_chat_model)
    monkeypatch.setenv("CSWRITER_MODEL", "deepseek:deepseek-chat")
    monkeypatch.setenv("CSWRITER_TIMEOUT", "30")

    backend = get_backend("langchain", max_retries=1)
    assert backend.complete(request(temperature=0.3)).text == "temperature=0.3"
    assert backend.complete(request(temperature=0.3)).text == "temperature=0.3"
    assert backend.complete(request(temperature=0.7, max_tokens=500)).text == "temperature=0.7"

    # One model per distinct parameter set (the one built up front is reused for 0.3).
    assert built == [
        {"model": "deepseek-chat", "model_provider": "deepseek", "temperature": 0.3,
         "timeout": 30.0, "max_retries": 1},
        {"model": "deepseek-chat", "model_provider": "deepseek", "temperature": 0.7,
         "max_tokens": 500, "timeout": 30.0, "max_retries": 1},
    ]


def test_status_without_and_with_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    status = LangChainBackend.status()
    assert status.configured is False and "provider:model" in status.detail

    monkeypatch.setenv("CSWRITER_MODEL", "upstage:solar-pro")
    status = LangChainBackend.status()
    if importlib.util.find_spec("langchain_upstage") is None:
        assert status.configured is False and "langchain-upstage" in status.detail

    monkeypatch.setenv("CSWRITER_MODEL", "no-provider")
    assert "缺少提供方" in LangChainBackend.status().detail


@pytest.mark.skipif(
    importlib.util.find_spec("langchain_deepseek") is not None, reason="integration installed"
)
def test_a_missing_provider_package_names_the_cswriter_extra() -> None:
    with pytest.raises(UserError) as caught:
        LangChainBackend(model="deepseek:deepseek-chat")
    assert "langchain-deepseek" in caught.value.message
    assert caught.value.hint == 'pip install "cswriter[langchain-deepseek]"'


def test_without_langchain_installed_the_message_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "langchain.chat_models", None)  # import fails
    with pytest.raises(UserError, match="可选组件") as caught:
        LangChainBackend(model="deepseek:deepseek-chat")
    assert 'pip install "cswriter[langchain]"' in (caught.value.hint or "")


def test_qwen_goes_through_dashscopes_openai_compatible_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    import langchain.chat_models

    built: list[dict[str, Any]] = []

    def fake_init_chat_model(model: str, **kwargs: Any) -> FakeListChatModel:
        built.append({"model": model, **kwargs})
        return FakeListChatModel(responses=["好的。"])

    monkeypatch.setattr(langchain.chat_models, "init_chat_model", fake_init_chat_model)
    monkeypatch.delenv("DASHSCOPE_API_KEY", raising=False)
    with pytest.raises(UserError, match="DASHSCOPE_API_KEY"):
        LangChainBackend(model="qwen:qwen-plus")
    monkeypatch.setenv("DASHSCOPE_API_KEY", "ds-test-0123456789")
    LangChainBackend(model="tongyi:qwen-plus")
    (call,) = built
    assert call["model_provider"] == "openai" and call["model"] == "qwen-plus"
    assert call["base_url"].startswith("https://dashscope.aliyuncs.com/compatible-mode/")
    assert call["extra_body"] == {"enable_thinking": False}  # Qwen3 refuses non-streaming otherwise


def test_thinking_off_reaches_langchain_in_each_providers_terms() -> None:
    from cswriter.backends.langchain_backend import thinking_kwargs

    assert thinking_kwargs("ollama", False, None) == {"reasoning": False}
    assert thinking_kwargs("qwen", True, {"top_k": 20}) == {"extra_body": {"top_k": 20, "enable_thinking": True}}
    assert thinking_kwargs("deepseek", None, None) == {}


def test_a_provider_error_echoing_a_key_of_any_prefix_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    from cswriter.errors import BackendError

    monkeypatch.setenv("MOONSHOT_API_KEY", "ms-0123456789abcdefXYZ")

    class Leaky(FakeListChatModel):
        def invoke(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("invalid api key ms-0123456789abcdefXYZ for https://example")

    backend = LangChainBackend(chat_model=Leaky(responses=["x"]))
    with pytest.raises(BackendError) as caught:
        backend.complete(request())
    assert "ms-0123456789abcdefXYZ" not in str(caught.value)


def test_reasoning_in_a_langchain_reply_is_removed_before_the_draft(tmp_path, monkeypatch) -> None:
    from pathlib import Path

    from cswriter.draft import DraftOptions, draft_document
    from cswriter.facts.model import load_facts

    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path))
    facts = load_facts(Path(__file__).resolve().parent.parent / "fixtures" / "year-end-agent.yaml")
    backend = LangChainBackend(chat_model=FakeListChatModel(
        responses=["<think>也许是 99.9%?</think>我组织跨部门研讨会8次。"]))
    draft = draft_document(facts, backend, DraftOptions(only=["teamwork"], use_cache=False, max_repairs=0))
    assert draft.sections[0].text == "我组织跨部门研讨会8次。" and draft.ok
    assert draft.redacted  # a model backend: prompts are masked


def test_a_reply_that_takes_longer_than_the_timeout_is_given_up_with_a_message(monkeypatch) -> None:
    """CSWRITER_TIMEOUT is the whole reply's limit with LangChain too: a provider that never
    finishes cannot hold the run (the OpenAI backend enforces the same)."""
    import time

    monkeypatch.setenv("CSWRITER_TIMEOUT", "0.3")
    backend = LangChainBackend(chat_model=FakeListChatModel(responses=["迟到的回复。"], sleep=5))
    started = time.monotonic()
    with pytest.raises(BackendError) as caught:
        backend.complete(request())
    assert time.monotonic() - started < 3
    assert "0.3 秒内没有给出完整的回复" in str(caught.value) and "CSWRITER_TIMEOUT" in (caught.value.hint or "")


def test_a_reply_within_the_timeout_is_kept(monkeypatch) -> None:
    monkeypatch.setenv("CSWRITER_TIMEOUT", "5")
    backend = LangChainBackend(chat_model=FakeListChatModel(responses=["按时的回复。"], sleep=0.05))
    assert backend.complete(request()).text == "按时的回复。"
