"""WebSocket frames through a real `aigw run` to a Copilot-like fake service: a real WebSocket client
(the `websockets` library, through the proxy with CONNECT + proxy auth) sends chat frames; a frame
with a 個人番号 is dropped and the user sees the Japanese block message in Copilot's own frame shape,
clean frames pass. Checks the client, the log lines and what the upstream received."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosed
from tests.support.ws_client import connect
from tests.support.tags import fresh_tag

from tests.support.certs import make_pki
from tests.support.documents import MY_NUMBER
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.ws_upstream import DROP, WsUpstream

pytestmark = pytest.mark.e2e
HOST = "copilot.microsoft.com"
LIMIT = 1024 * 1024
APPROVAL = """
  - application_id: AI-TEST-WS
    user: tanaka
    service: copilot
    purposes: [文書作成支援]
    approver: 総務部長（CISO補佐）
    approved_on: 2024-04-01
    expires_on: 2099-03-31
"""


@pytest.fixture(scope="module")
def ws_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GatewayProcess, WsUpstream]]:
    d: Path = tmp_path_factory.mktemp("ws")
    pki = make_pki(d / "pki", hosts=(HOST,))
    rules = make_test_rules(d / "rules", extra_approvals=APPROVAL)
    policy = rules / "policy.yaml"  # 1 MiB: the oversize-message test need not send 32 MiB
    policy.write_text(policy.read_text(encoding="utf-8").replace("max_body_bytes: 33554432", f"max_body_bytes: {LIMIT}"),
                      encoding="utf-8")
    with WsUpstream(pki.cert_pem, pki.key_pem) as up:
        gw = GatewayProcess(d, rules=rules, upstream_port=up.port, upstream_ca=pki.ca_pem, hosts=(HOST,),
                            name="gw-ws").start().wait_workers()
        try:
            yield gw, up
        finally:
            gw.stop()


def send_frame(text: str) -> str:
    return json.dumps({"event": "send", "conversationId": "conv-1", "mode": "chat",
                       "content": [{"type": "text", "text": text}]}, ensure_ascii=False)


def recv_until_done(ws, timeout: float = 10) -> list[dict]:
    out = []
    while True:
        msg = json.loads(ws.recv(timeout=timeout))
        out.append(msg)
        if msg.get("event") == "done":
            return out


def test_copilot_frame_with_my_number_is_dropped_and_clean_frames_pass(ws_env) -> None:
    gw, up = ws_env
    clean1, clean2, secret = (f"会議の議事録を要約して {fresh_tag()}" for _ in range(3))
    secret = f"{secret} 個人番号 {MY_NUMBER} の方の転入手続き"
    m = gw.mark()
    with connect(f"wss://{HOST}/c/api/chat?api-version=2", proxy=gw.proxy_url("tanaka"),
                 ssl=gw.ssl_context(), open_timeout=15) as ws:
        ws.send(send_frame(clean1))
        first = recv_until_done(ws)
        assert {"event": "appendText", "text": "テスト応答です。"} in first
        ws.send(send_frame(secret))
        blocked = recv_until_done(ws)  # answered by the gateway, in Copilot's frame shape
        text = "".join(f.get("text", "") for f in blocked if f.get("event") == "appendText")
        assert "ブロック" in text or "要機密情報" in text, blocked
        assert MY_NUMBER not in text
        ws.send(send_frame(clean2))
        assert {"event": "appendText", "text": "テスト応答です。"} in recv_until_done(ws)
    assert up.received(clean1) and up.received(clean2)
    assert up.received(secret.split()[1]) == [] and up.received(MY_NUMBER) == []
    decisions = gw.new_decisions(m, expect=2)
    handshake = [d for d in decisions if d["reason"] == "allowed"]
    frames = [d for d in decisions if d["action"] == "block"]
    assert len(handshake) == 1 and handshake[0]["service"] == "copilot" and gw.upstream_status(handshake[0]) == 101
    assert len(frames) == 1
    assert (frames[0]["reason"], frames[0]["stage"]) == ("confidential_data", "websocket")
    assert any(f["entity"] == "JP_MY_NUMBER" for f in frames[0]["findings"])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        closed = [e for e in gw.events if e.get("event") == "websocket_closed"]
        if closed:
            break
        time.sleep(0.05)
    assert (closed[-1]["frames"], closed[-1]["allowed"], closed[-1]["blocked"]) == (3, 2, 1)
    assert MY_NUMBER not in "\n".join(gw.lines)


def test_a_service_that_drops_the_session_is_reported_to_the_client_not_closed_as_normal(ws_env) -> None:
    """The service resets the connection mid-session (no close frame): mitmproxy alone would relay a normal
    close (1000); the client gets 1014 with the Japanese reason and the 参照番号, and the log says why."""
    gw, up = ws_env
    with connect(f"wss://{HOST}/c/api/chat?api-version=2", proxy=gw.proxy_url("tanaka"),
                 ssl=gw.ssl_context(), open_timeout=15) as ws:
        ws.send(send_frame(f"議事録の要約 {DROP}"))
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                ws.recv(timeout=10)
    rcvd = closed.value.rcvd
    assert rcvd is not None and rcvd.code == 1014, closed.value
    assert "接続が切れました" in rcvd.reason and "参照番号" in rcvd.reason
    [line] = gw.wait_events(lambda e: e.get("event") == "websocket_closed" and e.get("request_id", "-") in rcvd.reason)
    assert line["error"] == "upstream_error" and line["frames"] == 1
    assert up.received(DROP)


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "permessage-deflate"])
def test_a_message_over_the_size_limit_is_stopped_as_it_arrives_and_never_forwarded(ws_env, compressed) -> None:
    """A 1.6 MiB message sent in 67 KB fragments (plain, or compressed to a few KB and inflated by the gateway):
    counted as it arrives, never gathered whole nor forwarded; the client gets close 1009 with the Japanese
    reason and the 参照番号, the message its own ``oversize_body`` line; the next session works."""
    gw, up = ws_env
    tag = fresh_tag()
    head = send_frame(f"{tag} 長い資料です。")[:-4]
    parts = [head] + ["資料の本文です。" * 2800] * 24 + ['"}]}']  # 24 × 67 KB, each part one fragment
    assert sum(len(p.encode()) for p in parts) > 1.5 * LIMIT
    m = gw.mark()
    # (no keepalive ping: the close must come on its own. It used to wait for the client's 20 s ping: mitmproxy
    # cancelled the connection's task while it waited for the event lock, so the socket was never closed)
    with connect(f"wss://{HOST}/c/api/chat?api-version=2", proxy=gw.proxy_url("tanaka"), ssl=gw.ssl_context(),
                 open_timeout=15, close_timeout=2, ping_interval=None,
                 compression="deflate" if compressed else None) as ws:
        with pytest.raises(ConnectionClosed) as closed:
            ws.send(iter(parts))
            ws.recv(timeout=15)
    rcvd = closed.value.rcvd
    [d] = [d for d in gw.new_decisions(m, expect=1) if d.get("stage") == "websocket"]
    assert (d["action"], d["reason"], d["user"]) == ("block", "oversize_body", "tanaka")
    assert not up.received(tag)
    # (on a loaded host the compressing client may still be sending when the close arrives, and websockets 17's reader
    # then fails on its own — "feed_data after EOF" — before it reports the frame; the gateway's side is the same: the
    # line above, nothing forwarded, the session closed)
    if rcvd is not None or not compressed:
        assert rcvd is not None and rcvd.code == 1009, closed.value
        assert "大きすぎる" in rcvd.reason and "参照番号" in rcvd.reason and d["request_id"] in rcvd.reason
    with connect(f"wss://{HOST}/c/api/chat?api-version=2", proxy=gw.proxy_url("tanaka"),
                 ssl=gw.ssl_context(), open_timeout=15) as ws:
        ws.send(send_frame(f"要約してください {tag}"))
        assert {"event": "appendText", "text": "テスト応答です。"} in recv_until_done(ws)


def test_unapproved_user_cannot_open_the_websocket(ws_env) -> None:
    gw, up = ws_env
    m = gw.mark()
    with pytest.raises(Exception) as ei:
        with connect(f"wss://{HOST}/c/api/chat?api-version=2", proxy=gw.proxy_url("suzuki"),
                     ssl=gw.ssl_context(), open_timeout=15):
            pass
    assert "403" in str(ei.value)
    d = gw.new_decisions(m)[-1]
    assert (d["user"], d["reason"]) == ("suzuki", "not_approved")


def test_identifier_split_across_frames_is_caught(ws_env) -> None:
    """The first half alone says nothing; the frame that completes the 個人番号 is dropped (issue 11)."""
    gw, up = ws_env
    tag = fresh_tag()
    first, second = f"{tag} 申請者の個人番号は{MY_NUMBER[:8]}", f"{MY_NUMBER[8:]}です {tag[:8]}"
    m = gw.mark()
    with connect(f"wss://{HOST}/c/api/chat?api-version=2", proxy=gw.proxy_url("tanaka"),
                 ssl=gw.ssl_context(), open_timeout=15) as ws:
        ws.send(send_frame(first))
        recv_until_done(ws)
        ws.send(send_frame(second))
        blocked = recv_until_done(ws)
        assert any("ブロック" in f.get("text", "") or "要機密情報" in f.get("text", "") for f in blocked), blocked
    assert up.received(first) and not up.received(second)
    # the session's own line and the blocked frame's (a clean frame has none)
    frames = [d for d in gw.new_decisions(m, expect=2) if d.get("stage") == "websocket"]
    assert [d["reason"] for d in frames] == ["confidential_data"]


def test_a_file_or_a_large_frame_is_read_in_a_worker_and_dropped_when_it_holds_a_my_number(ws_env) -> None:
    """A docx sent as a binary frame and a 40,000-character text frame with one 個人番号 buried in it are read
    in a scan worker (not on the event loop); both are dropped, and the connection goes on."""
    from tests.support.documents import docx_bytes

    gw, up = ws_env
    tag = fresh_tag()
    doc = docx_bytes(f"申請書 {tag}", table=[["個人番号", MY_NUMBER]])
    big = send_frame(("会議資料の本文です。" * 4000) + f" 個人番号 {MY_NUMBER} " + tag)
    assert len(big.encode()) > 4 * 4096  # over the inline budget: read in a worker
    clean = f"要約してください {tag}"
    m = gw.mark()
    with connect(f"wss://{HOST}/c/api/chat?api-version=2", proxy=gw.proxy_url("tanaka"),
                 ssl=gw.ssl_context(), open_timeout=15, max_size=None) as ws:
        for frame in (doc, big):
            ws.send(frame)
            # the first job of a fresh gateway waits for its worker to build the scanner (at nice 10: a busy
            # host, like this suite's, stretches that well past a few seconds; bounded by workers.WARM_TIMEOUT)
            told = recv_until_done(ws, timeout=90)
            assert any("ブロック" in f.get("text", "") or "要機密情報" in f.get("text", "") for f in told), told
        ws.send(send_frame(clean))
        assert {"event": "appendText", "text": "テスト応答です。"} in recv_until_done(ws)
    assert up.received(clean) and not [f for f in up.frames if isinstance(f, bytes)] and up.received(MY_NUMBER) == []
    frames = [d for d in gw.new_decisions(m, expect=3) if d.get("stage") == "websocket"]
    assert [d["reason"] for d in frames] == ["confidential_data", "confidential_data"]
    assert all(any(f["entity"] == "JP_MY_NUMBER" for f in d["findings"]) for d in frames)


@pytest.fixture(scope="module")
def ws_caution_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GatewayProcess, WsUpstream]]:
    import re

    d: Path = tmp_path_factory.mktemp("ws-caution")
    pki = make_pki(d / "pki", hosts=(HOST,))
    rules = make_test_rules(d / "rules", extra_approvals=APPROVAL)
    policy = rules / "policy.yaml"
    policy.write_text(re.sub(r"(?m)^scan_warn: allow", "scan_warn: caution", policy.read_text(encoding="utf-8")),
                      encoding="utf-8")
    with WsUpstream(pki.cert_pem, pki.key_pem) as up:
        gw = GatewayProcess(d, rules=rules, upstream_port=up.port, upstream_ca=pki.ca_pem, hosts=(HOST,),
                            name="gw-ws-caution").start().wait_workers()
        try:
            yield gw, up
        finally:
            gw.stop()


def test_copilot_caution_then_token_in_the_next_frame(ws_caution_env) -> None:
    import re

    gw, up = ws_caution_env
    text = f"生年月日は1980年1月2日です。案内文を作って {fresh_tag()}"
    m = gw.mark()
    with connect(f"wss://{HOST}/c/api/chat?api-version=2", proxy=gw.proxy_url("tanaka"),
                 ssl=gw.ssl_context(), open_timeout=15) as ws:
        ws.send(send_frame(text))
        held = "".join(f.get("text", "") for f in recv_until_done(ws) if f.get("event") == "appendText")
        assert "送信前に確認してください" in held and "1980" not in held
        token = re.search(r"#aigw-ok:([A-Z0-9]{6})", held).group(1)
        ws.send(send_frame(f"#aigw-ok:{token} 理由: 窓口回答の下書きのため\n{text}"))
        assert {"event": "appendText", "text": "テスト応答です。"} in recv_until_done(ws)
    assert len(up.received(text.split()[-1])) == 1
    ds = [d for d in gw.new_decisions(m, expect=3) if d.get("stage") == "websocket" or d["reason"].startswith("caution")]
    assert [(d["reason"], d.get("caution_token")) for d in ds][:1] == [("caution_required", token)]
    confirmed = [d for d in ds if d["reason"] == "caution_confirmed"]
    assert confirmed and (confirmed[0]["action"], confirmed[0]["justification"]) == ("warn", "窓口回答の下書きのため")
