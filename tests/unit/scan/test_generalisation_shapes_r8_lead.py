"""Issue 13, round 8: the lead's independent probe batches, written apart from the scanner and the helpers' work, each
scored before any fix it led to:

* y8a (30 rows, 15 block / 15 allow: document shapes of the tools staff paste from — a meeting transcript with
  speaker labels, an iCalendar event, a PDF paste with its lines broken, a kintone CSV export, an Excel paste with
  empty cells, a forwarded Outlook mail from free mail, an Ansible playbook, an internal staffing table, a parent's
  handwritten note read by OCR, public minutes with one non-public line, a vCard, a JSON log, a Teams chat, a dunning
  notice, a discipline draft; negatives: each one's public, template or placeholder twin) on the round's starting
  commit (40a9442): recall 0.800 by types (12/15) and 0.933 by action (14/15), false blocks 0.000 (0/15). The miss
  by action: a child's fever and medicine written in kana under a half-width kana name with its age (ｻﾄｳ ﾕｳｷ（5才）,
  ねつ あり, くすり のませました). The type misses: a vCard's FN line (no PERSON), an address broken over lines by a
  PDF paste (a known gap).
* y8c (30 rows, 15 / 15: program output and records of municipal procedures — a pandas DataFrame, psql output, a
  résumé, a medical certificate, an evacuee list, a voter-list extract, a staff survey's free answers, a Q&A
  interview record, a land registry extract, a YAML fixture copied from production, a git diff, mail headers with free
  mail, an income certificate, a 現況届 with DV, an access log with a percent-escaped name; negatives: their public,
  template or dummy twins) on the tree with y8a's fixes: recall 0.733 by types (11/15) and 0.800 by action (12/15),
  false blocks 0.000 (0/15). The misses by action: a name given in answer to "お名前は？" with a resident's words about
  losing the job and the rent; a percent-escaped name in a log with a mobile; a member of staff answering a survey
  about her own husband's DV (then fixed: a member of staff followed by their own family member). The type miss: a voter-list extract's birth dates in a space-separated
  table (a known gap).
* y8d (8 rows, 4 / 4: long documents — a childcare plan, a file-server runbook, a consultation report, school-board
  minutes — each with one buried line: a child at risk, a migration account's password, a resident's mobile left in
  an "anonymised" case, a bullied pupil named; and each clean) on the tree with y8a and y8c's fixes: recall 1.000
  (4/4), false blocks 0.000 (0/4).
* y8e (16 rows, 4 / 12: published lists and notices naming people — honours, awards, petitions, holiday doctors,
  an election's candidates, an accident press release, street names, local history, a transfer greeting, a freeman's
  obituary, a business directory, a volunteer call — and four twins carrying private data) on the same tree: recall
  0.750 (3/4), false blocks 0.083 (1/12). The false block: an election's list of candidates with their ages (a
  roster); the miss: a member of staff given after 職員: in a transfer-wish interview, with a parent's care level and
  their own hospital visits.
* y8f (20 rows, 10 / 10: identifiers in odd groupings and carriers — spaced digits, 3-3-3-3 groups, bracketed groups,
  a number broken over a FAX transcript's lines, a name,number,phone CSV, full-width and kanji digits, a card with
  dots, groups as strings of a JSON array, an SQL UPDATE; negatives: their placeholders, order numbers, public
  corporate numbers, test cards, bind parameters) on the tree with y8a–y8e's fixes: recall 0.800 (8/10), false blocks
  0.000 (0/10). The misses: a number assigned to a field named for it (SET my_no = '…'); its groups as a JSON
  array's strings (a known gap).
* y8b (40 rows, 20 / 20: a Google Forms export of childcare consultations, a case-study slide with a street address and
  signs of dementia, pytest contacts of parents, a chatty question about a colleague's 個人番号, a psql connection
  string with a password, a voice memo left in kana, a refund with a card, a PTA mailing list of free mail, an
  unpublished reorganisation, an English DV handover, a 広報 draft with one buried editor's note, a 関係者限り
  notice, a JSON API of a family's birth dates, a pupil's absences and diagnosis, a delivery slip, an arrears memo, a
  staff Wi-Fi key, a staff evaluation, a police inquiry, an SMS to a care recipient; negatives: each one's public,
  template or placeholder twin), **written at the session's start and kept unscored until every fix and merge of
  the round was in**, then scored once: on the round's starting commit (40a9442) recall 0.800 (16/20), false blocks
  0.000 (0/20); on the final merged tree recall 0.850 (17/20), false blocks 0.000 (0/20). The round's best held-out
  estimate. One of its misses (a name in brackets after 本人 in an arrears memo) was then fixed as a class (a full
  name in brackets after a record role); two stay known gaps.

Each class was fixed by a mechanism with its own table tests (test_mechanisms_r8_lead.py).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


# Round 8's five known gaps (y8103 an address broken by a PDF paste, y8306 a space-aligned voter list's birth dates,
# y8609 a 個人番号 as a JSON array of groups, y8202 an anonymised case with a flat-level address and a health topic,
# y8213 a JSON API's abbreviated keys) pass since round 9's document-shape mechanisms (r9-docs).
KNOWN_GAPS: dict[str, str] = {}

test_generalisation_shape_r8_lead = probe_test("generalisation_shapes_r8_lead.jsonl", KNOWN_GAPS)
