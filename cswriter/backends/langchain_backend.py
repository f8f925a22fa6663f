"""The `langchain` backend: any chat model LangChain can build, chosen as `provider:model`.

    cswriter draft 事实.yaml --backend langchain --model anthropic:claude-sonnet-4-5
    cswriter draft 事实.yaml --backend langchain --model ollama:qwen2.5:7b

Models are built with `langchain.chat_models.init_chat_model`, which needs the provider's
integration package (`langchain-openai`, `langchain-anthropic`, `langchain-ollama`, ...).
Tests and embedding programs may pass a ready chat model instead (`chat_model=`), e.g.
`GenericFakeChatModel` from `langchain_core`. LangChain is imported only when the backend is
built, never when it is listed.
"""

from __future__ import annotations

import importlib.util
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
    Message,
    option_or_env_float,
    option_or_env_int,
    scrub_secrets,
    shorten,
)
from cswriter.errors import BackendError, UserError

MODEL_EXAMPLES = "deepseek:deepseek-chat、ollama:qwen2.5:7b、openai:gpt-4o-mini、qwen:qwen-plus"

# The extras of cswriter that bring a provider's integration package (pyproject.toml).
# The extra that installs a provider's integration, named after the package it brings
# (`cswriter[langchain-openai]`); the old short names (openai, deepseek …) still work.
EXTRAS = {"deepseek": "langchain-deepseek", "ollama": "langchain-ollama", "openai": "langchain-openai",
          "qwen": "langchain-openai"}

# Qwen is not an `init_chat_model` provider: it is reached through DashScope's
# OpenAI-compatible endpoint with LangChain's OpenAI integration.
QWEN_ALIASES = ("qwen", "tongyi", "dashscope")
DASHSCOPE_BASE_URL = "https://dashscope.aliyuncs.com/compatible-mode/v1"

# Integration packages whose name does not follow `langchain_<provider>`; used only to tell
# the user what to install, the real mapping is LangChain's own.
_PACKAGE_EXCEPTIONS = {
    "azure_openai": "langchain_openai",
    "bedrock": "langchain_aws",
    "bedrock_converse": "langchain_aws",
    "anthropic_bedrock": "langchain_aws",
    "azure_ai": "langchain_azure_ai",
    "nvidia": "langchain_nvidia_ai_endpoints",
    "langsmith": "langchain_openai",
}


def parse_model_spec(spec: str | None) -> tuple[str, str]:
    """Split `provider:model` (the model may itself contain colons, as in Ollama tags).

    Raises `UserError` with a Chinese message when the spec is missing or malformed.
    """
    if spec is None or not spec.strip():
        raise UserError(
            "langchain 后端需要用 --model 指定 provider:model。",
            hint=f"例如 {MODEL_EXAMPLES}；也可设置环境变量 CSWRITER_MODEL。",
        )
    provider, sep, model = spec.strip().partition(":")
    provider = provider.strip().replace("-", "_").lower()
    model = model.strip()
    if not sep:
        raise UserError(
            f"模型 {spec!r} 缺少提供方：langchain 后端的模型要写成 provider:model。",
            hint=f"例如 {MODEL_EXAMPLES}。",
        )
    if not provider:
        raise UserError(f"模型 {spec!r} 的提供方为空（冒号前面要写提供方，如 openai）。",
                        hint=f"例如 {MODEL_EXAMPLES}。")
    if not model:
        raise UserError(f"模型 {spec!r} 的模型名为空（冒号后面要写模型名）。",
                        hint=f"例如 {MODEL_EXAMPLES}。")
    if not provider.replace("_", "").isalnum():
        raise UserError(f"提供方 {provider!r} 不是合法的名称。", hint=f"例如 {MODEL_EXAMPLES}。")
    return provider, model


def integration_package(provider: str) -> str:
    if provider in QWEN_ALIASES:
        return "langchain_openai"
    return _PACKAGE_EXCEPTIONS.get(provider, f"langchain_{provider}")


def install_hint(provider: str | None) -> str:
    """The exact `pip install` that makes a provider usable."""
    if provider in QWEN_ALIASES:
        provider = "qwen"
    extra = EXTRAS.get(provider or "")
    if extra:
        return f'pip install "cswriter[{extra}]"'
    if provider is None:
        return 'pip install "cswriter[langchain]"'
    package = integration_package(provider).replace("_", "-")
    return f'pip install "cswriter[langchain]" {package}'


def thinking_kwargs(provider: str | None, thinking: bool | None,
                    extra_body: dict[str, Any] | None) -> dict[str, Any]:
    """Constructor arguments carrying the thinking switch and provider options to LangChain.

    Qwen3 on DashScope refuses non-streaming calls unless `enable_thinking` is false, so it
    is sent by default; Ollama's chat model takes `reasoning`; OpenAI-compatible models take
    the extra body as is."""
    kwargs: dict[str, Any] = {}
    body = dict(extra_body or {})
    if provider in QWEN_ALIASES:
        body.setdefault("enable_thinking", bool(thinking))
    elif provider == "ollama" and thinking is not None:
        kwargs["reasoning"] = thinking
    if body and provider in (*QWEN_ALIASES, "openai", "deepseek"):
        kwargs["extra_body"] = body
    return kwargs


def _langchain_missing() -> UserError:
    return UserError("langchain 后端需要先安装 LangChain（它是可选组件，默认不安装）。",
                     hint=f'{install_hint(None)}；或连同提供方一起装，如 pip install "cswriter[langchain-deepseek]"。')


class LangChainBackend(Backend):
    """Chat models through LangChain's `init_chat_model`, or an injected chat model."""

    name: ClassVar[str] = "langchain"
    description: ClassVar[str] = "通过 LangChain 调用各家模型；--model 写成 provider:model"
    local: ClassVar[bool] = False

    def __init__(
        self,
        model: str | None = None,
        *,
        chat_model: Any = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        **options: Any,
    ) -> None:
        """
        Args:
            model: `provider:model`; ignored (kept for logs) when `chat_model` is given.
            chat_model: a ready `BaseChatModel` to use as is (tests, embedding programs).
            timeout, max_retries: passed to the provider's model when set here or through
                `CSWRITER_TIMEOUT` / `CSWRITER_MAX_RETRIES`; otherwise the provider's defaults.
        """
        super().__init__(model, **options)
        self._lock = threading.Lock()
        self._models: dict[tuple[float, int | None], Any] = {}
        self._injected = chat_model
        self.provider: str | None = None
        self.model_name: str | None = None
        # The whole reply's time limit, whatever the provider's client does with its own
        # timeout (many apply it per read, and some retry inside `invoke`).
        self.deadline = option_or_env_float(timeout, ENV_TIMEOUT, DEFAULT_REPLY_SECONDS)
        if chat_model is not None:
            self.model = model or type(chat_model).__name__
            return
        self.provider, self.model_name = parse_model_spec(model)
        self._init_kwargs: dict[str, Any] = dict(options.get("model_kwargs") or {})
        seconds = option_or_env_float(timeout, ENV_TIMEOUT, None)
        if seconds is not None:
            self._init_kwargs["timeout"] = seconds
        if max_retries is not None or os.environ.get(ENV_MAX_RETRIES):
            self._init_kwargs["max_retries"] = option_or_env_int(max_retries, ENV_MAX_RETRIES, 0)
        self._init_kwargs.update(thinking_kwargs(self.provider, options.get("thinking"),
                                                 options.get("extra_body")))
        # Build one model now so a wrong provider or a missing package fails before drafting.
        self._chat_model(0.3, None)

    def _chat_model(self, temperature: float, max_tokens: int | None) -> Any:
        """The chat model for these parameters (constructor arguments are the portable way)."""
        if self._injected is not None:
            return self._injected
        key = (temperature, max_tokens)
        with self._lock:
            if key not in self._models:
                self._models[key] = self._build(temperature, max_tokens)
            return self._models[key]

    def _build(self, temperature: float, max_tokens: int | None) -> Any:
        try:
            from langchain.chat_models import init_chat_model
        except ImportError:
            raise _langchain_missing() from None

        assert self.provider is not None and self.model_name is not None
        kwargs = dict(self._init_kwargs, temperature=temperature)
        if max_tokens is not None:
            kwargs["max_tokens"] = max_tokens
        spec = f"{self.provider}:{self.model_name}"
        provider = self.provider
        if provider in QWEN_ALIASES:
            provider = "openai"
            kwargs.setdefault("base_url", os.environ.get("DASHSCOPE_BASE_URL") or DASHSCOPE_BASE_URL)
            from cswriter.backends.keys import key_for

            key = key_for("dashscope")
            if not key and "api_key" not in kwargs:
                raise UserError(f"要用 {spec}，需要设置环境变量 DASHSCOPE_API_KEY（阿里云百炼的 API 密钥），"
                                "或运行 cswriter keys set dashscope 保存。")
            kwargs.setdefault("api_key", key)
        elif "api_key" not in kwargs:
            from cswriter.backends.keys import KEY_VARIABLES, stored_key

            variable = KEY_VARIABLES.get(provider)
            saved = stored_key(provider) if variable and not os.environ.get(variable) else None
            if saved:
                kwargs["api_key"] = saved
        try:
            return init_chat_model(self.model_name, model_provider=provider, **kwargs)
        except ImportError:
            package = integration_package(self.provider).replace("_", "-")
            raise UserError(
                f"要用 {spec}，需要先安装 LangChain 的集成包 {package}。",
                hint=install_hint(self.provider),
            ) from None
        except ValueError as error:
            if "provider" in str(error).lower() and "unsupported" in str(error).lower():
                raise UserError(
                    f"LangChain 不支持提供方 {self.provider!r}。",
                    hint=f"常用的有 openai、anthropic、deepseek、ollama、google_genai、mistralai；例如 {MODEL_EXAMPLES}。",
                ) from None
            raise UserError(
                f"无法创建模型 {spec}:{scrub_secrets(shorten(str(error)))}"
            ) from None
        except Exception as error:  # provider constructors raise their own types (missing key...)
            raise UserError(
                f"无法创建模型 {spec}:{type(error).__name__}: {scrub_secrets(shorten(str(error)))}",
                hint="请检查该提供方需要的环境变量（如 API 密钥）是否已设置。",
            ) from None

    def complete(self, request: CompletionRequest) -> Completion:
        messages = to_langchain_messages(request.messages)
        label = request.model or self.model or "langchain"
        chat_model = self._chat_model(request.temperature, request.max_tokens)
        try:
            reply = self._invoke_within_deadline(chat_model, messages, label)
        except BackendError:
            raise
        except Exception as error:
            raise _translate(error, label) from error
        text = getattr(reply, "text", None)
        if text is None and isinstance(getattr(reply, "content", None), str):
            text = reply.content
        text = str(text) if text is not None else ""
        metadata = getattr(reply, "response_metadata", None) or {}
        finish_reason = metadata.get("finish_reason") or metadata.get("stop_reason")
        if not text.strip():
            raise BackendError(f"模型 {label} 返回了空回复。可稍后重试，或换一个模型。")
        return Completion(
            text=text,
            model=metadata.get("model_name") or metadata.get("model") or label,
            usage=_usage(getattr(reply, "usage_metadata", None)),
            finish_reason=finish_reason if isinstance(finish_reason, str) else None,
        )

    def _invoke_within_deadline(self, chat_model: Any, messages: list[Any], label: str) -> Any:
        """`chat_model.invoke(messages)`, given up after `self.deadline` seconds. The call runs
        in a daemon thread: a provider client cannot be interrupted from outside, but the run
        stops waiting for it (a late reply is dropped with the thread)."""
        outcome: dict[str, Any] = {}
        finished = threading.Event()

        def call() -> None:
            try:
                outcome["reply"] = chat_model.invoke(messages)
            except BaseException as error:  # noqa: BLE001 - handed to the waiting thread
                outcome["error"] = error
            finally:
                finished.set()

        threading.Thread(target=call, name="cswriter-langchain-reply", daemon=True).start()
        if not finished.wait(self.deadline):
            raise BackendError(f"模型 {label} 在 {self.deadline:g} 秒内没有给出完整的回复，已停止等待。",
                               hint=f"{ENV_TIMEOUT} 是每次回复的总时限；服务较慢时可调大，例如 export {ENV_TIMEOUT}=300。")
        if "error" in outcome:
            raise outcome["error"]
        return outcome["reply"]

    @classmethod
    def status(cls) -> BackendStatus:
        # Only looks for packages (find_spec does not import them) and the environment.
        if importlib.util.find_spec("langchain") is None:
            return BackendStatus(name=cls.name, configured=False, local=False,
                                 detail=f"未安装 LangChain({install_hint(None)})")
        spec = (os.environ.get("CSWRITER_MODEL") or "").strip()
        if not spec:
            return BackendStatus(
                name=cls.name, configured=False, local=False,
                detail=f"需要 --model provider:model（或 CSWRITER_MODEL），例如 {MODEL_EXAMPLES}",
            )
        try:
            provider, _ = parse_model_spec(spec)
        except UserError as error:
            return BackendStatus(name=cls.name, configured=False, local=False, detail=error.message)
        package = integration_package(provider)
        if importlib.util.find_spec(package) is None:
            return BackendStatus(
                name=cls.name, configured=False, local=False,
                detail=f"模型 {spec}；未安装集成包 {package.replace('_', '-')}（{install_hint(provider)}）",
            )
        return BackendStatus(name=cls.name, configured=True, local=False,
                             detail=f"模型 {spec}；集成包 {package.replace('_', '-')} 已安装")


def to_langchain_messages(messages: list[Message]) -> list[Any]:
    """Our chat messages as LangChain message objects (system, human, AI)."""
    try:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
    except ImportError:
        raise _langchain_missing() from None

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[message.role](content=message.content) for message in messages]


def _translate(error: Exception, label: str) -> BackendError:
    """Provider SDKs raise their own exception types; classify by the common attributes."""
    status = getattr(error, "status_code", None)
    if status is None:
        status = getattr(getattr(error, "response", None), "status_code", None)
    text = scrub_secrets(shorten(str(error)))
    kind = type(error).__name__
    if isinstance(error, TimeoutError) or "timeout" in kind.lower():
        return BackendError(f"模型 {label} 请求超时（{kind}）。",
                            hint=f"可调大超时，例如 export {ENV_TIMEOUT}=300。")
    if status == 401:
        return BackendError(f"模型 {label} 的服务拒绝了 API 密钥（401）。{text}",
                            hint="请检查该提供方的 API 密钥环境变量。")
    if status == 404:
        return BackendError(f"找不到模型 {label}(404)。{text}", hint="请检查 --model 的模型名。")
    if status == 429:
        return BackendError(f"模型 {label} 限流或额度不足（429）。{text}",
                            hint="稍后重试，或降低 --concurrency。")
    if isinstance(status, int) and status >= 500:
        return BackendError(f"模型 {label} 的服务端出错（{status}）。{text}", hint="稍后重试即可。")
    if "connection" in kind.lower() or isinstance(error, ConnectionError):
        return BackendError(f"无法连接到模型 {label} 的服务（{kind}）。", hint="请检查网络或服务地址。")
    return BackendError(f"调用模型 {label} 失败：{kind}: {text}")


def _usage(usage: Any) -> dict[str, int] | None:
    if not usage:
        return None
    names = {"input_tokens": "prompt_tokens", "output_tokens": "completion_tokens",
             "total_tokens": "total_tokens"}
    result = {ours: usage[theirs] for theirs, ours in names.items()
              if isinstance(usage.get(theirs), int)}
    return result or None
