import datetime as dt

import pytest

from gateway.approval import check_approval
from gateway.model import Approval, Identity, Reason, User

D = dt.date
TANAKA = Identity("tanaka", "proxyauth", User("tanaka", "田中", "総務部 情報政策課", ("生成AI試行利用者",)))
SUZUKI = Identity("suzuki", "proxyauth", User("suzuki", "鈴木", "市民部 市民課", ()))
GHOST = Identity("ghost", "proxyauth", None)


def ap(app_id, *, user=None, group=None, service="openai-api", purposes=("文書作成支援",),
       start=D(2026, 4, 1), end=D(2027, 3, 31)):
    return Approval(app_id, service, purposes, "部長", start, end, user, group)


@pytest.fixture
def svc(shipped_rules):
    return next(s for s in shipped_rules.services if s.id == "openai-api")


@pytest.mark.parametrize("approvals,ident,today,purpose,reason,purpose_out", [
    ((ap("A1", user="tanaka"),), TANAKA, D(2026, 11, 26), None, Reason.ALLOWED, "文書作成支援"),
    ((ap("A1", user="tanaka"),), TANAKA, D(2027, 3, 31), None, Reason.ALLOWED, "文書作成支援"),  # last day valid
    ((ap("A1", user="tanaka"),), TANAKA, D(2027, 4, 1), None, Reason.APPROVAL_EXPIRED, None),
    ((ap("A1", user="tanaka"),), TANAKA, D(2026, 3, 31), None, Reason.APPROVAL_NOT_YET_VALID, None),
    ((ap("A1", user="tanaka"),), SUZUKI, D(2026, 11, 26), None, Reason.NOT_APPROVED, None),
    ((ap("A1", user="tanaka"),), GHOST, D(2026, 11, 26), None, Reason.UNKNOWN_USER, None),
    ((ap("G1", group="生成AI試行利用者"),), TANAKA, D(2026, 11, 26), None, Reason.ALLOWED, "文書作成支援"),
    ((ap("G2", group="市民部 市民課"),), SUZUKI, D(2026, 11, 26), None, Reason.ALLOWED, "文書作成支援"),  # by 所属
    ((ap("A1", user="tanaka", service="chatgpt"),), TANAKA, D(2026, 11, 26), None, Reason.NOT_APPROVED, None),
    ((ap("A1", user="tanaka"),), TANAKA, D(2026, 11, 26), "翻訳", Reason.PURPOSE_NOT_APPROVED, "翻訳"),
    ((ap("A1", user="tanaka"), ap("A2", user="tanaka", purposes=("翻訳",))), TANAKA, D(2026, 11, 26), "翻訳",
     Reason.ALLOWED, "翻訳"),
    # several purposes and none stated: recorded as 未選択, never silently the first one
    ((ap("A1", user="tanaka"), ap("A2", user="tanaka", purposes=("翻訳",))), TANAKA, D(2026, 11, 26), None,
     Reason.ALLOWED, "未選択"),
    ((ap("A1", user="tanaka", purposes=("翻訳", "要約")),), TANAKA, D(2026, 11, 26), None, Reason.ALLOWED, "未選択"),
    # an expired approval next to a valid one does not matter
    ((ap("OLD", user="tanaka", start=D(2024, 4, 1), end=D(2025, 3, 31)), ap("NEW", user="tanaka")), TANAKA,
     D(2026, 11, 26), None, Reason.ALLOWED, "文書作成支援"),
])
def test_check_approval(svc, approvals, ident, today, purpose, reason, purpose_out):
    r = check_approval(approvals, ident, svc, today, purpose)
    assert r.reason is reason
    assert r.purpose == purpose_out
