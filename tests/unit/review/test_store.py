"""The audit store (DuckDB): the same answers as the JSONL reader, incremental and idempotent ingestion
(appends, a torn last line, rotation and gzip without duplicates), and no foreign field ever stored."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.review.fixtures import generate, write_jsonl
from gateway.review.logs import Query, parse_when, read_records
from gateway.review.store import AuditStore

AIGW = Path(sys.executable).with_name("aigw")
SECRET = "4111111111111111 機密性２ 山田太郎 my-number 123456789018"


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("store-logs")
    write_jsonl(d / "gw1.jsonl", generate(6000, seed=21, gateways=("gw1",)))
    write_jsonl(d / "gw2.jsonl.gz", generate(4000, seed=22, gateways=("gw2",)))
    return d


@pytest.fixture(scope="module")
def store(month: Path, tmp_path_factory: pytest.TempPathFactory) -> AuditStore:
    s = AuditStore(tmp_path_factory.mktemp("db") / "audit.duckdb")
    got = s.ingest(sorted(month.iterdir()))
    assert got.lines == 10000 and got.files == 2
    return s


QUERIES = [
    Query(),
    Query(users=("tanaka",)),
    Query(departments=("総務部",), actions=("block",)),
    Query(services=("chatgpt", "claude"), reasons=("confidential_data",)),
    Query(reasons=("jp_my_number",)),
    Query(entities=("JP_MY_NUMBER", "CREDENTIAL")),
    Query(gateways=("gw2",), since=parse_when("2026-11-10"), until=parse_when("2026-11-12", end=True)),
]


@pytest.mark.parametrize("q", QUERIES, ids=range(len(QUERIES)))
def test_same_answers_as_the_jsonl(store: AuditStore, month: Path, q: Query) -> None:
    expected = read_records(sorted(month.iterdir()), q)
    assert store.count(q) == len(expected)
    got = store.records(q)
    assert sorted(r["request_id"] for r in got) == sorted(r["request_id"] for r in expected)
    assert [r["time"] for r in got] == sorted(r["time"] for r in got)
    strip = lambda r: {k: v for k, v in r.items() if v is not None}  # noqa: E731
    assert {r["request_id"]: strip(r) for r in got} == {r["request_id"]: strip(r) for r in expected}


def test_lookup_by_参照番号_and_newest(store: AuditStore, month: Path) -> None:
    every = read_records(sorted(month.iterdir()))
    rid = every[777]["request_id"]
    assert [r["request_id"] for r in store.records(Query(request_ids=(rid,)))] == [rid]
    newest = store.records(Query(), limit=5)
    assert [r["time"] for r in newest] == [r["time"] for r in every[-5:]]


def test_incremental_torn_line_rotation_and_gzip(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    recs = list(generate(300, seed=5))
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in recs]
    live = logs / "gw.jsonl"
    live.write_text("\n".join(lines[:100]) + "\n" + lines[100][:30], encoding="utf-8")  # a writer mid-line
    s = AuditStore(tmp_path / "a.duckdb")
    assert s.ingest([live]).lines == 100
    with open(live, "a", encoding="utf-8") as f:
        f.write(lines[100][30:] + "\n" + "\n".join(lines[101:200]) + "\n")
    assert s.ingest([live]).lines == 100
    assert s.ingest([live]).lines == 0  # idempotent
    rotated = logs / "gw.jsonl.1.gz"  # logrotate: rename, compress, new live file
    with open(live, "rb") as src, gzip.open(rotated, "wb") as dst:
        shutil.copyfileobj(src, dst)
    live.write_text("\n".join(lines[200:]) + "\n", encoding="utf-8")
    assert s.ingest(sorted(logs.iterdir())).lines == 100
    assert s.count(Query()) == 300
    assert sorted(r["request_id"] for r in s.records(Query())) == sorted(r["request_id"] for r in recs)


def test_foreign_fields_never_enter_the_store(tmp_path: Path) -> None:
    rec = dict(next(generate(1, seed=9)), prompt=SECRET, text=SECRET, matched=SECRET)
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    s = AuditStore(tmp_path / "b.duckdb")
    s.ingest([p])
    assert SECRET not in json.dumps(s.records(Query()), ensure_ascii=False)
    assert SECRET.encode() not in (tmp_path / "b.duckdb").read_bytes()


def test_cli_store_gives_the_same_output(month: Path, tmp_path: Path) -> None:
    args = [str(AIGW), "logs", str(month), "--entity", "MY_NUMBER", "--department", "福祉部", "--format", "csv"]
    plain = subprocess.run(args, capture_output=True, text=True, timeout=120)
    stored = subprocess.run([*args, "--store", str(tmp_path / "c.duckdb")], capture_output=True, text=True,
                            timeout=120)
    assert plain.returncode == stored.returncode == 0, stored.stderr
    assert plain.stdout == stored.stdout and plain.stdout.count("\n") > 10
    n = subprocess.run([str(AIGW), "logs", str(month), "--blocked", "--count", "--store", str(tmp_path / "c.duckdb")],
                       capture_output=True, text=True, timeout=120)
    assert int(n.stdout) == sum(1 for r in read_records(sorted(month.iterdir())) if r["action"] == "block")


def test_report_from_the_store_matches(month: Path, tmp_path: Path) -> None:
    outs = []
    for extra in ([], ["--store", str(tmp_path / "r.duckdb")]):
        out = tmp_path / f"out{len(extra)}"
        p = subprocess.run([str(AIGW), "report", str(month), "--month", "2026-11", "--out", str(out), *extra],
                           capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stderr
        outs.append((json.loads(p.stdout), (out / "2026-11_by_department.csv").read_text(encoding="utf-8-sig")))
    assert outs[0][0]["interactions"] == outs[1][0]["interactions"] and outs[0][1] == outs[1][1]


def test_hour_groups_match_the_jsonl(store: AuditStore, month: Path) -> None:
    import datetime as dt

    recs = read_records(sorted(month.iterdir()))
    hour = lambda t: int(dt.datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp() // 3600)  # noqa: E731
    expected: dict[tuple[str, int], int] = {}
    for r in recs:
        k = (r["service"], hour(r["time"]))
        expected[k] = expected.get(k, 0) + 1
    got = {(s, h): n for s, h, n, _b, _u in store.group_counts(Query(), ("service", "hour"))}
    assert got == expected


def test_interaction_marks_equal_the_reports_count_after_incremental_ingestion(tmp_path: Path) -> None:
    """The store's marks (column unit) are the report's units of the same lines, also when the lines arrive in
    two ingestions (the second re-judges from before its earliest line); a page carries the total."""
    from gateway.review.interactions import endpoint_lookup, units
    from tests.unit.review.test_interactions import line

    lookup = endpoint_lookup(None)
    recs = [line(0, "GET", "/"), line(1, "GET", "/backend-api/me"),
            line(20, "POST", "/backend-api/f/conversation/prepare", chars=40),
            line(21, "POST", "/backend-api/f/conversation", chars=40),
            line(2000, "GET", "/", action="block", reason="not_approved", user="suzuki"),
            line(2001, "GET", "/backend-api/me", action="block", reason="not_approved", user="suzuki"),
            line(2002, "POST", "/backend-api/f/conversation", action="block", reason="not_approved", user="suzuki"),
            line(4000, "CONNECT", None, service="shadow:DeepSeek", action="block", reason="shadow_ai"),
            line(4002, "CONNECT", None, service="shadow:DeepSeek", action="block", reason="shadow_ai")]
    for i, r in enumerate(recs):
        r["request_id"] = f"R{i:03d}"
    log = tmp_path / "gw.jsonl"
    s = AuditStore(tmp_path / "a.duckdb")
    write_jsonl(log, iter(recs[:5]))
    s.ingest([log])
    s.ensure_units(lookup)
    write_jsonl(log, iter(recs))
    s.ingest([log])
    got = sorted((r["request_id"], k) for r, k in s.units(Query(), lookup))
    want = sorted((r["request_id"], k) for r, k in units(recs, lookup))
    assert got == want == [("R002", "prompt"), ("R006", "prompt"), ("R007", "visit")]
    (row,) = s.unit_counts(Query(), ("department",), lookup)
    assert row[1:] == (3, 2, 1, 2, 2, 9)
    page, total = s.page(Query(), offset=2, limit=3)
    assert total == 9 and [r["request_id"] for r in page] == ["R006", "R005", "R004"]


def test_tenant_filter_same_as_the_jsonl(tmp_path: Path) -> None:
    """Many 団体 on one fleet: --tenant is answered by the store exactly as by the JSONL (CLI, CSV)."""
    recs = list(generate(900, seed=31))
    for i, r in enumerate(recs):
        if i % 3:
            r["tenant"] = "midorino" if i % 3 == 1 else "sakura"
    p = tmp_path / "t.jsonl"
    write_jsonl(p, recs)
    s = AuditStore(tmp_path / "t.duckdb")
    s.ingest([p])
    for tenants in (("sakura",), ("midorino", "sakura")):
        q = Query(tenants=tenants)
        expected = read_records([p], q)
        assert s.count(q) == len(expected) > 100
        assert sorted(r["request_id"] for r in s.records(q)) == sorted(r["request_id"] for r in expected)
        assert {r["tenant"] for r in s.records(q)} == set(tenants)
    args = [str(AIGW), "logs", str(p), "--tenant", "sakura", "--format", "csv"]
    plain = subprocess.run(args, capture_output=True, text=True, timeout=120)
    stored = subprocess.run([*args, "--store", str(tmp_path / "c.duckdb")], capture_output=True, text=True, timeout=120)
    assert plain.returncode == stored.returncode == 0, stored.stderr
    assert plain.stdout == stored.stdout and plain.stdout.splitlines()[0].endswith("tenant")


def test_a_store_without_the_tenant_column_is_rebuilt(tmp_path: Path) -> None:
    """A store of an earlier version (no tenant column) is rebuilt from the JSONL on first use: no line lost,
    none twice, tenants then answered."""
    import duckdb

    recs = list(generate(200, seed=32))
    for r in recs[:50]:
        r["tenant"] = "sakura"
    p = tmp_path / "t.jsonl"
    write_jsonl(p, recs)
    db = tmp_path / "old.duckdb"
    AuditStore(db).ingest([p])
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE audit DROP COLUMN tenant")
    con.close()
    s = AuditStore(db)
    s.ingest([p])
    assert s.count(Query()) == 200 and s.count(Query(tenants=("sakura",))) == 50
