"""A real OpenAI-compatible HTTP server on 127.0.0.1 for backend tests.

The `openai` SDK v3 talks through httpx2, which respx cannot intercept, so tests run the SDK
against this server instead: stdlib `ThreadingHTTPServer` in a thread, port chosen by the OS.
It speaks `POST /v1/chat/completions` with a JSON reply or, when the request asks for
`"stream": true`, server-sent events ending in `data: [DONE]`. Replies are scripted per
call; every request is recorded with its headers and JSON body.

    with OpenAIServer() as server:
        server.script(Reply.rate_limited(), Reply.ok("第二次成功"))
        ...  # point OPENAI_BASE_URL at server.base_url
        assert len(server.requests) == 2

Not a test module: import `OpenAIServer`, `Reply` and the `openai_server` fixture from it.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

CHAT_PATH = "/v1/chat/completions"


@dataclass
class Reply:
    """One scripted answer. Build it with the class methods rather than by hand."""

    status: int = 200
    text: str | None = "好的。"
    """Assistant content of a normal reply (None sends `"content": null`)."""
    json_body: Any = None
    """Send exactly this JSON instead of a chat completion built from `text`."""
    raw_body: bytes | None = None
    """Send exactly these bytes (for malformed replies)."""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (longer than the client timeout = a timeout)."""
    finish_reason: str = "stop"
    cut: bool = False
    """Streaming only: close the connection half-way, without a finish reason or [DONE]."""
    drip: float = 0.0
    """Seconds between bytes of the body: each read arrives in time, the whole never does."""

    @classmethod
    def ok(cls, text: str) -> Reply:
        return cls(text=text)

    @classmethod
    def cut_stream(cls, text: str) -> Reply:
        return cls(text=text, cut=True)

    @classmethod
    def redirect(cls, location: str, status: int = 307) -> Reply:
        return cls(status=status, raw_body=b"", headers={"Location": location})

    @classmethod
    def unsupported_parameter(cls, name: str, model: str = "o4-mini") -> Reply:
        """OpenAI's answer to a reasoning model sent a parameter it does not take."""
        if name == "max_tokens":
            message = ("Unsupported parameter: 'max_tokens' is not supported with this model. "
                       "Use 'max_completion_tokens' instead.")
        else:
            message = (f"Unsupported value: '{name}' does not support 0.3 with this model. "
                       "Only the default (1) value is supported.")
        return cls(status=400, json_body={"error": {"message": message, "type": "invalid_request_error",
                                                    "param": name, "code": "unsupported_value"}})

    @classmethod
    def rate_limited(cls, retry_after_ms: int = 20) -> Reply:
        # OpenAI sends both headers; the SDK prefers the millisecond one, which keeps tests fast.
        return cls(
            status=429,
            json_body=_error_body("Rate limit reached for requests", "rate_limit_exceeded"),
            headers={"Retry-After": "1", "retry-after-ms": str(retry_after_ms)},
        )

    @classmethod
    def server_error(cls, status: int = 500, retry_after_ms: int = 10) -> Reply:
        return cls(
            status=status,
            json_body=_error_body("The server had an error while processing your request.", None),
            headers={"retry-after-ms": str(retry_after_ms)},
        )

    @classmethod
    def error(cls, status: int, message: str, code: str | None = None) -> Reply:
        return cls(status=status, json_body=_error_body(message, code))

    @classmethod
    def slow(cls, delay: float, text: str = "迟到的回复") -> Reply:
        return cls(text=text, delay=delay)

    @classmethod
    def malformed(cls) -> Reply:
        return cls(raw_body=b'{"id": "chatcmpl-x", "choices": [{"message": ')

    @classmethod
    def empty_choices(cls) -> Reply:
        return cls(json_body=_completion_body(None, "stop", choices=[]))

    @classmethod
    def null_content(cls) -> Reply:
        return cls(text=None)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    """Header names in lower case."""
    json: Any
    """The parsed body, or None when it was not JSON."""
    received_at: float


def _error_body(message: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": "server_error", "param": None, "code": code}}


def _completion_body(
    text: str | None, finish_reason: str, model: str = "test-model", choices: list | None = None
) -> dict[str, Any]:
    if choices is None:
        choices = [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
                "logprobs": None,
            }
        ]
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": choices,
        "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19},
    }


def _chunk(model: str, delta: dict[str, Any], finish_reason: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}],
    }


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, like real servers; the SDK pools connections

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802
        owner = self.server.owner
        with owner._lock:
            owner._requests.append(RecordedRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()},
                                                   None, time.monotonic()))
        status, payload = owner._batch_get(self.path)
        self._send_json(status, payload)

    def _send_json(self, status: int, payload: Any) -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if not isinstance(payload, bytes)
                         else "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        owner = self.server.owner
        if self.path.startswith(("/v1/files", "/v1/batches")):
            with owner._lock:
                owner._requests.append(RecordedRequest("POST", self.path,
                                                       {k.lower(): v for k, v in self.headers.items()},
                                                       None, time.monotonic()))
            status, payload = owner._batch_post(self.path, self.headers.get("Content-Type", ""), raw)
            self._send_json(status, payload)
            return
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        owner = self.server.owner
        reply = owner._record_and_pop(
            RecordedRequest(
                method="POST",
                path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                json=body,
                received_at=time.monotonic(),
            )
        )
        if self.path != CHAT_PATH and reply.status < 300:
            reply = Reply.error(404, f"Unknown path {self.path}", "not_found")
        delay = reply.delay or owner.latency
        if delay and owner._stopping.wait(delay):
            return  # server shutting down: drop the request
        try:
            self._send(reply, body if isinstance(body, dict) else {})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout): nothing left to answer

    def _send(self, reply: Reply, request: dict[str, Any]) -> None:
        model = str(request.get("model") or "test-model")
        streaming = bool(request.get("stream")) and reply.status == 200 and (
            reply.json_body is None and reply.raw_body is None
        )
        if streaming:
            self._send_stream(reply, model)
            return
        if reply.raw_body is not None:
            payload = reply.raw_body
        elif reply.json_body is not None:
            payload = json.dumps(reply.json_body, ensure_ascii=False).encode()
        else:
            payload = json.dumps(
                _completion_body(reply.text, reply.finish_reason, model), ensure_ascii=False
            ).encode()
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self._write(payload, reply.drip)

    def _write(self, data: bytes, drip: float) -> None:
        if not drip:
            self.wfile.write(data)
            return
        for i in range(len(data)):
            if self.server.owner._stopping.wait(drip):
                return
            self.wfile.write(data[i:i + 1])
            self.wfile.flush()

    def _send_stream(self, reply: Reply, model: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")  # end of body = end of connection for SSE
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        events = [_chunk(model, {"role": "assistant", "content": ""}, None)]
        text = reply.text or ""
        pieces = [text[i : i + 4] for i in range(0, len(text), 4)]
        events += [_chunk(model, {"content": piece}, None) for piece in pieces]
        if reply.cut:
            events = events[: max(2, len(events) // 2)]
        else:
            events.append(_chunk(model, {}, reply.finish_reason))
        for event in events:
            self._write(f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode(), reply.drip)
            self.wfile.flush()
        if reply.cut:
            self.close_connection = True
            return
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a handler sleeping through a scripted delay must not block stop()
    owner: OpenAIServer


class OpenAIServer:
    """Scripted OpenAI-compatible server; use as a context manager.

    It also speaks the Batch API (`POST /v1/files`, `POST /v1/batches`,
    `GET /v1/batches/{id}`, `GET /v1/files/{id}/content`): each line of a batch is answered
    like a chat request (guard, script, default), and a batch reports `in_progress` for
    `batch_polls` retrievals before it is `completed`. `batch_api=False` plays a provider
    without it (404). `latency` delays every chat reply (benchmarks)."""

    def __init__(self, default: Reply | None = None, *, batch_api: bool = True,
                 batch_polls: int = 2, latency: float = 0.0) -> None:
        self.default = default
        self.batch_api = batch_api
        self.batch_polls = batch_polls
        self.latency = latency
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.batch_lines = 0
        """Chat requests answered inside batches."""
        self._lock = threading.Lock()
        self._replies: deque[Reply] = deque()
        self._requests: list[RecordedRequest] = []
        self._stopping = threading.Event()
        self.guard: Any = None
        """Optional `guard(path, body) -> Reply | None`, consulted before the script: a server
        quirk (a parameter refused, a field required) that holds for every request."""
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # --- scripting and inspection -------------------------------------------------------

    def script(self, *replies: Reply) -> None:
        """Queue replies for the next calls, in order; afterwards the default reply is used."""
        with self._lock:
            self._replies.extend(replies)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def _record_and_pop(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self._requests.append(request)
            if self.guard is not None:
                refusal = self.guard(request.path, request.json if isinstance(request.json, dict) else {})
                if refusal is not None:
                    return refusal
            if self._replies:
                return self._replies.popleft()
        if self.default is not None:
            return self.default
        body = request.json if isinstance(request.json, dict) else {}
        last_user = next(
            (m.get("content") for m in reversed(body.get("messages") or [])
             if isinstance(m, dict) and m.get("role") == "user"),
            "",
        )
        return Reply.ok(f"收到:{last_user}")

    # --- the Batch API ------------------------------------------------------------------

    def _batch_post(self, path: str, content_type: str, raw: bytes) -> tuple[int, Any]:
        if not self.batch_api:
            return 404, _error_body(f"Unknown path {path}", "not_found")
        now = int(time.time())
        if path == "/v1/files":
            import email.parser
            import email.policy

            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
            data, filename = b"", "batch.jsonl"
            for part in message.iter_parts():
                if part.get_param("name", header="content-disposition") == "file":
                    data = part.get_payload(decode=True) or b""
                    filename = part.get_filename() or filename
            with self._lock:
                file_id = f"file-{len(self.files) + 1}"
                self.files[file_id] = data
            return 200, {"id": file_id, "object": "file", "bytes": len(data), "created_at": now,
                         "filename": filename, "purpose": "batch", "status": "processed"}
        if path == "/v1/batches":
            body = json.loads(raw or b"{}")
            lines = [json.loads(line) for line in self.files.get(body.get("input_file_id"), b"").splitlines()
                     if line.strip()]
            out = []
            for line in lines:
                reply = self._record_and_pop(RecordedRequest("POST", "batch:" + line["url"], {}, line["body"],
                                                             time.monotonic()))
                self.batch_lines += 1
                if reply.status == 200 and reply.json_body is None and reply.raw_body is None:
                    response = {"status_code": 200, "request_id": f"req-{len(out)}",
                                "body": _completion_body(reply.text, reply.finish_reason,
                                                         line["body"].get("model", "test-model"))}
                    out.append({"id": f"resp-{len(out)}", "custom_id": line["custom_id"],
                                "response": response, "error": None})
                else:
                    out.append({"id": f"resp-{len(out)}", "custom_id": line["custom_id"],
                                "response": {"status_code": reply.status, "body": reply.json_body},
                                "error": None})
            with self._lock:
                batch_id = f"batch_{len(self.batches) + 1}"
                output_id = f"file-out-{len(self.batches) + 1}"
                self.files[output_id] = "\n".join(json.dumps(o, ensure_ascii=False) for o in out).encode()
                self.batches[batch_id] = {
                    "id": batch_id, "object": "batch", "endpoint": body.get("endpoint"),
                    "input_file_id": body.get("input_file_id"),
                    "completion_window": body.get("completion_window", "24h"),
                    "status": "validating", "created_at": now, "output_file_id": None,
                    "error_file_id": None,
                    "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
                    "_polls": 0, "_output": output_id,
                }
                return 200, self._public(self.batches[batch_id])
        return 404, _error_body(f"Unknown path {path}", "not_found")

    def _public(self, batch: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    def _batch_get(self, path: str) -> tuple[int, Any]:
        if not self.batch_api:
            return 404, _error_body(f"Unknown path {path}", "not_found")
        parts = path.strip("/").split("/")
        with self._lock:
            if len(parts) == 3 and parts[:2] == ["v1", "batches"] and parts[2] in self.batches:
                batch = self.batches[parts[2]]
                batch["_polls"] += 1
                total = batch["request_counts"]["total"]
                if batch["_polls"] > self.batch_polls:
                    batch.update(status="completed", output_file_id=batch["_output"])
                    batch["request_counts"]["completed"] = total
                else:
                    batch["status"] = "in_progress"
                    batch["request_counts"]["completed"] = total * batch["_polls"] // (self.batch_polls + 1)
                return 200, self._public(batch)
            if len(parts) == 4 and parts[:2] == ["v1", "files"] and parts[3] == "content" and parts[2] in self.files:
                return 200, self.files[parts[2]]
        return 404, _error_body(f"Unknown path {path}", "not_found")

    # --- lifecycle ----------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> OpenAIServer:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture
def openai_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIServer]:
    """A running server with `OPENAI_BASE_URL` pointing at it and a test key set."""
    with OpenAIServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
        # A proxy configured on the machine must not intercept 127.0.0.1.
        monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
        monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
        for name in ("CSWRITER_TIMEOUT", "CSWRITER_MAX_RETRIES", "CSWRITER_MODEL"):
            monkeypatch.delenv(name, raising=False)
        yield server


TEST_KEY = "sk-test-cswriter-0123456789abcdef"
