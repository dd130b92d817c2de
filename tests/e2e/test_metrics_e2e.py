"""The Prometheus endpoint of a real `aigw run`: after an allowed, a confidential-data and an
unapproved request (real openai SDK), the scrape shows them under service/action/reason labels,
with scan-time histograms, and never a user name, department or prompt text."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess
from tests.support.upstream import FakeUpstream

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def metrics_gw(tmp_path_factory: pytest.TempPathFactory, test_rules: Path, upstream: FakeUpstream,
               pki: TestPKI) -> Iterator[GatewayProcess]:
    gw = GatewayProcess(tmp_path_factory.mktemp("metrics"), rules=test_rules, upstream_port=upstream.port,
                        upstream_ca=pki.ca_pem, hosts=UPSTREAM_HOSTS, name="gw-metrics",
                        extra_sets=("aigw_metrics_listen=127.0.0.1:0",)).start()
    yield gw
    gw.stop()


def metrics_port(gw: GatewayProcess) -> int:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for ev in list(gw.events):
            if ev.get("event") == "metrics_ready":
                return int(ev["port"])
        time.sleep(0.05)
    raise AssertionError(f"no metrics_ready line:\n{gw.output()}")


def samples(text: str) -> dict[tuple[str, frozenset], float]:
    out = {}
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            out[(s.name, frozenset(s.labels.items()))] = s.value
    return out


def value(got: dict, name: str, **labels: str) -> float:
    return got.get((name, frozenset(labels.items())), 0.0)


def test_scrape_counts_requests_by_service_action_reason(metrics_gw: GatewayProcess) -> None:
    gw = metrics_gw
    port = metrics_port(gw)
    with httpx.Client(trust_env=False) as c:
        before = samples(c.get(f"http://127.0.0.1:{port}/metrics").text)

    def chat(user: str, text: str) -> None:
        client = openai.OpenAI(api_key="sk-test", base_url="https://api.openai.com/v1", http_client=gw.http_client(user),
                               max_retries=0)
        try:
            client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
        except openai.PermissionDeniedError:
            pass

    m = gw.mark()
    chat("tanaka", "議事録の要約をお願いします")
    chat("tanaka", "議事録の要約をお願いします（二回目）")
    chat("tanaka", "佐藤花子さんの個人番号526018159084を使って申告書の記入例を作ってください。")
    chat("suzuki", "こんにちは")
    decided = gw.new_decisions(m, expect=4)
    assert [d["reason"] for d in decided] == ["allowed", "allowed", "confidential_data", "not_approved"]

    with httpx.Client(trust_env=False) as c:
        r = c.get(f"http://127.0.0.1:{port}/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    got = samples(r.text)

    def delta(name: str, **labels: str) -> float:
        return value(got, name, **labels) - value(before, name, **labels)

    assert delta("aigw_requests_total", service="openai-api", action="allow", reason="allowed") == 2
    assert delta("aigw_requests_total", service="openai-api", action="block", reason="confidential_data") == 1
    assert delta("aigw_requests_total", service="openai-api", action="block", reason="not_approved") == 1
    assert delta("aigw_blocks_total", service="openai-api", reason="confidential_data") == 1
    assert delta("aigw_blocks_total", service="openai-api", reason="not_approved") == 1
    assert delta("aigw_scan_seconds_count", service="openai-api", action="allow", reason="allowed") == 2
    assert delta("aigw_scan_seconds_count", service="openai-api", action="block", reason="confidential_data") == 1
    assert value(got, "aigw_scan_seconds_sum", service="openai-api", action="allow", reason="allowed") > 0
    assert delta("aigw_findings_total", service="openai-api", entity="JP_MY_NUMBER", action="block") == 1
    # no personal data in labels or anywhere on the page
    for secret in ("tanaka", "suzuki", "総務部", "情報政策課", "526018159084", "議事録", "127.0.0.1"):
        assert secret not in r.text
    label_names = {k for (_, labels) in got for k, _ in labels}
    assert label_names <= {"service", "action", "reason", "entity", "le"}
