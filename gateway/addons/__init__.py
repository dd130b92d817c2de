"""The mitmproxy layer: one small addon per job, assembled in order (as mitmproxy's own
``mitmproxy/addons/__init__.py`` does). Only this package imports mitmproxy; the stages it calls
(``gateway.pipeline`` and below) are plain Python.

Order matters: each hook is called on the addons in this order (``gateway_chain``: as one ``AddonChain``,
which isolates them so that one addon's exception never skips another's hook, and blocks the request). Rules and the audit writer
come first (everything reads them), the option guard refuses unsafe options before anything runs,
``Ready`` logs ``gateway_ready`` last, once the watcher, SIGHUP handler and health server started.
"""

from __future__ import annotations

from typing import Any

from gateway.addons.approvals import Approvals
from gateway.addons.audit_log import AuditLog
from gateway.addons.caution import CautionForm
from gateway.addons.chain import AddonChain
from gateway.addons.connections import ClientConnections
from gateway.addons.diagnostics import Diagnostics
from gateway.addons.error_pages import ErrorPages
from gateway.addons.forwarded import ForwardedClient
from gateway.addons.guard import OptionGuard
from gateway.addons.health import Health
from gateway.addons.hygiene import ConnectionHygiene
from gateway.addons.metrics import Metrics
from gateway.addons.ready import Ready
from gateway.addons.request import RequestPipeline
from gateway.addons.routing import UpstreamRouting
from gateway.addons.rules import Rules
from gateway.addons.scope import Scope
from gateway.addons.streaming import ResponseStreaming
from gateway.addons.trusted_proxy import TrustedProxy
from gateway.addons.upstream_proxy import ParentProxyGuard
from gateway.addons.websocket import WebSocket
from gateway.addons.wrong_block import WrongBlockReports
from gateway.addons.workers import ScanWorkers
from gateway.logging import configure_logging


def default_addons() -> list[Any]:
    configure_logging()
    guard = OptionGuard()
    rules = Rules()
    audit = AuditLog()
    rules.on_sighup.append(audit.reopen)  # SIGHUP: reload the rules and reopen the audit JSONL
    connections = ClientConnections()  # one record per client connection (sent CONNECT, its proxy's user)
    trusted = TrustedProxy(rules, connections)
    approvals = Approvals()
    routing = UpstreamRouting()
    scope = Scope(rules, audit, trusted)
    requests = RequestPipeline(rules, audit, approvals, trusted, scope, routing)
    return [
        guard,  # refuses stream_large_bodies first
        connections,  # first of the connection hooks: marks a CONNECT before anyone reads it
        ForwardedClient(connections),  # the real client address behind a trusted load balancer (X-Forwarded-For)
        rules,  # rules load/reload, SIGHUP
        ScanWorkers(rules),  # killable worker processes for big scans and extractions
        ConnectionHygiene(rules),  # header read timeout, body idle timeout, per-client connection cap
        audit,  # the one audit writer
        Metrics(),  # /metrics
        Health(rules, audit),  # /livez, /readyz
        trusted,  # trusted-proxy shared secret (wraps proxyauth's validator)
        approvals,  # approvals.yaml + registry
        routing,  # upstream overrides
        scope,  # decrypt / ignore / refuse at CONNECT and ClientHello
        WrongBlockReports(rules, audit, scope),  # 誤検知として報告 at /__aigw/report
        CautionForm(rules, scope, requests),  # coaching: a justification on the browser form
        requests,  # the HTTP request pipeline
        WebSocket(rules, audit, requests),  # WebSocket frames
        ResponseStreaming(),  # SSE / NDJSON responses streamed through
        ParentProxyGuard(),  # after the pipeline's decision: a refusing parent proxy answered in Japanese
        ErrorPages(rules),  # upstream failures (502/504) and 413 in the API's shape, in Japanese; upstream deadline
        Diagnostics(),  # SIGUSR1: where each task and thread waits, to stderr
        Ready(rules, audit),  # gateway_ready, last
    ]


def gateway_chain(addons: list[Any] | None = None) -> AddonChain:
    """The addons (``default_addons()`` unless given) as the one addon ``aigw run`` loads: a request whose hook
    fails in any of them is blocked by the request pipeline (fail closed)."""
    addons = default_addons() if addons is None else addons
    requests = next(a for a in addons if isinstance(a, RequestPipeline))
    return AddonChain(addons, on_failure=requests.failed)
