"""``aigw report --month YYYY-MM``: the monthly usage report for the AI戦略チーム.

Reads the audit JSONL (``request_decided`` lines only: no prompt text exists to leak) and the
approval records (``approvals.yaml`` plus the approval registry when given), and writes to
``--out DIR``:

- ``report.html``: a Japanese report with inline SVG charts (one self-contained file, no script,
  no external asset: it reads offline and prints);
- one CSV per table (UTF-8 with BOM so Excel opens the Japanese text correctly);
- ``report.xlsx`` with the sheets 概要, 所属別, サービス別, 目的別, ブロック理由別, 検出種別, 未承認利用,
  承認状況 (openpyxl).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import os
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway import clock
from gateway.review.logs import LogsError, Query, expand, parse_when, read_records
from gateway.rules.errors import RulesError
from gateway.rules.zone import use_rules_zone

# reasons that mean "someone tried to use AI without a valid approval" (shadow IT)
UNAPPROVED = ("not_approved", "shadow_ai", "unknown_user", "approval_expired", "approval_not_yet_valid",
              "purpose_not_approved")
REASON_JA = {
    "allowed": "許可", "scan_warning": "警告（検査で注意）", "no_identity": "利用者を識別できない",
    "auth_required": "プロキシ認証なし", "unknown_user": "未登録の利用者", "not_approved": "利用承認なし",
    "approval_expired": "承認期限切れ", "approval_not_yet_valid": "承認期間前", "purpose_not_approved": "承認外の利用目的",
    "confidential_data": "要機密情報を検出", "shadow_ai": "シャドーAI（未承認サービス）",
    "unsupported_endpoint": "利用できない機能", "oversize_body": "送信データが大きすぎる",
    "undecodable_body": "送信データを読めない", "unscannable_file": "検査できないファイル",
    "streamed_request_body": "分割送信", "scan_timeout": "検査の時間切れ", "scan_failed": "検査エラー",
    "internal_error": "内部エラー", "audit_unavailable": "利用記録を書けない", "anonymous_use": "未ログインでの利用",
    "registry_unavailable": "承認台帳に接続できない",
    "caution_required": "注意段階（理由の確認待ち）", "caution_confirmed": "注意段階（理由を添えて送信）",
}
UNKNOWN = "（不明）"
SHEETS = ("概要", "所属別", "サービス別", "目的別", "ブロック理由別", "検出種別", "未承認利用", "承認状況")


@dataclass
class Table:
    name: str  # sheet name, CSV file stem
    headers: list[str]
    rows: list[list[Any]]
    note: str = ""


@dataclass
class Group:
    requests: int = 0
    allowed: int = 0
    warned: int = 0
    blocked: int = 0
    confidential: int = 0
    unapproved: int = 0
    users: set[str] = field(default_factory=set)

    def add(self, r: dict[str, Any]) -> None:
        self.requests += 1
        action, reason = r.get("action"), r.get("reason")
        if action == "block":
            self.blocked += 1
        elif action == "warn":
            self.warned += 1
        else:
            self.allowed += 1
        if reason == "confidential_data":
            self.confidential += 1
        if reason in UNAPPROVED:
            self.unapproved += 1
        if r.get("user"):
            self.users.add(r["user"])

    def row(self) -> list[Any]:
        rate = round(100 * self.blocked / self.requests, 1) if self.requests else 0.0
        return [self.requests, len(self.users), self.allowed, self.warned, self.blocked, rate, self.confidential,
                self.unapproved]


GROUP_HEADERS = ["利用件数", "利用者数", "許可", "警告", "ブロック", "ブロック率(%)", "要機密情報ブロック", "未承認の利用試行"]


@dataclass
class ApprovalRow:
    application_id: str
    subject: str  # user or group / 所属
    service: str
    purposes: str
    approver: str
    approved_on: dt.date | None
    expires_on: dt.date | None
    status: str  # 有効 | 期限切れ | 取消 | 却下 | 審査中 | 期間前
    revoked_on: dt.date | None = None
    decided_on: dt.date | None = None  # the approval decision (registry); approvals.yaml: approved_on


# ---------------------------------------------------------------- aggregation
@dataclass
class MonthData:
    month: str
    start: dt.datetime
    end: dt.datetime
    total: Group = field(default_factory=Group)
    by_department: dict[str, Group] = field(default_factory=lambda: defaultdict(Group))
    by_service: dict[str, Group] = field(default_factory=lambda: defaultdict(Group))
    by_purpose: dict[str, Group] = field(default_factory=lambda: defaultdict(Group))
    by_reason: Counter[str] = field(default_factory=Counter)
    reason_users: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    entity_requests: Counter[str] = field(default_factory=Counter)  # blocked requests with this entity
    entity_findings: Counter[str] = field(default_factory=Counter)
    entity_users: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    unapproved: dict[tuple[str, str], Group] = field(default_factory=lambda: defaultdict(Group))
    daily: dict[dt.date, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    departments_of: dict[str, str] = field(default_factory=dict)


def month_range(month: str) -> tuple[dt.datetime, dt.datetime]:
    try:
        start, end = parse_when(month), parse_when(month, end=True)
        if len(month) != 7:
            raise LogsError
    except LogsError:
        raise LogsError(f"--month は YYYY-MM の形で指定してください / --month must be YYYY-MM: {month!r}") from None
    return start, end


def aggregate(records: Iterable[dict[str, Any]], month: str, user_departments: dict[str, str] | None = None) \
        -> MonthData:
    start, end = month_range(month)
    d = MonthData(month, start, end)
    known = dict(user_departments or {})
    for r in records:
        user = r.get("user")
        dept = r.get("department") or known.get(user or "") or UNKNOWN
        if user and r.get("department"):
            known.setdefault(user, r["department"])
        action, reason = r.get("action") or "", r.get("reason") or ""
        d.total.add(r)
        d.by_department[dept].add(r)
        d.by_service[r.get("service") or UNKNOWN].add(r)
        if r.get("purpose"):
            d.by_purpose[r["purpose"]].add(r)
        if action == "block":
            d.by_reason[reason] += 1
            if user:
                d.reason_users[reason].add(user)
            for f in r.get("findings") or ():
                ent = f.get("entity") if isinstance(f, dict) else None
                if ent:
                    d.entity_requests[ent] += 1
                    d.entity_findings[ent] += int(f.get("count") or 1)
                    if user:
                        d.entity_users[ent].add(user)
        if reason in UNAPPROVED:
            d.unapproved[(dept, reason)].add(r)
        t = clock.date_of(clock.parse_stamp(r.get("time") or ""))
        d.daily[t]["block" if action == "block" else "allow"] += 1
    d.departments_of = known
    return d


# ---------------------------------------------------------------- approvals
def approvals_from_rules(rules_dir: Path | None) -> list[dict[str, Any]]:
    """approvals.yaml as plain dicts (validated by the rules loader's schema)."""
    import yaml

    from gateway.rules.loader import DEFAULT_RULES_DIR
    from gateway.rules.schema import ApprovalsFile

    path = Path(rules_dir or DEFAULT_RULES_DIR) / "approvals.yaml"
    if not path.exists():
        return []
    data = ApprovalsFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    return [dict(a.model_dump(), status="approved") for a in data.approvals]


def approval_rows(records: list[dict[str, Any]], ref: dt.date) -> list[ApprovalRow]:
    out = []
    for a in records:
        status = a.get("status", "approved")
        approved_on, expires_on = a.get("approved_on"), a.get("expires_on")
        if status == "approved":
            label = "有効" if (approved_on is None or approved_on <= ref) and (expires_on is None or ref <= expires_on) \
                else ("期間前" if approved_on and approved_on > ref else "期限切れ")
        else:
            label = {"revoked": "取消", "denied": "却下", "pending": "審査中", "expired": "期限切れ"}.get(status, status)
        purposes = a.get("purposes") or []
        out.append(ApprovalRow(
            application_id=a.get("application_id") or "", subject=a.get("user") or a.get("group") or "",
            service=a.get("service") or "", purposes="、".join(purposes) if isinstance(purposes, list) else str(purposes),
            approver=a.get("approver") or "", approved_on=approved_on, expires_on=expires_on, status=label,
            revoked_on=a.get("revoked_on"), decided_on=a.get("decided_on") or approved_on))
    return out


# ---------------------------------------------------------------- tables
def _sorted_groups(groups: dict[str, Group]) -> list[tuple[str, Group]]:
    return sorted(groups.items(), key=lambda kv: (-kv[1].requests, kv[0]))


def build_tables(d: MonthData, approvals: list[ApprovalRow], service_names: dict[str, str],
                 entity_names: dict[str, str]) -> dict[str, Table]:
    month_end = (d.end - dt.timedelta(days=1)).date()
    month_start = d.start.date()
    granted = [a for a in approvals if a.decided_on and month_start <= a.decided_on <= month_end
               and a.status in ("有効", "期限切れ", "取消", "期間前")]
    active = [a for a in approvals if a.status == "有効"]
    exp30 = [a for a in active if a.expires_on and a.expires_on <= month_end + dt.timedelta(days=30)]
    exp60 = [a for a in active if a.expires_on and a.expires_on <= month_end + dt.timedelta(days=60)]
    revoked = [a for a in approvals if a.status == "取消" and (a.revoked_on is None or
                                                              month_start <= a.revoked_on <= month_end)]
    t = d.total
    unapproved_total = sum(g.requests for g in d.unapproved.values())
    shadow = d.by_reason.get("shadow_ai", 0)
    tables: dict[str, Table] = {}
    tables["概要"] = Table("概要", ["項目", "値"], [
        ["対象月", d.month],
        ["集計期間", f"{month_start.isoformat()} 〜 {month_end.isoformat()}（日本時間）"],
        ["利用件数（AIサービスへの送信）", t.requests],
        ["許可", t.allowed],
        ["警告（許可・要確認）", t.warned],
        ["ブロック", t.blocked],
        ["ブロック率(%)", round(100 * t.blocked / t.requests, 1) if t.requests else 0.0],
        ["要機密情報によるブロック", t.confidential],
        ["未承認の利用試行（シャドーIT）", unapproved_total],
        ["うちシャドーAI（未承認サービス）", shadow],
        ["利用者数", len(t.users)],
        ["所属数", len([k for k in d.by_department if k != UNKNOWN])],
        ["利用サービス数", len([k for k in d.by_service if not k.startswith("shadow:")])],
        ["有効な承認（月末時点）", len(active)],
        ["当月の新規承認", len(granted)],
        ["30日以内に期限切れとなる承認", len(exp30)],
        ["60日以内に期限切れとなる承認", len(exp60)],
        ["当月の承認取消", len(revoked)],
    ])
    tables["所属別"] = Table("所属別", ["所属", *GROUP_HEADERS],
                            [[k, *g.row()] for k, g in _sorted_groups(d.by_department)])
    tables["サービス別"] = Table("サービス別", ["サービスID", "サービス名", *GROUP_HEADERS],
                              [[k, service_names.get(k, k.removeprefix("shadow:")), *g.row()]
                               for k, g in _sorted_groups(d.by_service)])
    tables["目的別"] = Table("目的別", ["利用目的", *GROUP_HEADERS],
                            [[k, *g.row()] for k, g in _sorted_groups(d.by_purpose)],
                            note="利用目的は承認の範囲内で判定された目的です（ブロックされた未承認の利用には目的がありません）。")
    tables["ブロック理由別"] = Table("ブロック理由別", ["理由コード", "理由", "件数", "利用者数", "割合(%)"], [
        [k, REASON_JA.get(k, k), n, len(d.reason_users.get(k, ())), round(100 * n / t.blocked, 1) if t.blocked else 0]
        for k, n in d.by_reason.most_common()])
    tables["検出種別"] = Table("検出種別", ["検出種別", "名称", "ブロック件数", "検出数", "利用者数"], [
        [k, entity_names.get(k, k), n, d.entity_findings[k], len(d.entity_users.get(k, ()))]
        for k, n in d.entity_requests.most_common()],
        note="ブロックした送信に含まれていた情報の種別です（本文・検出した文字列は記録していません）。")
    tables["未承認利用"] = Table("未承認利用", ["所属", "理由コード", "理由", "件数", "利用者数"], [
        [dept, reason, REASON_JA.get(reason, reason), g.requests, len(g.users)]
        for (dept, reason), g in sorted(d.unapproved.items(), key=lambda kv: (-kv[1].requests, kv[0]))],
        note="承認のない利用・未承認サービス（シャドーAI）・未登録の利用者などによる利用の試行です。")

    def fmt(x: dt.date | None) -> str:
        return x.isoformat() if x else ""

    tables["承認状況"] = Table("承認状況", ["申請番号", "利用者・グループ", "サービス", "利用目的", "許可権限者", "承認日",
                                        "有効期限", "状態", "当月新規", "30日以内に期限", "60日以内に期限", "取消日"], [
        [a.application_id, a.subject, a.service, a.purposes, a.approver, fmt(a.approved_on), fmt(a.expires_on), a.status,
         "○" if a in granted else "", "○" if a in exp30 else "", "○" if a in exp60 else "", fmt(a.revoked_on)]
        for a in sorted(approvals, key=lambda a: (a.service, a.application_id))],
        note=f"状態は {month_end.isoformat()}（月末）時点。期限は月末からの日数です。")
    return tables


# ---------------------------------------------------------------- SVG charts
FONT = "'Noto Sans CJK JP','Noto Sans JP','IPAexGothic','Hiragino Sans','Meiryo',sans-serif"
COLORS = {"allow": "#2e7d32", "warn": "#f9a825", "block": "#c62828", "bar": "#1565c0", "shadow": "#6a1b9a"}


def _esc(s: Any) -> str:
    return html.escape(str(s), quote=True)


def svg_hbar(title: str, items: Sequence[tuple[str, Sequence[int]]], series: Sequence[tuple[str, str]],
             width: int = 760, top: int = 15) -> str:
    """Horizontal (stacked) bar chart: items = [(label, [value per series])], series = [(name, colour)]."""
    items = list(items)[:top]
    label_w, bar_h, gap, head = 230, 20, 8, 46
    height = head + len(items) * (bar_h + gap) + 10
    vmax = max((sum(v) for _, v in items), default=0) or 1
    span = width - label_w - 80
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="13">',
           f'<title>{_esc(title)}</title>',
           f'<text x="0" y="18" font-size="15" font-weight="bold">{_esc(title)}</text>']
    x = label_w
    for name, colour in series if len(series) > 1 else ():
        out.append(f'<rect x="{x}" y="28" width="12" height="12" fill="{colour}"/>'
                   f'<text x="{x + 16}" y="39">{_esc(name)}</text>')
        x += 30 + 14 * len(name)
    for i, (label, values) in enumerate(items):
        y = head + i * (bar_h + gap)
        short = label if len(label) <= 16 else label[:15] + "…"
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{_esc(short)}</text>')
        x = float(label_w)
        for v, (_, colour) in zip(values, series):
            w = span * v / vmax
            if w > 0:
                out.append(f'<rect class="bar" x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour}">'
                           f'<title>{_esc(label)}: {v:,}</title></rect>')
            x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + 15}">{sum(values):,}</text>')
    if not items:
        out.append(f'<text x="{label_w}" y="{head + 15}" fill="#666">該当なし</text>')
    out.append("</svg>")
    return "".join(out)


def svg_daily(title: str, daily: dict[dt.date, Counter[str]], start: dt.date, end: dt.date, width: int = 760) -> str:
    days = [start + dt.timedelta(days=i) for i in range((end - start).days)]
    height, left, bottom, top = 240, 50, 30, 40
    plot_h = height - bottom - top
    vmax = max((daily[x]["allow"] + daily[x]["block"] for x in days if x in daily), default=0) or 1
    bw = (width - left - 10) / max(len(days), 1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="11">',
           f'<title>{_esc(title)}</title>',
           f'<text x="0" y="18" font-size="15" font-weight="bold">{_esc(title)}</text>',
           f'<rect x="{width - 200}" y="8" width="12" height="12" fill="{COLORS["allow"]}"/>'
           f'<text x="{width - 184}" y="19">許可・警告</text>'
           f'<rect x="{width - 110}" y="8" width="12" height="12" fill="{COLORS["block"]}"/>'
           f'<text x="{width - 94}" y="19">ブロック</text>',
           f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#999"/>',
           f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">{vmax:,}</text>',
           f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>']
    for i, day in enumerate(days):
        c = daily.get(day, Counter())
        x = left + i * bw + 1
        h_a = plot_h * c["allow"] / vmax
        h_b = plot_h * c["block"] / vmax
        y = top + plot_h
        if h_a:
            out.append(f'<rect class="bar" x="{x:.1f}" y="{y - h_a:.1f}" width="{bw - 2:.1f}" height="{h_a:.1f}" '
                       f'fill="{COLORS["allow"]}"><title>{day.isoformat()} 許可・警告 {c["allow"]:,}</title></rect>')
        if h_b:
            out.append(f'<rect class="bar" x="{x:.1f}" y="{y - h_a - h_b:.1f}" width="{bw - 2:.1f}" height="{h_b:.1f}" '
                       f'fill="{COLORS["block"]}"><title>{day.isoformat()} ブロック {c["block"]:,}</title></rect>')
        if day.day == 1 or day.day % 5 == 0:
            out.append(f'<text x="{x + bw / 2:.1f}" y="{height - 12}" text-anchor="middle">{day.day}日</text>')
    out.append("</svg>")
    return "".join(out)


# ---------------------------------------------------------------- HTML
CSS = """
body{font-family:%s;margin:24px auto;max-width:1000px;color:#222;line-height:1.6}
h1{font-size:22px;border-bottom:3px solid #1565c0;padding-bottom:6px}
h2{font-size:18px;margin-top:32px;border-left:6px solid #1565c0;padding-left:8px}
table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
th,td{border:1px solid #bbb;padding:3px 8px}
th{background:#e3f2fd;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.kpi{display:flex;flex-wrap:wrap;gap:10px}
.kpi div{border:1px solid #bbb;border-radius:6px;padding:8px 14px;min-width:140px}
.kpi b{display:block;font-size:22px}
.note{color:#555;font-size:12px}
figure{margin:12px 0}
@media print{h2{break-before:auto} figure,table{break-inside:avoid}}
""" % FONT


def html_table(t: Table, limit: int | None = None) -> str:
    rows = t.rows if limit is None else t.rows[:limit]
    head = "".join(f"<th>{_esc(h)}</th>" for h in t.headers)
    body = []
    for r in rows:
        cells = "".join(f'<td class="n">{v:,}</td>' if isinstance(v, int) and not isinstance(v, bool)
                        else f'<td class="n">{v}</td>' if isinstance(v, float) else f"<td>{_esc(v)}</td>" for v in r)
        body.append(f"<tr>{cells}</tr>")
    more = f'<p class="note">ほか {len(t.rows) - len(rows)} 行は CSV・Excel を参照してください。</p>' \
        if len(rows) < len(t.rows) else ""
    note = f'<p class="note">{_esc(t.note)}</p>' if t.note else ""
    return f'<table data-sheet="{_esc(t.name)}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>' \
           f"{note}{more}"


def render_html(d: MonthData, tables: dict[str, Table], organisation: str, generated: dt.datetime) -> str:
    kpi = dict((r[0], r[1]) for r in tables["概要"].rows)
    stack = [("許可", COLORS["allow"]), ("警告", COLORS["warn"]), ("ブロック", COLORS["block"])]

    def triple(t: Table, label_col: int = 0, base: int = 1) -> list[tuple[str, list[int]]]:
        return [(str(r[label_col]), [r[base + 2], r[base + 3], r[base + 4]]) for r in t.rows]

    svc = tables["サービス別"]
    charts = {
        "daily": svg_daily("日別の利用件数", d.daily, d.start.date(), d.end.date()),
        "dept": svg_hbar("所属別の利用件数", triple(tables["所属別"]), stack),
        "svc": svg_hbar("サービス別の利用件数", [(str(r[1]), [r[4], r[5], r[6]]) for r in svc.rows], stack),
        "purpose": svg_hbar("利用目的別の利用件数", [(str(r[0]), [r[1]]) for r in tables["目的別"].rows],
                            [("件数", COLORS["bar"])]),
        "reason": svg_hbar("ブロック理由別の件数", [(str(r[1]), [r[2]]) for r in tables["ブロック理由別"].rows],
                           [("件数", COLORS["block"])]),
        "entity": svg_hbar("ブロックの原因となった情報の種別", [(str(r[1]), [r[2]]) for r in tables["検出種別"].rows],
                           [("件数", COLORS["block"])]),
        "shadow": svg_hbar("未承認の利用試行（所属別）", _by_first(tables["未承認利用"].rows),
                           [("件数", COLORS["shadow"])]),
    }
    k = [("利用件数", kpi["利用件数（AIサービスへの送信）"]), ("利用者数", kpi["利用者数"]), ("ブロック", kpi["ブロック"]),
         ("要機密情報ブロック", kpi["要機密情報によるブロック"]), ("未承認の利用試行", kpi["未承認の利用試行（シャドーIT）"]),
         ("有効な承認", kpi["有効な承認（月末時点）"])]
    kpis = "".join(f"<div>{_esc(n)}<b>{v:,}</b></div>" for n, v in k)
    sections = [
        ("1. 概要", f'<div class="kpi">{kpis}</div><figure>{charts["daily"]}</figure>{html_table(tables["概要"])}'),
        ("2. 所属別の利用状況", f'<figure>{charts["dept"]}</figure>{html_table(tables["所属別"])}'),
        ("3. サービス別の利用状況", f'<figure>{charts["svc"]}</figure>{html_table(tables["サービス別"])}'),
        ("4. 利用目的別の利用状況", f'<figure>{charts["purpose"]}</figure>{html_table(tables["目的別"])}'),
        ("5. ブロックの理由", f'<figure>{charts["reason"]}</figure>{html_table(tables["ブロック理由別"])}'),
        ("6. ブロックの原因となった情報の種別", f'<figure>{charts["entity"]}</figure>{html_table(tables["検出種別"])}'),
        ("7. 未承認の利用試行（シャドーIT）", f'<figure>{charts["shadow"]}</figure>{html_table(tables["未承認利用"], 100)}'),
        ("8. 利用承認の状況", html_table(tables["承認状況"], 300)),
    ]
    body = "".join(f'<section><h2>{_esc(h)}</h2>{c}</section>' for h, c in sections)
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>生成AIサービス利用状況報告 {d.month}</title>'
            f'<style>{CSS}</style></head><body>'
            f'<h1>生成AIサービス利用状況報告（{_esc(d.month)}）</h1>'
            f'<p>{_esc(organisation)} 外部サービス管理者 → AI戦略チーム / 作成 {generated.strftime("%Y-%m-%d %H:%M")}（aigw report）。'
            f'この報告は aigw の監査ログ（判定記録）から集計したもので、送信内容（プロンプト）は含みません。</p>'
            f'{body}</body></html>')


def _by_first(rows: list[list[Any]]) -> list[tuple[str, list[int]]]:
    acc: Counter[str] = Counter()
    for r in rows:
        acc[str(r[0])] += int(r[3])
    return [(k, [v]) for k, v in acc.most_common()]


# ---------------------------------------------------------------- files
CSV_NAMES = {"概要": "summary", "所属別": "by_department", "サービス別": "by_service", "目的別": "by_purpose",
             "ブロック理由別": "by_block_reason", "検出種別": "by_entity", "未承認利用": "unapproved", "承認状況": "approvals"}


def write_csvs(tables: dict[str, Table], out: Path, month: str) -> list[Path]:
    paths = []
    for name, t in tables.items():
        p = out / f"{month}_{CSV_NAMES[name]}.csv"
        with open(p, "w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel reads UTF-8 Japanese
            w = csv.writer(f)
            w.writerow(t.headers)
            w.writerows(t.rows)
        paths.append(p)
    return paths


def write_xlsx(tables: dict[str, Table], path: Path, month: str) -> None:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    wb.remove(wb.active)
    head_fill = PatternFill("solid", fgColor="E3F2FD")
    for name in SHEETS:
        t = tables[name]
        ws = wb.create_sheet(name)
        ws.append(t.headers)
        for c in ws[1]:
            c.font = Font(bold=True)
            c.fill = head_fill
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for r in t.rows:
            ws.append(r)
        if t.note:
            ws.append([])
            ws.append([t.note])
        ws.freeze_panes = "A2"
        for i, h in enumerate(t.headers, 1):
            width = max([len(str(h))] + [len(str(r[i - 1])) for r in t.rows[:500]]) * 2 + 2
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(max(width, 8), 60)
        if name in ("所属別", "サービス別") and t.rows:
            first = 2 if name == "所属別" else 3  # 利用件数 column
            chart = BarChart()
            chart.type = "bar"
            chart.title = f"{name}の利用件数"
            chart.add_data(Reference(ws, min_col=first, min_row=1, max_row=1 + min(len(t.rows), 20)), titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=first - 1, min_row=2, max_row=1 + min(len(t.rows), 20)))
            chart.height, chart.width = 10, 18
            ws.add_chart(chart, f"{ws.cell(1, len(t.headers) + 2).column_letter}2")
    wb.properties.title = f"生成AIサービス利用状況報告 {month}"
    wb.save(path)


# ---------------------------------------------------------------- CLI
def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="audit JSONL files, globs, directories (.gz too)")
    p.add_argument("--month", required=True, help="対象月 YYYY-MM (in policy.yaml timezone, default Asia/Tokyo)")
    p.add_argument("--out", type=Path, default=Path("."), help="output directory (created if missing)")
    p.add_argument("--rules", type=Path, default=None, help="rules directory (service names, users, approvals.yaml)")
    p.add_argument("--registry", default=os.environ.get("AIGW_REGISTRY") or None,
                   help="approval registry (SQLite path or postgresql:// DSN) shown with approvals.yaml"
                        " (default $AIGW_REGISTRY; none: approvals.yaml only)")


def load_context(rules_dir: Path | None) -> tuple[dict[str, str], dict[str, str], dict[str, str], str]:
    """(service names, entity names, user → 所属, organisation) from the rules, best effort."""
    import yaml

    from gateway.rules.loader import DEFAULT_RULES_DIR

    base = Path(rules_dir or DEFAULT_RULES_DIR)

    def read(name: str) -> dict[str, Any]:
        p = base / name
        return (yaml.safe_load(p.read_text(encoding="utf-8")) or {}) if p.exists() else {}

    services = {s["id"]: s.get("name", s["id"]) for s in read("services.yaml").get("services", [])}
    users = {u["name"]: u.get("department", "") for u in read("users.yaml").get("users", [])}
    policy = read("policy.yaml")
    messages = policy.get("messages") or {}
    return services, messages.get("entity_names") or {}, users, policy.get("organisation") or ""


def approval_records(rules_dir: Path | None, registry: str | None) -> list[dict[str, Any]]:
    """approvals.yaml, plus every application of the registry when one is given (as the gateway
    merges them); pending applications are listed too (状態 審査中)."""
    records = approvals_from_rules(rules_dir)
    if registry:
        from gateway.registry.store import open_store

        with open_store(registry) as store:
            records += [a.report_dict() for a in store.list()]
    return records


def build(files: Sequence[str], month: str, out: Path, rules_dir: Path | None = None,
          registry: str | None = None) -> dict[str, Any]:
    use_rules_zone(rules_dir)  # the month's boundaries and every date in the organisation's zone
    start, end = month_range(month)
    services, entities, users, org = load_context(rules_dir)
    errors: list[str] = []
    recs = read_records(expand(files), Query(since=start, until=end), errors)
    d = aggregate(recs, month, users)
    outside = months_outside(files) if not d.total.requests else {}
    ref = (end - dt.timedelta(days=1)).date()
    approvals = approval_rows(approval_records(rules_dir, registry), ref)
    tables = build_tables(d, approvals, services, entities)
    out.mkdir(parents=True, exist_ok=True)
    html_path = out / f"{month}_report.html"
    html_path.write_text(render_html(d, tables, org, clock.now()), encoding="utf-8")
    csvs = write_csvs(tables, out, month)
    xlsx = out / f"{month}_report.xlsx"
    write_xlsx(tables, xlsx, month)
    return {"event": "report_written", "month": month, "requests": d.total.requests, "blocked": d.total.blocked,
            "users": len(d.total.users), "skipped_lines": len(errors), "html": str(html_path), "xlsx": str(xlsx),
            "csv": [str(p) for p in csvs], "timezone": clock.zone_name(),
            **({"lines_in_other_months": outside} if outside else {})}


def months_outside(files: Sequence[str]) -> dict[str, int]:
    """Request lines per month (organisation's zone) when the asked month has none: an empty report says where
    the data is instead of silently showing nothing."""
    counts: Counter[str] = Counter()
    for r in read_records(expand(files), Query(), []):
        try:
            counts[clock.local(clock.parse_stamp(r.get("time") or "")).strftime("%Y-%m")] += 1
        except ValueError:
            continue
    return dict(sorted(counts.items()))


def run(a: argparse.Namespace) -> int:
    import json

    try:
        result = build(a.files, a.month, a.out, a.rules, a.registry)
    except (LogsError, OSError, ValueError, RulesError) as e:
        print(f"aigw report: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # the registry (RegistryError) or the rules: a clear message
        print(f"aigw report: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    if other := result.get("lines_in_other_months"):
        months = "、".join(f"{m}: {n} 件" for m, n in other.items())
        print(f"aigw report: {a.month} の記録はありません（{result['timezone']} 基準）。ほかの月の記録: {months} /"
              f" no lines in {a.month} ({result['timezone']}); lines found in other months: {other}", file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="aigw report", description="月次の利用状況報告（HTML・CSV・Excel）を作成します")
    add_arguments(p)
    return run(p.parse_args(argv))
