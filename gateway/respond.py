"""Stage 7: what a blocked client sees. Plain values only; the addon turns them into a response.

Status 403 with ``x-should-retry: false`` (the OpenAI and Anthropic SDKs retry 408/409/429/5xx and
would resend the prompt), in the API's own error JSON shape so the SDK's exception carries the
Japanese message; a Japanese HTML page for browser navigations. The text of every surface comes
from one ``Notice`` (gateway/messages.py): it names entity types, never the matched data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from gateway import respond_stream
from gateway.messages import Notice, notice, report_url
from gateway.model import Verdict
from gateway.rules.schema import Messages


@dataclass(frozen=True, slots=True)
class BlockResponse:
    status: int
    headers: dict[str, str]
    body: bytes


def block_message(verdict: Verdict, messages: Messages, service_name: str, request_id: str, *,
                  sent: bool = True, host: str | None = None, caution_token: str | None = None) -> str:
    """The plain-text message (one short line per part) for SDK errors, in-chat replies and frames."""
    return notice(verdict, messages, service_name, request_id, sent=sent, caution_token=caution_token,
                  host=host).text(report_url(host, request_id))


# per HTTP status: (OpenAI error type, Anthropic error type, Google status), as each API names its own errors
_ERROR_TYPES = {
    403: ("request_forbidden", "permission_error", "PERMISSION_DENIED"),
    413: ("invalid_request_error", "request_too_large", "INVALID_ARGUMENT"),
    502: ("server_error", "api_error", "UNAVAILABLE"),
    504: ("server_error", "timeout_error", "DEADLINE_EXCEEDED"),
}


def _json_body(style: str, message: str, code: str, request_id: str, status: int = 403) -> dict:
    openai_type, anthropic_type, google_status = _ERROR_TYPES.get(status, _ERROR_TYPES[403])
    if style == "openai":
        return {"error": {"message": message, "type": openai_type, "param": None, "code": code}}
    if style == "anthropic":
        return {"type": "error", "error": {"type": anthropic_type, "message": message}, "request_id": request_id}
    if style == "chatgpt_web":
        return {"detail": {"message": message, "code": code}}
    if style == "google":
        return {"error": {"code": status, "message": message, "status": google_status}}
    return {  # polyglot: each SDK reads the keys it knows
        "type": "error",
        "error": {"type": anthropic_type, "message": message, "code": code, "status": google_status,
                  "param": None},
        "detail": message,
        "message": message,
    }


def wants_html(method: str, accept: str, sec_fetch_mode: str = "") -> bool:
    if sec_fetch_mode:
        return sec_fetch_mode == "navigate"
    return method == "GET" and "text/html" in accept


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
    sent: bool = True,
    host: str | None = None,
    user: str | None = None,
    purpose_link: bool = False,
    caution_token: str | None = None,
) -> BlockResponse:
    """``reply`` (an endpoint's in-chat format, e.g. ``chatgpt_sse``) answers with a 200 event
    stream that shows the message inside the chat; ``reply_ids`` come from the request body.
    ``sent``: something was sent (False for a page visit: the headline says the service is not
    available). One ``Notice`` (gateway/messages.py) is rendered for every surface."""
    note = notice(verdict, messages, service_name, request_id, sent=sent, user=user, purpose_link=purpose_link,
                  caution_token=caution_token, host=host)
    return render(note, status=403, error_style=error_style, organisation=organisation,
                  title=messages.blocked_title if sent else messages.unavailable_title, html_wanted=html_wanted,
                  reply=reply, reply_ids=reply_ids, report=report_url(host, request_id))


def render(note: Notice, *, status: int, error_style: str, organisation: str, title: str | None,
           html_wanted: bool, reply: str | None = None, reply_ids: Mapping[str, str] | None = None,
           report: str | None = None) -> BlockResponse:
    """One ``Notice`` on the surface the client reads: the HTML page (browser navigation), the endpoint's
    in-chat reply (web chat apps), or the API's own error JSON with ``status`` (SDKs)."""
    message = note.text(report)
    headers = {
        "x-should-retry": "false",
        "x-aigw-reason": note.code,
        "x-aigw-request-id": note.request_id,
        "cache-control": "no-store",
    }
    if html_wanted:
        headers["content-type"] = "text/html; charset=utf-8"
        return BlockResponse(status, headers, note.html(organisation, title=title))
    if reply:
        headers["content-type"] = respond_stream.content_type(reply)
        headers["cache-control"] = "no-cache, no-store"
        return BlockResponse(respond_stream.STATUS.get(reply, 200), headers,
                             respond_stream.build(reply, message, reply_ids))
    headers["content-type"] = "application/json; charset=utf-8"
    body = json.dumps(_json_body(error_style, message, note.code, note.request_id, status), ensure_ascii=False)
    return BlockResponse(status, headers, body.encode("utf-8"))
