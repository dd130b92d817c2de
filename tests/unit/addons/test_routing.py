"""UpstreamRouting: aigw_upstream_override re-addresses upstream connections, keeping the TLS name."""

from __future__ import annotations

import pytest
from mitmproxy import connection, exceptions
from mitmproxy.proxy import server_hooks
from mitmproxy.test import tflow


async def test_upstream_override(gw):
    gw.configure(aigw_upstream_override=["api.openai.com=127.0.0.1:9999"])
    server = connection.Server(address=("api.openai.com", 443), sni="api.openai.com")
    await gw.server_connect(server_hooks.ServerConnectionHookData(server=server, client=tflow.tclient_conn()))
    assert server.address == ("127.0.0.1", 9999) and server.sni == "api.openai.com"
    with pytest.raises(exceptions.OptionsError):
        gw.configure(aigw_upstream_override=["nonsense"])
