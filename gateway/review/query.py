"""Reading audit JSONL for ``aigw logs``, ``aigw report`` and the audit store: files and globs (``.gz`` too),
times in the organisation's zone, the ``Query`` filters with byte-level prefilters, and parsing of
``request_decided`` records down to the audit allow-list."""

from __future__ import annotations

import gc
import datetime as dt
import glob
import gzip
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from gateway import clock
from gateway.audit_fields import AUDIT_FIELDS

EVENT = "request_decided"

# columns of the table and CSV: (key, 日本語見出し)
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
    tenants: tuple[str, ...] = ()  # tenant ids (tenants.yaml): many 団体 on one fleet
    _since_key: str | None = field(default=None, init=False)
    _until_key: str | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._since_key = utc_key(self.since) if self.since else None
        self._until_key = utc_key(self.until) if self.until else None

    def needle_groups(self) -> list[tuple[bytes, ...]]:
        """Byte strings a matching line must contain (one of each group), most selective first."""
        groups: list[tuple[bytes, ...]] = []
        for key, vals in (("request_id", self.request_ids), ("user", self.users), ("gateway", self.gateways),
                          ("service", self.services), ("tenant", self.tenants)):
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
                          ("action", self.actions), ("gateway", self.gateways), ("tenant", self.tenants)):
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

