"""The one error type for invalid rules: it always names the file and the entry.

Defined in the neutral ``gateway.errors`` (the scanner raises it too); re-exported here.
"""

from __future__ import annotations

from gateway.errors import RulesError, RulesErrors, all_errors

__all__ = ["RulesError", "RulesErrors", "all_errors"]
