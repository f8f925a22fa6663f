"""What OpenAI-compatible providers really take: thinking switches and refused parameters.

Each provider spells "do not think" its own way, and some refuse parameters others require:

- DashScope (Qwen3 open models): `enable_thinking: false` in the body; without it,
  non-streaming calls are refused, so it is sent by default when not streaming.
- OpenAI reasoning models (o1, o3, o4-mini, gpt-5…): `reasoning_effort` ("minimal" on gpt-5,
  "low" on the o-series); they refuse `temperature` and want `max_completion_tokens`.
- Ollama: `reasoning_effort: "none"`.
- vLLM and other servers running a chat template: `chat_template_kwargs.enable_thinking`.

A 400 that names a parameter is answered by `adaptation_for_message`: the backend retries
once without it (or under its new name) and keeps doing so for the rest of the run.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

Provider = str
PROVIDERS = ("openai", "dashscope", "deepseek", "ollama", "generic")


def provider_of(base_url: str | None) -> Provider:
    """The provider a base URL belongs to, from its host (and Ollama's well-known port)."""
    if not base_url:
        return "openai"
    try:
        parts = urlsplit(base_url if "//" in base_url else f"//{base_url}")
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return "generic"
    if host.endswith("openai.com"):
        return "openai"
    if "dashscope" in host or host.endswith("aliyuncs.com"):
        return "dashscope"
    if host.endswith("deepseek.com"):
        return "deepseek"
    if port == 11434 or "ollama" in host:
        return "ollama"
    return "generic"


_OPENAI_REASONING = re.compile(r"^(o\d|gpt-5)", re.I)


def is_openai_reasoning_model(model: str) -> bool:
    return bool(_OPENAI_REASONING.match(model.split("/")[-1]))


def thinking_params(provider: Provider, model: str, thinking: bool | None, *,
                    stream: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """(top-level parameters, extra body) that carry the thinking setting to this provider."""
    top: dict[str, Any] = {}
    body: dict[str, Any] = {}
    if provider == "dashscope":
        if thinking is False or (thinking is None and not stream):
            body["enable_thinking"] = False
        elif thinking is True:
            body["enable_thinking"] = True
    elif thinking is False:
        if provider == "openai":
            if is_openai_reasoning_model(model):
                top["reasoning_effort"] = "minimal" if model.lower().startswith("gpt-5") else "low"
        elif provider == "ollama":
            body["reasoning_effort"] = "none"
        elif provider == "generic":
            body["chat_template_kwargs"] = {"enable_thinking": False}
    if provider == "openai" and is_openai_reasoning_model(model):
        # Known refusals, so the first request does not have to fail to find out.
        top["__drop__"] = ["temperature"]
        top["__rename__"] = {"max_tokens": "max_completion_tokens"}
    return top, body


_PARAMETERS = ("temperature", "top_p", "max_tokens", "enable_thinking", "reasoning_effort",
               "chat_template_kwargs", "stream_options")


def adaptation_for_message(text: str, param: str, params: dict[str, Any]) -> tuple[str, str] | None:
    """(parameter, "drop" | "rename" | "thinking-off") for a 400 naming a parameter we sent."""
    text = text.lower()
    extra = params.get("extra_body") or {}
    if "enable_thinking" in text and extra.get("enable_thinking") is not False:
        return "enable_thinking", "thinking-off"
    if "max_tokens" in params and ("max_completion_tokens" in text or
                                   ("max_tokens" in (param, text) or "'max_tokens'" in text)):
        return "max_tokens", "rename"
    for name in _PARAMETERS:
        if name == "max_tokens" or name == "enable_thinking":
            continue
        present = name in params or name in extra
        if present and (param == name or re.search(rf"\b{name}\b", text)):
            return name, "drop"
    return None


def apply_adaptation(params: dict[str, Any], extra: dict[str, Any], name: str, how: str) -> None:
    """Change one request's body as an adaptation says (in place)."""
    if how == "drop":
        params.pop(name, None)
        extra.pop(name, None)
    elif how == "rename" and name in params:
        params["max_completion_tokens"] = params.pop(name)
    elif how == "thinking-off":
        extra["enable_thinking"] = False


def normalized_url(url: str) -> str:
    """scheme://host:port/path of a URL, lower-cased host, no user info, query or fragment."""
    try:
        parts = urlsplit(url if "//" in url else f"//{url}")
        host = (parts.hostname or "").lower()
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return url
    return f"{parts.scheme or 'https'}://{host}{port}{parts.path.rstrip('/')}"
