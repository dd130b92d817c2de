"""Real client addresses behind the real HAProxy (deploy/haproxy/haproxy.cfg, HTTP mode, option forwardfor):
clients on 127.0.0.2 / 127.0.0.3 → HAProxy on 127.0.0.1 → `aigw run --set aigw_trusted_forwarders=127.0.0.1`
→ fake upstream. Identity comes from users.yaml client_ip_map (no proxy authentication), so a wrong
address would name the wrong person or nobody.

Checks: each client is identified by its own address and the audit client_ip is that address, not
HAProxy's; a client's own X-Forwarded-For is dropped by HAProxy (cannot claim someone else's
address); sent directly to aigw from an untrusted address the header is ignored; an unreadable header
from the trusted forwarder is refused (400, Japanese, forwarded_rejected)."""

from __future__ import annotations

import os
import re
import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import json

import pytest

from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.haproxy import HAPROXY, health_port, start_haproxy
from tests.support.haproxy import haproxy_config as shared_haproxy_config
from tests.support.net import free_port
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e

if not os.access(HAPROXY, os.X_OK):
    pytest.skip("needs the Debian package haproxy (run scripts/setup-system.sh)", allow_module_level=True)


def haproxy_config(listen: int, worker: int, health: int) -> str:
    return shared_haproxy_config(listen, [(worker, health)])


class Front:
    def __init__(self, gw: GatewayProcess, port: int) -> None:
        self.gw, self.port = gw, port

    def chat(self, source: str, text: str, *, port: int | None = None, connect_headers: str = "",
             headers: str = "") -> tuple[int, dict]:
        """CONNECT + TLS + POST from ``source`` (a loopback address of its own), like an SDK would."""
        s = socket.create_connection(("127.0.0.1", port or self.port), source_address=(source, 0), timeout=15)
        s.sendall(f"CONNECT api.openai.com:443 HTTP/1.1\r\nHost: api.openai.com:443\r\n{connect_headers}\r\n".encode())
        head = s.recv(4096)
        assert head.startswith(b"HTTP/1.1 200"), head
        ctx = ssl.create_default_context(cafile=str(self.gw.ca_cert))
        with ctx.wrap_socket(s, server_hostname="api.openai.com") as t:
            body = json.dumps({"model": "m", "messages": [{"role": "user", "content": text}]}).encode()
            t.sendall(f"POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\nconnection: close\r\n"
                      f"content-type: application/json\r\ncontent-length: {len(body)}\r\n{headers}\r\n".encode() + body)
            data = b""
            while chunk := t.recv(65536):
                data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        status = int(head.split()[1])
        if b"chunked" in head.lower():
            rest = _dechunk(rest)
        return status, json.loads(rest)


def _dechunk(data: bytes) -> bytes:
    out = b""
    while data:
        size, _, data = data.partition(b"\r\n")
        n = int(size.split(b";")[0], 16)
        if n == 0:
            break
        out, data = out + data[:n], data[n + 2:]
    return out


@pytest.fixture(scope="module")
def front(module_dir: Path, pki: TestPKI) -> Iterator[Front]:
    rules = make_test_rules(module_dir / "forwarded-rules")
    users = rules / "users.yaml"
    users.write_text(users.read_text(encoding="utf-8").replace(
        "client_ip_map: []", "client_ip_map:\n  - {cidr: 127.0.0.2/32, user: tanaka}\n"
                             "  - {cidr: 127.0.0.3/32, user: suzuki}\n  - {cidr: 127.0.0.1/32, user: sato}"),
        encoding="utf-8")
    policy = rules / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace('proxyauth: "@demo.htpasswd"', "proxyauth: null"),
                      encoding="utf-8")
    up = FakeUpstream(pki.cert_pem, pki.key_pem).__enter__()
    gw = GatewayProcess(module_dir, rules=rules, upstream_port=up.port, upstream_ca=pki.ca_pem, hosts=UPSTREAM_HOSTS,
                        name="gw-forwarded", extra_sets=("aigw_trusted_forwarders=127.0.0.1/32",
                                                         "aigw_health_listen=127.0.0.1:0", "aigw_rules_reload=0"))
    proc = None
    try:
        gw.start()
        health = health_port(gw)
        hp = free_port()
        # the first health check marks the worker up
        proc = start_haproxy(module_dir / "forwarded-haproxy.cfg", haproxy_config(hp, gw.port, health), hp, settle=0.8)
        yield Front(gw, hp)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(10)
        gw.stop()
        up.close()


def _decision(gw: GatewayProcess, m: int) -> dict:
    (d,) = gw.new_decisions(m)
    return d


def test_each_client_is_identified_by_its_own_address_behind_haproxy(front: Front) -> None:
    m = front.gw.mark()
    status, body = front.chat("127.0.0.2", f"議事録の要約（{fresh_tag(8)}）")
    assert status == 200, body
    d = _decision(front.gw, m)
    assert (d["client_ip"], d["user"], d["identity_source"], d["action"]) == ("127.0.0.2", "tanaka", "client_ip", "allow")
    m = front.gw.mark()
    status, body = front.chat("127.0.0.3", "こんにちは")
    assert status == 403 and body["error"]["code"] == "not_approved"
    d = _decision(front.gw, m)
    assert (d["client_ip"], d["user"], d["reason"]) == ("127.0.0.3", "suzuki", "not_approved")


def test_a_clients_own_forwarded_header_never_counts(front: Front) -> None:
    # on the CONNECT (HAProxy removes it and adds the address it saw) and inside the tunnel (ignored)
    m = front.gw.mark()
    status, _ = front.chat("127.0.0.3", "こんにちは", connect_headers="X-Forwarded-For: 127.0.0.2\r\n",
                           headers="X-Forwarded-For: 127.0.0.2\r\n")
    assert status == 403
    d = _decision(front.gw, m)
    assert (d["client_ip"], d["user"]) == ("127.0.0.3", "suzuki")


def test_the_header_is_ignored_from_an_untrusted_peer(front: Front) -> None:
    m = front.gw.mark()
    status, _ = front.chat("127.0.0.3", "こんにちは", port=front.gw.port,
                           connect_headers="X-Forwarded-For: 127.0.0.2\r\n")
    assert status == 403
    d = _decision(front.gw, m)
    assert (d["client_ip"], d["user"]) == ("127.0.0.3", "suzuki")


def test_an_unreadable_header_from_the_forwarder_is_refused(front: Front) -> None:
    # directly from 127.0.0.1 (the trusted forwarder's address) with a header HAProxy would never send
    s = socket.create_connection(("127.0.0.1", front.gw.port), timeout=10)
    s.sendall(b"CONNECT api.openai.com:443 HTTP/1.1\r\nHost: api.openai.com:443\r\nX-Forwarded-For: not-an-ip\r\n\r\n")
    data = b""
    def complete() -> bool:
        head, sep, body = data.partition(b"\r\n\r\n")
        m = re.search(rb"(?i)content-length: (\d+)", head)
        return bool(sep) and m is not None and len(body) >= int(m.group(1))

    while not complete():
        if not (chunk := s.recv(4096)):
            break
        data += chunk
    s.close()
    reply = data.decode("utf-8", "replace")
    assert reply.startswith("HTTP/1.1 400") and "X-Forwarded-For" in reply and "管理者" in reply
    time.sleep(0.3)
    assert any(e.get("event") == "forwarded_rejected" for e in front.gw.events)
