"""A fleet rules directory with two 団体 (tenants.yaml): みどり野市役所 and さくら町役場.

Both have a user named ``tanaka``; only みどり野市役所's tanaka is approved for the OpenAI API
(``AI-MIDORI-0001``). さくら町役場's tanaka has an approval for Claude (``AI-SAKURA-0001``) only.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from gateway.rules.loader import DEFAULT_RULES_DIR

TENANTS = {
    "midori": dict(name="みどり野市役所", networks=["127.0.0.2/32", "fd00:aa::/64"], realms=["midorino"],
                   contact="みどり野市役所 情報政策課（内線 1234）", dept="総務部 情報政策課",
                   approvals=[("AI-MIDORI-0001", "openai-api")]),
    "sakura": dict(name="さくら町役場", networks=["127.0.0.3/32", "fd00:bb::/64"], realms=["sakura"],
                   contact="さくら町役場 総務課 DX推進係（内線 5678）", dept="総務課 DX推進係",
                   approvals=[("AI-SAKURA-0001", "anthropic-api")]),
}


def tenant_files(directory: Path, tid: str) -> None:
    t = TENANTS[tid]
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "users.yaml").write_text(
        "users:\n"
        f"  - name: tanaka\n    display_name: 田中（{t['name']}）\n    department: {t['dept']}\n"
        f"  - name: sato\n    display_name: 佐藤\n    department: {t['dept']}\n", encoding="utf-8")
    approvals = "approvals:\n" + "".join(
        f"  - application_id: {app}\n    user: tanaka\n    service: {service}\n    purposes: [文書作成支援]\n"
        f"    approver: {t['name']} 総務部長\n    approved_on: 2026-04-01\n    expires_on: 2099-03-31\n"
        for app, service in t["approvals"])
    (directory / "approvals.yaml").write_text(approvals, encoding="utf-8")
    (directory / "policy.yaml").write_text(
        f"organisation: {t['name']}\n"
        "messages:\n"
        f"  contact: {t['contact']}\n"
        f"  how_to_apply: {t['name']}の生成AI利用申請書で申請してください\n"
        "  reasons:\n"
        f"    not_approved: {t['name']}では、このサービスの利用承認が記録されていません\n", encoding="utf-8")


def tenants_yaml(tenants: dict[str, dict] | None = None, registries: dict[str, str] | None = None) -> str:
    out = ["tenants:"]
    for tid, t in (tenants or TENANTS).items():
        out += [f"  - id: {tid}", f"    name: {t['name']}", f"    networks: [{', '.join(t['networks'])}]",
                f"    realms: [{', '.join(t['realms'])}]", f"    rules: tenants/{tid}"]
        if registries and tid in registries:
            out.append(f"    registry: {registries[tid]}")
    return "\n".join(out) + "\n"


def make_tenant_fleet(dest: Path, *, source: Path = DEFAULT_RULES_DIR, proxyauth: str | None = None,
                      registries: dict[str, str] | None = None) -> Path:
    """Copy the fleet rules (``source``) to ``dest`` and add the two tenants. ``proxyauth``: the fleet's
    identity.proxyauth (e.g. '@fleet.htpasswd' with 'tanaka@midorino' entries)."""
    if not dest.exists():
        shutil.copytree(source, dest)
    for tid in TENANTS:
        tenant_files(dest / "tenants" / tid, tid)
    (dest / "tenants.yaml").write_text(tenants_yaml(registries=registries), encoding="utf-8")
    if proxyauth is not None:
        policy = dest / "policy.yaml"
        text = policy.read_text(encoding="utf-8")
        import re

        text, n = re.subn(r"(?m)^(  proxyauth:).*$", rf'\1 "{proxyauth}"', text, count=1)
        assert n == 1, "policy.yaml has no identity.proxyauth line"
        policy.write_text(text, encoding="utf-8")
    return dest
