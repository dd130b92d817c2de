"""Issue 13, round 7: the lead's independent probe batches, written apart from the scanner and the helpers' work, each
scored before any fix it led to:

* y7a (40 rows, 20 block / 20 allow: error logs with a name in the URL, misdelivery apologies, 異動 minutes before
  the 内示, nursery TSV exports, English residence certificates, connection strings, a buried care note in a 広報
  article, DV support records, 予定価格 before the opening, health-check tables, school guidance, dunning requests,
  refund card numbers, JSON with 個人番号, network designs, 機密性２ drafts, residents' letters, English sick-leave
  sheets, an unannounced arrest, vaccination forms; negatives: nginx logs, the mayor's column, a published 人事異動,
  記入例, an English abstract, environment-variable code, bid results, council minutes, fiction, rule questions,
  staff mail, statistics, an anonymised case study, a job posting, release notes, local history, a facility list,
  test cards, an event notice, an HR policy) on the round's starting commit: recall 0.950 (19/20), false blocks
  0.000 (0/20). The miss: a pupil's absences counted and the school social worker brought in.
* y7c (30 rows, 15 / 15: residents' letters and forms in Portuguese, Chinese, Vietnamese, Korean and English,
  long reports with one buried line, HTML mail, romanised CSV headers, 個別の指導計画, a hospital's unannounced plan,
  a staff interview record, PowerShell credentials; negatives: the same languages' notices and guidance, the report
  clean, templates, placeholders, a guide to writing plans, a press release, English policy and fiction, training)
  on the round's starting commit: recall 0.533 (8/15), false blocks 0.000 (0/15). The misses were classes:
  self-introductions and name labels in residents' languages with the words their consultations turn on, romanised
  headers (Shimei), staff named in brackets after 本人, English words of labour exploitation.
* y7d (36 rows, 18 / 18: 要対協 case conferences, phone memos with era birth dates, 課税明細, 戸籍の附票, refund
  accounts, care assessments, API keys in access logs, .npmrc tokens, Azure connection strings, internal traceroutes,
  最低制限価格 workings, maternal health visits, 罹災証明, Maps keys, replies to free mail, personnel evaluations, SMS
  logs, Slack threads about a colleague's health; negatives: the same domains' statistics, public land sales, the
  city's donation account, guidance, the Azure Storage emulator's documented key, public logs, network-model
  questions, pre-published prices, templates, duty chats) on the tree with y7a/y7c's fixes: recall 1.000 (18/18),
  false blocks 0.111 (2/18). The false blocks: a documented example key inside a connection string, and a
  traceroute through documentation-range (TEST-NET) addresses read as private ones.
* y7e (24 rows, 12 / 12: short chatty prompts with the data inline, numbers asked about, code comments with a real
  birth date, Excel formulas over real cells, regex questions with a resident's address, translations, markdown
  lists, a password asked about, LINE messages, form mail; negatives: each one's twin without the data) on the tree
  with y7a–y7d's fixes: recall 0.583 (7/12), false blocks 0.000 (0/12). One row was relabelled allow before any fix:
  y7802, a bare 12-digit number with no label ("これ何の番号？") is the labelling rule's negative (a number passing the
  check digit with no label nearby). The misses were classes: a birth date written as a date followed by 生 beside
  a name, a password after an arrow, an old person's memory loss; a surname glued to a verb before です (y7810) is
  a known gap.
* y7f (24 rows, 12 / 12: more short asks — a call to make with a mobile, a welfare case number, a care insurance
  number, dictated memos, an abandoned car's owner, a student's grades, a staff member's absences, an SMS to a
  hiragana name, DV interviews, directions to a home, a recipient's certificate, a colleague's harassment; negatives:
  each one's twin without the person) on the tree with y7a–y7e's fixes: recall 0.667 (8/12), false blocks 0.000
  (0/12). The misses were classes: record numbers of municipal systems beside a name (宛名番号, ケース番号, 学籍番号,
  職員番号, 受給者番号), welfare shorthand (生保, 収入認定), 無断欠勤, a vehicle's registration plate beside its owner
  (a new entity, JP_VEHICLE_PLATE; 所有者 now labels a person when a name follows).
* y7g (8 rows, 4 / 4: long documents of 2–3 KB — council minutes, a business plan, a backup runbook, a benefits
  manual — each with one buried line, and each clean) on the tree with y7a–y7f's fixes: recall 0.750 (3/4), false
  blocks 0.000 (0/4). The miss: a member of staff named after "<title>の" (担当係長の 石川 和樹 が…病気休暇中).
* y7h (20 rows, 10 / 10: English and mixed handover notes, complaints with free mail, pupils' records, refunds by
  card, an internal draft, a parent's mail, an API key in a shell, HR notes, subsidy letters, DV case summaries;
  negatives: their public or template twins) on the tree with y7a–y7g's fixes: recall 0.700 (7/10), false blocks
  0.000 (0/10). The misses: English signs of domestic abuse (bruises, a women's shelter, a husband controlling the
  money), a draft not to be shared before its briefing; a family named only by English given names (y71401) is a
  known gap.
* y7i (20 rows, 10 / 10: accident reports with the other party, disclosure requests, dog registers, subsidy
  refusals, farmland consultations, care-home inspections, complaint logs, audit requests, medical subsidies,
  volunteers' visit reports; negatives: each domain's public notice or form) on the tree with the lead's y7a–y7h
  fixes and the person and ident helpers merged: recall 0.700 (7/10), false blocks 0.000 (0/10). The misses: one
  space between a town and its lot number (本町 1182-3, 字前田 1024番), signs of dementia (同じ話を何度も, 薬を飲み忘れ);
  an audit request's claimant with an allegation about his former employer (y71608) is a known gap.
* y7j (18 rows, 4 / 14: redacted requests, number noise, marking lookalikes, sensitive topics with no person, sample
  data, and four twins carrying real data) on the fully merged tree but the negative helper's: recall 1.000 (4/4),
  false blocks 0.071 (1/14). The false block: a request declaring its data dummy ("テスト用のダミーデータです") on the
  first line, the rows in the next paragraph; the declaration now covers the paragraph it introduces. Its twin with
  one real-looking row among the dummy ones (y71904) is then allowed: a known gap (Faker's dummy rows look as real).
* y7b (40 rows, 20 / 20: Teams threads about a recipient's hospital stay, quoted mail with a resident's mobile, SQL
  INSERTs, a Slack token in compose, OCR'd residence cards with misread digits, 基礎年金番号 consultations, 高額療養費
  forms, an English allowance letter with a passport, non-public discipline minutes, a council answer with one buried
  line, sick-leave CSVs, a debt consultation transcript, AWS keys in a workflow, a foreign trainee's injury, an
  anonymous caller's address and birth date, a Wi-Fi key in a handover, 部外秘 minutes, an association's free-mail
  list, a juvenile's shoplifting, an OCR'd hiragana questionnaire; negatives: each one's public, template or
  documented-example twin), **written at the round's start and kept unscored until every fix and merge of the round
  was in**, then scored once: on the round's starting commit recall 0.850 (17/20), false blocks 0.050 (1/20); on the
  final merged tree recall 0.900 (18/20), false blocks 0.000 (0/20) — by action alone 0.950 (19/20), a passport
  letter missing only its JP_ADDRESS type. The round's best held-out estimate. Its one miss by action (a foreign
  trainee named with a dotted katakana reading, an unreported workplace injury) was then fixed as a class.

Each class was fixed by a mechanism with its own table tests (test_mechanisms_r7_lead.py). Round 8's English helper
fixed three of the known gaps as classes: y7208 (an address opening with the building), y7407 (a Korean address), y71401
(a family named by English given names).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS = {
    "y71904": "a real-looking name and mobile among rows the request declares dummy data: read as part of the "
              "declared example (Faker's dummy rows look just as real)",
    "y71608": "a 住民監査請求's claimant named with his own allegation about his former employer: no sensitive topic "
              "the scanner knows",
    "y7717": "a traceroute to a public host whose one private hop is the home router (192.168.1.1): still read as an "
             "internal network (allow is a judgement call; one private address is enough for the rule)",
}

test_generalisation_shape_r7_lead = probe_test("generalisation_shapes_r7_lead.jsonl", KNOWN_GAPS)
