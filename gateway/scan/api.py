"""The contract between the gateway and the confidential-data scanner.

The gateway only ever uses what is in this module:

* ``load_scanner(rules_dir)`` builds a scanner from ``rules_dir/detectors.yaml`` (and any
  presidio-format recognizer YAML it references). Invalid configuration raises
  ``gateway.errors.RulesError`` naming the file and the entry.
* ``Scanner.scan(text, service_id=None)`` scans one text and returns a ``ScanResult``.
  Offsets in findings are into the *original* ``text``. ``service_id`` selects per-service
  overrides from ``detectors.yaml``; ``None`` means the defaults (a 約款型 service).

A ``Finding`` never carries the matched text; ``ScanResult`` never carries the prompt. The types
live in ``gateway.scan.result`` (no engine import) and are re-exported here.
"""

from __future__ import annotations

from pathlib import Path

from gateway.scan.engine import build_scanner
from gateway.scan.result import Finding, ScanAction, Scanner, ScanResult

__all__ = ["Finding", "ScanAction", "ScanResult", "Scanner", "load_scanner"]


def load_scanner(rules_dir: Path) -> Scanner:
    """Build the default scanner pipeline from ``rules_dir``."""
    return build_scanner(Path(rules_dir))
