"""Storage of the approval registry: SQLite (default, one file) or PostgreSQL (psycopg 3) when several
gateways share one registry. Same tables and SQL on both; every change and its audit-trail event
are written in one transaction, and events are only ever inserted (never updated or deleted).

DSN forms: ``/path/reg.sqlite3``, ``sqlite:///path/reg.sqlite3``, ``postgresql://user@host:port/db``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from gateway import clock
from gateway.registry.model import Application, Event, RegistryError, Status

SCHEMA_VERSION = "1"
_TABLES = """
CREATE TABLE IF NOT EXISTS aigw_applications (
    application_id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'denied', 'revoked')),
    applicant TEXT NOT NULL,
    service TEXT NOT NULL,
    subject_user TEXT,
    subject_group TEXT,
    purposes TEXT NOT NULL,
    business_scope TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    approver TEXT,
    decided_at TEXT,
    decision_comment TEXT,
    revoked_by TEXT,
    revoked_at TEXT,
    revoke_reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((subject_user IS NULL) <> (subject_group IS NULL)),
    CHECK (valid_from <= valid_until)
);
CREATE TABLE IF NOT EXISTS aigw_approval_events (
    id {serial} PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES aigw_applications (application_id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS aigw_approval_events_app ON aigw_approval_events (application_id, id);
CREATE TABLE IF NOT EXISTS aigw_registry_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
"""
COLUMNS = ("application_id", "status", "applicant", "service", "subject_user", "subject_group", "purposes",
           "business_scope", "valid_from", "valid_until", "approver", "decided_at", "decision_comment",
           "revoked_by", "revoked_at", "revoke_reason", "created_at", "updated_at")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def now() -> str:
    return clock.stamp(timespec="seconds")


def is_postgres(dsn: str) -> bool:
    return dsn.startswith(("postgresql://", "postgres://"))


def describe(dsn: str) -> str:
    """The DSN without a password, for logs."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", dsn)


class Store:
    """One connection to the registry. Use as a context manager; ``open_store`` builds one."""

    def __init__(self, dsn: str, *, connect_timeout: float = 5, create: bool = True) -> None:
        self.dsn = dsn
        self.pg = is_postgres(dsn)
        self.path: Path | None = None
        self._identity: tuple[int, int] | None = None  # (st_dev, st_ino) of the SQLite file opened
        if self.pg:
            import psycopg

            self._errors: tuple[type[Exception], ...] = (psycopg.Error,)
            self._integrity: type[Exception] = psycopg.errors.IntegrityError
            self.conn: Any = psycopg.connect(dsn, connect_timeout=max(1, int(connect_timeout)), autocommit=False)
        else:
            path = Path(dsn.removeprefix("sqlite:///").removeprefix("sqlite://")).expanduser()
            if not create and not path.is_file():  # a reader never creates an empty registry in its place
                raise RegistryError(f"承認台帳がありません / the approval registry file is missing: {path}")
            path.parent.mkdir(parents=True, exist_ok=True)
            self.path = path
            self._errors = (sqlite3.Error,)
            self._integrity = sqlite3.IntegrityError
            self.conn = sqlite3.connect(path, timeout=connect_timeout, isolation_level=None,
                                        check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")  # gateways read while the CLI writes
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=10000")
            st = path.stat()
            self._identity = (st.st_dev, st.st_ino)
        self.ensure_schema()

    # ------------------------------------------------------------------ plumbing
    def _sql(self, sql: str) -> str:
        return re.sub(r":([a-z_]+)", r"%(\1)s", sql) if self.pg else sql

    def _exec(self, sql: str, params: dict[str, Any] | None = None) -> Any:
        return self.conn.execute(self._sql(sql), params or {})

    @contextmanager
    def tx(self) -> Iterator[None]:
        if self.pg:
            with self.conn.transaction():
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def ensure_schema(self) -> None:
        ddl = _TABLES.format(serial="BIGSERIAL" if self.pg else "INTEGER")
        with self.tx():
            if self.pg:  # two gateways starting at once must not race on CREATE TABLE
                self.conn.execute("SELECT pg_advisory_xact_lock(7274201)")
            for stmt in ddl.split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            self._exec("INSERT INTO aigw_registry_meta (key, value) VALUES ('schema_version', :v) "
                       "ON CONFLICT (key) DO NOTHING", {"v": SCHEMA_VERSION})
        if self.pg:
            self.conn.commit()

    def replaced(self) -> bool:
        """True when the SQLite file this store opened was replaced (new inode, e.g. a restore or an atomic
        ``mv``) or removed: the open connection would go on reading the old file's data."""
        if self.path is None or self._identity is None:
            return False
        try:
            st = self.path.stat()
        except OSError:
            return True
        return (st.st_dev, st.st_ino) != self._identity

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:
            pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def ping(self) -> None:
        self._exec("SELECT 1").fetchall()
        if self.pg:
            self.conn.rollback()

    # ------------------------------------------------------------------ rows
    @staticmethod
    def _row_to_app(row: Sequence[Any]) -> Application:
        r = dict(zip(COLUMNS, row))
        return Application(
            application_id=r["application_id"], status=Status(r["status"]), applicant=r["applicant"],
            service=r["service"], user=r["subject_user"], group=r["subject_group"],
            purposes=tuple(json.loads(r["purposes"])), business_scope=r["business_scope"],
            valid_from=dt.date.fromisoformat(r["valid_from"]), valid_until=dt.date.fromisoformat(r["valid_until"]),
            approver=r["approver"], decided_at=r["decided_at"], decision_comment=r["decision_comment"],
            revoked_by=r["revoked_by"], revoked_at=r["revoked_at"], revoke_reason=r["revoke_reason"],
            created_at=r["created_at"], updated_at=r["updated_at"])

    @staticmethod
    def _app_params(a: Application) -> dict[str, Any]:
        return {"application_id": a.application_id, "status": a.status.value, "applicant": a.applicant,
                "service": a.service, "subject_user": a.user, "subject_group": a.group,
                "purposes": json.dumps(list(a.purposes), ensure_ascii=False), "business_scope": a.business_scope,
                "valid_from": a.valid_from.isoformat(), "valid_until": a.valid_until.isoformat(),
                "approver": a.approver, "decided_at": a.decided_at, "decision_comment": a.decision_comment,
                "revoked_by": a.revoked_by, "revoked_at": a.revoked_at, "revoke_reason": a.revoke_reason,
                "created_at": a.created_at, "updated_at": a.updated_at}

    def _select(self, where: str = "", params: dict[str, Any] | None = None) -> list[Application]:
        rows = self._exec(f"SELECT {', '.join(COLUMNS)} FROM aigw_applications {where} ORDER BY application_id",
                          params).fetchall()
        if self.pg:
            self.conn.rollback()  # end the read transaction (no idle-in-transaction sessions)
        return [self._row_to_app(r) for r in rows]

    def _event(self, app_id: str, actor: str, action: str, detail: dict[str, Any], at: str) -> None:
        self._exec("INSERT INTO aigw_approval_events (application_id, at, actor, action, detail) "
                   "VALUES (:a, :at, :actor, :action, :detail)",
                   {"a": app_id, "at": at, "actor": actor, "action": action,
                    "detail": json.dumps(detail, ensure_ascii=False, default=str)})

    # ------------------------------------------------------------------ queries
    def get(self, app_id: str) -> Application:
        got = self._select("WHERE application_id = :id", {"id": app_id})
        if not got:
            raise RegistryError(f"申請 {app_id} はありません / no application {app_id!r}")
        return got[0]

    def list(self, status: str | None = None, service: str | None = None) -> list[Application]:
        clauses, params = [], {}
        if status:
            clauses.append("status = :status")
            params["status"] = status
        if service:
            clauses.append("service = :service")
            params["service"] = service
        return self._select(("WHERE " + " AND ".join(clauses)) if clauses else "", params)

    def approved(self) -> list[Application]:
        """What the gateways enforce: every approved (not revoked, not denied) application."""
        return self.list(status=Status.APPROVED.value)

    def events(self, app_id: str | None = None) -> list[Event]:
        where = "WHERE application_id = :id" if app_id else ""
        rows = self._exec(f"SELECT id, application_id, at, actor, action, detail FROM aigw_approval_events {where} "
                          "ORDER BY id", {"id": app_id} if app_id else {}).fetchall()
        if self.pg:
            self.conn.rollback()
        return [Event(int(r[0]), r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]

    # ------------------------------------------------------------------ changes
    def next_id(self, today: dt.date) -> str:
        prefix = f"REG-{today.year}-"
        rows = self._exec("SELECT application_id FROM aigw_applications WHERE application_id LIKE :p",
                          {"p": prefix + "%"}).fetchall()
        numbers = [int(r[0][len(prefix):]) for r in rows if r[0][len(prefix):].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1:04d}"

    def insert(self, app: Application, actor: str, action: str = "apply", detail: dict[str, Any] | None = None) \
            -> Application:
        """A new application (apply or import). Generates REG-YYYY-NNNN when no id is given."""
        for _attempt in range(5):
            at = now()
            try:
                with self.tx():
                    if not app.application_id:
                        app.application_id = self.next_id(clock.today())
                    elif not ID_RE.match(app.application_id):
                        raise RegistryError(f"申請番号が不正です / bad application id {app.application_id!r}")
                    app.created_at = app.created_at or at
                    app.updated_at = at
                    p = self._app_params(app)
                    self._exec(f"INSERT INTO aigw_applications ({', '.join(COLUMNS)}) VALUES "
                               f"({', '.join(':' + c for c in COLUMNS)})", p)
                    self._event(app.application_id, actor, action, detail or app.to_dict(), at)
                return app
            except self._integrity as e:
                if action == "apply" and "REG-" in app.application_id and _attempt < 4:
                    app.application_id = ""  # another writer took the number: take the next
                    continue
                raise RegistryError(f"申請 {app.application_id} は登録済みです / application {app.application_id!r}"
                                    f" already exists ({type(e).__name__})") from None
        raise RegistryError("could not allocate an application id")

    def insert_all(self, apps: Sequence[Application], actor: str, action: str) -> None:
        """Several applications with their given ids and states (import): all or none."""
        at = now()
        with self.tx():
            for a in apps:
                a.created_at = a.created_at or at
                a.updated_at = at
                self._exec(f"INSERT INTO aigw_applications ({', '.join(COLUMNS)}) VALUES "
                           f"({', '.join(':' + c for c in COLUMNS)})", self._app_params(a))
                self._event(a.application_id, actor, action, a.to_dict(), at)

    def transition(self, app_id: str, actor: str, action: str, expect: Status, new: Status,
                   fields: dict[str, Any]) -> Application:
        """pending→approved/denied, approved→revoked: checked and written in one transaction."""
        at = now()
        with self.tx():
            if self.pg:
                row = self._exec("SELECT status FROM aigw_applications WHERE application_id = :id FOR UPDATE",
                                 {"id": app_id}).fetchone()
            else:
                row = self._exec("SELECT status FROM aigw_applications WHERE application_id = :id",
                                 {"id": app_id}).fetchone()
            if row is None:
                raise RegistryError(f"申請 {app_id} はありません / no application {app_id!r}")
            if row[0] != expect.value:
                raise RegistryError(f"申請 {app_id} は {row[0]} の状態のため {action} できません / "
                                    f"cannot {action} an application in state {row[0]!r}")
            sets = {**fields, "status": new.value, "updated_at": at}
            self._exec(f"UPDATE aigw_applications SET {', '.join(f'{k} = :{k}' for k in sets)} "
                       "WHERE application_id = :application_id", {**sets, "application_id": app_id})
            self._event(app_id, actor, action, {**fields, "status": new.value}, at)
        return self.get(app_id)


def open_store(dsn: str, *, connect_timeout: float = 5, create: bool = True) -> Store:
    try:
        return Store(dsn, connect_timeout=connect_timeout, create=create)
    except RegistryError:
        raise
    except Exception as e:
        raise RegistryError(f"承認台帳に接続できません / cannot open the approval registry {describe(dsn)}: "
                            f"{type(e).__name__}: {e}") from None
