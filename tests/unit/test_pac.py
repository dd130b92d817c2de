"""aigw pac: the generated PAC file, evaluated by a real JavaScript engine (node)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.pac import build_pac, proxy_list

AIGW = Path(sys.executable).with_name("aigw")
NODE = shutil.which("node")


def evaluate(pac: str, hosts: list[str]) -> dict[str, str]:
    if NODE is None:
        pytest.skip("node is not installed: cannot evaluate the PAC JavaScript")
    script = pac + "\nconsole.log(JSON.stringify(HOSTS.map(function (h) { return FindProxyForURL('https://' + h + '/', h); })));"
    r = subprocess.run([NODE, "-e", f"var HOSTS = {json.dumps(hosts)};\n" + script], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    return dict(zip(hosts, json.loads(r.stdout)))


def test_only_ai_hosts_go_to_the_gateway(shipped_rules) -> None:
    pac = build_pac(shipped_rules, ["gw1.example.lg.jp:8080", "gw2.example.lg.jp:8080"])
    gw = "PROXY gw1.example.lg.jp:8080; PROXY gw2.example.lg.jp:8080"
    hosts_only = {h.split("/", 1)[0] for s in shipped_rules.services for h in s.hosts}  # 'host/path/**' too
    catalog = sorted(h for h in hosts_only if not h.startswith("*."))
    wildcard = sorted(h for h in hosts_only if h.startswith("*."))
    shadow = sorted(shipped_rules.shadow_hosts)
    assert catalog and shadow
    hosts = (catalog + [h.replace("*", "files-1") for h in wildcard] + shadow + ["sub." + shadow[0]]
             + ["API.OpenAI.com.", "www.google.com", "example.lg.jp", "notapi.openai.com.evil.example",
                "openai.com.example", "x" + shadow[0]])
    got = evaluate(pac, hosts)
    for h in catalog + shadow + ["sub." + shadow[0], "API.OpenAI.com."]:
        assert got[h] == gw, h
    for h in wildcard:
        assert got[h.replace("*", "files-1")] == gw, h
    for h in ["www.google.com", "example.lg.jp", "notapi.openai.com.evil.example", "openai.com.example",
              "x" + shadow[0]]:
        if shipped_rules.service_for_host(h) is None and shipped_rules.shadow_name(h) is None:
            assert got[h] == "DIRECT", h


def test_pac_matches_the_gateway_classification(shipped_rules) -> None:
    """The PAC sends a host to the gateway exactly when the gateway would decrypt or refuse it."""
    sample = ["api.openai.com", "chatgpt.com", "cdn.oaiusercontent.com", "a.b.oaiusercontent.com", "claude.ai",
              "www.example.com", "oaiusercontent.com", "gemini.google.com", "google.com"]
    sample += [f"deep.{h}" for h in list(shipped_rules.shadow_hosts)[:5]]
    got = evaluate(build_pac(shipped_rules, ["gw:8080"]), sample)
    for h in sample:
        expected = shipped_rules.service_for_host(h) is not None or shipped_rules.shadow_name(h) is not None
        assert (got[h] == "PROXY gw:8080") == expected, h


def test_fallback_to_existing_proxy(shipped_rules) -> None:
    got = evaluate(build_pac(shipped_rules, ["gw:8080"], "PROXY proxy.example:3128"),
                   ["api.openai.com", "www.example.com"])
    assert got == {"api.openai.com": "PROXY gw:8080", "www.example.com": "PROXY proxy.example:3128"}


@pytest.mark.parametrize("bad", [["DIRECT"], ["gw:8080; DIRECT"], ["not a proxy"], ["gw"], [""]])
def test_gateway_list_never_direct_or_malformed(shipped_rules, bad: list[str]) -> None:
    with pytest.raises(ValueError):
        build_pac(shipped_rules, bad)


def test_proxy_list_normalises() -> None:
    assert proxy_list(["gw:8080", "HTTPS gw2:443"]) == "PROXY gw:8080; HTTPS gw2:443"


def test_cli_writes_file(tmp_path: Path) -> None:
    out = tmp_path / "aigw.pac"
    r = subprocess.run([str(AIGW), "pac", "--proxy", "gw.example:8080", "--fallback", "PROXY proxy.example:3128",
                        "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["event"] == "pac_written"
    got = evaluate(out.read_text(encoding="utf-8"), ["api.anthropic.com", "intra.example.lg.jp"])
    assert got == {"api.anthropic.com": "PROXY gw.example:8080", "intra.example.lg.jp": "PROXY proxy.example:3128"}
    r = subprocess.run([str(AIGW), "pac", "--proxy", "DIRECT"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "DIRECT" in r.stderr


def test_shared_hosts_are_named_and_routed_whole_by_default(shipped_rules) -> None:
    from gateway.pac import shared_hosts

    shared = shared_hosts(shipped_rules)
    assert {"graph.microsoft.com", "x.com"} <= set(shared)
    assert "grok.com" not in shared and "api.openai.com" not in shared  # whole-host entries
    pac = build_pac(shipped_rules, ["gw:8080"])
    assert "graph.microsoft.com" in pac.split("var AIGW_GATEWAY")[0] and "WHOLE" in pac
    got = evaluate(pac, ["x.com", "graph.microsoft.com", "grok.com", "www.example.lg.jp"])
    assert got == {"x.com": "PROXY gw:8080", "graph.microsoft.com": "PROXY gw:8080", "grok.com": "PROXY gw:8080",
                   "www.example.lg.jp": "DIRECT"}


def test_shared_hosts_direct_keeps_them_off_the_gateway_only(shipped_rules) -> None:
    pac = build_pac(shipped_rules, ["gw:8080"], fallback="PROXY proxy.example.lg.jp:8080", shared="direct")
    assert "NOT checked" in pac
    got = evaluate(pac, ["x.com", "graph.microsoft.com", "grok.com", "grok.x.com", "api.openai.com", "example.lg.jp"])
    assert got["x.com"] == got["graph.microsoft.com"] == got["example.lg.jp"] == "PROXY proxy.example.lg.jp:8080"
    assert got["grok.com"] == got["grok.x.com"] == got["api.openai.com"] == "PROXY gw:8080"
    with pytest.raises(ValueError):
        build_pac(shipped_rules, ["gw:8080"], shared="sometimes")


def test_cli_shared_hosts(tmp_path: Path) -> None:
    out = tmp_path / "aigw.pac"
    r = subprocess.run([str(AIGW), "pac", "--proxy", "gw:8080", "--shared-hosts", "direct", "-o", str(out)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    ev = json.loads(r.stdout)
    assert ev["shared_route"] == "direct" and "x.com" in ev["shared_hosts"]
    assert '"x.com":1' in out.read_text(encoding="utf-8")
