"""scripts/install-gateway.sh never installs the demo accounts and listens on loopback unless told
otherwise (run for real with --prefix/--no-system; README "Deploy" runs the full path end to end)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


REPO = Path(__file__).resolve().parents[3]
SCRIPT = REPO / "scripts/install-gateway.sh"
VENV = Path(sys.executable).parent.parent


def _install(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AIGW_VENV": str(VENV)}
    return subprocess.run([str(SCRIPT), "--prefix", str(tmp_path / "root"), "--no-system", *args],
                          capture_output=True, text=True, timeout=300, env=env)


def test_first_install_needs_the_organisation(tmp_path: Path) -> None:
    r = _install(tmp_path)
    assert r.returncode == 2 and "--org" in r.stderr
    assert not (tmp_path / "root/etc/aigw/rules").exists()


def test_without_credentials_nobody_is_identified_and_no_demo_account_exists(tmp_path: Path) -> None:
    r = _install(tmp_path, "--org", "さくら市役所")
    assert r.returncode == 0, r.stdout + r.stderr
    rules = tmp_path / "root/etc/aigw/rules"
    assert not (rules / "demo.htpasswd").exists()
    policy = (rules / "policy.yaml").read_text(encoding="utf-8")
    assert 'organisation: "さくら市役所"' in policy and re.search(r"(?m)^\s+proxyauth: null", policy)
    assert "no_identity" in r.stdout  # the script says so
    assert re.search(r"利用者の識別 \(identity\)\s+警告 WARN", r.stdout)
    assert re.search(r"デモ設定 \(demo\)\s+OK", r.stdout)
    unit = (tmp_path / "root/etc/systemd/system/aigw.service").read_text(encoding="utf-8")
    assert "--listen-host 127.0.0.1 --listen-port 3128" in unit
    assert re.search(r"待ち受けアドレス \(listen\)\s+OK", r.stdout)


def test_ldap_listen_address_and_parent_proxy(tmp_path: Path) -> None:
    spec = "ldaps:ldap.example.lg.jp:cn=aigw,ou=svc,dc=example:PASSWORD:ou=staff,dc=example"
    (tmp_path / "root/etc/aigw").mkdir(parents=True)
    auth = tmp_path / "root/etc/aigw/upstream-auth"
    auth.write_text("gw:pw\n")
    auth.chmod(0o600)
    r = _install(tmp_path, "--org", "さくら市役所", "--proxyauth", spec, "--listen-host", "0.0.0.0",
                 "--listen-port", "8443", "--upstream-proxy", "http://proxy.example.lg.jp:8080")
    assert r.returncode == 0, r.stdout + r.stderr
    policy = (tmp_path / "root/etc/aigw/rules/policy.yaml").read_text(encoding="utf-8")
    assert f'proxyauth: "{spec}"' in policy
    unit = (tmp_path / "root/etc/systemd/system/aigw.service").read_text(encoding="utf-8")
    assert ("--listen-host 0.0.0.0 --listen-port 8443 --upstream-proxy http://proxy.example.lg.jp:8080"
            " --upstream-proxy-auth-file /etc/aigw/upstream-auth") in unit
    assert re.search(r"待ち受けアドレス \(listen\)\s+警告 WARN", r.stdout)


def test_htpasswd_and_proxyauth_exclude_each_other(tmp_path: Path) -> None:
    f = tmp_path / "staff.htpasswd"
    f.write_text("sato:{SHA}x\n")
    r = _install(tmp_path, "--org", "x", "--htpasswd", str(f), "--proxyauth", "ldap:…")
    assert r.returncode == 2 and "exclude" in r.stderr
