"""Fault suite, round 14 (red team): the gateway stays up, audits every request and forwards nothing unscanned
when clients and services misbehave, through a real ``aigw run``.

Clients: a request half-closed after its body (shutdown of the write side), a body that ends early, a body
dripped byte by byte, bytes that are not HTTP inside the tunnel, dozens of uploads abandoned at once, a client
gone before its answer. Services (a loopback TLS server whose behaviour a marker in the request picks): an answer
with HTTP trailers, bytes that are not HTTP, a head cut in the middle, a body shorter than its Content-Length.
After each, a clean request still passes.
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.e2e.test_evasion_e2e import CLEAN, COMPLETIONS, MYNUM, OPENAI, SECRET, openai_body
from tests.support import rawproxy
from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e
ANTHROPIC = "api.anthropic.com"  # routed to the misbehaving service below
RESPONSES = {
    b"TRAILERS": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                 b"2\r\n{}\r\n0\r\nX-Trailer: 1\r\n\r\n",
    b"GARBAGE": b"SSH-2.0-OpenSSH_9.6 this is not http\r\n\r\n",
    b"HALFHEAD": b"HTTP/1.1 200 OK\r\nContent-Le",
    b"SHORTBODY": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":",
}


class MisbehavingService:
    """A TLS service on 127.0.0.1 that reads one request and answers with ``RESPONSES[marker]``, then resets."""

    def __init__(self, pki: TestPKI) -> None:
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(pki.cert_pem, pki.key_pem)
        self.ctx.set_alpn_protocols(["http/1.1"])
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(raw,), daemon=True).start()

    def _handle(self, raw: socket.socket) -> None:
        raw.settimeout(10)
        try:
            conn = self.ctx.wrap_socket(raw, server_side=True)
            data = b""
            while not (marker := next((m for m in RESPONSES if m in data), None)) and len(data) < 1 << 20:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            self.received.append(data)
            conn.sendall(RESPONSES[marker])
            time.sleep(0.2)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
        except (OSError, ssl.SSLError):
            raw.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def service(pki: TestPKI) -> Iterator[MisbehavingService]:
    s = MisbehavingService(pki)
    yield s
    s.close()


@pytest.fixture(scope="module")
def fgw(module_dir: Path, test_rules: Path, upstream: FakeUpstream, pki: TestPKI,
        service: MisbehavingService) -> Iterator[GatewayProcess]:
    hosts = tuple(h for h in UPSTREAM_HOSTS if h != ANTHROPIC)
    gw = GatewayProcess(module_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem, hosts=hosts,
                        name="gw-faults-r14",
                        extra_sets=(f"aigw_upstream_override={ANTHROPIC}=127.0.0.1:{service.port}",
                                    "aigw_upstream_timeout=3", "aigw_body_idle_timeout=2")).start()
    yield gw
    gw.stop()
    assert MYNUM not in gw.audit_log.read_text(encoding="utf-8") + "\n".join(gw.lines)


def _tunnel(gw: GatewayProcess, host: str = OPENAI) -> ssl.SSLSocket:
    sock, head, _ = rawproxy.open_tunnel(gw.port, host)
    assert head.startswith(b"HTTP/1.1 200"), head
    return ssl.create_default_context(cafile=str(gw.ca_cert)).wrap_socket(sock, server_hostname=host)


def _head(nonce: str, length: int, host: str = OPENAI, path: str = COMPLETIONS) -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"User-Agent: aigw-faults/{nonce}\r\nContent-Length: {length}\r\n\r\n").encode()


def _read_all(tls: ssl.SSLSocket, timeout: float = 15) -> bytes:
    tls.settimeout(timeout)
    data = b""
    try:
        while chunk := tls.recv(65536):
            data += chunk
    except (OSError, ssl.SSLError):
        pass
    return data


def _open(gw: GatewayProcess, text: str) -> tuple[str, int, bytes, ssl.SSLSocket]:
    """A request's nonce, the audit mark before it, its body, and the open tunnel it goes into."""
    return fresh_tag(), gw.mark(), openai_body(text), _tunnel(gw)


def _arrived(upstream: FakeUpstream, nonce: str) -> bool:
    return any(nonce in r.headers.get("user-agent", "") for r in upstream.requests)


def still_serves(gw: GatewayProcess, upstream: FakeUpstream) -> None:
    """The gateway is up: a clean request passes and is audited allow."""
    nonce = fresh_tag()
    m = gw.mark()
    raw = rawproxy.request("POST", COMPLETIONS, OPENAI, headers={"User-Agent": f"aigw-faults/{nonce}"},
                           body=openai_body(CLEAN), content_type="application/json")
    assert rawproxy.send(gw.port, OPENAI, raw, ca_file=str(gw.ca_cert)).status == 200
    assert _arrived(upstream, nonce)
    assert [d["action"] for d in gw.new_decisions(m)] == ["allow"]


@pytest.mark.parametrize("text, action", [(SECRET, "block"), (CLEAN, "allow")], ids=["secret", "clean"])
def test_a_request_half_closed_after_its_body_is_answered(text: str, action: str, fgw: GatewayProcess,
                                                          upstream: FakeUpstream) -> None:
    nonce, m, body, tls = _open(fgw, text)
    tls.sendall(_head(nonce, len(body)) + body)
    socket.socket.shutdown(tls, socket.SHUT_WR)  # TCP FIN under the TLS session: the client sends nothing more
    t0 = time.monotonic()
    _read_all(tls)
    tls.close()
    assert time.monotonic() - t0 < 10, "the client was left waiting"
    (d,) = fgw.new_decisions(m)
    if action == "block":  # scanned whole and refused before anything else
        assert d["action"] == "block" and not _arrived(upstream, nonce)
    elif d["action"] == "allow":  # mitmproxy may end the exchange on the client's FIN: honestly audited
        done = fgw.completion(d)
        assert _arrived(upstream, nonce) or done.get("error") == "client_disconnected", done
    else:  # or before release: never forwarded
        assert d["reason"] == "client_disconnected" and not _arrived(upstream, nonce), d
    still_serves(fgw, upstream)


def test_a_body_that_ends_early_is_never_forwarded(fgw: GatewayProcess, upstream: FakeUpstream) -> None:
    nonce, m, body, tls = _open(fgw, SECRET + "。" * 200)
    tls.sendall(_head(nonce, len(body) + 500) + body)  # announced longer than sent, then gone
    time.sleep(0.3)
    tls.close()
    (d,) = fgw.new_decisions(m)
    assert (d["action"], d["reason"]) == ("block", "client_disconnected")
    assert not _arrived(upstream, nonce) and not upstream.received(MYNUM)
    still_serves(fgw, upstream)


def test_a_body_dripped_byte_by_byte_is_scanned_whole(fgw: GatewayProcess, upstream: FakeUpstream) -> None:
    nonce, m, body, tls = _open(fgw, SECRET)
    tls.sendall(_head(nonce, len(body)))
    for i in range(0, len(body), 16):
        tls.sendall(body[i:i + 16])
        time.sleep(0.02)
    answer = _read_all(tls)
    tls.close()
    assert answer.startswith(b"HTTP/1.1 403") and not _arrived(upstream, nonce)
    assert [d["reason"] for d in fgw.new_decisions(m)] == ["confidential_data"]


@pytest.mark.parametrize("junk", [b"\x16\x03\x01\x00\x05hello\r\n\r\n", b"GET\r\n\r\n", b"\x00" * 64 + b"\r\n\r\n",
                                  b"POST /v1/chat/completions HTTP/9.9\r\nHost: api.openai.com\r\n\r\n"],
                         ids=["tls-in-tls", "no-target", "nul-bytes", "bad-version"])
def test_bytes_that_are_not_http_inside_the_tunnel(junk: bytes, fgw: GatewayProcess, upstream: FakeUpstream) -> None:
    before = len(upstream.requests)
    tls = _tunnel(fgw)
    tls.sendall(junk)
    answer = _read_all(tls, 3 if junk.startswith(b"\x16") else 10)  # a TLS record's start: the gateway waits for more
    tls.close()
    assert not answer.startswith(b"HTTP/1.1 2"), answer[:80]
    assert len(upstream.requests) == before or all(not r.body for r in upstream.requests[before:])
    still_serves(fgw, upstream)


def test_dozens_of_uploads_abandoned_at_once_are_each_audited_and_the_gateway_goes_on(
        fgw: GatewayProcess, upstream: FakeUpstream) -> None:
    m = fgw.mark()
    nonces = [fresh_tag() for _ in range(24)]

    def abandon(nonce: str) -> None:
        body = openai_body(SECRET)
        tls = _tunnel(fgw)
        tls.sendall(_head(nonce, len(body) + 100) + body[: len(body) // 2])
        time.sleep(0.2)
        tls.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        tls.close()  # reset

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(abandon, nonces))
    decided = fgw.new_decisions(m, expect=len(nonces), timeout=30)
    assert len(decided) == len(nonces) and {d["reason"] for d in decided} == {"client_disconnected"}
    assert not any(_arrived(upstream, n) for n in nonces)
    still_serves(fgw, upstream)


def test_a_client_gone_before_its_answer(fgw: GatewayProcess, upstream: FakeUpstream) -> None:
    nonce, m, body, tls = _open(fgw, CLEAN)
    tls.sendall(_head(nonce, len(body)) + body)
    time.sleep(0.5)  # read by the gateway (a reset at once may drop the unread request in the kernel)
    tls.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    tls.close()
    (d,) = fgw.new_decisions(m)
    assert d["action"] == "allow" and fgw.completion(d)
    still_serves(fgw, upstream)


@pytest.mark.parametrize("marker", list(RESPONSES), ids=[m.decode().lower() for m in RESPONSES])
def test_a_service_that_answers_badly(marker: bytes, fgw: GatewayProcess, upstream: FakeUpstream,
                                      service: MisbehavingService) -> None:
    """The client gets an answer or a closed connection, never a hang; the request has its decision line and a
    request_completed line; the gateway goes on."""
    m = fgw.mark()
    body = json.dumps({"model": "m", "max_tokens": 5, "messages": [
        {"role": "user", "content": f"要約してください {marker.decode()}"}]}).encode()
    tls = _tunnel(fgw, ANTHROPIC)
    tls.sendall(_head(fresh_tag(), len(body), ANTHROPIC, "/v1/messages") + body)
    t0 = time.monotonic()
    answer = _read_all(tls, 20)
    tls.close()
    assert time.monotonic() - t0 < 15, "the client was left waiting"
    (d,) = fgw.new_decisions(m)
    assert d["action"] == "allow" and any(marker in r for r in service.received)
    done = fgw.completion(d)
    assert done, "no request_completed line"
    if marker in (b"GARBAGE", b"HALFHEAD", b"TRAILERS"):
        assert answer.startswith(b"HTTP/1.1 502") and done["error"] == "upstream_error", (answer[:100], done)
    still_serves(fgw, upstream)
