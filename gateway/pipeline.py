"""The request pipeline, in order:

    service → (tenant) → user → approval → extract → scan → decide → respond → audit

``before_body`` runs on the request headers (nothing of the body is read yet, so a block there
means no byte of the prompt leaves); ``with_body`` runs on the full body; ``respond`` turns a
block verdict into the answer the client sees; ``decided`` is the one ``request_decided`` line.
Each returns a block ``Verdict``, a gateway ``Answer`` (a page of its own) or ``None`` (go on).

The stages are plain Python and never import mitmproxy: ``gateway.addons.request`` builds a
``RequestView`` from the flow, calls these functions and applies what they return. Per-request
state is one ``RequestContext`` (at ``flow.metadata["aigw"]``) carried through every stage.
"""

from __future__ import annotations

import dataclasses
import re
import time
import urllib.parse
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from gateway import bounded, caution, clock, purpose, view
from gateway.carriers import header_pairs
from gateway.canonical import CanonicalPath, canonical_path
from gateway.approval import check_approval
from gateway.audit import findings_summary
from gateway.decide import decide, refuse, warn_mode
from gateway.decode import BodyError, decode_content
from gateway.identify_service import ServiceMatch
from gateway.identify_tenant import memory_key, select_tenant
from gateway.identify_user import identify_user
from gateway.model import Action, ApprovalCheck, Identity, Prompt, Reason, Verdict
from gateway.registry.source import RegistryUnavailable
from gateway.respond import BlockResponse, build_block_response, wants_html
from gateway.respond_stream import reply_ids
from gateway.rules.ruleset import RuleSet
from gateway.runtime import Runtime
from gateway.scan.result import ScanResult
from gateway.trusted_proxy import via_trusted_proxy
from gateway.turns import CleanSeams, TurnWindow
from gateway.unwrap import ReadBody

PURPOSE_HEADER = "X-AIGW-Purpose"
Target, classify = view.Target, view.classify  # stage 1, the canonical view (gateway/view.py)
Answer = purpose.Answer


@dataclass
class RequestView:
    """What the stages read of one HTTP request. ``headers`` is the request's own header map:
    the user stage removes identity headers from it, the service stage sets tenant headers."""

    method: str
    path: str
    headers: MutableMapping[str, str]
    peer: str | None  # client address
    proxyauth: tuple[str, str] | None  # (user, password) accepted by mitmproxy's proxyauth
    answered: bool = False  # proxyauth already answered (407)
    streamed: bool = False  # the body is streamed through: it cannot be scanned first
    tunnelled: bool = False  # inside a CONNECT tunnel: the inner request's headers are the client's own
    connect_user: str | None = None  # the user header a trusted proxy set on that tunnel's CONNECT
    trailers: Any = None  # HTTP/2 request trailers: sent on like headers, so read like them (round 15)


@dataclass
class Env:
    """What the stages need from the running gateway (owned by the addons, read per request)."""

    approvals: Any  # gateway.registry.source FileApprovals | RegistryApprovals: .current(file_approvals)
    purposes: purpose.PurposeMemory
    audit_broken: bool = False
    peer_secret: str | None = None
    faults: frozenset[str] = frozenset()
    log: Any = None
    turns: TurnWindow | None = None  # recent turns per user × service (split identifiers)
    seams: CleanSeams | None = None  # seams already scanned without a block (a resent conversation is not rescanned)
    cautions: caution.CautionTokens | None = None  # coaching: tokens to go on with a justification
    tenant_approvals: Callable[[str | None], Any] | None = None  # a tenant's registry (None: its approvals.yaml)


@dataclass
class RequestContext:
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
    forwarded: bool = False  # request_decided written before release; the upstream's answer is request_completed
    completed: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    stated_purpose: str | None = None  # X-AIGW-Purpose of an API client
    path: CanonicalPath | None = None  # the request target in canonical form (stage 1)
    authority_mismatch: bool = False  # Host / :authority names another service than the connection
    runtime: Runtime | None = None  # what this request started with (a reload never changes it mid-flight)
    tenant: str | None = None  # the 団体 (tenants.yaml); runtime then holds that tenant's rules
    header_map: Any = None  # the proxy layer's snapshot of the request headers (reused by its next hook while unchanged)

    @property
    def rules(self) -> RuleSet | None:
        return self.runtime.rules if self.runtime else None


# ---------------------------------------------------------------------------------------------- the order
def before_body(cx: RequestContext, req: RequestView, env: Env) -> Verdict | Answer | None:
    """Stages 1–3 on the headers: service (``classify``), user, approval; then the cheap body checks."""
    rules = cx.rules
    assert rules is not None
    for name, value in cx.match.service.tenant_headers:  # tenant restriction: replaces any client value
        req.headers[name] = value
    if req.answered:  # proxyauth answered 407 already
        return refuse(Reason.AUTH_REQUIRED)
    cx.stage = "tenant"
    if (verdict := identify_tenant(cx, req)) is not None:
        return verdict
    cx.stage = "user"
    if (verdict := identify(cx, req, env)) is not None:
        return verdict
    if cx.authority_mismatch:  # never let one destination borrow another's policy or approval
        cx.stage = "service"
        return refuse(Reason.AUTHORITY_MISMATCH)
    cx.stage = "approval"
    if (outcome := approve(cx, req, env)) is not None:
        return outcome
    cx.stage = "extract"
    if req.streamed:
        return refuse(Reason.STREAMED_REQUEST_BODY)
    length = req.headers.get("content-length")
    if length and length.isdigit() and int(length) > rules.policy.limits.max_body_bytes:
        return refuse(Reason.OVERSIZE_BODY)
    return None


async def with_body(cx: RequestContext, req: RequestView, raw: bytes, env: Env) -> Verdict:
    """Stages 4–6 on the full body: extract → scan → decide. The returned verdict is the decision."""
    assert cx.runtime is not None and cx.approval is not None
    limits = cx.runtime.rules.policy.limits
    if len(raw) > limits.max_body_bytes:
        return refuse(Reason.OVERSIZE_BODY)
    read = await extract(cx, req, raw, env)
    if isinstance(read, Verdict):
        return read
    body = read.prompt
    cx.prompt_chars, cx.segments = len(body), len(body.segments)  # what the user sent, for the audit line
    fields = header_pairs(req.headers) + (header_pairs(req.trailers) if req.trailers else [])
    prompt, seams = view.with_carriers(cx.path or canonical_path(req.path), fields, body, previous_turns(cx, env),
                                       read.decoded)
    if len(prompt) > limits.max_prompt_chars:
        return refuse(Reason.OVERSIZE_BODY)
    scan = await scan_prompt(cx, prompt, env) if prompt.segments else None
    if isinstance(scan, Verdict):
        return scan
    if scan is not None and env.seams is not None:  # seams scanned before without a block are not scanned again
        seams = unseen_seams(cx.runtime.scanner, cx.match.service.id, seams, env.seams)
    if seams.segments and (scan is None or scan.action != "block"):  # identifiers split across pieces
        joined = await scan_prompt(cx, seams, env)
        if isinstance(joined, Verdict):
            return joined
        if joined.action == "block" or scan is None:
            scan = joined
        if joined.action != "block" and env.seams is not None:
            env.seams.clean(cx.runtime.scanner, cx.match.service.id, (s.text for s in seams.segments))
    cx.stage = "decide"
    verdict = decide(cx.approval, scan, warn_mode(cx.runtime.rules.policy, cx.match.service.id))
    if verdict.reason is Reason.CAUTION_REQUIRED:
        verdict = await coach(cx, body, verdict, env)
    if not verdict.blocked and env.turns is not None and cx.identity is not None and body.segments:
        env.turns.remember(who(cx), cx.match.service.id, (s.text for s in body.segments))
    return verdict


async def coach(cx: RequestContext, body: Prompt, held: Verdict, env: Env) -> Verdict:
    """Stage 6b (caution): go on when the user gave a justification (token in the prompt, the browser
    form, or the header), scanned and stored masked; else stay held with a new token."""
    assert cx.runtime is not None and cx.identity is not None
    if env.cautions is None:
        return held
    user, service = who(cx), cx.match.service.id
    conf = env.cautions.take(user, service, body.text, cx.extra.pop("justification_header", None))
    if conf is None:
        cx.extra["caution_token"] = env.cautions.issue(user, service)
        return held
    masked = conf.justification
    if conf.channel != "form":  # the form's justification was scanned and masked when it was sent
        try:
            found = await bounded.scan(cx.runtime.scanner, conf.justification, service,
                                       cx.runtime.rules.policy.limits, env.faults)
        except Exception:
            return refuse(Reason.SCAN_FAILED)
        if found.action == "block" or found.unlisted:  # unlisted findings (from a worker) could not be masked
            return refuse(Reason.CONFIDENTIAL_DATA, found)
        masked = caution.mask(conf.justification, [(f.start, f.end, f.entity) for f in found.findings])
    cx.extra["justification"] = masked
    cx.extra["caution_channel"] = conf.channel
    return Verdict(Action.WARN, Reason.CAUTION_CONFIRMED, held.scan, held.detail)


def respond(cx: RequestContext, req: RequestView, verdict: Verdict,
            body: Callable[[], bytes | None] = lambda: None) -> BlockResponse:
    """Stage 7: the block answer, in the shape the client understands (SDK JSON, HTML page, in-chat)."""
    rules = cx.rules
    assert rules is not None
    endpoint = cx.match.endpoint
    reply = endpoint.reply if endpoint else None
    return build_block_response(
        verdict, messages=rules.policy.messages, organisation=rules.policy.organisation,
        service_name=cx.match.service.name, error_style=cx.match.service.error_style, request_id=cx.request_id,
        html_wanted=wants_html(req.method, req.headers.get("accept", ""), req.headers.get("sec-fetch-mode", "")),
        reply=reply, reply_ids=_reply_ids(reply, body),
        sent=req.method not in ("GET", "HEAD") or verdict.scan is not None,  # a page visit sends nothing
        host=cx.host, user=cx.identity.name if cx.identity else None,
        purpose_link=bool(cx.approval and cx.approval.approval),  # 利用目的を変更 (gateway/purpose.py)
        caution_token=cx.extra.get("caution_token"))


def decided(cx: RequestContext, base: dict[str, Any], upstream_status: int | None, failed: bool) -> dict[str, Any]:
    """Stage 8: the fields of the request's one ``request_decided`` line (the audit writer writes it)."""
    verdict = cx.verdict or Verdict(Action.ALLOW, Reason.ALLOWED)
    ident = cx.identity
    user = ident.user if ident else None
    approval = cx.approval.approval if cx.approval else None
    fields = {
        **base,
        "request_id": cx.request_id,
        **({"tenant": cx.tenant} if cx.tenant else {}),
        "user": ident.name if ident else None,
        "department": user.department if user else None,
        "groups": list(user.groups) if user else [],
        "identity_source": ident.source if ident else None,
        "service": cx.match.service.id,
        "service_kind": cx.match.service.kind.value,
        "purpose": cx.approval.purpose if cx.approval else None,
        "application_id": approval.application_id if approval else None,
        "host": cx.host,
        "action": verdict.action.value,
        "reason": verdict.reason.value,
        "scan_reasons": list(verdict.detail),
        "findings": findings_summary(verdict),
        "prompt_chars": cx.prompt_chars,
        "segments": cx.segments,
        "scan_ms": round(cx.scan_ms, 3) if cx.scan_ms is not None else None,
        "upstream_status": None if verdict.blocked else upstream_status,
    }
    if verdict.blocked:
        fields["stage"] = cx.stage
    for key in ("caution_token", "justification", "caution_channel"):  # coaching (gateway/caution.py)
        if key in cx.extra:
            fields[key] = cx.extra[key]
    if failed and not verdict.blocked:
        fields["error"] = "upstream_error"
    return fields


# ---------------------------------------------------------------------------------------------- the stages
def identify_tenant(cx: RequestContext, req: RequestView) -> Verdict | None:
    """Stage 2a (tenants.yaml only): which 団体, by client network or realm. From here on the request runs
    on that tenant's rules (users, approvals, messages), so no other tenant's approval is ever looked at."""
    assert cx.runtime is not None
    tenants = cx.runtime.rules.tenants
    if not tenants:
        return None
    user = req.proxyauth[0] if req.proxyauth else None
    pick = select_tenant(tenants, peer_ip=req.peer, proxyauth_user=user)
    if pick is None:  # unknown, or network and realm name different 団体: nothing is forwarded
        return refuse(Reason.UNKNOWN_TENANT)
    cx.tenant = pick.tenant.id
    cx.runtime = dataclasses.replace(cx.runtime, rules=pick.tenant.rules)
    if req.proxyauth and pick.user != user:  # 'tanaka@midorino' is 'tanaka' of みどり野市役所
        req.proxyauth = (pick.user or "", req.proxyauth[1])
    return None


def identify(cx: RequestContext, req: RequestView, env: Env) -> Verdict | None:
    """Stage 2: who is asking. Identity and purpose headers never reach the AI service."""
    rules = cx.rules
    assert rules is not None
    header_name = rules.policy.identity.user_header
    # a trusted proxy names the user on the CONNECT (bound to that tunnel) or on a plain-HTTP proxy request;
    # the header inside a tunnel is written by the client itself and never counts
    header_user = req.connect_user if req.tunnelled else req.headers.get(header_name)
    stated = req.headers.get(PURPOSE_HEADER)
    cx.stated_purpose = purpose.from_header(stated)  # percent-encoded, RFC 8187 UTF-8'' or raw UTF-8
    if (why := purpose.from_header(req.headers.get(caution.JUSTIFICATION_HEADER))) is not None:
        cx.extra["justification_header"] = why  # coaching: an API client's justification
    for h in (header_name, PURPOSE_HEADER, caution.JUSTIFICATION_HEADER):
        if h in req.headers:
            del req.headers[h]
    proxyauth = req.proxyauth
    cx.identity = identify_user(rules, proxyauth_user=proxyauth[0] if proxyauth else None, peer_ip=req.peer,
                                header_user=header_user)
    if cx.identity is None:
        return refuse(Reason.NO_IDENTITY)
    if via_trusted_proxy(proxyauth, env.peer_secret, True):  # misuse was refused (gateway.addons.trusted_proxy)
        cx.identity = dataclasses.replace(cx.identity, source="trusted_proxy")
    return None


def approve(cx: RequestContext, req: RequestView, env: Env) -> Verdict | Answer | None:
    """Stage 3: user × service × purpose × validity, against approvals.yaml and the registry."""
    rules, endpoint = cx.rules, cx.match.endpoint
    assert rules is not None and cx.identity is not None
    if endpoint is not None and endpoint.block:  # e.g. logged-out use: refused for everyone
        return refuse(Reason(endpoint.block))
    chosen = cx.stated_purpose
    try:
        approvals = approvals_in_force(rules, env)
    except RegistryUnavailable:
        return refuse(Reason.REGISTRY_UNAVAILABLE)
    today = clock.today()
    memory = env.purposes if cx.tenant is None else purpose.ScopedMemory(env.purposes, cx.tenant)
    page = purpose.ask(memory, approvals, cx.identity, cx.match.service, today, chosen, req.method,
                       req.path, req.headers, rules.policy.organisation)
    if isinstance(page, purpose.NotApproved):
        cx.approval = ApprovalCheck(Reason.PURPOSE_NOT_APPROVED, None, None)  # the raw value is never logged
        return refuse(Reason.PURPOSE_NOT_APPROVED)
    if page is not None:
        if env.log is not None:
            env.log.info(page.event, request_id=cx.request_id, **page.log)
        return page
    if chosen is None:  # a browser user's choice of the day (gateway/purpose.py)
        chosen = memory.get(cx.identity.name, cx.match.service.id, today)
    cx.approval = check_approval(approvals, cx.identity, cx.match.service, today, chosen)
    if cx.approval.reason is not Reason.ALLOWED:
        return decide(cx.approval, None)
    if env.audit_broken:
        return refuse(Reason.AUDIT_UNAVAILABLE)
    return None


async def extract(cx: RequestContext, req: RequestView, raw: bytes, env: Env) -> ReadBody | Verdict:
    """Stage 4: the text the user sends, from the body of the endpoint's shape (files included), as the
    scanner reads it, with the text hidden in it."""
    assert cx.runtime is not None
    # a body on an AI host is read whatever the endpoint: an unknown path or method gets the generic reader
    extractor = cx.match.endpoint.extractor if cx.match.endpoint else "json_strings"
    if not raw or extractor == "none":
        return ReadBody(Prompt())
    cx.stage = "extract"
    try:
        return await bounded.extract(extractor, raw, req.headers.get("content-encoding", ""),
                                     req.headers.get("content-type", ""), cx.runtime.rules.policy.limits,
                                     upload_filename(req.headers), env.faults)
    except bounded.ScanTimeout as e:
        _log(env, "body_rejected", request_id=cx.request_id, reason=Reason.SCAN_TIMEOUT.value, detail=str(e))
        return refuse(Reason.SCAN_TIMEOUT)
    except BodyError as e:
        _log(env, "body_rejected", request_id=cx.request_id, reason=e.reason.value, detail=e.detail)
        return refuse(e.reason)


async def scan_prompt(cx: RequestContext, prompt: Prompt, env: Env) -> ScanResult | Verdict:
    """Stage 5: the scanner this request started with, bounded in time."""
    assert cx.runtime is not None
    cx.stage = "scan"
    t0 = time.perf_counter()
    try:
        return await bounded.scan(cx.runtime.scanner, prompt.text, cx.match.service.id,
                                  cx.runtime.rules.policy.limits, env.faults)
    except bounded.ScanTimeout:
        return refuse(Reason.SCAN_TIMEOUT)
    except Exception as e:
        _log(env, "scan_failed", request_id=cx.request_id, error=type(e).__name__, level="error")
        return refuse(Reason.SCAN_FAILED)
    finally:
        cx.scan_ms = (cx.scan_ms or 0.0) + (time.perf_counter() - t0) * 1000


def unseen_seams(scanner: Any, service: str, seams: Prompt, memory: CleanSeams) -> Prompt:
    """The seams this scanner has not yet allowed for this service (gateway/turns.py CleanSeams)."""
    if not seams.segments:
        return seams
    fresh = set(memory.unseen(scanner, service, (s.text for s in seams.segments)))
    return Prompt(tuple(s for s in seams.segments if s.text in fresh))


def previous_turns(cx: RequestContext, env: Env) -> tuple[str, ...]:
    """The tails of this user's recent turns on this service (memory only, gateway/turns.py)."""
    if env.turns is None or cx.identity is None:
        return ()
    return env.turns.previous(who(cx), cx.match.service.id)



# ---------------------------------------------------------------------------------------------- helpers
def approvals_in_force(rules: RuleSet, env: Env) -> tuple[Any, ...]:
    """approvals.yaml and the registry. A tenant's: its own approvals.yaml and its own registry (or none),
    never the fleet's registry or another tenant's. Raises RegistryUnavailable."""
    if rules.tenant is None:
        return env.approvals.current(rules.approvals)
    if rules.registry is None:
        return rules.approvals
    if env.tenant_approvals is None:  # a registry is configured but cannot be read here: fail closed
        raise RegistryUnavailable
    return env.tenant_approvals(rules.registry).current(rules.approvals)


def who(cx: RequestContext) -> str:
    """The person in per-user memories (turns, caution tokens): the name, within its 団体 when tenants are on."""
    assert cx.identity is not None
    return memory_key(cx.tenant, cx.identity.name)


_FILENAME = re.compile(r"filename\*?=(?:UTF-8'')?\"?([^\";]+)", re.I)


def upload_filename(headers: MutableMapping[str, str]) -> str | None:
    """File name of a raw upload body, where the client says it (Content-Disposition, Google, Azure Blob)."""
    if (cd := headers.get("content-disposition")) and (m := _FILENAME.search(cd)):
        return urllib.parse.unquote(m.group(1))
    name = headers.get("x-goog-upload-file-name") or headers.get("x-ms-meta-filename") or headers.get("x-file-name")
    return urllib.parse.unquote(name) if name else None


REPLY_BODY_BYTES = 1 << 20  # an in-chat reply reads its conversation ids from a body up to this size only


def reply_body(raw: bytes | None, content_encoding: str) -> bytes | None:
    """The blocked body an in-chat reply takes its conversation ids from, read on the event loop: bounded
    before and after decoding (a big or compressed-bomb body costs the ids, never a stall)."""
    if not raw or len(raw) > REPLY_BODY_BYTES:
        return None
    try:
        return decode_content(raw, content_encoding, REPLY_BODY_BYTES)
    except BodyError:
        return None


def _reply_ids(reply: str | None, body: Callable[[], bytes | None]) -> dict[str, str] | None:
    """Conversation ids for an in-chat block reply (none before the body was read)."""
    if not reply:
        return None
    try:
        return reply_ids(reply, body())
    except Exception:  # an unreadable body only costs the ids, never the block
        return {}


def _log(env: Env, event: str, level: str = "info", **kw: Any) -> None:
    if env.log is not None:
        getattr(env.log, level)(event, **kw)
