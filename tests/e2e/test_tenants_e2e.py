"""Two 団体 on one real `aigw run` (tenants.yaml): みどり野市役所 (clients on 127.0.0.2, realm midorino) and
さくら町役場 (127.0.0.3, realm sakura). Both have a user named tanaka; only みどり野市役所's tanaka is approved
for the OpenAI API. Clients are the official openai SDK over httpx bound to their own loopback source
address, with proxy authentication from the fleet's htpasswd (``tanaka``, ``tanaka@midorino``, ``tanaka@sakura``).

Each test checks the three surfaces: what the client saw (each tenant's own Japanese message and contact),
the request_decided line (with ``tenant``), and what the upstream received (nothing for a block). Then
``aigw logs --tenant`` and ``aigw report --tenant`` on the audit file, and a broken tenant file on reload
(the old complete set stays)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess
from tests.support.tenants import make_tenant_fleet
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e
AIGW = Path(sys.executable).with_name("aigw")


def marker() -> str:
    return f"議事録の要約をお願いします（整理番号 {fresh_tag(10)}）"


@pytest.fixture(scope="module")
def fleet(module_dir: Path) -> Path:
    import bcrypt

    rules = make_tenant_fleet(module_dir / "tenant-rules", proxyauth="@fleet.htpasswd",
                              registries={"sakura": str(module_dir / "registry-sakura.sqlite")})
    (rules / "tenants" / "sakura" / "approvers.yaml").write_text(
        "approvers:\n  - name: sakura-soumu\n    display_name: さくら町役場 総務課長\n    services: ['*']\n",
        encoding="utf-8")
    from gateway.registry.store import open_store

    open_store(str(module_dir / "registry-sakura.sqlite")).close()  # a configured registry that is missing fails closed
    lines = [f"{u}:{bcrypt.hashpw(b'demo', bcrypt.gensalt(rounds=4)).decode()}"
             for u in ("tanaka", "tanaka@midorino", "tanaka@sakura", "sato@midorino", "sato@sakura")]
    (rules / "fleet.htpasswd").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rules


@pytest.fixture(scope="module")
def gw(module_dir: Path, fleet: Path, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    g = GatewayProcess(module_dir, rules=fleet, upstream_port=upstream.port, upstream_ca=pki.ca_pem, hosts=UPSTREAM_HOSTS,
                       name="gw-tenants", extra_sets=("aigw_rules_reload=1", "aigw_registry_refresh=1",
                                                      "aigw_registry_grace=30")).start()
    yield g
    g.stop()


def bound_client(gw: GatewayProcess, source: str, user: str) -> httpx.Client:
    """httpx through the gateway from the loopback address ``source`` (its 団体's network). httpx and
    httpcore do not bind a proxy connection to ``local_address``, so the pool gets a network backend that does."""
    import httpcore

    class Bound(httpcore.SyncBackend):
        def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # noqa: ANN001
            return super().connect_tcp(host, port, timeout, source, socket_options)

    transport = httpx.HTTPTransport(verify=gw.ssl_context())
    proxy = httpx.Proxy(gw.proxy_url(user))
    transport._pool = httpcore.HTTPProxy(
        proxy_url=httpcore.URL(scheme=b"http", host=b"127.0.0.1", port=gw.port, target=b"/"),
        proxy_auth=proxy.raw_auth, ssl_context=gw.ssl_context(), network_backend=Bound())
    return httpx.Client(transport=transport, trust_env=False, timeout=30)


def oai(gw: GatewayProcess, source: str, user: str) -> openai.OpenAI:
    """The openai SDK through the gateway from ``source``."""
    client = bound_client(gw, source, user)
    return openai.OpenAI(api_key="sk-test", base_url="https://api.openai.com/v1", http_client=client, max_retries=0)


def chat(gw: GatewayProcess, source: str, user: str, text: str) -> str:
    reply = oai(gw, source, user).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    return reply.choices[0].message.content or ""


def refused(gw: GatewayProcess, source: str, user: str, text: str) -> openai.PermissionDeniedError:
    with pytest.raises(openai.PermissionDeniedError) as ei:
        chat(gw, source, user, text)
    return ei.value


def only(decisions: list[dict]) -> dict:
    assert len(decisions) == 1, decisions
    return decisions[0]


@pytest.mark.parametrize("source,user", [("127.0.0.2", "tanaka"), ("127.0.0.1", "tanaka@midorino"),
                                         ("127.0.0.2", "tanaka@midorino")])
def test_tenant_a_user_is_allowed(gw: GatewayProcess, upstream: FakeUpstream, source: str, user: str) -> None:
    text = marker()
    m = gw.mark()
    assert chat(gw, source, user, text) == "テスト応答です。"
    got = upstream.received(text)
    assert len(got) == 1 and "proxy-authorization" not in got[0].headers
    d = only(gw.new_decisions(m))
    assert (d["tenant"], d["user"], d["action"], d["application_id"], d["department"]) == (
        "midori", "tanaka", "allow", "AI-MIDORI-0001", "総務部 情報政策課")
    assert gw.completion(d).get("tenant") == "midori"


@pytest.mark.parametrize("source,user", [("127.0.0.3", "tanaka"), ("127.0.0.1", "tanaka@sakura")])
def test_the_same_name_in_tenant_b_never_matches_tenant_as_approval(gw: GatewayProcess, upstream: FakeUpstream,
                                                                   source: str, user: str) -> None:
    text = marker()
    m = gw.mark()
    err = refused(gw, source, user, text)
    assert err.code == "not_approved"
    msg = str(err)
    assert "さくら町役場では" in msg and "内線 5678" in msg and "みどり野市役所" not in msg  # its own message, contact
    assert upstream.received(text) == []
    d = only(gw.new_decisions(m))
    assert (d["tenant"], d["user"], d["action"], d["reason"], d["stage"], d["department"]) == (
        "sakura", "tanaka", "block", "not_approved", "approval", "総務課 DX推進係")


def test_tenant_b_users_own_approval_works(gw: GatewayProcess, upstream: FakeUpstream) -> None:
    text = marker()
    m = gw.mark()
    r = bound_client(gw, "127.0.0.3", "tanaka").post(
        "https://api.anthropic.com/v1/messages", headers={"x-api-key": "k", "anthropic-version": "2023-06-01"},
        json={"model": "c", "max_tokens": 10, "messages": [{"role": "user", "content": text}]})
    assert r.status_code == 200, r.text
    assert len(upstream.received(text)) == 1
    d = only(gw.new_decisions(m))
    assert (d["tenant"], d["user"], d["application_id"]) == ("sakura", "tanaka", "AI-SAKURA-0001")


def test_tenant_a_block_shows_tenant_as_contact(gw: GatewayProcess, upstream: FakeUpstream) -> None:
    text = "佐藤花子さんの個人番号526018159084を使って申告書の記入例を作ってください。" + fresh_tag(6)
    m = gw.mark()
    err = refused(gw, "127.0.0.2", "tanaka", text)
    assert err.code == "confidential_data" and "内線 1234" in str(err) and "内線 5678" not in str(err)
    assert upstream.received(text[-6:]) == []
    d = only(gw.new_decisions(m))
    assert (d["tenant"], d["reason"]) == ("midori", "confidential_data") and "526018159084" not in json.dumps(d)


@pytest.mark.parametrize("source,user", [
    ("127.0.0.1", "tanaka"),  # no tenant's network, no realm
    ("127.0.0.2", "tanaka@sakura"),  # みどり野市役所's network, さくら町役場's realm
])
def test_unknown_or_conflicting_tenant_is_refused_before_any_byte(gw: GatewayProcess, upstream: FakeUpstream,
                                                                  source: str, user: str) -> None:
    text = marker()
    m = gw.mark()
    err = refused(gw, source, user, text)
    assert err.code == "unknown_tenant" and "団体を特定できません" in str(err)
    assert upstream.received(text) == []
    d = only(gw.new_decisions(m))
    assert (d["action"], d["reason"], d["stage"], d["client_ip"]) == ("block", "unknown_tenant", "tenant", source)
    assert "tenant" not in d


def test_logs_and_report_per_tenant(gw: GatewayProcess, module_dir: Path, fleet: Path) -> None:
    chat(gw, "127.0.0.2", "tanaka", marker())
    refused(gw, "127.0.0.3", "tanaka", marker())
    time.sleep(0.5)
    out = subprocess.run([str(AIGW), "logs", str(gw.audit_log), "--tenant", "sakura", "--format", "jsonl"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert rows and {r["tenant"] for r in rows} == {"sakura"}
    out = subprocess.run([str(AIGW), "logs", str(gw.audit_log), "--tenant", "midori", "--format", "csv"],
                         capture_output=True, text=True, timeout=60)
    header, *lines = out.stdout.splitlines()
    assert header.endswith(",tenant") and lines and all(x.endswith(",midori") for x in lines)
    import datetime as dt
    from zoneinfo import ZoneInfo

    stamp = dt.datetime.fromisoformat(rows[-1]["time"].replace("Z", "+00:00"))
    month = stamp.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%Y-%m")  # the report's months are the fleet's zone
    for tid, name, other in (("midori", "みどり野市役所", "さくら町役場"), ("sakura", "さくら町役場", "みどり野市役所")):
        dest = module_dir / f"report-{tid}"
        r = subprocess.run([str(AIGW), "report", str(gw.audit_log), "--month", month, "--rules", str(fleet),
                            "--tenant", tid, "--out", str(dest)], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        result = json.loads(r.stdout.splitlines()[-1])
        assert result["tenant"] == tid and result["requests"] >= 1
        html = Path(result["html"]).read_text(encoding="utf-8")
        assert name in html and other not in html
        assert ("AI-MIDORI-0001" in html) == (tid == "midori") and ("AI-SAKURA-0001" in html) == (tid == "sakura")
    bad = subprocess.run([str(AIGW), "report", str(gw.audit_log), "--month", month, "--rules", str(fleet),
                          "--tenant", "nowhere", "--out", str(module_dir / "report-x")], capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 2 and "nowhere" in bad.stderr


def test_a_broken_tenant_file_keeps_the_old_complete_set(gw: GatewayProcess, upstream: FakeUpstream,
                                                         fleet: Path) -> None:
    approvals = fleet / "tenants" / "midori" / "approvals.yaml"
    good = approvals.read_text(encoding="utf-8")
    n = len(gw.events)
    approvals.write_text(good.replace("user: tanaka", "user: nobody"), encoding="utf-8")
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not any(
                e.get("event") == "rules_rejected" for e in gw.events[n:]):
            time.sleep(0.05)
        rejected = next(e for e in gw.events[n:] if e.get("event") == "rules_rejected")
        assert rejected["file"] == "tenants/midori/approvals.yaml" and "nobody" in rejected["error"]
        text = marker()
        assert chat(gw, "127.0.0.2", "tanaka", text) == "テスト応答です。"  # the old set is in force
        assert len(upstream.received(text)) == 1
    finally:
        approvals.write_text(good, encoding="utf-8")
    check = subprocess.run([str(AIGW), "check-rules", str(fleet)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_tenants_own_registry_applies_to_that_tenant_only(gw: GatewayProcess, upstream: FakeUpstream,
                                                            fleet: Path, module_dir: Path) -> None:
    """さくら町役場's registry approves its sato for the OpenAI API; みどり野市役所's sato stays unapproved."""
    from gateway import clock
    from gateway.registry import workflow
    from gateway.registry.store import open_store

    cat = workflow.load_catalog(fleet, "sakura")
    with pytest.raises(Exception, match="unknown tenant"):
        workflow.load_catalog(fleet, "nowhere")
    with open_store(str(module_dir / "registry-sakura.sqlite")) as store:
        app = workflow.apply(store, cat, applicant="sato", service="openai-api", purposes=["文書作成支援"],
                             scope="町報の下書き", valid_from=clock.today().isoformat(), valid_until="2099-03-31",
                             user="sato")
        workflow.approve(store, cat, app.application_id, "sakura-soumu")
    deadline = time.monotonic() + 15
    while True:  # the registry is re-read every second
        text = marker()
        m = gw.mark()
        try:
            assert chat(gw, "127.0.0.1", "sato@sakura", text) == "テスト応答です。"
            break
        except openai.PermissionDeniedError:
            gw.new_decisions(m)
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
    d = only(gw.new_decisions(m))
    assert (d["tenant"], d["user"], d["application_id"]) == ("sakura", "sato", app.application_id)
    assert len(upstream.received(text)) == 1
    text = marker()
    m = gw.mark()
    err = refused(gw, "127.0.0.1", "sato@midorino", text)
    assert err.code == "not_approved" and upstream.received(text) == []
    assert only(gw.new_decisions(m))["tenant"] == "midori"


def test_shadow_ai_refusal_names_the_tenant_and_shows_its_contact(gw: GatewayProcess, upstream: FakeUpstream) -> None:
    m = gw.mark()
    before = len(upstream.requests)
    r = bound_client(gw, "127.0.0.1", "tanaka@sakura").post("https://poe.com/api/gql_POST", json={"query": "x"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "shadow_ai"
    assert "内線 5678" in r.json()["message"] and "内線 1234" not in r.json()["message"]
    assert len(upstream.requests) == before
    d = only(gw.new_decisions(m))
    assert (d["tenant"], d["user"], d["reason"], d["service"]) == ("sakura", "tanaka", "shadow_ai", "shadow:Poe")
