"""The only mitmproxy addon. Hooks call the plain-Python stages in order:

    service → user → approval → extract → scan → decide → respond → audit

and every hook that handles an AI request is the one fail-closed boundary: an exception,
timeout, undecodable or oversize body becomes a block with a reason code, never a pass.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import functools
import re
import signal
import socket
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mitmproxy import ctx, exceptions, http, tls
from mitmproxy.proxy import server_hooks

from gateway import audit as audit_mod
from gateway import clock
from gateway import metrics
from gateway import ws as ws_mod
from gateway.approval import check_approval
from gateway.registry.source import FileApprovals, RegistryApprovals, RegistryUnavailable
from gateway.purpose import PURPOSE_PATH, PurposeMemory, approved_purposes, choice_page, parse_choice, redirect
from gateway.decide import decide, refuse
from gateway.decode import BodyError, decode_content
from gateway.extract import extract_prompt
from gateway.identify_service import ServiceMatch, identify_service
from gateway.health import HealthServer, parse_listen, readiness
from gateway.identify_user import identify_user, is_trusted_proxy
from gateway.trusted_proxy import PeerSecretValidator, load_secret, secret_misused, via_trusted_proxy
from gateway.logging import configure_logging, get_logger
from gateway.model import Action, ApprovalCheck, Identity, Prompt, Reason, Verdict
from gateway.options import BYPASS_OPTIONS, add_options
from gateway.reload import RulesWatcher
from gateway.respond import build_block_response, wants_html
from gateway.respond_stream import reply_ids
from gateway.rules.errors import RulesError
from gateway.rules.loader import DEFAULT_RULES_DIR, load_rules
from gateway.rules.ruleset import RuleSet
from gateway.scan.api import ScanResult

PURPOSE_HEADER = "X-AIGW-Purpose"
STREAMING_TYPES = ("text/event-stream", "application/x-ndjson", "application/jsonl", "application/grpc",
                   "application/x-protobuf", "application/connect+")
# Rules loaded (and validated) by `aigw run` before mitmdump starts, so they are not loaded twice.
PRELOADED: dict[str, RuleSet] = {}


class ScanTimeout(Exception):
    pass


@dataclass
class FlowState:
    """Everything aigw knows about one AI request, at ``flow.metadata["aigw"]``."""

    request_id: str
    match: ServiceMatch
    host: str
    identity: Identity | None = None
    approval: ApprovalCheck | None = None
    verdict: Verdict | None = None
    prompt_chars: int = 0
    segments: int = 0
    scan_ms: float | None = None
    stage: str = "service"
    logged: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    rules: RuleSet | None = None  # the RuleSet this request started with (a reload never changes it mid-flight)


def _reply_ids(flow: http.HTTPFlow, reply: str | None) -> dict[str, str] | None:
    """Conversation ids for an in-chat block reply (none before the body was read)."""
    if not reply:
        return None
    try:
        return reply_ids(reply, flow.request.get_content(strict=False))
    except Exception:  # an unreadable body only costs the ids, never the block
        return {}


def _internal_error_response() -> http.Response:
    """Last-resort block when even the normal block response cannot be built; never retried by SDKs."""
    return http.Response.make(403, "aigw: internal error".encode(),
                              {"content-type": "text/plain; charset=utf-8", "x-should-retry": "false"})


def _request_id(flow: http.HTTPFlow) -> str:
    return flow.id.replace("-", "")[:12]


def _upload_filename(flow: http.HTTPFlow) -> str | None:
    """File name of a raw upload body, where the client says it (Content-Disposition, Google, Azure Blob)."""
    h = flow.request.headers
    if m := re.search(r"filename\*?=(?:UTF-8'')?\"?([^\";]+)", h.get("content-disposition", ""), re.I):
        return urllib.parse.unquote(m.group(1))
    name = h.get("x-goog-upload-file-name") or h.get("x-ms-meta-filename") or h.get("x-file-name")
    return urllib.parse.unquote(name) if name else None


def fail_closed(stage_hook: Callable[..., Any]) -> Callable[..., Any]:
    """Any exception in a hook that handles an AI request blocks that request."""

    if asyncio.iscoroutinefunction(stage_hook):

        @functools.wraps(stage_hook)
        async def async_wrapper(self: "Gateway", flow: http.HTTPFlow) -> None:
            try:
                await stage_hook(self, flow)
            except Exception as e:  # the one broad except: fail closed
                self._crashed(flow, e)

        return async_wrapper

    @functools.wraps(stage_hook)
    def wrapper(self: "Gateway", flow: http.HTTPFlow) -> None:
        try:
            stage_hook(self, flow)
        except Exception as e:  # the one broad except: fail closed
            self._crashed(flow, e)

    return wrapper


class Gateway:
    def __init__(self) -> None:
        self.rules: RuleSet | None = None
        self.audit = audit_mod.AuditSink(None)
        self.overrides: dict[str, tuple[str, int]] = {}
        self._route_sni: dict[tuple[str, tuple[str, int]], str] = {}
        self.faults: frozenset[str] = frozenset()
        self.gateway_name = socket.gethostname()
        self._watcher: RulesWatcher | None = None
        self._health: HealthServer | None = None
        self._health_addr: tuple[str, int] | None = None
        self._peer_secret: str | None = None
        self.approvals: Any = FileApprovals()  # approvals in force: approvals.yaml (+ the registry)
        self.purposes = PurposeMemory()  # browser users' 利用目的 of the day
        configure_logging()
        self.log = get_logger()

    # ------------------------------------------------------------------ configuration
    def load(self, loader: Any) -> None:
        add_options(loader)

    def configure(self, updated: set[str]) -> None:
        opts = ctx.options
        if "stream_large_bodies" in updated and opts.stream_large_bodies:
            raise exceptions.OptionsError(
                "aigw refuses stream_large_bodies: a streamed request body would reach the AI service"
                " before it is scanned"
            )
        for name in BYPASS_OPTIONS:
            if name in updated and getattr(opts, name, None):
                self.log.warning("unsafe_option", option=name, note="bypasses or changes traffic after the scan")
        wanted = Path(opts.aigw_rules).resolve() if opts.aigw_rules else DEFAULT_RULES_DIR
        if self.rules is None or self.rules.directory != wanted:
            try:
                rules = PRELOADED.pop(str(wanted), None) or load_rules(wanted)
            except RulesError as e:
                self.log.error("rules_rejected", file=e.file, entry=e.entry, error=e.message)
                raise exceptions.OptionsError(f"invalid rules: {e}") from None
            self._install(rules)
        if "aigw_upstream_override" in updated:
            overrides = {}
            for spec in opts.aigw_upstream_override:
                try:
                    host, _, target = spec.partition("=")
                    ip, _, port = target.rpartition(":")
                    if not host or not ip:
                        raise ValueError
                    overrides[host.strip().lower()] = (ip.strip("[]"), int(port))
                except ValueError:
                    raise exceptions.OptionsError(f"aigw_upstream_override: expected host=ip:port, got {spec!r}") from None
            self.overrides = overrides
        if "aigw_fault_injection" in updated:
            self.faults = frozenset(opts.aigw_fault_injection)
            if self.faults:
                self.log.warning("fault_injection_enabled", stages=sorted(self.faults))
        if "aigw_audit_log" in updated:
            try:
                sink = audit_mod.AuditSink(opts.aigw_audit_log)
            except OSError as e:
                raise exceptions.OptionsError(f"aigw_audit_log: cannot open {opts.aigw_audit_log}: {e}") from None
            self.audit.close()
            self.audit = sink
        if "aigw_gateway_name" in updated and opts.aigw_gateway_name:
            self.gateway_name = opts.aigw_gateway_name
        if "aigw_rules_reload" in updated and opts.aigw_rules_reload < 0:
            raise exceptions.OptionsError("aigw_rules_reload: seconds must be >= 0 (0: reload on SIGHUP only)")
        if "aigw_health_listen" in updated:
            try:
                self._health_addr = parse_listen(opts.aigw_health_listen)
            except ValueError as e:
                raise exceptions.OptionsError(f"aigw_health_listen: {e}") from None
        if updated & {"proxyauth", "aigw_trusted_proxy_secret"}:
            self._install_peer_secret()
        if updated & {"aigw_registry", "aigw_registry_refresh", "aigw_registry_grace"}:
            self._configure_registry(opts)
        if "aigw_metrics_listen" in updated:
            try:
                metrics.serve(opts.aigw_metrics_listen)
            except (ValueError, OSError) as e:
                raise exceptions.OptionsError(f"aigw_metrics_listen: {e}") from None

    def _configure_registry(self, opts: Any) -> None:
        """gateway/registry/source.py: approvals.yaml merged with the registry, refreshed in the background."""
        if not 1 <= opts.aigw_registry_refresh <= 30:
            raise exceptions.OptionsError("aigw_registry_refresh: seconds must be between 1 and 30")
        if opts.aigw_registry_grace < opts.aigw_registry_refresh:
            raise exceptions.OptionsError("aigw_registry_grace: must be at least aigw_registry_refresh")
        old = self.approvals
        if opts.aigw_registry:
            self.approvals = RegistryApprovals(opts.aigw_registry, opts.aigw_registry_refresh,
                                               opts.aigw_registry_grace).start()
        else:
            self.approvals = FileApprovals()
        old.close()

    def _purpose_page(self, flow: http.HTTPFlow, state: FlowState, approvals: tuple[Any, ...], today: dt.date,
                      purpose: str | None) -> bool:
        """gateway/purpose.py: a browser user's daily choice of 利用目的. True when answered here."""
        assert state.identity is not None
        svc, name = state.match.service, state.identity.name
        req = flow.request
        is_choice = req.method == "GET" and req.path.startswith(PURPOSE_PATH)
        if not is_choice and (purpose is not None or self.purposes.get(name, svc.id, today) is not None
                              or not wants_html(req.method, req.headers.get("accept", ""),
                                                req.headers.get("sec-fetch-mode", ""))):
            return False
        choices = approved_purposes(approvals, state.identity, svc, today) if state.identity.user else []
        if not choices:
            return False  # not approved: the normal check blocks it
        if is_choice:
            chosen, nxt = parse_choice(req.path)
            if chosen not in choices:
                state.approval = ApprovalCheck(Reason.PURPOSE_NOT_APPROVED, None, chosen)
                self._block(flow, refuse(Reason.PURPOSE_NOT_APPROVED))
                return True
            self.purposes.set(name, svc.id, today, chosen)
            self.log.info("purpose_chosen", request_id=state.request_id, user=name, service=svc.id, purpose=chosen)
            status, headers, body = redirect(nxt)
        elif len(choices) > 1:
            rules = self.rules
            assert rules is not None
            status, headers = 200, {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"}
            body = choice_page(svc.name, choices, req.path, rules.policy.organisation)
            self.log.info("purpose_asked", request_id=state.request_id, user=name, service=svc.id,
                          purposes=len(choices))
        else:
            return False
        flow.response = http.Response.make(status, body, headers)
        del flow.metadata["aigw"]  # answered by the gateway itself: nothing reached the AI service
        return True

    # ------------------------------------------------------------------ trusted-proxy mode (gateway/trusted_proxy.py)
    def _install_peer_secret(self) -> None:
        """Let mitmproxy's proxyauth also accept (any user, shared secret); peers are checked per flow."""
        try:
            self._peer_secret = load_secret(ctx.options.aigw_trusted_proxy_secret)
        except ValueError as e:
            raise exceptions.OptionsError(f"aigw_trusted_proxy_secret: {e}") from None
        pa = ctx.master.addons.get("proxyauth")
        if pa is None:
            return
        inner = pa.validator.inner if isinstance(pa.validator, PeerSecretValidator) else pa.validator
        pa.validator = PeerSecretValidator(inner, self._peer_secret) if self._peer_secret else inner

    def _refuse_misused_secret(self, flow: http.HTTPFlow, rules: RuleSet) -> None:
        """The shared secret from a peer outside identity.trusted_proxies: 407, as for a wrong password."""
        if not self._peer_secret:
            return
        peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
        if secret_misused(flow.metadata.get("proxyauth"), self._peer_secret, is_trusted_proxy(rules, peer)):
            self.log.warning("trusted_proxy_secret_refused", client_ip=peer)
            flow.metadata.pop("proxyauth", None)
            flow.response = http.Response.make(407, "プロキシ認証が必要です / proxy authentication required".encode(),
                                               {"Proxy-Authenticate": 'Basic realm="aigw"',
                                                "content-type": "text/plain; charset=utf-8"})

    # ------------------------------------------------------------------ reload and health
    def _start_ops(self) -> None:
        """Rules watcher (gateway/reload.py), SIGHUP, health endpoints (gateway/health.py)."""
        loop = asyncio.get_running_loop()
        if self.rules is not None and self._watcher is None:
            self._watcher = RulesWatcher(self.rules, interval=ctx.options.aigw_rules_reload, loop=loop,
                                         on_loaded=self._reloaded, on_rejected=self._reload_rejected).start()
            try:
                loop.add_signal_handler(signal.SIGHUP, self._sighup)
            except (NotImplementedError, RuntimeError, ValueError):
                pass  # not the main thread (embedded use): file polling still works
        if getattr(self, "_health_addr", None) and self._health is None:
            self._health = HealthServer(*self._health_addr, self._readiness)
            task = loop.create_task(self._health.start())
            task.add_done_callback(self._health_started)

    def _sighup(self) -> None:
        """Reload the rules and reopen the audit JSONL (after logrotate moved it away). On the loop."""
        if self._watcher is not None:
            self._watcher.trigger("sighup")
        if self.audit.path is not None:
            try:
                sink = audit_mod.AuditSink(str(self.audit.path))
            except OSError as e:
                self.log.error("audit_write_failed", error=f"reopen: {e}", file=str(self.audit.path))
                return
            old, self.audit = self.audit, sink
            old.close()

    def _health_started(self, task: "asyncio.Task[int]") -> None:
        if task.exception() is not None:
            self.log.error("health_failed", error=str(task.exception()))
            return
        self.log.info("health_ready", listen=f"{self._health.host}:{task.result()}", port=task.result())

    def _readiness(self) -> dict[str, str | None]:
        ps = ctx.master.addons.get("proxyserver")
        return readiness(rules_loaded=self.rules is not None, listen_addrs=ps.listen_addrs() if ps else [],
                         audit_path=self.audit.path, audit_broken=self.audit.broken)

    def _reloaded(self, rules: RuleSet, trigger: str) -> None:
        old = self.rules
        if old is not None and rules.directory != old.directory:
            return  # aigw_rules changed meanwhile; configure() loaded that directory
        self._install(rules, trigger)
        # proxyauth taken from the rules (not overridden with --set): let mitmproxy re-read the htpasswd
        if old is not None and old.proxyauth and ctx.options.proxyauth == old.proxyauth:
            try:
                ctx.options.update(proxyauth=rules.proxyauth)
            except exceptions.OptionsError as e:
                self.log.error("rules_rejected", file="policy.yaml", entry="identity.proxyauth", error=str(e),
                               trigger=trigger)

    def _reload_rejected(self, err: RulesError, trigger: str) -> None:
        self.log.error("rules_rejected", file=err.file, entry=err.entry, error=err.message, trigger=trigger,
                       kept=self.rules.loaded_at.isoformat() if self.rules else None,
                       note="old rules stay in force")

    def _install(self, rules: RuleSet, trigger: str = "startup") -> None:
        clock.set_zone(rules.policy.timezone)  # validated by the schema: one zone for every date decided here
        self.rules = rules
        self.log.info(
            "rules_loaded",
            trigger=trigger,
            directory=str(rules.directory),
            services=len(rules.services),
            users=len(rules.users),
            approvals=len(rules.approvals),
            shadow_hosts=len(rules.shadow_hosts),
        )

    def running(self) -> None:
        ps = ctx.master.addons.get("proxyserver")
        addrs = ps.listen_addrs() if ps else []
        confdir = Path(ctx.options.confdir).expanduser()
        self.log.info(
            "gateway_ready",
            listen=[f"{a[0]}:{a[1]}" for a in addrs],
            port=addrs[0][1] if addrs else None,
            ca_cert=str(confdir / "mitmproxy-ca-cert.pem"),
            rules=str(self.rules.directory) if self.rules else None,
            audit_log=str(self.audit.path) if self.audit.path else None,
            gateway=self.gateway_name,
        )
        self._start_ops()

    def done(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        if self._health is not None:
            self._health.close()
            self._health = None
        self.approvals.close()
        self.audit.close()

    # ------------------------------------------------------------------ connection scope
    def http_connect(self, flow: http.HTTPFlow) -> None:
        rules = self.rules
        assert rules is not None
        host = flow.request.host
        self._refuse_misused_secret(flow, rules)
        if (service := rules.service_for_host(host)) is not None:
            if flow.response is not None and flow.response.status_code == 407:
                self._audit_connect(flow, Reason.AUTH_REQUIRED, host, service.id)
            return
        if (name := rules.shadow_name(host)) is not None and rules.policy.shadow_ai == "block":
            if flow.response is None or flow.response.status_code != 407:
                flow.response = self._shadow_response(flow, name)
            self._audit_connect(flow, Reason.SHADOW_AI, host, None, shadow_service=name)

    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        """Decrypt only catalog hosts; everything else is an untouched TLS tunnel."""
        rules = self.rules
        assert rules is not None
        names = [data.client_hello.sni] if data.client_hello.sni else []
        if data.context.server.address:
            names.append(data.context.server.address[0])
        if not any(rules.service_for_host(n) or rules.shadow_name(n) for n in names):
            data.ignore_connection = True

    def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        """Apply aigw_upstream_override. Decrypted AI flows were re-targeted in ``_route`` (so
        mitmproxy can reuse the upstream connection); here they only get their real SNI back.
        Untouched tunnels (one server connection each) are re-addressed here."""
        if not self.overrides or not data.server.address:
            return
        sni = self._route_sni.pop((data.client.id, data.server.address), None)
        if sni is not None:
            data.server.sni = sni
            return
        target = self.overrides.get(data.server.address[0].lower())
        if target is not None:
            if not data.server.sni:
                data.server.sni = data.server.address[0]
            data.server.address = target

    def client_disconnected(self, client: Any) -> None:
        if self._route_sni:
            for key in [k for k in self._route_sni if k[0] == client.id]:
                del self._route_sni[key]

    def _route(self, flow: http.HTTPFlow) -> None:
        """Send an allowed AI request to its override address, keeping Host/authority and TLS name."""
        host = flow.request.host.lower()
        target = self.overrides.get(host)
        if target is None:
            return
        host_header = flow.request.host_header
        flow.request.host, flow.request.port = target
        flow.request.host_header = host_header
        self._route_sni[(flow.client_conn.id, target)] = host

    # ------------------------------------------------------------------ request pipeline
    @fail_closed
    def requestheaders(self, flow: http.HTTPFlow) -> None:
        rules = self.rules
        assert rules is not None
        self._refuse_misused_secret(flow, rules)
        host, match = self._service(flow, rules)
        if match is None:
            if (name := rules.shadow_name(host)) is not None and rules.policy.shadow_ai == "block":
                flow.response = self._shadow_response(flow, name)
                self.audit.write(shadow_fields := self._fields_shadow(flow, host, name))
                metrics.observe(shadow_fields)
            return
        state = FlowState(_request_id(flow), match, host, rules=rules)
        flow.metadata["aigw"] = state
        for name, value in match.service.tenant_headers:  # tenant restriction: replaces any client value
            flow.request.headers[name] = value
        if flow.response is not None:  # proxyauth answered 407 already
            state.verdict = refuse(Reason.AUTH_REQUIRED)
            return

        state.stage = "user"
        header_name = rules.policy.identity.user_header
        header_user = flow.request.headers.get(header_name)
        purpose_raw = flow.request.headers.get(PURPOSE_HEADER)
        # Never forward identity or purpose headers to the AI service.
        for h in (header_name, PURPOSE_HEADER):
            if h in flow.request.headers:
                del flow.request.headers[h]
        proxyauth = flow.metadata.get("proxyauth")
        peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
        state.identity = identify_user(
            rules, proxyauth_user=proxyauth[0] if proxyauth else None, peer_ip=peer, header_user=header_user
        )
        if state.identity is None:
            return self._block(flow, refuse(Reason.NO_IDENTITY))
        if via_trusted_proxy(proxyauth, self._peer_secret, True):  # misuse was refused above
            state.identity = dataclasses.replace(state.identity, source="trusted_proxy")

        state.stage = "approval"
        if match.endpoint is not None and match.endpoint.block:  # e.g. logged-out use: refused for everyone
            return self._block(flow, refuse(Reason(match.endpoint.block)))
        purpose = urllib.parse.unquote(purpose_raw).strip() if purpose_raw else None
        try:
            approvals = self.approvals.current(rules.approvals)
        except RegistryUnavailable:
            return self._block(flow, refuse(Reason.REGISTRY_UNAVAILABLE))
        today = clock.today()
        if self._purpose_page(flow, state, approvals, today, purpose):
            return
        if purpose is None:  # a browser user's choice of the day (gateway/purpose.py)
            purpose = self.purposes.get(state.identity.name, match.service.id, today)
        state.approval = check_approval(approvals, state.identity, match.service, today, purpose)
        if state.approval.reason is not Reason.ALLOWED:
            return self._block(flow, decide(state.approval, None))
        if self.audit.broken:
            return self._block(flow, refuse(Reason.AUDIT_UNAVAILABLE))

        state.stage = "extract"
        if flow.request.stream:
            return self._block(flow, refuse(Reason.STREAMED_REQUEST_BODY))
        length = flow.request.headers.get("content-length")
        if length and length.isdigit() and int(length) > rules.policy.limits.max_body_bytes:
            return self._block(flow, refuse(Reason.OVERSIZE_BODY))

    @fail_closed
    async def request(self, flow: http.HTTPFlow) -> None:
        state: FlowState | None = flow.metadata.get("aigw")
        if state is None or state.verdict is not None or flow.response is not None:
            return
        rules = state.rules or self.rules
        assert rules is not None and state.approval is not None
        limits = rules.policy.limits
        raw = flow.request.raw_content or b""
        if len(raw) > limits.max_body_bytes:
            return self._block(flow, refuse(Reason.OVERSIZE_BODY))

        prompt = Prompt()
        extractor = state.match.endpoint.extractor if state.match.endpoint else None
        if extractor is not None and raw:
            state.stage = "extract"
            if "extract" in self.faults:
                raise RuntimeError("fault injection: extract")
            try:
                body = decode_content(raw, flow.request.headers.get("content-encoding", ""), limits.max_decoded_bytes)
                args = (extractor, body, flow.request.headers.get("content-type", ""), limits, _upload_filename(flow))
                if len(body) > limits.inline_scan_chars:  # big bodies/files: parse off the event loop, bounded
                    try:
                        prompt = await asyncio.wait_for(asyncio.to_thread(extract_prompt, *args),
                                                        limits.scan_timeout_ms / 1000)
                    except TimeoutError:
                        self.log.info("body_rejected", request_id=state.request_id,
                                      reason=Reason.SCAN_TIMEOUT.value, detail="extraction exceeded the time bound")
                        return self._block(flow, refuse(Reason.SCAN_TIMEOUT))
                else:
                    prompt = extract_prompt(*args)
            except BodyError as e:
                self.log.info("body_rejected", request_id=state.request_id, reason=e.reason.value, detail=e.detail)
                return self._block(flow, refuse(e.reason))
        state.prompt_chars = len(prompt)
        state.segments = len(prompt.segments)
        if state.prompt_chars > limits.max_prompt_chars:
            return self._block(flow, refuse(Reason.OVERSIZE_BODY))

        scan: ScanResult | None = None
        if prompt.segments:
            state.stage = "scan"
            t0 = time.perf_counter()
            try:
                scan = await self._scan(prompt.text, state.match.service.id, limits, rules.scanner)
            except ScanTimeout:
                state.scan_ms = (time.perf_counter() - t0) * 1000
                return self._block(flow, refuse(Reason.SCAN_TIMEOUT))
            except Exception as e:
                state.scan_ms = (time.perf_counter() - t0) * 1000
                self.log.error("scan_failed", request_id=state.request_id, error=type(e).__name__)
                return self._block(flow, refuse(Reason.SCAN_FAILED))
            state.scan_ms = (time.perf_counter() - t0) * 1000

        state.stage = "decide"
        verdict = decide(state.approval, scan, rules.policy.scan_warn)
        if verdict.blocked:
            return self._block(flow, verdict)
        state.verdict = verdict
        if self.overrides:
            self._route(flow)

    async def _scan(self, text: str, service_id: str, limits: Any, scanner: Any = None) -> ScanResult:
        scanner = scanner or self.rules.scanner  # type: ignore[union-attr]
        timeout = limits.scan_timeout_ms / 1000

        def run() -> ScanResult:
            if "scan" in self.faults:
                raise RuntimeError("fault injection: scan")
            if "scan_timeout" in self.faults:
                time.sleep(timeout + 0.5)
            return scanner.scan(text, service_id)

        if len(text) <= limits.inline_scan_chars and not self.faults:
            return run()  # small prompts: cheaper inline than a thread hop
        try:
            return await asyncio.wait_for(asyncio.to_thread(run), timeout)
        except TimeoutError:
            raise ScanTimeout from None

    # ------------------------------------------------------------------ responses
    def responseheaders(self, flow: http.HTTPFlow) -> None:
        if "aigw" not in flow.metadata or flow.response is None:
            return
        ctype = flow.response.headers.get("content-type", "").lower()
        if ctype.startswith(STREAMING_TYPES):
            flow.response.stream = True  # event by event, never buffered to the end

    def response(self, flow: http.HTTPFlow) -> None:
        self._finish(flow)

    def error(self, flow: http.HTTPFlow) -> None:
        self._finish(flow)

    # ------------------------------------------------------------------ WebSocket (docs/files.md)
    async def websocket_message(self, flow: http.HTTPFlow) -> None:
        """Scan each client → server frame on a catalog host; drop a frame that must be blocked,
        tell the user, and log one request_decided line for it. Any error drops the frame."""
        state: FlowState | None = flow.metadata.get("aigw")
        if state is None or flow.websocket is None or not flow.websocket.messages:
            return
        message = flow.websocket.messages[-1]
        if not message.from_client or message.injected:
            return
        conn = state.extra.get("ws")
        if conn is None:
            conn = state.extra["ws"] = ws_mod.Connection(ws_mod.dialect(state.host, flow.request.path))
        chars, segments, scan_ms = 0, 0, None
        try:
            rules = self.rules
            assert rules is not None and state.approval is not None
            limits = rules.policy.limits
            verdict = decide(state.approval, None)
            if not verdict.blocked:
                try:
                    found = ws_mod.frame_segments(message.content, message.is_text, limits)
                except BodyError as e:
                    verdict = refuse(e.reason)
                else:
                    prompt = Prompt(tuple(found))
                    chars, segments = len(prompt), len(found)
                    if chars > limits.max_prompt_chars:
                        verdict = refuse(Reason.OVERSIZE_BODY)
                    elif found:
                        t0 = time.perf_counter()
                        try:
                            scan = await self._scan(prompt.text, state.match.service.id, limits)
                        except ScanTimeout:
                            verdict = refuse(Reason.SCAN_TIMEOUT)
                        else:
                            verdict = decide(state.approval, scan, rules.policy.scan_warn)
                        scan_ms = (time.perf_counter() - t0) * 1000
        except Exception as e:  # fail closed: the frame is dropped
            self.log.error("stage_failed", stage="websocket", error=type(e).__name__, request_id=state.request_id)
            verdict = refuse(Reason.INTERNAL_ERROR)
        n = conn.count(verdict.blocked, verdict.reason.value, chars)
        if not verdict.blocked:
            return
        message.drop()
        frame_state = dataclasses.replace(state, request_id=f"{state.request_id}-{n}", verdict=verdict,
                                          prompt_chars=chars, segments=segments, scan_ms=scan_ms,
                                          stage="websocket", logged=False)
        flow.metadata["aigw"] = frame_state
        try:
            self._finish(flow)
        finally:
            flow.metadata["aigw"] = state
        self._ws_tell(flow, state, conn, verdict, frame_state.request_id)

    def _ws_tell(self, flow: http.HTTPFlow, state: FlowState, conn: Any, verdict: Verdict, request_id: str) -> None:
        from gateway.respond import block_message

        rules = self.rules
        assert rules is not None
        text = block_message(verdict, rules.policy.messages, state.match.service.name, request_id)
        frames = ws_mod.block_frames(conn.dialect, text) or [ws_mod.generic_block_frame(verdict.reason.value, text)]
        for frame in frames:
            ctx.master.commands.call("inject.websocket", flow, True, frame.encode("utf-8"), True)

    def websocket_end(self, flow: http.HTTPFlow) -> None:
        state: FlowState | None = flow.metadata.get("aigw")
        conn = state.extra.get("ws") if state else None
        if state is None or conn is None or flow.websocket is None:
            return
        self.log.info("websocket_closed", request_id=state.request_id, service=state.match.service.id,
                      user=state.identity.name if state.identity else None, dialect=conn.dialect,
                      frames=conn.frames, allowed=conn.allowed, blocked=conn.blocked, chars=conn.chars,
                      reasons=conn.reasons, close_code=flow.websocket.close_code)

    # ------------------------------------------------------------------ helpers
    def _service(self, flow: http.HTTPFlow, rules: RuleSet) -> tuple[str, ServiceMatch | None]:
        """Classify by Host / :authority first (HTTP/2 coalescing), then the connection's target."""
        path = flow.request.path
        method = flow.request.method
        for host in dict.fromkeys((flow.request.pretty_host.lower(), flow.request.host.lower())):
            match = identify_service(rules, host, method, path)
            if match is not None:
                return host, match
        return flow.request.pretty_host.lower(), None

    def _block(self, flow: http.HTTPFlow, verdict: Verdict) -> None:
        state: FlowState = flow.metadata["aigw"]
        state.verdict = verdict
        rules = state.rules or self.rules
        assert rules is not None
        resp = build_block_response(
            verdict,
            messages=rules.policy.messages,
            organisation=rules.policy.organisation,
            service_name=state.match.service.name,
            error_style=state.match.service.error_style,
            request_id=state.request_id,
            html_wanted=wants_html(
                flow.request.method,
                flow.request.headers.get("accept", ""),
                flow.request.headers.get("sec-fetch-mode", ""),
            ),
            reply=state.match.endpoint.reply if state.match.endpoint else None,
            reply_ids=_reply_ids(flow, state.match.endpoint.reply if state.match.endpoint else None),
        )
        flow.response = http.Response.make(resp.status, resp.body, resp.headers)

    def _crashed(self, flow: http.HTTPFlow, exc: Exception) -> None:
        state: FlowState | None = flow.metadata.get("aigw")
        stage = state.stage if state else "service"
        self.log.error("stage_failed", stage=stage, error=type(exc).__name__,
                       request_id=state.request_id if state else _request_id(flow))
        if state is None:
            rules = self.rules
            host = flow.request.pretty_host.lower()
            service = rules.service_for_host(host) if rules is not None else None
            if service is None:
                # Not an AI request we recognised; fail closed anyway for safety.
                flow.response = _internal_error_response()
                return
            state = FlowState(_request_id(flow), ServiceMatch(service, None), host)
            flow.metadata["aigw"] = state
        reason = Reason.SCAN_FAILED if stage == "scan" else Reason.INTERNAL_ERROR
        try:
            self._block(flow, refuse(reason))
        except Exception:
            flow.response = _internal_error_response()

    def _shadow_response(self, flow: http.HTTPFlow, name: str) -> http.Response:
        rules = self.rules
        assert rules is not None
        msg = rules.policy.messages
        text = (
            f"【aigw】{name} は組織で承認されていない生成AIサービスです（シャドーAI）。"
            f"{msg.reasons.get(Reason.SHADOW_AI.value, '')}。{msg.how_to_apply}。問い合わせ先: {msg.contact}"
        )
        return http.Response.make(
            403,
            text.encode("utf-8"),
            {"content-type": "text/plain; charset=utf-8", "x-aigw-reason": Reason.SHADOW_AI.value,
             "x-should-retry": "false"},
        )

    def _base_fields(self, flow: http.HTTPFlow) -> dict[str, Any]:
        peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
        return {
            "request_id": _request_id(flow),
            "gateway": self.gateway_name,
            "client_ip": peer,
            "method": flow.request.method,
            "path": flow.request.path.split("?", 1)[0],
        }

    def _fields_shadow(self, flow: http.HTTPFlow, host: str, name: str) -> dict[str, Any]:
        proxyauth = flow.metadata.get("proxyauth")
        return {
            **self._base_fields(flow),
            "user": proxyauth[0] if proxyauth else None,
            "service": f"shadow:{name}",
            "host": host,
            "action": Action.BLOCK.value,
            "reason": Reason.SHADOW_AI.value,
            "upstream_status": None,
        }

    def _audit_connect(self, flow: http.HTTPFlow, reason: Reason, host: str, service: str | None,
                       shadow_service: str | None = None) -> None:
        if shadow_service is not None:
            fields = self._fields_shadow(flow, host, shadow_service)
        else:
            fields = {**self._base_fields(flow), "user": None, "service": service, "host": host,
                      "action": Action.BLOCK.value, "reason": reason.value, "upstream_status": None}
        fields["path"] = None
        metrics.observe(fields)
        self.audit.write(fields)

    def _finish(self, flow: http.HTTPFlow) -> None:
        state: FlowState | None = flow.metadata.get("aigw")
        if state is None or state.logged:
            return
        state.logged = True
        verdict = state.verdict or Verdict(Action.ALLOW, Reason.ALLOWED)
        ident = state.identity
        user = ident.user if ident else None
        ours = verdict.blocked
        approval = state.approval.approval if state.approval else None
        fields = {
            **self._base_fields(flow),
            "request_id": state.request_id,
            "user": ident.name if ident else None,
            "department": user.department if user else None,
            "groups": list(user.groups) if user else [],
            "identity_source": ident.source if ident else None,
            "service": state.match.service.id,
            "service_kind": state.match.service.kind.value,
            "purpose": state.approval.purpose if state.approval else None,
            "application_id": approval.application_id if approval else None,
            "host": state.host,
            "action": verdict.action.value,
            "reason": verdict.reason.value,
            "scan_reasons": list(verdict.detail),
            "findings": audit_mod.findings_summary(verdict),
            "prompt_chars": state.prompt_chars,
            "segments": state.segments,
            "scan_ms": round(state.scan_ms, 3) if state.scan_ms is not None else None,
            "upstream_status": None if ours or flow.response is None else flow.response.status_code,
        }
        if verdict.blocked:
            fields["stage"] = state.stage
        if flow.error is not None and not ours:
            fields["error"] = "upstream_error"
        metrics.observe(fields)
        self.audit.write(fields)
