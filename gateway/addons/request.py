"""The HTTP request pipeline as a mitmproxy addon (option ``aigw_fault_injection``).

The hooks only translate: flow → ``RequestView``, call ``gateway.pipeline`` (which holds the stage
order), apply what it returns (a block response, a page of the gateway's own, or pass), and hand
the decision to the audit writer once the response or the error is known. Each hook is the one
fail-closed boundary: an exception becomes a block with a reason code, never a pass.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import Any

from mitmproxy import ctx, http

from gateway import pipeline
from gateway.addons.approvals import Approvals
from gateway.addons.audit_log import AuditLog, request_id
from gateway.addons.header_map import HeaderMap
from gateway.addons.routing import UpstreamRouting
from gateway.addons.rules import Rules
from gateway.addons.scope import Scope, shadow
from gateway.addons.trusted_proxy import TrustedProxy
from gateway.caution import CautionTokens
from gateway.decide import refuse
from gateway.identify_service import ServiceMatch
from gateway.logging import get_logger
from gateway.model import Reason, Verdict
from gateway.options import add_options
from gateway.pipeline import Answer, RequestContext
from gateway.purpose import PurposeMemory
from gateway.turns import CleanSeams, TurnWindow


HOOK_FAILED = "aigw_hook_failed"  # flow metadata: another addon's hook raised on this request (blocked already)


def fail_closed(hook: Callable[..., Any]) -> Callable[..., Any]:
    """Any exception in a hook that handles an AI request blocks that request."""
    if asyncio.iscoroutinefunction(hook):

        @functools.wraps(hook)
        async def async_wrapper(self: "RequestPipeline", flow: http.HTTPFlow) -> None:
            try:
                await hook(self, flow)
            except Exception as e:  # the one broad except: fail closed
                self.crashed(flow, e)

        return async_wrapper

    @functools.wraps(hook)
    def wrapper(self: "RequestPipeline", flow: http.HTTPFlow) -> None:
        try:
            hook(self, flow)
        except Exception as e:  # the one broad except: fail closed
            self.crashed(flow, e)

    return wrapper


def view(flow: http.HTTPFlow, tunnel: tuple[bool, str | None] = (False, None),
         headers: HeaderMap | None = None) -> pipeline.RequestView:
    """``headers``: the request's header snapshot of an earlier hook, reused while the headers did not change."""
    proxyauth = flow.metadata.get("proxyauth")
    return pipeline.RequestView(
        tunnelled=tunnel[0] or flow.client_conn.tls_established, connect_user=tunnel[1], method=flow.request.method,
        path=flow.request.path,
        headers=HeaderMap(flow.request.headers) if headers is None else headers.current(flow.request.headers),
        peer=flow.client_conn.peername[0] if flow.client_conn.peername else None,
        proxyauth=tuple(proxyauth) if proxyauth else None,  # type: ignore[arg-type]
        answered=flow.response is not None, streamed=bool(flow.request.stream), trailers=flow.request.trailers)


def internal_error_response() -> http.Response:
    """Last-resort block when even the normal block response cannot be built; never retried by SDKs."""
    return http.Response.make(403, "aigw: internal error".encode(),
                              {"content-type": "text/plain; charset=utf-8", "x-should-retry": "false"})


class RequestPipeline:
    def __init__(self, rules: Rules, audit: AuditLog, approvals: Approvals, trusted: TrustedProxy, scope: Scope,
                 routing: UpstreamRouting) -> None:
        self.rules, self.audit, self.approvals = rules, audit, approvals
        self.trusted, self.scope, self.routing = trusted, scope, routing
        self.purposes = PurposeMemory()  # browser users' 利用目的 of the day
        self.turns = TurnWindow()  # recent turns per user × service: identifiers split across turns
        self.seams = CleanSeams()  # seams already scanned without a block (a resent conversation is not rescanned)
        self.cautions = CautionTokens()  # coaching: tokens to go on with a justification (gateway/caution.py)
        self.faults: frozenset[str] = frozenset()
        self.log = get_logger()
        self._env: pipeline.Env | None = None

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_fault_injection")

    def configure(self, updated: set[str]) -> None:
        if "aigw_fault_injection" in updated:
            self.faults = frozenset(ctx.options.aigw_fault_injection)
            if self.faults:
                self.log.warning("fault_injection_enabled", stages=sorted(self.faults))

    def env(self) -> pipeline.Env:
        """What the stages need, rebuilt only when a part that can change did (read per request)."""
        source, broken, env = self.approvals.source, bool(self.audit.broken), self._env
        if (env is None or env.approvals is not source or env.audit_broken != broken
                or env.peer_secret != self.trusted.secret or env.faults != self.faults):
            self._env = env = pipeline.Env(
                approvals=source, purposes=self.purposes, audit_broken=broken, peer_secret=self.trusted.secret,
                faults=self.faults, log=self.log, turns=self.turns, seams=self.seams, cautions=self.cautions,
                tenant_approvals=self.approvals.for_tenant)
        return env

    # ------------------------------------------------------------------ hooks
    @fail_closed
    def requestheaders(self, flow: http.HTTPFlow) -> None:
        # the gateway's own page (e.g. /__aigw/report), or a request another addon's failed hook blocked already
        if flow.metadata.get("aigw_answered") or HOOK_FAILED in flow.metadata:
            return
        runtime = self.rules.runtime
        assert runtime is not None
        self.trusted.refuse_misused(flow)
        target = pipeline.Target(method=flow.request.method, target=flow.request.path,
                                 host_header=flow.request.host_header or "", connection=flow.request.host,
                                 sni=flow.client_conn.sni)
        host, match, path, mismatch = pipeline.classify(runtime, target)
        if match is None:  # not an AI request; a shadow-AI host gets the refusal page
            if (name := shadow(runtime.rules, host)) is not None:
                self.scope.answer_shadow(flow, host, name)
            return
        cx = RequestContext(request_id(flow), match, host, runtime=runtime, path=path, authority_mismatch=mismatch)
        flow.metadata["aigw"] = cx
        req = view(flow, self.trusted.tunnel_user(flow))
        cx.header_map = req.headers  # the body's hook reuses it while the headers stay as the stages left them
        self.apply(flow, cx, pipeline.before_body(cx, req, self.env()))

    @fail_closed
    async def request(self, flow: http.HTTPFlow) -> None:
        cx: RequestContext | None = flow.metadata.get("aigw")
        if cx is None or cx.verdict is not None or flow.response is not None:  # (a failed hook set a response)
            return
        req = view(flow, headers=cx.header_map)
        verdict = await pipeline.with_body(cx, req, flow.request.raw_content or b"", self.env())
        self.apply(flow, cx, verdict)
        if not verdict.blocked:
            if not self.audit.decided(flow, cx, before_forward=True):  # audit before forward
                cx.stage = "audit"
                self.block(flow, cx, refuse(Reason.AUDIT_UNAVAILABLE))
                return
            self.routing.route(flow)

    def response(self, flow: http.HTTPFlow) -> None:
        cx: RequestContext | None = flow.metadata.get("aigw")
        if cx is not None and cx.forwarded:
            # its decision line was written before it was released; what the upstream answered is written
            # just after the response is on its way to the client (mitmproxy sends it when this hook returns)
            try:
                asyncio.get_running_loop().call_soon(self.finish, flow)
                return
            except RuntimeError:  # no event loop (unit tests): now
                pass
        self.finish(flow)

    def error(self, flow: http.HTTPFlow) -> None:
        cx: RequestContext | None = flow.metadata.get("aigw")
        if cx is not None and flow.error is not None:
            msg = flow.error.msg.lower()
            if cx.verdict is None and not cx.forwarded:  # never released: say why it ended (honest audit)
                too_big = "body_size_limit" in msg
                # a malformed body (bad chunk, trailers), not one cut short by the client: never read whole
                unreadable = "protocol error" in msg and "closed" not in msg
                cx.stage = "extract" if too_big or unreadable else cx.stage
                cx.verdict = refuse(Reason.OVERSIZE_BODY if too_big else
                                    Reason.UNDECODABLE_BODY if unreadable else Reason.CLIENT_DISCONNECTED)
            elif cx.forwarded:
                cx.extra["completion_error"] = (Reason.CLIENT_DISCONNECTED.value if "client" in msg
                                                else Reason.UPSTREAM_ERROR.value)
        self.finish(flow)

    # ------------------------------------------------------------------ applying what the pipeline returns
    def apply(self, flow: http.HTTPFlow, cx: RequestContext, outcome: Verdict | Answer | None) -> None:
        if outcome is None:
            return
        if isinstance(outcome, Answer):  # answered by the gateway itself: nothing reached the AI service
            flow.response = http.Response.make(outcome.status, outcome.body, outcome.headers)
            del flow.metadata["aigw"]
            return
        cx.verdict = outcome
        if outcome.blocked and flow.response is None:
            self.block(flow, cx, outcome)

    def block(self, flow: http.HTTPFlow, cx: RequestContext, verdict: Verdict) -> None:
        cx.verdict = verdict
        resp = pipeline.respond(cx, view(flow), verdict, lambda: pipeline.reply_body(
            flow.request.raw_content, flow.request.headers.get("content-encoding", "")))
        flow.response = http.Response.make(resp.status, resp.body, resp.headers)

    def finish(self, flow: http.HTTPFlow) -> None:
        cx: RequestContext | None = flow.metadata.get("aigw")
        if cx is not None:
            self.audit.decided(flow, cx)
            self.audit.completed(flow, cx)

    def crashed(self, flow: http.HTTPFlow, exc: Exception) -> None:
        cx: RequestContext | None = flow.metadata.get("aigw")
        stage = cx.stage if cx else "service"
        self.log.error("stage_failed", stage=stage, error=type(exc).__name__,
                       request_id=cx.request_id if cx else request_id(flow))
        self.fail(flow, Reason.SCAN_FAILED if stage == "scan" else Reason.INTERNAL_ERROR)

    def failed(self, flow: Any, addon: str, hook: str, exc: BaseException) -> None:
        """Another aigw addon's hook raised on this request (``gateway.addons.chain`` logged it): block the
        request before anything is forwarded; this pipeline's own hooks then leave it alone."""
        if isinstance(flow, http.HTTPFlow):
            flow.metadata[HOOK_FAILED] = f"{addon}.{hook}"
            self.fail(flow, Reason.INTERNAL_ERROR)

    def fail(self, flow: http.HTTPFlow, reason: Reason) -> None:
        """Fail closed: a block with ``reason`` (a request not yet classified is classified by its host)."""
        cx: RequestContext | None = flow.metadata.get("aigw")
        if cx is None:
            runtime = self.rules.runtime
            host = flow.request.pretty_host.lower()
            service = runtime.rules.service_for_host(host) if runtime is not None else None
            if service is None:  # not an AI request we recognised; fail closed anyway for safety
                flow.response = internal_error_response()
                return
            cx = RequestContext(request_id(flow), ServiceMatch(service, None), host, runtime=runtime)
            flow.metadata["aigw"] = cx
        if cx.forwarded:  # its decision line was written: the completion line says why it never went out
            cx.extra["completion_error"] = reason.value
        try:
            self.block(flow, cx, refuse(reason))
        except Exception:
            flow.response = internal_error_response()
