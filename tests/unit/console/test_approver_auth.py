"""aigw approvals (issue 15): approve / deny / revoke / import need a signed-in 許可権限者 or admin
(password checked against the proxy's htpasswd); imports check approvers and read CP932 (Excel)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.gateway import make_test_rules

AIGW = Path(sys.executable).with_name("aigw")
UNTIL = "2099-03-31"  # far ahead: a date taken at import would be stale after midnight


@pytest.fixture()
def env(tmp_path: Path) -> tuple[Path, str]:
    rules = make_test_rules(tmp_path / "rules")
    pol = rules / "policy.yaml"
    pol.write_text(pol.read_text(encoding="utf-8").replace("  admins: []", "  admins: [tanaka]"), encoding="utf-8")
    return rules, str(tmp_path / "reg.sqlite3")


def aigw(env: tuple[Path, str], *args: str, password: str | None = "demo", stdin: str | None = None,
         ) -> subprocess.CompletedProcess[str]:
    rules, db = env
    e = {k: v for k, v in os.environ.items() if k not in ("AIGW_PASSWORD", "AIGW_OPERATOR")}
    if password is not None:
        e["AIGW_PASSWORD"] = password
    return subprocess.run([str(AIGW), "approvals", "--db", db, "--rules", str(rules), *args], capture_output=True,
                          text=True, timeout=60, env=e, input=stdin if stdin is not None else "")


def apply(env: tuple[Path, str], service: str = "openai-api") -> str:
    p = aigw(env, "apply", "--service", service, "--user", "suzuki", "--purpose", "文書作成支援", "--scope", "案内文",
             "--until", UNTIL, "--applicant", "suzuki")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)["application_id"]


def test_approver_signs_in_with_the_proxy_password(env: tuple[Path, str]) -> None:
    app = apply(env)
    p = aigw(env, "approve", app, "--by", "johoseisaku-kacho", password="wrong")
    assert p.returncode == 2 and "パスワード" in p.stderr
    p = aigw(env, "approve", app, "--by", "johoseisaku-kacho", password=None)  # no terminal, no password
    assert p.returncode == 2 and "認証" in p.stderr
    p = aigw(env, "approve", app, "--by", "johoseisaku-kacho", "--password-stdin", password=None, stdin="demo\n")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["status"] == "approved"
    show = aigw(env, "show", app, "--format", "json")
    assert [h["actor"] for h in json.loads(show.stdout)["history"]] == ["suzuki", "johoseisaku-kacho"]


def test_free_text_or_unentitled_approver_is_refused(env: tuple[Path, str]) -> None:
    app = apply(env, "chatgpt")
    p = aigw(env, "approve", app, "--by", "johoseisaku-kacho")  # entitled for openai-api/anthropic-api only
    assert p.returncode == 2 and "許可権限者ではありません" in p.stderr
    p = aigw(env, "approve", app, "--by", "suzuki")  # a real account, but no approver
    assert p.returncode == 2 and "許可権限者" in p.stderr
    p = aigw(env, "approve", app, "--by", "総務部長")  # free text: not an account at all
    assert p.returncode == 2
    assert json.loads(aigw(env, "show", app, "--format", "json").stdout)["status"] == "pending"


def test_admin_role_may_decide_on_any_service(env: tuple[Path, str]) -> None:
    app = apply(env, "chatgpt")
    p = aigw(env, "deny", app, "--by", "tanaka", "--reason", "業務の範囲外")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["status"] == "denied"


CSV_HEAD = "application_id,status,applicant,service,user,group,purposes,business_scope,valid_from,valid_until,approver\n"


def test_import_reads_cp932_from_excel_and_checks_approvers(env: tuple[Path, str], tmp_path: Path) -> None:
    good = tmp_path / "excel.csv"
    good.write_bytes((CSV_HEAD + f"OLD-1,approved,suzuki,openai-api,suzuki,,文書作成支援;要約,窓口案内文の作成,"
                                  f"2026-04-01,{UNTIL},総務部長（CISO補佐）\n").encode("cp932"))
    p = aigw(env, "import", str(good), "--by", "soumu-bucho")
    assert p.returncode == 0, p.stderr
    got = json.loads(aigw(env, "show", "OLD-1", "--format", "json").stdout)
    assert got["business_scope"] == "窓口案内文の作成" and got["purposes"] == ["文書作成支援", "要約"]

    bad = tmp_path / "bad.csv"
    bad.write_bytes((CSV_HEAD + f"OLD-2,approved,suzuki,openai-api,suzuki,,文書作成支援,案内文,2026-04-01,{UNTIL},"
                                "山田課長\n").encode("cp932"))
    p = aigw(env, "import", str(bad), "--by", "soumu-bucho")
    assert p.returncode == 2 and "OLD-2" in p.stderr and "許可権限者" in p.stderr
    assert aigw(env, "show", "OLD-2").returncode == 2

    p = aigw(env, "import", str(good), "--by", "suzuki")  # signed in, but neither approver nor admin
    assert p.returncode == 2


def test_console_section_is_optional_and_checked(tmp_path: Path) -> None:
    from gateway.rules.errors import RulesError
    from gateway.rules.loader import load_rules

    rules = make_test_rules(tmp_path / "r")
    pol = rules / "policy.yaml"
    text = pol.read_text(encoding="utf-8")
    start = text.index("console:")
    end = text.index("shadow_ai:", start)
    pol.write_text(text[:start] + text[end:], encoding="utf-8")  # rules written before issue 15
    loaded = load_rules(rules)
    assert loaded.policy.console.session_minutes == 30 and loaded.policy.console.admins == []
    pol.write_text(text.replace("  service_managers: {}", "  service_managers: {no-such-ai: [tanaka]}"), encoding="utf-8")
    with pytest.raises(RulesError, match="console.service_managers"):
        load_rules(rules)
