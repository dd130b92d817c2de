"""``aigw report --month YYYY-MM``: the monthly usage report for the AI戦略チーム.

Reads the audit JSONL (``request_decided`` lines only: no prompt text exists to leak) and the
approval records (``approvals.yaml`` plus the approval registry when given), and writes to
``--out DIR``:

- ``report.html``: a Japanese report with inline SVG charts (one self-contained file, no script,
  no external asset: it reads offline and prints);
- one CSV per table (UTF-8 with BOM so Excel opens the Japanese text correctly);
- ``report.xlsx`` with the sheets 概要, 所属別, サービス別, 目的別, ブロック理由別, 検出種別, 未承認利用,
  承認状況 (openpyxl).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from gateway import clock
from gateway.review.interactions import EndpointLookup, endpoint_lookup
from gateway.review.query import LogsError, Query, expand, read_records
from gateway.rules.errors import RulesError
from gateway.rules.zone import use_rules_zone

from gateway.review.report_data import (SHEETS, TREND_MONTHS, UNAPPROVED, aggregate, approval_rows,
                                        approvals_from_rules, build_tables, month_range, month_summary,
                                        previous_months)
from gateway.review.report_render import render_html, write_csvs, write_xlsx

__all__ = ["SHEETS", "UNAPPROVED", "aggregate", "build", "month_range", "run"]  # what tests and the CLI use

def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="audit JSONL files, globs, directories (.gz too)")
    p.add_argument("--month", required=True, help="対象月 YYYY-MM (in policy.yaml timezone, default Asia/Tokyo)")
    p.add_argument("--out", type=Path, default=Path("."), help="output directory (created if missing)")
    p.add_argument("--rules", type=Path, default=None, help="rules directory (service names, users, approvals.yaml)")
    p.add_argument("--registry", default=os.environ.get("AIGW_REGISTRY") or None,
                   help="approval registry (SQLite path or postgresql:// DSN) shown with approvals.yaml"
                        " (default $AIGW_REGISTRY; none: approvals.yaml only)")
    p.add_argument("--store", type=Path, default=None,
                   help="audit store (DuckDB file, default $AIGW_STORE): FILEs are ingested incrementally and the month"
                        " and the trend are read from the store")
    p.add_argument("--tenant", default=None, metavar="ID",
                   help="one 団体 of tenants.yaml (in --rules): its lines only, its users, approvals and 団体名")


def tenant_context(rules_dir: Path | None, tenant: str) -> tuple[Path, str, str | None]:
    """(the tenant's rules directory, 団体名, its registry) from the fleet's tenants.yaml."""
    from gateway.rules.loader import DEFAULT_RULES_DIR, validate_file
    from gateway.rules.tenants import TENANTS_FILE, TenantsFile

    base = Path(rules_dir or DEFAULT_RULES_DIR)
    if not (base / TENANTS_FILE).exists():
        raise LogsError(f"--tenant: {base / TENANTS_FILE} がありません / no tenants.yaml in {base} (give --rules)")
    f = validate_file(base / TENANTS_FILE, TenantsFile)
    spec = next((t for t in f.tenants if t.id == tenant), None)
    if spec is None:
        raise LogsError(f"--tenant: 団体 {tenant!r} は tenants.yaml にありません / unknown tenant"
                        f" (known: {', '.join(t.id for t in f.tenants)})")
    return (base / spec.rules).resolve(), spec.name, spec.registry


def load_context(rules_dir: Path | None, people: Path | None = None) -> tuple[dict[str, str], dict[str, str],
                                                                              dict[str, str], str]:
    """(service names, entity names, user → 所属, organisation) from the rules, best effort. ``people``: a
    tenant's directory (its users and policy over the fleet's catalog)."""
    import yaml

    from gateway.rules.loader import DEFAULT_RULES_DIR

    base = Path(rules_dir or DEFAULT_RULES_DIR)

    def read(name: str) -> dict[str, Any]:
        p = base / name
        return (yaml.safe_load(p.read_text(encoding="utf-8")) or {}) if p.exists() else {}

    services = {s["id"]: s.get("name", s["id"]) for s in read("services.yaml").get("services", [])}
    entities = (read("policy.yaml").get("messages") or {}).get("entity_names") or {}
    if people is not None:
        base = people
    users = {u["name"]: u.get("department", "") for u in read("users.yaml").get("users", [])}
    policy = read("policy.yaml")
    messages = policy.get("messages") or {}
    return services, {**entities, **(messages.get("entity_names") or {})}, users, policy.get("organisation") or ""


def approval_records(rules_dir: Path | None, registry: str | None) -> list[dict[str, Any]]:
    """approvals.yaml, plus every application of the registry when one is given (as the gateway
    merges them); pending applications are listed too (状態 審査中)."""
    records = approvals_from_rules(rules_dir)
    if registry:
        from gateway.registry.store import open_store

        with open_store(registry) as store:
            records += [a.report_dict() for a in store.list()]
    return records


Reader = Callable[[Query, list[str]], tuple[list[dict[str, Any]], list[tuple[dict[str, Any], str]] | None]]


def record_reader(paths: list[Path], store_path: Path | None, lookup: EndpointLookup | None) -> Reader:
    """(records, counted units or None) for a query: from the audit store (after an incremental ingest, with the
    store's interaction marks) when given, else the JSONL (units are then found by ``aggregate``)."""
    if store_path is None:
        return lambda q, errors: (read_records(paths, q, errors), None)
    from gateway.review.store import AuditStore

    store = AuditStore(store_path)
    store.ingest(paths)
    return lambda q, errors: (store.records(q), store.units(q, lookup))


def build(files: Sequence[str], month: str, out: Path, rules_dir: Path | None = None,
          registry: str | None = None, store: Path | None = None, tenant: str | None = None) -> dict[str, Any]:
    use_rules_zone(rules_dir)  # the month's boundaries and every date in the organisation's zone
    start, end = month_range(month)
    people, tenant_name = None, None
    if tenant is not None:  # one 団体 of a shared fleet: its lines, users, approvals (and registry), its name
        people, tenant_name, tenant_registry = tenant_context(rules_dir, tenant)
        registry = registry or tenant_registry
    services, entities, users, org = load_context(rules_dir, people)
    org = tenant_name or org
    scope = (tenant,) if tenant else ()
    errors: list[str] = []
    paths = expand(files)
    lookup = endpoint_lookup(rules_dir)
    read = record_reader(paths, store, lookup)
    if scope:
        read_all = read
        read = lambda q, errs: read_all(dataclasses.replace(q, tenants=scope), errs)  # noqa: E731
    recs, counted = read(Query(since=start, until=end), errors)
    d = aggregate(recs, month, users, lookup, counted)
    d.trend = trend_before(read, month, users, lookup)
    outside = months_outside(files) if not d.total.requests else {}
    ref = (end - dt.timedelta(days=1)).date()
    approvals = approval_rows(approval_records(people or rules_dir, registry), ref)
    tables = build_tables(d, approvals, services, entities)
    out.mkdir(parents=True, exist_ok=True)
    html_path = out / f"{month}_report.html"
    html_path.write_text(render_html(d, tables, org, clock.now()), encoding="utf-8")
    csvs = write_csvs(tables, out, month)
    xlsx = out / f"{month}_report.xlsx"
    write_xlsx(tables, xlsx, month)
    return {"event": "report_written", "month": month, "requests": d.total.lines, "interactions": d.total.requests,
            "sends": d.total.prompts + d.total.uploads, "visits": d.total.visits, "blocked": d.total.blocked,
            "users": len(d.total.users), "skipped_lines": len(errors), "html": str(html_path), "xlsx": str(xlsx),
            "csv": [str(p) for p in csvs], "timezone": clock.zone_name(), **({"tenant": tenant} if tenant else {}),
            **({"lines_in_other_months": outside} if outside else {})}


def trend_before(read: Reader, month: str, users: dict[str, str],
                 lookup: EndpointLookup | None) -> list[dict[str, Any]]:
    """Summaries of the TREND_MONTHS months before ``month`` that have records (oldest first)."""
    out = []
    for m in previous_months(month, TREND_MONTHS):
        s, e = month_range(m)
        recs, counted = read(Query(since=s, until=e), [])
        if recs or out:
            out.append(month_summary(m, aggregate(recs, m, users, lookup, counted).total))
    return out


def months_outside(files: Sequence[str]) -> dict[str, int]:
    """Request lines per month (organisation's zone) when the asked month has none: an empty report says where
    the data is instead of silently showing nothing."""
    counts: Counter[str] = Counter()
    for r in read_records(expand(files), Query(), []):
        try:
            counts[clock.local(clock.parse_stamp(r.get("time") or "")).strftime("%Y-%m")] += 1
        except ValueError:
            continue
    return dict(sorted(counts.items()))


def run(a: argparse.Namespace) -> int:
    import json

    try:
        store = a.store or (Path(os.environ["AIGW_STORE"]) if os.environ.get("AIGW_STORE") else None)
        result = build(a.files, a.month, a.out, a.rules, a.registry, store, getattr(a, "tenant", None))
    except (LogsError, OSError, ValueError, RulesError) as e:
        print(f"aigw report: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # the registry (RegistryError) or the rules: a clear message
        print(f"aigw report: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    if other := result.get("lines_in_other_months"):
        months = "、".join(f"{m}: {n} 件" for m, n in other.items())
        print(f"aigw report: {a.month} の記録はありません（{result['timezone']} 基準）。ほかの月の記録: {months} /"
              f" no lines in {a.month} ({result['timezone']}); lines found in other months: {other}", file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="aigw report", description="月次の利用状況報告（HTML・CSV・Excel）を作成します")
    add_arguments(p)
    return run(p.parse_args(argv))

