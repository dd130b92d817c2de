"""Stage 7: what a blocked client sees. Plain values only; the addon turns them into a response.

Status 403 with ``x-should-retry: false`` (the OpenAI and Anthropic SDKs retry 408/409/429/5xx and
would resend the prompt), in the API's own error JSON shape so the SDK's exception carries the
Japanese message; a Japanese HTML page for browser navigations. Messages name entity types,
never the matched data.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from dataclasses import dataclass

from gateway import respond_stream
from gateway.model import Reason, Verdict
from gateway.rules.schema import Messages


@dataclass(frozen=True, slots=True)
class BlockResponse:
    status: int
    headers: dict[str, str]
    body: bytes


def entity_summary(verdict: Verdict, messages: Messages) -> str:
    if verdict.scan is None or not verdict.scan.findings:
        return ""
    counts = verdict.scan.entity_counts()
    return "、".join(f"{messages.entity_names.get(e, e)}×{n}" for e, n in sorted(counts.items()))


def block_message(verdict: Verdict, messages: Messages, service_name: str, request_id: str) -> str:
    reason = messages.reasons.get(verdict.reason.value, verdict.reason.value)
    parts = [f"【aigw】{service_name} への送信をブロックしました。理由: {reason}"]
    if found := entity_summary(verdict, messages):
        parts.append(f"検出された情報の種類: {found}（内容は記録していません）")
    step = messages.next_steps.get(verdict.reason.value)
    if verdict.reason in (Reason.NOT_APPROVED, Reason.APPROVAL_EXPIRED, Reason.UNKNOWN_USER,
                          Reason.APPROVAL_NOT_YET_VALID, Reason.PURPOSE_NOT_APPROVED):
        step = step or messages.how_to_apply
    if step:
        parts.append(step)
    parts.append(f"問い合わせ先: {messages.contact}（参照番号: {request_id}）")
    return "。".join(p.rstrip("。") for p in parts) + "。"


def _json_body(style: str, message: str, code: str, request_id: str) -> dict:
    if style == "openai":
        return {"error": {"message": message, "type": "request_forbidden", "param": None, "code": code}}
    if style == "anthropic":
        return {"type": "error", "error": {"type": "permission_error", "message": message}, "request_id": request_id}
    if style == "chatgpt_web":
        return {"detail": {"message": message, "code": code}}
    if style == "google":
        return {"error": {"code": 403, "message": message, "status": "PERMISSION_DENIED"}}
    return {  # polyglot: each SDK reads the keys it knows
        "type": "error",
        "error": {"type": "permission_error", "message": message, "code": code, "status": "PERMISSION_DENIED",
                  "param": None},
        "detail": message,
        "message": message,
    }


def wants_html(method: str, accept: str, sec_fetch_mode: str = "") -> bool:
    if sec_fetch_mode:
        return sec_fetch_mode == "navigate"
    return method == "GET" and "text/html" in accept


def html_page(title: str, message: str, organisation: str) -> bytes:
    esc = html.escape
    page = f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)}</title>
<style>body{{font-family:system-ui,"Hiragino Sans","Yu Gothic",sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;color:#222}}
h1{{font-size:1.4rem;border-left:.4rem solid #c0392b;padding-left:.6rem}}p{{line-height:1.8}}footer{{color:#666;font-size:.85rem;margin-top:2rem}}</style>
</head><body><h1>{esc(title)}</h1><p>{esc(message)}</p>
<footer>{esc(organisation)} 生成AI利用ゲートウェイ (aigw)</footer></body></html>"""
    return page.encode("utf-8")


def build_block_response(
    verdict: Verdict,
    *,
    messages: Messages,
    organisation: str,
    service_name: str,
    error_style: str,
    request_id: str,
    html_wanted: bool,
    reply: str | None = None,
    reply_ids: Mapping[str, str] | None = None,
) -> BlockResponse:
    """``reply`` (an endpoint's in-chat format, e.g. ``chatgpt_sse``) answers with a 200 event
    stream that shows the message inside the chat; ``reply_ids`` come from the request body."""
    message = block_message(verdict, messages, service_name, request_id)
    headers = {
        "x-should-retry": "false",
        "x-aigw-reason": verdict.reason.value,
        "x-aigw-request-id": request_id,
        "cache-control": "no-store",
    }
    if html_wanted:
        headers["content-type"] = "text/html; charset=utf-8"
        return BlockResponse(403, headers, html_page(messages.blocked_title, message, organisation))
    if reply:
        headers["content-type"] = respond_stream.CONTENT_TYPE
        headers["cache-control"] = "no-cache, no-store"
        return BlockResponse(200, headers, respond_stream.build(reply, message, reply_ids))
    headers["content-type"] = "application/json; charset=utf-8"
    body = json.dumps(_json_body(error_style, message, verdict.reason.value, request_id), ensure_ascii=False)
    return BlockResponse(403, headers, body.encode("utf-8"))
