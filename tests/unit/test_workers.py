"""The worker pool: a job past its deadline kills its worker (the process is gone) and a fresh one serves the
next job; a failure in a worker is reported by exception type only; the inline/worker choice is by cost."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from gateway import bounded, workers
from gateway.model import ScanResult


def _gone(pid: int, timeout: float = 5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_a_job_past_its_deadline_kills_the_worker_and_a_fresh_one_serves_the_next() -> None:
    async def main() -> None:
        pool = workers.WorkerPool(1)
        try:
            pool.start()
            first = await pool.run(("sleep", 0), 30)  # also waits for the worker to start
            with pytest.raises(workers.WorkerTimeout):
                await pool.run(("sleep", 30), 0.3)
            assert pool.killed == 1
            assert _gone(first), "the timed-out worker still runs"
            second = await pool.run(("sleep", 0), 30)
            assert second != first
        finally:
            pool.close()

    asyncio.run(main())


def test_workers_warm_before_they_join_the_pool_and_a_dead_one_is_replaced() -> None:
    """A fresh worker is warmed by the pool itself (``scan_workers_ready`` once); a job meanwhile waits for it; a worker
    that dies while warming is replaced after ``RESPAWN_DELAY``, not in a tight loop."""
    async def main() -> None:
        pool = workers.WorkerPool(1)
        try:
            pool.start()
            assert pool.warming == 1 and pool.ready_at is None
            pid = await pool.run(("sleep", 0), 30)  # queued behind the warm-up, then served
            assert pool.ready_at is not None and pool.warming == 0
            w = pool._idle.get_nowait()  # (taken out of the pool by hand)
            assert w.warmed and w.pid == pid and pool._all == {w}
            # a worker that dies during its warm-up: killed, then replaced a few seconds later
            pool._all.discard(w)
            w.kill()
            pool._respawn()
            [fresh] = list(pool._all)
            fresh.proc.kill()
            deadline = time.monotonic() + workers.RESPAWN_DELAY + 20
            while time.monotonic() < deadline and (fresh in pool._all or not pool._all):
                await asyncio.sleep(0.1)
            assert fresh not in pool._all and len(pool._all) == 1
            assert await pool.run(("sleep", 0), 30) not in (pid, fresh.pid)
        finally:
            pool.close()

    asyncio.run(main())


def test_a_failing_job_names_the_exception_type_only() -> None:
    async def main() -> None:
        pool = workers.WorkerPool(1)
        try:
            with pytest.raises(workers.WorkerError) as ei:
                await pool.run(("nope", "秘密の本文"), 30)
            assert type(ei.value).__name__ == "ValueError" and "秘密" not in str(ei.value)
            assert await pool.run(("sleep", 0), 30)  # the worker still serves
        finally:
            pool.close()

    asyncio.run(main())


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux scheduling classes")
def test_a_worker_runs_on_cpu_time_nobody_serving_users_wants() -> None:
    async def main() -> None:
        pool = workers.WorkerPool(1)
        try:
            pid = await pool.run(("sleep", 0), 30)
            assert os.sched_getscheduler(pid) == os.SCHED_IDLE  # the event loop and its peers preempt it at once
            assert os.sched_getscheduler(0) != os.SCHED_IDLE  # the gateway itself keeps its class
        finally:
            pool.close()

    asyncio.run(main())


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux scheduling classes")
def test_a_fresh_worker_warms_up_in_the_normal_class_at_nice_10_and_its_jobs_then_start_idle() -> None:
    """Building the scanner and importing the readers is what the next waiting request needs: in the idle class
    on a busy host it starved (a document's first extraction waited 15 s at a load of 9)."""
    async def main() -> None:
        pool = workers.WorkerPool(1)
        try:
            pool.start()
            (worker,) = pool._all
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # the child sets its priority first thing
                try:
                    if os.getpriority(os.PRIO_PROCESS, worker.pid) == workers.WORKER_NICE:
                        break
                except (OSError, TypeError):
                    pass
                await asyncio.sleep(0.02)
            assert os.getpriority(os.PRIO_PROCESS, worker.pid) == workers.WORKER_NICE
            assert os.sched_getscheduler(worker.pid) == os.SCHED_OTHER
            assert await pool.run(("sleep", 0), 30) == worker.pid
            assert os.sched_getscheduler(worker.pid) == os.SCHED_IDLE
        finally:
            pool.close()

    asyncio.run(main())


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux scheduling classes")
def test_a_job_still_running_at_a_quarter_of_its_bound_leaves_the_idle_class_and_the_next_starts_idle() -> None:
    """On a host whose cores are all busy an idle-class worker gets almost no CPU: a long job is raised to
    nice 10 so it finishes before its deadline instead of being killed (needs RLIMIT_NICE ≥ 10 or
    CAP_SYS_NICE: the systemd unit's LimitNICE=+0)."""
    if os.geteuid() != 0 and os.getrlimit(os.RLIMIT_NICE)[0] < 10:  # type: ignore[attr-defined]
        pytest.skip("this user may not return to nice 10")

    async def main() -> None:
        pool = workers.WorkerPool(1)
        try:
            pid = await pool.run(("sleep", 0), 30)
            long_job = asyncio.create_task(pool.run(("sleep", 1.2), 2.0))  # escalated after 0.5 s
            await asyncio.sleep(0.9)
            assert os.sched_getscheduler(pid) == os.SCHED_OTHER and os.getpriority(os.PRIO_PROCESS, pid) == 10
            await long_job
            assert await pool.run(("sleep", 0), 30) == pid
            assert os.sched_getscheduler(pid) == os.SCHED_IDLE  # each job starts in the background again
        finally:
            pool.close()

    asyncio.run(main())


def _hog(stop) -> None:  # a busy process in the normal class: one per core leaves the idle class no CPU
    while not stop.is_set():
        pass


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux scheduling classes")
def test_the_gateway_lifts_a_starved_job_out_of_the_idle_class() -> None:
    """Every core busy: a worker in the idle class gets no CPU, not even to run its own timer's handler, so the
    gateway moves it to the normal class at a quarter of the job's bound (round 11: at a load of 8 the jobs of
    these tests stayed idle past their deadlines), and to nice 0 at half of it (round 12: at nice 10 a frame's
    extraction still reached its bound at a load of 6)."""
    if os.geteuid() != 0 and os.getrlimit(os.RLIMIT_NICE)[0] < 10:  # type: ignore[attr-defined]
        pytest.skip("this user may not return to nice 10")
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")

    async def main() -> None:
        pool = workers.WorkerPool(1)
        stop = ctx.Event()
        hogs = [ctx.Process(target=_hog, args=(stop,), daemon=True) for _ in range((os.cpu_count() or 1) + 1)]
        try:
            pid = await pool.run(("sleep", 0), 30)
            for h in hogs:
                h.start()
            long_job = asyncio.create_task(pool.run(("sleep", 3.6), 6.0))  # lifted after 1.5 s, boosted after 3 s
            await asyncio.sleep(2.2)  # still running, out of the idle class at nice 10
            assert os.sched_getscheduler(pid) == os.SCHED_OTHER and os.getpriority(os.PRIO_PROCESS, pid) == 10
            if os.geteuid() == 0 or os.getrlimit(os.RLIMIT_NICE)[0] >= 20:  # type: ignore[attr-defined]
                await asyncio.sleep(1.0)  # past half its bound: the gateway's own priority
                assert os.getpriority(os.PRIO_PROCESS, pid) == 0
            assert await long_job == pid
            # idle again, at nice 10, before its answer came back
            assert os.sched_getscheduler(pid) == os.SCHED_IDLE and os.getpriority(os.PRIO_PROCESS, pid) == 10
        finally:
            stop.set()
            for h in hogs:
                h.join(5)
            pool.close()

    asyncio.run(main())


def test_scan_cost_counts_kanji_and_kana_four_times() -> None:
    assert bounded.scan_cost("abcd") == 4
    assert bounded.scan_cost("会議") == 8
    assert bounded.scan_cost("かな a") == 10


def test_a_result_with_thousands_of_findings_crosses_back_condensed_with_exact_counts() -> None:
    """Rebuilding every finding of a crafted prompt would hold the event loop; the counts and scores the
    audit line and the block message report stay exact."""
    from gateway.scan.api import load_scanner
    from tests.unit.scan._helpers import RULES

    scanner = load_scanner(RULES)
    workers.register(scanner, RULES)
    text = "個人番号 526018159084、電話 090-1234-5678。\n" * 400
    inline = scanner.scan(text, "chatgpt")
    assert len(inline.findings) > ScanResult.LISTED

    async def main() -> None:
        pool = workers.WorkerPool(1)
        try:
            remote = await pool.run(("scan", workers.key_of(scanner), text, "chatgpt", frozenset()), 120)
        finally:
            pool.close()
        assert len(remote.findings) == ScanResult.LISTED
        assert remote.findings == inline.findings[: ScanResult.LISTED]
        assert (remote.action, remote.reasons) == (inline.action, inline.reasons)
        assert remote.entity_scores() == inline.entity_scores()
        assert remote.entity_counts() == inline.entity_counts()

    asyncio.run(main())


def test_a_large_websocket_frame_is_read_in_a_worker_the_same_way_as_inline() -> None:
    import base64
    import json

    from gateway.decode import BodyError
    from gateway.rules.schema import Limits

    limits = Limits()
    hidden = base64.b64encode("申請者の個人番号は526018159084です。".encode()).decode()
    frame = json.dumps({"event": "send", "content": [{"type": "text", "text": "資料です。" * 3000 + hidden}]},
                       ensure_ascii=False).encode()
    assert len(frame) > bounded.inline_body_bytes(limits)

    async def main() -> None:
        inline = await bounded.read_frame(frame, True, limits)  # no pool: inline
        pool = workers.WorkerPool(1)
        workers.set_pool(pool)
        try:
            remote = await bounded.read_frame(frame, True, limits)
            with pytest.raises(BodyError):  # an unknown binary frame is unscannable, reported as such
                await bounded.read_frame(b"\x00\x01\x02\xff\xfe unknown", False, limits)
            with pytest.raises(BodyError):  # a file in a frame (a zip signature) is parsed in the worker
                await bounded.read_frame(b"PK\x03\x04" + b"\x00" * 64, False, limits)
        finally:
            workers.set_pool(None)
            pool.close()
        assert remote == inline and [s.where for s in remote.decoded] == ["ws.content[0].text:decoded"]

    asyncio.run(main())
