"""The approval procedure: 申請 → 審査 (承認 / 却下) → 取消, with the checks the agreement asks for.

- An application names a catalog service, purposes inside that service's 業務の範囲 (business_scopes),
  a user from users.yaml or a group / 所属 some user has, and a period.
- Only an approver entitled for the service (``approvers.yaml`` in the rules directory) may approve,
  deny or revoke, and never their own application (separation of duties).
- Imports (CSV / YAML from an existing 申請 system) are checked the same way, all rows or none.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from gateway import clock
from gateway.registry.model import Application, RegistryError, Status
from gateway.registry.store import Store
from gateway.rules.loader import load_rules
from gateway.rules.schema import ApproverSpec


@dataclass(frozen=True)
class Catalog:
    """What an application is checked against (from the rules directory)."""

    scopes: dict[str, tuple[str, ...]]  # service id -> business scopes
    users: frozenset[str]
    groups: frozenset[str]  # groups and 所属
    approvers: dict[str, ApproverSpec]
    admins: frozenset[str] = frozenset()  # policy.yaml console.admins: may decide on every service
    rules: Any = field(default=None, compare=False, repr=False)  # the RuleSet (identity source for sign-in)

    def approver_for(self, name: str, service: str) -> ApproverSpec:
        a = self.approvers.get(name)
        if a is None and name in self.admins:
            return ApproverSpec(name=name, display_name=f"{name}（管理者）", services=["*"])
        if a is None:
            raise RegistryError(f"{name} は許可権限者として登録されていません（approvers.yaml） / "
                                f"{name!r} is not an approver")
        if "*" not in a.services and service not in a.services:
            raise RegistryError(f"{name}（{a.display_name}）は {service} の許可権限者ではありません / "
                                f"{name!r} may not decide on {service!r}")
        return a

    def recorded_approver(self, recorded: str, service: str) -> ApproverSpec:
        """The approver named in an imported row (login name or 職名 as exported), entitled for ``service``."""
        by_display = [a for a in self.approvers.values() if a.display_name == recorded]
        name = recorded if recorded in self.approvers or not by_display else by_display[0].name
        return self.approver_for(name, service)


def load_catalog(rules_dir: Path, tenant: str | None = None) -> Catalog:
    """The catalog of ``rules_dir``; ``tenant``: one 団体 of its tenants.yaml (its users, approvers, policy)."""
    rules = load_rules(rules_dir)
    if tenant is not None:
        found = next((t for t in rules.tenants if t.id == tenant), None)
        if found is None:
            raise RegistryError(f"団体 {tenant!r} は tenants.yaml にありません / unknown tenant"
                                f" (known: {', '.join(t.id for t in rules.tenants) or 'none'})")
        rules = found.rules
    groups = {g for u in rules.users.values() for g in u.groups} | {u.department for u in rules.users.values()}
    return Catalog(scopes={s.id: s.business_scopes for s in rules.services}, users=frozenset(rules.users),
                   groups=frozenset(groups), approvers=rules.approvers,
                   admins=frozenset(rules.policy.console.admins), rules=rules)


def _date(v: Any, what: str) -> dt.date:
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v).strip())
    except ValueError:
        raise RegistryError(f"{what}: 日付は YYYY-MM-DD で指定してください / expected YYYY-MM-DD, got {v!r}") from None


def check_application(cat: Catalog, app: Application) -> None:
    if app.service not in cat.scopes:
        raise RegistryError(f"サービス {app.service} はカタログにありません / unknown service {app.service!r}")
    if bool(app.user) == bool(app.group):
        raise RegistryError("利用者（--user）かグループ・所属（--group）のどちらか一つを指定してください / "
                            "give exactly one of user or group")
    if app.user and app.user not in cat.users:
        raise RegistryError(f"利用者 {app.user} は users.yaml にいません / unknown user {app.user!r}")
    if app.group and app.group not in cat.groups:
        raise RegistryError(f"グループ・所属 {app.group} の利用者がいません / no user has group or 所属 {app.group!r}")
    if not app.purposes:
        raise RegistryError("利用目的を一つ以上指定してください / at least one purpose")
    outside = [p for p in app.purposes if p not in cat.scopes[app.service]]
    if outside:
        raise RegistryError(f"利用目的 {'、'.join(outside)} は {app.service} の業務の範囲"
                            f"（{'、'.join(cat.scopes[app.service])}）にありません / purpose outside the business scope")
    if not app.business_scope.strip():
        raise RegistryError("業務の範囲（--scope）を記入してください / business scope is required")
    if app.valid_until < app.valid_from:
        raise RegistryError("有効期限が開始日より前です / valid_until is before valid_from")
    if not app.applicant.strip():
        raise RegistryError("申請者を指定してください / applicant is required")


# ---------------------------------------------------------------- operations
def apply(store: Store, cat: Catalog, *, applicant: str, service: str, purposes: list[str], scope: str,
          valid_from: Any, valid_until: Any, user: str | None = None, group: str | None = None,
          application_id: str = "") -> Application:
    app = Application(application_id=application_id, applicant=applicant, service=service,
                      purposes=tuple(dict.fromkeys(purposes)), business_scope=scope,
                      valid_from=_date(valid_from, "valid_from"), valid_until=_date(valid_until, "valid_until"),
                      user=user or None, group=group or None)
    check_application(cat, app)
    return store.insert(app, actor=applicant, action="apply")


def approve(store: Store, cat: Catalog, app_id: str, approver: str, comment: str | None = None) -> Application:
    app = store.get(app_id)
    who = cat.approver_for(approver, app.service)
    if approver == app.applicant:
        raise RegistryError("自分の申請は承認できません / an approver cannot approve their own application")
    check_application(cat, app)  # the catalog may have changed since the application
    return store.transition(app_id, approver, "approve", Status.PENDING, Status.APPROVED,
                            {"approver": who.display_name, "decided_at": _now(), "decision_comment": comment})


def deny(store: Store, cat: Catalog, app_id: str, approver: str, reason: str) -> Application:
    app = store.get(app_id)
    who = cat.approver_for(approver, app.service)
    if not reason.strip():
        raise RegistryError("却下の理由を記入してください / a reason is required")
    return store.transition(app_id, approver, "deny", Status.PENDING, Status.DENIED,
                            {"approver": who.display_name, "decided_at": _now(), "decision_comment": reason})


def revoke(store: Store, cat: Catalog, app_id: str, by: str, reason: str) -> Application:
    app = store.get(app_id)
    cat.approver_for(by, app.service)
    if not reason.strip():
        raise RegistryError("取消の理由を記入してください / a reason is required")
    return store.transition(app_id, by, "revoke", Status.APPROVED, Status.REVOKED,
                            {"revoked_by": by, "revoked_at": _now(), "revoke_reason": reason})


def _now() -> str:
    return clock.stamp(timespec="seconds")


# ---------------------------------------------------------------- import / export
EXPORT_FIELDS = ("application_id", "status", "applicant", "service", "user", "group", "purposes", "business_scope",
                 "valid_from", "valid_until", "approver", "decided_at", "decision_comment", "revoked_by",
                 "revoked_at", "revoke_reason", "created_at", "updated_at")


def export(store: Store, fmt: str) -> str:
    apps = [a.to_dict() for a in store.list()]
    if fmt == "yaml":
        return yaml.safe_dump({"applications": apps}, allow_unicode=True, sort_keys=False)
    buf = io.StringIO()
    w = csv.DictWriter(buf, EXPORT_FIELDS, lineterminator="\n")
    w.writeheader()
    for a in apps:
        w.writerow({**{k: ("" if v is None else v) for k, v in a.items()}, "purposes": ";".join(a["purposes"])})
    return buf.getvalue()


def decode_import(data: bytes, encoding: str | None = None) -> str:
    """The text of an import file: UTF-8 (with or without BOM), else CP932 (a CSV saved by Excel on
    Japanese Windows); ``encoding`` forces one."""
    if encoding:
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except (UnicodeDecodeError, LookupError) as e:
            raise RegistryError(f"文字コード {encoding} で読めません / cannot decode as {encoding}: {e}") from None
    for enc in ("utf-8-sig", "cp932"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise RegistryError("文字コードを判別できません（UTF-8 または Shift_JIS/CP932 で保存してください） / "
                        "cannot decode: save as UTF-8 or CP932")


def parse_import(text: str, fmt: str) -> list[dict[str, Any]]:
    if fmt == "yaml":
        data = yaml.safe_load(text) or {}
        rows = data.get("applications") if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise RegistryError("YAML には applications: のリストが必要です / expected a list under 'applications'")
        return [dict(r) for r in rows]
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    for r in rows:
        r["purposes"] = [p for p in (r.get("purposes") or "").replace("、", ";").split(";") if p.strip()]
    return rows


def import_rows(store: Store, cat: Catalog, rows: list[dict[str, Any]], actor: str) -> list[Application]:
    """All rows are checked first; then inserted in one go. An error names the row.

    Complexity above 15 on purpose: one flat list of per-field checks of an imported row, each
    naming the row and field in Japanese and English; splitting it would scatter the row context."""
    apps = []
    allowed = set(EXPORT_FIELDS)
    for i, r in enumerate(rows, 1):
        where = f"{i} 行目（{r.get('application_id') or '番号なし'}）/ row {i}"
        unknown = set(k for k in r if k) - allowed
        if unknown:
            raise RegistryError(f"{where}: 不明な項目 / unknown field(s) {sorted(unknown)}")
        try:
            status = Status(str(r.get("status") or "pending").strip())
            purposes = r.get("purposes") or []
            app = Application(
                application_id=str(r.get("application_id") or "").strip(), applicant=str(r.get("applicant") or ""),
                service=str(r.get("service") or "").strip(), purposes=tuple(str(p).strip() for p in purposes),
                business_scope=str(r.get("business_scope") or ""), valid_from=_date(r.get("valid_from"), "valid_from"),
                valid_until=_date(r.get("valid_until"), "valid_until"), user=(str(r.get("user") or "").strip() or None),
                group=(str(r.get("group") or "").strip() or None), status=status,
                approver=(str(r.get("approver") or "") or None), decided_at=r.get("decided_at") or None,
                decision_comment=r.get("decision_comment") or None, revoked_by=r.get("revoked_by") or None,
                revoked_at=r.get("revoked_at") or None, revoke_reason=r.get("revoke_reason") or None,
                created_at=str(r.get("created_at") or ""))
            if not app.application_id:
                raise RegistryError("申請番号（application_id）がありません / application_id is required")
            check_application(cat, app)
            if status in (Status.APPROVED, Status.DENIED, Status.REVOKED) and not app.approver:
                raise RegistryError("承認・却下の行には許可権限者（approver）が必要です / approver is required")
            if app.approver:  # a decision recorded elsewhere still needs an entitled 許可権限者
                cat.recorded_approver(app.approver, app.service)
            if app.revoked_by:
                cat.recorded_approver(app.revoked_by, app.service)
        except (RegistryError, ValueError) as e:
            raise RegistryError(f"{where}: {e}") from None
        apps.append(app)
    ids = [a.application_id for a in apps]
    if len(set(ids)) != len(ids):
        raise RegistryError(f"申請番号が重複しています / duplicate application ids: "
                            f"{sorted({x for x in ids if ids.count(x) > 1})}")
    existing = {a.application_id for a in store.list()}
    clash = sorted(set(ids) & existing)
    if clash:
        raise RegistryError(f"登録済みの申請番号です / already in the registry: {clash}")
    store.insert_all(apps, actor, "import")
    return apps
