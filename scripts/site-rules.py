"""Turn a copy of the shipped rules into an organisation's starting rules (scripts/install-gateway.sh).

Keeps the service catalog, detectors, shadow-AI list and the Japanese messages; sets ``organisation``
and ``identity.proxyauth`` in policy.yaml; empties users, client_ip_map, approvals and approvers (the
demo organisation's accounts, みどり野市役所, never serve real staff). Comments stay. Usage:

    python scripts/site-rules.py RULES_DIR --org NAME [--proxyauth SPEC]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

EMPTY = {
    "users.yaml": "# 利用者（所属とグループ）。proxyauth のユーザー名、またはクライアントIPの対応表で識別します。\n"
                  "# 例は aigw のリポジトリの rules/users.yaml を参照してください。\n"
                  "users: []\n\n# 固定IPの端末: CIDR → 利用者\nclient_ip_map: []\n",
    "approvals.yaml": "# 利用承認の記録（許可権限者が審査・承認した申請）。例は rules/approvals.yaml を参照してください。\n"
                      "approvals: []\n",
    "approvers.yaml": "# 許可権限者と承認できるサービス（aigw approvals approve / deny / revoke）。\n"
                      "approvers: []\n",
}


def yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def rewrite_policy(text: str, org: str, proxyauth: str) -> str:
    text, n = re.subn(r"(?m)^organisation:.*$", lambda m: f"organisation: {yaml_str(org)}", text, count=1)
    if n != 1:
        raise SystemExit("site-rules: policy.yaml has no 'organisation:' line")
    value = yaml_str(proxyauth) if proxyauth else "null  # 未設定: 利用者を識別できないため AI への送信はすべてブロックされます"
    text, n = re.subn(r"(?m)^(\s+)proxyauth:.*$", lambda m: f"{m.group(1)}proxyauth: {value}", text, count=1)
    if n != 1:
        raise SystemExit("site-rules: policy.yaml has no 'identity.proxyauth' line")
    return text


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="site-rules.py")
    p.add_argument("rules_dir", type=Path)
    p.add_argument("--org", required=True)
    p.add_argument("--proxyauth", default="")
    a = p.parse_args(argv)
    if not a.org.strip():
        raise SystemExit("site-rules: --org must not be empty")
    policy = a.rules_dir / "policy.yaml"
    policy.write_text(rewrite_policy(policy.read_text(encoding="utf-8"), a.org.strip(), a.proxyauth),
                      encoding="utf-8")
    for name, text in EMPTY.items():
        (a.rules_dir / name).write_text(text, encoding="utf-8")
    (a.rules_dir / "demo.htpasswd").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
