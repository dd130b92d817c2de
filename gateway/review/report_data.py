"""The monthly report's data: interactions counted per 所属, service, purpose and reason, the month-on-month
trend, approvals, and the tables every output is written from (``gateway.review.report`` is the command)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway import clock
from gateway.review.interactions import PROMPT, UPLOAD, EndpointLookup, units
from gateway.review.query import LogsError, parse_when


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
    "authority_mismatch": "接続先とHostの不一致",
}
UNKNOWN = "（不明）"
SHEETS = ("概要", "月別推移", "所属別", "サービス別", "目的別", "ブロック理由別", "所属×理由", "検出種別", "未承認利用",
          "繰り返しブロック", "承認状況")
REPEAT_BLOCKS = 3  # blocked units in a month that put a user on the 繰り返しブロック list
TREND_MONTHS = 5  # earlier months in 月別推移


@dataclass
class Table:
    name: str  # sheet name, CSV file stem
    headers: list[str]
    rows: list[list[Any]]
    note: str = ""


@dataclass
class Group:
    """Counts of one breakdown row. ``requests`` counts what people did (prompts, uploads and visits
    without a send, see gateway/review/interactions.py), never HTTP lines; ``lines`` keeps those for reference."""

    requests: int = 0
    prompts: int = 0
    uploads: int = 0
    visits: int = 0
    allowed: int = 0
    warned: int = 0
    blocked: int = 0
    confidential: int = 0
    unapproved: int = 0
    lines: int = 0
    users: set[str] = field(default_factory=set)

    def add(self, r: dict[str, Any], kind: str = PROMPT) -> None:
        self.requests += 1
        if kind == PROMPT:
            self.prompts += 1
        elif kind == UPLOAD:
            self.uploads += 1
        else:
            self.visits += 1
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
        return [self.requests, self.prompts, self.uploads, self.visits, len(self.users), self.allowed, self.warned,
                self.blocked, rate, self.confidential, self.unapproved, self.lines]


GROUP_HEADERS = ["利用件数", "送信（プロンプト）", "アップロード", "表示のみの訪問", "利用者数", "許可", "警告", "ブロック",
                 "ブロック率(%)", "要機密情報ブロック", "未承認の利用試行", "HTTP要求数（参考）"]
COL_ALLOW = GROUP_HEADERS.index("許可")  # offsets of the stacked-bar series in a group row

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
    entity_requests: Counter[str] = field(default_factory=Counter)  # blocked units with this entity
    entity_findings: Counter[str] = field(default_factory=Counter)
    entity_users: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    unapproved: dict[tuple[str, str], Group] = field(default_factory=lambda: defaultdict(Group))
    daily: dict[dt.date, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    departments_of: dict[str, str] = field(default_factory=dict)
    dept_reason: Counter[tuple[str, str]] = field(default_factory=Counter)  # 所属 × 理由 (blocked units)
    user_blocks: Counter[str] = field(default_factory=Counter)
    user_block_days: dict[str, set[dt.date]] = field(default_factory=lambda: defaultdict(set))
    user_reasons: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    trend: list[dict[str, Any]] = field(default_factory=list)  # earlier months, oldest first (see month_summary)


def month_range(month: str) -> tuple[dt.datetime, dt.datetime]:
    try:
        start, end = parse_when(month), parse_when(month, end=True)
        if len(month) != 7:
            raise LogsError
    except LogsError:
        raise LogsError(f"--month は YYYY-MM の形で指定してください / --month must be YYYY-MM: {month!r}") from None
    return start, end


def aggregate(records: Iterable[dict[str, Any]], month: str, user_departments: dict[str, str] | None = None,
              lookup: EndpointLookup | None = None,
              counted: Iterable[tuple[dict[str, Any], str]] | None = None) -> MonthData:
    """The month's figures; ``counted`` are the (record, kind) units when already known (the audit store's
    marks), else they are found in ``records`` with the same rule (gateway/review/interactions.py)."""
    start, end = month_range(month)
    d = MonthData(month, start, end)
    known = dict(user_departments or {})
    records = list(records)
    for r in records:  # 所属 of CONNECT lines (no identity) from the user's other lines; HTTP lines per row
        user = r.get("user")
        if user and r.get("department"):
            known.setdefault(user, r["department"])
    for r in records:
        dept = r.get("department") or known.get(r.get("user") or "") or UNKNOWN
        d.total.lines += 1
        d.by_department[dept].lines += 1
        d.by_service[r.get("service") or UNKNOWN].lines += 1
    for r, kind in (units(records, lookup) if counted is None else counted):
        user = r.get("user")
        dept = r.get("department") or known.get(user or "") or UNKNOWN
        action, reason = r.get("action") or "", r.get("reason") or ""
        d.total.add(r, kind)
        d.by_department[dept].add(r, kind)
        d.by_service[r.get("service") or UNKNOWN].add(r, kind)
        if r.get("purpose"):
            d.by_purpose[r["purpose"]].add(r, kind)
        t = clock.date_of(clock.parse_stamp(r.get("time") or ""))
        if action == "block":
            d.by_reason[reason] += 1
            d.dept_reason[(dept, reason)] += 1
            if user:
                d.reason_users[reason].add(user)
                d.user_blocks[user] += 1
                d.user_block_days[user].add(t)
                d.user_reasons[user][reason] += 1
            for f in r.get("findings") or ():
                ent = f.get("entity") if isinstance(f, dict) else None
                if ent:
                    d.entity_requests[ent] += 1
                    d.entity_findings[ent] += int(f.get("count") or 1)
                    if user:
                        d.entity_users[ent].add(user)
        if reason in UNAPPROVED:
            d.unapproved[(dept, reason)].add(r, kind)
        d.daily[t]["block" if action == "block" else "allow"] += 1
    d.departments_of = known
    return d


def month_summary(month: str, g: Group) -> dict[str, Any]:
    return {"month": month, "requests": g.requests, "sends": g.prompts + g.uploads, "visits": g.visits,
            "blocked": g.blocked, "confidential": g.confidential, "unapproved": g.unapproved, "users": len(g.users),
            "lines": g.lines}


def previous_months(month: str, n: int) -> list[str]:
    y, m = (int(x) for x in month.split("-"))
    out = []
    for _ in range(n):
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        out.append(f"{y:04d}-{m:02d}")
    return out[::-1]


# ---------------------------------------------------------------- 和暦
ERAS = ((dt.date(2019, 5, 1), "令和"), (dt.date(1989, 1, 8), "平成"), (dt.date(1926, 12, 25), "昭和"))


def wareki_year(d: dt.date) -> str:
    """"令和8年" for 2026 (元年 for the first year); the era of the given day."""
    for start, name in ERAS:
        if d >= start:
            n = d.year - start.year + 1
            return f"{name}{'元' if n == 1 else n}年"
    return f"{d.year}年"


def wareki(d: dt.date, *, day: bool = True) -> str:
    """和暦 of a date: 令和8年11月30日 (or 令和8年11月 with ``day=False``)."""
    return f"{wareki_year(d)}{d.month}月" + (f"{d.day}日" if day else "")


def both(d: dt.date, *, day: bool = True) -> str:
    """西暦 with 和暦 beside it: 2026年11月30日（令和8年11月30日）."""
    west = f"{d.year}年{d.month}月" + (f"{d.day}日" if day else "")
    return f"{west}（{wareki(d, day=day)}）"


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
    prev = d.trend[-1] if d.trend else None
    change = (f"{100 * (t.requests - prev['requests']) / prev['requests']:+.1f}%" if prev and prev["requests"]
              else "（前月の記録なし）")
    repeat = [u for u, n in d.user_blocks.items() if n >= REPEAT_BLOCKS]
    tables: dict[str, Table] = {}
    tables["概要"] = Table("概要", ["項目", "値"], [
        ["対象月", f"{d.month}（{wareki(month_start, day=False)}）"],
        ["集計期間", f"{both(month_start)} 〜 {both(month_end)}（{clock.zone_name()}）"],
        ["利用件数（送信＋表示のみの訪問）", t.requests],
        ["送信（プロンプト）", t.prompts],
        ["アップロード", t.uploads],
        ["表示のみの訪問（ページ表示・ポーリング・接続）", t.visits],
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
        ["前月比（利用件数）", change],
        [f"繰り返しブロックされた利用者（月{REPEAT_BLOCKS}回以上）", len(repeat)],
        ["有効な承認（月末時点）", len(active)],
        ["当月の新規承認", len(granted)],
        ["30日以内に期限切れとなる承認", len(exp30)],
        ["60日以内に期限切れとなる承認", len(exp60)],
        ["当月の承認取消", len(revoked)],
        ["HTTP要求数（参考・ページ表示や通信を含む）", t.lines],
    ], note="利用件数は人の操作（送信・アップロード、送信のない訪問は1回）を数えます。数え方は docs/governance.md を参照。")
    months = [*d.trend, month_summary(d.month, t)]
    trend_rows = []
    for i, m in enumerate(months):
        first = dt.date(int(m["month"][:4]), int(m["month"][5:]), 1)
        before = months[i - 1]["requests"] if i else 0
        rate = round(100 * (m["requests"] - before) / before, 1) if i and before else None
        trend_rows.append([first, wareki(first, day=False), m["requests"], m["sends"], m["visits"], m["blocked"],
                           m["confidential"], m["unapproved"], m["users"], rate])
    tables["月別推移"] = Table("月別推移", ["月", "和暦", "利用件数", "送信", "表示のみの訪問", "ブロック", "要機密情報ブロック",
                                        "未承認の利用試行", "利用者数", "前月比(%)"], trend_rows,
                            note="前月比は利用件数の増減です（前月の記録がない月は空欄）。")
    tables["繰り返しブロック"] = Table("繰り返しブロック", ["利用者", "所属", "ブロック件数", "ブロックされた日数", "主な理由"], [
        [u, d.departments_of.get(u, UNKNOWN), n, len(d.user_block_days[u]),
         "、".join(f"{REASON_JA.get(k, k)} {c}" for k, c in d.user_reasons[u].most_common(3))]
        for u, n in sorted(((u, n) for u, n in d.user_blocks.items() if n >= REPEAT_BLOCKS), key=lambda x: (-x[1], x[0]))],
        note=f"当月に{REPEAT_BLOCKS}回以上ブロックされた利用者です。注意喚起・研修・承認手続きの案内の参考にしてください。")
    reasons = [k for k, _ in d.by_reason.most_common()]
    depts = sorted({k for k, _ in d.dept_reason}, key=lambda x: (-sum(d.dept_reason[(x, r)] for r in reasons), x))
    tables["所属×理由"] = Table("所属×理由", ["所属", *[REASON_JA.get(r, r) for r in reasons], "合計"], [
        [dep, *[d.dept_reason.get((dep, r), 0) for r in reasons], sum(d.dept_reason.get((dep, r), 0) for r in reasons)]
        for dep in depts], note="ブロックの件数を所属と理由で集計しています。")
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

    def fmt(x: dt.date | None) -> dt.date | None:
        return x  # a real date: ISO in CSV, a date cell in Excel, 西暦（和暦）in HTML

    tables["承認状況"] = Table("承認状況", ["申請番号", "利用者・グループ", "サービス", "利用目的", "許可権限者", "承認日",
                                        "有効期限", "状態", "当月新規", "30日以内に期限", "60日以内に期限", "取消日"], [
        [a.application_id, a.subject, a.service, a.purposes, a.approver, fmt(a.approved_on), fmt(a.expires_on), a.status,
         "○" if a in granted else "", "○" if a in exp30 else "", "○" if a in exp60 else "", fmt(a.revoked_on)]
        for a in sorted(approvals, key=lambda a: (a.service, a.application_id))],
        note=f"状態は {month_end.isoformat()}（月末）時点。期限は月末からの日数です。")
    return tables


