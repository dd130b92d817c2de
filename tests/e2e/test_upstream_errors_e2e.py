"""Upstream failures answered in each API's own error shape, in Japanese, through a real ``aigw run``
(issue 12 item 8): connection refused, reset after the request, no answer (504), TLS handshake failure;
the official OpenAI and Anthropic SDKs raise their normal ``APIStatusError``; a browser navigation gets the
HTML page, a web chat app its in-chat reply; the audit says ``upstream_error``. And a client that stops
sending its body mid-way is cut after ``aigw_body_idle_timeout`` (``client_disconnected``), others unaffected.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import anthropic
import openai
import pytest

from tests.support import rawproxy
from tests.support.certs import UPSTREAM_HOSTS
from tests.support.faulty import FaultyUpstream, closed_port
from tests.support.gateway import GatewayProcess
from tests.support.upstream import FakeUpstream

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def faulty(pki) -> Iterator[FaultyUpstream]:
    f = FaultyUpstream(pki.cert_pem, pki.key_pem)
    yield f
    f.close()


@pytest.fixture(scope="module")
def not_tls() -> Iterator[FaultyUpstream]:
    f = FaultyUpstream(None, None)
    yield f
    f.close()


@pytest.fixture(scope="module")
def faultgw(module_dir: Path, test_rules: Path, upstream: FakeUpstream, pki, faulty: FaultyUpstream,
            not_tls: FaultyUpstream) -> Iterator[GatewayProcess]:
    hosts = tuple(h for h in UPSTREAM_HOSTS if h not in ("api.openai.com", "api.anthropic.com", "chatgpt.com"))
    gw = GatewayProcess(module_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=hosts, name="gw-faults",
                        extra_sets=(f"aigw_upstream_override=api.openai.com=127.0.0.1:{faulty.port}",
                                    f"aigw_upstream_override=api.anthropic.com=127.0.0.1:{faulty.port}",
                                    f"aigw_upstream_override=chatgpt.com=127.0.0.1:{not_tls.port}",
                                    "aigw_upstream_timeout=2", "aigw_body_idle_timeout=1")).start()
    yield gw
    gw.stop()


@pytest.fixture(scope="module")
def deadgw(module_dir: Path, test_rules: Path, upstream: FakeUpstream, pki) -> Iterator[GatewayProcess]:
    dead = closed_port()
    down = ("api.openai.com", "api.anthropic.com", "chatgpt.com")
    hosts = tuple(h for h in UPSTREAM_HOSTS if h not in down)
    gw = GatewayProcess(module_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=hosts, name="gw-dead",
                        extra_sets=tuple(f"aigw_upstream_override={h}=127.0.0.1:{dead}" for h in down)).start()
    yield gw
    gw.stop()


def _openai(gw: GatewayProcess) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk", base_url="https://api.openai.com/v1", http_client=gw.http_client(),
                         max_retries=0)


def _anthropic(gw: GatewayProcess) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="sk", base_url="https://api.anthropic.com", http_client=gw.http2_client(),
                               max_retries=0)


def _openai_chat(gw: GatewayProcess, text: str) -> openai.APIStatusError:
    with pytest.raises(openai.APIStatusError) as ei:
        _openai(gw).chat.completions.create(model="m", messages=[{"role": "user", "content": text}])
    return ei.value


def _anthropic_message(gw: GatewayProcess, text: str) -> anthropic.APIStatusError:
    with pytest.raises(anthropic.APIStatusError) as ei:
        _anthropic(gw).messages.create(model="m", max_tokens=10, messages=[{"role": "user", "content": text}])
    return ei.value


def _audited_upstream_error(gw: GatewayProcess, mark: int) -> dict:
    (d,) = gw.new_decisions(mark)
    assert (d["action"], d["reason"]) == ("allow", "allowed")
    done = gw.completion(d)
    assert done.get("error") == "upstream_error" and done.get("upstream_status") is None, done
    return d


def _japanese_with_reference(message: str, request_id: str) -> None:
    assert message.startswith("【aigw】") and f"参照番号: {request_id}" in message
    assert "問い合わせ先" in message and "時間をおいて" in message
    assert "mitmproxy" not in message.lower() and "誤検知" not in message


@pytest.mark.parametrize("gwname, marker, status, connected", [
    ("deadgw", "refused", 502, False),  # nobody listens
    ("faultgw", "RESET-PROBE", 502, True),  # the service reset the connection after the request
    ("faultgw", "HANG-PROBE", 504, True),  # no answer within aigw_upstream_timeout
])
def test_openai_sdk_gets_its_error_shape(request, gwname: str, marker: str, status: int, connected: bool) -> None:
    gw: GatewayProcess = request.getfixturevalue(gwname)
    m = gw.mark()
    t0 = time.monotonic()
    err = _openai_chat(gw, f"{marker} 議事録を要約してください")
    assert time.monotonic() - t0 < 15
    d = _audited_upstream_error(gw, m)
    assert isinstance(err, openai.InternalServerError) and err.status_code == status
    body = err.body  # the SDK hands over the "error" object
    assert body["type"] == "server_error" and body["code"] == "upstream_error"
    _japanese_with_reference(body["message"], d["request_id"])
    assert ("に接続できませんでした" in body["message"]) is not connected
    assert ("入力内容は外部に送信されていません" in body["message"]) is not connected
    assert err.response.headers["x-aigw-reason"] == "upstream_error"
    assert err.response.headers["x-should-retry"] == "false"
    assert err.response.headers["x-aigw-request-id"] == d["request_id"]
    assert err.response.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("gwname, marker, status, kind", [
    ("deadgw", "refused", 502, "api_error"),
    ("faultgw", "RESET-PROBE", 502, "api_error"),
    ("faultgw", "HANG-PROBE", 504, "timeout_error"),
])
def test_anthropic_sdk_gets_its_error_shape(request, gwname: str, marker: str, status: int, kind: str) -> None:
    gw: GatewayProcess = request.getfixturevalue(gwname)
    m = gw.mark()
    err = _anthropic_message(gw, f"{marker} 議事録を要約してください")
    d = _audited_upstream_error(gw, m)
    assert err.status_code == status and isinstance(err, anthropic.InternalServerError)
    assert err.body["type"] == "error" and err.body["error"]["type"] == kind
    _japanese_with_reference(err.body["error"]["message"], d["request_id"])
    assert err.request_id == d["request_id"] or err.body["request_id"] == d["request_id"]


def test_upstream_timeout_is_logged_and_other_requests_go_on(faultgw: GatewayProcess, upstream: FakeUpstream) -> None:
    gw = faultgw
    results: list[int] = []

    def hang() -> None:
        results.append(_openai_chat(gw, "HANG-PROBE parallel").status_code)

    t = threading.Thread(target=hang)
    t.start()
    time.sleep(0.3)
    with gw.http_client() as c:  # a healthy service meanwhile (gemini.google.com: the normal upstream)
        r = c.get("https://gemini.google.com/app", headers={"accept": "text/html"})
    assert r.status_code < 500
    t.join(20)
    assert results == [504]
    assert gw.wait_events(lambda e: e.get("event") == "upstream_timeout" and e.get("seconds") == 2)


def test_tls_failure_to_the_service_in_a_web_chat_app_is_answered_in_chat(faultgw: GatewayProcess) -> None:
    """chatgpt.com's conversation endpoint answers blocks in-chat (SSE); an upstream TLS failure too."""
    gw = faultgw
    m = gw.mark()
    body = {"action": "next", "messages": [{"id": "m1", "author": {"role": "user"},
                                            "content": {"content_type": "text", "parts": ["議事録の要約"]}}],
            "conversation_id": "c1", "parent_message_id": "p1", "model": "auto"}
    with gw.http_client() as c:
        r = c.post("https://chatgpt.com/backend-api/conversation", json=body,
                   headers={"accept": "text/event-stream"})
    d = _audited_upstream_error(gw, m)
    assert r.headers["x-aigw-reason"] == "upstream_error"
    assert r.headers["content-type"].startswith("text/event-stream")
    text = r.text
    assert "参照番号" in text and d["request_id"] in text and "ChatGPT" in text


def test_browser_navigation_gets_the_japanese_page(deadgw: GatewayProcess) -> None:
    gw = deadgw
    m = gw.mark()
    with gw.http_client() as c:
        r = c.get("https://chatgpt.com/", headers={"accept": "text/html", "sec-fetch-mode": "navigate"})
    (d,) = gw.new_decisions(m)
    assert r.status_code == 502 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert '<html lang="ja">' in page and "に接続できませんでした" in page and d["request_id"] in page
    assert 'id="report"' not in page  # nothing to report as a false positive
    assert "mitmproxy" not in page.lower()


def test_raw_http11_client_gets_the_shape_and_connection_close(deadgw: GatewayProcess) -> None:
    """Byte for byte: the gateway's answer replaces mitmproxy's whole HTTP/1.1 error response."""
    gw = deadgw
    raw = rawproxy.request("POST", "/v1/chat/completions", "api.openai.com", content_type="application/json",
                           body=json.dumps({"model": "m", "messages": [{"role": "user", "content": "raw"}]}).encode())
    resp = rawproxy.send(gw.port, "api.openai.com", raw, ca_file=str(gw.ca_cert))
    assert resp.status == 502 and resp.headers["connection"] == "close"
    assert "server" not in resp.headers  # not mitmproxy's page
    doc = json.loads(resp.body)
    assert doc["error"]["code"] == "upstream_error" and "参照番号" in doc["error"]["message"]


# ---------------------------------------------------------------------------------------------- body idle timeout
def test_a_body_that_stops_arriving_is_cut_and_audited_client_disconnected(faultgw: GatewayProcess,
                                                                          upstream: FakeUpstream) -> None:
    gw = faultgw
    m = gw.mark()
    sock, head, _ = rawproxy.open_tunnel(gw.port, "api.anthropic.com")
    assert head.startswith(b"HTTP/1.1 200")
    import ssl

    tls = ssl.create_default_context(cafile=str(gw.ca_cert)).wrap_socket(sock, server_hostname="api.anthropic.com")
    body = json.dumps({"model": "m", "max_tokens": 5,
                       "messages": [{"role": "user", "content": "stalled-body-probe " * 50}]}).encode()
    tls.sendall(b"POST /v1/messages HTTP/1.1\r\nHost: api.anthropic.com\r\nContent-Type: application/json\r\n"
                b"Content-Length: %d\r\n\r\n" % len(body) + body[: len(body) // 2])
    t0 = time.monotonic()
    # meanwhile another client is served normally (gemini.google.com: the normal upstream)
    with gw.http_client() as c:
        assert c.get("https://gemini.google.com/app", headers={"accept": "text/html"}).status_code < 500
    tls.settimeout(10)
    try:
        rest = tls.recv(65536)
    except OSError:
        rest = b""
    cut_after = time.monotonic() - t0
    tls.close()
    assert not rest.startswith(b"HTTP/1.1 2")  # closed, never answered as sent
    assert 0.8 <= cut_after < 6, cut_after
    (d,) = [x for x in gw.new_decisions(m, expect=2) if x.get("service") == "anthropic-api"]
    assert (d["action"], d["reason"]) == ("block", "client_disconnected")
    assert gw.wait_events(lambda e: e.get("event") == "body_idle_timeout" and e.get("request_id") == d["request_id"])


def test_client_offering_http2_gets_the_whole_answer(deadgw: GatewayProcess) -> None:
    """A client offering h2: with aigw's connection_strategy=lazy mitmproxy answers it in HTTP/1.1, so the
    whole answer (status, headers, body) is aigw's. (Over HTTP/2 only the body would be: unit-tested.)"""
    import httpx

    gw = deadgw
    m = gw.mark()
    with httpx.Client(http2=True, proxy=gw.proxy_url(), verify=gw.ssl_context(), trust_env=False, timeout=30) as c:
        r = c.post("https://api.openai.com/v1/chat/completions",
                   json={"model": "m", "messages": [{"role": "user", "content": "h2 要約"}]})
    (d,) = gw.new_decisions(m)
    assert r.status_code == 502 and r.headers["x-aigw-reason"] == "upstream_error", r.http_version
    doc = json.loads(r.content)
    assert doc["error"]["code"] == "upstream_error" and f"参照番号: {d['request_id']}" in doc["error"]["message"]
