"""claude.ai completion bodies (SERVICES.md §2.1)."""

from gateway.extract import claude_web
from tests.unit.extract._fixture import gateway_texts, json_body, markers_in

COMPLETION = {
    "prompt": "M1 添付の文書を要約して",
    "parent_message_uuid": "00000000-0000-4000-8000-000000000000",
    "timezone": "Asia/Tokyo",
    "personalized_styles": [{"type": "default", "key": "Default", "name": "Normal", "nameKey": "normal_style_name",
                             "prompt": "M2 Normal", "summary": "Default responses from Claude",
                             "summaryKey": "normal_style_summary", "isDefault": True}],
    "locale": "ja-JP",
    "tools": [],
    "attachments": [{"file_name": "M3_memo.txt", "file_type": "text/plain", "file_size": 24,
                     "extracted_content": "M4 貼り付けた本文"},
                    {"file_name": "", "file_type": "txt", "file_size": 10, "extracted_content": "M5 paste"}],
    "files": ["1f2e3d4c-0000-4000-8000-000000000001"],
    "sync_sources": [],
    "rendering_mode": "messages",
    "model": "claude-sonnet-4-5",
}


def test_completion_markers_only():
    texts = [s.text for s in claude_web.extract(COMPLETION)]
    assert markers_in(texts) == {"M1", "M2", "M3", "M4", "M5"}
    assert len(texts) == 5


def test_completion_through_gateway():
    assert markers_in(gateway_texts("claude_web", json_body(COMPLETION))) == {"M1", "M2", "M3", "M4", "M5"}


def test_reply_ids():
    assert claude_web.reply_ids(COMPLETION) == {"parent_message_id": "00000000-0000-4000-8000-000000000000"}
