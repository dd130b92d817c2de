"""The approvals in force: approvals.yaml merged with the approval registry (options
``aigw_registry``, ``aigw_registry_refresh``, ``aigw_registry_grace``; ``gateway.registry.source``)."""

from __future__ import annotations

import threading
from typing import Any

from mitmproxy import ctx, exceptions

from gateway.options import add_options
from gateway.registry.source import FileApprovals, RegistryApprovals

FILE_ONLY = FileApprovals()


class Approvals:
    def __init__(self) -> None:
        self.source: Any = FileApprovals()  # .current(file_approvals) -> the approvals in force
        self._tenants: dict[str, RegistryApprovals] = {}  # tenants.yaml `registry`: one source per tenant registry
        self._lock = threading.Lock()

    def for_tenant(self, registry: str | None) -> Any:
        """A tenant's approvals source: its own registry (started on first use, refreshed like the fleet's), or
        its approvals.yaml alone. The fleet's ``aigw_registry`` never applies to a tenant."""
        if registry is None:
            return FILE_ONLY
        with self._lock:
            source = self._tenants.get(registry)
            if source is None:
                opts = ctx.options
                source = self._tenants[registry] = RegistryApprovals(
                    registry, opts.aigw_registry_refresh, opts.aigw_registry_grace).start()
        return source

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_registry", "aigw_registry_refresh", "aigw_registry_grace")

    def configure(self, updated: set[str]) -> None:
        if not updated & {"aigw_registry", "aigw_registry_refresh", "aigw_registry_grace"}:
            return
        opts = ctx.options
        if not 1 <= opts.aigw_registry_refresh <= 30:
            raise exceptions.OptionsError("aigw_registry_refresh: seconds must be between 1 and 30")
        if opts.aigw_registry_grace < opts.aigw_registry_refresh:
            raise exceptions.OptionsError("aigw_registry_grace: must be at least aigw_registry_refresh")
        old = self.source
        if opts.aigw_registry:
            self.source = RegistryApprovals(opts.aigw_registry, opts.aigw_registry_refresh,
                                            opts.aigw_registry_grace).start()
        else:
            self.source = FileApprovals()
        old.close()

    def done(self) -> None:
        self.source.close()
        for source in self._tenants.values():
            source.close()
