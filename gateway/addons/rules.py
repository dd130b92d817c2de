"""Rules load and reload: options ``aigw_rules`` and ``aigw_rules_reload``.

The rules and the scanner built beside them (``gateway.runtime.Runtime``) are loaded when the
options are configured (invalid rules: ``OptionsError`` naming file and entry) and reloaded without
restart when a file changes or on SIGHUP (``gateway.reload.RulesWatcher``). A reload swaps the
runtime whole on the event loop; invalid rules are rejected and the old ones stay in force.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mitmproxy import ctx, exceptions

from gateway import clock
from gateway.logging import get_logger
from gateway.options import add_options
from gateway.reload import RulesWatcher
from gateway.rules.errors import RulesError, all_errors
from gateway.rules.loader import DEFAULT_RULES_DIR
from gateway.rules.ruleset import RuleSet
from gateway.runtime import Runtime, load_runtime

# Loaded (and validated) by `aigw run` before mitmdump starts, so the rules are not loaded twice.
PRELOADED: dict[str, Runtime] = {}


def _counts(rt: Runtime) -> dict[str, set[str]]:
    config = getattr(rt.scanner, "config", None)
    return {
        "services": {s.id for s in rt.rules.services},
        "hosts": {h for s in rt.rules.services for h in s.hosts},
        "detectors": {f"term:{t.name}" if hasattr(t, "name") else f"term:{i}"
                      for i, t in enumerate(getattr(config, "custom_terms", []) or [])}
        | {f"entity:{e}" for e in (getattr(config, "entities", {}) or {})}
        | {f"recognizer:{getattr(r, 'name', i)}" for i, r in enumerate(getattr(rt.scanner, "recognizers", []) or [])},
        "shadow_hosts": set(rt.rules.shadow_hosts),
    }


def shrinkage(old: Runtime, new: Runtime) -> dict[str, object]:
    """What a reload takes away: counts of removed services, hosts, detectors, shadow entries (+ service ids)."""
    before, after = _counts(old), _counts(new)
    out: dict[str, object] = {}
    for key in before:
        if gone := before[key] - after[key]:
            out[f"{key}_removed"] = len(gone)
    if gone_services := sorted(before["services"] - after["services"]):
        out["removed_services"] = gone_services
    return out


class Rules:
    def __init__(self) -> None:
        self.runtime: Runtime | None = None
        self.on_sighup: list[Callable[[], None]] = []  # e.g. reopen the audit log after logrotate
        self._watcher: RulesWatcher | None = None
        self.log = get_logger()

    @property
    def rules(self) -> RuleSet | None:
        return self.runtime.rules if self.runtime else None

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_rules", "aigw_rules_reload")

    def configure(self, updated: set[str]) -> None:
        self._load()
        if "aigw_rules_reload" in updated and ctx.options.aigw_rules_reload < 0:
            raise exceptions.OptionsError("aigw_rules_reload: seconds must be >= 0 (0: reload on SIGHUP only)")

    def _load(self) -> None:
        wanted = Path(ctx.options.aigw_rules).resolve() if ctx.options.aigw_rules else DEFAULT_RULES_DIR
        if self.runtime is not None and self.runtime.directory == wanted:
            return
        try:
            runtime = PRELOADED.pop(str(wanted), None) or load_runtime(wanted)
        except RulesError as e:
            self._log_rejected(e)
            raise exceptions.OptionsError(f"invalid rules: {e}") from None
        self._install(runtime)

    def running(self) -> None:
        """Start the watcher and the SIGHUP handler (before gateway_ready is logged)."""
        loop = asyncio.get_running_loop()
        if self.runtime is None or self._watcher is not None:
            return
        configured = Path(ctx.options.aigw_rules) if ctx.options.aigw_rules else None
        self._watcher = RulesWatcher(self.runtime, interval=ctx.options.aigw_rules_reload, loop=loop,
                                     on_loaded=self.reloaded, on_rejected=self.rejected, path=configured).start()
        try:
            loop.add_signal_handler(signal.SIGHUP, self.sighup)
        except (NotImplementedError, RuntimeError, ValueError):
            pass  # not the main thread (embedded use): file polling still works

    def done(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    def sighup(self) -> None:
        """Reload the rules (and let the listeners reopen their files). On the loop."""
        if self._watcher is not None:
            self._watcher.trigger("sighup")
        for listener in self.on_sighup:
            listener()

    def reloaded(self, runtime: Runtime, trigger: str) -> None:
        old = self.rules
        wanted = Path(ctx.options.aigw_rules).resolve() if ctx.options.aigw_rules else DEFAULT_RULES_DIR
        if old is not None and runtime.directory != wanted:
            return  # aigw_rules changed meanwhile; configure() loaded that directory
        if self.runtime is not None and (removed := shrinkage(self.runtime, runtime)):
            self.log.warning("rules_shrunk", trigger=trigger, directory=str(runtime.directory), **removed)
        self._install(runtime, trigger)
        # proxyauth taken from the rules (not overridden with --set): let mitmproxy re-read the htpasswd
        if old is not None and old.proxyauth and ctx.options.proxyauth == old.proxyauth:
            try:
                ctx.options.update(proxyauth=runtime.rules.proxyauth)
            except exceptions.OptionsError as e:
                self.log.error("rules_rejected", file="policy.yaml", entry="identity.proxyauth", error=str(e),
                               trigger=trigger)

    def rejected(self, err: RulesError, trigger: str) -> None:
        self._log_rejected(err, trigger=trigger, kept=self.rules.loaded_at.isoformat() if self.rules else None,
                           note="old rules stay in force")

    def _log_rejected(self, err: RulesError, **fields: Any) -> None:
        """One ``rules_rejected`` line per error of the set (as ``aigw check-rules`` lists them), each with
        its file and entry, numbered ``error_index`` of ``errors``."""
        errors = all_errors(err)
        for i, e in enumerate(errors, 1):
            self.log.error("rules_rejected", file=e.file, entry=e.entry, error=e.message, error_index=i,
                           errors=len(errors), **fields)

    def _install(self, runtime: Runtime, trigger: str = "startup") -> None:
        clock.set_zone(runtime.rules.policy.timezone)  # validated by the schema: one zone for every date
        self.runtime = runtime
        rules = runtime.rules
        self.log.info("rules_loaded", trigger=trigger, directory=str(rules.directory), services=len(rules.services),
                      users=len(rules.users), approvals=len(rules.approvals), shadow_hosts=len(rules.shadow_hosts),
                      **({"tenants": [t.id for t in rules.tenants]} if rules.tenants else {}))
