"""「誤検知として報告」: a user reports that a block was wrong, bound to its 参照番号 (request id).

Served by the gateway itself on the blocked service's own host at ``/__aigw/report`` (so a block
page's form and an in-chat link reach it through the same proxy):

* ``GET /__aigw/report?id=REF``: a small confirmation page with a button (a GET never records:
  link previews and prefetches must not file reports);
* ``POST /__aigw/report?id=REF`` (the button, or an API client): records one
  ``false_positive_reported`` line in the audit log and answers a thank-you page (browser) or
  ``{"status": "recorded", …}`` (API).

A report carries no prompt content: only the 参照番号, who reported, the service and host, and
the report's own id. The body of the POST is never read. Plain Python; the addon
``gateway.addons.wrong_block`` applies the answer and writes the line.
"""

from __future__ import annotations

import html
import json
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from gateway.messages import REPORT_PATH

EVENT = "false_positive_reported"
REF = re.compile(r"^[0-9a-f]{12}(?:-[0-9]{1,6})?$")  # a request id, or a WebSocket frame's id-n


@dataclass(frozen=True)
class ReportAnswer:
    status: int
    headers: dict[str, str]
    body: bytes
    record: dict[str, Any] | None = field(default=None)  # the audit fields when a report is recorded


def is_report(path: str) -> bool:
    return urllib.parse.urlsplit(path).path == REPORT_PATH


def reference(path: str) -> str | None:
    """The 参照番号 named in the query (``id``), or None when absent or malformed."""
    values = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query).get("id") or []
    ref = values[0].strip().lower() if values else ""
    return ref if REF.match(ref) else None


def _page(title: str, body_html: str, organisation: str, status: int = 200) -> ReportAnswer:
    esc = html.escape
    page = f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)}</title>
<style>body{{font-family:system-ui,"Hiragino Sans","Yu Gothic","Noto Sans CJK JP",sans-serif;max-width:44rem;
margin:3rem auto;padding:0 1rem;color:#222;line-height:1.8}}h1{{font-size:1.4rem;border-left:.4rem solid #1565c0;
padding-left:.6rem}}button{{padding:.4rem 1rem}}footer{{color:#666;font-size:.85rem;margin-top:2rem}}</style>
</head><body><h1>{esc(title)}</h1>{body_html}
<footer>{esc(organisation)} 生成AI利用ゲートウェイ (aigw)</footer></body></html>"""
    return ReportAnswer(status, {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"},
                        page.encode("utf-8"))


def _json(status: int, doc: dict[str, Any], record: dict[str, Any] | None = None) -> ReportAnswer:
    return ReportAnswer(status, {"content-type": "application/json; charset=utf-8", "cache-control": "no-store"},
                        json.dumps(doc, ensure_ascii=False).encode("utf-8"), record)


def answer(method: str, path: str, *, browser: bool, organisation: str, report_id: str, user: str | None,
           service: str | None, host: str) -> ReportAnswer:
    """The gateway's answer to a request for ``/__aigw/report``; ``record`` is set when it files a report."""
    esc = html.escape
    ref = reference(path)
    if ref is None:
        if browser:
            return _page("参照番号を確認できません",
                         "<p>報告には参照番号が必要です。ブロック画面の「誤検知として報告」から操作してください。</p>",
                         organisation, 400)
        return _json(400, {"status": "error", "error": "invalid_reference",
                           "message": "参照番号（id）が必要です"})
    if method == "GET":
        action = f"{REPORT_PATH}?{urllib.parse.urlencode({'id': ref})}"
        return _page("誤検知として報告", f"""<p>参照番号 <strong id="ref">{esc(ref)}</strong> のブロックを、誤検知として情報政策課へ報告します。入力内容は送られません（参照番号と利用者名だけが記録されます）。</p>
<form method="post" action="{esc(action)}" id="report"><button type="submit">報告する</button></form>""",
                     organisation)
    if method != "POST":
        return _json(405, {"status": "error", "error": "method_not_allowed"})
    record = {"event": EVENT, "request_id": ref, "report_id": report_id, "user": user, "service": service,
              "host": host}
    if browser:
        page = _page("報告を受け付けました", f"""<p>参照番号 <strong id="ref">{esc(ref)}</strong> のブロックを誤検知として受け付けました。担当者が確認します。ありがとうございました。</p><p>報告番号: {esc(report_id)}</p>
<p><a href="/">サービスのページへ戻る</a></p>""", organisation)
        return ReportAnswer(page.status, page.headers, page.body, record)
    return _json(200, {"status": "recorded", "request_id": ref, "report_id": report_id}, record)
