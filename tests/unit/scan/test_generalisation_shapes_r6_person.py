"""Issue 13, round 6: probe batches of the person/personal-data helper, written without looking at the scanner code
for the class and scored on the branch before any fix of the batch:

* p60xx/p61xx batch 1 (46 rows, 24 block / 22 allow: residents' mails with self-introductions, English From: lines,
  welfare/child/elderly/tax case records, staff health and disciplinary records, CSV/SQL/JSON/HTML/TSV/markdown
  exports, English and mixed case notes, an address or birth date with a personal contact and no name; hard
  negatives: staff business mail and signatures, press releases naming officials, fiction, 記入例 with 続柄：本人,
  historical figures, test code with placeholders, public minutes, honours lists, bibliographies, statistics):
  recall 0.792 (19/24), false blocks 0.045 (1/22).
  Misses: a katakana old-style given name the dictionary lists as a famous whole name (宇佐美 トメ様), a multi-row
  SQL INSERT (only the first row's name), a bilingual label (患者名 / Patient:), a surname alone before です with
  the writer's mobile, hiragana names in a two-row list with disability handbooks; false block: test code with
  090-1234-5678.
* p6025–p6041 / p6126–p6141 batch 2 (33 rows, 17 block / 16 allow: Japanese From: lines, English referral letters
  and disciplinary notes, LINE threads between welfare workers, 【】-labelled OCR forms with old-form kanji, markdown
  rosters with English headers, TSV arrears lists, nursery records, envelope addresses, quoted English signatures,
  staff interview notes, JSON contact lists, visa forms in capitals, mixed-script complaints, CSV without a name
  column, kana self-introductions; hard negatives: internal minutes, English press releases, English fiction, English
  記入例, job postings, hospital doctor pages, John Doe sample JSON, staff with a 公用携帯, historical figures,
  published award winners, survey aggregates, résumé templates, staff です mail, named officials' apologies,
  contractors' self-introductions, policy questions): recall 0.647 (11/17), false blocks 0.062 (1/16).
  Misses: English disciplinary words, a nursery's notes on a child at risk (赤い跡, 怒鳴ってしまう), a quoted
  ("> ") English signature, a title in capitals (MS. HANAKO OKAMURA), a kana surname before と申します, a place
  name used as the surname (小笠原 ちはる); false block: John Doe sample data.
* p6042–p6058 / p6142–p6157 batch 3 (33 rows, 17 block / 16 allow: memo arrows (お名前→), 者名: labels, 納税義務者,
  inline 通報者 with a reading, 1985年生まれ・40歳, staff leave lists by surname + title, promotion notes, an address
  and mobile on one line, katakana foreign residents, Excel pastes split by spaces, complaints about a named
  neighbour, Teams chat, English TSV rosters, education support plans, psql output, watch lists, DV support
  measures; hard negatives: extension lists, council member lists, principals' messages, published obituaries,
  fictional training cases, 記載例 with 続柄 本人, athletes, English public staff pages, minutes with staff speakers,
  anonymous posts, form field lists, business cards, historical figures, contractors' です, anonymous press
  releases, questions about name order): recall 0.765 (13/17), false blocks 0.062 (1/16).
  Misses: an arrow as the label separator (お名前→, 生まれ→), 被保護者名:, a bulleted staff item (・平井主任：
  適応障害…; 平井 is a place name to the dictionary), a personnel note in brackets after a staff name; false block:
  投稿者：匿名 read as a name.
* p6059–p6072 / p6158–p6172 batch 4 (29 rows, 14 block / 15 allow: a long report with one buried complaint line,
  English self-introductions with a free-mail address, English client and pupil records, 様方 addresses, an address
  and mobile of an unnamed caller, English forms with a birth date and free mail, disciplinary tables by 職員名,
  katakana names in LINE, residents' association officers with mobiles, family registers, romanised names with
  -san, welfare visit schedules, mixed-language HR notes; hard negatives: the same long report without the line,
  out-of-office replies, English newsletters with a first name, literature, facility heads' directory, company
  presidents in the press, published interviews, regex code, logs with user ids, anonymised public minutes, English
  form instructions, staff trips, job titles, the mayor in English press, SQL schemas): recall 0.786 (11/14), false
  blocks 0.067 (1/15).
  Misses: "Pupil:" as a record label, people listed after a sensitive topic's colon (生活保護 定期訪問：安西 悟、…),
  staff with an English unit in brackets and English personnel words (maternity leave); false block: heads of
  public facilities (館長 松田 隆) with their office numbers read as a roster.
* p6073–p6082 / p6173–p6184 batch 5 (22 rows, 10 block / 12 allow: case names in mail subjects, file names,
  children by given name + くん/ちゃん, a letter's sender block with an address, URL query strings, English JSON keys,
  elder abuse reports, quoted Outlook headers with a Japanese sender, staff salary records, hiragana names with さん;
  hard negatives: staff going on leave in ordinary mail, published transfers, public figures with birth dates,
  fiction with addresses, lecture notices on health topics, volunteer recruitment, 〇〇 placeholders, evaluation
  scales, hospital timetables, anonymised accident releases, a staff member calling in sick, English biographies):
  recall 0.700 (7/10), false blocks 0.000 (0/12).
  Misses: names in file names with a topic (面談記録_児童虐待_宮地陽斗.docx), a letter's sender block of an address
  and a name without a phone, "From: 金子 慎吾" with a mobile in the quoted message.
* p6083–p6089 / p6185–p6193 batch 6 (16 rows, 7 block / 9 allow), written against this round's own mechanisms:
  seminar programmes listed by speaker with a topic, staff with a 公用携帯 before です, place names in tourist
  text, a table of contents with topic colons, template file names, arrows in a process description, a list of
  school principals, English lecture lists, quoted staff replies (allow); one-row welfare lists, a resident's
  surname + です with an SMS number, bracketed health notes in an occupational-health schedule, ⇒ memos, English
  tenant records, a place-name surname after 相談者, children listed after a topic's colon (block): recall 1.000
  (7/7), false blocks 0.111 (1/9). False block: a programme row "・山内 まゆみ　認知症の基礎知識（…認知症看護認定看護師）"
  (a talk's title and a profession named after the topic, now not topics).
* p6090–p6097 / p6194–p6201 batch 7 (16 rows, 8 block / 8 allow: romanised SURNAME Given on certificates, 殿 on
  arrears notices, CSV sick-leave lists, residence-card fields in capitals after Japanese labels, nursery selection
  tables under a role header (申込児童), romaji/katakana label pairs, non-public care meetings, English complaints
  with an inline signature; hard negatives: 〇〇 殿 templates, a CSV header without data, historical figures, English
  form labels, a public care-meeting summary, staff contact details with an English extension, selection rules,
  a published newspaper quote): recall 0.750 (6/8), false blocks 0.125 (1/8).
  Misses: a Latin name in capitals after 氏名 without a colon, a column named by a role (申込児童); false block:
  an office number followed by "(ext. 3412)".
* p6098–p6100, p6207, p6208 / p6202–p6206 batch 8 (10 rows, 5 block / 5 allow: voice-memo case notes, short SMS with a surname,
  an English grievance by a named member of staff, a child's form in hiragana labels (なまえ, うまれたひ), a markdown
  case table with English headers; hard negatives: English job adverts, office party notices, an arrest reported
  without a name, an English clinic leaflet naming its nurse, a hiragana 記入例): recall 0.600 (3/5), false blocks
  0.200 (1/5). Misses: an English role column (| Client |), the hiragana form (known gap below); false block:
  "our diabetes nurse, Ms. Grant" (a profession named after the topic).

Each row is judged on the decision; a blocked row must also carry the entity types it lists.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


# a child's form written in hiragana labels and a hiragana date (なまえ おおしま りく / うまれたひ 2018ねん 6がつ 14にち):
# neither label nor date form is known; rare outside children's own forms
KNOWN_GAPS: dict[str, str] = {"p6207": "hiragana labels (なまえ, うまれたひ) and a hiragana date: no PERSON or DATE_OF_BIRTH"}

test_generalisation_shape_r6_person = probe_test("generalisation_shapes_r6_person.jsonl", KNOWN_GAPS)
