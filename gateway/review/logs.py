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
import gc
import datetime as dt
import glob
import gzip
import io
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import orjson

from gateway import clock
from gateway.audit_fields import AUDIT_FIELDS
from gateway.rules.errors import RulesError
from gateway.rules.zone import use_rules_zone

EVENT = "request_decided"

# columns of the table and CSV: (key, 日本語見出し)
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


class LogsError(Exception):
    """Bad arguments or unreadable input: a clear message, exit status 2."""


# ---------------------------------------------------------------- time
def parse_when(text: str, *, end: bool = False) -> dt.datetime:
    """ISO date or date-time; naive values are in the organisation's zone (``policy.yaml`` ``timezone``).
    A bare date as ``end`` means the end of that day."""
    text = text.strip()
    try:
        if len(text) == 10:
            d = dt.date.fromisoformat(text)
            return clock.day_start(d + dt.timedelta(days=1) if end else d)
        if len(text) == 7:  # YYYY-MM
            y, m = (int(x) for x in text.split("-"))
            return clock.day_start(dt.date(y + (m == 12), m % 12 + 1, 1) if end else dt.date(y, m, 1))
        t = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise LogsError(f"日時を解釈できません / cannot parse date-time: {text!r} (例: 2026-11-01, 2026-11-01T09:00)") \
            from None
    return clock.local(t)


def utc_key(t: dt.datetime) -> str:
    """The audit writer's time format (UTC, milliseconds, Z): comparable as a string."""
    return t.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def to_local(value: str | None) -> str:
    """An audit stamp as people read it: the organisation's zone, to the second."""
    if not value:
        return ""
    try:
        return clock.local(clock.parse_stamp(value)).strftime("%Y-%m-%d %H:%M:%S")
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
    request_ids: tuple[str, ...] = ()  # 参照番号 (the request_id shown to staff)
    _since_key: str | None = field(default=None, init=False)
    _until_key: str | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._since_key = utc_key(self.since) if self.since else None
        self._until_key = utc_key(self.until) if self.until else None

    def needle_groups(self) -> list[tuple[bytes, ...]]:
        """Byte strings a matching line must contain (one of each group), most selective first."""
        groups: list[tuple[bytes, ...]] = []
        for key, vals in (("request_id", self.request_ids), ("user", self.users), ("gateway", self.gateways),
                          ("service", self.services)):
            if vals:
                groups.append(tuple(f'"{key}":{json.dumps(v, ensure_ascii=False)}'.encode() for v in vals))
        if self.entities:
            groups.append(tuple(f'"entity":{json.dumps(v, ensure_ascii=False)}'.encode() for v in self.entities))
        if self.reasons:  # the reason field or an item of scan_reasons
            groups.append(tuple(json.dumps(v, ensure_ascii=False).encode() for v in self.reasons))
        if self.departments:
            groups.append(tuple(json.dumps(v, ensure_ascii=False).strip('"').encode() for v in self.departments))
        if self.actions:
            groups.append(tuple(f'"action":"{v}"'.encode() for v in self.actions))
        groups.append((b'"event":"' + EVENT.encode() + b'"',))
        return groups

    def time_filter(self) -> Callable[[list[bytes]], list[bytes]] | None:
        if not (self._since_key or self._until_key):
            return None
        since = self._since_key.encode() if self._since_key else b""
        until = self._until_key.encode() if self._until_key else b"~"
        # "time" leads every line the audit writer produces; other lines are decided after parsing
        return lambda ls: [x for x in ls if x[32:34] != b'Z"' or since <= x[9:33] < until]

    @property
    def bytes_exact(self) -> bool:
        """True when the byte tests alone decide every filter (``--count`` needs no parsing): the
        needles ``"user":"x"`` etc. occur only as those top-level fields in an audit line."""
        return not self.departments and not self.reasons

    def predicate(self) -> Callable[[dict[str, Any]], bool]:
        """The exact test on a parsed record, built once with only the active filters."""
        checks: list[Callable[[dict[str, Any]], bool]] = [lambda r: r.get("event") == EVENT]
        since, until = self._since_key, self._until_key
        if since:
            checks.append(lambda r: (r.get("time") or "") >= since)
        if until:
            checks.append(lambda r: (r.get("time") or "") < until)
        for key, vals in (("request_id", self.request_ids), ("user", self.users), ("service", self.services),
                          ("action", self.actions), ("gateway", self.gateways)):
            if vals:
                checks.append(lambda r, k=key, v=frozenset(vals): r.get(k) in v)
        if self.departments:
            depts = self.departments
            checks.append(lambda r: any(d in (r.get("department") or "") for d in depts))
        if self.reasons:
            reasons = frozenset(self.reasons)
            checks.append(lambda r: r.get("reason") in reasons or bool(reasons.intersection(r.get("scan_reasons") or ())))
        if self.entities:
            ents = frozenset(self.entities)
            checks.append(lambda r: any(f.get("entity") in ents for f in r.get("findings") or ()
                                        if isinstance(f, dict)))
        if len(checks) == 1:
            return checks[0]
        return lambda r: all(c(r) for c in checks)

    def matches(self, r: dict[str, Any]) -> bool:
        return self.predicate()(r)


CHUNK = 8 << 20


def iter_chunks(path: Path) -> Iterator[bytes]:
    """The file a few MB at a time, cut after a newline (bounded memory for big files)."""
    with open_binary(path) as f:
        rest = b""
        while True:
            block = f.read(CHUNK)
            if not block:
                break
            block = rest + block
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                rest = block
                continue
            rest = block[cut:]
            yield block[:cut]
        if rest.strip():
            yield rest + b"\n"


def lines_containing(buf: bytes, group: tuple[bytes, ...]) -> list[bytes]:
    """Whole lines of ``buf`` that contain one of ``group``, in order: ``bytes.find`` over the
    buffer instead of a Python test per line."""
    found: dict[int, bytes] = {}
    find, rfind = buf.find, buf.rfind
    for needle in group:
        pos = 0
        while (i := find(needle, pos)) >= 0:
            start = rfind(b"\n", 0, i) + 1
            end = find(b"\n", i)
            found.setdefault(start, buf[start:end])
            pos = end
    return [found[k] for k in sorted(found)] if len(group) > 1 else list(found.values())


def time_key(line: bytes) -> bytes:
    return line[9:33] if line[32:34] == b'Z"' and line.startswith(b'{"time":"') else b""


def candidate_lines(paths: Iterable[Path], query: Query) -> list[bytes]:
    """Raw lines that may match, sorted by time (several gateways' files interleave). The byte tests
    drop a line only when its record certainly does not match; ``matches`` decides after parsing."""
    groups = query.needle_groups()
    first, *rest = groups
    by_time = query.time_filter()
    out: list[bytes] = []
    for path in paths:
        for buf in iter_chunks(path):
            if b"\\u" in buf:  # escaped non-ASCII (not written by aigw): parse every line
                out += buf.splitlines()
                continue
            if len(groups) == 1:  # no field filter: every request_decided line
                n = first[0]
                lines = [x for x in buf.splitlines() if n in x]
            else:
                lines = lines_containing(buf, first)
            for group in rest:
                if len(group) == 1:
                    n = group[0]
                    lines = [x for x in lines if n in x]
                else:
                    lines = [x for x in lines if any(n in x for n in group)]
            if by_time is not None:
                lines = by_time(lines)
            out += lines
    out.sort(key=time_key)
    return out


def parse_many(lines: Iterable[bytes], query: Query, errors: list[str] | None,
               limit: int | None = None, *, raw: bool = False) -> list[Any]:
    """Parse candidate lines, keep exact matches (allow-listed fields only), stop at ``limit``."""
    ok = query.predicate()
    allowed = AUDIT_FIELDS
    out: list[dict[str, Any]] = []
    # The records are acyclic dicts: the cyclic GC would only rescan the growing list again and again
    # (half of the parse time for 100,000 lines). Reference counting still frees everything.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        _parse_into(out, lines, ok, allowed, errors, limit, raw)
    finally:
        if gc_was_enabled:
            gc.enable()
    return out


def _parse_into(out: list[Any], lines: Iterable[bytes], ok: Callable[[dict[str, Any]], bool],
                allowed: frozenset[str], errors: list[str] | None, limit: int | None, raw: bool) -> None:
    """Append matching records; with ``raw``, the JSON line bytes instead: the line itself when it holds
    allow-listed fields only (verified by parsing it), else the allow-listed fields re-serialised."""
    for line in lines:
        exact = True
        try:
            r = orjson.loads(line)
        except orjson.JSONDecodeError:
            exact = False
            try:  # orjson rejects invalid UTF-8 that json (with errors="replace") accepts
                r = json.loads(line.decode("utf-8", errors="replace"))
            except ValueError:
                if errors is not None:
                    errors.append(line[:40].decode("utf-8", "replace"))
                continue
        if type(r) is not dict or not ok(r):
            continue
        kept = r if r.keys() <= allowed else {k: v for k, v in r.items() if k in allowed}
        if raw:
            out.append(line.strip() if exact and kept is r else orjson.dumps(kept))
        else:
            out.append(kept)
        if limit is not None and len(out) >= limit:
            break


def parse(line: bytes, query: Query, errors: list[str] | None) -> dict[str, Any] | None:
    got = parse_many((line,), query, errors)
    return got[0] if got else None


def read_records(paths: Iterable[Path], query: Query | None = None,
                 errors: list[str] | None = None) -> list[dict[str, Any]]:
    """Matching ``request_decided`` records (allow-listed fields only), in time order. Broken lines
    are collected in ``errors``, never fatal: one torn line must not hide a month of records."""
    q = query or Query()
    return parse_many(candidate_lines(paths, q), q, errors)


def query_files(paths: Iterable[str], query: Query, *, limit: int | None = None,
                errors: list[str] | None = None) -> list[dict[str, Any]]:
    files = expand(paths)
    if limit is None:
        recs = read_records(files, query, errors)
    else:  # parse from the newest end only until ``limit`` records matched
        recs = parse_many(reversed(candidate_lines(files, query)), query, errors, limit)
        recs.reverse()
    if any(not (r.get("time") or "").endswith("Z") for r in recs):
        recs.sort(key=lambda r: utc_key(parse_when(r["time"])) if r.get("time") else "")
    return recs


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
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    for r in recs:
        w.writerow([csv_value(k, r.get(k)) for k in CSV_FIELDS])


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
                 entities=tuple(entity_names(a.entity)), gateways=tuple(a.gateway), request_ids=ids)


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
