import json

import pytest

from gateway.decide import refuse
from gateway.model import Reason
from gateway.respond import build_block_response, wants_html
from gateway.scan.api import Finding, ScanResult

SCAN = ScanResult("block", (Finding("JP_MY_NUMBER", 3, 15, 0.9), Finding("PERSON", 0, 2, 0.8)), ("x",))


def build(shipped_rules, verdict, style="openai", html=False):
    return build_block_response(verdict, messages=shipped_rules.policy.messages, organisation="みどり野市役所",
                                service_name="OpenAI API", error_style=style, request_id="abc123", html_wanted=html)


@pytest.mark.parametrize("style,path", [
    ("openai", ("error", "message")),
    ("anthropic", ("error", "message")),
    ("chatgpt_web", ("detail", "message")),
    ("google", ("error", "message")),
    ("generic", ("error", "message")),
])
def test_shapes_carry_the_japanese_message(shipped_rules, style, path):
    r = build(shipped_rules, refuse(Reason.CONFIDENTIAL_DATA, SCAN), style)
    assert r.status == 403 and r.headers["x-should-retry"] == "false"
    doc = json.loads(r.body)
    msg = doc[path[0]][path[1]]
    assert "個人番号（マイナンバー）×1" in msg and "氏名×1" in msg and "参照番号: abc123" in msg
    assert "OpenAI API" in msg and "総務部 情報政策課" in msg and "入力内容は外部に送信されていません" in msg


def test_anthropic_shape(shipped_rules):
    doc = json.loads(build(shipped_rules, refuse(Reason.NOT_APPROVED), "anthropic").body)
    assert doc["type"] == "error" and doc["error"]["type"] == "permission_error"
    assert "申請" in doc["error"]["message"]


def test_html_page(shipped_rules):
    r = build(shipped_rules, refuse(Reason.APPROVAL_EXPIRED), html=True)
    assert r.headers["content-type"].startswith("text/html")
    page = r.body.decode()
    assert 'lang="ja"' in page and "有効期限" in page and "みどり野市役所" in page


@pytest.mark.parametrize("method,accept,mode,want", [
    ("GET", "text/html,application/xhtml+xml", "", True),
    ("GET", "application/json", "", False),
    ("POST", "text/html", "", False),
    ("GET", "text/html", "cors", False),
    ("GET", "*/*", "navigate", True),
])
def test_wants_html(method, accept, mode, want):
    assert wants_html(method, accept, mode) is want
