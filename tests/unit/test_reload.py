"""RulesWatcher: polls the rules directory, loads in its thread, delivers on the event loop."""

from __future__ import annotations

import asyncio
import json
import os
import re
import time
from pathlib import Path

import pytest

from gateway.reload import RulesWatcher, fingerprint
from gateway.rules.errors import RulesError
from gateway.rules.loader import load_rules

from tests.unit.conftest import StubScanner


def _loader(d: Path):
    return load_rules(d, scanner=StubScanner())


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
        assert rules.policy.organisation == "新市役所"
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


# ---------------------------------------------------------------- the addon side (taddons)
import dataclasses  # noqa: E402

from mitmproxy.addons import proxyauth, proxyserver  # noqa: E402
from mitmproxy.test import taddons  # noqa: E402

from gateway import addon as addon_mod  # noqa: E402
from gateway.rules.loader import DEFAULT_RULES_DIR  # noqa: E402
from gateway.scan.api import Finding, ScanResult  # noqa: E402
from tests.unit.test_addon import ai_flow  # noqa: E402


@pytest.fixture
def gw_addon():
    addon_mod.PRELOADED[str(DEFAULT_RULES_DIR)] = load_rules(None, scanner=StubScanner())
    a = addon_mod.Gateway()
    pa = proxyauth.ProxyAuth()
    with taddons.context(proxyserver.Proxyserver(), pa, a) as tctx:
        tctx.configure(a, aigw_rules=str(DEFAULT_RULES_DIR))
        yield a, tctx, pa


async def test_in_flight_request_keeps_the_ruleset_it_started_with(gw_addon) -> None:
    a, _, _ = gw_addon
    started = a.rules
    f = ai_flow("tanaka")
    a.requestheaders(f)
    # a reload lands between the request's hooks: new rules with another organisation and a scanner
    # that would block; the request still finishes on the rules it started with
    blocking = StubScanner(ScanResult("block", [Finding("JP_MY_NUMBER", 0, 12, 1.0)], ["my_number"]))
    newer = dataclasses.replace(started, scanner=blocking,
                                policy=started.policy.model_copy(update={"organisation": "新しい市役所"}))
    a._reloaded(newer, "file_change")
    assert a.rules is newer
    await a.request(f)
    assert f.response is None and f.metadata["aigw"].verdict.action.value == "allow"
    assert blocking.calls == []
    # the next request uses the new rules
    g = ai_flow("tanaka")
    a.requestheaders(g)
    await a.request(g)
    assert g.response is not None and g.response.status_code == 403
    assert "新しい市役所" in g.response.get_text() or blocking.calls


def test_rejected_reload_keeps_rules_and_logs_file_and_entry(gw_addon, capsys) -> None:
    from gateway.rules.errors import RulesError

    a, _, _ = gw_addon
    before = a.rules
    a._reload_rejected(RulesError("users.yaml", "users[1] (suzuki).colour", "unknown key 'colour'"), "sighup")
    assert a.rules is before
    line = next(json.loads(x) for x in capsys.readouterr().out.splitlines() if '"rules_rejected"' in x)
    assert (line["file"], line["entry"], line["trigger"], line["note"]) == (
        "users.yaml", "users[1] (suzuki).colour", "sighup", "old rules stay in force")


def test_trusted_proxy_secret_only_from_trusted_peers(gw_addon) -> None:
    from mitmproxy import exceptions
    from mitmproxy.test import tflow

    a, tctx, pa = gw_addon
    secret = "s" * 20
    tctx.configure(a, aigw_trusted_proxy_secret=secret)
    assert pa.validator is not None and pa.validator("anyone", secret)
    assert not pa.validator("anyone", "wrong")
    with pytest.raises(exceptions.OptionsError, match="16"):
        tctx.configure(a, aigw_trusted_proxy_secret="short")
    tctx.configure(a, aigw_trusted_proxy_secret=secret)
    # 127.0.0.1 is not in the shipped trusted_proxies: the secret is refused with 407
    f = tflow.tflow()
    f.request.host = "api.openai.com"
    f.metadata["proxyauth"] = ("tanaka", secret)
    a.http_connect(f)
    assert f.response is not None and f.response.status_code == 407 and "proxyauth" not in f.metadata
    # from a trusted peer it names the user
    import ipaddress

    object.__setattr__(a.rules, "trusted_proxies", (ipaddress.ip_network("127.0.0.0/8"),))
    g = ai_flow(None)
    g.metadata["proxyauth"] = ("tanaka", secret)
    a.requestheaders(g)
    assert g.response is None and g.metadata["aigw"].identity.source == "trusted_proxy"
