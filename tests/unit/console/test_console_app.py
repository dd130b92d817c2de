"""aigw console in-process (Flask test client): sign-in, sessions, CSRF, roles, search, triage,
applications, reports — and no prompt text or matched value on any page or in the trail."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from gateway import clock
from gateway.console.app import COOKIE, Config, create_app
from gateway.review.fixtures import generate, write_jsonl
from tests.support.gateway import make_test_rules

SECRET = "秘密の議事録 123456789018 sk-live-PLANTEDSECRET"


def month() -> str:
    """This month in the organisation's zone, taken when a test runs (never at import)."""
    return clock.today().strftime("%Y-%m")


@pytest.fixture()
def env(tmp_path: Path) -> tuple[Config, list[dict]]:
    rules = make_test_rules(tmp_path / "rules")
    pol = rules / "policy.yaml"
    pol.write_text(pol.read_text(encoding="utf-8").replace("  service_managers: {}", "  service_managers: {claude: [suzuki]}"),
                   encoding="utf-8")
    recs = list(generate(400, month=month(), seed=4))
    for r in recs[:50]:  # foreign fields that must never surface
        r["prompt"] = SECRET
        r["matched"] = SECRET
    logs = tmp_path / "logs"
    write_jsonl(logs / "gw.jsonl", iter(recs))
    cfg = Config(rules_dir=rules, registry=str(tmp_path / "reg.sqlite3"), store=tmp_path / "store.duckdb",
                 audit=[str(logs)], trail=tmp_path / "trail.jsonl", ingest_every_s=0)
    return cfg, recs


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, html[:500]
    return m.group(1)


def login(c, user: str, password: str = "demo") -> str:
    page = c.get("/login").get_data(as_text=True)
    r = c.post("/login", data={"user": user, "password": password, "csrf": csrf_of(page), "next": "/"})
    assert r.status_code == 303, r.get_data(as_text=True)[:300]
    return csrf_of(c.get("/applications").get_data(as_text=True))


def test_no_session_goes_to_login_and_wrong_password_is_refused(env) -> None:
    cfg, _ = env
    c = create_app(cfg).test_client()
    for path in ("/", "/search", "/queue", "/applications", "/reports"):
        r = c.get(path)
        assert r.status_code == 303 and r.headers["Location"].startswith("/login")
    page = c.get("/login").get_data(as_text=True)
    r = c.post("/login", data={"user": "tanaka", "password": "nope", "csrf": csrf_of(page)})
    assert r.status_code == 401 and "パスワードが違います" in r.get_data(as_text=True)
    r = c.post("/login", data={"user": "tanaka", "password": "demo"})  # no CSRF token
    assert r.status_code == 403
    trail = [json.loads(x) for x in cfg.trail.read_text(encoding="utf-8").splitlines()]
    assert [t["result"] for t in trail if t["action"] == "login"] == ["failed", "csrf_refused"]
    assert all("demo" not in json.dumps(t) and "nope" not in json.dumps(t) for t in trail)


def test_search_by_参照番号_triage_and_no_secret_anywhere(env) -> None:
    cfg, recs = env
    c = create_app(cfg).test_client()
    token = login(c, "tanaka")  # reviewer (総務部 情報政策課)
    blocked = next(r for r in recs[:50] if r["action"] == "block")
    page = c.get(f"/search?id={blocked['request_id']}").get_data(as_text=True)
    assert page.count(f'data-id="{blocked["request_id"]}"') == 1 and "参照番号" in page
    queue = c.get("/queue").get_data(as_text=True)
    assert blocked["request_id"] in queue
    r = c.post(f"/queue/{blocked['request_id']}/triage", data={"status": "false_positive", "csrf": token})
    assert r.status_code == 303
    r = c.post(f"/queue/{blocked['request_id']}/triage", data={"status": "confirmed"})  # missing CSRF token
    assert r.status_code == 403
    assert blocked["request_id"] not in c.get("/queue?show=open").get_data(as_text=True)
    assert "誤検知" in c.get("/queue?show=all").get_data(as_text=True)
    pages = [c.get(p).get_data(as_text=True) for p in
             ("/search?user=tanaka", "/search?since=2000-01-01", "/queue?show=all", f"/dashboard?month={month()}")]
    pages.append(c.get(f"/reports?month={month()}&format=html").get_data(as_text=True))
    for text in [*pages, cfg.trail.read_text(encoding="utf-8")]:
        assert "秘密の議事録" not in text and "PLANTEDSECRET" not in text and "123456789018" not in text
    trail = [json.loads(x) for x in cfg.trail.read_text(encoding="utf-8").splitlines()]
    assert {"login", "search", "triage", "csrf_refused", "report_download"} <= {t["action"] for t in trail}


def test_roles_apply_approve_and_negatives(env) -> None:
    cfg, _ = env
    app = create_app(cfg)
    staff = app.test_client()
    token = login(staff, "suzuki")
    assert staff.get("/queue").status_code == 403  # staff are no reviewers
    r = staff.post("/applications/new", data={"csrf": token, "service": "chatgpt", "purpose": ["要約"],
                                              "scope": "会議録の要約", "until": "2099-01-01"})
    assert r.status_code == 303, r.get_data(as_text=True)
    chatgpt_app = r.headers["Location"].split("=")[-1]
    r = staff.post("/applications/new", data={"csrf": token, "service": "openai-api", "purpose": ["翻訳"],
                                              "scope": "案内の翻訳", "until": "2099-01-01"})
    openai_app = r.headers["Location"].split("=")[-1]

    reviewer = app.test_client()
    t2 = login(reviewer, "tanaka")
    r = reviewer.post(f"/applications/{openai_app}/approve", data={"csrf": t2})
    assert r.status_code == 403  # a reviewer cannot approve

    kacho = app.test_client()
    t3 = login(kacho, "johoseisaku-kacho")  # approver of openai-api / anthropic-api only
    r = kacho.post(f"/applications/{chatgpt_app}/approve", data={"csrf": t3})
    assert r.status_code == 403
    r = kacho.post(f"/applications/{openai_app}/approve", data={})  # no CSRF token
    assert r.status_code == 403
    r = kacho.post(f"/applications/{openai_app}/approve", data={"csrf": t3, "comment": "業務上必要"})
    assert r.status_code == 303
    from gateway.registry.store import open_store

    with open_store(cfg.registry) as reg:
        assert reg.get(openai_app).status == "approved" and reg.get(chatgpt_app).status == "pending"
        assert [(e.actor, e.action) for e in reg.events(openai_app)] == [("suzuki", "apply"),
                                                                         ("johoseisaku-kacho", "approve")]
    # a 外部サービス管理者 sees their service only
    page = staff.get("/search?since=2000-01-01").get_data(as_text=True)
    services = set(re.findall(r"<td>(chatgpt|claude|openai-api|anthropic-api|gemini)</td>", page))
    assert services == {"claude"}


def test_session_expires(env, monkeypatch) -> None:
    cfg, _ = env
    app = create_app(cfg)
    c = app.test_client()
    login(c, "tanaka")
    assert c.get("/queue").status_code == 200
    con = app.extensions["aigw_console"]
    for s in con.sessions.values():
        s.seen -= 31 * 60
    r = c.get("/queue")
    assert r.status_code == 303 and "/login" in r.headers["Location"]


def test_concurrent_requests_share_the_store(env) -> None:
    """Requests on several threads (the threaded server) while the store ingests: no errors."""
    import threading

    cfg, recs = env
    app = create_app(cfg)
    c = app.test_client()
    login(c, "tanaka")
    cookie = c.get_cookie(COOKIE).value
    errors: list[int] = []

    def hit(path: str) -> None:
        cl = app.test_client()
        cl.set_cookie(COOKIE, cookie)
        for _ in range(5):
            r = cl.get(path)
            if r.status_code != 200:
                errors.append(r.status_code)

    threads = [threading.Thread(target=hit, args=(p,)) for p in
               ("/queue", f"/search?id={recs[3]['request_id']}", f"/dashboard?month={month()}", "/queue?show=all")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []


def test_login_never_redirects_off_site_and_reports_download(env) -> None:
    cfg, _ = env
    c = create_app(cfg).test_client()
    for nxt in ("//evil.example/", "https://evil.example/", "/\\evil.example", "/queue"):
        page = c.get("/login").get_data(as_text=True)
        r = c.post("/login", data={"user": "tanaka", "password": "demo", "csrf": csrf_of(page), "next": nxt})
        assert r.headers["Location"] == ("/queue" if nxt == "/queue" else "/")
    for fmt, magic in (("xlsx", b"PK"), ("csv", b"PK"), ("html", b"<!DOCTYPE")):
        r = c.get(f"/reports?month={month()}&format={fmt}")
        assert r.status_code == 200 and r.data.startswith(magic)
    assert c.get("/reports?month=2026-13&format=html").status_code == 400


def test_dashboard_counts_interactions_with_the_reports_rule(tmp_path: Path) -> None:
    """One ChatGPT prompt with its page load and polling is one 利用件数 on the dashboard, as in the report;
    an unapproved page visit is one blocked visit; HTTP lines are shown only for reference."""
    from gateway.review import report
    from tests.unit.review.test_interactions import line

    rules = make_test_rules(tmp_path / "rules")
    recs = [line(0, "GET", "/"), line(0.4, "GET", "/backend-api/me"), line(1, "GET", "/backend-api/conversations"),
            line(20, "POST", "/backend-api/f/conversation/prepare", chars=40),
            line(21, "POST", "/backend-api/f/conversation", chars=40), line(30, "POST", "/ces/v1/t"),
            line(60, "GET", "/backend-api/conversations"),
            line(100, "GET", "/", action="block", reason="not_approved", user="suzuki", department="市民部 市民課"),
            line(101, "GET", "/backend-api/me", action="block", reason="not_approved", user="suzuki",
                 department="市民部 市民課")]
    month = recs[0]["time"][:7]
    write_jsonl(tmp_path / "logs" / "gw.jsonl", iter(recs))
    cfg = Config(rules_dir=rules, registry=str(tmp_path / "reg.sqlite3"), store=tmp_path / "store.duckdb",
                 audit=[str(tmp_path / "logs")], trail=tmp_path / "trail.jsonl", ingest_every_s=0)
    c = create_app(cfg).test_client()
    login(c, "tanaka")
    html = c.get(f"/dashboard?month={month}").get_data(as_text=True)
    row = re.search(r'<table id="by-service">.*?</table>', html, re.S).group(0)  # type: ignore[union-attr]
    cells = [re.sub(r"<[^>]+>", "", x) for x in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    # service, 利用件数, 送信, 表示のみの訪問, ブロック, 利用者数, HTTP要求数
    assert cells[:7] == ["ChatGPT", "2", "1", "1", "1", "2", "9"], cells
    out = report.build([str(tmp_path / "logs")], month, tmp_path / "rep", rules)
    assert (out["interactions"], out["sends"], out["visits"], out["blocked"]) == (2, 1, 1, 1)


def test_search_counts_all_matches_and_pages_them(env) -> None:
    cfg, recs = env
    c = create_app(cfg).test_client()
    login(c, "tanaka")
    html = c.get(f"/search?since={month()}-01").get_data(as_text=True)
    n = int(re.search(r'<p id="total">([\d,]+) 件', html).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert abs(n - sum(1 for r in recs if r["time"] >= f"{month()}-01")) <= 24  # month start in the local zone
    assert html.count("<tr data-id=") == min(n, 200)
    if n > 200:
        assert 'rel="next"' in html
        page2 = c.get(f"/search?since={month()}-01&page=2").get_data(as_text=True)
        ids1 = set(re.findall(r'<tr data-id="([^"]+)"', html))
        ids2 = set(re.findall(r'<tr data-id="([^"]+)"', page2))
        assert ids2 and not ids1 & ids2 and len(ids1 | ids2) == min(n, 400)
    assert c.get(f"/search?since={month()}-01&page=x").status_code == 200
