"""aigw console end to end: Playwright drives Debian's Chromium (/usr/bin/chromium, no browser download)
against a real ``aigw console`` next to a real ``aigw run`` sharing one approval registry.

- no session → the login page; sign-in with the proxy's own htpasswd;
- staff apply through the form → the 許可権限者 approves as themselves → the gateway allows within the
  registry refresh bound (client, audit line and upstream);
- search by 参照番号; triage of a blocked request;
- role negatives: a reviewer cannot approve; an approver of one service cannot approve another; a POST
  without the CSRF token is refused;
- the planted prompt text appears on no page.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e
AIGW = Path(sys.executable).with_name("aigw")
CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
REFRESH = 1
BOUND = REFRESH + 4
SECRET = "PLANTEDq7x9zz窓口メモ"  # must reach upstream unflagged; never shown by the console

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the test extras install it
    sync_playwright = None  # type: ignore[assignment]

needs = pytest.mark.skipif(CHROMIUM is None or sync_playwright is None,
                           reason="chromium (scripts/setup-system.sh) or playwright (test extras) missing")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, upstream: FakeUpstream, pki: TestPKI) -> Iterator[dict]:
    d = tmp_path_factory.mktemp("console")
    rules = make_test_rules(d / "rules")
    db = str(d / "registry.sqlite3")
    subprocess.run([str(AIGW), "approvals", "--db", db, "--rules", str(rules), "list"], check=True,
                   capture_output=True, timeout=60)
    gw = GatewayProcess(d, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem, hosts=UPSTREAM_HOSTS,
                        name="gw-console", extra_sets=(f"aigw_registry={db}", f"aigw_registry_refresh={REFRESH}")).start()
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    console = subprocess.Popen([str(AIGW), "console", "--rules", str(rules), "--db", db, "--audit", str(gw.audit_log),
                                "--store", str(d / "store.duckdb"), "--listen-port", "0"],
                               stdout=subprocess.PIPE, stderr=open(d / "console-stderr.log", "w"), text=True, env=env)
    try:
        line = console.stdout.readline()  # type: ignore[union-attr]
        assert line, (d / "console-stderr.log").read_text()
        url = json.loads(line)["url"].rstrip("/")
        yield {"gw": gw, "url": url, "db": db, "rules": rules, "dir": d, "upstream": upstream}
    finally:
        console.terminate()
        console.wait(10)
        gw.stop()


def ask(gw: GatewayProcess, user: str = "suzuki") -> tuple[int, dict, str]:
    text = f"窓口案内文の下書きをお願いします {SECRET} {fresh_tag(8)}"
    m = gw.mark()
    with gw.http_client(user) as c:
        r = c.post("https://api.openai.com/v1/chat/completions",
                   json={"model": "gpt-4o", "messages": [{"role": "user", "content": text}]})
    return r.status_code, gw.new_decisions(m, expect=1)[0], text


def sign_in(browser, url: str, user: str):
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(f"{url}/")
    assert "/login" in page.url
    page.fill("input[name=user]", user)
    page.fill("input[name=password]", "demo")
    page.click("#login")
    page.wait_for_load_state()
    assert "/login" not in page.url, page.content()[:500]
    return page


def apply_in_form(page, url: str, service: str, purpose: str, scope: str) -> str:
    page.goto(f"{url}/applications/new")
    page.select_option("#service", service)
    page.check(f"input[name=purpose][value={purpose}]")
    page.fill("input[name=scope]", scope)
    page.click("#apply")
    page.wait_for_load_state()
    app_id = page.url.split("applied=")[-1]
    assert app_id.startswith("REG-"), page.url
    return app_id


@needs
def test_console_in_chromium(world: dict) -> None:
    gw, url = world["gw"], world["url"]
    status, before, _ = ask(gw)
    assert before["reason"] == "not_approved"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        try:
            # no session → login
            anon = browser.new_page()
            anon.goto(f"{url}/queue")
            assert "/login" in anon.url and anon.locator("input[name=password]").count() == 1
            # a POST without the session's CSRF token is refused even when signed in
            staff = sign_in(browser, url, "suzuki")
            r = staff.request.post(f"{url}/applications/new", form={"service": "openai-api", "purpose": "翻訳",
                                                                     "scope": "x", "until": "2099-01-01"})
            assert r.status == 403

            # staff apply through the form
            app_id = apply_in_form(staff, url, "openai-api", "翻訳", "外国人住民向け窓口案内の翻訳")
            chatgpt_id = apply_in_form(staff, url, "chatgpt", "要約", "会議録の要約")

            # a reviewer cannot approve
            reviewer = sign_in(browser, url, "tanaka")
            reviewer.goto(f"{url}/applications")
            assert reviewer.locator("#to-decide").count() == 0
            token = reviewer.locator("input[name=csrf]").first.get_attribute("value")
            r = reviewer.request.post(f"{url}/applications/{app_id}/approve", form={"csrf": token})
            assert r.status == 403

            # the approver of openai-api / anthropic-api cannot approve chatgpt, and approves openai-api
            kacho = sign_in(browser, url, "johoseisaku-kacho")
            kacho.goto(f"{url}/applications")
            assert kacho.locator(f"#to-decide tr[data-id='{chatgpt_id}']").count() == 0
            token = kacho.locator("input[name=csrf]").first.get_attribute("value")
            r = kacho.request.post(f"{url}/applications/{chatgpt_id}/approve", form={"csrf": token})
            assert r.status == 403
            kacho.click(f"#to-decide tr[data-id='{app_id}'] button[value=approve]")
            kacho.wait_for_load_state()
            t0 = time.monotonic()
            while True:
                status, d, text = ask(gw)
                if d["reason"] == "allowed":
                    break
                assert time.monotonic() - t0 < BOUND, (d["reason"], subprocess.run([str(AIGW), "approvals", "--db", world["db"], "list"], capture_output=True, text=True).stdout)
                time.sleep(0.25)
            assert status == 200 and d["application_id"] == app_id and world["upstream"].received(text)

            # search by 参照番号 (the store ingests the gateway's audit log)
            time.sleep(0.5)
            reviewer.goto(f"{url}/search?id={d['request_id']}")
            for _ in range(20):
                if reviewer.locator(f"#results tr[data-id='{d['request_id']}']").count():
                    break
                time.sleep(0.5)
                reviewer.reload()
            assert reviewer.locator(f"#results tr[data-id='{d['request_id']}']").count() == 1

            # triage of the earlier block
            reviewer.goto(f"{url}/queue")
            row = reviewer.locator(f"#results tr[data-id='{before['request_id']}']")
            row.locator("button[value=false_positive]").click()
            reviewer.wait_for_load_state()
            assert reviewer.locator(f"#results tr[data-id='{before['request_id']}']").count() == 0  # no longer open
            reviewer.goto(f"{url}/queue?show=all")
            assert "誤検知" in reviewer.locator(f"#results tr[data-id='{before['request_id']}']").inner_text()

            # the prompt text is on no page
            for page, path in ((reviewer, "/search?user=suzuki"), (reviewer, "/queue?show=all"),
                               (reviewer, "/dashboard"), (kacho, "/applications"), (staff, "/applications")):
                page.goto(f"{url}{path}")
                assert SECRET not in page.content()
        finally:
            browser.close()
    trail = (world["dir"] / "console-trail.jsonl").read_text(encoding="utf-8")
    assert SECRET not in trail
    entries = [json.loads(x) for x in trail.splitlines()]
    assert {"login", "apply", "approve", "triage", "search", "csrf_refused"} <= {e["action"] for e in entries}
    refused = [(e["user"], e["target"]) for e in entries if e["action"] == "approve" and e["result"] == "refused"]
    assert ("tanaka", app_id) in refused and ("johoseisaku-kacho", chatgpt_id) in refused
