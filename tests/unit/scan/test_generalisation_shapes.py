"""Whole prompts written for issue 13's generalisation work, independently of the shared corpora, one
family per class of problem: identifiers in other groupings (brackets, 、, 2-3-3-4, label after the
number, a CSV row without header, code fields), names after role labels (被害申告者:, 傷病者:), in
self-introductions with a spoken phone number, rare or hiragana given names before a spaced honorific,
pupils named after their class, English names with English birth dates, staff as the subject of salary,
health, leave, evaluation and disciplinary records, a birth date with a free-mail address, credentials
in positional arguments, bracketed qualifiers and PowerShell, restrictions declared on a note line,
bid prices "not published in advance" (block); and published directories with a title column or
manager-name column, council rosters, English officials with office numbers, API output examples,
documented example keys, subnetting questions with example addresses (allow).

Rows h1…–h8… (a second round of probe batches, each scored before its fixes): voicemail and call
transcripts (a spaced kana or kanji name + です, numbers read out in kanji numerals with の/、/・),
English names with apostrophes and hyphens (intros, honorifics, rows, signatures), Latin and dotted katakana
names before さん/様, children named with a school grade, foreign residents' names, long public documents with
one buried line, code and data exports (psql, HTML, JSON keys, .env, Wi-Fi QR) (block); minutes whose staff
speakers head their lines, English 記入例 forms, jwt.io's sample token, placeholder keys, facility phone lists,
committee rosters with roles, fiction with spoken names (allow).

Each row is judged on the decision; a blocked row must also carry the entity types it lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway.unwrap import with_hidden


ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data/generalisation_shapes.jsonl").open(encoding="utf-8")]
# the entity a reviewer names may be reported under a sibling entity (取扱注意 is a marking either way)
SIBLINGS = {"HANDLING_RESTRICTION": {"CLASSIFICATION_MARKING"}, "CLASSIFICATION_MARKING": {"HANDLING_RESTRICTION"}}



def probe_rows(data_file: str, known_gaps: dict[str, str] | None = None) -> list:
    """The rows of a probe file (``data/<data_file>``) as test parameters, ids ``<id>-<family>``; a row listed in
    ``known_gaps`` is a non-strict xfail with its reason."""
    gaps = known_gaps or {}
    rows = [json.loads(line) for line in (Path(__file__).parent / "data" / data_file).open(encoding="utf-8")]
    return [pytest.param(r, id=f"{r['id']}-{r['family']}",
                         marks=pytest.mark.xfail(reason=gaps[r["id"]], strict=False) if r["id"] in gaps else ())
            for r in rows]


def probe_test(data_file: str, known_gaps: dict[str, str] | None = None):
    """A test over the rows of a probe file (``probe_rows``), bound to a module's name: ``test_… = probe_test(…)``."""

    @pytest.mark.parametrize("row", probe_rows(data_file, known_gaps))
    def test(scanner, row):
        check_row(scanner, row)

    return test


def check_row(scanner, row) -> None:
    """The row's decision, and for a blocked row the entity types it lists (or a sibling of each). The row is read
    as the gateway and ``aigw scan`` read a prompt: with the text hidden in its encodings (``with_hidden``)."""
    result = scanner.scan(with_hidden(row["text"])[0])
    assert (result.action == "block") == (row["expect"] == "block"), row["family"]
    if row["expect"] == "block":
        found = {f.entity for f in result.findings}
        for t in row["types"]:
            assert t in found or found & SIBLINGS.get(t, set()), (row["family"], t)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['id']}-{r['family']}" for r in ROWS])
def test_generalisation_shape(scanner, row):
    check_row(scanner, row)
