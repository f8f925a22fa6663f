"""Providers as they really behave, each quirk played by a local server on 127.0.0.1.

Reasoning blocks in the content (Qwen3/R1 without a reasoning parser), reasoning models that
refuse `temperature` or `max_tokens` (OpenAI o-series, gpt-5), DashScope's Qwen3 refusing
non-streaming calls unless `enable_thinking` is false, gateways that redirect, streams cut
half-way, runaway replies, and a second server that must never get the first one's replies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cswriter.backends.base import CompletionRequest, Message
from cswriter.backends.openai_backend import OpenAIBackend
from cswriter.backends.registry import get_backend
from cswriter.backends.replies import MAX_REPLY_CHARS, strip_reasoning
from cswriter.draft import DraftOptions, draft_document
from cswriter.errors import BackendError, InputError
from cswriter.facts.model import load_facts

try:
    from openai_server import TEST_KEY, OpenAIServer, Reply, openai_server  # noqa: F401
except ImportError:  # pragma: no cover
    from tests.openai_server import TEST_KEY, OpenAIServer, Reply, openai_server  # noqa: F401

YEAR_END = Path(__file__).resolve().parent.parent / "fixtures" / "year-end-agent.yaml"
PLAIN = "本节内容依据事实撰写。"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("CSWRITER_STREAM", "CSWRITER_THINKING", "CSWRITER_EXTRA_BODY", "CSWRITER_HEADERS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no cswriter.toml from the repo


def request() -> CompletionRequest:
    return CompletionRequest(messages=[Message(role="user", content="写一句话。")], max_tokens=300)


def backend(**options) -> OpenAIBackend:
    options.setdefault("timeout", 3.0)
    options.setdefault("max_retries", 0)
    return OpenAIBackend(model=options.pop("model", "qwen3-32b"), **options)


def draft_work(b, **options):
    options.setdefault("use_cache", False)
    return draft_document(load_facts(YEAR_END), b, DraftOptions(only=["work"], max_repairs=0, **options))


# --- reasoning blocks ---------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "clean"), [
    ("<think>接通率是 99.9% 吗?再想想。</think>\n\n正文。", "正文。"),
    ("<think>\n</think>\n正文。", "正文。"),
    ("上级模板已经打开了思考:接通率 99.9%。</think>正文。", "正文。"),
    ("<THINKING>x</THINKING><think>y</think>正文。", "正文。"),
    ("<think>想到一半就被截断", ""),
    ("正文里提到 <think> 这个词。", "正文里提到 <think> 这个词。"),
])
def test_reasoning_is_removed_from_the_reply(raw, clean):
    assert strip_reasoning(raw) == clean


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.slow
def test_a_thinking_model_without_reasoning_parser_gives_a_clean_section(openai_server, stream):
    openai_server.default = Reply.ok(f"<think>接通率大概 99.9%,一共 777 单,我再核对。</think>\n{PLAIN}")
    draft = draft_work(backend(stream=stream))
    (section,) = draft.sections
    assert section.text == PLAIN
    assert draft.ok, section.findings


@pytest.mark.slow
def test_a_lone_closing_tag_drops_the_thinking_before_it(openai_server):
    openai_server.default = Reply.ok(f"好的,先算一下:12345 通。</think>{PLAIN}")
    (section,) = draft_work(backend()).sections
    assert section.text == PLAIN and section.ok


# --- parameters that adapt ------------------------------------------------------------------


def refuse(name: str, *, unless_model: str | None = None):
    def guard(path, body):
        if name in body and body.get("model") != unless_model:
            return Reply.unsupported_parameter(name)
        return None
    return guard


@pytest.mark.slow
def test_a_refused_temperature_is_dropped_and_remembered_for_the_run(openai_server):
    openai_server.guard = refuse("temperature")
    b = backend(model="reasoner-x")
    assert b.complete(request()).text.startswith("收到")
    assert b.complete(request()).text.startswith("收到")
    first, retry, second = openai_server.requests
    assert "temperature" in first.json and "temperature" not in retry.json
    assert "temperature" not in second.json  # remembered: no failed request the second time


@pytest.mark.slow
def test_max_tokens_becomes_max_completion_tokens(openai_server):
    openai_server.guard = refuse("max_tokens")
    b = backend(model="reasoner-x")
    b.complete(request())
    first, retry = openai_server.requests
    assert first.json["max_tokens"] == 300
    assert "max_tokens" not in retry.json and retry.json["max_completion_tokens"] == 300


@pytest.mark.slow
def test_an_openai_reasoning_model_is_asked_right_the_first_time(openai_server):
    openai_server.guard = lambda path, body: (Reply.unsupported_parameter("temperature")
                                              if "temperature" in body else None)
    backend(model="o4-mini", provider="openai", thinking=False).complete(request())
    (sent,) = openai_server.requests
    assert "temperature" not in sent.json and sent.json["max_completion_tokens"] == 300
    assert sent.json["reasoning_effort"] == "low"


@pytest.mark.slow
def test_a_parameter_refused_twice_is_a_clear_error(openai_server):
    openai_server.default = Reply.unsupported_parameter("temperature")
    with pytest.raises(BackendError, match="400"):
        backend(model="reasoner-x").complete(request())
    assert len(openai_server.requests) == 2  # one retry, not a loop


# --- thinking switch per provider -----------------------------------------------------------

DASHSCOPE_REFUSAL = Reply.error(
    400, "parameter.enable_thinking must be set to false for non-streaming calls", "invalid_parameter_error")


def dashscope_guard(path, body):
    if not body.get("stream") and body.get("enable_thinking") is not False:
        return DASHSCOPE_REFUSAL
    return None


@pytest.mark.slow
def test_dashscope_qwen3_non_streaming_gets_enable_thinking_false(openai_server):
    openai_server.guard = dashscope_guard
    backend(provider="dashscope").complete(request())
    (sent,) = openai_server.requests
    assert sent.json["enable_thinking"] is False


@pytest.mark.slow
def test_dashscope_refusal_on_an_unknown_gateway_is_adapted_to(openai_server):
    openai_server.guard = dashscope_guard
    b = backend()  # a gateway on localhost: the provider is not known
    b.complete(request())
    b.complete(request())
    assert [r.json.get("enable_thinking") for r in openai_server.requests] == [None, False, False]


@pytest.mark.parametrize(("provider", "field", "value"), [
    ("ollama", "reasoning_effort", "none"),
    ("generic", "chat_template_kwargs", {"enable_thinking": False}),
    ("dashscope", "enable_thinking", False),
])
@pytest.mark.slow
def test_thinking_off_is_said_the_way_each_provider_takes_it(openai_server, provider, field, value):
    backend(provider=provider, thinking=False, stream=True).complete(request())
    assert openai_server.requests[0].json[field] == value


# --- options from the command line, the environment and cswriter.toml ------------------------


@pytest.mark.slow
def test_options_from_toml_environment_and_explicit_merge_in_that_order(openai_server, tmp_path, monkeypatch):
    (tmp_path / "cswriter.toml").write_text(
        '[backend.openai]\nmodel = "qwen3-8b"\nstream = true\n'
        'extra_body = { enable_thinking = false, top_k = 20 }\nheaders = { "X-Team" = "kefu" }\n',
        encoding="utf-8")
    monkeypatch.setenv("CSWRITER_EXTRA_BODY", '{"top_k": 40}')
    monkeypatch.setenv("CSWRITER_HEADERS", '{"X-Run": "nightly"}')
    b = get_backend("openai", None, stream=False)
    assert b.model == "qwen3-8b" and b.stream is False
    b.complete(request())
    sent = openai_server.requests[0]
    assert sent.json["enable_thinking"] is False and sent.json["top_k"] == 40
    assert sent.headers["x-team"] == "kefu" and sent.headers["x-run"] == "nightly"


@pytest.mark.parametrize(("content", "message"), [
    ('[backend.openai]\napi_key = "sk-x"\n', "不能写 API 密钥"),
    ('[backend.openai]\nstreem = true\n', "未知的设置项"),
    ('[backend.openai]\nstream = "maybe"\n', "on 或 off"),
    ('[backend.openai\n', "TOML 格式错误"),
])
def test_a_bad_backend_table_is_a_clear_message(tmp_path, content, message, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    (tmp_path / "cswriter.toml").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        get_backend("openai")


def test_bad_json_in_the_environment_is_a_clear_message(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
    monkeypatch.setenv("CSWRITER_EXTRA_BODY", "{enable_thinking: false}")
    with pytest.raises(InputError, match="CSWRITER_EXTRA_BODY 不是有效的 JSON"):
        get_backend("openai")


# --- redirects, cut streams, runaway replies ------------------------------------------------


@pytest.mark.slow
def test_a_redirect_is_not_followed_to_another_server(openai_server):
    with OpenAIServer() as elsewhere:
        openai_server.default = Reply.redirect(f"{elsewhere.base_url}/chat/completions")
        with pytest.raises(BackendError, match="没有跟随"):
            backend().complete(request())
        assert elsewhere.requests == []


@pytest.mark.slow
def test_a_cut_stream_is_a_finding_and_never_cached(openai_server):
    openai_server.default = Reply.cut_stream("本节内容依据事实撰写,全年共完成多项工作,具体情况如下所述。" * 3)
    first = draft_work(backend(stream=True), use_cache=True)
    assert not first.ok
    assert "DR902" in [f.code for f in first.sections[0].findings]
    openai_server.default = Reply.ok(PLAIN)
    second = draft_work(backend(stream=True), use_cache=True)
    assert second.ok and second.sections[0].text == PLAIN
    assert second.cache_hits == 0


@pytest.mark.slow
def test_a_runaway_reply_is_bounded(openai_server):
    openai_server.default = Reply.ok("很长的回复。" * (MAX_REPLY_CHARS // 3))
    completion = backend().complete(request())
    assert len(completion.text) <= MAX_REPLY_CHARS and completion.finish_reason == "length"


@pytest.mark.parametrize(("reply", "code"), [
    ("This section summarises the team's work in 2025 with steady growth.", "DR903"),
    ("<think>只想不写", "DR901"),
    ("今天天气晴朗，我们去公园散步，看见湖边的柳树发芽了，春天真的来到了人间，让人心情愉快。", "DR904"),
])
@pytest.mark.slow
def test_a_reply_that_is_not_an_answer_is_a_finding_not_a_clean_exit(openai_server, reply, code):
    openai_server.default = Reply.ok(reply)
    draft = draft_work(backend())
    assert not draft.ok
    assert code in [f.code for f in draft.sections[0].findings]


# --- the cache knows which server answered ------------------------------------------------------


@pytest.mark.slow
def test_another_server_never_gets_the_first_servers_replies(openai_server, monkeypatch):
    openai_server.default = Reply.ok(PLAIN)
    assert draft_work(backend(), use_cache=True).ok
    assert draft_work(backend(), use_cache=True).cache_hits == 1  # same server: cached
    with OpenAIServer(default=Reply.server_error(500)) as broken:
        monkeypatch.setenv("OPENAI_BASE_URL", broken.base_url)
        with pytest.raises(BackendError, match="500"):
            draft_work(backend(), use_cache=True)
        assert len(broken.requests) == 1


@pytest.mark.slow
def test_the_same_host_on_another_path_is_another_cache_entry(openai_server):
    from cswriter.draft.cache import request_key

    a = backend(base_url=f"http://127.0.0.1:{openai_server.port}/gateway-a/v1")
    b = backend(base_url=f"http://127.0.0.1:{openai_server.port}/gateway-b/v1")
    c = backend(base_url=f"http://127.0.0.1:{openai_server.port}/gateway-a/v1?key=secret")
    assert request_key(a, request()) != request_key(b, request())
    assert request_key(a, request()) == request_key(c, request())  # a query string is not the server


# --- keys never printed, whatever their prefix ----------------------------------------------


def test_keys_in_error_messages_are_masked_whatever_their_prefix(monkeypatch):
    from cswriter.backends.base import scrub_secrets

    monkeypatch.setenv("DASHSCOPE_API_KEY", "ds-abcdef0123456789")
    text = scrub_secrets("401: invalid key ds-abcdef0123456789; Authorization: Bearer qwerty-987654321xyz")
    assert "ds-abcdef0123456789" not in text and "qwerty-987654321xyz" not in text


@pytest.mark.slow
def test_provider_options_from_the_command_line_reach_the_server(openai_server, tmp_path):
    from click.testing import CliRunner

    from cswriter.cli import app

    openai_server.default = Reply.ok(PLAIN)
    result = CliRunner().invoke(app, [
        "draft", str(YEAR_END), "--backend", "openai", "--model", "qwen3-32b", "--no-cache",
        "--stream", "--no-thinking", "--extra-body", '{"top_k": 20}', "--header", "X-Team: kefu",
        "-o", str(tmp_path / "out.md")])
    assert result.exit_code in (0, 1), result.output
    sent = openai_server.requests[0]
    assert sent.json["stream"] is True and sent.json["top_k"] == 20
    assert sent.json["chat_template_kwargs"] == {"enable_thinking": False}  # generic server
    assert sent.headers["x-team"] == "kefu"


@pytest.mark.parametrize(("args", "message"), [
    (["--extra-body", "{top_k: 20}"], "--extra-body 不是有效的 JSON"),
    (["--extra-body", "[1]"], "应为 JSON 对象"),
    (["--header", "no colon"], "NAME: VALUE"),
])
@pytest.mark.slow
def test_bad_provider_options_on_the_command_line_are_exit_2(openai_server, args, message):
    from click.testing import CliRunner

    from cswriter.cli import app

    result = CliRunner().invoke(app, ["draft", str(YEAR_END), "--backend", "openai", *args])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    assert openai_server.requests == []
