"""The service catalog through the addon (taddons/tflow): endpoint → extractor, logged-out use,
tenant restriction headers, in-chat block replies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mitmproxy.test import tflow

from gateway.identify_service import identify_service
from gateway.scan.api import Finding, ScanResult
from tests.unit.addons.conftest import chain


@pytest.fixture
def gw(rules_copy: Path):
    services = rules_copy / "services.yaml"
    text = services.read_text(encoding="utf-8")
    text = text.replace('''    hosts: [chatgpt.com, chat.openai.com, "*.oaiusercontent.com"]
    error_style: chatgpt_web
''', '''    hosts: [chatgpt.com, chat.openai.com, "*.oaiusercontent.com"]
    error_style: chatgpt_web
    tenant_headers: {ChatGPT-Allowed-Workspace-Id: ws-demo-0001}
''')
    services.write_text(text, encoding="utf-8")
    yield from chain(rules_copy)


def flow(host: str, path: str, body: dict | None = None, user: str | None = "tanaka", method: str = "POST"):
    f = tflow.tflow()
    f.request.host = host
    f.request.headers["host"] = host
    f.request.path = path
    f.request.method = method
    f.request.headers["content-type"] = "application/json"
    f.request.content = json.dumps(body or {}, ensure_ascii=False).encode()
    if user:
        f.metadata["proxyauth"] = (user, "demo")
    return f


async def run(gw, f):
    return await gw.run(f)


@pytest.mark.parametrize("host,path,service,extractor", [
    ("chatgpt.com", "/backend-api/f/conversation", "chatgpt", "chatgpt_web"),
    ("chatgpt.com", "/backend-api/f/conversation/prepare", "chatgpt", "chatgpt_web"),
    ("claude.ai", "/api/organizations/o1/chat_conversations/c1/completion", "claude", "claude_web"),
    ("gemini.google.com", "/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate?rt=c",
     "gemini", "gemini_web"),
    ("generativelanguage.googleapis.com", "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
     "gemini-api", "gemini_api"),
    ("myres.openai.azure.com", "/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21",
     "azure-openai", "openai_chat"),
    ("api.platform.preferredai.jp", "/v1/chat/completions", "plamo-api", "openai_chat"),
    ("openapi.felo.ai", "/v1/chat/completions", "felo-api", "openai_chat"),
    ("www.perplexity.ai", "/rest/sse/perplexity_ask", "perplexity", "perplexity"),
    ("chat.deepseek.com", "/api/v0/chat/completion", "deepseek", "deepseek"),
    ("grok.com", "/rest/app-chat/conversations/abc/responses", "grok", "grok"),
    ("chat.mistral.ai", "/api/trpc/message.newChat?batch=1", "mistral-lechat", "mistral_lechat"),
    ("notebooklm.google.com", "/_/LabsTailwindUi/data/batchexecute?rpcids=izAoDd", "notebooklm", "notebooklm"),
    ("chat.deepseek.com", "/api/v0/unknown", "deepseek", "json_strings"),  # generic fallback
])
def test_endpoint_routing(shipped_rules, host, path, service, extractor):
    m = identify_service(shipped_rules, host, "POST", path)
    assert m is not None and (m.service.id, m.endpoint.extractor) == (service, extractor)


def test_contracted_azure_may_receive_level_2(shipped_rules):
    svc = next(s for s in shipped_rules.services if s.id == "azure-openai")
    assert (svc.kind.value, svc.data_limit) == ("契約型", "機密性２")


async def test_backend_anon_is_blocked_for_everyone(gw):
    f = await run(gw, flow("chatgpt.com", "/backend-anon/f/conversation", {"messages": []}))
    assert f.response.status_code == 403
    assert f.response.headers["x-aigw-reason"] == "anonymous_use"
    assert "ログインしていない" in f.response.text
    f = await run(gw, flow("chatgpt.com", "/backend-anon/models", method="GET"))
    assert f.response.headers["x-aigw-reason"] == "anonymous_use"


async def test_tenant_header_set_and_client_value_replaced(gw):
    f = flow("chatgpt.com", "/backend-api/f/conversation",
             {"messages": [{"id": "m1", "content": {"content_type": "text", "parts": ["こんにちは"]}}]})
    f.request.headers["ChatGPT-Allowed-Workspace-Id"] = "ws-someone-else"
    await run(gw, f)
    assert f.response is None
    assert f.request.headers.get_all("ChatGPT-Allowed-Workspace-Id") == ["ws-demo-0001"]
    g = await run(gw, flow("api.openai.com", "/v1/chat/completions",
                           {"model": "m", "messages": [{"role": "user", "content": "x"}]}))
    assert "ChatGPT-Allowed-Workspace-Id" not in g.request.headers


async def test_confidential_chatgpt_prompt_gets_in_chat_stream(gw):
    gw.stub.result = ScanResult("block", (Finding("JP_MY_NUMBER", 0, 12, 0.9),), ("r",))
    body = {"action": "next", "conversation_id": "conv-1",
            "messages": [{"id": "user-1", "author": {"role": "user"},
                          "content": {"content_type": "text", "parts": ["個人番号は…"]}}]}
    f = await run(gw, flow("chatgpt.com", "/backend-api/f/conversation", body))
    assert f.response.status_code == 200
    assert f.response.headers["content-type"].startswith("text/event-stream")
    assert f.response.headers["x-should-retry"] == "false"
    assert f.response.headers["x-aigw-reason"] == "confidential_data"
    text = f.response.text
    assert '"conversation_id":"conv-1"' in text and '"parent_id":"user-1"' in text and "個人番号" in text


async def test_not_approved_claude_gets_in_chat_stream_and_other_paths_403(gw):
    f = await run(gw, flow("claude.ai", "/api/organizations/o/chat_conversations/c/completion",
                           {"prompt": "x"}, user="suzuki"))
    assert f.response.status_code == 200 and "event: message_start" in f.response.text
    assert f.response.headers["x-aigw-reason"] == "not_approved"
    f = await run(gw, flow("claude.ai", "/api/organizations/o/chat_conversations", {"name": ""}, user="suzuki"))
    assert f.response.status_code == 403
    assert json.loads(f.response.text)["error"]["type"] == "permission_error"
