"""gateway/addons/ws_control.py: control frames carry no client bytes to a service (round 15 red team)."""

from __future__ import annotations

from wsproto.events import CloseConnection, Ping, Pong, TextMessage

from gateway.addons.ws_control import ControlFrames


def test_a_client_ping_goes_on_with_a_token_and_its_pong_comes_back_with_the_payload() -> None:
    c = ControlFrames()
    sent, kind, size = c.to_service(Ping(payload=b"secret"))
    assert kind == "ping" and size == 6 and b"secret" not in sent.payload and sent.payload.startswith(b"aigw")
    back = c.to_client(Pong(payload=sent.payload))
    assert back.payload == b"secret"
    assert c.to_client(Pong(payload=sent.payload)).payload == sent.payload  # answered once only


def test_pongs_answer_only_what_the_service_pinged() -> None:
    c = ControlFrames()
    assert c.to_client(Ping(payload=b"svc")).payload == b"svc"
    assert c.to_service(Pong(payload=b"svc"))[1] is None  # the protocol's answer
    sent, kind, size = c.to_service(Pong(payload=b"svc"))  # a second, unsolicited one
    assert (sent.payload, kind, size) == (b"", "pong", 3)
    assert c.to_service(Pong(payload=b"anything"))[0].payload == b""


def test_a_close_keeps_its_code_and_loses_its_reason() -> None:
    sent, kind, size = ControlFrames().to_service(CloseConnection(code=1000, reason="個人番号"))
    assert (sent.code, sent.reason, kind, size) == (1000, None, "close_reason", 12)


def test_empty_payloads_and_messages_pass_untouched() -> None:
    c = ControlFrames()
    for ev in (Ping(payload=b""), Pong(payload=b""), CloseConnection(code=1001), TextMessage(data="x")):
        assert c.to_service(ev) == (ev, None, 0)


def test_memory_is_bounded() -> None:
    c = ControlFrames(keep=3)
    for i in range(10):
        c.to_service(Ping(payload=b"%d" % i))
        c.to_client(Ping(payload=b"s%d" % i))
    assert len(c._tokens) == 3 and len(c._service_pings) == 3
