"""Errors shared across layers, in a module that imports nothing of aigw.

``RulesError`` is raised by the rules loader (``gateway.rules``) and by the scanner's configuration
(``gateway.scan.config``, ``detectors.yaml``): both sit below the proxy, neither imports the other.
"""

from __future__ import annotations


class RulesError(Exception):
    """Invalid rules. ``file`` is the YAML file, ``entry`` the offending entry (id or path)."""

    def __init__(self, file: str, entry: str | None, message: str) -> None:
        self.file = file
        self.entry = entry
        self.message = message
        where = f"{file}: {entry}" if entry else file
        super().__init__(f"{where}: {message}")


class RulesErrors(RulesError):
    """Several invalid entries at once (``aigw check-rules`` lists them all). Reads as the first one, so a
    caller that knows only ``RulesError`` still names a file and an entry."""

    def __init__(self, errors: list[RulesError]) -> None:
        if not errors:
            raise ValueError("RulesErrors needs at least one error")
        first = errors[0]
        super().__init__(first.file, first.entry, first.message)
        self.errors = errors


def all_errors(e: RulesError) -> list[RulesError]:
    """Every error an exception carries (one for a plain ``RulesError``)."""
    return list(e.errors) if isinstance(e, RulesErrors) else [e]
