"""Gemini API bodies (SERVICES.md §3.4): camelCase and snake_case, inline base64 text parts."""

import base64

import pytest

from gateway.decode import BodyError
from gateway.extract import gemini_api
from tests.unit.extract._fixture import gateway_texts, json_body, markers_in


def b64(s: str, enc: str = "utf-8") -> str:
    return base64.b64encode(s.encode(enc)).decode()


CAMEL = {
    "contents": [
        {"role": "user", "parts": [
            {"text": "M1 要約して"},
            {"inlineData": {"mimeType": "text/plain", "data": b64("M2 添付テキスト")}},
            {"inlineData": {"mimeType": "text/csv", "data": b64("氏名,M3\n", "cp932")}},
            {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo" + "A" * 600}},
            {"fileData": {"mimeType": "application/pdf", "fileUri": "https://generativelanguage.googleapis.com/v1beta/files/abc"}},
        ]},
        {"role": "model", "parts": [{"text": "M4 前の応答"}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "lookup", "response": {"result": "M5"}}}]},
    ],
    "systemInstruction": {"parts": [{"text": "M6 あなたは市役所の職員です"}]},
    "generationConfig": {"temperature": 0.2, "responseMimeType": "text/plain"},
    "safetySettings": [{"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_NONE"}],
}

SNAKE = {
    "contents": [{"role": "user", "parts": [{"text": "M1"},
                                            {"inline_data": {"mime_type": "application/json",
                                                             "data": b64('{"memo": "M2"}')}}]}],
    "system_instruction": {"parts": [{"text": "M3"}]},
    "generation_config": {"temperature": 0.1},
}


def test_camel_case_specific():
    texts = [s.text for s in gemini_api.extract(CAMEL)]
    assert markers_in(texts) == {"M1", "M2", "M3", "M4", "M6"}  # M5 (functionResponse) is the walker's
    assert "HARM_CATEGORY_HARASSMENT" not in texts and not any(t.startswith("iVBOR") for t in texts)


def test_camel_case_through_gateway():
    assert markers_in(gateway_texts("gemini_api", json_body(CAMEL))) == {"M1", "M2", "M3", "M4", "M5", "M6"}


def test_snake_case():
    assert markers_in([s.text for s in gemini_api.extract(SNAKE)]) == {"M1", "M2", "M3"}


def test_count_tokens_embed_and_batch():
    doc = {"generateContentRequest": {"model": "models/gemini-2.5-flash",
                                      "contents": [{"parts": [{"text": "M1"}]}]}}
    assert markers_in([s.text for s in gemini_api.extract(doc)]) == {"M1"}
    doc = {"requests": [{"model": "models/text-embedding-004", "content": {"parts": [{"text": "M2"}]}},
                        {"request": {"contents": [{"parts": [{"text": "M3"}]}]}}]}
    assert markers_in([s.text for s in gemini_api.extract(doc)]) == {"M2", "M3"}


def test_undecodable_text_part_fails_closed():
    doc = {"contents": [{"parts": [{"inlineData": {"mimeType": "text/plain", "data": "@@not base64@@"}}]}]}
    with pytest.raises(BodyError):
        list(gemini_api.extract(doc))
    doc = {"contents": [{"parts": [{"inlineData": {"mimeType": "text/plain",
                                                   "data": base64.b64encode(b"\x00\x01\xff\xfe").decode()}}]}]}
    with pytest.raises(BodyError):
        gateway_texts("gemini_api", json_body(doc))
