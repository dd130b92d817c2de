"""addons/error_pages.py + addons/mitm_errors.py: the answer prepared in the public error hook is what
mitmproxy's own error writer sends (HTTP/1.1 whole response, HTTP/2 body); anything else keeps mitmproxy's."""

from __future__ import annotations

import json

import pytest
from mitmproxy import flow as mflow
from mitmproxy.proxy.layers.http import _http1, _http2

from gateway.addons import mitm_errors
from tests.unit.addons.conftest import Chain, ai_flow


def test_mitmproxy_still_has_the_functions_aigw_wraps() -> None:
    """A mitmproxy upgrade that moves them fails here first (the addon would fall back to English pages)."""
    assert mitm_errors.available()


async def test_the_error_hook_prepares_the_answer_mitmproxy_writes(gw: Chain) -> None:
    assert _http1.make_error_response is mitm_errors.make_error_response  # installed by the chain's load
    f = await gw.run(ai_flow("tanaka"))  # allowed and released (audit before forward)
    assert f.response is None
    cx = f.metadata["aigw"]
    f.server_conn.timestamp_tcp_setup = None  # the server connection was never set up
    f.error = mflow.Error("Connection refused")
    await gw.error(f)
    raw = _http1.make_error_response(502, "Connection refused")
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 502") and b"connection: close" in head.lower()
    assert b"x-aigw-reason: upstream_error" in head.lower()
    doc = json.loads(body)
    assert doc["error"]["type"] == "server_error" and doc["error"]["code"] == "upstream_error"
    assert f"参照番号: {cx.request_id}" in doc["error"]["message"] and "に接続できませんでした" in doc["error"]["message"]
    # asked once: the next error with the same message and no flow gets the generic Japanese JSON
    generic = json.loads(_http1.make_error_response(502, "Connection refused").partition(b"\r\n\r\n")[2])
    assert generic["error"]["code"] == "upstream_error" and cx.request_id not in generic["error"]["message"]


async def test_http2_body_and_unknown_statuses(gw: Chain) -> None:
    f = await gw.run(ai_flow("tanaka", host="api.anthropic.com", path="/v1/messages",
                             body={"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}))
    f.error = mflow.Error("peer reset")
    await gw.error(f)
    doc = json.loads(_http2.format_error(502, "peer reset"))
    assert doc["type"] == "error" and doc["error"]["type"] == "api_error"
    bad = json.loads(_http2.format_error(400, "bad request"))  # mitmproxy could not parse it: no flow, ours
    assert bad["error"]["code"] == "undecodable_body" and "読み取れない" in bad["error"]["message"]
    assert b"upstream_error" not in _http2.format_error(418, "teapot")  # not ours: mitmproxy's page
    assert "から応答を受け取れませんでした" in doc["error"]["message"]  # connected: it may have arrived


async def test_uninstalled_after_done(gw: Chain) -> None:
    addon = gw.addon("ErrorPages")
    addon.done()
    try:
        assert _http1.make_error_response is not mitm_errors.make_error_response
        assert b"upstream_error" not in _http1.make_error_response(502, "x")
    finally:
        assert mitm_errors.install(addon.answer)


# ---------------------------------------------------------------- WebSocket: the service's side ended abnormally
async def test_mitmproxy_still_has_the_websocket_send2_aigw_wraps(gw: Chain) -> None:
    from mitmproxy.proxy.layers.websocket import WebsocketConnection

    assert WebsocketConnection.send2 is mitm_errors.ws_send2  # installed by the chain's load (WebSocket addon)
    assert WebsocketConnection.events is mitm_errors.ws_events
    assert mitm_errors._signature_ok(mitm_errors._ORIGINAL["ws_send2"], ("self", "event"))


class _Limits(mitm_errors.WsLimits):
    def __init__(self, limit: int | None) -> None:
        self.limit, self.told = limit, []

    def message_limit(self, client_id: str) -> int | None:
        return self.limit

    def message_too_big(self, client_id: str, size: int) -> tuple[int, str]:
        self.told.append(size)
        return 1009, "送信内容が大きすぎます"


def _client_frames(*fragments: str) -> bytes:
    """What a WebSocket client sends: one text message in ``fragments`` (masked frames)."""
    import wsproto
    from wsproto.events import TextMessage

    c = wsproto.Connection(wsproto.ConnectionType.CLIENT)
    return b"".join(c.send(TextMessage(data=f, message_finished=i == len(fragments) - 1))
                    for i, f in enumerate(fragments))


@pytest.mark.parametrize(("limit", "closed"), [(None, False), (10_000, False), (2_999, True), (1_000, True)])
def test_a_client_message_is_counted_as_it_arrives_and_ends_in_1009_past_its_limit(
        gw: Chain, monkeypatch, limit, closed) -> None:
    from wsproto.events import CloseConnection, TextMessage

    _, to_client, to_server = _ws_pair()
    limits = _Limits(limit)
    monkeypatch.setattr(mitm_errors, "_ws_limits", limits)
    to_client.frame_buf = [b"gathered so far"]
    to_client.receive_data(_client_frames("a" * 1000, "b" * 1000, "c" * 1000) + _client_frames("short"))
    events = list(to_client.events())
    if not closed:
        assert [type(e) for e in events] == [TextMessage] * 4 and not limits.told
        assert sum(len(e.data) for e in events) == 3005
        return
    assert isinstance(events[-1], CloseConnection) and events[-1].code == 1009
    assert sum(len(e.data) for e in events[:-1]) <= limit  # nothing past the limit is handed to mitmproxy
    assert limits.told and limits.told[0] > limit and to_client.frame_buf == [b""]
    # the service's side is never limited
    to_server.receive_data(b"\x81\x05hello")
    assert [e.data for e in to_server.events()] == ["hello"]


def test_the_pieces_of_a_message_are_gathered_in_place_not_copied_each_time() -> None:
    """mitmproxy appends each piece with ``frame_buf[-1] += data``: on a bytearray that is in place (on bytes a
    32 MB frame read in 64 KB pieces copied gigabytes on the event loop: 1–6 s here, 0.04 s in place)."""
    _, to_client, to_server = _ws_pair()
    to_server.receive_data(b"\x01\x03abc")  # the first frame of a message from the service, not finished
    to_client.receive_data(_client_frames("abc", "def"))
    for w in (to_server, to_client):
        for event in w.events():
            buf = w.frame_buf[-1]
            w.frame_buf[-1] += event.data.encode()  # as mitmproxy's layer does
            assert type(buf) is bytearray and w.frame_buf[-1] is buf


def _ws_pair():
    import wsproto
    from mitmproxy.proxy.layers.websocket import WebsocketConnection
    from mitmproxy.test import tflow

    f = tflow.twebsocketflow()
    to_client = WebsocketConnection(wsproto.ConnectionType.SERVER, conn=f.client_conn)
    to_server = WebsocketConnection(wsproto.ConnectionType.CLIENT, conn=f.server_conn)
    for w in (to_client, to_server):  # open, as after the handshake
        w._state = wsproto.connection.ConnectionState.OPEN
    return f, to_client, to_server


def _close_payload(data: bytes) -> tuple[int, str]:
    payload = data[2:]  # server frames are unmasked; short payload: 2-byte header
    return int.from_bytes(payload[:2], "big"), payload[2:].decode("utf-8")


async def test_an_abnormal_end_of_the_service_side_reaches_the_client_as_1014_in_japanese(gw: Chain) -> None:
    from wsproto.events import CloseConnection

    f, to_client, to_server = _ws_pair()
    cx = gw.addon("WebSocket")
    f.metadata["aigw"] = (await gw.run(ai_flow("tanaka"))).metadata["aigw"]
    cx.websocket_start(f)
    code, reason = _close_payload(to_client.send2(CloseConnection(code=1006)).data)
    assert code == 1014 and "接続が切れました" in reason and f.metadata["aigw"].request_id in reason
    assert len(reason.encode("utf-8")) <= 123
    # a normal close from the service, or any close towards the service, is relayed unchanged
    _, again, to_server = _ws_pair()
    assert _close_payload(again.send2(CloseConnection(code=1000, reason="bye")).data) == (1000, "bye")
    masked = to_server.send2(CloseConnection(code=1006)).data
    assert masked[1] & 0x7F == 2  # 1006 is never sent: wsproto sends 1000 without a reason
    cx.websocket_end(f)
    assert cx.upstream_closed(f.client_conn.id) is None  # the session is forgotten at its end


def test_a_long_service_name_leaves_room_for_the_reference_number() -> None:
    from gateway.messages import ws_upstream_closed

    text = ws_upstream_closed("とても長い名前のAIサービス" * 5, "0123456789ab")
    assert len(text.encode("utf-8")) <= 123 and "0123456789ab" in text


def test_request_trailers_are_a_protocol_error_not_a_crashed_connection(monkeypatch) -> None:
    """mitmproxy 12 raises NotImplementedError on HTTP/1 trailers, which killed the connection's layer (no hook,
    no audit line, the client left waiting): the wrapper ends it as an h11 protocol error does."""
    from types import SimpleNamespace

    from mitmproxy.proxy import commands
    from mitmproxy.proxy.layers.http._events import RequestProtocolError

    def original(self, event):
        yield "data"
        raise NotImplementedError("HTTP trailers are not implemented yet.")

    assert mitm_errors.install_trailers()
    try:
        assert _http1.Http1Server.read_body is mitm_errors.read_body
        monkeypatch.setitem(mitm_errors._ORIGINAL, "read_body", original)
        conn = SimpleNamespace(conn=object(), stream_id=1, ReceiveProtocolError=_http1.Http1Server.ReceiveProtocolError)
        out = list(mitm_errors.read_body(conn, None))
    finally:
        mitm_errors.uninstall()
    assert out[0] == "data" and isinstance(out[1], commands.CloseConnection)
    assert isinstance(out[2].event, RequestProtocolError) and "trailers" in out[2].event.message
