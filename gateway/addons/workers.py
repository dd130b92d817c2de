"""Killable scan workers (option ``aigw_scan_workers``): the process pool of ``gateway.workers``.

Started when the proxy runs (each worker builds the scanner of the loaded rules at once), stopped
with the proxy. ``gateway.bounded`` sends big scans and extractions there.
"""

from __future__ import annotations

import os
from typing import Any

from mitmproxy import ctx, exceptions

from gateway import workers
from gateway.addons.rules import Rules
from gateway.options import add_options


class ScanWorkers:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.pool: workers.WorkerPool | None = None

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_scan_workers")

    def configure(self, updated: set[str]) -> None:
        if "aigw_scan_workers" in updated and not 0 <= ctx.options.aigw_scan_workers <= 64:
            raise exceptions.OptionsError("aigw_scan_workers: between 0 (auto) and 64")

    def running(self) -> None:
        if self.pool is None:
            # auto: one core stays with the event loop that serves every user (noisy-neighbour p99); a job
            # queued behind a killed worker waits for its replacement (bounded: workers.QUEUE_TIMEOUT)
            size = ctx.options.aigw_scan_workers or max(1, (os.cpu_count() or 2) - 1)
            self.pool = workers.WorkerPool(size)
            runtime = self.rules.runtime
            self.pool.start(workers.key_of(runtime.scanner) if runtime is not None else None)
            workers.set_pool(self.pool)

    def done(self) -> None:
        if self.pool is not None:
            workers.set_pool(None)
            self.pool.close()
            self.pool = None
