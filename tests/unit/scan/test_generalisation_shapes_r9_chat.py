"""Issue 13, round 9: short chatty prompts (the r9-chat helper's probe batches), one- to three-line asks a member of
staff types into a chat service with the data inline, written apart from the scanner, each scored before any fix
it led to:

* q9c-a01–a40 (40 rows, 20 block / 20 allow: replies to write for a named colleague or resident, a LINE message to
  rewrite, a two-line visit summary, a neighbour's hearsay — with names the dictionary does not tag as names (rare
  surnames read as common words or places: 纐纈くん, 舎人さん, 雲母です; hiragana and katakana given names: りおなちゃん,
  こはるちゃん, ユウトくん; a famous bearer's surname for a neighbour: 葛城さんとこの奥さん; a full name glued after a class:
  2年3組の鮫島楓) and matters said casually (ナマポ, 鬱で休んでる, 認知入ってきて, ボケてきて, 学校来てなくて, 家賃まだ入ってない,
  まだ納付されていません, 年金だけじゃ足りない, シングルで); negatives: the same rare surnames in business chat, places
  (舎人公園, 汐見台, 雲母坂, 神門通り), a historical artist, a fictional character, celebrities, a company named after a
  surname, a list of popular children's names, slang asked about with no person) on the round's starting commit
  (6bd3275): recall 0.350 (7/20), false blocks 0.000 (0/20). The misses were classes: given names in kana and rare
  surnames before くん / ちゃん (no name found), a household named by a famous bearer's surname (famous, official) or
  with じいちゃん / さんとこ, a full name glued after 組の, and casual words for depression, dementia, welfare, school
  absence, rent and payment arrears (no topic found). a17 (a quoted LINE message opening with 雲母です, a surname the
  dictionary reads as mica) is a known gap.
* q9c-b01–b37 (37 rows, 18 block / 19 allow: a consultation to answer signed by a child's mother, two-line visit
  summaries, a LINE message about a divorce in mediation, siblings named after 上の子の / 下の子の, an in-law with an
  age, a grandmother by a kana name with a kanji ending (ばあばのとし江), a husband and a grandfather named in brackets
  after the relation (旦那（哲也）, じいじ（三郎）), a katakana surname refusing baths, a household with ノ in its surname
  (山ノ内さんとこ), callers naming themselves after a greeting (すみません、二階堂です。), a colleague's wife in hospital,
  a kanji-numeral age, a 17-year-old's pregnancy, an ex-boyfriend's stalking, a name found out later (鷲尾 と判明), a
  son back from 少年院, a daughter with her name's reading after 娘・; negatives: celebrities (二階堂ふみ, 榊原郁恵), places
  (東雲, 山ノ内町), staff business, a company, a nursery class, a historical figure's illness, a cartoon character
  (ドラえもんののび太くん), topics with no person, a colleague asked to send a health check's venue change, a mascot, a
  ballplayer's surgery in the news, a product named after a surname, a birthday card) on the tree with batch a's fixes
  (68d0a89): recall 0.333 (6/18), false blocks 0.105 (2/19). The misses were classes: a relative's name in brackets or
  after the relation and の (new relations: 旦那, 上の子, じいじ …), a surname after a greeting at a quoted message's
  start, a household with さん宅 / さんとこ (a common noun or ノ in the surname), a name "found out" (と判明), casual words
  for refusing baths, leaving hospital, stalking (家も知られてる), dropping out and shutting oneself in, net-café living.
  The false blocks: a cartoon character after its work's title, and a broad health-check word naming a service's
  arrangements beside a colleague addressed by name.

Each class was fixed by a mechanism with its own table tests (test_mechanisms_r9_chat.py).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows

# rows left unfixed: non-strict xfails, each with its reason
KNOWN_GAPS: dict[str, str] = {
    "q9c-a17": "a quoted LINE message opening with the writer's surname (『雲母です。…』): 雲母 is mica to the dictionary "
               "and no name model reads a common noun before です as a name",
}
ROWS = probe_rows("generalisation_shapes_r9_chat.jsonl", KNOWN_GAPS)


@pytest.mark.parametrize("row", ROWS)
def test_generalisation_shape_r9_chat(scanner, row):
    check_row(scanner, row)
