"""Golden table for the decision: approval × scan verdict × scan_warn policy."""

import pytest

from gateway.decide import decide
from gateway.model import Action, ApprovalCheck, Reason
from gateway.scan.api import Finding, ScanResult

OK = ApprovalCheck(Reason.ALLOWED)
BLOCK_SCAN = ScanResult("block", (Finding("JP_MY_NUMBER", 0, 12, 0.95),), ("strong_identifier",))
WARN_SCAN = ScanResult("warn", (Finding("PERSON", 0, 2, 0.5),), ("person_only",))
CLEAN = ScanResult("allow")

GOLDEN = [
    # approval                                 scan        scan_warn  → action        reason
    (OK,                                        None,       "allow",   Action.ALLOW, Reason.ALLOWED),
    (OK,                                        CLEAN,      "allow",   Action.ALLOW, Reason.ALLOWED),
    (OK,                                        WARN_SCAN,  "allow",   Action.WARN,  Reason.SCAN_WARNING),
    (OK,                                        WARN_SCAN,  "block",   Action.BLOCK, Reason.CONFIDENTIAL_DATA),
    (OK,                                        BLOCK_SCAN, "allow",   Action.BLOCK, Reason.CONFIDENTIAL_DATA),
    (OK,                                        WARN_SCAN,  "caution", Action.BLOCK, Reason.CAUTION_REQUIRED),
    (OK,                                        BLOCK_SCAN, "caution", Action.BLOCK, Reason.CONFIDENTIAL_DATA),
    (OK,                                        CLEAN,      "caution", Action.ALLOW, Reason.ALLOWED),
    (ApprovalCheck(Reason.NOT_APPROVED),        CLEAN,      "allow",   Action.BLOCK, Reason.NOT_APPROVED),
    (ApprovalCheck(Reason.NOT_APPROVED),        BLOCK_SCAN, "allow",   Action.BLOCK, Reason.NOT_APPROVED),
    (ApprovalCheck(Reason.APPROVAL_EXPIRED),    None,       "allow",   Action.BLOCK, Reason.APPROVAL_EXPIRED),
    (ApprovalCheck(Reason.UNKNOWN_USER),        None,       "allow",   Action.BLOCK, Reason.UNKNOWN_USER),
    (ApprovalCheck(Reason.PURPOSE_NOT_APPROVED), CLEAN,     "allow",   Action.BLOCK, Reason.PURPOSE_NOT_APPROVED),
    (ApprovalCheck(Reason.APPROVAL_NOT_YET_VALID), None,    "block",   Action.BLOCK, Reason.APPROVAL_NOT_YET_VALID),
]


@pytest.mark.parametrize("approval,scan,scan_warn,action,reason", GOLDEN)
def test_decide_golden(approval, scan, scan_warn, action, reason):
    v = decide(approval, scan, scan_warn)
    assert (v.action, v.reason) == (action, reason)
    if reason is Reason.CONFIDENTIAL_DATA:
        assert v.detail == scan.reasons and v.scan is scan


def test_warn_mode_per_service():
    from types import SimpleNamespace

    from gateway.decide import warn_mode

    policy = SimpleNamespace(scan_warn="allow", scan_warn_by_service={"chatgpt": "caution"})
    assert warn_mode(policy, "chatgpt") == "caution" and warn_mode(policy, "openai-api") == "allow"
