"""Invalid rules name the file and the entry; unknown keys are rejected."""

from pathlib import Path

import pytest

from gateway.rules.errors import RulesError
from gateway.rules.loader import compile_path_glob, load_rules


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load(d):
    return load_rules(d)


def test_shipped_rules_load(shipped_rules):
    assert {s.id for s in shipped_rules.services} >= {"openai-api", "chatgpt", "anthropic-api"}
    assert set(shipped_rules.users) >= {"tanaka", "suzuki"}
    assert shipped_rules.proxyauth.endswith("demo.htpasswd")
    tanaka = {a.service for a in shipped_rules.approvals if a.user == "tanaka"}
    assert tanaka == {"openai-api", "chatgpt", "anthropic-api"}
    assert all("文書作成支援" in a.purposes for a in shipped_rules.approvals if a.user == "tanaka")
    assert not [a for a in shipped_rules.approvals if a.user == "suzuki"]


@pytest.mark.parametrize("file,old,new,want_file,want_entry,want_msg", [
    ("services.yaml", "    vendor: OpenAI\n    kind: 約款型", "    vendor: OpenAI\n    colour: red\n    kind: 約款型",
     "services.yaml", "services[0] (openai-api).colour", "unknown key 'colour'"),
    ("services.yaml", "hosts: [api.openai.com]", "hosts: [api openai com]",
     "services.yaml", "services[0] (openai-api).hosts", "invalid host"),
    ("services.yaml", "kind: 約款型\n    data_limit: 機密性１\n    manager: 総務部 情報政策課 情報化推進係長\n    business_scopes: [文書作成支援, 翻訳, 要約, アイデア出し]",
     "kind: 約款型\n    data_limit: 機密性２\n    manager: 総務部 情報政策課 情報化推進係長\n    business_scopes: [文書作成支援, 翻訳, 要約, アイデア出し]",
     "services.yaml", "services[1] (chatgpt)", "機密性１"),
    ("services.yaml", "extractor: openai_responses", "extractor: magic",
     "services.yaml", "services[0] (openai-api).endpoints[2].extractor", "Input should be"),
    ("users.yaml", "department: 市民部 市民課", "departmnt: 市民部 市民課",
     "users.yaml", "users[1] (suzuki)", ""),
    ("approvals.yaml", "user: tanaka\n    service: chatgpt", "user: tanaka\n    service: chatgtp",
     "approvals.yaml", "approvals[1] (AI-2026-0002).service", "unknown service 'chatgtp'"),
    ("approvals.yaml", "expires_on: 2028-03-31", "expires_on: 2026-01-01",
     "approvals.yaml", "approvals[0] (AI-2026-0001)", "before approved_on"),
    ("approvals.yaml", "purposes: [文書作成支援]", "purposes: [占い]",
     "approvals.yaml", "approvals[0] (AI-2026-0001).purposes", "業務の範囲"),
    ("approvals.yaml", "approved_on: 2026-04-01", "approved_on: 2026-13-01",
     "approvals.yaml", "approvals[0] (AI-2026-0001).approved_on", ""),
    ("policy.yaml", "shadow_ai: block", "shadow_ai: maybe",
     "policy.yaml", "shadow_ai", ""),
    ("policy.yaml", "    not_approved:", "    not_aproved:",
     "policy.yaml", "messages.reasons.not_aproved", "unknown reason code"),
    ("policy.yaml", "proxyauth: \"@demo.htpasswd\"", "proxyauth: \"@missing.htpasswd\"",
     "policy.yaml", "identity.proxyauth", "not found"),
    ("shadow_ai.yaml", "{host: x.ai, name: xAI, category: api}", "{host: 'deep seek', name: DeepSeek}",
     "shadow_ai.yaml", "hosts[0] (DeepSeek).host", "invalid host"),
    ("users.yaml", "  - name: suzuki", "  - name: tanaka", "users.yaml", None, "duplicate user"),
    ("detectors.yaml", "  azure-openai:", "  azure-opneai:", "detectors.yaml", "services.azure-opneai",
     "unknown service id"),
    ("services.yaml", "block: anonymous_use}", "block: be_nice}", "services.yaml",
     "services[1] (chatgpt).endpoints[0].block", "Input should be"),
])
def test_errors_name_file_and_entry(rules_copy, file, old, new, want_file, want_entry, want_msg):
    edit(rules_copy / file, old, new)
    with pytest.raises(RulesError) as ei:
        load(rules_copy)
    e = ei.value
    assert e.file == want_file
    if want_entry:
        assert want_entry in (e.entry or ""), e
    assert want_msg in e.message, e


def test_yaml_syntax_error_names_line(rules_copy):
    (rules_copy / "users.yaml").write_text("users:\n  - name: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulesError) as ei:
        load(rules_copy)
    assert ei.value.file == "users.yaml" and "line" in ei.value.entry


def test_missing_file(rules_copy):
    (rules_copy / "policy.yaml").unlink()
    with pytest.raises(RulesError, match="policy.yaml"):
        load(rules_copy)


@pytest.mark.parametrize("glob,path,ok", [
    ("/v1/chat/completions", "/v1/chat/completions", True),
    ("/v1/chat/completions", "/v1/chat/completions/", True),
    ("/v1/chat/completions", "/v1/chat/completionsX", False),
    ("/v1/*", "/v1/x", True),
    ("/v1/*", "/v1/x/y", False),
    ("/v1/**", "/v1/x/y", True),
    ("/openai/deployments/{d}/chat/completions", "/openai/deployments/gpt4/chat/completions", True),
    ("/a.b", "/aXb", False),
])
def test_path_glob(glob, path, ok):
    assert bool(compile_path_glob(glob).match(path)) is ok


def test_check_rules_lists_every_error_with_file_and_entry(tmp_path) -> None:
    """Every invalid entry of every file at once (not only the first), then every cross-file error."""
    import json
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from gateway.rules.errors import RulesErrors

    src = Path(__file__).resolve().parents[3] / "rules"
    rules = tmp_path / "r"
    shutil.copytree(src, rules)
    policy = rules / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace(
        "timezone: Asia/Tokyo", "timezone: Asia/Tokio\ncolour: red"), encoding="utf-8")
    users = rules / "users.yaml"
    users.write_text(users.read_text(encoding="utf-8").replace("department:", "departmnt:", 1), encoding="utf-8")
    with pytest.raises(RulesErrors) as e:
        load_rules(rules)
    where = {(x.file, x.entry) for x in e.value.errors}
    assert {("policy.yaml", "timezone"), ("policy.yaml", "colour")} <= where
    assert any(f == "users.yaml" for f, _ in where)
    out = subprocess.run([str(Path(sys.executable).with_name("aigw")), "check-rules", str(rules)],
                         capture_output=True, text=True, timeout=120)
    lines = [json.loads(x) for x in out.stdout.splitlines() if x.startswith("{")]
    assert out.returncode == 2 and len(lines) == len(e.value.errors) >= 4
    assert all(x["event"] == "rules_rejected" and x["file"] and x["entry"] for x in lines)
    # once the files are valid, every cross-file error is listed too
    policy.write_text(src.joinpath("policy.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(src / "users.yaml", users)
    approvals = rules / "approvals.yaml"
    approvals.write_text(approvals.read_text(encoding="utf-8").replace("service: openai-api", "service: nope", 1)
                         .replace("purposes: [文書作成支援]", "purposes: [占い]"), encoding="utf-8")
    with pytest.raises(RulesErrors) as e2:
        load_rules(rules)
    assert len(e2.value.errors) >= 2 and all(x.file == "approvals.yaml" for x in e2.value.errors)
