"""Issue 13, round 31 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a full name followed by the reading of its given name alone (``小室 結菜（ゆいな）``, glued ``宇津木心陽（こはる）``),
  the dictionary cutting a rare given name or not;
- not: a title, a unit or a place with its reading (``原先生（せんせい）``, ``北山町（きたやままち）``).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("given_reading_spaced_child", "記録を整えて。\n\n小室 結菜（ゆいな）、年中組。家庭で食事が出ておらず、要保護児童として見守り中。"),
    ("given_reading_glued_pupil", "報告文にして。\n\n宇津木心陽（こはる）、4年1組、9月から不登校が続いている。母と面談予定。"),
]

ALLOW = [
    ("title_with_reading", "ふりがなをそろえて。\n\n原先生（せんせい）が不登校の予防について講演します。"),
    ("town_with_reading", "チラシにして。\n\n北山町（きたやままち）の子育て支援センターで発達相談会を開きます。"),
    ("unit_with_reading", "ルビを確認して。\n\n子育て支援課（こそだてしえんか）では、ひとり親家庭の相談を受け付けています。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
