"""Issue 13, round 5: the lead's independent probe batches (128 rows, 62 block / 66 allow), written without looking
at the scanner and scored before any fix of the round (helpers' or lead's):

* x5 (40 rows: e-mails to rewrite, TSV/CSV exports, error logs, minutes, case records, English mail, code and
  config, markings, bid prices, internal networks, published directories, 記入例, public accounts, fiction):
  recall 0.909, false blocks 0.056;
* x6 (34: From: lines, markdown rosters, OCR'd numbers, disciplinary and medical records, English complaints,
  voicemail transcripts, .env files, curl commands, ordinances, budget tables, API docs, UUID logs, sample keys):
  recall 0.889, false blocks 0.062;
* x7 (26: SQL inserts, survey free text, Teams threads, HTML tables, spaced OCR, family registers, English case
  notes, LINE messages, Ansible vars, git remotes, school records; rosters of committees, JSON schemas, RFC 1918
  teaching text): recall 0.786, false blocks 0.083;
* x8 (28: mostly hard negatives — 広報 interviews, obituaries, meeting notices, FAQs, English press, SQL schemas,
  toll-free numbers, company accounts, password policies, published 人事, Kubernetes manifests): recall 1.000,
  false blocks 0.100.

x5–x7 were scored on the round's starting commit; x8 later, before any helper's work was merged. All four:
recall 0.887 (55/62), false blocks 0.076 (5/66). After the merges and the lead's fixes every row but one passes
(below).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


# x7009 (a self-introduction by surname and です before the writer's own mobile) was a known gap until round 6
# (person_contacts._spoken_surname)
KNOWN_GAPS: dict[str, str] = {}

test_generalisation_shape_r5_lead = probe_test("generalisation_shapes_r5_lead.jsonl", KNOWN_GAPS)
