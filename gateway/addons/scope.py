"""Which connections aigw opens: decrypt catalog hosts (and shadow-AI hosts, only to refuse them),
leave every other TLS connection an untouched tunnel, and refuse shadow AI at CONNECT."""

from __future__ import annotations

from mitmproxy import http, tls

from gateway.addons.audit_log import AuditLog
from gateway.addons.rules import Rules
from gateway.addons.trusted_proxy import TrustedProxy
from gateway.model import Reason
from gateway.rules.ruleset import RuleSet


class Scope:
    def __init__(self, rules: Rules, audit: AuditLog, trusted: TrustedProxy) -> None:
        self.rules = rules
        self.audit = audit
        self.trusted = trusted

    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        """Decrypt only catalog (and shadow) hosts; everything else is an untouched TLS tunnel."""
        rules = self.rules.rules
        assert rules is not None
        names = [data.client_hello.sni] if data.client_hello.sni else []
        if data.context.server.address:
            names.append(data.context.server.address[0])
        if not any(rules.service_for_host(n) or rules.shadow_name(n) for n in names):
            data.ignore_connection = True

    def http_connect(self, flow: http.HTTPFlow) -> None:
        rules = self.rules.rules
        assert rules is not None
        host = flow.request.host
        self.trusted.refuse_misused(flow)
        if (service := rules.service_for_host(host)) is not None:
            if flow.response is not None and flow.response.status_code == 407:
                self.audit.refused(flow, Reason.AUTH_REQUIRED, host, service.id, at_connect=True)
            return
        if (name := shadow(rules, host)) is not None:
            if flow.response is None or flow.response.status_code != 407:
                flow.response = shadow_response(rules, name)
            self.refuse_shadow(flow, host, name, at_connect=True)

    def refuse_shadow(self, flow: http.HTTPFlow, host: str, name: str, *, at_connect: bool = False) -> None:
        proxyauth = flow.metadata.get("proxyauth")
        self.audit.refused(flow, Reason.SHADOW_AI, host, f"shadow:{name}", user=proxyauth[0] if proxyauth else None,
                           at_connect=at_connect)


def shadow(rules: RuleSet, host: str) -> str | None:
    """The shadow-AI display name of ``host`` when policy blocks shadow AI, else None."""
    name = rules.shadow_name(host)
    return name if name is not None and rules.policy.shadow_ai == "block" else None


def shadow_response(rules: RuleSet, name: str) -> http.Response:
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
