"""Issue 13, round 7 (helper r7-negative): false blocks on public and harmless work, and their sensitive twins (one
line of a private person's data buried in the same public document). Rows written before looking at the scanner
code for their class, each batch scored on the tree before its fixes:

* q7n001–q7n037 (37 rows, 12 block / 25 allow: 議会だより vote tables, まちの話題 with residents' ages, press releases on
  a mayor's trip, newspaper-style 人事異動 with 退職, children going to national contests with their school grade,
  死亡叙位, 学校だより officers, bid results with 予定価格 published after the opening, 教育委員会 minutes, role-play
  texts with 仮名, anonymised 要対協 cases, Japanese conference abstracts, 求人票, FAQ pages, Kubernetes logs, 町丁別
  population tables, OPAC records, 宗門人別改帳, news clippings quoting a resident, English ALT newsletters and public
  hearing notices, 交通安全 awards, pandas scripts, proposal results, novel quotes; twins: a petitioner's address, a
  child's heart condition with the mother's mobile, the bereaved family's address, the next bid's price, the
  disciplined teacher named, an overdue library user, a welfare household, a real 個人番号 in a training text, a
  patient referred by e-mail, applicants with mobiles, an env dump with a password, a residence card):
  recall 1.000 (12/12), false blocks 0.040 (1/25) — a conference abstract whose contact author (an ac.jp address)
  stood near the study's topic (要介護);
* q7n038–q7n075 (38 rows, 13 block / 25 allow: a long 広報 issue and three twins with one buried line (a cover child's
  disability, tax arrears, a staff member's sick leave), 戸籍 設例 with 甲野太郎, recruitment for people with
  disabilities, a published discipline with the special officials' pay cuts, 一般質問 notice lists (質問者 column),
  議会だより on 懲罰, welfare statistics by district, masking-function tests with dummy values, English structured
  abstracts, 戦没者 in a 市史, 当選人 lists, a news report of a former employee's arrest, anonymised English case
  studies, donor lists, ほけんだより, 甲乙 law exercises, committee recruitment results, 様式例, English FAQs, git
  diffs, retirees' messages, public hearings, a newspaper profile, suicide statistics, an anonymised abuse press
  release; twins: applicants with their disability certificates, a descendant's address, rejected applicants, a named
  abuse victim …): recall 0.769 (10/13), false blocks 0.160 (4/25) on the tree after the first batch's fix.

The misses were classes, each fixed by a mechanism with table tests (test_mechanisms_r7_negative.py): research
abstracts (public_studies), informational topics in rule_sensitive_with_contact, university and government
second-level mail domains under any country code and no context person from them, clinics named by their department,
weak name readings no longer making a facility line private, 設例 / 例題 markers with a real case ending the example,
council question lists (public_council), labelled row numbers and topic rows in lists the dictionary cannot all
confirm, weak labels with a bracketed qualifier before the colon, 編 alone no author role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data/generalisation_shapes_r7_negative.jsonl").open(encoding="utf-8")]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(reason=KNOWN_GAPS[r["id"]], strict=False))
                                 if r["id"] in KNOWN_GAPS else r for r in ROWS],
                         ids=[f"{r['id']}-{r['family']}" for r in ROWS])
def test_generalisation_shape_r7_negative(scanner, row):
    check_row(scanner, row)
