"""Speed changes of round 15 (issue 13) that must not change what is found.

* ``line_matches(rx, text, cue)``: ``rx`` tried only on the lines where ``cue`` matches (a word every match of ``rx``
  holds): the same matches as ``rx.finditer`` on lines with and without the cue, first and last lines, a cue twice on
  one line, a cue match ending at a line's end, cues on lines where ``rx`` fails.
* The cues given (public_contacts: a facility's name line, a business's legal-form line) are held by every match:
  checked on lines written for each alternative of the patterns, and on lines that are not such lines.
"""

from __future__ import annotations

import pytest

from gateway.scan import public_contacts as pc
from gateway.scan import rx as re
from gateway.scan.recognizers import _text

ROW = re.compile(r"^[ \t]*(?P<unit>[一-鿿]{1,6}課)[ \t]+(?P<name>[一-鿿]{1,3} [一-鿿]{1,3})[ \t]*$", re.MULTILINE)
CUE = re.compile(r"課")

TEXTS = [
    "",
    "福祉課 山田 太郎",  # one line, a match
    "福祉課 山田 太郎\n税務課 佐藤 花子\n",  # every line
    "名簿\n福祉課 山田 太郎\n課長 会議\n税務課税務課 佐藤 花子",  # the cue on a line where ROW fails, twice on one line
    "課\n\n福祉課 山田 太郎\n課",  # a cue alone on the first and the last line
    "前文\n  市民課\t鈴木 一郎  \n後文 課",  # indented, a cue later on the last line
    "福祉課 山田 太郎\r\n税務課 佐藤 花子",  # (a carriage return: no match on the first line, as finditer)
    "課課課\n課 山田 太郎\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cued_line_matches_are_finditer_matches(text: str) -> None:
    want = [(m.span(), m.group("name")) for m in ROW.finditer(text)]
    assert [(m.span(), m.group("name")) for m in _text.line_matches(ROW, text)] == want
    assert [(m.span(), m.group("name")) for m in _text.line_matches(ROW, text, CUE)] == want


FACILITY_LINES = [
    "北町小学校", "■ 中央公民館", "【みなと図書館】", "ひがし整形外科 (整形外科)", "Chidorigaoka International Center",
    "千鳥ヶ丘市国際交流センター / Chidorigaoka International Center", "あおば台斎場", "Civic Data Partners Ltd",
]
LEGAL_LINES = [
    "株式会社北斗システムサービス　札幌営業所", "(株)みなと設計", "（有）山田商店", "NPO法人 ひまわり", "特定非営利活動法人ひまわり会",
    "Civic Data Partners Ltd.", "LinguaTech Japan K.K.", "Acme Corporation", "北斗総合法律事務所", "みなと設計事務所",
    "北海道教育大学 釧路校 地域学習協働教室", "中央研究所", "産業技術研究機構", "北浜工業高等専門学校",
]
OTHER_LINES = ["山田 太郎", "住所：北町1-2-3", "電話 03-1234-5678", "会議は10時から", "よろしくお願いします。"]


@pytest.mark.parametrize("rx, cue, lines", [
    (pc._FACILITY_HEAD, pc.FACILITY, FACILITY_LINES), (pc._LEGAL_FORM_LINE, pc._LEGAL_FORM_CUE, LEGAL_LINES),
], ids=["facility_head", "legal_form_line"])
def test_public_contact_cues_are_held_by_every_match(rx, cue, lines) -> None:
    for line in lines:
        assert rx.match(line) is not None, line  # the line is one the pattern reads
        assert cue.search(line) is not None, line
    text = "\n".join(OTHER_LINES + lines + OTHER_LINES + lines)
    want = [m.span() for m in rx.finditer(text)]
    assert len(want) == 2 * len(lines)
    assert not any(rx.match(line) for line in OTHER_LINES)
    assert [m.span() for m in _text.line_matches(rx, text, cue)] == want
