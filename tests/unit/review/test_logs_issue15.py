"""aigw logs (issue 15): look-up by 参照番号, one word 参照番号, entity names as the scanner spells
them (aliases, unknown names refused), and a quiet stop when the reader of a pipe goes away."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.review import logs
from gateway.review.fixtures import generate, write_jsonl
from gateway.scan.config import CANONICAL_ENTITIES

AIGW = Path(sys.executable).with_name("aigw")


@pytest.fixture(scope="module")
def logfile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("logs15") / "gw.jsonl"
    write_jsonl(p, generate(4000, seed=3))
    return p


def recs(p: Path) -> list[dict]:
    return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()]


def test_id_finds_exactly_that_request(logfile: Path) -> None:
    target = recs(logfile)[1234]["request_id"]
    got = json.loads(logs.render([str(logfile), "--id", target, "--format", "json"]))
    assert [r["request_id"] for r in got] == [target]
    assert logs.render([str(logfile), "--id", "000000000000", "--count"]).strip() == "0"
    two = [recs(logfile)[i]["request_id"] for i in (5, 3000)]
    got = json.loads(logs.render([str(logfile), "--id", two[0], "--id", two[1], "--format", "json"]))
    assert sorted(r["request_id"] for r in got) == sorted(two)


def test_table_says_参照番号_never_要求ID(logfile: Path) -> None:
    out = logs.render([str(logfile), "--limit", "3"])
    assert "参照番号" in out.splitlines()[0] and "要求ID" not in out


@pytest.mark.parametrize("given", ["MY_NUMBER", "my_number", "JP_MY_NUMBER", "jp-my-number", "ＭＹ＿ＮＵＭＢＥＲ"])
def test_entity_aliases_match_the_scanner_name(logfile: Path, given: str) -> None:
    expected = sum(1 for r in recs(logfile) if any(f["entity"] == "JP_MY_NUMBER" for f in r.get("findings") or ()))
    assert expected > 0
    assert logs.render([str(logfile), "--entity", given, "--count"]).strip() == str(expected)


def test_unknown_entity_is_refused_with_the_known_names(logfile: Path) -> None:
    p = subprocess.run([str(AIGW), "logs", str(logfile), "--entity", "MYNUMBER"], capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 2 and "MYNUMBER" in p.stderr and "JP_MY_NUMBER" in p.stderr
    assert "Traceback" not in p.stderr


def test_help_names_entities_the_scanner_uses() -> None:
    p = subprocess.run([str(AIGW), "logs", "--help"], capture_output=True, text=True, timeout=60)
    named = {w.strip(",();:") for w in p.stdout.split()
             if w.strip(",();:").isupper() and "_" in w and not w.startswith("$")}
    assert named and named <= set(CANONICAL_ENTITIES) | {"MY_NUMBER"}
    assert "--id" in p.stdout


def test_closed_pipe_prints_no_traceback(logfile: Path) -> None:
    cmd = f"'{AIGW}' logs '{logfile}' --format csv | head -n 2"
    p = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=60)
    assert len(p.stdout.splitlines()) == 2
    assert "Traceback" not in p.stderr and "BrokenPipe" not in p.stderr, p.stderr
