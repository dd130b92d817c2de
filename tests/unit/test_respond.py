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


# ---------------------------------------------------------------------------------------------- failures of the service
def _failure(shipped_rules, style: str, status: int, reached: bool | None = False, html: bool = False,
             reply: str | None = None):
    from gateway.messages import failure_notice
    from gateway.respond import render

    note = failure_notice("upstream_error", shipped_rules.policy.messages, "Gemini API", "ref9", reached=reached)
    return render(note, status=status, error_style=style, organisation="みどり野市役所", title=note.headline,
                  html_wanted=html, reply=reply, reply_ids={})


@pytest.mark.parametrize("style, status, expect", [
    ("openai", 502, lambda d: d["error"]["type"] == "server_error" and d["error"]["code"] == "upstream_error"),
    ("openai", 504, lambda d: d["error"]["type"] == "server_error"),
    ("anthropic", 502, lambda d: d["type"] == "error" and d["error"]["type"] == "api_error"),
    ("anthropic", 504, lambda d: d["error"]["type"] == "timeout_error" and d["request_id"] == "ref9"),
    ("google", 502, lambda d: d["error"]["code"] == 502 and d["error"]["status"] == "UNAVAILABLE"),
    ("google", 504, lambda d: d["error"]["code"] == 504 and d["error"]["status"] == "DEADLINE_EXCEEDED"),
    ("chatgpt_web", 502, lambda d: d["detail"]["code"] == "upstream_error"),
    ("generic", 502, lambda d: d["error"]["type"] == "api_error" and d["error"]["status"] == "UNAVAILABLE"),
])
def test_upstream_failure_in_each_api_shape(shipped_rules, style, status, expect):
    r = _failure(shipped_rules, style, status)
    assert r.status == status and r.headers["x-aigw-reason"] == "upstream_error"
    assert r.headers["x-should-retry"] == "false" and r.headers["x-aigw-request-id"] == "ref9"
    doc = json.loads(r.body)
    assert expect(doc)
    text = r.body.decode("utf-8")
    assert "Gemini API に接続できませんでした" in text and "参照番号: ref9" in text and "誤検知" not in text


@pytest.mark.parametrize("reached, headline, not_sent", [
    (False, "に接続できませんでした", True),
    (True, "から応答を受け取れませんでした", False),
    (None, "から応答を受け取れませんでした", False),
])
def test_failure_notice_says_whether_anything_was_sent(shipped_rules, reached, headline, not_sent):
    text = json.loads(_failure(shipped_rules, "openai", 502, reached).body)["error"]["message"]
    assert headline in text.split("\n")[0]
    assert ("入力内容は外部に送信されていません" in text) is not_sent


def test_failure_page_and_in_chat_reply(shipped_rules):
    page = _failure(shipped_rules, "google", 502, html=True)
    assert page.status == 502 and page.headers["content-type"].startswith("text/html")
    assert 'id="report"' not in page.body.decode() and "ref9" in page.body.decode()
    chat = _failure(shipped_rules, "chatgpt_web", 502, reply="chatgpt_sse")
    assert chat.headers["content-type"].startswith("text/event-stream") and "参照番号" in chat.body.decode()


def test_oversize_block_as_413_in_anthropic_shape(shipped_rules):
    from gateway.messages import notice
    from gateway.respond import render

    m = shipped_rules.policy.messages
    note = notice(refuse(Reason.OVERSIZE_BODY), m, "Anthropic API", "r1")
    r = render(note, status=413, error_style="anthropic", organisation="x", title=None, html_wanted=False)
    doc = json.loads(r.body)
    assert r.status == 413 and doc["error"]["type"] == "request_too_large" and "参照番号: r1" in doc["error"]["message"]
