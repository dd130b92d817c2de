"""gateway.messages: one message model for every surface (page, in-chat, SDK error, WebSocket)."""

from __future__ import annotations

import pytest

from gateway.decide import refuse
from gateway.messages import notice, report_url
from gateway.model import Reason
from gateway.scan.api import Finding, ScanResult

SECRET = "123456789018"
SCAN = ScanResult("block", (Finding("JP_MY_NUMBER", 3, 15, 0.9), Finding("PERSON", 0, 2, 0.8)), ("x",))


def test_sent_prompt_has_every_part_in_short_lines(shipped_rules):
    m = shipped_rules.policy.messages
    n = notice(refuse(Reason.CONFIDENTIAL_DATA, SCAN), m, "ChatGPT", "ref123")
    text = n.text(report_url("chatgpt.com", "ref123"))
    lines = text.split("\n")
    assert lines[0] == "【aigw】ChatGPT への送信がブロックされました"
    assert "個人番号（マイナンバー）×1" in text and "氏名×1" in text and SECRET not in text
    assert "入力内容は外部に送信されていません。" in lines
    assert any(line.startswith("ルール: ") for line in lines)
    assert any("契約型" in line for line in lines) and any("削除" in line for line in lines)
    assert "参照番号: ref123" in lines and m.portal_url in text and "総務部 情報政策課" in text
    assert "誤検知として報告: https://chatgpt.com/__aigw/report?id=ref123" in lines
    assert all(len(line) <= 120 for line in lines), "no long paragraph"


def test_page_visit_does_not_say_sent(shipped_rules):
    n = notice(refuse(Reason.NOT_APPROVED), shipped_rules.policy.messages, "Claude", "r1", sent=False)
    text = n.text()
    assert n.headline == "Claude は利用できません" and "送信がブロック" not in text
    assert "送信されていません" not in text
    assert "申請" in text


@pytest.mark.parametrize("reason", [r for r in Reason if r not in (Reason.ALLOWED, Reason.SCAN_WARNING)])
def test_every_reason_renders_on_every_surface(shipped_rules, reason):
    n = notice(refuse(reason), shipped_rules.policy.messages, "X", "rid", user="tanaka")
    page = n.html("みどり野市役所").decode()
    assert 'lang="ja"' in page and "rid" in page and "誤検知として報告" in page and "tanaka" in page
    assert shipped_rules.policy.messages.reasons[reason.value] in page
    assert n.text().count("\n") >= 3


def test_page_links_contact_portal_and_escapes(shipped_rules):
    m = shipped_rules.policy.messages.model_copy(update={"contact": "<b>課</b>"})
    page = notice(refuse(Reason.PURPOSE_NOT_APPROVED), m, "S", "r").html("org").decode()
    assert "&lt;b&gt;課&lt;/b&gt;" in page and 'href="mailto:' in page and 'id="portal"' in page
    assert 'href="/__aigw/purpose"' in page  # change the purpose from the page
    assert "action=\"/__aigw/report?id=r\"" in page


def test_old_policy_without_new_keys_still_works(shipped_rules):
    from gateway.rules.schema import Messages
    m = Messages(contact="c", how_to_apply="a", reasons={})
    text = notice(refuse(Reason.CONFIDENTIAL_DATA, SCAN), m, "S", "r").text()
    assert "入力内容は外部に送信されていません" in text and "参照番号: r" in text
