"""What a gateway runs on: the validated rules and the scanner built from the same directory.

The rules (``gateway.rules``) and the scanner (``gateway.scan``) know nothing of each other; this
module builds both from one rules directory and hands them out together, so a reload swaps them
as one immutable pair and a request in flight keeps the pair it started with.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gateway.rules.loader import load_rules
from gateway.rules.ruleset import RuleSet
from gateway.scan.api import load_scanner
from gateway.scan.result import Scanner
from gateway.workers import register


@dataclass(frozen=True)
class Runtime:
    rules: RuleSet
    scanner: Scanner

    @property
    def directory(self) -> Path:
        return self.rules.directory


def load_runtime(rules_dir: Path | str | None = None, *, scanner: Scanner | None = None) -> Runtime:
    """Rules first (``RulesError`` names file and entry), then the scanner from ``detectors.yaml``.
    ``scanner``: use this one instead (tests that are about the gateway, not detection)."""
    rules = load_rules(rules_dir)
    if scanner is not None:
        return Runtime(rules, scanner)
    built = load_scanner(rules.directory)
    register(built, rules.directory)  # worker processes build the same scanner from the same directory
    return Runtime(rules, built)
