"""Reliability on a real gateway (issue 12): killable scan workers, audit before forward, safe reloads.

Short parts run in ``make test``; the long load/soak parts are in ``tests/soak`` (``make soak``).
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from tests.support import rawproxy
from tests.support.certs import UPSTREAM_HOSTS
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.upstream import FakeUpstream

pytestmark = pytest.mark.e2e

SLOW = "AIGW-FAULT-SLOW-SCAN"


def _client(gw: GatewayProcess, **kw) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk", base_url="https://api.openai.com/v1", http_client=gw.http_client(**kw),
                         max_retries=0)


def _chat(gw: GatewayProcess, text: str) -> object:
    return _client(gw).chat.completions.create(model="m", messages=[{"role": "user", "content": text}])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie not yet reaped is gone for our purpose
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def slowscan(module_dir: Path, upstream: FakeUpstream, pki, tmp_path_factory) -> Iterator[GatewayProcess]:
    rules = make_test_rules(tmp_path_factory.mktemp("workers") / "rules")
    policy = rules / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("scan_timeout_ms: 5000", "scan_timeout_ms: 1500"),
                      encoding="utf-8")
    gw = GatewayProcess(module_dir, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-workers",
                        extra_sets=("aigw_fault_injection=slow_input", "aigw_scan_workers=2")).start()
    yield gw
    gw.stop()


def test_timed_out_scan_kills_its_worker_and_the_next_big_document_is_scanned(
        slowscan: GatewayProcess, upstream: FakeUpstream) -> None:
    gw = slowscan
    _chat(gw, "warm-up 会議の要約 " * 600)  # the workers have built their scanners
    crafted = ("worker-timeout-probe 会議の要約 " * 500) + SLOW
    m = gw.mark()
    small_done: list[float] = []

    def small() -> None:  # a clean short prompt while the crafted one is in flight
        time.sleep(0.3)
        _chat(gw, "noisy-neighbour-probe 議事録を要約してください")
        small_done.append(time.monotonic())

    t = threading.Thread(target=small)
    t.start()
    with pytest.raises(openai.PermissionDeniedError) as ei:
        _chat(gw, crafted)
    blocked_at = time.monotonic()
    t.join(30)
    assert ei.value.code == "scan_timeout"
    assert upstream.received("worker-timeout-probe") == []
    assert small_done and small_done[0] < blocked_at  # the event loop was never held by the crafted scan
    decisions = gw.new_decisions(m, expect=2)
    (d,) = [x for x in decisions if x["reason"] == "scan_timeout"]
    assert d["action"] == "block" and d["stage"] == "scan"
    (killed,) = gw.wait_events(lambda e: e.get("event") == "scan_worker_killed")
    deadline = time.monotonic() + 5
    while _alive(killed["pid"]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(killed["pid"]), "the timed-out worker still runs"

    # a legitimate 115,000-character document right after: scanned, not scan_timeout
    doc = ("legit-large-doc 本日の会議では予算の見直しについて議論しました。" * 4000)[:115_000]
    m = gw.mark()
    _chat(gw, doc)
    (d,) = gw.new_decisions(m)
    assert (d["action"], d["reason"]) == ("allow", "allowed") and d["prompt_chars"] >= 115_000
    assert upstream.received("legit-large-doc")
    # and a big document with a 個人番号 inside is still found there
    secret = ("big-secret-doc 会議資料。" * 3000) + "個人番号 5260 1815 9084 の方" + ("以上。" * 1000)
    m = gw.mark()
    with pytest.raises(openai.PermissionDeniedError):
        _chat(gw, secret)
    (d,) = gw.new_decisions(m)
    assert d["action"] == "block" and "JP_MY_NUMBER" in {f["entity"] for f in d["findings"]}
    assert upstream.received("big-secret-doc") == []


# ---------------------------------------------------------------------------------------------- audit before forward
@pytest.fixture()
def auditgw(module_dir: Path, test_rules: Path, upstream: FakeUpstream, pki, tmp_path: Path) -> Iterator[GatewayProcess]:
    real = tmp_path / "audit-real.jsonl"
    link = tmp_path / "audit.jsonl"
    link.symlink_to(real)
    gw = GatewayProcess(module_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-audit",
                        extra_sets=("aigw_audit_fsync=always",))
    gw.args = [f"aigw_audit_log={link}" if a.startswith("aigw_audit_log=") else a for a in gw.args]
    gw.audit_log = link
    gw.start()
    yield gw
    gw.stop()


def test_decision_line_is_in_the_file_before_the_upstream_answers(auditgw: GatewayProcess,
                                                                  upstream: FakeUpstream) -> None:
    gw = auditgw
    ctl = upstream.reset_stream(hold_seconds=8)
    before = len(gw.audit_lines())
    stream = _client(gw).chat.completions.create(model="m", stream=True,
                                                 messages=[{"role": "user", "content": "audit-first-probe 要約"}])
    it = iter(stream)
    next(it)  # the upstream has the request and holds the rest of its answer
    assert ctl.finished_at is None
    lines = gw.audit_lines()[before:]
    assert [(x["action"], x["upstream_status"]) for x in lines] == [("allow", None)]
    ctl.release.set()
    for _ in it:
        pass
    assert gw.upstream_status(lines[0]) == 200
    done = [x for x in gw.audit_lines(None) if x.get("event") == "request_completed"
            and x["request_id"] == lines[0]["request_id"]]
    assert len(done) == 1 and done[0]["upstream_status"] == 200


def test_full_disk_blocks_the_next_request_and_nothing_is_forwarded_without_its_line(
        auditgw: GatewayProcess, upstream: FakeUpstream) -> None:
    gw = auditgw
    m = gw.mark()
    _chat(gw, "audit-ok-probe 要約してください")
    (ok,) = gw.new_decisions(m)
    assert ok["action"] == "allow" and ok in gw.audit_lines()
    # the disk fills up: the audit path now leads to /dev/full (every write fails with ENOSPC)
    link = gw.audit_log
    link.unlink()
    link.symlink_to("/dev/full")
    assert gw.proc is not None
    n = len(gw.events)
    gw.proc.send_signal(signal.SIGHUP)  # logrotate's reopen: the gateway writes to the new file
    _wait(gw, n, "audit_reopened")
    sent = 0
    for i in range(3):
        m = gw.mark()
        with pytest.raises(openai.PermissionDeniedError) as ei:
            _chat(gw, f"audit-full-probe-{i} 要約してください")
        sent += 1
        assert ei.value.code == "audit_unavailable"
        (d,) = gw.new_decisions(m)  # exactly one decision line (on stdout: the file is full)
        assert (d["action"], d["reason"]) == ("block", "audit_unavailable")
    assert upstream.received("audit-full-probe") == []
    assert gw.wait_events(lambda e: e.get("event") == "audit_write_failed")


# ---------------------------------------------------------------------------------------------- safe reloads
def _events_after(gw: GatewayProcess, n: int, name: str) -> list[dict]:
    with gw._lock:
        return [e for e in gw.events[n:] if e.get("event") == name]


def _wait(gw: GatewayProcess, n: int, name: str, timeout: float = 20) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if got := _events_after(gw, n, name):
            return got[0]
        time.sleep(0.05)
    raise AssertionError(f"no {name} after #{n}:\n{gw.output()[-3000:]}")


def _connect_head(gw: GatewayProcess, host: str) -> bytes:
    assert gw.port is not None
    sock, head, _ = rawproxy.open_tunnel(gw.port, host, timeout=10)
    sock.close()
    return head


def _swap(link: Path, target: Path) -> None:
    """The atomic deploy: a new symlink renamed over the old one."""
    tmp = link.with_name(".current.new")
    tmp.symlink_to(target)
    os.replace(tmp, link)


@pytest.fixture(scope="module")
def swapgw(module_dir: Path, upstream: FakeUpstream, pki, tmp_path_factory) -> Iterator[tuple[GatewayProcess, Path]]:
    base = tmp_path_factory.mktemp("swap")
    v1 = make_test_rules(base / "v1")
    link = base / "current"
    link.symlink_to(v1)
    gw = GatewayProcess(module_dir, rules=link, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-swap",
                        extra_sets=("aigw_rules_reload=1", "aigw_refuse_at_connect=true")).start()
    yield gw, link
    gw.stop()


def _blocks_my_number(gw: GatewayProcess, upstream: FakeUpstream, probe: str) -> None:
    m = gw.mark()
    with pytest.raises(openai.PermissionDeniedError):
        _chat(gw, f"{probe} 個人番号は 5260 1815 9084 です")  # not the documented example number
    (d,) = gw.new_decisions(m)
    assert d["reason"] == "confidential_data"
    assert upstream.received(probe) == []


@pytest.mark.parametrize("damage", ["truncated_services", "deleted_detectors", "deleted_shadow", "empty_users"])
def test_damaged_rules_are_rejected_and_the_old_rules_stay(swapgw, upstream: FakeUpstream, damage: str) -> None:
    gw, link = swapgw
    current = Path(os.path.realpath(link))
    name = {"truncated_services": "services.yaml", "deleted_detectors": "detectors.yaml",
            "deleted_shadow": "shadow_ai.yaml", "empty_users": "users.yaml"}[damage]
    path = current / name
    original = path.read_bytes()
    n = len(gw.events)
    try:
        if damage == "truncated_services":
            path.write_bytes(original[: len(original) * 45 // 100])  # a copy cut off mid-file
        elif damage == "empty_users":
            path.write_bytes(b"")
        else:
            path.unlink()
        rejected = _wait(gw, n, "rules_rejected")
        assert rejected["file"] == name
        assert not _events_after(gw, n, "rules_loaded")
        _blocks_my_number(gw, upstream, f"damaged-{damage}-probe")  # the old rules (and scanner) stay
        assert _connect_head(gw, "poe.com").startswith(b"HTTP/1.1 403")  # shadow AI still refused
    finally:
        n = len(gw.events)
        path.write_bytes(original)
        _wait(gw, n, "rules_loaded")


def test_symlink_swap_is_followed_and_a_shrinking_reload_warns(swapgw, upstream: FakeUpstream,
                                                               tmp_path: Path) -> None:
    import shutil

    import yaml

    gw, link = swapgw
    old = Path(os.path.realpath(link))
    v2 = tmp_path / "v2"
    shutil.copytree(old, v2)
    services = yaml.safe_load((v2 / "services.yaml").read_text(encoding="utf-8"))
    services["services"] = [s for s in services["services"] if s["id"] != "deepseek"]
    (v2 / "services.yaml").write_text(yaml.safe_dump(services, allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
    assert _connect_head(gw, "chat.deepseek.com").startswith(b"HTTP/1.1 200")  # catalogued: decrypted
    n = len(gw.events)
    try:
        _swap(link, v2)
        loaded = _wait(gw, n, "rules_loaded")
        assert loaded["directory"] == str(v2.resolve())
        shrunk = _wait(gw, n, "rules_shrunk")
        assert shrunk["services_removed"] == 1 and shrunk["removed_services"] == ["deepseek"]
        assert shrunk["hosts_removed"] == 3
        # a known AI host the rules no longer catalog is refused, never a silent tunnel
        m = gw.mark()
        head = _connect_head(gw, "chat.deepseek.com")
        assert head.startswith(b"HTTP/1.1 403")
        (d,) = gw.new_decisions(m)
        assert (d["action"], d["reason"], d["host"]) == ("block", "shadow_ai", "chat.deepseek.com")
        _blocks_my_number(gw, upstream, "after-swap-probe")
    finally:
        n = len(gw.events)
        _swap(link, old)
        _wait(gw, n, "rules_loaded")


# ---------------------------------------------------------------------------------------------- bodies and upstreams
@pytest.fixture(scope="module")
def limitgw(module_dir: Path, upstream: FakeUpstream, pki, tmp_path_factory) -> Iterator[GatewayProcess]:
    import socket

    rules = make_test_rules(tmp_path_factory.mktemp("limits") / "rules")
    policy = rules / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("max_body_bytes: 33554432", "max_body_bytes: 1048576"),
                      encoding="utf-8")
    with socket.socket() as s:  # a port nobody listens on: the upstream refuses
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    hosts = tuple(h for h in UPSTREAM_HOSTS if h != "api.anthropic.com")
    gw = GatewayProcess(module_dir, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=hosts, name="gw-limits",
                        extra_sets=(f"aigw_upstream_override=api.anthropic.com=127.0.0.1:{dead}",)).start()
    yield gw
    gw.stop()


def _tls_to(gw: GatewayProcess, host: str, user: str = "tanaka"):
    import base64
    import socket

    s = socket.create_connection(("127.0.0.1", gw.port), timeout=10)
    cred = base64.b64encode(f"{user}:demo".encode()).decode()
    s.sendall(f"CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\nProxy-Authorization: Basic {cred}\r\n\r\n".encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += s.recv(4096)
    assert head.startswith(b"HTTP/1.1 200"), head
    return gw.ssl_context().wrap_socket(s, server_hostname=host)


def _read_all(tls) -> bytes:
    data = b""
    try:
        while chunk := tls.recv(65536):
            data += chunk
    except OSError:
        pass
    return data


def test_oversize_content_length_of_an_unapproved_user_is_refused_before_the_body(limitgw: GatewayProcess,
                                                                                  upstream: FakeUpstream) -> None:
    gw = limitgw
    m = gw.mark()
    tls = _tls_to(gw, "api.openai.com", user="sato")  # sato's approval has expired
    tls.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: application/json\r\n"
                b"Content-Length: 104857600\r\n\r\n{\"messages\":[")  # 100 MiB announced, a few bytes sent
    answer = _read_all(tls)  # answered without the rest of the body
    tls.close()
    # the answer says what the audit says: the approval expired (the size check came second)
    assert answer.startswith(b"HTTP/1.1 403") and "有効期限が切れています" in answer.decode("utf-8", "replace")
    (d,) = gw.new_decisions(m)
    assert (d["action"], d["reason"], d["user"]) == ("block", "approval_expired", "sato")
    assert d["request_id"] in answer.decode("utf-8", "replace")


def test_chunked_upload_over_the_limit_is_cut_off_as_it_arrives(limitgw: GatewayProcess,
                                                                upstream: FakeUpstream) -> None:
    gw = limitgw
    m = gw.mark()
    tls = _tls_to(gw, "api.openai.com")
    tls.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"chunked-oversize-probe " * 2800  # ~64 KB
    sent = 0
    try:
        for _ in range(64):  # up to 4 MiB, four times the limit
            tls.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent += len(chunk)
    except OSError:
        pass  # the gateway stopped reading and closed: good
    answer = _read_all(tls)
    tls.close()
    assert answer.startswith(b"HTTP/1.1 413")
    (d,) = gw.new_decisions(m)
    assert (d["action"], d["reason"]) == ("block", "oversize_body")
    doc = json.loads(answer.partition(b"\r\n\r\n")[2])  # OpenAI's shape, Japanese, with the 参照番号
    assert doc["error"]["code"] == "oversize_body" and doc["error"]["type"] == "invalid_request_error"
    assert "送信データが大きすぎる" in doc["error"]["message"] and d["request_id"] in doc["error"]["message"]
    assert upstream.received("chunked-oversize-probe") == []


def test_upload_abandoned_mid_body_is_client_disconnected(limitgw: GatewayProcess, upstream: FakeUpstream) -> None:
    gw = limitgw
    m = gw.mark()
    tls = _tls_to(gw, "api.openai.com")
    tls.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: application/json\r\n"
                b"Content-Length: 200000\r\n\r\n{\"messages\":[{\"role\":\"user\",\"content\":\"abandoned-probe ")
    time.sleep(0.3)
    tls.close()
    (d,) = gw.new_decisions(m)
    assert (d["action"], d["reason"]) == ("block", "client_disconnected")
    assert upstream.received("abandoned-probe") == []


def test_unreachable_upstream_answers_in_the_api_shape_in_japanese(limitgw: GatewayProcess) -> None:
    import anthropic

    gw = limitgw
    m = gw.mark()
    client = anthropic.Anthropic(api_key="sk", base_url="https://api.anthropic.com", http_client=gw.http2_client(),
                                 max_retries=0)
    with pytest.raises(anthropic.APIStatusError) as ei:
        client.messages.create(model="m", max_tokens=10, messages=[{"role": "user", "content": "upstream-down 要約"}])
    assert ei.value.status_code == 502  # Anthropic's own shape (tests/e2e/test_upstream_errors_e2e.py: every shape)
    assert ei.value.body["error"]["type"] == "api_error" and "生成AIサービスに接続できない" in str(ei.value.body)
    (d,) = gw.new_decisions(m)
    assert (d["action"], d["reason"]) == ("allow", "allowed")
    deadline = time.monotonic() + 5
    done: list[dict] = []
    while not done and time.monotonic() < deadline:
        done = [e for e in gw.events if e.get("event") == "request_completed" and e["request_id"] == d["request_id"]]
        time.sleep(0.05)
    assert done and done[0]["error"] == "upstream_error" and done[0]["upstream_status"] is None
    # HTTP/1.1 clients get the same shape
    with gw.http_client() as c:
        r = c.post("https://api.anthropic.com/v1/messages", json={"model": "m", "max_tokens": 5,
                                                                 "messages": [{"role": "user", "content": "h1 要約"}]})
    assert r.status_code == 502 and r.json()["error"]["type"] == "api_error" and "参照番号" in r.text
    assert r.headers["x-aigw-reason"] == "upstream_error"


# ---------------------------------------------------------------------------------------------- connection hygiene
@pytest.fixture(scope="module")
def hygienegw(module_dir: Path, test_rules: Path, upstream: FakeUpstream, pki) -> Iterator[GatewayProcess]:
    gw = GatewayProcess(module_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-hygiene",
                        extra_sets=("aigw_header_timeout=4", "aigw_max_client_connections=20")).start()
    yield gw
    gw.stop()


def _closed(s, timeout: float) -> bool:
    s.settimeout(timeout)
    try:
        return s.recv(4096) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_slow_headers_are_cut_and_a_client_cannot_hold_every_connection(hygienegw: GatewayProcess,
                                                                       upstream: FakeUpstream) -> None:
    import socket

    gw = hygienegw
    slow = []
    for _ in range(20):  # a slowloris: header bytes trickle, never a complete head
        s = socket.create_connection(("127.0.0.1", gw.port), timeout=5)
        s.sendall(b"CONNECT api.openai.com:443 HTTP/1.1\r\nHost: api.open")
        slow.append(s)
    # over the cap: refused at once — well before the 4 s header timeout could free a slot on a loaded machine
    extra = socket.create_connection(("127.0.0.1", gw.port), timeout=5)
    assert _closed(extra, 2)
    assert gw.wait_events(lambda e: e.get("event") == "connection_refused", 3)
    assert all(_closed(s, 10) for s in slow)  # each closed by the header timeout
    assert gw.wait_events(lambda e: e.get("event") == "header_timeout", 3)
    for s in slow + [extra]:
        s.close()
    time.sleep(0.3)
    m = gw.mark()  # the gateway serves normally again
    _chat(gw, "after-slowloris 要約してください")
    (d,) = gw.new_decisions(m)
    assert d["action"] == "allow"
