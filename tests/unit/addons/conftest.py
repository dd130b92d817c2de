"""One shared fixture for the addon family: the whole addon chain of ``gateway.addons.default_addons``
in mitmproxy's own test context (taddons), with mitmproxy's proxyserver and proxyauth in front, as
``aigw run`` loads it: one ``AddonChain`` (``gateway.addons.gateway_chain``). Hooks are dispatched through
mitmproxy's addon manager to the chain, and by the chain to every addon in order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mitmproxy import hooks
from mitmproxy.addons import proxyauth, proxyserver
from mitmproxy.proxy import server_hooks
from mitmproxy.proxy.layers import http as http_layer
from mitmproxy.proxy.layers import tls as tls_layer
from mitmproxy.proxy.layers import websocket as ws_layer
from mitmproxy.test import taddons, tflow

from gateway.addons import default_addons, gateway_chain
from gateway.addons import rules as rules_addon
from gateway.rules.loader import DEFAULT_RULES_DIR
from gateway.runtime import load_runtime
from tests.unit.conftest import StubScanner


class Chain:
    """The addons under test, and the hooks mitmproxy would call on them."""

    def __init__(self, tctx: taddons.context, addons: list[Any], stub: StubScanner) -> None:
        self.tctx = tctx
        self.addons = addons
        self.stub = stub
        self.proxyauth = tctx.master.addons.get("proxyauth")

    def addon(self, cls_name: str) -> Any:
        return next(a for a in self.addons if type(a).__name__ == cls_name)

    @property
    def rules(self) -> Any:
        return self.addon("Rules").rules

    def configure(self, **options: Any) -> None:
        self.tctx.configure(self.addon("Rules"), **options)

    async def hook(self, event: hooks.Hook) -> None:
        await self.tctx.master.addons.handle_lifecycle(event)

    async def requestheaders(self, f: Any) -> Any:
        await self.hook(http_layer.HttpRequestHeadersHook(f))
        return f

    async def request(self, f: Any) -> Any:
        await self.hook(http_layer.HttpRequestHook(f))
        return f

    async def run(self, f: Any) -> Any:
        """requestheaders, then request (unless a response was set), as mitmproxy's HTTP layer does."""
        await self.requestheaders(f)
        if f.response is None:
            await self.request(f)
        return f

    async def response(self, f: Any) -> None:
        await self.hook(http_layer.HttpResponseHook(f))

    async def error(self, f: Any) -> None:
        await self.hook(http_layer.HttpErrorHook(f))

    async def responseheaders(self, f: Any) -> None:
        await self.hook(http_layer.HttpResponseHeadersHook(f))

    async def http_connect(self, f: Any) -> None:
        await self.hook(http_layer.HttpConnectHook(f))

    async def tls_clienthello(self, data: Any) -> None:
        await self.hook(tls_layer.TlsClienthelloHook(data))

    async def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        await self.hook(server_hooks.ServerConnectHook(data))

    async def websocket_message(self, f: Any) -> None:
        await self.hook(ws_layer.WebsocketMessageHook(f))


def chain(rules_dir: Path) -> Iterator[Chain]:
    stub = StubScanner()
    rules_addon.PRELOADED[str(rules_dir.resolve())] = load_runtime(rules_dir, scanner=stub)
    addons = default_addons()
    # as ``aigw run`` loads them: one AddonChain (each hook isolated, a failed request hook blocks)
    with taddons.context(proxyserver.Proxyserver(), proxyauth.ProxyAuth(), gateway_chain(addons)) as tctx:
        c = Chain(tctx, addons, stub)
        c.configure(aigw_rules=str(rules_dir))
        yield c


@pytest.fixture
def gw() -> Iterator[Chain]:
    """The addon chain on the shipped rules and a stub scanner."""
    yield from chain(DEFAULT_RULES_DIR)


def ai_flow(user: str | None = "tanaka", host: str = "api.openai.com", path: str = "/v1/chat/completions",
            body: Any = None, method: str = "POST") -> Any:
    f = tflow.tflow()
    f.request.host = host
    f.request.headers["host"] = host
    f.request.path = path
    f.request.method = method
    f.request.headers["content-type"] = "application/json"
    f.request.content = json.dumps({"model": "m", "messages": [{"role": "user", "content": "こんにちは"}]}
                                   if body is None else body, ensure_ascii=False).encode()
    if user:
        f.metadata["proxyauth"] = (user, "demo")
    return f


def plain_flow(host: str = "example.com") -> Any:
    """A request to a host outside the catalog."""
    f = tflow.tflow()
    f.request.host = host
    f.request.headers["host"] = host
    return f
