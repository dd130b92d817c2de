"""Parent-proxy chaining (``aigw run --upstream-proxy``): a Japanese answer when the parent refuses us.

The parent, its credentials and the probe are plain Python in :mod:`gateway.upstream_proxy`; mitmproxy's
own options ``mode=upstream:URL`` and ``upstream_auth`` carry them (no aigw option). This addon runs after
the request pipeline in ``default_addons()`` (it sees the pipeline's decision first: a blocked request is
never checked) and does nothing unless mitmproxy runs in upstream mode. Before an allowed request is
forwarded it checks the parent once (``CONNECT`` to the same target with the same credentials, cached
``OK_TTL`` seconds after a success, ``FAIL_TTL`` after a failure); a refused or unreachable parent is
answered with a Japanese error in the API's own shape (HTTP 502, ``x-should-retry: false``),
``upstream_proxy_failed`` is logged and the flow carries an error, so the audit line says
``error: upstream_error``.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from mitmproxy import ctx, http
from mitmproxy import flow as mflow

from gateway.logging import get_logger
from gateway.upstream_proxy import (FAIL_TTL, OK_TTL, ParentProxy, UpstreamProxyError, classify, error_body,
                                    parse_proxy_url, probe)


class ParentProxyGuard:
    """After the request pipeline: a Japanese answer when the parent proxy refuses or cannot be reached."""

    def __init__(self) -> None:
        self.proxy: ParentProxy | None = None
        self.auth: str | None = None
        self._state: tuple[str, int | None, float] | None = None  # (kind, status, monotonic time)
        self._lock = asyncio.Lock()

    def configure(self, updated: set[str]) -> None:
        if "mode" in updated or "upstream_auth" in updated:
            self.proxy = None
            for spec in ctx.options.mode:
                if spec.startswith("upstream:"):
                    try:
                        self.proxy = parse_proxy_url(spec.split(":", 1)[1])
                    except UpstreamProxyError:  # a mode set by hand (--set mode=…) that --upstream-proxy
                        self.proxy = None  # would refuse: mitmproxy's own upstream mode, unchecked as before
            self.auth = ctx.options.upstream_auth or None
            self._state = None

    def running(self) -> None:
        if self.proxy is not None:
            get_logger().info("upstream_proxy_configured", proxy=self.proxy.url, authentication=bool(self.auth))

    async def _check(self, host: str, port: int) -> tuple[str, int | None]:
        async with self._lock:
            now = time.monotonic()
            if self._state is not None:
                kind, status, at = self._state
                if now - at < (OK_TTL if kind == "ok" else FAIL_TTL):
                    return kind, status
            assert self.proxy is not None
            status = await probe(self.proxy, host, port, self.auth)
            kind = classify(status)
            self._state = (kind, status, time.monotonic())
            return kind, status

    async def request(self, flow: http.HTTPFlow) -> None:
        if self.proxy is None or flow.response is not None or flow.error is not None:
            return
        kind, status = await self._check(flow.request.host, flow.request.port)
        if kind == "ok" or kind == "refused":
            return  # a refusal for one target is the parent's answer: mitmproxy passes it on
        self._answer(flow, kind, status)

    def error(self, flow: http.HTTPFlow) -> None:
        """A refusal seen by mitmproxy itself (between two checks): remember it for the next requests."""
        if self.proxy is None or flow.error is None:
            return
        msg = str(flow.error.msg)
        if "refused HTTP CONNECT request: 407" in msg:
            self._state = ("auth_failed", 407, time.monotonic())
            get_logger().warning("upstream_proxy_failed", proxy=self.proxy.url, kind="auth_failed", status=407,
                                 request_id=_request_id(flow))

    def _answer(self, flow: Any, kind: str, status: int | None) -> None:
        assert self.proxy is not None
        request_id = _request_id(flow) or "-"
        state = flow.metadata.get("aigw")
        style = "polyglot"
        try:
            style = state.match.service.error_style  # type: ignore[union-attr]
        except AttributeError:
            pass
        body = json.dumps(error_body(kind, self.proxy, status, request_id, style), ensure_ascii=False)
        flow.response = http.Response.make(502, body.encode("utf-8"), {
            "content-type": "application/json; charset=utf-8", "x-should-retry": "false",
            "x-aigw-reason": "upstream_proxy_" + kind, "x-aigw-request-id": request_id, "cache-control": "no-store"})
        flow.error = mflow.Error(f"upstream proxy {self.proxy.display}: {kind}")  # audit: error=upstream_error
        get_logger().warning("upstream_proxy_failed", proxy=self.proxy.url, kind=kind, status=status,
                             request_id=request_id)


def _request_id(flow: Any) -> str | None:
    state = flow.metadata.get("aigw")
    return getattr(state, "request_id", None)

