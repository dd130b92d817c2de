"""Rules addon: load at configure (invalid rules keep the old ones), reload between a request's hooks."""

from __future__ import annotations

import dataclasses
import json

import pytest
from mitmproxy import exceptions

from gateway.logging import configure_logging
from gateway.rules.errors import RulesError, RulesErrors
from gateway.scan.api import Finding, ScanResult
from tests.unit.addons.conftest import ai_flow
from tests.unit.conftest import StubScanner


def test_invalid_rules_keep_old_rules(gw, tmp_path):
    old = gw.rules
    (tmp_path / "services.yaml").write_text("services: [{id: x}]", encoding="utf-8")
    with pytest.raises(exceptions.OptionsError, match="services.yaml"):
        gw.configure(aigw_rules=str(tmp_path))
    assert gw.rules is old


async def test_in_flight_request_keeps_the_runtime_it_started_with(gw) -> None:
    rules = gw.addon("Rules")
    started = rules.runtime
    f = ai_flow("tanaka")
    await gw.requestheaders(f)
    # a reload lands between the request's hooks: new rules with another organisation and a scanner
    # that would block; the request still finishes on the rules it started with
    blocking = StubScanner(ScanResult("block", [Finding("JP_MY_NUMBER", 0, 12, 1.0)], ["my_number"]))
    newer = dataclasses.replace(started, scanner=blocking, rules=dataclasses.replace(
        started.rules, policy=started.rules.policy.model_copy(update={"organisation": "新しい市役所"})))
    rules.reloaded(newer, "file_change")
    assert rules.runtime is newer
    await gw.request(f)
    assert f.response is None and f.metadata["aigw"].verdict.action.value == "allow"
    assert blocking.calls == []
    # the next request uses the new rules
    g = await gw.run(ai_flow("tanaka"))
    assert g.response is not None and g.response.status_code == 403
    assert "新しい市役所" in g.response.get_text() or blocking.calls


def test_rejected_reload_keeps_rules_and_logs_file_and_entry(gw, capsys) -> None:
    configure_logging()  # log to this test's captured stdout
    rules = gw.addon("Rules")
    before = rules.runtime
    rules.rejected(RulesError("users.yaml", "users[1] (suzuki).colour", "unknown key 'colour'"), "sighup")
    assert rules.runtime is before
    line = next(json.loads(x) for x in capsys.readouterr().out.splitlines() if '"rules_rejected"' in x)
    assert (line["file"], line["entry"], line["trigger"], line["note"]) == (
        "users.yaml", "users[1] (suzuki).colour", "sighup", "old rules stay in force")


def test_rejected_reload_logs_every_error_of_the_set(gw, capsys) -> None:
    """A rejected set names each broken entry (like `aigw check-rules`), not only the first."""
    configure_logging()
    rules = gw.addon("Rules")
    before = rules.runtime
    errors = [RulesError("users.yaml", "users[1] (suzuki).colour", "unknown key 'colour'"),
              RulesError("services.yaml", "services[3] (gemini).hosts", "empty list"),
              RulesError("approvals.yaml", "approvals[0]", "unknown service 'nope'")]
    rules.rejected(RulesErrors(errors), "file_change")
    assert rules.runtime is before
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines() if '"rules_rejected"' in x]
    assert [(ln["file"], ln["entry"], ln["error"]) for ln in lines] == [(e.file, e.entry, e.message) for e in errors]
    assert [(ln["error_index"], ln["errors"], ln["trigger"]) for ln in lines] == [
        (1, 3, "file_change"), (2, 3, "file_change"), (3, 3, "file_change")]
    assert all(ln["note"] == "old rules stay in force" for ln in lines)


def test_rejected_reload_of_a_real_rules_set_logs_each_broken_entry(gw, tmp_path, capsys) -> None:
    """Through the real loader: two broken entries in users.yaml give two rules_rejected lines."""
    import shutil

    from gateway.rules.loader import DEFAULT_RULES_DIR
    from gateway.runtime import load_runtime

    shutil.copytree(DEFAULT_RULES_DIR, tmp_path / "rules")
    users = tmp_path / "rules" / "users.yaml"
    users.write_text(users.read_text(encoding="utf-8").replace("    groups: []\n", "    groups: []\n    colour: red\n")
                     .replace("    groups: [生成AI試行利用者]\n", "    groups: [生成AI試行利用者]\n    shoe: 27\n"),
                     encoding="utf-8")
    with pytest.raises(RulesError) as got:
        load_runtime(tmp_path / "rules")
    configure_logging()
    gw.addon("Rules").rejected(got.value, "sighup")
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines() if '"rules_rejected"' in x]
    assert len(lines) == 2 and {ln["file"] for ln in lines} == {"users.yaml"}
    assert any("shoe" in ln["error"] or "shoe" in str(ln["entry"]) for ln in lines)
    assert any("colour" in ln["error"] or "colour" in str(ln["entry"]) for ln in lines)
