"""Stage 6: the decision. A pure function of the earlier stages' results (golden-table tested)."""

from __future__ import annotations

from gateway.model import Action, ApprovalCheck, Reason, Verdict
from gateway.scan.result import ScanResult


def refuse(reason: Reason, scan: ScanResult | None = None) -> Verdict:
    return Verdict(Action.BLOCK, reason, scan, scan.reasons if scan else ())


def decide(approval: ApprovalCheck, scan: ScanResult | None, scan_warn: str = "allow") -> Verdict:
    """``scan`` is None when the request carried no body to scan (e.g. a page GET)."""
    if approval.reason is not Reason.ALLOWED:
        return refuse(approval.reason)
    if scan is None or scan.action == "allow":
        return Verdict(Action.ALLOW, Reason.ALLOWED, scan)
    if scan.action == "block" or scan_warn == "block":
        return refuse(Reason.CONFIDENTIAL_DATA, scan)
    if scan_warn == "caution":  # held: the user may go on with a justification (gateway/caution.py)
        return refuse(Reason.CAUTION_REQUIRED, scan)
    return Verdict(Action.WARN, Reason.SCAN_WARNING, scan, scan.reasons)


def warn_mode(policy: object, service_id: str) -> str:
    """The policy's answer to a scanner 'warn' for this service (scan_warn_by_service, else scan_warn)."""
    by_service = getattr(policy, "scan_warn_by_service", {}) or {}
    return str(by_service.get(service_id, getattr(policy, "scan_warn", "allow")))
