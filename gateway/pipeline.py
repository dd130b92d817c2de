"""The request pipeline, in order:

    service → user → approval → extract → scan → decide → respond → audit

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

from gateway import bounded, clock, purpose
from gateway.canonical import AuthorityError, CanonicalPath, canonical_host, canonical_path, split_authority
from gateway.carriers import header_segments, url_segments
from gateway.approval import check_approval
from gateway.audit import findings_summary
from gateway.decide import decide, refuse
from gateway.decode import BodyError
from gateway.identify_service import ServiceMatch, identify_service
from gateway.identify_user import identify_user
from gateway.model import Action, ApprovalCheck, Identity, Prompt, Reason, Segment, Verdict
from gateway.registry.source import RegistryUnavailable
from gateway.respond import BlockResponse, build_block_response, wants_html
from gateway.respond_stream import reply_ids
from gateway.rules.ruleset import RuleSet
from gateway.runtime import Runtime
from gateway.scan.result import ScanResult
from gateway.trusted_proxy import via_trusted_proxy
from gateway.turns import TurnWindow
from gateway.unwrap import hidden_texts

PURPOSE_HEADER = "X-AIGW-Purpose"
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
    body = await extract(cx, req, raw, env)
    if isinstance(body, Verdict):
        return body
    if any(_SURROGATE.search(s.text) for s in body.segments):  # lone surrogate escapes (\\ud800) in JSON: read
        body = Prompt(tuple(Segment(s.where, _SURROGATE.sub("\ufffd", s.text)) for s in body.segments))
    cx.prompt_chars, cx.segments = len(body), len(body.segments)  # what the user sent, for the audit line
    prompt, seams = with_carriers(cx, req, body, env)
    if len(prompt) > limits.max_prompt_chars:
        return refuse(Reason.OVERSIZE_BODY)
    scan = await scan_prompt(cx, prompt, env) if prompt.segments else None
    if isinstance(scan, Verdict):
        return scan
    if seams.segments and (scan is None or scan.action != "block"):  # identifiers split across pieces
        joined = await scan_prompt(cx, seams, env)
        if isinstance(joined, Verdict):
            return joined
        if joined.action == "block" or scan is None:
            scan = joined
    cx.stage = "decide"
    verdict = decide(cx.approval, scan, cx.runtime.rules.policy.scan_warn)
    if not verdict.blocked and env.turns is not None and cx.identity is not None and body.segments:
        env.turns.remember(cx.identity.name, cx.match.service.id, body.text)
    return verdict


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
        reply=reply, reply_ids=_reply_ids(reply, body))


def decided(cx: RequestContext, base: dict[str, Any], upstream_status: int | None, failed: bool) -> dict[str, Any]:
    """Stage 8: the fields of the request's one ``request_decided`` line (the audit writer writes it)."""
    verdict = cx.verdict or Verdict(Action.ALLOW, Reason.ALLOWED)
    ident = cx.identity
    user = ident.user if ident else None
    approval = cx.approval.approval if cx.approval else None
    fields = {
        **base,
        "request_id": cx.request_id,
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
    if failed and not verdict.blocked:
        fields["error"] = "upstream_error"
    return fields


# ---------------------------------------------------------------------------------------------- the stages
@dataclass(frozen=True, slots=True)
class Target:
    """Where a request goes, as the connection and the request itself say it."""

    method: str
    target: str  # the request target as sent (origin form, query included)
    host_header: str  # Host / :authority as sent
    connection: str  # the CONNECT authority or absolute-form host: where the bytes go
    sni: str | None = None


_RANK_BLOCK, _RANK_BODY, _RANK_SERVICE = 3, 2, 1


def _rank(m: ServiceMatch | None) -> int:
    if m is None:
        return 0
    if m.endpoint is not None and m.endpoint.block:
        return _RANK_BLOCK
    return _RANK_BODY if m.endpoint is not None else _RANK_SERVICE


def _strictest(runtime: Runtime, host: str | None, method: str, path: CanonicalPath) -> ServiceMatch | None:
    """Of every plausible reading of the path, the match of the most restrictive rule."""
    if host is None:
        return None
    matches = [identify_service(runtime.rules, host, method, p) for p in path.readings]
    return max(matches, key=_rank)


def _canonical(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return canonical_host(split_authority(name)[0])
    except AuthorityError:
        return ""  # present but unusable: never equal to a real name


def _is_ip(host: str | None) -> bool:
    h = (host or "").strip("[]")
    return bool(h) and (":" in h or h.replace(".", "").isdigit())


def classify(runtime: Runtime, t: Target) -> tuple[str, ServiceMatch | None, CanonicalPath, bool]:
    """Stage 1: the canonical authority and path → (host, service match, canonical path, mismatch).

    The connection decides where the bytes go; the Host header decides how the service reads them. Both
    are put in canonical form; when they name different services (or a catalog one and another) the request
    is ambiguous and refused (``authority_mismatch``). An IP connection (transparent mode) takes its name
    from the SNI, else from the Host header alone.
    """
    path = canonical_path(t.target)
    conn = _canonical(t.sni) if _is_ip(t.connection) else _canonical(t.connection)
    header = _canonical(t.host_header) if t.host_header else conn
    by_conn = _strictest(runtime, conn, t.method, path) if conn else None
    by_header = _strictest(runtime, header, t.method, path) if header else None
    host = conn or header or t.host_header
    match = by_conn or by_header
    mismatch = bool(conn) and header != conn and (
        (by_conn.service.id if by_conn else None) != (by_header.service.id if by_header else None))
    return host, match, path, mismatch


def identify(cx: RequestContext, req: RequestView, env: Env) -> Verdict | None:
    """Stage 2: who is asking. Identity and purpose headers never reach the AI service."""
    rules = cx.rules
    assert rules is not None
    header_name = rules.policy.identity.user_header
    header_user = req.headers.get(header_name)
    stated = req.headers.get(PURPOSE_HEADER)
    cx.stated_purpose = urllib.parse.unquote(stated).strip() if stated else None
    for h in (header_name, PURPOSE_HEADER):
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
        approvals = env.approvals.current(rules.approvals)
    except RegistryUnavailable:
        return refuse(Reason.REGISTRY_UNAVAILABLE)
    today = clock.today()
    page = purpose.ask(env.purposes, approvals, cx.identity, cx.match.service, today, chosen, req.method,
                       req.path, req.headers, rules.policy.organisation)
    if isinstance(page, purpose.NotApproved):
        cx.approval = ApprovalCheck(Reason.PURPOSE_NOT_APPROVED, None, None)  # the raw value is never logged
        return refuse(Reason.PURPOSE_NOT_APPROVED)
    if page is not None:
        if env.log is not None:
            env.log.info(page.event, request_id=cx.request_id, **page.log)
        return page
    if chosen is None:  # a browser user's choice of the day (gateway/purpose.py)
        chosen = env.purposes.get(cx.identity.name, cx.match.service.id, today)
    cx.approval = check_approval(approvals, cx.identity, cx.match.service, today, chosen)
    if cx.approval.reason is not Reason.ALLOWED:
        return decide(cx.approval, None)
    if env.audit_broken:
        return refuse(Reason.AUDIT_UNAVAILABLE)
    return None


async def extract(cx: RequestContext, req: RequestView, raw: bytes, env: Env) -> Prompt | Verdict:
    """Stage 4: the text the user sends, from the body of the endpoint's shape (files included)."""
    assert cx.runtime is not None
    # a body on an AI host is read whatever the endpoint: an unknown path or method gets the generic reader
    extractor = cx.match.endpoint.extractor if cx.match.endpoint else "json_strings"
    if not raw or extractor == "none":
        return Prompt()
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


_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_EXTRA_CHARS = 256 * 1024  # carriers, hidden text and seams added to one request
SEAM = 48  # characters each side of a boundary between two pieces of text


def with_carriers(cx: RequestContext, req: RequestView, body: Prompt, env: Env) -> tuple[Prompt, Prompt]:
    """The body's text plus everything else the service receives or could read back as text (the URL and
    headers, text hidden in encodings); and apart, the seams between pieces (segments, the previous turn)
    where an identifier split across them meets again — scanned only when the rest does not already block,
    so a finding is never counted twice. Bounded by ``MAX_EXTRA_CHARS``."""
    path = cx.path or canonical_path(req.path)
    carriers = url_segments(path.path, path.query) + header_segments(req.headers.items())
    pieces = list(body.segments) + carriers
    extra: list[Segment] = list(carriers)
    budget = MAX_EXTRA_CHARS - sum(len(s.text) for s in carriers)
    for s in pieces:
        if budget <= 0:
            break
        for text in hidden_texts(s.text):
            extra.append(Segment(f"{s.where}:decoded", text[:budget]))
            budget -= len(text)
    seams = [a.text[-SEAM:] + b.text[:SEAM] for a, b in zip(body.segments, body.segments[1:])]
    if env.turns is not None and cx.identity is not None and body.segments:
        previous = env.turns.previous(cx.identity.name, cx.match.service.id)
        if previous:
            seams.append(previous[-SEAM:] + body.segments[0].text[:SEAM])
    return (Prompt(body.segments + tuple(extra)) if extra else body,
            Prompt(tuple(Segment("seam", t) for t in seams[:256])))


# ---------------------------------------------------------------------------------------------- helpers
def upload_filename(headers: MutableMapping[str, str]) -> str | None:
    """File name of a raw upload body, where the client says it (Content-Disposition, Google, Azure Blob)."""
    if m := re.search(r"filename\*?=(?:UTF-8'')?\"?([^\";]+)", headers.get("content-disposition", ""), re.I):
        return urllib.parse.unquote(m.group(1))
    name = headers.get("x-goog-upload-file-name") or headers.get("x-ms-meta-filename") or headers.get("x-file-name")
    return urllib.parse.unquote(name) if name else None


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
