"""Approval registry records: an application (申請) and its lifecycle, plus the audit trail.

    pending (審査中) --approve--> approved (承認) --revoke--> revoked (取消)
            \\--deny-----> denied (却下)
    approved + valid_until passed = expired (期限切れ; derived from the date, never stored)
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from gateway import clock
from gateway.model import Approval


class Status(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"
    REVOKED = "revoked"


STATUS_JA = {"pending": "審査中", "approved": "承認", "denied": "却下", "revoked": "取消", "expired": "期限切れ"}


class RegistryError(Exception):
    """A refused change or bad input, with a message for the operator (exit status 2)."""


@dataclass
class Application:
    application_id: str
    applicant: str
    service: str
    purposes: tuple[str, ...]
    business_scope: str
    valid_from: dt.date
    valid_until: dt.date
    user: str | None = None
    group: str | None = None
    status: Status = Status.PENDING
    approver: str | None = None
    decided_at: str | None = None
    decision_comment: str | None = None
    revoked_by: str | None = None
    revoked_at: str | None = None
    revoke_reason: str | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def subject(self) -> str:
        return self.user if self.user else f"group:{self.group}"

    def effective_status(self, today: dt.date) -> str:
        if self.status is Status.APPROVED and today > self.valid_until:
            return "expired"
        return self.status.value

    def to_approval(self) -> Approval:
        return Approval(application_id=self.application_id, service=self.service, purposes=self.purposes,
                        approver=self.approver or "", approved_on=self.valid_from, expires_on=self.valid_until,
                        user=self.user, group=self.group)

    def to_dict(self) -> dict[str, Any]:
        return {
            "application_id": self.application_id, "status": self.status.value, "applicant": self.applicant,
            "service": self.service, "user": self.user, "group": self.group, "purposes": list(self.purposes),
            "business_scope": self.business_scope, "valid_from": self.valid_from.isoformat(),
            "valid_until": self.valid_until.isoformat(), "approver": self.approver, "decided_at": self.decided_at,
            "decision_comment": self.decision_comment, "revoked_by": self.revoked_by, "revoked_at": self.revoked_at,
            "revoke_reason": self.revoke_reason, "created_at": self.created_at, "updated_at": self.updated_at,
        }

    def report_dict(self) -> dict[str, Any]:
        """The shape ``aigw report`` reads (same keys as approvals.yaml plus status / revoked_on)."""
        def jst_date(stamp: str | None) -> dt.date | None:
            if not stamp:
                return None
            return clock.date_of(clock.parse_stamp(stamp))

        revoked_on = jst_date(self.revoked_at)
        return {"application_id": self.application_id, "user": self.user, "group": self.group,
                "service": self.service, "purposes": list(self.purposes), "approver": self.approver or "",
                "approved_on": self.valid_from, "expires_on": self.valid_until, "status": self.status.value,
                "revoked_on": revoked_on, "decided_on": jst_date(self.decided_at)}


@dataclass(frozen=True)
class Event:
    """One line of the audit trail: who did what to which application, when."""

    id: int
    application_id: str
    at: str
    actor: str
    action: str  # apply | approve | deny | revoke | import
    detail: dict[str, Any] = field(default_factory=dict)
