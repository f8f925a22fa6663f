"""Drafting through the provider's Batch API (OpenAI-compatible `/v1/files` + `/v1/batches`).

OpenAI, DashScope and others answer batches at about half the price, within hours instead of
seconds: the provider's engine does the work, not this machine. The drafting pipeline is
run in passes over the reply cache:

1. Every report is drafted with a backend that answers nothing: each request the cache
   cannot answer is collected, and its section is put aside (`SectionDeferred`).
2. The collected requests — on the first pass, the first draft of every section of every
   report — go to the provider as one batch; the replies land in the reply cache.
3. The next pass gets those replies from the cache, verifies them, and collects the repair
   requests the problems call for: a further batch. Reports with nothing left to ask are
   finished and handed over at once.

The batch id is saved next to the cache (keyed by the exact requests), so a run interrupted
while waiting picks up the same batch instead of paying for it again; replies already in the
cache are never asked for again.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cswriter.backends.base import Backend, Completion, CompletionRequest
from cswriter.draft.bulk import BulkJob, ReportOutcome, draft_many
from cswriter.draft.cache import ReplyCache, request_key
from cswriter.draft.models import Draft
from cswriter.draft.pipeline import DraftOptions, SectionDeferred
from cswriter.errors import BackendError, InputError

ENV_POLL = "CSWRITER_BATCH_POLL"
DEFAULT_POLL_SECONDS = 15.0
FINAL_STATES = ("completed", "failed", "expired", "cancelled")


class _Collector(Backend):
    """Stands in for the real backend during a pass: same identity (so the same cache keys),
    but a request the cache cannot answer is collected and its section deferred."""

    name = "batch-collector"
    description = "收集请求，交给 Batch API"

    def __init__(self, real: Backend, failed: dict[str, str]) -> None:
        super().__init__(real.model)
        self.real = real
        self.name = real.name  # type: ignore[misc]
        self.failed = failed
        self.collected: dict[str, CompletionRequest] = {}
        self._lock = threading.Lock()

    def cache_identity(self) -> dict[str, Any]:
        return self.real.cache_identity()

    def complete(self, request: CompletionRequest) -> Completion:
        key = request_key(self.real, request)
        if key in self.failed:
            raise BackendError(self.failed[key])
        with self._lock:
            self.collected[key] = request
        raise SectionDeferred(key)


def batch_body(backend: Any, request: CompletionRequest) -> dict[str, Any]:
    """The JSON body of one batch line: the backend's own parameters, provider options merged."""
    params = dict(backend.request_params(request))
    extra = params.pop("extra_body", None) or {}
    params.pop("stream", None)
    return {**params, **extra}


def _state_path(cache: ReplyCache, keys: list[str]) -> Path:
    digest = hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()
    return cache.directory.parent / "batches" / f"{digest}.json"


def _poll_seconds(value: float | None) -> float:
    if value is not None:
        return value
    try:
        return float(os.environ.get(ENV_POLL) or DEFAULT_POLL_SECONDS)
    except ValueError:
        raise InputError(f"{ENV_POLL} 应为秒数。") from None


def draft_many_batched(
    jobs: list[BulkJob],
    backend: Backend,
    options: DraftOptions | None = None,
    *,
    cache: ReplyCache | None = None,
    on_report: Callable[[BulkJob, ReportOutcome, Draft | None], ReportOutcome | None] | None = None,
    on_progress: Callable[[str], None] | None = None,
    poll_seconds: float | None = None,
    stats: dict[str, int] | None = None,
) -> list[ReportOutcome]:
    """Draft every report through the Batch API; one outcome per job, in job order.

    `stats`, when given, is filled with what was sent: `requests` (batch lines, each paid
    for) and `batches`."""
    options = options or DraftOptions()
    if not hasattr(backend, "request_params") or not hasattr(backend, "_get_client"):
        raise InputError(f"--batch 只支持 openai 后端（OpenAI 兼容的 Batch API），当前是 {backend.name}。")
    if not options.use_cache:
        raise InputError("--batch 不能和 --no-cache 一起用：批处理的回复要经缓存交给起草流程。")
    cache = cache or ReplyCache()
    poll = _poll_seconds(poll_seconds)
    failed: dict[str, str] = {}
    outcomes: dict[int, ReportOutcome] = {}
    remaining = list(range(len(jobs)))
    for _round in range(options.max_repairs + 3):
        collector = _Collector(backend, failed)
        finished: dict[int, ReportOutcome] = {}

        def hand_over(job: BulkJob, outcome: ReportOutcome, draft: Draft | None,
                      _finished: dict[int, ReportOutcome] = finished) -> ReportOutcome | None:
            if outcome.status == "pending":
                return None
            updated = on_report(job, outcome, draft) if on_report else None
            return updated

        batch_jobs = [jobs[i] for i in remaining]
        results = draft_many(batch_jobs, collector, options, cache=cache, on_report=hand_over)
        still: list[int] = []
        for index, outcome in zip(remaining, results):
            if outcome.status == "pending":
                still.append(index)
            else:
                outcomes[index] = outcome
        remaining = still
        if not remaining or not collector.collected:
            break
        if on_progress:
            on_progress(f"批处理：提交 {len(collector.collected)} 个请求（第 {_round + 1} 轮）")
        _run_batch(backend, cache, collector.collected, failed, poll, on_progress)
        if stats is not None:
            stats["requests"] = stats.get("requests", 0) + len(collector.collected)
            stats["batches"] = stats.get("batches", 0) + 1
    for index in remaining:  # cannot happen with a well-behaved provider; say so if it does
        outcomes[index] = ReportOutcome(source=str(jobs[index].source), name=jobs[index].source.stem,
                                        status="failed", exit_code=3,
                                        message="批处理多轮后仍有章节没有得到回复。")
    return [outcomes[i] for i in range(len(jobs))]


def _run_batch(backend: Any, cache: ReplyCache, requests: dict[str, CompletionRequest],
               failed: dict[str, str], poll: float, on_progress: Callable[[str], None] | None) -> None:
    """Send `requests` as one batch (or pick up the saved one), wait, and cache the replies."""
    import openai

    client = backend._get_client()
    host = getattr(backend, "host", "服务")
    keys = sorted(requests)
    state_path = _state_path(cache, keys)
    state = _read_state(state_path)
    try:
        batch = client.batches.retrieve(state["batch_id"]) if state else None
        if batch is not None and batch.status in ("failed", "expired", "cancelled"):
            batch = None
        if batch is None:
            lines = [json.dumps({"custom_id": key, "method": "POST", "url": "/v1/chat/completions",
                                 "body": batch_body(backend, requests[key])}, ensure_ascii=False)
                     for key in keys]
            upload = client.files.create(
                file=("cswriter-batch.jsonl", ("\n".join(lines) + "\n").encode("utf-8"), "application/jsonl"),
                purpose="batch")
            batch = client.batches.create(input_file_id=upload.id, endpoint="/v1/chat/completions",
                                          completion_window="24h")
            _write_state(state_path, {"batch_id": batch.id, "input_file_id": upload.id,
                                      "requests": len(keys), "created": time.time()})
        while batch.status not in FINAL_STATES:
            if on_progress:
                counts = getattr(batch, "request_counts", None)
                done = getattr(counts, "completed", 0) if counts else 0
                on_progress(f"批处理 {batch.id}：{_status_word(batch.status)} {done}/{len(keys)}")
            time.sleep(poll)
            batch = client.batches.retrieve(batch.id)
        if batch.status != "completed" or not batch.output_file_id:
            _forget(state_path)
            raise BackendError(f"{host} 的批处理 {batch.id} 没有完成（状态 {batch.status}）。",
                               hint="重新运行同一命令会重新提交尚未得到回复的请求；也可去掉 --batch 直接调用。")
        content = client.files.content(batch.output_file_id)
        raw = content.content if hasattr(content, "content") else content.read()
    except openai.NotFoundError as error:
        raise BackendError(
            f"{host} 没有提供 Batch API（/v1/files、/v1/batches 返回 404），不能用 --batch。",
            hint="去掉 --batch 即可直接调用；OpenAI、阿里云百炼（DashScope）等服务支持批处理。",
        ) from error
    except openai.OpenAIError as error:
        raise backend._translate(error, backend.model or "") from error
    if on_progress:
        on_progress(f"批处理 {batch.id}：已完成，取回 {len(keys)} 条回复")
    answered = _store_replies(backend, cache, requests, raw, failed)
    for key in keys:  # a line the output left out: ask directly rather than lose the section
        if key not in answered and key not in failed:
            try:
                cache.put(backend, requests[key], backend.complete(requests[key]))
            except BackendError as error:
                failed[key] = error.message
    _forget(state_path)


def _store_replies(backend: Any, cache: ReplyCache, requests: dict[str, CompletionRequest],
                   raw: bytes, failed: dict[str, str]) -> set[str]:
    """Keep the replies of a provider's result file, trusting none of its shapes: a line
    whose fields are not what the Batch API documents is a failed request with a reason,
    never a traceback."""
    answered: set[str] = set()
    for line in raw.decode("utf-8", errors="replace").splitlines():
        if len(line) > _MAX_RESULT_LINE:
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):
            continue
        key = item.get("custom_id") if isinstance(item, dict) else None
        if not isinstance(key, str) or key not in requests:
            continue
        answered.add(key)
        response = item.get("response")
        response = response if isinstance(response, dict) else {}
        body = response.get("body")
        body = body if isinstance(body, dict) else {}
        status = response.get("status_code")
        if status != 200 or item.get("error"):
            error = body.get("error")
            message = error.get("message") if isinstance(error, dict) else None
            reason = message if isinstance(message, str) else item.get("error")
            reason = reason.get("message") if isinstance(reason, dict) else reason
            failed[key] = (f"批处理中的请求失败（{status if isinstance(status, int) else '无状态码'}）："
                           f"{str(reason)[:300] if reason else '没有说明'}")
            continue
        choices = body.get("choices")
        choice = choices[0] if isinstance(choices, list) and choices and isinstance(choices[0], dict) else None
        message = choice.get("message") if choice is not None else None
        text = message.get("content") if isinstance(message, dict) else None
        if text is None and isinstance(message, dict) and "content" in message:
            text = ""
        if not isinstance(text, str):
            failed[key] = "批处理返回的回复格式不对。"
            continue
        usage = body.get("usage")
        usage = {k: v for k, v in usage.items() if isinstance(k, str) and isinstance(v, int)
                 and not isinstance(v, bool)} if isinstance(usage, dict) else {}
        model = body.get("model")
        finish = choice.get("finish_reason")
        try:
            completion = Completion(text=text, model=model if isinstance(model, str) else None,
                                    finish_reason=finish if isinstance(finish, str) else None,
                                    usage=usage or None)
        except ValueError:
            failed[key] = "批处理返回的回复格式不对。"
            continue
        cache.put(backend, requests[key], completion)
    return answered


_MAX_RESULT_LINE = 4 * 1024 * 1024
_MAX_STATE_BYTES = 64 * 1024


def _status_word(status: str) -> str:
    return {"validating": "校验中", "in_progress": "处理中", "finalizing": "收尾中",
            "cancelling": "取消中"}.get(status, status)


def _read_state(path: Path) -> dict[str, Any] | None:
    """The saved batch of an interrupted run: a small regular file (a FIFO or a link planted
    there is ignored, never waited on or followed), else None."""
    from cswriter.datacache import read_regular

    raw = read_regular(path, _MAX_STATE_BYTES)
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("batch_id"), str) else None


def _write_state(path: Path, data: dict[str, Any]) -> None:
    from cswriter.text.files import write_text_atomic

    try:
        write_text_atomic(path, json.dumps(data, ensure_ascii=False))
    except Exception:  # noqa: BLE001 - resuming is a convenience; the batch itself goes on
        pass


def _forget(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
