"""What a person did, from the HTTP lines of the audit log: prompts and uploads apart from page loads,
polling and connections (issue 15). Shared by ``aigw report``, the audit store and ``aigw console``.

A browser visit to ChatGPT writes a dozen ``request_decided`` lines (page, assets, polling, telemetry,
``prepare`` and ``conversation``); counting lines counts the browser, not the person. The rule, using
only audit fields (``method``, ``path``, ``service``, ``prompt_chars``, ``segments``, ``reason``):

1. **Interaction** (送信): the gateway extracted content to scan (``prompt_chars`` > 0 or ``segments`` > 0),
   or a sending method (POST/PUT/PATCH) was blocked for its content (``confidential_data``,
   ``oversize_body``, ``undecodable_body``, ``unscannable_file``, ``streamed_request_body``,
   ``scan_timeout``, ``scan_failed``, ``unsupported_endpoint``), or a sending method reached a catalogued
   content endpoint of the service (an ``endpoints`` entry whose extractor is not ``none``; the approval
   check blocks before the body is read, so those lines carry no ``prompt_chars``).
   An interaction is an **upload** when the endpoint's extractor is ``file_upload`` or the method is PUT,
   else a **prompt**.
2. One prompt is one interaction: sends by the same user to the same service on a *different* path within
   ``SAME_SEND_S`` seconds (ChatGPT's ``prepare`` + ``conversation``) count once; two sends to the same
   path (an API client's calls) count twice.
3. Everything else (page loads, polling, assets, CONNECTs) is **background**. Background lines of the same
   person (user, else client address) and service form a **visit** until ``VISIT_GAP_S`` seconds pass
   without a line; a visit without any interaction counts once (表示のみの訪問), represented by its most
   severe line (a block before a warning before an allow). So an unapproved page visit is one blocked
   visit, and five CONNECTs of one browser visit to a shadow-AI site are one attempt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

SEND_METHODS = frozenset({"POST", "PUT", "PATCH"})
CONTENT_BLOCKS = frozenset({"confidential_data", "oversize_body", "undecodable_body", "unscannable_file",
                            "streamed_request_body", "scan_timeout", "scan_failed", "unsupported_endpoint"})
SAME_SEND_S = 5.0
VISIT_GAP_S = 30 * 60.0
PROMPT, UPLOAD, VISIT = "prompt", "upload", "visit"

# (service, method, path) -> extractor name of the matching catalogued endpoint, or None
EndpointLookup = Callable[[str, str, str], str | None]


def endpoint_lookup(rules_dir: Path | None) -> EndpointLookup | None:
    """The catalog's endpoint table from services.yaml (best effort: None when unreadable)."""
    import yaml

    from gateway.rules.globs import compile_path_glob
    from gateway.rules.loader import DEFAULT_RULES_DIR

    try:
        data = yaml.safe_load((Path(rules_dir or DEFAULT_RULES_DIR) / "services.yaml").read_text(encoding="utf-8"))
        table: dict[str, list[tuple[re.Pattern[str], frozenset[str], str]]] = {}
        for s in data.get("services") or []:
            for e in s.get("endpoints") or []:
                table.setdefault(s["id"], []).append((compile_path_glob(e["path"]),
                                                      frozenset(e.get("methods") or ["POST"]), e["extractor"]))
    except Exception:  # noqa: BLE001 - counting falls back to the fields alone
        return None
    cache: dict[tuple[str, str, str], str | None] = {}
    import hashlib

    fingerprint = hashlib.sha256(repr(sorted((k, [(p.pattern, sorted(m), x) for p, m, x in v])
                                             for k, v in table.items())).encode()).hexdigest()[:16]

    def look(service: str, method: str, path: str) -> str | None:
        key = (service, method, path)
        if key not in cache:
            cache[key] = next((x for pat, methods, x in table.get(service, ())
                               if method in methods and pat.match(path)), None)
        return cache[key]

    look.fingerprint = fingerprint  # type: ignore[attr-defined]  # the audit store re-marks units when it changes
    return look


def fingerprint(lookup: EndpointLookup | None) -> str:
    return getattr(lookup, "fingerprint", "none") if lookup is not None else "none"


# ---------------------------------------------------------------- the rule, once, in SQL
# The rule above is written once, as this DuckDB query, and used by every counter: ``units()`` below (the
# monthly report from JSONL), the audit store's ``units``/``unit_counts`` (the report from the store and the
# console's dashboards). ``src`` is a relation with the audit columns and a unique ``rid``; ``ext`` is a table
# (service, method, path0, extractor) of the catalogued send endpoints the rows hit (``load_extractors``).
_SENDS = "(" + ", ".join(f"'{m}'" for m in sorted(SEND_METHODS)) + ")"
_CONTENT = "(" + ", ".join(f"'{r}'" for r in sorted(CONTENT_BLOCKS)) + ")"
_ORDER = "t, time, request_id, rid"


def units_sql(src: str) -> str:
    """SQL giving (rid, kind) for every counted unit of ``src``: kind 'prompt', 'upload' or 'visit'."""
    return f"""
WITH b AS (
  SELECT rid, time, request_id, coalesce(nullif("user", ''), nullif(client_ip, ''), '') AS who,
         coalesce(service, '') AS svc, upper(coalesce(method, '')) AS m, coalesce(path, '') AS p,
         coalesce(action, '') AS action, reason, prompt_chars, segments,
         epoch_ms(TRY_CAST(time AS TIMESTAMPTZ)) / 1000.0 AS t
  FROM {src}),
k AS (
  SELECT b.*, CASE WHEN coalesce(b.prompt_chars, 0) > 0 OR coalesce(b.segments, 0) > 0
                     OR (b.m IN {_SENDS} AND (b.reason IN {_CONTENT} OR coalesce(x.extractor, 'none') <> 'none'))
                   THEN CASE WHEN x.extractor = 'file_upload' OR b.m = 'PUT' THEN '{UPLOAD}' ELSE '{PROMPT}' END
              END AS kind
  FROM b LEFT JOIN ext x ON b.m IN {_SENDS} AND x.service = b.svc AND x.method = b.m
                          AND x.path0 = split_part(b.p, '?', 1)
  WHERE b.t IS NOT NULL),
g AS (SELECT *, lag(t) OVER (PARTITION BY who, svc ORDER BY {_ORDER}) AS prev_t FROM k),
v AS (SELECT *, sum(CASE WHEN t - prev_t > {VISIT_GAP_S} THEN 1 ELSE 0 END)
                  OVER (PARTITION BY who, svc ORDER BY {_ORDER} ROWS UNBOUNDED PRECEDING) AS visit FROM g),
vv AS (SELECT *, bool_or(kind IS NOT NULL) OVER (PARTITION BY who, svc, visit) AS interacted,
              row_number() OVER (PARTITION BY who, svc, visit ORDER BY
                  CASE action WHEN 'block' THEN 2 WHEN 'warn' THEN 1 ELSE 0 END DESC, {_ORDER}) AS rep
       FROM v),
s AS (SELECT rid, t, p, lag(t) OVER w AS pt, lag(p) OVER w AS pp FROM vv WHERE kind = '{PROMPT}'
      WINDOW w AS (PARTITION BY who, svc ORDER BY {_ORDER}))
SELECT rid, kind FROM vv WHERE kind = '{UPLOAD}'
UNION ALL SELECT rid, '{PROMPT}' FROM s WHERE NOT (pt IS NOT NULL AND t - pt <= {SAME_SEND_S} AND pp <> p)
UNION ALL SELECT rid, '{VISIT}' FROM vv WHERE NOT interacted AND rep = 1
"""


def load_extractors(con: Any, src: str, lookup: EndpointLookup | None, args: Sequence[Any] = ()) -> None:
    """The temporary ``ext`` table for ``units_sql``: the catalog's extractor of each distinct send
    (service, method, path) of ``src`` (the catalog's path globs stay in Python, gateway/rules/globs.py)."""
    con.execute("CREATE OR REPLACE TEMP TABLE ext (service VARCHAR, method VARCHAR, path0 VARCHAR, extractor VARCHAR)")
    if lookup is None:
        return
    combos = con.execute(f"""SELECT DISTINCT coalesce(service, ''), upper(method), split_part(coalesce(path, ''), '?', 1)
                             FROM {src} WHERE upper(method) IN {_SENDS}""", list(args)).fetchall()
    rows = [(sv, m, p, x) for sv, m, p in combos if (x := lookup(sv, m, p)) is not None]
    if rows:
        con.executemany("INSERT INTO ext VALUES (?, ?, ?, ?)", rows)


_COLUMNS = {"rid": "BIGINT", "time": "VARCHAR", "request_id": "VARCHAR", "user": "VARCHAR", "client_ip": "VARCHAR",
            "service": "VARCHAR", "method": "VARCHAR", "path": "VARCHAR", "action": "VARCHAR", "reason": "VARCHAR",
            "prompt_chars": "BIGINT", "segments": "BIGINT"}


def units(records: Iterable[dict[str, Any]], lookup: EndpointLookup | None = None) -> Iterator[tuple[dict[str, Any], str]]:
    """(record, kind) for each counted unit, kind in PROMPT / UPLOAD / VISIT, in the records' order (the rule
    runs as ``units_sql`` in an in-memory DuckDB)."""
    import tempfile

    import duckdb
    import orjson

    recs = list(records)
    if not recs:
        return
    keys = [k for k in _COLUMNS if k != "rid"]
    with tempfile.NamedTemporaryFile(suffix=".jsonl", prefix="aigw-units-") as f:
        for i, r in enumerate(recs):
            row = {k: r.get(k) for k in keys}
            for k in ("prompt_chars", "segments"):
                if not isinstance(row[k], int) or isinstance(row[k], bool):
                    row[k] = None
            f.write(orjson.dumps({"rid": i, **{k: (v if v is None or isinstance(v, int) else str(v))
                                               for k, v in row.items()}}) + b"\n")
        f.flush()
        con = duckdb.connect(":memory:", config={"threads": 2})
        try:
            cols = "{" + ", ".join(f"'{k}': '{v}'" for k, v in _COLUMNS.items()) + "}"
            con.execute(f"CREATE TEMP TABLE src AS SELECT * FROM read_json(?, format='newline_delimited', "
                        f"columns={cols})", [f.name])
            load_extractors(con, "src", lookup)
            found = con.execute(units_sql("src") + " ORDER BY rid").fetchall()
        finally:
            con.close()
    for rid, kind in found:
        yield recs[rid], kind
