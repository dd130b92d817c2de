"""The contract between the gateway and the confidential-data scanner.

The gateway only ever uses what is in this module:

* ``load_scanner(rules_dir)`` builds a scanner from ``rules_dir/detectors.yaml`` (and any
  presidio-format recognizer YAML it references). Invalid configuration raises
  ``gateway.rules.errors.RulesError`` naming the file and the entry.
* ``Scanner.scan(text, service_id=None)`` scans one text and returns a ``ScanResult``.
  Offsets in findings are into the *original* ``text``. ``service_id`` selects per-service
  overrides from ``detectors.yaml``; ``None`` means the defaults (a 約款型 service).

A ``Finding`` never carries the matched text; ``ScanResult`` never carries the prompt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

ScanAction = Literal["block", "warn", "allow"]


@dataclass(frozen=True, slots=True)
class Finding:
    entity: str  # canonical entity name, e.g. "JP_MY_NUMBER"
    start: int  # offset into the original text
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class ScanResult:
    action: ScanAction
    findings: tuple[Finding, ...] = ()
    reasons: tuple[str, ...] = ()  # machine-readable rule codes that led to the action
    stats: dict[str, int | float] = field(default_factory=dict)  # e.g. zero_width removed

    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.entity] = counts.get(f.entity, 0) + 1
        return counts


class Scanner(Protocol):
    def scan(self, text: str, service_id: str | None = None) -> ScanResult: ...


def load_scanner(rules_dir: Path) -> Scanner:
    """Build the default scanner pipeline from ``rules_dir``."""
    from gateway.scan.engine import build_scanner  # owned by the scanner package

    return build_scanner(Path(rules_dir))
