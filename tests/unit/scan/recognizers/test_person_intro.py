"""person_intro: a kanji full name with its two-word reading in brackets (rounds 24 and 26).

(round 26) The name is found from its reading: a bracketed two-word reading first (sre skips to its "("), then the name
read back at most nine characters — the same matches as running the whole pattern over the text, checked on rows of each
form and on every probe text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway.scan.normalise import normalise
from gateway.scan.recognizers import person_intro as P

ROWS = [
    "主任の宮後隆之（みやご・たかゆき）です。",  # glued, a middle dot
    "無職の男性 上遠野 稔（うえとおの みのる）33歳を聴取中",  # spaced, an age after it
    "福祉センター所長に 真砂 聡子（まさご さとこ）が着任",  # spaced, no age (the pass skips it; the finder finds it)
    "東雲建設（しののめ・けんせつ）",  # a company (the pass skips it by its ending)
    "対象者　教諭　雲母 崇（きらら たかし）",
    "（ふりがな）みやもと ぎんじろう",  # a reading with no name before it
]


def _texts():
    root = Path(__file__).resolve().parents[1] / "data"
    for f in sorted(root.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield normalise(json.loads(line).get("text") or "").text


@pytest.mark.parametrize("text", ROWS)
def test_reading_finder_rows(text):
    text = normalise(text).text
    assert [m.span() for m in P._full_readings_at(text)] == [m.span() for m in P._FULL_READING.finditer(text)]


def test_reading_finder_finds_what_finditer_finds_on_every_probe_text():
    for text in _texts():
        assert [m.span() for m in P._full_readings_at(text)] == [m.span() for m in P._FULL_READING.finditer(text)], text[:40]
