"""aigw console sign-in against real identity sources, driven by Playwright on Debian's Chromium.

- OpenID Connect with panva's oidc-provider (the certified reference implementation) on 127.0.0.1: sign-in
  through the provider's own login and consent pages, the rules' role applied to the claimed user name (a
  reviewer lands on the queue, an approver may decide, nobody else may); doctored ID tokens from the real
  token endpoint are refused — another audience, expired, a signature by an unpublished key, another issuer,
  another nonce — and so is a callback whose state does not match the browser's;
- LDAP with Debian's slapd: the directory password signs in with the rules' role; a wrong or empty password
  and an LDAP filter as the user name are refused.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

from tests.support import ldap
from tests.support.gateway import make_test_rules
from tests.support.net import free_port
from tests.support.oidc_idp import OidcProvider
from tests.e2e.test_console_e2e import CHROMIUM, needs, sync_playwright

pytestmark = pytest.mark.e2e
AIGW = Path(sys.executable).with_name("aigw")
CLIENT_ID = "aigw-console"
CLIENT_SECRET = "console-secret-0123456789abcdef"


def start_console(d: Path, rules: Path, port: int) -> subprocess.Popen[str]:
    db = str(d / "registry.sqlite3")
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    proc = subprocess.Popen([str(AIGW), "console", "--rules", str(rules), "--db", db, "--store",
                             str(d / "store.duckdb"), "--listen-port", str(port)],
                            stdout=subprocess.PIPE, stderr=open(d / "console-stderr.log", "w"), text=True, env=env)
    line = proc.stdout.readline()  # type: ignore[union-attr]
    assert line, (d / "console-stderr.log").read_text()
    assert json.loads(line)["event"] == "console_started"
    return proc


def set_console(rules: Path, block: str) -> None:
    p = rules / "policy.yaml"
    text = p.read_text(encoding="utf-8")
    p.write_text(text.replace("console:\n", "console:\n" + block, 1), encoding="utf-8")


def trail(d: Path) -> list[dict]:
    return [json.loads(x) for x in (d / "console-trail.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if CHROMIUM is None or sync_playwright is None:
        pytest.skip("chromium (scripts/setup-system.sh) or playwright (test extras) missing")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


# ---------------------------------------------------------------- OpenID Connect
@pytest.fixture(scope="module")
def oidc_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    d = tmp_path_factory.mktemp("console-oidc")
    idp = OidcProvider(d / "idp")
    port = free_port()
    rules = make_test_rules(d / "rules")
    (rules / "oidc-secret").write_text(CLIENT_SECRET + "\n", encoding="utf-8")
    set_console(rules, f"""  oidc:
    issuer: {idp.issuer}
    client_id: {CLIENT_ID}
    client_secret_file: oidc-secret
    user_claim: preferred_username
""")
    idp.start([{"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_types": ["authorization_code"],
                "response_types": ["code"], "redirect_uris": [f"http://127.0.0.1:{port}/oidc/callback"],
                "token_endpoint_auth_method": "client_secret_basic"}])
    console = start_console(d, rules, port)
    try:
        yield {"url": f"http://127.0.0.1:{port}", "idp": idp, "dir": d}
    finally:
        console.terminate()
        console.wait(10)
        idp.stop()


def idp_sign_in(page, user: str) -> None:
    """The provider's own pages: its login form (any user name in development mode), then consent."""
    page.wait_for_selector("input[name=login]")
    page.fill("input[name=login]", user)
    page.fill("input[name=password]", "any")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    if "/interaction/" in page.url:  # consent
        page.click("button[type=submit]")
    page.wait_for_load_state()


def oidc_login(browser, url: str, user: str, next_path: str = "/", tamper_state: bool = False):
    ctx = browser.new_context()
    page = ctx.new_page()
    if tamper_state:  # the provider's redirect to the callback is rewritten in the browser (Playwright's
        # page.route sees no redirect hops; Chromium's Fetch domain does)
        cdp = ctx.new_cdp_session(page)

        def forge(ev: dict) -> None:
            parts = urlsplit(ev["request"]["url"])
            q = dict(parse_qsl(parts.query)) | {"state": "forged-" + "x" * 40}
            cdp.send("Fetch.continueRequest", {"requestId": ev["requestId"],
                                               "url": urlunsplit(parts._replace(query=urlencode(q)))})
        cdp.on("Fetch.requestPaused", forge)
        cdp.send("Fetch.enable", {"patterns": [{"urlPattern": "*/oidc/callback*", "requestStage": "Request"}]})
    page.goto(f"{url}{next_path}")
    assert "/login" in page.url
    page.click("#oidc-login")
    idp_sign_in(page, user)
    page.wait_for_load_state("networkidle")
    return page


@needs
def test_oidc_sign_in_applies_the_rules_roles(oidc_world: dict, browser) -> None:
    url, d = oidc_world["url"], oidc_world["dir"]
    reviewer = oidc_login(browser, url, "tanaka", "/search")
    assert urlsplit(reviewer.url).path == "/search", reviewer.content()[:400]
    assert "tanaka" in reviewer.content()
    reviewer.goto(f"{url}/queue")
    assert urlsplit(reviewer.url).path == "/queue"  # the reviewer role from console.reviewers
    # an ordinary member of staff signed in the same way has no reviewer pages
    staff = oidc_login(browser, url, "suzuki")
    r = staff.request.get(f"{url}/queue")
    assert r.status == 403
    # the approver's entitlement (approvers.yaml) comes with the OIDC user name
    kacho = oidc_login(browser, url, "johoseisaku-kacho")
    assert urlsplit(kacho.url).path == "/applications"
    ok = [e for e in trail(d) if e["action"] == "login" and e["result"] == "ok"]
    assert {(e["user"], e.get("method")) for e in ok} >= {("tanaka", "oidc"), ("suzuki", "oidc"),
                                                          ("johoseisaku-kacho", "oidc")}
    assert "reviewer" in next(e for e in ok if e["user"] == "tanaka")["roles"]
    assert next(e for e in ok if e["user"] == "tanaka")["subject"] == "sub-tanaka"


@needs
@pytest.mark.parametrize("mode", ["aud", "expired", "badsig", "issuer", "nonce"])
def test_oidc_doctored_id_tokens_are_refused(oidc_world: dict, browser, mode: str) -> None:
    url, idp, d = oidc_world["url"], oidc_world["idp"], oidc_world["dir"]
    idp.mode(mode)
    try:
        page = oidc_login(browser, url, "tanaka")
    finally:
        idp.mode("ok")
    assert urlsplit(page.url).path == "/oidc/callback"
    assert "ID トークンを確認できません" in page.content()
    page.goto(f"{url}/queue")
    assert "/login" in page.url  # no session was made
    last = [e for e in trail(d) if e["action"] == "login"][-1]
    assert (last["result"], last["method"]) == ("failed", "oidc")


@needs
def test_oidc_state_mismatch_is_refused(oidc_world: dict, browser) -> None:
    url, d = oidc_world["url"], oidc_world["dir"]
    page = oidc_login(browser, url, "tanaka", tamper_state=True)
    assert "サインインの要求が一致しません" in page.content()
    page.goto(f"{url}/queue")
    assert "/login" in page.url
    assert [e for e in trail(d) if e["action"] == "login"][-1]["detail"] == "state mismatch"


# ---------------------------------------------------------------- LDAP
@pytest.fixture(scope="module")
def ldap_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    if not ldap.available():
        pytest.skip("slapd not installed (scripts/setup-system.sh)")
    d = tmp_path_factory.mktemp("console-ldap")
    server = ldap.LdapServer(d / "ldap").start()
    rules = make_test_rules(d / "rules")
    set_console(rules, f'  proxyauth: "{server.proxyauth_spec()}"\n')
    port = free_port()
    console = start_console(d, rules, port)
    try:
        yield {"url": f"http://127.0.0.1:{port}", "dir": d}
    finally:
        console.terminate()
        console.wait(10)
        server.stop()


@needs
def test_ldap_sign_in_with_the_directory_password(ldap_world: dict, browser) -> None:
    url, d = ldap_world["url"], ldap_world["dir"]
    page = browser.new_context().new_page()
    page.goto(f"{url}/queue")
    assert "/login" in page.url and page.locator("#oidc-login").count() == 0
    page.fill("input[name=user]", "tanaka")
    page.fill("input[name=password]", ldap.PASSWORDS["tanaka"])
    page.click("#login")
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/queue", page.content()[:400]  # reviewer role from the rules
    ok = [e for e in trail(d) if e["action"] == "login" and e["result"] == "ok"]
    assert ("tanaka", "password") in {(e["user"], e.get("method")) for e in ok}


@needs
@pytest.mark.parametrize("user,password", [
    ("tanaka", "wrong-password"),
    ("tanaka", ""),  # an anonymous bind must not sign in
    ("suzuki", ldap.PASSWORDS["tanaka"]),  # another person's password
    ("*", ldap.PASSWORDS["tanaka"]),  # LDAP filter injection
    ("tanaka)(uid=*", ldap.PASSWORDS["tanaka"]),
])
def test_ldap_wrong_credentials_are_refused(ldap_world: dict, browser, user: str, password: str) -> None:
    url = ldap_world["url"]
    page = browser.new_context().new_page()
    page.goto(f"{url}/login")
    token = page.locator("input[name=csrf]").get_attribute("value")
    r = page.request.post(f"{url}/login", form={"csrf": token, "user": user, "password": password, "next": "/queue"},
                          max_redirects=0)
    assert r.status == 401 and "利用者名またはパスワードが違います" in r.text()
    page.goto(f"{url}/queue")
    assert "/login" in page.url
