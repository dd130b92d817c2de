"""``aigw logs``: query audit JSONL files (one or many, globs, directories, ``.gz``).

Filters: time range, user, 所属, service, action, reason, entity type, ``--blocked``. Output: a
readable table (Japanese headers), JSON, JSON Lines or CSV. Only the audit allow-list fields are ever
shown, so no prompt text can appear even if a foreign line carried some (the log never holds it).

Fast path: lines are pre-filtered as raw strings (the audit writer's compact JSON puts ``"time":"…Z"``
first and writes ``"user":"tanaka"`` verbatim), and only candidate lines are parsed; every filter is
then checked again on the parsed record, so the pre-filter can only save work, never change a result.
"""


from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

import orjson

from gateway import clock
from gateway.rules.errors import RulesError
from gateway.rules.zone import use_rules_zone
from gateway.review.query import (EVENT, LogsError, Query, candidate_lines, expand, open_binary, parse, parse_many,
                                  parse_when, query_files, read_records, time_key, to_local)

__all__ = ["EVENT", "LogsError", "Query", "entity_names", "expand", "open_binary", "parse_when", "read_records",
           "to_local", "run", "render"]  # the query model lives in gateway/review/query.py

COLUMNS = (
    ("time", "時刻(JST)"), ("user", "利用者"), ("department", "所属"), ("service", "サービス"),
    ("purpose", "利用目的"), ("action", "判定"), ("reason", "理由"), ("entities", "検出種別"),
    ("request_id", "参照番号"), ("gateway", "ゲートウェイ"),
)
CSV_FIELDS = ("time", "gateway", "request_id", "user", "department", "groups", "identity_source", "client_ip",
              "service", "service_kind", "purpose", "application_id", "method", "host", "path", "action", "reason",
              "scan_reasons", "findings", "prompt_chars", "segments", "scan_ms", "upstream_status", "stage", "error")
TABLE_LIMIT = 200  # a table shows the newest 200 matches unless --limit says otherwise
ACTION_JA = {"allow": "許可", "warn": "警告", "block": "ブロック"}


# ---------------------------------------------------------------- output
def entities_text(r: dict[str, Any]) -> str:
    return ",".join(f"{f.get('entity')}×{f.get('count')}" for f in r.get("findings") or ())


def row(r: dict[str, Any]) -> dict[str, str]:
    reason = r.get("reason") or ""
    return {
        "time": to_local(r.get("time")), "user": r.get("user") or "-", "department": r.get("department") or "-",
        "service": r.get("service") or "-", "purpose": r.get("purpose") or "-",
        "action": ACTION_JA.get(r.get("action") or "", r.get("action") or "-"), "reason": reason,
        "entities": entities_text(r) or "-", "request_id": r.get("request_id") or "-",
        "gateway": r.get("gateway") or "-",
    }


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))


def columns() -> tuple[tuple[str, str], ...]:
    """The table columns; the time heading names the zone the times are shown in."""
    label = "JST" if clock.zone_name() == "Asia/Tokyo" else clock.zone_name()
    return tuple((k, f"時刻({label})" if k == "time" else h) for k, h in COLUMNS)


def write_table(recs: list[dict[str, Any]], out: TextIO) -> None:
    rows = [row(r) for r in recs]
    cols = columns()
    widths = {k: min(40, max([_width(h)] + [_width(x[k]) for x in rows])) for k, h in cols}

    def cut(s: str, w: int) -> str:
        if _width(s) <= w:
            return s
        while _width(s) > w - 1:
            s = s[:-1]
        return s + "…"

    out.write("  ".join(_pad(h, widths[k]) for k, h in cols).rstrip() + "\n")
    out.write("  ".join("-" * widths[k] for k, _ in cols) + "\n")
    for x in rows:
        out.write("  ".join(_pad(cut(x[k], widths[k]), widths[k]) for k, _ in cols).rstrip() + "\n")
    blocked = sum(1 for r in recs if r.get("action") == "block")
    out.write(f"\n{len(recs)} 件（うちブロック {blocked} 件）\n")


def csv_value(key: str, v: Any) -> Any:
    if key == "time":
        return to_local(v)
    if key == "findings":
        return ";".join(f"{f.get('entity')}:{f.get('count')}" for f in v or ())
    if isinstance(v, list):
        return ";".join(str(x) for x in v)
    return "" if v is None else v


def write_csv(recs: list[dict[str, Any]], out: TextIO) -> None:
    # a fleet of many 団体 (tenants.yaml) adds the tenant column; one organisation's CSV is unchanged
    fields = CSV_FIELDS + (("tenant",) if any(r.get("tenant") for r in recs) else ())
    w = csv.writer(out, lineterminator="\n")
    w.writerow(fields)
    for r in recs:
        w.writerow([csv_value(k, r.get(k)) for k in fields])


def write_json(recs: list[dict[str, Any]], out: TextIO, lines: bool) -> None:
    if lines:
        out.write("".join(orjson.dumps(r).decode() + "\n" for r in recs))
    else:
        out.write(orjson.dumps(recs, option=orjson.OPT_INDENT_2).decode() + "\n")


# ---------------------------------------------------------------- CLI
def build_parser(prog: str = "aigw logs") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description="監査ログ（request_decided の JSONL）を検索します。"
                                " プロンプト本文はログに記録されないため表示されることはありません。")
    add_arguments(p)
    return p


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="audit JSONL files, globs ('logs/*.jsonl*'), directories; .gz is read too")
    p.add_argument("--since", help="from (ISO date or date-time; policy.yaml timezone when no offset), inclusive")
    p.add_argument("--until", help="to, exclusive; a bare date includes that whole day")
    p.add_argument("--user", action="append", default=[], help="user name (repeatable)")
    p.add_argument("--department", action="append", default=[], help="所属 (substring; repeatable)")
    p.add_argument("--service", action="append", default=[], help="service id (repeatable)")
    p.add_argument("--action", action="append", default=[], choices=("allow", "warn", "block"))
    p.add_argument("--reason", action="append", default=[], help="reason code or scanner reason (repeatable)")
    p.add_argument("--id", dest="request_id", action="append", default=[], metavar="参照番号",
                   help="参照番号 (request_id shown to staff on the block page; repeatable)")
    p.add_argument("--entity", action="append", default=[],
                   help="entity type found, as the scanner names it, e.g. JP_MY_NUMBER, PERSON, CREDENTIAL"
                        " (repeatable; MY_NUMBER is read as JP_MY_NUMBER)")
    p.add_argument("--gateway", action="append", default=[], help="gateway name (repeatable)")
    p.add_argument("--tenant", action="append", default=[], help="tenant id of tenants.yaml (repeatable)")
    p.add_argument("--blocked", action="store_true", help="blocked requests only (= --action block)")
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    p.add_argument("--limit", type=int, default=None,
                   help=f"show only the N most recent matches (table default: {TABLE_LIMIT})")
    p.add_argument("--count", action="store_true", help="print the number of matches only")
    p.add_argument("--rules", type=Path, default=None,
                   help="rules directory whose policy.yaml timezone dates are read and shown in (default: shipped rules/)")
    p.add_argument("--store", type=Path, default=None,
                   help="audit store (DuckDB file, default $AIGW_STORE): FILEs are ingested incrementally, then the"
                        " query is answered from the store (a month in well under a second)")


def query_from_args(a: argparse.Namespace) -> Query:
    since = parse_when(a.since) if a.since else None
    until = parse_when(a.until, end=True) if a.until else None
    if since and until and since >= until:
        raise LogsError("--since は --until より前にしてください / --since must be before --until")
    actions = tuple(a.action) + (("block",) if a.blocked else ())
    if a.blocked and a.action and "block" not in a.action:
        raise LogsError("--blocked と --action が矛盾しています / --blocked conflicts with --action")
    if a.blocked:
        actions = ("block",)
    ids = tuple(x.strip() for x in getattr(a, "request_id", None) or ())
    return Query(since=since, until=until, users=tuple(a.user), departments=tuple(a.department),
                 services=tuple(a.service), actions=actions, reasons=tuple(a.reason),
                 entities=tuple(entity_names(a.entity)), gateways=tuple(a.gateway), request_ids=ids,
                 tenants=tuple(getattr(a, "tenant", None) or ()))


def entity_names(given: Iterable[str]) -> list[str]:
    """The scanner's canonical entity names for ``--entity`` values: case and ``-``/space folded,
    ``MY_NUMBER`` → ``JP_MY_NUMBER`` (the ``JP_`` prefix may be left out); an unknown name is refused
    (it would silently match nothing)."""
    given = list(given)
    if not given:
        return []
    from gateway.scan.config import CANONICAL_ENTITIES  # only when --entity is used (keeps start-up light)

    known = set(CANONICAL_ENTITIES)
    out = []
    for g in given:
        n = unicodedata.normalize("NFKC", g).strip().upper().replace("-", "_").replace(" ", "_")
        if n not in known and f"JP_{n}" in known:
            n = f"JP_{n}"
        if n not in known:
            raise LogsError(f"検出種別 {g!r} はありません / unknown entity {g!r}; 指定できる種別 / known: "
                            + ", ".join(CANONICAL_ENTITIES))
        out.append(n)
    return out


def run(a: argparse.Namespace, out: TextIO | None = None) -> int:
    # complexity: chooses the fastest reader for the query (store, byte-exact count, verified pass-through
    # export, parsed) and the output format; each branch is a few lines
    out = out or sys.stdout
    try:
        use_rules_zone(getattr(a, "rules", None))
        query = query_from_args(a)
        errors: list[str] = []
        limit = a.limit
        if limit is None and a.format == "table" and not a.count:
            limit = TABLE_LIMIT
        raw_lines: list[bytes] | None = None
        store_path = getattr(a, "store", None) or (Path(os.environ["AIGW_STORE"]) if os.environ.get("AIGW_STORE")
                                                   else None)
        if store_path is not None:
            from gateway.review.store import AuditStore, StoreError

            try:
                store = AuditStore(store_path)
                store.ingest(expand(a.files))
                if a.count:
                    recs, n_matched = [], store.count(query)
                else:
                    recs = store.records(query, limit=limit)
                    n_matched = len(recs)
            except StoreError as e:
                raise LogsError(str(e)) from None
        elif a.count and query.bytes_exact:
            lines = candidate_lines(expand(a.files), query)
            recs, n_matched = [], sum(1 for x in lines if time_key(x) or parse(x, query, errors))
        elif a.format == "jsonl" and limit is None and not a.count:
            # an export: lines already in time order (aigw's UTC stamps) pass through once verified
            lines = candidate_lines(expand(a.files), query)
            if all(time_key(x) for x in lines):
                raw_lines = parse_many(lines, query, errors, raw=True)
                recs, n_matched = [], len(raw_lines)
            else:
                recs = query_files(a.files, query, errors=errors)
                n_matched = len(recs)
        else:
            recs = query_files(a.files, query, limit=None if a.count else limit, errors=errors)
            n_matched = len(recs)
    except (LogsError, OSError, RulesError) as e:
        print(f"aigw logs: {e}", file=sys.stderr)
        return 2
    if errors:
        print(f"aigw logs: 解釈できない行を {len(errors)} 行読み飛ばしました / skipped unparsable lines:"
              f" {', '.join(errors[:5])}{' …' if len(errors) > 5 else ''}", file=sys.stderr)
    if a.count:
        out.write(f"{n_matched}\n")
    elif a.format == "table":
        write_table(recs, out)
        if limit is not None and len(recs) >= limit:
            out.write(f"（新しい順に {limit} 件まで表示しています。件数は --count、全件は --limit または --format csv/json）\n")
    elif a.format == "csv":
        write_csv(recs, out)
    elif raw_lines is not None:
        data = b"".join(x + b"\n" for x in raw_lines)
        if (binary := getattr(out, "buffer", None)) is not None:
            out.flush()
            binary.write(data)
            binary.flush()
        else:
            out.write(data.decode("utf-8"))
    else:
        write_json(recs, out, lines=a.format == "jsonl")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run(args)


def render(argv: list[str]) -> str:
    """For tests: the output of ``aigw logs ARGV`` as a string."""
    buf = io.StringIO()
    run(build_parser().parse_args(argv), buf)
    return buf.getvalue()

