"""Coaching's browser form (gateway/caution.py): ``/__aigw/caution?token=…`` on a catalog host is
answered by the gateway: GET shows the form, POST scans the justification, stores it masked with
the token (``caution_justified``), and the user's resent prompt goes on (``caution_confirmed``)."""

from __future__ import annotations

import urllib.parse

from mitmproxy import http

from gateway import bounded, caution
from gateway.addons.audit_log import request_id
from gateway.addons.request import RequestPipeline
from gateway.addons.rules import Rules
from gateway.addons.scope import Scope
from gateway.addons.wrong_block import ANSWERED
from gateway.logging import get_logger

PENDING = "aigw_caution"
HTML = {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"}


class CautionForm:
    def __init__(self, rules: Rules, scope: Scope, requests: RequestPipeline) -> None:
        self.rules, self.scope, self.requests = rules, scope, requests
        self.log = get_logger()

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        if urllib.parse.urlsplit(flow.request.path).path != caution.CAUTION_PATH:
            return
        rules = self.rules.rules
        if rules is None:
            return
        self.scope.trusted.refuse_misused(flow)
        service = rules.service_for_host(flow.request.pretty_host.lower().rstrip("."))
        if flow.response is not None or service is None:
            return
        flow.metadata[ANSWERED] = True  # the request pipeline leaves it alone; nothing is forwarded
        token = (urllib.parse.parse_qs(urllib.parse.urlsplit(flow.request.path).query).get("token") or [""])[0]
        user = self.scope.user_key(flow, rules)
        valid = bool(token) and self.requests.cautions.valid(token, user, service.id)
        if flow.request.method == "POST" and valid:
            flow.metadata[PENDING] = (token, user, service.id)  # answered in ``request`` with the body
            return
        page = caution.form_page(token, service.name, rules.policy.organisation, valid)
        flow.response = http.Response.make(200 if valid else 400, page, HTML)

    async def request(self, flow: http.HTTPFlow) -> None:
        pending = flow.metadata.pop(PENDING, None)
        if pending is None or flow.response is not None:
            return
        token, user, service = pending
        runtime = self.rules.runtime
        assert runtime is not None
        organisation = runtime.rules.policy.organisation
        try:
            form = urllib.parse.parse_qs((flow.request.raw_content or b"")[:8192].decode("utf-8"))
            why = (form.get("j") or [""])[0].strip()[:1000]
            found = await bounded.scan(runtime.scanner, why, service, runtime.rules.policy.limits, self.requests.faults)
        except Exception as e:  # fail closed: nothing recorded, the held prompt stays held
            self.log.error("stage_failed", stage="caution", error=type(e).__name__, request_id=request_id(flow))
            flow.response = http.Response.make(400, caution.done_page(organisation, False), HTML)
            return
        if not why or found.action == "block" or found.unlisted:  # unlisted findings could not be masked
            flow.response = http.Response.make(400, caution.done_page(organisation, False, blocked=bool(why)), HTML)
            return
        masked = caution.mask(why, [(f.start, f.end, f.entity) for f in found.findings])
        ok = self.requests.cautions.confirm(token, user, service, masked)
        self.log.info("caution_justified", request_id=request_id(flow), user=user, service=service,
                      caution_token=token, recorded=ok)
        flow.response = http.Response.make(200 if ok else 400, caution.done_page(organisation, ok), HTML)
