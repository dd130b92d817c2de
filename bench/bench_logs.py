"""Benchmark ``aigw logs`` on 100,000 generated audit lines (goal: each query under one second).

Runs each query in-process (the query engine) and as a real ``aigw logs`` command (process start
included), and prints the figures as a table.

    .venv/bin/python bench/bench_logs.py [--lines 100000]
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.review import logs  # noqa: E402
from gateway.review.fixtures import generate, write_jsonl  # noqa: E402

AIGW = Path(sys.executable).with_name("aigw")

QUERIES = (
    ("all, --count", ["--count"]),
    ("--blocked, table, --limit 50", ["--blocked", "--limit", "50"]),
    ("--blocked, csv (all)", ["--blocked", "--format", "csv"]),
    ("--user tanaka, json", ["--user", "tanaka", "--format", "json"]),
    ("--department 福祉部 --entity JP_MY_NUMBER", ["--department", "福祉部", "--entity", "JP_MY_NUMBER"]),
    ("--since/--until one day, table", ["--since", "2026-11-10", "--until", "2026-11-10"]),
    ("--reason not_approved --service chatgpt", ["--reason", "not_approved", "--service", "chatgpt"]),
    ("all, jsonl (every line out)", ["--format", "jsonl"]),
)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        half = a.lines // 2
        f1, f2 = Path(d) / "gw1.jsonl", Path(d) / "gw2.jsonl.gz"
        t0 = time.perf_counter()
        write_jsonl(f1, generate(half, seed=1))
        write_jsonl(f2, generate(a.lines - half, seed=2))
        size = f1.stat().st_size
        print(f"generated {a.lines} lines in 2 files (one gzip) in {time.perf_counter() - t0:.1f} s;"
              f" plain file {size / 1e6:.1f} MB for {half} lines")
        files = [str(f1), str(f2)]
        print(f"{'query':48s} {'matches':>8s} {'in-process s':>13s} {'aigw logs s':>12s}")
        worst = 0.0
        for name, argv in QUERIES:
            best = float("inf")
            out = ""
            for _ in range(a.repeat):
                buf = io.StringIO()
                t = time.perf_counter()
                logs.run(logs.build_parser().parse_args(files + argv), buf)
                best = min(best, time.perf_counter() - t)
                out = buf.getvalue()
            cnt = logs.run(logs.build_parser().parse_args(files + argv + ["--count"]), (c := io.StringIO())) or \
                int(c.getvalue())
            t = time.perf_counter()
            subprocess.run([str(AIGW), "logs", *files, *argv], check=True, stdout=subprocess.DEVNULL)
            cli = time.perf_counter() - t
            worst = max(worst, cli)
            print(f"{name:48s} {cnt:>8d} {best:>13.3f} {cli:>12.3f}")
            del out
        print(f"worst aigw logs wall time: {worst:.3f} s ({'OK' if worst < 1 else 'OVER'} the 1 s goal)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
