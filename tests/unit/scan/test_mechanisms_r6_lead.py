"""Issue 13, round 6, the lead's mechanisms (table tests of positive and negative rows, written apart from the
probe files): staff named with their unit heading a line that goes on to their health or personnel record; a
name headed by a colon counts only before a sensitive topic; one such row is enough."""

from __future__ import annotations

import pytest

BLOCK = [
    ("unit_colon_health", "・下水道課 荒井 正人：血圧 178/104 要精密検査\n・会計課 星野 里美：HbA1c 8.2 要治療"),
    ("unit_spaced_leave", "福祉課　松田 陽子　11/1〜11/30　育児休業\n福祉課　山内 誠　11/14〜　病気休暇（うつ病）"),
    ("one_row_colon", "荒井 正人：要精密検査"),
    ("one_row_bullet", "・荒井 正人：要精密検査"),
    ("one_row_spaced", "荒井 正人　うつ病で休職中"),
]
ALLOW = [
    ("minutes_speakers", "山田 太郎：本件について説明した。\n鈴木 花子：了解と回答。\n佐藤 次郎：次回までに確認する。"),
    ("staff_directory", "総務課　山田 太郎　内線 2201\n財政課　鈴木 花子　内線 2310\n企画課　佐藤 次郎　内線 2420"),
    ("staff_business_item", "・総務課 山田 太郎：会議室の予約"),
    ("public_figure_prose", "田中 角栄は糖尿病を患っていたと伝えられる。"),
    ("unit_topic_seminar", "・健康増進課 山田 太郎：糖尿病予防セミナーの講師"),
]


@pytest.mark.parametrize("name,text", BLOCK, ids=[n for n, _ in BLOCK])
def test_blocks(scanner, name, text):
    assert scanner.scan(text).action == "block"


@pytest.mark.parametrize("name,text", ALLOW, ids=[n for n, _ in ALLOW])
def test_allows(scanner, name, text):
    assert scanner.scan(text).action == "allow"
