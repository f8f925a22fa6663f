"""A scripted backend for tests and benchmarks: canned replies, recorded requests, faults.

    backend = MockBackend(script=["第一节……", "第二节……"])          # replies in call order
    backend = MockBackend(script={"metrics": ["初稿", "修改稿"], "*": "其他节"})  # by section
    backend = MockBackend(script=lambda request, index: f"第{index}次")  # computed
    backend = MockBackend(latency=0.3, faults={2: TimeoutError("模拟超时")})

Every request is recorded (`backend.requests`) so a test can assert exactly what was sent.
Without a script the reply is a deterministic echo of the last user message, so
`--backend mock` works from the command line.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Union

from cswriter.backends.base import Backend, BackendStatus, Completion, CompletionRequest
from cswriter.errors import BackendError

Fault = Union[BaseException, type[BaseException], str]
"""An exception (instance or class) to raise, or a message to raise as `BackendError`."""
ScriptItem = Union[str, BaseException, type[BaseException]]
Script = Union[
    Sequence[ScriptItem],
    Mapping[str, Union[ScriptItem, Sequence[ScriptItem]]],
    Callable[[CompletionRequest, int], str],
]

ANY_SECTION = "*"


class MockBackend(Backend):
    """Replies from a script; records every request; optional latency and faults."""

    name: ClassVar[str] = "mock"
    description: ClassVar[str] = "测试用模拟后端：按脚本回复，记录每次请求，可注入延迟和故障"
    local: ClassVar[bool] = True
    writes_itself: ClassVar[bool] = True
    default_model: ClassVar[str | None] = "mock"

    def __init__(
        self,
        model: str | None = None,
        *,
        script: Script | None = None,
        latency: float = 0.0,
        faults: Mapping[int, Fault] | Sequence[int] | None = None,
        **options: Any,
    ) -> None:
        """
        Args:
            script: a list of replies consumed in call order; a dict from section id to a
                reply or a list of replies consumed in order for that section (key "*" for
                any other section); or a callable `(request, call_index) -> str`. A list
                item that is an exception is raised instead of replied.
            latency: seconds to sleep in every call (outside the lock, so calls overlap).
            faults: call indexes (0-based, in arrival order) on which to fail: a dict from
                index to the exception to raise (a string becomes `BackendError`), or a
                plain list of indexes that raise a generic `BackendError`.
        """
        super().__init__(model, **options)
        self.latency = float(latency)
        self._script = script
        if isinstance(script, Mapping):
            self._section_cursor: dict[str, int] = {}
        if faults is None:
            self._faults: dict[int, Fault] = {}
        elif isinstance(faults, Mapping):
            self._faults = dict(faults)
        else:
            self._faults = {index: "模拟后端：注入的故障" for index in faults}
        self._lock = threading.Lock()
        self._requests: list[CompletionRequest] = []
        self._cursor = 0

    # --- what tests look at -------------------------------------------------------------

    @property
    def requests(self) -> list[CompletionRequest]:
        """Every request received, in arrival order (a copy, safe to read while calls run)."""
        with self._lock:
            return list(self._requests)

    @property
    def call_count(self) -> int:
        with self._lock:
            return len(self._requests)

    def prompts(self) -> list[str]:
        """All message contents of all requests joined, one string per request."""
        return ["\n".join(m.content for m in request.messages) for request in self.requests]

    # --- the backend ---------------------------------------------------------------------

    def complete(self, request: CompletionRequest) -> Completion:
        # Deciding the reply under the lock keeps the order deterministic for scripted lists
        # even when the pipeline calls from several threads at once.
        with self._lock:
            index = len(self._requests)
            self._requests.append(request.model_copy(deep=True))
            fault = self._faults.get(index)
            item: ScriptItem | None = None
            if fault is None and not callable(self._script):
                item = self._next_item(request)
        if self.latency > 0:
            time.sleep(self.latency)
        if fault is not None:
            _raise(fault)
        if callable(self._script):
            item = self._script(request, index)
        if isinstance(item, BaseException) or (
            isinstance(item, type) and issubclass(item, BaseException)
        ):
            _raise(item)
        if not isinstance(item, str):
            raise BackendError(f"模拟后端的脚本给出了非文本回复：{type(item).__name__}")
        return Completion(
            text=item,
            model=request.model or self.model,
            usage={"prompt_tokens": sum(len(m.content) for m in request.messages),
                   "completion_tokens": len(item)},
            finish_reason="stop",
        )

    def _next_item(self, request: CompletionRequest) -> ScriptItem:
        script = self._script
        if script is None:
            return _echo(request)
        if isinstance(script, Mapping):
            key = request.section if request.section in script else ANY_SECTION
            if key not in script:
                raise BackendError(f"模拟后端的脚本里没有章节 {request.section!r} 的回复。")
            entry = script[key]
            if isinstance(entry, (str, BaseException, type)):
                return entry
            if callable(entry):  # a reply computed from the request (for that section)
                return entry(request)
            position = self._section_cursor.get(key, 0)
            if position >= len(entry):
                raise BackendError(f"模拟后端的脚本里章节 {key!r} 的回复已用完(共 {len(entry)} 条)。")
            self._section_cursor[key] = position + 1
            return entry[position]
        if self._cursor >= len(script):
            raise BackendError(f"模拟后端的脚本已用完(共 {len(script)} 条回复)。")
        item = script[self._cursor]
        self._cursor += 1
        return item

    @classmethod
    def status(cls) -> BackendStatus:
        return BackendStatus(
            name=cls.name, configured=True, local=True, detail="无需配置；不联网，只用于测试和演示"
        )


def _echo(request: CompletionRequest) -> str:
    last_user = next((m.content for m in reversed(request.messages) if m.role == "user"), "")
    return f"【模拟回复·{request.section or '未指定章节'}】\n{last_user}"


def _raise(fault: Fault) -> None:
    if isinstance(fault, str):
        raise BackendError(fault)
    raise fault
