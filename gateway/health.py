"""Liveness and readiness endpoints on the gateway's own event loop (option ``aigw_health_listen``).

- ``GET /livez``: 200 ``{"status":"live"}`` whenever the event loop answers (a stuck loop cannot answer,
  so the orchestrator's liveness probe fails and restarts the process).
- ``GET /readyz``: 200 ``{"status":"ready","checks":{…}}`` when every check passes (rules loaded,
  proxy listening, audit sink writable), else 503 with ``"status":"not_ready"`` and each failing
  check's reason, so a load balancer stops sending traffic to this worker.

A deliberately tiny HTTP/1.0 responder built on ``asyncio.start_server``: two fixed GET paths, no
request bodies, bounded header reading, a short timeout. Plain Python, no mitmproxy import.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable
from pathlib import Path

Checks = Callable[[], dict[str, str | None]]  # check name -> None when fine, else the reason

MAX_HEADER_BYTES = 8192
READ_TIMEOUT = 5.0


def parse_listen(spec: str) -> tuple[str, int] | None:
    """'host:port', '[::1]:port' or ':port' (all interfaces) → (host, port); '' → None. ValueError when bad."""
    spec = spec.strip()
    if not spec:
        return None
    host, sep, port = spec.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"expected host:port, got {spec!r}")
    host = host.strip("[]") or "0.0.0.0"
    return host, int(port)


def audit_problem(path: Path | None, broken: str | None) -> str | None:
    """Why the audit JSONL cannot take the next line, or None when it can."""
    if broken:
        return f"audit log write failed: {broken}"
    if path is None:
        return None  # stdout only
    if path.exists():
        return None if os.access(path, os.W_OK) else f"audit log not writable: {path}"
    parent = path.parent
    return None if os.access(parent, os.W_OK) else f"audit log directory not writable: {parent}"


def readiness(*, rules_loaded: bool, listen_addrs: list[tuple[str, int]], audit_path: Path | None,
              audit_broken: str | None) -> dict[str, str | None]:
    return {
        "rules": None if rules_loaded else "rules not loaded",
        "proxy": None if listen_addrs else "proxy not listening",
        "audit": audit_problem(audit_path, audit_broken),
    }


class HealthServer:
    def __init__(self, host: str, port: int, checks: Checks) -> None:
        self.host = host
        self.port = port
        self.checks = checks
        self._server: asyncio.base_events.Server | None = None

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._handle, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def answer(self, method: str, path: str) -> tuple[int, dict[str, object]]:
        path = path.split("?", 1)[0]
        if method not in ("GET", "HEAD"):
            return 405, {"status": "error", "reason": "method not allowed"}
        if path == "/livez":
            return 200, {"status": "live"}
        if path == "/readyz":
            try:
                results = self.checks()
            except Exception as e:  # a crashing check means not ready, never an unanswered probe
                results = {"checks": f"check failed: {type(e).__name__}"}
            failing = {k: v for k, v in results.items() if v}
            body: dict[str, object] = {
                "status": "not_ready" if failing else "ready",
                "checks": {k: (v or "ok") for k, v in results.items()},
            }
            return (503 if failing else 200), body
        return 404, {"status": "error", "reason": "not found", "paths": ["/livez", "/readyz"]}

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT)
            if len(head) > MAX_HEADER_BYTES:
                raise ValueError("header too large")
            parts = head.split(b"\r\n", 1)[0].decode("latin-1").split()
            status, body = self.answer(parts[0], parts[1]) if len(parts) >= 2 else (400, {"status": "error"})
            method = parts[0] if parts else "GET"
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError, UnicodeError):
            status, body, method = 400, {"status": "error", "reason": "bad request"}, "GET"
        except ConnectionError:
            writer.close()
            return
        data = json.dumps(body, ensure_ascii=False).encode()
        phrase = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
                  503: "Service Unavailable"}.get(status, "")
        writer.write(
            f"HTTP/1.0 {status} {phrase}\r\ncontent-type: application/json\r\ncontent-length: {len(data)}\r\n"
            "cache-control: no-store\r\nconnection: close\r\n\r\n".encode()
            + (b"" if method == "HEAD" else data)
        )
        try:
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()
