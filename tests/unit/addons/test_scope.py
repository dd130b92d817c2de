"""Scope: decrypt catalog and shadow hosts only; everything else stays an untouched tunnel."""

from __future__ import annotations

import ssl

import pytest
from mitmproxy import connection, options
from mitmproxy.proxy import context as pctx
from mitmproxy.tls import ClientHello, ClientHelloData


def _client_hello(sni: str) -> bytes:
    """A real ClientHello, built with the stdlib."""
    tls = ssl.create_default_context()
    inc, out = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = tls.wrap_bio(inc, out, server_hostname=sni)
    try:
        obj.do_handshake()
    except ssl.SSLWantReadError:
        pass
    return out.read()[9:]  # strip the record (5) and handshake (4) headers


async def _ignored(gw, sni: str, address: str) -> bool:
    client = connection.Client(peername=("127.0.0.1", 5555), sockname=("127.0.0.1", 8080))
    c = pctx.Context(client, options.Options())
    c.server.address = (address, 443)
    data = ClientHelloData(c, ClientHello(_client_hello(sni)))
    await gw.tls_clienthello(data)
    return data.ignore_connection


@pytest.mark.parametrize("sni,address,ignored", [
    ("api.openai.com", "api.openai.com", False),
    ("example.com", "example.com", True),
    ("poe.com", "poe.com", False),  # shadow: never tunnelled blindly
    ("example.com", "api.openai.com", False),  # either name in the catalog → decrypt and classify by Host
])
async def test_tls_scope(gw, sni, address, ignored):
    assert await _ignored(gw, sni, address) is ignored
