from __future__ import annotations

from pathlib import Path

import pytest

from gateway.rules.loader import load_rules
from gateway.rules.ruleset import RuleSet
from gateway.scan.result import ScanResult


class StubScanner:
    """Stands in for the scanner where a unit test is about the gateway, not about detection."""

    def __init__(self, result: ScanResult | None = None) -> None:
        self.result = result or ScanResult("allow")
        self.calls: list[tuple[str, str | None]] = []

    def scan(self, text: str, service_id: str | None = None) -> ScanResult:
        self.calls.append((text, service_id))
        return self.result


@pytest.fixture(scope="session")
def shipped_rules() -> RuleSet:
    return load_rules(None)


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    import shutil

    from gateway.rules.loader import DEFAULT_RULES_DIR

    dest = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, dest)
    return dest
