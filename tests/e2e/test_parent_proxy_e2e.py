"""Parent-proxy chaining through a real Squid: client → aigw (`aigw run --upstream-proxy`) → Squid
(basic auth, basic_ncsa_auth, on a loopback port) → fake upstream on 127.0.0.1.

Checks the three surfaces: an allowed prompt arrives through Squid, which logs aigw's parent-proxy user
(the parent's authentication is used); a blocked prompt opens no CONNECT at Squid and never arrives;
with wrong parent credentials the client gets a Japanese 502 in the API's shape, the request_decided
line says upstream_error / 502, aigw logs upstream_proxy_failed and Squid logs its 407. The credentials
never appear on the command line (ps)."""

from __future__ import annotations

import base64
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess
from tests.support.net import free_port, wait_port
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e

SQUID = shutil.which("squid") or "/usr/sbin/squid"
NCSA = "/usr/lib/squid/basic_ncsa_auth"
MISSING = [p for p in (SQUID, NCSA) if not os.access(p, os.X_OK)]
if MISSING:
    pytest.skip(f"needs the Debian package squid (run scripts/setup-system.sh): missing {MISSING}",
                allow_module_level=True)

PARENT_USER = "aigw-gw"
PARENT_PASSWORD = "parent-" + fresh_tag(12)
MY_NUMBER_PROMPT = "佐藤花子さんの個人番号526018159084を使って、住民税の申告書の記入例を作ってください。"


def parent_squid_config(d: Path, port: int, htpasswd: Path) -> str:
    """The organisation's central proxy, reduced to what matters: basic auth required for everything."""
    lines = [
        f"http_port 127.0.0.1:{port}",
        f"auth_param basic program {NCSA} {htpasswd}",
        "auth_param basic realm central-proxy.example.lg.jp",
        "acl parent_users proxy_auth REQUIRED",
        "http_access deny !parent_users",
        "http_access allow parent_users",
        "cache deny all",
        f"pid_filename {d}/squid.pid", f"cache_log {d}/cache.log", f"access_log stdio:{d}/access.log",
        "pinger_enable off", "netdb_filename none", "dns_nameservers 127.0.0.1", "shutdown_lifetime 0 seconds",
        "logfile_rotate 0", "mime_table /usr/share/squid/mime.conf", "cache_mem 8 MB", f"coredump_dir {d}",
    ]
    if os.geteuid() == 0:
        lines.append("cache_effective_user proxy")
    return "\n".join(lines) + "\n"


@dataclass
class Parent:
    port: int
    dir: Path

    def access_log(self) -> list[str]:
        path = self.dir / "access.log"
        return path.read_text(errors="replace").splitlines() if path.exists() else []

    def wait_log(self, needle: str, timeout: float = 10) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if hits := [ln for ln in self.access_log() if needle in ln]:
                return hits
            time.sleep(0.1)
        return []


@pytest.fixture(scope="module")
def parent(module_dir: Path) -> Iterator[Parent]:
    d = Path(tempfile.mkdtemp(prefix="aigw-parent-squid-"))
    d.chmod(0o777)
    htpasswd = d / "passwd"
    h = subprocess.run(["openssl", "passwd", "-apr1", PARENT_PASSWORD], capture_output=True, text=True, check=True)
    htpasswd.write_text(f"{PARENT_USER}:{h.stdout.strip()}\n")
    htpasswd.chmod(0o644)
    port = free_port()
    conf = d / "squid.conf"
    conf.write_text(parent_squid_config(d, port, htpasswd))
    parse = subprocess.run([SQUID, "-k", "parse", "-f", str(conf)], capture_output=True, text=True, timeout=30)
    assert parse.returncode == 0, parse.stdout + parse.stderr
    proc = subprocess.Popen([SQUID, "-N", "-f", str(conf)], stdout=subprocess.DEVNULL,
                            stderr=open(d / "stderr.log", "w"))
    try:
        try:
            wait_port(port)
        except RuntimeError:
            raise RuntimeError((d / "stderr.log").read_text() + (d / "cache.log").read_text()) from None
        yield Parent(port, d)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="module")
def own_upstream(pki: TestPKI) -> Iterator[FakeUpstream]:
    with FakeUpstream(pki.cert_pem, pki.key_pem) as up:
        yield up


def _chained(module_dir: Path, test_rules: Path, up: FakeUpstream, pki: TestPKI, parent: Parent, name: str,
             auth_args: list[str], env: dict[str, str] | None = None) -> GatewayProcess:
    gw = GatewayProcess(module_dir, rules=test_rules, upstream_port=up.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name=name, env=env, extra_sets=("aigw_rules_reload=0",))
    i = gw.args.index("run") + 1
    gw.args[i:i] = ["--upstream-proxy", f"http://127.0.0.1:{parent.port}", *auth_args]
    return gw.start()


@pytest.fixture(scope="module")
def chained(module_dir: Path, test_rules: Path, own_upstream: FakeUpstream, pki: TestPKI,
            parent: Parent) -> Iterator[GatewayProcess]:
    secret = module_dir / "parent-auth"
    secret.write_text(f"{PARENT_USER}:{PARENT_PASSWORD}\n")
    secret.chmod(0o600)
    gw = _chained(module_dir, test_rules, own_upstream, pki, parent, "gw-parent",
                  ["--upstream-proxy-auth-file", str(secret)])
    yield gw
    gw.stop()


@pytest.fixture(scope="module")
def wrongly_chained(module_dir: Path, test_rules: Path, own_upstream: FakeUpstream, pki: TestPKI,
                    parent: Parent) -> Iterator[GatewayProcess]:
    gw = _chained(module_dir, test_rules, own_upstream, pki, parent, "gw-parent-bad", [],
                  env={"AIGW_UPSTREAM_PROXY_AUTH": f"{PARENT_USER}:wrong-password"})
    yield gw
    gw.stop()


def _chat(gw: GatewayProcess, user: str, text: str):
    with gw.http_client(user) as c:
        return c.post("https://api.openai.com/v1/chat/completions",
                      json={"model": "gpt-4o", "messages": [{"role": "user", "content": text}]})


def test_allowed_prompt_goes_through_the_parent_with_its_authentication(chained: GatewayProcess, parent: Parent,
                                                                        own_upstream: FakeUpstream) -> None:
    marker = f"議事録の要約をお願いします（{fresh_tag(10)}）"
    m = chained.mark()
    r = _chat(chained, "tanaka", marker)
    assert r.status_code == 200, r.text
    assert own_upstream.received(marker), "the allowed prompt reached the upstream"
    (d,) = chained.new_decisions(m)
    assert (d["action"], d["reason"], chained.upstream_status(d)) == ("allow", "allowed", 200)
    hits = parent.wait_log(f"CONNECT 127.0.0.1:{own_upstream.port}")
    assert hits and all(PARENT_USER in ln for ln in hits), parent.access_log()
    assert any("TCP_TUNNEL/200" in ln for ln in hits), hits
    assert any(e.get("event") == "upstream_proxy_configured" and e.get("authentication") is True
               for e in chained.events)


def test_blocked_prompt_never_reaches_the_parent(chained: GatewayProcess, parent: Parent,
                                                 own_upstream: FakeUpstream) -> None:
    _chat(chained, "tanaka", "前置きの質問です")  # the parent is known good: no check is pending
    time.sleep(1.5)  # Squid writes its access log when a tunnel closes
    before = len(parent.access_log())
    m = chained.mark()
    r = _chat(chained, "tanaka", MY_NUMBER_PROMPT)
    assert r.status_code == 403 and r.json()["error"]["code"] == "confidential_data"
    (d,) = chained.new_decisions(m)
    assert (d["action"], d["reason"]) == ("block", "confidential_data")
    time.sleep(1.5)
    assert len(parent.access_log()) == before, parent.access_log()[before:]
    assert not own_upstream.received("526018159084")


def test_unapproved_user_is_blocked_before_the_parent(chained: GatewayProcess, parent: Parent) -> None:
    m = chained.mark()
    r = _chat(chained, "suzuki", "こんにちは")
    assert r.status_code == 403 and r.json()["error"]["code"] == "not_approved"
    assert chained.new_decisions(m)[0]["reason"] == "not_approved"


def test_wrong_parent_credentials_give_a_japanese_error_and_an_audit_line(
        wrongly_chained: GatewayProcess, parent: Parent, own_upstream: FakeUpstream) -> None:
    marker = f"会議資料の構成案（{fresh_tag(10)}）"
    for attempt in range(2):  # the first asks the parent; the second is answered from the remembered refusal
        m = wrongly_chained.mark()
        r = _chat(wrongly_chained, "tanaka", marker)
        assert r.status_code == 502, r.text
        assert r.headers["x-should-retry"] == "false"
        assert r.headers["x-aigw-reason"] == "upstream_proxy_auth_failed"
        err = r.json()["error"]
        assert err["code"] == "upstream_proxy_auth_failed"
        assert "上位プロキシ" in err["message"] and "認証" in err["message"] and "システム管理者" in err["message"]
        (d,) = wrongly_chained.new_decisions(m)
        assert d["request_id"] in err["message"]
        done = wrongly_chained.completion(d)  # the decision was written before the request left; the outcome follows it
        assert (d["action"], done.get("upstream_status"), done.get("error")) == ("allow", 502, "upstream_error")
        assert d["request_id"] in [a["request_id"] for a in wrongly_chained.audit_lines()]
    failed = wrongly_chained.wait_events(lambda e: e.get("event") == "upstream_proxy_failed")
    assert failed and failed[0]["kind"] == "auth_failed" and failed[0]["status"] == 407
    assert not own_upstream.received(marker)
    assert parent.wait_log("TCP_DENIED/407"), parent.access_log()
    # the secret is in no log line and on no command line
    assert "wrong-password" not in wrongly_chained.output()


def test_credentials_are_not_on_the_command_line(chained: GatewayProcess) -> None:
    assert chained.proc is not None
    cmdline = Path(f"/proc/{chained.proc.pid}/cmdline").read_bytes().decode(errors="replace")
    assert PARENT_PASSWORD not in cmdline and "--upstream-proxy" in cmdline
    assert PARENT_PASSWORD not in chained.output()


def test_other_hosts_are_tunnelled_through_the_parent_untouched(chained: GatewayProcess, parent: Parent,
                                                                own_upstream: FakeUpstream, pki: TestPKI) -> None:
    """A non-AI host is neither decrypted nor sent around the parent: its tunnel goes through Squid too."""
    target = f"127.0.0.1:{own_upstream.port}"  # not in the catalog
    s = socket.create_connection(("127.0.0.1", chained.port), timeout=15)
    auth = base64.b64encode(b"suzuki:demo").decode()
    s.sendall(f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\nProxy-Authorization: Basic {auth}\r\n\r\n".encode())
    assert s.recv(4096).startswith(b"HTTP/1.1 200")
    # the upstream's own certificate chain (the gateway CA would fail it): not intercepted
    ctx = ssl.create_default_context(cafile=str(pki.ca_pem))
    ctx.check_hostname = False  # a name outside the catalog, which the test certificate does not carry
    with ctx.wrap_socket(s, server_hostname="intranet.example.lg.jp") as t:
        t.sendall(b"GET /v1/models HTTP/1.1\r\nHost: intranet.example.lg.jp\r\nconnection: close\r\n\r\n")
        assert t.recv(100).startswith(b"HTTP/1.")
    hits = parent.wait_log(f"CONNECT {target}")
    assert hits and all(PARENT_USER in ln for ln in hits)


def test_an_unreachable_parent_is_answered_in_japanese(module_dir: Path, test_rules: Path, own_upstream: FakeUpstream,
                                                       pki: TestPKI) -> None:
    closed = Parent(free_port(), module_dir)  # nothing listens there
    gw = _chained(module_dir, test_rules, own_upstream, pki, closed, "gw-parent-down", [])
    try:
        marker = f"予算資料の確認（{fresh_tag(10)}）"
        m = gw.mark()
        r = _chat(gw, "tanaka", marker)
        assert r.status_code == 502 and r.headers["x-aigw-reason"] == "upstream_proxy_unreachable"
        msg = r.json()["error"]["message"]
        assert "上位プロキシ" in msg and "接続できません" in msg
        (d,) = gw.new_decisions(m)
        done = gw.completion(d)
        assert (done.get("upstream_status"), done.get("error")) == (502, "upstream_error")
        assert not own_upstream.received(marker)
        assert gw.wait_events(lambda e: e.get("event") == "upstream_proxy_failed" and e.get("kind") == "unreachable")
    finally:
        gw.stop()
