"""The addon chain (gateway/addons/chain.py): one addon's exception never skips another's hook, and a request
whose hook failed anywhere in the chain is blocked before anything is forwarded (fail closed)."""

from __future__ import annotations

import json

import pytest
import structlog
from mitmproxy import exceptions
from mitmproxy.test import tutils

from gateway.addons import default_addons, gateway_chain
from gateway.addons.caution import CautionForm
from gateway.addons.chain import AddonChain
from gateway.addons.hygiene import ConnectionHygiene
from gateway.addons.streaming import ResponseStreaming
from tests.unit.addons.conftest import ai_flow, plain_flow

SECRET = "個人番号 123456789018"


def boom(*_args, **_kw):
    raise ValueError("boom " + SECRET)  # the message never reaches a log line


async def aboom(*_args, **_kw):
    raise ValueError("boom " + SECRET)


@pytest.fixture
def logged():
    """The log events of the test (whatever stream another test configured), none carrying the secret."""
    with structlog.testing.capture_logs() as events:
        yield events
    assert "123456789018" not in json.dumps(events, ensure_ascii=False, default=str)


def lines(events: list[dict], event: str) -> list[dict]:
    return [e for e in events if e.get("event") == event]


@pytest.mark.parametrize("addon,hook,fn", [
    (ConnectionHygiene, "requestheaders", boom),  # before the pipeline classified the request
    (CautionForm, "request", aboom),  # an async hook, after classification, before the scan
])
async def test_a_request_hook_failing_in_another_addon_blocks_the_request(gw, monkeypatch, logged, addon, hook, fn):
    monkeypatch.setattr(addon, hook, fn)
    f = await gw.run(ai_flow(body={"model": "m", "messages": [{"role": "user", "content": SECRET}]}))
    assert f.response.status_code == 403 and f.response.headers["x-aigw-reason"] == "internal_error"
    assert gw.stub.calls == []  # the pipeline left the blocked request alone: never scanned, never released
    assert f.metadata["aigw"].verdict.reason.value == "internal_error" and not f.metadata["aigw"].forwarded
    (line,) = lines(logged, "addon_failed")
    assert (line["addon"], line["hook"], line["error"]) == (addon.__name__, hook, "ValueError")


async def test_the_blocked_request_gets_its_audit_line(gw, monkeypatch, logged, tmp_path):
    log = tmp_path / "audit.jsonl"
    gw.configure(aigw_audit_log=str(log))
    monkeypatch.setattr(ConnectionHygiene, "requestheaders", boom)
    f = await gw.run(ai_flow())
    await gw.response(f)
    (line,) = [json.loads(x) for x in log.read_text().splitlines() if '"request_decided"' in x]
    assert (line["action"], line["reason"], line["service"]) == ("block", "internal_error", "openai-api")


async def test_a_failed_hook_on_a_non_ai_host_fails_closed_too(gw, monkeypatch):
    monkeypatch.setattr(ConnectionHygiene, "requestheaders", boom)
    f = plain_flow()
    await gw.requestheaders(f)
    assert f.response.status_code == 403 and f.response.headers["x-should-retry"] == "false"


async def test_a_response_hook_failing_is_isolated_and_not_a_block(gw, monkeypatch, logged):
    monkeypatch.setattr(ResponseStreaming, "responseheaders", boom)
    seen = []
    ep = gw.addon("ErrorPages")
    monkeypatch.setattr(ep, "responseheaders", lambda flow: seen.append(flow.id))  # after ResponseStreaming
    f = await gw.run(ai_flow())
    f.response = tutils.tresp()
    await gw.responseheaders(f)
    assert seen == [f.id] and f.response.status_code == 200
    (line,) = lines(logged, "addon_failed")
    assert (line["addon"], line["hook"]) == ("ResponseStreaming", "responseheaders")


def test_done_reaches_every_addon_even_after_one_failed(monkeypatch):
    addons = default_addons()  # (configures logging: before the capture)
    called = []
    monkeypatch.setattr(addons[3], "done", boom)  # Rules, before the audit writer
    monkeypatch.setattr(addons[6], "done", lambda: called.append("audit"))
    with structlog.testing.capture_logs() as events:
        gateway_chain(addons).done()
    assert called == ["audit"]
    assert [x["addon"] for x in lines(events, "addon_failed")] == ["Rules"]


def test_lifecycle_errors_propagate_as_before():
    class Bad:
        def configure(self, updated):
            raise exceptions.OptionsError("bad option")

    chain = AddonChain([Bad()])
    with pytest.raises(exceptions.OptionsError):
        chain.configure({"x"})


def test_the_chain_has_only_the_hooks_its_addons_have():
    """mitmproxy offers every event to every addon in its chain: the chain takes only those some addon handles."""
    class OnlyRequest:
        def request(self, flow):
            pass

    chain = AddonChain([OnlyRequest()])
    assert callable(getattr(chain, "request")) and getattr(chain, "update", None) is None
    assert getattr(chain, "responseheaders", None) is None
