"""Issue 13, round 15, helper r15-public (the false-block side): probe batches written apart from the scanner, hard
negatives a reviewer would allow (about 60 %) each beside a private twin that must block (the same document with one
private line, an internal version before publication, a marked draft), each batch scored before any fix it led to
(figures by action and types, as tools/score15.py counts them):

* r15p001-020 (20 rows, 7 block / 13 allow: a wartime village order marked 極秘 transcribed for the city history (翻刻,
  所蔵, 昭和十九年); council minutes with members and executives (君); a bid result with each bidder's 代表取締役 and the
  published 予定価格; a press release naming the section head and the officer with the office's numbers; an ordinance
  with its 秘密の保持 article; a question on old documents marked 極秘; a short story for a literary magazine with a
  detective, a missing man and a town; a Python script reading its password from the environment; statistics; a
  住民票 request's 記入例 under a 【記入例】 heading alone on its line with a note below (※…架空のものです); a business
  mail naming a contractor; an English newsletter profile of a CIR; a test specification's dummy rows. Twins: a current
  memo marked 極秘, a member's cancer treatment she keeps private, the 予定価格 起案 marked 機密性３ before the opening, an
  injured volunteer's family's mobile before the release, a script with a literal password, a filled request, the
  CIR's depression) on the round's starting commit (a984390): recall 0.857 (6/7), false blocks 0.231 (3/13). The false
  blocks: the transcribed 極秘 (a known open class: an artefact's marking read as applied); the short story (短編, 文芸誌
  were no fiction cues); the 記入例 (its heading was a paragraph of its own, the form the next one). The miss: a
  councillor named in full before 議員 (12番の日下部 美穂議員から…) with her treatment a sentence later (a known gap).
* r15p021-040 (20 rows, 7 / 13: a museum's wartime 灯火管制 order stamped 秘 (1943); an Edo-period 宗門人別改帳
  transcription; a 広報 おくやみ column by the families' wish; a published 人事異動; a scheduling mail naming staff; a
  question on 持出禁止; a lecture notice; a documentation-address nginx example; a docker-compose with ${…}; an English
  museum caption on a 1944 order stamped TOP SECRET; published statistics; an 入札公告 with a published 予定価格; unit
  tests with dummy numbers. Twins: the exhibition's current meeting note marked 秘, the 死亡届 list (庁内限り) with a
  suicide, a 人事異動案 before 内示, a member of staff's adjustment disorder, a committed compose file's password, an
  English CONFIDENTIAL note, a 予定価格 起案) on the tree with r15p001-020's fixes: recall 0.857 (6/7), false blocks
  0.000 (0/13) (on the starting commit 0.077: the 1943 order). The miss: …主査の件です。 was no passage topic (only …の件、).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows

KNOWN_GAPS: dict[str, str] = {
    "r15p004": "a councillor named in full before 議員 (12番の日下部 美穂議員から、…欠席するとの連絡) with her cancer treatment "
               "in the next sentence: a full name glued to 議員 is read as the title's holder, and the treatment is not in "
               "the title's sentence (日下部議員は…乳がんの治療 blocks)",
}

ROWS = probe_rows("generalisation_shapes_r15_public.jsonl", KNOWN_GAPS)


@pytest.mark.parametrize("row", ROWS)
def test_generalisation_shape_r15_public(scanner, row):
    check_row(scanner, row)
