"""The organisation's time zone for commands that do not load the whole rule set.

``aigw approvals``, ``aigw logs`` and ``aigw report`` decide and show dates in ``policy.yaml`` ``timezone``
(default Asia/Tokyo), exactly as the gateway does, without paying for a full rules load (the scanner).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from gateway import clock
from gateway.rules import DEFAULT_RULES_DIR
from gateway.rules.errors import RulesError


def timezone_of(rules_dir: Path | None) -> str:
    """``policy.yaml`` ``timezone`` of ``rules_dir`` (the shipped rules when None); the default when unset."""
    path = Path(rules_dir or DEFAULT_RULES_DIR) / "policy.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        return clock.DEFAULT_TIMEZONE
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise RulesError("policy.yaml", "timezone", f"cannot read {path}: {e}") from None
    value = data.get("timezone", clock.DEFAULT_TIMEZONE) if isinstance(data, dict) else clock.DEFAULT_TIMEZONE
    if not isinstance(value, str):
        raise RulesError("policy.yaml", "timezone", "must be an IANA time zone name such as Asia/Tokyo")
    return value


def use_rules_zone(rules_dir: Path | None) -> str:
    """Make the rules' time zone this process's clock zone; returns its name. ``RulesError`` when unknown."""
    name = timezone_of(rules_dir)
    try:
        clock.set_zone(name)
    except clock.ClockError as e:
        raise RulesError("policy.yaml", "timezone", str(e)) from None
    return name
