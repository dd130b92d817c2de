"""Frozen value types shared by the pipeline stages. Nothing here imports mitmproxy."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Protocol


class Action(enum.StrEnum):
    ALLOW = "allow"
    WARN = "warn"  # allowed, but the scan flagged something worth a reviewer's look
    BLOCK = "block"


class Reason(enum.StrEnum):
    """Every reason code a ``request_decided`` line can carry (documented in docs/reasons.md)."""

    ALLOWED = "allowed"
    SCAN_WARNING = "scan_warning"
    NO_IDENTITY = "no_identity"
    UNKNOWN_TENANT = "unknown_tenant"  # tenants.yaml: no 団体 (or two) for the client network / realm
    AUTH_REQUIRED = "auth_required"
    UNKNOWN_USER = "unknown_user"
    NOT_APPROVED = "not_approved"
    APPROVAL_EXPIRED = "approval_expired"
    APPROVAL_NOT_YET_VALID = "approval_not_yet_valid"
    PURPOSE_NOT_APPROVED = "purpose_not_approved"
    CONFIDENTIAL_DATA = "confidential_data"
    SHADOW_AI = "shadow_ai"
    UNSUPPORTED_ENDPOINT = "unsupported_endpoint"
    OVERSIZE_BODY = "oversize_body"
    UNDECODABLE_BODY = "undecodable_body"
    UNSCANNABLE_FILE = "unscannable_file"
    STREAMED_REQUEST_BODY = "streamed_request_body"
    SCAN_TIMEOUT = "scan_timeout"
    SCAN_FAILED = "scan_failed"
    INTERNAL_ERROR = "internal_error"
    AUDIT_UNAVAILABLE = "audit_unavailable"
    ANONYMOUS_USE = "anonymous_use"
    REGISTRY_UNAVAILABLE = "registry_unavailable"
    AUTHORITY_MISMATCH = "authority_mismatch"
    CAUTION_REQUIRED = "caution_required"  # below block level: held until the user gives a justification
    CAUTION_CONFIRMED = "caution_confirmed"  # went on with a justification (action warn)
    CLIENT_DISCONNECTED = "client_disconnected"
    UPSTREAM_ERROR = "upstream_error"


class ServiceKind(enum.StrEnum):
    CLICK_THROUGH = "約款型"  # click-through terms: never anything above 機密性１
    CONTRACTED = "契約型"


@dataclass(frozen=True, slots=True)
class Endpoint:
    path: str  # glob over the path without query string, e.g. "/v1/chat/completions", "/v1/*"
    extractor: str
    methods: frozenset[str] = frozenset({"POST"})
    block: str | None = None  # a Reason value: refused whoever asks (e.g. logged-out use)
    reply: str | None = None  # in-chat block reply format (chatgpt_sse | claude_sse)


@dataclass(frozen=True, slots=True)
class Service:
    id: str
    name: str
    vendor: str
    kind: ServiceKind
    data_limit: str
    manager: str
    business_scopes: tuple[str, ...]
    hosts: tuple[str, ...]
    endpoints: tuple[Endpoint, ...]
    error_style: str  # openai | anthropic | chatgpt_web | google | generic
    tenant_headers: tuple[tuple[str, str], ...] = ()  # set on every request, replacing client values


@dataclass(frozen=True, slots=True)
class User:
    name: str
    display_name: str
    department: str
    groups: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Identity:
    """Who is asking, and how we know. ``user`` is None for an identified name not in users.yaml."""

    name: str
    source: str  # proxyauth | client_ip | trusted_header
    user: User | None


@dataclass(frozen=True, slots=True)
class Approval:
    application_id: str
    service: str
    purposes: tuple[str, ...]
    approver: str
    approved_on: dt.date
    expires_on: dt.date
    user: str | None = None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class ApprovalCheck:
    """Outcome of user × service × purpose × date."""

    reason: Reason  # ALLOWED or the refusal reason
    approval: Approval | None = None
    purpose: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of user-sent text and where it came from (a JSON path, never logged with text)."""

    where: str
    text: str

    def __reduce__(self) -> tuple[Any, ...]:  # pickled to and from scan workers: the constructor is the cheap way back
        return (Segment, (self.where, self.text))


@dataclass(frozen=True, slots=True)
class Prompt:
    segments: tuple[Segment, ...] = ()

    SEPARATOR = "\n\n"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Prompt, (self.segments,))

    @property
    def text(self) -> str:
        return self.SEPARATOR.join(s.text for s in self.segments)

    def __len__(self) -> int:
        if not self.segments:
            return 0
        return sum(len(s.text) for s in self.segments) + len(self.SEPARATOR) * (len(self.segments) - 1)


# ---------------------------------------------------------------- what the scanner returns (gateway.scan)
ScanAction = Literal["block", "warn", "allow"]


@dataclass(frozen=True, slots=True)
class Finding:
    entity: str  # canonical entity name, e.g. "JP_MY_NUMBER"
    start: int  # offset into the original text
    end: int
    score: float

    def __reduce__(self) -> tuple[Any, ...]:
        return (Finding, (self.entity, self.start, self.end, self.score))


@dataclass(frozen=True, slots=True)
class ScanResult:
    action: ScanAction
    findings: tuple[Finding, ...] = ()
    reasons: tuple[str, ...] = ()  # machine-readable rule codes that led to the action
    stats: dict[str, int | float] = field(default_factory=dict)  # e.g. zero_width removed
    # findings not listed in ``findings``, per entity: (entity, count, best score). A result that crosses from a
    # scan worker lists at most ``LISTED`` findings (``condensed``): rebuilding thousands of them on the event
    # loop would stall every user, and what the gateway reports of them is counts and scores.
    unlisted: tuple[tuple[str, int, float], ...] = ()

    LISTED: ClassVar[int] = 256

    def entity_counts(self) -> dict[str, int]:
        return {e: n for e, (n, _) in self.entity_scores().items()}

    def entity_scores(self) -> dict[str, tuple[int, float]]:
        """Per entity: how many findings and the best score, listed or not."""
        best: dict[str, tuple[int, float]] = {}
        for f in self.findings:
            n, s = best.get(f.entity, (0, 0.0))
            best[f.entity] = (n + 1, max(s, f.score))
        for e, count, score in self.unlisted:
            n, s = best.get(e, (0, 0.0))
            best[e] = (n + count, max(s, score))
        return best

    def condensed(self, listed: int | None = None) -> ScanResult:
        """The same result with at most ``listed`` findings (the first ones); the rest counted in ``unlisted``."""
        listed = self.LISTED if listed is None else listed
        if len(self.findings) <= listed:
            return self
        rest = ScanResult(self.action, self.findings[listed:], unlisted=self.unlisted).entity_scores()
        return ScanResult(self.action, self.findings[:listed], self.reasons, self.stats,
                          tuple((e, n, s) for e, (n, s) in sorted(rest.items())))

    def __reduce__(self) -> tuple[Any, ...]:
        return (ScanResult, (self.action, self.findings, self.reasons, self.stats, self.unlisted))


class Scanner(Protocol):
    def scan(self, text: str, service_id: str | None = None) -> ScanResult: ...


@dataclass(frozen=True, slots=True)
class Verdict:
    action: Action
    reason: Reason
    scan: ScanResult | None = None
    detail: tuple[str, ...] = field(default=())  # scanner reason codes, never text

    @property
    def blocked(self) -> bool:
        return self.action is Action.BLOCK
