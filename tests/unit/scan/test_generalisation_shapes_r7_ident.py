"""Issue 13, round 7 (helper r7-ident): probe batches on identifiers, credentials, document markings and non-public
internal matters in shapes the scanner had seen little of, written apart from the scanner code for their class and
scored on this branch before any fix they led to:

* q7i001–q7i040 (40 rows, 22 block / 18 allow: JSON API responses, TOML and k8s Secret manifests, SQL dumps
  without a column list, MySQL result grids, stack traces, proxy logs with Basic credentials, curl with an API-key
  header, Excel pastes with merged cells, OCR'd residence cards, insurance cards and licences (letter-spaced lines,
  O for 0 and l for 1), attachment lists naming a welfare case, transfer details in chat, pension validation
  errors, compose extra_hosts of internal systems, OpenVPN configurations, 予定価格 in merged cells, a transfer
  draft before 内示, markings 【取り扱い注意】 / 機密性：2 / RESTRICTED; hard negatives: OpenAPI examples, published
  tender results, marked dummy SQL, public DNS, version inventories, public facility YAML, invoices, statistics,
  Docker Hub's example password, secretKeyRef, env-var curl, clean stack traces, public attachments, company
  accounts in half-width kana, LGWAN notices, 内示 schedules, spelling questions, sample API payloads):
  recall 0.818 (18/22), false blocks 0.000 (0/18). Misses: OCR'd cards (letters read for digits, letter-spaced
  lines) and an OpenVPN static key — fixed by `normalise.ocr_digits`, `markup.letter_spaced_packed` and the VPN
  key forms of `credential.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data/generalisation_shapes_r7_ident.jsonl").open(encoding="utf-8")]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(reason=KNOWN_GAPS[r["id"]], strict=False))
                                 if r["id"] in KNOWN_GAPS else r for r in ROWS],
                         ids=[f"{r['id']}-{r['family']}" for r in ROWS])
def test_generalisation_shape_r7_ident(scanner, row):
    check_row(scanner, row)
