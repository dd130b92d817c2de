"""``aigw approvals apply | list | show | approve | deny | revoke | import | export``.

Every command takes ``--db DSN`` (SQLite path or ``postgresql://…``; default ``$AIGW_REGISTRY``) and
``--rules DIR`` (catalog, users, ``approvers.yaml``). Changes print one JSON line (``approval_applied``,
``approval_approved`` …) and are kept in the registry's audit trail (``aigw approvals show ID``).
Refused changes exit 2 with a Japanese/English message; nothing is written.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import unicodedata
from pathlib import Path

from gateway import clock
from gateway.registry import workflow
from gateway.registry.model import STATUS_JA, Application, RegistryError
from gateway.registry.store import Store, open_store
from gateway.rules.errors import RulesError
from gateway.rules.zone import use_rules_zone


def _actor_default() -> str:
    return os.environ.get("AIGW_OPERATOR") or getpass.getuser()


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, help="registry DSN: SQLite path or postgresql://… (default $AIGW_REGISTRY)")
    p.add_argument("--rules", type=Path, default=None, help="rules directory (default: shipped rules/)")
    p.add_argument("--tenant", default=None, metavar="ID",
                   help="one 団体 of tenants.yaml in --rules: its users and approvers; --db defaults to its registry")
    sub = p.add_subparsers(dest="approvals_command", required=True)

    a = sub.add_parser("apply", help="申請: a new application (status pending)")
    a.add_argument("--service", required=True)
    who = a.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", help="the user the approval is for")
    who.add_argument("--group", help="a group or 所属 (every member)")
    a.add_argument("--purpose", action="append", required=True, help="利用目的 (repeatable; within the service's 業務の範囲)")
    a.add_argument("--scope", required=True, help="業務の範囲: what the service will be used for, in words")
    a.add_argument("--from", dest="valid_from", default=None, help="start date YYYY-MM-DD (default today)")
    a.add_argument("--until", dest="valid_until", required=True, help="expiry date YYYY-MM-DD (inclusive)")
    a.add_argument("--applicant", default=None, help="申請者 (default: $AIGW_OPERATOR or the login name)")
    a.add_argument("--id", default="", help="申請番号 (default: REG-YYYY-NNNN)")

    ls = sub.add_parser("list", help="list applications")
    ls.add_argument("--status", choices=("pending", "approved", "denied", "revoked", "expired"))
    ls.add_argument("--service")
    ls.add_argument("--format", choices=("table", "json", "csv"), default="table")

    s = sub.add_parser("show", help="one application with its audit trail")
    s.add_argument("id")
    s.add_argument("--format", choices=("text", "json"), default="text")

    for name, helptext in (("approve", "承認 (an approver entitled for the service)"), ("deny", "却下 (with a reason)"),
                           ("revoke", "取消 (with a reason)")):
        c = sub.add_parser(name, help=helptext)
        c.add_argument("id")
        c.add_argument("--by", default=None,
                       help="the approver signing in (default: $AIGW_OPERATOR or the login name); the password is"
                            " checked against the proxy's identity source (htpasswd/LDAP)")
        _password_args(c)
        if name == "approve":
            c.add_argument("--comment", default=None)
        else:
            c.add_argument("--reason", required=True)

    i = sub.add_parser("import", help="import applications from CSV or YAML (all rows or none)")
    i.add_argument("file", type=Path)
    i.add_argument("--format", choices=("csv", "yaml"), default=None, help="default: from the file name")
    i.add_argument("--by", default=None, help="who imports: an admin or a 許可権限者 (signs in like approve)")
    i.add_argument("--encoding", default=None,
                   help="file encoding (default: UTF-8, else CP932 as Excel saves CSV on Japanese Windows)")
    _password_args(i)

    e = sub.add_parser("export", help="export every application (CSV or YAML)")
    e.add_argument("--format", choices=("csv", "yaml"), default="csv")
    e.add_argument("-o", "--output", type=Path, default=None)


def _password_args(c: argparse.ArgumentParser) -> None:
    c.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of stdin (else $AIGW_PASSWORD, else a prompt)")


def _signed_in(a: argparse.Namespace, cat: workflow.Catalog) -> str:
    """The approver's name after checking their password against the proxy's identity source
    (policy.yaml console.proxyauth, default identity.proxyauth). A shell account alone decides nothing."""
    from gateway.console.auth import AuthError, authenticate

    name = a.by or _actor_default()
    if a.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif os.environ.get("AIGW_PASSWORD"):
        password = os.environ["AIGW_PASSWORD"]
    elif sys.stdin.isatty():
        password = getpass.getpass(f"{name} のパスワード / password: ")
    else:
        raise RegistryError("許可権限者の認証が必要です。--password-stdin、環境変数 AIGW_PASSWORD、または端末で"
                            "パスワードを入力してください / the approver must sign in (--password-stdin, $AIGW_PASSWORD"
                            " or a terminal prompt)")
    try:
        who = authenticate(cat.rules, name, password)
    except AuthError as e:
        raise RegistryError(f"{name}: {e}") from None
    if not (who.admin or who.approver_services):
        raise RegistryError(f"{name} は許可権限者（approvers.yaml）でも管理者（policy.yaml console.admins）でもありません /"
                            f" {name!r} is neither an approver nor an admin")
    return name


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(headers), "  ".join("-" * w for w in widths)] + [line(r) for r in rows]) + "\n"


def _emit(event: str, app: Application) -> None:
    print(json.dumps({"event": event, **app.to_dict()}, ensure_ascii=False))


def _list(store: Store, a: argparse.Namespace) -> None:
    today = clock.today()
    apps = store.list(status=None if a.status in (None, "expired", "approved") else a.status, service=a.service)
    if a.status:
        apps = [x for x in apps if x.effective_status(today) == a.status]
    if a.format == "json":
        print(json.dumps([dict(x.to_dict(), effective_status=x.effective_status(today)) for x in apps],
                         ensure_ascii=False, indent=1))
        return
    if a.format == "csv":
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["application_id", "status", "service", "subject", "purposes", "valid_from", "valid_until",
                    "applicant", "approver"])
        for x in apps:
            w.writerow([x.application_id, x.effective_status(today), x.service, x.subject, ";".join(x.purposes),
                        x.valid_from, x.valid_until, x.applicant, x.approver or ""])
        return
    rows = [[x.application_id, STATUS_JA[x.effective_status(today)], x.service, x.subject, "、".join(x.purposes),
             f"{x.valid_from}〜{x.valid_until}", x.applicant, x.approver or "-"] for x in apps]
    sys.stdout.write(_table(["申請番号", "状態", "サービス", "対象（利用者・グループ）", "利用目的", "有効期間", "申請者",
                             "許可権限者"], rows))
    print(f"{len(apps)} 件")


def _show(store: Store, a: argparse.Namespace) -> None:
    app = store.get(a.id)
    events = store.events(a.id)
    today = clock.today()
    if a.format == "json":
        print(json.dumps({**app.to_dict(), "effective_status": app.effective_status(today),
                          "history": [vars(e) for e in events]}, ensure_ascii=False, indent=1))
        return
    d = app.to_dict()
    labels = [("申請番号", "application_id"), ("申請者", "applicant"), ("サービス", "service"), ("利用者", "user"),
              ("グループ・所属", "group"), ("業務の範囲", "business_scope"), ("開始日", "valid_from"),
              ("有効期限", "valid_until"), ("許可権限者", "approver"), ("判断日時", "decided_at"),
              ("コメント・理由", "decision_comment"), ("取消", "revoked_at"), ("取消者", "revoked_by"),
              ("取消理由", "revoke_reason")]
    print(f"状態: {STATUS_JA[app.effective_status(today)]}")
    print(f"利用目的: {'、'.join(app.purposes)}")
    for ja, key in labels:
        if d.get(key):
            print(f"{ja}: {d[key]}")
    print("\n履歴（監査証跡）:")
    for e in events:
        detail = {k: v for k, v in e.detail.items() if v not in (None, "", [])}
        keep = {k: detail[k] for k in ("status", "approver", "decision_comment", "revoke_reason", "revoked_by")
                if k in detail}
        print(f"  {e.at}  {e.actor}  {e.action}  {json.dumps(keep, ensure_ascii=False)}")


def _tenant_registry(a: argparse.Namespace) -> str | None:
    """The registry of ``--tenant`` (tenants.yaml ``registry``): a 団体's approvals never go to another's."""
    from gateway.rules.loader import DEFAULT_RULES_DIR, validate_file
    from gateway.rules.tenants import TENANTS_FILE, TenantsFile

    path = Path(a.rules or DEFAULT_RULES_DIR) / TENANTS_FILE
    try:
        tenants = validate_file(path, TenantsFile).tenants if path.exists() else []
    except RulesError:
        return None  # reported with file and entry when the catalog is loaded
    return next((t.registry for t in tenants if t.id == a.tenant), None)


def run(a: argparse.Namespace) -> int:
    # complexity: one dispatch over the eight approvals subcommands with their error mapping, kept together so
    # every subcommand shares the same refusal path (exit 2, nothing written)
    dsn = a.db or (_tenant_registry(a) if getattr(a, "tenant", None) else os.environ.get("AIGW_REGISTRY"))
    if not dsn:
        print("aigw approvals: --db（または環境変数 AIGW_REGISTRY）で承認台帳を指定してください / "
              "give the registry with --db or $AIGW_REGISTRY", file=sys.stderr)
        return 2
    try:
        use_rules_zone(a.rules)  # every date decided and shown in the organisation's zone, as the gateway does
    except RulesError as e:
        print(f"aigw approvals: ルールが不正です / invalid rules: {e}", file=sys.stderr)
        return 2
    try:
        with open_store(dsn) as store:
            cmd = a.approvals_command
            if cmd == "list":
                _list(store, a)
                return 0
            if cmd == "show":
                _show(store, a)
                return 0
            if cmd == "export":
                text = workflow.export(store, a.format)
                if a.output:
                    a.output.write_text(text, encoding="utf-8-sig" if a.format == "csv" else "utf-8")
                    print(json.dumps({"event": "approvals_exported", "file": str(a.output),
                                      "applications": len(store.list())}, ensure_ascii=False))
                else:
                    sys.stdout.write(text)
                return 0
            from gateway.rules.loader import DEFAULT_RULES_DIR

            cat = workflow.load_catalog(a.rules or DEFAULT_RULES_DIR, getattr(a, "tenant", None))
            if cmd == "apply":
                app = workflow.apply(store, cat, applicant=a.applicant or _actor_default(), service=a.service,
                                     purposes=a.purpose, scope=a.scope,
                                     valid_from=a.valid_from or clock.today().isoformat(),
                                     valid_until=a.valid_until, user=a.user, group=a.group, application_id=a.id)
                _emit("approval_applied", app)
            elif cmd == "approve":
                _emit("approval_approved", workflow.approve(store, cat, a.id, _signed_in(a, cat), a.comment))
            elif cmd == "deny":
                _emit("approval_denied", workflow.deny(store, cat, a.id, _signed_in(a, cat), a.reason))
            elif cmd == "revoke":
                _emit("approval_revoked", workflow.revoke(store, cat, a.id, _signed_in(a, cat), a.reason))
            elif cmd == "import":
                fmt = a.format or ("yaml" if a.file.suffix in (".yaml", ".yml") else "csv")
                try:
                    data = a.file.read_bytes()
                except OSError as e:
                    raise RegistryError(f"{a.file} を読めません / cannot read: {e}") from None
                actor = _signed_in(a, cat)
                apps = workflow.import_rows(store, cat, workflow.parse_import(workflow.decode_import(data, a.encoding),
                                                                              fmt), actor)
                print(json.dumps({"event": "approvals_imported", "file": str(a.file), "applications": len(apps),
                                  "ids": [x.application_id for x in apps]}, ensure_ascii=False))
    except RegistryError as e:
        print(f"aigw approvals: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # a rules error or a database error: clear message, nothing half-written
        if isinstance(e, RulesError):
            print(f"aigw approvals: ルールが不正です / invalid rules: {e}", file=sys.stderr)
            return 2
        raise
    return 0
