"""Round 5 probe rows of issue 13 (personal data and names), written in batches before their fixes, in
shapes the earlier rows do not have: spreadsheet pastes (cell references, tab copies with English headers,
two-row markdown headers with 姓 | 名 columns, "/" field lists with the rows a few lines below, Excel grids),
phone numbers read out in kana (ゼロハチゼロ…, 090の、よんいち…), romanised names (Kenji MORIOKA, HAYASHIDA
Mei), old-form kanji (髙橋 惠子, 廣瀨 榮一 様), staff as the subject of health, harassment, leave,
evaluation and disciplinary records (a staff number before the name, a surname with 主事), private senders
and signatures (a residents' association officer), self-introductions after の, addresses or birth dates
with a personal contact and no name, welfare and child case notes with relations and ages (本人(84歳・
女性…)), OCR'd forms with the name under its label (block); and templates with placeholder rows,
published directories with a 課長 column, council rosters, statistics, dummy data, officials in press
releases and minutes, historical figures, 記入例 households, the text of a novel or play with its 登場人物
(allow)."""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

test_generalisation_shape_r5_person = probe_test("generalisation_shapes_r5_person.jsonl")
