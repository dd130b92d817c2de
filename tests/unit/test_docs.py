"""Every option, reason code, CLI command and log event is documented (datasette-style)."""

import re
from pathlib import Path

import pytest

from gateway.cli import build_parser
from gateway.model import Reason
from gateway.options import OPTIONS

DOCS = Path(__file__).resolve().parents[2] / "docs"
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.parametrize("name", [o.name for o in OPTIONS])
def test_option_documented(name):
    assert f"`{name}`" in (DOCS / "options.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("reason", [r.value for r in Reason])
def test_reason_documented(reason):
    assert f"`{reason}`" in (DOCS / "reasons.md").read_text(encoding="utf-8")


def test_reason_messages_in_policy(shipped_rules):
    """Every reason a user can see has a Japanese message in the shipped policy."""
    missing = {r.value for r in Reason} - {"allowed", "scan_warning"} - set(shipped_rules.policy.messages.reasons)
    assert not missing


def test_cli_commands_documented():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"`aigw {name}" in text, name


def test_log_events_documented():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).resolve().parents[2] / "gateway").rglob("*.py"))
    events = set(re.findall(r'log(?:ger\(\))?\.(?:info|warning|error)\(\s*"([a-z_]+)"', code))
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert events, "no events found"
    for ev in events:
        assert f"`{ev}`" in text, ev


def test_readme_has_the_two_setup_commands():
    text = README.read_text(encoding="utf-8")
    assert "make run" in text and "make test" in text
