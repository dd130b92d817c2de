"""The one error type for invalid rules: it always names the file and the entry."""

from __future__ import annotations


class RulesError(Exception):
    """Invalid rules. ``file`` is the YAML file, ``entry`` the offending entry (id or path)."""

    def __init__(self, file: str, entry: str | None, message: str) -> None:
        self.file = file
        self.entry = entry
        self.message = message
        where = f"{file}: {entry}" if entry else file
        super().__init__(f"{where}: {message}")
