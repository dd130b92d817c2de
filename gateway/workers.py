"""Killable worker processes for slow scans and large extractions.

A scan or an extraction past its time bound must be *stopped*, not abandoned: a thread cannot be
killed, a process can. The pool keeps a few worker processes (option ``aigw_scan_workers``); each
builds the scanner itself from the rules directory it is told (a scanner holds locks and automata
that do not pickle) and keeps the last two it built. A job runs on an idle worker under a deadline;
past the deadline the worker is killed (SIGKILL) and a fresh one replaces it, so a crafted input
costs one worker for ``scan_timeout_ms`` and never a core for good.

Which scanner: ``gateway.runtime.load_runtime`` registers every scanner it builds with the directory
it came from and a generation number (``register``); a job names that key, so a worker scans with the
scanner of the same rules as the request (a reload makes a new generation). A scanner that was not
registered (tests that inject one) has no key and is scanned inline by ``gateway.bounded``.

Building a scanner (a few seconds) is not counted against a job's deadline: a worker that does not
hold the job's scanner yet is warmed first, bounded by ``WARM_TIMEOUT``. Plain Python, no mitmproxy.
"""

from __future__ import annotations

import asyncio
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from gateway.logging import get_logger

WORKER_NICE = 10  # where SCHED_IDLE is not available: a worker's priority below the gateway's
WARM_TIMEOUT = 120.0  # seconds to build a scanner in a fresh worker
ESCALATE_AT = 0.25  # share of a job's time bound after which it leaves the idle scheduling class
BOOST_AT = 0.5  # … and after which it runs at the gateway's own priority (nice 0): a busy host still serves it
QUEUE_TIMEOUT = 30.0  # seconds a job may wait for a free worker (a killed worker's replacement is warming)
RESPAWN_DELAY = 5.0  # seconds before a worker that died while warming up is replaced
_CTX = multiprocessing.get_context("spawn")  # never fork a process that runs an event loop and threads

Key = tuple[str, int]  # (rules directory, generation)

_keys: "weakref.WeakKeyDictionary[Any, Key]" = weakref.WeakKeyDictionary()
_generation = itertools.count(1)


def register(scanner: Any, directory: Path) -> None:
    """Remember that ``scanner`` was built from ``directory`` (a new generation each time)."""
    try:
        _keys[scanner] = (str(directory), next(_generation))
    except TypeError:  # not weak-referenceable: it stays inline
        pass


def key_of(scanner: Any) -> Key | None:
    try:
        return _keys.get(scanner)
    except TypeError:
        return None


class WorkerTimeout(Exception):
    """The job overran its deadline (the worker was killed), or no worker became free in time."""


class WorkerError(Exception):
    """The job failed in the worker (the exception's type name only: never its text) or the worker died."""


class RemoteBodyError(Exception):
    """``gateway.decode.BodyError`` raised in the worker: reason value and detail."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


# ---------------------------------------------------------------------------------------------- the worker side
def background_priority() -> None:  # pragma: no cover - runs in the child process
    """A worker runs on CPU time nobody serving users wants (each job starts so). Linux SCHED_IDLE: the event
    loop, and the clients and servers it talks to, preempt a worker at once and the scheduler places them on a
    core that only runs workers as if it were free (with nice 10 a woken client could wait behind a worker's
    time slice: the noisy-neighbour p99 of bench/bench_proxy.py). Nice 10 as well, and alone elsewhere."""
    try:
        os.setpriority(os.PRIO_PROCESS, 0, WORKER_NICE)
    except OSError:
        pass
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        pass


def warm_priority() -> None:  # pragma: no cover - runs in the child process
    """Nice 10 in the normal class: building the scanner and importing the readers (a fresh worker, or new
    rules) is what the next waiting request needs, so it must not starve in the idle class on a busy host (it
    did: a document's first extraction waited 15 s at a load of 9). Bounded work, once per worker and rules.
    Leaving SCHED_IDLE needs CAP_SYS_NICE or RLIMIT_NICE ≥ 10 (the systemd unit's ``LimitNICE=+0``, the
    container's ``--ulimit nice=20``); without it a worker that already ran a job stays in the idle class."""
    try:
        os.setpriority(os.PRIO_PROCESS, 0, WORKER_NICE)
    except OSError:
        pass
    try:
        os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))
    except (AttributeError, OSError):
        pass


def lift(pid: int | None) -> None:
    """Move a worker out of the idle class (its nice 10 stays), from the gateway's side. A job past
    ``ESCALATE_AT`` of its time bound, and a worker about to build a scanner, must not wait for CPU that a busy
    host never gives the idle class: the worker cannot do this itself, since a starved process does not run
    even its own signal handler (it did not: at a load of 8 a long job stayed idle past its deadline). Needs
    the same limit as ``warm_priority``; without it the worker stays where it is."""
    if pid is None:
        return
    try:
        os.sched_setscheduler(pid, os.SCHED_OTHER, os.sched_param(0))
    except (AttributeError, OSError):
        pass


def boost(pid: int | None) -> None:
    """Give a worker the gateway's own priority (nice 0) for the rest of its job, from the gateway's side: past
    ``BOOST_AT`` of its bound a job lifted to nice 10 still gets about a tenth of a core against each busy process
    at nice 0 (the scheduler's weights), so on an overloaded host a document reached its bound (``scan_timeout``).
    Needs CAP_SYS_NICE or RLIMIT_NICE ≥ 20 (the systemd unit's ``LimitNICE=+0``, the container's ``--ulimit
    nice=20``); without it the worker stays at nice 10. The worker returns to the idle class and nice 10 before
    it answers (``background_priority``: lowering a priority needs no privilege)."""
    if pid is None:
        return
    try:
        os.setpriority(os.PRIO_PROCESS, pid, 0)
    except OSError:
        pass


def _worker_main(conn: Any, warm: Key | None) -> None:  # pragma: no cover - runs in the child process
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the gateway decides when a worker ends
    warm_priority()  # the start-up build below and the readers' imports; each job then starts idle
    scanners: dict[Key, Any] = {}

    def scanner(key: Key) -> Any:
        if key not in scanners:
            from gateway.scan.api import load_scanner  # lazy: start-up time of a worker

            if len(scanners) >= 2:
                scanners.pop(next(iter(scanners)))
            scanners[key] = load_scanner(Path(key[0]))
        return scanners[key]

    try:
        from gateway import reading  # noqa: F401  (the extraction modules, before any job waits for them)

        if warm is not None:
            scanner(warm)
    except Exception:
        pass  # reported on the first job that needs it
    # Idle between jobs, set before each answer goes back: the next job starts idle, and only the gateway moves the
    # worker out (``lift``, past a share of the job's bound, or before a warm-up). Were the worker to enter the idle
    # class when a job arrives, a lift made while it was starved before reading the job would be undone.
    background_priority()
    while True:
        try:
            bound, job = conn.recv()
        except (EOFError, OSError):
            return  # the gateway went away
        if job[0] == "warm":
            warm_priority()
        try:
            result = _run(job, scanner)
            background_priority()
            conn.send(("ok", result))
        except Exception as e:
            background_priority()
            from gateway.decode import BodyError  # lazy: start-up time of a worker

            if isinstance(e, BodyError):
                conn.send(("body_error", e.reason.value, e.detail))
            else:  # the type only: an exception text may quote the input
                conn.send(("error", type(e).__name__))


def _run(job: tuple[Any, ...], scanner: Any) -> Any:  # pragma: no cover - runs in the child process
    kind = job[0]
    if kind == "warm":  # untimed: what a job would otherwise import or build inside its deadline
        from gateway import reading  # noqa: F401  (the extraction modules)

        if job[1] is not None:
            scanner(job[1])
        return None
    if kind == "scan":
        _, key, text, service_id, faults = job
        _faults(faults, text)
        return scanner(key).scan(text, service_id).condensed()  # the event loop unpickles it: bounded
    if kind == "extract":
        from gateway import reading  # lazy: start-up time of a worker

        return reading.read_request(*job[1:])
    if kind == "frame":
        from gateway import reading

        return reading.read_frame(*job[1:])
    if kind == "sleep":  # tests
        time.sleep(job[1])
        return os.getpid()
    raise ValueError(kind)


SLOW_MARKER = "AIGW-FAULT-SLOW-SCAN"


def _faults(faults: frozenset[str], text: str) -> None:  # pragma: no cover - runs in the child process
    if "scan" in faults:
        raise RuntimeError("fault injection: scan")
    if "scan_timeout" in faults or ("slow_input" in faults and SLOW_MARKER in text):
        while True:  # a scan that never ends: only the kill stops it
            time.sleep(0.05)


# ---------------------------------------------------------------------------------------------- the gateway side
class _Worker:
    def __init__(self, warm: Key | None) -> None:
        self.conn, child = _CTX.Pipe()
        self.proc = _CTX.Process(target=_worker_main, args=(child, warm), daemon=True, name="aigw-scan-worker")
        # mitmproxy puts the addon script's folder (gateway/) on sys.path; the child must not import
        # gateway/logging.py as the standard ``logging``
        own = str(Path(__file__).resolve().parent)
        saved = sys.path[:]
        sys.path[:] = [p for p in saved if p and Path(p).resolve() != Path(own)]
        try:
            self.proc.start()
        finally:
            sys.path[:] = saved
        child.close()
        self.key = warm  # the scanner it holds (or is building first)
        self.warmed = False

    @property
    def pid(self) -> int | None:
        return self.proc.pid

    def call(self, job: tuple[Any, ...], bound: float) -> tuple[Any, ...]:
        """Send a job (with its time bound in seconds) and wait for its answer (in a pool thread; the kill ends
        the wait with EOFError)."""
        self.conn.send((bound, job))
        return self.conn.recv()

    def kill(self) -> None:
        try:
            self.proc.kill()
        except Exception:
            pass
        self.proc.join(2)
        try:
            self.conn.close()
        except OSError:
            pass


class WorkerPool:
    """``size`` worker processes; ``run`` one job on an idle one under a deadline."""

    def __init__(self, size: int = 2) -> None:
        self.size = max(1, size)
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._threads = ThreadPoolExecutor(max_workers=self.size + 1, thread_name_prefix="aigw-worker-wait")
        self._lock = threading.Lock()
        self.warm_key: Key | None = None
        self.killed = 0  # workers killed past their deadline (metrics, tests)
        self.warming = 0  # workers building their scanner before they take a job (``_prewarm``)
        self.ready_at: float | None = None  # seconds from start to the first warm worker (``scan_workers_ready``)
        self._started = 0.0
        self._tasks: set[asyncio.Task[None]] = set()
        self.log = get_logger()

    # ---- life cycle
    def start(self, warm: Key | None = None) -> None:
        """Start the workers (on the running event loop), each building ``warm``'s scanner."""
        if warm is not None:
            self.warm_key = warm
        if self._idle is None:
            self._idle = asyncio.Queue()
            self._started = time.monotonic()
            for _ in range(self.size):
                self._spawn()

    def _spawn(self) -> None:
        """A new worker, warmed before it joins the idle queue (a job never waits behind a cold start it could
        not see: it waits for the queue, bounded by ``WARM_TIMEOUT`` while a worker warms)."""
        w = _Worker(self.warm_key)
        self._all.add(w)
        self.warming += 1
        task = asyncio.get_running_loop().create_task(self._prewarm(w))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _prewarm(self, w: _Worker) -> None:
        loop = asyncio.get_running_loop()
        key, ok, failure = self.warm_key, False, None
        try:
            lift(w.pid)  # the build runs in the normal class at once, however busy the host
            answer = await asyncio.wait_for(
                loop.run_in_executor(self._threads, w.call, ("warm", key), WARM_TIMEOUT), WARM_TIMEOUT)
            ok = answer[0] == "ok"
        except (TimeoutError, EOFError, OSError) as e:
            failure = type(e).__name__
        finally:
            self.warming -= 1
        if self._idle is None or w not in self._all or failure is not None:
            # closed meanwhile; or no answer (it died, or it is still building past the bound: its late answer would
            # be read as the next job's): killed, and replaced while the pool runs — at once after a timeout, a few
            # seconds later after a death (a worker that cannot start must not respawn in a tight loop)
            self._all.discard(w)
            await loop.run_in_executor(None, w.kill)
            if self._idle is not None and failure is not None:
                self.log.warning("scan_worker_killed", pid=w.pid, job="warm", error=failure,
                                 timeout_ms=round(WARM_TIMEOUT * 1000))
                loop.call_later(0 if failure == "TimeoutError" else RESPAWN_DELAY, self._respawn)
            return
        if ok:
            w.key, w.warmed = key, True
            if self.ready_at is None:
                self.ready_at = time.monotonic() - self._started
                self.log.info("scan_workers_ready", workers=self.size, seconds=round(self.ready_at, 2))
        self._idle.put_nowait(w)

    def _respawn(self) -> None:
        if self._idle is not None and len(self._all) < self.size:
            self._spawn()

    def pids(self) -> list[int]:
        return [w.pid for w in self._all if w.pid is not None and w.proc.is_alive()]

    def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for w in list(self._all):
            w.kill()
        self._all.clear()
        self._idle = None
        self._threads.shutdown(wait=False, cancel_futures=True)

    # ---- jobs
    async def run(self, job: tuple[Any, ...], timeout: float, key: Key | None = None) -> Any:
        """The job's result. Raises ``WorkerTimeout`` (the worker is killed and replaced),
        ``RemoteBodyError`` or ``WorkerError`` (fail closed)."""
        if self._idle is None:
            self.start(key)
        assert self._idle is not None
        loop = asyncio.get_running_loop()
        # waiting for a free worker is bounded too: longer than a job (a replacement may be warming), and as long
        # as a warm-up while one is building its scanner (a fresh gateway or worker on a busy host)
        wait = max(timeout, QUEUE_TIMEOUT, WARM_TIMEOUT if self.warming else 0.0)
        try:
            worker = await asyncio.wait_for(self._idle.get(), wait)
        except TimeoutError:
            raise WorkerTimeout("no scan worker free in time") from None
        healthy = False
        try:
            # a worker still building its scanner (fresh, or the rules changed) finishes that first: untimed
            wanted = key if key is not None else (worker.key or self.warm_key)
            if not worker.warmed or (key is not None and worker.key != key):
                if key is not None:
                    self.warm_key = key
                warm = ("warm", wanted)
                lift(worker.pid)  # the build runs in the normal class at once, however busy the host
                try:
                    answer = await asyncio.wait_for(
                        loop.run_in_executor(self._threads, worker.call, warm, WARM_TIMEOUT), WARM_TIMEOUT)
                except (TimeoutError, EOFError, OSError) as e:
                    raise WorkerError(f"worker did not start: {type(e).__name__}") from None
                if answer[0] != "ok":
                    healthy = True
                    raise _remote_error(answer[1])
                worker.key, worker.warmed = wanted, True
            lifting = (loop.call_later(timeout * ESCALATE_AT, lift, worker.pid),
                       loop.call_later(timeout * BOOST_AT, boost, worker.pid))
            try:
                answer = await asyncio.wait_for(loop.run_in_executor(self._threads, worker.call, job, timeout),
                                                timeout)
            except TimeoutError:
                self.killed += 1
                self.log.warning("scan_worker_killed", pid=worker.pid, job=job[0], timeout_ms=round(timeout * 1000))
                raise WorkerTimeout("job exceeded its deadline") from None
            except (EOFError, OSError, BrokenPipeError) as e:
                raise WorkerError(f"worker died: {type(e).__name__}") from None
            finally:
                for timer in lifting:
                    timer.cancel()
            healthy = True
        finally:
            if healthy and worker.proc.is_alive():
                self._idle.put_nowait(worker)
            else:
                self._all.discard(worker)
                await loop.run_in_executor(None, worker.kill)
                if self._idle is not None:
                    self._spawn()
        if answer[0] == "ok":
            return answer[1]
        if answer[0] == "body_error":
            raise RemoteBodyError(answer[1], answer[2])
        raise _remote_error(answer[1])


def _remote_error(name: str) -> WorkerError:
    """A ``WorkerError`` named after the worker's exception type (logs say what failed, never its text)."""
    cls = _ERRORS.get(name)
    if cls is None:
        cls = _ERRORS[name] = type(name if name.isidentifier() else "WorkerError", (WorkerError,), {})
    return cls(name)


_ERRORS: dict[str, type[WorkerError]] = {}
_pool: WorkerPool | None = None


def set_pool(pool: WorkerPool | None) -> None:
    """The pool the running gateway uses (set by ``gateway.addons.workers``); None: everything inline."""
    global _pool
    _pool = pool


def pool() -> WorkerPool | None:
    return _pool
