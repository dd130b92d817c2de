"""Who is this person, and what may they do? Shared by ``aigw console`` and ``aigw approvals``.

Authentication reuses the proxy's own identity source, so a 許可権限者 signs in with the same account
they use for the proxy: ``policy.yaml`` ``console.proxyauth`` (default ``identity.proxyauth``), an
htpasswd file (``@file``, bcrypt) or LDAP (``ldap[s]:…``), checked with mitmproxy's own validators.

Roles come from the rules (``policy.yaml`` ``console:`` and ``approvers.yaml``):

- ``admin``: ``console.admins`` (user names): every page, every decision;
- ``approver`` (許可権限者): ``approvers.yaml``, per service (``*`` = all);
- ``service_manager`` (外部サービス管理者): ``console.service_managers`` (service → names/groups/所属);
- ``reviewer``: ``console.reviewers`` (names, groups or 所属): search, triage, dashboards, reports;
- every authenticated user (``staff``) may apply for an approval and see their own applications.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from gateway.rules.ruleset import RuleSet


class AuthError(Exception):
    """Authentication failed or is not configured (a clear, Japanese-first message)."""


@dataclass(frozen=True)
class Principal:
    """An authenticated person and their roles."""

    name: str
    display_name: str = ""
    department: str = ""
    admin: bool = False
    reviewer: bool = False
    approver_services: frozenset[str] = frozenset()  # '*' = every service
    managed_services: frozenset[str] = frozenset()
    roles: tuple[str, ...] = field(default=())

    def may_decide(self, service: str) -> bool:
        return self.admin or "*" in self.approver_services or service in self.approver_services

    @property
    def may_review(self) -> bool:
        return self.admin or self.reviewer

    def may_see_service(self, service: str) -> bool:
        return self.may_review or service in self.managed_services or self.may_decide(service)

    @property
    def sees_usage(self) -> bool:
        return self.may_review or bool(self.managed_services)


def identity_spec(rules: RuleSet) -> str | None:
    """The proxyauth spec used for console and approver logins, with ``@file`` made absolute."""
    spec = rules.policy.console.proxyauth or rules.proxyauth
    if spec and spec.startswith("@") and not Path(spec[1:]).is_absolute():
        spec = "@" + str(Path(rules.directory) / spec[1:])
    return spec


def make_validator(spec: str | None) -> Callable[[str, str], bool]:
    """mitmproxy's htpasswd / LDAP validator for a proxyauth spec."""
    if not spec or spec == "any":
        raise AuthError("ログインに使う認証情報（policy.yaml identity.proxyauth または console.proxyauth の"
                        " htpasswd・LDAP）が設定されていません / no identity source configured")
    from mitmproxy.addons import proxyauth

    try:
        if spec.startswith("@"):
            return proxyauth.Htpasswd(spec)
        if spec.startswith(("ldap:", "ldaps:")):
            return proxyauth.Ldap(spec)
        if ":" in spec:  # single user "name:password" (mitmproxy's SingleUser)
            return proxyauth.SingleUser(spec)
    except Exception as e:  # unreadable htpasswd, bad LDAP spec
        raise AuthError(f"認証情報を読めません / cannot use identity source: {e}") from None
    raise AuthError(f"認証方式を解釈できません / unsupported identity source {spec.split(':')[0]!r}")


def authenticate(rules: RuleSet, name: str, password: str) -> Principal:
    """The principal when ``password`` is right for ``name``; AuthError otherwise (same message
    whether the user or the password was wrong)."""
    if not name or not password or len(password) > 1024 or len(name) > 128:
        raise AuthError("利用者名またはパスワードが違います / wrong user name or password")
    check = make_validator(identity_spec(rules))
    try:
        ok = bool(check(name, password))
    except Exception as e:  # LDAP down etc.: fail closed
        if _refused_bind(e):  # mitmproxy's Ldap binds with auto_bind: a wrong password raises
            ok = False
        else:
            raise AuthError("認証サーバーに接続できません / identity source unavailable") from None
    if not ok:
        raise AuthError("利用者名またはパスワードが違います / wrong user name or password")
    return principal(rules, name)


def _refused_bind(e: Exception) -> bool:
    try:
        from ldap3.core.exceptions import LDAPBindError, LDAPInvalidCredentialsResult
    except ImportError:  # pragma: no cover - ldap3 comes with mitmproxy
        return False
    return isinstance(e, (LDAPBindError, LDAPInvalidCredentialsResult))


def principal(rules: RuleSet, name: str) -> Principal:
    """Roles of ``name`` from the rules (no authentication: callers have done it)."""
    c = rules.policy.console
    user = rules.users.get(name)
    memberships = {name}
    if user:
        memberships |= set(user.groups) | {user.department}
    admin = name in c.admins
    reviewer = bool(memberships & set(c.reviewers))
    appr = rules.approvers.get(name)
    approver_services = frozenset(appr.services) if appr else frozenset()
    managed = frozenset(sid for sid, who in c.service_managers.items() if memberships & set(who))
    roles = tuple(r for r, on in (("admin", admin), ("reviewer", reviewer), ("approver", bool(approver_services)),
                                  ("service_manager", bool(managed)), ("staff", True)) if on)
    display = (appr.display_name if appr else "") or (user.display_name if user else "") or name
    return Principal(name=name, display_name=display, department=user.department if user else "", admin=admin,
                     reviewer=reviewer, approver_services=approver_services, managed_services=managed, roles=roles)
