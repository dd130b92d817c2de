"""What a scan returns, and what a scanner is. The types live in ``gateway.model`` (the scanner
imports the model, never the reverse) and are re-exported here for the scanner package."""

from __future__ import annotations

from gateway.model import Finding, ScanAction, Scanner, ScanResult

__all__ = ["Finding", "ScanAction", "ScanResult", "Scanner"]
