"""Follow README's "Deploy" section as written: every command of its fenced blocks is matched
to a step below (an unknown command fails the test, so README and check cannot drift apart) and
run with paths under a temporary prefix and the host names on loopback:

- apt-get: the packages must exist in the Debian archive (no download here);
- git clone: this checkout is the clone (/opt/aigw);
- htpasswd: run for real (password on stdin) into the prefix; without apache2-utils the same bcrypt
  line is written with the bcrypt package mitmproxy reads it with;
- scripts/install-gateway.sh: run for real with its README arguments plus --prefix and --no-system (no
  user/systemd in a test container); no demo account may be installed; then the installed systemd
  unit's ExecStart is started as systemd would;
- curl /readyz, aigw doctor: run as written;
- client: scp becomes a copy, update-ca-certificates runs for real on a client root under the
  prefix, and curl goes through the gateway trusting only that client's CA bundle (the password curl
  would ask for is given with --proxy-user user:password).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.support.gateway import REPO

pytestmark = pytest.mark.e2e

VENV = Path(sys.executable).parent.parent
STAFF_PASSWORD = "readme-" + os.urandom(6).hex()


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    m = re.search(r"^## Deploy.*?$(.*?)^## ", text, re.S | re.M)
    assert m, "README has no '## Deploy' section"
    blocks = re.findall(r"^```sh\n(.*?)^```", m.group(1), re.S | re.M)
    assert len(blocks) == 2, "expected a gateway block and a client block"
    return [ln.strip() for b in blocks for ln in b.splitlines() if ln.strip() and not ln.strip().startswith("#")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Host:
    """The gateway host and the client under one temporary prefix."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.server = root / "gateway-host"
        self.client = root / "client"
        self.proxy_port = free_port()
        self.health_port = free_port()
        self.proc: subprocess.Popen[str] | None = None
        self.events: list[dict] = []
        self.ready = threading.Event()

    def path(self, p: str) -> str:
        for prefix in ("/etc/aigw", "/var/lib/aigw", "/var/log/aigw"):
            if p.startswith(prefix):
                return str(self.server) + p
        if p.startswith("/opt/aigw"):
            return str(REPO) + p[len("/opt/aigw"):]
        if p.startswith("/root/"):
            return str(self.root / "admin-home") + p[len("/root"):]
        return p

    def subst(self, cmd: str) -> str:
        cmd = re.sub(r"(/opt/aigw|/etc/aigw|/var/lib/aigw|/var/log/aigw|/root/)[^\s'\"]*", lambda m: self.path(m.group(0)), cmd)
        cmd = cmd.replace("127.0.0.1:9090", f"127.0.0.1:{self.health_port}")
        return cmd.replace("aigw.example.lg.jp:3128", f"127.0.0.1:{self.proxy_port}")

    # -------------------------------------------------------------- steps
    def apt(self, packages: list[str]) -> None:
        for pkg in packages:
            r = subprocess.run(["apt-cache", "policy", pkg], capture_output=True, text=True, timeout=30)
            assert "Candidate:" in r.stdout and "Candidate: (none)" not in r.stdout, f"{pkg} is not in the archive"

    def htpasswd(self, cmd: str) -> None:
        argv = shlex.split(self.subst(cmd))
        target = Path(argv[-2])
        target.parent.mkdir(parents=True, exist_ok=True)
        if shutil.which("htpasswd"):
            r = subprocess.run(argv[:1] + ["-i"] + argv[1:], input=STAFF_PASSWORD + "\n", capture_output=True,
                               text=True, timeout=60)
            assert r.returncode == 0, r.stderr
        else:
            import bcrypt

            target.write_text(f"{argv[-1]}:{bcrypt.hashpw(STAFF_PASSWORD.encode(), bcrypt.gensalt(5)).decode()}\n")
        self.staff_user = argv[-1]

    def install(self, cmd: str) -> None:
        env = {**os.environ, "AIGW_VENV": str(VENV)}
        argv = shlex.split(self.subst(cmd))
        r = subprocess.run(argv + ["--prefix", str(self.server), "--no-system"],
                           capture_output=True, text=True, timeout=300, env=env)
        assert r.returncode == 0, r.stdout + r.stderr
        out = r.stdout
        assert "失敗 FAIL" not in out and "件の失敗" not in out, out
        # never the demo organisation's accounts; the organisation's own CA; the listen address named
        assert re.search(r"デモ設定 \(demo\)\s+OK", out), out
        assert re.search(r"CAの組織名 \(ca_name\)\s+OK\s+.*O=さくら市役所", out), out
        assert re.search(r"待ち受けアドレス \(listen\)\s+警告 WARN", out), out
        rules = self.server / "etc/aigw/rules"
        assert not (rules / "demo.htpasswd").exists()
        assert "tanaka" not in (rules / "users.yaml").read_text(encoding="utf-8")
        self.start_unit()

    def start_unit(self) -> None:
        """What systemd runs: ExecStart of the installed unit, on test ports, loopback only."""
        unit = (self.server / "etc/systemd/system/aigw.service").read_text(encoding="utf-8")
        exec_start = re.search(r"^ExecStart=(.*?)$", unit.replace("\\\n", " "), re.M).group(1)
        argv = shlex.split(self.subst(exec_start))
        argv = [a.replace("0.0.0.0", "127.0.0.1") for a in argv]
        argv[argv.index("--listen-port") + 1] = str(self.proxy_port)
        # nothing may leave the machine: the one AI host the client uses is pinned to a closed loopback port
        argv += ["--set", f"aigw_upstream_override=api.openai.com=127.0.0.1:{free_port()}"]
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        threading.Thread(target=self._read, daemon=True).start()
        assert self.ready.wait(90), "aigw did not start:\n" + "\n".join(map(str, self.events))
        deadline = time.monotonic() + 10
        while not any(e.get("event") == "health_ready" for e in self.events) and time.monotonic() < deadline:
            time.sleep(0.05)

    def _read(self) -> None:
        assert self.proc and self.proc.stdout
        for line in self.proc.stdout:
            try:
                ev = json.loads(line)
            except ValueError:
                continue
            if isinstance(ev, dict):
                self.events.append(ev)
                if ev.get("event") == "gateway_ready":
                    self.ready.set()
        self.ready.set()

    def run(self, cmd: str) -> subprocess.CompletedProcess[str]:
        r = subprocess.run(shlex.split(self.subst(cmd)), capture_output=True, text=True, timeout=60,
                           env={"PATH": os.environ["PATH"]})
        assert r.returncode == 0, f"{cmd}\n{r.stdout}\n{r.stderr}"
        return r

    def scp(self, src: str, dst: str) -> None:
        remote = src.split(":", 1)[1]
        target = Path(str(self.client) + dst)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(self.path(remote), target)

    def update_ca_certificates(self) -> None:
        c = self.client
        for d in ("etc/ssl/certs", "usr/share/ca-certificates", "hooks"):
            (c / d).mkdir(parents=True, exist_ok=True)
        (c / "etc/ca-certificates.conf").write_text("# no distribution CAs on this test client\n")
        r = subprocess.run(["update-ca-certificates", "--certsconf", str(c / "etc/ca-certificates.conf"),
                            "--certsdir", str(c / "usr/share/ca-certificates"),
                            "--localcertsdir", str(c / "usr/local/share/ca-certificates"),
                            "--etccertsdir", str(c / "etc/ssl/certs"), "--hooksdir", str(c / "hooks")],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and "1 added" in r.stdout, r.stdout + r.stderr
        self.bundle = c / "etc/ssl/certs/ca-certificates.crt"

    def client_curl(self, cmd: str) -> None:
        argv = shlex.split(self.subst(cmd))
        i = argv.index("--proxy-user")
        argv[i + 1] = f"{argv[i + 1]}:{STAFF_PASSWORD}"  # what curl would prompt for
        # the client's system bundle (what curl on Debian reads by default) lives under the prefix
        argv[1:1] = ["-sS", "--max-time", "30", "--cacert", str(self.bundle), "-w", "\n%{http_code}"]
        r = subprocess.run(argv, capture_output=True, text=True, timeout=60, env={"PATH": os.environ["PATH"]})
        assert r.returncode == 0, r.stderr
        body, _, code = r.stdout.rpartition("\n")
        assert code == "403", r.stdout
        err = json.loads(body)["error"]
        assert err["code"] == "unknown_user" and "利用者" in err["message"], err
        time.sleep(0.3)
        d = [e for e in self.events if e.get("event") == "request_decided"][-1]
        assert (d["user"], d["service"], d["reason"]) == (self.staff_user, "openai-api", "unknown_user")
        audit = self.server / "var/log/aigw/audit.jsonl"
        assert json.loads(audit.read_text(encoding="utf-8").splitlines()[-1])["request_id"] == d["request_id"]

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def test_readme_deploy_section_as_written(tmp_path: Path) -> None:
    if not shutil.which("update-ca-certificates") and not Path("/usr/sbin/update-ca-certificates").exists():
        pytest.skip("update-ca-certificates (package ca-certificates) is not installed")
    host = Host(tmp_path)
    steps = [
        (r"apt-get update && apt-get install -y (.+)", lambda m: host.apt(m.group(1).split())),
        (r"git clone \S+ /opt/aigw", lambda m: None),  # this checkout is the clone
        (r"htpasswd -B -c /root/\S+ \w+", lambda m: host.htpasswd(m.group(0))),
        (r"/opt/aigw/scripts/install-gateway.sh .*", lambda m: host.install(m.group(0))),
        (r"curl -fsS http://127\.0\.0\.1:9090/readyz", lambda m: host.run(m.group(0))),
        (r"/opt/aigw/\.venv/bin/aigw doctor .*", lambda m: host.run(m.group(0))),
        (r"scp root@\S+:(\S+) (\S+)", lambda m: host.scp(m.group(0).split()[1], m.group(2))),
        (r"update-ca-certificates", lambda m: host.update_ca_certificates()),
        (r"curl --proxy http://aigw\.example\.lg\.jp:3128 .*", lambda m: host.client_curl(m.group(0))),
    ]
    done = []
    try:
        for cmd in readme_commands():
            for rx, action in steps:
                if m := re.fullmatch(rx, cmd):
                    action(m)
                    done.append(rx)
                    break
            else:
                pytest.fail(f"README command without a step in this check: {cmd!r}")
    finally:
        host.stop()
    assert len(done) == len(steps), "every step of the check ran"
