"""`aigw run` refuses an unknown or unparsable ``--set aigw_…`` before anything starts (mitmdump would
apply it only once the addon loaded, and a parse error there left the process without output)."""

from __future__ import annotations

import pytest

from gateway.cli import bad_aigw_setting


@pytest.mark.parametrize("sets", [
    [], ["aigw_rules_reload=5"], ["aigw_audit_fsync=always"], ["aigw_upstream_override=a.example=127.0.0.1:1"],
    ["flow_detail=abc"],  # not ours: mitmdump parses and refuses it itself
])
def test_good_or_foreign_settings_pass(sets):
    assert bad_aigw_setting(sets) is None


@pytest.mark.parametrize("setting,words", [
    ("aigw_rules_reload=0.3", "not an integer"),
    ("aigw_scan_workers=many", "not an integer"),
    ("aigw_no_such_option=1", "Unknown option"),
])
def test_bad_settings_named(setting, words):
    problem = bad_aigw_setting([setting])
    assert problem is not None and setting in problem and words in problem
