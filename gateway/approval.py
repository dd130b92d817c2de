"""Stage 3: user (or one of their groups / 所属) × service × purpose × validity dates."""

from __future__ import annotations

import datetime as dt

from gateway.model import Approval, ApprovalCheck, Identity, Reason, Service

# Recorded as the purpose when a user approved for several purposes has not said which one applies
# (never silently the first one): an API client without X-AIGW-Purpose, a request before the choice.
PURPOSE_UNCHOSEN = "未選択"


def approvals_for(approvals: tuple[Approval, ...], identity: Identity, service: Service) -> list[Approval]:
    user = identity.user
    groups = set(user.groups) | {user.department} if user else set()
    return [
        a
        for a in approvals
        if a.service == service.id and (a.user == identity.name or (a.group is not None and a.group in groups))
    ]


def check_approval(
    approvals: tuple[Approval, ...],
    identity: Identity,
    service: Service,
    today: dt.date,
    requested_purpose: str | None = None,
) -> ApprovalCheck:
    if identity.user is None:
        return ApprovalCheck(Reason.UNKNOWN_USER)
    mine = approvals_for(approvals, identity, service)
    if not mine:
        return ApprovalCheck(Reason.NOT_APPROVED)
    valid = [a for a in mine if a.approved_on <= today <= a.expires_on]
    if not valid:
        if any(a.approved_on > today for a in mine):
            return ApprovalCheck(Reason.APPROVAL_NOT_YET_VALID)
        latest = max(mine, key=lambda a: a.expires_on)
        return ApprovalCheck(Reason.APPROVAL_EXPIRED, latest)
    valid.sort(key=lambda a: (a.approved_on, a.application_id))
    if requested_purpose:
        for a in valid:
            if requested_purpose in a.purposes:
                return ApprovalCheck(Reason.ALLOWED, a, requested_purpose)
        return ApprovalCheck(Reason.PURPOSE_NOT_APPROVED, valid[0], requested_purpose)
    purposes = list(dict.fromkeys(p for a in valid for p in a.purposes))
    if len(purposes) == 1:  # one approved purpose: no choice to make
        return ApprovalCheck(Reason.ALLOWED, valid[0], purposes[0])
    return ApprovalCheck(Reason.ALLOWED, valid[0], PURPOSE_UNCHOSEN)
