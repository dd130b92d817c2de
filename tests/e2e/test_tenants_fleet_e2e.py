"""Two 団体 on the HAProxy fleet: clients on 127.0.0.2 (みどり野市役所) and 127.0.0.3 (さくら町役場) → the real
HAProxy (deploy/haproxy/haproxy.cfg, HTTP mode, option forwardfor) on 127.0.0.1 → two `aigw run` workers
(`aigw_trusted_forwarders=127.0.0.1/32`) with one fleet rules directory and tenants.yaml → fake upstream.

The tenant and the user are both found from the client's real address seen through X-Forwarded-For
(tenants.yaml networks; each tenant's users.yaml client_ip_map names its own tanaka). A wrong address would
pick the wrong 団体: みどり野市役所's tanaka is approved for the OpenAI API, さくら町役場's tanaka is not.
Checks on every worker the requests reach: client (status, each tenant's message), audit (tenant, user,
client_ip), upstream (nothing for a block); a client's own X-Forwarded-For never selects another tenant."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess
from tests.support.haproxy import HAPROXY, haproxy_config, health_port, start_haproxy
from tests.support.net import free_port
from tests.support.tenants import make_tenant_fleet
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e

if not os.access(HAPROXY, os.X_OK):
    pytest.skip("needs the Debian package haproxy (run scripts/setup-system.sh)", allow_module_level=True)

from tests.e2e.test_forwarded_e2e import Front  # noqa: E402  (the raw CONNECT + TLS client from a source address)


class Fleet(Front):
    def __init__(self, workers: list[GatewayProcess], port: int, upstream: FakeUpstream) -> None:
        super().__init__(workers[0], port)
        self.workers, self.upstream = workers, upstream

    def mark(self) -> set[str]:
        return {d["request_id"] for w in self.workers for d in w.decisions()}

    def new(self, mark: set[str], timeout: float = 10) -> dict:
        """The one request_decided line written after ``mark``, whichever worker HAProxy chose."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not self.mark() - mark:
            time.sleep(0.02)
        time.sleep(0.2)
        got = [d for w in self.workers for d in w.decisions() if d["request_id"] not in mark]
        assert len(got) == 1, got
        return got[0]


@pytest.fixture(scope="module")
def fleet(module_dir: Path, pki: TestPKI) -> Iterator[Fleet]:
    rules = make_tenant_fleet(module_dir / "tenants-fleet-rules")
    for tid, addr in (("midori", "127.0.0.2"), ("sakura", "127.0.0.3")):
        users = rules / "tenants" / tid / "users.yaml"
        users.write_text(users.read_text(encoding="utf-8") + f"client_ip_map:\n  - {{cidr: {addr}/32, user: tanaka}}\n",
                         encoding="utf-8")
    policy = rules / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace('proxyauth: "@demo.htpasswd"', "proxyauth: null"),
                      encoding="utf-8")
    up = FakeUpstream(pki.cert_pem, pki.key_pem).__enter__()
    workers = [GatewayProcess(module_dir, rules=rules, upstream_port=up.port, upstream_ca=pki.ca_pem,
                              hosts=UPSTREAM_HOSTS, name=f"gw-tenants-fleet{i}",
                              extra_sets=("aigw_trusted_forwarders=127.0.0.1/32", "aigw_health_listen=127.0.0.1:0",
                                          "aigw_rules_reload=0"))
               for i in (1, 2)]
    proc = None
    try:
        ports = []
        for w in workers:
            if w is not workers[0]:  # one fleet CA: the second worker uses the first one's
                w.confdir.mkdir(parents=True, exist_ok=True)
                for f in workers[0].confdir.glob("mitmproxy-ca*.pem"):
                    shutil.copy2(f, w.confdir / f.name)
            w.start()
            ports.append((w.port, health_port(w)))
        hp = free_port()
        # the first health checks mark the workers up
        proc = start_haproxy(module_dir / "tenants-fleet-haproxy.cfg", haproxy_config(hp, ports), hp, settle=0.8)
        yield Fleet(workers, hp, up)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(10)
        for w in workers:
            w.stop()
        up.close()


def marker() -> str:
    return f"summary-{fresh_tag(10)}"  # ASCII: the raw client sends JSON with \\u escapes


def test_tenants_are_selected_by_the_real_client_address_behind_haproxy(fleet: Fleet) -> None:
    seen_workers = set()
    for _ in range(2):  # round robin: both workers decide for both 団体
        text = marker()
        m = fleet.mark()
        status, body = fleet.chat("127.0.0.2", text)
        assert status == 200, body
        d = fleet.new(m)
        assert (d["tenant"], d["user"], d["client_ip"], d["identity_source"], d["action"], d["application_id"]) == (
            "midori", "tanaka", "127.0.0.2", "client_ip", "allow", "AI-MIDORI-0001")
        seen_workers.add(d["gateway"])
        assert len(fleet.upstream.received(text)) == 1

        text = marker()
        m = fleet.mark()
        status, body = fleet.chat("127.0.0.3", text)
        assert status == 403 and body["error"]["code"] == "not_approved", body
        assert "さくら町役場では" in body["error"]["message"] and "内線 5678" in body["error"]["message"]
        d = fleet.new(m)
        assert (d["tenant"], d["user"], d["client_ip"], d["reason"]) == ("sakura", "tanaka", "127.0.0.3", "not_approved")
        seen_workers.add(d["gateway"])
        assert fleet.upstream.received(text) == []
    assert seen_workers == {"gw-tenants-fleet1", "gw-tenants-fleet2"}


def test_a_clients_own_forwarded_header_never_selects_another_tenant(fleet: Fleet) -> None:
    text = marker()
    m = fleet.mark()
    status, body = fleet.chat("127.0.0.3", text, connect_headers="X-Forwarded-For: 127.0.0.2\r\n",
                              headers="X-Forwarded-For: 127.0.0.2\r\n")
    assert status == 403 and body["error"]["code"] == "not_approved"
    d = fleet.new(m)
    assert (d["tenant"], d["client_ip"]) == ("sakura", "127.0.0.3")
    assert fleet.upstream.received(text) == []


def test_an_address_of_no_tenant_is_refused_behind_haproxy(fleet: Fleet) -> None:
    text = marker()
    m = fleet.mark()
    status, body = fleet.chat("127.0.0.4", text)
    assert status == 403 and body["error"]["code"] == "unknown_tenant"
    assert "団体を特定できません" in body["error"]["message"]
    d = fleet.new(m)
    assert (d["reason"], d["stage"], d["client_ip"]) == ("unknown_tenant", "tenant", "127.0.0.4") and "tenant" not in d
    assert fleet.upstream.received(text) == []
