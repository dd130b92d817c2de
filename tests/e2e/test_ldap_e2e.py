"""Proxy authentication against a real OpenLDAP server (mitmproxy's LDAP proxyauth through aigw).

Includes the bypass cases mitmproxy ≥ 12.2.2 must refuse: an LDAP filter wildcard as the user name
and an empty password (an anonymous bind would otherwise succeed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from tests.support import ldap
from tests.support.certs import UPSTREAM_HOSTS
from tests.support.gateway import GatewayProcess
from tests.support.upstream import FakeUpstream

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not ldap.available(), reason="slapd not installed (scripts/setup-system.sh)")]


@pytest.fixture(scope="module")
def ldap_gateway(module_dir: Path, test_rules: Path, upstream: FakeUpstream, pki) -> Iterator[GatewayProcess]:
    server = ldap.LdapServer(module_dir / "ldap").start()
    gw = GatewayProcess(module_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-ldap",
                        extra_sets=(f"proxyauth={server.proxyauth_spec()}",)).start()
    yield gw
    gw.stop()
    server.stop()


def client(gw: GatewayProcess, user: str, password: str) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk", base_url="https://api.openai.com/v1",
                         http_client=gw.http_client(user, password), max_retries=0)


def test_ldap_user_approved_and_forwarded(ldap_gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    text = "LDAP経由の利用テスト（会議録の要約）"
    m = ldap_gateway.mark()
    client(ldap_gateway, "tanaka", ldap.PASSWORDS["tanaka"]).chat.completions.create(
        model="m", messages=[{"role": "user", "content": text}])
    assert len(upstream.received(text)) == 1
    (d,) = ldap_gateway.new_decisions(m)
    assert (d["user"], d["identity_source"], d["action"]) == ("tanaka", "proxyauth", "allow")


def test_ldap_user_without_approval_blocked(ldap_gateway: GatewayProcess) -> None:
    with pytest.raises(openai.PermissionDeniedError) as ei:
        client(ldap_gateway, "suzuki", ldap.PASSWORDS["suzuki"]).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "こんにちは"}])
    assert ei.value.code == "not_approved"


@pytest.mark.parametrize("user,password", [
    ("tanaka", "wrong-password"),
    ("tanaka", ""),  # empty password: an anonymous bind must not authenticate
    ("*", ldap.PASSWORDS["tanaka"]),  # LDAP filter injection
    ("tanaka)(uid=*", ldap.PASSWORDS["tanaka"]),
    ("nobody", "x"),
], ids=["wrong-password", "empty-password", "wildcard-user", "filter-injection", "unknown-user"])
def test_ldap_refuses_bad_credentials(ldap_gateway: GatewayProcess, upstream: FakeUpstream, user: str,
                                      password: str) -> None:
    import httpx

    before = len(upstream.requests)
    with pytest.raises(httpx.ProxyError, match="407"):
        ldap_gateway.http_client(user, password).post("https://api.openai.com/v1/chat/completions",
                                                       json={"model": "m", "messages": []})
    assert len(upstream.requests) == before
