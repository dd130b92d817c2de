"""The audit sink: one checked write per line, fsync policies, a full disk reported (never a silent loss)."""

import io
import json
from pathlib import Path

import pytest

from gateway import audit
from gateway.logging import configure_logging


@pytest.mark.parametrize("policy", audit.FSYNC_POLICIES)
def test_lines_are_written_whole_under_every_fsync_policy(tmp_path: Path, policy: str) -> None:
    sink = audit.AuditSink(str(tmp_path / "a.jsonl"), policy)
    for i in range(3):
        assert sink.write({"request_id": f"r{i}", "action": "allow"}, required=True)
    sink.write({"request_id": "r0", "upstream_status": 200}, event="request_completed")
    sink.close()
    lines = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert [x["event"] for x in lines] == ["request_decided"] * 3 + ["request_completed"]


def test_full_disk_required_line_is_not_printed_and_reported() -> None:
    buf = io.StringIO()
    configure_logging(buf)
    try:
        sink = audit.AuditSink("/dev/full", "always")
        assert sink.write({"request_id": "x", "action": "allow"}, required=True) is False
        assert sink.broken and "No space" in sink.broken
        out = [json.loads(x) for x in buf.getvalue().splitlines()]
        assert [x["event"] for x in out] == ["audit_write_failed"]  # the allow line never appeared
        assert sink.write({"request_id": "x", "action": "block", "reason": "audit_unavailable"}) is False
        out = [json.loads(x) for x in buf.getvalue().splitlines()]
        assert [x["event"] for x in out][-1] == "request_decided"  # the block is printed at least
        sink.close()
    finally:
        configure_logging()


def test_stdout_copy_follows_the_hook_when_the_file_holds_the_line(tmp_path: Path) -> None:
    """On the event loop the file gets the line at once (audit before forward) and stdout just after the hook;
    without a file stdout is the record and gets it at once."""
    import asyncio

    buf = io.StringIO()
    configure_logging(buf)
    try:
        async def hook() -> tuple[str, str, str]:
            with_file = audit.AuditSink(str(tmp_path / "a.jsonl"), "never")
            with_file.write({"request_id": "r1", "action": "allow"}, required=True)
            in_file, on_stdout = (tmp_path / "a.jsonl").read_text(encoding="utf-8"), buf.getvalue()
            await asyncio.sleep(0)  # the hook returned: the loop runs what it scheduled
            with_file.close()
            return in_file, on_stdout, buf.getvalue()

        in_file, during, after = asyncio.run(hook())
        assert '"r1"' in in_file and during == "" and '"r1"' in after

        stdout_only = audit.AuditSink(None)
        asyncio.run(_write_and_read(stdout_only, buf))
    finally:
        configure_logging()


async def _write_and_read(sink: audit.AuditSink, buf: io.StringIO) -> None:
    before = buf.getvalue()
    sink.write({"request_id": "r2", "action": "allow"}, required=True)
    assert '"r2"' in buf.getvalue()[len(before):]  # no file: printed before the hook returns
