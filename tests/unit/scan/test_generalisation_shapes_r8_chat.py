"""Issue 13, round 8: short chatty prompts (the r8-chat helper's probe batches), one- to five-line asks a member of
staff types into a chat service with the data inline, written apart from the scanner, each scored before any fix
it led to:

* q8c001–q8c036 (36 rows, 20 block / 16 allow: a welfare case number with a surname, an age to work out from a
  kanji-numeral era birth date with a hiragana name, a pupil's self-harm, directions to a home, a mobile number split
  oddly before a kana name, a dictated memo about a 42-year-old recluse, a LINE message about a DV evacuee, a
  translation with a residence card, a son spending his mother's pension, a 内縁の夫 at a welfare application, an
  elder's neglect report, a message with a surname in brackets after a mobile, 番地-only addresses with の, a
  tax-arrears SMS, a pregnant woman's DV, a colleague's depression in a Teams thread, a mobile in kanji numerals, a
  child's allergy in やさしい日本語, a 個人番号 in 4-4-4, an envelope's address; negatives: each ask without the person,
  the mayor as office holder, dummy data declared, staff in their duties, a toll-free number, a public hall, a farewell
  party) on the round's starting commit: recall 0.650 (13/20), false blocks 0.000 (0/16). The misses were classes: a
  hiragana given name read as a common word after a lone surname (小川ひなたちゃん), an unspaced name before a school
  grade (佐藤ゆみ（高2）) and リストカット, an age written after a name without brackets (野口さとみ 38歳), a kanji-numeral
  birth date beside a hiragana full name, a surname in brackets after a mobile (080-…（木下）), "書き方の例ちょうだい" read
  as an example marker. q8c005 was corrected before any fix: it was written with 090-1234-5678, the canonical dummy
  number (the scanner rightly read it as an example); with a real-looking number it still missed (a kana full name
  beside a mobile number split 3-2-2-4), and that class was fixed.

Each class was fixed by a mechanism with its own table tests (test_mechanisms_r8_chat.py).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows


KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", probe_rows("generalisation_shapes_r8_chat.jsonl", KNOWN_GAPS))
def test_generalisation_shape_r8_chat(scanner, row):
    check_row(scanner, row)
