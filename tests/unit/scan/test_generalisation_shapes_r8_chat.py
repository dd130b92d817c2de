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
* q8c101–q8c136 (36 rows, 18 / 18: a call about a mother's hospital stay with her name and a kanji-numeral age in
  brackets, directions to a 字 address with 番地, a phone number read out in hiragana, a colleague's absences with his
  unit in brackets, translations of a resident's sentence (ADHD, unpaid insurance), a slash-parted call memo, an era
  birth date with a spaced hiragana given name, a nursery pick-up by a 内縁の夫, a wife's DV with given names only,
  a one-line summary with 生年 S41, a phone split 3-2-1-4, a Teams message about a pregnant visitor, elder abuse by a
  daughter-in-law, a free-mail address to check, a kanji-numeral ノ address with 加藤方, a colleague's 適応障害, a caller
  with a birth date "って人"; negatives: each ask without the person, a ward office's address, the mayor's press
  conference, a council member's question, staff on duty, a documented example address, a fictional detective, a
  library's public number, age arithmetic for retirement) on the tree with q8c001–036's fixes: recall 0.611 (11/18),
  false blocks 0.000 (0/18). The misses were classes: a name and a kanji-numeral age in brackets (佐野 キミ子 八十三歳),
  staff named with their unit in brackets before a personnel word (青山 直人（税務課）、…無断欠勤), a lone surname as a field
  of a slash-parted memo with a street number, a spaced hiragana given name the dictionary reads as a word (新井 さくら),
  a relative's given name after the relation (嫁の由香), a katakana ノ between house numbers and a household's 方
  (千代田町二ノ十一ノ三 加藤方), a name referred to as a person (坂口って人).
* q8c201–q8c236 (36 rows, 18 / 18: a half-width katakana name and full-width mobile, a neighbour's grandmother named
  by her family's surname, a care user by given name, a surname before a spaced mobile with a 丁目 address, hearsay of
  a husband's blows, a Tagalog self-introduction to translate, a visit list with a dementia note, an income question
  with the household head, an inheritance with the father's name and its reading, a colleague's drink-driving arrest
  with his unit in brackets, an ID and password, a half-width ケース番号, a forwarded mail about bullying with a mobile, a
  child at a children's cafeteria by hiragana name and grade, a form for sick pay, an address in kanji numerals with
  long-vowel dashes, a trainee's unpaid wages, an Excel age formula over a real cell; negatives: each ask without the
  person, the mayor's visit, the city hall's and a health centre's public numbers, masked passwords, staff on duty,
  placeholder visit lists, declared test data, a cartoon family) on the tree with q8c001–136's fixes: recall 0.556
  (10/18; by action 0.611), false blocks 0.000 (0/18). The misses were classes: a family named by its surname
  (吉田のおばあちゃん, 石井さんちの旦那) and 物忘れもひどい / 殴った, a lone surname before a mobile, a relative's name with its
  reading (父・清（きよし）), a lone surname with its unit in brackets before a criminal word, a hiragana given name with
  くん before a grade, a long-vowel mark between kanji house numbers, a date in an age question with a name in brackets.
* q8c301–q8c331 (31 rows, 14 / 17, negatives aimed at the mechanisms above: a letter to check with the addressee's
  street number, a handwritten memo with a kana surname and its kanji in brackets, an English reply with a mobile, a
  colleague's mental health in slang, a colleague's wife's terminal cancer, a ケースNo. line, an address with a
  building and room, a child's report to the 児相, a Teams message about a debtor with an era birth year, a municipal
  flat's arrears, a mother defrauded, a staff number with a leave extension, an age with a kanji-numeral month, an
  abandoned car's plate and owner; negatives: each ask without the person, 78歳の母 with no name, "川口という名前の駅",
  "坂本龍馬という人物", 長男の名前の由来, 夫の転勤, a shop in a slash-parted line) on the tree with q8c001–236's fixes:
  recall 0.643 (9/14; by action 0.714), false blocks 0.059 (1/17). The misses were classes: a place name used as a
  surname before くん (村田くん) and mental-health slang (メンタルやばそう), a surname the dictionary knows as a company
  (松下 有紀), ケースNo., a western year with a kanji-numeral month, a kanji surname in brackets before a mobile. The false
  block: a shop after a surname (山田商店) read as a full name beside a street number.
* q8c401–q8c424 (24 rows, 12 / 12: a half-width katakana name with a previous address, a terse health note, full-width
  TEL and 氏名 labels, a class chat about a pupil, a resident's English message (passport taken), a drunk caller "って人"
  at the night desk, a callback with 様 and a full-width mobile, a refund account with a katakana holder, a father
  entering a care home, a neighbours' dispute with an address, an interview evaluation, a markdown SQL row; negatives:
  each ask without the person, a ward's public number) on the tree with q8c001–331's fixes: recall 0.500 (6/12), false
  blocks 0.000 (0/12). The misses were classes: a terse note (a spaced full name, a space, a topic), first-person
  English exploitation words, referral words that had no window (増田って人), entering a care home (施設に入所), an
  interview evaluation (面接の評価); a one-row markdown table with a name, a bare date and a topic (q8c412) is a known gap.

Each class was fixed by a mechanism with its own table tests (test_mechanisms_r8_chat.py).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS: dict[str, str] = {
    "q8c412": "one markdown table row without its header (| 1043 | 上田 光 | 1987-02-11 | 生活保護 |): the date has no "
              "birth context and the given name 光 is read as a common noun, so neither the birth date nor the name is found",
}

test_generalisation_shape_r8_chat = probe_test("generalisation_shapes_r8_chat.jsonl", KNOWN_GAPS)
