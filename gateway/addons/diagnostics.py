"""``SIGUSR1``: write where every task and thread of the gateway is waiting to stderr (``kill -USR1``).

For a request that never gets an answer while the event loop idles (a future nobody resolves, a hook awaiting a
connection): the dump names code locations only — file, line, function of each frame of each asyncio task and
each thread — never a local variable, so no prompt text can reach it. One ``diagnostics_dumped`` log line says
how many tasks were written. Then the last ``RECENT`` client connections' events (connected, CONNECT, request head,
WebSocket start and end, disconnected) with the time and the client's port only: a request that never got an answer
shows whether its connection ever reached the gateway and how it ended (round 17: a WebSocket handshake left
unanswered while no task of the gateway held its connection).
"""

from __future__ import annotations

import asyncio
import faulthandler
import signal
import sys
from collections import deque
from typing import Any, TextIO

from gateway import clock
from gateway.logging import get_logger


def dump_tasks(out: TextIO, tasks: set["asyncio.Task[Any]"]) -> int:
    """Each task's name, coroutine and suspended frames (code locations only); the number written."""
    for task in sorted(tasks, key=lambda t: t.get_name()):
        coro = task.get_coro()
        out.write(f"--- task {task.get_name()} {getattr(coro, '__qualname__', type(coro).__name__)}"
                  f"{' (done)' if task.done() else ''}\n")
        for frame in task.get_stack(limit=40):
            code = frame.f_code
            out.write(f"  {code.co_filename}:{frame.f_lineno} in {code.co_name}\n")
    return len(tasks)


RECENT = 256


def _port(conn: Any) -> int | None:
    peer = getattr(conn, "peername", None)
    return peer[1] if peer and len(peer) > 1 else None


class Diagnostics:
    def __init__(self) -> None:
        self.log = get_logger()
        self._loop: asyncio.AbstractEventLoop | None = None
        self.recent: deque[tuple[Any, str, int | None]] = deque(maxlen=RECENT)

    def _note(self, what: str, conn: Any) -> None:
        self.recent.append((clock.utcnow(), what, _port(conn)))

    def client_connected(self, client: Any) -> None:
        self._note("connected", client)

    def client_disconnected(self, client: Any) -> None:
        self._note("disconnected", client)

    def http_connect(self, flow: Any) -> None:
        self._note("CONNECT", flow.client_conn)

    def requestheaders(self, flow: Any) -> None:
        self._note("request head", flow.client_conn)

    def websocket_start(self, flow: Any) -> None:
        self._note("websocket start", flow.client_conn)

    def websocket_end(self, flow: Any) -> None:
        self._note("websocket end", flow.client_conn)

    def running(self) -> None:
        try:
            self._loop = asyncio.get_running_loop()
            self._loop.add_signal_handler(signal.SIGUSR1, self.dump)
        except (RuntimeError, NotImplementedError, ValueError):  # no loop, not the main thread, or no signals
            self._loop = None

    def dump(self, out: TextIO | None = None) -> int:
        out = out or sys.stderr
        out.write("=== aigw diagnostics: asyncio tasks ===\n")
        n = dump_tasks(out, asyncio.all_tasks(self._loop) if self._loop is not None else set())
        out.write("=== aigw diagnostics: recent client connections (time, event, client port) ===\n")
        for t, what, port in list(self.recent):
            out.write(f"  {t.isoformat(timespec='milliseconds')[11:23]} {what} {port}\n")
        out.write("=== aigw diagnostics: threads ===\n")
        out.flush()
        try:
            faulthandler.dump_traceback(file=out, all_threads=True)
        except (ValueError, OSError, AttributeError):  # an out without a file descriptor (tests)
            pass
        out.flush()
        self.log.info("diagnostics_dumped", tasks=n)
        return n

    def done(self) -> None:
        if self._loop is not None:
            try:
                self._loop.remove_signal_handler(signal.SIGUSR1)
            except (RuntimeError, ValueError):
                pass
            self._loop = None
