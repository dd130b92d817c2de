"""Liveness and readiness endpoints (option ``aigw_health_listen``; ``gateway.health``)."""

from __future__ import annotations

import asyncio
from typing import Any

from mitmproxy import ctx, exceptions

from gateway.addons.audit_log import AuditLog
from gateway.addons.rules import Rules
from gateway.health import HealthServer, parse_listen, readiness
from gateway.logging import get_logger
from gateway.options import add_options


class Health:
    def __init__(self, rules: Rules, audit: AuditLog) -> None:
        self.rules = rules
        self.audit = audit
        self.addr: tuple[str, int] | None = None
        self.server: HealthServer | None = None
        self.log = get_logger()

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_health_listen")

    def configure(self, updated: set[str]) -> None:
        if "aigw_health_listen" in updated:
            try:
                self.addr = parse_listen(ctx.options.aigw_health_listen)
            except ValueError as e:
                raise exceptions.OptionsError(f"aigw_health_listen: {e}") from None

    def running(self) -> None:
        if self.addr and self.server is None:
            self.server = HealthServer(*self.addr, self.readiness)
            task = asyncio.get_running_loop().create_task(self.server.start())
            task.add_done_callback(self._started)

    def done(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _started(self, task: "asyncio.Task[int]") -> None:
        if task.exception() is not None:
            self.log.error("health_failed", error=str(task.exception()))
            return
        assert self.server is not None
        self.log.info("health_ready", listen=f"{self.server.host}:{task.result()}", port=task.result())

    def readiness(self) -> dict[str, str | None]:
        ps = ctx.master.addons.get("proxyserver")
        return readiness(rules_loaded=self.rules.runtime is not None, listen_addrs=ps.listen_addrs() if ps else [],
                         audit_path=self.audit.sink.path, audit_broken=self.audit.sink.broken)
