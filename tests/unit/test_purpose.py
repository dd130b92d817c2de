"""gateway.purpose: the X-AIGW-Purpose header forms, the page to change the purpose of the day."""

from __future__ import annotations

import datetime as dt
import urllib.parse

import pytest

from gateway.model import Approval, Identity, User
from gateway.purpose import Answer, PurposeMemory, ask, from_header

TRANSLATE = "翻訳"
Q = urllib.parse.quote(TRANSLATE)


@pytest.mark.parametrize("value,want", [
    (None, None),
    ("", None),
    (Q, TRANSLATE),  # percent-encoded UTF-8
    (f"UTF-8''{Q}", TRANSLATE),  # RFC 8187
    (f"utf-8'ja'{Q}", TRANSLATE),
    (TRANSLATE.encode().decode("latin-1"), TRANSLATE),  # raw UTF-8 bytes as the proxy reads them (curl)
    ("文書作成支援", "文書作成支援"),
    ("  要約  ", "要約"),
    ("%FF%FE", "%FF%FE"),  # not UTF-8: kept, matches nothing
])
def test_from_header(value, want):
    assert from_header(value) == want


@pytest.fixture
def env(shipped_rules):
    svc = next(s for s in shipped_rules.services if s.id == "chatgpt")
    user = User("yamada", "山田", "企画部", ())
    ident = Identity("yamada", "proxyauth", user)
    today = dt.date(2026, 11, 26)
    approvals = (Approval("A1", "chatgpt", ("文書作成支援", TRANSLATE), "部長", dt.date(2026, 4, 1),
                          dt.date(2027, 3, 31), "yamada", None),)
    return svc, ident, today, approvals


def test_purpose_page_can_be_opened_again_to_change(env):
    svc, ident, today, approvals = env
    mem = PurposeMemory()
    mem.set("yamada", "chatgpt", today, TRANSLATE)
    nav = {"accept": "text/html", "sec-fetch-mode": "navigate"}
    # a normal page with a choice made: no page
    assert ask(mem, approvals, ident, svc, today, None, "GET", "/", nav, "org") is None
    page = ask(mem, approvals, ident, svc, today, None, "GET", "/__aigw/purpose", nav, "org")
    assert isinstance(page, Answer) and page.status == 200
    body = page.body.decode()
    assert "今日の利用目的: <strong>翻訳</strong>" in body and "文書作成支援" in body
    chosen = ask(mem, approvals, ident, svc, today, None, "GET",
                 "/__aigw/purpose?" + urllib.parse.urlencode({"p": "文書作成支援", "next": "/c/1"}), nav, "org")
    assert isinstance(chosen, Answer) and chosen.status == 303 and chosen.headers["location"] == "/c/1"
    assert mem.get("yamada", "chatgpt", today) == "文書作成支援"
