"""aigw report on a generated month (tens of thousands of lines, two gateways, a gzip file, lines of
the neighbouring months that must be left out): totals checked against a brute-force reading of
the log, the CSV and Excel shapes, and a headless-Chromium screenshot showing the charts render."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from gateway import clock
from gateway.review.fixtures import generate, write_jsonl
from gateway.review.report import SHEETS, UNAPPROVED

AIGW = Path(sys.executable).with_name("aigw")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
MONTH = "2026-11"
JST = dt.timezone(dt.timedelta(hours=9))


@pytest.fixture(scope="module")
def month_logs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    d = tmp_path_factory.mktemp("month")
    write_jsonl(d / "gw1.jsonl", generate(14000, MONTH, seed=11, gateways=("gw1",)))
    write_jsonl(d / "gw2.jsonl.gz", generate(10000, MONTH, seed=12, gateways=("gw2",)))
    write_jsonl(d / "gw1-old.jsonl", generate(500, "2026-10", seed=13))
    write_jsonl(d / "gw1-next.jsonl", generate(500, "2026-12", seed=14))
    import gzip

    recs = []
    for p in sorted(d.iterdir()):
        opener = gzip.open if p.suffix == ".gz" else open
        with opener(p, "rt", encoding="utf-8") as f:
            recs += [json.loads(x) for x in f]
    start = dt.datetime(2026, 11, 1, tzinfo=JST)
    end = dt.datetime(2026, 12, 1, tzinfo=JST)
    inside = [r for r in recs if start <= dt.datetime.fromisoformat(r["time"].replace("Z", "+00:00")) < end]
    assert 23000 < len(inside) < 25000  # the month boundaries are JST, not UTC
    return d, inside


@pytest.fixture(scope="module")
def report(month_logs: tuple[Path, list[dict]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    d, _ = month_logs
    out = tmp_path_factory.mktemp("report")
    p = subprocess.run([str(AIGW), "report", str(d), "--month", MONTH, "--out", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    summary = json.loads(p.stdout)
    assert summary["event"] == "report_written" and summary["skipped_lines"] == 0
    return out


def read_csv(out: Path, name: str) -> list[dict[str, str]]:
    raw = (out / f"{MONTH}_{name}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


def counted(recs: list[dict]) -> list[dict]:
    """Brute-force reference of the counting rule on the generated month: every line but the shadow-AI
    CONNECTs is a send (POST to a catalogued endpoint; paths never differ within a service, so nothing
    collapses); CONNECTs of one user and site count once per visit (30 minutes of silence end a visit)."""
    out, last = [], {}
    for r in sorted(recs, key=lambda r: r["time"]):
        if r["method"] != "CONNECT":
            out.append(r)
            continue
        t = dt.datetime.fromisoformat(r["time"].replace("Z", "+00:00")).timestamp()
        key = (r["user"], r["service"])
        if key not in last or t - last[key] > 1800:
            out.append(r)
        last[key] = t
    return out


def test_summary_totals_match_the_log(report: Path, month_logs) -> None:
    _, lines = month_logs
    recs = counted(lines)
    assert len(recs) < len(lines)  # some CONNECTs belonged to one visit
    s = {r["項目"]: r["値"] for r in read_csv(report, "summary")}
    assert int(s["利用件数（送信＋表示のみの訪問）"]) == len(recs)
    assert int(s["送信（プロンプト）"]) == sum(r["method"] == "POST" for r in recs)
    assert int(s["表示のみの訪問（ページ表示・ポーリング・接続）"]) == sum(r["method"] == "CONNECT" for r in recs)
    assert int(s["HTTP要求数（参考・ページ表示や通信を含む）"]) == len(lines)
    assert int(s["ブロック"]) == sum(r["action"] == "block" for r in recs)
    assert int(s["警告（許可・要確認）"]) == sum(r["action"] == "warn" for r in recs)
    assert int(s["許可"]) == sum(r["action"] == "allow" for r in recs)
    assert int(s["利用者数"]) == len({r["user"] for r in recs if r.get("user")})
    assert int(s["要機密情報によるブロック"]) == sum(r["reason"] == "confidential_data" for r in recs)
    assert int(s["未承認の利用試行（シャドーIT）"]) == sum(r["reason"] in UNAPPROVED for r in recs)
    assert int(s["うちシャドーAI（未承認サービス）"]) == sum(r["reason"] == "shadow_ai" for r in recs)
    assert "令和8年11月" in s["対象月"] and "令和8年11月1日" in s["集計期間"]


def test_breakdowns_match_the_log(report: Path, month_logs) -> None:
    recs = counted(month_logs[1])
    svc = {r["サービスID"]: r for r in read_csv(report, "by_service")}
    assert {k: int(v["利用件数"]) for k, v in svc.items()} == dict(Counter(r["service"] for r in recs))
    assert int(svc["chatgpt"]["ブロック"]) == sum(r["service"] == "chatgpt" and r["action"] == "block" for r in recs)
    dept = read_csv(report, "by_department")
    assert sum(int(r["利用件数"]) for r in dept) == len(recs)
    assert sum(int(r["HTTP要求数（参考）"]) for r in dept) == len(month_logs[1])
    # shadow-AI CONNECT lines carry no 所属: the report finds it from the user's other lines
    by_dept = {r["所属"]: int(r["利用件数"]) for r in dept}
    assert by_dept.get("（不明）", 0) <= sum(r["reason"] == "unknown_user" for r in recs) + 5
    purpose = {r["利用目的"]: int(r["利用件数"]) for r in read_csv(report, "by_purpose")}
    assert purpose == dict(Counter(r["purpose"] for r in recs if r.get("purpose")))
    reasons = {r["理由コード"]: int(r["件数"]) for r in read_csv(report, "by_block_reason")}
    assert reasons == dict(Counter(r["reason"] for r in recs if r["action"] == "block"))
    ents = {r["検出種別"]: int(r["ブロック件数"]) for r in read_csv(report, "by_entity")}
    expected = Counter(f["entity"] for r in recs if r["action"] == "block" for f in r.get("findings", []))
    assert ents == dict(expected)
    unapproved = read_csv(report, "unapproved")
    assert sum(int(r["件数"]) for r in unapproved) == sum(r["reason"] in UNAPPROVED for r in recs)
    assert {r["理由コード"] for r in unapproved} <= set(UNAPPROVED)
    pivot = read_csv(report, "department_by_reason")
    assert sum(int(r["合計"]) for r in pivot) == sum(r["action"] == "block" for r in recs)
    repeat = {r["利用者"]: int(r["ブロック件数"]) for r in read_csv(report, "repeat_blocked")}
    blocks = Counter(r["user"] for r in recs if r["action"] == "block")
    assert repeat == {u: n for u, n in blocks.items() if n >= 3}


def test_trend_has_the_earlier_month(report: Path, month_logs) -> None:
    rows = read_csv(report, "trend")
    assert [r["月"] for r in rows] == ["2026-10-01", "2026-11-01"] and rows[0]["和暦"] == "令和8年10月"
    assert int(rows[1]["利用件数"]) == len(counted(month_logs[1]))
    assert rows[1]["前月比(%)"] not in ("", None)


def test_approvals_sheet_from_approvals_yaml(report: Path) -> None:
    rows = read_csv(report, "approvals")
    assert {r["申請番号"] for r in rows} >= {"AI-2026-0001", "AI-2026-0002", "AI-2026-0003"}
    assert all(r["状態"] == "有効" for r in rows if r["申請番号"].startswith("AI-2026-000"))


def test_excel_workbook_has_the_sheets(report: Path, month_logs) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(report / f"{MONTH}_report.xlsx")
    assert wb.sheetnames == list(SHEETS)
    ws = wb["概要"]
    values = {r[0].value: r[1].value for r in ws.iter_rows(min_row=2) if r[0].value}
    assert values["利用件数（送信＋表示のみの訪問）"] == len(counted(month_logs[1]))
    assert wb["所属別"]._charts, "所属別 carries a bar chart"
    for ws in wb.worksheets:  # print-ready: A4 landscape, one page wide, heading repeated
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.print_title_rows == "$1:$1"
    trend = wb["月別推移"]
    assert isinstance(trend["A2"].value, dt.datetime) and "年" in trend["A2"].number_format
    appr = wb["承認状況"]
    dates = [r[5] for r in appr.iter_rows(min_row=2) if r[5].value is not None]
    assert dates and all(isinstance(c.value, dt.datetime) and c.number_format == "yyyy/mm/dd" for c in dates)
    assert wb["所属別"]["B2"].number_format == "#,##0" and isinstance(wb["所属別"]["B2"].value, int)


def test_html_is_self_contained_japanese(report: Path) -> None:
    text = (report / f"{MONTH}_report.html").read_text(encoding="utf-8")
    assert '<html lang="ja">' in text and "生成AIサービス利用状況報告" in text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
    assert "令和8年11月" in text and "2026年11月" in text
    assert text.count("<svg") >= 7
    low = text.lower()
    assert "<script" not in low and "http://" not in low.replace('xmlns="http://www.w3.org/2000/svg"', "") \
        and "https://" not in low and "<link" not in low


def test_bad_month_is_a_clear_error(tmp_path: Path) -> None:
    p = subprocess.run([str(AIGW), "report", str(tmp_path), "--month", "2026-13", "--out", str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and "YYYY-MM" in p.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (run scripts/setup-system.sh)")
def test_charts_render_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    from PIL import Image

    shot = tmp_path / "report.png"
    html_file = report / f"{MONTH}_report.html"
    p = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}",
                        "--window-size=1100,1600", f"--screenshot={shot}", html_file.as_uri()],
                       capture_output=True, text=True, timeout=90, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert shot.exists(), p.stderr[-2000:]
    img = Image.open(shot).convert("RGB")
    colours = Counter({c: n for n, c in img.getcolors(maxcolors=1 << 24)})
    # the stacked bars in the Okabe–Ito palette: 許可 blue #0072B2 and ブロック vermillion #D55E00
    assert colours[(0x00, 0x72, 0xB2)] > 5000, colours.most_common(8)
    assert colours[(0xD5, 0x5E, 0x00)] > 2000
    # and text was drawn (dark pixels), not an empty page
    assert sum(n for c, n in colours.items() if max(c) < 80) > 2000


def test_approvals_from_the_registry(month_logs, tmp_path: Path) -> None:
    """Granted, revoked and pending applications of the registry appear next to approvals.yaml."""
    from gateway.registry import workflow
    from gateway.registry.store import open_store
    from gateway.registry.workflow import load_catalog
    from gateway.rules.loader import DEFAULT_RULES_DIR

    d, _ = month_logs
    db = str(tmp_path / "reg.sqlite3")
    cat = load_catalog(DEFAULT_RULES_DIR)
    with open_store(db) as s:
        kw = dict(applicant="suzuki", service="openai-api", purposes=["翻訳"], scope="窓口案内の翻訳", user="suzuki")
        soon = workflow.apply(s, cat, valid_from="2026-11-02", valid_until="2026-12-20", **kw)
        workflow.approve(s, cat, soon.application_id, "soumu-bucho")
        gone = workflow.apply(s, cat, valid_from="2026-11-02", valid_until="2027-03-31", **kw)
        workflow.approve(s, cat, gone.application_id, "soumu-bucho")
        workflow.revoke(s, cat, gone.application_id, "soumu-bucho", "異動")
        workflow.apply(s, cat, valid_from="2026-11-02", valid_until="2027-03-31", **kw)
    out = tmp_path / "out"
    p = subprocess.run([str(AIGW), "report", str(d / "gw1.jsonl"), "--month", MONTH, "--out", str(out),
                        "--registry", db], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    rows = {r["申請番号"]: r for r in read_csv(out, "approvals")}
    assert rows[soon.application_id]["状態"] == "有効" and rows[soon.application_id]["30日以内に期限"] == "○"
    assert rows[gone.application_id]["状態"] == "取消"
    assert "審査中" in {r["状態"] for r in rows.values()} and "AI-2026-0001" in rows
    s = {r["項目"]: r["値"] for r in read_csv(out, "summary")}
    revoked_this_month = clock.now().strftime("%Y-%m") == MONTH  # revoked just now
    assert int(s["当月の承認取消"]) == (1 if revoked_this_month else 0)
    assert int(s["30日以内に期限切れとなる承認"]) == 1
    assert int(s["当月の新規承認"]) == (2 if revoked_this_month else 0)  # decided just now
