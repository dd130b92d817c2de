"""The real HAProxy in tests: deploy/haproxy/haproxy.cfg with loopback ports and our aigw workers."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

from tests.support.gateway import REPO, GatewayProcess
from tests.support.net import wait_port

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"


def haproxy_config(listen: int, workers: list[tuple[int, int]], *, shutdown_sessions: bool = False) -> str:
    """deploy/haproxy/haproxy.cfg with test ports: loopback bind, ``workers`` (proxy port, health port),
    no daemon/user/syslog/stats. ``shutdown_sessions``: cut a dead worker's sessions (failover tests)."""
    text = (REPO / "deploy/haproxy/haproxy.cfg").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^\s+(log /dev/log.*|user .*|group .*|daemon|stats socket .*|log global"
                  r"|option (?:tcplog|httplog))\n", "", text)
    text = re.sub(r"(?m)^listen stats\n(\s+.*\n?)*", "", text)
    text = re.sub(r"(?m)^(\s+)maxconn \d+$", r"\1maxconn 256", text)  # a container's FD limit
    text = re.sub(r"(?m)^\s+server aigw\d .*\n", "", text)
    text = re.sub(r"(?m)^(\s+)bind :3128$", rf"\1bind 127.0.0.1:{listen}", text)
    servers = "".join(f"    server aigw{i + 1} 127.0.0.1:{p} check port {hp}\n" for i, (p, hp) in enumerate(workers))
    down = " on-marked-down shutdown-sessions" if shutdown_sessions else ""
    text = re.sub(r"(?m)^(\s+)default-server .*\n", rf"\1default-server inter 300ms fall 1 rise 1{down}\n" + servers,
                  text)
    assert text.count("server aigw") == len(workers)
    return text


def health_port(gw: GatewayProcess, timeout: float = 10) -> int:
    """The worker's /readyz port, from its health_ready line."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (port := next((e["port"] for e in list(gw.events) if e.get("event") == "health_ready"), None)):
            return port
        time.sleep(0.05)
    raise AssertionError("no health_ready line")


def start_haproxy(cfg: Path, text: str, listen: int, settle: float = 0.0) -> subprocess.Popen:
    """Write ``text`` to ``cfg``, check it with ``haproxy -c``, run it in the foreground (its log beside the
    config) and wait for ``listen``; ``settle``: time for the first health checks to mark workers up."""
    cfg.write_text(text, encoding="utf-8")
    check = subprocess.run([HAPROXY, "-c", "-f", str(cfg)], capture_output=True, text=True, timeout=30)
    assert check.returncode == 0, check.stdout + check.stderr
    proc = subprocess.Popen([HAPROXY, "-db", "-f", str(cfg)], stdout=subprocess.DEVNULL,
                            stderr=open(cfg.with_suffix(".log"), "w"))
    wait_port(listen)
    time.sleep(settle)
    return proc
