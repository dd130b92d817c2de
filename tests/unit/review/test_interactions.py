"""Counting what people did, not HTTP lines (issue 15): the three measured cases and the rule's edges."""

from __future__ import annotations

import datetime as dt
from typing import Any

from gateway.review.interactions import PROMPT, UPLOAD, VISIT, endpoint_lookup, units
from gateway.review.report import aggregate

T0 = dt.datetime(2026, 11, 10, 1, 0, tzinfo=dt.UTC)
LOOKUP = endpoint_lookup(None)


def line(sec: float, method: str, path: str | None, *, service: str = "chatgpt", user: str = "tanaka",
         action: str = "allow", reason: str = "allowed", chars: int = 0, **kw: Any) -> dict[str, Any]:
    t = (T0 + dt.timedelta(seconds=sec)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return {"time": t, "event": "request_decided", "user": user, "department": "総務部 情報政策課", "service": service,
            "method": method, "path": path, "action": action, "reason": reason, "prompt_chars": chars,
            "segments": 1 if chars else 0, **kw}


def kinds(recs: list[dict[str, Any]]) -> list[str]:
    return sorted(k for _, k in units(recs, LOOKUP))


def test_one_chatgpt_prompt_with_its_page_load_is_one() -> None:
    recs = [line(0, "GET", "/"), line(0.4, "GET", "/backend-api/me"), line(0.5, "GET", "/backend-api/models"),
            line(0.7, "POST", "/ces/v1/t"), line(1, "GET", "/backend-api/conversations"),
            line(20, "POST", "/backend-api/f/conversation/prepare", chars=40),
            line(21, "POST", "/backend-api/f/conversation", chars=40),
            line(25, "GET", "/backend-api/conversation/abc"), line(30, "POST", "/ces/v1/t"),
            line(60, "GET", "/backend-api/conversations")]
    assert kinds(recs) == [PROMPT]
    assert aggregate(recs, "2026-11", lookup=LOOKUP).total.requests == 1


def test_an_unapproved_page_visit_is_one_blocked_visit() -> None:
    recs = [line(0, "GET", "/", action="block", reason="not_approved", user="suzuki"),
            line(1, "GET", "/backend-api/me", action="block", reason="not_approved", user="suzuki")]
    d = aggregate(recs, "2026-11", lookup=LOOKUP)
    assert d.total.requests == 1 and d.total.blocked == 1 and d.total.visits == 1 and d.total.lines == 2


def test_an_unapproved_send_is_a_send_even_without_prompt_chars() -> None:
    recs = [line(0, "GET", "/", action="block", reason="not_approved", user="suzuki"),
            line(5, "POST", "/backend-api/f/conversation", action="block", reason="not_approved", user="suzuki")]
    assert kinds(recs) == [PROMPT]


def test_five_connects_of_one_shadow_visit_are_one_attempt() -> None:
    recs = [line(i * 2, "CONNECT", None, service="shadow:DeepSeek", action="block", reason="shadow_ai")
            for i in range(5)]
    d = aggregate(recs, "2026-11", lookup=LOOKUP)
    assert d.total.requests == 1 and d.by_reason["shadow_ai"] == 1 and d.total.lines == 5
    later = recs + [line(3 * 3600, "CONNECT", None, service="shadow:DeepSeek", action="block", reason="shadow_ai")]
    assert kinds(later) == [VISIT, VISIT]  # a new visit after 30 minutes of silence


def test_api_calls_each_count_and_uploads_apart() -> None:
    api = [line(i * 0.2, "POST", "/v1/chat/completions", service="openai-api", chars=100) for i in range(4)]
    assert kinds(api) == [PROMPT] * 4  # the same path again is another call
    up = [line(0, "PUT", "/file-abc", service="chatgpt", chars=2000),
          line(2, "POST", "/backend-api/f/conversation", chars=30)]
    assert kinds(up) == [PROMPT, UPLOAD]


def test_content_blocks_count_as_sends() -> None:
    recs = [line(0, "POST", "/v1/messages", service="anthropic-api", action="block", reason="oversize_body")]
    assert kinds(recs) == [PROMPT]
