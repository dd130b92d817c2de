"""Rules reload against a real `aigw run`: a valid change applies while a streaming response is in
flight (and that stream completes), an invalid change is rejected naming file and entry while the
old rules stay in force, SIGHUP reloads, and the health endpoints answer."""

from __future__ import annotations

import json
import os
import re
import signal
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e

SUZUKI_APPROVAL = """
  - application_id: AI-2026-0900
    user: suzuki
    service: openai-api
    purposes: [文書作成支援]
    approver: 総務部長（CISO補佐）
    approved_on: 2026-04-01
    expires_on: 2099-03-31
"""


@pytest.fixture(scope="module")
def rl_upstream(pki: TestPKI) -> Iterator[FakeUpstream]:
    with FakeUpstream(pki.cert_pem, pki.key_pem) as up:  # own stream control: no interference
        yield up


@pytest.fixture(scope="module")
def rl_rules(module_dir: Path) -> Path:
    return make_test_rules(module_dir / "reload-rules")


@pytest.fixture(scope="module")
def rl_gw(module_dir: Path, rl_rules: Path, rl_upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    gw = GatewayProcess(module_dir, rules=rl_rules, upstream_port=rl_upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-reload",
                        extra_sets=("aigw_rules_reload=1", "aigw_health_listen=127.0.0.1:0")).start()
    yield gw
    gw.stop()


def write_atomic(path: Path, text: str) -> None:
    """As configuration management does: a hidden temporary file renamed over the old one."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def events_after(gw: GatewayProcess, n: int, name: str) -> list[dict[str, Any]]:
    with gw._lock:
        return [e for e in gw.events[n:] if e.get("event") == name]


def wait_event(gw: GatewayProcess, n: int, name: str, timeout: float = 15) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = events_after(gw, n, name)
        if got:
            return got[0]
        time.sleep(0.05)
    raise AssertionError(f"no {name} event after #{n}:\n{gw.output()[-3000:]}")


def n_events(gw: GatewayProcess) -> int:
    with gw._lock:
        return len(gw.events)


def chat(gw: GatewayProcess, user: str, text: str) -> httpx.Response:
    with gw.http_client(user) as c:
        return c.post("https://api.openai.com/v1/chat/completions",
                      json={"model": "m", "messages": [{"role": "user", "content": text}]})


def marker() -> str:
    return f"会議資料の要約をお願いします（{fresh_tag(10)}）"


def health(gw: GatewayProcess, path: str) -> tuple[int, dict]:
    port = wait_event(gw, 0, "health_ready")["port"]  # logged just after gateway_ready
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_valid_change_applies_while_a_stream_is_in_flight(rl_gw: GatewayProcess, rl_upstream: FakeUpstream,
                                                          rl_rules: Path) -> None:
    approvals = rl_rules / "approvals.yaml"
    original = approvals.read_text(encoding="utf-8")
    assert chat(rl_gw, "suzuki", marker()).status_code == 403  # not approved yet

    ctl = rl_upstream.reset_stream(hold_seconds=20)
    m = rl_gw.mark()
    client = openai.OpenAI(api_key="sk-test", base_url="https://api.openai.com/v1",
                           http_client=rl_gw.http_client("tanaka"))
    stream = client.chat.completions.create(model="m", stream=True, messages=[{"role": "user", "content": marker()}])
    it = iter(stream)
    assert next(it).choices[0].delta.content == "最初"
    assert ctl.finished_at is None  # the stream is open and held by the upstream

    before = [e for e in list(rl_gw.events) if e.get("event") == "rules_loaded"][-1]["approvals"]
    n = n_events(rl_gw)
    try:
        write_atomic(approvals, original + SUZUKI_APPROVAL)
        loaded = wait_event(rl_gw, n, "rules_loaded")
        assert loaded["trigger"] == "file_change" and loaded["approvals"] == before + 1
        text = marker()
        r = chat(rl_gw, "suzuki", text)
        assert r.status_code == 200, r.text
        assert len(rl_upstream.received(text)) == 1

        # the stream opened before the reload completes on the same connection
        assert ctl.finished_at is None
        ctl.release.set()
        rest = "".join(c.choices[0].delta.content or "" for c in it if c.choices)
        assert rest == "の続き" and ctl.released_by_client is True
        tanaka = [d for d in rl_gw.new_decisions(m, expect=2) if d["user"] == "tanaka"]
        assert [(d["action"], rl_gw.upstream_status(d)) for d in tanaka] == [("allow", 200)]
        assert rl_gw.proc is not None and rl_gw.proc.poll() is None  # same process, no restart
    finally:
        ctl.release.set()
        n = n_events(rl_gw)
        write_atomic(approvals, original)
        wait_event(rl_gw, n, "rules_loaded")
    assert chat(rl_gw, "suzuki", marker()).status_code == 403


def test_invalid_change_is_rejected_and_old_rules_stay(rl_gw: GatewayProcess, rl_upstream: FakeUpstream,
                                                       rl_rules: Path) -> None:
    approvals = rl_rules / "approvals.yaml"
    original = approvals.read_text(encoding="utf-8")
    # remove tanaka's OpenAI approval and, in the same edit, break another entry
    broken = re.sub(r"  - application_id: AI-2026-0001\n(    .*\n)+", "", original)
    broken = broken.replace("    service: anthropic-api\n", "    service: anthropic-api\n    colour: blue\n", 1)
    assert broken != original and "AI-2026-0001" not in broken
    n = n_events(rl_gw)
    try:
        write_atomic(approvals, broken)
        rejected = wait_event(rl_gw, n, "rules_rejected")
        assert rejected["file"] == "approvals.yaml"
        assert re.match(r"approvals\[\d+\] \(AI-2026-0003\)\.colour", rejected["entry"]), rejected
        assert "colour" in rejected["error"] and rejected["note"] == "old rules stay in force"
        assert events_after(rl_gw, n, "rules_loaded") == []
        # the old rules are in force: tanaka is still approved for the OpenAI API
        text = marker()
        m = rl_gw.mark()
        assert chat(rl_gw, "tanaka", text).status_code == 200
        assert len(rl_upstream.received(text)) == 1
        d = rl_gw.new_decisions(m)[-1]
        assert (d["action"], d["application_id"]) == ("allow", "AI-2026-0001")
        assert health(rl_gw, "/readyz")[0] == 200  # still serving on the last good rules
    finally:
        n = n_events(rl_gw)
        write_atomic(approvals, original)
        wait_event(rl_gw, n, "rules_loaded")


def test_sighup_reloads_and_health_endpoints(rl_gw: GatewayProcess) -> None:
    assert health(rl_gw, "/livez") == (200, {"status": "live"})
    status, body = health(rl_gw, "/readyz")
    assert status == 200 and body == {"status": "ready", "checks": {"rules": "ok", "proxy": "ok", "audit": "ok"}}
    # logrotate moves the audit file away, then SIGHUP (systemctl reload): rules reload, file reopened
    rotated = rl_gw.audit_log.with_name(rl_gw.audit_log.name + ".1")
    os.replace(rl_gw.audit_log, rotated)
    kept = rotated.read_text(encoding="utf-8")
    n = n_events(rl_gw)
    assert rl_gw.proc is not None
    rl_gw.proc.send_signal(signal.SIGHUP)
    assert wait_event(rl_gw, n, "rules_loaded")["trigger"] == "sighup"
    assert rl_gw.proc.poll() is None
    m = rl_gw.mark()
    assert chat(rl_gw, "tanaka", marker()).status_code == 200
    rid = rl_gw.new_decisions(m)[-1]["request_id"]
    assert [(json.loads(x)["event"], json.loads(x)["request_id"])
            for x in rl_gw.audit_log.read_text(encoding="utf-8").splitlines()] == [
        ("request_decided", rid), ("request_completed", rid)]
    assert rotated.read_text(encoding="utf-8") == kept
