"""RulesWatcher: polls the rules directory, loads in its thread, delivers on the event loop."""

from __future__ import annotations

import asyncio
import os
import re
import time
from pathlib import Path


from gateway.reload import RulesWatcher, fingerprint
from gateway.rules.errors import RulesError
from gateway.runtime import load_runtime

from tests.unit.conftest import StubScanner


def _loader(d: Path):
    return load_runtime(d, scanner=StubScanner())


def _touch(p: Path, text: str) -> None:
    p.write_text(text, encoding="utf-8")
    st = p.stat()  # make sure the mtime moves even on coarse-clock filesystems
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


async def _wait(events: list, n: int, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while len(events) < n and time.monotonic() < deadline:
        await asyncio.sleep(0.02)


def _watcher(rules_copy: Path, events: list, interval: float = 0.05) -> RulesWatcher:
    return RulesWatcher(
        _loader(rules_copy), interval=interval, loop=asyncio.get_running_loop(), settle=0.05, loader=_loader,
        on_loaded=lambda r, t: events.append(("loaded", r, t)),
        on_rejected=lambda e, t: events.append(("rejected", e, t)),
    ).start()


def test_fingerprint_ignores_editor_files(rules_copy: Path) -> None:
    before = fingerprint(rules_copy)
    (rules_copy / ".policy.yaml.swp").write_text("x")
    (rules_copy / "policy.yaml~").write_text("x")
    assert fingerprint(rules_copy) == before
    _touch(rules_copy / "policy.yaml", (rules_copy / "policy.yaml").read_text(encoding="utf-8") + "\n")
    assert fingerprint(rules_copy) != before


async def test_valid_change_is_loaded_on_the_loop(rules_copy: Path) -> None:
    events: list = []
    w = _watcher(rules_copy, events)
    try:
        policy = rules_copy / "policy.yaml"
        _touch(policy, re.sub(r"(?m)^organisation: .*$", "organisation: 新市役所", policy.read_text(encoding="utf-8")))
        await _wait(events, 1)
        kind, rules, trigger = events[0]
        assert (kind, trigger) == ("loaded", "file_change")
        assert rules.rules.policy.organisation == "新市役所"
    finally:
        w.stop()


async def test_invalid_change_is_rejected_once_with_file_and_entry(rules_copy: Path) -> None:
    events: list = []
    w = _watcher(rules_copy, events)
    try:
        services = rules_copy / "services.yaml"
        text = services.read_text(encoding="utf-8")
        _touch(services, text.replace("    kind:", "    colour: red\n    kind:", 1))
        await _wait(events, 1)
        await asyncio.sleep(0.3)  # several polls: the same broken files are reported once
        assert len(events) == 1
        kind, err, trigger = events[0]
        assert kind == "rejected" and isinstance(err, RulesError)
        assert err.file == "services.yaml" and err.entry.startswith("services[0]") and "colour" in err.message
        # fixing the file loads again
        _touch(services, text)
        await _wait(events, 2)
        assert events[1][0] == "loaded"
    finally:
        w.stop()


async def test_trigger_reloads_unchanged_files_sighup_only_mode(rules_copy: Path) -> None:
    events: list = []
    w = _watcher(rules_copy, events, interval=0)  # 0: no polling
    try:
        policy = rules_copy / "policy.yaml"
        _touch(policy, policy.read_text(encoding="utf-8") + "\n")
        await asyncio.sleep(0.3)
        assert events == []  # no polling in SIGHUP-only mode
        w.trigger()
        await _wait(events, 1)
        assert [(e[0], e[2]) for e in events] == [("loaded", "sighup")]
    finally:
        w.stop()


async def test_loader_crash_is_reported_not_fatal(rules_copy: Path) -> None:
    events: list = []
    calls = []

    def boom(d: Path):
        calls.append(d)
        if len(calls) == 1:
            raise MemoryError("simulated")
        return _loader(d)

    w = RulesWatcher(_loader(rules_copy), interval=0, loop=asyncio.get_running_loop(), loader=boom,
                     on_loaded=lambda r, t: events.append(("loaded", t)),
                     on_rejected=lambda e, t: events.append(("rejected", e.message))).start()
    try:
        w.trigger()
        await _wait(events, 1)
        w.trigger()
        await _wait(events, 2)
        assert events[0][0] == "rejected" and "MemoryError" in events[0][1]
        assert events[1] == ("loaded", "sighup")
    finally:
        w.stop()
