"""Stage 2a: which 団体, by client network (after X-Forwarded-For resolution) or authentication realm."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.identify_tenant import select_tenant, split_realm
from gateway.rules.loader import load_rules
from tests.support.tenants import make_tenant_fleet


@pytest.fixture(scope="module")
def tenants(tmp_path_factory: pytest.TempPathFactory):
    return load_rules(make_tenant_fleet(Path(tmp_path_factory.mktemp("tenants")) / "rules")).tenants


@pytest.mark.parametrize("peer,user,tenant,name,by", [
    ("127.0.0.2", None, "midori", None, "network"),
    ("127.0.0.3", "tanaka", "sakura", "tanaka", "network"),
    ("::ffff:127.0.0.2", None, "midori", None, "network"),  # IPv4-mapped IPv6 peer
    ("fd00:aa::17", None, "midori", None, "network"),  # IPv6
    ("fd00:bb::1%eth0", None, "sakura", None, "network"),  # scoped address
    ("192.0.2.9", "tanaka@midorino", "midori", "tanaka", "realm"),  # realm from anywhere
    ("192.0.2.9", "tanaka@SAKURA", "sakura", "tanaka", "realm"),  # realm case-insensitive
    (None, "tanaka@sakura", "sakura", "tanaka", "realm"),
    ("127.0.0.2", "tanaka@midorino", "midori", "tanaka", "network+realm"),  # both agree
    ("127.0.0.2", "tanaka@sakura", None, None, None),  # network and realm name different 団体: refused
    ("fd00:bb::1", "tanaka@midorino", None, None, None),
    ("192.0.2.9", "tanaka", None, None, None),  # no realm, unknown network
    ("192.0.2.9", "tanaka@example.jp", None, None, None),  # not a configured realm
    ("127.0.0.2", "tanaka@example.jp", "midori", "tanaka@example.jp", "network"),  # the name is kept whole
    ("192.0.2.9", "@midorino", None, None, None),  # an empty name selects nothing
    (None, None, None, None, None),
    ("not-an-ip", None, None, None, None),
    ("127.0.0.4", None, None, None, None),  # next to a tenant's /32
])
def test_select_tenant(tenants, peer, user, tenant, name, by):
    pick = select_tenant(tenants, peer_ip=peer, proxyauth_user=user)
    got = (pick.tenant.id, pick.user, pick.by) if pick else (None, None, None)
    assert got == (tenant, name, by)


def test_split_realm_takes_the_last_at(tenants):
    assert split_realm("a@b@midorino", tenants)[0] == "a@b"
    assert split_realm("plain", tenants) == ("plain", None)


def test_per_user_memories_keep_the_same_name_in_two_tenants_apart():
    import datetime as dt

    from gateway.identify_tenant import memory_key
    from gateway.purpose import PurposeMemory, ScopedMemory

    assert memory_key(None, "tanaka") == "tanaka"
    assert memory_key("midori", "tanaka") != memory_key("sakura", "tanaka")
    memory, day = PurposeMemory(), dt.date(2026, 11, 30)
    ScopedMemory(memory, "midori").set("tanaka", "chatgpt", day, "文書作成支援")
    assert ScopedMemory(memory, "midori").get("tanaka", "chatgpt", day) == "文書作成支援"
    assert ScopedMemory(memory, "sakura").get("tanaka", "chatgpt", day) is None
    assert memory.get("tanaka", "chatgpt", day) is None  # nor the single-organisation key


def test_a_tenant_never_reads_the_fleet_registry(tenants):
    import dataclasses

    from gateway import pipeline
    from gateway.purpose import PurposeMemory
    from gateway.registry.source import RegistryUnavailable

    class FleetRegistry:  # the fleet's aigw_registry: must not be asked for a tenant's request
        def current(self, file_approvals):
            raise AssertionError("the fleet registry was read for a tenant")

    asked: list[str] = []

    class TenantRegistry:
        def __init__(self, dsn):
            self.dsn = dsn

        def current(self, file_approvals):
            asked.append(self.dsn)
            return file_approvals

    midori, sakura = tenants
    env = pipeline.Env(approvals=FleetRegistry(), purposes=PurposeMemory(), tenant_approvals=TenantRegistry)
    assert pipeline.approvals_in_force(midori.rules, env) == midori.rules.approvals  # approvals.yaml only
    with_registry = dataclasses.replace(sakura.rules, registry="/srv/aigw/registry-sakura.sqlite")
    assert pipeline.approvals_in_force(with_registry, env) == sakura.rules.approvals
    assert asked == ["/srv/aigw/registry-sakura.sqlite"]
    with pytest.raises(RegistryUnavailable):  # configured but not readable here: fail closed
        pipeline.approvals_in_force(with_registry, dataclasses.replace(env, tenant_approvals=None))
