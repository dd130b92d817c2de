"""「誤検知として報告」 (gateway/wrong_block.py) on the services' own hosts: ``/__aigw/report`` on a
catalog or shadow-AI host is answered by the gateway (never forwarded) and a report is written to
the audit log as a ``false_positive_reported`` line (no prompt content)."""

from __future__ import annotations

from mitmproxy import http

from gateway import wrong_block
from gateway.addons.audit_log import AuditLog, request_id
from gateway.addons.rules import Rules
from gateway.addons.scope import Scope, shadow

ANSWERED = "aigw_answered"  # flow.metadata key: the gateway answered this request itself


class WrongBlockReports:
    def __init__(self, rules: Rules, audit: AuditLog, scope: Scope) -> None:
        self.rules, self.audit, self.scope = rules, audit, scope

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        if not wrong_block.is_report(flow.request.path):
            return
        self.scope.trusted.refuse_misused(flow)
        if flow.response is not None:  # 407 (proxy auth) answered already
            return
        rules = self.rules.rules
        if rules is None:
            return
        host = flow.request.pretty_host.lower().rstrip(".")
        service = rules.service_for_host(host)
        name = shadow(rules, host)
        if service is None and name is None:  # not a host aigw answers for: untouched
            return
        req = flow.request
        browser = req.headers.get("sec-fetch-mode", "") == "navigate" or "text/html" in req.headers.get("accept", "")
        ans = wrong_block.answer(
            req.method, req.path, browser=browser, organisation=rules.policy.organisation,
            report_id=request_id(flow), user=self.scope.user_name(flow, rules),
            service=service.id if service else f"shadow:{name}", host=host)
        flow.response = http.Response.make(ans.status, ans.body, ans.headers)
        flow.metadata[ANSWERED] = True
        if ans.record is not None:
            peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
            self.audit.note({**ans.record, "gateway": self.audit.gateway_name, "client_ip": peer})
