"""The `openai` backend: the official SDK against OpenAI or any OpenAI-compatible server.

Configuration comes from the environment the SDK already knows (`OPENAI_API_KEY`,
`OPENAI_BASE_URL`), so DeepSeek, Qwen (DashScope compatible mode), Ollama and vLLM work by
pointing `OPENAI_BASE_URL` at them. Timeouts and retries are the SDK's own client options
(it honours `Retry-After` on 429 and backs off on 5xx and timeouts); we only choose the
values and translate what is left of a failure into a Chinese `BackendError`.

`openai` is imported inside methods: importing this module must stay cheap, because
`cswriter backends` loads every backend class to list it.
"""

from __future__ import annotations

import os
import threading
from typing import Any, ClassVar

from cswriter.backends.base import (
    DEFAULT_REPLY_SECONDS,
    ENV_MAX_RETRIES,
    ENV_TIMEOUT,
    Backend,
    BackendStatus,
    Completion,
    CompletionRequest,
    is_local_url,
    is_loopback_url,
    option_or_env_float,
    option_or_env_int,
    scrub_secrets,
    shorten,
    url_host,
)
from cswriter.backends.providers import (
    PROVIDERS,
    adaptation_for_message,
    apply_adaptation as _apply_adaptation,
    normalized_url,
    provider_of,
    thinking_params,
)
from cswriter.backends.replies import MAX_REPLY_CHARS, bound_reply
from cswriter.errors import BackendError, CredentialsError, UserError

ENV_API_KEY = "OPENAI_API_KEY"
ENV_BASE_URL = "OPENAI_BASE_URL"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT = DEFAULT_REPLY_SECONDS
DEFAULT_MAX_RETRIES = 2
# Local servers (Ollama, vLLM) ignore the key, but the SDK refuses to start without one.
_LOCAL_PLACEHOLDER_KEY = "not-needed-for-local-server"


class OpenAIBackend(Backend):
    """Chat completions through the official `openai` SDK."""

    name: ClassVar[str] = "openai"
    description: ClassVar[str] = (
        "OpenAI 官方 SDK；设置 OPENAI_BASE_URL 即可接 DeepSeek、通义千问、Ollama、vLLM 等兼容服务"
    )
    local: ClassVar[bool] = False
    """Not known to be local until a base URL says so; each instance sets its own `local`."""
    default_model: ClassVar[str | None] = "gpt-4o-mini"

    def __init__(
        self,
        model: str | None = None,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        stream: bool | None = None,
        extra_body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        thinking: bool | None = None,
        provider: str | None = None,
        **options: Any,
    ) -> None:
        """
        Args:
            api_key: defaults to `OPENAI_API_KEY`; not needed for a server on localhost.
            base_url: defaults to `OPENAI_BASE_URL`, else the OpenAI API.
            timeout: seconds per attempt; defaults to `CSWRITER_TIMEOUT`, else 120.
            max_retries: SDK retries after the first attempt; `CSWRITER_MAX_RETRIES`, else 2.
            stream: ask for a streamed reply and assemble the deltas.
            extra_body: provider options merged into every request body (DashScope's
                `enable_thinking`, vLLM's `chat_template_kwargs`, …).
            headers: extra HTTP headers sent with every request.
            thinking: False asks a reasoning model not to think, in the provider's own terms
                (see `cswriter.backends.providers`); None leaves the provider's default.
            provider: whose quirks to expect (openai, dashscope, deepseek, ollama, generic)
                when the base URL does not tell (a gateway on localhost).
        """
        super().__init__(model, **options)
        from cswriter.backends.settings import SOURCE_DEFAULT, source_env

        env_url = os.environ.get(ENV_BASE_URL) or None
        self.base_url = base_url or env_url
        # Where the host in use came from, for `backends` and the draft's first line.
        self.base_url_source = str(options.get("base_url_source") or (
            "调用方" if base_url else source_env() if env_url else SOURCE_DEFAULT))
        # A server on a loopback address (Ollama, vLLM on localhost) keeps prompts on this
        # machine, so drafting need not redact them; any other host is treated as remote.
        self.local = is_loopback_url(self.base_url)
        self.timeout = option_or_env_float(timeout, ENV_TIMEOUT, DEFAULT_TIMEOUT)
        self.max_retries = option_or_env_int(max_retries, ENV_MAX_RETRIES, DEFAULT_MAX_RETRIES)
        self.stream = bool(stream)
        self.extra_body = dict(extra_body or {})
        self.headers = {str(k): str(v) for k, v in (headers or {}).items()}
        self.thinking = thinking
        self.provider = (provider or "").strip().lower() or provider_of(self.base_url)
        if self.provider not in PROVIDERS:
            raise UserError(f"不认识的服务商 {provider!r}(provider)。",
                            hint="可选：" + "、".join(PROVIDERS) + "。")
        # Parameters the server refused during this run (400 naming them), so later requests
        # are sent without them instead of failing and retrying each time.
        self._adapted: dict[str, str] = {}
        self._adapt_lock = threading.Lock()
        key = api_key or os.environ.get(ENV_API_KEY) or None
        if api_key is None and key is not None and self.base_url_source.startswith("配置文件"):
            key = self._key_for_file_host(key, env_url)
        key_owner = provider_of(self.base_url)
        if key_owner == "generic":  # a key saved for this host only
            key_owner = url_host(self.base_url or DEFAULT_BASE_URL) or key_owner
        if key is None:  # the provider's own variable, or a key saved with `cswriter keys set`
            from cswriter.backends.keys import key_for

            key = key_for(key_owner)
        if key is None:
            if not is_local_url(self.base_url):
                raise UserError(
                    f"使用 openai 后端需要 API 密钥：设置环境变量 {ENV_API_KEY}，"
                    f"或运行 cswriter keys set {key_owner} 保存。",
                    hint=(
                        "兼容服务同样用这个变量，例如 DeepSeek：export OPENAI_API_KEY=… "
                        "OPENAI_BASE_URL=https://api.deepseek.com/v1；本机的 Ollama、vLLM 无需密钥。"
                        "不想联网可用 --backend offline。"
                    ),
                )
            key = _LOCAL_PLACEHOLDER_KEY
        self._api_key = key
        self._client: Any = None
        self._client_lock = threading.Lock()

    def _key_for_file_host(self, key: str, env_url: str | None) -> str | None:
        """The environment's key is for the environment's host (or OpenAI's): a host a config
        file names gets it only when it is that same host. A local server gets a placeholder;
        any other host is refused, so a file cannot send the key somewhere else."""
        key_host = url_host(env_url or DEFAULT_BASE_URL)
        if url_host(self.base_url) == key_host:
            return key
        if is_local_url(self.base_url):
            return _LOCAL_PLACEHOLDER_KEY
        raise UserError(
            f"{self.base_url_source} 把服务地址设为 {url_host(self.base_url)}，但环境变量 {ENV_API_KEY} "
            f"是为 {key_host} 配置的；为保护密钥，不会把它发给配置文件指定的其他服务器。",
            hint=f"如确实要用 {url_host(self.base_url)}，请在环境变量中设置 {ENV_BASE_URL}。")

    @property
    def where(self) -> str:
        """The host requests go to and where that came from, e.g. "api.deepseek.com（环境变量 OPENAI_BASE_URL）"."""
        return f"{self.host}（{self.base_url_source}）"

    # --- client --------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return url_host(self.base_url) or url_host(DEFAULT_BASE_URL) or "api.openai.com"

    def _get_client(self) -> Any:
        # One client per backend: it pools connections and is safe to share between threads.
        with self._client_lock:
            if self._client is None:
                import openai

                # Redirects are not followed: a gateway that answers 30x would otherwise
                # re-send the whole prompt to a host the user never configured.
                http_client = openai.DefaultHttpxClient(follow_redirects=False,
                                                        timeout=self.timeout)
                self._client = openai.OpenAI(
                    api_key=self._api_key,
                    base_url=self.base_url,
                    timeout=self.timeout,
                    max_retries=self.max_retries,
                    default_headers=self.headers or None,
                    http_client=http_client,
                )
            return self._client

    # --- the backend ---------------------------------------------------------------------

    def cache_identity(self) -> dict[str, Any]:
        # The server (scheme, host, port and path: two gateways on one host differ) and every
        # option that changes what the model is asked; never the key or query strings.
        return {**super().cache_identity(), "base_url": normalized_url(self.base_url or DEFAULT_BASE_URL),
                "extra_body": self.extra_body, "thinking": self.thinking, "provider": self.provider,
                "header_names": sorted(name.lower() for name in self.headers)}

    def request_params(self, request: CompletionRequest) -> dict[str, Any]:
        """The JSON body for one request, with this run's adaptations applied."""
        model = request.model or self.model or self.default_model
        assert model is not None
        params: dict[str, Any] = {
            "model": model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "temperature": request.temperature,
        }
        if request.max_tokens is not None:
            params["max_tokens"] = request.max_tokens
        extra = dict(self.extra_body)
        top, body = thinking_params(self.provider, model, self.thinking, stream=self.stream)
        known = {name: "drop" for name in top.pop("__drop__", [])}
        known.update({name: "rename" for name in top.pop("__rename__", {})})
        params.update(top)
        for key, value in body.items():
            extra.setdefault(key, value)
        with self._adapt_lock:
            adapted = {**known, **self._adapted}
        for name, how in adapted.items():
            _apply_adaptation(params, extra, name, how)
        if extra:
            params["extra_body"] = extra
        return params

    def complete(self, request: CompletionRequest) -> Completion:
        client = self._get_client()
        tried: set[str] = set()
        while True:
            params = self.request_params(request)
            model = params["model"]
            try:
                if self.stream:
                    completion = self._complete_streaming(client, params)
                else:
                    completion = self._complete_once(client, params)
                break
            except BackendError:
                raise
            except Exception as error:
                adaptation = self._adaptation_for(error, params)
                if adaptation is not None and adaptation[0] not in tried:
                    tried.add(adaptation[0])
                    with self._adapt_lock:
                        self._adapted[adaptation[0]] = adaptation[1]
                    continue
                raise self._translate(error, model) from error
        if not completion.text.strip():
            raise BackendError(self._empty_message(model, completion.finish_reason))
        return completion

    def _adaptation_for(self, error: Exception, params: dict[str, Any]) -> tuple[str, str] | None:
        """What to change when a 400 names a parameter this server does not take."""
        import openai

        if not isinstance(error, openai.BadRequestError):
            return None
        text = f"{getattr(error, 'message', '')} {error}".lower()
        body = getattr(error, "body", None)
        param = str(body.get("param") or "").lower() if isinstance(body, dict) else ""
        return adaptation_for_message(text, param, params)

    def _deadline(self, close: Any) -> tuple[threading.Timer, threading.Event]:
        """A watchdog that closes the HTTP response when the reply is not complete within
        the timeout: the SDK's timeout is per read, so a server dripping a byte at a time
        would otherwise hold the run for as long as it likes."""
        fired = threading.Event()

        def expire() -> None:
            fired.set()
            try:
                close()
            except Exception:  # noqa: BLE001 - closing is best effort; the reader sees it
                pass

        timer = threading.Timer(self.timeout, expire)
        timer.daemon = True
        timer.start()
        return timer, fired

    def _too_slow(self, model: str) -> BackendError:
        return BackendError(
            f"{self.host} 在 {self.timeout:g} 秒内没有给出完整的回复（模型 {model}），已停止等待。",
            hint=f"{ENV_TIMEOUT} 是每次回复的总时限；服务较慢时可调大，例如 export {ENV_TIMEOUT}=300。")

    def _complete_once(self, client: Any, params: dict[str, Any]) -> Completion:
        model = params["model"]
        streaming = getattr(client.chat.completions, "with_streaming_response", None)
        if streaming is None:  # a stand-in client (tests, wrappers): no body to watch
            return self._completion_from(client.chat.completions.create(**params), model)
        with streaming.create(**params) as raw:
            timer, fired = self._deadline(raw.http_response.close)
            try:
                response = raw.parse()
            except Exception:
                if fired.is_set():
                    raise self._too_slow(model) from None
                raise
            finally:
                timer.cancel()
            if fired.is_set():
                raise self._too_slow(model)
        return self._completion_from(response, model)

    def _completion_from(self, response: Any, model: str) -> Completion:
        # Without a JSON content type the SDK hands back the raw text instead of a model.
        if isinstance(response, (str, bytes)) or not hasattr(response, "choices"):
            raise BackendError(self._malformed_message(model))
        choices = getattr(response, "choices", None) or []
        if not choices:
            raise BackendError(self._empty_message(model, None))
        choice = choices[0]
        message = getattr(choice, "message", None)
        content = getattr(message, "content", None)
        finish_reason = getattr(choice, "finish_reason", None)
        if not isinstance(content, str):
            raise BackendError(self._empty_message(model, finish_reason))
        content, cut = bound_reply(content)
        if cut:
            finish_reason = "length"
        return Completion(
            text=content,
            model=getattr(response, "model", None) or model,
            usage=_usage_dict(getattr(response, "usage", None)),
            finish_reason=finish_reason,
        )

    def _complete_streaming(self, client: Any, params: dict[str, Any]) -> Completion:
        parts: list[str] = []
        finish_reason: str | None = None
        reply_model: str | None = None
        usage: dict[str, int] | None = None
        size = 0
        stream = client.chat.completions.create(**params, stream=True)
        timer, fired = self._deadline(getattr(stream, "close", lambda: None))
        try:
            for chunk in self._until_deadline(stream, fired, params["model"]):
                if size > MAX_REPLY_CHARS:
                    finish_reason = "length"  # a runaway reply: stop reading, keep it bounded
                    break
                reply_model = getattr(chunk, "model", None) or reply_model
                usage = _usage_dict(getattr(chunk, "usage", None)) or usage
                for choice in getattr(chunk, "choices", None) or []:
                    if getattr(choice, "index", 0) != 0:
                        continue
                    delta = getattr(choice, "delta", None)
                    text = getattr(delta, "content", None)
                    if isinstance(text, str):
                        parts.append(text)
                        size += len(text)
                    finish_reason = getattr(choice, "finish_reason", None) or finish_reason
        finally:
            timer.cancel()
            close = getattr(stream, "close", None)
            if close is not None:
                close()
        if fired.is_set():
            raise self._too_slow(params["model"])
        text, cut = bound_reply("".join(parts))
        if cut:
            finish_reason = "length"
        # A stream that ends without a finish reason was cut off (connection closed early):
        # the reply is incomplete, and is never cached as if it were whole.
        return Completion(
            text=text,
            model=reply_model or params["model"],
            usage=usage,
            finish_reason=finish_reason or "incomplete",
        )

    def _until_deadline(self, stream: Any, fired: threading.Event, model: str) -> Any:
        try:
            for chunk in stream:
                if fired.is_set():
                    raise self._too_slow(model)
                yield chunk
        except BackendError:
            raise
        except Exception:
            if fired.is_set():
                raise self._too_slow(model) from None
            raise

    # --- errors ----------------------------------------------------------------------------

    def _tries(self) -> str:
        return f"（共尝试 {self.max_retries + 1} 次）"

    def _server_says(self, error: Any) -> str:
        text = getattr(error, "message", None) or str(error)
        text = scrub_secrets(shorten(str(text)), self._api_key)
        return f"服务端说明：{text}" if text else ""

    def _malformed_message(self, model: str) -> str:
        return f"{self.host} 返回的内容不是有效的 JSON 或不是聊天补全格式（模型 {model}），请确认 OPENAI_BASE_URL 指向兼容 OpenAI 的 /v1 接口。"

    def _empty_message(self, model: str, finish_reason: str | None) -> str:
        why = {
            "content_filter": "回复被服务端的内容审核拦截",
            "length": "回复在生成文字前就达到了长度上限",
        }.get(finish_reason or "", "没有返回任何文字")
        return f"模型 {model} 返回了空回复：{why}。可稍后重试，或换一个模型。"

    def _translate(self, error: Exception, model: str) -> BackendError:
        """A Chinese `BackendError` for whatever the SDK raised after its retries."""
        import json

        import openai

        host = self.host
        if isinstance(error, openai.APITimeoutError):
            return BackendError(
                f"请求 {host} 超时：{self.timeout:g} 秒内没有得到回复{self._tries()}。",
                hint=f"服务较慢时可调大超时，例如 export {ENV_TIMEOUT}=300。",
            )
        if isinstance(error, openai.APIConnectionError):
            cause = error.__cause__ or error.__context__
            detail = f"({type(cause).__name__})" if cause else ""
            return BackendError(
                f"无法连接到 {host}{detail}{self._tries()}。",
                hint="请检查网络和 OPENAI_BASE_URL；本机的 Ollama、vLLM 要先启动服务。",
            )
        if isinstance(error, openai.AuthenticationError):
            return CredentialsError(
                f"{host} 拒绝了 API 密钥（401）。{self._server_says(error)}",
                hint=f"请检查 {ENV_API_KEY} 是否正确，是否属于 {host} 这家服务。",
            )
        if isinstance(error, openai.PermissionDeniedError):
            return CredentialsError(
                f"{host} 不允许使用模型 {model}(403)。{self._server_says(error)}",
                hint="请确认账号已开通该模型，或换一个模型（--model）。",
            )
        if isinstance(error, openai.NotFoundError):
            return BackendError(
                f"{host} 上找不到模型 {model} 或聊天接口（404）。{self._server_says(error)}",
                hint="请检查 --model / CSWRITER_MODEL 的模型名，以及 OPENAI_BASE_URL 是否以 /v1 结尾。",
            )
        if isinstance(error, openai.RateLimitError):
            return BackendError(
                f"{host} 限流或额度不足（429）{self._tries()}。{self._server_says(error)}",
                hint=f"稍后重试，降低 --concurrency，或调大 {ENV_MAX_RETRIES}。",
            )
        if isinstance(error, openai.BadRequestError):
            return BackendError(
                f"{host} 拒绝了请求（400）。{self._server_says(error)}",
                hint="常见原因：模型名不对、提示词超出上下文长度、参数不受该服务支持。",
            )
        if isinstance(error, openai.APIStatusError) and 300 <= error.status_code < 400:
            location = error.response.headers.get("location") if error.response is not None else None
            target = url_host(location) if location else "另一个地址"
            return BackendError(
                f"{host} 要求把请求转到 {target}（{error.status_code}），为免提示词被发往未配置的服务器，没有跟随。",
                hint="请把 OPENAI_BASE_URL 直接设为最终的服务地址。",
            )
        if isinstance(error, openai.APIStatusError):
            status = error.status_code
            if status >= 500:
                return BackendError(
                    f"{host} 服务端出错（{status}）{self._tries()}。{self._server_says(error)}",
                    hint="这是服务方的问题，稍后重试即可。",
                )
            return BackendError(f"{host} 返回错误状态 {status}。{self._server_says(error)}")
        if isinstance(error, (openai.APIResponseValidationError, json.JSONDecodeError, ValueError)):
            return BackendError(self._malformed_message(model))
        if isinstance(error, openai.OpenAIError):
            return BackendError(
                f"调用 {host} 失败：{scrub_secrets(shorten(str(error)), self._api_key)}"
            )
        # httpx errors escaping a half-read stream, and anything else unexpected.
        return BackendError(
            f"调用 {host} 时出错：{type(error).__name__}: "
            f"{scrub_secrets(shorten(str(error)), self._api_key)}"
        )

    # --- status ----------------------------------------------------------------------------

    @classmethod
    def status(cls) -> BackendStatus:
        # Reads the environment and the work folder's config only: no SDK import, no network,
        # and never the key itself.
        from cswriter.backends.settings import SOURCE_DEFAULT, base_url_and_source

        try:
            base_url, source = base_url_and_source(cls.name)
        except UserError:
            base_url, source = os.environ.get(ENV_BASE_URL) or None, SOURCE_DEFAULT
        has_key = bool(os.environ.get(ENV_API_KEY))
        saved_for = None
        if not has_key:  # a provider's own variable or a key saved with `cswriter keys set`
            from cswriter.backends.keys import key_for

            owner = provider_of(base_url)
            if owner == "generic":
                owner = url_host(base_url or DEFAULT_BASE_URL) or owner
            if key_for(owner):
                has_key, saved_for = True, owner
        local_server = is_local_url(base_url)
        loopback = is_loopback_url(base_url)
        model = (os.environ.get("CSWRITER_MODEL") or "").strip() or cls.default_model
        parts: list[str] = []
        if saved_for:
            parts.append(f"{saved_for} 的密钥已设置（cswriter keys list 查看来源）")
        elif has_key:
            parts.append(f"{ENV_API_KEY} 已设置")
        elif local_server:
            parts.append(f"{ENV_API_KEY} 未设置（本机服务无需密钥）")
        else:
            parts.append(f"未设置 {ENV_API_KEY}")
        if base_url:
            where = f"服务地址 {url_host(base_url)}（来自{source}）"
            if loopback:
                where += "（本机地址；它可能是转发到云端的网关，提示词照常打码）"
            parts.append(where)
        else:
            parts.append(f"服务地址 {url_host(DEFAULT_BASE_URL)}(默认)")
        parts.append(f"模型 {model}")
        return BackendStatus(
            name=cls.name,
            configured=has_key or local_server,
            local=loopback,
            detail=";".join(parts),
        )


def _usage_dict(usage: Any) -> dict[str, int] | None:
    if usage is None:
        return None
    result: dict[str, int] = {}
    for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
        value = getattr(usage, key, None)
        if isinstance(value, int):
            result[key] = value
    return result or None
