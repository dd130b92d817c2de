"""Fail closed on a real gateway: scanner exceptions and timeouts block; bad start-up config exits."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from tests.support.certs import UPSTREAM_HOSTS
from tests.support.gateway import AIGW, GatewayProcess
from tests.support.upstream import FakeUpstream

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def faulty(module_dir: Path, test_rules: Path, upstream: FakeUpstream, pki) -> Iterator[GatewayProcess]:
    gw = GatewayProcess(module_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-faulty", extra_sets=("aigw_fault_injection=scan",)).start()
    yield gw
    gw.stop()


@pytest.fixture(scope="module")
def slow(module_dir: Path, upstream: FakeUpstream, pki, tmp_path_factory) -> Iterator[GatewayProcess]:
    from tests.support.gateway import make_test_rules

    rules = make_test_rules(tmp_path_factory.mktemp("slow") / "rules")
    policy = rules / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("scan_timeout_ms: 5000", "scan_timeout_ms: 200"),
                      encoding="utf-8")
    gw = GatewayProcess(module_dir, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-slow", extra_sets=("aigw_fault_injection=scan_timeout",)).start()
    yield gw
    gw.stop()


def _send(gw: GatewayProcess, text: str) -> openai.PermissionDeniedError:
    client = openai.OpenAI(api_key="sk", base_url="https://api.openai.com/v1", http_client=gw.http_client())
    with pytest.raises(openai.PermissionDeniedError) as ei:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": text}])
    return ei.value


def test_scanner_exception_blocks(faulty: GatewayProcess, upstream: FakeUpstream) -> None:
    text = "scanner-fault-probe 会議の要約"
    m = faulty.mark()
    err = _send(faulty, text)
    assert err.code == "scan_failed" and "検査中にエラー" in str(err)
    assert upstream.received(text) == []
    (d,) = faulty.new_decisions(m)
    assert (d["action"], d["reason"], d["stage"]) == ("block", "scan_failed", "scan")
    assert any(e.get("event") == "scan_failed" and e.get("error") == "RuntimeError" for e in faulty.events)


def test_scan_timeout_blocks(slow: GatewayProcess, upstream: FakeUpstream) -> None:
    text = "scan-timeout-probe 会議の要約"
    m = slow.mark()
    err = _send(slow, text)
    assert err.code == "scan_timeout"
    assert upstream.received(text) == []
    (d,) = slow.new_decisions(m)
    assert d["reason"] == "scan_timeout" and d["scan_ms"] >= 200


def test_invalid_rules_at_start_exit_nonzero(tmp_path: Path) -> None:
    from tests.support.gateway import make_test_rules

    rules = make_test_rules(tmp_path / "rules")
    services = rules / "services.yaml"
    services.write_text(services.read_text(encoding="utf-8").replace("kind: 約款型\n    data_limit: 機密性１\n    manager: 総務部 情報政策課 情報化推進係長\n    business_scopes: [文書作成支援, 翻訳, 要約, プログラミング支援]\n    hosts: [api.openai.com]",
                                                                    "kind: 約款型\n    data_limit: 機密性２\n    manager: 総務部 情報政策課 情報化推進係長\n    business_scopes: [文書作成支援, 翻訳, 要約, プログラミング支援]\n    hosts: [api.openai.com]", 1),
                        encoding="utf-8")
    r = subprocess.run([str(AIGW), "run", "--rules", str(rules), "--listen-port", "0"], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2
    assert "services.yaml" in r.stderr and "openai-api" in r.stderr and "機密性１" in r.stderr


def test_stream_large_bodies_refused(tmp_path: Path) -> None:
    r = subprocess.run([str(AIGW), "run", "--listen-port", "0", "--set", f"confdir={tmp_path}",
                        "--set", "stream_large_bodies=1m"], capture_output=True, text=True, timeout=60)
    assert r.returncode != 0
    assert "stream_large_bodies" in r.stdout + r.stderr
