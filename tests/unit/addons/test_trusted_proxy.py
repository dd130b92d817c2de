"""TrustedProxy: the shared secret names a user only from a trusted proxy; from anyone else it is a 407."""

from __future__ import annotations

import base64
import ipaddress

import pytest
from mitmproxy import exceptions
from mitmproxy.test import tflow

from tests.unit.addons.conftest import ai_flow


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


async def test_trusted_proxy_secret_only_from_trusted_peers(gw) -> None:
    pa = gw.proxyauth
    secret = "s" * 20
    gw.configure(aigw_trusted_proxy_secret=secret)
    assert pa.validator is not None and pa.validator("anyone", secret)
    assert not pa.validator("anyone", "wrong")
    with pytest.raises(exceptions.OptionsError, match="16"):
        gw.configure(aigw_trusted_proxy_secret="short")
    gw.configure(aigw_trusted_proxy_secret=secret)
    # 127.0.0.1 is not in the shipped trusted_proxies: the secret is refused with 407
    f = tflow.tflow()
    f.request.host = "api.openai.com"
    f.request.headers["Proxy-Authorization"] = basic("tanaka", secret)
    await gw.http_connect(f)
    assert f.response is not None and f.response.status_code == 407 and "proxyauth" not in f.metadata
    # from a trusted peer it names the user
    object.__setattr__(gw.rules, "trusted_proxies", (ipaddress.ip_network("127.0.0.0/8"),))
    g = ai_flow(None)
    g.request.headers["Proxy-Authorization"] = basic("tanaka", secret)
    await gw.requestheaders(g)
    assert g.response is None and g.metadata["aigw"].identity.source == "trusted_proxy"
