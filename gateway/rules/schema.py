"""Pydantic schemas of the YAML rules files. Every model forbids unknown keys.

One model per file (``ServicesFile``, ``UsersFile``, ``ApprovalsFile``, ``PolicyFile``,
``ShadowAIFile``); ``detectors.yaml`` belongs to the scanner (``gateway.scan.config``).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from gateway.clock import ClockError, load_zone

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1)]
HOST_RE = re.compile(r"^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$")
EXTRACTORS = (
    "openai_chat",
    "openai_responses",
    "anthropic_messages",
    "json_strings",
    "chatgpt_web",
    "claude_web",
    "gemini_web",
    "notebooklm",
    "gemini_api",
    "perplexity",
    "deepseek",
    "grok",
    "mistral_lechat",
    "file_upload",
    "none",
)
# endpoint `block:` reasons (refused whoever asks) and in-chat `reply:` stream formats
ENDPOINT_BLOCKS = ("anonymous_use", "unsupported_endpoint")
BLOCK_REPLIES = ("chatgpt_sse", "claude_sse", "deepseek_sse", "grok_ndjson", "perplexity_sse", "gemini_batch",
                 "trpc_error")
TENANT_HEADER_RE = re.compile(r"^[A-Za-z0-9-]+$")
ERROR_STYLES = ("openai", "anthropic", "chatgpt_web", "google", "generic")
CONFIDENTIALITY_LEVELS = ("機密性１", "機密性２", "機密性３")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# ---------------------------------------------------------------- services.yaml
class EndpointSpec(Strict):
    path: Text = Field(description="path glob without query: '*' one segment part, '**' anything")
    extractor: Literal[EXTRACTORS]  # type: ignore[valid-type]
    methods: list[Literal["GET", "POST", "PUT", "PATCH", "DELETE"]] = ["POST"]
    block: Literal[ENDPOINT_BLOCKS] | None = Field(  # type: ignore[valid-type]
        default=None, description="refuse every request to this endpoint with this reason (e.g. anonymous_use)")
    reply: Literal[BLOCK_REPLIES] | None = Field(  # type: ignore[valid-type]
        default=None, description="answer a block in the chat itself, in this streaming format")

    @field_validator("path")
    @classmethod
    def _absolute(cls, v: str) -> str:
        if not v.startswith("/") or "?" in v:
            raise ValueError("path must start with '/' and carry no query string")
        return v


class ServiceSpec(Strict):
    id: Id
    name: Text
    vendor: Text
    kind: Literal["約款型", "契約型"]
    data_limit: Literal[CONFIDENTIALITY_LEVELS]  # type: ignore[valid-type]
    manager: Text = Field(description="外部サービス管理者")
    business_scopes: list[Text] = Field(min_length=1, description="業務の範囲")
    hosts: list[Text] = Field(min_length=1)
    endpoints: list[EndpointSpec] = []
    default_extractor: Literal[EXTRACTORS] = "json_strings"  # type: ignore[valid-type]
    error_style: Literal[ERROR_STYLES] = "generic"  # type: ignore[valid-type]
    tenant_headers: dict[str, Text] = Field(
        default={}, description="tenant restriction headers set on every request to this service")
    description: str = ""

    @field_validator("tenant_headers")
    @classmethod
    def _tenant_headers(cls, v: dict[str, str]) -> dict[str, str]:
        for name in v:
            if not TENANT_HEADER_RE.match(name):
                raise ValueError(f"invalid header name {name!r}")
        return v

    @field_validator("hosts")
    @classmethod
    def _hosts(cls, v: list[str]) -> list[str]:
        out = []
        for entry in v:
            host, slash, path = entry.partition("/")
            host = host.lower().rstrip(".")
            if not HOST_RE.match(host) or (slash and ("?" in path or " " in path)):
                raise ValueError(f"invalid host {entry!r} (use 'name.example', '*.example', or"
                                 f" 'shared.example/path/**' for the AI paths of a shared host)")
            out.append(host + slash + path)
        return out

    @model_validator(mode="after")
    def _click_through_limit(self) -> "ServiceSpec":
        if self.kind == "約款型" and self.data_limit != "機密性１":
            raise ValueError("a 約款型 service may never receive anything above 機密性１ (data_limit: 機密性１)")
        return self


class ServicesFile(Strict):
    services: list[ServiceSpec]

    @model_validator(mode="after")
    def _unique(self) -> "ServicesFile":
        seen_ids: set[str] = set()
        seen_hosts: dict[str, str] = {}
        for s in self.services:
            if s.id in seen_ids:
                raise ValueError(f"duplicate service id {s.id!r}")
            seen_ids.add(s.id)
            for h in s.hosts:
                if h in seen_hosts:
                    raise ValueError(f"host {h!r} is in both {seen_hosts[h]!r} and {s.id!r}")
                seen_hosts[h] = s.id
        return self


# ---------------------------------------------------------------- users.yaml
class UserSpec(Strict):
    name: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    display_name: str = ""
    department: Text = Field(description="所属")
    groups: list[Text] = []


class IpMapSpec(Strict):
    cidr: Text
    user: Text

    @field_validator("cidr")
    @classmethod
    def _cidr(cls, v: str) -> str:
        ipaddress.ip_network(v, strict=False)  # raises ValueError with a clear message
        return v


class UsersFile(Strict):
    users: list[UserSpec] = []
    client_ip_map: list[IpMapSpec] = []

    @model_validator(mode="after")
    def _refs(self) -> "UsersFile":
        names = [u.name for u in self.users]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"duplicate user name(s): {sorted(dup)}")
        for i, m in enumerate(self.client_ip_map):
            if m.user not in names:
                raise ValueError(f"client_ip_map[{i}] refers to unknown user {m.user!r}")
        return self


# ---------------------------------------------------------------- approvals.yaml
class ApprovalSpec(Strict):
    application_id: Text = Field(description="申請番号")
    user: str | None = None
    group: str | None = None
    service: Id
    purposes: list[Text] = Field(min_length=1, description="承認された利用目的")
    approver: Text = Field(description="許可権限者")
    approved_on: dt.date
    expires_on: dt.date

    @model_validator(mode="after")
    def _who_and_when(self) -> "ApprovalSpec":
        if (self.user is None) == (self.group is None):
            raise ValueError("give exactly one of 'user' or 'group'")
        if self.expires_on < self.approved_on:
            raise ValueError("expires_on is before approved_on")
        return self


class ApprovalsFile(Strict):
    approvals: list[ApprovalSpec] = []


# ---------------------------------------------------------------- policy.yaml
class IdentityPolicy(Strict):
    proxyauth: str | None = Field(
        default=None, description="mitmproxy proxyauth spec; '@file' is relative to the rules dir"
    )
    trusted_proxies: list[Text] = Field(default=[], description="addresses allowed to set user_header")
    user_header: Text = "X-Authenticated-User"

    @field_validator("trusted_proxies")
    @classmethod
    def _nets(cls, v: list[str]) -> list[str]:
        for n in v:
            ipaddress.ip_network(n, strict=False)
        return v


class Limits(Strict):
    max_body_bytes: int = Field(default=32 * 1024 * 1024, gt=0)
    max_decoded_bytes: int = Field(default=64 * 1024 * 1024, gt=0)
    max_file_bytes: int = Field(default=32 * 1024 * 1024, gt=0, description="one uploaded file (docs/files.md)")
    max_prompt_chars: int = Field(default=4 * 1024 * 1024, gt=0)
    scan_timeout_ms: int = Field(default=5000, gt=0)
    inline_scan_chars: int = Field(default=4096, ge=0, description="scan cost (chars, kanji/kana ×4) above which a prompt scans in a killable worker process")


class Messages(Strict):
    contact: Text
    how_to_apply: Text
    blocked_title: Text = "生成AIサービスの利用がブロックされました"
    reasons: dict[str, Text] = Field(default={}, description="reason code → 理由の文 (a tenant's are merged over the fleet's)")
    entity_names: dict[str, Text] = {}
    next_steps: dict[str, Text] = {}
    # issue 14: one message model for every surface (gateway/messages.py); all optional
    portal_url: Text | None = Field(default=None, description="庁内ポータル（生成AI利用申請）の URL")
    contact_url: Text | None = Field(default=None, description="問い合わせ先のリンク（mailto: 等）")
    unavailable_title: Text = "このサービスは利用できません"
    not_sent: Text = "入力内容は外部に送信されていません"
    rules: dict[str, Text] = Field(default={}, description="reason → そのルールを一文で")
    contracted_hint: Text = "個人情報や機密性２以上の情報を扱う業務には、組織が契約した生成AIサービス（契約型）を利用してください"
    report_label: Text = "誤検知として報告"


class ConsoleOidc(Strict):
    """``console.oidc``: sign-in to ``aigw console`` with the organisation's OpenID Connect provider
    (authorization code flow with PKCE, state and nonce; gateway/console/oidc.py). Roles still come from the
    rules: the ``user_claim`` value is the user name looked up in users.yaml / approvers.yaml / ``console:``."""

    issuer: Text = Field(description="OpenID provider issuer URL (discovery at <issuer>/.well-known/openid-configuration)")
    client_id: Text = Field(description="the console's client id at the provider (the ID token audience)")
    client_secret_file: Text | None = Field(
        default=None, description="file holding the client secret (relative to the rules directory); none: public "
                                  "client with PKCE only")
    user_claim: Literal["preferred_username", "email", "sub"] = Field(
        default="preferred_username", description="ID token / userinfo claim whose value is the aigw user name")
    scopes: list[Text] = Field(default=["openid", "profile", "email"], description="scopes asked for")
    redirect_uri: Text | None = Field(
        default=None, description="callback URL registered at the provider (default: <console URL>/oidc/callback)")
    label: Text = Field(default="組織のアカウントでサインイン", description="text of the sign-in button")

    @field_validator("scopes")
    @classmethod
    def _openid_scope(cls, v: list[str]) -> list[str]:
        if "openid" not in v:
            raise ValueError("scopes must include 'openid'")
        return v


class ConsolePolicy(Strict):
    """``aigw console`` and the approvals CLI: who may do what (issue 15). Every field has a default,
    so rules without a ``console:`` section keep loading. 許可権限者 come from approvers.yaml."""

    proxyauth: str | None = Field(
        default=None, description="identity source for console logins and approvers (default: identity.proxyauth)")
    reviewers: list[Text] = Field(default=[], description="user names, groups or 所属 with the reviewer role")
    service_managers: dict[str, list[Text]] = Field(
        default={}, description="外部サービス管理者: service id -> user names, groups or 所属 who see its usage")
    admins: list[Text] = Field(default=[], description="user names with the admin role (every page and decision)")
    session_minutes: int = Field(default=30, gt=0, le=24 * 60, description="idle session lifetime")
    oidc: ConsoleOidc | None = Field(default=None, description="OpenID Connect sign-in (in addition to passwords)")


class PolicyFile(Strict):
    organisation: Text
    timezone: Text = Field(default="Asia/Tokyo",
                           description="the organisation's IANA time zone for every date (approvals, logs, reports)")
    identity: IdentityPolicy = IdentityPolicy()
    shadow_ai: Literal["block", "allow"] = "block"
    scan_warn: Literal["allow", "caution", "block"] = Field(
        default="allow", description="what a scanner 'warn' verdict does: allow (logged as action warn), caution "
                                     "(held until the user gives a justification) or block"
    )
    scan_warn_by_service: dict[Text, Literal["allow", "caution", "block"]] = Field(
        default={}, description="per-service override of scan_warn (service id → allow | caution | block)")
    unknown_user: Literal["block"] = "block"
    limits: Limits = Limits()
    messages: Messages
    console: ConsolePolicy = ConsolePolicy()

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, v: str) -> str:
        try:
            load_zone(v)
        except ClockError as e:
            raise ValueError(str(e)) from None
        return v


# ---------------------------------------------------------------- approvers.yaml
class ApproverSpec(Strict):
    name: Text = Field(description="ログイン名（aigw approvals の --by）")
    display_name: Text = Field(description="許可権限者の職名")
    services: list[Text] = Field(min_length=1, description="承認できるサービス ID（'*' は全サービス）")


class ApproversFile(Strict):
    approvers: list[ApproverSpec] = []

    @model_validator(mode="after")
    def _unique(self) -> "ApproversFile":
        names = [a.name for a in self.approvers]
        if len(names) != len(set(names)):
            raise ValueError(f"duplicate approver name(s): {sorted({n for n in names if names.count(n) > 1})}")
        return self


# ---------------------------------------------------------------- shadow_ai.yaml
class ShadowEntry(Strict):
    host: Text
    name: Text
    category: str = ""

    @field_validator("host")
    @classmethod
    def _host(cls, v: str) -> str:
        v = v.lower().rstrip(".")
        if not HOST_RE.match(v):
            raise ValueError(f"invalid host {v!r}")
        return v


class ShadowAIFile(Strict):
    hosts: list[ShadowEntry] = []
