"""WebSocket frames on catalog hosts (``gateway.ws``): each client → server frame is scanned with
the current rules; a frame that must be blocked is dropped, the user is told in the chat, and it
gets its own ``request_decided`` line. Any error drops the frame (fail closed).

When the service's side of a session ends without a close frame (reset, crash), the client gets close code
``1014`` (bad gateway) with a Japanese reason and the 参照番号, not the ``1000`` (normal) mitmproxy would relay
(``gateway.addons.mitm_errors.install_ws_close``); ``websocket_closed`` then says ``error: upstream_error``.

A client message is counted as it arrives: past ``limits.max_body_bytes`` it is never gathered whole nor forwarded;
the session ends with close ``1009`` (message too big, Japanese reason) and the message gets its own
``request_decided`` line (``oversize_body``)."""

from __future__ import annotations

import dataclasses
import time

from mitmproxy import ctx, http

from gateway import bounded, pipeline, view, ws
from gateway.addons import mitm_errors
from gateway.addons.audit_log import AuditLog
from gateway.addons.request import RequestPipeline
from gateway.addons.rules import Rules
from gateway.decide import decide, refuse, warn_mode
from gateway.decode import BodyError
from gateway.logging import get_logger
from gateway.messages import ws_message_too_big, ws_upstream_closed
from gateway.model import Reason, Verdict
from gateway.pipeline import RequestContext
from gateway.respond import block_message
from gateway.runtime import Runtime


@dataclasses.dataclass
class FrameDecision:
    verdict: Verdict
    chars: int = 0
    segments: int = 0
    scan_ms: float | None = None
    extra: dict = dataclasses.field(default_factory=dict)  # coaching: caution_token / justification


class WebSocket(mitm_errors.WsLimits):
    def __init__(self, rules: Rules, audit: AuditLog, requests: RequestPipeline) -> None:
        self.rules = rules
        self.audit = audit
        self.requests = requests  # its fault injection applies to frames too
        self.log = get_logger()
        self.sessions: dict[str, http.HTTPFlow] = {}  # client connection id -> its open WebSocket session

    def load(self, _loader: object) -> None:
        if not mitm_errors.install_ws_close(self.upstream_closed, self):
            self.log.warning("websocket_close_unavailable", note="mitmproxy's own close is relayed")

    def done(self) -> None:
        mitm_errors.uninstall_ws_close()

    def websocket_start(self, flow: http.HTTPFlow) -> None:
        if flow.metadata.get("aigw") is not None:
            self.sessions[flow.client_conn.id] = flow

    def _session(self, client_id: str) -> RequestContext | None:
        flow = self.sessions.get(client_id)
        return None if flow is None else flow.metadata.get("aigw")

    def message_limit(self, client_id: str) -> int | None:
        """The largest message (bytes) the client may send in its session (``mitm_errors.ws_events``)."""
        cx, runtime = self._session(client_id), self.rules.runtime
        if cx is None or runtime is None:
            return None
        return (cx.rules or runtime.rules).policy.limits.max_body_bytes

    def message_too_big(self, client_id: str, size: int) -> tuple[int, str]:
        """A client message went past the limit: its own ``request_decided`` line, and the client's close."""
        flow = self.sessions[client_id]
        cx: RequestContext = flow.metadata["aigw"]
        conn = cx.extra.get("ws")
        if conn is None:
            conn = cx.extra["ws"] = ws.Connection(ws.dialect(cx.host, flow.request.path))
        verdict = refuse(Reason.OVERSIZE_BODY)
        n = conn.count(True, verdict.reason.value, 0)
        frame = dataclasses.replace(cx, request_id=f"{cx.request_id}-{n}", verdict=verdict, prompt_chars=0,
                                    segments=0, scan_ms=None, stage="websocket", logged=False,
                                    extra={})
        self.audit.decided(flow, frame)
        return 1009, ws_message_too_big(frame.request_id)

    def upstream_closed(self, client_id: str) -> tuple[int, str] | None:
        """The close for a client whose session's service side ended abnormally (``mitm_errors.ws_send2``)."""
        cx = self._session(client_id)
        if cx is None:
            return None
        cx.extra["ws_upstream_error"] = True
        return 1014, ws_upstream_closed(cx.match.service.name, cx.request_id)

    async def websocket_message(self, flow: http.HTTPFlow) -> None:
        cx: RequestContext | None = flow.metadata.get("aigw")
        if cx is None or flow.websocket is None or not flow.websocket.messages:
            return
        message = flow.websocket.messages[-1]
        if not message.from_client or message.injected:
            return
        conn = cx.extra.get("ws")
        if conn is None:
            conn = cx.extra["ws"] = ws.Connection(ws.dialect(cx.host, flow.request.path))
        d = FrameDecision(refuse(Reason.INTERNAL_ERROR))
        try:
            await self.decide_frame(cx, message.content, message.is_text, d)
        except Exception as e:  # fail closed: the frame is dropped
            self.log.error("stage_failed", stage="websocket", error=type(e).__name__, request_id=cx.request_id)
            d.verdict = refuse(Reason.INTERNAL_ERROR)
        n = conn.count(d.verdict.blocked, d.verdict.reason.value, d.chars)
        if not d.verdict.blocked and d.verdict.reason is not Reason.CAUTION_CONFIRMED:
            return
        frame = dataclasses.replace(cx, request_id=f"{cx.request_id}-{n}", verdict=d.verdict, prompt_chars=d.chars,
                                    segments=d.segments, scan_ms=d.scan_ms, stage="websocket", logged=False,
                                    extra=d.extra)
        if not d.verdict.blocked:  # went on after a caution: its own line, with the masked justification
            self.audit.decided(flow, frame)
            return
        message.drop()
        self.audit.decided(flow, frame)
        self.tell(flow, cx, conn, d.verdict, frame.request_id, ws.invocation_id(message.content),
                  d.extra.get("caution_token"))

    async def decide_frame(self, cx: RequestContext, content: bytes, is_text: bool, d: FrameDecision) -> None:
        """Fills ``d`` as it goes (what was counted stays counted if a later step raises)."""
        runtime: Runtime | None = self.rules.runtime
        assert runtime is not None and cx.approval is not None
        limits = runtime.rules.policy.limits
        d.verdict = decide(cx.approval, None)
        if d.verdict.blocked:
            return
        try:
            read = await bounded.read_frame(content, is_text, limits, self.requests.faults)
        except BodyError as e:
            d.verdict = refuse(e.reason)
            return
        except bounded.ScanTimeout:
            d.verdict = refuse(Reason.SCAN_TIMEOUT)
            return
        prompt = read.prompt
        found = prompt.segments
        d.chars, d.segments = len(prompt), len(found)
        if d.chars > limits.max_prompt_chars:
            d.verdict = refuse(Reason.OVERSIZE_BODY)
        elif found:
            t0 = time.perf_counter()
            env = self.requests.env()
            whole, seams = view.frame_pieces(prompt, pipeline.previous_turns(cx, env), read.decoded)
            try:
                scan = await bounded.scan(runtime.scanner, whole.text, cx.match.service.id, limits,
                                          self.requests.faults)
                if env.seams is not None:  # seams scanned before without a block are not scanned again
                    seams = pipeline.unseen_seams(runtime.scanner, cx.match.service.id, seams, env.seams)
                if scan.action != "block" and seams.segments:  # an identifier split across frames
                    joined = await bounded.scan(runtime.scanner, seams.text, cx.match.service.id, limits,
                                                self.requests.faults)
                    scan = joined if joined.action == "block" else scan
                    if joined.action != "block" and env.seams is not None:
                        env.seams.clean(runtime.scanner, cx.match.service.id, (s.text for s in seams.segments))
            except bounded.ScanTimeout:
                d.verdict = refuse(Reason.SCAN_TIMEOUT)
            else:
                d.verdict = decide(cx.approval, scan, warn_mode(runtime.rules.policy, cx.match.service.id))
                if d.verdict.reason is Reason.CAUTION_REQUIRED:  # coaching, as for HTTP (pipeline.coach)
                    fcx = dataclasses.replace(cx, extra={})
                    d.verdict = await pipeline.coach(fcx, prompt, d.verdict, self.requests.env())
                    d.extra = fcx.extra
                if not d.verdict.blocked and env.turns is not None and cx.identity is not None:
                    env.turns.remember(pipeline.who(cx), cx.match.service.id, (s.text for s in prompt.segments))
            d.scan_ms = (time.perf_counter() - t0) * 1000

    def tell(self, flow: http.HTTPFlow, cx: RequestContext, conn: ws.Connection, verdict: Verdict,
             request_id: str, invocation: str | None = None, caution_token: str | None = None) -> None:
        rules = cx.rules or self.rules.rules  # the request's rules: a tenant's own messages
        assert rules is not None
        text = block_message(verdict, rules.policy.messages, cx.match.service.name, request_id, host=cx.host,
                             caution_token=caution_token)
        frames = (ws.block_frames(conn.dialect, text, invocation)
                  or [ws.generic_block_frame(verdict.reason.value, text)])
        for frame in frames:
            ctx.master.commands.call("inject.websocket", flow, True, frame.encode("utf-8"), True)

    def websocket_end(self, flow: http.HTTPFlow) -> None:
        self.sessions.pop(flow.client_conn.id, None)
        cx: RequestContext | None = flow.metadata.get("aigw")
        if cx is None or flow.websocket is None:
            return
        conn = cx.extra.get("ws") or ws.Connection(ws.dialect(cx.host, flow.request.path))  # no frame sent yet
        self.log.info("websocket_closed", request_id=cx.request_id, service=cx.match.service.id,
                      user=cx.identity.name if cx.identity else None, dialect=conn.dialect,
                      frames=conn.frames, allowed=conn.allowed, blocked=conn.blocked, chars=conn.chars,
                      reasons=conn.reasons, close_code=flow.websocket.close_code,
                      error=Reason.UPSTREAM_ERROR.value if cx.extra.get("ws_upstream_error") else None)
