"""The compiled baseline of known AI domains matches the shipped rules, and fills the gaps of shortened rules."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from gateway.errors import RulesError
from gateway.rules import DEFAULT_RULES_DIR
from gateway.rules.baseline import KNOWN_AI_HOSTS
from gateway.rules.loader import REQUIRED_FILES, load_rules

REPO = Path(__file__).resolve().parents[3]


def test_baseline_is_generated_from_the_shipped_rules() -> None:
    r = subprocess.run([sys.executable, str(REPO / "scripts" / "gen_baseline.py"), "--check"])
    assert r.returncode == 0, "gateway/rules/baseline.py is out of date: run scripts/gen_baseline.py"


def test_a_known_ai_host_missing_from_both_lists_is_shadow(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    shadow = yaml.safe_load((rules / "shadow_ai.yaml").read_text(encoding="utf-8"))
    shadow["hosts"] = [h for h in shadow["hosts"] if h["host"] != "poe.com"]
    (rules / "shadow_ai.yaml").write_text(yaml.safe_dump(shadow, allow_unicode=True), encoding="utf-8")
    services = yaml.safe_load((rules / "services.yaml").read_text(encoding="utf-8"))
    services["services"] = [s for s in services["services"] if s["id"] != "deepseek"]
    (rules / "services.yaml").write_text(yaml.safe_dump(services, allow_unicode=True), encoding="utf-8")
    rs = load_rules(rules)
    assert rs.shadow_name("poe.com") == KNOWN_AI_HOSTS["poe.com"]
    assert rs.shadow_name("chat.deepseek.com") is not None and rs.service_for_host("chat.deepseek.com") is None
    assert rs.service_for_host("api.deepseek.com") is not None  # still catalogued: never shadow
    assert rs.shadow_name("x.com") is None  # a shared host (path-scoped entry) is not in the baseline


@pytest.mark.parametrize("name", REQUIRED_FILES)
@pytest.mark.parametrize("damage", ["missing", "empty", "comments_only", "truncated"])
def test_incomplete_rules_are_rejected(tmp_path: Path, name: str, damage: str) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    path = rules / name
    data = path.read_bytes()
    if damage == "missing":
        path.unlink()
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "comments_only":
        path.write_bytes(b"# nothing\n\n")
    else:
        path.write_bytes(data[: len(data) // 2].rstrip(b"\n"))
    with pytest.raises(RulesError) as ei:
        load_rules(rules)
    assert ei.value.file == name
