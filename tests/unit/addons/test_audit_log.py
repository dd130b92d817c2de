"""AuditLog: exactly one request_decided line per request, however many hooks run after."""

from __future__ import annotations

import json

from tests.unit.addons.conftest import ai_flow


async def test_exactly_one_audit_line(gw, tmp_path):
    log = tmp_path / "audit.jsonl"
    gw.configure(aigw_audit_log=str(log))
    f = await gw.run(ai_flow(user="suzuki"))
    await gw.response(f)
    await gw.response(f)
    await gw.error(f)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["reason"] == "not_approved"
