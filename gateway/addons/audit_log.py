"""The audit writer: options ``aigw_audit_log`` and ``aigw_gateway_name``.

``record`` is the one place an audit line is written (stdout and the append-only JSONL) and
counted (Prometheus). Everything that decides about traffic hands its fields here: the request
pipeline (``request_decided``), WebSocket frames, and refusals at CONNECT. If the JSONL cannot be
written the sink reports itself broken and the pipeline refuses AI requests (``audit_unavailable``).
"""

from __future__ import annotations

import socket
from typing import Any

from mitmproxy import ctx, exceptions, http

from gateway import audit, metrics, pipeline
from gateway.carriers import masked_path
from gateway.logging import get_logger
from gateway.model import Action, Reason
from gateway.options import add_options


def request_id(flow: http.HTTPFlow) -> str:
    return flow.id.replace("-", "")[:12]


class AuditLog:
    def __init__(self) -> None:
        self.sink = audit.AuditSink(None)
        self.gateway_name = socket.gethostname()
        self.log = get_logger()

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_audit_log", "aigw_gateway_name")

    def configure(self, updated: set[str]) -> None:
        if "aigw_audit_log" in updated:
            try:
                sink = audit.AuditSink(ctx.options.aigw_audit_log)
            except OSError as e:
                raise exceptions.OptionsError(
                    f"aigw_audit_log: cannot open {ctx.options.aigw_audit_log}: {e}") from None
            self.sink.close()
            self.sink = sink
        if "aigw_gateway_name" in updated and ctx.options.aigw_gateway_name:
            self.gateway_name = ctx.options.aigw_gateway_name

    def done(self) -> None:
        self.sink.close()

    @property
    def broken(self) -> str | None:
        return self.sink.broken

    def reopen(self) -> None:
        """After logrotate moved the JSONL away (SIGHUP): write to a new file of the same name."""
        if self.sink.path is None:
            return
        try:
            sink = audit.AuditSink(str(self.sink.path))
        except OSError as e:
            self.log.error("audit_write_failed", error=f"reopen: {e}", file=str(self.sink.path))
            return
        old, self.sink = self.sink, sink
        old.close()

    # ------------------------------------------------------------------ the one writer
    def record(self, fields: dict[str, Any]) -> None:
        metrics.observe(fields)
        self.sink.write(fields)

    def note(self, fields: dict[str, Any]) -> None:
        """A line that is not a decision (its own ``event``, e.g. ``false_positive_reported``): written, not counted."""
        self.sink.write(fields)

    def decided(self, flow: http.HTTPFlow, cx: pipeline.RequestContext) -> None:
        """The request's one ``request_decided`` line (later calls for the same context do nothing)."""
        if cx.logged:
            return
        cx.logged = True
        status = flow.response.status_code if flow.response is not None else None
        self.record(pipeline.decided(cx, self.base_fields(flow), status, flow.error is not None))

    def refused(self, flow: http.HTTPFlow, reason: Reason, host: str, service: str | None,
                *, user: str | None = None, at_connect: bool = False) -> None:
        """A refusal before any AI request context exists (CONNECT, shadow AI)."""
        fields = {**self.base_fields(flow), "user": user, "service": service, "host": host,
                  "action": Action.BLOCK.value, "reason": reason.value, "upstream_status": None}
        if at_connect:
            fields["path"] = None
        self.record(fields)

    def base_fields(self, flow: http.HTTPFlow) -> dict[str, Any]:
        peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
        return {"request_id": request_id(flow), "gateway": self.gateway_name, "client_ip": peer,
                "method": flow.request.method, "path": masked_path(flow.request.path)}
