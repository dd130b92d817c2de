"""Web-app and API services of the catalog through a real ``aigw run``: in-chat block replies for
ChatGPT web and claude.ai, logged-out use, tenant restriction headers, Gemini web/API extraction and
a contracted (契約型) Azure OpenAI resource. Each test checks what the client saw, the
``request_decided`` line and what the fake upstream received."""

from __future__ import annotations

import json
import urllib.parse
import uuid
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from tests.support import certs
from tests.support.certs import UPSTREAM_HOSTS
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag
from tests.unit.test_respond_stream import apply_v1, parse_sse

pytestmark = pytest.mark.e2e

MY_NUMBER = "佐藤花子さんの個人番号526018159084を使って、住民税の申告書の記入例を作ってください。"
MARKING = "【機密性２】令和7年度 予算編成方針（案）を要約してください。"
WORKSPACE = "ws-demo-city-0001"
APPROVALS = """
  - application_id: AI-TEST-4A-01
    user: tanaka
    service: gemini
    purposes: [文書作成支援]
    approver: 総務部長（CISO補佐）
    approved_on: 2025-04-01
    expires_on: 2099-03-31
  - application_id: AI-TEST-4A-02
    user: tanaka
    service: gemini-api
    purposes: [文書作成支援]
    approver: 総務部長（CISO補佐）
    approved_on: 2025-04-01
    expires_on: 2099-03-31
  - application_id: AI-TEST-4A-03
    user: tanaka
    service: azure-openai
    purposes: [文書作成支援]
    approver: 総務部長（CISO補佐）
    approved_on: 2025-04-01
    expires_on: 2099-03-31
"""


@pytest.fixture(scope="module")
def svc_gw(module_dir: Path, upstream: FakeUpstream, pki: certs.TestPKI) -> Iterator[GatewayProcess]:
    rules = make_test_rules(module_dir / "rules-services", extra_approvals=APPROVALS)
    services = rules / "services.yaml"
    text = services.read_text(encoding="utf-8")
    anchor = '    hosts: [chatgpt.com, chat.openai.com, "*.oaiusercontent.com"]\n'
    assert anchor in text
    services.write_text(text.replace(anchor, anchor + f"    tenant_headers: {{ChatGPT-Allowed-Workspace-Id: {WORKSPACE}}}\n"),
                        encoding="utf-8")
    gw = GatewayProcess(module_dir, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-services").start()
    yield gw
    gw.stop()


def only(decisions: list[dict]) -> dict:
    assert len(decisions) == 1, decisions
    return decisions[0]


def chatgpt_body(prompt: str, conversation_id: str | None = None) -> dict:
    body = {"action": "next", "messages": [{"id": str(uuid.uuid4()), "author": {"role": "user"},
                                            "create_time": 1778265252,
                                            "content": {"content_type": "text", "parts": [prompt]},
                                            "metadata": {}}],
            "parent_message_id": "client-created-root", "model": "auto", "timezone_offset_min": -540,
            "timezone": "Asia/Tokyo", "conversation_mode": {"kind": "primary_assistant"},
            "supports_buffering": True, "supported_encodings": ["v1"]}
    if conversation_id:
        body["conversation_id"] = conversation_id
    return body


# ---------------------------------------------------------------- ChatGPT web
def test_chatgpt_web_block_is_an_in_chat_event_stream(svc_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    t = fresh_tag(12)
    body = chatgpt_body(f"{MY_NUMBER}（{t}）", conversation_id="6a0c1f00-0000-4000-8000-0000000000cc")
    m = svc_gw.mark()
    with svc_gw.http_client() as c:
        r = c.post("https://chatgpt.com/backend-api/f/conversation", json=body,
                   headers={"accept": "text/event-stream", "origin": "https://chatgpt.com"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    assert r.headers["x-should-retry"] == "false" and r.headers["x-aigw-reason"] == "confidential_data"
    events = parse_sse(r.content)
    assert events[0] == ("delta_encoding", '"v1"') and events[-1] == (None, "[DONE]")
    doc = apply_v1(events)
    text = doc["message"]["content"]["parts"][0]
    assert "ブロック" in text and "個人番号" in text and "526018159084" not in text
    assert doc["conversation_id"] == body["conversation_id"]
    assert doc["message"]["metadata"]["parent_id"] == body["messages"][0]["id"]
    assert upstream.received(t) == []
    d = only(svc_gw.new_decisions(m))
    assert (d["user"], d["service"], d["action"], d["reason"], d["upstream_status"]) == (
        "tanaka", "chatgpt", "block", "confidential_data", None)


def test_chatgpt_web_clean_prompt_passes_with_tenant_header(svc_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    t = fresh_tag(12)
    m = svc_gw.mark()
    with svc_gw.http_client() as c:
        r = c.post("https://chatgpt.com/backend-api/f/conversation", json=chatgpt_body(f"会議の議題を整理して {t}"),
                   headers={"ChatGPT-Allowed-Workspace-Id": "ws-personal-9999"})
    assert r.status_code == 200
    got = upstream.received(t)
    assert len(got) == 1
    assert got[0].headers["chatgpt-allowed-workspace-id"] == WORKSPACE  # the client's value was replaced
    assert only(svc_gw.new_decisions(m))["action"] == "allow"


def test_chatgpt_prepare_partial_query_is_scanned(svc_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    t = fresh_tag(12)
    body = {"action": "next", "parent_message_id": "client-created-root", "model": "auto",
            "partial_query": {"id": str(uuid.uuid4()), "author": {"role": "user"},
                              "content": {"content_type": "text", "parts": [f"{MY_NUMBER} {t}"]}}}
    with svc_gw.http_client() as c:
        r = c.post("https://chatgpt.com/backend-api/f/conversation/prepare", json=body)
    assert r.status_code == 403 and r.json()["detail"]["code"] == "confidential_data"
    assert upstream.received(t) == []


def test_chatgpt_logged_out_use_is_blocked(svc_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    t = fresh_tag(12)
    m = svc_gw.mark()
    with svc_gw.http_client() as c:
        r = c.post("https://chatgpt.com/backend-anon/f/conversation", json=chatgpt_body(f"こんにちは {t}"))
    assert r.status_code == 403 and r.headers["x-aigw-reason"] == "anonymous_use"
    assert "ログインしていない" in r.json()["detail"]["message"]
    assert upstream.received(t) == []
    # this request's line (the module's gateway also serves the other tests: a line of theirs may land late)
    rid = r.headers["x-aigw-request-id"]
    assert only([d for d in svc_gw.new_decisions(m) if d["request_id"] == rid])["reason"] == "anonymous_use"


# ---------------------------------------------------------------- claude.ai
def test_claude_web_not_approved_in_chat_stream(svc_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    t = fresh_tag(12)
    with svc_gw.http_client() as c:
        r = c.post("https://claude.ai/api/organizations/o1/chat_conversations/c1/completion",
                   json={"prompt": f"要約して {t}", "parent_message_uuid": "p-1", "attachments": [], "files": []},
                   headers={"accept": "text/event-stream"})
    assert r.status_code == 200 and r.headers["x-aigw-reason"] == "not_approved"
    events = parse_sse(r.content)
    assert [n for n, _ in events][0] == "message_start" and events[-1][0] == "message_stop"
    delta = next(json.loads(d) for n, d in events if n == "content_block_delta")
    assert "承認" in delta["delta"]["text"]
    assert upstream.received(t) == []


# ---------------------------------------------------------------- Gemini web and API
def test_gemini_web_stream_generate_form(svc_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    def form(prompt: str) -> str:
        inner = [[prompt, 0, None, None, None, None, 0], ["ja"], ["", "", "", None, None, []]]
        return urllib.parse.urlencode({"f.req": json.dumps([None, json.dumps(inner, ensure_ascii=False)],
                                                           ensure_ascii=False), "at": "AJvLN6M:1"})

    url = ("https://gemini.google.com/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate"
           "?bl=boq_assistant&_reqid=1234&rt=c")
    ctype = {"content-type": "application/x-www-form-urlencoded;charset=UTF-8"}
    t1, t2 = fresh_tag(12), fresh_tag(12)
    m = svc_gw.mark()
    with svc_gw.http_client() as c:
        blocked = c.post(url, content=form(f"{MY_NUMBER} {t1}"), headers=ctype)
        clean = c.post(url, content=form(f"議事録の要約 {t2}"), headers=ctype)
    assert blocked.status_code == 200 and blocked.headers["x-aigw-reason"] == "confidential_data"
    assert blocked.text.startswith(")]}'") and "入力内容は外部に送信されていません" in blocked.text  # in-chat reply
    assert upstream.received(t1) == []
    assert clean.status_code == 200 and len(upstream.received(t2)) == 1
    ds = svc_gw.new_decisions(m, expect=2)
    assert [(d["service"], d["action"]) for d in ds] == [("gemini", "block"), ("gemini", "allow")]
    assert ds[1]["segments"] >= 1


def test_gemini_api_inline_text_part(svc_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    import base64

    t = fresh_tag(12)
    part = base64.b64encode(f"{MY_NUMBER} {t}".encode()).decode()
    body = {"contents": [{"role": "user", "parts": [{"text": "添付を要約して"},
                                                    {"inlineData": {"mimeType": "text/plain", "data": part}}]}]}
    with svc_gw.http_client() as c:
        r = c.post("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent",
                   json=body, headers={"x-goog-api-key": "test"})
    assert r.status_code == 403 and r.json()["error"]["code"] == 403
    assert upstream.received(part) == []


# ---------------------------------------------------------------- Azure OpenAI (契約型)
def test_azure_openai_contracted_accepts_level_2_but_chatgpt_does_not(svc_gw: GatewayProcess,
                                                                      upstream: FakeUpstream) -> None:
    t = fresh_tag(12)
    # no SDK retry: one request, one decision line (a retry on a loaded machine doubled the line once)
    client = openai.AzureOpenAI(api_key="test", api_version="2024-10-21", max_retries=0,
                                azure_endpoint="https://myres.openai.azure.com", http_client=svc_gw.http_client())
    m = svc_gw.mark()
    reply = client.chat.completions.create(model="gpt4o-deploy",
                                           messages=[{"role": "user", "content": f"{MARKING} {t}"}])
    assert reply.choices[0].message.content == "テスト応答です。"
    got = upstream.received(t)
    assert len(got) == 1 and got[0].path.startswith("/openai/deployments/gpt4o-deploy/chat/completions")
    d = only([x for x in svc_gw.new_decisions(m) if x.get("service") == "azure-openai"])
    assert (d["service"], d["service_kind"], d["action"]) == ("azure-openai", "契約型", "allow")
    t2 = fresh_tag(12)
    with svc_gw.http_client() as c:
        r = c.post("https://chatgpt.com/backend-api/f/conversation", json=chatgpt_body(f"{MARKING} {t2}"))
    assert r.status_code == 200 and r.headers["x-aigw-reason"] == "confidential_data"
    assert upstream.received(t2) == []
