"""``aigw console``: the reviewers', 許可権限者' and 外部サービス管理者' web application.

Server-rendered HTML (Flask + Jinja2 autoescaping; every page works without JavaScript), on a management
address. Sign-in against the proxy's own identity source (htpasswd / LDAP, gateway/console/auth.py), roles
from the rules. Sessions live on the server (random 256-bit id in an HttpOnly, SameSite=Strict cookie) and
expire after ``console.session_minutes`` idle (12 hours at most); every POST carries the session's CSRF
token; every action (sign-in, search, triage, apply, decide, download) is appended to the console trail
(JSONL, append-only) — approvals also to the registry's own audit trail.

Only audit allow-list fields are ever shown (the audit store never holds prompt text or matched values).
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

from flask import Flask, Response, abort, redirect, request, send_file
from jinja2 import DictLoader

from gateway import clock
from gateway.console import templates
from gateway.console import oidc
from gateway.console.auth import AuthError, Principal, authenticate, identity_spec
from gateway.review.logs import LogsError, Query, parse_when
from gateway.console.state import (ACTION_JA, COOKIE, LOGIN_COOKIE, MAX_SESSION_S, PAGE, TRIAGE, Config, Console,
                                   Session, rows)


def create_app(cfg: Config) -> Flask:
    # complexity: the Flask app factory; each route is a small closure over ``con`` and counts toward this
    # function (mccabe adds nested functions) — the routes themselves stay short
    con = Console(cfg)
    con.load()
    app = Flask("aigw_console")
    app.jinja_loader = DictLoader(templates.TEMPLATES)
    app.jinja_env.autoescape = True
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024
    app.extensions["aigw_console"] = con
    trail = con.trail
    assert trail is not None

    # ------------------------------------------------------------ helpers
    def client() -> str:
        return request.remote_addr or ""

    def current() -> Session | None:
        sid = request.cookies.get(COOKIE)
        s = con.sessions.get(sid or "")
        now = time.monotonic()
        if s is None:
            return None
        if now - s.seen > con.session_s or now - s.created > MAX_SESSION_S:
            con.sessions.pop(sid or "", None)
            return None
        s.seen = now
        return s

    def render(name: str, s: Session | None, http_status: int = 200, **ctx: Any) -> Response:
        html = app.jinja_env.get_template(name).render(
            me=s.principal if s else None, csrf=s.csrf if s else "", organisation=con.rules.policy.organisation,
            TRIAGE=TRIAGE, ACTION_JA=ACTION_JA, PAGE=PAGE, **ctx)
        resp = Response(html, status=http_status, mimetype="text/html")
        return resp

    def require(check: Callable[[Principal], bool] | None = None) -> Session:
        s = current()
        if s is None:
            abort(redirect(f"/login?next={request.path}", code=303))
        if request.method == "POST":
            token = request.form.get("csrf", "")
            if not token or not hmac.compare_digest(token, s.csrf):
                trail.write(user=s.principal.name, action="csrf_refused", target=request.path, result="refused",
                            client_ip=client())
                abort(Response(templates.simple("要求を受け付けられません（CSRF トークンがありません）"), 403))
        if check is not None and not check(s.principal):
            trail.write(user=s.principal.name, action="forbidden", target=request.path, result="refused",
                        client_ip=client())
            abort(render("forbidden.html", s, 403))
        return s

    @app.after_request
    def headers(resp: Response) -> Response:
        resp.headers["Cache-Control"] = "no-store"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["Content-Security-Policy"] = ("default-src 'none'; style-src 'self' 'unsafe-inline'; "
                                                   "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'")
        return resp

    # ------------------------------------------------------------ sign-in
    def safe_next(nxt: str) -> str:
        if not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt or any(ord(c) < 32 for c in nxt):
            return "/"  # never an open redirect
        return nxt

    def start_session(resp: Response, who: Principal, **how: Any) -> None:
        sid = secrets.token_urlsafe(32)
        now = time.monotonic()
        con.sessions[sid] = Session(who, secrets.token_urlsafe(32), now, now)
        trail.write(user=who.name, action="login", result="ok", roles=list(who.roles), client_ip=client(), **how)
        resp.set_cookie(COOKIE, sid, httponly=True, samesite="Strict", secure=cfg.secure_cookies)

    def login_page(nxt: str, error: str = "", status: int = 200) -> Response:
        token = secrets.token_urlsafe(24)
        oidc_cfg = con.rules.policy.console.oidc
        resp = render("login.html", None, status, login_csrf=token, next=nxt, error=error,
                      passwords=identity_spec(con.rules) not in (None, "any"),
                      oidc_label=oidc_cfg.label if oidc_cfg else "", oidc_url=oidc.login_link(nxt))
        resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="Strict", secure=cfg.secure_cookies, max_age=900)
        return resp

    @app.get("/login")
    def login_form() -> Response:
        return login_page(safe_next(request.args.get("next", "/")))

    @app.post("/login")
    def login() -> Response:
        token = request.form.get("csrf", "")
        cookie = request.cookies.get(LOGIN_COOKIE, "")
        name = request.form.get("user", "").strip()
        nxt = safe_next(request.form.get("next", "/"))
        if not token or not cookie or not hmac.compare_digest(token, cookie):
            trail.write(user=name, action="login", result="csrf_refused", client_ip=client())
            return Response(templates.simple("要求を受け付けられません（CSRF トークンがありません）"), 403)
        try:
            who = authenticate(con.rules, name, request.form.get("password", ""))
        except AuthError as e:
            trail.write(user=name, action="login", result="failed", client_ip=client())
            return login_page(nxt, str(e).split(" / ")[0], 401)
        resp = redirect(nxt, code=303)
        start_session(resp, who, method="password")
        resp.delete_cookie(LOGIN_COOKIE)
        return resp

    oidc.register(app, con, safe_next, start_session, client)

    @app.post("/logout")
    def logout() -> Response:
        s = require()
        con.sessions.pop(request.cookies.get(COOKIE, ""), None)
        trail.write(user=s.principal.name, action="logout", result="ok", client_ip=client())
        resp = redirect("/login", code=303)
        resp.delete_cookie(COOKIE)
        return resp

    @app.get("/")
    def home() -> Response:
        s = require()
        p = s.principal
        if p.may_review:
            return redirect("/queue", code=303)
        if p.approver_services:
            return redirect("/applications", code=303)
        if p.managed_services:
            return redirect("/dashboard", code=303)
        return redirect("/applications", code=303)

    # ------------------------------------------------------------ search
    def visible_services(p: Principal) -> tuple[str, ...] | None:
        """None: every service; else the services this person may see usage of."""
        if p.may_review:
            return None
        return tuple(sorted(p.managed_services))

    def search_query(p: Principal) -> tuple[Query, dict[str, str]]:
        f = {k: request.args.get(k, "").strip() for k in
             ("id", "user", "department", "service", "reason", "entity", "action", "since", "until")}
        try:
            since = parse_when(f["since"]) if f["since"] else None
            until = parse_when(f["until"], end=True) if f["until"] else None
        except LogsError as e:
            raise ValueError(str(e)) from None
        ents: tuple[str, ...] = ()
        if f["entity"]:
            from gateway.review.logs import entity_names

            try:
                ents = tuple(entity_names([f["entity"]]))
            except LogsError as e:
                raise ValueError(str(e).split(";")[0]) from None
        services = (f["service"],) if f["service"] else ()
        allowed = visible_services(p)
        if allowed is not None:
            services = tuple(x for x in (services or allowed) if x in allowed) or ("\0none",)
        q = Query(since=since, until=until, users=(f["user"],) if f["user"] else (),
                  departments=(f["department"],) if f["department"] else (), services=services,
                  actions=(f["action"],) if f["action"] in ACTION_JA else (),
                  reasons=(f["reason"],) if f["reason"] else (), entities=ents,
                  request_ids=(f["id"],) if f["id"] else ())
        return q, f

    @app.get("/search")
    def search() -> Response:
        s = require(lambda p: p.sees_usage)
        con.ingest()
        error, results, total = "", [], 0
        arg = request.args.get("page", "1")
        page_no = min(int(arg), 10_000) if arg.isdigit() and int(arg) > 0 else 1
        try:
            q, f = search_query(s.principal)
            if any(f.values()):  # counted and paged in the store: only one page of rows is read
                recs, total = con.store.page(q, offset=(page_no - 1) * PAGE, limit=PAGE)  # type: ignore[union-attr]
                results = rows(recs)
                trail.write(user=s.principal.name, action="search", target={k: v for k, v in f.items() if v},
                            result=f"{total} rows", client_ip=client())
        except ValueError as e:
            f, error = {k: request.args.get(k, "") for k in ("id", "user", "department", "service", "reason", "entity",
                                                              "action", "since", "until")}, str(e)
        base = "/search?" + urlencode({k: v for k, v in f.items() if v})
        return render("search.html", s, f=f, results=results, error=error, services=service_choices(s.principal),
                      total=total, page=page_no, pages=max(1, -(-total // PAGE)), base=base, first=(page_no - 1) * PAGE)

    def service_choices(p: Principal) -> list[str]:
        allowed = visible_services(p)
        ids = [x.id for x in con.rules.services]
        return ids if allowed is None else [x for x in ids if x in allowed]

    # ------------------------------------------------------------ blocked-request queue + triage
    def triage_state() -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
        states: dict[str, dict[str, Any]] = {}
        reports: dict[str, list[dict[str, Any]]] = {}
        for r in trail.read():
            if r.get("action") == "triage" and r.get("result") == "ok":
                states[r["target"]] = r
            elif r.get("action") == "wrong_block_report" and r.get("result") == "ok":
                reports.setdefault(r["target"], []).append(r)
        return states, reports

    @app.get("/queue")
    def queue() -> Response:
        s = require(lambda p: p.may_review)
        con.ingest()
        days = max(1, min(int(request.args.get("days", "14") or 14), 92))
        show = request.args.get("show", "open")
        since = clock.now() - dt.timedelta(days=days)
        recs = con.store.records(Query(since=since, actions=("block",)), limit=500)  # type: ignore[union-attr]
        states, reports = triage_state()
        reported = [r for r in reports if r not in {x.get("request_id") for x in recs}]
        if reported:
            recs += con.store.records(Query(request_ids=tuple(reported)))  # type: ignore[union-attr]
        items = []
        for row in sorted(rows(recs), key=lambda x: x["time"], reverse=True):
            st = states.get(row["request_id"])
            row["triage"] = st.get("status") if st else ""
            row["triage_by"] = st.get("user") if st else ""
            row["reports"] = len(reports.get(row["request_id"], ()))
            if show == "open" and row["triage"]:
                continue
            items.append(row)
        items.sort(key=lambda x: (-x["reports"], x["time"]), reverse=False)
        items.sort(key=lambda x: x["reports"] == 0)
        return render("queue.html", s, items=items[:300], days=days, show=show)

    @app.post("/queue/<request_id>/triage")
    def triage(request_id: str) -> Response:
        s = require(lambda p: p.may_review)
        status = request.form.get("status", "")
        note = request.form.get("note", "")[:200]
        if status not in TRIAGE or not con.store.records(Query(request_ids=(request_id,))):  # type: ignore[union-attr]
            abort(Response(templates.simple("確認の区分または参照番号が正しくありません"), 400))
        trail.write(user=s.principal.name, action="triage", target=request_id, status=status, note=note, result="ok",
                    client_ip=client())
        return redirect(request.form.get("back") or "/queue", code=303)

    @app.route("/report-block", methods=["GET", "POST"])
    def report_block() -> Response:
        """Staff: 「誤ってブロックされた」 report for one of their own 参照番号 (shown in the queue)."""
        s = require()
        msg, err = "", ""
        if request.method == "POST":
            rid = request.form.get("request_id", "").strip()
            note = request.form.get("note", "")[:200]
            recs = con.store.records(Query(request_ids=(rid,))) if rid else []  # type: ignore[union-attr]
            if not recs or (recs[0].get("user") != s.principal.name and not s.principal.may_review) \
                    or recs[0].get("action") != "block":
                err = "その参照番号のブロックが見つかりません（ご自身の送信のみ申告できます）"
                trail.write(user=s.principal.name, action="wrong_block_report", target=rid, result="refused",
                            client_ip=client())
            else:
                trail.write(user=s.principal.name, action="wrong_block_report", target=rid, note=note, result="ok",
                            client_ip=client())
                msg = f"参照番号 {rid} の申告を受け付けました。担当者が確認します。"
        else:
            con.ingest()
        return render("report_block.html", s, msg=msg, err=err)

    # ------------------------------------------------------------ dashboards
    @app.get("/dashboard")
    def dashboard() -> Response:
        s = require(lambda p: p.sees_usage)
        con.ingest()
        month = request.args.get("month") or clock.today().strftime("%Y-%m")
        try:
            start, end = parse_when(month), parse_when(month, end=True)
            if len(month) != 7:
                raise LogsError
        except LogsError:
            abort(Response(templates.simple("月は YYYY-MM で指定してください"), 400))
        allowed = visible_services(s.principal)
        q = Query(since=start, until=end, services=allowed or ()) if allowed is not None else Query(since=start,
                                                                                                    until=end)
        if allowed == ():
            by_dept, by_svc = [], []
        else:
            store = con.store
            assert store is not None
            by_dept = store.unit_counts(q, ("department",), con.lookup) if allowed is None else []
            by_svc = store.unit_counts(q, ("service",), con.lookup)
        trail.write(user=s.principal.name, action="dashboard", target=month, result="ok", client_ip=client())
        names = {x.id: x.name for x in con.rules.services}
        return render("dashboard.html", s, month=month, by_dept=by_dept, by_svc=by_svc,
                      svc_name=lambda k: names.get(k, k) or "（不明）", dept_name=lambda k: k or "（不明）")

    # ------------------------------------------------------------ applications
    def open_registry() -> Any:
        from gateway.registry.store import open_store

        return open_store(cfg.registry)

    @app.get("/applications")
    def applications() -> Response:
        s = require()
        p = s.principal
        today = clock.today()
        with open_registry() as reg:
            apps = reg.list()
        mine = [a for a in apps if a.applicant == p.name or a.user == p.name]
        to_decide = [a for a in apps if p.may_decide(a.service) and a.effective_status(today) == "pending"
                     and a.applicant != p.name]
        decided = [a for a in apps if p.may_decide(a.service) and a.effective_status(today) == "approved"]
        return render("applications.html", s, mine=mine, to_decide=to_decide, decided=decided, today=today,
                      status=lambda a: a.effective_status(today))

    @app.route("/applications/new", methods=["GET", "POST"])
    def apply_form() -> Response:
        s = require()
        from gateway.registry import workflow
        from gateway.registry.model import RegistryError

        services = [(x.id, x.name, x.business_scopes) for x in con.rules.services]
        err = ""
        form = {k: request.form.get(k, "") for k in ("service", "scope", "until", "group")}
        if request.method == "POST":
            try:
                sid = form["service"]
                purposes = request.form.getlist("purpose")
                with open_registry() as reg:
                    app_ = workflow.apply(reg, con.catalog, applicant=s.principal.name, service=sid,
                                          purposes=purposes, scope=form["scope"],
                                          valid_from=clock.today().isoformat(), valid_until=form["until"],
                                          user=None if form["group"] else s.principal.name,
                                          group=form["group"] or None)
                trail.write(user=s.principal.name, action="apply", target=app_.application_id, service=sid,
                            result="ok", client_ip=client())
                return redirect(f"/applications?applied={app_.application_id}", code=303)
            except RegistryError as e:
                err = str(e).split(" / ")[0]
                trail.write(user=s.principal.name, action="apply", target=form["service"], result="refused",
                            client_ip=client())
        return render("apply.html", s, services=services, err=err, form=form,
                      default_until=(clock.today() + dt.timedelta(days=180)).isoformat())

    @app.post("/applications/<app_id>/<decision>")
    def decide(app_id: str, decision: str) -> Response:
        s = require()
        from gateway.registry import workflow
        from gateway.registry.model import RegistryError

        if decision not in ("approve", "deny", "revoke"):
            abort(404)
        text = request.form.get("comment", "").strip()
        try:
            with open_registry() as reg:
                service = reg.get(app_id).service
                if not s.principal.may_decide(service):
                    raise RegistryError(f"{s.principal.name} は {service} の許可権限者ではありません")
                if decision == "approve":
                    workflow.approve(reg, con.catalog, app_id, s.principal.name, text or None)
                elif decision == "deny":
                    workflow.deny(reg, con.catalog, app_id, s.principal.name, text)
                else:
                    workflow.revoke(reg, con.catalog, app_id, s.principal.name, text)
        except RegistryError as e:
            trail.write(user=s.principal.name, action=decision, target=app_id, result="refused", client_ip=client())
            return render("forbidden.html", s, 403, message=str(e).split(" / ")[0])
        trail.write(user=s.principal.name, action=decision, target=app_id, result="ok", client_ip=client())
        return redirect("/applications", code=303)

    # ------------------------------------------------------------ reports
    @app.get("/reports")
    def reports() -> Response:
        s = require(lambda p: p.may_review or bool(p.managed_services))
        month = request.args.get("month", "")
        fmt = request.args.get("format", "")
        if not month:
            last = (clock.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
            return render("reports.html", s, month=last)
        from gateway.review import report as rep

        if fmt not in ("html", "xlsx", "csv"):
            abort(400)
        con.ingest(force=True)
        from gateway.review.logs import expand

        try:
            files = [str(x) for x in expand(cfg.audit)]
        except LogsError:
            files = []
        tmp = Path(tempfile.mkdtemp(prefix="aigw-console-report-"))
        try:
            rep.build(files or [str(tmp / "none.jsonl")], month, tmp, cfg.rules_dir, cfg.registry, cfg.store)
        except (LogsError, OSError) as e:
            shutil.rmtree(tmp, ignore_errors=True)
            return render("forbidden.html", s, 400, message=str(e).split(" / ")[0])
        trail.write(user=s.principal.name, action="report_download", target=month, format=fmt, result="ok",
                    client_ip=client())
        def cleanup(resp: Response) -> Response:
            resp.call_on_close(lambda: shutil.rmtree(tmp, ignore_errors=True))
            return resp

        if fmt == "csv":
            import zipfile

            z = tmp / f"{month}_report_csv.zip"
            with zipfile.ZipFile(z, "w") as zf:
                for c in sorted(tmp.glob(f"{month}_*.csv")):
                    zf.write(c, c.name)
            return cleanup(send_file(z, as_attachment=True, download_name=z.name))
        path = tmp / f"{month}_report.{fmt}"
        return cleanup(send_file(path, as_attachment=fmt == "xlsx", download_name=path.name))

    @app.get("/healthz")
    def healthz() -> Response:
        return Response("ok\n", mimetype="text/plain")

    return app
