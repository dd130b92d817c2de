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
