"""Issue 13, round 10, helper r10-negative: independent probe batches on the balance between false blocks and misses —
each hard negative next to a true positive of the same shape — scored before any fix it led to:

* q10g001–q10g032 (32 rows, 16 block / 16 allow: a council's published minutes on 就学援助 and a member's relayed case,
  a published bid result and a 予定価格 before the opening, a 広報 staff introduction and the same staff's cancer leave,
  a welfare age-band table and a caseload TSV, a personal-information ordinance and a disclosure request, a
  public-comment result and its submitters, a published council roster and its contact list, published award winners
  and a candidate's background check, docker-compose with ${VAR} placeholders and with real secrets, a stack trace with
  and without a resident's record, an API document's example and a real reservation response, SQL DDL and an INSERT of
  a resident, a business mail thread with signatures and a son's mail about his mother's fracture, an English press
  release and a home-stay allocation with allergies, Vietnamese and Chinese public notices and a resident's case) on the
  round's starting commit (07c8409): recall 0.875 (14/16), false blocks 0.000 (0/16). The misses: a Vietnamese
  resident named with a kinship honorific (Chị Nguyễn Thị Lan, with a birth date and a mobile: warn); a Chinese form's
  name label with a spaced name (姓名：王 丽华) (both then fixed: test_mechanisms_r10_negative.py).
* q10g033–q10g058 (26 rows, 13 / 13: Korean, Portuguese, Tagalog and Nepali public notices and a resident's DV case,
  school refusal, pregnancy without a visa and unpaid injury in each language; a budget paste and a single-parent
  medical-aid paste; an HTML table of shelters and of residents needing evacuation support; an nginx error log and an
  app log with a form's payload; a business mail thread signed by staff and a thread about a colleague's sick leave;
  GitHub Actions with ${{ secrets.* }} and with inline AWS keys; a records regulation and a 機密性2 reorganisation
  draft; mixed English-Japanese meeting notes and a home-visit note; a care-need table with suppressed cells and a
  named one; a 記入例 with 090-XXXX-XXXX and prose with the sample number 090-1234-5678) on the tree with batch 1's
  fixes: recall 0.846 by types (11/13; 0.923 by action), false blocks 0.077 (1/13). The false block: a business
  thread's header lines (差出人: 村井 健二（財政課）, 宛先: 各課庶務担当 read as a name, > 差出人: 小松 由香（子育て支援課）)
  made a roster of three. The misses: a Tagalog resident after the article Si; by types, the sample number
  090-1234-5678 in a line of prose about a resident (ignored as an example everywhere). Each then fixed as a class.
* q10g059–q10g082 (24 rows, 12 / 12: a 広報 obituary column and the death-registration list behind it, a published
  petition and a member's private consultation, a published bidder registry and a sole proprietor's tax check, Django
  settings from os.environ and hard-coded, a Java stack trace with and without a failing row of a resident, open-data
  JSON and a library's user export, an aggregate SQL and an UPDATE with a resident's values, a company's quoted mail
  and a resident's quoted mail with a signature, an English job posting and a staff performance memo, a Korean
  health-check notice and a resident's letter, vital statistics and a 扶養 paste with 個人番号, an English/Tagalog
  disaster notice and a shelter intake) on the tree with batches 1–2's fixes: recall 1.000 (12/12), false blocks
  0.000 (0/12).
* q10g083–q10g104 (22 rows, 11 / 11: a published list of election candidates with ages and towns and a campaign
  worker in a private incident memo, published decorations with ages and a recommendation file with a conviction and a
  stroke, a published licence revocation and a neighbour's dumping report naming a man with dementia, a Kubernetes
  Secret with <PLACEHOLDER>s and with base64 values, a batch log with masked and with unmasked values, public committee
  minutes where a 公募委員 speaks of her own post-natal depression and the office's private note of her separation, a
  Portuguese notice and a consultation record, a forwarded mail naming a lecturing doctor and one referring a patient,
  a disability crosstab and a renewal list, an English/Japanese incident report with and without a misdirected mail,
  a Nepali school notice and a parent's letter) on the tree with batches 1–3's fixes: recall 0.909 (10/11), false
  blocks 0.000 (0/11). The miss: a Portuguese record naming the resident after Sr., with a dismissal and his wife's
  dialysis (no finding but the mobile; then fixed as a class).
* q10g105–q10g120 (16 rows, 8 / 8: a published transfer list and one before 内示, council minutes with an anonymised
  case and a member's memo naming the resident, a pytest fixture of sample residents (example.com, 090-1234-5678) and
  one copied from production, a staff signature with a work mobile and a sick-leave mail with a private one, a Korean
  notice naming the staff contact and a wage-theft consultation, a Chinese consul's visit and a student's case, a README
  with $TOKEN and with a real bearer token, anonymous public comments and the raw forms with contacts) on the tree
  with batches 1–4's fixes: recall 1.000 (8/8), false blocks 0.000 (0/8).
* q10g121–q10g136 (16 rows, 8 / 8: an AI-use notice quoting 「山田太郎さん（090-1234-5678）の件」のように as what not to
  write and a complaint with the same number in prose, an API document's sample request and a logged real one, an
  anonymised training case and one with the real name, a newspaper's festival article quoting the organiser and the
  festival's injury report, a local historical figure's biography with his life span and tuberculosis and a
  descendant's request, an English anonymised case study and a named case record, a training attendance TSV of staff
  and their absence reasons, an SQL tutorial's sample rows and a real member's row) on the tree with batches 1–5's
  fixes: recall 1.000 (8/8), false blocks 0.250 (2/8). The false blocks: the AI-use notice (the sample number, now
  someone's in prose since batch 2's fix, beside a name inside a quote marked as an example by のように after it);
  the biography (a life span in brackets after a name made a label's value by its reading). Each then fixed as a class.
* q10g137–q10g148 (12 rows, 6 / 6: a published 民生委員 list by area and their home contacts, an ordinance's fee table
  and a disabled applicant's fee exemption, open-data AED CSV and ambulance transports, an English vendor thread and a
  parent's complaint about an allergic reaction, a Vietnamese consulate notice naming the consul and a trainee whose
  passport is held, a consented 広報 volunteer profile and the circle's member list with disabilities) on the tree with
  batches 1–6's fixes: recall 1.000 (6/6), false blocks 0.167 (1/6). The false block: the volunteer profile (聴覚障害
  describes the friend she learnt sign language for, not her); then fixed as a class.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

KNOWN_GAPS: dict[str, str] = {}

test_generalisation_shape_r10_negative = probe_test("generalisation_shapes_r10_negative.jsonl", KNOWN_GAPS)
