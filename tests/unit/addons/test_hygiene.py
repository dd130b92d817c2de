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
