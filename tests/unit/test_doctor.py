"""aigw doctor: each check on real files (rules, CA certificates, audit log, SQLite), and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from gateway import clock
from gateway import doctor
from gateway.rules import DEFAULT_RULES_DIR
from gateway.rules.loader import load_rules

AIGW = Path(sys.executable).with_name("aigw")


def make_ca(confdir: Path, *, days_left: int, mode: int = 0o600, starts_in_days: int = -1) -> None:
    confdir.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "aigw test CA")])
    now = clock.utcnow()
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + dt.timedelta(days=starts_in_days))
            .not_valid_after(now + dt.timedelta(days=days_left))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    pem = cert.public_bytes(serialization.Encoding.PEM)
    keypem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.NoEncryption())
    (confdir / "mitmproxy-ca.pem").write_bytes(keypem + pem)
    (confdir / "mitmproxy-ca.pem").chmod(mode)
    (confdir / "mitmproxy-ca-cert.pem").write_bytes(pem)


def by_name(checks: list[doctor.Check]) -> dict[str, doctor.Check]:
    return {c.name: c for c in checks}


def test_rules_ok_and_invalid(rules_copy: Path) -> None:
    c, rules = doctor.check_rules(rules_copy)
    assert c.status == "ok" and rules is not None
    users = rules_copy / "users.yaml"
    users.write_text(users.read_text(encoding="utf-8").replace("department:", "colour: red\n    department:", 1),
                     encoding="utf-8")
    c, rules = doctor.check_rules(rules_copy)
    assert c.status == "fail" and rules is None
    assert "users.yaml" in c.detail and "users[0]" in c.detail and "colour" in c.detail


@pytest.mark.parametrize("days_left,mode,status", [(3650, 0o600, ("ok", "ok")), (30, 0o600, ("warn", "ok")),
                                                   (3650, 0o644, ("ok", "fail"))])
def test_ca(tmp_path: Path, days_left: int, mode: int, status: tuple[str, str]) -> None:
    make_ca(tmp_path / "conf", days_left=days_left, mode=mode)
    checks = by_name(doctor.check_ca(tmp_path / "conf"))
    assert (checks["ca"].status, checks["ca_key"].status) == status
    if mode == 0o644:
        assert "chmod 600" in checks["ca_key"].detail


def test_ca_expired_and_missing(tmp_path: Path) -> None:
    make_ca(tmp_path / "conf", days_left=-1, starts_in_days=-400)
    assert by_name(doctor.check_ca(tmp_path / "conf"))["ca"].status == "fail"
    missing = doctor.check_ca(tmp_path / "nothing")
    assert [c.status for c in missing] == ["warn"] and "first start" in missing[0].detail


def test_upstream_is_offline_unless_asked(shipped_rules) -> None:
    c = doctor.check_upstream(shipped_rules, network=False)[0]
    assert c.status == "skip" and "--network" in c.detail
    assert doctor._resolve("localhost", 3) is None  # /etc/hosts, no packet leaves the machine


def _fake_timedatectl(tmp_path: Path, out: str, rc: int = 0) -> str:
    exe = tmp_path / "timedatectl"
    exe.write_text(f"#!/bin/sh\necho '{out}'\nexit {rc}\n")
    exe.chmod(0o755)
    return str(exe)


def test_clock(tmp_path: Path) -> None:
    assert doctor.check_clock(_fake_timedatectl(tmp_path, "yes")).status == "ok"
    assert doctor.check_clock(_fake_timedatectl(tmp_path, "no")).status == "warn"
    assert doctor.check_clock(_fake_timedatectl(tmp_path, "", 1)).status == "warn"


def test_audit_log(tmp_path: Path) -> None:
    assert doctor.check_audit_log(tmp_path / "audit.jsonl").status == "ok"
    assert doctor.check_audit_log(tmp_path / "missing-dir" / "a.jsonl").status == "fail"
    assert doctor.check_audit_log(None).status == "warn"


def test_database(tmp_path: Path) -> None:
    assert doctor.check_database(None).status == "skip"
    db = tmp_path / "registry.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("create table approvals (id text)")
    c = doctor.check_database(str(db))
    assert c.status == "ok" and "1 tables" in c.detail
    assert doctor.check_database(f"sqlite:///{db}").status == "ok"
    assert doctor.check_database(str(tmp_path / "nope.sqlite3")).status == "fail"
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database" * 100)
    assert doctor.check_database(str(tmp_path / "junk.sqlite3")).status == "fail"


def test_cli_json_and_exit_codes(tmp_path: Path, rules_copy: Path) -> None:
    make_ca(tmp_path / "conf", days_left=3650)
    args = [str(AIGW), "doctor", "--rules", str(rules_copy), "--confdir", str(tmp_path / "conf"),
            "--audit-log", str(tmp_path / "audit.jsonl")]
    env = {k: v for k, v in os.environ.items() if k != "AIGW_REGISTRY"}
    r = subprocess.run(args + ["--json"], capture_output=True, text=True, timeout=60, env=env)
    doc = json.loads(r.stdout)
    assert r.returncode == 0 and doc["ok"] is True, r.stdout + r.stderr
    assert [c["name"] for c in doc["checks"]] == ["rules", "ca", "ca_name", "ca_key", "demo", "identity", "listen",
                                                   "upstream", "parent_proxy", "clock", "timezone", "audit_log", "database"]
    assert doc["warnings"] >= 1  # the demo rules
    r = subprocess.run(args + ["--strict"], capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 1 and "警告" in r.stdout and "demo" in r.stdout.splitlines()[-1]
    (tmp_path / "conf" / "mitmproxy-ca.pem").chmod(0o640)
    r = subprocess.run(args, capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 1 and "失敗 FAIL" in r.stdout and "CA秘密鍵の権限" in r.stdout


def test_timezone_check_shows_the_organisation_zone_and_date() -> None:
    jst = dt.timezone(dt.timedelta(hours=9))
    clock.pin(dt.datetime(2026, 12, 1, 0, 0, 5, tzinfo=jst), frozen=True)
    try:
        c = doctor.check_timezone(load_rules(DEFAULT_RULES_DIR))
    finally:
        clock.pin(None)
    assert c.status == "ok" and "Asia/Tokyo" in c.detail and "2026-12-01" in c.detail
    assert doctor.check_timezone(None).status == "skip"


def test_demo_rules_and_accounts_are_reported(rules_copy: Path) -> None:
    c = doctor.check_demo(load_rules(rules_copy))
    assert c.status == "warn"
    for needle in ("みどり野市役所", "tanaka", "suzuki", "demo.htpasswd", "password 'demo'"):
        assert needle in c.detail, needle
    assert doctor.check_demo(None).status == "skip"


def test_own_rules_pass_the_demo_check_but_a_demo_password_does_not(rules_copy: Path) -> None:
    import bcrypt

    subprocess.run([sys.executable, str(Path(__file__).resolve().parents[2] / "scripts/site-rules.py"),
                    str(rules_copy), "--org", "さくら市役所", "--proxyauth", "@staff.htpasswd"], check=True)
    ht = rules_copy / "staff.htpasswd"
    ht.write_text(f"sato:{bcrypt.hashpw(b'long-and-private', bcrypt.gensalt(5)).decode()}\n")
    rules = load_rules(rules_copy)
    assert doctor.check_demo(rules).status == "ok"
    assert doctor.check_identity(rules).status == "ok"
    ht.write_text(ht.read_text() + f"kato:{bcrypt.hashpw(b'demo', bcrypt.gensalt(5)).decode()}\n")
    c = doctor.check_demo(load_rules(rules_copy))
    assert c.status == "warn" and "kato" in c.detail and "sato" not in c.detail


def test_no_identity_source_is_a_warning(rules_copy: Path) -> None:
    subprocess.run([sys.executable, str(Path(__file__).resolve().parents[2] / "scripts/site-rules.py"),
                    str(rules_copy), "--org", "さくら市役所"], check=True)
    rules = load_rules(rules_copy)
    assert rules.proxyauth is None
    c = doctor.check_identity(rules)
    assert c.status == "warn" and "no_identity" in c.detail


@pytest.mark.parametrize("host,status", [("127.0.0.1", "ok"), ("::1", "ok"), ("[::1]", "ok"), ("localhost", "ok"),
                                         ("127.0.0.53", "ok"), ("0.0.0.0", "warn"), ("::", "warn"), ("", "warn"),
                                         ("192.0.2.10", "warn"), ("gw.example.lg.jp", "warn"), (None, "skip")])
def test_listen_address(host, status) -> None:
    assert doctor.check_listen(host).status == status


def test_parent_proxy_check_against_a_real_connect_answer(tmp_path: Path, shipped_rules) -> None:
    """A tiny parent on loopback answers CONNECT with 407 unless the right credentials come."""
    import base64
    import socket
    import threading

    good = "Basic " + base64.b64encode(b"gw:right").decode()
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    port = srv.getsockname()[1]

    def serve() -> None:
        while True:
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            with conn:
                head = conn.recv(4096).decode()
                ok = f"Proxy-Authorization: {good}" in head
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n" if ok else
                             b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")

    threading.Thread(target=serve, daemon=True).start()
    auth = tmp_path / "auth"
    try:
        assert doctor.check_parent_proxy(None, None, shipped_rules, True).status == "skip"
        auth.write_text("gw:right\n")
        auth.chmod(0o600)
        assert doctor.check_parent_proxy(f"http://127.0.0.1:{port}", auth, shipped_rules, False).status == "skip"
        assert doctor.check_parent_proxy(f"http://127.0.0.1:{port}", auth, shipped_rules, True).status == "ok"
        auth.write_text("gw:wrong\n")
        c = doctor.check_parent_proxy(f"http://127.0.0.1:{port}", auth, shipped_rules, True)
        assert c.status == "fail" and "407" in c.detail and "wrong" not in c.detail
        auth.chmod(0o644)
        assert doctor.check_parent_proxy(f"http://127.0.0.1:{port}", auth, shipped_rules, True).status == "fail"
        assert doctor.check_parent_proxy("http://u:p@127.0.0.1:1", None, shipped_rules, True).status == "fail"
    finally:
        srv.close()
    assert doctor.check_parent_proxy(f"http://127.0.0.1:{port}", None, shipped_rules, True, timeout=2).status == "fail"
