"""Debian's headless Chromium loads https://chatgpt.com/ through a real `aigw run` as suzuki (no
approval) and gets the Japanese block page: the DOM says 利用承認, the screenshot is not blank.

Identity comes from the client-IP map (127.0.0.1 → suzuki) and proxy authentication is off in this
gateway's rules, so Chromium needs no credentials. Chromium trusts the gateway's CA by its SPKI hash.
Chromium is installed by scripts/setup-system.sh (with fonts-noto-cjk for the Japanese glyphs)."""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from tests.support.certs import TestPKI
from tests.support.gateway import GatewayProcess, identify_loopback_as, make_test_rules
from tests.support.upstream import FakeUpstream

pytestmark = pytest.mark.e2e
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser_gw(tmp_path_factory: pytest.TempPathFactory, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    d = tmp_path_factory.mktemp("browser")
    rules = make_test_rules(d / "rules")
    identify_loopback_as(rules, "suzuki")
    gw = GatewayProcess(d, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=("chatgpt.com",), name="gw-browser").start()
    yield gw
    gw.stop()


def spki_hash(cert_pem: Path) -> str:
    cert = x509.load_pem_x509_certificate(cert_pem.read_bytes())
    der = cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(der).digest()).decode()


def chromium(gw: GatewayProcess, profile: Path, *args: str, url: str = "https://chatgpt.com/") \
        -> subprocess.CompletedProcess[str]:
    assert gw.ca_cert is not None
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--lang=ja", f"--user-data-dir={profile}", "--window-size=1024,768",
           f"--proxy-server=http://127.0.0.1:{gw.port}", "--proxy-bypass-list=<-loopback>",
           f"--ignore-certificate-errors-spki-list={spki_hash(gw.ca_cert)}", *args, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, env={"PATH": "/usr/bin:/bin", "HOME": str(profile)})


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (run scripts/setup-system.sh)")
def test_chromium_shows_japanese_block_page(browser_gw: GatewayProcess, tmp_path: Path) -> None:
    gw = browser_gw
    m = gw.mark()
    dom = chromium(gw, tmp_path / "profile-dom", "--dump-dom")
    assert "利用承認" in dom.stdout, dom.stdout[:2000] + dom.stderr[-2000:]
    shot = tmp_path / "block-page.png"
    run = chromium(gw, tmp_path / "profile-shot", f"--screenshot={shot}")
    assert shot.exists(), run.stderr[-2000:]
    from PIL import Image  # Pillow comes with reportlab (test extra)

    check_screenshot(shot)
    decisions = [d for d in gw.new_decisions(m, expect=2) if d.get("host") == "chatgpt.com" and d["path"] == "/"]
    assert decisions and all((d["user"], d["identity_source"], d["reason"]) == ("suzuki", "client_ip", "not_approved")
                             for d in decisions)


def check_screenshot(shot: Path) -> None:
    from PIL import Image  # Pillow comes with reportlab (test extra)

    img = Image.open(shot).convert("L")
    assert img.size == (1024, 768)
    lo, hi = img.getextrema()
    assert hi - lo > 100  # text on a background, not a blank page
    dark = sum(img.histogram()[:128])
    assert 500 < dark < img.size[0] * img.size[1] // 2  # some glyph pixels, not an all-dark error page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (run scripts/setup-system.sh)")
def test_chromium_shows_the_page_on_a_refused_shadow_ai_host(browser_gw: GatewayProcess, tmp_path: Path) -> None:
    """A shadow-AI site over HTTPS shows aigw's Japanese page (not ERR_TUNNEL_CONNECTION_FAILED), with the
    参照番号 and the user's name."""
    gw = browser_gw
    m = gw.mark()
    dom = chromium(gw, tmp_path / "profile-dom", "--dump-dom", url="https://poe.com/")
    out = dom.stdout
    assert "Poe は利用できません" in out, out[:2000] + dom.stderr[-2000:]
    assert "ERR_TUNNEL_CONNECTION_FAILED" not in out and "suzuki" in out and "参照番号" in out
    assert "誤検知として報告" in out and "組織が承認していない生成AIサービス" in out
    shot = tmp_path / "shadow-page.png"
    run = chromium(gw, tmp_path / "profile-shot", f"--screenshot={shot}", url="https://poe.com/")
    assert shot.exists(), run.stderr[-2000:]
    check_screenshot(shot)
    ds = [d for d in gw.new_decisions(m, expect=2) if d.get("host") == "poe.com" and d.get("path") == "/"]
    assert ds and all((d["reason"], d["user"]) == ("shadow_ai", "suzuki") for d in ds)
    ref = ds[0]["request_id"]
    assert ref in out or any(d["request_id"] in out for d in ds)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (run scripts/setup-system.sh)")
def test_chromium_reports_a_wrong_block(browser_gw: GatewayProcess, tmp_path: Path) -> None:
    """On the block page, 「誤検知として報告」 files a report bound to the page's 参照番号 (audit line
    false_positive_reported, no prompt content) and shows the thank-you page."""
    from tests.support.cdp import Browser

    gw = browser_gw
    assert gw.ca_cert is not None and CHROMIUM is not None
    with Browser(CHROMIUM, gw.port, spki_hash(gw.ca_cert), tmp_path / "cdp") as b:
        b.navigate("https://chatgpt.com/")
        b.wait_for("document.getElementById('ref') !== null")
        ref = b.eval("document.getElementById('ref').textContent")
        assert "利用承認" in b.text() and len(ref) == 12
        b.eval("document.querySelector('#report button').click()")
        b.wait_for("document.title === '報告を受け付けました'")
        assert ref in b.text()
        check_screenshot(b.screenshot(tmp_path / "reported.png"))
    deadline = time.monotonic() + 5
    reports: list[dict] = []
    while not reports and time.monotonic() < deadline:
        reports = [e for e in gw.events if e.get("event") == "false_positive_reported"]
        time.sleep(0.05)
    assert [(r["request_id"], r["user"], r["service"]) for r in reports] == [(ref, "suzuki", "chatgpt")]
