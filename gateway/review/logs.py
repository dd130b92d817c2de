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
import datetime as dt
import glob
import gzip
import io
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import orjson

from gateway.logging import AUDIT_FIELDS

JST = dt.timezone(dt.timedelta(hours=9), "JST")
EVENT = "request_decided"

# columns of the table and CSV: (key, 日本語見出し)
COLUMNS = (
    ("time", "時刻(JST)"), ("user", "利用者"), ("department", "所属"), ("service", "サービス"),
    ("purpose", "利用目的"), ("action", "判定"), ("reason", "理由"), ("entities", "検出種別"),
    ("request_id", "要求ID"), ("gateway", "ゲートウェイ"),
)
CSV_FIELDS = ("time", "gateway", "request_id", "user", "department", "groups", "identity_source", "client_ip",
              "service", "service_kind", "purpose", "application_id", "method", "host", "path", "action", "reason",
              "scan_reasons", "findings", "prompt_chars", "segments", "scan_ms", "upstream_status", "stage", "error")
ACTION_JA = {"allow": "許可", "warn": "警告", "block": "ブロック"}


class LogsError(Exception):
    """Bad arguments or unreadable input: a clear message, exit status 2."""


# ---------------------------------------------------------------- time
def parse_when(text: str, *, end: bool = False) -> dt.datetime:
    """ISO date or date-time; naive values are JST. A bare date as ``end`` means the end of that day."""
    text = text.strip()
    try:
        if len(text) == 10:
            d = dt.date.fromisoformat(text)
            t = dt.datetime(d.year, d.month, d.day, tzinfo=JST)
            return t + dt.timedelta(days=1) if end else t
        if len(text) == 7:  # YYYY-MM
            y, m = (int(x) for x in text.split("-"))
            t = dt.datetime(y, m, 1, tzinfo=JST)
            return dt.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=JST) if end else t
        t = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise LogsError(f"日時を解釈できません / cannot parse date-time: {text!r} (例: 2026-11-01, 2026-11-01T09:00)") \
            from None
    return t if t.tzinfo else t.replace(tzinfo=JST)


def utc_key(t: dt.datetime) -> str:
    """The audit writer's time format (UTC, milliseconds, Z): comparable as a string."""
    return t.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def to_jst(value: str | None) -> str:
    if not value:
        return ""
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(JST).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return value


# ---------------------------------------------------------------- input
def expand(paths: Iterable[str]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        matches = sorted(glob.glob(p)) if any(c in p for c in "*?[") else [p]
        if not matches:
            raise LogsError(f"一致するファイルがありません / no file matches: {p}")
        for m in matches:
            path = Path(m)
            if path.is_dir():
                out += sorted(x for x in path.iterdir() if x.is_file() and (".jsonl" in x.name or x.suffix == ".log"))
            elif path.is_file():
                out.append(path)
            else:
                raise LogsError(f"ファイルがありません / no such file: {m}")
    return list(dict.fromkeys(out))


def open_binary(path: Path) -> BinaryIO:
    with open(path, "rb") as f:
        magic = f.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb", buffering=1 << 20)


# ---------------------------------------------------------------- filters
@dataclass
class Query:
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    users: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()  # substring: "総務部" matches every 課 of 総務部
    services: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()  # the decision reason or one of the scanner's reasons
    entities: tuple[str, ...] = ()
    gateways: tuple[str, ...] = ()
    _since_key: str | None = field(default=None, init=False)
    _until_key: str | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._since_key = utc_key(self.since) if self.since else None
        self._until_key = utc_key(self.until) if self.until else None

    def line_may_match(self) -> Callable[[bytes], bool]:
        """A cheap test on the raw line; False only when the record certainly does not match."""
        needles: list[tuple[bytes, ...]] = []
        for key, vals in (("user", self.users), ("service", self.services), ("action", self.actions),
                          ("gateway", self.gateways)):
            if vals:
                needles.append(tuple(f'"{key}":{json.dumps(v, ensure_ascii=False)}'.encode() for v in vals))
        for vals in (self.departments, self.reasons, self.entities):
            if vals:
                needles.append(tuple(json.dumps(v, ensure_ascii=False).strip('"').encode() for v in vals))
        since = self._since_key.encode() if self._since_key else None
        until = self._until_key.encode() if self._until_key else None
        event = EVENT.encode()

        def test(line: bytes) -> bool:
            if event not in line:
                return False
            if (since or until) and line.startswith(b'{"time":"') and line[32:34] == b'Z"':
                t = line[9:33]
                if (since and t < since) or (until and t >= until):
                    return False
            if b"\\u" in line:  # escaped non-ASCII: let the parsed check decide
                return True
            return all(any(n in line for n in group) for group in needles)

        return test

    def matches(self, r: dict[str, Any]) -> bool:
        if r.get("event") != EVENT:
            return False
        t = r.get("time") or ""
        if self._since_key and t < self._since_key:
            return False
        if self._until_key and t >= self._until_key:
            return False
        if self.users and r.get("user") not in self.users:
            return False
        if self.departments and not any(d in (r.get("department") or "") for d in self.departments):
            return False
        if self.services and r.get("service") not in self.services:
            return False
        if self.actions and r.get("action") not in self.actions:
            return False
        if self.gateways and r.get("gateway") not in self.gateways:
            return False
        if self.reasons and r.get("reason") not in self.reasons and \
                not set(self.reasons) & set(r.get("scan_reasons") or ()):
            return False
        if self.entities and not set(self.entities) & {f.get("entity") for f in r.get("findings") or ()}:
            return False
        return True


def loads(line: bytes) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        # orjson rejects invalid UTF-8 that json (with errors="replace") accepts
        return json.loads(line.decode("utf-8", errors="replace"))


def read_records(paths: Iterable[Path], query: Query | None = None,
                 errors: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Matching ``request_decided`` records from every file, in file order. Broken lines are counted
    in ``errors`` (file:line), never fatal: one torn line must not hide a month of records."""
    q = query or Query()
    quick = q.line_may_match()
    matches = q.matches
    allowed = AUDIT_FIELDS
    for path in paths:
        with open_binary(path) as f:
            for no, line in enumerate(f, 1):
                if not quick(line):
                    continue
                try:
                    r = loads(line)
                except ValueError:
                    if errors is not None:
                        errors.append(f"{path}:{no}")
                    continue
                if isinstance(r, dict) and matches(r):
                    if r.keys() <= allowed:
                        yield r
                    else:
                        yield {k: v for k, v in r.items() if k in allowed}


def query_files(paths: Iterable[str], query: Query, *, limit: int | None = None,
                errors: list[str] | None = None) -> list[dict[str, Any]]:
    recs = list(read_records(expand(paths), query, errors))
    recs.sort(key=lambda r: r.get("time") or "")
    if limit is not None and len(recs) > limit:
        recs = recs[-limit:]  # the most recent
    return recs


# ---------------------------------------------------------------- output
def entities_text(r: dict[str, Any]) -> str:
    return ",".join(f"{f.get('entity')}×{f.get('count')}" for f in r.get("findings") or ())


def row(r: dict[str, Any]) -> dict[str, str]:
    reason = r.get("reason") or ""
    return {
        "time": to_jst(r.get("time")), "user": r.get("user") or "-", "department": r.get("department") or "-",
        "service": r.get("service") or "-", "purpose": r.get("purpose") or "-",
        "action": ACTION_JA.get(r.get("action") or "", r.get("action") or "-"), "reason": reason,
        "entities": entities_text(r) or "-", "request_id": r.get("request_id") or "-",
        "gateway": r.get("gateway") or "-",
    }


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))


def write_table(recs: list[dict[str, Any]], out: TextIO) -> None:
    rows = [row(r) for r in recs]
    widths = {k: min(40, max([_width(h)] + [_width(x[k]) for x in rows])) for k, h in COLUMNS}

    def cut(s: str, w: int) -> str:
        if _width(s) <= w:
            return s
        while _width(s) > w - 1:
            s = s[:-1]
        return s + "…"

    out.write("  ".join(_pad(h, widths[k]) for k, h in COLUMNS).rstrip() + "\n")
    out.write("  ".join("-" * widths[k] for k, _ in COLUMNS) + "\n")
    for x in rows:
        out.write("  ".join(_pad(cut(x[k], widths[k]), widths[k]) for k, _ in COLUMNS).rstrip() + "\n")
    blocked = sum(1 for r in recs if r.get("action") == "block")
    out.write(f"\n{len(recs)} 件（うちブロック {blocked} 件）\n")


def csv_value(key: str, v: Any) -> Any:
    if key == "time":
        return to_jst(v)
    if key == "findings":
        return ";".join(f"{f.get('entity')}:{f.get('count')}" for f in v or ())
    if isinstance(v, list):
        return ";".join(str(x) for x in v)
    return "" if v is None else v


def write_csv(recs: list[dict[str, Any]], out: TextIO) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    for r in recs:
        w.writerow([csv_value(k, r.get(k)) for k in CSV_FIELDS])


def write_json(recs: list[dict[str, Any]], out: TextIO, lines: bool) -> None:
    if lines:
        out.write("".join(orjson.dumps(r).decode() + "\n" for r in recs))
    else:
        json.dump(recs, out, ensure_ascii=False, indent=1)
        out.write("\n")


# ---------------------------------------------------------------- CLI
def build_parser(prog: str = "aigw logs") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description="監査ログ（request_decided の JSONL）を検索します。"
                                " プロンプト本文はログに記録されないため表示されることはありません。")
    add_arguments(p)
    return p


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="audit JSONL files, globs ('logs/*.jsonl*'), directories; .gz is read too")
    p.add_argument("--since", help="from (ISO date or date-time, JST when no offset), inclusive")
    p.add_argument("--until", help="to, exclusive; a bare date includes that whole day")
    p.add_argument("--user", action="append", default=[], help="user name (repeatable)")
    p.add_argument("--department", action="append", default=[], help="所属 (substring; repeatable)")
    p.add_argument("--service", action="append", default=[], help="service id (repeatable)")
    p.add_argument("--action", action="append", default=[], choices=("allow", "warn", "block"))
    p.add_argument("--reason", action="append", default=[], help="reason code or scanner reason (repeatable)")
    p.add_argument("--entity", action="append", default=[], help="entity type found, e.g. MY_NUMBER (repeatable)")
    p.add_argument("--gateway", action="append", default=[], help="gateway name (repeatable)")
    p.add_argument("--blocked", action="store_true", help="blocked requests only (= --action block)")
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    p.add_argument("--limit", type=int, default=None, help="show only the N most recent matches")
    p.add_argument("--count", action="store_true", help="print the number of matches only")


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
    return Query(since=since, until=until, users=tuple(a.user), departments=tuple(a.department),
                 services=tuple(a.service), actions=actions, reasons=tuple(a.reason), entities=tuple(a.entity),
                 gateways=tuple(a.gateway))


def run(a: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        query = query_from_args(a)
        errors: list[str] = []
        recs = query_files(a.files, query, limit=a.limit, errors=errors)
    except (LogsError, OSError) as e:
        print(f"aigw logs: {e}", file=sys.stderr)
        return 2
    if errors:
        print(f"aigw logs: 解釈できない行を {len(errors)} 行読み飛ばしました / skipped unparsable lines:"
              f" {', '.join(errors[:5])}{' …' if len(errors) > 5 else ''}", file=sys.stderr)
    if a.count:
        out.write(f"{len(recs)}\n")
    elif a.format == "table":
        write_table(recs, out)
    elif a.format == "csv":
        write_csv(recs, out)
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
