"""Where a running gateway gets the approvals in force: ``approvals.yaml`` (the rules) merged with the
approved applications of the registry, re-read every ``refresh`` seconds in a background thread, so
an approval, a revocation or an expiry takes effect without a restart.

If the registry cannot be read, the last loaded approvals stay in force for ``grace`` seconds after
the last successful read; after that every AI request is refused with ``registry_unavailable``
(fail closed) until the registry answers again. Each change of state is logged once.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from gateway import metrics
from gateway.logging import get_logger
from gateway.model import Approval


class RegistryUnavailable(Exception):
    pass


class FileApprovals:
    """No registry: the rules' approvals.yaml only."""

    def current(self, file_approvals: tuple[Approval, ...]) -> tuple[Approval, ...]:
        return file_approvals

    def close(self) -> None:
        pass


class RegistryApprovals:
    def __init__(self, dsn: str, refresh: float, grace: float) -> None:
        self.dsn = dsn
        self.refresh = refresh
        self.grace = grace
        self.log = get_logger()
        self._store: Any = None
        self._approvals: tuple[Approval, ...] = ()
        self._version = 0
        self._last_ok: float | None = None
        self._failing = False
        self._closed_logged = False
        self._merged: tuple[tuple[Approval, ...], int, tuple[Approval, ...]] | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ loading
    def start(self) -> "RegistryApprovals":
        self.refresh_once()  # the first read happens before the gateway serves requests
        self._thread = threading.Thread(target=self._loop, name="aigw-registry", daemon=True)
        self._thread.start()
        return self

    def _loop(self) -> None:
        while not self._stop.wait(self.refresh):
            self.refresh_once()

    def refresh_once(self) -> bool:
        from gateway.registry.store import describe, open_store

        t0 = time.monotonic()
        try:
            if self._store is not None and self._store.replaced():
                # a restored or atomically replaced SQLite file: the old connection would keep reading the old
                # inode (its revocations would never apply); a removed file is an outage (grace, then closed)
                self.log.warning("registry_reopened", registry=describe(self.dsn),
                                 note="the registry file was replaced or removed; reading it afresh")
                self._store.close()
                self._store = None
            if self._store is None:
                self._store = open_store(self.dsn, connect_timeout=max(1.0, min(5.0, self.refresh)), create=False)
            apps = tuple(a.to_approval() for a in self._store.approved())
        except Exception as e:
            if self._store is not None:
                self._store.close()
                self._store = None
            metrics.REGISTRY_UP.set(0)
            if not self._failing:
                self._failing = True
                self.log.error("registry_unavailable", registry=describe(self.dsn), error=type(e).__name__,
                               detail=str(e)[:200], grace_seconds=self.grace,
                               note="last loaded approvals stay in force until the grace period ends")
            return False
        with self._lock:
            changed = apps != self._approvals or self._last_ok is None
            if changed:
                self._approvals = apps
                self._version += 1
            self._last_ok = time.monotonic()
        metrics.REGISTRY_UP.set(1)
        metrics.REGISTRY_AGE.set(0)
        if changed or self._failing:
            self.log.info("registry_loaded", registry=describe(self.dsn), approvals=len(apps),
                          recovered=self._failing, ms=round((time.monotonic() - t0) * 1000, 1))
        self._failing = False
        self._closed_logged = False
        return True

    # ------------------------------------------------------------------ per request
    def current(self, file_approvals: tuple[Approval, ...]) -> tuple[Approval, ...]:
        with self._lock:
            last_ok, version, registry = self._last_ok, self._version, self._approvals
        age = None if last_ok is None else time.monotonic() - last_ok
        if age is not None:
            metrics.REGISTRY_AGE.set(age)
        if age is None or age > self.grace:
            if not self._closed_logged:
                self._closed_logged = True
                from gateway.registry.store import describe

                self.log.error("registry_fail_closed", registry=describe(self.dsn),
                               age_seconds=None if age is None else round(age, 1), grace_seconds=self.grace,
                               note="AI requests are refused (registry_unavailable) until the registry answers")
            raise RegistryUnavailable
        merged = self._merged
        if merged is None or merged[0] is not file_approvals or merged[1] != version:
            merged = (file_approvals, version, file_approvals + registry)
            self._merged = merged
        return merged[2]

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._store is not None:
            self._store.close()
            self._store = None
