"""Perplexity, DeepSeek, Grok and Le Chat web bodies (SERVICES.md §5.1–5.4)."""

import pytest

from gateway.extract import deepseek, grok, mistral_lechat, perplexity
from tests.unit.extract._fixture import gateway_texts, json_body, markers_in

PERPLEXITY = {
    "params": {"attachments": ["https://ppl-ai-file-upload.s3.amazonaws.com/web/direct-files/abc/x.pdf"],
               "language": "ja-JP", "timezone": "Asia/Tokyo", "search_focus": "internet", "sources": ["web"],
               "frontend_uuid": "11111111-0000-4000-8000-000000000001", "mode": "concise",
               "model_preference": "turbo", "is_related_query": False, "is_sponsored": False,
               "last_backend_uuid": None, "query_source": "home", "dsl_query": "M1 質問文", "version": "2.18"},
    "query_str": "M2 質問文",
}
DEEPSEEK = {"chat_session_id": "c1d2e3f4-0000-4000-8000-000000000001", "parent_message_id": None,
            "prompt": "M1 この文を英訳", "ref_file_ids": ["file-1234"], "thinking_enabled": False,
            "search_enabled": False, "client_stream_id": "20260801-abcdef"}
GROK = {"temporary": False, "modelName": "grok-4", "message": "M1 説明して", "fileAttachments": ["fa-1"],
        "imageAttachments": [], "disableSearch": False, "enableImageGeneration": True, "returnImageBytes": False,
        "returnRawGrokInXaiRequest": False, "enableImageStreaming": True, "imageGenerationCount": 2,
        "forceConcise": False, "toolOverrides": {}, "enableSideBySide": True, "sendFinalMetadata": True,
        "isReasoning": False, "disableTextFollowUps": True, "modeId": "auto"}
GROK_X = {"responses": [{"message": "M1 前の質問", "sender": 1}, {"message": "M2 応答", "sender": 2},
                        {"message": "M3 新しい質問", "sender": 1, "fileAttachments": []}],
          "systemPromptName": "", "grokModelOptionId": "grok-3", "conversationId": "1890000000000000000"}
LECHAT = {"0": {"json": {"content": [{"type": "text", "text": "M1 要約して"}], "files": [], "features": ["beta-websearch"],
                         "incognito": False, "agentId": None, "model": None}}}
LECHAT_LEGACY = {"chatId": "0f0e0d0c-0000-4000-8000-000000000001", "content": "M1 続きの質問", "mode": "append"}

CASES = [
    (perplexity, "perplexity", PERPLEXITY, {"M1", "M2"}),
    (deepseek, "deepseek", DEEPSEEK, {"M1"}),
    (grok, "grok", GROK, {"M1"}),
    (grok, "grok", GROK_X, {"M1", "M2", "M3"}),
    (mistral_lechat, "mistral_lechat", LECHAT, {"M1"}),
    (mistral_lechat, "mistral_lechat", LECHAT_LEGACY, {"M1"}),
]


@pytest.mark.parametrize("module,name,doc,expected", CASES)
def test_markers_found_and_nothing_else(module, name, doc, expected):
    texts = [s.text for s in module.extract(doc)]
    assert markers_in(texts) == expected
    assert len(texts) == len(expected)  # ids, modes and flags are not text
    assert markers_in(gateway_texts(name, json_body(doc))) == expected


def test_perplexity_params_query_str():
    assert [s.text for s in perplexity.extract({"params": {"query_str": "M1"}})] == ["M1"]
