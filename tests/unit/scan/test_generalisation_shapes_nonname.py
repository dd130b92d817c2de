"""Whole prompts written for issue 13's non-name classes, independently of the shared corpora:
credentials in code and config forms (dict and properties assignments, Oracle thin and ODBC
connection strings with braced values, .env files, Wi-Fi keys, AWS/Azure/GCP keys, PEM keys, bearer
and JWT tokens in curl and logs, kubeconfig and docker config.json auth, command-line passwords,
positional FTP arguments, markdown handover tables, net use, glued パスワード labels, ID/PW pairs,
network-device type 0/7 passwords, PuTTY keys), markings in other spellings and forms
(【機密性２】, （機密性 ２）, 機密性Ⅱ, ruled lines, table cells after a 区分 label, English
classification lines), and non-public internal matters (予定価格 before the opening, also as a CSV
column; 人事異動案 before 内示; VLAN / iptables / Cisco configs with private addresses, hosts files)
(block); and
documented example keys, placeholders, redacted values, hashes and UUIDs, password rules, quiz and
policy texts about markings, classification definition tables, parcel stickers, 機密性１ and 公開
notices, copyright notices, validation rules, textbook host examples, contact desks, published bid results and personnel summaries, home-router and subnetting questions (allow).

Each row is judged on the decision; a blocked row must also carry the entity types it lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data/generalisation_shapes_nonname.jsonl").open(encoding="utf-8")]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['id']}-{r['family']}" for r in ROWS])
def test_generalisation_shape_nonname(scanner, row):
    check_row(scanner, row)
