"""Benchmark the audit store (gateway/review/store.py) on one month of a city of 5,000 staff:
7.5 M audit lines (goal: every query answered in under one second).

Lines come from gateway/review/fixtures.py: 750,000 generated lines written as ten gateway files, each
copy with its own 参照番号 prefix (so 7.5 M distinct requests). The JSONL reader (``aigw logs``'s engine)
answers the same queries on the same files in the same run as the baseline; the figures are medians over
``--rounds`` (2 noisy cores). Ingestion of the month is timed once, then an incremental ingest of one
more day's lines, each followed by the marking of interactions (the reports' counting rule, column ``unit``
and the ``unit_hours`` roll-up the dashboards read).

    .venv/bin/python bench/bench_store.py [--lines 7500000] [--rounds 5] [--dir /tmp/aigw-bench-store]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.review.fixtures import generate, write_jsonl  # noqa: E402
from gateway.review.logs import Query, parse_when, read_records  # noqa: E402
from gateway.review.interactions import endpoint_lookup  # noqa: E402
from gateway.review.store import AuditStore  # noqa: E402

COPIES = 10
LOOKUP = endpoint_lookup(None)


def queries(rid: str) -> list[tuple[str, Query, str]]:
    day = (parse_when("2026-11-10"), parse_when("2026-11-10", end=True))
    return [
        ("look-up by 参照番号", Query(request_ids=(rid,)), "records"),
        ("count, whole month", Query(since=parse_when("2026-11"), until=parse_when("2026-11", end=True)), "count"),
        ("one user's month (table, newest 200)", Query(users=("tanaka",)), "newest"),
        ("blocked, 福祉部, JP_MY_NUMBER (count)", Query(departments=("福祉部",), actions=("block",),
                                                     entities=("JP_MY_NUMBER",)), "count"),
        ("one day, blocked (table, newest 200)", Query(since=day[0], until=day[1], actions=("block",)), "newest"),
        ("one day, blocked (page 3 of 200 + total)", Query(since=day[0], until=day[1], actions=("block",)), "page"),
        ("所属 × 理由 pivot of blocks (month)", Query(actions=("block",)), "pivot"),
        ("service × hour dashboard (month)", Query(), "dashboard"),
        ("所属 interactions dashboard (month)", Query(since=parse_when("2026-11"),
                                                  until=parse_when("2026-11", end=True)), "units-department"),
        ("service interactions dashboard (month)", Query(since=parse_when("2026-11"),
                                                     until=parse_when("2026-11", end=True)), "units-service"),
    ]


def run_store(s: AuditStore, q: Query, how: str) -> int:
    if how == "count":
        return s.count(q)
    if how == "newest":
        return len(s.records(q, limit=200))
    if how == "pivot":
        return len(s.group_counts(q, ("department", "reason")))
    if how == "dashboard":
        return len(s.group_counts(q, ("service", "hour")))
    if how == "page":
        return s.page(q, offset=400, limit=200)[1]
    if how.startswith("units-"):
        return sum(r[1] for r in s.unit_counts(q, (how.split("-")[1],), LOOKUP))
    return len(s.records(q))


def run_jsonl(files: list[Path], q: Query, how: str) -> int:
    """The same answer from the JSONL reader, one file at a time (a month does not fit in memory as dicts)."""
    n, keys, newest = 0, set(), []
    for f in files:
        recs = read_records([f], q)
        n += len(recs)
        if how == "newest":
            newest = sorted(newest + [r["time"] for r in recs[-200:]])[-200:]
        elif how == "pivot":
            keys |= {(r.get("department"), r.get("reason")) for r in recs}
        elif how == "dashboard":
            keys |= {(r.get("service"), r["time"][:13]) for r in recs}
        del recs
    return len(newest) if how == "newest" else len(keys) if how in ("pivot", "dashboard") else n


def median_time(fn, rounds: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(rounds):
        t = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), n


def make_month(d: Path, lines: int) -> list[Path]:
    per = lines // COPIES
    files = [d / f"gw{i:02d}.jsonl" for i in range(COPIES)]
    if all(f.exists() for f in files):
        return files
    d.mkdir(parents=True, exist_ok=True)
    base = d / "base.jsonl"
    t = time.perf_counter()
    write_jsonl(base, generate(per, seed=1))
    print(f"generated {per:,} lines in {time.perf_counter() - t:.0f} s; writing {COPIES} gateway copies", flush=True)
    data = base.read_bytes()
    for i, f in enumerate(files):
        f.write_bytes(data.replace(b'"request_id":"01', f'"request_id":"{i + 0x20:02x}'.encode())
                      .replace(b'"gateway":"gw1"', f'"gateway":"gw{i:02d}"'.encode())
                      .replace(b'"gateway":"gw2"', f'"gateway":"gw{i:02d}"'.encode()))
    base.unlink()
    return files


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=7_500_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--baseline-rounds", type=int, default=1, help="rounds of the JSONL baseline (slow)")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/aigw-bench-store"))
    a = ap.parse_args()
    files = make_month(a.dir / f"logs-{a.lines}", a.lines)
    db = a.dir / f"audit-{a.lines}.duckdb"
    for p in (db, db.with_name(db.name + ".wal")):
        p.unlink(missing_ok=True)
    store = AuditStore(db)
    t = time.perf_counter()
    got = store.ingest(files)
    took = time.perf_counter() - t
    print(f"ingested {got.lines:,} lines from {got.files} files in {took:.1f} s ({got.lines / took:,.0f} lines/s);"
          f" store {db.stat().st_size / 1e6:,.0f} MB", flush=True)
    print(f"interactions marked (audit store column unit, the reports' rule): {store.ensure_units(LOOKUP):.1f} s",
          flush=True)
    extra = a.dir / "extra-day.jsonl"
    write_jsonl(extra, generate(a.lines // 30, month="2026-11", seed=77, gateways=("gw99",)))
    t = time.perf_counter()
    inc = store.ingest([*files, extra])
    print(f"incremental ingest of one more day ({inc.lines:,} lines, {len(files) + 1} files checked):"
          f" {time.perf_counter() - t:.2f} s; its interactions marked in {store.ensure_units(LOOKUP):.1f} s"
          " (its lines span the whole month)", flush=True)
    rid = store.records(Query(users=("suzuki",)), limit=1)[0]["request_id"]
    print(f"\n{'query':44s} {'store (median)':>15s} {'JSONL reader':>13s} {'ratio':>7s}  rows")
    worst = 0.0
    for name, q, how in queries(rid):
        ts, n = median_time(lambda: run_store(store, q, how), a.rounds)
        worst = max(worst, ts)
        if how.startswith("units-"):  # no JSONL baseline: the month's counting needs every line in memory at once
            print(f"{name:44s} {ts * 1000:12.0f} ms {'-':>13s} {'-':>7s}  {n:,} interactions", flush=True)
            continue
        tj, nj = median_time(lambda: run_jsonl(files + [extra], q, how), a.baseline_rounds)
        print(f"{name:44s} {ts * 1000:12.0f} ms {tj:11.1f} s {tj / ts:6.0f}x  {n:,}"
              + ("" if n == nj else f"  (JSONL {nj:,})"), flush=True)
    print(f"\nslowest store query: {worst * 1000:.0f} ms for {store.stats()['lines']:,} lines"
          f" ({'under' if worst < 1 else 'OVER'} one second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
