"""The audit store: audit JSONL ingested incrementally into an embedded DuckDB file, shared by
``aigw logs --store``, ``aigw report --store`` and ``aigw console``.

Why DuckDB (not SQLite): the questions asked of a month of audit lines (7.5 M for a city of 5,000
staff) are scans and aggregations over a few columns — counts per 所属 × 理由, per service and day, one
user's month, one 参照番号 — which a columnar, vectorised engine answers in tens of milliseconds without
hand-maintained indexes or roll-up tables; SQLite needs an index per question and still takes seconds
for a GROUP BY over the month. DuckDB also reads the JSONL itself (``read_json``, multi-threaded C++),
so ingestion runs at hundreds of thousands of lines per second. It is one file, embedded, MIT-licensed.

The JSONL stays the record of truth: the store is a cache that can be deleted and rebuilt at any time.
Only the audit allow-list fields are extracted (``columns=``), so prompt text could not enter even if a
foreign line carried some. Ingestion is incremental and idempotent:

- a source is identified by its first line (time + 参照番号), not its path, so a rotated file
  (``gw.jsonl`` → ``gw.jsonl.1`` → ``gw.jsonl.1.gz``) is recognised and only bytes after the ingested
  offset are read; a torn last line (a writer mid-line) is left for the next ingestion;
- one ingestion at a time (a lock file); readers retry briefly while a writer holds the database.

For fleets that ship logs to OpenSearch or Loki (deploy/), run ``aigw console`` next to a directory
the shipper also writes (e.g. Fluent Bit's ``file`` output or Vector's ``file`` sink of all gateways),
or point it at the gateways' JSONL on shared storage; the store ingests every gateway's files.
"""

from __future__ import annotations

import contextlib
import fcntl
import gzip
import hashlib
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from gateway.review.interactions import EndpointLookup, fingerprint, load_extractors, units_sql
from gateway.review.query import EVENT, Query, open_binary

SCHEMA_VERSION = 2
FIELDS = ("time", "request_id", "gateway", "user", "department", "groups", "identity_source", "client_ip",
          "service", "service_kind", "purpose", "application_id", "method", "host", "path", "action", "reason",
          "scan_reasons", "findings", "prompt_chars", "segments", "scan_ms", "upstream_status", "stage", "error",
          "tenant")
_JSON_COLUMNS = {
    "time": "VARCHAR", "event": "VARCHAR", "request_id": "VARCHAR", "gateway": "VARCHAR", "user": "VARCHAR",
    "department": "VARCHAR", "groups": "VARCHAR[]", "identity_source": "VARCHAR", "client_ip": "VARCHAR",
    "service": "VARCHAR", "service_kind": "VARCHAR", "purpose": "VARCHAR", "application_id": "VARCHAR",
    "method": "VARCHAR", "host": "VARCHAR", "path": "VARCHAR", "action": "VARCHAR", "reason": "VARCHAR",
    "scan_reasons": "VARCHAR[]", "findings": "JSON", "prompt_chars": "BIGINT", "segments": "BIGINT",
    "scan_ms": "DOUBLE", "upstream_status": "BIGINT", "stage": "VARCHAR", "error": "VARCHAR",
    "tenant": "VARCHAR",
}
_TABLE = """
CREATE TABLE IF NOT EXISTS audit (
    time VARCHAR, request_id VARCHAR, gateway VARCHAR, "user" VARCHAR, department VARCHAR, groups VARCHAR[],
    identity_source VARCHAR, client_ip VARCHAR, service VARCHAR, service_kind VARCHAR, purpose VARCHAR,
    application_id VARCHAR, method VARCHAR, host VARCHAR, path VARCHAR, action VARCHAR, reason VARCHAR,
    scan_reasons VARCHAR[], findings VARCHAR, entities VARCHAR[], prompt_chars BIGINT, segments BIGINT,
    scan_ms DOUBLE, upstream_status BIGINT, stage VARCHAR, error VARCHAR, source VARCHAR,
    hour INTEGER, -- hours since 1970 (UTC): a cheap key for per-hour/day dashboards
    unit VARCHAR, -- prompt | upload | visit: the line counts as that interaction (gateway/review/interactions.py)
    tenant VARCHAR -- the 団体 (tenants.yaml) of a shared fleet, NULL for one organisation
);
CREATE TABLE IF NOT EXISTS sources (source VARCHAR PRIMARY KEY, path VARCHAR, "offset" BIGINT, lines BIGINT,
                                    ingested_at VARCHAR);
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
-- interactions per hour, 所属, service and user (from the marks; kept by ensure_units): the dashboards' figures
CREATE TABLE IF NOT EXISTS unit_hours (hour INTEGER, department VARCHAR, service VARCHAR, "user" VARCHAR,
                                       unit VARCHAR, blocked BOOLEAN, n BIGINT);
"""
_SELECT = ", ".join(f'"{f}"' if f == "user" else f for f in FIELDS)


_LOCKS: dict[str, threading.RLock] = {}
UNITS_HORIZON_S = 4 * 3600  # lines re-judged before the earliest new line (a visit longer than this may count twice)


class StoreError(Exception):
    """The store cannot be opened or read (a clear message; the JSONL is still there)."""


@dataclass
class IngestResult:
    files: int = 0
    lines: int = 0
    seconds: float = 0.0


def _connect(path: Path, read_only: bool, wait_s: float = 10.0) -> Any:
    import duckdb

    deadline = time.monotonic() + wait_s
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config={"threads": 2, "preserve_insertion_order": False})
            return con
        except duckdb.IOException as e:  # another process holds the write lock: wait briefly
            if time.monotonic() > deadline:
                raise StoreError(f"監査ストアを開けません（使用中） / audit store busy: {path}: {e}") from None
            time.sleep(0.05)
        except duckdb.Error as e:
            raise StoreError(f"監査ストアを開けません / cannot open audit store {path}: {e}") from None


def _first_line(path: Path) -> bytes | None:
    with open_binary(path) as f:
        head = f.readline(1 << 16)
    return head if head.endswith(b"\n") else None


class AuditStore:
    """One DuckDB file. ``ingest(paths)`` then ``records(query)`` / ``count(query)`` / ``group_counts``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._con(read_only=False) as con:
            con.execute(_TABLE)
            if not con.execute("SELECT 1 FROM duckdb_columns() WHERE table_name = 'audit' AND column_name = 'unit'"
                               ).fetchone():  # a store of an earlier version: mark its units on first use
                con.execute("ALTER TABLE audit ADD COLUMN unit VARCHAR")
                con.execute("DELETE FROM meta WHERE key = 'units'")
            if not con.execute("SELECT 1 FROM duckdb_columns() WHERE table_name = 'audit' AND column_name = 'tenant'"
                               ).fetchone():  # earlier stores kept no tenant: rebuilt from the JSONL (the record)
                con.execute("ALTER TABLE audit ADD COLUMN tenant VARCHAR")
                for table in ("audit", "sources", "unit_hours", "meta"):
                    con.execute(f"DELETE FROM {table}")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", [str(SCHEMA_VERSION)])

    @contextlib.contextmanager
    def _con(self, read_only: bool = True) -> Iterator[Any]:
        # one connection at a time in this process: DuckDB refuses a read-only and a read-write connection
        # to the same file at once within a process (the console serves requests on several threads)
        with _LOCKS.setdefault(str(self.path.resolve()), threading.RLock()):
            con = _connect(self.path, read_only=read_only and self.path.exists())
            try:
                yield con
            finally:
                con.close()

    # ------------------------------------------------------------ ingestion
    def ingest(self, paths: Iterable[Path]) -> IngestResult:
        """Add the new lines of ``paths`` (plain or .gz JSONL). Safe to call before every query."""
        t0 = time.perf_counter()
        res = IngestResult()
        lock = self.path.with_name(self.path.name + ".lock")
        with open(lock, "a+") as lf:
            fcntl.flock(lf, fcntl.LOCK_EX)
            with self._con(read_only=False) as con:
                for p in paths:
                    n = self._ingest_one(con, Path(p))
                    if n is not None:
                        res.files += 1
                        res.lines += n
        res.seconds = time.perf_counter() - t0
        return res

    def _ingest_one(self, con: Any, path: Path) -> int | None:
        head = _first_line(path)
        if head is None:
            return None
        source = hashlib.sha256(head).hexdigest()[:32]
        row = con.execute('SELECT "offset" FROM sources WHERE source = ?', [source]).fetchone()
        offset = row[0] if row else 0
        gz = path.read_bytes()[:2] == b"\x1f\x8b" if path.stat().st_size < 2 else _is_gz(path)
        size = None if gz else path.stat().st_size
        if size is not None and size <= offset:
            return None
        with tempfile.TemporaryDirectory(prefix="aigw-store-") as tmp:
            chunk = Path(tmp) / "new.jsonl"
            end = _copy_tail(path, gz, offset, chunk)
            if end <= offset:
                return None
            before = con.execute("SELECT count(*) FROM audit").fetchone()[0]
            cols = "{" + ", ".join(f"'{k}': '{v}'" for k, v in _JSON_COLUMNS.items()) + "}"
            con.execute(f"""
                INSERT INTO audit
                SELECT time, request_id, gateway, "user", department, groups, identity_source, client_ip, service,
                       service_kind, purpose, application_id, method, host, path, action, reason, scan_reasons,
                       CAST(findings AS VARCHAR),
                       list_distinct(CAST(json_extract_string(findings, '$[*].entity') AS VARCHAR[])),
                       prompt_chars, segments, scan_ms, upstream_status, stage, error, ?,
                       CAST(epoch_ms(TRY_CAST(time AS TIMESTAMPTZ)) // 3600000 AS INTEGER), NULL, tenant
                FROM read_json(?, format='newline_delimited', columns={cols}, ignore_errors=true,
                               maximum_object_size=1048576)
                WHERE event = '{EVENT}'
                """, [source, str(chunk)])
            added = con.execute("SELECT count(*) FROM audit").fetchone()[0] - before
            if added:  # units from the earliest new line on are marked again (ensure_units)
                con.execute("""INSERT OR REPLACE INTO meta SELECT 'units_from', least(
                                   coalesce((SELECT value FROM meta WHERE key = 'units_from'), '9999'),
                                   (SELECT min(time) FROM audit WHERE rowid >= ?))""", [before])
        con.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, coalesce((SELECT lines FROM sources WHERE"
                    " source = ?), 0) + ?, ?)", [source, str(path), end, source, added, _now()])
        return added

    # ------------------------------------------------------------ queries
    @staticmethod
    def where(q: Query) -> tuple[str, list[Any]]:
        """SQL conditions for a logs Query (the same semantics as the JSONL reader)."""
        conds: list[str] = []
        args: list[Any] = []
        for key, t, op in ((q._since_key, q.since, ">="), (q._until_key, q.until, "<")):
            if not key or t is None:
                continue
            if t.timestamp() % 3600 == 0:  # whole hours (days and months in most zones): the integer column
                conds.append(f"hour {op} ?")
                args.append(int(t.timestamp() // 3600))
            else:
                conds.append(f"time {op} ?")
                args.append(key)
        for col, vals in (("request_id", q.request_ids), ('"user"', q.users), ("service", q.services),
                          ("action", q.actions), ("gateway", q.gateways), ("tenant", q.tenants)):
            if vals:
                conds.append(f"{col} IN ({', '.join('?' * len(vals))})")
                args += list(vals)
        if q.departments:
            conds.append("(" + " OR ".join("contains(coalesce(department, ''), ?)" for _ in q.departments) + ")")
            args += list(q.departments)
        if q.reasons:
            conds.append(f"(reason IN ({', '.join('?' * len(q.reasons))}) OR list_has_any(scan_reasons, ?))")
            args += [*q.reasons, list(q.reasons)]
        if q.entities:
            conds.append("list_has_any(entities, ?)")
            args.append(list(q.entities))
        return (" WHERE " + " AND ".join(conds)) if conds else "", args

    def count(self, q: Query) -> int:
        w, args = self.where(q)
        with self._con() as con:
            return int(con.execute(f"SELECT count(*) FROM audit{w}", args).fetchone()[0])

    def records(self, q: Query, *, limit: int | None = None, newest_first: bool = False,
                extra_where: str = "", extra_args: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Matching records as the audit writer shaped them (allow-listed fields; None fields left out),
        in time order (the newest ``limit`` when given)."""
        w, args = self.where(q)
        if extra_where:
            w = (w + " AND " if w else " WHERE ") + extra_where
            args += list(extra_args)
        order = "DESC" if (newest_first or limit is not None) else "ASC"
        if limit is not None:  # top-N on two narrow columns first, then fetch only those rows in full
            sql = (f"SELECT {_SELECT} FROM audit WHERE rowid IN (SELECT rowid FROM audit{w} ORDER BY time {order},"
                   f" request_id {order} LIMIT {int(limit)}) ORDER BY time {order}, request_id {order}")
        else:
            sql = f"SELECT {_SELECT} FROM audit{w} ORDER BY time {order}, request_id {order}"
        with self._con() as con:
            rows = con.execute(sql, args).fetchall()
        if limit is not None and not newest_first:
            rows.reverse()
        return [self._record(row) for row in rows]

    def group_counts(self, q: Query, by: Sequence[str]) -> list[tuple[Any, ...]]:
        """(key…, lines, blocked, users) per group: dashboards. ``by`` are column names; ``hour`` groups by
        UTC hour (hours since 1970; callers turn it into the organisation's days) and counts no users
        (distinct users per hour mean little and cost most of the time)."""
        allowed = {"department", "service", "reason", "action", "user", "hour"}
        if not set(by) <= allowed:
            raise StoreError(f"unknown grouping {by}")
        cols = ", ".join('"user"' if b == "user" else b for b in by)
        users = "0" if "hour" in by else 'count(DISTINCT "user")'
        w, args = self.where(q)
        sql = (f"SELECT {cols}, count(*), count(*) FILTER (WHERE action = 'block'), {users} "
               f"FROM audit{w} GROUP BY ALL ORDER BY ALL")
        with self._con() as con:
            return con.execute(sql, args).fetchall()

    def page(self, q: Query, *, offset: int = 0, limit: int = 200) -> tuple[list[dict[str, Any]], int]:
        """One page of matching records, newest first, and the number of all matches: the count and the page's
        row ids are found in DuckDB; only the page's rows are fetched in full."""
        w, args = self.where(q)
        order = "ORDER BY time DESC, request_id DESC"
        sql = (f"SELECT {_SELECT} FROM audit WHERE rowid IN (SELECT rowid FROM audit{w} {order} "
               f"LIMIT {int(limit)} OFFSET {max(0, int(offset))}) {order}")
        with self._con() as con:
            total = int(con.execute(f"SELECT count(*) FROM audit{w}", args).fetchone()[0])
            rows = con.execute(sql, args).fetchall() if total > offset else []
        return [self._record(r) for r in rows], total

    @staticmethod
    def _record(row: Sequence[Any]) -> dict[str, Any]:
        r = {"event": EVENT} | {k: v for k, v in zip(FIELDS, row) if v is not None}
        f = row[FIELDS.index("findings")]
        if f is not None:
            r["findings"] = [] if f == "[]" else orjson.loads(f)
        return r

    # ------------------------------------------------------------ interactions (gateway/review/interactions.py)
    def ensure_units(self, lookup: EndpointLookup | None) -> float:
        """Mark which lines count as interactions (column ``unit``) with the reports' rule, for the lines
        ingested since the last marking (from ``UNITS_HORIZON_S`` before the earliest of them, so a visit
        or a send that spans the new lines is judged whole), or all lines when the catalog changed. Seconds."""
        t0 = time.perf_counter()
        fp = fingerprint(lookup)
        with self._con(read_only=False) as con:
            meta = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('units', 'units_from', 'unit_hours')"
                                    ).fetchall())
            if meta.get("units") == fp and "units_from" not in meta:
                if meta.get("unit_hours") != "1":  # a store marked before the roll-up existed
                    self._roll_up(con, -1)
                return time.perf_counter() - t0
            since = "" if meta.get("units") != fp else _shift(meta["units_from"], -UNITS_HORIZON_S)
            src = "(SELECT rowid AS rid, * FROM audit WHERE time >= ?)"
            load_extractors(con, src, lookup, [since])
            con.execute(f"CREATE OR REPLACE TEMP TABLE u AS {units_sql(src)}", [since])
            con.execute("UPDATE audit SET unit = NULL WHERE time >= ? AND unit IS NOT NULL", [since])
            con.execute("UPDATE audit SET unit = u.kind FROM u WHERE audit.rowid = u.rid")
            self._roll_up(con, int(_hour_of(since)) if since else -1)
            con.execute("DELETE FROM meta WHERE key = 'units_from'")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('units', ?)", [fp])
        return time.perf_counter() - t0

    @staticmethod
    def _roll_up(con: Any, from_hour: int) -> None:
        """``unit_hours`` again from ``from_hour`` on (-1: all)."""
        con.execute("DELETE FROM unit_hours WHERE hour >= ? OR hour IS NULL", [from_hour])
        con.execute("""INSERT INTO unit_hours SELECT hour, coalesce(department, ''), coalesce(service, ''),
                              coalesce("user", ''), unit, action = 'block', count(*)
                       FROM audit WHERE hour >= ? GROUP BY ALL""", [from_hour])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('unit_hours', '1')")

    def units(self, q: Query, lookup: EndpointLookup | None) -> list[tuple[dict[str, Any], str]]:
        """(record, kind) of every counted unit (prompt, upload, visit) among the query's lines, in time order."""
        self.ensure_units(lookup)
        w, args = self.where(q)
        w = (w + " AND " if w else " WHERE ") + "unit IS NOT NULL"
        with self._con() as con:
            rows = con.execute(f"SELECT {_SELECT}, unit FROM audit{w} ORDER BY time, request_id", args).fetchall()
        return [(self._record(r[:-1]), r[-1]) for r in rows]

    def unit_counts(self, q: Query, by: Sequence[str], lookup: EndpointLookup | None) -> list[tuple[Any, ...]]:
        """(key…, interactions, sends, visits, blocked, users, lines) per group, most interactions first, counted
        with the reports' rule: ``by`` is ``department`` and/or ``service``. Blocked and users count units."""
        if not by or not set(by) <= {"department", "service"}:
            raise StoreError(f"unknown grouping {by}")
        self.ensure_units(lookup)
        if self._hourly(q):  # dashboards: whole hours, perhaps some services — the roll-up answers
            conds, args = ["hour >= ?", "hour < ?"], [_hour_of(q.since, -10**9), _hour_of(q.until, 10**9)]
            if q.services:
                conds.append(f"service IN ({', '.join('?' * len(q.services))})")
                args += list(q.services)
            cols = ", ".join(by)
            sql = (f"SELECT {cols}, sum(n) FILTER (WHERE unit IS NOT NULL), sum(n) FILTER (WHERE unit IN ('prompt', "
                   f"'upload')), sum(n) FILTER (WHERE unit = 'visit'), sum(n) FILTER (WHERE unit IS NOT NULL AND "
                   f"blocked), count(DISTINCT \"user\") FILTER (WHERE unit IS NOT NULL AND \"user\" <> ''), sum(n) "
                   f"FROM unit_hours WHERE {' AND '.join(conds)} GROUP BY ALL")
            with self._con() as con:
                rows = [tuple(x or 0 if i >= len(by) else x for i, x in enumerate(r))
                        for r in con.execute(sql, args).fetchall()]
            return sorted(rows, key=lambda r: (-r[len(by)], tuple(str(x) for x in r[:len(by)])))
        keys = ", ".join("coalesce(department, '')" if b == "department" else "coalesce(service, '')" for b in by)
        w, args = self.where(q)
        sql = (f"SELECT {keys}, count(unit), count(*) FILTER (WHERE unit IN ('prompt', 'upload')), "
               f"count(*) FILTER (WHERE unit = 'visit'), count(unit) FILTER (WHERE action = 'block'), "
               f'count(DISTINCT "user") FILTER (WHERE unit IS NOT NULL), count(*) FROM audit{w} GROUP BY ALL')
        with self._con() as con:
            rows = con.execute(sql, args).fetchall()
        return sorted(rows, key=lambda r: (-r[len(by)], tuple(str(x) for x in r[:len(by)])))

    @staticmethod
    def _hourly(q: Query) -> bool:
        only = not (q.request_ids or q.users or q.departments or q.actions or q.reasons or q.entities or q.gateways)
        return only and all(t is None or t.timestamp() % 3600 == 0 for t in (q.since, q.until))

    def stats(self) -> dict[str, Any]:
        with self._con() as con:
            n = con.execute("SELECT count(*) FROM audit").fetchone()[0]
            src = con.execute('SELECT count(*), coalesce(sum(lines), 0) FROM sources').fetchone()
        return {"lines": n, "sources": src[0]}


def _is_gz(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _copy_tail(path: Path, gz: bool, offset: int, dest: Path) -> int:
    """Copy the complete lines after ``offset`` (uncompressed bytes) to ``dest``; the new offset."""
    opener = gzip.open if gz else open
    pos = offset
    with opener(path, "rb") as f, open(dest, "wb") as out:  # type: ignore[operator]
        if offset:
            f.seek(offset)
        rest = b""
        while True:
            block = f.read(8 << 20)
            if not block:
                break
            block = rest + block
            cut = block.rfind(b"\n") + 1
            out.write(block[:cut])
            pos += cut
            rest = block[cut:]
    return pos


def _hour_of(t: Any, default: int = -1) -> int:
    """Hours since 1970 (UTC) of a datetime or an audit stamp (the ``hour`` column)."""
    from gateway import clock

    if t is None or t == "":
        return default
    if isinstance(t, str):
        t = clock.parse_stamp(t)
    return int(t.timestamp() // 3600)


def _shift(stamp: str, seconds: float) -> str:
    """An audit time stamp moved by ``seconds`` (still comparable as a string); '' when unreadable."""
    import datetime as dt

    from gateway import clock

    try:
        return clock.stamp(clock.parse_stamp(stamp) + dt.timedelta(seconds=seconds))
    except ValueError:
        return ""


def _now() -> str:
    from gateway import clock

    return clock.stamp(timespec="seconds")


def default_store_path() -> Path | None:
    v = os.environ.get("AIGW_STORE")
    return Path(v) if v else None
