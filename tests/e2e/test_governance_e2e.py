"""The approval cycle through the CLI against real `aigw run` processes, without restarting them:

    apply → approve → the user gets through; revoke → blocked within the refresh bound;
    an approval whose period ends → blocked (approval_expired) within the bound.

Once on SQLite with one gateway, once on a real PostgreSQL server (private cluster started by the
test) shared by two gateways; there the server is also stopped to show the grace period and the
fail-closed refusal (registry_unavailable), and started again to show recovery."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway import clock
from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess, identify_loopback_as, make_test_rules
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag
from tests.unit.registry.pgserver import SKIP_REASON, PgServer, find_bindir

pytestmark = pytest.mark.e2e
AIGW = Path(sys.executable).with_name("aigw")
REFRESH = 1  # aigw_registry_refresh for these gateways
GRACE = 4
BOUND = REFRESH + 4  # seconds a change may take to reach a gateway (refresh + request/poll slack)


@pytest.fixture(scope="module")
def gov_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("governance")


@pytest.fixture(scope="module")
def gov_rules(gov_dir: Path) -> Path:
    rules = make_test_rules(gov_dir / "rules")
    assert (rules / "approvers.yaml").exists()
    return rules


def approvals(db: str, rules: Path, *args: str) -> dict:
    p = subprocess.run([str(AIGW), "approvals", "--db", db, "--rules", str(rules), *args], capture_output=True,
                       text=True, timeout=60, env={**os.environ, "AIGW_PASSWORD": "demo"})  # approvers sign in
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def start_gateway(workdir: Path, rules: Path, db: str, upstream: FakeUpstream, pki: TestPKI, name: str) -> GatewayProcess:
    return GatewayProcess(workdir, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                          hosts=UPSTREAM_HOSTS, name=name,
                          extra_sets=(f"aigw_registry={db}", f"aigw_registry_refresh={REFRESH}",
                                      f"aigw_registry_grace={GRACE}")).start()


def ask(gw: GatewayProcess, user: str = "suzuki") -> tuple[int, dict, str]:
    text = f"窓口案内文の下書きをお願いします（{fresh_tag(10)}）"
    m = gw.mark()
    with gw.http_client(user) as c:
        r = c.post("https://api.openai.com/v1/chat/completions",
                   json={"model": "gpt-4o", "messages": [{"role": "user", "content": text}]})
    decided = gw.new_decisions(m, expect=1)
    assert len(decided) == 1, decided
    return r.status_code, decided[0], text


def wait_for(gw: GatewayProcess, reason: str, bound: float = BOUND) -> tuple[float, dict, str]:
    """Ask until the decision has ``reason``; returns (seconds it took, decision, prompt)."""
    t0 = time.monotonic()
    while True:
        status, d, text = ask(gw)
        if d["reason"] == reason:
            return time.monotonic() - t0, d, text
        assert time.monotonic() - t0 < bound, f"still {d['reason']} after {bound} s (waiting for {reason})"
        time.sleep(0.25)


def set_period(db: str, app_id: str, start: dt.date, end: dt.date) -> None:
    """Let time pass for one application: its period now ended yesterday (as after its expiry date)."""
    sql = "UPDATE aigw_applications SET valid_from = {p}, valid_until = {p} WHERE application_id = {p}"
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db, autocommit=True) as c:
            c.execute(sql.replace("{p}", "%s"), (start.isoformat(), end.isoformat(), app_id))
    else:
        import sqlite3

        with sqlite3.connect(db) as c:
            c.execute(sql.replace("{p}", "?"), (start.isoformat(), end.isoformat(), app_id))


def full_cycle(db: str, rules: Path, gateways: list[GatewayProcess], upstream: FakeUpstream) -> dict[str, float]:
    timings: dict[str, float] = {}
    for gw in gateways:
        status, d, text = ask(gw)
        assert (status, d["reason"]) == (403, "not_approved") and not upstream.received(text)

    app = approvals(db, rules, "apply", "--service", "openai-api", "--user", "suzuki", "--purpose", "翻訳",
                    "--purpose", "文書作成支援", "--scope", "外国人住民向け窓口案内の翻訳", "--until",
                    (clock.today() + dt.timedelta(days=180)).isoformat(), "--applicant", "suzuki")
    assert app["event"] == "approval_applied" and app["status"] == "pending"
    status, d, _ = ask(gateways[0])
    assert d["reason"] == "not_approved"  # pending is not approved
    assert approvals(db, rules, "approve", app["application_id"], "--by", "johoseisaku-kacho")["status"] == "approved"
    for gw in gateways:
        took, d, text = wait_for(gw, "allowed")
        timings.setdefault("approve", 0.0)
        timings["approve"] = max(timings["approve"], took)
        # two approved purposes, none stated by the API client: recorded as 未選択 (never silently the first)
        assert d["application_id"] == app["application_id"] and d["purpose"] == "未選択" and d["user"] == "suzuki"
        assert gw.upstream_status(d) == 200 and len(upstream.received(text)) == 1

    assert approvals(db, rules, "revoke", app["application_id"], "--by", "soumu-bucho", "--reason", "異動")[
        "status"] == "revoked"
    for gw in gateways:
        took, d, text = wait_for(gw, "not_approved")
        timings["revoke"] = max(timings.get("revoke", 0.0), took)
        assert not upstream.received(text)

    tomorrow = (clock.today() + dt.timedelta(days=1)).isoformat()  # "until today" fails if midnight passes meanwhile
    app2 = approvals(db, rules, "apply", "--service", "openai-api", "--user", "suzuki", "--purpose", "要約",
                     "--scope", "会議録の要約", "--until", tomorrow, "--applicant", "suzuki")
    approvals(db, rules, "approve", app2["application_id"], "--by", "soumu-bucho")
    for gw in gateways:
        wait_for(gw, "allowed")
    set_period(db, app2["application_id"], clock.today() - dt.timedelta(days=30), clock.today() - dt.timedelta(days=1))
    for gw in gateways:
        took, d, text = wait_for(gw, "approval_expired")
        timings["expiry"] = max(timings.get("expiry", 0.0), took)
        assert d["application_id"] == app2["application_id"] and not upstream.received(text)
    # tanaka's approvals from approvals.yaml keep working next to the registry
    status, d, _ = ask(gateways[-1], "tanaka")
    assert d["reason"] == "allowed" and d["application_id"] == "AI-2026-0001"
    return timings


def test_cycle_on_sqlite(gov_dir: Path, gov_rules: Path, upstream: FakeUpstream, pki: TestPKI) -> None:
    db = str(gov_dir / "registry.sqlite3")
    approvals(db, gov_rules, "list", "--format", "json")  # creates the empty registry
    gw = start_gateway(gov_dir, gov_rules, db, upstream, pki, "gw-gov-sqlite")
    try:
        assert gw.wait_events(lambda e: e.get("event") == "registry_loaded")
        timings = full_cycle(db, gov_rules, [gw], upstream)
        print(f"\nsqlite: seconds until a change reached the gateway: {timings}")
        assert all(t <= BOUND for t in timings.values()), timings
    finally:
        gw.stop()


@pytest.fixture(scope="module")
def pg(gov_dir: Path) -> Iterator[PgServer]:
    if find_bindir() is None:
        pytest.skip(SKIP_REASON)
    server = PgServer().init().start()
    yield server
    server.cleanup()


def test_cycle_on_postgresql_with_two_gateways(gov_dir: Path, gov_rules: Path, upstream: FakeUpstream, pki: TestPKI,
                                               pg: PgServer) -> None:
    gws = [start_gateway(gov_dir, gov_rules, pg.dsn, upstream, pki, f"gw-gov-pg{i}") for i in (1, 2)]
    try:
        timings = full_cycle(pg.dsn, gov_rules, gws, upstream)
        print(f"\npostgresql, 2 gateways: seconds until a change reached both: {timings}")
        assert all(t <= BOUND for t in timings.values()), timings

        # the database goes away: the last loaded approvals hold for the grace period, then fail closed
        app = approvals(pg.dsn, gov_rules, "apply", "--service", "openai-api", "--user", "suzuki", "--purpose",
                        "翻訳", "--scope", "窓口案内の翻訳", "--until", (clock.today() + dt.timedelta(days=30)).isoformat(),
                        "--applicant", "suzuki")
        approvals(pg.dsn, gov_rules, "approve", app["application_id"], "--by", "soumu-bucho")
        for gw in gws:
            wait_for(gw, "allowed")
        pg.stop()
        t0 = time.monotonic()
        status, d, _ = ask(gws[0])
        assert d["reason"] == "allowed"  # still within the grace period
        took, d, text = wait_for(gws[0], "registry_unavailable", bound=GRACE + REFRESH + 5)
        assert time.monotonic() - t0 >= GRACE - REFRESH - 0.5
        assert status == 200 and not upstream.received(text)
        for name in ("registry_unavailable", "registry_fail_closed"):  # (a log line may follow the answer by a moment)
            assert gws[0].wait_events(lambda e, n=name: e.get("event") == n), name
        pg.start()
        wait_for(gws[0], "allowed", bound=REFRESH + 10)
        assert any(e.get("event") == "registry_loaded" and e.get("recovered") for e in gws[0].events)
    finally:
        for gw in gws:
            gw.stop()


# ---------------------------------------------------------------- 利用目的 chosen in a browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def purpose_gw(gov_dir: Path, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    """yamada (identified by 127.0.0.1, no proxy auth) is approved for ChatGPT with two purposes."""
    rules = make_test_rules(gov_dir / "rules-purpose", extra_users="""
  - name: yamada
    display_name: 山田 四郎
    department: 企画部 企画課
""", extra_approvals=f"""
  - application_id: AI-2026-0100
    user: yamada
    service: chatgpt
    purposes: [文書作成支援, 翻訳]
    approver: 総務部長（CISO補佐）
    approved_on: 2026-04-01
    expires_on: {(clock.today() + dt.timedelta(days=365)).isoformat()}
""")
    identify_loopback_as(rules, "yamada")
    gw = GatewayProcess(gov_dir, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=("chatgpt.com",), name="gw-purpose").start()
    yield gw
    gw.stop()


def chromium_dom(gw: GatewayProcess, profile: Path, url: str) -> str:
    import base64
    import hashlib

    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    assert gw.ca_cert is not None and CHROMIUM is not None
    cert = x509.load_pem_x509_certificate(gw.ca_cert.read_bytes())
    der = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    spki = base64.b64encode(hashlib.sha256(der).digest()).decode()
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--lang=ja", f"--user-data-dir={profile}",
           f"--proxy-server=http://127.0.0.1:{gw.port}", "--proxy-bypass-list=<-loopback>",
           f"--ignore-certificate-errors-spki-list={spki}", "--dump-dom", url]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=90, env={"PATH": "/usr/bin:/bin", "HOME": str(profile)})
    return p.stdout + "\n<!-- stderr -->" + p.stderr[-1500:]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (run scripts/setup-system.sh)")
def test_browser_user_chooses_a_purpose_and_the_next_request_carries_it(purpose_gw: GatewayProcess,
                                                                         upstream: FakeUpstream,
                                                                         tmp_path: Path) -> None:
    import html as html_mod
    import re

    gw = purpose_gw
    dom = chromium_dom(gw, tmp_path / "p1", "https://chatgpt.com/")
    assert "利用目的を選んでください" in dom, dom[:3000]
    links = dict((html_mod.unescape(text), html_mod.unescape(href)) for href, text in
                 re.findall(r'<a class="purpose" href="([^"]+)">([^<]+)</a>', dom))
    assert set(links) == {"文書作成支援", "翻訳"}
    assert gw.wait_events(lambda e: e.get("event") == "purpose_asked" and e.get("user") == "yamada")
    # the page is the gateway's own: the navigation was not forwarded (a favicon fetch may have been)
    assert not [d for d in gw.decisions() if d.get("user") == "yamada" and d.get("path") == "/"]

    # choose 翻訳: the gateway records it and sends the browser back to the page it asked for
    m = gw.mark()
    dom = chromium_dom(gw, tmp_path / "p2", "https://chatgpt.com" + links["翻訳"])
    assert "利用目的を選んでください" not in dom
    chosen = gw.wait_events(lambda e: e.get("event") == "purpose_chosen")
    assert chosen and (chosen[-1]["user"], chosen[-1]["service"], chosen[-1]["purpose"]) == ("yamada", "chatgpt", "翻訳")
    page = [d for d in gw.new_decisions(m, expect=1) if d.get("path") == "/"]
    assert page and page[0]["purpose"] == "翻訳" and page[0]["action"] == "allow"

    # the next request of the day (a prompt to the web app's endpoint) carries the purpose as well
    text = f"この案内文を英語に翻訳してください（{fresh_tag(8)}）"
    m = gw.mark()
    with gw.http_client(None) as c:
        r = c.post("https://chatgpt.com/backend-api/conversation",
                   json={"action": "next", "messages": [{"author": {"role": "user"},
                                                         "content": {"content_type": "text", "parts": [text]}}]})
    d = gw.new_decisions(m, expect=1)[-1]
    assert r.status_code == 200 and len(upstream.received(text)) == 1
    assert (d["user"], d["purpose"], d["application_id"], d["reason"]) == ("yamada", "翻訳", "AI-2026-0100", "allowed")

    # a purpose outside the approval is refused
    m = gw.mark()
    with gw.http_client(None) as c:
        r = c.get("https://chatgpt.com/__aigw/purpose?p=%E5%8D%A0%E3%81%84&next=/", headers={"accept": "text/html"})
    assert r.status_code == 403
    d = gw.new_decisions(m, expect=1)[-1]
    # logged as not approved without its raw value (a purpose header can carry anything)
    assert (d["reason"], d["purpose"]) == ("purpose_not_approved", None) and "占い" not in json.dumps(d)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (run scripts/setup-system.sh)")
def test_browser_user_changes_the_purpose_of_the_day(purpose_gw: GatewayProcess, tmp_path: Path) -> None:
    import urllib.parse

    gw = purpose_gw
    with gw.http_client(None) as c:  # the morning's choice
        r = c.get("https://chatgpt.com/__aigw/purpose?" + urllib.parse.urlencode({"p": "翻訳", "next": "/"}),
                  headers={"accept": "text/html", "sec-fetch-mode": "navigate"})
    assert r.status_code == 303
    dom = chromium_dom(gw, tmp_path / "c1", "https://chatgpt.com/__aigw/purpose")
    assert "今日の利用目的: <strong>翻訳</strong>" in dom, dom[:3000]
    assert "文書作成支援" in dom and "（現在の利用目的）" in dom
    shot = tmp_path / "purpose.png"
    _screenshot(gw, tmp_path / "c3", "https://chatgpt.com/__aigw/purpose", shot)
    m = gw.mark()
    earlier = len(gw.wait_events(lambda e: e.get("event") == "purpose_chosen", timeout=0))
    dom = chromium_dom(gw, tmp_path / "c4", "https://chatgpt.com/__aigw/purpose?p=%E6%96%87%E6%9B%B8%E4%BD%9C%E6%88%90"
                                             "%E6%94%AF%E6%8F%B4&next=/")
    deadline = time.monotonic() + 10  # stdout is read by a thread: the line may follow the page by a moment
    while len(chosen := gw.wait_events(lambda e: e.get("event") == "purpose_chosen", timeout=0)) <= earlier \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    assert chosen[-1]["purpose"] == "文書作成支援"
    page = [d for d in gw.new_decisions(m, expect=1) if d.get("path") == "/"]
    assert page and page[-1]["purpose"] == "文書作成支援"


def _screenshot(gw: GatewayProcess, profile: Path, url: str, shot: Path) -> None:
    import base64
    import hashlib

    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from PIL import Image

    assert gw.ca_cert is not None and CHROMIUM is not None
    cert = x509.load_pem_x509_certificate(gw.ca_cert.read_bytes())
    der = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    spki = base64.b64encode(hashlib.sha256(der).digest()).decode()
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=ja", f"--user-data-dir={profile}", "--window-size=1024,768",
                    f"--proxy-server=http://127.0.0.1:{gw.port}", "--proxy-bypass-list=<-loopback>",
                    f"--ignore-certificate-errors-spki-list={spki}", f"--screenshot={shot}", url],
                   capture_output=True, text=True, timeout=90, env={"PATH": "/usr/bin:/bin", "HOME": str(profile)})
    img = Image.open(shot).convert("L")
    lo, hi = img.getextrema()
    dark = sum(img.histogram()[:128])
    assert hi - lo > 100 and 500 < dark < img.size[0] * img.size[1] // 2
