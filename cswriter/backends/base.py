"""The one small interface every model backend implements.

A backend turns a `CompletionRequest` (chat messages plus parameters) into a `Completion`.
It is synchronous and must be thread-safe: the drafting pipeline calls `complete` from a
bounded thread pool. Every failure that survives the backend's own retries is raised as
`cswriter.errors.BackendError` with a message in Simplified Chinese (exit code 3).

This module imports nothing heavy, so listing backends stays fast; SDKs are imported inside
the backends that need them.
"""

from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from typing import Any, ClassVar, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field

from cswriter.errors import UserError

Role = Literal["system", "user", "assistant"]


class Message(BaseModel):
    """One chat message."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Role
    content: str


class CompletionRequest(BaseModel):
    """What the pipeline asks a backend for.

    `section` and `context` are metadata: model backends ignore them (they send only the
    messages); the offline backend writes from `context`, and scripted mocks key on `section`.
    """

    model_config = ConfigDict(extra="forbid")

    messages: list[Message]
    model: str | None = None
    """Overrides the backend's model for this one request when set."""
    temperature: float = 0.3
    max_tokens: int | None = None
    section: str | None = None
    context: dict[str, Any] = Field(default_factory=dict)

    def cache_key_material(self) -> dict[str, Any]:
        """What identifies this request for a disk cache.

        Only what a model backend actually sends is included; `section` and `context` are
        left out because they never reach the model. The caller adds the backend name and
        the backend's effective model.
        """
        return {
            "messages": [message.model_dump() for message in self.messages],
            "model": self.model,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }


TOLD_ELSEWHERE = "told-elsewhere"
"""The finish reason of an empty offline section: its facts are all told in other sections."""

WRITER_NOTE = "\n\n【待补事实】\n"
"""Review 11 (C2): where a reply's asks of the user begin (one `- ` line each: what the facts
cannot explain, such as a missed target's cause). The pipeline splits them off before
verifying and keeps them out of the hand-in body, in the section's notes."""


def split_writer_note(text: str) -> tuple[str, list[str]]:
    """A reply's prose and the asks written after it (or alone: a section of tables only)."""
    if text.lstrip().startswith(WRITER_NOTE.lstrip()):
        text = "\n\n" + text.lstrip()
    if WRITER_NOTE not in text:
        return text, []
    body, _, note = text.partition(WRITER_NOTE)
    return body, [line[2:].strip() for line in note.splitlines() if line.startswith("- ")]


class Completion(BaseModel):
    """A backend's reply."""

    model_config = ConfigDict(extra="forbid")

    text: str
    model: str | None = None
    usage: dict[str, int] | None = None
    finish_reason: str | None = None
    """As reported by the model ("stop", "length", ...); "length" means the text was cut off."""


class BackendStatus(BaseModel):
    """Whether a backend is ready to use, for `cswriter backends`.

    `detail` is Chinese and must never contain a secret: say "OPENAI_API_KEY 已设置" and
    show only the host of a base URL.
    """

    model_config = ConfigDict(extra="forbid")

    name: str
    configured: bool
    local: bool
    detail: str


class Backend(ABC):
    """Base class of every model backend, built-in or third-party.

    Register a subclass under the entry-point group `cswriter.backends`; the entry-point
    name is the name users pass to `--backend`.
    """

    name: ClassVar[str]
    description: ClassVar[str]
    """A Chinese one-liner for `cswriter backends`."""
    local: ClassVar[bool] = False
    """True when prompts never leave the machine; the pipeline redacts facts otherwise."""
    default_model: ClassVar[str | None] = None
    writes_itself: ClassVar[bool] = False
    """True for backends that are not a model at all (offline, mock): nothing is sent
    anywhere, so prompts need no masking. Every model backend is masked by default, even
    on a loopback URL: a gateway there (one-api, LiteLLM…) often forwards to a cloud."""
    joins_short_sections: ClassVar[bool] = False
    """True for the offline writer: a section it wrote in one sentence joins a neighbour
    (written.yaml `short_sections`); a model's reply stands as the section it was asked for."""

    def __init__(self, model: str | None = None, **options: Any) -> None:
        # Options a backend does not know are kept and ignored, so the pipeline can pass the
        # same generic options (timeouts, retries) to any backend.
        self.model: str | None = model or self.default_model
        self.options: dict[str, Any] = dict(options)

    @abstractmethod
    def complete(self, request: CompletionRequest) -> Completion:
        """Return the model's reply; raise `BackendError` (Chinese message) on failure."""

    def cache_identity(self) -> dict[str, Any]:
        """What, besides the request, decides this backend's reply (for the reply cache).

        Backends that talk to a server add where the server is and the options that change
        the reply, so pointing at another server never serves the first server's replies."""
        return {"backend": self.name, "model": self.model}

    @classmethod
    def status(cls) -> BackendStatus:
        """Whether this backend can be used as things stand (environment, installed packages)."""
        return BackendStatus(name=cls.name, configured=True, local=cls.local, detail="")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.model!r})"


# --- helpers shared by the network backends -------------------------------------------------

ENV_TIMEOUT = "CSWRITER_TIMEOUT"
DEFAULT_REPLY_SECONDS = 120.0
"""The whole time one reply may take (every backend); a section is a few hundred characters,
so two minutes is generous."""
ENV_MAX_RETRIES = "CSWRITER_MAX_RETRIES"

def option_or_env_float(value: Any, env: str, default: float | None) -> float | None:
    """A positive number of seconds from an option, else an environment variable, else default."""
    source = "选项 timeout" if value is not None else env
    if value is None:
        value = os.environ.get(env) or None
    if value is None:
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise UserError(f"{source} 的值 {value!r} 不是数字（单位：秒）。") from None
    if not number > 0:
        raise UserError(f"{source} 必须大于 0（单位：秒），现在是 {value!r}。")
    return number


def option_or_env_int(value: Any, env: str, default: int) -> int:
    """A non-negative integer from an option, else an environment variable, else default."""
    source = "选项 max_retries" if value is not None else env
    if value is None:
        value = os.environ.get(env) or None
    if value is None:
        return default
    try:
        number = int(str(value).strip())
    except ValueError:
        raise UserError(f"{source} 的值 {value!r} 不是整数。") from None
    if number < 0:
        raise UserError(f"{source} 不能是负数，现在是 {value!r}。")
    return number


def url_host(url: str | None) -> str | None:
    """`host[:port]` of a URL, never its user info, path or query (they may carry secrets)."""
    if not url:
        return None
    try:
        parts = urlsplit(url if "//" in url else f"//{url}")
        host = parts.hostname
        port = parts.port
    except ValueError:
        return "(无法解析的地址)"
    if not host:
        return "(无法解析的地址)"
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{host}:{port}" if port else host


def is_local_url(url: str | None) -> bool:
    """True for a server on this machine (Ollama, vLLM, llama.cpp): such servers need no key.

    A loopback address, or 0.0.0.0 (what local servers print as the address they listen
    on). Names such as "127.example.com" are not local."""
    if is_loopback_url(url):
        return True
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname if url else None
    except ValueError:
        return False
    return host == "0.0.0.0"


def is_loopback_url(url: str | None) -> bool:
    """True when the URL's host is a loopback address: localhost, 127.0.0.0/8 or ::1.

    This decides whether prompts stay on this machine (and so whether drafting redacts
    personal data), so it is strict and never resolves a name: only the literal name
    "localhost" and loopback IP literals count; "0.0.0.0", "127.example.com" or a LAN address
    do not.
    """
    if not url:
        return False
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return False
    if not host:
        return False
    host = host.rstrip(".")  # "localhost." is the same name, fully qualified
    if host == "localhost":
        return True
    import ipaddress  # stdlib, but only needed here: keep importing this module cheap

    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1
    return address.is_loopback


_KEY_PATTERN = re.compile(r"\b(sk|pk|rk)-[A-Za-z0-9_\-*]{6,}")
_BEARER = re.compile(r"(?i)\b(bearer|api[_-]?key|token|secret)([\"']?\s*[:=]\s*[\"']?|\s+)([A-Za-z0-9._~+/=\-]{8,})")
_SECRET_ENV = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD)", re.I)


def environment_secrets() -> list[str]:
    """Values of environment variables whose names say they hold a secret (…_API_KEY, …)."""
    return [value for name, value in os.environ.items()
            if _SECRET_ENV.search(name) and len(value) >= 8]


def scrub_secrets(text: str, *secrets: str | None) -> str:
    """Remove API keys from text that may reach the terminal (server error messages echo them).

    The keys given, every secret-looking environment variable whatever its prefix
    (DASHSCOPE_API_KEY, ANTHROPIC_API_KEY …), `sk-…` shapes and `Bearer …`/`api_key=…`."""
    for secret in sorted({s for s in (*secrets, *environment_secrets()) if s and len(s) >= 4},
                         key=len, reverse=True):
        text = text.replace(secret, "***")
    text = _BEARER.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)
    return _KEY_PATTERN.sub(lambda m: f"{m.group(1)}-***", text)


def shorten(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
