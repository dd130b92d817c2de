"""A fleet on one host, with real proxies: staff → real Squid (basic auth, basic_ncsa_auth) →
real HAProxy (HTTP mode, from deploy/haproxy/haproxy.cfg) → two `aigw run` workers → fake upstream.

Squid passes the authenticated user on with `cache_peer … login=*:SECRET` (deploy/squid/squid.conf);
the workers accept that user only from `identity.trusted_proxies` with the shared secret. Checks:
identity pass-through (request_decided names the Squid user), decisions (suzuki blocked, tanaka
allowed), both workers write audit lines, failover when a worker dies, and the secret is refused
from an untrusted address.
"""

from __future__ import annotations

import os
import re
import shutil
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import REPO, GatewayProcess, make_test_rules
from tests.support.haproxy import HAPROXY, start_haproxy
from tests.support.haproxy import haproxy_config as shared_haproxy_config
from tests.support.net import free_port, wait_port
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e

SQUID = shutil.which("squid") or "/usr/sbin/squid"
NCSA = "/usr/lib/squid/basic_ncsa_auth"
SECRET = "fleet-test-secret-" + fresh_tag(12)
MISSING = [p for p in (HAPROXY, SQUID, NCSA) if not os.access(p, os.X_OK)]
if MISSING:
    pytest.skip(f"needs the Debian packages haproxy and squid (run scripts/setup-system.sh): missing {MISSING}",
                allow_module_level=True)


def haproxy_config(listen: int, workers: list[tuple[int, int]]) -> str:
    return shared_haproxy_config(listen, workers, shutdown_sessions=True)


def squid_config(d: Path, listen: int, parent: int, htpasswd: Path) -> str:
    """deploy/squid/squid.conf with test ports and files; no DNS server but loopback, no pinger."""
    text = (REPO / "deploy/squid/squid.conf").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^http_port 3128$", f"http_port 127.0.0.1:{listen}", text)
    text = text.replace("/etc/squid/passwd", str(htpasswd))
    text = re.sub(r"cache_peer aigw\.example\.lg\.jp parent 3128", f"cache_peer 127.0.0.1 parent {parent}", text)
    text = text.replace("change-this-shared-secret-0123", SECRET)
    text = text.replace("coredump_dir /var/spool/squid", f"coredump_dir {d}")
    assert f"login=*:{SECRET}" in text
    extra = [f"pid_filename {d}/squid.pid", f"cache_log {d}/cache.log", f"access_log stdio:{d}/access.log",
             "pinger_enable off", "netdb_filename none", "dns_nameservers 127.0.0.1", "shutdown_lifetime 0 seconds",
             "logfile_rotate 0", "mime_table /usr/share/squid/mime.conf", "cache_mem 8 MB"]
    if os.geteuid() == 0:
        extra.append("cache_effective_user proxy")  # Squid drops root and runs as the unprivileged user
    return text + "\n# test settings\n" + "\n".join(extra) + "\n"


@dataclass
class Fleet:
    workers: list[GatewayProcess]
    haproxy_port: int
    squid_port: int
    ca: Path

    def client(self, user: str, password: str = "demo") -> httpx.Client:
        return httpx.Client(proxy=f"http://{user}:{password}@127.0.0.1:{self.squid_port}",
                            verify=ssl.create_default_context(cafile=str(self.ca)),
                            trust_env=False, timeout=20)

    def chat(self, user: str, text: str) -> httpx.Response:
        with self.client(user) as c:  # a new client: a new CONNECT through Squid and HAProxy
            return c.post("https://api.openai.com/v1/chat/completions",
                          json={"model": "m", "messages": [{"role": "user", "content": text}]})

    def decision(self, request_id: str) -> dict:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for gw in self.workers:
                for d in gw.decisions():
                    if d["request_id"] == request_id:
                        return d
            time.sleep(0.05)
        raise AssertionError(f"no request_decided line with request_id {request_id}")


def health_port(gw: GatewayProcess) -> int:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for e in list(gw.events):
            if e.get("event") == "health_ready":
                return e["port"]
        time.sleep(0.05)
    raise RuntimeError("no health_ready line")


@pytest.fixture(scope="module")
def fleet(module_dir: Path, pki: TestPKI) -> Iterator[Fleet]:
    procs: list[subprocess.Popen] = []
    workers: list[GatewayProcess] = []
    up = FakeUpstream(pki.cert_pem, pki.key_pem).__enter__()
    squid_dir = Path(tempfile.mkdtemp(prefix="aigw-squid-"))
    try:
        rules = make_test_rules(module_dir / "fleet-rules")
        policy = rules / "policy.yaml"
        text = policy.read_text(encoding="utf-8")
        assert "trusted_proxies: []" in text
        policy.write_text(text.replace("trusted_proxies: []", 'trusted_proxies: ["127.0.0.1/32"]'), encoding="utf-8")
        for i in (1, 2):
            gw = GatewayProcess(
                module_dir, rules=rules, upstream_port=up.port, upstream_ca=pki.ca_pem, hosts=UPSTREAM_HOSTS,
                name=f"fleet-w{i}", extra_sets=(f"aigw_trusted_proxy_secret={SECRET}",
                                                "aigw_health_listen=127.0.0.1:0", "aigw_rules_reload=0"))
            if workers:  # one CA for all workers, as clients trust one CA (deployed like deploy/ does)
                gw.confdir.mkdir(parents=True, exist_ok=True)
                for f in workers[0].confdir.glob("mitmproxy-ca*.pem"):
                    shutil.copy2(f, gw.confdir / f.name)
            workers.append(gw.start())
        hports = [health_port(w) for w in workers]

        hp = free_port()
        procs.append(start_haproxy(module_dir / "fleet-haproxy.cfg",
                                   haproxy_config(hp, [(w.port, h) for w, h in zip(workers, hports)]), hp))

        squid_dir.chmod(0o777)
        htpasswd = squid_dir / "passwd"
        lines = []
        for user in ("tanaka", "suzuki"):
            h = subprocess.run(["openssl", "passwd", "-apr1", "demo"], capture_output=True, text=True, check=True)
            lines.append(f"{user}:{h.stdout.strip()}")
        htpasswd.write_text("\n".join(lines) + "\n")
        htpasswd.chmod(0o644)
        sp = free_port()
        sconf = squid_dir / "squid.conf"
        sconf.write_text(squid_config(squid_dir, sp, hp, htpasswd))
        parse = subprocess.run([SQUID, "-k", "parse", "-f", str(sconf)], capture_output=True, text=True, timeout=30)
        assert parse.returncode == 0, parse.stdout + parse.stderr
        procs.append(subprocess.Popen([SQUID, "-N", "-f", str(sconf)], stdout=subprocess.DEVNULL,
                                      stderr=open(squid_dir / "stderr.log", "w")))
        try:
            wait_port(sp)
        except RuntimeError:
            raise RuntimeError((squid_dir / "stderr.log").read_text() + (squid_dir / "cache.log").read_text())
        assert workers[0].ca_cert is not None
        yield Fleet(workers, hp, sp, workers[0].ca_cert)
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        for w in workers:
            w.stop()
        up.close()
        shutil.rmtree(squid_dir, ignore_errors=True)


def marker() -> str:
    return f"議事録の要約をお願いします（{fresh_tag(10)}）"


def test_identity_passes_through_squid_and_decisions_hold(fleet: Fleet) -> None:
    r = fleet.chat("tanaka", marker())
    assert r.status_code == 200, r.text
    d = fleet.decision(r.headers.get("x-aigw-request-id") or _last_id(fleet, "tanaka"))
    assert (d["user"], d["identity_source"], d["action"], d["reason"]) == ("tanaka", "trusted_proxy", "allow", "allowed")
    assert d["client_ip"] == "127.0.0.1"

    r = fleet.chat("suzuki", marker())
    assert r.status_code == 403 and r.headers["x-aigw-reason"] == "not_approved"
    assert "承認" in r.json()["error"]["message"]
    d = fleet.decision(r.headers["x-aigw-request-id"])
    assert (d["user"], d["identity_source"], d["action"], d["reason"]) == ("suzuki", "trusted_proxy", "block",
                                                                            "not_approved")


def test_wrong_squid_password_never_reaches_aigw(fleet: Fleet) -> None:
    marks = [w.mark() for w in fleet.workers]
    with fleet.client("tanaka", "wrong") as c:
        with pytest.raises(httpx.ProxyError):
            c.post("https://api.openai.com/v1/chat/completions", json={"model": "m", "messages": []})
    time.sleep(0.3)
    assert [len(w.decisions()) for w in fleet.workers] == marks


def test_secret_is_refused_from_an_untrusted_address(fleet: Fleet) -> None:
    """127.0.0.2 is not in trusted_proxies: the shared secret does not name a user from there, while
    the same worker still accepts staff's own htpasswd credentials."""
    gw = fleet.workers[-1]

    def direct(user: str, password: str) -> tuple[str, str]:
        """curl from source address 127.0.0.2 straight to a worker: (CONNECT status, final status)."""
        r = subprocess.run(["curl", "-sS", "--max-time", "20", "--interface", "127.0.0.2",
                            "--proxy", f"http://127.0.0.1:{gw.port}", "--proxy-user", f"{user}:{password}",
                            "--cacert", str(fleet.ca), "-o", "/dev/null", "-w", "%{http_connect} %{http_code}",
                            "-H", "content-type: application/json", "-d", '{"model":"m","messages":[]}',
                            "https://api.openai.com/v1/chat/completions"],
                           capture_output=True, text=True, timeout=30, env={"PATH": "/usr/bin:/bin"})
        connect, code = r.stdout.split()
        return connect, code

    assert direct("tanaka", SECRET)[0] == "407"
    assert gw.wait_events(lambda e: e.get("event") == "trusted_proxy_secret_refused"
                          and e.get("client_ip") == "127.0.0.2")  # stdout is read by a thread: may lag
    assert direct("tanaka", "demo") == ("200", "200")


def test_both_workers_audit_and_failover_when_one_dies(fleet: Fleet) -> None:
    counts = [len(w.audit_lines()) for w in fleet.workers]
    for _ in range(6):
        assert fleet.chat("tanaka", marker()).status_code == 200
    time.sleep(0.3)
    new = [len(w.audit_lines()) - c for w, c in zip(fleet.workers, counts)]
    assert sum(new) == 6 and all(n >= 1 for n in new), f"requests per worker: {new}"

    dead, alive = fleet.workers
    assert dead.proc is not None
    dead.proc.kill()  # the worker dies without a goodbye
    dead.proc.wait(10)
    before = len(alive.audit_lines())
    t0 = time.monotonic()
    results, retried = [], 0
    for _ in range(6):
        try:
            results.append(fleet.chat("tanaka", marker()).status_code)
        except (httpx.ConnectError, httpx.ProxyError):
            # a connection set up before HAProxy saw the worker die can fail once (refused, or Squid's 502
            # for a tunnel HAProxy cut); like a browser, the client sets up a new one (the prompt was never
            # answered, so nothing is resent twice). `option redispatch 1` makes this rare: a refused
            # connection is retried on the other worker at once
            retried += 1
            results.append(fleet.chat("tanaka", marker()).status_code)
    assert results == [200] * 6, results
    assert retried <= 1, f"{retried} connection set-ups failed after the worker died"
    time.sleep(0.3)
    assert len(alive.audit_lines()) - before == 6
    assert time.monotonic() - t0 < 30


def _last_id(fleet: Fleet, user: str) -> str:
    time.sleep(0.3)
    ds = [d for w in fleet.workers for d in w.decisions() if d["user"] == user]
    return max(ds, key=lambda d: d["time"])["request_id"]
