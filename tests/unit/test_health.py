"""Health endpoints: /livez, /readyz (503 with the failing check's reason), bad requests."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from gateway.health import HealthServer, audit_problem, parse_listen, readiness


async def _get(port: int, raw: bytes) -> tuple[int, dict]:
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(raw)
    await w.drain()
    data = await asyncio.wait_for(r.read(), 5)
    w.close()
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), (json.loads(body) if body else {})


async def test_livez_and_readyz() -> None:
    state = {"rules": None, "proxy": None, "audit": None}
    srv = HealthServer("127.0.0.1", 0, lambda: dict(state))
    port = await srv.start()
    try:
        assert await _get(port, b"GET /livez HTTP/1.1\r\nHost: x\r\n\r\n") == (200, {"status": "live"})
        status, body = await _get(port, b"GET /readyz HTTP/1.1\r\n\r\n")
        assert status == 200 and body == {"status": "ready", "checks": {"rules": "ok", "proxy": "ok", "audit": "ok"}}
        state["audit"] = "audit log not writable: /x"
        status, body = await _get(port, b"GET /readyz?verbose HTTP/1.0\r\n\r\n")
        assert status == 503 and body["status"] == "not_ready" and body["checks"]["audit"].startswith("audit log")
        assert (await _get(port, b"GET /other HTTP/1.0\r\n\r\n"))[0] == 404
        assert (await _get(port, b"POST /livez HTTP/1.0\r\n\r\n"))[0] == 405
        assert (await _get(port, b"garbage\r\n\r\n"))[0] == 400
    finally:
        srv.close()


async def test_crashing_check_is_not_ready() -> None:
    def boom() -> dict:
        raise RuntimeError("x")

    srv = HealthServer("127.0.0.1", 0, boom)
    port = await srv.start()
    try:
        status, body = await _get(port, b"GET /readyz HTTP/1.0\r\n\r\n")
        assert status == 503 and "RuntimeError" in body["checks"]["checks"]
    finally:
        srv.close()


def test_readiness_checks(tmp_path: Path) -> None:
    ok = readiness(rules_loaded=True, listen_addrs=[("127.0.0.1", 8080)], audit_path=tmp_path / "a.jsonl",
                   audit_broken=None)
    assert ok == {"rules": None, "proxy": None, "audit": None}
    bad = readiness(rules_loaded=False, listen_addrs=[], audit_path=None, audit_broken="OSError: disk full")
    assert bad["rules"] and bad["proxy"] and "disk full" in bad["audit"]


def test_audit_problem_unwritable(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text("")
    f.chmod(0o400)
    import os

    if os.geteuid() == 0:
        pytest.skip("root can write read-only files")
    assert "not writable" in audit_problem(f, None)


@pytest.mark.parametrize("spec,want", [("127.0.0.1:8081", ("127.0.0.1", 8081)), (":9", ("0.0.0.0", 9)),
                                       ("[::1]:0", ("::1", 0)), ("", None)])
def test_parse_listen(spec: str, want) -> None:
    assert parse_listen(spec) == want


@pytest.mark.parametrize("spec", ["8080", "host:", "h:99999", "h:x"])
def test_parse_listen_bad(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_listen(spec)
