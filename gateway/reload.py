"""Rules reload without restart: on SIGHUP and when a file in the rules directory changes.

A watcher thread polls the rules directory's file fingerprints (name, mtime, size) every
``interval`` seconds; a change, or ``trigger()`` (SIGHUP), loads the rules in that thread with
``load_runtime`` (rules and scanner) and hands the result to the caller's loop with ``call_soon_threadsafe``, where the
addon swaps its immutable ``Runtime`` whole. A request in flight keeps the ``Runtime`` it started
with. Invalid rules never replace the running ones: the watcher reports the ``RulesError`` (file and
entry) and does not retry the same broken fingerprint until the files change again.

Plain Python, no mitmproxy import.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable
from pathlib import Path

from gateway.rules.errors import RulesError
from gateway.rules.ruleset import RuleSet
from gateway.runtime import Runtime, load_runtime

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(directory: Path, extra: tuple[Path, ...] = ()) -> Fingerprint:
    """(relative name, mtime_ns, size) of every non-hidden file under ``directory`` plus ``extra``, and the
    directory's resolved target (a symlink swap is a change even when the files look alike)."""
    out: list[tuple[str, int, int]] = [("@" + os.path.realpath(directory), 0, 0)]
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        for name in files:
            if name.startswith(".") or name.endswith(("~", ".swp", ".tmp")):
                continue  # editor and temporary files
            p = Path(root, name)
            try:
                st = p.stat()
            except OSError:
                continue  # vanished between listdir and stat: the next poll sees the settled state
            out.append((str(p.relative_to(directory)), st.st_mtime_ns, st.st_size))
    for p in extra:
        try:
            st = p.stat()
            out.append((str(p), st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((str(p), -1, -1))
    return tuple(sorted(out))


def _htpasswd(rules: RuleSet) -> tuple[Path, ...]:
    """An htpasswd file named by absolute path outside the rules directory is watched as well."""
    spec = rules.proxyauth or ""
    if spec.startswith("@"):
        p = Path(spec[1:])
        if not p.is_relative_to(rules.directory):
            return (p,)
    return ()


class RulesWatcher:
    """Loads rules in a background thread; delivers results on ``loop`` via the two callbacks.

    ``on_loaded(runtime, trigger)`` and ``on_rejected(error, trigger)`` run on the event loop, so the
    swap happens between two hook calls, never in the middle of one.
    """

    def __init__(
        self,
        current: Runtime,
        *,
        interval: float,
        loop: asyncio.AbstractEventLoop,
        on_loaded: Callable[[Runtime, str], None],
        on_rejected: Callable[[RulesError, str], None],
        loader: Callable[[Path], Runtime] = load_runtime,
        settle: float = 0.2,
        path: Path | None = None,
    ) -> None:
        # the configured path, not its resolved target: a symlink swapped to a new directory (the atomic
        # way to deploy rules) changes the target in the fingerprint and is loaded from the new target
        self.directory = Path(os.path.abspath(path)) if path is not None else current.directory
        self.interval = interval
        self.loop = loop
        self.on_loaded = on_loaded
        self.on_rejected = on_rejected
        self.loader = loader
        self.settle = settle
        self._extra = _htpasswd(current.rules)
        self._seen = fingerprint(self.directory, self._extra)
        self._wake = threading.Event()
        self._forced: str | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="aigw-rules-reload", daemon=True)

    def start(self) -> "RulesWatcher":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(5)

    def trigger(self, reason: str = "sighup") -> None:
        """Reload now, whether or not the files changed (SIGHUP). Safe from any thread or signal handler."""
        self._forced = reason
        self._wake.set()

    # ------------------------------------------------------------------ thread
    def _run(self) -> None:
        while not self._stop.is_set():
            # interval 0: no polling, SIGHUP only
            self._wake.wait(self.interval if self.interval > 0 else None)
            self._wake.clear()
            if self._stop.is_set():
                return
            forced, self._forced = self._forced, None
            try:
                self._check(forced)
            except Exception as e:  # never let the watcher die; report and keep the old rules
                err = RulesError(str(self.directory), None, f"reload failed: {type(e).__name__}: {e}")
                self._deliver(self.on_rejected, err, forced or "file_change")

    def _check(self, forced: str | None) -> None:
        now = fingerprint(self.directory, self._extra)
        if forced is None:
            if now == self._seen:
                return
            # let an editor or a configuration-management run finish writing: wait until stable
            while True:
                if self._stop.wait(self.settle):
                    return
                again = fingerprint(self.directory, self._extra)
                if again == now:
                    break
                now = again
        self._seen = now  # a broken fingerprint is reported once, not on every poll
        trigger = forced or "file_change"
        try:
            runtime = self.loader(self.directory)
        except RulesError as e:
            self._deliver(self.on_rejected, e, trigger)
            return
        self._extra = _htpasswd(runtime.rules)
        self._deliver(self.on_loaded, runtime, trigger)

    def _deliver(self, fn: Callable[..., None], arg: object, trigger: str) -> None:
        try:
            self.loop.call_soon_threadsafe(fn, arg, trigger)
        except RuntimeError:
            pass  # loop closed: shutting down
