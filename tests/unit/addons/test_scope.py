"""Scope: decrypt catalog and shadow hosts only; everything else stays an untouched tunnel."""

from __future__ import annotations

import json
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


def _connect(host: str, user: str | None = "tanaka"):
    from mitmproxy.test import tflow

    f = tflow.tflow()
    f.request.method = "CONNECT"
    f.request.host, f.request.port = host, 443
    if user:
        f.metadata["proxyauth"] = (user, "demo")
    return f


async def test_shadow_connect_opens_by_default_and_is_answered_per_request(gw):
    from tests.unit.addons.conftest import ai_flow

    f = _connect("poe.com")
    await gw.http_connect(f)
    assert f.response is None  # the tunnel opens: the browser can show the page
    page = ai_flow(host="poe.com", path="/", method="GET", body="")
    page.request.headers["accept"] = "text/html"
    page.request.headers["sec-fetch-mode"] = "navigate"
    await gw.run(page)
    assert page.response.status_code == 403 and "text/html" in page.response.headers["content-type"]
    assert "Poe は利用できません" in page.response.text and "tanaka" in page.response.text
    api = ai_flow(host="poe.com")
    await gw.run(api)
    assert api.response.status_code == 403 and api.response.json()["error"]["code"] == "shadow_ai"


async def test_refuse_at_connect_option(gw):
    gw.tctx.options.update(aigw_refuse_at_connect=True)
    try:
        f = _connect("poe.com")
        await gw.http_connect(f)
        assert f.response is not None and f.response.status_code == 403
        assert f.response.headers["x-aigw-reason"] == "shadow_ai"
    finally:
        gw.tctx.options.update(aigw_refuse_at_connect=False)


async def test_no_upstream_connection_to_a_shadow_host(gw):
    from mitmproxy.proxy import server_hooks

    client = connection.Client(peername=("127.0.0.1", 5555), sockname=("127.0.0.1", 8080))
    server = connection.Server(address=("poe.com", 443))
    await gw.server_connect(server_hooks.ServerConnectionHookData(server, client))
    assert server.error and "shadow" in server.error
    ok = connection.Server(address=("api.openai.com", 443))
    await gw.server_connect(server_hooks.ServerConnectionHookData(ok, client))
    assert not ok.error


async def test_report_on_a_catalog_host_is_answered_and_written(gw, tmp_path):
    from tests.unit.addons.conftest import ai_flow

    audit = gw.addon("AuditLog")
    lines = []
    audit.note = lambda fields: lines.append(fields)  # what the one writer receives
    f = ai_flow(host="chatgpt.com", path="/__aigw/report?id=0123456789ab", method="POST",
                body={"prompt": "個人番号 123456789018"})
    await gw.run(f)
    assert f.response.status_code == 200 and f.response.json()["status"] == "recorded"
    assert "aigw" not in f.metadata  # never went through the request pipeline
    (line,) = lines
    assert (line["event"], line["request_id"], line["user"], line["service"]) == (
        "false_positive_reported", "0123456789ab", "tanaka", "chatgpt")
    assert "123456789018" not in json.dumps(line, ensure_ascii=False)
    other = ai_flow(host="example.com", path="/__aigw/report?id=0123456789ab", method="POST")
    await gw.run(other)
    assert lines == [line]  # not a host aigw answers for


@pytest.mark.parametrize("address, ignored", [
    ("203.0.113.5", False),  # an IP and no SNI: nothing names the service but the Host inside, so decrypted
    ("2001:db8::5", False),
    ("example.com", True),  # a name outside the catalog: an untouched tunnel as before
])
async def test_a_tunnel_without_any_name_is_decrypted(gw, address: str, ignored: bool) -> None:
    tls = ssl.create_default_context()
    tls.check_hostname = False
    inc, out = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = tls.wrap_bio(inc, out)  # no server_hostname: no SNI
    with pytest.raises(ssl.SSLWantReadError):
        obj.do_handshake()
    client = connection.Client(peername=("127.0.0.1", 5555), sockname=("127.0.0.1", 8080))
    c = pctx.Context(client, options.Options())
    c.server.address = (address, 443)
    data = ClientHelloData(c, ClientHello(out.read()[9:]))
    assert data.client_hello.sni is None
    await gw.tls_clienthello(data)
    assert data.ignore_connection is ignored
