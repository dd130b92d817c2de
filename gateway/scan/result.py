"""What a scan returns, and what a scanner is: plain types, importable without loading the engine.

``gateway.model`` and ``gateway.decide`` need ``ScanResult``; the engine (presidio) produces it.
Keeping the types here lets both import them without pulling the engine in, and without the
engine importing back its own entry point (``gateway.scan.api``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
