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
* r15p041-060 (20 rows, 8 / 12: a children's reader on a Meiji agronomist (明治12年生, 字中島88番地); a 1965 newspaper
  report on a fire quoted in the city history; an English label on a 1947 Occupation memo stamped SECRET; a README
  with YOUR_API_KEY and <YOUR_ACCESS_TOKEN>; the AWS documentation's example keys; an out-of-office naming a colleague's
  業務用携帯; a regulation's blank 様式 (□□□□ for the 個人番号); a log example with documentation addresses; an English
  media advisory naming the mayor and a sister city's deputy mayor; address variants of a fictitious address; committee
  minutes; accident statistics. Twins: a 戸籍の附票 request (筆頭者 …, 本籍, 生年月日, 現住所), an unreported arson
  suspicion against a fire's victim, a current English SECRET agenda, a curl with a live JWT, staff private mobiles and
  home numbers, an OCR'd 児童手当 request with a 個人番号 (the row's number was first written with a wrong check digit
  and corrected), a contact form's log with a free mail, the mayor's stroke before any announcement) on the tree with
  r15p001-040's fixes: recall 0.875 (7/8), false blocks 0.000 (0/12). The miss: the mayor by English title with his
  stroke (titles of office were no staff roles in English); types: 筆頭者 was no name label.
* r15p061-080 (20 rows, 7 / 13: a 議会だより petition with the petitioner's address and title; an election board's
  当選人 告示 with the winner's address; a bid result naming a sole proprietor with the business's address; a building
  permit sign; a 広報 honours list; an ini sample with ******** and <…>; a road-area notice; internal minutes
  published with staff names; an FAQ on the 個人番号; English public-hearing minutes; a city-history chronology; a
  dummy CSV (見本 一郎, 000-0000-0000); a question on scanning old 秘 documents. Twins: the petitioner's anxiety and
  clinic, the proprietor's stroke and tax arrears, an honours nominee's unreported fine, a live ini, a section head's
  palpitations to HR, a hearing speaker's son's autism by mail, a real CSV) on the tree with r15p001-060's fixes:
  recall 0.857 (6/7), false blocks 0.077 (1/13). The false block: the sole proprietor (朝霧造園（個人事業主 宇津木 正、
  …4丁目2番7号）: only 代表 and a shop's 店主 acted for a business). The miss: a section head named by title before the
  name reporting his own palpitations to HR a sentence later (a known gap).
* r15p081-100 (20 rows, 7 / 13: a literary prize entry whose heroine finds a paper stamped 極秘 (alone on its line); a
  published 懲戒処分 without the name; a 学校だより on teachers' transfers announced by the board; a transcribed 明治
  land register (所有者 column); a Terraform variable with default ""; a council question on an anonymous carer's
  letter; a press release on a pupil's prize; an English question on scanning 極秘 wartime papers; a 防災訓練 notice
  with the office's and the association's numbers; a phone-check specification with XXXX and 000-0000-0000; an English
  mail between staff; infection statistics; a transcribed 昭和二十年 diary mentioning 極秘書類. Twins: the prize's
  marked results before announcement, the disciplinary draft with the name and divorce, a teacher's depression, a
  fixed-asset tax arrears list (所有者 column), a live tfvars password, the pupil's family circumstances, a list of
  people needing evacuation help) on the tree with r15p001-080's fixes: recall 0.714 (5/7), false blocks 0.077
  (1/13). The false block: the story's stamped paper (fiction cues covered names only). The misses: the tax arrears
  list (所有者 was no name column — fixing it read the 明治 register's owners, which the historical-artefact reading
  then covers); a teacher named 教諭 飯塚 大輔 先生 with his sick leave (a known gap).
* r15p101-120 (20 rows, 6 / 14: the city's own press release, published at a press conference, on a member of staff
  arrested (主査 三浦 拓也（42歳）が…逮捕); published council minutes where a member speaks of her own cancer surgery; a
  published 指名停止 naming the company's 代表取締役 and its address; a festival's 当日用携帯 of the officer; a JSON sample
  (山田 太郎, 000-0000-0000, example.com); a form's inline （例：朝霧 花子）; an English city-history paragraph on a 1952
  document marked CLASSIFIED; a 1960 union leaflet marked 部外秘 transcribed; a question on writing about a 機密性２
  document; an English press release on a staff member's award; a 【記入例】 of the My Number notice with 1234 5678 9012
  (架空の番号です); school statistics; a 大正 tenancy dispute in the city history; an ordinance's commentary. Twins: the
  arrest reported by the wife before any release, a company president's cancer told in confidence, performers' health
  notes with the leaders' mobiles, a live JSON request, the union's current 部外秘 memo, the award winner's panic disorder
  in an English mail) on the tree with r15p001-100's fixes: recall 0.500 (3/6), false blocks 0.071 (1/14). The false
  block: the published release (a member of staff with an arrest and the office's landline read as a personnel
  record). The misses: a member of staff named by a title before the name with an arrest (主査 三浦 拓也が、昨夜、酒気帯び
  運転で…逮捕: criminal words opened no window around a staff title, so no name was read); the English staff member
  (the Information Policy Division with a capital D was no unit, and his diagnosis was in the next sentence, by "He");
  a company president's cancer told about by 本人は (a known gap).
* r15p121-140 (20 rows, 6 / 14: a long care plan's chapter for public comment; a bilingual garbage notice; an English
  test fixture (Jane Doe, 555-0100); committee minutes with a section head answering; a 1964 photo caption naming the
  torch-bearer; a city SNS post; a payment provider's documented test cards; a disclosed record with ■ and the officer
  named; a training table of 機密性 levels; an English label on a 1941 map stamped 軍事機密; a budget book's line; a
  question on pasting public minutes; an English role-play script; a 大正九年 census table. Twins: the plan's draft
  with a memo on a named resident's financial abuse, a foreign resident's DV call in English, the torch-bearer's and a
  donor's home contacts, a card read out at the desk (the row's number was first written failing the Luhn check and
  corrected), the unredacted record, a marked 予算査定 memo) on the tree with r15p001-120's fixes: recall 1.000 (6/6),
  false blocks 0.000 (0/14); no fix.
* r15p141-148 (8 rows, 4 / 4: adversarial twins aimed at this round's mechanisms — a current 極秘 起案 whose first line
  names 昭和六十年からの懸案 and 公文書館; a 市史編さん室 budget memo marked 極秘 citing 昭和六十年以来; a transcription
  followed by the donor's mobile and cancer; a short story whose hero's model is a real 相談者 with the record pasted;
  and variants — a transcription whose instruction names the history's 令和 publication date, an English archive
  entry, a release said to be on the site, a mystery's stamped paper) on the tree with r15p001-140's fixes: recall
  0.250 (1/4), false blocks 0.000 (0/4). The misses: an old year that starts an open matter read as the artefact's date
  (with 公文書館 alone an artefact cue); the real case behind a story read as fiction (短編の講評 made every name a
  character).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows

KNOWN_GAPS: dict[str, str] = {
    "r15p004": "a councillor named in full before 議員 (12番の日下部 美穂議員から、…欠席するとの連絡) with her cancer treatment "
               "in the next sentence: a full name glued to 議員 is read as the title's holder, and the treatment is not in "
               "the title's sentence (日下部議員は…乳がんの治療 blocks)",
    "r15p105": "a company president named by title after the name (北斗設備の沢口 恒夫社長から電話があり…) with his cancer "
               "in the next sentence after 本人は: a name with a business title is in that capacity, and 本人 is not "
               "read back to it",
}

ROWS = probe_rows("generalisation_shapes_r15_public.jsonl", KNOWN_GAPS)


@pytest.mark.parametrize("row", ROWS)
def test_generalisation_shape_r15_public(scanner, row):
    check_row(scanner, row)
