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
