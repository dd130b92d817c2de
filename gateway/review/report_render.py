"""The monthly report's outputs: Japanese HTML with inline SVG charts (colour-blind-safe palette, no script),
CSV per table and a print-ready Excel workbook, all written from ``report_data`` tables."""

from __future__ import annotations

import csv
import datetime as dt
import html
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any


from gateway.review.report_data import COL_ALLOW, SHEETS, MonthData, Table, both, wareki

FONT = "'Noto Sans CJK JP','Noto Sans JP','IPAexGothic','Hiragino Sans','Meiryo',sans-serif"
# Okabe–Ito palette: distinguishable with every common colour-vision deficiency (and in greyscale print,
# the stacked series differ in lightness): blue / orange / vermillion, sky blue, reddish purple.
COLORS = {"allow": "#0072B2", "warn": "#E69F00", "block": "#D55E00", "bar": "#56B4E9", "shadow": "#CC79A7",
          "send": "#009E73", "visit": "#999999"}


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
.wa{color:#555;font-size:11px}
.tablewrap{overflow-x:auto}
@media (max-width:700px){body{margin:8px}svg{max-width:100%%;height:auto}}
figure{margin:12px 0}
@page{size:A4 landscape;margin:12mm}
@media print{body{max-width:none} h2{break-before:auto} figure,table{break-inside:avoid}}
""" % FONT


def _cell(v: Any) -> str:
    if isinstance(v, bool) or v is None:
        return "<td></td>" if v is None else f"<td>{_esc(v)}</td>"
    if isinstance(v, int):
        return f'<td class="n">{v:,}</td>'
    if isinstance(v, float):
        return f'<td class="n">{v:.1f}</td>'
    if isinstance(v, dt.date):
        return f'<td>{v.isoformat()}<br><span class="wa">{_esc(wareki(v))}</span></td>'
    return f"<td>{_esc(v)}</td>"


def html_table(t: Table, limit: int | None = None) -> str:
    rows = t.rows if limit is None else t.rows[:limit]
    head = "".join(f"<th>{_esc(h)}</th>" for h in t.headers)
    body = []
    for r in rows:
        cells = "".join(_cell(v) for v in r)
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
        return [(str(r[label_col]), [r[base + COL_ALLOW], r[base + COL_ALLOW + 1], r[base + COL_ALLOW + 2]])
                for r in t.rows]

    svc = tables["サービス別"]
    trend = tables["月別推移"]
    charts = {
        "daily": svg_daily("日別の利用件数", d.daily, d.start.date(), d.end.date()),
        "trend": svg_hbar("月別の利用件数（送信・表示のみの訪問）",
                          [(f"{r[0].year}年{r[0].month}月（{r[1]}）", [r[3], r[4]]) for r in trend.rows],
                          [("送信", COLORS["send"]), ("表示のみの訪問", COLORS["visit"])]),
        "dept": svg_hbar("所属別の利用件数", triple(tables["所属別"]), stack),
        "svc": svg_hbar("サービス別の利用件数", triple(svc, 1, 2), stack),
        "purpose": svg_hbar("利用目的別の利用件数", [(str(r[0]), [r[1]]) for r in tables["目的別"].rows],
                            [("件数", COLORS["bar"])]),
        "reason": svg_hbar("ブロック理由別の件数", [(str(r[1]), [r[2]]) for r in tables["ブロック理由別"].rows],
                           [("件数", COLORS["block"])]),
        "entity": svg_hbar("ブロックの原因となった情報の種別", [(str(r[1]), [r[2]]) for r in tables["検出種別"].rows],
                           [("件数", COLORS["block"])]),
        "shadow": svg_hbar("未承認の利用試行（所属別）", _by_first(tables["未承認利用"].rows),
                           [("件数", COLORS["shadow"])]),
    }
    k = [("利用件数", kpi["利用件数（送信＋表示のみの訪問）"]), ("送信", kpi["送信（プロンプト）"] + kpi["アップロード"]),
         ("利用者数", kpi["利用者数"]), ("ブロック", kpi["ブロック"]), ("要機密情報ブロック", kpi["要機密情報によるブロック"]),
         ("未承認の利用試行", kpi["未承認の利用試行（シャドーIT）"]), ("有効な承認", kpi["有効な承認（月末時点）"])]
    kpis = "".join(f"<div>{_esc(n)}<b>{v:,}</b></div>" for n, v in k) + \
        f"<div>前月比<b>{_esc(kpi['前月比（利用件数）'])}</b></div>"
    wrap = lambda t, limit=None: f'<div class="tablewrap">{html_table(t, limit)}</div>'  # noqa: E731
    sections = [
        ("1. 概要", f'<div class="kpi">{kpis}</div><figure>{charts["daily"]}</figure>{wrap(tables["概要"])}'),
        ("2. 月別の推移", f'<figure>{charts["trend"]}</figure>{wrap(tables["月別推移"])}'),
        ("3. 所属別の利用状況", f'<figure>{charts["dept"]}</figure>{wrap(tables["所属別"])}'),
        ("4. サービス別の利用状況", f'<figure>{charts["svc"]}</figure>{wrap(tables["サービス別"])}'),
        ("5. 利用目的別の利用状況", f'<figure>{charts["purpose"]}</figure>{wrap(tables["目的別"])}'),
        ("6. ブロックの理由", f'<figure>{charts["reason"]}</figure>{wrap(tables["ブロック理由別"])}'),
        ("7. 所属 × ブロックの理由", wrap(tables["所属×理由"], 100)),
        ("8. ブロックの原因となった情報の種別", f'<figure>{charts["entity"]}</figure>{wrap(tables["検出種別"])}'),
        ("9. 未承認の利用試行（シャドーIT）", f'<figure>{charts["shadow"]}</figure>{wrap(tables["未承認利用"], 100)}'),
        ("10. 繰り返しブロックされた利用者", wrap(tables["繰り返しブロック"], 100)),
        ("11. 利用承認の状況", wrap(tables["承認状況"], 300)),
    ]
    body = "".join(f'<section><h2>{_esc(h)}</h2>{c}</section>' for h, c in sections)
    first = d.start.date()
    title = f"生成AIサービス利用状況報告 {first.year}年{first.month}月（{wareki(first, day=False)}）"
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{_esc(title)}</title><style>{CSS}</style></head><body>'
            f'<h1>{_esc(title)}</h1>'
            f'<p>{_esc(organisation)} 外部サービス管理者 → AI戦略チーム / 作成 {_esc(both(generated.date()))} '
            f'{generated.strftime("%H:%M")}（aigw report）。'
            f'この報告は aigw の監査ログ（判定記録）から集計したもので、送信内容（プロンプト）は含みません。'
            f'利用件数は人の操作（プロンプトの送信・アップロード、送信のない訪問は1回）を数え、ページの表示や'
            f'自動の通信は数えません。</p>'
            f'{body}</body></html>')


def _by_first(rows: list[list[Any]]) -> list[tuple[str, list[int]]]:
    acc: Counter[str] = Counter()
    for r in rows:
        acc[str(r[0])] += int(r[3])
    return [(k, [v]) for k, v in acc.most_common()]


# ---------------------------------------------------------------- files
CSV_NAMES = {"概要": "summary", "月別推移": "trend", "所属別": "by_department", "サービス別": "by_service",
             "目的別": "by_purpose", "ブロック理由別": "by_block_reason", "所属×理由": "department_by_reason",
             "検出種別": "by_entity", "未承認利用": "unapproved", "繰り返しブロック": "repeat_blocked",
             "承認状況": "approvals"}


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
    """Print-ready workbook: real dates and numbers with formats, A4 landscape fitted to the page width,
    the heading row repeated on every page, a footer with the sheet name and page number."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    wb.remove(wb.active)
    head_fill = PatternFill("solid", fgColor="D6EAF8")
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
            for c in ws[ws.max_row]:
                v = c.value
                if isinstance(v, bool):
                    continue
                if isinstance(v, dt.date):
                    c.number_format = 'yyyy"年"m"月"' if name == "月別推移" and c.column == 1 else "yyyy/mm/dd"
                elif isinstance(v, int):
                    c.number_format = "#,##0"
                elif isinstance(v, float):
                    c.number_format = "0.0"
        if t.note:
            ws.append([])
            ws.append([t.note])
        ws.freeze_panes = "A2"
        for i, h in enumerate(t.headers, 1):
            sample = [r[i - 1] for r in t.rows[:500]]
            width = max([len(str(h))] + [10 if isinstance(v, dt.date) else len(f"{v:,}") if isinstance(v, int)
                                         else len(str(v)) for v in sample]) * 2 + 2
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(max(width, 8), 60)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        ws.print_options.gridLines = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.oddFooter.center.text = f"生成AIサービス利用状況報告 {month} — &A — &P / &N"
        if name in ("所属別", "サービス別") and t.rows:
            first = 2 if name == "所属別" else 3  # 利用件数 column
            chart = BarChart()
            chart.type = "bar"
            chart.title = f"{name}の利用件数"
            chart.add_data(Reference(ws, min_col=first, min_row=1, max_row=1 + min(len(t.rows), 20)), titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=first - 1, min_row=2, max_row=1 + min(len(t.rows), 20)))
            chart.height, chart.width = 10, 18
            chart.series[0].graphicalProperties.solidFill = COLORS["allow"].lstrip("#")
            ws.add_chart(chart, f"{ws.cell(1, len(t.headers) + 2).column_letter}2")
    wb.properties.title = f"生成AIサービス利用状況報告 {month}"
    wb.save(path)


