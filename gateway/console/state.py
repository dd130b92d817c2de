"""The console's state: server-side sessions, its configuration, the append-only trail and the store/registry
handles shared by the request handlers of ``gateway.console.app``."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from gateway import clock
from gateway.console.auth import Principal
from gateway.review.logs import LogsError
from gateway.review.store import AuditStore

COOKIE = "aigw_console"
LOGIN_COOKIE = "aigw_console_login"
MAX_SESSION_S = 12 * 3600
TRIAGE = {"confirmed": "確認済", "false_positive": "誤検知", "suspected_violation": "違反の疑い"}
ACTION_JA = {"allow": "許可", "warn": "警告", "block": "ブロック"}
PAGE = 200  # search results per page


def rows(recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Audit records as table rows (allow-listed fields only; times in the organisation's zone)."""
    from gateway.review.logs import to_local

    return [{"time": to_local(r.get("time")), "request_id": r.get("request_id", ""), "user": r.get("user") or "-",
             "department": r.get("department") or "-", "service": r.get("service") or "-",
             "purpose": r.get("purpose") or "", "action": r.get("action") or "", "reason": r.get("reason") or "",
             "entities": "、".join(f"{x.get('entity')}×{x.get('count')}" for x in r.get("findings") or ()
                                  if isinstance(x, dict)),
             "method": r.get("method") or "", "host": r.get("host") or "", "path": r.get("path") or ""}
            for r in recs]


@dataclass
class Session:
    principal: Principal
    csrf: str
    created: float
    seen: float


@dataclass
class Config:
    rules_dir: Path
    registry: str
    store: Path
    audit: list[str]
    trail: Path
    secure_cookies: bool = False
    ingest_every_s: float = 5.0


class Trail:
    """The console's append-only trail (one JSON line per action, fsync'd)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()

    def write(self, **fields: Any) -> dict[str, Any]:
        rec = {"time": clock.stamp(), "event": "console_action", **fields}
        line = json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock, open(self.path, "a", encoding="utf-8") as f:
            f.write(line)
            f.flush()
            import os

            os.fsync(f.fileno())
        return rec

    def read(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        out = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out


@dataclass
class Console:
    cfg: Config
    rules: Any = None
    catalog: Any = None
    store: AuditStore | None = None
    trail: Trail | None = None
    sessions: dict[str, Session] = field(default_factory=dict)
    lookup: Any = None  # the catalog's send endpoints (gateway/review/interactions.py)
    oidc: Any = None  # gateway.console.oidc.OidcClient when console.oidc is configured
    _last_ingest: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def load(self) -> None:
        from gateway.registry import workflow

        use_zone(self.cfg.rules_dir)
        self.catalog = workflow.load_catalog(self.cfg.rules_dir)
        self.rules = self.catalog.rules
        from gateway.review.interactions import endpoint_lookup

        self.lookup = endpoint_lookup(self.cfg.rules_dir)
        self.store = AuditStore(self.cfg.store)
        self.trail = Trail(self.cfg.trail)
        self.ingest(force=True)

    def ingest(self, force: bool = False) -> None:
        """New audit lines into the store, at most every ``ingest_every_s`` seconds."""
        from gateway.review.logs import expand

        with self._lock:
            if not force and time.monotonic() - self._last_ingest < self.cfg.ingest_every_s:
                return
            try:
                files = expand(self.cfg.audit)
            except LogsError:
                files = []
            assert self.store is not None
            self.store.ingest(files)
            self.store.ensure_units(self.lookup)  # dashboards count interactions with the reports' rule
            self._last_ingest = time.monotonic()

    @property
    def session_s(self) -> float:
        return 60.0 * self.rules.policy.console.session_minutes


def use_zone(rules_dir: Path) -> None:
    from gateway.rules.zone import use_rules_zone

    use_rules_zone(rules_dir)
