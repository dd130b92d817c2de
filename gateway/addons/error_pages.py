"""Answers in the API's own shape, in Japanese, where mitmproxy itself would answer an AI request.

When an allowed request's upstream fails — DNS, refused, TLS error, reset (502), or no response head
within ``aigw_upstream_timeout`` seconds of its release (504: this addon closes the upstream connection) —
or a body exceeds ``body_size_limit``
while it arrives (413), mitmproxy writes its own English HTML page. This addon builds, in the public
``error`` hook (it has the flow: service, endpoint, request id), the answer each client reads: the
API's error JSON for SDKs (OpenAI ``{"error": {"message", "type", "code"}}``, Anthropic
``{"type": "error", "error": {"type", "message"}}``, Gemini ``{"error": {"code", "message", "status"}}``),
the endpoint's in-chat reply for web chat apps, an HTML page for a browser navigation — one ``Notice``
(gateway/messages.py) with the reason, what to do and the 参照番号 — and ``x-should-retry: false``.
``gateway.addons.mitm_errors`` (the one private-API shim) hands it to mitmproxy. The audit lines carry
the reason (``upstream_error`` in ``request_completed``, ``oversize_body`` in ``request_decided``).
Runs after the request pipeline, whose ``error`` hook has set the verdict by then.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mitmproxy import ctx, exceptions, http

from gateway import pipeline
from gateway.addons import mitm_errors
from gateway.addons.deadlines import Deadlines
from gateway.addons.request import view
from gateway.addons.rules import Rules
from gateway.logging import get_logger
from gateway.messages import failure_notice, notice, report_url
from gateway.model import Reason
from gateway.options import add_options, option_default
from gateway.respond import BlockResponse, render, wants_html
from gateway.respond_stream import reply_ids

# 400: mitmproxy could not parse the request (its head, or its target) and answers before any hook: no flow, no
# decision line; the answer says so in Japanese and ``request_unparseable`` is logged (never mitmproxy's message,
# which may quote the request)
_STATUS_REASON = {400: Reason.UNDECODABLE_BODY, 413: Reason.OVERSIZE_BODY, 502: Reason.UPSTREAM_ERROR,
                  504: Reason.UPSTREAM_ERROR}
TIMED_OUT = "aigw_upstream_timed_out"  # flow.metadata: set when the gateway gave up waiting for the service
PENDING_TTL = 5.0  # seconds an answer prepared in the error hook waits for mitmproxy to ask for it


@dataclass(slots=True)
class _Pending:
    at: float
    build: Callable[[int], BlockResponse]


class ErrorPages:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.pending: dict[str, list[_Pending]] = {}  # mitmproxy's error message -> answers prepared for it
        self.installed = False
        self.waiting = Deadlines(self._expire)  # flow id -> upstream deadline
        self.upstream_timeout = option_default("aigw_upstream_timeout")  # read per request: parsed in configure

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_upstream_timeout")
        self.installed = mitm_errors.install(self.answer)
        if not self.installed:
            get_logger().warning("error_pages_unavailable", note="mitmproxy's own error pages are used")

    def configure(self, updated: set[str]) -> None:
        if "aigw_upstream_timeout" in updated:
            if ctx.options.aigw_upstream_timeout < 0:
                raise exceptions.OptionsError("aigw_upstream_timeout: seconds must be >= 0 (0: off)")
            self.upstream_timeout = ctx.options.aigw_upstream_timeout

    def done(self) -> None:
        mitm_errors.uninstall()

    # ------------------------------------------------------------------ upstream deadline
    def request(self, flow: http.HTTPFlow) -> None:
        """After the pipeline: an allowed AI request is released now; its response head has a deadline."""
        cx: pipeline.RequestContext | None = flow.metadata.get("aigw")
        timeout = self.upstream_timeout
        if cx is None or not cx.forwarded or flow.response is not None or flow.error is not None or timeout <= 0:
            return
        self.waiting.add(flow.id, timeout, flow, timeout)

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        self._stop(flow)

    def response(self, flow: http.HTTPFlow) -> None:
        self._stop(flow)

    def _stop(self, flow: http.HTTPFlow) -> None:
        self.waiting.pop(flow.id)

    def _expire(self, flow: http.HTTPFlow, timeout: int) -> None:
        """No response head in time: close this request's upstream connection; mitmproxy then reports the
        error (``error`` below), answered 504."""
        if flow.response is not None:
            return
        ps = ctx.master.addons.get("proxyserver")
        handler = ps.connections.get(flow.client_conn.id) if ps is not None else None
        transport = handler.transports.get(flow.server_conn) if handler is not None else None
        if transport is None or transport.handler is None:
            return
        cx = flow.metadata.get("aigw")
        get_logger().warning("upstream_timeout", request_id=getattr(cx, "request_id", None), seconds=timeout,
                             host=flow.request.host)
        flow.metadata[TIMED_OUT] = timeout
        transport.handler.cancel("upstream timeout")

    # ------------------------------------------------------------------ the answer
    def error(self, flow: http.HTTPFlow) -> None:
        """Prepare the answer for this flow; mitmproxy asks for it (``answer``) right after this hook."""
        self._stop(flow)
        cx: pipeline.RequestContext | None = flow.metadata.get("aigw")
        if cx is None or flow.error is None or cx.rules is None or not self.installed:
            return
        now = time.monotonic()
        for msg in [m for m, items in self.pending.items() if items[-1].at < now - PENDING_TTL]:
            del self.pending[msg]  # asked for by no one (the client had its response already)
        timed_out = flow.metadata.get(TIMED_OUT)
        build = _builder(flow, cx, 504 if timed_out else None)
        self.pending.setdefault(flow.error.msg, []).append(_Pending(now, build))

    def answer(self, status: int, message: str) -> tuple[int, dict[str, str], bytes] | None:
        items = self.pending.get(message)
        if items:
            item = items.pop()
            if not items:
                del self.pending[message]
            if item.at >= time.monotonic() - PENDING_TTL:
                resp = item.build(status)
                return resp.status, resp.headers, resp.body
        return self.generic(status)

    def generic(self, status: int) -> tuple[int, dict[str, str], bytes] | None:
        """A flow the pipeline never saw (no service, no request id): one Japanese JSON in the common shape."""
        reason = _STATUS_REASON.get(status)
        rules = self.rules.rules
        if reason is None or rules is None:
            return None
        if status == 400:
            get_logger().warning("request_unparseable", status=status, reason=reason.value)
        msgs = rules.policy.messages
        text = (f"【aigw】{msgs.reasons.get(reason.value, '')}。"
                f"{msgs.next_steps.get(reason.value, '')}。問い合わせ先: {msgs.contact}")
        body = json.dumps({"type": "error", "error": {"type": reason.value, "code": reason.value, "message": text}},
                          ensure_ascii=False).encode("utf-8")
        return status, {"content-type": "application/json; charset=utf-8", "x-aigw-reason": reason.value,
                        "x-should-retry": "false"}, body


def _reached(flow: http.HTTPFlow) -> bool:
    """Did a connection to the service carry the request? (no TCP, or no TLS for https: nothing was sent)"""
    server = flow.server_conn
    if server.timestamp_tcp_setup is None:
        return False
    return not (flow.request.scheme == "https" and server.timestamp_tls_setup is None)


def _builder(flow: http.HTTPFlow, cx: pipeline.RequestContext, status_override: int | None
             ) -> Callable[[int], BlockResponse]:
    """What to answer, read from the flow now (the status comes from mitmproxy when it asks)."""
    rules = cx.rules
    assert rules is not None
    req = view(flow)
    msgs = rules.policy.messages
    service, endpoint = cx.match.service, cx.match.endpoint
    reply = endpoint.reply if endpoint else None
    html_wanted = wants_html(req.method, req.headers.get("accept", ""), req.headers.get("sec-fetch-mode", ""))
    verdict = cx.verdict if cx.verdict is not None and cx.verdict.blocked else None
    if verdict is not None:  # never released (a body over the limit, an aborted upload, refused at the headers)
        note = notice(verdict, msgs, service.name, cx.request_id, host=cx.host)
        title, report = msgs.blocked_title, report_url(cx.host, cx.request_id)
        if verdict.reason is not Reason.OVERSIZE_BODY:
            status_override = status_override or 403  # the block's own answer (e.g. approval_expired)
    else:  # released, and the service failed it
        note = failure_notice(Reason.UPSTREAM_ERROR.value, msgs, service.name, cx.request_id,
                              reached=_reached(flow))
        title, report = note.headline, None
    ids: dict[str, str] | None = None
    if reply:
        try:
            ids = reply_ids(reply, flow.request.get_content(strict=False))
        except Exception:  # an unreadable body only costs the conversation ids
            ids = {}

    def build(status: int) -> BlockResponse:
        return render(note, status=status_override or status, error_style=service.error_style,
                      organisation=rules.policy.organisation, title=title, html_wanted=html_wanted,
                      reply=reply, reply_ids=ids, report=report)

    return build
