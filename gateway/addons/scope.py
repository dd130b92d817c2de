"""Which connections aigw opens (option ``aigw_refuse_at_connect``): decrypt catalog hosts (and
shadow-AI hosts, only to answer them), leave every other TLS connection an untouched tunnel.

A shadow-AI host (policy ``shadow_ai: block``) is never connected to: by default its CONNECT is
accepted, its TLS decrypted with aigw's certificate, and every request answered by the gateway
itself: a Japanese page for a browser (参照番号, the user's name, what to do next), the 403 JSON
for an API client. A refused CONNECT shows only the browser's own "This site can't be reached"
(ERR_TUNNEL_CONNECTION_FAILED: browsers never display a body on a refused CONNECT), so refusal at
CONNECT is an option (``aigw_refuse_at_connect``) for sites that prefer it.
``server_connect`` refuses any upstream connection to a shadow host (defence in depth; with
``connection_strategy=lazy`` none is attempted).
"""

from __future__ import annotations

import ipaddress
from typing import Any

from mitmproxy import ctx, http, tls
from mitmproxy.proxy import server_hooks

from gateway.addons.audit_log import AuditLog, request_id
from gateway.addons.rules import Rules
from gateway.addons.trusted_proxy import TrustedProxy
from gateway.decide import refuse
from gateway.identify_tenant import TenantPick, memory_key, select_tenant
from gateway.identify_user import identify_user
from gateway.model import Reason
from gateway.options import add_options
from gateway.respond import build_block_response, wants_html
from gateway.rules.ruleset import RuleSet


def _ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


class Scope:
    def __init__(self, rules: Rules, audit: AuditLog, trusted: TrustedProxy) -> None:
        self.rules = rules
        self.audit = audit
        self.trusted = trusted
        self.refuse_at_connect = False

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_refuse_at_connect")

    def configure(self, updated: set[str]) -> None:
        if "aigw_refuse_at_connect" in updated:
            self.refuse_at_connect = bool(ctx.options.aigw_refuse_at_connect)

    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        """Decrypt only catalog (and shadow) hosts; everything else is an untouched TLS tunnel."""
        rules = self.rules.rules
        assert rules is not None
        sni = data.client_hello.sni
        address = data.context.server.address[0] if data.context.server.address else None
        if not sni and address and _ip_literal(address):  # no name at all: the service shows only inside, so it
            return  # is decrypted and its Host bound to the connection (an AI service's IP without SNI: blocked)
        names = [n for n in (sni, address) if n]
        if not any(rules.service_for_host(n) or rules.shadow_name(n) for n in names):
            data.ignore_connection = True

    def http_connect(self, flow: http.HTTPFlow) -> None:
        rules = self.rules.rules
        assert rules is not None
        host = flow.request.host
        self.trusted.refuse_misused(flow)
        if (service := rules.service_for_host(host)) is not None:
            if flow.response is not None and flow.response.status_code == 407:
                pick = self.tenant(flow, rules)
                self.audit.refused(flow, Reason.AUTH_REQUIRED, host, service.id, at_connect=True,
                                   tenant=pick.tenant.id if pick else None)
            return
        if (name := shadow(rules, host)) is not None:
            if flow.response is not None and flow.response.status_code == 407:
                self.refuse_shadow(flow, host, name, at_connect=True)
            elif self.refuse_at_connect:
                flow.response = shadow_response(rules, name, request_id(flow), html_wanted=False)
                self.refuse_shadow(flow, host, name, at_connect=True)
            # else: the tunnel opens (no upstream connection: lazy) and each request gets the page

    def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        """Never open a connection to a shadow-AI host, whatever asked for it."""
        rules = self.rules.rules
        if rules is None:
            return
        names = [data.server.sni] if data.server.sni else []
        if data.server.address:
            names.append(data.server.address[0])
        if any(shadow(rules, n) is not None for n in names if isinstance(n, str)):
            data.server.error = "aigw: shadow AI host, never connected"

    def answer_shadow(self, flow: http.HTTPFlow, host: str, name: str) -> None:
        """A request to a shadow-AI host: the gateway's own answer (page or 403 JSON), never upstream."""
        rules = self.rules.rules
        assert rules is not None
        user = self.user_name(flow, rules)
        if (pick := self.tenant(flow, rules)) is not None:  # the 団体's own contact on the page
            rules = pick.tenant.rules
        req = flow.request
        flow.response = shadow_response(
            rules, name, request_id(flow), user=user, host=host,
            html_wanted=wants_html(req.method, req.headers.get("accept", ""), req.headers.get("sec-fetch-mode", "")),
            sent=req.method not in ("GET", "HEAD"))
        self.refuse_shadow(flow, host, name, user=user)

    @staticmethod
    def tenant(flow: http.HTTPFlow, rules: RuleSet) -> TenantPick | None:
        """The 団体 of a connection (tenants.yaml), as the request pipeline finds it; None without tenants."""
        if not rules.tenants:
            return None
        proxyauth = flow.metadata.get("proxyauth")
        peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
        return select_tenant(rules.tenants, peer_ip=peer, proxyauth_user=proxyauth[0] if proxyauth else None)

    def user_key(self, flow: http.HTTPFlow, rules: RuleSet) -> str:
        """The person as the request pipeline keys its memories (``pipeline.who``): within the 団体 when
        tenants.yaml is on (the caution form must find the token the pipeline issued to this person)."""
        if not rules.tenants:
            return self.user_name(flow, rules) or ""
        if (pick := self.tenant(flow, rules)) is None:
            return ""
        peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
        ident = identify_user(pick.tenant.rules, proxyauth_user=pick.user, peer_ip=peer, header_user=None)
        return memory_key(pick.tenant.id, ident.name) if ident is not None else ""

    def user_name(self, flow: http.HTTPFlow, rules: RuleSet) -> str | None:
        proxyauth = flow.metadata.get("proxyauth")
        if rules.tenant is None and (pick := self.tenant(flow, rules)) is not None:
            rules, proxyauth = pick.tenant.rules, ((pick.user, proxyauth[1]) if proxyauth else None)
        try:
            ident = identify_user(rules, proxyauth_user=proxyauth[0] if proxyauth else None,
                                  peer_ip=flow.client_conn.peername[0] if flow.client_conn.peername else None,
                                  header_user=None)
        except Exception:  # the page is shown even when the user cannot be named
            ident = None
        return ident.name if ident is not None else (proxyauth[0] if proxyauth else None)

    def refuse_shadow(self, flow: http.HTTPFlow, host: str, name: str, *, at_connect: bool = False,
                      user: str | None = None) -> None:
        proxyauth = flow.metadata.get("proxyauth")
        rules = self.rules.rules
        pick = self.tenant(flow, rules) if rules is not None else None
        if pick is not None and user is None and proxyauth:
            user = pick.user
        self.audit.refused(flow, Reason.SHADOW_AI, host, f"shadow:{name}",
                           user=user or (proxyauth[0] if proxyauth else None), at_connect=at_connect,
                           tenant=pick.tenant.id if pick else None)


def shadow(rules: RuleSet, host: str) -> str | None:
    """The shadow-AI display name of ``host`` when policy blocks shadow AI, else None."""
    name = rules.shadow_name(host)
    return name if name is not None and rules.policy.shadow_ai == "block" else None


def shadow_response(rules: RuleSet, name: str, rid: str = "", *, user: str | None = None, host: str | None = None,
                    html_wanted: bool = False, sent: bool = False) -> http.Response:
    """The refusal of a shadow-AI host: the one message model (gateway/messages.py) as a page or JSON."""
    resp = build_block_response(
        refuse(Reason.SHADOW_AI), messages=rules.policy.messages, organisation=rules.policy.organisation,
        service_name=name, error_style="generic", request_id=rid, html_wanted=html_wanted, sent=sent,
        host=host, user=user)
    return http.Response.make(resp.status, resp.body, resp.headers)
