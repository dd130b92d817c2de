"""ChatGPT web bodies (SERVICES.md §1.1): every marker found, protocol tokens not read as text."""

from gateway.extract import chatgpt_web
from tests.unit.extract._fixture import gateway_texts, json_body, markers_in

CONVERSATION = {
    "action": "next",
    "messages": [{
        "id": "aaa1b2c3-0000-4000-8000-000000000001",
        "author": {"role": "user"},
        "create_time": 1778265252,
        "content": {"content_type": "multimodal_text", "parts": [
            {"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-AbC123", "height": 512,
             "width": 512, "size_bytes": 1234},
            "M1 この議事録を要約してください",
        ]},
        "metadata": {"attachments": [{"id": "file-AbC123", "mimeType": "image/png", "name": "M2_写真.png",
                                      "size": 1234}]},
    }, {
        "id": "aaa1b2c3-0000-4000-8000-000000000002",
        "author": {"role": "user"},
        "content": {"content_type": "code", "language": "python", "text": "print('M3')"},
    }],
    "conversation_id": "6a0c1f00-0000-4000-8000-0000000000cc",
    "parent_message_id": "client-created-root",
    "model": "auto",
    "conversation_mode": {"kind": "primary_assistant"},
    "system_hints": [],
    "supports_buffering": True,
    "supported_encodings": ["v1"],
    "history_and_training_disabled": True,
    "timezone_offset_min": -540,
    "timezone": "Asia/Tokyo",
    "client_contextual_info": {"app_name": "chatgpt.com"},
}

PREPARE = {
    "action": "next",
    "fork_from_shared_post": False,
    "parent_message_id": "client-created-root",
    "model": "auto",
    "timezone_offset_min": -540,
    "conversation_mode": {"kind": "primary_assistant"},
    "system_hints": [],
    "partial_query": {"id": "bbb00000-0000-4000-8000-000000000001", "author": {"role": "user"},
                      "content": {"content_type": "text", "parts": ["M1 下書き中の文"]}},
    "supports_buffering": True,
    "supported_encodings": ["v1"],
    "client_contextual_info": {"app_name": "chatgpt.com"},
}


def test_conversation_markers_only():
    texts = [s.text for s in chatgpt_web.extract(CONVERSATION)]
    assert markers_in(texts) == {"M1", "M2", "M3"}
    assert len(texts) == 3  # asset pointers, ids, model, timezone, hints are not text
    assert not any("file-service://" in t or t in ("next", "auto", "primary_assistant") for t in texts)


def test_conversation_through_gateway():
    assert markers_in(gateway_texts("chatgpt_web", json_body(CONVERSATION))) == {"M1", "M2", "M3"}


def test_prepare_partial_query():
    texts = [s.text for s in chatgpt_web.extract(PREPARE)]
    assert texts == ["M1 下書き中の文"]
    assert markers_in(gateway_texts("chatgpt_web", json_body(PREPARE))) == {"M1"}


def test_reply_ids():
    assert chatgpt_web.reply_ids(CONVERSATION) == {"conversation_id": "6a0c1f00-0000-4000-8000-0000000000cc",
                                                   "parent_message_id": "aaa1b2c3-0000-4000-8000-000000000002"}
    assert chatgpt_web.reply_ids({"messages": []}) == {}
    assert chatgpt_web.reply_ids("x") == {}


def test_changed_shape_still_scanned():
    doc = {"messages": [{"content": {"parts": [{"unknown": "M1"}]}}], "new_field": {"draft": "M2"}}
    assert markers_in(gateway_texts("chatgpt_web", json_body(doc))) == {"M1", "M2"}
