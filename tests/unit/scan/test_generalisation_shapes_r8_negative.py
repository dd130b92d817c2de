"""Issue 13, round 8, helper r8-negative: independent probe batches aimed at FALSE BLOCKS near the round-7
mechanisms (foreign-language self-introductions and labels in public guidance, record-number words in manuals and
specifications, vehicle plates, staff named after titles, birth-date shapes, welfare vocabulary in training
material, passwords in documentation, OCR'd public documents, council minutes, published surveys, opened
procurement, sample CSVs), about a third of each batch rows that must block right next to those twins. Each batch was
scored before any fix it led to:

* q8n001–q8n036 (36 rows, 10 block / 26 allow: a 日本語教室 dialogue, Portuguese / Chinese / Vietnamese / Korean
  leaflets and phrasebooks, a field-definition table with 宛名番号, a help-desk FAQ on ケース番号, a manual on 学籍番号, a
  regulation on 受給者番号, a public fleet list with plates, a parking rule, a hit-and-run news item, a personnel
  announcement, a press release's 担当, an org chart, a local hero's birth date, a company's founding date, a birth-
  cohort table, dementia and DV training, a compose file with the docs' example password, an opened bid, council
  minutes, published survey free text, an OCR'd 告示, a fake CSV; twins: a Vietnamese worker's mail, a Korean DV
  letter, a case number and a student number beside a name, an abandoned car's owner, a section chief's cancer, a
  consultation with an era birth date, a real compose password, a floor price before opening, a residents' roster)
  on the round's starting commit: recall 0.800 (8/10), false blocks 0.038 (1/26). The false block: a Chinese notice
  quoting an example self-introduction (例如："我叫李明…") beside the office's number. The misses (by types): Korean
  DV words (때려서) and Vietnamese labour exploitation (giữ hộ chiếu, không trả lương).
* q8n037–q8n063 (27 rows, 9 block / 18 allow: a help-desk FAQ with an example temporary password, a README's env
  table, OCR'd council minutes, a published survey, an opened bid notice, a fleet news item, a blank parking form, a
  press release's 担当, an honorary citizen's life span, a 成人式 cohort, manuals on 個人番号 and 被保険者番号,
  training case studies, a glossary, an English role play, a Spanish school letter template, a Faker CSV, a plate-
  reader spec; twins: a real reset password, a real .env, identified survey rows, a filled parking form, a staff
  member's depression, an individual's birth date, an insured number beside a name, an English counter note, a
  Spanish parent's letter) on the tree with batch 1's fixes: recall 0.889 (8/9), false blocks 0.111 (2/18). The false
  blocks: a birth date in a life span (…生まれ、2009年没), a sample CSV declared 架空データ. The miss: a member of staff
  off sick whose next sentence rearranges the counter's rota (窓口当番表 read as their duty).
* q8n064–q8n092 (29 rows, 9 block / 20 allow: a 日本語教室 worksheet, a Tagalog leaflet, a batch log with 宛名番号 and
  no person, removal statistics, a plate-lookup procedure, a retiree's published words, 昭和 cohorts in a survey, a
  company chronology, dementia figures for the council, an API doc with a placeholder key, an OCR'd bid notice,
  council minutes of a vote, a published crosstab, the 生活保護手帳, a CSV of placeholder names, an English password
  policy, Korean and Chinese textbook self-introductions, a lease spec with a vanity number, a fire department's news;
  twins: an injured learner with a mobile, a log line with a resident, a retiree's illness, an SOS-network
  registration, a pasted key, an occupational-health interview, a real CSV, a Chinese resident's letter, a fire
  officer's injury) on the tree with batches 1–2's fixes: recall 0.889 (8/9), false blocks 0.100 (2/20). The false
  blocks: placeholder names and towns (テスト 太郎, テスト県テスト市), a policy's "Example of a strong passphrase: …
  (do not use this one)". The miss (q8n092, a known gap): a fire officer named between his rank words (救急救命士
  小西 大輔 消防司令補が) is not read as a name, and 負傷 / 靱帯断裂 / 公務災害 are no topics.
* q8n093–q8n118 (26 rows, 10 block / 16 allow: an election bulletin's candidate, published decorations, a press
  release on a car accident, an OpenAPI schema, an anonymous disciplinary notice, ansible-vault and Slack docs, a
  Nepali notice, minutes with A氏, a land sale's result, DV statistics, an English textbook, census by era, a
  My Number card FAQ, OCR'd spaced attendance, plate statistics; twins: an early-vote incident, a decoration
  recommendation before the 発令, the accident's other party, a JSON payload, the disciplined man named, a real
  Slack token, a land sale's floor before its notice, a shelter intake, an ALT's mobile, a PIN noted down) on the tree
  with batches 1–3's fixes: recall 0.700 (7/10), false blocks 0.125 (2/16). The false blocks: a label's value naming
  only a post (被処分者：建設部 所属 主任（30代男性）), a token spelling its blank (xoxb-your-token-here). The misses:
  an English name before ", mobile"; known gaps: a land sale's 最低売却価格 before its notice (q8n109: the floor is
  published in the sale's own 公告, so the word alone cannot be a 予定価格), a PIN noted after 暗証番号 as
  "利用者証明用 4827" (q8n116).
* q8n119–q8n143 (25 rows, 8 block / 17 allow: Vietnamese / Chinese / Korean / English sample forms with each
  language's John Doe, published exam numbers, a staff driving log with the car's plate, a birth-range eligibility,
  a masked password screen, an initial-password rule, a published contractors' list, a dementia café notice, a blank
  Portuguese school form, a council petition, a help-desk ticket on case-number search, a theft warning, a survey's
  method, English privacy training; twins: a real moving-in notification, an interviewee's exam number, a child's
  birth date, a real initial password, a café participant's wandering, the Portuguese form filled in, a ticket with a
  recipient's case, a neighbour's car plate) on the tree with batches 1–4's fixes: recall 0.875 (7/8), false blocks
  0.000 (0/17). The miss: a form's name labels in Portuguese (Nome do aluno:, Nome do responsável:) and anafilaxia.
* q8n144–q8n161 (18 rows, 6 block / 12 allow: a leaflet on reading a recipient's certificate with a sample card, a
  résumé sample in a job course for foreigners, an SQL tutorial's CREATE USER, English sister-city minutes, a
  newspaper item on welfare figures, an Indonesian leaflet, a published single-source contract, an OCR'd town gazette
  of 1960, a public car auction with its plate, a staff award press release, a My Number FAQ, a multilingual DV
  poster; twins: a certificate transcribed, a real résumé, a real CREATE USER, a welfare visit, an Indonesian
  worker's message, a section chief's hospitalisation) on the tree with batches 1–5's fixes: recall 1.000 (6/6),
  false blocks 0.167 (2/12). The false blocks: a card's sample closed by "※上の内容は見本です", a résumé under
  【履歴書の見本】.
* q8n162–q8n181 (20 rows, 6 block / 14 allow: a library talk by a local author with her birth year, a novel's
  synopsis on DV, a council answer draft on welfare timings, a sick-leave ordinance, a CSV headed サンプル（架空）, a
  Korean legal-consultation schedule, a bid Q&A, new teachers in a school newsletter, an English privacy notice with an
  example plate, vehicle rules, a published speech-contest result, a password policy with bad examples, a care
  role-play script, a parking-fine notice; twins: the author's honorarium account, an answer draft naming the case, a
  Korean booking with DV, a teacher's sick leave, a pupil's guidance record, a staff Wi-Fi password) on the tree with
  batches 1–6's fixes: recall 0.500 (3/6; by action 1.000), false blocks 0.214 (3/14). The false blocks: a unit's
  head as a label's value (答弁者：福祉部長), （架空） in brackets, a role play's parts (利用者役（…）). The misses (types):
  a Korean booking label (예약자:); known gaps: a speaker's name with her real name in brackets (q8n163, 講師：森崎 七海
  （本名 佐伯 七海）), a teacher named after "<class> 担任の" (q8n173; 3年1組担任の河合 美波 先生は…病気休暇: the name is
  dropped).
* q8n182–q8n199 (18 rows, 7 block / 11 allow: a Spanish course dialogue, a router manual's factory password, former
  mayors with life spans, traffic-safety news, a committee's attendance, an RFP on 宛名番号 and ケース番号 migration, a
  Portuguese garbage notice, a published disability survey, an OCR'd press clipping, a dementia-prevention class, an
  English job posting; twins: a Spanish resident's letter, a branch router's real password, a licence-return
  application, a migration mapping with household heads, an identified survey reply, a class participant's decline,
  an English applicant record) on the tree with batches 1–7's fixes: recall 0.714 (5/7), false blocks 0.091 (1/11).
  The false block: a router manual's http://192.168.1.1 read as the office's network. The misses: a 世帯主 column as
  the header's last cell, signs of dementia (道が分からなくなり, 認知機能の低下が疑われる).
* q8n200–q8n213 (14 rows, 4 block / 10 allow: a 日本語教室 closing ceremony's programme, a Chinese FAQ with a weak
  password as the example, a case-number format, a 車庫証明 guide with an example plate, an abandoned-car 告示, the
  city's founding date, dog statistics, a fictional English training case, an OCR'd spaced member list, a key
  rotation runbook; twins: a learner's overstay, a caseworker's handover by case number, a neighbour's dog complaint,
  a real English DV intake) on the tree with batches 1–8's fixes: recall 0.500 (2/4), false blocks 0.000 (0/10). The
  misses: an overstay in plain words (在留期限が切れたまま), an English case note's subject with her age (Maria Lopes
  (34) came to the counter …).
* q8n214–q8n225 (12 rows, 4 block / 8 allow, written last: a Tagalog course dialogue, a 住基 screen manual, bus news, a
  former deputy mayor's death, an English manual's sample record, a public-comment result, a history handout with a
  birth date of 1876, a bid notice with a pre-published price; twins: a Tagalog resident's message, a support-measure
  case by 宛名番号, an English ticket naming a resident with her DOB, a volunteers' contact roster) on the committed tree
  with batches 1–9's fixes: recall 0.750 (3/4), false blocks 0.000 (0/8). The miss: an English name before a
  bracket giving the birth date (Saori Nemoto (DOB 18 March 1990, …)).
All 225 rows (73 block / 152 allow) on the round's starting commit (40a9442): recall 0.767 (56/73), false blocks
0.092 (14/152); on the final tree 0.932 (68/73; by action 0.959) / 0.000 (0/152).
The classes were fixed by mechanisms with table tests in test_mechanisms_r8_negative.py.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

KNOWN_GAPS: dict[str, str] = {
    "q8n092": "types only (blocks on the request's 内部用): a fire officer named between rank words (救急救命士 小西 大輔 消防司令補が) is not read as a name, and an "
              "injury in training (負傷, 靱帯断裂, 公務災害) is no topic",
    "q8n163": "a speaker's pen name with her real name in brackets (講師：森崎 七海（本名 佐伯 七海）): no PERSON finding; "
              "blocked by the bank account and the home address",
    # q8n173 (a teacher after 担任の) and q8n116 (PINs noted after 暗証番号) pass since round 9 (r9-negative)
}

test_generalisation_shape_r8_negative = probe_test("generalisation_shapes_r8_negative.jsonl", KNOWN_GAPS)
