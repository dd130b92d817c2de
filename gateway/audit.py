"""Stage 8: exactly one ``request_decided`` line per AI request, on stdout and in an append-only JSONL.

If the JSONL cannot be written the sink reports itself broken, and the addon then blocks AI
requests (reason ``audit_unavailable``) rather than let them through unrecorded.

The file is the record: a line is in it before the request is released. The stdout copy of a line the file
holds is printed just after the hook that wrote it returns (same order, off the request's path to the upstream);
without a file, stdout is the record and is printed at once.
"""

from __future__ import annotations

import asyncio
import errno
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gateway.logging import audit_record, dumps, emit_line, get_logger
from gateway.model import Verdict


def after_hook(fn: Callable[[Any], None], arg: Any) -> None:
    """``fn(arg)`` once the running hook returns (calls keep their order: off the request's path to the upstream),
    or now when no event loop runs in this thread."""
    try:
        asyncio.get_running_loop().call_soon(fn, arg)
    except RuntimeError:
        fn(arg)


def findings_summary(verdict: Verdict | None) -> list[dict[str, Any]]:
    if verdict is None or verdict.scan is None:
        return []
    best = verdict.scan.entity_scores()
    return [{"entity": e, "count": n, "score": round(s, 2)} for e, (n, s) in sorted(best.items())]


FSYNC_POLICIES = ("always", "interval", "never")
FSYNC_INTERVAL = 1.0  # seconds between fsyncs under the ``interval`` policy


class AuditSink:
    """The append-only JSONL (and stdout). Each line is one ``os.write`` on an ``O_APPEND`` descriptor
    (several gateways may share one file), checked for a full write. ``fsync``:

    * ``always``: every line is fsynced before ``write`` returns (before an allowed request is
      released): no line of a forwarded request is lost even to a power cut; one disk flush per request.
    * ``interval`` (default): every line is in the kernel before ``write`` returns (a crash of aigw
      loses nothing); a background thread fsyncs every ``FSYNC_INTERVAL`` seconds when lines were
      written (a power cut may lose the last second; the request path never waits for the disk).
    * ``never``: the operating system flushes when it likes.
    """

    def __init__(self, path: str | None, fsync: str = "interval") -> None:
        self.path = Path(path).expanduser() if path else None
        self.fsync = fsync
        self._fd: int | None = None
        self._lock = threading.Lock()
        self.broken: str | None = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # O_APPEND: several gateways may share one file; each line is one write.
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
        self._dirty = False
        self._closed = threading.Event()
        if self._fd is not None and fsync == "interval":
            threading.Thread(target=self._syncer, name="aigw-audit-fsync", daemon=True).start()

    def _syncer(self) -> None:
        while not self._closed.wait(FSYNC_INTERVAL):
            if self._dirty:
                self._dirty = False
                fd = self._fd
                if fd is None:
                    return
                try:  # outside the lock: a write on the event loop never waits for the disk
                    os.fsync(fd)
                except OSError:
                    pass  # closed meanwhile (reopen, shutdown); a full disk shows on the next write

    def write(self, fields: dict[str, Any], *, event: str = "request_decided", required: bool = False) -> bool:
        """Write one audit line; True when the file has it (or there is no file).

        ``required``: the line must be in the file before the caller goes on (an allowed request's
        decision, written before the request is released): if the file write fails nothing is
        printed and False is returned, so the caller can block and record that decision instead."""
        line = dumps(audit_record(fields, event))  # rendered once: stdout and the file carry the same line
        ok = self._append(line)
        if ok and self._fd is not None:
            after_hook(emit_line, line)  # the file holds it: its stdout copy follows, off the request's path
        elif ok or not required:
            emit_line(line)
        return ok

    def _append(self, line: str) -> bool:
        if self._fd is None:
            return True
        data = (line + "\n").encode("utf-8")
        try:
            with self._lock:
                n = os.write(self._fd, data)
                if n != len(data):
                    raise OSError(errno.ENOSPC, f"short write ({n} of {len(data)} bytes)")
                if self.fsync == "always":
                    os.fsync(self._fd)
                else:
                    self._dirty = True
            self.broken = None
            return True
        except OSError as e:
            self.broken = f"{type(e).__name__}: {e.strerror or e}"
            get_logger().error("audit_write_failed", error=self.broken, file=str(self.path))
            return False

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._fd is not None:
            try:
                if self.fsync != "never":
                    os.fsync(self._fd)
            except OSError:
                pass
            os.close(self._fd)
            self._fd = None
