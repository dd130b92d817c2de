"""Stage 8: exactly one ``request_decided`` line per AI request, on stdout and in an append-only JSONL.

If the JSONL cannot be written the sink reports itself broken, and the addon then blocks AI
requests (reason ``audit_unavailable``) rather than let them through unrecorded.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from gateway.logging import audit_record, dumps, emit_line, get_logger
from gateway.model import Verdict


def findings_summary(verdict: Verdict | None) -> list[dict[str, Any]]:
    if verdict is None or verdict.scan is None:
        return []
    best: dict[str, list[float]] = {}
    for f in verdict.scan.findings:
        c = best.setdefault(f.entity, [0, 0.0])
        c[0] += 1
        c[1] = max(c[1], f.score)
    return [{"entity": e, "count": int(c), "score": round(s, 2)} for e, (c, s) in sorted(best.items())]


class AuditSink:
    def __init__(self, path: str | None) -> None:
        self.path = Path(path).expanduser() if path else None
        self._fh = None
        self._lock = threading.Lock()
        self.broken: str | None = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # O_APPEND: several gateways may share one file; each line is one write.
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
            self._fh = os.fdopen(fd, "a", encoding="utf-8", buffering=1)

    def write(self, fields: dict[str, Any]) -> None:
        line = dumps(audit_record(fields))  # rendered once: stdout and the file carry the same line
        emit_line(line)
        if self._fh is None:
            return
        try:
            with self._lock:
                self._fh.write(line + "\n")
                self._fh.flush()
            self.broken = None
        except OSError as e:
            self.broken = f"{type(e).__name__}: {e.strerror or e}"
            get_logger().error("audit_write_failed", error=self.broken, file=str(self.path))

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
