"""A real `aigw run` process between real clients (openai/anthropic SDKs, httpx, curl) and a fake
HTTPS upstream on 127.0.0.1. Each test checks what the client saw, the request_decided line, and
what the upstream received."""

from __future__ import annotations

import gzip
import json
import socket
import ssl
import subprocess
import time
import urllib.parse

import anthropic
import httpx
import openai
import pytest

from tests.support import rawproxy
from tests.support.gateway import GatewayProcess
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e

MY_NUMBER_PROMPT = "佐藤花子さんの個人番号526018159084を使って、住民税の申告書の記入例を作ってください。"


def marker() -> str:
    return f"議事録の要約をお願いします（整理番号 {fresh_tag(10)}）"


def oai(gw: GatewayProcess, user: str | None = "tanaka", **kw) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", base_url="https://api.openai.com/v1",
                         http_client=gw.http_client(user), **kw)


def ant(gw: GatewayProcess, user: str | None = "tanaka", **kw) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="sk-ant-test", base_url="https://api.anthropic.com",
                               http_client=gw.http2_client(user), **kw)


def curl(gw: GatewayProcess, *args: str, user: str | None = "tanaka") -> subprocess.CompletedProcess[str]:
    cmd = ["curl", "-sS", "--max-time", "20", "--proxy", f"http://127.0.0.1:{gw.port}", "--cacert", str(gw.ca_cert),
           "-w", "\n%{http_code} %{http_connect}"]
    if user:
        cmd += ["--proxy-user", f"{user}:demo"]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=30,
                          env={"PATH": "/usr/bin:/bin", "NO_PROXY": ""})


def only(decisions: list[dict]) -> dict:
    assert len(decisions) == 1, f"expected exactly one request_decided line, got {decisions}"
    return decisions[0]


# ---------------------------------------------------------------- allowed
def test_openai_sdk_clean_prompt_is_answered(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    text = marker()
    m = gateway.mark()
    reply = oai(gateway).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert reply.choices[0].message.content == "テスト応答です。"
    got = upstream.received(text)
    assert len(got) == 1 and got[0].path == "/v1/chat/completions"
    assert "x-aigw-purpose" not in got[0].headers and "proxy-authorization" not in got[0].headers
    d = only(gateway.new_decisions(m))
    assert (d["user"], d["service"], d["action"], d["reason"], gateway.upstream_status(d)) == (
        "tanaka", "openai-api", "allow", "allowed", 200)
    assert d["purpose"] == "文書作成支援" and d["department"] == "総務部 情報政策課"
    assert d["prompt_chars"] == len(text) and d["scan_ms"] is not None


def test_openai_responses_api_clean(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    text = marker()
    m = gateway.mark()
    oai(gateway).responses.create(model="gpt-4o", instructions="丁寧に", input=text)
    assert len(upstream.received(text)) == 1
    assert only(gateway.new_decisions(m))["action"] == "allow"


def test_anthropic_sdk_clean_prompt_is_answered(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    text = marker()
    m = gateway.mark()
    msg = ant(gateway).messages.create(model="claude-x", max_tokens=50, system="あなたは市役所職員の補助です",
                                       messages=[{"role": "user", "content": [{"type": "text", "text": text}]}])
    assert msg.content[0].text == "テスト応答です。"
    assert len(upstream.received(text)) == 1
    d = only(gateway.new_decisions(m))
    assert (d["service"], d["action"], d["segments"]) == ("anthropic-api", "allow", 2)


def test_curl_clean_prompt(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    text = marker()
    r = curl(gateway, "https://api.openai.com/v1/chat/completions", "-H", "content-type: application/json",
             "-d", json.dumps({"model": "m", "messages": [{"role": "user", "content": text}]}, ensure_ascii=False))
    assert r.stdout.rsplit("\n", 1)[1].startswith("200"), r
    assert len(upstream.received(text)) == 1


# ---------------------------------------------------------------- approval
def test_unapproved_user_gets_permission_denied_without_retry(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    text = marker()
    m = gateway.mark()
    with pytest.raises(openai.PermissionDeniedError) as ei:
        oai(gateway, "suzuki", max_retries=3).chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": text}])
    err = ei.value
    assert err.status_code == 403 and err.code == "not_approved"
    assert "利用承認が記録されていません" in str(err) and "OpenAI API" in str(err) and "申請" in str(err)
    assert err.response.headers["x-should-retry"] == "false"
    assert upstream.received(text) == []
    d = only(gateway.new_decisions(m, timeout=5))  # exactly one line: the SDK did not retry
    assert (d["user"], d["action"], d["reason"], d["department"]) == ("suzuki", "block", "not_approved", "市民部 市民課")


def test_unapproved_user_anthropic_sdk(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    text = marker()
    m = gateway.mark()
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        ant(gateway, "suzuki", max_retries=3).messages.create(
            model="claude-x", max_tokens=10, messages=[{"role": "user", "content": text}])
    assert "利用承認が記録されていません" in str(ei.value)
    assert upstream.received(text) == []
    assert only(gateway.new_decisions(m))["reason"] == "not_approved"


@pytest.mark.parametrize("user,reason,words", [
    ("sato", "approval_expired", "有効期限"),
    ("kato", "approval_not_yet_valid", "まだ始まっていません"),
])
def test_approval_validity_dates(gateway: GatewayProcess, upstream: FakeUpstream, user: str, reason: str,
                                 words: str) -> None:
    text = marker()
    m = gateway.mark()
    with pytest.raises(openai.PermissionDeniedError) as ei:
        oai(gateway, user).chat.completions.create(model="m", messages=[{"role": "user", "content": text}])
    assert ei.value.code == reason and words in str(ei.value)
    assert upstream.received(text) == []
    assert only(gateway.new_decisions(m))["reason"] == reason


def test_purpose_outside_approval_is_refused(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    text = marker()
    m = gateway.mark()
    with pytest.raises(openai.PermissionDeniedError) as ei:
        oai(gateway, default_headers={"X-AIGW-Purpose": "%E7%BF%BB%E8%A8%B3"}).chat.completions.create(  # 翻訳
            model="m", messages=[{"role": "user", "content": text}])
    assert ei.value.code == "purpose_not_approved"
    assert upstream.received(text) == []
    d = only(gateway.new_decisions(m))
    assert (d["reason"], d["purpose"]) == ("purpose_not_approved", "翻訳")


def test_no_credentials_gets_407(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    m = gateway.mark()
    r = curl(gateway, "https://api.openai.com/v1/models", user=None)
    assert r.stdout.rsplit("\n", 1)[1].split()[1] == "407", r
    d = only(gateway.new_decisions(m))
    assert (d["action"], d["reason"], d["service"]) == ("block", "auth_required", "openai-api")
    with pytest.raises(httpx.ProxyError):
        gateway.http_client(None).get("https://api.openai.com/v1/models")
    with pytest.raises(httpx.ProxyError):
        gateway.http_client("tanaka", "wrong").get("https://api.openai.com/v1/models")


# ---------------------------------------------------------------- confidential data
def test_my_number_blocked_openai_sdk(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    m = gateway.mark()
    with pytest.raises(openai.PermissionDeniedError) as ei:
        oai(gateway, max_retries=3).chat.completions.create(
            model="m", messages=[{"role": "system", "content": "補助して"}, {"role": "user", "content": MY_NUMBER_PROMPT}])
    assert ei.value.code == "confidential_data"
    assert "個人番号（マイナンバー）" in str(ei.value) and "526018159084" not in str(ei.value)
    assert upstream.received("526018159084") == []
    d = only(gateway.new_decisions(m))
    assert (d["action"], d["reason"]) == ("block", "confidential_data")
    assert {"entity": "JP_MY_NUMBER", "count": 1} == {k: v for k, v in d["findings"][0].items() if k != "score"}


def test_my_number_blocked_anthropic_sdk_in_tool_result(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    m = gateway.mark()
    with pytest.raises(anthropic.PermissionDeniedError) as ei:
        ant(gateway).messages.create(model="claude-x", max_tokens=10, messages=[
            {"role": "user", "content": "検索して"},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "db", "input": {"q": "x"}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1",
                                          "content": [{"type": "text", "text": MY_NUMBER_PROMPT}]}]},
        ])
    assert ei.value.body["error"]["type"] == "permission_error"
    assert upstream.received("526018159084") == []
    assert only(gateway.new_decisions(m))["reason"] == "confidential_data"


def test_my_number_blocked_curl_gzip_body(gateway: GatewayProcess, upstream: FakeUpstream, tmp_path) -> None:
    body = gzip.compress(json.dumps({"model": "m", "messages": [{"role": "user", "content": MY_NUMBER_PROMPT}]},
                                    ensure_ascii=False).encode())
    f = tmp_path / "body.gz"
    f.write_bytes(body)
    m = gateway.mark()
    r = curl(gateway, "https://api.openai.com/v1/chat/completions", "-H", "content-type: application/json",
             "-H", "content-encoding: gzip", "--data-binary", f"@{f}")
    out, status = r.stdout.rsplit("\n", 1)
    assert status.startswith("403") and "ブロック" in json.loads(out)["error"]["message"]
    assert upstream.received("526018159084") == []
    assert only(gateway.new_decisions(m))["reason"] == "confidential_data"


@pytest.mark.parametrize("headers,make_body,reason", [
    ({"content-type": "application/json"}, lambda: b'{"model": "m", "messages": [', "undecodable_body"),
    ({"content-type": "application/json", "content-encoding": "gzip"}, lambda: b"not gzip at all", "undecodable_body"),
    ({"content-type": "application/json", "content-encoding": "gzip"},
     lambda: gzip.compress(b'{"x":"' + b"a" * (70 * 1024 * 1024) + b'"}', mtime=0), "oversize_body"),
], ids=["truncated-json", "corrupt-gzip", "gzip-bomb"])
def test_malformed_or_bomb_bodies_are_blocked(gateway: GatewayProcess, upstream: FakeUpstream, headers, make_body,
                                              reason) -> None:
    m = gateway.mark()
    before = len(upstream.requests)
    with gateway.http_client() as c:
        r = c.post("https://api.openai.com/v1/chat/completions", content=make_body(), headers=headers)
    assert r.status_code == 403 and r.json()["error"]["code"] == reason
    assert len(upstream.requests) == before
    assert only(gateway.new_decisions(m))["reason"] == reason


def test_browser_navigation_gets_japanese_html_page(gateway: GatewayProcess) -> None:
    with gateway.http_client("suzuki") as c:
        r = c.get("https://chatgpt.com/", headers={"accept": "text/html,application/xhtml+xml", "sec-fetch-mode": "navigate"})
    assert r.status_code == 403 and r.headers["content-type"].startswith("text/html")
    assert "ChatGPT" in r.text and "利用承認が記録されていません" in r.text and 'lang="ja"' in r.text


# ---------------------------------------------------------------- traffic scope
def _connect_tunnel(gw: GatewayProcess, host: str, user: str = "tanaka") -> tuple[socket.socket, bytes]:
    assert gw.port is not None
    sock, head, _ = rawproxy.open_tunnel(gw.port, host, user=user, timeout=10)
    return sock, head


def test_non_catalog_host_is_an_untouched_tunnel(gateway: GatewayProcess, upstream: FakeUpstream, pki) -> None:
    m = gateway.mark()
    s, head = _connect_tunnel(gateway, "passthrough.test")
    assert head.startswith(b"HTTP/1.1 200")
    ctx = ssl.create_default_context(cafile=str(pki.ca_pem))  # trusts the upstream's CA only, not aigw's
    with ctx.wrap_socket(s, server_hostname="passthrough.test") as tls:
        issuer = dict(x[0] for x in tls.getpeercert()["issuer"])
        assert issuer["commonName"] == "aigw test upstream CA"
        tls.sendall(b"GET /page HTTP/1.1\r\nHost: passthrough.test\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := tls.recv(65536):
            data += chunk
    assert b"upstream page" in data
    assert any(r.path == "/page" and r.host == "passthrough.test" for r in upstream.requests)
    assert gateway.new_decisions(m, expect=0, timeout=0.5) == []  # non-AI traffic is not logged


def test_shadow_ai_host_answered_with_a_page_never_connected(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    """The CONNECT is accepted, TLS is decrypted only to answer: a browser gets the Japanese page, an API
    client the 403 JSON; nothing reaches any upstream."""
    m = gateway.mark()
    before = len(upstream.requests)
    with gateway.http_client("tanaka") as c:
        page = c.get("https://poe.com/", headers={"accept": "text/html", "sec-fetch-mode": "navigate"})
        api = c.post("https://poe.com/api/gql_POST", json={"query": "x"})
    assert page.status_code == 403 and page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "Poe は利用できません" in text and "参照番号" in text and page.headers["x-aigw-request-id"] in text
    assert "tanaka" in text and "誤検知として報告" in text and "送信がブロック" not in text
    assert api.status_code == 403 and api.json()["error"]["code"] == "shadow_ai"
    assert "送信されていません" in api.json()["message"]
    assert len(upstream.requests) == before
    ds = gateway.new_decisions(m, expect=2)
    assert [(d["action"], d["reason"], d["service"], d["host"], d["user"]) for d in ds] == [
        ("block", "shadow_ai", "shadow:Poe", "poe.com", "tanaka")] * 2


# ---------------------------------------------------------------- streaming
def test_sse_first_event_arrives_while_upstream_still_sending(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    ctl = upstream.reset_stream(hold_seconds=8)
    m = gateway.mark()
    stream = oai(gateway).chat.completions.create(model="m", stream=True,
                                                  messages=[{"role": "user", "content": marker()}])
    it = iter(stream)
    first = next(it)
    received_at = time.monotonic()
    assert first.choices[0].delta.content == "最初"
    assert ctl.finished_at is None  # the upstream is still holding the rest of the stream
    ctl.release.set()
    rest = "".join(c.choices[0].delta.content or "" for c in it if c.choices)
    assert rest == "の続き" and ctl.released_by_client is True
    assert received_at - ctl.first_event_sent_at < 2
    d = only(gateway.new_decisions(m))
    assert (d["action"], gateway.upstream_status(d)) == ("allow", 200)


def test_anthropic_stream(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    ctl = upstream.reset_stream(hold_seconds=8)
    with ant(gateway).messages.stream(model="claude-x", max_tokens=10,
                                      messages=[{"role": "user", "content": marker()}]) as stream:
        events = iter(stream)
        assert next(events).type == "message_start"
        assert ctl.finished_at is None
        ctl.release.set()
        text = stream.get_final_text()
    assert text == "テスト"


# ---------------------------------------------------------------- no leaks
def test_planted_secrets_never_logged_or_echoed(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    secret_words = "ひみつ合言葉ZQX9V7"
    password = "Tr0ub4dor&3-aigw"
    prompts = [
        f"{secret_words} 氏名：山田太郎 電話 090-1234-5678 個人番号 526018159084",
        f"【機密性２】{secret_words} 関係者限り",
        f"password={password} をデバッグして {secret_words}",
    ]
    bodies = []
    for user in ("tanaka", "suzuki"):
        for p in prompts:
            with gateway.http_client(user) as c:
                r = c.post("https://api.openai.com/v1/chat/completions",
                           json={"model": "m", "messages": [{"role": "user", "content": p}]})
            bodies.append(r.text)
            assert r.status_code == 403
    time.sleep(0.3)
    everything = "\n".join(bodies) + gateway.output() + gateway.audit_log.read_text(encoding="utf-8")
    for needle in (secret_words, password, "526018159084", "090-1234-5678", "山田太郎"):
        assert needle not in everything
    assert upstream.received(secret_words) == []


def test_audit_file_matches_stdout(gateway: GatewayProcess) -> None:
    m = gateway.mark()
    oai(gateway).chat.completions.create(model="m", messages=[{"role": "user", "content": marker()}])
    d = only(gateway.new_decisions(m))
    file_lines = gateway.audit_lines()
    assert d in file_lines
    assert all(line["event"] == "request_decided" for line in file_lines)


def test_shared_host_only_ai_paths_are_governed(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    """substrate.office.com also serves Outlook: only /m365Copilot/** belongs to the catalog service."""
    m = gateway.mark()
    with gateway.http_client("suzuki") as c:
        r = c.post("https://substrate.office.com/owa/service.svc", json={"action": "GetItem", "id": "x1"})
        assert r.status_code == 200
        blocked = c.post("https://substrate.office.com/m365Copilot/Chathub/abc", json={"text": "こんにちは"})
    assert blocked.status_code == 403 and blocked.json()["error"]["code"] == "not_approved"
    assert any(x.path == "/owa/service.svc" for x in upstream.requests)
    assert not any(x.path.startswith("/m365Copilot") for x in upstream.requests)
    (d,) = gateway.new_decisions(m)  # the Outlook request is not AI traffic: no request_decided line
    assert (d["service"], d["reason"], d["path"]) == ("m365-copilot", "not_approved", "/m365Copilot/Chathub/abc")


def test_shadow_ai_host_with_curl(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    """curl (an API client, no Accept: text/html) gets the 403 JSON through a real CONNECT + TLS."""
    import shutil
    import subprocess

    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl not installed")
    before = len(upstream.requests)
    assert gateway.ca_cert is not None
    out = subprocess.run([curl, "-sS", "--max-time", "20", "--proxy", f"http://127.0.0.1:{gateway.port}",
                          "--proxy-user", "tanaka:demo", "--cacert", str(gateway.ca_cert), "-w", "\n%{http_code}",
                          "-H", "content-type: application/json", "-d", '{"q":"x"}', "https://poe.com/api/x"],
                         capture_output=True, text=True, timeout=30, env={"PATH": "/usr/bin:/bin"})
    body, _, code = out.stdout.rpartition("\n")
    assert code == "403", out.stderr
    doc = json.loads(body)
    assert doc["error"]["code"] == "shadow_ai" and "参照番号" in doc["message"]
    assert len(upstream.requests) == before


# ---------------------------------------------------------------- X-AIGW-Purpose from the official SDK
@pytest.mark.parametrize("header", [
    urllib.parse.quote("文書作成支援"),  # percent-encoded UTF-8
    "UTF-8''" + urllib.parse.quote("文書作成支援"),  # RFC 8187
])
def test_openai_sdk_states_the_purpose_ascii_safe(gateway: GatewayProcess, upstream: FakeUpstream,
                                                  header: str) -> None:
    text = marker()
    m = gateway.mark()
    reply = oai(gateway, default_headers={"X-AIGW-Purpose": header}).chat.completions.create(
        model="m", messages=[{"role": "user", "content": text}])
    assert reply.choices[0].message.content == "テスト応答です。"
    got = upstream.received(text)
    assert len(got) == 1 and "x-aigw-purpose" not in got[0].headers
    d = only(gateway.new_decisions(m))
    assert (d["reason"], d["purpose"]) == ("allowed", "文書作成支援")


def test_raw_utf8_purpose_header_cannot_be_sent_by_the_sdk(gateway: GatewayProcess) -> None:
    """Why the docs show the encoded forms: httpx (the SDKs' transport) refuses non-ASCII header values."""
    with pytest.raises(UnicodeEncodeError):
        oai(gateway, default_headers={"X-AIGW-Purpose": "文書作成支援"}, max_retries=0).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "x"}])


def test_raw_utf8_purpose_header_from_curl_is_read(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    text = marker()
    m = gateway.mark()
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": text}]}, ensure_ascii=False)
    r = curl(gateway, "-H", "content-type: application/json", "-H", "X-AIGW-Purpose: 文書作成支援", "-d", body,
             "https://api.openai.com/v1/chat/completions")
    assert r.stdout.rsplit("\n", 1)[-1].startswith("200"), r.stdout + r.stderr
    assert (only(gateway.new_decisions(m))["purpose"]) == "文書作成支援"
