"""Issue 13, round 35 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a number told private in a note after it counts wherever a label before it would (a speaker's line, a booking line,
  a venue's line, an organisation's mail line): ``講師：… 0466-…（自宅）``, ``…、ご自宅の番号です``.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("speaker_line_home_note", "講演会のご案内を整えて。\n\n講師：森岡 早苗（みどり設計事務所）　0466-28-5531（自宅）\n資料は当日配布します。"),
    ("speaker_line_home_said", "講演会のご案内を整えて。\n\n講師：森岡 早苗（みどり設計事務所）　0466-28-5531、ご自宅の番号です\n資料は当日配布します。"),
]

ALLOW = [
    ("speaker_line_office", "講演会のご案内を整えて。\n\n講師：森岡 早苗（みどり設計事務所）　0466-28-5531\n資料は当日配布します。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
