"""addons/hygiene.py: which requests wait for a body (body idle timeout), and option validation."""

from __future__ import annotations

import pytest
from mitmproxy import exceptions
from mitmproxy.test import tflow

from gateway.addons.hygiene import _body_expected
from tests.unit.addons.conftest import Chain


@pytest.mark.parametrize("headers, expected", [
    ({"content-length": "120"}, True),
    ({"transfer-encoding": "chunked"}, True),
    ({"content-length": "0"}, False),
    ({}, False),
    ({"content-length": "abc"}, False),
])
def test_body_expected(headers, expected) -> None:
    f = tflow.tflow()
    for k in ("content-length", "transfer-encoding"):
        f.request.headers.pop(k, None)
    f.request.headers.update(headers)
    assert _body_expected(f) is expected


@pytest.mark.parametrize("option", ["aigw_body_idle_timeout", "aigw_upstream_timeout", "aigw_header_timeout"])
def test_negative_timeouts_are_refused(gw: Chain, option: str) -> None:
    addon = gw.addon("ErrorPages" if option == "aigw_upstream_timeout" else "ConnectionHygiene")
    with pytest.raises(exceptions.OptionsError, match=option):
        gw.tctx.configure(addon, **{option: -1})


async def test_body_watch_ends_when_the_body_arrived(gw: Chain) -> None:
    hygiene = gw.addon("ConnectionHygiene")
    f = tflow.tflow()
    f.request.headers["content-length"] = "5"
    f.response = None
    await gw.requestheaders(f)
    assert f.id in hygiene.bodies
    await gw.request(f)
    assert f.id not in hygiene.bodies


@pytest.mark.parametrize("version", ["HTTP/2.0", "HTTP/3"])
def test_an_http2_stream_is_watched_without_a_length(version: str) -> None:
    """Round 15: an HTTP/2 or HTTP/3 body needs no Content-Length (END_STREAM ends it)."""
    f = tflow.tflow()
    f.request.http_version = version
    for k in ("content-length", "transfer-encoding"):
        f.request.headers.pop(k, None)
    assert _body_expected(f) is True


def test_a_multiplexed_stream_has_a_whole_body_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PING every second keeps the connection busy: an HTTP/2 stream's body is cut MULTIPLEXED_FACTOR idle
    timeouts after its headers all the same; an HTTP/1 body is re-armed while bytes arrive."""
    import types

    from gateway.addons import hygiene as h

    cancelled: list[str] = []
    handler = types.SimpleNamespace(timeout_watchdog=types.SimpleNamespace(last_activity=0.0), client="c",
                                    transports={"c": types.SimpleNamespace(handler=types.SimpleNamespace(
                                        cancel=cancelled.append))})
    master = types.SimpleNamespace(addons=types.SimpleNamespace(get=lambda _: types.SimpleNamespace(
        connections={"cid": handler})))
    monkeypatch.setattr(h, "ctx", types.SimpleNamespace(master=master))
    addon = h.ConnectionHygiene.__new__(h.ConnectionHygiene)
    addon.log, addon.counted, armed = types.SimpleNamespace(warning=lambda *a, **k: None), {}, []
    addon.bodies = types.SimpleNamespace(add=lambda *a: armed.append(a[1]))
    for version, expected in (("HTTP/1.1", []), ("HTTP/2.0", ["body idle timeout"])):
        cancelled.clear()
        f = tflow.tflow()
        f.response, f.request.http_version, f.client_conn.id = None, version, "cid"
        f.request.timestamp_start = 1000.0
        now = 1000.0 + h.MULTIPLEXED_FACTOR * 30 + 1
        handler.timeout_watchdog.last_activity = now - 1  # a byte a second ago
        monkeypatch.setattr(h.time, "time", lambda now=now: now)
        addon._check_body(f, 30)
        assert cancelled == expected, version
