"""The audit writer: options ``aigw_audit_log``, ``aigw_audit_fsync`` and ``aigw_gateway_name``.

``record`` is the one place an audit line is written (stdout and the append-only JSONL) and
counted (Prometheus, only while its endpoint serves, and after the hook that decided: counting is off the
request's path). Everything that decides about traffic hands its fields here: the request
pipeline (``request_decided``), WebSocket frames, and refusals at CONNECT. If the JSONL cannot be
written the sink reports itself broken and the pipeline refuses AI requests (``audit_unavailable``).

Audit before forward: an allowed request's ``request_decided`` line is written (and the write
checked) before the request is released upstream (``before_forward``); a failed write blocks that
request instead. What the upstream answered comes after, in a ``request_completed`` line
(``upstream_status``, ``error``), so a request still has exactly one ``request_decided`` line. That
line is written right after the response was handed to the client connection, off the response's path
(a crash in between loses it, never a decision line).
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
        add_options(loader, "aigw_audit_log", "aigw_audit_fsync", "aigw_gateway_name")

    def configure(self, updated: set[str]) -> None:
        if "aigw_audit_fsync" in updated and ctx.options.aigw_audit_fsync not in audit.FSYNC_POLICIES:
            raise exceptions.OptionsError(f"aigw_audit_fsync: one of {', '.join(audit.FSYNC_POLICIES)}")
        if "aigw_audit_log" in updated or "aigw_audit_fsync" in updated:
            try:
                sink = audit.AuditSink(ctx.options.aigw_audit_log, ctx.options.aigw_audit_fsync)
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
            sink = audit.AuditSink(str(self.sink.path), self.sink.fsync)
        except OSError as e:
            self.log.error("audit_write_failed", error=f"reopen: {e}", file=str(self.sink.path))
            return
        old, self.sink = self.sink, sink
        old.close()
        self.log.info("audit_reopened", file=str(self.sink.path))

    # ------------------------------------------------------------------ the one writer
    def record(self, fields: dict[str, Any], *, required: bool = False) -> bool:
        ok = self.sink.write(fields, required=required)
        if (ok or not required) and metrics.enabled():
            audit.after_hook(metrics.observe, fields)
        return ok

    def note(self, fields: dict[str, Any]) -> None:
        """A line that is not a decision (its own ``event``, e.g. ``false_positive_reported``): written, not counted."""
        self.sink.write(fields)

    def decided(self, flow: http.HTTPFlow, cx: pipeline.RequestContext, *, before_forward: bool = False) -> bool:
        """The request's one ``request_decided`` line (later calls for the same context do nothing).

        ``before_forward``: an allowed request about to be released; returns False (and writes nothing)
        when the file did not take the line: the caller blocks the request (``audit_unavailable``)."""
        if cx.logged:
            return True
        if before_forward:
            fields = pipeline.decided(cx, self.base_fields(flow), None, False)
            if not self.record(fields, required=True):
                return False
            cx.logged = cx.forwarded = True
            return True
        cx.logged = True
        status = flow.response.status_code if flow.response is not None else None
        self.record(pipeline.decided(cx, self.base_fields(flow), status, flow.error is not None))
        return True

    def completed(self, flow: http.HTTPFlow, cx: pipeline.RequestContext) -> None:
        """What the upstream answered to a request released after its line: one ``request_completed`` line."""
        if not cx.forwarded or cx.completed:
            return
        cx.completed = True
        fields = {"request_id": cx.request_id, "gateway": self.gateway_name, "service": cx.match.service.id,
                  **({"tenant": cx.tenant} if cx.tenant else {}), "user": cx.identity.name if cx.identity else None,
                  "upstream_status": flow.response.status_code if flow.response is not None else None,
                  "error": cx.extra.get("completion_error") or ("upstream_error" if flow.error else None)}
        self.sink.write(fields, event="request_completed")

    def refused(self, flow: http.HTTPFlow, reason: Reason, host: str, service: str | None,
                *, user: str | None = None, at_connect: bool = False, tenant: str | None = None) -> None:
        """A refusal before any AI request context exists (CONNECT, shadow AI). ``tenant``: the 団体 when known."""
        fields = {**self.base_fields(flow), **({"tenant": tenant} if tenant else {}), "user": user, "service": service,
                  "host": host, "action": Action.BLOCK.value, "reason": reason.value, "upstream_status": None}
        if at_connect:
            fields["path"] = None
        self.record(fields)

    def base_fields(self, flow: http.HTTPFlow) -> dict[str, Any]:
        peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
        return {"request_id": request_id(flow), "gateway": self.gateway_name, "client_ip": peer,
                "method": flow.request.method, "path": masked_path(flow.request.path)}
