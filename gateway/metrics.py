"""Prometheus metrics (prometheus-client), fed from the audit point: every ``request_decided`` line
is also counted here. Labels are service, action, reason (and entity type): bounded sets from the
catalog and the code, never a user name, department, host or path.

Off unless ``aigw_metrics_listen`` is set (``host:port``; port 0 picks a free one, reported in the
``metrics_ready`` log line). The endpoint serves ``/metrics`` in the text exposition format.
"""

from __future__ import annotations

import threading
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server
from prometheus_client import ProcessCollector

from gateway.logging import get_logger

REGISTRY = CollectorRegistry(auto_describe=True)
ProcessCollector(registry=REGISTRY)

REQUESTS = Counter("aigw_requests", "AI requests decided (one per request_decided line)",
                   ["service", "action", "reason"], registry=REGISTRY)
BLOCKS = Counter("aigw_blocks", "AI requests blocked", ["service", "reason"], registry=REGISTRY)
SCAN_SECONDS = Histogram("aigw_scan_seconds", "Time spent scanning a request's prompt",
                         ["service", "action", "reason"], registry=REGISTRY,
                         buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
FINDINGS = Counter("aigw_findings", "Requests whose scan found an entity type", ["service", "entity", "action"],
                   registry=REGISTRY)
REGISTRY_UP = Gauge("aigw_registry_up", "1 when the approval registry was read on the last refresh, else 0",
                    registry=REGISTRY)
REGISTRY_AGE = Gauge("aigw_registry_age_seconds", "Seconds since the approvals in force were last read",
                     registry=REGISTRY)

_lock = threading.Lock()
_server: Any = None
_listen: tuple[str, int] | None = None


def label(v: Any) -> str:
    return str(v) if v not in (None, "") else "none"


def enabled() -> bool:
    """True while the /metrics endpoint serves: counting is skipped when nothing can read the counters."""
    return _server is not None


def observe(fields: dict[str, Any]) -> None:
    """Count one decided request from its audit fields. Never raises (metrics must not block traffic)."""
    try:
        service, action, reason = label(fields.get("service")), label(fields.get("action")), label(fields.get("reason"))
        REQUESTS.labels(service, action, reason).inc()
        if action == "block":
            BLOCKS.labels(service, reason).inc()
        scan_ms = fields.get("scan_ms")
        if isinstance(scan_ms, int | float):
            SCAN_SECONDS.labels(service, action, reason).observe(scan_ms / 1000)
        for f in fields.get("findings") or ():
            if isinstance(f, dict) and f.get("entity"):
                FINDINGS.labels(service, str(f["entity"]), action).inc()
    except Exception as e:  # pragma: no cover - defensive
        get_logger().error("metrics_failed", error=type(e).__name__)


def parse_listen(spec: str) -> tuple[str, int]:
    host, sep, port = spec.strip().rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"expected host:port, got {spec!r}")
    return (host.strip("[]") or "127.0.0.1"), int(port)


def serve(spec: str) -> int | None:
    """Start (once) the /metrics endpoint on ``spec``; empty: off. Returns the bound port."""
    global _server, _listen
    if not spec.strip():
        return None
    host, port = parse_listen(spec)
    with _lock:
        if _server is not None:
            if _listen == (host, port) or port == 0:
                return _server.server_port
            raise ValueError("the metrics endpoint is already listening; restart to move it")
        server, _thread = start_http_server(port, addr=host, registry=REGISTRY)
        _server, _listen = server, (host, port)
    get_logger().info("metrics_ready", listen=f"{host}:{server.server_port}", port=server.server_port)
    return server.server_port


def shutdown() -> None:
    global _server, _listen
    with _lock:
        if _server is not None:
            _server.shutdown()
            _server.server_close()
            _server, _listen = None, None
