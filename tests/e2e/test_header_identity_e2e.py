"""Header identity from a trusted proxy is taken from its CONNECT (bound to that tunnel), never from the
inner request the client writes itself; the header never reaches the AI service (issue 11, class 6)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import rawproxy
from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e
HOST = "api.openai.com"


@pytest.fixture(scope="module")
def hdr_gw(module_dir: Path, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    rules = make_test_rules(module_dir / "rules-header-identity")
    policy = rules / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    text = text.replace('proxyauth: "@demo.htpasswd"', "proxyauth: null").replace(
        "trusted_proxies: []", "trusted_proxies: [127.0.0.1/32]")
    policy.write_text(text, encoding="utf-8")
    gw = GatewayProcess(module_dir, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-header-identity").start()
    yield gw
    gw.stop()


def ask(gw: GatewayProcess, connect_user: str | None, inner_user: str | None) -> tuple[int, dict, str]:
    nonce = fresh_tag()
    headers = {"User-Agent": f"hdr/{nonce}"} | ({"X-Authenticated-User": inner_user} if inner_user else {})
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "窓口案内文の下書き"}]},
                      ensure_ascii=False).encode()
    m = gw.mark()
    assert gw.port is not None and gw.ca_cert is not None
    resp = rawproxy.send(gw.port, HOST, rawproxy.request("POST", "/v1/chat/completions", HOST, headers=headers,
                                                        body=body, content_type="application/json"),
                         ca_file=str(gw.ca_cert), user="", password="",
                         connect_headers={"X-Authenticated-User": connect_user} if connect_user else None)
    return resp.status, gw.new_decisions(m, expect=1)[0], nonce


def test_user_named_on_the_connect_is_identified(hdr_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    status, d, nonce = ask(hdr_gw, "tanaka", None)
    assert (status, d["user"], d["identity_source"], d["reason"]) == (200, "tanaka", "trusted_header", "allowed")
    got = [r for r in upstream.requests if nonce in r.headers.get("user-agent", "")]
    assert len(got) == 1 and "x-authenticated-user" not in got[0].headers


def test_inner_header_cannot_claim_a_user(hdr_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    status, d, nonce = ask(hdr_gw, None, "tanaka")
    assert (d["action"], d["reason"], d["user"]) == ("block", "no_identity", None)
    assert not [r for r in upstream.requests if nonce in r.headers.get("user-agent", "")]


def test_inner_header_cannot_change_the_connect_user(hdr_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    status, d, nonce = ask(hdr_gw, "suzuki", "tanaka")  # suzuki has no approval; the inner claim is ignored
    assert (d["user"], d["reason"]) == ("suzuki", "not_approved")
    assert not [r for r in upstream.requests if nonce in r.headers.get("user-agent", "")]


def test_inner_identity_header_repeated_in_other_spellings_is_removed_and_ignored(
        hdr_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    """The stages read headers from one snapshot (gateway/addons/header_map.py): every field of the identity header,
    whatever its case, is still removed before forwarding and none of them names the user (the clean control is
    test_user_named_on_the_connect_is_identified)."""
    nonce = fresh_tag()
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "窓口案内文の下書き"}]},
                      ensure_ascii=False).encode()
    m = hdr_gw.mark()
    assert hdr_gw.port is not None and hdr_gw.ca_cert is not None
    raw = rawproxy.request("POST", "/v1/chat/completions", HOST, headers={"User-Agent": f"hdr/{nonce}"}, body=body,
                           content_type="application/json",
                           extra_lines=["x-authenticated-user: suzuki", "X-AUTHENTICATED-USER: sato"])
    resp = rawproxy.send(hdr_gw.port, HOST, raw, ca_file=str(hdr_gw.ca_cert), user="", password="",
                         connect_headers={"X-Authenticated-User": "tanaka"})
    d = hdr_gw.new_decisions(m, expect=1)[0]
    assert (resp.status, d["user"], d["reason"]) == (200, "tanaka", "allowed")
    got = [r for r in upstream.requests if nonce in r.headers.get("user-agent", "")]
    assert len(got) == 1 and "x-authenticated-user" not in {k.lower() for k in got[0].headers}
