"""Start a real ``aigw run`` process (mitmdump + addon) and read its JSON log lines."""

from __future__ import annotations

import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path
from collections.abc import Callable
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
AIGW = Path(sys.executable).with_name("aigw")


class GatewayProcess:
    running: "weakref.WeakSet[GatewayProcess]" = weakref.WeakSet()  # started and not stopped (failure reports)

    def __init__(
        self,
        workdir: Path,
        *,
        rules: Path,
        upstream_port: int,
        upstream_ca: Path,
        hosts: tuple[str, ...],
        extra_sets: tuple[str, ...] = (),
        name: str = "gw",
        env: dict[str, str] | None = None,
    ) -> None:
        self.workdir = workdir
        self.extra_env = dict(env or {})  # e.g. TZ (the host's zone) and AIGW_CLOCK (a pinned start time)
        self.confdir = workdir / f"{name}-confdir"
        self.audit_log = workdir / f"{name}-audit.jsonl"
        self.stderr_path = workdir / f"{name}-stderr.log"
        args = [str(AIGW), "run", "--rules", str(rules), "--listen-host", "127.0.0.1", "--listen-port", "0",
                "--set", f"confdir={self.confdir}", "--set", f"aigw_audit_log={self.audit_log}",
                "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca}", "--set", f"aigw_gateway_name={name}"]
        for h in hosts:
            args += ["--set", f"aigw_upstream_override={h}=127.0.0.1:{upstream_port}"]
        for s in extra_sets:
            args += ["--set", s]
        self.args = args
        self.lines: list[str] = []
        self.events: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self.proc: subprocess.Popen[str] | None = None
        self.port: int | None = None
        self.ca_cert: Path | None = None
        self._file_base = 0

    def start(self, timeout: float = 90) -> "GatewayProcess":
        self._file_base = self._decisions_in_file()  # lines of an earlier process with the same audit file
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")} | self.extra_env
        self._stderr = open(self.stderr_path, "w")
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=self._stderr, text=True,
                                     encoding="utf-8", env=env, cwd=self.workdir)
        threading.Thread(target=self._read, daemon=True).start()
        GatewayProcess.running.add(self)
        if not self._ready.wait(timeout) or self.port is None:
            self.stop()
            raise RuntimeError(f"aigw did not become ready:\n{self.output()}")
        return self

    def _read(self) -> None:
        assert self.proc and self.proc.stdout
        for line in self.proc.stdout:
            line = line.rstrip("\n")
            with self._lock:
                self.lines.append(line)
            try:
                ev = json.loads(line)
            except ValueError:
                continue
            if not isinstance(ev, dict):
                continue
            with self._lock:
                self.events.append(ev)
            if ev.get("event") == "gateway_ready":
                self.port = ev["port"]
                self.ca_cert = Path(ev["ca_cert"])
                self._ready.set()
        self._ready.set()

    def output(self) -> str:
        err = self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""
        with self._lock:
            return "\n".join(self.lines) + "\n--- stderr ---\n" + err

    def wait_workers(self, timeout: float = 150) -> "GatewayProcess":
        """Wait until the first scan worker has built its scanner (``scan_workers_ready``): a test whose first
        request needs a worker at once (a document, a large frame, a body to inflate) then measures the gateway,
        not the warm-up of a fresh process on a busy host."""
        assert self.wait_events(lambda e: e.get("event") == "scan_workers_ready", timeout), self.output()[-4000:]
        return self

    def diagnostics(self, timeout: float = 5) -> str:
        """Where the gateway's tasks and threads wait (SIGUSR1: ``gateway.addons.diagnostics``), from its stderr."""
        if self.proc is None or self.proc.poll() is not None:
            return "(not running)"
        before = self.stderr_path.stat().st_size if self.stderr_path.exists() else 0
        with self._lock:
            seen = len(self.events)
        self.proc.send_signal(signal.SIGUSR1)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if any(e.get("event") == "diagnostics_dumped" for e in self.events[seen:]):
                    break
            time.sleep(0.05)
        with open(self.stderr_path, "rb") as f:
            f.seek(before)
            return f.read().decode("utf-8", "replace")

    def stop(self) -> None:
        GatewayProcess.running.discard(self)
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if hasattr(self, "_stderr"):
            self._stderr.close()
        self.assert_one_decision_per_request()

    def assert_one_decision_per_request(self) -> None:
        """The canonical-line invariant, checked over the whole audit file when every gateway stops: a
        request has exactly one ``request_decided`` line (a second one would double-count it in reports)."""
        if not self.audit_log.is_file():  # e.g. a test pointed it at /dev/full
            return
        seen: dict[str, int] = {}
        for line in self.audit_lines():
            if rid := line.get("request_id"):
                seen[rid] = seen.get(rid, 0) + 1
        twice = sorted(rid for rid, n in seen.items() if n > 1)
        assert not twice, f"{self.audit_log.name}: request_decided written more than once for {twice}"

    # ------------------------------------------------------------------ clients
    def proxy_url(self, user: str | None = "tanaka", password: str = "demo") -> str:
        from urllib.parse import quote

        auth = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
        return f"http://{auth}127.0.0.1:{self.port}"

    def ssl_context(self) -> ssl.SSLContext:
        assert self.ca_cert is not None
        return ssl.create_default_context(cafile=str(self.ca_cert))

    def http_client(self, user: str | None = "tanaka", password: str = "demo", **kw: Any) -> httpx.Client:
        return httpx.Client(proxy=self.proxy_url(user, password), verify=self.ssl_context(), trust_env=False,
                            timeout=30, **kw)

    def http2_client(self, user: str | None = "tanaka", password: str = "demo", **kw: Any) -> Any:
        """The same client from the ``httpx2`` package, which the anthropic SDK uses."""
        import httpx2

        return httpx2.Client(proxy=self.proxy_url(user, password), verify=self.ssl_context(), trust_env=False,
                             timeout=30, **kw)

    # ------------------------------------------------------------------ logs
    def decisions(self) -> list[dict[str, Any]]:
        with self._lock:
            return [e for e in self.events if e.get("event") == "request_decided"]

    def mark(self) -> int:
        """How many decisions were logged so far. The gateway writes a line to the audit file before it answers;
        stdout is read by a thread, which may lag on a busy machine: first let it catch up with the file, so a
        late line of an earlier request is never counted as a new one."""
        deadline = time.monotonic() + 5
        while len(self.decisions()) < self._decisions_in_file() - self._file_base and time.monotonic() < deadline:
            time.sleep(0.01)
        return len(self.decisions())

    def _decisions_in_file(self) -> int:
        if not self.audit_log.is_file():
            return 0
        return self.audit_log.read_bytes().count(b'"request_decided"')

    def new_decisions(self, mark: int, expect: int = 1, timeout: float = 10) -> list[dict[str, Any]]:
        """Decisions logged after ``mark``; waits until ``expect`` arrived, then a moment for extras."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.decisions()) - mark < expect:
            time.sleep(0.02)
        time.sleep(0.2)  # a retry or a duplicate line would show up here
        return self.decisions()[mark:]

    def wait_events(self, match: Callable[[dict[str, Any]], bool], timeout: float = 10) -> list[dict[str, Any]]:
        """The log lines ``match`` accepts, once there is one (or [] after ``timeout``): a line may follow the
        client's answer by a moment (stdout is read by a thread)."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                found = [e for e in self.events if match(e)]
            if found or time.monotonic() > deadline:
                return found
            time.sleep(0.02)

    def _completed(self, decision: dict[str, Any], timeout: float) -> list[dict[str, Any]]:
        return self.wait_events(lambda e: e.get("event") == "request_completed"
                                and e.get("request_id") == decision["request_id"], timeout)

    def completion(self, decision: dict[str, Any], timeout: float = 10) -> dict[str, Any]:
        """The ``request_completed`` line of an allowed request ({} when none came within ``timeout``)."""
        done = self._completed(decision, timeout)
        return done[0] if done else {}

    def upstream_status(self, decision: dict[str, Any], timeout: float = 10) -> int | None:
        """What the upstream answered to an allowed request: its ``request_completed`` line (the
        ``request_decided`` line is written before the request is released, without it)."""
        done = self._completed(decision, timeout)
        assert len(done) <= 1, "more than one request_completed line"
        return done[0]["upstream_status"] if done else decision.get("upstream_status")

    def audit_lines(self, event: str | None = "request_decided") -> list[dict[str, Any]]:
        """The audit JSONL's lines of ``event`` (None: every line)."""
        if not self.audit_log.exists():
            return []
        lines = [json.loads(x) for x in self.audit_log.read_text(encoding="utf-8").splitlines() if x.strip()]
        return [x for x in lines if event is None or x.get("event") == event]


def identify_loopback_as(rules: Path, user: str) -> None:
    """Identify clients on 127.0.0.1 by the client-IP map instead of proxy authentication (browsers in
    tests then need no proxy credentials)."""
    users = rules / "users.yaml"
    users.write_text(users.read_text(encoding="utf-8").replace(
        "client_ip_map: []", f"client_ip_map:\n  - {{cidr: 127.0.0.1/32, user: {user}}}"), encoding="utf-8")
    policy = rules / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    assert 'proxyauth: "@demo.htpasswd"' in text
    policy.write_text(text.replace('proxyauth: "@demo.htpasswd"', "proxyauth: null"), encoding="utf-8")


def make_test_rules(dest: Path, *, extra_approvals: str = "", extra_users: str = "") -> Path:
    """The shipped rules plus test users: sato (expired approval) and kato (approval not yet valid)."""
    shutil.copytree(REPO / "rules", dest)
    users = (dest / "users.yaml").read_text(encoding="utf-8")
    users = users.replace("client_ip_map: []", "").rstrip() + "\n" + """
  - name: sato
    display_name: 佐藤 次郎
    department: 福祉部 福祉課
  - name: kato
    display_name: 加藤 三郎
    department: 福祉部 福祉課
""" + extra_users + "\nclient_ip_map: []\n"
    (dest / "users.yaml").write_text(users, encoding="utf-8")
    (dest / "approvals.yaml").write_text((dest / "approvals.yaml").read_text(encoding="utf-8") + """
  - application_id: AI-2024-0042
    user: sato
    service: openai-api
    purposes: [文書作成支援]
    approver: 総務部長（CISO補佐）
    approved_on: 2024-04-01
    expires_on: 2025-03-31
  - application_id: AI-2030-0001
    user: kato
    service: openai-api
    purposes: [文書作成支援]
    approver: 総務部長（CISO補佐）
    approved_on: 2030-04-01
    expires_on: 2031-03-31
""" + extra_approvals, encoding="utf-8")
    # bcrypt entries for the test users (password "demo"), same cost as the demo file
    import bcrypt

    with open(dest / "demo.htpasswd", "a", encoding="utf-8") as f:
        for u in ("sato", "kato"):
            f.write(f"{u}:{bcrypt.hashpw(b'demo', bcrypt.gensalt(rounds=4)).decode()}\n")
    return dest
