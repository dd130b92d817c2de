"""gateway/addons/diagnostics.py: SIGUSR1 writes where each task and thread waits — code locations, no values."""

from __future__ import annotations

import asyncio
import io
import os
import signal

from gateway.addons.diagnostics import Diagnostics, dump_tasks

SECRET = "個人番号 526018159084"


async def _held(event: asyncio.Event, text: str) -> None:
    _ = text  # a local holding prompt text: must never reach the dump
    await event.wait()


def test_a_waiting_task_is_named_with_its_frames_and_no_values() -> None:
    async def main() -> str:
        ev = asyncio.Event()
        task = asyncio.create_task(_held(ev, SECRET), name="held-request")
        await asyncio.sleep(0)
        out = io.StringIO()
        n = dump_tasks(out, {task})
        ev.set()
        await task
        assert n == 1
        return out.getvalue()

    text = asyncio.run(main())
    assert "--- task held-request _held" in text and "test_diagnostics.py" in text and "in _held" in text
    assert "526018159084" not in text and "個人番号" not in text


def test_sigusr1_dumps_on_the_running_loop(capfd) -> None:
    async def main() -> int:
        d = Diagnostics()
        d.running()
        ev = asyncio.Event()
        task = asyncio.create_task(_held(ev, SECRET), name="held-request")
        await asyncio.sleep(0)
        os.kill(os.getpid(), signal.SIGUSR1)
        await asyncio.sleep(0.05)
        d.done()
        ev.set()
        await task
        return 0

    asyncio.run(main())
    err = capfd.readouterr().err
    assert "=== aigw diagnostics: asyncio tasks ===" in err and "held-request" in err
    assert "=== aigw diagnostics: threads ===" in err and "526018159084" not in err


def test_the_dump_lists_recent_client_connections_by_port_only() -> None:
    """Round 17: which connections reached the gateway and how they ended (time, event, client port), never a value."""
    from mitmproxy.test import tflow

    d = Diagnostics()
    f = tflow.tflow()
    f.client_conn.peername = ("127.0.0.1", 54321)
    f.request.path = "/v1/chat?note=" + SECRET
    d.client_connected(f.client_conn)
    d.http_connect(f)
    d.requestheaders(f)
    d.client_disconnected(f.client_conn)
    out = io.StringIO()
    d.dump(out)
    text = out.getvalue()
    section = text.split("recent client connections")[1].split("=== aigw diagnostics: threads")[0]
    assert [line.split()[1:] for line in section.strip().splitlines()[1:]] == [
        ["connected", "54321"], ["CONNECT", "54321"], ["request", "head", "54321"], ["disconnected", "54321"]]
    assert "526018159084" not in text and "/v1/chat" not in text
