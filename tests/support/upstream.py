"""A fake HTTPS AI service on 127.0.0.1 that records every request it receives.

It answers like the OpenAI and Anthropic APIs (JSON or SSE). For the streaming test it sends the
first SSE event, then holds the rest until the test releases it (or a timeout passes), so a test
can prove the client saw the first event while the upstream was still sending.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Recorded:
    method: str
    host: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


@dataclass
class StreamControl:
    release: threading.Event = field(default_factory=threading.Event)
    hold_seconds: float = 10.0
    released_by_client: bool | None = None
    first_event_sent_at: float | None = None
    finished_at: float | None = None


def _chat_completion(model: str) -> dict:
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()), "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "テスト応答です。"},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10},
    }


def _anthropic_message(model: str) -> dict:
    return {
        "id": "msg_test", "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": "テスト応答です。"}], "stop_reason": "end_turn",
        "stop_sequence": None, "usage": {"input_tokens": 5, "output_tokens": 5},
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _read_body(self) -> bytes:
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            out = b""
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    return out
                out += self.rfile.read(size)
                self.rfile.readline()
        n = int(self.headers.get("content-length") or 0)
        return self.rfile.read(n) if n else b""

    def _record(self, body: bytes) -> Recorded:
        rec = Recorded(self.command, self.headers.get("host", ""), self.path, {k.lower(): v for k, v in self.headers.items()},
                       body)
        if self.server.record:
            with self.server.lock:
                self.server.requests.append(rec)
        return rec

    def _send_json(self, status: int, doc: dict) -> None:
        data = json.dumps(doc, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _sse(self, events: list[str]) -> None:
        ctl = self.server.stream
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("cache-control", "no-cache")
        self.end_headers()
        self._chunk(events[0].encode())
        ctl.first_event_sent_at = time.monotonic()
        ctl.released_by_client = ctl.release.wait(ctl.hold_seconds)
        for ev in events[1:]:
            self._chunk(ev.encode())
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()
        ctl.finished_at = time.monotonic()

    def do_GET(self) -> None:
        self._record(self._read_body())  # a GET may carry a body too (it is recorded, never ignored)
        data = "<html><body>upstream page</body></html>".encode()
        self.send_response(200)
        self.send_header("content-type", "text/html; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        body = self._read_body()
        self._record(body)
        path = self.path.split("?", 1)[0]
        try:
            doc = json.loads(body) if body else {}
        except ValueError:
            doc = {}
        model = doc.get("model", "test-model") if isinstance(doc, dict) else "test-model"
        if isinstance(model, str) and model.startswith("fault-"):  # upstream faults on request (soak tests)
            if model == "fault-delay":
                time.sleep(0.5)
            elif model == "fault-reset":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            elif model in ("fault-500", "fault-429"):
                return self._send_json(int(model[-3:]), {"error": {"message": "fault", "type": "server_error"}})
        stream = isinstance(doc, dict) and doc.get("stream") is True
        if path.endswith("/chat/completions"):
            if stream:
                chunk = lambda d, fin=None: "data: " + json.dumps({  # noqa: E731
                    "id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": model,
                    "choices": [{"index": 0, "delta": d, "finish_reason": fin}]}, ensure_ascii=False) + "\n\n"
                return self._sse([chunk({"role": "assistant", "content": "最初"}), chunk({"content": "の続き"}),
                                  chunk({}, "stop"), "data: [DONE]\n\n"])
            return self._send_json(200, _chat_completion(model))
        if path.endswith("/messages"):
            if stream:
                msg = _anthropic_message(model) | {"content": [], "stop_reason": None}
                ev = lambda name, d: f"event: {name}\ndata: {json.dumps(d, ensure_ascii=False)}\n\n"  # noqa: E731
                return self._sse([
                    ev("message_start", {"type": "message_start", "message": msg}),
                    ev("content_block_start", {"type": "content_block_start", "index": 0,
                                               "content_block": {"type": "text", "text": ""}}),
                    ev("content_block_delta", {"type": "content_block_delta", "index": 0,
                                               "delta": {"type": "text_delta", "text": "テスト"}}),
                    ev("content_block_stop", {"type": "content_block_stop", "index": 0}),
                    ev("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn"},
                                         "usage": {"output_tokens": 1}}),
                    ev("message_stop", {"type": "message_stop"}),
                ])
            return self._send_json(200, _anthropic_message(model))
        if path.endswith("/responses"):
            return self._send_json(200, {"id": "resp_test", "object": "response", "status": "completed",
                                         "model": model, "output": [{"type": "message", "role": "assistant",
                                         "content": [{"type": "output_text", "text": "テスト応答です。"}]}]})
        return self._send_json(200, {"ok": True})

    do_PUT = do_POST

    def _any(self) -> None:
        """Methods an API seldom uses but a client may send (with a body): recorded like the others."""
        self._record(self._read_body())
        self._send_json(200, {"ok": True})

    do_PATCH = do_DELETE = do_OPTIONS = do_PROPFIND = do_REPORT = _any


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, addr: tuple[str, int], record: bool) -> None:
        super().__init__(addr, _Handler)
        self.requests: list[Recorded] = []
        self.lock = threading.Lock()
        self.record = record
        self.stream = StreamControl()


class FakeUpstream:
    def __init__(self, cert: Path, key: Path, *, record: bool = True, tls: bool = True) -> None:
        self._server = _Server(("127.0.0.1", 0), record)
        if tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(cert, key)
            ctx.set_alpn_protocols(["http/1.1"])
            self._server.socket = ctx.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-upstream", daemon=True)

    def __enter__(self) -> "FakeUpstream":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def requests(self) -> list[Recorded]:
        with self._server.lock:
            return list(self._server.requests)

    @property
    def stream(self) -> StreamControl:
        return self._server.stream

    def reset_stream(self, hold_seconds: float = 10.0) -> StreamControl:
        self._server.stream = StreamControl(hold_seconds=hold_seconds)
        return self._server.stream

    def received(self, needle: str) -> list[Recorded]:
        return [r for r in self.requests if needle in r.text]
