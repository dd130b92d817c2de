"""The approval registry on SQLite and on a real PostgreSQL server: lifecycle, entitlement, audit
trail, import/export, and the gateway's approvals source (refresh, grace, fail closed)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gateway import clock
from gateway.model import Identity, Reason, User
from gateway.approval import check_approval
from gateway.registry import workflow
from gateway.registry.model import RegistryError, Status
from gateway.registry.source import RegistryApprovals, RegistryUnavailable
from gateway.registry.store import Store, open_store
from gateway.rules.loader import load_rules

AIGW = Path(sys.executable).with_name("aigw")


def apply_suzuki(store: Store, catalog, **kw):
    args = dict(applicant="suzuki", service="openai-api", purposes=["文書作成支援", "翻訳"], scope="窓口案内文の作成",
                valid_from=clock.today(), valid_until=clock.today() + dt.timedelta(days=365), user="suzuki")
    args.update(kw)
    return workflow.apply(store, catalog, **args)


def test_lifecycle_and_audit_trail(store: Store, catalog) -> None:
    app = apply_suzuki(store, catalog)
    assert app.application_id == f"REG-{clock.today().year}-0001" and app.status is Status.PENDING
    assert apply_suzuki(store, catalog).application_id == f"REG-{clock.today().year}-0002"
    assert store.approved() == []
    with pytest.raises(RegistryError, match="許可権限者として登録されていません"):
        workflow.approve(store, catalog, app.application_id, "tanaka")
    with pytest.raises(RegistryError, match="自分の申請"):
        apply_by_approver = apply_suzuki(store, catalog, applicant="soumu-bucho")
        workflow.approve(store, catalog, apply_by_approver.application_id, "soumu-bucho")
    got = workflow.approve(store, catalog, app.application_id, "johoseisaku-kacho", "業務上必要")
    assert got.status is Status.APPROVED and got.approver == "総務部 情報政策課長"
    with pytest.raises(RegistryError, match="approve"):
        workflow.approve(store, catalog, app.application_id, "soumu-bucho")
    assert [a.application_id for a in store.approved()] == [app.application_id]
    with pytest.raises(RegistryError, match="理由"):
        workflow.revoke(store, catalog, app.application_id, "soumu-bucho", " ")
    revoked = workflow.revoke(store, catalog, app.application_id, "soumu-bucho", "人事異動のため")
    assert revoked.status is Status.REVOKED and revoked.revoke_reason == "人事異動のため"
    assert store.approved() == []
    trail = store.events(app.application_id)
    assert [(e.actor, e.action) for e in trail] == [("suzuki", "apply"), ("johoseisaku-kacho", "approve"),
                                                    ("soumu-bucho", "revoke")]
    assert trail[1].detail["decision_comment"] == "業務上必要" and trail[0].at <= trail[2].at


def test_entitlement_is_per_service(store: Store, catalog) -> None:
    app = apply_suzuki(store, catalog, service="chatgpt", purposes=["アイデア出し"])
    with pytest.raises(RegistryError, match="chatgpt の許可権限者ではありません"):
        workflow.approve(store, catalog, app.application_id, "johoseisaku-kacho")
    denied = workflow.deny(store, catalog, app.application_id, "soumu-bucho", "業務の範囲が不明確")
    assert denied.status is Status.DENIED
    with pytest.raises(RegistryError):
        workflow.revoke(store, catalog, app.application_id, "soumu-bucho", "x")  # only approved ones


@pytest.mark.parametrize(("kw", "message"), [
    ({"service": "no-such"}, "カタログにありません"),
    ({"purposes": ["占い"]}, "業務の範囲"),
    ({"user": "nobody-here"}, "users.yaml にいません"),
    ({"user": None, "group": "存在しない課"}, "利用者がいません"),
    ({"valid_until": dt.timedelta(days=-1)}, "開始日より前"),  # from today, taken when the test runs
    ({"valid_until": "2027/03/31"}, "YYYY-MM-DD"),
    ({"scope": "  "}, "業務の範囲"),
])
def test_bad_applications_are_refused(store: Store, catalog, kw, message) -> None:
    kw = {k: clock.today() + v if isinstance(v, dt.timedelta) else v for k, v in kw.items()}
    with pytest.raises(RegistryError, match=message):
        apply_suzuki(store, catalog, **kw)
    assert store.list() == []


def test_group_approval_covers_members(store: Store, catalog) -> None:
    app = apply_suzuki(store, catalog, user=None, group="市民部 市民課", applicant="tanaka")
    workflow.approve(store, catalog, app.application_id, "soumu-bucho")
    rules = load_rules(None)
    approvals = tuple(a.to_approval() for a in store.approved())
    suzuki = Identity("suzuki", "proxyauth", rules.users["suzuki"])
    svc = next(s for s in rules.services if s.id == "openai-api")
    check = check_approval(approvals, suzuki, svc, clock.today(), "翻訳")
    assert check.reason is Reason.ALLOWED and check.approval.application_id == app.application_id
    other = Identity("x", "proxyauth", User("x", "X", "総務部 総務課"))
    assert check_approval(approvals, other, svc, clock.today()).reason is Reason.NOT_APPROVED


def test_export_import_roundtrip(store: Store, catalog, tmp_path: Path) -> None:
    a = apply_suzuki(store, catalog)
    workflow.approve(store, catalog, a.application_id, "soumu-bucho")
    apply_suzuki(store, catalog, user="tanaka", applicant="tanaka", purposes=["要約"])
    for fmt in ("csv", "yaml"):
        text = workflow.export(store, fmt)
        rows = workflow.parse_import(text, fmt)
        for i, r in enumerate(rows):
            r["application_id"] = f"EXT-{fmt}-{i}"
        target = open_store(str(tmp_path / f"copy-{fmt}.sqlite3"))
        imported = workflow.import_rows(target, catalog, rows, "import-batch")
        assert [x.status for x in imported] == [Status.APPROVED, Status.PENDING]
        assert [x.purposes for x in target.list()] == [("文書作成支援", "翻訳"), ("要約",)]
        assert [e.action for e in target.events()] == ["import", "import"]
        target.close()


def test_import_error_names_the_row_and_writes_nothing(store: Store, catalog) -> None:
    rows = workflow.parse_import(
        "application_id,status,applicant,service,user,group,purposes,business_scope,valid_from,valid_until,approver\n"
        "OLD-1,approved,suzuki,openai-api,suzuki,,文書作成支援,案内文,2026-04-01,2027-03-31,soumu-bucho\n"
        "OLD-2,approved,suzuki,openai-api,suzuki,,占い,案内文,2026-04-01,2027-03-31,soumu-bucho\n", "csv")
    with pytest.raises(RegistryError, match=r"2 行目（OLD-2）.*業務の範囲"):
        workflow.import_rows(store, catalog, rows, "batch")
    assert store.list() == []
    with pytest.raises(RegistryError, match="unknown field"):
        workflow.import_rows(store, catalog, [{"application_id": "X", "colour": "red"}], "batch")


# ---------------------------------------------------------------- the gateway's approvals source
def test_source_follows_revocation_and_keeps_file_approvals(dsn: str, catalog) -> None:
    with open_store(dsn) as s:
        app = apply_suzuki(s, catalog)
        workflow.approve(s, catalog, app.application_id, "soumu-bucho")
    src = RegistryApprovals(dsn, refresh=1, grace=30)
    try:
        assert src.refresh_once()
        file_approvals = load_rules(None).approvals  # type: ignore[arg-type]
        merged = src.current(file_approvals)
        assert merged[:len(file_approvals)] == file_approvals
        assert [a.application_id for a in merged[len(file_approvals):]] == [app.application_id]
        assert src.current(file_approvals) is merged  # cached between refreshes
        with open_store(dsn) as s:
            workflow.revoke(s, catalog, app.application_id, "soumu-bucho", "異動")
        assert src.refresh_once()
        assert src.current(file_approvals) == file_approvals
    finally:
        src.close()


def test_source_reopens_a_replaced_sqlite_file_and_never_creates_one(tmp_path: Path, catalog) -> None:
    """A restore or an atomic ``mv`` puts a new inode at the path: its revocations must apply. A removed
    file is an outage (grace, then closed), never an empty registry created in its place."""
    live, staged = tmp_path / "reg.sqlite3", tmp_path / "staged.sqlite3"
    with open_store(str(live)) as s:
        app = apply_suzuki(s, catalog)
        workflow.approve(s, catalog, app.application_id, "soumu-bucho")
    src = RegistryApprovals(str(live), refresh=1, grace=30)
    try:
        assert src.refresh_once() and [a.application_id for a in src.current(())] == [app.application_id]
        shutil.copyfile(live, staged)
        with open_store(str(staged)) as s:
            workflow.revoke(s, catalog, app.application_id, "soumu-bucho", "異動")
        os.replace(staged, live)  # new inode at the same path
        assert src.refresh_once() and src.current(()) == ()
        live.unlink()
        assert not src.refresh_once()
        assert not live.exists()  # the reader did not create an empty registry
    finally:
        src.close()


def test_unreachable_registry_fails_closed_from_the_start(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    src = RegistryApprovals(str(blocker / "sub" / "reg.sqlite3"), refresh=1, grace=5)
    assert not src.refresh_once()
    with pytest.raises(RegistryUnavailable):
        src.current(())
    src.close()


def test_grace_period_then_fail_closed_on_postgres(catalog, tmp_path: Path) -> None:
    from tests.unit.registry.pgserver import SKIP_REASON, PgServer, find_bindir

    if find_bindir() is None:
        pytest.skip(SKIP_REASON)
    server = PgServer().init().start()  # its own server: this test stops it
    try:
        with open_store(server.dsn) as s:
            app = apply_suzuki(s, catalog)
            workflow.approve(s, catalog, app.application_id, "soumu-bucho")
        src = RegistryApprovals(server.dsn, refresh=1, grace=2)
        assert src.refresh_once()
        server.stop()
        assert not src.refresh_once()
        assert [a.application_id for a in src.current(())] == [app.application_id]  # within the grace period
        time.sleep(2.2)
        with pytest.raises(RegistryUnavailable):
            src.current(())
        server.start()
        assert src.refresh_once()  # reconnects
        assert [a.application_id for a in src.current(())] == [app.application_id]
        src.close()
    finally:
        server.cleanup()


def test_cli_full_cycle_and_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")

    def aigw(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(AIGW), "approvals", "--db", db, *args], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "AIGW_PASSWORD": "demo"})  # demo approvers sign in (issue 15)

    p = aigw("apply", "--service", "anthropic-api", "--user", "suzuki", "--purpose", "要約", "--scope", "会議録の要約",
             "--until", (clock.today() + dt.timedelta(days=365)).isoformat(), "--applicant", "suzuki")
    assert p.returncode == 0, p.stderr
    app_id = json.loads(p.stdout)["application_id"]
    p = aigw("approve", app_id, "--by", "johoseisaku-kacho")
    assert p.returncode == 0 and json.loads(p.stdout)["status"] == "approved"
    p = aigw("list", "--status", "approved")
    assert app_id in p.stdout and "承認" in p.stdout
    p = aigw("show", app_id)
    assert "履歴（監査証跡）" in p.stdout and "johoseisaku-kacho  approve" in p.stdout
    p = aigw("revoke", app_id, "--by", "suzuki", "--reason", "x")
    assert p.returncode == 2 and "許可権限者" in p.stderr
    out = tmp_path / "export.csv"
    p = aigw("export", "--format", "csv", "-o", str(out))
    assert p.returncode == 0 and out.read_bytes().startswith(b"\xef\xbb\xbf")
    p = subprocess.run([str(AIGW), "approvals", "list"], capture_output=True, text=True, timeout=60,
                       env={"PATH": "/usr/bin:/bin"})
    assert p.returncode == 2 and "AIGW_REGISTRY" in p.stderr
