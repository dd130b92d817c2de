"""gateway.wrong_block: 誤検知として報告, bound to the 参照番号, never any prompt content."""

from __future__ import annotations

import json

import pytest

from gateway.wrong_block import EVENT, answer, reference

REF = "0123456789ab"


def ask(method: str, path: str, browser: bool = True):
    return answer(method, path, browser=browser, organisation="みどり野市役所", report_id="ffffeeeedddd",
                  user="tanaka", service="chatgpt", host="chatgpt.com")


@pytest.mark.parametrize("path,want", [
    (f"/__aigw/report?id={REF}", REF),
    (f"/__aigw/report?id={REF.upper()}", REF),
    (f"/__aigw/report?id={REF}-3", f"{REF}-3"),  # a WebSocket frame
    ("/__aigw/report", None),
    ("/__aigw/report?id=<script>", None),
    ("/__aigw/report?id=123", None),
])
def test_reference(path, want):
    assert reference(path) == want


def test_get_shows_a_confirmation_and_records_nothing():
    a = ask("GET", f"/__aigw/report?id={REF}")
    assert a.status == 200 and a.record is None
    page = a.body.decode()
    assert REF in page and 'method="post"' in page and f"/__aigw/report?id={REF}" in page


def test_post_records_only_the_reference():
    a = ask("POST", f"/__aigw/report?id={REF}")
    assert a.status == 200 and "受け付けました" in a.body.decode()
    assert a.record == {"event": EVENT, "request_id": REF, "report_id": "ffffeeeedddd", "user": "tanaka",
                        "service": "chatgpt", "host": "chatgpt.com"}
    api = ask("POST", f"/__aigw/report?id={REF}", browser=False)
    assert json.loads(api.body) == {"status": "recorded", "request_id": REF, "report_id": "ffffeeeedddd"}


def test_bad_reference_is_refused_without_a_record():
    for browser in (True, False):
        a = ask("POST", "/__aigw/report?id=nope", browser)
        assert a.status == 400 and a.record is None
    assert ask("PUT", f"/__aigw/report?id={REF}").status == 405
