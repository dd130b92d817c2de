"""Fault and protocol suite, round 15 (red team), through a real ``aigw run``.

- WebSocket control frames: ping payloads, unsolicited pongs and a close reason carried a client's bytes to the
  service unscanned (mitmproxy relays them outside the message hook). A service (wsproto on 127.0.0.1) records
  every control payload; the client's keep-alive (ping answered by a matching pong) must keep working.
- A connection reused after a block: the next request on the same keep-alive connection is scanned on its own.
- Many headers, many tiny chunks: answered, audited, the gateway goes on.
- HTTP/2: a ``host`` header naming another service than ``:authority`` / the tunnel.
"""

from __future__ import annotations

import json
import socket
import ssl
from urllib.parse import quote
from collections.abc import Iterator
from pathlib import Path

import h2.config
import h2.connection
import h2.events
import h2.exceptions
import pytest
import wsproto
import wsproto.events
from tests.support.ws_client import connect
from tests.support.tags import fresh_tag

from tests.e2e.test_evasion_e2e import CLEAN, COMPLETIONS, MYNUM, OPENAI, SECRET, evasion_gateway, openai_body
from tests.e2e.test_faults_r14_e2e import MisbehavingService, still_serves
from tests.e2e.test_websocket_e2e import APPROVAL, HOST
from tests.support import rawproxy
from tests.support.certs import TestPKI, make_pki
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.upstream import FakeUpstream

pytestmark = pytest.mark.e2e
PLANT = f"個人番号{MYNUM}"  # 24 bytes: fits a ping (125) and a close reason (123)


# ---------------------------------------------------------------- WebSocket control frames
class ControlService(MisbehavingService):
    """A TLS WebSocket service on 127.0.0.1 (wsproto) that records every ping, pong, close reason and message."""

    def __init__(self, pki: TestPKI) -> None:
        self.seen: list[tuple[str, bytes]] = []
        super().__init__(pki)

    def _handle(self, raw: socket.socket) -> None:  # noqa: C901 (one event loop)
        raw.settimeout(20)
        try:
            conn = self.ctx.wrap_socket(raw, server_side=True)
            ws = wsproto.WSConnection(wsproto.ConnectionType.SERVER)
            while data := conn.recv(65536):
                ws.receive_data(data)
                for ev in ws.events():
                    out = b""
                    if isinstance(ev, wsproto.events.Request):
                        out = ws.send(wsproto.events.AcceptConnection())
                        out += ws.send(wsproto.events.Ping(payload=b"svc-ping"))
                    elif isinstance(ev, wsproto.events.Ping):
                        self.seen.append(("ping", bytes(ev.payload)))
                        out = ws.send(ev.response())
                    elif isinstance(ev, wsproto.events.Pong):
                        self.seen.append(("pong", bytes(ev.payload)))
                    elif isinstance(ev, wsproto.events.TextMessage):
                        self.seen.append(("text", ev.data.encode()))
                        out = ws.send(wsproto.events.TextMessage(data=json.dumps({"event": "done"})))
                    elif isinstance(ev, wsproto.events.CloseConnection):
                        self.seen.append(("close", (ev.reason or "").encode()))
                        conn.sendall(ws.send(ev.response()))
                        return
                    if out:
                        conn.sendall(out)
        except (OSError, ssl.SSLError, wsproto.utilities.LocalProtocolError):
            pass
        finally:
            raw.close()

    def carried(self, needle: bytes) -> list[tuple[str, bytes]]:
        return [s for s in self.seen if needle in s[1]]


@pytest.fixture(scope="module")
def ws_control(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GatewayProcess, ControlService]]:
    d: Path = tmp_path_factory.mktemp("ws-r15")
    pki = make_pki(d / "pki", hosts=(HOST,))
    svc = ControlService(pki)
    gw = GatewayProcess(d, rules=make_test_rules(d / "rules", extra_approvals=APPROVAL), upstream_port=svc.port,
                        upstream_ca=pki.ca_pem, hosts=(HOST,), name="gw-ws-r15").start()
    yield gw, svc
    gw.stop()
    assert MYNUM not in gw.audit_log.read_text(encoding="utf-8") + "\n".join(gw.lines)


def _ws(gw: GatewayProcess):
    return connect(f"wss://{HOST}/c/api/chat?api-version=2", proxy=gw.proxy_url("tanaka"), ssl=gw.ssl_context(),
                   open_timeout=30, ping_interval=None)


def test_a_ping_payload_never_reaches_the_service_and_keep_alive_still_works(ws_control) -> None:
    gw, svc = ws_control
    with _ws(gw) as ws:
        assert ws.ping(PLANT.encode()).wait(10), "the client's ping was never answered with its own payload"
        assert ws.ping(b"keepalive-1").wait(10)
        ws.send(json.dumps({"event": "send", "content": [{"type": "text", "text": CLEAN}]}, ensure_ascii=False))
        assert json.loads(ws.recv(timeout=10))["event"] == "done"
    assert not svc.carried(MYNUM.encode()) and not svc.carried(b"keepalive")
    assert [k for k, _ in svc.seen].count("ping") >= 2  # the pings went on, with the gateway's tokens
    assert gw.wait_events(lambda e: e.get("event") == "websocket_control_withheld" and e.get("kind") == "ping")


def test_an_unsolicited_pong_and_a_close_reason_carry_nothing(ws_control) -> None:
    gw, svc = ws_control
    with _ws(gw) as ws:
        ws.pong(PLANT.encode())
        ws.send(json.dumps({"event": "send", "content": [{"type": "text", "text": CLEAN}]}, ensure_ascii=False))
        assert json.loads(ws.recv(timeout=10))["event"] == "done"
        ws.close(code=1000, reason=PLANT)
    assert not svc.carried(MYNUM.encode())
    assert [s for s in svc.seen if s[0] == "pong" and s[1] == b"svc-ping"], "the answer to the service's ping"
    for kind in ("pong", "close_reason"):  # each line waited for (the close is logged after the pong)
        assert gw.wait_events(lambda e, k=kind: e.get("event") == "websocket_control_withheld"
                              and e.get("kind") == k, timeout=30), kind


# ---------------------------------------------------------------- HTTP/1 connections and HTTP/2 streams
@pytest.fixture(scope="module")
def gw15(module_dir: Path, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    yield from evasion_gateway(module_dir, upstream, pki, "faults-r15")


def _req(nonce: str, text: str, *, close: bool) -> bytes:
    raw = rawproxy.request("POST", COMPLETIONS, OPENAI, headers={"User-Agent": f"aigw-faults/{nonce}"},
                           body=openai_body(text), content_type="application/json")
    return raw if close else raw.replace(b"Connection: close\r\n", b"Connection: keep-alive\r\n")


def _arrived(upstream: FakeUpstream, nonce: str) -> bool:
    return any(nonce in r.headers.get("user-agent", "") for r in upstream.requests)


@pytest.mark.parametrize("second", [SECRET, CLEAN], ids=["secret-after-block", "clean-after-block"])
def test_a_connection_reused_after_a_block_scans_the_next_request(second: str, gw15: GatewayProcess,
                                                                  upstream: FakeUpstream) -> None:
    """Request 1 is blocked (403) on a keep-alive connection; request 2 on the same connection, written after
    the 403 arrived, is decided on its own: blocked with its own line when it holds a secret, forwarded if clean
    (or the connection is closed with nothing forwarded)."""
    n1, n2 = fresh_tag(), fresh_tag()
    m = gw15.mark()
    sock, head, _ = rawproxy.open_tunnel(gw15.port, OPENAI)
    assert head.startswith(b"HTTP/1.1 200")
    tls = ssl.create_default_context(cafile=str(gw15.ca_cert)).wrap_socket(sock, server_hostname=OPENAI)
    tls.settimeout(15)
    tls.sendall(_req(n1, SECRET, close=False))
    first = tls.recv(65536)
    assert first.startswith(b"HTTP/1.1 403"), first[:80]
    try:
        tls.sendall(_req(n2, second, close=True))
        rest = b""
        while chunk := tls.recv(65536):
            rest += chunk
    except (OSError, ssl.SSLError):
        rest = b""
    tls.close()
    decided = gw15.new_decisions(m, expect=2)
    assert not _arrived(upstream, n1) and not upstream.received(MYNUM)
    assert decided[0]["action"] == "block"
    if second == SECRET:
        assert not _arrived(upstream, n2)
        assert len(decided) in (1, 2) and all(d["action"] == "block" for d in decided)
    elif len(decided) == 2:
        assert decided[1]["action"] == "allow" and _arrived(upstream, n2) and b"HTTP/1.1 200" in rest, rest[-200:]
    still_serves(gw15, upstream)


@pytest.mark.parametrize("count", [500, 5000])
def test_a_request_with_many_headers_is_answered_and_audited(count: int, gw15: GatewayProcess,
                                                             upstream: FakeUpstream) -> None:
    nonce = fresh_tag()
    m = gw15.mark()
    raw = rawproxy.request("POST", COMPLETIONS, OPENAI, headers={"User-Agent": f"aigw-faults/{nonce}"},
                           body=openai_body(CLEAN), content_type="application/json",
                           extra_lines=[f"X-H{i}: v{i}" for i in range(count - 1)] + [f"X-Last: {PLANT}"])
    resp = rawproxy.send(gw15.port, OPENAI, raw, ca_file=str(gw15.ca_cert))
    assert not _arrived(upstream, nonce) and not upstream.received(MYNUM), resp.status
    assert resp.status >= 400 or resp.status == 0
    decided = gw15.new_decisions(m, expect=1, timeout=5)
    assert all(d["action"] == "block" for d in decided), decided
    still_serves(gw15, upstream)


def _h2_exchange(gw: GatewayProcess, headers: list[tuple[str, str]], body: bytes,
                 trailers: list[tuple[str, str]] | None = None) -> int:
    sock, head, _ = rawproxy.open_tunnel(gw.port, OPENAI)
    assert head.startswith(b"HTTP/1.1 200")
    ctx = ssl.create_default_context(cafile=str(gw.ca_cert))
    ctx.set_alpn_protocols(["h2"])
    tls = ctx.wrap_socket(sock, server_hostname=OPENAI)
    assert tls.selected_alpn_protocol() == "h2"
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, validate_outbound_headers=False,
                                                                normalize_outbound_headers=False))
    conn.initiate_connection()
    conn.send_headers(1, headers)
    conn.send_data(1, body, end_stream=not trailers)
    if trailers:
        conn.send_headers(1, trailers, end_stream=True)
    tls.sendall(conn.data_to_send())
    tls.settimeout(15)
    status = 0
    try:
        while data := tls.recv(65536):
            for ev in conn.receive_data(data):
                if isinstance(ev, h2.events.ResponseReceived):
                    status = int(dict(ev.headers)[b":status"])
                if isinstance(ev, (h2.events.StreamEnded, h2.events.StreamReset, h2.events.ConnectionTerminated)):
                    return status
            tls.sendall(conn.data_to_send())
    except (OSError, ssl.SSLError):
        pass
    finally:
        tls.close()
    return status


@pytest.mark.parametrize("extra", [
    [("host", "chatgpt.com")],  # a host header naming another service than :authority
    [("host", "passthrough.test")],  # … or a host outside the catalog
    [("Host", "chatgpt.com")],  # spelled with a capital (invalid in HTTP/2; sent anyway)
], ids=["host-other-service", "host-off-catalog", "host-capital"])
def test_http2_host_header_disagreeing_with_authority(extra: list[tuple[str, str]], gw15: GatewayProcess,
                                                      upstream: FakeUpstream) -> None:
    nonce = fresh_tag()
    m = gw15.mark()
    body = openai_body(SECRET)
    status = _h2_exchange(gw15, [(":method", "POST"), (":scheme", "https"), (":authority", OPENAI),
                                 (":path", COMPLETIONS), *extra, ("content-type", "application/json"),
                                 ("user-agent", f"aigw-faults/{nonce}"), ("content-length", str(len(body)))], body)
    assert not _arrived(upstream, nonce) and not upstream.received(MYNUM), status
    assert status != 200
    assert all(d["action"] == "block" for d in gw15.new_decisions(m, expect=1, timeout=5))
    still_serves(gw15, upstream)


@pytest.mark.parametrize("path", [f"https://{OPENAI}{COMPLETIONS}", f"{COMPLETIONS}#x", "/v1//chat/completions"],
                         ids=["absolute", "fragment", "double-slash"])
def test_http2_path_spelled_otherwise_is_scanned(path: str, gw15: GatewayProcess, upstream: FakeUpstream) -> None:
    nonce = fresh_tag()
    m = gw15.mark()
    body = openai_body(SECRET)
    status = _h2_exchange(gw15, [(":method", "POST"), (":scheme", "https"), (":authority", OPENAI), (":path", path),
                                 ("content-type", "application/json"), ("user-agent", f"aigw-faults/{nonce}")], body)
    assert not _arrived(upstream, nonce) and not upstream.received(MYNUM), status
    assert all(d["action"] == "block" for d in gw15.new_decisions(m, expect=1, timeout=5))
    still_serves(gw15, upstream)


@pytest.mark.parametrize("text", [SECRET, CLEAN], ids=["secret", "clean"])
def test_http2_request_trailers_are_read_like_headers(text: str, gw15: GatewayProcess, upstream: FakeUpstream) -> None:
    """HTTP/2 request trailers (a HEADERS frame after the body) go on to the service like headers: a prompt in
    them is scanned (it was not before round 15); clean trailers pass."""
    nonce = fresh_tag()
    m = gw15.mark()
    status = _h2_exchange(gw15, [(":method", "POST"), (":scheme", "https"), (":authority", OPENAI),
                                 (":path", COMPLETIONS), ("content-type", "application/json"), ("te", "trailers"),
                                 ("user-agent", f"aigw-faults/{nonce}")], openai_body(CLEAN),
                          trailers=[("x-note", quote(text))])
    (d,) = gw15.new_decisions(m, expect=1, timeout=5)
    if text == SECRET:
        assert (d["action"], d["reason"], status) == ("block", "confidential_data", 403)
        assert not _arrived(upstream, nonce) and not upstream.received(MYNUM)
    else:
        assert d["action"] == "allow" and status == 200 and _arrived(upstream, nonce)


# ---------------------------------------------------------------- a stalled HTTP/2 stream
@pytest.fixture(scope="module")
def idlegw(module_dir: Path, test_rules: Path, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    gw = GatewayProcess(module_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=(OPENAI,), name="gw-idle-r15", extra_sets=("aigw_body_idle_timeout=2",)).start()
    yield gw
    gw.stop()


@pytest.mark.parametrize("length", [True, False], ids=["content-length", "no-length"])
def test_a_stalled_http2_stream_kept_alive_by_pings_is_cut(length: bool, idlegw: GatewayProcess,
                                                           upstream: FakeUpstream) -> None:
    """HTTP/2: headers and half a body, then nothing on the stream while the connection stays busy with PINGs.
    Before round 15 it was held for ever; now the connection is closed once the body is MULTIPLEXED_FACTOR body
    idle timeouts late and the request audited client_disconnected; nothing is forwarded."""
    import time

    nonce = fresh_tag()
    m = idlegw.mark()
    body = openai_body(SECRET)
    sock, head, _ = rawproxy.open_tunnel(idlegw.port, OPENAI)
    ctx = ssl.create_default_context(cafile=str(idlegw.ca_cert))
    ctx.set_alpn_protocols(["h2"])
    tls = ctx.wrap_socket(sock, server_hostname=OPENAI)
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True))
    conn.initiate_connection()
    conn.send_headers(1, [(":method", "POST"), (":scheme", "https"), (":authority", OPENAI), (":path", COMPLETIONS),
                          ("content-type", "application/json"), ("user-agent", f"aigw-faults/{nonce}"),
                          *([("content-length", str(len(body)))] if length else [])])
    conn.send_data(1, body[: len(body) // 2])
    tls.sendall(conn.data_to_send())
    tls.settimeout(1)
    ended, t0 = False, time.monotonic()
    while not ended and time.monotonic() - t0 < 25:
        try:
            conn.ping(b"12345678")
            tls.sendall(conn.data_to_send())
            data = tls.recv(65536)
            if not data:
                ended = True
            for ev in conn.receive_data(data):
                ended = ended or isinstance(ev, (h2.events.StreamReset, h2.events.ConnectionTerminated,
                                                 h2.events.ResponseReceived))
        except (TimeoutError, socket.timeout):
            continue
        except (OSError, ssl.SSLError, h2.exceptions.ProtocolError):
            ended = True
    tls.close()
    assert ended, "the stalled stream was held open for 25 s (body idle timeout 2 s, HTTP/2 bodies 16 s)"
    decided = idlegw.new_decisions(m, expect=1, timeout=5)
    assert [(d["action"], d["reason"]) for d in decided] == [("block", "client_disconnected")], decided
    assert not _arrived(upstream, nonce) and not upstream.received(MYNUM)
