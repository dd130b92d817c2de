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
* q9c-c01–c37 (36 rows, 18 block / 18 allow: a reply to a mother about her daughter's panic attacks, a school-meal
  reminder, a LINE draft to a katakana-named child's mother, a nursery memo, a call summary with 名前は…さん, a Teams DM
  signed by a surname alone, a case line with こうた君(5), an age and a school year from an OOV given name, a sister by a
  hiragana name in a dating scam, a husband's stroke, a pupil named in brackets after 男子, a colleague's garnished pay,
  a great-grandmother's birth date and name, a LINE summary signed かずきの母より, a miscarriage, an address with a rare
  surname, a daughter-in-law's visa, a greeting-and-surname reply about bullying; negatives: staff business, an
  author, a comedian, a plant, a torii, a thank-you, a historical painter, a list of name readings, a gospel, a film
  title with くん, a minister's press conference, an anonymous household with ages, a nursery's placeholder names,
  topics with no person, a story's hero, staff duty swaps, plum blossoms) on the tree with batches a–b's fixes
  (dd4ee86): recall 0.500 (9/18), false blocks 0.000 (0/18). The misses were classes: a name the dictionary lists for a
  famous bearer before くん (ルカくん: the evangelist), a hiragana given name after a relation and の, a pupil in brackets
  after 男子, a parent's signature naming the child (かずきの母より), a quoted message closed by a surname the dictionary
  reads as a common noun (鳥居), a given name the dictionary does not know after a spaced surname (瀬戸口 琉生), and
  casual words (パニック発作, 学校休ませ, 3か月たまって, 在留資格の更新, 騙されて, 暴れて / 手がつけられない).
* q9c-d01–d20 (20 rows, 10 block / 10 allow, a short fourth batch: voice input left unconverted, emoji, an urgent
  call, an elder's memo with アラ80, a great-grandfather by name, a son leaving 少年院, a nursery child by hiragana name
  and age, a translation with a katakana name, a household with ヶ, a greeting and a surname the dictionary reads as
  holly (柊); negatives: their twins with no person, a castle, a plant, a lecturer's talk on diabetes, a celebrity, a
  doll, a great-grandfather in general) on the tree with batches a–c's fixes: recall 0.400 (4/10), false blocks 0.100
  (1/10). The misses: casual words (ぼうりょく in kana, 家出, buying the same things again and again, 発達の遅れ,
  介護疲れ), a relative named after ひいじいちゃんの, a greeting before a plain-noun surname; the false block: ひいじいちゃん
  read as a name before ちゃん (kin words ending a kana run are now kin).

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
