"""Path globs used by the catalog: endpoints and path-scoped (shared) host entries."""

from __future__ import annotations

import re

_SEG = re.compile(r"\*\*|\*|\{[^/{}]+\}|[^*{]+")


def compile_path_glob(glob: str) -> re.Pattern[str]:
    """'/v1/chat/completions', '/v1/*' (one segment), '/v1/**' (anything), '/x/{id}/y' (one segment)."""
    out = []
    for tok in _SEG.findall(glob):
        if tok == "**":
            out.append(".*")
        elif tok == "*" or tok.startswith("{"):
            out.append("[^/]+")
        else:
            out.append(re.escape(tok))
    return re.compile("".join(out) + r"/?\Z")
