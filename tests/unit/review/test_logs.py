"""aigw logs: every filter against a brute-force reading of the same generated log, the output
formats, gzip/globs/directories, broken lines, and that foreign fields (prompt text) never show."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.cli import main as cli_main
from gateway.review import logs
from gateway.review.fixtures import generate, write_jsonl

AIGW = Path(sys.executable).with_name("aigw")


@pytest.fixture(scope="module")
def logdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("logs")
    write_jsonl(d / "gw1.jsonl", generate(3000, seed=1, gateways=("gw1",)))
    write_jsonl(d / "gw2.jsonl.gz", generate(2000, seed=2, gateways=("gw2",)))
    return d


@pytest.fixture(scope="module")
def every(logdir: Path) -> list[dict]:
    recs = [json.loads(x) for x in (logdir / "gw1.jsonl").read_text(encoding="utf-8").splitlines()]
    with gzip.open(logdir / "gw2.jsonl.gz", "rt", encoding="utf-8") as f:
        recs += [json.loads(x) for x in f]
    return sorted(recs, key=lambda r: r["time"])


def run(args: list[str]) -> str:
    return logs.render(args)


def as_json(logdir: Path, *args: str) -> list[dict]:
    return json.loads(run([str(logdir / "*.jsonl*"), "--format", "json", *args]))


def ids(recs: list[dict]) -> list[str]:
    return [r["request_id"] for r in recs]


def test_no_filter_reads_both_files_in_time_order(logdir: Path, every: list[dict]) -> None:
    got = as_json(logdir)
    assert len(got) == 5000
    assert [r["time"] for r in got] == sorted(r["time"] for r in got)
    assert sorted(ids(got)) == sorted(ids(every))


@pytest.mark.parametrize(
    ("args", "pred"),
    [
        (["--blocked"], lambda r: r["action"] == "block"),
        (["--action", "warn"], lambda r: r["action"] == "warn"),
        (["--user", "tanaka"], lambda r: r["user"] == "tanaka"),
        (["--user", "tanaka", "--user", "suzuki"], lambda r: r["user"] in ("tanaka", "suzuki")),
        (["--department", "福祉部"], lambda r: "福祉部" in (r.get("department") or "")),
        (["--service", "chatgpt"], lambda r: r["service"] == "chatgpt"),
        (["--reason", "not_approved"], lambda r: r["reason"] == "not_approved"),
        (["--reason", "jp_my_number"], lambda r: "jp_my_number" in r.get("scan_reasons", [])),
        (["--entity", "JP_MY_NUMBER"], lambda r: any(f["entity"] == "JP_MY_NUMBER" for f in r.get("findings", []))),
        (["--gateway", "gw2"], lambda r: r["gateway"] == "gw2"),
        (["--since", "2026-11-10", "--until", "2026-11-12"],
         lambda r: "2026-11-09T15:00:00.000Z" <= r["time"] < "2026-11-12T15:00:00.000Z"),
        (["--since", "2026-11-10T09:00+09:00", "--until", "2026-11-10T12:00"],
         lambda r: "2026-11-10T00:00:00.000Z" <= r["time"] < "2026-11-10T03:00:00.000Z"),
        (["--blocked", "--department", "総務部", "--service", "openai-api"],
         lambda r: r["action"] == "block" and "総務部" in (r.get("department") or "") and r["service"] == "openai-api"),
    ],
)
def test_filters_match_brute_force(logdir: Path, every: list[dict], args: list[str], pred) -> None:
    expected = [r for r in every if pred(r)]
    assert expected, "the fixture should exercise this filter"
    assert sorted(ids(as_json(logdir, *args))) == sorted(ids(expected))
    count = int(run([str(logdir), "--count", *args]))  # a directory works too
    assert count == len(expected)


def test_limit_keeps_the_newest(logdir: Path, every: list[dict]) -> None:
    got = as_json(logdir, "--blocked", "--limit", "5")
    assert ids(got) == ids([r for r in every if r["action"] == "block"][-5:])


def test_table_is_readable_japanese(logdir: Path) -> None:
    out = run([str(logdir / "gw1.jsonl"), "--user", "tanaka", "--limit", "3"])
    head = out.splitlines()[0]
    for h in ("時刻(JST)", "利用者", "所属", "サービス", "利用目的", "判定", "理由", "検出種別"):
        assert h in head
    assert "件（うちブロック" in out
    rows = out.splitlines()[2:5]
    assert all("tanaka" in r for r in rows)


def test_csv_columns_and_values(logdir: Path, every: list[dict]) -> None:
    out = run([str(logdir / "*.jsonl*"), "--entity", "JP_MY_NUMBER", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out)))
    expected = [r for r in every if any(f["entity"] == "JP_MY_NUMBER" for f in r.get("findings", []))]
    assert len(rows) == len(expected)
    assert all("JP_MY_NUMBER:" in r["findings"] for r in rows)
    assert rows[0]["time"].startswith("2026-11") and "T" not in rows[0]["time"]  # JST, readable


def test_jsonl_format(logdir: Path) -> None:
    out = run([str(logdir / "gw1.jsonl"), "--format", "jsonl", "--reason", "shadow_ai"])
    lines = [json.loads(x) for x in out.splitlines()]
    assert lines and all(r["reason"] == "shadow_ai" for r in lines)


def test_foreign_fields_and_other_events_never_shown(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    rec = next(generate(1))
    planted = dict(rec, prompt="秘密のプロンプト本文", body="個人番号 526018159084")
    lines = [json.dumps(planted, ensure_ascii=False), json.dumps({"event": "gateway_ready", "port": 1}),
             "{torn line", json.dumps(dict(rec, request_id="escaped1"), ensure_ascii=True)]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for fmt in ("table", "json", "jsonl", "csv"):
        out = run([str(f), "--format", fmt])
        assert "秘密" not in out and "526018159084" not in out
    got = json.loads(run([str(f), "--format", "json", "--department", rec["department"]]))
    assert [r["request_id"] for r in got] == [rec["request_id"], "escaped1"]  # \\u-escaped line still found
    assert "prompt" not in got[0] and "body" not in got[0]


def test_bad_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["logs", str(tmp_path / "missing.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert cli_main(["logs", str(tmp_path / "*.jsonl")]) == 2
    assert cli_main(["logs", str(tmp_path), "--since", "yesterday"]) == 2
    assert "cannot parse" in capsys.readouterr().err
    assert cli_main(["logs", str(tmp_path), "--since", "2026-11-02", "--until", "2026-11-01"]) == 2


def test_real_command(logdir: Path) -> None:
    p = subprocess.run([str(AIGW), "logs", str(logdir / "gw1.jsonl"), "--blocked", "--count"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert int(p.stdout) > 0


def test_jsonl_export_equals_the_records(logdir: Path) -> None:
    """The full JSONL export passes verified lines through as they are: same records, same order."""
    files = str(logdir / "*.jsonl*")
    exported = [json.loads(x) for x in run([files, "--format", "jsonl"]).splitlines()]
    assert exported == json.loads(run([files, "--format", "json"]))
    assert len(exported) == 5000


def test_jsonl_export_reserialises_lines_it_cannot_pass_through(tmp_path: Path) -> None:
    rec = next(generate(1))
    f = tmp_path / "odd.jsonl"
    def line(r: dict) -> bytes:  # as aigw writes them (gateway.logging.dumps)
        return json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode()

    good = line(rec)
    extra = line(dict(rec, request_id="extra1", prompt="秘密のプロンプト"))
    bad_utf8 = line(dict(rec, request_id="badutf8")).replace(
        rec["department"].encode(), b"\xff\xfe", 1)
    f.write_bytes(b"\n".join([good, extra, bad_utf8]) + b"\n")
    out = run([str(f), "--format", "jsonl"])
    got = [json.loads(x) for x in out.splitlines()]
    assert [r["request_id"] for r in got] == [rec["request_id"], "extra1", "badutf8"]
    assert "prompt" not in got[1] and "秘密" not in out
    assert got[0] == rec
