"""Japanese error answers where mitmproxy itself answers an AI request (HTTP/1.1).

When the upstream cannot be reached (DNS, refused, timeout: 502), or a body exceeds
``body_size_limit`` (413), mitmproxy answers with its own English HTML page. Only decrypted AI
traffic reaches that point (every other host is an untouched tunnel), so the page is replaced by a
JSON error in the common API shape (``{"type": "error", "error": {"type", "code", "message"}}``,
read by the OpenAI and Anthropic SDKs alike) with a short Japanese message and the reason code,
and ``x-should-retry: false`` on 413. The request's audit lines carry the same reason
(``upstream_error`` in ``request_completed``, ``oversize_body`` in ``request_decided``).
"""

from __future__ import annotations

import json
from typing import Any

from mitmproxy import http
from mitmproxy.net.http import http1
from mitmproxy.proxy.layers.http import _http1, _http2

from gateway.addons.rules import Rules
from gateway.model import Reason

_original = _http1.make_error_response
_original_h2 = _http2.format_error
_STATUS_REASON = {413: Reason.OVERSIZE_BODY, 502: Reason.UPSTREAM_ERROR, 504: Reason.UPSTREAM_ERROR}


class ErrorPages:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules

    def load(self, loader: Any) -> None:
        _http1.make_error_response = self.make_error_response
        _http2.format_error = self.format_error  # HTTP/2: the body of mitmproxy's error answer

    def done(self) -> None:
        _http1.make_error_response = _original
        _http2.format_error = _original_h2

    def body(self, status_code: int) -> tuple[Reason, bytes] | None:
        reason = _STATUS_REASON.get(status_code)
        rules = self.rules.rules
        if reason is None or rules is None:
            return None
        msgs = rules.policy.messages
        text = (f"【aigw】{msgs.reasons.get(reason.value, '')}。"
                f"{msgs.next_steps.get(reason.value, '')}。問い合わせ先: {msgs.contact}")
        return reason, json.dumps({"type": "error", "error": {"type": reason.value, "code": reason.value,
                                                              "message": text}}, ensure_ascii=False).encode("utf-8")

    def format_error(self, status_code: int, message: str) -> bytes:
        got = self.body(status_code)
        return got[1] if got else _original_h2(status_code, message)

    def make_error_response(self, status_code: int, message: str = "") -> bytes:
        got = self.body(status_code)
        if got is None:
            return _original(status_code, message)
        reason, body = got
        headers = {"content-type": "application/json; charset=utf-8", "connection": "close",
                   "x-aigw-reason": reason.value}
        if status_code == 413:
            headers["x-should-retry"] = "false"
        return http1.assemble_response(http.Response.make(status_code, body, headers))
