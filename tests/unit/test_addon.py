"""The addon with mitmproxy's own test helpers (taddons/tflow), on the shipped rules and a stub scanner."""

from __future__ import annotations

import json

import pytest
from mitmproxy import connection, exceptions
from mitmproxy.addons import proxyserver
from mitmproxy.proxy import server_hooks
from mitmproxy.test import taddons, tflow
from mitmproxy.tls import ClientHello, ClientHelloData

from gateway import addon as addon_mod
from gateway.rules.loader import DEFAULT_RULES_DIR, load_rules
from gateway.scan.api import Finding, ScanResult
from tests.unit.conftest import StubScanner


@pytest.fixture
def gw():
    stub = StubScanner()
    addon_mod.PRELOADED[str(DEFAULT_RULES_DIR)] = load_rules(None, scanner=stub)
    a = addon_mod.Gateway()
    with taddons.context(proxyserver.Proxyserver(), a) as tctx:
        tctx.configure(a, aigw_rules=str(DEFAULT_RULES_DIR))
        a.stub = stub
        yield a, tctx


def ai_flow(user: str | None = "tanaka", host="api.openai.com", path="/v1/chat/completions", body=None):
    f = tflow.tflow()
    f.request.host = host
    f.request.headers["host"] = host
    f.request.path = path
    f.request.method = "POST"
    f.request.headers["content-type"] = "application/json"
    f.request.content = json.dumps(body or {"model": "m", "messages": [{"role": "user", "content": "こんにちは"}]},
                                   ensure_ascii=False).encode()
    if user:
        f.metadata["proxyauth"] = (user, "demo")
    return f


async def run(a, f):
    a.requestheaders(f)
    await a.request(f)
    return f


def test_refuses_stream_large_bodies(gw):
    a, tctx = gw
    with pytest.raises(exceptions.OptionsError, match="stream_large_bodies"):
        tctx.configure(a, stream_large_bodies="1m")


def test_invalid_rules_keep_old_rules(gw, tmp_path):
    a, tctx = gw
    old = a.rules
    (tmp_path / "services.yaml").write_text("services: [{id: x}]", encoding="utf-8")
    with pytest.raises(exceptions.OptionsError, match="services.yaml"):
        tctx.configure(a, aigw_rules=str(tmp_path))
    assert a.rules is old


def _hello(a, sni, address):
    ctx = connection.Client(peername=("127.0.0.1", 5555), sockname=("127.0.0.1", 8080))
    from mitmproxy.proxy import context as pctx
    from mitmproxy import options

    c = pctx.Context(ctx, options.Options())
    c.server.address = (address, 443)
    data = ClientHelloData(c, ClientHello(_client_hello(sni)))
    a.tls_clienthello(data)
    return data.ignore_connection


def _client_hello(sni: str) -> bytes:
    import ssl
    # build a real ClientHello with the stdlib
    ctx = ssl.create_default_context()
    inc, out = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ctx.wrap_bio(inc, out, server_hostname=sni)
    try:
        obj.do_handshake()
    except ssl.SSLWantReadError:
        pass
    record = out.read()
    return record[9:]  # strip the record (5) and handshake (4) headers


@pytest.mark.parametrize("sni,address,ignored", [
    ("api.openai.com", "api.openai.com", False),
    ("example.com", "example.com", True),
    ("poe.com", "poe.com", False),  # shadow: never tunnelled blindly
    ("example.com", "api.openai.com", False),  # either name in the catalog → decrypt and classify by Host
])
def test_tls_scope(gw, sni, address, ignored):
    a, _ = gw
    assert _hello(a, sni, address) is ignored


async def test_allowed_request_passes_and_is_scanned(gw):
    a, _ = gw
    f = await run(a, ai_flow())
    assert f.response is None and a.stub.calls[-1] == ("こんにちは", "openai-api")
    assert f.metadata["aigw"].verdict.action.value == "allow"


async def test_no_identity_blocked(gw):
    a, _ = gw
    f = await run(a, ai_flow(user=None))
    assert f.response.status_code == 403 and f.response.headers["x-aigw-reason"] == "no_identity"


async def test_scanner_block(gw):
    a, _ = gw
    a.stub.result = ScanResult("block", (Finding("JP_MY_NUMBER", 0, 12, 0.9),), ("r",))
    f = await run(a, ai_flow())
    assert f.response.status_code == 403
    assert json.loads(f.response.content)["error"]["code"] == "confidential_data"


async def test_exception_in_stage_fails_closed(gw, monkeypatch):
    a, _ = gw

    def boom(*args, **kw):
        raise ValueError("boom")

    monkeypatch.setattr(addon_mod, "extract_prompt", boom)
    f = await run(a, ai_flow())
    assert f.response.status_code == 403 and f.response.headers["x-aigw-reason"] == "internal_error"


async def test_identity_and_purpose_headers_are_stripped(gw):
    a, _ = gw
    f = ai_flow()
    f.request.headers["X-Authenticated-User"] = "suzuki"
    f.request.headers["X-AIGW-Purpose"] = "%E6%96%87%E6%9B%B8%E4%BD%9C%E6%88%90%E6%94%AF%E6%8F%B4"
    await run(a, f)
    assert "X-Authenticated-User" not in f.request.headers and "X-AIGW-Purpose" not in f.request.headers
    assert f.metadata["aigw"].approval.purpose == "文書作成支援"


def test_non_ai_request_untouched(gw):
    a, _ = gw
    f = tflow.tflow()
    f.request.host = "example.com"
    f.request.headers["host"] = "example.com"
    a.requestheaders(f)
    assert f.response is None and "aigw" not in f.metadata


def test_upstream_override(gw):
    a, tctx = gw
    tctx.configure(a, aigw_upstream_override=["api.openai.com=127.0.0.1:9999"])
    server = connection.Server(address=("api.openai.com", 443), sni="api.openai.com")
    a.server_connect(server_hooks.ServerConnectionHookData(server=server, client=tflow.tclient_conn()))
    assert server.address == ("127.0.0.1", 9999) and server.sni == "api.openai.com"
    with pytest.raises(exceptions.OptionsError):
        tctx.configure(a, aigw_upstream_override=["nonsense"])


def test_streaming_response_is_streamed(gw):
    a, _ = gw
    f = ai_flow()
    a.requestheaders(f)
    f.response = tflow.tresp()
    f.response.headers["content-type"] = "text/event-stream"
    a.responseheaders(f)
    assert f.response.stream is True


async def test_exactly_one_audit_line(gw, tmp_path):
    a, tctx = gw
    log = tmp_path / "audit.jsonl"
    tctx.configure(a, aigw_audit_log=str(log))
    f = await run(a, ai_flow(user="suzuki"))
    a.response(f)
    a.response(f)
    a.error(f)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["reason"] == "not_approved"


def test_crash_before_classification_fails_closed_without_retry(gw, monkeypatch):
    a, _ = gw

    def boom(*args, **kw):
        raise ValueError("boom")

    monkeypatch.setattr(a, "_service", boom)
    f = tflow.tflow()
    f.request.host = "example.com"
    f.request.headers["host"] = "example.com"
    a.requestheaders(f)
    assert f.response.status_code == 403 and f.response.headers["x-should-retry"] == "false"
